"""The CDX client's pure parts, the pace, and the local Wayback server's answers."""

from __future__ import annotations

import datetime as dt
import json
import urllib.error
import urllib.request

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citycrawl.archive.cdx import (
    FIELDS,
    Capture,
    CdxError,
    CdxQuery,
    distinct_captures,
    is_blocked,
    parse_cdx,
    parse_replay_url,
    parse_timestamp,
    redirect_target,
)
from citycrawl.archive.limiter import ArchivePace, retry_after_seconds
from citycrawl.archive.testserver import StoredCapture, WaybackServer, surt

START = dt.datetime(2015, 1, 1, tzinfo=dt.UTC)
END = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def test_a_query_asks_for_urlkey_whole_field_filters_and_a_resume_key() -> None:
    url = CdxQuery("eurocities.eu/latest/", START, END, limit=50).request_url("http://a.org/")
    assert url.startswith("http://a.org/cdx/search/cdx?url=eurocities.eu%2Flatest%2F")
    for part in (
        "matchType=prefix",
        "from=20150101000000",
        "to=20250101000000",
        "output=json",
        "collapse=digest",
        "limit=50",
        "showResumeKey=true",
        "filter=statuscode%3A200",
        "fl=urlkey%2Ctimestamp",
    ):
        assert part in url, part
    assert "resumeKey" not in url.split("showResumeKey")[1]
    assert "resumeKey=k+1" in CdxQuery("x/", START, END).next_page("k 1").request_url("http://a")


def test_an_answer_with_a_resume_key_and_bad_rows() -> None:
    rows = [
        list(FIELDS),
        ["eu,x)/a", "20190301120000", "https://x.eu/a", "text/html", "200", "D1", "10"],
        ["short"],
        ["eu,x)/b", "2019xx", "u", "", "", "", ""],
        ["eu,x)/c", "20190301120000", "https://x.eu:99999/c", "text/html", "200", "D2", "9"],
        ["eu,x)/d", "20190301120000", "http://[x.eu/d", "text/html", "200", "D3", "9"],
        [],
        ["eu,x)/a 20190301120000"],
    ]
    page = parse_cdx(json.dumps(rows).encode())
    assert [c.original for c in page.captures] == ["https://x.eu/a"]
    assert page.resume_key == "eu,x)/a 20190301120000"
    assert page.bad_rows == 4


def test_an_answer_in_the_archives_own_field_order_without_header_or_rows() -> None:
    rows = [["original", "timestamp"], ["https://x.eu/a", "2019"]]
    page = parse_cdx(json.dumps(rows).encode())
    assert page.captures[0].timestamp == "20190101000000"
    assert page.captures[0].captured_at == dt.datetime(2019, 1, 1, tzinfo=dt.UTC)
    assert parse_cdx(b"").captures == parse_cdx(b"[]").captures == []
    with pytest.raises(CdxError):
        parse_cdx(b"<html>Gateway Time-out</html>")
    with pytest.raises(CdxError):
        parse_cdx(b'{"error": "x"}')


def capture(url: str, ts: str, digest: str) -> Capture:
    return Capture(surt(url), ts, url, digest=digest)


def test_identical_captures_are_dropped_even_when_not_adjacent() -> None:
    rows = [
        capture("https://x.eu/a", "20190101000000", "A"),
        capture("https://x.eu/a", "20200101000000", "B"),
        capture("https://x.eu/a", "20210101000000", "A"),  # collapse kept it: not adjacent
        capture("https://x.eu/b", "20210101000000", "A"),  # same bytes, another page
        capture("https://x.eu/a", "20200101000000", "B"),
    ]  # the same row, asked twice
    kept = [(c.original, c.timestamp) for c in distinct_captures(rows)]
    assert kept == [
        ("https://x.eu/a", "20190101000000"),
        ("https://x.eu/a", "20200101000000"),
        ("https://x.eu/b", "20210101000000"),
    ]


@given(
    st.datetimes(min_value=dt.datetime(1996, 1, 1), max_value=dt.datetime(2030, 1, 1)),
    st.integers(min_value=2, max_value=20_000),
)
def test_splitting_covers_the_range_without_gaps(start: dt.datetime, days: int) -> None:
    start = start.replace(microsecond=0, tzinfo=dt.UTC)
    query = CdxQuery("x/", start, start + dt.timedelta(days=days))
    halves = query.split(dt.timedelta(days=1))
    assert halves is not None
    first, second = halves
    assert (first.start, second.end) == (query.start, query.end)
    assert second.start == first.end + dt.timedelta(seconds=1)
    assert first.end - first.start < query.end - query.start
    assert CdxQuery("x/", start, start + dt.timedelta(hours=5)).split(dt.timedelta(days=1)) is None


def test_replay_urls_and_where_their_redirects_lead() -> None:
    target = parse_replay_url("https://web.archive.org/web/20190301id_/http:/x.eu/a?b=1")
    assert target is not None
    assert (target.timestamp, target.original) == ("20190301000000", "http://x.eu/a?b=1")
    assert parse_replay_url("https://web.archive.org/about/") is None
    archive, replay, original = (
        "http://a.org",
        "http://a.org/web/20190301000000id_/https://x.eu/a",
        "https://x.eu/a",
    )
    # The archive's own redirect (nearest capture, or a rewritten captured redirect)...
    assert redirect_target("/web/20190302000000id_/https://x.eu/a", replay, original, archive) == (
        "https://x.eu/a",
        "20190302000000",
    )
    # ...or the site's Location, relative to the page, never followed outside the archive.
    assert redirect_target("../b/", replay, "https://x.eu/a/c", archive) == (
        "https://x.eu/b/",
        None,
    )
    assert redirect_target("https://x.eu/new", replay, original, archive) == (
        "https://x.eu/new",
        None,
    )
    assert redirect_target("mailto:x@x.eu", replay, original, archive) is None


def test_blocked_answers() -> None:
    assert is_blocked(403, b"")
    assert is_blocked(404, b"org.archive.wayback.exception.AdministrativeAccessControlException")
    assert not is_blocked(404, b"<html>Page not found</html>")
    assert not is_blocked(200, b"blocked")


def test_the_pace_spaces_cdx_requests_and_a_pause_holds_every_request() -> None:
    now = [100.0]
    pace = ArchivePace(24, lambda: now[0])
    assert pace.wait(cdx=True) == 0
    assert pace.wait(cdx=True) == pytest.approx(2.5)
    now[0] += 2.5
    assert pace.wait(cdx=True) == 0
    assert pace.wait(cdx=False) == 0  # raw captures are not counted against the CDX pace
    assert pace.pause(30) == 30
    assert pace.pause(5) == 30  # a shorter pause never shortens a longer one
    assert pace.wait(cdx=False) == pytest.approx(30)
    now[0] += 30
    assert pace.wait(cdx=False) == 0
    with pytest.raises(ValueError, match="positive"):
        ArchivePace(0, lambda: 0.0)


def test_retry_after_in_seconds_or_as_a_date() -> None:
    now = dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)
    assert retry_after_seconds("120", now) == 120
    assert retry_after_seconds("Thu, 01 Jan 2026 12:01:30 GMT", now) == 90
    assert retry_after_seconds("Thu, 01 Jan 2026 11:00:00 GMT", now) == 0
    assert retry_after_seconds("soon", now) is None
    assert retry_after_seconds(None, now) is None


# -- the local server -----------------------------------------------------------------


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def stored(ts: str, path: str, body: bytes = b"<html></html>", **kw: object) -> StoredCapture:
    return StoredCapture(ts, f"https://www.x.eu{path}", body=body, **kw)  # type: ignore[arg-type]


def test_the_server_filters_whole_fields_collapses_neighbours_and_pages() -> None:
    captures = [
        stored("20190101000000", "/a"),
        stored("20190201000000", "/a"),
        stored("20190301000000", "/a", b"<html>2</html>"),
        stored("20190401000000", "/a"),
        stored("20190101000000", "/b", status=404),
        stored("20190101000000", "/ab", content_type="application/pdf"),
    ]
    with WaybackServer(captures) as server:
        base = f"{server.origin}/cdx/search/cdx?url=x.eu/a&output=json"
        _, _, body = get(base + "&matchType=prefix&filter=statuscode:20")
        assert json.loads(body) == []  # "20" does not match the whole of "200"
        _, _, body = get(base + "&collapse=digest&fl=timestamp")
        assert [r[0] for r in json.loads(body)[1:]] == [
            "20190101000000",
            "20190301000000",
            "20190401000000",
        ]
        every = base.replace("url=x.eu/a", "url=x.eu/")
        _, _, body = get(every + "&matchType=prefix&filter=!mimetype:application/pdf&fl=original")
        assert {r[0] for r in json.loads(body)[1:]} == {"https://www.x.eu/a", "https://www.x.eu/b"}
        _, _, body = get(base + "&from=201902&to=201903&fl=timestamp")
        assert [r[0] for r in json.loads(body)[1:]] == ["20190201000000", "20190301000000"]
        rows, key = [], None
        while True:
            query = base + "&fl=urlkey,timestamp,original&limit=1&showResumeKey=true"
            page = parse_cdx(get(query + (f"&resumeKey={key}" if key else ""))[2])
            rows += page.captures
            if not (key := page.resume_key):
                break
        assert len(rows) == 4
        # Without urlkey among the fields there is no resume key: paging silently stops.
        page = parse_cdx(get(base + "&fl=timestamp,original&limit=1&showResumeKey=true")[2])
        assert (len(page.captures), page.resume_key) == (1, None)


def test_the_server_replays_the_nearest_capture_through_a_redirect() -> None:
    captures = [
        stored("20190101000000", "/a", b"<html>one</html>"),
        stored("20190301000000", "/a", b"<html>two</html>"),
    ]
    with WaybackServer(captures) as server:
        status, headers, body = get(f"{server.origin}/web/20190101000000id_/https://www.x.eu/a")
        assert (status, body) == (200, b"<html>one</html>")
        status, headers, _ = get(f"{server.origin}/web/20190220id_/https://x.eu/a")
        assert status == 302
        assert headers["Location"].endswith("/web/20190301000000id_/https://www.x.eu/a")
        assert get(f"{server.origin}/web/2019id_/https://x.eu/none")[0] == 404


def test_the_server_answers_429_with_retry_after_504_when_wide_and_403_when_blocked() -> None:
    with WaybackServer(
        [stored("20190101000000", "/a")],
        cdx_per_window=1,
        window=30,
        wide_days=400,
        blocked=["x.eu/private/"],
    ) as server:
        cdx = f"{server.origin}/cdx/search/cdx?url=x.eu/a&output=json"
        assert get(cdx + "&from=2019&to=2019")[0] == 200
        status, headers, _ = get(cdx + "&from=2019&to=2019")
        assert status == 429
        assert 1 <= int(headers["Retry-After"]) <= 30
        assert get(f"{server.origin}/web/2019id_/https://x.eu/a")[0] == 429
        assert [(e.path, e.refused_path) for e in server.early] == [
            (
                "/web/2019id_/https://x.eu/a",
                "/cdx/search/cdx?url=x.eu/a&output=json&from=2019&to=2019",
            )
        ]
    with WaybackServer(
        [stored("20190101000000", "/a")], wide_days=400, blocked=["x.eu/private/"]
    ) as server:
        assert get(f"{server.origin}/cdx/search/cdx?url=x.eu/a&from=2010&to=2019")[0] == 504
        status, _, body = get(f"{server.origin}/cdx/search/cdx?url=x.eu/private/&from=2019&to=2019")
        assert status == 403
        assert is_blocked(status, body)


def test_timestamps_are_utc() -> None:
    assert parse_timestamp("20190301123456") == dt.datetime(2019, 3, 1, 12, 34, 56, tzinfo=dt.UTC)


def test_an_answer_in_cdx_lines_when_the_archive_ignores_output_json() -> None:
    line = "eu,x)/a 20190301120000 http://x.eu:80/a text/html 200 D1 10\n"
    page = parse_cdx(line.encode() * 2)
    assert [c.timestamp for c in page.captures] == ["20190301120000"] * 2
    with pytest.raises(CdxError):
        parse_cdx(b"<html>Gateway Time-out</html>\n")


def test_a_capture_under_a_default_port_is_the_sites() -> None:
    from citycrawl.archive.backfill import BackfillPlan

    plan = BackfillPlan("http://a.org", ("x.eu/",), frozenset({"x.eu"}), START, END)
    assert plan.on_site("http://www.x.eu:80/a")
    assert plan.on_site("https://x.eu/a")
    assert not plan.on_site("https://staging.x.eu/a")
    assert not plan.on_site("ftp://x.eu/a")


def test_a_backfill_asks_for_every_host_of_the_site() -> None:
    from citycrawl.sites.eurocities import PROFILE
    from citycrawl.spiders.network import CrawlArguments

    plan = CrawlArguments.from_strings({"archive": "wayback"}, PROFILE).backfill_plan()
    assert {prefix.split("/", 1)[0] for prefix in plan.prefixes} == PROFILE.hosts
    # The old site's paths on each of its hosts, the new site's sections on the base host.
    assert {"wsdomino.eurocities.eu/eurocities/", "eurocities.eu/eurocities/"} <= set(plan.prefixes)
    assert "eurocities.eu/latest_categories/news/" in plan.prefixes
    assert len(plan.prefixes) == len(set(plan.prefixes))
    assert plan.site_hosts == PROFILE.hosts


def test_captures_of_one_page_under_two_hosts_are_one_when_their_digest_is() -> None:
    def key(c: Capture) -> str:
        return c.original.split("://", 1)[1].removeprefix("www.").removeprefix("old.")

    rows = [
        capture("http://old.x.eu/doc", "20190101000000", "A"),
        capture("http://x.eu/doc", "20190301000000", "A"),  # the same bytes, other host
        capture("http://x.eu/doc", "20200101000000", "B"),  # changed since
        capture("http://old.x.eu/other", "20190101000000", "A"),  # another page
    ]
    kept = [(c.original, c.timestamp) for c in distinct_captures(rows, key)]
    assert kept == [
        ("http://old.x.eu/doc", "20190101000000"),
        ("http://x.eu/doc", "20200101000000"),
        ("http://old.x.eu/other", "20190101000000"),
    ]
    assert len(list(distinct_captures(rows))) == 4  # by URL key alone: every host apart


def test_the_card_is_the_nearest_read_before_ties_by_listing_url() -> None:
    from citycrawl.archive.cards import Card, nearest_card
    from citycrawl.parsing.model import ListingEntry

    def card(day: int, listing: str) -> Card:
        entry = ListingEntry(url="https://x.eu/a", title=listing)
        return Card(dt.datetime(2019, 3, day, tzinfo=dt.UTC), entry, listing)

    cards = [
        card(5, "https://x.eu/p"),
        card(5, "https://x.eu/i"),
        card(1, "https://x.eu/o"),
        card(9, "https://x.eu/z"),
    ]
    at = dt.datetime(2019, 3, 6, tzinfo=dt.UTC)
    assert nearest_card(cards, at) == cards[1]
    assert nearest_card(list(reversed(cards)), at) == cards[1]  # whatever the arrival order
    assert nearest_card(cards, dt.datetime(2019, 2, 1, tzinfo=dt.UTC)) == cards[2]
    assert nearest_card([], at) is None


def test_numbers_in_a_json_answer_are_read_as_text() -> None:
    rows = [
        ["urlkey", "timestamp", "original", "statuscode", "length"],
        ["eu,x)/a", 20190301120000, "https://x.eu/a", 200, 10],
        ["eu,x)/b", "2019", None, 1, 1],
    ]
    page = parse_cdx(json.dumps(rows).encode())
    assert [(c.timestamp, c.statuscode) for c in page.captures] == [("20190301120000", "200")]
    assert page.bad_rows == 1
