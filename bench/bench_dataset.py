"""Benchmark of the dataset layer through the real Scrapy pipeline.

    python bench/bench_dataset.py                 # 100,000 and 1,000,000 items
    python bench/bench_dataset.py --sizes 20000   # a quick look
    python bench/bench_dataset.py --phases        # also print peak RSS per commit phase

Each size runs in its own process (so peak RSS is that size's alone). Per size:

- spool rate: items/s through ``process_item`` of ready items (item generation is not
  timed, the pipeline's type check, JSON encoding and writes are);
- first commit: spool -> current view + history;
- second run: 1% of the items changed, so every partition is touched and the whole
  current view is rewritten (compacted): this is the "compaction" figure;
- peak RSS of the process (``ru_maxrss``) and, from a 10 ms sampler thread, the peak RSS
  of each phase (spool, and the writer's commit phases, which it marks in DEBUG log
  records carrying ``citycrawl_phase``).

With two or more sizes it prints the ratio of the largest size's peak RSS to the
smallest's (target < 1.5). Results are written to ``bench/results/dataset.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "dataset.json"
_PAGE = os.sysconf("SC_PAGE_SIZE")


def _rss_bytes() -> int:
    with open("/proc/self/statm", "rb") as f:
        return int(f.read().split()[1]) * _PAGE


class PhaseSampler(logging.Handler):
    """Peak RSS per phase: phases come from :meth:`mark` and from writer log records."""

    def __init__(self, interval: float = 0.01) -> None:
        super().__init__(logging.DEBUG)
        self.interval = interval
        self.peaks: dict[str, float] = {}
        self.seconds: dict[str, float] = {}
        self._prefix = ""
        self._phase = "setup"
        self._since = time.perf_counter()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        logger = logging.getLogger("citycrawl.dataset")
        logger.setLevel(logging.DEBUG)
        logger.addHandler(self)
        self._thread.start()

    def stop(self) -> None:
        self.mark("end")
        self._stop.set()
        self._thread.join()

    def run_prefix(self, prefix: str) -> None:
        self._prefix = prefix

    def mark(self, phase: str) -> None:
        now = time.perf_counter()
        with self._lock:
            self._sample()  # the peak of the phase that ends includes this instant
            key = f"{self._prefix}{self._phase}"
            self.seconds[key] = self.seconds.get(key, 0.0) + now - self._since
            self._phase, self._since = phase, now
            self._sample()

    def emit(self, record: logging.LogRecord) -> None:
        phase = getattr(record, "citycrawl_phase", None)
        if phase:
            self.mark(phase)

    def _sample(self) -> None:
        key = f"{self._prefix}{self._phase}"
        self.peaks[key] = max(self.peaks.get(key, 0.0), _rss_bytes() / 2**20)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            with self._lock:
                self._sample()


def run_one(n: int, body_chars: int) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    from pipelines.dataset_writer import DatasetWriterPipeline
    from tests.dataset_support import make_item

    class Bench(Spider):
        name = "bench"

    sampler = PhaseSampler()
    sampler.start()
    figures: dict[str, Any] = {"items": n, "body_chars": body_chars}
    with tempfile.TemporaryDirectory(dir=os.environ.get("CITYCRAWL_BENCH_TMP")) as out:
        for run, changed_every in (("first", 0), ("second", 100)):
            sampler.run_prefix(f"{run}/")
            sampler.mark("spool")
            crawler = get_crawler(Bench, {"CITYCRAWL_OUTPUT_DIR": out})
            crawler.spider = Bench()
            pipeline = DatasetWriterPipeline.from_crawler(crawler)
            pipeline.open_spider()
            crawled = dt.datetime(2026, 3, 3 + (run == "second"), tzinfo=dt.UTC)
            # Ready items, as the pipelines before this one hand them over; generating
            # them is not what is measured. Chunks keep the generator's memory flat.
            spent = 0.0
            for start in range(0, n, 1_000):
                chunk = []
                for i in range(start, min(n, start + 1_000)):
                    changed = changed_every and i % changed_every == 0
                    extra = {"title": f"new {i}"} if changed else {}
                    chunk.append(make_item(i, crawled_at=crawled, body_chars=body_chars, **extra))
                process = pipeline.process_item
                t0 = time.perf_counter()
                for item in chunk:
                    process(item)
                spent += time.perf_counter() - t0
            sampler.mark("commit")
            t0 = time.perf_counter()
            pipeline.close_spider()
            pipeline.spider_closed(crawler.spider, "finished")
            figures[f"{run}_spool_items_per_s"] = n / spent
            figures[f"{run}_commit_s"] = time.perf_counter() - t0
            figures[f"{run}_changed"] = crawler.stats.get_value("citycrawl/dataset/changed")
            figures[f"{run}_rows_current"] = crawler.stats.get_value(
                "citycrawl/dataset/rows_current"
            )
            if crawler.stats.get_value("citycrawl/dataset/commit_failed"):
                raise SystemExit(f"{run} commit failed")
        size = sum(f.stat().st_size for f in Path(out).rglob("*.parquet"))
        figures["dataset_mib"] = size / 2**20
    sampler.stop()
    figures["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures["phase_peak_rss_mib"] = {k: round(v) for k, v in sampler.peaks.items()}
    figures["phase_s"] = {k: round(v, 2) for k, v in sampler.seconds.items()}
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--body-chars", type=int, default=1500)
    parser.add_argument("--phases", action="store_true", help="print peak RSS per phase")
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
    if args.phases:
        for r in results:
            print(f"{int(r['items']):,} items, peak RSS MiB (seconds) per phase:")
            for phase, peak in r["phase_peak_rss_mib"].items():
                print(f"   {phase:<24} {peak:>6} MiB {r['phase_s'].get(phase, 0):>8.2f} s")
    for r in results:
        end_to_end = r["items"] / (r["items"] / r["first_spool_items_per_s"] + r["first_commit_s"])
        print(
            f"{int(r['items']):>9,} items: spool {r['first_spool_items_per_s']:>7,.0f} items/s | "
            f"first commit {r['first_commit_s']:5.1f} s | "
            f"compaction (1% changed, all rewritten) {r['second_commit_s']:5.1f} s | "
            f"end-to-end {end_to_end:>7,.0f} items/s | "
            f"peak RSS {r['peak_rss_mib']:5.0f} MiB | Parquet {r['dataset_mib']:5.0f} MiB"
        )
    summary: dict[str, Any] = {}
    if len(results) > 1:
        small, large = results[0], results[-1]
        summary["peak_rss_ratio"] = round(large["peak_rss_mib"] / small["peak_rss_mib"], 2)
        print(
            f"peak RSS ratio {int(large['items']):,} / {int(small['items']):,} items: "
            f"{summary['peak_rss_ratio']:.2f} (target < 1.5)"
        )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    record = {
        "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {
            "cores": os.cpu_count(),
            "load_avg_at_end": [round(x, 2) for x in os.getloadavg()],
            "python": platform.python_version(),
        },
        "results": results,
        **summary,
    }
    RESULTS.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
