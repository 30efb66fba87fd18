"""Damaged Parquet files: found with their names, repaired from the history.

Unchanged files are hard links shared by consecutive versions, so a file damaged on
disk (truncated, zeroed, overwritten) damages the previous version too; repair never
relies on it. :func:`check_version` reads every footer (cheap, at every writer start)
or every page, its CRC checked (``deep``: after a failed commit, and in ``citycrawl
repair``).
:func:`repair_version` publishes a new version without the damaged files:

* a damaged current-view file: its documents are rebuilt from their newest history row
  (by run sequence); ``first_seen`` is their first version's ``crawled_at``,
  ``last_seen`` and ``last_changed`` their newest version's (the next crawl that sees
  them moves ``last_seen`` on), status ``active``;
* a damaged history file: dropped (its versions are lost, which the manifest records;
  the current view still holds each document's newest content unless it is damaged
  too, in which case the repair asks for a full crawl).

The repair's manifest has finish reason ``repair``: the next incremental crawl does not
trust the listings' stop rule and walks them all, so documents that could not be
rebuilt are fetched again.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from citycrawl.dataset.build import connect
from citycrawl.dataset.columns import (
    CURRENT_COLUMNS,
    CURRENT_SCHEMA,
    HISTORY_COLUMNS,
    STATUS_ACTIVE,
)
from citycrawl.dataset.manifest import RunInfo, finish_version, last_gone, run_manifest
from citycrawl.dataset.merge import count_rows, empty_view, link_files
from citycrawl.dataset.parts import ARROW_BATCH_ROWS, stream_to_parts
from citycrawl.dataset.paths import DatasetPaths, Version, partition_dirname, version_name
from citycrawl.dataset.publish import install, next_number, publish
from citycrawl.dataset.sql import ident, projected_select, sql_str
from citycrawl.schema import ITEM_COLUMN_NAMES

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Damage:
    """A data file of a version that cannot be read, and why."""

    path: Path
    table: str  # "items" or "history"
    error: str

    def __str__(self) -> str:
        return f"{self.path}: {self.error}"


def _check_file(path: Path, deep: bool) -> str | None:
    try:
        parquet = pq.ParquetFile(path, page_checksum_verification=deep, pre_buffer=False)
        if deep:
            # Small batches: memory holds a column chunk, never a whole row group decoded.
            for _batch in parquet.iter_batches(batch_size=1024):
                pass
    except (OSError, ValueError, pa.ArrowException) as exc:
        return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return None


def check_version(version: Version, *, deep: bool = False) -> list[Damage]:
    """The damaged or missing data files of ``version`` (footers only unless ``deep``)."""
    damages = []
    for table, files in (("items", version.item_files()), ("history", version.history_files())):
        for path in files:
            error = "missing" if not path.is_file() else _check_file(path, deep)
            if error:
                damages.append(Damage(path, table, error))
    return damages


def _intact(version: Version, damages: list[Damage]) -> tuple[dict[str, list[str]], list[str]]:
    bad = {d.path for d in damages}
    items = {
        part: kept
        for part, files in version.info["items"].items()
        if part != "" and (kept := [f for f in files if version.path / f not in bad])
    }
    history = [f for f in version.info["history"] if version.path / f not in bad]
    return items, history


def _rebuilt_sql(kept_items: list[Path]) -> str:
    """Newest history row (by run sequence) of each document missing from ``kept_items``."""
    item_cols = ", ".join(f"n.{ident(c)}" for c in ITEM_COLUMN_NAMES)
    kept = projected_select(kept_items, CURRENT_COLUMNS)
    return (
        "WITH h AS (SELECT hist.*, coalesce(seq.seq, -1) AS seq FROM hist "  # noqa: S608
        "LEFT JOIN seq USING (run_id)), "
        "n AS (SELECT *, row_number() OVER (PARTITION BY item_id "
        "ORDER BY seq DESC, crawled_at DESC) AS rn FROM h), "
        "f AS (SELECT item_id, arg_min(crawled_at, seq) AS first_seen FROM h GROUP BY item_id) "
        f"SELECT {item_cols}, f.first_seen, n.crawled_at AS last_seen, "
        f"n.crawled_at AS last_changed, {sql_str(STATUS_ACTIVE)} AS status "
        "FROM n JOIN f USING (item_id) "
        f"WHERE n.rn = 1 AND n.item_id NOT IN (SELECT item_id FROM ({kept}))"
    )


def _rebuild_items(
    con: duckdb.DuckDBPyConnection, tmp: Path, vname: str, version: Version, kept: list[Path]
) -> dict[str, list[str]]:
    con.register("seq", pa.table({"run_id": version.runs, "seq": range(len(version.runs))}))
    con.execute(f"CREATE TEMP TABLE rebuilt AS {_rebuilt_sql(kept)}")
    added: dict[str, list[str]] = {}
    for (item_type,) in con.sql("SELECT DISTINCT item_type FROM rebuilt").fetchall():
        part = partition_dirname(item_type)
        query = f"SELECT * FROM rebuilt WHERE item_type = {sql_str(item_type)}"  # noqa: S608
        added[part] = stream_to_parts(
            con.sql(query).to_arrow_reader(ARROW_BATCH_ROWS),
            CURRENT_SCHEMA,
            tmp,
            f"items/{part}/part-{vname}-repair-{{:05d}}.parquet".format,
        )
    return added


def _build_repair(
    tmp: Path, number: int, version: Version, damages: list[Damage]
) -> dict[str, Any]:
    vname = version_name(number)
    items, history = _intact(version, damages)
    for sub in ("items", "history", "runs"):
        (tmp / sub).mkdir(parents=True)
    link_files(version.path, tmp, [f for fs in items.values() for f in fs] + history)
    con = connect(tmp / ".work", "512MB", 1)
    try:
        hist = projected_select([version.path / f for f in history], HISTORY_COLUMNS)
        con.execute(f"CREATE TEMP VIEW hist AS {hist}")
        kept = [version.path / f for fs in items.values() for f in fs]
        for part, files in _rebuild_items(con, tmp, vname, version, kept).items():
            items[part] = items.get(part, []) + files
    finally:
        con.close()
    shutil.rmtree(tmp / ".work", ignore_errors=True)
    items = items or empty_view(tmp, vname)
    rows = count_rows(tmp, items)
    rebuilt = rows - sum(pq.ParquetFile(p).metadata.num_rows for p in kept)
    lost = max(int(version.info.get("rows", rows)) - rows, 0)
    history_damaged = any(d.table == "history" for d in damages)
    report = {
        "damaged": sorted(str(d.path.relative_to(version.path)) for d in damages),
        "rebuilt_documents": rebuilt,
        "lost_documents": lost,
        # Rebuilt rows may come from an older version if their newest was in a dropped
        # history file; only a full crawl sets them right.
        "full_crawl_needed": bool(lost or (history_damaged and rebuilt)),
    }
    now = dt.datetime.now(dt.UTC)
    run = RunInfo(
        run_id=f"{now:%Y%m%dT%H%M%SZ}-repair-{secrets.token_hex(3)}",
        started_at=now,
        finish_reason="repair",
        complete=False,
        recovered=False,
        gone=last_gone(version),
    )
    manifest = run_manifest(run, number, {"rows_current": rows}, migrated=False)
    manifest["repair"] = report
    finish_version(tmp, version, manifest, items, history, rows)
    return manifest


def repair_version(paths: DatasetPaths, version: Version, damages: list[Damage]) -> dict[str, Any]:
    """Publish a new version of ``version`` without its ``damages``; return its manifest.

    The caller holds the dataset's lock. The manifest's ``repair`` says which files
    were damaged, how many documents were rebuilt and lost, and whether a full crawl
    is needed.
    """
    for damage in damages:
        logger.error("dataset %s: damaged file %s", paths.name, damage)
    number = next_number(paths, version)
    tmp = paths.store / f".tmp-{version_name(number)}-{secrets.token_hex(4)}"
    try:
        manifest = _build_repair(tmp, number, version, damages)
        publish(paths, install(paths, tmp, number))
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    report = manifest["repair"]
    log = logger.error if report["full_crawl_needed"] else logger.warning
    log(
        "dataset %s: repaired as %s: %d documents rebuilt from the history, %d lost%s",
        paths.name,
        version_name(number),
        report["rebuilt_documents"],
        report["lost_documents"],
        "; run a full crawl (citycrawl nightly --full)" if report["full_crawl_needed"] else "",
    )
    return manifest
