"""A test-only Scrapy extension: write the crawl's final stats to a JSON file.

Enabled by the reliability tests with ``-s EXTENSIONS=...`` and
``-s CITYCRAWL_TEST_STATS_FILE=<path>``; the log's pprint dump holds ``datetime``
reprs that are awkward to read back, this file is plain JSON.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Self

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured


class StatsDump:
    """Writes ``crawler.stats`` to ``CITYCRAWL_TEST_STATS_FILE`` when the engine stops."""

    def __init__(self, crawler: Crawler, path: Path) -> None:
        self.crawler = crawler
        self.path = path

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        path = crawler.settings.get("CITYCRAWL_TEST_STATS_FILE")
        if not path:
            raise NotConfigured
        extension = cls(crawler, Path(path))
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def engine_stopped(self, **_: Any) -> None:
        assert self.crawler.stats is not None
        stats = self.crawler.stats.get_stats()
        self.path.write_text(json.dumps(stats, default=str, indent=1), encoding="utf-8")
