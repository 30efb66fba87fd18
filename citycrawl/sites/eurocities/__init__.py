"""EUROCITIES (eurocities.eu): the WordPress site since 2020, the Lotus Domino site before.

What is known about both sites, with evidence grades, is in ``docs/sites/eurocities.md``.
The page parsers are :mod:`.wordpress` and :mod:`.domino`; :mod:`.layouts` says how each
generation's fields read; this module builds the profile and registers the site.
"""

from __future__ import annotations

import datetime as dt
import re

from citycrawl.sites.base import LayoutPeriod, Section, SiteProfile, UrlRule
from citycrawl.sites.eurocities.keys import DOMINO_KEY_RE
from citycrawl.sites.eurocities.layouts import DominoLayout, EurocitiesSite, WordPressLayout
from citycrawl.sites.registry import register

#: The new site's ``latest_categories`` in crawl order (docs/sites/eurocities.md §3.2).
_SECTIONS = (
    "news",
    "events",
    "publications",
    "press-release",
    "opinion",
    "policy-papers",
    "spotlight",
)

PROFILE = SiteProfile(
    name="eurocities",
    title="EUROCITIES",
    base_url="https://eurocities.eu",
    # The old application answered on several hosts; all serve the same documents.
    hosts=frozenset(
        {
            "eurocities.eu",
            "wsdomino.eurocities.eu",
            "cities4europe.eurocities.eu",
            "cascadecities.eu",
            "cultureforcitiesandregions.eu",
        }
    ),
    home_zone="Europe/Brussels",
    sections=tuple(Section(name, (f"/latest_categories/{name}/",)) for name in _SECTIONS),
    # New-site category labels, most specific first: a card labelled "News Press
    # release" is a press release, "Spotlight Publications" a publication.
    category_types=(
        ("events", "event"),
        ("event", "event"),
        ("press release", "press_release"),
        ("press-release", "press_release"),
        ("policy papers", "policy_paper"),
        ("policy-papers", "policy_paper"),
        ("publications", "publication"),
        ("opinion", "opinion"),
        ("spotlight", "spotlight"),
        ("stories", "story"),
        ("news", "news"),
    ),
    sitemaps=("/wp-sitemap.xml", "/sitemap_index.xml"),
    feeds=("/latest/feed/", "/feed/"),
    section_feed="/latest_categories/{section}/feed/",
    periods=(
        LayoutPeriod("domino", None, dt.date(2020, 6, 30), "Lotus Domino, /eurocities/… paths"),
        LayoutPeriod("wordpress", dt.date(2020, 7, 1), None, "WordPress, /latest/<slug>/"),
    ),
    # staging.* copies of the site hold unfinished pages.
    forbidden_host_prefixes=("staging.",),
    # The new site's document post types, and the whole old site (its lists and
    # documents alike), for a backfill from a web archive.
    archive_paths=("/latest/", "/events/", "/resources/", "/stories/", "/eurocities/"),
)

SITE = register(
    EurocitiesSite(
        PROFILE,
        (WordPressLayout(), DominoLayout()),
        (
            # Old site: documents end in a Domino key; anything under /eurocities/ (or
            # /v2/ on the staging copies) is a list.
            UrlRule(DOMINO_KEY_RE, "domino", "document"),
            UrlRule(re.compile(r"^/(?:eurocities|v2)(?:/|$|\?)"), "domino", "listing"),
            # New site: posts and their custom types, and ?p= shortlinks.
            UrlRule(
                re.compile(r"^/(?:latest|events|resources|stories)/[^/?]+/?(?:\?|$)"),
                "wordpress",
                "document",
            ),
            UrlRule(re.compile(r"^/\?(?:.*&)?p=\d+(?:&|$)"), "wordpress", "document"),
            # Everything else (category archives, topic and city pages) is a listing.
            UrlRule(re.compile(r"^/"), "wordpress", "listing"),
        ),
        listing_layout="wordpress",
    )
)
