"""dateparser behind the grammar, for what the grammar does not read.

That is: languages outside :data:`SUPPORTED_LANGUAGES`, and the "ago" phrases the grammar
does not read ("3 hours ago"; "3 days ago" and "2 weeks ago" are the grammar's). It
costs milliseconds per call, so it only sees short texts that pass a cheap gate, with
its languages restricted, the day/month/year all required (no part is ever filled from
"now") and results cached.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from functools import lru_cache

from citycrawl.dates._lexicon import SUPPORTED_LANGUAGES

MAX_FALLBACK_CHARS = 60
"""Longer texts are prose; dateparser on prose finds dates in anything."""

# The languages whose "ago" phrases the gate below knows; dateparser reads these.
_AGO_LANGUAGES = ("en", "fr", "de", "es", "it", "nl", "pl", "pt", "sv", "da", "cs")
# "3 hours ago" in those languages: the only thing dateparser adds for them.
_AGO_RE = re.compile(
    r"\b(ago|il y a|vor|hace|fa|geleden|temu|atr[aá]s|h[aá]|sedan|siden|p[rř]ed)\b",
    re.IGNORECASE,
)
# Two unrelated bases: a result that moves with the base came from a relative phrase.
# Naive on purpose: dateparser compares RELATIVE_BASE with naive results.
_PROBE_BASES = (
    dt.datetime.combine(dt.date(2001, 3, 15), dt.time(12)),
    dt.datetime.combine(dt.date(2011, 9, 20), dt.time(12)),
)


def wanted(text: str, languages: tuple[str, ...] | None) -> bool:
    """The cheap gate: is dateparser worth its milliseconds for this text?"""
    if len(text) > MAX_FALLBACK_CHARS or not any(map(str.isdigit, text)):
        return False
    if languages is not None and any(lang not in SUPPORTED_LANGUAGES for lang in languages):
        return True
    return _AGO_RE.search(text) is not None


@lru_cache(maxsize=32)
def _parser(languages: tuple[str, ...], base: dt.datetime) -> object:
    from dateparser.date import DateDataParser  # slow import, only when needed

    settings = {
        "DATE_ORDER": "DMY",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RELATIVE_BASE": base,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DATES_FROM": "current_period",
    }
    try:
        return DateDataParser(languages=list(languages), settings=settings)
    except ValueError:  # a language dateparser does not know
        return DateDataParser(languages=list(_AGO_LANGUAGES), settings=settings)


def _run(text: str, languages: tuple[str, ...], base: dt.datetime) -> dt.date | None:
    parser = _parser(languages, base)
    with warnings.catch_warnings():
        # dateparser and its `regex` dependency warn on some inputs; never our concern.
        warnings.simplefilter("ignore")
        try:
            data = parser.get_date_data(text)  # type: ignore[attr-defined]
        except Exception:  # dateparser raises on some odd inputs; treat as no date
            return None
    if data is None or data.date_obj is None or data.period != "day":
        return None
    return data.date_obj.date()


@lru_cache(maxsize=2048)
def parse(
    text: str, languages: tuple[str, ...] | None, reference: dt.date | None
) -> tuple[dt.date | None, bool]:
    """The date dateparser reads in ``text``, and whether it needs the reference.

    Returns ``(None, True)`` for a relative phrase when ``reference`` is None.
    """
    langs = languages or _AGO_LANGUAGES
    if reference is not None:
        base = dt.datetime.combine(reference, dt.time(12, 0))
        return _run(text, langs, base), False
    first, second = (_run(text, langs, base) for base in _PROBE_BASES)
    if first != second:
        return None, True
    return first, False
