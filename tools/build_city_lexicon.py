"""Build the word lists the city finder uses, from Hunspell dictionaries.

    apt-get install hunspell-tools hunspell-en-gb hunspell-fr-classical hunspell-de-de \
        hunspell-es hunspell-it hunspell-nl hunspell-pl hunspell-pt-pt hunspell-sv \
        hunspell-da hunspell-cs
    python tools/build_city_lexicon.py /usr/share/hunspell

Writes two files into ``citycrawl/enrich/data/`` (committed; the crawl never needs
Hunspell):

* ``city_words.tsv``: the gazetteer's one-word city names that are also ordinary
  lower-case words in one of the network languages (``nice``, ``split``, ``reading``,
  ``bath``, ``como``, ``porto``), with the languages. Such a name counts as a city only
  with evidence (capitalised inside a sentence, or after a preposition of place).
  Hunspell writes proper nouns capitalised, so ``London`` (only ``London/M``) is not
  listed while ``bath`` (``bath/SRGMD``) is. English words are expanded with their
  affixes (``unmunch``), so ``reading`` is found from ``read``; the other languages give
  their lower-case stems (expanding them takes minutes and lower-cases proper nouns).
* ``common_words.txt.gz``: every lower-case word form of the English dictionary and the
  lower-case stems of French, German, Spanish and Italian: a capitalised word that is
  no word, after a city name, marks a person's surname (``Florence Gaub``), while
  ``Leipzig Charter`` stays a
  city.
"""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

from citycrawl.enrich.gazetteer import all_member_ids, default_gazetteer, fold

DICTIONARIES = {
    "en": "en_GB",
    "fr": "fr",
    "de": "de_DE",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl",
    "pl": "pl_PL",
    "pt": "pt_PT",
    "sv": "sv_SE",
    "da": "da_DK",
    "cs": "cs_CZ",
}
#: Languages whose words tell a noun after a city name from a surname.
COMMON_LANGUAGES = ("en", "fr", "de", "es", "it")
OUT = Path(__file__).resolve().parent.parent / "citycrawl" / "enrich" / "data"


def _forms(folder: Path, name: str) -> set[str]:
    """Every word form of a dictionary that Hunspell writes in lower case."""
    dic, aff = folder / f"{name}.dic", folder / f"{name}.aff"
    out = subprocess.run(
        ["unmunch", str(dic), str(aff)], capture_output=True, check=True, timeout=600
    ).stdout.decode("utf-8", "replace")
    return {w for w in out.split() if w[:1].islower()}


def _stems(folder: Path, name: str, nouns: bool = False) -> set[str]:
    """Lower-case stems; with ``nouns``, capitalised ones too (German nouns), lowered."""
    stems = set()
    for line in (folder / f"{name}.dic").read_text("utf-8", "replace").splitlines()[1:]:
        word, _, flags = line.split("\t", 1)[0].partition("/")
        # German lists a lower-case copy of nouns and names as compound parts (flags o
        # and z: ``leipzig/Sozm``, ``london/RSozm``); those are not words of their own.
        if name.startswith("de") and {"o", "z"} <= set(flags):
            continue
        if word[:1].islower():
            stems.add(word)
        elif nouns and word[:1].isupper():
            stems.add(word.lower())
    return stems


def main(folder: Path) -> None:
    one_word = [(t[0], entries) for t, entries in default_gazetteer().names() if len(t) == 1]
    names = {name for name, _ in one_word}
    # German capitalises nouns, so an alternate name that is a German noun ("Tour" of
    # Tours, "Namen" of Namur) is ambiguous in German text even when capitalised; not
    # a member city's German name, which the dictionary lists too ("Wien", "Mailand").
    members = all_member_ids()
    alternates_only = {
        name
        for name, entries in one_word
        if not any(e.primary or e.city.geonames_id in members for e in entries)
    }
    ambiguous: dict[str, list[str]] = {}
    common: set[str] = set()
    for lang, name in DICTIONARIES.items():
        words = {fold(w) for w in (_forms(folder, name) if lang == "en" else _stems(folder, name))}
        for word in words & names:
            ambiguous.setdefault(word, []).append(lang)
        if lang == "de":
            # Not into the common words: the German dictionary lists given names too
            # (Katharina, Anna), and "a capitalised non-word" must still find them.
            nouns = {fold(w) for w in _stems(folder, name, nouns=True)}
            for word in nouns & alternates_only - words:
                ambiguous.setdefault(word, []).append(lang)
        if lang in COMMON_LANGUAGES:
            common |= words
        print(f"{lang}: {len(words)} words", file=sys.stderr)
    OUT.mkdir(parents=True, exist_ok=True)
    lines = [f"{w}\t{','.join(sorted(langs))}" for w, langs in sorted(ambiguous.items())]
    (OUT / "city_words.tsv").write_text("\n".join(lines) + "\n", "utf-8")
    # One word a line, sorted by code point (UTF-8 byte order: the finder looks a word up
    # by binary search in the bytes). The French dictionary writes morphological fields
    # after a space ("bien po:adv"): split into words of their own, as the finder always
    # read the list; the fields are never alphabetic, so never looked up.
    kept = {part for w in common if len(w) >= 3 for part in w.split()}
    words = "\n".join(sorted(kept)) + "\n"
    (OUT / "common_words.txt.gz").write_bytes(gzip.compress(words.encode("utf-8"), mtime=0))
    print(f"{len(ambiguous)} ambiguous city names, {len(common)} common words", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/hunspell"))
