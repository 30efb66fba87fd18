"""The few places where citycrawl relies on Scrapy beyond its documented API.

Everything else uses documented interfaces (signals, settings, ``from_crawler``,
``RobotsTxtMiddleware.robot_parser()``, ``CrawlerProcess.create_crawler()``). What is
left is here, so that moving the Scrapy pin means reading one module and running one
test file (``tests/test_scrapy_compat.py``), which checks each assumption against the
installed Scrapy:

* :func:`download`: fetching a request outside the scheduler, as Scrapy's own
  robots.txt middleware does (``ExecutionEngine.download_async``, a coroutine since
  Scrapy 2.14; before, only the Deferred-returning ``download``).
* :func:`hold_slot_delay`: raising a host's download-slot delay at run time, as
  AutoThrottle does (``Downloader.slots`` and ``Downloader.get_slot_key``), and turning
  off its random variation (``Slot.jitter`` since Scrapy 2.19; the boolean
  ``Slot.randomize_delay`` before, now deprecated).

The lowest supported Scrapy is the pin's lower bound (2.19); nothing here serves older
releases. When a newer Scrapy changes one of these, the test named after it fails.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response


async def download(crawler: Crawler, request: Request) -> Response:
    """Download ``request`` through the downloader (middlewares included), bypassing the
    scheduler and the spider: the response comes back here, not to a callback."""
    assert crawler.engine is not None, "the engine runs only while the crawl does"
    return await crawler.engine.download_async(request)


def hold_slot_delay(crawler: Crawler, request: Request, delay: float) -> bool:
    """Make the download slot of ``request`` wait at least ``delay`` seconds between
    requests, without random variation (which could shorten it).

    Returns ``False`` when the slot does not exist yet: the downloader creates it when
    the first request of its host is enqueued, after the downloader middlewares ran.
    For a site whose robots.txt is obeyed that request is robots.txt itself, so every
    page request finds its slot; a slot the downloader dropped after a minute idle is
    re-created with the default delay and held again from its next request on.
    """
    assert crawler.engine is not None, "the engine runs only while the crawl does"
    downloader = crawler.engine.downloader
    slot = downloader.slots.get(downloader.get_slot_key(request))
    if slot is None:
        return False
    slot.jitter = 0
    slot.delay = max(slot.delay, delay)
    return True
