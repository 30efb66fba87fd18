"""The checks that fail a run: spidermon monitors over the run report and earlier reports.

Plus one that only warns, :func:`strategy_shifts` (a field filled by another strategy
than in the last run that measured it: the first sign of a redesign).

Spidermon's monitor framework (unittest-style :class:`spidermon.Monitor` classes grouped
in a :class:`spidermon.MonitorSuite`, run by :class:`spidermon.runners.MonitorRunner`)
is used as is; its Scrapy extension is not, because the checks need what only exists
after the dataset commit (new/changed counts) and the reports of earlier runs, so they
run over the finished report (see docs/operations.md, "Monitoring").

Thresholds (Scrapy settings, defaults in :class:`Thresholds`):

``CITYCRAWL_MONITOR_COVERAGE_DROP``
    Largest allowed fall of a key field's coverage below its baseline (the median of the
    last ``CITYCRAWL_MONITOR_BASELINE_RUNS`` runs), as a share: 0.25 = 25 points.
``CITYCRAWL_MONITOR_MIN_SAMPLE``
    Items a field must apply to, in this run and in a baseline run, to be compared.
``CITYCRAWL_MONITOR_NO_NEW_RUNS``
    Fail when this many runs in a row (this one included) found no new item.
``CITYCRAWL_MONITOR_MAX_ERROR_RATE`` / ``CITYCRAWL_MONITOR_MIN_REQUESTS``
    Fail when failed fetches and parses exceed this share of requests (runs with fewer
    requests are not judged).
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, ClassVar

from spidermon import Monitor, MonitorSuite
from spidermon.runners import MonitorRunner

from citycrawl.monitoring.collector import KEY_FIELDS
from citycrawl.monitoring.render import pct
from citycrawl.outcome import OK_FINISH_REASONS


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When a run fails its checks."""

    coverage_drop: float = 0.25
    baseline_runs: int = 5
    min_sample: int = 3
    no_new_runs: int = 7
    max_error_rate: float = 0.25
    min_requests: int = 10

    _SETTINGS: ClassVar[dict[str, str]] = {
        "coverage_drop": "CITYCRAWL_MONITOR_COVERAGE_DROP",
        "baseline_runs": "CITYCRAWL_MONITOR_BASELINE_RUNS",
        "min_sample": "CITYCRAWL_MONITOR_MIN_SAMPLE",
        "no_new_runs": "CITYCRAWL_MONITOR_NO_NEW_RUNS",
        "max_error_rate": "CITYCRAWL_MONITOR_MAX_ERROR_RATE",
        "min_requests": "CITYCRAWL_MONITOR_MIN_REQUESTS",
    }

    @classmethod
    def from_settings(cls, settings: Any) -> Thresholds:
        """Read the ``CITYCRAWL_MONITOR_*`` settings (missing ones keep the defaults)."""
        default = cls()
        values: dict[str, Any] = {}
        for attr, name in cls._SETTINGS.items():
            current = getattr(default, attr)
            if isinstance(current, float):
                values[attr] = settings.getfloat(name, current)
            else:
                values[attr] = settings.getint(name, current)
        return cls(**values)


def coverage_drops(
    report: Mapping[str, Any], history: Sequence[Mapping[str, Any]], thresholds: Thresholds
) -> list[str]:
    """One message per key field whose coverage fell below its baseline."""
    messages = []
    for key in KEY_FIELDS:
        current = report.get("coverage", {}).get(key.name, {})
        if current.get("total", 0) < thresholds.min_sample or current.get("share") is None:
            continue
        earlier = [
            c["share"]
            for r in history[-thresholds.baseline_runs :]
            if (c := r.get("coverage", {}).get(key.name))
            and c.get("total", 0) >= thresholds.min_sample
            and c.get("share") is not None
        ]
        if not earlier:
            continue
        baseline = statistics.median(earlier)
        if baseline - current["share"] > thresholds.coverage_drop:
            pages = ", ".join(current.get("missing_examples", [])) or "none recorded"
            messages.append(
                f"coverage of {key.name} fell to {pct(current['share'])} "
                f"({current['filled']} of {current['total']} {key.description}) from "
                f"{pct(baseline)} over the last {len(earlier)} run(s); pages without it: "
                f"{pages}"
            )
    return messages


def _dominant(counts: Mapping[str, int]) -> tuple[str, int, int]:
    """The most used strategy, its count and the total (ties: the first by name)."""
    total = sum(counts.values())
    name = min(counts, key=lambda k: (-counts[k], k))
    return name, counts[name], total


def strategy_shifts(
    report: Mapping[str, Any], history: Sequence[Mapping[str, Any]], thresholds: Thresholds
) -> list[str]:
    """One message per field (and per layout's listings) whose dominant strategy differs
    from the one of the last earlier run that measured it.

    Fields are compared only when both runs counted at least ``min_sample`` pages for
    them. A shift is a warning, not a failure: it is the first sign of a redesign (the
    site's selectors stop matching and a fallback takes over), before coverage drops.
    """
    messages = []
    for section, what in (("field_sources", "field"), ("listing_strategies", "listings of")):
        for name, counts in sorted(report.get(section, {}).items()):
            if not counts or sum(counts.values()) < thresholds.min_sample:
                continue
            earlier = next(
                (
                    c
                    for r in reversed(history)
                    if (c := r.get(section, {}).get(name))
                    and sum(c.values()) >= thresholds.min_sample
                ),
                None,
            )
            if earlier is None:
                continue
            now, now_n, now_total = _dominant(counts)
            before, before_n, before_total = _dominant(earlier)
            if now != before:
                messages.append(
                    f"{what} {name} now mostly from {now} ({now_n} of {now_total}), "
                    f"before from {before} ({before_n} of {before_total}): "
                    "a changed page layout?"
                )
    return messages


class _QuietMonitor(Monitor):
    # Checks call self.fail(message) (never bare assert, which python -O strips): the
    # message names the field and the pages, and is what the nightly prints.
    longMessage = False


class CrawlMonitor(_QuietMonitor):
    """The crawl finished normally and all its items were committed."""

    def test_dataset_committed(self) -> None:
        if self.data.report.get("commit_failed"):
            self.fail("the dataset commit failed: nothing of this run was published (see the log)")

    def test_finished_normally(self) -> None:
        reason = self.data.report.get("finish_reason")
        if reason not in OK_FINISH_REASONS:
            self.fail(f"the crawl closed with reason {reason!r}")

    def test_no_item_lost_to_an_error(self) -> None:
        # An exception in an item pipeline drops the item: whatever the error rate, a
        # document fetched and parsed is then missing from the dataset. A bug, never noise.
        errors = self.data.report.get("item_errors") or {}
        if errors.get("count"):
            examples = ", ".join(errors.get("examples") or [])
            self.fail(
                f"items lost to an error in the item pipelines: {errors['count']} "
                f"(see the log's tracebacks), e.g. {examples}"
            )


class CoverageMonitor(_QuietMonitor):
    """No key field emptied compared with earlier runs (a layout change shows here)."""

    def test_coverage_of_key_fields(self) -> None:
        drops = coverage_drops(self.data.report, self.data.history, self.data.thresholds)
        if drops:
            self.fail("; ".join(drops))


class NewItemsMonitor(_QuietMonitor):
    """The site still yields new documents."""

    def test_new_items_recently(self) -> None:
        n = self.data.thresholds.no_new_runs
        runs = [*self.data.history, self.data.report][-n:]
        if len(runs) < n:
            self.skipTest(f"fewer than {n} runs")
        news = [int(r.get("dataset", {}).get("new", 0)) for r in runs]
        if not any(news):
            self.fail(f"no new items in the last {n} runs")


class ErrorRateMonitor(_QuietMonitor):
    """Few requests failed."""

    def test_error_rate(self) -> None:
        http = self.data.report.get("http", {})
        limits = self.data.thresholds
        if http.get("requests", 0) < limits.min_requests:
            self.skipTest(f"fewer than {limits.min_requests} requests")
        rate = float(http.get("error_rate", 0.0))
        if rate > limits.max_error_rate:
            self.fail(
                f"error rate {rate:.0%} ({http.get('errors')} of {http.get('requests')} "
                f"requests) is over {limits.max_error_rate:.0%}; failures: "
                f"{http.get('fetch_failed')}"
            )


class RunQualitySuite(MonitorSuite):
    """Every check of a finished run."""

    monitors: ClassVar[list[type[Monitor]]] = [
        CrawlMonitor,
        CoverageMonitor,
        NewItemsMonitor,
        ErrorRateMonitor,
    ]


def evaluate(
    report: Mapping[str, Any], history: Sequence[Mapping[str, Any]], thresholds: Thresholds
) -> dict[str, Any]:
    """Run the suite; ``{"passed", "failures": [{"monitor", "message"}], "skipped",
    "warnings": [{"monitor", "message"}], "thresholds"}``. Warnings never fail a run."""
    result = MonitorRunner().run(
        RunQualitySuite(), report=report, history=list(history), thresholds=thresholds
    )
    failures = [
        {"monitor": r.monitor.name, "message": r.reason or r.error or "failed"}
        for r in result.monitors_failed_results
    ]
    return {
        "passed": not failures,
        "failures": failures,
        "skipped": [r.monitor.name for r in result.monitor_results if r.status == "SKIPPED"],
        "warnings": [
            {"monitor": "StrategyShift", "message": message}
            for message in strategy_shifts(report, history, thresholds)
        ],
        "thresholds": asdict(thresholds),
    }
