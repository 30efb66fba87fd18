"""CEMR (ccre-cemr.org; before, www.ccre.org). Evidence and decisions: ``docs/sites/cemr.md``."""

from __future__ import annotations

import re

from citycrawl.sites.base import LayoutPeriod, Section, SiteProfile, UrlRule
from citycrawl.sites.cemr import pages
from citycrawl.sites.registry import register
from citycrawl.sites.themed_layout import ThemedLayout, ThemedSite

PROFILE = SiteProfile(
    name="cemr",
    title="CEMR",
    base_url="https://ccre-cemr.org",
    hosts=frozenset({"ccre-cemr.org", "ccre.org"}),
    home_zone="Europe/Brussels",
    sections=(
        # "Here you'll find the latest news, updates, and press releases": one list.
        Section("news", ("/press",)),
        Section("publications", ("/category/publications-topics/",)),
    ),
    category_types=(
        ("press release", "press_release"),
        ("publications", "publication"),
        ("publication", "publication"),
        ("events", "event"),
        ("event", "event"),
        ("press", "news"),
        ("news", "news"),
    ),
    periods=(
        LayoutPeriod("cakephp", None, None, "www.ccre.org, /actualites/index_breve/page:N"),
        LayoutPeriod("wordpress", None, None, "ccre-cemr.org, /press and /category/<slug>/"),
    ),
    date_order="DMY",
)


class CemrSite(ThemedSite):
    """The old site's CakePHP paths (``/actualites/breve/3701``, ``page:11``) stay bare."""

    bare_paths = re.compile(r"^/(?:[a-z]{2}/)?actualites/|^/press$")


SITE = register(
    CemrSite(
        PROFILE,
        (
            ThemedLayout("wordpress", pages.LISTING, pages.DOCUMENT),
            ThemedLayout(
                "cakephp",
                pages.CAKEPHP_LISTING,
                pages.CAKEPHP_DOCUMENT,
                type_paths=(("/actualites/", "news"),),
            ),
        ),
        (
            UrlRule(re.compile(r"^/(?:[a-z]{2}/)?actualites/index"), "cakephp", "listing"),
            UrlRule(re.compile(r"^/(?:[a-z]{2}/)?actualites/"), "cakephp", "document"),
            UrlRule(re.compile(r"^/(?:press|category|tag|page)(?:/|\?|$)"), "wordpress", "listing"),
            UrlRule(re.compile(r"^/[^/?]+/(?:\?|$)"), "wordpress", "document"),
            UrlRule(re.compile(r"^/\?(?:.*&)?p=\d+(?:&|$)"), "wordpress", "document"),
            UrlRule(re.compile(r"^/"), "wordpress", "listing"),
        ),
        listing_layout="wordpress",
    )
)
