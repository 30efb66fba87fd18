"""A test-only download handler that records every request it is asked to fetch.

The reliability tests map ``file``, ``data`` and ``ftp`` to it (production maps them
to ``None``) to prove that no such request even reaches the download-handler layer:
the crawl's own middlewares must stop them first. Each call appends the URL to the
file named by the ``CITYCRAWL_TEST_SPY_FILE`` setting and then refuses the request.
"""

from __future__ import annotations

from pathlib import Path

from scrapy import Request
from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.exceptions import NotSupported
from scrapy.http import Response


class SpyHandler(BaseDownloadHandler):
    """Records, then refuses, every request handed to it."""

    async def download_request(self, request: Request) -> Response:
        spy_file = Path(self.crawler.settings["CITYCRAWL_TEST_SPY_FILE"])
        with spy_file.open("a", encoding="utf-8") as f:
            f.write(request.url + "\n")
        raise NotSupported(f"spy handler refused {request.url}")
