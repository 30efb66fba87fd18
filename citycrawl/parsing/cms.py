"""The CMS's own interfaces: WordPress REST, The Events Calendar, Drupal JSON:API.

Pure functions over response bodies (no Scrapy). Each reads one page of an interface
into :class:`ApiRecord` values: what the CMS itself knows about a document, in the
form the rest of the crawl reads (labels as text, dates as the CMS's ISO text, which
:mod:`citycrawl.dates` reads like any other date text). A body that is not what it
should be gives :class:`ApiError`, never an exception of another kind: an interface is
optional, and its absence or breakage only means the crawl falls back to HTML.

What the interfaces return is documented in ``docs/sites/interfaces.md`` (after the
public WordPress, The Events Calendar and Drupal documentation).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

#: WordPress post types that hold no documents of interest.
_SKIPPED_TYPES = frozenset(
    {
        "attachment",
        "page",
        "wp_block",
        "wp_template",
        "wp_template_part",
        "wp_navigation",
        "wp_global_styles",
        "wp_font_family",
        "wp_font_face",
        "nav_menu_item",
        "tribe_venue",
        "tribe_organizer",
    }
)
#: Taxonomies that only organise the site's machinery.
_IGNORED_TAXONOMIES = frozenset({"post_format", "nav_menu", "wp_pattern_category", "language"})
_CATEGORY_TAXONOMY_RE = re.compile(r"(?:^|[_-])(?:categor(?:y|ies)|cat|types?)$")
_TAG_RE = re.compile(r"<[^>]*>")
_SPACE_RE = re.compile(r"\s+")


class ApiError(ValueError):
    """A body that is not the interface's answer (HTML error page, broken JSON...)."""


@dataclass(slots=True)
class ApiRecord:
    """What a CMS interface says about one document."""

    url: str
    title: str | None = None
    published: str | None = None
    """Publication time as the site shows it (local wall time: ``2021-04-14T10:00:00``)."""
    modified: str | None = None
    """Last change, with its offset when the CMS gives one (``2021-04-14T09:00:00+00:00``)."""
    categories: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    event_start: str | None = None
    """Event start as local wall time text (``2025-06-26 09:00:00``) in ``timezone``."""
    event_end: str | None = None
    all_day: bool | None = None
    timezone: str | None = None
    location: str | None = None
    source: str = ""
    """Which interface said it: ``wp-rest``, ``tribe-events``, ``drupal-jsonapi``."""


@dataclass(frozen=True, slots=True)
class PostType:
    """A WordPress post type the REST API lists, with where its posts are."""

    slug: str
    rest_base: str
    taxonomies: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TaxonomyRoles:
    """Which WordPress taxonomies give categories, which themes and which tags."""

    categories: frozenset[str] = frozenset({"category"})
    tags: frozenset[str] = frozenset({"post_tag"})

    def role(self, taxonomy: str) -> str | None:
        """``categories``, ``tags``, ``themes`` or ``None`` (machinery) for a taxonomy."""
        if taxonomy in _IGNORED_TAXONOMIES:
            return None
        if taxonomy in self.categories or _CATEGORY_TAXONOMY_RE.search(taxonomy):
            return "categories"
        if taxonomy in self.tags:
            return "tags"
        # Custom taxonomies are how WordPress sites file topics, focus areas, goals.
        return "themes"


def load_json(body: bytes) -> Any:
    """The JSON document in ``body``; :class:`ApiError` if it is not one."""
    try:
        return json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ApiError(f"not JSON: {exc}") from None


def plain(text: Any) -> str | None:
    """Rendered HTML text (``title.rendered``) as plain text; ``None`` if empty."""
    if isinstance(text, Mapping):
        text = text.get("rendered")
    if not isinstance(text, str):
        return None
    cleaned = _SPACE_RE.sub(" ", html.unescape(_TAG_RE.sub(" ", text))).strip()
    return cleaned or None


def parse_wp_types(body: bytes) -> list[PostType]:
    """``/wp-json/wp/v2/types``: the post types whose posts are documents."""
    data = load_json(body)
    if not isinstance(data, Mapping):
        raise ApiError("types: not an object")
    found = []
    for slug, info in data.items():
        if not isinstance(info, Mapping) or slug in _SKIPPED_TYPES:
            continue
        rest_base = info.get("rest_base") or slug
        taxonomies = tuple(t for t in info.get("taxonomies") or () if isinstance(t, str))
        if isinstance(rest_base, str) and re.fullmatch(r"[\w-]+", rest_base):
            found.append(PostType(str(slug), rest_base, taxonomies))
    return found


def parse_wp_posts(body: bytes, roles: TaxonomyRoles = TaxonomyRoles()) -> list[ApiRecord]:
    """One page of ``/wp-json/wp/v2/<rest_base>?_embed=wp:term``: a record per post.

    Terms come from ``_embedded["wp:term"]`` (each term names its taxonomy); a post
    without a ``link`` is skipped.
    """
    data = load_json(body)
    if not isinstance(data, list):
        raise ApiError("posts: not a list")
    records = []
    for post in data:
        if not isinstance(post, Mapping) or not isinstance(post.get("link"), str):
            continue
        record = ApiRecord(
            url=post["link"],
            title=plain(post.get("title")),
            # `date` is the site's local time: the day its pages print.
            published=_text(post.get("date")) or _utc(post.get("date_gmt")),
            modified=_utc(post.get("modified_gmt")) or _text(post.get("modified")),
            source="wp-rest",
        )
        _add_terms(record, _embedded_terms(post), roles)
        records.append(record)
    return records


def _embedded_terms(post: Mapping[str, Any]) -> Iterable[Mapping[str, Any]]:
    embedded = post.get("_embedded")
    groups = embedded.get("wp:term") if isinstance(embedded, Mapping) else None
    for group in groups if isinstance(groups, list) else ():
        for term in group if isinstance(group, list) else ():
            if isinstance(term, Mapping):
                yield term


def _add_terms(record: ApiRecord, terms: Iterable[Mapping[str, Any]], roles: TaxonomyRoles) -> None:
    for term in terms:
        name = plain(term.get("name"))
        taxonomy = term.get("taxonomy")
        role = roles.role(taxonomy) if isinstance(taxonomy, str) else None
        if name and role:
            values: list[str] = getattr(record, role)
            if name not in values:
                values.append(name)


def parse_tribe_events(body: bytes) -> tuple[list[ApiRecord], str | None]:
    """One page of ``/wp-json/tribe/events/v1/events``: records and the next page's URL."""
    data = load_json(body)
    if not isinstance(data, Mapping) or not isinstance(data.get("events"), list):
        raise ApiError("tribe events: no events list")
    records = []
    for event in data["events"]:
        if not isinstance(event, Mapping) or not isinstance(event.get("url"), str):
            continue
        records.append(
            ApiRecord(
                url=event["url"],
                title=plain(event.get("title")),
                published=_text(event.get("date")) or _utc(event.get("date_utc")),
                modified=_utc(event.get("modified_utc")) or _text(event.get("modified")),
                categories=_names(event.get("categories")),
                tags=_names(event.get("tags")),
                event_start=_text(event.get("start_date")),
                event_end=_text(event.get("end_date")),
                all_day=event.get("all_day") if isinstance(event.get("all_day"), bool) else None,
                timezone=_text(event.get("timezone")),
                location=_venue(event.get("venue")),
                source="tribe-events",
            )
        )
    next_url = data.get("next_rest_url")
    return records, next_url if isinstance(next_url, str) else None


def _venue(venue: Any) -> str | None:
    if not isinstance(venue, Mapping):
        return None
    parts = [plain(venue.get(key)) for key in ("venue", "city", "country")]
    joined = ", ".join(dict.fromkeys(p for p in parts if p))
    return joined or None


def parse_drupal_nodes(body: bytes, origin: str) -> tuple[list[ApiRecord], str | None]:
    """One page of a Drupal JSON:API node collection: records and the next page's URL.

    A node's URL is its path alias below ``origin`` (``/news/slug``), else ``/node/N``.
    """
    data = load_json(body)
    if not isinstance(data, Mapping) or not isinstance(data.get("data"), list):
        raise ApiError("jsonapi: no data list")
    records = []
    for node in data["data"]:
        attributes = node.get("attributes") if isinstance(node, Mapping) else None
        if not isinstance(attributes, Mapping):
            continue
        path = attributes.get("path")
        alias = path.get("alias") if isinstance(path, Mapping) else None
        nid = attributes.get("drupal_internal__nid")
        if isinstance(alias, str) and alias.startswith("/"):
            url = origin.rstrip("/") + alias
        elif isinstance(nid, int):
            url = f"{origin.rstrip('/')}/node/{nid}"
        else:
            continue
        records.append(
            ApiRecord(
                url=url,
                title=plain(attributes.get("title")),
                published=_text(attributes.get("created")),
                modified=_text(attributes.get("changed")),
                source="drupal-jsonapi",
            )
        )
    links = data.get("links")
    next_link = links.get("next") if isinstance(links, Mapping) else None
    href = next_link.get("href") if isinstance(next_link, Mapping) else next_link
    return records, href if isinstance(href, str) else None


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _utc(value: Any) -> str | None:
    """A GMT time WordPress writes without an offset (``2021-04-14T09:00:00``), with one."""
    text = _text(value)
    if text is None or re.search(r"(?:[+-]\d\d:?\d\d|Z)$", text):
        return text
    return text.replace(" ", "T") + "+00:00"


def _names(terms: Any) -> list[str]:
    if not isinstance(terms, Sequence) or isinstance(terms, str):
        return []
    names = (plain(t.get("name")) for t in terms if isinstance(t, Mapping))
    return list(dict.fromkeys(n for n in names if n))
