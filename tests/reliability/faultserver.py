"""A fault-injection HTTP server that looks like the WordPress layout of eurocities.eu.

Every test scenario lives under its own path prefix (``/<scenario>/``), so one server
can serve many crawls at once and each crawl's requests can be told apart:

``/<scn>/latest_categories/news/`` (and ``.../page/N/``)
    A listing in the site's card markup (``ul.other-story-list > li``) whose cards link
    to the hrefs registered for the scenario with :meth:`FaultServer.add_listing`.
``/<scn>/latest/<slug>/``
    A complete article (category, ``<h1>``, date, lead, body, ``</html>``).
``/<scn>/<fault>/<slug>/?...``
    A named fault; see :meth:`_Handler.route` for the list (flaky, status, alt429,
    wait, hang-after-headers, drop, broken, broken-chunked, torn-gzip, redirect,
    redirect-chain, meta-refresh, charset, type, huge, bomb, fixture).

Responses are written by hand on the raw socket, so the server can lie about
Content-Length, break chunking, drop the connection or stall. Every request is
recorded (:attr:`FaultServer.hits`) with its arrival time and headers, so tests can
assert on what reached the server, which is the ground truth a crawl's own log cannot
give. Bound to 127.0.0.1 on an ephemeral port only.
"""

from __future__ import annotations

import contextlib
import gzip
import html
import socket
import struct
import threading
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import brotli

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
MIB = 1024 * 1024
#: What a decompression bomb expands to.
BOMB_SIZE = 1024 * MIB
#: Size of the huge page.
HUGE_SIZE = 50 * MIB
ARTICLE_DATE = "5 November 2025"


@dataclass(frozen=True)
class Hit:
    """One request as the server saw it."""

    at: float
    path: str
    host: str
    headers: dict[str, str]


@dataclass
class Listing:
    """The cards of one scenario listing page, and where its "next" link points."""

    hrefs: list[str]
    next_href: str | None = None
    #: Per card: (category label, date text) instead of ("News", ARTICLE_DATE).
    meta: dict[str, tuple[str, str]] = field(default_factory=dict)


def article_html(
    title: str,
    lead: str = "",
    *,
    charset: str = "UTF-8",
    category: str = "News",
    date: str = ARTICLE_DATE,
) -> str:
    """A complete WordPress-layout article page (text; encode it with ``charset``)."""
    title_e = html.escape(title)
    lead_e = html.escape(lead or f"Lead paragraph of {title}.")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en-GB"><head><meta charset="{charset}">'
        f"<title>{title_e} - Eurocities</title></head>\n"
        '<body><main id="main" class="site-main"><article class="single-latest">'
        '<div class="container"><div class="article-header">'
        f'<span class="meta-cat">{html.escape(category)}</span><h1>{title_e}</h1>'
        f'<span class="date">{date}</span></div>\n'
        '<div class="article-content entry-content">'
        f'<p class="lead">{lead_e}</p>'
        f"<p>Body text of {title_e}, long enough to read as a paragraph.</p>"
        "</div></div></article></main></body></html>\n"
    )


def title_for(slug: str) -> str:
    """The title the server gives the article at ``slug``."""
    return "Article " + slug.replace("-", " ")


def listing_html(
    hrefs: list[str], next_href: str | None, meta: dict[str, tuple[str, str]] | None = None
) -> str:
    """A listing page in the site's card markup."""
    meta = meta or {}
    cards = "".join(
        f'<li><span class="meta-cat">{meta.get(h, ("News", ""))[0]}</span>'
        f'<span class="date">{meta.get(h, ("", ARTICLE_DATE))[1]}</span>'
        f'<h2><a href="{html.escape(h)}">Card {i}</a></h2>'
        f'<p><a href="{html.escape(h)}">Teaser of card {i}.</a></p>'
        '<span class="read-time">3 minute read</span></li>\n'
        for i, h in enumerate(hrefs)
    )
    nxt = (
        f'<a class="next page-numbers" href="{html.escape(next_href)}">Next</a>'
        if next_href
        else ""
    )
    return (
        '<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="UTF-8">'
        "<title>News Archives - Eurocities</title></head>\n"
        '<body><main id="main"><h1 class="page-title">News</h1>\n'
        f'<ul class="other-story-list">\n{cards}</ul>{nxt}</main></body></html>\n'
    )


@cache
def bomb(encoding: str) -> bytes:
    """About 1 GiB of zeros compressed with ``encoding`` (each well under 2 MiB).

    The deflate stream is one full-flushed 1 MiB segment repeated (identical bytes,
    since a full flush resets the compressor), so building it takes no time; the
    checksums are real, so the bomb is a valid stream.
    """
    block = bytes(MIB)
    blocks = BOMB_SIZE // MIB
    if encoding == "br":
        compressor = brotli.Compressor(quality=5)
        out = [compressor.process(block) for _ in range(blocks)]
        return b"".join(out) + compressor.finish()
    zobj = zlib.compressobj(6, zlib.DEFLATED, -15)
    segment = zobj.compress(block) + zobj.flush(zlib.Z_FULL_FLUSH)
    raw = segment * blocks + zobj.flush()
    crc, adler = 0, 1
    for _ in range(blocks):
        crc, adler = zlib.crc32(block, crc), zlib.adler32(block, adler)
    if encoding == "gzip":
        header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
        return header + raw + struct.pack("<II", crc, BOMB_SIZE & 0xFFFFFFFF)
    return b"\x78\x9c" + raw + struct.pack(">I", adler)  # deflate: the zlib format


@dataclass
class FaultServer:
    """The server; use as a context manager. ``robots`` picks the robots.txt behaviour.

    ``robots`` is ``"allow"`` (a robots.txt that disallows only ``/r15a/agenda/``),
    ``"404"``, ``"503"`` (always), ``"503xN"`` (503 for the first N fetches, then the
    ``allow`` file) or ``"hang"`` (never answers until the server stops).
    """

    robots: str = "allow"
    hits: list[Hit] = field(default_factory=list)
    listings: dict[str, Listing] = field(default_factory=dict)
    #: Bytes of body written per path for streamed endpoints, and whether the
    #: client closed the connection before the end.
    sent: dict[str, int] = field(default_factory=dict)
    cut_short: dict[str, bool] = field(default_factory=dict)
    #: Set when a streamed endpoint's handler has returned: the crawl can end while
    #: the server thread is still finding out that its client hung up.
    streamed: dict[str, threading.Event] = field(
        default_factory=lambda: defaultdict(threading.Event)
    )
    #: Article path -> (title, category, date) instead of the defaults.
    articles: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    #: Scenario -> seconds each of its articles takes to answer (keeps a crawl busy).
    latency: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[str] = Counter()
        self.stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def origin(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def netloc(self) -> str:
        return self.origin.removeprefix("http://")

    def __enter__(self) -> FaultServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    # -- scenario set-up --------------------------------------------------------------

    def add_listing(
        self,
        scenario: str,
        hrefs: list[str],
        page: int = 1,
        next_href: str | None = None,
        meta: dict[str, tuple[str, str]] | None = None,
    ) -> str:
        """Register listing ``page`` of ``scenario``; returns its absolute URL."""
        path = f"/{scenario}/latest_categories/news/" + (f"page/{page}/" if page > 1 else "")
        self.listings[path] = Listing(list(hrefs), next_href, dict(meta or {}))
        return self.origin + path

    # -- what was seen ----------------------------------------------------------------

    def count(self, key: str) -> int:
        """Increment and return the hit counter of ``key`` (thread-safe)."""
        with self._lock:
            self._counts[key] += 1
            return self._counts[key]

    def record(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)

    def paths(self, prefix: str = "/") -> list[str]:
        """Paths (with query) of recorded requests that start with ``prefix``, in order."""
        with self._lock:
            return [h.path for h in self.hits if h.path.startswith(prefix)]

    def hits_for(self, prefix: str) -> list[Hit]:
        with self._lock:
            return [h for h in self.hits if h.path.startswith(prefix)]


def _handler_for(server: FaultServer) -> type[BaseHTTPRequestHandler]:
    class Handler(_Handler):
        fault_server = server

    return Handler


class _Handler(BaseHTTPRequestHandler):
    fault_server: FaultServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return  # quiet: the hits list is the log

    def do_GET(self) -> None:
        server = self.fault_server
        server.record(
            Hit(time.monotonic(), self.path, self.headers.get("Host", ""), dict(self.headers))
        )
        self.close_connection = True
        # A client that hangs up mid-answer is part of the game, not a server error.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.route()

    # -- response writers -------------------------------------------------------------

    def send_raw(
        self,
        status: int,
        body: bytes = b"",
        content_type: str | None = "text/html; charset=UTF-8",
        headers: dict[str, str] | None = None,
        content_length: int | None = None,
    ) -> None:
        lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
        if content_type is not None:
            lines.append(f"Content-Type: {content_type}")
        length = len(body) if content_length is None else content_length
        lines.append(f"Content-Length: {length}")
        for name, value in (headers or {}).items():
            lines.append(f"{name}: {value}")
        lines.append("Connection: close")
        self.wfile.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        self.wfile.flush()

    def send_html(self, text: str, status: int = 200) -> None:
        self.send_raw(status, text.encode("utf-8"))

    def sleep(self, seconds: float) -> None:
        self.fault_server.stopping.wait(seconds)

    def abort_connection(self) -> None:
        """Close with a TCP RST (SO_LINGER 0) rather than a clean FIN."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()

    # -- routing ------------------------------------------------------------------------

    def route(self) -> None:
        server = self.fault_server
        parts = urlsplit(self.path)
        path, query = parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()}
        if path == "/robots.txt":
            return self.robots()
        if path in server.listings:
            listing = server.listings[path]
            return self.send_html(listing_html(listing.hrefs, listing.next_href, listing.meta))
        segments = [s for s in path.split("/") if s]
        if len(segments) < 2:
            return self.send_raw(404, b"<html><body>not found</body></html>")
        fault, rest = segments[1], segments[2:]
        slug = rest[-1] if rest else "page"
        handler: Callable[[str, dict[str, str]], None] | None = getattr(
            self, "fault_" + fault.replace("-", "_"), None
        )
        if handler is None:
            return self.send_raw(404, b"<html><body>not found</body></html>")
        handler(slug, query)
        return None

    def robots(self) -> None:
        mode = self.fault_server.robots
        n = self.fault_server.count("/robots.txt")
        allow = b"User-agent: *\nDisallow: /r15a/agenda/\n"
        if mode == "404":
            self.send_raw(404, b"<html><body>no robots here</body></html>")
        elif mode == "503" or (mode.startswith("503x") and n <= int(mode[4:])):
            self.send_raw(503, b"<html><body>down for maintenance</body></html>")
        elif mode == "hang":
            self.sleep(3600)
        else:
            self.send_raw(200, allow, "text/plain")

    # -- pages and faults ---------------------------------------------------------------

    def fault_latest(self, slug: str, query: dict[str, str]) -> None:
        """A normal article (title, category, date as overridden for its path)."""
        server = self.fault_server
        path = urlsplit(self.path).path
        delay = server.latency.get(path.split("/")[1], 0.0)
        if delay:
            self.sleep(delay)
        title, category, date = server.articles.get(path, (title_for(slug), "News", ARTICLE_DATE))
        self.send_html(article_html(title, category=category, date=date))

    def fault_fixture(self, slug: str, query: dict[str, str]) -> None:
        """A saved fixture page, as raw bytes with its recorded Content-Type."""
        case = FIXTURES / "eurocities" / "wordpress" / slug
        import json

        meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
        self.send_raw(200, (case / "page.html").read_bytes(), meta["content_type"])

    def fault_flaky(self, slug: str, query: dict[str, str]) -> None:
        """503 for the first ``n`` (2) requests of this path, then the page."""
        if self.fault_server.count(self.path) <= int(query.get("n", "2")):
            return self.send_raw(503, b"<html><body>busy</body></html>")
        if "fixture" in query:
            return self.fault_fixture(query["fixture"], {})
        return self.fault_latest(slug, query)

    def fault_status(self, slug: str, query: dict[str, str]) -> None:
        """Always the status ``code`` (500)."""
        self.send_raw(int(query.get("code", "500")), b"<html><body>error</body></html>")

    def fault_alt429(self, slug: str, query: dict[str, str]) -> None:
        """429 on every other request of this path (the first, third...), else the page."""
        if self.fault_server.count(self.path) % 2 == 1:
            return self.send_raw(
                429, b"<html><body>slow down</body></html>", headers={"Retry-After": "1"}
            )
        return self.fault_latest(slug, query)

    def fault_wait(self, slug: str, query: dict[str, str]) -> None:
        """Accept the connection, then send nothing."""
        self.sleep(float(query.get("s", "60")))

    def fault_hang_after_headers(self, slug: str, query: dict[str, str]) -> None:
        """Send the headers (promising 1000 bytes) and a few bytes, then stall."""
        self.wfile.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n<html>"
        )
        self.wfile.flush()
        self.sleep(float(query.get("s", "60")))

    def fault_drop(self, slug: str, query: dict[str, str]) -> None:
        """``abort=1``: reset before any byte; ``abort=0``: part of a chunked page, then close."""
        if query.get("abort", "0") == "1":
            return self.abort_connection()
        partial = article_html(title_for(slug)).encode()[:300]
        self.wfile.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
            + f"{len(partial):x}\r\n".encode()
            + partial
            + b"\r\n"
        )
        self.wfile.flush()
        self.connection.shutdown(socket.SHUT_RDWR)
        return None

    def fault_broken(self, slug: str, query: dict[str, str]) -> None:
        """Content-Length 20, then 7 bytes and a clean close."""
        self.send_raw(200, b"partial", content_length=20)

    def fault_broken_chunked(self, slug: str, query: dict[str, str]) -> None:
        """A chunk that announces more bytes than follow, then a clean close."""
        head = article_html(title_for(slug)).encode()[:200]
        self.wfile.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n" + b"1000\r\n" + head
        )
        self.wfile.flush()
        self.connection.shutdown(socket.SHUT_RDWR)

    def fault_torn_gzip(self, slug: str, query: dict[str, str]) -> None:
        """A gzip stream cut mid-document, sent completely (Content-Length matches)."""
        page = article_html(title_for(slug)).encode()
        compressed = gzip.compress(page)
        self.send_raw(
            200, compressed[: len(compressed) * 3 // 4], headers={"Content-Encoding": "gzip"}
        )

    def fault_redirect(self, slug: str, query: dict[str, str]) -> None:
        """A redirect (``code``, 302) to ``to``; ``cookie=1`` also sets a cookie."""
        headers = {"Location": query["to"]}
        if query.get("cookie") == "1":
            headers["Set-Cookie"] = "session=secret-session; Path=/"
        self.send_raw(int(query.get("code", "302")), b"", headers=headers)

    def fault_redirect_chain(self, slug: str, query: dict[str, str]) -> None:
        """``.../redirect-chain/<n>/`` redirects to ``n+1``, alternating 301 and 302, forever."""
        n = int(slug) if slug.isdigit() else 0
        base = self.path.split("/redirect-chain/", 1)[0]
        status = 301 if n % 2 == 0 else 302
        self.send_raw(status, b"", headers={"Location": f"{base}/redirect-chain/{n + 1}/"})

    def fault_redirect_loop(self, slug: str, query: dict[str, str]) -> None:
        """``a`` → 301 → ``b`` → 302 → ``a``: a true loop."""
        base = self.path.split("/redirect-loop/", 1)[0]
        other, status = ("b", 301) if slug == "a" else ("a", 302)
        self.send_raw(status, b"", headers={"Location": f"{base}/redirect-loop/{other}/"})

    def fault_meta_refresh(self, slug: str, query: dict[str, str]) -> None:
        """A page whose <meta http-equiv=refresh> points at ``to``."""
        target = html.escape(query["to"])
        self.send_html(
            f'<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0;url={target}">'
            "</head><body></body></html>"
        )

    def fault_charset(self, slug: str, query: dict[str, str]) -> None:
        """An article in one of the charset cases of :data:`CHARSET_CASES`."""
        case = CHARSET_CASES[slug]
        text = article_html(case.title, case.title, charset=case.meta or "")
        if case.meta is None:
            text = text.replace('<meta charset="">', "")
        body = case.bom + text.encode(case.body_encoding)
        self.send_raw(200, body, case.header)

    def fault_type(self, slug: str, query: dict[str, str]) -> None:
        """Non-HTML (and HTML under a wrong or missing type); see :data:`TYPE_CASES`."""
        content_type, body = TYPE_CASES[slug]
        self.send_raw(200, body, content_type)

    def fault_huge(self, slug: str, query: dict[str, str]) -> None:
        """50 MiB of HTML, with Content-Length (``cl=1``) or streamed until close."""
        server = self.fault_server
        with_length = query.get("cl") == "1"
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n"
        head += f"Content-Length: {HUGE_SIZE}\r\n".encode() if with_length else b""
        chunk = (b"<p>" + b"x" * 1017 + b"</p>\n") * 64  # 64 KiB of markup
        sent = 0
        server.cut_short[self.path] = False
        server.sent[self.path] = 0
        try:
            self.wfile.write(head + b"Connection: close\r\n\r\n")
            self.wfile.write(b"<!DOCTYPE html><html><body><h1>Huge</h1>")
            while sent < HUGE_SIZE:
                self.wfile.write(chunk)
                sent += len(chunk)
                server.sent[self.path] = sent
            self.wfile.write(b"</body></html>")
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except (BrokenPipeError, ConnectionResetError):
            server.cut_short[self.path] = True
        finally:
            server.streamed[self.path].set()

    def fault_bomb(self, slug: str, query: dict[str, str]) -> None:
        """A body that expands to 1 GiB: ``slug`` is gzip, deflate or br."""
        self.send_raw(200, bomb(slug), headers={"Content-Encoding": slug})


@dataclass(frozen=True)
class CharsetCase:
    """An article whose title must survive this combination of header, meta and bytes."""

    title: str
    body_encoding: str
    header: str
    meta: str | None
    bom: bytes = b""


_WEST = "Café in Zürich – l’été à Liège"
CHARSET_CASES = {
    # The server says UTF-8, the bytes are windows-1252 (a legacy page behind a default).
    "utf8-header-over-cp1252": CharsetCase(_WEST, "cp1252", "text/html; charset=UTF-8", None),
    # No charset in the header; the page declares ISO-8859-1 (Latin-1 has no ’ or –).
    "meta-latin1": CharsetCase("Café in Zürich à Liège", "latin-1", "text/html", "iso-8859-1"),
    # A UTF-8 BOM beats a header that says Latin-1 (Scrapy's order: BOM first).
    "bom-utf8": CharsetCase(_WEST, "utf-8", "text/html; charset=iso-8859-1", None, b"\xef\xbb\xbf"),
    # Header (windows-1252) and meta (UTF-8) disagree: the header wins, as in Scrapy.
    "header-meta-disagree": CharsetCase(
        _WEST, "cp1252", "text/html; charset=windows-1252", "UTF-8"
    ),
    "shift-jis": CharsetCase(
        "欧州都市ネットワーク", "shift_jis", "text/html; charset=Shift_JIS", "Shift_JIS"
    ),
    "gb18030": CharsetCase("欧洲城市网络", "gb18030", "text/html; charset=GB18030", "GB18030"),
}

_HTML_DOC = article_html("Served as plain text").encode()
TYPE_CASES: dict[str, tuple[str | None, bytes]] = {
    "pdf": ("application/pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
    "png": ("image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
    "json": ("application/json", b'{"title": "<h1>not a page</h1>"}'),
    "octet": ("application/octet-stream", bytes(range(256))),
    # Policy: HTML served as text/plain is read when the body starts as an HTML document.
    "text-plain-html": ("text/plain; charset=UTF-8", _HTML_DOC),
    # ... and plain text that merely contains a tag is not.
    "text-plain-notes": ("text/plain", b"Notes: remember <h1>this</h1> is not a page\n"),
    "missing": (None, article_html("Served without a type").encode()),
}

_REASONS = {
    200: "OK",
    301: "Moved Permanently",
    302: "Found",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}
