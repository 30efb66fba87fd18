"""Running the real ``scrapy crawl eurocities`` against the bundled mirror, for tests.

``python -m tests.crawl_helpers rerun [--write]`` crawls the mirror and prints (with
``--write`` stores) the rows as ``fixtures/mirror/expected_items.json``, for a reviewer
to check by eye and commit deliberately.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from citycrawl.cli import LOOPBACK_SETTINGS, PROJECT_DIR, crawl_command, crawl_environment
from citycrawl.dataset import load
from citycrawl.mirror import MIRROR_DIR, MirrorServer, start_paths
from citycrawl.sites.eurocities.keys import domino_key
from pipelines.normalise import drop_listing_themes

EXPECTED_ITEMS = MIRROR_DIR / "expected_items.json"
#: Columns that depend on when or where (which port) the mirror was crawled.
VOLATILE_COLUMNS = (
    "item_id",
    "crawled_at",
    "content_hash",
    "first_seen",
    "last_seen",
    "last_changed",
)


@dataclass
class CrawlRun:
    returncode: int
    log: str
    output_dir: Path


def run_crawl(
    origin: str,
    output_dir: Path,
    spider_args: Mapping[str, str] | None = None,
    settings: Mapping[str, str] | None = None,
    timeout: float = 120,
    spider: str = "eurocities",
) -> CrawlRun:
    """Crawl ``origin`` (the mirror) into ``output_dir``; all start pages by default."""
    if spider_args is None:
        spider_args = {"start_urls": ",".join(origin + p for p in start_paths())}
    log_file = output_dir / "crawl.log"
    output_dir.mkdir(parents=True, exist_ok=True)
    command = crawl_command(
        spider_args,
        {
            **LOOPBACK_SETTINGS,
            "CITYCRAWL_OUTPUT_DIR": str(output_dir),
            "LOG_FILE": str(log_file),
            **(settings or {}),
        },
        spider,
    )
    result = subprocess.run(
        command,
        env=crawl_environment(),
        cwd=output_dir,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    log = (log_file.read_text(encoding="utf-8") if log_file.exists() else "") + result.stderr
    return CrawlRun(result.returncode, log, output_dir)


def comparable_rows(
    output_dir: Path, origin: str, network: str = "eurocities"
) -> dict[str, dict[str, Any]]:
    """The dataset's rows keyed by URL path, JSON-ready, without volatile columns.

    An old-site document is keyed, and its url shown, by its Domino key: which of its
    aliases (/documents/ or /publications/) a crawl reaches first is not fixed.
    """
    frame = load(network, output_dir=output_dir)
    # Item ids hash the URL, the mirror's port included: links between rows are
    # compared by the linked row's URL path instead.
    paths = {
        record["item_id"]: domino_key(record["url"]) or record["url"].removeprefix(origin)
        for record in frame.to_dict(orient="records")
    }
    rows: dict[str, dict[str, Any]] = {}
    for record in frame.to_dict(orient="records"):
        row = {k: _plain(v) for k, v in record.items() if k not in VOLATILE_COLUMNS}
        row["url"] = domino_key(row["url"]) or row["url"].removeprefix(origin)
        row["same_event_as"] = [paths.get(key, key) for key in row.get("same_event_as") or []]
        # Which listing leads to a document listed on two depends on crawl order, as its
        # alias does: compare what the content hash compares.
        drop_listing_themes(row)
        rows[row["url"]] = row
    _link_both_ways(rows)
    return dict(sorted(rows.items()))


def _link_both_ways(rows: dict[str, dict[str, Any]]) -> None:
    # A run links an event to the ones crawled before it (pipelines/same_event.py), so
    # which of two rows carries the link depends on crawl order: compare the pairs.
    for url, row in rows.items():
        for other in row["same_event_as"]:
            if other in rows and url not in rows[other]["same_event_as"]:
                rows[other]["same_event_as"].append(url)
    for row in rows.values():
        row["same_event_as"] = sorted(row["same_event_as"])


def _plain(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime().astimezone(dt.UTC).isoformat()
    if isinstance(value, float) and value != value:  # NaN from a missing number
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def main(argv: list[str]) -> int:
    if not argv or argv[0] != "rerun":
        print(__doc__)
        return 2
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, MirrorServer() as mirror:
        run = run_crawl(mirror.origin, Path(tmp))
        if run.returncode != 0:
            print(run.log[-3000:])
            return run.returncode
        rows = comparable_rows(Path(tmp), mirror.origin)
    text = json.dumps(list(rows.values()), indent=1, ensure_ascii=False) + "\n"
    print(text)
    if "--write" in argv:
        EXPECTED_ITEMS.write_text(text, encoding="utf-8")
        print(f"wrote {EXPECTED_ITEMS.relative_to(PROJECT_DIR)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
