"""Columns of the two tables of a dataset, derived from the one item schema.

The current view is one row per document: the item columns of
:data:`citycrawl.schema.ITEM_COLUMNS` plus bookkeeping columns (when the document was
first and last seen, when its content last changed, whether it is still on the site).
The history is every version of every document: the item columns plus the run that saw
the version. Neither table copies the item column list; both are built from it.
"""

from __future__ import annotations

import pyarrow as pa

from citycrawl.schema import ITEM_COLUMNS, SCHEMA_VERSION, UTC_TIMESTAMP, Column

#: Bumped when the bookkeeping columns or the on-disk layout change. Together with
#: :data:`citycrawl.schema.SCHEMA_VERSION` it decides whether a dataset needs migrating.
DATASET_FORMAT_VERSION = 1

STATUS_ACTIVE = "active"
STATUS_WITHDRAWN = "withdrawn"

CURRENT_EXTRA_COLUMNS: tuple[Column, ...] = (
    Column(
        "first_seen",
        UTC_TIMESTAMP,
        "crawled_at of the first version of the document the dataset holds (UTC).",
        nullable=False,
    ),
    Column(
        "last_seen",
        UTC_TIMESTAMP,
        "crawled_at of the latest crawl that found the document (UTC).",
        nullable=False,
    ),
    Column(
        "last_changed",
        UTC_TIMESTAMP,
        "crawled_at of the crawl that found the current content (UTC): the newest "
        "version's first sighting.",
        nullable=False,
    ),
    Column(
        "status",
        pa.string(),
        f"`{STATUS_ACTIVE}`, or `{STATUS_WITHDRAWN}` for an upcoming event that a complete "
        "crawl no longer found on the site (kept, not dropped).",
        nullable=False,
    ),
)

HISTORY_EXTRA_COLUMNS: tuple[Column, ...] = (
    Column(
        "run_id",
        pa.string(),
        "The crawl run that found this version of the document.",
        nullable=False,
    ),
)

CURRENT_COLUMNS: tuple[Column, ...] = ITEM_COLUMNS + CURRENT_EXTRA_COLUMNS
HISTORY_COLUMNS: tuple[Column, ...] = ITEM_COLUMNS + HISTORY_EXTRA_COLUMNS


def _schema(columns: tuple[Column, ...], table: str) -> pa.Schema:
    return pa.schema(
        [
            pa.field(c.name, c.type, nullable=c.nullable, metadata={"description": c.description})
            for c in columns
        ],
        metadata={
            "citycrawl.schema_version": str(SCHEMA_VERSION),
            "citycrawl.dataset_format_version": str(DATASET_FORMAT_VERSION),
            "citycrawl.table": table,
        },
    )


#: The exact schema of every Parquet file of the current view.
CURRENT_SCHEMA: pa.Schema = _schema(CURRENT_COLUMNS, "current")
#: The exact schema of every Parquet file of the history.
HISTORY_SCHEMA: pa.Schema = _schema(HISTORY_COLUMNS, "history")


#: How a column that older files lack is derived from the columns they have, as a DuckDB
#: expression: (columns it reads, expression). A missing column without an entry is null.
#: Schema 6's ``date_texts`` splits ``date_text`` ("label: text; ..."), the one place
#: that old format is still read.
MIGRATIONS: dict[str, tuple[frozenset[str], str]] = {
    "date_texts": (
        frozenset({"date_text"}),
        "CASE WHEN date_text IS NULL THEN [] ELSE list_transform(string_split(date_text, '; '), "
        "lambda s: CASE WHEN regexp_matches(s, '^[a-z][a-z ()]*: ') "
        "THEN {'label': regexp_extract(s, '^([a-z][a-z ()]*): ', 1), "
        "'text': regexp_extract(s, '(?s)^[a-z][a-z ()]*: (.*)$', 1)} "
        "ELSE {'label': NULL, 'text': s} END) END",
    ),
}
