"""One malformed URL or number never loses a listing or a document (issue 11, item 1).

Every saved page (``fixtures/*/*/*/page.html``) is parsed again with bad links and odd
numbers put in: a card's or the pager's link replaced by a URL that ``urljoin`` or
Scrapy's ``Request`` refuse, empty bad links anywhere in the page, bad canonical /
next / base links in the head, page numbers ``str.isdigit`` accepts and ``int`` does
not. The parser must keep everything else it read from the page and count what it
skipped (``bad_links``). Each fuzzed page is compared with the same page where every
bad link is a ``mailto:`` link instead (a link that is no page, skipped by design): the
two must read alike, so what is measured is the handling of the bad link, not how a
layout reacts to one more ``<a>`` in its structure. Bounded hypothesis runs, so CI stays
fast.
"""

from __future__ import annotations

import dataclasses
import html
import re
import unicodedata
from typing import Any

import pytest
import scrapy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citycrawl import sites
from citycrawl.parsing.html import absolute_url, collect_bad_links, whole_number
from citycrawl.parsing.model import DocumentPage, ListingPage, PageParseError
from citycrawl.sites.base import PageLayout
from citycrawl.urls import canonical_url, http_url
from tests.fixture_cases import FixtureCase, iter_cases

CASES = list(iter_cases())
LISTINGS = [c for c in CASES if c.meta["kind"] == "listing"]
FUZZ = settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Every character NFKC turns into a URL delimiter: urllib refuses them in a host.
NFKC_DELIMITERS = [
    ch
    for ch in map(chr, range(0xA0, 0x10000))
    if not 0xD800 <= ord(ch) <= 0xDFFF
    and any(d in unicodedata.normalize("NFKC", ch) for d in "/?#@:")
]
HOSTS = st.from_regex(r"[a-z0-9]{1,12}(\.[a-z]{2,6})?", fullmatch=True)
PATHS = st.from_regex(r"[a-z0-9/_-]{0,20}", fullmatch=True)

#: Links no crawler can request, by class: unclosed IPv6 brackets (absolute and
#: scheme-relative), hosts with characters NFKC folds into delimiters, ports out of
#: range or not numbers.
BAD_URLS = st.one_of(
    st.builds(lambda h, p: f"http://[{h}/{p}", HOSTS, PATHS),
    st.builds(lambda h: f"//[{h}", st.from_regex(r"[0-9a-f:]{0,10}", fullmatch=True)),
    st.builds(lambda h, p: f"https://{h}]/{p}", HOSTS, PATHS),
    st.builds(
        lambda a, c, b, p: f"http://{a}{c}{b}/{p}",
        HOSTS,
        st.sampled_from(NFKC_DELIMITERS),
        HOSTS,
        PATHS,
    ),
    st.builds(lambda h, n: f"http://{h}:{n}/x", HOSTS, st.integers(65536, 10**40)),
    st.builds(
        lambda h, n: f"//{h}:{n}/", HOSTS, st.from_regex(r"[a-z]{1,6}|-[0-9]{1,4}", fullmatch=True)
    ),
)
#: Numbers that ``str.isdigit`` accepts and ``int`` refuses, or too long for ``int``.
ODD_NUMBERS = st.one_of(
    st.text(st.sampled_from("²³¹⁴⁵①②⑴⒈"), min_size=1, max_size=4),
    st.integers(4301, 9000).map(lambda n: "9" * n),
    st.sampled_from(["-1", "+2", "1e3", "0x10", "", " 2"]),
)
#: ``href="…"``, ``href='…'`` and unquoted values, as written in the page source.
HREF_RE = re.compile(rb"""(href\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", re.IGNORECASE)
BASE_RE = re.compile(rb"""<base\s[^>]*href\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
#: A link that is no page (skipped by design): the control for each bad link.
NO_PAGE = "mailto:nobody@example.org"
TAG_START_RE = re.compile(rb"<(?:a|p|li|div|span|td|h[1-6]|/body)[\s>]", re.IGNORECASE)


def attribute(value: str) -> bytes:
    """``value`` as a double-quoted attribute any page encoding can hold."""
    escaped = html.escape(value, quote=True)
    return ('"' + escaped.encode("ascii", "xmlcharrefreplace").decode("ascii") + '"').encode()


def layout_of(case: FixtureCase) -> PageLayout:
    return sites.get(case.meta["site"]).layout(case.layout)


def read(case: FixtureCase, body: bytes, url: str | None = None) -> ListingPage | DocumentPage:
    layout = layout_of(case)
    parse = layout.read_listing if case.meta["kind"] == "listing" else layout.read_document
    return parse(body, url or case.meta["url"], case.meta.get("content_type"))


def comparable(page: ListingPage | DocumentPage) -> dict[str, Any]:
    """What the page says, without the bad-link count and the canonical links (a bad
    one put before the real one is skipped, the real one still read)."""
    data = dataclasses.asdict(page)
    for key in ("bad_links",):
        data.pop(key)
    return data


def targets(page: ListingPage | DocumentPage) -> set[str]:
    """URLs the parser read from links: entries and next pages, or canonical links."""
    if isinstance(page, ListingPage):
        return {e.url for e in page.entries} | set(page.next_page_urls)
    return {u for u in (page.canonical_url, page.shortlink) if u}


def href_spans(case: FixtureCase, body: bytes, wanted: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, resolved URL) of each href value in ``body`` that resolves into ``wanted``."""
    base_match = BASE_RE.search(body)
    bases = [case.meta["url"]]
    if base_match:
        bases.insert(
            0,
            absolute_url(html.unescape(base_match.group(1).decode("latin-1")), bases[0])
            or bases[0],
        )
    spans = []
    for match in HREF_RE.finditer(body):
        group = next(g for g in (2, 3, 4) if match.group(g) is not None)
        value = html.unescape(match.group(group).decode("latin-1"))
        for base in bases:
            resolved = absolute_url(value, base)
            if resolved in wanted:
                spans.append((match.start(group), match.end(group), resolved))
                break
    return spans


def insert_links(body: bytes, positions: list[int], hrefs: list[str]) -> bytes:
    """``body`` with an empty ``<a href>`` of ``hrefs`` before each of ``positions``."""
    for position, href in reversed(list(zip(positions, hrefs, strict=True))):
        body = body[:position] + b"<a href=" + attribute(href) + b"></a>" + body[position:]
    return body


def assert_reads_like_control(
    case: FixtureCase, build: Any, bads: list[str]
) -> ListingPage | DocumentPage:
    """The page built with ``bads`` reads as the one built with ``mailto:`` links."""
    page = read(case, build(bads))
    control = read(case, build([NO_PAGE] * len(bads)))
    assert comparable(page) == comparable(control)
    assert control.bad_links <= page.bad_links <= control.bad_links + len(set(bads))
    return page


# ----------------------------------------------------------------------------- helpers


@given(href=BAD_URLS, base=st.sampled_from(["https://eurocities.eu/latest/", "http://h/x?a=1"]))
@settings(max_examples=300, deadline=None)
def test_a_bad_link_resolves_to_none_and_is_counted(href: str, base: str) -> None:
    with collect_bad_links() as bad:
        assert absolute_url(href, base) is None
    assert bad == {href}


@given(
    href=st.text(max_size=40),
    base=st.sampled_from(["https://eurocities.eu/a/", "http://[::1]:8080/"]),
)
@settings(max_examples=500, deadline=None)
def test_every_resolved_link_can_be_requested(href: str, base: str) -> None:
    """Whatever ``absolute_url`` lets through, Scrapy and the URL helpers accept."""
    url = absolute_url(href, base)
    if url is not None:
        scrapy.Request(url)
        canonical_url(url)
        assert http_url(url) == url


def test_a_bad_base_is_a_bad_link_not_a_crash() -> None:
    with collect_bad_links() as bad:
        assert absolute_url("/x", "http://[oops/") is None
    assert bad == {"/x"}


def test_non_http_links_are_not_bad_links() -> None:
    with collect_bad_links() as bad:
        for href in ("mailto:a@b.eu", "javascript:void(0)", "tel:+32", "#top", "", "   "):
            assert absolute_url(href, "https://eurocities.eu/") is None
    assert bad == set()


@given(number=ODD_NUMBERS)
def test_whole_number_never_raises(number: str) -> None:
    assert whole_number(number) is None or whole_number(number) == int(number)


def test_whole_number_reads_plain_and_unicode_decimals() -> None:
    assert [whole_number(t) for t in ("0", "12", "٣", "999999999")] == [0, 12, 3, 999999999]
    assert whole_number("1234567890") is None  # longer than any page number


# ------------------------------------------------------------------------------- pages


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
@given(data=st.data())
@FUZZ
def test_a_bad_link_where_a_good_one_was_loses_only_that_link(
    case: FixtureCase, data: st.DataObject
) -> None:
    """A card's (or the pager's, or the canonical) link made bad: everything else stays."""
    clean = read(case, case.body)
    spans = href_spans(case, case.body, targets(clean))
    if not spans:
        return
    start, end, lost = data.draw(st.sampled_from(spans))
    bad = data.draw(BAD_URLS)
    page = read(case, case.body[:start] + attribute(bad)[1:-1] + case.body[end:])
    control = read(case, case.body[:start] + attribute(NO_PAGE)[1:-1] + case.body[end:])
    assert comparable(page) == comparable(control)
    # Counted when the parser read that link: surely when the control lost the URL too
    # (a page may also name its next page twice and read only the first, or give its
    # canonical URL again in og:url).
    assert control.bad_links <= page.bad_links <= control.bad_links + 1
    if lost not in targets(control):
        assert page.bad_links == control.bad_links + 1
    # Every other document and next page is still found. (Their fields may differ where
    # a layout reads items by their links, as Domino's lists do: without the link, the
    # text around it is read as part of a neighbour.)
    assert targets(clean) - {lost} <= targets(page)
    if isinstance(page, ListingPage):
        assert len(page.entries) >= len(clean.entries) - 1
    else:
        assert (page.title, page.body, page.date_text) == (clean.title, clean.body, clean.date_text)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
@given(data=st.data())
@FUZZ
def test_empty_bad_links_anywhere_change_nothing_else(
    case: FixtureCase, data: st.DataObject
) -> None:
    """Bad links in the chrome (menu, footer) and between cards: the page reads the same."""
    positions = [m.start() for m in TAG_START_RE.finditer(case.body)]
    chosen = sorted(data.draw(st.lists(st.sampled_from(positions), min_size=1, max_size=4)))
    bads = [data.draw(BAD_URLS) for _ in chosen]
    assert_reads_like_control(case, lambda hrefs: insert_links(case.body, chosen, hrefs), bads)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
@given(data=st.data())
@FUZZ
def test_bad_canonical_next_and_base_links_change_nothing_else(
    case: FixtureCase, data: st.DataObject
) -> None:
    has_base = BASE_RE.search(case.body) is not None
    bads = [data.draw(BAD_URLS) for _ in range(5 if has_base else 6)]

    def build(hrefs: list[str]) -> bytes:
        head = b"".join(
            b'<link rel="' + rel + b'" href=' + attribute(href) + b">"
            for rel, href in zip((b"canonical", b"next", b"shortlink"), hrefs, strict=False)
        )
        tail = b"".join(
            b"<nav><a " + marker + b" href=" + attribute(href) + b"></a></nav>"
            for marker, href in zip((b'class="next"', b'rel="next"'), hrefs[3:], strict=False)
        )
        if not has_base:
            head += b"<base href=" + attribute(hrefs[5]) + b">"
        body = re.sub(
            rb"(<head[^>]*>)", lambda m: m.group(1) + head, case.body, count=1, flags=re.I
        )
        return re.sub(rb"(</body)", lambda m: tail + m.group(1), body, count=1, flags=re.I)

    assert_reads_like_control(case, build, bads)


@pytest.mark.parametrize("case", LISTINGS, ids=[c.name for c in LISTINGS])
@given(number=ODD_NUMBERS, data=st.data())
@FUZZ
def test_odd_page_numbers_never_break_a_listing(
    case: FixtureCase, number: str, data: st.DataObject
) -> None:
    """``?page=²``, ``/page/<5,000 digits>/``, ``&newsstart=①``: in the links and the URL."""
    clean = read(case, case.body)
    assert isinstance(clean, ListingPage)
    query = data.draw(st.sampled_from(["page", "paged", "newsstart", "start"]))
    pager = b"".join(
        b"<nav><a href=" + attribute(href) + b">" + text.encode() + b"</a></nav>"
        for href, text in (
            (f"?{query}={number}", "2"),
            (f"/page/{number}/", "3"),
            (f"&{query}={number}", number[:3] or "x"),
        )
    )
    body = re.sub(rb"(</body)", lambda m: pager + m.group(1), case.body, count=1, flags=re.I)
    page = read(case, body)
    assert isinstance(page, ListingPage)
    assert [e.url for e in page.entries] == [e.url for e in clean.entries]
    # The numbers are no page numbers, so no new next page (the pager links say no
    # "next": a link that does is the next page whatever its URL).
    assert set(page.next_page_urls) <= set(clean.next_page_urls)
    # The page's own URL carrying the odd number: read as page 1, never a crash.
    separator = "&" if "?" in case.meta["url"] else "?"
    read(case, case.body, f"{case.meta['url']}{separator}{query}={number}")


# --------------------------------------------------------------------- unexpected bugs


class _BuggyLayout(PageLayout):
    name = "buggy"

    def parse_listing(self, body: bytes, url: str, content_type: str | None = None) -> ListingPage:
        return ListingPage(url, self.name, [])[int("²")]  # type: ignore[index]

    def parse_document(
        self, body: bytes, url: str, content_type: str | None = None
    ) -> DocumentPage:
        raise RecursionError("maximum recursion depth exceeded")


@pytest.mark.parametrize("kind", ["listing", "document"])
def test_a_parser_bug_is_a_parse_error_of_that_page(kind: str) -> None:
    layout = _BuggyLayout()
    parse = layout.read_listing if kind == "listing" else layout.read_document
    with pytest.raises(PageParseError) as caught:
        parse(b"<html><body>x</body></html>", "https://example.org/p")
    assert caught.value.reason == "unexpected"
    assert caught.value.url == "https://example.org/p"
    assert isinstance(caught.value.__cause__, ValueError | RecursionError)


def test_a_parse_error_keeps_its_reason() -> None:
    layout = layout_of(LISTINGS[0])
    with pytest.raises(PageParseError) as caught:
        layout.read_listing(b"   ", "https://eurocities.eu/x/")
    assert caught.value.reason == "empty_page"


@pytest.mark.parametrize(
    "location", ["http://[x/", "//[::1", "http://ex℀.org/a", "http://h:99999/"]
)
def test_an_archive_redirect_to_a_bad_url_is_no_target(location: str) -> None:
    from citycrawl.archive.cdx import parse_replay_url, redirect_target

    archive = "https://web.archive.org"
    replay = f"{archive}/web/20200101000000id_/https://eurocities.eu/a/"
    assert redirect_target(location, replay, "https://eurocities.eu/a/", archive) is None
    assert parse_replay_url(f"{archive}/web/20200101000000/{location}") is None
