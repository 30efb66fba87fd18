"""A wholesale redesign of the EUROCITIES WordPress site, for the redesign test.

The new theme keeps nothing of the old markup a selector could hold on to: utility
classes only (``mt-4 text-sm``), other tags and nesting, no ``meta-cat``/``date``/
``lead`` class words, categories as ``rel="category tag"`` links after the text. It keeps
what WordPress sites emit whatever their theme: a Yoast SEO JSON-LD ``@graph``,
OpenGraph and ``article:*`` meta, ``<time datetime>``, ``rel=canonical`` and
``rel=next``. Pages are rendered from what the current parsers read on the bundled
mirror, so the content is the site's and only the markup changes.
"""

from __future__ import annotations

import datetime as dt
import html
import json

from citycrawl import dates
from citycrawl.parsing.model import ListingPage
from citycrawl.sites.eurocities import wordpress

_HEAD = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Eurocities</title>{links}{meta}
<script type="application/ld+json" class="yoast-schema-graph">{graph}</script>
</head><body class="antialiased bg-white">
<div class="sticky top-0 z-50"><div class="mx-auto max-w-7xl flex">
<a href="https://eurocities.eu/"><img src="/logo.svg" alt="Eurocities"></a>
<ul class="flex gap-6"><li><a href="https://eurocities.eu/about-us/">About us</a></li>
<li><a href="https://eurocities.eu/latest/">Latest</a></li>
<li><a href="https://eurocities.eu/cities/">Cities</a></li></ul></div></div>
"""
_FOOT = """<div class="mt-24 bg-slate-900 text-white"><div class="mx-auto max-w-7xl">
<p>Eurocities, Square de Meeûs 1, 1000 Brussels</p>
<p><a href="https://eurocities.eu/privacy-policy/">Privacy policy</a></p></div></div>
</body></html>"""


def _iso(text: str | None) -> str | None:
    value = dates.parse_date(text) if text else None
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.isoformat() if value else None


def _e(text: str | None) -> str:
    return html.escape(text or "")


def article(body: bytes, url: str) -> bytes:
    """The article at ``url`` in the new theme."""
    doc = wordpress.parse_article(body, url)
    published = _iso(doc.date_text)
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "headline": doc.title,
                "datePublished": f"{published}T09:00:00+00:00" if published else None,
                "articleSection": doc.categories,
                "description": doc.summary,
                "isPartOf": {"@id": url},
                "inLanguage": "en-GB",
            },
            {"@type": "WebPage", "@id": url, "url": url, "name": f"{doc.title} | Eurocities"},
            {"@type": "Organization", "name": "Eurocities", "url": "https://eurocities.eu/"},
        ],
    }
    meta = [
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_e(doc.title)}">',
        f'<meta property="og:description" content="{_e(doc.summary)}">',
        f'<meta property="og:url" content="{_e(url)}">',
        *(f'<meta property="article:section" content="{_e(c)}">' for c in doc.categories),
    ]
    if published:
        meta.append(
            f'<meta property="article:published_time" content="{published}T09:00:00+00:00">'
        )
    paragraphs = "".join(f'<p class="mb-4">{_e(p)}</p>' for p in (doc.body or "").split("\n\n"))
    terms = " ".join(
        f'<a rel="category tag" class="px-2 py-1 rounded" href="#">{_e(c)}</a>'
        for c in doc.categories
    )
    stamp = f'<time datetime="{published}" class="text-sm">{_e(doc.date_text)}</time>'
    return (
        _HEAD.format(
            title=_e(doc.title),
            links=f'<link rel="canonical" href="{_e(url)}">',
            meta="".join(meta),
            graph=json.dumps(graph, ensure_ascii=False),
        )
        + f'<div class="mx-auto max-w-3xl px-4"><div class="pt-12">'
        f'<h1 class="text-4xl font-bold">{_e(doc.title)}</h1>'
        f'<div class="flex gap-2 text-gray-500">{stamp if published else ""}</div></div>'
        f'<div class="prose mt-8">{paragraphs}</div>'
        f'<div class="mt-8 flex gap-2">{terms}</div></div>' + _FOOT
    ).encode("utf-8")


def listing(body: bytes, url: str) -> bytes:
    """The listing page at ``url`` in the new theme (cards in a grid, rel=next)."""
    page: ListingPage = wordpress.parse_listing(body, url)
    cards = []
    for entry in page.entries:
        published = _iso(entry.date_text)
        stamp = (
            f'<time datetime="{published}" class="text-xs">{_e(entry.date_text)}</time>'
            if published
            else ""
        )
        terms = " ".join(f'<a rel="category tag" href="#">{_e(c)}</a>' for c in entry.categories)
        cards.append(
            f'<div class="rounded-lg border p-6"><div class="flex gap-2 text-xs">{terms}</div>'
            f'<h3 class="mt-2 text-xl"><a href="{_e(entry.url)}">{_e(entry.title)}</a></h3>'
            f'{stamp}<p class="mt-2 text-gray-600">{_e(entry.summary)}</p></div>'
        )
    next_links = "".join(f'<link rel="next" href="{_e(u)}">' for u in page.next_page_urls[:1])
    pager = "".join(
        f'<a class="px-3 py-1" aria-label="Next page" href="{_e(u)}">›</a>'
        for u in page.next_page_urls[:1]
    )
    return (
        _HEAD.format(
            title=_e(page.heading or "Latest"),
            links=f'<link rel="canonical" href="{_e(url)}">{next_links}',
            meta='<meta property="og:type" content="website">',
            graph=json.dumps(
                {
                    "@context": "https://schema.org",
                    "@graph": [{"@type": "CollectionPage", "@id": url}],
                }
            ),
        )
        + f'<div class="mx-auto max-w-7xl"><h1 class="text-3xl">{_e(page.heading)}</h1>'
        f'<div class="grid grid-cols-3 gap-8">{"".join(cards)}</div>'
        f'<div class="mt-8 flex">{pager}</div></div>' + _FOOT
    ).encode("utf-8")


def transform(path: str, body: bytes) -> bytes:
    """The mirror's body transform: WordPress pages in the new theme, others untouched."""
    url = "https://eurocities.eu" + path
    route = wordpress_route(path)
    if route == "document":
        return article(body, url)
    if route == "listing":
        return listing(body, url)
    return body


def wordpress_route(path: str) -> str | None:
    """``document`` or ``listing`` for the new site's pages, ``None`` for the old site's."""
    from citycrawl.sites import get

    found = get("eurocities").route("https://eurocities.eu" + path)
    if found is None or found.layout != "wordpress":
        return None
    return found.kind
