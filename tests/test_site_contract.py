"""The contract every registered network passes (docs/adding-a-network.md).

A network is complete when its profile says everything the crawl needs, its layouts
and URL rules agree, ``scrapy crawl <name>`` finds its spider, its known facts are
written down in ``docs/sites/<name>.md`` and every layout has saved pages with
expected output. Each network's bundled mirror is crawled end to end by its own test.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.project import get_project_settings

from citycrawl.schema import ITEM_TYPES
from citycrawl.sites import Site, all_sites
from citycrawl.sites.base import GENERIC
from citycrawl.urls import site_host
from tests.fixture_cases import iter_cases

ROOT = Path(__file__).resolve().parent.parent
SITES = all_sites()


def test_every_network_is_registered_once_under_its_own_name() -> None:
    names = [site.name for site in SITES]
    assert "eurocities" in names
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z][a-z0-9-]*", name) for name in names)


@pytest.mark.parametrize("site", SITES, ids=lambda site: site.name)
def test_profile_is_complete(site: Site) -> None:
    profile = site.profile
    assert profile.title
    base = urlsplit(profile.base_url)
    assert base.scheme == "https"
    assert site_host(base.hostname or "") in profile.hosts
    assert all(host == site_host(host) for host in profile.hosts)
    ZoneInfo(profile.home_zone)  # raises for an unknown zone
    names = profile.section_names
    assert names
    assert len(names) == len(set(names))
    assert all(seed.startswith("/") for section in profile.sections for seed in section.seeds)
    assert {kind for _, kind in profile.category_types} <= set(ITEM_TYPES)
    assert all(label == label.lower() for label, _ in profile.category_types)
    assert all(path.startswith("/") for path in (*profile.sitemaps, *profile.feeds))
    assert not profile.is_forbidden_host(base.hostname or "")


@pytest.mark.parametrize("site", SITES, ids=lambda site: site.name)
def test_layouts_rules_and_periods_agree(site: Site) -> None:
    assert site.listing_layout in site.layouts
    assert {rule.layout for rule in site.rules} <= set(site.layouts)
    assert {period.layout for period in site.profile.periods} <= set(site.layouts)
    assert all(name == layout.name for name, layout in site.layouts.items())
    # Routing is host-blind: the live site and a mirror of it route alike.
    for section in site.profile.sections:
        for seed in section.seeds:
            live = site.route(site.profile.base_url + seed)
            mirrored = site.route("http://127.0.0.1:8123" + seed)
            assert live == mirrored


@pytest.mark.parametrize("site", SITES, ids=lambda site: site.name)
def test_scrapy_finds_the_networks_spider(site: Site) -> None:
    loader = SpiderLoader.from_settings(get_project_settings())
    spider = loader.load(site.name)
    assert spider.site is site


@pytest.mark.parametrize("site", SITES, ids=lambda site: site.name)
def test_known_facts_are_written_down(site: Site) -> None:
    notes = ROOT / "docs" / "sites" / f"{site.name}.md"
    assert notes.is_file(), f"docs/sites/{site.name}.md is missing"
    assert "[C]" in notes.read_text(encoding="utf-8") or "[V-" in notes.read_text(
        encoding="utf-8"
    ), "claims carry evidence grades"


@pytest.mark.parametrize("site", SITES, ids=lambda site: site.name)
def test_every_layout_has_saved_pages_with_expected_output(site: Site) -> None:
    cases = list(iter_cases(site.name))
    for layout in site.layouts:
        if layout == GENERIC.name:
            continue  # shared by every site, tested on its own (tests/test_generic*.py)
        kinds = {case.meta["kind"] for case in cases if case.layout == layout}
        assert "document" in kinds, f"{site.name}/{layout}: no saved document page"
    assert all((case.path / "expected.json").is_file() for case in cases)


@pytest.mark.parametrize("site", SITES, ids=lambda site: site.name)
def test_parsers_say_which_strategy_found_what(site: Site) -> None:
    """Listings name how they found their cards, documents how each field was filled:
    the crawl counts both, so a redesign shows as a shift (docs/operations.md)."""
    for case in iter_cases(site.name):
        result = case.run()
        if case.meta["kind"] == "listing":
            assert result["strategy"], f"{case.name}: a listing without its strategy"
        else:
            assert result["field_sources"].get("title"), f"{case.name}: no source for title"
