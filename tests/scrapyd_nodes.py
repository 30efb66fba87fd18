"""Real Scrapyd nodes on 127.0.0.1 for tests: each its own folder, ``scrapyd.conf``,
eggs, logs and job databases, on an ephemeral port; one can be killed as a machine dies."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import requests

SCRAPYD = Path(sys.executable).parent / "scrapyd"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ScrapydNode:
    url: str
    home: Path
    process: subprocess.Popen[bytes]

    def kill(self) -> None:
        """SIGKILL the node and every crawl it runs (its process group): a dead machine."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=15)


@contextmanager
def scrapyd_node(home: Path) -> Iterator[ScrapydNode]:
    """Start a scrapyd in ``home``; stop it (and its crawls) on exit."""
    if shutil.which(SCRAPYD.name, path=str(SCRAPYD.parent)) is None:
        raise RuntimeError("scrapyd is not installed: pip install -e '.[test]' (group ops)")
    port = free_port()
    home.mkdir(parents=True)
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        "bind_address = 127.0.0.1\n"
        f"http_port = {port}\n"
        "poll_interval = 0.5\n"
        f"eggs_dir = {home / 'eggs'}\n"
        f"logs_dir = {home / 'logs'}\n"
        f"dbs_dir = {home / 'dbs'}\n"
        "items_dir =\n",
        encoding="utf-8",
    )
    with (home / "scrapyd.out").open("w") as log:
        # Its own session: killing the group kills the node's crawls with it.
        process = subprocess.Popen(
            [str(SCRAPYD)], cwd=home, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        node = ScrapydNode(f"http://127.0.0.1:{port}", home, process)
        try:
            _wait_until_up(node)
            yield node
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=15)


def _wait_until_up(node: ScrapydNode) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            if requests.get(f"{node.url}/daemonstatus.json", timeout=2).ok:
                return
        except requests.ConnectionError:
            pass
        if time.monotonic() > deadline or node.process.poll() is not None:
            raise RuntimeError("scrapyd did not start: " + (node.home / "scrapyd.out").read_text())
        time.sleep(0.2)
