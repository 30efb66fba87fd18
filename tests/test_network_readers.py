"""What a reader sees on each saved page of the six further networks, row by row.

Every case under ``fixtures/<network>/<layout>/<case>/`` of these networks has a
``reader.json`` written from the page and its sources, before any parser existed
(fixtures/NETWORKS.md): for a document, the dataset row's columns the page determines;
for a listing, its entries in order and the following page(s). The page goes through
its layout's parser and, for documents, the normalise pipeline, exactly as in a crawl.
``expected.json`` beside it (tests/test_fixtures.py) pins the parser's whole output.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from citycrawl.items import ParsedPage
from pipelines.normalise import normalise_page
from pipelines.validate import validate_row
from tests.fixture_cases import FixtureCase, iter_cases

NETWORKS = ("energy-cities", "c40", "polis", "cemr", "iclei", "urbact")
CASES = [case for case in iter_cases() if case.meta["site"] in NETWORKS]


def _reader(case: FixtureCase) -> dict[str, Any]:
    return dict(json.loads((case.path / "reader.json").read_text(encoding="utf-8")))


def _fetched(case: FixtureCase) -> dt.datetime:
    return dt.datetime.fromisoformat(case.meta["fetched_at"].replace("Z", "+00:00"))


def _row(case: FixtureCase) -> dict[str, Any]:
    document = case.parser()(case.body, case.meta["url"], case.meta["content_type"])
    page = ParsedPage(
        site=case.meta["site"], url=case.meta["url"], document=document, fetched_at=_fetched(case)
    )
    row = validate_row(normalise_page(page))
    return {
        key: value.isoformat() if hasattr(value, "isoformat") else value
        for key, value in row.items()
    }


def _document_params() -> list[Any]:
    return [
        pytest.param(case, field, id=f"{case.meta['site']}/{case.name}::{field}")
        for case in CASES
        if case.meta["kind"] == "document"
        for field in _reader(case)
    ]


@pytest.fixture(scope="module")
def rows() -> dict[str, dict[str, Any]]:
    return {}


@pytest.mark.parametrize(("case", "field"), _document_params())
def test_document_row_field(case: FixtureCase, field: str, rows: dict[str, dict[str, Any]]) -> None:
    key = str(case.path)
    if key not in rows:
        rows[key] = _row(case)
    assert rows[key][field] == _reader(case)[field]


@pytest.mark.parametrize(
    "case",
    [case for case in CASES if case.meta["kind"] == "listing"],
    ids=lambda case: f"{case.meta['site']}/{case.name}",
)
def test_listing_entries_and_next_pages(case: FixtureCase) -> None:
    listing = case.parser()(case.body, case.meta["url"], case.meta["content_type"])
    expected = _reader(case)
    got = [
        {name: getattr(entry, name) for name in wanted}
        for entry, wanted in zip(listing.entries, expected["entries"], strict=False)
    ]
    assert got == expected["entries"]
    assert len(listing.entries) == len(expected["entries"])
    assert listing.next_page_urls == expected["next_page_urls"]


def test_every_network_has_documents_and_listings_in_two_markups() -> None:
    for network in NETWORKS:
        mine = [case for case in CASES if case.meta["site"] == network]
        for kind in ("listing", "document"):
            markups = {case.meta["markup"] for case in mine if case.meta["kind"] == kind}
            assert len(markups) >= 2, (network, kind)
