"""What a page states for machines: JSON-LD, meta tags, microdata and RDFa.

Read from a tree built by :func:`citycrawl.parsing.html.parse_tree`. Nothing here judges
the values: :mod:`citycrawl.parsing.generic` chooses among them. Broken JSON-LD (trailing
commas, raw newlines in strings, HTML comments around it) is repaired where that is
unambiguous; what still does not parse is read key by key for the date and text fields.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from citycrawl.parsing.html import JSON_LD_ATTRIBUTE, clean_text, element_text

JsonNode = dict[str, Any]

_TAGS = ("meta", "script", "h1", "title", "link", "time", "abbr")
_PROPERTIES = etree.XPath("//*[@itemprop or @property][not(self::meta)]")
#: Class or id words of elements holding a date, a byline or an article's meta line.
DATE_MARKS = (
    "date", "datum", "time", "publish", "posted", "byline", "fecha", "submitted", "created",
    "meta", "info", "author",
)  # fmt: skip
_DATE_MARKS_RE = re.compile("|".join(DATE_MARKS))
_TRAILING_COMMA_RE = re.compile(r",\s*([\]}])")
_WRAPPER_RE = re.compile(
    r"^\s*(?:<!--|//\s*<!\[CDATA\[|/\*\s*<!\[CDATA\[\s*\*/)|(?:-->|//\s*\]\]>|/\*\s*\]\]>\s*\*/)\s*$"
)
# Last resort for JSON that no repair parses: "key": "string value" pairs.
_PAIR_RE = re.compile(r'"(@type|[A-Za-z]+)"\s*:\s*"((?:[^"\\]|\\.){0,2000})"')
#: Nested objects followed when flattening: the page's main entity is often inside.
_NESTED_KEYS = ("@graph", "mainEntity", "mainEntityOfPage", "hasPart", "subjectOf")
_MAX_NODES = 500
#: How deep values are followed into nested JSON-LD lists and objects.
MAX_DEPTH = 4
_MAX_MARKS = 300


class Structured:
    """What a page marks up for machines. JSON-LD, meta tags and the other tag-borne
    signals are read at once, in one walk filtered by tag in C; microdata/RDFa
    properties and date-marked elements need a look at every element's attributes (the
    costliest step of the generic layer, milliseconds on a large page), so they are read
    on first use only (date-marked elements lazily, as far as the reader goes)."""

    def __init__(self, tree: etree._Element) -> None:
        self.tree = tree
        self.json_ld: list[JsonNode] = []
        """JSON-LD objects, flattened: arrays, Yoast's ``@graph`` and main entities."""
        self.meta: dict[str, list[str]] = {}
        """``<meta>`` contents by lower-cased ``name``, ``property``, ``itemprop`` or
        ``http-equiv`` (``og:title``, ``article:published_time``, ``dc.date.issued``)."""
        self.h1s: list[etree._Element] = []
        self.title: etree._Element | None = None
        """The first ``<title>``."""
        self.links: list[etree._Element] = []
        """``<link>`` elements (``rel=canonical``, ``shortlink``, alternates)."""
        self.times: list[etree._Element] = []
        """``<time>`` and ``<abbr>`` elements (microformats put dates in ``abbr``)."""
        self._properties: dict[str, list[etree._Element]] | None = None
        # One walk, filtered by tag in C, for every tag-borne signal.
        for element in tree.iter(*_TAGS):
            tag = element.tag
            if tag == "meta":
                _read_meta(element, self.meta)
            elif tag == "script":
                source = element.get(JSON_LD_ATTRIBUTE)
                if source is not None and len(self.json_ld) < _MAX_NODES:
                    self.json_ld.extend(_flatten(parse_json_ld(source)))
            elif tag == "h1":
                self.h1s.append(element)
            elif tag == "link":
                self.links.append(element)
            elif tag == "title":
                self.title = self.title if self.title is not None else element
            else:
                self.times.append(element)
        del self.json_ld[_MAX_NODES:]

    @property
    def properties(self) -> dict[str, list[etree._Element]]:
        """Microdata ``itemprop`` and RDFa ``property`` elements (not ``<meta>``) by the
        property's lower-cased local name (``datepublished``, ``dc:date`` -> ``date``)."""
        if self._properties is None:
            self._properties = {}
            for element in _PROPERTIES(self.tree):
                names = element.get("itemprop") or element.get("property") or ""
                for name in names.split():
                    local = name.rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower()
                    self._properties.setdefault(local, []).append(element)
        return self._properties

    def dated(self) -> Iterator[etree._Element]:
        """``<time>`` elements and elements whose class or id names a date, a time, a
        byline or an article's meta line, in document order.

        Lazy: a reader stops at the first of them that shows a date, mostly near the
        top, and a walk that stops there costs less than an XPath over every element.
        """
        for element in self.tree.iter(etree.Element):
            if date_marked(element):
                yield element


def read(tree: etree._Element) -> Structured:
    """JSON-LD, meta tags, microdata, RDFa and date-marked elements of ``tree``."""
    return Structured(tree)


def date_marked(element: etree._Element) -> bool:
    """A ``<time>``, or an element whose class or id names a date, time or byline."""
    if element.tag == "time":
        return True
    marks = element.get("class")
    ident = element.get("id")
    return bool((marks and _date_marked(marks)) or (ident and _date_marked(ident)))


def _date_marked(marks: str) -> bool:
    # Substring tests on the lower-cased text: an IGNORECASE regex alternation costs
    # ten times as much, and this runs for every element with a class.
    # A megabyte-long class is junk, not words; the pattern is lower-case because an
    # IGNORECASE alternation costs several times more, and this runs for every class.
    return _DATE_MARKS_RE.search(marks[:_MAX_MARKS].lower()) is not None


def _read_meta(meta: etree._Element, into: dict[str, list[str]]) -> None:
    content = meta.get("content")
    if content is None:
        return
    for attribute in ("property", "name", "itemprop", "http-equiv"):
        key = meta.get(attribute)
        if key:
            into.setdefault(key.strip().lower(), []).append(content)


def parse_json_ld(source: str) -> Any:
    """The JSON value of a JSON-LD block, repaired where unambiguous; ``None`` if none.

    When no repair helps, the block's ``"key": "string"`` pairs make one object, so a
    date or headline in an otherwise broken block still counts.
    """
    # Every wrapper holds "<!", "-->" or "]]>": the regex, tried at every position of
    # a block of kilobytes, cost twice the JSON parsing when it had nothing to find.
    wrapped = "<!" in source or "-->" in source or "]]>" in source
    text = (_WRAPPER_RE.sub("", source) if wrapped else source).strip()
    if not text:
        return None
    for attempt in (text, _TRAILING_COMMA_RE.sub(r"\1", text)):
        try:
            # strict=False: raw newlines and tabs inside strings, common in CMS output.
            return json.loads(attempt, strict=False)
        except (ValueError, RecursionError):
            continue
    pairs: JsonNode = {}
    for key, value in _PAIR_RE.findall(text):
        try:
            pairs.setdefault(key, json.loads(f'"{value}"', strict=False))
        except ValueError:
            continue
    return pairs or None


def _flatten(value: Any) -> Iterator[JsonNode]:
    """Every object of a JSON-LD value worth reading, parents before children."""
    stack = [value]
    seen = 0
    while stack and seen < _MAX_NODES:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            seen += 1
            nested = [item[key] for key in _NESTED_KEYS if isinstance(item.get(key), dict | list)]
            if "@graph" not in item:
                yield item
            stack.extend(reversed(nested))


def types(node: JsonNode) -> set[str]:
    """The node's schema.org types as local names (``schema:NewsArticle`` -> ``NewsArticle``)."""
    kind = node.get("@type")
    values = kind if isinstance(kind, list) else [kind]
    return {v.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for v in values if isinstance(v, str)}


def text_value(value: Any, depth: int = 0) -> str | None:
    """A JSON-LD value as clean text: strings, numbers, ``{"name": ...}`` objects, or the
    first usable item of a list (nesting followed to a few levels: deeper is junk)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if depth >= MAX_DEPTH:
        return None
    if isinstance(value, dict):
        for key in ("name", "@value", "text", "headline"):
            if key in value:
                return text_value(value[key], depth + 1)
        return None
    if isinstance(value, list):
        for item in value:
            found = text_value(item, depth + 1)
            if found:
                return found
    return None


def texts_value(value: Any) -> list[str]:
    """Every text of a JSON-LD value (a list of names, a comma-separated string)."""
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        found = text_value(item)
        if found and found not in out:
            out.append(found)
    return out


def property_value(element: etree._Element) -> str | None:
    """A microdata/RDFa property's value, as the specs read it: ``content``, then
    ``datetime`` (``<time>``), ``href``/``src`` for links and media, else the text."""
    for attribute in ("content", "datetime"):
        value = element.get(attribute)
        if value is not None:
            return clean_text(value)
    tag = element.tag
    if tag in ("a", "link", "area"):
        return element.get("href")
    if tag in ("img", "audio", "video", "source", "embed", "iframe"):
        return element.get("src")
    if tag in ("data", "meter"):
        return clean_text(element.get("value"))
    return element_text(element)
