"""URLs in general: canonical form and host comparison, for every network.

The same document is reachable under many URLs: ``www.`` or not, with or without a
trailing slash, with newsletter tracking parameters. :func:`canonical_url` folds the
harmless variants. What makes two URLs *one document* can be more than that (the old
EUROCITIES site keys documents across hosts): that is each site's
:meth:`~citycrawl.sites.Site.document_identity`.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok"}
)
_FILE_EXTENSION_RE = re.compile(r"\.[A-Za-z0-9]{1,5}$")


def http_url(url: str) -> str | None:
    """``url`` if it is an absolute http(s) URL that can be requested, else ``None``.

    The checks are the ones that make ``urlsplit``, ``.port`` and Scrapy's ``Request``
    raise ``ValueError`` (or ``UnicodeError``) later, in a spider callback, where one
    bad link would lose the rest of its page: an unclosed IPv6 bracket (``http://[x/``),
    a host with characters NFKC folds into delimiters (``℀``), a port that is no
    number or out of range (``:99999``), lone surrogates. A URL without a host is no
    page either.
    """
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (the property validates the port)
        url.encode("utf-8")
    except (ValueError, UnicodeError):
        return None
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        return None
    return url


def site_host(host: str) -> str:
    """``host`` lower-cased without a leading ``www.`` or a trailing dot (same site)."""
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def canonical_url(url: str, *, trailing_slash: bool = True) -> str:
    """Fold harmless variants of a URL into one form.

    Lower-cases scheme and host, drops ``www.``, default ports, fragments and tracking
    parameters (``utm_*``, ``fbclid``...) and sorts the remaining query. With
    ``trailing_slash`` (sites whose permalinks end in ``/``, like WordPress) a path
    that names no file gets its trailing slash.
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
    if trailing_slash and not path.endswith("/") and not _FILE_EXTENSION_RE.search(path):
        path += "/"
    query = urlencode(sorted(query_pairs))
    return urlunsplit((scheme, netloc, path, query, ""))
