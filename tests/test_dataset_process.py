"""Process-level dataset tests: SIGKILL at named points, two writers, a full disk.

Each test drives tests/dataset_driver.py in subprocesses and checks the published
dataset between and after the runs.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from citycrawl.dataset import CURRENT_SCHEMA, HISTORY_SCHEMA
from citycrawl.dataset.faults import ENV
from tests.dataset_support import make_item
from tests.tmpfs import small_tmpfs

pytestmark = pytest.mark.slow

DRIVER = Path(__file__).resolve().parent / "dataset_driver.py"
NAME = "eurocities"


def driver(out: Path, *args: str, fault: str | None = None) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != ENV}
    if fault:
        env[ENV] = fault
    return subprocess.Popen(
        [sys.executable, str(DRIVER), str(out), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=60)
    return proc.returncode, out, err


def kill(proc: subprocess.Popen[str]) -> None:
    proc.kill()
    proc.communicate(timeout=60)  # reaps the process and closes its pipes


def wait_for_line(stream: object, prefix: str) -> str:
    for line in stream:  # type: ignore[attr-defined]
        if line.startswith(prefix):
            return line
    raise AssertionError(f"process ended before printing {prefix!r}")


def check_dataset(out: Path) -> pd.DataFrame:
    """Every Parquet file opens and has the schema; one row per key; no orphans."""
    store = out / f"_{NAME}"
    for f in store.rglob("*.parquet"):
        if "/.tmp-" in str(f):
            continue
        expected = HISTORY_SCHEMA if "/history/" in str(f) else CURRENT_SCHEMA
        assert pq.read_schema(f).equals(expected, check_metadata=True), f
        pq.read_table(f)  # a footer-less file would fail here
    view = pd.read_parquet(out / NAME)
    assert view["item_id"].is_unique
    history = pd.read_parquet(out / f"{NAME}-history")
    assert not history.duplicated(["item_id", "content_hash"]).any()
    return view


def ids(n: int) -> set[str]:
    return {make_item(i)["item_id"] for i in range(n)}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "output"


@pytest.mark.parametrize("point", ["write", "before_rename", "before_publish", "after_publish"])
def test_kill_9_during_the_commit_then_rerun(out: Path, point: str) -> None:
    assert finish(driver(out, "--count", "100"))[0] == 0
    code, _, _ = finish(driver(out, "--count", "300", "--title", "v2", fault=f"{point}:kill"))
    assert code == -signal.SIGKILL
    view = check_dataset(out)
    # The previous complete version, or (killed after publishing) the new one: no mix.
    if point == "after_publish":
        assert set(view["item_id"]) == ids(300)
        assert view["title"].str.startswith("v2").all()
    else:
        assert set(view["item_id"]) == ids(100)
        assert view["title"].str.startswith("Document").all()
    # The next run finishes the work: nothing lost, nothing doubled, orphans swept.
    code, stdout, _ = finish(driver(out, "--count", "300", "--title", "v2"))
    assert code == 0
    view = check_dataset(out)
    assert set(view["item_id"]) == ids(300)
    assert view["title"].str.startswith("v2").all()
    assert not [p for p in (out / f"_{NAME}").iterdir() if p.name.startswith(".tmp-")]
    assert not list((out / f"_{NAME}" / "spool").iterdir())
    assert json.loads(stdout)["counts"]["unchanged"] == 300


def test_kill_9_while_spooling_then_rerun(out: Path) -> None:
    proc = driver(out, "--count", "300", "--pause-after", "120")
    wait_for_line(proc.stdout, "SPOOLED")
    kill(proc)
    assert not (out / NAME).exists()  # nothing published yet
    code, stdout, _ = finish(driver(out, "--count", "300"))
    assert code == 0
    view = check_dataset(out)
    assert set(view["item_id"]) == ids(300)
    runs = [json.loads(p.read_text()) for p in (out / f"_{NAME}" / "current" / "runs").iterdir()]
    recovered = [m for m in runs if m["recovered"]]
    assert [m["counts"]["new"] for m in recovered] == [120]  # the synced spool, recovered
    assert json.loads(stdout)["counts"]["new"] == 180


def test_readers_see_the_previous_version_until_the_pointer_moves(out: Path) -> None:
    assert finish(driver(out, "--count", "50"))[0] == 0
    proc = driver(out, "--count", "80", "--title", "v2", fault="before_publish:pause")
    wait_for_line(proc.stderr, "CITYCRAWL_DATASET_PAUSED")
    view = check_dataset(out)  # new files are complete on disk, but not published
    assert len(view) == 50
    assert view["title"].str.startswith("Document").all()
    kill(proc)


def test_a_second_crawl_fails_fast_and_a_dead_holder_does_not_block(out: Path) -> None:
    assert finish(driver(out, "--count", "10"))[0] == 0
    first = driver(out, "--count", "50", "--pause-after", "20")
    wait_for_line(first.stdout, "SPOOLED")
    code, _, err = finish(driver(out, "--count", "30"))
    assert code == 2
    assert "locked by run " in err
    assert f"(pid {first.pid})" in err
    kill(first)  # a dead holder: the kernel drops its flock
    code, _, _ = finish(driver(out, "--count", "30"))
    assert code == 0
    view = check_dataset(out)
    assert set(view["item_id"]) == ids(30)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    # Elsewhere the in-process ENOSPC test in test_dataset.py still runs.
    with small_tmpfs(tmp_path / "disk", "6m", "the disk-full test (R-21)") as mount:
        yield mount


def test_disk_full_keeps_the_previous_version_and_the_spool(small_disk: Path) -> None:
    out = small_disk / "output"
    assert finish(driver(out, "--count", "20"))[0] == 0
    # ~2.4 MB of incompressible spool fits; its staging copy plus the new version do not.
    code, _, err = finish(driver(out, "--start", "20", "--count", "600", "--random-body"))
    assert code == 2, err
    assert "disk full while committing run" in err
    view = check_dataset(out)
    assert set(view["item_id"]) == ids(20)
    assert not [p for p in (out / f"_{NAME}").iterdir() if p.name.startswith(".tmp-")]
    (spool,) = (out / f"_{NAME}" / "spool").glob("*.jsonl")
    assert spool.read_bytes().count(b"\n") == 600
    # With room again, the next run commits the kept items first.
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    assert finish(driver(out, "--count", "0"))[0] == 0
    assert set(check_dataset(out)["item_id"]) == ids(620)
