"""Accuracy of the generic layer on real pages nobody here wrote, beside htmldate and
trafilatura.

Reads ``../shared/eval`` in place (see its README for the sets and their scoring):

* ``htmldate-800``: ``citycrawl.extract_page(...)["published"]`` (the whole row), and
  the same day from the part of the work a date needs (decoding, parsing, the generic
  signals: ``generic signals``, the line to compare speed on), beside htmldate's
  ``find_date(html, url=url, original_date=True)`` fast and extensive: precision,
  recall, F, ms/page, and F by ``<html lang>``;
* ``article-body-181``: the body's 4-token-shingle precision, recall and F (means over
  pages), beside ``trafilatura.extract``; ms/page.

ms/page is CPU time of the call (``time.process_time``: wall time swings with the
neighbours on a shared machine) on bytes already in memory (gunzipped), decoding and
parsing included; the systems take turns page by page in this process. htmldate and
trafilatura are the ``bench`` extra; without them their columns are skipped.

Each set is split in two fixed halves by a hash of the file name (``Page.half``); F is
printed for both. Tune on the misses of half A (``--failures N --half A``), and keep a
change only if half B does not get worse: the pages scored later are other pages.

    python bench/eval_generic.py [--set dates|body|both] [--eval-dir DIR] [--no-baselines]
                                 [--failures N] [--half A|B]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.eval_sets import (  # noqa: E402
    EVAL_DIR,
    Page,
    body_scores,
    date_scores,
    load_bodies,
    load_dates,
    our_body,
    our_date,
    our_date_signals,
)

_LANG_RE = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2})", re.IGNORECASE)


def run(
    pages: list[Page], systems: dict[str, Callable[[Page], str | None]]
) -> dict[str, tuple[dict[str, str | None], float]]:
    """Each system's results and mean CPU ms/page. The systems take turns page by page,
    so whatever the process's state (caches, the garbage collector's load) weighs on all
    of them alike."""
    results: dict[str, dict[str, str | None]] = {name: {} for name in systems}
    seconds = dict.fromkeys(systems, 0.0)
    for page in pages:
        for name, extract in systems.items():
            started = time.process_time()
            results[name][page.key] = extract(page)
            seconds[name] += time.process_time() - started
    return {name: (results[name], seconds[name] * 1000 / len(pages)) for name in systems}


def _baseline_dates() -> dict[str, Callable[[Page], str | None]]:
    try:
        from htmldate import find_date
    except ImportError:
        return {}

    def make(extensive: bool) -> Callable[[Page], str | None]:
        def call(page: Page) -> str | None:
            try:
                return find_date(
                    page.html, url=page.url, original_date=True, extensive_search=extensive
                )
            except Exception:  # a baseline's crash is its missing answer
                return None

        return call

    return {"htmldate fast": make(False), "htmldate extensive": make(True)}


def _baseline_bodies() -> dict[str, Callable[[Page], str | None]]:
    try:
        import trafilatura
    except ImportError:
        return {}
    return {"trafilatura": lambda page: trafilatura.extract(page.html.decode(), url=page.url)}


def _language(page: Page) -> str:
    found = _LANG_RE.search(page.html[:20000])
    return found.group(1).decode().lower() if found else "?"


def _halves(pages: list[Page]) -> dict[str, list[Page]]:
    return {half: [p for p in pages if p.half == half] for half in "AB"}


def eval_dates(
    eval_dir: Path, baselines: bool, failures: int, half: str | None
) -> dict[str, object]:
    pages = load_dates(eval_dir)
    systems: dict[str, Callable[[Page], str | None]] = {
        "extract_page": our_date,
        "generic signals": our_date_signals,
    }
    if baselines:
        systems.update(_baseline_dates())
    by_lang: dict[str, list[Page]] = defaultdict(list)
    for page in pages:
        by_lang[_language(page)].append(page)
    langs = [lang for lang, group in sorted(by_lang.items(), key=lambda kv: -len(kv[1]))]
    big = [lang for lang in langs if len(by_lang[lang]) >= 20]
    print(f"\nhtmldate-800: {len(pages)} pages; F by <html lang> for {', '.join(big)}, rest")
    print(
        f"{'system':<20} {'P':>6} {'R':>6} {'F':>6} {'F A':>6} {'F B':>6} {'ms/page':>8}  "
        + " ".join(f"{lang:>5}" for lang in [*big, "rest"])
    )
    halves = _halves(pages)
    results: dict[str, object] = {}
    ours: dict[str, str | None] = {}
    for name, (predicted, ms) in run(pages, systems).items():
        if name == "extract_page":
            ours = predicted
        score = date_scores(predicted, pages)
        rest = [p for lang in langs if lang not in big for p in by_lang[lang]]
        per_lang = [date_scores(predicted, by_lang[lang])["f"] for lang in big]
        per_lang.append(date_scores(predicted, rest)["f"])
        by_half = {h: date_scores(predicted, group)["f"] for h, group in halves.items()}
        print(
            f"{name:<20} {score['precision']:6.3f} {score['recall']:6.3f} {score['f']:6.4f} "
            f"{by_half['A']:6.4f} {by_half['B']:6.4f} {ms:8.2f}  "
            + " ".join(f"{f:5.3f}" for f in per_lang)
        )
        results[name] = {**score, "f_half": by_half, "ms_per_page": ms}
    shown = halves[half] if half else pages
    for page in [p for p in shown if ours.get(p.key) != p.truth][:failures]:
        print(f"  miss {page.key} {page.url[:90]} truth={page.truth} got={ours[page.key]}")
    return results


def eval_bodies(
    eval_dir: Path, baselines: bool, failures: int, half: str | None
) -> dict[str, object]:
    pages = load_bodies(eval_dir)
    systems: dict[str, Callable[[Page], str | None]] = {"parse_document": our_body}
    if baselines:
        systems.update(_baseline_bodies())
    print(f"\narticle-body-181: {len(pages)} pages")
    print(f"{'system':<20} {'P':>6} {'R':>6} {'F':>6} {'F A':>6} {'F B':>6} {'ms/page':>8}")
    results: dict[str, object] = {}
    halves = _halves(pages)
    for name, (predicted, ms) in run(pages, systems).items():
        score = body_scores(predicted, pages)
        by_half = {h: body_scores(predicted, group)["f"] for h, group in halves.items()}
        print(
            f"{name:<20} {score['precision']:6.3f} {score['recall']:6.3f} {score['f']:6.4f} "
            f"{by_half['A']:6.4f} {by_half['B']:6.4f} {ms:8.2f}"
        )
        results[name] = {**score, "f_half": by_half, "ms_per_page": ms}
        if name == "parse_document" and failures:
            worst = sorted(
                halves[half] if half else pages,
                key=lambda p: body_scores({p.key: predicted[p.key]}, [p])["f"],
            )
            for page in worst[:failures]:
                f = body_scores({page.key: predicted[page.key]}, [page])
                print(
                    f"  low {page.key[:12]} {page.url[:80]} P={f['precision']:.2f} "
                    f"R={f['recall']:.2f}"
                )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("dates", "body", "both"), default="both")
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    parser.add_argument("--no-baselines", action="store_true")
    parser.add_argument("--failures", type=int, default=0, help="list N misses of ours")
    parser.add_argument("--half", choices=("A", "B"), help="list misses of this half only")
    args = parser.parse_args()
    if not (args.eval_dir / "htmldate-800").is_dir():
        sys.exit(f"no eval sets in {args.eval_dir} (clone with ../shared beside it)")
    print("load average", " ".join(f"{x:.2f}" for x in os.getloadavg()))
    results = {}
    if args.set in ("dates", "both"):
        results["htmldate-800"] = eval_dates(
            args.eval_dir, not args.no_baselines, args.failures, args.half
        )
    if args.set in ("body", "both"):
        results["article-body-181"] = eval_bodies(
            args.eval_dir, not args.no_baselines, args.failures, args.half
        )
    print("load average", " ".join(f"{x:.2f}" for x in os.getloadavg()))
    out = ROOT / "bench" / "results" / "eval_generic.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
