"""The parsing layer: pure functions over ``(body: bytes, url: str, content_type)``.

Nothing here imports Scrapy. This package holds what every site's parsers share
(decoding and clean text in :mod:`.html`, the returned dataclasses in :mod:`.model`);
each network's own parsers live in its site package (``citycrawl/sites/<network>/``).

Parsers return :mod:`citycrawl.parsing.model` dataclasses or raise
:class:`~citycrawl.parsing.model.PageParseError`.
"""

from citycrawl.parsing.model import (
    DocumentPage,
    LayoutName,
    ListingEntry,
    ListingPage,
    PageParseError,
)

__all__ = ["DocumentPage", "LayoutName", "ListingEntry", "ListingPage", "PageParseError"]
