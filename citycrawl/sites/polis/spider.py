"""``scrapy crawl polis``: the network's spider is the generic one with its site."""

from citycrawl.sites.polis import SITE
from citycrawl.spiders.network import NetworkSpider


class PolisSpider(NetworkSpider):
    """Crawl POLIS (news, events, documents); never its members' area."""

    name = "polis"
    site = SITE
