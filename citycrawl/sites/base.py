"""What a network is to citycrawl: a profile, its layouts, and the URL rules that pick them.

A network's site package (``citycrawl/sites/<network>/``) builds one :class:`Site` and
registers it (:func:`citycrawl.sites.register`). Everything network-specific lives
there: the spider, the pipelines, discovery, incremental crawling and the dataset read
the :class:`SiteProfile` and call the :class:`PageLayout` hooks; none of them names a
network or a layout.

A *layout* is one generation of a site (EUROCITIES: ``wordpress`` since 2020, ``domino``
before): its page parsers and the few decisions that depend on how that generation
writes its pages (what a card's date means, how a URL maps to an item type).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar
from urllib.parse import urlsplit

from citycrawl.parsing import generic
from citycrawl.parsing.html import collect_bad_links
from citycrawl.parsing.model import DocumentPage, ListingEntry, ListingPage, PageParseError
from citycrawl.urls import canonical_url, site_host

PageKind = Literal["listing", "document"]
DateOrder = Literal["DMY", "MDY"]


@dataclass(frozen=True, slots=True)
class Section:
    """A part of a site users choose with ``-a sections=``: its name and listing pages."""

    name: str
    """Lower-case slug (``news``, ``press-release``), the value of ``-a sections=``."""
    seeds: tuple[str, ...]
    """The section's first listing page(s), as paths below the base URL."""


@dataclass(frozen=True, slots=True)
class LayoutPeriod:
    """When a layout (site generation) was in force, for the archive and the docs."""

    layout: str
    since: dt.date | None
    until: dt.date | None
    description: str


@dataclass(frozen=True, slots=True)
class SiteProfile:
    """Everything the crawl needs to know about a network that is not page markup."""

    name: str
    """Spider name, dataset folder and the ``source`` column (``eurocities``)."""
    title: str
    """How the network writes its own name (``EUROCITIES``)."""
    base_url: str
    """The live site's root, the default ``-a base_url``."""
    hosts: frozenset[str]
    """Every host that serves the site, in :func:`~citycrawl.urls.site_host` form."""
    home_zone: str
    """IANA zone for times a page states without one (the network's seat)."""
    sections: tuple[Section, ...]
    category_types: tuple[tuple[str, str], ...] = ()
    """Lower-case category label → item type, most specific first."""
    sitemaps: tuple[str, ...] = ("/wp-sitemap.xml", "/sitemap_index.xml")
    """Sitemap paths probed when robots.txt names none."""
    feeds: tuple[str, ...] = ("/feed/",)
    """Feed paths probed when no sitemap answers."""
    section_feed: str | None = None
    """Per-section feed path with ``{section}``; read after a general feed is missing."""
    periods: tuple[LayoutPeriod, ...] = ()
    members: tuple[str, ...] = ()
    """Member cities as the network names them, where known."""
    date_order: DateOrder = "DMY"
    """How the site writes all-numeric dates (``04/10/2023``)."""
    language: str = "en"
    """The language the site mostly writes in (ISO 639-1)."""
    forbidden_host_prefixes: tuple[str, ...] = ("staging.",)
    """Hosts never fetched although they serve the site (staging copies, members' areas)."""
    trailing_slash: bool = True
    """Whether document paths end in ``/`` (WordPress permalinks); canonical URLs follow."""
    archive_paths: tuple[str, ...] = ()
    """URL path prefixes whose captures a backfill from a web archive enumerates besides
    the section seeds: where every layout's documents (and old listings) live."""

    @property
    def section_names(self) -> tuple[str, ...]:
        return tuple(section.name for section in self.sections)

    def seed_urls(self, base_url: str, sections: Sequence[str]) -> list[str]:
        """The listing pages of ``sections`` below ``base_url``, in profile order."""
        wanted = set(sections)
        return [
            base_url.rstrip("/") + seed
            for section in self.sections
            if section.name in wanted
            for seed in section.seeds
        ]

    def section_feeds(self, sections: Sequence[str]) -> tuple[str, ...]:
        """The per-section feed paths of ``sections`` (none without ``section_feed``)."""
        if self.section_feed is None:
            return ()
        return tuple(self.section_feed.format(section=name) for name in sections)

    def serves(self, host: str) -> bool:
        """True for one of the site's hosts, or a copy of it never crawled (``staging.``)."""
        host = site_host(host)
        return host in self.hosts or any(
            host.startswith(prefix) and host[len(prefix) :] in self.hosts
            for prefix in self.forbidden_host_prefixes
        )

    def is_forbidden_host(self, host: str) -> bool:
        """True for a host that must never be fetched (staging copies, members' areas)."""
        return site_host(host).startswith(self.forbidden_host_prefixes)


@dataclass(frozen=True, slots=True)
class DateTexts:
    """The raw texts a layout gives for a document's dates, each with its label.

    The label names where the text came from (``publication date``, ``event date``) and
    prefixes it in ``date_text``; ``None`` means the layout has no text for that date.
    """

    published: tuple[str, str | None] | None = None
    event_start: tuple[str, str | None] | None = None
    event_end: tuple[str, str | None] | None = None


class PageLayout:
    """One generation of a network's site: its parsers, and how its fields read.

    A subclass sets :attr:`name` and implements :meth:`parse_listing` and
    :meth:`parse_document`; the hooks below have defaults for sites whose pages state
    their own dates and categories, and are overridden where a layout differs.
    """

    name: str = ""

    def parse_listing(self, body: bytes, url: str, content_type: str | None = None) -> ListingPage:
        """Read a listing page; :class:`PageParseError` when it is not one."""
        raise PageParseError("no_listing_parser", url, f"layout {self.name!r} has no listings")

    def parse_document(
        self, body: bytes, url: str, content_type: str | None = None
    ) -> DocumentPage:
        """Read a document page; :class:`PageParseError` when it cannot be read."""
        raise NotImplementedError

    def read_listing(self, body: bytes, url: str, content_type: str | None = None) -> ListingPage:
        """:meth:`parse_listing` as the crawl calls it: its bad links counted on the page,
        and any exception other than :class:`PageParseError` turned into one (``unexpected``).
        """
        with collect_bad_links() as bad:
            page = _guarded(self.parse_listing, body, url, content_type)
        page.bad_links += len(bad)
        return page

    def read_document(self, body: bytes, url: str, content_type: str | None = None) -> DocumentPage:
        """:meth:`parse_document` as the crawl calls it (see :meth:`read_listing`)."""
        with collect_bad_links() as bad:
            page = _guarded(self.parse_document, body, url, content_type)
        page.bad_links += len(bad)
        return page

    def item_type(self, profile: SiteProfile, url: str, categories: Sequence[str]) -> str | None:
        """The item type the document's categories (or URL) say, ``None`` if they don't."""
        labels = {label.strip().lower() for label in categories}
        for label, item_type in profile.category_types:
            if label in labels:
                return item_type
        return None

    def listing_categories(self, listing_url: str) -> list[str]:
        """Categories a document takes from the listing it was found on (when it has none)."""
        return []

    def date_texts(
        self, item_type: str, document: DocumentPage, entry: ListingEntry | None
    ) -> DateTexts:
        """Which raw texts give the document's publication and event dates."""
        published = document.published_text or (entry.published_text if entry else None)
        published = published or document.date_text or (entry.date_text if entry else None)
        start = document.start_text or (entry.start_text if entry else None)
        end = document.end_text or (entry.end_text if entry else None)
        return DateTexts(
            published=("published", published),
            event_start=("start date", start) if item_type == "event" else None,
            event_end=("end date", end) if item_type == "event" else None,
        )


_Page = TypeVar("_Page", ListingPage, DocumentPage)


def _guarded(
    parse: Callable[[bytes, str, str | None], _Page],
    body: bytes,
    url: str,
    content_type: str | None,
) -> _Page:
    """``parse(body, url, content_type)``; a bug it hits on one page fails that page only.

    A parser is written for the pages it has seen; the web sends others. Whatever it
    raises besides :class:`PageParseError` (an ``IndexError`` on an odd card, a
    ``RecursionError``) becomes ``PageParseError("unexpected")`` with the original as
    its cause, which the spider counts and logs with the URL and traceback, so the
    crawl goes on with every other page (and this listing's next page: see
    :meth:`~citycrawl.spiders.network.NetworkSpider.parse_listing`).
    """
    try:
        return parse(body, url, content_type)
    except PageParseError:
        raise
    except Exception as exc:
        raise PageParseError("unexpected", url, f"{type(exc).__name__}: {exc}") from exc


class GenericLayout(PageLayout):
    """Any page, read from the signals every well-made site carries and its main text.

    Every site has it under the name ``generic``: a document URL no rule claims is read
    with it (:mod:`citycrawl.parsing.generic`).
    """

    name = "generic"

    def parse_document(
        self, body: bytes, url: str, content_type: str | None = None
    ) -> DocumentPage:
        return generic.parse_document(body, url, content_type)


GENERIC = GenericLayout()


@dataclass(frozen=True, slots=True)
class UrlRule:
    """A URL shape a layout claims, in the spirit of web-poet's ``@handle_urls``.

    ``pattern`` is searched in the URL's path plus query (``/news/x-WSPO-ABC123``,
    ``/?p=20761``), so it is host-blind: a mirror or archive copy routes as the site.
    """

    pattern: re.Pattern[str]
    layout: str
    kind: PageKind


@dataclass(frozen=True, slots=True)
class Route:
    """Which layout's parser a page needs, and whether a rule claimed it."""

    layout: str
    kind: PageKind
    claimed: bool = True


class Site:
    """A registered network: its profile, its layouts and the rules that pick them."""

    def __init__(
        self,
        profile: SiteProfile,
        layouts: Sequence[PageLayout],
        rules: Sequence[UrlRule],
        *,
        listing_layout: str,
    ) -> None:
        self.profile = profile
        self.layouts: Mapping[str, PageLayout] = {
            GENERIC.name: GENERIC,
            **{layout.name: layout for layout in layouts},
        }
        self.rules = tuple(rules)
        #: Layout of listing pages no rule claims (start pages given with -a start_urls).
        self.listing_layout = listing_layout
        unknown = {rule.layout for rule in self.rules} - set(self.layouts) - {listing_layout}
        if unknown or listing_layout not in self.layouts:
            raise ValueError(f"{profile.name}: rules name unknown layouts {sorted(unknown)}")

    @property
    def name(self) -> str:
        return self.profile.name

    def route(self, url: str) -> Route | None:
        """The first rule that claims ``url``'s path and query, ``None`` if none does."""
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        for rule in self.rules:
            if rule.pattern.search(target):
                return Route(rule.layout, rule.kind)
        return None

    def layout(self, name: str) -> PageLayout:
        return self.layouts[name]

    def canonical_url(self, url: str) -> str:
        """``url`` in the site's canonical form (see :func:`citycrawl.urls.canonical_url`)."""
        return canonical_url(url, trailing_slash=self.profile.trailing_slash)

    def document_identity(self, url: str) -> str:
        """What makes two URLs one document: the canonical URL without its scheme.

        A site whose documents carry a key of their own overrides this (EUROCITIES'
        Domino ``WSPO-`` keys).
        """
        return "url:" + self.canonical_url(url).split("://", 1)[-1]

    def item_id(self, url: str) -> str:
        """The dataset key of the document at ``url``: sha1 of its identity."""
        identity = self.document_identity(url).encode("utf-8")
        return hashlib.sha1(identity, usedforsecurity=False).hexdigest()
