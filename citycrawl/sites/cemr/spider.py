"""``scrapy crawl cemr``: the network's spider is the generic one with its site."""

from citycrawl.sites.cemr import SITE
from citycrawl.spiders.network import NetworkSpider


class CemrSpider(NetworkSpider):
    """Crawl CEMR: the current site and, from archive copies, www.ccre.org's lists."""

    name = "cemr"
    site = SITE
