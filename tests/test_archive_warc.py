"""WARC: a crawl's fetches written, and any WARC read back into the dataset."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from citycrawl.archive.importer import import_warcs
from citycrawl.cli import PROJECT_DIR, crawl_environment
from citycrawl.dataset import load
from citycrawl.mirror import FIXTURES_DIR, MirrorServer, network_mirror_dir, start_paths
from tests.crawl_helpers import comparable_rows, run_crawl
from tests.network_crawls import NETWORKS, mirror_server

WORDPRESS = FIXTURES_DIR / "eurocities" / "wordpress"
LISTING = "https://eurocities.eu/latest_categories/news/"
ARTICLE = "https://eurocities.eu/latest/building-welcoming-and-inclusive-cities/"
OTHER = "https://eurocities.eu/latest/cities-and-regions-demand-national-action-on-nature/"
SHORT = "https://eurocities.eu/latest/cities-call-for-action-on-homelessness-and-migrant-integration-in-the-next-mff/"
T0 = "2025-03-01T10:00:00Z"


def _response(
    writer: WARCWriter,
    uri: str,
    body: bytes,
    date: str,
    *,
    status: str = "200 OK",
    headers: list[tuple[str, str]] | None = None,
    warc: dict[str, str] | None = None,
) -> object:
    http = StatusAndHeaders(
        status, headers or [("Content-Type", "text/html; charset=UTF-8")], protocol="HTTP/1.1"
    )
    return writer.create_warc_record(
        uri,
        "response",
        payload=io.BytesIO(body),
        length=len(body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": date, **(warc or {})},
    )


def _chunked_gzip(body: bytes) -> bytes:
    packed = gzip.compress(body)
    half = len(packed) // 2
    chunks = [packed[:half], packed[half:]]
    return b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in chunks) + b"0\r\n\r\n"


def foreign_warc(path: Path) -> None:
    """A WARC as other crawlers write them: warcinfo, dns, chunked gzip, revisits, PDFs,
    redirects, a truncated record, a replay URL, and a file cut in its last record."""
    listing = (WORDPRESS / "listing-news-p1" / "page.html").read_bytes()
    article = (WORDPRESS / "article-cp1252" / "page.html").read_bytes()
    other = (
        FIXTURES_DIR
        / "mirror/pages/wordpress/cities-and-regions-demand-national-action-on-nature.html"
    ).read_bytes()
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "Heritrix/3.4"}))
        w.write_record(
            w.create_warc_record(
                "dns:eurocities.eu",
                "resource",
                payload=io.BytesIO(b"eurocities.eu. 300 IN A 1.2.3.4"),
                length=31,
                warc_content_type="text/dns",
            )
        )
        w.write_record(_response(w, LISTING, listing, T0))
        request = w.create_warc_record(
            ARTICLE,
            "request",
            http_headers=StatusAndHeaders(
                "GET /latest/building-welcoming-and-inclusive-cities/ HTTP/1.1",
                [("Referer", LISTING)],
                is_http_request=True,
            ),
        )
        first = _response(
            w,
            ARTICLE,
            _chunked_gzip(article),
            "2025-03-01T10:00:05Z",
            headers=[
                ("Content-Type", "text/html; charset=windows-1252"),
                ("Content-Encoding", "gzip"),
                ("Transfer-Encoding", "chunked"),
            ],
        )
        w.write_request_response_pair(request, first)
        # A later fetch of the same page, stored as a revisit of the first.
        revisit = w.create_revisit_record(
            ARTICLE,
            digest=first.rec_headers.get_header("WARC-Payload-Digest"),
            refers_to_uri=ARTICLE,
            refers_to_date="2025-03-01T10:00:05Z",
            http_headers=StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            ),
        )
        revisit.rec_headers.replace_header("WARC-Date", "2025-03-02T10:00:00Z")
        w.write_record(revisit)
        revisit.raw_stream.close()  # warcio buffers a record without length in a temp file
        w.write_record(
            _response(
                w,
                "https://eurocities.eu/wp-content/report.pdf",
                b"%PDF-1.4",
                T0,
                headers=[("Content-Type", "application/pdf")],
            )
        )
        w.write_record(
            _response(
                w,
                "https://eurocities.eu/?p=20761",
                b"",
                T0,
                status="301 Moved Permanently",
                headers=[("Location", SHORT)],
            )
        )
        w.write_record(
            _response(w, OTHER, other[: len(other) // 3], T0, warc={"WARC-Truncated": "length"})
        )
        w.write_record(
            _response(
                w,
                "https://web.archive.org/web/20240101120000id_/" + SHORT,
                (
                    FIXTURES_DIR / "eurocities/wordpress/article-news-shortlink/page.html"
                ).read_bytes(),
                T0,
            )
        )
        w.write_record(_response(w, "https://example.org/", b"<html></html>", T0))
    # Cut the file inside one more record: a crawler killed while writing.
    with path.open("ab") as f:
        tail = io.BytesIO()
        WARCWriter(tail, gzip=True).write_record(
            _response(WARCWriter(io.BytesIO()), OTHER, other, T0)
        )
        f.write(tail.getvalue()[: len(tail.getvalue()) // 2])


def test_any_warc_is_read_with_its_revisits_encodings_and_damage(tmp_path: Path) -> None:
    warc = tmp_path / "foreign.warc.gz"
    foreign_warc(warc)
    result = import_warcs([warc], output_dir=tmp_path / "out", workers=1, progress=None)
    rows = load("eurocities", output_dir=tmp_path / "out").set_index("url")
    history = load("eurocities", history=True, output_dir=tmp_path / "out")
    # The article (chunked, gzip, cp1252), joined with its card; the replay read as of
    # its capture; the revisit read with the first fetch's body: the same version.
    assert set(rows.index) == {ARTICLE, SHORT}
    article = rows.loc[ARTICLE]
    assert article["title"] == "Building welcoming and inclusive cities"
    assert article["published"] == dt.date(2025, 1, 20)  # from the listing's card
    assert article["card_hash"] is not None
    assert article["crawled_at"] == dt.datetime(2025, 3, 1, 10, 0, 5, tzinfo=dt.UTC)
    assert result.skipped["duplicate"] == 1
    assert "revisit_unresolved" not in result.skipped
    short = rows.loc[SHORT]
    assert short["archived_at"] == dt.datetime(2024, 1, 1, 12, tzinfo=dt.UTC)
    assert short["archive_url"].startswith("https://web.archive.org/web/20240101120000id_/")
    assert len(history) == 2
    assert result.skipped["not_html"] == 1
    assert result.skipped["truncated/length"] == 1
    assert result.skipped["redirect"] == 1
    assert result.skipped["no_http_response"] + result.skipped["record_resource"] >= 1
    assert result.skipped["unrouted"] + result.skipped["no_network"] >= 1
    assert len(result.broken_files) == 1


def test_progress_counts_records_while_scanning_then_pages_and_rows(tmp_path: Path) -> None:
    warc = tmp_path / "foreign.warc.gz"
    foreign_warc(warc)
    out = io.StringIO()
    result = import_warcs(
        [warc], output_dir=tmp_path / "out", workers=1, progress=out, progress_every=0
    )
    lines = out.getvalue().splitlines()
    scanning = [line for line in lines if line.startswith("import-warc: scanning, ")]
    # Every line is due when every=0: one per page record the scan meets (with the count
    # of all records read so far), then one per page read.
    counts = [int(line.split(", ")[1].removesuffix(" records")) for line in scanning]
    assert len(counts) > 3
    assert counts == sorted(set(counts))
    pages = [line for line in lines if line.endswith("pages/s")]
    assert len(pages) == result.pages
    assert pages[-1].startswith(f"import-warc: {result.pages:,} pages, ")
    assert lines.index(scanning[-1]) < lines.index(pages[0])
    assert lines[-2].startswith(f"import-warc: done: {result.pages:,} pages")
    assert lines[-1].startswith("import-warc: warning: ")  # the file cut mid-record


@pytest.mark.slow
def test_workers_give_what_one_process_gives_and_say_what_start_and_commit_took(
    tmp_path: Path,
) -> None:
    warc = tmp_path / "foreign.warc.gz"
    foreign_warc(warc)
    results = {
        n: import_warcs([warc], output_dir=tmp_path / str(n), workers=n, progress=None)
        for n in (1, 2)
    }
    one, two = results[1], results[2]
    assert (two.pages, two.rows, two.skipped) == (one.pages, one.rows, one.skipped)
    frames = [load("eurocities", output_dir=tmp_path / str(n)) for n in (1, 2)]
    columns = ["item_id", "content_hash", "crawled_at", "archived_at"]
    assert (
        frames[1].sort_values("item_id")[columns].equals(frames[0].sort_values("item_id")[columns])
    )
    for result in (one, two):
        # The warm-up (the pipelines' data loaded by a first document) and the commit
        # are parts of the run, each timed.
        assert 0 < result.startup_seconds < result.seconds
        assert 0 < result.commit_seconds < result.seconds


def test_a_body_past_the_page_limit_is_refused_not_inflated(tmp_path: Path) -> None:
    warc = tmp_path / "bomb.warc.gz"
    bomb = zlib.compress(b"<html>" + b" " * (40 << 20), 9)
    with warc.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        w.write_record(
            _response(
                w,
                ARTICLE,
                bomb,
                T0,
                headers=[("Content-Type", "text/html"), ("Content-Encoding", "deflate")],
            )
        )
    result = import_warcs([warc], output_dir=tmp_path / "out", workers=1, progress=None)
    assert result.skipped["too_large"] == 1
    assert result.rows == 0


@pytest.mark.slow
def test_a_crawls_warc_reimported_gives_the_same_rows(tmp_path: Path) -> None:
    with MirrorServer() as mirror:
        crawl = run_crawl(
            mirror.origin,
            tmp_path / "crawl",
            settings={"CITYCRAWL_WARC_DIR": str(tmp_path / "warc")},
        )
        origin = mirror.origin
    assert crawl.returncode == 0, crawl.log[-3000:]
    (warc,) = (tmp_path / "warc").glob("eurocities-*.warc.gz")
    with warc.open("rb") as f:
        records = [(r.rec_type, r.http_headers) for r in ArchiveIterator(f)]
    responses = [h for kind, h in records if kind == "response"]
    requests = [h for kind, h in records if kind == "request"]
    assert len(responses) == len(requests) == int(_stat(crawl.log, "downloader/response_count"))
    assert all(h.get_header("User-Agent", "").startswith("citycrawl/") for h in requests)
    assert any(h.get_header("Referer") for h in requests)

    command = [
        sys.executable,
        "-m",
        "citycrawl.cli",
        "import-warc",
        str(warc),
        "--network",
        "eurocities",
        "--output-dir",
        str(tmp_path / "imported"),
    ]
    imported = subprocess.run(
        command,
        env=crawl_environment(),
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr
    assert "import-warc: done:" in imported.stderr
    assert "pages/s" in imported.stderr
    single = import_warcs(
        [warc], output_dir=tmp_path / "single", network="eurocities", workers=1, progress=None
    )
    assert single.rows > 30

    expected = comparable_rows(tmp_path / "crawl", origin)
    for out in ("imported", "single"):
        assert comparable_rows(tmp_path / out, origin) == expected
        rows = load("eurocities", output_dir=tmp_path / out).set_index("item_id").sort_index()
        live = load("eurocities", output_dir=tmp_path / "crawl").set_index("item_id").sort_index()
        assert rows["content_hash"].tolist() == live["content_hash"].tolist()
        assert set(rows["layout"]) == {"wordpress", "domino"}


@pytest.mark.slow
def test_an_import_killed_before_its_commit_is_committed_by_the_next_run(tmp_path: Path) -> None:
    warc = tmp_path / "foreign.warc.gz"
    foreign_warc(warc)
    env = {**crawl_environment(), "CITYCRAWL_DATASET_FAULT": "before_publish:kill"}
    command = [
        sys.executable,
        "-m",
        "citycrawl.cli",
        "import-warc",
        str(warc),
        "--output-dir",
        str(tmp_path / "out"),
        "--workers",
        "2",
    ]
    killed = subprocess.run(
        command, env=env, cwd=PROJECT_DIR, capture_output=True, text=True, timeout=120, check=False
    )
    assert killed.returncode == -9, killed.stderr
    assert not (tmp_path / "out" / "eurocities").exists()
    env.pop("CITYCRAWL_DATASET_FAULT")
    again = subprocess.run(
        command, env=env, cwd=PROJECT_DIR, capture_output=True, text=True, timeout=120, check=False
    )
    assert again.returncode == 0, again.stderr
    assert len(load("eurocities", output_dir=tmp_path / "out")) == 2
    runs = (tmp_path / "out" / "_eurocities" / "current" / "runs").glob("*.json")
    manifests = [json.loads(p.read_text()) for p in runs]
    # The killed run's rows, committed when the next run opened the dataset (from its
    # spool, or its version built before the kill), then the next run's own: unchanged.
    manifests.sort(key=lambda m: m["dataset_version"])
    assert [m["counts"]["new"] for m in manifests] == [2, 0]
    assert manifests[1]["counts"]["unchanged"] == 2


def test_bad_arguments_exit_2_with_one_line(tmp_path: Path) -> None:
    from citycrawl.cli import main

    assert main(["import-warc", str(tmp_path / "none.warc.gz")]) == 2
    warc = tmp_path / "x.warc.gz"
    warc.write_bytes(b"not a warc")
    assert main(["import-warc", str(warc), "--network", "nowhere"]) == 2
    assert main(["import-warc", str(warc), "--output-dir", str(tmp_path / "o")]) == 1


def _stat(log: str, name: str) -> str:
    import re

    match = re.search(rf"'{re.escape(name)}': (\d+)", log)
    assert match, name
    return match.group(1)


@pytest.mark.slow
@pytest.mark.parametrize("network", NETWORKS)
def test_every_networks_crawl_warc_reimported_gives_the_same_rows(
    network: str, tmp_path: Path
) -> None:
    with mirror_server(network) as mirror:
        starts = ",".join(mirror.origin + p for p in start_paths(network_mirror_dir(network)))
        crawl = run_crawl(
            mirror.origin,
            tmp_path / "crawl",
            {"start_urls": starts, "full": "1"},
            {"CITYCRAWL_WARC_DIR": str(tmp_path / "warc")},
            spider=network,
        )
        origin = mirror.origin
    assert crawl.returncode == 0, crawl.log[-3000:]
    (warc,) = (tmp_path / "warc").glob(f"{network}-*.warc.gz")
    result = import_warcs(
        [warc], output_dir=tmp_path / "imported", network=network, workers=2, progress=None
    )
    assert result.rows > 0, result.skipped
    assert comparable_rows(tmp_path / "imported", origin, network) == comparable_rows(
        tmp_path / "crawl", origin, network
    )
    imported = load(network, output_dir=tmp_path / "imported").set_index("item_id").sort_index()
    live = load(network, output_dir=tmp_path / "crawl").set_index("item_id").sort_index()
    assert imported["content_hash"].tolist() == live["content_hash"].tolist()
