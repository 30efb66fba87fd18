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
changed afterwards. File names are never reused for other bytes (they carry the version
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
class Layout:
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

    def version_dir(self, version: int) -> Path:
        return self.store / version_name(version)


def version_name(version: int) -> str:
    return f"v{version:06d}"


def parse_version_name(name: str) -> int | None:
    """The version number of a version directory name, None for anything else."""
    m = re.fullmatch(r"v(\d{6,})", name)
    return int(m.group(1)) if m else None


@dataclass(frozen=True)
class Version:
    """A published version: its directory (resolved) and its ``version.json``."""

    path: Path
    info: dict[str, Any]

    @property
    def number(self) -> int:
        return int(self.info["version"])

    def item_files(self) -> list[Path]:
        return [self.path / f for files in self.info["items"].values() for f in files]

    def history_files(self) -> list[Path]:
        return [self.path / f for f in self.info["history"]]


def published_version(layout: Layout) -> Version | None:
    """The version ``current`` points at, resolved once (pin it for consistent reads)."""
    try:
        target = os.readlink(layout.current)
    except FileNotFoundError:
        return None
    path = (layout.store / target).resolve()
    info = json.loads((path / "version.json").read_text(encoding="utf-8"))
    return Version(path, info)
