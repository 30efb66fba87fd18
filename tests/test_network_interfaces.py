"""A network whose mirror answers a CMS interface (WordPress REST, The Events Calendar,
Drupal JSON:API) gives the same rows through its interface, its HTML listings, or both.

Its own module so that the test runner can run it beside the mirror crawls of
``test_network_crawls.py`` (pytest-xdist keeps a module's tests on one worker).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from citycrawl import sites
from citycrawl.mirror import MirrorRoute
from tests.crawl_helpers import comparable_rows, run_crawl
from tests.network_crawls import mirror_server

pytestmark = pytest.mark.slow

#: What a document says, whichever path led to it (cards add teasers and card hashes).
DOCUMENT_COLUMNS = (
    "item_type",
    "title",
    "published",
    "event_start",
    "event_end",
    "event_starts_at",
    "location",
    "categories",
    "theme_labels",
    "body",
)
#: Networks whose mirror answers a CMS interface: WordPress REST (with The Events
#: Calendar's where the site has events) or Drupal JSON:API (URBACT).
WITH_INTERFACES = ("energy-cities", "c40", "polis", "cemr", "urbact")


def _rows_through(network: str, tmp: Path, *, listings: bool, apis: bool) -> dict[str, Any]:
    site = sites.get(network)
    gone = {
        seed: MirrorRoute(seed, status=404)
        for seed in site.profile.seed_urls("", site.profile.section_names)
    }
    with mirror_server(network, overlay=None if listings else gone) as server:
        run = run_crawl(
            server.origin,
            tmp,
            {"base_url": server.origin, "full": "1"},
            {"CITYCRAWL_USE_APIS": str(apis)},
            spider=network,
        )
        assert run.returncode == 0, run.log[-3000:]
        rows = comparable_rows(tmp, server.origin, network)
    return {url: {k: row[k] for k in DOCUMENT_COLUMNS} for url, row in rows.items()}


@pytest.mark.timeout(300)  # three crawls of the mirror
@pytest.mark.parametrize("network", WITH_INTERFACES)
def test_network_gives_the_same_rows_through_its_interface_or_its_listings(
    network: str, tmp_path: Path
) -> None:
    both = _rows_through(network, tmp_path / "both", listings=True, apis=True)
    html_only = _rows_through(network, tmp_path / "html", listings=True, apis=False)
    interface_only = _rows_through(network, tmp_path / "api", listings=False, apis=True)
    assert both
    assert html_only == both
    assert interface_only == both
