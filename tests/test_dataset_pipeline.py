"""The Scrapy glue of the dataset layer: settings, stats, close reason, failures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.utils.test import get_crawler

from citycrawl.dataset import DatasetLockedError
from citycrawl.dataset.faults import ENV
from pipelines.dataset_writer import DatasetWriterPipeline
from tests.dataset_support import make_item


class Eurocities(Spider):
    name = "eurocities"


def pipeline(out: Path, **settings: object) -> tuple[DatasetWriterPipeline, Crawler]:
    crawler = get_crawler(Eurocities, {"CITYCRAWL_OUTPUT_DIR": str(out), **settings})
    crawler.spider = Eurocities()
    return DatasetWriterPipeline.from_crawler(crawler), crawler


def crawl(out: Path, items: list[dict], reason: str = "finished", **settings: object) -> Crawler:
    pipe, crawler = pipeline(out, **settings)
    pipe.open_spider()
    for item in items:
        assert pipe.process_item(item) is item
    pipe.close_spider()
    pipe.spider_closed(crawler.spider, reason)  # type: ignore[arg-type]
    return crawler


def test_items_land_in_the_spider_named_dataset_with_stats(tmp_path: Path) -> None:
    crawler = crawl(tmp_path, [make_item(i) for i in range(6)])
    stats = crawler.stats.get_stats()  # type: ignore[union-attr]
    assert stats["citycrawl/dataset/spooled"] == 6
    assert stats["citycrawl/dataset/new"] == 6
    assert stats["citycrawl/dataset/version"] == 1
    assert len(pd.read_parquet(tmp_path / "eurocities")) == 6


def test_withdrawal_needs_the_full_crawl_setting_and_a_finished_crawl(tmp_path: Path) -> None:
    start = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=10)
    event = make_item(1, item_type="event", event_start=start, event_end=start)
    crawl(tmp_path, [event, make_item(2)])
    crawl(tmp_path, [make_item(2)])  # not declared full
    crawl(tmp_path, [make_item(2)], reason="closespider_errorcount", CITYCRAWL_FULL_CRAWL=True)
    assert set(pd.read_parquet(tmp_path / "eurocities")["status"]) == {"active"}
    crawler = crawl(tmp_path, [make_item(2)], CITYCRAWL_FULL_CRAWL=True)
    assert crawler.stats.get_value("citycrawl/dataset/withdrawn") == 1  # type: ignore[union-attr]


def test_a_second_concurrent_run_fails_at_open(tmp_path: Path) -> None:
    first, crawler = pipeline(tmp_path)
    first.open_spider()
    second, _ = pipeline(tmp_path)
    with pytest.raises(DatasetLockedError, match="locked by run"):
        second.open_spider()
    first.close_spider()
    first.spider_closed(crawler.spider, "finished")  # type: ignore[arg-type]
    second.open_spider()  # free again once the first run has committed
    second.close_spider()
    second.spider_closed(crawler.spider, "finished")  # type: ignore[arg-type]


def test_a_failed_commit_is_logged_counted_and_keeps_the_items(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(ENV, "write:raise")
    crawler = crawl(tmp_path, [make_item(1)])
    assert crawler.stats.get_value("citycrawl/dataset/commit_failed") == 1  # type: ignore[union-attr]
    assert "nothing was published" in caplog.text
    assert not (tmp_path / "eurocities").exists()
    monkeypatch.delenv(ENV)
    crawl(tmp_path, [])
    assert len(pd.read_parquet(tmp_path / "eurocities")) == 1
