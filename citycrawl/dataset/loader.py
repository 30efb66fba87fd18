"""Open a dataset in one line: :func:`load` (pandas) and :func:`connect` (DuckDB).

Both pin the version that is published when they are called, so everything they return
comes from one version even if a crawl publishes a new one meanwhile.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from citycrawl.dataset.columns import CURRENT_SCHEMA, HISTORY_SCHEMA
from citycrawl.dataset.paths import (
    DatasetPaths,
    Version,
    newest_complete_version,
    partition_dirname,
    published_version,
)
from citycrawl.schema import SCHEMA_VERSION

logger = logging.getLogger(__name__)

DEFAULT_OUTPUT_DIR = "output"


def pinned_version(name: str, output_dir: str | os.PathLike[str]) -> Version:
    """The published version of dataset ``name``, resolved once.

    Should the ``current`` link be lost (a restore that drops symlinks), readers use
    the newest complete version, as the next writer will (logged at WARNING).
    Raises ``FileNotFoundError`` when there is none.
    """
    paths = DatasetPaths(Path(output_dir), name)
    version = published_version(paths)
    if version is None and (version := newest_complete_version(paths)) is not None:
        logger.warning(
            "dataset %s in %s: no usable current link; reading %s, the newest complete version",
            name,
            output_dir,
            version.path.name,
        )
    if version is None:
        raise FileNotFoundError(f"no published dataset {name!r} in {output_dir}")
    return version


def since_instant(since: dt.date | dt.datetime | str) -> dt.datetime:
    """The instant ``since`` stands for: a date (or ISO date) is its midnight UTC.

    An ISO datetime must carry its zone (``2025-01-01T08:00+01:00``, ``...Z``): a wall
    time without one names no instant, and is refused rather than guessed.
    """
    if isinstance(since, str):
        text = since.strip()
        try:
            since = dt.date.fromisoformat(text)
        except ValueError:
            try:
                since = dt.datetime.fromisoformat(text)
            except ValueError:
                raise ValueError(
                    f"since={since!r} is not an ISO date (2025-01-01) or datetime with zone "
                    "(2025-01-01T08:00+01:00)"
                ) from None
    if not isinstance(since, dt.datetime):
        return dt.datetime.combine(since, dt.time(), tzinfo=dt.UTC)
    if since.tzinfo is None or since.utcoffset() is None:
        raise ValueError(
            f"since={since.isoformat()!r} has no time zone; give a date, or a time with its "
            "zone (2025-01-01T08:00+01:00, 2025-01-01T07:00Z)"
        )
    return since


def _read_schema(version: Version, files: list[Path], code_schema: pa.Schema) -> pa.Schema:
    """The schema to read ``files`` with: the code's, unless newer code wrote them.

    A version of a newer schema keeps its columns (its files' own schema); one of an
    older schema is read with the code's (columns it lacks come out null).
    """
    newer = int(version.info.get("schema_version") or 0) > SCHEMA_VERSION
    if not newer or not files:
        return code_schema
    return pq.read_schema(files[0])


def _dataset(
    name: str, item_type: str | None, history: bool, output_dir: str | os.PathLike[str]
) -> ds.Dataset:
    version = pinned_version(name, output_dir)
    if history:
        schema, files = HISTORY_SCHEMA, version.history_files()
    else:
        schema = CURRENT_SCHEMA
        if item_type is None:
            files = version.item_files()
        else:
            part = version.info["items"].get(partition_dirname(item_type), [])
            files = [version.path / f for f in part]
    schema = _read_schema(version, files, schema)
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


def dataset_names(output_dir: str | os.PathLike[str] = DEFAULT_OUTPUT_DIR) -> list[str]:
    """The networks with a published dataset in ``output_dir``, by name."""
    root = Path(output_dir)
    if not root.is_dir():
        return []
    stores = sorted(p.name[1:] for p in root.iterdir() if p.name.startswith("_") and p.is_dir())
    return [name for name in stores if _has_version(name, root)]


def _has_version(name: str, root: Path) -> bool:
    paths = DatasetPaths(root, name)
    return published_version(paths) is not None or newest_complete_version(paths) is not None


def load(
    name: str | None = None,
    item_type: str | None = None,
    since: dt.date | dt.datetime | str | None = None,
    history: bool = False,
    *,
    output_dir: str | os.PathLike[str] = DEFAULT_OUTPUT_DIR,
) -> pd.DataFrame:
    """Dataset ``name`` as a pandas DataFrame with pyarrow-backed, tz-aware (UTC) dtypes.

    Without ``name``: every network's dataset in ``output_dir`` in one frame, told apart
    by the ``source`` column (each network keeps its own dataset; this only reads them
    together).

    The current view (one row per document) by default; with ``history=True`` every
    stored version (one row per document and content change, with ``run_id``).
    ``item_type`` keeps one type (only its partition is read). ``since`` (a date, a
    tz-aware datetime, or an ISO string of either: ``"2025-01-01"``) keeps rows whose
    ``last_changed`` (current view) or ``crawled_at`` (history) is at or after it: "what
    changed since". A dataset written by newer code keeps the columns this code does not
    know.
    """
    if name is None:
        names = dataset_names(output_dir)
        if not names:
            raise FileNotFoundError(f"no published dataset in {output_dir}")
        tables = [_table(one, item_type, since, history, output_dir) for one in names]
        table = pa.concat_tables(tables, promote_options="permissive")
        return table.to_pandas(types_mapper=pd.ArrowDtype)
    return _table(name, item_type, since, history, output_dir).to_pandas(types_mapper=pd.ArrowDtype)


def _table(
    name: str,
    item_type: str | None,
    since: dt.date | dt.datetime | str | None,
    history: bool,
    output_dir: str | os.PathLike[str],
) -> pa.Table:
    dataset = _dataset(name, item_type, history, output_dir)
    schema = dataset.schema
    time_column = "crawled_at" if history else "last_changed"
    condition = None
    if item_type is not None:
        condition = ds.field("item_type") == item_type
    if since is not None:
        after = ds.field(time_column) >= pa.scalar(
            since_instant(since), schema.field(time_column).type
        )
        condition = after if condition is None else condition & after
    return dataset.to_table(filter=condition)


def connect(
    name: str | None = None, *, output_dir: str | os.PathLike[str] = DEFAULT_OUTPUT_DIR
) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with views ``items`` (current view) and ``history``.

    Without ``name``: ``items`` and ``history`` span every network's dataset in
    ``output_dir`` (the ``source`` column tells them apart), and each network also has
    its own views, ``"<name>_items"`` and ``"<name>_history"``. The views read the files
    of the versions published at call time; call again for newer ones. The connection
    uses UTC for timestamps.
    """
    names = [name] if name is not None else dataset_names(output_dir)
    if not names:
        raise FileNotFoundError(f"no published dataset in {output_dir}")
    versions = {one: pinned_version(one, output_dir) for one in names}
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    for view, schema in (("items", CURRENT_SCHEMA), ("history", HISTORY_SCHEMA)):
        files_of = {
            one: v.item_files() if view == "items" else v.history_files()
            for one, v in versions.items()
        }
        _create_view(con, view, [f for files in files_of.values() for f in files], schema)
        if name is None:
            for one, files in files_of.items():
                _create_view(con, f"{one}_{view}", files, schema)
    return con


def _create_view(
    con: duckdb.DuckDBPyConnection, view: str, files: list[Path], schema: pa.Schema
) -> None:
    quoted = '"' + view.replace('"', '""') + '"'
    if files:
        paths = ", ".join("'" + str(f).replace("'", "''") + "'" for f in files)
        # Paths are the versions' own files and views are dataset names, quoted; nothing
        # comes from page text. union_by_name: networks' files may differ by a column
        # (one written before a schema change, another after).
        source = f"read_parquet([{paths}], union_by_name=true)"
        con.execute(f"CREATE VIEW {quoted} AS SELECT * FROM {source}")  # noqa: S608
    else:
        # No history yet (only empty crawls so far): still a typed, empty view.
        table = f"_{view}_empty"
        con.register(table, schema.empty_table())
        con.execute(f'CREATE VIEW {quoted} AS SELECT * FROM "{table}"')  # noqa: S608
