"""A redesign of the WordPress site (tests/redesign_theme.py) loses no key field.

Every class, tag and nesting the EUROCITIES parser knows is gone; what every WordPress
site emits stays (Yoast JSON-LD, OpenGraph, ``article:*``, ``<time>``, ``rel=next``).
The crawl still fills title, published, categories, summary and body, and says in its
stats which strategies filled them, so a redesign shows before it shows as nulls.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

import tests.mirror_variants as variants
from citycrawl.dataset import load
from citycrawl.mirror import MirrorServer
from tests import redesign_theme
from tests.crawl_helpers import run_crawl

pytestmark = pytest.mark.slow
WP_START = [
    "/latest_categories/news/",
    "/latest_categories/events/",
    "/latest_categories/publications/",
    "/latest_categories/press-release/",
    "/latest_categories/opinion/",
    "/latest_categories/policy-papers/",
    "/latest_categories/spotlight/",
]


@pytest.fixture(scope="module")
def mirror() -> Iterator[MirrorServer]:
    with MirrorServer() as server:
        yield server


def _crawl(mirror: MirrorServer, out: Path) -> pd.DataFrame:
    start = ",".join(mirror.origin + path for path in WP_START)
    run = run_crawl(mirror.origin, out, {"start_urls": start})
    assert run.returncode == 0, run.log[-3000:]
    return load("eurocities", output_dir=out).set_index("url").sort_index()


def test_a_new_theme_keeps_every_key_field(mirror: MirrorServer, tmp_path: Path) -> None:
    variants.reset(mirror)
    before = _crawl(mirror, tmp_path / "before")
    variants.apply(mirror, transform=redesign_theme.transform)
    after = _crawl(mirror, tmp_path / "after")
    variants.reset(mirror)
    assert list(after.index) == list(before.index)
    assert after["title"].tolist() == before["title"].tolist()
    assert after["item_type"].tolist() == before["item_type"].tolist()
    assert after["published"].tolist() == before["published"].tolist()
    assert after["event_start"].tolist() == before["event_start"].tolist()
    assert after["categories"].map(list).tolist() == before["categories"].map(list).tolist()
    for field in ("summary", "body"):
        assert after[field].notna().sum() == before[field].notna().sum(), field
