"""C40 Cities (www.c40.org): WordPress. Evidence and decisions: ``docs/sites/c40.md``."""

from __future__ import annotations

import re

from citycrawl.sites.base import Section, Site, SiteProfile, UrlRule
from citycrawl.sites.c40 import pages
from citycrawl.sites.registry import register
from citycrawl.sites.themed_layout import ThemedLayout

PROFILE = SiteProfile(
    name="c40",
    title="C40 Cities",
    base_url="https://www.c40.org",
    hosts=frozenset({"c40.org"}),
    # Offices in New York and London; times printed without a zone are the US office's.
    home_zone="America/New_York",
    sections=(
        Section("news", ("/news/",)),
        Section("press-release", ("/news/category/press-release/",)),
        Section("statement", ("/news/category/statement/",)),
        Section("events", ("/events/",)),
    ),
    category_types=(
        ("events", "event"),
        ("event", "event"),
        ("press release", "press_release"),
        ("press-release", "press_release"),
        ("statement", "press_release"),
        ("research", "publication"),
        ("report", "publication"),
        ("news", "news"),
    ),
    # "November 30, 2021": a US-style English site.
    date_order="MDY",
)

SITE = register(
    Site(
        PROFILE,
        (
            ThemedLayout(
                "wordpress",
                pages.LISTING,
                pages.DOCUMENT,
                type_paths=(("/events/", "event"), ("/news/", "news")),
                month_first=PROFILE.date_order == "MDY",
            ),
        ),
        (
            UrlRule(re.compile(r"^/news/(?:category|tag|page)/"), "wordpress", "listing"),
            UrlRule(
                re.compile(r"^/(?:news|events|blog_posts)/[^/?]+/(?:\?|$)"), "wordpress", "document"
            ),
            UrlRule(re.compile(r"^/\?(?:.*&)?p=\d+(?:&|$)"), "wordpress", "document"),
            UrlRule(re.compile(r"^/"), "wordpress", "listing"),
        ),
        listing_layout="wordpress",
    )
)
