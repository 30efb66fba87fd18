"""Fast unit tests (R-6c, R-8, R-12, R-13, R-14, R-23): extractors and pipelines.

No crawl here: parsers get raw bytes with the Content-Type a server would send, rows
go through the real normalise and validate steps with a frozen ``fetched_at``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import time
from collections import Counter
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scrapy.utils.gz import gunzip

from citycrawl import dates
from citycrawl.items import ParsedPage
from citycrawl.parsing.html import clean_text
from citycrawl.parsing.model import DocumentPage, ListingPage, PageParseError
from citycrawl.schema import ITEM_SCHEMA
from citycrawl.sites import get
from citycrawl.sites.eurocities import domino, wordpress
from citycrawl.spiders.network import _is_complete
from pipelines.normalise import normalise_page
from pipelines.validate import InvalidItem, ValidatePipeline, validate_row
from tests.reliability.faultserver import CHARSET_CASES, article_html
from tests.reliability.hostile_corpus import CORPUS_DIR, RECIPES
from tests.reliability.textchecks import why_bad

FETCHED_AT = dt.datetime(2026, 11, 20, 2, 0, tzinfo=dt.UTC)
#: Per-page budget for the hostile corpus; generous for a loaded 2-core machine.
PAGE_BUDGET_SECONDS = 5.0
WP_URL = "https://eurocities.eu/latest/hostile/"
DOMINO_URL = "http://www.eurocities.eu/eurocities/news/hostile-WSPO-ABCDEF"
EXTRACTORS = {
    "wordpress.parse_article": (wordpress.parse_article, WP_URL),
    "wordpress.parse_listing": (wordpress.parse_listing, "https://eurocities.eu/latest/"),
    "domino.parse_detail": (domino.parse_detail, DOMINO_URL),
    "domino.parse_listing": (
        domino.parse_listing,
        "http://www.eurocities.eu/eurocities/issues/innovation-issue",
    ),
}


def row_for(document: DocumentPage, url: str = WP_URL) -> dict[str, Any]:
    """Normalise and validate a parsed document as the pipelines would."""
    return validate_row(normalise_page(ParsedPage("eurocities", url, document, FETCHED_AT)))


def assert_plain(values: Any, where: str) -> None:
    """Every string inside ``values`` (a dataclass, dict, list) is plain text."""
    if dataclasses.is_dataclass(values) and not isinstance(values, type):
        values = dataclasses.asdict(values)
    if isinstance(values, dict):
        for key, value in values.items():
            if key not in {"url", "canonical_url", "shortlink", "next_page_urls"}:
                assert_plain(value, f"{where}.{key}")
    elif isinstance(values, list):
        for value in values:
            assert_plain(value, where)
    elif isinstance(values, str):
        assert why_bad(values) is None, (where, values[:120])


def parse_or_none(parse: Any, body: bytes, url: str, content_type: str | None) -> Any:
    """The parser's result, or ``None`` for its documented "no such page" error.

    :class:`PageParseError` is how a parser says "this is not a page I can read" (the
    spider counts it as ``citycrawl/parse_error/<reason>``); any other exception
    propagates and fails the test.
    """
    try:
        return parse(body, url, content_type)
    except PageParseError:
        return None


# ----------------------------------------------------------------------------- R-6c


def test_r06_torn_gzip_passes_scrapy_but_not_the_completeness_check() -> None:
    from scrapy.http import HtmlResponse

    page = article_html("Torn").encode()
    compressed = gzip.compress(page)
    torn = compressed[: len(compressed) * 3 // 4]
    body = gunzip(torn)  # Scrapy's own decompression: no error, part of the page
    assert 0 < len(body) < len(page)
    response = HtmlResponse(WP_URL, body=body, encoding="utf-8")
    assert not _is_complete(response)
    assert _is_complete(HtmlResponse(WP_URL, body=page, encoding="utf-8"))


# -----------------------------------------------------------------------------


@pytest.mark.parametrize("case", sorted(CHARSET_CASES))
def test_r08_charset_resolution_gives_the_exact_title(case: str) -> None:
    spec = CHARSET_CASES[case]
    text = article_html(spec.title, spec.title, charset=spec.meta or "")
    if spec.meta is None:
        text = text.replace('<meta charset="">', "")
    body = spec.bom + text.encode(spec.body_encoding)
    document = wordpress.parse_article(body, WP_URL, spec.header)
    assert document.title == spec.title
    assert_plain(row_for(document), case)


# -----------------------------------------------------------------------------


def test_r12_corpus_files_match_their_recipes() -> None:
    names = {p.name for p in CORPUS_DIR.iterdir() if p.is_file()}
    assert names == set(RECIPES)
    for name, make in RECIPES.items():
        assert (CORPUS_DIR / name).read_bytes() == make(), name


@pytest.mark.parametrize("extractor", sorted(EXTRACTORS))
@pytest.mark.parametrize("name", sorted(RECIPES))
def test_r12_every_extractor_survives_the_hostile_corpus(name: str, extractor: str) -> None:
    parse, url = EXTRACTORS[extractor]
    body = (CORPUS_DIR / name).read_bytes()
    for content_type in ("text/html; charset=UTF-8", None):
        started = time.perf_counter()
        result = parse_or_none(parse, body, url, content_type)
        elapsed = time.perf_counter() - started
        assert elapsed < PAGE_BUDGET_SECONDS, (name, extractor, elapsed)
        if result is None:
            continue
        assert isinstance(result, DocumentPage | ListingPage)
        assert_plain(result, f"{name}:{extractor}")
        if isinstance(result, DocumentPage):
            row = row_for(result, url)
            assert row["title"], name
            assert_plain(row, f"{name}:{extractor}:row")


# -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "historic"),
    [
        ("30/02/2024", False),
        ("31 février 2024", False),
        ("2024-13-45", False),
        ("0000-00-00", False),
        # Real calendar days: the parser reads them (issue 14), the field refuses them.
        ("9999-12-31", True),
        ("1 January 1900", True),
        ("1 January 1970", True),
        ("1970-01-01", True),
    ],
)
def test_r13_impossible_dates_are_null_with_a_reason(text: str, historic: bool) -> None:
    document = DocumentPage(WP_URL, "wordpress", title="Impossible", date_text=text)
    row = row_for(document)
    assert row["published"] is None
    assert row["date_issues"], text
    assert text in (row["date_text"] or "")
    parsed = dates.parse_date(text, reference=FETCHED_AT.date())
    if historic:
        assert isinstance(parsed, dt.date)
        assert not dates.plausible(parsed, FETCHED_AT.date())
        assert row["date_issues"] == ["date:implausible"]
        return
    assert parsed is None
    assert dates.why_unparsed(text, reference=FETCHED_AT.date()) is not None


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)))
@settings(max_examples=150, deadline=None)
def test_r13_every_stored_date_lies_within_the_plausible_window(day: dt.date) -> None:
    document = DocumentPage(
        WP_URL, "wordpress", title="Window", date_text=f"{day.day} {day:%B} {day.year}"
    )
    row = row_for(document)
    published = row["published"]
    if published is not None:
        assert published == day
        assert dates.MIN_DATE <= published <= FETCHED_AT.date() + dt.timedelta(days=1)
    assert published != FETCHED_AT.date() or day == FETCHED_AT.date()


def test_r13_three_digit_year_is_not_read_as_a_yearless_date() -> None:
    row = row_for(DocumentPage(WP_URL, "wordpress", title="Old", date_text="1 June 999"))
    assert row["published"] is None


# -----------------------------------------------------------------------------

REF = dt.date(2026, 5, 20)


@pytest.mark.parametrize(
    ("text", "languages", "start", "end", "issue"),
    [
        # DMY for a French page.
        ("02/03/2024", ["fr"], dt.date(2024, 3, 2), None, None),
        # Partial dates are not filled from "now".
        ("March 2024", None, None, None, "partial"),
        # Relative dates resolve against the (frozen) fetch date.
        ("hier", ["fr"], dt.date(2026, 5, 19), None, None),
        # A bare time is no date.
        ("12h30", ["fr"], None, None, "no_date"),
        # Ranges split into start and end.
        ("du 12 au 14 mars 2024", ["fr"], dt.date(2024, 3, 12), dt.date(2024, 3, 14), None),
        # An end before the start is refused, not swapped.
        ("du 14 au 12 mars 2024", ["fr"], None, None, "end_before_start"),
        # An event ending after midnight ends the next day.
        (
            "Friday 5 June 2026, 22:00-01:00",
            None,
            dt.datetime(2026, 6, 5, 22, 0),
            dt.datetime(2026, 6, 6, 1, 0),
            None,
        ),
        # The publication date, not the update.
        (
            "Publié le 3 mars 2024, mis à jour le 5 mars 2024",
            ["fr"],
            dt.date(2024, 3, 3),
            None,
            None,
        ),
    ],
)
def test_r14_ambiguous_and_partial_dates_follow_the_policy(
    text: str,
    languages: list[str] | None,
    start: dt.date | None,
    end: dt.date | None,
    issue: str | None,
) -> None:
    found = dates.parse_date_range(text, reference=REF, languages=languages)
    if start is None:
        assert found is None
        assert dates.why_unparsed(text, reference=REF, languages=languages) == issue
        return
    assert found is not None
    assert (found.start, found.end) == (start, end)


def test_r14_stored_instants_are_utc_and_exact_including_the_dst_gap() -> None:
    document = DocumentPage(
        WP_URL,
        "wordpress",
        title="Night workshop",
        categories=["Events"],
        date_text="29 March 2026",
        body="The workshop runs on Sunday 29 March 2026, 02:30-03:30 in Brussels.",
    )
    row = row_for(document)
    assert row["event_start"] == dt.date(2026, 3, 29)
    starts_at, ends_at = row["event_starts_at"], row["event_ends_at"]
    assert starts_at.utcoffset() == dt.timedelta(0)
    # 02:30 does not exist in Brussels that night (clocks jump 02:00 -> 03:00): it is
    # read as the wall clock shows it, 03:30 CEST = 01:30 UTC, as is 03:30 = 01:30 UTC.
    assert starts_at == dt.datetime(2026, 3, 29, 1, 30, tzinfo=dt.UTC)
    assert ends_at == dt.datetime(2026, 3, 29, 1, 30, tzinfo=dt.UTC)
    assert ends_at >= starts_at


@given(st.text(max_size=120))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_r14_date_parser_never_raises_and_ranges_never_run_backwards(text: str) -> None:
    for found in dates.find_date_ranges(text, reference=REF):
        if found.end is not None and type(found.start) is type(found.end):
            assert found.end >= found.start
        day = found.start.date() if isinstance(found.start, dt.datetime) else found.start
        assert day.year >= dates.EARLIEST_YEAR  # history is a date; fields check plausibility
    dates.parse_date(text, reference=REF)
    dates.why_unparsed(text, reference=REF)


_DATEISH = st.sampled_from(
    [
        "12",
        "3",
        "31",
        "2024",
        "mars",
        "March",
        "au",
        "-",
        "–",
        "/",
        " ",
        "du",
        "h",
        "30",
        ":",
        "février",
        "2025",
        "to",
        "Monday",
        "10.00",
        "until",
        ",",
        "9999",
        "0000",
    ]
)


@given(st.lists(_DATEISH, max_size=12).map("".join))
@settings(max_examples=300, deadline=None)
def test_r14_date_like_noise_never_raises_and_ranges_never_run_backwards(text: str) -> None:
    for found in dates.find_date_ranges(text, reference=REF, languages=["fr", "en"]):
        if found.end is not None and type(found.start) is type(found.end):
            assert found.end >= found.start


# ----------------------------------------------------------------------------- URLs


_URL = st.builds(
    lambda scheme, host, port, path, query, frag: (
        f"{scheme}://{host}{port}/{path}"
        + (f"?{query}" if query else "")
        + (f"#{frag}" if frag else "")
    ),
    st.sampled_from(["http", "https", "HTTP"]),
    st.sampled_from(["eurocities.eu", "www.eurocities.eu", "WWW.EuroCities.EU", "127.0.0.1"]),
    st.sampled_from(["", ":80", ":443", ":8080"]),
    st.text(alphabet="abc-_/.%2Fé~ ", max_size=30),
    st.text(alphabet="a=b&utm_source=x;fbclid%20é", max_size=30),
    st.text(alphabet="abc", max_size=5),
)


@given(_URL)
@settings(max_examples=400, deadline=None)
def test_r24_canonical_form_of_a_canonical_url_is_itself(url: str) -> None:
    canonical_url = get("eurocities").canonical_url
    once = canonical_url(url)
    assert canonical_url(once) == once
    assert "#" not in once
    assert "utm_" not in once.split("?", 1)[-1] or "?" not in once


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_r12_clean_text_output_is_plain(text: str) -> None:
    cleaned = clean_text(text)
    if cleaned is not None:
        assert "\ufffd" not in cleaned
        assert clean_text(cleaned) == cleaned


# -----------------------------------------------------------------------------


class _Stats:
    def __init__(self) -> None:
        self.values: Counter[str] = Counter()

    def inc_value(self, key: str, count: int = 1) -> None:
        self.values[key] += count


class _Crawler:
    def __init__(self) -> None:
        self.stats = _Stats()


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("title", 42),
        ("published", "2024-01-01"),
        ("reading_minutes", "3"),
        ("is_online", "yes"),
        ("categories", "News"),
        ("crawled_at", dt.datetime(2026, 1, 1)),
        ("published", dt.datetime(2026, 1, 1, tzinfo=dt.UTC)),
    ],
)
def test_r23_wrongly_typed_field_is_dropped_with_a_stat_not_coerced(
    column: str, value: Any
) -> None:
    from scrapy.exceptions import DropItem

    row = normalise_page(
        ParsedPage(
            "eurocities", WP_URL, DocumentPage(WP_URL, "wordpress", title="Typed"), FETCHED_AT
        )
    )
    row[column] = value
    crawler = _Crawler()
    pipeline = ValidatePipeline(crawler)  # type: ignore[arg-type]
    with pytest.raises(DropItem):
        pipeline.process_item(row)
    assert crawler.stats.values == Counter({"citycrawl/dropped/invalid_type": 1})
    with pytest.raises(InvalidItem):
        validate_row(dict(row))


def test_r23_rows_have_exactly_the_schema_columns_even_when_sparse() -> None:
    sparse = row_for(DocumentPage(WP_URL, "wordpress", title="Only a title"))
    assert list(sparse) == ITEM_SCHEMA.names
