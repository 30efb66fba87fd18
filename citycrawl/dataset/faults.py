"""Fault injection at named points of the commit, for process-level tests.

Set ``CITYCRAWL_DATASET_FAULT=<point>:<action>[,<point>:<action>...]``. Points, in
commit order:

``write``
    after the first row group of the first new Parquet file is written (the file has no
    footer yet);
``before_rename``
    every new file is written and fsynced, the version directory still has its temporary
    name;
``before_publish``
    the version directory has its final name, ``current`` still points at the old one;
``after_publish``
    ``current`` points at the new version, the run's spool is not yet deleted.

Actions: ``kill`` (SIGKILL the process), ``raise`` (:class:`FaultInjected`),
``enospc`` (``OSError(ENOSPC)``, as a full disk would), ``pause`` (print
``CITYCRAWL_DATASET_PAUSED <point>`` to stderr and sleep until killed).
Unset in production: the check is one environment lookup per point.
"""

from __future__ import annotations

import errno
import os
import signal
import sys
import time

ENV = "CITYCRAWL_DATASET_FAULT"
POINTS = ("write", "before_rename", "before_publish", "after_publish")


class FaultInjected(RuntimeError):
    """The error the ``raise`` action raises."""


def fault(point: str) -> None:
    """Run the action configured for ``point``, if any."""
    spec = os.environ.get(ENV)
    if not spec:
        return
    for entry in spec.split(","):
        where, _, action = entry.strip().partition(":")
        if where not in POINTS:
            # A misspelt point would silently inject nothing and pass a crash test.
            raise ValueError(f"unknown fault point {where!r} in {ENV}; one of {POINTS}")
        if where != point:
            continue
        if action == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        elif action == "raise":
            raise FaultInjected(f"fault injected at {point}")
        elif action == "enospc":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        elif action == "pause":
            print(f"CITYCRAWL_DATASET_PAUSED {point}", file=sys.stderr, flush=True)
            while True:
                time.sleep(3600)
        else:
            raise ValueError(f"unknown fault action {action!r} in {ENV}")
