"""Scrapy glue for :mod:`citycrawl.dataset`: spool every item, commit when the spider closes.

Settings:

``CITYCRAWL_OUTPUT_DIR`` (default ``"output"``)
    Directory holding the datasets; the dataset is named after the spider.
``CITYCRAWL_FULL_CRAWL`` (default ``False``)
    The crawl tries to see every document (not incremental, not limited). Only then,
    and only when it finished normally, are upcoming events it did not see marked
    ``withdrawn``.
``CITYCRAWL_SPOOL_FSYNC_EVERY`` (default ``1000``)
    Items between two fsyncs of the spool.

Which unseen documents a complete crawl withdraws is the pipeline's to say, not the
dataset's: :data:`UPCOMING_EVENTS` (an event dated today or later that the site no
longer lists). The crawl's gone documents (404/410, with their cards) come from the
spider's incremental plan (``spider.incremental``) and go into the run manifest.

The commit runs on the ``spider_closed`` signal, right after the pipelines'
``close_spider``: that signal is the first point where Scrapy tells the close reason,
which the run manifest records and withdrawal depends on. ``close_spider`` makes the
spool durable first, so a crash between the two loses nothing.

Stats: ``citycrawl/dataset/spooled``, then the manifest counts as
``citycrawl/dataset/<new|changed|unchanged|clock_behind|withdrawn|rows_current>`` and
``citycrawl/dataset/version``; on failure ``citycrawl/dataset/commit_failed`` = 1 and the
error is logged at ERROR (the spool is kept for the next run). A run that fetched none
of its start pages commits nothing (``citycrawl/nothing_fetched`` = 1).
"""

from __future__ import annotations

import logging
from typing import Any, Self

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from citycrawl.dataset import DatasetWriter, WithdrawalPolicy
from citycrawl.incremental import IncrementalPlan
from citycrawl.outcome import fetched_nothing

logger = logging.getLogger(__name__)

STATS_PREFIX = "citycrawl/dataset/"

#: Events whose (last) day has not come yet: a complete crawl that no longer finds one
#: marks it withdrawn (cancelled or taken down), keeping the row.
UPCOMING_EVENTS = WithdrawalPolicy(("event_end", "event_start", "event_ends_at", "event_starts_at"))


class DatasetWriterPipeline:
    """Item pipeline writing the spider's items into ``<CITYCRAWL_OUTPUT_DIR>/<spider>``."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.output_dir = settings.get("CITYCRAWL_OUTPUT_DIR", "output")
        self.full_crawl = settings.getbool("CITYCRAWL_FULL_CRAWL", False)
        self.fsync_every = settings.getint("CITYCRAWL_SPOOL_FSYNC_EVERY", 1000)
        self.writer: DatasetWriter | None = None
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        """Build the pipeline from the crawler's settings."""
        return cls(crawler)

    def open_spider(self) -> None:
        """Lock the dataset, recover what dead runs left, start this run's spool.

        Raises :class:`citycrawl.dataset.DatasetLockedError` when another live run
        writes the same dataset.
        """
        assert self.crawler.spider is not None
        self.writer = DatasetWriter(
            self.output_dir,
            self.crawler.spider.name,
            fsync_every=self.fsync_every,
            withdrawal=UPCOMING_EVENTS,
        )
        logger.info("dataset run %s started", self.writer.run_id)

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        """Spool the (validated, normalised) item and pass it on."""
        assert self.writer is not None
        self.writer.write(item)
        self.crawler.stats.inc_value(STATS_PREFIX + "spooled")
        return item

    def close_spider(self) -> None:
        """Make the spool durable; the commit follows on ``spider_closed``."""
        if self.writer is not None:
            self.writer.sync()

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """Commit the run with the crawl's close reason, then release the lock."""
        writer, self.writer = self.writer, None
        if writer is None:
            return
        stats = self.crawler.stats
        if fetched_nothing(stats.get_stats()):
            # A wrong base_url or a site that is down is a failed run, not an empty
            # (or unchanged) dataset version; anything spooled waits for the next run.
            stats.set_value("citycrawl/nothing_fetched", 1)
            logger.error(
                "none of the %s start pages could be fetched; run %s publishes nothing",
                stats.get_value("citycrawl/seeds"),
                writer.run_id,
            )
            writer.close()
            return
        plan = getattr(spider, "incremental", None)
        try:
            manifest = writer.commit(
                finish_reason=reason,
                complete=self.full_crawl,
                stats=stats.get_stats(),
                gone=plan.gone if isinstance(plan, IncrementalPlan) else None,
            )
        except Exception:
            stats.set_value(STATS_PREFIX + "commit_failed", 1)
            logger.exception(
                "dataset commit of run %s failed; nothing was published and the spooled "
                "items are kept for the next run",
                writer.run_id,
            )
        else:
            for key, value in manifest["counts"].items():
                stats.set_value(STATS_PREFIX + key, value)
            stats.set_value(STATS_PREFIX + "version", manifest["dataset_version"])
        finally:
            writer.close()
