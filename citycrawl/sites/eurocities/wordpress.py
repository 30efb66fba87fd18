"""Parser for the WordPress layout of eurocities.eu (the site since mid-2020).

Known markup comes from third-party scrapers that inspected the live DOM (see
docs/sites/eurocities.md §2.3): cards are ``ul.other-story-list > li`` holding
``span.meta-cat`` (one or more), ``span.date``, a heading (``h2`` on ``/latest/``,
``h3.h4`` on topic pages) with the title link, a teaser ``<p>`` and "N minute read".
Everything else (article header, lead, author block) is known only as text order, so
those fields are found by selector first and by text position second. A field is
always read from inside its own card or article, never borrowed from a neighbour.

All traversal is iterative (``iterwalk``, XPath), so 100k-deep nesting cannot hit
Python's recursion limit; everything runs on lxml, the crawl's hot path.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeAlias
from urllib.parse import parse_qs, urlsplit

from lxml import etree

from citycrawl.parsing import fallback
from citycrawl.parsing.html import (
    absolute_url,
    clean_text,
    declared_language,
    element_text,
    parse_tree,
    whole_number,
)
from citycrawl.parsing.model import (
    SELECTOR,
    TEXT,
    DocumentPage,
    ListingEntry,
    ListingPage,
    PageParseError,
    filled_sources,
)

#: An element of the parsed tree (lxml ships no type information: Any to mypy).
HtmlElement: TypeAlias = etree._Element


def _has_class(name: str) -> str:
    """XPath test for one whole class token (``class="h4 other-story-list"``)."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


_OUTSIDE_CHROME = "not(ancestor::nav or ancestor::footer)"
# Any element, not only ``ul``: a theme may render the same list as a ``div`` of
# ``<article>`` cards. Only the outermost, so a nested list's cards are not read twice.
_CARD_LISTS = etree.XPath(
    f"//*[{_has_class('other-story-list')}][{_OUTSIDE_CHROME}]"
    f"[not(ancestor::*[{_has_class('other-story-list')}])]"
)
# Without any ``other-story-list``: the card dates, each the mark of one card.
_CARD_DATES = etree.XPath(
    f"//*[{_has_class('date')}][{_OUTSIDE_CHROME}] | //time[{_OUTSIDE_CHROME}]"
)
# Last resort, for a single card (dates cannot group it): lists whose items carry card fields.
_CARD_LISTS_FALLBACK = etree.XPath(
    f"//ul[li//*[{_has_class('meta-cat')} or {_has_class('date')}]][{_OUTSIDE_CHROME}]"
)
_HEADINGS = etree.XPath(".//h1|.//h2|.//h3|.//h4|.//h5|.//h6")
_META_CATS = etree.XPath(
    f".//*[{_has_class('meta-cat')}][not(ancestor::*[{_has_class('meta-cat')}])]"
)
_LINKS = etree.XPath(".//a[@href]")
_PARAGRAPHS = etree.XPath(".//p")
_LISTING_H1 = etree.XPath(
    f"//h1[{_OUTSIDE_CHROME}][not(ancestor::ul[{_has_class('other-story-list')}])]"
)
# Filtering on the text in XPath keeps the per-link Python work off the hot path.
_NUMBERED_LINK = etree.XPath("//a[@href][normalize-space(.) = $n]")
# The article's searches that visit every element (title, categories, dates, lead, author
# blocks and links, <link rel>) are Python passes over the elements, not `//*[…]` XPaths:
# libxml2 spends about 0.4 µs per element on those, several times the cost of reading
# the attribute. Each pass says which XPath it replaces; they were checked equal on every
# fixture and on a 1,500-page mirror.
#: The article title's exclusions: ``h1[not(ancestor::nav or …footer or …aside)]``.
_TITLE_EXCLUDED = frozenset({"nav", "footer", "aside"})
#: Only the few category candidates pay this ancestor test, in C.
_UNDER_META_CAT = etree.XPath(f"boolean(ancestor::*[{_has_class('meta-cat')}])")
#: Class tokens of a lead paragraph, as `_has_class` reads them (XML whitespace only).
_LEAD_CLASSES = frozenset({"lead", "intro", "excerpt", "standfirst"})
_XML_SPACE_RE = re.compile("[ \t\r\n]+")
#: XPath ``translate(@rel, 'AUTHOR', 'author')`` and ``translate(…, A-Z, a-z)``: ASCII only,
#: unlike ``str.lower`` (which folds the Kelvin sign to "k", for one).
_AUTHOR_LOWER = str.maketrans("AUTHOR", "author")
_NEXT_LOWER = str.maketrans("NEXT", "next")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_NAME_ELEMENTS = etree.XPath(
    ".//*[contains(@class, 'name')][not(ancestor::*[contains(@class, 'name')])]"
)


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: The site's date format (docs/sites/eurocities.md §2.7): "5 November 2025", no leading
#: zero, full month.
_DATE_RE = re.compile(rf"\b\d{{1,2}} (?:{_MONTHS}) \d{{4}}\b")
#: A line holding only a date, optionally after a weekday ("Wednesday 14 December 2022").
_DATE_LINE_RE = re.compile(
    rf"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?\d{{1,2}} (?:{_MONTHS}) \d{{4}}$"
)
#: "4 minutes read" (2020 to early 2021) and "3 minute read" (since mid-2021).
_READING_RE = re.compile(r"\b(\d{1,3})\s*minutes?\s+read\b", re.IGNORECASE)
_READING_LINE_RE = re.compile(r"^\d{1,3}\s*minutes?\s+read$", re.IGNORECASE)
#: Call-to-action labels that are neither a title nor a teaser.
_MORE_LABEL_RE = re.compile(r"^(?:learn|read|find out|see) more\b", re.IGNORECASE)
#: Paths of archives and filters: a link there names a category, never a document.
_TAXONOMY_RE = re.compile(r"/(?:latest_categories|resources_type|topics|goals|focusarea)/")
_PAGE_IN_PATH_RE = re.compile(r"/page/(\d+)/?$")

# Class or id tokens of page chrome that is never article text. Matched per token,
# allowing prefixes/suffixes joined by - or _ ("share-buttons", "related_stories").
_STRUCTURAL_TOKENS = (
    "share|sharing|social|socials|related|sidebar|breadcrumb|breadcrumbs|comment|comments"
    "|newsletter|cookie|cookies|menu|nav|navigation|footer|widget|widgets|pagination|pager"
    "|facetwp|other-story-list"
)
# Tokens of header fields and the author block: not body text, but read as fields.
_FIELD_TOKENS = "author|authors|byline|date|meta-cat|tags"
_STRUCTURAL_RE = re.compile(rf"^(?:.*[-_])?(?:{_STRUCTURAL_TOKENS})(?:[-_].*)?$")
_FIELD_RE = re.compile(rf"^(?:.*[-_])?(?:{_FIELD_TOKENS})(?:[-_].*)?$")
_DATE_CLASS_RE = re.compile(r"^(?:.*[-_])?date(?:[-_].*)?$", re.IGNORECASE)
_AUTHOR_RE = re.compile(r"^(?:.*[-_])?(?:author|authors|byline)(?:[-_].*)?$")
_STRUCTURAL_TAGS = frozenset({"nav", "footer", "aside", "form", "button", "select", "iframe"})
# figure: photo credits and captions are not the article's text.
_SKIPPED_TAGS = _STRUCTURAL_TAGS | {"figure", "svg", "img"}
#: Elements that end a paragraph; everything else is inline and joins its text.
_BLOCK_TAGS = frozenset(
    {
        *("p", "div", "section", "article", "main", "header", "address", "details", "summary"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "br"),
        *("ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "figure", "figcaption"),
    }
)
#: An author's role printed after the name ("Alex Godson Eurocities Writer").
_AUTHOR_LINE_RE = re.compile(
    r"^(?P<name>[A-ZÀ-Þ][\w’'.-]+(?: [A-ZÀ-Þ][\w’'.-]+){1,3})\s*[,/|]?\s*"
    r"(?P<role>(?:Eurocities|EUROCITIES)\b[\w ,&-]{0,60})$"
)
_ROLE_LINE_RE = re.compile(r"^(?:Eurocities|EUROCITIES)\b[\w ,&-]{0,60}$")
_NAME_RE = re.compile(r"^[A-ZÀ-Þ][\w’'.-]+(?: [A-ZÀ-Þ][\w’'.-]+){1,3}$")
_BY_PREFIX_RE = re.compile(r"^(?:written by|by|author:?)\s*", re.IGNORECASE)


# ----------------------------------------------------------------------------- helpers


def _tokens(element: HtmlElement) -> list[str]:
    return f"{element.get('class', '')} {element.get('id', '')}".lower().split()


# Pages repeat a few class/id values thousands of times: the token tests are cached on
# the raw "class id" string (the article walk asks them of every element).
@functools.lru_cache(maxsize=4096)
def _structural_key(key: str) -> bool:
    return any(_STRUCTURAL_RE.match(t) for t in key.lower().split())


@functools.lru_cache(maxsize=4096)
def _field_key(key: str) -> bool:
    return any(_FIELD_RE.match(t) for t in key.lower().split())


@functools.lru_cache(maxsize=4096)
def _structural_or_field_key(key: str) -> bool:
    return _structural_key(key) or _field_key(key)


def _is_structural(element: HtmlElement) -> bool:
    """Navigation, sidebars, related stories, share buttons: never content or fields."""
    if not isinstance(element.tag, str):
        return False
    return element.tag in _STRUCTURAL_TAGS or _structural_key(
        f"{element.get('class', '')} {element.get('id', '')}"
    )


def _is_field_block(element: HtmlElement) -> bool:
    return _field_key(f"{element.get('class', '')} {element.get('id', '')}")


def _under_structure(element: HtmlElement, stop: HtmlElement | None = None) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return False
        if _is_structural(ancestor):
            return True
    return False


def _texts(elements: Iterable[HtmlElement]) -> list[str]:
    """Cleaned texts, empty ones dropped, duplicates removed, order kept."""
    seen: dict[str, None] = {}
    for element in elements:
        text = element_text(element)
        if text:
            seen.setdefault(text, None)
    return list(seen)


def _blocks(
    root: HtmlElement,
    skip: Callable[[HtmlElement], bool],
    marker: HtmlElement | None = None,
) -> list[tuple[HtmlElement, str, bool]]:
    """The text of ``root`` split at block elements: (opening element, text, after marker).

    ``skip`` drops whole subtrees (their tail text still belongs to the parent); the
    ``marker`` element (the title) is dropped too, and every block after it is flagged.
    Iterative, so arbitrarily deep markup is safe.
    """
    blocks: list[tuple[HtmlElement, str, bool]] = []
    parts: list[str] = []
    append = parts.append
    opener = root
    after = False
    # The flushes are inline: this loop runs for every element of every article, and a
    # closure call per block boundary (with .text read twice) was ~10 % of it.
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        # .tag, .text and .tail are read once each: lxml decodes a new str on every access.
        tag = element.tag
        if not isinstance(tag, str):  # comments, processing instructions
            if event == "end" and (tail := element.tail):
                append(tail)
            continue
        if event == "start":
            if tag in _BLOCK_TAGS:  # the text so far is a block
                if parts:
                    text = clean_text("".join(parts))
                    if text:
                        blocks.append((opener, text, after))
                    parts.clear()
                opener = element
            if element is not root and (element is marker or skip(element)):
                walker.skip_subtree()
            elif text := element.text:
                append(text)
            continue
        if tag in _BLOCK_TAGS:
            if parts:
                text = clean_text("".join(parts))
                if text:
                    blocks.append((opener, text, after))
                parts.clear()
            opener = element
        elif tag == "td" or tag == "th":
            append(" ")
        if element is marker:
            after = True
        if element is not root and (tail := element.tail):
            append(tail)
    text = clean_text("".join(parts))
    if text:
        blocks.append((opener, text, after))
    return blocks


# ----------------------------------------------------------------------------- listings


def parse_listing(body: bytes, url: str, content_type: str | None = None) -> ListingPage:
    """Parse a WordPress listing: ``/latest/``, category, topic, city and resource pages.

    Raises :class:`PageParseError` ``no_listing`` when the page has no card list at
    all (an empty list is a valid, empty listing), and the errors of ``parse_tree``.
    """
    tree = parse_tree(body, url, content_type)
    found = _cards(tree)
    if found is None:
        raise PageParseError("no_listing", url)
    cards, strategy = found
    page = ListingPage(url=url, layout="wordpress", entries=[], strategy=strategy)
    for card in cards:
        entry = _parse_card(card, url)
        if isinstance(entry, ListingEntry):
            page.entries.append(entry)
        elif entry:
            page.skipped_entries += 1
    page.next_page_urls = _next_page_urls(tree, url)
    headings = _LISTING_H1(tree)
    page.heading = element_text(headings[0]) if headings else None
    return page


def _cards(tree: HtmlElement) -> tuple[list[HtmlElement], str] | None:
    """The page's cards in document order and the strategy that found them; ``None``
    when the page has no card list.

    ``card_list``: ``other-story-list`` (the known class, §2.3) lists its cards as
    children, whatever their tag; an empty one is an empty listing. ``date_anchored``:
    without it, cards are found the way a reader groups them, around each card date
    (see :func:`_cards_around_dates`). ``list_fallback``: a lone card in a ``ul`` whose
    items carry card fields. A run's mix of strategies is counted
    (``citycrawl/listing_strategy/wordpress/<strategy>``): a redesign shows there first.
    """
    lists = _CARD_LISTS(tree)
    if lists:
        cards = [card for card_list in lists for card in card_list.iterchildren(etree.Element)]
        return cards, "card_list"
    cards = _cards_around_dates(tree)
    if cards:
        return cards, "date_anchored"
    lists = _CARD_LISTS_FALLBACK(tree)
    if not lists:
        return None
    return [card for ul in lists for card in ul.iterchildren("li")], "list_fallback"


def _cards_around_dates(tree: HtmlElement) -> list[HtmlElement]:
    """Cards of an unknown grid (``div.card``, ``<article>``): one per date, with a link.

    A card is the largest element around its date that holds no other card's date, so
    its parent is the grid; a lone date has no such parent below the root and yields
    nothing. One pass up from each date: no per-card search of the page.
    """
    dates = _CARD_DATES(tree)
    marked = set(dates)
    # A <time> inside span.date is the same date, counted once.
    dates = [d for d in dates if marked.isdisjoint(d.iterancestors())]
    counts: dict[HtmlElement, int] = {}
    for date in dates:
        for ancestor in date.iterancestors():
            counts[ancestor] = counts.get(ancestor, 0) + 1
    cards = []
    for date in dates:
        card, parent = date, date.getparent()
        while parent is not None and counts[parent] == 1:
            card, parent = parent, parent.getparent()
        # A card links its document; a bare run of dates is no listing.
        if parent is not None and next(card.iter("a"), None) is not None:
            cards.append(card)
    return cards


def _is_document_link(href: str | None) -> bool:
    return (
        href is not None
        and not _TAXONOMY_RE.search(urlsplit(href).path)
        and ("_focus_area=" not in href)
    )


def _parse_card(card: HtmlElement, base: str) -> ListingEntry | bool:
    """One card; ``True`` for a card with fields but no document link, ``False`` for noise."""
    headings = _HEADINGS(card)
    heading = headings[0] if headings else None
    summary_el = _card_summary(card, heading)
    meta_cats, date_elements, _ = _marked_elements(card, category_links=False)
    categories = _texts(meta_cats) if len(meta_cats) != 1 else _category_parts(meta_cats[0])
    anchors = _LINKS(card)
    # A card links its document two or three times (image, title, teaser): each distinct
    # href is resolved and classified once (urljoin + urlsplit cost ~10 µs).
    resolved = {href: absolute_url(href, base) for href in {a.get("href") for a in anchors}}
    is_document = {href: _is_document_link(href) for href in resolved.values() if href}
    links = [(a, resolved[a.get("href")]) for a in anchors]
    if not categories:
        # Without span.meta-cat, a link to a category archive is the card's label.
        categories = _texts(a for a, href in links if href and not is_document[href])
    doc_links = [(a, href) for a, href in links if href and is_document[href]]

    url = title = None
    if heading is not None:
        title = element_text(heading)
        in_heading = [href for a, href in doc_links if heading in a.iterancestors()]
        around_heading = [href for a, href in doc_links if a in heading.iterancestors()]
        url = next(iter(in_heading or around_heading), None)
    if url is None and doc_links:
        url = doc_links[0][1]
    if title is None:
        # Text fallback: a link outside the teaser whose text is not "Learn more".
        for a, _ in doc_links:
            text = element_text(a)
            if (
                text
                and not _MORE_LABEL_RE.match(text)
                and not (summary_el is not None and summary_el in a.iterancestors())
            ):
                title = text
                break

    meta_text = " ".join(
        text for _, text, _ in _blocks(card, lambda el: el is heading or el is summary_el)
    )
    date_text = _card_date(date_elements, meta_text)
    if url is None:
        return bool(date_text or categories)
    reading = _READING_RE.search(meta_text)
    return ListingEntry(
        url=url,
        title=title,
        summary=element_text(summary_el),
        categories=categories,
        date_text=date_text,
        reading_minutes=int(reading.group(1)) if reading else None,
    )


def _category_parts(meta_cat: HtmlElement) -> list[str]:
    """A single ``meta-cat`` may hold several labels as child links or spans."""
    children = [c for c in meta_cat if isinstance(c.tag, str) and c.tag in {"a", "span"}]
    parts = _texts(children) if len(children) > 1 else []
    return parts or _texts([meta_cat])


def _card_summary(card: HtmlElement, heading: HtmlElement | None) -> HtmlElement | None:
    """The teaser: the first paragraph that is not title, label, date or reading time."""
    for p in _PARAGRAPHS(card):
        if heading is not None and heading in p.iterancestors():
            continue
        text = element_text(p)
        if (
            not text
            or _READING_LINE_RE.match(text)
            or _MORE_LABEL_RE.match(text)
            or _DATE_LINE_RE.match(text)
            or _META_CATS(p)
            or _is_field_block(p)
        ):
            continue
        return p
    return None


def _card_date(date_elements: list[HtmlElement], meta_text: str) -> str | None:
    for element in date_elements:
        text = element_text(element)
        if text:
            return text
    # Text fallback, outside title and teaser: an event teaser's "on 26-30 June" or
    # "Tuesday 10 October 2023" is the event's subject, not the card's date.
    match = _DATE_RE.search(meta_text)
    return match.group(0) if match else None


def _page_number(url: str) -> int:
    parts = urlsplit(url)
    match = _PAGE_IN_PATH_RE.search(parts.path)
    number = whole_number(match.group(1)) if match else None
    if number is not None:
        return number
    for key in ("paged", "_paged", "page"):
        values = parse_qs(parts.query).get(key)
        number = whole_number(values[0]) if values else None
        if number is not None:
            return number
    return 1


def _next_page_urls(tree: HtmlElement, url: str) -> list[str]:
    """``a.next``/``rel=next`` links, then the numbered link to page N+1, deduplicated."""
    current = _page_number(url)
    # ``//a[@href][has_class('next') or
    #   contains(concat(' ', translate(@rel, 'NEXT', 'next'), ' '), ' next ')]``
    candidates: list[str] = [
        href
        for a in tree.iter("a")
        if (href := a.get("href")) is not None
        and (
            ((cls := a.get("class")) and "next" in _XML_SPACE_RE.split(cls))
            or ((rel := a.get("rel")) is not None and " next " in f" {rel.translate(_NEXT_LOWER)} ")
        )
    ]
    candidates += _link_hrefs(tree, "next")
    candidates += [a.get("href") for a in _NUMBERED_LINK(tree, n=str(current + 1))]
    found: dict[str, str] = {}
    for href in candidates:
        absolute = absolute_url(href, url)
        # A "next" that does not move forward (a cycle, a carousel button) is not followed.
        if absolute is None or _page_number(absolute) <= current:
            continue
        found.setdefault(absolute.rstrip("/"), absolute)
    return list(found.values())


# ----------------------------------------------------------------------------- articles


def parse_article(body: bytes, url: str, content_type: str | None = None) -> DocumentPage:
    """Parse a WordPress article (``/latest/<slug>/``, events, resources, stories).

    Raises :class:`PageParseError` ``no_title`` when the page has no ``<h1>`` with
    text, and the errors of ``parse_tree``.
    """
    tree = parse_tree(body, url, content_type)
    h1 = _title_heading(tree)
    title = element_text(h1) if h1 is not None else None
    if h1 is None or title is None:
        raise PageParseError("no_title", url)
    article = _article(tree, h1)
    page = DocumentPage(url=url, layout="wordpress", title=title)
    sources = page.field_sources
    page.categories, sources["categories"] = _article_categories(article)
    page.date_text, sources["date_text"] = _article_date(article)
    page.authors, sources["authors"] = _authors(tree), SELECTOR
    if not page.authors:
        page.authors, article.text_blocks = _trailing_author(article.text_blocks)
        sources["authors"] = TEXT
    page.summary, sources["summary"] = _article_summary(article)
    page.body = "\n\n".join(text for _, text in article.text_blocks) or None
    page.language = declared_language(tree)
    page.canonical_url = _first_url(_link_hrefs(tree, "canonical"), url)
    page.shortlink = _first_url(_link_hrefs(tree, "shortlink"), url)
    page.field_sources = filled_sources(page, sources)
    # A field the theme's markup did not give (a redesign, an unusual page) comes from
    # what every WordPress site emits: Yoast JSON-LD, OpenGraph, article:* meta, <time>.
    fallback.complete(page, tree, date_field="date_text")
    if not page.categories:
        page.categories = _label_above_title(article)
        if page.categories:
            page.field_sources["categories"] = TEXT
    return page


@dataclass(slots=True)
class _Article:
    """An article's content around its title, split as a reader sees it."""

    root: HtmlElement
    """``<main>`` or ``<article>`` around the title, else the whole page."""
    before: list[tuple[HtmlElement, str]]
    """Text blocks above the title (a category label line may be among them)."""
    text_blocks: list[tuple[HtmlElement, str]]
    """Text blocks below the title, chrome and header fields left out: the body."""
    order: dict[HtmlElement, int]
    """Document order of the root's elements."""
    body_start: int
    """Order of the first body block: header fields come before it."""
    categories: list[HtmlElement]
    dates: list[HtmlElement]
    leads: list[HtmlElement]

    def in_header(self, element: HtmlElement) -> bool:
        """Before the first body block, and not inside page chrome."""
        return self.order.get(element, self.body_start) < self.body_start and not (
            _under_structure(element, self.root)
        )


def _article(tree: HtmlElement, h1: HtmlElement) -> _Article:
    root = next((a for a in h1.iterancestors() if a.tag in {"main", "article"}), tree)
    title_path = set(h1.iterancestors())

    def skip(element: HtmlElement) -> bool:
        # _is_structural or _is_field_block, with one tag read and one cache lookup.
        if element in title_path:
            return False
        tag = element.tag
        return (
            tag in _SKIPPED_TAGS
            or tag == "header"
            or _structural_or_field_key(f"{element.get('class', '')} {element.get('id', '')}")
        )

    blocks = _blocks(root, skip, marker=h1)
    text_blocks = [(element, text) for element, text, after in blocks if after]
    order = {element: i for i, element in enumerate(root.iter())}
    first_body = text_blocks[0][0] if text_blocks else None
    category_elements, date_elements, lead_elements = _marked_elements(root)
    return _Article(
        root=root,
        before=[(element, text) for element, text, after in blocks if not after],
        text_blocks=text_blocks,
        order=order,
        body_start=order.get(first_body, len(order)),
        categories=category_elements,
        dates=date_elements,
        leads=lead_elements,
    )


def _article_categories(article: _Article) -> tuple[list[str], str]:
    labels = [
        label
        for element in article.categories
        if article.in_header(element)
        for label in _category_parts(element)
    ]
    return list(dict.fromkeys(labels)), SELECTOR


def _label_above_title(article: _Article) -> list[str]:
    # Text fallback: the short label line printed just above the title (§2.4). A
    # guess, so it comes after the page's own machine-readable section; and a menu's
    # last item looks the same, so a line inside a list of links is no label.
    if not article.before:
        return []
    element, text = article.before[-1]
    return [text] if _is_label(text) and not _in_link_list(element) else []


def _in_link_list(element: HtmlElement) -> bool:
    """Inside a list (``ul``/``ol``) of three or more items that are links: a menu."""
    for ancestor in (element, *element.iterancestors()):
        if ancestor.tag in {"ul", "ol"}:
            items = list(ancestor.iterchildren("li"))
            return len(items) >= 3 and all(li.find(".//a") is not None for li in items)
    return False


def _article_date(article: _Article) -> tuple[str | None, str]:
    for element in article.dates:
        if article.in_header(element) and (text := element_text(element)):
            return text, SELECTOR
    # Text fallback: the date line right after the title ("5 November 2025").
    for i, (_, text) in enumerate(article.text_blocks[:3]):
        if _DATE_LINE_RE.match(text):
            del article.text_blocks[i]
            return text, TEXT
    return None, TEXT


def _article_summary(article: _Article) -> tuple[str | None, str]:
    leads = [el for el in article.leads if not _under_structure(el, article.root)]
    if leads:
        return element_text(leads[0]), SELECTOR
    blocks = article.text_blocks
    first = next(
        (text for element, text in blocks if element.tag == "p"),
        blocks[0][1] if blocks else None,
    )
    return first, TEXT


def _title_heading(tree: HtmlElement) -> HtmlElement | None:
    """The article's ``<h1>``: the first in ``<main>`` or ``<article>``, else the first.

    Headings in ``nav``, ``footer`` or ``aside`` never count. The XPath this replaces:
    ``//main//h1[…] | //article//h1[…]``, falling back to ``//h1[…]``.
    """
    fallback = None
    for h1 in tree.iter("h1"):
        above = {a.tag for a in h1.iterancestors()}
        if above.isdisjoint(_TITLE_EXCLUDED):
            if "main" in above or "article" in above:
                return h1
            fallback = fallback if fallback is not None else h1
    return fallback


@functools.lru_cache(maxsize=4096)
def _class_marks(cls: str) -> tuple[bool, bool, bool]:
    """Whether a class attribute holds the ``meta-cat``, a date and a lead token.

    A date token is ``date`` or a compound of it (``post-date``, ``entry-date``), the
    same tokens the article walk sets aside as header fields, so a date it skips as
    body text is always found here as the date.
    """
    tokens = set(_XML_SPACE_RE.split(cls))
    date = any(_DATE_CLASS_RE.match(t) for t in tokens)
    return "meta-cat" in tokens, date, not _LEAD_CLASSES.isdisjoint(tokens)


def _marked_elements(
    root: HtmlElement, category_links: bool = True
) -> tuple[list[HtmlElement], list[HtmlElement], list[HtmlElement]]:
    """Category, date and lead elements among ``root``'s descendants, in document order.

    One pass for three searches: categories are the outermost ``meta-cat`` elements (an
    ancestor above ``root`` counts too, as in XPath) and, with ``category_links``, the
    ``/latest_categories/`` links outside any ``meta-cat`` (without them, what
    :data:`_META_CATS` returns); dates are ``date``-class elements and ``<time>`` (the
    XPath ``.//*[has_class('date')]|.//time``); leads carry a :data:`_LEAD_CLASSES` token.
    """
    categories: list[HtmlElement] = []
    dates: list[HtmlElement] = []
    leads: list[HtmlElement] = []
    for el in root.iterdescendants(etree.Element):
        cls = el.get("class")
        meta_cat, date, lead = _class_marks(cls) if cls else (False, False, False)
        tag = el.tag
        if (
            meta_cat
            or (category_links and tag == "a" and "/latest_categories/" in el.get("href", ""))
        ) and not _UNDER_META_CAT(el):
            categories.append(el)
        if date or tag == "time":
            dates.append(el)
        if lead:
            leads.append(el)
    return categories, dates, leads


def _link_hrefs(tree: HtmlElement, rel: str) -> list[str]:
    """``href`` of every ``<link>`` whose ``rel`` holds the token ``rel`` (ASCII case folded)."""
    return [
        href
        for link in tree.iter("link")
        if (value := link.get("rel")) is not None
        and rel in _XML_SPACE_RE.split(value.translate(_ASCII_LOWER))
        and (href := link.get("href")) is not None
    ]


def _is_label(text: str) -> bool:
    """A category label: a few words, no digits ("Policy papers", "Spotlight")."""
    return len(text) <= 40 and len(text.split()) <= 4 and not any(c.isdigit() for c in text)


def _first_url(hrefs: list[str], base: str) -> str | None:
    return next((u for u in (absolute_url(h, base) for h in hrefs) if u), None)


def _authors(tree: HtmlElement) -> list[str]:
    """Names from author blocks (``class="author…"``/``byline``) and ``rel=author`` links."""
    names: list[str] = []
    for block in _author_blocks(tree):
        if _under_structure(block) or not any(_AUTHOR_RE.match(t) for t in _tokens(block)):
            continue
        name_elements = _NAME_ELEMENTS(block)
        if name_elements:
            names += [n for n in (_author_name(element_text(e)) for e in name_elements) if n]
            continue
        chunks = [c for c in (clean_text(t) for t in block.itertext()) if c]
        chunks = [c for c in chunks if c.lower() not in {"author", "about the author", "by"}]
        if chunks:
            name = _author_name(chunks[0])
            if name:
                names.append(name)
    # ``//a[contains(concat(' ', translate(@rel, 'AUTHOR', 'author'), ' '), ' author ')]``
    author_links = (
        a
        for a in tree.iter("a")
        if (rel := a.get("rel")) is not None and " author " in f" {rel.translate(_AUTHOR_LOWER)} "
    )
    names += [n for n in (_author_name(element_text(a)) for a in author_links) if n]
    return list(dict.fromkeys(names))


def _author_blocks(tree: HtmlElement) -> list[HtmlElement]:
    """Outermost elements whose class mentions author/byline or whose id mentions author."""
    found = [
        el
        for el in tree.iter(etree.Element)
        if ((cls := el.get("class")) and ("author" in cls or "byline" in cls))
        or "author" in el.get("id", "")
    ]
    nested = set(found)
    return [el for el in found if nested.isdisjoint(el.iterancestors())]


def _author_name(text: str | None) -> str | None:
    """The name in "By Alex Godson", "Alex Godson Eurocities Writer", "Alex Godson"."""
    if not text:
        return None
    text = _BY_PREFIX_RE.sub("", text)
    match = _AUTHOR_LINE_RE.match(text)
    if match:
        return match.group("name")
    return None if _ROLE_LINE_RE.match(text) else clean_text(text)


def _trailing_author(
    blocks: list[tuple[HtmlElement, str]],
) -> tuple[list[str], list[tuple[HtmlElement, str]]]:
    """Text fallback: an unmarked "Name / Eurocities Role" ending the article."""
    if blocks:
        match = _AUTHOR_LINE_RE.match(blocks[-1][1])
        if match:
            return [match.group("name")], blocks[:-1]
    if len(blocks) >= 2 and _ROLE_LINE_RE.match(blocks[-1][1]):
        name = blocks[-2][1]
        if _NAME_RE.match(name):
            return [name], blocks[:-2]
    return [], blocks
