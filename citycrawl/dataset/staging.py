"""A run's spool as typed Parquet and as DuckDB view ``run``, in bounded memory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.json as pajson

from citycrawl.dataset.parts import PartWriter, conform
from citycrawl.dataset.sql import empty_select, sql_list, sql_str
from citycrawl.schema import ITEM_COLUMNS, ITEM_SCHEMA

#: Spool bytes parsed at a time. Bounds staging memory whatever the spool's size: Arrow's
#: streaming JSON reader reads blocks ahead of the parser without limit, so its memory
#: grew with the spool (1.2 GiB of read-ahead for a 2 GiB spool).
SPOOL_CHUNK_BYTES = 8 << 20
_SPOOL_READ_SCHEMA = pa.schema(
    # Dates arrive as ISO strings that the JSON reader does not parse; cast afterwards.
    [pa.field(f.name, pa.string()) if pa.types.is_date32(f.type) else f for f in ITEM_SCHEMA]
)
_SPOOL_PARSE_OPTIONS = pajson.ParseOptions(
    explicit_schema=_SPOOL_READ_SCHEMA, unexpected_field_behavior="error"
)


def spool_chunks(spool_path: Path, chunk_bytes: int) -> Iterator[bytes]:
    """The spool in pieces of about ``chunk_bytes`` that end at a line end.

    A line longer than ``chunk_bytes`` (a huge page) makes one longer piece: a piece
    always holds whole items. The spool was repaired, so it ends with a newline.
    """
    with spool_path.open("rb", buffering=0) as f:
        rest = b""
        while data := f.read(chunk_bytes):
            data = rest + data if rest else data
            cut = data.rfind(b"\n") + 1
            if cut == 0:
                rest = data  # no line end yet: the item continues in the next read
                continue
            rest = data[cut:]
            yield data[:cut] if rest else data
        if rest:
            yield rest


def _parse_chunk(chunk: bytes) -> pa.Table:
    # One block per chunk: a block must hold whole items, and the chunk does.
    # One thread: the commit shares the machine with the crawl that just ended.
    read_options = pajson.ReadOptions(use_threads=False, block_size=len(chunk) + 1)
    table = pajson.read_json(
        pa.BufferReader(chunk), read_options=read_options, parse_options=_SPOOL_PARSE_OPTIONS
    )
    return conform(table.to_batches(), ITEM_SCHEMA)


def stage_spool(spool_path: Path, work: Path) -> dict[str, Path]:
    """Convert the spool to Parquet with ITEM_SCHEMA, one file per item_type, streaming.

    Returns {item_type: file}. One file per type lets each partition's merge read only
    its own rows. Memory holds one chunk of :data:`SPOOL_CHUNK_BYTES` and its rows.
    """
    writers: dict[str, PartWriter] = {}
    try:
        for chunk in spool_chunks(spool_path, SPOOL_CHUNK_BYTES):
            table = _parse_chunk(chunk)
            del chunk
            types = table.column("item_type")
            for value in pc.unique(types).to_pylist():
                if value not in writers:
                    path = work / f"run-{len(writers)}.parquet"
                    writers[value] = PartWriter(path, ITEM_SCHEMA, compression="snappy")
                writers[value].write(table.filter(pc.equal(types, value)), checkpoint=False)
    except BaseException:
        for w in writers.values():
            w.abort()
        raise
    for w in writers.values():
        w.close()
    return {value: w.path for value, w in writers.items()}


def load_run(con: duckdb.DuckDBPyConnection, spool_path: Path, work: Path) -> Callable[[str], str]:
    """Stage the spool as Parquet, create views ``run`` (one row per item_id) and
    ``run_versions`` (every row).

    Returns a function giving the SELECT of one item_type's run rows.
    """
    staged = stage_spool(spool_path, work)
    if not staged:
        con.execute(f"CREATE TEMP VIEW run AS {empty_select(ITEM_COLUMNS)}")
        con.execute("CREATE TEMP VIEW run_versions AS SELECT * FROM run")
        return lambda _t: "SELECT * FROM run"
    source = f"read_parquet({sql_list(list(staged.values()))})"
    # Every row the run spooled: a backfill from a web archive reads several versions of
    # one document (captures years apart), and the history keeps each of them.
    con.execute(f"CREATE TEMP VIEW run_versions AS SELECT * FROM {source}")  # noqa: S608
    counting = f"SELECT count(*), count(DISTINCT item_id) FROM {source}"  # noqa: S608
    total, distinct = con.sql(counting).fetchall()[0]
    if total == distinct:
        con.execute(f"CREATE TEMP VIEW run AS SELECT * FROM {source}")  # noqa: S608
        return lambda t: (
            f"SELECT * FROM read_parquet({sql_str(str(staged[t]))})"  # noqa: S608
            if t in staged
            else "SELECT * FROM run WHERE false"  # a partition touched only by withdrawals
        )
    # Upstream dedups; should a key still repeat, its newest crawl wins, deterministically.
    con.execute(
        f"CREATE TEMP VIEW run AS SELECT * FROM {source} QUALIFY row_number() OVER "  # noqa: S608
        "(PARTITION BY item_id ORDER BY crawled_at DESC, content_hash DESC) = 1"
    )
    return lambda t: f"SELECT * FROM run WHERE item_type = {sql_str(t)}"  # noqa: S608
