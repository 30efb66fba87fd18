"""Listing and document parsers for themed CMS sites, driven by a table of selectors.

Most city-network sites are a CMS (WordPress, Drupal, TYPO3, SPIP) with a theme of
their own: cards with a heading link and a date, articles with a title, a date line and
a body. A site package describes where its theme puts each field (:class:`ListingRules`,
:class:`DocumentRules`, XPath expressions tried in order) and this module reads pages
with them, falling back field by field on what any page carries: heading links and
pagers for listings, labelled date lines ("Publication date", "Edited on"), day headers
above cards, and the generic signals of :mod:`citycrawl.parsing.generic` (JSON-LD,
OpenGraph, ``article:*`` meta, ``<time>``, the main text). ``field_sources`` on the
result names the strategy that filled each field: ``selector`` for the site's selectors,
``label`` for a labelled line, otherwise the generic strategy's name.

Pure: no Scrapy, no network. Dates stay text; :mod:`citycrawl.dates` reads them later.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from lxml import etree

from citycrawl.dates import parse_date_range
from citycrawl.parsing import generic, maintext
from citycrawl.parsing.html import absolute_url, clean_text, element_text, parse_tree
from citycrawl.parsing.model import DocumentPage, ListingEntry, ListingPage, PageParseError

#: Headline links of a card when the site names none: the usual heading levels, then
#: any link (a card that is one big link).
HEADING_LINKS = (
    ".//h1//a[@href]",
    ".//h2//a[@href]",
    ".//h3//a[@href]",
    ".//h4//a[@href]",
    "self::a[@href]",
    ".//a[@href][normalize-space()]",
)
#: Pager links every CMS marks one way or another (WordPress, Drupal, TYPO3, Elementor).
NEXT_LINKS = (
    "//link[@rel='next']/@href",
    "//a[@rel='next']/@href",
    "//a[contains(concat(' ', normalize-space(@class), ' '), ' next ')]/@href",
    "//*[contains(@class, 'next')]/a/@href",
    "//a[contains(@class, 'pagination-next') or contains(@class, 'pager__next')]/@href",
    "//*[contains(@class, 'nav-previous')]/a/@href",
)
_NEXT_WORDS = frozenset(
    ("next", "next page", "next »", "next ›", "next >>", "older posts", "›", "»", ">", ">>")
)
_TEXT_BLOCKS = frozenset(("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dd", "pre"))
_LABEL_TAGS = ("dt", "p", "span", "div", "li", "strong", "b", "th", "h2", "h3", "h4", "small")
_BY_RE = re.compile(r"^(?:by|par|von|door|di|por)\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ListingRules:
    """Where a theme puts a listing's parts. Card-relative XPaths unless noted."""

    cards: tuple[str, ...] = ()
    """Absolute XPaths of the card elements; the first that finds any wins."""
    title_link: tuple[str, ...] = HEADING_LINKS
    title: tuple[str, ...] = ()
    """Elements whose text is the card's title, where the link's own text is not (a
    "Read more" link, a card that is one big link)."""
    date: tuple[str, ...] = ()
    """Elements whose text is the card's date as printed."""
    date_label: tuple[str, ...] = ()
    """Labels before a card's date (``Added on``): stripped from the date text."""
    summary: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    """Elements giving one category label each."""
    labelled_date: tuple[str, ...] = ()
    """Elements reading ``<label> - <date>`` (``Cohesion policy - 31.01.2018``): the
    label is the card's category, the rest its date."""
    event_date: tuple[str, ...] = ()
    """Elements whose text is the event's day(s) (start and end in one text)."""
    location: tuple[str, ...] = ()
    next_page: tuple[str, ...] = ()
    """Absolute XPaths giving the following page's ``href`` (before the usual pagers)."""
    day_headers: bool = True
    """Take a card's date from the nearest day header above it (``Wednesday 18 April
    2018``) when the card shows none."""


@dataclass(frozen=True, slots=True)
class DocumentRules:
    """Where a theme puts a document's parts. Absolute XPaths, each list tried in order."""

    title: tuple[str, ...] = ("//h1",)
    published: tuple[str, ...] = ()
    """Elements whose text is the publication date as printed."""
    published_labels: tuple[str, ...] = ()
    """Labels of a date line (``Publication date``, ``Edited on``): the text after the
    label, or the next element's, is the date."""
    summary: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    """Containers of the main text (their paragraphs, headings and list items)."""
    categories: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    event_date: tuple[str, ...] = ()
    """Elements whose text gives the event's day(s) and times (a range in one text)."""
    event_end: tuple[str, ...] = ()
    location: tuple[str, ...] = ()
    event_labels: tuple[str, ...] = ()
    """Labels of an event date line (``Date``, ``When``)."""
    location_labels: tuple[str, ...] = ()
    """Labels of a place line (``Location``, ``Venue``)."""


@dataclass(slots=True)
class _Filled:
    """A document's fields as they are found, with the strategy of each."""

    values: dict[str, object] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)

    def set(self, name: str, value: object, source: str) -> None:
        if value and not self.values.get(name):
            self.values[name] = value
            self.sources[name] = source


# ---------------------------------------------------------------------------- listings


def parse_listing(
    body: bytes, url: str, content_type: str | None, rules: ListingRules, *, layout: str
) -> ListingPage:
    """Read a listing page with ``rules``; :class:`PageParseError` ``no_listing`` if no
    card with a document link is found."""
    tree = parse_tree(body, url, content_type)
    cards, strategy = _cards(tree, rules)
    entries: list[ListingEntry] = []
    seen: set[str] = set()
    skipped = 0
    for card in cards:
        entry = _entry(card, url, rules)
        if entry is None:
            skipped += 1
        elif entry.url not in seen:
            seen.add(entry.url)
            entries.append(entry)
    if not entries:
        raise PageParseError("no_listing", url, "no card with a document link")
    heading = element_text(next(iter(tree.xpath("//h1")), None))
    return ListingPage(
        url=url,
        layout=layout,
        entries=entries,
        next_page_urls=next_page_urls(tree, url, rules.next_page),
        heading=heading,
        skipped_entries=skipped,
        strategy=strategy,
    )


def _cards(tree: etree._Element, rules: ListingRules) -> tuple[list[etree._Element], str]:
    """The listing's cards, and how they were found (``card_rules``, ``headings``)."""
    for xpath in rules.cards:
        found = [el for el in _xpath(xpath)(tree) if isinstance(el, etree._Element)]
        if found:
            return found, "card_rules"
    # No card the site's rules know: every heading that holds a link is a card, with
    # its parent block (the card's frame) as the card.
    headings = tree.xpath(
        "//main//*[self::h2 or self::h3 or self::h4][.//a[@href]]"
        " | //*[@id='content']//*[self::h2 or self::h3 or self::h4][.//a[@href]]"
    ) or tree.xpath("//*[self::h2 or self::h3 or self::h4][.//a[@href]]")
    parents = [heading.getparent() for heading in headings]
    return [parent for parent in parents if parent is not None], "headings"


def _entry(card: etree._Element, base: str, rules: ListingRules) -> ListingEntry | None:
    link = _first(card, rules.title_link)
    href = absolute_url(link.get("href"), base) if link is not None else None
    if link is None or href is None:
        return None
    entry = ListingEntry(url=href, title=_first_text(card, rules.title) or _link_title(link))
    entry.summary = _first_text(card, rules.summary)
    entry.categories = _texts(card, rules.categories)
    date_text = _first_text(card, rules.date)
    labelled = _first_text(card, rules.labelled_date)
    if labelled and " - " in labelled:
        label, date_text = (part.strip() for part in labelled.rsplit(" - ", 1))
        entry.categories = entry.categories or [label]
    if date_text is None and rules.day_headers:
        date_text = _day_header(card)
    entry.date_text = _strip_label(date_text, rules.date_label)
    entry.start_text = _first_text(card, rules.event_date)
    return entry


def _link_title(link: etree._Element) -> str | None:
    """A heading inside the link (a card that is one link) or the link's own text."""
    heading = next(iter(link.xpath(".//*[self::h2 or self::h3 or self::h4 or self::h5]")), None)
    return element_text(heading) if heading is not None else element_text(link)


def _day_header(card: etree._Element) -> str | None:
    """The nearest heading before ``card`` that is only a date (a listing grouped by day)."""
    for heading in card.itersiblings(preceding=True):
        if not isinstance(heading.tag, str):
            continue
        text = element_text(heading)
        if heading.tag in ("h2", "h3", "h4", "h5", "div", "p", "span") and text:
            if len(text) <= 40 and parse_date_range(text) is not None:
                return text
            if heading.xpath(".//a[@href]"):
                return None  # another card: no header between the two
    return None


def next_page_urls(tree: etree._Element, url: str, site_rules: Sequence[str] = ()) -> list[str]:
    """The following listing page(s): the site's pager rule, ``rel=next``, ``.next``
    links, then a link whose text says "Next"; never the page itself."""
    hrefs: list[str] = []
    for xpath in (*site_rules, *NEXT_LINKS):
        hrefs.extend(str(value) for value in _xpath(xpath)(tree))
        if hrefs:
            break
    if not hrefs:
        hrefs = [
            a.get("href", "")
            for a in tree.iter("a")
            if (element_text(a) or "").lower() in _NEXT_WORDS
        ]
    found: dict[str, None] = {}
    for href in hrefs:
        absolute = absolute_url(href, url)
        if absolute and absolute != url.split("#", 1)[0]:
            found.setdefault(absolute, None)
    return list(found)


# --------------------------------------------------------------------------- documents


def parse_document(
    body: bytes,
    url: str,
    content_type: str | None,
    rules: DocumentRules,
    *,
    layout: str,
    reference: dt.date | None = None,
) -> DocumentPage:
    """Read a document page with ``rules``, each field falling back on the generic signals.

    Raises :class:`PageParseError` ``no_title`` when neither the site's selectors nor the
    page's signals give a title (an error page, a login wall).
    """
    tree = parse_tree(body, url, content_type)
    found = _Filled()
    _site_fields(tree, rules, found)
    signals = generic.signals(tree, url, reference=reference)
    _generic_fields(signals, found)
    if not found.values.get("start_text"):
        _header_schedule(tree, rules, found)
    # XHTML pages (Drupal 7, SPIP) may declare only ``xml:lang``.
    found.set("language", tree.get("xml:lang"), "html")
    title = found.values.get("title")
    if not title:
        raise PageParseError("no_title", url)
    if not found.values.get("body"):
        text = maintext.extract(tree, title=str(title))
        if text is not None:
            found.set("body", text.body, "maintext")
            found.set("summary", text.lead, "maintext")
    return _document(url, layout, found)


def _site_fields(tree: etree._Element, rules: DocumentRules, found: _Filled) -> None:
    found.set("title", _first_text(tree, rules.title), "selector")
    found.set("published_text", _first_text(tree, rules.published), "selector")
    found.set("published_text", _labelled(tree, rules.published_labels), "label")
    found.set("summary", _first_text(tree, rules.summary), "selector")
    container = _first(tree, rules.body)
    if container is not None:
        found.set("body", "\n\n".join(_blocks(container)) or None, "selector")
        # No lead of its own: the body's first paragraph is the summary (never a
        # schema.org description written for search engines, when the page has text).
        found.set("summary", _first_text(container, (".//p",)), "selector")
    found.set("categories", _texts(tree, rules.categories), "selector")
    found.set("theme_labels", _texts(tree, rules.themes), "selector")
    authors = [_BY_RE.sub("", name) for name in _texts(tree, rules.authors)]
    found.set("authors", authors, "selector")
    found.set("start_text", _first_text(tree, rules.event_date), "selector")
    found.set("start_text", _labelled(tree, rules.event_labels), "label")
    found.set("end_text", _first_text(tree, rules.event_end), "selector")
    found.set("location", _first_text(tree, rules.location), "selector")
    found.set("location", _labelled(tree, rules.location_labels), "label")


def _header_schedule(tree: etree._Element, rules: DocumentRules, found: _Filled) -> None:
    """An event's days from a short line next to its title, when nothing else gave them.

    Event pages print their schedule beside the title ("10 December 2009 – 11 December
    2009 Brussels, Belgium") whatever their markup: a line near the title that is mostly
    a range of days or times is the schedule, and a short rest of it the place.
    """
    title = _first(tree, rules.title)
    if title is None:
        return
    parent = title.getparent()
    near = [*title.itersiblings()][:4]
    if parent is not None:
        near += [*parent.itersiblings()][:3]
    for element in near:
        text = element_text(element)
        if not text or len(text) > 120:
            continue
        span = parse_date_range(text)
        if span is None or span.end is None or len(span.text) * 2 < len(text):
            continue
        found.set("start_text", text, "header")
        rest = clean_text(text.replace(span.text, " ").strip(" ,;:-–|"))
        if rest and len(rest) <= 60 and rest[:1].isupper():
            found.set("location", rest, "header")
        return


#: Generic strategies that state a publication date as such; on an event page the
#: others (a visible date, a ``<time>``) are the event's own day, not its publication.
_DECLARED_PUBLISHED = frozenset(("jsonld", "opengraph", "meta", "microdata"))


def _generic_fields(signals: generic.Signals, found: _Filled) -> None:
    # An event's start and end are one statement: never half from the page's own line
    # and half from its JSON-LD.
    paired = found.values.get("start_text") is not None
    if paired and signals.sources.get("published") not in _DECLARED_PUBLISHED:
        signals.published_text = None
    for name, signal in (
        ("title", "title"),
        ("published_text", "published"),
        ("summary", "summary"),
        ("categories", "categories"),
        ("authors", "authors"),
        ("start_text", "start_text"),
        ("end_text", "end_text"),
        ("location", "location"),
        ("language", "language"),
        ("canonical_url", "canonical_url"),
    ):
        value = getattr(signals, name)
        if isinstance(value, str) and "&" in value:
            # Descriptions are often HTML escaped once more (The Events Calendar's).
            value = clean_text(html.unescape(value))
        if (name == "end_text" and paired) or (name == "location" and _is_url(value)):
            continue  # a virtual location's URL is not a place
        found.set(name, value, signals.sources.get(signal, signals.sources.get(name, "generic")))


def _document(url: str, layout: str, found: _Filled) -> DocumentPage:
    values = found.values

    def text(name: str) -> str | None:
        value = values.get(name)
        return value if isinstance(value, str) else None

    def texts(name: str) -> list[str]:
        value = values.get(name)
        return list(value) if isinstance(value, list) else []

    sources = {
        ("published" if name == "published_text" else name): source
        for name, source in found.sources.items()
    }
    return DocumentPage(
        url=url,
        layout=layout,
        title=text("title"),
        summary=text("summary"),
        body=text("body"),
        categories=texts("categories"),
        theme_labels=texts("theme_labels"),
        authors=texts("authors"),
        published_text=text("published_text"),
        start_text=text("start_text"),
        end_text=text("end_text"),
        location=text("location"),
        language=text("language"),
        canonical_url=text("canonical_url"),
        field_sources=sources,
    )


# ----------------------------------------------------------------------------- helpers


@functools.lru_cache(maxsize=512)
def _xpath(expression: str) -> etree.XPath:
    """``expression`` compiled once: ``root.xpath(str)`` compiles on every call, which was
    about half of a themed page's selector cost (the rules are a few dozen constants)."""
    return etree.XPath(expression)


def _elements(root: etree._Element, xpaths: Sequence[str]) -> Iterator[etree._Element]:
    for xpath in xpaths:
        for element in _xpath(xpath)(root):
            if isinstance(element, etree._Element):
                yield element


def _first(root: etree._Element, xpaths: Sequence[str]) -> etree._Element | None:
    return next(_elements(root, xpaths), None)


def _first_text(root: etree._Element, xpaths: Sequence[str]) -> str | None:
    for element in _elements(root, xpaths):
        text = element_text(element)
        if text:
            return text
    return None


def _texts(root: etree._Element, xpaths: Sequence[str]) -> list[str]:
    """The texts of the first XPath that finds any, in order, without repeats."""
    for xpath in xpaths:
        out: dict[str, None] = {}
        for element in _elements(root, (xpath,)):
            text = element_text(element)
            if text:
                out.setdefault(text, None)
        if out:
            return list(out)
    return []


def _blocks(container: etree._Element) -> list[str]:
    """The paragraphs, headings and list items of ``container``, outermost only."""
    out: list[str] = []
    for element in container.iter(*_TEXT_BLOCKS):
        if any(parent.tag in _TEXT_BLOCKS for parent in element.iterancestors()):
            continue
        text = element_text(element)
        if text:
            out.append(text)
    return out


def _is_url(value: object) -> bool:
    return isinstance(value, str) and value.startswith(("http://", "https://"))


def _strip_label(text: str | None, labels: Sequence[str]) -> str | None:
    if text is None:
        return None
    for label in labels:
        if text.lower().startswith(label.lower()):
            return clean_text(text[len(label) :].lstrip(" :"))
    return text


def _labelled(root: etree._Element, labels: Sequence[str]) -> str | None:
    """The value of the first line that starts with one of ``labels``.

    ``Publication date December 17, 2025`` in one element gives the rest of its text;
    a label alone in its element (``<dt>Publication date</dt><dd>…</dd>``) gives the
    next element's text.
    """
    if not labels:
        return None
    wanted = tuple(label.lower() for label in labels)
    for element in root.iter(*_LABEL_TAGS):
        text = element_text(element)
        if not text or len(text) > 200:
            continue
        lowered = text.lower()
        for label in wanted:
            if not lowered.startswith(label):
                continue
            rest = clean_text(text[len(label) :].lstrip(" :\u00a0"))
            if rest and len(rest) <= 80:
                return rest
            if rest:
                continue  # a block that merely starts with the label line
            following = element.getnext()
            return element_text(following) if following is not None else None
    return None


# ------------------------------------------------------- selectors of widely used themes
# Stock WordPress themes (underscores, Twenty*, block themes) and The Events Calendar
# print these classes on every site that uses them; site rules list them after their own.

#: WordPress stock themes and block themes: publication date, categories, body, author.
WP_PUBLISHED = (
    "//time[contains(@class, 'published')]",
    "//*[contains(@class, 'wp-block-post-date')]",
    "//*[contains(@class, 'entry-date')]",
    "//*[contains(@class, 'posted-on')]//time",
)
WP_CATEGORIES = (
    "//*[contains(@class, 'cat-links')]//a",
    "//*[contains(@class, 'taxonomy-category')]//a",
)
WP_BODY = (
    "//*[contains(@class, 'entry-content')]",
    "//*[contains(@class, 'wp-block-post-content')]",
)
WP_AUTHORS = ("//*[contains(@class, 'byline')]//*[contains(@class, 'author')]",)
WP_CARDS = (
    "//article[contains(@class, 'type-post')]",
    "//li[contains(@class, 'wp-block-post')]",
    # The Events Calendar's list view (the class token alone: its rows share the prefix).
    "//*[contains(concat(' ', normalize-space(@class), ' '),"
    " ' tribe-events-calendar-list__event ')]",
)
WP_CARD_DATE = (
    ".//time[not(contains(@class, 'tribe'))]",
    ".//*[contains(@class, 'wp-block-post-date')]",
)
WP_CARD_SUMMARY = (
    ".//*[contains(@class, 'entry-summary')]",
    ".//*[contains(@class, 'wp-block-post-excerpt')]",
)
WP_CARD_CATEGORIES = (
    ".//*[contains(@class, 'cat-links')]//a",
    ".//*[contains(@class, 'taxonomy-category')]/a",
)
#: The Events Calendar (single event template): the schedule line holds start and end.
TEC_SCHEDULE = ("//*[contains(@class, 'tribe-events-schedule')]",)
TEC_DESCRIPTION = ("//*[contains(@class, 'tribe-events-single-event-description')]",)
#: The Events Calendar's list view: a card's date line is the event's, not a publication.
TEC_CARD_DATE = (".//*[contains(@class, 'tribe-events-calendar-list__event-datetime')]",)
TEC_VENUE = (
    "//*[contains(@class, 'tribe-venue-location')]",
    "//*[contains(@class, 'tribe-venue')]",
)
