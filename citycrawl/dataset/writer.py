"""Crash-safe, incremental writer of a dataset: spool during the run, commit at the end.

A :class:`DatasetWriter` holds the dataset's lock for the whole run. Opening it sweeps
what a crashed run left (temporary directories, unpublished versions) and commits the
spools of dead runs, so nothing a previous run spooled is lost. :meth:`~DatasetWriter.commit`
merges the run into the current view (upsert by ``item_id``), appends new and changed
versions to the history, writes a run manifest, and publishes all of it, together with
the ledger (the current view's ``item_id``/``url``/``content_hash``/``crawled_at``), by
swapping one symlink. See ``docs/dataset.md``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import itertools
import json
import logging
import os
import re
import secrets
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.json as pajson
import pyarrow.parquet as pq

from citycrawl.dataset import spool as spool_mod
from citycrawl.dataset.columns import (
    CURRENT_COLUMNS,
    CURRENT_SCHEMA,
    DATASET_FORMAT_VERSION,
    HISTORY_COLUMNS,
    HISTORY_SCHEMA,
    STATUS_ACTIVE,
    STATUS_WITHDRAWN,
)
from citycrawl.dataset.faults import fault
from citycrawl.dataset.layout import (
    Layout,
    Version,
    parse_version_name,
    partition_dirname,
    published_version,
    version_name,
)
from citycrawl.schema import ITEM_COLUMN_NAMES, ITEM_COLUMNS, ITEM_SCHEMA, SCHEMA_VERSION, Column

logger = logging.getLogger(__name__)

#: Rows per Parquet row group: several per file so readers can parallelise and skip.
ROW_GROUP_ROWS = 50_000
#: Rows per batch DuckDB hands over. DuckDB materialises a batch inside its memory limit,
#: so a smaller batch leaves more of the limit to the joins; row groups stay 50,000 rows.
ARROW_BATCH_ROWS = 10_000
#: Rows per Parquet file before a partition rolls over to the next part file.
FILE_MAX_ROWS = 500_000
#: Stats keys the crawl counts drops under; reported per reason in the run manifest.
DROPPED_STAT_PREFIX = "citycrawl/dropped/"
#: Stats key of the crawl's gone documents (a mapping URL -> card hash or None, see
#: citycrawl.incremental): recorded as the manifest's ``gone``, so that the next
#: incremental crawl reads it from the version it starts from, never from a side file.
GONE_STAT = "citycrawl/gone"


class DatasetError(Exception):
    """A dataset cannot be written; the message says why and what is kept."""


class DatasetLockedError(DatasetError):
    """Another live run holds the dataset's lock."""


class DiskFullError(DatasetError):
    """The disk filled up; the previous version is intact and the spool is kept."""


# --------------------------------------------------------------------------- helpers


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_json_atomic(path: Path, data: Mapping[str, Any]) -> None:
    tmp = path.with_name(f".tmp-{path.name}-{secrets.token_hex(4)}")
    with tmp.open("w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, sort_keys=True, default=str)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _symlink_atomic(target: str, link: Path) -> None:
    tmp = link.with_name(f".tmp-{link.name}-{secrets.token_hex(4)}")
    os.symlink(target, tmp)
    os.replace(tmp, link)
    _fsync_dir(link.parent)


def _phase(name: str) -> None:
    """Mark the start of a commit phase (DEBUG log; the benchmark records RSS per phase)."""
    logger.debug("commit phase %s", name, extra={"citycrawl_phase": name})


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _new_run_id(now: dt.datetime) -> str:
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _sql_list(paths: list[Path]) -> str:
    return "[" + ", ".join(_sql_str(str(p)) for p in paths) + "]"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_type(t: pa.DataType) -> str:
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return "VARCHAR"
    if pa.types.is_list(t):
        return _sql_type(t.value_type) + "[]"
    if pa.types.is_date32(t):
        return "DATE"
    if pa.types.is_timestamp(t) and t.tz == "UTC":
        return "TIMESTAMPTZ"
    if pa.types.is_boolean(t):
        return "BOOLEAN"
    if pa.types.is_int16(t):
        return "SMALLINT"
    if pa.types.is_int64(t):
        return "BIGINT"
    if pa.types.is_float64(t):
        return "DOUBLE"
    if pa.types.is_struct(t):
        fields = ", ".join(f"{_ident(f.name)} {_sql_type(f.type)}" for f in t)
        return f"STRUCT({fields})"
    raise TypeError(f"no SQL type for {t}")


def _empty_select(columns: tuple[Column, ...]) -> str:
    cols = ", ".join(f"CAST(NULL AS {_sql_type(c.type)}) AS {_ident(c.name)}" for c in columns)
    return f"SELECT {cols} WHERE false"


def _projected_select(files: list[Path], columns: tuple[Column, ...]) -> str:
    """SELECT ``columns`` from ``files``; columns the files lack are NULL, others are cast.

    Projecting onto the code's columns is what migrates an old version: the commit that
    reads it writes every file anew. Columns match by name, never by position.
    """
    if not files:
        return _empty_select(columns)
    have = {name for f in files for name in pq.read_schema(f).names}
    cols = ", ".join(
        (
            f"CAST({_ident(c.name)} AS {_sql_type(c.type)}) AS {_ident(c.name)}"
            if c.name in have
            else f"CAST(NULL AS {_sql_type(c.type)}) AS {_ident(c.name)}"
        )
        for c in columns
    )
    return f"SELECT {cols} FROM read_parquet({_sql_list(files)}, union_by_name = true)"  # noqa: S608


def _conform(batches: list[pa.RecordBatch], schema: pa.Schema) -> pa.Table:
    """The rows of ``batches`` with exactly ``schema`` (types, nullability, metadata).

    Each batch is conformed on its own: batches of two queries (the merge's run rows and
    previous rows) may name list items differently or differ in string width.
    """
    conformed = []
    for batch in batches:
        arrays = []
        for field in schema:
            col = batch.column(field.name)
            # `==` on list types ignores the item field's name; the schema's name must win.
            if str(col.type) != str(field.type):
                col = col.cast(field.type)
            if not field.nullable and col.null_count:
                raise DatasetError(f"column {field.name!r} has {col.null_count} nulls")
            arrays.append(col)
        conformed.append(pa.RecordBatch.from_arrays(arrays, schema=schema))
    return pa.Table.from_batches(conformed, schema=schema)


class _PartWriter:
    """Writes one Parquet file with the exact schema, zstd, in fixed-size row groups."""

    def __init__(self, path: Path, schema: pa.Schema, compression: str = "zstd") -> None:
        self.path = path
        self.schema = schema
        self.rows = 0
        self._file = path.open("wb")
        self._writer = pq.ParquetWriter(self._file, schema, compression=compression)

    def write(self, table: pa.Table, *, checkpoint: bool = True) -> None:
        self._writer.write_table(table, row_group_size=ROW_GROUP_ROWS)
        self.rows += table.num_rows
        if checkpoint:
            fault("write")

    def close(self) -> None:
        self._writer.close()
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()

    def abort(self) -> None:
        """Release the file after a failure; its directory is deleted, never published."""
        with contextlib.suppress(Exception):
            self._writer.close()
        self._file.close()


def _stream_to_parts(
    readers: pa.RecordBatchReader | Iterable[pa.RecordBatchReader],
    schema: pa.Schema,
    directory: Path,
    name_for: Callable[[int], str],
) -> list[str]:
    """Write batch streams (one reader, or several in turn) as Parquet files ``name_for(0)``, ...

    Memory holds one row group whatever the stream's size; a file rolls over after
    :data:`FILE_MAX_ROWS` rows. Returns the file names (none for an empty stream).
    """
    files: list[str] = []
    writer: _PartWriter | None = None
    buffer: list[pa.RecordBatch] = []
    buffered = 0

    def flush() -> None:
        nonlocal writer, buffer, buffered
        if not buffer:
            return
        if writer is None:
            files.append(name_for(len(files)))
            (directory / files[-1]).parent.mkdir(parents=True, exist_ok=True)
            writer = _PartWriter(directory / files[-1], schema)
        writer.write(_conform(buffer, schema))
        buffer, buffered = [], 0
        if writer.rows >= FILE_MAX_ROWS:
            writer.close()
            writer = None

    try:
        if isinstance(readers, pa.RecordBatchReader):
            readers = [readers]
        for batch in itertools.chain.from_iterable(readers):
            buffer.append(batch)
            buffered += batch.num_rows
            if buffered >= ROW_GROUP_ROWS:
                flush()
        flush()
        if writer is not None:
            writer.close()
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    return files


# --------------------------------------------------------------------------- writer


class DatasetWriter:
    """One run's writer of dataset ``name`` under ``root`` (e.g. ``output``).

    Opening takes the dataset's lock (:class:`DatasetLockedError` if a live run holds it;
    the lock of a dead run is released by the kernel), sweeps orphans and commits the
    spools of dead runs. Then :meth:`write` each item and :meth:`commit` once; or
    :meth:`close` without committing, which keeps the spool for the next run.

    ``duckdb_memory_limit`` and ``duckdb_threads`` bound the commit's merge: DuckDB spills
    joins to the version's temporary directory beyond the limit, so the commit's memory
    stays about the same from 100,000 to millions of items (``bench/bench_dataset.py``).
    One thread by default: the commit runs as the crawl ends, on a machine it shares.
    """

    def __init__(
        self,
        root: str | os.PathLike[str],
        name: str,
        *,
        run_id: str | None = None,
        fsync_every: int = 1000,
        keep_versions: int = 2,
        history_max_files: int = 32,
        duckdb_memory_limit: str = "192MB",
        duckdb_threads: int = 1,
    ) -> None:
        if keep_versions < 2:
            # The previous version stays for readers that pinned it just before a swap.
            raise ValueError("keep_versions must be >= 2")
        self.layout = Layout(Path(root), name)
        self.started_at = _utcnow()
        self.run_id = run_id or _new_run_id(self.started_at)
        self.keep_versions = keep_versions
        self.history_max_files = history_max_files
        self.duckdb_memory_limit = duckdb_memory_limit
        self.duckdb_threads = duckdb_threads
        self._committed = False
        self.layout.spool.mkdir(parents=True, exist_ok=True)
        self._lock_fd = self._acquire_lock()
        try:
            self._sweep()
            self._recover()
            self.spool_path = self.layout.spool / f"{self.run_id}.jsonl"
            _write_json_atomic(
                self.layout.spool / f"{self.run_id}.json",
                {
                    "run_id": self.run_id,
                    "pid": os.getpid(),
                    "started_at": self.started_at.isoformat(),
                },
            )
            self._spool = spool_mod.SpoolWriter(self.spool_path, fsync_every)
        except BaseException:
            self._release_lock()
            raise

    # -- lock -----------------------------------------------------------------------

    def _acquire_lock(self) -> int:
        fd = os.open(self.layout.lock, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            try:
                holder = json.loads(os.pread(fd, 4096, 0) or b"{}")
            except ValueError:
                holder = {}
            os.close(fd)
            raise DatasetLockedError(
                f"dataset {self.layout.name!r} in {self.layout.root} is locked by run "
                f"{holder.get('run_id', '?')} (pid {holder.get('pid', '?')})"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps({"run_id": self.run_id, "pid": os.getpid()}).encode(), 0)
        return fd

    def _release_lock(self) -> None:
        if self._lock_fd >= 0:
            os.close(self._lock_fd)  # closing the descriptor releases the flock
            self._lock_fd = -1

    # -- start-up -------------------------------------------------------------------

    def _sweep(self) -> None:
        """Delete what a crashed commit left; we hold the lock, so nobody is writing."""
        current = published_version(self.layout)
        current_number = current.number if current else 0
        for entry in self.layout.store.iterdir():
            number = parse_version_name(entry.name)
            if entry.name.startswith(".tmp-"):
                logger.info("sweeping orphan %s", entry)
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
            elif number is not None and number > current_number:
                logger.info("sweeping unpublished version %s", entry)
                shutil.rmtree(entry)
        for entry in self.layout.spool.iterdir():
            if entry.name.startswith(".tmp-"):
                entry.unlink()
        _fsync_dir(self.layout.store)

    def _recover(self) -> None:
        """Commit the spools of dead runs (oldest first); skip those already published."""
        metas = sorted(self.layout.spool.glob("*.json"))
        for meta_path in metas:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            spool_path = meta_path.with_suffix(".jsonl")
            if not spool_path.exists():
                spool_path.touch()
            logger.warning("recovering spool of dead run %s (pid %s)", meta["run_id"], meta["pid"])
            self._commit_spool(
                run_id=meta["run_id"],
                spool_path=spool_path,
                started_at=dt.datetime.fromisoformat(meta["started_at"]),
                finish_reason="crashed",
                complete=False,
                stats={},
                recovered=True,
            )

    # -- run ------------------------------------------------------------------------

    def write(self, item: Mapping[str, Any]) -> None:
        """Spool one item (a dict with exactly the item columns; checked, see spool)."""
        if self._committed:
            raise DatasetError("write after commit")
        self._spool.append(item)

    @property
    def spooled(self) -> int:
        """Items spooled by this run so far."""
        return self._spool.count

    def sync(self) -> None:
        """Make every spooled item durable now (also done every ``fsync_every`` items)."""
        self._spool.sync()

    def commit(
        self,
        *,
        finish_reason: str,
        complete: bool = False,
        stats: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Publish this run's items as a new version and return the run manifest.

        ``complete`` declares that the crawl tried to see every document (not an
        incremental or limited crawl); only then, and only with ``finish_reason ==
        "finished"``, are upcoming events it did not see marked ``withdrawn``.
        ``stats`` is the crawl's stats mapping; ``citycrawl/dropped/<reason>`` counts go
        into the manifest. On any error nothing is published and the spool is kept.
        """
        if self._committed:
            raise DatasetError("commit called twice")
        self._spool.close()
        manifest = self._commit_spool(
            run_id=self.run_id,
            spool_path=self.spool_path,
            started_at=self.started_at,
            finish_reason=finish_reason,
            complete=complete and finish_reason == "finished",
            stats=stats or {},
            recovered=False,
        )
        self._committed = True
        return manifest

    def close(self) -> None:
        """Release the lock; an uncommitted spool stays for the next run to commit."""
        with contextlib.suppress(OSError):
            self._spool.close()
        self._release_lock()

    def __enter__(self) -> DatasetWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- commit ---------------------------------------------------------------------

    def _commit_spool(
        self,
        *,
        run_id: str,
        spool_path: Path,
        started_at: dt.datetime,
        finish_reason: str,
        complete: bool,
        stats: Mapping[str, Any],
        recovered: bool,
    ) -> dict[str, Any]:
        prev = published_version(self.layout)
        if prev is not None and run_id in prev.info["runs"]:
            # Killed after publishing, before deleting the spool: the work is done.
            self._delete_spool(run_id)
            return json.loads((prev.path / "runs" / f"{run_id}.json").read_text("utf-8"))
        spool_mod.repair(spool_path)
        number = (prev.number if prev else 0) + 1
        tmp = self.layout.store / f".tmp-{version_name(number)}-{secrets.token_hex(4)}"
        try:
            limit = self.duckdb_memory_limit
            while True:
                try:
                    manifest = _build_version(
                        tmp=tmp,
                        prev=prev,
                        number=number,
                        run_id=run_id,
                        spool_path=spool_path,
                        started_at=started_at,
                        finish_reason=finish_reason,
                        complete=complete,
                        stats=stats,
                        recovered=recovered,
                        history_max_files=self.history_max_files,
                        memory_limit=limit,
                        threads=self.duckdb_threads,
                    )
                    break
                except Exception as exc:
                    # DuckDB spills most of the merge, but not every operator: should a
                    # dataset outgrow the limit, a slower commit with more memory beats
                    # a failed one.
                    bigger = _bigger_memory_limit(exc, limit)
                    if bigger is None:
                        raise
                    logger.warning(
                        "dataset %s: commit ran out of DuckDB memory at %s; retrying with %s",
                        self.layout.name,
                        limit,
                        bigger,
                    )
                    shutil.rmtree(tmp, ignore_errors=True)
                    limit = bigger
            fault("before_rename")
            final = self.layout.version_dir(number)
            os.rename(tmp, final)
            _fsync_dir(self.layout.store)
        except BaseException as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
                raise DiskFullError(
                    f"disk full while committing run {run_id} of dataset "
                    f"{self.layout.name!r}: the published version is unchanged and the "
                    f"run's items are kept in {spool_path} for the next run"
                ) from exc
            raise
        fault("before_publish")
        # The one atomic step: from here readers see the new items, history, manifest
        # and ledger together.
        _symlink_atomic(final.name, self.layout.current)
        self._ensure_links()
        fault("after_publish")
        self._delete_spool(run_id)
        self._prune(number)
        logger.info("dataset %s: published %s (run %s)", self.layout.name, final.name, run_id)
        return manifest

    def _ensure_links(self) -> None:
        links = {
            self.layout.items_link: f"_{self.layout.name}/current/items",
            self.layout.history_link: f"_{self.layout.name}/current/history",
        }
        for link, target in links.items():
            if link.is_symlink() and os.readlink(link) == target:
                continue
            if link.exists() and not link.is_symlink():
                raise DatasetError(f"{link} exists and is not the dataset's link; move it away")
            _symlink_atomic(target, link)

    def _delete_spool(self, run_id: str) -> None:
        for suffix in (".jsonl", ".json"):
            (self.layout.spool / f"{run_id}{suffix}").unlink(missing_ok=True)
        _fsync_dir(self.layout.spool)

    def _prune(self, current: int) -> None:
        for entry in self.layout.store.iterdir():
            number = parse_version_name(entry.name)
            if number is not None and number <= current - self.keep_versions:
                shutil.rmtree(entry, ignore_errors=True)


# --------------------------------------------------------------------------- building

#: The commit doubles a DuckDB memory limit it ran out of, up to this many MiB.
MAX_MEMORY_LIMIT_MIB = 8192
_UNIT_MIB = {"kb": 1 / 1024, "kib": 1 / 1024, "mb": 1, "mib": 1, "gb": 1024, "gib": 1024}


def _bigger_memory_limit(exc: BaseException, limit: str) -> str | None:
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


def _build_version(
    *,
    tmp: Path,
    prev: Version | None,
    number: int,
    run_id: str,
    spool_path: Path,
    started_at: dt.datetime,
    finish_reason: str,
    complete: bool,
    stats: Mapping[str, Any],
    recovered: bool,
    history_max_files: int,
    memory_limit: str,
    threads: int,
) -> dict[str, Any]:
    """Write version ``number`` into ``tmp`` (fsynced) and return the run manifest."""
    vname = version_name(number)
    work = tmp / ".work"
    work.mkdir(parents=True)
    for sub in ("items", "history", "runs"):
        (tmp / sub).mkdir()
    con = duckdb.connect(
        config={
            "threads": threads,
            "memory_limit": memory_limit,
            "temp_directory": str(work / "spill"),
            "preserve_insertion_order": False,
        }
    )
    try:
        con.execute("SET TimeZone = 'UTC'")
        migrate = prev is not None and not _version_has_code_schema(prev)
        _phase("stage")
        run_part = _load_run(con, spool_path, work)
        prev_files = prev.item_files() if prev else []
        con.execute(f"CREATE TEMP VIEW prev AS {_projected_select(prev_files, CURRENT_COLUMNS)}")
        run_date = started_at.astimezone(dt.UTC).date()
        upcoming = (
            "coalesce(p.event_end, p.event_start, CAST(p.event_ends_at AS DATE), "
            f"CAST(p.event_starts_at AS DATE)) >= DATE {_sql_str(run_date.isoformat())}"
        )
        items_in_run = con.sql("SELECT count(*) FROM run").fetchall()[0][0]
        # An empty "complete" crawl is a broken crawl, not a site without events.
        may_withdraw = "true" if complete and items_in_run > 0 else "false"
        withdraw = f"({may_withdraw} AND p.status = '{STATUS_ACTIVE}' AND {upcoming})"
        _phase("counts")
        counts = _counts(con, withdraw)

        # Partitions the run touches are rewritten; the others are hard-linked.
        _phase("touched")
        prev_parts: dict[str, list[str]] = prev.info["items"] if prev else {}
        prev_dir = prev.path if prev else tmp
        touched = [
            t
            for (t,) in con.sql(
                "SELECT item_type FROM run UNION "  # noqa: S608
                "SELECT p.item_type FROM prev p JOIN run r ON p.item_id = r.item_id UNION "
                f"SELECT p.item_type FROM prev p WHERE {'true' if migrate else 'false'} UNION "
                "SELECT p.item_type FROM prev p LEFT JOIN run r ON p.item_id = r.item_id "
                f"WHERE r.item_id IS NULL AND {withdraw}"
            ).fetchall()
        ]
        touched_dirs = {partition_dirname(t) for t in touched}
        items: dict[str, list[str]] = {}
        for part, files in prev_parts.items():
            # "" is the empty-view placeholder of an earlier version: never carried over.
            if part not in touched_dirs and part != "":
                items[part] = files
                for f in files:
                    (tmp / f).parent.mkdir(parents=True, exist_ok=True)
                    os.link(prev_dir / f, tmp / f)
        for t in sorted(touched):
            part = partition_dirname(t)
            _phase(f"merge:{part}")
            con.execute(
                "CREATE OR REPLACE TEMP VIEW prev_part AS "
                + _projected_select(
                    [prev_dir / f for f in prev_parts.get(part, [])], CURRENT_COLUMNS
                )
            )
            con.execute(f"CREATE OR REPLACE TEMP VIEW run_part AS {run_part(t)}")
            written = _stream_to_parts(
                # A generator: the second query starts once the first is consumed.
                (con.sql(q).to_arrow_reader(ARROW_BATCH_ROWS) for q in _merge_sql(withdraw)),
                CURRENT_SCHEMA,
                tmp,
                lambda n, part=part: f"items/{part}/part-{vname}-{n:05d}.parquet",
            )
            if written:
                items[part] = written
        current_rows = counts["rows_current"] = sum(
            pq.ParquetFile(tmp / f).metadata.num_rows for fs in items.values() for f in fs
        )
        if current_rows == 0:
            # An empty view still carries the schema, so readers get typed empty frames.
            empty = f"items/part-{vname}-empty.parquet"
            _PartWriter(tmp / empty, CURRENT_SCHEMA).close()
            items[""] = [empty]

        _phase("history")
        history = _write_history(con, tmp, prev, run_id, vname, migrate, history_max_files, counts)
    finally:
        con.close()
    _phase("finish")
    shutil.rmtree(work)

    runs = (prev.info["runs"] if prev else []) + [run_id]
    if prev:
        for old in (prev.path / "runs").iterdir():
            os.link(old, tmp / "runs" / old.name)
    ended_at = _utcnow()
    manifest = {
        "run_id": run_id,
        "dataset_version": number,
        "started_at": started_at.isoformat(),
        "ended_at": ended_at.isoformat(),
        "finish_reason": finish_reason,
        "complete": complete,
        "recovered": recovered,
        "pid": os.getpid(),
        "schema_version": SCHEMA_VERSION,
        "dataset_format_version": DATASET_FORMAT_VERSION,
        "migrated": migrate,
        "counts": counts,
        "dropped": {
            k.removeprefix(DROPPED_STAT_PREFIX): v
            for k, v in sorted(stats.items())
            if k.startswith(DROPPED_STAT_PREFIX) and isinstance(v, int)
        },
        "gone": _gone(stats.get(GONE_STAT)),
    }
    _write_json_atomic(tmp / "runs" / f"{run_id}.json", manifest)
    _write_json_atomic(
        tmp / "version.json",
        {
            "version": number,
            "schema_version": SCHEMA_VERSION,
            "dataset_format_version": DATASET_FORMAT_VERSION,
            "runs": runs,
            "items": items,
            "history": history,
            "rows": current_rows,
        },
    )
    for d in [tmp / "items", *(p for p in (tmp / "items").iterdir() if p.is_dir())]:
        _fsync_dir(d)
    for d in (tmp / "history", tmp / "runs", tmp):
        _fsync_dir(d)
    return manifest


def _gone(value: object) -> dict[str, str | None]:
    """The crawl's gone documents as the manifest records them (``{}`` if none given)."""
    if not isinstance(value, Mapping):
        return {}
    return {
        str(url): card if isinstance(card, str) else None for url, card in sorted(value.items())
    }


def _version_has_code_schema(version: Version) -> bool:
    if (
        version.info.get("schema_version") != SCHEMA_VERSION
        or version.info.get("dataset_format_version") != DATASET_FORMAT_VERSION
    ):
        return False
    # Every file of a version shares its table's schema; the first one stands for all.
    return all(
        pq.read_schema(files[0]).equals(schema, check_metadata=True)
        for files, schema in (
            (version.item_files(), CURRENT_SCHEMA),
            (version.history_files(), HISTORY_SCHEMA),
        )
        if files
    )


#: Spool bytes parsed at a time. Bounds staging memory whatever the spool's size: Arrow's
#: streaming JSON reader reads blocks ahead of the parser without limit, so its memory
#: grew with the spool (1.2 GiB of read-ahead for a 2 GiB spool).
_SPOOL_CHUNK_BYTES = 8 << 20
_SPOOL_READ_SCHEMA = pa.schema(
    # Dates arrive as ISO strings that the JSON reader does not parse; cast afterwards.
    [pa.field(f.name, pa.string()) if pa.types.is_date32(f.type) else f for f in ITEM_SCHEMA]
)
_SPOOL_PARSE_OPTIONS = pajson.ParseOptions(
    explicit_schema=_SPOOL_READ_SCHEMA, unexpected_field_behavior="error"
)


def _spool_chunks(spool_path: Path, chunk_bytes: int) -> Iterator[bytes]:
    """The spool in pieces of about ``chunk_bytes`` that end at a line end.

    A line longer than ``chunk_bytes`` (a huge page) makes one longer piece: a piece
    always holds whole items. The spool was repaired, so it ends with a newline.
    """
    with spool_path.open("rb", buffering=0) as f:
        rest = b""
        while data := f.read(chunk_bytes):
            data = rest + data if rest else data
            cut = data.rfind(b"\n") + 1
            if cut == 0:
                rest = data  # no line end yet: the item continues in the next read
                continue
            rest = data[cut:]
            yield data[:cut] if rest else data
        if rest:
            yield rest


def _stage_spool(spool_path: Path, work: Path) -> dict[str, Path]:
    """Convert the spool to Parquet with ITEM_SCHEMA, one file per item_type, streaming.

    Returns {item_type: file}. One file per type lets each partition's merge read only
    its own rows. Memory holds one chunk of :data:`_SPOOL_CHUNK_BYTES` and its rows.
    """
    writers: dict[str, _PartWriter] = {}
    try:
        for chunk in _spool_chunks(spool_path, _SPOOL_CHUNK_BYTES):
            # One block per chunk: a block must hold whole items, and the chunk does.
            # One thread: the commit shares the machine with the crawl that just ended.
            read_options = pajson.ReadOptions(use_threads=False, block_size=len(chunk) + 1)
            table = _conform(
                pajson.read_json(
                    pa.BufferReader(chunk),
                    read_options=read_options,
                    parse_options=_SPOOL_PARSE_OPTIONS,
                ).to_batches(),
                ITEM_SCHEMA,
            )
            del chunk
            types = table.column("item_type")
            for value in pc.unique(types).to_pylist():
                if value not in writers:
                    path = work / f"run-{len(writers)}.parquet"
                    writers[value] = _PartWriter(path, ITEM_SCHEMA, compression="snappy")
                rows = table.filter(pc.equal(types, value))
                writers[value].write(rows, checkpoint=False)
    except BaseException:
        for w in writers.values():
            w.abort()
        raise
    for w in writers.values():
        w.close()
    return {value: w.path for value, w in writers.items()}


def _load_run(con: duckdb.DuckDBPyConnection, spool_path: Path, work: Path) -> Callable[[str], str]:
    """Stage the spool as Parquet, create view ``run`` (one row per item_id).

    Returns a function giving the SELECT of one item_type's run rows.
    """
    staged = _stage_spool(spool_path, work)
    if not staged:
        con.execute(f"CREATE TEMP VIEW run AS {_empty_select(ITEM_COLUMNS)}")
        con.execute("CREATE TEMP VIEW run_versions AS SELECT * FROM run")
        return lambda _t: "SELECT * FROM run"
    source = f"read_parquet({_sql_list(list(staged.values()))})"
    # Every row the run spooled: a backfill from a web archive reads several versions of
    # one document (captures years apart), and the history keeps each of them.
    con.execute(f"CREATE TEMP VIEW run_versions AS SELECT * FROM {source}")  # noqa: S608
    counting = f"SELECT count(*), count(DISTINCT item_id) FROM {source}"  # noqa: S608
    total, distinct = con.sql(counting).fetchall()[0]
    if total == distinct:
        con.execute(f"CREATE TEMP VIEW run AS SELECT * FROM {source}")  # noqa: S608
        return lambda t: (
            f"SELECT * FROM read_parquet({_sql_str(str(staged[t]))})"  # noqa: S608
            if t in staged
            else "SELECT * FROM run WHERE false"  # a partition touched only by withdrawals
        )
    # Upstream dedups; should a key still repeat, its newest crawl wins, deterministically.
    con.execute(
        f"CREATE TEMP VIEW run AS SELECT * FROM {source} QUALIFY row_number() OVER "  # noqa: S608
        "(PARTITION BY item_id ORDER BY crawled_at DESC, content_hash DESC) = 1"
    )
    return lambda t: f"SELECT * FROM run WHERE item_type = {_sql_str(t)}"  # noqa: S608


# The run's row replaces the previous one unless the previous one was crawled later
# (re-committing an old spool must not roll a document back). A copy read from a web
# archive has crawled_at = the capture's time (and archived_at set), so by this rule an
# archived version never replaces a row that the site (or a later capture) served after
# it, whichever run came first; the history keeps both (docs/archive.md).
_TAKE_RUN = "(r.item_id IS NOT NULL AND (p.item_id IS NULL OR r.crawled_at >= p.crawled_at))"
_CHANGED = f"({_TAKE_RUN} AND p.item_id IS NOT NULL AND r.content_hash <> p.content_hash)"


def _counts(con: duckdb.DuckDBPyConnection, withdraw: str) -> dict[str, int]:
    row = con.sql(
        "SELECT count(*), count(*) FILTER (WHERE p.item_id IS NULL), "  # noqa: S608
        f"count(*) FILTER (WHERE {_CHANGED}), "
        "count(*) FILTER (WHERE p.item_id IS NOT NULL AND r.content_hash = p.content_hash), "
        "count(*) FILTER (WHERE p.item_id IS NOT NULL AND r.crawled_at < p.crawled_at "
        "AND r.content_hash <> p.content_hash) "
        "FROM run r LEFT JOIN (SELECT item_id, content_hash, crawled_at FROM prev) p "
        "ON r.item_id = p.item_id"
    ).fetchall()[0]
    (withdrawn,) = con.sql(
        "SELECT count(*) FROM prev p LEFT JOIN run r ON p.item_id = r.item_id "  # noqa: S608
        f"WHERE r.item_id IS NULL AND {withdraw}"
    ).fetchall()[0]
    keys = ("items", "new", "changed", "unchanged", "stale")
    return {**dict(zip(keys, row, strict=True)), "withdrawn": withdrawn}


def _merge_sql(withdraw: str) -> tuple[str, str]:
    """The new rows of one partition: run rows that win, then previous rows that stay.

    Two queries, run one after the other: each has one hash join, so only one key table
    is in memory at a time (a UNION ALL of both built both at once and needed twice the
    memory limit). Joins are against key columns only and there is no ORDER BY: DuckDB
    streams the wide rows. The run's keys and the previous keys span all partitions, so
    a document whose item_type changed leaves its old partition.
    """
    run_cols = ", ".join(f"r.{_ident(n)}" for n in ITEM_COLUMN_NAMES)
    prev_cols = ", ".join(f"p.{_ident(n)}" for n in ITEM_COLUMN_NAMES)
    run_rows = (
        "WITH pk AS (SELECT item_id, content_hash, crawled_at, first_seen, last_changed "  # noqa: S608
        f"FROM prev) SELECT {run_cols}, coalesce(pk.first_seen, r.crawled_at) AS first_seen, "
        "r.crawled_at AS last_seen, "
        "CASE WHEN pk.item_id IS NULL OR r.content_hash <> pk.content_hash "
        "THEN r.crawled_at ELSE pk.last_changed END AS last_changed, "
        f"'{STATUS_ACTIVE}' AS status "
        "FROM run_part r LEFT JOIN pk ON r.item_id = pk.item_id "
        "WHERE pk.item_id IS NULL OR r.crawled_at >= pk.crawled_at"
    )
    prev_rows = (
        "WITH rk AS (SELECT item_id, crawled_at FROM run) "  # noqa: S608
        f"SELECT {prev_cols}, p.first_seen, p.last_seen, p.last_changed, "
        f"CASE WHEN rk.item_id IS NOT NULL THEN '{STATUS_ACTIVE}' "
        f"WHEN {withdraw} THEN '{STATUS_WITHDRAWN}' ELSE p.status END AS status "
        "FROM prev_part p LEFT JOIN rk ON p.item_id = rk.item_id "
        # Kept: documents the run did not see, or saw in an older crawl than ours.
        "WHERE rk.item_id IS NULL OR rk.crawled_at < p.crawled_at"
    )
    return run_rows, prev_rows


def _new_versions_sql(prev: Version | None, run_id: str) -> str:
    """The run's rows that are versions the history lacks.

    A run row whose content differs from the current row's is a version, newer (a
    change) or older (an archived capture from before; it stays out of the current view
    but not out of the history). Within the run, consecutive rows of one document with
    the same content are one version (captures of an unchanged page), and an older
    version the history already holds at that time is not added again (a backfill run
    twice adds nothing).
    """
    item_cols = ", ".join(f"v.{_ident(n)}" for n in ITEM_COLUMN_NAMES)
    history_keys = _projected_select(
        prev.history_files() if prev else [],
        tuple(c for c in HISTORY_COLUMNS if c.name in {"item_id", "content_hash", "crawled_at"}),
    )
    return (
        "WITH v AS (SELECT * FROM run_versions QUALIFY content_hash IS DISTINCT FROM "  # noqa: S608
        "lag(content_hash) OVER (PARTITION BY item_id ORDER BY crawled_at, content_hash)), "
        f"h AS ({history_keys}) "
        f"SELECT {item_cols}, {_sql_str(run_id)} AS run_id FROM v "
        "LEFT JOIN (SELECT item_id, content_hash, crawled_at FROM prev) p "
        "ON v.item_id = p.item_id "
        "WHERE (p.item_id IS NULL OR v.content_hash <> p.content_hash) AND NOT ("
        "v.crawled_at < p.crawled_at AND EXISTS (SELECT 1 FROM h WHERE h.item_id = v.item_id "
        "AND h.content_hash = v.content_hash AND h.crawled_at = v.crawled_at))"
    )


def _write_history(
    con: duckdb.DuckDBPyConnection,
    tmp: Path,
    prev: Version | None,
    run_id: str,
    vname: str,
    migrate: bool,
    history_max_files: int,
    counts: dict[str, int],
) -> list[str]:
    """Link the previous history, add this run's new and changed versions, compact."""
    history: list[str] = []
    if prev:
        history += prev.info["history"]
        for f in history:
            os.link(prev.path / f, tmp / f)
    added = _stream_to_parts(
        con.sql(_new_versions_sql(prev, run_id)).to_arrow_reader(ARROW_BATCH_ROWS),
        HISTORY_SCHEMA,
        tmp,
        lambda n: f"history/{run_id}{f'-{n:05d}' if n else ''}.parquet",
    )
    history += added
    counts["rows_history_added"] = sum(pq.ParquetFile(tmp / f).metadata.num_rows for f in added)
    if migrate or len(history) > history_max_files:
        # Nightly runs add one small file each; fold them into few large ones. A
        # migration goes through here too, so no file keeps an old schema.
        old = [tmp / f for f in history]
        compacted = _stream_to_parts(
            con.sql(_projected_select(old, HISTORY_COLUMNS)).to_arrow_reader(ARROW_BATCH_ROWS),
            HISTORY_SCHEMA,
            tmp,
            lambda n: f"history/compacted-{vname}-{n:05d}.parquet",
        )
        for f in old:
            f.unlink()
        history = compacted
    return history
