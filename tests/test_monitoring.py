"""Unit tests of the run report and its checks (citycrawl.monitoring)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from scrapy.settings import Settings

from citycrawl.monitoring.checks import Thresholds, coverage_drops, evaluate
from citycrawl.monitoring.collector import RunCollector
from citycrawl.monitoring.extension import progress_line
from citycrawl.monitoring.render import coverage_chart, render_html, strategy_table
from citycrawl.monitoring.report import build_report, load_history, write_report
from tests.rows import make_row

START = dt.datetime(2026, 5, 20, 2, 0, tzinfo=dt.UTC)


def event(n: int, dated: bool = True) -> dict[str, Any]:
    return make_row(
        url=f"https://eurocities.eu/latest/event-{n}/",
        item_type="event",
        published=None,
        event_start=dt.date(2026, 6, n) if dated else None,
        date_issues=[] if dated else ["event date:unparsed"],
        date_text="event date: 9 June 2026" if dated else "event date: 9 Juin",
    )


def report_for(rows: list[dict[str, Any]], **stats: Any) -> dict[str, Any]:
    collector = RunCollector()
    for row in rows:
        collector.add(row)
    base = {
        "start_time": START,
        "finish_time": START + dt.timedelta(minutes=2),
        "elapsed_time_seconds": 120.0,
        "finish_reason": "finished",
        "downloader/request_count": 40,
        "downloader/response_count": 40,
        "downloader/response_status_count/200": 38,
        "downloader/response_status_count/404": 2,
        "citycrawl/fetch_failed/http_404": 2,
        "citycrawl/dataset/new": 3,
        "citycrawl/dataset/changed": 1,
        "citycrawl/dataset/unchanged": 2,
        "citycrawl/dropped/missing_title": 1,
    }
    base.update(stats)
    return build_report(
        spider="eurocities",
        collected=collector.as_dict(),
        stats=base,
        manifest={"run_id": "run-1", "dataset_version": 4},
        full_crawl=False,
        fallback_run_id="unused",
    )


def test_report_figures() -> None:
    rows = [make_row(), event(1), event(2, dated=False)]
    report = report_for(rows)
    assert report["run_id"] == "run-1"
    assert report["items_by_type"] == {"event": 2, "news": 1}
    assert report["coverage"]["event_dates"] == {
        "filled": 1,
        "total": 2,
        "share": 0.5,
        "missing_examples": ["https://eurocities.eu/latest/event-2/"],
    }
    assert report["coverage"]["published"]["total"] == 1  # events are not counted
    assert report["date_parse_failures"]["items"] == 1
    assert report["date_parse_failures"]["reasons"] == {"unparsed": 1}
    assert report["date_parse_failures"]["examples"][0]["date_text"] == "event date: 9 Juin"
    assert report["dataset"] == {"new": 3, "changed": 1, "unchanged": 2}
    assert report["dropped"] == {"missing_title": 1}
    assert report["http"]["errors_by_status"] == {"404": 2}
    assert report["http"]["error_rate"] == 0.05
    assert report["http"]["pages_per_minute"] == 20.0
    assert report["duration_seconds"] == 120.0
    json.dumps(report)  # JSON-ready


def test_a_coverage_drop_fails_naming_the_field_and_pages() -> None:
    good = report_for([event(n) for n in range(1, 6)])
    bad = report_for([event(n, dated=False) for n in range(1, 6)])
    result = evaluate(bad, [good, good], Thresholds())
    assert not result["passed"]
    [failure] = result["failures"]
    assert failure["monitor"].startswith("CoverageMonitor")
    assert failure["message"].startswith("coverage of event_dates fell to 0% (0 of 5 events")
    assert "from 100% over the last 2 run(s)" in failure["message"]
    assert "https://eurocities.eu/latest/event-1/" in failure["message"]
    assert evaluate(good, [good, good], Thresholds())["passed"]


def test_small_samples_and_small_drops_do_not_fail() -> None:
    good = report_for([event(n) for n in range(1, 6)])
    tiny = report_for([event(1, dated=False), event(2, dated=False)])  # 2 < min_sample
    assert coverage_drops(tiny, [good], Thresholds()) == []
    slight = report_for([event(n, dated=n != 1) for n in range(1, 6)])  # 80 %, -20 points
    assert coverage_drops(slight, [good], Thresholds()) == []
    assert coverage_drops(slight, [good], Thresholds(coverage_drop=0.1)) != []


def test_no_new_items_for_n_runs_fails() -> None:
    quiet = report_for([make_row()], **{"citycrawl/dataset/new": 0})
    limits = Thresholds(no_new_runs=3)
    assert evaluate(quiet, [quiet], limits)["passed"]  # fewer than 3 runs: not judged
    result = evaluate(quiet, [quiet, report_for([make_row()]), quiet], limits)
    assert result["passed"]  # the run before last found new items
    result = evaluate(quiet, [quiet, quiet], limits)
    assert [f["message"] for f in result["failures"]] == ["no new items in the last 3 runs"]


def report_with_item_errors(urls: list[str], requests: int) -> dict[str, Any]:
    """The report of a run of ``requests`` requests whose items of ``urls`` failed."""
    collector = RunCollector()
    for url in urls:
        collector.add_error(url)
    return build_report(
        spider="eurocities",
        collected=collector.as_dict(),
        stats={"finish_reason": "finished", "downloader/request_count": requests},
        manifest={},
        full_crawl=False,
        fallback_run_id="r",
    )


def test_items_that_fail_in_a_pipeline_count_as_errors() -> None:
    urls = [f"https://eurocities.eu/latest/{n}/" for n in range(12)]
    report = report_with_item_errors(urls, requests=20)
    assert report["item_errors"]["count"] == 12
    assert len(report["item_errors"]["examples"]) == 5
    assert report["http"]["errors"] == 12
    messages = sorted(f["message"] for f in evaluate(report, [], Thresholds())["failures"])
    assert messages[0].startswith("error rate 60% (12 of 20 requests)")
    assert messages[1].startswith("items lost to an error in the item pipelines: 12 ")
    assert "https://eurocities.eu/latest/4/" in messages[1]


def test_one_item_lost_to_a_pipeline_error_fails_under_any_error_rate() -> None:
    report = report_with_item_errors(["https://eurocities.eu/latest/only/"], requests=1000)
    [failure] = evaluate(report, [], Thresholds())["failures"]
    assert failure["message"] == (
        "items lost to an error in the item pipelines: 1 (see the log's tracebacks), "
        "e.g. https://eurocities.eu/latest/only/"
    )


def test_error_rate_over_the_threshold_fails() -> None:
    failing = report_for(
        [make_row()],
        **{"citycrawl/fetch_failed/http_500": 15, "citycrawl/fetch_failed/http_404": 0},
    )
    result = evaluate(failing, [], Thresholds())
    [failure] = result["failures"]
    assert failure["message"].startswith("error rate 38% (15 of 40 requests) is over 25%")


@pytest.mark.parametrize(
    ("stats", "message"),
    [
        ({"citycrawl/dataset/commit_failed": 1}, "the dataset commit failed"),
        ({"finish_reason": "closespider_errorcount"}, "'closespider_errorcount'"),
    ],
)
def test_a_failed_crawl_fails_the_checks(stats: dict[str, Any], message: str) -> None:
    result = evaluate(report_for([make_row()], **stats), [], Thresholds())
    assert message in result["failures"][0]["message"]


def test_thresholds_come_from_settings() -> None:
    settings = Settings(
        {"CITYCRAWL_MONITOR_COVERAGE_DROP": "0.5", "CITYCRAWL_MONITOR_NO_NEW_RUNS": "2"}
    )
    limits = Thresholds.from_settings(settings)
    assert (limits.coverage_drop, limits.no_new_runs, limits.min_sample) == (0.5, 2, 3)
    from citycrawl import settings as project

    assert Thresholds.from_settings(Settings({"X": 1})) == Thresholds()
    assert Thresholds().coverage_drop == project.CITYCRAWL_MONITOR_COVERAGE_DROP


def test_reports_are_stored_and_read_back_oldest_first(tmp_path: Path) -> None:
    first = report_for([make_row()])
    second = {**report_for([make_row()]), "run_id": "run-2", "started_at": "2026-05-21T02:00:00"}
    write_report(tmp_path, second, "<html>2</html>")
    write_report(tmp_path, first, "<html>1</html>")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    assert [r["run_id"] for r in load_history(tmp_path)] == ["run-1", "run-2"]
    assert [r["run_id"] for r in load_history(tmp_path, exclude="run-2")] == ["run-1"]
    assert (tmp_path / "latest.html").read_text(encoding="utf-8") == "<html>1</html>"
    assert not list(tmp_path.glob(".tmp-*"))


def test_html_page_has_the_verdict_and_a_coverage_chart() -> None:
    good = report_for([event(n) for n in range(1, 6)])
    bad = report_for([event(n, dated=False) for n in range(1, 6)])
    bad["checks"] = evaluate(bad, [good], Thresholds())
    page = render_html(bad, [good])
    assert "FAILED" in page
    assert "coverage of event_dates fell to 0%" in page
    assert page.count("<svg") == 1
    chart = coverage_chart([good, bad])
    # event_dates: 100 % then 0 %: the line runs from the top to the bottom of the plot.
    assert "<title>event_dates</title>" in chart
    assert "30.0,15.0 530.0,185.0" in chart
    # Each run's value is a dot too: one run alone is visible.
    assert '<circle cx="30.0" cy="15.0" r="3"' in chart
    assert '<circle cx="30.0" cy="15.0" r="3"' in coverage_chart([good])
    assert coverage_chart([]) == ""


def test_progress_line() -> None:
    stats = {
        "response_received_count": 120,
        "item_scraped_count": 95,
        "citycrawl/fetch_failed/http_404": 2,
        "citycrawl/parse_error": 1,
    }
    assert progress_line(stats, 180.0) == (
        "Progress: 120 pages (40.0/min), 95 items, 3 errors, 180 s"
    )


def with_strategies(report: dict[str, Any], run_id: str, **fields: dict[str, int]) -> dict:
    """``report`` as the run ``run_id`` whose fields were filled as ``fields`` say."""
    return {**report, "run_id": run_id, "field_sources": fields}


def test_report_nests_the_spiders_strategy_counters() -> None:
    report = report_for(
        [make_row()],
        **{
            "citycrawl/listing_strategy/wordpress/card_list": 9,
            "citycrawl/listing_strategy/wordpress/date_anchored": 1,
            "citycrawl/listing_strategy/domino/dated_region": 4,
            "citycrawl/field_source/title/selector": 12,
            "citycrawl/field_source/date_text/selector": 10,
            "citycrawl/field_source/date_text/text": 2,
        },
    )
    assert report["listing_strategies"] == {
        "domino": {"dated_region": 4},
        "wordpress": {"card_list": 9, "date_anchored": 1},
    }
    assert report["field_sources"] == {
        "date_text": {"selector": 10, "text": 2},
        "title": {"selector": 12},
    }


def test_a_shift_of_a_fields_dominant_strategy_warns_but_passes() -> None:
    base = report_for([make_row()])
    before = with_strategies(base, "run-1", date_text={"selector": 20, "text": 1})
    after = with_strategies(base, "run-2", date_text={"selector": 2, "text": 18, "time": 1})
    checks = evaluate(after, [before], Thresholds())
    assert checks["passed"]
    [warning] = checks["warnings"]
    assert warning["monitor"] == "StrategyShift"
    assert warning["message"].startswith(
        "field date_text now mostly from text (18 of 21), before from selector (20 of 21)"
    )


def test_no_warning_without_a_shift_or_with_too_few_pages() -> None:
    base = report_for([make_row()])
    before = with_strategies(base, "run-1", title={"selector": 20}, body={"selector": 2})
    same = with_strategies(base, "run-2", title={"selector": 15, "jsonld": 5}, body={"text": 2})
    assert evaluate(same, [before], Thresholds())["warnings"] == []
    # The last run that measured the field is the baseline, not the last run.
    silent = with_strategies(base, "run-3")
    assert evaluate(same, [before, silent], Thresholds())["warnings"] == []
    listing = {**base, "listing_strategies": {"wordpress": {"date_anchored": 5}}}
    earlier = {**base, "listing_strategies": {"wordpress": {"card_list": 5}}}
    [warning] = evaluate(listing, [earlier], Thresholds())["warnings"]
    assert warning["message"].startswith("listings of wordpress now mostly from date_anchored")


def test_html_page_has_the_strategy_table_and_the_warning() -> None:
    base = report_for([make_row()])
    runs = [
        with_strategies(
            base, f"run-{n}", title={"selector": 10}, summary={"selector": 9, "text": 1}
        )
        for n in range(1, 7)
    ]
    runs[-1]["field_sources"]["summary"] = {"selector": 1, "maintext": 9}
    runs[-1]["checks"] = evaluate(runs[-1], runs[:-1], Thresholds())
    page = render_html(runs[-1], runs[:-1])
    assert "warning: <b>StrategyShift</b>: field summary now mostly from maintext" in page
    table = strategy_table(runs, "field_sources", "field")
    assert "<th>run-1</th>" not in table  # the last five runs only
    assert "<th>run-2</th>" in table
    assert table.count("<td>selector 90%, text 10%</td>") == 4
    assert "<td>maintext 90%, selector 10%</td>" in table
    assert strategy_table([base], "field_sources", "field") == "<p>none recorded</p>"
