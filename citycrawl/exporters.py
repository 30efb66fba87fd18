"""A Scrapy feed exporter for Parquet: ``scrapy crawl eurocities -O items.parquet``."""

from __future__ import annotations

from typing import Any, BinaryIO

import pyarrow.parquet as pq
from scrapy.exporters import BaseItemExporter

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
