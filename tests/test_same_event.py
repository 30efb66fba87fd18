"""same_event_as: calibration on labelled pairs, the index, the pipeline over a dataset."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from bench.bench_same_event import PAIRS, precision_recall, scored_pairs
from citycrawl.dataset import DatasetWriter
from citycrawl.enrich.same_event import THRESHOLD, EventIndex, announcement, link_all
from pipelines.same_event import SameEventPipeline
from tests.dataset_support import CITIES, make_item

PORTO = CITIES[0]


def test_labelled_pairs_have_both_kinds() -> None:
    pairs = json.loads(PAIRS.read_text("utf-8"))["pairs"]
    assert len(pairs) >= 40
    assert sum(p["same"] for p in pairs) >= 15
    assert sum(not p["same"] for p in pairs) >= 15


def test_accuracy_at_the_threshold_in_use() -> None:
    # The figures docs and README report (bench/bench_same_event.py prints them).
    precision, recall = precision_recall(scored_pairs(), THRESHOLD)
    assert precision >= 0.8
    assert recall >= 0.9


def _row(item_id: str, title: str, start: dt.date, days: int = 0, **kw: object) -> dict:
    return {
        "item_id": item_id,
        "title": title,
        "event_start": start,
        "event_end": start + dt.timedelta(days=days),
        "location": None,
        "cities": [],
        **kw,
    }


def test_links_go_both_ways_and_never_to_itself() -> None:
    start = dt.date(2023, 5, 31)
    rows = [
        _row("a", "Eurocities Mobility Forum in Porto", start, 2, cities=[PORTO]),
        _row("b", "Fórum de Mobilidade Eurocities no Porto", start, 2, cities=[PORTO]),
        _row("c", "Culture Forum in Leipzig", start, 2, cities=[CITIES[1]]),
        {"item_id": "d", "title": "A news item", "event_start": None},
    ]
    assert link_all(rows) == {"a": ["b"], "b": ["a"], "c": []}


def test_a_year_long_event_is_indexed_by_its_ends_only() -> None:
    index = EventIndex()
    festival = announcement(_row("f", "Capital of Culture", dt.date(2024, 1, 1), 365))
    assert festival is not None
    index.add(festival)
    assert sum(len(v) for v in index._by_day.values()) == 14
    closing = announcement(_row("g", "Capital of Culture closing", dt.date(2024, 12, 30)))
    assert closing is not None
    assert index.matches(closing) == ["f"]


def test_pipeline_links_a_new_row_to_a_stored_event(tmp_path: Path) -> None:
    output = tmp_path / "output"
    start = dt.date(2026, 6, 1)
    stored = make_item(2, item_type="event", title="Mobility Forum in Porto",
                       event_start=start, event_end=start + dt.timedelta(days=2),
                       cities=[PORTO])  # fmt: skip
    with DatasetWriter(output, "eurocities") as writer:
        writer.write(stored)
        writer.commit(finish_reason="finished")
    pipeline = SameEventPipeline(output)
    pipeline.open_spider()
    other_network = make_item(
        5, source="polis", title="Polis at the Mobility Forum, Porto", item_type="event",
        event_start=start, event_end=start + dt.timedelta(days=2), cities=[PORTO],
    )  # fmt: skip
    assert pipeline.process_item(other_network)["same_event_as"] == [stored["item_id"]]
    elsewhere = make_item(
        8, title="Culture Forum in Leipzig", item_type="event", event_start=start,
        event_end=start, cities=[CITIES[1]],
    )  # fmt: skip
    assert pipeline.process_item(elsewhere)["same_event_as"] == []
    # This run's rows count too: a third announcement finds both earlier ones.
    third = make_item(
        11, title="Mobility Forum Porto 2026", item_type="event", event_start=start,
        event_end=start + dt.timedelta(days=2), cities=[PORTO],
    )  # fmt: skip
    assert set(pipeline.process_item(third)["same_event_as"]) == {
        stored["item_id"],
        other_network["item_id"],
    }


def test_pipeline_without_datasets_starts_empty(tmp_path: Path) -> None:
    pipeline = SameEventPipeline(tmp_path / "none")
    pipeline.open_spider()
    row = make_item(2, item_type="event", event_start=dt.date(2026, 1, 1))
    assert pipeline.process_item(row)["same_event_as"] == []
