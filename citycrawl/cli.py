"""The ``citycrawl`` command.

``citycrawl demo`` serves the bundled mirror of every registered network on 127.0.0.1,
runs the real ``scrapy crawl <network>`` against each, and prints per network where the
dataset went and what is in it. It needs no internet.

``citycrawl repair`` checks every file of the datasets in ``--output`` (or the one named
by ``--network``) and rebuilds what is damaged from the history (docs/operations.md).

``citycrawl nightly`` is the scheduled entry point (docs/operations.md): it runs the
crawl (incremental unless ``--full``) with its log in a rotated file, reads the run
report the crawl wrote, and exits 0 when all went well; otherwise it prints one line
saying why and exits 1 (the crawl or the commit failed), 2 (bad arguments), 3 (the
data-quality checks failed) or 4 (the dataset was written by newer code).

``citycrawl import-warc FILE… [--network NAME] [--output-dir DIR] [--workers N]`` reads
the pages stored in WARC files through the crawl's parsers into the dataset
(:mod:`citycrawl.archive.importer`, docs/archive.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from citycrawl.mirror import bundled_mirror
from citycrawl.monitoring.overview import NetworkNight
from citycrawl.outcome import EXIT_DATASET_NEWER, OK_FINISH_REASONS

PROJECT_DIR = Path(__file__).resolve().parent.parent

#: Politeness settings are for the real site; a loopback mirror needs none of them.
#: Nor parse workers: a worker's start (a fresh interpreter loading the parsers and the
#: gazetteer, about 3 s of CPU) outweighs its parsing of a mirror's few dozen pages, and
#: mirror crawls run side by side (the demo's, the tests'). ``-s
#: CITYCRAWL_PARSE_WORKERS=N`` after these still asks for workers.
LOOPBACK_SETTINGS: Mapping[str, str] = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "8",
    "CITYCRAWL_PARSE_WORKERS": "0",
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


#: Fields whose coverage the demo prints, per layout: event fields over events only,
#: ``published`` over the rest (an event's card date is its event date).
_SUMMARY_FIELDS = ("title", "summary", "body", "categories", "themes", "authors")
_EVENT_FIELDS = ("event_start", "event_end", "event_starts_at", "location", "is_online")
_OTHER_FIELDS = ("published",)


def _filled(frame: Any, column: str) -> int:
    values = frame[column]
    if str(values.dtype).startswith("list"):
        return int((values.list.len() > 0).fillna(False).sum())
    return int(values.notna().sum())


def summary(output: Path, name: str = "eurocities") -> str:
    """What a crawl left in ``output``: where, how many, which fields are filled."""
    from citycrawl.dataset.loader import load
    from citycrawl.monitoring.report import reports_dir

    frame = load(name, output_dir=output)
    layouts = sorted(frame["layout"].unique())
    by_type = frame["item_type"].value_counts()
    lines = [
        f"Dataset: {output / name}  ({len(frame)} documents, one row each)",
        "  by type: " + ", ".join(f"{t} {n}" for t, n in by_type.items()),
        f"  {'fields filled':<18}" + "".join(f"{layout:>16}" for layout in layouts),
    ]
    parts = {layout: frame[frame["layout"] == layout] for layout in layouts}
    events = {k: v[v["item_type"] == "event"] for k, v in parts.items()}
    others = {k: v[v["item_type"] != "event"] for k, v in parts.items()}
    for column in (*_SUMMARY_FIELDS, *_OTHER_FIELDS, *_EVENT_FIELDS):
        source = events if column in _EVENT_FIELDS else others if column in _OTHER_FIELDS else parts
        cells = "".join(f"{f'{_filled(source[k], column)}/{len(source[k])}':>16}" for k in layouts)
        lines.append(f"    {column:<16}{cells}")
    report = reports_dir(output, name) / "latest.html"
    if report.exists():
        lines.append(f"Run report: {report}")
    lines.append(f'Read it: citycrawl.load("{name}", output_dir="{output}") (see README)')
    return "\n".join(lines)


def _demo_crawl(network: str, output: Path) -> tuple[int, str]:
    """Serve ``network``'s bundled mirror, crawl it in full; the exit status and the log."""
    server, paths = bundled_mirror(network)
    with server as mirror:
        command = crawl_command(
            # A full crawl: the demo shows everything the mirror holds, every time.
            {"start_urls": ",".join(mirror.origin + path for path in paths), "full": "1"},
            {
                **LOOPBACK_SETTINGS,
                "CITYCRAWL_OUTPUT_DIR": str(output),
                "LOG_LEVEL": "WARNING",
            },
            spider=network,
        )
        result = subprocess.run(
            command, env=crawl_environment(), capture_output=True, text=True, check=False
        )
    return result.returncode, result.stdout + result.stderr


def crawls_at_a_time(jobs: int | None, crawls: int) -> int:
    """``jobs`` crawls at a time (default: one per core), never more than there are."""
    return max(1, min(crawls, jobs or os.cpu_count() or 1))


def demo(output: Path, jobs: int | None = None) -> int:
    """Crawl every registered network's bundled mirror into ``output``, ``jobs`` crawls at
    a time (default: one per core); print one summary per network. Returns the worst
    exit status."""
    from citycrawl.sites import all_sites

    names = [site.name for site in all_sites()]
    workers = crawls_at_a_time(jobs, len(names))
    print(
        f"Serving the bundled mirrors of {len(names)} networks on 127.0.0.1; crawling them "
        f"({workers} at a time)...",
        flush=True,
    )
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = dict(zip(names, pool.map(lambda n: _demo_crawl(n, output), names), strict=True))
    status = 0
    for name in names:
        returncode, log = results[name]
        print(f"\n== {name} ==", flush=True)
        if log.strip():
            # Captured so parallel crawls do not interleave; shown under their network.
            print(log.rstrip(), file=sys.stderr, flush=True)
        if returncode != 0:
            print(
                f"{name}: the crawl failed (exit {returncode}); see its log above.", file=sys.stderr
            )
            status = max(status, returncode)
            continue
        print(summary(output, name), flush=True)
    return status


#: Exit statuses of ``citycrawl nightly``.
EXIT_OK, EXIT_CRAWL_FAILED, EXIT_USAGE, EXIT_CHECKS_FAILED = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class NightlyOutcome:
    """The verdict of one nightly run: exit status and the one line that says why."""

    status: int
    message: str


def _pairs(values: Sequence[str], flag: str) -> dict[str, str]:
    """``NAME=VALUE`` strings as a dict; ``ValueError`` (one line) for any other shape."""
    pairs = {}
    for value in values:
        name, sep, rest = value.partition("=")
        if not sep or not name:
            raise ValueError(f"{flag} expects NAME=VALUE, got {value!r}")
        pairs[name] = rest
    return pairs


def usage_problem(
    spider: str, spider_args: Mapping[str, str], settings: Mapping[str, str]
) -> str | None:
    """What is wrong with a crawl's ``-a`` arguments and ``-s`` settings, in one line,
    or ``None``: the checks ``scrapy crawl`` makes before its reactor starts."""
    from scrapy.exceptions import UsageError

    from citycrawl import sites
    from citycrawl.settings_schema import SettingError, check_settings
    from citycrawl.spiders.network import CrawlArguments

    try:
        check_settings(settings)
    except SettingError as exc:
        return f"-s {exc}"
    try:
        CrawlArguments.from_strings(dict(spider_args), sites.get(spider).profile)
    except (UsageError, KeyError) as exc:
        return str(exc).strip("'\"")
    return None


def rotate_logs(log_dir: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` nightly logs; return the deleted ones."""
    logs = sorted(log_dir.glob("nightly-*.log"))
    doomed = logs[: max(len(logs) - keep, 0)]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def judge(
    returncode: int, report: Mapping[str, object] | None, log_file: Path | str
) -> NightlyOutcome:
    """The nightly verdict from the crawl's exit status and its run report (pure)."""
    if returncode == 2:
        return NightlyOutcome(EXIT_USAGE, f"bad crawl arguments; see {log_file}")
    if returncode == EXIT_DATASET_NEWER:
        return NightlyOutcome(
            EXIT_DATASET_NEWER,
            "the dataset was written by newer citycrawl code (a higher schema version); "
            "nothing was crawled; upgrade citycrawl",
        )
    if report is None:
        return NightlyOutcome(
            EXIT_CRAWL_FAILED,
            f"the crawl exited {returncode} and wrote no run report; see {log_file}",
        )
    if report.get("nothing_fetched"):
        return NightlyOutcome(
            EXIT_CRAWL_FAILED,
            "the crawl could fetch none of its start pages (a wrong base_url, or the site "
            f"is down); nothing was published; see {log_file}",
        )
    if report.get("commit_failed"):
        return NightlyOutcome(
            EXIT_CRAWL_FAILED,
            f"the dataset commit failed, nothing of run {report.get('run_id')} was "
            f"published; see {log_file}",
        )
    reason = report.get("finish_reason")
    if reason not in OK_FINISH_REASONS:
        return NightlyOutcome(
            EXIT_CRAWL_FAILED, f"the crawl closed with reason {reason!r}; see {log_file}"
        )
    if returncode != 0:
        return NightlyOutcome(EXIT_CRAWL_FAILED, f"the crawl exited {returncode}; see {log_file}")
    checks = report.get("checks")
    failures = checks.get("failures", []) if isinstance(checks, dict) else []
    if failures:
        first = failures[0]
        more = f" (+{len(failures) - 1} more in the report)" if len(failures) > 1 else ""
        return NightlyOutcome(
            EXIT_CHECKS_FAILED,
            f"data-quality check {first['monitor']} failed: {first['message']}{more}",
        )
    dataset = report.get("dataset")
    counts = dataset if isinstance(dataset, dict) else {}
    warnings = checks.get("warnings", []) if isinstance(checks, dict) else []
    # A warning (a field's strategy shifted) is named on the OK line, never failed on.
    warned = f"; warning: {warnings[0]['message']}" if warnings else ""
    return NightlyOutcome(
        EXIT_OK,
        f"{report.get('items')} items fetched (new {counts.get('new', 0)}, changed "
        f"{counts.get('changed', 0)}, unchanged {counts.get('unchanged', 0)}){warned}",
    )


def newest_report(reports: Path, before: set[Path]) -> dict[str, Any] | None:
    """The latest run report in ``reports`` that was not among ``before`` (``None``: the
    run wrote none)."""
    new_reports = sorted(set(reports.glob("*.json")) - before) if reports.exists() else []
    candidates = [json.loads(p.read_text(encoding="utf-8")) for p in new_reports]
    return max(candidates, key=lambda r: r.get("started_at") or "", default=None)


def nightly(
    output: Path,
    log_dir: Path,
    *,
    spider_args: Mapping[str, str],
    settings: Mapping[str, str],
    full: bool = False,
    keep_logs: int = 30,
    spider: str = "eurocities",
    nights: list[NetworkNight] | None = None,
) -> int:
    """Run one nightly crawl and report; returns the exit status (see the module doc).

    ``nights``: where ``nightly --all`` collects each network's verdict.
    """
    from citycrawl.monitoring.report import reports_dir

    args = {**spider_args, **({"full": "1"} if full else {})}
    label = f"citycrawl nightly: {spider}:" if nights is not None else "citycrawl nightly:"
    problem = usage_problem(spider, args, settings)
    if problem is not None:
        print(f"{label} FAILED: bad arguments: {problem}", file=sys.stderr, flush=True)
        if nights is not None:
            nights.append(NetworkNight(spider, EXIT_USAGE, f"bad arguments: {problem}"))
        return EXIT_USAGE
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / f"nightly-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S%fZ}.log"
    reports = reports_dir(output, spider)
    before = set(reports.glob("*.json")) if reports.exists() else set()
    command = crawl_command(
        args,
        {**settings, "CITYCRAWL_OUTPUT_DIR": str(output), "LOG_FILE": str(log_file)},
        spider=spider,
    )
    result = subprocess.run(command, env=crawl_environment(), check=False)
    report = newest_report(reports, before)
    outcome = judge(result.returncode, report, log_file)
    rotate_logs(log_dir, keep_logs)
    where = f"; report {reports / (str(report['run_id']) + '.html')}" if report else ""
    if outcome.status == EXIT_OK:
        print(f"{label} OK: {outcome.message}{where}", flush=True)
    else:
        print(f"{label} FAILED: {outcome.message}{where}", file=sys.stderr, flush=True)
    if nights is not None:
        nights.append(NetworkNight(spider, outcome.status, outcome.message))
    return outcome.status


def _network_args(values: Sequence[str], names: Sequence[str]) -> dict[str, dict[str, str]]:
    """Each network's ``-a`` arguments: ``NAME=VALUE`` for all, ``NETWORK:NAME=VALUE`` for
    one (``-a c40:base_url=https://mirror.example``)."""
    per_network: dict[str, dict[str, str]] = {name: {} for name in names}
    for key, value in _pairs(values, "-a").items():
        network, sep, argument = key.partition(":")
        targets = [network] if sep else list(names)
        for target in targets:
            if target not in per_network:
                print(f"citycrawl nightly: -a {key}: {target} is not run", file=sys.stderr)
                raise SystemExit(EXIT_USAGE)
            per_network[target][argument if sep else key] = value
    return per_network


#: Exit statuses from best to worst: ``nightly --all`` exits with the worst of its runs.
_SEVERITY = (EXIT_OK, EXIT_CHECKS_FAILED, EXIT_CRAWL_FAILED, EXIT_DATASET_NEWER, EXIT_USAGE)


def worst(statuses: Iterable[int]) -> int:
    """The worst of these exit statuses (:data:`EXIT_OK` for none)."""
    return max(statuses, key=_SEVERITY.index, default=EXIT_OK)


def nightly_all(
    output: Path,
    log_dir: Path,
    *,
    spider_args: Mapping[str, Mapping[str, str]],
    settings: Mapping[str, str],
    full: bool = False,
    keep_logs: int = 30,
    jobs: int | None = None,
) -> int:
    """``nightly`` for every network in ``spider_args`` (name → its ``-a`` arguments),
    ``jobs`` crawls at a time (default: one per core; each network is its own site, so
    politeness is unchanged), then the night's overview page; the worst exit status."""
    from citycrawl.monitoring.overview import write_overview

    started = dt.datetime.now(dt.UTC)
    nights: list[NetworkNight] = []

    def run(name: str) -> None:
        nightly(
            output,
            log_dir / name,
            spider_args=spider_args[name],
            settings=settings,
            full=full,
            keep_logs=keep_logs,
            spider=name,
            nights=nights,
        )

    workers = crawls_at_a_time(jobs, len(spider_args))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(run, spider_args))
    order = list(spider_args)
    nights.sort(key=lambda night: order.index(night.name))
    page = write_overview(output, nights, started)
    print(f"citycrawl nightly: the night's overview: {page}", flush=True)
    return worst(night.status for night in nights)


def _calendar_rows(
    networks: list[str], output: Path, since: dt.date | None
) -> Iterator[dict[str, Any]]:
    from citycrawl.dataset.loader import iter_rows

    for network in networks:
        for row in iter_rows(network, "event", output_dir=output):
            last_day = row["event_end"] or row["event_start"]
            if since is None or (last_day is not None and last_day >= since):
                yield row


def export_ics(
    networks: list[str], output: Path, target: Path | None, since: dt.date | None
) -> int:
    """``citycrawl export ics``: the events of ``networks`` as one RFC 5545 calendar."""
    from citycrawl.calendar import write_calendar

    missing = [n for n in networks if not (output / n).exists()]
    if missing:
        print(f"citycrawl export: no dataset {', '.join(missing)} in {output}", file=sys.stderr)
        return 1
    name = " + ".join(networks) + " events"
    rows = _calendar_rows(networks, output, since)
    if target is None:
        count = write_calendar(rows, sys.stdout, name)
    else:
        # Written beside the target and renamed: a subscribed calendar never reads half.
        partial = target.with_name(target.name + ".partial")
        with open(partial, "w", encoding="utf-8", newline="") as fh:
            count = write_calendar(rows, fh, name)
        partial.replace(target)
    print(f"citycrawl export: {count} events", file=sys.stderr)
    return 0


def _export_parser(commands: Any) -> None:
    export = commands.add_parser("export", help="write the datasets in another format")
    formats = export.add_subparsers(dest="format", required=True)
    ics = formats.add_parser("ics", help="events as an RFC 5545 calendar (.ics)")
    ics.add_argument(
        "--network", action="append", default=[], help="dataset name (repeatable; default: all)"
    )
    ics.add_argument(
        "--since", type=dt.date.fromisoformat, help="events ending on or after YYYY-MM-DD"
    )
    ics.add_argument("--upcoming", action="store_true", help="events ending today or later")
    ics.add_argument("-o", dest="target", type=Path, help="file to write (default: stdout)")
    ics.add_argument("--output", type=Path, default=Path("output"), help="datasets' folder")


def _import_warc_parser(commands: Any) -> None:
    warc_parser = commands.add_parser(
        "import-warc", help="read pages stored in WARC files into the dataset"
    )
    warc_parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    warc_parser.add_argument("--network", help="read every page as this network's")
    warc_parser.add_argument("--output-dir", type=Path, default=Path("output"))
    warc_parser.add_argument("--workers", type=int, help="parsing processes (one per core)")


def _datasets(output: Path) -> list[str]:
    """Names of the datasets in ``output`` (each has a ``_<name>`` store)."""
    if not output.is_dir():
        return []
    return sorted(p.name[1:] for p in output.iterdir() if p.name.startswith("_") and p.is_dir())


def repair(output: Path, names: Sequence[str]) -> int:
    """Check and repair the datasets ``names`` (all in ``output`` if none); exit status.

    One line per dataset. 0: healthy or repaired; 1: a full crawl is needed, or the
    dataset could not be opened (locked, unwritable, beyond repair); 4: written by newer
    code (left alone).
    """
    from citycrawl.dataset import DatasetError, DatasetNewerError
    from citycrawl.dataset.writer import repair_dataset

    logging.basicConfig(level=logging.WARNING, format="citycrawl repair: %(message)s")
    status = EXIT_OK
    for name in names or _datasets(output):
        try:
            version, manifest = repair_dataset(output, name)
        except DatasetError as exc:
            print(f"citycrawl repair: {name}: {exc}", file=sys.stderr, flush=True)
            newer = isinstance(exc, DatasetNewerError)
            status = max(status, EXIT_DATASET_NEWER if newer else EXIT_CRAWL_FAILED)
            continue
        where = f"{version.path.name}, {version.info.get('rows')} documents" if version else "empty"
        if manifest is None:
            print(f"citycrawl repair: {name}: healthy ({where})", flush=True)
            continue
        report = manifest["repair"]
        line = (
            f"{name}: damaged {', '.join(report['damaged'])}; repaired ({where}): "
            f"{report['rebuilt_documents']} documents rebuilt from the history, "
            f"{report['lost_documents']} lost"
        )
        if report["full_crawl_needed"]:
            line += "; run a full crawl: citycrawl nightly --full"
            status = max(status, EXIT_CRAWL_FAILED)
        print(f"citycrawl repair: {line}", flush=True)
    return status


def _repair_parser(commands: Any) -> None:
    repair_parser = commands.add_parser(
        "repair", help="check every dataset file, rebuild what is damaged from the history"
    )
    repair_parser.add_argument("--output", type=Path, default=Path("output"))
    repair_parser.add_argument(
        "--network", action="append", default=[], metavar="NAME", help="dataset (default: all)"
    )


def _scrapyd_arguments(nightly_parser: Any) -> None:
    nightly_parser.add_argument(
        "--scrapyd",
        metavar="URL[,URL…]",
        help="run the networks as jobs on these Scrapyd nodes (output: a path all share)",
    )
    nightly_parser.add_argument(
        "--scrapyd-timeout",
        type=float,
        default=6 * 3600,
        metavar="SECONDS",
        help="jobs still running after this are failed (6 h)",
    )
    nightly_parser.add_argument(
        "--scrapyd-grace",
        type=float,
        default=120,
        metavar="SECONDS",
        help="a node unreachable this long has lost its jobs (120)",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="citycrawl", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    demo_parser = commands.add_parser("demo", help="crawl the bundled mirror, print a summary")
    demo_parser.add_argument("--output", type=Path, default=Path("output"))
    demo_parser.add_argument("--jobs", type=int, help="crawls at a time (default: one per core)")
    nightly_parser = commands.add_parser(
        "nightly", help="the scheduled crawl: incremental run, report, exit status"
    )
    nightly_parser.add_argument("--output", type=Path, default=Path("output"))
    nightly_parser.add_argument("--log-dir", type=Path, default=Path("logs"))
    nightly_parser.add_argument("--keep-logs", type=int, default=30, help="logs kept (30)")
    nightly_parser.add_argument("--full", action="store_true", help="force a full recrawl")
    which = nightly_parser.add_mutually_exclusive_group()
    which.add_argument(
        "--network",
        action="append",
        default=[],
        metavar="NAME",
        help="the network (default eurocities); repeat it to run several, as --all does",
    )
    which.add_argument(
        "--all", action="store_true", help="every registered network, and the night's overview"
    )
    nightly_parser.add_argument(
        "--jobs", type=int, help="with several networks: crawls at a time (one per core)"
    )
    nightly_parser.add_argument(
        "-a", dest="spider_args", action="append", default=[], metavar="NAME=VALUE"
    )
    nightly_parser.add_argument(
        "-s", dest="settings", action="append", default=[], metavar="NAME=VALUE"
    )
    _scrapyd_arguments(nightly_parser)
    _export_parser(commands)
    _import_warc_parser(commands)
    _repair_parser(commands)
    args = parser.parse_args(argv)
    if args.command == "repair":
        return repair(args.output.resolve(), args.network)
    if args.command == "export":
        from citycrawl.sites import all_sites

        since = dt.datetime.now(dt.UTC).date() if args.upcoming else args.since
        networks = args.network or [
            site.name for site in all_sites() if (args.output / site.name).exists()
        ]
        return export_ics(networks, args.output.resolve(), args.target, since)
    if args.command == "import-warc":
        from citycrawl.archive.importer import command

        return command(args.files, args.network, args.output_dir, args.workers)
    if args.command == "demo":
        return demo(args.output.resolve(), args.jobs)
    if args.command == "nightly":
        return _nightly_command(args)
    parser.error(f"unknown command {args.command}")  # exits with status 2


def _nightly_command(args: argparse.Namespace) -> int:
    """``citycrawl nightly`` for one network or several, here or over Scrapyd nodes; a
    malformed ``-a``/``-s`` is one line and exit status 2."""
    from citycrawl.settings_schema import SettingError, check_settings

    several = args.all or len(args.network) > 1 or bool(args.scrapyd)
    try:
        if args.jobs is not None and args.jobs < 1:
            raise ValueError("--jobs: expected a whole number ≥ 1")
        settings = _pairs(args.settings, "-s")
        try:
            check_settings(settings)  # once, not once per network
        except SettingError as exc:
            raise ValueError(f"-s {exc}") from None
        if several:
            from citycrawl.sites import all_sites

            names = [site.name for site in all_sites()] if args.all else args.network
            names = names or ["eurocities"]
            per_network = _network_args(args.spider_args, names)
        else:
            spider_args = _pairs(args.spider_args, "-a")
    except ValueError as exc:
        print(f"citycrawl nightly: FAILED: bad arguments: {exc}", file=sys.stderr, flush=True)
        return EXIT_USAGE
    output, log_dir, keep_logs = (
        args.output.resolve(),
        args.log_dir.resolve(),
        max(args.keep_logs, 1),
    )
    if args.scrapyd:
        from citycrawl import cluster

        return cluster.nightly(
            [url.strip() for url in args.scrapyd.split(",") if url.strip()],
            output,
            spider_args=per_network,
            settings=settings,
            full=args.full,
            timeout=args.scrapyd_timeout,
            grace=args.scrapyd_grace,
        )
    if several:
        return nightly_all(
            output,
            log_dir,
            spider_args=per_network,
            settings=settings,
            full=args.full,
            keep_logs=keep_logs,
            jobs=args.jobs,
        )
    return nightly(
        output,
        log_dir,
        spider_args=spider_args,
        settings=settings,
        full=args.full,
        keep_logs=keep_logs,
        spider=args.network[0] if args.network else "eurocities",
    )


if __name__ == "__main__":
    sys.exit(main())
