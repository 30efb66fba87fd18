"""Dedupe: one item per document per run, whatever URL alias led to it."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

logger = logging.getLogger(__name__)


class DedupePipeline:
    """Drops a row whose ``item_id`` this run has already passed on.

    The first copy wins: aliases of one document (``www.``, trailing slash, tracking
    parameters, ``/documents/`` vs ``/publications/``) parse to the same content. The
    dataset writer upserts by the same key across runs.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        key = item["item_id"]
        if key in self.seen:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("citycrawl/dropped/duplicate")
            logger.debug("Dropped duplicate of %s (%s)", key, item["url"])
            # An alias reaching the same document is expected, not a warning.
            raise DropItem(f"duplicate item {key} ({item['url']})", log_level="INFO")
        self.seen.add(key)
        return item
