"""Durable file operations: the project's one atomic write, atomic symlink swap, fsync.

A file written with :func:`write_atomic` is either the old bytes or the new bytes after
a crash, never a mix: the bytes go to a temporary sibling, are fsynced, and take the
name with ``os.replace``; the directory is fsynced so that the new name survives too.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any


def fsync_dir(path: Path) -> None:
    """Make the entries of directory ``path`` (creations, renames) durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _tmp_sibling(path: Path) -> Path:
    # ".tmp-" names are what the dataset's sweep removes after a crash.
    return path.with_name(f".tmp-{path.name}-{secrets.token_hex(4)}")


def write_atomic(path: Path, data: str | bytes) -> None:
    """Replace ``path`` with ``data`` (text is UTF-8) in one durable, atomic step."""
    tmp = _tmp_sibling(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        with tmp.open("wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def write_json_atomic(path: Path, data: Mapping[str, Any]) -> None:
    """:func:`write_atomic` of ``data`` as indented, key-sorted JSON."""
    write_atomic(path, json.dumps(data, indent=2, sort_keys=True, default=str))


def symlink_atomic(target: str, link: Path) -> None:
    """Point symlink ``link`` at ``target`` in one atomic step (readers never miss it)."""
    tmp = _tmp_sibling(link)
    os.symlink(target, tmp)
    try:
        os.replace(tmp, link)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(link.parent)
