"""The run report as a self-contained HTML page, with a coverage chart of recent runs."""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from typing import Any

from citycrawl.monitoring.collector import KEY_FIELDS

#: Runs shown in the coverage chart.
CHART_RUNS = 20
_COLOURS = ("#1b6ca8", "#d1495b", "#66a182", "#edae49", "#6a4c93", "#2e4057")
_WIDTH, _HEIGHT, _PAD = 560, 200, 30


def coverage_chart(reports: Sequence[Mapping[str, Any]]) -> str:
    """An inline SVG line chart: each key field's coverage (0-100 %) over the runs."""
    runs = list(reports)[-CHART_RUNS:]
    if not runs:
        return ""
    step = (_WIDTH - 2 * _PAD) / max(len(runs) - 1, 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_WIDTH}" height="{_HEIGHT + 40}" '
        'role="img" aria-label="coverage of key fields over the last runs">',
        f'<rect x="{_PAD}" y="{_PAD / 2}" width="{_WIDTH - 2 * _PAD}" height="{_HEIGHT - _PAD}"'
        ' fill="none" stroke="#ccc"/>',
        f'<text x="2" y="{_PAD / 2 + 4}" font-size="10">100%</text>',
        f'<text x="8" y="{_HEIGHT - _PAD / 2 + 4}" font-size="10">0%</text>',
    ]
    for index, key in enumerate(KEY_FIELDS):
        colour = _COLOURS[index % len(_COLOURS)]
        points, marks = [], []
        for i, report in enumerate(runs):
            share = report.get("coverage", {}).get(key.name, {}).get("share")
            if share is None:
                continue
            x = _PAD + i * step
            y = _PAD / 2 + (1 - share) * (_HEIGHT - _PAD)
            points.append(f"{x:.1f},{y:.1f}")
            # A dot per run: a line of one point (one run measured it) draws nothing.
            marks.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}">'
                f"<title>{key.name}: {pct(share)}</title></circle>"
            )
        if points:
            parts.append(
                f'<polyline fill="none" stroke="{colour}" stroke-width="2" '
                f'points="{" ".join(points)}"><title>{key.name}</title></polyline>'
            )
            parts.extend(marks)
        parts.append(
            f'<text x="{_PAD + index * 95}" y="{_HEIGHT + 30}" font-size="11" '
            f'fill="{colour}">■ {key.name}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def pct(share: float | None) -> str:
    """A share as a whole percentage (``42%``), ``n/a`` when unknown."""
    return "n/a" if share is None else f"{share:.0%}"


def _table(rows: Mapping[str, Any]) -> str:
    cells = "".join(
        f"<tr><th>{html.escape(str(k))}</th><td>{html.escape(str(v))}</td></tr>"
        for k, v in rows.items()
    )
    return f"<table>{cells}</table>" if cells else "<p>none</p>"


#: Runs shown in the strategy tables, this one included.
STRATEGY_RUNS = 5


def _mix(counts: Mapping[str, int] | None) -> str:
    """``selector 95%, jsonld 5%``: each strategy's share, the largest first."""
    if not counts:
        return ""
    total = sum(counts.values())
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(f"{name} {count / total:.0%}" for name, count in ordered)


def strategy_table(runs: Sequence[Mapping[str, Any]], section: str, label: str) -> str:
    """A table of ``section`` (``field_sources`` or ``listing_strategies``): one row per
    field (or layout), one column per run (newest last), each cell the strategy mix."""
    runs = list(runs)[-STRATEGY_RUNS:]
    names = sorted({name for run in runs for name in run.get(section, {})})
    if not names:
        return "<p>none recorded</p>"
    head = "".join(f"<th>{html.escape(str(run.get('run_id')))}</th>" for run in runs)
    rows = "".join(
        f"<tr><th>{html.escape(name)}</th>"
        + "".join(f"<td>{html.escape(_mix(run.get(section, {}).get(name)))}</td>" for run in runs)
        + "</tr>"
        for name in names
    )
    return f"<table><tr><th>{html.escape(label)}</th>{head}</tr>{rows}</table>"


def _check_items(checks: Mapping[str, Any]) -> str:
    """The failed checks, then the warnings, as list items."""
    failures = [("", f) for f in checks.get("failures", [])]
    warnings = [("warning: ", w) for w in checks.get("warnings", [])]
    return "".join(
        f"<li>{kind}<b>{html.escape(c['monitor'])}</b>: {html.escape(c['message'])}</li>"
        for kind, c in failures + warnings
    )


def render_html(report: Mapping[str, Any], history: Sequence[Mapping[str, Any]]) -> str:
    """The report page: verdict, counts, coverage (table and chart), errors, examples."""
    checks = report.get("checks", {})
    passed = checks.get("passed", True)
    verdict = "PASSED" if passed else "FAILED"
    failures = _check_items(checks)
    coverage_rows = "".join(
        f"<tr><th>{html.escape(name)}</th><td>{c['filled']}/{c['total']}</td>"
        f"<td>{pct(c['share'])}</td>"
        f"<td>{html.escape(', '.join(c.get('missing_examples', [])))}</td></tr>"
        for name, c in report.get("coverage", {}).items()
    )
    http = report.get("http", {})
    summary = {
        "run": report.get("run_id"),
        "started": report.get("started_at"),
        "duration (s)": report.get("duration_seconds"),
        "finish reason": report.get("finish_reason"),
        "no start page fetched": report.get("nothing_fetched"),
        "full crawl": report.get("full_crawl"),
        "dataset version": report.get("dataset_version"),
        "items written": report.get("items"),
        "requests": http.get("requests"),
        "pages/min": http.get("pages_per_minute"),
        "error rate": http.get("error_rate"),
    }
    date_failures = report.get("date_parse_failures", {})
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>citycrawl run {html.escape(str(report.get("run_id")))}: {verdict}</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:1em auto}}
table{{border-collapse:collapse}}th,td{{border:1px solid #ccc;padding:2px 6px;text-align:left}}
.FAILED{{color:#b00}}.PASSED{{color:#070}}</style></head><body>
<h1>{html.escape(str(report.get("spider")))} run: <span class="{verdict}">{verdict}</span></h1>
<ul>{failures}</ul>
{_table(summary)}
<h2>Items</h2>{_table(report.get("items_by_type", {}))}
<h2>Dataset: new, changed, unchanged</h2>{_table(report.get("dataset", {}))}
<h2>Dropped</h2>{_table(report.get("dropped", {}))}
<h2>Field coverage</h2>
<table><tr><th>field</th><th>filled</th><th>share</th><th>pages without it</th></tr>
{coverage_rows}</table>
<h3>Over the last runs</h3>
{coverage_chart([*history, report])}
<h2>Which strategy filled each field, over the last runs</h2>
{strategy_table([*history, report], "field_sources", "field")}
<h3>How the listings' cards were found</h3>
{strategy_table([*history, report], "listing_strategies", "layout")}
<h2>Date-parse failures: {date_failures.get("items", 0)} items</h2>
{_table(date_failures.get("reasons", {}))}
<pre>{html.escape(json.dumps(date_failures.get("examples", []), indent=1))}</pre>
<h2>HTTP</h2>
{_table(http.get("errors_by_status", {}))}
{_table(http.get("fetch_failed", {}))}
<h2>Limits hit</h2>{_table(report.get("limits", {}))}
<p>Links skipped as no requestable URL: {html.escape(str(report.get("bad_links", 0)))}</p>
<h2>Incremental decisions</h2>{_table(report.get("incremental", {}))}
{_table(report.get("discovery", {}))}
</body></html>
"""
