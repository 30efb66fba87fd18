"""``scrapy crawl eurocities``: the network's spider is the generic one with its site."""

from citycrawl.sites.eurocities import SITE
from citycrawl.spiders.network import NetworkSpider


class EurocitiesSpider(NetworkSpider):
    """Crawl EUROCITIES, new (WordPress) and old (Lotus Domino) layouts."""

    name = "eurocities"
    site = SITE
