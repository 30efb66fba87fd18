"""Scrapy feed exporters: Parquet (``-O items.parquet``) and iCalendar (``-O events.ics``)."""

from __future__ import annotations

import io
from typing import Any, BinaryIO

import pyarrow.parquet as pq
from scrapy.exporters import BaseItemExporter

from citycrawl.calendar import CalendarWriter
from citycrawl.schema import ITEM_SCHEMA, rows_to_table

#: Rows buffered per row group: bounded memory, row groups big enough to scan fast.
BATCH_ROWS = 1000


class ParquetItemExporter(BaseItemExporter):
    """Writes the run's rows to one Parquet file with exactly :data:`ITEM_SCHEMA`.

    Registered as the ``parquet`` feed format in settings. The file is written to the
    stream Scrapy's feed storage opens, in row groups of :data:`BATCH_ROWS`; an empty
    crawl gives a valid file with the schema and no rows.
    """

    def __init__(self, file: BinaryIO, **kwargs: Any) -> None:
        super().__init__(dont_fail=True, **kwargs)
        self.file = file
        self.buffer: list[dict[str, Any]] = []
        self.writer: pq.ParquetWriter | None = None

    def start_exporting(self) -> None:
        self.writer = pq.ParquetWriter(self.file, ITEM_SCHEMA, compression="zstd")

    def export_item(self, item: Any) -> None:
        self.buffer.append(dict(item))
        if len(self.buffer) >= BATCH_ROWS:
            self._flush()

    def finish_exporting(self) -> None:
        self._flush()
        assert self.writer is not None
        self.writer.close()

    def _flush(self) -> None:
        if self.buffer:
            assert self.writer is not None
            self.writer.write_table(rows_to_table(self.buffer))
            self.buffer = []


class IcsItemExporter(BaseItemExporter):
    """Writes the run's events as one RFC 5545 calendar: ``-O events.ics``.

    Registered as the ``ics`` feed format in settings. Rows that are no events (news,
    publications) are skipped; see :mod:`citycrawl.calendar` for the rules.
    """

    def __init__(self, file: BinaryIO, **kwargs: Any) -> None:
        super().__init__(dont_fail=True, **kwargs)
        # Scrapy opens feeds in binary; the calendar is UTF-8 text with CRLF line ends.
        self.stream = io.TextIOWrapper(file, encoding="utf-8", newline="", write_through=True)
        self.calendar = CalendarWriter(self.stream)

    def start_exporting(self) -> None:
        self.calendar.start()

    def export_item(self, item: Any) -> None:
        self.calendar.add(dict(item))

    def finish_exporting(self) -> None:
        self.calendar.finish()
        self.stream.flush()
        self.stream.detach()  # the feed storage closes the file itself
