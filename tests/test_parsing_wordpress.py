"""Targeted tests of the WordPress parser beyond the golden fixtures.

Pages here are minimal on purpose: each varies one thing the real site is known to
vary (docs/sites/eurocities.md §2.3-§2.4) and checks that no field moves between cards.
"""

from __future__ import annotations

import dataclasses

import pytest

from citycrawl.parsing.model import DocumentPage, ListingPage, PageParseError
from citycrawl.sites.eurocities.wordpress import parse_article, parse_listing

SITE = "https://eurocities.eu"
LISTING_URL = f"{SITE}/latest_categories/news/"
ARTICLE_URL = f"{SITE}/latest/paving-the-way-for-sustainable-cities/"


def _page(body: str, head: str = "") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8">{head}</head>'
        f"<body>{body}</body></html>"
    ).encode()


def _card(
    slug: str,
    title: str,
    *,
    heading: str = "h2",
    cats: tuple[str, ...] = ("News",),
    date: str | None = "14 April 2021",
    read: str = "3 minute read",
) -> str:
    open_tag, close_tag = ('<h3 class="h4">', "</h3>") if heading == "h3.h4" else ("<h2>", "</h2>")
    spans = "".join(f'<span class="meta-cat">{c}</span>' for c in cats)
    date_html = f'<span class="date">{date}</span>' if date else ""
    url = f"{SITE}/latest/{slug}/"
    return (
        f"<li>{spans}{date_html}{open_tag}<a href='{url}'>{title}</a>{close_tag}"
        f"<p><a href='{url}'>Teaser of {title}</a></p>{read}</li>"
    )


def _listing(cards: str, after: str = "", list_class: str = "other-story-list") -> bytes:
    return _page(f'<main><h1>News</h1><ul class="{list_class}">{cards}</ul>{after}</main>')


def test_h2_and_h3_h4_cards_give_the_same_entry() -> None:
    h2 = parse_listing(_listing(_card("a", "Title A")), LISTING_URL).entries
    h3 = parse_listing(_listing(_card("a", "Title A", heading="h3.h4")), LISTING_URL).entries
    assert h2 == h3
    assert h2[0].title == "Title A"
    assert h2[0].url == f"{SITE}/latest/a/"
    assert h2[0].summary == "Teaser of Title A"


def test_card_without_date_takes_nothing_from_its_neighbours() -> None:
    cards = _card("a", "A", date="9 April 2021") + _card("b", "B", date=None, read="")
    cards += _card("c", "C", date="1 April 2021", read="1 minute read")
    entries = parse_listing(_listing(cards), LISTING_URL).entries
    assert [(e.title, e.date_text, e.reading_minutes) for e in entries] == [
        ("A", "9 April 2021", 3),
        ("B", None, None),
        ("C", "1 April 2021", 1),
    ]


def test_date_fallback_reads_the_card_text_but_not_the_teaser() -> None:
    card = (
        "<li><div class='meta'>Events 6 May 2021</div><h2><a href='/latest/x/'>X</a></h2>"
        "<p>Join us on Tuesday 10 October 2023 in Brussels.</p></li>"
        "<li><h2><a href='/latest/y/'>Y</a></h2><p>Taking place on 26-30 June 2022.</p></li>"
    )
    entries = parse_listing(_listing(card), LISTING_URL).entries
    assert [e.date_text for e in entries] == ["6 May 2021", None]


@pytest.mark.parametrize(
    ("wording", "minutes"),
    [("4 minutes read", 4), ("1 minute read", 1), ("10 minute read", 10), ("", None)],
)
def test_reading_time_wordings(wording: str, minutes: int | None) -> None:
    entry = parse_listing(_listing(_card("a", "A", read=wording)), LISTING_URL).entries[0]
    assert entry.reading_minutes == minutes


def test_several_meta_cat_spans_and_links_inside_one_span() -> None:
    spans = _card("a", "A", cats=("Spotlight", "Publications"))
    links = _card(
        "b",
        "B",
        cats=(
            "<a href='/latest_categories/news/'>News</a>"
            "<a href='/latest_categories/press-release/'>Press release</a>",
        ),
    )
    entries = parse_listing(_listing(spans + links), LISTING_URL).entries
    assert [e.categories for e in entries] == [
        ["Spotlight", "Publications"],
        ["News", "Press release"],
    ]
    assert entries[1].url == f"{SITE}/latest/b/"


def test_facet_sidebar_after_the_cards_is_not_read_as_cards() -> None:
    facets = (
        "<aside class='sidebar'><ul><li><a href='/latest/?_latest_categories=news'>News (763)</a>"
        "</li><li><a href='/latest_categories/press-release/'>Press release (74)</a></li></ul>"
        "<h3>Latest Stories</h3><ul><li>Stories (330)</li></ul><h3>Focus area</h3></aside>"
    )
    page = parse_listing(_listing(_card("a", "A"), after=facets), LISTING_URL)
    assert [e.title for e in page.entries] == ["A"]
    assert page.skipped_entries == 0


def test_lastestlist_class_and_empty_list() -> None:
    page = parse_listing(_listing("", list_class="other-story-list mb-60 lastestlist"), LISTING_URL)
    assert page.entries == []
    assert page.heading == "News"


def test_card_with_date_but_no_document_link_is_counted_as_skipped() -> None:
    cards = "<li><span class='meta-cat'>News</span><span class='date'>1 April 2021</span></li>"
    page = parse_listing(_listing(cards + _card("a", "A")), LISTING_URL)
    assert [e.title for e in page.entries] == ["A"]
    assert page.skipped_entries == 1


def test_page_without_card_list_raises_no_listing() -> None:
    with pytest.raises(PageParseError) as info:
        parse_listing(_page("<main><h1>About us</h1><p>Text</p></main>"), LISTING_URL)
    assert info.value.reason == "no_listing"


@pytest.mark.parametrize(
    ("url", "pager", "head", "expected"),
    [
        # The numbered link to N+1 alone, without trailing slash.
        (f"{LISTING_URL}page/2", "<a href='/latest_categories/news/page/3'>3</a>", "", ["page/3"]),
        # rel=next in the head only.
        (LISTING_URL, "", f"<link rel='next' href='{LISTING_URL}page/2/'>", ["page/2/"]),
        # a.next and rel=next agree up to the trailing slash: one URL.
        (
            LISTING_URL,
            "<a class='next page-numbers' href='/latest_categories/news/page/2/'>Next</a>",
            f"<link rel='next' href='{LISTING_URL}page/2'>",
            ["page/2/"],
        ),
        # Last page: only a link back, and a "next" that goes back is not followed.
        (
            f"{LISTING_URL}page/3/",
            "<a class='next' href='/latest_categories/news/page/2/'>2</a>",
            "",
            [],
        ),
    ],
)
def test_next_page_urls(url: str, pager: str, head: str, expected: list[str]) -> None:
    body = _page(
        f"<main><ul class='other-story-list'>{_card('a', 'A')}</ul>"
        f"<nav class='pagination'>{pager}</nav></main>",
        head,
    )
    assert parse_listing(body, url).next_page_urls == [LISTING_URL + e for e in expected]


def _article(header: str, content: str, after: str = "") -> bytes:
    return _page(
        "<header><nav><a href='/latest_categories/news/'>News</a></nav></header>"
        f"<main><article>{header}<div class='entry-content'>{content}</div>{after}</article>"
        "<section class='related-stories'><ul class='other-story-list'>"
        f"{_card('r', 'Related')}</ul></section></main><footer><p>Footer</p></footer>"
    )


def test_article_text_fallbacks_for_label_date_and_author() -> None:
    body = _article(
        "<p>Policy papers</p><h1>Paving the way for sustainable cities</h1><div>13 July 2020</div>",
        "<p>Lead.</p><p>Body.</p><p>Alex Godson Eurocities Writer</p>",
    )
    page = parse_article(body, ARTICLE_URL)
    assert page.categories == ["Policy papers"]
    assert page.date_text == "13 July 2020"
    assert page.authors == ["Alex Godson"]
    assert page.summary == "Lead."
    assert page.body == "Lead.\n\nBody."


def test_article_field_sources_say_selector_or_text_fallback() -> None:
    """Each filled field names how it was found; the empty ones are left out."""
    fallback = parse_article(
        _article(
            "<p>Policy papers</p><h1>Paving the way</h1><div>13 July 2020</div>",
            "<p>Lead.</p><p>Body.</p><p>Alex Godson Eurocities Writer</p>",
        ),
        ARTICLE_URL,
    )
    assert fallback.field_sources == {
        "title": "selector",
        "summary": "text",
        "body": "selector",
        "categories": "text",
        "authors": "text",
        "date_text": "text",
        "language": "selector",
    }
    marked = parse_article(
        _article(
            '<span class="meta-cat">News</span><h1>Paving the way</h1>'
            '<span class="date">13 July 2020</span><p class="lead">Lead.</p>',
            "<p>Body.</p>",
        ),
        ARTICLE_URL,
    )
    sources = marked.field_sources
    assert (sources["categories"], sources["date_text"], sources["summary"]) == (
        "selector",
        "selector",
        "selector",
    )
    assert "authors" not in sources  # nothing found, nothing claimed


@pytest.mark.parametrize(
    ("body", "strategy"),
    [
        (_listing(_card("a", "A") + _card("b", "B")), "card_list"),
        # A new theme's grid: no known class, one date per card.
        (
            _page(
                "<main><div class='grid'>"
                + "".join(
                    f"<div class='tile'><time>{d} April 2021</time>"
                    f"<h3><a href='{SITE}/latest/{s}/'>{s}</a></h3></div>"
                    for s, d in (("a", 9), ("b", 8))
                )
                + "</div></main>"
            ),
            "date_anchored",
        ),
        # One card alone in a plain list: its date cannot group anything.
        (
            _page(f"<main><ul>{_card('a', 'A')}</ul></main>").replace(b'class="date"', b""),
            "list_fallback",
        ),
    ],
    ids=["card_list", "date_anchored", "list_fallback"],
)
def test_listing_reports_the_strategy_that_found_the_cards(body: bytes, strategy: str) -> None:
    page = parse_listing(body, LISTING_URL)
    assert page.strategy == strategy
    assert [e.url for e in page.entries][:1] == [f"{SITE}/latest/a/"]


def test_article_author_block_and_chrome_are_not_body() -> None:
    body = _article(
        "<span class='meta-cat'><a href='/latest_categories/news/'>News</a></span>"
        "<h1>T</h1><span class='date'>5 November 2025</span>",
        "<p>Lead.</p><div class='share-buttons'>Share</div>",
        "<div class='author-block'><p class='author-name'>Alex Godson</p>"
        "<p>Eurocities Writer</p></div>",
    )
    page = parse_article(body, ARTICLE_URL)
    assert (page.categories, page.date_text, page.authors) == (
        ["News"],
        "5 November 2025",
        ["Alex Godson"],
    )
    assert page.body == "Lead."


def test_article_rel_author_link() -> None:
    body = _article(
        "<h1>T</h1>", "<p>Text.</p><p>By <a rel='author' href='/a/'>Alex Godson</a></p>"
    )
    assert parse_article(body, ARTICLE_URL).authors == ["Alex Godson"]


def test_article_without_title_raises_no_title() -> None:
    with pytest.raises(PageParseError) as info:
        parse_article(_article("<h1> </h1>", "<p>Text.</p>"), ARTICLE_URL)
    assert info.value.reason == "no_title"


HOSTILE = {
    "empty": b"",
    "bom_only": b"\xef\xbb\xbf",
    "lt_run": b"<" * 100,
    "deep_nesting": b"<html><body>" + b"<div>" * 100_000 + b"x" + b"</div>" * 100_000,
    "control_chars": _article("<h1>T\x08i\x1ft\uffffle</h1>", "<p>A\x00B\x7f</p>"),
    "script_in_title": _page(
        "<title><script>alert(1)</script></title>"
        "<main><h1>Title<script>alert(1)</script></h1><ul class='other-story-list'>"
        "<li><h2><a href='/latest/x/'>X<script>alert(2)</script></a></h2></li></ul></main>"
    ),
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
    "unclosed": b"<html><body><main><h1>Title<ul class='other-story-list'><li><a href='/x'>",
    "huge_attribute": _page(f"<h1 title='{'a' * 1_000_000}'>T</h1>"),
}


@pytest.mark.parametrize("name", HOSTILE)
@pytest.mark.parametrize("parser", [parse_listing, parse_article])
def test_hostile_input_returns_fields_or_page_parse_error(name: str, parser: object) -> None:
    try:
        result = parser(HOSTILE[name], LISTING_URL)  # type: ignore[operator]
    except PageParseError:
        return
    assert isinstance(result, (ListingPage, DocumentPage))
    assert "<script" not in repr(dataclasses.asdict(result))
