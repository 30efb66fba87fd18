"""WARC import throughput: ``citycrawl import-warc`` on one core and on all, beside floors.

Builds a WARC of the synthetic mirror (``bench/mirror.py``, both layouts, ~30 KB per
document), then times, on the same records:

* the bare floor: iterate the WARC with warcio and ``lxml.html``-parse each page;
* trafilatura: iterate the WARC and ``trafilatura.extract`` each page;
* ``import_warcs(workers=1)``: the whole import into an empty dataset, one process;
* ``import_warcs(workers=N)``: the same with one parsing process per core.

Each import runs in a fresh process (as ``citycrawl import-warc`` does), so each pays
its own start-up. Each is run ``--rounds`` times; the table gives median (min–max)
pages/s over the whole run and over the parse phase (without the start-up, printed
beside it, and the commit), the ratio of N workers to one (target ≥ 1.7 on 2 cores),
the same ratio from the processes' CPU accounts as it would be on idle cores, and the
load average. Results: ``bench/results/warc.json``.

    python bench/bench_warc.py [--pages 3000] [--rounds 3] [--quick]
    python bench/bench_warc.py --sizes 5000 100000   # cost with size, side by side

``--sizes``: for each size its own WARC and one import with every worker, in a fresh
process watched every 50 ms: CPU per page (import process and workers) and the peak RSS
of the whole process tree, one column per size. Each WARC is deleted before the next is
built (100,000 pages: ~2.9 GB of mirror on disk while its WARC is written).
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
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import lxml.html  # noqa: E402
from warcio.archiveiterator import ArchiveIterator  # noqa: E402
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from bench.mirror import generate  # noqa: E402
from bench.run import TreeWatch  # noqa: E402
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


def timed(fn, *args) -> tuple[float, int]:
    t0 = time.perf_counter()
    pages = fn(*args)
    return time.perf_counter() - t0, pages


def import_child(warc: str, out: str, workers: int) -> None:
    """One import in this (fresh) process, as ``citycrawl import-warc`` runs it: its
    figures as one JSON line. CPU: this process's, and its workers' (all waited for)."""
    cpu0 = time.process_time()
    result = import_warcs(
        [warc], output_dir=out, network="eurocities", workers=workers, progress=None
    )
    assert result.rows > 0, result.skipped
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    figures = {
        "pages": result.pages,
        "seconds": result.seconds,
        "startup": result.startup_seconds,
        "commit": result.commit_seconds,
        "main_cpu": time.process_time() - cpu0,
        "worker_cpu": kids.ru_utime + kids.ru_stime,
    }
    print(json.dumps(figures))


def import_once(warc: Path, work: Path, workers: int) -> dict[str, float]:
    """An import in a fresh process: no pipeline it builds is left over from another.
    Its figures, and ``peak_rss_mib``: the peak RSS of its process tree (workers summed)."""
    out = work / f"out-{workers}"
    shutil.rmtree(out, ignore_errors=True)
    child = subprocess.Popen(
        [sys.executable, __file__, "--child", str(warc), str(out), str(workers)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watch = TreeWatch(child.pid)
    stdout, stderr = child.communicate()
    if child.returncode:
        raise SystemExit(f"import failed ({child.returncode}):\n{stderr[-3000:]}")
    return {**json.loads(stdout.splitlines()[-1]), "peak_rss_mib": watch.peak_rss / 2**20}


def summary(values: list[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(values), 1),
        "min": round(min(values), 1),
        "max": round(max(values), 1),
        "n": len(values),
    }


def load() -> float:
    return round(os.getloadavg()[0], 2)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    ap.add_argument("--pages", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--quick", action="store_true", help="600 pages, one round")
    ap.add_argument("--sizes", type=int, nargs="+", help="cost with size: one import each")
    ap.add_argument("--child", nargs=3, metavar=("WARC", "OUT", "WORKERS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        import_child(args.child[0], args.child[1], int(args.child[2]))
        return 0
    if args.sizes:
        scale(args.sizes, args.workers)
        return 0
    if args.quick:
        args.pages, args.rounds = 600, 1
    work = Path(tempfile.mkdtemp(prefix="citycrawl-bench-warc-"))
    try:
        warc, records, size = build_warc(work, args.pages)
        print(
            f"WARC: {records} pages, {size / records / 1024:.0f} KiB mean, "
            f"{warc.stat().st_size / 2**20:.1f} MiB gzipped; {os.cpu_count()} cores, "
            f"load {load():.2f}",
            flush=True,
        )
        loads = [load()]
        floors: dict[str, list[float]] = {
            "bare floor: warcio + lxml.html": [],
            "trafilatura.extract": [],
        }
        imports: dict[int, list[dict[str, float]]] = {1: [], args.workers: []}
        for _ in range(args.rounds):
            for name, fn in zip(floors, (floor_lxml, floor_trafilatura), strict=True):
                seconds, pages = timed(fn, warc)
                floors[name].append(pages / seconds)
            for workers, runs in imports.items():
                runs.append(import_once(warc, work, workers))
                loads.append(load())
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results = report(floors, imports, args.workers, records, loads)
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


def scale(sizes: list[int], workers: int) -> dict[int, dict[str, float]]:
    """One import of a WARC of each size with ``workers`` workers; the figures per page
    side by side (printed, and written to ``bench/results/warc-scale.json``)."""
    columns: dict[int, dict[str, float]] = {}
    for pages in sizes:
        work = Path(tempfile.mkdtemp(prefix="citycrawl-bench-warc-scale-"))
        try:
            warc, records, _ = build_warc(work, pages)
            shutil.rmtree(work / "site")  # the mirror, on disk only to be written out
            before = load()
            run = import_once(warc, work, workers)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        parse = run["seconds"] - run["startup"] - run["commit"]
        columns[records] = {
            "cpu_ms_per_page": 1000 * (run["main_cpu"] + run["worker_cpu"]) / records,
            "main_cpu_ms_per_page": 1000 * run["main_cpu"] / records,
            "pages_per_s": records / run["seconds"],
            "parse_phase_pages_per_s": records / parse,
            "commit_s": run["commit"],
            "peak_rss_mib": run["peak_rss_mib"],
            "load": max(before, load()),
        }
        print(f"{records} pages: {json.dumps(columns[records])}", flush=True)
    labels = {
        "cpu_ms_per_page": "CPU ms / page (all processes)",
        "main_cpu_ms_per_page": "  of it the import process",
        "pages_per_s": "pages/s, whole run",
        "parse_phase_pages_per_s": "pages/s, parse phase",
        "commit_s": "dataset commit, s",
        "peak_rss_mib": "peak RSS, process tree, MiB",
        "load": "load average (max)",
    }
    print(f"\n{f'import-warc, {workers} workers':<32}" + "".join(f"{n:>12,}" for n in columns))
    for key, label in labels.items():
        print(f"{label:<32}" + "".join(f"{c[key]:>12.2f}" for c in columns.values()))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "warc-scale.json").write_text(
        json.dumps({"workers": workers, "cores": os.cpu_count(), "sizes": columns}, indent=1)
    )
    return columns


def report(
    floors: dict[str, list[float]],
    imports: dict[int, list[dict[str, float]]],
    workers: int,
    records: int,
    loads: list[float],
) -> dict[str, Any]:
    """Print the table (its last lines are what ``bench/run.py`` shows) and return it.

    Whole run: pages over the import's seconds, startup and commit included. Parse
    phase: the same without the startup (pipelines built: a fixed cost per process) and
    the commit (the dataset's, the same for any number of workers)."""
    results: dict[str, Any] = {name: summary(v) for name, v in floors.items()}
    rates: dict[int, tuple[list[float], list[float]]] = {}
    for n, runs in imports.items():
        whole = [r["pages"] / r["seconds"] for r in runs]
        phase = [r["pages"] / (r["seconds"] - r["startup"] - r["commit"]) for r in runs]
        rates[n] = (whole, phase)
        results[f"import-warc, {n} process" if n == 1 else f"import-warc, {n} workers"] = {
            **summary(whole),
            "parse_phase": summary(phase),
            "startup_s": round(statistics.median(r["startup"] for r in runs), 2),
            "commit_s": round(statistics.median(r["commit"] for r in runs), 2),
            "cpu_s_per_1000_pages": round(
                statistics.median(r["main_cpu"] + r["worker_cpu"] for r in runs) / records * 1000, 1
            ),
        }
    ratios = [[m / o for m, o in zip(rates[workers][i], rates[1][i], strict=True)] for i in (0, 1)]
    results["ratio"] = {"whole_run": summary(ratios[0]), "parse_phase": summary(ratios[1])}
    # Load-independent: CPU seconds from the processes' own accounts. On N idle cores
    # the import process's work (scan, dedupe, spool, commit) counts whole and the
    # workers' (warm-up and pages, shared evenly) one N-th: against one process's CPU
    # time, the ratio N workers would reach there.
    main_cpu = statistics.median(r["main_cpu"] for r in imports[workers])
    worker_cpu = statistics.median(r["worker_cpu"] for r in imports[workers])
    one_cpu = statistics.median(r["main_cpu"] + r["worker_cpu"] for r in imports[1])
    results["cpu"] = {
        "one_process_cpu_s": round(one_cpu, 2),
        "workers_run_main_cpu_s": round(main_cpu, 2),
        "workers_run_worker_cpu_s": round(worker_cpu, 2),
        "idle_cores_ratio": round(one_cpu / (main_cpu + worker_cpu / workers), 2),
    }
    results["load_avg"] = {"min": min(loads), "max": max(loads)}
    print(
        f"\n{'pages/s, median (min–max)':<34}{'whole run':>20}{'parse phase':>13}"
        f"{'startup s':>11}{'commit s':>10}"
    )
    for name, r in results.items():
        if name.startswith("import-warc"):
            print(
                f"{name:<34}{r['median']:>8.1f} ({r['min']:.1f}–{r['max']:.1f})"
                f"{r['parse_phase']['median']:>13.1f}{r['startup_s']:>11.2f}{r['commit_s']:>10.2f}"
            )
        elif "median" in r:
            print(f"{name:<34}{r['median']:>8.1f} ({r['min']:.1f}–{r['max']:.1f})")
    c = results["cpu"]
    print(
        f"CPU s: 1 process {c['one_process_cpu_s']}; {workers} workers: import process "
        f"{c['workers_run_main_cpu_s']} + workers {c['workers_run_worker_cpu_s']}, so "
        f"{c['idle_cores_ratio']:.2f}x on {workers} idle cores"
    )
    w, p = results["ratio"]["whole_run"], results["ratio"]["parse_phase"]
    print(
        f"{workers} workers / 1 process: {w['median']:.2f} whole run "
        f"({w['min']:.2f}–{w['max']:.2f}), "
        f"{p['median']:.2f} parse phase (target ≥ 1.7 on 2 cores); load average "
        f"{min(loads):.2f}–{max(loads):.2f}"
    )
    return results


if __name__ == "__main__":
    sys.exit(main())
