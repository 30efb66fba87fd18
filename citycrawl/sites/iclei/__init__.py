"""ICLEI Europe (iclei-europe.org): a TYPO3-like CMS. Evidence: ``docs/sites/iclei.md``.

News and events are search lists; a document's identity is its ``uid`` query argument.
"""

from __future__ import annotations

import re

from citycrawl.sites.base import Section, Site, SiteProfile, UrlRule
from citycrawl.sites.iclei import pages
from citycrawl.sites.registry import register
from citycrawl.sites.themed_layout import ThemedLayout

PROFILE = SiteProfile(
    name="iclei",
    title="ICLEI Europe",
    base_url="https://iclei-europe.org",
    hosts=frozenset({"iclei-europe.org"}),
    # The European Secretariat sits in Freiburg.
    home_zone="Europe/Berlin",
    sections=(
        Section("news", ("/news/?c=search",)),
        Section("events", ("/calendar/?c=search",)),
    ),
    category_types=(("events", "event"), ("event", "event"), ("press release", "press_release")),
    sitemaps=("/sitemap.xml",),
    feeds=("/news/?tx_news_pi1%5Baction%5D=rss",),
    date_order="DMY",
)

SITE = register(
    Site(
        PROFILE,
        (
            ThemedLayout(
                "typo3",
                pages.LISTING,
                pages.DOCUMENT,
                type_paths=(("/calendar", "event"), ("/press", "press_release"), ("/news", "news")),
            ),
        ),
        (
            # Search lists name their documents by uid; EXT:news detail pages may also
            # have a speaking path below the list (/news/<slug>, /calendar/<slug>).
            UrlRule(re.compile(r"[?&]uid=[^&]+"), "typo3", "document"),
            UrlRule(re.compile(r"^/(?:news|calendar|press)/?(?:\?|$)"), "typo3", "listing"),
            UrlRule(re.compile(r"^/(?:news|calendar|press)/[^/?]+/?$"), "typo3", "document"),
            UrlRule(re.compile(r"^/"), "typo3", "listing"),
        ),
        listing_layout="typo3",
    )
)
