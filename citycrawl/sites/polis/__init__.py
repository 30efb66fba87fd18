"""POLIS (www.polisnetwork.eu): WordPress since 2019, a CMS Made Simple-like site before.

Evidence and decisions: ``docs/sites/polis.md``. The members' area on ``members.`` is
never fetched.
"""

from __future__ import annotations

import datetime as dt
import re

from citycrawl.sites.base import LayoutPeriod, Section, SiteProfile, UrlRule
from citycrawl.sites.polis import pages
from citycrawl.sites.registry import register
from citycrawl.sites.themed_layout import ThemedLayout, ThemedSite

_TYPE_PATHS = (
    ("/document/", "publication"),
    ("/event/", "event"),
    ("/news/", "news"),
    ("/press", "press_release"),
)

PROFILE = SiteProfile(
    name="polis",
    title="POLIS",
    base_url="https://www.polisnetwork.eu",
    hosts=frozenset({"polisnetwork.eu"}),
    home_zone="Europe/Brussels",
    sections=(
        Section("news", ("/news/",)),
        Section("events", ("/events/",)),
        Section("publications", ("/document/",)),
    ),
    category_types=(
        ("events", "event"),
        ("event", "event"),
        ("press release", "press_release"),
        ("documents", "publication"),
        ("publications", "publication"),
        ("news", "news"),
    ),
    periods=(
        LayoutPeriod("cmsms", None, dt.date(2019, 12, 31), "/newsletter-2/press, 'Added on' lists"),
        LayoutPeriod("wordpress", dt.date(2019, 6, 1), None, "WordPress, /news/<slug>/"),
    ),
    date_order="DMY",
    # The members' area is private: its links are never followed.
    forbidden_host_prefixes=("members.", "staging."),
)


class PolisSite(ThemedSite):
    """The old generation's paths (``/newsletter-2/press/<slug>``) have no trailing slash."""

    bare_paths = re.compile(r"^/(?:newsletter-2/press|extrapolisnewsletter)(?:/|$)")


SITE = register(
    PolisSite(
        PROFILE,
        (
            ThemedLayout("wordpress", pages.LISTING, pages.DOCUMENT, type_paths=_TYPE_PATHS),
            ThemedLayout("cmsms", pages.LISTING, pages.CMSMS_DOCUMENT, type_paths=_TYPE_PATHS),
        ),
        (
            UrlRule(
                re.compile(r"^/(?:newsletter-2/press|extrapolisnewsletter/)(?:\?|$)"),
                "cmsms",
                "listing",
            ),
            UrlRule(
                re.compile(r"^/(?:newsletter-2/press|extrapolisnewsletter)/"), "cmsms", "document"
            ),
            UrlRule(
                re.compile(r"^/(?:news|events|document|category|topic)/(?:page/\d+/)?(?:\?|$)"),
                "wordpress",
                "listing",
            ),
            UrlRule(
                re.compile(r"^/(?:news/|document/|event/)?[^/?]+/(?:\?|$)"), "wordpress", "document"
            ),
            UrlRule(re.compile(r"^/\?(?:.*&)?p=\d+(?:&|$)"), "wordpress", "document"),
            UrlRule(re.compile(r"^/"), "wordpress", "listing"),
        ),
        listing_layout="wordpress",
    )
)
