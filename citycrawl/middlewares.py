"""Downloader middleware that keeps the crawl on the site's own hosts."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest

from citycrawl.urls import is_forbidden_host, site_host

logger = logging.getLogger(__name__)


class SiteHostsMiddleware:
    """Drop every request whose host is not exactly one of ``spider.site_hosts``.

    Scrapy's ``allowed_domains`` admits every subdomain, which would let a link or a
    redirect lead to ``staging.eurocities.eu``; this compares whole hosts (``www.``
    folded, port included). Redirects pass through here again, so an off-site redirect
    target is dropped too. Counted as ``citycrawl/offsite/<host>``.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteHostsMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        spider = self.crawler.spider
        hosts: frozenset[str] | None = getattr(spider, "site_hosts", None)
        if hosts is None:
            return
        parts = urlsplit(request.url)
        host = site_host(parts.netloc)
        if parts.scheme in {"http", "https"} and host in hosts and not is_forbidden_host(host):
            return
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"citycrawl/offsite/{host or parts.scheme}")
        logger.debug("Dropped off-site request %s", request.url)
        raise IgnoreRequest(f"off-site: {request.url}")
