"""The generic layer (citycrawl.parsing.generic): signals every well-made site carries.

The pages are reconstructions of what common stacks emit (WordPress with Yoast SEO,
Drupal's RDFa, a news theme with microdata, an events plugin's JSON-LD), trimmed to the
parts that matter; the accuracy on real pages is the CI gate in test_eval_generic.py.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citycrawl import dates
from citycrawl.parsing import generic, structured
from citycrawl.parsing.html import parse_tree
from citycrawl.parsing.maintext import extract
from citycrawl.parsing.model import PageParseError

PARAGRAPHS = [
    "The city council of Gdańsk adopted its climate plan on Tuesday, after two years "
    "of consultation with residents, companies and the port authority.",
    "The plan sets a target of climate neutrality by 2040, ten years before the "
    "national goal, and commits the city to renovate every public building it owns.",
    "Mayor Aleksandra Dulkiewicz said the plan was written with the people who will "
    "live with it, and that the first renovations start in the spring.",
]
ARTICLE = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
CHROME = """
<header class="site-header"><nav class="main-navigation"><ul><li><a href="/">Home</a></li>
<li><a href="/news/">News</a></li><li><a href="/events/">Events</a></li></ul></nav></header>
<aside class="widget-area"><section class="widget"><h2>Latest</h2><ul>
<li><a href="/a">Warsaw opens new tram line to the airport and the eastern districts</a>
<span class="post-date">3 March 2019</span></li></ul></section></aside>
"""
COMMENTS = """
<div id="comments" class="comments-area"><ol class="comment-list"><li class="comment">
<div class="comment-meta"><time datetime="2019-03-20T10:00:00+01:00">20 March 2019</time>
</div><p>Great news for the city, but the port should have committed to more than this,
and sooner, given what we know about the emissions of the ships.</p></li></ol></div>
"""


def yoast_page(url_date: str = "") -> tuple[bytes, str]:
    url = f"https://www.example-city.eu/{url_date}gdansk-climate-plan/"
    graph = f"""{{"@context":"https://schema.org","@graph":[
      {{"@type":"Organization","@id":"https://www.example-city.eu/#org","name":"Example"}},
      {{"@type":"WebSite","@id":"https://www.example-city.eu/#website"}},
      {{"@type":"WebPage","@id":"{url}","url":"{url}","inLanguage":"en-GB",
        "datePublished":"2019-03-12T08:30:00+00:00","dateModified":"2019-04-02T09:00:00+00:00"}},
      {{"@type":"Article","@id":"{url}#article","isPartOf":{{"@id":"{url}"}},
        "headline":"Gdańsk adopts its climate plan","datePublished":"2019-03-12T08:30:00+00:00",
        "dateModified":"2019-04-02T09:00:00+00:00","author":{{"name":"Anna Nowak"}},
        "articleSection":["Climate","Governance"],"keywords":"climate, energy, ports",
        "inLanguage":"en-GB"}}]}}"""
    html = f"""<!DOCTYPE html><html lang="en-GB"><head>
<title>Gdańsk adopts its climate plan - Example Cities</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="Gdańsk adopts its climate plan">
<meta property="og:description" content="Climate neutrality by 2040.">
<meta property="article:published_time" content="2019-03-12T08:30:00+00:00">
<meta property="article:modified_time" content="2019-04-02T09:00:00+00:00">
<meta property="article:section" content="Climate">
<meta property="article:tag" content="climate"><meta property="article:tag" content="ports">
<script type="application/ld+json" class="yoast-schema-graph">{graph}</script>
</head><body class="post-template-default single comments-open">{CHROME}
<main id="main"><article class="post type-post"><header class="entry-header">
<h1 class="entry-title">Gdańsk adopts its climate plan</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published"
datetime="2019-03-12T08:30:00+00:00">12 March 2019</time></span></div></header>
<div class="entry-content">{ARTICLE}
<div class="sharedaddy"><a href="#">Share on Facebook</a> <a href="#">Twitter</a></div>
</div></article>{COMMENTS}</main>
<footer class="site-footer"><p>© 2019 Example Cities, Rue de la Loi 1, Brussels.</p></footer>
</body></html>"""
    return html.encode(), url


def signals_of(html: bytes | str, url: str) -> generic.Signals:
    body = html.encode() if isinstance(html, str) else html
    return generic.signals(parse_tree(body, url, "text/html; charset=utf-8"), url)


def test_yoast_wordpress_article_signals() -> None:
    html, url = yoast_page()
    found = signals_of(html, url)
    assert found.title == "Gdańsk adopts its climate plan"
    assert found.sources["title"] == "jsonld"
    assert found.summary == "Climate neutrality by 2040."
    assert found.authors == ["Anna Nowak"]
    assert found.categories == ["Climate", "Governance"]
    assert found.tags == ["climate", "energy", "ports"]
    assert found.canonical_url == url
    assert found.language == "en-GB"
    assert found.schema_type == "Article"
    assert dates.parse_date(found.published_text or "") in (
        dt.date(2019, 3, 12),
        dt.datetime(2019, 3, 12, 8, 30, tzinfo=dt.UTC),
    )
    assert dates.parse_date(found.modified_text or "").date() == dt.date(2019, 4, 2)


def test_parse_document_reads_body_without_chrome_or_comments() -> None:
    html, url = yoast_page()
    page = generic.parse_document(html, url, "text/html; charset=utf-8")
    assert page.layout == "generic"
    assert page.body == "\n\n".join(PARAGRAPHS)
    assert page.field_sources["body"] == "maintext"
    assert page.field_sources["title"] == "jsonld"


def test_url_date_is_the_publishers_day() -> None:
    html, url = yoast_page("2019/03/11/")
    found = signals_of(html, url)
    assert found.published_text == "2019-03-11"
    assert found.sources["published"] == "url"


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://a.example/2019/03/14/slug/", "2019-03-14"),
        ("https://a.example/blog/2017/7/2/slug", "2017-07-02"),
        ("https://a.example/news/2021-11-08-festival", "2021-11-08"),
        ("https://a.example/archive/20190314.html", "2019-03-14"),
        ("https://a.example/2023/10/3-questions-for-the-mayor/", None),
        ("https://a.example/news/1582045946_459487.html", None),
        ("https://a.example/2019/02/30/impossible/", None),
    ],
)
def test_url_dates(url: str, day: str | None) -> None:
    page = "<html><body><h1>Title</h1><p>Text without any date.</p></body></html>"
    found = signals_of(page, url)
    assert found.published_text == day


def test_visible_byline_date_beats_stale_machine_date() -> None:
    page = """<html lang="de"><head>
<meta property="article:published_time" content="2017-08-21T13:09:00Z"></head><body>
<div class="sidebar"><span class="date">01.01.2015</span></div>
<article><h1>Sieben Berufe, die Zukunft haben</h1>
<div class="article-meta">03.04.2019 Von Olaf Kempin</div>
<p>Welche Berufe gefragt bleiben, zeigt eine Studie.</p></article></body></html>"""
    found = signals_of(page, "https://news.example.de/a/sieben-berufe,3050673")
    assert found.sources["published"] == "visible"
    assert dates.parse_date(found.published_text or "") == dt.date(2019, 4, 3)


def test_comment_dates_are_not_the_article_date() -> None:
    page = f"""<html><body><h1>Title of a post</h1><div class="entry">{ARTICLE}</div>
{COMMENTS}</body></html>"""
    found = signals_of(page, "https://blog.example.org/title-of-a-post/")
    assert found.published_text is None


def test_dublin_core_and_citation_meta() -> None:
    page = """<html><head><meta name="DC.date.issued" content="2020-04-07">
<meta name="citation_title" content="Screening for colorectal cancer">
<meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Roe, R.">
</head><body><p>Abstract.</p></body></html>"""
    found = signals_of(page, "https://journal.example.org/doi/10.1/xyz")
    assert found.published_text == "2020-04-07"
    assert found.sources["published"] == "meta"
    assert found.title == "Screening for colorectal cancer"
    assert found.authors == ["Doe, Jane", "Roe, R."]


def test_microdata_and_rdfa_dates() -> None:
    microdata = """<html><body><div itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="2018-06-27"><p>Text.</p></div></body></html>"""
    rdfa = """<html><body><div about="/node/12" typeof="sioc:Item foaf:Document">
<span property="dc:date dc:created" content="2013-05-03T11:51:00+02:00"
datatype="xsd:dateTime">Fri, 05/03/2013</span><p>Text.</p></div></body></html>"""
    assert signals_of(microdata, "https://x.example/p").published_text == "2018-06-27"
    found = signals_of(rdfa, "https://drupal.example/node/12")
    assert found.sources["published"] == "microdata"
    assert dates.parse_date(found.published_text or "").date() == dt.date(2013, 5, 3)


def test_shown_microdata_date_beats_a_meta_date() -> None:
    """A byline's ``<time itemprop="datePublished">`` far from the title is what the
    reader sees and what microdata states; the CMS's meta date (a record's creation)
    comes after it."""
    filler = "".join(f"<div><p>Paragraph {n} of the article.</p></div>" for n in range(60))
    page = f"""<html lang="de"><head><meta name="date" content="2022-01-21T15:38:44+01:00">
</head><body><h1>Schneeflöckchen mit Hund</h1>{filler}
<div class="footer"><span class="news-list-date"><time itemprop="datePublished"
datetime="2022-01-27">27.01.2022</time></span></div></body></html>"""
    found = signals_of(page, "https://www.example.de/aktuelles/schneefloeckchen")
    assert found.sources["published"] == "microdata"
    assert found.published_text == "2022-01-27"


@pytest.mark.parametrize(
    "value",
    [
        "2019-02-09",
        "2019-02-09T23:00:55+01:00",
        "2019-02-09T23:00:55Z",
        "2019-02-09 23:00",
        "2019-02-09T23:00:55.123+0100",
        "2019-02-09T05:11:00-05:00",
        "2019-02-09/2019-02-12",
        "2019-02-09 bis 2019-02-11",
    ],
)
def test_published_text_reads_as_the_chosen_day(value: str) -> None:
    """Normalisation reads ``published_text`` with citycrawl.dates: whatever machine
    value the page states, what it reads is the day the search chose."""
    page = f"""<html><head><meta property="article:published_time" content="{value}">
</head><body><p>Text.</p></body></html>"""
    found = signals_of(page, "https://x.example/p")
    read = dates.parse_date(found.published_text or "")
    read = read.date() if isinstance(read, dt.datetime) else read
    assert read == dt.date(2019, 2, 9)


def test_broken_json_ld_still_gives_its_dates() -> None:
    broken = """<html><head><script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Line one
line two", "datePublished": "2020-02-14T09:00:00+01:00",}
</script><script type="application/ld+json">{"@type": "BlogPosting", "datePublished":
"2011-12-03" "headline": </script></head><body><p>x</p></body></html>"""
    found = signals_of(broken, "https://x.example/a")
    assert found.title == "Line one line two"
    assert found.published_text == "2020-02-14T09:00:00+01:00"
    assert structured.parse_json_ld('{"a": 1') is None
    assert structured.parse_json_ld('{"datePublished": "2011-12-03" "x"') == {
        "datePublished": "2011-12-03"
    }


def test_schema_org_event() -> None:
    page = """<html lang="fr"><head><script type="application/ld+json">[
{"@context":"http://schema.org","@type":"Event","name":"Forum des villes",
 "startDate":"2024-10-22T09:30:00+02:00","endDate":"2024-10-24T17:00:00+02:00",
 "eventAttendanceMode":"https://schema.org/MixedEventAttendanceMode",
 "location":[{"@type":"Place","name":"Hôtel de Ville","address":{"@type":"PostalAddress",
 "streetAddress":"Place de l'Hôtel de Ville","addressLocality":"Paris","addressCountry":"FR"}},
 {"@type":"VirtualLocation","url":"https://stream.example.org/forum"}]}]</script></head>
<body><h1>Forum des villes</h1></body></html>"""
    found = signals_of(page, "https://ville.example.fr/agenda/forum")
    assert found.schema_type == "Event"
    assert found.start_text == "2024-10-22T09:30:00+02:00"
    assert found.end_text == "2024-10-24T17:00:00+02:00"
    assert found.attendance == "mixed"
    assert found.location == (
        "Hôtel de Ville, Place de l'Hôtel de Ville, Paris, FR; https://stream.example.org/forum"
    )
    assert found.language == "fr"


def test_implausible_dates_are_skipped() -> None:
    page = """<html><head><meta property="article:published_time" content="2999-01-01">
<meta name="date" content="1970-01-01"><meta name="dc.date" content="2018-02-15"></head>
<body><p>x</p></body></html>"""
    found = signals_of(page, "https://x.example/a")
    assert found.published_text == "2018-02-15"


def test_main_text_of_a_page_without_paragraph_tags() -> None:
    text = "<br><br>".join(PARAGRAPHS)
    page = f"""<html><body>{CHROME}<div id="content"><h1>Title</h1>
<div class="post-body">{text}</div></div></body></html>"""
    tree = parse_tree(page.encode(), "https://x.example/a", "text/html; charset=utf-8")
    found = extract(tree)
    assert found is not None
    assert found.body == "\n\n".join(PARAGRAPHS)


def test_no_main_text_on_a_link_page() -> None:
    links = "".join(f"<li><a href='/p{i}'>Story number {i} of the day</a></li>" for i in range(30))
    tree = parse_tree(f"<html><body><ul>{links}</ul></body></html>".encode(), "https://x/")
    assert extract(tree) is None


def test_main_text_keeps_data_table_rows_and_drops_teaser_cards() -> None:
    """A standings table in the article is read row by row, its cells apart; cards of
    other articles (a heading inside a link) are link text, however they are marked."""
    rows = "".join(
        f"<tr><td>{n}</td><td>Driver {name}</td><td>{5000 - n}</td><td>{n % 2}</td><td>0</td></tr>"
        for n, name in enumerate(("Ana", "Bo", "Cy"), start=1)
    )
    cards = "".join(
        f"<a href='/p{n}'><img src='/i{n}.jpg'><h3>Another story about the season {n}</h3></a>"
        for n in range(3)
    )
    page = f"""<html><body><h1>Standings</h1><div class="post">{ARTICLE}
<table><tr><th>Pos.</th><th>Driver</th><th>Points</th><th>Wins</th><th>Poles</th></tr>{rows}</table>
<div class="more">{cards}</div></div></body></html>"""
    text = extract(parse_tree(page.encode(), "https://x.example/standings"))
    assert text is not None
    assert "Pos. Driver Points Wins Poles" in text.body
    assert "2 Driver Bo 4998 0 0" in text.body
    assert "Another story" not in text.body
    assert PARAGRAPHS[2] in text.body


def test_main_text_leaves_out_gallery_captions_and_a_repeated_title() -> None:
    """A gallery item (a list item holding an image and its caption) is read inside, so
    its caption stays chrome; the title repeated in a gallery overlay is the title."""
    gallery = """<ul class="gallery"><li class="gallery-item"><div class="img-wrap">
<img src="/1.jpg"></div><div class="caption">The mayor, left, speaks with residents
during a visit to the port, Tuesday, in Gdańsk. Photo: Example Press</div></li></ul>"""
    page = f"""<html><body><div class="story"><h1>Gdańsk adopts its climate plan</h1>
{gallery}{ARTICLE}<div class="overlay-title">Gdańsk adopts its climate plan</div></div>
</body></html>"""
    tree = parse_tree(page.encode(), "https://x.example/gdansk")
    text = extract(tree, title="Gdańsk adopts its climate plan")
    assert text is not None
    assert text.body.split("\n\n") == PARAGRAPHS


def test_main_text_leaves_out_loose_rows_of_links() -> None:
    """A tag cloud written as links straight in a div (no list, no paragraph) is link
    text like a list of links; a sentence with a link in it stays."""
    words = ("climate", "energy", "ports", "renovation", "transport", "housing", "budget")
    cloud = " ".join(f"<a href='/tag/{w}'>{w}</a>" for w in words * 3)
    linked = "The plan follows the <a href='/plan'>2019 energy strategy</a> of the city council."
    page = f"""<html><body><div class="post"><div class="tags">{cloud}</div>{ARTICLE}
<div>{linked}</div></div></body></html>"""
    text = extract(parse_tree(page.encode(), "https://x.example/gdansk"))
    assert text is not None
    assert text.body.split("\n\n") == [
        *PARAGRAPHS,
        "The plan follows the 2019 energy strategy of the city council.",
    ]


def test_a_layout_table_is_not_read_as_rows() -> None:
    cells = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = f"<html><body><table><tr><td>{cells}</td><td><p>Menu</p></td></tr></table></body></html>"
    text = extract(parse_tree(page.encode(), "https://x.example/old"))
    assert text is not None
    assert text.body.split("\n\n") == PARAGRAPHS


def test_url_year_and_month_bound_the_date() -> None:
    page = """<html><body><h1>Ten questions for the new director</h1>
<div class="teaser-date">21.10.2019</div><p class="meta">Posted 8 November 2023 by Ana</p>
<p>Text of the interview.</p></body></html>"""
    found = signals_of(page, "https://blog.example.org/2023/11/ten-questions/")
    assert dates.parse_date(found.published_text or "") == dt.date(2023, 11, 8)


def test_updated_date_only_when_nothing_else_is_shown() -> None:
    both = """<html><body><h1>Hydrangea care</h1><div class="byline">
<span class="date">Updated 6 May 2019</span><span class="date">12 March 2016</span></div>
<p>How to grow them.</p></body></html>"""
    only = both.replace('<span class="date">12 March 2016</span>', "")
    assert dates.parse_date(signals_of(both, "https://x.example/a").published_text or "") == (
        dt.date(2016, 3, 12)
    )
    assert dates.parse_date(signals_of(only, "https://x.example/a").published_text or "") == (
        dt.date(2019, 5, 6)
    )


def test_dateline_opening_a_paragraph() -> None:
    page = """<html><body><div id="content"><h2>Holocaust-Gedenktag</h2>
<p>27.1.2022 - Bei der Erinnerung an die Verfolgten des NS-Regimes in Deutschland werden
lesbische Frauen bis heute oft vergessen, sagen die Initiatorinnen des Gedenkens.</p>
</div></body></html>"""
    found = signals_of(page, "https://www.example.de/news-1010/gedenktag")
    assert found.sources["published"] == "text"
    assert dates.parse_date(found.published_text or "") == dt.date(2022, 1, 27)


@pytest.mark.parametrize(
    ("href", "url"),
    [
        ("http://[x/", "https://x.example/a"),
        ("/b", "http://[::1"),
        ("https://host\u2100.example/", "https://x.example/a"),
    ],
)
def test_bad_canonical_or_page_url_is_skipped_not_fatal(href: str, url: str) -> None:
    html, _ = yoast_page()
    page = html.replace(
        b'<link rel="canonical"', f'<link rel="canonical" href="{href}"'.encode() + b" data-old"
    )
    found = generic.parse_document(page, url, "text/html; charset=utf-8")
    assert found.canonical_url is None or found.canonical_url.startswith("http")
    assert found.title == "Gdańsk adopts its climate plan"


def test_every_fixture_page_parses_without_error() -> None:
    """The generic layer reads any page: the project's own fixtures, hostile ones
    included (deep nesting, binary junk, entity floods), give a page or a PageParseError."""
    from pathlib import Path

    pages = [p for p in Path("fixtures").rglob("*.html") if p.is_file()]
    assert len(pages) > 20
    for path in pages:
        try:
            generic.parse_document(path.read_bytes(), "https://example.org/2020/01/02/page/")
        except PageParseError:
            continue


@pytest.mark.parametrize("depth", [10, 900, 5000])
def test_deeply_nested_json_ld_is_read_as_far_as_sensible(depth: int) -> None:
    nested_list = "[" * depth + '"x"' + "]" * depth
    nested_object = '{"name":' * depth + '"x"' + "}" * depth
    block = (
        f'{{"@type": "Event", "name": "Forum", "location": {nested_list}, '
        f'"headline": {nested_object}, "startDate": {nested_list}, "author": {nested_list}}}'
    )
    page = f'<html><head><script type="application/ld+json">{block}</script></head></html>'
    found = generic.parse_document(page.encode(), "https://x.example/agenda/forum")
    assert found.title == "Forum"
    assert found.schema_type == "Event"


_FRAGMENTS = [
    "<h1>", "</h1>", "<p>", "</p>", "<time datetime='2019-02-30'>", "</time>",
    "<script type='application/ld+json'>", "</script>", '{"@type": ["Article", 3]', ",}",
    '"datePublished": "20190314"', "<meta property='article:published_time' content='",
    "'>", "<link rel='canonical' href='http://[x/'>", "<div class='date meta'>",
    "</div>", "12.03.2019", "2019/03/14", "\u202e", "\x00", "&#0;", "é", "<!--", "-->",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=40), st.sampled_from(["/", "/2019/3/"]))
def test_any_markup_gives_a_page_or_a_parse_error(parts: list[str], path: str) -> None:
    body = ("<html><body>" + "".join(parts)).encode("utf-8", "surrogatepass")
    try:
        page = generic.parse_document(body, f"https://fuzz.example{path}a")
    except PageParseError:
        return
    if page.published_text is not None:
        assert dates.parse_date(page.published_text) is not None
