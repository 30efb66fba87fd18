"""The two generations of the EUROCITIES site, and the site's own document identity.

The old Lotus Domino site keys every document (``-WSPO-ALEJ3G``) and served it under a
handful of hosts and both ``/documents/`` and ``/publications/``: the key, not the URL,
is the document. Its lists print labelled dates (``publication date:``, ``start date:``).
The WordPress site prints one date per card and article, which on an Events card is the
event's day (docs/sites/eurocities.md §2.5).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from citycrawl.parsing.model import DocumentPage, ListingEntry, ListingPage
from citycrawl.sites.base import DateTexts, PageLayout, Site, SiteProfile
from citycrawl.sites.eurocities import domino, wordpress
from citycrawl.sites.eurocities.keys import domino_key
from citycrawl.urls import canonical_url

_DOMINO_PATH_RE = re.compile(r"^/(?:eurocities|v2)(?:/|$)")
_LISTING_CATEGORY_RE = re.compile(r"/latest_categories/([^/]+)")
#: Old-site path sections → item_type.
_DOMINO_TYPES = (
    ("/calendar/", "event"),
    ("/news/", "news"),
    ("/documents/", "publication"),
    ("/publications/", "publication"),
)


class EurocitiesSite(Site):
    """EUROCITIES: Domino paths keep their ``&arg=value`` form; Domino keys are identity."""

    def canonical_url(self, url: str) -> str:
        path = urlsplit(url.strip()).path or "/"
        return canonical_url(url, trailing_slash=not _DOMINO_PATH_RE.match(path))

    def document_identity(self, url: str) -> str:
        # The key is the document across the old mirror hosts and both /documents/
        # and /publications/; the scheme is left out so http:// archive copies and
        # the https:// site agree.
        key = domino_key(url)
        return f"domino:{key}" if key else super().document_identity(url)


class WordPressLayout(PageLayout):
    """The site since mid-2020: category archives of cards, one date per card."""

    name = "wordpress"

    def parse_listing(self, body: bytes, url: str, content_type: str | None = None) -> ListingPage:
        return wordpress.parse_listing(body, url, content_type)

    def parse_document(
        self, body: bytes, url: str, content_type: str | None = None
    ) -> DocumentPage:
        return wordpress.parse_article(body, url, content_type)

    def listing_categories(self, listing_url: str) -> list[str]:
        # A card without a category label still sits in a category archive.
        match = _LISTING_CATEGORY_RE.search(urlsplit(listing_url).path)
        return [match.group(1).replace("-", " ").capitalize()] if match else []

    def date_texts(
        self, item_type: str, document: DocumentPage, entry: ListingEntry | None
    ) -> DateTexts:
        # The one printed date is the event's day on an Events card, else the
        # publication day.
        text = document.date_text or (entry.date_text if entry else None)
        if item_type == "event":
            return DateTexts(event_start=("event date", text))
        return DateTexts(published=("date", text))


class DominoLayout(PageLayout):
    """The site until 2020: lists and detail pages with labelled dates."""

    name = "domino"

    def parse_listing(self, body: bytes, url: str, content_type: str | None = None) -> ListingPage:
        return domino.parse_listing(body, url, content_type)

    def parse_document(
        self, body: bytes, url: str, content_type: str | None = None
    ) -> DocumentPage:
        return domino.parse_detail(body, url, content_type)

    def item_type(self, profile: SiteProfile, url: str, categories: Sequence[str]) -> str | None:
        path = urlsplit(url).path.lower()
        return next((kind for marker, kind in _DOMINO_TYPES if marker in path), None)

    def date_texts(
        self, item_type: str, document: DocumentPage, entry: ListingEntry | None
    ) -> DateTexts:
        def text(name: str) -> str | None:
            return getattr(document, name) or (getattr(entry, name) if entry else None)

        return DateTexts(
            published=("publication date", text("published_text")),
            event_start=("start date", text("start_text")),
            event_end=("end date", text("end_text")),
        )
