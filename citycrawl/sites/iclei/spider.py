"""``scrapy crawl iclei``: the network's spider is the generic one with its site."""

from citycrawl.sites.iclei import SITE
from citycrawl.spiders.network import NetworkSpider


class IcleiSpider(NetworkSpider):
    """Crawl ICLEI Europe's news and event calendar."""

    name = "iclei"
    site = SITE
