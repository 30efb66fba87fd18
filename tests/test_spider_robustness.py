"""The spider keeps going past bad links and parser bugs: one page, one count (issue 11).

The real spider and real Scrapy responses, with the callbacks called directly: what a
listing yields (its documents and its next page) and what the crawl stats count.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any, ClassVar

import pytest
import scrapy
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from citycrawl.parsing.model import DocumentPage, ListingEntry, ListingPage
from citycrawl.sites.base import PageLayout, Section, Site, SiteProfile, UrlRule
from citycrawl.sites.eurocities.spider import EurocitiesSpider
from citycrawl.spiders.network import NetworkSpider

ORIGIN = "https://eurocities.eu"
LISTING = f"{ORIGIN}/latest_categories/news/"


def spider_for(cls: type[NetworkSpider], tmp_path: Path, **arguments: str) -> NetworkSpider:
    crawler = get_crawler(cls, {"CITYCRAWL_OUTPUT_DIR": str(tmp_path)})
    # from_crawler without its one settings write (get_crawler freezes the settings).
    spider = cls(cls.check_arguments(arguments))
    spider._set_crawler(crawler)
    assert crawler.stats is not None
    crawler.stats.open_spider()
    return spider


def response(url: str, body: bytes) -> HtmlResponse:
    """A response as the engine hands it over: tied to its request."""
    return HtmlResponse(url, body=body, request=scrapy.Request(url))


def stats(spider: NetworkSpider) -> dict[str, Any]:
    assert spider.crawler.stats is not None
    return spider.crawler.stats.get_stats()


def card(href: str, n: int) -> str:
    return (
        f'<li><span class="meta-cat">News</span><span class="date">5 November 2025</span>'
        f'<h2><a href="{href}">Card {n}</a></h2><p>Teaser {n}.</p></li>'
    )


def listing(hrefs: list[str], chrome: str = "", next_href: str = "page/2/") -> bytes:
    cards = "".join(card(h, n) for n, h in enumerate(hrefs))
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body>'
        f"<nav>{chrome}</nav><main><h1>News</h1>"
        f'<ul class="other-story-list">{cards}</ul>'
        f'<a class="next page-numbers" href="{next_href}">Next</a></main></body></html>'
    ).encode()


@pytest.mark.parametrize(
    "bad", ["http://[x/", "//[::1", "http://ex℀.org/a", "//eurocities.eu:99999/latest/x/"]
)
def test_a_bad_card_link_loses_only_that_card(tmp_path: Path, bad: str) -> None:
    spider = spider_for(EurocitiesSpider, tmp_path, full="1")
    good = [f"/latest/story-{n}/" for n in range(4)]
    chrome = '<a href="http://[menu/">Menu</a><a href="http://h:70000/">Footer</a>'
    body = listing([good[0], good[1], bad, good[2], good[3]], chrome)
    requests = list(spider.parse_listing(response(LISTING, body), depth=1))
    urls = [r.url for r in requests]
    assert urls == [f"{ORIGIN}{path}" for path in good] + [f"{LISTING}page/2/"]
    # Counted where the parser followed it (the card); the menu's are never read here.
    assert stats(spider)["citycrawl/bad_link"] == 1
    assert "citycrawl/parse_error" not in stats(spider)


def test_a_bad_link_in_an_article_is_counted_and_the_article_kept(tmp_path: Path) -> None:
    spider = spider_for(EurocitiesSpider, tmp_path, full="1")
    body = (
        b'<html><head><link rel="canonical" href="http://[oops/latest/a/"></head><body>'
        b'<nav><a href="//[::1">home</a></nav><main><article><span class="meta-cat">News</span>'
        b'<h1>A title</h1><span class="date">5 November 2025</span><p>Body text.</p>'
        b"</article></main></body></html>"
    )
    url = f"{ORIGIN}/latest/a/"
    (item,) = spider.parse_document(response(url, body))
    assert item.document.title == "A title"
    assert item.document.canonical_url is None
    assert stats(spider)["citycrawl/bad_link"] == 1


# ------------------------------------------------------------------ a network's own bugs


class _Layout(PageLayout):
    """A network's parser with bugs of the kinds the web finds: it raises on one page
    and builds an unrequestable URL on another, without ``absolute_url``."""

    name = "plain"

    def parse_listing(self, body: bytes, url: str, content_type: str | None = None) -> ListingPage:
        if b"crash" in body:
            return ListingPage(url, self.name, []).entries[0]  # type: ignore[return-value]
        entries = [ListingEntry(f"http://127.0.0.1/doc/{n}") for n in range(3)]
        entries.insert(1, ListingEntry("http://127.0.0.1:99999/doc/bad"))
        nexts = ["http://[127.0.0.1/next", "http://127.0.0.1/list?page=2"]
        return ListingPage(url, self.name, entries, next_page_urls=nexts)

    def parse_document(
        self, body: bytes, url: str, content_type: str | None = None
    ) -> DocumentPage:
        raise KeyError("title")


_PROFILE = SiteProfile(
    name="plain",
    title="Plain",
    base_url="http://127.0.0.1",
    hosts=frozenset({"127.0.0.1"}),
    home_zone="Europe/Brussels",
    sections=(Section("news", ("/list",)),),
)


class PlainSpider(NetworkSpider):
    name = "plain"
    site: ClassVar[Site] = Site(
        _PROFILE,
        [_Layout()],
        [UrlRule(re.compile(r"^/doc/"), "plain", "document")],
        listing_layout="plain",
    )


def test_a_parser_bug_is_a_counted_parse_error_for_that_page_only(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    spider = spider_for(PlainSpider, tmp_path, full="1")
    page = b"<html><body>crash</body></html>"
    with caplog.at_level(logging.WARNING):
        assert list(spider.parse_listing(response("http://127.0.0.1/list", page), 1)) == []
        assert list(spider.parse_document(response("http://127.0.0.1/doc/1", page))) == []
    counted = stats(spider)
    assert counted["citycrawl/parse_error"] == 2
    assert counted["citycrawl/parse_error/unexpected"] == 2
    assert "http://127.0.0.1/list" in caplog.text
    assert "IndexError" in caplog.text
    assert "http://127.0.0.1/doc/1" in caplog.text
    assert "KeyError" in caplog.text
    assert "Traceback" in caplog.text  # a bug is logged to be fixed, not only counted
    # The next listing page parses as usual.
    page = b"<html><body>fine</body></html>"
    requests = list(spider.parse_listing(response("http://127.0.0.1/list", page), 1))
    assert all(isinstance(r, scrapy.Request) for r in requests)


def test_unrequestable_urls_from_a_parser_are_skipped_and_counted(tmp_path: Path) -> None:
    spider = spider_for(PlainSpider, tmp_path, full="1")
    page = b"<html><body>fine</body></html>"
    requests = list(spider.parse_listing(response("http://127.0.0.1/list", page), 1))
    assert [r.url for r in requests] == [
        "http://127.0.0.1/doc/0/",
        "http://127.0.0.1/doc/1/",
        "http://127.0.0.1/doc/2/",
        "http://127.0.0.1/list?page=2",
    ]
    assert stats(spider)["citycrawl/bad_link"] == 2
