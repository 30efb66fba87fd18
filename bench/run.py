"""citycrawl's benchmark: one command, one table.

    python bench/run.py            # full: ~5,000-page mirror, 3 rounds A B, ~10 minutes
    python bench/run.py --quick    # CI: ~300 pages, one round, under a minute

1. End to end: a synthetic mirror of both layouts (bench/mirror.py) served by Debian's
   nginx on 127.0.0.1 (own prefix and config in a temp dir, started and stopped here),
   crawled in turn, A B A B, by (a) a bare Scrapy spider (bench/bare_spider.py) and
   (b) the real ``scrapy crawl eurocities`` with every pipeline and the Parquet dataset
   commit, with the same settings. Pages/s, CPU s per 1,000 pages and peak RSS of each
   crawl subprocess (from ``wait4``), nginx's own CPU time beside them.
2. Parsing layer alone: citycrawl's parsers against ``trafilatura.extract_metadata`` +
   ``htmldate.find_date`` on the same pages, one row per (network, layout): the synthetic
   mirror's EUROCITIES pages and every network's bundled mirror (``fixtures/``), each page
   read by the parser its route picks, and the generic layer over all those documents
   (bare lxml and parsel parse times beside them as the floor).
3. Dates, 4. dataset writes and 5. WARC import: bench/bench_dates.py,
   bench/bench_dataset.py and bench/bench_warc.py, run as they are; their figures are
   folded into the table.

Medians over the rounds with min-max beside them; everything goes to
``bench/results/bench.json`` (git-ignored). No figure here is asserted anywhere.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CTYPE = "text/html; charset=UTF-8"
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

import mirror as mirror_gen  # noqa: E402


#: The settings both sides run with: loopback (no politeness delays), tuned concurrency.
def shared_settings(concurrency: int, items: int) -> dict[str, str]:
    return {
        "CONCURRENT_REQUESTS": str(concurrency),
        "CONCURRENT_REQUESTS_PER_DOMAIN": str(concurrency),
        "CONCURRENT_ITEMS": str(items),
        "DOWNLOAD_DELAY": "0",
        "AUTOTHROTTLE_ENABLED": "False",
        "ROBOTSTXT_OBEY": "True",
        "COOKIES_ENABLED": "False",
        "TELNETCONSOLE_ENABLED": "False",
        "LOG_LEVEL": "INFO",
    }


# --------------------------------------------------------------------------- machine


def machine() -> dict[str, Any]:
    import lxml.etree
    import pyarrow
    import scrapy

    cpu = platform.processor() or "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = os.getloadavg()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gib": round(ram, 1),
        "load_avg_at_start": [round(x, 2) for x in load],
        "python": platform.python_version(),
        "scrapy": scrapy.__version__,
        "pyarrow": pyarrow.__version__,
        "lxml": ".".join(map(str, lxml.etree.LXML_VERSION)),
        "platform": platform.platform(),
    }


# --------------------------------------------------------------------------- nginx

NGINX_CONF = """\
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    types {{ text/plain txt; }}
    default_type "text/html; charset=UTF-8";
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path {prefix}/client_body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        # WordPress paths end in "/" (<path>/index.html); Domino paths, "&" and all,
        # are files named like the path.
        location / {{ try_files $uri $uri/index.html =404; }}
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Nginx:
    """Debian's nginx serving ``root`` on 127.0.0.1:``port``, from its own temp prefix."""

    def __init__(self, root: Path, port: int, prefix: Path) -> None:
        self.binary = shutil.which("nginx") or "/usr/sbin/nginx"
        if not Path(self.binary).exists():
            raise SystemExit(
                "nginx not found: apt-get update && apt-get install -y nginx (Debian's)"
            )
        self.prefix, self.port = prefix, port
        prefix.mkdir(parents=True, exist_ok=True)
        self.conf = prefix / "nginx.conf"
        self.conf.write_text(NGINX_CONF.format(prefix=prefix, port=port, root=root))
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Nginx:
        self.process = subprocess.Popen(
            [self.binary, "-p", str(self.prefix), "-c", str(self.conf), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2),
            ):
                return self
            if self.process.poll() is not None:
                raise SystemExit(f"nginx failed: {self.process.stderr.read().decode()}")  # type: ignore[union-attr]
            time.sleep(0.05)
        raise SystemExit("nginx did not start listening within 10 s")

    def __exit__(self, *exc: object) -> None:
        assert self.process is not None
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def cpu_seconds(self) -> float:
        """CPU time of the master and its workers so far."""
        import psutil

        assert self.process is not None
        proc = psutil.Process(self.process.pid)
        total = 0.0
        for p in [proc, *proc.children(recursive=True)]:
            with contextlib.suppress(psutil.Error):
                t = p.cpu_times()
                total += t.user + t.system
        return total


def check_mirror(origin: str, info: dict[str, Any]) -> None:
    """Fetch a page of each kind through nginx, Domino's ``&`` paths included."""
    import urllib.request

    start = info["start_urls"]
    domino = next(u for u in start if "/eurocities/" in u)
    page2 = domino + "&newsstart=21&newscount=20&contentURL=" + domino.rsplit("/", 1)[1]
    for url in (start[0], start[0] + "page/2/", domino, page2, origin + "/robots.txt"):
        with urllib.request.urlopen(url, timeout=5) as r:
            if r.status != 200 or not r.read():
                raise SystemExit(f"the mirror does not serve {url}")


# --------------------------------------------------------------------------- crawls

_STAT_RE = {
    "responses": re.compile(r"'downloader/response_count': (\d+)"),
    "items": re.compile(r"'item_scraped_count': (\d+)"),
    "elapsed": re.compile(r"'elapsed_time_seconds': ([\d.]+)"),
    "errors": re.compile(r"'log_count/ERROR': (\d+)"),
    "spooled": re.compile(r"'citycrawl/dataset/spooled': (\d+)"),
    "dataset_new": re.compile(r"'citycrawl/dataset/new': (\d+)"),
    "status_404": re.compile(r"'downloader/response_status_count/404': (\d+)"),
}


def crawl(side: str, start_urls: list[str], settings: dict[str, str], work: Path) -> dict[str, Any]:
    """Run one crawl subprocess; wall, CPU and peak RSS from ``wait4``, counts from its log."""
    from citycrawl.cli import crawl_command, crawl_environment

    work.mkdir(parents=True, exist_ok=True)
    log = work / "crawl.log"
    args = {"start_urls": ",".join(start_urls)}
    run_settings = {**settings, "LOG_FILE": str(log)}
    if side == "a":
        command = [sys.executable, "-m", "scrapy", "runspider", str(BENCH / "bare_spider.py")]
        for k, v in args.items():
            command += ["-a", f"{k}={v}"]
        for k, v in run_settings.items():
            command += ["-s", f"{k}={v}"]
        env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    else:
        command = crawl_command(
            args, {**run_settings, "CITYCRAWL_OUTPUT_DIR": str(work / "output")}
        )
        env = crawl_environment()
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        command, cwd=work, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    tree = TreeWatch(proc.pid)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    if proc.returncode != 0:
        raise SystemExit(f"crawl ({side}) failed, exit {proc.returncode}:\n{text[-3000:]}{stderr}")
    stats = {k: float(m.group(1)) if (m := r.search(text)) else 0.0 for k, r in _STAT_RE.items()}
    cpu = usage.ru_utime + usage.ru_stime
    pages = stats["responses"]
    return {
        "side": side,
        "pages": int(pages),
        "items": int(stats["items"]),
        "errors": int(stats["errors"]),
        "status_404": int(stats["status_404"]),
        "wall_s": wall,
        "crawl_s": stats["elapsed"],
        "pages_per_s": pages / wall,
        "crawl_pages_per_s": pages / stats["elapsed"] if stats["elapsed"] else 0.0,
        "cpu_s": cpu,
        "cpu_s_per_1000_pages": cpu / pages * 1000 if pages else 0.0,
        # Scrapy's process alone (the parse workers' share is the rest of cpu_s).
        "main_cpu_s_per_1000_pages": tree.main_cpu / pages * 1000 if pages else 0.0,
        # The whole process tree (crawl + parse workers), summed at each sample.
        "peak_rss_mib": max(tree.peak_rss, usage.ru_maxrss * 1024) / 2**20,
        "processes": tree.processes,
        "spooled": int(stats["spooled"]),
    }


class TreeWatch:
    """Peak RSS of a process and all its descendants, summed (parse workers count), and
    the process's own CPU time, sampled every 50 ms by a thread until it exits."""

    def __init__(self, pid: int) -> None:
        import threading

        self.peak_rss = 0
        self.main_cpu = 0.0
        self.processes = 1
        self._thread = threading.Thread(target=self._run, args=(pid,), daemon=True)
        self._thread.start()

    def _run(self, pid: int) -> None:
        import psutil

        with contextlib.suppress(psutil.Error):
            main = psutil.Process(pid)
            while main.status() != psutil.STATUS_ZOMBIE:
                total = 0
                procs = [main, *main.children(recursive=True)]
                for p in procs:
                    with contextlib.suppress(psutil.Error):
                        total += p.memory_info().rss
                t = main.cpu_times()
                self.main_cpu = t.user + t.system
                self.peak_rss = max(self.peak_rss, total)
                self.processes = max(self.processes, len(procs))
                time.sleep(0.05)


def summarise(values: list[float]) -> dict[str, float]:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "n": len(values),
    }


def end_to_end(
    info: dict[str, Any], nginx: Nginx, rounds: int, settings: dict[str, str], tmp: Path
) -> dict[str, Any]:
    runs: dict[str, list[dict[str, Any]]] = {"a": [], "b": []}
    for r in range(rounds):
        for side in ("a", "b"):
            before = nginx.cpu_seconds()
            result = crawl(side, info["start_urls"], settings, tmp / f"crawl-{side}-{r}")
            result["nginx_cpu_s"] = nginx.cpu_seconds() - before
            runs[side].append(result)
            print(
                f"  round {r + 1} ({side}) {result['pages']} pages, {result['items']} items: "
                f"{result['pages_per_s']:.0f} pages/s (crawl phase "
                f"{result['crawl_pages_per_s']:.0f}), {result['cpu_s_per_1000_pages']:.2f} "
                f"CPU s/1000 pages ({result['main_cpu_s_per_1000_pages']:.2f} in Scrapy's "
                f"process), peak RSS {result['peak_rss_mib']:.0f} MiB over "
                f"{result['processes']} process(es), nginx {result['nginx_cpu_s']:.2f} CPU s; "
                f"load {os.getloadavg()[0]:.1f}",
                flush=True,
            )
            shutil.rmtree(tmp / f"crawl-{side}-{r}" / "output", ignore_errors=True)
    out: dict[str, Any] = {"runs": runs, "settings": settings}
    for side in ("a", "b"):
        out[side] = {
            key: summarise([run[key] for run in runs[side]])
            for key in (
                "pages_per_s",
                "crawl_pages_per_s",
                "cpu_s_per_1000_pages",
                "main_cpu_s_per_1000_pages",
                "peak_rss_mib",
                "nginx_cpu_s",
                "wall_s",
            )
        }
    # Ratio per A B pair, so each pair shares the machine's mood.
    out["ratio_b_a"] = summarise(
        [b["pages_per_s"] / a["pages_per_s"] for a, b in zip(runs["a"], runs["b"], strict=True)]
    )
    out["ratio_b_a_crawl_phase"] = summarise(
        [
            b["crawl_pages_per_s"] / a["crawl_pages_per_s"]
            for a, b in zip(runs["a"], runs["b"], strict=True)
        ]
    )
    out["ratio_b_a_cpu"] = summarise(
        [a["cpu_s"] / b["cpu_s"] for a, b in zip(runs["a"], runs["b"], strict=True)]
    )
    out["ratio_rss_b_a"] = summarise(
        [b["peak_rss_mib"] / a["peak_rss_mib"] for a, b in zip(runs["a"], runs["b"], strict=True)]
    )
    return out


def profile_crawl(info: dict[str, Any], settings: dict[str, str], tmp: Path) -> dict[str, Any]:
    """One crawl of side (b) under py-spy; self and inclusive time by function."""
    from citycrawl.cli import crawl_command, crawl_environment

    work = tmp / "profile"
    work.mkdir(parents=True, exist_ok=True)
    raw = work / "profile.txt"
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    command = [
        py_spy,
        "record",
        "--subprocesses",
        "--format",
        "raw",
        "--rate",
        "200",
        "-o",
        str(raw),
        "--",
    ]
    command += crawl_command(
        {"start_urls": ",".join(info["start_urls"])},
        {**settings, "CITYCRAWL_OUTPUT_DIR": str(work / "output"), "LOG_FILE": str(work / "log")},
    )
    subprocess.run(command, cwd=work, env=crawl_environment(), capture_output=True, check=True)
    inclusive: dict[str, int] = {}
    own: dict[str, int] = {}
    total = 0
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack:
            continue
        n = int(count)
        total += n
        frames = [
            re.sub(r" \(.*?/(site-packages|lib/python3\.\d+)/", " (", f) for f in stack.split(";")
        ]
        own[frames[-1]] = own.get(frames[-1], 0) + n
        for frame in set(frames):
            inclusive[frame] = inclusive.get(frame, 0) + n

    def top(counts: dict[str, int], k: int) -> list[tuple[str, float]]:
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])[:k]
        return [(name, round(100 * n / total, 1)) for name, n in ranked]

    def ours(counts: dict[str, int]) -> dict[str, int]:
        keep = ("citycrawl/", "pipelines/", "lxml", "w3lib", "scrapy/core", "parsel", "twisted")
        return {k: v for k, v in counts.items() if any(x in k for x in keep)}

    return {
        "samples": total,
        "self_top": top(own, 20),
        "inclusive_top": top(ours(inclusive), 30),
    }


# --------------------------------------------------------------------------- parsing


#: One page to parse: URL, body, Content-Type, and the parser the crawl would call on it.
Page = tuple[str, bytes, str, Callable[[bytes, str, "str | None"], object]]


def _parser(site: Any, url: str) -> Callable[[bytes, str, str | None], object] | None:
    """The parse function the spider calls for ``url`` (its route's layout and kind)."""
    found = site.route(url)
    if found is None:
        return None
    layout = site.layout(found.layout)
    return layout.parse_listing if found.kind == "listing" else layout.parse_document


def sample_pages(web_root: Path, info: dict[str, Any], per_layout: int) -> dict[str, list[Page]]:
    """The synthetic mirror's pages per EUROCITIES layout, documents and listings in the
    mirror's ratio, each with the parser its route picks."""
    from citycrawl import sites

    site = sites.get("eurocities")
    origin = info["origin"]
    pages: dict[str, list[Page]] = {}
    files = sorted(
        p for p in web_root.rglob("*") if p.is_file() and p.suffix not in {".txt", ".json"}
    )
    for path in files:
        url = origin + "/" + path.relative_to(web_root).as_posix().removesuffix("index.html")
        parse = _parser(site, url)
        if parse is not None:
            layout = site.route(url).layout  # type: ignore[union-attr]
            row = f"eurocities/{layout} (synthetic)"
            pages.setdefault(row, []).append((url, path.read_bytes(), CTYPE, parse))
    step = {k: max(1, len(v) // per_layout) for k, v in pages.items()}
    return {k: v[:: step[k]][:per_layout] for k, v in sorted(pages.items())}


def network_pages() -> dict[str, list[Page]]:
    """Every HTML page of every network's bundled mirror, one row per (network, layout),
    and the document pages of them all again under the generic layer."""
    from citycrawl import sites
    from citycrawl.mirror import MIRROR_DIR, load_routes, network_mirror_dir
    from citycrawl.parsing import generic

    rows: dict[str, list[Page]] = {}
    documents: list[Page] = []
    for site in sites.all_sites():
        mirror = MIRROR_DIR if site.name == "eurocities" else network_mirror_dir(site.name)
        for path, route in load_routes(mirror).items():
            if route.status != 200 or route.file is None or "html" not in route.content_type:
                continue
            url = site.profile.base_url.rstrip("/") + path
            found = site.route(url)
            parse = _parser(site, url)
            if found is None or parse is None:
                continue
            body = (mirror.parent / route.file).read_bytes()  # files name fixtures/<network>/…
            rows.setdefault(f"{site.name}/{found.layout}", []).append(
                (url, body, route.content_type, parse)
            )
            if found.kind == "document":
                documents.append((url, body, route.content_type, generic.parse_document))
    rows["generic layer (all documents)"] = documents
    return rows


def _time_per_page(fn: Callable[[Page], object], pages: list[Page], parses: int) -> float:
    """CPU seconds per page over at least ``parses`` calls (small mirrors are walked
    again). CPU time, not wall time: parsing is single-threaded, and on a shared machine
    wall time measures the neighbours (3-10x swings under load 8 on 2 cores)."""
    repeat = -(-parses // len(pages))
    t0 = time.process_time()
    for _ in range(repeat):
        for page in pages:
            fn(page)
    return (time.process_time() - t0) / (repeat * len(pages))


def parsing_layer(samples: dict[str, list[Page]], rounds: int, parses: int) -> dict[str, Any]:
    """Each row's parser against trafilatura + htmldate on the same pages, A B C D rounds."""
    import htmldate
    import lxml.html
    import parsel
    import trafilatura

    from citycrawl.parsing.model import PageParseError

    def ours(page: Page) -> object:
        url, body, ctype, parse = page
        try:
            return parse(body, url, ctype)
        except PageParseError as exc:  # the spider logs and counts these; so do we
            return exc

    def theirs(page: Page) -> object:
        url, body = page[0], page[1]
        return (
            trafilatura.extract_metadata(body, default_url=url),
            htmldate.find_date(body, url=url),
        )

    def lxml_only(page: Page) -> object:
        return lxml.html.document_fromstring(page[1])

    def parsel_only(page: Page) -> object:
        return parsel.Selector(body=page[1], type="html").css("h1::text").get()

    contenders = {
        "citycrawl": ours,
        "trafilatura+htmldate": theirs,
        "lxml.html parse": lxml_only,
        "parsel parse+h1": parsel_only,
    }
    warnings.simplefilter("ignore")
    out: dict[str, Any] = {}
    for row, pages in samples.items():
        if not pages:
            continue
        # Warm-up (imports, caches, lazy data), and the pages our parser refuses.
        refused = sum(isinstance(ours(page), PageParseError) for page in pages)
        for fn in list(contenders.values())[1:]:
            for page in pages[:5]:
                fn(page)
        times: dict[str, list[float]] = {name: [] for name in contenders}
        for _ in range(rounds):  # A B C D, A B C D...
            for name, fn in contenders.items():
                times[name].append(_time_per_page(fn, pages, parses))
        ms = {name: summarise([t * 1000 for t in v]) for name, v in times.items()}
        ratio = summarise(
            [t / o for o, t in zip(times["citycrawl"], times["trafilatura+htmldate"], strict=True)]
        )
        out[row] = {
            "pages": len(pages),
            "refused": refused,
            "mean_kib": statistics.fmean(len(page[1]) for page in pages) / 1024,
            "ms_per_page": ms,
            "citycrawl_pages_per_s": 1000 / ms["citycrawl"]["median"],
            "ratio_vs_trafilatura_htmldate": ratio,
        }
        print(
            f"  {row}: {len(pages)} pages of {out[row]['mean_kib']:.0f} KiB"
            f" ({refused} refused): "
            + ", ".join(f"{n} {m['median']:.2f} ms" for n, m in ms.items())
            + f"; ratio {ratio['median']:.1f}x",
            flush=True,
        )
    return out


# --------------------------------------------------------------------------- others' benches


def _flags(script: Path) -> str:
    return subprocess.run(
        [sys.executable, str(script), "--help"], capture_output=True, text=True, check=False
    ).stdout


def run_script(name: str, quick: bool) -> dict[str, Any]:
    """Run bench/<name> as it is (its --quick when it has one); keep its output."""
    script = BENCH / name
    if not script.exists():
        return {"skipped": f"{name} not found"}
    command = [sys.executable, str(script)]
    if quick:
        flags = _flags(script)
        if "--quick" in flags:
            command.append("--quick")
        elif name == "bench_dates.py":
            command += ["--repeat", "10", "--dp-sample", "10"]
        elif name == "bench_dataset.py" and "--sizes" in flags:
            command += ["--sizes", "20000"]
    t0 = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    out: dict[str, Any] = {
        "command": " ".join(Path(c).name if c == sys.executable else c for c in command[1:]),
        "exit": result.returncode,
        "seconds": round(time.perf_counter() - t0, 1),
        "stdout": result.stdout[-6000:],
    }
    if result.returncode != 0:
        out["stderr"] = result.stderr[-3000:]
    if name == "bench_dates.py":
        with contextlib.suppress(OSError, ValueError, KeyError):
            out["summary"] = json.loads((RESULTS / "dates.json").read_text())["summary"]
    return out


# --------------------------------------------------------------------------- table


def _mm(s: dict[str, float], fmt: str = "{:.0f}") -> str:
    return f"{fmt.format(s['median'])} ({fmt.format(s['min'])}–{fmt.format(s['max'])})"


def print_table(results: dict[str, Any]) -> None:
    m = results["machine"]
    print("\n" + "=" * 100)
    print(
        f"machine: {m['cpu']}, {m['cores']} cores, {m['ram_gib']} GiB RAM, load "
        f"{m['load_avg_at_start']}; Python {m['python']}, Scrapy {m['scrapy']}, "
        f"pyarrow {m['pyarrow']}, lxml {m['lxml']}"
    )
    e = results.get("end_to_end")
    if e:
        mi = results["mirror"]
        s = e["settings"]
        print(
            f"\n1. End to end: {mi['files']} pages "
            f"({mi['bytes'] / mi['files'] / 1024:.0f} KiB mean) via nginx on 127.0.0.1; "
            f"CONCURRENT_REQUESTS={s['CONCURRENT_REQUESTS']}, "
            f"CONCURRENT_ITEMS={s['CONCURRENT_ITEMS']}, LOG_LEVEL={s['LOG_LEVEL']}; "
            f"median (min–max) of {e['a']['pages_per_s']['n']} rounds A B"
        )
        print(
            f"   {'':<34}{'pages/s (process)':>22}{'pages/s (crawl)':>20}"
            f"{'CPU s/1000 p':>18}{'of it Scrapy proc.':>20}{'peak RSS MiB':>16}"
            f"{'nginx CPU s':>19}"
        )
        for side, label in (("a", "(a) bare Scrapy spider"), ("b", "(b) scrapy crawl eurocities")):
            d = e[side]
            print(
                f"   {label:<34}{_mm(d['pages_per_s']):>22}{_mm(d['crawl_pages_per_s']):>20}"
                f"{_mm(d['cpu_s_per_1000_pages'], '{:.2f}'):>18}"
                f"{_mm(d['main_cpu_s_per_1000_pages'], '{:.2f}'):>20}"
                f"{_mm(d['peak_rss_mib']):>16}{_mm(d['nginx_cpu_s'], '{:.2f}'):>19}"
            )
        print(
            f"   (b) parse workers: {s.get('CITYCRAWL_PARSE_WORKERS', 'default')}; "
            "RSS summed over the crawl's process tree"
        )
        print(
            f"   ratio b/a: {_mm(e['ratio_b_a_crawl_phase'], '{:.2f}')} crawl phase "
            f"(target ≥ 0.80), {_mm(e['ratio_b_a'], '{:.2f}')} whole process (≥ 0.70), "
            f"{_mm(e['ratio_b_a_cpu'], '{:.2f}')} by CPU time; peak RSS "
            f"{_mm(e['ratio_rss_b_a'], '{:.2f}')}× (≤ 2)"
        )
    p = results.get("parsing")
    if p:
        print("\n2. Parsing layer alone, CPU ms per page, median (min–max)")
        names = list(next(iter(p.values()))["ms_per_page"])
        print(
            f"   {'network/layout':<38}{'pages':>6}"
            + "".join(f"{n:>24}" for n in names)
            + f"{'ratio':>18}"
        )
        for row, d in p.items():
            print(
                f"   {row:<38}{d['pages']:>6}"
                + "".join(f"{_mm(d['ms_per_page'][n], '{:.2f}'):>24}" for n in names)
                + f"{_mm(d['ratio_vs_trafilatura_htmldate'], '{:.1f}'):>18}"
            )
        print(
            "   ratio = (trafilatura.extract_metadata + htmldate.find_date) / citycrawl"
            " (target ≥ 5 on every layout; generic layer ≤ 2 ms per page)"
        )
    for key, title in (
        ("dates", "3. Dates (bench/bench_dates.py)"),
        ("dataset", "4. Dataset writes (bench/bench_dataset.py)"),
        ("warc", "5. WARC import, pages/s (bench/bench_warc.py)"),
    ):
        d = results.get(key)
        if not d:
            continue
        print(
            f"\n{title}: `{d.get('command', '')}`, {d.get('seconds', '?')} s, exit {d.get('exit')}"
        )
        if key == "dates" and "summary" in d:
            s = d["summary"]
            print(
                f"   {s['expressions']} expressions: parse_date_range mean {s['ours_mean_us']} µs "
                f"(median {s['ours_median_us']}, p95 {s.get('ours_p95_us')}); dateparser.parse "
                f"mean {s['dateparser_mean_us']} µs; {s['mean_ratio']}x   (target ≤ 50 µs)"
            )
        elif d.get("stdout"):
            lines = [ln for ln in d["stdout"].splitlines() if ln.strip()]
            for line in lines[-(7 if key == "warc" else 4) :]:  # warc: its whole table
                print(f"   {line}")
        if d.get("stderr"):
            print("   " + d["stderr"].strip().splitlines()[-1])


# --------------------------------------------------------------------------- main


@contextlib.contextmanager
def workspace(keep: bool) -> Iterator[Path]:
    tmp = Path(tempfile.mkdtemp(prefix="citycrawl-bench-"))
    tmp.chmod(0o755)  # nginx's worker (not root) reads the web root
    try:
        yield tmp
    finally:
        if keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    ap.add_argument("--quick", action="store_true", help="~300 pages, one round (CI)")
    ap.add_argument("--pages", type=int, help="mirror size (default 5000; 300 with --quick)")
    ap.add_argument("--rounds", type=int, help="A B rounds (default 3; 1 with --quick)")
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--items", type=int, default=10, help="CONCURRENT_ITEMS")
    ap.add_argument(
        "--parse-workers",
        type=int,
        help="CITYCRAWL_PARSE_WORKERS of crawl (b) (default: the setting's, one per spare core)",
    )
    ap.add_argument(
        "--only",
        default="crawl,parsing,dates,dataset,warc",
        help="comma-separated subset of crawl,parsing,dates,dataset,warc",
    )
    ap.add_argument("--profile", action="store_true", help="also profile one crawl (b) with py-spy")
    ap.add_argument("--keep", action="store_true", help="keep the temp dir (mirror, logs)")
    ap.add_argument("--out", type=Path, default=RESULTS / "bench.json")
    args = ap.parse_args()
    pages = args.pages or (300 if args.quick else 5000)
    rounds = args.rounds or (1 if args.quick else 3)
    only = set(args.only.split(","))
    started = time.perf_counter()
    settings = shared_settings(args.concurrency, args.items)
    if args.parse_workers is not None:
        settings["CITYCRAWL_PARSE_WORKERS"] = str(args.parse_workers)

    results: dict[str, Any] = {
        "machine": machine(),
        "mode": "quick" if args.quick else "full",
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    print(f"machine: {json.dumps(results['machine'])}", flush=True)
    with workspace(args.keep) as tmp:
        web = tmp / "www"
        if only & {"crawl", "parsing"}:
            port = free_port()
            origin = f"http://127.0.0.1:{port}"
            t0 = time.perf_counter()
            info = mirror_gen.generate(web, origin, pages)
            for path in [web, *web.rglob("*")]:
                if path.is_dir():
                    path.chmod(0o755)
            print(
                f"mirror: {info['files']} pages, {info['bytes'] / 2**20:.0f} MiB, "
                f"generated in {time.perf_counter() - t0:.1f} s",
                flush=True,
            )
            results["mirror"] = {k: v for k, v in info.items() if k != "start_urls"}
        if "crawl" in only:
            with Nginx(web, port, tmp / "nginx") as nginx:
                check_mirror(origin, info)
                print("1. end to end (A = bare Scrapy, B = scrapy crawl eurocities)", flush=True)
                results["end_to_end"] = end_to_end(info, nginx, rounds, settings, tmp)
                if args.profile:
                    print("   profiling one crawl (b) with py-spy", flush=True)
                    prof = profile_crawl(info, settings, tmp)
                    results["profile"] = prof
                    print(f"   {prof['samples']} samples; self time:")
                    for name, pct in prof["self_top"]:
                        print(f"   {pct:5.1f}%  {name}")
                    print("   inclusive (project, lxml, Scrapy core):")
                    for name, pct in prof["inclusive_top"]:
                        print(f"   {pct:5.1f}%  {name}")
        if "parsing" in only:
            print("2. parsing layer", flush=True)
            samples = {**sample_pages(web, info, 60 if args.quick else 300), **network_pages()}
            results["parsing"] = parsing_layer(
                samples, 1 if args.quick else 5, 60 if args.quick else 300
            )
    if "dates" in only:
        print("3. dates: bench/bench_dates.py", flush=True)
        results["dates"] = run_script("bench_dates.py", args.quick)
    if "dataset" in only:
        print("4. dataset: bench/bench_dataset.py", flush=True)
        results["dataset"] = run_script("bench_dataset.py", args.quick)
    if "warc" in only:
        print("5. WARC import: bench/bench_warc.py", flush=True)
        results["warc"] = run_script("bench_warc.py", args.quick)
    results["seconds"] = round(time.perf_counter() - started, 1)
    print_table(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, default=str) + "\n", encoding="utf-8")
    print(f"\n{results['seconds']} s; written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
