"""The Wayback CDX API and replay URLs, as pure functions (no Scrapy, no network).

A CDX query lists the captures of a URL prefix: ``<archive>/cdx/search/cdx?url=…&
matchType=prefix&output=json&fl=…&filter=…&collapse=digest&limit=N&showResumeKey=true``.
The answer is a JSON array: a header row of field names, one row per capture, then
(when more rows remain) an empty row and ``[resume key]``. What the archive's users have
learnt (docs/archive.md): filters are regular expressions over the *whole* field;
``collapse=digest`` merges *adjacent* rows only, so identical captures are deduplicated
by digest here too; paging by ``resumeKey`` needs ``urlkey`` among the fields; and a raw
capture is ``<archive>/web/<timestamp>id_/<original url>`` (without ``id_`` the archive
rewrites the page).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlencode, urljoin, urlsplit

from citycrawl.urls import http_url

#: The fields asked for, in order. ``urlkey`` first: paging by resume key needs it.
FIELDS = ("urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length")
#: Text the Wayback Machine answers with for a site its owner had excluded.
_BLOCKED_RE = re.compile(
    rb"Blocked Site Error|AdministrativeAccessControlException|RobotAccessControlException|"
    rb"has been excluded from the Wayback Machine|blocked by the site owner",
    re.IGNORECASE,
)
_REPLAY_RE = re.compile(r"^(?P<base>https?://.+?)/web/(?P<ts>\d{4,14})(?:[a-z]{2}_)?/(?P<url>.+)$")
_TIMESTAMP_FORMAT = "%Y%m%d%H%M%S"


class CdxError(ValueError):
    """A CDX answer that cannot be read (not JSON, not rows of strings)."""


@dataclass(frozen=True, slots=True)
class Capture:
    """One row of a CDX answer: a capture of ``original`` at ``timestamp``."""

    urlkey: str
    timestamp: str
    original: str
    mimetype: str = ""
    statuscode: str = ""
    digest: str = ""
    length: str = ""

    @property
    def captured_at(self) -> dt.datetime:
        """The capture's time, UTC."""
        return parse_timestamp(self.timestamp)


@dataclass(frozen=True, slots=True)
class CdxQuery:
    """One CDX request: captures of ``url`` (a prefix) between ``start`` and ``end``."""

    url: str
    start: dt.datetime
    end: dt.datetime
    limit: int = 5000
    resume_key: str | None = None
    filters: tuple[str, ...] = ("statuscode:200", "mimetype:text/html")
    extra: dict[str, str] = field(default_factory=dict)

    def request_url(self, archive_url: str) -> str:
        """The query's URL on the archive at ``archive_url``."""
        params: list[tuple[str, str]] = [
            ("url", self.url),
            ("matchType", "prefix"),
            ("from", format_timestamp(self.start)),
            ("to", format_timestamp(self.end)),
            ("output", "json"),
            ("fl", ",".join(FIELDS)),
            *(("filter", f) for f in self.filters),
            ("collapse", "digest"),
            ("limit", str(self.limit)),
            ("showResumeKey", "true"),
        ]
        if self.resume_key:
            params.append(("resumeKey", self.resume_key))
        params.extend(self.extra.items())
        return f"{archive_url.rstrip('/')}/cdx/search/cdx?{urlencode(params)}"

    def next_page(self, resume_key: str) -> CdxQuery:
        """The same query from ``resume_key`` on."""
        return CdxQuery(self.url, self.start, self.end, self.limit, resume_key, self.filters)

    def split(self, min_span: dt.timedelta) -> tuple[CdxQuery, CdxQuery] | None:
        """Two queries over the halves of the date range (from the start again), or
        ``None`` when the range is already no wider than ``min_span``."""
        if self.end - self.start <= min_span:
            return None
        middle = self.start + (self.end - self.start) / 2
        middle = middle.replace(microsecond=0)
        return (
            CdxQuery(self.url, self.start, middle, self.limit, None, self.filters),
            CdxQuery(
                self.url, middle + dt.timedelta(seconds=1), self.end, self.limit, None, self.filters
            ),
        )


@dataclass(frozen=True, slots=True)
class CdxPage:
    """A CDX answer: its captures and, when more remain, the key to ask from."""

    captures: list[Capture]
    resume_key: str | None
    bad_rows: int = 0


def parse_cdx(body: bytes) -> CdxPage:
    """Read a CDX JSON answer; rows that are not captures are counted, not fatal.

    The first row names the fields (the archive's order wins over the one asked for).
    An empty body or ``[]`` is an answer with no captures. :class:`CdxError` for a body
    that is not a JSON array of arrays.
    """
    text = body.strip()
    if not text:
        return CdxPage([], None)
    try:
        rows = json.loads(text)
    except ValueError as exc:
        rows = _text_rows(text)
        if rows is None:
            raise CdxError(f"CDX answer is neither JSON nor CDX lines: {exc}") from None
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise CdxError("CDX answer is not a JSON array of rows")
    if not rows:
        return CdxPage([], None)
    resume_key = None
    # The resume key follows an empty row, as the last row.
    if len(rows) >= 2 and rows[-2] == [] and len(rows[-1]) == 1:
        resume_key = str(rows[-1][0]) or None
        rows = rows[:-2]
    header = [str(h) for h in rows[0]]
    names = header if "timestamp" in header and "original" in header else list(FIELDS)
    body_rows = rows[1:] if names is header else rows
    captures: list[Capture] = []
    bad = 0
    for row in body_rows:
        # Numbers as numbers (some CDX servers send statuscode and length so) are read
        # as the archive's text; anything else in a row makes it unreadable.
        if len(row) != len(names) or not all(isinstance(v, str | int) for v in row):
            bad += 1
            continue
        values = dict(zip(names, (str(v) for v in row), strict=True))
        timestamp = pad_timestamp(values.get("timestamp", ""))
        # An original no request can be made for (``:99999``, ``http://[x/``) is no
        # capture of a page: it would fail later, on the way to its item id.
        if timestamp is None or http_url(values["original"]) is None:
            bad += 1
            continue
        captures.append(
            Capture(
                urlkey=values.get("urlkey", ""),
                timestamp=timestamp,
                original=values["original"],
                mimetype=values.get("mimetype", ""),
                statuscode=values.get("statuscode", ""),
                digest=values.get("digest", ""),
                length=values.get("length", ""),
            )
        )
    return CdxPage(captures, resume_key, bad)


def _text_rows(text: bytes) -> list[list[str]] | None:
    """The rows of a plain-text CDX answer (space-separated fields in the order asked
    for), as an archive that ignores ``output=json`` sends; ``None`` if it is not one."""
    lines = [line.split() for line in text.decode("utf-8", "replace").splitlines()]
    rows = [line for line in lines if line]
    if not rows or any(len(row) != len(FIELDS) for row in rows):
        return None
    return [list(FIELDS), *rows]


def distinct_captures(
    captures: Iterable[Capture], identity: Callable[[Capture], str] | None = None
) -> Iterator[Capture]:
    """The captures in order, without those repeating an earlier capture of the page.

    Identical means the same payload digest under the same key (``collapse=digest``
    only merged neighbours), or the same timestamp under the same key (pages of an
    answer that was split and asked again overlap). The key is ``identity(capture)``
    (the document a site's several hosts serve), else the URL key.
    """
    seen: set[tuple[str, str]] = set()
    for capture in captures:
        key = identity(capture) if identity else capture.urlkey or capture.original
        digest_key = (key, "d:" + capture.digest) if capture.digest else None
        time_key = (key, "t:" + capture.timestamp)
        if time_key in seen or (digest_key is not None and digest_key in seen):
            continue
        seen.add(time_key)
        if digest_key is not None:
            seen.add(digest_key)
        yield capture


def is_blocked(status: int, body: bytes) -> bool:
    """True for the archive's answer to a site that is blocked or excluded."""
    return status in {403, 451} or (status >= 400 and bool(_BLOCKED_RE.search(body[:4096])))


def format_timestamp(when: dt.datetime) -> str:
    """A Wayback timestamp (``20190301120000``) of an aware datetime, in UTC."""
    return when.astimezone(dt.UTC).strftime(_TIMESTAMP_FORMAT)


def pad_timestamp(text: str) -> str | None:
    """A Wayback timestamp in full (14 digits); a short one (``2019``) is padded as the
    archive pads it, to the start of that period. ``None`` for no valid time."""
    if not text.isdigit() or not 4 <= len(text) <= 14:
        return None
    padded = text + "00000101000000"[len(text) :]
    try:
        dt.datetime.strptime(padded, _TIMESTAMP_FORMAT).replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return padded


def parse_timestamp(text: str) -> dt.datetime:
    """The UTC time of a Wayback timestamp (padded as :func:`pad_timestamp` does);
    :class:`ValueError` for one that is no time."""
    padded = pad_timestamp(text)
    if padded is None:
        raise ValueError(f"not a Wayback timestamp: {text!r}")
    return dt.datetime.strptime(padded, _TIMESTAMP_FORMAT).replace(tzinfo=dt.UTC)


def replay_url(archive_url: str, timestamp: str, original: str) -> str:
    """The raw (``id_``) capture of ``original`` at ``timestamp`` on the archive."""
    return f"{archive_url.rstrip('/')}/web/{timestamp}id_/{original}"


@dataclass(frozen=True, slots=True)
class ReplayTarget:
    """Where a replay URL points: the archive's base, the timestamp, the original URL."""

    base: str
    timestamp: str
    original: str


def parse_replay_url(url: str) -> ReplayTarget | None:
    """Split ``<base>/web/<timestamp>[flag_]/<original>``; ``None`` for anything else.

    The original URL may have lost a slash of its scheme (``http:/host``), as some
    archives and proxies print it.
    """
    match = _REPLAY_RE.match(url)
    if match is None:
        return None
    original = re.sub(r"^(https?):/+", r"\1://", match["url"])
    timestamp = pad_timestamp(match["ts"])
    if http_url(original) is None or timestamp is None:  # no host, or a malformed one
        return None
    return ReplayTarget(match["base"], timestamp, original)


def redirect_target(
    location: str, replay: str, original: str, archive_url: str
) -> tuple[str, str | None] | None:
    """Where a replayed redirect leads: ``(original URL, timestamp or None)``.

    The archive's own redirects (to the nearest capture, or a captured redirect it
    rewrote) point at its replay URLs, absolute or ``/web/…``-relative: their timestamp
    comes along. An unrewritten ``Location`` is the site's own URL, relative to the
    capture's original URL, with no timestamp. ``None`` for a target that is no web URL.
    Either way the caller follows it inside the archive only.
    """
    archive_host = urlsplit(archive_url).netloc.lower()
    try:
        absolute = urljoin(replay, location)
        resolved = urljoin(original, location)
        location_host = urlsplit(location).netloc.lower()
    except ValueError:  # "http://[x/", a host with "℀": no web URL (citycrawl.urls.http_url)
        return None
    if location_host == archive_host or (not location_host and location.startswith("/web/")):
        target = parse_replay_url(absolute)
        return (target.original, target.timestamp) if target else None
    if http_url(resolved) is None:
        return None
    return resolved, None
