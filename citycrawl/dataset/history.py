"""The history table of a new version: every earlier version linked, the run's added.

Nightly runs add one small file each; past ``history_max_files`` they are folded into
few large ones (compaction). A migration goes through the same fold, so no history file
keeps an old schema.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from citycrawl.dataset.columns import HISTORY_COLUMNS, HISTORY_SCHEMA
from citycrawl.dataset.merge import link_files
from citycrawl.dataset.parts import ARROW_BATCH_ROWS, stream_to_parts
from citycrawl.dataset.paths import Version
from citycrawl.dataset.sql import ident, projected_select, sql_str
from citycrawl.schema import ITEM_COLUMN_NAMES


def new_versions_sql(prev: Version | None, run_id: str) -> str:
    """The run's rows that are versions the history lacks.

    A run row whose content differs from the current row's is a version, newer (a
    change) or older (an archived capture from before; it stays out of the current view
    but not out of the history). Within the run, consecutive rows of one document with
    the same content are one version (captures of an unchanged page), and an older
    version the history already holds at that time is not added again (a backfill run
    twice adds nothing).
    """
    item_cols = ", ".join(f"v.{ident(n)}" for n in ITEM_COLUMN_NAMES)
    history_keys = projected_select(
        prev.history_files() if prev else [],
        tuple(c for c in HISTORY_COLUMNS if c.name in {"item_id", "content_hash", "crawled_at"}),
    )
    return (
        # The window runs over the key columns only, its rows joined back after: over
        # whole rows DuckDB held every body of the run at once (a 20,000-document
        # commit peaked at 1 GiB here; docs/performance.md). A run has one row per
        # (item_id, content_hash) (the dedupe pipeline's rule), so a key joins back
        # to one row.
        "WITH k AS (SELECT item_id, crawled_at, content_hash FROM run_versions "  # noqa: S608
        "QUALIFY content_hash IS DISTINCT FROM "
        "lag(content_hash) OVER (PARTITION BY item_id ORDER BY crawled_at, content_hash)), "
        "v AS (SELECT r.* FROM run_versions r SEMI JOIN k ON r.item_id = k.item_id "
        "AND r.crawled_at = k.crawled_at AND r.content_hash = k.content_hash), "
        f"h AS ({history_keys}) "
        f"SELECT {item_cols}, {sql_str(run_id)} AS run_id FROM v "
        "LEFT JOIN (SELECT item_id, content_hash, crawled_at FROM prev) p "
        "ON v.item_id = p.item_id "
        "WHERE (p.item_id IS NULL OR v.content_hash <> p.content_hash) AND NOT ("
        "v.crawled_at < p.crawled_at AND EXISTS (SELECT 1 FROM h WHERE h.item_id = v.item_id "
        "AND h.content_hash = v.content_hash AND h.crawled_at = v.crawled_at))"
    )


def compact(con: duckdb.DuckDBPyConnection, tmp: Path, vname: str, files: list[str]) -> list[str]:
    """Fold history ``files`` of the version in ``tmp`` into few large ones."""
    old = [tmp / f for f in files]
    compacted = stream_to_parts(
        con.sql(projected_select(old, HISTORY_COLUMNS)).to_arrow_reader(ARROW_BATCH_ROWS),
        HISTORY_SCHEMA,
        tmp,
        lambda n: f"history/compacted-{vname}-{n:05d}.parquet",
    )
    for f in old:
        f.unlink()
    return compacted


def write_history(
    con: duckdb.DuckDBPyConnection,
    tmp: Path,
    vname: str,
    prev: Version | None,
    run_id: str,
    *,
    migrate: bool,
    max_files: int,
) -> tuple[list[str], int]:
    """Link the previous history into ``tmp``, add this run's versions, compact.

    Returns the history's files and the number of rows the run added.
    """
    history: list[str] = list(prev.info["history"]) if prev else []
    if prev:
        link_files(prev.path, tmp, history)
    added = stream_to_parts(
        con.sql(new_versions_sql(prev, run_id)).to_arrow_reader(ARROW_BATCH_ROWS),
        HISTORY_SCHEMA,
        tmp,
        lambda n: f"history/{run_id}{f'-{n:05d}' if n else ''}.parquet",
    )
    history += added
    added_rows = sum(pq.ParquetFile(tmp / f).metadata.num_rows for f in added)
    if migrate or len(history) > max_files:
        history = compact(con, tmp, vname, history)
    return history, added_rows
