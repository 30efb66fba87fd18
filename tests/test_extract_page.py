"""citycrawl.extract_page: one page in, one row out, without Scrapy or a network."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

import citycrawl
from citycrawl.parsing.model import PageParseError
from citycrawl.schema import ITEM_COLUMN_NAMES
from tests.fixture_cases import iter_cases

ROOT = Path(__file__).resolve().parent.parent
CITY_PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Sommerfest im Rathauspark | Stadt Beispielhausen</title>
<meta property="og:title" content="Sommerfest im Rathauspark">
<meta property="article:published_time" content="2024-06-03T09:15:00+02:00">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event",
 "name": "Sommerfest im Rathauspark", "startDate": "2024-07-13T15:00:00+02:00",
 "endDate": "2024-07-13T22:00:00+02:00",
 "location": {"@type": "Place", "name": "Rathauspark",
   "address": {"@type": "PostalAddress", "addressLocality": "Beispielhausen"}}}</script>
</head><body><nav><a href="/">Start</a> <a href="/aktuelles/">Aktuelles</a></nav>
<main><article><h1>Sommerfest im Rathauspark</h1>
<p>Die Stadt lädt alle Bürgerinnen und Bürger zum Sommerfest in den Rathauspark ein. Es gibt
Musik, Essen und ein Programm für Kinder, und der Eintritt ist frei.</p>
<p>Das Fest beginnt am Nachmittag und endet am späten Abend mit einem Konzert der
städtischen Musikschule auf der großen Bühne im Park.</p></article></main>
<footer>Impressum</footer></body></html>"""


def test_a_page_of_no_network_is_read_by_the_generic_layer() -> None:
    row = citycrawl.extract_page(
        CITY_PAGE.encode("utf-8"),
        "https://www.beispielhausen.de/aktuelles/sommerfest/",
        content_type="text/html; charset=utf-8",
        reference=dt.date(2024, 6, 10),
    )
    assert tuple(row) == ITEM_COLUMN_NAMES
    assert (row["source"], row["layout"], row["item_type"]) == ("web", "generic", "event")
    assert row["title"] == "Sommerfest im Rathauspark"
    assert row["language"] == "de"
    assert row["event_start"] == row["event_end"] == dt.date(2024, 7, 13)
    assert row["event_starts_at"] == dt.datetime(2024, 7, 13, 13, tzinfo=dt.UTC)
    assert row["body"] is not None
    assert "Rathauspark ein" in row["body"]
    assert row["crawled_at"] == dt.datetime(2024, 6, 10, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "case",
    [case for case in iter_cases() if case.meta["kind"] == "document"],
    ids=lambda case: case.name,
)
def test_a_networks_page_goes_through_its_sites_parser(case: object) -> None:
    meta = case.meta  # type: ignore[attr-defined]
    row = citycrawl.extract_page(
        case.body,  # type: ignore[attr-defined]
        meta["url"],
        content_type=meta.get("content_type"),
        reference=dt.date(2026, 11, 20),
    )
    assert row["source"] == meta["site"]
    assert row["layout"] == meta["layout"]
    assert row["title"]


def test_not_html_raises_a_parse_error() -> None:
    with pytest.raises(PageParseError):
        citycrawl.extract_page(b"%PDF-1.7 ...", "https://eurocities.eu/latest/x/")


def test_extract_page_needs_no_scrapy() -> None:
    code = (
        "import sys, citycrawl; "
        "row = citycrawl.extract_page(b'<html><head><title>A</title></head><body><h1>A</h1>"
        "<p>Text.</p></body></html>', 'https://example.org/a'); "
        "assert 'scrapy' not in sys.modules and 'twisted' not in sys.modules, 'scrapy imported'; "
        "print(row['title'])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.strip() == "A"


def test_the_readme_example_runs_as_written() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### One page in, one row out", 1)[1]
    code = section.split("```python", 1)[1].split("```", 1)[0]
    scope: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), scope)
    row = scope["row"]
    assert isinstance(row, dict)
    assert row["item_type"] == "event"
    assert row["event_start"] == dt.date(2023, 10, 9)
