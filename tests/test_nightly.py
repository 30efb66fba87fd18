"""``citycrawl nightly`` end to end: exit statuses, one-line reasons, reports, log rotation."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from citycrawl.cli import LOOPBACK_SETTINGS, PROJECT_DIR, judge
from citycrawl.mirror import MirrorServer
from citycrawl.monitoring.report import load_history, reports_dir
from tests import mirror_variants as variants


@pytest.fixture(scope="module")
def mirror() -> Iterator[MirrorServer]:
    with MirrorServer() as server:
        yield server


def nightly(
    mirror: MirrorServer, tmp: Path, *extra: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    settings = {**LOOPBACK_SETTINGS, "CITYCRAWL_TODAY": "2026-11-27"}
    command = [sys.executable, "-m", "citycrawl.cli", "nightly"]
    command += ["--output", str(tmp / "output"), "--log-dir", str(tmp / "logs")]
    command += ["-a", f"base_url={mirror.origin}"]
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]

    return subprocess.run(
        [*command, *extra],
        cwd=tmp,
        env={**os.environ, "PYTHONPATH": str(PROJECT_DIR), **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_nightly_runs_report_and_fail_loudly_on_a_layout_change(
    mirror: MirrorServer, tmp_path: Path
) -> None:
    variants.reset(mirror)
    first = nightly(mirror, tmp_path, "-s", "CITYCRAWL_PROGRESS_INTERVAL=0.2", "--keep-logs", "2")
    assert first.returncode == 0, first.stderr[-3000:]
    assert first.stdout.startswith("citycrawl nightly: OK: ")
    assert "(new 19, changed 0, unchanged 0)" in first.stdout
    reports = reports_dir(tmp_path / "output", "eurocities")
    [report] = load_history(reports)
    assert (reports / f"{report['run_id']}.html").exists()
    assert report["checks"]["passed"]
    # The spider's strategy counters reach the report: every title by the site's
    # selectors, the section listings' cards by their known list class.
    assert set(report["field_sources"]["title"]) == {"selector"}
    assert "card_list" in report["listing_strategies"]["wordpress"]
    [log] = (tmp_path / "logs").glob("nightly-*.log")
    assert "Progress: " in log.read_text(encoding="utf-8")

    # The date element renamed: every card's date vanishes. Publication dates survive
    # (the site's WordPress REST API still gives them, citycrawl.apis), but an Events
    # card's date is its event's day: event days come back empty and the run fails,
    # naming the field and the pages.
    variants.apply(mirror, transform=variants.hide_date_elements)
    second = nightly(mirror, tmp_path, "--keep-logs", "2")
    variants.reset(mirror)
    assert second.returncode == 3, second.stderr[-3000:]
    [line] = second.stderr.strip().splitlines()[-1:]
    assert line.startswith("citycrawl nightly: FAILED: data-quality check CoverageMonitor")
    assert re.search(r"coverage of event_dates fell to \d+% \(\d+ of \d+ events", line), line
    assert f"{mirror.origin}/latest/" in line  # names the pages
    assert len(load_history(reports)) == 2

    # Back to normal: passes again; only the newest two logs are kept.
    third = nightly(mirror, tmp_path, "--keep-logs", "2")
    assert third.returncode == 0, third.stderr[-3000:]
    assert len(list((tmp_path / "logs").glob("nightly-*.log"))) == 2


@pytest.mark.slow
def test_nightly_fails_when_the_commit_fails(mirror: MirrorServer, tmp_path: Path) -> None:
    variants.reset(mirror)
    result = nightly(
        mirror,
        tmp_path,
        "-a",
        "sections=policy-papers",
        env={"CITYCRAWL_DATASET_FAULT": "before_publish:raise"},
    )
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("citycrawl nightly: FAILED: the dataset commit failed")
    [report] = load_history(reports_dir(tmp_path / "output", "eurocities"))
    assert report["commit_failed"] is True
    assert report["run_id"].endswith("-uncommitted")


def test_judge_verdicts(tmp_path: Path) -> None:
    log = tmp_path / "x.log"
    ok = {"finish_reason": "finished", "items": 3, "dataset": {"new": 1}, "checks": {}}
    assert judge(0, ok, log).status == 0
    assert judge(2, None, log).status == 2
    assert judge(0, None, log).message.startswith("the crawl exited 0 and wrote no run report")
    assert judge(1, {**ok, "finish_reason": "closespider_errorcount"}, log).status == 1
    assert judge(1, ok, log).message.startswith("the crawl exited 1")
    failed = {**ok, "checks": {"failures": [{"monitor": "M", "message": "m"}] * 2}}
    verdict = judge(0, failed, log)
    assert (verdict.status, verdict.message) == (
        3,
        "data-quality check M failed: m (+1 more in the report)",
    )
    warned = {**ok, "checks": {"warnings": [{"monitor": "StrategyShift", "message": "w"}]}}
    verdict = judge(0, warned, log)
    assert (verdict.status, verdict.message) == (
        0,
        "3 items fetched (new 1, changed 0, unchanged 0); warning: w",
    )
    json.dumps(ok)
