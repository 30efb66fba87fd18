"""Scrapy extensions: the run report after the commit, and progress lines during the run.

``RunReportExtension`` (enabled by ``CITYCRAWL_REPORT_ENABLED``, default on) counts every
written item (``item_scraped``: after all pipelines) and every item a pipeline failed on
(``item_error``, counted as errors in the error rate), and on ``engine_stopped`` (after
``spider_closed``, so after the dataset commit and its counts) builds the report, runs
the checks against earlier reports, stores both files and logs the verdict: one INFO
line when the checks pass, one ERROR line per failed check otherwise. Stats:
``citycrawl/report/checks_failed`` (the number of failed checks).

``ProgressLogExtension`` logs pages, items, errors and the page rate every
``CITYCRAWL_PROGRESS_INTERVAL`` seconds (default 60; 0 turns it off).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from typing import Any, Self

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from citycrawl.monitoring.checks import Thresholds, evaluate
from citycrawl.monitoring.collector import RunCollector
from citycrawl.monitoring.render import render_html
from citycrawl.monitoring.report import (
    build_report,
    committed_run,
    load_history,
    reports_dir,
    write_report,
)

logger = logging.getLogger(__name__)


class RunReportExtension:
    """Writes the run report and its verdict after every crawl (see the module doc)."""

    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.getbool("CITYCRAWL_REPORT_ENABLED", True):
            raise NotConfigured
        self.crawler = crawler
        self.collector = RunCollector()
        self.thresholds = Thresholds.from_settings(crawler.settings)
        self.started = dt.datetime.now(dt.UTC)
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(self.item_error, signal=signals.item_error)
        crawler.signals.connect(self.engine_stopped, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def item_scraped(self, item: Any) -> None:
        if isinstance(item, dict):
            self.collector.add(item)

    def item_error(self, item: Any, response: Any = None, failure: Any = None) -> None:
        url = getattr(item, "url", None) or (item.get("url") if isinstance(item, dict) else None)
        self.collector.add_error(url or getattr(response, "url", None))

    def engine_stopped(self) -> None:
        try:
            self._report()
        except Exception:
            # A broken report must not hide the crawl's own outcome; the nightly
            # entry point fails the run when no report appears.
            logger.exception("could not write the run report")

    def _report(self) -> None:
        crawler = self.crawler
        assert crawler.stats is not None
        assert crawler.spider is not None
        stats = crawler.stats.get_stats()
        name = crawler.spider.name
        output_dir = crawler.settings.get("CITYCRAWL_OUTPUT_DIR", "output")
        manifest = committed_run(output_dir, name, stats.get("citycrawl/dataset/version"))
        report = build_report(
            spider=name,
            collected=self.collector.as_dict(),
            stats=stats,
            manifest=manifest,
            full_crawl=crawler.settings.getbool("CITYCRAWL_FULL_CRAWL"),
            fallback_run_id=f"{self.started:%Y%m%dT%H%M%SZ}-uncommitted",
        )
        directory = reports_dir(output_dir, name)
        history = load_history(directory, exclude=report["run_id"])
        report["checks"] = evaluate(report, history, self.thresholds)
        path = write_report(directory, report, render_html(report, history))
        failures = report["checks"]["failures"]
        crawler.stats.set_value("citycrawl/report/checks_failed", len(failures))
        for failure in failures:
            logger.error("Run check failed: %s: %s", failure["monitor"], failure["message"])
        for warning in report["checks"]["warnings"]:
            logger.warning("Run check warning: %s: %s", warning["monitor"], warning["message"])
        logger.info(
            "Run report %s: %s (%d items, %s new)",
            path,
            "checks passed" if not failures else f"{len(failures)} check(s) failed",
            report["items"],
            report["dataset"].get("new", "?"),
        )


class ProgressLogExtension:
    """Logs crawl progress at a steady interval (see the module doc)."""

    def __init__(self, crawler: Crawler, interval: float) -> None:
        self.crawler = crawler
        self.interval = interval
        self.started = time.monotonic()
        self.task: task.LoopingCall | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        interval = crawler.settings.getfloat("CITYCRAWL_PROGRESS_INTERVAL", 60.0)
        if interval <= 0:
            raise NotConfigured
        return cls(crawler, interval)

    def spider_opened(self) -> None:
        self.started = time.monotonic()
        self.task = task.LoopingCall(self.log)
        self.task.start(self.interval, now=False)

    def spider_closed(self) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()

    def log(self) -> None:
        """One progress line from the current stats."""
        assert self.crawler.stats is not None
        logger.info("%s", progress_line(self.crawler.stats.get_stats(), self.elapsed()))

    def elapsed(self) -> float:
        return time.monotonic() - self.started


def progress_line(stats: dict[str, Any], elapsed: float) -> str:
    """``Progress: 120 pages (40.0/min), 95 items, 3 errors, 180 s`` from crawl stats."""
    pages = int(stats.get("response_received_count", 0))
    items = int(stats.get("item_scraped_count", 0))
    errors = sum(
        int(v)
        for k, v in stats.items()
        if k.startswith("citycrawl/fetch_failed/") or k == "citycrawl/parse_error"
    )
    rate = pages / (elapsed / 60) if elapsed > 0 else 0.0
    return (
        f"Progress: {pages} pages ({rate:.1f}/min), {items} items, {errors} errors, {elapsed:.0f} s"
    )
