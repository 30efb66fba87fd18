"""A small tmpfs for disk-full tests: mounted for the test, or the test skipped, saying why."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(path: Path, size: str) -> str | None:
    """Mount a tmpfs of ``size`` at ``path``; the reason it cannot be done, else None."""
    path.mkdir(parents=True)
    if os.geteuid() != 0:
        return "mounting a tmpfs needs root"
    if shutil.which("mount") is None:
        return "no mount command"
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    return None if result.returncode == 0 else f"mount failed: {result.stderr.strip()}"


@contextlib.contextmanager
def small_tmpfs(path: Path, size: str, what: str) -> Iterator[Path]:
    """A tmpfs of ``size`` at ``path`` for the test; skips ``what`` when none can be mounted."""
    reason = _mount(path, size)
    if reason:
        pytest.skip(f"{what} needs a small tmpfs ({reason}); not run here")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)
