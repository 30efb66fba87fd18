"""``scrapy crawl eurocities -a archive=wayback`` against the local Wayback server."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from citycrawl.archive.importer import import_warcs
from citycrawl.archive.testserver import (
    WORDPRESS_TIMESTAMPS,
    StoredCapture,
    WaybackServer,
    mirror_captures,
)
from citycrawl.dataset import load
from citycrawl.sites.eurocities import SITE as EUROCITIES
from tests.crawl_helpers import EXPECTED_ITEMS, CrawlRun, comparable_rows, run_crawl

pytestmark = pytest.mark.slow

CHANGED = "/latest/building-welcoming-and-inclusive-cities/"
OLD_TITLE, NEW_TITLE = b"Building welcoming and inclusive cities", b"Welcoming cities for all"
SITE_ORIGIN_RE = re.compile(r"^https?://(?:www\.)?eurocities\.eu")
#: A pace that never makes these tests wait; the limits test sets its own, 600 a minute.
FAST = {"CITYCRAWL_ARCHIVE_CDX_PER_MINUTE": "6000"}
OLD_ORIGIN = "http://www.eurocities.eu"


def changed_captures() -> list[StoredCapture]:
    return mirror_captures(changed={CHANGED: lambda body: body.replace(OLD_TITLE, NEW_TITLE)})


def backfill(
    server: WaybackServer, out: Path, settings: dict[str, str] | None = None, **args: str
) -> CrawlRun:
    spider_args = {"archive": "wayback", "archive_url": server.origin, **args}
    return run_crawl(server.origin, out, spider_args, {**FAST, **(settings or {})})


def stat(log: str, name: str) -> int:
    match = re.search(rf"'citycrawl/archive/{re.escape(name)}': (\d+)", log)
    return int(match.group(1)) if match else 0


def assert_live_rows(output_dir: Path, *, changed: bool) -> None:
    """The backfill's rows are the live crawl's of the mirror (archive columns aside)."""
    rows = comparable_rows(output_dir, "https://eurocities.eu")
    expected = {r["url"]: r for r in json.loads(EXPECTED_ITEMS.read_text(encoding="utf-8"))}
    assert set(rows) == set(expected)
    for key, row in rows.items():
        for source in row.get("theme_sources") or []:  # listings of both sites' hosts
            if source.get("listing_url"):
                source["listing_url"] = SITE_ORIGIN_RE.sub("", source["listing_url"])
        want = {k: v for k, v in expected[key].items() if k not in {"archived_at", "archive_url"}}
        if changed and key == CHANGED:
            want["title"] = NEW_TITLE.decode()
        assert {k: v for k, v in row.items() if k in want} == want, key


def test_a_backfill_gives_the_live_rows_as_of_their_captures(tmp_path: Path) -> None:
    with WaybackServer(changed_captures()) as server:
        run = backfill(server, tmp_path, {"CITYCRAWL_WARC_DIR": str(tmp_path / "warc")})
    assert run.returncode == 0, run.log[-3000:]
    # One row per document as a live crawl of the same pages gives (card joined with its
    # page, both layouts), the changed page read as of its later capture.
    assert_live_rows(tmp_path, changed=True)

    view = load("eurocities", output_dir=tmp_path).set_index("url")
    assert view["archived_at"].notna().all()
    assert (view["crawled_at"] == view["archived_at"]).all()
    assert all(
        re.match(r"http://127\.0\.0\.1:\d+/web/\d{14}id_/http", u) for u in view["archive_url"]
    )
    assert view.index.str.match(r"https?://eurocities\.eu/").all()
    changed = view.loc["https://eurocities.eu" + CHANGED]
    assert changed["archived_at"] == dt.datetime(2025, 12, 1, 12, tzinfo=dt.UTC)
    assert WORDPRESS_TIMESTAMPS[1] in changed["archive_url"]

    history = load("eurocities", history=True, output_dir=tmp_path)
    versions = history[history["url"] == "https://eurocities.eu" + CHANGED].sort_values(
        "crawled_at"
    )
    assert versions["title"].tolist() == [OLD_TITLE.decode(), NEW_TITLE.decode()]
    assert len(history) == len(view) + 1

    # The backfill's WARC, re-imported, gives the same rows, read as of the same captures.
    imported = tmp_path / "imported"
    import_warcs(
        sorted(tmp_path.glob("warc/*.warc.gz")),
        output_dir=imported,
        network="eurocities",
        workers=1,
        progress=None,
    )
    assert comparable_rows(imported, "https://eurocities.eu") == comparable_rows(
        tmp_path, "https://eurocities.eu"
    )
    again = load("eurocities", output_dir=imported).set_index("url").sort_index()
    columns = ["content_hash", "archived_at", "archive_url", "crawled_at"]
    assert again[columns].equals(view.sort_index()[columns])
    assert len(load("eurocities", history=True, output_dir=imported)) == len(history)


def test_the_archives_limits_faults_and_redirects_are_handled(tmp_path: Path) -> None:
    captures = changed_captures()
    moved = "https://eurocities.eu/latest/the-city-of-tomorrow/"
    gone = "https://eurocities.eu/latest/tallinn-sets-its-sights-on-2035/"
    shifted, faulty = [], []
    for c in captures:
        if c.original == moved:
            if c.timestamp != WORDPRESS_TIMESTAMPS[0]:
                continue
            # The index lists the page under its old, slash-less URL; the replay holds
            # that capture a day later, as a redirect (captured then) to the page, whose
            # own nearest capture is an hour later still: two hops, three timestamps.
            old_url = moved.rstrip("/")
            faulty.append(StoredCapture(c.timestamp, old_url, body=c.body, replayable=False))
            faulty.append(
                StoredCapture("20251121080000", old_url, status=301, indexed=False, location=moved)
            )
            shifted.append(StoredCapture("20251121090000", moved, body=c.body, indexed=False))
        elif c.original == gone:
            # Listed, but the replay only has it two months later: too far, dropped.
            faulty.append(StoredCapture(c.timestamp, c.original, body=c.body, replayable=False))
            shifted.append(StoredCapture("20260201080000", gone, body=c.body, indexed=False))
        else:
            faulty.append(c)
    server = WaybackServer([*faulty, *shifted], cdx_per_window=5, window=1.0, wide_days=3000)
    with server:
        run = backfill(
            server,
            tmp_path,
            {"CITYCRAWL_ARCHIVE_CDX_PAGE_ROWS": "8", "CITYCRAWL_ARCHIVE_CDX_PER_MINUTE": "600"},
        )
    assert run.returncode == 0, run.log[-3000:]
    # 429: every one honoured, Scrapy's retry idle: the refused request is never sent
    # again before its Retry-After, and nothing else is sent once the 429 can have been
    # read (a request already on its way may come just after it: a loaded machine once
    # delivered one).
    assert stat(run.log, "http_429") > 0
    assert not [e for e in server.early if e.path == e.refused_path or e.after > 0.5]
    assert "retry/count" not in run.log
    # Paced at 600 a minute: never more than 10 (+1 for the server's clock jitter) in a
    # second, where an unpaced client sends dozens.
    times = [t for t, _, _ in server.requests("cdx")]
    assert max(sum(1 for t in times if s <= t < s + 1) for s in times) <= 11
    # 504 on the widest ranges: split until answered; resume keys paged the rest.
    assert stat(run.log, "cdx_split") > 0
    assert stat(run.log, "cdx_failed") == 0
    view = load("eurocities", output_dir=tmp_path).set_index("url")
    expected = json.loads(EXPECTED_ITEMS.read_text(encoding="utf-8"))
    assert len(view) == len(expected) - 1
    assert gone not in view.index
    assert stat(run.log, "capture_too_far") == 1
    # The redirect chain was followed inside the archive; the timestamp served is kept.
    assert view.loc[moved, "archived_at"] == dt.datetime(2025, 11, 21, 9, tzinfo=dt.UTC)
    assert "/web/20251121090000id_/" + moved in view.loc[moved, "archive_url"]
    assert all(p.startswith(("/cdx/", "/web/")) for _, p, _ in server.log)


def test_a_blocked_site_ends_the_run_with_one_line_and_a_failure(tmp_path: Path) -> None:
    with WaybackServer(mirror_captures(), blocked=["eurocities.eu/"]) as server:
        run = backfill(server, tmp_path)
    assert run.returncode == 1
    errors = [line for line in run.log.splitlines() if "ERROR" in line and "blocks" in line]
    assert len(errors) == 1, run.log[-3000:]
    assert "blocks or excludes" in errors[0]
    assert "'finish_reason': 'archive_blocked'" in run.log
    assert len(server.requests("web")) == 0


def test_until_bounds_the_captures_and_needs_archive(tmp_path: Path) -> None:
    with WaybackServer(mirror_captures()) as server:
        run = backfill(server, tmp_path, until="2019-12-31")
        assert run.returncode == 0, run.log[-3000:]
        assert set(load("eurocities", output_dir=tmp_path)["layout"]) == {"domino"}
        bad = run_crawl(server.origin, tmp_path / "bad", {"until": "2019-12-31"})
    assert bad.returncode == 2
    assert "until: only with archive=wayback" in bad.log


def test_captures_under_the_sites_other_hosts_are_found_and_deduplicated(tmp_path: Path) -> None:
    # The old site also answered on wsdomino.eurocities.eu: one document was captured
    # only there, another there too, with the same bytes, after its www. capture.
    alias = "http://wsdomino.eurocities.eu"
    captures = mirror_captures()
    documents = sorted(
        {
            c.original
            for c in captures
            if c.original.startswith(OLD_ORIGIN) and (r := EUROCITIES.route(c.original))
            if r.kind == "document" and c.status == 200
        }
    )
    only_there, also_there = documents[0], documents[1]
    moved = []
    for c in captures:
        if c.original == only_there:
            c = dataclasses.replace(c, original=c.original.replace(OLD_ORIGIN, alias))
        elif c.original == also_there:
            later = str(int(c.timestamp) + 1000000)  # a day later
            copy = c.original.replace(OLD_ORIGIN, alias)
            moved.append(dataclasses.replace(c, timestamp=later, original=copy))
        moved.append(c)
    with WaybackServer(moved) as server:
        run = backfill(server, tmp_path)
    assert run.returncode == 0, run.log[-3000:]
    cdx_hosts = {
        parse_qs(urlsplit(path).query)["url"][0].split("/", 1)[0]
        for _, path, _ in server.requests("cdx")
    }
    assert {"eurocities.eu", "wsdomino.eurocities.eu"} <= cdx_hosts
    # The same rows as a live crawl, under the same item ids.
    assert_live_rows(tmp_path, changed=False)
    view = load("eurocities", output_dir=tmp_path).set_index("item_id")
    assert view.loc[EUROCITIES.item_id(only_there), "url"] == only_there.replace(OLD_ORIGIN, alias)
    # The copy under the other host has the digest of the capture before it: not fetched.
    fetched = [path for _, path, _ in server.requests("web")]
    assert any(path.endswith(only_there.replace(OLD_ORIGIN, alias)) for path in fetched)
    assert not any(path.endswith(also_there.replace(OLD_ORIGIN, alias)) for path in fetched)
