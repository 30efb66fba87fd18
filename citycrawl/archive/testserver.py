"""A local Wayback-compatible archive on 127.0.0.1, for tests and offline trials.

It answers what the backfill asks the Wayback Machine, with the Wayback Machine's
habits:

* ``/cdx/search/cdx``: ``url`` with ``matchType=exact|prefix`` (SURT URL keys, ``www.``
  folded), ``from``/``to`` (short timestamps padded as the archive pads them),
  ``output=json`` (else space-separated lines), ``fl``, ``filter=[!]field:regex`` (the
  regex must match the *whole* field), ``collapse=field`` (adjacent rows only),
  ``limit``, ``showResumeKey``/``resumeKey`` (a resume key is only given when ``urlkey``
  is among the fields: without it paging silently stops, as on the real archive);
* ``/web/<timestamp>id_/<url>``: the raw capture nearest to the timestamp, through a
  302 to that capture's own timestamp when it is another; captured redirects answered
  with their status and a ``Location`` rewritten into the archive (the target then
  redirects again to its own nearest capture);
* faults: 429 with ``Retry-After`` (when the window frees, or a fixed ``retry_after``)
  once ``cdx_per_window`` CDX requests were answered within ``window`` seconds (any
  request to the archive before that time is kept in ``early``); 504 for
  CDX ranges wider than ``wide_days`` that hold captures; 403 ``Blocked Site Error``
  for ``blocked`` URL prefixes.

:func:`mirror_captures` turns the bundled mirror (``fixtures/mirror``) into captures at
several timestamps per layout, with a page that changed between two captures.
``python -m citycrawl.archive.testserver [--port N]`` serves that until interrupted.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import math
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, parse_qsl, quote, unquote, urlencode, urlsplit

from citycrawl.archive.cdx import FIELDS, parse_replay_url
from citycrawl.mirror import MIRROR_DIR, LoopbackServer, load_routes
from citycrawl.sites.eurocities import SITE as EUROCITIES

#: Capture times of the bundled mirror's pages: the old site's, then the new site's.
DOMINO_TIMESTAMPS = ("20190215093000", "20191120141500")
WORDPRESS_TIMESTAMPS = ("20251120080000", "20251201120000")


@dataclass(frozen=True, slots=True)
class EarlyRequest:
    """A request that came while a 429's ``Retry-After`` had not yet passed."""

    path: str
    #: Seconds after the 429 it came: a client cannot honour a 429 it has not yet
    #: read, so a request already on its way may follow it closely.
    after: float
    #: The path the 429 refused.
    refused_path: str


@dataclass(frozen=True, slots=True)
class StoredCapture:
    """One capture the archive holds."""

    timestamp: str
    original: str
    status: int = 200
    content_type: str = "text/html; charset=UTF-8"
    body: bytes = b""
    location: str | None = None
    #: Listed by the CDX API (an index can list a capture the replay cannot serve).
    indexed: bool = True
    #: Served by the replay (and so the nearest capture to a timestamp asked for).
    replayable: bool = True

    @property
    def mimetype(self) -> str:
        """The media type as the CDX index gives it: no parameters."""
        return self.content_type.split(";", 1)[0].strip().lower()

    @property
    def digest(self) -> str:
        # The archive's digest: base32 of the payload's SHA-1.
        sha1 = hashlib.sha1(self.body, usedforsecurity=False).digest()
        return base64.b32encode(sha1).decode("ascii")


def surt(url: str) -> str:
    """The URL key the archive sorts and matches by: ``eu,eurocities)/latest/x/``."""
    parts = urlsplit(url if "://" in url else "http://" + url)
    host = (parts.hostname or "").lower().rstrip(".")
    host = host[4:] if host.startswith("www.") else host
    key = ",".join(reversed(host.split("."))) + ")" + (parts.path or "/").lower()
    if parts.query:
        key += "?" + urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True))).lower()
    return key


class WaybackServer(LoopbackServer):
    """A threaded HTTP server answering CDX queries and raw replays of ``captures``."""

    def __init__(
        self,
        captures: Iterable[StoredCapture],
        *,
        cdx_per_window: int | None = None,
        window: float = 60.0,
        retry_after: float | None = None,
        wide_days: float | None = None,
        blocked: Iterable[str] = (),
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.captures = sorted(captures, key=lambda c: (surt(c.original), c.timestamp))
        self.cdx_per_window = cdx_per_window
        self.window = window
        self.retry_after = retry_after
        self.wide_days = wide_days
        self.blocked = tuple(surt(b) for b in blocked)
        #: (monotonic time, path, status) of every request, in order.
        self.log: list[tuple[float, str, int]] = []
        #: Requests that came while a 429's Retry-After had not yet passed.
        self.early: list[EarlyRequest] = []
        self._penalty_until = 0.0
        self._refused_path = ""
        self._refused_at = 0.0
        self._cdx_times: list[float] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer((host, port), self._handler_class())
        self._httpd.daemon_threads = True

    def requests(self, kind: str) -> list[tuple[float, str, int]]:
        """The logged requests of one kind: ``cdx`` or ``web``."""
        return [entry for entry in self.log if entry[1].startswith(f"/{kind}/")]

    # -- answers ---------------------------------------------------------------

    def answer(self, path: str) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body for a request path (query included)."""
        now = time.monotonic()
        with self._lock:
            if path.startswith("/cdx/") or path.startswith("/web/"):
                if now < self._penalty_until:
                    self.early.append(
                        EarlyRequest(path, now - self._refused_at, self._refused_path)
                    )
                    answer = self._too_many()
                elif path.startswith("/cdx/") and (wait := self._over_limit(now)):
                    self._penalty_until = now + wait
                    self._refused_path, self._refused_at = path, now
                    answer = self._too_many(wait)
                else:
                    answer = self._route(path)
            else:
                answer = (404, {"Content-Type": "text/plain"}, b"not found")
            self.log.append((now, path, answer[0]))
        return answer

    def _too_many(self, wait: float | None = None) -> tuple[int, dict[str, str], bytes]:
        seconds = self._penalty_until - time.monotonic() if wait is None else wait
        headers = {"Content-Type": "text/html", "Retry-After": str(max(1, math.ceil(seconds)))}
        return 429, headers, b"<html><body>Too Many Requests</body></html>"

    def _over_limit(self, now: float) -> float:
        """0 when a CDX request may be answered now (it is counted), else the seconds
        until it may: the ``Retry-After`` the server sends (or the fixed one it is given)."""
        self._cdx_times = [t for t in self._cdx_times if t > now - self.window]
        if self.cdx_per_window is None or len(self._cdx_times) < self.cdx_per_window:
            self._cdx_times.append(now)
            return 0.0
        if self.retry_after is not None:
            return float(self.retry_after)
        return self._cdx_times[0] + self.window - now

    def _route(self, path: str) -> tuple[int, dict[str, str], bytes]:
        if path.startswith("/cdx/search/cdx"):
            return self._cdx(parse_qs(urlsplit(path).query, keep_blank_values=True))
        target = parse_replay_url(self.origin + path)
        if target is None:
            return 404, {"Content-Type": "text/plain"}, b"not a replay URL"
        return self._replay(target.timestamp, target.original)

    def _is_blocked(self, key: str) -> bool:
        return any(key.startswith(b) for b in self.blocked)

    def _blocked_answer(self) -> tuple[int, dict[str, str], bytes]:
        body = b"org.archive.wayback.exception.AdministrativeAccessControlException: "
        body += b"Blocked Site Error"
        return 403, {"Content-Type": "text/plain"}, body

    def _cdx(self, q: Mapping[str, list[str]]) -> tuple[int, dict[str, str], bytes]:
        one = {k: v[-1] for k, v in q.items()}
        key = surt(one.get("url", ""))
        if self._is_blocked(key):
            return self._blocked_answer()
        start = one.get("from", "").ljust(14, "0") or "0" * 14
        end = one.get("to", "").ljust(14, "9") or "9" * 14
        prefix = one.get("matchType") == "prefix"
        rows = [
            c
            for c in self.captures
            if c.indexed
            and (surt(c.original).startswith(key) if prefix else surt(c.original) == key)
            and start <= c.timestamp <= end
        ]
        # Wide and sparse times out; a URL key the index does not hold answers at once.
        if rows and self.wide_days is not None and _span_days(start, end) > self.wide_days:
            return 504, {"Content-Type": "text/html"}, b"<html>Gateway Time-out</html>"
        for spec in q.get("filter", []):
            rows = [c for c in rows if _filter_keeps(spec, c)]
        if one.get("collapse"):
            rows = _collapse_adjacent(rows, one["collapse"].split(":", 1)[0])
        fields = [f for f in one.get("fl", ",".join(FIELDS)).split(",") if f in FIELDS] or list(
            FIELDS
        )
        if one.get("resumeKey"):
            after = tuple(unquote(one["resumeKey"]).split(" ", 1))
            rows = [c for c in rows if (surt(c.original), c.timestamp) > after]
        limit = int(one.get("limit") or 0)
        more = bool(limit) and len(rows) > limit
        rows = rows[:limit] if limit else rows
        table = [[_field(c, f) for f in fields] for c in rows]
        if one.get("output") != "json":
            text = "".join(" ".join(r) + "\n" for r in table)
            return 200, {"Content-Type": "text/plain"}, text.encode()
        out: list[list[str]] = [fields, *table] if table else []
        if more and one.get("showResumeKey") == "true" and "urlkey" in fields:
            out += [[], [quote(f"{surt(rows[-1].original)} {rows[-1].timestamp}")]]
        return 200, {"Content-Type": "application/json"}, json.dumps(out).encode()

    def _replay(self, timestamp: str, original: str) -> tuple[int, dict[str, str], bytes]:
        key = surt(original)
        if self._is_blocked(key):
            return self._blocked_answer()
        same = [c for c in self.captures if c.replayable and surt(c.original) == key]
        if not same:
            return 404, {"Content-Type": "text/html"}, b"<html>Not in archive</html>"
        nearest = min(same, key=lambda c: (abs(int(c.timestamp) - int(timestamp)), c.timestamp))
        if nearest.timestamp != timestamp:
            where = f"{self.origin}/web/{nearest.timestamp}id_/{nearest.original}"
            return 302, {"Location": where, "Content-Type": "text/plain"}, b""
        # A raw (id_) capture keeps the page's own Content-Type, charset included.
        headers = {"Memento-Datetime": nearest.timestamp, "Content-Type": nearest.content_type}
        if nearest.location is not None:
            # The archive rewrites a captured redirect into itself, at the same time.
            headers["Location"] = f"{self.origin}/web/{timestamp}id_/{nearest.location}"
        return nearest.status, headers, nearest.body

    def respond(self, path: str, headers: Mapping[str, str]) -> tuple[int, dict[str, str], bytes]:
        return self.answer(path)


def _span_days(start: str, end: str) -> float:
    def days(ts: str) -> float:
        y, m, d = int(ts[:4]), min(int(ts[4:6]) or 1, 12), min(int(ts[6:8]) or 1, 28)
        return y * 365.25 + (m - 1) * 30.44 + d

    return days(end) - days(start)


def _field(capture: StoredCapture, name: str) -> str:
    if name == "urlkey":
        return surt(capture.original)
    if name == "statuscode":
        return str(capture.status)
    if name == "length":
        return str(len(capture.body))
    return str(getattr(capture, name))


def _filter_keeps(spec: str, capture: StoredCapture) -> bool:
    negate = spec.startswith("!")
    name, _, pattern = spec.lstrip("!").partition(":")
    if name not in FIELDS:
        return True
    matched = re.fullmatch(pattern, _field(capture, name)) is not None
    return matched != negate


def _collapse_adjacent(rows: list[StoredCapture], name: str) -> list[StoredCapture]:
    kept: list[StoredCapture] = []
    for row in rows:
        if kept and _field(kept[-1], name) == _field(row, name):
            continue
        kept.append(row)
    return kept


def site_url(path: str) -> str:
    """The real site URL of a mirror path: the old layout lived on ``www.`` over http."""
    found = EUROCITIES.route("https://eurocities.eu" + path)
    if found is not None and found.layout == "domino":
        return "http://www.eurocities.eu" + path
    return "https://eurocities.eu" + path


def mirror_captures(
    mirror_dir: Path = MIRROR_DIR,
    *,
    changed: Mapping[str, Callable[[bytes], bytes]] | None = None,
) -> list[StoredCapture]:
    """The bundled mirror as captures: each page of the old layout at
    :data:`DOMINO_TIMESTAMPS`, of the new at :data:`WORDPRESS_TIMESTAMPS`.

    ``changed`` maps a path to how its page read at every capture after the first (a
    page that changed between captures). Redirects are captured as redirects, missing
    pages as 404s; robots.txt is not captured.
    """
    captures: list[StoredCapture] = []
    for path, mirror_route in load_routes(mirror_dir).items():
        if path == "/robots.txt":
            continue
        original = site_url(path)
        stamps = DOMINO_TIMESTAMPS if "://www." in original else WORDPRESS_TIMESTAMPS
        body = b""
        if mirror_route.file is not None:
            body = (mirror_dir.parent / mirror_route.file).read_bytes()
        location = None
        if mirror_route.location is not None:
            location = site_url(mirror_route.location)
        for n, stamp in enumerate(stamps):
            page = changed[path](body) if changed and path in changed and n else body
            captures.append(
                StoredCapture(
                    timestamp=stamp,
                    original=original,
                    status=mirror_route.status,
                    content_type=mirror_route.content_type,
                    body=page,
                    location=location,
                )
            )
    return captures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args()
    server = WaybackServer(mirror_captures(), port=args.port)
    print(f"Wayback-compatible archive of the bundled mirror at {server.origin}", flush=True)
    try:
        server._httpd.serve_forever()
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
