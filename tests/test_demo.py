"""The README's first command: `citycrawl demo` crawls every network's bundled mirror and
says, per network, what it got."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from citycrawl.cli import crawl_environment
from citycrawl.sites import all_sites
from tests.crawl_helpers import EXPECTED_ITEMS
from tests.network_crawls import expected_items_path

pytestmark = pytest.mark.slow  # seven real crawls in subprocesses


def _expected(network: str) -> list[dict[str, Any]]:
    path = EXPECTED_ITEMS if network == "eurocities" else expected_items_path(network)
    rows: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return rows


def _sections(stdout: str) -> dict[str, list[str]]:
    """The demo's output cut at its ``== network ==`` headers."""
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in stdout.splitlines():
        if line.startswith("== ") and line.endswith(" =="):
            current = sections.setdefault(line[3:-3], [])
        else:
            current.append(line)
    return sections


def test_demo_crawls_every_mirror_and_prints_where_and_what(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "citycrawl.cli", "demo", "--output", str(tmp_path)],
        env=crawl_environment(),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    sections = _sections(result.stdout)
    networks = [site.name for site in all_sites()]
    assert sorted(sections) == networks
    for network in networks:
        expected, lines = _expected(network), sections[network]
        documents = f"({len(expected)} documents, one row each)"
        assert f"Dataset: {tmp_path / network}  {documents}" in lines, (network, lines)
        # "event_start  4/4  5/5": the events with days, per layout (columns by name).
        layouts = sorted({row["layout"] for row in expected})
        events = [
            [r for r in expected if r["item_type"] == "event" and r["layout"] == layout]
            for layout in layouts
        ]
        dated = [
            f"{sum(r['event_start'] is not None for r in rows)}/{len(rows)}" for rows in events
        ]
        assert [line.split() for line in lines if line.split()[:1] == ["event_start"]] == [
            ["event_start", *dated]
        ], network
        assert any(line.startswith("Run report: ") for line in lines), network
    # The crawls' own logs stay at warnings: no stats dump in the user's terminal.
    assert "Dumping Scrapy stats" not in result.stdout + result.stderr
