"""What citycrawl assumes of Scrapy, checked against the installed release.

One test per assumption of ``citycrawl/scrapy_compat.py`` and of the public hooks the
middlewares override; when a Scrapy upgrade breaks one, the failing test names it.
Real Scrapy objects throughout (crawler, engine, downloader, Protego robots.txt
parser); nothing is downloaded: the whole-crawl behaviour is covered by
``tests/test_incremental_crawl.py`` (Crawl-delay) and ``tests/reliability`` (R-15).
"""

from __future__ import annotations

import asyncio
import inspect
import json
import math
from collections.abc import Iterator

import pytest
import scrapy
from scrapy import Request, signals
from scrapy.core.downloader import Slot
from scrapy.core.engine import ExecutionEngine
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.misc import build_from_crawler, load_object
from scrapy.utils.test import get_crawler

from citycrawl.discovery import ROBOTS_INFO_META, CrawlDelayMiddleware
from citycrawl.middlewares import RobotsTxtMiddleware, _Unreachable
from citycrawl.scrapy_compat import download, hold_slot_delay

ROBOTS_TXT = (
    b"User-agent: *\nDisallow: /private/\nCrawl-delay: 2\n"
    b"Sitemap: http://example.org/wp-sitemap.xml\n"
)


@pytest.fixture
def crawler() -> Iterator[Crawler]:
    crawler = get_crawler(settings_dict={"ROBOTSTXT_OBEY": True, "USER_AGENT": "citycrawl"})
    crawler.stats.open_spider()
    # The engine as a crawl builds it, not started: its downloader is the real one.
    crawler.engine = ExecutionEngine(crawler, lambda _: None)
    yield crawler
    crawler.engine.downloader.close()


def _robots_parser(crawler: Crawler, body: bytes = ROBOTS_TXT) -> object:
    parser_class = load_object(crawler.settings["ROBOTSTXT_PARSER"])
    return build_from_crawler(parser_class, crawler, body)


def test_engine_downloads_a_request_as_a_coroutine() -> None:
    """download(): ``ExecutionEngine.download_async(request)`` is awaitable."""
    assert inspect.iscoroutinefunction(ExecutionEngine.download_async)
    assert list(inspect.signature(ExecutionEngine.download_async).parameters) == [
        "self",
        "request",
    ]
    assert inspect.iscoroutinefunction(download)


def test_slot_delay_is_held_without_jitter(crawler: Crawler) -> None:
    """hold_slot_delay(): slots are keyed by ``get_slot_key``, have ``delay`` and
    ``jitter``, and a held delay is exactly the one the downloader waits."""
    request = Request("http://example.org/latest/")
    downloader = crawler.engine.downloader  # type: ignore[union-attr]
    assert not hold_slot_delay(crawler, request, 2.0)  # no slot before the first request

    key = downloader.get_slot_key(request)
    assert key == "example.org"
    downloader.slots[key] = Slot(concurrency=1, delay=0.5, jitter=0.5)
    assert hold_slot_delay(crawler, request, 2.0)
    slot = downloader.slots[key]
    assert {slot.download_delay() for _ in range(50)} == {2.0}
    assert hold_slot_delay(crawler, request, 1.0)
    assert slot.delay == 2.0  # held: never lowered


def test_robots_parser_override_decides_process_request(crawler: Crawler) -> None:
    """Scrapy's ``process_request`` awaits our ``robot_parser()`` and obeys its answer."""
    middleware = RobotsTxtMiddleware(crawler)
    middleware._verdicts["example.org"] = _robots_parser(crawler)  # type: ignore[assignment]
    middleware._verdicts["down.example.org"] = _Unreachable(retry_at=math.inf)

    asyncio.run(middleware.process_request(Request("http://example.org/latest/")))
    with pytest.raises(IgnoreRequest):
        asyncio.run(middleware.process_request(Request("http://example.org/private/x")))
    with pytest.raises(IgnoreRequest):
        asyncio.run(middleware.process_request(Request("http://down.example.org/")))
    assert crawler.stats.get_value("robotstxt/forbidden") == 2


def test_robots_parsed_signal_gives_crawl_delay_and_sitemaps(crawler: Crawler) -> None:
    """CrawlDelayMiddleware: the ``robots_parsed`` signal's ``robotparser`` and
    ``request`` arguments, Protego's ``crawl_delay()`` and ``rp.sitemaps``."""
    middleware = CrawlDelayMiddleware(crawler)
    crawler.signals.send_catch_log(
        signals.robots_parsed,
        robotparser=_robots_parser(crawler),
        request=Request("http://example.org/latest/"),
    )
    info = Request("http://example.org/robots.txt", meta={ROBOTS_INFO_META: True})
    response = middleware.process_request(info)
    assert isinstance(response, scrapy.http.TextResponse)
    assert json.loads(response.text) == {
        "sitemaps": ["http://example.org/wp-sitemap.xml"],
        "crawl_delay": 2.0,
    }
    assert crawler.stats.get_value("citycrawl/robotstxt/crawl_delay") == 2.0
