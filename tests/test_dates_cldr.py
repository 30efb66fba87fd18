"""Dates as CMSs print them: CLDR's date and date-time formats in every language read.

Drupal, Symfony, Java and ICU-based sites render dates from CLDR's patterns and names
(babel carries the same data), so each supported language's full, long and medium
formats, alone and with the locale's short time, are an oracle written by others, not by
this grammar: every month, days on both sides of 12. Read with the page's language the
parser must give the exact day and time; read with every language it may give ``None``
(an abbreviation two languages give different months, "lis") but never another date.
"""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_date, format_interval, format_time, get_datetime_format

from citycrawl.dates import SUPPORTED_LANGUAGES, parse_date_range

LOCALES = {
    "en": "en_GB", "fr": "fr_FR", "de": "de_DE", "es": "es_ES", "it": "it_IT", "nl": "nl_NL",
    "pl": "pl_PL", "pt": "pt_PT", "sv": "sv_SE", "da": "da_DK", "cs": "cs_CZ", "ca": "ca_ES",
    "gl": "gl_ES", "eu": "eu_ES", "hu": "hu_HU", "ro": "ro_RO", "fi": "fi_FI", "et": "et_EE",
    "lv": "lv_LV", "lt": "lt_LT", "sk": "sk_SK", "sl": "sl_SI", "hr": "hr_HR", "bg": "bg_BG",
    "el": "el_GR", "no": "nb_NO", "is": "is_IS", "uk": "uk_UA", "tr": "tr_TR", "ga": "ga_IE",
    "mt": "mt_MT",
}  # fmt: skip
DAYS = [
    dt.date(2024, month, day)
    for month, day in [(1, 5), (2, 29), (3, 17), (4, 9), (5, 1), (6, 30), (7, 14), (8, 2),
                       (9, 23), (10, 11), (11, 6), (12, 24)]
]  # fmt: skip
TIME = dt.time(14, 30)


def _unquote(pattern: str) -> str:
    """A CLDR pattern's literal text without its quotes ("{1} 'kl'. {0}")."""
    return pattern.replace("''", "\0").replace("'", "").replace("\0", "'")


def _rendered(lang: str, locale: str | None = None) -> list[tuple[str, dt.date | dt.datetime]]:
    locale = locale or LOCALES[lang]
    forms: list[tuple[str, dt.date | dt.datetime]] = []
    for day in DAYS:
        for width in ("full", "long", "medium"):
            text = format_date(day, width, locale=locale)
            forms.append((text, day))
            joined = _unquote(str(get_datetime_format(width, locale=locale)))
            clock = format_time(TIME, "short", locale=locale)
            forms.append(
                (joined.replace("{1}", text).replace("{0}", clock), dt.datetime.combine(day, TIME))
            )
    return forms


def test_every_supported_language_has_a_locale() -> None:
    assert set(LOCALES) == set(SUPPORTED_LANGUAGES)


@pytest.mark.parametrize("lang", sorted(LOCALES))
def test_cldr_formats_read_exactly_in_their_language(lang: str) -> None:
    misread = []
    for text, want in _rendered(lang):
        got = parse_date_range(text, languages=[lang])
        if got is None or (got.start, got.end) != (want, None):
            misread.append((text, got and (got.start, got.end)))
    assert misread == [], lang


# Regional variants the networks' member cities write (Austrian "Jänner", Canadian
# "juill.", US month-first, Brazilian Portuguese).
VARIANTS = {
    "en_US": "en", "en_IE": "en", "pt_BR": "pt", "es_MX": "es", "fr_CA": "fr", "fr_BE": "fr",
    "fr_CH": "fr", "de_AT": "de", "de_CH": "de", "nl_BE": "nl", "it_CH": "it", "sv_FI": "sv",
    "ca_ES_VALENCIA": "ca",
}  # fmt: skip


@pytest.mark.parametrize("locale", sorted(VARIANTS))
def test_regional_cldr_formats_read_exactly(locale: str) -> None:
    lang = VARIANTS[locale]
    misread = []
    for text, want in _rendered(lang, locale):
        got = parse_date_range(text, languages=[lang])
        if got is None or (got.start, got.end) != (want, None):
            misread.append((text, got and (got.start, got.end)))
    assert misread == [], locale


@pytest.mark.parametrize("lang", sorted(LOCALES))
def test_cldr_formats_read_with_every_language_are_never_another_date(lang: str) -> None:
    wrong = []
    for text, want in _rendered(lang):
        got = parse_date_range(text)
        if got is not None and (got.start, got.end) != (want, None):
            wrong.append((text, got.start, got.end))
    assert wrong == [], lang


# Ranges as CLDR's interval formats print them, in the languages whose intervals read
# today. The others are left (see docs/dates.md) and must never give another date:
# Hungarian "2024. jan. 15., H – 17., Sze" (one-letter weekdays), Czech and Slovak
# two-letter weekdays without a dot ("po 15. 1. – st 17. 1. 2024"; Czech "po" is also
# "after"), Estonian one-letter weekdays, Maltese "2024 Mar 30 – Apr 2" (year, month,
# day).
INTERVAL_LANGUAGES = [
    "en", "de", "fr", "es", "it", "pt", "pl", "da", "no", "is", "sv", "ca", "gl", "ro", "sl",
    "hr", "bg", "el", "uk", "ga", "mt", "fi", "lv", "tr", "nl", "lt",
]  # fmt: skip
LEFT = {("mt", "yMMMd"), ("mt", "yMMMMd")}
SPANS = [(dt.date(2024, 1, 15), dt.date(2024, 1, 17)), (dt.date(2024, 3, 30), dt.date(2024, 4, 2)),
         (dt.date(2024, 9, 23), dt.date(2024, 9, 27))]  # fmt: skip


@pytest.mark.parametrize("lang", INTERVAL_LANGUAGES)
def test_cldr_date_intervals_read_as_ranges(lang: str) -> None:
    misread = []
    for first, last in SPANS:
        for skeleton in ("yMMMd", "yMMMMd", "yMMMEd", "yMMMMEEEEd"):
            if (lang, skeleton) in LEFT:
                continue
            text = format_interval(first, last, skeleton, locale=LOCALES[lang])
            got = parse_date_range(text, languages=[lang])
            if got is None or (got.start, got.end) != (first, last):
                misread.append((skeleton, text, got and (got.start, got.end)))
    assert misread == [], lang


@pytest.mark.parametrize("lang", sorted(set(LOCALES) - set(INTERVAL_LANGUAGES) - {"eu"}))
def test_unread_cldr_intervals_never_give_their_end_as_the_start(lang: str) -> None:
    """The range, its start alone, or nothing ("unread_start"), never the end alone."""
    wrong = []
    for first, last in SPANS:
        for skeleton in ("yMMMd", "yMMMMd", "yMMMEd", "yMMMMEEEEd"):
            text = format_interval(first, last, skeleton, locale=LOCALES[lang])
            got = parse_date_range(text, languages=[lang])
            if got is not None and got.start != first:
                wrong.append((skeleton, text, got.start))
    assert wrong == [], lang
