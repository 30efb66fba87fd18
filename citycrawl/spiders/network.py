"""``scrapy crawl <network>``: walk a network's listings and fetch every document.

One spider for every network: :class:`NetworkSpider` reads everything network-specific
from its :class:`~citycrawl.sites.Site` (sections and seeds, layouts and URL rules,
feeds); each site package subclasses it with a name and a site, nothing more. The
spider only navigates. It seeds the section listings (or the listing pages given in
``-a start_urls=``), follows pagination, and sends each card's link to the parser of
the page's layout; what it yields is a :class:`~citycrawl.items.ParsedPage`, which the
pipelines merge, normalise, validate, dedupe and write.

Arguments (``-a name=value``; a bad value stops the crawl before any request):

``base_url``
    Site root to crawl instead of the network's own (a mirror or archive copy).
``start_urls``
    Comma-separated listing pages to start from instead of the section listings; any
    layout of the network.
``sections``
    Comma-separated sections of the network (its profile lists them; default: all).
``since``
    ``YYYY-MM-DD``: skip cards dated before it and stop paginating a listing once a
    page holds only older cards.
``max_pages``
    Follow at most N listing pages from each start page (default: the setting
    ``CITYCRAWL_MAX_LISTING_PAGES``, a safety limit against pagination traps).
``full``
    ``1``: a full recrawl; every listed document is fetched and the run counts as
    complete (vanished upcoming events may be withdrawn). Default ``0``: incremental,
    decided by :mod:`citycrawl.incremental` from the dataset (and :mod:`citycrawl.discovery`).
``archive``
    ``wayback``: backfill the site's history from a Wayback-compatible web archive
    instead of crawling the site (:mod:`citycrawl.archive.backfill`, docs/archive.md).
``archive_url``
    The archive's base (default ``https://web.archive.org``).
``until``
    ``YYYY-MM-DD``: with ``archive``, the last capture day (``since`` the first).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import AsyncIterator, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, ClassVar, Self
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, DontCloseSpider, DropItem, UsageError
from scrapy.http import Response, TextResponse
from scrapy.utils.log import logformatter_adapter
from twisted.python.failure import Failure

from citycrawl import dates
from citycrawl import settings as defaults
from citycrawl.apis import ApiWalker
from citycrawl.archive.backfill import (
    ARCHIVE_EPOCH,
    DEFAULT_ARCHIVE_URL,
    Backfill,
    BackfillPlan,
    query_prefixes,
)
from citycrawl.archive.cdx import parse_timestamp
from citycrawl.discovery import Discovery, SitemapLimits, parse_lastmod
from citycrawl.incremental import Decision, IncrementalPlan, IncrementalState
from citycrawl.items import ParsedPage, card_hash
from citycrawl.parsing.cms import ApiRecord
from citycrawl.parsing.html import collect_charset_fixes, is_html_page, slugify
from citycrawl.parsing.model import DocumentPage, ListingEntry, ListingPage, PageParseError
from citycrawl.sites import PageLayout, Site, SiteProfile
from citycrawl.sites.base import GENERIC
from citycrawl.urls import http_url, site_host
from citycrawl.workers import RowJob, RowPool, RowResult, pipeline_paths

logger = logging.getLogger(__name__)

ARCHIVES = ("wayback",)
#: Listing pages go before documents, so that by the time a document is read every
#: listing its card stands on has been (its themes come from all of them).
LISTING_PRIORITY = 10


@dataclass(frozen=True, slots=True)
class CrawlArguments:
    """The spider's ``-a`` arguments, checked and typed."""

    profile: SiteProfile
    base_url: str
    start_urls: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    since: dt.date | None = None
    max_pages: int | None = None
    full: bool = False
    archive: str | None = None
    archive_url: str = DEFAULT_ARCHIVE_URL
    until: dt.date | None = None

    @classmethod
    def from_strings(cls, raw: dict[str, Any], profile: SiteProfile) -> CrawlArguments:
        """Build from the strings Scrapy passes; :class:`UsageError` names a bad one."""
        # Scrapyd adds its job id to every scheduled crawl's arguments, and the egg version
        # to those scheduled with one (schedule.json's ``_version``).
        raw = {k: v for k, v in raw.items() if k not in {"_job", "_version"}}
        unknown = sorted(set(raw) - _KNOWN_ARGUMENTS)
        if unknown:
            raise UsageError(
                f"unknown spider argument(s) {', '.join(unknown)}; "
                f"expected some of {', '.join(sorted(_KNOWN_ARGUMENTS))}"
            )
        # Checked in this order, so that the first bad argument is the one named.
        base_url = str(raw.get("base_url", profile.base_url)).strip()
        base_url = _http_url(base_url, "base_url", profile).rstrip("/")
        start_urls = tuple(
            _http_url(u.strip(), "start_urls", profile)
            for u in str(raw.get("start_urls", "")).split(",")
            if u.strip()
        )
        sections = _sections(raw, profile)
        since, until = _day(raw, "since"), _day(raw, "until")
        archive = _archive(raw, since, until)
        archive_url = _http_url(
            str(raw.get("archive_url", DEFAULT_ARCHIVE_URL)), "archive_url", profile
        )
        max_pages, full = _max_pages(raw), _full(raw)
        return cls(
            profile,
            base_url,
            start_urls,
            sections,
            since,
            max_pages,
            full,
            archive,
            archive_url.rstrip("/"),
            until,
        )

    def seed_urls(self) -> list[str]:
        """The listing pages the crawl starts from."""
        if self.start_urls:
            return list(self.start_urls)
        return self.profile.seed_urls(self.base_url, self.sections)

    def hosts(self) -> frozenset[str]:
        """The hosts that make up the site: the base URL's and the start pages'."""
        urls = self.start_urls or (self.base_url,)
        return frozenset(site_host(urlsplit(u).netloc) for u in urls)

    def backfill_plan(self) -> BackfillPlan:
        """What a backfill enumerates: the listing seeds (as URL prefixes) and the
        document paths, on every host of the site, between ``since`` and ``until``."""
        site_hosts = self.hosts() | self.profile.hosts
        start = ARCHIVE_EPOCH
        if self.since is not None:
            start = dt.datetime.combine(self.since, dt.time(), tzinfo=dt.UTC)
        end = dt.datetime.now(dt.UTC).replace(microsecond=0)
        if self.until is not None:
            end = dt.datetime.combine(self.until, dt.time(23, 59, 59), tzinfo=dt.UTC)
        return BackfillPlan(
            archive_url=self.archive_url,
            # Every host of the network (the old site answered on several).
            prefixes=query_prefixes(self.seed_urls(), site_hosts, self.profile.archive_paths),
            site_hosts=site_hosts,
            start=start,
            end=end,
            listed_only=bool(self.start_urls) or self.sections != self.profile.section_names,
        )


def _day(raw: dict[str, Any], name: str) -> dt.date | None:
    if not raw.get(name):
        return None
    try:
        return dt.date.fromisoformat(str(raw[name]))
    except ValueError:
        raise UsageError(f"{name}: expected YYYY-MM-DD, got {raw[name]!r}") from None


#: A host as an operator writes one: DNS labels (IDN allowed), an IPv4 or a bracketed IPv6.
_LABEL = r"[^\W_](?:[\w-]*[^\W_])?"
_HOST_RE = re.compile(rf"{_LABEL}(?:\.{_LABEL})*\.?|\[[0-9A-Fa-f:.]+\]")


_KNOWN_ARGUMENTS = frozenset(
    {
        "base_url",
        "start_urls",
        "sections",
        "since",
        "max_pages",
        "full",
        "archive",
        "archive_url",
        "until",
    }
)


def _sections(raw: dict[str, Any], profile: SiteProfile) -> tuple[str, ...]:
    known = profile.section_names
    if not raw.get("sections"):
        return known
    sections = tuple(s.strip().lower().replace("_", "-") for s in str(raw["sections"]).split(","))
    bad = [s for s in sections if s not in known]
    if bad:
        raise UsageError(
            f"sections: unknown section(s) {', '.join(bad)}; choose from {', '.join(known)}"
        )
    return sections


def _archive(raw: dict[str, Any], since: dt.date | None, until: dt.date | None) -> str | None:
    archive = str(raw.get("archive", "")).strip().lower() or None
    if archive is not None and archive not in ARCHIVES:
        raise UsageError(f"archive: expected one of {', '.join(ARCHIVES)}, got {archive!r}")
    if until is not None and archive is None:
        raise UsageError("until: only with archive=wayback (a live site has no past)")
    if since and until and until < since:
        raise UsageError(f"until: {until} is before since {since}")
    return archive


def _max_pages(raw: dict[str, Any]) -> int | None:
    if raw.get("max_pages") in (None, ""):
        return None
    try:
        max_pages = int(raw["max_pages"])
    except ValueError:
        max_pages = 0
    if max_pages < 1:
        raise UsageError(f"max_pages: expected a whole number ≥ 1, got {raw['max_pages']!r}")
    return max_pages


def _full(raw: dict[str, Any]) -> bool:
    full_text = str(raw.get("full", "0")).strip().lower()
    if full_text not in {"0", "1", "true", "false", "yes", "no", ""}:
        raise UsageError(f"full: expected 1 or 0, got {raw['full']!r}")
    return full_text in {"1", "true", "yes"}


def _http_url(value: str, name: str, profile: SiteProfile) -> str:
    """``value`` if it is an http(s) URL a crawl can start from; else :class:`UsageError`.

    Refused with one line, before the reactor starts: what ``urlsplit`` or ``Request``
    would raise on later (``http://[::1``, port 99999), a host that is no host name (a
    space, a leading hyphen), whitespace anywhere (a pasted line break), and credentials
    (``user:pw@``), which would be sent to every page and written to the log.
    """
    expected = f"{name}: expected an http(s) URL such as https://example.org, got {value!r}"
    if http_url(value) is None or any(ch.isspace() for ch in value):
        raise UsageError(expected)
    parts = urlsplit(value)
    if parts.port == 0:  # nothing can listen there
        raise UsageError(expected)
    host = parts.netloc.rpartition("@")[2]
    host = host.rsplit(":", 1)[0] if not host.endswith("]") and ":" in host else host
    if not _HOST_RE.fullmatch(host):
        raise UsageError(expected)
    if "@" in parts.netloc:
        raise UsageError(f"{name}: credentials in the URL are not supported, got {value!r}")
    if profile.is_forbidden_host(parts.netloc):
        raise UsageError(f"{name}: {parts.netloc} is a staging host and is never crawled")
    return value


class NetworkSpider(scrapy.Spider):
    """Crawl one network's site, every layout it has had; subclasses set ``site``."""

    site: ClassVar[Site]

    def __init__(self, arguments: CrawlArguments, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.arguments = arguments
        #: Exact hosts the crawl may fetch (read by SiteHostsMiddleware).
        self.site_hosts = arguments.hosts()
        #: Hosts whose pages are the site's (links elsewhere are not followed).
        self.page_hosts = arguments.hosts()
        #: Fetch-or-skip decisions; from_crawler loads them from the dataset.
        self.incremental = IncrementalPlan(
            self.site, IncrementalState(), dt.datetime.now(dt.UTC).date(), full=arguments.full
        )
        #: The CMS interfaces' walk (citycrawl.apis); None when off or with start_urls.
        self.api: ApiWalker | None = None
        self._unreached_scheduled = False
        #: item_id → every (listing URL, heading) its card was seen on this run.
        self._listings: dict[str, list[tuple[str, str | None]]] = {}
        self.backfill: Backfill | None = None
        if arguments.archive:
            # A backfill fetches from the archive only; the site itself is never asked.
            self.site_hosts = frozenset({site_host(urlsplit(arguments.archive_url).netloc)})
        #: Document URLs seen on the listing pages of each start page so far: a page
        #: holding only those is a pagination trap (or a cycle) and ends that listing.
        self._listed: dict[str, set[str]] = {}
        #: Worker processes reading document pages into rows (from_crawler starts them
        #: when CITYCRAWL_PARSE_WORKERS > 0); None: read here, rows made by the pipelines.
        self.rows: RowPool | None = None

    @classmethod
    def check_arguments(cls, raw: dict[str, Any]) -> CrawlArguments:
        """Parse ``-a`` arguments; :class:`UsageError` names a bad one."""
        return CrawlArguments.from_strings(raw, cls.site.profile)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        arguments = cls.check_arguments(kwargs)
        # Only a forced full recrawl is complete (the dataset may then withdraw vanished
        # upcoming events); an incremental run never is, whatever -s said, and neither is
        # a backfill (the archive's past says nothing of what is on the site today).
        complete = arguments.full and not arguments.archive
        crawler.settings.set("CITYCRAWL_FULL_CRAWL", complete, priority="cmdline")
        spider = cls(arguments)
        spider._set_crawler(crawler)
        if arguments.archive:
            spider.backfill = Backfill(
                spider,
                arguments.backfill_plan(),
                page_rows=crawler.settings.getint("CITYCRAWL_ARCHIVE_CDX_PAGE_ROWS", 5000),
            )
            spider.backfill.connect()
        spider.incremental = IncrementalPlan.from_settings(
            crawler.settings, cls.site, full=arguments.full
        )
        if (
            crawler.settings.getbool("CITYCRAWL_USE_APIS")
            and not arguments.start_urls
            and not arguments.archive
        ):
            spider.api = ApiWalker(
                cls.site,
                arguments.base_url,
                then=spider._listing_requests,
                max_pages=crawler.settings.getint("CITYCRAWL_API_MAX_PAGES"),
            )
            crawler.signals.connect(spider._fetch_unreached, signal=signals.spider_idle)
        spider._start_row_workers(crawler)
        return spider

    def _start_row_workers(self, crawler: Crawler) -> None:
        """With ``CITYCRAWL_PARSE_WORKERS`` > 0, the pipelines before the dedupe run in
        worker processes on each document page (citycrawl.workers), not in this one."""
        settings = crawler.settings
        workers = settings.getint("CITYCRAWL_PARSE_WORKERS", 0)
        paths = pipeline_paths(settings, before_dedupe=True)
        if workers < 1 or not paths:
            return
        remaining = {
            path: order
            for path, order in settings.getwithbase("ITEM_PIPELINES").items()
            if str(path) not in paths
        }
        self.rows = RowPool(self.site, paths, settings.copy_to_dict(), workers)
        # Settings are frozen once the spider is made; until then a crawl's own wins.
        settings.set("ITEM_PIPELINES", remaining, priority="cmdline")
        crawler.signals.connect(self.rows.start, signal=signals.spider_opened)
        # Before the dataset commit (connected later, on the same signal): the workers'
        # memory is given back before the commit needs its own.
        crawler.signals.connect(self.rows.close, signal=signals.spider_closed)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        if self.backfill is not None:
            for request in self.backfill.start_requests():
                yield request
            return
        self.incremental.attach(self._stats())
        if self.api is not None:
            self.api.stats = self._stats()
        # The interfaces first: the listings are seeded when their walk is over.
        first = self.api.start_requests() if self.api else self._listing_requests()
        for request in first:
            yield request

    def _listing_requests(self) -> Iterator[scrapy.Request]:
        """The section listings, then the sitemaps and feeds of an incremental run."""
        seeds = self.arguments.seed_urls()
        # A run that reads none of these (and spools nothing) fetched nothing: it
        # fails, and the dataset writer publishes nothing (pipelines.dataset_writer).
        self._stats().set_value("citycrawl/seeds", len(seeds))
        for url in seeds:
            # dont_filter: a nightly run re-reads its seeds even when a resumed
            # scheduler state has seen them.
            yield scrapy.Request(
                url,
                callback=self.parse_listing,
                errback=self.fetch_failed,
                cb_kwargs={"depth": 1, "chain": url},
                dont_filter=True,
                priority=LISTING_PRIORITY,
            )
        if self.incremental.incremental and not self.arguments.start_urls:
            # Sitemaps and feeds of the site, when it has them (citycrawl.discovery).
            discovery = Discovery(
                self,
                self.incremental,
                self.arguments.base_url,
                self.arguments.sections,
                SitemapLimits.from_settings(self.crawler.settings),
            )
            yield from discovery.start_requests()

    def _fetch_unreached(self) -> None:
        """When the crawl would end: fetch the documents only the interfaces listed."""
        if self.api is None or not self.api.done or self._unreached_scheduled:
            return
        self._unreached_scheduled = True  # once: what it schedules ends with the crawl
        engine = self.crawler.engine
        assert engine is not None
        scheduled = 0
        for record in self.api.unreached(self.incremental.decided):
            if not self.on_site(record.url) or not self._wanted(record):
                continue
            url = self.site.canonical_url(record.url)
            decision = self.incremental.for_listed_url(url, parse_lastmod(record.modified))
            if decision.fetch:
                engine.crawl(self._document_request(url, None, None, decision))
                scheduled += 1
        self._stats().inc_value("citycrawl/api/unreached_fetched", scheduled)
        if scheduled:
            raise DontCloseSpider

    def parse_listing(
        self, response: Response, depth: int, known_run: int = 0, chain: str = ""
    ) -> Iterator[scrapy.Request]:
        """Follow every entry of a listing to its document, then the next page.

        ``known_run``: consecutive known, unchanged cards so far in this listing (the
        incremental stop rule counts across pages). ``chain``: the start page this
        listing page was reached from.
        """
        stats = self._stats()
        if depth == 1:
            stats.inc_value("citycrawl/seeds_fetched")
        page = self._listing(response)
        if page is None:
            return
        stats.inc_value("citycrawl/listing_pages")
        if page.skipped_entries:
            stats.inc_value("citycrawl/entries_without_link", page.skipped_entries)
        fresh = 0
        for entry in page.entries:
            if self._older_than_since(entry):
                stats.inc_value("citycrawl/entries_before_since")
                continue
            fresh += 1
            if not self._requestable(entry.url, response.url):
                continue
            if not self.on_site(entry.url):
                stats.inc_value("citycrawl/entries_off_site")
                continue
            self._listed_on(entry.url, response.url, page.heading)
            decision = self.incremental.for_card(entry)
            known_run = known_run + 1 if decision.known_unchanged else 0
            if not decision.fetch:
                continue
            url = self.site.canonical_url(entry.url)
            yield self._document_request(url, entry, response.url, decision, page.heading)
        # Never paginate past an empty page (a pagination trap) or, with `since`,
        # past a page whose cards are all older than the window.
        if not fresh or not self._keep_paging(page, depth, chain or response.url):
            return
        if not self.incremental.keep_paging(known_run):
            return
        for next_url in page.next_page_urls:
            if self._requestable(next_url, response.url) and self.on_site(next_url):
                yield scrapy.Request(
                    next_url,
                    callback=self.parse_listing,
                    errback=self.fetch_failed,
                    cb_kwargs={"depth": depth + 1, "known_run": known_run, "chain": chain},
                    priority=LISTING_PRIORITY,
                )

    def _listed_on(self, document_url: str, listing_url: str, heading: str | None) -> None:
        """Remember every listing a document's card stands on (its request is made once)."""
        listings = self._listings.setdefault(self.site.item_id(document_url), [])
        if (listing_url, heading) not in listings:
            listings.append((listing_url, heading))

    def _document_request(
        self,
        url: str,
        entry: ListingEntry | None,
        listing_url: str | None,
        decision: Decision,
        listing_heading: str | None = None,
    ) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_document,
            errback=self.fetch_failed,
            cb_kwargs={
                "entry": entry,
                "listing_url": listing_url,
                "listing_heading": listing_heading,
                "card_hash": decision.card_hash,
            },
            **self.incremental.request_options(url, decision),
        )

    def _keep_paging(self, page: ListingPage, depth: int, chain: str) -> bool:
        """Whether to follow ``page``'s next links, by the limits against pagination traps.

        ``-a max_pages`` is the operator's choice; without it ``CITYCRAWL_MAX_LISTING_PAGES``
        bounds every listing. A page whose documents were all listed before on the same
        listing (``?page=N+1&sid=<random>`` serving the same cards, a cycle through
        changing URLs) ends it too. Safety limits hit are counted and logged.
        """
        seen = self._listed.setdefault(chain, set())
        urls = {self.site.canonical_url(e.url) for e in page.entries if http_url(e.url)}
        if urls and urls <= seen:
            self._limit_hit("listing_repeats", f"{page.url} lists only documents seen before")
            return False
        seen |= urls
        if self.arguments.max_pages is not None:
            return depth < self.arguments.max_pages
        limit = self.crawler.settings.getint(
            "CITYCRAWL_MAX_LISTING_PAGES", defaults.CITYCRAWL_MAX_LISTING_PAGES
        )
        if depth >= limit and page.next_page_urls:
            self._limit_hit("listing_pages", f"{page.url}: {limit} pages of one listing read")
            return False
        return True

    def _limit_hit(self, name: str, detail: str) -> None:
        self._stats().inc_value(f"citycrawl/limit/{name}")
        logger.warning("Limit %s: %s; not following its next page", name, detail)

    def parse_document(
        self,
        response: Response,
        entry: ListingEntry | None = None,
        listing_url: str | None = None,
        card_hash: str | None = None,
        listing_heading: str | None = None,
    ) -> Iterator[ParsedPage] | AsyncIterator[dict[str, Any]]:
        """Parse a document page; the pipelines merge it with its card.

        ``card_hash`` is the incremental plan's (the card's, or the stored one for a
        sitemap refetch); with the response's validators it goes into the row as crawl
        state for the next run. With parse workers, the page is read into its row there.
        """
        if self.incremental.not_modified(response.status, response.meta):
            return iter(())  # 304 to a conditional request: the stored copy is current
        return self._read(
            response,
            site=self.site.name,
            url=response.url,
            api=self._api_record(response),
            fetched_at=dt.datetime.now(dt.UTC),
            entry=entry,
            listing_url=listing_url,
            listing_heading=listing_heading,
            listed_on=tuple(self._listings.get(self.site.item_id(response.url), ())),
            card_hash=card_hash,
            etag=_header(response, b"ETag"),
            last_modified=_header(response, b"Last-Modified"),
        )

    def _read(
        self, response: Response, **page: Any
    ) -> Iterator[ParsedPage] | AsyncIterator[dict[str, Any]]:
        """A document page (``page``: the :class:`ParsedPage` fields but the document)
        read here, or into its row by the parse workers."""
        if self.rows is not None:
            return self._row_in_worker(response, page)
        return self._read_here(response, page)

    def _read_here(self, response: Response, page: dict[str, Any]) -> Iterator[ParsedPage]:
        document = self._document(response)
        if document is not None:
            yield ParsedPage(document=document, **page)

    async def _row_in_worker(
        self, response: Response, page: dict[str, Any]
    ) -> AsyncIterator[dict[str, Any]]:
        assert self.rows is not None
        content_type = self._html_content_type(response)
        if content_type is None:
            return
        layout = self._document_layout(page["url"])
        job = RowJob(layout.name, response.body, content_type or None, page)
        try:
            result = await self.rows.row(job)
        except BrokenProcessPool as exc:
            self._worker_died(response, exc)
        except Exception as exc:  # the page or its row could not cross to the worker
            detail = f"{type(exc).__name__}: {exc}"
            result = RowResult(parse_error=("unexpected", detail, ""))
            logger.warning("Parse worker failed on %s", response.url, exc_info=exc)
        row = self._counted(result, response)
        if row is not None:
            yield row

    def _counted(self, result: RowResult, response: Response) -> dict[str, Any] | None:
        """Count and log what reading a page in a worker gave, as reading it here would
        have; the row, or ``None`` for a page that gave none."""
        for name, level, message in result.logs:
            logging.getLogger(name).log(level, "%s", message)
        stats = self._stats()
        for key, value in result.stats.items():
            stats.inc_value(key, value)
        if result.parse_error is not None:
            reason, detail, trace = result.parse_error
            error = PageParseError(reason, response.url, detail)
            self._parse_failed("document", response, error, trace)
            return None
        self._charset_fixed(result.charset_fixes, response.url)
        self._bad_links(result.bad_links, response.url)
        for name, strategy in result.field_sources.items():
            stats.inc_value(f"citycrawl/field_source/{name}/{strategy}")
        if result.dropped is not None:
            self._dropped(result.row, DropItem(*result.dropped), response)
            return None
        return result.row

    def _dropped(self, row: Any, exc: DropItem, response: Response) -> None:
        """A row a worker's pipeline dropped, logged and signalled as Scrapy does one."""
        crawler = self.crawler
        logkws = crawler.logformatter.dropped(row, exc, response, self)
        if logkws is not None:
            logging.getLogger("scrapy.core.scraper").log(
                *logformatter_adapter(logkws), extra={"spider": self, "item": row}
            )
        crawler.signals.send_catch_log(
            signal=signals.item_dropped, item=row, response=response, spider=self, exception=exc
        )

    def _worker_died(self, response: Response, exc: BrokenProcessPool) -> None:
        """A parse worker died (killed, out of memory): the run cannot read its pages."""
        stats = self._stats()
        if not stats.get_value("citycrawl/parse_worker_died"):
            logger.error("A parse worker died while reading %s (%s); stopping", response.url, exc)
        stats.inc_value("citycrawl/parse_worker_died")
        self._parse_failed("document", response, PageParseError("worker_died", response.url))
        raise CloseSpider("parse_worker_died")

    def parse_archived_listing(self, response: Response) -> list[ListingEntry]:
        """The entries of a listing page's raw capture (``response.url`` the original)."""
        page = self._listing(response)
        if page is None:
            return []
        self._stats().inc_value("citycrawl/listing_pages")
        return [e for e in page.entries if self.on_site(e.url)]

    def parse_archived_document(
        self, response: Response
    ) -> Iterator[ParsedPage] | AsyncIterator[dict[str, Any]]:
        """A document page's raw capture, read as of its capture, joined with its card."""
        assert self.backfill is not None
        page = self.backfill.served(response)
        if page is None:
            return iter(())
        at = parse_timestamp(response.meta["archive_timestamp"])
        card = self.backfill.card_for(page.url, at)
        return self._read(
            page,
            site=self.site.name,
            url=page.url,
            fetched_at=at,
            entry=card.entry if card else None,
            listing_url=card.listing_url if card else None,
            card_hash=card_hash(card.entry) if card else None,
            # The archive's validators mean nothing to the site: no ETag, no date.
            archived_at=at,
            archive_url=response.url,
        )

    def fetch_failed(self, failure: Failure) -> None:
        """Log a request that failed for good (after retries) with its URL, and count it."""
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        reason = failure.type.__name__ if failure.type else "error"
        response = getattr(failure.value, "response", None)
        if response is not None:
            reason = f"http_{response.status}"
            if request is not None and request.callback == self.parse_document:
                # A 404/410 document is remembered in the run manifest (with its card).
                self.incremental.document_failed(
                    request.meta.get("redirect_urls", [request.url])[0],
                    response.status,
                    request.cb_kwargs.get("card_hash"),
                )
        self._stats().inc_value(f"citycrawl/fetch_failed/{reason}")
        logger.warning("Could not fetch %s: %s (%s)", url, reason, failure.getErrorMessage())

    # -- helpers --------------------------------------------------------------

    def _html_content_type(self, response: Response) -> str | None:
        """The response's Content-Type if it holds an HTML page, else ``None`` (counted)."""
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        mime = content_type.split(";", 1)[0].strip().lower()
        if isinstance(response, TextResponse) and is_html_page(content_type, response.body):
            if not _is_complete(response):
                # A body cut short but delivered "complete" (a torn gzip stream, which
                # Scrapy decompresses as far as it goes; a server closing early without
                # Content-Length): no item is built from part of a page.
                self._stats().inc_value("citycrawl/incomplete_page")
                logger.warning("Skipped %s: the page ends before </html>", response.url)
                return None
            return content_type
        self._stats().inc_value(f"citycrawl/skipped_content_type/{mime or 'none'}")
        logger.warning("Skipped %s: not an HTML page (%s)", response.url, mime or "no type")
        return None

    def _parse_failed(
        self, kind: str, response: Response, exc: PageParseError, trace: str = ""
    ) -> None:
        """Count and log a page that could not be read; ``trace``: the traceback of a
        parser bug met in a worker process (one met here is ``exc``'s cause)."""
        stats = self._stats()
        stats.inc_value("citycrawl/parse_error")
        stats.inc_value(f"citycrawl/parse_error/{exc.reason}")
        # A parser bug (reason "unexpected") is logged with its traceback, to be fixed.
        cause = exc.__cause__ if exc.reason == "unexpected" else None
        logger.warning(
            "Could not parse %s page %s: %s%s",
            kind,
            response.url,
            exc,
            f"\n{trace.rstrip()}" if trace else "",
            exc_info=cause,
        )

    def _charset_fixed(self, fixes: list[str], url: str) -> None:
        """Count a page whose declared charset lied, decoded by its bytes instead."""
        for reason in dict.fromkeys(fixes):
            self._stats().inc_value(f"citycrawl/charset_fixed/{reason}")
            logger.info("Decoded %s by its bytes, not its declared charset (%s)", url, reason)

    def _bad_links(self, count: int, url: str) -> None:
        if count:
            self._stats().inc_value("citycrawl/bad_link", count)
            logger.info("Skipped %d link(s) on %s that are no requestable URL", count, url)

    def _requestable(self, url: str, page_url: str) -> bool:
        """True if a parser's ``url`` can be requested; else counted as a bad link.

        Parsers resolve links with :func:`~citycrawl.parsing.html.absolute_url`, which
        already refuses these; this keeps a network's parser that builds URLs some
        other way from losing the rest of its page to one ``ValueError`` here.
        """
        if http_url(url) is not None:
            return True
        self._bad_links(1, page_url)
        return False

    def _listing(self, response: Response) -> ListingPage | None:
        content_type = self._html_content_type(response)
        if content_type is None:
            return None
        route = self.site.route(response.url)
        layout = self.site.layout(route.layout if route else self.site.listing_layout)
        try:
            with collect_charset_fixes() as fixes:
                page = layout.read_listing(response.body, response.url, content_type or None)
        except PageParseError as exc:
            self._parse_failed("listing", response, exc)
            return None
        self._charset_fixed(fixes, response.url)
        self._bad_links(page.bad_links, response.url)
        # Which way the parser found the cards: a redesign shows as a shift here first.
        strategy = page.strategy or "unreported"
        self._stats().inc_value(f"citycrawl/listing_strategy/{page.layout}/{strategy}")
        return page

    def _document(self, response: Response) -> DocumentPage | None:
        content_type = self._html_content_type(response)
        if content_type is None:
            return None
        try:
            with collect_charset_fixes() as fixes:
                document = self._document_layout(response.url).read_document(
                    response.body, response.url, content_type or None
                )
        except PageParseError as exc:
            self._parse_failed("document", response, exc)
            return None
        self._charset_fixed(fixes, response.url)
        self._bad_links(document.bad_links, response.url)
        stats = self._stats()
        for name, strategy in document.field_sources.items():
            stats.inc_value(f"citycrawl/field_source/{name}/{strategy}")
        return document

    def _document_layout(self, url: str) -> PageLayout:
        route = self.site.route(url)
        if route is not None and route.kind == "document":
            return self.site.layout(route.layout)
        # A URL no rule claims is read from the signals every site carries, counted so
        # that a new URL shape shows in the report; one a listing rule claims belongs to
        # that layout, whose document parser knows its pages best.
        self._stats().inc_value("citycrawl/route/unclaimed")
        return self.site.layout(route.layout if route else GENERIC.name)

    def _wanted(self, record: ApiRecord) -> bool:
        """Whether the run's ``sections`` and ``since`` admit a document only an API listed."""
        if self.arguments.since and record.published:
            day = dates.parse_date(record.published)
            if day is not None and _as_date(day) < self.arguments.since:
                return False
        if set(self.arguments.sections) >= set(self.site.profile.section_names):
            return True
        labels = {slugify(label) for label in record.categories}
        return bool(labels & set(self.arguments.sections))

    def _api_record(self, response: Response) -> ApiRecord | None:
        if self.api is None:
            return None
        asked = response.meta.get("redirect_urls", [response.url])[0]
        return self.api.record_for(asked) or self.api.record_for(response.url)

    def _older_than_since(self, entry: ListingEntry) -> bool:
        since = self.arguments.since
        text = entry.date_text or entry.start_text or entry.published_text
        if since is None or not text:
            return False
        day = dates.parse_date(text)
        return day is not None and _as_date(day) < since

    def on_site(self, url: str) -> bool:
        """True for an http(s) URL on one of the crawl's hosts."""
        parts = urlsplit(url)
        return parts.scheme in {"http", "https"} and site_host(parts.netloc) in self.page_hosts

    def _stats(self) -> Any:
        assert self.crawler.stats is not None
        return self.crawler.stats


def _as_date(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _header(response: Response, name: bytes) -> str | None:
    """A response header as text, ``None`` when absent or empty."""
    value = response.headers.get(name)
    # Header bytes are Latin-1 on the wire (RFC 9110 §5.5); validators are ASCII anyway.
    text = value.decode("latin-1").strip() if value else ""
    return text or None


_END_OF_PAGE_RE = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)


def _is_complete(response: TextResponse) -> bool:
    # A body that arrived exactly as long as its Content-Length said is whole: Scrapy
    # fails the download otherwise (and on broken chunking). Only a body that was
    # decompressed (a torn gzip stream decodes as far as it goes) or delimited by the
    # connection closing can be cut short unnoticed; those must reach the closing tags
    # every page of the site ends with.
    declared = response.headers.get(b"Content-Length") or b""
    if declared.isdigit() and int(declared) == len(response.body):
        return True
    return bool(_END_OF_PAGE_RE.search(response.text[-4096:]))
