"""SQL text for DuckDB built from the schema: quoting, types, projections.

Every identifier and literal that reaches DuckDB goes through :func:`sql_str` or
:func:`ident`; values come from the schema and the dataset's own file names, never from
page text.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from citycrawl.dataset.columns import MIGRATIONS
from citycrawl.schema import Column


def sql_str(value: str) -> str:
    """``value`` as a SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def sql_list(paths: list[Path]) -> str:
    """``paths`` as a SQL list of string literals (for ``read_parquet``)."""
    return "[" + ", ".join(sql_str(str(p)) for p in paths) + "]"


def ident(name: str) -> str:
    """``name`` as a quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def sql_type(t: pa.DataType) -> str:
    """The DuckDB type of an Arrow type of the schema."""
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return "VARCHAR"
    if pa.types.is_list(t):
        return sql_type(t.value_type) + "[]"
    if pa.types.is_struct(t):
        fields = ", ".join(f"{ident(f.name)} {sql_type(f.type)}" for f in t)
        return f"STRUCT({fields})"
    if pa.types.is_date32(t):
        return "DATE"
    if pa.types.is_timestamp(t) and t.tz == "UTC":
        return "TIMESTAMPTZ"
    if pa.types.is_boolean(t):
        return "BOOLEAN"
    if pa.types.is_int16(t):
        return "SMALLINT"
    if pa.types.is_int64(t):
        return "BIGINT"
    if pa.types.is_float64(t):
        return "DOUBLE"
    raise TypeError(f"no SQL type for {t}")


def empty_select(columns: tuple[Column, ...]) -> str:
    """A SELECT of no rows with exactly ``columns``."""
    cols = ", ".join(f"CAST(NULL AS {sql_type(c.type)}) AS {ident(c.name)}" for c in columns)
    return f"SELECT {cols} WHERE false"


def _source(name: str, some: set[str], every: set[str]) -> str:
    """The expression that reads column ``name`` from files that have the columns
    ``every`` in common and ``some`` among them (a migration mixes old and new files)."""
    if name in every:
        return ident(name)
    needs, migration = MIGRATIONS.get(name, (frozenset(), "NULL"))
    derived = migration if needs <= every else "NULL"
    return f"coalesce({ident(name)}, {derived})" if name in some else derived


def projected_select(files: list[Path], columns: tuple[Column, ...]) -> str:
    """SELECT ``columns`` from ``files``; columns the files lack are NULL, others are cast.

    Projecting onto the code's columns is what migrates an old version: the commit that
    reads it writes every file anew. Columns match by name, never by position; a column
    the files lack is derived by its :data:`~citycrawl.dataset.columns.MIGRATIONS` entry.
    """
    if not files:
        return empty_select(columns)
    names = [set(pq.read_schema(f).names) for f in files]
    some, every = set().union(*names), set.intersection(*names)
    cols = ", ".join(
        f"CAST({_source(c.name, some, every)} AS {sql_type(c.type)}) AS {ident(c.name)}"
        for c in columns
    )
    return f"SELECT {cols} FROM read_parquet({sql_list(files)}, union_by_name = true)"  # noqa: S608
