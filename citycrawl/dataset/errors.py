"""Errors of the dataset layer: each message says what happened and what is kept."""

from __future__ import annotations


class DatasetError(Exception):
    """A dataset cannot be written; the message says why and what is kept."""


class DatasetLockedError(DatasetError):
    """Another live run holds the dataset's lock."""


class DiskFullError(DatasetError):
    """The disk filled up; the previous version is intact and the spool is kept."""


class DatasetUnwritableError(DatasetError):
    """The output folder cannot be written (read-only, no permission)."""


class DatasetNewerError(DatasetError):
    """The dataset was written by newer code (a higher schema or format version).

    Writing it would migrate it down and drop the columns this code does not know, so
    the writer refuses; reading it keeps every column.
    """


class DatasetDamagedError(DatasetError):
    """Files of the published version are damaged and cannot all be rebuilt."""
