"""A page's publication date from the signals any well-made site carries.

In order of trust: what the page states for machines as its publication date (JSON-LD
``datePublished``, ``article:published_time`` and the other meta conventions, microdata,
RDFa, ``<time pubdate>``), a full date in the URL path (``/2019/03/14/``), a date shown
next to the title or byline, and last the modification date. Candidates outside
``[MIN_DATE, reference + 1 day]`` are skipped. The result is text that
:func:`citycrawl.dates.parse_date` reads as the chosen day (the page's own text when it
does, else ISO ``YYYY-MM-DD``), so normalisation and this module agree.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from lxml import etree

from citycrawl import dates
from citycrawl.parsing import structured
from citycrawl.parsing.html import clean_text, element_text
from citycrawl.parsing.structured import Structured

#: Meta names (lower-cased) that carry the original publication date, most trusted first.
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "dc:date",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "publication_date",
    "publication-date",
    "article.published",
    "article_date_original",
    "originalpublicationdate",
    "sailthru.date",
    "parsely-pub-date",
    "cxenseparse:recs:publishtime",
    "bt:pubdate",
    "created",
    "creation_date",
)
#: Meta names for the last modification: used only when nothing states publication.
MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "og:article:modified_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
)
_PUBLISHED_KEYS = ("datePublished", "dateCreated")
_PUBLISHED_PROPERTIES = ("datepublished", "datecreated", "issued", "created", "date")
_MODIFIED_PROPERTIES = ("datemodified", "modified")
# Path dates: /2019/03/14/, /2019/3/4/, /2019-03-14-, /20190314/ (a year 19xx/20xx, then
# month and day; one-digit parts only as whole path segments, "/2023/10/3-fragen" is not).
_URL_DATE_RE = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})"
    r"(?:/(0?[1-9]|1[0-2])/(0?[1-9]|[12][0-9]|3[01])(?=[/.]|$)"
    r"|([_.-]?)(0[1-9]|1[0-2])\4(0[1-9]|[12][0-9]|3[01])(?![0-9]))"
)
# A year (and month) as whole path segments: /2019/ or /2019/10/.
_URL_PERIOD_RE = re.compile(r"/((?:19|20)[0-9]{2})/(?:(0?[1-9]|1[0-2])(?:/|$))?")
# Words saying a shown date is a revision's, in the languages of the sites crawled
# (matched against lower-cased text).
_UPDATED_RE = re.compile(
    r"updated|last (?:modified|edited|changed)|modified|edited|revised|aktualisiert|"
    r"geändert|änderung|editiert|mis à jour|modifié|actualizado|aggiornato|bijgewerkt|"
    r"gewijzigd|zaktualizowano|aktualizováno|uppdaterad|opdateret|oppdatert|päivitetty"
)
_ISO_RE = re.compile(r"\s*((?:19|20)[0-9]{2})-([01][0-9])-([0-3][0-9])(?![0-9])")
# A whole ISO 8601 date or date-time value, as machine values write them, which
# citycrawl.dates reads as the day it opens with. (Not with a negative UTC offset:
# citycrawl.dates reads "2016-12-23T05:11:00-05:00" as no date, so those are checked.)
_ISO_VALUE_RE = re.compile(
    r"\s*(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]"
    r"(?:[T ][0-2][0-9]:[0-5][0-9](?::[0-5][0-9](?:\.[0-9]{1,9})?)?"
    r"(?:Z|[+][0-2][0-9]:?[0-5][0-9])?)?\s*"
)
# Times of day in visible text ("10:04, 3 NOV 2023", "Updated21:22, 6 OCT"): only the day
# is wanted, and a time glued to other digits can be misread as part of the date.
_TIME_OF_DAY_RE = re.compile(
    r"(?<![0-9])[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?(?:\s*[ap]\.?m\.?)?", re.IGNORECASE
)
# Ancestors whose dates belong to other documents: comments and lists of other articles.
# (Not "footer", "sidebar", "aside" or "teaser": themes put the article's own byline in
# all of them.)
# (Matched against lower-cased text: an IGNORECASE alternation costs ten times more.)
_ELSEWHERE_RE = re.compile(r"comment|repl(?:y|ies)|respon[sd]|related|recommend|most-?read|popular")
# Short texts worth reading as a date: a year 19xx/20xx or a numeric d.m.yy.
_DATE_HINT_RE = re.compile(
    r"(?<![0-9])(?:(?:19|20)[0-9]{2}|[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2})(?![0-9])"
)
# Text pieces that may state a date: short ones, and longer ones opening with a digit.
_DATELINE = 40
_MAX_PIECE = 100
_MIN_PIECE = 5
_MAX_SCANNED = 3000
_MAX_TEXT_TRIES = 15
_MAX_VISIBLE_TEXT = 120
_MAX_VISIBLE_CHILDREN = 12
# "By the title": this many elements after the first <h1>, and before it.
_WINDOW_AFTER = 50
_WINDOW_BEFORE = 20
_MAX_VISIBLE_TRIES = 30
_NEAR_TITLE = 12
_ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """The chosen day, the text it was read from, and the strategy that found it."""

    day: dt.date
    text: str
    source: str
    """``jsonld``, ``meta``, ``microdata``, ``time``, ``url``, ``visible`` (a date-marked
    element by the title), ``text`` (a short text with a date) or ``modified`` (any
    machine-readable modification date)."""


def publication_date(
    tree: etree._Element,
    url: str,
    found: Structured,
    *,
    reference: dt.date | None = None,
    languages: list[str] | None = None,
) -> FoundDate | None:
    """The page's original publication day, or ``None`` when nothing states one.

    ``reference`` (default: today, UTC) bounds plausible dates from above (one day of
    slack for time zones); ``languages`` (ISO 639-1) narrows reading visible dates.
    """
    limit = (reference or dt.datetime.now(dt.UTC).date()) + _ONE_DAY
    first = _Candidates(limit, _url_period(url), languages).first
    # The day a reader sees: the path's date (the publisher's own day, never shifted by
    # a time zone), then a date shown by the title. Machine-stated dates come after
    # them: templates keep stale ones, and UTC timestamps fall on the next or previous
    # day. On htmldate's 800 pages this order is right 95% of the time it answers.
    shown = (
        first("url", _url_dates(url))
        or first("visible", _visible_dates(tree, found, near_title=True))
        # A shown date marked as the publication date by microdata: both seen and
        # stated (``<time itemprop="datePublished">`` in a byline far from the title).
        or first("microdata", _published_times(found))
    )
    if shown is not None:
        return shown
    stated = (
        first("jsonld", _json_ld_values(found, _PUBLISHED_KEYS))
        or first("meta", _meta_values(found, PUBLISHED_META))
        or first("microdata", _property_values(found, _PUBLISHED_PROPERTIES))
    )
    if stated is not None:
        return stated
    return (
        first("time", _pubdate_times(found))
        or first("visible", _visible_dates(tree, found))
        or first("text", _short_texts(tree, found))
        or first("modified", _json_ld_values(found, ("dateModified",)))
        or first("modified", _meta_values(found, MODIFIED_META))
        or first("modified", _property_values(found, _MODIFIED_PROPERTIES))
    )


@dataclass(frozen=True, slots=True)
class _Candidates:
    """Reads candidate date texts, keeping the plausible ones."""

    limit: dt.date
    period: tuple[int, int | None] | None
    """The year and month the URL's path names, when it names them."""
    languages: list[str] | None

    def fits(self, day: dt.date) -> bool:
        """Plausible, and in the URL path's year and month when it names them (a day's
        slack: a UTC timestamp may fall on the last day of the previous month)."""
        if not dates.MIN_DATE <= day <= self.limit:
            return False
        return self.period is None or any(
            d.year == self.period[0] and self.period[1] in (None, d.month)
            for d in (day, day - _ONE_DAY, day + _ONE_DAY)
        )

    def first(self, source: str, texts: Iterable[str]) -> FoundDate | None:
        """The first fitting day of ``texts``; an "updated" one only if no other fits."""
        updated: FoundDate | None = None
        for text in texts:
            day = read_day(text, self.languages)
            if day is None or not self.fits(day):
                continue
            # Without languages, read_day's reading of a non-ISO text is the one
            # normalisation makes: no need to read it again.
            read_alike = self.languages is None and not _ISO_RE.match(text)
            found_date = FoundDate(day, _as_text(text, day, read_alike=read_alike), source)
            if not _UPDATED_RE.search(text.lower()):
                return found_date
            # "Updated 6 May 2019" is the publication day only if nothing else is shown.
            updated = updated or found_date
        return updated


def _url_period(url: str) -> tuple[int, int | None] | None:
    """The year (and month) a URL path files the page under (``/2019/10/slug``)."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    found = _URL_PERIOD_RE.search(path)
    if found is None:
        return None
    return int(found[1]), int(found[2]) if found[2] else None


def read_day(text: str, languages: list[str] | None = None) -> dt.date | None:
    """The single day ``text`` states: ISO first (most machine values), else
    :func:`citycrawl.dates.parse_date` if it holds a year; ``None`` for ranges and
    unreadable text. ``languages`` must be ones the date grammar supports (see
    :func:`grammar_languages`): others would send every text to dateparser."""
    iso = _ISO_RE.match(text)
    if iso:
        try:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    if not _DATE_HINT_RE.search(text):
        # No year: nothing to read without a reference date, and dateparser's fallback
        # (milliseconds a call) would only find relative phrases in it.
        return None
    value = dates.parse_date(text, languages=languages)
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def grammar_languages(language: str | None) -> list[str] | None:
    """``[code]`` for a page language the date grammar reads (``en-GB`` -> ``["en"]``),
    else ``None`` (every language the grammar knows)."""
    code = (language or "")[:2].lower()
    return [code] if code in dates.SUPPORTED_LANGUAGES else None


def _as_text(text: str, day: dt.date, *, read_alike: bool = False) -> str:
    """``text`` if citycrawl.dates reads it as ``day``, else the day in ISO form.

    ``read_alike``: ``day`` is already citycrawl.dates' reading of ``text``. An ISO date
    or date-time (most machine values) is read as the day it opens with: not read again.
    """
    if read_alike or _ISO_VALUE_RE.fullmatch(text):
        return text
    value = dates.parse_date(text)
    read = value.date() if isinstance(value, dt.datetime) else value
    return text if read == day else day.isoformat()


def _json_ld_values(found: Structured, keys: tuple[str, ...]) -> Iterator[str]:
    """Values of ``keys`` from article-like nodes first, then pages, then the rest."""
    ranked = sorted(found.json_ld, key=_node_rank)
    for node in ranked:
        for key in keys:
            value = structured.text_value(node.get(key))
            if value:
                yield value


def _node_rank(node: structured.JsonNode) -> int:
    kinds = structured.types(node)
    if any(k.endswith(("Article", "Posting")) or k in ("Report", "Review") for k in kinds):
        return 0
    if any(k.endswith("Page") for k in kinds):
        return 1
    return 2


def _meta_values(found: Structured, names: tuple[str, ...]) -> Iterator[str]:
    for name in names:
        for value in found.meta.get(name, ()):
            cleaned = clean_text(value)
            if cleaned:
                yield cleaned


def _property_values(found: Structured, names: tuple[str, ...]) -> Iterator[str]:
    for name in names:
        for element in found.properties.get(name, ()):
            value = structured.property_value(element)
            if value:
                yield value


def _published_times(found: Structured) -> Iterator[str]:
    """``<time itemprop="datePublished">`` outside comments and lists of other articles
    (the tag walk has every ``<time>``: no look at other elements' attributes)."""
    for element in found.times:
        if element.tag == "time" and "datepublished" in (element.get("itemprop") or "").lower():
            if _elsewhere(element):
                continue
            value = element.get("datetime") or element_text(element)
            if value:
                yield value


def _pubdate_times(found: Structured) -> Iterator[str]:
    """``<time pubdate>`` and ``<time>`` or ``<abbr>`` marked published by class, outside
    comments and side columns."""
    for element in found.times:
        marks = f"{element.get('class') or ''} {element.get('itemprop') or ''}"[:300].lower()
        if element.get("pubdate") is not None or "publish" in marks:
            if _elsewhere(element):
                continue
            value = element.get("datetime") or element.get("title") or element_text(element)
            if value:
                yield value


def _url_dates(url: str) -> Iterator[str]:
    path = url.split("?", 1)[0].split("#", 1)[0]
    for match in _URL_DATE_RE.finditer(path):
        month, day = (match[2], match[3]) if match[2] else (match[5], match[6])
        yield f"{match[1]}-{int(month):02d}-{int(day):02d}"


def _visible_dates(
    tree: etree._Element, found: Structured, *, near_title: bool = False
) -> Iterator[str]:
    """Dates a reader sees: short texts (or ``datetime`` values) of the blocks right after
    the first ``<h1>`` and of date-marked elements around it; with ``near_title=False``,
    date-marked elements anywhere. Never inside comments or lists of other articles."""
    tries = 0
    revisions: list[etree._Element] = []
    candidates = _near_title(found) if near_title else found.dated()
    for element in itertools.chain(candidates, _later(revisions)):
        if tries >= _MAX_VISIBLE_TRIES:
            return
        marks = element.get("class")
        if marks and element not in revisions and _UPDATED_RE.search(marks[:300].lower()):
            revisions.append(element)  # WordPress's <time class="updated">: after the rest
            continue
        machine = element.get("datetime")
        if len(element) > _MAX_VISIBLE_CHILDREN and not machine:
            continue  # a container, not a byline: skipped before its text is assembled
        value = element_text(element)
        if not value or len(value) > _MAX_VISIBLE_TEXT or not _DATE_HINT_RE.search(value):
            value = None
        if (value is None and not machine) or _elsewhere(element):
            continue
        tries += 1
        # What the reader sees first ("10. Februar 2019"), then the machine value of a
        # <time> ("2019-02-09T23:00:55+01:00": sites disagree with themselves on zones).
        if value is not None:
            yield (
                _TIME_OF_DAY_RE.sub(" ", value)
                if ":" in value and not _ISO_RE.match(value)
                else value
            )
        if machine:
            yield machine


def _later(elements: list[etree._Element]) -> Iterator[etree._Element]:
    """The elements of a list filled while an earlier iterator runs, once it is done."""
    yield from list(elements)


def _near_title(found: Structured) -> Iterator[etree._Element]:
    """The first ``<h1>``'s next siblings, then date-marked elements in a window of
    document order around it: after it first, then before it, nearest first."""
    if not found.h1s:
        return
    h1 = found.h1s[0]
    yield from itertools.islice(h1.itersiblings(etree.Element), _NEAR_TITLE)
    for element in itertools.islice(_following(h1), _WINDOW_AFTER):
        if structured.date_marked(element):
            yield element
    for element in itertools.islice(_preceding(h1), _WINDOW_BEFORE):
        if structured.date_marked(element):
            yield element


def _following(element: etree._Element) -> Iterator[etree._Element]:
    """The elements after ``element`` (and inside it), in document order."""
    yield from element.iterdescendants(etree.Element)
    node: etree._Element | None = element
    while node is not None:
        for sibling in node.itersiblings(etree.Element):
            yield sibling
            yield from sibling.iterdescendants(etree.Element)
        node = node.getparent()


def _preceding(element: etree._Element) -> Iterator[etree._Element]:
    """The elements before ``element``, nearest first (ancestors left out)."""
    node: etree._Element | None = element
    while node is not None:
        for sibling in node.itersiblings(etree.Element, preceding=True):
            # The sibling's last elements are the nearest ones.
            yield from reversed(collections.deque(sibling.iter(etree.Element), _WINDOW_BEFORE))
        node = node.getparent()


def _short_texts(tree: etree._Element, found: Structured) -> Iterator[str]:
    """Short text pieces holding a year or a numeric date, and the openings of longer
    ones (datelines): after the first ``<h1>``, then from the top of the page down to
    it; never in comments or lists of other articles. A bounded number of elements is
    looked at."""
    body = tree.find("body")
    starts = [body if body is not None else tree]
    h1 = found.h1s[0] if found.h1s else None
    if h1 is not None:
        starts.insert(0, h1)
    tries = 0
    seen: set[etree._Element] = set()
    for start in starts:
        walk = _following(start) if start is h1 else start.iter(etree.Element)
        for element in itertools.islice(walk, _MAX_SCANNED):
            if element in seen or element.tag in ("title", "script", "style"):
                continue
            seen.add(element)
            for piece in (element.text, element.tail):
                text = _date_piece(piece)
                if text is None or _elsewhere(element):
                    continue
                tries += 1
                yield text
                if tries >= _MAX_TEXT_TRIES:
                    return
            if element is h1:
                break  # what follows it, the first walk has read


def _date_piece(piece: str | None) -> str | None:
    """A text piece worth reading as a date: short with a year or numeric date, or the
    opening of a longer one that starts with a digit ("27.1.2022 - Bei ...")."""
    if not piece:
        return None
    text = piece.strip()
    if len(text) >= _MAX_PIECE:
        if not text[:1].isdigit():
            return None
        text = text[:_DATELINE]
    elif len(text) <= _MIN_PIECE:
        return None
    return " ".join(text.split()) if _DATE_HINT_RE.search(text) else None


def _elsewhere(element: etree._Element) -> bool:
    """Whether ``element`` sits in a comment, teaser list, side column or footer."""
    for ancestor in element.iterancestors():
        if ancestor.tag == "body":  # its classes describe the page ("comments-open")
            return False
        if ancestor.tag == "nav":
            return True
        marks = ancestor.get("class")
        ident = ancestor.get("id")
        if (marks and _ELSEWHERE_RE.search(marks[:300].lower())) or (
            ident and _ELSEWHERE_RE.search(ident[:300].lower())
        ):
            return True
    return False
