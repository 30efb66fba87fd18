"""Fixtures of the reliability suite: the fault servers and running real crawls.

Crawls run the real ``scrapy crawl eurocities`` in a subprocess (as a user would),
against :class:`~tests.reliability.faultserver.FaultServer` on 127.0.0.1. Their final
stats come back as JSON (``statsdump``), their peak RSS from ``wait4``.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pytest

from citycrawl import settings as project_settings
from citycrawl.cli import LOOPBACK_SETTINGS, crawl_command, crawl_environment
from tests.reliability.faultserver import FaultServer

#: Small limits so that faults resolve quickly; production values are in settings.py.
FAST_SETTINGS: Mapping[str, str] = {
    **LOOPBACK_SETTINGS,
    "RETRY_TIMES": "2",
    # Long enough that a loaded machine never turns a slow connect into a retry (the
    # fault counts requests the server saw); R-4, the timeout scenario, sets its own 2 s.
    "DOWNLOAD_TIMEOUT": "10",
    "CITYCRAWL_ROBOTSTXT_RETRY_DELAY": "0.5",
    "LOG_LEVEL": "DEBUG",
    # The project's extensions stay on (-s replaces the whole dict); stats dump added.
    "EXTENSIONS": json.dumps(
        {**project_settings.EXTENSIONS, "tests.reliability.statsdump.StatsDump": 0}
    ),
}
RETRY_TIMES = 2


@dataclass
class Crawl:
    """A finished crawl: exit status, log, final stats, peak RSS and where it wrote."""

    returncode: int
    log: str
    stats: dict[str, Any]
    max_rss_mib: float
    wall_seconds: float
    output_dir: Path

    def stat(self, key: str) -> Any:
        return self.stats.get(key, 0)

    def stats_with(self, prefix: str) -> dict[str, Any]:
        return {k: v for k, v in self.stats.items() if k.startswith(prefix)}

    def table(self) -> pa.Table:
        """The committed current view (every row), read with pyarrow."""
        return ds.dataset(self.output_dir / "eurocities", format="parquet").to_table()

    def rows(self) -> list[dict[str, Any]]:
        return self.table().to_pylist() if (self.output_dir / "eurocities").exists() else []

    def urls(self) -> set[str]:
        return {r["url"] for r in self.rows()}


#: Every crawl a test started, for :func:`_no_crawl_outlives_its_test`.
_STARTED: list[RunningCrawl] = []


@pytest.fixture(autouse=True)
def _no_crawl_outlives_its_test() -> Iterator[None]:
    # A test that fails while its crawl runs would leave the process to a later test
    # (and its Popen's ResourceWarning to whichever test the garbage collector hits).
    yield
    while _STARTED:
        _STARTED.pop().stop()


class RunningCrawl:
    """A crawl subprocess; :meth:`wait` reaps it with ``wait4`` for its own peak RSS."""

    def __init__(
        self,
        output_dir: Path,
        spider_args: Mapping[str, str],
        settings: Mapping[str, str] | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        output_dir.mkdir(parents=True, exist_ok=True)
        self.output_dir = output_dir
        self.log_file = output_dir / "crawl.log"
        self.stats_file = output_dir / "stats.json"
        command = crawl_command(
            spider_args,
            {
                **FAST_SETTINGS,
                "CITYCRAWL_OUTPUT_DIR": str(output_dir),
                "LOG_FILE": str(self.log_file),
                "CITYCRAWL_TEST_STATS_FILE": str(self.stats_file),
                **(settings or {}),
            },
        )
        self.started = time.monotonic()
        with (output_dir / "stderr.txt").open("wb") as stderr:
            self.proc = subprocess.Popen(
                command,
                env={**crawl_environment(), **(env or {})},
                cwd=output_dir,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
        self._result: Crawl | None = None
        _STARTED.append(self)

    def stop(self) -> None:
        """Kill and reap the crawl if it still runs (a test that failed before waiting)."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    @property
    def pid(self) -> int:
        return self.proc.pid

    def log(self) -> str:
        return self.log_file.read_text("utf-8", "replace") if self.log_file.exists() else ""

    def wait(self, timeout: float = 120) -> Crawl:
        if self._result is not None:
            return self._result
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(self.proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                self.proc.kill()
                pid, status, usage = os.wait4(self.proc.pid, 0)
                self.proc.returncode = os.waitstatus_to_exitcode(status)
                raise AssertionError(f"crawl did not end within {timeout} s:\n{self.log()[-3000:]}")
            time.sleep(0.05)
        self.proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - self.started
        stats = json.loads(self.stats_file.read_text("utf-8")) if self.stats_file.exists() else {}
        stderr = (self.output_dir / "stderr.txt").read_text("utf-8", "replace")
        self._result = Crawl(
            self.proc.returncode,
            self.log() + stderr,
            stats,
            usage.ru_maxrss / 1024,
            wall,
            self.output_dir,
        )
        return self._result


def run(
    output_dir: Path,
    spider_args: Mapping[str, str],
    settings: Mapping[str, str] | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 120,
) -> Crawl:
    """Run one crawl to its end."""
    return RunningCrawl(output_dir, spider_args, settings, env).wait(timeout)


@pytest.fixture(scope="session")
def server() -> Iterator[FaultServer]:
    """The main fault server (robots.txt disallows only ``/r15a/agenda/``)."""
    with FaultServer() as fault_server:
        yield fault_server


@pytest.fixture(scope="session")
def other_server() -> Iterator[FaultServer]:
    """A second origin (another port of 127.0.0.1, hence another host to the crawl)."""
    with FaultServer() as fault_server:
        yield fault_server
