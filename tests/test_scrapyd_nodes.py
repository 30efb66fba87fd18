"""``citycrawl nightly --scrapyd A,B``: two real Scrapyd nodes on 127.0.0.1 share one
output folder. One night both networks run, each on its node; the next night the node
crawling one network dies mid-job (its whole process group killed, as a machine dies):
that network fails, the other does not, the dataset stays as it was; the night after,
with that node still down, the nightly deals every network to the living node and the
failed network recovers."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
import requests

from citycrawl.cli import LOOPBACK_SETTINGS, PROJECT_DIR
from citycrawl.dataset import load
from citycrawl.dataset.paths import DatasetPaths, published_version
from citycrawl.mirror import MirrorServer, bundled_mirror
from citycrawl.monitoring.overview import nights_dir
from citycrawl.monitoring.report import load_history, reports_dir
from tests.scrapyd_nodes import ScrapydNode, scrapyd_node

pytestmark = pytest.mark.slow

#: c40 runs on the first node, iclei (the one whose node dies) on the second.
NETWORKS = ("c40", "iclei")


class Mirrors:
    """Both networks' mirrors; ``slow`` makes every iclei page take a second."""

    def __init__(self, stack: ExitStack) -> None:
        self.slow = threading.Event()
        self.servers: dict[str, MirrorServer] = {}
        for name in NETWORKS:
            server, _ = bundled_mirror(name, transform=self._delay if name == "iclei" else None)
            self.servers[name] = stack.enter_context(server)

    def _delay(self, _path: str, body: bytes) -> bytes:
        if self.slow.is_set():
            time.sleep(1.0)
        return body


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[tuple[Mirrors, ScrapydNode, ScrapydNode]]:
    with ExitStack() as stack:
        first = stack.enter_context(scrapyd_node(tmp_path / "node-a"))
        second = stack.enter_context(scrapyd_node(tmp_path / "node-b"))
        yield Mirrors(stack), first, second


def _command(tmp_path: Path, mirrors: Mirrors, nodes: list[str]) -> list[str]:
    command = [sys.executable, "-m", "citycrawl.cli", "nightly", "--scrapyd", ",".join(nodes)]
    command += ["--scrapyd-grace", "3", "--output", str(tmp_path / "output")]
    for name, server in mirrors.servers.items():
        command += ["--network", name, "-a", f"{name}:base_url={server.origin}"]
    for name, value in LOOPBACK_SETTINGS.items():
        command += ["-s", f"{name}={value}"]
    return command


def _night(tmp_path: Path, command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, **_options(tmp_path), timeout=600, check=False)


def _options(tmp_path: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_DIR)}
    pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    return {"cwd": tmp_path, "env": env, "text": True, **pipes}


def _running(node: ScrapydNode) -> list[str]:
    jobs = requests.get(f"{node.url}/listjobs.json", timeout=10).json()
    return [job["spider"] for job in jobs["running"]]


def _rows(output: Path, name: str) -> list[tuple[str, str]]:
    frame = load(name, output_dir=output)
    return sorted(zip(frame["item_id"], frame["content_hash"], strict=True))


@pytest.mark.timeout(900)
def test_two_nodes_one_dies_mid_job_and_the_next_night_recovers(
    cluster: tuple[Mirrors, ScrapydNode, ScrapydNode], tmp_path: Path
) -> None:
    mirrors, first, second = cluster
    output = tmp_path / "output"
    command = _command(tmp_path, mirrors, [first.url, second.url])

    night = _night(tmp_path, command)
    assert night.returncode == 0, night.stderr[-3000:]
    assert re.search(rf"^citycrawl nightly: c40: OK: .*\(on {first.url}\)$", night.stdout, re.M)
    assert re.search(rf"^citycrawl nightly: iclei: OK: .*\(on {second.url}\)$", night.stdout, re.M)
    rows = {name: _rows(output, name) for name in NETWORKS}
    assert all(rows.values())
    iclei = DatasetPaths(output, "iclei")
    version = published_version(iclei)

    # Night two: the second node dies while it crawls iclei.
    mirrors.slow.set()
    running = subprocess.Popen(command, **_options(tmp_path))
    deadline = time.monotonic() + 120
    while sum(mirrors.servers["iclei"].hits.values()) < 3 or "iclei" not in _running(second):
        assert time.monotonic() < deadline, "iclei never ran on the second node"
        assert running.poll() is None, running.communicate()
        time.sleep(0.2)
    second.kill()
    stdout, stderr = running.communicate(timeout=300)
    assert running.returncode == 1, stderr[-3000:]
    assert re.search(r"^citycrawl nightly: c40: OK: ", stdout, re.M)
    assert re.search(
        rf"^citycrawl nightly: iclei: FAILED: the job was lost: node {second.url} unreachable",
        stderr,
        re.M,
    )
    assert "1 of 2 networks failed" in (nights_dir(output) / "latest.html").read_text()
    # The dataset is whole: the same published version, the same rows.
    assert published_version(iclei) == version
    assert _rows(output, "iclei") == rows["iclei"]
    reports = len(load_history(reports_dir(output, "iclei")))

    # Night three: the dead node is left out; both networks run on the first.
    mirrors.slow.clear()
    night = _night(tmp_path, command)
    assert night.returncode == 0, night.stderr[-3000:]
    assert f"node {second.url} left out" in night.stderr
    for name in NETWORKS:
        assert re.search(
            rf"^citycrawl nightly: {name}: OK: .*\(on {first.url}\)$", night.stdout, re.M
        )
    assert len(load_history(reports_dir(output, "iclei"))) == reports + 1
    assert _rows(output, "iclei") == rows["iclei"]
    assert "all networks OK" in (nights_dir(output) / "latest.html").read_text()
