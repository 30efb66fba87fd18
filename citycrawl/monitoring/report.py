"""The run report: what a crawl fetched, wrote, dropped and how well its fields filled.

A report is a JSON-ready dict built by :func:`build_report` from the collector's figures,
the crawl's final stats and the dataset's run manifest (embedded whole). Reports are
stored beside the dataset they describe, one per run, named by the dataset's run id:

``<CITYCRAWL_OUTPUT_DIR>/_<name>/reports/<run_id>.json`` and ``<run_id>.html``
(``latest.html`` is the newest page). The dataset's version directories only hold what
the commit publishes; a report is written after the commit (it needs the commit's
counts) and must also exist for a run whose commit failed, so it lives next to them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from citycrawl.dataset.paths import DatasetPaths, published_version
from citycrawl.fsutil import write_atomic

REPORT_FORMAT = 1
_DATASET_PREFIX = "citycrawl/dataset/"
_DROPPED_PREFIX = "citycrawl/dropped/"
_FETCH_FAILED_PREFIX = "citycrawl/fetch_failed/"
_STATUS_PREFIX = "downloader/response_status_count/"
#: The spider's counters: ``<prefix><layout>/<strategy>`` and ``<prefix><field>/<strategy>``.
LISTING_STRATEGY_PREFIX = "citycrawl/listing_strategy/"
FIELD_SOURCE_PREFIX = "citycrawl/field_source/"


_LIMIT_PREFIX = "citycrawl/limit/"


def reports_dir(output_dir: str | os.PathLike[str], name: str) -> Path:
    """Where the reports of dataset ``name`` live."""
    return DatasetPaths(Path(output_dir), name).store / "reports"


def _prefixed(stats: Mapping[str, Any], prefix: str) -> dict[str, float]:
    return {
        k.removeprefix(prefix): v
        for k, v in sorted(stats.items())
        if k.startswith(prefix) and isinstance(v, int | float)
    }


def _nested(stats: Mapping[str, Any], prefix: str) -> dict[str, dict[str, int]]:
    """``<prefix><outer>/<inner>`` counters as ``{outer: {inner: n}}``, sorted."""
    nested: dict[str, dict[str, int]] = {}
    for key, value in _prefixed(stats, prefix).items():
        outer, _, inner = key.partition("/")
        nested.setdefault(outer, {})[inner] = int(value)
    return nested


def _iso(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    return str(value) if value is not None else None


def committed_run(output_dir: str | os.PathLike[str], name: str, version: int | None) -> dict:
    """The manifest of the run that published dataset version ``version`` (or ``{}``)."""
    if version is None:
        return {}
    current = published_version(DatasetPaths(Path(output_dir), name))
    if current is None or current.number != version:
        return {}
    run_id = current.info["runs"][-1]
    path = current.path / "runs" / f"{run_id}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def build_report(
    *,
    spider: str,
    collected: Mapping[str, Any],
    stats: Mapping[str, Any],
    manifest: Mapping[str, Any],
    full_crawl: bool,
    fallback_run_id: str,
) -> dict[str, Any]:
    """The report of one run (without its checks; :func:`checks.evaluate` adds them)."""
    started = stats.get("start_time")
    finished = stats.get("finish_time")
    duration = stats.get("elapsed_time_seconds")
    if duration is None and isinstance(started, dt.datetime) and isinstance(finished, dt.datetime):
        duration = (finished - started).total_seconds()
    return {
        "report_format": REPORT_FORMAT,
        "run_id": manifest.get("run_id") or fallback_run_id,
        "spider": spider,
        "started_at": _iso(started),
        "finished_at": _iso(finished),
        "duration_seconds": round(float(duration), 3) if duration is not None else None,
        "finish_reason": stats.get("finish_reason"),
        "full_crawl": full_crawl,
        "commit_failed": bool(stats.get(_DATASET_PREFIX + "commit_failed")),
        # No start page could be fetched: a failed run that published nothing.
        "nothing_fetched": bool(stats.get("citycrawl/nothing_fetched")),
        "dataset_version": manifest.get("dataset_version"),
        **collected,
        "dataset": {
            k: v
            for k, v in _prefixed(stats, _DATASET_PREFIX).items()
            if k
            in {"new", "changed", "unchanged", "stale", "clock_behind", "withdrawn", "rows_current"}
        },
        "dropped": _prefixed(stats, _DROPPED_PREFIX),
        "http": _http(stats, collected, duration),
        "incremental": _prefixed(stats, "citycrawl/incremental/"),
        "limits": limits_hit(stats),
        "bad_links": int(stats.get("citycrawl/bad_link", 0)),
        "discovery": _prefixed(stats, "citycrawl/discovery/"),
        # Which strategy found the cards (per layout) and filled each field: a redesign
        # shows as a shift here before it shows as nulls (checks.strategy_shifts).
        "listing_strategies": _nested(stats, LISTING_STRATEGY_PREFIX),
        "field_sources": _nested(stats, FIELD_SOURCE_PREFIX),
        "manifest": dict(manifest),
    }


def _http(
    stats: Mapping[str, Any], collected: Mapping[str, Any], duration: float | None
) -> dict[str, Any]:
    """Requests, responses, pace, statuses and errors of one run."""
    pages = int(stats.get("downloader/response_count", 0))
    fetch_failed = _prefixed(stats, _FETCH_FAILED_PREFIX)
    # Failed fetches, unparsable pages, and pages whose item or callback raised.
    errors = (
        sum(fetch_failed.values())
        + int(stats.get("citycrawl/parse_error", 0))
        + int(collected.get("item_errors", {}).get("count", 0))
        + int(stats.get("spider_exceptions/count", 0))
    )
    requests = max(pages, int(stats.get("downloader/request_count", 0)))
    statuses = _prefixed(stats, _STATUS_PREFIX)
    return {
        "requests": requests,
        "responses": pages,
        "pages_per_minute": round(pages / (duration / 60), 2) if duration else None,
        "status_counts": statuses,
        "errors_by_status": {k: v for k, v in statuses.items() if k.isdigit() and k >= "400"},
        "fetch_failed": fetch_failed,
        "errors": errors,
        "error_rate": round(errors / requests, 4) if requests else 0.0,
    }


def limits_hit(stats: Mapping[str, Any]) -> dict[str, int]:
    """How often each safety limit was hit: citycrawl's (``citycrawl/limit/<name>``) and
    Scrapy's URL-length cap (``URLLENGTH_LIMIT``: requests dropped, as ``url_length``)."""
    limits = {name: int(count) for name, count in _prefixed(stats, _LIMIT_PREFIX).items()}
    dropped = int(stats.get("urllength/request_ignored_count", 0))
    if dropped:
        limits["url_length"] = limits.get("url_length", 0) + dropped
    return dict(sorted(limits.items()))


def write_report(directory: Path, report: Mapping[str, Any], html: str) -> Path:
    """Store ``report`` as ``<run_id>.json`` and ``<run_id>.html`` (+ ``latest.html``)."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{report['run_id']}.json"
    write_atomic(path, json.dumps(report, indent=1, sort_keys=True, default=str) + "\n")
    write_atomic(path.with_suffix(".html"), html)
    write_atomic(directory / "latest.html", html)
    return path


def load_history(directory: Path, *, exclude: str | None = None) -> list[dict[str, Any]]:
    """Earlier reports, oldest first (unreadable files are skipped, not fatal)."""
    reports = []
    for path in directory.glob("*.json") if directory.exists() else ():
        try:
            report = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if report.get("run_id") != exclude and report.get("report_format") == REPORT_FORMAT:
            reports.append(report)
    return sorted(reports, key=lambda r: (r.get("started_at") or "", r.get("run_id") or ""))
