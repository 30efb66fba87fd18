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
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from citycrawl.parsing.html import JSON_LD_ATTRIBUTE, clean_text, element_text

JsonNode = dict[str, Any]

_JSON_LD = etree.XPath(f"//script[@{JSON_LD_ATTRIBUTE}]/@{JSON_LD_ATTRIBUTE}", smart_strings=False)
_PROPERTIES = etree.XPath("//*[@itemprop or @property][not(self::meta)]")
_TRAILING_COMMA_RE = re.compile(r",\s*([\]}])")
_WRAPPER_RE = re.compile(
    r"^\s*(?:<!--|//\s*<!\[CDATA\[|/\*\s*<!\[CDATA\[\s*\*/)|(?:-->|//\s*\]\]>|/\*\s*\]\]>\s*\*/)\s*$"
)
# Last resort for JSON that no repair parses: "key": "string value" pairs.
_PAIR_RE = re.compile(r'"(@type|[A-Za-z]+)"\s*:\s*"((?:[^"\\]|\\.){0,2000})"')
#: Nested objects followed when flattening: the page's main entity is often inside.
_NESTED_KEYS = ("@graph", "mainEntity", "mainEntityOfPage", "hasPart", "subjectOf")
_MAX_NODES = 500


@dataclass(slots=True)
class Structured:
    """Everything machine-readable on a page, in document order."""

    json_ld: list[JsonNode] = field(default_factory=list)
    """JSON-LD objects, flattened: arrays, Yoast's ``@graph`` and main entities unpacked."""
    meta: dict[str, list[str]] = field(default_factory=dict)
    """``<meta>`` contents by lower-cased ``name``, ``property``, ``itemprop`` or
    ``http-equiv`` (``og:title``, ``article:published_time``, ``dc.date.issued``)."""
    properties: dict[str, list[etree._Element]] = field(default_factory=dict)
    """Microdata ``itemprop`` and RDFa ``property`` elements (not ``<meta>``) by the
    property's lower-cased local name (``datepublished``, ``dc:date`` -> ``date``)."""


def read(tree: etree._Element) -> Structured:
    """Collect the JSON-LD, meta tags, microdata and RDFa properties of ``tree``."""
    found = Structured()
    for source in _JSON_LD(tree):
        found.json_ld.extend(_flatten(parse_json_ld(source)))
        if len(found.json_ld) > _MAX_NODES:
            del found.json_ld[_MAX_NODES:]
            break
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if content is None:
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attribute)
            if key:
                found.meta.setdefault(key.strip().lower(), []).append(content)
    for element in _PROPERTIES(tree):
        names = element.get("itemprop") or element.get("property") or ""
        for name in names.split():
            local = name.rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower()
            found.properties.setdefault(local, []).append(element)
    return found


def parse_json_ld(source: str) -> Any:
    """The JSON value of a JSON-LD block, repaired where unambiguous; ``None`` if none.

    When no repair helps, the block's ``"key": "string"`` pairs make one object, so a
    date or headline in an otherwise broken block still counts.
    """
    text = _WRAPPER_RE.sub("", source).strip()
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


def text_value(value: Any) -> str | None:
    """A JSON-LD value as clean text: strings, numbers, ``{"name": ...}`` objects, or the
    first usable item of a list."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        for key in ("name", "@value", "text", "headline"):
            if key in value:
                return text_value(value[key])
        return None
    if isinstance(value, list):
        for item in value:
            found = text_value(item)
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
