"""``citycrawl nightly --all``: every network, one line each, the worst status, one page.

Each network's bundled mirror is served on 127.0.0.1; ``-a NETWORK:base_url=`` points
each network at its own. Two nights over all seven run once for the module: the checks on
their output and the overview page opened in Debian's headless ``chromium`` (no console
errors, every network's section, every coverage line with its points, every link leading
to something that exists) share them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from citycrawl.cli import LOOPBACK_SETTINGS, PROJECT_DIR
from citycrawl.mirror import MirrorServer
from citycrawl.monitoring.collector import KEY_FIELDS
from citycrawl.monitoring.render import CHART_RUNS
from citycrawl.monitoring.report import load_history, reports_dir
from citycrawl.sites import all_sites
from tests.network_crawls import mirror_server
from tests.overview_browser import CHROMEDRIVER, CHROMIUM, chromium

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


@dataclass
class TwoNights:
    """Two ``nightly --all`` runs into one output directory, and what each printed."""

    workdir: Path
    first: subprocess.CompletedProcess[str]
    second: subprocess.CompletedProcess[str]

    @property
    def page(self) -> Path:
        return self.workdir / "output" / "nights" / "latest.html"


@pytest.fixture(scope="module")
def two_nights(
    mirrors: dict[str, MirrorServer], tmp_path_factory: pytest.TempPathFactory
) -> TwoNights:
    workdir = tmp_path_factory.mktemp("two-nights")
    bases = {name: server.origin for name, server in mirrors.items()}
    first = _nightly(workdir, bases)
    return TwoNights(workdir, first, _nightly(workdir, bases))


@pytest.mark.timeout(900)
def test_every_network_runs_and_the_night_has_one_page(two_nights: TwoNights) -> None:
    names = [site.name for site in all_sites()]
    for done in (two_nights.first, two_nights.second):
        assert done.returncode == 0, done.stderr[-3000:]
    for name in names:
        assert re.search(
            rf"^citycrawl nightly: {re.escape(name)}: OK: ", two_nights.first.stdout, re.M
        )
        assert (two_nights.workdir / "output" / name).exists()
    page = two_nights.page
    text = page.read_text(encoding="utf-8")
    assert "all networks OK" in text
    for name in names:
        assert f'id="{name}"' in text
    # Two runs: each network's coverage chart has a line of points.
    assert text.count("<polyline") >= len(names)
    for link in re.findall(r'class="report" href="([^"]+)"', text):
        assert (page.parent / link).resolve().is_file(), link


#: Per chart, per line: the points the browser parsed and those the markup states.
_CHARTS_JS = """
return Array.from(document.querySelectorAll('section')).map(s => ({
  id: s.id,
  lines: Object.fromEntries(Array.from(s.querySelectorAll('.chart polyline')).map(p => [
    p.querySelector('title').textContent,
    {parsed: p.points.numberOfItems, stated: p.getAttribute('points').trim().split(/\\s+/).length},
  ])),
  dots: Array.from(s.querySelectorAll('.chart circle')).map(c => c.getBoundingClientRect().width),
}));
"""


@pytest.mark.timeout(900)
@pytest.mark.skipif(
    not CHROMIUM.exists() or not CHROMEDRIVER.exists(),
    reason="needs Debian's chromium and chromium-driver (apt-get install chromium "
    "chromium-driver; .ci/run installs them)",
)
def test_the_nights_page_in_a_real_browser(two_nights: TwoNights, tmp_path: Path) -> None:
    pytest.importorskip("selenium.webdriver", reason="selenium: pip install -e '.[test]'")
    page = two_nights.page
    with chromium(tmp_path / "profile") as driver:
        driver.get(page.as_uri())
        severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        assert severe == []
        sections = {c["id"]: c for c in driver.execute_script(_CHARTS_JS)}
        links = driver.execute_script("return Array.from(document.links).map(a => a.href)")
        ids = set(
            driver.execute_script(
                "return Array.from(document.querySelectorAll('[id]')).map(e => e.id)"
            )
        )
    assert sorted(sections) == [site.name for site in all_sites()]
    charts = {network: section["lines"] for network, section in sections.items()}
    for network, lines in charts.items():
        # Each key field's line: a point per run (of the two nights) that measured it.
        history = load_history(reports_dir(page.parents[1], network))[-CHART_RUNS:]
        measured = {
            key.name: sum(
                1 for r in history if r["coverage"].get(key.name, {}).get("share") is not None
            )
            for key in KEY_FIELDS
        }
        expected = {name: {"parsed": n, "stated": n} for name, n in measured.items() if n}
        assert lines == expected, network
        # A dot per point, drawn with a size: a line of one point shows too.
        dots = sections[network]["dots"]
        assert len(dots) == sum(measured.values()), network
        assert all(width > 0 for width in dots), network
        assert len(history) == 2, network
    assert any(max(n["parsed"] for n in lines.values()) == 2 for lines in charts.values())
    assert links
    for link in links:
        parts = urlsplit(link)
        assert parts.scheme == "file", link  # a clean night lists no failed page
        if parts.fragment and Path(unquote(parts.path)) == page:
            assert parts.fragment in ids, link
        else:
            assert Path(unquote(parts.path)).is_file(), link


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
