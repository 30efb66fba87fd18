"""Which listing card goes with a page read from an archive or a WARC (pure).

A live crawl joins a document with the card of the listing that linked to it. Read
from an archive or a WARC, a document may be shown by several listings, read at several
times; it takes the card as the listing read nearest before it showed it (else the
first read after it), and among listings read at that same time the first by URL, so
that the choice never depends on the order pages happened to arrive in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from citycrawl.parsing.model import ListingEntry


@dataclass(frozen=True, slots=True)
class Card:
    """A listing card as one read of its listing showed it."""

    at: dt.datetime
    entry: ListingEntry
    listing_url: str


def nearest_card(cards: Sequence[Card], at: dt.datetime) -> Card | None:
    """The card read nearest before ``at`` (else the first after); ties by listing URL."""
    before = [c for c in cards if c.at <= at]
    if before:
        latest = max(c.at for c in before)
        return min((c for c in before if c.at == latest), key=lambda c: c.listing_url)
    if not cards:
        return None
    first = min(c.at for c in cards)
    return min((c for c in cards if c.at == first), key=lambda c: c.listing_url)
