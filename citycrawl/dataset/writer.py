"""Crash-safe, incremental writer of a dataset: spool during the run, commit at the end.

A :class:`DatasetWriter` holds the dataset's lock for the whole run. Opening it recovers
what earlier runs left (``citycrawl.dataset.recovery``: the ``current`` link, lost
metadata, temporary directories), repairs damaged files (``citycrawl.dataset.repair``)
and commits the spools of dead runs, so nothing a previous run spooled is lost.
:meth:`~DatasetWriter.commit` builds the next version (``citycrawl.dataset.build``) and
publishes all of it (items, history, manifest, ledger) by swapping one symlink. See
``docs/dataset.md``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import logging
import os
import secrets
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from citycrawl.dataset import spool as spool_mod
from citycrawl.dataset.build import BuildOptions, build_with_retry
from citycrawl.dataset.errors import (
    DatasetError,
    DatasetUnwritableError,
    DiskFullError,
)
from citycrawl.dataset.faults import fault
from citycrawl.dataset.lock import DatasetLock
from citycrawl.dataset.manifest import (
    RunInfo,
    check_not_newer,
    dropped_counts,
    read_manifest,
    stand_in_manifest,
)
from citycrawl.dataset.paths import DatasetPaths, Version, published_version, version_name
from citycrawl.dataset.policy import NEVER_WITHDRAW, WithdrawalPolicy
from citycrawl.dataset.publish import ensure_links, install, next_number, publish
from citycrawl.dataset.recovery import prune, recover_current, restore_manifests, sweep
from citycrawl.dataset.repair import check_version, repair_version
from citycrawl.fsutil import fsync_dir, write_json_atomic

logger = logging.getLogger(__name__)

#: errnos that say the output folder cannot be written at all.
_UNWRITABLE = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def _new_run_id(now: dt.datetime) -> str:
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def _unwritable(paths: DatasetPaths, exc: OSError) -> DatasetUnwritableError:
    return DatasetUnwritableError(
        f"cannot write dataset {paths.name!r} in {paths.root}: {exc.strerror or exc} "
        f"({exc.filename or paths.store}); make the output folder writable or choose another"
    )


def open_store(paths: DatasetPaths) -> None:
    """Create the dataset's folders; :class:`DatasetUnwritableError` if it cannot be written."""
    try:
        paths.spool.mkdir(parents=True, exist_ok=True)
        probe = paths.store / f".tmp-probe-{secrets.token_hex(4)}"
        probe.touch()
        probe.unlink()
    except OSError as exc:
        if exc.errno in _UNWRITABLE:
            raise _unwritable(paths, exc) from exc
        raise


def check_writable(root: str | os.PathLike[str], name: str) -> None:
    """Raise the :class:`DatasetError` a writer of dataset ``name`` would meet, if any.

    For a fail-fast check before a crawl starts: the output folder can be written, no
    live run holds the lock, and the dataset is not newer than this code. Changes
    nothing in the dataset.
    """
    paths = DatasetPaths(Path(root), name)
    open_store(paths)
    lock = DatasetLock(paths)
    lock.acquire("check")
    try:
        version = published_version(paths)
        if version is not None:
            check_not_newer(version.info, f"{name!r} in {root}")
    finally:
        lock.release()


def _recover(paths: DatasetPaths, *, deep: bool = False) -> tuple[Version | None, dict | None]:
    """Start-up under the lock: pointer, newer-schema refusal, lost metadata, sweep,
    damaged files (footers, or every page if ``deep``).

    Returns the published version after all of it, and the repair's manifest if one
    was needed.
    """
    current = recover_current(paths)
    if current is None:
        sweep(paths, None)
        return None, None
    check_not_newer(current.info, f"{paths.name!r} in {paths.root}")
    ensure_links(paths)
    restore_manifests(current)
    sweep(paths, current)
    if damages := check_version(current, deep=deep):
        manifest = repair_version(paths, current, damages)
        return published_version(paths), manifest
    return current, None


def repair_dataset(root: str | os.PathLike[str], name: str) -> tuple[Version | None, dict | None]:
    """Recover dataset ``name``, check every page of every file, and repair damage.

    Returns the published version afterwards and the repair's manifest (None when
    nothing was damaged). Takes the lock, so never runs beside a crawl. Spools of dead
    runs are left for the next crawl to commit.
    """
    paths = DatasetPaths(Path(root), name)
    open_store(paths)
    lock = DatasetLock(paths)
    lock.acquire("repair")
    try:
        return _recover(paths, deep=True)
    finally:
        lock.release()


class DatasetWriter:
    """One run's writer of dataset ``name`` under ``root`` (e.g. ``output``).

    Opening takes the dataset's lock (:class:`DatasetLockedError` if a live run holds it;
    the lock of a dead run is released by the kernel), recovers and repairs what earlier
    runs left, and commits the spools of dead runs. It refuses a dataset written by newer
    code (:class:`DatasetNewerError`) and an output folder it cannot write
    (:class:`DatasetUnwritableError`). Then :meth:`write` each item and :meth:`commit`
    once; or :meth:`close` without committing, which keeps the spool for the next run.

    ``withdrawal`` says which unseen documents a complete crawl marks ``withdrawn``
    (default: none). ``duckdb_memory_limit`` and ``duckdb_threads`` bound the commit's
    merge: DuckDB spills joins to the version's temporary directory beyond the limit, so
    the commit's memory stays about the same from 100,000 to millions of items
    (``bench/bench_dataset.py``). One thread by default: the commit runs as the crawl
    ends, on a machine it shares.
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
        withdrawal: WithdrawalPolicy = NEVER_WITHDRAW,
    ) -> None:
        if keep_versions < 2:
            # The previous version stays for readers that pinned it just before a swap.
            raise ValueError("keep_versions must be >= 2")
        self.paths = DatasetPaths(Path(root), name)
        self.started_at = dt.datetime.now(dt.UTC)
        self.run_id = run_id or _new_run_id(self.started_at)
        self.keep_versions = keep_versions
        self.options = BuildOptions(
            history_max_files, duckdb_memory_limit, duckdb_threads, withdrawal
        )
        self._committed = False
        open_store(self.paths)
        self._lock = DatasetLock(self.paths)
        self._lock.acquire(self.run_id)
        try:
            self._start_up()
            self.spool_path = self.paths.spool / f"{self.run_id}.jsonl"
            self._spool = spool_mod.SpoolWriter(self.spool_path, fsync_every)
        except OSError as exc:
            self._lock.release()
            if exc.errno in _UNWRITABLE:
                raise _unwritable(self.paths, exc) from exc
            raise
        except BaseException:
            self._lock.release()
            raise

    def _start_up(self) -> None:
        """Recover and repair what earlier runs left, commit dead runs' spools."""
        _recover(self.paths)
        self._recover_spools()
        base = published_version(self.paths)
        write_json_atomic(
            self.paths.spool / f"{self.run_id}.json",
            {
                "run_id": self.run_id,
                "pid": os.getpid(),
                "started_at": self.started_at.isoformat(),
                # Orders dead spools by run sequence at recovery, whatever the clock.
                "base_version": base.number if base else 0,
            },
        )

    def _recover_spools(self) -> None:
        """Commit the spools of dead runs in run order; skip those already published."""
        metas = []
        for meta_path in self.paths.spool.glob("*.json"):
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            metas.append((int(meta.get("base_version", 0)), meta["run_id"], meta, meta_path))
        for _base, _run_id, meta, meta_path in sorted(metas, key=lambda m: m[:2]):
            spool_path = meta_path.with_suffix(".jsonl")
            if not spool_path.exists():
                spool_path.touch()
            logger.warning("recovering spool of dead run %s (pid %s)", meta["run_id"], meta["pid"])
            run = RunInfo(
                run_id=meta["run_id"],
                started_at=dt.datetime.fromisoformat(meta["started_at"]),
                finish_reason="crashed",
                complete=False,
                recovered=True,
            )
            self._commit_spool(run, spool_path)

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
        gone: Mapping[str, str | None] | None = None,
    ) -> dict[str, Any]:
        """Publish this run's items as a new version and return the run manifest.

        ``complete`` declares that the crawl tried to see every document (not an
        incremental or limited crawl); only then, and only with ``finish_reason ==
        "finished"``, does the withdrawal policy apply. ``stats`` is the crawl's stats
        mapping; its ``citycrawl/dropped/<reason>`` counts go into the manifest, as does
        ``gone`` (URL -> card hash of documents that answered 404/410). On any error
        nothing is published and the spool is kept.
        """
        if self._committed:
            raise DatasetError("commit called twice")
        self._spool.close()
        run = RunInfo(
            run_id=self.run_id,
            started_at=self.started_at,
            finish_reason=finish_reason,
            complete=complete and finish_reason == "finished",
            recovered=False,
            dropped=dropped_counts(stats or {}),
            gone=dict(gone or {}),
        )
        manifest = self._commit_spool(run, self.spool_path)
        self._committed = True
        return manifest

    def close(self) -> None:
        """Release the lock; an uncommitted spool stays for the next run to commit."""
        with contextlib.suppress(OSError):
            self._spool.close()
        self._lock.release()

    def __enter__(self) -> DatasetWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- commit ---------------------------------------------------------------------

    def _commit_spool(self, run: RunInfo, spool_path: Path) -> dict[str, Any]:
        prev = published_version(self.paths)
        if prev is not None and run.run_id in prev.runs:
            # Killed after publishing, before deleting the spool: the work is done.
            self._delete_spool(run.run_id)
            return read_manifest(prev, run.run_id) or stand_in_manifest(prev, run.run_id)
        spool_mod.repair(spool_path)
        final, manifest = self._build_and_install(prev, run, spool_path)
        fault("before_publish")
        # The one atomic step: from here readers see the new items, history, manifest
        # and ledger together.
        publish(self.paths, final)
        fault("after_publish")
        self._delete_spool(run.run_id)
        current = published_version(self.paths)
        if current is not None:
            prune(self.paths, current, self.keep_versions)
        logger.info("dataset %s: published %s (run %s)", self.paths.name, final.name, run.run_id)
        return manifest

    def _build_and_install(
        self, prev: Version | None, run: RunInfo, spool_path: Path, *, may_repair: bool = True
    ) -> tuple[Path, dict[str, Any]]:
        """Build the next version and rename it into place (not yet published)."""
        number = next_number(self.paths, prev)
        tmp = self.paths.store / f".tmp-{version_name(number)}-{secrets.token_hex(4)}"
        try:
            try:
                manifest = build_with_retry(tmp, prev, number, run, spool_path, self.options)
            except Exception:
                # A file of the previous version that reads as garbage (its footer was
                # fine at start-up): name it, repair, and build again on the repair.
                damages = check_version(prev, deep=True) if prev and may_repair else []
                if prev is None or not damages:
                    raise
                shutil.rmtree(tmp, ignore_errors=True)
                repair_version(self.paths, prev, damages)
                repaired = published_version(self.paths)
                return self._build_and_install(repaired, run, spool_path, may_repair=False)
            fault("before_rename")
            final = install(self.paths, tmp, number)
        except BaseException as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
                raise DiskFullError(
                    f"disk full while committing run {run.run_id} of dataset "
                    f"{self.paths.name!r}: the published version is unchanged and the "
                    f"run's items are kept in {spool_path} for the next run"
                ) from exc
            raise
        return final, manifest

    def _delete_spool(self, run_id: str) -> None:
        for suffix in (".jsonl", ".json"):
            (self.paths.spool / f"{run_id}{suffix}").unlink(missing_ok=True)
        fsync_dir(self.paths.spool)
