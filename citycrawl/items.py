"""What the spider yields: a page's parsed content with where and when it was read.

The spider only navigates: it pairs a listing entry with the document page it links
to and hands both, unmerged, to the pipelines. ``pipelines.normalise`` merges them
into a row of :data:`citycrawl.schema.ITEM_SCHEMA`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass

from citycrawl.parsing.cms import ApiRecord
from citycrawl.parsing.model import DocumentPage, ListingEntry


def _card_text(text: str | None) -> str | None:
    # Whitespace and Unicode form are how the markup happened to be written, not what
    # the card says; case and wording are kept (a retitled card is a changed card).
    if not text:
        return None
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip() or None


def card_hash(entry: ListingEntry) -> str:
    """sha256 of a listing card as the listing showed it (the ``card_hash`` column).

    Everything the card says counts (title, teaser, every date text, categories, theme
    bullets, reading time), the URL does not: an old-site document listed under two
    aliases has one card. An incremental crawl skips a known document whose card hash
    is the stored one, so a card that never matched its page's text costs nothing.
    """
    fields = {
        "title": _card_text(entry.title),
        "summary": _card_text(entry.summary),
        "date_text": _card_text(entry.date_text),
        "published_text": _card_text(entry.published_text),
        "start_text": _card_text(entry.start_text),
        "end_text": _card_text(entry.end_text),
        "categories": [_card_text(c) for c in entry.categories],
        "theme_labels": [_card_text(t) for t in entry.theme_labels],
        "reading_minutes": entry.reading_minutes,
    }
    encoded = json.dumps(fields, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()


@dataclass(slots=True)
class ParsedPage:
    """A document page as read, with the listing card that led to it (if any)."""

    site: str
    """The registered network the page belongs to (:func:`citycrawl.sites.get`)."""
    url: str
    """The URL the document was served from (after redirects)."""
    document: DocumentPage
    fetched_at: dt.datetime
    """When the response arrived, tz-aware UTC."""
    entry: ListingEntry | None = None
    listing_url: str | None = None
    listing_heading: str | None = None
    """The heading of that listing (``"innovation"`` on an old-site issue page)."""
    listed_on: tuple[tuple[str, str | None], ...] = ()
    """Every (listing URL, heading) the document's card was seen on this run, the one
    that led to the fetch included: a document's listing themes come from all of them."""
    card_hash: str | None = None
    """:func:`card_hash` of the card that led to the fetch; for a refetch through a
    sitemap or feed the stored one (the entry is then rebuilt from the stored row);
    ``None`` when no card is known."""
    etag: str | None = None
    """The response's ``ETag`` header, as sent."""
    last_modified: str | None = None
    """The response's ``Last-Modified`` header, as sent (an HTTP date)."""
    archived_at: dt.datetime | None = None
    """For a page read from a web archive: the timestamp of the capture served, tz-aware
    UTC (``fetched_at`` is then the same instant: the page is read as of its capture)."""
    archive_url: str | None = None
    """For a page read from a web archive: the raw-capture URL it was read from."""
    api: ApiRecord | None = None
    """What the site's CMS interfaces said of the document (:mod:`citycrawl.apis`)."""
