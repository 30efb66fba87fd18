"""Validate: every row has the schema's types, its required fields and sane dates.

A row that breaks the contract is dropped, logged with its URL and counted as
``citycrawl/dropped/<reason>``; a date that contradicts another is nulled (the item is
kept) with the reason added to ``date_issues``. Values are checked, never coerced: a
wrongly typed field is a bug upstream, not something to paper over with ``str()``.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from citycrawl.schema import ITEM_COLUMNS, ITEM_TYPES, Column

if TYPE_CHECKING:  # the row functions run without Scrapy (citycrawl.extract_page)
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class InvalidItem(ValueError):
    """A row that cannot be written; ``reason`` is the stats slug."""

    def __init__(self, reason: str, detail: str) -> None:
        self.reason = reason
        super().__init__(f"{reason}: {detail}")


def _type_ok(column: Column, value: Any) -> bool:
    kind = column.type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return isinstance(value, str)
    if pa.types.is_list(kind) and pa.types.is_struct(kind.value_type):
        names = {f.name for f in kind.value_type}
        return isinstance(value, list) and all(
            isinstance(v, dict) and set(v) == names for v in value
        )
    if pa.types.is_list(kind):
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if pa.types.is_date32(kind):
        return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    if pa.types.is_timestamp(kind):
        return isinstance(value, dt.datetime) and value.utcoffset() == dt.timedelta(0)
    if pa.types.is_boolean(kind):
        return isinstance(value, bool)
    if pa.types.is_integer(kind):
        return isinstance(value, int) and not isinstance(value, bool) and -(2**15) <= value < 2**15
    raise TypeError(f"no validation rule for column type {kind}")


def validate_row(row: dict[str, Any]) -> dict[str, Any]:
    """Return ``row`` with contradictory dates nulled; raise :class:`InvalidItem` if unfit."""
    expected = [c.name for c in ITEM_COLUMNS]
    if list(row) != expected:
        raise InvalidItem("wrong_columns", f"got {sorted(set(row) ^ set(expected))}")
    for column in ITEM_COLUMNS:
        value = row[column.name]
        if value is None or value == "":
            if not column.nullable:
                raise InvalidItem(f"missing_{column.name}", row.get("url") or "?")
            continue
        if not _type_ok(column, value):
            raise InvalidItem("invalid_type", f"{column.name}={value!r}")
    if row["item_type"] not in ITEM_TYPES:
        raise InvalidItem("invalid_item_type", row["item_type"])

    issues: list[str] = row["date_issues"]
    crawled_day = row["crawled_at"].date()
    if row["published"] is not None and row["published"] > crawled_day + dt.timedelta(days=1):
        issues.append("published:in_future")
        row["published"] = None
    start, end = row["event_start"], row["event_end"]
    if start is not None and end is not None and end < start:
        issues.append("event:end_before_start")
        row["event_start"] = row["event_end"] = None
        row["event_starts_at"] = row["event_ends_at"] = None
    starts_at, ends_at = row["event_starts_at"], row["event_ends_at"]
    if starts_at is not None and ends_at is not None and ends_at < starts_at:
        issues.append("event_time:end_before_start")
        row["event_ends_at"] = None
    return row


class ValidatePipeline:
    """Drops rows that break the schema contract; counts each reason."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        # Imported here: validate_row is also used without Scrapy (citycrawl.extract_page).
        from scrapy.exceptions import DropItem

        assert self.crawler.stats is not None
        try:
            return validate_row(item)
        except InvalidItem as exc:
            self.crawler.stats.inc_value(f"citycrawl/dropped/{exc.reason}")
            url = item.get("url") if isinstance(item, dict) else None
            logger.warning("Dropped invalid item %s: %s", url, exc)
            raise DropItem(str(exc)) from exc
