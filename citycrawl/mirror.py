"""Serve a saved copy of a site on 127.0.0.1, as a web archive would.

A mirror folder holds ``routes-*.json`` files: lists of routes
``{"path", "file" (relative to the fixtures folder), "content_type", "status",
"location"}``. Paths are matched exactly, query included (Domino paths carry their
``&arg=value`` arguments in the path itself); unknown paths get a 404. Absolute links to
the real site in served pages are rewritten to the mirror's own origin, the way an
archive copy rewrites them, so a crawl of the mirror stays on the mirror.

``python -m citycrawl.mirror [--port N]`` serves the bundled mirror until interrupted.
"""

from __future__ import annotations

import argparse
import json
import re
import threading
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

FIXTURES_DIR = Path(__file__).resolve().parent.parent / "fixtures"
MIRROR_DIR = FIXTURES_DIR / "mirror"
_SITE_ORIGIN_RE = re.compile(rb"https?://(?:www\.|wsdomino\.)?eurocities\.eu(?=[/\"'\s<]|$)")


@dataclass(frozen=True, slots=True)
class MirrorRoute:
    """One path of the mirror and what it answers."""

    path: str
    status: int = 200
    file: str | None = None
    content_type: str = "text/html; charset=UTF-8"
    location: str | None = None


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


class MirrorServer:
    """A threaded HTTP server for a mirror folder; counts the requests it answers."""

    def __init__(
        self, mirror_dir: Path = MIRROR_DIR, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        self.routes = load_routes(mirror_dir)
        self.fixtures_dir = mirror_dir.parent
        #: Requests answered, by path (query included), for tests that count fetches.
        self.hits: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer((host, port), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def origin(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> MirrorServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> MirrorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def serve_forever(self) -> None:
        self._httpd.serve_forever()

    def _answer(self, raw_path: str) -> tuple[int, dict[str, str], bytes]:
        with self._lock:
            self.hits[raw_path] += 1
        route = self.routes.get(raw_path) or self.routes.get(raw_path.split("?", 1)[0])
        if route is None or route.status == 404:
            body = b"<!DOCTYPE html><html><head><title>Page not found</title></head></html>"
            return 404, {"Content-Type": "text/html; charset=UTF-8"}, body
        if route.location is not None:
            return route.status, {"Location": route.location}, b""
        assert route.file is not None
        body = (self.fixtures_dir / route.file).read_bytes()
        if route.content_type.startswith(("text/html", "application/xhtml")):
            body = _SITE_ORIGIN_RE.sub(self.origin.encode("ascii"), body)
        return route.status, {"Content-Type": route.content_type}, body

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                status, headers, body = server._answer(self.path)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the crawl logs every fetch already

        return Handler


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
