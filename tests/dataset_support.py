"""Synthetic items for the dataset tests, the crash driver and the benchmark."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from citycrawl.schema import ITEM_COLUMN_NAMES, NON_CONTENT_COLUMNS

CRAWLED_AT = dt.datetime(2026, 3, 3, 12, 0, tzinfo=dt.UTC)
TYPES = ("news", "event", "publication")
#: GeoNames rows as the cities column holds them (issue 15).
CITIES = (
    {
        "name": "Porto",
        "geonames_id": 2735943,
        "country_code": "PT",
        "latitude": 41.14961,
        "longitude": -8.61099,
        "member": True,
    },
    {
        "name": "Leipzig",
        "geonames_id": 2879139,
        "country_code": "DE",
        "latitude": 51.33962,
        "longitude": 12.37129,
        "member": True,
    },
    {
        "name": "Reading",
        "geonames_id": 2639577,
        "country_code": "GB",
        "latitude": 51.45625,
        "longitude": -0.97113,
        "member": False,
    },
)


def content_hash(item: dict[str, Any]) -> str:
    """sha256 over the content columns, as the crawl computes it."""
    content = repr([(k, item[k]) for k in ITEM_COLUMN_NAMES if k not in NON_CONTENT_COLUMNS])
    return hashlib.sha256(content.encode()).hexdigest()


def make_item(
    i: int,
    *,
    crawled_at: dt.datetime = CRAWLED_AT,
    body_chars: int = 600,
    **overrides: Any,
) -> dict[str, Any]:
    """Item number ``i``: deterministic, every third one an event; ``overrides`` win."""
    item_type = TYPES[i % len(TYPES)]
    is_event = item_type == "event"
    start = dt.date(2026, 1, 1) + dt.timedelta(days=i % 365)
    item: dict[str, Any] = {
        "item_id": hashlib.sha1(f"doc-{i}".encode()).hexdigest(),
        "url": f"https://eurocities.eu/latest/doc-{i}/",
        "source": "eurocities",
        "layout": "wordpress",
        "item_type": item_type,
        "categories": ["News"] if not is_event else ["Events"],
        "title": f"Document {i}",
        "summary": f"Summary of document {i}.",
        "body": (f"Paragraph of document {i}. " * (body_chars // 24 + 1))[:body_chars],
        "authors": ["Alex Godson"],
        "themes": ["mobility", "culture"] if i % 2 else ["social-affairs"],
        "theme_labels": ["Mobility", "Culture"] if i % 2 else ["Social affairs"],
        "theme_sources": [
            {"theme": t, "source": "card", "listing_url": None}
            for t in (["mobility", "culture"] if i % 2 else ["social-affairs"])
        ],
        "published": None if is_event else start,
        "event_start": start if is_event else None,
        "event_end": start + dt.timedelta(days=1) if is_event else None,
        "event_starts_at": (
            dt.datetime.combine(start, dt.time(9), tzinfo=dt.UTC) if is_event else None
        ),
        "event_ends_at": None,
        "event_timezone": "Europe/Brussels" if is_event else None,
        "location": "Porto, Portugal" if is_event else None,
        "is_online": False if is_event else None,
        "date_text": f"date: {start:%d %B %Y}",
        "date_texts": [{"label": "date", "text": f"{start:%d %B %Y}"}],
        "date_issues": [],
        "language": "en",
        "language_source": "declared",
        "cities": [CITIES[i % len(CITIES)]] if i % 4 else [],
        "reading_minutes": 3 if not is_event else None,
        "same_event_as": [],
        "crawled_at": crawled_at,
        "archived_at": None,
        "archive_url": None,
        "card_hash": None,
        "etag": None,
        "last_modified": None,
        "content_hash": "",
    }
    item.update(overrides)
    if "content_hash" not in overrides:
        item["content_hash"] = content_hash(item)
    return item
