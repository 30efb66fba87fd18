"""One page for the night: every network's run at a glance (``citycrawl nightly --all``).

A self-contained HTML page (inline SVG charts, no script, no CDN: it opens from a file
share or a mail attachment): each network's status line, its new / changed / withdrawn
counts, the coverage of its key fields over the last runs, the fields whose filling
strategy shifted since the previous run, the pages that failed with their URLs, and a
link to the network's own report. Written to ``<output>/nights/<stamp>.html`` and
``<output>/nights/latest.html``.
"""

from __future__ import annotations

import datetime as dt
import html
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from citycrawl.fsutil import write_atomic
from citycrawl.monitoring.render import coverage_chart
from citycrawl.monitoring.report import load_history, reports_dir

#: Failed pages listed per network.
MAX_FAILURES = 10


@dataclass(frozen=True, slots=True)
class NetworkNight:
    """One network's run of the night: its exit status and the line said about it."""

    name: str
    status: int
    message: str


def nights_dir(output_dir: str | os.PathLike[str]) -> Path:
    """Where the overview pages live (beside the datasets, not inside one)."""
    return Path(output_dir) / "nights"


def write_overview(output_dir: Path, nights: Sequence[NetworkNight], started: dt.datetime) -> Path:
    """Write the night's overview page; returns its path (``latest.html`` is a copy)."""
    page = render_overview(output_dir, nights, started)
    directory = nights_dir(output_dir)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{started:%Y%m%dT%H%M%SZ}.html"
    write_atomic(path, page)
    write_atomic(directory / "latest.html", page)
    return path


def render_overview(output_dir: Path, nights: Sequence[NetworkNight], started: dt.datetime) -> str:
    """The page (pure apart from reading the networks' stored reports)."""
    sections = [_section(output_dir, night) for night in nights]
    failed = sum(1 for night in nights if night.status != 0)
    verdict = "all networks OK" if not failed else f"{failed} of {len(nights)} networks failed"
    rows = "".join(
        f'<tr><td><a href="#{_e(n.name)}">{_e(n.name)}</a></td>'
        f'<td class="{"ok" if n.status == 0 else "bad"}">{"OK" if n.status == 0 else "FAILED"}'
        f"</td><td>{_e(n.message)}</td></tr>"
        for n in nights
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>citycrawl night of {started:%Y-%m-%d}</title><style>{_STYLE}</style></head>"
        f"<body><h1>citycrawl: the night of {started:%Y-%m-%d %H:%M} UTC</h1>"
        f'<p class="verdict">{verdict}</p>'
        f'<table class="summary"><tr><th>network</th><th>status</th><th>what happened</th></tr>'
        f"{rows}</table>{''.join(sections)}</body></html>"
    )


def _section(output_dir: Path, night: NetworkNight) -> str:
    directory = reports_dir(output_dir, night.name)
    history = load_history(directory)
    latest = history[-1] if history else None
    head = f'<section id="{_e(night.name)}"><h2>{_e(night.name)}</h2>'
    if latest is None:
        return head + f"<p>No run report: {_e(night.message)}</p></section>"
    counts = latest.get("dataset") or {}
    link = os.path.relpath(directory / f"{latest.get('run_id')}.html", nights_dir(output_dir))
    chart = coverage_chart(history) or "<p>(one run so far)</p>"
    return (
        head + f'<p><a class="report" href="{_e(link)}">the full run report</a> · '
        f"{latest.get('items', 0)} items · new {counts.get('new', 0)} · changed "
        f"{counts.get('changed', 0)} · withdrawn {counts.get('withdrawn', 0)} · "
        f"errors {latest.get('http', {}).get('errors', 0)}</p>"
        + f'<div class="chart">{chart}</div>'
        + _shifts(history)
        + _failures(latest)
        + "</section>"
    )


def _dominant(sources: Mapping[str, int]) -> str | None:
    return max(sorted(sources), key=lambda name: sources[name]) if sources else None


def _shifts(history: Sequence[Mapping[str, Any]]) -> str:
    """Fields whose most used filling strategy differs from the previous run's."""
    if len(history) < 2:
        return ""
    before, now = history[-2].get("field_sources", {}), history[-1].get("field_sources", {})
    rows = [
        f"<tr><td>{_e(field)}</td><td>{_e(_dominant(before.get(field, {})))}</td>"
        f"<td>{_e(_dominant(sources))}</td></tr>"
        for field, sources in sorted(now.items())
        if before.get(field) and _dominant(before[field]) != _dominant(sources)
    ]
    if not rows:
        return '<p class="shifts">No field changed its filling strategy since the last run.</p>'
    return (
        '<table class="shifts"><tr><th>field</th><th>strategy before</th><th>now</th></tr>'
        + "".join(rows)
        + "</table>"
    )


def _failures(report: Mapping[str, Any]) -> str:
    """Failed fetches by reason, then the pages whose item or dates failed, by URL."""
    examples: list[tuple[str, str]] = [
        (str(url), "item failed in a pipeline")
        for url in report.get("item_errors", {}).get("examples", [])
    ]
    examples += [
        (str(ex.get("url")), "dates: " + ", ".join(ex.get("issues", [])))
        for ex in report.get("date_parse_failures", {}).get("examples", [])
        if isinstance(ex, Mapping)
    ]
    failed = report.get("http", {}).get("fetch_failed", {})
    if not examples and not failed:
        return ""
    items = "".join(
        f'<li><a href="{_e(url)}">{_e(url)}</a> {_e(why)}</li>'
        for url, why in examples[:MAX_FAILURES]
    )
    counts = ", ".join(f"{_e(k)}: {v}" for k, v in sorted(failed.items()))
    return f'<div class="failures"><h3>Failures</h3><p>{counts}</p><ul>{items}</ul></div>'


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;color:#222}"
    "table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem;"
    "text-align:left}.ok{color:#1b7a3a;font-weight:bold}.bad{color:#b3261e;font-weight:bold}"
    ".verdict{font-size:1.2rem}section{border-top:2px solid #eee;margin-top:2rem}"
)
