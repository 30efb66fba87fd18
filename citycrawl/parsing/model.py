"""What the parsing layer returns: plain dataclasses, no Scrapy, no typed dates.

Parsers report text exactly as a reader sees it (whitespace collapsed, markup
removed); turning date text into dates, labels into slugs and URLs into keys is the
normalise pipeline's job, so every raw string stays available for ``date_text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

#: The name of a site generation (``wordpress``, ``domino``, ``generic``), as the
#: network's site package registers it (:class:`citycrawl.sites.PageLayout`).
LayoutName = str


class PageParseError(ValueError):
    """A page that cannot be read as the page type it was asked for.

    ``reason`` is a short slug (``no_title``, ``not_html``, ``no_listing``, ...) used
    as the crawl-stats key ``citycrawl/parse_error/<reason>``.
    """

    def __init__(self, reason: str, url: str, detail: str = "") -> None:
        self.reason = reason
        self.url = url
        self.detail = detail
        super().__init__(f"{reason}: {url}" + (f" ({detail})" if detail else ""))


@dataclass(slots=True)
class ListingEntry:
    """One card (new layout) or list item (old layout) on a listing page."""

    url: str
    """Absolute URL of the document the entry links to."""
    title: str | None = None
    summary: str | None = None
    categories: list[str] = field(default_factory=list)
    """New layout: the ``span.meta-cat`` labels, in order (``["News", "Press release"]``)."""
    theme_labels: list[str] = field(default_factory=list)
    """Old layout: the theme bullets (``["economy"]``), without the bullet sign."""
    date_text: str | None = None
    """New layout: the card date as printed (``"14 April 2021"``)."""
    published_text: str | None = None
    """Old layout: the value after ``publication date:`` (``"09-01-2019"``)."""
    start_text: str | None = None
    """Old layout: the value after ``start date:``."""
    end_text: str | None = None
    """Old layout: the value after ``end date:``."""
    reading_minutes: int | None = None
    """New layout: N from ``N minute(s) read``."""


@dataclass(slots=True)
class ListingPage:
    """A listing: a category archive, an issue page, a news/documents/events list."""

    url: str
    layout: LayoutName
    entries: list[ListingEntry]
    next_page_urls: list[str] = field(default_factory=list)
    """Absolute URLs of the following listing page(s) (``/page/3/``, ``&newsstart=21``)."""
    heading: str | None = None
    """The listing's heading (``"innovation"``, ``"news for Migration and integration"``)."""
    skipped_entries: int = 0
    """List items that carried dates or themes but no link to a document."""
    bad_links: int = 0
    """Distinct links on the page that could not be resolved into a URL (``http://[x/``),
    skipped; counted by the crawl as ``citycrawl/bad_link``."""
    strategy: str | None = None
    """How the parser found the entries (``card_list``, ``date_anchored``, ...), counted
    per run so that a redesign shows as a change of strategy before it shows as nulls."""


@dataclass(slots=True)
class DocumentPage:
    """A detail page: article, event, publication, news item."""

    url: str
    layout: LayoutName
    title: str | None = None
    summary: str | None = None
    """Lead paragraph (new layout) or the first body paragraph where no lead exists."""
    body: str | None = None
    """Main text, paragraphs separated by a blank line; no navigation, no author block."""
    categories: list[str] = field(default_factory=list)
    theme_labels: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    date_text: str | None = None
    """New layout: the article date as printed (``"5 November 2025"``)."""
    published_text: str | None = None
    start_text: str | None = None
    end_text: str | None = None
    location: str | None = None
    """Old-layout event details: ``address`` and ``country`` joined.

    For example ``"Porto/Guimaraes, Portugal"``.
    """
    document_type: str | None = None
    """Old-layout documents: ``document type`` (``"policy publication"``)."""
    language: str | None = None
    """From ``<html lang>``, as written (``"en-GB"``)."""
    canonical_url: str | None = None
    """``<link rel="canonical">`` when the page declares one."""
    shortlink: str | None = None
    """WordPress ``<link rel="shortlink">`` (``https://eurocities.eu/?p=20761``)."""
    bad_links: int = 0
    """Distinct links on the page that could not be resolved into a URL, skipped."""
    field_sources: dict[str, str] = field(default_factory=dict)
    """Filled field name → the strategy that filled it (:data:`SELECTOR` and :data:`TEXT`
    for a site parser's own rules; the generic layer's ``jsonld``, ``opengraph``,
    ``meta``, ``microdata``, ``time``, ``url``, ``visible``, ``text``, ``modified``,
    ``html``, ``maintext``), counted per run as ``citycrawl/field_source/<field>/<strategy>``."""


@dataclass(slots=True)
class GenericPage(DocumentPage):
    """A page read by the generic layer (:mod:`citycrawl.parsing.generic`): a document
    plus what only machine-readable signals carry."""

    tags: list[str] = field(default_factory=list)
    """Keywords the page declares (``article:tag``, JSON-LD ``keywords``)."""
    attendance: str | None = None
    """schema.org ``eventAttendanceMode``: ``online``, ``offline`` or ``mixed``."""
    schema_type: str | None = None
    """The schema.org type of the page's main entity (``NewsArticle``, ``Event``)."""


#: A site parser's own rule filled the field: a class, a tag or a label the site prints.
SELECTOR = "selector"
#: A site parser found the field by its place in the text, its own rule having failed
#: (the date line under the title, the author block at the end).
TEXT = "text"


def filled_sources(page: DocumentPage, sources: dict[str, str]) -> dict[str, str]:
    """``page``'s filled fields (in field order) → their strategy from ``sources``,
    :data:`SELECTOR` where ``sources`` does not name one. Empty fields are left out."""
    skipped = {"url", "layout", "field_sources", "bad_links"}
    return {
        f.name: sources.get(f.name, SELECTOR)
        for f in fields(page)
        if f.name not in skipped and getattr(page, f.name) not in (None, "", [])
    }
