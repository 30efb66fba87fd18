"""The old EUROCITIES site (Lotus Domino, until 2020), read the way a reader sees it.

The old site's markup is unknown (no saved HTML survives, only text copies), so nothing
here depends on class names or a fixed tag structure. Every page is first flattened into
*lines*: the text a reader sees between two block boundaries (``p``, ``div``, ``li``,
``td``, ``dt``, ``br``...), each remembering its document links, whether it was drawn as
a bullet, and the block element it came from. Parsers then read those lines in order:

* listings: an item is ``[theme bullets] title-link [teaser] date label(s)``; a date
  label closes the item, so fields never slide into the neighbouring item;
* details: the title is the heading that best matches the URL's title slug; labels
  (``forums``, ``start date``, ``document type``, ``address``...) are read with their
  value whether it shares the label's line or sits in the next cell.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from lxml import etree

from citycrawl.parsing.html import (
    absolute_url,
    clean_text,
    declared_language,
    drop_tree,
    element_text,
    parse_tree,
    whole_number,
)
from citycrawl.parsing.model import (
    TEXT,
    DocumentPage,
    ListingEntry,
    ListingPage,
    PageParseError,
    filled_sources,
)
from citycrawl.sites.eurocities.keys import DOMINO_KEY_RE

# A Domino document key ends the document's path segment: ".../<Title>-WSPO-B88PX2". The
# leading hyphen keeps list filters such as "documents&sector=issWSPO-9YEDSZ" out.
# Offset pagination: "&newsstart=11&newscount=10", "&pubdocstart=21", "&wgstart=31".
_OFFSET_RE = re.compile(r"[&?]([a-z]*start)=(\d+)", re.IGNORECASE)

_DATE_VALUE = r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}"
_DATE_VALUE_RE = re.compile(rf"^{_DATE_VALUE}$")
# One date label; its value may follow on the same line or in the next block.
_DATE_LABEL_RE = re.compile(
    rf"(publication|start|end)\s*date\s*:?\s*(?P<value>{_DATE_VALUE})?", re.IGNORECASE
)
# A line made only of date labels ("start date: 17-01-2019 end date: 17-01-2019").
_DATE_LINE_RE = re.compile(
    rf"^(?:(?:publication|start|end)\s*date\s*:?\s*(?:{_DATE_VALUE})?\s*)+$", re.IGNORECASE
)
# Labels of the detail templates (docs/sites/eurocities.md §1.4). A line is a label only
# when it is the label alone, or the label, a colon and a value, so body text is never taken.
_DETAIL_LABELS = (
    "publication date",
    "start date",
    "end date",
    "document type",
    "address",
    "country",
    "forums",
    "organised by",
)
_DETAIL_LABEL_RE = re.compile(
    r"^(?P<label>" + "|".join(_DETAIL_LABELS) + r")\s*(?::\s*(?P<value>.*))?$", re.IGNORECASE
)
_DETAIL_DATE_RE = re.compile(
    rf"^(?P<label>(?:publication|start|end) date)\s*:?\s*(?P<value>{_DATE_VALUE})$", re.IGNORECASE
)

_BULLETS = "•·▪●◦‣∙■"
_BULLET_SPLIT_RE = re.compile(f"[{_BULLETS}]")
# The forums of the old site (docs/sites/eurocities.md §3.1): recognised as themes even
# when no bullet is drawn.
_FORUMS = frozenset(
    [
        "cooperation",
        "culture",
        "economy",
        "environment",
        "knowledge society",
        "mobility",
        "social affairs",
    ]
)
# Link texts that name no document, so the title must come from the item's heading.
_GENERIC_LINK_RE = re.compile(r"^(?:read\s+)?more\b.*$|^details$|^[\W_]*$", re.IGNORECASE)
# Where a detail page's own text ends: the staff contact block and the "related ..." boxes.
_BODY_END_RE = re.compile(
    r"^(?:eurocities\s+)?staff contacts?$|^related (?:issues|content|news|documents|events)$",
    re.IGNORECASE,
)
_FILE_LINK_RE = re.compile(r"download\s*/\s*preview this file\s*$", re.IGNORECASE)
_BYLINE_RE = re.compile(r"^(?i:by|author:?)\s+(?P<name>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3})$")
_WORD_RE = re.compile(r"[a-z0-9]+")
# The same words, faster (see _line_title_score): every byte but [a-z0-9] becomes a space.
_NON_WORD_TO_SPACE = bytes(
    b if chr(b) in "abcdefghijklmnopqrstuvwxyz0123456789" else 0x20 for b in range(256)
)

_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_HEADING_LEVEL = {f"h{n}": n for n in range(1, 7)}
# Page chrome a reader skips: site header, menus, footer, and filter widgets such as the
# "select a topic" drop-down. Tag names plus whole id/class words, since the real names
# are unknown; the content-region logic below is the second line of defence.
_CHROME_TAGS = ("header", "nav", "footer", "aside", "select", "button", "textarea", "iframe")
_CHROME_WORDS = frozenset(
    [
        "header",
        "footer",
        "nav",
        "navbar",
        "navigation",
        "menu",
        "topnav",
        "leftnav",
        "breadcrumb",
        "breadcrumbs",
        "sidebar",
        "skiplink",
        "skiplinks",
    ]
)
_CHROME_ATTRS = frozenset(["hidden", "style", "id", "class"])
_SPLIT_WORDS_RE = re.compile(r"[^a-z0-9]+")


@dataclass(slots=True)
class _Line:
    """The text between two block boundaries, as a reader sees it."""

    block: etree._Element
    parts: list[str] = field(default_factory=list)
    link_text: dict[str, list[str]] = field(default_factory=dict)
    """Document links on the line: URL → the link's text pieces, in order."""
    link_alt: dict[str, str] = field(default_factory=dict)
    anchor_parts: list[str] = field(default_factory=list)
    """Text inside any link, to tell a bare link ("Register for this event") from prose."""
    bullet: bool = False
    heading: int = 0
    text: str = ""

    def link_label(self, url: str) -> str:
        """The text of the document link ``url`` on this line, else its image's alt."""
        return _plain(" ".join(self.link_text[url])) or self.link_alt.get(url, "")


@dataclass(slots=True)
class _Item:
    """A listing item being assembled from consecutive lines."""

    themes: list[str] = field(default_factory=list)
    before_link: list[_Line] = field(default_factory=list)
    url: str | None = None
    link_label: str = ""
    after_link: list[str] = field(default_factory=list)
    published: str | None = None
    start: str | None = None
    end: str | None = None
    dated: bool = False
    """A date label was seen, even one printed without a value."""
    text_after_dates: bool = False
    """Text other than labels followed the dates (the next item's title or teaser)."""


@dataclass(slots=True)
class _Doc:
    """A page's reader lines plus each element's span in document order.

    Spans make "is this inside that" and common ancestors cheap, so a hostile page nested
    thousands of levels deep costs linear, not quadratic, time.
    """

    lines: list[_Line]
    spans: dict[etree._Element, tuple[int, int]]

    def inside(self, el: etree._Element, container: etree._Element) -> bool:
        outer = self.spans.get(container)
        if outer is None:  # <html>, above the walked <body>: it holds everything
            return container.getparent() is None
        inner = self.spans.get(el)
        return inner is not None and outer[0] <= inner[0] <= outer[1]

    def common_ancestor(self, elements: Iterable[etree._Element]) -> etree._Element | None:
        """The deepest element holding all ``elements``: that of the first and the last."""
        ordered = sorted(elements, key=lambda el: self.spans.get(el, (0, 0))[0])
        if not ordered:
            return None
        node: etree._Element | None = ordered[0]
        while node is not None and not self.inside(ordered[-1], node):
            node = node.getparent()
        return node


def parse_listing(body: bytes, url: str, content_type: str | None = None) -> ListingPage:
    """Read an old-layout list page: an issue page, a news, documents or events list.

    Raises :class:`PageParseError` (``no_listing``) when the page holds neither list
    items nor item-shaped remains (dates or themes without a link).
    """
    root = _prepared_tree(body, url, content_type)
    doc = _lines(root, url)
    region = _listing_region(doc)
    lines = doc.lines
    if region is not None:
        lines = [line for line in lines if doc.inside(line.block, region)]
    heading = _listing_heading(root, region)
    if heading is not None and _HEADING_LEVEL[heading.tag] <= 2:
        # A page-level heading (h1/h2) titles the list, never its first item, whose title
        # may be read from the lines before its "more" link. Lower headings can be that
        # item's own title (a one-item list), so they stay.
        lines = [line for line in lines if not doc.inside(line.block, heading)]
    entries, skipped = _read_items(lines)
    if not entries and not skipped:
        raise PageParseError("no_listing", url)
    # Read only inside the region that holds the date labels, or (no dates printed)
    # the whole page: counted per run, a page losing its labels shows as a shift.
    strategy = "dated_region" if region is not None else "whole_page"
    if heading is None:
        heading = _large_type_heading(region)
    return ListingPage(
        url=url,
        layout="domino",
        entries=entries,
        next_page_urls=_next_page_urls(root, url),
        heading=_plain(element_text(heading)) if heading is not None else None,
        skipped_entries=skipped,
        strategy=strategy,
    )


def parse_detail(body: bytes, url: str, content_type: str | None = None) -> DocumentPage:
    """Read an old-layout detail page: news, document/publication, event, allcontent.

    The ``EUROCITIES staff contact`` block is not an author: it names the staff member in
    charge of the topic, not the writer, so ``authors`` stays empty unless a ``By ...``
    byline precedes the body. Raises :class:`PageParseError` (``no_title``).
    """
    root = _prepared_tree(body, url, content_type)
    doc = _lines(root, url)
    found = _detail_title(root, doc, url)
    if found is None:
        raise PageParseError("no_title", url)
    title, title_el, last_line = found
    page = DocumentPage(
        url=url,
        layout="domino",
        title=title,
        language=declared_language(root),
        canonical_url=_canonical(root, url),
    )
    _read_detail_lines(page, _within_content(doc, doc.lines[last_line + 1 :], title_el))
    # Every field comes from the lines the site prints (labels, bullets, the heading);
    # the summary is the first body paragraph: there is no lead to select.
    page.field_sources = filled_sources(page, {"summary": TEXT})
    return page


# --- tree and lines ----------------------------------------------------------------------


def _prepared_tree(body: bytes, url: str, content_type: str | None) -> etree._Element:
    root = parse_tree(body, url, content_type)
    # Comments would swallow the text that follows them in the walk below.
    etree.strip_tags(root, etree.Comment, etree.ProcessingInstruction)
    # Every element that is a chrome tag or has one of the attributes _is_chrome reads,
    # in document order, listed before any is dropped (what the union XPath
    # "//header | … | //*[@hidden or @style or @id or @class]" returned, at a third of
    # its cost: libxml2 walks the tree once per branch and tests attributes slowly).
    candidates = [
        el
        for el in root.iter(etree.Element)
        if el.tag in _CHROME_TAGS or ((keys := el.keys()) and not _CHROME_ATTRS.isdisjoint(keys))
    ]
    for el in candidates:
        if el.getparent() is not None and _is_chrome(el):
            drop_tree(el)
    return root


def _is_chrome(el: etree._Element) -> bool:
    """Whether a reader skips ``el``: a chrome tag, hidden, or named like chrome."""
    if el.tag in _CHROME_TAGS or el.get("hidden") is not None:
        return True
    if "display:none" in (el.get("style") or "").lower().replace(" ", ""):
        return True
    words = _SPLIT_WORDS_RE.split(f"{el.get('id', '')} {el.get('class', '')}".lower())
    return el.tag != "body" and not _CHROME_WORDS.isdisjoint(words)


def _lines(root: etree._Element, url: str) -> _Doc:
    """Flatten the page body into reader lines, in document order."""
    body = root.find("body")
    walker = _LineWalker(body if body is not None else root, _base_url(root, url))
    walker.walk()
    return _Doc(walker.lines, walker.spans)


class _LineWalker:
    """One walk over a page body, cutting its text into :class:`_Line` s at block
    boundaries and noting each element's span.

    This walk visits every element of every page: the calls below are guarded at their
    call sites (no call for a missing text or a closed line), and .tag, .text and .tail
    are read once each (lxml builds a new str on every access).
    """

    __slots__ = (
        "anchors", "base", "blank", "blocks", "bullet_pending", "headings", "line",
        "lines", "opened", "spans", "start",
    )  # fmt: skip

    def __init__(self, start: etree._Element, base: str) -> None:
        self.start = start
        self.base = base
        self.lines: list[_Line] = []
        self.blocks: list[etree._Element] = [start]
        self.headings: list[int] = [0]
        # Open links: the document URL, or None for other links.
        self.anchors: list[str | None] = []
        self.line: _Line | None = None
        # A line that holds only whitespace outside links so far (the indentation between
        # blocks, half of a page's lines): its block, bullet, heading level and parts, kept
        # as a tuple and made a _Line only if text or an image follows before the boundary.
        self.blank: tuple[etree._Element, bool, int, list[str]] | None = None
        self.bullet_pending = False
        self.opened: list[int] = []  # walk positions where the open elements started
        self.spans: dict[etree._Element, tuple[int, int]] = {}

    def walk(self) -> None:
        start, blocks, headings, anchors = self.start, self.blocks, self.headings, self.anchors
        for position, (event, el) in enumerate(etree.iterwalk(start, events=("start", "end"))):
            tag = el.tag
            if not isinstance(tag, str):
                tag = ""
            if event == "start":
                self.opened.append(position)
                if (self.line is not None or self.blank is not None) and (
                    tag in _BLOCK_TAGS or tag == "br"
                ):
                    self.flush()
                if tag in _BLOCK_TAGS:
                    blocks.append(el)
                    headings.append(_HEADING_LEVEL.get(tag, headings[-1]))
                    self.bullet_pending = self.bullet_pending or tag == "li"
                elif tag == "a":
                    href = absolute_url(el.get("href"), self.base)
                    anchors.append(href if href and _is_document_url(href) else None)
                elif tag == "img":
                    _note_image(self.current(), el, anchors)
                if text := el.text:
                    self.add(text)
            else:
                self.spans[el] = (self.opened.pop(), position)
                if tag == "a" and anchors:
                    anchors.pop()
                if tag in _BLOCK_TAGS and el is not start:
                    if self.line is not None or self.blank is not None:
                        self.flush()
                    blocks.pop()
                    headings.pop()
                if el is not start and (tail := el.tail):
                    self.add(tail)
        if self.line is not None or self.blank is not None:
            self.flush()

    def flush(self) -> None:
        """Close the open line (the caller checks there is one, blank or not)."""
        line = self.line
        if line is None:  # a blank line: it would clean to "" with no links, and be dropped
            self.blank = None
            return
        text = clean_text("".join(line.parts)) or ""
        if "<" in text:
            # clean_text's output is its own fixed point unless markup-like runs
            # remain (removing "<b>" from "<<b>a>" leaves "<a>"): only then a 2nd pass.
            text = _plain(text)
        if text[:1] in _BULLETS:  # the bullet is drawn, not part of the text
            line.bullet = True
            text = _plain(clean_text(text[1:]))
        line.text = text
        if text or line.link_text:
            self.lines.append(line)
        self.line = None

    def current(self) -> _Line:
        """The open line, opened now if there is none (from the blank one if kept)."""
        if self.line is None:
            if self.blank is not None:
                block, bullet, heading, parts = self.blank
                self.line = _Line(block=block, parts=parts, bullet=bullet, heading=heading)
                self.blank = None
            else:
                self.line = _Line(
                    block=self.blocks[-1], bullet=self.bullet_pending, heading=self.headings[-1]
                )
                self.bullet_pending = False
        return self.line

    def add(self, text: str) -> None:
        """Add a non-empty text to the current line."""
        anchors = self.anchors
        if self.line is None and not anchors and text.isspace():
            # What current() would record, without building the _Line yet.
            if self.blank is None:
                self.blank = (self.blocks[-1], self.bullet_pending, self.headings[-1], [text])
                self.bullet_pending = False
            else:
                self.blank[3].append(text)
            return
        target = self.current()
        target.parts.append(text)
        if anchors:
            target.anchor_parts.append(text)
            if anchors[-1]:
                target.link_text.setdefault(anchors[-1], []).append(text)


def _note_image(line: _Line, img: etree._Element, anchors: list[str | None]) -> None:
    """An image link's alt names its document; an icon before a theme is its bullet."""
    doc_url = anchors[-1] if anchors else None
    if doc_url:
        line.link_text.setdefault(doc_url, [])
        alt = _plain(clean_text(img.get("alt") or img.get("title")))
        if alt:
            line.link_alt.setdefault(doc_url, alt)
    elif not line.parts or _split_themes("".join(line.parts), bulleted=True):
        # An icon-only theme names its forum in the alt text ("economy"), which is what
        # a text reader gets; any other icon is just the bullet before a text label.
        alt = _plain(clean_text(img.get("alt") or img.get("title")))
        label = f"{alt} {_BULLETS[0]}" if alt.lower() in _FORUMS else ""
        line.parts.append(f" {_BULLETS[0]} {label} ")


def _base_url(root: etree._Element, url: str) -> str:
    base = root.find(".//base[@href]")
    return (absolute_url(base.get("href"), url) or url) if base is not None else url


def _is_document_url(href: str) -> bool:
    """A link (raw or resolved) to a keyed document; a malformed one is none."""
    try:
        parts = urlsplit(href)
    except ValueError:  # "http://[x/": absolute_url skips and counts it where it is followed
        return False
    return bool(DOMINO_KEY_RE.search(unquote(parts.path + parts.query)))


def _plain(text: str | None) -> str:
    """Text with any tag-shaped remains removed (escaped markup is shown, never stored)."""
    if not text:
        return ""
    return clean_text(text) or ""


# --- listings ----------------------------------------------------------------------------


def _listing_region(doc: _Doc) -> etree._Element | None:
    """The smallest element holding every date label and at least one title link.

    Menus, "latest news" boxes and footers outside it cannot lend links to the list.
    ``None`` (the whole page) for lists that print no dates at all.
    """
    dated = [line.block for line in doc.lines if _DATE_LINE_RE.match(line.text)]
    region = doc.common_ancestor(dated)
    if region is None:
        return None
    linked = [line.block for line in doc.lines if _title_link(line)]
    if linked and not any(doc.inside(block, region) for block in linked):
        # The first item's title sits just before its date: widen to take it in.
        first_date = doc.spans.get(dated[0], (0, 0))[0]
        before = [b for b in linked if doc.spans.get(b, (0, 0))[0] < first_date]
        region = doc.common_ancestor([region, before[-1] if before else linked[0]])
    return region


def _read_items(lines: list[_Line]) -> tuple[list[ListingEntry], int]:
    """Cut the line stream into items; a date label ends an item, a bullet or link starts one.

    Returns the entries and the count of items with dates or themes but no link.
    """
    reader = _ItemReader(lines)
    while reader.index < len(lines):
        line = lines[reader.index]
        reader.index += 1
        if _DATE_LINE_RE.match(line.text):
            reader.dates(line)
        elif not reader.themes(line) and not reader.link(line):
            reader.text(line)
    reader.close()
    return reader.entries, reader.skipped


class _ItemReader:
    """The state of :func:`_read_items`: the item being assembled and those done."""

    __slots__ = ("entries", "index", "item", "lines", "skipped")

    def __init__(self, lines: list[_Line]) -> None:
        self.lines = lines
        self.index = 0
        """The next line to read."""
        self.entries: list[ListingEntry] = []
        self.skipped = 0
        self.item = _Item()

    def close(self) -> None:
        """End the current item and start the next."""
        entry = _entry(self.item)
        if entry is not None:
            self.entries.append(entry)
        elif self.item.dated or self.item.themes:
            self.skipped += 1
        self.item = _Item()

    def dates(self, line: _Line) -> None:
        """A line of date labels; a value may sit alone on the next line."""
        lines = self.lines
        for match in _DATE_LABEL_RE.finditer(line.text):
            value = match.group("value")
            following = lines[self.index].text if self.index < len(lines) else ""
            if value is None and _DATE_VALUE_RE.match(following):
                value = following
                self.index += 1
            kind = match.group(1).lower()
            item = self.item
            if item.dated if kind != "end" else bool(item.end or item.published):
                self.close()
            self.item.dated = True
            setattr(self.item, {"publication": "published"}.get(kind, kind), value)

    def themes(self, line: _Line) -> bool:
        """Theme bullets alone on their line start an item (after a dated or linked one)."""
        themes = _theme_labels(line)
        if themes:
            if self.item.url or self.item.dated:
                self.close()
            self.item.themes.extend(themes)
        return bool(themes)

    def link(self, line: _Line) -> bool:
        """A document link (themes may precede it on its line) starts or ends an item."""
        link = _title_link(line)
        leading = None if link else _themes_before_link(line)
        if leading is not None:
            if self.item.url or self.item.dated:
                self.close()
            self.item.themes.extend(leading[0])
            link = leading[1]
        if link is None:
            return False
        item, label = self.item, line.link_label(link)
        if (
            item.url is None
            and item.dated
            and not item.text_after_dates
            and _GENERIC_LINK_RE.match(label)
        ):
            # "Title / themes / dates / more": the "more" link closes its item.
            item.url, item.link_label = link, label
            self.close()
        elif link == item.url and not item.dated:  # an image link and a title link
            item.link_label = item.link_label or label
        else:
            if item.url or item.dated:
                self.close()
            self.item.url, self.item.link_label = link, label
        return True

    def text(self, line: _Line) -> None:
        """Any other line: the title or teaser of the current item."""
        item = self.item
        if item.dated:
            # Text after an item's dates belongs to no item; labels such as
            # "document type : report" may still precede the item's "more" link.
            item.text_after_dates = item.text_after_dates or not _DETAIL_LABEL_RE.match(line.text)
        elif item.url:
            item.after_link.append(line.text)
        else:
            item.before_link.append(line)


def _entry(item: _Item) -> ListingEntry | None:
    if item.url is None:
        return None
    title: str | None = item.link_label
    summary_lines = item.after_link
    if _GENERIC_LINK_RE.match(title or ""):
        # "Title / teaser / read more": the item's last heading (or first line) is the title.
        heads = [line for line in item.before_link if line.heading]
        chosen = heads[-1] if heads else (item.before_link[0] if item.before_link else None)
        title = chosen.text if chosen else None
        if chosen is not None:
            rest = item.before_link[item.before_link.index(chosen) + 1 :]
            summary_lines = [line.text for line in rest] + summary_lines
    return ListingEntry(
        url=item.url,
        title=title or None,
        summary=clean_text(" ".join(summary_lines)),
        theme_labels=item.themes,
        published_text=item.published,
        start_text=item.start,
        end_text=item.end,
    )


def _theme_labels(line: _Line) -> list[str]:
    """Forum bullets on a line (``•  economy``; several may share one line), else ``[]``."""
    return [] if line.link_text else _split_themes(line.text, line.bullet)


def _split_themes(text: str, bulleted: bool) -> list[str]:
    """``text`` read as bullets (``economy • mobility``), or ``[]`` if it is anything else.

    Without a drawn bullet only the forum names themselves count, so a short heading
    such as "news" is never taken for a theme.
    """
    # Deduplicated: an icon's alt and the text after it may name the same forum.
    labels = list(dict.fromkeys(filter(None, map(clean_text, _BULLET_SPLIT_RE.split(text)))))
    if not labels or not all(_is_theme_word(label) for label in labels):
        return []
    if bulleted or len(labels) > 1 or all(label.lower() in _FORUMS for label in labels):
        return labels
    return []


def _themes_before_link(line: _Line) -> tuple[list[str], str] | None:
    """Bullets and a title link sharing one line (``• economy • mobility Title``)."""
    for doc_url in line.link_text:
        label = line.link_label(doc_url)
        if label and line.text.endswith(label):
            themes = _split_themes(line.text[: -len(label)], line.bullet)
            if themes:
                return themes, doc_url
    return None


def _is_theme_word(text: str) -> bool:
    """Short, digit-free and unpunctuated: a forum name, not a bulleted sentence."""
    return (
        len(text) <= 30
        and len(text.split()) <= 3
        and not any(ch.isdigit() for ch in text)
        and text[-1] not in ".:;!?,"
    )


def _title_link(line: _Line) -> str | None:
    """The document link that makes up the whole line (a title), not one inside a sentence."""
    for doc_url, parts in line.link_text.items():
        if len(_plain(" ".join(parts))) >= 0.8 * len(line.text):
            return doc_url
    return None


def _next_page_urls(root: etree._Element, url: str) -> list[str]:
    """Links to the next offset (``&newsstart=11`` after the first page), per pager."""
    current = {
        name.lower(): number
        for name, value in _OFFSET_RE.findall(url)
        if (number := whole_number(value)) is not None
    }
    best: dict[str, tuple[int, list[str]]] = {}
    base = _base_url(root, url)
    for anchor in root.iter("a"):
        href = absolute_url(anchor.get("href"), base)
        if not href or href == url or _is_document_url(href):
            continue
        for name, value in _OFFSET_RE.findall(href):
            offset, key = whole_number(value), name.lower()
            if offset is None or offset <= current.get(key, 1):
                continue
            seen_offset, urls = best.get(key, (offset, []))
            if offset < seen_offset:
                best[key] = (offset, [href])
            elif offset == seen_offset and href not in urls:
                best[key] = (offset, [*urls, href])
    return [href for _, urls in best.values() for href in urls]


def _listing_heading(root: etree._Element, region: etree._Element | None) -> etree._Element | None:
    """The list's heading: the top-level heading in or just above the list region.

    Headings that title a box of links ("select a topic", "latest news") are menus, not
    the list's heading; the publications lists print no heading at all (``None``).
    """
    scope = region if region is not None else root
    for _ in range(3):
        found = [
            h
            for h in scope.iter("h1", "h2", "h3", "h4")
            if _plain(element_text(h))
            and not any(_is_document_url(a.get("href") or "") for a in h.iter("a"))
            and not _is_box_title(h)
        ]
        if found:
            best = min(_HEADING_LEVEL[h.tag] for h in found)
            return next(h for h in found if _HEADING_LEVEL[h.tag] == best)
        if scope.getparent() is None:
            return None
        scope = scope.getparent()
    return None


def _large_type_heading(region: etree._Element | None) -> etree._Element | None:
    """A heading set in large type instead of a heading tag (``<font size=4><b>citizens``).

    Only a ``<font>`` of size 4 or more (or ``+1`` and up) counts, before the list's first
    document link and with no link inside: bold alone is how item titles are set too.
    """
    if region is None:
        return None
    for el in region.iter("font", "a"):
        if el.tag == "a":
            if _is_document_url(el.get("href") or ""):
                return None
            continue
        size = (el.get("size") or "").strip()
        relative = whole_number(size[1:]) if size.startswith("+") else None
        absolute = whole_number(size)
        large = (relative is not None and relative >= 1) or (absolute is not None and absolute >= 4)
        text = _plain(element_text(el))
        if large and text and len(text) <= 80 and el.find(".//a") is None:
            return el
    return None


def _is_box_title(heading: etree._Element) -> bool:
    """A heading followed by a block that is mostly links titles a menu or a link box."""
    box = heading.getnext()
    if box is None:
        return False
    links = box.findall(".//a")
    text = element_text(box) or ""
    link_chars = sum(len(element_text(a) or "") for a in links)
    return len(links) >= 2 and link_chars >= 0.8 * len(text)


# --- details -----------------------------------------------------------------------------


def _slug_words(url: str) -> set[str]:
    """Words of the title slug in a detail URL (``.../Braga-is-5th-city-...-WSPO-B88PX2``)."""
    path = unquote(urlsplit(url).path)
    segment = DOMINO_KEY_RE.split(path.rsplit("/", 1)[-1])[0]
    return set(_WORD_RE.findall(segment.lower()))


def _similarity(text: str, slug: set[str]) -> float:
    words = set(_WORD_RE.findall(text.lower()))
    if not words or not slug:
        return 0.0
    return len(words & slug) / len(words | slug)


#: A line (not a heading) is the title only when it matches the slug at least this well.
_LINE_TITLE_SCORE = 0.6
#: Characters of a line read before deciding it has too many words to be the title.
_TITLE_PROBE_CHARS = 200


def _line_title_score(text: str, slug: set[str]) -> float:
    """``_similarity(text, slug)`` if it can reach ``_LINE_TITLE_SCORE``, else ``0.0``.

    Every body paragraph is scored against the slug, and a paragraph has far more words
    than a title: with ``w`` distinct words, the score is at most ``len(slug) / w``, so
    once the line's first words already number more than ``len(slug) / 0.6`` the line
    cannot qualify and the rest of it is not read.
    """
    if len(text) > _TITLE_PROBE_CHARS:
        probe = text[:_TITLE_PROBE_CHARS].lower()
        # Cut at a space, so no word of the probe is a fragment of a longer word.
        cut = probe.rfind(" ")
        if cut > 0:
            # The probe's _WORD_RE words, 3x faster than findall: each non-ASCII character
            # becomes one "?" and every byte outside [a-z0-9] a space, so the runs left
            # between spaces are exactly the regex's matches (as bytes; only counted here).
            words = probe[:cut].encode("ascii", "replace").translate(_NON_WORD_TO_SPACE).split()
            # 3 w > 5 len(slug) <=> len(slug) / w < 0.6, in exact integer arithmetic.
            if 3 * len(set(words)) > 5 * len(slug):
                return 0.0
    return _similarity(text, slug)


def _detail_title(
    root: etree._Element, doc: _Doc, url: str
) -> tuple[str, etree._Element, int] | None:
    """The title text, its element and the index of its last line.

    The URL repeats the title as a slug, so the heading closest to it wins; a line that
    matches it better than any heading wins over headings (a title set in bold in a
    table cell), and with no match the first top-level heading is the title. Headings of
    the "related ..." boxes and of link menus ("select a topic") never qualify.
    """
    slug = _slug_words(url)
    body = root.find("body")
    scope = body if body is not None else root
    texts = {h: _plain(element_text(h)) for h in scope.iter("h1", "h2", "h3", "h4")}
    scores = {
        h: _similarity(text, slug)
        for h, text in texts.items()
        if text and not _BODY_END_RE.match(text)
    }
    # A title followed by forum links looks like a menu title; only the slug tells them apart.
    headings = [h for h, score in scores.items() if score >= 0.5 or not _is_box_title(h)]
    ranked = sorted(headings, key=lambda h: (-scores[h], _HEADING_LEVEL[h.tag]))
    # Lines below the threshold score 0.0: the best line is the same whenever it qualifies.
    line_scores = [_line_title_score(line.text, slug) for line in doc.lines]
    best_line = max(range(len(doc.lines)), key=line_scores.__getitem__, default=None)
    heading_score = scores[ranked[0]] if ranked else 0.0
    if best_line is not None:
        line = doc.lines[best_line]
        line_score = line_scores[best_line]
        if line_score >= _LINE_TITLE_SCORE and line_score > heading_score and not line.link_text:
            return line.text, line.block, best_line
    if not ranked:
        return None
    title_el = ranked[0]
    inside = [i for i, line in enumerate(doc.lines) if doc.inside(line.block, title_el)]
    return texts[title_el], title_el, inside[-1] if inside else -1


def _within_content(doc: _Doc, lines: list[_Line], title_el: etree._Element) -> list[_Line]:
    """Keep the lines that share the title's content column (drops unmarked footers)."""
    sentence = next((line for line in lines if len(line.text.split()) >= 8), None)
    if sentence is None:
        return lines
    container = doc.common_ancestor([title_el, sentence.block])
    if container is None or container.tag == "body":
        return lines
    return [line for line in lines if doc.inside(line.block, container)]


def _read_detail_lines(page: DocumentPage, lines: list[_Line]) -> None:
    """Fill labels, themes, byline and body from the lines that follow the title."""
    values: dict[str, str | None] = {}
    body: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        text = line.text
        if _BODY_END_RE.match(text):
            break
        label_match = _DETAIL_DATE_RE.match(text) or _DETAIL_LABEL_RE.match(text)
        if label_match:
            label = label_match.group("label").lower()
            value = clean_text(label_match.group("value"))
            if label == "forums":
                listed = [clean_text(v) for v in _BULLET_SPLIT_RE.split(value or "")]
                page.theme_labels.extend(t for t in listed if t and _is_theme_word(t))
                while index < len(lines) and _forum_value(lines[index]):
                    page.theme_labels.extend(_forum_value(lines[index]))
                    index += 1
                continue
            if value is None and index < len(lines) and _label_value(line, lines[index], label):
                value = lines[index].text
                index += 1
            values.setdefault(label, value)
            continue
        if not body:
            themes = _theme_labels(line)
            if themes:
                page.theme_labels.extend(themes)
                continue
            byline = _BYLINE_RE.match(text)
            if byline:
                page.authors.append(byline.group("name"))
                continue
        if _is_file_link(text) or _is_link_only(line):
            continue
        body.append(text)
    page.published_text = values.get("publication date")
    page.start_text = values.get("start date")
    page.end_text = values.get("end date")
    page.document_type = values.get("document type")
    place = [v for v in (values.get("address"), values.get("country")) if v]
    page.location = ", ".join(place) or None
    page.body = "\n\n".join(body) or None
    page.summary = body[0] if body else None


def _is_file_link(text: str) -> bool:
    """A "download / preview this file" line (a file link, not body text)."""
    # The pattern ends in "file\s*$" under IGNORECASE, where only "e" and "E" match "e"
    # and ``\s`` is str.isspace (both checked over every code point): other lines can
    # skip the search, which scans the whole text of every paragraph.
    return text.rstrip()[-1:] in ("e", "E") and _FILE_LINK_RE.search(text) is not None


def _forum_value(line: _Line) -> list[str]:
    """Theme values listed under a ``forums`` label, bulleted or not."""
    if _DETAIL_LABEL_RE.match(line.text) or _DETAIL_DATE_RE.match(line.text):
        return []
    labels = [label for part in _BULLET_SPLIT_RE.split(line.text) if (label := clean_text(part))]
    return labels if labels and all(_is_theme_word(x) for x in labels) else []


def _label_value(label_line: _Line, value_line: _Line, label: str) -> bool:
    """Whether the next line is the value of a bare label (``<dt>``/``<dd>``, cells)."""
    text = value_line.text
    if _DETAIL_LABEL_RE.match(text) or _DETAIL_DATE_RE.match(text) or _BODY_END_RE.match(text):
        return False
    if label.endswith("date"):
        return bool(_DATE_VALUE_RE.match(text))
    if len(text) > 80 or len(text.split()) > 8 or text[-1] in ".!?":
        return False
    a, b = label_line.block, value_line.block
    if a is b or a.getparent() is b.getparent():
        return True
    # Label and value in cells of consecutive table rows.
    pa, pb = a.getparent(), b.getparent()
    return pa is not None and pb is not None and pa.tag == pb.tag == "tr"


def _is_link_only(line: _Line) -> bool:
    """A short line that is nothing but a link ("Register for this event"): navigation."""
    link_text = _plain(clean_text("".join(line.anchor_parts)))
    return bool(link_text) and link_text == line.text and len(line.text.split()) <= 6


def _canonical(root: etree._Element, url: str) -> str | None:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            return absolute_url(link.get("href"), url)
    return None
