"""Start-up recovery under the lock: the pointer, lost metadata, leftovers, old versions.

The rule throughout: nothing is deleted unless it is provably garbage. A ``.tmp-*``
entry was never published (versions are built under that name and renamed complete). A
version newer than ``current`` whose added runs all still have their spools was never
published (spools are deleted only after publishing), and is rebuilt from them. A
version older than ``current`` whose runs are all in ``current`` is superseded. Anything
else that looks wrong is kept, and said at WARNING.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
from pathlib import Path

from citycrawl.dataset.errors import DatasetDamagedError
from citycrawl.dataset.manifest import read_manifest, rebuild_version_info, stand_in_manifest
from citycrawl.dataset.paths import (
    DatasetPaths,
    Version,
    newest_complete_version,
    published_version,
    read_version,
)
from citycrawl.fsutil import fsync_dir, symlink_atomic, write_json_atomic

logger = logging.getLogger(__name__)


def restore_version_infos(paths: DatasetPaths) -> None:
    """Rebuild a lost ``version.json`` of versions newer than the newest readable one."""
    for _number, path in reversed(paths.version_dirs()):
        if read_version(path) is not None:
            return
        info = rebuild_version_info(path)
        if info is None:
            logger.warning("version %s has no readable version.json and cannot be rebuilt", path)
            continue
        write_json_atomic(path / "version.json", info)
        logger.warning("version %s: version.json was lost; rebuilt from its files", path)


def _pointer_problem(paths: DatasetPaths, linked: Version | None) -> str:
    if paths.current.is_symlink():
        target = os.readlink(paths.current)
        return f"pointed at {target}, older or unreadable" if linked else f"dangled ({target})"
    if paths.current.exists():
        return "was not a symlink (a restore that copied it?)"
    return "was missing"


def recover_current(paths: DatasetPaths) -> Version | None:
    """Point ``current`` at the newest complete version and return it (None: no versions).

    The versions themselves say which is newest and complete (``version.json`` written
    last, every listed file present), so losing the link (a restore that drops
    symlinks) loses nothing. Raises :class:`DatasetDamagedError` if versions exist but
    none is complete.
    """
    restore_version_infos(paths)
    linked = published_version(paths)
    newest = newest_complete_version(paths)
    while newest is not None and _unpublished(paths, newest, linked):
        # A commit killed between renaming its version and publishing it: its run's
        # spool is still there, so the next commit rebuilds it. Provably garbage.
        logger.info("sweeping unpublished version %s", newest.path)
        shutil.rmtree(newest.path)
        newest = newest_complete_version(paths)
    if newest is None:
        dirs = [p.name for _n, p in paths.version_dirs()]
        if dirs:
            raise DatasetDamagedError(
                f"dataset {paths.name!r} in {paths.root}: no complete version among "
                f"{', '.join(dirs)} (each is kept); restore the dataset from a backup"
            )
        return None
    if linked is not None and linked.path == newest.path:
        return linked
    problem = _pointer_problem(paths, linked)
    if paths.current.exists() and not paths.current.is_symlink():
        _move_to_lost_found(paths, paths.current)
    symlink_atomic(newest.path.name, paths.current)
    logger.warning(
        "dataset %s: current %s; relinked to %s, the newest complete version",
        paths.name,
        problem,
        newest.path.name,
    )
    return newest


def _unpublished(paths: DatasetPaths, version: Version, linked: Version | None) -> bool:
    """``version``, newer than the one ``current`` names (if any), was never published:
    every run it adds still has its spool (spools go only after publishing), so the next
    commit rebuilds it from them."""
    held = set(linked.runs) if linked else set()
    added = [r for r in version.runs if r not in held]
    return (
        (linked is None or version.number > linked.number)
        and bool(added)
        and all((paths.spool / f"{r}.jsonl").exists() for r in added)
    )


def _move_to_lost_found(paths: DatasetPaths, entry: Path) -> None:
    paths.lost_found.mkdir(exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    os.rename(entry, paths.lost_found / f"{entry.name}-{stamp}")
    logger.warning("moved %s to %s", entry, paths.lost_found)


def restore_manifests(version: Version) -> None:
    """Write a stand-in for each run manifest of ``version`` that is lost or unreadable."""
    for run_id in version.runs:
        if read_manifest(version, run_id) is None:
            write_json_atomic(version.manifest_path(run_id), stand_in_manifest(version, run_id))
            logger.warning("run manifest %s of %s was lost; wrote a stand-in", run_id, version.path)


def sweep(paths: DatasetPaths, current: Version | None) -> None:
    """Delete what crashed commits left (``.tmp-*``); keep, and name, newer versions."""
    for entry in paths.store.iterdir():
        if entry.name.startswith(".tmp-"):
            logger.info("sweeping orphan %s", entry)
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
    for number, path in paths.version_dirs():
        if current is None or number > current.number:
            # Complete ones would be current: this one lacks files, so it is not garbage
            # we can prove, nor a version we can use.
            logger.warning("version %s is incomplete; kept (not published)", path)
    for entry in paths.spool.iterdir():
        if entry.name.startswith(".tmp-"):
            entry.unlink()
    fsync_dir(paths.store)


def _runs_of(path: Path) -> set[str] | None:
    version = read_version(path)
    if version is not None:
        return set(version.runs)
    runs = path / "runs"
    return {f.stem for f in runs.glob("*.json")} if runs.is_dir() else None


def prune(paths: DatasetPaths, current: Version, keep: int) -> None:
    """Delete versions ``keep`` or more behind ``current`` whose runs it all holds."""
    held = set(current.runs)
    for number, path in paths.version_dirs():
        if number > current.number - keep:
            continue
        runs = _runs_of(path)
        if runs is not None and runs <= held:
            shutil.rmtree(path, ignore_errors=True)
        else:
            logger.warning("old version %s holds runs the current one lacks; kept", path)
