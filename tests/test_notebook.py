"""notebooks/explore.ipynb runs, end to end, against a real crawl of the bundled mirror.

One crawl of the mirror and one execution are shared by the tests (module fixture); a
second execution runs against a synthetic dataset of thousands of documents, the real
site's scale, where every chart has data. Any cell's error fails the fixture. A probe
cell reads the notebook's own results, which the tests recompute from the dataset.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import matplotlib.image
import numpy as np
import pandas as pd
import pytest

from citycrawl.dataset import DatasetWriter, load
from citycrawl.sites import all_sites
from tests.dataset_notebook import (
    FIGURES,
    README_IMAGE,
    crawl_every_mirror,
    execute,
)
from tests.dataset_support import make_item

pytestmark = pytest.mark.slow

#: Printed by the probe cell: what the notebook computed, for the tests to check.
PROBE = """
import json
print("PROBE " + json.dumps({
    "documents": len(items),
    "per_month": {str(k): int(v) for k, v in per_month.sum(axis=1).items()},
    "per_theme": {k: int(v) for k, v in per_theme.items()},
    "upcoming": table["url"].tolist(),
    "top_themes": [str(t) for t in top],
    "today": TODAY.isoformat(),
    "networks": NETWORKS,
    "by_country": {k: int(v) for k, v in by_country.items()},
    "top_cities": [[r.network, r.name, int(r.documents)] for r in top_cities.itertuples()],
    "city_points": len(city_points),
    "upcoming_all": upcoming_all["url"].tolist(),
    "per_network_month": {k: int(v) for k, v in per_network_month.sum().items()},
    "next_60": next_60["url"].tolist(),
    "network_themes": {n: {k: int(v) for k, v in c.items()} for n, c in network_themes.items()},
}))
"""
NETWORK_NAMES = [site.name for site in all_sites()]
THEMES = [("mobility", "Mobility"), ("culture", "Culture"), ("climate", "Climate")]


def probe_result(notebook: Any) -> dict[str, Any]:
    text = "".join(o.get("text", "") for o in notebook.cells[-1].outputs)
    line = next(ln for ln in text.splitlines() if ln.startswith("PROBE "))
    return json.loads(line.removeprefix("PROBE "))


def printed(notebook: Any) -> str:
    return "".join(
        o.get("text", "")
        for c in notebook.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "stream"
    )


@pytest.fixture(scope="module")
def mirror_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Any]:
    tmp = tmp_path_factory.mktemp("notebook-mirror")
    # EUROCITIES' mirror and every other network's beside it (the cross-network part).
    crawl_every_mirror(tmp / "output")
    notebook = execute(tmp / "output", tmp / "figures", probe=PROBE)
    return tmp / "output", tmp / "figures", notebook


@pytest.fixture(scope="module")
def large_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """1,200 documents over eight years, every type, most of them themed."""
    tmp = tmp_path_factory.mktemp("notebook-large")
    rng = random.Random(3)
    today = dt.datetime.now(dt.UTC).date()
    types = ["news", "event", "publication", "press_release", "opinion", "spotlight"]
    with DatasetWriter(tmp / "output", "eurocities") as writer:
        for i in range(1200):
            day = today - dt.timedelta(days=rng.randrange(-120, 365 * 8))
            item_type = rng.choice(types)
            themes = rng.sample(THEMES, rng.randrange(0, 3))
            is_event = item_type == "event"
            writer.write(
                make_item(
                    i,
                    item_type=item_type,
                    published=None if is_event else min(day, today),
                    event_start=day if is_event else None,
                    event_end=day + dt.timedelta(days=1) if is_event else None,
                    themes=[slug for slug, _ in themes],
                    theme_labels=[label for _, label in themes],
                )
            )
        writer.commit(finish_reason="finished")
    # A second network's dataset beside it: the notebook's last part reads every one.
    with DatasetWriter(tmp / "output", "polis") as writer:
        for i in range(60):
            start = today + dt.timedelta(days=rng.randrange(-30, 90))
            writer.write(
                make_item(5000 + i, source="polis", item_type="event", event_start=start,
                          event_end=start, url=f"https://www.polisnetwork.eu/event-{i}/")
            )  # fmt: skip
        writer.commit(finish_reason="finished")
    return tmp / "output", execute(tmp / "output", tmp / "figures", probe=PROBE)


def expected_upcoming(output_dir: Path, today: str) -> list[str]:
    events = load("eurocities", item_type="event", output_dir=output_dir)
    last_day = events["event_end"].combine_first(events["event_start"])
    keep = (last_day >= dt.date.fromisoformat(today)).fillna(False)
    keep &= events["status"] == "active"
    return events[keep].sort_values(["event_start", "title"])["url"].tolist()


def event_theme_counts(output_dir: Path) -> dict[str, int]:
    events = load("eurocities", item_type="event", output_dir=output_dir)
    labels = [t for v in events["theme_labels"] if v is not None for t in v if t]
    return pd.Series(labels, dtype=object).value_counts().to_dict() if labels else {}


def test_notebook_runs_against_the_mirror_crawl(mirror_run: tuple[Path, Path, Any]) -> None:
    output_dir, _figures, notebook = mirror_run
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code)
    assert not [o for c in code for o in c.outputs if o.output_type == "error"]
    result = probe_result(notebook)
    documents = len(load("eurocities", output_dir=output_dir))
    assert documents > 20  # the mirror has both layouts' documents
    assert result["documents"] == documents
    assert f"{documents:,} documents in" in printed(notebook)


def test_mirror_charts_say_why_they_are_thin(mirror_run: tuple[Path, Path, Any]) -> None:
    output_dir, _figures, notebook = mirror_run
    result = probe_result(notebook)
    # The mirror's events carry no theme today: the chart says so instead of failing.
    assert result["per_theme"] == event_theme_counts(output_dir)
    assert result["upcoming"] == expected_upcoming(output_dir, result["today"])
    assert f"{len(result['upcoming'])} upcoming events on or after" in printed(notebook)
    assert sum(result["per_month"].values()) > 0


def test_every_figure_is_saved_and_the_readme_image_matches(
    mirror_run: tuple[Path, Path, Any],
) -> None:
    _output, figures, _notebook = mirror_run
    for name in FIGURES:
        image = matplotlib.image.imread(figures / f"{name}.png")
        assert image.shape[0] > 150
        assert image.shape[1] > 500
    # The README's image is this chart of this crawl; it fails here when the notebook's
    # chart changes and the image was not regenerated (python -m tests.dataset_notebook).
    fresh = matplotlib.image.imread(figures / f"{README_IMAGE.stem}.png")
    shipped = matplotlib.image.imread(README_IMAGE)
    assert fresh.shape == shipped.shape
    # One changed word of the title alters 0.1% of the values; rendering noise, none.
    assert float(np.mean(np.abs(fresh - shipped) > 0.05)) < 0.0002


def test_notebook_at_the_real_sites_scale(large_run: tuple[Path, Any]) -> None:
    output_dir, notebook = large_run
    result = probe_result(notebook)
    assert result["documents"] == 1200
    # Events per theme: the notebook's counts are the dataset's.
    assert result["per_theme"] == event_theme_counts(output_dir)
    assert len(result["per_theme"]) == len(THEMES)
    assert result["upcoming"] == expected_upcoming(output_dir, result["today"])
    assert result["upcoming"]  # events up to 120 days ahead
    assert result["top_themes"][0] in {label for _, label in THEMES}
    # 36 months, up to the latest publication date, every month filled at this scale.
    assert len(result["per_month"]) == 36
    assert min(result["per_month"].values()) > 0


def every_network(output_dir: Path) -> pd.DataFrame:
    return pd.concat([load(n, output_dir=output_dir) for n in ("eurocities", "polis")])


def test_cities_by_country_per_network_and_on_the_map(large_run: tuple[Path, Any]) -> None:
    output_dir, notebook = large_run
    result = probe_result(notebook)
    assert result["networks"] == ["eurocities", "polis"]
    items = every_network(output_dir)
    pairs = {
        (row.item_id, city["country_code"], city["geonames_id"], city["name"], row.source)
        for row in items.itertuples()
        if row.cities is not None
        for city in row.cities
    }
    by_code = pd.Series([c for c in {(i, c) for i, c, *_ in pairs}]).str[1].value_counts()
    names = {"PT": "Portugal", "DE": "Germany", "GB": "United Kingdom"}
    assert result["by_country"] == {names[k]: int(v) for k, v in by_code.items()}
    assert result["city_points"] == len({g for _, _, g, _, _ in pairs})
    for network in ("eurocities", "polis"):
        mine = pd.Series([n for _, _, _, n, s in pairs if s == network]).value_counts()
        first = next(r for r in result["top_cities"] if r[0] == network)
        assert first[2] == mine.iloc[0]
        assert first[1] in set(mine[mine == mine.iloc[0]].index)


def test_upcoming_events_across_networks(large_run: tuple[Path, Any]) -> None:
    output_dir, notebook = large_run
    result = probe_result(notebook)
    events = every_network(output_dir)
    events = events[events["item_type"] == "event"]
    last_day = events["event_end"].combine_first(events["event_start"])
    keep = (last_day >= dt.date.fromisoformat(result["today"])).fillna(False)
    keep &= events["status"] == "active"
    expected = events[keep].sort_values(["event_start", "title", "source"])["url"].tolist()
    assert result["upcoming_all"] == expected
    assert {u for u in expected if "polisnetwork" in u}


def _day(row: Any) -> dt.date | None:
    """A document's day: its publication date, or an event's first day."""
    day = row.published if pd.notna(row.published) else row.event_start
    return day if pd.notna(day) else None


def test_networks_side_by_side(mirror_run: tuple[Path, Path, Any]) -> None:
    output_dir, _figures, notebook = mirror_run
    result = probe_result(notebook)
    assert result["networks"] == NETWORK_NAMES
    frames = {name: load(name, output_dir=output_dir) for name in NETWORK_NAMES}
    # Documents per month: the 36 months up to the latest publication month of any network.
    published = [d for f in frames.values() for d in f["published"].dropna()]
    last = max(published)
    last_month = last.year * 12 + last.month - 1
    for name, frame in frames.items():
        months = [d.year * 12 + d.month - 1 for d in map(_day, frame.itertuples()) if d]
        assert result["per_network_month"][name] == sum(
            last_month - 35 <= m <= last_month for m in months
        ), name
    assert sum(result["per_network_month"].values()) > 0
    # The themes each network covers: its documents per theme label, as the site labels.
    for name, frame in frames.items():
        labels = [t for v in frame["theme_labels"] if v is not None for t in v if t]
        assert result["network_themes"][name] == dict(pd.Series(labels).value_counts()), name
    assert sum(1 for counts in result["network_themes"].values() if counts) >= 3


def test_the_next_60_days_across_networks(large_run: tuple[Path, Any]) -> None:
    output_dir, notebook = large_run
    result = probe_result(notebook)
    today = dt.date.fromisoformat(result["today"])
    events = every_network(output_dir)
    events = events[(events["item_type"] == "event") & (events["status"] == "active")]
    rows = sorted(
        (row.event_start, row.title, row.source, row.url)
        for row in events.itertuples()
        if pd.notna(row.event_start)
        and row.event_start <= today + dt.timedelta(days=60)
        and (row.event_end if pd.notna(row.event_end) else row.event_start) >= today
    )
    assert result["next_60"] == [url for *_, url in rows]
    assert {u for u in result["next_60"] if "polisnetwork" in u}
    assert set(result["next_60"]) < set(result["upcoming_all"])
