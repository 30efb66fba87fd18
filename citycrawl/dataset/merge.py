"""Merging a run into the current view, in DuckDB, one partition at a time.

Views ``run`` (the run's rows, one per item_id) and ``prev`` (the published current
view) exist on the connection. A live fetch of a document always replaces the stored
row: runs commit in sequence (the lock serialises them, and a run commits the spools of
dead runs before its own), so the committing run is the newest whatever the clocks
said. A live row whose ``crawled_at`` lies before the stored one's is counted as
``clock_behind`` and logged, never dropped: a clock that ran ahead for one night must
not freeze the dataset. A copy read from a web archive (``archived_at`` set) is dated
by its capture, not by the run: it replaces the stored row only if captured later, else
it is ``stale`` and goes to the history only (docs/archive.md).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from citycrawl.dataset.columns import (
    CURRENT_COLUMNS,
    CURRENT_SCHEMA,
    STATUS_ACTIVE,
    STATUS_WITHDRAWN,
)
from citycrawl.dataset.parts import ARROW_BATCH_ROWS, PartWriter, phase, stream_to_parts
from citycrawl.dataset.paths import Version, partition_dirname
from citycrawl.dataset.sql import ident, projected_select
from citycrawl.schema import ITEM_COLUMN_NAMES

#: The run's row ``r`` replaces the stored row ``p`` (see the module doc).
TAKES_OVER = "(p.item_id IS NULL OR r.archived_at IS NULL OR r.crawled_at >= p.crawled_at)"
#: A run row that replaces a stored row with other content.
CHANGED = f"(p.item_id IS NOT NULL AND {TAKES_OVER} AND r.content_hash <> p.content_hash)"


def counts(con: duckdb.DuckDBPyConnection, withdraw: str) -> dict[str, int]:
    """The run's counts: items, new, changed, unchanged, stale, clock_behind, withdrawn."""
    row = con.sql(
        "SELECT count(*), count(*) FILTER (WHERE p.item_id IS NULL), "  # noqa: S608
        f"count(*) FILTER (WHERE {CHANGED}), "
        "count(*) FILTER (WHERE p.item_id IS NOT NULL AND r.content_hash = p.content_hash), "
        f"count(*) FILTER (WHERE NOT {TAKES_OVER} AND r.content_hash <> p.content_hash), "
        "count(*) FILTER (WHERE r.archived_at IS NULL AND r.crawled_at < p.crawled_at) "
        "FROM run r LEFT JOIN (SELECT item_id, content_hash, crawled_at FROM prev) p "
        "ON r.item_id = p.item_id"
    ).fetchall()[0]
    (withdrawn,) = con.sql(
        "SELECT count(*) FROM prev p LEFT JOIN run r ON p.item_id = r.item_id "  # noqa: S608
        f"WHERE r.item_id IS NULL AND {withdraw}"
    ).fetchall()[0]
    keys = ("items", "new", "changed", "unchanged", "stale", "clock_behind")
    return {**dict(zip(keys, row, strict=True)), "withdrawn": withdrawn}


def merge_sql(withdraw: str) -> tuple[str, str]:
    """The new rows of one partition: the run's rows that take over, then previous rows
    that stay (the run lacks them, or has only an older archived copy).

    Two queries, run one after the other: each has one hash join, so only one key table
    is in memory at a time (a UNION ALL of both built both at once and needed twice the
    memory limit). Joins are against key columns only and there is no ORDER BY: DuckDB
    streams the wide rows. The run's keys and the previous keys span all partitions, so
    a document whose item_type changed leaves its old partition.
    """
    run_cols = ", ".join(f"r.{ident(n)}" for n in ITEM_COLUMN_NAMES)
    prev_cols = ", ".join(f"p.{ident(n)}" for n in ITEM_COLUMN_NAMES)
    run_rows = (
        "WITH p AS (SELECT item_id, content_hash, crawled_at, first_seen, last_changed "  # noqa: S608
        "FROM prev) "
        f"SELECT {run_cols}, coalesce(p.first_seen, r.crawled_at) AS first_seen, "
        "r.crawled_at AS last_seen, "
        "CASE WHEN p.item_id IS NULL OR r.content_hash <> p.content_hash "
        "THEN r.crawled_at ELSE p.last_changed END AS last_changed, "
        f"'{STATUS_ACTIVE}' AS status "
        f"FROM run_part r LEFT JOIN p ON r.item_id = p.item_id WHERE {TAKES_OVER}"
    )
    prev_rows = (
        "WITH r AS (SELECT item_id, crawled_at, archived_at FROM run) "  # noqa: S608
        f"SELECT {prev_cols}, p.first_seen, p.last_seen, p.last_changed, "
        f"CASE WHEN r.item_id IS NOT NULL THEN '{STATUS_ACTIVE}' "
        f"WHEN {withdraw} THEN '{STATUS_WITHDRAWN}' ELSE p.status END AS status "
        f"FROM prev_part p LEFT JOIN r ON p.item_id = r.item_id "
        f"WHERE r.item_id IS NULL OR NOT {TAKES_OVER}"
    )
    return run_rows, prev_rows


def touched_partitions(con: duckdb.DuckDBPyConnection, withdraw: str, migrate: bool) -> list[str]:
    """item_types whose partition the run changes: its own, its documents' old ones,
    those with withdrawals, and all of them in a migration."""
    return sorted(
        t
        for (t,) in con.sql(
            "SELECT item_type FROM run UNION "  # noqa: S608
            "SELECT p.item_type FROM prev p JOIN run r ON p.item_id = r.item_id UNION "
            f"SELECT p.item_type FROM prev p WHERE {'true' if migrate else 'false'} UNION "
            "SELECT p.item_type FROM prev p ANTI JOIN run r ON p.item_id = r.item_id "
            f"WHERE {withdraw}"
        ).fetchall()
    )


def link_files(source: Path, target: Path, files: list[str]) -> None:
    """Hard-link ``files`` (relative names) from version dir ``source`` into ``target``."""
    for f in files:
        (target / f).parent.mkdir(parents=True, exist_ok=True)
        os.link(source / f, target / f)


def write_items(
    con: duckdb.DuckDBPyConnection,
    tmp: Path,
    vname: str,
    prev: Version | None,
    run_part: Callable[[str], str],
    touched: list[str],
    withdraw: str,
) -> dict[str, list[str]]:
    """The current view of version ``vname``, built in ``tmp``: {partition dir: files}.

    Untouched partitions are hard-linked from ``prev``; touched ones are rewritten whole.
    """
    prev_parts: dict[str, list[str]] = prev.info["items"] if prev else {}
    touched_dirs = {partition_dirname(t) for t in touched}
    items: dict[str, list[str]] = {}
    for part, files in prev_parts.items():
        # "" is the empty-view placeholder of an earlier version: never carried over.
        if prev and part not in touched_dirs and part != "":
            items[part] = files
            link_files(prev.path, tmp, files)
    for t in touched:
        part = partition_dirname(t)
        phase(f"merge:{part}")
        prev_files = [prev.path / f for f in prev_parts.get(part, [])] if prev else []
        con.execute(
            "CREATE OR REPLACE TEMP VIEW prev_part AS "
            + projected_select(prev_files, CURRENT_COLUMNS)
        )
        con.execute(f"CREATE OR REPLACE TEMP VIEW run_part AS {run_part(t)}")
        written = stream_to_parts(
            # A generator: the second query starts once the first is consumed.
            (con.sql(q).to_arrow_reader(ARROW_BATCH_ROWS) for q in merge_sql(withdraw)),
            CURRENT_SCHEMA,
            tmp,
            f"items/{part}/part-{vname}-{{:05d}}.parquet".format,
        )
        if written:
            items[part] = written
    return items or empty_view(tmp, vname)


def empty_view(tmp: Path, vname: str) -> dict[str, list[str]]:
    """The files of an empty current view: one empty file, so readers get typed frames."""
    empty = f"items/part-{vname}-empty.parquet"
    PartWriter(tmp / empty, CURRENT_SCHEMA).close()
    return {"": [empty]}


def count_rows(directory: Path, items: dict[str, list[str]]) -> int:
    """Rows of the current view's files (from their footers)."""
    return sum(pq.ParquetFile(directory / f).metadata.num_rows for fs in items.values() for f in fs)
