"""The dataset's lock: one writing run at a time, never blocked by a dead one."""

from __future__ import annotations

import fcntl
import json
import os

from citycrawl.dataset.errors import DatasetLockedError
from citycrawl.dataset.paths import DatasetPaths


class DatasetLock:
    """An exclusive ``flock`` on ``<store>/lock`` holding ``{"run_id", "pid"}``.

    The kernel releases the lock of a killed holder with its descriptor, so a crashed
    run never blocks the next one. A live holder makes :meth:`acquire` raise
    :class:`DatasetLockedError` naming it.
    """

    def __init__(self, paths: DatasetPaths) -> None:
        self.paths = paths
        self._fd = -1

    def acquire(self, run_id: str) -> None:
        """Take the lock for ``run_id`` or raise :class:`DatasetLockedError` at once."""
        fd = os.open(self.paths.lock, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            try:
                holder = json.loads(os.pread(fd, 4096, 0) or b"{}")
            except ValueError:
                holder = {}
            os.close(fd)
            raise DatasetLockedError(
                f"dataset {self.paths.name!r} in {self.paths.root} is locked by run "
                f"{holder.get('run_id', '?')} (pid {holder.get('pid', '?')})"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps({"run_id": run_id, "pid": os.getpid()}).encode(), 0)
        self._fd = fd

    def release(self) -> None:
        """Release the lock (closing the descriptor releases the flock)."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
