"""Unit tests of the dataset layer (in-process, offline, fast)."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest

from citycrawl.dataset import (
    CURRENT_SCHEMA,
    HISTORY_SCHEMA,
    DatasetLockedError,
    DatasetWriter,
    DiskFullError,
    connect,
    load,
    read_ledger,
)
from citycrawl.dataset.dictionary import render
from citycrawl.dataset.faults import ENV, FaultInjected
from citycrawl.dataset.paths import DatasetPaths, partition_dirname, published_version
from citycrawl.schema import ITEM_COLUMN_NAMES, ITEM_SCHEMA, SCHEMA_VERSION
from pipelines.dataset_writer import UPCOMING_EVENTS
from tests.dataset_support import CRAWLED_AT, make_item

NAME = "eurocities"
DAY2 = CRAWLED_AT + dt.timedelta(days=1)


def run(out: Path, items: list[dict], **commit: object) -> dict:
    commit.setdefault("finish_reason", "finished")
    with DatasetWriter(out, NAME, withdrawal=UPCOMING_EVENTS) as writer:
        for item in items:
            writer.write(item)
        return writer.commit(**commit)  # type: ignore[arg-type]


def current(out: Path) -> pd.DataFrame:
    return pd.read_parquet(out / NAME).set_index("item_id").sort_index()


def all_parquet(out: Path) -> list[Path]:
    return sorted((out / f"_{NAME}").rglob("*.parquet"))


def upcoming_event(i: int, **overrides: object) -> dict:
    start = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=30)
    return make_item(i, item_type="event", event_start=start, event_end=start, **overrides)


# -- schema -----------------------------------------------------------------------------


def test_every_file_has_exactly_the_schema_even_if_the_first_item_lacks_fields(
    tmp_path: Path,
) -> None:
    nullable = [c for c in ITEM_SCHEMA if c.nullable]
    sparse = make_item(0, **{f.name: None for f in nullable})
    run(tmp_path, [sparse, *[make_item(i) for i in range(1, 20)]])
    run(tmp_path, [make_item(i, crawled_at=DAY2, title="t") for i in range(5)])
    files = all_parquet(tmp_path)
    assert files
    for f in files:
        expected = HISTORY_SCHEMA if "/history/" in str(f) else CURRENT_SCHEMA
        assert pq.read_schema(f).equals(expected, check_metadata=True), f
        assert pq.ParquetFile(f).metadata.row_group(0).column(0).compression == "ZSTD"


def test_column_descriptions_and_schema_version_are_in_the_files(tmp_path: Path) -> None:
    run(tmp_path, [make_item(1)])
    schema = pq.read_schema(next(iter(all_parquet(tmp_path))))
    assert schema.field("title").metadata[b"description"] == b"Title as shown, plain text."
    assert schema.metadata[b"citycrawl.schema_version"] == str(SCHEMA_VERSION).encode()


def test_empty_first_crawl_publishes_one_empty_file_with_the_schema(tmp_path: Path) -> None:
    manifest = run(tmp_path, [])
    assert manifest["counts"]["rows_current"] == 0
    (only,) = all_parquet(tmp_path)
    assert pq.read_schema(only).equals(CURRENT_SCHEMA, check_metadata=True)
    frame = pd.read_parquet(tmp_path / NAME)
    assert frame.empty
    assert list(frame.columns) == CURRENT_SCHEMA.names
    assert load(NAME, output_dir=tmp_path, history=True).empty
    # The placeholder goes away once there are rows.
    run(tmp_path, [make_item(1)])
    assert len(pd.read_parquet(tmp_path / NAME)) == 1


def test_wrongly_typed_or_incomplete_items_are_rejected_not_coerced(tmp_path: Path) -> None:
    with DatasetWriter(tmp_path, NAME) as writer:
        with pytest.raises(TypeError, match="published"):
            writer.write(make_item(1, published="2024-03-01"))
        with pytest.raises(TypeError, match="crawled_at"):
            writer.write(make_item(1, crawled_at=dt.datetime(2026, 3, 3)))  # naive
        with pytest.raises(TypeError, match="reading_minutes"):
            writer.write(make_item(1, reading_minutes=True))
        with pytest.raises(TypeError, match="not nullable"):
            writer.write(make_item(1, title=None))
        with pytest.raises(TypeError, match="missing \\['url'\\]"):
            writer.write({k: v for k, v in make_item(1).items() if k != "url"})
        assert writer.spooled == 0


# -- upserts, history, withdrawal -----------------------------------------------------------


def test_rerun_of_the_same_site_is_a_no_op(tmp_path: Path) -> None:
    items = [make_item(i) for i in range(30)]
    first = run(tmp_path, items)
    before = current(tmp_path)
    second = run(tmp_path, items)
    assert first["counts"]["new"] == 30
    assert second["counts"] | {"items": 0} == {
        "items": 0,
        "new": 0,
        "changed": 0,
        "unchanged": 30,
        "stale": 0,
        "clock_behind": 0,
        "withdrawn": 0,
        "rows_current": 30,
        "rows_history_added": 0,
    }
    pd.testing.assert_frame_equal(current(tmp_path), before)
    assert len(load(NAME, history=True, output_dir=tmp_path)) == 30


def test_a_changed_title_gives_one_new_version(tmp_path: Path) -> None:
    run(tmp_path, [make_item(i) for i in range(10)])
    manifest = run(
        tmp_path,
        [
            make_item(i, crawled_at=DAY2, title="New" if i == 3 else None)
            if i == 3
            else make_item(i, crawled_at=DAY2)
            for i in range(10)
        ],
    )
    assert manifest["counts"]["changed"] == 1
    assert manifest["counts"]["unchanged"] == 9
    view = current(tmp_path)
    changed = view.loc[make_item(3)["item_id"]]
    assert changed["title"] == "New"
    assert changed["first_seen"] == CRAWLED_AT
    assert changed["last_changed"] == DAY2
    other = view.loc[make_item(4)["item_id"]]
    assert (other["first_seen"], other["last_changed"], other["last_seen"]) == (
        CRAWLED_AT,
        CRAWLED_AT,
        DAY2,
    )
    history = load(NAME, history=True, output_dir=tmp_path)
    versions = history[history["item_id"] == make_item(3)["item_id"]]
    assert sorted(versions["title"]) == ["Document 3", "New"]
    assert versions["run_id"].nunique() == 2


@pytest.mark.parametrize("ahead", [dt.timedelta(seconds=1), dt.timedelta(days=366)])
def test_a_clock_that_ran_ahead_never_freezes_the_dataset(
    tmp_path: Path, ahead: dt.timedelta, caplog: pytest.LogCaptureFixture
) -> None:
    # Night 1 with the clock `ahead`; nights 2 and 3 with the real clock: their changes win.
    run(tmp_path, [make_item(1, crawled_at=DAY2 + ahead, title="night 1")])
    with caplog.at_level("WARNING", logger="citycrawl.dataset"):
        manifest = run(tmp_path, [make_item(1, crawled_at=DAY2, title="night 2")])
    assert manifest["counts"]["clock_behind"] == 1
    assert manifest["counts"]["changed"] == 1
    assert "clock went backwards" in caplog.text
    run(tmp_path, [make_item(1, crawled_at=DAY2 + dt.timedelta(days=1), title="night 3")])
    view = current(tmp_path)
    assert view["title"].tolist() == ["night 3"]
    assert view["last_changed"].tolist() == [DAY2 + dt.timedelta(days=1)]
    history = load(NAME, history=True, output_dir=tmp_path)
    assert sorted(history["title"]) == ["night 1", "night 2", "night 3"]


def test_vanished_upcoming_event_is_withdrawn_only_after_a_complete_crawl(
    tmp_path: Path,
) -> None:
    event, past_event = upcoming_event(1), make_item(4)  # make_item(4): an event in 2026-01
    news = make_item(3)
    run(tmp_path, [event, past_event, news])
    assert past_event["event_end"] < dt.datetime.now(dt.UTC).date()
    status = lambda: current(tmp_path)["status"].to_dict()  # noqa: E731
    # Incremental crawl, and a complete crawl that did not finish: nothing withdrawn.
    run(tmp_path, [news], complete=False)
    run(tmp_path, [news], complete=True, finish_reason="shutdown")
    assert set(status().values()) == {"active"}
    manifest = run(tmp_path, [news], complete=True)
    assert manifest["counts"]["withdrawn"] == 1
    assert status() == {
        event["item_id"]: "withdrawn",
        past_event["item_id"]: "active",
        news["item_id"]: "active",
    }
    assert len(current(tmp_path)) == 3  # kept, not dropped
    run(tmp_path, [event, news], complete=True)
    assert status()[event["item_id"]] == "active"


def test_an_empty_complete_crawl_withdraws_nothing(tmp_path: Path) -> None:
    run(tmp_path, [upcoming_event(1)])
    assert run(tmp_path, [], complete=True)["counts"]["withdrawn"] == 0


def test_duplicate_keys_in_one_run_keep_the_newest(tmp_path: Path) -> None:
    run(tmp_path, [make_item(1, title="old"), make_item(1, crawled_at=DAY2, title="new")])
    assert current(tmp_path)["title"].tolist() == ["new"]


def test_manifest_records_run_and_dropped_counts(tmp_path: Path) -> None:
    stats = {"citycrawl/dropped/no_title": 2, "citycrawl/dropped/offsite": 1, "other": 5}
    manifest = run(tmp_path, [make_item(1)], stats=stats, complete=True)
    assert manifest["dropped"] == {"no_title": 2, "offsite": 1}
    assert manifest["finish_reason"] == "finished"
    assert manifest["complete"] is True
    assert manifest["schema_version"] == SCHEMA_VERSION
    on_disk = tmp_path / f"_{NAME}" / "current" / "runs" / f"{manifest['run_id']}.json"
    assert json.loads(on_disk.read_text()) == manifest


# -- partitions and readers -------------------------------------------------------------


@pytest.mark.parametrize("value", ["../../etc", "a/b", "_hidden", ".x", "", "News", "x" * 300, "é"])
def test_partition_names_from_text_are_safe_and_distinct(value: str) -> None:
    name = partition_dirname(value)
    assert "/" not in name
    assert name not in {"", ".", ".."}
    assert name[0] not in "._"
    assert len(name) <= 64
    assert name != partition_dirname(value + "!")


def test_hostile_item_type_stays_inside_the_dataset(tmp_path: Path) -> None:
    run(tmp_path, [make_item(1, item_type="../../escape"), make_item(2)])
    assert not (tmp_path.parent / "escape").exists()
    assert sorted(current(tmp_path)["item_type"]) == ["../../escape", "publication"]


def test_glob_readers_see_one_row_per_document_and_no_history(tmp_path: Path) -> None:
    run(tmp_path, [make_item(i) for i in range(20)])
    run(tmp_path, [make_item(i, crawled_at=DAY2, title=f"v2 {i}") for i in range(10, 25)])
    ids = pd.read_parquet(tmp_path / NAME)["item_id"]
    assert len(ids) == ids.nunique() == 25
    rows = duckdb.sql(
        f"SELECT count(*), count(DISTINCT item_id) FROM read_parquet("
        f"'{tmp_path / NAME}/**/*.parquet', hive_partitioning = true)"
    ).fetchall()
    assert rows == [(25, 25)]
    frame = pl.read_parquet(tmp_path / NAME / "**" / "*.parquet")
    assert frame.height == frame["item_id"].n_unique() == 25
    lazy = pl.scan_parquet(tmp_path / NAME / "**" / "*.parquet").select(pl.len()).collect()
    assert lazy.item() == 25
    assert frame.schema["crawled_at"] == pl.Datetime("us", "UTC")
    assert len(pd.read_parquet(tmp_path / f"{NAME}-history")) == 20 + 15


def test_loader_filters_and_dtypes(tmp_path: Path) -> None:
    run(tmp_path, [make_item(i) for i in range(9)])
    run(tmp_path, [make_item(2, crawled_at=DAY2, title="changed")])
    frame = load(NAME, output_dir=tmp_path)
    assert len(frame) == 9
    assert all(isinstance(t, pd.ArrowDtype) for t in frame.dtypes)
    assert str(frame["last_changed"].dtype) == "timestamp[us, tz=UTC][pyarrow]"
    assert set(load(NAME, item_type="event", output_dir=tmp_path)["item_type"]) == {"event"}
    assert len(load(NAME, item_type="event", output_dir=tmp_path)) == 3
    assert len(load(NAME, item_type="nonexistent", output_dir=tmp_path)) == 0
    since = load(NAME, since=DAY2.date(), output_dir=tmp_path)
    assert since["title"].tolist() == ["changed"]
    assert (
        len(load(NAME, since="2026-03-04T00:00:00+00:00", history=True, output_dir=tmp_path)) == 1
    )
    with pytest.raises(ValueError, match="has no time zone"):
        load(NAME, since=dt.datetime(2026, 3, 4), output_dir=tmp_path)
    con = connect(NAME, output_dir=tmp_path)
    assert con.sql("SELECT count(*) FROM items").fetchall() == [(9,)]
    assert con.sql("SELECT count(*) FROM history").fetchall() == [(10,)]
    ledger = read_ledger(NAME, tmp_path)
    assert ledger.num_rows == 9
    assert ledger.column_names == ["item_id", "url", "content_hash", "crawled_at", "status"]


@pytest.mark.parametrize(
    ("since", "titles"),
    [
        ("2026-03-04", ["changed"]),  # the documented form
        (" 2026-03-04 ", ["changed"]),
        ("20260304", ["changed"]),
        ("2026-03-03", ["Document 0", "Document 1", "changed"]),
        ("2026-03-04T00:00:00Z", ["changed"]),
        ("2026-03-04T01:00:00+02:00", ["changed"]),  # 23:00 UTC the day before
        ("2026-03-04T12:00:01+00:00", []),
        (dt.date(2026, 3, 4), ["changed"]),
        (dt.datetime(2026, 3, 4, 12, tzinfo=dt.UTC), ["changed"]),
    ],
)
def test_loader_since_takes_dates_and_zoned_times_in_any_iso_form(
    tmp_path: Path, since: object, titles: list[str]
) -> None:
    run(tmp_path, [make_item(i) for i in range(2)])
    run(tmp_path, [make_item(2, crawled_at=DAY2, title="changed")])
    frame = load(NAME, since=since, output_dir=tmp_path)  # type: ignore[arg-type]
    assert sorted(frame["title"]) == titles


@pytest.mark.parametrize("since", ["2026-03-04T10:00", "yesterday", "2026-02-30", ""])
def test_loader_since_refuses_what_names_no_instant(tmp_path: Path, since: str) -> None:
    run(tmp_path, [make_item(1)])
    with pytest.raises(ValueError, match="since="):
        load(NAME, since=since, output_dir=tmp_path)


def test_loader_without_dataset_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no published dataset"):
        load(NAME, output_dir=tmp_path)
    assert read_ledger(NAME, tmp_path).num_rows == 0


def test_loader_gives_typed_empty_history_for_connect(tmp_path: Path) -> None:
    run(tmp_path, [])
    con = connect(NAME, output_dir=tmp_path)
    assert con.sql("SELECT count(*) FROM history").fetchall() == [(0,)]
    assert "run_id" in [d[0] for d in con.sql("SELECT * FROM history").description]


# -- versions, compaction, migration ------------------------------------------------------


def test_old_versions_are_pruned_but_the_previous_one_is_kept(tmp_path: Path) -> None:
    for day in range(4):
        run(tmp_path, [make_item(1, crawled_at=CRAWLED_AT + dt.timedelta(days=day))])
    versions = sorted(p.name for p in (tmp_path / f"_{NAME}").glob("v*"))
    assert versions == ["v000003", "v000004"]


def test_nightly_history_files_are_compacted(tmp_path: Path) -> None:
    for day in range(5):
        with DatasetWriter(tmp_path, NAME, history_max_files=3) as writer:
            writer.write(
                make_item(1, crawled_at=CRAWLED_AT + dt.timedelta(days=day), title=f"t{day}")
            )
            writer.write(make_item(day + 10))
            writer.commit(finish_reason="finished")
    version = published_version(DatasetPaths(tmp_path, NAME))
    assert version is not None
    assert len(version.history_files()) <= 3
    history = load(NAME, history=True, output_dir=tmp_path)
    assert len(history) == 5 + 5
    assert sorted(history[history["item_id"] == make_item(1)["item_id"]]["title"]) == [
        f"t{d}" for d in range(5)
    ]


def test_a_schema_change_migrates_every_file(tmp_path: Path) -> None:
    run(tmp_path, [make_item(i) for i in range(6)])
    # Make the published version look like one written before `language` existed.
    version = published_version(DatasetPaths(tmp_path, NAME))
    assert version is not None
    for f in version.item_files() + version.history_files():
        table = pq.read_table(f).drop_columns(["language"])
        f.unlink()  # the file is hard-linked nowhere yet, but never write through links
        pq.write_table(table, f)
    info = version.info | {"schema_version": 0}
    (version.path / "version.json").write_text(json.dumps(info))
    manifest = run(tmp_path, [make_item(0, crawled_at=DAY2)])
    assert manifest["migrated"] is True
    new = published_version(DatasetPaths(tmp_path, NAME))
    assert new is not None
    for f in new.item_files():
        assert pq.read_schema(f).equals(CURRENT_SCHEMA, check_metadata=True)
    for f in new.history_files():
        assert pq.read_schema(f).equals(HISTORY_SCHEMA, check_metadata=True)
    view = current(tmp_path)
    assert view["language"].isna().sum() == 5  # unknown for rows written before
    assert view.loc[make_item(0)["item_id"], "language"] == "en"


def test_schema_1_datasets_gain_the_crawl_state_columns_on_the_next_commit(
    tmp_path: Path,
) -> None:
    # Schema 2 added card_hash, etag and last_modified: a dataset written before has
    # files without them and says schema version 1.
    state = ["card_hash", "etag", "last_modified"]
    run(tmp_path, [make_item(i) for i in range(6)])
    version = published_version(DatasetPaths(tmp_path, NAME))
    assert version is not None
    for f in version.item_files() + version.history_files():
        table = pq.read_table(f).drop_columns(state)
        old_meta = {**table.schema.metadata, b"citycrawl.schema_version": b"1"}
        f.unlink()  # never write through a hard link
        pq.write_table(table.replace_schema_metadata(old_meta), f)
    (version.path / "version.json").write_text(json.dumps(version.info | {"schema_version": 1}))

    validators = {
        "card_hash": "c" * 64,
        "etag": '"abc"',
        "last_modified": dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
    }
    manifest = run(tmp_path, [make_item(0, crawled_at=DAY2, **validators)])
    assert manifest["migrated"] is True
    # The crawl-state columns are no content: the recrawled document is unchanged.
    assert (manifest["counts"]["changed"], manifest["counts"]["unchanged"]) == (0, 1)
    new = published_version(DatasetPaths(tmp_path, NAME))
    assert new is not None
    assert new.info["schema_version"] == SCHEMA_VERSION
    # Every file is rewritten with the new schema, none is carried over: never mixed.
    assert not {f.name for f in new.item_files()} & {f.name for f in version.item_files()}
    for f in new.item_files():
        assert pq.read_schema(f).equals(CURRENT_SCHEMA, check_metadata=True), f
    for f in new.history_files():
        assert pq.read_schema(f).equals(HISTORY_SCHEMA, check_metadata=True), f
    view = current(tmp_path)
    assert view.drop(index=make_item(0)["item_id"])[state].isna().all(axis=None)
    row = view.loc[make_item(0)["item_id"]]
    assert (row["card_hash"], row["etag"]) == ("c" * 64, '"abc"')
    assert row["last_modified"] == validators["last_modified"]
    assert len(load(NAME, history=True, output_dir=tmp_path)) == 6


LEGACY_DATE_TEXTS = [
    ("date: 8 November 2021", [("date", "8 November 2021")]),
    (
        "event date: 9 June 2026; 9-10 June, 10:00 CET",
        [("event date", "9 June 2026"), (None, "9-10 June, 10:00 CET")],
    ),
    (
        "start date: 1 May 2019; end date: 3 May 2019",
        [("start date", "1 May 2019"), ("end date", "3 May 2019")],
    ),
    ("published (cms): 2020-01-01", [("published (cms)", "2020-01-01")]),
    (None, []),
]


def _as_schema_5(out: Path) -> None:
    """Rewrite the published version as schema 5 wrote it: no ``date_texts``."""
    version = published_version(DatasetPaths(out, NAME))
    assert version is not None
    for f in version.item_files() + version.history_files():
        table = pq.read_table(f).drop_columns(["date_texts"])
        old_meta = {**table.schema.metadata, b"citycrawl.schema_version": b"5"}
        f.unlink()  # never write through a hard link
        pq.write_table(table.replace_schema_metadata(old_meta), f)
    (version.path / "version.json").write_text(json.dumps(version.info | {"schema_version": 5}))


def test_schema_5_datasets_get_date_texts_from_date_text_when_migrated(tmp_path: Path) -> None:
    items = [
        make_item(i, date_text=text, date_texts=[{"label": "x", "text": "lost in schema 5"}])
        for i, (text, _records) in enumerate(LEGACY_DATE_TEXTS)
    ]
    run(tmp_path, items)
    _as_schema_5(tmp_path)
    from citycrawl.incremental import IncrementalState

    before = IncrementalState.load(tmp_path, NAME)  # the crawl reads it before migrating
    manifest = run(tmp_path, [make_item(40)])
    assert manifest["migrated"] is True
    assert manifest["counts"]["changed"] == 0  # date_texts is no content: hashes stay
    view = current(tmp_path)
    for item, (_text, records) in zip(items, LEGACY_DATE_TEXTS, strict=True):
        stored = [(d["label"], d["text"]) for d in view.loc[item["item_id"], "date_texts"]]
        assert stored == records
        assert list(before.documents[item["item_id"]].date_texts) == records
    history = load(NAME, history=True, output_dir=tmp_path).set_index("item_id")
    assert [d["text"] for d in history.loc[items[1]["item_id"], "date_texts"]] == [
        "9 June 2026",
        "9-10 June, 10:00 CET",
    ]


# -- crash safety in process --------------------------------------------------------------


def test_second_writer_fails_fast_with_the_holder(tmp_path: Path) -> None:
    with (
        DatasetWriter(tmp_path, NAME) as first,
        pytest.raises(
            DatasetLockedError, match=rf"locked by run {first.run_id} \(pid {os.getpid()}\)"
        ),
    ):
        DatasetWriter(tmp_path, NAME)
    DatasetWriter(tmp_path, NAME).close()  # released on close


def test_exception_in_the_writer_publishes_nothing_and_keeps_the_spool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(tmp_path, [make_item(i) for i in range(5)])
    before = current(tmp_path)
    monkeypatch.setenv(ENV, "write:raise")
    with DatasetWriter(tmp_path, NAME) as writer:
        for i in range(5, 10):
            writer.write(make_item(i))
        with pytest.raises(FaultInjected):
            writer.commit(finish_reason="finished")
    pd.testing.assert_frame_equal(current(tmp_path), before)
    assert not list((tmp_path / f"_{NAME}").glob(".tmp-*"))
    assert len(list((tmp_path / f"_{NAME}" / "spool").glob("*.jsonl"))) == 1
    monkeypatch.delenv(ENV)
    manifest = run(tmp_path, [])  # the next run commits the kept spool first
    assert len(current(tmp_path)) == 10
    assert manifest["counts"]["items"] == 0


def test_disk_full_keeps_the_previous_version_and_the_spool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(tmp_path, [make_item(1)])
    monkeypatch.setenv(ENV, "before_rename:enospc")
    with DatasetWriter(tmp_path, NAME) as writer:
        writer.write(make_item(2))
        with pytest.raises(DiskFullError, match=r"items are kept in .*jsonl for the next run"):
            writer.commit(finish_reason="finished")
    assert len(current(tmp_path)) == 1
    assert not list((tmp_path / f"_{NAME}").glob(".tmp-*"))


def test_torn_spool_line_is_dropped_and_the_rest_recovered(tmp_path: Path) -> None:
    writer = DatasetWriter(tmp_path, NAME)
    for i in range(7):
        writer.write(make_item(i))
    writer.close()  # as if killed: no commit
    with writer.spool_path.open("ab") as f:
        f.write(b'{"item_id": "torn')
    manifest = run(tmp_path, [])
    assert manifest["counts"]["items"] == 0
    runs = [
        json.loads(p.read_text()) for p in (tmp_path / f"_{NAME}" / "current" / "runs").iterdir()
    ]
    (recovered,) = [m for m in runs if m["recovered"]]
    assert recovered["finish_reason"] == "crashed"
    assert recovered["counts"]["new"] == 7
    assert len(current(tmp_path)) == 7


def test_crash_after_publish_does_not_commit_the_spool_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, "after_publish:raise")
    with DatasetWriter(tmp_path, NAME) as writer:
        writer.write(make_item(1))
        with pytest.raises(FaultInjected):
            writer.commit(finish_reason="finished")
    monkeypatch.delenv(ENV)
    run(tmp_path, [])
    version = published_version(DatasetPaths(tmp_path, NAME))
    assert version is not None
    assert version.number == 2  # v1 = the run, v2 = this empty run; no re-commit
    assert len(load(NAME, history=True, output_dir=tmp_path)) == 1


def test_items_columns_match_the_item_schema() -> None:
    assert CURRENT_SCHEMA.names[: len(ITEM_COLUMN_NAMES)] == list(ITEM_COLUMN_NAMES)
    assert HISTORY_SCHEMA.names[: len(ITEM_COLUMN_NAMES)] == list(ITEM_COLUMN_NAMES)


def test_data_dictionary_is_generated_from_the_schema() -> None:
    committed = Path(__file__).resolve().parent.parent / "docs" / "data-dictionary.md"
    assert committed.read_text(encoding="utf-8") == render(), (
        "regenerate: python -m citycrawl.dataset.dictionary > docs/data-dictionary.md"
    )
    for name in CURRENT_SCHEMA.names + HISTORY_SCHEMA.names:
        assert f"| `{name}` |" in committed.read_text(encoding="utf-8")
