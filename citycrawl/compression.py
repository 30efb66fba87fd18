"""Bounded decompression: the one way citycrawl inflates bytes it did not write itself.

Scrapy bounds what it decompresses for a ``Content-Encoding`` (``DOWNLOAD_MAXSIZE``),
but a ``.xml.gz`` sitemap served without that header reaches the crawl still
compressed, and ``gzip.decompress`` would inflate 2 MB into 4 GiB. Everything here
stops at ``max_size`` bytes of output, holding at most that much in memory.
"""

from __future__ import annotations

import zlib

#: zlib's ``wbits`` for a gzip stream (header and trailer checked).
_GZIP_WBITS = 16 + zlib.MAX_WBITS
GZIP_MAGIC = b"\x1f\x8b"


class DecompressionLimitError(ValueError):
    """The data expands to more than the allowed size."""

    def __init__(self, max_size: int) -> None:
        super().__init__(f"expands to more than {max_size} bytes")
        self.max_size = max_size


def gunzip(data: bytes, max_size: int) -> bytes:
    """Decompress gzip ``data`` (every member, as ``gzip.decompress`` does), bounded.

    Raises :class:`DecompressionLimitError` once the output would pass ``max_size``
    bytes, and ``zlib.error`` / ``EOFError`` for a corrupt or truncated stream.
    """
    out = bytearray()
    while data:
        inflater = zlib.decompressobj(_GZIP_WBITS)
        pending = data
        while pending and not inflater.eof:
            # max_length caps each step's output; the rest of the input waits in
            # unconsumed_tail, so memory never holds more than max_size + 1 bytes.
            out += inflater.decompress(pending, max_size - len(out) + 1)
            if len(out) > max_size:
                raise DecompressionLimitError(max_size)
            pending = inflater.unconsumed_tail
        if not inflater.eof:
            raise EOFError("compressed data ended before the end-of-stream marker")
        data = inflater.unused_data
        if data.strip(b"\x00") == b"":  # trailing NUL padding, as gzip.decompress allows
            break
    return bytes(out)
