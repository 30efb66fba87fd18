"""Variants of the bundled mirror, made at test time (no copies committed).

A :class:`~citycrawl.mirror.MirrorServer` keeps one port for a whole test module (the
dataset stores URLs with the port), and these helpers change what it serves between
crawls: :func:`apply` sets overlay routes, a body transform and conditional answers;
:func:`reset` brings back the bundled mirror.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping

from citycrawl.mirror import MIRROR_DIR, MirrorRoute, MirrorServer, load_routes

SITE = "https://eurocities.eu"  # the mirror rewrites it to its own origin
_DATE_ELEMENT_RE = re.compile(rb'<(\w+) class="date">([^<]*)</\1>')


def reset(server: MirrorServer) -> None:
    """Serve the bundled mirror again; forget the requests counted so far."""
    server.routes = load_routes(MIRROR_DIR)
    server.transform = None
    server.conditional = False
    server.last_modified = {}
    server.hits.clear()
    server.hit_log.clear()


def apply(
    server: MirrorServer,
    overlay: Mapping[str, MirrorRoute] | None = None,
    transform: Callable[[str, bytes], bytes] | None = None,
    *,
    conditional: bool = False,
    last_modified: Mapping[str, dt.datetime] | None = None,
) -> None:
    """Serve a variant: the bundled mirror plus ``overlay``, bodies through ``transform``."""
    server.routes = {**load_routes(MIRROR_DIR), **(overlay or {})}
    server.transform = transform
    server.conditional = conditional
    server.last_modified = dict(last_modified or {})
    server.hits.clear()
    server.hit_log.clear()


def load_routes_paths() -> list[str]:
    """Every path of the bundled mirror."""
    return list(load_routes(MIRROR_DIR))


def hide_date_elements(path: str, body: bytes) -> bytes:
    """A layout change: the date element renamed, its date only in an attribute.

    (A plain class rename is survived by the parser's text fallbacks; a date moved out
    of the text, as a client-rendered date would be, is not.)
    """
    return _DATE_ELEMENT_RE.sub(rb'<\1 class="meta-when" data-date="\2"></\1>', body)


def replace_text(old: bytes, new: bytes, paths: Iterable[str] | None = None) -> Callable:
    """A transform that edits one phrase (on ``paths`` only, when given)."""
    only = set(paths) if paths is not None else None

    def transform(path: str, body: bytes) -> bytes:
        return body.replace(old, new) if only is None or path in only else body

    return transform


def route(path: str, body: str | bytes, content_type: str) -> dict[str, MirrorRoute]:
    """One overlay route with an inline body."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    return {path: MirrorRoute(path=path, body=data, content_type=content_type)}


def robots(*lines: str) -> dict[str, MirrorRoute]:
    """robots.txt of the bundled mirror plus ``lines`` (Crawl-delay, Sitemap...)."""
    base = (MIRROR_DIR / "pages" / "wordpress" / "robots.txt").read_text(encoding="utf-8")
    text = base.rstrip("\n") + "\n" + "\n".join(lines) + "\n"
    return route("/robots.txt", text, "text/plain; charset=utf-8")


def wp_sitemap(
    lastmods: Mapping[str, dt.datetime | dt.date | None], index_path: str = "/wp-sitemap.xml"
) -> dict[str, MirrorRoute]:
    """A WordPress core sitemap: an index, a posts sitemap of type ``latest``, a taxonomy."""
    urls = "".join(
        f"<url><loc>{SITE}{path}</loc>"
        + (f"<lastmod>{lastmod.isoformat()}</lastmod>" if lastmod else "")
        + "</url>"
        for path, lastmod in lastmods.items()
    )
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    index = (
        f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex {ns}>'
        f"<sitemap><loc>{SITE}/wp-sitemap-posts-latest-1.xml</loc></sitemap>"
        f"<sitemap><loc>{SITE}/wp-sitemap-taxonomies-latest_categories-1.xml</loc></sitemap>"
        "</sitemapindex>"
    )
    return {
        **route(index_path, index, "application/xml; charset=UTF-8"),
        **route(
            "/wp-sitemap-posts-latest-1.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><urlset {ns}>{urls}</urlset>',
            "application/xml; charset=UTF-8",
        ),
    }


def rss_feed(path: str, items: Iterable[tuple[str, str, dt.datetime]]) -> dict[str, MirrorRoute]:
    """An RSS 2.0 feed of ``(path, title, published)`` items."""
    entries = "".join(
        f"<item><title>{title}</title><link>{SITE}{item_path}</link>"
        f"<pubDate>{published:%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>"
        for item_path, title, published in items
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Eurocities</title>{entries}</channel></rss>"
    )
    return route(path, body, "application/rss+xml; charset=UTF-8")
