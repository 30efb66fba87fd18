"""Crawl tests (R-1 to R-11, R-15, R-16, R-24): the real spider against the fault server.

Every scenario is a listing on the fault server whose cards link to fault endpoints and
to normal articles. The crawls are independent, so the whole batch starts on first use,
three at a time, and each test asserts on its own crawl: its exit status, final stats,
log, peak RSS, the dataset it committed, and what the server saw (the ground truth).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

from citycrawl.dataset import read_ledger
from citycrawl.mirror import MirrorServer, start_paths
from tests.reliability.conftest import RETRY_TIMES, Crawl, RunningCrawl, run
from tests.reliability.faultserver import (
    CHARSET_CASES,
    MIB,
    TYPE_CASES,
    FaultServer,
    bomb,
)
from tests.reliability.textchecks import bad_strings

#: The first test to ask for a crawl waits for the whole batch (about a minute).
pytestmark = pytest.mark.timeout(600)

SPY = {
    "DOWNLOAD_HANDLERS": json.dumps(
        {s: "tests.reliability.spyhandler.SpyHandler" for s in ("file", "data", "ftp")}
    )
}
#: Peak RSS a crawl may add over the plain crawl's (R-10, R-11).
RSS_HEADROOM_MIB = 100
#: Scrapy decompresses in chunks of this size (scrapy.utils._compression._CHUNK_SIZE).
DECOMPRESSION_CHUNK = 64 * 1024
MAXSIZE = 10 * MIB


@dataclass
class Scenario:
    spider_args: dict[str, str]
    settings: dict[str, str]


class Batch:
    """Starts every scenario's crawl on first use (three at a time) and hands out results."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.scenarios: dict[str, Callable[[], Scenario]] = {}
        self.results: dict[str, Crawl] = {}
        self._lock = threading.Lock()

    def add(self, name: str, make: Callable[[], Scenario]) -> None:
        self.scenarios[name] = make

    def __getitem__(self, name: str) -> Crawl:
        with self._lock:
            if not self.results:
                self._run_all()
        return self.results[name]

    def _run_all(self, parallel: int = 3) -> None:
        pending = list(self.scenarios.items())
        running: list[tuple[str, RunningCrawl]] = []
        while pending or running:
            while pending and len(running) < parallel:
                name, make = pending.pop(0)
                scenario = make()
                settings = {**scenario.settings}
                if "DOWNLOAD_HANDLERS" in settings:
                    settings["CITYCRAWL_TEST_SPY_FILE"] = str(self.root / name / "spy.txt")
                running.append(
                    (name, RunningCrawl(self.root / name, scenario.spider_args, settings))
                )
            name, crawl = running.pop(0)
            self.results[name] = crawl.wait(timeout=180)


def listing_args(url: str, **extra: str) -> dict[str, str]:
    return {"start_urls": url, **extra}


@pytest.fixture(scope="module")
def mirror() -> Iterator[MirrorServer]:
    with MirrorServer() as mirror_server:
        yield mirror_server


@pytest.fixture(scope="module")
def robots_servers() -> Iterator[dict[str, FaultServer]]:
    """Origins whose robots.txt is missing (404), flaky (503 ×4, then fine), or down."""
    with (
        FaultServer(robots="404") as missing,
        FaultServer(robots="503x4") as flaky,
        FaultServer(robots="503") as down,
    ):
        yield {"404": missing, "503x4": flaky, "503": down}


@pytest.fixture(scope="module")
def batch(
    server: FaultServer,
    other_server: FaultServer,
    robots_servers: dict[str, FaultServer],
    mirror: MirrorServer,
    tmp_path_factory: pytest.TempPathFactory,
) -> Batch:
    o2 = other_server.origin
    for encoding in ("gzip", "deflate", "br"):
        bomb(encoding)  # build once, before any crawl times it
    b = Batch(tmp_path_factory.mktemp("crawls"))

    def simple(scn: str, hrefs: list[str], **settings: str) -> Callable[[], Scenario]:
        return lambda: Scenario(listing_args(server.add_listing(scn, hrefs)), dict(settings))

    b.add("plain", simple("plain", ["/plain/latest/one/", "/plain/latest/two/"]))
    b.add(
        "r01",
        simple("r01", ["/r01/flaky/europe/?fixture=article-news-author", "/r01/latest/other/"]),
    )
    b.add(
        "r02",
        simple("r02", ["/r02/status/always/?code=500", "/r02/latest/ok-a/", "/r02/latest/ok-b/"]),
    )
    b.add(
        "r03",
        simple(
            "r03",
            [f"/r03/alt429/item-{i}/" for i in range(6)],
            DOWNLOAD_DELAY="0.25",
            RANDOMIZE_DOWNLOAD_DELAY="False",
            AUTOTHROTTLE_ENABLED="True",
            AUTOTHROTTLE_START_DELAY="0.25",
            CONCURRENT_REQUESTS_PER_DOMAIN="1",
        ),
    )
    b.add(
        "r04",
        simple(
            "r04",
            ["/r04/wait/w/?s=600", "/r04/hang-after-headers/h/?s=600", "/r04/latest/ok/"],
            DOWNLOAD_TIMEOUT="2",
        ),
    )
    b.add("r05", simple("r05", ["/r05/drop/a/?abort=1", "/r05/drop/b/?abort=0", "/r05/latest/ok/"]))
    b.add(
        "r06",
        simple(
            "r06",
            [
                "/r06/broken/cl/",
                "/r06/broken-chunked/ch/",
                "/r06/torn-gzip/gz/",
                "/r06/latest/ok/",
            ],
        ),
    )

    def redirect(scn: str, name: str, target: str, **extra: str) -> str:
        query = "&".join(f"{k}={v}" for k, v in {"to": quote(target, safe=""), **extra}.items())
        return f"/{scn}/redirect/{name}/?{query}"

    b.add(
        "r07",
        simple(
            "r07",
            [
                "/r07/redirect-chain/0/",
                "/r07/redirect-loop/a/",
                redirect("r07", "file", "file:///etc/passwd"),
                redirect("r07", "data", "data:text/html,<h1>data page</h1>"),
                redirect("r07", "ftp", f"ftp://{server.netloc}/r07/ftp-target/"),
                redirect("r07", "offsite", f"{o2}/r07/latest/offsite-target/"),
                f"/r07/meta-refresh/mr/?to={quote('file:///etc/passwd', safe='')}",
                "/r07/latest/ok/",
            ],
            **SPY,
        ),
    )

    def credentials() -> Scenario:
        # Both origins are site hosts here, so the redirect is followed and the second
        # origin's spy sees exactly what the crawl sends after a cross-origin hop.
        other_server.add_listing("r07c", [])
        first = server.add_listing(
            "r07c", [redirect("r07c", "hop", f"{o2}/r07c/latest/spy-target/", cookie="1")]
        )
        return Scenario(
            listing_args(f"{first},{o2}/r07c/latest_categories/news/"),
            {"SPIDER_MIDDLEWARES": json.dumps({})},
        )

    b.add("r07c", credentials)
    b.add("r08", simple("r08", [f"/r08/charset/{case}/" for case in CHARSET_CASES]))
    b.add("r09", simple("r09", [f"/r09/type/{case}/" for case in TYPE_CASES]))
    b.add(
        "r10",
        simple("r10", ["/r10/huge/cl/?cl=1", "/r10/huge/stream/", "/r10/latest/ok/"]),
    )
    b.add(
        "r11",
        simple(
            "r11",
            ["/r11/bomb/gzip/", "/r11/bomb/deflate/", "/r11/bomb/br/", "/r11/latest/ok/"],
        ),
    )
    b.add(
        "r15a",
        simple("r15a", ["/r15a/agenda/event-1/", "/r15a/agenda/event-2/", "/r15a/latest/ok/"]),
    )
    for mode, robots_server in robots_servers.items():

        def robots_scenario(s: FaultServer = robots_server, mode: str = mode) -> Scenario:
            return Scenario(
                listing_args(s.add_listing("r15", ["/r15/latest/ok-1/", "/r15/latest/ok-2/"])),
                {},
            )

        b.add(f"r15-{mode}", robots_scenario)

    def traps() -> Scenario:
        seeds = []
        # (a) ?page=n always links to n+1, each page with one fresh card.
        for n in range(1, 21):
            url = server.add_listing(
                "r16",
                [f"/r16/latest/p{n}/"],
                page=n,
                next_href=f"/r16/latest_categories/news/page/{n + 1}/",
            )
            if n == 1:
                seeds.append(url)
        # (b) a cycle: page 5 links back to page 2.
        for n in range(1, 6):
            nxt = n + 1 if n < 5 else 2
            url = server.add_listing(
                "r16c",
                [f"/r16c/latest/c{n}/"],
                page=n,
                next_href=f"/r16c/latest_categories/news/page/{nxt}/",
            )
            if n == 1:
                seeds.append(url)
        # (c) a calendar whose "next month" never ends; (d) an empty page with a next link.
        seeds.append(
            server.add_listing(
                "r16cal",
                ["/r16cal/latest/event/"],
                next_href="/r16cal/latest_categories/news/?month=2026-02",
            )
        )
        seeds.append(
            server.add_listing("r16z", [], next_href="/r16z/latest_categories/news/page/2/")
        )
        server.add_listing("r16z", ["/r16z/latest/never/"], page=2)
        return Scenario({"start_urls": ",".join(seeds), "max_pages": "6"}, {})

    b.add("r16", traps)
    b.add(
        "r24",
        simple(
            "r24",
            [
                "javascript:alert(document.cookie)",
                "mailto:someone@example.org",
                "tel:+3225520888",
                "file:///etc/passwd",
                "data:text/html,<script>alert(1)</script>",
                f"ftp://{server.netloc}/r24/ftp/",
                f"{o2}/r24/latest/other-domain/",
                "/r24/..%2F..%2Fetc%2Fpasswd",
                "/r24/latest/%2e%2e/%2e%2e/etc/passwd",
                "/r24/latest/ok/",
            ],
            **SPY,
        ),
    )
    b.add(
        "mirror",
        lambda: Scenario(
            {"start_urls": ",".join(mirror.origin + p for p in start_paths())},
            {"RETRY_TIMES": "3", "DOWNLOAD_TIMEOUT": "30"},
        ),
    )
    return b


def lines_about(log: str, needle: str, url: str) -> list[str]:
    return [line for line in log.splitlines() if needle in line and url in line]


def assert_clean(crawl: Crawl) -> None:
    """No exception escaped a callback, no string column holds markup or mojibake."""
    assert "Traceback" not in crawl.log, crawl.log[-4000:]
    assert "Spider error processing" not in crawl.log
    assert bad_strings(crawl.table()) == []


# -----------------------------------------------------------------------------


def test_r01_transient_5xx_is_retried_and_the_item_equals_the_fixture(
    batch: Batch, server: FaultServer
) -> None:
    crawl = batch["r01"]
    url = f"{server.origin}/r01/flaky/europe/?fixture=article-news-author"
    assert crawl.returncode == 0, crawl.log[-3000:]
    assert crawl.stat("retry/count") == 2
    assert len(lines_about(crawl.log, "Retrying <GET", url)) == 2
    assert "Gave up" not in crawl.log
    assert len(server.paths("/r01/flaky/")) == 3
    expected = json.loads(
        (
            Path(__file__).parents[2]
            / "fixtures/eurocities/wordpress/article-news-author/expected.json"
        ).read_text(encoding="utf-8")
    )
    (row,) = [r for r in crawl.rows() if "/r01/flaky/" in r["url"]]
    for field in ("title", "summary", "body", "authors", "language"):
        value = row[field]
        want = expected[field]
        if field == "language":
            want = want.split("-")[0].lower()
        assert value == want, field
    assert row["published"].isoformat() == "2021-11-08"
    assert len(crawl.rows()) == 2
    assert_clean(crawl)


# -----------------------------------------------------------------------------


def test_r02_persistent_5xx_gives_up_and_stays_out_of_the_ledger(
    batch: Batch, server: FaultServer, tmp_path: Path
) -> None:
    crawl = batch["r02"]
    failing = f"{server.origin}/r02/status/always/?code=500"
    assert len(server.paths("/r02/status/")) == RETRY_TIMES + 1
    gave_up = lines_about(crawl.log, "Gave up retrying <GET", failing)
    assert len(gave_up) == 1
    assert "ERROR" in gave_up[0]
    assert crawl.stat("citycrawl/fetch_failed/http_500") == 1
    # Policy: failed pages are counted, the run still succeeds and commits the rest.
    assert crawl.returncode == 0
    assert crawl.stats["finish_reason"] == "finished"
    assert {u.rsplit("/r02/", 1)[1] for u in crawl.urls()} == {"latest/ok-a/", "latest/ok-b/"}
    ledger = read_ledger("eurocities", crawl.output_dir).column("url").to_pylist()
    assert not [u for u in ledger if "/status/" in u]
    # The next run asks for the failed page again.
    before = len(server.paths("/r02/status/"))
    again = run(crawl.output_dir, listing_args(f"{server.origin}/r02/latest_categories/news/"))
    assert again.returncode == 0
    assert len(server.paths("/r02/status/")) == before + RETRY_TIMES + 1
    assert_clean(crawl)


# -----------------------------------------------------------------------------


def test_r03_429_is_retried_and_the_delay_is_honoured(batch: Batch, server: FaultServer) -> None:
    crawl = batch["r03"]
    assert crawl.returncode == 0, crawl.log[-3000:]
    assert len(crawl.rows()) == 6  # nothing lost
    assert (
        crawl.stat("retry/reason_count/429 Unknown Status")
        + crawl.stat("retry/reason_count/429 Too Many Requests")
        == 6
    )
    times = sorted(h.at for h in server.hits_for("/r03/"))
    assert len(times) == 1 + 12
    # DOWNLOAD_DELAY 0.25 s, one request at a time: at most 4 requests start in any
    # second (5 allows for a request landing exactly on the window's edge).
    busiest = max(sum(1 for t in times if start <= t < start + 1.0) for start in times)
    assert busiest <= 5, busiest


# -----------------------------------------------------------------------------


def test_r04_timeouts_are_retried_and_the_crawl_ends(batch: Batch, server: FaultServer) -> None:
    crawl = batch["r04"]
    assert len(server.paths("/r04/wait/")) == RETRY_TIMES + 1
    assert len(server.paths("/r04/hang-after-headers/")) == RETRY_TIMES + 1
    # The server holds each of these requests 600 s: a crawl that waited for one would
    # take that long; with DOWNLOAD_TIMEOUT=2 it ends in seconds (minutes on a loaded box).
    assert crawl.wall_seconds < 150, crawl.wall_seconds
    assert {u.rsplit("/r04/", 1)[1] for u in crawl.urls()} == {"latest/ok/"}
    assert crawl.stat("citycrawl/fetch_failed/DownloadTimeoutError") == 2
    assert crawl.returncode == 0
    assert_clean(crawl)


# -----------------------------------------------------------------------------


def test_r05_connection_reset_and_lost_are_retried_never_an_item(
    batch: Batch, server: FaultServer
) -> None:
    crawl = batch["r05"]
    assert len(server.paths("/r05/drop/a/")) == RETRY_TIMES + 1  # reset before data
    assert len(server.paths("/r05/drop/b/")) == RETRY_TIMES + 1  # lost after part of a page
    assert {u.rsplit("/r05/", 1)[1] for u in crawl.urls()} == {"latest/ok/"}
    assert sum(crawl.stats_with("citycrawl/fetch_failed/").values()) == 2
    assert_clean(crawl)


# -----------------------------------------------------------------------------


def test_r06_truncated_bodies_are_retried_or_rejected(batch: Batch, server: FaultServer) -> None:
    crawl = batch["r06"]
    # (a) Content-Length lie and (b) broken chunking: data loss, retried, no item.
    assert len(server.paths("/r06/broken/")) == RETRY_TIMES + 1
    assert len(server.paths("/r06/broken-chunked/")) == RETRY_TIMES + 1
    assert crawl.stat("citycrawl/fetch_failed/ResponseDataLossError") == 2
    # (c) a torn gzip stream arrives "complete"; the completeness check rejects it.
    assert len(server.paths("/r06/torn-gzip/")) == 1
    assert crawl.stat("citycrawl/incomplete_page") == 1
    assert {u.rsplit("/r06/", 1)[1] for u in crawl.urls()} == {"latest/ok/"}
    assert_clean(crawl)


# -----------------------------------------------------------------------------


def test_r07_redirect_loops_stop_and_non_http_targets_are_never_fetched(
    batch: Batch, server: FaultServer, other_server: FaultServer
) -> None:
    crawl = batch["r07"]
    assert crawl.returncode == 0, crawl.log[-3000:]
    # REDIRECT_MAX_TIMES = 5: the first request plus five redirects, then discarded.
    assert len(server.paths("/r07/redirect-chain/")) == 6
    assert "max redirections reached" in crawl.log
    assert 2 <= len(server.paths("/r07/redirect-loop/")) <= 6
    # file:, data: and ftp: targets: no handler was ever asked (the spy file stays
    # absent), the server saw no ftp-target request, the off-site host saw nothing.
    assert not (crawl.output_dir / "spy.txt").exists()
    assert server.paths("/r07/ftp-target") == []
    assert other_server.paths("/r07/") == []
    assert crawl.stat(f"citycrawl/offsite/{other_server.netloc}") == 1
    # Scrapy does not follow a redirect to a non-HTTP scheme: the 3xx is the answer.
    assert crawl.stat("citycrawl/fetch_failed/http_302") == 3
    assert {u.rsplit("/r07/", 1)[1] for u in crawl.urls()} == {"latest/ok/"}
    assert_clean(crawl)


def test_r07_no_cookie_or_authorization_crosses_origins(
    batch: Batch, server: FaultServer, other_server: FaultServer
) -> None:
    crawl = batch["r07c"]
    assert crawl.returncode == 0, crawl.log[-3000:]
    hop = server.hits_for("/r07c/redirect/")
    assert len(hop) == 1
    # The first origin set a cookie with its redirect; the spy on the second origin
    # sees the redirected request arrive without it, and without credentials.
    (spied,) = other_server.hits_for("/r07c/latest/spy-target/")
    names = {k.lower() for k in spied.headers}
    assert "cookie" not in names
    assert "authorization" not in names
    assert [
        h for h in server.hits_for("/r07c/") if "cookie" in {k.lower() for k in h.headers}
    ] == []


def test_r07_redirect_middleware_strips_credentials_cross_origin() -> None:
    """A request that does carry Authorization and Cookie loses both on a cross-host hop."""
    from types import SimpleNamespace

    from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
    from scrapy.http import Request, Response
    from scrapy.utils.project import get_project_settings

    middleware = RedirectMiddleware(get_project_settings())
    # The middleware only reads crawler.spider's handle_httpstatus_list here.
    middleware.crawler = SimpleNamespace(spider=None)  # type: ignore[assignment]
    request = Request(
        "https://eurocities.eu/latest/a/",
        headers={"Authorization": "Basic c2VjcmV0", "Cookie": "session=secret"},
    )
    response = Response(
        request.url, status=302, headers={"Location": "https://elsewhere.example/x/"}
    )
    redirected = middleware.process_response(request, response)
    assert isinstance(redirected, Request)
    assert b"Authorization" not in redirected.headers
    assert b"Cookie" not in redirected.headers


# -----------------------------------------------------------------------------


def test_r08_charsets_resolve_to_the_exact_titles(batch: Batch) -> None:
    crawl = batch["r08"]
    assert crawl.returncode == 0, crawl.log[-3000:]
    titles = {r["url"].rstrip("/").rsplit("/", 1)[1]: r["title"] for r in crawl.rows()}
    assert titles == {case: spec.title for case, spec in CHARSET_CASES.items()}
    assert_clean(crawl)


# -----------------------------------------------------------------------------


def test_r09_non_html_is_skipped_and_counted(batch: Batch) -> None:
    crawl = batch["r09"]
    assert crawl.returncode == 0, crawl.log[-3000:]
    skipped = crawl.stats_with("citycrawl/skipped_content_type/")
    assert skipped == {
        "citycrawl/skipped_content_type/application/pdf": 1,
        "citycrawl/skipped_content_type/image/png": 1,
        "citycrawl/skipped_content_type/application/json": 1,
        "citycrawl/skipped_content_type/application/octet-stream": 1,
        "citycrawl/skipped_content_type/text/plain": 1,
    }
    # Policy: an HTML document served as text/plain or without a type is read.
    titles = sorted(r["title"] for r in crawl.rows())
    assert titles == ["Served as plain text", "Served without a type"]
    assert all(r["title"] for r in crawl.rows())
    assert_clean(crawl)


# -----------------------------------------------------------------------------


def test_r10_huge_page_is_cancelled_at_the_size_cap(batch: Batch, server: FaultServer) -> None:
    crawl, plain = batch["r10"], batch["plain"]
    assert crawl.returncode == 0, crawl.log[-3000:]
    for path in ("/r10/huge/cl/?cl=1", "/r10/huge/stream/"):
        assert server.paths(path), path
        assert server.streamed[path].wait(timeout=30), path
        assert server.cut_short[path] is True, path
        # What left the server: the cap plus what kernel socket buffers held.
        assert server.sent[path] < 30 * MIB, (path, server.sent[path])
    assert "larger than download max size" in crawl.log
    assert {u.rsplit("/r10/", 1)[1] for u in crawl.urls()} == {"latest/ok/"}
    assert crawl.max_rss_mib < plain.max_rss_mib + RSS_HEADROOM_MIB, (
        crawl.max_rss_mib,
        plain.max_rss_mib,
    )


# -----------------------------------------------------------------------------


def test_r11_decompression_bombs_are_refused(batch: Batch) -> None:
    crawl, plain = batch["r11"], batch["plain"]
    assert crawl.returncode == 0, crawl.log[-3000:]
    sizes = [
        int(m)
        for m in re.findall(
            r"exceeded DOWNLOAD_MAXSIZE|B compressed, (\d+) B decompressed so far", crawl.log
        )
        if m
    ]
    # Each bomb is ignored once per attempt; nothing past the cap plus one chunk.
    assert len(sizes) >= 3
    assert max(sizes) <= MAXSIZE + DECOMPRESSION_CHUNK
    for encoding in ("gzip", "deflate", "br"):
        assert lines_about(crawl.log, "during decompression", f"/r11/bomb/{encoding}/")
    assert {u.rsplit("/r11/", 1)[1] for u in crawl.urls()} == {"latest/ok/"}
    assert crawl.max_rss_mib < plain.max_rss_mib + RSS_HEADROOM_MIB, (
        crawl.max_rss_mib,
        plain.max_rss_mib,
    )


# -----------------------------------------------------------------------------


def test_r15_disallowed_paths_are_never_requested(batch: Batch, server: FaultServer) -> None:
    crawl = batch["r15a"]
    assert crawl.returncode == 0, crawl.log[-3000:]
    assert server.paths("/r15a/agenda/") == []
    assert crawl.stat("robotstxt/forbidden") == 2
    assert {u.rsplit("/r15a/", 1)[1] for u in crawl.urls()} == {"latest/ok/"}


def test_r15_missing_robots_txt_allows_the_crawl(
    batch: Batch, robots_servers: dict[str, FaultServer]
) -> None:
    crawl = batch["r15-404"]
    assert crawl.returncode == 0, crawl.log[-3000:]
    assert len(crawl.rows()) == 2


def test_r15_unreachable_robots_txt_holds_the_crawl_until_it_recovers(
    batch: Batch, robots_servers: dict[str, FaultServer]
) -> None:
    crawl, flaky = batch["r15-503x4"], robots_servers["503x4"]
    assert crawl.returncode == 0, crawl.log[-3000:]
    robots = [h.at for h in flaky.hits if h.path == "/robots.txt"]
    assert len(robots) == 5  # two rounds of 503s (3 + 1), then the file
    content = [h.at for h in flaky.hits if h.path != "/robots.txt"]
    assert content
    assert min(content) > robots[-1]
    assert len(crawl.rows()) == 2


def test_r15_robots_txt_that_stays_down_means_complete_disallow(
    batch: Batch, robots_servers: dict[str, FaultServer]
) -> None:
    crawl, down = batch["r15-503"], robots_servers["503"]
    assert [h.path for h in down.hits if h.path != "/robots.txt"] == []
    assert crawl.stat("citycrawl/robotstxt/unreachable") == 1
    assert "unreachable after 3 attempts" in crawl.log
    assert crawl.returncode == 1  # policy: nothing could be crawled
    assert crawl.rows() == []


# -----------------------------------------------------------------------------


def test_r16_pagination_traps_stop(batch: Batch, server: FaultServer) -> None:
    crawl = batch["r16"]
    assert crawl.returncode == 0, crawl.log[-3000:]
    listings = [p for p in server.paths("/r16") if "/latest_categories/" in p]
    assert len(listings) == len(set(listings))  # each listing URL at most once
    trap = sorted(p for p in listings if p.startswith("/r16/"))
    assert len(trap) == 6  # max_pages
    cycle = [p for p in listings if p.startswith("/r16c/")]
    assert len(cycle) == 5
    assert [p for p in listings if p.startswith("/r16cal/")] == ["/r16cal/latest_categories/news/"]
    # Zyte's rule: never follow "next" from a page with zero items.
    assert [p for p in listings if p.startswith("/r16z/")] == ["/r16z/latest_categories/news/"]
    ids = [r["item_id"] for r in crawl.rows()]
    assert len(ids) == len(set(ids)) == 6 + 5 + 1


# -----------------------------------------------------------------------------


def test_r24_hostile_links_are_never_requested(
    batch: Batch, server: FaultServer, other_server: FaultServer
) -> None:
    crawl = batch["r24"]
    assert crawl.returncode == 0, crawl.log[-3000:]
    assert sorted(server.paths("/r24/")) == [
        "/r24/latest/ok/",
        "/r24/latest_categories/news/",
    ]
    assert other_server.paths("/r24/") == []
    assert not (crawl.output_dir / "spy.txt").exists()
    assert crawl.stat("citycrawl/entries_off_site") == 1  # the other host
    assert crawl.stat("citycrawl/unsafe_url/path_traversal") == 2
    # javascript:, mailto:, tel:, file:, data:, ftp: are not links to a document.
    assert crawl.stat("citycrawl/entries_without_link") == 6
    assert_clean(crawl)


def test_r24_output_paths_from_page_text_are_sanitised() -> None:
    from citycrawl.dataset.paths import partition_dirname

    for hostile in ("../../etc", "a/b", "..", ".hidden", "_x", "C:\\x", "x\x00y"):
        name = partition_dirname(hostile)
        assert "/" not in name
        assert "\\" not in name
        assert not name.startswith((".", "_"))
        assert ".." not in name


# ------------------------------------------------------- the whole dataset


def test_r12_no_markup_or_mojibake_anywhere_in_the_mirror_dataset(batch: Batch) -> None:
    crawl = batch["mirror"]
    assert crawl.returncode == 0, crawl.log[-3000:]
    table = crawl.table()
    assert table.num_rows > 20
    assert bad_strings(table) == []


def test_r08_every_crawled_dataset_is_free_of_replacement_characters(batch: Batch) -> None:
    for name in batch.scenarios:
        crawl = batch[name]
        if (crawl.output_dir / "eurocities").exists():
            assert bad_strings(crawl.table()) == [], name
