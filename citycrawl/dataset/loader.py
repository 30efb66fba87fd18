"""Open a dataset in one line: :func:`load` (pandas) and :func:`connect` (DuckDB).

Both pin the version that is published when they are called, so everything they return
comes from one version even if a crawl publishes a new one meanwhile.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds

from citycrawl.dataset.columns import CURRENT_SCHEMA, HISTORY_SCHEMA
from citycrawl.dataset.layout import Layout, Version, partition_dirname, published_version

DEFAULT_OUTPUT_DIR = "output"


def _pinned(name: str, output_dir: str | os.PathLike[str]) -> Version:
    version = published_version(Layout(Path(output_dir), name))
    if version is None:
        raise FileNotFoundError(f"no published dataset {name!r} in {output_dir}")
    return version


def _since_instant(since: dt.date | dt.datetime | str) -> dt.datetime:
    if isinstance(since, str):
        since = dt.datetime.fromisoformat(since)
    if not isinstance(since, dt.datetime):
        since = dt.datetime.combine(since, dt.time(), tzinfo=dt.UTC)
    if since.tzinfo is None:
        raise ValueError("since must be a date or a timezone-aware datetime")
    return since


def _dataset(
    name: str, item_type: str | None, history: bool, output_dir: str | os.PathLike[str]
) -> ds.Dataset:
    version = _pinned(name, output_dir)
    if history:
        schema, files = HISTORY_SCHEMA, version.history_files()
    else:
        schema = CURRENT_SCHEMA
        if item_type is None:
            files = version.item_files()
        else:
            part = version.info["items"].get(partition_dirname(item_type), [])
            files = [version.path / f for f in part]
    return ds.dataset([str(f) for f in files], schema=schema, format="parquet")


def iter_rows(
    name: str,
    item_type: str | None = None,
    *,
    output_dir: str | os.PathLike[str] = DEFAULT_OUTPUT_DIR,
) -> Iterator[dict[str, Any]]:
    """The current view's rows as plain Python dicts (``None`` for nulls), batch by batch:
    for exports that stream (``citycrawl export ics``)."""
    dataset = _dataset(name, item_type, False, output_dir)
    condition = None if item_type is None else ds.field("item_type") == item_type
    for batch in dataset.to_batches(filter=condition):
        yield from batch.to_pylist()


def load(
    name: str,
    item_type: str | None = None,
    since: dt.date | dt.datetime | str | None = None,
    history: bool = False,
    *,
    output_dir: str | os.PathLike[str] = DEFAULT_OUTPUT_DIR,
) -> pd.DataFrame:
    """Dataset ``name`` as a pandas DataFrame with pyarrow-backed, tz-aware (UTC) dtypes.

    The current view (one row per document) by default; with ``history=True`` every
    stored version (one row per document and content change, with ``run_id``).
    ``item_type`` keeps one type (only its partition is read). ``since`` (a date, a
    tz-aware datetime or an ISO string) keeps rows whose ``last_changed`` (current view)
    or ``crawled_at`` (history) is at or after it: "what changed since".
    """
    dataset = _dataset(name, item_type, history, output_dir)
    schema = dataset.schema
    time_column = "crawled_at" if history else "last_changed"
    condition = None
    if item_type is not None:
        condition = ds.field("item_type") == item_type
    if since is not None:
        after = ds.field(time_column) >= pa.scalar(
            _since_instant(since), schema.field(time_column).type
        )
        condition = after if condition is None else condition & after
    table = dataset.to_table(filter=condition)
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def connect(
    name: str, *, output_dir: str | os.PathLike[str] = DEFAULT_OUTPUT_DIR
) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with views ``items`` (current view) and ``history``.

    The views read the files of the version published at call time; call again for a
    newer one. The connection uses UTC for timestamps.
    """
    version = _pinned(name, output_dir)
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    tables = (
        ("items", version.item_files(), CURRENT_SCHEMA),
        ("history", version.history_files(), HISTORY_SCHEMA),
    )
    for view, files, schema in tables:
        if files:
            paths = ", ".join("'" + str(f).replace("'", "''") + "'" for f in files)
            # Paths are the version's own files, quoted; nothing comes from page text.
            con.execute(f"CREATE VIEW {view} AS SELECT * FROM read_parquet([{paths}])")  # noqa: S608
        else:
            # No history yet (only empty crawls so far): still a typed, empty view.
            con.register(f"_{view}_empty", schema.empty_table())
            con.execute(f"CREATE VIEW {view} AS SELECT * FROM _{view}_empty")  # noqa: S608
    return con
