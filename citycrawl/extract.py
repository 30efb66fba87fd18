"""One page in, one row out: :func:`extract_page`, for notebooks and scripts.

No Scrapy, no network: the page's bytes go through the parser of the network whose
hosts serve the URL (its layout chosen by the site's URL rules), or through the generic
layer when no network claims it, then through the same normalisation and validation
as a crawl's items.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from citycrawl import sites
from citycrawl.items import ParsedPage
from citycrawl.sites.base import GENERIC
from citycrawl.sites.generic import OPEN_WEB
from pipelines.normalise import normalise_page
from pipelines.validate import validate_row


def extract_page(
    body: bytes,
    url: str,
    *,
    content_type: str | None = None,
    reference: dt.date | None = None,
) -> dict[str, Any]:
    """The normalised dataset row for one page.

    ``body``: the page's bytes as served (the charset is found as a crawl finds it:
    ``content_type``'s charset, then the page's own declaration). ``url``: where the
    page was served from; it picks the network and layout. ``reference``: the day the
    page was read (year-less and relative dates are placed from it; default today).

    The row has the dataset's column names and Python types (``published`` a
    :class:`datetime.date`, ``event_starts_at`` an aware :class:`datetime.datetime`,
    ``themes`` a list...), see docs/data-dictionary.md; ``source`` is the network's
    name, ``web`` for a page no network claims. Raises
    :class:`~citycrawl.parsing.model.PageParseError` for a page that cannot be read
    (not HTML, empty, too large) and :class:`pipelines.validate.InvalidItem` for one
    that gives no valid row (no title).
    """
    site = sites.site_for_url(url) or OPEN_WEB
    route = site.route(url)
    layout = site.layout(route.layout if route and route.kind == "document" else GENERIC.name)
    document = layout.read_document(body, url, content_type)
    day = reference or dt.datetime.now(dt.UTC).date()
    read_at = dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)
    return validate_row(normalise_page(ParsedPage(site.name, url, document, read_at)))
