"""Accuracy and cost of the city finder.

    python bench/bench_cities.py [--before DIR] [--rounds 5]

Accuracy, on the hand-labelled sentences: ``fixtures/cities/sentences.json``: sentences
from the fixture pages (EUROCITIES reconstructions) and from real pages of the htmldate
evaluation set (``../shared/eval/htmldate-800``), each with its source and the cities a
person named in it (``Name|CC``). A city found and labelled is a true positive; found,
not labelled a false positive; labelled, not found a false negative (a wrong country
counts as both).

Cost, each round in a fresh process, in CPU time (``time.process_time``) and peak RSS
(``getrusage``): loading the gazetteer (``default_gazetteer()``); loading the rest of
the finder's data (the word lists, on its first text); ``find`` in CPU ms per 10,000
characters over every mirror's titles, summaries and bodies (the medians of the rounds).
``--before DIR`` measures a source tree of another revision the same way, in alternating
processes, and prints it beside this one (``git archive main | tar -x -C DIR``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from citycrawl.enrich.cities import CityFinder
from citycrawl.enrich.gazetteer import default_gazetteer, network_members

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SENTENCES = FIXTURES / "cities" / "sentences.json"
STOP_NAMES = ("EUROCITIES", "Roma")
#: A first text that makes the finder load every word list (a person's name beside a
#: city, an ordinary word that is a city, a country after a city).
WARM_UP = "Florence Gaub met the mayor of Bath in Vienna, Austria, on Friday."


def score(finder: CityFinder, rows: list[dict]) -> tuple[int, int, int, list[str]]:
    """(true positives, false positives, false negatives, one line per miss)."""
    tp = fp = fn = 0
    misses = []
    for row in rows:
        found = {
            f"{m.city.name}|{m.city.country_code}"
            for m in finder.find(row["text"], row["language"])
        }
        gold = set(row["cities"])
        tp += len(found & gold)
        fp += len(found - gold)
        fn += len(gold - found)
        if found != gold:
            misses.append(f"+{sorted(found - gold)} -{sorted(gold - found)}: {row['text'][:80]}")
    return tp, fp, fn, misses


def mirror_texts() -> list[tuple[str, str | None]]:
    """Every mirror's expected titles, summaries and bodies, with their language."""
    texts = []
    for path in sorted(FIXTURES.glob("**/mirror/expected_items.json")):
        for item in json.loads(path.read_text("utf-8")):
            for field in ("title", "summary", "body"):
                if item.get(field):
                    texts.append((item[field], item.get("language")))
    return texts


def _peak_mib() -> float:
    """This process's peak RSS. Linux's VmHWM: ``ru_maxrss`` carries the parent's peak
    over fork and exec, which would hide a child's growth below it."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(passes: int = 5) -> dict[str, float]:
    """This process's cost figures for the city finder of whatever tree it imports."""
    members = network_members("eurocities")
    rss, cpu = _peak_mib(), time.process_time()
    default_gazetteer()
    figures = {"gazetteer_cpu_s": time.process_time() - cpu, "gazetteer_mib": _peak_mib() - rss}
    rss, cpu = _peak_mib(), time.process_time()
    finder = CityFinder(members=members, stop_names=STOP_NAMES)
    finder.find(WARM_UP, "en")
    figures |= {"words_cpu_s": time.process_time() - cpu, "words_mib": _peak_mib() - rss}
    texts = mirror_texts()
    chars = sum(len(text) for text, _ in texts)
    per_10k = []
    for _ in range(passes):
        cpu = time.process_time()
        for text, language in texts:
            finder.find(text, language)
        per_10k.append((time.process_time() - cpu) / chars * 1e7)
    return figures | {"find_ms_per_10k": statistics.median(per_10k), "chars": chars}


def _measure_in(tree: Path) -> dict[str, float]:
    """:func:`measure` in a fresh process importing ``tree``'s citycrawl."""
    out = subprocess.run(
        [sys.executable, __file__, "--measure"],
        env={**os.environ, "PYTHONPATH": str(tree)},
        capture_output=True,
        check=True,
        text=True,
        timeout=600,
    ).stdout
    return json.loads(out)


def accuracy() -> None:
    rows = json.loads(SENTENCES.read_text("utf-8"))
    finder = CityFinder(members=network_members("eurocities"), stop_names=STOP_NAMES)
    tp, fp, fn, misses = score(finder, rows)
    print(f"sentences {len(rows)}, labelled cities {tp + fn}")
    print(
        f"precision {tp / (tp + fp):.3f}  recall {tp / (tp + fn):.3f}  (tp {tp}, fp {fp}, fn {fn})"
    )
    for line in misses:
        print("  ", line)


ROWS = {
    "gazetteer load, CPU s": ("gazetteer_cpu_s", "{:.2f}"),
    "gazetteer load, peak RSS +MiB": ("gazetteer_mib", "{:.0f}"),
    "word lists load, CPU s": ("words_cpu_s", "{:.2f}"),
    "word lists load, peak RSS +MiB": ("words_mib", "{:.0f}"),
    "find, CPU ms per 10,000 chars": ("find_ms_per_10k", "{:.2f}"),
}


def cost(before: Path | None, rounds: int) -> None:
    trees = {"before": before} if before else {}
    trees["this tree"] = ROOT
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    for _ in range(rounds):  # alternating, so the neighbours' load hits both alike
        for name, tree in trees.items():
            runs[name].append(_measure_in(tree))
    chars = runs["this tree"][0]["chars"]
    print(f"\ncost, median of {rounds} processes each ({chars:,.0f} chars of mirror text):")
    print(f"{'':34}" + "".join(f"{name:>12}" for name in trees))
    for label, (key, form) in ROWS.items():
        values = [form.format(statistics.median(r[key] for r in runs[name])) for name in trees]
        print(f"{label:34}" + "".join(f"{v:>12}" for v in values))
    print(f"load average {os.getloadavg()[0]:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    ap.add_argument("--before", type=Path, help="a source tree to measure beside this one")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure()))
        return
    accuracy()
    cost(args.before, args.rounds)


if __name__ == "__main__":
    main()
