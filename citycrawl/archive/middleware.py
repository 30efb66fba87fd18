"""Downloader middleware for requests to a web archive: pace, 429 pauses, replay redirects.

Only requests whose ``meta["archive"]`` is ``"cdx"`` or ``"replay"`` are touched (the
backfill's, :mod:`citycrawl.archive.backfill`). It sits at 650, closer to the download
than Scrapy's redirect (600) and retry (550) middlewares, so it sees an archive's 429
and 3xx answers first:

* every CDX request waits for its turn under the run-wide pace
  (``CITYCRAWL_ARCHIVE_CDX_PER_MINUTE``, default 24), and every archive request waits
  out a pause;
* a 429 pauses all archive requests for its ``Retry-After`` (or
  ``CITYCRAWL_ARCHIVE_RETRY_AFTER`` seconds when it gives none) and the request is sent
  again after that, never sooner, at most ``CITYCRAWL_ARCHIVE_MAX_429`` times; Scrapy's
  own retry never sees it. A pause longer than ``CITYCRAWL_ARCHIVE_MAX_PAUSE`` seconds
  closes the run (``archive_throttled``): the address is blocked, waiting would not help;
* a replay that redirects is followed inside the archive only: to the nearest capture
  (its timestamp is recorded; one further than ``CITYCRAWL_ARCHIVE_MAX_DRIFT_DAYS`` from
  the timestamp asked for is dropped) or along a captured redirect to another page
  of the site (a ``Location`` the archive did not rewrite is mapped back into it).

The request that finally gets a capture carries ``meta["archive_timestamp"]`` (the
capture served) and ``meta["archive_original"]`` (the site URL it is a capture of).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from twisted.internet.task import deferLater

from citycrawl.archive.cdx import parse_timestamp, redirect_target, replay_url
from citycrawl.archive.limiter import ArchivePace, retry_after_seconds
from citycrawl.urls import site_host

logger = logging.getLogger(__name__)

STATS = "citycrawl/archive/"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


class ArchiveMiddleware:
    """Pace, pause and redirect handling of the requests to one web archive."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.pace = ArchivePace(
            settings.getfloat("CITYCRAWL_ARCHIVE_CDX_PER_MINUTE", 24.0), time.monotonic
        )
        self.default_retry_after = settings.getfloat("CITYCRAWL_ARCHIVE_RETRY_AFTER", 60.0)
        self.max_429 = settings.getint("CITYCRAWL_ARCHIVE_MAX_429", 5)
        self.max_pause = settings.getfloat("CITYCRAWL_ARCHIVE_MAX_PAUSE", 3600.0)
        self.max_drift = dt.timedelta(days=settings.getfloat("CITYCRAWL_ARCHIVE_MAX_DRIFT_DAYS", 3))
        self.max_hops = settings.getint("REDIRECT_MAX_TIMES", 5)
        self._closing: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        kind = request.meta.get("archive")
        if kind is None:
            return
        from twisted.internet import reactor  # the installed one (see middlewares.py)

        # Checked again after each wait: a 429 may have paused everything meanwhile.
        while (delay := self.pace.wait(cdx=kind == "cdx")) > 0:
            await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))

    def process_response(self, request: Request, response: Response) -> Request | Response:
        kind = request.meta.get("archive")
        if kind is None:
            return response
        if response.status == 429:
            return self._too_many(request, response)
        if kind == "replay" and response.status in _REDIRECTS:
            return self._redirect(request, response)
        return response

    def _stats(self) -> Any:
        assert self.crawler.stats is not None
        return self.crawler.stats

    def _too_many(self, request: Request, response: Response) -> Request | Response:
        header = (response.headers.get(b"Retry-After") or b"").decode("latin-1")
        asked = retry_after_seconds(header, dt.datetime.now(dt.UTC))
        seconds = self.default_retry_after if asked is None else asked
        self._stats().inc_value(STATS + "http_429")
        if seconds > self.max_pause:
            self._stats().set_value(STATS + "throttled", 1)
            logger.error(
                "archive: %s asks to wait %.0f s (Retry-After %r), more than "
                "CITYCRAWL_ARCHIVE_MAX_PAUSE=%.0f s: this address is blocked; stopping",
                urlsplit(request.url).netloc,
                seconds,
                header,
                self.max_pause,
            )
            assert self.crawler.engine is not None
            self._closing = deferred_from_coro(
                self.crawler.engine.close_spider_async(reason="archive_throttled")
            )
            raise IgnoreRequest("archive throttled")
        waited = self.pace.pause(seconds)
        tries = request.meta.get("archive_429", 0) + 1
        if tries > self.max_429:
            logger.warning("archive: %s answered 429 %d times; given up", request.url, tries)
            return response
        logger.info("archive: 429 for %s; every archive request waits %.1f s", request.url, waited)
        # Scrapy's retry middleware never sees the 429: this request goes again once
        # the pause is over (process_request waits for it).
        return request.replace(meta={**request.meta, "archive_429": tries}, dont_filter=True)

    def _redirect(self, request: Request, response: Response) -> Request | Response:
        meta = request.meta
        archive_url: str = meta["archive_url"]
        location = (response.headers.get(b"Location") or b"").decode("latin-1")
        target = redirect_target(location, request.url, meta["archive_original"], archive_url)
        hops = meta.get("archive_hops", 0) + 1
        if target is None or hops > self.max_hops:
            self._stats().inc_value(STATS + "redirect_dropped")
            raise IgnoreRequest(f"archive redirect from {request.url} to {location!r} not followed")
        original, timestamp = target
        timestamp = timestamp or meta["archive_timestamp"]
        parts = urlsplit(original)
        hosts = {site_host(parts.netloc), site_host(parts.hostname or "")}
        if not hosts & meta["archive_site_hosts"]:
            self._stats().inc_value(STATS + "redirect_offsite")
            raise IgnoreRequest(f"archive redirect from {request.url} leaves the site: {original}")
        drift = abs(parse_timestamp(timestamp) - parse_timestamp(meta["archive_asked"]))
        if drift > self.max_drift:
            self._stats().inc_value(STATS + "capture_too_far")
            logger.info(
                "archive: dropped %s: the archive serves %s, %s from the capture asked for",
                meta["archive_original"],
                timestamp,
                drift,
            )
            raise IgnoreRequest(f"capture too far: {timestamp} for {meta['archive_asked']}")
        self._stats().inc_value(STATS + "redirect_followed")
        return request.replace(
            url=replay_url(archive_url, timestamp, original),
            meta={
                **meta,
                "archive_hops": hops,
                "archive_timestamp": timestamp,
                "archive_original": original,
            },
            dont_filter=True,
        )
