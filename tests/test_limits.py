"""Limits a broken or hostile site meets (issue 11, items 2-4, 6): each bounded and counted.

Discovery and the spider are driven in-process: their callbacks get real Scrapy
responses built from a table of URL -> body, and every request they make is "fetched"
from that table, so a test counts exactly what a crawl would request.
"""

from __future__ import annotations

import datetime as dt
import gzip
import math
import random
import zlib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest
import scrapy
from hypothesis import given, settings
from hypothesis import strategies as st
from scrapy.http import HtmlResponse, Response, XmlResponse
from scrapy.utils.test import get_crawler

from citycrawl.compression import DecompressionLimitError, gunzip
from citycrawl.discovery import CrawlDelayMiddleware, Discovery, SitemapLimits, parse_sitemap
from citycrawl.incremental import IncrementalPlan, IncrementalState
from citycrawl.monitoring.report import limits_hit
from citycrawl.sites.eurocities.spider import EurocitiesSpider
from citycrawl.spiders.network import NetworkSpider

ORIGIN = "https://eurocities.eu"
MIB = 1024 * 1024


# ------------------------------------------------------------------- bounded gunzip


def gzip_bomb(size: int) -> bytes:
    """``size`` zero bytes, gzipped (about 1/1000 of that on the wire)."""
    return gzip.compress(bytes(size), compresslevel=9)


def flip(data: bytes, index: int) -> bytes:
    """``data`` with the byte at ``index`` inverted."""
    changed = bytearray(data)
    changed[index] ^= 0xFF
    return bytes(changed)


def test_a_gzip_bomb_stops_at_the_cap() -> None:
    bomb = gzip_bomb(64 * MIB)
    assert len(bomb) < 100 * 1024
    with pytest.raises(DecompressionLimitError):
        gunzip(bomb, 8 * MIB)


@given(data=st.binary(max_size=5000), members=st.integers(1, 3), cap=st.integers(0, 20000))
@settings(max_examples=200, deadline=None)
def test_gunzip_equals_gzip_decompress_within_the_cap(data: bytes, members: int, cap: int) -> None:
    body = gzip.compress(data) * members
    whole = data * members
    if len(whole) <= cap:
        assert gunzip(body, cap) == whole
    else:
        with pytest.raises(DecompressionLimitError):
            gunzip(body, cap)


@pytest.mark.parametrize(
    "broken",
    [
        # mtime=0: the header's time would make the test ids differ between the
        # xdist workers that collect them a second apart
        gzip.compress(b"<urlset/>" * 100, mtime=0)[:-9],  # cut in the stream
        gzip.compress(b"<urlset/>", mtime=0)[:12],
        b"\x1f\x8b" + bytes(20),  # a header and nothing valid
        flip(gzip.compress(b"<urlset/>", mtime=0), -8),  # a wrong CRC-32
        flip(gzip.compress(b"<urlset/>", mtime=0), -1),  # a wrong length
    ],
)
def test_a_broken_gzip_stream_is_an_error_not_a_partial_result(broken: bytes) -> None:
    with pytest.raises((zlib.error, EOFError)):
        gunzip(broken, MIB)


def test_only_the_bounded_helper_decompresses_in_the_project() -> None:
    """Every decompression goes through citycrawl.compression (grep, as the issue asks)."""
    root = Path(__file__).resolve().parents[1]
    calls = ("gzip.decompress", "zlib.decompress(", "brotli.decompress", "GzipFile(", "lzma.")
    offenders = [
        f"{path.relative_to(root)}: {call}"
        for folder in ("citycrawl", "pipelines")
        for path in (root / folder).rglob("*.py")
        if path.name != "compression.py"
        for call in calls
        if call in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_a_sitemap_bomb_is_refused() -> None:
    urlset = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    bomb = gzip.compress(urlset + b" " * (16 * MIB) + b"</urlset>", compresslevel=9)
    with pytest.raises(DecompressionLimitError):
        parse_sitemap(bomb, max_size=8 * MIB)


# ------------------------------------------------------------ an in-process crawl


def spider_for(tmp_path: Path, settings: Mapping[str, Any] | None = None, **args: str) -> Any:
    crawler = get_crawler(
        EurocitiesSpider, {"CITYCRAWL_OUTPUT_DIR": str(tmp_path), **(settings or {})}
    )
    spider = EurocitiesSpider(EurocitiesSpider.check_arguments(args))
    spider._set_crawler(crawler)
    assert crawler.stats is not None
    crawler.stats.open_spider()
    spider.incremental.attach(crawler.stats)
    return spider


def stats(spider: NetworkSpider) -> dict[str, Any]:
    assert spider.crawler.stats is not None
    return spider.crawler.stats.get_stats()


def drive(
    first: Iterable[Any], site: Callable[[str], Response | None], budget: int = 10_000
) -> list[scrapy.Request]:
    """Run callbacks breadth-first: each request is answered by ``site(url)`` (``None``
    for a page never served, which is not followed). Returns every request made."""
    queue = [r for r in first if isinstance(r, scrapy.Request)]
    made = list(queue)
    while queue:
        request = queue.pop(0)
        response = site(request.url)
        if response is None or request.callback is None:
            continue
        response = response.replace(request=request)
        for out in request.callback(response, **request.cb_kwargs) or ():
            if isinstance(out, scrapy.Request):
                made.append(out)
                queue.append(out)
        assert len(made) < budget, "runaway crawl"
    return made


def urlset(locs: Iterable[str], lastmod: str = "2026-11-01") -> bytes:
    return urlset_of(
        "".join(f"<url><loc>{loc}</loc><lastmod>{lastmod}</lastmod></url>" for loc in locs)
    )


def urlset_of(entries: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'
    ).encode()


def sitemap_index(locs: Iterable[str]) -> bytes:
    entries = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}'
        "</sitemapindex>"
    ).encode()


def xml_site(pages: Mapping[str, bytes]) -> Callable[[str], Response | None]:
    def fetch(url: str) -> Response | None:
        body = pages.get(url)
        return XmlResponse(url, body=body) if body is not None else None

    return fetch


def sitemap_requests(spider: NetworkSpider, first_url: str, site: Callable[..., Any]) -> list[str]:
    discovery = Discovery(
        spider,
        spider.incremental,
        ORIGIN,
        spider.arguments.sections,
        SitemapLimits.from_settings(spider.crawler.settings),
    )
    request = discovery._sitemap_request(first_url, ("robots", 0))
    assert request is not None
    return [r.url for r in drive([request], site)]


# ------------------------------------------------------------------ discovery: bad <loc>

BAD_LOCS = st.sampled_from(
    [
        "http://127.0.0.1:99999/latest/x/",
        "http://[oops/latest/y/",
        "https://eurocities.eu:-1/latest/z/",
        "https://ex℀.eu/latest/w/",
        "//[::1",
        "",
    ]
)


@given(bad=st.lists(BAD_LOCS, min_size=1, max_size=5), seed=st.integers(0, 1000))
@settings(max_examples=25, deadline=None)
def test_a_bad_loc_never_loses_the_rest_of_a_sitemap(
    tmp_path_factory: pytest.TempPathFactory, bad: list[str], seed: int
) -> None:
    """Stored documents whose <loc> says they changed since the last run are refetched,
    wherever the bad entries sit; one that did not change is not."""
    spider = spider_for(tmp_path_factory.mktemp("loc"))
    good = [f"{ORIGIN}/latest/story-{n}/" for n in range(6)]
    unchanged = f"{ORIGIN}/latest/unchanged/"
    last_run = dt.datetime(2026, 10, 1, tzinfo=dt.UTC)
    rows = [
        {"item_id": spider.site.item_id(u), "url": u, "status": "active", "item_type": "news"}
        | {"last_seen": last_run}
        for u in [*good, unchanged]
    ]
    spider.incremental = IncrementalPlan(
        spider.site, IncrementalState.from_rows(rows), dt.date(2026, 12, 1), full=False
    )
    spider.incremental.attach(spider.crawler.stats)
    entries = [(u, "2026-11-01") for u in good] + [(b, "2026-11-02") for b in bad]
    entries.append((unchanged, "2026-09-01"))
    random.Random(seed).shuffle(entries)
    body = "".join(f"<url><loc>{u}</loc><lastmod>{m}</lastmod></url>" for u, m in entries)
    pages = {f"{ORIGIN}/sitemap.xml": urlset_of(body)}
    fetched = sitemap_requests(spider, f"{ORIGIN}/sitemap.xml", xml_site(pages))
    assert sorted(fetched[1:]) == sorted(good)
    assert stats(spider).get("citycrawl/bad_link", 0) == sum(1 for b in bad if b)


def test_a_bad_child_of_a_sitemap_index_never_loses_the_others(tmp_path: Path) -> None:
    spider = spider_for(tmp_path)
    index = sitemap_index(
        ["http://[oops/s1.xml", f"{ORIGIN}/s2.xml", "http://127.0.0.1:99999/s3.xml"]
    )
    pages = {
        f"{ORIGIN}/index.xml": index,
        f"{ORIGIN}/s2.xml": urlset([f"{ORIGIN}/latest/a/", "http://[x/latest/b/"]),
    }
    fetched = sitemap_requests(spider, f"{ORIGIN}/index.xml", xml_site(pages))
    assert fetched == [f"{ORIGIN}/index.xml", f"{ORIGIN}/s2.xml", f"{ORIGIN}/latest/a/"]
    assert stats(spider)["citycrawl/bad_link"] == 3


# -------------------------------------------------------- discovery: depth and fan-out


def chain_and_fanout(depth: int, children: int) -> dict[str, bytes]:
    """An index chain ``depth`` deep whose first index also lists ``children`` sitemaps."""
    pages = {}
    for level in range(depth):
        kids = [f"{ORIGIN}/chain-{level + 1}.xml"]
        if level == 0:
            kids += [f"{ORIGIN}/fan-{n}.xml" for n in range(children)]
        pages[f"{ORIGIN}/chain-{level}.xml"] = sitemap_index(kids)
    pages[f"{ORIGIN}/chain-{depth}.xml"] = urlset([f"{ORIGIN}/latest/deep/"])
    for n in range(children):
        pages[f"{ORIGIN}/fan-{n}.xml"] = urlset([f"{ORIGIN}/latest/fan-{n}/"])
    return pages


def test_a_deep_chain_and_a_wide_index_are_bounded_by_default(tmp_path: Path) -> None:
    """The issue's case: a 300-deep chain plus 2,000 children was 2,301 fetches."""
    spider = spider_for(tmp_path)
    fetched = sitemap_requests(
        spider, f"{ORIGIN}/chain-0.xml", xml_site(chain_and_fanout(300, 2000))
    )
    limits = SitemapLimits()
    sitemaps = [u for u in fetched if u.endswith(".xml")]
    # The root, its first 500 children (chain-1 among them), and chain-2 below chain-1.
    assert len(sitemaps) == 1 + limits.max_children + (limits.max_depth - 1) < 2301
    assert sum(u.startswith(f"{ORIGIN}/chain-") for u in sitemaps) == 1 + limits.max_depth
    counted = stats(spider)
    assert counted["citycrawl/limit/sitemap_depth"] == 1  # chain-3, below chain-2
    assert counted["citycrawl/limit/sitemap_children"] == 2001 - limits.max_children
    assert set(limits_hit(counted)) == {"sitemap_children", "sitemap_depth"}


@given(
    depth=st.integers(0, 8),
    children=st.integers(0, 40),
    max_depth=st.integers(0, 4),
    max_children=st.integers(1, 30),
    max_files=st.integers(1, 50),
)
@settings(max_examples=25, deadline=None)
def test_sitemap_limits_hold_for_any_shape(
    tmp_path_factory: pytest.TempPathFactory,
    depth: int,
    children: int,
    max_depth: int,
    max_children: int,
    max_files: int,
) -> None:
    spider = spider_for(
        tmp_path_factory.mktemp("shape"),
        {
            "CITYCRAWL_SITEMAP_MAX_DEPTH": max_depth,
            "CITYCRAWL_SITEMAP_MAX_CHILDREN": max_children,
            "CITYCRAWL_SITEMAP_MAX_FILES": max_files,
        },
    )
    fetched = sitemap_requests(
        spider, f"{ORIGIN}/chain-0.xml", xml_site(chain_and_fanout(depth, children))
    )
    sitemaps = [u for u in fetched if u.endswith(".xml")]
    assert len(sitemaps) <= max_files
    assert sum(u.startswith(f"{ORIGIN}/chain-") for u in sitemaps) <= 1 + max_depth
    counted = stats(spider)
    limited = sum(v for k, v in counted.items() if k.startswith("citycrawl/limit/sitemap"))
    # A sitemap there and not fetched is never silent: some limit counted it.
    everything = 1 + depth + (children if depth else 0)
    assert (len(sitemaps) < everything) == (limited > 0)


# -------------------------------------------------------------------- pagination traps


def trap_site(new_cards: bool) -> Callable[[str], Response | None]:
    """``?page=N`` links to ``?page=N+1&sid=<random>``, forever; with ``new_cards`` every
    page lists documents never seen, else the same ones."""
    rng = random.Random(7)

    def fetch(url: str) -> Response | None:
        if "/latest_categories/news/" not in url:
            return None
        page = int(url.split("page=")[1].split("&")[0]) if "page=" in url else 1
        first = page * 3 if new_cards else 0
        cards = "".join(
            f'<li><span class="date">5 November 2025</span>'
            f'<h2><a href="/latest/doc-{n}/">Doc {n}</a></h2></li>'
            for n in range(first, first + 3)
        )
        nxt = f"?page={page + 1}&sid={rng.getrandbits(64):x}"
        body = (
            f'<html><body><main><ul class="other-story-list">{cards}</ul>'
            f'<a class="next" href="{nxt}">Next</a></main></body></html>'
        )
        return HtmlResponse(url, body=body.encode())

    return fetch


def listing_pages(spider: NetworkSpider, site: Callable[[str], Response | None]) -> list[str]:
    seed = f"{ORIGIN}/latest_categories/news/"
    first = scrapy.Request(
        seed, callback=spider.parse_listing, cb_kwargs={"depth": 1, "chain": seed}
    )
    return [r.url for r in drive([first], site) if "/latest_categories/" in r.url]


def test_a_trap_repeating_its_cards_stops_at_the_second_page(tmp_path: Path) -> None:
    spider = spider_for(tmp_path, full="1")
    assert len(listing_pages(spider, trap_site(new_cards=False))) == 2
    assert stats(spider)["citycrawl/limit/listing_repeats"] == 1


@pytest.mark.parametrize("limit", [1, 7, 30])
def test_a_trap_with_new_cards_stops_at_the_listing_page_limit(tmp_path: Path, limit: int) -> None:
    spider = spider_for(tmp_path, {"CITYCRAWL_MAX_LISTING_PAGES": limit}, full="1")
    assert len(listing_pages(spider, trap_site(new_cards=True))) == limit
    assert stats(spider)["citycrawl/limit/listing_pages"] == 1


def test_the_default_listing_page_limit_bounds_a_trap(tmp_path: Path) -> None:
    spider = spider_for(tmp_path, full="1")
    pages = listing_pages(spider, trap_site(new_cards=True))
    from citycrawl.settings import CITYCRAWL_MAX_LISTING_PAGES

    assert len(pages) == CITYCRAWL_MAX_LISTING_PAGES < 400


def test_max_pages_given_is_the_operators_choice_not_a_limit_hit(tmp_path: Path) -> None:
    spider = spider_for(tmp_path, full="1", max_pages="3")
    assert len(listing_pages(spider, trap_site(new_cards=True))) == 3
    assert "citycrawl/limit/listing_pages" not in stats(spider)


# ------------------------------------------------------------------------ Crawl-delay


@pytest.mark.parametrize(
    ("asked", "obeyed", "capped"),
    [
        (86400.0, 30.0, True),
        (1e308, 30.0, True),
        (math.inf, 30.0, True),
        (30.5, 30.0, True),
        (30.0, 30.0, False),
        (2.5, 2.5, False),
        (0.0, None, False),
        (-5.0, None, False),
        (math.nan, None, False),
        (None, None, False),
    ],
)
def test_crawl_delay_is_capped_and_counted(
    asked: float | None, obeyed: float | None, capped: bool
) -> None:
    crawler = get_crawler(EurocitiesSpider, {"CITYCRAWL_MAX_CRAWL_DELAY": 30})
    assert crawler.stats is not None
    crawler.stats.open_spider()
    delay = CrawlDelayMiddleware(crawler)._delay("eurocities.eu", asked)
    assert delay == obeyed
    assert crawler.stats.get_value("citycrawl/limit/crawl_delay", 0) == int(capped)


# ------------------------------------------------------------------------ run report


def test_the_report_shows_every_limit_and_scrapys_url_length_drops() -> None:
    counted = {
        "citycrawl/limit/crawl_delay": 1,
        "citycrawl/limit/listing_pages": 2,
        "urllength/request_ignored_count": 5,
        "citycrawl/bad_link": 9,
    }
    assert limits_hit(counted) == {"crawl_delay": 1, "listing_pages": 2, "url_length": 5}
    assert limits_hit({}) == {}


def test_report_fields(tmp_path: Path) -> None:
    from citycrawl.monitoring.report import build_report

    report = build_report(
        spider="eurocities",
        collected={},
        stats={"urllength/request_ignored_count": 2, "citycrawl/bad_link": 3},
        manifest={},
        full_crawl=False,
        fallback_run_id="r1",
    )
    assert report["limits"] == {"url_length": 2}
    assert report["bad_links"] == 3
    assert report["nothing_fetched"] is False
