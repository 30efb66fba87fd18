"""End to end: the real ``scrapy crawl <network>`` against each network's bundled mirror.

Each mirror (``fixtures/<network>/mirror/``) serves the network's pages on 127.0.0.1,
every layout it has, its links still naming the real hosts (rewritten as an archive copy
would). The dataset is compared row by row with the mirror's ``expected_items.json``
(regenerate with ``python -m tests.network_crawls rerun <network> --write`` and review).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from citycrawl import sites
from citycrawl.mirror import MirrorServer
from citycrawl.sites.base import GENERIC
from tests.crawl_helpers import CrawlRun, comparable_rows
from tests.network_crawls import NETWORKS, crawl_mirror, expected_items_path, mirror_server

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", params=NETWORKS)
def network(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def mirror(network: str) -> Iterator[MirrorServer]:
    with mirror_server(network) as server:
        yield server


@pytest.fixture(scope="module")
def crawl(network: str, mirror: MirrorServer, tmp_path_factory: pytest.TempPathFactory) -> CrawlRun:
    run = crawl_mirror(network, mirror, tmp_path_factory.mktemp(network))
    assert run.returncode == 0, run.log[-3000:]
    return run


@pytest.fixture(scope="module")
def rows(network: str, crawl: CrawlRun, mirror: MirrorServer) -> dict[str, dict[str, Any]]:
    return comparable_rows(Path(crawl.output_dir), mirror.origin, network)


def _expected(network: str) -> dict[str, dict[str, Any]]:
    items = json.loads(expected_items_path(network).read_text(encoding="utf-8"))
    return {row["url"]: row for row in items}


def test_rows_equal_the_expected_items(network: str, rows: dict[str, dict[str, Any]]) -> None:
    expected = _expected(network)
    assert sorted(rows) == sorted(expected)
    for url, row in expected.items():
        assert rows[url] == row, url


def test_every_page_of_the_mirror_was_read(crawl: CrawlRun) -> None:
    # No 404, no parse error, no document read with a listing's layout.
    assert "Could not fetch" not in crawl.log
    assert "citycrawl/parse_error" not in crawl.log
    assert "citycrawl/route/unclaimed" not in crawl.log
    assert "Traceback" not in crawl.log


def test_every_layout_and_item_type_is_crawled(
    network: str, rows: dict[str, dict[str, Any]]
) -> None:

    own_layouts = set(sites.get(network).layouts) - {GENERIC.name}
    assert {row["layout"] for row in rows.values()} == own_layouts
    assert all((row["title"] and row["published"]) or row["event_start"] for row in rows.values())


def test_polis_members_area_is_never_fetched(network: str, crawl: CrawlRun) -> None:
    if network != "polis":
        pytest.skip("only POLIS has a members' area")
    assert "members.polisnetwork.eu" not in "".join(
        line for line in crawl.log.splitlines() if "Crawled (" in line or "GET " in line
    )


def test_urbact_host_alias_is_one_site(network: str, rows: dict[str, dict[str, Any]]) -> None:
    if network != "urbact":
        pytest.skip("only URBACT links through a trailing-dot host")
    # Two documents are linked through https://urbact.eu./…: both crawled, no dot kept.
    assert "/new-cities-welcome-2018-urbact-city-festival" in rows
    assert not [url for url in rows if "urbact.eu." in url]
    assert {row["item_type"] for row in rows.values()} == {"news", "story", "event"}
