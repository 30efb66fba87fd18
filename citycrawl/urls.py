"""URLs of the EUROCITIES site: canonical form, document identity, page routing.

The same document is reachable under many URLs: ``www.`` or not, with or without a
trailing slash, with newsletter tracking parameters, and, on the old site, under a
handful of mirror hosts (``wsdomino.``, ``cascadecities.eu``...) and under both
``/documents/`` and ``/publications/``. :func:`canonical_url` folds the harmless
variants; :func:`document_identity` names the document itself (the Domino ``WSPO-``
key where there is one), which is what ``item_id`` hashes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from citycrawl.parsing.model import Layout

PageKind = Literal["listing", "document"]

#: Hosts never crawled: staging copies duplicate the site with unfinished content.
FORBIDDEN_HOST_PREFIXES = ("staging.",)

_TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok"}
)
_DOMINO_KEY_RE = re.compile(r"-((?:WSPO|PXRD)-[A-Z0-9]{6})(?=$|[&/?#])", re.IGNORECASE)
_WORDPRESS_DOCUMENT_RE = re.compile(r"^/(?:latest|events|resources|stories)/[^/]+/?$")
_DOMINO_PATH_RE = re.compile(r"^/(?:eurocities|v2)(?:/|$)")
_FILE_EXTENSION_RE = re.compile(r"\.[A-Za-z0-9]{1,5}$")


def site_host(host: str) -> str:
    """``host`` lower-cased without a leading ``www.`` (the two serve the same site)."""
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def is_forbidden_host(host: str) -> bool:
    """True for hosts the crawler must never fetch (staging copies)."""
    return site_host(host).startswith(FORBIDDEN_HOST_PREFIXES)


def canonical_url(url: str) -> str:
    """Fold harmless variants of a URL into one form.

    Lower-cases scheme and host, drops ``www.``, default ports, fragments and tracking
    parameters (``utm_*``, ``fbclid``...), sorts the remaining query, and gives
    WordPress document paths their trailing slash (the site's own permalink form).
    Domino paths keep their ``&arg=value`` syntax untouched.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = site_host(parts.hostname or "")
    port = parts.port
    netloc = (
        host
        if port is None or (scheme, port) in {("http", 80), ("https", 443)}
        else (f"{host}:{port}")
    )
    path = parts.path or "/"
    query_pairs = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith("utm_") and key.lower() not in _TRACKING_PARAMS
    ]
    if (
        not _DOMINO_PATH_RE.match(path)
        and not path.endswith("/")
        and not _FILE_EXTENSION_RE.search(path)
    ):
        path += "/"
    query = urlencode(sorted(query_pairs))
    return urlunsplit((scheme, netloc, path, query, ""))


def domino_key(url: str) -> str | None:
    """The Domino document key (``WSPO-ALEJ3G``) in an old-site URL, upper-cased."""
    match = _DOMINO_KEY_RE.search(urlsplit(url).path)
    return match.group(1).upper() if match else None


def document_identity(url: str) -> str:
    """What makes two URLs the same document: the Domino key, else the canonical URL.

    The scheme is left out so an ``http://`` archive copy and the ``https://`` site
    agree.
    """
    key = domino_key(url)
    if key:
        return f"domino:{key}"
    return "url:" + canonical_url(url).split("://", 1)[-1]


def item_id(url: str) -> str:
    """The dataset key of the document at ``url``: sha1 of :func:`document_identity`."""
    return hashlib.sha1(document_identity(url).encode("utf-8"), usedforsecurity=False).hexdigest()


@dataclass(frozen=True, slots=True)
class Route:
    """Which parser a page needs."""

    layout: Layout
    kind: PageKind


def route(url: str) -> Route:
    """Tell the layout and page kind of a site URL from its shape.

    Old-site URLs live under ``/eurocities/`` (or ``/v2/`` on staging copies) and
    detail pages end in a Domino key; new-site documents are ``/latest/<slug>/`` (and
    the ``events``/``resources``/``stories`` post types) or ``/?p=<id>`` shortlinks.
    Everything else (category archives, topic and city pages) is a listing.
    """
    parts = urlsplit(url)
    path = parts.path or "/"
    if domino_key(url) or _DOMINO_PATH_RE.match(path):
        return Route("domino", "document" if domino_key(url) else "listing")
    if _WORDPRESS_DOCUMENT_RE.match(path) or (
        path == "/" and any(k == "p" for k, _ in parse_qsl(parts.query))
    ):
        return Route("wordpress", "document")
    return Route("wordpress", "listing")
