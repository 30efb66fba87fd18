"""Site parsers fall back on the generic layer field by field.

A site's own selectors come first: they know the site's pages best. A field they
leave empty is taken from the signals every well-made page carries
(:func:`citycrawl.parsing.generic.signals`), and the main text stands in for a body
they cannot find. ``DocumentPage.field_sources`` says which filled each field:
``selector`` for the site's own, else the generic strategy (``jsonld``, ``opengraph``,
``meta``, ``time``, ``maintext``...). After a redesign, the crawl's counts of these
shift before any field turns null.
"""

from __future__ import annotations

import datetime as dt

from lxml import etree

from citycrawl.parsing import generic, maintext
from citycrawl.parsing.model import DocumentPage

#: Fields a site parser fills and the generic layer can stand in for.
_SIGNAL_FIELDS = (
    ("title", "title"),
    ("summary", "summary"),
    ("categories", "categories"),
    ("authors", "authors"),
    ("language", "language"),
    ("canonical_url", "canonical_url"),
)


def complete(
    page: DocumentPage,
    tree: etree._Element,
    *,
    date_field: str = "published_text",
    reference: dt.date | None = None,
) -> DocumentPage:
    """Fill ``page``'s empty fields from the page's generic signals; record every source.

    ``date_field``: the page field that holds the layout's date text (``date_text`` for
    a layout whose one printed date is read by its hooks, else ``published_text``).
    """
    for name in (*(field for field, _ in _SIGNAL_FIELDS), date_field, "body"):
        if getattr(page, name) and name not in page.field_sources:
            page.field_sources[name] = "selector"
    missing = [field for field, _ in _SIGNAL_FIELDS if not getattr(page, field)]
    if not missing and getattr(page, date_field) and page.body:
        return page
    # The date search is skipped when the layout found its date: its result would be unused.
    found = generic.signals(
        tree, page.url, reference=reference, dates=not getattr(page, date_field)
    )
    for field, signal in _SIGNAL_FIELDS:
        value = getattr(found, signal)
        if not getattr(page, field) and value:
            setattr(page, field, value)
            page.field_sources[field] = found.sources.get(signal, "generic")
    if not getattr(page, date_field) and found.published_text:
        setattr(page, date_field, found.published_text)
        page.field_sources[date_field] = found.sources.get("published", "generic")
    if not page.body:
        text = maintext.extract(tree, title=page.title)
        if text is not None and text.body:
            page.body = text.body
            page.field_sources["body"] = "maintext"
    return page
