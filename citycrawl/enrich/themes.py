"""Themes from where a document is listed: a topic, issue or focus-area listing.

An item listed on the old site's issue page ``/eurocities/issues/innovation-issue``
belongs to the innovation theme, bullet or not; on the new site, topic pages
(``/topics/<slug>/``), goal and focus-area pages and the ``?_focus_area=<slug>`` filter
likewise. The listing's heading gives the label as the site shows it ("innovation";
"news for Migration and integration" gives "Migration and integration").
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

#: Listing paths that name a theme, with the slug's group; across layouts and networks.
_THEME_PATHS = (
    # Domino pages its lists with "&" inside the path: ".../innovation-issue&newsstart=11".
    re.compile(r"/issues/(?P<slug>[^/?#&]+?)-issue(?:[/&]|$)"),
    re.compile(r"/(?:topics?|goals|focusarea|focus-areas?|themes?|forums)/(?P<slug>[^/?#&]+)"),
)
_THEME_QUERY_KEYS = ("_focus_area", "focus_area", "topic", "theme")
#: "news for Migration and integration", "documents for housing".
_HEADING_FOR_RE = re.compile(r"^\w+(?:\s\w+)?\s+for\s+(?P<label>.+)$", re.IGNORECASE)


def listing_theme(listing_url: str | None, heading: str | None) -> tuple[str, str] | None:
    """``(slug source, label)`` of the theme a listing stands for, or ``None``.

    The slug source is the URL's own slug (``innovation``, ``climate-environment``);
    the label is the listing's heading when it has one, else that slug in words.
    """
    if not listing_url:
        return None
    parts = urlsplit(listing_url)
    slug = None
    for pattern in _THEME_PATHS:
        if match := pattern.search(parts.path):
            slug = unquote(match.group("slug")).strip()
            break
    if slug is None:
        query = parse_qs(parts.query)
        slug = next((query[k][0] for k in _THEME_QUERY_KEYS if query.get(k)), None)
    if not slug:
        return None
    label = (heading or "").strip()
    if match := _HEADING_FOR_RE.match(label):
        label = match.group("label").strip()
    if not label or len(label) > 80:
        label = slug.replace("-", " ").replace("_", " ")
    return slug, label
