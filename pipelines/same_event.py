"""Same event: the row's ``same_event_as``, the rows announcing the same event.

Compared with every event of every dataset already in the output folder (all networks)
and with this run's earlier rows. The link is written on the row crawled later; the
earlier row gains it when it is crawled again (an incremental crawl refetches upcoming
events), and :func:`citycrawl.enrich.same_event.link_all` gives both directions at once.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Self

from scrapy.crawler import Crawler

from citycrawl.dataset.loader import iter_rows
from citycrawl.enrich.same_event import EventIndex, announcement

logger = logging.getLogger(__name__)


class SameEventPipeline:
    """Links each event row to the stored and earlier rows of the same event."""

    def __init__(self, output_dir: Path | str) -> None:
        self.output_dir = Path(output_dir)
        self.index = EventIndex()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        """The output folder from ``CITYCRAWL_OUTPUT_DIR``, as the dataset writer's."""
        return cls(crawler.settings.get("CITYCRAWL_OUTPUT_DIR", "output"))

    def open_spider(self) -> None:
        """Index the events of every published dataset in the output folder."""
        if not self.output_dir.is_dir():
            return
        for folder in sorted(self.output_dir.iterdir()):
            try:
                rows = list(iter_rows(folder.name, "event", output_dir=self.output_dir))
            except (FileNotFoundError, KeyError, ValueError):
                continue  # not a dataset (a history folder, logs, a partial run)
            for row in rows:
                if (item := announcement(row)) is not None:
                    self.index.add(item)
            logger.debug("same-event index: %d events of %s", len(rows), folder.name)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, dict) or "same_event_as" not in item:
            return item
        found = announcement(item)
        if found is not None:
            item["same_event_as"] = self.index.matches(found)
            self.index.add(found)
        return item
