"""Incremental nightly crawls of local mirror variants, counted on the server.

Each test copies a committed baseline dataset, changes what the mirror serves (the
same server and port throughout: the dataset stores URLs with the port), runs the real
``scrapy crawl eurocities`` and checks which paths the server was asked for.
"""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from citycrawl.dataset import load
from citycrawl.mirror import MIRROR_LAST_MODIFIED, MirrorServer
from citycrawl.monitoring.report import load_history, reports_dir
from citycrawl.sites import get
from tests import mirror_variants as variants
from tests.crawl_helpers import CrawlRun, run_crawl

pytestmark = pytest.mark.slow

#: Events of the mirror still to come on the date the tests pretend it is.
TODAY = "2026-11-27"
UPCOMING = {
    "/latest/breakfast-debate-european-affordable-housing-plan/",
    "/latest/eurocities-mobility-forum-porto/",
}
#: Cards whose text differs from their page's (title or teaser written for the card):
#: the stored card hash, not the page text, tells that they did not change.
CARD_DIFFERS = {
    "/latest/cities-call-for-action-on-homelessness-and-migrant-integration-in-the-next-mff/",
    "/eurocities/allcontent/Social-Affairs-Forum-22-24-October-Warsaw-WSPO-B88PX2",
}
#: Cards whose document answers 404: remembered in the run manifest, not asked again.
MISSING = {
    "/latest/eurocities-in-talks-to-found-new-city/",
    "/eurocities/news/Gothenburg-is-3rd-city-to-sign-pledge-to-the-EU-Pillar-of-Social-Rights-WSPO-B7SK5A",
}
#: The listing pages a crawl of the mirror walks: its start pages and their next pages.
LISTINGS = {
    *(f"/latest_categories/{s}/" for s in ("news", "events", "publications", "press-release")),
    *(f"/latest_categories/{s}/" for s in ("opinion", "policy-papers", "spotlight")),
    "/latest_categories/news/page/2/",
    "/latest_categories/news/page/3/",
    "/eurocities/issues/innovation-issue",
    "/eurocities/issues/innovation-issue&newsstart=11&newscount=10&contentURL=innovation-issue",
    "/eurocities/publications&pubdocstart=21&pubdoccount=10&doctype=dctpolicy",
    "/eurocities/publications&pubdocstart=31&pubdoccount=10&doctype=dctpolicy",
}
SETTINGS = {"CITYCRAWL_TODAY": TODAY}


def crawl(
    mirror: MirrorServer, out: Path, args: dict[str, str] | None = None, **settings: str
) -> CrawlRun:
    run = run_crawl(mirror.origin, out, args, {**SETTINGS, **settings})
    assert run.returncode == 0, run.log[-3000:]
    assert "Traceback" not in run.log
    return run


def latest_report(out: Path) -> dict[str, Any]:
    return load_history(reports_dir(out, "eurocities"))[-1]


def documents(hits: dict[str, int]) -> set[str]:
    return {p for p in hits if _is_document("http://x" + p)}


def _is_document(url: str) -> bool:
    route = get("eurocities").route(url)
    return route is not None and route.kind == "document"


def copy(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst, symlinks=True)
    return dst


@pytest.fixture(scope="module")
def mirror() -> Iterator[MirrorServer]:
    with MirrorServer() as server:
        yield server


@pytest.fixture
def site(mirror: MirrorServer) -> Iterator[MirrorServer]:
    variants.reset(mirror)
    yield mirror
    variants.reset(mirror)


@pytest.fixture(scope="module")
def baseline(mirror: MirrorServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both layouts, every start page: the first (not yet incremental) run."""
    variants.reset(mirror)
    out = tmp_path_factory.mktemp("baseline")
    crawl(mirror, out)
    return out


@pytest.fixture(scope="module")
def wp_baseline(mirror: MirrorServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The new site from its base URL (where sitemaps and feeds are probed)."""
    variants.reset(mirror)
    out = tmp_path_factory.mktemp("wp-baseline")
    crawl(mirror, out, {"base_url": mirror.origin})
    return out


def test_second_run_over_an_unchanged_site(
    site: MirrorServer, baseline: Path, tmp_path: Path
) -> None:
    out = copy(baseline, tmp_path / "out")
    crawl(site, out)
    # Exactly the listing pages, robots.txt and the upcoming events, each once.
    assert set(site.hits) == LISTINGS | {"/robots.txt"} | UPCOMING
    assert all(n == 1 for n in site.hits.values())
    assert not set(site.hits) & (CARD_DIFFERS | MISSING)
    report = latest_report(out)
    assert report["dataset"]["new"] == 0
    assert report["dataset"]["changed"] == 0
    # Decisions are per card (a document can be listed on several pages).
    assert set(report["incremental"]) == {"fetch/upcoming_event", "skip/unchanged", "skip/gone"}
    assert report["incremental"]["fetch/upcoming_event"] == len(UPCOMING)
    assert report["incremental"]["skip/gone"] == len(MISSING)
    assert report["full_crawl"] is False
    assert report["checks"]["passed"], report["checks"]
    # The gone documents are carried forward for the next night.
    assert {_path(u) for u in report["manifest"]["gone"]} == MISSING
    # 50 requests for the full run, 16 for this one on the bundled mirror (see
    # docs/operations.md).
    assert _baseline_hits(baseline)[0] == 50
    assert sum(site.hits.values()) == len(LISTINGS) + 1 + len(UPCOMING) == 16


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _baseline_hits(out: Path) -> list[int]:
    report = load_history(reports_dir(out, "eurocities"))[0]
    return [report["http"]["requests"]]


def test_a_changed_page_is_refetched_and_versioned(
    site: MirrorServer, baseline: Path, tmp_path: Path
) -> None:
    out = copy(baseline, tmp_path / "out")
    path = "/latest/tallinn-sets-its-sights-on-2035/"
    variants.apply(
        site,
        transform=variants.replace_text(b"Tallinn sets its sights", b"Tallinn raises its sights"),
    )
    crawl(site, out)
    assert path in site.hits
    report = latest_report(out)
    assert report["dataset"]["changed"] == 1
    assert report["incremental"]["fetch/card_changed"] >= 1
    history = load("eurocities", history=True, output_dir=out)
    versions = history[history["url"].str.endswith(path)].sort_values("crawled_at")
    assert list(versions["title"]) == [
        "Tallinn sets its sights on 2035",
        "Tallinn raises its sights on 2035",
    ]


def test_conditional_requests_answered_304_keep_the_stored_copy(
    site: MirrorServer, baseline: Path, tmp_path: Path
) -> None:
    out = copy(baseline, tmp_path / "out")
    variants.apply(site, conditional=True)
    crawl(site, out)
    answered = {path: status for _, path, status in site.hit_log}
    assert {p: answered[p] for p in UPCOMING} == dict.fromkeys(UPCOMING, 304)
    report = latest_report(out)
    assert report["incremental"]["not_modified"] == len(UPCOMING)
    assert report["items_by_type"] == {}  # nothing else was fetched


def test_listing_walk_stops_after_a_run_of_known_cards(
    site: MirrorServer, baseline: Path, tmp_path: Path
) -> None:
    out = copy(baseline, tmp_path / "out")
    crawl(site, out, CITYCRAWL_INCREMENTAL_STOP_AFTER="2")
    assert "/latest_categories/news/" in site.hits
    assert "/latest_categories/news/page/2/" not in site.hits
    assert latest_report(out)["incremental"]["listing_stopped"] >= 1


def test_full_recrawl_fetches_everything_and_is_complete(
    site: MirrorServer, baseline: Path, tmp_path: Path
) -> None:
    out = copy(baseline, tmp_path / "out")
    first = _baseline_hits(baseline)[0]
    run_args = {"start_urls": ",".join(site.origin + p for p in _start_paths()), "full": "1"}
    crawl(site, out, run_args)
    assert sum(site.hits.values()) == first
    report = latest_report(out)
    assert report["full_crawl"] is True
    assert report["manifest"]["complete"] is True
    assert report["dataset"]["unchanged"] == 33


def test_validators_are_stored_and_if_none_match_sees_what_last_modified_misses(
    site: MirrorServer, tmp_path: Path
) -> None:
    variants.apply(site, conditional=True)
    crawl(site, tmp_path)
    view = load("eurocities", output_dir=tmp_path)
    assert view["etag"].str.match(r'^"[0-9a-f]{16}"$').all()
    assert (view["last_modified"] == MIRROR_LAST_MODIFIED).all()
    assert view["card_hash"].str.len().eq(64).all()
    # One upcoming event changes, its Last-Modified does not (a cache that keeps it):
    # If-Modified-Since alone would get a 304 and miss the change; the ETag does not.
    changed = "/latest/eurocities-mobility-forum-porto/"
    variants.apply(
        site,
        conditional=True,
        transform=variants.replace_text(b"Mobility Forum in Porto", b"Mobility Forum", [changed]),
    )
    crawl(site, tmp_path)
    answered = {path: status for _, path, status in site.hit_log}
    assert {p: answered[p] for p in UPCOMING} == {
        **dict.fromkeys(UPCOMING, 304),
        changed: 200,
    }
    report = latest_report(tmp_path)
    assert report["incremental"]["not_modified"] == 1
    assert report["dataset"]["changed"] == 1


def test_a_gone_document_is_asked_again_only_when_its_card_changes(
    site: MirrorServer, baseline: Path, tmp_path: Path
) -> None:
    out = copy(baseline, tmp_path / "out")
    gone = "/latest/eurocities-in-talks-to-found-new-city/"
    variants.apply(
        site,
        transform=variants.replace_text(
            b"found new city</a>", b"found a new city</a>", ["/latest_categories/news/page/3/"]
        ),
    )
    crawl(site, out)
    assert site.hits[gone] == 1  # answered 404 again
    report = latest_report(out)
    assert report["incremental"]["skip/gone"] == len(MISSING) - 1
    hashes = {_path(u): h for u, h in report["manifest"]["gone"].items()}
    assert set(hashes) == MISSING
    previous = {_path(u): h for u, h in latest_report(baseline)["manifest"]["gone"].items()}
    assert hashes[gone] != previous[gone]  # recorded with the new card
    # The next night the new card is known to lead nowhere.
    site.hits.clear()
    crawl(site, out)
    assert not set(site.hits) & MISSING
    # A full run asks for every gone document again.
    site.hits.clear()
    crawl(site, out, {"start_urls": ",".join(site.origin + p for p in _start_paths()), "full": "1"})
    assert set(site.hits) >= MISSING
    assert {_path(u) for u in latest_report(out)["manifest"]["gone"]} == MISSING


def _start_paths() -> list[str]:
    from citycrawl.mirror import start_paths

    return start_paths()


def test_sitemap_lastmod_finds_a_changed_page_that_listings_miss(
    site: MirrorServer, wp_baseline: Path, tmp_path: Path
) -> None:
    path = "/latest/tallinn-sets-its-sights-on-2035/"
    # The page's text changes but its card does not: only lastmod can tell.
    change = variants.replace_text(b"greener, more citizen-friendly", b"greener, fairer", [path])
    old = dt.date(2025, 1, 1)
    wp_docs = sorted(
        p
        for p in documents({p: 1 for p in variants.load_routes_paths()})
        if p.startswith("/latest/")
    )
    lastmods = {p: old for p in wp_docs}
    lastmods[path] = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)

    without = copy(wp_baseline, tmp_path / "without")
    variants.apply(site, transform=change)
    crawl(site, without, {"base_url": site.origin})
    assert path not in site.hits
    assert {"/wp-sitemap.xml", "/sitemap_index.xml", "/latest/feed/", "/feed/"} <= set(site.hits)
    assert latest_report(without)["discovery"] == {"none": 1}
    # Absent sitemaps and feeds are no failures (the card of the missing page is known
    # to be gone and not asked again).
    assert latest_report(without)["http"]["fetch_failed"] == {}

    with_sitemap = copy(wp_baseline, tmp_path / "with")
    variants.apply(site, variants.wp_sitemap(lastmods), transform=change)
    crawl(site, with_sitemap, {"base_url": site.origin})
    assert site.hits[path] == 1
    assert site.hits["/robots.txt"] == 1  # Sitemap: lines come from the robots.txt parsed once
    assert site.hits["/wp-sitemap-posts-latest-1.xml"] == 1
    assert "/wp-sitemap-taxonomies-latest_categories-1.xml" not in site.hits
    assert "/sitemap_index.xml" not in site.hits
    report = latest_report(with_sitemap)
    assert report["incremental"]["fetch/modified"] == 1
    assert report["dataset"]["changed"] == 1


def test_robots_sitemap_line_and_feed(
    site: MirrorServer, wp_baseline: Path, tmp_path: Path
) -> None:
    out = copy(wp_baseline, tmp_path / "robots")
    variants.apply(
        site,
        {
            **variants.robots("Sitemap: https://eurocities.eu/custom-sitemap.xml"),
            **variants.wp_sitemap({}, index_path="/custom-sitemap.xml"),
        },
    )
    crawl(site, out, {"base_url": site.origin})
    assert site.hits["/custom-sitemap.xml"] == 1
    assert "/wp-sitemap.xml" not in site.hits
    assert latest_report(out)["discovery"]["robots_sitemaps"] == 1

    # No sitemap, but a feed listing a document no listing shows.
    out = copy(wp_baseline, tmp_path / "feed")
    new_page = variants.MIRROR_DIR / "pages/wordpress/tallinn-sets-its-sights-on-2035.html"
    body = (
        new_page.read_bytes()
        .replace(b"Tallinn sets its sights on 2035", b"Only in the feed")
        .replace(b"tallinn-sets-its-sights-on-2035", b"only-in-the-feed")  # canonical link
    )
    variants.apply(
        site,
        {
            **variants.rss_feed(
                "/feed/",
                [("/latest/only-in-the-feed/", "Only in the feed", dt.datetime.now(dt.UTC))],
            ),
            **variants.route("/latest/only-in-the-feed/", body, "text/html; charset=UTF-8"),
        },
    )
    crawl(site, out, {"base_url": site.origin})
    assert site.hits["/latest/only-in-the-feed/"] == 1
    report = latest_report(out)
    assert report["discovery"]["feeds"] == 1
    assert report["dataset"]["new"] == 1


def test_crawl_delay_from_robots_txt_spaces_the_requests(
    site: MirrorServer, tmp_path: Path
) -> None:
    variants.apply(site, variants.robots("Crawl-delay: 1"))
    run = crawl(site, tmp_path, {"base_url": site.origin, "sections": "policy-papers"})
    times = [t for t, path, _ in site.hit_log if path != "/robots.txt"]
    # The interface walk (WordPress's post types, the first page of each of its two
    # post types, The Events Calendar: absent), the listing and its two documents.
    assert len(times) == 7
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.95, gaps
    assert "Crawl-delay: 1.0 s" in run.log
