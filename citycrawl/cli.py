"""The ``citycrawl`` command.

``citycrawl demo`` serves the bundled mirror of the EUROCITIES site (both layouts) on
127.0.0.1, runs the real ``scrapy crawl eurocities`` against it, and prints where the
dataset went and what is in it. It needs no internet.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from citycrawl.mirror import MirrorServer, start_paths

PROJECT_DIR = Path(__file__).resolve().parent.parent

#: Politeness settings are for the real site; a loopback mirror needs none of them.
LOOPBACK_SETTINGS: Mapping[str, str] = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "8",
}


def crawl_command(
    spider_args: Mapping[str, str], settings: Mapping[str, str], spider: str = "eurocities"
) -> list[str]:
    """The ``scrapy crawl`` command line for these ``-a`` arguments and ``-s`` settings."""
    command = [sys.executable, "-m", "scrapy", "crawl", spider]
    for name, value in spider_args.items():
        command += ["-a", f"{name}={value}"]
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    return command


def crawl_environment() -> dict[str, str]:
    """The environment a crawl subprocess needs to find the project from any folder."""
    env = dict(os.environ)
    env["SCRAPY_SETTINGS_MODULE"] = "citycrawl.settings"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_DIR), env.get("PYTHONPATH")]))
    return env


def _summary(dataset_dir: Path) -> str:
    import pyarrow.dataset as ds

    table = ds.dataset(dataset_dir, format="parquet", partitioning="hive").to_table()
    lines = [f"{table.num_rows} items in {dataset_dir}"]
    counts = table.group_by("item_type").aggregate([("item_id", "count")]).to_pylist()
    for row in sorted(counts, key=lambda r: -r["item_id_count"]):
        lines.append(f"  {row['item_type']:<14} {row['item_id_count']:>5}")
    for column in ("published", "event_start", "event_starts_at", "themes", "location"):
        values = table.column(column).to_pylist()
        filled = sum(1 for v in values if v not in (None, []))
        lines.append(f"  {column:<16} filled in {filled}/{len(values)}")
    return "\n".join(lines)


def demo(output: Path) -> int:
    """Crawl the bundled mirror into ``output``; print the summary. Returns the exit code."""
    with MirrorServer() as mirror:
        start_urls = ",".join(mirror.origin + path for path in start_paths())
        command = crawl_command(
            {"start_urls": start_urls},
            {**LOOPBACK_SETTINGS, "CITYCRAWL_OUTPUT_DIR": str(output), "LOG_LEVEL": "INFO"},
        )
        print(f"Serving the bundled mirror at {mirror.origin}; crawling it...", flush=True)
        result = subprocess.run(command, env=crawl_environment(), check=False)
    if result.returncode != 0:
        print(f"The crawl failed (exit {result.returncode}); see the log above.", file=sys.stderr)
        return result.returncode
    print(_summary(output / "eurocities"))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="citycrawl", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    demo_parser = commands.add_parser("demo", help="crawl the bundled mirror, print a summary")
    demo_parser.add_argument("--output", type=Path, default=Path("output"))
    args = parser.parse_args(argv)
    if args.command == "demo":
        return demo(args.output.resolve())
    parser.error(f"unknown command {args.command}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
