"""``scrapy crawl`` that checks spider arguments first and exits by a documented policy.

Scrapy builds a spider inside the running crawl, so a bad ``-a`` value would surface
as a traceback after the reactor has started. Spiders that define
``check_arguments(raw: dict) -> object`` are checked here first: a bad value exits with
status 2 and one line saying which argument is wrong and what was expected.

Exit status (docs/reliability.md, "Exit status"): plain ``scrapy crawl`` exits 0 even
when nothing was saved. Here the run exits

* 0 when the spider closed ``finished`` (or ``shutdown``, a graceful SIGTERM) and its
  items were committed; pages that could not be fetched or parsed are counted in the
  stats, logged with their URL, and retried by the next run;
* 1 when the dataset was not committed (``citycrawl/dataset/commit_failed``: a writer
  error, a full disk), could not be opened (locked by another run), the spider closed
  for any other reason (``closespider_*``, a crash), robots.txt of the site stayed
  unreachable so nothing could be crawled (``citycrawl/robotstxt/unreachable``), or
  none of the start pages could be fetched (``citycrawl/nothing_fetched``: a wrong
  ``base_url``, a site that is down; no version is published then);
* 2 for a bad argument or a bad value of a ``CITYCRAWL_*`` setting
  (:mod:`citycrawl.settings_schema`), before any request;
* 4 when the dataset was written by newer code (a higher schema version): nothing is
  crawled, as writing it would drop the columns this code does not know.

The dataset is checked before the crawl starts (writable, not locked, not newer), so
those failures are one line on stderr, not a traceback from inside the crawl.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from typing import Any

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from citycrawl.dataset import DatasetError, DatasetNewerError, check_writable
from citycrawl.outcome import EXIT_DATASET_NEWER, OK_FINISH_REASONS, fetched_nothing
from citycrawl.settings_schema import SettingError, check_settings

DATASET_PIPELINE = "pipelines.dataset_writer.DatasetWriterPipeline"


def exit_status(stats: Mapping[str, Any], *, writes_dataset: bool = True) -> int:
    """The exit status a finished crawl with these final stats earns (0 or 1).

    ``writes_dataset``: the dataset pipeline is enabled, so a run without a committed
    version (``citycrawl/dataset/version``) failed to save its items.
    """
    if stats.get("citycrawl/dataset/commit_failed"):
        return 1
    if stats.get("finish_reason") not in OK_FINISH_REASONS:
        return 1
    if stats.get("citycrawl/robotstxt/unreachable") or fetched_nothing(stats):
        return 1
    if writes_dataset and "citycrawl/dataset/version" not in stats:
        # The dataset writer never committed (its open failed, e.g. locked).
        return 1
    return 0


class Command(ScrapyCrawlCommand):
    """Scrapy's ``crawl`` with the argument check first and the exit status policy after.

    Scrapy's own ``run`` keeps the crawler to itself, so this one makes it with the
    public ``CrawlerProcess.create_crawler()`` and reads its final stats when the
    process has stopped.
    """

    def _dataset_writable(self, name: str) -> bool:
        """Check the dataset before any request; else one line and the exit status."""
        assert self.settings is not None
        if self.settings.getwithbase("ITEM_PIPELINES").get(DATASET_PIPELINE) is None:
            return True
        try:
            check_writable(self.settings.get("CITYCRAWL_OUTPUT_DIR", "output"), name)
        except DatasetError as exc:
            print(f"scrapy crawl {name}: {exc}", file=sys.stderr, flush=True)
            self.exitcode = EXIT_DATASET_NEWER if isinstance(exc, DatasetNewerError) else 1
            return False
        return True

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None  # Scrapy sets a command's settings before run()
        try:
            check_settings(self.settings)
        except SettingError as exc:
            raise UsageError(f"-s {exc}") from None
        if len(args) != 1 or self.crawler_process is None:
            super().run(args, opts)  # Scrapy's usage errors, word for word
            return
        process = self.crawler_process
        spider_class = process.spider_loader.load(args[0])
        check = getattr(spider_class, "check_arguments", None)
        if check is not None:
            check(opts.spargs)  # raises UsageError, which scrapy prints and exits 2
        if not self._dataset_writable(spider_class.name):
            return
        crawler = process.create_crawler(spider_class)
        process.crawl(crawler, **opts.spargs)
        process.start()
        if process.bootstrap_failed:
            self.exitcode = 1
        elif crawler.stats is not None:
            pipelines = crawler.settings.getwithbase("ITEM_PIPELINES")
            writes_dataset = pipelines.get(DATASET_PIPELINE) is not None
            self.exitcode = exit_status(crawler.stats.get_stats(), writes_dataset=writes_dataset)
