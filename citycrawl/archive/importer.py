"""``citycrawl import-warc``: pages stored in WARC files, through the crawl's parsers, into
the dataset.

The import reads any WARC (a crawl's own, the Internet Archive's, Common Crawl's) as a
crawl of those pages: each response is routed by its network's URL rules, listings are
parsed first and their cards kept, then each document is parsed and joined with the card
that led to it (the listing its request names as ``Referer``, else the listing read
nearest before it, else the first after), put through the crawl's item pipelines (from
its settings: normalise, language, cities, validate in the workers; dedupe and what
follows it, which keep state across the run, in the import process) and spooled into the
dataset, which commits once at the end (a killed import's spool is committed by the next
run, as a killed crawl's is). Parsing runs in worker processes, one per core by
default; the main process scans the files, deduplicates and writes.

What a record becomes:

* a replay of a web archive (``…/web/<timestamp>id_/<url>``, as a backfill's WARC
  holds) is the page at ``<url>`` read as of ``<timestamp>`` (``archived_at``);
* any other response is the page at its URI read as of its ``WARC-Date``;
* a ``revisit`` (an unchanged fetch stored without its body) takes the body of the record
  it refers to (by payload digest, else by URI and date);
* redirects map a card's link to the page it led to; 304s, other statuses, non-HTML
  bodies, truncated records (``WARC-Truncated``) and pages no network claims are
  counted and skipped.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urljoin

from citycrawl import sites
from citycrawl.archive.cards import Card, nearest_card
from citycrawl.archive.cdx import parse_replay_url
from citycrawl.archive.warc import (
    PayloadTooLarge,
    ScanReport,
    WarcRecord,
    close_payload_files,
    read_payload,
    scan,
)
from citycrawl.dataset import DatasetWriter
from citycrawl.items import ParsedPage, card_hash
from citycrawl.parsing.html import HTML_TYPES, is_html_page
from citycrawl.parsing.model import ListingEntry, PageParseError
from citycrawl.sites import Site
from citycrawl.urls import http_url
from citycrawl.workers import DEDUPE, build_pipelines, die_with_parent, pipeline_paths

logger = logging.getLogger(__name__)

#: Redirect hops followed when mapping a card's link to its page.
MAX_REDIRECTS = 5


@dataclass(frozen=True, slots=True)
class Page:
    """A response worth parsing: where its body is and what it is a fetch of."""

    site: str
    kind: str
    layout: str
    url: str
    fetched_at: dt.datetime
    path: str
    offset: int
    content_type: str
    archived_at: dt.datetime | None = None
    archive_url: str | None = None
    referer: str | None = None
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentJob:
    """A document page and the card joined with it."""

    page: Page
    card: Card | None


@dataclass
class ImportResult:
    """What an import did: pages read, rows written, what was skipped and why."""

    pages: int = 0
    rows: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    broken_files: list[str] = field(default_factory=list)
    manifest: dict[str, Any] | None = None
    seconds: float = 0.0
    #: Seconds from the start until every parsing process had its pipelines built (the
    #: cities gazetteer and language model load): a fixed cost, overlapping the scan
    #: when workers parse.
    startup_seconds: float = 0.0
    #: Seconds of the dataset commit at the end.
    commit_seconds: float = 0.0

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


# --------------------------------------------------------------------------- index


def _as_fetch(record: WarcRecord) -> tuple[str, dt.datetime, dt.datetime | None, str | None]:
    """(page URL, read as of, archived_at, archive_url) of a response record."""
    replay = parse_replay_url(record.uri)
    if replay is not None:
        at = dt.datetime.strptime(replay.timestamp, "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)
        return replay.original, at, at, record.uri
    return record.uri, record.date, None, None


class _Index:
    """Pages, redirects and referers of a set of WARC files, from one scan."""

    def __init__(self, network: Site | None, result: ImportResult) -> None:
        self.network = network
        self.result = result
        self.pages: list[Page] = []
        self.redirects: dict[str, str] = {}
        self._by_digest: dict[str, WarcRecord] = {}
        self._by_uri_date: dict[tuple[str, str], WarcRecord] = {}

    def build(
        self,
        paths: Sequence[str],
        on_first_document: Callable[[Page], None] | None = None,
        on_scanned: Callable[[int], None] | None = None,
    ) -> None:
        """Scan ``paths``; ``on_first_document`` is called with the first document page
        as soon as the scan meets it (the workers warm up with it meanwhile),
        ``on_scanned`` with the count of records read after each."""
        report = ScanReport()
        records = []
        for record in scan(paths, report):
            records.append(record)
            if on_scanned is not None:
                on_scanned(report.records)
            if record.kind != "response":
                continue
            if record.payload_digest:
                self._by_digest.setdefault(record.payload_digest, record)
            self._by_uri_date[(record.uri, record.date.strftime("%Y%m%d%H%M%S"))] = record
            if on_first_document is not None and record.status == 200:
                page = self._page(record, None)
                if isinstance(page, Page) and page.kind == "document":
                    on_first_document(page)
                    on_first_document = None
        for record in records:
            referer = report.referers.get(record.record_id) or report.referers.get(record.uri)
            page = self._page(record, referer)
            if isinstance(page, Page):
                self.pages.append(page)
            else:
                self.result.skipped[page] += 1
        self.result.skipped.update(report.skipped)
        self.result.broken_files += report.broken_files
        # Only the scan's revisits look records up; held on, every record of the files
        # (~2 KB each) stayed in memory through the parse and the commit.
        self._by_digest.clear()
        self._by_uri_date.clear()

    def _page(self, record: WarcRecord, referer: str | None) -> Page | str:
        """The page ``record`` is a fetch of, or why it is none (a redirect's target is
        recorded)."""
        url, at, archived_at, archive_url = _as_fetch(record)
        site = self.network or sites.site_for_url(url)
        if site is None:
            return "no_network"
        if record.truncated:
            return f"truncated/{record.truncated}"
        if 300 <= record.status < 400 and record.location:
            return self._redirect(site, url, record)
        if record.status != 200:
            return f"http_{record.status}"
        mime = record.content_type.split(";", 1)[0].strip().lower()
        if mime not in (*HTML_TYPES, "", "text/plain"):
            return "not_html"
        body_record = self._body_of(record)
        if body_record is None:
            return "revisit_unresolved"
        route = site.route(url)
        if route is None:
            return "unrouted"
        return Page(
            site=site.name,
            kind=route.kind,
            layout=route.layout,
            url=url,
            fetched_at=at,
            path=body_record.path,
            offset=body_record.offset,
            content_type=record.content_type,
            archived_at=archived_at,
            archive_url=archive_url,
            referer=referer,
            etag=None if archive_url else record.etag or None,
            last_modified=None if archive_url else record.last_modified or None,
        )

    def _redirect(self, site: Site, url: str, record: WarcRecord) -> str:
        """Record where a redirect led; ``redirect`` (or ``bad_redirect``: nowhere)."""
        try:
            target = http_url(urljoin(record.uri, record.location))
        except ValueError:  # "http://[x/": no target (citycrawl.urls.http_url)
            target = None
        if target is None:
            return "bad_redirect"
        replay = parse_replay_url(target)
        # An archive's redirect points at its own replay URLs; the page is the original.
        self.redirects[site.canonical_url(url)] = replay.original if replay else target
        return "redirect"

    def _body_of(self, record: WarcRecord) -> WarcRecord | None:
        if record.kind != "revisit":
            return record
        original = self._by_digest.get(record.payload_digest) if record.payload_digest else None
        if original is None and record.refers_to_uri:
            stamp = record.refers_to_date.replace("-", "").replace(":", "").replace("T", "")
            original = self._by_uri_date.get((record.refers_to_uri, stamp.rstrip("Z")[:14]))
        return original

    def resolve(self, site: Site, url: str) -> str:
        """Where a link led, following the redirects the files hold."""
        for _ in range(MAX_REDIRECTS):
            target = self.redirects.get(site.canonical_url(url))
            if target is None:
                break
            url = target
        return url


# --------------------------------------------------------------------------- workers


def _parse_listing(page: Page) -> list[ListingEntry] | str:
    """A listing page's entries, or why there are none (run in a worker)."""
    site = sites.get(page.site)
    try:
        body = read_payload(page.path, page.offset)
        if not is_html_page(page.content_type, body):
            return "not_html"
        return (
            site.layout(page.layout).read_listing(body, page.url, page.content_type or None).entries
        )
    except PayloadTooLarge:
        return "too_large"
    except PageParseError as exc:
        return f"parse_error/{exc.reason}"


def item_pipelines(
    *, before_dedupe: bool, output_dir: str | os.PathLike[str] | None = None
) -> list[tuple[str, Any]]:
    """The crawl's item pipelines (``ITEM_PIPELINES`` of the project settings, in order)
    on one side of the dedupe, as ``(import path, pipeline)``, built and opened as a
    crawl builds and opens them; ``output_dir`` stands for ``CITYCRAWL_OUTPUT_DIR``.
    Those before the dedupe make a row out of a page and run in the workers; the dedupe
    and those after it keep state across the run and run in the import process, in
    order; the dataset writer's job (a commit on a crawl's signals) the import does
    itself (the split is :func:`citycrawl.workers.pipeline_paths`, a crawl's too)."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule(os.environ.get("SCRAPY_SETTINGS_MODULE", "citycrawl.settings"))
    if output_dir is not None:
        settings.set("CITYCRAWL_OUTPUT_DIR", str(output_dir), priority="cmdline")
    paths = pipeline_paths(settings, before_dedupe=before_dedupe)
    built, _ = build_pipelines(paths, settings)
    return list(zip(paths, built, strict=True))


_PIPELINES: list[Any] | None = None


def _row_pipelines() -> list[Any]:
    """The row pipelines of this process (those before the dedupe), built at first use."""
    global _PIPELINES
    if _PIPELINES is None:
        _PIPELINES = [pipeline for _, pipeline in item_pipelines(before_dedupe=True)]
    return _PIPELINES


def _through_pipelines(item: Any) -> dict[str, Any] | str:
    """``item`` through the crawl's row pipelines (built once per process), or why it
    was dropped."""
    from scrapy.exceptions import DropItem

    try:
        for pipeline in _row_pipelines():
            item = pipeline.process_item(item)
    except DropItem as exc:
        return f"dropped/{getattr(exc.__cause__, 'reason', 'pipeline')}"
    return dict(item)


def _parse_document(job: DocumentJob) -> dict[str, Any] | str:
    """A document page as a row the crawl's pipelines passed, or why not (run in a
    worker)."""
    page, card = job.page, job.card
    site = sites.get(page.site)
    try:
        body = read_payload(page.path, page.offset)
        if not is_html_page(page.content_type, body):
            return "not_html"
        document = site.layout(page.layout).read_document(body, page.url, page.content_type or None)
    except PayloadTooLarge:
        return "too_large"
    except PageParseError as exc:
        return f"parse_error/{exc.reason}"
    return _through_pipelines(
        ParsedPage(
            site=page.site,
            url=page.url,
            document=document,
            fetched_at=page.fetched_at,
            entry=card.entry if card else None,
            listing_url=card.listing_url if card else None,
            card_hash=card_hash(card.entry) if card else None,
            etag=page.etag,
            last_modified=page.last_modified,
            archived_at=page.archived_at,
            archive_url=page.archive_url,
        )
    )


# --------------------------------------------------------------------------- import


def _card_for(cards: list[Card], page: Page) -> Card | None:
    """The card that led to ``page``: from the listing its request names as Referer (the
    latest read of it before the page), else :func:`~citycrawl.archive.cards.nearest_card`."""
    if page.referer:
        named = [c for c in cards if c.listing_url == page.referer]
        if found := nearest_card(named, page.fetched_at):
            return found
    return nearest_card(cards, page.fetched_at)


def import_warcs(
    paths: Sequence[str | os.PathLike[str]],
    *,
    output_dir: str | os.PathLike[str] = "output",
    network: str | None = None,
    workers: int | None = None,
    progress: TextIO | None = sys.stderr,
    progress_every: float = 5.0,
) -> ImportResult:
    """Import the pages of ``paths`` into the dataset(s) under ``output_dir``.

    ``network``: read every page as that network's (else each page's host picks it).
    ``workers``: parsing processes (default: one per core; 1 parses in this process).
    """
    started = time.monotonic()
    result = ImportResult()
    meter = _Progress(progress, progress_every, started, result)
    writers: dict[str, DatasetWriter] = {}
    try:
        _read_and_spool(paths, network, workers, output_dir, writers, result, meter)
        committing = time.monotonic()
        stats = {
            f"citycrawl/dropped/{k.removeprefix('dropped/')}": v
            for k, v in result.skipped.items()
            if k.startswith("dropped/")
        }
        for writer in writers.values():
            result.manifest = writer.commit(finish_reason="finished", complete=False, stats=stats)
        result.commit_seconds = time.monotonic() - committing
    finally:
        for writer in writers.values():
            writer.close()
    result.seconds = time.monotonic() - started
    meter.done()
    return result


def _read_and_spool(
    paths: Sequence[str | os.PathLike[str]],
    network: str | None,
    workers: int | None,
    output_dir: str | os.PathLike[str],
    writers: dict[str, DatasetWriter],
    result: ImportResult,
    meter: _Progress,
) -> None:
    """Scan ``paths``, parse their pages in the workers and spool the rows into
    ``writers``. A function of its own so that the scan's index, cards and jobs (~1 KB
    a page) are freed before the commit, which runs without them."""
    index = _Index(sites.get(network) if network else None, result)
    with _pool(workers or os.cpu_count() or 1) as pool:
        index.build([str(p) for p in paths], pool.start, meter.scanning)
        listings = [p for p in index.pages if p.kind == "listing"]
        documents = [p for p in index.pages if p.kind == "document"]
        cards = _read_cards(listings, pool.run(_parse_listing, listings), index, result, meter)
        jobs = [DocumentJob(p, _card_for(cards.get(_key(p.site, p.url), []), p)) for p in documents]
        _spool_rows(jobs, pool.run(_parse_document, jobs), output_dir, writers, result, meter)
    # The workers are gone before the commit: a kill -9 from then on leaves no orphan.
    result.startup_seconds = pool.ready_at - pool.started


def _key(site: str, url: str) -> tuple[str, str]:
    return site, sites.get(site).item_id(url)


def _read_cards(
    listings: Sequence[Page],
    parsed: Iterable[list[ListingEntry] | str],
    index: _Index,
    result: ImportResult,
    meter: _Progress,
) -> dict[tuple[str, str], list[Card]]:
    """Every card of every listing, by the document it leads to (redirects followed)."""
    cards: dict[tuple[str, str], list[Card]] = defaultdict(list)
    for page, entries in zip(listings, parsed, strict=True):
        result.pages += 1
        meter.tick()
        if isinstance(entries, str):
            result.skipped[entries] += 1
            continue
        site = sites.get(page.site)
        for entry in entries:
            cards[_key(page.site, index.resolve(site, entry.url))].append(
                Card(page.fetched_at, entry, page.url)
            )
    return cards


def _spool_rows(
    jobs: Sequence[DocumentJob],
    rows: Iterable[dict[str, Any] | str],
    output_dir: str | os.PathLike[str],
    writers: dict[str, DatasetWriter],
    result: ImportResult,
    meter: _Progress,
) -> None:
    """Put the rows through the crawl's pipelines from the dedupe on (one row per version
    of a document; links between rows) and spool them, one dataset per network (its
    writer opened, and the dataset locked, at its first row)."""
    from scrapy.exceptions import DropItem

    run_pipelines = item_pipelines(before_dedupe=False, output_dir=output_dir)
    for job, row in zip(jobs, rows, strict=True):
        result.pages += 1
        meter.tick()
        if isinstance(row, str):
            result.skipped[row] += 1
            continue
        for path, pipeline in run_pipelines:
            try:
                row = pipeline.process_item(row)
            except DropItem as exc:
                why = getattr(exc.__cause__, "reason", "pipeline")
                row = "duplicate" if path == DEDUPE else f"dropped/{why}"
                break
        if isinstance(row, str):
            result.skipped[row] += 1
            continue
        if job.page.site not in writers:
            writers[job.page.site] = DatasetWriter(output_dir, job.page.site)
        writers[job.page.site].write(row)
        result.rows += 1


def _warm_up(ready: Any, job: DocumentJob | None) -> None:
    """Worker initializer: die with the import process; read one document (its row is
    not kept) so that the pipelines load what they load at their first row (the cities
    gazetteer, the language model: about a second), then say when on ``ready``."""
    die_with_parent()
    if job is not None:
        _parse_document(job)
    ready.put(time.monotonic())


class _pool:
    """``run(fn, items)``: results in order, from worker processes or (1 worker) here.

    ``start(page)`` starts the workers, which warm up with that document at once and in
    parallel, while the import process scans on; the import process never loads the
    pipelines' data (it only scans, deduplicates and writes). ``ready_at - started``:
    the warm-up (``time.monotonic``, system-wide on Linux, so comparable across the
    processes)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.executor: ProcessPoolExecutor | None = None
        self._ready: Any = None
        self.started = self.ready_at = 0.0

    def __enter__(self) -> _pool:
        return self

    def start(self, warm_up: Page | None) -> None:
        """Start parsing: the workers (or this process) read ``warm_up`` first."""
        self.started = self.ready_at = time.monotonic()
        job = DocumentJob(warm_up, None) if warm_up is not None else None
        if self.workers == 1:
            if job is not None:
                _parse_document(job)
            self.ready_at = time.monotonic()
            return
        context = multiprocessing.get_context()
        self._ready = context.SimpleQueue()
        self.executor = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=context,
            initializer=_warm_up,
            initargs=(self._ready, job),
        )
        # The first task starts every worker (a forking pool starts them all at once).
        self.executor.submit(int)

    def run(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Any]:
        if not self.started:
            self.start(None)
        if self.executor is None:
            return map(fn, items)
        # About 32 chunks a worker: the last ones end close together (a chunk is a few
        # tenths of a second of work), and a hand-over costs far less than a page.
        chunk = max(1, min(16, len(items) // (self.workers * 32)))
        return self.executor.map(fn, items, chunksize=chunk)

    def __exit__(self, *exc: object) -> None:
        if self.executor is not None:
            self.executor.shutdown(cancel_futures=True)
            while not self._ready.empty():
                self.ready_at = max(self.ready_at, self._ready.get())
        close_payload_files()


class _Progress:
    """One line every ``every`` seconds: records scanned while the files are scanned
    (a large WARC takes minutes), then pages read, rows written, pages a second."""

    def __init__(self, out: TextIO | None, every: float, started: float, result: ImportResult):
        self.out, self.every, self.started, self.result = out, every, started, result
        self.next = started + every

    def _say(self, line: str) -> None:
        self.next = time.monotonic() + self.every
        print(f"import-warc: {line}", file=self.out, flush=True)

    def scanning(self, records: int) -> None:
        if self.out is not None and time.monotonic() >= self.next:
            self._say(f"scanning, {records:,} records")

    def tick(self) -> None:
        now = time.monotonic()
        if self.out is None or now < self.next:
            return
        rate = self.result.pages / max(now - self.started, 1e-9)
        self._say(f"{self.result.pages:,} pages, {self.result.rows:,} rows, {rate:,.1f} pages/s")

    def done(self) -> None:
        if self.out is None:
            return
        r = self.result
        skipped = ", ".join(f"{k} {v}" for k, v in sorted(r.skipped.items())) or "none"
        print(
            f"import-warc: done: {r.pages:,} pages, {r.rows:,} rows in {r.seconds:.1f} s "
            f"({r.pages_per_second:,.1f} pages/s; startup {r.startup_seconds:.1f} s, "
            f"commit {r.commit_seconds:.1f} s); skipped: {skipped}",
            file=self.out,
            flush=True,
        )
        for broken in r.broken_files:
            print(f"import-warc: warning: {broken}", file=self.out, flush=True)


def command(
    files: Sequence[Path], network: str | None, output_dir: Path, workers: int | None
) -> int:
    """``citycrawl import-warc``: 0 when the import committed, 1 when it failed or no
    file could be read, 2 for bad arguments; one line on stderr says why."""
    from citycrawl.dataset import DatasetError

    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        print(f"citycrawl import-warc: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    if network is not None:
        try:
            sites.get(network)
        except KeyError as exc:
            print(f"citycrawl import-warc: {exc.args[0]}", file=sys.stderr)
            return 2
    if workers is not None and workers < 1:
        print("citycrawl import-warc: --workers must be at least 1", file=sys.stderr)
        return 2
    try:
        result = import_warcs(files, output_dir=output_dir, network=network, workers=workers)
    except DatasetError as exc:
        print(f"citycrawl import-warc: FAILED: {exc}", file=sys.stderr)
        return 1
    if len(result.broken_files) == len(files) and result.pages == 0:
        print("citycrawl import-warc: FAILED: no file could be read as WARC", file=sys.stderr)
        return 1
    return 0
