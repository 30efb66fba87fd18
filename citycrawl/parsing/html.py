"""Shared HTML helpers of the parsing layer: decoding bytes, building trees, clean text.

Decoding follows Scrapy's documented order (BOM, then the Content-Type header, then the
page's own declaration, then inference) through w3lib, the library Scrapy itself uses,
so a page parsed here reads exactly as it does inside a crawl.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from urllib.parse import urljoin

from lxml import etree

from citycrawl.parsing.charset import decode_page
from citycrawl.parsing.model import PageParseError
from citycrawl.urls import http_url

#: Pages larger than this are refused rather than parsed (the crawl caps downloads lower).
MAX_PAGE_BYTES = 16 * 1024 * 1024

# C0/C1 control characters other than tab/newline, and non-characters: never valid text.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")
# The same, plus invisible format characters that only steer rendering: zero-width
# space/non-joiner/joiner, LRM/RLM, bidi embeddings and overrides (U+202A-202E), bidi
# isolates (U+2066-2069) and stray BOMs. In stored plain text they hide or reorder what
# a reader sees ("U+202E" makes "gpj.exe" read backwards), so text cleaning drops them.
_UNPRINTABLE_RE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069"
    "\ufeff\ufdd0-\ufdef\ufffe\uffff]"
)
# Tag-shaped runs that survive as literal text (an escaped "&lt;script&gt;" in a title):
# the dataset promises plain text, so they go, with U+FFFD replacement characters.
_MARKUP_RE = re.compile(r"<[A-Za-z/!?][^<>]{0,500}>")
# The same characters as the UTF-8 bytes of a valid document (see _clean_utf8).
_C0_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
# Maps each of them to NUL (one of them) and every other byte to itself: a translate
# without deletions is about twice as fast as ``translate(None, _C0_BYTES)``.
_C0_TO_NUL = bytes(0 if b in _C0_BYTES else b for b in range(256))
_C1_UTF8_RE = re.compile(b"\xc2[\x80-\x9f]")
_NONCHAR_UTF8_RE = re.compile(b"\xef(?:\xb7[\x90-\xaf]|\xbf[\xbe\xbf])")
# ``body.lstrip().startswith(b"<?xml")`` without copying the body (bytes.lstrip strips
# exactly these six bytes).
_XML_DECLARATION_RE = re.compile(b"[ \t\n\r\x0b\x0c]*<\\?xml")
_XML_DECLARATION_TEXT_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
# What lxml.html's ``text_content()`` computes, without its element classes (below).
_STRING_VALUE = etree.XPath("string()", smart_strings=False)
#: Where a parsed tree keeps a JSON-LD block's source: the ``<script
#: type="application/ld+json">`` element stays, empty, with its JSON in this attribute.
JSON_LD_ATTRIBUTE = "data-json-ld"
#: Elements whose content is never text a reader sees.
_INVISIBLE_TAGS = ("script", "style", "noscript", "template")
_KEPT_SCRIPT = "citycrawl-json-ld"


#: Media types of HTML pages.
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_html_page(content_type: str | None, body: bytes) -> bool:
    """True when a response with this Content-Type and body holds an HTML page.

    HTML served as ``text/plain`` or with no type at all is read only if it says it
    is HTML (a doctype or an ``<html>`` tag first).
    """
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if mime in HTML_TYPES:
        return True
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return mime in {"", "text/plain"} and head.startswith((b"<!doctype html", b"<html"))


def decode(body: bytes, content_type: str | None = None) -> str:
    """Return the page's text, decoded as Scrapy would decode it unless the bytes prove
    the declared charset wrong (see :func:`citycrawl.parsing.charset.decode_page`)."""
    return decode_page(body, content_type).text


def parse_tree(body: bytes, url: str, content_type: str | None = None) -> etree._Element:
    """Decode and parse a page into an lxml tree whose base URL is ``url``.

    The tree is a plain ``lxml.etree`` HTML tree, not ``lxml.html``'s: those look up a
    Python element class for every element the parsers touch (a Python call per element
    of every walk and XPath result), and nothing here needs their extra methods.

    Scripts, styles, ``noscript`` and templates are removed, except JSON-LD blocks, which
    stay as empty elements holding their JSON in :data:`JSON_LD_ATTRIBUTE`.

    Raises :class:`PageParseError` (``empty_page``, ``too_large``, ``not_html``) for
    input that holds no HTML document.
    """
    if len(body) > MAX_PAGE_BYTES:
        raise PageParseError("too_large", url, f"{len(body)} bytes")
    decoded = decode_page(body, content_type)
    if decoded.fallback is not None and (fixes := _CHARSET_FIXES.get()) is not None:
        fixes.append(decoded.fallback)
    source = _clean_utf8(body if decoded.exact_utf8 else _utf8(decoded.text))
    decoded_text = decoded.text
    if source:
        text = decoded_text.lstrip("\ufeff")
    else:
        text = _CONTROL_RE.sub("", decoded_text).lstrip("\ufeff")
        # lxml refuses a str that declares an encoding; XHTML pages open with one, and
        # the text is decoded already, so the declaration has nothing left to say.
        text = _XML_DECLARATION_TEXT_RE.sub("", text, count=1)
    if not text or text.isspace():  # not text.strip(), without copying the page
        raise PageParseError("empty_page", url)
    try:
        # huge_tree: deep nesting is legal HTML; size is capped above instead.
        # collect_ids=False: no table of id attributes (nothing here looks elements up
        # by id), ~6% of the parse.
        if source:
            # The same document as ``text``, without lxml re-encoding the string.
            parser = etree.HTMLParser(huge_tree=True, collect_ids=False, encoding="utf-8")
            tree = etree.fromstring(source, parser, base_url=url)
        else:
            parser = etree.HTMLParser(huge_tree=True, collect_ids=False)
            tree = etree.fromstring(text, parser, base_url=url)
        if tree is None:  # as lxml.html.document_fromstring reports it
            raise etree.ParserError("Document is empty")
    except (etree.ParserError, ValueError) as exc:
        raise PageParseError("not_html", url, str(exc)) from exc
    _drop_invisible(tree)
    return tree


def _drop_invisible(tree: etree._Element) -> None:
    """Remove scripts, styles, ``noscript`` and templates, their tails kept, except JSON-LD
    blocks: data, not text, kept (empty, their JSON in :data:`JSON_LD_ATTRIBUTE`) for the
    generic signals and out of every text walk."""
    json_ld = [script for script in tree.iter("script") if _is_json_ld(script)]
    for script in json_ld:
        script.set(JSON_LD_ATTRIBUTE, script.text or "")
        script.text = None
        script[:] = []
        script.tag = _KEPT_SCRIPT  # out of strip_elements' reach
    # One pass in C; a Python drop_tree per element cost ~10% of parsing a page.
    etree.strip_elements(tree, *_INVISIBLE_TAGS, with_tail=False)
    for script in json_ld:
        script.tag = "script"


def _is_json_ld(script: etree._Element) -> bool:
    kind = script.get("type")
    return kind is not None and kind.split(";", 1)[0].strip().lower() == "application/ld+json"


def _utf8(text: str) -> bytes | None:
    """``text`` as UTF-8 (``None`` if it holds lone surrogates): a page decoded from
    another charset takes the fast bytes path too."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


def _clean_utf8(body: bytes | None) -> bytes | None:
    """``body`` (the page's text as UTF-8) without its BOMs, if it is free of anything
    :data:`_CONTROL_RE` removes and of an XML declaration; otherwise ``None`` (the slow,
    general path).

    Scanning the bytes for control characters is several times faster than the regex
    over the text, and lxml parses UTF-8 bytes faster than a ``str``. In valid UTF-8
    every character :data:`_CONTROL_RE` matches has a byte pattern of its own: C0 and
    DEL as single bytes (all other characters' bytes are >= 0x80), U+0080-U+009F as
    ``C2 80-9F``, U+FDD0-U+FDEF as ``EF B7 90-AF``, U+FFFE/U+FFFF as ``EF BF BE/BF``.
    """
    if body is None:
        return None
    while body.startswith(codecs.BOM_UTF8):
        body = body[len(codecs.BOM_UTF8) :]
    if (
        b"\x00" in body.translate(_C0_TO_NUL)
        or (b"\xc2" in body and _C1_UTF8_RE.search(body))
        or (b"\xef" in body and _NONCHAR_UTF8_RE.search(body))
        # lxml refuses a str with an XML encoding declaration: the slow path removes it.
        or _XML_DECLARATION_RE.match(body)
    ):
        return None
    return body


def drop_tree(element: etree._Element) -> None:
    """Remove ``element`` and its children, keeping its tail text (``lxml.html``'s way)."""
    parent = element.getparent()
    assert parent is not None, "the root is never dropped"
    if element.tail:
        previous = element.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + element.tail
        else:
            previous.tail = (previous.tail or "") + element.tail
    parent.remove(element)


def strip_markup(text: str) -> str:
    """``text`` without tag-shaped runs (``<script>``, ``</b>``) or U+FFFD characters."""
    if "<" in text:
        text = _MARKUP_RE.sub("", text)
    # The test is a fast scan; replace() finding nothing costs five times as much.
    return text.replace("\ufffd", "") if "\ufffd" in text else text


def clean_text(text: str | None) -> str | None:
    """Plain text: no markup remains, no control characters, no invisible bidi or
    zero-width characters, whitespace collapsed, NFC.

    ``None`` if nothing is left.
    """
    if text is None or text.isspace() or not text:
        # Most texts between blocks are indentation; every step below keeps whitespace
        # whitespace (NFC included, checked for every code point), so it ends as None.
        return None
    # Every character _UNPRINTABLE_RE matches is non-printable (format characters
    # included), so a printable text (most single-line blocks) has none and skips the scan.
    printable = text.isprintable()
    if not printable:
        text = _UNPRINTABLE_RE.sub("", text)
    text = unicodedata.normalize("NFC", strip_markup(text))
    if printable and "  " not in text and text[:1] != " " and text[-1:] != " ":
        # Already collapsed. The only whitespace character that is printable is the
        # space, and neither strip_markup (which only deletes) nor NFC brings in another
        # (checked for every code point: no printable character decomposes to one, none
        # is a composite), so the split/join below would return ``text`` unchanged;
        # skipping it saves most of clean_text's time on long paragraphs.
        return text or None
    # Same as re.sub(r"\s+", " ", text).strip() (``\s`` and str.split agree on every
    # code point), about 4x faster: this runs once per text block of every page.
    return " ".join(text.split()) or None


def element_text(element: etree._Element | None) -> str | None:
    """The visible text of an element, cleaned (see :func:`clean_text`)."""
    if element is None:
        return None
    return clean_text(_STRING_VALUE(element))


def whole_number(text: str, max_digits: int = 9) -> int | None:
    """``text`` as a non-negative integer if it is one of at most ``max_digits`` digits.

    ``str.isdigit`` is true for ``²`` and ``int()`` refuses it; ``int()`` also refuses
    more than 4,300 digits: a page number, offset or font size a page states is read
    with this, never with a bare ``int()``, so a strange one is ``None``, not a crash.
    """
    if not text or len(text) > max_digits or not text.isdecimal():
        return None
    return int(text)


#: Why a page's declared charset was overruled, while :func:`collect_charset_fixes` runs.
_CHARSET_FIXES: ContextVar[list[str] | None] = ContextVar("citycrawl_charset_fixes", default=None)


@contextmanager
def collect_charset_fixes() -> Iterator[list[str]]:
    """Collect, for the pages :func:`parse_tree` decodes inside the block, why their
    declared charset was overruled (``invalid_utf8``, ``utf8_declared_legacy``,
    ``mojibake``): parsers see no crawl stats, the spider counts these."""
    fixes: list[str] = []
    token = _CHARSET_FIXES.set(fixes)
    try:
        yield fixes
    finally:
        _CHARSET_FIXES.reset(token)


#: The hrefs :func:`absolute_url` could not resolve, while :func:`collect_bad_links` runs.
_BAD_LINKS: ContextVar[set[str] | None] = ContextVar("citycrawl_bad_links", default=None)


def absolute_url(href: str | None, base: str) -> str | None:
    """``href`` resolved against ``base``; ``None`` for empty, fragment-only or non-HTTP links.

    A link that cannot be resolved into a URL a crawler can request (``http://[x/``, a
    host with ``℀``, port 99999: see :func:`citycrawl.urls.http_url`), or a ``base``
    that is no such URL, is ``None`` too, and noted for :func:`collect_bad_links`:
    one bad link never raises out of a parser.
    """
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith("#"):
        return None
    try:
        joined = urljoin(base, href)
    except ValueError:
        joined = None
    if joined is not None and not joined.startswith(("http://", "https://")):
        return None  # mailto:, javascript:, tel: ... are no pages, not broken links
    resolved = http_url(joined.split("#", 1)[0]) if joined is not None else None
    if resolved is None:
        bad = _BAD_LINKS.get()
        if bad is not None:
            bad.add(href)
    return resolved


@contextmanager
def collect_bad_links() -> Iterator[set[str]]:
    """Collect the distinct hrefs :func:`absolute_url` rejects as broken inside the block.

    Parsers are pure functions and see no crawl stats; the layout wrapper
    (:meth:`citycrawl.sites.PageLayout.read_listing`) counts a page's bad links with this.
    """
    bad: set[str] = set()
    token = _BAD_LINKS.set(bad)
    try:
        yield bad
    finally:
        _BAD_LINKS.reset(token)


_IN_LANGUAGE_RE = re.compile(r'"inLanguage"\s*:\s*"([^"]{2,35})"')


def declared_language(root: etree._Element) -> str | None:
    """The language a page declares, as written: ``<html lang>`` (or ``xml:lang``), else
    ``og:locale``, else a JSON-LD ``inLanguage``; ``None`` when it declares none."""
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    lang = lang or root.get("xml:lang")
    if not lang:
        locales = root.xpath('//meta[@property="og:locale"]/@content')
        lang = str(locales[0]) if locales else None
    if not lang:
        for script in root.xpath('//script[@type="application/ld+json"]/text()'):
            if match := _IN_LANGUAGE_RE.search(str(script)):
                lang = match.group(1)
                break
    return clean_text(lang)


def slugify(label: str) -> str:
    """``"Knowledge society"`` → ``"knowledge-society"``: ASCII, lower case, dashes."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
