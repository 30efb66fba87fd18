"""The dataset commit's bounded-memory paths: chunked staging, the split merge, the retry.

The benchmark (bench/bench_dataset.py) measures the memory; these tests make sure the
paths that keep it flat give the same rows as before, at sizes a unit test can afford.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import logging
from pathlib import Path

import duckdb
import pytest

from citycrawl.dataset import DatasetWriter, load, staging
from citycrawl.dataset.build import bigger_memory_limit
from citycrawl.dataset.spool import check_item, encode_item
from tests.dataset_support import CRAWLED_AT, make_item

NAME = "eurocities"


def commit(out: Path, items: list[dict], **options: object) -> dict:
    with DatasetWriter(out, NAME, **options) as writer:  # type: ignore[arg-type]
        for item in items:
            writer.write(item)
        return writer.commit(finish_reason="finished")


def test_staging_in_small_chunks_keeps_every_item_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Chunks of 4 KiB: items of ~1 KiB straddle chunk ends, and one item of ~50 KiB is
    # longer than a chunk, so a piece must grow until its line ends.
    monkeypatch.setattr(staging, "SPOOL_CHUNK_BYTES", 4096)
    items = [make_item(i, body_chars=700) for i in range(40)]
    items[17] = make_item(17, body="é" * 25_000 + " end")
    commit(tmp_path, items)
    view = load(NAME, output_dir=tmp_path).set_index("item_id")
    assert len(view) == 40
    for item in items:
        assert view.loc[item["item_id"], "body"] == item["body"]
        assert view.loc[item["item_id"], "content_hash"] == item["content_hash"]


def test_spool_chunks_end_at_line_ends(tmp_path: Path) -> None:
    spool = tmp_path / "s.jsonl"
    lines = [b'{"a":"' + b"x" * n + b'"}\n' for n in (3, 5000, 10, 0, 9000, 1)]
    spool.write_bytes(b"".join(lines))
    chunks = list(staging.spool_chunks(spool, 64))
    assert b"".join(chunks) == b"".join(lines)
    assert all(c.endswith(b"\n") for c in chunks)
    assert max(len(c) for c in chunks) < 9000 + 64 + 20  # one long line, not the file


def test_spool_lines_are_the_json_the_stdlib_would_write() -> None:
    # orjson replaced json.dumps on the hot path; the spool format must not change.
    item = make_item(3, title="Ünïcode “quotes” \u2028 and \\ slash", summary=None)
    line = encode_item(item)
    expected = json.dumps(
        item,
        ensure_ascii=False,
        separators=(",", ":"),
        default=lambda v: v.isoformat() if isinstance(v, dt.date) else None,
    )
    assert line == (expected + "\n").encode("utf-8")
    assert json.loads(line)["crawled_at"] == CRAWLED_AT.isoformat()


def test_type_check_fast_path_still_rejects_subtle_types() -> None:
    class Text(str):
        pass

    check_item(make_item(1, title=Text("a str subclass is a str")))
    with pytest.raises(TypeError, match="themes"):
        check_item(make_item(1, themes=["ok", 3]))
    with pytest.raises(TypeError, match="themes"):
        check_item(make_item(1, themes=("tuple", "not list")))
    with pytest.raises(TypeError, match="reading_minutes"):
        check_item(make_item(1, reading_minutes=40_000))


def test_split_merge_moves_a_document_whose_type_changed(tmp_path: Path) -> None:
    commit(tmp_path, [make_item(i) for i in range(9)])
    later = CRAWLED_AT + dt.timedelta(days=1)
    assert make_item(0)["item_type"] == "news"
    moved = make_item(0, item_type="opinion", crawled_at=later)
    commit(tmp_path, [moved, make_item(1, crawled_at=later)])
    view = load(NAME, output_dir=tmp_path).set_index("item_id")
    assert len(view) == 9
    assert view.loc[moved["item_id"], "item_type"] == "opinion"
    assert set(load(NAME, item_type="news", output_dir=tmp_path)["item_id"]).isdisjoint(
        {moved["item_id"]}
    )
    assert view.loc[make_item(1)["item_id"], "last_seen"] == later


def test_commit_retries_with_more_memory_when_duckdb_runs_out(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    items = [make_item(i, body_chars=2000) for i in range(300)]
    with caplog.at_level(logging.WARNING, logger="citycrawl.dataset.build"):
        manifest = commit(tmp_path, items, duckdb_memory_limit="1MB")
    assert "ran out of DuckDB memory at 1MB; retrying with 2MiB" in caplog.text
    assert manifest["counts"]["new"] == 300
    assert len(load(NAME, output_dir=tmp_path)) == 300
    assert not list((tmp_path / f"_{NAME}").glob(".tmp-*"))


def test_only_running_out_of_memory_raises_the_limit() -> None:
    oom = duckdb.OutOfMemoryException("Out of Memory Error: failed to allocate")
    assert bigger_memory_limit(oom, "192MB") == "384MiB"
    assert bigger_memory_limit(oom, "3GB") == "6144MiB"
    assert bigger_memory_limit(oom, "6GiB") == "8192MiB"  # capped
    assert bigger_memory_limit(oom, "8GB") is None
    arrow_oom = OSError("Out of Memory Error: failed to allocate data of size 512.0 KiB")
    assert bigger_memory_limit(arrow_oom, "192MB") == "384MiB"
    disk_full = OSError(errno.ENOSPC, "Out of Memory Error? no: No space left on device")
    assert bigger_memory_limit(disk_full, "192MB") is None
    assert bigger_memory_limit(ValueError("Out of Memory Error"), "192MB") is None
