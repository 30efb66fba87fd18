"""Benchmark: what charset checking costs over plain w3lib decoding.

``citycrawl.parsing.charset.decode_page`` decodes as Scrapy does (w3lib) and overrules
the declaration only when the bytes prove it wrong. This prints, per group of pages, the
median microseconds of ``w3lib.encoding.html_to_unicode`` alone and of ``decode_page``,
and how many pages were overruled:

* ``real``: the 800 real pages of ``../shared/eval/htmldate-800`` (if present), as saved,
  with their own declarations (a few lie);
* ``honest <charset>``: the test pages of tests/test_charset.py, declared right;
* ``lying <charset>``: the same bytes declared UTF-8, the fallback's worst case.

    python bench/bench_decoding.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from w3lib.encoding import html_to_unicode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from citycrawl.parsing.charset import decode_page  # noqa: E402
from tests.eval_sets import EVAL_DIR, load_dates  # noqa: E402
from tests.test_charset import HONEST, TEXTS, page  # noqa: E402

Case = tuple[bytes, str]


def _median_us(cases: list[Case], call: Callable[[bytes, str], object], repeat: int) -> float:
    samples = []
    for body, content_type in cases:
        best = min(_once(call, body, content_type) for _ in range(repeat))
        samples.append(best)
    return statistics.median(samples) * 1e6


def _once(call: Callable[[bytes, str], object], body: bytes, content_type: str) -> float:
    started = time.perf_counter()
    call(body, content_type)
    return time.perf_counter() - started


def _groups() -> dict[str, list[Case]]:
    groups: dict[str, list[Case]] = {}
    if (EVAL_DIR / "htmldate-800").is_dir():
        groups["real (htmldate-800)"] = [(p.html, "text/html") for p in load_dates(EVAL_DIR)]
    for lang, charset in HONEST:
        body = page(lang, TEXTS[lang], charset).encode(charset)
        groups[f"honest {charset} ({lang})"] = [(body, f"text/html; charset={charset}")]
        if charset != "utf-8":
            groups[f"lying {charset} ({lang})"] = [(body, "text/html; charset=utf-8")]
    return groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="best of N per page")
    args = parser.parse_args()
    print(f"{'pages':<28} {'n':>4} {'w3lib µs':>9} {'ours µs':>9} {'ratio':>6}  overruled")
    for name, cases in _groups().items():
        repeat = max(1, args.repeat // 10) if len(cases) > 100 else args.repeat
        w3lib_us = _median_us(cases, lambda b, ct: html_to_unicode(ct, b), repeat)
        ours_us = _median_us(cases, decode_page, repeat)
        reasons = Counter(decode_page(b, ct).fallback for b, ct in cases)
        reasons.pop(None, None)
        print(
            f"{name:<28} {len(cases):>4} {w3lib_us:>9.1f} {ours_us:>9.1f} "
            f"{ours_us / w3lib_us:>6.2f}  {dict(reasons) or '-'}"
        )


if __name__ == "__main__":
    main()
