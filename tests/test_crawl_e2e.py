"""End to end: the real ``scrapy crawl eurocities`` against the bundled mirror.

The mirror (fixtures/mirror) serves both layouts on 127.0.0.1 with pagination, aliases
of one document, a 404, redirects and a robots.txt; the dataset is compared row by row
with fixtures/mirror/expected_items.json (regenerate with
``python -m tests.crawl_helpers rerun --write`` and review the diff).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from citycrawl.dataset import CURRENT_SCHEMA
from citycrawl.mirror import MirrorServer
from citycrawl.schema import ITEM_SCHEMA
from tests.crawl_helpers import EXPECTED_ITEMS, CrawlRun, comparable_rows, run_crawl

EXPECTED = {row["url"]: row for row in json.loads(EXPECTED_ITEMS.read_text(encoding="utf-8"))}


@pytest.fixture(scope="module")
def mirror() -> Iterator[MirrorServer]:
    with MirrorServer() as server:
        yield server


@pytest.fixture(scope="module")
def full_crawl(mirror: MirrorServer, tmp_path_factory: pytest.TempPathFactory) -> CrawlRun:
    mirror.hits.clear()
    run = run_crawl(mirror.origin, tmp_path_factory.mktemp("full"))
    assert run.returncode == 0, run.log[-3000:]
    return run


@pytest.fixture(scope="module")
def rows(full_crawl: CrawlRun, mirror: MirrorServer) -> dict[str, dict[str, object]]:
    return comparable_rows(full_crawl.output_dir, mirror.origin)


def test_every_expected_document_and_no_other(rows: dict[str, dict[str, object]]) -> None:
    assert sorted(rows) == sorted(EXPECTED)


@pytest.mark.parametrize("url", sorted(EXPECTED))
def test_row_equals_expected(url: str, rows: dict[str, dict[str, object]]) -> None:
    assert rows.get(url) == EXPECTED[url]


def test_aliases_of_one_document_give_one_row(rows: dict[str, dict[str, object]]) -> None:
    # The mirror links one article without its trailing slash, one with utm_ tracking
    # parameters, one through a /?p= shortlink, one Domino document under both
    # /documents/ and /publications/, and one article from two category listings.
    urls = list(rows)
    assert not [u for u in urls if "utm_" in u or "?p=" in u]
    assert not [u for u in urls if u.startswith("/latest/") and not u.endswith("/")]
    keys = [u.rsplit("-WSPO-", 1)[1] for u in urls if "-WSPO-" in u]
    assert len(keys) == len(set(keys))


def test_every_file_has_the_schema(full_crawl: CrawlRun) -> None:
    files = sorted((full_crawl.output_dir).rglob("*.parquet"))
    assert files
    for path in files:
        schema = pq.read_schema(path)
        assert schema.equals(CURRENT_SCHEMA) or schema.names[: len(ITEM_SCHEMA)] == list(
            ITEM_SCHEMA.names
        ), path


def test_failed_pages_are_logged_with_their_url(full_crawl: CrawlRun) -> None:
    log = full_crawl.log
    assert "Could not fetch" in log
    assert "eurocities-in-talks-to-found-new-city" in log  # the 404 card
    assert "'citycrawl/fetch_failed/http_404': 3" in log
    assert "Traceback" not in log


def test_each_page_fetched_once_and_robots_obeyed(
    full_crawl: CrawlRun, mirror: MirrorServer
) -> None:
    assert mirror.hits["/robots.txt"] == 1
    repeated = {path: n for path, n in mirror.hits.items() if n > 1}
    assert repeated == {}


def test_base_url_crawl_follows_pagination_up_to_max_pages(
    mirror: MirrorServer, tmp_path: Path
) -> None:
    mirror.hits.clear()
    run = run_crawl(
        mirror.origin,
        tmp_path,
        {"base_url": mirror.origin, "sections": "news", "max_pages": "2"},
    )
    assert run.returncode == 0, run.log[-3000:]
    assert mirror.hits["/latest_categories/news/"] == 1
    assert mirror.hits["/latest_categories/news/page/2/"] == 1
    assert "/latest_categories/news/page/3/" not in mirror.hits
    assert "/latest_categories/events/" not in mirror.hits


def test_since_stops_pagination_at_older_cards(mirror: MirrorServer, tmp_path: Path) -> None:
    mirror.hits.clear()
    run = run_crawl(
        mirror.origin,
        tmp_path,
        {"base_url": mirror.origin, "sections": "news", "since": "2030-01-01"},
    )
    assert run.returncode == 0, run.log[-3000:]
    assert "/latest_categories/news/page/2/" not in mirror.hits
    assert not [p for p in mirror.hits if p.startswith("/latest/")]


def test_feed_export_writes_parquet_with_the_schema(mirror: MirrorServer, tmp_path: Path) -> None:
    out = tmp_path / "items.parquet"
    run = run_crawl(
        mirror.origin,
        tmp_path,
        {"base_url": mirror.origin, "sections": "policy-papers"},
        {"FEEDS": json.dumps({str(out): {"format": "parquet"}})},
    )
    assert run.returncode == 0, run.log[-3000:]
    table = pq.read_table(out)
    assert table.schema.equals(ITEM_SCHEMA, check_metadata=True)
    assert table.num_rows == 2
    assert set(table.column("item_type").to_pylist()) == {"policy_paper"}


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        ("since=2020-13-01", "since: expected YYYY-MM-DD"),
        ("max_pages=0", "max_pages: expected a whole number"),
        ("sections=news,blog", "sections: unknown section(s) blog"),
        ("base_url=ftp://eurocities.eu", "base_url: expected an http(s) URL"),
        ("start_urls=https://staging.eurocities.eu/latest/", "staging host"),
        ("colour=blue", "unknown spider argument(s) colour"),
    ],
)
def test_bad_arguments_fail_at_once(tmp_path: Path, argument: str, message: str) -> None:
    name, value = argument.split("=", 1)
    run = run_crawl("http://127.0.0.1:9", tmp_path, {name: value}, timeout=60)
    assert run.returncode == 2
    assert message in run.log
    assert not (tmp_path / "eurocities").exists()
