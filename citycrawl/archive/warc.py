"""WARC files: every fetch of a crawl kept (ISO 28500), and any WARC read back.

**Writing** (``-s CITYCRAWL_WARC_DIR=DIR``): :class:`WarcWriterExtension` writes one
``<spider>-<UTC start>-<pid>.warc.gz`` per run: a ``warcinfo`` record, then for every
response the crawl downloaded (pages, redirects, robots.txt, errors) a ``response``
record with the status line, headers and body as they arrived (before Scrapy
decompresses them) and a ``request`` record with the headers the crawl sent (User-Agent,
Accept-Encoding, Referer, conditional headers...). Each record is its own gzip member,
flushed as written, so a run killed mid-way leaves a readable file whose last record
may be cut (the reader says so and goes on). Two changes to what was on the wire: the
body is stored de-chunked, so ``Transfer-Encoding`` is dropped and ``Content-Length``
set to the stored length (as warcprox and wget do).

**Reading**: :func:`scan` indexes the records of any WARC (ours, the Internet
Archive's, Common Crawl's) without keeping bodies; :func:`read_payload` reads one
record's HTTP body back by offset, decoded (chunked, gzip, br) and bounded.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Self
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import iso_date_to_datetime
from warcio.warcwriter import WARCWriter

from citycrawl import __version__
from citycrawl.parsing.html import MAX_PAGE_BYTES

logger = logging.getLogger(__name__)

#: Headers that describe the wire encoding of the body, not the stored record.
_WIRE_ONLY = frozenset({b"transfer-encoding", b"content-length"})


class WarcWriterExtension:
    """Writes every response of the crawl, with its request, into one WARC per run."""

    def __init__(self, crawler: Crawler, directory: Path) -> None:
        self.crawler = crawler
        self.directory = directory
        self.path: Path | None = None
        self._file: IO[bytes] | None = None
        self._writer: WARCWriter | None = None
        self.records = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        directory = crawler.settings.get("CITYCRAWL_WARC_DIR")
        if not directory:
            # No message: Scrapy logs a message-bearing NotConfigured as a WARNING, and an
            # unset option is the normal case, not something to warn about every run.
            raise NotConfigured
        extension = cls(crawler, Path(directory))
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        """Open this run's file and write its ``warcinfo`` record."""
        self.directory.mkdir(parents=True, exist_ok=True)
        started = dt.datetime.now(dt.UTC)
        self.path = self.directory / f"{spider.name}-{started:%Y%m%dT%H%M%SZ}-{os.getpid()}.warc.gz"
        self._file = self.path.open("xb")
        self._writer = WARCWriter(self._file, gzip=True, warc_version="1.1")
        info = {
            "software": f"citycrawl/{__version__} (Scrapy)",
            "format": "WARC File Format 1.1",
            "isPartOf": spider.name,
            "robots": "obey" if self.crawler.settings.getbool("ROBOTSTXT_OBEY") else "ignore",
            "http-header-user-agent": self.crawler.settings.get("USER_AGENT"),
        }
        self._write(self._writer.create_warcinfo_record(self.path.name, info))
        self.crawler.stats.set_value("citycrawl/warc/file", str(self.path))
        logger.info("Writing every fetch to %s", self.path)

    def response_downloaded(self, response: Response, request: Request, spider: Spider) -> None:
        """Write the response as it arrived, and the request that asked for it."""
        writer = self._writer
        if writer is None:
            return
        when = dt.datetime.now(dt.UTC)
        date = when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        headers = [
            (name.decode("latin-1"), value.decode("latin-1"))
            for name, values in response.headers.items()
            if name.lower() not in _WIRE_ONLY
            for value in values
        ]
        headers.append(("Content-Length", str(len(response.body))))
        protocol = response.protocol or "HTTP/1.1"
        status = StatusAndHeaders(
            f"{response.status} {_reason(response.status)}", headers, protocol=protocol
        )
        record = writer.create_warc_record(
            response.url,
            "response",
            payload=io.BytesIO(response.body),
            length=len(response.body),
            http_headers=status,
            warc_headers_dict={"WARC-Date": date, **_ip(response)},
        )
        parts = urlsplit(request.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        sent = [("Host", parts.netloc)] + [
            (name.decode("latin-1"), value.decode("latin-1"))
            for name, values in request.headers.items()
            for value in values
        ]
        request_record = writer.create_warc_record(
            request.url,
            "request",
            http_headers=StatusAndHeaders(
                f"{request.method} {target} {protocol}", sent, is_http_request=True
            ),
            warc_headers_dict={"WARC-Date": date},
        )
        assert self._file is not None
        writer.write_request_response_pair(request_record, record)
        # Each record is a gzip member of its own: flushed, a kill loses at most the last.
        self._file.flush()
        self.records += 1
        self.crawler.stats.inc_value("citycrawl/warc/responses")

    def _write(self, record: Any) -> None:
        assert self._writer is not None
        assert self._file is not None
        self._writer.write_record(record)
        self._file.flush()

    def spider_closed(self, spider: Spider) -> None:
        """Make the file durable and close it."""
        if self._file is None:
            return
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        self._file = self._writer = None
        logger.info("WARC %s: %d responses", self.path, self.records)


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _ip(response: Response) -> dict[str, str]:
    address = getattr(response, "ip_address", None)
    return {"WARC-IP-Address": str(address)} if address is not None else {}


# --------------------------------------------------------------------------- reading


@dataclass(slots=True)
class WarcRecord:
    """What :func:`scan` keeps of one record: where it is and its headers, no body."""

    path: str
    offset: int
    kind: str
    """``response`` or ``revisit`` (other record types are not kept)."""
    uri: str
    date: dt.datetime
    status: int
    content_type: str
    record_id: str
    payload_digest: str = ""
    truncated: str = ""
    """The ``WARC-Truncated`` reason (``length``, ``time``, ``disconnect``...), if any."""
    location: str = ""
    etag: str = ""
    last_modified: str = ""
    refers_to_uri: str = ""
    refers_to_date: str = ""


@dataclass(slots=True)
class ScanReport:
    """Counts of what :func:`scan` saw, by kind, and files that ended mid-record."""

    records: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    broken_files: list[str] = field(default_factory=list)
    #: Referer of the request of each response record, by response record id or URI.
    referers: dict[str, str] = field(default_factory=dict)

    def skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1


def scan(paths: Iterable[str | os.PathLike[str]], report: ScanReport) -> Iterator[WarcRecord]:
    """The response and revisit records of ``paths`` in order, with their offsets.

    Other record types are skipped (counted in ``report``), request records give the
    Referer of their response; a file that ends mid-record (or is no WARC at all) is
    reported in ``report.broken_files`` with its records up to there.
    """
    for raw_path in paths:
        path = str(raw_path)
        try:
            with open(path, "rb") as handle:
                yield from _scan_file(path, handle, report)
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
            report.broken_files.append(f"{path}: {type(exc).__name__}: {exc}")
            logger.warning("WARC %s unreadable after %d records: %s", path, report.records, exc)


def _scan_file(path: str, handle: IO[bytes], report: ScanReport) -> Iterator[WarcRecord]:
    records = ArchiveIterator(handle, arc2warc=True)
    for record in records:
        report.records += 1
        kind = record.rec_type
        headers = record.rec_headers
        if kind == "request":
            referer = record.http_headers.get_header("Referer") if record.http_headers else None
            key = headers.get_header("WARC-Concurrent-To") or headers.get_header("WARC-Target-URI")
            if referer and key:
                report.referers[key] = referer
            continue
        if kind not in {"response", "revisit"}:
            report.skip(f"record_{kind}")
            continue
        http = record.http_headers
        if http is None or not http.get_statuscode():
            report.skip("no_http_response")  # dns:, whois:, ftp: and the like
            continue
        offset = records.get_record_offset()
        if getattr(record.raw_stream, "limit", 0) > 0:
            # Fewer bytes than the record declares: the file ends inside it (a writer
            # killed mid-record); what is there is part of a page, never a page.
            uri = headers.get_header("WARC-Target-URI")
            report.broken_files.append(f"{path}: ends inside the record of {uri}")
            report.skip("truncated/file_ends")
            continue
        yield WarcRecord(
            path=path,
            offset=offset,
            kind=kind,
            uri=headers.get_header("WARC-Target-URI") or "",
            date=_warc_date(headers.get_header("WARC-Date")),
            status=int(http.get_statuscode()),
            content_type=http.get_header("Content-Type") or "",
            record_id=headers.get_header("WARC-Record-ID") or "",
            payload_digest=headers.get_header("WARC-Payload-Digest") or "",
            truncated=headers.get_header("WARC-Truncated") or "",
            location=http.get_header("Location") or "",
            etag=http.get_header("ETag") or "",
            last_modified=http.get_header("Last-Modified") or "",
            refers_to_uri=headers.get_header("WARC-Refers-To-Target-URI") or "",
            refers_to_date=headers.get_header("WARC-Refers-To-Date") or "",
        )


def _warc_date(text: str | None) -> dt.datetime:
    if not text:
        return dt.datetime.now(dt.UTC)
    return iso_date_to_datetime(text).replace(tzinfo=dt.UTC)


class PayloadTooLarge(ValueError):
    """A record's body is larger than a page may be (:data:`MAX_PAGE_BYTES`)."""


#: Files read_payload keeps open, per process: open them only after a fork (a forked
#: process shares a descriptor's offset with its parent).
_HANDLES: dict[str, IO[bytes]] = {}


def close_payload_files() -> None:
    """Close the files :func:`read_payload` keeps open in this process."""
    while _HANDLES:
        _HANDLES.popitem()[1].close()


def read_payload(path: str, offset: int, limit: int = MAX_PAGE_BYTES) -> bytes:
    """The HTTP body of the record at ``offset`` in ``path``, decoded (de-chunked,
    decompressed), at most ``limit`` bytes: :class:`PayloadTooLarge` beyond, so that
    a decompression bomb costs no more than a large page."""
    handle = _HANDLES.get(path)
    if handle is None:
        handle = _HANDLES[path] = open(path, "rb")  # noqa: SIM115 (kept open per process)
    handle.seek(offset)
    record = next(iter(ArchiveIterator(handle, arc2warc=True)))
    body = record.content_stream().read(limit + 1)
    if len(body) > limit:
        raise PayloadTooLarge(f"{path}@{offset}: body over {limit} bytes")
    return body
