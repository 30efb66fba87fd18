"""Unit tests of sitemap and feed parsing (citycrawl.discovery): bytes in, URLs out."""

from __future__ import annotations

import datetime as dt
import gzip

import pytest

from citycrawl.discovery import (
    ListedUrl,
    parse_feed,
    parse_lastmod,
    parse_sitemap,
    wanted_child_sitemap,
)

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://eurocities.eu/wp-sitemap-posts-latest-1.xml</loc></sitemap>
<sitemap><loc>https://eurocities.eu/wp-sitemap-taxonomies-latest_categories-1.xml</loc></sitemap>
<sitemap><loc>https://eurocities.eu/wp-sitemap-users-1.xml</loc></sitemap>
</sitemapindex>"""
URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://eurocities.eu/latest/a/</loc><lastmod>2026-05-19T10:00:00+00:00</lastmod></url>
<url><loc>https://eurocities.eu/latest/b/</loc><lastmod>2026-05-18</lastmod></url>
<url><loc>https://eurocities.eu/latest/c/</loc></url>
</urlset>"""
RSS = b"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<title>Eurocities</title>
<item><title>A story</title><link>https://eurocities.eu/latest/a/</link>
<pubDate>Tue, 19 May 2026 10:00:00 +0000</pubDate><category>News</category></item>
<item><title>No link</title></item>
</channel></rss>"""
ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
<entry><title>B</title><link rel="alternate" href="https://eurocities.eu/latest/b/"/>
<updated>2026-05-18T08:00:00Z</updated><category term="Events"/></entry>
</feed>"""


def test_sitemap_index_and_urlset() -> None:
    index = parse_sitemap(INDEX)
    assert index is not None
    assert index.is_index
    assert len(index.entries) == 3
    urls = parse_sitemap(gzip.compress(URLSET))  # .xml.gz sitemaps too
    assert urls is not None
    assert not urls.is_index
    assert [(e.url.rsplit("/", 2)[1], e.lastmod) for e in urls.entries] == [
        ("a", dt.datetime(2026, 5, 19, 10, tzinfo=dt.UTC)),
        ("b", dt.date(2026, 5, 18)),
        ("c", None),
    ]


@pytest.mark.parametrize(
    "body",
    [
        b"<!DOCTYPE html><html><body>Not found</body></html>",
        b"",
        b"\x1f\x8bbroken gzip",
        RSS,
    ],
)
def test_what_is_not_a_sitemap(body: bytes) -> None:
    assert parse_sitemap(body) is None


def test_rss_and_atom_feeds() -> None:
    rss = parse_feed(RSS)
    assert rss == (
        ListedUrl(
            "https://eurocities.eu/latest/a/",
            dt.datetime(2026, 5, 19, 10, tzinfo=dt.UTC),
            "A story",
            ("News",),
        ),
    )
    atom = parse_feed(ATOM)
    assert atom is not None
    assert atom[0].url == "https://eurocities.eu/latest/b/"
    assert atom[0].lastmod == dt.datetime(2026, 5, 18, 8, tzinfo=dt.UTC)
    assert atom[0].categories == ("Events",)
    assert parse_feed(URLSET) is None
    assert parse_feed(b"<html><body>feed?</body></html>") is None


def test_lastmod_formats() -> None:
    assert parse_lastmod("2026-05-19") == dt.date(2026, 5, 19)
    assert parse_lastmod("2026-05-19T10:00:00Z") == dt.datetime(2026, 5, 19, 10, tzinfo=dt.UTC)
    assert parse_lastmod("2026-05-19T10:00:00") == dt.datetime(2026, 5, 19, 10, tzinfo=dt.UTC)
    assert parse_lastmod("yesterday") is None
    assert parse_lastmod(None) is None


def test_child_sitemaps_worth_reading() -> None:
    since = dt.datetime(2026, 5, 19, tzinfo=dt.UTC)
    posts = "https://eurocities.eu/wp-sitemap-posts-latest-1.xml"
    assert wanted_child_sitemap(ListedUrl(posts), since)
    assert wanted_child_sitemap(ListedUrl(posts, dt.date(2026, 5, 19)), since)
    assert not wanted_child_sitemap(ListedUrl(posts, dt.date(2026, 5, 1)), since)
    assert not wanted_child_sitemap(ListedUrl(posts, dt.datetime(2026, 5, 1, tzinfo=dt.UTC)), since)
    for name in ("wp-sitemap-taxonomies-category-1.xml", "wp-sitemap-users-1.xml"):
        assert not wanted_child_sitemap(ListedUrl("https://eurocities.eu/" + name), None)
