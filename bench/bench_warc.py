"""WARC import throughput: ``citycrawl import-warc`` on one core and on all, beside floors.

Builds a WARC of the synthetic mirror (``bench/mirror.py``, both layouts, ~30 KB per
document), then times, on the same records:

* the bare floor: iterate the WARC with warcio and ``lxml.html``-parse each page;
* trafilatura: iterate the WARC and ``trafilatura.extract`` each page;
* ``import_warcs(workers=1)``: the whole import into an empty dataset, one process;
* ``import_warcs(workers=N)``: the same with one parsing process per core.

Each is run ``--rounds`` times; the table gives median (min–max) pages/s and the ratio
of N workers to one (target ≥ 1.7 on 2 cores). Results: ``bench/results/warc.json``.

    python bench/bench_warc.py [--pages 3000] [--rounds 3] [--quick]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import lxml.html  # noqa: E402
from warcio.archiveiterator import ArchiveIterator  # noqa: E402
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from bench.mirror import generate  # noqa: E402
from citycrawl.archive.importer import import_warcs  # noqa: E402

ORIGIN = "https://eurocities.eu"
RESULTS = ROOT / "bench" / "results"


def build_warc(work: Path, pages: int) -> tuple[Path, int, int]:
    """The synthetic mirror as one WARC: listings first, then documents, as crawled."""
    site = work / "site"
    generate(site, ORIGIN, pages)
    files = sorted(p for p in site.rglob("*") if p.is_file() and p.name != "mirror.json")
    urls = []
    for f in files:
        rel = f.relative_to(site).as_posix()
        urls.append((ORIGIN + "/" + rel.removesuffix("index.html"), f))
    # Listings (the sections' pages and the old site's lists) before documents.
    urls.sort(key=lambda u: ("latest_categories" not in u[0] and "&" not in u[0], u[0]))
    warc = work / "mirror.warc.gz"
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    size = 0
    with warc.open("wb") as out:
        writer = WARCWriter(out, gzip=True, warc_version="1.1")
        for n, (url, f) in enumerate(urls):
            body = f.read_bytes()
            size += len(body)
            http = StatusAndHeaders(
                "200 OK",
                [("Content-Type", "text/html; charset=UTF-8"), ("Content-Length", str(len(body)))],
                protocol="HTTP/1.1",
            )
            date = (start + dt.timedelta(seconds=n)).strftime("%Y-%m-%dT%H:%M:%SZ")
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "response",
                    payload=io.BytesIO(body),
                    length=len(body),
                    http_headers=http,
                    warc_headers_dict={"WARC-Date": date},
                )
            )
    return warc, len(urls), size


def _bodies(warc: Path):
    with warc.open("rb") as f:
        for record in ArchiveIterator(f):
            if record.rec_type == "response":
                yield record.content_stream().read()


def floor_lxml(warc: Path) -> int:
    n = 0
    for body in _bodies(warc):
        lxml.html.fromstring(body)
        n += 1
    return n


def floor_trafilatura(warc: Path) -> int:
    import trafilatura

    n = 0
    for body in _bodies(warc):
        trafilatura.extract(body.decode("utf-8"))
        n += 1
    return n


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process and of its waited-for children (the workers)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


CPU: dict[str, list[tuple[float, float]]] = {}


def timed(fn, *args, name: str = "") -> tuple[float, int]:
    cpu0 = _cpu()
    t0 = time.perf_counter()
    pages = fn(*args)
    seconds = time.perf_counter() - t0
    cpu1 = _cpu()
    CPU.setdefault(name, []).append((cpu1[0] - cpu0[0], cpu1[1] - cpu0[1]))
    return seconds, pages


def import_once(warc: Path, work: Path, workers: int) -> int:
    out = work / f"out-{workers}"
    shutil.rmtree(out, ignore_errors=True)
    result = import_warcs(
        [warc], output_dir=out, network="eurocities", workers=workers, progress=None
    )
    assert result.rows > 0, result.skipped
    return result.pages


def summary(values: list[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(values), 1),
        "min": round(min(values), 1),
        "max": round(max(values), 1),
        "n": len(values),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    ap.add_argument("--pages", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--quick", action="store_true", help="600 pages, one round")
    args = ap.parse_args()
    if args.quick:
        args.pages, args.rounds = 600, 1
    work = Path(tempfile.mkdtemp(prefix="citycrawl-bench-warc-"))
    try:
        warc, records, size = build_warc(work, args.pages)
        print(
            f"WARC: {records} pages, {size / records / 1024:.0f} KiB mean, "
            f"{warc.stat().st_size / 2**20:.1f} MiB gzipped; {os.cpu_count()} cores, "
            f"load {os.getloadavg()[0]:.2f}",
            flush=True,
        )
        runs = {
            "bare floor: warcio + lxml.html": lambda: timed(floor_lxml, warc),
            "trafilatura.extract": lambda: timed(floor_trafilatura, warc),
            "import-warc, 1 process": lambda: timed(import_once, warc, work, 1, name="one"),
            f"import-warc, {args.workers} workers": lambda: timed(
                import_once, warc, work, args.workers, name="many"
            ),
        }
        rates: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(args.rounds):
            for name, run in runs.items():
                seconds, pages = run()
                rates[name].append(pages / seconds)
        results = {name: summary(v) for name, v in rates.items()}
        one, many = (rates[k] for k in list(runs)[2:])
        ratios = [m / o for m, o in zip(many, one, strict=True)]
        results["ratio"] = {**summary(ratios), "median": round(statistics.median(ratios), 2)}
        # Load-independent: the share of the import's CPU time spent in the import process
        # (scan, dedupe, spool, commit: serial) and in the workers (parallel), and the
        # speed-up that split allows on N idle cores (Amdahl).
        main_cpu = statistics.median(m for m, _ in CPU["many"])
        worker_cpu = statistics.median(w for _, w in CPU["many"])
        serial = main_cpu / (main_cpu + worker_cpu)
        results["cpu"] = {
            "one_process_cpu_s_per_1000_pages": round(
                statistics.median(m for m, _ in CPU["one"]) / records * 1000, 1
            ),
            "workers_run_main_cpu_s": round(main_cpu, 1),
            "workers_run_worker_cpu_s": round(worker_cpu, 1),
            "serial_share": round(serial, 3),
            "speedup_bound_idle_cores": round(1 / (serial + (1 - serial) / args.workers), 2),
            "load_avg_end": round(os.getloadavg()[0], 2),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n{'':<36}{'pages/s, median (min–max)':>30}")
    for name, s in results.items():
        if name not in {"ratio", "cpu"}:
            print(f"{name:<36}{s['median']:>12.1f} ({s['min']:.1f}–{s['max']:.1f})")
    c = results["cpu"]
    print(
        f"CPU: import process {c['workers_run_main_cpu_s']} s, workers "
        f"{c['workers_run_worker_cpu_s']} s: serial share {c['serial_share']:.1%}, so "
        f"{c['speedup_bound_idle_cores']:.2f}x on {args.workers} idle cores "
        f"(load now {c['load_avg_end']})"
    )
    r = results["ratio"]
    print(
        f"{args.workers} workers / 1 process: {r['median']:.2f} "
        f"({min(ratios):.2f}–{max(ratios):.2f})   (target ≥ 1.7 on 2 cores)"
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "warc.json").write_text(
        json.dumps(
            {
                "pages": records,
                "rounds": args.rounds,
                "workers": args.workers,
                "cores": os.cpu_count(),
                "results": results,
            },
            indent=1,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
