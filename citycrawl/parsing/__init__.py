"""The parsing layer: pure functions over ``(body: bytes, url: str, content_type)``.

Nothing here imports Scrapy. Each layout has its own module:

* :mod:`citycrawl.parsing.wordpress`: the WordPress site (since 2020):
  ``parse_listing`` and ``parse_article``;
* :mod:`citycrawl.parsing.domino`: the Lotus Domino site (until 2020), read from what a
  reader sees: ``parse_listing`` and ``parse_detail``.

Parsers return :mod:`citycrawl.parsing.model` dataclasses or raise
:class:`~citycrawl.parsing.model.PageParseError`.
"""

from citycrawl.parsing.model import (
    DocumentPage,
    Layout,
    ListingEntry,
    ListingPage,
    PageParseError,
)

__all__ = ["DocumentPage", "Layout", "ListingEntry", "ListingPage", "PageParseError"]
