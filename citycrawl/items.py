"""What the spider yields: a page's parsed content with where and when it was read.

The spider only navigates: it pairs a listing entry with the document page it links
to and hands both, unmerged, to the pipelines. ``pipelines.normalise`` merges them
into a row of :data:`citycrawl.schema.ITEM_SCHEMA`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from citycrawl.parsing.model import DocumentPage, ListingEntry


@dataclass(slots=True)
class ParsedPage:
    """A document page as read, with the listing card that led to it (if any)."""

    url: str
    """The URL the document was served from (after redirects)."""
    document: DocumentPage
    fetched_at: dt.datetime
    """When the response arrived, tz-aware UTC."""
    entry: ListingEntry | None = None
    listing_url: str | None = None
