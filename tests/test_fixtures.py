"""Golden tests (R-25): every saved page parses, field by field equal to expected.json."""

from __future__ import annotations

import pytest

from citycrawl.items import ParsedPage
from citycrawl.parsing.model import DocumentPage
from pipelines.normalise import normalise_page
from pipelines.validate import validate_row
from tests.fixture_cases import FixtureCase, iter_cases

CASES = list(iter_cases())


def _field_params() -> list[object]:
    params = []
    for case in CASES:
        params.extend(
            pytest.param(case, field, id=f"{case.name}::{field}") for field in case.expected
        )
    return params


@pytest.fixture(scope="module")
def outputs() -> dict[str, dict[str, object]]:
    return {}


@pytest.mark.parametrize(("case", "field"), _field_params())
def test_fixture_field(
    case: FixtureCase, field: str, outputs: dict[str, dict[str, object]]
) -> None:
    if case.name not in outputs:
        outputs[case.name] = case.run()
    assert outputs[case.name][field] == case.expected[field]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fixture_has_no_unexpected_fields(case: FixtureCase) -> None:
    assert set(case.run()) == set(case.expected)


def _parsed_pages(case: FixtureCase) -> list[ParsedPage]:
    """The case as the spider would hand it on: a document alone, or each card of a
    listing with an empty page behind it, fetched at the fixture's ``fetched_at``."""
    result = case.parser()(case.body, case.meta["url"], case.meta.get("content_type"))
    site = case.meta["site"]
    if isinstance(result, DocumentPage):
        return [ParsedPage(site, result.url, result, case.fetched_at)]
    return [
        ParsedPage(
            site,
            entry.url,
            DocumentPage(url=entry.url, layout=case.layout),
            case.fetched_at,
            entry=entry,
            listing_url=result.url,
        )
        for entry in result.entries
    ]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fixture_rows_are_valid_at_their_fetch_day(case: FixtureCase) -> None:
    """``fetched_at`` is the page's reference date: every row its page gives is valid on
    that day, and no date the page prints lies in that day's future unless it is an
    event's (a published date after the page was fetched is a misread or a bad fixture)."""
    assert case.fetched_at.tzinfo is not None, "fetched_at must say its zone"
    for page in _parsed_pages(case):
        row = validate_row(normalise_page(page))
        assert "published:in_future" not in row["date_issues"], page.url
        assert row["crawled_at"] == case.fetched_at
