"""URBACT (urbact.eu): Drupal. Evidence and decisions: ``docs/sites/urbact.md``.

One mixed feed ("What's new"); its items are split into item types by their label
("Event") and, where a card has none, by the path of the document. The host
``urbact.eu.`` (with the trailing dot) that its links use is the same site.
"""

from __future__ import annotations

import re

from citycrawl.sites.base import Section, Site, SiteProfile, UrlRule
from citycrawl.sites.registry import register
from citycrawl.sites.themed_layout import ThemedLayout
from citycrawl.sites.urbact import pages

PROFILE = SiteProfile(
    name="urbact",
    title="URBACT",
    base_url="https://urbact.eu",
    hosts=frozenset({"urbact.eu"}),
    # The secretariat is in Saint-Denis (Paris).
    home_zone="Europe/Paris",
    sections=(
        Section("whats-new", ("/whats-new",)),
        Section("news", ("/news",)),
        Section("articles", ("/articles",)),
    ),
    category_types=(
        ("event", "event"),
        ("events", "event"),
        ("articles", "story"),
        ("stories", "story"),
        ("news", "news"),
    ),
    sitemaps=("/sitemap.xml",),
    feeds=("/rss.xml",),
    date_order="DMY",
    # Drupal paths have no trailing slash.
    trailing_slash=False,
)

_LANGUAGE = r"(?:/[a-z]{2})?"

SITE = register(
    Site(
        PROFILE,
        (
            ThemedLayout(
                "drupal",
                pages.LISTING,
                pages.DOCUMENT,
                type_paths=(
                    ("/whats-new/events/", "event"),
                    ("/events/", "event"),
                    ("/whats-new/stories/", "story"),
                    ("/whats-new/articles/", "story"),
                    ("/articles/", "story"),
                    ("/whats-new/", "news"),
                    ("/news/", "news"),
                    ("/", "news"),
                ),
            ),
        ),
        (
            UrlRule(
                re.compile(
                    rf"^{_LANGUAGE}/(?:whats-new|news|articles)(?:/networks-cities)?/?(?:\?|$)"
                ),
                "drupal",
                "listing",
            ),
            UrlRule(
                re.compile(rf"^{_LANGUAGE}/(?:node/\d+|[a-z0-9-]+(?:/[a-z0-9-]+)*)$"),
                "drupal",
                "document",
            ),
            UrlRule(re.compile(r"^/"), "drupal", "listing"),
        ),
        listing_layout="drupal",
    )
)
