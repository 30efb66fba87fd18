"""Backfill a site's history from a Wayback-compatible web archive (``-a archive=wayback``).

The spider hands navigation over to a :class:`Backfill`, which works in three phases,
each started when the crawl has nothing else to do (Scrapy's ``spider_idle``):

1. **enumerate**: CDX queries over the site's listing and document URL prefixes, paged
   by resume key, one date range split in two whenever the archive answers 504 (or
   times out) on it; captures deduplicated by digest per URL;
2. **listings**: every distinct capture of a listing page is fetched raw and parsed;
   its cards are kept per document, with the capture's time;
3. **documents**: every distinct capture of a document is fetched raw and parsed, and
   joined with the card of the listing capture nearest before it (else the first
   after it; :mod:`citycrawl.archive.cards`), as a live crawl joins a card with the
   page it links to.

Each page is parsed with the layout its URL had (the site's URL rules), as of its
capture: ``crawled_at`` and ``archived_at`` are the time of the capture served. A site
the archive blocks or excludes ends the run at once, reason ``archive_blocked``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import CloseSpider, DontCloseSpider
from scrapy.http import Response
from twisted.python.failure import Failure

from citycrawl.archive.cards import Card, nearest_card
from citycrawl.archive.cdx import (
    Capture,
    CdxError,
    CdxQuery,
    distinct_captures,
    is_blocked,
    parse_cdx,
    parse_timestamp,
    replay_url,
)
from citycrawl.parsing.model import ListingEntry
from citycrawl.urls import site_host

if TYPE_CHECKING:
    from citycrawl.spiders.network import NetworkSpider

logger = logging.getLogger(__name__)

STATS = "citycrawl/archive/"
DEFAULT_ARCHIVE_URL = "https://web.archive.org"
#: The archive's earliest captures; a backfill without ``since`` starts here.
ARCHIVE_EPOCH = dt.datetime(1996, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True, slots=True)
class BackfillPlan:
    """What to enumerate: URL prefixes (``host/path``) and the capture time window."""

    archive_url: str
    prefixes: tuple[str, ...]
    site_hosts: frozenset[str]
    start: dt.datetime
    end: dt.datetime
    #: Fetch only documents some listing capture showed (a run limited to sections).
    listed_only: bool = False

    def on_site(self, url: str) -> bool:
        """True for a URL of the site, its port (``:80`` in some captures) aside."""
        parts = urlsplit(url)
        hosts = (site_host(parts.netloc), site_host(parts.hostname or ""))
        return parts.scheme in {"http", "https"} and any(h in self.site_hosts for h in hosts)


def query_prefixes(
    seed_urls: Iterable[str], hosts: Iterable[str], paths: Iterable[str]
) -> tuple[str, ...]:
    """The URL prefixes (``host/path``) a backfill asks the CDX API for: every seed,
    and every one of ``paths`` on every host of the site.

    A prefix query never reaches another host (``wsdomino.eurocities.eu`` is not
    ``eurocities.eu``), so each is asked. ``www.`` and a trailing dot are not: the
    archive's URL keys fold them into the host (SURT, as :func:`~citycrawl.urls.site_host`
    does), so ``eurocities.eu/eurocities/`` also lists ``http://www.eurocities.eu/...``."""
    prefixes = [url.split("://", 1)[-1] for url in seed_urls]
    prefixes += [f"{host}{path}" for host in sorted(set(hosts)) for path in paths]
    return tuple(dict.fromkeys(prefixes))


class Backfill:
    """The three phases of a backfill for ``spider`` (see the module docstring).

    ``parse_listing(response)`` and ``parse_document(response)`` are the spider's: they
    get the raw capture as a response whose URL is the page's original URL, and return
    the listing's entries or yield what the spider yields for a document.
    """

    def __init__(
        self,
        spider: NetworkSpider,
        plan: BackfillPlan,
        *,
        page_rows: int = 5000,
        min_split: dt.timedelta = dt.timedelta(days=1),
    ) -> None:
        self.spider = spider
        self.plan = plan
        self.page_rows = page_rows
        self.min_split = min_split
        self.captures: list[Capture] = []
        self.cards: dict[str, list[Card]] = defaultdict(list)
        self.phase = "enumerate"

    def connect(self) -> None:
        """Start the next phase whenever the crawl falls idle."""
        self.spider.crawler.signals.connect(self._idle, signal=signals.spider_idle)

    # -- phase 1: enumerate ---------------------------------------------------

    def start_requests(self) -> Iterator[scrapy.Request]:
        """One CDX query per prefix over the whole window."""
        for prefix in self.plan.prefixes:
            query = CdxQuery(prefix, self.plan.start, self.plan.end, self.page_rows)
            yield self._cdx_request(query)

    def _cdx_request(self, query: CdxQuery) -> scrapy.Request:
        return scrapy.Request(
            query.request_url(self.plan.archive_url),
            callback=self.parse_cdx,
            errback=self.cdx_failed,
            cb_kwargs={"query": query},
            dont_filter=True,
            meta={
                "archive": "cdx",
                # Our own handling: 504 splits the range, 429 waits (middleware).
                "dont_retry": True,
                "handle_httpstatus_all": True,
                # The CDX API is an API for programs, paced by its own limits (above);
                # the site's robots.txt was the archive's to obey when it captured.
                "dont_obey_robotstxt": True,
                # Its own download slot: CDX requests leave at the pace they were given,
                # never bunched up behind raw captures.
                "download_slot": f"{urlsplit(self.plan.archive_url).netloc}/cdx",
            },
        )

    def parse_cdx(self, response: Response, query: CdxQuery) -> Iterator[scrapy.Request]:
        """Keep the captures of one CDX answer; ask for the next page or the halves."""
        stats = self._stats()
        stats.inc_value(STATS + "cdx_requests")
        if is_blocked(response.status, response.body):
            self._blocked(query.url, response)
        if response.status >= 500:
            yield from self._split(query, f"HTTP {response.status}")
            return
        if response.status != 200:
            # A 4xx (or a 429 retried too often) is no question of range: asking the
            # halves would only ask again.
            stats.inc_value(STATS + "cdx_failed")
            logger.error("archive: CDX query %s answered %d", response.url, response.status)
            return
        try:
            page = parse_cdx(response.body)
        except CdxError as exc:
            stats.inc_value(STATS + "cdx_unreadable")
            logger.warning("archive: unreadable CDX answer for %s: %s", query.url, exc)
            return
        if page.bad_rows:
            stats.inc_value(STATS + "cdx_bad_rows", page.bad_rows)
        self.captures.extend(page.captures)
        stats.inc_value(STATS + "captures_listed", len(page.captures))
        if page.resume_key:
            yield self._cdx_request(query.next_page(page.resume_key))

    def cdx_failed(self, failure: Failure) -> Iterator[scrapy.Request]:
        """A CDX request that timed out or failed to connect: split its range too."""
        request = getattr(failure, "request", None)
        if request is None:
            return
        yield from self._split(request.cb_kwargs["query"], failure.getErrorMessage())

    def _split(self, query: CdxQuery, why: str) -> Iterator[scrapy.Request]:
        # A wide, sparse query is what makes the archive time out (504): the halves
        # ask less of its index. Pages already received are asked again; their rows
        # are deduplicated.
        halves = query.split(self.min_split)
        if halves is None:
            self._stats().inc_value(STATS + "cdx_failed")
            logger.error(
                "archive: CDX query for %s from %s to %s failed (%s) and cannot be split "
                "further; its captures are missing from this run",
                query.url,
                query.start.date(),
                query.end.date(),
                why,
            )
            return
        self._stats().inc_value(STATS + "cdx_split")
        logger.info(
            "archive: CDX %s for %s: splitting %s..%s", why, query.url, query.start, query.end
        )
        for half in halves:
            yield self._cdx_request(half)

    def _blocked(self, what: str, response: Response) -> None:
        # One line for the run, however many requests were under way when it came.
        if not self._stats().get_value(STATS + "blocked"):
            self._report_blocked(what, response)
        self._stats().inc_value(STATS + "blocked")
        raise CloseSpider("archive_blocked")

    def _report_blocked(self, what: str, response: Response) -> None:
        logger.error(
            "archive: %s blocks or excludes %s (HTTP %d): nothing can be backfilled from it",
            self.plan.archive_url,
            what,
            response.status,
        )

    # -- phases 2 and 3: raw captures ----------------------------------------

    def _idle(self) -> None:
        engine = self.spider.crawler.engine
        assert engine is not None
        while self.phase != "done":
            self.phase = {"enumerate": "listings", "listings": "documents"}.get(self.phase, "done")
            requests = list(self._phase_requests())
            if requests:
                for request in requests:
                    engine.crawl(request)
                raise DontCloseSpider

    def _phase_requests(self) -> Iterator[scrapy.Request]:
        if self.phase == "listings":
            captures = self._distinct("listing")
            self._stats().set_value(STATS + "listing_captures", len(captures))
            yield from (self._replay(c, self.parse_listing_capture) for c in captures)
        elif self.phase == "documents":
            captures = self._distinct("document")
            if self.plan.listed_only:
                captures = [c for c in captures if self._item_id(c.original) in self.cards]
            self._stats().set_value(STATS + "document_captures", len(captures))
            yield from (self._replay(c, self.spider.parse_archived_document) for c in captures)

    def _distinct(self, kind: str) -> list[Capture]:
        """The distinct captures of the site's pages of ``kind`` in the window: one per
        page and content, whichever of the site's hosts it was captured under (the
        earliest), as the item id says which page it is."""
        site = self.spider.site
        ids = {c.original: self._item_id(c.original) for c in self.captures}
        on_site = (
            c
            for c in sorted(self.captures, key=lambda c: (ids[c.original], c.timestamp))
            if self.plan.on_site(c.original)
            and self.plan.start <= c.captured_at <= self.plan.end
            and (route := site.route(c.original)) is not None
            and route.kind == kind
        )
        return list(distinct_captures(on_site, lambda c: ids[c.original]))

    def _item_id(self, url: str) -> str:
        return self.spider.site.item_id(url)

    def _replay(self, capture: Capture, callback: Callable[..., Any]) -> scrapy.Request:
        return scrapy.Request(
            replay_url(self.plan.archive_url, capture.timestamp, capture.original),
            callback=callback,
            errback=self.spider.fetch_failed,
            dont_filter=True,
            meta={
                "archive": "replay",
                "archive_url": self.plan.archive_url,
                "archive_asked": capture.timestamp,
                "archive_timestamp": capture.timestamp,
                "archive_original": capture.original,
                "archive_site_hosts": self.plan.site_hosts,
                "dont_redirect": True,
                "dont_obey_robotstxt": True,
                "handle_httpstatus_all": True,
            },
        )

    def served(self, response: Response) -> Response | None:
        """The raw capture as the page it is (its original URL), or ``None`` (counted)
        when the archive did not serve it."""
        if is_blocked(response.status, response.body):
            self._blocked(response.meta["archive_original"], response)
        if response.status != 200:
            self._stats().inc_value(STATS + f"capture_unavailable/http_{response.status}")
            logger.warning("archive: %s answered %d", response.url, response.status)
            return None
        return response.replace(url=response.meta["archive_original"])

    def parse_listing_capture(self, response: Response) -> None:
        """Keep the cards of a listing capture for the documents phase."""
        page = self.served(response)
        if page is None:
            return
        entries: Iterable[ListingEntry] = self.spider.parse_archived_listing(page)
        at = capture_time(response)
        for entry in entries:
            self.cards[self._item_id(entry.url)].append(Card(at, entry, page.url))
        self._stats().inc_value(STATS + "listings_parsed")

    def card_for(self, url: str, at: dt.datetime) -> Card | None:
        """The card of the document at ``url`` for its capture at ``at``
        (:func:`~citycrawl.archive.cards.nearest_card`)."""
        return nearest_card(self.cards.get(self._item_id(url), []), at)

    def _stats(self) -> Any:
        stats = self.spider.crawler.stats
        assert stats is not None
        return stats


def capture_time(response: Response) -> dt.datetime:
    """The time of the capture the archive served for ``response``."""
    return parse_timestamp(response.meta["archive_timestamp"])
