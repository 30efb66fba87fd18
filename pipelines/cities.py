"""Cities: the row's ``cities`` column, the cities its title, summary and body name."""

from __future__ import annotations

from typing import Any

from citycrawl.enrich.cities import CityFinder, cities_column
from citycrawl.enrich.gazetteer import network_members
from pipelines.normalise import content_hash

#: Names that are no city in a network's texts: the network's own name, and "Roma" for
#: EUROCITIES, which writes about Roma inclusion far more than about Rome in Italian.
STOP_NAMES = {"eurocities": ("EUROCITIES", "Roma")}


class CitiesPipeline:
    """Finds the cities each row names, with the member list of the row's network (its
    ``source``); the gazetteer loads once, on the first row."""

    def __init__(self) -> None:
        self._finders: dict[str, CityFinder] = {}

    def finder(self, network: str) -> CityFinder:
        """The finder for one network's rows."""
        if network not in self._finders:
            self._finders[network] = CityFinder(
                members=network_members(network),
                stop_names=STOP_NAMES.get(network, (network,)),
            )
        return self._finders[network]

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, dict) or "cities" not in item:
            return item
        texts = (item.get("title"), item.get("summary"), item.get("body"))
        finder = self.finder(item["source"])
        item["cities"] = cities_column(finder, texts, item.get("language"))
        item["content_hash"] = content_hash(item)
        return item
