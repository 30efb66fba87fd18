"""Normalise: merge a document page with its card into one typed row of the schema.

:func:`normalise_page` is a pure function (no Scrapy); :class:`NormalisePipeline` runs
it on every :class:`~citycrawl.items.ParsedPage` the spider yields. Every date goes
through :mod:`citycrawl.dates`; a date that does not resolve stays null and says why in
``date_issues``, its raw text kept in ``date_text``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import orjson

from citycrawl import dates, sites
from citycrawl.enrich.themes import listing_theme
from citycrawl.items import ParsedPage
from citycrawl.parsing.cms import ApiRecord
from citycrawl.parsing.html import slugify, strip_markup
from citycrawl.parsing.model import DocumentPage
from citycrawl.schema import ITEM_COLUMN_NAMES, NON_CONTENT_COLUMNS
from citycrawl.sites import DateTexts, PageLayout, Site
from citycrawl.sites.generic import schema_item_type
from citycrawl.urls import site_host

if TYPE_CHECKING:  # the row functions run without Scrapy (citycrawl.extract_page)
    from scrapy.crawler import Crawler

_ONLINE_RE = re.compile(
    r"\b(?:online|webinar|web conference|virtual(?:ly)?|live ?stream(?:ed|ing)?)\b", re.IGNORECASE
)
# "will take place in Katowice", "taking place in Brussels", "held in Porto",
# "Mobility Forum in Porto": a capitalised place name after a verb of happening or the
# name of a gathering. Anything less explicit is left null.
_PLACE_RE = re.compile(
    r"(?:\b(?:tak(?:e|es|ing)\s+place|took\s+place|(?:be\s+)?held|hosted)\b[^.;:]{0,60}?"
    r"\bin\s+|\b(?i:forum|conference|meeting|summit|workshop|festival|seminar|assembly|"
    r"congress|study visit)\s+(?:in|to)\s+)"
    r"(?P<place>[A-Z][\w'’-]+(?:[ -](?:de |del |am |an )?[A-Z][\w'’-]+){0,3})"
)
#: Zones for events whose place lies outside Central European Time; every other
#: place, and online events, keep the network's home zone (its profile's).
_PLACE_ZONES = {
    "Europe/Lisbon": ("portugal", "lisbon", "lisboa", "porto", "braga", "coimbra", "guimaraes"),
    "Europe/Dublin": ("ireland", "dublin", "cork", "galway"),
    "Europe/London": (
        "united kingdom",
        "london",
        "glasgow",
        "edinburgh",
        "manchester",
        "birmingham",
        "bristol",
        "leeds",
        "liverpool",
        "cardiff",
        "belfast",
        "newcastle",
        "nottingham",
        "sheffield",
    ),
    "Europe/Helsinki": ("finland", "helsinki", "espoo", "tampere", "turku", "oulu", "vantaa"),
    "Europe/Tallinn": ("estonia", "tallinn", "tartu"),
    "Europe/Riga": ("latvia", "riga"),
    "Europe/Vilnius": ("lithuania", "vilnius", "kaunas"),
    "Europe/Athens": ("greece", "athens", "thessaloniki", "patras", "heraklion"),
    "Europe/Bucharest": ("romania", "bucharest", "cluj", "timisoara", "iasi", "brasov"),
    "Europe/Sofia": ("bulgaria", "sofia", "plovdiv", "varna", "burgas"),
    "Asia/Nicosia": ("cyprus", "nicosia", "limassol"),
    "Europe/Kyiv": ("ukraine", "kyiv", "kiev", "lviv", "kharkiv", "odesa"),
    "Europe/Istanbul": ("turkey", "türkiye", "istanbul", "izmir", "ankara"),
}
#: How much of an event page's body is searched for the event's dates and times: pages
#: state them in the lead and first paragraphs; further down come programme sessions,
#: and reading a whole long body costs more than the rest of the page's processing.
EVENT_TEXT_CHARS = 3000
_TEXT_COLUMNS = ("title", "summary", "body", "location")
_LIST_COLUMNS = ("categories", "authors", "theme_labels")


def plain_text(value: str | None) -> str | None:
    """``value`` without markup-like runs or U+FFFD, NFC-normalised; ``None`` if empty."""
    if value is None:
        return None
    cleaned = unicodedata.normalize("NFC", strip_markup(value)).strip()
    return cleaned or None


def _merge_lists(*lists: Iterable[str]) -> list[str]:
    merged: list[str] = []
    for values in lists:
        for value in values:
            if value and value not in merged:
                merged.append(value)
    return merged


def _themes(
    page: ParsedPage, page_labels: list[str], card_labels: list[str], cms_labels: list[str]
) -> tuple[list[str], list[str], list[dict[str, str | None]]]:
    """``themes``, ``theme_labels`` and ``theme_sources``: the page's, the card's and the
    CMS interface's labels, and the theme of the listing the document was reached from."""
    sources: list[dict[str, str | None]] = []
    for source, labels in (("page", page_labels), ("card", card_labels), ("cms", cms_labels)):
        for label in labels:
            sources.append({"theme": slugify(label), "source": source, "listing_url": None})
    labels = _merge_lists(page_labels, card_labels, cms_labels)
    # Every listing the card stood on, in URL order: the same whichever was read first.
    listings = sorted({(page.listing_url, page.listing_heading), *page.listed_on}, key=str)
    for listing_url, heading in listings:
        listed = listing_theme(listing_url, heading)
        if listed is None:
            continue
        slug, label = listed
        theme = slugify(slug)
        if any(s["theme"] == theme and s["source"] == "listing" for s in sources):
            continue  # one entry per (theme, source): the first listing in URL order
        sources.append({"theme": theme, "source": "listing", "listing_url": listing_url})
        if theme not in {slugify(x) for x in labels}:
            labels = _merge_lists(labels, [label])
    themes = _merge_lists(s["theme"] or "" for s in sources)
    return themes, labels, [s for s in sources if s["theme"]]


def item_type_for(
    site: Site,
    layout: PageLayout,
    document: DocumentPage,
    categories: list[str],
    has_event_dates: bool,
) -> str:
    """The item_type of a document: what its layout reads from its categories or URL.

    A document the layout cannot type takes what its schema.org type says, else is an
    event when it states event dates, else ``other``.
    """
    url = document.url
    return (
        layout.item_type(site.profile, url, categories)
        or schema_item_type(document)
        or ("event" if has_event_dates else "other")
    )


def _document_url(site: Site, page: ParsedPage) -> str:
    # The page's own canonical link wins when it names the same site (a /?p= shortlink
    # served without a redirect still gets its permalink); anything else is ignored.
    declared = page.document.canonical_url
    if declared and site_host(urlsplit(declared).netloc) == site_host(urlsplit(page.url).netloc):
        return site.canonical_url(declared)
    return site.canonical_url(page.url)


class _DateCollector:
    """Parses the raw date texts of one item, remembering what came from where."""

    def __init__(self, reference: dt.date) -> None:
        self.reference = reference
        #: (label, raw text) of every date text, in order; label None for a date found in
        #: the title, teaser or text.
        self.texts: list[tuple[str | None, str]] = []
        self.issues: list[str] = []

    def when(
        self, label: str, text: str | None, reference: dt.date | None = None
    ) -> dt.date | dt.datetime | None:
        """The date, or date and time, ``text`` states; ``None`` (with the reason in
        ``date_issues``) when it states none, an impossible one or an implausible one."""
        if not text:
            return None
        self.texts.append((label, text))
        ref = reference or self.reference
        value = dates.parse_date(text, reference=ref)
        if value is None:
            self.issues.append(f"{label}:{dates.why_unparsed(text, reference=ref) or 'unparsed'}")
            return None
        # The parser reads history ("9 May 1950"); a publication or event date is not.
        if not dates.plausible(value.date() if isinstance(value, dt.datetime) else value, ref):
            self.issues.append(f"{label}:{dates.DateIssue.IMPLAUSIBLE.value}")
            return None
        return value

    def day(self, label: str, text: str | None, reference: dt.date | None = None) -> dt.date | None:
        """Like :meth:`when`, the calendar day only."""
        return _day(self.when(label, text, reference))

    def first_range(
        self, texts: Iterable[str | None], reference: dt.date, on_day: dt.date | None
    ) -> dates.DateRange | None:
        """The first date expression in ``texts`` (starting on ``on_day`` when given)."""
        for text in texts:
            if not text:
                continue
            for found in dates.iter_date_ranges(text, reference=reference):
                start = found.start
                start_day = start.date() if isinstance(start, dt.datetime) else start
                if not dates.plausible(start_day, reference):
                    continue  # history quoted in a body ("since 9 May 1950")
                if on_day is None or start_day == on_day:
                    return found
        return None


def _zone_for(location: str | None, stated: str | None, home_zone: str) -> str:
    if stated:
        return stated
    lowered = (location or "").lower()
    for zone, places in _PLACE_ZONES.items():
        if any(re.search(rf"\b{re.escape(p)}\b", lowered) for p in places):
            return zone
    return home_zone


def _to_utc(value: dt.date | dt.datetime | None, zone: str) -> dt.datetime | None:
    if not isinstance(value, dt.datetime):
        return None
    if value.tzinfo is None:
        # A local wall time: fold=0 takes the first of a repeated autumn hour; a time
        # in the spring gap maps forward, as a clock would show it.
        value = value.replace(tzinfo=ZoneInfo(zone))
    return value.astimezone(dt.UTC)


def _day(value: dt.date | dt.datetime | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def _find_place(texts: Iterable[str | None]) -> str | None:
    for text in texts:
        if text and (match := _PLACE_RE.search(text)):
            return match.group("place")
    return None


def http_date(value: str | None) -> dt.datetime | None:
    """An HTTP date header (``Wed, 01 Jan 2025 00:00:00 GMT``) as UTC; ``None`` if unreadable.

    A malformed validator is no reason to lose the page: the next crawl then simply
    sends no ``If-Modified-Since`` from it.
    """
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:  # RFC 9110 dates are GMT; an obsolete form may omit it
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def drop_listing_themes(content: dict[str, Any]) -> None:
    """Drop from ``content`` (a row or a copy) the themes that only the listing gave.

    Which listing leads to a document listed on several (an issue page and a news list,
    two aliases) depends on crawl order, like its URL alias: it must not make a version.
    """
    sources = content.get("theme_sources") or []
    own = {s["theme"] for s in sources if s["source"] != "listing"}
    if len(own) == len(sources):
        return
    content["theme_sources"] = [s for s in sources if s["source"] != "listing"]
    content["themes"] = [t for t in content.get("themes") or [] if t in own]
    content["theme_labels"] = [x for x in content.get("theme_labels") or [] if slugify(x) in own]


def content_hash(row: dict[str, Any]) -> str:
    """sha256 over the row's content columns, so it changes exactly when content does."""
    content = {k: v for k, v in row.items() if k not in NON_CONTENT_COLUMNS}
    drop_listing_themes(content)
    # orjson: about 5x faster than json.dumps on a row with a long body, and it writes
    # dates and datetimes itself (ISO 8601), so the encoding is fixed by the values.
    return hashlib.sha256(orjson.dumps(content, option=orjson.OPT_SORT_KEYS)).hexdigest()


@dataclass(slots=True)
class _EventFields:
    """An event's dates, times, zone, place and whether it is online."""

    start: dt.date | None = None
    end: dt.date | None = None
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    zone: str | None = None
    location: str | None = None
    is_online: bool | None = None


def _categories(layout: PageLayout, page: ParsedPage) -> list[str]:
    doc, entry = page.document, page.entry
    # An old-site document's "document type" (`policy publication`) is the category
    # that site showed.
    categories = _merge_lists(
        doc.categories, entry.categories if entry else [], [doc.document_type or ""]
    )
    if not categories and page.api is not None:
        categories = list(page.api.categories)
    if not categories and page.listing_url:
        categories = layout.listing_categories(page.listing_url)
    return categories


def _event_fields(
    site: Site,
    page: ParsedPage,
    texts: DateTexts,
    collect: _DateCollector,
    published: dt.date | None,
) -> _EventFields:
    """Event days from the layout's labelled texts, times and zone from the page's text."""
    doc, entry = page.document, page.entry
    event = _EventFields(location=doc.location)
    schedule = _schedule(texts, published or collect.reference)
    # A whole schedule is read below as one range; a single date (or date-time) here.
    start = (
        collect.when(*texts.event_start, published)
        if texts.event_start and schedule is None
        else None
    )
    end = collect.when(*texts.event_end, _day(start) or published) if texts.event_end else None
    event.start, event.end = _day(start), _day(end)
    if isinstance(start, dt.datetime):
        _stated_times(site, event, start, end)
    if event.start is None and page.api is not None and page.api.event_start:
        _api_event(site, page.api, collect, event)
        return event
    title = doc.title or (entry.title if entry else None)
    summary = doc.summary or (entry.summary if entry else None)
    anchor = event.start or published or collect.reference
    body_head = doc.body[:EVENT_TEXT_CHARS] if doc.body else None
    found = collect.first_range(
        (schedule, title, summary, body_head), reference=anchor, on_day=event.start
    )
    if found is not None:
        collect.texts.append((None, found.text))
        if event.start is None:
            event.start = _day(found.start)
        end_day = _day(found.end)
        if event.end is None and end_day is not None and event.start and end_day >= event.start:
            event.end = end_day
        event.location = event.location or _find_place((summary, doc.body))
        if event.starts_at is None and isinstance(found.start, dt.datetime):
            event.zone = _zone_for(event.location, found.timezone, site.profile.home_zone)
            event.starts_at = _to_utc(found.start, event.zone)
            event.ends_at = _to_utc(found.end, event.zone)
    if event.start is not None and event.end is None:
        event.end = event.start
    event.location = event.location or _find_place((summary, doc.body))
    if _ONLINE_RE.search(" ".join(t for t in (title, summary, event.location) if t)):
        event.is_online = True
    elif event.location:
        event.is_online = False
    return event


def _api_event(site: Site, api: ApiRecord, collect: _DateCollector, event: _EventFields) -> None:
    """An event's days, times and zone from the CMS's structured record (The Events Calendar).

    Its start and end are local wall times in the event's own zone; an all-day event
    has days only.
    """
    start = collect.when("event start (cms)", api.event_start)
    end = collect.when("event end (cms)", api.event_end)
    event.start, event.end = _day(start), _day(end) or _day(start)
    event.location = event.location or api.location
    if event.location:
        event.is_online = bool(_ONLINE_RE.search(event.location))
    if api.all_day or not isinstance(start, dt.datetime):
        return
    event.zone = _valid_zone(api.timezone) or site.profile.home_zone
    event.starts_at = _to_utc(start, event.zone)
    event.ends_at = _to_utc(end, event.zone) if isinstance(end, dt.datetime) else None


def _stated_times(
    site: Site, event: _EventFields, start: dt.datetime, end: dt.date | dt.datetime | None
) -> None:
    """Instants from a start (and end) the page states with a time (schema.org Event).

    A named zone is kept; a fixed offset (``+02:00``) keeps the place's zone only when
    that zone had the offset then, else the zone stays unknown (the instants are exact).
    """
    if isinstance(start.tzinfo, ZoneInfo):
        event.zone = start.tzinfo.key
    else:
        local = _zone_for(event.location, None, site.profile.home_zone)
        offset_then = start.replace(tzinfo=ZoneInfo(local)).utcoffset()
        event.zone = local if start.tzinfo is None or offset_then == start.utcoffset() else None
    zone = event.zone or "UTC"
    event.starts_at = _to_utc(start, zone)
    event.ends_at = _to_utc(end, zone) if isinstance(end, dt.datetime) else None


def _valid_zone(name: str | None) -> str | None:
    try:
        return name if name and ZoneInfo(name) else None
    except (ValueError, KeyError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return None


def _schedule(texts: DateTexts, reference: dt.date) -> str | None:
    """The event date text when it is a whole schedule: a range of days or of times.

    Many sites print it in one line ("From 15 June 2021 to 17 June 2021", "June 15,
    2022 @ 11:00 am - 12:30 pm CEST"); it is then read first, as a range. A single day
    or instant ("9 October 2023", a schema.org ``startDate``) is not.
    """
    text = texts.event_start[1] if texts.event_start else None
    found = next(dates.iter_date_ranges(text, reference=reference), None) if text else None
    return text if found is not None and found.end is not None else None


def _language(tag: str | None) -> str | None:
    return tag.split("-", 1)[0].split("_", 1)[0].lower() or None if tag else None


def normalise_page(page: ParsedPage) -> dict[str, Any]:
    """Merge a document page and its card into one row of ``ITEM_SCHEMA``.

    The document's own fields win; the card fills what the page lacks (categories,
    date, teaser, themes, reading time). What depends on the site's layout (what a
    date text means, how categories map to item types) comes from the page's
    :class:`~citycrawl.sites.PageLayout`. See docs/data-dictionary.md for the columns.
    """
    site = sites.get(page.site)
    layout = site.layout(page.document.layout)
    url = _document_url(site, page)
    categories = _categories(layout, page)
    item_type = item_type_for(site, layout, page.document, categories, _has_event_dates(page))
    collect = _DateCollector(page.fetched_at.astimezone(dt.UTC).date())
    published, event = _dates(site, layout, page, item_type, collect)
    values = {
        "item_id": site.item_id(url),
        "url": url,
        "source": site.name,
        "layout": page.document.layout,
        "item_type": item_type,
        "categories": categories,
        **_content(page),
        "published": published,
        "event_start": event.start,
        "event_end": event.end,
        "event_starts_at": event.starts_at,
        "event_ends_at": event.ends_at,
        "event_timezone": event.zone,
        "location": event.location,
        "is_online": event.is_online,
        "date_text": "; ".join(t if lb is None else f"{lb}: {t}" for lb, t in collect.texts)
        or None,
        "date_texts": [{"label": lb, "text": t} for lb, t in collect.texts],
        "date_issues": collect.issues,
        **_crawl_state(page),
        "content_hash": "",
    }
    # Filled later by their own pipelines (cities, language detection, same event).
    values.update(cities=[], same_event_as=[])
    return _cleaned({name: values[name] for name in ITEM_COLUMN_NAMES})


def _has_event_dates(page: ParsedPage) -> bool:
    doc, entry, api = page.document, page.entry, page.api
    return bool(
        doc.start_text
        or doc.end_text
        or (entry and (entry.start_text or entry.end_text))
        or (api and api.event_start)
    )


def _dates(
    site: Site, layout: PageLayout, page: ParsedPage, item_type: str, collect: _DateCollector
) -> tuple[dt.date | None, _EventFields]:
    """The publication day and the event's fields, each from the texts the layout names."""
    texts = layout.date_texts(item_type, page.document, page.entry)
    published = collect.day(*texts.published) if texts.published else None
    api = page.api
    if published is None and api is not None and api.published and item_type != "event":
        # The page prints no date: the CMS's own publication date stands in.
        published = collect.day("published (cms)", api.published)
    if item_type != "event":
        return published, _EventFields(location=page.document.location)
    return published, _event_fields(site, page, texts, collect, published)


def _content(page: ParsedPage) -> dict[str, Any]:
    """Title, summary, body, authors, themes: the page's own, else its card's."""
    doc, entry, api = page.document, page.entry, page.api
    themes, theme_labels, theme_sources = _themes(
        page, doc.theme_labels, entry.theme_labels if entry else [], api.themes if api else []
    )
    return {
        "title": doc.title or (entry.title if entry else None),
        "summary": doc.summary or (entry.summary if entry else None),
        "body": doc.body,
        "authors": list(doc.authors),
        "themes": themes,
        "theme_labels": theme_labels,
        "theme_sources": theme_sources,
    }


def _crawl_state(page: ParsedPage) -> dict[str, Any]:
    """Language, reading time and what the crawl records about the fetch itself."""
    language = _language(page.document.language)
    return {
        "language": language,
        "language_source": "declared" if language else None,
        "reading_minutes": page.entry.reading_minutes if page.entry else None,
        "crawled_at": page.fetched_at.astimezone(dt.UTC),
        "archived_at": page.archived_at.astimezone(dt.UTC) if page.archived_at else None,
        "archive_url": page.archive_url,
        "card_hash": page.card_hash,
        "etag": page.etag or None,
        "last_modified": http_date(page.last_modified),
    }


def _cleaned(row: dict[str, Any]) -> dict[str, Any]:
    """Text columns as plain text, and the content hash over the result."""
    for name in _TEXT_COLUMNS:
        row[name] = plain_text(row[name])
    for name in _LIST_COLUMNS:
        row[name] = [v for v in (plain_text(x) for x in row[name]) if v]
    row["content_hash"] = content_hash(row)
    return row


class NormalisePipeline:
    """Turns each :class:`ParsedPage` into a schema row (a dict)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NormalisePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ParsedPage):
            return item
        row = normalise_page(item)
        if row["date_issues"] and self.crawler.stats is not None:
            self.crawler.stats.inc_value("citycrawl/date_issues")
        return row
