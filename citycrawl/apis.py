"""Walking a site's CMS interfaces before its listings: WordPress REST, The Events Calendar,
Drupal JSON:API.

A crawl first asks the site's CMS what it knows (:mod:`citycrawl.parsing.cms` reads the
answers): the taxonomies a WordPress theme never prints (EUROCITIES' focus areas), the
structured start, end and zone of events. Only when that walk is over are the listings
seeded, so every document read afterwards finds its record, whatever order the
downloads finish in; the rows do not depend on timing. Documents the interface lists
that no listing or sitemap reached are fetched when the crawl would otherwise end
(:meth:`ApiWalker.unreached`).

An interface is never required: a 401, 403 or 404, a robots.txt disallow, a timeout or
a body that is not the expected JSON is a normal answer that ends that probe (counted
as ``citycrawl/api/<name>/absent``), and the crawl carries on from the HTML.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from citycrawl.parsing.cms import (
    ApiError,
    ApiRecord,
    TaxonomyRoles,
    load_json,
    parse_drupal_nodes,
    parse_tribe_events,
    parse_wp_posts,
    parse_wp_types,
)
from citycrawl.parsing.html import whole_number
from citycrawl.sites import Site

logger = logging.getLogger(__name__)

#: Interface requests go before everything else: the listings wait for them.
API_PRIORITY = 20
WP_PAGE_SIZE = 100
TRIBE_PAGE_SIZE = 50
DRUPAL_PAGE_SIZE = 50


@dataclass
class ApiWalker:
    """Walks one site's interfaces, then hands over to the listings (``then``).

    ``records`` maps a document's ``item_id`` to what the interfaces said of it; a
    later interface adds to an earlier one's record (The Events Calendar's dates to
    the WordPress post).
    """

    site: Site
    origin: str
    then: Callable[[], Iterator[scrapy.Request]]
    max_pages: int = 200
    stats: Any = None
    records: dict[str, ApiRecord] = field(default_factory=dict)
    pending: int = 0
    done: bool = False

    def start_requests(self) -> Iterator[scrapy.Request]:
        """The probes: WordPress post types and The Events Calendar, then Drupal if neither."""
        yield self._request(
            "/wp-json/wp/v2/types", self._wp_types, "wp-rest", fallback=self._drupal_probe
        )
        query = urlencode({"per_page": TRIBE_PAGE_SIZE, "start_date": "1990-01-01"})
        yield self._request(f"/wp-json/tribe/events/v1/events?{query}", self._tribe, "tribe-events")

    # -- bookkeeping -----------------------------------------------------------------

    def _request(
        self,
        path_or_url: str,
        callback: Callable[..., Any],
        interface: str,
        fallback: Callable[[], Iterator[scrapy.Request]] | None = None,
        **kwargs: Any,
    ) -> scrapy.Request:
        """A request to an interface; ``fallback`` yields the next probe if it is absent."""
        self.pending += 1
        url = path_or_url if "://" in path_or_url else self.origin + path_or_url
        return scrapy.Request(
            url,
            callback=self._answered,
            errback=self._failed,
            priority=API_PRIORITY,
            dont_filter=True,
            # 4xx/5xx are answers here (the interface is off), not retried errors.
            meta={"handle_httpstatus_all": True, "dont_retry": True},
            cb_kwargs={
                "handler": callback,
                "interface": interface,
                "fallback": fallback,
                "kwargs": kwargs,
            },
        )

    def _answered(
        self,
        response: Response,
        handler: Callable[..., Any],
        interface: str,
        fallback: Callable[[], Iterator[scrapy.Request]] | None,
        kwargs: Any,
    ) -> Iterator[scrapy.Request]:
        self.pending -= 1
        requests: list[scrapy.Request] = []
        why = f"HTTP {response.status}"
        if response.status == 200:
            try:
                requests = list(handler(response, **kwargs))
                why = ""
            except ApiError as exc:
                why = str(exc)
        if why:
            self._absent(interface, response.url, why)
            requests = list(fallback()) if fallback else []
        yield from requests
        yield from self._maybe_finished()

    def _failed(self, failure: Failure) -> Iterator[scrapy.Request]:
        self.pending -= 1
        request = failure.request  # type: ignore[attr-defined]
        self._absent(request.cb_kwargs["interface"], request.url, failure.getErrorMessage())
        fallback = request.cb_kwargs["fallback"]
        yield from fallback() if fallback else ()
        yield from self._maybe_finished()

    def _maybe_finished(self) -> Iterator[scrapy.Request]:
        if self.pending == 0 and not self.done:
            self.done = True
            self._count("records", len(self.records))
            logger.info("Interfaces of %s: %d documents known", self.origin, len(self.records))
            yield from self.then()

    def _absent(self, interface: str, url: str, why: str) -> None:
        self._count(f"{interface}/absent")
        logger.info("No %s interface at %s (%s): the HTML decides", interface, url, why)

    def _count(self, key: str, value: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"citycrawl/api/{key}", value)

    def _keep(self, records: list[ApiRecord], interface: str) -> None:
        self._count(f"{interface}/records", len(records))
        for record in records:
            key = self.site.item_id(record.url)
            known = self.records.get(key)
            self.records[key] = record if known is None else _merged(known, record)

    # -- WordPress ---------------------------------------------------------------------

    def _wp_types(self, response: Response) -> Iterator[scrapy.Request]:
        types = parse_wp_types(response.body)
        self._count("wp-rest/types", len(types))
        if not types:
            raise ApiError("types: no post type with documents")
        for post_type in types:
            yield self._wp_page(post_type.rest_base, 1)

    def _wp_page(self, rest_base: str, page: int) -> scrapy.Request:
        query = urlencode({"per_page": WP_PAGE_SIZE, "page": page, "_embed": 1})
        return self._request(
            f"/wp-json/wp/v2/{rest_base}?{query}",
            self._wp_posts,
            "wp-rest",
            rest_base=rest_base,
            page=page,
        )

    def _wp_posts(self, response: Response, rest_base: str, page: int) -> Iterator[scrapy.Request]:
        self._keep(parse_wp_posts(response.body, TaxonomyRoles()), "wp-rest")
        total = _int_header(response, b"X-WP-TotalPages")
        if total is not None and page < min(total, self.max_pages):
            yield self._wp_page(rest_base, page + 1)
        elif total is not None and total > self.max_pages:
            self._count("wp-rest/page_limit")

    # -- The Events Calendar -----------------------------------------------------------

    def _tribe(self, response: Response, page: int = 1) -> Iterator[scrapy.Request]:
        records, next_url = parse_tribe_events(response.body)
        self._keep(records, "tribe-events")
        if next_url and page < self.max_pages:
            yield self._request(next_url, self._tribe, "tribe-events", page=page + 1)

    # -- Drupal --------------------------------------------------------------------------

    def _drupal_probe(self) -> Iterator[scrapy.Request]:
        yield self._request("/jsonapi", self._drupal_index, "drupal-jsonapi")

    def _drupal_index(self, response: Response) -> Iterator[scrapy.Request]:
        links = load_json(response.body).get("links")
        if not isinstance(links, dict):
            raise ApiError("jsonapi: no links")
        query = urlencode({"page[limit]": DRUPAL_PAGE_SIZE, "sort": "-created"})
        for name, link in sorted(links.items()):
            href = link.get("href") if isinstance(link, dict) else None
            if name.startswith("node--") and isinstance(href, str):
                yield self._request(f"{href}?{query}", self._drupal_nodes, "drupal-jsonapi")

    def _drupal_nodes(self, response: Response, page: int = 1) -> Iterator[scrapy.Request]:
        records, next_url = parse_drupal_nodes(response.body, self.origin)
        self._keep(records, "drupal-jsonapi")
        if next_url and page < self.max_pages:
            yield self._request(next_url, self._drupal_nodes, "drupal-jsonapi", page=page + 1)

    # -- after the listings ------------------------------------------------------------

    def record_for(self, url: str) -> ApiRecord | None:
        """What the interfaces said of the document at ``url`` (any alias)."""
        return self.records.get(self.site.item_id(url))

    def unreached(self, reached: set[str]) -> list[ApiRecord]:
        """Records whose document no listing, sitemap or feed led to (``reached``: item ids)."""
        return [record for key, record in self.records.items() if key not in reached]


def _merged(first: ApiRecord, second: ApiRecord) -> ApiRecord:
    """``first`` with what ``second`` adds (a later interface fills gaps, never overrides)."""
    for name in (
        "title",
        "published",
        "modified",
        "event_start",
        "event_end",
        "all_day",
        "timezone",
        "location",
    ):
        if getattr(first, name) is None:
            setattr(first, name, getattr(second, name))
    for name in ("categories", "themes", "tags"):
        values: list[str] = getattr(first, name)
        values.extend(v for v in getattr(second, name) if v not in values)
    return first


def _int_header(response: Response, name: bytes) -> int | None:
    value = response.headers.get(name)
    text = value.decode("latin-1").strip() if value else ""
    # ASCII digits only, and at most 9 of them (int() refuses 4,301): never a crash.
    return whole_number(text) if text.isascii() else None
