"""Dates and date ranges as city-network pages write them, in the members' languages.

Importable without Scrapy. The grammar (:mod:`citycrawl.dates._grammar`) reads the
forms the EUROCITIES site and its member cities use, in the 24 EU languages plus
Norwegian, Icelandic, Ukrainian and Turkish; dateparser only sits behind it for other
languages and "N hours ago" phrases. Nothing is guessed: an impossible, ambiguous or
year-less-without-reference date gives ``None``, and :func:`why_unparsed` says which.
Historic dates are dates ("9 May 1950"); whether one is plausible for a publication or
event field is the field's check (:func:`plausible`). See ``docs/dates.md`` for the
forms and the policy.

>>> import datetime as dt
>>> r = parse_date_range("Save the date: 22-24 October 2019 in Warsaw")
>>> r.start, r.end, r.text
(datetime.date(2019, 10, 22), datetime.date(2019, 10, 24), '22-24 October 2019')
>>> parse_date_range("9-10 April", reference=dt.date(2019, 1, 2)).end
datetime.date(2019, 4, 10)
>>> why_unparsed("30-02-2019") == "impossible"  # a DateIssue is a str
True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from citycrawl.dates import _fallback
from citycrawl.dates._build import compiled
from citycrawl.dates._grammar import Expression, Parser, tokenize
from citycrawl.dates._lexicon import LANGUAGE_ALIASES, SUPPORTED_LANGUAGES, lexicon_for
from citycrawl.dates._resolve import (
    EARLIEST_YEAR,
    HORIZON_YEARS,
    MIN_DATE,
    DateIssue,
    DateRange,
    DateValue,
    Failure,
    plausible,
    resolve,
)

__all__ = [
    "EARLIEST_YEAR",
    "HORIZON_YEARS",
    "MIN_DATE",
    "SUPPORTED_LANGUAGES",
    "DateIssue",
    "DateRange",
    "DateValue",
    "compiled",
    "find_date_ranges",
    "iter_date_ranges",
    "parse_date",
    "parse_date_range",
    "plausible",
    "why_unparsed",
]

Reference = dt.date | dt.datetime | None


def _reference_date(reference: Reference) -> dt.date | None:
    if isinstance(reference, dt.datetime):
        return reference.date()
    return reference


def _languages(languages: Sequence[str] | None) -> tuple[str, ...] | None:
    if languages is None:
        return None
    codes = {lang.lower()[:2] for lang in languages}
    return tuple(sorted({LANGUAGE_ALIASES.get(code, code) for code in codes}))


def _parser(
    text: str, languages: Sequence[str] | None
) -> tuple[Parser | None, tuple[str, ...] | None] | None:
    """The grammar's parser for ``text`` (``None`` when only dateparser may read it) and
    the language codes; ``None`` for no text at all."""
    if not isinstance(text, str) or not text or text.isspace():
        return None
    langs = None if languages is None else _languages(languages)  # None: no call
    grammar_langs = None
    if langs is not None:
        grammar_langs = tuple(lang for lang in langs if lang in SUPPORTED_LANGUAGES)
        if not grammar_langs:
            return None, langs
    return Parser(text, tokenize(text), lexicon_for(grammar_langs)), langs


def _results(
    expr: Expression, first: bool, text: str, ref: dt.date | None
) -> list[DateRange] | Failure | None:
    """One expression's date ranges or failure. A whole-text expression may be an
    everyday word ("morgen" as a field); only the first can be whole, since nothing but
    a label may precede it."""
    whole = (
        first
        and expr.items[0].relative is not None
        and _only_label_around(text, expr.start, expr.end)
    )
    return resolve(expr, text, ref, whole)


def _fallback_result(
    text: str, langs: tuple[str, ...] | None, ref: dt.date | None
) -> DateRange | Failure | None:
    """dateparser's reading, for a text the grammar produced nothing from."""
    if not _fallback.wanted(text, langs):
        return None
    day, needs_reference = _fallback.parse(text.strip(), langs, ref)
    if needs_reference:
        return Failure(DateIssue.MISSING_REFERENCE, text.strip())
    if day is None:
        return None
    if day.year >= EARLIEST_YEAR:
        return DateRange(day, None, text.strip())
    return Failure(DateIssue.IMPLAUSIBLE, text.strip())


def _scan(
    text: str, reference: Reference, languages: Sequence[str] | None
) -> Iterator[DateRange | Failure]:
    """Every expression's result, left to right, lazily: a caller that wants the first
    date of a long body stops the parse there."""
    prepared = _parser(text, languages)
    if prepared is None:
        return
    parser, langs = prepared
    ref = _reference_date(reference)
    produced = False
    if parser is not None:
        for index, expr in enumerate(parser.expressions()):
            result = _results(expr, index == 0, text, ref)
            if isinstance(result, Failure):
                produced = True
                yield result
            elif result is not None:
                for found in result:
                    produced = True
                    yield found
    if not produced:
        last = _fallback_result(text, langs, ref)
        if last is not None:
            yield last


def _only_label_around(text: str, start: int, end: int) -> bool:
    """True if outside the span there is at most a short label ("Date : ")."""
    before = text[:start].strip()
    after = text[end:].strip(" \t\r\n.,;:!?)")
    return not after and (not before or (len(before) <= 30 and before.endswith(":")))


def iter_date_ranges(
    text: str, *, reference: Reference = None, languages: Sequence[str] | None = None
) -> Iterator[DateRange]:
    """Like :func:`find_date_ranges`, lazily: stop early and the rest is never parsed."""
    for result in _scan(text, reference, languages):
        if isinstance(result, DateRange):
            yield result


def find_date_ranges(
    text: str, *, reference: Reference = None, languages: Sequence[str] | None = None
) -> list[DateRange]:
    """Every date expression in ``text``, in order (for bodies listing several sessions).

    A list of days that are not consecutive (``am 2., 4. und 5. Oktober``) gives one
    range per run of consecutive days, each carrying the whole list as ``.text``.
    Expressions that cannot be read safely are left out; see :func:`why_unparsed`.
    """
    return list(iter_date_ranges(text, reference=reference, languages=languages))


def parse_date_range(
    text: str, *, reference: Reference = None, languages: Sequence[str] | None = None
) -> DateRange | None:
    """The first date expression in ``text`` that reads safely, or ``None``.

    ``reference`` (a date or datetime: the page's publication or fetch date) places
    year-less dates (the nearest occurrence, agreeing with any weekday) and relative
    words; without it they give ``None``. ``languages`` is a list of ISO 639-1 codes;
    ``None`` tries every supported language.

    >>> parse_date_range("Thursday 17 January 2019, 15:00-16:00 (CET, Brussels time)").end
    datetime.datetime(2019, 1, 17, 16, 0, tzinfo=zoneinfo.ZoneInfo(key='Europe/Brussels'))
    """
    # The first result, read without _scan's generator (nor the parser's): the most
    # frequent call, and a generator's frame and closing cost as much as resolving a
    # simple date.
    prepared = _parser(text, languages)
    if prepared is None:
        return None
    parser, langs = prepared
    # _reference_date inline: every call asks
    ref = reference.date() if isinstance(reference, dt.datetime) else reference
    produced = False
    if parser is not None:
        first = True
        while (expr := parser.next_expression()) is not None:
            result = _results(expr, first, text, ref)
            first = False
            if isinstance(result, list):
                if result:
                    return result[0]
            elif result is not None:
                produced = True
    if produced:
        return None
    last = _fallback_result(text, langs, ref)
    return last if isinstance(last, DateRange) else None


def parse_date(
    text: str, *, reference: Reference = None, languages: Sequence[str] | None = None
) -> DateValue | None:
    """The single date (or date-time) ``text`` states, or ``None``.

    It is the ``start`` of :func:`parse_date_range` when the expression covers one
    calendar day (a time range on one day counts); a range over several days gives
    ``None`` (reason ``not_single_date``), since either end would be a guess.

    >>> parse_date("publication date: 09-01-2019")
    datetime.date(2019, 1, 9)
    """
    found = parse_date_range(text, reference=reference, languages=languages)
    if found is None or not _single_day(found):
        return None
    return found.start


def _single_day(found: DateRange) -> bool:
    if found.end is None:
        return True
    start, end = found.start, found.end
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        return end - start <= dt.timedelta(hours=24) and (
            end.date() == start.date() or end.time() <= start.time()
        )
    return start == end


def why_unparsed(
    text: str,
    *,
    reference: Reference = None,
    languages: Sequence[str] | None = None,
    single: bool = False,
) -> DateIssue | None:
    """Why :func:`parse_date_range` (or, with ``single=True``, :func:`parse_date`) gives
    ``None`` for these arguments, as a :class:`DateIssue` slug; ``None`` if it does not.

    The reason is the first unreadable expression's, or ``no_date`` if there was none.

    >>> why_unparsed("9-10 April").value
    'missing_year'
    """
    first_failure: Failure | None = None
    for result in _scan(text, reference, languages):
        if isinstance(result, DateRange):
            return DateIssue.NOT_SINGLE_DATE if single and not _single_day(result) else None
        first_failure = first_failure or result
    return first_failure.issue if first_failure else DateIssue.NO_DATE
