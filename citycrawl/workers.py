"""Per-page work in worker processes: a document page's bytes to its dataset row.

Most of a crawl's CPU time per page is pure work on the page: the layout's parse of
its bytes and URL, then the item pipelines that make and check a row (normalise,
language, cities, validate: those the settings order before the dedupe). Run in
Scrapy's process, it shares one core with downloading and scheduling; run here, in
worker processes, Scrapy's process only fetches, schedules, deduplicates and writes
(docs/performance.md). The WARC import (:mod:`citycrawl.archive.importer`) splits the
pipelines the same way.

:class:`RowPool` is the crawl's side: ``await pool.row(job)`` gives a
:class:`RowResult`, the row (or why there is none) with everything the page would have
counted and logged in the crawl process, for the spider to count and log there. A
worker's error is that page's error; a worker that dies breaks the pool
(:class:`~concurrent.futures.process.BrokenProcessPool`), which the spider turns into a
failed run. Workers are started with ``spawn`` (a fresh interpreter: forking Scrapy's
process would copy its threads' locks) and end with the process that started them.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import sys
import traceback
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from citycrawl.items import ParsedPage
from citycrawl.parsing.html import collect_charset_fixes
from citycrawl.parsing.model import PageParseError
from citycrawl.sites import Site

#: The pipelines split at the dedupe: those before it make a row out of a page and keep
#: no state across pages; the dedupe and those after it do (duplicates, events seen,
#: the dataset spool) and run where the run's other rows are.
DEDUPE = "pipelines.dedupe.DedupePipeline"
WRITER = "pipelines.dataset_writer.DatasetWriterPipeline"


def die_with_parent() -> None:
    """Worker initializer: on Linux, end the worker when the process that started it dies
    (a kill -9 of a crawl or an import must not leave parsers running)."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)


def pipeline_paths(settings: Any, *, before_dedupe: bool) -> list[Any]:
    """The item pipelines of ``settings`` (``ITEM_PIPELINES``, in order) on one side of
    the dedupe, the dataset writer left out (its job is the run's, not a row's)."""
    configured = {p: o for p, o in settings.getwithbase("ITEM_PIPELINES").items() if o is not None}
    cut = configured.get(DEDUPE, float("inf"))
    chosen = sorted(
        (order, str(path))
        for path, order in configured.items()
        if path != WRITER and (order < cut) == before_dedupe
    )
    return [path for _, path in chosen]


def build_pipelines(paths: list[Any], settings: Any) -> tuple[list[Any], Any]:
    """Pipelines ``paths`` built and opened as a crawl builds and opens them, on a
    crawler of their own (no engine runs); returns them and that crawler's stats."""
    import scrapy
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.misc import build_from_crawler, load_object

    crawler = Crawler(scrapy.Spider, settings)
    crawler.stats = MemoryStatsCollector(crawler)
    built = [build_from_crawler(load_object(path), crawler) for path in paths]
    for pipeline in built:
        if (open_spider := getattr(pipeline, "open_spider", None)) is not None:
            open_spider()
    return built, crawler.stats


@dataclass(frozen=True, slots=True)
class RowJob:
    """A fetched document page to read: its bytes, the layout to read them with and the
    :class:`~citycrawl.items.ParsedPage` fields the crawl knows (``url``, card, fetch)."""

    layout: str
    body: bytes
    content_type: str | None
    page: dict[str, Any]


@dataclass(slots=True)
class RowResult:
    """What reading one page gave, and what it would have counted and logged."""

    row: dict[str, Any] | None = None
    #: The layout refused the page: (reason, detail, traceback of a parser bug or "").
    parse_error: tuple[str, str, str] | None = None
    #: A pipeline dropped the row (``row`` is then the row it dropped): the
    #: :class:`DropItem` message and log level.
    dropped: tuple[str, str] | None = None
    charset_fixes: list[str] = field(default_factory=list)
    bad_links: int = 0
    field_sources: dict[str, str] = field(default_factory=dict)
    #: The pipelines' stats for this page (``citycrawl/date_issues``, drop reasons).
    stats: dict[str, Any] = field(default_factory=dict)
    #: Log records of the page as (logger name, level, message).
    logs: list[tuple[str, int, str]] = field(default_factory=list)


class _Worker:
    """A worker process's state: the network, its row pipelines, their stats, a log buffer."""

    def __init__(self, site: Site, paths: list[str], settings: dict[str, Any]) -> None:
        from scrapy.settings import Settings

        self.site = site
        self.records: list[logging.LogRecord] = []
        root = logging.getLogger()
        root.handlers = [_Buffer(self.records)]
        root.setLevel(settings.get("LOG_LEVEL", "DEBUG"))
        self.pipelines, self.stats = build_pipelines(paths, Settings(settings))

    def run(self, job: RowJob) -> RowResult:
        from scrapy.exceptions import DropItem

        self.records.clear()
        self.stats.clear_stats()
        result = RowResult()
        url = job.page["url"]
        item: Any = None
        try:
            with collect_charset_fixes() as fixes:
                document = self.site.layout(job.layout).read_document(
                    job.body, url, job.content_type
                )
            result.charset_fixes = fixes
            result.bad_links = document.bad_links
            result.field_sources = dict(document.field_sources)
            item = ParsedPage(document=document, **job.page)
            for pipeline in self.pipelines:
                item = pipeline.process_item(item)
            result.row = dict(item)
        except PageParseError as exc:
            cause = exc.__cause__ if exc.reason == "unexpected" else None
            result.parse_error = (exc.reason, exc.detail, _traceback(cause))
        except DropItem as exc:
            result.row = dict(item) if isinstance(item, dict) else None
            result.dropped = (str(exc), logging.getLevelName(exc.log_level or "WARNING"))
        except Exception as exc:  # a pipeline's bug: this page's error, never the run's
            detail = f"{type(exc).__name__}: {exc}"
            result.parse_error = ("unexpected", detail, _traceback(exc))
        result.stats = self.stats.get_stats()
        result.logs = [(r.name, r.levelno, _message(r)) for r in self.records]
        return result


class _Buffer(logging.Handler):
    def __init__(self, records: list[logging.LogRecord]) -> None:
        super().__init__()
        self.records = records

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _traceback(exc: BaseException | None) -> str:
    return "".join(traceback.format_exception(exc)) if exc is not None else ""


def _message(record: logging.LogRecord) -> str:
    text = record.getMessage()
    if record.exc_info:
        text += "\n" + "".join(traceback.format_exception(*record.exc_info))
    return text


_WORKER: _Worker | None = None


def _start_worker(site: Site, paths: list[str], settings: dict[str, Any]) -> None:
    """Worker initializer: die with the crawl, build the pipelines (the cities gazetteer
    loads now, while the crawl's first requests are in flight)."""
    global _WORKER
    die_with_parent()
    _WORKER = _Worker(site, paths, settings)


def _row(job: RowJob) -> RowResult:
    assert _WORKER is not None, "not a row worker"
    return _WORKER.run(job)


def _ready() -> int:
    return os.getpid()


class RowPool:
    """Worker processes that turn :class:`RowJob` s into :class:`RowResult` s for a crawl
    of ``site``, with the row pipelines ``paths`` built from ``settings``."""

    def __init__(self, site: Site, paths: list[str], settings: dict[str, Any], workers: int):
        self.workers = workers
        self.executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(site, paths, settings),
        )

    def start(self) -> None:
        """Start every worker now (they start on first use otherwise)."""
        for _ in range(self.workers):
            self.executor.submit(_ready)

    async def row(self, job: RowJob) -> RowResult:
        """The row of one page, read in a worker. Raises ``BrokenProcessPool`` when a
        worker died (the pool is then unusable), or what pickling the job raised."""
        return await asyncio.wrap_future(self.executor.submit(_row, job))

    def close(self) -> None:
        """Stop the workers (waits for them, so their CPU time is the crawl's)."""
        self.executor.shutdown(wait=True, cancel_futures=True)
