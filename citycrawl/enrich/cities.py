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
from typing import Any, NamedTuple

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
#: A word that may be capitalised, from a character that may be a capital to the word's
#: end. The class leaves out only what is never a capital (non-word characters, digits,
#: "_", lower-case Latin, Greek and Cyrillic letters), the commonest first: ``re`` tests
#: them in order, and scans for the class in C. A match may start inside a word
#: (``iPhone``), so the finder checks the character before; ``str.isupper`` decides.
_CANDIDATE_RE = re.compile(r"[^ a-z.,ß-öø-ÿα-ωа-џ\W\d_]\w*")

#: The word after a name's word, joined to it as a name's words are (see ``_match``).
_JOINED_WORD_RE = re.compile(r"[ \-'’]*(\w+)")


def _inside_word(text: str, start: int) -> bool:
    """Whether a ``\\w`` character stands before ``start`` (``re``'s ``\\w``: alphanumeric
    or ``_``)."""
    if start == 0:
        return False
    before = text[start - 1]
    return before.isalnum() or before == "_"


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


class _SortedWords:
    """A word list sorted by code point, one word a line, kept as the bytes it is shipped
    as and looked up by binary search: ~7 MB where a frozenset of its 540,000 words took
    +28 MiB and 0.2 s to build in every process. The finder asks it about a word or two
    per 10,000 characters (a capitalised word beside a name), ~15 µs each."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def __contains__(self, word: str) -> bool:
        key, data = word.encode("utf-8"), self._data
        lo, hi = 0, len(data)  # the lines in data[lo:hi], both at the start of a line
        while lo < hi:
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", lo, mid) + 1 or lo
            end = data.find(b"\n", mid)
            line = data[start:end]
            if line == key:
                return True
            if line < key:  # UTF-8 bytes sort as their code points do
                lo = end + 1
            else:
                hi = start
        return False


@cache
def _common_words() -> _SortedWords:
    data = (resources.files("citycrawl.enrich") / "data" / "common_words.txt.gz").read_bytes()
    # Bounded like every decompression in the project (citycrawl.compression); the
    # list is about 7 MB.
    return _SortedWords(gunzip(data, 64 * 1024 * 1024))


class _Token(NamedTuple):
    """A word of the text: where it stands, as written and folded."""

    start: int
    end: int
    word: str
    folded: str


def _token(match: re.Match[str]) -> _Token:
    word = match.group()
    return _Token(match.start(), match.end(), word, fold(word))


def _token_before(match: re.Match[str], size: int) -> _Token:
    """The word a match in the reversed text (of ``size`` characters) stands for."""
    word = match.group()[::-1]
    return _Token(size - match.end(), size - match.start(), word, fold(word))


class _Words:
    """The words around one candidate, found on demand: word 0 is the candidate, 1, 2, …
    the words after it, -1, -2, … those before it. The rules look a few words away (to a
    sentence's ends at most), so a text is never tokenised whole; a word is a ``\\w+``
    run, and words past either end of the text are ``""``."""

    def __init__(self, text: str, reversed_text: str, candidate: _Token) -> None:
        self.text = text
        self._reversed = reversed_text  # to find the word before a position in C
        self._after: list[_Token | None] = [candidate]
        self._before: list[_Token | None] = []

    def token(self, k: int) -> _Token | None:
        """Word ``k``; None past either end of the text."""
        if k >= 0:
            after = self._after
            while len(after) <= k:
                if after[-1] is None:
                    return None
                match = _WORD_RE.search(self.text, after[-1].end)
                after.append(_token(match) if match else None)
            return after[k]
        before, n = self._before, -k - 1
        while len(before) <= n:
            last = before[-1] if before else self._after[0]
            if last is None:
                return None
            # The word before a position: the next word of the reversed text.
            size = len(self.text)
            match = _WORD_RE.search(self._reversed, size - last.start)
            before.append(_token_before(match, size) if match else None)
        return before[n]

    def at(self, k: int) -> _Token:
        """Word ``k``, known to be there."""
        token = self.token(k)
        if token is None:
            raise IndexError(k)
        return token

    def has(self, k: int) -> bool:
        return self.token(k) is not None

    def word(self, k: int) -> str:
        token = self.token(k)
        return token.word if token else ""

    def folded(self, k: int) -> str:
        token = self.token(k)
        return token.folded if token else ""

    def capitalised(self, k: int) -> bool:
        return self.word(k)[:1].isupper()

    def gap(self, a: int, b: int) -> str:
        """The text between words ``a`` and ``b`` (both in the text)."""
        return self.text[self.at(a).end : self.at(b).start]

    def sentence_initial(self, k: int) -> bool:
        start = self.at(k).start
        # A window is enough: only punctuation and spaces may stand between.
        return _SENTENCE_END_RE.search(self.text, max(0, start - 16), start) is not None

    def title_case(self) -> bool:
        """Whether the sentence around the candidate capitalises most of its words."""
        lo = 0
        while self.has(lo - 1) and not self.sentence_initial(lo):
            lo -= 1
        hi = 1
        while self.has(hi) and not self.sentence_initial(hi):
            hi += 1
        sentence = (self.word(k) for k in range(lo, hi))
        long_words = [w for w in sentence if len(w) > 3 and w.isalpha()]
        capitals = sum(1 for w in long_words if w[0].isupper())
        return len(long_words) >= 2 and capitals / len(long_words) >= 0.6


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
        self._second_words: dict[str, frozenset[str] | None] = {}

    def find(self, text: str | None, language: str | None = None) -> list[Mention]:
        """Every city mention in ``text``, in order (a city named twice is found twice)."""
        if not text:
            return []
        found: list[Mention] = []
        index = self.gazetteer.index
        reversed_text = ""
        free = 0  # where the last name matched ends: no match starts inside it
        # Only a capitalised word that starts a gazetteer name can start a match: the
        # scan (in C) yields the words that may be capitalised, a set lookup each.
        for candidate in _CANDIDATE_RE.finditer(text):
            start, word = candidate.start(), candidate.group()
            if start < free or not word[0].isupper():
                continue
            first = fold(word)
            if (
                first not in index
                or _inside_word(text, start)
                or not self._may_match(text, candidate.end(), first)
            ):
                continue
            reversed_text = reversed_text or text[::-1]
            tokens = _Words(text, reversed_text, _Token(start, candidate.end(), word, first))
            match = self._match(tokens)
            if match is None:
                continue
            end, entries = match
            last = tokens.at(end - 1)
            if self._accept(tokens, end, entries, language, found):
                city = self._choose(entries)
                member = self.members is not None and city in self.members
                found.append(Mention(city, start, last.end, member))
            free = last.end
        return found

    def _may_match(self, text: str, end: int, first: str) -> bool:
        """False when every name ``first`` starts is longer and the word after the
        candidate (ending at ``end``) is none of their second words: ``The`` (of The
        Hague), ``New``, ``San``, the commonest misses, ruled out without reading around."""
        if first not in self._second_words:
            names = [name for name, _ in self.gazetteer.index[first]]
            one_word = any(len(name) == 1 for name in names)
            self._second_words[first] = None if one_word else frozenset(n[1] for n in names)
        seconds = self._second_words[first]
        if seconds is None:
            return True
        # Joined as _match requires: by spaces, hyphens and apostrophes only.
        after = _JOINED_WORD_RE.match(text, end)
        return after is not None and fold(after.group(1)) in seconds

    def _match(self, tokens: _Words) -> tuple[int, tuple[NameEntry, ...]] | None:
        """The longest gazetteer name starting at the candidate, written as a name: its
        end (the word after it) and its entries."""
        first = tokens.folded(0)
        if first in self.stop:
            return None
        # An all-capitals word is an acronym (``DG REGIO``) unless it spells a city's
        # own name (a heading in capitals): alternate names then do not count.
        shouting = len(tokens.word(0)) > 1 and tokens.word(0).isupper()
        candidates = self.gazetteer.index.get(first, ())
        # The word after, once: the names are longest first, so the first tells if needed.
        second = tokens.folded(1) if candidates and len(candidates[0][0]) > 1 else ""
        for name, entries in candidates:
            if shouting:
                entries = tuple(e for e in entries if e.primary)
                if not entries:
                    continue
            end = len(name)
            if end > 1 and (
                name[1] != second or any(tokens.folded(k) != name[k] for k in range(2, end))
            ):
                continue
            # Joined by spaces or hyphens only (not across a comma or a full stop), and
            # every word but particles capitalised.
            if any(tokens.gap(k, k + 1).strip(" -'’") for k in range(end - 1)):
                continue
            if all(tokens.capitalised(k) or len(name[k]) <= 4 for k in range(end)):
                return end, entries
        return None

    def _accept(
        self,
        tokens: _Words,
        end: int,
        entries: tuple[NameEntry, ...],
        language: str | None,
        found: list[Mention],
    ) -> bool:
        before, after = tokens.folded(-1), tokens.folded(end)
        glued_after = tokens.has(end) and not tokens.gap(end - 1, end).strip()
        if glued_after and after in STREET_AFTER:
            return False
        if self._after_street_word(tokens) or before in REGION_WORDS:
            return False
        locative = before in LOCATIVES and (
            not tokens.capitalised(-1) or tokens.sentence_initial(-1)
        )
        if before in _HONORIFICS:
            return False
        if not (locative or before in CITY_NOUNS) and self._beside_a_name(tokens, end):
            return False
        word = " ".join(tokens.folded(k) for k in range(end))
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
            or self._listed_with_city(tokens, found)
        ):
            return True
        if language in NOUN_CAPITALISING:
            return False
        # A capital inside a sentence, standing alone: not the head of a title
        # (``Green Deal``, ``PGA Tour``) nor a title-case heading.
        inside_name = (tokens.capitalised(-1) and not tokens.sentence_initial(0)) or (
            tokens.capitalised(end) and not tokens.gap(end - 1, end).strip()
        )
        return not (tokens.sentence_initial(0) or inside_name or tokens.title_case())

    @staticmethod
    def _after_street_word(tokens: _Words) -> bool:
        k = -1
        while tokens.folded(k) in _PARTICLES and k > -3:
            k -= 1
        return tokens.folded(k) in STREET_BEFORE

    def _beside_a_name(self, tokens: _Words, end: int) -> bool:
        """A person's name: two capitalised words alone, one of them no word of the
        languages (``Florence Gaub``, ``Ricardo Rio``), or a few capitalised words with
        a role in apposition (``Anna Lisa Boni, secretary general``). Other longer runs
        are titles and addresses (``Paris Haute Couture``, ``Tierheim Berlin Hausvaterweg``)."""
        if tokens.word(0).isupper():
            return False  # a heading or an address line in capitals, not a person
        if end == 1 and not (tokens.capitalised(-1) or tokens.capitalised(1)):
            return False  # one word, no capital beside it: the commonest case, decided now
        if self._named_with_a_role(tokens, end):
            return True
        for k in (-1, end):
            outer = k - 1 if k < 0 else k + 1
            if tokens.capitalised(outer) and not tokens.gap(min(k, outer), max(k, outer)).strip():
                continue
            if not tokens.capitalised(k) or (k == -1 and tokens.sentence_initial(0)):
                continue
            if tokens.gap(min(k, 0), max(k, end - 1)).strip():
                continue  # punctuation between: a list, not one name
            w = tokens.folded(k)
            if (
                w.isalpha()
                and w not in _common_words()
                and w not in self.gazetteer.countries
                and not tokens.word(k).isupper()
            ):
                return True
        return False

    @staticmethod
    def _named_with_a_role(tokens: _Words, end: int) -> bool:
        """The capitalised run around the name, 2 to 4 words, next to a role word."""
        lo, hi = 0, end
        while tokens.capitalised(lo - 1) and not tokens.gap(lo - 1, lo).strip():
            if tokens.sentence_initial(lo):
                break
            lo -= 1
        while tokens.capitalised(hi) and not tokens.gap(hi - 1, hi).strip():
            hi += 1
        if not 2 <= hi - lo <= 4:
            return False
        after = tokens.has(hi) and tokens.gap(hi - 1, hi).strip() == ","
        before = tokens.has(lo - 1) and not tokens.gap(lo - 1, lo).strip()
        return (after and tokens.folded(hi) in ROLE_WORDS) or (
            before and tokens.folded(lo - 1) in ROLE_WORDS
        )

    def _country_follows(self, tokens: _Words, end: int) -> bool:
        if not tokens.has(end) or tokens.gap(end - 1, end).strip() not in {",", "("}:
            return False
        countries = self.gazetteer.countries
        two = f"{tokens.folded(end)} {tokens.folded(end + 1)}"
        return tokens.folded(end) in countries or two in countries

    @staticmethod
    def _listed_with_city(tokens: _Words, found: list[Mention]) -> bool:
        """Right after another city in a list: ``Zagreb, Split and Rijeka``."""
        if not found or not tokens.has(-1):
            return False
        gap = tokens.text[found[-1].end : tokens.at(0).start].strip().casefold()
        return gap in {",", "and", "&", "et", "und", "y", "e", "i", "en", "och", "og", "a", "/"}

    def _choose(self, entries: tuple[NameEntry, ...]) -> City:
        if len(entries) == 1:
            return entries[0].city  # most names: the rules below would choose it too

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
