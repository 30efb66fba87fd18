"""Data loss classes of issue 11: a lost pointer, newer data, damaged files, lost metadata.

Each test damages a real dataset on disk the way a restore, a rollback or a failing
disk would, then opens it again with the real writer, reader or command.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citycrawl.cli import main as citycrawl_main
from citycrawl.dataset import (
    DatasetNewerError,
    DatasetUnwritableError,
    DatasetWriter,
    check_writable,
    connect,
    load,
)
from citycrawl.dataset.paths import DatasetPaths, published_version
from citycrawl.incremental import IncrementalState
from citycrawl.outcome import EXIT_DATASET_NEWER
from citycrawl.schema import SCHEMA_VERSION
from tests.dataset_support import CRAWLED_AT, make_item

NAME = "eurocities"


def nightly(out: Path, night: int, ids: range) -> dict:
    """One night's commit: documents ``ids``; document ``night`` gets a new title."""
    crawled = CRAWLED_AT + dt.timedelta(days=night)
    with DatasetWriter(out, NAME) as writer:
        for i in ids:
            title = f"Document {i} night {night}" if i == night else f"Document {i}"
            writer.write(make_item(i, crawled_at=crawled, title=title))
        return writer.commit(finish_reason="finished")


def contents(out: Path) -> dict[str, tuple[str, str]]:
    frame = load(NAME, output_dir=out)
    return dict(
        zip(frame["item_id"], zip(frame["title"], frame["content_hash"], strict=True), strict=True)
    )


def version_dirs(out: Path) -> list[str]:
    return [p.name for _n, p in DatasetPaths(out, NAME).version_dirs()]


@pytest.fixture
def three_nights(tmp_path: Path) -> Path:
    """Three nights; the third sees only the news (so other partitions are hard links)."""
    nightly(tmp_path, 0, range(12))
    nightly(tmp_path, 1, range(12))
    nightly(tmp_path, 2, range(0, 12, 3))
    return tmp_path


def crawl_args(out: Path) -> list[str]:
    """A ``scrapy crawl`` into ``out`` whose seed no server answers (nothing to fetch)."""
    import sys

    seed = "start_urls=http://127.0.0.1:9/"
    return [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        NAME,
        "-a",
        seed,
        "-s",
        f"CITYCRAWL_OUTPUT_DIR={out}",
    ]


# -- 1. the current link ---------------------------------------------------------------


def _drop(link: Path) -> None:
    link.unlink()


def _dangle(link: Path) -> None:
    link.unlink()
    link.symlink_to("v999999")


def _copy_as_directory(link: Path) -> None:
    # What `cp -rL` or a restore that dereferences links leaves.
    target = link.resolve()
    link.unlink()
    shutil.copytree(target, link)


def _point_back(link: Path) -> None:
    older = sorted(p.name for p in link.parent.iterdir() if p.name.startswith("v"))[0]
    link.unlink()
    link.symlink_to(older)


def _drop_every_link(link: Path) -> None:
    out = link.parent.parent
    for path in (link, out / NAME, out / f"{NAME}-history"):
        path.unlink(missing_ok=True)


LINK_DAMAGE: dict[str, Callable[[Path], None]] = {
    "missing": _drop,
    "dangling": _dangle,
    "copied as a directory": _copy_as_directory,
    "pointing at the previous version": _point_back,
    "every symlink dropped": _drop_every_link,
}


@pytest.mark.parametrize("damage", list(LINK_DAMAGE))
def test_losing_the_current_link_never_deletes_a_version(
    three_nights: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    out = three_nights
    before = contents(out)
    versions = version_dirs(out)
    LINK_DAMAGE[damage](DatasetPaths(out, NAME).current)
    if damage != "pointing at the previous version":  # a valid link is what readers follow
        assert contents(out) == before  # readers find the newest complete version meanwhile
    with (
        caplog.at_level(logging.WARNING, logger="citycrawl.dataset"),
        DatasetWriter(out, NAME) as writer,
    ):
        assert set(version_dirs(out)) >= set(versions)  # nothing deleted at start-up
        writer.write(make_item(40))
        writer.commit(finish_reason="finished")
    assert "relinked to" in caplog.text
    after = contents(out)
    assert {k: v for k, v in after.items() if k in before} == before
    assert len(after) == len(before) + 1
    assert len(pq.read_table(out / NAME)) == len(after)  # static links work again


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    nights=st.integers(min_value=1, max_value=4),
    damages=st.lists(st.sampled_from(sorted(LINK_DAMAGE)), min_size=1, max_size=3),
)
def test_no_sequence_of_link_losses_loses_a_document(
    tmp_path_factory: pytest.TempPathFactory, nights: int, damages: list[str]
) -> None:
    out = tmp_path_factory.mktemp("links")
    expected: dict[str, tuple[str, str]] = {}
    for night in range(nights):
        nightly(out, night, range(night * 3, night * 3 + 6))
        expected = contents(out)
    for damage in damages:
        current = DatasetPaths(out, NAME).current
        if current.is_symlink() or current.exists():
            LINK_DAMAGE[damage](current)
        DatasetWriter(out, NAME).close()  # a run that opens and dies
        assert contents(out) == expected
        assert len(pq.read_table(out / NAME)) == len(expected)  # static links restored


# -- 3. a dataset newer than the code -----------------------------------------------------


def _make_newer(out: Path, key: str) -> None:
    """Rewrite the published version as code one schema (or format) version ahead would."""
    version = published_version(DatasetPaths(out, NAME))
    assert version is not None
    for f in version.item_files() + version.history_files():
        table = pq.read_table(f)
        meta = dict(table.schema.metadata or {})
        meta[f"citycrawl.{key}".encode()] = str(int(meta[f"citycrawl.{key}".encode()]) + 1).encode()
        table = table.append_column("future_column", pa.array(["from the future"] * len(table)))
        f.unlink()  # the file is a hard link shared with older versions: replace, not edit
        pq.write_table(table.replace_schema_metadata(meta), f)
    info = dict(version.info)
    info[key] += 1
    (version.path / "version.json").write_text(json.dumps(info))


@pytest.mark.parametrize("key", ["schema_version", "dataset_format_version"])
def test_a_newer_dataset_is_never_written_and_reads_keep_its_columns(
    three_nights: Path, key: str
) -> None:
    out = three_nights
    _make_newer(out, key)
    store = DatasetPaths(out, NAME).store
    data = lambda: {  # noqa: E731  (every file but the lock, which any opener writes)
        p: p.stat().st_mtime_ns for p in store.rglob("*") if p.is_file() and p.name != "lock"
    }
    snapshot = data()
    with pytest.raises(DatasetNewerError, match=r"newer than this code's .*refusing to write"):
        DatasetWriter(out, NAME)
    with pytest.raises(DatasetNewerError):
        check_writable(out, NAME)
    assert data() == snapshot
    if key == "schema_version":
        frame = load(NAME, output_dir=out)
        assert set(frame["future_column"]) == {"from the future"}
        assert "future_column" in load(NAME, history=True, output_dir=out).columns
    columns = [c[0] for c in connect(NAME, output_dir=out).sql("DESCRIBE items").fetchall()]
    assert "future_column" in columns


@pytest.mark.slow
def test_scrapy_crawl_of_a_newer_dataset_exits_4_with_one_line(three_nights: Path) -> None:
    import subprocess

    from citycrawl.cli import crawl_environment

    _make_newer(three_nights, "schema_version")
    result = subprocess.run(
        crawl_args(three_nights),
        env=crawl_environment(),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == EXIT_DATASET_NEWER, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert f"newer than this code's {SCHEMA_VERSION}" in result.stderr


# -- 4. damaged files ---------------------------------------------------------------------


def _truncate(f: Path) -> None:
    data = f.read_bytes()
    f.write_bytes(data[: len(data) // 2])


def _zero(f: Path) -> None:
    f.write_bytes(bytes(f.stat().st_size))


def _garbage(f: Path) -> None:
    f.write_bytes(os.urandom(f.stat().st_size))


def _garbage_inside(f: Path) -> None:
    # The footer survives: only reading the pages tells.
    data = bytearray(f.read_bytes())
    footer = int.from_bytes(data[-8:-4], "little") + 8
    middle = (len(data) - footer) // 2
    data[middle : middle + 512] = os.urandom(512)
    f.write_bytes(bytes(data))


FILE_DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": _truncate,
    "zeroed": _zero,
    "garbage": _garbage,
    "garbage inside, footer intact": _garbage_inside,
}


def _damage_shared_file(out: Path, table: str, damage: str) -> Path:
    """Damage, in place, a data file the previous version shares (a hard link)."""
    version = published_version(DatasetPaths(out, NAME))
    assert version is not None
    files = version.item_files() if table == "items" else version.history_files()
    shared = [f for f in files if f.stat().st_nlink > 1]
    assert shared, "unchanged files are hard links into the previous version"
    FILE_DAMAGE[damage](shared[0])
    return shared[0]


@pytest.mark.parametrize("damage", list(FILE_DAMAGE))
def test_a_damaged_current_file_is_named_and_rebuilt_at_the_next_commit(
    three_nights: Path,
    damage: str,
    caplog: pytest.LogCaptureFixture,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    out = three_nights
    bad = _damage_shared_file(out, "items", damage)
    with caplog.at_level(logging.WARNING, logger="citycrawl.dataset"):
        # The next night touches every partition, so even damage behind an intact
        # footer is met by the merge.
        manifest = nightly(out, 3, range(12))
    assert bad.name in caplog.text
    assert "rebuilt from the history" in caplog.text
    control = tmp_path_factory.mktemp("control")  # the same nights, nothing damaged
    for night, ids in ((0, range(12)), (1, range(12)), (2, range(0, 12, 3))):
        nightly(control, night, ids)
    expected = nightly(control, 3, range(12))
    assert contents(out) == contents(control)
    assert manifest["counts"] == expected["counts"]


@pytest.mark.parametrize("damage", list(FILE_DAMAGE))
def test_citycrawl_repair_finds_and_rebuilds_damage_with_one_line(
    three_nights: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = three_nights
    before = contents(out)
    history_before = len(load(NAME, history=True, output_dir=out))
    bad = _damage_shared_file(out, "items", damage)
    assert citycrawl_main(["repair", "--output", str(out)]) == 0
    printed = capsys.readouterr()
    assert f"damaged {bad.relative_to(bad.parents[2])}; repaired" in printed.out  # named
    assert "0 lost" in printed.out
    assert contents(out) == before
    assert len(load(NAME, history=True, output_dir=out)) == history_before
    assert citycrawl_main(["repair", "--output", str(out), "--network", NAME]) == 0
    assert "healthy" in capsys.readouterr().out
    # The next incremental crawl walks every listing after a repair.
    assert IncrementalState.load(out, NAME).walk_complete is False


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_a_damaged_history_file_is_dropped_and_the_current_view_kept(
    three_nights: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = three_nights
    before = contents(out)
    _damage_shared_file(out, "history", damage)
    assert citycrawl_main(["repair", "--output", str(out)]) == 0
    assert "0 lost" in capsys.readouterr().out
    assert contents(out) == before
    nightly(out, 3, range(12))  # and the dataset takes new nights again


def test_damage_to_both_tables_asks_for_a_full_crawl(
    three_nights: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = three_nights
    version = published_version(DatasetPaths(out, NAME))
    assert version is not None
    for f in version.item_files() + version.history_files():
        _garbage(f)
    assert citycrawl_main(["repair", "--output", str(out)]) == 1
    assert "run a full crawl" in capsys.readouterr().out
    assert load(NAME, output_dir=out).empty  # typed and readable, if empty
    nightly(out, 3, range(12))
    assert len(load(NAME, output_dir=out)) == 12


# -- 4. lost metadata ---------------------------------------------------------------------


def test_a_lost_version_json_is_rebuilt_from_the_files(
    three_nights: Path, caplog: pytest.LogCaptureFixture
) -> None:
    out = three_nights
    before = contents(out)
    version = published_version(DatasetPaths(out, NAME))
    assert version is not None
    (version.path / "version.json").unlink()
    # Meanwhile readers fall back to the previous version, complete on its own.
    assert len(load(NAME, output_dir=out)) == len(before)
    with caplog.at_level(logging.WARNING, logger="citycrawl.dataset"):
        DatasetWriter(out, NAME).close()
    assert "version.json was lost; rebuilt" in caplog.text
    rebuilt = published_version(DatasetPaths(out, NAME))
    assert rebuilt is not None
    assert rebuilt.path == version.path
    assert rebuilt.runs == version.runs
    assert rebuilt.info["items"] == version.info["items"]
    assert sorted(rebuilt.info["history"]) == sorted(version.info["history"])
    assert contents(out) == before


@pytest.mark.parametrize("how", ["deleted", "truncated"])
def test_a_lost_newest_run_manifest_gets_a_stand_in(three_nights: Path, how: str) -> None:
    out = three_nights
    version = published_version(DatasetPaths(out, NAME))
    assert version is not None
    manifest = version.manifest_path(version.runs[-1])
    if how == "deleted":
        manifest.unlink()
    else:
        manifest.write_text(manifest.read_text()[:40])
    # Before any writer: the crawl's state loads, and does not trust the lost run.
    state = IncrementalState.load(out, NAME)
    assert len(state) == 12
    assert state.walk_complete is False
    nightly(out, 3, range(12))
    stand_in = json.loads(manifest.read_text())
    assert stand_in["reconstructed"] is True
    assert stand_in["finish_reason"] == "unknown"


# -- 5. a read-only output folder -----------------------------------------------------------


@pytest.fixture
def read_only(three_nights: Path) -> Path:
    """``three_nights`` made read-only: a read-only bind mount as root, else mode 0555."""
    import subprocess

    if os.geteuid() == 0:
        bound = subprocess.run(
            ["mount", "--bind", "-o", "ro", str(three_nights), str(three_nights)],
            capture_output=True,
            check=False,
        )
        if bound.returncode != 0:
            pytest.skip(f"no read-only bind mount here: {bound.stderr.decode().strip()}")
        subprocess.run(["mount", "-o", "remount,bind,ro", str(three_nights)], check=False)
        yield three_nights
        subprocess.run(["umount", str(three_nights)], check=False)
    else:
        for path in [three_nights, *three_nights.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o555)
        yield three_nights
        for path in [three_nights, *three_nights.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)


def test_a_read_only_output_is_one_clear_error_and_still_readable(read_only: Path) -> None:
    with pytest.raises(DatasetUnwritableError, match="cannot write dataset 'eurocities'"):
        DatasetWriter(read_only, NAME)
    with pytest.raises(DatasetUnwritableError):
        check_writable(read_only, NAME)
    assert len(load(NAME, output_dir=read_only)) == 12


@pytest.mark.slow
def test_scrapy_crawl_into_a_read_only_output_exits_1_with_one_line(read_only: Path) -> None:
    import subprocess

    from citycrawl.cli import crawl_environment

    result = subprocess.run(
        crawl_args(read_only),
        env=crawl_environment(),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert "cannot write dataset 'eurocities'" in result.stderr
