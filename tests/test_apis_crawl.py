"""The CMS interfaces in a real crawl of the bundled mirror (WordPress REST on 127.0.0.1).

The mirror's REST API files EUROCITIES posts under two taxonomies: ``latest_categories``
(the categories the cards show) and ``focus_area`` (focus areas, which no article page
prints: docs/sites/eurocities.md §2.4). A crawl from the base URL walks the API first.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

import tests.mirror_variants as variants
from citycrawl.dataset import load
from citycrawl.mirror import MirrorServer
from tests.crawl_helpers import run_crawl

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mirror() -> Iterator[MirrorServer]:
    with MirrorServer() as server:
        yield server


def _crawl(mirror: MirrorServer, out: Path, **settings: str) -> pd.DataFrame:
    run = run_crawl(mirror.origin, out, {"base_url": mirror.origin}, settings)
    assert run.returncode == 0, run.log[-3000:]
    return load("eurocities", output_dir=out).set_index("url")


def test_themes_come_from_the_rest_api_taxonomies(mirror: MirrorServer, tmp_path: Path) -> None:
    variants.reset(mirror)
    rows = _crawl(mirror, tmp_path)
    url = mirror.origin + "/latest/empowering-cities-to-win-europes-climate-battle/"
    assert list(rows.loc[url, "theme_labels"]) == ["Climate change and energy transition"]
    assert list(rows.loc[url, "themes"]) == ["climate-change-and-energy-transition"]
    with_themes = rows[(rows["layout"] == "wordpress") & rows["themes"].map(len).astype(bool)]
    assert len(with_themes) >= 12
    # The API adds; it never replaces what the page and its card say.
    assert list(rows.loc[url, "categories"]) == ["News"]
    assert str(rows.loc[url, "published"]) == "2025-01-27"
    assert mirror.hits["/wp-json/wp/v2/types"] == 1


def test_a_document_only_the_api_lists_is_fetched_after_the_listings(
    mirror: MirrorServer, tmp_path: Path
) -> None:
    variants.reset(mirror)
    posts = json.loads(
        Path("fixtures/mirror/pages/wordpress/wp-json/latest.json").read_text(encoding="utf-8")
    )
    only = {
        **posts[0],
        "id": 99,
        "link": "https://eurocities.eu/latest/only-in-the-api/",
        "date": "2024-03-05T08:00:00",
        "title": {"rendered": "Only in the API"},
    }
    page = (
        "<!DOCTYPE html><html lang='en'><head><title>Only in the API</title></head><body>"
        "<main><h1>Only in the API</h1><p>A story no listing links to.</p></main></body></html>"
    )
    variants.apply(
        mirror,
        {
            **variants.route(
                "/wp-json/wp/v2/latest",
                json.dumps([*posts, only]).replace("/", "\\/"),
                "application/json; charset=UTF-8",
            ),
            **variants.route("/latest/only-in-the-api/", page, "text/html; charset=UTF-8"),
        },
    )
    rows = _crawl(mirror, tmp_path)
    row = rows.loc[mirror.origin + "/latest/only-in-the-api/"]
    assert row["title"] == "Only in the API"
    assert list(row["categories"]) == ["News"]  # from the API's terms
    assert str(row["published"]) == "2024-03-05"  # the CMS's date: the page prints none
    variants.reset(mirror)


def test_without_interfaces_the_listings_alone_decide(mirror: MirrorServer, tmp_path: Path) -> None:
    variants.reset(mirror)
    off = _crawl(mirror, tmp_path / "off", CITYCRAWL_USE_APIS="False")
    on = _crawl(mirror, tmp_path / "on")
    assert set(off.index) == set(on.index)
    assert not off[off["layout"] == "wordpress"]["themes"].map(len).any()
    same = ["title", "item_type", "event_start", "event_end", "body", "summary"]
    pd.testing.assert_frame_equal(off.sort_index()[same], on.sort_index()[same])
