"""Targeted tests of the old-layout (Lotus Domino) parser.

The real markup is unknown, so the same real text (from the site's stored copies) is
rendered in several plausible markups and must read the same; hostile inputs must give
fields or a PageParseError, never another exception.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Callable

import pytest

from citycrawl.parsing.model import DocumentPage, ListingPage, PageParseError
from citycrawl.sites.eurocities import domino
from tests.fixture_cases import FIXTURES, FixtureCase, iter_cases

ISSUE_URL = "http://www.eurocities.eu/eurocities/issues/smart-cities-issue"
NEWS = (
    "/eurocities/news/"
    "EUROCITIES-takes-part-in-the-European-Day-of-Persons-with-Disabilities-2018-WSPO-B7BSL3"
)
EVENT = "/eurocities/calendar/events_list/Webinar-on-citizens-for-energy-saving-WSPO-B7VR2K"

# (themes, title, href, teaser, dates): real text of smart-cities-issue, including an item
# printed with a theme and dates only, and one without a teaser.
ITEMS: list[tuple[list[str], str, str, str, tuple[str, ...]]] = [
    (
        [],
        "Webinar on active involvement of citizens for energy saving",
        EVENT,
        "The Sharing Cities programme will host a webinar on the Digital Social Market (DSM) in "
        "Lisbon, an online engagement platform on Thursday 17 January 2019, 15:00-16:00 "
        "(CET, Brussels time).",
        ("start date", "17-01-2019", "end date", "17-01-2019"),
    ),
    (["knowledge society"], "", "", "", ("start date", "28-03-2019", "end date", "28-03-2019")),
    (
        ["mobility", "cooperation"],
        "EUROCITIES takes part in the European Day of Persons with Disabilities 2018",
        NEWS,
        "",
        ("publication date", "10-12-2018"),
    ),
]


def _labels(dates: tuple[str, ...], sep: str) -> list[tuple[str, str]]:
    return [(f"{dates[i]}{sep}", dates[i + 1]) for i in range(0, len(dates), 2)]


def markup_divs(sep: str = ":") -> str:
    out = []
    for themes, title, href, teaser, dates in ITEMS:
        out.append('<div class="item">')
        out += [f'<ul><li><img src="/i/dot.gif" alt=""> {t}</li></ul>' for t in themes]
        out.append(f'<h3><a href="{href}">{title}</a></h3>' if title else "")
        out.append(f"<p>{teaser}</p>" if teaser else "")
        out += [f"<p>{label} {value}</p>" for label, value in _labels(dates, sep)]
        out.append("</div>")
    return "\n".join(out)


def markup_table(sep: str = ":") -> str:
    rows = []
    for themes, title, href, teaser, dates in ITEMS:
        if themes:
            rows.append("<tr><td colspan=2>" + " ".join(f"&bull;&nbsp; {t}" for t in themes))
        if title:
            rows.append(f'<tr><td colspan=2><a href="{href}">{title}</a>')
        if teaser:
            rows.append(f"<tr><td colspan=2>{teaser}")
        rows += [f"<tr><td>{label}<td>{value}" for label, value in _labels(dates, sep)]
    return "<table>" + "\n".join(rows) + "</table>"


def markup_ul(sep: str = ":") -> str:
    out = ["<ul>"]
    for themes, title, href, teaser, dates in ITEMS:
        out.append("<li>")
        out += [f'<img src="/icons/{t}.png"> {t}<br>' for t in themes]
        out.append(f'<a href="{href}"><b>{title}</b></a><br>' if title else "")
        out.append(f"<span>{teaser}</span><br>" if teaser else "")
        out += [
            f"<span>{label}</span>&nbsp;<span>{value}</span><br>"
            for label, value in _labels(dates, sep)
        ]
        out.append("</li>")
    return "\n".join([*out, "</ul>"])


def markup_dl(sep: str = ":") -> str:
    out = []
    for themes, title, href, teaser, dates in ITEMS:
        out.append("<dl>")
        out += [f"<dt>\u2022  {t}</dt>" for t in themes]
        out.append(f'<dt><a href="{href}">{title}</a></dt>' if title else "")
        out.append(f"<dd>{teaser}</dd>" if teaser else "")
        out += [f"<dt>{label}</dt><dd>{value}</dd>" for label, value in _labels(dates, sep)]
        out.append("</dl>")
    return "\n".join(out)


def markup_br(sep: str = ":") -> str:
    """One cell per item, lines separated by <br> only."""
    cells = []
    for themes, title, href, teaser, dates in ITEMS:
        lines = [f"\u2022 {t}" for t in themes]
        lines += [f'<a href="{href}">{title}</a>'] if title else []
        lines += [teaser] if teaser else []
        lines += [f"<i>{label} {value}</i>" for label, value in _labels(dates, sep)]
        cells.append("<tr><td>" + "<br>\n".join(lines) + "</td></tr>")
    return "<table>" + "".join(cells) + "</table>"


MARKUPS: dict[str, Callable[..., str]] = {
    "divs": markup_divs,
    "table": markup_table,
    "ul": markup_ul,
    "dl": markup_dl,
    "br": markup_br,
}
CHROME = (
    '<html lang="en"><head><title>EUROCITIES - smart cities</title></head><body>'
    '<table><tr><td class="left"><h3>select a topic</h3><ul>'
    '<li><a href="/eurocities/forums/economy">economy</a></li>'
    '<li><a href="/eurocities/forums/mobility">mobility</a></li></ul>'
    '<p><a href="/eurocities/news/Lublin-citizens-panel-WSPO-B7DJR3">Lublin citizens panel</a></p>'
    "</td><td><h1>smart cities</h1><p>A smart city is also an inclusive place.</p>{list}"
    '<p><a href="smart-cities-issue&amp;newsstart=11&amp;newscount=10&amp;'
    'contentURL=smart-cities-issue">next</a></p></td></tr></table>'
    "<p>EUROCITIES | Square de Meeûs 1 | B-1000 Brussels</p></body></html>"
)


def _page(list_html: str) -> bytes:
    return CHROME.replace("{list}", list_html).encode("utf-8")


def _listing(list_html: str) -> ListingPage:
    return domino.parse_listing(_page(list_html), ISSUE_URL, "text/html; charset=utf-8")


@pytest.mark.parametrize("markup", MARKUPS)
@pytest.mark.parametrize("sep", [":", " :", "", "\u00a0:"])
def test_same_text_in_any_markup_reads_the_same(markup: str, sep: str) -> None:
    page = _listing(MARKUPS[markup](sep))
    reference = _listing(markup_divs())
    assert page.entries == reference.entries
    assert page.skipped_entries == reference.skipped_entries == 1
    assert page.heading == "smart cities"
    assert page.next_page_urls == [
        "http://www.eurocities.eu/eurocities/issues/smart-cities-issue&newsstart=11"
        "&newscount=10&contentURL=smart-cities-issue"
    ]


def test_fields_of_each_item_stay_with_their_item() -> None:
    webinar, news = _listing(markup_table()).entries
    assert webinar.url == "http://www.eurocities.eu" + EVENT
    assert webinar.theme_labels == []
    assert webinar.summary is not None
    assert webinar.summary.endswith("15:00-16:00 (CET, Brussels time).")
    assert (webinar.start_text, webinar.end_text, webinar.published_text) == (
        "17-01-2019",
        "17-01-2019",
        None,
    )
    # The untitled knowledge-society event in between lends nothing to its neighbours.
    assert news.theme_labels == ["mobility", "cooperation"]
    assert news.summary is None
    assert (news.published_text, news.start_text) == ("10-12-2018", None)


def test_six_themes_in_one_line() -> None:
    html = (
        "<div>\u2022 cooperation \u2022 culture \u2022 economy \u2022 environment "
        "\u2022 knowledge society \u2022 mobility</div>"
        f'<h4><a href="{NEWS}">Title</a></h4><div>publication date : 05-05-2017</div>'
    )
    (entry,) = _listing(html).entries
    assert entry.theme_labels == [
        "cooperation",
        "culture",
        "economy",
        "environment",
        "knowledge society",
        "mobility",
    ]
    assert entry.published_text == "05-05-2017"


def test_generic_read_more_link_takes_the_heading_as_title() -> None:
    html = (
        "<div><h3>Democratic Cities</h3><p>Democratic Cities is an international conference "
        f'taking place in Madrid from 16-17 November.</p><a href="{EVENT}">read more</a>'
        "<p>start date: 12-10-2017<br>end date: 12-10-2017</p></div>"
    )
    (entry,) = _listing(html).entries
    assert entry.title == "Democratic Cities"
    assert entry.summary == (
        "Democratic Cities is an international conference taking place in Madrid "
        "from 16-17 November."
    )


def test_link_inside_a_teaser_is_not_a_new_item() -> None:
    html = (
        f'<h3><a href="{NEWS}">EU Parliament acts</a></h3><p>See also <a href="{EVENT}">the '
        "webinar</a> for the details of this resolution and of what comes next.</p>"
        "<p>publication date : 13-08-2018</p>"
    )
    (entry,) = _listing(html).entries
    assert entry.title == "EU Parliament acts"
    assert entry.summary is not None
    assert entry.summary.startswith("See also the webinar")


def test_image_link_and_title_link_to_one_document_make_one_item() -> None:
    html = (
        f'<div><a href="{NEWS}"><img src="/thumb.jpg" alt=""></a><h3><a href="{NEWS}">EU '
        "Parliament acts</a></h3><p>publication date: 13-08-2018</p></div>"
        f'<div><h3><a href="{NEWS}">EU Parliament acts</a></h3>'
        "<p>publication date: 13-08-2018</p></div>"
    )
    entries = _listing(html).entries
    assert [entry.title for entry in entries] == ["EU Parliament acts", "EU Parliament acts"]


def test_listing_strategy_says_whether_date_labels_framed_the_list() -> None:
    """``dated_region``: read inside the block that holds the date labels; a list that
    prints no dates (its labels gone in a redesign) is read on the ``whole_page``."""
    dated = _listing(
        f'<h3><a href="{NEWS}">EU Parliament acts</a></h3><p>publication date: 13-08-2018</p>'
    )
    assert dated.strategy == "dated_region"
    undated = _listing(f'<h3><a href="{NEWS}">EU Parliament acts</a></h3><p>A teaser.</p>')
    assert undated.strategy == "whole_page"
    # Without the frame, the page's other document links (a sidebar) are read too.
    assert "EU Parliament acts" in [e.title for e in undated.entries]
    assert len(undated.entries) > len(dated.entries)


def test_detail_field_sources_name_the_first_paragraph_summary_as_text() -> None:
    page = domino.parse_detail(
        (
            b"<html><body><h1>EU Parliament acts</h1><p>publication date: 13-08-2018</p>"
            b"<p>The first paragraph.</p><p>The second.</p></body></html>"
        ),
        "http://www.eurocities.eu" + NEWS.replace("EUROCITIES-takes-part", "EU-Parliament-acts"),
    )
    assert page.field_sources == {
        "title": "selector",
        "summary": "text",
        "body": "selector",
        "published_text": "selector",
    }


def test_page_without_a_list_is_no_listing() -> None:
    body = b"<html><body><h1>about us</h1><p>EUROCITIES is the network.</p></body></html>"
    with pytest.raises(PageParseError) as info:
        domino.parse_listing(body, "http://www.eurocities.eu/eurocities/about_us")
    assert info.value.reason == "no_listing"


def test_innovation_fixtures_in_three_markups_agree() -> None:
    cases = {case.path.name: case for case in iter_cases()}
    outputs = [
        cases[name].run()
        for name in ("innovation-issue", "innovation-issue-table", "innovation-issue-list")
    ]
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0]["entries"]) == 8


DETAIL_URL = (
    "http://www.eurocities.eu/eurocities/documents/"
    "EUROCITIES-strategic-framework-2014-2020-towards-an-EU-urban-agenda-for-cities-WSPO-9T2CS9"
)
DETAIL_BODY = (
    "Europe’s future lies in its cities. Well-performing cities and metropolitan areas are "
    "crucial not just for the local, regional and national level."
)


@pytest.mark.parametrize(
    "labels",
    [
        "<dl><dt>publication date</dt><dd>21-05-2015</dd><dt>document type</dt>"
        "<dd>policy publication</dd></dl>",
        "<table><tr><td>publication date</td><td>21-05-2015</td></tr>"
        "<tr><td>document type</td><td>policy publication</td></tr></table>",
        "<p>publication date: 21-05-2015<br>document type: policy publication</p>",
        "<div><b>publication date</b> 21-05-2015</div>"
        "<div><b>document type</b>: policy publication</div>",
    ],
)
def test_detail_labels_in_any_markup(labels: str) -> None:
    body = (
        '<html lang="en"><body><div class="related"><h3>related issues</h3></div><div>'
        "<h2>EUROCITIES strategic framework 2014-2020: towards an EU urban agenda for cities</h2>"
        f"<ul><li>cooperation</li><li>knowledge society</li></ul>{labels}<p>{DETAIL_BODY}</p>"
        '<p><a href="/files/framework.pdf">framework</a><a href="/files/framework.pdf">'
        "download/preview this file</a></p><h4>EUROCITIES staff contact</h4><p>Dorthe Nielsen</p>"
        "</div></body></html>"
    ).encode()
    page = domino.parse_detail(body, DETAIL_URL)
    assert (
        page.title
        == "EUROCITIES strategic framework 2014-2020: towards an EU urban agenda for cities"
    )
    assert page.theme_labels == ["cooperation", "knowledge society"]
    assert (page.published_text, page.document_type) == ("21-05-2015", "policy publication")
    assert page.body == page.summary == DETAIL_BODY
    assert page.authors == []
    assert page.language == "en"


def test_event_detail_with_title_in_a_bold_cell_and_menu_headings() -> None:
    body = (
        "<body><table><tr><td><h3>select a topic</h3><ul>"
        '<li><a href="/f/economy">economy</a></li><li><a href="/f/culture">culture</a></li></ul>'
        "</td><td><table><tr><td><font size=4><b>Social Affairs Forum - 22-24 October, Warsaw"
        "</b></font></td></tr><tr><td>&#8226;&nbsp; social affairs</td></tr>"
        "<tr><td>start date:</td><td>22-10-2019</td></tr>"
        "<tr><td>end date:</td><td>24-10-2019</td></tr>"
        "<tr><td>address:</td><td>Warsaw</td></tr><tr><td>country:</td><td>Poland</td></tr>"
        '<tr><td><a href="/register">Register for this event</a></td></tr>'
        "<tr><td>Save the Date for our autumn Social Affairs Forum meeting that will take "
        "place on 22-24 October 2019 in Warsaw.</td></tr>"
        "<tr><td>EUROCITIES staff contact<br>Thomas Jezequel</td></tr></table></td></tr>"
        "<tr><td>EUROCITIES | Square de Meeûs 1 | B-1000 Brussels</td></tr></table></body>"
    ).encode()
    url = (
        "http://wsdomino.eurocities.eu/eurocities/allcontent/"
        "Social-Affairs-Forum-22-24-October-Warsaw-WSPO-B88PX2"
    )
    page = domino.parse_detail(body, url)
    assert page.title == "Social Affairs Forum - 22-24 October, Warsaw"
    assert page.theme_labels == ["social affairs"]
    assert (page.start_text, page.end_text, page.location) == (
        "22-10-2019",
        "24-10-2019",
        "Warsaw, Poland",
    )
    assert page.body == page.summary
    assert page.body is not None
    assert page.body.startswith("Save the Date")


def test_forum_bullets_that_link_to_forums_do_not_hide_the_title() -> None:
    body = (
        b"<body><h1>Lublin citizens panel - three proposals on migration</h1><ul>"
        b'<li><a href="/f/cooperation">cooperation</a></li><li><a href="/f/economy">economy</a>'
        b"</li></ul><p>As part of our citizens panels initiative, Lublin (Poland) organised a "
        b"consultation on migration policy.</p></body>"
    )
    url = (
        "http://www.eurocities.eu/eurocities/news/"
        "Lublin-citizens-panel-three-proposals-on-migration-WSPO-B7DJR3"
    )
    page = domino.parse_detail(body, url)
    assert page.title == "Lublin citizens panel - three proposals on migration"
    assert page.theme_labels == ["cooperation", "economy"]


def test_empty_labels_take_no_value_from_the_body() -> None:
    body = (
        "<body><h1>EUROCITIES strategic framework 2014-2020</h1><p>publication date</p>"
        f"<p>document type</p><p>{DETAIL_BODY}</p></body>"
    ).encode()
    page = domino.parse_detail(body, DETAIL_URL)
    assert (page.published_text, page.document_type) == (None, None)
    assert page.body == DETAIL_BODY


def test_byline_is_an_author_and_staff_contact_is_not() -> None:
    body = (
        "<body><h1>EUROCITIES strategic framework 2014-2020</h1><p>By Dorthe Nielsen</p>"
        f"<p>{DETAIL_BODY}</p><p>EUROCITIES staff contact</p><p>Bianca Faragau-Tavares</p></body>"
    ).encode()
    page = domino.parse_detail(body, DETAIL_URL)
    assert page.authors == ["Dorthe Nielsen"]
    assert page.body is not None
    assert "Faragau" not in page.body


def test_detail_without_title_raises() -> None:
    body = b"<html><body><p>publication date</p></body></html>"
    with pytest.raises(PageParseError) as info:
        domino.parse_detail(body, DETAIL_URL)
    assert info.value.reason == "no_title"


HOSTILE: dict[str, bytes] = {
    "empty": b"",
    "bom_only": b"\xef\xbb\xbf",
    "whitespace": b" \n\t ",
    "lt_run": b"<" * 100,
    "deep_nesting": b"<div>" * 20_000 + b"publication date: 05-05-2017" + b"</div>" * 20_000,
    "control_chars": (
        "<h1>Ti\x08tle\x1f \uffff</h1><p>publication date:\x00 09-01-2019</p>".encode()
    ),
    "script_in_title": (
        "<title><script>alert(1)</script></title><h1>Braga<script>alert(1)</script></h1>"
        f'<h3><a href="{NEWS}">&lt;script&gt;alert(1)&lt;/script&gt;</a></h3>'
        "<p>publication date: 09-01-2019</p>"
    ).encode(),
    "unclosed": f'<table><tr><td><a href="{NEWS}">Title<td>publication date: 0'.encode(),
    "many_dates": b"<p>start date: 01-01-2019</p>" * 5_000,
    "latin1_no_charset": "<h1>Meeûs</h1><p>publication date : 05-05-2017</p>".encode("latin-1"),
    "attribute_1mib": b'<div class="' + b"a" * 2**20 + b'"><h1>Title</h1></div>',
    "pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj",
}


def _strings(result: object) -> list[str]:
    found: list[str] = []
    for value in dataclasses.asdict(result).values():  # type: ignore[call-overload]
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, dict):
                found += [v for v in item.values() if isinstance(v, str)]
                found += [s for v in item.values() if isinstance(v, list) for s in v]
            elif isinstance(item, str):
                found.append(item)
    return found


@pytest.mark.parametrize("parse", [domino.parse_listing, domino.parse_detail])
@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_gives_fields_or_parse_error(
    parse: Callable[..., ListingPage | DocumentPage], name: str
) -> None:
    try:
        result = parse(
            HOSTILE[name], NEWS.replace("/eurocities", "http://eurocities.eu/eurocities")
        )
    except PageParseError:
        return
    assert isinstance(result, ListingPage | DocumentPage)
    for text in _strings(result):
        assert "<script" not in text.lower()
        assert "\ufffd" not in text
        assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in text)


@pytest.mark.parametrize(
    "case",
    [case for case in iter_cases("eurocities") if case.layout == "domino"],
    ids=lambda case: case.name,
)
def test_listing_and_detail_parsers_survive_each_others_pages(case: FixtureCase) -> None:
    other = "parse_detail" if case.meta["kind"] == "listing" else "parse_listing"
    with contextlib.suppress(PageParseError):
        getattr(domino, other)(case.body, case.meta["url"], case.meta["content_type"])


def test_mirror_routes_point_at_existing_files() -> None:
    routes = json.loads((FIXTURES / "mirror" / "routes-domino.json").read_text(encoding="utf-8"))
    assert routes
    for route in routes:
        assert route["path"].startswith("/")
        assert "?" not in route["path"]
        if route["status"] == 200:
            assert (FIXTURES / route["file"]).is_file(), route["file"]
        elif route["status"] in (301, 302):
            assert route["location"]
