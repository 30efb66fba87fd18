"""The main text of a page no site rule knows: the article body, without the chrome.

Readability's idea, in lxml: paragraphs vote for the element that holds them (their text
length, less what is link text); the best-scoring container is the article, extended
to sibling blocks of the same kind; inside it, blocks marked as boilerplate by their
class or id (navigation, sharing, related links, comments), link lists and empty blocks
are left out. Pure and read-only: the tree is not modified.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from citycrawl.parsing.html import clean_text

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
        "figcaption",
        "address",
    )
)
_CONTAINER_TAGS = frozenset(("div", "section", "article", "main", "td", "body", "span", "font"))
_BOILERPLATE_RE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|footer|foot|header|masthead|sidebar|aside|widget|"
    r"comments?|share|sharing|social|related|recommend\w*|promo|advert\w*|ads?|banner|"
    r"cookie\w*|newsletter|subscribe|subscription|breadcrumbs?|pagination|pager|tags?|"
    r"author-bio|byline|meta|toolbar|popup|modal|skip|teaser|outbrain|taboola|disqus|"
    r"caption|credit|signup|login|print|most-read|trending)(?:$|[\s_-])",
    re.IGNORECASE,
)
_POSITIVE_RE = re.compile(
    r"article|content|entry|post|story|text|main|body|blog|news|prose", re.IGNORECASE
)
_SKIP_TAGS = frozenset(
    (
        "nav",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "header",
        "figure",
        "iframe",
        "svg",
        "menu",
        "noscript",
        "script",
        "style",
    )
)
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
    scores: dict[etree._Element, float] = {}
    for block in body.iter("p", "pre", "blockquote", "div", "td"):
        if block.tag in ("div", "td") and not _own_text(block):
            continue
        text = _text(block)
        if len(text) < _MIN_PARAGRAPH:
            continue
        links = _link_length(block)
        score = (1.0 + min(len(text) / 100, 3.0) + text.count(",")) * (1 - links / len(text))
        parent = block.getparent()
        for weight, ancestor in ((1.0, parent), (0.5, _parent(parent))):
            if ancestor is not None:
                scores[ancestor] = scores.get(ancestor, 0.0) + score * weight
    if not scores:
        return None
    best = max(scores, key=lambda el: scores[el] * _class_weight(el))
    paragraphs = _paragraphs(best, title)
    text = "\n\n".join(paragraphs)
    if len(text) < _MIN_BODY:
        return None
    return MainText(text, paragraphs[0] if paragraphs else None)


def _parent(element: etree._Element | None) -> etree._Element | None:
    return element.getparent() if element is not None else None


def _class_weight(element: etree._Element) -> float:
    marks = f"{element.get('class') or ''} {element.get('id') or ''}"
    weight = 1.0
    if _POSITIVE_RE.search(marks):
        weight *= 1.25
    if _BOILERPLATE_RE.search(marks):
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


def _is_boilerplate(element: etree._Element) -> bool:
    if element.tag in _SKIP_TAGS:
        return True
    marks = f"{element.get('class') or ''} {element.get('id') or ''}"
    return (
        bool(marks.strip())
        and bool(_BOILERPLATE_RE.search(marks))
        and element.tag not in ("article", "main")
    )


def _paragraphs(container: etree._Element, title: str | None) -> list[str]:
    """The container's blocks in order, boilerplate and link lists left out."""
    out: list[str] = []
    pending: list[str] = []
    # Depth-first, children in order; text directly in a container is a paragraph too.
    walker = etree.iterwalk(container, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if event == "start":
            if element is not container and _is_boilerplate(element):
                walker.skip_subtree()
                continue
            if tag in _BLOCK_TAGS or tag == "h1":
                _flush(pending, out)
                _add_block(element, out, title)
                walker.skip_subtree()
                continue
            if tag in _CONTAINER_TAGS or tag == "br":
                _flush(pending, out)
            if element.text and tag != "br":
                pending.append(element.text)
        else:
            if tag in _CONTAINER_TAGS:
                _flush(pending, out)
            if element is not container and element.tail:
                pending.append(element.tail)
    _flush(pending, out)
    return out


def _flush(pending: list[str], out: list[str]) -> None:
    text = clean_text("".join(pending))
    pending.clear()
    if text and len(text) >= _MIN_PARAGRAPH:
        out.append(text)


def _add_block(element: etree._Element, out: list[str], title: str | None) -> None:
    text = _text(element)
    if not text or text == title:
        return
    links = _link_length(element)
    if element.tag in ("li", "td", "dd", "dt") and links > 0.5 * len(text):
        return
    if links > 0.8 * len(text) and len(text) < 200:
        return
    out.append(text)
