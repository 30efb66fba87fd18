"""Every network keeps its own dataset; load() and duckdb() read them together."""

from __future__ import annotations

from pathlib import Path

import pytest

import citycrawl
from citycrawl.dataset import DatasetWriter
from citycrawl.dataset.loader import dataset_names
from citycrawl.sites import get
from tests.rows import make_row


def _write(out: Path, network: str, rows: list[dict[str, object]]) -> None:
    with DatasetWriter(out, network) as writer:
        for row in rows:
            writer.write(row)
        writer.commit(finish_reason="finished")


def _row(network: str, path: str, item_type: str = "news") -> dict[str, object]:
    site = get(network)
    url = site.profile.base_url + path
    return make_row(url=url, item_id=site.item_id(url), source=network, item_type=item_type)


@pytest.fixture
def two_networks(tmp_path: Path) -> Path:
    _write(
        tmp_path, "eurocities", [_row("eurocities", "/latest/a/"), _row("eurocities", "/latest/b/")]
    )
    _write(
        tmp_path,
        "c40",
        [_row("c40", "/news/c/"), _row("c40", "/events/d/", item_type="event")],
    )
    return tmp_path


def test_each_network_has_its_own_dataset(two_networks: Path) -> None:
    assert dataset_names(two_networks) == ["c40", "eurocities"]
    assert (two_networks / "_c40").is_dir()
    assert (two_networks / "_eurocities").is_dir()


def test_load_without_a_network_reads_them_all(two_networks: Path) -> None:
    frame = citycrawl.load(output_dir=two_networks)
    assert sorted(frame["source"].value_counts().items()) == [("c40", 2), ("eurocities", 2)]
    events = citycrawl.load("c40", item_type="event", output_dir=two_networks)
    assert events["url"].tolist() == ["https://www.c40.org/events/d/"]


def test_duckdb_has_views_across_networks_and_per_network(two_networks: Path) -> None:
    con = citycrawl.duckdb(output_dir=two_networks)
    rows = con.execute("SELECT source, count(*) FROM items GROUP BY source ORDER BY 1").fetchall()
    assert rows == [("c40", 2), ("eurocities", 2)]
    assert con.execute('SELECT count(*) FROM "c40_items"').fetchone() == (2,)
    assert con.execute("SELECT count(*) FROM history").fetchone() == (4,)


def test_an_empty_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no published dataset"):
        citycrawl.load(output_dir=tmp_path)
