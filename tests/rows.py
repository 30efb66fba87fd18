"""A valid schema row to start tests from."""

from __future__ import annotations

import datetime as dt
from typing import Any

from citycrawl.schema import ITEM_COLUMN_NAMES
from citycrawl.sites import get
from pipelines.normalise import content_hash


def make_row(**overrides: Any) -> dict[str, Any]:
    """A news row as the normaliser would produce it, with ``overrides`` applied."""
    url = overrides.pop("url", "https://eurocities.eu/latest/the-age-of-euro-cities/")
    row: dict[str, Any] = dict.fromkeys(ITEM_COLUMN_NAMES)
    row.update(
        item_id=get("eurocities").item_id(url),
        url=url,
        source="eurocities",
        layout="wordpress",
        item_type="news",
        categories=["News"],
        title="The age of Euro cities",
        summary="Cities are where Europe happens.",
        body="Cities are where Europe happens.\n\nMore text.",
        authors=["Alex Godson"],
        themes=[],
        theme_labels=[],
        published=dt.date(2021, 4, 9),
        date_text="date: 9 April 2021",
        date_texts=[{"label": "date", "text": "9 April 2021"}],
        date_issues=[],
        language="en",
        reading_minutes=4,
        crawled_at=dt.datetime(2026, 11, 20, 2, 0, tzinfo=dt.UTC),
    )
    row.update(overrides)
    row["content_hash"] = content_hash(row)
    return row
