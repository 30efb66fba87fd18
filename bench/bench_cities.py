"""Accuracy and speed of the city finder on the hand-labelled sentences.

    python bench/bench_cities.py

``fixtures/cities/sentences.json``: sentences from the fixture pages (EUROCITIES
reconstructions) and from real pages of the htmldate evaluation set
(``../shared/eval/htmldate-800``), each with its source and the cities a person named
in it (``Name|CC``). A city found and labelled is a true positive; found, not labelled a
false positive; labelled, not found a false negative (a wrong country counts as both).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from citycrawl.enrich.cities import CityFinder, cities_column
from citycrawl.enrich.gazetteer import network_members

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SENTENCES = FIXTURES / "cities" / "sentences.json"
MIRROR_ITEMS = FIXTURES / "mirror" / "expected_items.json"


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


def main() -> None:
    rows = json.loads(SENTENCES.read_text("utf-8"))
    started = time.perf_counter()
    finder = CityFinder(members=network_members("eurocities"), stop_names=["EUROCITIES", "Roma"])
    finder.find("Vienna")
    build = time.perf_counter() - started
    tp, fp, fn, misses = score(finder, rows)
    runs = 20
    started = time.perf_counter()
    for _ in range(runs):
        for row in rows:
            finder.find(row["text"], row["language"])
    per_item = (time.perf_counter() - started) / (runs * len(rows)) * 1e6
    print(f"sentences {len(rows)}, labelled cities {tp + fn}")
    print(
        f"precision {tp / (tp + fp):.3f}  recall {tp / (tp + fn):.3f}  (tp {tp}, fp {fp}, fn {fn})"
    )
    documents = json.loads(MIRROR_ITEMS.read_text("utf-8"))
    started = time.perf_counter()
    for _ in range(runs):
        for doc in documents:
            cities_column(finder, (doc["title"], doc["summary"], doc["body"]), doc["language"])
    per_doc = (time.perf_counter() - started) / (runs * len(documents)) * 1e3
    chars = sum(len(d["body"] or "") for d in documents) / len(documents)
    print(f"index build {build:.2f} s, {per_item:.0f} µs per sentence")
    print(f"{per_doc:.2f} ms per document ({len(documents)} of the mirror, {chars:,.0f} chars)")
    for line in misses:
        print("  ", line)


if __name__ == "__main__":
    main()
