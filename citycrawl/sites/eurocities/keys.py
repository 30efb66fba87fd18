"""The Lotus Domino document key, shared by the old-site parser and the site's identity."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

#: A Domino document key ending a URL segment: ``-WSPO-ALEJ3G``, ``-PXRD-8L7HPT``.
DOMINO_KEY_RE = re.compile(r"-((?:WSPO|PXRD)-[A-Z0-9]{6})(?![A-Za-z0-9])", re.IGNORECASE)


def domino_key(url: str) -> str | None:
    """The Domino document key (``WSPO-ALEJ3G``) in an old-site URL, upper-cased."""
    match = DOMINO_KEY_RE.search(urlsplit(url).path)
    return match.group(1).upper() if match else None
