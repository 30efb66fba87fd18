"""``scrapy crawl urbact``: the network's spider is the generic one with its site."""

from citycrawl.sites.urbact import SITE
from citycrawl.spiders.network import NetworkSpider


class UrbactSpider(NetworkSpider):
    """Crawl URBACT's mixed feed, split into news, stories and events."""

    name = "urbact"
    site = SITE
