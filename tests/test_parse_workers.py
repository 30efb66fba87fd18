"""Document pages read in parse worker processes (``CITYCRAWL_PARSE_WORKERS``).

The real ``scrapy crawl eurocities`` over the bundled mirror, with one worker and with
none: the same rows, content hashes and counts; a worker's error is that page's counted
parse error, a dead worker fails the run. Pages that cannot be read and a row a
pipeline drops are served in both runs (a mirror overlay, a pipeline of this module).
"""

from __future__ import annotations

import json
import os
import re
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from citycrawl.dataset import load
from citycrawl.mirror import MirrorRoute, MirrorServer
from tests.crawl_helpers import CrawlRun, comparable_rows, run_crawl

pytestmark = pytest.mark.slow

EMPTY = "/latest/building-welcoming-and-inclusive-cities/"
UNTITLED = "/latest/paving-the-way-for-sustainable-cities/"
DROPPED = "/latest/integrating-for-a-better-europe/"
FAULTY = "tests.test_parse_workers.FaultyRowPipeline"


class FaultyRowPipeline:
    """A row pipeline (between validate and dedupe) with the faults the setting
    ``CITYCRAWL_TEST_ROW_FAULTS`` names: ``{URL path: "drop" | "raise" | "die"}``."""

    def __init__(self, faults: dict[str, str]) -> None:
        self.faults = faults

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FaultyRowPipeline:
        return cls(json.loads(crawler.settings.get("CITYCRAWL_TEST_ROW_FAULTS", "{}")))

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        for path, fault in self.faults.items():
            if item["url"].endswith(path):
                if fault == "drop":
                    raise DropItem(f"test_fault: {item['url']}")
                if fault == "raise":
                    raise RuntimeError(f"pipeline bug on {item['url']}")
                os.kill(os.getpid(), signal.SIGKILL)  # "die": as the OOM killer would
        return item


OVERLAY = {
    EMPTY: MirrorRoute(EMPTY, body=b"   "),
    UNTITLED: MirrorRoute(UNTITLED, body=b"<html><body><p>No title here.</p></body></html>"),
}


@pytest.fixture(scope="module")
def mirror() -> Iterator[MirrorServer]:
    with MirrorServer(overlay=OVERLAY) as server:
        yield server


def crawl(mirror: MirrorServer, out: Path, workers: int, faults: dict[str, str]) -> CrawlRun:
    pipelines = {
        "pipelines.normalise.NormalisePipeline": 100,
        "pipelines.language.LanguagePipeline": 110,
        "pipelines.cities.CitiesPipeline": 120,
        "pipelines.validate.ValidatePipeline": 200,
        FAULTY: 250,
        "pipelines.dedupe.DedupePipeline": 300,
        "pipelines.same_event.SameEventPipeline": 400,
        "pipelines.dataset_writer.DatasetWriterPipeline": 900,
    }
    settings = {
        "CITYCRAWL_PARSE_WORKERS": str(workers),
        "ITEM_PIPELINES": json.dumps(pipelines),
        "CITYCRAWL_TEST_ROW_FAULTS": json.dumps(faults),
    }
    return run_crawl(mirror.origin, out, settings=settings, timeout=300)


def counts(log: str) -> dict[str, int]:
    """The stats a page's reading counts, from the crawl's final stats dump."""
    pattern = r"'((?:citycrawl/(?:parse_error|field_source|date_issues|dropped|charset_fixed|"
    pattern += r"bad_link|route)|item_scraped_count|item_dropped)[^']*)': (\d+)"
    return {key: int(value) for key, value in re.findall(pattern, log)}


@pytest.fixture(scope="module")
def runs(mirror: MirrorServer, tmp_path_factory: pytest.TempPathFactory) -> dict[int, CrawlRun]:
    out = {}
    for workers in (0, 1):
        run = crawl(mirror, tmp_path_factory.mktemp(f"w{workers}"), workers, {DROPPED: "drop"})
        assert run.returncode == 0, run.log[-3000:]
        out[workers] = run
    return out


def test_the_workers_really_read_the_pages(runs: dict[int, CrawlRun]) -> None:
    def enabled(log: str) -> str:
        return log.split("Enabled item pipelines:", 1)[1].split("\n20", 1)[0]

    assert "NormalisePipeline" in enabled(runs[0].log)
    assert "NormalisePipeline" not in enabled(runs[1].log)
    assert "DedupePipeline" in enabled(runs[1].log)


def test_rows_and_content_hashes_are_the_same_with_workers(
    runs: dict[int, CrawlRun], mirror: MirrorServer
) -> None:
    here, there = (comparable_rows(runs[w].output_dir, mirror.origin) for w in (0, 1))
    assert len(here) >= 30
    assert here == there
    # By item id (both runs crawl the same server): which alias of an old-site
    # document is reached first depends on crawl order.
    hashes = [
        dict(zip(frame["item_id"], frame["content_hash"], strict=True))
        for frame in (load("eurocities", output_dir=runs[w].output_dir) for w in (0, 1))
    ]
    assert hashes[0] == hashes[1]


def test_errors_and_drops_are_counted_alike_with_their_urls(runs: dict[int, CrawlRun]) -> None:
    here, there = counts(runs[0].log), counts(runs[1].log)
    assert here == there
    assert here["citycrawl/parse_error/empty_page"] == 1
    assert here["citycrawl/parse_error/no_title"] == 1
    assert here["item_dropped_count"] == here["item_dropped_reasons_count/DropItem"]
    said = r"(Could not parse document page|Dropped: test_fault)"
    for run in runs.values():
        for path in (EMPTY, UNTITLED, DROPPED):
            assert re.search(rf"{said}.*{path}", run.log)


def test_a_pipeline_bug_in_a_worker_is_that_pages_parse_error(
    mirror: MirrorServer, tmp_path: Path
) -> None:
    run = crawl(mirror, tmp_path, 1, {DROPPED: "raise"})
    assert run.returncode == 0, run.log[-3000:]
    assert counts(run.log)["citycrawl/parse_error/unexpected"] == 1
    assert re.search(rf"Could not parse document page \S*{DROPPED}.*RuntimeError", run.log)
    assert "pipeline bug on" in run.log  # the worker's traceback, logged here
    urls = set(load("eurocities", output_dir=tmp_path)["url"])
    assert not any(url.endswith(DROPPED) for url in urls)


def test_a_dead_worker_fails_the_run(mirror: MirrorServer, tmp_path: Path) -> None:
    run = crawl(mirror, tmp_path, 1, {DROPPED: "die"})
    assert run.returncode == 1
    assert "'finish_reason': 'parse_worker_died'" in run.log
    assert re.search(r"ERROR: A parse worker died while reading", run.log)
