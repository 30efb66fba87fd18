"""Where a dataset's files live, and how readers find the published version.

::

    <root>/<name>              -> _<name>/current/items     static symlink: the current view
    <root>/<name>-history      -> _<name>/current/history   static symlink: the history
    <root>/_<name>/current     -> v000042                   THE pointer, swapped atomically
    <root>/_<name>/lock                                     flock + {"run_id", "pid"}
    <root>/_<name>/spool/<run_id>.jsonl, <run_id>.json      uncommitted items of a run
    <root>/_<name>/v000042/items/<item_type>/part-v000042-00000.parquet
    <root>/_<name>/v000042/history/<run_id>.parquet
    <root>/_<name>/v000042/runs/<run_id>.json               one manifest per run
    <root>/_<name>/v000042/version.json                     files and runs of this version

A version directory is complete before ``current`` points at it, and it is never
changed afterwards; its ``version.json`` is written last, so a version whose
``version.json`` reads and whose listed files exist is complete (:meth:`Version.missing`),
whatever ``current`` says. File names are never reused for other bytes (they carry the version
or run that wrote them; unchanged files are hard-linked into the next version), so a
reader that lists through the static links while ``current`` moves either sees one
version or fails to open a file, never a mix.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_SAFE_PART = re.compile(r"[a-z0-9][a-z0-9_-]{0,62}")


def partition_dirname(item_type: str) -> str:
    """Directory name for a partition value, safe whatever text it comes from.

    Valid values (lower-case slugs) are used as they are. Anything else (``..``, ``a/b``,
    a leading ``_`` or ``.`` that readers would skip as hidden) becomes a slug plus a hash
    of the raw value, so two different values never share a directory.
    """
    if _SAFE_PART.fullmatch(item_type):
        return item_type
    slug = re.sub(r"[^a-z0-9_-]+", "-", item_type.lower()).strip("-_")[:40] or "x"
    digest = hashlib.sha1(item_type.encode("utf-8"), usedforsecurity=False).hexdigest()[:10]
    return f"{slug}-{digest}"


@dataclass(frozen=True)
class DatasetPaths:
    """Paths of dataset ``name`` under output directory ``root``."""

    root: Path
    name: str

    def __post_init__(self) -> None:
        if not _SAFE_PART.fullmatch(self.name):
            raise ValueError(f"dataset name must be a lower-case slug, got {self.name!r}")

    @property
    def store(self) -> Path:
        return self.root / f"_{self.name}"

    @property
    def current(self) -> Path:
        return self.store / "current"

    @property
    def items_link(self) -> Path:
        return self.root / self.name

    @property
    def history_link(self) -> Path:
        return self.root / f"{self.name}-history"

    @property
    def lock(self) -> Path:
        return self.store / "lock"

    @property
    def spool(self) -> Path:
        return self.store / "spool"

    @property
    def lost_found(self) -> Path:
        """Where recovery moves what it must not delete and cannot use."""
        return self.store / "lost+found"

    def version_dir(self, version: int) -> Path:
        return self.store / version_name(version)

    def version_dirs(self) -> list[tuple[int, Path]]:
        """Every ``v<number>`` directory of the store, oldest first (complete or not)."""
        if not self.store.is_dir():
            return []
        found = [(parse_version_name(p.name), p) for p in self.store.iterdir()]
        return sorted((n, p) for n, p in found if n is not None and p.is_dir())


def version_name(version: int) -> str:
    return f"v{version:06d}"


def parse_version_name(name: str) -> int | None:
    """The version number of a version directory name, None for anything else."""
    m = re.fullmatch(r"v(\d{6,})", name)
    return int(m.group(1)) if m else None


@dataclass(frozen=True)
class Version:
    """A version directory (resolved) and its ``version.json``."""

    path: Path
    info: dict[str, Any]

    @property
    def number(self) -> int:
        return int(self.info["version"])

    @property
    def runs(self) -> list[str]:
        """Run ids of every run committed up to this version, in commit (sequence) order."""
        return list(self.info["runs"])

    def item_files(self) -> list[Path]:
        return [self.path / f for files in self.info["items"].values() for f in files]

    def history_files(self) -> list[Path]:
        return [self.path / f for f in self.info["history"]]

    def manifest_path(self, run_id: str) -> Path:
        return self.path / "runs" / f"{run_id}.json"

    def missing(self) -> list[Path]:
        """Listed data files that do not exist (a damaged or half-restored version)."""
        return [f for f in (*self.item_files(), *self.history_files()) if not f.is_file()]


def read_version(path: Path) -> Version | None:
    """The version in directory ``path``; None if its ``version.json`` is missing or bad."""
    try:
        info = json.loads((path / "version.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    required = {"version": int, "runs": list, "items": dict, "history": list}
    if not isinstance(info, dict) or any(
        not isinstance(info.get(k), t) for k, t in required.items()
    ):
        return None
    return Version(path.resolve(), info)


def published_version(paths: DatasetPaths) -> Version | None:
    """The version ``current`` points at, resolved once (pin it for consistent reads).

    None when there is no ``current`` link, or it leads to no readable version (lost in
    a restore, say): the writer then recovers the link (``citycrawl.dataset.recovery``),
    readers fall back to :func:`newest_complete_version`.
    """
    try:
        target = os.readlink(paths.current)
    except OSError:  # missing, or not a symlink (a restore that copied the directory)
        return None
    return read_version(paths.store / target)


def newest_complete_version(paths: DatasetPaths) -> Version | None:
    """The newest version directory that is complete on its own, whatever ``current`` says."""
    for _number, path in reversed(paths.version_dirs()):
        version = read_version(path)
        if version is not None and not version.missing():
            return version
    return None
