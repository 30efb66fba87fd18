"""Dedupe: one item per version of a document per run, whatever URL alias led to it."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

logger = logging.getLogger(__name__)


class DedupePipeline:
    """Drops a row whose ``item_id`` and content this run has already passed on.

    The first copy wins: aliases of one document (``www.``, trailing slash, tracking
    parameters, ``/documents/`` vs ``/publications/``) parse to the same content. The
    dataset writer upserts by ``item_id`` across runs (the newest version is the current
    row; the history keeps every version).
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.seen: set[tuple[str, str]] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        # The content is part of the key: a backfill from a web archive reads one
        # document at several capture times, and each distinct version is kept.
        key = (item["item_id"], item["content_hash"])
        if key in self.seen:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("citycrawl/dropped/duplicate")
            logger.debug("Dropped duplicate of %s (%s)", key[0], item["url"])
            # An alias reaching the same document is expected, not a warning.
            raise DropItem(f"duplicate item {key[0]} ({item['url']})", log_level="INFO")
        self.seen.add(key)
        return item
