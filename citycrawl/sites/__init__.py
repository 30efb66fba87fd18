"""Networks as plugins: one package per network, each registering a :class:`Site`.

A site package (``citycrawl/sites/<network>/``) holds the network's
:class:`SiteProfile` (hosts, home zone, sections, category map, feeds, layouts by
period), its page parsers wrapped as :class:`PageLayout` classes, the
:class:`UrlRule` list that picks a layout for a URL, and a three-line spider. See
``docs/adding-a-network.md``.
"""

from citycrawl.sites.base import (
    DateTexts,
    LayoutPeriod,
    PageKind,
    PageLayout,
    Route,
    Section,
    Site,
    SiteProfile,
    UrlRule,
)
from citycrawl.sites.registry import all_sites, get, register, route, site_for_url

__all__ = [
    "DateTexts",
    "LayoutPeriod",
    "PageKind",
    "PageLayout",
    "Route",
    "Section",
    "Site",
    "SiteProfile",
    "UrlRule",
    "all_sites",
    "get",
    "register",
    "route",
    "site_for_url",
]
