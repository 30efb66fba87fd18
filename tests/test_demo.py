"""The README's first command: `citycrawl demo` crawls the bundled mirror and says what it got."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from citycrawl.cli import crawl_environment
from tests.crawl_helpers import EXPECTED_ITEMS


def test_demo_crawls_the_mirror_and_prints_where_and_what(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "citycrawl.cli", "demo", "--output", str(tmp_path)],
        env=crawl_environment(),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    expected = json.loads(EXPECTED_ITEMS.read_text(encoding="utf-8"))
    lines = result.stdout.splitlines()
    assert f"Dataset: {tmp_path / 'eurocities'}  ({len(expected)} documents, one row each)" in lines
    # Every event of the mirror has its days: "event_start  4/4  5/5" (domino, wordpress).
    per_layout = [
        sum(1 for row in expected if row["item_type"] == "event" and row["layout"] == layout)
        for layout in ("domino", "wordpress")
    ]
    assert [line.split() for line in lines if line.split()[:1] == ["event_start"]] == [
        ["event_start", *(f"{n}/{n}" for n in per_layout)]
    ]
    assert any(line.startswith("Run report: ") for line in lines)
    # The crawl's own log stays at warnings: no stats dump in the user's terminal.
    assert "Dumping Scrapy stats" not in result.stdout + result.stderr
