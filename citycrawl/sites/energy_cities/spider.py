"""``scrapy crawl energy-cities``: the network's spider is the generic one with its site."""

from citycrawl.sites.energy_cities import SITE
from citycrawl.spiders.network import NetworkSpider


class EnergyCitiesSpider(NetworkSpider):
    """Crawl Energy Cities: the WordPress site and, from archive copies, the SPIP one."""

    name = "energy-cities"
    site = SITE
