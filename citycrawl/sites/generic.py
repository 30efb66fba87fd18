"""Pages no site rule claims: their item type, and the site of no network.

The generic layout itself (:class:`~citycrawl.sites.base.GenericLayout`, which every
:class:`~citycrawl.sites.Site` has under the name ``generic``) reads a document with
:func:`citycrawl.parsing.generic.parse_document`: JSON-LD, OpenGraph, ``article:*`` and
Dublin Core meta, ``<time>``, the main text. :data:`OPEN_WEB` is the site of pages that
belong to no registered network (what :func:`citycrawl.extract_page` reads when no
network's hosts serve the URL): its rows have ``source`` ``web``.
"""

from __future__ import annotations

from citycrawl.parsing.model import DocumentPage, GenericPage
from citycrawl.sites.base import GENERIC, Site, SiteProfile

#: schema.org types of a page's main entity → item type.
_SCHEMA_TYPES = {
    "event": "event",
    "festival": "event",
    "exhibitionevent": "event",
    "hackathon": "event",
    "newsarticle": "news",
    "reportagenewsarticle": "news",
    "pressrelease": "press_release",
    "opinionnewsarticle": "opinion",
    "report": "publication",
    "book": "publication",
    "publicationissue": "publication",
    "scholarlyarticle": "publication",
}
#: Category and section labels common on the open web (English), most specific first.
COMMON_CATEGORY_TYPES = (
    ("events", "event"),
    ("event", "event"),
    ("press releases", "press_release"),
    ("press release", "press_release"),
    ("press", "press_release"),
    ("publications", "publication"),
    ("publication", "publication"),
    ("reports", "publication"),
    ("opinion", "opinion"),
    ("news", "news"),
)


def schema_item_type(document: DocumentPage) -> str | None:
    """The item type a page's schema.org type says (``Event``, ``NewsArticle``), if any."""
    kind = document.schema_type if isinstance(document, GenericPage) else None
    return _SCHEMA_TYPES.get(kind.lower()) if kind else None


OPEN_WEB = Site(
    SiteProfile(
        name="web",
        title="Pages of no registered network",
        base_url="https://example.org",
        hosts=frozenset(),
        home_zone="UTC",
        sections=(),
        category_types=COMMON_CATEGORY_TYPES,
        trailing_slash=False,
    ),
    (GENERIC,),
    (),
    listing_layout="generic",
)
