"""Words the date grammar knows, per language, in folded form.

Every key is lower-case with diacritics removed (see :func:`unaccented_lower`), because pages write
``août``/``aout`` and ``Mär``/``März`` interchangeably and the tokenizer folds the text
the same way. Each entry remembers its languages so that ``languages=["pl"]`` switches
off, say, the Spanish ``a`` connector.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from citycrawl.dates import _more_languages as more
from citycrawl.dates._feasts import LOWER_CASE_LANGUAGES, feast_names

SUPPORTED_LANGUAGES: tuple[str, ...] = (
    "en", "fr", "de", "es", "it", "nl", "pl", "pt", "sv", "da", "cs", "ca", "gl", "eu",
    "hu", "ro", "fi", "et", "lv", "lt", "sk", "sl", "hr", "bg", "el", "no", "is", "uk",
    "tr", "ga", "mt",
)  # fmt: skip
"""ISO 639-1 codes the fast grammar covers; other codes go to dateparser only."""
LANGUAGE_ALIASES = {"nb": "no", "nn": "no"}
"""Codes read as another: Bokmål and Nynorsk share the Norwegian date words."""
DOT_LANGUAGES = frozenset({"de", "da", "no", "is", "cs", "sk", "sl", "hr", "fi", "et", "lv", "hu"})
"""Languages that write a day with an ordinal dot ("5. listopada" is Croatian October,
"5 listopada" Polish November)."""
YEAR_DOT_LANGUAGES = frozenset({"hr"})
"""Languages that write the year with its ordinal dot too: CLDR's Croatian "d. MMM y."
("11. lis 2023."), where Czech prints "11. lis 2023" and Polish "11 lis 2023"."""

# Letters that NFKD does not decompose but that writers drop anyway (Polish, Danish).
# Turkish dotless "ı", Maltese "ħ" and the Greek final sigma fold the same way.
_EXTRA_FOLD = {
    "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i", "ħ": "h",
    "Ħ": "h", "ς": "σ", "ð": "d", "Ð": "d", "´": "'",
}  # fmt: skip


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _EXTRA_FOLD:
        return _EXTRA_FOLD[char]
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    base = base.lower()
    # Offsets into the folded text must equal offsets into the original, so a
    # character that folds to several (ligatures, 'İ') keeps a one-character form.
    if len(base) == 1:
        return base
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


class _FoldTable(dict[int, str]):
    """``str.translate`` table filled on first use: one C-level pass per text instead of
    a Python call per character (bodies are long and rarely pure ASCII: quotes, dashes)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def unaccented_lower(text: str) -> str:
    """Lower-case ``text`` and strip diacritics, keeping its length and offsets."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)


# Month names: month number -> names, per language. Abbreviations that are common words
# in another supported language are in _WEAK_MONTH_ABBREVIATIONS.
_MONTHS: dict[str, list[tuple[str, ...]]] = {
    "en": [
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
        ("december", "dec"),
    ],
    "fr": [
        ("janvier", "janv"), ("fevrier", "fevr", "fev"), ("mars",), ("avril", "avr"),
        ("mai",), ("juin",), ("juillet", "juil", "juill"), ("aout",), ("septembre", "sept"),
        ("octobre", "oct"), ("novembre", "nov"), ("decembre", "dec"),
    ],
    "de": [
        ("januar", "jan", "janner"), ("februar", "feb"), ("marz", "maerz", "mrz"),
        ("april", "apr"), ("mai",), ("juni", "jun"), ("juli", "jul"), ("august", "aug"),
        ("september", "sep", "sept"), ("oktober", "okt"), ("november", "nov"),
        ("dezember", "dez"),
    ],
    "es": [
        ("enero", "ene"), ("febrero", "feb"), ("marzo", "mar"), ("abril", "abr"),
        ("mayo", "may"), ("junio", "jun"), ("julio", "jul"), ("agosto", "ago"),
        ("septiembre", "setiembre", "sep", "sept"), ("octubre", "oct"),
        ("noviembre", "nov"), ("diciembre", "dic"),
    ],
    "it": [
        ("gennaio", "gen"), ("febbraio", "feb"), ("marzo", "mar"), ("aprile", "apr"),
        ("maggio", "mag"), ("giugno", "giu"), ("luglio", "lug"), ("agosto", "ago"),
        ("settembre", "set", "sett"), ("ottobre", "ott"), ("novembre", "nov"),
        ("dicembre", "dic"),
    ],
    "nl": [
        ("januari", "jan"), ("februari", "feb"), ("maart", "mrt"), ("april", "apr"),
        ("mei",), ("juni", "jun"), ("juli", "jul"), ("augustus", "aug"),
        ("september", "sep", "sept"), ("oktober", "okt"), ("november", "nov"),
        ("december", "dec"),
    ],
    # Polish and Czech: nominative and genitive ("9-10 kwietnia 2019"). Their short
    # forms ("15 paź 2024") are CLDR abbreviations (_more_languages.ABBREVIATIONS), read
    # only before a year and with their own letters: "sie", "lis", "lip" are words.
    "pl": [
        ("styczen", "stycznia"), ("luty", "lutego"), ("marzec", "marca"),
        ("kwiecien", "kwietnia"), ("maj", "maja"), ("czerwiec", "czerwca"),
        ("lipiec", "lipca"), ("sierpien", "sierpnia"), ("wrzesien", "wrzesnia"),
        ("pazdziernik", "pazdziernika"), ("listopad", "listopada"),
        ("grudzien", "grudnia"),
    ],
    "pt": [
        ("janeiro", "jan"), ("fevereiro", "fev"), ("marco", "mar"), ("abril", "abr"),
        ("maio", "mai"), ("junho", "jun"), ("julho", "jul"), ("agosto", "ago"),
        ("setembro", "set"), ("outubro", "out"), ("novembro", "nov"),
        ("dezembro", "dez"),
    ],
    "sv": [
        ("januari", "jan"), ("februari", "feb"), ("mars",), ("april", "apr"), ("maj",),
        ("juni", "jun"), ("juli", "jul"), ("augusti", "aug"), ("september", "sep", "sept"),
        ("oktober", "okt"), ("november", "nov"), ("december", "dec"),
    ],
    "da": [
        ("januar", "jan"), ("februar", "feb"), ("marts",), ("april", "apr"), ("maj",),
        ("juni", "jun"), ("juli", "jul"), ("august", "aug"), ("september", "sep", "sept"),
        ("oktober", "okt"), ("november", "nov"), ("december", "dec"),
    ],
    "cs": [  # with the instrumental after "mezi" ("mezi 4. a 6. červencem")
        ("leden", "ledna", "lednem"), ("unor", "unora", "unorem"),
        ("brezen", "brezna", "breznem"), ("duben", "dubna", "dubnem"),
        ("kveten", "kvetna", "kvetnem"), ("cerven", "cervna", "cervnem"),
        ("cervenec", "cervence", "cervencem"), ("srpen", "srpna", "srpnem"),
        ("zari", "zarim"), ("rijen", "rijna", "rijnem"),
        ("listopad", "listopadu", "listopadem"), ("prosinec", "prosince", "prosincem"),
    ],
}  # fmt: skip

# Abbreviations that are ordinary words elsewhere ("5 out of 10", "a set of"): they
# count as months only when followed by "." or by a year.
WEAK_MONTH_WORDS = frozenset(
    {"out", "set", "mag", "gen", "ago", "dic", "ene", "sett", "mar", "des", "лист", "вер",
     "бер", "лип"}
)  # fmt: skip

# Weekday names, Monday first. German/Dutch two-letter abbreviations are listed apart
# because "do", "di", "so" are words: they count only before "," or ".".
_WEEKDAYS: dict[str, list[tuple[str, ...]]] = {
    "en": [
        ("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"),
        ("thursday", "thu", "thur", "thurs"), ("friday", "fri"), ("saturday", "sat"),
        ("sunday", "sun"),
    ],
    "fr": [  # with the plurals before a list of days ("les mercredis 12 octobre et 21 …")
        ("lundi", "lun", "lundis"), ("mardi", "mardis"), ("mercredi", "mer", "mercredis"),
        ("jeudi", "jeu", "jeudis"), ("vendredi", "ven", "vendredis"),
        ("samedi", "sam", "samedis"), ("dimanche", "dim", "dimanches"),
    ],
    "de": [
        ("montag",), ("dienstag",), ("mittwoch",), ("donnerstag",), ("freitag",),
        ("samstag", "sonnabend"), ("sonntag",),
    ],
    "es": [
        ("lunes",), ("martes",), ("miercoles",), ("jueves",), ("viernes",), ("sabado",),
        ("domingo",),
    ],
    "it": [
        ("lunedi",), ("martedi",), ("mercoledi",), ("giovedi",), ("venerdi",), ("sabato",),
        ("domenica",),
    ],
    "nl": [
        ("maandag",), ("dinsdag",), ("woensdag",), ("donderdag",), ("vrijdag",),
        ("zaterdag",), ("zondag",),
    ],
    "pl": [  # with the genitive after "od"/"do" ("od piątku 3 do niedzieli 5 maja")
        ("poniedzialek", "poniedzialku"), ("wtorek", "wtorku"), ("sroda", "srode", "srody"),
        ("czwartek", "czwartku"), ("piatek", "piatku"), ("sobota", "sobote", "soboty"),
        ("niedziela", "niedziele", "niedzieli"),
    ],
    "pt": [
        ("segunda",), ("terca",), ("quarta",), ("quinta",), ("sexta",), ("sabado",),
        ("domingo",),
    ],
    "sv": [  # with the definite forms ("start tisdagen den 25 april")
        ("mandag", "mandagen"), ("tisdag", "tisdagen"), ("onsdag", "onsdagen"),
        ("torsdag", "torsdagen"), ("fredag", "fredagen"), ("lordag", "lordagen"),
        ("sondag", "sondagen"),
    ],
    "da": [
        ("mandag",), ("tirsdag",), ("onsdag",), ("torsdag",), ("fredag",), ("lordag",),
        ("sondag",),
    ],
    "cs": [  # with the genitive after "od"/"do" ("od pátku 3. do neděle 5. května")
        ("pondeli",), ("utery",), ("streda", "stredu", "stredy"), ("ctvrtek", "ctvrtka"),
        ("patek", "patku"), ("sobota", "sobotu", "soboty"), ("nedele", "nedeli"),
    ],
}  # fmt: skip

_SHORT_WEEKDAYS: dict[str, list[tuple[str, ...]]] = {
    "de": [("mo",), ("di",), ("mi",), ("do",), ("fr",), ("sa",), ("so",)],
    "nl": [("ma",), ("di",), ("wo",), ("do",), ("vr",), ("za",), ("zo",)],
    "fi": [("ma",), ("ti",), ("ke",), ("to",), ("pe",), ("la",), ("su",)],
    # Drupal's date format in Bulgarian and Ukrainian: "Пон., 30.11.2020 - 12:53"
    "bg": [("пон",), ("вт",), ("ср",), ("чет",), ("пет",), ("съб",), ("нед",)],
    "uk": [("пн",), ("вт",), ("ср",), ("чт",), ("пт",), ("сб",), ("нд",)],
}

# Relative day words: (folded tokens, day offset). The tokenizer splits on apostrophes
# and hyphens, hence ("aujourd", "'", "hui").
_RELATIVE: dict[str, list[tuple[tuple[str, ...], int]]] = {
    "en": [
        (("today",), 0), (("tomorrow",), 1), (("yesterday",), -1),
        (("the", "day", "after", "tomorrow"), 2), (("the", "day", "before", "yesterday"), -2),
    ],
    "fr": [
        (("aujourd", "'", "hui"), 0), (("demain",), 1), (("hier",), -1),
        (("apres", "-", "demain"), 2), (("avant", "-", "hier"), -2),
    ],
    "de": [
        (("heute",), 0), (("morgen",), 1), (("gestern",), -1), (("ubermorgen",), 2),
        (("vorgestern",), -2),
    ],
    "es": [
        (("hoy",), 0), (("manana",), 1), (("ayer",), -1), (("pasado", "manana"), 2),
        (("anteayer",), -2),
    ],
    "it": [
        (("oggi",), 0), (("domani",), 1), (("ieri",), -1), (("dopodomani",), 2),
        (("l", "'", "altro", "ieri"), -2), (("altroieri",), -2),
        # "today" as an adjective before a day's noun ("l'odierna seduta"; after it, see
        # _TODAY_AFTER_NOUN)
        (("odierna", "giornata"), 0), (("odierna", "seduta"), 0), (("odierno", "giorno"), 0),
    ],
    "nl": [
        (("vandaag",), 0), (("morgen",), 1), (("gisteren",), -1), (("overmorgen",), 2),
        (("eergisteren",), -2),
    ],
    "pl": [
        (("dzis",), 0), (("dzisiaj",), 0), (("jutro",), 1), (("wczoraj",), -1),
        (("pojutrze",), 2), (("przedwczoraj",), -2),
        # "on today's (tomorrow's, yesterday's) day", a fixed phrase: "W dniu dzisiejszym
        # na zaproszenie wójta odbyło się spotkanie" (the adjective alone is also "of
        # our time": "dzisiejszy świat")
        (("w", "dniu", "dzisiejszym"), 0), (("w", "dniu", "jutrzejszym"), 1),
        (("w", "dniu", "wczorajszym"), -1),
    ],
    "pt": [
        (("hoje",), 0), (("amanha",), 1), (("ontem",), -1), (("depois", "de", "amanha"), 2),
        (("anteontem",), -2),
    ],
    "sv": [
        (("idag",), 0), (("i", "dag"), 0), (("imorgon",), 1), (("i", "morgon"), 1),
        (("igar",), -1), (("i", "gar"), -1), (("i", "overmorgon"), 2),
        (("i", "forrgar"), -2),
    ],
    "da": [
        (("i", "dag"), 0), (("i", "morgen"), 1), (("i", "gar"), -1),
        (("i", "overmorgen"), 2), (("i", "forgars"), -2),
    ],
    "cs": [
        (("dnes",), 0), (("zitra",), 1), (("vcera",), -1), (("pozitri",), 2),
        (("predevcirem",), -2),
    ],
}  # fmt: skip

# The day before (after) yesterday (tomorrow) written apart, its last word a relative
# word alone: "antes de ontem", "antes de ayer", "abans d'ahir", "altro ieri", "après
# demain". Found by that last word (see lexicon_for), so it is never read alone out of
# them ("ontem" of "antes de ontem" is no yesterday), and their everyday first words
# ("antes", "altro", "dopo") open nothing.
_APART_RELATIVE: dict[str, list[tuple[str, int]]] = {
    "pt": [("antes de ontem", -2)],
    "es": [("antes de ayer", -2), ("ante ayer", -2), ("ante-ayer", -2)],
    "ca": [("abans d'ahir", -2), ("passat demà", 2)],
    "gl": [("antes de onte", -2), ("despois de mañá", 2)],
    "it": [("altro ieri", -2), ("dopo domani", 2)],
    "fr": [("avant hier", -2), ("après demain", 2)],
}  # fmt: skip

# "Today" as an adjective after a day's noun: Italian "la giornata odierna", "in data
# odierna", "la seduta odierna", "il giorno odierno" are "oggi". Found by the adjective
# (see lexicon_for), as the nouns are everyday words; "odierno" of anything else is
# "present-day" ("la società odierna", "l'odierna Turchia"), so only these nouns. The
# adjective before them ("l'odierna seduta") opens its phrase as any other (_RELATIVE).
_TODAY_AFTER_NOUN: dict[str, list[tuple[str, int]]] = {
    "it": [("giornata odierna", 0), ("data odierna", 0), ("giorno odierno", 0),
           ("seduta odierna", 0)],
}  # fmt: skip

# Parts of today ("esta tarde a las 18:00", "stasera alle 21", "vanavond om 8 uur"), with
# the half of the day they give a bare hour. Those that are no today word plus a period
# ("ce soir", "this evening") count only with a time after them or as a whole field:
# "ce soir-là" is "that evening", and "esta tarde" alone may open a narrative.
_TODAY_PERIODS: dict[str, list[tuple[str, str]]] = {
    "en": [("this morning", "am"), ("this afternoon", "pm"), ("this evening", "pm"),
           ("tonight", "pm")],
    "fr": [("ce matin", "am"), ("cet après-midi", "pm"), ("ce soir", "pm")],
    "de": [("heute morgen", "am"), ("heute vormittag", "am"), ("heute nachmittag", "pm"),
           ("heute abend", "pm")],
    "es": [("esta mañana", "am"), ("esta tarde", "pm"), ("esta noche", "pm"),
           ("hoy por la tarde", "pm"), ("hoy por la noche", "pm")],
    "it": [("stamattina", "am"), ("stamane", "am"), ("stamani", "am"), ("questa mattina", "am"),
           ("oggi pomeriggio", "pm"), ("questo pomeriggio", "pm"), ("stasera", "pm"),
           ("questa sera", "pm"),
           # "today" as an adjective (see _TODAY_AFTER_NOUN): "nella serata odierna alle 9"
           ("mattinata odierna", "am"), ("pomeriggio odierno", "pm"), ("serata odierna", "pm")],
    "nl": [("vanochtend", "am"), ("vanmorgen", "am"), ("vanmiddag", "pm"),
           ("vanavond", "pm")],
    "pl": [("dziś rano", "am"), ("dzisiaj rano", "am"), ("dziś po południu", "pm"),
           ("dzisiaj po południu", "pm"), ("dziś wieczorem", "pm"),
           ("dzisiaj wieczorem", "pm")],
    "pt": [("esta manhã", "am"), ("esta tarde", "pm"), ("esta noite", "pm"),
           ("hoje à tarde", "pm"), ("hoje à noite", "pm")],
    "sv": [("i förmiddag", "am"), ("i eftermiddag", "pm"), ("i kväll", "pm"),
           ("ikväll", "pm")],
    "da": [("i formiddags", "am"), ("i eftermiddag", "pm"), ("i aften", "pm")],
    "cs": [("dnes ráno", "am"), ("dnes odpoledne", "pm"), ("dnes večer", "pm")],
    # Icelandic and Norwegian ("í Fella- og Hólakirkju í kvöld kl. 20")
    "is": [("í kvöld", "pm"), ("síðdegis í dag", "pm")],
    "no": [("i formiddag", "am"), ("i ettermiddag", "pm"), ("i kveld", "pm")],
    # the other added languages' "this evening" and "this morning" ("Večeras koncert …
    # od 20:00 h", "απόψε στις 9", "bu akşam saat 20.00'de")
    "hr": [("večeras", "pm"), ("jutros", "am")],
    "sl": [("nocoj", "pm"), ("drevi", "pm"), ("danes zvečer", "pm"), ("danes zjutraj", "am")],
    "sk": [("dnes večer", "pm"), ("dnes ráno", "am"), ("dnes popoludní", "pm")],
    "hu": [("ma este", "pm"), ("ma reggel", "am"), ("ma délután", "pm")],
    "ro": [("diseară", "pm"), ("în această seară", "pm"), ("în seara aceasta", "pm")],
    "bg": [("довечера", "pm"), ("тази вечер", "pm"), ("тази сутрин", "am")],
    "uk": [("сьогодні ввечері", "pm"), ("цього вечора", "pm"), ("сьогодні вранці", "am")],
    "fi": [("tänä iltana", "pm"), ("tänään illalla", "pm"), ("tänä aamuna", "am")],
    "et": [("täna õhtul", "pm"), ("täna hommikul", "am")],
    "lv": [("šovakar", "pm"), ("šorīt", "am")],
    "lt": [("šįvakar", "pm"), ("šiandien vakare", "pm"), ("šįryt", "am")],
    "el": [("απόψε", "pm"), ("σήμερα το βράδυ", "pm"), ("σήμερα το πρωί", "am")],
    "tr": [("bu akşam", "pm"), ("bu sabah", "am")],
    "ca": [("aquest vespre", "pm"), ("aquesta tarda", "pm"), ("aquesta nit", "pm"),
           ("aquest matí", "am")],
    "gl": [("esta noite", "pm"), ("esta mañá", "am")],
    "eu": [("gaur arratsaldean", "pm"), ("gaur gauean", "pm"), ("gaur goizean", "am")],
    "mt": [("illejla", "pm"), ("llejla", "pm"), ("dalgħodu", "am")],
    "ga": [("anocht", "pm"), ("tráthnóna inniu", "pm")],
}  # fmt: skip

# Parts of tomorrow in one word ("domattina alle 8.30", "morgenavond om 8 uur"): tomorrow,
# and their half of the day for a bare hour after them, as "domani mattina" reads.
_TOMORROW_PERIODS: dict[str, list[tuple[str, str]]] = {
    "it": [("domattina", "am")],
    "nl": [("morgenochtend", "am"), ("morgenvroeg", "am"), ("morgenmiddag", "pm"),
           ("morgenavond", "pm")],
}  # fmt: skip

# Tonight in one word with no half of the day: its hours run past midnight as often as
# before it ("stanotte alle 2", "stanotte alle 23.30"), so they stay as written.
_TONIGHT_AS_WRITTEN: dict[str, list[str]] = {"it": ["stanotte"]}

# Last night in one word ("aréir", "anoche", "sinoć"): yesterday, and its evening's half
# of the day for a bare hour after it, as "tonight" is today's. Phrases ("hier soir",
# "ieri sera") open with their one-word yesterday already.
_LAST_NIGHT: dict[str, list[str]] = {
    "es": ["anoche"], "it": ["iersera", "ierisera"], "nl": ["gisteravond"],
    "ro": ["aseară"], "hr": ["sinoć"], "sl": ["sinoči"], "bg": ["снощи"], "ga": ["aréir"],
}  # fmt: skip

# "N days ago" and "N weeks ago": the words around the count (before it, after its
# unit) and the units with their length in days, per language. Months and years are no
# fixed number of days: those phrases are left to dateparser, which gives no day.
_DAYS_AGO: dict[str, tuple[list[tuple[tuple[str, ...], tuple[str, ...]]], dict[str, int]]] = {
    "en": ([((), ("ago",))], {"day": 1, "days": 1, "week": 7, "weeks": 7}),
    "fr": ([(("il", "y", "a"), ())], {"jour": 1, "jours": 1, "semaine": 7, "semaines": 7}),
    "de": ([(("vor",), ())], {"tag": 1, "tagen": 1, "woche": 7, "wochen": 7}),
    "es": ([(("hace",), ())], {"dia": 1, "dias": 1, "semana": 7, "semanas": 7}),
    "it": ([((), ("fa",))], {"giorno": 1, "giorni": 1, "settimana": 7, "settimane": 7}),
    "nl": ([((), ("geleden",))], {"dag": 1, "dagen": 1, "week": 7, "weken": 7}),
    "pl": ([((), ("temu",))], {"dzien": 1, "dni": 1, "tydzien": 7, "tygodnie": 7, "tygodni": 7}),
    "pt": ([(("ha",), ()), ((), ("atras",))], {"dia": 1, "dias": 1, "semana": 7, "semanas": 7}),
    "sv": ([(("for",), ("sedan",))], {"dag": 1, "dagar": 1, "vecka": 7, "veckor": 7}),
    "da": ([(("for",), ("siden",))], {"dag": 1, "dage": 1, "uge": 7, "uger": 7}),
    "no": ([(("for",), ("siden",))], {"dag": 1, "dager": 1, "uke": 7, "uker": 7}),
    "cs": ([(("pred",), ())], {"den": 1, "dny": 1, "dni": 1, "dnem": 1, "tyden": 7, "tydny": 7,
                               "tydnem": 7}),
}  # fmt: skip

# Relative words that are also everyday words in a supported language ("hier" is
# "here" in German and Dutch, "Morgen"/"mañana" also mean "morning"): they count only
# when they are the whole expression, as in a "date: morgen" field, unless the caller
# names the page's languages and none of them gives the word its other meaning
# (Lexicon.settled_relative: French "hier" on a French page). By word, those languages.
OTHER_MEANINGS: dict[tuple[str, ...], frozenset[str]] = {
    ("hier",): frozenset({"de", "nl"}),
    ("morgen",): frozenset({"de", "nl", "da", "no"}),  # "morning" ("i morgen" aside)
    ("manana",): frozenset({"es"}),
}

# Words that join the two ends of a range ("du 22 au 24", "od 14 do 16").
_RANGE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("to", "till", "until", "through", "thru"),
    "fr": ("au", "a", "jusqu"),  # "jusqu'au" is three tokens
    "de": ("bis",),
    "es": ("al", "a", "hasta"),
    "it": ("al", "all", "a", "fino", "sino", "alle", "alla", "allo"),  # "all'11 novembre"
    "nl": ("tot", "tem", "tm"),  # "tem", "tm" (tot en met) as "t/m", "t.e.m."
    "pl": ("do",),
    "pt": ("a", "ao", "ate"),
    "sv": ("till",),
    "da": ("til", "indtil"),
    "cs": ("do", "až"),  # "4.10.2023 až 9.10.2023"
}
# Words that join list items ("8, 9 & 10 April", "mardi 16, mercredi 17 et jeudi 18"),
# with the "as well as" words that are "and" in a list ("Am 9. März sowie am 23. März
# 2026", "nonché", "alsook", "evenals", "samt").
_LIST_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("and",),
    "fr": ("et",),
    "de": ("und", "sowie"),
    "es": ("y",),
    "it": ("e", "ed", "nonché"),
    "nl": ("en", "alsook", "evenals"),
    "pl": ("i", "oraz"),
    "pt": ("e",),
    "sv": ("och", "samt"),
    "da": ("og", "samt"),
    "cs": ("a", "i"),
}
# Words that may sit between a connector and the next item ("hasta el lunes", "bis zum").
# Inclusive forms ("bis einschließlich", "bis inkl.", "tot en met", "til og med"), the
# Danish "d." ("fra d. 3. til d. 5. maj") and the Slavic "on the day" ("do dne", Slovak
# "do dňa") are fillers too; an abbreviation's dot after one of these is part of the
# separator.
FILLER_WORDS = frozenset(
    {"the", "le", "el", "il", "lo", "la", "den", "dem", "zum", "einschließlich", "met",
     "med", "inkl", "incl", "inklusive", "including", "inclusive", "incluso", "inclus",
     "einschliesslich", "d", "dia", "dias", "dnia", "dne", "dna", "dana", "tol", "o", "dti", "an",
     "am", "etol", "atol", "jetol", "jatol",
     # "expected" between "until" and the end: "bis voraussichtlich zum 22. Dezember"
     "voraussichtlich", "vsl", "probablement", "previsiblemente", "presumibilmente",
     "vermoedelijk", "prawdopodobnie", "predvidoma", "predpokladane",
     # Croatian, Serbian, Slovenian "then" before "until": "od 10. srpnja, pa do 1. rujna"
     "pa",
     # Basque "onward" after the start's "-tik", and "of the month" before the end's day:
     # "azaroaren 12tik aurrera, hilaren 22ra arte"
     "aurrera", "hilaren",
     # Hungarian "expected": "Október 14-től várhatóan október 18-ig"
     "varhatoan", "várhatóan", "előreláthatólag", "elorelathatolag",
     # "inclusive" after "until": Croatian "do zaključno 12. ožujka", Slovenian "do
     # vključno", Slovak "do vrátane", Czech "do včetně"
     "zakljucno", "ukljucivo", "vkljucno", "vratane", "vcetne"}
    # Irish "go dtí an Domhnach 15"; Greek articles after a range word: "από τις 15
    # Ιουλίου έως τις 5 Σεπτεμβρίου".
) | frozenset(unaccented_lower(w) for w in ("τις", "την", "τη", "το", "του", "της"))  # fmt: skip
# Street and square words: "ul. 1 Maja 32", "Piazza 8 Marzo", "rue du 8 mai 1945",
# "Rua 25 de Abril", "Straße des 17. Juni" are addresses on city pages, not dates.
# Abbreviations count only with their dot ("ul.", "al."), because bare "al" is the
# Spanish/Italian "to" ("del 9 al 10 de abril").
STREET_WORDS = frozenset(
    {"ulica", "ulicy", "ulice", "aleja", "alei", "plac", "placu", "rue", "avenue",
     "boulevard", "quai", "via", "viale", "piazza", "piazzale", "corso", "calle",
     "avenida", "plaza", "paseo", "rua", "praca", "travessa", "strasse", "straße",
     "namesti", "trida", "nabrezi", "cesta", "cesti", "cesto", "trg", "trgu", "ulici",
     "strada", "bulevardul", "calea", "piata", "οδοσ", "οδου", "οδο", "λεωφοροσ",
     "λεωφορου", "λεωφορο",
     # places named after a date: "Predio 4 de Junio", "Estadio 25 de Mayo", "Barrio 1
     # de Mayo", "Bairro 25 de Abril", "Parque 9 de Julio", "Stadio 8 Marzo"
     "predio", "estadio", "stadio", "barrio", "bairro", "parque", "parco"}
)  # fmt: skip
# Slovenian and Croatian "road" and "square", Romanian "square" (also "market") and
# "way": a street's only when capitalised ("na Cesti 4. maja", "Trg 1. maja", "Piața 1
# Decembrie 1918"); "na cesti 4. maja 2020" is "on the road on 4 May 2020".
CAPITALISED_STREET_WORDS = frozenset(
    {"cesta", "cesti", "cesto", "trg", "trgu", "ulici", "piata", "calea"}
)
STREET_ABBREVIATIONS = frozenset({"ul", "al", "pl", "av", "avda", "bd", "str", "nam"})
# A house number before its street, in the languages that write it first: a bare number
# right before these (Irish, French, Maltese: "ag 9 Sráid Uí Chonaill", "au 9 rue de la
# Paix", "9 Triq il-Kbira"), or before a capitalised name of one to three words and one
# of the next (English: "at 9 Sackville Street", "at 10 Downing St."), is an address,
# never a clock. The languages that write the number after the street ("Via Roma 9",
# "Hauptstraße 9") are left out: there a street after a bare hour is the event's place
# ("alle 21 Via Crucis", "a las 9 Plaza Mayor"), and so are squares in English ("at 10
# Market Square" may be a meeting's hour).
# French writes its street words in lower case in prose ("au 9 rue de la Paix").
LOWER_CASE_HOUSE_STREETS = frozenset(
    unaccented_lower(w)
    for w in ("rue", "avenue", "boulevard", "quai", "impasse", "allée", "chemin")
)
HOUSE_NUMBER_STREETS = LOWER_CASE_HOUSE_STREETS | frozenset(
    unaccented_lower(w) for w in ("Sráid", "Bóthar", "Ascaill", "Lána", "Ardán", "Céibh", "Triq")
)
HOUSE_NUMBER_STREET_ENDS = frozenset(
    {"street", "st", "road", "rd", "avenue", "ave", "lane", "terrace", "crescent", "drive",
     "quay", "boulevard"}
)  # fmt: skip
# Words between a street word and its date ("rue du", "Straße des", "Rua de").
STREET_LINKS = frozenset({"du", "de", "del", "della", "des", "do", "da", "dos"})
# Words that open a range and belong to its span ("from 9 to 12 June", "del 9 al 10").
RANGE_OPENERS = frozenset(
    {"from", "du", "vom", "von", "del", "dal", "dall", "de", "van", "od", "fran", "fra",
     "entre", "between", "dalla", "desde", "zwischen", "tussen", "mezi", "tra", "do",
     "dende", "intre", "no", "nuo", "от", "з", "від", "απο", "minn", "o", "miedzy",
     "medzi", "μεταξυ", "між", "между", "mellem", "mellan", "valilla", "bejn", "idir",
     "mellom", "milli", "izmedu"}
)  # fmt: skip
BETWEEN_WORDS = frozenset(
    {"entre", "between", "zwischen", "tussen", "mezi", "tra", "fra", "intre", "miedzy",
     "medzi", "μεταξυ", "між", "между", "mellem", "mellan", "valilla", "bejn", "idir",
     "mellom", "milli", "izmedu"}
)  # fmt: skip
"""Openers after which "and" means "to" ("entre 1 e 3 de abril", "între 1 și 3")."""
# Season words a year follows ("sumarið 2023 er 11.júlí-8.ágúst", "Sommer 2023", "l'été
# 2023"), with their season's months: such a year dates the year-less dates of those
# months a few words on (the grammar's _stated_year). Folded, so one form stands for
# its twins (Latvian "vasarā" and Lithuanian "vasarą" are "vasara", Swedish "hösten"
# and Norwegian "høsten" are "hosten"). Winter is left out, since it straddles two
# years ("winter 2023" may be January 2024), and so are words that are everyday words
# as folded: Swedish, Norwegian "vår" ("var", was), Icelandic "vor" (German "before"),
# Swedish "höst" ("host"), Romanian "vara" (Swedish "to be"), Irish "fómhar" (the
# months' "Fómhair"). Slovenian "leto" (year; Czech and Slovak summer) is a year word.
_SEASONS: tuple[tuple[tuple[int, ...], tuple[str, ...]], ...] = (
    ((3, 4, 5), (
        "spring", "Frühling", "Frühjahr", "printemps", "primavera", "voorjaar", "lente",
        "wiosna", "jaro", "jaře", "pomlad", "pomladi", "proljeće", "proljeću", "пролет",
        "пролетта", "весна", "навесні", "άνοιξη", "tavasz", "tavaszon", "primăvara",
        "kevät", "keväällä", "kevään", "kevad", "kevadel", "pavasaris", "pavasarī", "våren",
        "forår", "foråret", "vorið", "ilkbahar", "bahar", "earrach", "rebbiegħa",
    )),
    ((6, 7, 8), (
        "summer", "Sommer", "Sommers", "été", "verano", "estate", "verão", "estiu", "verán",
        "zomer", "lato", "létě", "poletje", "poletju", "ljeto", "ljetu", "лято", "лятото",
        "літо", "влітку", "καλοκαίρι", "nyár", "nyáron", "kesä", "kesällä", "kesän", "suvi",
        "suvel", "vasara", "sommar", "sommaren", "sommeren", "sumar", "sumarið", "sumarsins",
        "yaz", "samhradh", "samhraidh", "sajf",
    )),
    ((9, 10, 11), (
        "autumn", "fall", "Herbst", "automne", "otoño", "autunno", "outono", "tardor",
        "najaar", "herfst", "jesień", "podzim", "jeseň", "jeseni", "есен", "есента", "осінь",
        "восени", "φθινόπωρο", "ősz", "ősszel", "toamna", "syksy", "syksyllä", "syksyn",
        "sügis", "sügisel", "rudens", "rudenī", "ruduo", "hösten", "efterår", "efteråret",
        "haust", "haustið", "sonbahar", "güz", "ħarifa",
    )),
)  # fmt: skip
SEASON_MONTHS: dict[str, frozenset[int]] = {
    unaccented_lower(word): frozenset(months) for months, words in _SEASONS for word in words
}
"""Folded season word -> the months of its season."""

# "Last" and "next" around a date without its year ("lo scorso 19 febbraio", "le 5 mai
# prochain", "am vergangenen Freitag, 19. Februar", "woensdag 22 februari a.s."): the
# year is the one that puts the date before (-1) or after (+1) the reference, not the
# nearest. Folded; the abbreviations (Dutch "a.s.", "jl.") are matched by the grammar.
_PAST, _NEXT = -1, 1
# Latvian "last" and "next" in the cases of "diena" (feminine, every weekday's noun) and
# of the adverb: "aizvadītajā sestdienā", "kāda bija aizvadītā sestdiena", "pagājušo
# sestdien", "aizvadītās sestdienas", "nākamajā svētdienā", "nākamā svētdiena".
LATVIAN_DIRECTIONS: dict[str, int] = {
    **dict.fromkeys(
        map(unaccented_lower, (
            "aizvadītā", "aizvadītajā", "aizvadīto", "aizvadītās", "pagājušā",
            "pagājušajā", "pagājušo", "pagājušās", "pagājusī")),
        _PAST,
    ),
    **dict.fromkeys(
        map(unaccented_lower, ("nākamā", "nākamajā", "nākamo", "nākamās")), _NEXT
    ),
}  # fmt: skip
DIRECTION_BEFORE: dict[str, int] = {
    **dict.fromkeys(
        ("scorso", "scorsa", "passato", "pasado", "pasada", "passado", "passada",
         "vergangenen", "vergangene", "letzten", "afgelopen", "last", "past",
         "ubiegly", "ubiegla", "ubieglego", "ubieglej", "zeszly", "zeszla", "zeszlego",
         "minuly", "minulou", "minuleho", "minulo", "forra", "forrige", "sist",
         # Catalan "des del passat 12 d'abril", Basque "iragan ostiralean"
         "passat", "passada", "iragan"),
        _PAST,
    ),
    **dict.fromkeys(
        ("prossimo", "prossima", "proximo", "proxima", "kommenden", "kommende", "nachsten",
         "nachste", "aanstaande", "komende", "next", "coming", "najblizszy", "najblizsza",
         "najblizszej", "przyszly", "przyszla", "przyszlego", "pristi", "nadchazejici",
         "nasta", "kommande", "næste", "neste", "volgende", "datorren", "næstkomandi",
         "seuraavana", "seuraava", "urmatoarea", "urmatoare", "urmatorul",
         # Catalan "el proper dissabte", "fins al pròxim 19 de maig", Galician "o vindeiro
         # sábado", Basque "hurrengo ostiralean"
         "proper", "propera", "proxim", "vindeiro", "vindeira", "hurrengo"),
        _NEXT,
    ),
    # the added languages, folded as the tokens are: Finnish "tulevana lauantaina", "ensi
    # maanantaina", Croatian "iduće subote", Hungarian "jövő szombaton", Ukrainian
    # "наступного понеділка", Greek "την ερχόμενη Κυριακή", Turkish "gelecek Cumartesi"
    **dict.fromkeys(
        map(unaccented_lower, (
            "tulevana", "tuleva", "ensi", "järgmisel", "jövő", "iduće", "idući", "iduću",
            "sljedeće", "sljedeći", "sljedeću", "naslednjo", "naslednji", "prihodnjo",
            "prihodnji", "budúci", "budúcu", "kitą", "следващата",
            "следващия", "наступного", "наступної", "наступну", "наступний", "επόμενη",
            "ερχόμενη", "επόμενο", "ερχόμενο", "gelecek", "önümüzdeki",
            # "the first coming": Norwegian and Danish "førstkommende fredag", Nynorsk
            # "førstkomande", "komande"; Swedish "nästkommande", Danish "næstkommende"
            "førstkommende", "førstkomande", "komande", "nästkommande", "næstkommende",
            # in their cases: Lithuanian "ateinantį sekmadienį", "artėjantį", "ateinančio
            # sekmadienio"; Estonian "järgmine pühapäev", "tuleval pühapäeval"
            "ateinantį", "ateinančio", "ateinantis", "artėjantį", "järgmine", "tuleval")),
        _NEXT,
    ),
    **dict.fromkeys(
        map(unaccented_lower, (
            "viime", "eelmisel", "múlt", "prošle", "prošli", "prošlu", "prošlog",
            "prejšnjo", "prejšnji", "minulý", "minulú", "praėjusį",
            "миналата", "миналия", "минулого", "минулої", "минулу", "минулий",
            "περασμένη", "περασμένο", "geçen",
            # in their cases: Lithuanian "praėjusio šeštadienio", "praėjęs
            # šeštadienis"; Estonian "eelmine laupäev", "möödunud laupäeval"
            "praėjusio", "praėjęs", "praėjusįjį", "eelmine", "möödunud",
            # Hungarian "előző vasárnap", "elmúlt vasárnap" (the previous, the passed)
            "előző", "elmúlt")),
        _PAST,
    ),
    # Portuguese, Spanish and Italian "the last": "aprovado na última quinta-feira", "el
    # último sábado", "l'ultimo sabato"; never before "of" ("o último domingo do mês",
    # "el último sábado de cada mes": see LAST_OF_WORDS)
    **dict.fromkeys(("ultima", "ultimo"), _PAST),
    **LATVIAN_DIRECTIONS,
}  # fmt: skip
# "Last" words of DIRECTION_BEFORE that are also the ordinal "last": before a weekday and
# an "of" or "before" they name the last such day of a month or a season ("el último
# sábado de cada mes", "a última sexta-feira do mês", "l'ultimo sabato di ottobre",
# "o último domingo antes do Natal"; "in" only before a month: "el último sábado en
# mayo"), no day before the reference.
LAST_OF_WORDS = frozenset({"ultima", "ultimo"})
LAST_OF_LINKS = frozenset(
    {"de", "del", "do", "da", "dos", "das", "di", "della", "dello", "dei", "deste", "desta",
     "este", "esta", "antes", "prima"}
)  # fmt: skip
DIRECTION_AFTER: dict[str, int] = {
    **dict.fromkeys(
        ("scorso", "scorsa", "passato", "passata", "pasado", "pasada", "passado", "passada",
         "dernier", "derniere", "jongstleden", "passat"),  # Catalan "dilluns passat"
        _PAST,
    ),
    **dict.fromkeys(
        ("prossimo", "prossima", "venturo", "proximo", "proxima", "prochain", "prochaine",
         # Catalan "dilluns vinent", "el 5 de maig propvinent"; Galician "o sábado vindeiro"
         "vinent", "propvinent", "vindeiro", "vindeira"),
        _NEXT,
    ),
}  # fmt: skip


# Clock words: noon and midnight as pages write them ("from Friday 3 May noon",
# "12 Uhr Mittag", "a mezzogiorno", "bis Mitternacht"); folded when the lexicon is built.
_NOON = (
    "noon", "midday", "Mittag", "mittags", "midi", "mezzogiorno", "mediodía", "meio-dia",
    "meio dia", "południe", "samo południe", "poledne", "poludnie", "keskipäivä", "migdia",
    "eguerdi", "délben", "amiază", "vidurdienis", "μεσημέρι", "пладне", "опівдні", "öğlen",
    "hádegi",
    "eguerdian",  # Basque "at midday" ("Gaur eguerdian aurkeztu dute")
    # case forms of the added languages ("gegužės 1-osios vidurdienį", "26.10.
    # keskpäevast südaööni"): Lithuanian, Estonian, Finnish, Slovenian, Croatian
    "vidurdienį", "keskpäev", "keskpäeval", "keskpäevast", "keskpäevani",
    "keskipäivällä", "keskipäivästä", "keskipäivään", "opoldne", "podne",
    # Maltese ("bejn id-9.00am u nofs inhar"), Irish ("meán lae", lenited after
    # "roimh": "roimh mheán lae Déardaoin")
    "nofsinhar", "nofs inhar", "meán lae", "mheán lae",
)  # fmt: skip
_MIDNIGHT = (
    "midnight", "Mitternacht", "minuit", "mezzanotte", "medianoche", "meia-noite",
    "meia noite", "middernacht", "midnat", "midnatt", "północ", "północy", "půlnoc",
    "půlnoci", "polnoč",
    "ponoć", "keskiyö", "mitjanit", "gauerdi", "éjfél", "vidurnaktis", "pusnakts",
    "μεσάνυχτα", "полунощ", "північ", "gece yarısı", "miezul nopții", "miðnætti",
    "vidurnaktį", "südaöö", "südaööl", "südaööst", "südaööni", "keskiyöllä", "keskiyöhön",
    "opolnoči", "ponoći", "éjfélkor",
    # Irish, also lenited after "roimh" (before) as noon's "mheán lae"
    "meán oíche", "mheán oíche",
)  # fmt: skip


def _phrases(words: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """Token sequences for phrases, split as the tokenizer splits them."""
    return tuple(tuple(re.findall(r"\d+|[^\W\d_]+|\S", unaccented_lower(w))) for w in words)


NOON_WORDS = _phrases(_NOON)
MIDNIGHT_WORDS = _phrases(_MIDNIGHT)


def _split_forms(table: dict[str, list[str]]) -> dict[str, list[tuple[str, ...]]]:
    return {
        lang: [tuple(form.replace("_", " ") for form in entry.split()) for entry in entries]
        for lang, entries in table.items()
    }


_MONTHS.update(_split_forms(more.MONTHS))
_CASE_MONTHS = _split_forms(more.CASE_MONTHS)
_WORDPRESS_MONTHS = _split_forms(more.WORDPRESS_MONTHS)
_WEEKDAYS.update(_split_forms(more.WEEKDAYS))

# "Next" words of DIRECTION_BEFORE that are everyday words in another language read:
# Norwegian "neste" ("neste onsdag") is Portuguese "in this" ("Neste sábado, 2 de
# novembro", the Saturday before or after). A direction only right before a weekday of
# its own languages, by the weekday's folded names.
OWN_WEEKDAY_DIRECTIONS: dict[str, frozenset[str]] = {
    "neste": frozenset(
        unaccented_lower(name)
        for lang in ("no", "da")
        for names in _WEEKDAYS[lang]
        for name in names
    )
}

# Swedish, Norwegian and Danish "last <weekday>" in one inflected word after "i": "i
# lördags" (last Saturday), "i mandags", Nynorsk "i laurdags"; a starter in those languages
# only. Their future "på lördag" is a bare weekday and stays unread (see the Policy).
NORDIC_PAST_WEEKDAYS: dict[str, int] = {
    unaccented_lower(name) + "s": day
    for lang in ("sv", "no", "da")
    for day, names in enumerate(_WEEKDAYS[lang])
    for name in names
    if not name.endswith("en")  # "lördagen" is no stem
}

# Parts of the day after a weekday, with the half of the day they give its bare hours:
# apart ("onsdag aften den 7. oktober", "Friday evening, 5 May") or in one word with it,
# after the language's link letter ("am kommenden Donnerstagabend um 9 Uhr",
# "zaterdagavond", "lördagskvällen", "föstudagskvöldið"; English writes no compound).
_WEEKDAY_PARTS: dict[str, tuple[str | None, tuple[tuple[str, str], ...]]] = {
    "de": ("", (("abend", "pm"), ("nachmittag", "pm"), ("vormittag", "am"),
                ("morgen", "am"), ("mittag", "pm"))),
    "nl": ("", (("avond", "pm"), ("middag", "pm"), ("ochtend", "am"), ("morgen", "am"))),
    "sv": ("s", (("kväll", "pm"), ("kvällen", "pm"), ("eftermiddag", "pm"),
                 ("eftermiddagen", "pm"), ("morgon", "am"), ("morgonen", "am"),
                 ("förmiddag", "am"), ("förmiddagen", "am"))),
    "no": ("s", (("kveld", "pm"), ("kvelden", "pm"), ("ettermiddag", "pm"),
                 ("morgen", "am"), ("formiddag", "am"))),
    "da": ("s", (("aften", "pm"), ("eftermiddag", "pm"), ("morgen", "am"),
                 ("formiddag", "am"))),
    "is": ("s", (("kvöld", "pm"), ("kvöldið", "pm"), ("morgun", "am"), ("morguninn", "am"))),
    "en": (None, (("evening", "pm"), ("morning", "am"), ("afternoon", "pm"))),
}  # fmt: skip
DAY_PARTS = {
    unaccented_lower(word): half for _, parts in _WEEKDAY_PARTS.values() for word, half in parts
}
"""A part of the day written apart after a weekday -> the half it gives bare hours."""


def _weekday_compounds() -> tuple[dict[str, list[tuple[str, ...]]], dict[str, str]]:
    """The compounds per language (in the shape of ``_WEEKDAYS``) and their halves."""
    table: dict[str, list[tuple[str, ...]]] = {}
    halves: dict[str, str] = {}
    for lang, (link, parts) in _WEEKDAY_PARTS.items():
        if link is None:
            continue
        days = table[lang] = []
        for names in _WEEKDAYS[lang]:
            compounds = tuple(
                unaccented_lower(name + link + part) for name in names for part, _ in parts
            )
            days.append(compounds)
            halves.update(zip(compounds, (half for _ in names for _, half in parts), strict=True))
    return table, halves


_WEEKDAY_COMPOUNDS, WEEKDAY_HALVES = _weekday_compounds()


def _two_latin_letters(form: str) -> bool:
    return len(form) < 3 and form.isascii()


# CLDR's short weekdays (more.SHORT_WEEKDAYS) beside the German, Dutch and Finnish
# ones above, which keep their meaning ("di" is Tuesday there, Sunday in French). Two
# Latin letters ("śr", "pt", "On", "Du", "ar") are words in too many languages: those
# count only before their abbreviation's dot ("pt., 5 lipca"); not one letter
# (Hungarian "V." is German "v.", "vom"). A form two languages read give different days
# (Slovene "tor" Tuesday, Norwegian Thursday; Polish "pt." Friday, Turkish "Pt" Monday)
# is left out where both are read; see lexicon_for and Parser.weekday. Those the short
# forms kept give several days ("So": Czech Saturday, German Sunday) are settled by a
# full date instead (Lexicon.weekday_options, Parser._weekday_by_date).
_CLDR_FORMS = _split_forms(more.SHORT_WEEKDAYS)
_CLDR_SHORT_WEEKDAYS = {
    lang: [tuple(f for f in forms if not _two_latin_letters(f)) for forms in days]
    for lang, days in _CLDR_FORMS.items()
}
# The languages that write a month's name after the year ("2014. március 15.", "2014 m.
# kovo 15 d.", "2014. gada 15. martā", "2011ko azaroaren 5a").
_YEAR_FIRST_LANGUAGES = ("hu", "lt", "lv", "eu")
# Their weekdays, full and short: another language's short weekday before such a date is
# an abbreviation of the date's language (Parser._abbreviation_not_weekday).
YEAR_FIRST_WEEKDAYS = frozenset(
    unaccented_lower(form)
    for lang in _YEAR_FIRST_LANGUAGES
    for table in (_WEEKDAYS, _CLDR_FORMS)
    for forms in table[lang]
    for form in forms
)
_DOT_WEEKDAYS = {
    lang: [tuple(f for f in forms if _two_latin_letters(f) and len(f) == 2) for forms in days]
    for lang, days in _CLDR_FORMS.items()
}
_RELATIVE.update(
    {lang: [(_phrases((w,))[0], off) for w, off in pairs] for lang, pairs in more.RELATIVE.items()}
)
TODAY_WORDS = frozenset(
    words[0] for entries in _RELATIVE.values() for words, off in entries
    if off == 0 and len(words) == 1
)  # fmt: skip
"""One-word "today" in every language read, folded ("σήμερα", "hoy", "danes")."""


def _merge_today_periods() -> tuple[dict[tuple[str, ...], str], frozenset[tuple[str, ...]]]:
    """Add the parts of today and tomorrow, tonight and last night to the relative words;
    their halves of the day, and the phrases that count only with a time (no one-word
    "today" in them)."""
    halves: dict[tuple[str, ...], str] = {}
    timed: set[tuple[str, ...]] = set()
    for lang, periods in _TODAY_PERIODS.items():
        for phrase, half in periods:
            words = _phrases((phrase,))[0]
            _RELATIVE[lang].append((words, 0))
            halves[words] = half
            if len(words) > 1 and TODAY_WORDS.isdisjoint(words):
                timed.add(words)  # one word is "tonight" alone ("Illejla tkompli …")
    for lang, nights in _LAST_NIGHT.items():
        for words in _phrases(nights):
            _RELATIVE[lang].append((words, -1))
            halves[words] = "pm"
    for lang, tonight in _TONIGHT_AS_WRITTEN.items():
        _RELATIVE[lang] += ((words, 0) for words in _phrases(tonight))
    for lang, parts in _TOMORROW_PERIODS.items():
        for phrase, half in parts:
            words = _phrases((phrase,))[0]
            _RELATIVE[lang].append((words, 1))
            halves[words] = half
    return halves, frozenset(timed)


TODAY_PERIODS, TIMED_RELATIVE = _merge_today_periods()
"""Folded part of today, of tomorrow ("morgenavond") or last night ("gisteravond") ->
"am"/"pm"; the parts of today that need a time or a whole field."""


def _merge_by_last_word(table: dict[str, list[tuple[str, int]]]) -> frozenset[tuple[str, ...]]:
    """Add the relative phrases of ``table`` (found by their last word: _APART_RELATIVE,
    _TODAY_AFTER_NOUN) to the relative words; those phrases, folded."""
    apart: set[tuple[str, ...]] = set()
    for lang, pairs in table.items():
        for phrase, offset in pairs:
            words = _phrases((phrase,))[0]
            _RELATIVE[lang].append((words, offset))
            apart.add(words)
    return frozenset(apart)


TODAY_AFTER_NOUN = _merge_by_last_word(_TODAY_AFTER_NOUN)
"""Folded "today" phrases with the adjective after its noun ("giornata odierna")."""
LAST_WORD_RELATIVE = TIMED_RELATIVE | _merge_by_last_word(_APART_RELATIVE) | TODAY_AFTER_NOUN
"""Relative phrases found by their last word (see lexicon_for)."""
_RANGE_WORDS.update(more.RANGE_WORDS)
_LIST_WORDS.update(more.LIST_WORDS)
OTHER_MEANINGS.update(
    (_phrases((w,))[0], frozenset(SUPPORTED_LANGUAGES if others == ("*",) else others))
    for w, others in more.AMBIGUOUS_RELATIVE.items()
)
AMBIGUOUS_RELATIVE = frozenset(OTHER_MEANINGS)
TIME_SETTLED_RELATIVE = frozenset(_phrases((w,))[0] for w in more.TIME_SETTLED_RELATIVE)
CONTESTED = 0
"""Month number of a name that means different months in the languages read."""
FUZZY_MIN = 5
_SLIP_CACHE = 20_000
"""Shortest month name (and word) that a one-letter slip may stand for."""
ROMAN_MONTHS = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
    "x": 10, "xi": 11, "xii": 12,
}  # fmt: skip
"""Months as Roman numerals, read in capitals before a year ("12 IV 2023")."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word tables for one set of languages, every key folded."""

    months: dict[str, int]
    dotted_months: dict[str, int]
    """Months read differently after a day with an ordinal dot (see DOT_LANGUAGES)."""
    contested: dict[str, tuple[int, ...]]
    """Names that mean two months among the languages, and which months; ``months``
    gives them as CONTESTED unless the ordinal-dot habit settles them."""
    month_phrases: dict[str, tuple[tuple[tuple[str, ...], int], ...]]
    """Two-word months by their first word (Irish "Meán Fómhair")."""
    english_months: frozenset[str]
    month_first_words: frozenset[str]
    """Month names that may come before their day ("May 5", "március 5.")."""
    year_month_first_words: frozenset[str]
    """First words of the month names that come before their day only with a closing
    year after it (more.MONTH_FIRST_WITH_YEAR: Irish "Deireadh Fómhair 22 2014")."""
    weekdays: dict[str, int]
    short_weekdays: dict[str, int]
    relative: dict[str, tuple[tuple[tuple[str, ...], int], ...]]
    days_ago: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...], int], ...]]
    """By unit ("days"): the words before the count and after the unit, and the unit's
    length in days ("il y a 2 jours", "3 days ago", "för 2 dagar sedan")."""
    range_words: frozenset[str]
    list_words: frozenset[str]
    and_months: frozenset[str]
    """Month names that only languages whose word that is "to" elsewhere is "and"
    write (Czech and Slovak "a", the Romance "to"): after one it is "and" ("30. októbra
    a 2., 6. a 9. novembra 2020" lists days; see Parser.separator)."""
    fuzzy_index: dict[str, frozenset[str]]
    """One-letter deletions of each full month name (and the name) -> names."""
    ordinal_days: dict[str, tuple[tuple[tuple[str, ...], int], ...]]
    """Days as ordinal words by their first token ("drugiego lipca", "the first of May"),
    English ones ending with "of"."""
    starters: frozenset[str]
    """Every word that may open an expression: months, weekdays, relative words."""
    page_languages: bool
    """True when the caller named the page's languages: a lower-case short weekday
    before its day is then that weekday ("ons 17 jan.", Swedish), not a word of another
    language ("son 17 de enero": Spanish "they are")."""
    month_weekdays: dict[str, int]
    """Short weekdays that are month names too (Romance "mar": Tuesday and March), read
    as the weekday only before a day and its month ("mar. 2 avr.")."""
    dot_weekdays: dict[str, int]
    """CLDR's two-letter weekdays, read only before their dot ("pt., 5 lipca"); no
    starters (see Parser.expressions)."""
    capital_weekdays: dict[str, dict[str, int]]
    """Czech and Slovak two-letter weekdays (more.CAPITAL_WEEKDAYS), folded, with their
    days by their spellings ("st": "st" Wednesday, "št" Thursday): read in capitals
    before a dotted day and month ("PO 5.10."; "Po 5.10." may be "after", and "DU 5.10.
    AU 12.10." is French)."""
    scan_stops: frozenset[str]
    """The starters and "", the padding after the last token: the scan's loop over
    plain words stops at either with one set lookup (see Parser.next_expression)."""
    weak_starters: dict[str, frozenset[str]]
    """Starters that read nothing when a word other than these follows them, so the
    scan passes them: short weekdays (read before a digit, comma or dot) and words
    that only open relative phrases ("the" of "the day after tomorrow", "a" of "a
    morgun"), with those phrases' second words. Most of the scan's failed attempts
    were theirs ("la", "to", "the", "a")."""
    weekday_words: frozenset[str]
    """Every key of ``weekdays``, ``short_weekdays``, ``dot_weekdays`` and
    ``month_weekdays``: one set test before :meth:`Parser.weekday` on every item."""
    abbreviations: dict[str, tuple[int, frozenset[str]]]
    """CLDR's month abbreviations that are no month or weekday name here, folded: the
    month and the spellings with their letters ("sie" is "sierpień" only written so, not
    as "się"); read only before a year."""
    year_dot_abbreviations: dict[str, tuple[int, frozenset[str]]]
    """Those that the languages here give different months ("lis": Croatian October,
    Czech and Polish November), as ``abbreviations``, with the month of the language
    that writes the year's dot (YEAR_DOT_LANGUAGES): read only between a day's and a
    year's ordinal dots ("11. lis 2023.")."""
    wordpress_months: dict[str, int]
    """WordPress's month abbreviations that are words (more.WORDPRESS_MONTHS: Finnish
    "syys", "kesä"), read only in its "M j, Y" ("syys 5, 2022")."""
    case_months: dict[str, int]
    """Months in the case forms that date a month, not a day ("lipcu", "májusában",
    "jaanuaris", more.CASE_MONTHS), that are no month names here: read only next to a
    year, for the reason ``partial``."""
    short_months: frozenset[str]
    """Month names that only abbreviate their month's name in the languages read ("jan",
    "sept", "márc", "abr"; see :func:`_short_months`), and so may take an abbreviation's
    dot; after a full name ("abril", "mai", "tammikuu") a dot before a capital ends the
    sentence ("el diumenge 22 d’abril. El punt …")."""
    weekday_options: dict[str, tuple[int, ...]]
    """The short weekdays read here that name other days too in the languages read
    ("so": German Sunday, Czech and Slovak Saturday; "do": German Thursday, Spanish
    Sunday), with every day they name: a stated date settles which (see
    :meth:`Parser._weekday_by_date`), as a weekday settles ``contested`` months."""
    feasts: dict[str, tuple[Feast, ...]]
    """Fixed feast days by their name's first token (:mod:`._feasts`), longest first."""
    feast_only: frozenset[str]
    """Those first tokens that open nothing else: an item there is a feast or none."""
    settled_relative: frozenset[tuple[str, ...]]
    """The words of AMBIGUOUS_RELATIVE that the languages the caller named settle: none
    of them gives the word its other meaning ("eile" on an Estonian page is "yesterday",
    not Irish "other"), so they are read in running text too. Empty without named
    languages."""
    slips: dict[str, tuple[int, str] | None] = field(default_factory=dict)
    """Answers of :meth:`misspelt_month` so far: bodies repeat their words."""

    def misspelt_month(self, word: str) -> tuple[int, str] | None:
        """The month ``word`` is one edit (a letter missing, extra, wrong or two
        swapped) away from, if exactly one month is ("Ocotber", "Febuary")."""
        if len(word) < FUZZY_MIN or not word.isalpha() or word in self.weekdays:
            return None
        if word in self.slips:
            return self.slips[word]
        if len(self.slips) > _SLIP_CACHE:
            self.slips.clear()
        found = self.slips[word] = self._slip(word)
        return found

    def _slip(self, word: str) -> tuple[int, str] | None:
        index = self.fuzzy_index
        # The word and each spelling of it with one letter dropped, built in C: one test
        # of them all sends most words away before any set is built (each new word of a
        # text pays this once; the sets cost twice as much).
        keys = [word, *map("".join, combinations(word, len(word) - 1))]
        if index.keys().isdisjoint(keys):
            return None
        names = {name for key in keys for name in index.get(key, ())}
        found = {(self.months[n], n) for n in names if _one_edit(word, n)}
        if len({m for m, _ in found}) != 1:
            return None
        return min(found)


def _one_edit(a: str, b: str) -> bool:
    """Optimal string alignment distance of exactly one."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and (a[diff[1]] == b[diff[0]])
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def _readings(
    table: dict[str, list[tuple[str, ...]]], langs: Iterable[str], start: int
) -> dict[str, set[int]]:
    """Every folded name of ``table`` in ``langs``, with the numbers (counted from
    ``start``) the languages give it."""
    readings: dict[str, set[int]] = {}
    for lang in langs:
        for number, names in enumerate(table.get(lang, ()), start=start):
            for name in names:
                readings.setdefault(unaccented_lower(name), set()).add(number)
    return readings


def _one_day(table: dict[str, list[tuple[str, ...]]], langs: Iterable[str]) -> dict[str, int]:
    """Like :func:`_pick`, without the names two of ``langs`` give different numbers."""
    readings = _readings(table, langs, 1)
    return {name: next(iter(days)) for name, days in readings.items() if len(days) == 1}


def _pick(table: dict[str, list[tuple[str, ...]]], langs: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for lang in langs:
        for number, names in enumerate(table.get(lang, ()), start=1):
            for name in names:
                out.setdefault(unaccented_lower(name), number)
    return out


# Turkish month names, folded: a place's or a club's name may open with a year-less
# date of them ("19 Mayıs Stadyumu"; see Parser._opens_name).
TURKISH_MONTHS = frozenset(_pick(_MONTHS, ("tr",)))
# Month names, folded, of the languages that write a month between a year and its day
# ("2016. június 15.", "2024 m. kovo 5 d."): the only names a misspelling there may
# stand for (see Parser._year_first_slip).
YEAR_FIRST_MONTHS = frozenset(_pick(_MONTHS, _YEAR_FIRST_LANGUAGES))
# Month names, folded, of the languages that write a year with a thousands dot
# ("16 de abril 2.009", Iberian legal and blog style; see Parser._year_after).
DOTTED_YEAR_MONTHS = frozenset(_pick(_MONTHS, ("es", "ca", "pt", "gl")))


def _months(
    langs: tuple[str, ...],
) -> tuple[dict[str, int], dict[str, int], dict[str, tuple[int, ...]]]:
    """Month names; a name two languages give different months ("listopada": Polish
    November, Croatian October) is settled by the ordinal-dot habit when it can be."""
    readings: dict[str, dict[int, set[str]]] = {}
    for lang in langs:
        for number, names in enumerate(_MONTHS.get(lang, ()), start=1):
            for name in names:
                readings.setdefault(unaccented_lower(name), {}).setdefault(number, set()).add(lang)
    plain: dict[str, int] = {}
    dotted: dict[str, int] = {}
    contested: dict[str, tuple[int, ...]] = {}
    for name, by_month in readings.items():
        if len(by_month) == 1:
            plain[name] = next(iter(by_month))
            continue
        undotted = [m for m, ls in by_month.items() if ls - DOT_LANGUAGES]
        with_dot = [m for m, ls in by_month.items() if ls & DOT_LANGUAGES]
        contested[name] = tuple(sorted(by_month))
        if len(undotted) == 1 and len(with_dot) == 1:
            plain[name], dotted[name] = undotted[0], with_dot[0]
        else:
            plain[name] = CONTESTED
    return plain, dotted, contested


def _fuzzy_index(months: dict[str, int]) -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for name in months:
        if len(name) < FUZZY_MIN or not name.isalpha():
            continue
        index.setdefault(name, set()).add(name)
        for k in range(len(name)):
            index.setdefault(name[:k] + name[k + 1 :], set()).add(name)
    return {key: frozenset(names) for key, names in index.items()}


def _glued(months: dict[str, int]) -> dict[str, int]:
    """Event-calendar widgets print a month's three-letter abbreviation and its full
    name as one word ("SepSeptember 1 2020", "JanJanuary 21 2020"): the pair as one
    month name, only when both halves name the same month."""
    out: dict[str, int] = {}
    for name, number in months.items():
        if len(name) > 3 and months.get(name[:3]) == number != CONTESTED:
            out[name[:3] + name] = number
    return out


@lru_cache(maxsize=64)
def lexicon_for(languages: tuple[str, ...] | None) -> Lexicon:
    """Build (once per language set) the tables for ``languages`` (None: all supported)."""
    langs = SUPPORTED_LANGUAGES if languages is None else languages
    relative: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for lang in langs:
        for words, offset in _RELATIVE.get(lang, ()):
            # "this evening", "ce soir", "esta tarde", "antes de ontem" by their last
            # word: the scan stops at every starter, and "this", "ce", "esta", "antes"
            # are everywhere
            key = words[-1] if len(words) > 1 and words in LAST_WORD_RELATIVE else words[0]
            entries = relative.setdefault(key, [])
            if (words, offset) not in entries:
                entries.append((words, offset))
    # Longest phrases first, so "i dag" is tried before a bare "i".
    rel = {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in relative.items()}
    weekdays = {k: v - 1 for k, v in _pick(_WEEKDAYS, langs).items()}
    weekdays.update((k, v - 1) for k, v in _pick(_WEEKDAY_COMPOUNDS, langs).items())
    every, dotted, contested = _months(langs)
    # a short form that is a month name here is that month ("mar": March) but before a
    # day and its month ("mar. 2 avr.")
    every_short = {k: v - 1 for k, v in _pick(_SHORT_WEEKDAYS, langs).items()}
    for k, v in _one_day(_CLDR_SHORT_WEEKDAYS, langs).items():
        if k not in every_short and k not in weekdays:
            every_short[k] = v - 1
    short = {k: v for k, v in every_short.items() if k not in every}
    months = {k: v for k, v in every.items() if " " not in k}
    phrases: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for name, number in every.items():
        if " " in name:
            words = tuple(name.split())
            phrases.setdefault(words[0], []).append((words, number))
    days_ago: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], int]]] = {}
    for lang in langs:
        forms, units = _DAYS_AGO.get(lang, ([], {}))
        for unit, days in units.items():
            days_ago.setdefault(unit, []).extend((b, a, days) for b, a in forms)
    first_langs = [lang for lang in ("en", *more.MONTH_FIRST) if lang in langs]
    with_year_langs = [lang for lang in more.MONTH_FIRST_WITH_YEAR if lang in langs]
    glued = _glued(months)
    ordinals = _ordinal_days(langs)
    dot_days = {
        k: v - 1
        for k, v in _one_day(_DOT_WEEKDAYS, langs).items()
        if k not in short and k not in weekdays and k not in every
    }
    month_days = {k: v for k, v in every_short.items() if k in every}
    abbreviations, year_dot_abbreviations = _abbreviations(langs, months.keys())
    capitals = _capital_weekdays(langs)
    range_words = {lang: _words_of(_RANGE_WORDS, lang) for lang in langs}
    list_words = {lang: _words_of(_LIST_WORDS, lang) for lang in langs}
    every_range, every_list = set().union(*range_words.values()), set().union(*list_words.values())
    and_langs = [lang for lang in langs if not list_words[lang].isdisjoint(every_range)]
    to_langs = [lang for lang in langs if not range_words[lang].isdisjoint(every_list)]
    strong = {*months, *glued, *weekdays, *phrases, *ordinals, *abbreviations}
    starters = (
        frozenset(months)
        | set(glued)
        | set(weekdays)
        | set(short)
        | set(rel)
        | set(phrases)
        | set(ordinals)
        | (set(NORDIC_PAST_WEEKDAYS) if {"sv", "no", "da"} & set(langs) else set())
        # WordPress's "M j, Y" opens with them ("Vas 28, 2018"); see Parser.month_first
        | (set(more.YEAR_FIRST_ABBREVIATIONS) if {"lt", "eu"} & set(langs) else set())
    )
    feasts = _feasts(langs)
    # (not the words the scan reads otherwise: WordPress's Croatian "svi 28, 2025")
    feast_only = frozenset(
        feasts.keys()
        - starters
        - _pick(_WORDPRESS_MONTHS, langs).keys()
        - abbreviations.keys()
        - dot_days.keys()
        - capitals.keys()
    )
    starters = starters | frozenset(feasts)
    case_months = {
        k: v for k, v in _pick(_CASE_MONTHS, langs).items() if k not in every and k not in strong
    }
    return Lexicon(
        months=months | glued,
        dotted_months=dotted,
        contested=contested,
        month_phrases={k: tuple(v) for k, v in phrases.items()},
        english_months=frozenset(_pick(_MONTHS, ("en",)) if "en" in langs else ()),
        month_first_words=frozenset(_pick(_MONTHS, first_langs)) | set(glued),
        year_month_first_words=frozenset(
            name.split()[0] for name in _pick(_MONTHS, with_year_langs)
        ),
        weekdays=weekdays,
        short_weekdays=short,
        relative=rel,
        days_ago={unit: tuple(dict.fromkeys(entries)) for unit, entries in days_ago.items()},
        range_words=frozenset(every_range),
        list_words=frozenset(every_list),
        and_months=frozenset(_pick(_MONTHS, and_langs).keys() - _pick(_MONTHS, to_langs).keys()),
        fuzzy_index=_fuzzy_index(months),
        ordinal_days=ordinals,
        starters=starters,
        page_languages=languages is not None,
        settled_relative=frozenset(
            words
            for words, others in OTHER_MEANINGS.items()
            if languages is not None and others.isdisjoint(langs)
        ),
        month_weekdays=month_days,
        dot_weekdays=dot_days,
        capital_weekdays=capitals,
        # noon and midnight stop the scan too: "from midday on Saturday, 26 November";
        # a frozenset as declared ("set | keys" is a set; the compiled build checks).
        scan_stops=frozenset(
            starters
            | {""}
            | {words[0] for words in NOON_WORDS + MIDNIGHT_WORDS}
            | case_months.keys()
        ),
        weak_starters=_weak_starters(rel, short, strong, feasts, feast_only),
        weekday_words=frozenset(
            weekdays.keys() | short.keys() | dot_days.keys() | month_days.keys() | capitals.keys()
        ),
        abbreviations=abbreviations,
        year_dot_abbreviations=year_dot_abbreviations,
        wordpress_months={
            k: v for k, v in _pick(_WORDPRESS_MONTHS, langs).items() if k not in every
        },
        case_months=case_months,
        short_months=_short_months(langs),
        weekday_options=_weekday_options(langs, short.keys() | month_days.keys()),
        feasts=feasts,
        feast_only=feast_only,
    )


def _words_of(table: dict[str, tuple[str, ...]], lang: str) -> set[str]:
    return {unaccented_lower(w) for w in table.get(lang, ())}


def _capital_weekdays(langs: Iterable[str]) -> dict[str, dict[str, int]]:
    """:attr:`Lexicon.capital_weekdays`, without a spelling two languages give
    different days."""
    days: dict[str, set[int]] = {}
    for lang in langs:
        for day, form in enumerate(more.CAPITAL_WEEKDAYS.get(lang, "").split()):
            days.setdefault(form, set()).add(day)
    out: dict[str, dict[str, int]] = {}
    for form, found in days.items():
        if len(found) == 1:
            out.setdefault(unaccented_lower(form), {})[form] = next(iter(found))
    return out


def _weekday_options(langs: Iterable[str], read: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """:attr:`Lexicon.weekday_options`: of the short weekdays ``read``, those that the
    short forms of ``langs`` give two days or more, with those days (Monday 0)."""
    readings = _readings(_SHORT_WEEKDAYS, langs, 0)
    for name, days in _readings(_CLDR_FORMS, langs, 0).items():
        readings.setdefault(name, set()).update(days)
    return {word: tuple(sorted(readings[word])) for word in read if len(readings.get(word, ())) > 1}


def _short_months(langs: Iterable[str]) -> frozenset[str]:
    """:attr:`Lexicon.short_months`: the names two letters or more shorter than their
    month's first (full) name, and a prefix of it or of four letters at most ("sept",
    "márc", Romanian "nov"; not Latvian "aprīli", a case of "aprīlis"), in every
    language of ``langs`` that writes them ("may" abbreviates Spanish "mayo", and is
    English May in full: no short month)."""
    short: set[str] = set()
    full: set[str] = set()
    for lang in langs:
        for names in _MONTHS.get(lang, ()):
            name = unaccented_lower(names[0])
            for other in map(unaccented_lower, names):
                shorter = len(name) - len(other) >= 2
                abbreviated = shorter and (name.startswith(other) or len(other) <= 4)
                (short if abbreviated else full).add(other)
    return frozenset(short - full)


def _weak_starters(
    rel: dict[str, tuple[tuple[tuple[str, ...], int], ...]],
    short: Iterable[str],
    strong: set[str],
    feasts: dict[str, tuple[Feast, ...]],
    feast_only: frozenset[str],
) -> dict[str, frozenset[str]]:
    """:attr:`Lexicon.weak_starters`: of the short weekdays and the relative words, those
    that open no other date (``strong``: months, weekdays, month phrases, ordinal days,
    abbreviations; nor year-first abbreviations, read in any language), that open each
    of their phrases (two words or more) and end none (``Parser.relative`` reads a part
    of today by its last word), and that no slip (too short) nor Roman numeral could
    make a month; also the first words of fixed feasts' names that open nothing else
    (``feast_only``) and only names of two words or more, passed before any token but
    their names' second words, a number too ("dia 5 de maio")."""
    weak: dict[str, frozenset[str]] = {}
    for word in {*short, *rel}:
        phrases = rel.get(word, ())
        if (
            word in strong
            or word in more.YEAR_FIRST_ABBREVIATIONS
            or word in ROMAN_MONTHS
            or len(word) >= FUZZY_MIN
            or any(len(words) < 2 or words[0] != word or words[-1] == word for words, _ in phrases)
        ):
            continue
        # "la" of Irish "Lá Nollag" too
        seconds = {feast.words[1] for feast in feasts.get(word, ()) if len(feast.words) > 1}
        weak[word] = frozenset(words[1] for words, _ in phrases) | seconds
    # A feast's first word that opens nothing else and only names of two words or more
    # ("dia de Natal", "giorno di Natale", "Oíche Nollag"): an everyday word the scan
    # passes at the cost of one lookup unless the name's second word follows.
    for word in feast_only:
        if word not in weak and all(len(feast.words) > 1 for feast in feasts[word]):
            weak[word] = frozenset(feast.words[1] for feast in feasts[word])
    return weak


@dataclass(frozen=True, slots=True)
class Feast:
    """A fixed feast day's name, folded into its tokens (see :mod:`._feasts`)."""

    words: tuple[str, ...]
    month: int
    day: int
    lower: bool
    """May be written all in lower case (:data:`._feasts.LOWER_CASE_LANGUAGES`)."""


def _feasts(langs: Iterable[str]) -> dict[str, tuple[Feast, ...]]:
    """:attr:`Lexicon.feasts` for ``langs``."""
    found: dict[str, set[Feast]] = {}
    for lang in langs:
        for name, month, day in feast_names(lang):
            words = _phrases((name,))[0]
            feast = Feast(words, month, day, lang in LOWER_CASE_LANGUAGES)
            found.setdefault(words[0], set()).add(feast)
    return {
        word: tuple(sorted(feasts, key=lambda f: (-len(f.words), f.words, f.lower)))
        for word, feasts in found.items()
    }


_Abbreviations = dict[str, tuple[int, frozenset[str]]]


def _abbreviations(
    langs: tuple[str, ...], taken: Iterable[str]
) -> tuple[_Abbreviations, _Abbreviations]:
    """The CLDR abbreviations of ``langs`` that are no month name here (``taken``):
    :attr:`Lexicon.abbreviations`, without those two languages give different months,
    and those as :attr:`Lexicon.year_dot_abbreviations`. A weekday's name elsewhere
    counts (Irish "Lún", "Sam" are the Romance Monday and French Saturday too): an
    abbreviation is read as written and after a day, where no weekday stands."""
    taken = set(taken)
    readings: dict[str, set[tuple[int, str, bool]]] = {}
    for lang in langs:
        dotted_year = lang in YEAR_DOT_LANGUAGES
        for number, forms in enumerate(more.ABBREVIATIONS.get(lang, "").split(), start=1):
            for abbr in forms.split("/"):
                folded = unaccented_lower(abbr)
                readings.setdefault(folded, set()).add((number, abbr.lower(), dotted_year))
    plain: _Abbreviations = {}
    year_dot: _Abbreviations = {}
    for folded, spellings in readings.items():
        if folded in taken:
            continue
        if len({number for number, _, _ in spellings}) == 1:
            plain[folded] = (next(iter(spellings))[0], frozenset(s for _, s, _ in spellings))
            continue
        dotted = {(number, s) for number, s, dot in spellings if dot}
        if dotted:
            year_dot[folded] = (next(iter(dotted))[0], frozenset(s for _, s in dotted))
    return plain, year_dot


def _ordinal_days(
    langs: Iterable[str],
) -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for lang in langs:
        needs_of = lang in more.ORDINAL_NEEDS_OF
        for day, entry in enumerate(more.ORDINAL_DAYS.get(lang, ()), start=1):
            for form in entry.split():
                words = _phrases((form.replace("_", " "),))[0] + (("of",) if needs_of else ())
                if (words, day) not in index.get(words[0], []):
                    index.setdefault(words[0], []).append((words, day))
    # Longest first: "dwudziestego pierwszego" before "dwudziestego".
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in index.items()}
