"""Process-level tests (R-17 to R-22): real crawls killed, interrupted, doubled, starved.

Each test runs ``scrapy crawl eurocities`` as a subprocess over a 300-item site on the
fault server, interferes (SIGKILL at random points, SIGTERM, a fault inside the writer,
a second crawl, a full disk, a changed site), then re-runs the same command and checks
the committed dataset: readable at every moment, one row per key, nothing lost.
The dataset package's own writer-level versions of these live in
tests/test_dataset_process.py; these are the crawl-level ones.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from citycrawl.dataset import CURRENT_SCHEMA, HISTORY_SCHEMA
from citycrawl.dataset.faults import ENV as FAULT_ENV
from citycrawl.dataset.paths import DatasetPaths, published_version
from citycrawl.sites import get
from tests.reliability.conftest import RunningCrawl, run
from tests.reliability.faultserver import FaultServer
from tests.tmpfs import small_tmpfs

pytestmark = pytest.mark.slow

SITE_SIZE = 300
#: The other tests need a crawl that is busy for a moment, not 300 items.
SMALL_SITE = 100
PER_PAGE = 30
NAME = "eurocities"
#: Politeness off, a few requests at a time: a 300-item crawl takes a few seconds.
#: INFO, not DEBUG: logging every item would triple the crawl time. The spool is
#: flushed every 5 items so the tests can watch it grow.
PROCESS_SETTINGS = {
    "CONCURRENT_REQUESTS_PER_DOMAIN": "4",
    "CITYCRAWL_SPOOL_FSYNC_EVERY": "5",
    "LOG_LEVEL": "INFO",
}
#: A crawl as it runs in production, with a parse worker (the loopback settings have
#: none): a kill or a stop signal must leave no page, row or worker behind there too.
WITH_WORKER = {**PROCESS_SETTINGS, "CITYCRAWL_PARSE_WORKERS": "1"}


def site(server: FaultServer, scn: str, size: int = SITE_SIZE, latency: float = 0.0) -> str:
    """Register a ``size``-item site (listing pages of 30 cards) under ``scn``; its seed URL."""
    server.latency[scn] = latency
    pages = (size + PER_PAGE - 1) // PER_PAGE
    for page in range(1, pages + 1):
        hrefs = [
            f"/{scn}/latest/item-{i}/"
            for i in range((page - 1) * PER_PAGE, min(page * PER_PAGE, size))
        ]
        nxt = f"/{scn}/latest_categories/news/page/{page + 1}/" if page < pages else None
        url = server.add_listing(scn, hrefs, page=page, next_href=nxt)
        if page == 1:
            seed = url
    return seed


def expected_keys(server: FaultServer, scn: str, size: int = SITE_SIZE) -> set[str]:
    site = get("eurocities")
    return {site.item_id(f"{server.origin}/{scn}/latest/item-{i}/") for i in range(size)}


def args(seed: str) -> dict[str, str]:
    return {"start_urls": seed}


def check_dataset(out: Path) -> list[str]:
    """Every published Parquet file opens with its schema; the keys (may repeat: checked)."""
    store = out / f"_{NAME}"
    for path in store.rglob("*.parquet"):
        if "/.tmp-" in str(path):
            continue
        expected = HISTORY_SCHEMA if "/history/" in str(path) else CURRENT_SCHEMA
        assert pq.read_schema(path).equals(expected, check_metadata=True), path
        pq.read_table(path)  # a footer-less (partial) file fails here
    if not (out / NAME).exists():
        return []
    return pq.ParquetDataset(out / NAME).read(columns=["item_id"]).column(0).to_pylist()


def no_leftovers(out: Path) -> None:
    store = out / f"_{NAME}"
    assert [p.name for p in store.iterdir() if p.name.startswith(".tmp-")] == []
    assert [p.name for p in (store / "spool").iterdir()] == []


def spooled_lines(out: Path) -> int:
    spool = out / f"_{NAME}" / "spool"
    if not spool.exists():
        return 0
    return sum(p.read_bytes().count(b"\n") for p in spool.glob("*.jsonl"))


def wait_for_spool(crawl: RunningCrawl, lines: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while spooled_lines(crawl.output_dir) < lines:
        assert crawl.proc.poll() is None, crawl.log()[-3000:]
        assert time.monotonic() < deadline, "crawl spooled too little in time"
        time.sleep(0.05)


def _state_and_parent(pid: int | str) -> tuple[str, int] | None:
    """A process's state letter ("Z": a zombie) and parent pid from ``/proc``, or None
    once it is gone."""
    try:
        state, parent = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[:2]
    except OSError:
        return None
    return state, int(parent)


def children(pid: int) -> list[int]:
    """The live processes ``pid`` started (a crawl's parse worker, multiprocessing's
    resource tracker)."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        stat = _state_and_parent(proc.name)
        if stat is not None and stat[1] == pid and stat[0] != "Z":
            found.append(int(proc.name))
    return found


def still_running(pids: list[int], grace: float = 10) -> list[int]:
    """Those of ``pids`` still running (not gone, not a zombie) after ``grace`` seconds."""
    deadline = time.monotonic() + grace
    while True:
        running = [p for p in pids if (stat := _state_and_parent(p)) and stat[0] != "Z"]
        if not running or time.monotonic() > deadline:
            return running
        time.sleep(0.1)


class Watcher:
    """Reads every published Parquet file over and over while a crawl runs.

    A file that vanishes between listing and reading (an old version pruned) is fine;
    a file that exists but cannot be read (no footer: a partial file) is recorded.
    """

    def __init__(self, out: Path) -> None:
        self.out = out
        self.errors: list[str] = []
        self.reads = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> Watcher:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    def _loop(self) -> None:
        while not self._stop.is_set():
            version = None
            with contextlib.suppress(FileNotFoundError, NotADirectoryError):
                version = published_version(DatasetPaths(self.out, NAME))
            for path in version.item_files() if version else []:
                try:
                    pq.read_table(path)
                    self.reads += 1
                except FileNotFoundError:
                    continue
                except Exception as exc:  # any other failure is a visible partial file
                    self.errors.append(f"{path}: {exc}")
            time.sleep(0.02)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "output"


# -----------------------------------------------------------------------------


def _kill_and_resume(seed: int, server: FaultServer, out: Path) -> None:
    scn = f"r17s{seed}"
    seed_url = site(server, scn)
    rng = random.Random(seed)
    # Seeds 1 and 2: SIGKILL at a random moment of the crawl. Seed 3: SIGKILL inside
    # the commit, after the new version is complete and before the pointer moves.
    env = {FAULT_ENV: "before_publish:kill"} if seed == 3 else None
    with Watcher(out) as watcher:
        crawl = RunningCrawl(out, args(seed_url), WITH_WORKER, env=env)
        workers = []
        if seed != 3:
            wait_for_spool(crawl, rng.randrange(10, 200))
            workers = children(crawl.pid)
            assert workers, "the crawl runs no parse worker"
            os.kill(crawl.pid, signal.SIGKILL)
        killed = crawl.wait(timeout=120)
        assert killed.returncode == -signal.SIGKILL
        assert still_running(workers) == []  # no parser outlives its crawl
        assert check_dataset(out) == []  # nothing was published yet
        resumed = run(out, args(seed_url), WITH_WORKER)
    assert resumed.returncode == 0, resumed.log[-3000:]
    assert "recovering spool of dead run" in resumed.log
    keys = check_dataset(out)
    assert len(keys) == len(set(keys))  # no key twice
    assert set(keys) == expected_keys(server, scn)  # nothing lost
    no_leftovers(out)
    assert watcher.errors == []
    assert watcher.reads > 0


def test_r17_kill_9_mid_crawl_then_resume_loses_nothing(
    server: FaultServer, tmp_path: Path
) -> None:
    """Three seeds (two random kill points, one inside the commit), run side by side."""
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [
            pool.submit(_kill_and_resume, seed, server, tmp_path / f"seed{seed}")
            for seed in (1, 2, 3)
        ]
        for future in futures:
            future.result()  # re-raises a seed's assertion error


# -----------------------------------------------------------------------------


def test_r18_graceful_sigterm_commits_and_the_resume_completes(
    server: FaultServer, out: Path
) -> None:
    # Slow pages (one second each, four at a time) from the start: fetching, not parsing,
    # paces the crawl, so when the signal lands after 20 rows most pages are unfetched
    # and only the few in flight finish. Raised only once 20 rows were spooled, the
    # latency came too late: a parse worker behind on a loaded machine had every page
    # fetched and queued by then, and the graceful stop finished them all.
    seed_url = site(server, "r18a", size=SMALL_SITE, latency=1.0)
    crawl = RunningCrawl(out, args(seed_url), WITH_WORKER)
    wait_for_spool(crawl, 20)
    os.kill(crawl.pid, signal.SIGTERM)
    stopped = crawl.wait(timeout=60)
    server.latency["r18a"] = 0.03
    assert stopped.returncode == 0, stopped.log[-3000:]
    assert "shutting down gracefully" in stopped.log
    assert stopped.stats["finish_reason"] == "shutdown"
    first = check_dataset(out)
    assert 20 <= len(first) < SMALL_SITE  # in-flight pages finished, the spool committed
    no_leftovers(out)
    resumed = run(out, args(seed_url), PROCESS_SETTINGS)
    assert resumed.returncode == 0, resumed.log[-3000:]
    keys = check_dataset(out)
    assert len(keys) == len(set(keys))
    assert set(keys) == expected_keys(server, "r18a", SMALL_SITE)


def test_r18_double_sigterm_exits_fast_and_keeps_the_committed_version(
    server: FaultServer, out: Path
) -> None:
    small = site(server, "r18b0", size=30, latency=0)
    assert run(out, args(small), PROCESS_SETTINGS).returncode == 0
    before = set(check_dataset(out))
    seed_url = site(server, "r18b", size=SMALL_SITE, latency=0.03)
    with Watcher(out) as watcher:
        crawl = RunningCrawl(out, args(seed_url), PROCESS_SETTINGS)
        wait_for_spool(crawl, 20)
        os.kill(crawl.pid, signal.SIGTERM)
        time.sleep(0.1)
        os.kill(crawl.pid, signal.SIGTERM)
        sent = time.monotonic()
        stopped = crawl.wait(timeout=60)
        assert time.monotonic() - sent < 15  # forced: no waiting for in-flight pages
    assert stopped.returncode != 0 or stopped.stats.get("finish_reason") == "shutdown"
    after = check_dataset(out)
    assert len(after) == len(set(after))
    # Either the forced stop came before the commit (the old version stands) or the
    # commit had started and finished first: never anything in between.
    assert before <= set(after)
    assert set(after) - before <= expected_keys(server, "r18b", SMALL_SITE)
    assert watcher.errors == []
    resumed = run(out, args(seed_url), PROCESS_SETTINGS)
    assert resumed.returncode == 0, resumed.log[-3000:]
    assert set(check_dataset(out)) == before | expected_keys(server, "r18b", SMALL_SITE)
    no_leftovers(out)


# -----------------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["write:raise", "before_rename:kill"])
def test_r19_crash_inside_the_writer_promotes_nothing(
    fault: str, server: FaultServer, out: Path
) -> None:
    scn = "r19" + fault.split(":")[1]
    first_seed = site(server, scn + "0", size=30, latency=0)
    assert run(out, args(first_seed), PROCESS_SETTINGS).returncode == 0
    version = published_version(DatasetPaths(out, NAME))
    assert version is not None
    before = sorted(check_dataset(out))
    seed_url = site(server, scn, size=60, latency=0)
    failed = run(out, args(seed_url), PROCESS_SETTINGS, env={FAULT_ENV: fault})
    assert failed.returncode != 0
    if fault.endswith("raise"):
        assert failed.returncode == 1  # the documented exit status of a failed commit
        assert "ERROR" in failed.log
        assert "fault injected at write" in failed.log
    # Readers see the old version, untouched.
    still = published_version(DatasetPaths(out, NAME))
    assert still is not None
    assert still.number == version.number
    assert sorted(check_dataset(out)) == before
    assert spooled_lines(out) == 60  # kept for the next run
    again = run(out, args(first_seed), PROCESS_SETTINGS)
    assert again.returncode == 0, again.log[-3000:]
    keys = check_dataset(out)
    assert len(keys) == len(set(keys))
    assert set(keys) == expected_keys(server, scn + "0", 30) | expected_keys(server, scn, 60)
    no_leftovers(out)


# -----------------------------------------------------------------------------


def test_r20_a_second_crawl_fails_fast_and_the_first_is_unaffected(
    server: FaultServer, out: Path
) -> None:
    seed_url = site(server, "r20", size=SMALL_SITE, latency=0.03)
    first = RunningCrawl(out, args(seed_url), PROCESS_SETTINGS)
    wait_for_spool(first, 5)
    # The first crawl's pages now take 3 s each (four at a time): it still holds the lock
    # while the second starts up, however loaded the machine; then it finishes quickly.
    server.latency["r20"] = 3.0
    second = run(out.parent / "second", args(seed_url), {"CITYCRAWL_OUTPUT_DIR": str(out)})
    server.latency["r20"] = 0.03
    assert second.returncode == 1, second.log[-3000:]
    assert "is locked by run" in second.log
    assert second.wall_seconds < 30
    result = first.wait(timeout=120)
    assert result.returncode == 0, result.log[-3000:]
    keys = check_dataset(out)
    assert len(keys) == len(set(keys))
    assert set(keys) == expected_keys(server, "r20", SMALL_SITE)


# -----------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with small_tmpfs(tmp_path / "disk", "8m", "R-21") as mount:
        yield mount


def test_r21_disk_full_reports_enospc_and_keeps_everything(
    server: FaultServer, small_disk: Path
) -> None:
    out = small_disk / "output"
    first_seed = site(server, "r21a", size=30, latency=0)
    assert run(out, args(first_seed), PROCESS_SETTINGS).returncode == 0
    before = sorted(check_dataset(out))
    seed_url = site(server, "r21", size=SMALL_SITE)
    # How many bytes this run spools: the same crawl elsewhere, its commit made to fail.
    scratch = small_disk.parent / "scratch"
    dry = run(scratch, args(seed_url), PROCESS_SETTINGS, env={FAULT_ENV: "write:raise"})
    assert dry.returncode == 1
    spool_bytes = sum(p.stat().st_size for p in (scratch / f"_{NAME}" / "spool").iterdir())
    # Leave room for the run's spool but not for the commit (staged spool + new files).
    free = os.statvfs(small_disk)
    room = spool_bytes + 64 * 1024
    filler = small_disk / "filler"
    filler.write_bytes(bytes(max(0, free.f_bavail * free.f_frsize - room)))
    full = run(out, args(seed_url), PROCESS_SETTINGS)
    errors = [line for line in full.log.splitlines() if "Error processing" in line]
    assert errors == []  # the spool itself fitted
    assert full.returncode == 1, full.log[-3000:]
    assert "disk full while committing run" in full.log
    assert full.stat("citycrawl/dataset/commit_failed") == 1
    assert sorted(check_dataset(out)) == before  # the old version, intact and readable
    store = out / f"_{NAME}"
    assert [p.name for p in store.iterdir() if p.name.startswith(".tmp-")] == []
    assert spooled_lines(out) == SMALL_SITE  # the spool is preserved
    filler.unlink()
    again = run(out, args(first_seed), PROCESS_SETTINGS)
    assert again.returncode == 0, again.log[-3000:]
    assert set(check_dataset(out)) == set(before) | expected_keys(server, "r21", SMALL_SITE)
    no_leftovers(out)


# -----------------------------------------------------------------------------


def test_r22_rerun_is_a_no_op_and_updates_are_applied(server: FaultServer, out: Path) -> None:
    scn = "r22"
    hrefs = [f"/{scn}/latest/item-{i}/" for i in range(10)]
    events = [f"/{scn}/latest/event-{i}/" for i in range(2)]
    meta = {h: ("Events", "5 November 2030") for h in events}
    for h in events:
        server.articles[h] = (f"Upcoming {h[-2]}", "Events", "5 November 2030")
    seed = server.add_listing(scn, hrefs + events, meta=meta)
    settings = PROCESS_SETTINGS

    def rows() -> dict[str, dict[str, object]]:
        table = pq.ParquetDataset(out / NAME).read()
        return {r["url"].split(f"/{scn}/", 1)[1]: r for r in table.to_pylist()}

    # -a full=1: a complete recrawl, the only kind after which vanished events are
    # withdrawn (an incremental run cannot tell "gone" from "not looked at").
    full = {**args(seed), "full": "1"}
    first = run(out, full, settings)
    assert first.returncode == 0, first.log[-3000:]
    one = rows()
    second = run(out, full, settings)
    assert second.returncode == 0
    two = rows()
    assert set(two) == set(one)
    assert len(two) == 12
    assert second.stat("citycrawl/dataset/unchanged") == 12
    assert second.stat("citycrawl/dataset/new") == 0
    assert {k: v["content_hash"] for k, v in two.items()} == {
        k: v["content_hash"] for k, v in one.items()
    }
    # The site changes: one title is edited, one upcoming event disappears.
    server.articles[f"/{scn}/latest/item-3/"] = ("A corrected title", "News", "5 November 2025")
    server.add_listing(scn, hrefs + events[:1], meta=meta)
    third = run(out, full, settings)
    assert third.returncode == 0
    three = rows()
    assert set(three) == set(one)  # one row per key, nothing silently dropped
    assert three["latest/item-3/"]["title"] == "A corrected title"
    assert three["latest/item-3/"]["last_changed"] > one["latest/item-3/"]["last_changed"]
    assert three["latest/event-1/"]["status"] == "withdrawn"
    assert three["latest/event-0/"]["status"] == "active"
    assert third.stat("citycrawl/dataset/changed") == 1
    assert third.stat("citycrawl/dataset/withdrawn") == 1
