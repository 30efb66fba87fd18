"""Downloader middlewares: keep the crawl on the site's own hosts, obey robots.txt strictly."""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as ScrapyRobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http.request import NO_CALLBACK
from scrapy.robotstxt import RobotParser
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler, load_object
from twisted.internet.defer import Deferred
from twisted.internet.task import deferLater

from citycrawl.scrapy_compat import download
from citycrawl.urls import site_host

logger = logging.getLogger(__name__)

# A ".." path segment, literal or percent-encoded (%2e%2e, %2F as the separator).
_TRAVERSAL_RE = re.compile(r"(?:^|/)\.\.(?:/|$)")


def is_path_traversal(url: str) -> bool:
    """True when the URL's path climbs with ``..``, even percent-encoded (``..%2F``)."""
    path = urlsplit(url).path
    for _ in range(3):  # undo up to three layers of encoding (%252e%252e)
        decoded = unquote(path)
        if decoded == path:
            break
        path = decoded
    return bool(_TRAVERSAL_RE.search(path.replace("\\", "/")))


class SiteHostsMiddleware:
    """Drop every request whose host is not exactly one of ``spider.site_hosts``.

    Scrapy's ``allowed_domains`` admits every subdomain, which would let a link or a
    redirect lead to a site's ``staging.`` copy; this compares whole hosts (``www.``
    folded, port included). Redirects pass through here again, so an off-site redirect
    target is dropped too. Counted as ``citycrawl/offsite/<host>`` (or
    ``citycrawl/offsite/<scheme>`` for ``file:``, ``data:``, ``ftp:``... targets, which
    never reach a download handler). A path that climbs with ``..`` (also
    percent-encoded: ``/..%2F..%2Fetc``) is no document of the site and is dropped as
    ``citycrawl/unsafe_url/path_traversal``.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteHostsMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        spider = self.crawler.spider
        hosts: frozenset[str] | None = getattr(spider, "site_hosts", None)
        if hosts is None:
            return
        assert self.crawler.stats is not None
        parts = urlsplit(request.url)
        host = site_host(parts.netloc)
        is_http = parts.scheme in {"http", "https"}
        if is_http and host in hosts:
            if not is_path_traversal(request.url):
                return
            self.crawler.stats.inc_value("citycrawl/unsafe_url/path_traversal")
            logger.warning("Dropped request with a climbing path %s", request.url)
            raise IgnoreRequest(f"path traversal: {request.url}")
        self.crawler.stats.inc_value(f"citycrawl/offsite/{host if is_http else parts.scheme}")
        logger.debug("Dropped off-site request %s", request.url)
        raise IgnoreRequest(f"off-site: {request.url}")


@dataclass(frozen=True)
class _Unreachable:
    """The verdict for a host whose robots.txt could not be read: nothing is allowed.

    RFC 9309 §2.3.1.4: a server error or network failure fetching robots.txt means
    "complete disallow". ``retry_at`` (monotonic seconds) is when a later request to
    the host fetches robots.txt again, so the verdict does not last the whole run.
    """

    retry_at: float

    def allowed(self, url: str | bytes, user_agent: str | bytes) -> bool:
        return False


class RobotsTxtMiddleware(ScrapyRobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, failing closed when robots.txt is unreachable.

    Scrapy treats a robots.txt that errors as "allow everything" (fail open). For an
    unattended crawl of a site we do not control, a careful operator wants the
    opposite (RFC 9309): while robots.txt answers 5xx/429 or cannot be fetched, no
    page of that host is requested. Requests wait while robots.txt is re-fetched up to
    ``CITYCRAWL_ROBOTSTXT_ATTEMPTS`` times, ``CITYCRAWL_ROBOTSTXT_RETRY_DELAY`` seconds
    apart (each fetch already has Scrapy's own retries); if it recovers, the crawl
    proceeds; if not, the requests are dropped (``robotstxt/forbidden``), the host is
    counted under ``citycrawl/robotstxt/unreachable`` and logged at ERROR, and a later
    request after the delay tries again. A 4xx robots.txt (404: none published)
    allows everything, as the RFC says.

    Only Scrapy's public interface is overridden (the ``robot_parser()`` coroutine that
    ``process_request`` awaits); the verdicts per host are this class's own.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        settings = crawler.settings
        self._attempts = max(1, settings.getint("CITYCRAWL_ROBOTSTXT_ATTEMPTS", 3))
        self._retry_delay = settings.getfloat("CITYCRAWL_ROBOTSTXT_RETRY_DELAY", 60.0)
        self._parser_class: type[RobotParser] = load_object(settings["ROBOTSTXT_PARSER"])
        # Per host: the parser, None (allow all), an _Unreachable verdict, or the
        # Deferred that requests wait on while robots.txt is being fetched.
        self._verdicts: dict[str, RobotParser | _Unreachable | Deferred[Any] | None] = {}

    async def robot_parser(self, request: Request) -> RobotParser | None:
        url = urlparse_cached(request)
        netloc = url.netloc
        cached = self._verdicts.get(netloc)
        if isinstance(cached, _Unreachable) and time.monotonic() >= cached.retry_at:
            del self._verdicts[netloc]
        if netloc not in self._verdicts:
            waiting: Deferred[Any] = Deferred()
            self._verdicts[netloc] = waiting
            verdict = await self._fetch(f"{url.scheme}://{netloc}/robots.txt", request)
            self._verdicts[netloc] = verdict
            waiting.callback(verdict)
            self._inc("robotstxt/request_count")
        known = self._verdicts[netloc]
        if isinstance(known, Deferred):
            known = await maybe_deferred_to_future(known)
        # An _Unreachable verdict answers allowed() like a parser that disallows all.
        return known  # type: ignore[return-value]

    def _inc(self, key: str) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(key)

    async def _fetch(self, robots_url: str, request: Request) -> RobotParser | _Unreachable | None:
        """robots.txt's parser, ``None`` (allow all) or an :class:`_Unreachable` verdict."""
        problem = "?"
        for attempt in range(1, self._attempts + 1):
            if attempt > 1:
                # Imported here: importing the reactor at module level would install
                # the default one before Scrapy installs the configured reactor.
                from twisted.internet import reactor

                await maybe_deferred_to_future(deferLater(reactor, self._retry_delay, lambda: None))
            robots_request = Request(
                robots_url,
                priority=self.DOWNLOAD_PRIORITY,
                meta={"dont_obey_robotstxt": True},
                callback=NO_CALLBACK,
            )
            try:
                response = await download(self.crawler, robots_request)
            except Exception as exc:  # any failure to fetch means "unreachable"
                problem = f"{type(exc).__name__}: {exc}"
                continue
            self._inc("robotstxt/response_count")
            self._inc(f"robotstxt/response_status_count/{response.status}")
            if response.status >= 500 or response.status == 429:
                problem = f"HTTP {response.status}"
                continue
            if response.status >= 400:
                return None  # no robots.txt published: everything is allowed
            parser = build_from_crawler(self._parser_class, self.crawler, response.body)
            await self.crawler.signals.send_catch_log_async(
                signal=signals.robots_parsed, robotparser=parser, request=request
            )
            return parser
        self._inc("citycrawl/robotstxt/unreachable")
        logger.error(
            "robots.txt %s unreachable after %d attempts (%s): no page of this host is "
            "fetched until it answers (RFC 9309 complete disallow)",
            robots_url,
            self._attempts,
            problem,
        )
        return _Unreachable(time.monotonic() + self._retry_delay)
