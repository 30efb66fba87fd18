"""Calibration and accuracy of the same-event links on the labelled pairs.

    python bench/bench_same_event.py

``fixtures/same_event/pairs.json``: pairs of event announcements labelled same / not
same. Each side gets its ``cities`` as the crawl would (the city finder over title and
location), then the score of :mod:`citycrawl.enrich.same_event`. Prints precision and
recall at each threshold and at the one in the code.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from citycrawl.enrich.cities import CityFinder, cities_column
from citycrawl.enrich.same_event import THRESHOLD, announcement, score

PAIRS = Path(__file__).resolve().parent.parent / "fixtures" / "same_event" / "pairs.json"


def scored_pairs() -> list[tuple[bool, float, str]]:
    """(label, score, note) for every labelled pair."""
    finder = CityFinder()
    out = []
    for pair in json.loads(PAIRS.read_text("utf-8"))["pairs"]:
        sides = []
        for raw in (pair["a"], pair["b"]):
            row: dict[str, Any] = dict(raw)
            row["event_start"] = dt.date.fromisoformat(raw["event_start"])
            row["event_end"] = dt.date.fromisoformat(raw["event_end"])
            row["cities"] = cities_column(finder, (raw["title"], raw["location"]), None)
            sides.append(announcement(row))
        a, b = sides
        assert a is not None
        assert b is not None
        out.append((bool(pair["same"]), score(a, b), pair["note"]))
    return out


def precision_recall(pairs: list[tuple[bool, float, str]], threshold: float) -> tuple[float, float]:
    """Precision and recall of linking the pairs scoring at least ``threshold``."""
    tp = sum(1 for same, s, _ in pairs if same and s >= threshold)
    fp = sum(1 for same, s, _ in pairs if not same and s >= threshold)
    fn = sum(1 for same, s, _ in pairs if same and s < threshold)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def main() -> None:
    pairs = scored_pairs()
    print(
        f"pairs {len(pairs)}: {sum(p[0] for p in pairs)} same, {sum(not p[0] for p in pairs)} not"
    )
    for step in range(4, 10):
        threshold = step / 10
        p, r = precision_recall(pairs, threshold)
        mark = "  <- in use" if abs(threshold - THRESHOLD) < 1e-9 else ""
        print(f"threshold {threshold:.1f}: precision {p:.3f} recall {r:.3f}{mark}")
    for same, s, note in sorted(pairs, key=lambda p: p[1]):
        if same != (s >= THRESHOLD):
            print(f"  {'missed' if same else 'wrong'} ({s:.2f}): {note}")


if __name__ == "__main__":
    main()
