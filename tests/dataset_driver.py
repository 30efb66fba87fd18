"""A stand-in crawl for the process-level dataset tests: spools synthetic items, commits.

    python tests/dataset_driver.py OUT --count 300 [--start 0] [--day 3] [--title X]
        [--body-chars N] [--random-body] [--pause-after K] [--full]

Writes items ``start .. start+count-1`` of :func:`dataset_support.make_item` (crawled
on 2026-03-<day>) through :class:`citycrawl.dataset.DatasetWriter` into dataset
``eurocities`` under OUT, then commits. ``--pause-after K`` prints ``SPOOLED K`` after K
items (synced) and sleeps, so a test can kill it mid-spool. Exit status: 0 committed,
2 a :class:`~citycrawl.dataset.DatasetError` (message on stderr), 1 anything else.
Fault points are set with ``CITYCRAWL_DATASET_FAULT`` (see citycrawl/dataset/faults.py).
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from citycrawl.dataset import DatasetError, DatasetWriter
from tests.dataset_support import make_item


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--day", type=int, default=3)
    parser.add_argument("--title")
    parser.add_argument("--body-chars", type=int, default=600)
    parser.add_argument("--random-body", action="store_true", help="4,000 incompressible chars")
    parser.add_argument("--pause-after", type=int)
    parser.add_argument("--full", action="store_true")
    args = parser.parse_args()
    crawled_at = dt.datetime(2026, 3, args.day, 12, tzinfo=dt.UTC)
    try:
        with DatasetWriter(args.out, "eurocities", fsync_every=50) as writer:
            for i in range(args.start, args.start + args.count):
                extra = {"title": f"{args.title} {i}"} if args.title else {}
                if args.random_body:
                    extra["body"] = base64.b64encode(os.urandom(3000)).decode()
                writer.write(
                    make_item(i, crawled_at=crawled_at, body_chars=args.body_chars, **extra)
                )
                if args.pause_after is not None and writer.spooled == args.pause_after:
                    writer.sync()
                    print(f"SPOOLED {args.pause_after}", flush=True)
                    while True:
                        time.sleep(3600)
            manifest = writer.commit(finish_reason="finished", complete=args.full)
    except DatasetError as exc:
        print(f"ERROR: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(manifest))
    return 0


if __name__ == "__main__":
    sys.exit(main())
