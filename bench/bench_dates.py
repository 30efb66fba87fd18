"""Benchmark: citycrawl.dates.parse_date_range against dateparser.parse, per expression.

Runs over the shared corpus (tests/date_cases.py: every real form the tests check, the
unreadable ones included), prints mean, median and p95 microseconds per expression by
language and by form, and writes the tables to bench/results/dates.json.

Ours: each expression is timed ``--repeat`` times in CPU time (``time.process_time_ns``:
the machine is shared, and wall time swings with the neighbours) and the median kept; the
dateparser fallback's result cache is cleared before every call, so expressions that
need it pay its full price each time. dateparser: default settings, warmed up once, then
each expression timed ``--dp-repeat`` times (default 1, since one call costs
milliseconds); ``--dp-sample N`` times only every N-th expression (0: none).

``--hash`` times nothing: it prints one SHA-256 over every result of
``parse_date_range``, ``find_date_ranges`` and ``why_unparsed`` on the corpus, so a
change meant to be a pure speed-up can show its output is unchanged.

``--builds`` times ours twice in one run, in two child processes: the build installed
(compiled by mypyc when it was built with ``CITYCRAWL_COMPILE=1``, see setup.py) and the
pure sources beside it, and prints both with their ratio (bench/results/dates_builds.json).

    python bench/bench_dates.py [--repeat 50] [--dp-repeat 1] [--dp-sample 1] [--hash]
    python bench/bench_dates.py --builds [--repeat 5]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
import warnings
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATES = ROOT / "citycrawl" / "dates"
PURE_SOURCES = "--pure-sources"  # the child's flag (--builds): run the .py files


class _Sources(importlib.abc.MetaPathFinder):
    """Finds the compiled modules of citycrawl.dates as their .py sources, ahead of the
    extension modules that would win the import."""

    def __init__(self) -> None:
        self.compiled = {
            f"citycrawl.dates.{path.name.split('.')[0]}"
            for suffix in importlib.machinery.EXTENSION_SUFFIXES
            for path in DATES.glob(f"*{suffix}")
        }

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if name not in self.compiled:
            return None
        return importlib.util.spec_from_file_location(name, DATES / f"{name.rsplit('.')[-1]}.py")


if PURE_SOURCES in sys.argv:  # before citycrawl.dates is imported
    sys.meta_path.insert(0, _Sources())

from citycrawl.dates import (  # noqa: E402
    _fallback,
    compiled,
    find_date_ranges,
    parse_date_range,
    why_unparsed,
)
from tests.date_cases import CASES, FAILURES, Case  # noqa: E402


def _time_ours(case: Case, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        _fallback.parse.cache_clear()
        t0 = time.process_time_ns()
        parse_date_range(case.text, reference=case.ref, languages=case.languages)
        samples.append(time.process_time_ns() - t0)
    return statistics.median(samples) / 1000


def _time_dateparser(case: Case, repeat: int) -> float:
    import dateparser

    samples = []
    for _ in range(repeat):
        t0 = time.process_time_ns()
        dateparser.parse(case.text)
        samples.append(time.process_time_ns() - t0)
    return statistics.median(samples) / 1000


def _p95(values: list[float]) -> float:
    return sorted(values)[min(len(values) - 1, round(0.95 * (len(values) - 1)))]


def _figures(values: list[float]) -> dict[str, float]:
    return {
        "mean_us": round(statistics.fmean(values), 1),
        "median_us": round(statistics.median(values), 1),
        "p95_us": round(_p95(values), 1),
    }


def _table(rows: dict[str, list[tuple[float, float | None]]]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for key in sorted(rows):
        ours = [o for o, _ in rows[key]]
        theirs = [d for _, d in rows[key] if d is not None]
        dp_med = statistics.median(theirs) if theirs else None
        out.append(
            {
                "group": key,
                "n": len(ours),
                **{f"ours_{k}": v for k, v in _figures(ours).items()},
                "dateparser_median_us": None if dp_med is None else round(dp_med, 1),
            }
        )
    return out


def _print(title: str, table: list[dict[str, object]]) -> None:
    print(f"\n{title:<16} {'n':>4} {'mean µs':>8} {'median':>8} {'p95':>8} {'dateparser µs':>14}")
    for row in table:
        dp = row["dateparser_median_us"]
        print(
            f"{row['group']!s:<16} {row['n']:>4} {row['ours_mean_us']:>8} "
            f"{row['ours_median_us']:>8} {row['ours_p95_us']:>8} {'-' if dp is None else dp:>14}"
        )


def _output_hash(corpus: list[Case]) -> str:
    digest = hashlib.sha256()
    for case in corpus:
        kw = {"reference": case.ref, "languages": case.languages}
        first = parse_date_range(case.text, **kw)  # type: ignore[arg-type]
        every = find_date_ranges(case.text, **kw)  # type: ignore[arg-type]
        issue = why_unparsed(case.text, **kw)  # type: ignore[arg-type]
        digest.update(repr((case.text, first, every, issue)).encode())
    return digest.hexdigest()


def _compare_builds(repeat: int) -> None:
    """Ours as installed and as pure sources, each in a child process, side by side."""
    figures = {}
    for build, extra in (("installed", []), ("sources", [PURE_SOURCES])):
        child = [sys.executable, __file__, "--summary-json", "--dp-sample", "0"]
        done = subprocess.run(
            [*child, "--repeat", str(repeat), *extra], capture_output=True, text=True, check=True
        )
        figures[build] = json.loads(done.stdout)
    installed, sources = figures["installed"], figures["sources"]
    if installed["build"] == sources["build"]:
        print("the installed build is the pure sources (build with CITYCRAWL_COMPILE=1)")
    for name, row in (("installed", installed), ("sources", sources)):
        print(
            f"{name:<10} {row['build']:<9} mean {row['ours_mean_us']:>6} µs, median "
            f"{row['ours_median_us']:>6}, p95 {row['ours_p95_us']:>6} "
            f"({row['expressions']} expressions, load {row['load_average']})"
        )
    ratio = round(sources["ours_mean_us"] / installed["ours_mean_us"], 2)
    print(f"sources / installed, mean: {ratio}x")
    out = ROOT / "bench" / "results" / "dates_builds.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({**figures, "mean_ratio": ratio}, indent=2) + "\n", encoding="utf-8")
    print(f"written to {out.relative_to(ROOT)}")


def _measure(
    corpus: list[Case], args: argparse.Namespace
) -> tuple[dict[str, object], dict[str, list[dict[str, object]]]]:
    """Time every expression; the summary and the tables by language and by form."""
    if args.dp_sample:
        import dateparser

        dateparser.parse("9 January 2019")  # load its language data before timing
    for case in corpus[:20]:
        parse_date_range(case.text, reference=case.ref)

    by_lang: dict[str, list[tuple[float, float | None]]] = defaultdict(list)
    by_form: dict[str, list[tuple[float, float | None]]] = defaultdict(list)
    ours_all: list[float] = []
    dp_all: list[float] = []
    started = time.perf_counter()
    for k, case in enumerate(corpus):
        ours = _time_ours(case, args.repeat)
        sampled = args.dp_sample and k % args.dp_sample == 0
        theirs = _time_dateparser(case, args.dp_repeat) if sampled else None
        ours_all.append(ours)
        if theirs is not None:
            dp_all.append(theirs)
        by_lang[case.lang].append((ours, theirs))
        by_form[case.form].append((ours, theirs))

    summary: dict[str, object] = {
        "expressions": len(corpus),
        "build": "compiled" if compiled() else "pure",
        **{f"ours_{k}": v for k, v in _figures(ours_all).items()},
        "dateparser_timed": len(dp_all),
        "seconds": round(time.perf_counter() - started, 1),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "settings": vars(args),
    }
    if dp_all:
        summary["dateparser_mean_us"] = round(statistics.fmean(dp_all), 1)
        summary["dateparser_median_us"] = round(statistics.median(dp_all), 1)
        summary["mean_ratio"] = round(statistics.fmean(dp_all) / statistics.fmean(ours_all), 1)
    return summary, {"by_language": _table(by_lang), "by_form": _table(by_form)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=50)
    ap.add_argument("--dp-repeat", type=int, default=1)
    ap.add_argument("--dp-sample", type=int, default=1, help="time dateparser on every N-th")
    ap.add_argument("--hash", action="store_true", help="print the output hash and stop")
    ap.add_argument("--builds", action="store_true", help="installed build vs pure sources")
    ap.add_argument(PURE_SOURCES, action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--summary-json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()

    corpus = CASES + FAILURES
    warnings.simplefilter("ignore")  # dateparser's own deprecation noise
    if args.hash:
        print(f"{len(corpus)} expressions, output sha256 {_output_hash(corpus)}")
        return
    if args.builds:
        _compare_builds(args.repeat)
        return
    summary, tables = _measure(corpus, args)
    if args.summary_json:
        print(json.dumps(summary))
        return
    dp_line = ""
    if "mean_ratio" in summary:
        dp_line = (
            f", dateparser.parse mean {summary['dateparser_mean_us']} µs "
            f"(median {summary['dateparser_median_us']}), {summary['mean_ratio']}x faster"
        )
    _print("language", tables["by_language"])
    _print("form", tables["by_form"])
    print(
        f"\nall {summary['expressions']} expressions ({summary['build']} build), CPU µs: ours "
        f"mean {summary['ours_mean_us']} (median {summary['ours_median_us']}, p95 "
        f"{summary['ours_p95_us']}){dp_line}; load average {summary['load_average']}"
    )
    out = ROOT / "bench" / "results" / "dates.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"summary": summary, **tables}, indent=2) + "\n", encoding="utf-8")
    print(f"written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
