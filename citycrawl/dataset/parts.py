"""Parquet files of a version: exact schema, zstd, fixed row groups, bounded memory."""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from citycrawl.dataset.errors import DatasetError
from citycrawl.dataset.faults import fault

logger = logging.getLogger(__name__)

#: Rows per Parquet row group: several per file so readers can parallelise and skip.
ROW_GROUP_ROWS = 50_000
#: ...and Arrow bytes at most: rows of whole documents (a crawl's ~25 KB bodies) would
#: otherwise buffer 50,000 rows, over a GiB, before a row group is written; the commit's
#: memory then grew with the run (docs/performance.md). Tables of short rows still get
#: 50,000-row groups.
ROW_GROUP_MAX_BYTES = 64 << 20
#: Rows per batch DuckDB hands over. A batch is materialised in Arrow outside DuckDB's
#: memory limit: 2,000 document rows are ~50 MB.
ARROW_BATCH_ROWS = 2_000
#: Rows per Parquet file before a partition rolls over to the next part file.
FILE_MAX_ROWS = 500_000


def phase(name: str) -> None:
    """Mark the start of a commit phase (DEBUG log; the benchmark records RSS per phase)."""
    logger.debug("commit phase %s", name, extra={"citycrawl_phase": name})


def conform(batches: list[pa.RecordBatch], schema: pa.Schema) -> pa.Table:
    """The rows of ``batches`` with exactly ``schema`` (types, nullability, metadata).

    Each batch is conformed on its own: batches of two queries (the merge's run rows and
    previous rows) may name list items differently or differ in string width.
    """
    conformed = []
    for batch in batches:
        arrays = []
        for field in schema:
            col = batch.column(field.name)
            # `==` on list types ignores the item field's name; the schema's name must win.
            if str(col.type) != str(field.type):
                col = col.cast(field.type)
            if not field.nullable and col.null_count:
                raise DatasetError(f"column {field.name!r} has {col.null_count} nulls")
            arrays.append(col)
        conformed.append(pa.RecordBatch.from_arrays(arrays, schema=schema))
    return pa.Table.from_batches(conformed, schema=schema)


class PartWriter:
    """Writes one Parquet file with the exact schema, zstd, in fixed-size row groups.

    Every page carries a CRC, so a deep check (``citycrawl repair``) tells a page
    damaged on disk from one that merely decodes.
    """

    def __init__(self, path: Path, schema: pa.Schema, compression: str = "zstd") -> None:
        self.path = path
        self.schema = schema
        self.rows = 0
        self._file = path.open("wb")
        self._writer = pq.ParquetWriter(
            self._file, schema, compression=compression, write_page_checksum=True
        )

    def write(self, table: pa.Table, *, checkpoint: bool = True) -> None:
        """Append ``table`` in row groups of :data:`ROW_GROUP_ROWS`."""
        self._writer.write_table(table, row_group_size=ROW_GROUP_ROWS)
        self.rows += table.num_rows
        if checkpoint:
            fault("write")

    def close(self) -> None:
        """Write the footer and make the file durable."""
        self._writer.close()
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()

    def abort(self) -> None:
        """Release the file after a failure; its directory is deleted, never published."""
        with contextlib.suppress(Exception):
            self._writer.close()
        self._file.close()


def stream_to_parts(
    readers: pa.RecordBatchReader | Iterable[pa.RecordBatchReader],
    schema: pa.Schema,
    directory: Path,
    name_for: Callable[[int], str],
) -> list[str]:
    """Write batch streams (one reader, or several in turn) as Parquet files ``name_for(0)``, ...

    Memory holds one row group (:data:`ROW_GROUP_ROWS` rows or
    :data:`ROW_GROUP_MAX_BYTES`) whatever the stream's size; a file rolls over after
    :data:`FILE_MAX_ROWS` rows. Returns the file names (none for an empty stream).
    """
    files: list[str] = []
    writer: PartWriter | None = None
    buffer: list[pa.RecordBatch] = []
    buffered = buffered_bytes = 0

    def flush() -> None:
        nonlocal writer, buffer, buffered, buffered_bytes
        if not buffer:
            return
        if writer is None:
            files.append(name_for(len(files)))
            (directory / files[-1]).parent.mkdir(parents=True, exist_ok=True)
            writer = PartWriter(directory / files[-1], schema)
        writer.write(conform(buffer, schema))
        buffer, buffered, buffered_bytes = [], 0, 0
        if writer.rows >= FILE_MAX_ROWS:
            writer.close()
            writer = None

    try:
        if isinstance(readers, pa.RecordBatchReader):
            readers = [readers]
        for batch in itertools.chain.from_iterable(readers):
            buffer.append(batch)
            buffered += batch.num_rows
            buffered_bytes += batch.nbytes
            if buffered >= ROW_GROUP_ROWS or buffered_bytes >= ROW_GROUP_MAX_BYTES:
                flush()
        flush()
        if writer is not None:
            writer.close()
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    return files
