"""A layout read with selector tables (:mod:`citycrawl.parsing.themed`), for CMS sites.

Most networks are one CMS with its own theme: their layout is a pair of rule tables and
a few facts (which URL paths hold which item type), not code of their own.
:class:`ThemedLayout` wraps the tables as a :class:`~citycrawl.sites.PageLayout`;
:class:`ThemedSite` keeps document paths as the site writes them where its permalinks
mix forms (WordPress posts end in ``/``; the SPIP or CakePHP pages of the site's older
generation do not).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from citycrawl.parsing import themed
from citycrawl.parsing.model import DocumentPage, ListingEntry, ListingPage
from citycrawl.sites.base import DateTexts, PageLayout, Site, SiteProfile
from citycrawl.urls import canonical_url

#: An all-numeric date (``05/06/2021``, ``5.6.2021``), read day first by citycrawl.dates.
_NUMERIC_DATE_RE = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b")


class ThemedLayout(PageLayout):
    """One site generation read with selector tables.

    ``type_paths`` maps URL path fragments to item types (``("/event/", "event")``),
    tried after the profile's category map, for pages whose categories say nothing.
    ``listing_category`` reads a category from a listing's URL (group 1), for cards
    that name none (a SPIP rubrique ``/-blog-269-`` holds blog posts). ``month_first``
    (the profile's ``date_order == "MDY"``) reads all-numeric dates US-style.
    """

    def __init__(
        self,
        name: str,
        listing: themed.ListingRules,
        document: themed.DocumentRules,
        *,
        type_paths: Sequence[tuple[str, str]] = (),
        listing_category: re.Pattern[str] | None = None,
        month_first: bool = False,
    ) -> None:
        self.name = name
        self.listing_rules = listing
        self.document_rules = document
        self.type_paths = tuple(type_paths)
        self.listing_category = listing_category
        self.month_first = month_first

    def parse_listing(self, body: bytes, url: str, content_type: str | None = None) -> ListingPage:
        return themed.parse_listing(body, url, content_type, self.listing_rules, layout=self.name)

    def parse_document(
        self, body: bytes, url: str, content_type: str | None = None
    ) -> DocumentPage:
        return themed.parse_document(body, url, content_type, self.document_rules, layout=self.name)

    def item_type(self, profile: SiteProfile, url: str, categories: Sequence[str]) -> str | None:
        by_category = super().item_type(profile, url, categories)
        if by_category is not None:
            return by_category
        path = urlsplit(url).path.lower()
        return next((kind for marker, kind in self.type_paths if marker in path), None)

    def date_texts(
        self, item_type: str, document: DocumentPage, entry: ListingEntry | None
    ) -> DateTexts:
        # A card's one date is the event's day on an events list (The Events Calendar,
        # ICLEI's calendar), else the publication day; an event's publication date is
        # only ever what its own page states as such.
        card = entry.date_text if entry else None
        if item_type != "event":
            published = document.published_text or document.date_text or card
            return DateTexts(published=self._ordered("published", published))
        start = document.start_text or (entry.start_text if entry else None) or card
        end = document.end_text or (entry.end_text if entry else None)
        return DateTexts(
            published=self._ordered("published", document.published_text),
            event_start=self._ordered("event date", start),
            event_end=self._ordered("end date", end),
        )

    def _ordered(self, label: str, text: str | None) -> tuple[str, str | None]:
        """``(label, text)``, an all-numeric date of a month-first site spelled out.

        ``05/06/2021`` on a US-style site is 6 May: it goes on as ``May 6, 2021``, the
        printed form kept in the label (so in ``date_text``). A first number above 12
        cannot be a month there and is left as printed, for the date reader to judge.
        """
        match = _NUMERIC_DATE_RE.search(text) if self.month_first and text else None
        if text is None or match is None or not 1 <= int(match.group(1)) <= 12:
            return label, text
        month, day, year = int(match.group(1)), int(match.group(3)), match.group(4)
        spelled = f"{calendar.month_name[month]} {day}, {year}"
        return f"{label} ({match.group(0)}, month first)", text.replace(match.group(0), spelled)

    def listing_categories(self, listing_url: str) -> list[str]:
        if self.listing_category is None:
            return []
        match = self.listing_category.search(urlsplit(listing_url).path)
        return [match.group(1).replace("-", " ").capitalize()] if match else []


class ThemedSite(Site):
    """A site whose canonical URLs end in ``/`` except on paths ``bare_paths`` matches."""

    bare_paths: re.Pattern[str] | None = None

    def canonical_url(self, url: str) -> str:
        path = urlsplit(url.strip()).path or "/"
        bare = self.bare_paths is not None and self.bare_paths.search(path) is not None
        return canonical_url(url, trailing_slash=self.profile.trailing_slash and not bare)
