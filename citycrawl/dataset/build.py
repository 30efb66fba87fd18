"""Building version N+1 in a temporary directory: stage, merge, history, manifest.

Nothing here publishes: the writer renames the finished directory and swaps
``current``. DuckDB runs with a memory limit and spills to the version's ``.work``; if
it still runs out of memory, :func:`build_with_retry` starts again with twice the limit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from citycrawl.dataset.columns import CURRENT_COLUMNS, STATUS_ACTIVE
from citycrawl.dataset.history import write_history
from citycrawl.dataset.manifest import RunInfo, finish_version, has_code_schema, run_manifest
from citycrawl.dataset.merge import count_rows, counts, touched_partitions, write_items
from citycrawl.dataset.parts import phase
from citycrawl.dataset.paths import Version, version_name
from citycrawl.dataset.policy import WithdrawalPolicy
from citycrawl.dataset.sql import projected_select
from citycrawl.dataset.staging import load_run

logger = logging.getLogger(__name__)

#: The commit doubles a DuckDB memory limit it ran out of, up to this many MiB.
MAX_MEMORY_LIMIT_MIB = 8192
_UNIT_MIB = {"kb": 1 / 1024, "kib": 1 / 1024, "mb": 1, "mib": 1, "gb": 1024, "gib": 1024}


@dataclass(frozen=True)
class BuildOptions:
    """How a version is built: history compaction, DuckDB's bounds, the withdrawal rule."""

    history_max_files: int
    memory_limit: str
    threads: int
    withdrawal: WithdrawalPolicy


def connect(work: Path, memory_limit: str, threads: int) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection bounded to ``memory_limit``, spilling into ``work``, in UTC."""
    con = duckdb.connect(
        config={
            "threads": threads,
            "memory_limit": memory_limit,
            "temp_directory": str(work / "spill"),
            "preserve_insertion_order": False,
        }
    )
    con.execute("SET TimeZone = 'UTC'")
    return con


def _withdraw_condition(
    con: duckdb.DuckDBPyConnection, run: RunInfo, policy: WithdrawalPolicy
) -> str:
    # An empty "complete" crawl is a broken crawl, not a site without documents.
    items_in_run = con.sql("SELECT count(*) FROM run").fetchall()[0][0]
    if not (run.complete and items_in_run > 0):
        return "false"
    run_day = run.started_at.astimezone(dt.UTC).date()
    return f"(p.status = '{STATUS_ACTIVE}' AND {policy.sql('p', run_day)})"


def build_version(
    tmp: Path,
    prev: Version | None,
    number: int,
    run: RunInfo,
    spool_path: Path,
    options: BuildOptions,
) -> dict[str, Any]:
    """Write version ``number`` into ``tmp`` (fsynced) and return the run manifest."""
    vname = version_name(number)
    work = tmp / ".work"
    work.mkdir(parents=True)
    for sub in ("items", "history", "runs"):
        (tmp / sub).mkdir()
    con = connect(work, options.memory_limit, options.threads)
    try:
        migrate = prev is not None and not has_code_schema(prev)
        phase("stage")
        run_part = load_run(con, spool_path, work)
        prev_files = prev.item_files() if prev else []
        con.execute(f"CREATE TEMP VIEW prev AS {projected_select(prev_files, CURRENT_COLUMNS)}")
        withdraw = _withdraw_condition(con, run, options.withdrawal)
        phase("counts")
        run_counts = counts(con, withdraw)
        phase("touched")
        touched = touched_partitions(con, withdraw, migrate)
        items = write_items(con, tmp, vname, prev, run_part, touched, withdraw)
        run_counts["rows_current"] = count_rows(tmp, items)
        phase("history")
        history, run_counts["rows_history_added"] = write_history(
            con, tmp, vname, prev, run.run_id, migrate=migrate, max_files=options.history_max_files
        )
    finally:
        con.close()
    phase("finish")
    shutil.rmtree(work)
    if run_counts["clock_behind"]:
        logger.warning(
            "run %s: %d documents were fetched at a time before the stored copy's: the "
            "clock went backwards (or ran ahead before); the run's rows win, by run sequence",
            run.run_id,
            run_counts["clock_behind"],
        )
    manifest = run_manifest(run, number, run_counts, migrated=migrate)
    finish_version(tmp, prev, manifest, items, history, run_counts["rows_current"])
    return manifest


def bigger_memory_limit(exc: BaseException, limit: str) -> str | None:
    """Twice ``limit`` if ``exc`` is DuckDB running out of memory, else None.

    DuckDB raises ``OutOfMemoryException`` from queries, and the same error surfaces as
    an ``OSError`` (no errno, unlike a full disk) from the Arrow stream of a result.
    """
    out_of_memory = isinstance(exc, duckdb.OutOfMemoryException) or (
        isinstance(exc, OSError) and exc.errno is None and "Out of Memory Error" in str(exc)
    )
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]+)\s*", limit)
    if not out_of_memory or m is None or m.group(2).lower() not in _UNIT_MIB:
        return None
    mib = float(m.group(1)) * _UNIT_MIB[m.group(2).lower()]
    if mib >= MAX_MEMORY_LIMIT_MIB:
        return None
    return f"{min(MAX_MEMORY_LIMIT_MIB, max(1, round(mib * 2)))}MiB"


def build_with_retry(
    tmp: Path,
    prev: Version | None,
    number: int,
    run: RunInfo,
    spool_path: Path,
    options: BuildOptions,
) -> dict[str, Any]:
    """:func:`build_version`, again with twice DuckDB's memory limit if it ran out.

    DuckDB spills most of the merge, but not every operator: should a dataset outgrow
    the limit, a slower commit with more memory beats a failed one.
    """
    while True:
        try:
            return build_version(tmp, prev, number, run, spool_path, options)
        except Exception as exc:
            bigger = bigger_memory_limit(exc, options.memory_limit)
            if bigger is None:
                raise
            logger.warning(
                "commit of run %s ran out of DuckDB memory at %s; retrying with %s",
                run.run_id,
                options.memory_limit,
                bigger,
            )
            shutil.rmtree(tmp, ignore_errors=True)
            options = dataclasses.replace(options, memory_limit=bigger)
