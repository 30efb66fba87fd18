"""Crawling the bundled mirror of a network other than EUROCITIES, for tests.

Each network's mirror is ``fixtures/<network>/mirror/`` (routes, start paths, the pages
its fixtures do not hold). ``python -m tests.network_crawls rerun <network> [--write]``
crawls it and prints (with ``--write`` stores) the rows as the mirror's
``expected_items.json``, for a reviewer to check by eye and commit deliberately.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from citycrawl import sites
from citycrawl.mirror import MirrorRoute, MirrorServer, network_mirror_dir, start_paths
from tests.crawl_helpers import CrawlRun, comparable_rows, run_crawl

#: The networks with a mirror of their own, in the order the issue names them.
NETWORKS = ("energy-cities", "c40", "polis", "cemr", "iclei", "urbact")


def expected_items_path(network: str) -> Path:
    return network_mirror_dir(network) / "expected_items.json"


def mirror_server(network: str, overlay: Mapping[str, MirrorRoute] | None = None) -> MirrorServer:
    """The network's bundled mirror, its links to the network's hosts pointing at it."""
    return MirrorServer(
        network_mirror_dir(network), overlay=overlay, hosts=sites.get(network).profile.hosts
    )


def crawl_mirror(network: str, mirror: MirrorServer, output_dir: Path) -> CrawlRun:
    """``scrapy crawl <network>`` over every start page of the mirror, a full run."""
    starts = ",".join(mirror.origin + path for path in start_paths(network_mirror_dir(network)))
    return run_crawl(mirror.origin, output_dir, {"start_urls": starts, "full": "1"}, spider=network)


def mirror_rows(network: str) -> tuple[CrawlRun, dict[str, dict[str, Any]]]:
    with tempfile.TemporaryDirectory() as tmp, mirror_server(network) as mirror:
        run = crawl_mirror(network, mirror, Path(tmp))
        rows = comparable_rows(Path(tmp), mirror.origin, network) if run.returncode == 0 else {}
    return run, rows


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] != "rerun" or argv[1] not in NETWORKS:
        print(__doc__)
        return 2
    network = argv[1]
    run, rows = mirror_rows(network)
    if run.returncode != 0:
        print(run.log[-3000:])
        return run.returncode
    text = json.dumps(list(rows.values()), indent=1, ensure_ascii=False) + "\n"
    print(text)
    if "--write" in argv:
        expected_items_path(network).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
