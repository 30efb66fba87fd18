"""Serve a saved copy of a site on 127.0.0.1, as a web archive would.

A mirror folder holds ``routes-*.json`` files: lists of routes
``{"path", "file" (relative to the fixtures folder), "content_type", "status",
"location", "headers"}``. Paths are matched exactly, query included (Domino paths carry
their ``&arg=value`` arguments in the path itself); unknown paths get a 404. Absolute links to
the real site in served pages are rewritten to the mirror's own origin, the way an
archive copy rewrites them, so a crawl of the mirror stays on the mirror.

Variants for tests are made at run time from the bundled mirror, not copied:
``overlay`` adds or replaces paths with inline bodies (a changed page, a sitemap, a
feed, a robots.txt with ``Crawl-delay``), ``transform`` rewrites every HTML body (a
renamed date element), and ``conditional`` makes the server send ``Last-Modified`` and
``ETag`` and answer ``If-Modified-Since`` / ``If-None-Match`` with 304, as WordPress
behind a cache does. ``hits`` and ``hit_log`` record what was asked and when.

``python -m citycrawl.mirror [--port N]`` serves the bundled mirror until interrupted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.utils
import hashlib
import json
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self

FIXTURES_DIR = Path(__file__).resolve().parent.parent / "fixtures"
MIRROR_DIR = FIXTURES_DIR / "mirror"
_SITE_ORIGIN_RE = re.compile(rb"https?://(?:www\.|wsdomino\.)?eurocities\.eu(?=[/\"'\s<]|$)")
#: The same in JSON that escapes its slashes, as WordPress's REST API does.
_JSON_SITE_ORIGIN_RE = re.compile(rb"https?:\\/\\/(?:www\.)?eurocities\.eu(?=\\/|\")")


def network_mirror_dir(network: str) -> Path:
    """The bundled mirror of a network other than the first: ``fixtures/<network>/mirror``.

    Its routes name files relative to ``fixtures/<network>/``, so the mirror serves the
    network's saved fixture pages as they are.
    """
    return FIXTURES_DIR / network / "mirror"


def origin_pattern(hosts: Iterable[str], *, escaped_slashes: bool = False) -> re.Pattern[bytes]:
    """Absolute links to any of ``hosts`` (with ``www.`` or a trailing dot), to rewrite.

    With ``escaped_slashes``, links as JSON writes them (``https:\\/\\/host\\/``).
    """
    names = b"|".join(
        re.escape(host.encode("ascii")) for host in sorted(hosts, key=len, reverse=True)
    )
    if escaped_slashes:
        return re.compile(rb"https?:\\/\\/(?:www\.)?(?:" + names + rb")\.?(?=\\/|\")")
    return re.compile(rb"https?://(?:www\.)?(?:" + names + rb")\.?(?=[/\"'\s<?]|$)")


@dataclass(frozen=True, slots=True)
class MirrorRoute:
    """One path of the mirror and what it answers."""

    path: str
    status: int = 200
    file: str | None = None
    content_type: str = "text/html; charset=UTF-8"
    location: str | None = None
    #: Inline body (overlay routes); wins over ``file``.
    body: bytes | None = None
    #: Further response headers (``X-WP-Total`` of a WordPress REST answer).
    headers: Mapping[str, str] | None = None


#: ``Last-Modified`` of every page of a conditional mirror unless an overlay says else.
MIRROR_LAST_MODIFIED = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def load_routes(mirror_dir: Path = MIRROR_DIR) -> dict[str, MirrorRoute]:
    """All routes of a mirror folder, keyed by path (query included)."""
    routes: dict[str, MirrorRoute] = {}
    for routes_file in sorted(mirror_dir.glob("routes-*.json")):
        for raw in json.loads(routes_file.read_text(encoding="utf-8")):
            route = MirrorRoute(**raw)
            if route.path in routes:
                raise ValueError(f"{routes_file.name}: path {route.path} defined twice")
            routes[route.path] = route
    return routes


def start_paths(mirror_dir: Path = MIRROR_DIR) -> list[str]:
    """The listing pages a crawl of the mirror starts from (``start.txt``, one a line)."""
    lines = (mirror_dir / "start.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def bundled_mirror(network: str, **options: Any) -> tuple[MirrorServer, list[str]]:
    """The network's bundled mirror (not started) and the paths a crawl of it starts from.

    EUROCITIES' is :data:`MIRROR_DIR`; every other network's is
    :func:`network_mirror_dir`, its links to the network's hosts pointing at the mirror.
    ``options`` are :class:`MirrorServer`'s (``overlay``, ``transform``, ...).
    """
    from citycrawl import sites  # the registry imports the site packages, late

    if network == "eurocities":
        return MirrorServer(**options), start_paths()
    mirror_dir = network_mirror_dir(network)
    server = MirrorServer(mirror_dir, hosts=sites.get(network).profile.hosts, **options)
    return server, start_paths(mirror_dir)


class LoopbackServer:
    """An HTTP server in a daemon thread, started and stopped as a context manager.

    Subclasses create ``self._httpd`` (a :class:`ThreadingHTTPServer` bound to a loopback
    address) in their ``__init__``; the mirror and the local Wayback server share this.
    """

    _httpd: ThreadingHTTPServer

    @property
    def origin(self) -> str:
        host, port = self._httpd.socket.getsockname()[:2]
        return f"http://{host}:{port}"

    def start(self) -> Self:
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def respond(self, path: str, headers: Mapping[str, str]) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body for a GET of ``path`` (its query included)."""
        raise NotImplementedError

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                status, headers, body = server.respond(self.path, dict(self.headers.items()))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the crawl logs every fetch already

        return Handler


class MirrorServer(LoopbackServer):
    """A threaded HTTP server for a mirror folder; counts the requests it answers."""

    def __init__(
        self,
        mirror_dir: Path = MIRROR_DIR,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        overlay: Mapping[str, MirrorRoute] | None = None,
        transform: Callable[[str, bytes], bytes] | None = None,
        conditional: bool = False,
        last_modified: Mapping[str, dt.datetime] | None = None,
        hosts: Iterable[str] | None = None,
    ) -> None:
        self.routes = {**load_routes(mirror_dir), **(overlay or {})}
        #: Links to these hosts are rewritten to the mirror (default: EUROCITIES').
        self.origin_re = origin_pattern(hosts) if hosts else _SITE_ORIGIN_RE
        self.json_origin_re = (
            origin_pattern(hosts, escaped_slashes=True) if hosts else _JSON_SITE_ORIGIN_RE
        )
        self.fixtures_dir = mirror_dir.parent
        self.transform = transform
        self.conditional = conditional
        self.last_modified = dict(last_modified or {})
        #: Requests answered, by path (query included), for tests that count fetches.
        self.hits: Counter[str] = Counter()
        #: (monotonic time, path, status) of every request, in order.
        self.hit_log: list[tuple[float, str, int]] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer((host, port), self._handler_class())
        self._httpd.daemon_threads = True

    def serve_forever(self) -> None:
        self._httpd.serve_forever()

    def _answer(
        self, raw_path: str, request_headers: Mapping[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        status, headers, body = self._response(raw_path, request_headers or {})
        with self._lock:
            self.hits[raw_path] += 1
            self.hit_log.append((time.monotonic(), raw_path, status))
        return status, headers, body

    def _response(
        self, raw_path: str, request_headers: Mapping[str, str]
    ) -> tuple[int, dict[str, str], bytes]:
        route = self.routes.get(raw_path) or self.routes.get(raw_path.split("?", 1)[0])
        if route is None or route.status == 404:
            body = b"<!DOCTYPE html><html><head><title>Page not found</title></head></html>"
            return 404, {"Content-Type": "text/html; charset=UTF-8"}, body
        if route.location is not None:
            return route.status, {"Location": route.location}, b""
        if route.body is not None:
            body = route.body
        else:
            assert route.file is not None
            body = (self.fixtures_dir / route.file).read_bytes()
        if route.content_type.startswith(("text/", "application/xhtml")) or (
            "xml" in route.content_type
        ):
            # Text of any kind (pages, robots.txt, sitemaps, feeds) links to the mirror.
            body = self.origin_re.sub(self.origin.encode("ascii"), body)
        elif "json" in route.content_type:
            escaped = self.origin.replace("/", "\\/").encode("ascii")
            body = self.json_origin_re.sub(lambda _: escaped, body)
        if self.transform is not None and route.content_type.startswith(
            ("text/html", "application/xhtml")
        ):
            body = self.transform(raw_path, body)
        headers = {"Content-Type": route.content_type, **(route.headers or {})}
        if self.conditional and route.status == 200:
            return self._conditional(raw_path, body, headers, request_headers)
        return route.status, headers, body

    def _conditional(
        self,
        raw_path: str,
        body: bytes,
        headers: dict[str, str],
        request_headers: Mapping[str, str],
    ) -> tuple[int, dict[str, str], bytes]:
        modified = self.last_modified.get(raw_path, MIRROR_LAST_MODIFIED)
        etag = '"' + hashlib.sha1(body, usedforsecurity=False).hexdigest()[:16] + '"'
        headers = {
            **headers,
            "ETag": etag,
            "Last-Modified": email.utils.format_datetime(modified, usegmt=True),
        }
        # RFC 9110 §13.2.2: If-None-Match wins over If-Modified-Since.
        if_none_match = request_headers.get("If-None-Match")
        if if_none_match is not None:
            if etag in {t.strip() for t in if_none_match.split(",")}:
                return 304, headers, b""
            return 200, headers, body
        since = request_headers.get("If-Modified-Since")
        if since:
            try:
                since_time = email.utils.parsedate_to_datetime(since)
            except (TypeError, ValueError):
                since_time = None
            if since_time is not None and modified.replace(microsecond=0) <= since_time:
                return 304, headers, b""
        return 200, headers, body

    def respond(self, path: str, headers: Mapping[str, str]) -> tuple[int, dict[str, str], bytes]:
        return self._answer(path, headers)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--mirror", type=Path, default=MIRROR_DIR)
    args = parser.parse_args()
    server = MirrorServer(args.mirror, port=args.port)
    print(f"Serving {args.mirror} at {server.origin}/ (Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
