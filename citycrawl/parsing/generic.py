"""The generic layer: what well-made pages carry whatever their theme or site.

Pure (no Scrapy). :func:`signals` reads one tree's machine-readable signals field by
field, so a site parser can keep its own selectors first and fall back to these for any
field they miss; :func:`parse_document` is the whole page for URLs no site rule claims:
signals plus the main text (:mod:`citycrawl.parsing.maintext`).

Each field is taken from the first strategy that has it, and
:attr:`Signals.sources` names that strategy (``jsonld``, ``opengraph``, ``meta``,
``microdata``, ``time``, ``url``, ``visible``, ``modified``, ``html``, ``maintext``), so
a redesign shows up as a shift between strategies before it shows up as nulls.
Dates stay text: normalisation reads them with :mod:`citycrawl.dates`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from citycrawl.parsing import maintext, pubdate, structured
from citycrawl.parsing.html import absolute_url, clean_text, element_text, parse_tree
from citycrawl.parsing.model import GenericPage
from citycrawl.parsing.structured import JsonNode, Structured

_EVENT_KINDS = ("Event", "Festival", "Hackathon", "ExhibitionEvent")
_ATTENDANCE = {
    "onlineeventattendancemode": "online",
    "offlineeventattendancemode": "offline",
    "mixedeventattendancemode": "mixed",
}
_ADDRESS_KEYS = ("streetAddress", "postalCode", "addressLocality", "addressRegion")


@dataclass(slots=True)
class Signals:
    """A page's machine-readable fields; ``None`` or empty where no strategy has one."""

    title: str | None = None
    summary: str | None = None
    published_text: str | None = None
    """Text :func:`citycrawl.dates.parse_date` reads as the publication day."""
    modified_text: str | None = None
    authors: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    """``article:section`` / JSON-LD ``articleSection``."""
    tags: list[str] = field(default_factory=list)
    canonical_url: str | None = None
    language: str | None = None
    schema_type: str | None = None
    start_text: str | None = None
    """schema.org Event ``startDate``, as written."""
    end_text: str | None = None
    attendance: str | None = None
    location: str | None = None
    body: str | None = None
    """JSON-LD ``articleBody`` when the page publishes it (the main text is separate)."""
    sources: dict[str, str] = field(default_factory=dict)


def signals(
    tree: etree._Element, url: str, *, reference: dt.date | None = None, dates: bool = True
) -> Signals:
    """Every generic signal of ``tree`` (from :func:`~citycrawl.parsing.html.parse_tree`).

    ``reference`` bounds plausible publication dates (default: today); ``dates=False``
    skips the publication-date search (a caller that has the date already: the search is
    the costliest signal, about a third of them).
    """
    found = structured.read(tree)
    main = _main_node(found.json_ld)
    out = Signals()
    pick = _Picker(out)
    pick("title", [("jsonld", _node_text(main, "headline", "name"))], _meta(found, _TITLE_META))
    pick("title", [("html", _html_title(found))])
    pick("summary", [("jsonld", _node_text(main, "description"))], _meta(found, _SUMMARY_META))
    pick(
        "authors", [("jsonld", _names(main, "author", "creator"))], _meta_list(found, _AUTHOR_META)
    )
    pick(
        "categories", [("jsonld", _texts(main, "articleSection"))], _meta_list(found, _SECTION_META)
    )
    pick("tags", [("jsonld", _keywords(main))], _meta_list(found, _TAG_META))
    og_url = _meta(found, (("opengraph", "og:url"),))
    pick("canonical_url", [("html", _canonical(found, url))], og_url)
    pick("language", [("html", _html_language(tree)), ("jsonld", _node_text(main, "inLanguage"))])
    pick("language", _meta(found, _LANGUAGE_META))
    pick("schema_type", [("jsonld", _main_type(main))])
    pick("body", [("jsonld", _node_text(main, "articleBody"))])
    languages = pubdate.grammar_languages(out.language)
    date = (
        pubdate.publication_date(tree, url, found, reference=reference, languages=languages)
        if dates
        else None
    )
    if date is not None:
        out.published_text = date.text
        out.sources["published"] = date.source
    pick("modified_text", [("jsonld", _node_text(main, "dateModified"))])
    pick("modified_text", _meta(found, tuple(("meta", name) for name in pubdate.MODIFIED_META)))
    _event(found, out, pick)
    return out


def parse_document(
    body: bytes, url: str, content_type: str | None = None, *, reference: dt.date | None = None
) -> GenericPage:
    """A page no site rule claims, read from its generic signals and main text.

    Raises :class:`~citycrawl.parsing.model.PageParseError` (``empty_page``,
    ``too_large``, ``not_html``) like every parser; anything else is read as far as it
    goes, each field independently.
    """
    tree = parse_tree(body, url, content_type)
    found = signals(tree, url, reference=reference)
    text = maintext.extract(tree, title=found.title)
    sources = dict(found.sources)
    page_body = text.body if text is not None else None
    if page_body is not None:
        sources["body"] = "maintext"
    elif found.body:
        page_body = found.body
    summary = found.summary
    if summary is None and text is not None and text.lead:
        summary = text.lead
        sources["summary"] = "maintext"
    return GenericPage(
        url=url,
        layout="generic",
        title=found.title,
        summary=summary,
        body=page_body,
        categories=found.categories,
        authors=found.authors,
        published_text=found.published_text,
        start_text=found.start_text,
        end_text=found.end_text,
        location=found.location,
        language=found.language,
        canonical_url=found.canonical_url,
        tags=found.tags,
        attendance=found.attendance,
        schema_type=found.schema_type,
        field_sources=sources,
    )


class _Picker:
    """Fills a field of ``out`` from the first ``(strategy, value)`` with a value."""

    def __init__(self, out: Signals) -> None:
        self.out = out

    def __call__(self, name: str, *candidates: Iterable[tuple[str, Any]]) -> None:
        if getattr(self.out, name):
            return
        for group in candidates:
            for source, value in group:
                if value:
                    setattr(self.out, name, value)
                    self.out.sources[name] = source
                    return


Pick = Callable[..., None]

_TITLE_META = (
    ("opengraph", "og:title"),
    ("meta", "twitter:title"),
    ("meta", "dc.title"),
    ("meta", "dcterms.title"),
    ("meta", "citation_title"),
    ("meta", "title"),
)
_SUMMARY_META = (
    ("opengraph", "og:description"),
    ("meta", "description"),
    ("meta", "twitter:description"),
    ("meta", "dc.description"),
    ("meta", "dcterms.abstract"),
    ("meta", "citation_abstract"),
)
_AUTHOR_META = (
    ("meta", "author"),
    ("meta", "citation_author"),
    ("meta", "dc.creator"),
    ("meta", "dcterms.creator"),
    ("opengraph", "article:author"),
    ("meta", "parsely-author"),
    ("meta", "sailthru.author"),
)
_SECTION_META = (
    ("opengraph", "article:section"),
    ("meta", "parsely-section"),
    ("meta", "dc.subject"),
)
_TAG_META = (
    ("opengraph", "article:tag"),
    ("meta", "news_keywords"),
    ("meta", "keywords"),
    ("meta", "citation_keywords"),
    ("meta", "parsely-tags"),
)
_LANGUAGE_META = (
    ("opengraph", "og:locale"),
    ("meta", "content-language"),
    ("meta", "dc.language"),
    ("meta", "dcterms.language"),
    ("meta", "citation_language"),
)


def _meta(found: Structured, names: tuple[tuple[str, str], ...]) -> Iterable[tuple[str, str]]:
    for source, name in names:
        for value in found.meta.get(name, ()):
            cleaned = clean_text(value)
            if cleaned:
                yield source, cleaned


def _meta_list(
    found: Structured, names: tuple[tuple[str, str], ...]
) -> Iterable[tuple[str, list[str]]]:
    """All values of the first meta name present, comma-split for keyword lists;
    author links (``article:author`` is often a profile URL) are left out."""
    for source, name in names:
        values: list[str] = []
        for value in found.meta.get(name, ()):
            parts = value.split(",") if "keyword" in name or "tags" in name else [value]
            for part in parts:
                cleaned = clean_text(part)
                if cleaned and not cleaned.startswith(("http", "//")) and cleaned not in values:
                    values.append(cleaned)
        if values:
            yield source, values
            return


def _main_node(nodes: list[JsonNode]) -> JsonNode | None:
    """The node describing the page itself: an article, then an event, then a page."""
    for wanted in (_is_article, _is_event, _is_page):
        for node in nodes:
            if wanted(structured.types(node)):
                return node
    return None


def _is_article(kinds: set[str]) -> bool:
    return any(k.endswith(("Article", "Posting")) or k in ("Report", "Review") for k in kinds)


def _is_event(kinds: set[str]) -> bool:
    return any(k.endswith(_EVENT_KINDS) for k in kinds)


def _is_page(kinds: set[str]) -> bool:
    return any(k.endswith("Page") for k in kinds)


def _main_type(node: JsonNode | None) -> str | None:
    if node is None:
        return None
    kinds = sorted(structured.types(node))
    return kinds[0] if kinds else None


def _node_text(node: JsonNode | None, *keys: str) -> str | None:
    if node is None:
        return None
    for key in keys:
        value = structured.text_value(node.get(key))
        if value:
            return value
    return None


def _texts(node: JsonNode | None, key: str) -> list[str]:
    return structured.texts_value(node.get(key)) if node is not None else []


def _names(node: JsonNode | None, *keys: str) -> list[str]:
    for key in keys:
        names = [n for n in _texts(node, key) if not n.startswith(("http://", "https://"))]
        if names:
            return names
    return []


def _keywords(node: JsonNode | None) -> list[str]:
    if node is None:
        return []
    value = node.get("keywords")
    if isinstance(value, str):
        value = value.split(",")
    return structured.texts_value(value)


def _html_title(found: Structured) -> str | None:
    """The page's only ``<h1>``, else its ``<title>``."""
    if len(found.h1s) == 1:
        text = element_text(found.h1s[0])
        if text:
            return text
    return element_text(found.title)


def _canonical(found: Structured, url: str) -> str | None:
    for link in found.links:
        if "canonical" in (link.get("rel") or "").lower().split():
            try:
                return absolute_url(link.get("href"), url)
            except ValueError:  # "http://[x/": a bad link is no canonical, not a bad page
                return None
    return None


def _html_language(tree: etree._Element) -> str | None:
    root = tree.getroottree().getroot()
    return clean_text(root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang"))


def _event(found: Structured, out: Signals, pick: Pick) -> None:
    """schema.org Event: dates as written, attendance mode, location name and address."""
    node = next((n for n in found.json_ld if _is_event(structured.types(n))), None)
    if node is not None:
        pick("start_text", [("jsonld", structured.text_value(node.get("startDate")))])
        pick("end_text", [("jsonld", structured.text_value(node.get("endDate")))])
        mode = structured.text_value(node.get("eventAttendanceMode")) or ""
        pick("attendance", [("jsonld", _ATTENDANCE.get(_local(mode).lower()))])
        pick("location", [("jsonld", _location(node.get("location")))])
    # Microdata events carry their dates as <meta itemprop> or <time itemprop> (read in
    # the tag walk); a look at every element's attributes for them is not worth its cost.
    for name, key in (("start_text", "startdate"), ("end_text", "enddate")):
        pick(name, (("microdata", v) for v in found.meta.get(key, ())))
        values = (t.get("datetime") for t in found.times if t.get("itemprop") == key[:-4] + "Date")
        pick(name, (("microdata", v) for v in values if v))


def _local(value: str) -> str:
    return value.rsplit("/", 1)[-1].rsplit(":", 1)[-1]


def _location(value: Any, depth: int = 0) -> str | None:
    """A Place's name and address (a VirtualLocation's URL), joined with commas."""
    if isinstance(value, list):
        if depth >= structured.MAX_DEPTH:
            return None
        places = [p for p in (_location(v, depth + 1) for v in value) if p]
        return "; ".join(places) or None
    if not isinstance(value, dict):
        return structured.text_value(value)
    parts: list[str] = []
    name = structured.text_value(value.get("name"))
    if name:
        parts.append(name)
    address = value.get("address")
    if isinstance(address, dict):
        for key in (*_ADDRESS_KEYS, "addressCountry"):
            part = structured.text_value(address.get(key))
            if part and part not in parts:
                parts.append(part)
    elif address is not None:
        part = structured.text_value(address)
        if part and part not in parts:
            parts.append(part)
    if not parts and "VirtualLocation" in structured.types(value):
        url = structured.text_value(value.get("url"))
        if url:
            parts.append(url)
    return ", ".join(parts) or None
