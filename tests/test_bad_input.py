"""Bad input keeps the exit-2 promise; a run that fetched nothing fails (issue 11, item 5).

Unit tests of the checks (``-a`` URLs, the typed ``CITYCRAWL_*`` settings) and
process-level tests of what an operator sees: one line, the exit status, no traceback,
no published version.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scrapy.exceptions import UsageError

from citycrawl.cli import EXIT_CRAWL_FAILED, EXIT_USAGE, PROJECT_DIR, judge, usage_problem
from citycrawl.commands.crawl import exit_status
from citycrawl.dataset.paths import DatasetPaths, newest_complete_version, published_version
from citycrawl.outcome import fetched_nothing
from citycrawl.settings_schema import SCHEMA, SettingError, check_setting, check_settings
from citycrawl.sites.eurocities.spider import EurocitiesSpider

BAD_URLS = [
    "http://127.0.0.1:99999",
    "http://127.0.0.1:-1/",
    "http://127.0.0.1:0/",
    "http://127.0.0.1:eighty/",
    "http://[::1",
    "http://[::1/x",
    "http://user:pw@127.0.0.1:8080",
    "http://user@eurocities.eu/",
    "http://euro cities.eu",
    "http://eurocities.eu/a page/",
    "http://euro\ncities.eu/",
    "http://ex℀.eu/",
    "http://-eurocities.eu/",
    "http:///path-only",
    "eurocities.eu",
    "ftp://eurocities.eu/",
    "",
]


@pytest.mark.parametrize("value", BAD_URLS)
@pytest.mark.parametrize("name", ["base_url", "start_urls"])
def test_a_bad_url_argument_is_one_line(name: str, value: str) -> None:
    if name == "start_urls" and not value.strip():
        return  # an empty start_urls means "the sections' listings"
    with pytest.raises(UsageError) as caught:
        EurocitiesSpider.check_arguments({name: value})
    message = str(caught.value)
    assert message.startswith(f"{name}: ")
    assert "\n" not in message.rstrip("\n'") or repr(value) in message


@pytest.mark.parametrize(
    "value",
    ["https://eurocities.eu", "http://127.0.0.1:8080", "http://[::1]:8080/x", "http://localhost"],
)
def test_good_urls_pass(value: str) -> None:
    assert EurocitiesSpider.check_arguments({"base_url": value}).base_url == value.rstrip("/")


# ----------------------------------------------------------------------- settings schema


def test_every_citycrawl_setting_of_the_project_is_in_the_schema() -> None:
    from citycrawl import settings as project

    owned = {name for name in dir(project) if name.startswith("CITYCRAWL_")}
    assert owned <= set(SCHEMA)
    check_settings({name: getattr(project, name) for name in owned})  # the defaults pass


def test_every_citycrawl_setting_the_code_reads_is_in_the_schema() -> None:
    root = Path(__file__).resolve().parents[1]
    read = re.compile(r'\.get(?:int|float|bool)?\(\s*"(CITYCRAWL_[A-Z0-9_]+)"')
    names = {
        name
        for folder in ("citycrawl", "pipelines")
        for path in (root / folder).rglob("*.py")
        for name in read.findall(path.read_text(encoding="utf-8"))
    }
    assert names, "the pattern finds the settings the code reads"
    assert names <= set(SCHEMA)


NONSENSE = st.one_of(
    st.sampled_from(["abc", "-1", "nan", "inf", "1e999", "0x10", "2.5", "", " ", "None", "[]"]),
    st.text(max_size=8),
)


@given(name=st.sampled_from(sorted(SCHEMA)), value=NONSENSE)
@settings(max_examples=300, deadline=None)
def test_a_setting_value_is_accepted_or_named_in_one_line(name: str, value: str) -> None:
    try:
        check_setting(name, value)
    except SettingError as exc:
        message = str(exc)
        assert message.startswith(f"{name}: expected ")
        assert "\n" not in message.replace(repr(value), "")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("CITYCRAWL_MAX_CRAWL_DELAY", "abc"),
        ("CITYCRAWL_MAX_CRAWL_DELAY", "-3"),
        ("CITYCRAWL_MAX_CRAWL_DELAY", "inf"),
        ("CITYCRAWL_MAX_LISTING_PAGES", "0"),
        ("CITYCRAWL_MAX_LISTING_PAGES", "2.5"),
        ("CITYCRAWL_INCREMENTAL_STOP_AFTER", "many"),
        ("CITYCRAWL_MONITOR_COVERAGE_DROP", "1.5"),
        ("CITYCRAWL_MONITOR_MAX_ERROR_RATE", "nan"),
        ("CITYCRAWL_TODAY", "2026-13-01"),
        ("CITYCRAWL_TODAY", "yesterday"),
        ("CITYCRAWL_FULL_CRAWL", "maybe"),
        ("CITYCRAWL_OUTPUT_DIR", ""),
        ("CITYCRAWL_PROGRESS_INTERVAL", "0"),
        ("CITYCRAWL_SITEMAP_MAX_DEPTH", "-1"),
    ],
)
def test_nonsense_values_are_refused(name: str, value: str) -> None:
    with pytest.raises(SettingError):
        check_setting(name, value)


@pytest.mark.parametrize(
    ("name", "value", "parsed"),
    [
        ("CITYCRAWL_MAX_CRAWL_DELAY", "2.5", 2.5),
        ("CITYCRAWL_MAX_LISTING_PAGES", " 40 ", 40),
        ("CITYCRAWL_MAX_LISTING_PAGES", 40, 40),
        ("CITYCRAWL_FULL_CRAWL", "True", True),
        ("CITYCRAWL_FULL_CRAWL", False, False),
        ("CITYCRAWL_TODAY", "", None),
        ("CITYCRAWL_SITEMAP_MAX_DEPTH", "0", 0),
    ],
)
def test_sane_values_are_read(name: str, value: object, parsed: object) -> None:
    assert check_setting(name, value) == parsed


def test_settings_of_other_code_are_left_alone() -> None:
    check_settings({"CITYCRAWL_TEST_STATS_FILE": "x", "DOWNLOAD_DELAY": "abc"})


# ------------------------------------------------------------------ nothing fetched


def test_a_run_that_read_no_start_page_failed() -> None:
    finished = {"finish_reason": "finished", "citycrawl/dataset/version": 3}
    assert exit_status({**finished, "citycrawl/seeds": 4, "citycrawl/seeds_fetched": 1}) == 0
    assert fetched_nothing({"citycrawl/seeds": 4})
    assert exit_status({**finished, "citycrawl/seeds": 4}) == 1
    assert not fetched_nothing({})  # a run without seeds (resumed state) is judged otherwise


def test_nightly_names_a_run_that_fetched_nothing(tmp_path: Path) -> None:
    report = {"nothing_fetched": True, "finish_reason": "finished", "run_id": "r"}
    outcome = judge(1, report, tmp_path / "log")
    assert outcome.status == EXIT_CRAWL_FAILED
    assert "none of its start pages" in outcome.message


def test_usage_problems_before_a_nightly_crawl() -> None:
    assert usage_problem("eurocities", {}, {}) is None
    assert "base_url" in (usage_problem("eurocities", {"base_url": "http://[::1"}, {}) or "")
    assert "unknown spider argument" in (usage_problem("eurocities", {"foo": ""}, {}) or "")
    problem = usage_problem("eurocities", {}, {"CITYCRAWL_MAX_CRAWL_DELAY": "soon"})
    assert problem == "-s CITYCRAWL_MAX_CRAWL_DELAY: expected a number of seconds ≥ 0, got 'soon'"


# ----------------------------------------------------------------------- processes


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env={
            **os.environ,
            "PYTHONPATH": str(PROJECT_DIR),
            "SCRAPY_SETTINGS_MODULE": "citycrawl.settings",
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def closed_port() -> int:
    """A port on 127.0.0.1 nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.slow
@pytest.mark.parametrize(
    "option",
    [
        ("-a", "base_url=http://127.0.0.1:99999"),
        ("-a", "base_url=http://[::1"),
        ("-a", "base_url=http://user:pw@127.0.0.1:8080"),
        ("-a", "base_url=http://127.0.0.1:8080/a b"),
        ("-s", "CITYCRAWL_MAX_CRAWL_DELAY=abc"),
        ("-s", "CITYCRAWL_TODAY=2026-02-30"),
    ],
)
def test_scrapy_crawl_exits_2_with_one_line_before_any_request(
    tmp_path: Path, option: tuple[str, str]
) -> None:
    result = run("-m", "scrapy", "crawl", "eurocities", *option, cwd=tmp_path)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1, result.stderr
    assert not (tmp_path / "output").exists()


@pytest.mark.slow
@pytest.mark.parametrize(
    "extra",
    [
        ["-a", "foo"],
        ["-a", "=x"],
        ["-a", "colour=blue"],
        ["-a", "base_url=http://[::1"],
        ["-s", "CITYCRAWL_MAX_LISTING_PAGES=lots"],
        ["--all", "-a", "foo"],
        ["--all", "-s", "CITYCRAWL_MAX_CRAWL_DELAY=soon"],
        ["--all", "--jobs", "0"],
    ],
)
def test_nightly_exits_2_with_one_line(tmp_path: Path, extra: list[str]) -> None:
    result = run(
        "-m",
        "citycrawl.cli",
        "nightly",
        "--output",
        "out",
        "--log-dir",
        "logs",
        *extra,
        cwd=tmp_path,
    )
    assert result.returncode == EXIT_USAGE, result.stderr
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("citycrawl nightly: FAILED: bad arguments: ")


@pytest.mark.slow
def test_a_crawl_of_a_site_that_is_down_fails_and_publishes_nothing(tmp_path: Path) -> None:
    """The issue's ``base_url=http://127.0.0.1:<nothing there>``: exit 1, no version."""
    origin = f"http://127.0.0.1:{closed_port()}"
    result = run(
        "-m",
        "citycrawl.cli",
        "nightly",
        "--output",
        "out",
        "--log-dir",
        "logs",
        "-a",
        f"base_url={origin}",
        "-s",
        "RETRY_TIMES=0",
        "-s",
        "CITYCRAWL_ROBOTSTXT_ATTEMPTS=1",
        "-s",
        "CITYCRAWL_ROBOTSTXT_RETRY_DELAY=0",
        cwd=tmp_path,
    )
    assert result.returncode == EXIT_CRAWL_FAILED, result.stderr
    assert result.stderr.startswith("citycrawl nightly: FAILED: "), result.stderr
    assert "OK" not in result.stdout
    paths = DatasetPaths(tmp_path / "out", "eurocities")
    assert published_version(paths) is None
    assert newest_complete_version(paths) is None
