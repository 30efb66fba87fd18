"""``scrapy crawl c40``: the network's spider is the generic one with its site."""

from citycrawl.sites.c40 import SITE
from citycrawl.spiders.network import NetworkSpider


class C40Spider(NetworkSpider):
    """Crawl C40 Cities (news, press releases, statements, events)."""

    name = "c40"
    site = SITE
