"""Cities: the row's ``cities`` column, the cities its title, summary and body name."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler

from citycrawl.enrich.cities import CityFinder, cities_column
from citycrawl.enrich.gazetteer import network_members
from pipelines.normalise import content_hash

#: Names that are no city in a network's texts: the network's own name, and "Roma" for
#: EUROCITIES, which writes about Roma inclusion far more than about Rome in Italian.
STOP_NAMES = {"eurocities": ("EUROCITIES", "Roma")}


class CitiesPipeline:
    """Finds the cities each row names; the gazetteer loads once, on the first row."""

    def __init__(self, network: str) -> None:
        self.network = network
        self._finder: CityFinder | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CitiesPipeline:
        return cls(crawler.spidercls.name)

    @property
    def finder(self) -> CityFinder:
        if self._finder is None:
            self._finder = CityFinder(
                members=network_members(self.network),
                stop_names=STOP_NAMES.get(self.network, (self.network,)),
            )
        return self._finder

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, dict) or "cities" not in item:
            return item
        texts = (item.get("title"), item.get("summary"), item.get("body"))
        item["cities"] = cities_column(self.finder, texts, item.get("language"))
        item["content_hash"] = content_hash(item)
        return item
