"""Archived versions in the dataset: never the current row over a later one, always history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from citycrawl.dataset import DatasetWriter, load
from tests.dataset_support import make_item

NAME = "eurocities"
LIVE_AT = dt.datetime(2026, 3, 3, 12, tzinfo=dt.UTC)


def run(out: Path, items: list[dict]) -> dict:
    with DatasetWriter(out, NAME) as writer:
        for item in items:
            writer.write(item)
        return writer.commit(finish_reason="finished")


def archived(i: int, year: int, title: str) -> dict:
    at = dt.datetime(year, 6, 1, 8, 30, tzinfo=dt.UTC)
    url = f"https://web.archive.org/web/{at:%Y%m%d%H%M%S}id_/https://eurocities.eu/latest/doc-{i}/"
    return make_item(i, crawled_at=at, archived_at=at, archive_url=url, title=title)


def history(out: Path) -> pd.DataFrame:
    return load(NAME, history=True, output_dir=out).sort_values("crawled_at")


def test_a_later_backfill_never_replaces_the_live_row_and_history_keeps_every_version(
    tmp_path: Path,
) -> None:
    run(tmp_path, [make_item(1, crawled_at=LIVE_AT, title="live")])
    captures = [archived(1, 2019, "first"), archived(1, 2020, "first"), archived(1, 2021, "second")]
    manifest = run(tmp_path, captures)

    view = load(NAME, output_dir=tmp_path)
    assert view["title"].tolist() == ["live"]
    assert view["archived_at"].isna().all()
    assert manifest["counts"]["stale"] == 1
    # Two captures of unchanged content are one version; each change is one.
    assert history(tmp_path)["title"].tolist() == ["first", "second", "live"]
    assert manifest["counts"]["rows_history_added"] == 2

    # The same backfill again adds nothing.
    again = run(tmp_path, captures)
    assert again["counts"]["rows_history_added"] == 0
    assert len(history(tmp_path)) == 3


def test_an_archive_only_document_is_current_at_its_newest_capture(tmp_path: Path) -> None:
    run(tmp_path, [archived(2, 2016, "old"), archived(2, 2018, "new")])
    view = load(NAME, output_dir=tmp_path)
    assert view["title"].tolist() == ["new"]
    assert view["archived_at"].iloc[0] == dt.datetime(2018, 6, 1, 8, 30, tzinfo=dt.UTC)
    assert view["first_seen"].iloc[0] == dt.datetime(2018, 6, 1, 8, 30, tzinfo=dt.UTC)
    assert history(tmp_path)["title"].tolist() == ["old", "new"]

    # A live crawl later replaces it as the current row; the archived versions stay.
    run(tmp_path, [make_item(2, crawled_at=LIVE_AT, title="live")])
    assert load(NAME, output_dir=tmp_path)["title"].tolist() == ["live"]
    assert history(tmp_path)["title"].tolist() == ["old", "new", "live"]


def test_an_archived_copy_of_unchanged_content_is_no_new_version(tmp_path: Path) -> None:
    run(tmp_path, [make_item(3, crawled_at=LIVE_AT)])
    manifest = run(tmp_path, [archived(3, 2024, make_item(3)["title"])])
    # archived_at and archive_url are not content: same content_hash as the live row.
    assert manifest["counts"]["unchanged"] == 1
    assert manifest["counts"]["rows_history_added"] == 0
