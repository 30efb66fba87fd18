"""The night's overview page opened in headless Debian ``chromium``: it renders without
console errors, every network has its section, every coverage chart's lines have their
points, and every link leads to something that exists."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from citycrawl.monitoring.collector import KEY_FIELDS
from citycrawl.monitoring.render import CHART_RUNS
from citycrawl.monitoring.report import load_history, reports_dir
from citycrawl.sites import all_sites
from tests.overview_browser import CHROMEDRIVER, CHROMIUM, chromium, run_nights

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists() or not CHROMEDRIVER.exists(),
        reason="needs Debian's chromium and chromium-driver (apt-get install chromium "
        "chromium-driver; .ci/run installs them)",
    ),
]
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium: pip install -e '.[test]'")

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


@pytest.mark.timeout(1200)
def test_the_nights_page_in_a_real_browser(tmp_path: Path) -> None:
    page = run_nights(tmp_path, nights=2)
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
