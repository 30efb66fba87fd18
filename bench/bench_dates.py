"""Benchmark: citycrawl.dates.parse_date_range against dateparser.parse, per expression.

Runs over the shared corpus (tests/date_cases.py: every real form the tests check, the
unreadable ones included), prints median microseconds per expression by language and
by form, and writes the table to bench/results/dates.json.

Ours: each expression is timed ``--repeat`` times and the median kept; the dateparser
fallback's result cache is cleared before every call, so expressions that need it pay
its full price each time. dateparser: default settings, warmed up once, then each
expression timed ``--dp-repeat`` times (default 1, since one call costs milliseconds);
``--dp-sample N`` times only every N-th expression to keep the run short.

    python bench/bench_dates.py [--repeat 50] [--dp-repeat 1] [--dp-sample 1]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import warnings
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from citycrawl.dates import _fallback, parse_date_range  # noqa: E402
from tests.date_cases import CASES, FAILURES, Case  # noqa: E402


def _time_ours(case: Case, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        _fallback.parse.cache_clear()
        t0 = time.perf_counter_ns()
        parse_date_range(case.text, reference=case.ref, languages=case.languages)
        samples.append(time.perf_counter_ns() - t0)
    return statistics.median(samples) / 1000


def _time_dateparser(case: Case, repeat: int) -> float:
    import dateparser

    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter_ns()
        dateparser.parse(case.text)
        samples.append(time.perf_counter_ns() - t0)
    return statistics.median(samples) / 1000


def _table(rows: dict[str, list[tuple[float, float | None]]]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for key in sorted(rows):
        ours = [o for o, _ in rows[key]]
        theirs = [d for _, d in rows[key] if d is not None]
        ours_med = statistics.median(ours)
        dp_med = statistics.median(theirs) if theirs else None
        out.append(
            {
                "group": key,
                "n": len(ours),
                "ours_median_us": round(ours_med, 1),
                "dateparser_median_us": None if dp_med is None else round(dp_med, 1),
                "ratio": None if dp_med is None else round(dp_med / ours_med, 1),
            }
        )
    return out


def _print(title: str, table: list[dict[str, object]]) -> None:
    print(f"\n{title:<16} {'n':>4} {'ours µs':>9} {'dateparser µs':>14} {'ratio':>8}")
    for row in table:
        dp = row["dateparser_median_us"]
        ratio = row["ratio"]
        print(
            f"{row['group']!s:<16} {row['n']:>4} {row['ours_median_us']:>9} "
            f"{'-' if dp is None else dp:>14} {'-' if ratio is None else str(ratio) + 'x':>8}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=50)
    ap.add_argument("--dp-repeat", type=int, default=1)
    ap.add_argument("--dp-sample", type=int, default=1, help="time dateparser on every N-th")
    args = ap.parse_args()

    corpus = CASES + FAILURES
    warnings.simplefilter("ignore")  # dateparser's own deprecation noise
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
        theirs = _time_dateparser(case, args.dp_repeat) if k % args.dp_sample == 0 else None
        ours_all.append(ours)
        if theirs is not None:
            dp_all.append(theirs)
        by_lang[case.lang].append((ours, theirs))
        by_form[case.form].append((ours, theirs))

    summary = {
        "expressions": len(corpus),
        "ours_mean_us": round(statistics.fmean(ours_all), 1),
        "ours_median_us": round(statistics.median(ours_all), 1),
        "dateparser_timed": len(dp_all),
        "dateparser_mean_us": round(statistics.fmean(dp_all), 1),
        "dateparser_median_us": round(statistics.median(dp_all), 1),
        "mean_ratio": round(statistics.fmean(dp_all) / statistics.fmean(ours_all), 1),
        "seconds": round(time.perf_counter() - started, 1),
        "settings": vars(args),
    }
    tables = {"by_language": _table(by_lang), "by_form": _table(by_form)}
    _print("language", tables["by_language"])
    _print("form", tables["by_form"])
    print(
        f"\nall {summary['expressions']} expressions: ours mean {summary['ours_mean_us']} µs "
        f"(median {summary['ours_median_us']}), dateparser.parse mean "
        f"{summary['dateparser_mean_us']} µs (median {summary['dateparser_median_us']}), "
        f"{summary['mean_ratio']}x faster on average"
    )
    out = ROOT / "bench" / "results" / "dates.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"summary": summary, **tables}, indent=2) + "\n", encoding="utf-8")
    print(f"written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
