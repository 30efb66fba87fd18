"""``citycrawl nightly --scrapyd URL[,URL…]``: the night's networks as Scrapyd jobs.

The project egg is built once (``deploy/scrapyd-deploy.sh --build-egg``) and added to
every node (``addversion.json``, version = the night's epoch seconds, so each night's
jobs run the code deployed that night). A node that does not answer is left out; the
networks are dealt round-robin over the nodes that did (``schedule.json`` with the
spider, its ``-a`` arguments and ``-s`` settings, ``CITYCRAWL_OUTPUT_DIR`` the path all
nodes share). ``listjobs.json`` is polled until every job is finished or lost: a node
unreachable for longer than the grace period, or one that no longer knows the job
(restarted), has lost it. Each network's run report is then read from the shared output
and judged by the same :func:`citycrawl.cli.judge` as a local nightly; a job that ended
without writing a new report (the node died, the crawl crashed) is a failed network.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

import requests

if TYPE_CHECKING:
    from citycrawl.cli import NightlyOutcome

#: The Scrapyd project name the egg is deployed under (scrapy.cfg's ``[deploy]``).
PROJECT = "citycrawl"
#: Seconds between two ``listjobs.json`` polls of a node.
POLL_SECONDS = 2.0
#: Seconds a single Scrapyd request may take before the node counts as unreachable.
REQUEST_TIMEOUT = 30.0


class ScrapydError(RuntimeError):
    """A Scrapyd node answered, but not with ``"status": "ok"``."""


@dataclass(slots=True)
class Job:
    """One network's job: where it runs and how it ended (``None`` while it runs)."""

    network: str
    node: str
    job_id: str
    #: ``"finished"`` (Scrapyd says so) or ``"lost"`` (why is in ``detail``).
    end: str | None = None
    detail: str = ""
    log_url: str = ""


def call(node: str, endpoint: str, method: str = "GET", **kwargs: Any) -> dict[str, Any]:
    """One Scrapyd API call; raises ``requests.RequestException`` when the node cannot be
    reached and :class:`ScrapydError` when it refuses."""
    response = requests.request(
        method, f"{node.rstrip('/')}/{endpoint}", timeout=REQUEST_TIMEOUT, **kwargs
    )
    response.raise_for_status()
    answer: dict[str, Any] = response.json()
    if answer.get("status") != "ok":
        raise ScrapydError(f"{node} {endpoint}: {answer.get('message', answer)}")
    return answer


def build_egg(project_dir: Path, target: Path) -> Path:
    """The project egg, built by ``deploy/scrapyd-deploy.sh`` in a clean copy."""
    env = dict(os.environ)
    # scrapyd-deploy is installed beside this interpreter (the ops extra).
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    subprocess.run(
        [str(project_dir / "deploy" / "scrapyd-deploy.sh"), "local", "--build-egg", str(target)],
        check=True,
        capture_output=True,
        env=env,
        timeout=300,
    )
    return target


def deploy(nodes: Sequence[str], egg: Path, version: str) -> list[str]:
    """Add ``egg`` as ``version`` to every node; the nodes that took it (one line each for
    those that did not)."""
    alive = []
    for node in nodes:
        try:
            with egg.open("rb") as handle:
                call(
                    node,
                    "addversion.json",
                    "POST",
                    data={"project": PROJECT, "version": version},
                    files={"egg": handle},
                )
        except (requests.RequestException, ScrapydError, ValueError) as exc:
            print(f"citycrawl nightly: node {node} left out: {exc}", file=sys.stderr, flush=True)
            continue
        alive.append(node)
    return alive


def schedule(
    nodes: Sequence[str],
    spider_args: Mapping[str, Mapping[str, str]],
    settings: Mapping[str, str],
    version: str,
) -> list[Job]:
    """One job per network, dealt round-robin over ``nodes``. A network no node would
    take is returned as a lost job."""
    jobs = []
    for index, (network, arguments) in enumerate(spider_args.items()):
        node = nodes[index % len(nodes)]
        data: dict[str, Any] = {
            **arguments,
            "project": PROJECT,
            "spider": network,
            "_version": version,
            "setting": [f"{name}={value}" for name, value in settings.items()],
        }
        try:
            job_id = str(call(node, "schedule.json", "POST", data=data)["jobid"])
        except (requests.RequestException, ScrapydError, ValueError, KeyError) as exc:
            jobs.append(Job(network, node, "", "lost", f"not scheduled on {node}: {exc}"))
            continue
        jobs.append(Job(network, node, job_id))
    return jobs


def _poll_node(node: str, jobs: Sequence[Job]) -> None:
    """Mark the node's jobs Scrapyd reports finished, or no longer knows, as ended."""
    listed = call(node, "listjobs.json", params={"project": PROJECT})
    finished = {str(j["id"]): j for j in listed.get("finished", [])}
    known = finished.keys() | {str(j["id"]) for j in listed["pending"] + listed["running"]}
    for job in jobs:
        if job.job_id in finished:
            log_url = str(finished[job.job_id].get("log_url") or "")
            # Scrapyd gives the job log's path on the node; the node's address makes it a link.
            job.end, job.log_url = "finished", urljoin(node, log_url) if log_url else ""
        elif job.job_id not in known:
            job.end, job.detail = "lost", f"{node} no longer knows job {job.job_id} (restarted?)"


def wait(jobs: Sequence[Job], *, timeout: float, grace: float) -> None:
    """Poll every node until all ``jobs`` have ended (finished or lost).

    A node unreachable for ``grace`` seconds in a row has lost its jobs; jobs still
    running after ``timeout`` seconds are lost too (the nightly must end).
    """
    deadline = time.monotonic() + timeout
    unreachable_since: dict[str, float] = {}
    while True:
        running = [job for job in jobs if job.end is None]
        if not running:
            return
        for node in dict.fromkeys(job.node for job in running):
            mine = [job for job in running if job.node == node]
            try:
                _poll_node(node, mine)
                unreachable_since.pop(node, None)
            except (requests.RequestException, ScrapydError, ValueError, KeyError) as exc:
                since = unreachable_since.setdefault(node, time.monotonic())
                if time.monotonic() - since >= grace:
                    for job in mine:
                        job.end = "lost"
                        job.detail = f"node {node} unreachable for {grace:.0f}s ({exc})"
        if time.monotonic() > deadline:
            for job in jobs:
                if job.end is None:
                    job.end, job.detail = "lost", f"still running after {timeout:.0f}s"
            return
        time.sleep(POLL_SECONDS)


def night_version(now: dt.datetime | None = None) -> str:
    """The version the night's egg is deployed as: epoch seconds (Scrapyd runs the
    highest version; these sort as numbers)."""
    return str(int((now or dt.datetime.now(dt.UTC)).timestamp()))


def run_jobs(
    nodes: Sequence[str],
    project_dir: Path,
    spider_args: Mapping[str, Mapping[str, str]],
    settings: Mapping[str, str],
    *,
    timeout: float,
    grace: float,
) -> list[Job]:
    """Build and deploy the egg, schedule every network, wait; the ended jobs.

    With no node reachable, every network's job is lost (nothing was scheduled).
    """
    version = night_version()
    with tempfile.TemporaryDirectory(prefix="citycrawl-egg-") as tmp:
        egg = build_egg(project_dir, Path(tmp) / f"citycrawl-{version}.egg")
        alive = deploy(nodes, egg, version)
    if not alive:
        why = f"no Scrapyd node answered ({', '.join(nodes)})"
        return [Job(network, "", "", "lost", why) for network in spider_args]
    jobs = schedule(alive, spider_args, settings, version)
    wait(jobs, timeout=timeout, grace=grace)
    return jobs


def nightly(
    nodes: Sequence[str],
    output: Path,
    *,
    spider_args: Mapping[str, Mapping[str, str]],
    settings: Mapping[str, str],
    full: bool = False,
    timeout: float,
    grace: float,
) -> int:
    """``citycrawl nightly`` over Scrapyd ``nodes``: one line per network, the night's
    overview page, the worst exit status (as ``nightly --all`` does locally)."""
    from citycrawl.cli import EXIT_OK, EXIT_USAGE, PROJECT_DIR, newest_report, usage_problem, worst
    from citycrawl.monitoring.overview import NetworkNight, write_overview
    from citycrawl.monitoring.report import reports_dir

    started = dt.datetime.now(dt.UTC)
    nights = []
    runnable: dict[str, dict[str, str]] = {}
    for name, given in spider_args.items():
        arguments = {**given, **({"full": "1"} if full else {})}
        problem = usage_problem(name, arguments, settings)
        if problem is None:
            runnable[name] = arguments
            continue
        # Caught here, not in a node's job log: the same checks scrapy crawl makes first.
        print(f"citycrawl nightly: {name}: FAILED: bad arguments: {problem}", file=sys.stderr)
        nights.append(NetworkNight(name, EXIT_USAGE, f"bad arguments: {problem}"))
    before = {name: set(reports_dir(output, name).glob("*.json")) for name in runnable}
    # The nodes write where this machine reads: the shared output, the same path on all.
    shared = {**settings, "CITYCRAWL_OUTPUT_DIR": str(output)}
    for job in run_jobs(nodes, PROJECT_DIR, runnable, shared, timeout=timeout, grace=grace):
        outcome = _verdict(
            job, newest_report(reports_dir(output, job.network), before[job.network])
        )
        ok = outcome.status == EXIT_OK
        print(
            f"citycrawl nightly: {job.network}: {'OK' if ok else 'FAILED'}: {outcome.message}"
            f" (on {job.node or 'no node'})",
            file=sys.stdout if ok else sys.stderr,
            flush=True,
        )
        nights.append(NetworkNight(job.network, outcome.status, outcome.message))
    page = write_overview(output, nights, started)
    print(f"citycrawl nightly: the night's overview: {page}", flush=True)
    return worst(night.status for night in nights)


def _verdict(job: Job, report: Mapping[str, object] | None) -> NightlyOutcome:
    """A job's verdict: lost or without a new report, it failed; else :func:`judge`."""
    from citycrawl.cli import EXIT_CRAWL_FAILED, NightlyOutcome, judge

    where = job.log_url or f"job {job.job_id} on {job.node}"
    if job.end == "lost":
        return NightlyOutcome(EXIT_CRAWL_FAILED, f"the job was lost: {job.detail}")
    if report is None:
        # Scrapyd does not say how a job's process exited: no new report means it died.
        return NightlyOutcome(
            EXIT_CRAWL_FAILED,
            f"the job ended without writing a run report (node or crawl died); see {where}",
        )
    return judge(0, report, where)
