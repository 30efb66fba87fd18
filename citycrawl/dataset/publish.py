"""Putting a finished version in place and publishing it by one symlink swap."""

from __future__ import annotations

import os
from pathlib import Path

from citycrawl.dataset.errors import DatasetError
from citycrawl.dataset.paths import DatasetPaths, Version
from citycrawl.fsutil import fsync_dir, symlink_atomic


def install(paths: DatasetPaths, tmp: Path, number: int) -> Path:
    """Rename finished temporary directory ``tmp`` to version ``number``'s name."""
    final = paths.version_dir(number)
    os.rename(tmp, final)
    fsync_dir(paths.store)
    return final


def publish(paths: DatasetPaths, final: Path) -> None:
    """Swap ``current`` to ``final``: readers see its items, history and manifests at once."""
    symlink_atomic(final.name, paths.current)
    ensure_links(paths)


def ensure_links(paths: DatasetPaths) -> None:
    """Create the static links ``<name>`` and ``<name>-history`` if they are missing."""
    links = {
        paths.items_link: f"_{paths.name}/current/items",
        paths.history_link: f"_{paths.name}/current/history",
    }
    for link, target in links.items():
        if link.is_symlink() and os.readlink(link) == target:
            continue
        if link.exists() and not link.is_symlink():
            raise DatasetError(f"{link} exists and is not the dataset's link; move it away")
        symlink_atomic(target, link)


def next_number(paths: DatasetPaths, current: Version | None) -> int:
    """The number of the next version: above every version directory, kept or damaged."""
    numbers = [n for n, _p in paths.version_dirs()]
    return max([*numbers, current.number if current else 0]) + 1
