"""``citycrawl nightly --all``: every network, one line each, the worst status, one page.

Each network's bundled mirror is served on 127.0.0.1; ``-a NETWORK:base_url=`` points
each network at its own.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from citycrawl.cli import LOOPBACK_SETTINGS, PROJECT_DIR
from citycrawl.mirror import MirrorServer
from citycrawl.sites import all_sites
from tests.network_crawls import mirror_server

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mirrors() -> Iterator[dict[str, MirrorServer]]:
    with ExitStack() as stack:
        servers = {
            site.name: stack.enter_context(
                MirrorServer() if site.name == "eurocities" else mirror_server(site.name)
            )
            for site in all_sites()
        }
        yield servers


def _nightly(out: Path, bases: dict[str, str], *which: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "citycrawl.cli", "nightly", *(which or ["--all"])]
    command += ["--output", str(out / "output"), "--log-dir", str(out / "logs")]
    for name, origin in bases.items():
        command += ["-a", f"{name}:base_url={origin}"]
    # A site that is down fails after robots.txt's retries: keep them short here.
    settings = {
        **LOOPBACK_SETTINGS,
        "CITYCRAWL_TODAY": "2026-11-27",
        "CITYCRAWL_ROBOTSTXT_RETRY_DELAY": "0.2",
    }
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    return subprocess.run(
        command,
        cwd=out,
        env={**os.environ, "PYTHONPATH": str(PROJECT_DIR)},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.mark.timeout(900)
def test_every_network_runs_and_the_night_has_one_page(
    mirrors: dict[str, MirrorServer], tmp_path: Path
) -> None:
    bases = {name: server.origin for name, server in mirrors.items()}
    first = _nightly(tmp_path, bases)
    assert first.returncode == 0, first.stderr[-3000:]
    for name in bases:
        assert re.search(rf"^citycrawl nightly: {re.escape(name)}: OK: ", first.stdout, re.M)
        assert (tmp_path / "output" / name).exists()
    second = _nightly(tmp_path, bases)
    assert second.returncode == 0, second.stderr[-3000:]
    page = tmp_path / "output" / "nights" / "latest.html"
    text = page.read_text(encoding="utf-8")
    assert "all networks OK" in text
    for name in bases:
        assert f'id="{name}"' in text
    # Two runs: each network's coverage chart has a line of points.
    assert text.count("<polyline") >= len(bases)
    for link in re.findall(r'class="report" href="([^"]+)"', text):
        assert (page.parent / link).resolve().is_file(), link


@pytest.mark.timeout(600)
def test_a_failed_network_fails_the_night_but_not_the_others(
    mirrors: dict[str, MirrorServer], tmp_path: Path
) -> None:
    bases = {name: mirrors[name].origin for name in ("eurocities", "polis")}
    bases["c40"] = "http://127.0.0.1:9"  # nothing listens on the discard port
    networks = [arg for name in bases for arg in ("--network", name)]
    done = _nightly(tmp_path, bases, *networks)
    assert done.returncode == 1, done.stdout[-2000:]
    assert re.search(r"^citycrawl nightly: c40: FAILED: ", done.stderr, re.M)
    assert re.search(r"^citycrawl nightly: polis: OK: ", done.stdout, re.M)
    text = (tmp_path / "output" / "nights" / "latest.html").read_text(encoding="utf-8")
    assert "1 of 3 networks failed" in text


def test_an_argument_for_a_network_not_run_is_a_usage_error(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "citycrawl.cli", "nightly", "--network", "c40"]
    command += ["--network", "polis", "-a", "nowhere:base_url=http://127.0.0.1:9"]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert "nowhere is not run" in done.stderr
