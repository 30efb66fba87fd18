"""Benchmark of the dataset layer through the real Scrapy pipeline.

    python bench/bench_dataset.py                 # 100,000 and 1,000,000 items
    python bench/bench_dataset.py --sizes 20000   # a quick look

Each size runs in its own process (so peak RSS is that size's alone) and prints:
spool rate (items/s through ``process_item``, item generation not timed), the first
commit (spool -> current view + history), and a second run that changes 1% of the items,
which rewrites (compacts) the whole current view, plus the peak RSS of the process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_one(n: int, body_chars: int) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    from pipelines.dataset_writer import DatasetWriterPipeline
    from tests.dataset_support import make_item

    class Bench(Spider):
        name = "bench"

    figures: dict[str, float] = {"items": n}
    with tempfile.TemporaryDirectory() as out:
        for run, changed_every in (("first", 0), ("second", 100)):
            crawler = get_crawler(Bench, {"CITYCRAWL_OUTPUT_DIR": out})
            crawler.spider = Bench()
            pipeline = DatasetWriterPipeline.from_crawler(crawler)
            pipeline.open_spider()
            crawled = dt.datetime(2026, 3, 3 + (run == "second"), tzinfo=dt.UTC)
            spent = 0.0
            for i in range(n):
                extra = {"title": f"new {i}"} if changed_every and i % changed_every == 0 else {}
                item = make_item(i, crawled_at=crawled, body_chars=body_chars, **extra)
                t0 = time.perf_counter()
                pipeline.process_item(item)
                spent += time.perf_counter() - t0
            t0 = time.perf_counter()
            pipeline.close_spider()
            pipeline.spider_closed(crawler.spider, "finished")
            figures[f"{run}_spool_items_per_s"] = n / spent
            figures[f"{run}_commit_s"] = time.perf_counter() - t0
            figures[f"{run}_changed"] = crawler.stats.get_value("citycrawl/dataset/changed")
        size = sum(f.stat().st_size for f in Path(out).rglob("*.parquet"))
        figures["dataset_mib"] = size / 2**20
    figures["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--body-chars", type=int, default=1500)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child, args.body_chars)))
        return
    results = []
    for n in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(n), "--body-chars", str(args.body_chars)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
    for r in results:
        end_to_end = r["items"] / (r["items"] / r["first_spool_items_per_s"] + r["first_commit_s"])
        print(
            f"{int(r['items']):>9,} items: spool {r['first_spool_items_per_s']:>9,.0f} items/s | "
            f"first commit {r['first_commit_s']:6.1f} s | "
            f"re-run (1% changed, full rewrite) {r['second_commit_s']:6.1f} s | "
            f"end-to-end first run {end_to_end:>8,.0f} items/s | "
            f"peak RSS {r['peak_rss_mib']:7.0f} MiB | Parquet {r['dataset_mib']:6.0f} MiB"
        )
    if len(results) > 1:
        print(f"peak RSS ratio {results[-1]['peak_rss_mib'] / results[0]['peak_rss_mib']:.2f}")


if __name__ == "__main__":
    main()
