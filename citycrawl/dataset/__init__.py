"""The dataset layer: crash-safe, incremental, typed Parquet (no Scrapy in here).

Write with :class:`DatasetWriter`, read with :func:`load` / :func:`connect` or
:func:`read_ledger`. Layout and guarantees: ``docs/dataset.md``.
"""

from __future__ import annotations

import os

import pyarrow as pa
import pyarrow.dataset as ds

from citycrawl.dataset.columns import CURRENT_SCHEMA, HISTORY_SCHEMA
from citycrawl.dataset.errors import (
    DatasetDamagedError,
    DatasetError,
    DatasetLockedError,
    DatasetNewerError,
    DatasetUnwritableError,
    DiskFullError,
)
from citycrawl.dataset.loader import connect, load, pinned_version
from citycrawl.dataset.policy import NEVER_WITHDRAW, WithdrawalPolicy
from citycrawl.dataset.writer import DatasetWriter, check_writable

#: Columns of the ledger: what an incremental crawl needs to skip unchanged documents.
LEDGER_COLUMNS = ("item_id", "url", "content_hash", "crawled_at", "status")


def read_ledger(name: str, output_dir: str | os.PathLike[str] = "output") -> pa.Table:
    """The committed ledger of dataset ``name``: :data:`LEDGER_COLUMNS` per document.

    It is the current view's key columns, so it is published in the same atomic step
    as the items. Empty (with those columns) before the first commit.
    """
    schema = pa.schema([CURRENT_SCHEMA.field(c) for c in LEDGER_COLUMNS])
    try:
        version = pinned_version(name, output_dir)
    except FileNotFoundError:
        return schema.empty_table()
    files = [str(f) for f in version.item_files()]
    return ds.dataset(files, schema=CURRENT_SCHEMA, format="parquet").to_table(
        columns=list(LEDGER_COLUMNS)
    )


__all__ = [
    "CURRENT_SCHEMA",
    "HISTORY_SCHEMA",
    "LEDGER_COLUMNS",
    "NEVER_WITHDRAW",
    "DatasetDamagedError",
    "DatasetError",
    "DatasetLockedError",
    "DatasetNewerError",
    "DatasetUnwritableError",
    "DatasetWriter",
    "DiskFullError",
    "WithdrawalPolicy",
    "check_writable",
    "connect",
    "load",
    "read_ledger",
]
