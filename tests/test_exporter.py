"""The ``parquet`` feed format: ``scrapy crawl eurocities -O items.parquet``."""

from __future__ import annotations

import datetime as dt
import io

import pyarrow.parquet as pq

from citycrawl.exporters import BATCH_ROWS, ParquetItemExporter
from citycrawl.schema import ITEM_SCHEMA, SCHEMA_VERSION
from tests.rows import make_row


def _export(rows: list[dict[str, object]]) -> io.BytesIO:
    stream = io.BytesIO()
    exporter = ParquetItemExporter(stream)
    exporter.start_exporting()
    for row in rows:
        exporter.export_item(row)
    exporter.finish_exporting()
    stream.seek(0)
    return stream


def test_rows_round_trip_with_the_exact_schema() -> None:
    rows = [
        make_row(url=f"https://eurocities.eu/latest/item-{i}/", title=f"Item {i}")
        for i in range(BATCH_ROWS + 5)
    ]
    rows[3].update(
        item_type="event",
        event_start=dt.date(2019, 1, 17),
        event_end=dt.date(2019, 1, 17),
        event_starts_at=dt.datetime(2019, 1, 17, 14, tzinfo=dt.UTC),
        event_timezone="CET",
    )
    table = pq.read_table(_export(rows))
    assert table.schema.equals(ITEM_SCHEMA, check_metadata=True)
    assert table.num_rows == len(rows)
    assert table.slice(3, 1).to_pylist()[0]["event_starts_at"] == dt.datetime(
        2019, 1, 17, 14, tzinfo=dt.UTC
    )
    assert pq.ParquetFile(_export(rows)).num_row_groups == 2


def test_empty_crawl_gives_an_empty_file_with_the_schema() -> None:
    table = pq.read_table(_export([]))
    assert table.num_rows == 0
    assert table.schema.equals(ITEM_SCHEMA, check_metadata=True)


def test_column_descriptions_are_in_the_file_metadata() -> None:
    schema = pq.read_schema(_export([make_row()]))
    assert schema.field("event_starts_at").metadata[b"description"].startswith(b"Start instant")
    assert schema.metadata[b"citycrawl.schema_version"] == str(SCHEMA_VERSION).encode()
