"""Energy Cities (energy-cities.eu): WordPress since 2020, a SPIP site before.

What is known about both generations, graded, is in ``docs/sites/energy-cities.md``;
the selectors are in :mod:`.pages`.
"""

from __future__ import annotations

import datetime as dt
import re

from citycrawl.sites.base import LayoutPeriod, Section, SiteProfile, UrlRule
from citycrawl.sites.energy_cities import pages
from citycrawl.sites.registry import register
from citycrawl.sites.themed_layout import ThemedLayout, ThemedSite

PROFILE = SiteProfile(
    name="energy-cities",
    title="Energy Cities",
    base_url="https://energy-cities.eu",
    # The SPIP generation answered on both spellings of the name.
    hosts=frozenset({"energy-cities.eu", "energie-cites.eu"}),
    home_zone="Europe/Paris",
    sections=(
        Section("news", ("/news/",)),
        Section("events", ("/events/",)),
        Section("publications", ("/publications/",)),
    ),
    category_types=(
        ("events", "event"),
        ("event", "event"),
        ("webinar", "event"),
        ("position papers", "policy_paper"),
        ("publications", "publication"),
        ("publication", "publication"),
        ("news", "news"),
        ("blog", "news"),
    ),
    periods=(
        LayoutPeriod("spip", None, dt.date(2019, 12, 31), "SPIP at energie-cites.eu, /-blog-269-"),
        LayoutPeriod(
            "wordpress", dt.date(2020, 1, 1), None, "WordPress, /<slug>/ and /event/<slug>/"
        ),
    ),
    # "December 17, 2025": the current site writes dates the US way.
    date_order="MDY",
)


class EnergyCitiesSite(ThemedSite):
    """SPIP pages (``/-blog-269-``, ``/Title-Words``) keep their slash-less paths."""

    bare_paths = re.compile(r"^/(?:-[^/]+-\d*-?|[A-Z][^/]*|spip\.php)$")


SITE = register(
    EnergyCitiesSite(
        PROFILE,
        (
            ThemedLayout(
                "wordpress",
                pages.WORDPRESS_LISTING,
                pages.WORDPRESS_DOCUMENT,
                type_paths=(
                    ("/event/", "event"),
                    ("/publication/", "publication"),
                    ("/best-practice/", "story"),
                ),
                month_first=PROFILE.date_order == "MDY",
            ),
            ThemedLayout(
                "spip",
                pages.SPIP_LISTING,
                pages.SPIP_DOCUMENT,
                listing_category=re.compile(r"^/-([^/]+?)-\d+-"),
            ),
        ),
        (
            # SPIP: rubriques ("-blog-269-", "-Events-66-") are lists; articles are
            # capitalised title words or spip.php?articleN.
            UrlRule(re.compile(r"^/-[^/]+-\d*-?(?:\?|$)"), "spip", "listing"),
            UrlRule(
                re.compile(r"^/(?:spip\.php\?article\d+|[A-Z][^/?]*(?:\?|$))"), "spip", "document"
            ),
            # WordPress: archives first, then posts, events and ?p= short links.
            UrlRule(
                re.compile(r"^/(?:news|events|publications)/(?:page/\d+/)?(?:\?|$)"),
                "wordpress",
                "listing",
            ),
            UrlRule(re.compile(r"^/(?:category|topic|tag|author)/"), "wordpress", "listing"),
            UrlRule(
                re.compile(r"^/(?:(?:event|best-practice|publication)/)?[^/?]+/(?:\?|$)"),
                "wordpress",
                "document",
            ),
            UrlRule(re.compile(r"^/\?(?:.*&)?p=\d+(?:&|$)"), "wordpress", "document"),
            UrlRule(re.compile(r"^/"), "wordpress", "listing"),
        ),
        listing_layout="wordpress",
    )
)
