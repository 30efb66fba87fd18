"""The main text of a page no site rule knows: the article body, without the chrome.

Readability's idea, in lxml: paragraphs vote for the element that holds them (their text
length and commas, less what is link text; containers start from a score by tag); the
best-scoring container is the article, extended to sibling blocks of the same kind;
inside it, blocks marked as boilerplate by their class or id (navigation, sharing,
related links, comments), link lists and empty blocks are left out. Pure and read-only:
the tree is not modified.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from citycrawl.parsing.html import clean_text

_STRING_VALUE = etree.XPath("string()", smart_strings=False)
_HOLDS_ARTICLE = etree.XPath("boolean(.//h1 | .//article | .//main)")
# A row, cell or list item holding these is layout (an article in a cell, a gallery
# item with its caption), read inside, not one block.
_MAY_HOLD_BLOCKS = frozenset(("tr", "td", "li", "dd", "blockquote"))
_HOLDS_BLOCKS = etree.XPath(
    "boolean(.//p | .//div | .//table | .//ul | .//ol | .//blockquote | .//figure)"
)

#: Blocks whose text is a paragraph of the body when it is not boilerplate.
_BLOCK_TAGS = frozenset(
    (
        "p",
        "pre",
        "blockquote",
        "li",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "dd",
        "dt",
        "td",
        "address",
    )
)
_CONTAINER_TAGS = frozenset(("div", "section", "article", "main", "td", "body", "span", "font"))
# Readability's rule for blocks that are not the article (Mozilla's Readability.js,
# "unlikelyCandidates"), unless their class or id also says they may hold it
# ("okMaybeItsACandidate"): page furniture by name on the open web.
_UNLIKELY_RE = re.compile(
    r"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|"
    r"footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|"
    r"skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager(?![a-z])|popup|"
    r"yom-remote|share|newsletter|cookie|consent|byline|caption|subscribe|promo|outbrain|taboola",
)
_MAYBE_RE = re.compile(r"and|article|body|column|content|main|shadow")
# Class/id words of the article's container.
_POSITIVE_RE = re.compile(r"article|content|entry|post|story|text|main|body|blog|prose")
# A marked block holding more than this share of the page's text is a page wrapper
# ("has-sidebar", "with-comments"), not chrome.
_WRAPPER_SHARE = 0.5
_SKIP_TAGS = frozenset(
    (
        "nav",
        "footer",
        "aside",
        "button",
        "select",
        "header",
        "figure",
        "figcaption",
        "iframe",
        "svg",
        "menu",
        "noscript",
        "script",
        "style",
    )
)
_WORDS_RE = re.compile(r"\w+")
_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
# Fewer words than this, without closing punctuation, is a label, not a paragraph.
_MIN_WORDS = 4
_MAX_LABEL = 40  # characters: scripts without spaces write whole sentences in "one word"
_SENTENCE_END = frozenset(".!?:;…\"'”’»)。！？」")
_MAX_MARKS = 300
# Commas of the scripts that have their own (CJK full-width and ideographic, Arabic).
_COMMAS = (",", "，", "、", "،")
# Readability's starting score of a container by its tag: prose sits in divs, lists and
# headings hold navigation more often than articles.
_TAG_BASE = {
    "div": 5.0, "article": 5.0, "section": 3.0, "pre": 3.0, "td": 3.0, "blockquote": 3.0,
    "ol": -3.0, "ul": -3.0, "dl": -3.0, "li": -3.0, "form": -3.0, "address": -3.0,
    "th": -5.0, "h2": -5.0, "h3": -5.0, "h4": -5.0,
}  # fmt: skip
_MIN_PARAGRAPH = 25
_MIN_BODY = 200


@dataclass(frozen=True, slots=True)
class MainText:
    """The extracted body (paragraphs separated by a blank line) and its first paragraph."""

    body: str
    lead: str | None


def extract(tree: etree._Element, *, title: str | None = None) -> MainText | None:
    """The main text of ``tree``, or ``None`` when no container holds enough prose.

    ``title`` (the page's known title) is dropped when it opens the body.
    """
    body = tree.find("body")
    if body is None:
        body = tree
    chrome = _Chrome(len(_STRING_VALUE(body)))
    scores: dict[etree._Element, float] = {}
    for block in _candidate_blocks(body, chrome):
        text = _text(block)
        if len(text) < _MIN_PARAGRAPH:
            continue
        links = _link_length(block)
        # Readability's paragraph score; link text counts against it twice over, so a
        # list of teaser links votes far less than prose of the same length.
        commas = sum(map(text.count, _COMMAS))
        score = (1.0 + min(len(text) / 100, 3.0) + commas) * (1 - links / len(text)) ** 2
        parent = block.getparent()
        for weight, ancestor in ((1.0, parent), (0.5, _parent(parent))):
            if ancestor is not None:
                base = scores.get(ancestor)
                if base is None:
                    base = _TAG_BASE.get(ancestor.tag, 0.0)
                scores[ancestor] = base + score * weight
    if not scores:
        return None
    weighted = {el: score * _class_weight(el) for el, score in scores.items()}
    best = _promote(max(weighted, key=weighted.__getitem__), weighted)
    paragraphs: list[str] = []
    for part in _with_siblings(best, weighted, chrome):
        paragraphs.extend(_paragraphs(part, title, chrome))
    text = "\n\n".join(paragraphs)
    if len(text) < _MIN_BODY:
        return None
    return MainText(text, paragraphs[0] if paragraphs else None)


def _candidate_blocks(body: etree._Element, chrome: _Chrome) -> Iterator[etree._Element]:
    """Paragraph-like blocks outside chrome: ``p``, ``pre``, ``blockquote``, and containers
    holding text of their own (sites that write prose without ``<p>``)."""
    walker = etree.iterwalk(body, events=("start",))
    for _, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if element is not body and chrome(element):
            walker.skip_subtree()
        elif tag in ("p", "pre", "blockquote") or (tag in _CONTAINER_TAGS and _own_text(element)):
            yield element


def _promote(best: etree._Element, weighted: dict[etree._Element, float]) -> etree._Element:
    """The closest ancestor of ``best`` holding three of the five best containers that
    score near it: an article whose paragraphs sit in a run of column blocks."""
    floor = weighted[best] * 0.75
    rivals = [
        el
        for el in sorted(weighted, key=weighted.__getitem__, reverse=True)[1:5]
        if weighted[el] >= floor
    ]
    if len(rivals) < 2:
        return best
    ancestor = best.getparent()
    while ancestor is not None and ancestor.tag != "html":
        inside = sum(1 for el in rivals if _contains(ancestor, el))
        if inside >= 2:
            return ancestor
        ancestor = ancestor.getparent()
    return best


def _contains(ancestor: etree._Element, element: etree._Element) -> bool:
    return any(parent is ancestor for parent in element.iterancestors())


def _with_siblings(
    best: etree._Element, weighted: dict[etree._Element, float], chrome: _Chrome
) -> list[etree._Element]:
    """``best`` with the rest of an article split in several blocks, in document order:
    a run of same-class siblings of ``best`` or of one of its two nearest ancestors
    (column layouts), else the siblings scoring at least a fifth of ``best``."""
    level = best
    for _ in range(3):
        parent = level.getparent()
        if parent is None:
            break
        kind = (level.tag, level.get("class"))
        run = [
            sibling
            for sibling in parent.iterchildren(etree.Element)
            if sibling is level
            or ((sibling.tag, sibling.get("class")) == kind and weighted.get(sibling, 0.0) > 0)
        ]
        if len(run) > 1 and kind[1]:
            return run
        level = parent
    parent = best.getparent()
    if parent is None:
        return [best]
    floor = max(weighted.get(best, 0.0) * 0.2, 10.0)
    return [
        sibling
        for sibling in parent.iterchildren(etree.Element)
        if sibling is best or (weighted.get(sibling, 0.0) >= floor and not chrome(sibling))
    ]


def _parent(element: etree._Element | None) -> etree._Element | None:
    return element.getparent() if element is not None else None


def _marks(element: etree._Element) -> str:
    """Class and id, lower-cased (the patterns are lower-case: an IGNORECASE alternation
    costs ten times more) and cut short (a megabyte-long class is junk, not a word list)."""
    marks = f"{element.get('class') or ''} {element.get('id') or ''}"
    return marks[:_MAX_MARKS].lower()


def _class_weight(element: etree._Element) -> float:
    marks = _marks(element)
    weight = 1.0
    if _POSITIVE_RE.search(marks):
        weight *= 1.25
    if _UNLIKELY_RE.search(marks):
        weight *= 0.5
    if element.tag in ("article", "main"):
        weight *= 1.25
    return weight


def _own_text(element: etree._Element) -> bool:
    if element.text and element.text.strip():
        return True
    return any(child.tail and child.tail.strip() for child in element)


def _text(element: etree._Element) -> str:
    return clean_text("".join(element.itertext())) or ""


def _link_length(element: etree._Element) -> int:
    return sum(len(clean_text("".join(a.itertext())) or "") for a in element.iter("a"))


class _Chrome:
    """Whether an element is page chrome, by tag and class/id; elements holding most of
    the page's text are wrappers, never chrome."""

    def __init__(self, page_length: int) -> None:
        self.limit = page_length * _WRAPPER_SHARE

    def __call__(self, element: etree._Element) -> bool:
        tag = element.tag
        if tag in _SKIP_TAGS:
            return True
        if tag in ("article", "main"):
            return False
        marks = _marks(element)
        if len(marks) <= 1 or not _UNLIKELY_RE.search(marks) or _MAYBE_RE.search(marks):
            return False
        # Chrome sits beside the article, never around it.
        if _HOLDS_ARTICLE(element):
            return False
        return len(_STRING_VALUE(element)) < self.limit


def _paragraphs(container: etree._Element, title: str | None, chrome: _Chrome) -> list[str]:
    """The container's blocks in order, boilerplate and link lists left out."""
    out: list[str] = []
    pending = _Pending()
    # Depth-first, children in order; text directly in a container is a paragraph too.
    walker = etree.iterwalk(container, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if event == "start":
            if element is not container and chrome(element):
                walker.skip_subtree()
                continue
            if tag == "h1":  # the title, whatever its wording: a field of its own
                _flush(pending, out, title)
                walker.skip_subtree()
                continue
            # Rows, cells, list items and quotes are blocks when they hold text, not a
            # layout's blocks (an article in a cell, a gallery item with its caption).
            if (tag in _BLOCK_TAGS or tag == "tr") and (
                tag not in _MAY_HOLD_BLOCKS or not _HOLDS_BLOCKS(element)
            ):
                _flush(pending, out, title)
                _add_block(element, out, title, container)
                walker.skip_subtree()
                continue
            if tag in _CONTAINER_TAGS or tag == "br":
                _flush(pending, out, title)
            if tag == "a":
                pending.links += 1
            if element.text and tag != "br":
                pending.append(element.text)
        else:
            if tag in _CONTAINER_TAGS:
                _flush(pending, out, title)
            if tag == "a":
                pending.links -= 1
            if element is not container and element.tail:
                pending.append(element.tail)
    _flush(pending, out, title)
    return out


class _Pending:
    """Loose text gathered for the next paragraph, and how much of it is link text."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.linked = 0
        self.links = 0
        """How many ``<a>`` the walk is inside."""

    def append(self, piece: str) -> None:
        self.pieces.append(piece)
        if self.links > 0:
            self.linked += len(piece.strip())


def _flush(pending: _Pending, out: list[str], title: str | None) -> None:
    """The loose text gathered so far as a paragraph, unless it is short, the title, or
    mostly link text (a tag cloud, a row of links), as blocks are judged."""
    text = clean_text("".join(pending.pieces))
    linked = pending.linked
    pending.pieces.clear()
    pending.linked = 0
    if not text or len(text) < _MIN_PARAGRAPH or (title and _same_words(text, title)):
        return
    if linked > 0.5 * len(text) and (len(text) < 200 or linked > 0.8 * len(text)):
        return
    out.append(text)


def _add_block(
    element: etree._Element, out: list[str], title: str | None, container: etree._Element
) -> None:
    """Append the block's text unless it is the title, a link list, or a stray label."""
    text = _row_text(element) if element.tag == "tr" else _text(element)
    if not text or (title is not None and _same_words(text, title)):
        return
    # A block inside a link is link text whole: a teaser card (``<a><img><h3>``).
    links = len(text) if _in_link(element, container) else _link_length(element)
    if element.tag in ("li", "td", "tr", "dd", "dt") and links > 0.5 * len(text):
        return
    if links > 0.5 * len(text) and (len(text) < 200 or links > 0.8 * len(text)):
        return
    if element.tag not in _HEADINGS and _is_label(text):
        return
    out.append(text)


def _row_text(row: etree._Element) -> str:
    """A data table's row as one line, its cells apart (``1 Kyle Busch 5040``)."""
    cells = (_text(cell) for cell in row.iterchildren("td", "th"))
    return " ".join(cell for cell in cells if cell)


def _in_link(element: etree._Element, container: etree._Element) -> bool:
    for ancestor in element.iterancestors():
        if ancestor.tag == "a":
            return True
        if ancestor is container:
            return False
    return False


def _same_words(text: str, title: str) -> bool:
    """``text`` is the title, give or take case and punctuation."""
    return _WORDS_RE.findall(text.casefold()) == _WORDS_RE.findall(title.casefold())


def _is_label(text: str) -> bool:
    """A line without sentence punctuation that is a few words ("Tags", "Share on
    Facebook Twitter") or a short line with a date or time ("| November 18, 2019 12:26
    PM"): bylines and labels, not prose."""
    if len(text) >= _MAX_LABEL or text[-1] in _SENTENCE_END:
        return False
    return len(text.split()) < _MIN_WORDS
