"""Sitemaps, feeds and robots.txt: finding changed documents without walking every listing.

A network's sitemaps and feeds are often unverified, so an incremental run probes, in
order:

1. the ``Sitemap:`` lines of ``robots.txt`` (read from the robots.txt the crawl already
   fetched, see :class:`CrawlDelayMiddleware`: no second fetch);
2. the profile's sitemap paths (WordPress core's ``/wp-sitemap.xml``, then Yoast's
   ``/sitemap_index.xml`` by default);
3. without a sitemap, the profile's feeds, then its per-section feeds.

A sitemap index's children are read unless their ``lastmod`` is older than the
previous run (taxonomy and user sitemaps list no documents and are skipped). Every
document URL with its ``lastmod`` (sitemap) or ``updated``/``pubDate`` (feed) goes to
:func:`citycrawl.incremental.decide_listed_url`. The listings are still walked (they
carry the cards and the new documents, and stop early); with neither sitemap nor feed
they are the only path. Pure parsing lives in :func:`parse_sitemap` and
:func:`parse_feed`; :class:`Discovery` turns them into requests.

:class:`CrawlDelayMiddleware` also applies robots.txt ``Crawl-delay``, which Scrapy
reads but does not apply (scrapy/scrapy#892).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import zlib
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

import lxml.etree
import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure

from citycrawl import settings as defaults
from citycrawl.compression import GZIP_MAGIC, DecompressionLimitError, gunzip
from citycrawl.incremental import IncrementalPlan, stored_card
from citycrawl.parsing.model import ListingEntry
from citycrawl.scrapy_compat import hold_slot_delay
from citycrawl.sites import Site
from citycrawl.urls import http_url

logger = logging.getLogger(__name__)

#: Meta key of the pseudo-request answered from the parsed robots.txt.
ROBOTS_INFO_META = "citycrawl_robots_info"
# Sitemaps of a WordPress site that list no documents: taxonomies, users, authors, tags.
_NON_DOCUMENT_SITEMAP_MARKERS = ("taxonomies", "users", "author", "category", "post_tag", "tag-")
_ATOM = "{http://www.w3.org/2005/Atom}"
# Documents found through sitemaps and feeds wait behind the listings, whose cards carry
# more fields (categories, reading time) for new documents.
DISCOVERY_PRIORITY = -10


@dataclass(frozen=True, slots=True)
class ListedUrl:
    """One URL a sitemap or feed lists, with when it last changed."""

    url: str
    lastmod: dt.datetime | dt.date | None = None
    title: str | None = None
    categories: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SitemapPage:
    """A parsed sitemap: either an index of sitemaps or a list of URLs."""

    is_index: bool
    entries: tuple[ListedUrl, ...]


def parse_lastmod(text: str | None) -> dt.datetime | dt.date | None:
    """A W3C datetime (``2026-05-20``, ``2026-05-20T10:00:00+00:00``, ``...Z``) or None."""
    if not text:
        return None
    text = text.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def parse_sitemap(
    body: bytes, max_size: int = defaults.CITYCRAWL_SITEMAP_MAX_BYTES
) -> SitemapPage | None:
    """Parse a sitemap or sitemap index (gzip allowed); ``None`` if it is not one.

    A soft 404 (an HTML page at the sitemap URL) is not a sitemap. A gzip body that
    inflates past ``max_size`` bytes raises
    :class:`~citycrawl.compression.DecompressionLimitError` (a bomb, or no sitemap).
    """
    if body[:2] == GZIP_MAGIC:
        try:
            body = gunzip(body, max_size)
        except (zlib.error, EOFError):
            return None
    try:
        sitemap = Sitemap(body)
    except (lxml.etree.XMLSyntaxError, StopIteration):
        return None
    if sitemap.type not in {"urlset", "sitemapindex"}:
        return None
    entries = tuple(
        ListedUrl(d["loc"], parse_lastmod(d.get("lastmod"))) for d in sitemap if d.get("loc")
    )
    return SitemapPage(sitemap.type == "sitemapindex", entries)


def parse_feed(body: bytes) -> tuple[ListedUrl, ...] | None:
    """The items of an RSS 2.0 or Atom feed, newest first as served; ``None`` if no feed."""
    try:
        root = lxml.etree.fromstring(
            body, parser=lxml.etree.XMLParser(resolve_entities=False, no_network=True)
        )
    except lxml.etree.XMLSyntaxError:
        return None
    items: list[ListedUrl] = []
    if root.tag == "rss":
        for item in root.iter("item"):
            link = (item.findtext("link") or "").strip()
            if not link:
                continue
            lastmod = None
            if date_text := item.findtext("pubDate"):
                try:
                    lastmod = parsedate_to_datetime(date_text.strip())
                except (TypeError, ValueError):
                    lastmod = None
            items.append(
                ListedUrl(
                    link,
                    lastmod,
                    (item.findtext("title") or "").strip() or None,
                    tuple(c.text.strip() for c in item.iter("category") if c.text),
                )
            )
    elif root.tag == f"{_ATOM}feed":
        for entry in root.iter(f"{_ATOM}entry"):
            link = next(
                (
                    el.get("href")
                    for el in entry.iter(f"{_ATOM}link")
                    if el.get("rel", "alternate") == "alternate" and el.get("href")
                ),
                None,
            )
            if not link:
                continue
            updated = entry.findtext(f"{_ATOM}updated") or entry.findtext(f"{_ATOM}published")
            items.append(
                ListedUrl(
                    link,
                    parse_lastmod(updated),
                    (entry.findtext(f"{_ATOM}title") or "").strip() or None,
                    tuple(c.get("term", "") for c in entry.iter(f"{_ATOM}category")),
                )
            )
    else:
        return None
    return tuple(items)


def wanted_child_sitemap(entry: ListedUrl, since: dt.datetime | None) -> bool:
    """Read a child of a sitemap index: it may list documents changed since ``since``."""
    name = urlsplit(entry.url).path.rsplit("/", 1)[-1].lower()
    if any(marker in name for marker in _NON_DOCUMENT_SITEMAP_MARKERS):
        return False
    if since is None or entry.lastmod is None:
        return True
    if isinstance(entry.lastmod, dt.datetime):
        return entry.lastmod >= since
    return entry.lastmod >= since.date()


# --------------------------------------------------------------------------- requests


@dataclass(frozen=True, slots=True)
class SitemapLimits:
    """How far discovery follows sitemaps (settings ``CITYCRAWL_SITEMAP_*``)."""

    max_depth: int = defaults.CITYCRAWL_SITEMAP_MAX_DEPTH
    """Sitemap indexes nested below the first sitemap that are still read."""
    max_children: int = defaults.CITYCRAWL_SITEMAP_MAX_CHILDREN
    """Children read from one sitemap index."""
    max_files: int = defaults.CITYCRAWL_SITEMAP_MAX_FILES
    """Sitemap files fetched in one run, probes included."""
    max_bytes: int = defaults.CITYCRAWL_SITEMAP_MAX_BYTES
    """Largest sitemap once decompressed."""

    @classmethod
    def from_settings(cls, settings: Any) -> SitemapLimits:
        default = cls()
        return cls(
            settings.getint("CITYCRAWL_SITEMAP_MAX_DEPTH", default.max_depth),
            settings.getint("CITYCRAWL_SITEMAP_MAX_CHILDREN", default.max_children),
            settings.getint("CITYCRAWL_SITEMAP_MAX_FILES", default.max_files),
            settings.getint("CITYCRAWL_SITEMAP_MAX_BYTES", default.max_bytes),
        )


class DocumentCrawler(Protocol):
    """What discovery needs of the spider: its site, its hosts and its callbacks."""

    @property
    def site(self) -> Site: ...

    def on_site(self, url: str) -> bool: ...

    def parse_document(
        self,
        response: Response,
        entry: ListingEntry | None = None,
        listing_url: str | None = None,
        card_hash: str | None = None,
    ) -> Iterator[Any] | AsyncIterator[Any]: ...

    def fetch_failed(self, failure: Failure) -> None: ...


class Discovery:
    """Probes a site for sitemaps and feeds and yields the document requests they earn.

    Callbacks send documents to ``spider.parse_document``; every request is on the
    spider's own hosts (``spider.on_site``), so an index cannot lead off-site.
    """

    def __init__(
        self,
        spider: DocumentCrawler,
        plan: IncrementalPlan,
        origin: str,
        sections: tuple[str, ...],
        limits: SitemapLimits | None = None,
    ) -> None:
        self.spider = spider
        self.plan = plan
        self.origin = origin.rstrip("/")
        self.limits = limits or SitemapLimits()
        #: Sitemap requests made so far (limited by ``limits.max_files``).
        self.sitemap_files = 0
        profile = spider.site.profile
        self.sitemaps = profile.sitemaps
        self.general_feeds = len(profile.feeds)
        self.feeds = [*profile.feeds, *profile.section_feeds(sections)]

    def _stat(self, key: str, count: int = 1) -> None:
        if self.plan.stats is not None:
            self.plan.stats.inc_value(f"citycrawl/{key}", count)

    def _limit(self, name: str, count: int, detail: str) -> None:
        """A limit was hit: counted (``citycrawl/limit/<name>``) and logged."""
        self._stat(f"limit/{name}", count)
        logger.warning("Limit %s: %s", name, detail)

    def _url(self, base: str, loc: str) -> str | None:
        """``loc`` resolved against ``base`` if a crawler can request it; else counted.

        One malformed ``<loc>`` (``http://[oops/``, port 99999) is skipped, never the
        rest of its sitemap (``urljoin`` and ``Request`` raise on such URLs).
        """
        try:
            url = http_url(urljoin(base, loc.strip()))
        except ValueError:
            url = None
        if url is None:
            self._stat("bad_link")
            logger.info("Skipped a link that is no requestable URL in %s: %r", base, loc[:200])
        return url

    def _sitemap_request(self, url: str, probe: tuple[str, int]) -> scrapy.Request | None:
        """A request for a sitemap, unless the run has fetched its share of them."""
        if self.sitemap_files >= self.limits.max_files:
            self._limit("sitemap_files", 1, f"{url} not fetched: {self.limits.max_files} already")
            return None
        self.sitemap_files += 1
        return scrapy.Request(
            url,
            callback=self._sitemap,
            errback=self._probe_failed,
            cb_kwargs={"probe": probe},
            priority=DISCOVERY_PRIORITY,
        )

    def start_requests(self) -> Iterator[scrapy.Request]:
        """The first probe: the robots.txt facts (answered without a second fetch)."""
        yield scrapy.Request(
            f"{self.origin}/robots.txt",
            callback=self._robots,
            errback=self._robots_failed,
            meta={ROBOTS_INFO_META: True},
            dont_filter=True,
            priority=DISCOVERY_PRIORITY,
        )

    def _probe(self, kind: str, index: int) -> Iterator[scrapy.Request]:
        candidates = self.sitemaps if kind == "sitemap" else self.feeds
        if index >= len(candidates):
            if kind == "sitemap":
                yield from self._probe("feed", 0)
            else:
                self._stat("discovery/none")
                logger.info("No sitemap or feed on %s: the listings alone decide", self.origin)
            return
        # A missing general feed and a missing first category feed: there are none.
        if kind == "feed" and index > self.general_feeds:
            self._stat("discovery/none")
            logger.info("No sitemap or feed on %s: the listings alone decide", self.origin)
            return
        if kind == "sitemap":
            request = self._sitemap_request(self.origin + candidates[index], (kind, index))
            if request is not None:
                yield request
            return
        yield scrapy.Request(
            self.origin + candidates[index],
            callback=self._feed,
            errback=self._probe_failed,
            cb_kwargs={"probe": (kind, index)},
            priority=DISCOVERY_PRIORITY,
        )

    def _robots(self, response: Response) -> Iterator[scrapy.Request]:
        info = json.loads(response.body or b"{}")
        listed = (self._url(response.url, str(u)) for u in info.get("sitemaps", []))
        sitemaps = [u for u in listed if u is not None and self.spider.on_site(u)]
        if not sitemaps:
            yield from self._probe("sitemap", 0)
            return
        self._stat("discovery/robots_sitemaps")
        for url in sitemaps:
            request = self._sitemap_request(url, ("robots", 0))
            if request is not None:
                yield request

    def _robots_failed(self, failure: Failure) -> Iterator[scrapy.Request]:
        # robots.txt disallows or is unreachable: probing is pointless then.
        logger.info("No robots.txt facts for %s: %s", self.origin, failure.getErrorMessage())
        return iter(())

    def _probe_failed(self, failure: Failure) -> Iterator[scrapy.Request]:
        request = failure.request  # type: ignore[attr-defined]
        kind, index = request.cb_kwargs.get("probe", ("robots", 0))
        logger.info("No %s at %s (%s)", kind, request.url, failure.getErrorMessage())
        if kind == "robots":
            return self._probe("sitemap", 0)
        if kind == "child":
            return iter(())
        return self._probe(kind, index + 1)

    def _sitemap(self, response: Response, probe: tuple[str, int]) -> Iterator[scrapy.Request]:
        """Read a sitemap: an index's children (within the limits), or its documents.

        ``probe`` is how it was found: ``("sitemap", i)`` the i-th profile path,
        ``("robots", 0)`` a ``Sitemap:`` line, ``("child", depth)`` an index's child.
        """
        kind, index = probe
        try:
            page = parse_sitemap(response.body, self.limits.max_bytes)
        except DecompressionLimitError as exc:
            self._limit("sitemap_bytes", 1, f"{response.url} not read: {exc}")
            return
        if page is None:
            logger.info("Not a sitemap: %s", response.url)
            if kind in {"sitemap", "robots"}:
                yield from self._probe("sitemap", index + 1 if kind == "sitemap" else 0)
            return
        self._stat("discovery/sitemaps")
        if page.is_index:
            yield from self._children(response.url, page, index + 1 if kind == "child" else 1)
            return
        yield from self._documents(page.entries, response.url)

    def _children(self, url: str, index: SitemapPage, depth: int) -> Iterator[scrapy.Request]:
        """The wanted children of sitemap index ``url``, ``depth`` levels below the first."""
        if depth > self.limits.max_depth:
            count = len(index.entries)
            self._limit("sitemap_depth", count, f"{url}: {count} children {depth} deep not read")
            return
        since = self.plan.state.last_run_before(self.plan.now) if self.plan.incremental else None
        wanted = [
            child_url
            for child in index.entries
            if (child_url := self._url(url, child.url)) is not None
            and self.spider.on_site(child_url)
            and wanted_child_sitemap(child, since)
        ]
        if len(wanted) > self.limits.max_children:
            skipped = len(wanted) - self.limits.max_children
            self._limit("sitemap_children", skipped, f"{url}: {skipped} children not read")
            wanted = wanted[: self.limits.max_children]
        budget = max(self.limits.max_files - self.sitemap_files, 0)
        if len(wanted) > budget:
            skipped = len(wanted) - budget
            self._limit("sitemap_files", skipped, f"{url}: {skipped} children not read")
            wanted = wanted[:budget]
        for child_url in wanted:
            request = self._sitemap_request(child_url, ("child", depth))
            if request is not None:
                yield request

    def _feed(self, response: Response, probe: tuple[str, int]) -> Iterator[scrapy.Request]:
        items = parse_feed(response.body)
        kind, index = probe
        if items is None:
            logger.info("Not a feed: %s", response.url)
            yield from self._probe(kind, index + 1)
            return
        self._stat("discovery/feeds")
        yield from self._documents(items, response.url)
        # One feed is enough unless it is a category feed: then read the others too.
        if index >= self.general_feeds and index + 1 < len(self.feeds):
            yield from self._probe_next_category(index + 1)

    def _probe_next_category(self, index: int) -> Iterator[scrapy.Request]:
        yield scrapy.Request(
            self.origin + self.feeds[index],
            callback=self._feed,
            errback=lambda failure: (
                self._probe_next_category(index + 1) if index + 1 < len(self.feeds) else iter(())
            ),
            cb_kwargs={"probe": ("category_feed", index)},
            priority=DISCOVERY_PRIORITY,
        )

    def _documents(self, entries: tuple[ListedUrl, ...], source: str) -> Iterator[scrapy.Request]:
        for listed in entries:
            found = self._url(source, listed.url)
            if found is None:
                continue
            url = self.spider.site.canonical_url(found)
            route = self.spider.site.route(url)
            if not self.spider.on_site(url) or route is None or route.kind != "document":
                continue
            decision = self.plan.for_listed_url(url, listed.lastmod)
            if not decision.fetch:
                continue
            doc = self.plan.lookup(url)
            entry = stored_card(doc) if doc is not None else None
            if entry is not None:
                entry.url = url
            options = self.plan.request_options(url, decision)
            yield scrapy.Request(
                url,
                callback=self.spider.parse_document,
                errback=self.spider.fetch_failed,
                cb_kwargs={"entry": entry, "listing_url": None, "card_hash": decision.card_hash},
                priority=DISCOVERY_PRIORITY,
                headers=options.get("headers"),
                meta=options.get("meta"),
            )


# --------------------------------------------------------------------------- robots.txt


class CrawlDelayMiddleware:
    """Apply robots.txt ``Crawl-delay`` and answer robots-facts requests from its parser.

    Placed after the robots.txt middleware, it runs once robots.txt of the request's
    host has been fetched and parsed (it keeps each host's parser from Scrapy's
    ``robots_parsed`` signal). It then

    * raises the host's downloader-slot delay to the ``Crawl-delay`` for our user agent
      and turns off the delay's random jitter (which could halve it), on every request,
      because AutoThrottle lowers slot delays as responses come in;
    * answers a request marked ``citycrawl_robots_info`` with a JSON body
      ``{"sitemaps": [...], "crawl_delay": s}`` from the parsed robots.txt, so discovery
      reads the ``Sitemap:`` lines without fetching robots.txt a second time.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.user_agent = crawler.settings.get("ROBOTSTXT_USER_AGENT") or crawler.settings.get(
            "USER_AGENT", ""
        )
        self.max_delay = crawler.settings.getfloat(
            "CITYCRAWL_MAX_CRAWL_DELAY", defaults.CITYCRAWL_MAX_CRAWL_DELAY
        )
        self.delays: dict[str, float | None] = {}
        self.parsers: dict[str, Any] = {}
        crawler.signals.connect(self._robots_parsed, signal=signals.robots_parsed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlDelayMiddleware:
        return cls(crawler)

    def _robots_parsed(self, robotparser: Any, request: scrapy.Request) -> None:
        # Parsers without crawl_delay (a custom ROBOTSTXT_PARSER) give no delay.
        if hasattr(robotparser, "crawl_delay"):
            netloc = urlsplit(request.url).netloc
            self.parsers[netloc] = robotparser
            self.delays.pop(netloc, None)  # a re-fetched robots.txt may change it

    def process_request(self, request: scrapy.Request) -> Response | None:
        netloc = urlsplit(request.url).netloc
        parser = self.parsers.get(netloc)
        if netloc not in self.delays and parser is not None:
            self.delays[netloc] = self._delay(netloc, parser.crawl_delay(self.user_agent))
        delay = self.delays.get(netloc)
        if delay:
            hold_slot_delay(self.crawler, request, delay)
        if request.meta.get(ROBOTS_INFO_META):
            sitemaps = list(getattr(getattr(parser, "rp", None), "sitemaps", []) or [])
            body = json.dumps({"sitemaps": sitemaps, "crawl_delay": delay}).encode()
            return TextResponse(request.url, body=body, encoding="utf-8", request=request)
        return None

    def _delay(self, netloc: str, asked: float | None) -> float | None:
        """The delay obeyed for ``asked``: at most ``CITYCRAWL_MAX_CRAWL_DELAY`` seconds.

        ``Crawl-delay: 86400`` (or ``1e308``, ``inf``) obeyed as written would keep a
        nightly run going for months; it is capped, logged and counted
        (``citycrawl/limit/crawl_delay``). A negative or NaN delay is no delay.
        """
        if asked is None or not asked > 0:  # "not >" also catches NaN
            return None
        stats = self.crawler.stats
        assert stats is not None
        logger.info("robots.txt of %s asks for Crawl-delay: %s s", netloc, asked)
        delay = float(asked)
        if not math.isfinite(delay) or delay > self.max_delay:
            delay = self.max_delay
            stats.inc_value("citycrawl/limit/crawl_delay")
            logger.warning(
                "Limit crawl_delay: robots.txt of %s asks for Crawl-delay %s s; %s s is obeyed "
                "(CITYCRAWL_MAX_CRAWL_DELAY)",
                netloc,
                asked,
                delay,
            )
        stats.set_value("citycrawl/robotstxt/crawl_delay", delay)
        return delay or None
