"""Tokenizer and recursive-descent grammar: text -> raw date expressions.

This layer only recognises *shapes* (a day, a month word, a time, a connector); it does
not decide years, validity or time zones, which is :mod:`citycrawl.dates._resolve`'s job.
Grammar, informally (``[]`` optional, ``|`` alternatives)::

    expression := item (separator item)*
    separator  := ("-" | "," | "&" | "/" | range-word | list-word | filler){1,4}
    item       := relative [times] | [weekday [","|"."] [filler]] core [times [zone]]
    core       := yyyy-mm-dd | d.m.yyyy | d/m/yy | d-m-yyyy | d.m.      (numeric)
                | day[ordinal]["."] ["of"|"de"] month["."] [","] ["de"|"del"] [year]
                | english-month day[ordinal] [","] [year]          (month first)
                | month [","] year                                 (partial: no day)
                | day[ordinal]["."]                (a list or range member: "8, 9 & 10 April")
    times      := [prefix] time [time-separator time]
    time       := h:mm[:ss] | h.mm | h"h"[mm] | h ("uhr"|"uur"|"u"|"h"|...) | h ["am"|"pm"]
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from codecs import charmap_decode, charmap_encode
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from encodings import cp1250, cp1251, cp1252, cp1253, cp1254, cp1257
from itertools import accumulate, pairwise
from types import ModuleType
from typing import TYPE_CHECKING, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from citycrawl.dates._lexicon import (
    AMBIGUOUS_RELATIVE,
    BETWEEN_WORDS,
    CAPITALISED_STREET_WORDS,
    CONTESTED,
    DAY_PARTS,
    DIRECTION_AFTER,
    DIRECTION_BEFORE,
    DOTTED_YEAR_MONTHS,
    FILLER_WORDS,
    FUZZY_MIN,
    HOUSE_NUMBER_STREET_ENDS,
    HOUSE_NUMBER_STREETS,
    LAST_OF_LINKS,
    LAST_OF_WORDS,
    LATVIAN_DIRECTIONS,
    LOWER_CASE_HOUSE_STREETS,
    MIDNIGHT_WORDS,
    NOON_WORDS,
    NORDIC_PAST_WEEKDAYS,
    OWN_WEEKDAY_DIRECTIONS,
    RANGE_OPENERS,
    ROMAN_MONTHS,
    SEASON_MONTHS,
    STREET_ABBREVIATIONS,
    STREET_LINKS,
    STREET_WORDS,
    TIME_SETTLED_RELATIVE,
    TIMED_RELATIVE,
    TODAY_AFTER_NOUN,
    TODAY_PERIODS,
    TODAY_WORDS,
    TURKISH_MONTHS,
    WEAK_MONTH_WORDS,
    WEEKDAY_HALVES,
    YEAR_FIRST_MONTHS,
    YEAR_FIRST_WEEKDAYS,
    Feast,
    Lexicon,
    _phrases,
    unaccented_lower,
)
from citycrawl.dates._more_languages import (
    ACCENT_SETTLED_RELATIVE,
    CASE_SETTLED_RELATIVE,
    FOLDED_FALSE_FRIENDS,
    HALF_BEFORE_HOUR,
    HOURS_IN_WORDS,
    ROMANCE_HOURS,
    SETTLED_UNLESS_BEFORE,
    YEAR_FIRST_ABBREVIATIONS,
)
from citycrawl.dates._numbers import (
    CATALAN_NUMBER_WORDS,
    HUNGARIAN_ORDINAL_DAYS,
    NUMBER_WORDS,
    ordinal_day,
    unfinished,
    value_of,
    words_back,
    words_forward,
)

if TYPE_CHECKING:
    from _codecs import _EncodingMap

_T = TypeVar("_T")


def _words(words: Iterable[str]) -> frozenset[str]:
    """A word set as the tokenizer sees it (folded: "στις" and "ΣΤΙΣ" alike)."""
    return frozenset(unaccented_lower(w) for w in words)


_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212~\u2192")  # "→" too
_APOSTROPHES = frozenset("\u2019\u2018`´\u02bc")  # "ʼ": a letter, Ukrainian's apostrophe
# A backslash is a slash: some pages date "02\09\2002".
_SIGNS = str.maketrans(
    {**dict.fromkeys(_DASHES, "-"), **dict.fromkeys(_APOSTROPHES, "'"), "\\": "/"}
)

# Glued after a day: English, French, Romance ordinals; Basque case endings ("5ean",
# "maiatzaren 11n"); Irish "ú" ("an 6ú Bealtaine"); Greek feminine ordinals, "-η" and
# "-α" ("1η", "2α": πρώτη, δευτέρα; the dative "2ᾳ" folds so), the genitive "-ης",
# "-ας", and the old accusative of church notices, "-ην" and "-αν" ("Την 7ην
# Φεβρουαρίου", "Τήν Κυριακήν 2αν Ἰουνίου": δευτέραν).
_ENGLISH_ORDINALS = frozenset({"st", "nd", "rd", "th"})
# What marks a year-first date's day after a misspelt month ("2016. júnus 15.", "15-én",
# "5 d."; see Parser._year_first_slip).
_SLIP_DAY_MARKS = frozenset({".", "-", "d"})
_ORDINAL_SUFFIXES = _words(
    {"st", "nd", "rd", "th", "er", "re", "e", "eme", "o", "a", "°", "ean", "an", "n", "ra", "era",
     "ης", "η", "ην", "α", "αν", "ου", "ας", "ú"}
)  # fmt: skip
# Glued after the first day only, the ordinal "first" as writers abbreviate it: Spanish
# "1ro", "1ero" (primero: "1ro de junio de 2023"), Catalan "1r" (primer: "1r de Maig"),
# French "1ier" (premier, misspelt); the other days are cardinals ("3ro de junio" is no
# form, and "ro" or "r" after another number is no day's).
_FIRST_DAY_ORDINALS = _words({"ro", "ero", "r", "ier"})
# The ordinals a superscript leaves apart when copied ("1 er mai"); none a word that
# may stand between a day and a month ("4 e 5 maggio", "1 a 5 de mayo").
_SPACED_ORDINALS = _words({"st", "nd", "rd", "th", "er", "eme", "ης", "η"})
# Written after a dash: Bulgarian "-ви", "-ри", "-ти", "-ми", "-и" ("на 19-и октомври"),
# Ukrainian "-го", Lithuanian "-oji", "-osios", "-ąją", "-ojo" ("gegužės 1-osios
# vidurdienį").
_DASHED_ORDINALS = _words({"ви", "ри", "ти", "ми", "и", "го", "oji", "osios", "ąją", "ojo"})
# ... and Polish "-go", "-ego" and the ordinals' own endings ("25-go stycznia", "1-szego",
# "2-giego", "3-ciego", "15-tego", "6-stego", "7-mego"), Croatian "-og" ("1-og svibnja"):
# Latin letters that are words too ("go" is "him"), so only before a month name.
_DASHED_ORDINALS_BEFORE_MONTH = _words(
    {"go", "ego", "szego", "giego", "ciego", "tego", "stego", "mego", "og", "oga"}
)
# Romanian ordinals, no days: the article before the number and the ending glued after
# its dash, feminine "a 4-a", masculine "al 3-lea" (see Parser._romanian_ordinal).
_RO_ORDINAL_ARTICLES = {"a": "a", "al": "lea"}
_RO_ORDINAL_ENDINGS = frozenset(_RO_ORDINAL_ARTICLES.values())
# Written after a colon: Swedish "1:a", "2:a", "3:e", "24:e" ("lördag 24:e november").
_COLON_ORDINALS = frozenset({"a", "e"})
_DAY_MONTH_LINKS = _words(
    {"of", "de", "di", "du", "del", "mes", "mese", "mois", "d", "'", "the", "month", "ta", "t",
     "lá", "mí", "mhí", "day", "jour", "του", "μηνός", "päivänä", "päivä"}
)  # fmt: skip
# Irish "an 10ú lá de Meitheamh" (the 10th day of June), "an 3ú lá de mhí Márta" (… of the
# month of March), "il 22 del mese di gennaio", "le 3 du mois de mai", minutes' "this 3rd
# day of March, 2023", "le 3e jour de mars", Finnish "2. päivänä heinäkuuta 2011"
# Galician "de xuño do 2020", Greek "21 Ιουνίου του 1982", "2 Ιουλίου το 2000"
_MONTH_YEAR_LINKS = _words({"de", "del", "of", "anno", "tal", "do", "του", "το", "vuonna"})
# A link between a month-first day and its year, which makes that order sure ("Febrero
# 15 del 2026", "marzo 3 de 2020"), as WordPress's comma does ("March 3, 2020")
_DAY_YEAR_LINKS = _words({"de", "del"})
# The month's article after Irish "mí" (month), a link only there: "26ú lá Mí na
# Bealtaine", "an 3ú lá de mhí an Mhárta" (see Parser._day_month_link).
_IRISH_MONTH_NOUNS = _words({"mí", "mhí"})
_IRISH_MONTH_ARTICLES = _words({"na", "an"})
# Quotation marks around a day before its month, as official Ukrainian, Russian and
# Bulgarian documents write it ("«20» лютого 2026 р.", "„20“ февруари", "“20” лютого")
_DAY_QUOTE_OPENS = frozenset({"«", "“", "„", '"', "”"})
_DAY_QUOTE_CLOSES = frozenset({"»", "”", "“", '"'})
# Portuguese and Galician "of the", a link only before "month" ("o dia 10 do mês de
# novembro", "o 2 do mes de xuño"): Polish, Czech and Slovak "do" is "to" ("od 5 do maja").
_OF_THE_BEFORE_MONTH_NOUN = "do"
_MONTH_NOUN = "mes"  # "mês" folded
# What may open the words between a day and its month: a link, or the "p" of Finnish
# "p:nä" ("6 p:nä helmikuuta"; see Parser._day_month_link).
_DAY_LINK_STARTS = _DAY_MONTH_LINKS | {"p", _OF_THE_BEFORE_MONTH_NOUN}
# Month names that are everyday words elsewhere and count only after a day's ordinal
# dot: Estonian "maid" (May, partitive: "ööl vastu 1. maid"; also "lands", and English).
_AFTER_DAY_DOT_ONLY = _words({"maid"})
# "Inclusive" in brackets between a date and its year (Parser._past_inclusive_aside).
_INCLUSIVE_ASIDES = tuple(
    ("(", *words, ")") for words in (("k", ".", "a"), ("k", ".", "a", "."), ("kaasa", "arvatud"))
)
# "Of the year" between a month and its year (Parser._past_year_noun); Icelandic "the
# year" and "of the year" ("8. apríl árið 1912", "3. maí ársins 1890"), Greek "του
# έτους", Czech, Slovak and Polish "roku" ("dne 8. dubna roku 1912").
# Also "in the year": German "am 3. Mai im Jahr 2016", "im Jahre 2016", Dutch "in het
# jaar 2016", English "in the year 2016".
_OF_THE_YEAR = _words(
    {"año", "anno", "ano", "any", "année", "jahres", "sena", "year", "árið", "ársins", "έτους",
     "roku", "jahr", "jahre", "jaar"}
)  # fmt: skip
_OF_THE_YEAR_LEADS = _words(
    {"de", "del", "dell", "do", "des", "tas", "ta", "of", "the", "l", "'", "-", "im", "in",
     "het"}
)  # fmt: skip
# A word alone between a month and its year (Parser._past_year_link), by its folded first
# token: its tokens and the spelling it counts in. Swedish, Danish and Norwegian "år"
# ("den 13 mars år 2016"; folded "ar" is also Latvian "with": only as written), Latin
# "AD", "A.D." ("20. travnja A.D. 2015."; in capitals: German "a.D." is "retired"), and
# Norwegian "in" ("laurdag 25. november i 2023.": "i" is "and" in Polish, Croatian and
# Catalan, so only before a year that ends its clause, see _YEAR_LINK_ENDS).
_YEAR_LINKS = {
    "ar": (("ar",), "år"),
    "ad": (("ad",), "AD"),
    "a": (("a", ".", "d", "."), "A.D."),
    "i": (("i",), "i"),
}
# What may follow a year after "i": the clause's end ("25. november i 2023.", "…, i
# 2023, …"), not a count ("1. maja i 2000 osób": and 2000 people).
_YEAR_LINK_ENDS = frozenset({".", ",", ";", "!", "?", ""})
# frozenset(_YEAR_LINKS), not .keys(): "frozenset | keys" makes a set at run time, which
# the compiled build (setup.py) refuses where the type says frozenset.
_OF_THE_YEAR_STARTS = _OF_THE_YEAR | _OF_THE_YEAR_LEADS | frozenset(_YEAR_LINKS)
_BEFORE_YEAR_STARTS = _OF_THE_YEAR_STARTS | {"("}
# What opens a short aside between a date and the year it shares with the date before it
# ("5 de marzo y 26 de mayo -Cofradía- de 1788"; Parser._past_aside).
_NAME_ASIDE_OPENS = frozenset({"-", "("})
# Maltese articles, glued with a hyphen to the day or weekday after them ("t-8",
# "it-Tnejn", "is-Sibt", "iċ-", "ż-"), folded.
_GLUED_ARTICLES = _words(
    {"il", "l", "is", "s", "it", "t", "id", "d", "ir", "r", "in", "n", "ix", "x", "iż",
     "ż", "ic", "iċ", "ċ", "c"}
)  # fmt: skip
# "On"/"in" before a weekday that continues a list ("a v sobotu", "i w niedzielę",
# "nelle giornate di domenica 17 e di lunedì 18 aprile").
_WEEKDAY_PREPOSITIONS = _words(
    {"v", "vo", "w", "we", "u", "na", "am", "op", "on", "pe", "την", "τη", "το", "di"}
)
# Words between a weekday and its day ("Montag, dem 2. Oktober", "quinta-feira, dia 11",
# Irish "Dé Luain, an 18 Márta").
_WEEKDAY_FILLERS = _words(
    {"the", "le", "el", "il", "den", "der", "dem", "am", "on", "de", "dia", "an", "hilak"}
)  # Basque "larunbatean, hilak 29" (the month's 29th)
# Year words after a year: Polish "2022 r.", "2011 roku"; Ukrainian "2024 р.", "року";
# Bulgarian "2024 г." (also without its dot), "2020 год.", "година"; Croatian "2023.
# godine", "2023.g."; Estonian "2022. a." (aasta).
# A year's case ending after a dash before its month: Hungarian "in" ("2022-ben
# június 25-én"), Lithuanian "of the …th" ("2022-ųjų", "2023-iųjų birželio 8-ąją"),
# "in the …th" ("2017-aisiais", "2023-iaisiais", shortened "2017-ais") and the
# heading's "the …th" ("2021-ieji metai"), either with its year word after it
# ("2017-aisiais metais rugpjūčio 19 d.", "1990-ųjų m."). The dash may be spaced, as
# some writers set it: "1990 –ųjų metų kovo 11-oji", "2018 - ųjų birželio 14 d.".
_YEAR_CASE_ENDINGS = frozenset({"ben", "ban", "uju", "iuju", "aisiais", "iaisiais", "ais", "ieji"})
# Lithuanian "year" between a year and its month, in the cases that stand there: "of
# the year" ("2021 metų gegužės 1 dienos"), "in the year" ("2017 metais rugpjūčio 19
# dieną"), the nominative of a heading ("2021 metai").
_LT_YEAR_WORDS = _words({"metų", "metais", "metai"})
# Basque "in" glued to a year before its month ("2017an abuztuaren 19an", "2011n",
# "2010ean"), as the genitive "2017ko" is.
_EU_YEAR_INESSIVES = frozenset({"an", "ean", "n"})
_YEAR_SUFFIXES = (
    ("r", "."), ("roku",), ("rok",), ("р", "."), ("року",), ("г", "."), ("г",), ("година",),
    ("godine",), (".", "godine"), ("gads",), ("metai",), ("vuonna",), ("год", "."),
    (".", "g", "."), ("g", "."), (".", "a", "."), (".", "a"),
)  # fmt: skip
# Words and signs that may stand between a date and its time ("@ 10.00", "à 18h30",
# "Tijd 19:00", "w godzinach 9:00-17:30", "(20H)").
_TIME_PREFIXES = _words(
    {",", ":", "@", "|", "(", ";", "at", "a", "um", "om", "alle", "as", "kl", ".", "klo",
     "o", "godz", "godzinach", "godzinie", "w", "ore", "ora", "hr", "from", "von", "van",
     "de", "des", "dalle", "od", "fra", "fran", "time", "tijd", "heure", "heures",
     "horaire", "horaires", "uhrzeit", "zeit", "hora", "horario", "horarios", "orario",
     "orari", "oraria", "tid", "cas", "v", "ve",
     "ab", "starting", "start", "la", "las", "les", "h", "em", "pelas", "lo", "y",
     "und", "et", "and", "e", "hod", "aan", "vanaf", "kello", "between", "entre",
     "zwischen", "tussen", "mellan", "mezi", "partire", "partir", "ca", "circa", "cca",
     "approx", "ok", "okolo", "kolem", "około", "okoli", "around", "ob", "kell", "plkst",
     "saat", "u", "val",
     "orele", "στις", "ωρα", "ωρεσ", "απο", "τισ", "о", "об", "в", "у", "от", "з", "klukkan",
     "alas", "dende", "desde", "fis", "ta", "no", "nuo", "orduan", "ordu", "ξεκινα", "intre",
     "начало", "початок", "•", "·", "kella", "algusega", "das", "και", "&", "ar", "fil",
     "sal", "bejn", "id",
     # Polish "godzinę" (for the hour: "na sobotę (23.09.2017), na godzinę 13:30"): the
     # accusative is also how long ("na godzinę", "o godzinę"), so a weak prefix, no
     # bare hour after it ("5 zł na godzinę", "o godzinę 2 razy")
     "godzinę",
     # Romanian "in the interval (of hours)": "în intervalul (orar) 8:30 – 13:30"; Greek
     # "(opening) hours" as "horario": "με διευρυμένο ωράριο 10.00-20.00"
     "intervalul", "ωράριο",
     # Ukrainian, Bulgarian "на" (for): "у вівторок, 14 грудня, на 15:00"
     "на", "na",
     "startar", "starts", "begins", "beginnt", "begint", "commence", "inicio", "inizio",
     "έναρξης", "έναρξη",
     # English start words before a clock, as "starting" ("…, commencing 7.30pm")
     "commencing", "commences", "beginning",
     "arratsaldeko", "goizeko", "iluntzeko",
     # words for "start" and "doors" on event cards ("aanvang 19.30 uur", "Einlass 18
     # Uhr", "początek godz. 17", "début 18h", "comienzo 20 h")
     "aanvang", "beginn", "einlass", "poczatek", "debut", "comienzo", "al", "ao",
     # a time in square brackets or after a slash ("14. 6. 2025\n[10.00-12.00, …]",
     # "sobota, 19. januar 2019 / 12:08"), Maltese "mill-", "mit-" (from the), "fl-" (in
     # the: "fl-22:30"), Irish "idir" (between: "idir 10 r.n. agus 3 i.n.")
     "[", "/", "mill", "fit", "fid", "fin", "fir", "fix", "fiz", "fic", "med", "fl", "idir",
     # an asterisk bullet ("29. júlí:\n\n*Kl. 12:00")
     "*",
     "mit", "mid", "mir", "mis", "mix", "miz", "mic",
     # Maltese "f’" (at, glued by its apostrophe: "f’nofsinhar"), Irish "ón" (from the:
     # "ón mheán lae ar aghaidh", from noon on)
     "f", "ón"}
)  # fmt: skip
# A bare hour ("kl. 10") is a time only after one of these.
_STRONG_TIME_PREFIXES = _words(
    {"@", "at", "um", "om", "alle", "as", "kl", "klo", "godz", "ore", "ab", "kello", "hod",
     "dalle", "godzinach", "godzinie", "godziny", "godzina", "kell", "plkst", "saat", "στις",
     "klukkan", "orele", "ora", "orei", "orar", "ωρα", "klockan",
     "kella", "ob", "klokken", "klokka", "pulksten", "ag",
     # Latvian "pulkstens" (the clock's everyday nominative, for "pulksten": "8.martā
     # pulkstens 10.00"); not the noun's standard "pulkstenis", a watch or a clock
     "pulkstens",
     # "with the start at": Croatian "s početkom od 17 sati", Slovenian "z začetkom ob",
     # Slovak "so začiatkom o 18,00 hod."
     "početkom", "začetkom", "začiatkom"}
)  # fmt: skip
_TIME_PREFIXES |= _STRONG_TIME_PREFIXES  # every strong prefix is a prefix
# Before a clock far on in the date's sentence (Parser._far_clock): "at" an hour, with
# Portuguese "pelas" and "a partir das" (from the hour on: a start time), and Polish "na
# godzinę" (for the hour) before a clock with its minutes.
_FAR_HOUR_LEADS = _STRONG_TIME_PREFIXES | _words({"pelas", "das", "godzinę"})
# Strong prefixes that are the word "hour" or "clock" itself: the hour after them needs
# no clock word of its own to be a time ("cu ora 13", "klo 19", "o godz. 17").
_HOUR_WORD_PREFIXES = _words(
    {"kl", "klo", "kello", "kell", "kella", "klockan", "klokken", "klokka", "klukkan",
     "godz", "godzinie", "godziny", "godzina", "godzinach", "ora", "orele", "orei", "ωρα",
     "plkst", "pulksten", "pulkstens", "saat", "hod"}
)  # fmt: skip
# "At" in the Slavic languages, a clock far on when an hour word follows the hour
# (Croatian "u 11 sati", Czech "v 18 hodin", Slovak "o 17 hod."), elsewhere "in", "about".
_AT_BEFORE_HOUR_WORD = _words({"u", "v", "ve", "o", "в", "у", "о"})
# An event card's or notice's time label, a prefix only before its colon: "Hours:",
# Irish "Uaireanta:", "Am:" ("Dáta: …\n\nUaireanta: 12.30 p.m. go 6.00 p.m."), Finnish
# "Aika:", Latvian "Laiks:", Norwegian "Klokkeslett:"; everyday words without it
# (English "am", German "am"). The labels already among the prefixes ("Time:",
# "Uhrzeit:", "Horário:", "Godzina:", "Čas:", "Ώρα:", "Saat:") need no colon.
_TIME_LABELS = _words(
    {"hours", "times", "timing", "uaireanta", "uair", "am", "tam", "horas", "hores",
     "horari", "orar", "czas", "hodina", "ura", "vrijeme", "vreme", "satnica", "laiks",
     "laikas", "aika", "kellonaika", "aeg", "kellaaeg", "klokkeslett", "klokkeslæt",
     "klockslag", "tidspunkt", "tidpunkt", "tími", "időpont", "idő", "час", "време",
     "ħin", "tijdstip", "uur", "uren", "ordua", "ordutegia"}
) - _TIME_PREFIXES  # fmt: skip
# Words that name the time, first or last in an event card's label of more words before
# its colon ("Hora de Salida: 9 am", "Heure de départ : 9h", "Departure time: 9 am"; see
# Parser._time_label).
_TIME_NOUNS = _words(
    {"time", "hour", "tijd", "tijdstip", "heure", "horaire", "uhrzeit", "zeit", "hora",
     "horario", "horari", "ora", "orario", "tid", "tidspunkt", "klokkeslett", "klockslag",
     "czas", "godzina", "cas", "hodina", "vrijeme", "vreme", "ura", "aika", "kellonaika",
     "aeg", "kellaaeg", "laiks", "laikas", "időpont", "ώρα", "saat", "час", "време", "ħin",
     "uair", "ordua"}
)  # fmt: skip
# The words that name the time in a field's label set apart from its value by spaces
# ("Hours of Closure           4:00pm – 9:00pm"; see Parser._spaced_time_field).
_SPACED_TIME_LABELS = _TIME_NOUNS | _TIME_LABELS
# End labels of a start/end pair ("Start … End: …", "Desde: … Hasta: …" use range
# words): "end", "eind(e)", "Ende", "fin", "fine", "fim", "koniec", "zakończenia",
# "slut", "konec", "término", with "date" words around them ("End date", "Date de fin"),
# and in the other languages read here (Hungarian "Kezdete: … Befejezése: …", Greek
# "Λήξη:", Turkish "Bitiş tarihi:", Finnish "Päättyy:", Basque "Amaiera:").
_END_WORDS = _words(
    {"end", "ends", "eind", "einde", "einddatum", "ende", "enddatum", "fin", "fine", "fim",
     "koniec", "zakonczenia", "slut", "slutdatum", "slutdato", "konec", "termino",
     "befejezes", "befejezese", "vege", "paattyy", "paattymispaiva", "loppu", "lopp",
     "lopeb", "beigas", "pabaiga", "sfarsit", "incheiere", "zavrsetak", "zakljucek",
     "ukoncenie", "ukonceni", "край", "кінець", "закінчення", "λήξη", "ληξης", "τέλος",
     "bitis", "bitim", "finalizacion", "encerramento", "amaiera", "slutt", "lok", "deireadh",
     "tmiem", "zárás", "zárása",
     # the genitives and adjectives of "Datum završetka", "Data fi", "Крайна дата",
     # "Pabaigos data", "Beigu datums", "Datum konca", "Dátum ukončenia", "Data încheierii",
     # and of deadlines: "Краен срок", "Konečný termín"
     "fi", "finalitzacio", "zavrsetka", "kraja", "konca", "zakljucka", "ukoncenia",
     "incheierii", "крайна", "краен", "кінцевий", "konecny", "pabaigos", "beigu", "lopu",
     "sluttdato", "deiridh",
     # a closing's: "Date de clôture :", "Дата на приключване:", "Дата на закриване:"
     "cloture", "fermeture", "приключване", "закриване",
     # Polish "end" as a timeline's label ("30 kwietnia 2025 Zakończenie rejestracji")
     "zakończenie",
     # Portuguese "Início: … Termo: …", Basque "Hasiera: … Bukaera: …", English "Start:
     # … Finish: …", "Closing date:", the compounds "Schlussdatum", "Sluitingsdatum"
     # (not the verbs "Endet", "Termina": a sentence's "Termina el 5 de junio" after a
     # start's sentence states no period of its own)
     "termo", "bukaera", "finish", "closing", "schlussdatum", "sluitingsdatum"}
)  # fmt: skip
# End words that make an end label only after a "date" word, as they are everyday
# words alone (Spanish "Final:" is a match's, Italian "Chiusura:" a shop's closing day,
# German "Termine:" a list of dates): "Data final", "Fecha final", "Date finale", "Data
# finală", "Fecha de cierre", "Data di chiusura", "Data de fecho", "Data de tancament",
# "Data de conclusão", "Data termine".
_DATED_END_WORDS = _words(
    {"final", "finale", "finală", "cierre", "chiusura", "fecho", "tancament", "conclusão",
     "conclusión", "conclusione", "conclusió", "termine"}
)  # fmt: skip
# A notice board's labels of the days a notice was posted and taken down, a start and
# an end label of one thing (Czech "Vyvěšeno: 01.09.2021 Sejmuto: 09.09.2021", "Datum
# vyvěšení: … Datum sejmutí: …", Slovak "Vyvesené: … Zvesené: …", "Dátum vyvesenia: …
# Dátum zvesenia: …", Polish "Data wywieszenia: … Data zdjęcia: …"), read only as such a
# pair (see _one_thing): alone, Polish "zdjęcia" is "photos".
_POSTING_PAIRS = frozenset(
    (unaccented_lower(posted), unaccented_lower(taken_down))
    for posted, taken_down in (
        ("vyvěšeno", "sejmuto"), ("vyvěšení", "sejmutí"), ("vyvesené", "zvesené"),
        ("vyvesenia", "zvesenia"), ("vyvesenie", "zvesenie"), ("wywieszenia", "zdjęcia"),
        ("wywieszono", "zdjęto"),
    )
)  # fmt: skip
# The end words of a pair of labels before their dates (Parser._start_end_label_pair).
_PAIRED_END_WORDS = _END_WORDS | {taken_down for _, taken_down in _POSTING_PAIRS}
# An event card's end-time label after its start time ("Aanvang: 19:30\nEindtijd: 22:30",
# "Start: 10:00\nEnd: 12:00"): the end labels and a few time words, read only before a
# colon or as a line of their own (see Parser._label_ends).
_END_TIME_LABELS = _END_WORDS | _words(
    {"finish", "final", "eindtijd", "endzeit", "sluttid", "loppuu", "päättyminen", "sfârșitul",
     # "end" nouns read only before a time ("početak u 11.00, kraj u 13.15 sati",
     # "завершення о 13.15"; Polish "zakończenie godz. 13.15" is an end word)
     "kraj", "завершення", "завършване", "schluss", "afslutning", "avslutning",
     "finalizare"}
)  # fmt: skip
# Between a range word and the end time: the end's own clock word or an "about"
# ("fra kl. 17.00 til kl. 19.00", "od godz. 17 do godz. 19", "19.30 bis ca. 21 Uhr"), or
# the Greek article ("έως τις 21:00").
_END_TIME_PREFIXES = _STRONG_TIME_PREFIXES | _words(
    {"ca", "circa", "cca", "approx", "ok", "okolo", "etwa", "gegen", "τισ", "τη", "την",
     # "about" before the end ("från cirka klockan 08:00 till cirka klockan 16:00")
     "cirka", "omkring", "ungefar", "noin", "umbes", "priblizno", "environ", "around",
     "about", "approximately", "aproximadamente", "aproximativ", "orientativamente",
     "yaklaşık", "körülbelül", "kb", "приблизно", "приблизително", "περίπου"}
)  # fmt: skip
_TIME_RANGE_WORDS = _words(
    {"-", ">", "to", "till", "until", "bis", "fino", "a", "as", "al", "alle", "tot", "do", "til",
     "hasta", "las", "ate", "au", "jusqu", "'", "and", "och", "og", "ore", "ao", "les",
     "la", "ata", "fins", "kuni", "lidz", "iki", "ιωσ", "εωσ", "μεχρι", "до", "по",
     "и", "ig", "sa", "e", "y", "et", "und", "i", "in", "ir", "un", "ja", "ve", "și",
     "si", "και", "ile", "sal", "sas", "agus", "és", "go", "dtí", "ως", "en", "până"}
)  # fmt: skip
# Italian "sino" ("until", the regional and bureaucratic "fino"), a range word before a
# time range's end only before an Italian "at the" ("dalle 15 sino alle ore 18") or "a"
# and noon, midnight or "ore" ("dalle 9,30 sino a mezzogiorno"): Spanish "sino" and
# Catalan "sinó" are "but" ("no a las 20:00 sino a las 21:00", "sino al mediodía"). See
# _time_range_word.
_SINO_AT_THE = _words({"alle", "all", "alla"})
_SINO_A_ENDS = _words({"mezzogiorno", "mezzanotte", "mezzodi", "ore"})
# Argentine "hs" (horas) is an hour word as "hrs" is ("Desde las 11hs", "a las 20 hs").
_HOUR_MARKERS = _words(
    {"uhr", "u", "uur", "h", "hs", "hrs", "hr", "horas", "hores", "hod", "hodin", "godz", "tim",
     "heures", "heure", "ore", "timer", "ora", "orakor", "oratol", "oraig", "orara",
     "val", "ч", "часа", "часов", "год", "години", "sati", "uri", "ure", "ωρα", "ωρεσ",
     "hodiny", "hodine", "tundi", "klst", "stundu", "sata", "sat", "uro", "годині", "годин",
     "valandą", "valandos", "órai", "chlog"}
)  # fmt: skip
# The signs a spaced numeric date is written with (Parser._spaced_numeric), the middle
# dot as some Basque schools' pages do ("2022 · 01 · 28").
_SPACED_SIGNS = frozenset({"-", "/", "·"})
# Maltese "that comes" and "that passed" after a weekday ("il-Ħadd li ġej").
_MALTESE_COMING = {
    unaccented_lower(w): d
    for w, d in (("ġej", 1), ("ġejja", 1), ("ġejjin", 1), ("għadda", -1), ("għaddew", -1))
}  # "li għaddew" after a plural ("it-Tnejn li għaddew", the Mondays that passed)
# "Number" before a number: a house's, an act's or an issue's, never a day.
_NUMBER_SIGNS = _words(
    {"nr", "no", "nro", "br", "αρ", "št", "č", "núm", "nru", "uimh", "αριθ", "αριθμ", "бр"}
)  # "Oznanila št. 7 - 3.maj"
# The signs also written without their dot ("Styrelsemöte nr 6, 14 oktober 2020") that are
# no everyday word, and the signs that have no dot ("№ 6", "#6").
_BARE_NUMBER_SIGNS = _words({"nr", "nro", "núm", "nru", "br", "αρ", "αριθ", "αριθμ", "№", "#"})
# Bare signs whose folded form is also a word or a letter ("no" is "in the", "not" or
# "from" in five languages), counted only as written: "Nº 6", "č 6", and a capital "No"
# after the noun it numbers ("Meeting No 6"; Parser._numbered_noun_before).
_CAPITAL_NO = frozenset({"No", "NO"})
_BARE_NUMBER_SIGNS_AS_WRITTEN = {
    "no": frozenset({"nº", "Nº"}) | _CAPITAL_NO,
    "c": frozenset({"č", "Č"}),
    "st": frozenset({"št", "Št", "ŠT"}),
}
# The last token of a number sign, a cheap test before Parser._number_sign_before: a
# dot, a bare sign, or the ordinal mark of "n°", "n.º", "N:o", "n:r" ("º" folds to "o").
_NUMBER_MARKS = frozenset({"°", "o", "r"})
_NUMBER_SIGN_ENDS = (
    _BARE_NUMBER_SIGNS | frozenset(_BARE_NUMBER_SIGNS_AS_WRITTEN) | _NUMBER_MARKS | {"."}
)
# A periodical's volume or issue before its number, or a number sign, or a numbered
# announcement, bulletin, newsletter or circular (see Parser._number_above_month).
_ISSUE_WORDS = _NUMBER_SIGNS | _words(
    {"årgang", "jahrgang", "ausgabe", "heft", "issue", "vol", "volume", "número", "numero",
     "numer", "broj", "číslo", "szám", "numărul", "jaargang", "editie",
     "announcement", "bulletin", "newsletter", "circular", "ανακοίνωση", "δελτίο", "τεύχος",
     "εγκύκλιος", "mitteilung", "rundschreiben", "rundbrief", "communiqué", "circulaire",
     "comunicado", "boletín", "comunicato", "bollettino", "circolare", "boletim",
     "mededeling", "nieuwsbrief", "komunikat", "ogłoszenie", "biuletyn", "okólnik",
     "oznámení", "oznámenie", "zpravodaj", "spravodaj", "oběžník", "közlemény", "hírlevél",
     "körlevél", "comunicat", "anunț", "buletin", "circulara", "съобщение", "бюлетин",
     "оголошення", "повідомлення", "бюлетень", "obavijest", "priopćenje", "bilten",
     "okružnica", "obvestilo", "okrožnica", "pranešimas", "skelbimas", "biuletenis",
     "aplinkraštis", "paziņojums", "sludinājums", "biļetens", "apkārtraksts", "teade",
     "ringkiri", "tiedote", "kiertokirje", "uutiskirje", "meddelande", "nyhetsbrev",
     "meddelelse", "nyhedsbrev", "rundskriv", "melding", "duyuru", "bülten", "genelge",
     "komunikazzjoni", "ċirkulari", "imlitir", "nuachtlitir", "fógra", "oharra",
     "jakinarazpena", "buletina", "zirkularra", "tilkynning", "fréttabréf", "butlletí"}
)  # fmt: skip
# Irish "this past" and "this coming" after a weekday ("Dé Domhnaigh seo chaite").
_IRISH_COMING = {"chaite": -1, "caite": -1, "chugainn": 1, "chugainne": 1}
# Between the days of a calendar list ("23.1. | 27.3. | 13.11.", "18.3., 20.5., 11.11."):
# a dotted day and month after one is the next day, not a clock.
_CALENDAR_LIST_SIGNS = frozenset({"|", ";", ","})
# Signs between a spaced dashed date that opens its line and the entry's title ("17 y 18
# - 2 - 2018 / ORENSE", "14 - 12 - 2019 | Recorrido"; see Parser._dash_heading), and
# those between the days listed before it.
_TITLE_SIGNS = frozenset({"/", "|", ":", "-", "(", ",", "."})
_DAY_LIST_SIGNS = frozenset({",", "&"})
# "On the day" before a date: Czech "dne", Slovak "dňa", Polish "dnia".
_ON_THE_DAY = _words({"dne", "dňa", "dnia", "dana"})  # Croatian "od dana … do dana …"
# Slovak ordinal endings of an hour before its hour word ("o 19-tej hodine").
_HOUR_ORDINAL_ENDINGS = frozenset({"tej", "mej", "hej", "ej"})
# "19.10.", "12/3", "09-01-2019", and a Basque dateline's "15·07·2021"
_NUMERIC_SEPARATORS = frozenset({".", "/", "-", "·"})
_CLOCK_SEPARATORS = frozenset({":", "."})
_LOOSE_CLOCK_SEPARATORS = _CLOCK_SEPARATORS | {",", "'"}  # "12,30", "14'30" (see below)
_AND_WORDS = _words(
    {"i", "und", "and", "e", "y", "og", "och", "a", "et", "in", "ja", "и", "і", "та", "și",
     "és", "ve", "ir", "un", "και", "agus", "eta"}
)  # fmt: skip
# Not "a", also "at" before a time ("24 janvier à 20h30, 25 janvier à 21h").
_AND_NOT_AT = _AND_WORDS - {"a"}
# "And" between an hour and its minutes: Croatian, Serbian, Bosnian "u 17 i 30h",
# Slovenian "ob 17 in 30", Portuguese, Italian and Spanish "às 15 e 30", "a las 15 y 30"
# (see Parser._and_minutes).
_HOUR_AND_MINUTES = _words({"i", "in", "e", "y"})
# "With" between an hour and its minutes, only with the minute word after them (Spanish
# minutes' "siendo las 11 horas con 7 minutos"; see _and_minute_words), never before
# "of" ("a las 11 con 10 minutos de retraso": late).
_WITH_MINUTES = "con"
# "And a half" after the hour word of an hour in words before its day (Spanish "siendo
# las veinte horas y media del día …", Portuguese "e meia", Catalan "i mitja"; see
# Parser._worded_hours_before).
_AND_A_HALF = _words({"media", "meia", "mitja"})
_OF_A_DELAY = _words({"de", "di"})
_MINUTE_WORDS = _words(
    {"minuta", "minut", "minuten", "minutes", "minuti", "minutos", "min", "minuter",
     "minutter", "minutit", "perc", "minute", "минути", "минута", "минут", "хвилин",
     "хвилини", "λεπτά", "хв", "мин", "minuts", "minuuttia", "minučių", "dakika",
     "nóiméad"}
)  # fmt: skip
# The minutes' sign after "h" and the minutes ("18h 30min", "23h59min", "18h 30m").
_MINUTE_SIGNS = frozenset({"min", "mn", "m"})
# Minute words written with an abbreviation's dot: Ukrainian "17 год. 00 хв.", Bulgarian
# "17 ч. 00 мин.", Czech "8 hod. 30 min."; a date may follow it (Parser._date_after_time).
_DOTTED_MINUTE_WORDS = _words({"хв", "мин", "min"})
# A Finnish feast "on its day" or "on its eve" before a short date ("tapaninpäivänä
# 26.12.", "jouluaattona 24.12."): the word names the day, as "am" does.
_FINNISH_ON_THE_DAY = ("paivana", "aattona")
# "Day" after an ordinal day: Finnish "heinäkuun 2. päivänä", "2. päivänä heinäkuuta",
# formal Hungarian "december hó 5. napján" ("on the 5th day of the month December").
_ORDINAL_DAY_WORDS = _words(
    {"päivä", "päivänä", "päivää", "päivään", "päivästä", "päivältä", "napján"}
)
# Their abbreviations in older texts, "p" and the ending behind a colon ("helmikuun 6
# p:nä 1935": päivänä), as the tokenizer splits them: "p", ":", the ending.
_FINNISH_DAY_ENDINGS = _words({"nä", "ää", "ään", "stä"})
_ORDINAL_DAY_STARTS = _ORDINAL_DAY_WORDS | {"p"}
# "Month" after a month's name, before its day: Lithuanian "Gruodžio mėn. 10 d.", formal
# Hungarian "2015. december hó 5." (see Parser._past_month_noun).
_MONTH_NOUNS = _words({"mėn", "hó"})
# The hour words written after an ordinal hour: Slovenian "ob 8. uri", Slovak "o 17.
# hodine"; elsewhere "1." before an hour word is a list's number ("1. Ώρα 10:00 …").
_ORDINAL_HOUR_MARKERS = _words({"uri", "uro", "ure", "hodine", "hodiny", "hodin", "hod", "h"})
# Hour markers written with an abbreviation's dot ("18 hrs.", "o 18 godz.", "10 val.").
_DOTTED_MARKERS = _words({"hrs", "hr", "godz", "hod", "val", "ч", "год", "klst", "u"})  # "09 u."
# Hour words that are abbreviations, whose dot ends no sentence by itself: the markers
# above and "h", "hs", whose dot the clock leaves (Italian "h. 21" is "ore").
_DOTTED_HOUR_WORDS = _DOTTED_MARKERS | _words({"h", "hs"})
_ZONE_WORDS = {
    "cet": "CET", "cest": "CEST", "mez": "CET", "mesz": "CEST", "utc": "UTC", "gmt": "UTC",
    "wet": "WET", "west": "WEST", "eet": "EET", "eest": "EEST",
}  # fmt: skip
# Zone abbreviations that are everyday words in lower case (French "et", "est"; "pt."):
# zones only when written in capitals.
_CAPITAL_ZONE_WORDS = {
    "et": "America/New_York", "est": "EST", "edt": "EDT", "pt": "America/Los_Angeles",
    "pst": "PST", "pdt": "PDT", "ct": "America/Chicago", "cdt": "CDT", "bst": "BST",
    "uk": "Europe/London",  # "1pm UK / 2pm CET"
}  # fmt: skip
# A US region alone after a time ("2pm-4pm (Eastern)", "2pm Eastern / 11am Pacific"):
# capitalised and ending the phrase, so "Eastern Europe" is no zone.
_REGION_ZONES = {"eastern": "America/New_York", "pacific": "America/Los_Angeles"}
# The areas of the tz database's names, as event widgets print a time's zone: "20:00 -
# 21:00 (America/Porto_Velho)", "10:00 Europe/Brussels" (see Parser._tz_database_name).
_TZ_AREAS = _words(
    {"africa", "america", "antarctica", "asia", "atlantic", "australia", "europe", "indian",
     "pacific"}
)  # fmt: skip
# Named zones and "<city> time" phrases. A bare "Brussels" after a time is a place
# ("09:00 – 11:00, Brussels"), not a zone.
_NAMED_ZONE_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    (tuple(words.split()), zone)
    for words, zone in (
        ("central european summer time", "CEST"), ("central european time", "CET"),
        ("eastern european summer time", "EEST"), ("eastern european time", "EET"),
        ("western european summer time", "WEST"), ("western european time", "WET"),
        ("eastern standard time", "EST"), ("eastern daylight time", "EDT"),
        ("eastern time", "America/New_York"), ("pacific time", "America/Los_Angeles"),
        ("british summer time", "BST"), ("greenwich mean time", "UTC"),
        ("coordinated universal time", "UTC"),
        ("brussels time", "Europe/Brussels"), ("brussels local time", "Europe/Brussels"),
        ("brussels date and time", "Europe/Brussels"),  # EU calls' deadlines
        ("heure de bruxelles", "Europe/Brussels"), ("brusseler zeit", "Europe/Brussels"),
        ("brusselse tijd", "Europe/Brussels"), ("hora de bruselas", "Europe/Brussels"),
        ("ora di bruxelles", "Europe/Brussels"), ("czasu brukselskiego", "Europe/Brussels"),
        ("hora de bruxelas", "Europe/Brussels"),
        # Irish "am na Bruiséile", "am na hÉireann" (folded): there "am" is the zone's
        # word "time", no meridiem (see Parser._meridiem)
        ("am na bruiseile", "Europe/Brussels"), ("am na heireann", "Europe/Dublin"),
        ("london time", "Europe/London"), ("uk time", "Europe/London"),
        ("irish time", "Europe/Dublin"),
        ("paris time", "Europe/Paris"), ("heure de paris", "Europe/Paris"),
        ("berlin time", "Europe/Berlin"), ("lisbon time", "Europe/Lisbon"),
        ("madrid time", "Europe/Madrid"), ("hora peninsular", "Europe/Madrid"),
        ("rome time", "Europe/Rome"), ("ora italiana", "Europe/Rome"),
        ("amsterdam time", "Europe/Amsterdam"), ("warsaw time", "Europe/Warsaw"),
        ("czasu polskiego", "Europe/Warsaw"), ("athens time", "Europe/Athens"),
        ("helsinki time", "Europe/Helsinki"), ("kyiv time", "Europe/Kyiv"),
        ("new york time", "America/New_York"), ("istanbul time", "Europe/Istanbul"),
        ("turkish time", "Europe/Istanbul"), ("central time", "America/Chicago"),
    )
)  # fmt: skip
_LABEL_DATE_WORDS = _words(
    {"date", "datum", "data", "fecha", "dato", "datums", "datumas", "tarih",
     "tarihi", "ημερομηνία", "ημερομηνια", "дата", "datu", "paivamaara", "kuupaev",
     "datuma", "dagsetning", "dáta"}
)  # fmt: skip
# Posting and publication labels before a lone spaced "dd mm yyyy" ("postado em 01 11
# 2019", "Posted on 04 10 2019", "publié le 01 11 2019"; see Parser._posted_spaced_date)
# and the "on" (or colon) between.
_POSTED_WORDS = _words(
    {"posted", "published", "postado", "postada", "publicado", "publicada", "publié",
     "publiée", "pubblicato", "pubblicata", "veröffentlicht", "gepubliceerd", "geplaatst",
     "publicat", "publicată", "opublikowano", "publikováno", "publikované", "publicerad",
     "publicerat", "publiceret", "publisert", "julkaistu", "avaldatud", "objavljeno",
     "objavleno", "paskelbta", "publicēts", "publikálva", "közzétéve",
     "argitaratua", "foilsithe", "ippubblikat", "birt", "δημοσιεύτηκε", "опубликовано",
     "опубліковано", "публикувано", "yayınlandı", "yayımlandı"}
)  # fmt: skip
_POSTED_LINKS = _words({"on", "em", "el", "le", "am", "il", "op", "den", "på", "en", "dne", "dňa"})
_END_LABEL_WORDS = _END_WORDS | _LABEL_DATE_WORDS
# The nouns after an end word: its "date", or the "term" of a deadline (Bulgarian
# "Краен срок:", Czech "Konečný termín:", Ukrainian "Кінцевий термін:").
_LABEL_TERM_WORDS = _LABEL_DATE_WORDS | _words({"срок", "термін", "termin"})
# The first tokens of the abbreviated inclusive range words ("t/m", "t.o.m.", "tom"; see
# _RANGE_PHRASES and _BARE_RANGE_PHRASES).
_RANGE_PHRASE_OPENERS = frozenset({"t", "tom"})
# The words other than range and list words that may stand in a separator (see
# Parser.separator): "t" of "t/m", end labels, fillers, glued articles, prepositions.
# Signs between the two ends of a date range: a dash (an arrow is folded to one), a
# gallery's "10 September 2014 > 26 September 2014".
_DATE_RANGE_SIGNS = frozenset({"-", ">"})
# A period of the day before a range's end day ("έως το πρωί της Δευτέρας 01/12/2025",
# "until the evening of Tuesday 28 October"): the end is the day.
_DAY_PERIOD_WORDS = _words(
    {"πρωί", "βράδυ", "απόγευμα", "εσπέρα", "μεσημέρι", "morning", "evening", "afternoon",
     "night", "of",
     # the flag notices' "μέχρι και της δύσης του ηλίου της 28ης Οκτωβρίου" (sunset of)
     "δύσης", "δύση", "ηλίου", "του", "της", "τη", "το",
     # the Romance ones ("continuando até à madrugada do dia 11", "hasta la noche del
     # miércoles 11", "fino alla sera del 12", "jusqu'au soir du 12")
     "madrugada", "manhã", "tarde", "noite", "noche", "mattina", "mattino", "sera", "notte",
     "matin", "soir", "soirée", "nuit"}
)  # fmt: skip
# Their "of", right after one only: after a dash "du 10 juin" opens a span of its own
# ("du 3 au 5 mai - du 10 au 12 juin").
_DAY_PERIOD_OF = _words({"de", "del", "da", "della", "du"})
# "The end of the day" and its "of" between "until" and the range's last day ("até ao
# final do dia 16 de julho", "hasta el fin del día 16", "fino alla fine del giorno 16"):
# the day itself, its clock unsaid (see Parser.separator).
_END_OF_DAY = _words({"final", "fim", "fin", "fine"})
# Not _DAY_PERIOD_OF: "do", not "da" ("final do dia", "madrugada da quinta-feira").
_END_OF_DAY_OF = _words({"do", "de", "del", "della", "du"})
# Turkish ablative suffixes after an apostrophe: "from" ("27 Ekim'den 28 Ekim'e kadar").
_FROM_SUFFIXES = frozenset({"den", "dan", "ten", "tan"})
# Turkish "from the date" after a start: "22 Eylül 2025 tarihinden – 3 Mayıs 2026
# tarihine kadar", "1 Mart gününden 5 Mart'a kadar".
_FROM_DATE_NOUNS = _words({"tarihinden", "tarihten", "gününden", "günden"})
# A Turkish period said by a start verb after its first date and an end verb after its
# last: "01.09.2023 tarihinde başlayıp 02.01.2024 tarihinde sona erecektir", "19 Ocak
# 2026 Pazartesi günü başlayacak ve 30 Ocak 2026 Cuma günü sona erecek" (see
# Parser.separator); the verb's "on the date" before it.
_TR_START_VERBS = _words({"başlayıp", "başlayacak", "başlayan", "başlıyor", "başlar"})
_TR_END_VERBS = _words(
    {"sona", "bitecek", "bitecektir", "biter", "bitiyor", "tamamlanacak", "tamamlanacaktır",
     "tamamlanıyor",
     # "son bulacak" (will come to an end), its clock before it: "… saat 24.00'de son
     # bulacak"
     "bulacak", "bulacaktır"}
)  # fmt: skip
_TR_ON_THE_DATE = _words({"tarihinde", "tarihte"})
# How far on such a start verb may close the clause its first date opens (see
# Parser._tr_start_far_on), in tokens, and the characters searched for their stem.
_TR_CLAUSE_TOKENS = 16
_TR_CLAUSE_CHARS = 200
# A note after a start label's date before the end label on the next line
# ("Início:\n18 de dezembro de 2017- Natal\nTermo:\n…"; Parser._noted_start_end_label):
# at most so many tokens, words or these signs.
_NOTE_TOKENS = 6
_NOTE_SIGNS = frozenset({"-", "(", ")"})
# How far a date's line may run on past it as a title before a range word alone on the
# next line (Parser._range_word_line).
_TITLE_LINE_CHARS = 100
_TR_START_STEM = "basl"
# "Forward" before "until": Danish "frem til", Norwegian "fram til", "frem til", Swedish
# "fram till", "fram t.o.m." (see Parser.separator).
_UNTIL_LEADS = frozenset({"frem", "fram"})
# Romanian "on the date of" after "until": "până în data de", "până în ziua de".
_ON_THE_DATE = _words({"în", "pe", "data", "ziua", "de"})  # "până pe data de 16 martie"
# Between a year-less span and the next one that states the year for both (see
# Parser._year_of_next_span): "and", a comma, "then".
_BEFORE_NEXT_SPAN = _words(
    {"and", "und", "et", "i", "y", "e", "en", "og", "och", "ja", "és", "ir", "un", "a", "ve",
     "și", "si", "και", "и", "і", "agus", "u", ",", "puis", "then", "dann", "poi", "luego",
     "depois", "daarna", "potem", "potom", "nato",
     # "as well as" (see _lexicon._LIST_WORDS)
     "sowie", "nonché", "alsook", "evenals", "samt", "sekä", "ning", "valamint", "oraz"}
)  # fmt: skip
# "On" repeated after "and" before the next day ("on 31 December and on 1 January"):
# English, Bulgarian, Dutch (the other languages' articles are fillers).
_ON_AFTER_AND = _words({"on", "на", "op"})
# "Or" between days, the next day right after it ("kas 15. või 29.septembril", "le 5
# ou 6 mai", "am 5. oder 6. Mai"): alternatives, no list nor range (see _resolve._runs).
# Not the words that are something else before a day: Greek "ή" folds to the article
# "η", Irish "nó" to Portuguese "no" ("no dia 6"), Czech/Slovak "či" to Italian "ci",
# Lithuanian "ar" is Latvian "with", Spanish "u" Maltese "and".
_OR_WORDS = _words(
    {"or", "ou", "oder", "o", "oppure", "of", "lub", "albo", "eller", "nebo", "alebo",
     "edo", "vagy", "sau", "tai", "või", "vai", "arba", "ali", "ili", "или", "або", "veya",
     "eða", "jew"}
)  # fmt: skip
_SEPARATOR_WORDS = (
    _RANGE_PHRASE_OPENERS
    | _OR_WORDS
    | _ON_AFTER_AND
    | _UNTIL_LEADS
    | _END_LABEL_WORDS
    | FILLER_WORDS
    | _GLUED_ARTICLES
    | _WEEKDAY_PREPOSITIONS
    | _FROM_DATE_NOUNS
    | _TR_START_VERBS
    | _TR_ON_THE_DATE
)
# "Until" after "and" and a verb closes a range ("… en duurt tot en met 21 augustus"),
# unless the verb moves the date.
_UNTIL = _words(
    {"until", "till", "through", "thru", "bis", "tot", "hasta", "fino", "jusqu", "ate", "do", "til",
     # Italian "sino al 26 novembre", as "fino al"
     "sino", "kuni", "iki", "līdz", "pana", "până", "fins", "ata", "tills", "indtil", "inntil",
     "έως", "ως", "μέχρι", "до"}
)  # fmt: skip
# Verbs that end a period, after "and" and before its last day ("opens on 1 March and
# closes on 30 April", "alkaa 2.7.2020 ja päättyy 11.8.2020"), and the articles or
# prepositions between such a verb and the day.
_END_VERBS = _words(
    {"ends", "closes", "finishes", "endet", "termine", "finit", "ferme", "termina",
     "finaliza", "concluye", "cierra", "chiude", "finisce", "eindigt", "sluit", "slutar",
     "stanger", "slutter", "lukker", "avsluttes", "afsluttes", "paattyy", "sulkeutuu",
     "konczy", "konci", "konca", "encerra", "λήγει", "ολοκληρώνεται", "закінчується",
     "завършва", "lopeb", "beidzas", "baigiasi", "lykur", "zavrsava", "befejeződik",
     # other tenses and persons ("y finalizará el 31 de diciembre", "and will end on",
     # "et se terminera le", "e si concluderà il", "i zakończy się")
     "end", "close", "finish", "enden", "eindigen", "finalizara", "finalizaran",
     "terminara", "terminaran", "concluira", "concluiran", "cerrara", "encerrara",
     "terminera", "termineranno", "achevera", "acheve", "finira", "finiranno", "chiudera",
     "concludera", "conclude", "zakonczy", "skonci", "sluttar", "zakoncza", "koncza",
     "concluding", "ending", "closing",
     # Catalan "i finalitzarà el dia 30", "i acabarà el 30"
     "finalitzara", "finalitza", "acabara", "acaba", "conclou", "concloura",
     # Romanian "și se încheie duminică, 26 mai", "se va încheia", "se termină"
     "încheie", "încheia", "termină", "sfârșește",
     # the plurals, futures and gerunds of the Romance verbs ("i finalitzaran el 19",
     # "y acabarán el Domingo 24", "terminando no dia 18", "et se termineront le"), the
     # South Slavic ones ("a završava 21.6.2024.", "a završit će", "in se konča",
     # "и приключва на") and a few more
     "finalitzen", "finalitzaran", "finalitzant", "acaben", "acabaran", "acaban",
     "acabando", "acabant", "acabam", "acabarao", "terminan", "terminam", "terminarao",
     "terminando", "terminano", "terminent", "termineront", "finalizan", "finalizam",
     "finalizarao", "finalizando", "concluyen", "concluyendo", "conclui", "concluem",
     "concludono", "cierran", "encerram", "encerrarao", "encerrando", "finiscono",
     "chiuderanno", "finissent", "finiront", "achevent", "acheveront", "conclouen",
     "zavrsavaju", "zavrsit", "zavrsiti", "koncajo", "koncal", "koncala", "koncalo",
     "zakljuci", "завършват", "приключва", "приключват", "приключи", "завърши",
     "koncia", "τελειώνει", "завершується",
     # past tenses ("comenzó el 3 de mayo, y terminó el 5")
     "terminó", "finalizó", "concluyó", "acabó", "terminou", "encerrou", "finalizou",
     "završio", "završila", "završilo",
     # infinitives after "to" ("inizierà il 16 giugno per terminare il 14 agosto",
     # "para terminar el", "pour se terminer le") and the Greek future's subjunctive
     # ("θα ξεκινήσουν … και θα ολοκληρωθούν την Κυριακή 9 …")
     "terminare", "concludersi", "chiudersi", "finire", "terminar", "finalizar", "acabar",
     "concluir", "terminer", "finir", "achever", "ολοκληρωθούν", "ολοκληρωθεί", "λήξουν",
     "λήξει", "τελειώσουν", "τελειώσει",
     # and those of "close" and "conclude" ("avranno inizio lunedì 16 settembre 2019 per
     # chiudere il 6 giugno 2020", "para cerrar el", "pour fermer le", "per tancar el")
     "chiudere", "concludere", "cerrar", "clausurar", "fermer", "clore", "conclure",
     "encerrar", "fechar", "tancar", "cloure", "concloure", "finalitzar", "pechar", "rematar",
     # "closes" where only "ends" was read ("öppnar 13 oktober och stänger senast 16
     # oktober", "åpner … og stenger", "öffnet … und schließt am", "e chiudono il")
     "stängs", "avslutas", "stenger", "stenges", "lukkes", "schließt", "schliesst",
     "schließen", "schliessen", "sluiten", "ferment", "fermera", "fermeront", "chiudono",
     "fecha", "fecham", "fechará", "fecharão", "tanca", "tanquen", "tancarà", "tancaran",
     "loppuu", "sulgub", "suletakse", "noslēdzas", "slēdzas", "baigsis", "užsidaro",
     "užsidarys", "zamyka", "zamknie", "zapre", "zatvara", "zatvaraju", "zárul", "închide",
     "затваря", "закрива", "κλείνει", "κλείνουν", "закривається", "закінчиться", "lokar",
     "lokast",
     # Finnish "continues [until]" after "and" ("alkaa 15.4 klo 12 ja jatkuu 23.4.")
     "jatkuu",
     # "concludes" beside "will conclude", and future forms the list lacked: Galician
     # "e rematará o 6 de marzo", Latvian "un beigsies 6. martā" (not "noslēgsies": the
     # table's school year "sākās … un noslēgsies 2023.gada 31.maijā 1.-8.klasei" ends
     # by class, read as its start), Slovenian "in se bo zaključila 6. marca", Ukrainian
     # "і завершиться 6 березня", Nordic "och kommer att sluta", "og vil slutte",
     # Icelandic "og mun ljúka"
     "concludes", "remata", "rematará", "rematan", "rematarán", "beigsies",
     "zaključil", "zaključila", "zaključilo", "завершиться", "sluta", "slutte", "ljúka",
     # the Finnish passive ("aloitetaan maanantaina 3.6.2019 ja lopetetaan perjantaina
     # 7.6.2019", "avataan … ja suljetaan"), plurals ("kurssit alkavat … ja päättyvät")
     # and past tenses, and the Estonian passive and plural ("alustatakse … ja
     # lõpetatakse", "algavad … ja lõpevad")
     "lopetetaan", "suljetaan", "päättyvät", "loppuvat", "jatkuvat", "päättyi",
     "päättyivät", "loppui", "lopetettiin", "lõpetatakse", "lõpevad"}
)  # fmt: skip
# "To" before an end verb's infinitive (see Parser._end_verb_after), and the "then" that
# may stand between ("per poi concludersi il 30 settembre", "para luego cerrar el").
_BEFORE_INFINITIVE = _words({"per", "para", "pour"})
# "Then" (see also :data:`_BEFORE_END_VERB`).
_THEN_WORDS = _words(
    {"then", "dann", "sitten", "poi", "luego", "después", "depois", "ensuite", "puis",
     "després"}
)  # fmt: skip
_COMMA_DASH = frozenset({",", "-"})
_END_VERB_LINKS = _words(
    {"on", "le", "am", "el", "il", "op", "den", "se", "sie", "dne", "no", "na", "em", "a",
     "την", "στις", "τις", "η", "la", "o", "w", "dniu", "dnia", "pe", "dia",
     # Croatian future "a završit će 21. lipnja", Bulgarian "и приключва на 31 март"
     "će", "на",
     # English "and will conclude on the 6th March 2024"
     "the",
     # the article elided before a vowel: Italian "per chiudere l'8 giugno", "e termina
     # l'11", Catalan "i acabarà l'11 de juny"
     "l", "'"}
)  # fmt: skip
# Reflexive pronouns before an end verb: "y se cierra el 5", "e si chiude il", "a se
# završava".
_REFLEXIVES = _words({"se", "si", "s"})  # "s" of "i s'acaba el 19"
# End verbs that are another verb too, read after "and" only when a start word stands
# before the period's first date (Parser._until_after_words): the Finnish passive
# "päätetään" is "is ended" after "aloitetaan" and "is decided" elsewhere ("asiasta
# keskustellaan 10.4. ja päätetään 16.4.").
_STARTED_END_VERBS = _words({"päätetään", "päätettiin"})
# Words that may stand between "and" and its end verb (:data:`_END_VERBS`): auxiliaries
# and pronouns ("and will conclude on", "şi se va încheia", "και θα ολοκληρωθεί", "et
# s'achèvent", "ja se päättyy"); another word is another subject, whose end that is
# ("opens on 3 May and registration closes on 5 June", "alkaa 10.4. ja haku päättyy").
_BEFORE_END_VERB = _REFLEXIVES | _THEN_WORDS | _words(
    {"'", "will", "shall", "would", "it", "va", "vor", "vont", "θα", "bo", "bodo",
     "kommer", "att", "vil", "ska", "skal", "skall", "mun", "zal", "zullen", "vai", "vão",
     "irá", "irão", "det", "den", "es", "sie", "er", "elle", "il", "ils", "elles",
     # modal verbs, and Spanish "va a" ("y va a terminar el", "e deverá terminar")
     "a", "deve", "deverá", "debe", "deberá", "dovrà", "doit", "devrait",
     # and the adverbs "then" (:data:`_THEN_WORDS`), "finally", "only" ("e depois
     # termina no dia 9")
     "finally", "only", "finalmente", "só", "solo"}
)  # fmt: skip
# What starts a period whose end verb follows its first date with no "and" (Parser.
# _end_verb_after): a start verb or a start noun a few words before that date
# ("Nastavna godina započinje 4.9.2023., a završava 21.6.2024.", "O início do 1º
# período acontecerá no dia 11 de Setembro terminando no dia 18 de Dezembro").
_START_WORDS = _words(
    {"starts", "begins", "opens", "start", "begin", "beginnt", "startet", "begint",
     # Spanish, Catalan, Portuguese, Galician
     "comienza", "comienzan", "comenzará", "comenzarán", "empieza", "empiezan", "empezará",
     "empezarán", "inicia", "inician", "iniciará", "iniciarán", "inicio", "comença",
     "comencen", "començarà", "començaran", "inicien", "inici", "começa", "começam",
     "começará", "começarão", "iniciam", "iniciarão", "início",
     # Spanish "arranca este sábado, 25 de junio, … y concluye el próximo 24 de …"
     "arranca", "arrancan", "arrancará", "arrancarán",
     # Italian, French, Romanian
     "inizia", "iniziano", "inizierà", "inizieranno", "comincia", "cominciano", "aprirà",
     "apre", "aprono", "apriranno", "abrirá", "abre", "ouvrira", "ouvre",
     "comincerà", "cominceranno", "inizio", "commence", "commencent", "commencera",
     "commenceront", "débute", "débutent", "débutera", "débuteront", "début", "începe",
     "încep", "începutul",
     # Croatian, Slovenian, Bulgarian, Czech, Slovak, Polish, Greek, Ukrainian
     "započinje", "počinje", "započinju", "počinju", "započet", "početi", "početak",
     "začne", "začnejo", "začenja", "prične", "pričnejo", "začetek", "започва", "започват",
     "започне", "начало", "začíná", "začína", "začnou", "začiatok", "začátek", "rozpoczyna",
     "rozpocznie", "zaczyna", "zacznie", "początek", "ξεκινά", "ξεκινούν", "αρχίζει",
     "αρχίζουν", "έναρξη", "починається", "розпочнеться", "початок",
     # an event card's start label ("Beginn um 15 Uhr", "Aanvang 20.00 uur", "Comienzo a
     # las 18.00")
     "beginn", "aanvang", "comienzo",
     # past tenses ("Nastava je počela 4. rujna 2023. i završava …", "comenzó el 3")
     "comenzó", "empezó", "inició", "começou", "iniciou", "começaram", "iniciaram",
     "comenzaron", "empezaron", "iniciaron", "iniziò", "iniziarono", "cominciò",
     "cominciarono", "počela", "započela", "počeo",
     "započeo", "počelo", "započelo",
     # gerunds, as the end verbs' ("iniciando às 14h e encerrando às 18h", "comenzando
     # a las 14h y terminando a las 18h", "iniziando alle 14 e terminando alle 18")
     "iniciando", "começando", "comenzando", "empezando", "iniziando", "cominciando",
     "començant", "iniciant",
     # "opens" and "starts" in the other languages ("Ansökan öppnar 13 oktober, stänger
     # 16 oktober", "Die Anmeldung öffnet am 3. Mai, schließt am 5. Mai")
     "öppnar", "öppnas", "börjar", "startar", "inleds", "åbner", "åbnes", "begynder",
     "starter", "åpner", "åpnes", "begynner", "öffnet", "opent", "ouvrent", "ouvriront",
     "abren", "abrirán", "abrem", "abrirão", "obre", "obren", "obrirà", "alkaa",
     "avautuu", "aukeaa", "algab", "avatakse", "sākas", "atveras", "prasideda",
     "prasidės", "atsidaro", "otwiera", "otvara", "otvaraju", "odpre", "kezdődik",
     "indul", "nyílik", "deschide", "отваря", "открива", "ανοίγει", "ανοίγουν",
     "відкривається", "розпочинається", "opnar", "hefst",
     # more tenses of the Baltic, Finnic and Hungarian ones ("mokslo metai prasideda
     # 2023 m. rugsėjo 1 d. – baigiasi 2024 m. rugpjūčio 31 d.")
     "prasidėjo", "sāksies", "sākās", "algas", "alkoi", "kezdődött",
     # Finnish "we start" (also the colloquial "aloitellaan") and "start", Estonian
     # "start", as "Beginn": "… polttopuukökkä. Aloitellaan klo 09.00 aikoihin."
     "aloitetaan", "aloitellaan", "aloitus", "algus",
     # the plurals, past tenses and passives of the Finnic start verbs, whose end verbs
     # follow "and" ("kurssit alkavat 10.4. ja päättyvät 16.4.", "avataan … ja suljetaan",
     # Estonian "alustatakse … ja lõpetatakse")
     "alkavat", "alkoivat", "aloitettiin", "avataan", "alustatakse", "algavad",
     # start nouns of a label paired with an end label ("Registracijos pradžia 2023-05-18
     # … Registracijos pabaiga 2023-05-31"; see Parser._start_end_label_pair); not
     # Turkish "başlangıç": a test keeps "Proje başlangıç tarihi 08.06.2023 proje bitiş
     # tarihi: 17.07.2023" unread (its object does not open its line)
     "pradžia", "sākums", "alku", "början", "begyndelse", "begynnelse", "kezdete",
     "început", "începere", "hasiera", "upphaf",
     # Polish "start" as a timeline's label ("3 marca 2025 Rozpoczęcie rejestracji"; see
     # Parser._start_end_lines)
     "rozpoczęcie"}
)  # fmt: skip
# A start's label before its clock, then the end label's ("algus kell 12.00 lõpp 13.45",
# "Beginn 10 Uhr Ende 12 Uhr", "kezdés 10 óra vége 12 óra"): the start words and the
# start nouns that name no date's start elsewhere.
_START_TIME_LABELS = _START_WORDS | _words(
    {"algus", "alku", "kezdés", "kezdete", "sākums", "pradžia", "začiatok", "pričetek",
     "început", "începutul", "başlangıç", "hasiera", "starttid", "starttijd", "början",
     "begyndelse", "byrjun", "tús", "bidu", "aloitus",
     # Finnish "the meeting's start" ("Kokouksen alkaminen: 18.00")
     "alkaminen"}
)  # fmt: skip
# Start words and the end words of label pairs: one set test after most dates
# (Parser._join_further_on).
_LABEL_WORDS = _PAIRED_END_WORDS | _START_WORDS
# "From" before a date whose end may come after some words (Parser._until_far_on).
_FROM_WORDS = _words(
    {"from", "alates", "ab", "von", "vom", "desde", "partir", "dal", "dall", "od", "fra",
     "fran", "vanaf", "depuis", "nuo", "since", "з", "від", "от", "από",
     "compter"}  # French "à compter du 9 mai", as "à partir du"
)  # fmt: skip
# "Since" before a year: no title's ("Seit 2016, am 17. Dezember"; Parser._title_word).
_SINCE_WORDS = _FROM_WORDS | _words({"seit", "sinds", "sedan", "siden", "siitä", "dès"})
# "From" before a time written before its date, and "until" before the date's own clock:
# the two ends of that day's hours (see Parser._from_then_until).
_FROM_BEFORE_TIME = _FROM_WORDS | _words({"ó", "dalle", "dalla", "das", "des", "de"})
# "From" opening a sentence with its hours from … to … (Parser._hours_open_sentence).
_FROM_OPENING_HOURS = _FROM_BEFORE_TIME | _words({"van"})
_UNTIL_BEFORE_CLOCK = _UNTIL | _words({"dtí"})  # Irish "go dtí"
_TO_BEFORE_CLOCK = _UNTIL_BEFORE_CLOCK | _words({"alle", "às", "à", "a"})
# "Until" before a clock further on than the date's own words (Parser._time_after_words,
# Parser._until_clock): an end's, not the date's time. Not the Nordic "til", "till",
# which are also "to" a moved time ("Kommunestyret 01.02.24 utsettes til kl 12.00").
_UNTIL_FAR_CLOCK = _UNTIL_BEFORE_CLOCK - _words({"til", "till"})
# "After" before a clock, past its prefixes ("na 17.00 uur", "nach 18 Uhr", "après 18h",
# "después de las 18:00", "dopo le ore 18", "po godz. 18", "μετά τις 18:00"), and after
# it ("18 óra után", "klo 18 jälkeen", "18.00'den sonra"): after other words a rule's
# bound, no time of the date (Parser._after_clock). Dutch "na" only with "uur" after its
# clock: it is "on", "for" in the Slavic languages ("Nástup družstev stanoven na 8:30
# hodin", "na godz. 11:00").
_AFTER_WORDS = _words(
    {"after", "nach", "après", "después", "depois", "despois", "després", "dopo", "efter",
     "etter", "μετά", "після", "след", "după", "nakon", "poslije", "po", "pēc", "pärast"}
)  # fmt: skip
_AFTER_POSTPOSITIONS = _words({"után", "jälkeen", "järel", "sonra"})
# "Shortly" before an "after" word: an approximate hour, not a bound ("um kurz nach 18
# Uhr", "shortly after 6 pm", "peu après 18h", "poco dopo le 18", "tuż po godz. 18").
_SHORTLY_WORDS = _words(
    {"kurz", "gleich", "shortly", "just", "soon", "kort", "strax", "lige", "rett", "peu",
     "poco", "pouco", "tuż", "krátce", "krátko", "tesně", "malo", "kmalu", "netrukus",
     "nedugo", "скоро", "малко", "незабаром", "λίγο", "puțin", "imediat"}
)  # fmt: skip
_DUTCH_HOUR_WORDS = _words({"uur", "u"})
# Stems of the nouns that number a document's parts or a program's versions in the
# languages read (table, figure, chapter, section, article, point, number, version):
# a "d.m" after them with a year one space on is that part's number ("Tabell 3.2
# 2020", "kohta 1.2 2019"), no date (Parser._prose_word_before).
_NUMBERED_PARTS = (
    "tab", "taul", "fig", "obr", "rys", "kuva", "slik", "abb", "kap", "cap", "chap",
    "luku", "rozdz", "pogl", "sec", "sek", "odd", "abs", "art", "clan", "punkt", "bod",
    "pont", "kohta", "nr", "num", "vers", "verz", "wers", "release",
)  # fmt: skip
_VERSION_WORDS = _words(
    {"version", "versie", "versione", "versao", "wersja", "wersji", "verze", "release"}
)
# A range of hours further on in the date's clause (Parser._far_time_range).
_FAR_TOKENS = 14
# A clock further on in the date's sentence (Parser._far_clock): within these tokens.
_FAR_CLOCK_TOKENS = 40
_FAR_WORDS = 8
# A post's update label ("updated", "atualizado", "actualizado", "aggiornato", "mis à
# jour", "aktualisiert"): a clock after it is the update's, never the date's before it
# (Parser._updated_before).
_UPDATE_LABELS = _words(
    {"updated", "update", "atualizado", "atualizada", "atualizacao", "actualizado",
     "actualizada", "actualizacion", "actualitzat", "actualitzada", "aggiornato",
     "aggiornata", "aggiornamento", "mis", "aktualisiert", "aktualisierung",
     "bijgewerkt"}
)  # fmt: skip
# Before a relative day word that is the noun of a part of the day: Spanish "mañana" and
# German "Morgen" (morning) behind an article, "por", "de", "am", "jeden" ("por la
# mañana a las 10", "am Morgen um 10 Uhr"): no other day (Parser._relative_day_clock).
_PART_OF_DAY_ARTICLES = _words(
    {"la", "el", "una", "cada", "toda", "por", "de", "en", "am", "der", "den", "jeden",
     "the", "this", "every"}
)  # fmt: skip
_SENTENCE_ENDS = frozenset({".", ";", "!", "?", "|"})
# A start noun that opens the sentence after the date's, with at most these words (its
# object, a copula) before "at" the clock (Parser._clock_opens_sentence: "Začátek
# koncertu je v 18.00 hod.", "Beginn des Konzerts ist um 18 Uhr").
_START_LABEL_WORDS = 3
# Romance start nouns after a verb ("Terá início pelas 09 horas", "Dará comienzo a las
# 20", "Avrà inizio alle 10.30"), with at most this many words (the verb, a pronoun)
# before them in their sentence (Parser._clock_opens_sentence).
_START_NOUNS_AFTER_VERB = _words({"início", "inicio", "comienzo", "inizio"})
_VERB_WORDS_BEFORE_START = 2
# The subject of a next sentence that states the dated event's start (Parser.
# _start_subject_opens): the definite article before a start noun ("O início será às
# 13h30", "The start is at 7 pm", "L'inizio è alle 10"), or before a noun that names the
# event itself, then its start verb ("The event starts at 7 pm", "La fiesta comenzará a
# las 13:30", "Wydarzenie rozpocznie się o godzinie 11:00"). Not the programme, the
# stalls or a meeting ("Program začne v 17 hodin", "Les stands ouvrent à 10h", "A
# reunião inicia às 10 horas" keep their clocks in their own sentences).
_START_ARTICLES = _words(
    {"the", "el", "la", "le", "l", "il", "lo", "o", "a", "der", "die", "das", "de", "het"}
)  # fmt: skip
_EVENT_NOUNS = _words(
    {"event", "festival", "celebration", "ceremony",
     "evento", "acto", "fiesta", "celebración", "ceremonia", "jornada", "festa", "ato",
     "celebração", "cerimónia", "cerimônia", "acte", "esdeveniment", "manifestazione",
     "cerimonia", "événement", "fête", "manifestation", "cérémonie", "veranstaltung",
     "fest", "feier", "evenement", "feest", "viering", "wydarzenie", "impreza",
     "uroczystość", "festyn", "festiwal", "akce", "slavnost", "podujatie", "akcia",
     "slávnosť", "prireditev", "dogodek", "događaj", "manifestacija", "svečanost",
     # Nordic nouns carry their article: "Festen starter kl. 13.30"
     "festen", "arrangementet", "evenemanget", "arrangemanget", "festivalen",
     # the words that name the dated event back as "the initiative", "the activity"
     # ("… um Torneio de Sueca. A iniciativa terá início às 14h30", "La actividad dará
     # comienzo a las 17:30", "Die Aktion beginnt um 10 Uhr")
     "iniciativa", "iniziativa", "initiative", "atividade", "actividade", "actividad",
     "activitat", "attività", "activité", "activity", "aktion", "activiteit", "akcja"}
)  # fmt: skip
# The end of a period after "and", when a start word stands before the period's first
# clock and its day ("com início às 6 horas do dia 14/06/2016 e encerramento às 12h do dia
# 17/06/2016", "con inicio a las 10 horas del día 2 y cierre a las 20 horas del día 4 de
# mayo", "e termina às 17h do dia …"): the end labels' nouns, their dated ones, a
# closing's and the end verbs, each before "at" the end's clock and its day.
_END_WORDS_AFTER_START = (
    _END_WORDS | _DATED_END_WORDS | _END_VERBS | _words({"clausura", "cloenda"})
)
# A period's end said by "and", an end noun and "scheduled for" after a start word and
# its first date ("teve início no dia 3 de agosto, reunindo 54 seleções, e tem
# encerramento previsto para 7 de dezembro", "y su clausura está prevista para el 28 de
# abril", "e la chiusura è prevista per il 7 dicembre"; Parser._scheduled_end): the end
# nouns of the Iberian languages and Italian (not "final", a match of its own), the
# participles and the "for" after them; at most this many words before the noun (a
# verb, an article, a possessive), between it and the participle (a copula, its
# object: "o fim das inscrições está marcado para") and in an aside between commas
# after the first date (a gerund and one count: ", reunindo 54 seleções,").
_SCHEDULED_END_NOUNS = _words(
    {"encerramento", "término", "termo", "fim", "conclusão", "fecho", "clausura", "cierre",
     "finalización", "fin", "conclusión", "peche", "remate", "chiusura", "conclusione",
     "fine", "termine"}
)  # fmt: skip
_SCHEDULED_WORDS = _words(
    {"previsto", "prevista", "marcado", "marcada", "agendado", "agendada", "programado",
     "programada", "fixado", "fixada", "fijado", "fijada", "fissato", "fissata",
     "programmato", "programmata"}
)  # fmt: skip
_SCHEDULED_FOR = _words({"para", "per"})
# At most this many plain words (where the start takes place) between a start word's
# first date and "and" with an end verb (Parser._end_verb_past_place: "arranca este
# sábado, 25 de junio, en el campo de bolos del Recreo Peral de la capital y concluye
# el próximo 24 de septiembre").
_PLACE_WORDS = 12
# The article and possessive an end noun may take after "and" when it dates the end
# itself, as its start noun did: "terá o seu início no dia 18 de Novembro e o seu
# término a 28 de Abril", "y su finalización el 28 de abril", "e la sua conclusione
# il 28 aprile" (Parser._end_noun_after; at most two of them).
_END_NOUN_DETERMINERS = _words(
    {"o", "a", "el", "la", "il", "lo", "seu", "sua", "su", "suo"}
)  # fmt: skip
_SCHEDULED_WORDS_BETWEEN = 3
_SCHEDULED_ASIDE = 5
# An act's, a resolution's or a letter's own date ("por resolución de fecha 24 de marzo
# de 2021, hasta el 13 de junio", "com data de 3 de maio", "in data 5 marzo", "fechada
# el", "l'arrêté du 5 mars"; Parser._cited_date): the participles that date it, the
# date nouns with the preposition before them, and the acts named right before their
# date's article. The "until" after its comma is the clause verb's, no range's end.
_CITED_PARTICIPLES = _words(
    {"fechada", "fechado", "fechadas", "fechados", "datado", "datada", "datados", "datadas",
     "datato", "datata", "datati", "datate", "datée", "datées", "dated"}
)  # fmt: skip
_CITED_DATE_NOUNS = _words({"fecha", "data", "date"})
_CITED_DATE_NOUN_PREPOSITIONS = _words({"de", "con", "com", "in", "en"})
_CITED_ACTS = _words(
    {"arrêté", "décret", "loi", "ordonnance", "circulaire", "délibération", "lettre",
     "courrier", "decreto", "resolución", "resolução", "ley", "lei", "legge", "portaria",
     "circular", "oficio", "ofício", "delibera", "ordinanza", "determina", "carta"}
)  # fmt: skip
_CITED_ARTICLES = _words({"el", "de", "del", "du", "do", "da", "le", "il"})
# Between the event noun and its start verb: a reflexive ("El acto se iniciará a las
# 10", "La festa si apre alle 10", "La fête s'ouvrira à 10h") or the future's auxiliary
# ("The event will start at 7 pm").
_BEFORE_START_VERB = _words({"se", "si", "s", "will"})
# How far back from the clock's prefixes that sentence may open: the article, the noun,
# a reflexive, the verb, a start noun and the words before the prefixes.
_START_SUBJECT_TOKENS = 10
_START_LABEL_AT = _FAR_HOUR_LEADS | _AT_BEFORE_HOUR_WORD
# "Saint" abbreviated in lower case before a name, a church's or a square's (Czech,
# Slovak, Slovenian, Croatian "sv.", Lithuanian "šv.", Polish "św.", Ukrainian and
# Bulgarian "св."): its dot ends no sentence (Parser._only_title_dots).
_SAINT_ABBREVIATIONS = _words({"sv", "šv", "św", "св"})
# A day's name between a time and its date, after "on" ("at 5 pm on New Year's Eve,
# December 31, 2023", "um 18 Uhr am Heiligabend, 24. Dezember", "om 17 uur op Eerste
# Kerstdag, 25 december", "o 18 w Wigilię, 24 grudnia"; Parser._past_named_day): the
# words for "on" before it; the lower-case words a name may hold between its capitals
# ("Tag der Deutschen Einheit", "Domingo de Ramos", "lunedì dell'Angelo"), elisions
# before an apostrophe ("jour de l'An"), the head nouns "day", "eve" and "night" a name
# opens or ends with ("la vigilia di Natale", "na Štědrý den"), and saints' dots.
_NAMED_DAY_LINKS = _words(
    {"on", "am", "an", "le", "la", "el", "en", "il", "op", "no", "na", "w", "we", "v",
     "ve", "u", "на", "pe", "på", "ar"}
)  # fmt: skip
_NAMED_DAY_JOINS = _words(
    {"of", "the", "de", "di", "del", "dell", "della", "des", "du", "der", "van", "do", "da",
     "dos", "das", "l", "d", "la", "le", "el"}
)  # fmt: skip
_ELIDED = _words({"l", "d", "dell", "nell", "all", "sull"})
_NAMED_DAY_HEADS = _words(
    {"day", "jour", "veille", "dia", "día", "giorno", "vigilia", "véspera", "noche", "nuit",
     "notte", "noite", "den", "deň", "dzień"}
)  # fmt: skip
_NAMED_DAY_SAINTS = _SAINT_ABBREVIATIONS | _words({"st", "ste"})
_MOST_NAMED_DAY_WORDS = 4  # capitalised: "Tag der Deutschen Einheit"
_NAMED_DAY_TOKENS = 9  # the name's tokens at most, its apostrophes and joins included
# "On" before a fixed feast's name (Parser._feast_day): the named day's links, "at",
# Romance "a", "em", "ao", "al", Catalan "per", Maltese "nhar", Icelandic "á", Greek "την".
_FEAST_ON = _NAMED_DAY_LINKS | _words(
    {"at", "a", "em", "ao", "al", "per", "nhar", "την", "τη", "ανήμερα"}
)
# "Of" between a feast's name and its year: "la Nochevieja de 2019", "Natale del 2020".
_FEAST_YEAR_LINKS = _words(
    {"de", "del", "di", "do", "da", "of", "dos", "das", "des", "du", "della"}
)
_FEAST_CENTURIES = frozenset({"18", "19", "20"})
# Signs after a feast's name before the date that restates it (Parser._feast_stands).
_FEAST_RESTATED_AFTER = frozenset({",", "-", ":", "("})
# What may follow a feast's name that opens a heading line: "Christmas Day: …", "…".
_FEAST_HEADING_ENDS = frozenset({":", "-", "|", "…", "."})
# An aside's brackets and guillemets: a dot inside them ends no sentence of the date's
# (Parser._only_title_dots).
_ASIDE_OPENS = frozenset({"(", "[", "«"})
_ASIDE_CLOSES = frozenset({")", "]", "»"})
# How far back a year-less date with its weekday looks for its sentence's year
# (Parser._sentence_year): "Generalforsamlingen for 2025 blev afholdt torsdag d. 27 marts".
_SENTENCE_YEAR_TOKENS = 12
# "This year" with its year written in, before a year-less date of the same sentence
# (Parser._this_year_stated): "У цьому 2023 році … – 01 жовтня", "w tym 2023 roku",
# "in diesem Jahr 2023", "this year (2023)", "cette année 2023"; on the folded text.
_THIS_WORDS = (
    "this", "dieses", "diesem", "dit", "deze", "cette", "cet", "este", "neste", "deste",
    "esta", "questo", "aquest", "tym", "tego", "ten", "tomto", "tohto", "tento",
    "ove", "ovoj", "ovog", "ovom", "ovo", "ovu", "tem", "цьому", "цього", "цей", "тази",
    "този", "acest", "acestui", "šiais", "šiemet", "šajā", "šis", "tänä", "sel", "käesoleval",
    "bu", "din", "detta", "dette", "denne", "þessu", "αυτό", "αυτή", "τρέχον", "ebben",
)  # fmt: skip
_YEAR_NOUNS_THIS = (
    "year", "jahr", "jaar", "année", "an", "año", "ano", "anno", "any", "rok", "roku",
    "roce", "року", "році", "рік", "година", "godine", "godini", "godina", "godinu", "leto",
    "letu", "anul", "metais", "metai", "metus", "gadā", "gads", "vuonna", "vuosi", "aastal",
    "yıl", "yılı", "yılında", "år", "året", "ári", "έτοσ", "έτος", "is-sena", "sena", "évben",
)  # fmt: skip
# One-word "this year" adverbs and Romance elisions: "quest'anno 2023", "idén 2023-ban".
_THIS_YEAR_ADVERBS = (
    "quest'anno", "quest’anno", "letos", "idén", "šogad", "tänavu", "φέτος", "aurten",
    "enguany", "i år", "í ár", "i mbliana",
)  # fmt: skip


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of folded ``words``, longest first."""
    folded = {unaccented_lower(w) for w in words}
    return "|".join(re.escape(w) for w in sorted(folded, key=len, reverse=True))


_YEAR_4 = r"\(?((?:19|20)\d\d)\)?(?![\d/–-]|\.\d)"
_THIS_YEAR_PHRASE = re.compile(
    rf"(?<!\w)(?:(?:{_alternatives(_THIS_WORDS)})\s+(?:{_alternatives(_YEAR_NOUNS_THIS)})"
    rf"\s*,?\s*(?:de\s+)?{_YEAR_4}"
    rf"|(?:{_alternatives(_THIS_YEAR_ADVERBS)})\s*,?\s*{_YEAR_4}"
    rf"|(?:{_alternatives(_THIS_WORDS)})\s+((?:19|20)\d\d)\.?\s+"
    rf"(?:{_alternatives(_YEAR_NOUNS_THIS)})(?!\w))"
)
# Any 19xx or 20xx: the cheap trigger of _THIS_YEAR_PHRASE.
_CENTURY_YEAR = re.compile(r"(?:19|20)\d\d")
# How far such a phrase may stand before its date, in characters of one sentence.
_THIS_YEAR_REACH = 160
# What ends the phrase's sentence between it and the date, or is another number.
_THIS_YEAR_BREAKS = re.compile(r"[\d\n.!?;]")
# The plain words a label may say between its year and its colon ("Meetings for 2021
# are as follows:", "Our meetings in 2022 will be held on:"); see _label_phrase_year.
_LABEL_PHRASE_WORDS = 4
# Folded "and" words that are other words as written (Parser._joins_clauses).
_NO_CLAUSE_JOINS = frozenset({"si", "í"})

# Before noon or midnight as a word that a date follows (Parser._clock_word_then_date):
# "at", "from", "before", "until".
_CLOCK_WORD_LEADS = _words(
    {"at", "from", "before", "until", "by", "à", "dès", "avant", "jusqu", "a", "alle",
     "dalle", "entro", "fino", "ab", "um", "bis", "vor", "desde", "hasta", "antes", "às",
     "até", "ao", "od", "do", "o", "przed", "roimh", "ó", "go", "sa", "στις", "από", "μέχρι",
     "πριν", "om", "vanaf", "tot", "voor", "ag", "faoi",
     # "a" with its article ("al mediodía del 5 de mayo", "fins al migdia del 5 de maig")
     "al"}
)  # fmt: skip
# Spanish and Catalan articles between such a lead and the clock word ("hasta el
# mediodía del viernes 5", "antes del mediodía del 5 de mayo").
_CLOCK_WORD_ARTICLES = _words({"el", "del"})
# Of them, "until" and "before" (by): midnight after them ends the date's day. Irish
# "faoi" is "by" ("faoi mheán lae ar an 22 Nollaig 2015", by noon on 22 December).
_DAY_END_LEADS = _UNTIL | _words(
    {"before", "by", "avant", "entro", "vor", "antes", "przed", "roimh", "πριν", "voor", "faoi"}
)
# British "next"/"last" after a weekday ("on Wednesday next"), not before a period noun
# ("Monday next week" is that week's).
_ENGLISH_AFTER = {"next": 1, "last": -1}
_PERIOD_NOUNS = _words({"week", "weekend", "month", "year", "time", "day"})
# Signs around a weekday written after its date, and the sign that closes each: "18
# MARZO 2011 (venerdì)", "31 март, неделя, в 3.00", "13. december /štvrtok/ 2018".
_LATE_WEEKDAY_CLOSERS = {"(": ")", "/": "/", ",": ","}
_LATE_WEEKDAY_OPENERS = frozenset(_LATE_WEEKDAY_CLOSERS)
# "On a" before a weekday written between commas after its date, which it restates:
# "no dia 2 de julho de 2020, numa quinta-feira, às 17:00", "em uma", "el 2 de julio de
# 2020, un jueves", "on 2 July 2020, a Thursday", "am 2. Juli 2020, einem Donnerstag",
# "op 2 juli 2020, een donderdag" (see Parser._weekday_after_a); checked as the bare
# weekday there is. Portuguese "em" only before "uma", "um".
_A_BEFORE_WEEKDAY = _words({"numa", "num", "uma", "um", "un", "a", "einem", "een", "em"})
# A programme's first clock under its date heading (Parser._programme_clock): the rest of
# the heading's line, then at most one short line, each of at most so many tokens.
_PROGRAMME_LINES = 2
# The word "programme" alone on a line under the date heading (see above).
_PROGRAMME_WORDS = _words(
    {"programme", "program", "programm", "programma", "programa", "programas", "programos",
     "programmas", "programu", "ohjelma", "kava", "programul", "programmet", "programmi",
     "πρόγραμμα", "програма", "programı", "egitaraua", "clár"}
)  # fmt: skip
_PROGRAMME_LINE_TOKENS = 16
# An event card's place field between its date and its time field ("Data: 16 de outubro
# de 2019.\n\nLocal: Câmara Municipal …\n\nHorário: 09h00min."; Parser._past_place_field):
# its label says what the line holds, so an address's numbers on it are no date's; a
# bracketed aside on it (the address) counts in tokens up to this, not in its words.
_PLACE_FIELD_LABELS = _words({"local", "lugar", "location", "venue", "luogo", "lieu", "ort"})
_PLACE_FIELD_TOKENS = 40
# ... and the words of a heading line that only names the programme and its schedule
# ("PROGRAMA I HORARI", "Programm und Zeitplan", "Program og tidsplan"), which counts as
# no line either (Parser._past_programme_headings).
_PROGRAMME_HEADING_WORDS = _PROGRAMME_WORDS | _words(
    {"schedule", "timetable", "horari", "horaris", "horario", "horarios", "horaire",
     "horaires", "horário", "horários", "orario", "orari", "zeitplan", "ablauf",
     "tijdschema", "tidsplan", "tidsplanen", "tidsskema", "harmonogram", "aikataulu",
     "ajakava", "menetrend", "rozvrh", "harmonogramu", "satnica", "urnik", "orar",
     "ordutegia", "ωράριο", "розклад", "разписание", "dagskrá", "sceideal", "skeda"}
)  # fmt: skip
_PROGRAMME_HEADING_LINKS = _AND_WORDS | {":", "&"}
# A programme's or a calendar's word before its year, which then dates the year-less
# days named after it ("Program 2016 10 April Årsmöte", "ACTIVITEITENPROGRAMMA 1986 21
# maart"; see Parser._programme_year); also the end of a compound ("Jahresprogramm").
# Not any name before a number: "Horizon 2020 11 December", "Agenda 2030 25 September".
_PROGRAMME_YEAR_WORDS = _PROGRAMME_WORDS | _words(
    {"calendar", "kalender", "calendario", "calendrier", "calendari", "kalendarz",
     "kalendář", "kalendár", "kalenteri", "kalendārs", "kalendorius", "kalendar",
     "ημερολόγιο", "календар", "takvim", "calendarul", "dagatal", "féilire", "egutegia",
     "kalendern", "kalenderen", "programmes", "programs"}
)  # fmt: skip
_PROGRAMME_TAILS = ("programm", "programma", "program", "programmet", "kalender")
# How the line of a date in prose ends before a programme's first clock on the next
# line: a colon that opens the programme, the sentence's full stop.
_PROSE_LINE_ENDS = frozenset({":", "."})
_CLAUSE_ENDS = _SENTENCE_ENDS | {",", "-", "(", ")", ":"}
# How far on, and past what not, an "until" date ends the range that a year-less "from"
# date opened without joining it (Parser._after_open_start).
_OPEN_START_REACH = 12
_OPEN_START_STOPS = _SENTENCE_ENDS | {":"}
# Between an ISO date's parts; "_" as document file names write them ("2026_05_05"), a
# middle dot as some town halls' pages do ("2024·05·13").
_ISO_SEPARATORS = frozenset({"-", "/", ".", "_", "·"})
# "In der Nacht vom 28. auf den 29. März", "in de nacht van 28 op 29 maart".
_NIGHT_FROM = _words({"vom", "von", "van", "z", "ze"})  # also Czech, Polish "z 27. na 28."
_NIGHT_TO = _words({"auf", "op", "na", "spre"})
# Romanian "în noaptea de 26 spre 27 mai" (towards): "spre" only after "de" or "din"
# ("din noaptea de 26 spre 27"); elsewhere it is an everyday word, as "de" is.
_NIGHT_FROM_BEFORE_SPRE = frozenset({"de", "din"})
_POSTPONED = _words(
    {"postponed", "moved", "delayed", "verschoben", "reporte", "reportee", "rinviato",
     "rinviata", "aplazado", "aplazada", "adiado", "adiada", "uitgesteld", "verplaatst",
     "przelozone", "przeniesione", "odlozeno", "presunuto", "uppskjuten", "udsat"}
)  # fmt: skip
# "Going on" as a gerund right after a date's comma, then "until" and the period's end:
# "a partir das 17h00 do dia 10 (terça-feira), continuando até à madrugada do dia 11",
# "prolongando-se até", "proseguendo fino al", "continuing until" (see Parser.expression:
# the gerund says the first date starts what the second ends, as "and lasts until").
_GOING_ON = _words(
    {"continuing", "continuando", "continuant", "prolongando", "prolongándose",
     "prolungandosi", "protraendosi", "prosseguindo", "proseguendo", "estendendo",
     "extendiéndose"}
)  # fmt: skip
# The same after "that" ("…, que segue até o dia 7 de julho", "que sigue hasta el",
# "che prosegue fino al"; Parser._going_on_past_words): the verbs that go on or last.
_THAT = _words({"que", "che"})
# The raised endings of an ordinal number as written ("36ª", "5º"; Parser._edition_ordinal).
_RAISED_ORDINALS = frozenset({"ª", "º"})
# The small words inside a place's name in a dateline ("Ciudad de México, mayo 13.-";
# Parser._dateline_month_day).
_PLACE_NAME_LINKS = _words({"de", "del", "la", "las", "los", "el", "y", "do", "da", "dos"})
_GOING_ON_VERBS = _words(
    {"segue", "seguirá", "continua", "continuará", "prossegue", "vai", "decorre", "dura",
     "durará", "sigue", "prosigue", "va", "prosegue", "proseguirà", "continuerà", "durerà",
     # that lasts, goes on or stays open until: "que durarán hasta", "que se prolongará
     # hasta", "que permanecerá abierta hasta", "que estará abierta hasta", "que
     # decorrerá até", "che durerà fino a", "che resterà aperta fino al", "que durarà
     # fins al"
     "durarán", "prolongará", "prolongarán", "permanecerá", "permanecerán", "estará",
     "estarán", "decorrerá", "decorrerão", "durarão", "ficará", "ficarão",
     "dureranno", "protrarrà", "resterà", "resteranno", "rimarrà", "rimarranno",
     "durarà", "duraran", "allargarà", "romandrà", "estarà"}
)  # fmt: skip
# Opening verbs that start a period after its first date (", se inaugurará la Feria, que
# durará hasta el lunes 15"; Parser._start_verb_after), with the start words.
_OPENING_VERBS = _START_WORDS | _words(
    {"inaugura", "inauguran", "inaugurará", "inaugurarán", "inauguram", "inaugurarão",
     "inaugurano", "inaugurerà", "inaugureranno", "inauguren", "inaugurarà", "inauguraran",
     "inaugure", "inaugurent", "inaugurera", "inaugureront"}
)  # fmt: skip
# Dates in words (see Parser._worded_date): links between the day and the month, and
# between the month and the year; words before the day; year nouns ("L'an …").
_WORDED_LINKS = _words({"de", "di", "del", "do", "mes", "mese", "dias", "dia", "d", "'"})
# The months Catalan number words may stand before, in full ("u d'octubre", "set de
# juliol"): "set", "nou" and "deu" are everyday words elsewhere ("deu de maio" gave).
_CATALAN_MONTHS = _words(
    {"gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre",
     "octubre", "novembre", "desembre"}
)  # fmt: skip
_WORDED_BEFORE = _WORDED_LINKS | frozenset(NUMBER_WORDS) | {"un", "uno", "um", "mille"}
# "One" as the first day, with its link to the month (Spanish and Italian "uno", Catalan
# "u" and "un", Portuguese "um", Galician "un": "el pasado uno de diciembre de 2020",
# "l'u de maig de 2019"): no number word alone ("uno de los …", "un mars pluvieux"),
# so a day only when its month's year follows.
_WORDED_FIRST_DAYS = frozenset({"uno", "un", "um", "u"})
_WORDED_YEAR_LINKS = _words({"de", "del", "dell", "'", "anno", "ano", "do", "l", "an"})
# A year in words after a day in digits and its month, past one of these links ("19 de
# Setembro de mil oitocentos e noventa e cinco", "5 de mayo de dos mil veinte"): its
# first word ("one" only before "thousand"), or Italian's one word with no link
# ("5 marzo duemilaventi"); see Parser._year_in_words_after_month.
_WORDED_YEAR_AFTER_MONTH_LINKS = _words({"de", "del", "do"})
_YEAR_WORD_HEADS = _words({"mil", "um", "un", "dois", "dos", "dous"})
_ITALIAN_YEAR_HEADS = ("mille", "duemila")
# Before the minutes' day in digits ("Aos 28 dias do mês de maio", "a 5 días del mes"),
# also "in the" ("Nos 14 dias do mês de maio", as parish books write it).
_DIGIT_DAY_OPENERS = _words({"aos", "ao", "a", "nos"})
# The plural article of "at the", "in the" written apart before it ("a los 14 días del
# mes", "en los", old Portuguese "Em os 14 dias do mês"): the word before the article.
_DIGIT_DAY_ARTICLES = _words({"os", "los"})
_DIGIT_DAY_ARTICLE_OPENERS = _words({"a", "em", "en"})
# The plural "at the" alone opens the formula with no "of the month" after "days" ("Aos
# 26 dias de agosto de 2020"; Spanish "a los 12 días de octubre", two words, is tested
# in Parser._minutes_day_without_month_noun): "in the" may count the month's days ("nos
# 14 dias de maio"), a bare "a" count down to it ("a 5 días de mayo").
_DIGIT_DAY_AT = _words({"aos"})
_WORDED_DAY_OPENERS = _words({"le", "il", "el", "a", "aos", "addi", "giorno", ",", "o"})
# Between council minutes' year in words and their day: "L'an deux mille huit et le 26
# septembre", "L'an deux mil vingt-deux, le 3 mars".
_MINUTES_DAY_OPENERS = _WORDED_DAY_OPENERS | _words({"et", "e", "y"})
_YEAR_NOUNS = _words({"an", "anno", "ano"})
# Words for "year" before a year that dates the year-less dates after it ("para o ano
# 2020 que serán 11 de xullo", "V ROCE 2018"); see Parser._stated_year.
_YEAR_WORDS = _words(
    {"year", "any", "ano", "año", "anno", "année", "an", "jahr", "jahres", "jaar", "år", "aar",
     "rok", "roku", "roce", "vuonna", "aastal", "leto", "letu", "έτος", "godini", "anul",
     "ár", "árið", "ársins", "árs"}
)  # fmt: skip
# "Of" between such a word and its year ("no ano de 2023", "el año de 2023", "año del").
_YEAR_WORD_OF = _words({"de", "del"})
# Words for "year" after an ordinal year ("2024. gadā notiks 18. septembrī", "1962.
# godine, 6. listopada", "2023. urterako: martxoaren 16tik"); see Parser._stated_year.
_YEAR_AFTER_WORDS = _words(
    {"gadā", "gada", "godine", "godini", "godina", "urtean", "urterako", "urteko", "évben",
     "aastal",  # Estonian "2020. aastal 2. veebruaril" (in the year)
     "yılının", "yılı", "yılında", "metų", "metais"}
)  # fmt: skip
# "Of the year" between an ordinal year and its day and month, in their usual order:
# Latvian "2024. gada 5. martā", Estonian "2020. aasta 2. veebruaril".
_YEAR_OF_DAY_WORDS = _words({"gada", "aasta"})
# "Of the year" and "in the year" after a year with no ordinal dot: Turkish "2016
# yılının 28 Mart’ına", "2017 yılında 19 Ağustos'ta", Lithuanian "2021 metų tarybos
# posėdis vyks sausio 12 d.", "2017 metais, rugpjūčio 19 d.".
_UNDOTTED_YEAR_WORDS = _words({"yılının", "yılı", "yılında", "metų", "metais"})
# Hungarian "year" between a year and its month in formal writing ("2015. év december
# 5.", "2015. évi december hó 5. napján"); a month must follow: "2011. évi I. törvény"
# cites an act.
_HU_YEAR_NOUNS = _words({"év", "évi"})
# Every word for "year" after its year that _stated_year reads right before a date.
_YEAR_NOUNS_AFTER_YEAR = _YEAR_AFTER_WORDS | _YEAR_OF_DAY_WORDS  # undotted ones included
_HU_ORDINAL_DAYS = {unaccented_lower(word): day for word, day in HUNGARIAN_ORDINAL_DAYS.items()}
# "In" before a year that dates the year-less days a few words on ("I 2023 markeres
# Kulturminnedagene 2. – 10. september", "Im 2024 finden … am 5. Mai"); see _stated_year.
_IN_YEAR = _words({"i", "in", "im", "en", "w", "v", "em", "στο", "у", "в", "във", "през"})
# Turkish "in" after its year's apostrophe: "onu 2019'da 26 Mart - 6 Nisan arasında".
_TURKISH_IN = _words({"da", "de", "ta", "te"})
# A holiday's or festival's noun, whose year a "be held" verb then dates: "los festivos
# locales de 2023 sean el 1 de junio", "Las Fiestas de San Roque 2019 se celebrarán del
# 15 al 18 de agosto"; see Parser._festive_year.
_FESTIVE_NOUNS = _words(
    {"festivos", "festivo", "fiestas", "fiesta", "feriados", "feriado", "festividades",
     "festividad", "festividade", "feria", "ferias", "festival", "festivales", "festivais",
     "carnaval", "festas", "festa", "festes", "festius", "festiu", "festivitats", "fira",
     "fires", "feira", "feiras", "romaria", "festività", "feste", "festivi", "sagra",
     "fiera", "fêtes", "fête", "fériés", "holidays", "holiday", "festivals", "fair",
     "carnival"}
)  # fmt: skip
# The "of" or "for" between that noun and its year ("festivos de 2023", "feriados para
# 2024", "festività del 2024").
_FESTIVE_YEAR_LINKS = _words(
    {"de", "del", "do", "da", "di", "dell", "para", "per", "pour", "for", "of"}
)  # fmt: skip
_FESTIVE_REACH = 5  # words from the noun to its year: "Fiestas de San Juan Bautista 2019"
# The "be" and "be held" verbs between the festival's year and its date ...
_HELD_VERBS = _words(
    {"es", "son", "sea", "sean", "será", "serán", "fue", "fueron", "celebra", "celebran",
     "celebrará", "celebrarán", "celebró", "celebraron", "tendrá", "tendrán", "tuvo",
     "tuvieron", "lugar", "caen", "cae", "caerán", "desarrollará", "desarrollarán",
     "são", "serão", "sejam", "seja", "foram", "foi", "decorre", "decorrem", "decorrerá",
     "decorrerão", "realiza", "realizam", "realizará", "realizarão", "terá", "terão",
     "acontecem", "acontecerão", "caem", "sexan", "serà", "són", "siguin", "celebren",
     "celebrarà", "faran", "tindrà", "tindran", "lloc", "sono", "saranno", "sarà",
     "siano", "terranno", "terrà", "svolgeranno", "svolgerà", "svolgono", "tengono",
     "cadono", "cadranno", "sont", "seront", "ont", "auront", "aura", "lieu",
     "dérouleront", "déroulera", "are", "is", "was", "were", "held", "take", "takes",
     "place", "fall", "falls", "runs"}
)  # fmt: skip
# ... and the words that lead from it to the date ("se celebrarán del", "que serán el",
# "tendrán lugar los días").
_HELD_LEADS = _words(
    {"se", "que", "el", "los", "las", "la", "del", "de", "día", "días", "o", "os", "a",
     "as", "no", "nos", "na", "dia", "dias", "em", "els", "les", "dies", "si", "il", "i",
     "lo", "le", "dal", "nel", "nei", "giorno", "giorni", "du", "on", "the", "from",
     "will", "be"}
)  # fmt: skip
# The words before a year that _stated_year reads, in one set for one test, and the
# verbs by which it reads a festival's year after its name (Parser._festive_year).
# (frozenset(SEASON_MONTHS) for the compiled build, as _OF_THE_YEAR_STARTS.)
_STATED_YEAR_CUES = (
    _YEAR_WORDS
    | _IN_YEAR
    | _YEAR_AFTER_WORDS
    | _TURKISH_IN
    | frozenset(SEASON_MONTHS)
    | _HELD_VERBS
)
_BULLETS = frozenset({"•", "·", "-", "*", "–"})
# What closes a month-first day's bare ordinal dot, making it the day's mark ("1.
# november 19. (vasárnap)"; see Parser._day_mark).
_DAY_DOT_CLOSERS = frozenset({"(", ",", ";"})
# "Open" before opening hours: dashed numbers after it are hours, never a date with a
# two-digit year ("avatud 8-11-30", "open 9-12-30").
_OPEN_WORDS = _words(
    {"open", "opened", "geöffnet", "offen", "ouvert", "aperto", "abierto", "aberto", "obert",
     "åpent", "åpen", "öppet", "åbent", "auki", "avatud", "atvērts", "atidaryta",
     "otvoreno", "odprto", "otevřeno", "otvorené", "otwarte", "nyitva", "deschis",
     "ανοιχτό", "ανοικτό", "отворено", "відкрито", "açık", "oscailte", "miftuħ", "irekita",
     "opið"}
)  # fmt: skip
# The sign after a letter used as a list's bullet at a line's start ("Α - Στις 10:30",
# "a) 10.00", "Β. 19:00"); see Parser._past_letter_bullet.
_LETTER_BULLET_SIGNS = frozenset({"-", ")", "."})
# "Week" before its number in a calendar row ("Uke 36 – Fredag 9. september").
_WEEK_WORDS = _words(
    {"week", "wk", "uke", "uge", "vecka", "woche", "kw", "semaine", "semana", "settimana",
     "tydzien", "tyden", "tyzden", "viikko"}
)  # fmt: skip
# Maltese "sa" with its article, a range word only glued to the next word by a hyphen
# ("sas-Sibt 30", "sad-9 ta' Diċembru"): alone, "Sat" and "San" are other words.
_GLUED_RANGE_WORDS = _words({"sas", "sat", "sad", "sar", "san", "sax", "saż", "saċ", "saz"})
# What may follow a month heading on its line ("März 2025:", "mars 2025 –").
_HEADING_SEPARATORS = frozenset({":", "-", "|"})
# CLDR month abbreviations that are everyday words in another language read here
# ("fra", "tra": "from", "between"; Czech "pro": "for"); see Parser._abbreviation.
# (Those spelt apart from the word by a letter, "sie"/"się", "paź"/"paz", are told by
# their spelling.)
# Short weekdays that are everyday words, abbreviated or not, in other languages, and
# that their own languages write capitalised: Lithuanian "Pr" (Monday) is Nordic "pr."
# (per), Turkish "Ça" (Wednesday) is "ca." (circa), "Per" (Thursday) Italian and Nordic
# "per", "Sal" (Tuesday) Spanish "sal" and Swedish "sal" (hall). Not the Finnish, Dutch,
# Nordic or Romance short forms, written in lower case as weekdays ("to.5.2. 2025",
# "ma 26 sep", "dom., 5 mar."); see Parser._word_not_weekday.
_WEEKDAY_WORDS = _words({"pr", "ca", "per", "sal"})
# Finnish short weekdays, read in lower case before a year-less "d.m." with its final dot
# (see Parser._finnish_day_month); the two that are no everyday word elsewhere.
_FINNISH_SHORT_WEEKDAYS = _words({"ma", "ti", "ke", "to", "pe", "la", "su"})
_PLAIN_FINNISH_WEEKDAYS = _words({"ke", "ti"})
# Short weekdays that are a month's name elsewhere, read as the weekday only as their
# language writes them: Irish "Mái" (Tuesday), not "Mai" (May).
_ACCENTED_MONTH_WEEKDAYS = {"mai": "mái"}
# Articles that make "tomorrow" a noun, "the future" or "the next day", no date by itself:
# Italian "il domani", "la città del domani", Catalan "el demà", Portuguese "o amanhã", "a
# escola do amanhã" (see Parser._tomorrow_noun; Maltese "l-għada tal-festa", the day
# after the feast, has its article glued by a hyphen).
_TOMORROW_ARTICLES = {
    "domani": _words({"il", "al", "del", "nel", "dal", "sul"}),
    "dema": _words({"el", "del", "al", "pel"}),
    "amanha": _words({"o", "do", "no", "ao", "pelo"}),
}
_MALTESE_TOMORROW = "ghada"  # "għada" folded
# Signs that glue an identifier's parts ("CurrencyRate.Today", "my_today"): a relative
# word glued so is no day (see Parser._identifier_part).
_IDENTIFIER_GLUES = frozenset({".", "_"})
_COMMON_WORD_ABBREVIATIONS = _words(
    {"tra", "fra", "pro", "led", "ara", "tem", "svi", "stu", "kol", "ag", "kas", "dub", "gun"}
)
# Polish year words after a year ("1918 r.", "2019 roku"), as their last token.
_POLISH_YEAR_WORDS = _words({"r", "roku"})
# The abbreviated year words of _YEAR_SUFFIXES, before their dot ("2022 r.", "2022.
# g."): a set test before Parser._year_before_dotted_word.
_DOTTED_YEAR_WORDS = frozenset(
    suffix[-2] for suffix in _YEAR_SUFFIXES if len(suffix) > 1 and suffix[-1] == "."
)
# Basque "of the month" before a day: "hilaren 23an", "larunbatean, hilak 29".
_BASQUE_OF_THE_MONTH = _words({"hilaren", "hilak", "ilaren", "ilak"})  # old spelling: "ilak 25"
# Basque "that passed" before a weekday: "pasa den ostiralean", "joan den astelehenean".
_BASQUE_PASSED = _words({"pasa", "joan"})
# Catalan quarters before the hour they lead to, by the count before them.
_QUARTER_COUNTS = {"un": 1, "1": 1, "dos": 2, "2": 2, "tres": 3, "3": 3}
_CATALAN_QUARTERS = {"quart": _QUARTER_COUNTS, "quarts": _QUARTER_COUNTS}
# A part of the hour before the hour it leads to: German "halb 9", Hungarian "fél 9" and
# "½ 9" are 8:30, "negyed 9" 8:15, "háromnegyed 9" 8:45. Not Dutch "half", which is
# also English "half nine" (9:30).
_HOUR_FRACTIONS = {
    **dict.fromkeys(_words({"halb", "fél", "½", "halv", "puoli"}), 30),
    **dict.fromkeys(_words({"negyed", "¼"}), 15),
    **dict.fromkeys(_words({"háromnegyed", "dreiviertel", "¾"}), 45),
}
# Articles before a weekday ("την Παρασκευή", "του Σαββάτου", "the Friday").
_WEEKDAY_ARTICLES = _words({"την", "τη", "του", "της", "το", "the", "le", "el", "il", "den"})
# "Saint" before a name that is a weekday's: the places and churches "Αγία Παρασκευή",
# "Αγ. Παρασκευή", "Αγίας Κυριακής" (Saint Friday, Saint Sunday) name no day; also
# with a Latin capital "A", which looks the same ("Aγ. Παρασκευή, 30 Απριλίου 2012").
_SAINT_TITLES = _words(
    title for greek in ("Αγ", "Αγία", "Αγίας", "Αγίου") for title in (greek, "A" + greek[1:])
)
# Words between an opening bracket and a short date: "(le 12/03)", "(am 4.7.)".
_BRACKET_ARTICLES = _words({"le", "el", "il", "am", "on", "the", "den", "dne", "del"})
# Greek "the" and "on the" before the day that restates "today" in council minutes
# ("σήμερα την 15η Μαρτίου 2015", "σήμερα στις δέκα (10) του μηνός Μαρτίου"), read only
# before the day's digits, or its words with their digits in brackets.
_RESTATED_DAY_ARTICLES = _words({"την", "τη", "στις"})
_OF_THE_MONTH = unaccented_lower("μηνός")
# Hungarian case endings after a day number ("március 5-én", "5-i", "7-ig"); "-tól"
# ("from") is left to the separator, which reads it as a filler before the end.
_HU_DAY_SUFFIXES = _words(
    {"en", "an", "jen", "jan", "ig", "i", "ei", "ai", "ji", "on", "a", "e", "je", "ja"}
)
# Words for "on (the day)" that make a dotted day and month a date ("Am 11.11."); the
# Finnish "is" too ("Viimeinen kesätori on 10.8."), and Finnish and Estonian periods of
# the day ("Iltapäivällä 5.8. saapuva ryhmä", "õhtul 12.7."), which only a day follows.
_DAY_PREPOSITIONS = _words(
    {"am", "vom", "zum", "le", "den", "dne", "dnia", "dňa", "op", "dia", "d", "kuupaeval", "на",
     "on", "aamulla", "aamupäivällä", "päivällä", "iltapäivällä", "illalla", "yöllä",
     "hommikul", "päeval", "pärastlõunal", "õhtul", "öösel"}
)  # fmt: skip
# Finnish "from", "since", "until" and "by" after a dotted day and month ("1.6. alkaen",
# "31.5. mennessä"): postpositions of dates alone, as "am" before one.
_DATE_POSTPOSITIONS = _words({"alkaen", "lähtien", "asti", "saakka", "mennessä"})
# Words for "o'clock" after which four digits are a time ("klokken 1230").
_CLOCK_WORDS = _words({"klokken", "klokka", "klockan", "kl", "kello", "klo", "klukkan", "kell"})
# ... and Polish "godz." ("godz. 1800": a listing's raised minutes lost in the copy) with
# the full word's cases ("o godzinie 1800", "do godziny 1400", "w godzinach 1000-1400"),
# not the accusative "godzinę", also how long (see _TIME_PREFIXES).
_FOUR_DIGIT_CLOCK_WORDS = _CLOCK_WORDS | _words(
    {"godz", "godzina", "godziny", "godzinie", "godzinach", "ώρα", "ωρα", "orele"}  # "ώρα 1200"
)
# ... and the words that make the bare number after them an hour before its date
# ("alle 21 di lunedì 19 ottobre", "ore 21 del 3 marzo", "o godz. 18 dnia 5 maja",
# Romanian "la ora 14, sâmbătă, 4 mai").
_HOUR_BEFORE_DATE_WORDS = _FOUR_DIGIT_CLOCK_WORDS | {"alle", "ore", "ora", "dalle", "godzinie"}
# Polish hour words after which "10 00" is a clock: a listing's raised minutes ("10⁰⁰")
# flattened to a space in the copy (see Parser._spaced_minutes).
_SPACED_MINUTES_WORDS = _words({"godz", "godzina", "godziny", "godzinie", "godzinach"})
_AT_THE_HOUR = _words({"στις", "las", "les", "la"})
# "At the" before a bare hour that "of the day" and its noun follow: "a las 10 del día 5
# de mayo", "a les 10 del dia 5", "às 10 do dia 5", Galician "ás 10 do día 5".
_AT_THE_BEFORE_DAY_NOUN = _words({"las", "les", "as"})
_OF_THE = _words({"del", "do"})  # "of the" before a day noun (see Parser._day_noun_after)
# Articles and "to" before a range's end hour ("a las 14", "fins a les 14", "până la").
_END_TIME_ARTICLES = _words({"las", "les", "la", "a"})
# Greek "στις" (at the) is "on the" before a date only after its clock ("μέχρι τις 17:30
# στις 2 Ιανουαρίου 2017"): elsewhere it is the hour's.
_ON_THE_AFTER_CLOCK = _words({"στις"})
# Bulgarian and Ukrainian "on" before a weekday's date after its clock ("от 17 часа в
# неделя, 16 декември", "о 17 годині в неділю, 16 грудня", "з 18:00 у суботу"), as
# Czech "v" and Croatian "u" are: also "in", and "3 часа" counts hours too ("продължава
# 3 часа в събота" is how long), so only behind the clock's "at" or "from".
_ON_AFTER_PREFIXED_CLOCK = _words({"в", "във", "у"})
# Italian "per le 21", "entro le 12", "verso le 20": "le" alone is French "le 21 mai".
_ITALIAN_BEFORE_LE = frozenset({"per", "entro", "verso"})
# After a number, these make it an hour, not a day ("Saturday 3 pm", "sábado 20 h").
_HOURISH = _HOUR_MARKERS | _words({"am", "pm", "p"})
# Nouns a weekday's bare number counts, not a day: "domingo, 28 anos de existência".
_COUNTED_NOUNS = _words(
    {"anos", "años", "anys", "anni", "ans", "years", "jahre", "jaar", "jaren", "år", "lat",
     "let", "ani", "ετών", "χρόνια", "persone", "personas", "persones", "pessoas", "people",
     "km"}
)  # fmt: skip
# Currencies and measures after a decimal-comma number: a price or an amount, no clock
# even after a strong prefix ("steigt um 12,50 Euro", "a las 12,50 euros").
_AMOUNT_NOUNS = _COUNTED_NOUNS | _words(
    {"€", "$", "£", "%", "euro", "euros", "eur", "evro", "eura", "евро", "євро", "ευρώ",
     "zł", "zl", "złotych", "kč", "kc", "korun", "kr", "kn", "kuna", "kune", "лв", "lv",
     "лева", "грн", "ft", "forint", "lei", "ron", "chf", "fr", "franken", "m", "cm", "mm",
     "kg", "g", "l", "ha", "m²", "km²", "mio", "millionen", "millones", "milioni",
     "punkte", "puntos", "punti", "points", "prozent", "procent", "minuten", "minutos"}
)  # fmt: skip
# After a weekday's bare number these open a range of hours ("Montag 9 - 12 Uhr"); not
# the words that mean "at the" there ("venerdì 15 alle 21", "sábado 20 a las 22").
_DAY_RANGE_SIGNS = (_TIME_RANGE_WORDS | {"-"}) - _words({"alle", "ore", "las", "les", "as", "la"})
# What joins a bare day to the next day of a range or list (with the language's "and"
# words): a year-first date's first day, "2023. gada 7.-9. martā", "7., 8. un 9.".
_DAY_JOINS = _DAY_RANGE_SIGNS | {",", "/"}
# What may open a span of weekdays after hours: "(segunda a sexta)", ", du lundi au".
_WEEKDAY_SPAN_LEADS = _words(
    {"(", ",", "de", "du", "dal", "del", "from", "von", "van", "od", "fra", "fran", "da",
     "des", "vom", "z", "ze", "mezi", "entre"}
)  # fmt: skip
# "el próximo día 13", "no próximo dia 13", "el pròxim dia 13": the next such day.
_NEXT_BEFORE_DAY = frozenset({"proximo", "proxim"})
# Its plural before two or more days: "nos próximos dias 20 e 21", "los próximos días 20
# y 21", "els propers dies 20 i 21", "i prossimi giorni 20 e 21" (see Parser._next_days).
_NEXT_BEFORE_DAYS = frozenset({"proximos", "propers", "prossimi"})
_PLURAL_DAY_WORDS = frozenset({"dias", "dies", "giorni"})
# "Of" before relative day words joined by "and": a noun phrase's ("os desafios de hoje e
# amanhã", "the cities of today and tomorrow", "l'Europe d'aujourd'hui et demain"), no
# period of days; the first word reads alone, as "de hoje" alone does.
_RELATIVE_OF = _words({"de", "del", "di", "dell", "d", "of", "von", "van"})
_IN_BEFORE_MONTH = frozenset({"en", "em", "in", "no", "na", "nel", "nella"})
# "On" or "in" before a date, never a short weekday: after a numbered paragraph's dash
# ("1 – Em 19 de Setembro de 1895 foi fundada …") the date opens the paragraph, no range's
# end whose start was not read ("ma 15 – wo 17 jan 2024"); see Parser._after_unread_start.
_ON_BEFORE_DATE = _words({"em", "en", "el", "no", "na", "am", "im", "in", "le", "il", "op"})
# Words that date what follows them ("of", "on", "from"), before a day, a month and a
# year between slashes spaced on both sides ("Acta da reunião de 14 / 3 / 2016",
# "Sitzung vom 3 / 4 / 2019"; see Parser._spaced_slashes_read): a page count or a score
# has none ("Pages 6 / 10 / 2022").
_SPACED_SLASH_LEADS = (
    _ON_BEFORE_DATE | _DAY_PREPOSITIONS | _words({"de", "del", "do", "du", "of", "dal", "z"})
)
# Romanian "ultima sâmbătă a fiecărei luni" (of each month), "a lunii" (of the month):
# its "a" is also Portuguese "the", so only before these.
_ROMANIAN_OF_PERIODS = _words({"fiecărei", "fiecărui", "lunii", "anului", "lunei"})
# What never follows bare minutes after an hour word ("à 20 heures 30"): a date's or an
# hour's own signs.
_MINUTES_NOT_BEFORE = frozenset({".", ":", "-", "/"}) | _HOUR_MARKERS
# "Between" written after the two ends: Hungarian "X és Y között", Turkish "X ile Y
# arasında", Finnish "X ja Y välillä", Estonian "X ja Y vahel".
_BETWEEN_AFTER = _words(
    {"között", "arasında", "arasındaki", "arasından", "välillä", "vahel"}
)  # "arasındaki" before its noun; "arasından" ("from among") written for "arasında"
# "Dates" between the second date and "between": Turkish "… tarihleri arasında".
_DATES_NOUNS = _words({"tarihleri", "tarihler"})
# "Reaching" after "until": Italian "fino ad arrivare a", Spanish "hasta llegar a".
_REACHING = _words({"arrivare", "giungere", "llegar", "chegar"})
# "And" between two times, never "to": a span only after or before "between" ("tussen
# 12.00 en 13.00 uur"); "om 10.00 en 14.00 uur", "um 10 und 14 Uhr" are two times.
# Hour signs glued to a four-digit clock: "1527hr", "1700h".
_GLUED_HOURS = frozenset({"h", "hr", "hrs"})
_TIME_AND_WORDS = _words({"und", "and", "et", "og", "och", "en", "e", "y", "i"})
# "At" after such an "and", where it is also "to" ("de 9 a 16h"): the second time's own
# prefix, no range ("a les 9.30h i a les 16h", "à 10h et à 14h").
_AT_AFTER_AND = _words({"a", "à", "ás", "às"})
# Hour words that say "from" themselves (Hungarian "14 órától 20 óráig").
_FROM_HOUR_WORDS = _words({"órától", "oratol"})
# Hungarian "from" glued by a hyphen to a bare hour, its end "until" ("9-től 16-ig"):
# the hours' own case endings; a day takes its possessive ("október 9-étől 16-áig").
_HU_FROM_HOUR_ENDINGS = _words({"tól", "től"})
# A heading line that states the year of the dates below it ("Année 2023 :",
# "Sammanträdesdagar 2022"): words, then the year, maybe a colon; and what may stand
# before such a date on its own line (words, a list's number "01.", a numbered label
# "Week 1:"), in characters.
_HEADING_REACH = 60
# How far into the line right under a heading that is only a month and its year a day
# of that month takes the heading's year (see Parser._heading_year): a paragraph's
# first sentence or two, only words before the day (as _LINE_BEFORE_DATE has it).
_MONTH_PROSE_REACH = 200
_HEADING_WITH_YEAR = re.compile(
    # a Hungarian case ending on the year: "Ünnepi és nyári zárvatartás 2025-ben"
    # and Polish "r." (rok): "Harmonogram na 2019 r."; a heading's closing colon or
    # exclamation mark: "Velkomen til Såmmårsleg 2020!"; the year's ordinal dot (group
    # 2: "Dani općine Pitomača – Vidovo 2021.", see Parser._heading_year)
    r"[^\W\d][^\d\n]{0,40}?(?<!\d)(\d{4})(?:-[^\W\d]{1,3}|\s*r\.|(\.))?\s*(?::|!+)?"
    r"|(\d{4})(?!\d)[^\d\n]{1,40}:"  # "2024 m. švaros dienos bibliotekoje:"
)
# A subheading between a year's heading and the date: a few words, no number.
_SUBHEADING = re.compile(r"[^\W\d][^\d\n]{0,40}")
_LINE_BEFORE_DATE = re.compile(r"\s*(?:\d{1,2}[.)]\s+)?[^\d\n]*(?:\b\d{1,2}:\s+)?\Z")
# A heading that is only a month and its year ("SEPTEMBRIE 2017", Croatian "VELJAČA
# 2026." with the year's dot), on the folded text: it dates its own month only.
_MONTH_HEADING = re.compile(r"\s*([^\W\d_]+)\s+(\d{4})\.?\s*(?::|!+)?")
# A heading further up, for a date that names its weekday: so many lines (blank ones
# included) and characters back, at most.
_WEEKDAY_HEADING_LINES = 6
_WEEKDAY_HEADING_CHARS = 240
# The heading's own line, at most (the longest the table reads is 88 characters, "Det
# preliminära och planerade programmet för resten av året 2020 ser ut enligt
# följande:"): a longer line is a paragraph's prose, no heading ("Bhí Cuimhneachán …
# 2015 faoi stiúir an Aire …, ar an Iúr." over another paragraph's Saturday).
_WEEKDAY_HEADING_WIDTH = 100
_DIGIT_RUNS = re.compile(r"\d+")
# A school or season year on the folded text: "2022/23", "2022/2023", "2022-23".
_SCHOOL_YEAR = re.compile(r"(?<!\d)(\d{4}) ?[/-] ?(\d\d(?:\d\d)?)(?!\d)")
_SCHOOL_YEAR_SIGNS = frozenset({"/", "-"})
# What may follow the hour of a marked time ("9:00", "18h", "7 pm", "10 Uhr").
_AFTER_HOUR = _HOUR_MARKERS | _words({":", ".", ",", "h", "am", "pm", "a", "p", "in", "rn"})
# Plural hour words that also count a duration: after plain words and no time prefix, a
# bare hour with one of these is how long, not when ("durará 2 horas").
_DURATION_HOURS = _words(
    {"horas", "hores", "heures", "ore", "години", "годин", "hodiny", "timer", "valandos"}
)
# "For" before a count of hours: "sciopererà per 24 ore martedì 21 maggio", "durante 24
# horas", "pendant 24 heures", Czech "za 2 hodiny" (in two hours): how long, no clock.
_FOR_A_SPAN = _words({"per", "for", "für", "pendant", "durante", "durant", "za", "gedurende"})
# Basque case endings glued to a clock time ("19:00etan", "10:30ean", "18:00etatik").
_EU_TIME_ENDINGS = _words({"etan", "ean", "tan", "an", "etatik", "tik", "etara", "ra", "era"})
# Those only an hour takes (a day is "2an", "3tik", "5era"): "8etan", "10etatik 13etara".
_EU_HOUR_ENDINGS = _words({"etan", "etatik", "etara"})
# Month names that are common words too: English "may", "march"; Romanian "mai" (more).
_MONTH_HOMOGRAPHS = _words({"may", "march", "mai"})
# Portuguese weekdays without "-feira" that are ordinals too (Spanish, Portuguese,
# Galician "segunda convocatoria", Italian "quinta edizione"): after a date, before a
# lower-case word, they are a weekday only before one of the words a weekday takes
# (a preposition, an article, "and", a part of the day), never before a noun.
_ORDINAL_WEEKDAYS = _words({"segunda", "terça", "quarta", "quinta", "sexta"})
_WEEKDAY_FOLLOWERS = _words(
    {"e", "ou", "a", "à", "às", "ao", "aos", "as", "o", "os", "da", "das", "do", "dos", "de",
     "em", "no", "na", "nos", "nas", "num", "numa", "pela", "pelas", "pelo", "pelos", "para",
     "com", "até", "desde", "entre", "após", "durante", "partir", "feira", "próxima",
     "passada", "santa", "inteira"}
) | frozenset(DAY_PARTS)  # fmt: skip
# Portuguese weekdays by number: "2ª feira" is Monday ("segunda-feira").
_NUMBERED_WEEKDAYS = {"2": 0, "3": 1, "4": 2, "5": 3, "6": 4}
# Hungarian "point" (of rules, of an act) after dotted numbers: "1.1.11. pontja".
_SECTION_NOUNS = _words({"pont", "pontja", "pontjában", "pontban", "pontjának", "alpontja"})
# The heads of Turkish names that open with a year-less date, folded, as written after
# the name's other words (with their possessive ending, any case ending glued after it):
# "3 Temmuz Stadyumu’nda", "29 Ekim Caddesi", "23 Nisan Parkı", "15 Temmuz Şehitler
# Köprüsü", "19 Mayıs Üniversitesi", "29 Ekim Anadolu Lisesi" (see Parser._opens_name).
_TR_NAME_HEADS = tuple(
    _words(
        {"stadyumu", "stadı", "caddesi", "sokağı", "sokak", "bulvarı", "parkı", "meydanı",
         "köprüsü", "üniversitesi", "mahallesi", "okulu", "ilkokulu", "ortaokulu", "lisesi",
         "kulübü", "hastanesi", "salonu", "camii", "havalimanı", "istasyonu", "tesisleri",
         "sahası"}
    )
)  # fmt: skip
# Turkish "sport" as a club's last word after its town: "25 Mart Oltu Spor".
_TR_CLUB_WORD = "spor"
# Turkish "day" after a weekday that follows its date ("19 Mayıs 2017 Cuma günü ve …").
_TR_DAY_NOUNS = _words({"günü", "günleri"})
# Turkish case endings after an apostrophe on a clock time ("19.45'te" at, "10.00'dan"
# from, "17.00'ye kadar" until).
_TR_TIME_ENDINGS = _words(
    {"te", "ta", "de", "da", "ten", "tan", "den", "dan", "e", "a", "ye", "ya"}
)
# Hungarian hour adjectives after a hyphen: "17-órai kezdettel", "a 10-órás misén".
_HU_HOUR_ADJECTIVES = _words({"órai", "órás"})
_MOST_WORDS_BEFORE_TIME = 7
# Month endings "from" and "to" (Parser._case_range): Estonian elative and terminative
# ("26. juulist 30. juulini"), Finnish elative and illative ("1. tammikuusta 31.
# joulukuuhun").
_CASE_RANGE_ENDINGS = (("st", "ni"), ("kuusta", "kuuhun"))
# Weekdays "from" and "to" (Finnish elative and illative, Estonian elative and
# terminative) between a date and a clock: a weekly schedule's hours, not the date's
# ("avoinna 30.8.2019 asti tiistaista lauantaihin kello 11–17"). Not weekday names of the
# lexicon: none is a date's own weekday.
_WEEKDAY_SPAN_CASES = _words(
    {"maanantaista", "maanantaihin", "tiistaista", "tiistaihin", "keskiviikosta",
     "keskiviikkoon", "torstaista", "torstaihin", "perjantaista", "perjantaihin",
     "lauantaista", "lauantaihin", "sunnuntaista", "sunnuntaihin",
     "esmaspäevast", "esmaspäevani", "teisipäevast", "teisipäevani", "kolmapäevast",
     "kolmapäevani", "neljapäevast", "neljapäevani", "reedest", "reedeni", "laupäevast",
     "laupäevani", "pühapäevast", "pühapäevani"}
)  # fmt: skip
# The most words on the line under a date before its clock's prefixes: an entry's short
# subject and verb ("Sábado 19 de agosto:\nComienzan los actos a las 8.00 horas"); more
# are prose, whose clock is its own (see Parser._words_on_next_line).
_MOST_WORDS_ON_NEXT_LINE = 3
_MOST_LABEL_VALUE = 10
"""Tokens of a "Label: value" line an event card's time label may follow (a place)."""
"""Plain words a time may follow its date by, when a strong prefix ("la ora", "um")
announces it; two without one."""
# Words between a time and the date after it ("at 7 pm on Friday", "14h le 5 mai").
_TIME_DATE_LINKS = _words(
    {"on", ",", "le", "am", "el", "il", "den", "the", "-", "o", "pa", "di", "de", "del",
     # "on" before a weekday's date: "om 10 uur op zaterdag 4 mei", "od 10 do 14 hodin v
     # sobotu 4. května", "o godz. 10 w sobotę 4 maja", "u 10 sati u subotu 4. svibnja"
     "op", "v", "ve", "w", "we", "u",
     "dia", "hodini", "годині", "годину", "godzinie", "godz", "heures", "h", "uur", "uhr", "/",
     # a post's meta line, the clock before its date across a bar or a middle dot:
     # "15:38 / 15.05.2018", "06:00 · 23.09.2019"
     "на", "ar", "an", "dnia", "|", "·", "pe", "την", "τη", "το", "της", "του", "tal",
     # "às 20h desta segunda-feira (17)", "a las 20 h de este sábado 5", "às 19h, na
     # próxima terça-feira (17.12)"
     "desta", "deste", "nesta", "neste", "este", "esta", "na", "no",
     # before a list of days: "de 9:00 a 13:00 els dies 21 de desembre … i …", "a las
     # 20 h los días 2 y 5", "um 10.00 Uhr, der 12.11., 03.12. und 10.12.2011"
     "els", "dies", "los", "días", "dias", "der"}
)  # fmt: skip


def _pictograph(tok: str) -> bool:
    """An emoji or other symbol that bullets an event line ("📅 Vasario 16 d.\n🕚 11.00
    val."), with its variation selector or joiner: read like a time prefix."""
    return len(tok) == 1 and unicodedata.category(tok) in {"So", "Mn", "Cf"}


def _by_first_word(
    phrases: Iterable[tuple[tuple[str, ...], _T]],
) -> dict[str, tuple[tuple[tuple[str, ...], _T], ...]]:
    """Phrases indexed by their first token: one dict lookup per token, however many
    phrases the languages bring."""
    index: dict[str, list[tuple[tuple[str, ...], _T]]] = {}
    for words, value in phrases:
        index.setdefault(words[0], []).append((words, value))
    return {first: tuple(entries) for first, entries in index.items()}


# What a street word before a date may end with (see Parser._after_street_word).
_STREET_BEFORE = STREET_LINKS | STREET_WORDS | {"."}
_ZONE_PHRASES_BY_WORD = _by_first_word(_NAMED_ZONE_PHRASES)
_HOUR_ZONE_WORDS = _HOUR_MARKERS & frozenset(_ZONE_PHRASES_BY_WORD)
# Every word Parser._zone_name may start at: one set test before its call.
_ZONE_NAME_WORDS = frozenset(
    [*_ZONE_WORDS, *_ZONE_PHRASES_BY_WORD, *_CAPITAL_ZONE_WORDS, *_REGION_ZONES, *_TZ_AREAS]
)  # "heure de Bruxelles"
_CLOCK_PHRASES = _by_first_word([(w, 12) for w in NOON_WORDS] + [(w, 0) for w in MIDNIGHT_WORDS])
# What every time starts with: a digit or a clock word ("noon"). Where neither occurs in
# the rest of the text no time can follow a date, and a search and a set test spare the
# prefix, word and time readers: most dates in prose have no time.
_DIGIT_RE = re.compile("[0-9]")
# Hours as words (see HOURS_IN_WORDS), folded.
_HOURS_IN_WORDS = {unaccented_lower(word): hour for word, hour in HOURS_IN_WORDS.items()}
_HOUR_ARTICLES = frozenset({"la", "las", "les", "a", "as"})
_HOUR_ARTICLES_AFTER_A = frozenset({"las", "les"})  # see _hour_article
# What closes a bare hour after "a las" right after a date (see _hour_article): a comma,
# a semicolon, the text's end ("sábado 19 a las 11; domingo 20 a las 12").
_BARE_HOUR_CLOSES = frozenset({",", ";", ""})
_CLOCK_FIRST_WORDS = (
    frozenset(_CLOCK_PHRASES)
    | frozenset(_HOURS_IN_WORDS)
    | frozenset(ROMANCE_HOURS)
    | {HALF_BEFORE_HOUR}
)
_YEAR_SUFFIXES_BY_WORD = _by_first_word((suffix, None) for suffix in _YEAR_SUFFIXES)
_MERIDIEMS = {"am": "am", "pm": "pm", "πμ": "am", "μμ": "pm"}
# Dotted pairs: "a.m.", Greek "π.μ."/"μ.μ.", Irish "r.n." (roimh nóin) and "i.n." (iarnóin).
_DOTTED_MERIDIEMS = {
    ("a", "m"): "am", ("p", "m"): "pm", ("π", "μ"): "am", ("μ", "μ"): "pm",
    ("r", "n"): "am", ("i", "n"): "pm",
}  # fmt: skip
_MERIDIEM_LETTERS = frozenset(first for first, _ in _DOTTED_MERIDIEMS)
# Irish "i.n." and "r.n." without their dots, glued to the hour ("ó 4in ar an Aoine"):
# apart from a number, "in" is a word of many languages (and "în" Romanian "in").
_GLUED_MERIDIEMS = {"in": "pm", "rn": "am"}
# Periods of the day that make a bare hour am or pm ("στις 7 το απόγευμα" is 19:00).
# Romance ones too ("a les 12 del migdia", "a las 7 de la tarde", "alle 9 del mattino"),
# not the night's, whose 12 is midnight.
_DAY_PERIODS = _by_first_word(
    (_phrases((phrase,))[0], half)
    for phrase, half in (
        ("το πρωί", "am"), ("το μεσημέρι", "pm"), ("το απόγευμα", "pm"), ("το βράδυ", "pm"),
        ("in the morning", "am"), ("in the afternoon", "pm"), ("in the evening", "pm"),
        ("del matí", "am"), ("del migdia", "pm"), ("de la tarda", "pm"), ("del vespre", "pm"),
        ("de la mañana", "am"), ("del mediodía", "pm"), ("de la tarde", "pm"),
        ("da manhã", "am"), ("da mañá", "am"), ("da tarde", "pm"),
        ("del mattino", "am"), ("di mattina", "am"), ("del pomeriggio", "pm"),
        ("di sera", "pm"), ("della sera", "pm"),
        ("du matin", "am"), ("de l'après-midi", "pm"), ("du soir", "pm"),
        # Slovenian, Croatian, Maltese ("ob 8. uri zvečer", "u 8 sati navečer",
        # "fl-għaxra ta' filgħodu"); not the night's ("ponoči"), which spans midnight
        ("zjutraj", "am"), ("dopoldne", "am"), ("popoldne", "pm"), ("zvečer", "pm"),
        ("ujutro", "am"), ("prijepodne", "am"), ("poslijepodne", "pm"), ("navečer", "pm"),
        ("uvečer", "pm"), ("ta' filgħodu", "am"), ("ta' filgħaxija", "pm"),
        ("ta' wara nofsinhar", "pm"), ("filgħodu", "am"), ("filgħaxija", "pm"),
        # after the hour in more of the added languages: Estonian "kell 7 õhtul", Irish
        # "ar a 5.00 tráthnóna", Finnish "klo 7 illalla", Latvian "plkst. 7 vakarā",
        # Lithuanian "7 val. vakare", Bulgarian "в 7 часа вечерта", Ukrainian "о 7
        # вечора", Romanian "ora 7 seara"
        ("õhtul", "pm"), ("hommikul", "am"), ("pärastlõunal", "pm"), ("tráthnóna", "pm"),
        ("ar maidin", "am"), ("illalla", "pm"), ("aamulla", "am"), ("iltapäivällä", "pm"),
        ("vakarā", "pm"), ("no rīta", "am"), ("vakare", "pm"), ("ryte", "am"),
        ("вечерта", "pm"), ("сутринта", "am"), ("вечора", "pm"), ("ранку", "am"),
        ("seara", "pm"), ("dimineața", "am"),
    )
)  # fmt: skip
# A part of the day after a relative word, before the date that restates the day
# ("Domani sera, mercoledì 9 ottobre, alle 20.30", "Tomorrow evening, Wednesday 9
# October, at 8.30pm", "sutra navečer"), with the half of the day it gives bare hours:
# the parts written after a weekday, the one-word periods written after an hour, and
# the Romance evenings and mornings.
_PARTS_AFTER_RELATIVE = {
    **DAY_PARTS,
    **{words[0]: half for entries in _DAY_PERIODS.values() for words, half in entries
       if len(words) == 1},
    **{unaccented_lower(word): half for word, half in (
        ("sera", "pm"), ("mattina", "am"), ("pomeriggio", "pm"), ("soir", "pm"),
        ("matin", "am"))},
}  # fmt: skip
# Parts of the day that label a programme's entries on the lines under a date heading
# ("Mañana: Taller de Teatro", "Tarde:", "Morning:"; Parser._period_entry), behind at
# most two words ("Por la mañana:", "In the evening:"), and the signs after the label.
_PERIOD_LABELS = frozenset(_PARTS_AFTER_RELATIVE) | _words(
    {"mañana", "tarde", "noche", "madrugada", "manhã", "noite", "matí", "tarda", "vespre",
     "nit", "mattino", "notte", "soirée", "night", "afternoon", "evening", "morning"}
)  # fmt: skip
_LABEL_SIGNS = frozenset({":", "-"})
# A copula after a relative word, before a full date that restates the day ("Hoy es
# Domingo 16 de Noviembre de 2025", "Today is Sunday 16 November 2025", "Heute ist
# …", "Dnes je …", "Idag är …"), folded: "e" stands for Portuguese "é" and Italian "è"
# only as written with its accent (bare, it is "and").
_RELATIVE_COPULAS = frozenset(
    {"es", "is", "e", "est", "ist", "er", "ar", "on", "je", "jest", "este", "ir", "yra",
     "ειναι", "е"}
)  # fmt: skip
# What may stand between that copula and the date: German's article, the Dutch and
# Nordic "it" ("Vandaag is het zondag …", "Idag är det söndag …"), the day noun ("Hoje
# é dia 16 de novembro de 2025").
_AFTER_COPULA = frozenset({"der", "het", "det", "dia"})
# Periods of the day written before the hour (Hungarian "délután 3 órakor", "este 7
# órakor", "reggel 9"; Estonian "õhtul kell 7"); not the night's, which spans midnight.
_PERIODS_BEFORE_HOUR = {
    unaccented_lower(word): half
    for word, half in (
        ("délután", "pm"), ("este", "pm"), ("reggel", "am"), ("délelőtt", "am"),
        ("õhtul", "pm"), ("hommikul", "am"), ("pärastlõunal", "pm"),
        # Basque "arratsaldeko 20:00etan", "goizeko 10etan" (of the afternoon/morning)
        ("arratsaldeko", "pm"), ("goizeko", "am"), ("iluntzeko", "pm"),
    )
}  # fmt: skip
# Nights written after the hour ("a las 10 de la noche", "às 10 da noite", "alle 10 di
# notte", "at 10 at night"): a 7-11 is pm, as before "at" (_NIGHTS); the night's 12 and
# 1-6 span midnight, so the clock is not read (Parser._night_after_hour).
_NIGHTS_AFTER_HOUR = _by_first_word(
    (_phrases((phrase,))[0], None)
    for phrase in ("de la noche", "da noite", "de noite", "della notte",
                   "di notte", "de la nit", "at night", "de la nuit")
)  # fmt: skip
# Periods of the day written before "at" the hour ("το απόγευμα στις 6.30", "in the
# evening at 7", "am Abend um 7 Uhr", "por la tarde a las 7", "wieczorem o godz. 7"),
# indexed by their last word, with the lowest hour they move: an afternoon's or an
# evening's 1 to 11 are pm, a night's only 7 to 11 (its 1 to 6 are after midnight).
# Mornings move nothing. Not the words that are other words elsewhere before "at": a
# bare Spanish or Portuguese "tarde" is also "late" ("llegó tarde a las 9"), Italian
# "sera" also Spanish "será", Hungarian "este" also Romance "this".
_PERIODS_BEFORE_AT: dict[str, tuple[tuple[tuple[str, ...], int], ...]] = {}
_AFTERNOONS_AND_EVENINGS = (
    "απόγευμα", "βράδυ", "afternoon", "evening", "abend", "abends", "nachmittag",
    "nachmittags", "avond", "avonds", "middags", "namiddag", "soir", "soirée", "l'après-midi",
    "pomeriggio", "serata", "di sera", "la sera", "alla sera", "della sera", "por la tarde",
    "en la tarde", "de la tarde", "a la tarda", "per la tarda", "al vespre", "à tarde",
    "á tarde", "pela tarde", "pola tarde", "de tarde", "wieczorem", "po południu", "večer",
    "odpoledne", "popoludní", "navečer", "uvečer", "poslijepodne", "popodne", "zvečer",
    "popoldne", "seara", "după-amiaza", "вечерта", "следобед", "ввечері", "увечері",
    "вечором", "vakare", "popiet", "vakarā", "pēcpusdienā", "illalla", "iltapäivällä",
    "kvällen", "eftermiddagen", "aftenen", "kvelden", "ettermiddagen", "kvöldið",
    "síðdegis", "akşam", "öğleden sonra", "tráthnóna",
)  # fmt: skip
_NIGHTS = (
    "night", "nacht", "nachts", "nuit", "por la noche", "en la noche", "a la nit", "à noite",
    "á noite", "pela noite", "pola noite", "de noite", "w nocy", "v noci", "noću", "ponoči",
    "noaptea", "нощта", "вночі", "naktį", "naktī", "yöllä", "öösel", "natten", "gece",
)  # fmt: skip
for _phrase, _lowest in [(p, 1) for p in _AFTERNOONS_AND_EVENINGS] + [(p, 7) for p in _NIGHTS]:
    _words_before = _phrases((_phrase,))[0]
    _PERIODS_BEFORE_AT[_words_before[-1]] = (
        *_PERIODS_BEFORE_AT.get(_words_before[-1], ()),
        (_words_before, _lowest),
    )
# The "at" words, clock words and prefixes between such a period and its hour, and a
# comma ("à tarde, às 3").
_AT_AFTER_PERIOD = _words(
    {"at", "um", "alle", "ore", "στις", "a", "à", "las", "les", "la", "ora", "às", "ás",
     "o", "godz", "godzinie", "om", "ob", "u", "v", "ve", "в", "о", "об", "у", "kl", ".",
     "klo", "kello", "kell", "klockan", "klokken", "klokka", "klukkan", "plkst",
     "pulksten", "saat", "val", "ar", ","}
)  # fmt: skip
# "Of this year" abbreviations after a day and month: Romanian "a.c.", Polish "br.",
# Czech/Slovak "t.r.", Croatian "o.g.", Slovenian "t.l.", German "d.J.", Italian "c.a.".
_THIS_YEAR_BY_WORD = _by_first_word(
    [(tuple(words), 0)
     for words in (["a", ".", "c", "."], ["br", "."], ["b", ".", "r", "."], ["t", ".", "r", "."],
                   ["o", ".", "g", "."], ["t", ".", "l", "."], ["d", ".", "j", "."],
                   ["c", ".", "a", "."])]
    # Danish and Norwegian "d.å." (dette år), Swedish "i.å." (innevarande år), Icelandic
    # "þ.á." (þessa árs); German "n. J." and "v. J." (nächsten, vorigen Jahres)
    + [(tuple(words), offset)
       for words, offset in ((["d", ".", "a", "."], 0), (["i", ".", "a", "."], 0),
                             (["þ", ".", "a", "."], 0), (["n", ".", "j", "."], 1),
                             (["v", ".", "j", "."], -1))]
    # "Of last year", "of next year", "of this year" after a year-less date ("5.
    # listopada prošle godine", "5 жовтня минулого року", "pe 5 octombrie anul trecut",
    # "5 ta' Ottubru tas-sena l-oħra", "5 Deireadh Fómhair anuraidh", "am 3. März
    # nächsten Jahres", "den 18 mars nästa år"): the reference's year plus the offset,
    # never the nearest year, which put "on 3 March next year" on a May page in March
    # of the page's own year.
    + [(_phrases((phrase,))[0], offset)
       for phrase, offset in (
           ("prošle godine", -1), ("iduće godine", 1), ("sljedeće godine", 1),
           ("ove godine", 0), ("lanskega leta", -1), ("minulého roka", -1),
           ("budúceho roka", 1), ("tohto roka", 0), ("миналата година", -1),
           ("тази година", 0), ("минулого року", -1), ("наступного року", 1),
           ("цього року", 0), ("anul trecut", -1), ("anul viitor", 1),
           ("anul acesta", 0), ("του περασμένου έτους", -1), ("του επόμενου έτους", 1),
           ("του τρέχοντος έτους", 0), ("de l'any passat", -1), ("de l'any vinent", 1),
           ("do ano pasado", -1), ("viime vuonna", -1), ("ensi vuonna", 1),
           ("eelmisel aastal", -1), ("järgmisel aastal", 1), ("tas-sena l-oħra", -1),
           ("tas-sena d-dieħla", 1), ("anuraidh", -1), ("i mbliana", 0),
           ("next year", 1), ("last year", -1), ("this year", 0), ("of next year", 1),
           ("of last year", -1), ("of this year", 0), ("nächsten Jahres", 1),
           ("kommenden Jahres", 1), ("des nächsten Jahres", 1),
           ("des kommenden Jahres", 1), ("dieses Jahres", 0), ("diesen Jahres", 0),
           ("laufenden Jahres", 0), ("des laufenden Jahres", 0), ("letzten Jahres", -1),
           ("vergangenen Jahres", -1), ("des letzten Jahres", -1),
           ("des vergangenen Jahres", -1), ("des Vorjahres", -1), ("volgend jaar", 1),
           ("van volgend jaar", 1), ("vorig jaar", -1), ("van vorig jaar", -1),
           ("dit jaar", 0), ("van dit jaar", 0), ("de l'année prochaine", 1),
           ("l'année prochaine", 1), ("de l'an prochain", 1), ("l'an prochain", 1),
           ("de l'année dernière", -1), ("l'année dernière", -1), ("de l'an dernier", -1),
           ("l'an dernier", -1), ("de l'année passée", -1), ("de cette année", 0),
           ("de l'année en cours", 0), ("del próximo año", 1), ("del año próximo", 1),
           ("del año que viene", 1), ("del año pasado", -1), ("del pasado año", -1),
           ("de este año", 0), ("del presente año", 0), ("del año en curso", 0),
           ("del corriente año", 0), ("del prossimo anno", 1), ("dell'anno prossimo", 1),
           ("dello scorso anno", -1), ("dell'anno scorso", -1), ("di quest'anno", 0),
           ("dell'anno in corso", 0), ("del corrente anno", 0), ("do próximo ano", 1),
           ("do ano que vem", 1), ("do ano passado", -1), ("deste ano", 0),
           ("do corrente ano", 0), ("do presente ano", 0), ("de l'any que ve", 1),
           ("d'aquest any", 0), ("nästa år", 1), ("förra året", -1), ("i fjol", -1),
           ("næste år", 1), ("sidste år", -1), ("neste år", 1), ("i fjor", -1),
           ("i år", 0), ("przyszłego roku", 1), ("bieżącego roku", 0), ("tego roku", 0),
           ("ubiegłego roku", -1), ("zeszłego roku", -1), ("příštího roku", 1),
           ("letošního roku", 0), ("tohoto roku", 0), ("loňského roku", -1),
           ("minulého roku", -1), ("prihodnjega leta", 1), ("letošnjega leta", 0),
       )]
)  # fmt: skip
# The same written before the date ("tavaly október 5-én", "joan zen urteko abenduaren
# 23an", "lani 5. oktobra", "pagājušā gada 5. oktobrī", "praėjusių metų spalio 5 d.",
# "geçen yıl 5 Ekim'de"), indexed by their last word.
_YEAR_BEFORE_BY_LAST_WORD: dict[str, tuple[tuple[tuple[str, ...], int], ...]] = {}
for _phrase, _offset in (
    ("tavaly", -1),
    ("jövőre", 1),
    ("idén", 0),
    ("joan zen urteko", -1),
    ("joan den urteko", -1),
    ("iazko", -1),
    ("datorren urteko", 1),
    ("aurtengo", 0),
    ("lani", -1),
    ("letos", 0),
    ("pagājušā gada", -1),
    ("nākamā gada", 1),
    ("šī gada", 0),
    ("praėjusių metų", -1),
    ("kitų metų", 1),
    ("šių metų", 0),
    ("geçen yıl", -1),
    ("gelecek yıl", 1),
    ("bu yıl", 0),
):
    _words_before = _phrases((_phrase,))[0]
    _YEAR_BEFORE_BY_LAST_WORD[_words_before[-1]] = (
        *_YEAR_BEFORE_BY_LAST_WORD.get(_words_before[-1], ()),
        (_words_before, _offset),
    )
# "That is" before a restated weekday: Slovak/Czech "t.j.", "tj.", "tzn.", German "d.h.",
# English "i.e.", Scandinavian "dvs.".
_THAT_IS = _by_first_word(
    (tuple(words), None)
    for words in (["t", ".", "j", "."], ["tj", "."], ["tzn", "."], ["d", ".", "h", "."],
                  ["i", ".", "e", "."], ["dvs", "."], ["d", ".", "v", ".", "s", "."],
                  ["vagyis"])
)  # fmt: skip
# First tokens of a meridiem or a period of the day (see Parser._meridiem).
_MERIDIEM_STARTS = (
    frozenset(_MERIDIEMS)
    | frozenset(_MERIDIEM_LETTERS)
    | frozenset(_DAY_PERIODS)
    | frozenset(_GLUED_MERIDIEMS)
)
# Icelandic "next" and "last" abbreviations after a year-less date ("3. nóv n.k. frá kl
# 13 -18", "10. apríl s.l. kl. 14"), longest first: the time after them is the date's,
# as after "le 5 mai prochain"; the date's span takes them only with that time, as the
# table has "31. desember s.l." (see Parser.times_and_zone).
_NEXT_OR_LAST_AFTER = _by_first_word(
    (tuple(words), None)
    for words in (["n", ".", "k", "."], ["n", ".", "k"], ["nk", "."], ["nk"],
                  ["s", ".", "l", "."], ["s", ".", "l"], ["sl", "."])
)  # fmt: skip
_TIME_START_SIGNS = frozenset({"(", ")"}) | frozenset(_THAT_IS)
"""What :meth:`Parser._time_start` steps past: an aside, a bracket, "that is"."""
# Latvian "nedēļa" (week) and "nedēļu", folded as Slovak "nedeľa" and "nedeľu" (Sunday):
# after a Latvian "last" or "next" word the week, no weekday.
_LATVIAN_WEEK = frozenset({"nedela", "nedelu"})
# "Of this month" after a day: Polish "bm."/"b.m." (bieżącego miesiąca), Czech and
# Slovak "t.m.", German "d.M.", Italian "c.m." / "corrente" (an old letter's "la Sua
# lettera del 24 corrente"), French "courant", Spanish "del corriente"
# / "del cte.", Portuguese "do corrente", Dutch "dezer", English "inst.".
# The value says whose month: True the reference's (Item.this_month), False the month
# of the date before it, "of the said month" (Item.said_month): "comenzará … Lunes 6 de
# febrero y se prolongará hasta el viernes día 10 del mencionado mes".
_THIS_MONTH_BY_WORD = _by_first_word(
    [(tuple(words), True)
     for words in (["bm", "."], ["b", ".", "m", "."], ["t", ".", "m", "."], ["d", ".", "m", "."],
                   ["c", ".", "m", "."], ["courant"], ["corrente", "mese"], ["corrente"],
                   ["corr", ".", "mese"], ["del", "corrente", "mese"], ["del", "corriente"],
                   ["del", "cte", "."],
                   ["de", "los", "corrientes"], ["do", "corrente"], ["dezer"], ["inst", "."],
                   ["de", "este", "mes"], ["del", "presente", "mes"], ["de", "ce", "mois"],
                   ["di", "questo", "mese"], ["deste", "mes"], ["of", "this", "month"],
                   ["dieses", "monats"], ["tego", "miesiaca"], ["tohoto", "mesice"])]
    + [(tuple(words), False)
       for words in (["del", "mencionado", "mes"], ["del", "citado", "mes"],
                     ["del", "mismo", "mes"], ["de", "dicho", "mes"], ["del", "referido", "mes"],
                     ["do", "mesmo", "mes"], ["do", "referido", "mes"], ["do", "citado", "mes"],
                     ["do", "mencionado", "mes"], ["dello", "stesso", "mese"],
                     ["del", "medesimo", "mese"], ["du", "meme", "mois"],
                     ["del", "mateix", "mes"], ["of", "the", "same", "month"],
                     ["desselben", "monats"])]
)  # fmt: skip
# "At the latest" between an end verb or a range word and the last day ("och stänger
# senast 16 oktober", "5 januari–senast 8 januari 2026", "schließt spätestens am 16.
# Oktober", "bis spätestens 8. Januar"): the day is the end (see Parser._latest).
_LATEST_BY_WORD = _by_first_word(
    (tuple(unaccented_lower(word) for word in words.split()), None)
    for words in ("senast", "senest", "spätestens", "uiterlijk", "viimeistään", "hiljemalt",
                  "najpóźniej", "nejpozději", "najneskôr", "najkasnije", "najpozneje",
                  "legkésőbb", "vėliausiai", "vēlākais", "найпізніше", "at the latest",
                  "no later than", "not later than", "au plus tard", "a más tardar",
                  "al più tardi", "o mais tardar", "cel târziu", "cel mai târziu", "ne vēlāk kā",
                  "το αργότερο", "най - късно", "í síðasta lagi", "op zijn laatst")
)  # fmt: skip
# Their last words: a list join ending in one skipped "and" and an "at the latest" (see
# Parser.separator), which only "between" makes a range's end.
_LATEST_LAST_WORDS = frozenset(
    words[-1] for entries in _LATEST_BY_WORD.values() for words, _ in entries
)
_CITATION_LINKS = frozenset({"de", "do", "da", "del"})  # "Ley 7/1985, de 2 de abril"
# What closes a cited act's day and month written without their final dot ("Lei nº
# 75/2013 de 12.09, convoco", "(Ley 5/2015, de 30.10)"): a comma, a bracket or the
# text's end (the token list's padding); a clock's word or minutes keep it a clock.
_CITED_DAY_MONTH_ENDS = frozenset({",", ")", "]", ""})
# What stands right before an act's number when a comma alone joins its day to it, as
# Portuguese acts are cited ("Decreto n.º 8/2020, 8 de novembro"), or before a year-first
# number ("Nº 2017/9, de 26 de octubre"): a number sign (its dot and ordinal letter
# passed) or the act's name ("Lei 75/2013, 12 de setembro").
_ACT_SIGNS = _words(
    {"n", "no", "nº", "num", "núm", "nr", "nro", "numero", "número", "lei", "ley", "llei",
     "decreto", "decret", "portaria", "despacho", "resolução", "resolución", "orden",
     "ordem", "aviso"}
)  # fmt: skip
_ACT_SIGN_MARKS = frozenset({".", "o", "°", "º"})
# Basque acts, named after their number: "13/1988 Legea, urriaren 28koa" (the law of
# 28 October), "38/2000 DEKRETUA, otsailaren 29koa".
_BASQUE_ACTS = _words(
    {"legea", "legeak", "dekretua", "dekretuak", "agindua", "aginduak", "ebazpena",
     "ebazpenak", "erabakia", "erabakiak", "araua", "arauak", "dekretu-legea"}
)  # fmt: skip
# "t/m", "t.o.m.": Dutch "tot en met", Swedish "till och med" (Danish and Norwegian
# "til og med"); Flemish "t.e.m." (tot en met), also without its final dot, and "t.om.".
_RANGE_PHRASES = (
    ["t", ".", "o", ".", "m", "."],
    ["t", ".", "o", ".", "m"],
    ["t", "/", "m"],
    ["t", ".", "e", ".", "m", "."],
    ["t", ".", "e", ".", "m"],
    ["t", ".", "om", "."],
    ["t", ".", "om"],
)
# The same words spaced and without dots ("2005-08-01 t o m 2005-10-31", "t om", "tom",
# "t e m"): also Swedish "even" ("t o m 500 personer") and "empty" ("tom"), so only
# between two dates (see Parser._bare_range_phrase).
_BARE_RANGE_PHRASES = (["t", "o", "m"], ["t", "om"], ["t", "e", "m"], ["tom"])
MAX_ITEMS = 12
"""Most items one expression may chain."""
_VERB_MONTHS = frozenset({"may", "march"})
# The first two digits of a year written where other numbers are as likely ("19.03
# 2013", "20221031-20221104"): 19xx and 20xx, no historic or far years.
_PLAIN_CENTURIES = frozenset({"19", "20"})
# Words between a range opener and its first day ("entre los días 16 y 21 de
# septiembre", "from the 4th to the 5th", Catalan "entre els dies 1 …", "entre l'1 …"),
# and the "day" word of "el próximo día 13".
_DAY_WORDS = _words(
    {"the", "days", "los", "las", "dias", "giorni", "i", "les", "jours", "den", "dagen",
     "tagen", "dni", "dny", "d", "dia", "dnia", "day", "el", "le", "il", "la", "o", "os",
     "as", "els", "dies", "l", "'", "dem"}
)  # fmt: skip
# Words a bare day may follow with the space lost ("del30 al 31 de maig", "vom16. - 18.
# Juni", "den16-18 juni"): a number glued to any other word is the word's (a name's:
# "Regio8", "Radio7", "Top10"; see Parser._name_number).
_GLUED_DAY_LEADS = RANGE_OPENERS | _SPACED_SLASH_LEADS | _DAY_WORDS

# Scandinavian "den" (the, before a day) abbreviated, with its dot: "lørdag d. 4. maj",
# Swedish "söndag de. 31/1". Irish writes Thursday "Dé." capitalised: in lower case
# "de." is the article (Parser.weekday).
_DEN_ABBREVIATIONS = frozenset({"d", "de"})

# "Day" between a range word and its end, with its "of" ("dal giorno di giovedì 8 agosto
# 2019 al giorno di domenica 11 agosto 2019"): Italian, French; the Iberian "dia" and
# "de" are fillers already (see Parser._day_noun_of).
_END_DAY_NOUNS = _words({"giorno", "giornata", "jour", "journée"})
_DAY_NOUN_LINKS = _words({"di", "del", "della", "de", "du"})
# "Day" before a day number ("el día 26", "il giorno 5"), singular only.
_DAY_NOUNS = _words({"dia", "día", "giorno", "jour"})
# "Day" before a programme day's number, a label's ("Ziua 1 - sâmbătă 03.08.2013", "Day
# 1 – Saturday 3 August 2013", "Tag 2 – Sonntag, 4. August"; see Parser._day_label): not
# Scandinavian "den" ("Den 1.–3. august": the article), nor Czech "den", Slovak "deň"
# folded to it.
_DAY_LABEL_NOUNS = _DAY_NOUNS | _words(
    {"day", "ziua", "tag", "dag", "dzień", "päivä", "päev", "diena", "dan", "dagur",
     "eguna", "jum", "ημέρα", "ден", "день"}
)  # fmt: skip

_PAD = 16
"""Empty tokens after the last (and, read backwards, before the first): lookahead and
lookbehind index the lists directly, with no bounds test. Every index the grammar
reads lies within a few tokens of a real one."""


@dataclass(slots=True)
class Tokens:
    """Folded token texts with their character offsets in the original text.

    The three lists carry :data:`_PAD` sentinels past the ``n`` real tokens: the text
    ``""`` (no number, word or sign), offsets that never touch (start -1, end -2), so
    ``text[i]`` and :meth:`adjacent` need no bounds test, at ``i < 0`` too."""

    text: list[str]
    start: list[int]
    end: list[int]
    n: int
    folded: str
    """The whole text folded as the tokens are (same length and offsets)."""

    def __len__(self) -> int:
        return self.n

    def adjacent(self, i: int) -> bool:
        """True if token ``i`` starts right where token ``i - 1`` ends."""
        return self.start[i] == self.end[i - 1]


class _TokenFold(dict[int, str]):
    """``str.translate`` table, filled on first use: each character folded (case,
    accents; one character for one, so offsets hold), every dash "-", every apostrophe
    "'", a backslash "/", and other scripts' digits ("١٢") an inert "\\x00": not dates we read."""

    def __missing__(self, code: int) -> str:
        folded = unaccented_lower(chr(code))
        folded = folded.translate(_SIGNS)
        if folded.isdigit() and not folded.isascii():
            folded = "\x00"
        self[code] = folded
        return folded


_TOKEN_FOLD = _TokenFold()
# The same fold as a plain dict of code points, for text no code page below covers, in
# the scripts the members write (Latin, Greek, Cyrillic with their diacritics, and the
# dashes and quotes of General Punctuation): ``str.translate`` looks a plain dict up far
# faster than a subclass (3.2 against 5.4 µs a text). Built on first use; any other
# character sends the text through the lazy table.
_FAST_FOLD_RANGES = ((0x0000, 0x0530), (0x1E00, 0x20D0))
_OUTSIDE_FAST_FOLD = re.compile("[^\x00-\u052f\u1e00-\u20cf]")
_FAST_FOLD: dict[int, int] = {}


# Text within one Windows code page (1252: Latin-1 with the dashes, quotes and euro sign
# of General Punctuation, the western languages; 1250 central European, 1251 Cyrillic,
# 1257 Baltic, 1253 Greek, 1254 Turkish) folds through the byte codecs: encoded, then
# decoded with a table of each byte's folded character. Two C calls at a few
# instructions a character, where ``str.translate`` looks each one up in a dict (about
# 2 against 4 µs a text). A page is tried by encoding with it ("strict": a character
# outside raises at once), and only the pages that hold the text's first non-ASCII
# character, the most written first: western text encodes once, Greek or Cyrillic text
# goes to its own page (a regex test for a character outside each page, page after
# page, cost 14 % more on the fold).
def _byte_fold(code_page: ModuleType) -> tuple[_EncodingMap, str]:
    """The code page's encoding map and its folding decode table."""
    folded = "".join(
        ch if ch == "\ufffe" else _TOKEN_FOLD[ord(ch)] for ch in code_page.decoding_table
    )
    return code_page.encoding_table, folded


_BYTE_FOLDS_BY_CHAR: dict[str, list[tuple[_EncodingMap, str]]] = {}
"""Each non-ASCII character's code pages, in the order above."""
for _code_page in (cp1252, cp1250, cp1251, cp1257, cp1253, cp1254):
    _page_fold = _byte_fold(_code_page)
    for _char in _code_page.decoding_table:
        if _char != "\ufffe" and not _char.isascii():  # "\ufffe": no character
            _BYTE_FOLDS_BY_CHAR.setdefault(_char, []).append(_page_fold)
_NON_ASCII_RE = re.compile("[^\x00-\x7f]")


def _fold(text: str) -> str:
    """``text`` folded by :data:`_TOKEN_FOLD` (not ASCII)."""
    first = _NON_ASCII_RE.search(text)
    for encoding_map, folded in _BYTE_FOLDS_BY_CHAR.get(first[0], ()) if first else ():
        try:
            encoded = charmap_encode(text, "strict", encoding_map)[0]
        except UnicodeEncodeError:
            continue  # a character outside this page
        return charmap_decode(encoded, "strict", folded)[0]
    if _OUTSIDE_FAST_FOLD.search(text) is not None:
        return text.translate(_TOKEN_FOLD)
    if not _FAST_FOLD:
        for lo, hi in _FAST_FOLD_RANGES:
            _FAST_FOLD.update((code, ord(_TOKEN_FOLD[code])) for code in range(lo, hi))
    return text.translate(_FAST_FOLD)


# A token: a number, a word, or any other single sign. Splitting on it leaves only
# whitespace between tokens, so their offsets are sums of lengths. Each alternative
# opens with one character of its class, then its run (``\d\d*+`` for ``\d+``): the
# regex engine skips an alternative whose first character does not match with one
# test, where a leading repeat is entered and counts zero characters; the possessive
# ``*+`` keeps no backtracking state (same tokens; -12 % instructions on the split).
# An apostrophe between two Cyrillic letters is the word's own: Ukrainian writes it as a
# letter ("п'ятницю", "пʼятницю" or "п’ятницю": all folded to "'"), where Latin text
# elides a word before it ("d'abril", "dell'11", "ta' Awwissu": tokens apart). The
# group costs one test of the character after each word.
_CYRILLIC_APOSTROPHE = "(?:'(?<=[\u0430-\u045f\u0491]')[\u0430-\u045f\u0491]{letter}*+)*+"
_TOKEN_SPLIT_RE = re.compile(
    r"(\d\d*+|[^\W\d_][^\W\d_]*+" + _CYRILLIC_APOSTROPHE.format(letter=r"[^\W\d_]") + r"|\S)"
)
# The same on ASCII text, where the Unicode classes cost a table lookup per character
# for nothing (Unicode whitespace in ASCII includes \x1c-\x1f).
_ASCII_TOKEN_SPLIT_RE = re.compile(r"([0-9][0-9]*+|[a-zA-Z][a-zA-Z]*+|[^\s\x1c-\x1f])", re.ASCII)
# Folded text that is still not ASCII (Greek, Cyrillic, a sign such as "№") splits
# with the same classes spelt out as ranges of the Basic Multilingual Plane: the regex
# engine tests a character against such a set with one bitmap lookup, where a Unicode
# class (``\w``, ``\d``, ``\s``) asks the character database several times (8.6
# against 5.8 µs a text on the table's 2,013 such texts). The ranges are the runs that
# the Unicode classes themselves match in a string of every BMP character, built on
# first use (~15 ms), so the tokens are the same; text with a character past the plane
# (an emoji) keeps the Unicode pattern.
_PAST_BMP_RE = re.compile("[\U00010000-\U0010ffff]")
_BMP_TOKEN_SPLIT: list[re.Pattern[str]] = []
"""The BMP pattern once built (see :func:`_bmp_token_split_re`)."""


def _bmp_token_split_re() -> re.Pattern[str]:
    """:data:`_TOKEN_SPLIT_RE` with its classes as BMP ranges (same tokens in the BMP)."""
    if not _BMP_TOKEN_SPLIT:
        # every code point of the plane, lone surrogates too, decoded in C (half the cost
        # of a chr() each)
        bmp = array("I", range(0x10000)).tobytes().decode("utf-32-le", "surrogatepass")

        def ranges(unicode_class: str) -> str:
            # one character of the class first, as in the token split: the search skips
            # to each run in C, where "+" first tries a match at every character
            runs = re.finditer(f"{unicode_class}{unicode_class}*+", bmp)
            first_last = ((bmp[run.start()], bmp[run.end() - 1]) for run in runs)
            return "".join(f"{re.escape(a)}-{re.escape(b)}" for a, b in first_last)

        digit, not_letter, space = ranges(r"\d"), ranges(r"[\W\d_]"), ranges(r"\s")
        # A letter is a BMP character that is none of the plane's 16,000 others: the
        # same set on this text, and about half the compile time of its 49,000 letters.
        letter = f"[^{not_letter}]"
        glued = _CYRILLIC_APOSTROPHE.format(letter=letter)
        pattern = f"([{digit}][{digit}]*+|{letter}{letter}*+{glued}|[^{space}])"
        _BMP_TOKEN_SPLIT.append(re.compile(pattern))
    return _BMP_TOKEN_SPLIT[0]


# A full numeric date whose four-digit year runs on into a clock, the line break between
# them lost (WordPress's Events Manager prints "Date(s) - 26/04/2023" and its times on
# the next line: "26/04/20237:00 pm", "15.06.202410:00"; ISO's two-digit day likewise:
# "2024-06-1510:00"). No year has five digits, so the run splits into the year and the
# clock's hour: only after such a date, and only before a colon's minutes, never in a
# bare digit run, a phone number or an id.
_YEAR_CLOCK_RE = re.compile(
    r"(?<![\d./-])"
    r"(?:(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d"
    r"|(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))"
    r"(?=(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))"
)


def _digits_into_colon(folded: str) -> bool:
    """True if three digits run into a colon, where a clock's hour has one or two: the
    cheap trigger of :func:`_split_year_clocks` (a quarter of texts hold a colon; a
    regex search for the run costs five times this loop)."""
    i = folded.find(":", 3)
    while i != -1:
        if folded[i - 3 : i].isdigit():
            return True
        i = folded.find(":", i + 1)
    return False


def _split_year_clocks(folded: str, texts: list[str], starts: list[int], ends: list[int]) -> None:
    """Split each date's year (or ISO day) from the clock glued to it, in place (see
    :data:`_YEAR_CLOCK_RE`): two adjacent tokens, as "26/04/2023" and "7:00" would be."""
    for m in reversed(list(_YEAR_CLOCK_RE.finditer(folded))):
        cut = m.end()
        i = bisect_right(starts, cut) - 1  # the digit run that holds the cut
        texts[i : i + 1] = [folded[starts[i] : cut], folded[cut : ends[i]]]
        starts.insert(i + 1, cut)
        ends.insert(i, cut)


_PAD_TEXT = [""] * _PAD
_PAD_START = [-1] * _PAD
_PAD_END = [-2] * _PAD


def tokenize(text: str) -> Tokens:
    """Split ``text`` into numbers, words and single signs, folded for lookups."""
    if text.isascii():
        folded = text.lower()
        if "~" in folded or "`" in folded or "\\" in folded:
            folded = folded.translate(_SIGNS)  # every dash "-", apostrophe "'", slash "/"
    else:
        folded = _fold(text)
    if folded.isascii():
        pattern = _ASCII_TOKEN_SPLIT_RE
    elif _PAST_BMP_RE.search(folded) is None:
        pattern = _bmp_token_split_re()
    else:
        pattern = _TOKEN_SPLIT_RE
    parts = pattern.split(folded)  # space, token, space, …, token, space
    offsets = list(accumulate(map(len, parts)))
    texts = parts[1::2]
    starts = offsets[0:-1:2]
    ends = offsets[1::2]
    if _digits_into_colon(folded):  # rare: "26/04/20237:00 pm"
        _split_year_clocks(folded, texts, starts, ends)
    n = len(texts)
    texts += _PAD_TEXT
    starts += _PAD_START  # in place: a "+" would copy each list once more
    ends += _PAD_END
    return Tokens(texts, starts, ends, n, folded)


@dataclass(slots=True)
class Time:
    hour: int
    minute: int
    second: int = 0
    meridiem: str | None = None
    marked: bool = True
    """False for a bare hour ("von 11 bis 18 Uhr"): a time only next to a marked one."""
    worded: bool = False
    """Written with a clock word ("18:45 h", "9am", "noon"), not digits alone."""
    microsecond: int = 0
    """The fraction of an ISO or RFC 3339 stamp's seconds ("10:27:22.981Z")."""


@dataclass(slots=True)
class Item:
    """One date point as written: any part may be missing until resolution.

    Built positionally (``first, last, day, month, year``) and the rest set after: a
    class call with keywords goes through a dict, twice the cost of this one."""

    first: int
    last: int
    """Token index one past the item, times and zone included."""
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    month_first: bool = False
    numeric: bool = False
    relative: int | None = None
    relative_words: tuple[str, ...] | None = None
    times: Sequence[Time] = ()
    impossible: bool = False
    month_options: tuple[int, ...] = ()
    """The months a name means when it means two in the languages read ("listopad":
    Polish and Czech November, Croatian October); a weekday may settle it."""
    month_settled: bool = True
    """False when nothing but a weekday could settle ``month_options``."""
    weekday_options: tuple[int, ...] = ()
    """The days a short weekday names in the languages read ("So": German Sunday, Czech
    Saturday) before a date without its year: its date's year settles which (see
    _resolve), as a stated year does (Parser._weekday_by_date)."""
    partial: bool = False
    zone: Sequence[str] = ()
    offset_minutes: int | None = None
    year_from_reference: int | None = None
    """Written with "of this year" ("14 decembrie a.c."), "of last year" ("5. listopada
    prošle godine") or "next year": the reference's year plus this."""
    this_month: bool = False
    """Written with "of this month" ("do 18 bm.", "le 18 courant"): the reference's month."""
    said_month: bool = False
    """Written with "of the said month" ("hasta el viernes día 10 del mencionado mes"): the
    month of the date before it (see _resolve._inherit_months)."""
    direction: int = 0
    """-1 after "last" ("lo scorso 19 febbraio"), 1 after "next" ("le 5 mai prochain"):
    the year-less date lies before or after the reference."""
    swappable: bool = False
    """Numeric with both day-first and month-first readings valid."""
    second_zone: tuple[Time, Time | None, str] | None = None
    """The same moment stated in another zone ("/ 9am EDT"), to settle the first."""


@dataclass(slots=True)
class Expression:
    """A run of items joined by separators, with its character span."""

    items: list[Item]
    joins: list[str]
    """``"range"`` or ``"list"`` between ``items[k]`` and ``items[k + 1]``."""
    start: int
    end: int
    unread_start: bool = False
    """The end of a range whose start was not read (see Parser._after_unread_start)."""


class Parser:
    """Parses one text; build one per (text, lexicon)."""

    def __init__(self, source: str, tokens: Tokens, lex: Lexicon) -> None:
        self.source = source
        self.t = tokens
        self.lex = lex
        self.pos = 0
        """Token index the scan goes on from (see :meth:`next_expression`)."""
        self.this_years: list[tuple[int, int]] | None = None
        """Where each "this year" phrase with its year written in ends and that year
        (see :meth:`_this_year_stated`), found on the first year-less date that asks."""
        self.resume = 0
        """Token index the scan may jump to after a failed expression."""
        self.after_relative = False
        """True while reading the explicit date after a relative word."""
        self.in_words = False
        """True while reading the time of a date written in words: hours in words too
        ("à vingt heures trente"); elsewhere "à deux heures de Paris" is a distance."""
        self.opening = False
        """True while reading an expression's first item: a bare day number there
        ("12 million") is looked at for no time (see :meth:`item`)."""
        self.far_time = (0, 0)
        """Where the last range of hours read far on in a clause ended, and where its
        date did: such hours hold for one day only (see :meth:`expression`)."""
        self.listing = False
        """True while reading the first day under a calendar's month heading (see
        :meth:`_listing_day`): a capitalised short weekday before a bare day number is
        that day's ("Mars\nLör 17")."""
        self.peeking = False
        """True while reading the date after a dash's clock to see whose clock it is
        (see :meth:`times_and_zone`): that date's own dash is not looked past, so a
        chain of such dates costs no recursion."""
        self.open_start = 0
        """Where the last expression ended if it was a lone year-less date after "from",
        a range's start that joined no end (see :meth:`_after_open_start`); else 0."""

    # -- scanning ---------------------------------------------------------------

    def expressions(self) -> Iterator[Expression]:
        """The date expressions, left to right, none overlapping; lazily, so a caller
        that wants the first one does not parse the rest of a long body."""
        while (expr := self.next_expression()) is not None:
            yield expr

    def next_expression(self) -> Expression | None:
        """The next date expression from the scan position on (``None``: none left),
        the position moved past it. A plain method under :meth:`expressions` so that
        ``parse_date_range``, which mostly wants one, calls it without a generator: in
        3.11 each resumption of a generator runs in an interpreter loop of its own."""
        i = self.pos
        text, stops, dot_weekdays = self.t.text, self.lex.scan_stops, self.lex.dot_weekdays
        capital_weekdays, abbreviations = self.lex.capital_weekdays, self.lex.abbreviations
        wordpress_months = self.lex.wordpress_months
        weak, feast_only = self.lex.weak_starters, self.lex.feast_only
        n = self.t.n
        while i < n:
            tok = text[i]
            digit = tok.isdigit()
            # Past the plain words (most tokens) in a loop of their own: one set lookup
            # each (a starter, or the padding past the text's end), and the next token
            # read once, its digit test kept for its own turn. A long word before a
            # number may be a misspelt month ("Febuary 3, 2024"), a short weekday before
            # its dot a weekday ("pt., 5 lipca"), so may a Czech or Slovak one before a
            # day ("PO 5.10."), and a month abbreviation before a day and its comma, its
            # own dot between or not (WordPress's "M j, Y": "Mej 10, 2020", "ag. 10,
            # 2020", Finnish "syys 5, 2022").
            while not digit and tok not in stops:
                nxt = text[i + 1]
                digit = nxt.isdigit()
                if (
                    digit
                    and (
                        (len(tok) >= FUZZY_MIN and self._before_day(i))
                        or tok in capital_weekdays
                        or (
                            text[i + 2] == "," and (tok in abbreviations or tok in wordpress_months)
                        )
                    )
                ) or (
                    nxt == "."
                    and (tok in dot_weekdays or (text[i + 3] == "," and tok in abbreviations))
                ):
                    digit = False  # the word's own
                    break
                i += 1
                tok = nxt
            if i >= n:
                break
            # (a word: no hash of a number for nothing)
            if (
                not digit
                and tok in weak
                and text[i + 1] not in weak[tok]
                and (text[i + 1].isalpha() or tok in feast_only)
            ):
                i += 1  # "la", "to", "the", "dia" (5) as words: an attempt would find nothing
                continue
            worded = not digit and text[i - 1] in _WORDED_BEFORE
            expr = self._worded_date(i) if worded else None
            if expr is None:
                expr = self.expression(i)
            if expr is None and digit:
                expr = self._time_then_date(i)
                if expr is None and text[i + 1] == "/":
                    expr = self._decree_date(i)
            elif expr is None and tok in _CLOCK_PHRASES:
                expr = self._clock_word_then_date(i)
            if expr is not None:
                f = expr.items[0].first
                # inline, every date asks: a dash up to three tokens back (one slice)
                if "-" in text[f - 3 if f > 3 else 0 : f]:
                    expr.unread_start = self._after_unread_start(f)
                elif self.open_start and not _UNTIL.isdisjoint(text[f - 3 : f]):
                    expr.unread_start = self._after_open_start(f)
                self.pos = expr.items[-1].last
                only = expr.items[0]
                self.open_start = (
                    self.pos
                    if only.year is None
                    and only.month is not None
                    and len(expr.items) == 1
                    and self._from_before(only.first)
                    else 0
                )
                return expr
            if self.resume > i:
                i = self.resume
                continue
            i += 1
        self.pos = i
        return None

    def _year_span_after(self, items: list[Item], joins: list[str]) -> None:
        """A range across the new year that ends in a span of two years in a row
        ("Jólafrí 9.des-7.janúar2023-2024", "21 December – 3 January 2023/24"): the
        start takes the first year and the end the second, the span read with them
        (the end's year alone would give the start the year before it)."""
        t = self.t
        start, end = items[0], items[-1]
        y = end.last - 1
        if (
            joins != ["range"]
            or start.year is not None
            or start.month is None
            or end.month is None
            or start.month <= end.month
            or t.text[y] != str(end.year)
        ):
            return
        span = _SCHOOL_YEAR.match(t.folded, t.start[y])
        years = _school_years(span, end.year)
        if span is None or years is None or t.end[y + 2] != span.end():
            return
        if len(span[2]) == 2 and not (t.adjacent(y + 1) and t.adjacent(y + 2)):
            return  # "3 January 2023 - 24 hours": a short second year only written solid
        start.year, end.year = years
        end.last = y + 3

    def _next_entry(self, kind: str, last: Item, joins: list[str]) -> bool:
        """True if a join after the full date ``last`` opens an entry of its own: a list
        word opening the next line ("Hlášení rozhlasu 13.4.2022\nVe čtvrtek 14.4.2022 bude
        …": Czech "on", Turkish "and"), or a second range after a range's end ("den
        10.-12. september 2020, til den 3.-5. juni 2021": moved, not 10 September to 5
        June), or an "or" after a full date ("03.10.2015 - 04.10.2015 sau 10.10.2015 -
        11.10.2015": each alternative stands alone)."""
        if kind == "or":
            return True
        if kind == "list":
            return self.t.text[last.last].isalpha() and self._starts_line(last.last)
        return kind == "range" and bool(joins) and joins[-1] == "range"

    def _closed_bare_list(self, items: list[Item]) -> bool:
        """True if ``items`` are bare numbers (no ordinal dot, month nor weekday) whose
        last an "and" joined: a list that "and" closed, before a comma and a full date
        that is no day of it ("Plandag 1 og 2, 08.09.2022-10.09.2022", "Day 1 and 2,
        08/09/2022": the label's numbers take no month from it; "8, 9 og 10.04.2025",
        the full date the list's last day, stays a list, and so does a range after the
        "and": "desde el 19 y 22 al 26 de Julio de 2015")."""
        text = self.t.text
        if len(items) < 2 or text[items[-1].first - 1] not in self.lex.list_words:
            return False
        return all(
            it.last == it.first + 1 and it.month is None and it.weekday is None for it in items
        )

    def _next_days(self, items: list[Item]) -> bool:
        """True if "the next days" at ``items[0]`` name two or more bare days after it, in
        order ("nos próximos dias 20 e 21", "els propers dies 8, 10 i 12"), which then
        take the first day's month (see _resolve); a month written after them gives it
        ("nos próximos dias 20 e 21 de julho"). One day or days out of order are no
        such days."""
        text = self.t.text
        rest = items[1:]
        if rest and rest[-1].month is not None:
            first = items[0]  # read as before: the days from the first number on
            first.first, first.this_month, first.direction = first.first + 2, False, 0
            return True
        days = [it.day or 0 for it in items]
        if not rest or days != sorted(set(days)) or text[rest[-1].last] in _COUNTED_NOUNS:
            return False  # nor a count: "nos próximos dias 2 e 3 pessoas"
        if any(it.weekday is not None or it.year is not None for it in rest):
            return False
        for it in rest:
            it.this_month = True
        return True

    def _slash_range(self, last: Item, nxt: Item) -> bool:
        """True if the lone slash between ``last`` and ``nxt`` joins a range, not a list:
        between two full ISO dates, ISO 8601's interval ("Zenbakia 2008-04-11 /
        2008-04-18"; not after a label pair on its line, "Vytvořeno / změněno: …", and
        day-first dates stay a list: "28. 12. 2023 / 2. 1. 2024", created and changed),
        or glued between two days before their month ("settimana 11/15 settembre 2023";
        "4/5 May" is the two days either way; after a weekday, "martedì 3/10 ottobre",
        the same weekday twice)."""
        t = self.t
        text = t.text
        slash = nxt.first - 1
        if text[slash] != "/" or last.last != slash:
            return False
        if last.month is None:
            # the bare numbers glued to the slash ("am 11./18. Oktober" stays two days)
            return (
                last.weekday is None
                and not last.numeric
                and not last.this_month
                and last.day is not None
                and nxt.day is not None
                and last.day < nxt.day
                and nxt.weekday is None
                and nxt.month is not None
                and text[slash - 1].isdigit()
                and text[nxt.first].isdigit()
                and t.adjacent(slash)
                and t.adjacent(nxt.first)
            )
        return (
            self._iso_date(last)
            and self._iso_date(nxt)
            and (last.year, last.month, last.day) < (nxt.year, nxt.month, nxt.day)
            and not self._label_pair_before(last.first)
        )

    def _night_days(self, last: Item, nxt: Item) -> bool:
        """True if the bare day ``last`` and the numeric date ``nxt``, glued to the slash
        between them, are a night's or a weekend's two days: the second the day after
        the first, written alike ("23/24.09.2022", "07/08.10.2019", "30/31. 12. 2021"),
        as "23-24.09.2022" and "23/24 settembre" read; an act's number before its date
        is rarely the day before, and is written unpadded before a padded day
        ("7/08.03.2020")."""
        t = self.t
        slash = nxt.first - 1
        first, second = t.text[slash - 1], t.text[nxt.first]
        return (
            last.day is not None
            and last.day + 1 == nxt.day
            and len(first) <= 2
            and not (len(first) == 1 and second[0] == "0")
            and t.adjacent(slash)
            and t.adjacent(nxt.first)
        )

    def _file_number_range(self, k: int, end: Item) -> bool:
        """True if the bare number at ``k``, a glued dash and the numeric date ``end``
        glued after it are parts of a file's or a registry's number, no day range:
        after a number and its slash ("URBROJ: 2211/05-03-18-04", Croatian, Bosnian,
        Slovenian, Czech registry numbers), with more groups glued after the date
        ("01-05-03-2018-1"), with the end read month first ("05-03/21-04"), or, all in
        dashes, with a two-digit year ("01-05-03-18"). A day range written so has its
        end day first, four digits to its year when the dash joins the date's parts
        too, and nothing glued around it ("10-12-03-2024", "27-28/10/18", "2-3/07/2019")."""
        t = self.t
        text = t.text
        j = k + 2
        if end.first != j or not (t.adjacent(k + 1) and t.adjacent(j)):
            return False  # spaced: a range sign, not a number's dash
        seps = {text[j + 1], text[j + 3]}
        if not seps <= {"-", "/"}:
            return False  # "05-03.2024", "5-7.03.": another separator, another form
        return (
            self._after_number_slash(k)
            or self._past_glued_groups(j + 4) > j + 5
            or end.month != int(text[j + 2])
            or (seps == {"-"} and len(text[j + 4]) != 4)
        )

    def _after_number_slash(self, k: int) -> bool:
        """True if the number at ``k`` is glued to a slash glued to a number before it:
        a file's or a registry's number goes on there ("URBROJ: 2211/05-…")."""
        t = self.t
        return (
            t.text[k - 1] == "/" and t.text[k - 2].isdigit() and t.adjacent(k) and t.adjacent(k - 1)
        )

    def _iso_in_file_number(self, j: int, sep: str) -> bool:
        """True if the year-first "date" at ``j`` is a file number's year and its parts,
        glued behind a number's slash ("Številka: 3505-1/2021-05-03", "Broj:
        01/2021-05-03"): a number's own date after its slash is written day first
        ("αριθμ. 65/11-06-2021"). An ISO interval's end follows a date or a clock
        ("2008-04-11/2008-04-18", "2008-04-11T10:00/2008-04-18T12:00")."""
        t = self.t
        text = t.text
        return (
            self._after_number_slash(j)
            and not (text[j - 3] == ":" and t.adjacent(j - 2))
            and not (text[j - 3] == text[j - 5] == sep and len(text[j - 6]) == 4)
        )

    def _number_after_slash(self, k: int) -> bool:
        """True if the slash at ``k``, glued to the date before it, is followed by a
        glued number that ends the chain: the file's number goes on ("02-05-1234/21");
        a second date ("12-03-2021/15-03-2021") or a clock ("/16:00") after it does not."""
        t = self.t
        text = t.text
        return (
            text[k + 1].isdigit()
            and t.adjacent(k)
            and t.adjacent(k + 1)
            and self._past_glued_groups(k + 1) == k + 2
            and not (
                text[k + 2] in _CLOCK_SEPARATORS and text[k + 3].isdigit() and t.adjacent(k + 2)
            )
        )

    def _past_glued_groups(self, k: int) -> int:
        """The token after the number at ``k`` and the numbers glued after it, each
        behind its glued dash or slash: the end of a file's or a registry's number."""
        t = self.t
        text = t.text
        k += 1
        while (
            text[k] in {"-", "/"} and text[k + 1].isdigit() and t.adjacent(k) and t.adjacent(k + 1)
        ):
            k += 2
        return k

    def _iso_interval_end(self, start: Item, j: int) -> Item | None:
        """The end of ISO 8601's interval shorthand at ``j``, glued behind the slash
        after the full ISO date ``start`` ("1986-05-01/04", "2021-05-31/06-02"), two
        digits each as ISO writes them, nothing numeric glued after, later than the
        start in its year. A full end ("2008-04-11/2008-04-18") is an item of its own."""
        t = self.t
        text = t.text
        if start.times or not (self._iso_date(start) and start.last == j - 1 and t.adjacent(j)):
            return None  # (also no clock's: "2021-05-01T10:00/04" may be an hour's end)
        month, k = start.month, j
        if text[j + 1] == "-" and t.adjacent(j + 1) and t.adjacent(j + 2):
            month, k = int(text[j]) if len(text[j]) == 2 and text[j].isdigit() else 0, j + 2
        if len(text[k]) != 2 or not text[k].isdigit() or self._glued_number_after(k):
            return None
        if t.adjacent(k + 1) and (text[k + 1].isalnum() or text[k + 1] in {"-", "/"}):
            return None  # "2021-05-01/04-x", "2021-05-01/04/2": some other number
        day = int(text[k])
        if start.impossible or (month or 0, day) <= (start.month or 0, start.day or 0):
            return None  # (an impossible end resolves as such: "2021-02-27/30")
        it = Item(j, k + 1, day, month, start.year)
        it.numeric = True
        self.times_and_zone(it)
        return it

    def _iso_day_end(self, start: Item, j: int) -> Item | None:
        """A bare day at ``j`` that ends a range in the month and year of the ISO date
        ``start``, after one range word ("2017-10-18 a 20 VIAJE A LEÓN", "2019-05-03 al
        05\n", "2022-06-10 to 12 Summer Camp"), as the slash's shorthand "1986-05-01/04"
        does: a later day than the start's, the start without a clock, and after the day
        only the text's or line's end, a clause's sign that no digit follows, or an entry's
        capitalised title (no month, hour or am/pm word). A dash is no such range word
        ("2017-10-18 - 20 Aniversario" is a title's number), nor is a lower-case word
        after the day ("a 20 personas", "to 20 people", "a 20 km") a title."""
        t = self.t
        text = t.text
        tok = text[j]
        if (
            start.times
            or start.impossible
            or j != start.last + 1
            or not text[start.last].isalpha()
            or len(tok) > 2
            or not self._iso_date(start)
            or not (start.day or 32) < int(tok) <= 31
        ):
            return None
        k = j + 1
        after = text[k]
        if after.isalpha():
            if (
                not self.source[t.start[k]].isupper()
                or after in self.lex.months
                or after in _HOUR_MARKERS
                or after in _MERIDIEM_STARTS
            ) and not self._starts_line(k):
                return None
        elif (
            after
            and (after not in _CLAUSE_ENDS or text[k + 1].isdigit())
            and not self._starts_line(k)
        ):
            return None  # "a 20:00", "al 20-22", "a 20 30", "a 20 %"
        it = Item(j, k, int(tok), start.month, start.year)
        it.numeric = True
        self.times_and_zone(it)
        return it

    def _iso_date(self, it: Item) -> bool:
        """True if ``it`` is written as an ISO date: "2008-04-11", year first, dashes."""
        text = self.t.text
        return it.numeric and len(text[it.first]) == 4 and text[it.first + 1] == "-"

    def _label_pair_before(self, first: int) -> bool:
        """True if a slash comes before ``first`` on its line: labels paired with the
        dates after them ("Vytvořeno / změněno: …")."""
        text = self.t.text
        for k in range(first - 1, max(first - 8, 0) - 1, -1):
            if self._starts_line(k + 1):
                return False
            if text[k] == "/":
                return True
        return False

    def _list_number(self, i: int) -> bool:
        """True if the number at ``i`` opens its line as a list's item number, its dot and
        a dash glued to it, then a space ("1.- 2021eko otsailaren 26ko batzarrean …", "3.–
        15 de marzo de 2021: …"), in any language; not a range's first day, whose end
        has its own ordinal dot ("24.- 25. marca 2023", "24.– 25.12.2019")."""
        t = self.t
        text = t.text
        if not (
            text[i + 2] == "-"
            and t.adjacent(i + 1)
            and t.adjacent(i + 2)
            and not t.adjacent(i + 3)
            and (i == 0 or self._starts_line(i))
        ):
            return False
        return not (text[i + 3].isdigit() and len(text[i + 3]) <= 2 and text[i + 4] == ".")

    def _day_label(self, i: int) -> bool:
        """True if the bare number at ``i`` after a "day" word numbers a programme's day
        before a dash and its date ("Ziua 1 - sâmbătă 03.08.2013", "Day 2 – 4 August
        2013"), no range's first day. Narrow, as Romance "day" words also stand before
        days of the month ("del día 1 - 15 de agosto"): the word is written with a
        capital and opens its line or follows a sign, without an article or "from"."""
        t = self.t
        if not (t.text[i].isdigit() and len(t.text[i]) <= 2 and t.text[i + 1] == "-"):
            return False
        if i > 1 and t.text[i - 2].isalnum() and not self._starts_line(i - 1):
            return False
        return self.source[t.start[i - 1]].isupper()

    def _weekday_day_after_dash(self, i: int) -> bool:
        """True if the bare number at ``i``, with no weekday of its own, stands before a
        dash and a weekday that stands before its own day and month ("Term 1 – Monday
        2nd September to …", "Trimestre 1 – lundi 2 septembre 2019"): the weekday names
        the day after the dash, and the number is a label's, no range's first day
        ("Saturday 1 – Monday 3 June" keeps its start)."""
        text = self.t.text
        weekdays = self.lex.weekdays
        if text[i + 2] not in weekdays:
            return False  # the common case: a range's end day after the dash
        if text[i - 1] in weekdays or (text[i - 1] in {",", "."} and text[i - 2] in weekdays):
            return False  # the start's own weekday: "Saturday, 1 – Monday, 3 June"
        if not text[i].isdigit() or len(text[i]) > 2:
            return False
        end = self.item(i + 2)
        return end is not None and end.day is not None and end.month is not None

    def _code_number(self, i: int) -> bool:
        """True if the number at ``i`` is glued to one or two capitals before it ("Δ11",
        "B12", "A21 enero 2020"): a code, no day; not a short weekday ("SA16.06.")."""
        t = self.t
        if not (i and t.adjacent(i) and t.text[i].isdigit() and len(t.text[i - 1]) <= 2):
            return False
        if t.text[i - 1] in self.lex.weekdays or t.text[i - 1] in self.lex.short_weekdays:
            return False
        return self.source[t.start[i - 1] : t.end[i - 1]].isupper()

    def _name_number(self, i: int, k: int) -> bool:
        """True if the bare number at ``i``, its sign at ``k``, is glued to the end of a
        word, a name's number ("Regio8", "Radio7", "Top10", "Kanal5"), no list's or
        range's first day before the date after it ("Regio8 | 23 februari 2018", "Radio4
        - 17 juni", "Studio5, 12 oktober"): not after a word a date's day follows, its
        space lost ("del30 al 31", "vom16. - 18. Juni"), nor a short weekday's ("Sa16, 17
        Juni"), nor before a sign glued on both sides, a compact range's
        ("Data16-18.05.2019")."""
        t = self.t
        word = t.text[i - 1]
        if not (t.adjacent(i) and word.isalpha()) or word in _GLUED_DAY_LEADS:
            return False
        if word in self.lex.weekdays or word in self.lex.short_weekdays:
            return False
        return not (t.adjacent(k) and t.adjacent(k + 1))

    def _coded_day(self, first: Item) -> bool:
        """True if the day of ``first``, with its month, may be a code's number: a day,
        not a year-first date's year ("M2010.01.12" keeps its glued mark), and a month not
        in capitals: in capitals the glued letters may be a word whose space was lost
        ("AM16. JUNI 2020", "LE16 JUIN")."""
        t = self.t
        return (
            len(t.text[first.first]) <= 2
            and not self.source[t.end[first.first] : t.end[first.last - 1]].isupper()
        )

    def _week_heading_date(self, first: Item) -> bool:
        """True if the number after a week word is a full date of its own: a numeric one
        with its month, one opening the next line ("Oznamy pre 2. veľkonočný týždeň\n
        \n27.04.2025: …"), or the first of the week's days before their month, glued to
        the last by a slash or a dash ("settimana 11/15 settembre 2023", "week 11-15
        September"), or a day with its ordinal suffix glued before its month ("Holy Week
        2nd April 2023": a week's number takes no suffix after the word); a week's number
        stands on the word's line, alone."""
        if (first.numeric and first.month is not None) or self._starts_line(first.first):
            return True
        t = self.t
        k = first.last
        if first.month is not None and t.text[first.first + 1] in _SPACED_ORDINALS:
            return t.adjacent(first.first + 1)
        return (
            first.month is None
            and t.text[k] in {"/", "-"}
            and t.text[k + 1].isdigit()
            and len(t.text[k + 1]) <= 2
            and t.adjacent(k)
            and t.adjacent(k + 1)
            and (t.text[k + 2] in self.lex.months or self._day_month_link(k + 2) != k + 2)
        )

    def _after_unread_start(self, first: int) -> bool:
        """True if the date at ``first`` ends a range whose start was not read: a dash
        before it (past an unread short weekday and its comma: "po 15. 1. – st 17. 1.
        2024", "ma 15 – wo 17 jan 2024", "E, 15. jaan – K, 17. jaan 2024"), and a day, or a
        day and its month, before the dash. Read alone, the end would pass for the start."""
        t = self.t.text
        k = first - 1
        k -= t[k] == ","
        if t[k].isalpha() and len(t[k]) <= 3 and t[k] not in _ON_BEFORE_DATE:
            k -= 1
        if t[k] != "-":
            return False
        dash, before = k, t[k - 1]
        if before in self.lex.months:
            # with its day ("15. jaan –"); a name alone is a word of the line before
            # ("Fotogaléria – stávanie mája – 20.5.2012": raising the maypole)
            return t[k - 2].isdigit() or (t[k - 2] == "." and t[k - 3].isdigit())
        if before == ".":
            k, before = k - 1, t[k - 2]
        if t[k - 2] == "." and self._numbered_start(k - 3, dash):
            return False  # "Versão 3.4.3 - 10/03/2025", "v. 2.1 – …": a number's, no start
        # "15.30 - 18 Uhr", not "25.12-22 december 2018" (a start after its end)
        hour = t[k - 3]
        clock = (
            t[k - 2] in {":", "."}
            and len(before) == 2
            and hour.isdigit()
            and len(hour) <= 2
            and int(hour) <= 24
        )
        week = t[k - 2] in _WEEK_WORDS  # "Uke 36 – Fredag 9. september": a week, no day
        # a programme day's: "Ziua 1 - sâmbătă 03.08.2013"
        week = week or (t[k - 2] in _DAY_LABEL_NOUNS and self._day_label(k - 1))
        # a label's number before the end's own weekday: "Term 1 – Monday 2nd September"
        week = week or (t[k + 1] in self.lex.weekdays and self._weekday_day_after_dash(k - 1))
        # "Oznanila št. 7 - 3.maj"; a name's: "Radio4 - 17 juni 2021"
        numbered = self._number_sign_before(k - 1) or self._name_number(k - 1, k)
        numbered = numbered or (
            t[k] == "."  # "1.- 2021eko …", "5.-ABENDUAK 3, …"
            and (self._list_number(k - 1) or self._list_day(k - 1, first))
        )
        if not before.isdigit() or len(before) > 2 or clock or week or numbered:
            return False
        return not self._romanian_ordinal(k - 1)  # "Liga a 4-a, sâmbătă, 12.03.2022"

    def _numbered_start(self, i: int, dash: int) -> bool:
        """True if the "d.m" at ``i`` before the dash at ``dash`` is a number's, so no
        range's unread start: the tail of a dotted number ("Versão 3.4.3 - 10/03/2025"),
        or a version's before a spaced dash ("v. 2.1 – 10/03/2025"); glued to the dash
        the day after may end a range of days ("version 3.1-31 december 2018")."""
        if self._in_dotted_number(i):
            return True
        return not self.t.adjacent(dash) and (self._version_before(i) or self._short_version(i))

    def _after_open_start(self, first: int) -> bool:
        """True if the date at ``first``, after "until", ends the range that the last
        expression opened: a year-less date after "from" a few words before it on its
        line, with no number or sentence end between ("à compter du lundi 9 mai et
        pendant les travaux, jusqu'au 30 septembre 2022"), that did not join it. Its
        start is not read (no year, or its own date only), and read alone the end would
        pass for the start."""
        t = self.t
        k = self.open_start
        if first - k > _OPEN_START_REACH:
            return False
        for m in range(k, first):
            tok = t.text[m]
            if tok.isdigit() or tok in _OPEN_START_STOPS or self._starts_line(m):
                return False
        return True

    def _worded_date(self, i: int) -> Expression | None:
        """A day written in words before the month at ``i``, as council minutes write it:
        French after "le" ("le dix-huit novembre"), Spanish, Portuguese and Italian with
        their link ("a veintisiete de junio", "aos quinze dias do mês de março", "il
        giorno quindici del mese di marzo"); its year in words or digits after the month
        or in a preceding "L'an deux mille huit," ("dell'anno duemilaventi")."""
        t = self.t.text
        if t[i] in NUMBER_WORDS and t[i + 1] in self.lex.months:
            return None  # "le dix sept septembre": "sept" is the day's, not September
        month = self._month_at(i, loose=False) if t[i] in self.lex.months else None
        if month is None or month[0] == CONTESTED:
            return None
        k = i - 1
        while k > i - 5 and t[k] in _WORDED_LINKS:
            k -= 1
        if t[k] == "," and t[k - 1] == "dias":
            k -= 2  # a comma after the days: "Aos 19 dias, do mês de Junho de 2006"
        past = k + 1  # what follows the day
        if t[k] == ")":
            # its words in brackets ("aos 15 (quinze) dias do mês de março"), or the
            # words' digits ("aos quinze (15) dias do mês de março"): the last word
            bracketed = self._day_before_its_words(k)
            if bracketed is None:
                bracketed = self._words_before_their_digits(k)
            k = k if bracketed is None else bracketed
        # an ordinal before its "dia" ("ao vigésimo primeiro dia do mês de março"),
        # else a number ("aos vinte e um dias")
        ordinal = ordinal_day(t, k) if t[k + 1] == "dia" else None
        words, first = ([t[k]], ordinal[1]) if ordinal else words_back(t, k + 1)
        one = not words and k < i - 1 and t[k] in _WORDED_FIRST_DAYS
        # the formula with the day in digits: "Aos 28 dias do mês de maio de 2018", or
        # with no "of the month" if its year is stated: "Aos 26 dias de agosto de 2020"
        unlinked = not words and self._minutes_day_without_month_noun(k, past, i)
        digits = unlinked or (not words and self._minutes_day_in_digits(k, past, i))
        if one or digits:
            words, first = [t[k]], k  # its year checked below
        day: int | None
        if digits:
            day = int(t[k])
        else:
            day = 1 if one else ordinal[0] if ordinal else value_of(words) if words else None
        weekday = self.lex.weekdays.get(t[first - 1]) if words else None
        article = first - 1 - (weekday is not None)  # "le vendredi vingt-six mars"
        if day is None or not 1 <= day <= 31 or (k == i - 1 and t[article] != "le"):
            return None  # no link and no French article: "once May" is no 11 May
        if t[i] not in _CATALAN_MONTHS and any(w in CATALAN_NUMBER_WORDS for w in words):
            return None  # Catalan words before another language's month
        if self._after_street_word(first):
            return None  # "Rua Sete de Setembro"
        it = Item(first if weekday is None else first - 1, month[1], day, month[0])
        it.weekday = weekday
        it.year = self._worded_year(it)
        if (one or unlinked) and it.year is None:
            # "uno de mayo" alone may be "one of May's …", "aos 30 dias de agosto" the
            # 30 days that August has
            return None
        self.in_words = True
        self.times_and_zone(it)
        self.in_words = False
        start = it.first
        if not it.times:
            before = self._worded_hours_before(it.first)
            if before is not None:
                it.times, start = [before[0]], before[1]
        return Expression([it], [], self.t.start[start], self.t.end[it.last - 1])

    def _minutes_day_in_digits(self, k: int, past: int, month: int) -> bool:
        """True if the number at ``k`` is the day of council minutes' formula up to the
        month at ``month``: after "aos", "a" or "ao", before "dias" at ``past`` and the
        link with "mês" ("Aos 28 dias do mês de maio de 2018", "a 5 días del mes de
        marzo"; "in the" too: "Nos 14 dias", "Em os 14 dias", "en los 14 días"). Read as
        the formula with the day in words is, its hours in words too."""
        t = self.t.text
        return (
            (
                t[k - 1] in _DIGIT_DAY_OPENERS
                or (t[k - 1] in _DIGIT_DAY_ARTICLES and t[k - 2] in _DIGIT_DAY_ARTICLE_OPENERS)
            )
            and t[past] == "dias"
            and "mes" in t[past + 1 : month]
            and len(t[k]) <= 2
            and t[k].isdigit()
        )

    def _minutes_day_without_month_noun(self, k: int, past: int, month: int) -> bool:
        """True if the number at ``k`` is the day of the minutes' formula with no "of
        the month" between "days" at ``past`` and the month at ``month``: after "at the"
        ("Aos 26 dias de agosto de 2020", "a los 12 días de octubre"), a day 1–31; the
        caller wants the month's year."""
        t = self.t.text
        return (
            (t[k - 1] in _DIGIT_DAY_AT or (t[k - 1] == "los" and t[k - 2] == "a"))
            and t[past] == "dias"
            and t[past + 1] == "de"
            and past + 2 == month
            and len(t[k]) <= 2
            and t[k].isdigit()
            and 1 <= int(t[k]) <= 31
        )

    def _worded_hours_before(self, first: int) -> tuple[Time, int] | None:
        """Council minutes' hour in words before their day ("siendo las veinte horas del
        día veintiocho de Abril", "às dezoito horas do dia"), with its minutes in words
        ("siendo las ocho horas y treinta minutos, del día cinco", "siendo las veintiuna
        horas y media del día", "e meia", "i mitja"), and where it starts; also a clock
        in digits before "of the day" (see :meth:`_digit_clock_before`)."""
        t = self.t.text
        if self._day_noun_after(first - 2):
            # a comma before "of the day" joins nothing else: "pelas 22h, do dia doze"
            k = first - 2 - (t[first - 3] == ",")
            if digits := self._digit_clock_before(k):
                return digits
        k = first - 1
        while k > first - 4 and t[k] in _WORDED_LINKS:
            k -= 1  # "del día", "do dia"
        k -= t[k] == ","
        minute = 0
        if t[k] in _AND_A_HALF and t[k - 1] in _HOUR_AND_MINUTES and t[k - 2] in _HOUR_MARKERS:
            minute, k = 30, k - 2  # "las veinte horas y media del día"
        elif t[k] in _MINUTE_WORDS:
            words, start = words_back(t, k)
            value = value_of(words) if words else None
            joined = t[start - 1]
            if (
                value is None
                or value > 59
                or not (joined in _HOUR_AND_MINUTES or joined == _WITH_MINUTES)
            ):
                return None
            minute, k = value, start - 2
        if t[k] not in _HOUR_MARKERS:
            return None
        words, start = words_back(t, k)
        hour = value_of(words) if words else None
        if hour is None or hour > 24 or t[start - 1] not in _HOUR_ARTICLES:
            return None
        return Time(hour, minute, worded=True), start

    def _digit_clock_before(self, k: int) -> tuple[Time, int] | None:
        """A clock in digits that ends right before "of the day" at ``k``, before a day in
        words: "siendo las 13:00 horas del día once de mayo de dos mil veinte", "pelas
        21h30 do dia três de abril", a bare hour behind its "at the" or a strong prefix
        ("alle ore 15 del giorno ventidue del mese di marzo"), as the same clock before
        a day in digits reads (:meth:`_time_then_date`); not how long ("durante 2 horas
        del día"). With where it starts."""
        text = self.t.text
        for s in range(k - 5, k):
            before = text[s - 1]
            if not text[s].isdigit() or before.isdigit() or before in _CLOCK_SEPARATORS:
                continue  # the clock's first number: "13" of "las 13:00", not "00"
            at = before in _HOUR_ARTICLES or before in _STRONG_TIME_PREFIXES
            got = self.time(s, allow_bare=at)
            if got is None or not (at or (got[0].marked and before not in _FOR_A_SPAN)):
                continue
            end = got[1]
            end += text[end] == "." and text[end - 1] in _DOTTED_HOUR_WORDS  # "13:00 h. del día"
            if end == k:
                return got[0], s
        return None

    def _worded_year(self, it: Item) -> int | None:
        """The year after a worded date (past "de", "dell'anno", "do ano de"), in digits
        or words, else in an "an"/"anno"/"año" phrase right before its day."""
        t = self.t.text
        k = it.last
        while k < it.last + 4 and t[k] in _WORDED_YEAR_LINKS:
            k += 1
        if self._year_at(k):
            it.last = self._year_suffix(k + 1)
            return int(t[k])
        if t[k + 1] == "." and t[k - 1] in _DAY_YEAR_LINKS and self._dotted_year(k):
            it.last = k + 3
            return int(t[k] + t[k + 2])  # "trece de enero de 1.987"
        year = self._year_in_words(k)
        if year is not None:
            it.last = year[1]
            return year[0]
        return self._worded_year_before(it.first)

    def _year_in_words(self, k: int) -> tuple[int, int] | None:
        """A year written in words from ``k`` ("mil novecentos e oitenta", "dos mil
        veinte", "um mil novecentos e quarenta e um", "duemilaventi") and the index after
        it; None when the words stop at a word not known ("dois mil e <…>": never 2000)."""
        t = self.t.text
        words, after = words_forward(t, k)
        if not words or unfinished(t, words, after):
            return None
        year = value_of(words)
        if year is None or not 1000 <= year <= 2999:
            return None
        if t[after] == "(" and t[after + 1] == str(year) and t[after + 2] == ")":
            after += 3  # its digits restated in brackets: "dois mil e quinze (2015)"
        return year, after

    def _year_in_words_after_month(self, it: Item, k: int, linked: bool) -> tuple[int, int] | None:
        """A year in words at ``k`` right after the month of a day's date ``it``, past
        its "de"/"del" when ``linked`` ("19 de Setembro de mil oitocentos e noventa e
        cinco", "5 de mayo de dos mil veinte"), or Italian's one word ("5 marzo
        millenovecentottanta"): never a count there, but for a bare thousand and what it
        counts or costs after it ("de mil e quinhentos euros"); Italian's, with no link,
        only when it closes the date ("il 5 marzo duemilacinquecento tifosi" counts). A
        month alone keeps its words ("em maio de dois mil e vinte" stays unread)."""
        if it.day is None:
            return None
        year = self._year_in_words(k)
        if year is None or year[0] == 1000 or self.t.text[year[1]] in _AMOUNT_NOUNS:
            return None  # a bare "mil" counts too: "el 5 de mayo, carrera de mil metros"
        return year if linked or self._closes_after(year[1] - 1) else None

    def _day_before_its_words(self, close: int) -> int | None:
        """The day in digits before its number words in brackets that close at
        ``close``, as notaries write it ("aos 15 (quinze) dias do mês"), if they agree."""
        t = self.t.text
        opening = close - 1
        while opening > close - 9 and t[opening] != "(":
            opening -= 1
        day = opening - 1
        if t[opening] != "(" or not t[day].isdigit() or len(t[day]) > 2:
            return None
        return day if self._past_own_words(opening, int(t[day])) == close + 1 else None

    def _words_before_their_digits(self, close: int) -> int | None:
        """The last word of a day in words before its digits in brackets that close at
        ``close`` ("aos quinze (15) dias", "trinta e um (31)"), if they say the same
        number; the digits then stand for nothing else."""
        t = self.t.text
        digits = t[close - 1]
        if t[close - 2] != "(" or not digits.isdigit() or len(digits) > 2:
            return None
        words, _ = words_back(t, close - 2)
        return close - 3 if words and value_of(words) == int(digits) else None

    def _past_own_words(self, opening: int, value: int) -> int:
        """Past a bracket at ``opening`` that holds ``value`` in words, as notarial
        Portuguese and Spanish write a number after its digits ("09 (nove)", "9
        (nueve)", "1 (um)", "2.024 (dois mil e vinte e quatro)"); ``opening`` if not."""
        t = self.t.text
        said: int | None
        if t[opening + 1] in _WORDED_FIRST_DAYS and t[opening + 2] == ")":
            said, close = 1, opening + 2  # "1 (um)": a "one" alone
        else:
            words, close = words_forward(t, opening + 1)
            said = value_of(words) if words else None
        return close + 1 if said == value and t[close] == ")" else opening

    def _worded_year_before(self, first: int) -> int | None:
        """The year council minutes write in words before their day, after "L'an": "L'an
        deux mille huit et le 26 septembre", "L'an deux mil vingt-deux, le 3 mars"."""
        t = self.t.text
        k = first - 1
        while k > first - 4 and t[k] in _MINUTES_DAY_OPENERS:
            k -= 1
        if self._year_at(k) and t[k - 1] in _YEAR_NOUNS:
            return int(t[k])  # "L'anno 2014, il giorno 22 del mese di Gennaio"
        words, start = words_back(t, k + 1)
        year = value_of(words) if words else None
        if year is not None and 1000 <= year <= 2999 and t[start - 1] in _YEAR_NOUNS:
            return year
        return None

    def _decree_date(self, i: int) -> Expression | None:
        """A Hungarian decree's citation, number/year then the month in Roman numerals
        and the day in brackets: "1/2014. (I. 31.) rendelet", "12/2014 (XII.23.)"."""
        t = self.t
        year, j = t.text[i + 2], i + 3
        if len(year) != 4 or not year.isdigit() or not 1900 <= int(year) <= 2100:
            return None
        j += t.text[j] == "."
        month = ROMAN_MONTHS.get(t.text[j + 1]) if t.text[j] == "(" else None
        if month is None or not self.source[t.start[j + 1] : t.end[j + 1]].isupper():
            return None
        day = t.text[j + 3]
        if t.text[j + 2] != "." or not day.isdigit() or t.text[j + 4 : j + 6] != [".", ")"]:
            return None
        it = Item(i, j + 6, int(day), month, int(year))
        it.numeric = True
        return Expression([it], [], t.start[i], t.end[j + 5])

    def _time_then_date(self, i: int) -> Expression | None:
        """A time written before its date: "frá klukkan 9:00 til 12:30 föstudaginn 12.
        janúar", "at 7 pm on Friday 5 May", "o 10.00 годині 31.08.2017". Only a marked
        time, or bare hours after a clock word ("fra klokken 14 til 23 den 9.
        september"), and only when the date follows within two linking words."""
        t = self.t
        text = t.text
        before = text[i - 1]
        clock = (
            before in _HOUR_BEFORE_DATE_WORDS
            or (before == "." and text[i - 2] in _HOUR_BEFORE_DATE_WORDS)
            or (before == "le" and text[i - 2] in _ITALIAN_BEFORE_LE)  # "per le 21"
            # "at the" with the hour's part of the day: "στις 8 το βράδυ του Σαββάτου 14
            # Μαΐου" ("στις 8 Μαΐου" is a day), "a las 12 del mediodía de este viernes"
            or (before in _AT_THE_HOUR and self._meridiem(i + 1)[0] is not None)
            # "at the" and "of the day" with its noun: the minutes' "a las 10 del día 5
            # de mayo", "às 10 do dia 5" ("las 10" alone may count ten things)
            or (before in _AT_THE_BEFORE_DAY_NOUN and self._day_noun_after(i + 1))
        )
        nxt = text[i + 1]
        # a weekday right after the bare hour: its date's ("til kl. 17 mánudaginn 3.
        # desember", "klo 12 maanantaina 3.12.2012")
        # the set first: this runs for every number no date starts at
        ranged = nxt in _TIME_RANGE_WORDS or (nxt == "sino" and _time_range_word(text, i + 1))
        bare = clock and (
            ranged
            or nxt in _TIME_DATE_LINKS
            or nxt in self.lex.weekdays
            # a spaced clock's hour: "w godz. 10 00 – 12 00, 5 maja 2018"
            or (nxt.isdigit() and self._spaced_minutes(i + 1))
        )
        if not bare and ranged and text[m := self._end_time_at(i + 1)].isdigit():
            # "9 to 11 am on 5 May", "de las 10 a las 14 horas del sábado 4 de mayo"
            end = self.time(m, allow_bare=True, end=True)
            bare = end is not None and end[0].marked
        if nxt not in _AFTER_HOUR and not bare:
            return None  # the common case in prose: a count ("12 cities"), no time
        if before.isdigit() and self._spaced_minutes(i):
            return None  # the minutes of "w godz. 10 00 – 12 00, 5 maja", not an hour
        if before in _FOR_A_SPAN and nxt in _DURATION_HOURS:
            return None  # "sciopererà per 24 ore martedì 21 maggio 2019": how long
        if self._code_number(i):
            return None  # "Raum B12 am 5. Mai": a room, not twelve o'clock
        if before == "." and self._in_dotted_number(i):
            return None  # "IP 192.168.1.10 - 10/03/2025": an address's "1.10", no clock
        # a comma's minutes after a strong prefix: "dalle ore 6,00 del 4 novembre 2024"
        first = self.time(i, allow_bare=clock or bare, comma=before in _STRONG_TIME_PREFIXES)
        if first is None:
            return None
        times, k = [first[0]], first[1]
        if _time_range_word(text, k):
            second = self.time(self._end_time_at(k), allow_bare=True, end=True)
            # a bare number before a month is the date's day: "10:00 - 17 January 2024"
            if second is not None and not (
                second[0].marked is False and self._month_or_range(second[1], ranges=False)
            ):
                times, k = [first[0], second[0]], second[1]
        return self._date_after_time(i, k, times)

    def _bulleted(self, first: Item, j: int) -> bool:
        """True if the dash before ``j``, after a year's full stop, bullets the next date
        as a dash bullets ``first``, after a colon or opening its line."""
        text = self.t.text
        i = first.first
        return (
            text[j - 1] == "-"
            and len(text[j - 3]) == 4
            and text[i - 1] == "-"
            and (text[i - 2] == ":" or self._starts_line(i - 1))
        )

    def _end_time_at(self, k: int) -> int:
        """Where the end of a time range starts after its range word at ``k``: past at
        most two prefixes or articles ("από τις 08:00 έως τις 09:30 την Πέμπτη", "până la
        ora 21:00", "de las 10 a las 14 horas del sábado", "fins a les 14 h")."""
        text = self.t.text
        m = k + 1
        while m < k + 3 and (text[m] in _END_TIME_PREFIXES or text[m] in _END_TIME_ARTICLES):
            m += 1
        return m

    def _clock_word_then_date(self, i: int) -> Expression | None:
        """Noon or midnight as a word before its date, after "at", "from", "before" or
        "until" ("from midday on Saturday, 26 November", "à midi le samedi 26 novembre",
        "roimh mheán lae Déardaoin, 2 Feabhra 2012", "sa’ nofsinhar tal-Ġimgħa, is-26");
        not a name's word ("Pic du Midi le 5 mai")."""
        text = self.t.text
        h = i - (text[i - 1] == "12")  # "by 12 noon on Friday 5 May"
        lead = text[h - 2] if text[h - 1] == "'" else text[h - 1]  # Maltese "sa’"
        if lead in _CLOCK_WORD_ARTICLES:
            lead = text[h - 2]  # "hasta el mediodía del viernes 5 de mayo"
        # an "at the latest" is a deadline's "by" ("no later than noon on Tuesday, Jan.
        # 18, 2022", "al più tardi mezzogiorno del 5 maggio")
        latest = lead not in _CLOCK_WORD_LEADS and self._latest_before(h - (lead != text[h - 1]))
        if lead not in _CLOCK_WORD_LEADS and not latest:
            return None
        got = self._clock_word(i, end=False)
        if got is None or (got[0].hour == 0 and (latest or lead in _DAY_END_LEADS)):
            return None  # "until (before) midnight on 5 May": the day's end, no time of it
        return self._date_after_time(h, got[1], [got[0]])

    def _latest_before(self, k: int) -> bool:
        """True if an "at the latest" ends right before ``k`` ("no later than", "au plus
        tard", "spätestens"; see :data:`_LATEST_BY_WORD`)."""
        text = self.t.text
        return any(text[k - n] in _LATEST_BY_WORD and self._latest(k - n) == k for n in (1, 2, 3))

    def _date_after_time(self, i: int, k: int, times: list[Time]) -> Expression | None:
        """The date within a few linking words after the time read from ``i`` to ``k``
        (see :meth:`_time_then_date`), carrying that time."""
        text = self.t.text
        if (
            text[k] == "."
            and text[k - 1] in _HOURISH
            and (
                self._day_noun_after(k + 1)  # before "of the day": "A las 13:00 h. del día 27 …"
                # an abbreviation's dot before a lower-case word, which no sentence opens
                # with: a header's "00:00 h. jueves, 23 de enero de 2025" ("18 Uhr. Freitag,
                # 24. Januar" ends a sentence)
                or (
                    text[k - 1] in _DOTTED_HOUR_WORDS and self.source[self.t.start[k + 1]].islower()
                )
            )
        ):
            k += 1  # the hour word's dot
        if (
            text[k] == "."
            and text[k - 1] in _MERIDIEMS
            and text[k + 1] in _TIME_DATE_LINKS
            and self.source[self.t.start[k + 1]].islower()
        ):
            k += 1  # a stray dot after am, pm: "between 9 am. on Friday 17th August 2018"
        if text[k] == "," and self._day_noun_after(k + 1):
            k += 1  # a comma before "of the day" joins nothing else: "às 22h, do dia 12"
        if text[k] in _NAMED_DAY_LINKS:
            k = self._past_named_day(k)  # "4.0pm on Christmas Eve, 24 December"
        zone = self._zone_after_time(k)  # "at 2.30 p.m. CET today", "um 14 Uhr MEZ am 5. Mai"
        if zone is not None:
            k = zone.last
        # the hour restated in words: "no later than 12.00 (noon) on Friday 10 November",
        # "ná 12.00 (meán lae) Dé hÁoine 10 Samhain"
        said = self._clock_word(k + 1, end=False) if text[k] == "(" else None
        if said is not None and text[said[1]] == ")" and said[0].hour == times[-1].hour:
            k = said[1] + 1
        j = k
        while j < k + 3 + (text[k + 2] in DIRECTION_BEFORE):
            tok = text[j]
            expr = self.expression(j) if tok in self.lex.starters or tok.isdigit() else None
            if expr is not None:
                return self._timed_date(i, j, expr, times, zone)
            today = self.relative(j) if tok in self.lex.relative else None
            if today is not None and today[1] == 0 and text[today[2]] == ",":
                j = today[2]  # "per le 21 di oggi, lunedì 19 ottobre": today, restated
            elif tok in _DAY_PERIODS and j == k and (period := self._meridiem(j))[0]:
                j = period[1] - 1  # its part of the day again: "ag 6.00in tráthnóna Aoine, 14 …"
            elif self._of_the_day(j) == 2:
                j += 1  # "00h00min do dia 14 de outubro"
            elif j == k and tok == "." and text[j - 1] in _DOTTED_MINUTE_WORDS:
                pass  # the minute word's abbreviation dot: "до 17 год. 00 хв. 03 листопада"
            elif (
                tok not in _TIME_DATE_LINKS
                and tok not in DIRECTION_BEFORE
                and tok not in _ON_THE_AFTER_CLOCK
                and not (tok in _ON_AFTER_PREFIXED_CLOCK and self._prefixed_hour(i))
            ):
                return None  # not "di" (also German "Di."), "on", "le", "next"…
            j += 1
        return None

    def _prefixed_hour(self, i: int) -> bool:
        """True if a time prefix or a "from" word stands right before the hour at ``i``
        ("от 17 часа", "в 10 часа", "від 18 години")."""
        before = self.t.text[i - 1]
        return before in _TIME_PREFIXES or before in _FROM_WORDS

    def _past_named_day(self, k: int) -> int:
        """Past "on" at ``k`` (:data:`_NAMED_DAY_LINKS`) and a day's name that a comma
        and the day's date follow ("4.0pm on Christmas Eve, 24 December", "at 5 pm on New
        Year's Eve, December 31, 2023", "um 18 Uhr am Heiligabend, 24. Dezember", "à 17 h
        le jour de l'An, 1er janvier"): the date restates the named day, so the time
        before the name is the date's. ``k`` itself otherwise; a weekday, a month or a
        relative word after "on" is read as such ("at 7pm on Sunday, 18 December")."""
        t = self.t
        text = t.text
        lex = self.lex
        m = k + 1
        if text[m] in lex.months or text[m] in lex.relative:
            return k
        if text[m] in lex.weekdays and text[m + 1] not in _NAMED_DAY_JOINS:
            return k  # a weekday, not its feast's: "le lundi de Pâques, 1er avril"
        capitals = 0
        while text[m] != "," and m < k + _NAMED_DAY_TOKENS:
            tok = text[m]
            if tok.isalpha() and self.source[t.start[m]].isupper():
                capitals += 1
            elif tok == "'" and t.adjacent(m) and (text[m + 1] == "s" or text[m - 1] in _ELIDED):
                m += text[m + 1] == "s"  # a possessive ("New Year's") or an elision ("l'An")
            elif tok == "." and text[m - 1] in _NAMED_DAY_SAINTS and t.adjacent(m):
                pass  # "on St. Patrick's Day, March 17"
            elif tok == "-" and t.adjacent(m) and t.adjacent(m + 1):
                pass  # a compound's hyphen: "la Saint-Sylvestre, 31 décembre"
            elif not (tok in _NAMED_DAY_JOINS or tok in _NAMED_DAY_HEADS or tok in lex.weekdays):
                return k
            m += 1
        last = text[m - 1]
        named = self.source[t.start[m - 1]].isupper() or last in _NAMED_DAY_HEADS
        if not (0 < capitals <= _MOST_NAMED_DAY_WORDS and named and text[m] == ","):
            return k
        nxt = text[m + 1]
        return m + 1 if nxt.isdigit() or nxt in lex.months else k

    def _timed_end(self, j: int) -> Item | None:
        """A range's end written as a time before its date ("… до 08.00 часа на
        02.07.2018 г."): the date's one item, carrying the time."""
        timed = self._time_then_date(j)
        return timed.items[0] if timed is not None and len(timed.items) == 1 else None

    def _timed_end_after_until(self, j: int) -> Item | None:
        """The end of a date with its clock after "and … until", its own clock written
        before its day ("miércoles 21 de enero, a partir de las 23.30 horas, y se
        prolongará hasta las 05.00 horas del jueves 22"), past the clock's article or
        strong prefix, as "alle ore 24,00 del 15 dicembre" after a range word."""
        text = self.t.text
        j += text[j] in _HOUR_ARTICLES_AFTER_A or text[j] in _STRONG_TIME_PREFIXES
        return self._timed_end(j) if text[j].isdigit() else None

    def _zone_after_time(self, k: int) -> Item | None:
        """The zone written right after a time that stands before its date, as an item
        whose ``last`` is past it ("2.30 p.m. CET illum", "14h30 (heure de Bruxelles) le
        5 mai"), or None."""
        if self.t.text[k] not in _ZONE_NAME_WORDS and self.t.text[k] != "(":
            return None  # the common case: no call
        zone = Item(k, k)
        self.zone(zone, paren=False)
        return zone if zone.zone or zone.offset_minutes is not None else None

    def _timed_date(
        self, i: int, j: int, expr: Expression, times: list[Time], zone: Item | None = None
    ) -> Expression | None:
        """The date at ``j`` with the times (and their ``zone``) read before it from ``i``."""
        t = self.t
        if len(expr.items) > 1 and expr.joins != ["range"]:
            return self._timed_list(i, expr, times)
        it = expr.items[0]
        if it.times and len(times) == 1 and len(it.times) == 1 and self._from_then_until(i, j, it):
            times = [times[0], it.times[0]]  # "from 10 am on 8 February 2016, until 12 noon"
        elif it.times and not self._own_time_on_next_line(j, expr):
            return None
        it.times = times
        if it.relative is not None and (today := self.relative(it.first)) is not None:
            half = TODAY_PERIODS.get(today[0])
            # "om 8 uur vanavond", "om 8 uur morgenavond", "ag a 7 a chlog anocht": evening
            if half is not None:
                _give_half(times, half)  # as after it ("vanavond om 8 uur")
        if zone is not None and not it.zone and it.offset_minutes is None:
            it.zone, it.offset_minutes, it.second_zone = (
                zone.zone,
                zone.offset_minutes,
                zone.second_zone,
            )
        end = expr.end
        if t.text[j - 1] == "," and self._stamp_year(expr.items[0]):
            end = t.end[expr.items[0].last - 1]
        return Expression(expr.items, expr.joins, t.start[i], end)

    def _timed_list(self, i: int, expr: Expression, times: list[Time]) -> Expression | None:
        """A list of days after a time written before it, read as if the time followed
        the list's last lone day ("jeweils Samstag um 10.00 Uhr, der 12.11., 03.12. und
        10.12.2011", "de 9:00 a 13:00 els dies 21 de desembre de 2022 i del 5 al 22 de
        juny de 2023"): each day of a list takes it, consecutive days are a span with
        dates only ("Hours after several days"). Not a list whose days have clocks of
        their own, nor a span's first day."""
        if expr.joins[0] != "list" or any(it.times for it in expr.items):
            return None
        last = next((k for k, join in enumerate(expr.joins) if join != "list"), len(expr.joins))
        expr.items[last].times = times
        return Expression(expr.items, expr.joins, self.t.start[i], expr.end)

    def _from_then_until(self, i: int, j: int, it: Item) -> bool:
        """True if the date at ``j`` has its own clock after "until" and a time read
        before it (from ``i``): "ó 10 a chlog ar maidin an 8u lá de Feabhra, 2016, go dtí
        12 a chlog meán lae", "at 10 am on 8 February 2016 until 12 noon". The two are
        the day's start and end, not two readings of one time."""
        text = self.t.text
        k = i - 1
        k -= text[k] in _STRONG_TIME_PREFIXES  # "dalle ore 10", "from kl. 10"
        # after "from", also the words that are "to" only then ("de 10h le 8 mars à 12h")
        ends = _TO_BEFORE_CLOCK if text[k] in _FROM_BEFORE_TIME else _UNTIL_BEFORE_CLOCK
        return not ends.isdisjoint(text[j : it.last])

    def _own_time_on_next_line(self, j: int, expr: Expression) -> bool:
        """True if the date at ``j``, with a time written before it on its line, had its
        own time read on the next line: that line's ("14:30, 22/02/2026\\nΑπό τις 14.00
        ξεκίνησε …", the story's; "не раніше 14:00 години 22 липня 2024 року\\nне пізніше
        12:00 год …", the next limit's). Then the date ends at its line's end, and takes
        the time before it."""
        it = expr.items[0]
        if len(expr.items) > 1:
            return False
        t = self.t
        for m in range(j, it.last - 1):
            if "\n" in self.source[t.end[m] : t.start[m + 1]]:
                it.last, expr.end = m + 1, t.end[m]
                return True
        return False

    def _stamp_year(self, it: Item) -> bool:
        """A news stamp's two-digit year after its month's name, ending its line or
        before a "/" ("10:56, 25 юни 16", "13:30, 14 юли 19 / Култура"): only after
        the stamp's time and comma (see the caller), never in prose."""
        t = self.t
        k = it.last
        if it.year is not None or it.numeric or t.text[k - 1] not in self.lex.months:
            return False
        if not (len(t.text[k]) == 2 and t.text[k].isdigit()):
            return False
        if not (self._ends_line(k) or t.text[k + 1] == "/"):
            return False
        it.year, it.last = 2000 + int(t.text[k]), k + 1
        return True

    # -- expressions ------------------------------------------------------------

    def _number_sign_before(self, i: int) -> bool:
        """True if a sign for "number" stands right before the number at ``i``, so that
        the number is a count or an identifier (a meeting's, an act's, an issue's), never
        a day: with its dot ("nr. 6", "n. 6"), its ordinal mark ("n° 6", "n.º 6", "N:o 6")
        or, where it is no everyday word, without its dot ("nr 6", "Nº 6", "No 6", "č 6";
        not lower-case "no", a word in five languages)."""
        t = self.t
        sign = t.text[i - 1]
        if sign == ".":
            return t.text[i - 2] in _NUMBER_SIGNS or t.text[i - 2] == "n"
        if sign in _BARE_NUMBER_SIGNS:
            return True
        written = _BARE_NUMBER_SIGNS_AS_WRITTEN.get(sign)
        if written is not None:
            as_written = self.source[t.start[i - 1] : t.end[i - 1]]
            if as_written in _CAPITAL_NO:
                return self._numbered_noun_before(i - 1)
            return as_written in written
        if sign not in _NUMBER_MARKS:
            return False
        # the mark glued to its "n", past a dot or a colon: "n°", "n.º", "N:o", "n:r"
        k = i - 3 if t.text[i - 2] in {".", ":"} else i - 2
        return (
            t.text[k] == "n"
            and (sign == "°" or k == i - 3)  # "no" would be one token
            and t.adjacent(k + 1)
            and t.adjacent(i - 1)
        )

    def _numbered_noun_before(self, k: int) -> bool:
        """True if the capital "No" at ``k`` numbers the word before it on its line
        ("Meeting No 6"), not opening a sentence as Portuguese "in the" or Latvian
        "from" ("No 6, 7 e 8 de outubro", "No 7. līdz 18. novembrim")."""
        t = self.t
        return (
            t.text[k - 1].isalpha()
            and t.text[k + 2] != "."
            and "\n" not in self.source[t.end[k - 1] : t.start[k]]
        )

    def expression(self, i: int) -> Expression | None:
        self.opening = True
        first = self.item(i)
        self.opening = False
        text = self.t.text
        if first is None:
            if text[i + 1] == "-" and len(text[i]) == 4 and self._dashed_groups_after(i + 5):
                # a file number: "2125-4-22-02-01" holds no "22-02-01"
                self.resume = self._past_glued_groups(i + 4)
                return None
            if text[i] in self.lex.months and (
                text[i + 1] in _HEADING_SEPARATORS or self._ends_line(i)
            ):
                return self._yearless_listing_day(i)  # "Program år 2018\n\nMars\nLör 17"
            return None
        prev = text[i - 1]  # the two tests below look at it
        if (
            i
            and prev in _WEEK_WORDS
            and text[i].isdigit()
            and len(text[i]) <= 2  # "President's Week 2020 June 8 - 12": a year
            and not self._week_heading_date(first)
        ):
            self.resume = i + 1  # a week's number ("Uke 36 – Fredag 9. september") is no day
            return None
        if first.month is None and text[i + 1] == "." and self._list_number(i):
            self.resume = i + 3  # "1.- 2021eko otsailaren 26ko batzarrean": an item's number
            return None
        if first.month is None and prev in _DAY_LABEL_NOUNS and self._day_label(i):
            self.resume = first.last  # "Ziua 1 - sâmbătă 03.08.2013": a programme day's number
            return None
        if (
            first.month is None
            and text[first.last] in _DAY_LABEL_NOUNS
            and text[first.last + 1] in _LABEL_SIGNS
            and self._numbered_day_label(first.last + 1)
        ):
            self.resume = first.last  # "2º Dia – 08/10/2017": the label's ordinal, no day
            return None
        if (
            first.month is None
            and text[i - 1] in _AT_THE_BEFORE_DAY_NOUN
            and self._day_noun_after(i + 1)
        ):
            return None  # "às 10 do dia 5 de maio": an hour (see _time_then_date), no day
        if first.month is None and text[i + 1] == "-" and self._weekday_day_after_dash(i):
            self.resume = i + 1  # "Term 1 – Monday 2nd September …": a label's number
            return None
        if self._code_number(i) and (first.month is None or self._coded_day(first)):
            # a document's, a room's, a road's or a paper's code: "έγγραφο Δ11 έως
            # 24-11-2023", "Edición impresa A21 enero 2020" (January 2020's issue)
            self.resume = i + 1
            return None
        if first.month is None and self._name_number(i, first.last):
            self.resume = i + 1  # "Regio8 | 23 februari 2018": a name's number, no day
            return None
        if (
            prev == "."
            and first.month is None
            and not first.numeric
            and text[i - 2].isdigit()
            and self.t.adjacent(i)
            and self.t.adjacent(i - 1)
        ):
            # the month of a "d.m" whose start was not read: "ma 15.8-la 22.12.2018" is
            # no range from the 8th
            self.resume = i + 1
            return None
        # an issue's number and its month: "Boletim Nº 26/Junho de 2011"
        issue = text[i + 1] == "/" and text[i + 2] in self.lex.months
        if (
            (first.month is None or first.numeric or issue)
            and prev in _NUMBER_SIGN_ENDS
            and self._number_sign_before(i)
        ):
            # a house's or an act's number: "nr. 5, sâmbătă, 25 …"; an act's number and
            # year are no numeric date ("Resolución Nº 7/19, de 14 de marzo"), nor an
            # issue's number and its month, which read on as the partial they are
            self.resume = i + 2 if issue else first.last
            return None
        if (
            i
            and prev in _STREET_BEFORE
            and text[i] not in self.lex.weekday_words  # "prende il via giovedì 13 novembre"
            and self._after_street_word(i)
        ):
            # "ul. 1 Maja 32", "Piazza 8 Marzo": an address; skip the whole item, and the
            # house's number after it ("οδό 28ης Οκτωβρίου 12, την Κυριακή 5 Μαΐου")
            house = text[first.last].isdigit() and len(text[first.last]) <= 4
            self.resume = first.last + house
            return None
        if first.numeric and self._section_number(first):
            self.resume = first.last  # "az Alapszabály 5. fejezet 1.1.11. pontja": a point
            return None
        if (
            first.year is None
            and text[first.last - 1] in TURKISH_MONTHS
            and self._opens_name(first)
        ):
            self.resume = first.last  # "3 Temmuz Stadyumu’nda": a stadium, no 3 July
            return None
        if (
            first.numeric
            and i
            and text[i + 1] == "."
            and (
                self._version_before(i)
                or (first.year is None and (self._in_dotted_number(i) or self._short_version(i)))
            )
        ):
            # "Version 2.3.2024 of the app", "v2.3.2024", "v. 2.1 – 10/03/2025"; the "4.3"
            # of "Versão 3.4.3 - 10/03/2025", a section's "2.4.3", an address's "1.10"
            self.resume = first.last
            return None
        if first.relative is not None:
            return self._after_relative(first)
        if first.partial:
            listed = self._listing_day(first)  # "mars 2025\n- samedi 22 16 h 00 min"
            if listed is not None:
                return listed
        items = [first]
        joins: list[str] = []
        # The cap keeps scanning linear on hostile input ("1-1-1-…"); real lists of
        # days are a week long at most. Nothing joins past the text's end (no call).
        n = self.t.n
        night = False
        while len(items) < MAX_ITEMS and items[-1].last < n:
            after_list = bool(joins) and joins[-1] == "list"
            sep = self.separator(items[-1].last, after_list)  # positional: see day_first
            if (
                not joins
                and sep is not None  # inline, cheap tests first: every lone date asks
                and not _SCHEDULED_WORDS.isdisjoint(text[first.last : first.last + 20])
                and (scheduled := self._scheduled_end(first))
            ):
                sep = "range", scheduled  # "… e tem encerramento previsto para 7 de dezembro"
            if (
                sep is None
                and not joins
                and text[first.last] == ")"
                and text[first.first - 1] == "("
                and first.month is not None  # not a list's "(1)\nIl-21 ta’ Frar 2019"
            ):
                # a date in brackets after the word it dates, its range going on past the
                # bracket: "ab heute (22. April) bis einschließlich Montag (25. April)"
                sep = self.separator(first.last + 1)
                if sep is not None and sep[0] != "range":
                    sep = None
            # ``joins`` is one shorter than ``items``: "not joins" is "one item", no call
            if sep is None and not joins:
                if text[first.last] in _NIGHT_TO:
                    sep = self._night_to(first)
                    night = sep is not None
                else:
                    sep = self._join_further_on(first)
            if sep is None:
                break
            kind, j = sep
            if (
                kind == "range"
                and not joins
                and text[first.last] == ","
                and text[first.last + 1] in _UNTIL
                and self._cited_date(first)
            ):
                break  # "resolución de fecha 24 de marzo de 2021, hasta el 13 de junio"
            if (
                kind == "list"
                and text[j - 1] in _LATEST_LAST_WORDS
                and not self._between_opens(first.first)
                and not self._between_before_time(first.first)
            ):
                break  # "open on 1 May and no later than 2 May": a deadline, no list
            # the same "until" before each date: deadlines ("do 31. 12. 2019, do 30. 4.
            # 2020 a do 31. 8. 2020"), not a range (inline: every join asks); the same
            # dash before each: bullets ("datoer: - 17. og 18.august 2023. - 24.november")
            if kind == "range" and (
                ((u := text[items[-1].first - 1]) in _UNTIL and text[j - 1] == u)
                or (text[j - 2] == "." and self._bulleted(first, j))
            ):
                kind = "list"
            if kind == "list" and first.partial:
                break  # "w lipcu 2022 roku i 5 sierpnia 2022": a month, then a date of its own
            if (
                kind == "range"
                and first.partial
                and not joins
                and self._opens_sentence_below(first)
            ):
                # "ASSEMBLEIA (MARÇO 2016)\nA 19 de Março de 2016 decorreu": a heading's
                # month, then a sentence's "on the", no "to"; the date below reads alone
                break
            if items[-1].year is not None and self._next_entry(kind, items[-1], joins):
                break
            if kind == "range" and text[j] in _STRONG_TIME_PREFIXES and text[j + 1].isdigit():
                j += 1  # the end's hour first: "alle ore 24,00 del 15 dicembre 2024"
            if kind == "range" and text[j + 1] == "." and items[-1].numeric:
                # a year-first numeric start's year-less end, month first as the start
                nxt = self._month_day_end(items[-1], j)
                if nxt is not None:
                    self.times_and_zone(nxt)
                else:
                    nxt = self.item(j)
            elif text[j - 1] == "/" and items[-1].numeric and not joins:
                nxt = self._iso_interval_end(items[-1], j)  # "1986-05-01/04"
                if nxt is None:
                    nxt = self.item(j)
                else:
                    kind = "range"
            else:
                nxt = self.item(j)
            if kind == "range" and not joins and nxt is not None and nxt.month is None:
                nxt = self._iso_day_end(items[-1], j) or nxt  # "2017-10-18 a 20 VIAJE"
            if kind == "range" and text[j].isdigit():
                if nxt is None:  # "от 08.00 часа на 27.06 до 08.00 часа на 02.07", not
                    # the end of hours: "de la ora 10 până la ora 14, sâmbătă, 4 mai"
                    nxt = self._timed_end(j) if self._named_day(items[-1]) else None
                elif (
                    nxt.month is None
                    and (
                        text[j + 1] in _MERIDIEM_STARTS
                        or (
                            (text[j + 1] in _HOUR_MARKERS or text[j - 1] in _STRONG_TIME_PREFIXES)
                            and text[j - 2] not in self.lex.list_words  # "et à 18 heures le 24"
                        )
                    )
                    and self._named_day(items[-1])  # not "9 to 11 am on 5 May"
                ):
                    # "… to 5pm on 25 January", "bis 17 Uhr am 15. Dezember", "alle ore
                    # 24,00 del 15 dicembre": not day 5, 17 or 24
                    nxt = self._timed_end(j) or nxt
            if (
                kind == "list"
                and nxt is not None
                and nxt.times
                and not items[-1].times
                and text[j - 1] != ","
                and text[j - 1] not in self.lex.list_words
                and self._starts_line(nxt.first)
            ):
                # "15.01.2017;\n\n12.01.2017, ora 9": a date that opens the next line
                # with its own clock, after an entry's end, is that line's entry: its
                # clock is not shared back ("Sábado 7 de julio,\ndomingo 8 de julio a
                # las 10:00", prose wrapped after a comma or "and", still lists)
                break
            if nxt is None and not joins and text[first.last] == ",":
                far = (
                    self._until_far_on(first.last)
                    if self._from_before(first.first)
                    else self._until_after_start(first)
                )
                if far is not None:  # "A partir du 07 juillet, la bibliothèque … jusqu'au 02 août"
                    # (after the comma, "la" is Romanian "to" or a filler: no date follows)
                    kind, j = far
                    nxt = self.item(j)
            if (
                nxt is None
                and not joins
                and text[first.last] in _NOTE_SIGNS
                and text[first.first - 1] == ":"
            ):
                # not the dash's end but a note's: "Início:\n18 de dezembro de 2017-
                # Natal\nTermo:\n2 de janeiro de 2018"
                noted = self._noted_start_end_label(first)
                if noted is not None:
                    kind, j = noted
                    nxt = self.item(j)
            if night and nxt is not None and nxt.day not in {(first.day or 0) + 1, 1}:
                break  # "vom 18. Juni 2021 auf den 11. Juni 2021 zu verschieben": a move
            if nxt is not None and kind == "far" and nxt.month is None:
                break  # "from 3 May 2020 … until 5 pm": only a day and month end the range
            kind = "range" if kind == "far" else kind
            if (
                nxt is not None
                and nxt.numeric
                and items[-1].month is None
                and not items[-1].numeric
                and text[j - 1] == "/"
                and text[j - 2] != "."  # "13./14.12.2015": two days, as "13./14. Oktober"
                and not self._night_days(items[-1], nxt)
            ):
                break  # "№28/17.11.2005", "Nr. 5/17.11.2005": a number, then its date
            if (
                nxt is not None
                and nxt.numeric
                and items[-1].month is None
                and text[j - 1] == "-"
                and self._file_number_range(items[-1].first, nxt)
            ):
                # "URBROJ: 2211/05-03-18-04" holds no "05 – 03-18-04": skip it all, or
                # end a list before it ("5 May 2021, 05-03-18-04")
                if joins:
                    items.pop()
                    joins.pop()
                    break
                self.resume = self._past_glued_groups(j)
                return None
            if (
                kind == "list"
                and not joins
                and (nxt is None or nxt.month is None)
                # not "between 10 and 4pm on 4 May": hours
                and self._named_day(items[-1])
                and (
                    (text[j].isdigit() and self._and_before(j) and self._between_opens(first.first))
                    or (
                        text[first.last] in self.lex.list_words
                        and self._between_before_time(first.first)
                        and text[j := self._end_time_at(j - 1)].isdigit()
                    )
                    or (
                        # a start word before the first clock, an end word right after
                        # "and" before the second: "com início às 6 horas do dia
                        # 14/06/2016 e encerramento às 12h do dia 17/06/2016"
                        text[j] in _END_WORDS_AFTER_START
                        and text[j - 1] in self.lex.list_words
                        and self._between_before_time(first.first, _START_WORDS)
                        and text[j := self._end_time_at(j)].isdigit()
                    )
                )
            ):
                # "between: Tuesday 29th June 2021 and 4:00pm on Wednesday 28th July
                # 2021": the range's end, its clock written before it, as after a dash;
                # also when the start's own clock stands before it ("tra le ore 8 del 7
                # gennaio e le ore 20 del 31 gennaio 2020", as "dalle ore 8 del 7 …
                # alle ore 20 del 31 …"); "no later than" may stand before the end's
                # clock ("between 9 am on Friday 17th August 2018 and no later than
                # 4.00pm on Thursday 6th September 2018")
                timed = self._timed_end(j)
                if timed is not None:
                    nxt, kind = timed, "range"
            if (
                nxt is None
                and kind == "range"
                and text[j] in _AT_THE_BEFORE_DAY_NOUN
                and text[j + 1].isdigit()
                and text[j - 2] not in self.lex.list_words  # "y a las 18 horas del 24"
                and self._named_day(items[-1])
            ):
                nxt = self._timed_end(j + 1)  # after "the": "fins a les 14 h del dia 4 de maig"
            if nxt is None and not joins:
                if (
                    (
                        not _SCHEDULED_END_NOUNS.isdisjoint(text[j : j + 3])
                        and (k := self._end_noun_after(first))
                    )
                    or (k := self._end_verb_past_place(first))
                    or (k := self._going_on_after_start(first))
                ):
                    # "terá o seu início no dia 18 … e o seu término a 28", "comienza el 2
                    # de julio en el polideportivo municipal y termina el 30 de agosto",
                    # "dá início nesta quinta-feira (2) ao circuito …, que segue até o dia 7"
                    j, kind = k, "range"
                    nxt = self.item(j)
                elif kind == "list" and (
                    text[j - 1] in self.lex.list_words  # "and", not ","
                    or (text[j] in _GOING_ON and text[j - 1] == ",")  # ", continuando até"
                ):
                    between = (
                        self._between_past_word(j)
                        if text[j + 1].isdigit() or text[j + 1] in self.lex.months
                        else None
                    )
                    if between is not None:
                        nxt, j = between, j + 1  # "2022. november 2. és tervezetten 2023. …"
                    else:
                        # "begint op 7 juli en duurt tot en met 21 augustus"
                        verb_words = j
                        j = self._until_after_words(j, start=first.first)
                        nxt = self.item(j) if j else None
                        kind = "range"
                        if (
                            nxt is not None
                            and self._end_verb_until(verb_words, j)
                            and not _ends_within_a_year(first, nxt)
                        ):
                            break  # "… 30 de marzo de 2026 y terminan hasta el 10 de febrero"
                        if j and (nxt is None or nxt.month is None):
                            # the end's clock, then its day, after a date with its own
                            # clock: "hasta las 05.00 horas del jueves 22", "until 6am on
                            # Sunday 8 March"
                            timed = self._timed_end_after_until(j) if first.times else None
                            if timed is not None or nxt is None:
                                nxt = timed
                            elif not nxt.said_month and (
                                nxt.weekday is None or (nxt.day or 0) <= (first.day or 0)
                            ):
                                # "… en duurt tot 17 …": a day only with its weekday ("y
                                # terminarán el viernes 12"), later in the start's month
                                break
                elif (
                    text[j] in _END_VERBS or text[j] in _REFLEXIVES or text[j] in _BEFORE_INFINITIVE
                ) and (k := self._end_verb_after(first)):
                    # "započinje 4.9.2023, a završava 21.6.2024", "iniziano il 16 settembre
                    # 2019, per chiudere il 6 giugno 2020"
                    j, kind = k, "range"
                    nxt = self.item(j)
                elif (
                    text[j - 1] == "-"
                    and not _START_WORDS.isdisjoint(text[j : j + 3])
                    and (sep := self._start_end_lines(first)) is not None
                ):
                    # a timeline's label behind a dash: "3 marca 2025 – Rozpoczęcie
                    # rejestracji\n30 kwietnia 2025 – Zakończenie rejestracji"
                    kind, j = sep
                    nxt = self.item(j)
            if (
                kind == "list"
                and nxt is not None
                and nxt.relative is not None
                and text[nxt.last] in self.lex.weekdays
                and text[nxt.last + 1].isdigit()
            ):
                # the next day's relative word restates its weekday and day: "σήμερα
                # Πέμπτη 12 και αύριο Παρασκευή 13 Μαρτίου" (as _after_relative reads)
                nxt = self.item(nxt.last)
            if nxt is None or nxt.relative is not None or nxt.partial:
                break
            if (
                kind == "list"
                and nxt.year is not None
                and items[-1].month is None
                and text[j - 1] == ","
                and self._closed_bare_list(items)
            ):
                # "Plandag 1 og 2, 08.09.2022-10.09.2022": a label's numbers, no days
                self.resume = items[-1].last
                return None
            if kind == "range" and not joins and self._and_between_full_dates(first, nxt):
                kind = "list"  # "dne 22. 09. 2023 a 16. 11. 2023": two days
            if (
                kind == "list"
                and text[j - 1] == "/"
                and not joins
                and self._slash_range(items[-1], nxt)
            ):
                kind = "range"  # "2008-04-11 / 2008-04-18", "settimana 11/15 settembre"
            if (
                items[-1].month is None
                and self._opens_with_year(nxt)
                and all(it.month is None for it in items)
                # a range word's bare day before a numeric end takes the end's month, as
                # before "24/10/2021": "01 a 2021/10/24" (a dash may follow a row's
                # number: "1 – 2021-10-24" stays an end whose start is not read)
                and not (kind == "range" and not joins and nxt.numeric and text[j - 1].isalpha())
            ):
                self.resume = nxt.first  # "2, | 2024. szeptember 9.": a row's number
                return None
            if (
                kind == "list"
                and not joins
                and text[first.last] == ","
                and nxt.weekday is not None
                and first.weekday is None
                and first.month is None
            ):
                # a bare number, then a day that names its weekday: no list's first day
                # (a list names each day's weekday or none), a house number or a count:
                # "haldinn að Hlíðavegi 6, þriðjudaginn 10. desember 2019"
                self.resume = nxt.first
                return None
            if (
                kind == "list"
                and not joins
                and text[first.last] == "|"
                and text[first.last - 1].isdigit()
                and first.month is None
                and first.weekday is None
            ):
                # a bare number before a bar is a byline's field (an episode's, a page's,
                # a volume's), no list's first day: "Aflevering 8 | 23 februari 2018"; a
                # calendar's days between bars have their months ("23.1. | 27.3.")
                self.resume = nxt.first
                return None
            if nxt.month is None and items[0].month_first and not nxt.times:
                nxt.last = self._day_suffix(nxt.last)  # "január 2-a és 6-a", "9–11."
                if items[-1].year is None:
                    self._year_after(nxt)  # "October 9-11, 2019", "January 20, 21, and 28, 2022"
            items.append(nxt)
            joins.append(kind)
        chain_end = items[-1].first
        if len(joins) > 1 and self._dashed_days(items):
            joins = ["list"] * len(joins)  # "21-22-23-24-25.07.2025", "21-22-24 Temmuz"
        if joins and items[-1].last == self.far_time[0]:
            # "Lunedì 30, martedì 31 ottobre, mercoledì 1 novembre l'orario di apertura è
            # fissato sempre dalle 10 alle 13": far-off hours after several days are
            # their opening hours, not the range's times
            items[-1].times, items[-1].last = (), self.far_time[1]
        if first.weekday is not None and joins and items[1].weekday is None:
            self._weekdays_listed_apart(items)
        if items[0].weekday is not None and self._weekday_days(items):
            # "el viernes 12", "nesta terça-feira (14)", "sábado 20 y domingo 21": the
            # reference and the weekday give the month (settled in _resolve).
            return self._finish(items, joins)
        if items[0].weekday is not None and self._weekly_days(items, joins):
            for it in items[1:]:
                it.weekday = items[0].weekday  # "Los miércoles 23 y 30": each a Wednesday
            return self._finish(items, joins)
        if (
            items[0].direction > 0
            and text[items[0].first] in _NEXT_BEFORE_DAYS
            and not self._next_days(items)
        ):
            self.resume = chain_end
            return None
        # A trailing day-only item ("12 December, 3rd city") has no month to take
        # unless the month came first ("October 9-11") or it says "of this month"
        # ("desde el lunes 9 de mayo hasta el día 17 del presente mes").
        while (
            joins
            and items[-1].month is None
            and not items[-1].this_month
            and not items[-1].said_month
        ):
            donor = next((it for it in reversed(items[:-1]) if it.month is not None), None)
            if donor is not None and (
                donor.month_first
                or (items[-1].weekday is not None and (items[-1].day or 0) > (donor.day or 0))
            ):
                # "sábado 9 de agosto e o domingo día 10": its weekday will check it; an
                # earlier day is no later day of that month ("mardi 30 mars et mardi 21
                # septembreRAPPEL" with its month glued to the next word): dropped
                break
            if (
                donor is not None
                and joins[-1] == "range"
                and text[items[-1].first - 1] in _DAY_NOUNS
                and (donor.day or 32) < (items[-1].day or 0)
            ):
                # "desde el lunes 5 de abril hasta el día 20": "the day" of the start's
                # month, later in it (a day noun says it is a day of the month)
                break
            items.pop()
            joins.pop()
        if joins and items[-1].this_month and not items[-1].direction:
            _days_of_this_month(items)  # "De 22 a 25 deste mês", "dias 22 e 23 do corrente"
        if joins and items[-1].year is not None and text[items[-1].last] in _SCHOOL_YEAR_SIGNS:
            self._year_span_after(items, joins)  # "9.des-7.janúar2023-2024"
        for it in items:
            if it.month is not None or it.partial or it.this_month:
                break
        else:
            # Every suffix of a month-less chain is month-less too: skip it (linear
            # time on "1-1-1-…").
            self.resume = chain_end
            return None
        if items[0].year is None and items[-1].year is None:
            # A cited act's year makes a short form a date: "Ley 5/2015, de 30/10".
            before = text[items[0].first - 1]  # what the tests below look at
            cited = (
                self._citation_year(items[0].first)
                if before in _CITATION_LINKS or before == ","
                else None
            )
            start = items[0].first
            month = items[0].month or items[-1].month  # "sabato 4 e domenica 5 novembre"
            if cited is None and (
                before == ":"
                or before == "med"
                or before == "("
                or before in _YEAR_NOUNS_AFTER_YEAR
                or before in _BULLETS
                or before.isdigit()
                or (before in _TURKISH_IN and text[start - 2] == "'")
                or "," in text[start - 4 if start > 4 else 0 : start]
                or not _STATED_YEAR_CUES.isdisjoint(text[start - 6 if start > 6 else 0 : start - 1])
            ):  # what _stated_year can read at all: no call for a plain word before ("med":
                # Nordic "from and with", "árið 2023 er frá og með 4. júlí"); the cues as far
                # back as a year word before its year's "of" ("ano de 2023 que será a 5")
                cited = self._stated_year(start, month)  # "Festes locals 2024: 25 de juny"
            if cited is None and before == "-" and items[0].month_first:
                cited = self._year_dash_month(start)  # "Basauriko Jaiak 2023 - urriak 7"
            if cited is None and month and ":" in text[start - 4 if start > 4 else 0 : start]:
                cited = self._month_label_year(start, month)  # "Juny 2024: tancat del 25 …"
            if cited is None and month is not None and "\n" in self.source:
                # (a heading's line break: else no call) "Année 2023 :\nDu 27 Novembre",
                # "SEPTEMBRIE 2017\n\n04 – 12 septembrie"; a numeric date only under its
                # month's heading, which its month agrees with: "JANUARI 2025\n1/1 …"
                numeric = items[0].numeric or items[-1].numeric
                cited = self._heading_year(start, month, named_only=numeric)
            if (
                cited is None
                and before in _MINUTES_DAY_OPENERS
                and not _YEAR_NOUNS.isdisjoint(text[start - 12 if start > 12 else 0 : start])
            ):
                cited = self._worded_year_before(start)  # "L'an deux mille huit, le 26 …"
                if cited is not None and not items[-1].times:
                    self.in_words = True  # its hours in words too: "à vingt heures"
                    self.times_and_zone(items[-1])
                    self.in_words = False
            if cited is None and month and text[items[-1].last] in _BEFORE_NEXT_SPAN:
                cited = self._year_of_next_span(items[-1].last, month)
            if cited is None and items[0].weekday is not None and month:
                cited = self._sentence_year(items[0], month)  # "Årsmøtet 2019 … lørdag 8. juni"
                if cited is None and "\n" in self.source:
                    cited = self._heading_year_by_weekday(items[0], month)
            if cited is None and month:
                cited = self._this_year_stated(start)  # "У цьому 2023 році … 01 жовтня"
            if cited is None and not self._short_forms_stand(items):
                return None
            items[0].year = cited
            if before in DIRECTION_BEFORE or before in {"dia", "giorno"}:
                self._direction_before(items)
        return self._finish(items, joins)

    def _this_year_stated(self, first: int) -> int | None:
        """The year written into a "this year" phrase earlier in the sentence of the
        year-less date at ``first`` ("У цьому 2023 році вперше … відзначають за новою
        датою – 01 жовтня", "w tym 2023 roku … 5 maja", "this year (2023) the fair is
        on 5 May"): the writer's own year, so no guess. At most _THIS_YEAR_REACH
        characters back, with no sentence end, line break or other number between."""
        if self.this_years is None:
            # Every phrase holds a 19xx or 20xx year, which most texts that ask lack:
            # that plain search costs a tenth of the phrase's (1.6 against 15 µs on a
            # sentence of 110 characters).
            folded = self.t.folded
            self.this_years = (
                [(m.end(), int(m[1] or m[2] or m[3])) for m in _THIS_YEAR_PHRASE.finditer(folded)]
                if _CENTURY_YEAR.search(folded)
                else []
            )
        start = self.t.start[first]
        for end, year in reversed(self.this_years):
            if end <= start:
                between = self.source[end:start]
                if len(between) > _THIS_YEAR_REACH or _THIS_YEAR_BREAKS.search(between):
                    return None
                return year
        return None

    def _year_of_next_span(self, k: int, month: int) -> int | None:
        """The year written once after two spans, for the first one too: "del 7 al 10
        de gener i del 13 al 16 de gener de 2020", "lundi 23 et mardi 24 décembre, puis
        jeudi 2 et vendredi 3 janvier 2025" (a month later than the next span's is the
        year before). Only the next date on the same line, after "and" or a comma, "then"
        and its opener."""
        text = self.t.text
        j = k
        while j < k + 3 and text[j] in _BEFORE_NEXT_SPAN:
            j += 1
        j += text[j] in RANGE_OPENERS
        if self.peeking or "\n" in self.source[self.t.end[k - 1] : self.t.start[j]]:
            return None
        resume, self.peeking = self.resume, True
        following = self.expression(j)
        self.resume, self.peeking = resume, False
        if following is None or following.items[0].relative is not None:
            return None
        # the span's year and month may stand on its end only ("13 to 16 January 2020")
        year = next((it.year for it in following.items if it.year is not None), None)
        next_month = next((it.month for it in following.items if it.month is not None), None)
        if year is None or next_month is None:
            return None
        return year - 1 if month > next_month else year

    def _sentence_year(self, it: Item, month: int) -> int | None:
        """A year stated earlier in the sentence of a year-less date that names its
        weekday ("Årsmøtet 2019 blir holdt lørdag 8. juni", "Generalforsamlingen for 2025
        blev afholdt torsdag d. 27 marts"): a lone year at most _SENTENCE_YEAR_TOKENS
        back in the same clause (no sentence end, comma, dash, "and", line break nor
        other number between), on whose calendar the weekday falls on that day (of
        ``month``: a range's own when its first day has none). The
        weekday is what makes it no guess, the clause what makes it the date's year:
        "ξεκίνησε το 2001 και τα εγκαίνια θα γίνουν τη Δευτέρα 23 Απριλίου" (started in
        2001, and the opening is on Monday 23 April) states no year of the opening."""
        t = self.t
        text = t.text
        for m in range(it.first - 1, max(it.first - _SENTENCE_YEAR_TOKENS, 0) - 1, -1):
            tok = text[m]
            if tok == "." and text[m - 1] in _DOTTED_YEAR_WORDS:
                # a year word's dot ends no clause: "w 2022 r. 1 listopada (wtorek)"
                year_at = self._year_before_dotted_word(m)
                if year_at is not None:
                    m, tok = year_at, text[year_at]
            if (
                (tok in _CLAUSE_ENDS and not self._inside_clause(m, it.first))
                or (
                    tok in self.lex.list_words
                    and self._joins_clauses(m)
                    # Croatian "on" before the weekday: "U 2022. g. blagdan je u utorak
                    # 1. studenoga", no Spanish "or"
                    and not (m == it.first - 1 and tok in _WEEKDAY_PREPOSITIONS)
                )
                or "\n" in self.source[t.end[m] : t.start[m + 1]]
            ):
                return None
            if tok.isdigit():
                year = self._lone_year(m)
                if year is None and self._months_of_year(m, month):
                    # the month's own heading: "slavnosti června 2015 Pátek 26. června",
                    # or a span of months that holds it: "Activiteiten september -
                    # december 2017 Zaterdag 23 september"
                    year = int(tok) if len(tok) == 4 and 1900 <= int(tok) <= 2100 else None
                if year is None and text[m - 1] in _SCHOOL_YEAR_SIGNS:
                    # "im Schuljahr 2022/23 … am Samstag, 27. August": either year
                    span = _SCHOOL_YEAR.fullmatch(t.folded, t.start[m - 2], t.end[m])
                    year = self._lone_year(m - 2) if span is not None else None
                    years = _school_years(span, year)
                    if years is not None:
                        return _year_by_weekday(years, month, it)
                if year is None:
                    return None
                return _year_by_weekday((year,), month, it)
        return None

    def _year_before_dotted_word(self, m: int) -> int | None:
        """The index of the year whose abbreviated year word ends with the dot at ``m``
        (Polish, Czech and Slovak "2022 r.", Ukrainian "2022 р.", Bulgarian "2022 г.",
        Croatian "2022. g.", Estonian "2022. a."; see _YEAR_SUFFIXES), if any."""
        text = self.t.text
        for k in (m - 2, m - 3):
            if text[k].isdigit():
                return k if self._year_suffix(k + 1) == m + 1 else None
        return None

    def _months_of_year(self, m: int, month: int) -> bool:
        """True if the year at ``m`` is written after ``month`` ("června 2015", "junio de
        2015") or after a span of months that holds it ("september - december 2017",
        "de septiembre a diciembre de 2017": one year's, its first month no later than
        its last)."""
        text, months = self.t.text, self.lex.months
        m -= 1 + (text[m - 1] in _MONTH_YEAR_LINKS)  # "de septiembre a diciembre de 2017"
        last = months.get(text[m])
        if last is None or last == month:
            return last == month
        first = months.get(text[m - 2])
        return (
            first is not None
            and (text[m - 1] in _DATE_RANGE_SIGNS or text[m - 1] in self.lex.range_words)
            and first <= month <= last
        )

    def _heading_year_by_weekday(self, it: Item, month: int) -> int | None:
        """The year of a heading a few short lines above a year-less date that opens its
        line and names its weekday, when that weekday falls on that day in that year
        ("Programm tal-Ġimgħa Mqaddsa 2017\n\nKatidral …\n\nIL-ĦADD 9 t'April", "De
        siste tre søndagene før julaften i 2023 er:\n- Søndag 10. desember"): the
        heading's line holds that lone year and no other number, the lines between hold
        no number at all. The weekday is what makes it no guess, as in _sentence_year."""
        src = self.source
        start = self.t.start[it.first]
        nl = src.rfind("\n", 0, start)
        if it.day is None or not _LINE_BEFORE_DATE.match(src, nl + 1, start):
            return None
        # folded: every dash a hyphen, for a school year "2022–23"
        window = self.t.folded[max(0, nl - _WEEKDAY_HEADING_CHARS) : max(nl, 0)]
        lines = window.split("\n")[::-1]
        if nl > _WEEKDAY_HEADING_CHARS:
            lines.pop()  # the window's first line may be cut: not a line of its own
        for line in lines[:_WEEKDAY_HEADING_LINES]:
            numbers = _DIGIT_RUNS.findall(line)
            if not numbers:
                continue
            year = int(numbers[0])
            if len(numbers[0]) != 4 or not 1900 <= year <= 2100:
                return None
            if len(line.strip()) > _WEEKDAY_HEADING_WIDTH:
                return None  # prose
            if len(numbers) == 1:
                return _year_by_weekday((year,), month, it)
            # a school year: "Einschulung Schuljahr 2022/23\n\n… am Samstag, 27. August"
            years = _school_years(_SCHOOL_YEAR.search(line) if len(numbers) == 2 else None, year)
            return None if years is None else _year_by_weekday(years, month, it)
        return None

    def _inside_clause(self, m: int, first: int) -> bool:
        """True if the sign at ``m`` ends no clause: a hyphen inside a word (Maltese
        "is-Sibt"), the bracket that opens the date itself ("le Comunali 2021 …
        fissata (lunedì 8 febbraio)") or a bracket around an aside of a few words
        without a number ("Íslandsmótið 2021 í sveitakeppni (liðakeppni) verður haldið
        laugardaginn 20. nóvember")."""
        t = self.t
        tok = t.text[m]
        if tok == "(":
            return m == first - 1 or self._bracketed_words(m, 1, ")")
        if tok == ")":
            return self._bracketed_words(m, -1, "(")
        return tok == "-" and t.adjacent(m) and t.adjacent(m + 1) and t.text[m - 1].isalpha()

    def _bracketed_words(self, m: int, step: int, other: str) -> bool:
        """True if the bracket at ``m`` closes, ``step`` by ``step``, on its ``other``
        after one to three words (letters only: no number, no sign)."""
        text = self.t.text
        k = m + step
        while abs(k - m) <= 3 and text[k].isalpha():
            k += step
        return k != m + step and text[k] == other

    def _joins_clauses(self, m: int) -> bool:
        """True if the list word at ``m`` is an "and" between clauses: Romanian "și" as
        written; a bare "si" is as often Italian's "si" ("La sagra 2023 si terrà sabato 4
        novembre": itself), and Icelandic "í" is "in" ("í maí 2024 verður blásið til
        stórtónleika í Eldborgarsal Hörpu sunnudaginn 26. maí"): they join nothing."""
        return self.source[self.t.start[m] : self.t.end[m]].lower() not in _NO_CLAUSE_JOINS

    def _listing_day(self, heading: Item) -> Expression | None:
        """A calendar list view's month heading, alone on its line (a separator after
        it at most), and on the next line the first day by weekday and number: "mars
        2025\n- samedi 22 16 h 00 min - 18 h 00 min", "March 2025\nSat 22\n10:00 am",
        "März 2025\nSa, 22.". The weekday is required, and must agree (see _resolve);
        a bare day number under a heading ("March 2025\n22") is anything."""
        t = self.t
        text = t.text
        if heading.month is None or heading.month == CONTESTED or heading.year is None:
            return None
        m = heading.first
        while m > 0 and not self._starts_line(m) and not text[m - 1].isalnum():
            m -= 1  # a heading's signs: "## March 2025", "— mars 2025"
        if m > 0 and not self._starts_line(m):
            return None  # "Published in March 2025\nSat 22": no heading
        k = heading.last
        if text[k] in _HEADING_SEPARATORS and not self._starts_line(k):
            k += 1
        if k >= t.n or not self._starts_line(k):
            return None
        k += text[k] in _BULLETS
        if text[k] not in self.lex.weekday_words:
            return None
        resume = self.resume
        self.listing = True
        expr = self.expression(k)
        self.listing = False
        self.resume = resume
        if expr is None or not self._weekday_days(expr.items):
            return None
        for it in expr.items:
            it.month, it.year = heading.month, heading.year
        return Expression(expr.items, expr.joins, t.start[heading.first], expr.end)

    def _yearless_listing_day(self, i: int) -> Expression | None:
        """A calendar's month heading without its year at ``i`` (alone on its line, as
        in :meth:`_listing_day`) under the heading line that states the year, and the
        first day under it by weekday and number: "Program år 2018\n\nMars \nLör 17
        Årsmöte …". The year is the one the line above states for the dates after it
        (:meth:`_stated_year`, :meth:`_heading_year`), and the weekday must fall on that
        day in that year, or nothing is read: the Policy's month heading over a weekday
        and a day, with the heading year's check by the weekday."""
        month = self.lex.months[self.t.text[i]]
        if month == CONTESTED:
            return None
        year = self._stated_year(i, month) or self._heading_year(i, month)
        if year is None:
            return None
        expr = self._listing_day(Item(i, i + 1, None, month, year))
        if expr is None:
            return None
        day = expr.items[0]
        return expr if _weekday_of(year, month, day.day or 0) == day.weekday else None

    def _opens_with_year(self, it: Item) -> bool:
        """True if ``it`` is written year first ("2024. szeptember 9.", "2024-09-09"):
        no day before it can take its month."""
        tok = self.t.text[it.first]
        return len(tok) == 4 and tok.isdigit() and it.year == int(tok)

    def _section_number(self, it: Item) -> bool:
        """True if the dotted numbers of ``it`` number a rule's point: Hungarian "1.1.11.
        pontja" (its point 1.1.11), "3.2.1. pontban"."""
        k = it.last + (self.t.text[it.last] == ".")
        return self.t.text[k] in _SECTION_NOUNS

    def _version_before(self, i: int) -> bool:
        """True if the dotted numbers at ``i`` are a version's ("Version 2.3.2024",
        "v2.3.2024"); an ISO date after "Release" is its date."""
        t = self.t.text
        if t[i + 1] != ".":
            return False
        return t[i - 1] in _VERSION_WORDS or (t[i - 1] == "v" and self.t.adjacent(i))

    def _short_version(self, i: int) -> bool:
        """True if the "d.m" at ``i`` follows "v." with no final dot ("v. 2.1 – 10/03/2025"):
        a version's. German "v." is also "vom" before its date, which has that dot
        ("Antrag … v. 21.04.2023", "v. 2.1.")."""
        t = self.t.text
        return t[i - 1] == "." and t[i - 2] == "v" and t[i + 3] != "."

    def _in_dotted_number(self, i: int) -> bool:
        """True if the number at ``i`` is glued after another number and its dot: the
        third or fourth part of a version's, a section's or an address's number ("3.4.3",
        "192.168.1.10"), whose "4.3" or "1.10" is no day and month."""
        t = self.t
        return (
            t.text[i - 1] == "." and t.text[i - 2].isdigit() and t.adjacent(i) and t.adjacent(i - 1)
        )

    def _weekdays_listed_apart(self, items: list[Item]) -> None:
        """Two weekdays written before their two days: "sobota i niedziela, 18-19 maja",
        "Samstag und Sonntag, 18./19. Mai", "την Πέμπτη και την Παρασκευή, 7 και 8
        Σεπτεμβρίου", also as a span ("from Monday - Wednesday, December 24-26", "Monday
        to Wednesday, 24-26 December") or across a slash ("subota/nedjelja, 20. i 21. 3.
        2021."): the first names the first day."""
        t = self.t.text
        k = items[0].first - 1
        k -= t[k] in _WEEKDAY_ARTICLES  # the second weekday's article
        earlier = self.lex.weekdays.get(t[k - 1])
        if earlier is not None and (
            t[k] in self.lex.list_words or t[k] in self.lex.range_words or t[k] in {"-", "/"}
        ):
            items[1].weekday, items[0].weekday = items[0].weekday, earlier
            items[0].first = k - 1

    def _dashed_days(self, items: list[Item]) -> bool:
        """True for three days or more joined by bare dashes before their month, as
        Turkish pages list them ("21-22-23-24-25.07.2025 tarihleri", "10-11-12 July
        2023"): a list, whose runs of consecutive days are its ranges ("21-22-24" is
        not the 23rd); a dash between two days alone is a range ("12-14.07.2025"). The
        caller asks only with two joins or more, three days."""
        text = self.t.text
        for k in range(len(items) - 1):
            it = items[k]
            if it.month is not None or text[it.last] != "-" or items[k + 1].first != it.last + 1:
                return False
        return True

    def _night_to(self, first: Item) -> tuple[str, int] | None:
        """A night's two days: "vom 28. auf den 29. März", "van 28 op 29 maart", "de 26
        spre 27 mai" (from the one to the next), only after the opener "vom"/"von"/"van"
        (Romanian "de"/"din")."""
        t = self.t.text
        opener = t[first.first - 1]
        if opener not in (_NIGHT_FROM_BEFORE_SPRE if t[first.last] == "spre" else _NIGHT_FROM):
            return None
        k = first.last + 1
        k += t[k] in {"den", "de"}
        return ("range", k) if t[k].isdigit() else None

    def _join_further_on(self, first: Item) -> tuple[str, int] | None:
        """How a lone date goes on when no range or list word follows it: a verb-final
        clause before "and … until", a period's end verb after a start word, an end label
        that names its object first, a calendar's start and end labels after their dates
        on two lines, a "from" date's end further on, Estonian cases as range words,
        Portuguese "às" before the end's hour and date; ``None`` for most dates."""
        text = self.t.text
        last = first.last
        second = text[last + 1]
        if second in self.lex.list_words:
            sep = self._verb_before_and(last)
            if sep is not None:
                return sep
        if not _END_VERBS.isdisjoint(text[last : last + 5]):
            k = self._end_verb_after(first)  # the set test first: most dates have no end verb
            if k:
                return "range", k  # "započinje 4.9.2023., a završava 21.6.2024."
        k = self._end_verb_past_place(first)
        if k:
            return "range", k  # "arranca el 25 de junio en el campo … y concluye el 24 …"
        if second in _END_WORDS:
            sep = self._object_end_label(last)  # "…\nİLAN BİTİM TARİHİ :17.07.2023"
            if sep is not None:
                return sep
        k = last + (text[last] == ".")  # past the date's own dot: "18.05.2023. Završetak …"
        # one set test for most dates: no start or end label near
        if text[k] in _LABEL_WORDS or text[k + 1] in _LABEL_WORDS or text[k + 2] in _LABEL_WORDS:
            sep = self._labelled_period(first, k)
            if sep is not None:
                return sep
        # the start verbs' stem in the folded text first (one search in C): most dates ask
        start = self.t.start[last]
        if self.t.folded.find(_TR_START_STEM, start, start + _TR_CLAUSE_CHARS) >= 0:
            sep = self._tr_start_far_on(last)  # "28 Ekim 2024 … ile başlayacak, 29 Ekim …"
            if sep is not None:
                return sep
        if first.month is not None and first.year is not None:
            sep = self._range_word_line(first)  # "23.12.2026  Weihnachtsferien\n\nBis\n\n…"
            if sep is not None:
                return sep
            if text[first.first - 1] == ":":
                sep = self._noted_start_end_label(first)  # "Início:\n18 … 2017 Natal\nTermo:"
                if sep is not None:
                    return sep
        if first.month is not None and (
            text[first.first - 1] in _FROM_WORDS
            or text[first.first - 2] in _FROM_WORDS
            or (text[first.first - 1] in DIRECTION_BEFORE and self._from_before(first.first))
        ):  # _from_before inline: most single dates ask
            return self._until_far_on(first.last)
        if first.month is not None or first.weekday is not None:
            sep = self._until_after_start(first)  # "inizierà martedì 8 ottobre … sino al 26"
            if sep is not None:
                return sep
        if text[first.last].isdigit():
            return self._case_range(first.last)
        if text[first.last] == "as" and first.year is not None and text[first.last + 1].isdigit():
            # "de 00h00min do dia 14 de outubro de 2021 às 23h59min do dia 15 de outubro"
            return "range", first.last + 1
        return None

    def _labelled_period(self, first: Item, k: int) -> tuple[str, int] | None:
        """How a date goes on when a start or an end label stands within three tokens of
        ``k`` (past the date's own dot): a start and an end label before their dates, a
        calendar's labels after their dates, or an end label that names its object after
        a Hungarian date's dot."""
        text = self.t.text
        if (
            text[k] in _PAIRED_END_WORDS
            or text[k + 1] in _PAIRED_END_WORDS
            or text[k + 2] in _PAIRED_END_WORDS
        ):
            sep = self._start_end_label_pair(first, k)  # "… pradžia 2023-05-18 … pabaiga …"
            if sep is not None:
                return sep
        if text[k] in _START_WORDS or text[k + 1] in _START_WORDS or text[k + 2] in _START_WORDS:
            # "ΔΕ 26.09.2022 Έναρξη …\nΠΑ 14.10.2022 …", "… 2025 Registration opens 30 …"
            sep = self._start_end_lines(first)
            if sep is not None:
                return sep
        if k > first.last and text[k + 1] in _END_WORDS:
            # past a Hungarian date's own dot: "Tábor kezdete: 2023. június 26.\nTábor
            # vége: …"
            return self._object_end_label(k)
        return None

    def _range_word_line(self, first: Item) -> tuple[str, int] | None:
        """A range word alone on its line between two dated lines, past a short title
        after the first date ("MI: 23.12.2026       Weihnachtsferien\n\nBis\n\nDO:
        31.12.2026"): the range's "to", as the separator reads it right after a date.
        Narrow: the title is plain words (no number, clock or sign), the word's line
        holds it alone and is no one-letter word (Czech "a" is "and"), and the next line
        opens with the end (the caller reads it)."""
        t = self.t
        last = first.last
        if last >= t.n or self._starts_line(last):
            return None  # no title: the separator reads "…\nbis\n…" itself
        start = t.start[last]
        eol = self.source.find("\n", start, start + _TITLE_LINE_CHARS)
        if eol < 0:
            return None
        k = bisect_left(t.start, eol, last, t.n)
        text = t.text
        if (
            k + 1 >= t.n
            or len(text[k]) < 2
            or text[k] not in self.lex.range_words
            or not self._starts_line(k + 1)
            or not self._ends_line(k)
            or not all(w.isalpha() for w in text[last:k])
        ):
            return None
        if text[k + 2] == ":" and text[k + 1] in self.lex.weekday_words:
            return "range", k + 3  # past the end's weekday label: "DO: 31.12.2026"
        return "range", k + 1

    def _noted_start_end_label(self, first: Item) -> tuple[str, int] | None:
        """A start label's dated value with a short note after it on its line, and the
        end label opening the next line ("Início:\n18 de dezembro de 2017- Natal\nTermo:\n2
        de janeiro de 2018"): the range's end, as the end label reads right after a date.
        Narrow, as the note parts the end label from the date: the start label (a start
        word among at most four words that open their line) ends in its colon right
        before the date, which has its year; the note is at most _NOTE_TOKENS plain
        words, dashes and brackets, no number; the next line opens with the end label."""
        t = self.t
        text = t.text
        s = first.first - 1
        if text[s] != ":" or first.year is None:
            return None
        if _START_WORDS.isdisjoint(text[s - 4 if s > 4 else 0 : s]):
            return None
        m = s - 1  # back to the label's first word, which opens its line
        while m > 0 and not self._starts_line(m):
            if m <= s - 4 or not (text[m - 1].isalpha() or text[m - 1] == "'"):
                return None
            m -= 1
        k = first.last
        if k >= t.n or self._starts_line(k):
            return None
        while not self._starts_line(k):
            if k >= first.last + _NOTE_TOKENS or not (text[k].isalpha() or text[k] in _NOTE_SIGNS):
                return None
            k += 1
        label = self._end_label(k) if text[k] in _END_LABEL_WORDS else 0
        return ("range", label) if label else None

    def _start_end_label_pair(self, first: Item, k: int) -> tuple[str, int] | None:
        """Start and end labels that name one thing, each before its own full date,
        colons or none ("Registracijos pradžia 2023-05-18 10:05:00 Registracijos pabaiga
        2023-05-31 16:00:00", "Početak prijava 18.05.2023. Završetak prijava 31.05.2023.",
        "Inicio de inscripción: 18/05/2023 Fin de inscripción: 31/05/2023"): the end
        label at ``k``, one to three words, matches the words right before the first
        date word for word but for its end word, where the start label has a start word
        (:func:`_one_thing`; also a notice board's "Vyvěšeno: 01.09.2021 Sejmuto:
        09.09.2021"). Narrow, as without a colon or a line break nothing else marks the
        labels: both dates have their years (a label's end word alone ends no sentence's
        date), or the end after its colon is a day and month with the day's dot, which
        takes the start's year ("Vyvěšeno: 01.09.2021 Sejmuto: 09.09.")."""
        text = self.t.text
        m = k
        while m < k + 3 and text[m].isalpha():
            m += 1
        label = text[k:m]
        j = m + (text[m] == ":")
        s = first.first - (text[first.first - 1] == ":")
        if first.year is None or not text[j].isdigit() or s < len(label):
            return None
        if not _one_thing(text[s - len(label) : s], label, _END_WORDS):
            return None
        nxt = self.item(j)
        if nxt is None or (nxt.year is None and not (j > m and self._dotted_day_month_at(j, True))):
            return None  # a year-less end only after its colon, its day's dot closing it
        return "range", j

    def _start_end_lines(self, first: Item) -> tuple[str, int] | None:
        """A calendar's two lines, each a date with its label after it: a start word
        right after the first date (the caller has seen it), an end word after the date
        that opens the next line, the two labels naming the same thing or nothing else
        (:func:`_one_thing`: "ΔΕ 26.09.2022 Έναρξη Εγγραφών\nΠΑ 14.10.2022 Λήξη
        Εγγραφών", "1.9.2023 Start of registration\n15.9.2023 End of registration"), also
        behind a dash after each date ("3 marca 2025 – Rozpoczęcie rejestracji"); or the
        same two on one line, a timeline's rows run together, the second date right after
        the first's label ("3 marca 2025 Rozpoczęcie rejestracji 30 kwietnia 2025
        Zakończenie rejestracji"), where both dates must have their years, as for the
        labels before their dates (:meth:`_start_end_label_pair`). Narrow, as the labels
        say what starts and ends only after their dates: at most three plain words after
        each date, ended by their line or a sign or number (the next row's date), the
        second date on the first's line or right under it."""
        t = self.t
        k, start = self._label_after(first.last)
        if not k or k >= t.n:
            return None
        lines = self.source.count("\n", t.end[k - 1], t.start[k])
        if not lines:
            k += t.text[k] in {",", ";"}  # "… Rozpoczęcie rejestracji, 30 kwietnia 2025 …"
            if first.year is None or not t.text[k].isdigit():
                return None
        elif lines > 1:
            return None
        nxt = self.item(k)
        if nxt is None or nxt.month is None or nxt.relative is not None:
            return None
        if not lines and nxt.year is None:
            return None
        m, end = self._label_after(nxt.last)
        if m and (_one_thing(start, end, _END_WORDS) or _one_thing(start, end, _END_VERBS)):
            return "range", k  # the end verbs too: "Anmeldung beginnt … Anmeldung endet"
        return None

    def _label_after(self, k: int) -> tuple[int, Sequence[str]]:
        """The index after one to three plain words at ``k`` (past a date's ordinal dot
        or a dash) that end their line or stand before a sign or a number, and the words
        (a label after its date, see :meth:`_start_end_lines`); 0 otherwise."""
        text = self.t.text
        k += text[k] == "." and self.t.adjacent(k)  # the date's own: "26.09.2022. Početak upisa"
        k += text[k] == "-"  # a timeline's dash: "3 marca 2025 – Rozpoczęcie rejestracji"
        for m in range(k, k + 3):
            if not text[m].isalpha():
                break
            if self._ends_line(m) or not text[m + 1].isalpha():
                return m + 1, text[k : m + 1]
        return 0, ()

    def _tr_start_far_on(self, last: int) -> tuple[str, int] | None:
        """A Turkish start verb that closes the clause the date opens, a few words on,
        then the period's end as the verb right after the date is read (see
        :meth:`separator`): "28 Ekim 2024 Pazartesi günü saat 13.00’te … çelenklerin
        sunumu ve 21 pare top atışı ile başlayacak, 29 Ekim 2024 Salı günü saat 24.00’e
        kadar devam edecek". Turkish puts the verb last, so the words between are the
        start's; no sentence end, line break or other month may stand among them."""
        t = self.t
        text, months = t.text, self.lex.months
        for m in range(last, last + _TR_CLAUSE_TOKENS):
            tok = text[m]
            if tok in _TR_START_VERBS:
                return self.separator(m)
            if tok in _SENTENCE_ENDS or tok in months or self._starts_line(m + 1):
                return None
        return None

    def _verb_before_and(self, j: int) -> tuple[str, int] | None:
        """A verb-final clause before "and … until": "op zondag 29 november geopend en
        zal duren tot 28 februari", "am 29. November eröffnet und ist bis 28. Februar
        zu sehen": one plain word, then what :meth:`_until_after_words` reads."""
        t = self.t.text
        if not t[j].isalpha() or t[j] in _POSTPONED or t[j] in self.lex.months:
            return None
        k = self._until_after_words(j + 2)
        return ("list", j + 2) if k else None

    def _case_range(self, j: int) -> tuple[str, int] | None:
        """Cases as range words: a month "from" (elative) before the day at ``j`` whose
        month is "until" (Estonian terminative, Finnish illative): "26. juulist 30.
        juulini", "1. tammikuusta 31. joulukuuhun 2024"."""
        t = self.t.text
        k = j + 1 + (t[j + 1] == ".")
        months = self.lex.months
        if t[j - 1] in months and t[k] in months:
            for start, end in _CASE_RANGE_ENDINGS:
                if t[j - 1].endswith(start) and t[k].endswith(end):
                    return "range", j
        return None

    def _and_between_full_dates(self, first: Item, nxt: Item) -> bool:
        """True if the word that joins two full numeric dates, the first written with
        dots, is "and", not "to": Czech and Slovak "a" ("ředitelské volno dne 22. 09.
        2023 a 16. 11. 2023", "26.11.2021 a 30.11.2021"; their month names are settled
        by ``and_months``). The Romance languages write that "a" for "to" after a range
        opener ("de 16.09.2025 a 17.10.2025") or between slashed dates ("16/09/2025 a
        17/10/2025"). Should a Portuguese page write dots without an opener, the list
        still reads its first date right; the range would give the Czech days a wrong
        end."""
        text = self.t.text
        word = text[first.last]
        return (
            nxt.first == first.last + 1  # that word alone between them
            and word in self.lex.list_words  # "and" somewhere, "to" elsewhere
            and word in self.lex.range_words
            and first.numeric
            and nxt.numeric
            and first.year is not None
            and nxt.year is not None
            and text[first.last - 2] == "."  # the year after its month's dot
            and self._opener_before(first.first) is None
        )

    def _from_before(self, first: int) -> bool:
        """True if a "from" word stands right before the date or its article ("alates
        13. märtsist", "a partir del 3 de mayo", "von 3. Mai"), also before a "next"
        word ("από την ερχόμενη Κυριακή 10 Ιανουαρίου")."""
        t = self.t.text
        if t[first - 1] in DIRECTION_BEFORE:
            first -= 1
        return t[first - 1] in _FROM_WORDS or t[first - 2] in _FROM_WORDS

    def _until_after_start(self, first: Item) -> tuple[str, int] | None:
        """A started period's end further on in the clause: a start verb a few words
        before ``first`` (:meth:`_start_before`), then what :meth:`_until_far_on` reads,
        past one count and its noun too ("che inizierà martedì 8 ottobre per 8 turni di
        gioco sino al 26 novembre"), when its end is a day after the start: "inizierà il
        12 ottobre con iscrizioni aperte fino al 30 settembre" is a deadline before it
        (see _ends_later). Only where an "until" word follows within a dozen tokens (a
        slice's set test first: most dates ask)."""
        last = first.last
        if _UNTIL.isdisjoint(self.t.text[last : last + 16]) or not self._start_before(first.first):
            return None
        far = self._until_far_on(last, count=True)
        if far is None and (k := self._going_on_past_words(last)):
            far = "far", k  # "dá início nesta quinta-feira (2) ao circuito …, que segue até"
        return far if far is not None and self._started_end(first, far[1]) else None

    def _going_on_after_start(self, first: Item) -> int:
        """:meth:`_going_on_past_words` after ``first`` where a start word stands before
        it, or an opening verb right after it (:meth:`_start_verb_after`), and the end is
        later (:meth:`_started_end`), when a range or list word opened the words between
        ("… (2) ao circuito de leilões, que segue até o dia 7", "el 4 de julio en el
        parque municipal, que sigue hasta el 12", "el miércoles, 10 de septiembre, a las
        17.30 horas, se inaugurará la Feria, que durará hasta el lunes 15"); 0 if not."""
        last = first.last
        text = self.t.text
        # first the cheap test, on every lone date: the verb's end is at most six tokens
        # on (", s ' inaugura - se"), so no "until" in 22 is none in 16 after it
        if _UNTIL.isdisjoint(text[last : last + 22]):
            return 0
        after = self._start_verb_after(last)
        if _UNTIL.isdisjoint(text[last : max(after, last) + 16]):
            return 0
        if not after and not self._start_before(first.first):
            return 0
        k = self._going_on_past_words(after or last)
        return k if k and self._started_end(first, k) else 0

    def _start_verb_after(self, j: int) -> int:
        """The index after a start or opening verb (:data:`_OPENING_VERBS`) right
        after the date's end at ``j``, past a comma and its reflexive pronoun before or
        glued after it (", se inaugurará", ", s'inaugurarà", ", inaugura-se", ", si
        inaugurerà"); 0 if none stands there."""
        t = self.t
        text = t.text
        k = j + (text[j] == ",")
        if text[k] in _REFLEXIVES:
            k += 1 + (text[k + 1] == "'")
        if text[k] not in _OPENING_VERBS:
            return 0
        k += 1
        if text[k] == "-" and text[k + 1] in _REFLEXIVES and t.adjacent(k) and t.adjacent(k + 1):
            k += 2  # a Portuguese verb's glued pronoun
        return k

    def _started_end(self, first: Item, k: int) -> bool:
        """True if the date at ``k`` ends a period started at ``first``: later as written
        (:func:`_ends_later`); for a weekday's day without its month ("nesta
        quinta-feira (2) … até o dia 7 de julho") a later day with its month, which
        the start takes; and a later day without its month but with its weekday ("…
        e termina no domingo, dia 26"), in the start's month, which the weekday checks
        (as the chain reads it after "and" alone)."""
        end = self.item(k)
        if end is None:
            return False
        if end.month is None:
            return (
                end.weekday is not None
                and (first.month is not None or first.weekday is not None)
                and (end.day or 0) > (first.day or 32)
            )
        if first.month is None:
            return first.weekday is not None and (end.day or 0) > (first.day or 32)
        return _ends_later(first, end)

    def _going_on_past_words(self, j: int) -> int:
        """Where a started period's end starts after at most :data:`_PLACE_WORDS` plain
        words from ``j`` (the start's object: "ao circuito de leilões", an edition's
        ordinal too: "la 36ª edición de la Feria"), their comma and a "going on" clause:
        a gerund of :data:`_GOING_ON` ("continuando até o dia 7") or "that" and a verb of
        :data:`_GOING_ON_VERBS`, its reflexive pronoun before it ("que segue até o dia 7
        de julho", "que sigue hasta el", "che prosegue fino al", "que se prolongará
        hasta"); 0 otherwise."""
        t = self.t.text
        k = j
        while t[k] != ",":
            if k - j >= _PLACE_WORDS or t[k] in self.lex.months:
                return 0
            if not t[k].isalpha():
                k = self._edition_ordinal(k)  # "la 36ª edición de la Feria"
                if not k:
                    return 0
                continue
            k += 1
        k += 1
        if t[k] in _THAT:
            k += 1
            if t[k] in _REFLEXIVES:
                k += 1 + (t[k + 1] == "'")  # "que se prolongará hasta", "que s'allargarà"
            if t[k] not in _GOING_ON_VERBS:
                return 0
        elif t[k] not in _GOING_ON:
            return 0
        return self._until_after_words(k)

    def _edition_ordinal(self, k: int) -> int:
        """The index after an ordinal number at ``k`` with its raised ending, as an
        event's edition is named ("la 36ª edición", "la 36.ª edición", "el 5º Festival");
        0 if it is none (a count, a day or a clock is no name's)."""
        t = self.t
        if not (t.text[k].isdigit() and len(t.text[k]) <= 3):
            return 0
        m = k + 1 + (t.text[k + 1] == "." and t.adjacent(k + 1))
        return m + 1 if self.source[t.start[m] : t.end[m]] in _RAISED_ORDINALS else 0

    def _until_far_on(self, j: int, *, count: bool = False) -> tuple[str, int] | None:
        """A dated "from" date's end after some plain words and "until": "alates 13.
        märtsist 2020 kõik avalikud kogunemised kuni 1. maini 2020", "od 10.3. minimálne
        do 23.3.2020", past a comma: "A partir du 07 juillet, la bibliothèque passe en
        horaires d'été jusqu'au 02 août" (the start takes the end's year). The kind
        "far" asks the caller for a day and month after it. ``count``: see
        :meth:`_until_after_words`."""
        t = self.t
        # past a comma, or a year's ordinal dot before a lower-case word ("od 15.
        # siječnja 2021. i traje do 14. veljače 2021.")
        past = t.text[j] == "," or (
            t.text[j] == "."
            and len(t.text[j - 1]) == 4
            and t.adjacent(j)
            and self.source[t.start[j + 1] : t.end[j + 1]].islower()
        )
        k = self._until_after_words(j + past, most=10, count=count)
        return ("far", k) if k else None

    def _between_past_word(self, j: int) -> Item | None:
        """The date after one word at ``j`` (an adverb: "tervezetten", planned) when
        "between" closes it: Hungarian "2022. november 2. és tervezetten 2023. március
        17. között" (see :meth:`_finish`); ``None`` otherwise, so one word and a date
        after "and" never join a list. The caller has seen a number or a month after
        the word."""
        if not self.t.text[j].isalpha():
            return None
        nxt = self.item(j + 1)
        return nxt if nxt is not None and self.t.text[nxt.last] in _BETWEEN_AFTER else None

    def _until_after_words(
        self, j: int, most: int = 4, *, count: bool = False, start: int | None = None
    ) -> int:
        """Where the end date starts after "and", a verb and "until": "begint op 7 juli
        en duurt tot en met 21 augustus", "starts on 3 May and runs until 5 June",
        "beginnt am 3. Mai und dauert bis 5. Juni"; 0 if that is not what follows.
        One to four plain words, none a date word nor a postponement ("and was
        postponed until 5 June" moves the date, it does not end it). With ``count``,
        one count of at most three digits after a word may stand among them, its noun
        after it ("per 8 turni di gioco"; not an hour's "8 ore", nor a day's "8
        novembre"): after a start verb only (see :meth:`_until_after_start`). An end
        verb ends the words, "until" after it or not ("and closes on 5 June"), when only
        auxiliaries and pronouns stand before it (:data:`_BEFORE_END_VERB`); ``start``,
        the first date's first token, lets the end verbs that are other verbs too count
        after a start word (:data:`_STARTED_END_VERBS`)."""
        t = self.t.text
        k = j
        while k < j + most and t[k] not in _UNTIL:
            if not (t[k].isalpha() or t[k] == "'"):
                if not (count and k > j and self._count_and_noun(k)):
                    break
                count = False
                k += 1
                continue
            if t[k] in _POSTPONED or t[k] in self.lex.months or t[k] in self.lex.weekdays:
                return 0
            if t[k] in _END_VERBS or (
                t[k] in _STARTED_END_VERBS and start is not None and self._start_before(start)
            ):
                if not _BEFORE_END_VERB.issuperset(t[j:k]):
                    return 0  # another subject's end: "… ja haku päättyy 16.4."
                if t[k + 1] not in _UNTIL:
                    return self._past_end_verb(k + 1)
                # "y terminan hasta el 10 de abril": "until" after the end verb, read as
                # "and runs until" (the caller takes an end within a year after the start)
                k += 1
                break
            k += 1
            if t[k] == "-" and t[k + 1] in _REFLEXIVES and self.t.adjacent(k + 1):
                k += 2  # a Portuguese verb's glued pronoun: "prolongando-se até"
        if k == j or t[k] not in _UNTIL:
            return 0
        sep = self.separator(k)
        return sep[1] if sep is not None and sep[0] == "range" else 0

    def _end_verb_until(self, j: int, k: int) -> bool:
        """True if an end verb right before "until" stands between ``j`` and ``k`` ("y
        terminan hasta el 10 de abril", "e terminam até ao dia 10", "et se terminent
        jusqu'au 10"; see :meth:`_until_after_words`)."""
        t = self.t.text
        return any(t[m] in _END_VERBS and t[m + 1] in _UNTIL for m in range(j, k))

    def _count_and_noun(self, k: int) -> bool:
        """True if the number at ``k`` counts the plain word after it ("8 turni", "12
        rounds"): at most three digits, apart from the signs around it, its noun no
        month, weekday, hour word or part of the day."""
        t = self.t
        tok, noun = t.text[k], t.text[k + 1]
        return (
            tok.isdigit()
            and len(tok) <= 3
            and noun.isalpha()
            and not t.adjacent(k)
            and not t.adjacent(k + 1)
            and noun not in self.lex.months
            and noun not in self.lex.weekdays
            and noun not in _HOUR_MARKERS
            and noun not in _MERIDIEM_STARTS
        )

    def _past_end_verb(self, k: int) -> int:
        """Where the last day starts after an ending verb ("closes on 30 April", "se
        termine le 30 avril", "zakończą się w dniu 2 lutego"): past up to four of its
        links and "at the latest" words ("och stänger senast 16 oktober", "schließt
        spätestens am 16. Oktober"); 0 unless a number or a weekday follows them (the
        caller reads the date)."""
        t = self.t.text
        m = k
        for _ in range(4):
            if t[m] in _LATEST_BY_WORD and (latest := self._latest(m)):
                m = latest  # first: "no later than" is no link "no" (Portuguese "in the")
            elif t[m] in _END_VERB_LINKS or DIRECTION_BEFORE.get(t[m], 0) > 0:
                m += 1  # "next" before the end's day too: "y concluye el próximo 24 de …"
            else:
                break
        if t[m] in _WEEKDAY_PREPOSITIONS and t[m + 1] in self.lex.weekdays:
            m += 1  # the end's weekday: "a završava u srijedu, 15. lipnja 2011."
        return m if t[m].isdigit() or t[m] in self.lex.weekdays else 0

    def _latest(self, k: int) -> int:
        """The index after an "at the latest" at ``k`` ("senast", "spätestens", "no later
        than", "au plus tard"), or 0 (see :data:`_LATEST_BY_WORD`)."""
        for words, _ in _LATEST_BY_WORD.get(self.t.text[k], ()):
            if tuple(self.t.text[k : k + len(words)]) == words:
                return k + len(words)
        return 0

    def _end_verb_after(self, first: Item) -> int:
        """Where a period's last day starts after its end verb, when that verb follows
        the first date with no "and" before it, or past a comma or a dash ("mokslo metai
        prasideda 2023 m. rugsėjo 1 d. – baigiasi 2024 m. …", "započinje 4.9.2023., a
        završava 21.6.2024.", "acontecerá no dia 11 de Setembro terminando no dia 18 de
        Dezembro", "comienza el 3 de mayo, y se cierra el 5"); 0 otherwise. Only a
        reflexive pronoun may stand between (no subject: "…, el curso termina el 5" is
        another event's end), and a start word must stand a few words before the first
        date, in its sentence (see :meth:`_start_before`)."""
        t = self.t.text
        k = first.last
        # a year's ordinal dot: "4.9.2023., a …", "4. rujna 2023. i završava …"
        k += t[k] == "." and (t[k + 1] in _COMMA_DASH or t[k + 1] in self.lex.list_words)
        k += t[k] in _COMMA_DASH  # "rugsėjo 1 d. – baigiasi 2024 m. rugpjūčio 31 d."
        if t[k] in _BEFORE_INFINITIVE:
            k += 1 + (t[k + 1] in _THEN_WORDS)
        else:
            k += t[k] in self.lex.list_words
        if t[k] in _REFLEXIVES:
            k += 1 + (t[k + 1] == "'")
        if t[k] not in _END_VERBS or not self._start_before(first.first):
            return 0
        return self._past_end_verb(k + 1)

    def _end_verb_past_place(self, first: Item) -> int:
        """Where a period's last day starts when a short phrase of plain words (where
        the start takes place: at most :data:`_PLACE_WORDS`, no number, month, weekday
        or sign; a comma may close it), then "and" and an end verb follow its first
        date and its clock, which a start word stands before: "Una edición que arranca
        este sábado, 25 de junio, en el campo de bolos del Recreo Peral de la capital y
        concluye el próximo 24 de septiembre", "abre portas no dia 23, quinta-feira, às
        16h, no Pavilhão Multiusos, e termina no domingo, dia 26"; 0 otherwise. Only an
        end after the start as written (:meth:`_started_end`)."""
        t = self.t.text
        k = first.last + (t[first.last] == ",")
        stop = k + _PLACE_WORDS + 1
        # the set test first: most dates have no end verb near (nor a day to compare)
        if (first.month is None and first.weekday is None) or _END_VERBS.isdisjoint(
            t[k + 1 : stop + 2]
        ):
            return 0
        while True:
            if t[k] == "," and t[k + 1] in self.lex.list_words:
                k += 1  # the comma that closes the place: "…, no Pavilhão Multiusos, e termina"
            if k >= stop or not (t[k].isalpha() or t[k] == "'"):
                return 0
            if t[k] in self.lex.months or t[k] in self.lex.weekdays:
                return 0
            k += 1
            if t[k - 1] in self.lex.list_words:
                # "and" before the end verb, else a word of the place ("en", Dutch "and")
                verb = k + (t[k] in _REFLEXIVES and 1 + (t[k + 1] == "'"))
                if t[verb] in _END_VERBS:
                    break
        if not self._start_before(first.first):
            return 0
        k = self._past_end_verb(verb + 1)
        return k if k and self._started_end(first, k) else 0

    def _cited_date(self, it: Item) -> bool:
        """True if ``it`` is an act's or a letter's own date (see _CITED_PARTICIPLES):
        "de fecha 24 de marzo", "fechada el 2 de mayo", "com data de 3 de maio", "in
        data 5 marzo", "en date du 5 mars", "l'arrêté du 5 mars"; not "desde el 24 de
        marzo" nor "la feria del 24 de marzo"."""
        text = self.t.text
        k = it.first - text[it.first].isdigit()  # its opener ("du 5 mars") or the word before
        article = text[k] in _CITED_ARTICLES
        k -= article
        word = text[k]
        if word in _CITED_PARTICIPLES:
            return True
        if word in _CITED_DATE_NOUNS:
            # "daté du", "en date du", "de fecha", "in data"
            return (word == "date" and text[k + 1] == "du") or (
                text[k - 1] in _CITED_DATE_NOUN_PREPOSITIONS
            )
        return article and word in _CITED_ACTS

    def _scheduled_end(self, first: Item) -> int:
        """Where a period's last day starts when "and", an end noun and "scheduled for"
        follow its first date, which a start word stands before (:meth:`_start_before`):
        "teve início no dia 3 de agosto e tem encerramento previsto para 7 de dezembro",
        "El torneo comenzó el 2 de febrero y su clausura está prevista para el 28 de
        abril", also past a short aside between commas after the first date (plain
        words and one count: ", reunindo 54 seleções,"); see
        :data:`_SCHEDULED_END_NOUNS`. Only an end with its month, after the start and
        at most a year on (:func:`_ends_within_a_year`); 0 otherwise. The caller has
        seen a participle of :data:`_SCHEDULED_WORDS` within twenty tokens."""
        t = self.t.text
        k = first.last
        if t[k] == "," and t[k + 1] not in self.lex.list_words:
            k = self._aside_closing_comma(k + 1)
            if not k:
                return 0
        k += t[k] == ","
        if t[k] not in self.lex.list_words:
            return 0
        k = self._next_of_words(k + 1, _SCHEDULED_END_NOUNS)
        k = self._next_of_words(k + 1, _SCHEDULED_WORDS) if k else 0
        if not k or t[k + 1] not in _SCHEDULED_FOR or not self._start_before(first.first):
            return 0
        return self._scheduled_end_at(first, k + 2)

    def _end_noun_after(self, first: Item) -> int:
        """Where a period's last day starts when "and", an end noun (one of
        :data:`_SCHEDULED_END_NOUNS`, with at most two of :data:`_END_NOUN_DETERMINERS`
        before it) and the end's links follow its first date, which a start word stands
        before: "terá o seu início no dia 18 de Novembro e o seu término a 28 de Abril",
        "tendrá su inicio el 3 de mayo y su clausura el 5 de junio"; 0 otherwise. Only
        an end with its month, after the start and at most a year on (a year-less end
        before the start's month lies in the next year)."""
        t = self.t.text
        k = first.last
        k += t[k] == ","
        if t[k] not in self.lex.list_words:
            return 0
        k += 1
        k += t[k] in _END_NOUN_DETERMINERS
        k += t[k] in _END_NOUN_DETERMINERS
        if t[k] not in _SCHEDULED_END_NOUNS or not self._start_before(first.first):
            return 0
        return self._scheduled_end_at(first, k + 1)

    def _scheduled_end_at(self, first: Item, k: int) -> int:
        """Where the end's date starts past the end words and links at ``k`` after an
        end noun (see :meth:`_scheduled_end`, :meth:`_end_noun_after`); 0 unless it has
        its month and lies after ``first``, at most a year on."""
        k = self._past_end_verb(k)
        end = self.item(k) if k else None
        if end is None or end.month is None or not _ends_within_a_year(first, end):
            return 0
        return k

    def _aside_closing_comma(self, k: int) -> int:
        """The index of the comma that closes a short aside opening at ``k`` (at most
        :data:`_SCHEDULED_ASIDE` tokens: plain words and one count with its noun, as
        "reunindo 54 seleções"); 0 if none closes it so."""
        t = self.t.text
        count = True
        for m in range(k, k + _SCHEDULED_ASIDE + 1):
            if t[m] == "," and m > k:
                return m
            if t[m] in self.lex.months or t[m] in self.lex.weekdays:
                return 0
            if not t[m].isalpha():
                if not (count and m > k and self._count_and_noun(m)):
                    return 0
                count = False
        return 0

    def _next_of_words(self, k: int, words: frozenset[str]) -> int:
        """The index of the next of ``words`` from ``k``, past at most
        :data:`_SCHEDULED_WORDS_BETWEEN` plain words (no month or weekday); 0 if none."""
        t = self.t.text
        for m in range(k, k + _SCHEDULED_WORDS_BETWEEN + 1):
            if t[m] in words:
                return m
            if not t[m].isalpha() or t[m] in self.lex.months or t[m] in self.lex.weekdays:
                return 0
        return 0

    def _start_before(self, i: int) -> bool:
        """True if a start verb or noun (:data:`_START_WORDS`) stands at most eight
        tokens before ``i`` in its sentence: "Les classes comencen el dia 8", "O início
        do 1º período acontecerá no dia 11"."""
        t = self.t.text
        for m in range(i - 1, max(i - 9, -1), -1):
            if t[m] in _START_WORDS:
                return True
            if t[m] in _SENTENCE_ENDS:
                return False
        return False

    def _weekday_days(self, items: list[Item]) -> bool:
        """True for days named with their weekday and no month anywhere in the chain
        ("Martes 16, a las 13.00"): every item has a weekday and a day, none a month,
        a year (see :meth:`item` for the numbers that are hours, not days)."""
        return all(it.weekday is not None and _month_less_day(it) for it in items)

    def _weekly_days(self, items: list[Item], joins: list[str]) -> bool:
        """True for a weekday's day and bare days listed after it, each a week or weeks
        after the one before, no month anywhere: a plural weekday's days ("Los
        miércoles 23 y 30 no habrá exposición", "les mercredis 9, 16 et 23"), which
        are all that weekday: the caller gives them it, so that the reference and the
        weekday place each as "el miércoles 23" is placed (and each must fit), a time
        after the last each day's. Not hours ("los miércoles 9 y 16 horas"), nor a
        span ("los miércoles 10 a 14 h")."""
        if len(items) < 2 or "range" in joins or not _month_less_day(items[0]):
            return False
        if self.t.text[items[-1].last] in _HOURISH:
            return False
        for before, it in pairwise(items):
            if it.weekday is not None or not _month_less_day(it):
                return False
            if it.times and it is not items[-1]:
                return False  # a time after the last day only: each day's (note 5)
            day, earlier = it.day or 0, before.day or 0
            if day <= earlier or (day - earlier) % 7:
                return False
        return True

    def _after_relative(self, first: Item) -> Expression | None:
        """ "Today, Wednesday 14 December 2022", "Atzo [abenduak 3]": the explicit date
        after a relative word wins; the relative word alone otherwise."""
        j = first.last
        sign = self.t.text[j]
        if self.t.text[j + 1] in self.lex.relative and (sign == "," or sign in self.lex.list_words):
            restated = self._restated_relatives(first)  # "hoje e amanhã, dias 24 e 25 …"
            if restated is not None:
                return restated
        half = _PARTS_AFTER_RELATIVE.get(self.t.text[j])
        if half is not None:
            j += 1  # its part of the day: "Domani sera, mercoledì 9 ottobre, alle 20.30"
        copula = self._relative_copula(j)
        if copula:  # "Hoy es Domingo 16 de Noviembre de 2025": a full date only (below)
            j += 1 + (self.t.text[j + 1] in _AFTER_COPULA)
        if self.t.text[j] == "." and self.t.text[j + 1] in {"(", "["}:
            j += 1  # "is today. (May 1)"
        elif self.t.text[j + 1] == "(" and self.t.text[j].isalpha():
            j += 1  # the day's name, then its date: "αύριο Τσικνοπέμπτη (8 Φεβρουαρίου)"
        if self.t.text[j] in {",", "(", "["}:
            j += 1
        elif self.t.text[j] == "-" and not first.times and not self._from_before(first.first):
            j += 1  # the day restated after a dash: "открит утре – 20 август, от 9:30 часа"
        if (
            self.t.text[j] in _GLUED_ARTICLES
            and self.t.text[j + 1] == "-"
            and self.t.adjacent(j + 1)
        ):
            j += 2  # a Maltese article glued to its weekday: "għada il-Ħamis 16 ta’ Mejju"
        elif self.t.text[j] in _BRACKET_ARTICLES or (
            self.t.text[j] in _WEEKDAY_PREPOSITIONS and self.t.text[j + 1] in self.lex.weekdays
        ):
            j += 1  # "i morgon den 17 mars", "demain le 5 mai", "Danas u subotu, 23. prosinca"
        elif j == first.last and self.t.text[j] == "dia" and self.t.text[j + 1].isdigit():
            j += 1  # the day noun right after the word: "hoy día 31 de mayo a las 20:30"
        elif self.t.text[j] in _RESTATED_DAY_ARTICLES and not first.times:
            j = self._day_digits_at(j + 1)  # "σήμερα την 15η Μαρτίου 2015, ημέρα Κυριακή"
        elif (
            j > first.last and self.t.text[j] in _PLURAL_DAY_WORDS and self.t.text[j + 1].isdigit()
        ):
            j += 1  # the days' noun after the sign: "hoje e amanhã, dias 24 e 25 de janeiro"
        following = self.item(j) if j < self.t.n else None
        # Only an explicit date is worth a look (and no recursion on "today, today…").
        if following is not None and following.relative is None:
            self.after_relative = True
            explicit = self.expression(j)
            self.after_relative = False
            if copula and explicit is not None and explicit.items[0].year is None:
                explicit = None  # "Today is 16 November": what day it is, no date's restating
            if explicit is not None:
                if first.times and len(explicit.items) == 1 and not explicit.items[0].times:
                    # "today at 4.00pm (Wednesday 4th November)": the restated day's time
                    explicit.items[0].times = first.times
                if half is not None:
                    for it in explicit.items:
                        _give_half(it.times, half)  # "Domani sera, …, alle 8.30": 20:30
                return explicit
        if not first.times and self.t.text[j - (self.t.text[j] not in _DAY_NOUNS)] in _DAY_NOUNS:
            self._restated_day_hours(first, j)
        if following is None and self.t.text[j - 1] == "," and first.weekday is None:
            self._relative_weekday(first, j)  # "Gaur, osteguna, …", "Mañana, sábado, …"
        end = (
            None
            if is_ambiguous_relative(first.relative_words, first.times)
            else self._range_after_relative(first.last) or self._end_verb_after_relative(first)
        )
        if end is not None:
            return self._finish([first, end], ["range"])  # "desde hoy hasta el 12 de febrero"
        return self._finish([first], [])

    def _day_digits_at(self, j: int) -> int:
        """Where the day's digits stand at ``j``: ``j`` itself, or past its number in
        words (up to three) before them in brackets, when a month follows them ("δέκα
        (10) του μηνός Μαρτίου", "είκοσι τρεις (23)": see :meth:`_worded_day_digits`);
        ``j`` if neither."""
        text = self.t.text
        k = j
        while k < j + 3 and text[k].isalpha():
            k += 1
        return k + 1 if k > j and text[k] == "(" and self._worded_day_digits(k + 1) else j

    def _restated_relatives(self, first: Item) -> Expression | None:
        """Relative day words joined by "and" (and commas), then their dates as their
        apposition, as after one word: "hoje e amanhã, dias 24 e 25 de janeiro", "hoy y
        mañana (24 y 25 de enero)", "today and tomorrow, 24 and 25 January". The dates
        win when they are as many as the words and as many days apart
        (:func:`_restates_days`); None otherwise, and the first word reads alone."""
        t = self.t.text
        words = [first]
        k = first.last
        while t[k] in self.lex.list_words or t[k] == ",":
            nxt = self.item(k + 1) if t[k + 1] in self.lex.relative else None
            if nxt is None or nxt.relative is None:
                break
            words.append(nxt)
            k = nxt.last
        if len(words) < 2 or any(w.times or w.weekday is not None for w in words):
            return None  # "hoje às 10h e amanhã": no plain day words
        restated = self._after_relative(words[-1])
        if restated is None:
            return None
        if restated.items[0].relative is not None:
            return self._joined_relative_days(words, restated)  # no dates after them
        if len(restated.items) != len(words) or not _restates_days(words, restated.items):
            return None
        return restated

    def _joined_relative_days(self, words: list[Item], last: Expression) -> Expression | None:
        """The range of consecutive relative day words joined by "and" with no dates
        after them ("Decorre hoje e amanhã na praça", "ontem, hoje e amanhã", "today
        and tomorrow"), as their restated dates would read; ``last`` is how the last
        word reads alone, which must be the word with nothing of its own. None, and the
        first word alone, for days not consecutive ("ontem e amanhã"), a clock or a
        weekday after the last, an apposition the dates of which did not restate the
        words ("hoje e amanhã, dias 12 e 13"), a first word that is an everyday word
        (German "hier und heute", "here and today") or "of" before it (see
        :data:`_RELATIVE_OF`). "Or" is no list word: "hoje ou amanhã" is either day."""
        t = self.t.text
        end = words[-1]
        if (
            len(last.items) != 1
            or last.items[0] is not end
            or end.times
            or end.weekday is not None
            or t[words[-2].last] not in self.lex.list_words  # the last join an "and"
            or any((b.relative or 0) - (a.relative or 0) != 1 for a, b in pairwise(words))
            or is_ambiguous_relative(words[0].relative_words)
            or self._after_relative_of(words[0].first)
            or self._apposition_days(end.last)
        ):
            return None
        return self._finish([words[0], end], ["range"])

    def _after_relative_of(self, k: int) -> bool:
        """True if "of" (:data:`_RELATIVE_OF`) stands right before the word at ``k``, or
        its elided form before the apostrophe ("d'aujourd'hui")."""
        t = self.t.text
        return t[k - 1] in _RELATIVE_OF or (t[k - 1] == "'" and t[k - 2] in _RELATIVE_OF)

    def _apposition_days(self, k: int) -> bool:
        """True if days in digits follow at ``k`` as an apposition, past a comma or a
        bracket and a day noun ("hoje e amanhã, dias 12 e 13")."""
        t = self.t.text
        k += t[k] in {",", "(", "["}
        k += t[k] in _PLURAL_DAY_WORDS or t[k] in _DAY_NOUNS
        return t[k].isdigit()

    def _restated_day_hours(self, first: Item, j: int) -> None:
        """The relative word's day restated with its day noun, then hours ("amanhã dia 30
        das 6h00 às 14h00", "hoje, dia 5, das 8h às 17h", "domani giorno 30 dalle 9 alle
        13"), the noun at ``j`` or just before it: the hours are that day's, as after a
        date; ``first`` keeps the day for _resolve to check against its own."""
        t = self.t.text
        k = j + (t[j] in _DAY_NOUNS)
        if not (t[k].isdigit() and len(t[k]) <= 2 and 1 <= int(t[k]) <= 31):
            return
        probe = Item(first.first, k + 1)
        self.times_and_zone(probe)
        if probe.times:
            first.day, first.times, first.last = int(t[k]), probe.times, probe.last
            first.zone, first.offset_minutes = probe.zone, probe.offset_minutes
            first.relative_words = None  # "mañana día 30": the day, not the morning

    def _relative_copula(self, j: int) -> bool:
        """True if a copula stands at ``j`` after a relative word (see
        :data:`_RELATIVE_COPULAS`); a bare "e" is "and"."""
        tok = self.t.text[j]
        if tok not in _RELATIVE_COPULAS:
            return False
        return tok != "e" or self.source[self.t.start[j]] in "éèÉÈ"

    def _end_verb_after_relative(self, first: Item) -> Item | None:
        """The end of a period whose start verb governs the relative word ``first``, said
        by "and" and an end verb with its date, full or year-less ("Las actividades se
        iniciarán hoy y concluirán el domingo 6 de octubre", "The consultation starts
        today and will close on 6 March"), as "commence today, 14th February 2024 and
        will conclude on …" reads; the start verb right before the word, or one word
        before it ("commence dès demain"). A year-less end lies after the reference, as
        after "next" (the period starts there). None otherwise."""
        t = self.t.text
        k = first.first
        if t[first.last] not in self.lex.list_words or not (
            t[k - 1] in _START_WORDS or (t[k - 1].isalpha() and t[k - 2] in _START_WORDS)
        ):
            return None
        j = self._until_after_words(first.last + 1)
        end = self.item(j) if j else None
        if end is None or end.month is None or end.relative is not None or end.partial:
            return None
        if end.year is None and not end.direction:
            end.direction = 1
        return end

    def _written_as_word(self, k: int) -> bool:
        """True if the word at ``k`` is written as a common word, not a name's: in lower
        case, or capitalised where its sentence or line starts ("Sutra počinje …", not
        "Kama Sutra")."""
        return (
            self.source[self.t.start[k]].islower()
            or k == 0
            or self.t.text[k - 1] in _SENTENCE_ENDS
            or self._starts_line(k)
        )

    def _relative_weekday(self, it: Item, j: int | None = None) -> None:
        """The weekday restating a relative word, right after it or at ``j`` ("mañá
        martes", "Mañana, sábado, será …"): it names the day, which settles a relative
        word that is also an everyday word. Not a weekday with its day ("hoy viernes
        23", "mañana miércoles día 5"), which the explicit date after it reads."""
        k = it.last if j is None else j
        named = self.weekday(k) if self.t.text[k] in self.lex.weekdays else None
        if named is None or self.t.text[named[1]].isdigit() or self._date_follows(named[1]):
            return  # "mañana miércoles día 5": the date after it restates the day
        it.weekday, it.last = named

    def _range_after_relative(self, j: int) -> Item | None:
        """The explicit end of a range that starts with a relative word ("desde hoy y hasta
        el próximo día 12 de febrero", "from today until 12 February", "ab heute bis 12.
        Februar")."""
        sep = self.separator(j)
        if sep is None or sep[0] != "range":
            return None
        k = sep[1]
        k += self.t.text[k] in DIRECTION_BEFORE
        k += self.t.text[k] == "dia"
        end = self.item(k)
        if end is None or end.month is None or end.relative is not None or end.partial:
            return None
        return end

    def _citation_year(self, first: int) -> int | None:
        """The year of a legal citation the date belongs to: "Ley 7/1985, de 2 de abril",
        "Reial decret 2568/1986, de 28 de novembre" (the act of that year, of that day)."""
        t = self.t
        k = first - 1
        if t.text[k] == "," and t.text[k - 2] != "/":
            # Basque: the act's name after its number, then the day ("13/1988 Legea,
            # urriaren 28koa", "50/2019 Foru Dekretua, azaroaren 12koa"), one to three
            # words, the last one a known act
            if t.text[k - 1] not in _BASQUE_ACTS:
                return None
            k -= 1
            while k > first - 4 and t.text[k - 1].isalpha():
                k -= 1
        elif t.text[k] != "," and t.text[k] not in _CITATION_LINKS:
            return None
        # only a comma after the act's number, as Portuguese acts are cited ("Decreto
        # n.º 8/2020, 8 de novembro"), needs a number sign or the act's name before it
        # ("Publicado 7/2020, 8 de novembro" is a month's, no act's)
        signed = t.text[k] == ","
        k -= 1 + (t.text[k - 1] == ",")
        if t.text[k - 1] != "/" or not t.adjacent(k):
            return None
        year = t.text[k]
        if year.isdigit() and len(year) != 4 and self._year_first_act_number(k - 2):
            # "Nº 2017/9, de 26 de octubre", "Decreto 2019/123, de 5 de marzo": Spanish
            # minutes and decrees, the year first, read after their sign or name only
            return int(t.text[k - 2])
        if self._act_number_at(k - 2):
            number = k - 2
        elif _is_act_year(year) and self._body_initials_at(k - 2) and self._act_number_at(k - 4):
            number = k - 4  # "Deliberação n.˚53/CNE/2013, de 24 de Setembro"
        else:
            return None
        if signed and not self._act_sign_before(number):
            return None
        if len(year) == 2 and year.isdigit():
            return _full_year(year)  # "Decreto-Lei n.º 135/99, de 22 de abril"
        return int(year) if len(year) == 4 and year.isdigit() else None

    def _body_initials_at(self, k: int) -> bool:
        """True if a body's initials, written in capitals, stand at ``k`` between an act's
        number and its year, glued by slashes ("53/CNE/2013", the electoral commission's
        deliberation 53 of 2013)."""
        t = self.t
        return (
            t.text[k - 1] == "/"
            and 2 <= len(t.text[k]) <= 6
            and t.text[k].isalpha()
            and t.adjacent(k)
            and t.adjacent(k + 1)
            and self.source[t.start[k] : t.end[k]].isupper()
        )

    def _year_first_act_number(self, k: int) -> bool:
        """True if an act's 1900-2099 year stands at ``k`` before the slash of its number,
        after a number sign or the act's name ("Nº 2017/9", "Decreto 2019/123"); without
        one, "2017/9" is a season's or a file's number."""
        return _is_act_year(self.t.text[k]) and self.t.adjacent(k + 1) and self._act_sign_before(k)

    def _act_sign_before(self, k: int) -> bool:
        """True if a number sign or an act's name stands before the act's number that
        ends at ``k`` ("n.º 8/2020", "nº 75/2013", "Decreto-Lei n.º 10-A/2020")."""
        text = self.t.text
        if not text[k].isdigit():  # "10-A", "74A": past its letter, dash and digits
            k -= 2 if text[k - 1].isdigit() else 3
        k -= 1
        while k > 0 and text[k] in _ACT_SIGN_MARKS:
            k -= 1
        return text[k] in _ACT_SIGNS

    def _act_number_at(self, k: int) -> bool:
        """True if an act's number ends at ``k``: digits, or digits with a glued letter
        after a dash ("Portaria n.º 223-A/2018", "Decreto-Lei n.º 10-A/2020") or a
        capital glued to them ("Portaria 74A/2013": the tokenizer splits it off)."""
        t = self.t
        text = t.text
        if text[k].isdigit():
            return True
        if len(text[k]) != 1 or not text[k].isalpha() or not t.adjacent(k):
            return False
        if text[k - 1].isdigit():
            return self.source[t.start[k]].isupper()  # "74A", never "7a/2013" (an ordinal)
        return text[k - 1] == "-" and text[k - 2].isdigit() and t.adjacent(k - 1)

    def _stated_year(self, first: int, month: int | None) -> int | None:
        """The year a label, phrase or heading states for the year-less dates after it:
        before a colon ("FESTES LOCALS per a l'any 2024: 25 de juny"), after a word for
        "year" (and its "of": "no ano de 2023") up to three words back ("os festivos
        locais para o ano 2020 que serán 11 de xullo"; a Nordic "from and with" counts
        as one: "árið 2023 er frá og með 4. júlí"), after a season word for a date of
        its months (``month``: "sumarið 2022 er 11.júlí-8.ágúst", not "summer 2024
        registration opens 1 March"), or ending the heading line above ("V ROCE
        2018\n\n23.1. | 27.3.", "Datum för sammanträden 2021\n • 21 januari"). Never the
        year of a date or a number ("12.03.2024: 25 June", "Tel. 0471 2024: …")."""
        t = self.t.text
        k = first - 1
        if t[k] == "med" and t[k - 1] in _TIME_AND_WORDS and t[k - 2] in RANGE_OPENERS:
            k -= 2  # "fra og med", "från och med": one word, "from"
        if t[k] == "-" and t[k - 1].isdigit() and t[k - 2] in _WEEK_WORDS:
            k -= 3  # a week's number before the date: "Høsthalvåret 2022: Uke 36 – Fredag 9."
        tok = t[k]
        if tok in _BULLETS and self._starts_line(k):
            k -= 1  # a list's bullet: "2021\n • 21 januari"
            tok = t[k]
        elif tok == "(":
            return self._label_year_over_bracket(k, first)
        if tok == ":":
            k -= t[k - 1] == ")"  # "Dies de Tancament (any 2024):\n- Divendres 16 d'agost"
            return (
                self._lone_year(k - 1)
                or self._year_before_its_word(k - 1)
                or self._label_phrase_year(k, first)
            )
        if tok in _YEAR_OF_DAY_WORDS and t[k - 1] == ".":
            return self._lone_year(k - 2)  # "2024. gada 15.–17. janvārī", "2021. aasta 1.–3."
        if tok.isdigit():
            if self._starts_line(k + 1) or t[k - 1] in _YEAR_WORDS or self._programme_year(k):
                return self._lone_year(k)
            return None
        if tok in _UNDOTTED_YEAR_WORDS:
            return self._year_before_its_word(k)
        j = k  # the common case: words before the date ("on", "el", "am")
        while j > k - 3 and t[j].isalpha() and t[j] not in self.lex.months:
            if t[j] in _UNDOTTED_YEAR_WORDS:
                break  # its year is before it: "2022 metų šventė vyks birželio 23 d."
            j -= 1
        comma = t[j] == ","
        if comma:
            j -= 1  # minutes: "Ár 2025, fimmtudaginn 30. október", "År 2012, den 3. mai"
        if t[j] in _YEAR_AFTER_WORDS or (t[j] == "." and t[j + 1] in _YEAR_AFTER_WORDS):
            # "2024. gadā notiks 18. septembrī", "Davne 1962. godine, 6. listopada"; a comma
            # only right before the date ("odprli 2019. godine, bo proslava 17. avgusta")
            if comma and j != first - 2:
                return None
            return self._year_before_its_word(j + (t[j] == "."))
        if comma and j == first - 2 and t[j] in _EU_YEAR_INESSIVES and self.t.adjacent(j):
            return self._lone_year(j - 1)  # Basque "in" glued: "2017an, abuztuaren 19an"
        said_in = t[j - 1] in _IN_YEAR and t[j - 1] not in _YEAR_WORDS
        if t[j] == "'" and t[j + 1] in _TURKISH_IN:
            j, said_in = j - 1, True  # the year's own "in": "2019'da 26 Mart - 6 Nisan"
        if len(t[j]) != 4:
            return None
        if said_in or (comma and self._title_word(j - 1)):
            # "in" and the year on the date's own line ("… in 2019\nIt opens on 5 May" is
            # about another time); a title's year before the date's comma ("Hviezdne
            # Vianoce 2016, 17. decembra o 17:00", "La Stagione 2019, dal 27 settembre"),
            # not a clause's ("odprli leta 2019, bo proslava 17. avgusta", "desde 1977,")
            if "\n" in self.source[self.t.end[j] : self.t.start[first]]:
                return None
        elif (
            t[j - 1] not in _YEAR_WORDS
            # "of" between them: "No ano de 2023, entre os dias 9 e 13 de outubro"
            and not (t[j - 1] in _YEAR_WORD_OF and t[j - 2] in _YEAR_WORDS)
            and month not in SEASON_MONTHS.get(t[j - 1], ())
            and not self._festive_year(j, first)
        ):
            return None  # a season's year dates its own months only
        return self._lone_year(j)

    def _festive_year(self, j: int, first: int) -> bool:
        """True if the year at ``j`` is a holiday's or festival's, which a "be" or "be
        held" verb between them says the date at ``first`` is in: "los festivos locales
        de 2023 sean el 1 de junio", "Las Fiestas de San Roque 2019 se celebrarán del 15
        al 18 de agosto", "os feriados municipais de 2025 são o 13 de junho". Only that
        verb and the words that lead to a date between the year and the date (not
        "Fiestas 2019 aprobadas el 15 de diciembre": a budget's or a decree's date may
        lie in another year); the noun at most _FESTIVE_REACH words before the year or
        its "of" (its adjectives or its name between: "festes locals de", "Fiestas de
        San Juan"), no "since", month or "and" between them, and no line break."""
        t = self.t.text
        held = False
        for word in t[j + 1 : first]:  # plain words only: see _stated_year
            if word in _HELD_VERBS:
                held = True
            elif word not in _HELD_LEADS:
                return False
        if not held:
            return False
        i = j - 1 - (t[j - 1] in _FESTIVE_YEAR_LINKS)
        stop = i - _FESTIVE_REACH  # (the padding before the text is no word)
        while i > stop and t[i].isalpha() and t[i] not in _SINCE_WORDS:
            if t[i] in _FESTIVE_NOUNS:
                # "since" with its article before the noun: "desde las fiestas de 2019"
                since = t[i - 1] in _SINCE_WORDS or t[i - 2] in _SINCE_WORDS
                return not since and "\n" not in self.source[self.t.start[i] : self.t.start[first]]
            if t[i] in self.lex.months or t[i] in self.lex.list_words:
                return False
            i -= 1
        return False

    def _label_phrase_year(self, k: int, first: int) -> int | None:
        """The year of a label that says it with a few plain words after it before the
        colon at ``k``, for the year-less dates after the colon: "Meetings for 2021 are
        as follows: 22 April", "Die Termine für 2021 sind: 22. April", "Les dates pour
        2021 sont les suivantes : 22 avril". One to _LABEL_PHRASE_WORDS lower-case words
        between the year and the colon (no number, month, "and" or sign, so one clause),
        the date at ``first`` on the same line (a heading's dates below it go by their
        weekdays: see _heading_year_by_weekday), and no "since" before the year."""
        t = self.t
        text = t.text
        j = k - 1
        while (
            j >= k - _LABEL_PHRASE_WORDS
            and text[j].isalpha()
            and self.source[t.start[j]].islower()
            and text[j] not in self.lex.months
            and text[j] not in self.lex.list_words
        ):
            j -= 1
        if (
            j == k - 1
            or "\n" in self.source[t.end[j] : t.start[first]]
            or text[j - 1] in _SINCE_WORDS
        ):
            return None
        return self._lone_year(j)

    def _programme_year(self, k: int) -> bool:
        """True if the number at ``k``, right before a day and its month's name, follows
        a programme's or a calendar's word, as its year ("Hardemo Hembygdsförening 2016
        … Program 2016 10 April Årsmöte", "ACTIVITEITENPROGRAMMA 1986 21 maart Lezing",
        "Jahresprogramm 2019 12. Mai"); any other word's number is a name's ("Horizon
        2020 11 December") or a count's."""
        t = self.t.text
        word = t[k - 1]
        if not (word in _PROGRAMME_YEAR_WORDS or word.endswith(_PROGRAMME_TAILS)):
            return False
        m = k + 2 + (t[k + 2] == ".")
        m += t[m] in _DAY_MONTH_LINKS  # "Programa 2016 10 de abril"
        return t[m] in self.lex.months

    def _label_year_over_bracket(self, k: int, first: int) -> int | None:
        """The year of a label before its colon, for a date in brackets after one or
        two words on its line, as after the colon itself: "FSP 2016: Flohmarkt (6.
        August)", "Festes 2024: Revetlla (23 de juny)"; ``k`` is the bracket that opens
        the date at ``first``. The label's year alone, never a date's ("12.03.2024:
        Flohmarkt (25. Juni)")."""
        t = self.t.text
        j = k - 1
        while j > k - 3 and t[j].isalpha():
            j -= 1
        if t[j] != ":" or "\n" in self.source[self.t.end[j] : self.t.start[first]]:
            return None
        return self._lone_year(j - 1)

    def _title_word(self, k: int) -> bool:
        """True if the word at ``k`` is capitalised, as a title's noun is ("Vianoce"),
        and no "since" or "until" ("Seit 2016, am 17. Dezember" opens a sentence)."""
        word = self.t.text[k]
        return (
            word.isalpha()
            and self.source[self.t.start[k]].isupper()
            and word not in _SINCE_WORDS
            and word not in _UNTIL
        )

    def _month_label_year(self, first: int, month: int) -> int | None:
        """The year of a label that is a month and its year, before a colon on the date's
        line, for a date of that month after it, past at most three words: "Sos
        lár-téarma Dheireadh Fómhair 2010: Dúnfar scoileanna ón 25ú go dtí an 29ú
        Deireadh Fómhair", "Juny 2024: 25 de juny". Never another month's, as under a
        line that is only a month and its year (see :meth:`_heading_year`)."""
        t = self.t.text
        k = first - 1
        while k > first - 4 and t[k].isalpha():
            k -= 1
        if t[k] != ":" or not t[k - 1].isdigit():
            return None
        if "\n" in self.source[self.t.end[k] : self.t.start[first]]:
            return None  # a heading's, if any (see _heading_year)
        year = int(t[k - 1]) if len(t[k - 1]) == 4 else 0
        for m in (k - 2, k - 3):  # a month of one word or two (Irish "Deireadh Fómhair")
            named = self._month_at(m, loose=False) or self._unusual_month(m)
            if named is not None and named[1] == k - 1:
                if t[m - 1].isdigit() or t[m - 1] == ".":
                    return None  # a date's year: "Möte 12 juni 2024: stängt 25 juni"
                return year if named[0] == month and 1900 <= year <= 2100 else None
        return None

    def _year_dash_month(self, first: int) -> int | None:
        """The year of a title before a dash and a month name that opens a day: "Basauriko
        Jaiak 2023 - urriak 7, larunbata", "Summer festival 2023 – July 14, Friday". The
        year stands alone right before the dash (no date or number ends with it), the
        month name right after it; a weekday written after the day must agree."""
        if self.t.text[first] not in self.lex.months:
            return None  # "2023 - Friday, July 14": the month name directly, nothing else
        return self._lone_year(first - 2)

    def _heading_year(self, first: int, month: int, *, named_only: bool = False) -> int | None:
        """The year ending (or, before a colon, opening) a short heading line just above
        the date's line, when only words (or a list's number) stand before the date on
        its line: "Année 2023 :\nDu 27 Novembre", "Convocatòries 2024\n\n01. 29 de
        gener", "Sammanträdesdagar 2022\n\n(Observera att … sammanträde 30 augusti är
        inställt)", "2024 m. švaros dienos bibliotekoje:\n\n • Vasario 29 d.". A
        heading that is only a month and its year dates that month's days only
        (``month``: the date's, a range's from its end): "SEPTEMBRIE 2017\n\n04 – 12
        septembrie", "VELJAČA 2026.\n1. veljače", also further into a paragraph's line
        under it; under "SEPTEMBRIE 2017" an October day may be the next year's.
        ``named_only``: only such a month's heading, for a numeric date ("JANUARI
        2025\n1/1 Nyårsdagen Stängt"), which alone would be no date (see
        :meth:`_short_forms_stand`)."""
        src = self.source
        start = self.t.start[first]
        nl = src.rfind("\n", 0, start)
        prose = start - nl > _HEADING_REACH  # a month's heading only, as below
        if (
            nl < 0
            or (prose and start - nl > _MONTH_PROSE_REACH)
            or not _LINE_BEFORE_DATE.match(src, nl + 1, start)
        ):
            return None
        line = self._line_above(nl)
        if line is None:
            return None
        low, above, line_start = line
        named = _MONTH_HEADING.fullmatch(self.t.folded, low + line_start, low + len(above))
        if named is not None and named[1] in self.lex.months:
            # also a day of its month further into the line right under it (past blank
            # lines), a paragraph's first sentence or two, only words before the day:
            # "September 2019\n\n \n\nWar das nun der sogenannte Altweibersommer?
            # Jedenfalls war das Wetter am 22. September …" (``prose``)
            year = int(named[2]) if self.lex.months[named[1]] == month else 0
        elif named_only or prose:
            return None
        else:
            heading = _HEADING_WITH_YEAR.fullmatch(above, line_start)
            if heading is None and _SUBHEADING.fullmatch(above, line_start):
                heading = self._heading_over(low + line_start)
            if heading is not None and heading[2] and not self._dotted_day(first):
                return None  # a sentence's full stop: "Die Halle steht seit 1990.\n\n11 June"
            year = int(heading[1] or heading[3]) if heading is not None else 0
        return year if 1900 <= year <= 2100 else None

    def _dotted_day(self, first: int) -> bool:
        """Whether the date at ``first`` writes its day with an ordinal dot ("11. lipnja",
        "június 11."): the languages that do write a heading's year with one ("Vidovo
        2021."), where elsewhere "2021." ends a sentence."""
        t = self.t.text
        k = first + 1 if t[first] in self.lex.months else first
        return t[k].isdigit() and t[k + 1] == "."

    def _heading_over(self, line_start: int) -> re.Match[str] | None:
        """The year heading on the line above a subheading that starts at ``line_start``
        ("Harmonogram na 2019 r.\n\nNABÓR WNIOSKÓW\n\n4 – 25 czerwca", "Följande datum
        gäller för 2019\n\nGruppmöten inför Kommunfullmäktige\n\n7 jan, 11 feb")."""
        line = self._line_above(line_start)
        return None if line is None else _HEADING_WITH_YEAR.fullmatch(line[1], line[2])

    def _line_above(self, end: int) -> tuple[int, str, int] | None:
        """The last line with text before ``end`` (a line break or a line's start),
        within a heading's reach: the window's offset in the source, the window with its
        trailing blanks stripped, and where that line starts in it; None for a line
        longer than a heading."""
        low = max(0, end - _HEADING_REACH)
        above = self.source[low:end].rstrip()
        line_start = above.rfind("\n") + 1
        if line_start == 0 and end > _HEADING_REACH:
            return None  # a line longer than a heading
        return low, above, line_start

    def _year_before_its_word(self, k: int) -> int | None:
        """The year before the word for "year" at ``k`` that follows it, with its ordinal
        dot: Latvian "2024. gadā", Croatian "1962. godine", Basque "2023. urterako"."""
        t = self.t.text
        if t[k] in _UNDOTTED_YEAR_WORDS:
            return self._lone_year(k - 1)  # no dot: "2016 yılının 28 Mart’ına"
        if t[k] not in _YEAR_AFTER_WORDS or t[k - 1] != ".":
            return None
        return self._lone_year(k - 2)

    def _lone_year(self, k: int) -> int | None:
        """The year at ``k`` if it stands alone: no date or number ends with it."""
        t = self.t.text
        year = t[k]
        if k < 0 or len(year) != 4 or not year.isdigit() or not 1900 <= int(year) <= 2100:
            return None
        before = t[k - 1] if k else ""
        if before in _NUMERIC_SEPARATORS or before.isdigit() or before in self.lex.months:
            return None
        return int(year)

    def _short_forms_stand(self, items: list[Item]) -> bool:
        """A lone "3.2." or "12/3" is as likely a section number or a fraction as a date:
        it counts with a weekday or a time ("Sa, 19.10., 17 Uhr"), after a relative word
        ("tomorrow, 4.7."), in brackets ("(le 12/03)"), as a heading ("NOTICE 5.6.:") or,
        dotted, after a word for "on the" ("Am 11.11.").
        A day/month pair with a slash needs that context even inside a range."""
        for it in items:
            if it.year is not None:
                return True
        only = items[0]
        slashed = False  # a loop, not any(<generator>): this runs for most dates
        for it in items:
            slashed = slashed or (it.numeric and self.t.text[it.first + 1] == "/")
        if not (len(items) == 1 and only.numeric) and not slashed:
            return True
        if any(it.weekday is not None or it.times for it in items) or self.after_relative:
            return True
        end = items[-1].first
        if (
            len(items) == 2
            and not only.numeric
            and items[1].numeric
            and len(self.t.text[end]) + len(self.t.text[end + 2]) > 2  # not "3/4": a fraction
            and self._opener_before(only.first) is not None
        ):
            return True  # "entre 18 e 20/10", "du 18 au 20/10": a day, then its end's month
        if self.t.text[only.first + 1] == "-" and (
            len(items) == 1 or len(self.t.text[end]) + len(self.t.text[end + 2]) <= 2
        ):
            # "(7-3)" alone is a score as often as a date, "(1-3/4)" a fraction; a day
            # range with its month may stand in brackets: "(23-25/8)"
            return False
        before = self.t.text[items[0].first - 1]
        if not slashed and (
            before in _DAY_PREPOSITIONS
            or before.endswith(_FINNISH_ON_THE_DAY)
            or self.t.text[items[-1].last] in _DATE_POSTPOSITIONS
        ):
            return True  # "Am 11.11. Übergabe", "le 14.7.", "tapaninpäivänä 26.12.", "1.6. alkaen"
        return self._bracketed(items[0].first, items[-1].last) or self._heading(
            items[0].first, items[-1].last
        )

    def _bracketed(self, first: int, last: int) -> bool:
        before = first - 1
        if self.t.text[before] in _BRACKET_ARTICLES:
            before -= 1
        return before >= 0 and self.t.text[before] == "(" and self.t.text[last] == ")"

    def _heading(self, first: int, last: int) -> bool:
        """Followed by a colon, at a line start or after a word in capitals."""
        if self.t.text[last] != ":":
            return False
        if first == 0:
            return True
        word = self.source[self.t.start[first - 1] : self.t.end[first - 1]]
        gap = self.source[self.t.end[first - 1] : self.t.start[first]]
        return "\n" in gap or (len(word) > 1 and word.isalpha() and word.isupper())

    def _opens_name(self, it: Item) -> bool:
        """True if the year-less date ``it``, ending at its Turkish month, opens a place's
        or a club's name: the name's head, capitalised, right after the month or after
        one more capitalised word ("3 Temmuz Stadyumu’nda", "29 Ekim Caddesi", "15
        Temmuz Şehitler Köprüsü"), or a club's "Spor" after its town ("25 Mart Oltu
        Spor"), as a street word before a date makes an address. A weekday after the
        month ends the test ("19 Mayıs Cuma"), and a head without its possessive ending
        is a venue's first word ("3 Temmuz Park Orman'da" stays 3 July)."""
        text = self.t.text
        k = it.last
        if not self._capitalised(k):
            return False
        if text[k].startswith(_TR_NAME_HEADS):
            return True
        if not text[k].isalpha() or text[k] in self.lex.weekdays or not self._capitalised(k + 1):
            return False
        return text[k + 1].startswith(_TR_NAME_HEADS) or text[k + 1] == _TR_CLUB_WORD

    def _capitalised(self, k: int) -> bool:
        """True if the token at ``k`` is written with a capital, on the date's line."""
        return k < self.t.n and self.source[self.t.start[k]].isupper() and not self._starts_line(k)

    def _after_street_word(self, i: int) -> bool:
        """True if token ``i`` follows a street word ("ul. 1 Maja", "rue du 8 mai") on its
        line: "… la rue\nDu\n15/02/2021" is a heading, then a period."""
        k = i - 1
        if self.t.text[k] in STREET_LINKS:
            k -= 1
        if self._starts_line(k + 1) or self._starts_line(i):
            return False
        if k >= 1 and self.t.text[k] == "." and self.t.text[k - 1] in STREET_ABBREVIATIONS:
            return True
        word = self.t.text[k]
        if word in CAPITALISED_STREET_WORDS:
            return self.source[self.t.start[k]].isupper()
        return k >= 0 and word in STREET_WORDS

    def _weekday_span_start(self, i: int) -> int | None:
        """The weekday glued before a dash and the weekday at ``i`` ("PE-LA", "Fr-Sa"):
        a span of days written before its days, whose first weekday is the first day's."""
        t = self.t
        tok = t.text[i - 2]
        if not (t.adjacent(i - 1) and t.adjacent(i)) or tok in self.lex.range_words:
            return None  # Maltese "sal-Ħadd" is "until Sunday"
        found = self.lex.weekdays.get(tok)
        return self.lex.short_weekdays.get(tok) if found is None else found

    def _headline_weekday(self, i: int, weekday: int, j: int) -> bool:
        """True if the weekday at ``i`` ends a line of prose and the full numeric date on
        the next line, at ``j``, falls on another day: the headline's weekday ("se reúne
        na próxima quarta-feira\n16/05/2019 | 15h12", a Thursday), not the date's. A
        weekday wrapped onto its date's line agrees with it ("op vrijdag\n7 november
        2014") and stays."""
        it = self.numeric(j) if self.t.text[j].isdigit() else None
        if it is None or it.year is None or it.impossible or it.month is None:
            return False
        line = self.source[self.source.rfind("\n", 0, self.t.start[i]) + 1 : self.t.start[i]]
        if not any(c.isalpha() for c in line) or line.rstrip().endswith(":"):
            return False  # a card's weekday over its date, or a label's value
        day = _weekday_of(it.year, it.month, it.day or 0)
        return day is not None and day != weekday

    def _ends_line(self, j: int) -> bool:
        """True if the token at ``j`` is the last of its line (or of the text)."""
        return j + 1 >= self.t.n or self._starts_line(j + 1)

    def _opens_sentence_below(self, it: Item) -> bool:
        """True if a capitalised word opens the line right after ``it`` (past its closing
        bracket): a heading's month and year, then the next line's prose."""
        k = it.last + (self.t.text[it.last] == ")")
        return self._starts_line(k) and self.source[self.t.start[k]].isupper()

    def _after_clock_prefix(self, j: int) -> bool:
        """True if a strong clock prefix stands right before ``j``, past its dot."""
        text = self.t.text
        return (text[j - 2] if text[j - 1] == "." else text[j - 1]) in _STRONG_TIME_PREFIXES

    def _starts_line(self, j: int) -> bool:
        return j > 0 and "\n" in self.source[self.t.end[j - 1] : self.t.start[j]]

    def _dot_dash_mark(self, j: int) -> bool:
        """True if the dot at ``j`` and the dash glued to it, both glued to the date
        before them, mark a dateline's or a numbered entry's end before its words
        ("OAXACA, OAX., mayo 13.- El pasado 10 de mayo", "Día 2.- Procesión"): a word
        after a space, no month, weekday or range word before a day, which a range's end
        would be ("2006. május 4.- június 4.", "KE 24.12.- PE 26.12.2025", "13.- al 15");
        a case ending glued to the dash ("2021.08.02.-től") is no word apart."""
        t = self.t
        text = t.text
        word = text[j + 2]
        if not (t.adjacent(j) and t.adjacent(j + 1) and not t.adjacent(j + 2) and word.isalpha()):
            return False
        lex = self.lex
        if not (
            word in lex.months
            or word in lex.weekdays
            or word in lex.short_weekdays
            or word in lex.range_words
        ):
            return True
        # the end's word before its day ("13.- al 15 de mayo", "4.- hasta el 15", "4.-
        # június 4."), not an article or a word that is such a word elsewhere ("21.- La
        # Secretaría": Romanian "la" is "to", Finnish "la" Saturday)
        return not (text[j + 3].isdigit() or text[j + 4].isdigit() or text[j + 3] in lex.weekdays)

    def _range_phrase(self, j: int) -> int:
        """Length of an abbreviated inclusive range word at ``j`` ("t/m", "t.o.m."), or 0."""
        for phrase in _RANGE_PHRASES:
            if self.t.text[j : j + len(phrase)] == phrase:
                return len(phrase)
        return self._bare_range_phrase(j)

    def _bare_range_phrase(self, j: int) -> int:
        """Length of an inclusive range word at ``j`` spaced and without its dots ("t o
        m", "t om", "tom", "t e m"), or 0. Those are everyday words too (Swedish "t o m"
        is also "even", "tom" "empty", "Tom" a name), so they count in lower case right
        after a date's day, month or year and before the end's day, maybe behind "den"
        or a weekday: "remiss 2005-08-01 t o m 2005-10-31", "1 mars tom den 31 mars"."""
        text = self.t.text
        before = text[j - 1]
        if not (before.isdigit() or before == "." or before in self.lex.months):
            return 0
        if not self.source[self.t.start[j]].islower():
            return 0
        for phrase in _BARE_RANGE_PHRASES:
            size = len(phrase)
            if text[j : j + size] == phrase:
                k = j + size
                k += text[k] == "den"  # "t o m den 31 mars"
                k += text[k] in self.lex.weekdays  # "t o m söndag 5 maj"
                return size if text[k].isdigit() else 0
        return 0

    def _and_before(self, j: int) -> bool:
        """True if "and" stands right before ``j``, or "and" and an "at the latest" ("…
        and no later than 4.00pm on …", see :meth:`separator`)."""
        text = self.t.text
        if text[j - 1] in self.lex.list_words:
            return True
        return any(
            text[j - n - 1] in self.lex.list_words and self._latest(j - n) == j for n in (1, 2, 3)
        )

    def _between_opens(self, first_tok: int) -> bool:
        """True if "between" opens the expression at ``first_tok``, also before a colon
        ("only between: Tuesday 29th June 2021 and …"): its "and" is "to"."""
        opener = self._opener_before(first_tok - (self.t.text[first_tok - 1] == ":"))
        return opener is not None and self.t.text[opener] in BETWEEN_WORDS

    def _named_day(self, it: Item) -> bool:
        """True if ``it`` is surely a day: it has its month, or "the day" names it, the
        month coming with the range's end ("tra le ore 8 del giorno 3 e le ore 18 del
        giorno 5 maggio", "des de les 8 h del dia 3 fins a les 14 h del dia 4 de maig")."""
        return it.month is not None or self.t.text[it.first - 1] in _DAY_NOUNS

    def _between_before_time(self, first_tok: int, words: frozenset[str] = BETWEEN_WORDS) -> bool:
        """True if "between" opens the time written before the date at ``first_tok``,
        past its prefixes and articles and the words that link it to the date ("tra le
        ore 8 del 7 gennaio e …", "entre las 8 horas del 7 de enero y …", "between 8am
        on 7 January and …"): the "and" after that date is "to" (see
        :meth:`_between_opens`). With ``words`` another opener: a start word ("com
        início às 8 horas do dia 3/10/2018 e encerramento …", "con inicio a las 10
        horas del día …", past "a las" as one prefix)."""
        text = self.t.text
        k = first_tok - 1 - 2 * (self._of_the_day(first_tok - 2) == 2)  # "do dia"
        while k > first_tok - 3 and text[k] in _TIME_DATE_LINKS:
            k -= 1  # "on", "del", "am", "le"
        m = k
        while m > k - 6 and (text[m].isdigit() or text[m] in _AFTER_HOUR):
            m -= 1  # the time: "8", "20.00", "8 am", "20 horas"
        if m == k or not any(tok.isdigit() for tok in text[m + 1 : k + 1]):
            return False
        for _ in range(2):  # "le ore", "las", "as"
            if text[m] in words:
                return True
            if text[m] not in _TIME_PREFIXES and text[m] != "le":
                return False
            m -= 1 + (text[m] in _HOUR_ARTICLES_AFTER_A and text[m - 1] == "a")
        return text[m] in words

    def _opener_before(self, first_tok: int) -> int | None:
        """Index of a range opener before ``first_tok``, past at most two day words."""
        k = first_tok - 1
        if self.t.text[k] == "-" and self.t.text[k - 1] in _GLUED_ARTICLES:
            k -= 2  # "bejn it-Tnejn 21 ta' April u t-Tnejn 28"
        while (
            k >= first_tok - 3
            and k > 0
            and (
                self.t.text[k] in _DAY_WORDS
                # "fra d. 3. til …", "fra de. 3."
                or (self.t.text[k] == "." and self.t.text[k - 1] in _DEN_ABBREVIATIONS)
                or (self.t.text[k] in _DEN_ABBREVIATIONS and self.t.text[k + 1] == ".")
            )
        ):
            k -= 1
        return k if k >= 0 and self.t.text[k] in RANGE_OPENERS else None

    def _finish(self, items: list[Item], joins: list[str]) -> Expression:
        text = self.t.text
        first_tok = items[0].first
        last = items[-1].last
        if joins:  # one item (most expressions) has no opener and no joins to settle
            if text[first_tok - 1] == "(" and text[items[0].last] == ")":
                first_tok -= 1  # both brackets: "(22. April) bis einschließlich Montag (25. April)"
            # "From 9 to 12 June", "del 9 al 10 de abril": the opener belongs to the span.
            opener = self._opener_before(first_tok) if first_tok > 0 else None
            if opener is not None and "range" not in joins and text[opener] not in BETWEEN_WORDS:
                opener = None  # "Il fine settimana del 28 e 29 settembre": "of the", no range
            if opener is not None:
                first_tok = opener
                if text[first_tok] in BETWEEN_WORDS:
                    if len(items) == 2:
                        joins = ["range"]  # "entre 1 e 3 de abril" is 1 to 3
                    elif self._between_then_listed(items, joins):
                        joins = ["range", *joins[1:]]
            if joins == ["list"] and text[last] in _BETWEEN_AFTER:
                joins, last = ["range"], last + 1  # "december 22. és január 1-je között"
            elif joins == ["list"] and len(items) == 2 and self._between_before_time(first_tok):
                joins = ["range"]  # "tra le ore 8 del 7 gennaio e il 31 gennaio 2020"
            elif (
                joins == ["list"]
                and text[last] in _DATES_NOUNS
                and text[last + 1] in _BETWEEN_AFTER
            ):  # Turkish "20 Temmuz 2020 ile 07 Ağustos 2020 tarihleri arasında"
                joins, last = ["range"], last + 2
            elif (
                joins == ["list"]
                and text[first_tok - 1] == "med"
                and "in" in text[items[0].last : items[1].first]
            ):
                joins, first_tok = ["range"], first_tok - 1  # Slovenian "med 11. in 16. julijem"
        last_tok = last - 1
        # A month's "." that ends the sentence ("… on 26-30 June. The forum …") is
        # punctuation, not an abbreviation's dot: it stays out of the span.
        if (
            last_tok > 0
            and text[last_tok] == "."
            and text[last_tok - 1] in self.lex.months
            and self._sentence_ends_after(last_tok)
        ):
            last_tok -= 1
        return Expression(items, joins, self.t.start[first_tok], self.t.end[last_tok])

    def _between_then_listed(self, items: list[Item], joins: list[str]) -> bool:
        """True if the "and" after "between" joins a first day to a second with its month,
        and another "and" lists a date after them ("entre 12 e 15 de setembro de 2023 e 15
        de dezembro de 2023"): "between" spans the first two, the date after is listed.
        "Between" and three days before their month ("between 5, 6 and 7 May") list."""
        first, second = items[0], items[1]
        return (
            joins[0] == "list"
            and joins[1] == "list"
            and second.month is not None
            and not self.lex.list_words.isdisjoint(self.t.text[first.last : second.first])
        )

    def _sentence_ends_after(self, i: int) -> bool:
        if i + 1 >= self.t.n:
            return True
        following = self.source[self.t.start[i + 1]]
        return following.isupper() or following in "\n\"'”’)"

    def separator(self, j: int, after_list: bool = False) -> tuple[str, int] | None:
        """The join kind and the index after it. A word that is "to" in one language and
        "and" in another (Czech "a") is "and" after a comma list ("7., 14. a 21."), a
        day's ordinal dot ("4. a 6. února") or a month name (and its year) that only the
        languages of "and" write ("30. októbra a 2., 6. a 9. novembra 2020")."""
        text = self.t.text
        tok = text[j]
        if (tok == "." and text[j + 1] == "-") or (tok == "-" and text[j - 1] == "."):
            dot = j if tok == "." else j - 1  # the day's own dot may be the date's
            if self._dot_dash_mark(dot):
                return None  # a dateline's or a list's mark: "mayo 13.- El pasado 10 de mayo"
        if tok == "-" and text[past := self._past_aside(j)] in self.lex.list_words:
            j, tok = past, text[past]  # "5 de marzo -Sacramental- y 26 de mayo …" (brackets: below)
        if tok in _TR_DAY_NOUNS and text[j - 1] in self.lex.weekdays:
            j += 1  # the weekday's "day": Turkish "19 Mayıs 2017 Cuma günü ve 20 Mayıs …"
            tok = text[j]
        plain = tok.isalpha() and tok not in _SEPARATOR_WORDS
        if plain and tok not in self.lex.range_words and tok not in self.lex.list_words:
            # a plain word after the item (most dates end so); an event card's field
            # lines, then its end label ("Дата на откриване: 11.5.2018 г.\nЦелева група:
            # …\nДата на приключване: 25.5.2018 г."), a colon first
            if (
                text[j + 1] == ":" or text[j + 2] == ":" or text[j + 3] == ":"
            ) and self._starts_line(j):
                label = self._end_label_past_card(j)
                return ("range", label) if label else None
            return None
        kind: str | None = None
        n = self.t.n
        steps = 0
        if (
            text[j] == "."
            and self.t.adjacent(j)
            and (
                text[j + 1] == "-"
                or text[j + 1] in _END_LABEL_WORDS
                or text[j + 1] in self.lex.range_words
                or (
                    (text[j + 1] in self.lex.list_words or text[j + 1] in _OR_WORDS)
                    and text[j - 1].isdigit()
                    and not self._sentence_ends_after(j)
                )
            )
        ):
            # an ordinal dot before a dash, an end label or "to": "08.06.2024. - 07.11.2024.",
            # "Kezdete: 2021. október 29.\nBefejezése: …", "od 1. siječnja 2018. do 31. …";
            # a year's before a lower-case "and": "četvrtak, 27.2.2025. i petak, 28.2.2025."
            j += 1
        while j < n and steps < 8:  # "μέχρι και της δύσης του ηλίου της 28ης"
            tok = text[j]
            phrase = self._range_phrase(j) if tok in _RANGE_PHRASE_OPENERS else 0
            if phrase:
                kind = "range"  # "t/m", "t.o.m.": tot en met, till och med
                j += phrase
                steps += 1
                continue
            if (
                tok in _LATEST_BY_WORD
                and (kind == "range" or text[j - 1] in self.lex.list_words)
                and (latest := self._latest(j))
            ):
                # "5 januari–senast 8 januari 2026", "bis spätestens 8. Januar", "– το
                # αργότερο 8 Ιανουαρίου" (before the words its first one may be: "το", "a");
                # after "and" too, where "between" opened ("between 9 am on Friday 17th
                # August 2018 and no later than 4.00pm on Thursday 6th September 2018")
                j, steps = latest, steps + 1
                continue
            if tok in _BULLETS and self._starts_line(j):
                label = self._end_label(j + 1)
                if label:
                    # an end label behind its bullet: "• Дата початку: «20» лютого 2026
                    # р.\n• Дата закінчення: «22» березня 2026 р."
                    kind, j = "range", label
                    steps += 1
                    continue
                if tok == "-":
                    break  # a bullet: "– 17.01.2024\n– 21.02.2024" lists two dates
            if tok in _DATE_RANGE_SIGNS or (
                tok in self.lex.range_words
                and not (
                    tok in self.lex.list_words
                    # after a list, or after a day's ordinal dot: Czech, Slovak "4. a 6. února"
                    and (
                        after_list
                        or (text[j - 1] == "." and text[j - 2].isdigit())
                        or text[j - 1] in self.lex.and_months
                        or (text[j - 1].isdigit() and text[j - 2] in self.lex.and_months)
                    )
                )
            ):
                if tok in _GLUED_RANGE_WORDS and not (
                    text[j + 1] == "-" and self.t.adjacent(j + 1)
                ):
                    break  # Maltese "sat-", "san-" only glued: "March 2025\nSat 22" is Saturday
                kind = "range"
            elif tok in {",", "&", "/", "+", "|", ";"} or tok in self.lex.list_words:
                kind = kind or "list"  # also a calendar's "4. 2. | 31. 3. | 28. 4."
            elif tok.isdigit():
                break  # the next item (most joins end so): none of the tests below is a number
            elif tok in _OR_WORDS and kind is None and self._or_before_day(j):
                kind = "or"  # "15. või 29.septembril", "5, 6 o 7 maggio"
            elif kind and tok in _DAY_QUOTE_OPENS and text[j + 2] in _DAY_QUOTE_CLOSES:
                pass  # the next day's quotation mark: "… 2026 р.\nДата закінчення: «22» …"
            elif tok == ":" and kind == "range" and text[j - 1].isalpha():
                pass  # a label's colon: "Desde: 08/09/2022\nHasta: 23/06/2023"
            elif tok in _END_LABEL_WORDS and (label := self._end_label(j)):
                kind, j = "range", label  # "… 19:28\nEind\n… 23:19", "End date: …"
                steps += 1
                continue
            elif tok == "'" and text[j + 1] in _FROM_SUFFIXES and self.t.adjacent(j + 1):
                kind = "range"  # Turkish "27 Ekim'den 28 Ekim'e kadar", "17:00'den …"
                j += 1
                if text[j + 1] == "itibaren" and (until := self._tr_until_after(j + 2)):
                    # from … on: "saat 08:00’den itibaren askıya çıkartılıp, 17/01/2024 …
                    # 17:00’ye kadar", "31 Temmuz 2007'den itibaren 02 Ağustos 2007'ye kadar"
                    j = until
                    break
            elif tok == "'" and text[j + 1] in _TR_TIME_ENDINGS and text[j + 2] in _TR_START_VERBS:
                j += 1  # the clock's "at" before the start verb: "saat 13.00'de başlayıp"
            elif tok in _FROM_DATE_NOUNS and not steps:
                kind = "range"  # "22 Eylül 2025 tarihinden – 3 Mayıs 2026 tarihine kadar"
            elif tok in _TR_ON_THE_DATE and not steps and text[j + 1] in _TR_START_VERBS:
                pass  # "01.09.2023 tarihinde başlayıp …"
            elif tok in _TR_START_VERBS:
                if not _TR_END_VERBS.isdisjoint(text[j + 1 : j + 16]):
                    kind = "range"  # "… başlayıp 2 Şubat 2024 Cuma tamamlanacak"
                else:
                    # "… Salı günü başlayacak, 02 Ağustos 2007 Perşembe saat 17.00'ye kadar"
                    until = self._tr_until_after(j + 1)
                    if until:
                        kind, j = "range", until
                    break
            elif tok in _ON_THE_DAY and text[j - 1] in self.lex.list_words:
                # the day word repeated: "dne 28.9.2023 v 18 hodin a dne 30.9.2023 v 10
                # hodin" lists two days (Czech "a" is "and", not the Romance "to")
                kind = "list"
            elif tok in _ON_AFTER_AND and text[j - 1] in self.lex.list_words:
                pass  # "on" repeated: "На 31 декември 2023 г. (неделя) и на 1 януари 2024 г."
            elif tok in FILLER_WORDS or tok == "'" or (tok == "l" and text[j + 1] == "'"):
                pass  # also Catalan's elided article: "del 3 d'octubre a l'11 de gener"
            elif (
                tok == "ce" and text[j - 1] == "et" and text[j + 1 + (text[j + 1] == ",")] in _UNTIL
            ):
                pass  # French "and this": "du lundi 9 mai et ce, jusqu'au 30 septembre"
            elif tok in _UNTIL_LEADS and (
                text[j + 1] in self.lex.range_words or text[j + 1] == "t"
            ):
                pass  # "fra den 1. marts frem til den 30. april", "fram t.o.m."
            elif tok in _GLUED_ARTICLES and text[j + 1] == "-" and self.t.adjacent(j + 1):
                j += 1  # a Maltese article glued to the next day: "fis-7 u t-8 ta' Diċembru"
            elif tok in _WEEKDAY_PREPOSITIONS and text[j + 1] in self.lex.weekdays:
                # "V piatok 26. a v sobotu 27. augusta": with the preposition repeated,
                # Slovak/Czech "a" is "and", not the Romance "to".
                if text[j - 1] in self.lex.list_words:
                    kind = "list"
            elif tok == "." and steps and text[j - 1].isalpha():
                pass  # an abbreviation's dot: "bis inkl. 5.", "til d. 5."
            elif (
                kind == "range"
                and tok in self.lex.weekdays
                and text[j + 1 + (text[j + 1] == ",")] in _ON_THE_DAY
            ):
                # the end's weekday, then "on the day" ("od středy dne 21.08.2019 do pátku
                # dne 23.08.2019", "do petka, dne 9. 8. 2019"), as the start's: a weekday
                # apart from its date is not checked against it (a single date's "v
                # pondělí dne 6.12.2022" neither)
                pass
            elif kind == "range" and (
                tok in _DAY_PERIOD_WORDS
                or (tok in _DAY_PERIOD_OF and text[j - 1] in _DAY_PERIOD_WORDS)
            ):
                pass  # "έως και το βράδυ της Τρίτης, 28", "until the evening of Tuesday 28"
            elif (
                kind == "range"
                and tok in _END_OF_DAY
                and text[j + 1] in _END_OF_DAY_OF
                and text[j + 2] in _DAY_NOUNS
                and text[j + 3].isdigit()
            ):
                j += 1  # "até ao final do dia 16 de julho": past its "do" to the day noun
            elif kind == "range" and tok in _ON_THE_DATE:
                pass  # Romanian "până în data de 24 ianuarie 2019"
            elif kind == "range" and tok in _END_DAY_NOUNS and (of := self._day_noun_of(j)):
                j = of - 1  # "al giorno di domenica 11 agosto", "alla giornata del 9"
            elif (
                kind == "range"
                and tok in DIRECTION_BEFORE
                and (text[j + 1] in self.lex.weekdays or text[j + 1].isdigit())
            ):
                # "y hasta el próximo domingo 9 de septiembre", "fins al pròxim 19 de maig"
                pass
            elif kind == "range" and (
                tok in _REACHING or (tok == "ad" and text[j + 1] in _REACHING)
            ):
                pass  # "fino ad arrivare a domenica 25 novembre", "hasta llegar al 3 de mayo"
            elif (
                kind == "range"
                and tok in TODAY_WORDS  # "μέχρι και σήμερα Τετάρτη 19 Σεπτεμβρίου"
                and (text[j + 1] in self.lex.weekdays or text[j + 1].isdigit())
            ):
                pass  # "μέχρι και σήμερα Τετάρτη 19 Σεπτεμβρίου 2018": until today, the date
            elif kind and tok in self.lex.short_weekdays and text[j + 1].isdigit():
                # the next day's short weekday in lower case: "ma 15.12. – pe 2.1.2026",
                # "Helatorstai 9.5. ja pe 10.5.2024"
                pass
            elif tok == "(" and (aside := self._skip_aside(j)) > j and self._plain_aside(j, aside):
                # an aside in words between the ends: "február 23-tól (vasárnap) - március
                # 2-ig", "21 Xaneiro, 2021 (Todo o día) a sábado, 20 Febreiro, 2021"
                j, steps = aside, steps + 1
                continue
            else:
                break
            j += 1
            steps += 1
        if kind is None:
            return None
        return kind, j

    def _or_before_day(self, j: int) -> bool:
        """True if the "or" word at ``j`` joins the day right after it, on its line and
        in lower case: a capital opens a sentence (Galician, Portuguese "O 17 DE MAIO":
        the article)."""
        t = self.t
        return (
            t.text[j + 1].isdigit()
            and self.source[t.start[j]].islower()
            and "\n" not in self.source[t.end[j - 1] : t.start[j + 1]]
        )

    def _day_noun_of(self, j: int) -> int:
        """The index of the day or weekday after the "day" noun at ``j`` and its "of"
        ("al giorno di domenica 11 agosto", "alla giornata del 9", "au jour du 11
        août"), or 0: a range's end written as "to the day of …"."""
        text = self.t.text
        k = j + 1 + (text[j + 1] in _DAY_NOUN_LINKS)
        return k if text[k].isdigit() or text[k] in self.lex.weekdays else 0

    def _object_end_label(self, j: int) -> tuple[str, int] | None:
        """An end label that names its object first, as Turkish writes it ("İLAN TARİHİ
        : 08.06.2023\n\nİLAN BİTİM TARİHİ :17.07.2023", "Başvuru bitiş tarihi:"): the
        object opens the end label's line and the start date's line too, so the two
        labels date one thing ("Güncelleme: …\nProje bitiş tarihi: …" stays two dates)."""
        t = self.t
        if not t.text[j].isalpha() or not self._starts_line(j):
            return None  # a word: a bullet is no object ("  • Starts: …\n  • Ends: …")
        label = self._end_label(j + 1)
        if not label:
            return None
        line = self.source.rfind("\n", 0, t.start[j - 1]) + 1
        opener = bisect_left(t.start, line, 0, j)
        return ("range", label) if t.text[opener] == t.text[j] else None

    def _tr_until_after(self, j: int) -> int:
        """Where a Turkish period's end date starts after its start ("başlayacak", "'den
        itibaren", from … on): past up to three words and their comma (or "ve"), a date
        whose "until" ("'ye kadar", "tarihine kadar") follows it within a dozen tokens; 0
        otherwise, so "başlayacak, ardından 5 Mayıs'ta …" stays two dates."""
        t = self.t.text
        k = j
        while k < j + 3 and t[k].isalpha() and t[k] != "ve":
            k += 1
        if t[k] == "," or t[k] == "ve":  # "başlayacak ve 5 Mayıs'a kadar sürecek"
            k += 1
        elif k > j:
            return 0
        return k if t[k].isdigit() and "kadar" in t[k + 1 : k + 15] else 0

    def _end_label(self, j: int) -> int:
        """The index after an end label at ``j`` ("End date:", "Eind\n", "Date de fin
        :", "Fecha de fin:", "Data zakończenia:"), or 0: the label is ended by a colon
        or a line break, so a sentence's "end" is never one."""
        t = self.t.text
        k = j + (t[j] in _LABEL_DATE_WORDS)
        k += t[k] in {"de", "di", "do", "на"} and k > j
        if t[k] not in _END_WORDS and not (k > j and t[k] in _DATED_END_WORDS):
            return 0
        k += 1 + (t[k + 1] in _LABEL_TERM_WORDS)
        if t[k] == ":":
            return k + 1
        if self._starts_line(k):
            return k
        if k - j > 1 and self._starts_line(j):
            # a "date" label opening its line may name its object before the colon: "Data
            # fi de l'avís: 22 / 11 / 2020" (not "End of the season: …")
            for m in range(k, k + 6):
                if t[m] == ":":
                    return m + 1
                if not (t[m].isalpha() or t[m] == "'"):
                    break
        return 0

    # -- items ------------------------------------------------------------------

    def _tomorrow_noun(self, i: int) -> bool:
        """True if the word for "tomorrow" at ``i`` follows an article that makes it a
        noun (see :data:`_TOMORROW_ARTICLES`): Maltese "l-", "il-", "mill-", "sal-" glued
        by the hyphen ("l-għada tal-festa": the day after the feast); not a Portuguese
        pronoun glued to its verb ("Envie-o amanhã")."""
        t = self.t
        word, before = t.text[i], t.text[i - 1]
        if word == _MALTESE_TOMORROW:
            return (
                before == "-" and t.adjacent(i) and t.adjacent(i - 1) and t.text[i - 2][-1:] == "l"
            )
        articles = _TOMORROW_ARTICLES.get(word)
        return (
            articles is not None
            and before in articles
            and not (t.text[i - 2] == "-" and t.adjacent(i - 1))
        )

    def item(self, i: int) -> Item | None:
        text = self.t.text
        numeric = text[i].isdigit()  # no relative word; a weekday only as "6ª feira"
        if not numeric and text[i] in self.lex.feasts:
            feast = self._feast_day(i)  # "on Christmas Day", "Lá Fhéile Pádraig 1899"
            if feast is not None or text[i] in self.lex.feast_only:
                return feast
        if numeric:
            rel = self._days_ago(i) if text[i + 1] in self.lex.days_ago else None
        else:
            rel = self.relative(i) if text[i] in self.lex.relative else None
        if rel is not None:
            words, offset, j = rel
            if words in TIMED_RELATIVE and text[j] == "-":
                return None  # "ce soir-là": that evening, not this one
            if offset == 1 and self._tomorrow_noun(i):
                return None  # "l-għada tal-festa", "il domani": the next day, the future
            if text[j] == ":" and words in TODAY_AFTER_NOUN:
                return None  # a field's label, its value after it: "Data odierna: 12/05/2023"
            rel_item = Item(j - len(words), j)
            rel_item.relative = offset
            # its words decide whether it is an everyday word elsewhere (see
            # is_ambiguous_relative); none when its accent settles it: Romanian "mâine",
            # or the page's languages do: Estonian "eile" on an Estonian page
            written = self.source[self.t.start[j - 1] : self.t.end[j - 1]].lower()
            unless = SETTLED_UNLESS_BEFORE.get(written)  # "gaur", not "gaur egun"
            settled = (
                words in self.lex.settled_relative
                or written in ACCENT_SETTLED_RELATIVE
                or (unless is not None and not text[j].startswith(unless))
                or (written in CASE_SETTLED_RELATIVE and self._written_as_word(j - 1))
            )
            rel_item.relative_words = None if settled else words
            if text[j] in self.lex.weekdays:
                self._relative_weekday(rel_item)  # "mañá martes, a partir das 11 horas"
            self.times_and_zone(rel_item)
            # "stasera alle 9" is 21:00, so is "domani sera alle 9"
            half = TODAY_PERIODS.get(words) or _PARTS_AFTER_RELATIVE.get(text[j])
            if half is not None:
                _give_half(rel_item.times, half)
            return rel_item
        if not numeric and text[i] in NORDIC_PAST_WEEKDAYS:  # "i lördags": last Saturday
            return self._nordic_past_weekday(i)
        weekday = None
        j = i
        if numeric:
            wd = self._numbered_weekday(j) if text[j + 1] in {"a", ".", "afeira"} else None
        else:
            wd = self.weekday(j) if text[j] in self.lex.weekday_words else None
        bracket = False
        if wd is not None:
            weekday, j = wd
            if text[i - 1] == "-" and i >= 2 and (first := self._weekday_span_start(i)) is not None:
                weekday, i = first, i - 2  # "PE-LA 28.-29.6": the span's first day's
            j, bracket = self._past_weekday(j)
            breaks = self.source.count("\n", self.t.end[i], self.t.start[j])
            if breaks > 1:
                return None  # a weekday ending its paragraph: "reopening on Saturday\n\n19 July"
            if breaks and self._headline_weekday(i, weekday, j):
                weekday = wd = None  # see _headline_weekday
                i = j
        bare = False
        if weekday is None:
            it = self.core(j)
        else:
            it, bare = self._dated_core(j)
            if it is None and text[i] in self.lex.ordinal_days:
                # Maltese "it-tnejn ta' Frar": the 2nd, no Monday (a set test first)
                it = self.core(i)
                if it is not None:
                    weekday = wd = None
        if it is None:
            if weekday is not None and wd is not None:
                return self._next_or_last_weekday(i, wd[1], weekday)
            return None
        if (
            text[i] in _UNTIL  # Czech "Do 11.8.2020 do 12,00 hod": "until", no Thursday
            and it.year is not None
            and it.month is not None
            and _weekday_of(it.year, it.month, it.day or 0) != weekday
        ) or (
            weekday is not None
            and (
                self._word_not_weekday(i, weekday, it)
                or self._abbreviation_not_weekday(i, j, weekday, it)
            )
        ):
            weekday = None
        elif it.first > i:  # not min(): a call per item
            it.first = i  # Basque "hilaren 23an" starts before its day
        it.weekday = weekday
        if (
            weekday is not None
            and text[i] in self.lex.weekday_options
            # the forms that name several days are written plainly: Swedish "Sö" (sön)
            # is no Czech "So" (Saturday), Romanian "Sâ" no Turkish "Sa" (Tuesday)
            and self.source[self.t.start[i] : self.t.end[i]].isascii()
        ):
            if it.year is not None:
                self._weekday_by_date(it, self.lex.weekday_options[text[i]])  # "So 29.8.2020"
            else:
                it.weekday_options = self.lex.weekday_options[text[i]]  # "SO 10.10."
        if bracket:
            if text[it.last] == ")":
                it.last += 1
            elif text[j + 1] != ")" or it.month is None:
                return None  # not "(01) de dezembro", whose bracket closes before its month
        if weekday is None and not it.partial:  # no day, no weekday: "Oktober 2017 Samstag, 14."
            late = text[it.last]
            if (
                late in self.lex.weekdays
                or late in _NUMBERED_WEEKDAYS  # "4 julho 2ªfeira 18h30"
                or late in _LATE_WEEKDAY_OPENERS
                or late in self.lex.short_weekdays
                or (late == "." and it.year is not None)  # "15. listopada 2025. Srijeda 10:02"
                or late == "-"  # "13.06.2025 - Cuma 08:14", "24 de julho – Quinta-feira\n"
            ):
                if it.month is None and text[it.first - 1] in _HOUR_BEFORE_DATE_WORDS:
                    return None  # an hour: "la ora 14, sâmbătă, 4 mai", "ore 14, sabato, 4 …"
                self._late_weekday(it)
                if (
                    it.year is None
                    and it.weekday is not None
                    and (
                        text[it.last - 1] in _LATE_WEEKDAY_CLOSERS.values() or text[it.last] == ","
                    )
                ):  # "28 października (sobota) 2017", "13. december /štvrtok/ 2018",
                    # "7 de marzo, jueves, 2019", "11 Nisan Perşembe, 2013"
                    self._year_after(it)
        elif it.month is None and it.day is not None and not it.numeric:
            # A weekday and a bare number: "Saturday 3 pm" is a time, and "Montag 9 -
            # 12 Uhr" opening hours, not a day with a time.
            if text[it.last] in _HOURISH:
                return None
            if text[it.last] in _COUNTED_NOUNS:
                # a count, not the day: "no passado domingo, 28 anos de existência"
                if wd is None or it.weekday is None:
                    return None
                return self._next_or_last_weekday(i, wd[1], it.weekday)
            if text[it.last] == "," and text[it.last + 1] in self.lex.months:
                self._month_after_comma(it)
            elif text[it.last] in _DAY_RANGE_SIGNS and text[it.last + 1].isdigit():
                return it
        # the year first: most dates have one, and "last"/"next" goes with none
        if (
            it.year is None
            and it.month is not None
            and (text[it.last] in DIRECTION_AFTER or text[it.last + 1] == ".")
        ):
            self._direction_after(it)  # "il 19 febbraio scorso", "5 mei jl."
        # A bare day number ("12 million", "room 204") takes no time of its own: it is a
        # date only as a range's or list's first day, and the time follows the last.
        bare_day = (
            self.opening
            and it.month is None
            and it.weekday is None
            and not it.numeric
            and not it.this_month
        )
        if not it.partial and not it.times and it.last < self.t.n:
            if not bare_day:
                self.times_and_zone(it)
            elif text[it.last] in _TIME_PREFIXES and self._opener_before(it.first) is not None:
                self._range_start_time(it)
        if wd is not None and it.times:  # most items have no weekday: no truth test of times
            half = WEEKDAY_HALVES.get(text[i]) or DAY_PARTS.get(text[wd[1]])
            if half is not None:
                _give_half(it.times, half)  # "Freitagabend, 5. Mai, um 8 Uhr"
        if bare and not it.times and not bracket:
            return None  # "Sa 10.30" alone is Saturday at half past ten; "(tj. 12.09)" a day
        return it

    def _word_not_weekday(self, i: int, weekday: int, it: Item) -> bool:
        """True if the short weekday at ``i`` is an everyday word of another language
        (:data:`_WEEKDAY_WORDS`) written in lower case, or an acronym (see
        :meth:`_acronym_before_date`), before a full date that falls on another day: that
        word, no weekday ("pr. 1. marts 2020", Danish "per", not Lithuanian Monday; "ca.
        15. März 2020", "circa", not Turkish Wednesday; "con LR. 15.03.2017", Italian
        "legge regionale", not Basque Saturday), and the date reads alone. Capitalised
        ("Pr. 1. marts 2020", "Lr. 3.5.2018") it stays a weekday that disagrees."""
        tok = self.t.text[i]
        if tok in _WEEKDAY_WORDS:
            other = self.source[self.t.start[i]].islower()
        else:
            other = tok in self.lex.dot_weekdays and self._acronym_before_date(i)
        if not other or it.year is None or it.month is None or it.day is None:
            return False
        return _weekday_of(it.year, it.month, it.day) not in (None, weekday)

    def _acronym_before_date(self, i: int) -> bool:
        """True if the two-letter weekday at ``i``, one read only before its dot (Basque
        "lr.", Catalan "dl.", "dg."), is written in two capitals with its dot right before
        the date: the acronym of an act ("LR. 15.03.2017", legge regionale; "DL.",
        decreto legge; "DG.", delibera di giunta). A weekday's field keeps its comma
        ("LR., 2018ko maiatzaren 5a")."""
        t = self.t
        return (
            t.text[i + 1] == "."
            and t.text[i + 2] != ","
            and self.source[t.start[i] : t.end[i]].isupper()
        )

    def _abbreviation_not_weekday(self, i: int, j: int, weekday: int, it: Item) -> bool:
        """True if the short weekday at ``i`` is another language's, before a date that
        names its month after the year (at ``j``) and falls on another day: an
        abbreviation of the date's language, no weekday ("az új Ptk. 2014. március
        15-én", the Civil Code's, not Polish Friday), and the date reads alone. A
        weekday of the languages that write such dates stays one that disagrees."""
        text = self.t.text
        return (
            not it.numeric
            and it.year is not None
            and it.month is not None
            and it.day is not None
            and len(text[j]) == 4
            and text[j].isdigit()
            and text[i] not in self.lex.weekdays  # a name written out is the weekday
            and text[i] not in YEAR_FIRST_WEEKDAYS
            and _weekday_of(it.year, it.month, it.day) not in (None, weekday)
        )

    @staticmethod
    def _weekday_by_date(it: Item, options: tuple[int, ...]) -> None:
        """A short weekday that names other days in other languages read ("So": German
        Sunday, Czech and Slovak Saturday; ``options``) is the one its full date falls
        on, if any ("(Sport)\nSo 29.8.2020, 17:00" is a Czech Saturday), as a weekday
        settles a month name that means two ("listopad"); else it stays its first
        reading, and disagrees."""
        day = _weekday_of(it.year or 0, it.month or 0, it.day or 0)
        if day in options:
            it.weekday = day

    def _next_or_last_weekday(self, i: int, end: int, weekday: int) -> Item | None:
        """A weekday with no day, made a date by "next" or "last" right before or after it
        ("w najbliższy piątek o 14.00", "am kommenden Freitag", "vendredi prochain",
        "datorren larunbatean"): the nearest such day after (before) the reference, a
        relative item. A bare weekday ("este sábado", "på lördag") stays unread: it may
        be the one before or after."""
        text = self.t.text
        first, last = i, end
        direction = self._direction_at(i - 1) if i else None
        if direction is not None and text[i] in _LATVIAN_WEEK and text[i - 1] in LATVIAN_DIRECTIONS:
            return None  # "pagājušajā nedēļā": last week (folded, Slovak "nedeľa" is Sunday)
        if direction is not None and text[i - 1] in LAST_OF_WORDS and self._last_of(end):
            return None  # "el último sábado de cada mes": the month's last, no date
        if direction is not None:
            first = i - 1
        elif text[i - 1] == "den" and text[i - 2] in _BASQUE_PASSED:
            direction, first = -1, i - 2  # "pasa den ostiralean": the Friday that passed
        elif text[end] == "li" and text[end + 1] in _MALTESE_COMING:
            # Maltese "il-Ħadd li ġej" (the Sunday that comes), "li għadda" (that passed)
            direction, last = _MALTESE_COMING[text[end + 1]], end + 2
        elif text[end] == "seo" and text[end + 1] in _IRISH_COMING:
            # Irish "Dé Domhnaigh seo chaite" (last Sunday), "seo chugainn" (next); a day
            # after it is the date's ("don Mháirt seo chugainn 24ú lá de Mhí na Samhna")
            if text[end + 2].isdigit():
                return None
            direction, last = _IRISH_COMING[text[end + 1]], end + 2
        else:
            direction = DIRECTION_AFTER.get(text[end])
            if direction is None and text[end + 1] not in _PERIOD_NOUNS:
                direction = _ENGLISH_AFTER.get(text[end])  # British "on Wednesday next"
            last = end + 1
        if direction is None:
            return None
        it = Item(first, last)
        it.weekday, it.direction = weekday, direction
        it.relative, it.relative_words = 0, tuple(text[first:last])
        self.times_and_zone(it)
        if it.times and text[i] in WEEKDAY_HALVES:
            _give_half(it.times, WEEKDAY_HALVES[text[i]])  # "kommenden Donnerstagabend um 9"
        return it

    def _last_of(self, k: int) -> bool:
        """True if "of" or "before" follows a weekday after an ordinal "last" (ending at
        ``k``), or "in" and a month, or Romanian "of each": the last such day of a
        period (see LAST_OF_WORDS)."""
        text = self.t.text
        return (
            text[k] in LAST_OF_LINKS
            or (text[k] in _IN_BEFORE_MONTH and text[k + 1] in self.lex.months)
            or (text[k] in {"a", "al"} and text[k + 1] in _ROMANIAN_OF_PERIODS)
        )

    def _nordic_past_weekday(self, i: int) -> Item | None:
        """Swedish, Norwegian and Danish "i lördags", "i mandags": the weekday before the
        reference, in one word after "i" (see :data:`NORDIC_PAST_WEEKDAYS`)."""
        text = self.t.text
        if text[i - 1] != "i" or i == 0:
            return None
        it = Item(i - 1, i + 1)
        it.weekday, it.direction = NORDIC_PAST_WEEKDAYS[text[i]], -1
        it.relative, it.relative_words = 0, tuple(text[i - 1 : i + 1])
        self.times_and_zone(it)
        return it

    def _month_after_comma(self, it: Item) -> None:
        """A weekday's day, a comma, then its full month name: "Tue 8, October 2019".
        Only after a weekday, which the date must then agree with: "items 1-8, October
        2019" is no date."""
        month = self._month_at(it.last + 1, loose=False)
        if month is None or month[0] == CONTESTED:
            return
        it.month, it.last = month
        self._year_after(it)

    def _direction_after(self, it: Item) -> None:
        """ "Last" or "next" written after a year-less date ("il 19 febbraio scorso",
        "le 5 mai prochain", Dutch "22 februari a.s.", "5 mei jl."): part of its span."""
        text, k = self.t.text, it.last
        word = DIRECTION_AFTER.get(text[k])
        if word is not None and text[k + 1] != "delai":  # "le 15 mars dernier délai"
            it.direction, it.last = word, k + 1
        elif text[k + 1] == "." and (text[k] == "jl" or (text[k] == "a" and text[k + 2] == "s")):
            it.direction = -1 if text[k] == "jl" else 1
            it.last = k + 2 if text[k] == "jl" else k + 3 + (text[k + 3] == ".")

    def _direction_before(self, items: list[Item]) -> None:
        """ "Last" or "next" written before a year-less date ("lo scorso 19 febbraio",
        "no passado dia 19", "am vergangenen Freitag, 19. Februar")."""
        k = items[0].first - 1
        if self.t.text[k] in {"dia", "giorno"}:
            k -= 1
        word = self._direction_at(k) if k >= 0 else None
        if word is not None:
            items[0].direction = word

    def _direction_at(self, k: int) -> int | None:
        """The direction of a "last" or "next" word at ``k`` before a date or a weekday;
        None for one that is so only before its own languages' weekdays (Norwegian
        "neste onsdag", not Portuguese "neste sábado": in this) and stands before none."""
        text = self.t.text
        word = DIRECTION_BEFORE.get(text[k])
        own = OWN_WEEKDAY_DIRECTIONS.get(text[k]) if word is not None else None
        return None if own is not None and text[k + 1] not in own else word

    def _past_weekday(self, j: int) -> tuple[int, bool]:
        """Past what stands between a weekday and its date; True if it is a bracket."""
        text = self.t.text
        if text[j] in DAY_PARTS and (
            text[j + 1] in _WEEKDAY_FILLERS or text[j + 1] == "," or text[j + 1].isdigit()
        ):
            j += 1  # a part of the day: "onsdag aften den 7. oktober", "Friday evening, 5 May"
        if text[j] == ".":
            j += 1  # an abbreviation's dot, then maybe a comma: "Di., 2. April"
        if text[j] in {",", "."}:
            j += 1
            if text[j] == "," and text[j - 1] == ".":
                j += 1  # an abbreviation's dot, then a comma: "Пон., 30.11.2020 - 12:53"
        # "wtorek (20.12) o godzinie 10:00": the date in brackets after its weekday, also
        # past "that is" ("w najbliższą sobotę (tj. 12.09)": a day, never 12:09)
        bracket = text[j] == "(" and text[j + 1].isdigit()
        if text[j] == "(" and text[j + 1] in _DAY_NOUNS and text[j + 2].isdigit():
            return j + 2, True  # its "day" noun too: "nesta terça-feira (dia 31)"
        if text[j] == "(" and text[j + 1] in _THAT_IS:
            past = self._past_that_is(j + 1)
            bracket = past > j + 1 and text[past].isdigit()
            j = past - 1 if bracket else j
        j += bracket
        if text[j] in _DEN_ABBREVIATIONS and text[j + 1] == "." and text[j + 2].isdigit():
            j += 2  # Danish "lørdag d. 17 juni", Swedish "söndag de. 31/1"
        elif text[j] in _WEEKDAY_FILLERS and (
            text[j + 1].isdigit() or text[j + 1] in self.lex.months
        ):
            j += 1
        elif (
            text[j] in _GLUED_ARTICLES
            and text[j + 1] == "-"
            and text[j + 2].isdigit()
            and self.t.adjacent(j + 1)
            and self.t.adjacent(j + 2)
        ):
            j += 2  # Maltese "l-Erbgħa l-1 ta' Mejju": the day's glued article
        return j, bracket

    def _four_digit_range_end(self, j: int) -> bool:
        """True if the four digits at ``j`` end a range whose start is three or four
        digits after a clock word ("kl 1900-2100", "kl. 1900 – 2100", raised minutes
        folded: "w godz. 9⁰⁰ – 14³⁰")."""
        text = self.t.text
        k = j - 2
        if (
            text[j - 1] not in _TIME_RANGE_WORDS
            or len(text[k]) not in {3, 4}
            or not text[k].isdigit()
        ):
            return False
        return text[k - 1] in _FOUR_DIGIT_CLOCK_WORDS or (
            text[k - 1] == "." and text[k - 2] in _FOUR_DIGIT_CLOCK_WORDS
        )

    def _weekday_before(self, j: int) -> bool:
        """True if a full weekday name stands right before ``j``, or before its comma."""
        text = self.t.text
        k = j - 1 - (text[j - 1] == ",")
        return text[k] in self.lex.weekdays

    def _past_that_is(self, k: int) -> int:
        """The index past a "that is" phrase at ``k`` ("tj.", "i.e."); ``k`` if none."""
        for words, _ in _THAT_IS.get(self.t.text[k], ()):
            if tuple(self.t.text[k : k + len(words)]) == words:
                return k + len(words)
        return k

    def _dated_core(self, j: int) -> tuple[Item | None, bool]:
        """The date at ``j`` after a weekday, also a listing's "d.m" and date(1)'s order;
        True when that "d.m" could be a clock, so needs a time after it."""
        if self.t.text[j + 3] == ":" and self.t.text[j] in self.lex.english_months:
            stamp = self._ctime(j)  # "Tue Jul  9 15:00:00 UTC 2024": before "Jul 9" reads
            if stamp is not None:
                return stamp, False
        elif self.t.text[j].isdigit() and ":" in self.t.text[j + 3 : j + 6]:
            stamp = self._local_ctime(j)  # "Mo 26. Sep 13:11:28 CEST 2022"
            if stamp is not None:
                return stamp, False
        it = self.core(j)
        if it is None or (it.month is None and not it.numeric):
            # "Ti 8.7 klo 15.00", "La 12.07\nklo 12:30": a listing's day and month
            # without their final dot.
            bare = self._bare_day_month(j)
            if bare is not None:
                # after "the" ("den", "d.", "de.") a day, no clock: "Lördagen den 1.10 är …";
                # a dashed "27-03" only with a clock after it ("(update: vr. 27-03, 09.00
                # uur)"; alone a score as often) or as a listing's heading before its colon,
                # the weekday checking it ("Za. 22-06: Ars Musica …")
                text = self.t.text
                # a "d.mm" is a clock's only with an hour's day: "domingo 11.12" may be
                # 11:12, "domingo 25.12" no clock (as "25.12." was read)
                clock_like = (
                    text[j + 3] != ":"
                    if text[j + 1] == "-"
                    else len(text[j + 2]) == 2 and int(text[j]) < 24
                )
                after_the = text[j - 1] == "den" or (
                    text[j - 1] == "." and text[j - 2] in _DEN_ABBREVIATIONS
                )
                return bare, clock_like and bare.year is None and not after_the
        return it, False

    def _late_weekday(self, it: Item) -> None:
        """A weekday written after its date."""
        text = self.t.text
        if (
            # also a festival programme's "DÍA 26 Martes", its month the reference's
            (it.month is not None or text[it.first - 1] in _DAY_NOUNS)
            and (text[it.last] in self.lex.weekdays or text[it.last] in _NUMBERED_WEEKDAYS)
            and not self._starts_line(it.last)  # a calendar's weekday row is no weekday
        ):
            # Turkish and Slavic lists: "22 Mart Cumartesi ve 23 Mart Pazar günleri";
            # not the weekday of a next date ("5 May Monday 6 May").
            late = self.weekday(it.last)
            if (
                late is not None
                and it.year is None
                and self._year_at(late[1])
                and not self._starts_line(late[1])
            ):
                # between the month and its year: Turkish "11 NİSAN PERŞEMBE 2013" (the
                # weekday is checked against it)
                it.weekday, it.last = late
                self._year_after(it)
            # a clock after it is the date's time: "5 Ocak 2024 Cuma 14:30"
            elif (
                late is not None
                and (
                    not text[late[1]].isdigit()
                    or text[late[1] + 1] == ":"
                    or self._clock_after(late[1])
                    or self._hour_marked_clock(late[1])  # "4 julho 2ªfeira 18h30"
                )
                and not self._ordinal_before_noun(it.last, late[1])
            ):
                it.weekday, it.last = late
        elif (
            it.year is None
            and text[it.last + 1] == ","
            and text[it.last] in self.lex.short_weekdays
        ):
            self._listing_short_weekday(it)  # "13.11. Ma, 128. MPK:n tutustuminen …"
        elif it.year is not None and text[it.last] in self.lex.short_weekdays:
            # CLDR's Turkish "15 Oca 2024 Pzt – 17 Oca 2024 Çar": a short weekday after
            # the year, before a range's dash, a comma or the line's end
            tok, nxt = text[it.last], text[it.last + 1]
            glued = nxt == "-" and self.t.adjacent(it.last + 1) and self.t.adjacent(it.last + 2)
            if glued:
                return  # Maltese "sal-4 ta' Settembru" (until the 4th), not Turkish "Sal"
            if len(tok) > 2 and (nxt in {"-", ",", ""} or self._starts_line(it.last + 1)):
                it.weekday, it.last = self.lex.short_weekdays[tok], it.last + 1
        elif text[it.last] == "-" or (
            text[it.last] == "." and text[it.last + 1] == "-" and it.year is not None
        ):
            # a dateline's weekday after a dash (past the year's ordinal dot), before its
            # clock: "13.06.2025 - Cuma 08:14", also behind the clock's prefixes in a
            # list's line ("7 marca 2019 r. - czwartek godz.17:30 - remiza", "12.
            # dubna 2019 – pátek od 17:00"); another day's is a range's end ("9 June
            # 2025 - Friday 13:00")
            dash = it.last + (text[it.last] == ".")
            late = self._weekday_maybe_bracketed(dash + 1)
            if late is not None and (
                (
                    (
                        (text[late[1]].isdigit() and text[late[1] + 1] == ":")
                        or self._clock_after_prefixes(late[1])
                    )
                    and late[0] == _weekday_of(it.year or 0, it.month or 0, it.day or 0)
                )
                or (
                    # a year-less heading's weekday that ends its line, checked when the
                    # year is found: "24 de julho – Quinta-feira\n", or before the entry's
                    # title ("30/10 – Sábado Ponte Alta"), no next date's day or month;
                    # also behind a "day" word or a day label opening the line, and in
                    # brackets ("Dia 20/07 – (Quinta-feira)\n")
                    it.year is None
                    and (it.first == 0 or self._opens_line(it.first))
                    and (
                        late[1] >= self.t.n
                        or self._starts_line(late[1])
                        or (
                            self._capitalised(late[1])
                            and text[late[1]].isalpha()
                            and text[late[1]] not in self.lex.months
                        )
                    )
                )
            ):
                it.weekday, it.last = late
        elif (
            text[it.last] in {"(", ","}
            or text[it.last] == "/"  # between slashes, its year before or after it
            or (text[it.last] == "." and self.t.adjacent(it.last))
        ):
            # "18 MARZO 2011 (venerdì) - ore 19:45", "20 stycznia 2022 r. (czwartek)",
            # "от 31.03.2018 /събота/ до 01.04.2018 /неделя/", "13. december /štvrtok/ 2018",
            # "31 март, неделя, в 3.00 часа", "7 de marzo, venres, … ás 12:15", and after
            # the year's ordinal dot as after a comma ("15. listopada 2025. Srijeda 10:02").
            late = self.weekday(it.last + 1)
            closing = _LATE_WEEKDAY_CLOSERS.get(text[it.last], ",")
            if late is None and text[it.last] == "," and text[it.last + 1] in _A_BEFORE_WEEKDAY:
                late = self._weekday_after_a(it.last + 1)  # "2020, numa quarta-feira, às 17:00"
            if late is None and closing == "," and self.lex.page_languages:
                late = self._short_weekday_ending(it.last + 1)
            # also a heading's weekday that ends its line ("Irailak 28, larunbata\n"),
            # comes before the time ("23 Temmuz 2018, Pazartesi 0:00", "augusztus 27-én,
            # kedden 18.30-tól", "Szeptember 3., vasárnap 10–14 óra") or before a range's
            # dash and its end ("Szeptember 20., péntek-szeptember 22., vasárnap")
            line_end = (
                closing == ","
                and late is not None
                and (
                    self._starts_line(late[1])
                    or late[1] >= self.t.n  # ending the text: "urriak 7, larunbata"
                    # or, a year-less numeric date's that needs it to count (note 3),
                    # its sentence: "prorrogados para o dia 3/11, quarta-feira."
                    or (it.numeric and it.year is None and text[late[1]] in _SENTENCE_ENDS)
                    or text[late[1]] == "-"  # "Szeptember 20., péntek – szeptember 22."
                    # "Entre 30/11, 6ª Feira e 8/12, Sábado": before the next date's "and"
                    or (text[late[1]] in self.lex.list_words and text[late[1] + 1].isdigit())
                    or (text[late[1]].isdigit() and text[late[1] + 1] == ":")
                    or (text[late[1]].isdigit() and self._clock_after(late[1]))
                    or self._marked_hours(late[1])
                )
            )
            if (
                late is not None
                and (text[late[1]] == closing or line_end)
                # not the first of a list of weekdays: "de 17, 18 e 19 de Julho, sexta,
                # sábado e domingo, respectivamente" names each day's
                and not (closing == "," and self._weekday_name(late[1] + 1))
                # nor the next line's day's: "13.-15.10.2023.\n\nPetak 13.10."
                and not (self._starts_line(it.last + 1) and self._dotted_day_month_at(late[1]))
                # nor an ordinal wrapped onto its noun: "2017, segunda\nconvocatoria"
                and not self._ordinal_before_noun(it.last + 1, late[1])
            ):
                it.weekday = late[0]
                it.last = late[1] + (closing != ",")

    def _clock_after_prefixes(self, k: int) -> bool:
        """True if a clock stands behind the time prefix words at ``k`` ("godz.18:00",
        "od 18:00", "um 18 Uhr", "u 18 sati"): a bare hour only behind a strong one."""
        text = self.t.text
        if not (text[k].isalpha() and text[k] in _TIME_PREFIXES):
            return False
        j, strong, _ = self._prefixes(k, False)
        return self.time(j, strong) is not None

    def _weekday_maybe_bracketed(self, k: int) -> tuple[int, int] | None:
        """The weekday at ``k`` and the index past it, also one in round brackets there
        ("Dia 20/07 – (Quinta-feira)"), past its closing bracket; else None."""
        text = self.t.text
        if text[k] != "(":
            return self.weekday(k)
        late = self.weekday(k + 1) if text[k + 1] in self.lex.weekdays else None
        if late is None or text[late[1]] != ")":
            return None
        return late[0], late[1] + 1

    def _weekday_after_a(self, k: int) -> tuple[int, int] | None:
        """The weekday after the indefinite article at ``k`` (:data:`_A_BEFORE_WEEKDAY`,
        Portuguese "em" only before one: "em uma sexta-feira"), or None; none before a
        day after its comma, the next date's weekday after a Romance "to" ("2 de julho
        de 2018, a sexta-feira, 6 de julho")."""
        text = self.t.text
        if text[k] == "em":
            k += 1
            if text[k] not in {"uma", "um"}:
                return None
        late = self.weekday(k + 1) if text[k + 1] in self.lex.weekdays else None
        if late is not None and text[late[1]] == "," and text[late[1] + 1].isdigit():
            return None
        return late

    def _ordinal_before_noun(self, k: int, end: int) -> bool:
        """True if the weekday word at ``k`` (ending at ``end``) is a Portuguese one
        without "-feira" that is an ordinal before its noun: "29 de Septiembre de 2017,
        segunda convocatoria" (second call), "2017 quinta edição"; not before a word a
        weekday takes ("sexta às 19h", "sexta e sábado") nor a capitalised heading."""
        text = self.t.text
        if end != k + 1 or text[k] not in _ORDINAL_WEEKDAYS:
            return False
        nxt = text[end]
        written = self.source[self.t.start[end] : self.t.end[end]]
        return nxt.isalpha() and written.islower() and nxt not in _WEEKDAY_FOLLOWERS

    def _listing_short_weekday(self, it: Item) -> None:
        """A listing's capitalised short weekday after its dotted day and month, before
        a comma: "13.11. Ma, 128. MPK:n tutustuminen Eduskuntaan", "21.11. Ti, syyskokous"
        (as before them: "Ti 8.7 klo 15.00"). Lower-case "ma", "to", "la" are words; a
        form that names several days is settled by the date's year (see _resolve)."""
        t = self.t
        k = it.last
        written = self.source[t.start[k] : t.end[k]]
        if not (it.numeric and t.text[it.first + 1] == "." and written.istitle()):
            return
        tok = t.text[k]
        it.weekday, it.last = self.lex.short_weekdays[tok], k + 1
        if tok in self.lex.weekday_options and written.isascii():
            it.weekday_options = self.lex.weekday_options[tok]

    def _short_weekday_ending(self, j: int) -> tuple[int, int] | None:
        """A short weekday at ``j`` that ends a date before a range's dash or the line's
        end, as CLDR's intervals write it in a named language: Lithuanian "2024 kovo
        30, št – balandžio 2, an", Hungarian "2024. jan. 15., H – 17., Sze"."""
        text = self.t.text
        # two Latin letters count here too (Lithuanian "pr", "št"), as before a dot
        weekday = self.lex.short_weekdays.get(text[j], self.lex.dot_weekdays.get(text[j]))
        if weekday is None or not (text[j + 1] in {"-", ""} or self._starts_line(j + 1)):
            return None
        return weekday, j + 1

    def _marked_hours(self, j: int) -> bool:
        """True for an hour with its hour word ("10 óra", "3 pm") or an hour range whose
        end carries it ("10–14 óra", "9-12 Uhr"): after a weekday written after its date,
        these are the day's hours, not the weekday's day of the month ("vasárnap 10"
        would be the 10th)."""
        text = self.t.text
        if not text[j].isdigit():
            return False
        return (
            text[j + 1] in _HOURISH
            or (
                text[j + 1] in _DAY_RANGE_SIGNS
                and text[j + 2].isdigit()
                and text[j + 3] in _HOUR_MARKERS
            )
            # Hungarian hours by their case endings: "hétfőn 10-től 18-ig"
            or (
                text[j + 2] in _HU_FROM_HOUR_ENDINGS
                and self._end_time(j + 1, False, False) is not None
            )
        )

    def _bare_day_month(self, j: int) -> Item | None:
        """A day and month "d.m" with no final dot ("8.7", "12.07"), and the year one
        space on if there is one ("8.7 2023")."""
        t = self.t
        sep = t.text[j + 1]
        if not ((sep == "." or sep == "-") and t.adjacent(j + 1) and t.adjacent(j + 2)):
            return None
        day, month = t.text[j], t.text[j + 2]
        if not (day.isdigit() and month.isdigit() and len(day) <= 2 and len(month) <= 2):
            return None
        after = t.text[j + 3]
        if (
            after in {".", ":", ",", "/", "-"}
            and t.adjacent(j + 3)
            and (sep == "." or after not in {",", ":"} or t.adjacent(j + 4))
        ):
            # "8.7.", "8.7.2025", "8.7,5": other shapes ("27-03, 9.00" is one, and a
            # listing's "Za. 22-06: Ars Musica …")
            return None
        if sep == "-" and not (
            len(day) == 2 and len(month) == 2 and (month[0] == "0" or int(day) > 24)
        ):
            return None  # "Sa 10-12, 15-18 Uhr": hours; "vr. 27-03, 09.00 uur" a date
        if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
            return None
        it = Item(j, j + 3, int(day), int(month))
        it.numeric = True
        if len(t.text[j + 3]) == 4 and self._year_one_space_on(j + 3):
            it.year, it.last = int(t.text[j + 3]), j + 4  # "Fredag 11.8 2023", "Ti 8.7 2023"
        return it

    def _ctime(self, j: int) -> Item | None:
        """date(1) and C ``asctime`` output after its weekday: "Mon Mar  4 14:15:00 CET
        2024" (month, day, time, zone, then the year)."""
        t = self.t
        if t.text[j] not in self.lex.english_months or not t.text[j + 1].isdigit():
            return None
        day = int(t.text[j + 1])
        clock = self.time(j + 2, allow_bare=False)
        if clock is None or not 1 <= day <= 31:
            return None
        return self._stamp(j, day, self.lex.months[t.text[j]], clock)

    def _local_ctime(self, j: int) -> Item | None:
        """date(1) in another locale, day before month: "Mo 26. Sep 13:11:28 CEST 2022",
        "pon 26 wrz 13:11:28 2022 CEST" (day, month, a clock with seconds, the zone and
        the year in either order)."""
        t = self.t
        day = int(t.text[j])
        k = j + 1 + (t.text[j + 1] == ".")
        month = self._month_at(k, after_dot=k > j + 1)
        if month is None or not 1 <= day <= 31 or month[0] == CONTESTED:
            return None
        m = month[1]
        if not (t.text[m + 1] == ":" and t.text[m + 3] == ":"):
            return None  # only a clock with its seconds: "26 wrz 13:11:28"
        clock = self.time(m, allow_bare=False)
        return None if clock is None else self._stamp(j, day, month[0], clock)

    def _stamp(self, j: int, day: int, month: int, clock: tuple[Time, int]) -> Item | None:
        """The rest of a date(1) stamp after its clock: the zone, then the year, or the
        year, then the zone (Polish "… 13:11:28 2022 CEST")."""
        it = Item(j, clock[1], day, month)
        it.times = [clock[0]]
        self.zone(it, False)
        if not self._year_at(it.last):
            return None
        it.year = int(self.t.text[it.last])
        it.last += 1
        if not it.zone:
            self.zone(it, False)
        return it

    def relative(self, i: int) -> tuple[tuple[str, ...], int, int] | None:
        text = self.t.text
        for words, offset in self.lex.relative.get(text[i], ()):
            if tuple(text[i : i + len(words)]) == words:
                if self.source[self.t.start[i] : self.t.end[i]].lower() in FOLDED_FALSE_FRIENDS:
                    return None  # Finnish "tänä vuonna" ("this year"), not "täna"
                if self._identifier_part(i):
                    return None
                return words, offset, i + len(words)
            if words[-1] == text[i] and tuple(text[i + 1 - len(words) : i + 1]) == words:
                if self._identifier_part(i + 1 - len(words)):
                    return None
                return words, offset, i + 1  # a part of today found by its last word
        return None

    def _identifier_part(self, i: int) -> bool:
        """True if the word at ``i`` is glued by a dot or an underscore to a word or a
        number before it: a code identifier's part ("CurrencyRate.Today", "USA.Today",
        "my_today"), never a relative day. A sentence's full stop takes a space after it
        ("… ended. Today we …"); camelCase ("myToday") is one token already."""
        t = self.t
        return (
            t.text[i - 1] in _IDENTIFIER_GLUES
            and t.adjacent(i)
            and t.adjacent(i - 1)
            and t.text[i - 2][-1:].isalnum()
        )

    def _days_ago(self, i: int) -> tuple[tuple[str, ...], int, int] | None:
        """A count of days or weeks back from the reference at the number ``i``: "3 days
        ago", "il y a 2 jours", "vor 3 Tagen", "för 2 dagar sedan"."""
        text = self.t.text
        count = text[i]
        if len(count) > 3:  # a count, not a year or a sum
            return None
        for before, after, days in self.lex.days_ago.get(text[i + 1], ()):
            k = i + 2 + len(after)
            if tuple(text[i + 2 : k]) == after and tuple(text[i - len(before) : i]) == before:
                return (*before, count, text[i + 1], *after), -int(count) * days, k
        return None

    def _numbered_weekday(self, i: int) -> tuple[int, int] | None:
        """Portuguese weekdays by number: "2ª feira" (Monday) to "6ª-Feira" (Friday),
        also "6.ª feira" and glued, "2ªfeira" (folded to one token, "afeira")."""
        text = self.t.text
        weekday = _NUMBERED_WEEKDAYS.get(text[i])
        k = i + 1 + (text[i + 1] == ".")
        if weekday is None or not self.t.adjacent(k):
            return None
        if text[k] == "afeira":
            return weekday, k + 1
        if text[k] != "a":
            return None
        k += 1 + (text[k + 1] == "-")
        return (weekday, k + 1) if text[k] == "feira" else None

    def weekday(self, i: int) -> tuple[int, int] | None:
        tok = self.t.text[i]
        if tok.isdigit():
            return self._numbered_weekday(i)
        if tok in self.lex.weekdays:
            before = self.t.text[i - 1]
            if before in _SAINT_TITLES or (before == "." and self.t.text[i - 2] in _SAINT_TITLES):
                return None  # a saint's name: "Aγ. Παρασκευή, 30 Απριλίου 2012" (a place)
            j = i + 1
            # Portuguese "segunda-feira", also written "terça feira".
            if self.t.text[j] == "-" and self.t.text[j + 1] == "feira":
                j += 2
            elif self.t.text[j] == "feira":
                j += 1
            elif self.t.text[j] == "'" and self.t.adjacent(j) and not self.t.adjacent(j + 1):
                j += 1  # Italian accent typed as an apostrophe: "venerdi' 11 ottobre"
            return self.lex.weekdays[tok], j
        if tok in self.lex.short_weekdays:
            nxt = self.t.text[i + 1]
            if nxt in {",", "."}:
                return self.lex.short_weekdays[tok], i + 1
            # A listing's "Ti 8.7", "La 12.07", "Sa 30. März", "Δευ 15 Ιαν": capitalised,
            # right before a dotted day and month or a day and its month (lower-case
            # "to", "la", "ma" are words); lower case too where the page's languages
            # are known ("ons 17 jan.", "ma 15. – ke 17. tammikuuta"). In a run of
            # capitals the capital says nothing ("USKUTOČNÍ SA 19. SEPTEMBRA").
            if nxt.isdigit() and (
                self.lex.page_languages
                or (self.source[self.t.start[i]].isupper() and not self._caps_run(i))
                or (tok in _FINNISH_SHORT_WEEKDAYS and self._finnish_day_month(i))
            ):
                after = self.t.text[i + 2]
                long = len(tok) > 2 or self.lex.page_languages  # "ma 26 sep" in Dutch
                if (
                    after == "."
                    or self.listing
                    or (long and self._month_or_range(self._ordinal(i + 2)))
                ):
                    return self.lex.short_weekdays[tok], i + 1  # "Mars 2018\nLör 17"
        elif (
            tok in self.lex.dot_weekdays
            and self.t.text[i + 1] == "."
            and not (tok in _DEN_ABBREVIATIONS and self.source[self.t.start[i]].islower())
        ):
            return self.lex.dot_weekdays[tok], i + 1
        elif tok in self.lex.month_weekdays:
            # Romance "mar." before a day and its month is Tuesday: "mar., 2 apr. 2024",
            # "mar, 2 de abril"; Irish "Mái 24th Sam, 2020" as written, accented ("Mai"
            # is May elsewhere)
            k = i + 1 + (self.t.text[i + 1] == ".")
            k += self.t.text[k] == ","
            day_month = self.t.text[k].isdigit() and self._month_or_range(
                self._day_month_link(self._ordinal(k + 1)), ranges=False
            )
            spelling = _ACCENTED_MONTH_WEEKDAYS.get(tok)
            if day_month and (
                spelling is None or self.source[self.t.start[i] : self.t.end[i]].lower() == spelling
            ):
                return self.lex.month_weekdays[tok], k
        if (
            tok in self.lex.capital_weekdays
            and self.t.text[i + 1].isdigit()
            and self.t.text[i + 2] == "."
            and self._in_capitals(i)
            and not self._caps_run(i)
        ):
            # Czech and Slovak calendars' days: "PO 5.10. Sv. Faustíny", "ČT 8.10.";
            # not "Po 5.10." ("after"), nor in a run of capitals ("ZATVORENÉ PO 5.10.")
            written = self.source[self.t.start[i] : self.t.end[i]].lower()
            day = self.lex.capital_weekdays[tok].get(written)
            return None if day is None else (day, i + 1)
        return None

    def _month_or_range(self, k: int, *, ranges: bool = True) -> bool:
        """True if a month name, a CLDR abbreviation (or a range's dash) is at ``k``."""
        tok = self.t.text[k]
        return (
            tok in self.lex.months
            or tok in self.lex.abbreviations
            or (ranges and tok in _DAY_RANGE_SIGNS)
        )

    def _month_at(
        self, j: int, after_dot: bool = False, loose: bool = True
    ) -> tuple[int, int] | None:
        """Month number and the index after it (with an abbreviation's dot); the number
        is CONTESTED for a name that means two months here. ``after_dot``: the day
        before had an ordinal dot. ``loose``: Roman numerals and misspelt names count
        (where a year follows)."""
        tok = self.t.text[j]
        month = self.lex.months.get(tok)
        if month is None:
            unusual = loose and (
                tok in self.lex.month_phrases
                or tok in ROMAN_MONTHS
                or tok in self.lex.abbreviations
                or len(tok) >= FUZZY_MIN
                or (after_dot and tok in self.lex.year_dot_abbreviations)
            )
            return self._unusual_month(j, after_dot) if unusual else None
        if after_dot and tok in self.lex.dotted_months:
            month = self.lex.dotted_months[tok]
        elif not after_dot and tok in _AFTER_DAY_DOT_ONLY:
            return None
        k = j + 1
        if self.t.text[k] == "/" and self.lex.months.get(self.t.text[k + 1]) == month:
            k += 2  # a bilingual page's pair: "7-16 SAMHAIN/NOVEMBER 2024"
        dotted = self.t.text[k] == "." and not self._full_name_ends_sentence(tok, k)
        if dotted:
            k += 1
        weak = tok in WEAK_MONTH_WORDS and not dotted
        if (
            weak
            and not self._year_at(k)
            and not self._day_then_year(k)
            and not self._clock_at(k)
            and not self._capital_after_day(j)
            and not self._range_follows(k)
            and not self._press_dateline(j, k)
            and not self._between_slashes(j)
            and not self._day_before_comma_year(j, k)
            and not self._day_de_year(j, k)
        ):
            return None  # "5 out of 10"; not "Mar 9, 2022" (WordPress's "M j, Y")
        return month, k

    def _day_before_comma_year(self, j: int, k: int) -> bool:
        """True if a day stands before the weak month abbreviation at ``j`` and a comma
        and a year of 19xx or 20xx after it at ``k``, as a blog's date line writes it
        ("1 mar, 2024", "5 set, 2023"); "el mar, 2024" has no day, "1 mar, 2 ríos" no
        year."""
        text = self.t.text
        return (
            text[k] == ","
            and text[j - 1].isdigit()
            and text[k + 1][:2] in _PLAIN_CENTURIES
            and self._year_at(k + 1)
        )

    def _day_de_year(self, j: int, k: int) -> bool:
        """True if a day and "de" stand before the weak month abbreviation at ``j`` and
        "de" or "del" and a year of 19xx or 20xx after it at ``k``, the same certainty as
        the comma's ("19 de out de 2018", "3 de Mar de 2020", "7 de dic del 2019");
        "de mar de 2020" has no day, "5 de mar de Galicia" no year."""
        text = self.t.text
        return (
            text[k] in _DAY_YEAR_LINKS
            and text[j - 1] == "de"
            and text[j - 2].isdigit()
            and len(text[j - 2]) <= 2
            and text[k + 1][:2] in _PLAIN_CENTURIES
            and self._year_at(k + 1)
        )

    def _full_name_ends_sentence(self, tok: str, k: int) -> bool:
        """True if the dot at ``k`` after the month name ``tok`` ends the sentence: a full
        name, which takes no abbreviation's dot, and a capitalised word after it ("La
        cursa se celebra el diumenge 22 d’abril. El punt de sortida …, a les 11.00
        hores": the clock is the next sentence's, as after a year's dot)."""
        return (
            self.t.text[k + 1].isalpha()
            and self._sentence_ends_after(k)
            and self._full_plain_name(tok)
        )

    def _full_plain_name(self, name: str) -> bool:
        """True if the month name ``name`` is written in full and is no everyday word
        (not "mar", "set", "out", "ago"): a name a slip or an odd shape cannot make."""
        return name not in self.lex.short_months and name not in WEAK_MONTH_WORDS

    def _clock_at(self, k: int) -> bool:
        """A clock "HH:MM" at ``k`` ("Od 26 lut 18:00 do 26 mar 18:00")."""
        t = self.t
        return (
            t.text[k].isdigit()
            and t.text[k + 1] == ":"
            and t.adjacent(k + 1)
            and len(t.text[k + 2]) == 2
            and t.text[k + 2].isdigit()
        )

    def _finnish_day_month(self, i: int) -> bool:
        """True if the lower-case Finnish short weekday at ``i`` is that weekday: a solid
        year-less day and month with its final dot follows it ("7.9."), as Finnish
        writes a listing's day ("keihäskilpailu ke 7.9. Joensuu"). "ke" and "ti" are no
        words elsewhere; "ma", "to", "pe", "la" and "su" are ("rose to 7.9."), so after
        them the date's dot must end no sentence ("la 10.9. klo 12", "to 7.9. alkaen").
        Not after a dash: "ma - pe 16.10. - 20.10.2023" names the week's days."""
        t = self.t
        text = t.text
        k = i + 1
        day, month = text[k], text[k + 2]
        if not (
            text[i - 1] != "-"
            and text[k + 1] == "."
            and text[k + 3] == "."
            and month.isdigit()
            and len(day) <= 2
            and len(month) <= 2
            and t.adjacent(k + 1)
            and t.adjacent(k + 2)
            and t.adjacent(k + 3)
            and not (t.adjacent(k + 4) and text[k + 4].isdigit())  # "ke 7.9.2022"
            and 1 <= int(day) <= 31
            and 1 <= int(month) <= 12
        ):
            return False
        return text[i] in _PLAIN_FINNISH_WEEKDAYS or not self._sentence_ends_after(k + 3)

    def _caps_run(self, i: int) -> bool:
        """True if the word at ``i`` is in capitals after a word in capitals on its line."""
        return (
            i > 0
            and len(self.t.text[i - 1]) > 1
            and self._in_capitals(i - 1)
            and not self._starts_line(i)
            and self._in_capitals(i)
        )

    def _press_dateline(self, j: int, k: int) -> bool:
        """True for a press release's dateline: a place, a comma, the day and the month
        abbreviation at ``j``, then a dash ("Busto Arsizio, 26 mar – Un convegno"); "5 out
        of 10" has neither the comma nor the dash."""
        t = self.t
        day = j - 1
        return (
            t.text[k] == "-"
            and t.text[day].isdigit()
            and t.text[day - 1] == ","
            and day >= 2
            and self.source[t.start[day - 2]].isupper()
        )

    def _capital_after_day(self, j: int) -> bool:
        """True for a capitalised month abbreviation right after its day ("Sat 30 Mar
        – Tue 2 Apr 2024", "15 Gen"): the words it shares letters with ("5 out of 10",
        "a set") are written in lower case there."""
        t = self.t
        before = t.text[j - 1]
        day = before.isdigit() or (before == "." and t.text[j - 2].isdigit())
        return day and self.source[t.start[j]].isupper()

    def _range_follows(self, k: int) -> bool:
        """True if a range's dash or word and its end's day (or weekday) follow ``k``:
        "30 mar–2 kwi 2024", "15 ene – mié, 17 ene 2024"."""
        t = self.t.text
        if t[k] not in _DAY_RANGE_SIGNS:
            return False
        nxt = t[k + 1]
        lex = self.lex
        return (
            nxt.isdigit()
            or nxt in lex.weekdays
            or nxt in lex.short_weekdays
            or nxt in lex.dot_weekdays
            or nxt in lex.month_weekdays
        )

    def _day_then_year(self, k: int) -> bool:
        """A day, then a year (past an ordinal suffix and a comma) from ``k``."""
        t = self.t.text
        if not (t[k].isdigit() and len(t[k]) <= 2):
            return False
        m = k + 1 + (t[k + 1] in _ORDINAL_SUFFIXES)
        return self._year_at(m + (t[m] == ","))

    def _options(self, j: int, month: int) -> tuple[int, ...]:
        """All months of a name that means two here; the number it was read as first
        (by the ordinal-dot habit) when it was, for a weekday to confirm or overrule."""
        options = self.lex.contested.get(self.t.text[j], ())
        if not options or month == CONTESTED:
            return options
        return (month, *(m for m in options if m != month))

    def _unusual_month(self, j: int, after_dot: bool = False) -> tuple[int, int] | None:
        """A two-word month (Irish "Meán Fómhair"), or, with a year right after, a Roman
        numeral in capitals ("12 IV 2023"), a CLDR abbreviation that is a word elsewhere
        ("5 sty 2024", "5. sij 2024.") or a name one slip from one month."""
        t = self.t
        tok = t.text[j]
        for words, number in self.lex.month_phrases.get(tok, ()):
            if tuple(t.text[j : j + len(words)]) == words:
                return number, j + len(words)
        month: int | None = None
        abbreviation = roman = False
        if tok in ROMAN_MONTHS and self.source[t.start[j] : t.end[j]].isupper():
            month, roman = ROMAN_MONTHS[tok], True
        elif tok in self.lex.abbreviations:
            month, abbreviation = self._abbreviation(j, after_dot), True
            if month is not None and self._clock_at(j + 1):
                return month, j + 1  # an event card's "Od 26 lut 18:00 do 26 mar 18:00"
        elif len(tok) >= FUZZY_MIN:
            glued = self._glued_month(j)
            if glued is not None:
                return glued, j + 1  # "mardi 21 septembreRAPPEL"
            slip = self.lex.misspelt_month(tok)
            month = slip[0] if slip else None
        elif tok in self.lex.year_dot_abbreviations:
            return self._year_dot_abbreviation(j) if after_dot else None
        if month is None:
            return None
        end = j + 2 if t.text[j + 1] == "." else j + 1
        k = j + 2 if t.text[j + 1] in {".", ","} else j + 1
        k += t.text[k] in _MONTH_YEAR_LINKS  # "15 de septiemre de 2024"
        # an abbreviation may open a range instead: "15 Jan – 17 Jan, 2024" (Maltese), or
        # come before its day in WordPress's "M j, Y": "Mej 10, 2020"
        if self._year_at(k) or (
            abbreviation and (self._range_follows(end) or self._wordpress_frame(j))
        ):
            return month, end
        if t.text[k] == "(" and not abbreviation and self._weekday_name(k + 1):
            return month, end  # its weekday in brackets: "5 XI (czwartek), godz. 18.00"
        if roman and after_dot and self._yearless_roman_month(j, k):
            return month, end  # no year, a clock or a weekday: "11. X plkst. 15.00"
        if self._between_slashes(j) or (roman and self._between_hyphens(j)):
            return month, end  # "6/gru/17", "5-IV-1933": its year after (see _year_after)
        return None

    def _yearless_roman_month(self, j: int, k: int) -> bool:
        """True if the Roman-numeral month at ``j``, a day's ordinal dot before it and no
        year after it (``k``: past its own dot), is a date as note 3 reads a year-less
        "11.10.": after a weekday ("Sestdien, 12. X") or before a clock, past a strong
        time prefix ("11. X plkst. 15.00", "16. X kell 18"), past a comma or a time
        prefix if glued ("5. XI., 18.00", "5. XI. v 18:00"), or right after it if with
        a colon ("5. XI 18:00"). A bare "11. X" in prose is a list's item or a chapter,
        and "3. V 2.50" a price."""
        text = self.t.text
        day = j - 2
        if text[day - 1] in self.lex.weekdays or (
            text[day - 1] == "," and text[day - 2] in self.lex.weekdays
        ):
            return True
        if self._short_date_before_time(k):
            return True
        m = k + (text[k] == ",")
        if text[m] in _TIME_PREFIXES:
            m += 1 + (text[m + 1] == ".")
        if m == k:
            return self._clock_at(k)
        return text[m].isdigit() and self._clock_after(m)

    def _glued_month(self, j: int) -> int | None:
        """The month of a full month name glued to the capitalised word after it, as page
        text loses the break between two blocks ("mardi 21 septembreRAPPEL", "am 5.
        MaiDie Stadt"): the name in lower case (or capitalised), the next word's capital
        right after it. Not a name that means two months, nor a short one that is a word,
        nor before a number, the glued word's ("luglioEvento 2021" is no year's July)."""
        t = self.t
        written = self.source[t.start[j] : t.end[j]]
        if written.islower() or written.isupper() or t.text[j + 1].isdigit():
            return None  # most words: one case test
        for b in range(3, len(written) - 1):
            if written[b].isupper() and written[b - 1].islower():
                name = t.text[j][:b]
                month = self.lex.months.get(name)
                if month is None or month == CONTESTED or name in WEAK_MONTH_WORDS:
                    return None
                return None if name in _AFTER_DAY_DOT_ONLY else month
        return None

    def _year_dot_abbreviation(self, j: int) -> tuple[int, int] | None:
        """An abbreviation that the languages read give different months ("lis": Croatian
        October, Czech and Polish November) after a day's ordinal dot, as Croatian
        writes it: before a four-digit year with its ordinal dot ("Objavljeno : 11. lis
        2023.", CLDR's "d. MMM y."); Czech prints no dot after the year."""
        t = self.t
        month, spellings = self.lex.year_dot_abbreviations[t.text[j]]
        if self.source[t.start[j] : t.end[j]].lower() not in spellings:
            return None
        k = j + 1
        if self._year_at(k) and t.text[k + 1] == "." and t.adjacent(k + 1):
            return month, k
        return None

    def _between_slashes(self, j: int) -> bool:
        """True for a month name between a day's and a year's slashes ("6/des/17")."""
        text = self.t.text
        return text[j - 1] == "/" and text[j + 1] == "/" and text[j + 2].isdigit()

    def _between_hyphens(self, j: int) -> bool:
        """True for a month glued between a day's and a four-digit year's hyphens
        ("05-XII-2019"), as slashes and spaces write it ("5/IV/1933", "5 IV 1933")."""
        t = self.t
        return (
            t.text[j - 1] == "-"
            and t.text[j + 1] == "-"
            and len(t.text[j - 2]) <= 2
            and t.text[j - 2].isdigit()
            and t.adjacent(j - 1)
            and t.adjacent(j)
            and t.adjacent(j + 1)
            and t.adjacent(j + 2)
            and len(t.text[j + 2]) == 4
            and self._year_at(j + 2)
        )

    def _abbreviation(self, j: int, after_dot: bool) -> int | None:
        """The month of a CLDR abbreviation at ``j``, written with its own letters
        ("sie", not "się"); one that is a common word elsewhere ("fra", "tra", "pro")
        only as CLDR prints it: capitalised ("29 Fra 2024"), after the day's ordinal dot
        ("5. tra 2024.") or with its own dot ("2 d'ag. 2024"), so that "steg med 5 fra
        2019 til 2020" stays a count."""
        t = self.t
        month, spellings = self.lex.abbreviations[t.text[j]]
        written = self.source[t.start[j] : t.end[j]]
        if written.lower() not in spellings:
            return None
        if t.text[j] in _COMMON_WORD_ABBREVIATIONS and not (
            written[0].isupper()
            or after_dot
            or t.text[j + 1] == "."
            or self._wordpress_frame(j)  # Croatian "by | svi 28, 2025" ("all" in prose)
        ):
            return None
        return month

    def _year_at(self, j: int) -> bool:
        tok = self.t.text[j]
        if len(tok) != 4 or not tok.isdigit():
            return False
        # "5 May 10:30" is not a year; "2019:" at a sentence end is.
        nxt = self.t.text[j + 1]
        if nxt == "-":
            # one that opens an ISO date is that date's: "I          2022-09-01 iki
            # 2023-01-27" (no Roman January 2022)
            return self.iso(j) is None
        return not (nxt in {":", "."} and self.t.text[j + 2].isdigit() and self.t.adjacent(j + 2))

    def _feast_day(self, i: int) -> Item | None:
        """A fixed feast day named at ``i`` (Lexicon.feasts: "Christmas Day", "Lá Fhéile
        Pádraig", "Nochevieja"), as its day and month, with an 1800–2099 year right
        after the name ("Heiligabend 2023", "la Nochevieja de 2019"). Without the year
        only where a date stands: after "on" ("ar Lá Nollag", "am Heiligabend"), opening
        a heading line, or with a clock ("jouluaattona klo 18", "ag a 7pm ar Lá Nollag");
        a bare mention in prose ("Christmas Day is a family feast") is no date, and so
        is the case that says "on" alone, every mention's case in prose."""
        t = self.t
        text = t.text
        for feast in self.lex.feasts[text[i]]:
            k = i + len(feast.words)
            if tuple(text[i:k]) != feast.words:
                continue
            if not (feast.lower or any(self.source[t.start[m]].isupper() for m in range(i, k))):
                continue  # "the all saints day" in lower case: words, no name
            return self._feast_item(i, k, feast) if self._feast_stands(i, k) else None
        return None

    def _feast_stands(self, i: int, k: int) -> bool:
        """True unless the feast's name from ``i`` to ``k`` is part of another name (a
        street's, a place's, a school's: "calle Nochebuena", "Saint-Valentin-en-…",
        "Colegio Inmaculada …") or restates a written date, which is read instead
        ("on New Year's Eve, December 31, 2023"; "29 Ekim Cumhuriyet Bayramı")."""
        t = self.t
        text = t.text
        prev, nxt = text[i - 1], text[k]
        if prev in STREET_WORDS or prev in self.lex.months or prev.isdigit():
            return False
        if prev in _FEAST_RESTATED_AFTER | {"|"} and text[i - 2].isdigit():
            return False  # "Torsdag 1 januari 2026 |\nNyårsdagen", "24 December, Christmas Eve"
        if nxt == "-" and t.adjacent(k):
            return False
        if nxt.isdigit() and not self._feast_year_at(k):
            return False  # "tapaninpäivänä 26.12.": the date itself
        if nxt in _FEAST_RESTATED_AFTER:
            m = k + 1 + (text[k + 1] in _FEAST_ON)  # "Epifania, a 6 de Janeiro"
            if text[m].isdigit() or text[m] in self.lex.months or text[m] in self.lex.weekdays:
                return False  # "Christmas Eve – December 24, 2020", "Toussaint, Samedi, 1er …"
        return not (
            prev.isalpha()
            and prev not in _FEAST_ON
            and self.source[t.start[i - 1]].isupper()
            and not self._opens_line(i - 1)
            and i > 1
        )

    def _feast_year_at(self, k: int) -> bool:
        """True if an 1800–2099 year stands at ``k``: a feast's name marks the number as
        its year, so an old one counts ("Lá Fhéile Pádraig 1899")."""
        return self.t.text[k][:2] in _FEAST_CENTURIES and self._year_at(k)

    def _feast_item(self, i: int, k: int, feast: Feast) -> Item | None:
        """The feast's item (see :meth:`_feast_day`), its year and clock read."""
        t = self.t
        text = t.text
        on = text[i - 1] in _FEAST_ON
        if text[k] == "'" and t.adjacent(k) and text[k + 1] != "s" and t.adjacent(k + 1):
            k += 2  # a case ending behind an apostrophe: "Cumhuriyet Bayramı'nda"
        year_at = k + (text[k] in _FEAST_YEAR_LINKS)
        it = Item(i, k, feast.day, feast.month)
        if self._feast_year_at(year_at) and not (
            text[year_at + 1].isalpha() and t.adjacent(year_at + 1)
        ):  # not a year-first date's glued year: "Euskararen Eguna 1949ko abenduaren 3an"
            it.year = int(text[year_at])
            it.last = year_at + 1
        elif self.source[t.start[i] : t.end[k - 1]].isupper():
            return None  # all in capitals nothing tells a name: "EL DÍA DAS LETRAS GALEGAS EL 23"
        elif text[i - 1] in _FEAST_YEAR_LINKS:
            return None  # the feast itself, no day: "con motivo del Día das Letras Galegas"
        elif not (
            on
            or (
                (i == 0 or self._opens_line(i))
                and (text[k] in _FEAST_HEADING_ENDS or self._ends_line(k - 1))
            )
        ):
            self.times_and_zone(it)
            return it if it.times else None
        self.times_and_zone(it)
        return it

    def _plain_year_at(self, k: int) -> bool:
        """True if a 19xx or 20xx year stands at ``k`` (see :meth:`_year_at`): the years
        a bare four-digit number may be where nothing else marks it as one."""
        return self.t.text[k][:2] in _PLAIN_CENTURIES and self._year_at(k)

    def _ordinal(self, j: int) -> int:
        """Skip an ordinal suffix glued to the number before ``j``, or one set apart
        before a month, as a superscript copied with a space ("1 η Ιανουαρίου", "1 er
        mai", "1 ero de marzo")."""
        tok = self.t.text[j]
        if self.t.adjacent(j) and (
            tok in _ORDINAL_SUFFIXES or (tok in _FIRST_DAY_ORDINALS and self.t.text[j - 1] == "1")
        ):
            j += 1
            if (
                self.t.text[j] == "."
                and self.t.adjacent(j)
                and (not self._sentence_ends_after(j) or self._dated_month_at(j + 1))
            ):
                j += 1
        elif tok in _SPACED_ORDINALS or (tok in _FIRST_DAY_ORDINALS and self.t.text[j - 1] == "1"):
            # also the first day's own, written apart ("1 ero de marzo", "1 r de maig")
            nxt = self.t.text[j + 1]
            months = self.lex.months
            if nxt in months or (nxt in _DAY_MONTH_LINKS and self.t.text[j + 2] in months):
                j += 1
        return j

    def _dated_month_at(self, k: int) -> bool:
        """True if a month name at ``k`` is followed by a 19xx or 20xx year, maybe past a
        comma: a stray dot after an ordinal day before it ("27th. September, 1992", "1st.
        May 2020") ends no sentence; "came 2nd. May the best win" keeps its full stop."""
        month = self._month_at(k, False, False) if self.t.text[k] in self.lex.months else None
        if month is None:
            return False
        m = month[1] + (self.t.text[month[1]] == ",")
        return self._plain_year_at(m)

    def _spoken_day(self, k: int) -> bool:
        """True if ``k`` holds a day with its glued English ordinal suffix that ends the
        phrase (a sign, a number, the end, a clock's prefix or a range word after it), as
        after "the" in the spoken "June the 10th": "in June the 3rd edition opens" is an
        ordinal adjective."""
        t = self.t
        text = t.text
        return (
            text[k].isdigit()
            and len(text[k]) <= 2
            and text[k + 1] in _ENGLISH_ORDINALS
            and t.adjacent(k + 1)
            and (
                not text[k + 2].isalpha()
                or text[k + 2] in _TIME_PREFIXES
                or text[k + 2] in self.lex.range_words
            )
        )

    def core(self, j: int) -> Item | None:
        t = self.t
        tok = t.text[j]
        if tok.isdigit():
            size, sign = len(tok), t.text[j + 1]  # each read once
            if size == 4:
                if (
                    sign in _SPACED_SIGNS
                    and t.start[j + 1] != t.end[j]
                    and t.text[j + 2] not in _YEAR_CASE_ENDINGS  # "1990 –ųjų metų kovo"
                ):
                    return self._spaced_numeric(j)  # "2025 / 05 / 05"
                return self.iso(j) or self.year_first(j)
            if size > 2:
                return self._compact_range_end(j) if size == 8 else None
            if sign in _NUMERIC_SEPARATORS:
                numeric = self.numeric(j) or (
                    self._spaced_numeric(j) if sign in _SPACED_SIGNS else None
                )
                if numeric is not None:
                    return numeric
            elif sign == ":" and len(t.text[j + 4]) == 4:
                colon = self._colon_date(j)  # no call for clocks: their third part is short
                if colon is not None:
                    return colon
            elif sign.isdigit() and (
                (t.text[j - 1] == ":" and t.text[j - 2] in _LABEL_DATE_WORDS)
                or (
                    size == 2
                    and len(sign) == 2
                    and (self._plain_spaced_range(j) or self._posted_spaced_date(j))
                )
            ):
                labelled = self._labelled_spaced_date(j)  # "дата: 17 07 2024", "01 03 2024"
                if labelled is not None:
                    return labelled
            return self.day_first(j)
        if tok.isalpha():
            if tok in self.lex.ordinal_days:
                return self._ordinal_word_day(j)
            return self.month_first(j)
        return None

    def _compact_range_end(self, j: int) -> Item | None:
        """One end of two compact dates (YYYYMMDD) joined by a glued dash: "Höstlov v. 44
        (20221031-20221104)". Both ends must be dates of 19xx or 20xx, the start no later
        than the end, nothing glued around the pair ("ID20221031-20221104-7"); a lone
        eight-digit number (an id, a phone number) is no date."""
        t = self.t
        text = t.text
        first = j if text[j + 1] == "-" else j - 2
        if not (
            text[first + 1] == "-"
            and len(text[first]) == len(text[first + 2]) == 8
            and t.adjacent(first + 1)
            and t.adjacent(first + 2)
            and not (t.adjacent(first) and text[first - 1].isalnum())
            and not (
                t.adjacent(first + 3) and (text[first + 3].isalnum() or text[first + 3] == "-")
            )
        ):
            return None
        try:
            start, end = (
                dt.date(int(d[:4]), int(d[4:6]), int(d[6:])) for d in text[first : first + 3 : 2]
            )
        except ValueError:
            return None  # no such day
        if not (start <= end and {text[first][:2], text[first + 2][:2]} <= _PLAIN_CENTURIES):
            return None
        day = start if first == j else end
        it = Item(j, j + 1, day.day, day.month, day.year)
        it.numeric = True
        return it

    def _ordinal_word_day(self, j: int) -> Item | None:
        """A day written as an ordinal word before its month: "Drugiego lipca", "am
        ersten Mai", "the first of May", "Primo Maggio"."""
        t = self.t
        for words, day in self.lex.ordinal_days[t.text[j]]:
            k = end = j + len(words)
            if tuple(t.text[j:k]) != words:
                continue
            if t.text[k] not in self.lex.months:
                k = self._day_month_link(k)  # "primero de mayo", Maltese "l-Ewwel ta' Jannar"
            month = self._month_at(k, loose=False)
            if month is None and self._worded_day_follows(end):
                return Item(j, end, day)  # its month the next day's (see expression)
            if month is None or (t.text[month[1]] == "-" and t.adjacent(month[1])):
                return None  # "die erste Mai-Woche" is a week, not the 1st
            it = Item(j, month[1], day, month[0] or 1)
            it.month_options = self._options(k, month[0])
            it.month_settled = month[0] != CONTESTED
            self._year_after(it)
            return it
        return None

    def _worded_day_follows(self, k: int) -> bool:
        """True if a range's or a list's word and another day in words follow ``k``: the
        first of two worded days before their month ("mill-ħamsa sal-għaxra ta' Ġunju",
        "od drugiego do piątego lipca", "vom ersten bis zum dritten Mai"), which alone
        would leave the end read as the only day."""
        sep = self.separator(k) if self.t.text[k] not in self.lex.months else None
        return sep is not None and self.t.text[sep[1]] in self.lex.ordinal_days

    def iso(self, j: int) -> Item | None:
        t = self.t
        sep = t.text[j + 1]
        if sep not in _ISO_SEPARATORS or not t.adjacent(j + 1):
            return None
        if not (t.text[j + 2].isdigit() and t.text[j + 3] == sep and t.text[j + 4].isdigit()):
            return None
        if not (t.adjacent(j + 2) and t.adjacent(j + 3) and t.adjacent(j + 4)):
            # a stray space after a dash: "(2021- 05 - 30)", "2021-11- 05"
            return self._spaced_numeric(j) if sep == "-" else None
        m, d = t.text[j + 2], t.text[j + 4]
        if len(m) > 2 or len(d) > 2:
            return None
        if sep == "-" and self._dashed_groups_after(j + 5):
            return None  # a file number: "URBROJ: 2125-4-22-02-01"
        if t.text[j - 1] == "/" and sep in {"-", "/"} and self._iso_in_file_number(j, sep):
            return None
        month = int(m)
        if sep == "_" and not (len(m) == len(d) == 2 and 1 <= month <= 12 and 1 <= int(d) <= 31):
            return None  # a file name's date ("2026_05_05 COW Agenda"), or some other id
        it = Item(j, j + 5, int(d), month, int(t.text[j]))
        it.numeric = True
        if not (1 <= month <= 12):
            it.impossible = True
            it.month = 1
        # ISO date-time: "2019-01-09T10:00:00+01:00".
        if t.text[j + 5] == "t" and t.adjacent(j + 5):
            it.last = j + 6
        elif sep == ".":
            it.month_first = self._day_range_after(j + 5, it.day)  # Hungarian "2023.03.21-22."
            if t.text[j + 5] == "-" and t.text[j + 6] in _HU_DAY_SUFFIXES and t.adjacent(j + 6):
                it.last = j + 7  # the day's case ending: "2023.06.19-én, hétfőn 15.00-kor"
        return it

    def _dashed_groups_after(self, k: int) -> bool:
        """True if two more short numbers, each behind its glued dash, follow a dashed
        year-first date at ``k``: a file's or a registry's number ("URBROJ:
        2125-4-22-02-01"), no date, in any language; an ISO range's end has its year
        ("2022-09-01-2022-09-05") and an ISO time its "T"."""
        t = self.t
        text = t.text
        return (
            text[k] == "-"
            and text[k + 2] == "-"
            and text[k + 1].isdigit()
            and text[k + 3].isdigit()
            and len(text[k + 1]) <= 2
            and len(text[k + 3]) <= 2
            and t.adjacent(k)
            and t.adjacent(k + 1)
            and t.adjacent(k + 2)
            and t.adjacent(k + 3)
        )

    def _day_range_after(self, k: int, day: int | None) -> bool:
        """True if a dash and a day follow at ``k``, past the start ``day``'s own dot
        ("2023.04.24.-27.-ig"): the end of a day range after a year-first numeric date,
        whose month came before its day. Glued to the dash, any day; past a spaced dash
        only a later day with its case ending ("2023.04.24. – 27.-ig", "– 27-ig") or its
        dot ending the clause ("– 27.\n"): "2023.04.24. - 5 fő" is a count, "– 27.
        évforduló" an ordinal."""
        t = self.t
        text = t.text
        k += text[k] == "." and t.adjacent(k)
        if text[k] != "-" or not text[k + 1].isdigit() or len(text[k + 1]) > 2:
            return False
        if t.adjacent(k) and t.adjacent(k + 1):
            return True
        if int(text[k + 1]) <= (day or 31):
            return False
        m = k + 2 + (text[k + 2] == "." and t.adjacent(k + 2))
        if text[m] == "-" and text[m + 1] in _HU_DAY_SUFFIXES and t.adjacent(m):
            return True
        return m > k + 2 and (not text[m].isalpha() or self._sentence_ends_after(m - 1))

    def _month_day_end(self, start: Item, j: int) -> Item | None:
        """A range's year-less end at ``j`` written month first after a year-first
        numeric ``start``, whose order settles the end's ("2023.10.30.-11.03.", "2023.
        10. 30. – 11. 03.", "2023. 10. 30-tól 11. 03-ig": Hungarian writes Y.M.D, so
        M.D after it), closed by the day's dot or case ending. Only a month and day
        later than the start's, or in January or February after a December start (then
        in the next year, as resolution rolls a year-less end): "2023.10.30. - 10.30."
        stays a clock, and an end with its year ("- 11.03.2024", "- 11.03. 2024") is no
        such end."""
        t = self.t
        text = t.text
        if not (
            text[j + 1] == "."
            and text[j + 2].isdigit()
            and len(text[j]) <= 2
            and len(text[j + 2]) <= 2
            and t.adjacent(j + 1)
            and start.numeric
            and start.year is not None
            and not start.impossible
            and text[start.first + 1] == "."
            and text[start.first + 2].isdigit()
            and len(text[start.first]) == 4
        ):
            return None
        close = text[j + 3]
        if not t.adjacent(j + 3) or not (
            (
                close == "."
                and not (text[j + 4].isdigit() and (t.adjacent(j + 4) or len(text[j + 4]) == 4))
            )
            or (close == "-" and text[j + 4] in _HU_DAY_SUFFIXES and t.adjacent(j + 4))
        ):
            return None
        month, day = int(text[j]), int(text[j + 2])
        before = (month, day) <= (start.month or 13, start.day or 32)
        if before and not (start.month == 12 and month <= 2):
            return None
        if _weekday_of(start.year + before, month, day) is None:
            return None  # no such day ("02.30.")
        it = Item(j, self._day_suffix(j + 3), day, month)
        it.numeric = True
        return it

    def _colon_date(self, j: int) -> Item | None:
        """A day, month and four-digit year between colons ("Fecha de cierre:
        22:04:2021"), written solid: no clock has a four-digit third part."""
        t = self.t
        text = t.text
        if not (
            text[j + 2].isdigit()
            and text[j + 3] == ":"
            and text[j + 4].isdigit()
            and all(t.adjacent(n) for n in range(j + 1, j + 5))
        ):
            return None
        day, month = int(text[j]), int(text[j + 2])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        it = Item(j, j + 5, day, month, int(text[j + 4]))
        it.numeric = True
        return it

    def _dateline_spacing(self, j: int, spacing: tuple[bool, bool]) -> bool:
        """True if a day-first spaced date at ``j`` is spaced as datelines write it: each
        sign glued to the number before it, or slashes spaced on both sides (see
        :meth:`_spaced_slashes_read`), or either sign after a field's colon ("Last
        reviewed: 13 - 11 - 2015", a dateline's "Αθήνα: 26 / 7 / 2010") or a weekday
        ("Κυριακή, 20 – 8 – 2023")."""
        text = self.t.text
        before = text[j - 1]
        if spacing == (True, False) or before == ":":
            return True
        if before in self.lex.weekdays or (before == "," and text[j - 2] in self.lex.weekdays):
            return True
        return text[j + 1] == "/" and self._spaced_slashes_read(j)

    def _spaced_slashes_read(self, j: int) -> bool:
        """True if the day, month and year at ``j``, their slashes spaced on both sides,
        are a date: on a line of their own ("12 / 11 / 2023\nStrazds gatavo …"), with a
        year of 19xx or 20xx after the day or the month written with its zero ("22 / 09 /
        2017Autor: …") or after a word that dates it ("REUNIÃO DE 31 / 10 / 2014"), or
        one end of a range whose other end is written so ("22 / 9 / 2017 - 25 / 9 /
        2017"). A page count ("Pages 6 / 10 / 2022") is none of these."""
        text = self.t.text
        if (j == 0 or self._starts_line(j)) and self._ends_line(j + 4):
            return True
        if text[j + 4][:2] in _PLAIN_CENTURIES and (
            "0" in (text[j][0], text[j + 2][0]) or text[j - 1] in _SPACED_SLASH_LEADS
        ):
            return True
        before, after = text[j - 1], text[j + 5]
        return (
            (before == "-" or before in self.lex.range_words) and self._spaced_slashes_at(j - 6)
        ) or ((after == "-" or after in self.lex.range_words) and self._spaced_slashes_at(j + 6))

    def _spaced_slashes_at(self, k: int) -> bool:
        """True if a day, a month and a four-digit year stand at ``k``, each slash
        between them spaced on both sides ("25 / 9 / 2017")."""
        t = self.t
        text = t.text
        return (
            text[k + 1] == "/"
            and text[k + 3] == "/"
            and len(text[k]) <= 2
            and len(text[k + 2]) <= 2
            and len(text[k + 4]) == 4
            and text[k].isdigit()
            and text[k + 2].isdigit()
            and text[k + 4].isdigit()
            and not any(t.adjacent(k + n) for n in (1, 2, 3, 4))
        )

    def _year_one_space_on(self, k: int) -> bool:
        """True if a year of 19xx or 20xx stands at ``k``, one space after a day and
        month written solid with no dot after the month ("19.03 2013 в 22:17", "Ti 8.7
        2023"), with nothing glued to it ("10.05 2000-tallet")."""
        t = self.t
        return (
            self._plain_year_at(k)
            and t.start[k] == t.end[k - 1] + 1
            and self.source[t.end[k - 1]] != "\n"
            and not (t.adjacent(k + 1) and (t.text[k + 1].isalnum() or t.text[k + 1] == "-"))
        )

    def _spaced_numeric(self, j: int) -> Item | None:
        """A numeric date whose dashes or slashes have spaces, as some widgets and
        datelines write it ("2025 / 05 / 05", "10- 08- 2017"): read only whole, with the
        same sign spaced the same way twice; the year first, or last after a day first
        with each sign glued to the number before it (a page count "6 / 10 / 2022" is
        spaced on both sides)."""
        t = self.t
        text = t.text
        sep = text[j + 1]
        if text[j + 3] != sep:
            return None
        first, middle, last = text[j], text[j + 2], text[j + 4]
        if not (middle.isdigit() and last.isdigit() and len(middle) <= 2):
            return None
        spacing = (t.adjacent(j + 1), t.adjacent(j + 2))
        second = (t.adjacent(j + 3), t.adjacent(j + 4))
        # one stray space before the first slash, the rest solid, day first: "1 & 2
        # /8/2015" (a page count is spaced on both sides)
        stray = (
            spacing == (False, True)
            and second == (True, True)
            and sep == "/"
            and len(first) <= 2
            and len(last) == 4
        )
        if spacing == (False, True) and second == (True, False) and sep == "-" and len(first) == 4:
            spacing = second  # the month glued inside its dashes: Lithuanian "2019 -10- 23"
        elif sep == "-" and spacing != second and len(first) == 4:
            stray = self._stray_space_in_dashes(j, spacing, second)  # "2021- 05 - 30"
        if (
            not stray
            and (spacing == (True, True) or spacing != second)
            and not (sep == "-" and self._dash_heading(j))
        ):
            return None  # solid forms are read elsewhere; "3 - 1/2024" is no date
        if (
            text[j + 5] in _NUMERIC_SEPARATORS
            and text[j + 6].isdigit()
            and not self._starts_line(j + 5)
            # a range's spaced dash after slashes, or before a year-first end: "5 /12/2015
            # - 7 …", "22 / 09 / 2017 - …", "2021- 05 - 30 – 2021- 06 - 02"
            and not (
                text[j + 5] == "-"
                and not t.adjacent(j + 5)
                and (sep == "/" or (stray and self.core(j + 6) is not None))
            )
        ):
            return None  # a longer run of numbers (not a next line's "- 30: …")
        if len(first) == 4 and len(last) <= 2:
            day, year = int(last), int(first)
        elif (
            len(last) == 4
            and len(first) <= 2
            and (
                stray
                or self._dateline_spacing(j, spacing)
                or (sep == "-" and self._dash_heading(j))
            )
        ):
            day, year = int(first), int(last)  # "10- 08- 2017"; "Pages 6 / 10 / 2022" is none
        else:
            return None
        month = int(middle)
        if not 1 <= month <= 12:
            return None
        it = Item(j, j + 5, day, month, year)
        it.numeric = True
        return it

    def _dash_heading(self, j: int) -> bool:
        """True if a day, a month and a 19xx or 20xx year at ``j``, joined by two dashes
        with spaces around some or all of them (hyphens and dashes mixed: "14 -12 –
        2019"), open an entry's line before its title: the line opens with them, or with
        a list of days before them ("17 y 18 - 2 - 2018 / ORENSE - …"), and a word
        follows the year, a title's capitalised word, maybe past a sign ("/", "|", ":").
        Elsewhere such a run is a score, a count or a page range: "3 - 1 - 2017" alone,
        "Na sesji 5 - 11 - 2015 rada" in prose, "5 - 10 - 2000 metros"; a number after
        the year continues the run."""
        t = self.t
        text = t.text
        if all(t.adjacent(k) for k in range(j + 1, j + 5)):
            return False  # solid: "14-12-2019" is read by numeric, or is none
        title = j + 5 + (text[j + 5] in _TITLE_SIGNS)
        if not (
            1 <= int(text[j]) <= 31
            and text[j + 4][:2] in _PLAIN_CENTURIES
            and text[title].isalpha()
            and self.source[t.start[title]].isupper()  # "5 - 10 - 2000 metros": a count
            and "\n" not in self.source[t.end[j] : t.start[title]]
        ):
            return False
        k = j  # back past a list of days to the line's start: "17 y 18 - 2 - 2018"
        while k > 0 and not self._starts_line(k):
            before = text[k - 1]
            if text[k].isdigit():
                listed = before in _DAY_LIST_SIGNS or before in self.lex.list_words
            else:
                listed = before.isdigit() and len(before) <= 2
            if not listed:
                return False
            k -= 1
        return text[k].isdigit()

    def _stray_space_in_dashes(
        self, j: int, spacing: tuple[bool, bool], second: tuple[bool, bool]
    ) -> bool:
        """True if the year at ``j``, a month and a day after it between dashes spaced
        unevenly (``spacing`` and ``second``: whether each dash is glued to the number
        before it, and the number after it to the dash) are a date with a slip of the
        keyboard ("(2021- 05 - 30)", "2021-11- 05", "2021 -05-30"): a year of 19xx or
        20xx, the month and the day two digits each, all on one line, no number or its
        sign glued before. A solid span of years before a spaced dash is none ("2010-11 -
        12. vieta", the season's 12th place), nor a lone year's dash ("2021 - 05":
        _spaced_numeric asks for two)."""
        t = self.t
        text = t.text
        before = text[j - 1]
        return (
            text[j][:2] in _PLAIN_CENTURIES
            and len(text[j + 2]) == 2
            and len(text[j + 4]) == 2
            and not (spacing == (True, True) and not second[0])
            and "\n" not in self.source[t.end[j] : t.start[j + 4]]
            and not (t.adjacent(j) and (before.isdigit() or before in _NUMERIC_SEPARATORS))
        )

    def _labelled_spaced_date(self, j: int) -> Item | None:
        """Day, month and year with spaces as their only separators after a date label
        ("дата: 17 07 2024", "Datum: 3 5 2021"); elsewhere three numbers are a count, a
        phone number or a score."""
        text = self.t.text
        day, month, year = text[j], text[j + 1], text[j + 2]
        if not (len(month) <= 2 and len(year) == 4 and year.isdigit()):
            return None
        if text[j + 3].isdigit() or (
            text[j + 3] in _NUMERIC_SEPARATORS and self.t.adjacent(j + 3) and text[j + 4].isdigit()
        ):
            return None  # a longer run: "Tel: 12 34 5678 90", "Date: 12 05 2024-2025"
        if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
            return None
        it = Item(j, j + 3, int(day), int(month), int(year))
        it.numeric = True
        return it

    def _plain_spaced_range(self, j: int) -> bool:
        """True if the date at ``j`` is one end of a range of two dates written as two
        digits, two digits and a year, one space apart, with no label ("în perioada 01
        03 2024 – 30 09 2024", "1. 01 04 2021 – 15 06 2021"). One such group alone is a
        count or a phone number ("17 07 2024" only after a date label)."""
        text = self.t.text
        if not self._spaced_day_month_year(j):
            return False
        if (
            (text[j + 3] == "-" or text[j + 3] in self.lex.range_words)
            and self._spaced_day_month_year(j + 4)
            and self._labelled_spaced_date(j + 4) is not None  # the end read whole
        ):
            return True
        return (text[j - 1] == "-" or text[j - 1] in self.lex.range_words) and (
            self._spaced_day_month_year(j - 4)
        )

    def _prose_word_before(self, k: int) -> bool:
        """True if the word at ``k`` lets a solid "d.m" after it with its year one space
        on be a date ("Dňa 20.7 2011", "Kekrijuhla 1.11 2019"): a word of letters, no
        clock's prefix ("kl. 10.05 2000 deltakere", "klockan 10.05"), no numbered
        part's or version's ("Tabell 3.2 2020", "článok 2.1 2019", "verze 3.11 2019"),
        and a capitalised one only where it opens its line or sentence, since
        mid-sentence it names a product ("… na Ubuntu 10.04 2010")."""
        t = self.t
        word = t.text[k]
        if not word.isalpha() or word in _TIME_PREFIXES or word.startswith(_NUMBERED_PARTS):
            return False
        if not self.source[t.start[k]].isupper():
            return True
        return k == 0 or self._starts_line(k) or t.text[k - 1] in _SENTENCE_ENDS

    def _posted_spaced_date(self, j: int) -> bool:
        """True if one "dd mm yyyy" at ``j`` follows a posting label, its "on" or a
        colon between ("postado em 01 11 2019", "Published: 04 10 2019"): a blog's
        dateline. Elsewhere one such group alone is a count or a phone number."""
        text = self.t.text
        k = j - 1 - (text[j - 1] == ":")
        k -= text[k] in _POSTED_LINKS
        return text[k] in _POSTED_WORDS and self._spaced_day_month_year(j)

    def _spaced_day_month_year(self, j: int) -> bool:
        """True if two digits, two digits and a year of 19xx or 20xx stand at ``j`` one
        space apart, with no number or a number's sign glued before them (the numbers
        after them are checked by _labelled_spaced_date)."""
        t = self.t
        text = t.text
        before = text[j - 1]
        return (
            len(text[j]) == 2
            and len(text[j + 1]) == 2
            and text[j].isdigit()
            and text[j + 1].isdigit()
            and t.start[j + 1] == t.end[j] + 1
            and self.source[t.end[j]] == " "
            and self._year_one_space_on(j + 2)
            and not before.isdigit()
            and not (t.adjacent(j) and (before in _NUMERIC_SEPARATORS or before in "+,"))
        )

    def year_first(self, j: int) -> Item | None:
        """Year, month, day as Hungarian, Lithuanian, Latvian and Basque write them:
        "2024. március 5.", "2024. 03. 05.", "2024 m. kovo 5 d.", "2024. gada 5. martā",
        "2024ko martxoaren 5a"."""
        t = self.t
        if (
            t.text[j - 1] in _SCHOOL_YEAR_SIGNS
            and self._lone_year(j - 2) is not None
            and _SCHOOL_YEAR.fullmatch(t.folded, t.start[j - 2], t.end[j])
        ):
            # the second year of a school year or a span of years dates no day: "2019-2020
            # \n\nSeptember\n2. Eerste schooldag" (only a weekday could pick one of the two)
            return None
        k = j + 1
        comma = t.text[k] == ","  # Hungarian "Publikálva: 2020, október 20 - 16:55"
        if t.text[k] == "-" and t.text[k + 1] in {"ko", "eko"} and t.adjacent(k + 1):
            k += 1  # Basque "2008-ko Apirilaren 17-koa"
        # Basque "2024ko", also spaced ("2024 ko maiatzaren 24an"): a case ending
        if t.text[k] == "." or comma or t.text[k] in {"ko", "eko"}:
            k += 1
            if t.text[k] in {"ko", "eko"} and t.adjacent(k):
                k += 1  # Basque "2021.eko azaroaren 30a"
            k += t.text[k] == "urteko"  # "of the year": "2004. urteko urtarrilaren 19an"
            if t.text[k] in _HU_YEAR_NOUNS and (
                self._month_at(k + 1, loose=False) or t.text[k + 1] in self.lex.case_months
            ):
                k += 1  # formal Hungarian "year": "2015. év december 05.", "2015. évi …"
        elif t.text[k] == "urteko":
            k += 1  # "2004 urteko urtarrilaren 19an"
        elif t.text[k : k + 4] == ["(", "e", ")", "ko"]:
            k += 4  # ICU's Basque "2024(e)ko urtarrilaren 5(a)"
        elif t.text[k] == "m" and t.text[k + 1] == ".":
            k += 2
        elif t.text[k] in _LT_YEAR_WORDS:
            k += 1  # "m." in full: "2021 metų gegužės 1 dienos", "2017 metais rugpjūčio"
        elif t.text[k] == "-" and t.text[k + 1] in _YEAR_CASE_ENDINGS:
            k += 2  # Hungarian "2022-ben június 25-én", Lithuanian "2022-ųjų birželio"
            if t.text[k] in _LT_YEAR_WORDS:
                k += 1  # "2017-aisiais metais rugpjūčio 19 d."
            elif t.text[k] == "m" and t.text[k + 1] == ".":
                k += 2  # "1990-ųjų m. kovo 11 d."
        elif t.text[k] in _EU_YEAR_INESSIVES and t.adjacent(k):
            k += 1  # Basque "2017an abuztuaren 19an"
        year_noun = t.text[k] in _YEAR_OF_DAY_WORDS
        if t.text[k] == "g" and t.text[k + 1] == "." and t.text[k - 1] == ".":
            year_noun, k = True, k + 1  # Latvian "gada" abbreviated: "2022. g. 29. jūnijs"
        day_first = year_noun or (  # day and month in their usual order after "of the year"
            t.text[k].isdigit()
            and t.text[k + 1] in self.lex.months
            and ((t.text[k - 1] == "." and k > j + 2) or (k == j + 1 and self._year_stamp(j)))
        )  # also a Lithuanian CMS's "2021 m. 19 balandžio d.", a list's "2023 15 Lug"; the
        # year's own full stop ends a sentence: "built in 1990. 11 June: open day" is no
        # year-first date, which puts the month before the day after a bare "2024."
        if day_first:
            k += year_noun
            if (
                year_noun
                and t.text[k] == "."
                and t.text[k + 1].isdigit()
                and not self._starts_line(k + 1)
                and self.source[t.start[k - 1] : t.end[k - 1]].lower() != "gadā"
            ):
                # a stray dot after "of the year": "2023. gada. 15. oktobrī"; before a
                # line break, or after Latvian "in the year" (locative), it ends a
                # sentence: "dibināta 1990. gadā. 11. jūnijā …", "1990. aasta.\n\n11. juuni"
                k += 1
            if not t.text[k].isdigit():
                return self._year_then_month(j, k) if year_noun else None
            it = self.day_first(k)
            if it is None or it.year is not None:
                return None
            if it.month is None and not (
                t.text[it.last] in _DAY_JOINS or t.text[it.last] in self.lex.list_words
            ):
                return None  # a day range's or list's first day keeps the year for the
                # chain ("2023. gada 7.-9. martā"): the month comes with its last day
            it.first, it.year = j, int(t.text[j])
            return it
        if (
            t.text[k - 1] == "."
            and t.text[k].isdigit()
            and t.text[k + 1] == "."
            and t.text[k + 2].isdigit()
        ):
            if len(t.text[k]) > 2 or len(t.text[k + 2]) > 2:
                return None  # "2024. 03. 05.", "2014. 12. 23": Hungarian numeric, spaced
            last = k + 4 if t.text[k + 3] == "." and t.adjacent(k + 3) else k + 3
            if t.text[last] == "-" and t.text[last + 1] in _HU_DAY_SUFFIXES and t.adjacent(last):
                last += 2  # "2022. 10. 08-án, szombaton 17 órától"
            it = Item(j, last, None, None, int(t.text[j]))
            it.numeric = True
            self._order_day_month(it, int(t.text[k + 2]), int(t.text[k]))
            it.month_first = self._day_range_after(last, it.day)  # "2023. 03. 21-22."
            return it
        if k == j + 1 and len(t.text[k]) == 2 and t.text[k].isdigit():
            return self._spaced_year_first(j)
        month = (
            self._month_at(k, loose=False)
            or self._year_first_abbreviation(k)
            or self._year_first_roman(k)
            or (self._year_first_slip(k) if k > j + 1 else None)  # the year's dot, "m."…
        )
        if month is not None and comma and t.text[month[1]] == ",":
            month = month[0], month[1] + 1  # "2024, febr, 16"
        elif month is not None and t.text[month[1]] in _MONTH_NOUNS:
            month = month[0], self._past_month_noun(month[1])  # "2018 m. gruodžio mėn. 10 d."
        if month is not None and t.text[month[1]] == ":" and self._heading_over_day(j, month[1]):
            month = month[0], month[1] + 1  # "2023 m. gruodžio:\n\n25 d. (Pirmadienis)"
        if month is not None and t.text[month[1]] in _HU_ORDINAL_DAYS:
            it = self._worded_month_first(k, month[1], month[0])  # "2025. augusztus huszadikán"
            it.first, it.year = j, int(t.text[j])
            return it
        if month is None or not t.text[month[1]].isdigit():
            return self._year_then_month(j, k)
        if len(t.text[month[1]]) > 2:
            return None
        day = int(t.text[month[1]])
        if not 1 <= day <= 31:
            return None
        if self._starts_line(k) and self._month_or_range(self._ordinal(month[1] + 1), ranges=False):
            # the day's own month after it, under a heading's year: Irish "… Óg 2020\n\nMái
            # 24th Sam, 2020" is Tuesday 24 November, no 24 May
            return None
        last = self._day_suffix(month[1] + 1)
        if (
            t.text[last] == "-"
            and (t.text[last + 1].isdigit() or t.text[last + 1] in self.lex.months)
            and self._starts_line(k)
            and (self._before_day(k) or self._month_first_pair(k, month[1]))
        ):
            # a heading's year over a month-first range on the next line, no year-first
            # date: "Pfingstferien 2020\n    Mai 30 – Juni 14" (see _heading_year)
            return None
        it = Item(j, last, day, month[0] or 1)
        it.year, it.month_first = int(t.text[j]), True
        it.month_options = self._options(k, month[0])
        it.month_settled = month[0] != CONTESTED
        return it

    def _heading_over_day(self, j: int, colon: int) -> bool:
        """True if the year at ``j`` and its month before the ``colon`` are a line of their
        own over a day with its "d." that opens the next line: "2023 m. gruodžio:\n\n25
        d. (Pirmadienis): Šv. Mišios 9.00 val." (the Policy's line that is only a month
        and its year, over that month's days; a bare number below is anything)."""
        t = self.t.text
        return (
            t[colon + 1].isdigit()
            and t[colon + 2] == "d"
            and t[colon + 3] == "."
            and self._starts_line(colon + 1)
            and (j == 0 or self._starts_line(j))
        )

    def _year_first_slip(self, k: int) -> tuple[int, int] | None:
        """The month and the index after it for a misspelt month at ``k`` between a
        year-first date's marked year and its day ("2016. júnus 15.", "2024 m. balandzo 5
        d."): one edit from exactly one month, a name in a language that writes dates so
        (:data:`YEAR_FIRST_MONTHS`), its day marked by an ordinal dot, "d.", a dash's or
        a glued case ending; ``None`` otherwise."""
        t = self.t
        tok, day, mark = t.text[k], t.text[k + 1], t.text[k + 2]
        if not (
            day.isdigit()
            and len(day) <= 2
            and tok.isalpha()
            and (mark in _SLIP_DAY_MARKS or (mark.isalpha() and t.adjacent(k + 2)))
        ):
            return None
        slip = self.lex.misspelt_month(tok)
        return (slip[0], k + 1) if slip is not None and slip[1] in YEAR_FIRST_MONTHS else None

    def _year_then_month(self, j: int, k: int) -> Item | None:
        """A year at ``j`` and its month at ``k`` on its line, in any case form, with no
        day after it ("2024 Ağustos Ayı", "2014. májusában", "2023.gada augustā", "2024
        m. balandis", "1980ko irailera arte"): a month and year, for the reason
        ``partial``, never a date."""
        t = self.t
        month = self._month_at(k, loose=False)
        if month is None:
            case = self.lex.case_months.get(t.text[k])
            month = None if case is None else (case, k + 1)
        if (
            month is None
            or t.text[month[1]].isdigit()
            or not self._year_at(j)
            or self._starts_line(k)
        ):
            return None
        it = Item(j, month[1], None, month[0], int(t.text[j]))
        it.partial = True
        return it

    def _case_month_year(self, j: int) -> Item | None:
        """A month in a case form that dates no day at ``j`` and its year after it ("w
        lipcu 2022 roku", "jaanuaris 2011", "у липні 2022 року"): a month and year, for
        the reason ``partial``, never a date."""
        it = Item(j, j + 1, None, self.lex.case_months[self.t.text[j]])
        self._year_after(it)
        if it.year is None:
            return None
        it.partial = True
        return it

    def _year_stamp(self, j: int) -> bool:
        """True if the year at ``j`` opens its line before a day and its month, as a
        school's list of circulars stamps each entry ("2023 15 Lug circ. n.126-bis …");
        the caller takes the day and month only without a year of their own after them
        ("2023 15 maggio 2024" is a number, then a date). In running text a year before
        a date belongs to something else ("Dal 2010 15 aprile è …")."""
        return len(self.t.text[j + 1]) <= 2 and (j == 0 or self._starts_line(j))

    def _spaced_year_first(self, j: int) -> Item | None:
        """Lithuanian official "2025 09 09": year, two-digit month and two-digit day
        between spaces, no further number after them but a clock (a row of figures is no
        date)."""
        text = self.t.text
        if len(text[j + 2]) != 2 or not text[j + 2].isdigit() or text[j - 1].isdigit():
            return None
        after = text[j + 3]
        if after.isdigit() and not (text[j + 4] == ":" and text[j + 5].isdigit()):
            return None
        if after in {".", ","} and text[j + 4].isdigit():
            return None
        month, day = int(text[j + 1]), int(text[j + 2])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        it = Item(j, j + 3, day, month, int(text[j]))
        it.numeric = True
        return it

    def _year_first_roman(self, k: int) -> tuple[int, int] | None:
        """A Roman-numeral month between the year's dot and its own, before the day:
        Hungarian "2019. XI. 6.", "2023. III. 21-én"."""
        t = self.t
        month = ROMAN_MONTHS.get(t.text[k])
        if month is None or t.text[k - 1] != "." or t.text[k + 1] != ".":
            return None
        if not (t.text[k + 2].isdigit() and self.source[t.start[k] : t.end[k]].isupper()):
            return None
        return month, k + 2

    def _year_first_abbreviation(self, k: int) -> tuple[int, int] | None:
        """A month abbreviation that is a word elsewhere, read only right after a year
        and before a day: Basque "2025ko uzt. 29a", Lithuanian "2022 Lie 06"."""
        month = YEAR_FIRST_ABBREVIATIONS.get(self.t.text[k])
        if month is None:
            return None
        return month, k + 1 + (self.t.text[k + 1] == ".")

    def _abbreviation_before_year(self, k: int) -> tuple[int, int] | None:
        """A month abbreviation that is a word elsewhere at ``k``, right after its day,
        read as narrowly as in WordPress's "M j, Y" (:meth:`_wordpress_abbreviation`):
        in "j M Y", capitalised, a four-digit year right after it (Lithuanian "18 Geg
        2016", "Trečiadienis, 18 Geg 2016"; "18 lie 2016" and "18 Geg" stay words)."""
        if not self.source[self.t.start[k]].isupper():
            return None
        month = self._year_first_abbreviation(k)
        return month if month is not None and self._year_at(month[1]) else None

    def _wordpress_abbreviation(self, j: int) -> bool:
        """True for WordPress's "M j, Y" in Lithuanian or Basque at ``j`` ("Vas 28,
        2018"): the capitalised abbreviation, a day, a comma and a year."""
        return self.source[self.t.start[j]].isupper() and self._wordpress_frame(j)

    def _wordpress_month(self, j: int) -> tuple[int, int] | None:
        """WordPress's month abbreviation at ``j`` that is a word elsewhere (Finnish
        "syys", "kesä", "elo"), and the index after it: only in its "M j, Y", a day, its
        comma and a 19xx or 20xx year right after it ("syys 5, 2022")."""
        text = self.t.text
        if text[j + 2] != "," or text[j + 3][:2] not in _PLAIN_CENTURIES:
            return None
        return (self.lex.wordpress_months[text[j]], j + 1) if self._wordpress_frame(j) else None

    def _wordpress_frame(self, j: int) -> bool:
        """True if a day, a comma and a four-digit year follow the word at ``j``, as
        WordPress's "F j, Y" and "M j, Y" write a month or its abbreviation ("March 10,
        2020", "Mej 10, 2020", Croatian "svi 28, 2025", in lower case as the language
        writes it), its "F jS, Y" with the day's English suffix ("March 10th, 2020"),
        and past an abbreviation's own dot ("Urt. 10, 2020", Catalan "ag. 10, 2020")."""
        t = self.t
        text = t.text
        j += text[j + 1] == "." and t.adjacent(j + 1)
        m = j + 2 + (text[j + 2] in _ORDINAL_SUFFIXES and t.adjacent(j + 2))
        return (
            text[m] == ","
            and text[j + 1].isdigit()
            and len(text[j + 1]) <= 2
            and self._year_at(m + 1)
        )

    def _past_day_word(self, k: int) -> int:
        """Past a "day" word after a day's ordinal dot at ``k`` (Finnish "heinäkuun 2.
        päivänä", Hungarian "december hó 5. napján"), or the Finnish abbreviation as older
        texts write it, with or without the dot ("helmikuun 6 p:nä 1935", "6 p:nä
        helmikuuta"); ``k`` itself if there is none."""
        t = self.t
        text = t.text
        m = k + (text[k] == "." and t.adjacent(k))
        if m > k and text[m] in _ORDINAL_DAY_WORDS:
            return m + 1
        if (
            text[m] == "p"
            and text[m + 1] == ":"
            and text[m + 2] in _FINNISH_DAY_ENDINGS
            and t.adjacent(m + 1)
            and t.adjacent(m + 2)
        ):
            return m + 3
        return k

    def _ends_year_first(self, j: int) -> bool:
        """True if ``j`` follows a range's dash after a year-first date ("2024 kov. 30 –
        bal. 2", "2024 m. saus. 15 d. – saus. 17 d."): its month abbreviation may end
        the range as it opened it."""
        t = self.t
        if t.text[j - 1] not in _DAY_RANGE_SIGNS:
            return False
        for k in range(j - 2, max(j - 10, 0) - 1, -1):
            if len(t.text[k]) == 4 and t.text[k].isdigit():
                start = self.year_first(k)
                # its end right before the dash, or a short weekday between ("30, št –")
                return start is not None and start.last >= j - 3
        return False

    def _day_suffix(self, k: int) -> int:
        """Past what follows a day in month-first orders: Hungarian "5." and "5-én",
        Lithuanian "5 d." and "1-osios", Basque "5a"/"5ean" (glued, taken as an ordinal)."""
        t = self.t
        k = self._ordinal(k)
        if t.text[k] == "." and t.adjacent(k):
            if t.text[k + 1] in _ORDINAL_DAY_STARTS:
                return self._past_day_word(k)  # "heinäkuun 2. päivänä", "6. p:nä"
            if t.text[k + 1] == "-" and t.adjacent(k + 1) and t.text[k + 2] in _HU_DAY_SUFFIXES:
                return k + 3 if t.adjacent(k + 2) else k + 1  # "okt. 02.-án"
            return k if self._sentence_ends_after(k) else k + 1
        if t.text[k] == "-" and t.adjacent(k) and t.text[k + 1] in _HU_DAY_SUFFIXES:
            return k + 2 if t.adjacent(k + 1) else k
        if t.text[k] == "-" and t.text[k + 1] in _DASHED_ORDINALS and t.adjacent(k + 1):
            return k + 2  # Lithuanian "gegužės 1-osios", "1-ąją"
        if t.text[k] == "d" and t.text[k + 1] == ".":
            return k + 2
        if t.text[k] in {"diena", "dienos"}:  # "d." in full: "birželio 30 diena/dieną"
            return k + 1
        if t.text[k : k + 3] == ["(", "a", ")"] and t.adjacent(k):
            return k + 3  # ICU's Basque "5(a)"
        if t.text[k] == "p":
            return self._past_day_word(k)  # Finnish "helmikuun 6 p:nä 1935"
        if t.text[k] in _ORDINAL_DAY_WORDS:
            return self._day_word_before_year(k)  # "heinäkuun 4 päivältä 1877"
        return k

    def _day_word_before_year(self, k: int) -> int:
        """Past a Finnish "day" word at ``k`` after a day without its ordinal dot, when
        a 18xx-20xx year follows ("maaliskuun 2 päivänä 1891", "heinäkuun 4 päivältä
        1877"); ``k`` itself otherwise: "maaliskuun 2 päivän aikana" counts days."""
        year = self.t.text[k + 1]
        if self._year_at(k + 1) and "1800" <= year <= "2099":
            return k + 1
        return k

    def numeric(self, j: int) -> Item | None:
        t = self.t
        text = t.text
        start, end = t.start, t.end  # adjacency inline (no method call): every "12.3" asks
        sep = text[j + 1]
        if sep not in _NUMERIC_SEPARATORS or start[j + 1] != end[j] or not text[j + 2].isdigit():
            if sep == "." and start[j + 1] == end[j] + 1 and self._stray_space_date(j):
                # a stray space before a full date's first dot: "до 14 .09.2021 г."
                return self._numeric_with_year(j, sep, int(text[j]), int(text[j + 2]))
            return None
        if len(text[j + 2]) > 2:
            return None
        # "-" and "/" forms are written solid; "." forms may have spaces ("19. 1.").
        if sep != "." and start[j + 2] != end[j + 1]:
            return None
        a, b = int(text[j]), int(text[j + 2])
        if (
            text[j - 1] == "/"
            and start[j] == end[j - 1]
            and text[j - 2].isdigit()
            and len(text[j + 4]) == 2
            and (
                sep != "."
                or (text[j + 5] in {"/", "-"} and start[j + 5] == end[j + 4])
                or (text[j - 3] in {".", "-"} and start[j - 2] == end[j - 3])
            )
        ):
            # inside a file reference, a two-digit "year" after a number and a slash:
            # "URBROJ: 2100/06-01-03/03-21-17"; not "ΦΕΚ Β' 89/16-01-2021", nor a dotted
            # date that ends an act's number ("Γ2/4832/28.11.90 (ΦΕΚ …)"), unless the
            # reference goes on around it ("2100/06.01.03/03.21.17", "1.2/03.04.05")
            return None
        if (sep == "/" and text[j + 3] == ".") or (sep == "." and text[j + 3] == "/"):
            mixed = self._mixed_separators(j, a, b)
            if mixed is not None:
                return mixed  # "datado de 30/10.2018", "30.10/2018"
        if sep == "/" and self._dash_year(j, j + 3):
            return self._numeric_with_year(j, "-", a, b)  # Danish, Norwegian "07/10-2020"
        if sep == "/" and text[j + 3] in _SPACED_ORDINALS and start[j + 3] == end[j + 2]:
            return None  # two days, the second's ordinal glued: "the weekend of 7/8th June"
        has_third = text[j + 3] == sep and start[j + 3] == end[j + 2] and text[j + 4].isdigit()
        solid_third = start[j + 4] == end[j + 3]
        if has_third and sep != "." and not solid_third:
            has_third = False
        # "Sa 12.07. 10 Uhr", "19.10. 9:30": a spaced hour, not a two-digit year; but
        # "19. 11. 09. u 18" is the year 2009 with its ordinal dot (no minutes follow);
        # a decimal comma's clock with its hour word too ("13.04. 12,00 Uhr", "12,00
        # sati"; "13.04. 12,00 €" is left as it was)
        spaced_hour = (
            has_third
            and not solid_third
            and len(text[j + 4]) <= 2
            and (
                text[j + 5] in _HOURISH
                or (text[j + 5] in _CLOCK_SEPARATORS and text[j + 6].isdigit())
                or (
                    text[j + 5] == ","
                    and len(text[j + 6]) == 2
                    and text[j + 6].isdigit()
                    and text[j + 7] in _HOUR_MARKERS
                )
            )
        )
        has_third = has_third and not spaced_hour
        if has_third:
            return self._numeric_with_year(j, sep, a, b)
        if text[j + 4] == "'" and (it := self._apostrophe_numeric(j, sep, a, b)) is not None:
            return it
        if sep == "." and text[j + 3] == "." and (spaced_hour or not text[j + 4].isdigit()):
            # German "19.10." / "19. 1.": day and month, no year.
            if not (1 <= b <= 12 and 1 <= a <= 31):
                return None
            it = Item(j, j + 4, a, b)
            it.numeric = True
            if text[j + 4] == "-" and self._dash_year(j, j + 4):
                year = text[j + 5]  # Finnish "20.-22.9.-24", "22.9.-2024"
                it.year, it.last = int(year) if len(year) == 4 else _full_year(year), j + 6
            elif text[j + 4] == "-" and (spaced := self._spaced_dash_year(j, j + 4, a, b)):
                it.year, it.last = spaced, j + 6  # "Generalforsamling 31.03. – 2018"
            return it
        if (
            sep == "."
            and len(text[j + 3]) == 4  # no call for the clocks and short dates
            and self._year_at(j + 3)
            and (
                start[j + 2] != end[j + 1]
                or (
                    (
                        j == 0
                        or text[j - 1] == ":"
                        or self._starts_line(j)
                        or self._prose_word_before(j - 1)
                    )
                    and self._year_one_space_on(j + 3)
                    and not text[j + 4].isdigit()
                )
            )
        ):
            # the month's dot left off before the year, spaced ("dana 31. 12 2021.
            # godine") or solid, opening a line, after a field's colon or a word of prose
            # ("19.03 2013 в 22:17", "11.8 2023\n\nEndringer …", "Dňa 20.7 2011 sa …";
            # after a weekday see _bare_day_month); no number after the year, which
            # makes a table's row ("2.3 2011 2.5 2012")
            if not (1 <= b <= 12 and 1 <= a <= 31):
                return None
            it = Item(j, j + 3, a, b, int(text[j + 3]))
            it.numeric = True
            it.last = self._year_suffix(j + 4)
            return it
        if sep == "." and self._short_date_before_time(j + 3):
            # "25.05, ora 22.00 - 26.05, ora 9.00", "26.10 /четвъртък/ 12.00 – 17.00 ч."
            if not (1 <= b <= 12 and 1 <= a <= 31):
                return None
            it = Item(j, j + 3, a, b)
            it.numeric = True
            return it
        if (
            sep == "."
            and text[j + 3] in _CITED_DAY_MONTH_ENDS
            and start[j + 2] == end[j + 1]
            and (text[j - 1] in _CITATION_LINKS or text[j - 1] == ",")
            and self._citation_year(j) is not None
        ):
            # an act's day and month after its number and year, the final dot left off
            # and closed by a comma, a bracket or the text's end ("da Lei nº 75/2013 de
            # 12.09, convoco"; note 10); not a clock ("de 12.30 horas")
            if not (1 <= b <= 12 and 1 <= a <= 31):
                return None
            it = Item(j, j + 3, a, b)
            it.numeric = True
            return it
        if (
            sep == "."
            and (text[j + 3] == "," or text[j + 3] in self.lex.list_words)
            and self._short_dates_listed(j)
        ):
            # "afholdes 27.09, 25.10 og 29.11 kl.11.00": listed before a short date that
            # its time makes one
            if not (1 <= b <= 12 and 1 <= a <= 31):
                return None
            it = Item(j, j + 3, a, b)
            it.numeric = True
            return it
        if sep == "." and text[j - 1] == "-" and text[j - 2] == "." and text[j - 3].isdigit():
            return self._bare_day_month(j)  # the end of "29.-30.6", its final dot left off
        if (
            sep == "."
            and text[j - 1] == "-"
            and (
                (a > 24 and len(text[j + 2]) == 2)
                or (
                    len(text[j + 2]) == 1
                    and len(text[j + 3]) == 4
                    and self._year_one_space_on(j + 3)
                )
            )
            and text[j - 2].isdigit()
            and int(text[j - 2]) < a
            and start[j] == end[j - 1]
            and start[j - 1] == end[j - 2]
            and not (text[j - 3] in _NUMERIC_SEPARATORS and start[j - 2] == end[j - 3])
        ):
            # the end of a day range "27-30.04", its final dot left off: no hour is 25-31
            # ("9-10.30" is 9 to 10:30), and the month has its zero ("§ 3-27.4" is a
            # section, "1.3-27.4" a version); or a month of one digit, which no clock's
            # minutes are, and a year of 19xx or 20xx one space on ("13-15.4 2018";
            # "10-12.05 2000 besökare" stays a clock and a count)
            return self._bare_day_month(j)
        if (
            text[j + 3] == "-"
            and sep != "-"
            and start[j + 2] == end[j + 1]
            and (spaced := self._spaced_dash_year(j, j + 3, a, b))
        ):
            # Nordic notices: "Innkalling til årsmøte 31.03 - 2018", "Dugnad 5/6 - 2019"
            it = Item(j, j + 5, a, b, spaced)
            it.numeric = True
            return it
        if sep == "." and (
            (
                text[j + 3] == "-"
                and (self._dated_end_at(j + 4) or self._full_end_after_dash(j + 4, a, b))
            )
            or (text[j + 3] in self.lex.range_words and self._day_month_end_at(j + 4))
        ):
            # "10.6-11.6.2017", "od 26.06 do 31.08. br.", "torsdag 18.10-fredag
            # 19.10.2018", "15.8-22 december 2018", "(10.3-29-3-2017)": the start's final
            # dot left off before a dated end (no clock)
            if not (1 <= b <= 12 and 1 <= a <= 31):
                return None
            it = Item(j, j + 3, a, b)
            it.numeric = True
            return it
        if sep == "-" and 1 <= b < a <= 31 and text[j + 3] in self.lex.range_words:
            # "ΣΑΒΒΑΤΟ 16-3 ΕΩΣ ΚΑΙ ΔΕΥΤΕΡΑ 18-3-24": a day and month before "to", never
            # the days 16 to 3
            it = Item(j, j + 3, a, b)
            it.numeric = True
            return it
        if sep != "/" and text[j + 3] == ")" and text[j - 1] == "(" and 1 <= b <= 12:
            it = Item(j, j + 3, a, b)  # "(20.12)"; Greek "(7-3)", which needs a time
            it.numeric = True
            return it
        if sep == "/" and (text[j + 3] in self.lex.months or self._day_month_link(j + 3) != j + 3):
            return None  # "4/5 May 2024", "4/5 de mayo": two days of May (see _slash_range)
        glued_on = t.adjacent(j + 3) and (
            text[j + 3] == "/"
            # a range's dash before the next slashed pair ends it: "17/2-19/2 2024"
            or (text[j + 3] == "-" and not (text[j + 4].isdigit() and text[j + 5] == "/"))
            # a sentence's full stop may end it ("την Κυριακή 1/9."), not "1/9.5"
            or (text[j + 3] == "." and text[j + 4].isdigit())
        )
        if sep == "/" and not glued_on:
            # "(le 12/03)", US "Friday 3/15 2024": only with context (see expression).
            it = Item(j, j + 3)
            it.numeric = True
            self._order_day_month(it, a, b)
            if it.impossible:
                return None
            if self._year_at(j + 3):
                it.year, it.last = int(text[j + 3]), j + 4
            elif text[j + 3] == "," and self._year_at(j + 4) and self._ends_slashed_range(j):
                it.year, it.last = int(text[j + 4]), j + 5  # "19/3 – 8/4, 2020"
            # "Wednesday 6/12 2024" on a US page: the weekday may settle the order.
            it.swappable = a != b and a <= 12 and b <= 12
            return it
        return None

    def _spaced_dash_year(self, j: int, k: int, day: int, month: int) -> int | None:
        """The year after a spaced dash at ``k`` that closes the solid day and month at
        ``j`` ("Innkalling til årsmøte 31.03 - 2018", "31.03. – 2018", "Dugnad 5/6 -
        2019"), or None: the year one of 19xx or 20xx that ends the text, its line, a
        clause or an aside (see _closing_year: "2017 - 2018" and "5/6 - 2019-2020" are
        spans, "1.5 - 2000 meter" a count), on the date's line, a real day of that
        month, and no number or its sign glued before the day, no clock's prefix or
        numbered part's noun before it ("kl. 10.12 - 2018", "Tabell 3.2 - 2020")."""
        t = self.t
        text = t.text
        if not (
            text[k] == "-"
            and not (t.adjacent(k) and t.adjacent(k + 1))  # solid: _dash_year's
            and self._closing_year(k + 1)
            and "\n" not in self.source[t.end[k - 1] : t.start[k + 1]]
        ):
            return None
        before = text[j - 1 - (text[j - 1] == ".")]
        if (t.adjacent(j) and (text[j - 1].isdigit() or text[j - 1] in _NUMERIC_SEPARATORS)) or (
            before.isalpha() and (before in _TIME_PREFIXES or before.startswith(_NUMBERED_PARTS))
        ):
            return None
        year = int(text[k + 1])
        return year if _weekday_of(year, month, day) is not None else None

    def _mixed_separators(self, j: int, day: int, month: int) -> Item | None:
        """A day, its month and a 19xx or 20xx year with a slash and a dot mixed, written
        solid ("datado de 30/10.2018", "30.10/2018", "3/12.2018"), read day first, a
        real day of that month written with two digits as a date's ("1/9.2024" may be a
        fraction's decimals); nothing numeric glued on either side ("043/30/10.2018",
        "14/03.2019.5") and no number's sign before it ("n. 5/10.2018"), which make
        a file's or an act's number."""
        t = self.t
        text = t.text
        if not (
            len(text[j + 2]) == 2
            and t.adjacent(j + 3)
            and t.adjacent(j + 4)
            and len(text[j + 4]) == 4
            and self._plain_year_at(j + 4)
            and not self._glued_number_after(j + 4)
        ):
            return None
        if t.adjacent(j) and (text[j - 1].isalnum() or text[j - 1] in _NUMERIC_SEPARATORS):
            return None
        if text[j - 1] in _NUMBER_SIGN_ENDS and self._number_sign_before(j):
            return None
        year = int(text[j + 4])
        if _weekday_of(year, month, day) is None:
            return None
        it = Item(j, j + 5, day, month, year)
        it.numeric = True
        return it

    def _stray_space_date(self, j: int) -> bool:
        """True if the day at ``j`` and a solid ".mm.yyyy" after one space make a date
        ("от 01.09. до 14 .09.2021 г.": a slip of the keyboard), the month zero-padded
        and the year a year, nothing numeric glued on."""
        t = self.t
        text = t.text
        return (
            len(text[j + 2]) == 2
            and text[j + 2].isdigit()
            and text[j + 3] == "."
            and self._year_at(j + 4)
            and t.adjacent(j + 2)
            and t.adjacent(j + 3)
            and t.adjacent(j + 4)
            and self.source[t.end[j]] == " "
        )

    def _ends_slashed_range(self, j: int) -> bool:
        """True if the slashed day and month at ``j`` end a range whose start is one too,
        before a dash or a range word ("LINA STENQVIST 19/3 – 8/4, 2020"): there a year
        after a comma is the range's; after a lone pair it may be a number's ("Nr 3/4,
        2020", an issue)."""
        text = self.t.text
        return (
            (text[j - 1] == "-" or text[j - 1] in self.lex.range_words)
            and text[j - 3] == "/"
            and text[j - 2].isdigit()
            and text[j - 4].isdigit()
            and self.t.adjacent(j - 3)
            and self.t.adjacent(j - 2)
        )

    def _dash_year(self, j: int, k: int) -> bool:
        """True if a year follows the slashed day and month at ``j`` after a glued dash
        at ``k``, as Danish and Norwegian write it ("07/10-2020", "17/2-12"), or a dotted
        one as Finnish does ("Siivoustalkoot 20.-22.9.-24"); not the next day of a range
        ("17/2-19/2", "22.9.-24.9."); a sentence's full stop may end it ("inkom den
        3/10-2022."), after a two-digit year only with "on the" or a weekday before the
        date ("torsdag den 16/2-23."; "17/2-12." alone is left), and not before a
        lower-case word, where the dot is a day's ("16/2-23. februar": the 16th to the
        23rd)."""
        t = self.t
        text = t.text
        return (
            text[k] == "-"
            and text[k + 1].isdigit()
            and len(text[k + 1]) in (2, 4)
            and t.adjacent(k)
            and t.adjacent(k + 1)
            and (
                text[k + 2] not in _NUMERIC_SEPARATORS
                or not t.adjacent(k + 2)  # a range's spaced dash: "14/04-2019 – 04/05-2019"
                or (
                    text[k + 2] == "."
                    and not text[k + 3].isdigit()
                    and text[k + 3] not in self.lex.months  # "am 22.9.-24. Oktober": a day
                    and (
                        len(text[k + 1]) == 4
                        or (self._sentence_ends_after(k + 2) and self._on_the_day_before(j))
                    )
                )
            )
        )

    def _on_the_day_before(self, j: int) -> bool:
        """True if a word for "on the" ("den", "d.", "de.", "am") or a weekday stands
        right before the date at ``j``."""
        text = self.t.text
        dotted = text[j - 1] == "."
        word = text[j - 1 - dotted]
        return (
            word in _DAY_PREPOSITIONS
            or (dotted and word in _DEN_ABBREVIATIONS)
            or self._weekday_before(j)
        )

    def _short_date_before_time(self, k: int) -> bool:
        """True if a day and month without their final dot ("25.05") are a date by what
        follows at ``k``: a strong time prefix, after a comma or not, and a marked time
        (", ora 22.00", "kl. 09.00"),
        or a weekday between slashes or brackets ("/четвъртък/", "(lunes)")."""
        t = self.t.text
        if t[k] in _AT_BEFORE_HOUR_WORD and t[k + 1] in _HOUR_WORD_PREFIXES:
            k += 1  # "at" the word "hour": Polish "29.11 o godz. 11.00"
        if t[k] == "," or t[k] in _STRONG_TIME_PREFIXES:  # also "Formannskapet 23.04 kl. 09.00"
            k += t[k] == ","
            m = k + 1 + (t[k + 1] == ".")  # "kl. 10:00"
            # a bare hour after the word "hour" itself: "toimub 28.11 kell 16"
            bare = t[k] in _HOUR_WORD_PREFIXES
            return t[k] in _STRONG_TIME_PREFIXES and self.time(m, bare) is not None
        return (t[k] == "/" or t[k] == "(") and t[k + 2] in {"/", ")"} and self._weekday_name(k + 1)

    def _short_dates_listed(self, j: int) -> bool:
        """True if the day and month without their final dot at ``j`` ("27.09") open a
        list of such pairs, joined by commas and "and", whose last is a date by the time
        after it ("27.09, 25.10 og 29.11 kl.11.00"), or by its year one space on after
        "and" when every month is one digit, which no clock's minutes are ("2.3 ja 3.3
        2024", as "13-15.4 2018"); not after a time's prefix, where they are clocks ("kl.
        9.10, 10.10 og 11.10")."""
        t = self.t
        text = t.text
        before = text[j - 1 - (text[j - 1] == ".")]
        if before in _STRONG_TIME_PREFIXES:
            return False
        joins = {",", *self.lex.list_words}
        one_digit = len(text[j + 2]) == 1  # every month so far
        k = j + 3
        for _ in range(MAX_ITEMS):
            if text[k] not in joins:
                return self._short_date_before_time(k) or (
                    one_digit
                    and self._prose_word_before(k - 4)  # "and", which the last pair reads after
                    and self._year_one_space_on(k)
                    and not text[k + 1].isdigit()
                    and not (
                        before.isalpha()
                        and (before in _TIME_PREFIXES or before.startswith(_NUMBERED_PARTS))
                    )
                )
            k += 1 + (text[k] == "," and text[k + 1] in joins)  # "27.09, 25.10, og 29.11"
            day, month = text[k], text[k + 2]
            one_digit = one_digit and len(month) == 1
            if not (
                text[k + 1] == "."
                and t.adjacent(k + 1)
                and t.adjacent(k + 2)
                and day.isdigit()
                and month.isdigit()
                and len(day) <= 2
                and len(month) <= 2
                and 1 <= int(day) <= 31
                and 1 <= int(month) <= 12
            ):
                return False
            k += 3
        return False

    def _dated_end_at(self, k: int) -> bool:
        """A solid "d.m.yyyy" or "d.m.yy" at token ``k`` (the end of "10.6-11.6.2017",
        a gallery's "19.03-19.04.22")."""
        t = self.t
        return (
            all(t.text[k + n].isdigit() for n in (0, 2, 4))
            and t.text[k + 1] == "."
            and t.text[k + 3] == "."
            and len(t.text[k + 4]) in (2, 4)
            and not t.text[k + 5].isdigit()
            and all(t.adjacent(k + n) for n in (1, 2, 3, 4))
        )

    def _full_end_after_dash(self, k: int, day: int, month: int) -> bool:
        """True if a range's end with its year is at token ``k``, after the dash of a
        "d.m" start: a weekday, then a solid "d.m.yyyy" ("onsdag 15.8-lördag 22.12.2018",
        "ma 14.10 - pe 18.10.2019": a short weekday in lower case too), or any date with
        its day, month and year, the start's ``day`` and ``month`` a date's and not after
        it ("15.8-22 december 2018", "(10.3-29-3-2017)"). A clock's end has no month
        ("14.30-16 Uhr", "10.30-12.00")."""
        text = self.t.text
        if text[k] in self.lex.weekday_words:  # a set test first: most ends have none
            wd = self.weekday(k)
            if wd is not None:
                k = wd[1]
            elif text[k] in self.lex.short_weekdays:
                # "pe", "la" in lower case, which weekday() reads only where the page's
                # languages are known: before a full date, the end's weekday
                k += 1
            else:
                return False
            k += text[k] in {",", "."}
            if self._dated_end_at(k):
                return True
        if not (1 <= month <= 12 and 1 <= day <= 31 and text[k].isdigit()):
            return False
        end = self.core(k)
        return (
            end is not None
            and end.year is not None
            and end.month is not None
            and end.month_settled
            and (month, day) <= (end.month, end.day or 0)
        )

    def _day_month_end_at(self, k: int) -> bool:
        """A dated "d.m.yyyy" or a "d.m." with its final dot at token ``k`` (the end of
        "od 26.06 do 31.08. br."), its month a month's number."""
        t = self.t
        text = t.text
        if not (text[k].isdigit() and text[k + 1] == "." and text[k + 2].isdigit()):
            return False
        if not (int(text[k + 2]) <= 12 and t.adjacent(k + 1) and t.adjacent(k + 2)):
            return False
        return self._dated_end_at(k) or (text[k + 3] == "." and not text[k + 4].isdigit())

    def _numeric_with_year(self, j: int, sep: str, a: int, b: int) -> Item | None:
        """ "09-01-2019", "31.01.2018", "15-12-18": the year third, two or four digits."""
        t = self.t
        ytok = t.text[j + 4]
        if len(ytok) not in (2, 4):
            return None
        # "10.10.10.10" (an address) or "1.2.3.4" is no date; a year's ordinal dot and a
        # spaced time are ("26.08.2010. 16:52", Latvian and Hungarian usage).
        if (
            t.text[j + 5] == sep
            and t.text[j + 6].isdigit()
            and t.adjacent(j + 5)
            and t.adjacent(j + 6)
        ):
            return None
        if sep == "-" and t.text[j + 5] == "/" and self._number_after_slash(j + 5):
            return None  # a file number: "Broj: 02-05-1234/21", "Broj: 03-05-12/21"
        if len(ytok) == 2 and self._short_year_is_no_year(j, sep, a, b):
            return None
        year = int(ytok)
        it = Item(j, j + 5, None, None, year)
        it.numeric = True
        if len(ytok) == 2:
            it.year = _full_year(ytok)
        else:
            it.last = self._year_suffix(it.last)  # "02.10.2017 r. (poniedziałek)"
        self._order_day_month(it, a, b)
        # Both orders read ("03/09/2020"): a stated weekday may settle it (US-made
        # software such as Drupal writes month first).
        it.swappable = sep == "/" and a != b and a <= 12 and b <= 12
        return it

    def _apostrophe_numeric(self, j: int, sep: str, a: int, b: int) -> Item | None:
        """ "8/10/’13", "8.10.'13": a numeric date whose two-digit year stands behind an
        apostrophe, all of it written solid, as a month name's ("Dec '22")."""
        t = self.t
        if not (t.text[j + 3] == sep and t.adjacent(j + 3) and t.adjacent(j + 4)):
            return None
        found = self._apostrophe_year(j + 4)
        if found is None:
            return None
        it = Item(j, found[1], None, None, found[0])
        it.numeric = True
        self._order_day_month(it, a, b)
        it.swappable = sep == "/" and a != b and a <= 12 and b <= 12
        return it

    def _short_year_is_no_year(self, j: int, sep: str, a: int, b: int) -> bool:
        """True if the two-digit third part of "a<sep>b<sep>yy" at ``j`` is no year: a
        clock after a day ("április 22. és 23. 7.00 – 18.00 óráig"), a number with its
        own dot set apart from a solid day and month that open their line, before the
        entry's words (a list's or a section's: "1.2. 41. Tartu Rattaralli …"; "19. 11.
        09." spaced alike is a year, and so are "Fr. 15.10. 21." after a word and "15.10.
        19." alone on its line), opening hours with a slip ("avatud 8-11-30", 8-11.30),
        or the last of days before their month ("10-11-12 July 2023", "21-22-23.07.2025",
        "26-27-28 ve 29 Ağustos 2021")."""
        t = self.t
        if sep == "." and not t.adjacent(j + 2) and t.adjacent(j + 4):
            return True
        if (
            sep == "."
            and t.text[j + 5] == "."
            and t.adjacent(j + 2)
            and not t.adjacent(j + 4)
            and t.adjacent(j + 5)
            and (j == 0 or self._starts_line(j))
            and not self._ends_line(j + 5)
        ):
            return True  # a list's numbers: "1.2. 41. Tartu Rattaralli …" (as "19. 11. 09.")
        if sep == "-" and t.text[j - 1] in _OPEN_WORDS:
            return True
        after = j + 5
        if (
            a < b < int(t.text[j + 4])
            and t.text[after] in self.lex.list_words
            and t.text[after + 1].isdigit()
        ):
            after += 2  # the list's last day, then its month
        return (
            t.text[after] in self.lex.months
            or self._day_month_link(after) != after
            or (sep == "-" and t.text[j + 5] == "." and self._dated_end_at(j + 4))
        )

    def _dotted_ordinal_mark(self, k: int) -> bool:
        """True if ``k`` holds an ordinal mark ("º", folded to "o") glued to the dot
        and the number before it, before its month: Portugal's "1.º de janeiro" (a
        letter "o" there is no mark; "o 1.º lugar" no day)."""
        t = self.t
        return (
            t.adjacent(k)
            and t.adjacent(k - 1)
            and self.source[t.start[k]] == "º"
            and t.text[self._day_month_link(k + 1)] in self.lex.months
        )

    @staticmethod
    def _order_day_month(it: Item, a: int, b: int) -> None:
        """Day first, unless only month first is possible ("02/26/2019")."""
        if 1 <= b <= 12:
            it.day, it.month = a, b
        elif 1 <= a <= 12 and b <= 31:
            it.day, it.month = b, a
        else:
            it.day, it.month, it.impossible = a, 1, True
        if not 1 <= it.day <= 31:
            it.impossible = True

    def day_first(self, j: int) -> Item | None:
        t = self.t
        text = t.text
        day = int(text[j])
        if not 1 <= day <= 31:
            return None
        nxt = text[j + 1]  # read once: the tests below look at it
        if nxt in {":", "."} and self._clock_after(j):
            return None  # "10:00", "10.00": a time, not a day
        if nxt == "-" and text[j + 2] in _RO_ORDINAL_ENDINGS and self._romanian_ordinal(j):
            return None  # "Liga a 4-a, sâmbătă, 12.03.2022": the 4th league, no day
        if nxt == "-" and text[j + 2] in self.lex.months:  # a set test first: rare
            spaced = self._spaced_dash_month(j, day)
            if spaced is not None:
                return spaced  # "24 – Μαΐου – 2020", "12 - octubre - 2019"
        if text[j - 1] == ":" and t.adjacent(j) and t.adjacent(j - 1) and text[j - 2].isdigit():
            return None  # the minutes of "21:23 | 05.09.2022", never a day
        if (nxt == "a" or (nxt == "." and text[j + 2] == "a")) and self._feminine_ordinal(j):
            return None  # "em 2ª (segunda) convocação": the second, no day
        glued = nxt in _ORDINAL_SUFFIXES or (day == 1 and nxt in _FIRST_DAY_ORDINALS)
        k = self._ordinal(j + 1) if glued else j + 1
        if nxt == "." and text[k + 1] == "o" and self._dotted_ordinal_mark(k + 1):
            k += 2  # the ordinal's dot before its mark: "1.º de janeiro de 2021"
        if (
            text[k] == ":"
            and text[k + 1] in _COLON_ORDINALS
            and t.adjacent(k)
            and t.adjacent(k + 1)
            and k == j + 1
        ):
            k += 2  # Swedish "lördag 24:e november", "den 1:a maj"
        elif (
            text[k] == "-"
            and text[k + 1] in _DASHED_ORDINALS
            and (
                t.adjacent(k + 1) or text[k + 2] in self.lex.months  # a stray space: "21- ви"
            )
        ):
            k += 2  # Bulgarian "от 13-ти до 19 август", Ukrainian "13-го серпня"
        elif (
            text[k] == "-"
            and text[k + 1] in _DASHED_ORDINALS_BEFORE_MONTH
            and text[k + 2] in self.lex.months
            and t.adjacent(k + 1)
            and not self._after_clock_prefix(j)
        ):
            k += 2  # "w pierwszym terminie (25-go stycznia 2021 r.)", "1-go maja"
        elif (
            nxt == ")"
            and text[j - 1] == "("
            and text[j + 2] in _DAY_MONTH_LINKS
            and (link := self._day_month_link(j + 2)) > j + 2
        ):
            k = link  # a bracketed day: "quinta-feira, (01) de dezembro" (see item)
        elif nxt in _DAY_QUOTE_CLOSES and text[j - 1] in _DAY_QUOTE_OPENS:
            k = j + 2  # a quoted day: "Дата початку: «20» лютого 2026 р.", "з «20» до «22» …"
        elif nxt == "(" and (own := self._past_own_words(j + 1, day)) > j + 1:
            k = own  # the day's own words in brackets: "no dia 09 (nove) de março"
        after_dot = text[k] == "." and k == j + 1
        if after_dot:
            k += 1
        # A sentence's full stop after a day ("… on July 29, 30, and 31.") is no
        # ordinal dot, unless a month follows it.
        after_day = k - 1 if after_dot and self._sentence_ends_after(k - 1) else k
        if text[k] in {"-", "/"} and (
            (t.adjacent(k) and t.adjacent(k + 1))
            or (text[k] == "/" and text[k + 2] == "/" and text[k + 1] in self.lex.months)
        ):
            k += 1  # "09-Octubre-2025", "9/Oct/2023", a dateline's "06 / NOV / 2020"
        if text[k] in _DAY_LINK_STARTS and text[k] not in self.lex.months:
            k = self._day_month_link(k)  # a set test first: most days have no link word
        # Positional on the hot paths: Python 3.11 does not specialise a call with
        # keywords, whose callee then runs in an interpreter frame of its own (about
        # twice the cost of a positional call).
        month = self._month_at(k, after_dot)
        if month is None and text[k] == "de":
            month = self._month_glued_to_of(k + 1)  # "28 de abrilde 2018"
        elif month is None and text[k][:2] == "de":
            month = self._of_glued_to_month(k)  # "16 deabril de 2012"
        if month is None and k == j + 1 and nxt in YEAR_FIRST_ABBREVIATIONS:
            month = self._abbreviation_before_year(k)  # Lithuanian "18 Geg 2016"
        if month is None:
            if after_dot and len(text[j + 2]) == 1 and text[j + 2].isalpha() and t.adjacent(j + 2):
                return None  # a school class: "za 3.a in 3.b razred", "5.c"
            it = Item(j, after_day, day)
            this_month = self._this_month(k) if text[k] in _THIS_MONTH_BY_WORD else None
            if this_month is not None:
                it.last, ours = this_month
                if ours:
                    it.this_month = True
                else:
                    it.said_month = True  # "del mencionado mes": the month before it
            elif text[j - 1] in _BASQUE_OF_THE_MONTH:
                # Basque "hilaren 23an", "hilak 29": the month's
                it.first, it.this_month = j - 1, True
            elif text[j - 1] in _DAY_WORDS and text[j - 2] in _NEXT_BEFORE_DAY:
                # "no próximo dia 13": the next 13th after the reference (see _resolve)
                it.first, it.this_month, it.direction = j - 2, True, 1
            elif text[j - 1] in _PLURAL_DAY_WORDS and text[j - 2] in _NEXT_BEFORE_DAYS:
                # "nos próximos dias 20 e 21": the first of the next such days (the
                # others checked and given its month by _next_days)
                it.first, it.this_month, it.direction = j - 2, True, 1
            return it
        if (text[j - 1] == "." or text[j - 1] in _ISSUE_WORDS) and self._number_above_month(j, k):
            return None  # a set test first: most days have no issue word before them
        it = Item(j, month[1], day, month[0] or 1)
        if text[k] in self.lex.contested:
            it.month_options = self._options(k, month[0])
        it.month_settled = month[0] != CONTESTED
        self._year_after(it)
        if it.year is None and text[it.last].isdigit() and self._wordpress_frame(it.last - 1):
            # the month opens a full "F j, Y" date: "Autumn Term 1 September 1, 2026" is
            # 1 September 2026 (the term's number before it), no year-less 1 September
            return None
        if (
            it.year is None
            and after_dot
            and (text[it.last].isdigit() or text[it.last] in _MONTH_NOUNS)
            and self._list_day(j, k)
        ):
            return None  # "1. Lapkričio 19 d. …": a list's first item, on 19 November
        if it.year is None and text[it.last + 1] == ":" and it.month_settled:
            # a blog widget's clock between the month and the year ("22 Mär 19:00 2019"),
            # as date(1)'s stamp has it: only with the four-digit year right after it
            clock = self.time(it.last, False)
            stamp = None if clock is None else self._stamp(j, day, month[0], clock)
            if stamp is not None:
                return stamp
        if after_dot and it.month_settled and it.month_options and self._polish_year_word(it.last):
            # "11. listopada 1918r.": the year's Polish "r." outweighs the ordinal dot's
            # Croatian habit (October); the name's other reading is Polish November
            it.month = it.month_options[1]
        return it

    def _month_glued_to_of(self, k: int) -> tuple[int, int] | None:
        """The month and the index of its year when the token at ``k``, after a day and
        its "de", is a full month name with the "de" or "del" before its year glued on,
        as a slip writes it ("28 de abrilde 2018", "27 de novembrode 2025"), and a year
        follows. Exactly a name: no misspelling or abbreviation ("Mayordomo", "marzodeo"
        stay words)."""
        text = self.t.text
        tok = text[k]
        glued = 3 if tok.endswith("del") else 2 if tok.endswith("de") else 0
        name = tok[:-glued]
        month = self.lex.months.get(name) if glued else None
        if month is None or not self._full_plain_name(name) or not self._year_at(k + 1):
            return None
        return month, k + 1

    def _of_glued_to_month(self, k: int) -> tuple[int, int] | None:
        """The month and the index after it when the token at ``k``, right after a day,
        is a full month name with the day's "de" glued before it, as Brazilian acts'
        texts lose the space ("16 deabril de 2012", "5 dejulio del 2019"), and "de" or
        "del" and a 19xx or 20xx year follow. Exactly a full name, four letters or more
        as every language that writes this "de" spells it ("demarcação", "dejun", a
        "dejunho" without the year stay words)."""
        text = self.t.text
        name = text[k][2:]
        month = self.lex.months.get(name)
        if (
            month is None
            or len(name) < 4
            or not self._full_plain_name(name)
            or text[k + 1] not in _DAY_YEAR_LINKS
            or not _is_act_year(text[k + 2])
            or not self._year_at(k + 2)
        ):
            return None
        return month, k + 1

    def _spaced_dash_month(self, j: int, day: int) -> Item | None:
        """A day at ``j``, a month name and a 19xx or 20xx year joined by dashes with
        spaces on some or all sides of them, hyphens and dashes mixed ("24 – Μαΐου –
        2020", "12 - octubre - 2019", "5 –Mai– 2021"), all on one line, no number or its
        sign glued before the day, and a real day of that month; the solid "5-mai-2021"
        is day_first's. What follows the year must let it close the date (see
        _dashed_date_closes): "5 - mai - 2000 personnes" counts."""
        t = self.t
        text = t.text
        month = self._month_at(j + 2, False, False)
        if month is None:
            return None
        m = month[1]
        if not (text[m] == "-" and self._plain_year_at(m + 1)):
            return None
        if all(t.adjacent(k) for k in (j + 1, j + 2, m, m + 1)):
            return None
        if "\n" in self.source[t.end[j] : t.start[m + 1]] or (
            t.adjacent(j) and (text[j - 1].isdigit() or text[j - 1] in _NUMERIC_SEPARATORS)
        ):
            return None
        year = int(text[m + 1])
        last = self._year_suffix(m + 2) if text[m + 2] in _YEAR_SUFFIXES_BY_WORD else m + 2
        settled = month[0] != CONTESTED
        if (settled and _weekday_of(year, month[0], day) is None) or not (
            self._dashed_date_closes(last)
        ):
            return None
        it = Item(j, last, day, month[0] or 1, year)
        if text[j + 2] in self.lex.contested:
            it.month_options = self._options(j + 2, month[0])
        it.month_settled = settled
        return it

    def _dashed_date_closes(self, e: int) -> bool:
        """True if the token at ``e`` may follow a date joined by spaced dashes ("24 –
        Μαΐου – 2020 και ημέρα Κυριακή στις 10:00"): the end of the text or its line, a
        clause's or an aside's sign before no number, "and", a clock's prefix or a
        weekday. A word after the year may be what it counts ("5 - mai - 2000
        personnes"), a number continues the run ("12 - octubre - 2019 - 2020")."""
        if self._closes_after(e - 1):
            return True
        text = self.t.text
        nxt = text[e]
        if nxt in _CLAUSE_ENDS or nxt == "/":
            return not text[e + 1].isdigit()
        return nxt in _AND_WORDS or nxt in _STRONG_TIME_PREFIXES or nxt in self.lex.weekday_words

    def _list_day(self, j: int, k: int) -> bool:
        """True if the day at ``j``, with its dot and opening its line (maybe behind a
        bullet), is a list's number before a date written month first: the month at ``k``
        is followed by its own day, marked as that order marks it ("1. Lapkričio 19 d.
        …", "1. november 19. (vasárnap)", a range "3. Lapkričio 12 - 19 dienomis"), or
        by any month-first day after a list number's glued dash ("5.-ABENDUAK 3, …").
        A bare day after the month leaves the date as read ("1. November 19 Uhr")."""
        text = self.t.text
        b = j - (text[j - 1] in _BULLETS)
        if b and not self._starts_line(b):
            return False
        it = self.month_first(k)
        if it is None or it.day is None:
            return False
        if text[j + 2] == "-":
            return True
        d = self._past_month_noun(k + 1) if text[k + 1] in _MONTH_NOUNS else k + 1  # its day
        if text[d + 1] == "-" and text[d + 2].isdigit() and len(text[d + 2]) <= 2:
            d += 2  # a range's end carries the mark: "12 - 19 dienomis", "12-19."
        return self._day_mark(d)

    def _day_mark(self, d: int) -> bool:
        """True if the day at ``d``, written after its month, carries a month-first day's
        mark: Lithuanian "19 d.", "19-osios", "19 dienomis", Hungarian "19-én", a glued
        ordinal, or a bare ordinal dot before a bracket, a comma or a weekday ("november
        19. (vasárnap)"); not before a noun that the number counts ("17. Oktober 1.
        Spieltag", "17. oktober 2. runde"), nor a clock's ("19.30")."""
        text = self.t.text
        if text[d + 1] == "dienomis":
            return True
        end = self._day_suffix(d + 1)
        if end == d + 2 and text[d + 1] == ".":
            return text[end] in _DAY_DOT_CLOSERS or text[end] in self.lex.weekdays
        return end > d + 1

    def _number_above_month(self, j: int, k: int) -> bool:
        """True if the number at ``j`` is an issue's or a volume's, after its word on its
        line, and the month at ``k`` opens the next line: a newsletter's number over its
        month heading ("infoleht nr. 7\nNovember 2024", "Årgang 16\nDes 2010 – Mai 2011",
        "Ανακοίνωση 4\nΔεκέμβριος 2001"), no day; a number alone on its line is a date
        widget's day ("Newsletter\n\n05\n\nNov\n\n2018")."""
        t = self.t
        w = j - 1 - (t.text[j - 1] == ".")
        return (
            t.text[w] in _ISSUE_WORDS
            and "\n" in self.source[t.end[j] : t.start[k]]
            and "\n" not in self.source[t.end[w] : t.start[j]]
        )

    def _romanian_ordinal(self, j: int) -> bool:
        """True if the number at ``j`` is a Romanian ordinal of the noun before it: its
        article before it and its ending glued after the sign that follows it, a dash the
        callers check ("Liga a 4-a", "etapa a 2-a", "al 3-lea turneu")."""
        t = self.t
        return (
            t.text[j - 1] in _RO_ORDINAL_ARTICLES
            and t.adjacent(j + 1)
            and t.adjacent(j + 2)
            and t.text[j + 2] == _RO_ORDINAL_ARTICLES[t.text[j - 1]]
        )

    def _feminine_ordinal(self, j: int) -> bool:
        """True if the number at ``j`` carries the feminine ordinal indicator "ª",
        glued or past its dot ("2ª convocação", "3.ª edición"): the second, third …
        of a feminine noun, never a day, which Portuguese and Spanish write as a plain
        number or "1º". The folded text has an "a" there; Basque days keep theirs
        ("azaroaren 5a")."""
        t = self.t
        k = j + 1 + (t.text[j + 1] == ".")
        return t.adjacent(k) and self.source[t.start[k]] == "ª"

    def _of_the_day(self, k: int) -> int:
        """The length of "of the" at ``k`` between a time and its date, or 0: Italian
        "del" ("dalle ore 6,00 del 4 novembre 2024 alle ore 24,00 del 15 dicembre 2024"),
        "di" before a weekday ("alle ore 20 di sabato 14 febbraio"), Portuguese "do dia"
        ("às 23h59min do dia 15"; Slavic "do" is "to"), Italian "del giorno"."""
        text = self.t.text
        if text[k] == "del":
            return 1 + (text[k + 1] == "giorno")  # "alle ore 10 del giorno 5 maggio"
        if text[k] == "di" and text[k + 1] in self.lex.weekdays:
            return 1
        return 2 if text[k] in {"do", "da"} and text[k + 1] == "dia" else 0

    def _day_noun_after(self, k: int) -> bool:
        """True if "of the day" with its noun, in lower case, follows at ``k`` between a
        time and its date: the Romance minutes' "del día", "do dia", "del giorno"."""
        t = self.t
        return (
            t.text[k] in _OF_THE
            and t.text[k + 1] in _DAY_NOUNS
            and self.source[t.start[k] : t.end[k]].islower()
        )

    def _full_date_after(self, k: int, *, need_year: bool = True) -> bool:
        """True if a date with its year (``need_year`` False: its day and month, "5pm on
        Monday 30th October") and no time of its own follows ``k`` on the same line,
        right after it or after a linking word ("07:00 09.01.2024", "07:00 on 9 May
        2024"); not a listing's next entry ("7:30–17:00 30. 12. 2025 – 7:30–14:30",
        "9:00 to 17:00, 6 May 2024 from 10:00")."""
        t = self.t
        if t.text[k] in _CALENDAR_LIST_SIGNS or self._starts_line(k):
            return False
        k += self._of_the_day(k) or t.text[k] in _TIME_DATE_LINKS
        if not (t.text[k].isdigit() or t.text[k] in self.lex.starters):
            return False
        following = self.item(k)
        if following is None or following.times:
            return False
        return following.year is not None if need_year else following.month is not None

    def _polish_year_word(self, end: int) -> bool:
        """True if a Polish year word ("r.", "roku") ends the item before ``end``."""
        text = self.t.text
        return text[end - 1] in _POLISH_YEAR_WORDS or (
            text[end - 1] == "." and text[end - 2] in _POLISH_YEAR_WORDS
        )

    def _this_month(self, k: int) -> tuple[int, bool] | None:
        """Past an "of this month" word after a day ("aż do 18 bm.", "le 18 courant",
        "dne 18. t.m.", "am 18. d.M.", "il 18 c.m.", "el día 18 del corriente") or an "of
        the said month" ("del mencionado mes"), with which (see _THIS_MONTH_BY_WORD)."""
        for words, ours in _THIS_MONTH_BY_WORD.get(self.t.text[k], ()):
            if tuple(self.t.text[k : k + len(words)]) == words:
                return k + len(words), ours
        return None

    def _clock_after(self, j: int) -> bool:
        """True if the number at ``j`` is the hour of a glued "h:mm" or "h.mm"."""
        t = self.t
        start, end = t.start, t.end  # adjacency inline: every day number asks
        glued = (
            t.text[j + 1] in {":", "."} and start[j + 1] == end[j] and start[j + 2] == end[j + 1]
        )
        return glued and t.text[j + 2].isdigit() and len(t.text[j + 2]) == 2

    def _hour_marked_clock(self, j: int) -> bool:
        """True if the number at ``j`` is a clock's hour by its hour word ("18h30",
        "18 h", "18 horas", "14 Uhr")."""
        return self.t.text[j + 1] in _HOUR_MARKERS and self.time(j, False) is not None

    def _day_month_link(self, k: int) -> int:
        """Past the words between a day and its month ("28 de enero", "5 d'abril",
        "del 3 al 5 del mes de mayo", "o dia 10 do mês de novembro", "an 3ú lá de mhí
        an Mhárta"), if a month follows them; else ``k``. Also Finnish "day" abbreviated
        ("6 p:nä helmikuuta 1935")."""
        if self.t.text[k] == "p":
            past = self._past_day_word(k)
            return past if self.t.text[past] in self.lex.months else k
        for j in range(k, k + 5):
            tok = self.t.text[j]
            if tok in self.lex.months or (j > k and tok in self.lex.abbreviations):
                return j  # "2 d'ag. 2024": the abbreviation is checked, with its year, later
            if j > k and tok in self.lex.month_phrases:
                return j  # "an 3ú lá Mí Dheireadh Fómhair": the phrase is checked later
            if j > k and len(tok) >= FUZZY_MIN and self.lex.misspelt_month(tok):
                return j  # "4 ta' Diċemrbu 2023": the slip is checked, with its year, later
            if (
                tok not in _DAY_MONTH_LINKS
                and not (tok in _IRISH_MONTH_ARTICLES and self.t.text[j - 1] in _IRISH_MONTH_NOUNS)
                and not (tok == _OF_THE_BEFORE_MONTH_NOUN and self.t.text[j + 1] == _MONTH_NOUN)
            ):
                return k
        return k

    def _year_after(self, it: Item) -> None:
        t = self.t
        text = t.text
        k = it.last
        if text[k] in _NAME_ASIDE_OPENS:  # a set test first: a dash after a date is common
            past = self._past_aside(k)
            if text[past] in _DAY_YEAR_LINKS and self._year_at(past + 1):
                k = past  # "26 de mayo -Cofradía- de 1788": the list's shared year
        if (
            text[k] == ","
            or (text[k] in {"-", "/"} and t.adjacent(k) and t.adjacent(k + 1))
            or (text[k] == "/" and text[k - 2] == "/")  # "06 / NOV / 2020"
        ):
            k += 1
        if text[k] in _MONTH_YEAR_LINKS:
            k += 1 + (text[k + 1] == "-" and t.adjacent(k + 1))  # Maltese "tal-1994"
            if text[k + 1] == "." and text[k - 1] in _DAY_YEAR_LINKS and self._dotted_year(k):
                it.year, it.last = int(text[k] + text[k + 2]), k + 3  # "de 2.009"
                return
            if text[k] in _YEAR_WORD_HEADS and text[k - 1] in _WORDED_YEAR_AFTER_MONTH_LINKS:
                worded = self._year_in_words_after_month(it, k, True)
                if worded is not None:
                    it.year, it.last = worded  # "de mil novecentos e oitenta"
                    return
        elif text[k + 1] == "." and self._month_dotted_year(it, k):
            it.year, it.last = int(text[k] + text[k + 2]), k + 3  # "16 de Abril 2.009"
            return
        if text[k] in _BEFORE_YEAR_STARTS:  # rare: a set test first
            # "del año 2024", Estonian "hiljemalt 28. maiks (k.a) 2021"
            k = self._past_inclusive_aside(k) if text[k] == "(" else self._past_year_noun(k)
        if len(text[k]) == 4 and self._year_at(k):  # the length first: no call
            it.year = int(text[k])
            # a year word after it ("2022 r.") is rare: a set test first, no call
            suffixed = text[k + 1] in _YEAR_SUFFIXES_BY_WORD
            it.last = self._year_suffix(k + 1) if suffixed else k + 1
        elif text[k] == "(" and text[k + 2] == ")" and self._year_at(k + 1):
            it.year, it.last = int(text[k + 1]), k + 3  # "a l'11 de gener (2026)"
        elif (
            len(text[k]) > 6
            and text[k].startswith(_ITALIAN_YEAR_HEADS)
            and (worded := self._year_in_words_after_month(it, k, False)) is not None
        ):
            it.year, it.last = worded  # Italian's one word: "il 5 marzo millenovecentottanta"
        elif len(text[k]) == 2 and self._short_year_glued(it, k):
            it.year, it.last = _full_year(text[k]), k + 1  # "28-Feb-20", "maj.23"
        elif (text[k] == "'" or t.start[k] - t.end[k - 1] > 1) and (
            year := self._apostrophe_year(k)
        ):
            it.year, it.last = year  # past a sign that folding drops, as Greek "΄22"
        elif text[it.last] in _THIS_YEAR_BY_WORD and (
            (this_year := self._this_year(it.last)) is not None
        ):
            it.last, it.year_from_reference = this_year
        elif text[it.first - 1] in _YEAR_BEFORE_BY_LAST_WORD:
            self._year_word_before(it)
        elif text[k] == "|" and self._year_at(k + 1) and self._ends_line(k + 1):
            it.year, it.last = int(text[k + 1]), k + 2  # a post's "10 Abril | 2010"

        elif (
            text[it.first - 1] == ","
            and self._year_at(it.first - 2)
            and (it.first == 2 or self._starts_line(it.first - 2))
        ):
            it.year = int(text[it.first - 2])  # a dateline's "2019, 6 kovo"
            it.first -= 2
        elif len(text[k]) == 3 and text[k].isdigit() and k + 1 == t.n:
            # "1 June 999" ending a field is a mangled year, not a year-less date that
            # the reference would place (a guess): it resolves as implausible.
            it.year = int(text[k])
            it.last = k + 1

    def _dotted_year(self, k: int) -> bool:
        """True if a year written with a thousands dot stands at ``k`` ("24 de juny de
        2.009", "25 de septiembre de 1.987": Iberian legal and blog style), read only
        after a month's "de"/"del": 1.800 to 2.099 ("de mayo de 1.500 personas" is a
        count), no decimals nor more groups glued after ("de 2.019,50", "de 1.500.000")."""
        t = self.t
        text = t.text
        return (
            text[k] in {"1", "2"}
            and len(text[k + 2]) == 3
            and text[k + 2].isdigit()
            and text[k + 2][0] in ("89" if text[k] == "1" else "0")
            and t.adjacent(k + 1)
            and t.adjacent(k + 2)
            and not self._glued_number_after(k + 2)
            and not (text[k + 3] == "," and t.adjacent(k + 3) and text[k + 4].isdigit())
        )

    def _month_dotted_year(self, it: Item, k: int) -> bool:
        """True if a year with its thousands dot (:meth:`_dotted_year`) at ``k`` follows
        the month of a day-first date right away, in a language that writes years so,
        and closes the date ("16, 17 y 18 de Abril 2.009", "(5 de maio 1.998)"): a
        word or a sign after it may be what it counts or costs ("de abril 2.009
        personas", "2.009 €")."""
        text = self.t.text
        return (
            text[k - 1] in DOTTED_YEAR_MONTHS
            and it.day is not None
            and not it.month_first
            and self._dotted_year(k)
            and self._closes_after(k + 2)
        )

    def _short_year_glued(self, it: Item, k: int) -> bool:
        """True for a two-digit year glued to the month that ends ``it``: after a dash (a
        table's "28-Feb-20", "11-sep.-19" past the abbreviation's dot; not "May 24-29",
        whose month is not right before), between slashes ("6/des/17") or after its
        abbreviation's dot ("Lørdag 27. maj.23"), with nothing numeric glued after, and no
        month after it: then it is the day that ends a range ("21 iunie-30 septembrie
        2022")."""
        t = self.t
        text = t.text
        sign = text[k - 1]
        slashed = sign == "/" and text[k - 3] == "/"
        word = k - 2
        if sign == "-" and text[word] == "." and t.adjacent(k - 1):
            word -= 1  # the abbreviation's dot before the dash: "11-sep.-19"
        return (
            text[k].isdigit()
            and t.adjacent(k)
            and (((sign == "-" or slashed) and k == it.last + 1) or (sign == "." and k == it.last))
            and (text[word] in self.lex.months or text[word] in self.lex.abbreviations)
            and not self._glued_number_after(k)
            and text[k + 1 + (text[k + 1] in {".", "-"})] not in self.lex.months
        )

    def _apostrophe_year(self, k: int) -> tuple[int, int] | None:
        """A two-digit year behind an apostrophe after a month ("Dec '22", "17 Δεκεμβρίου
        ’22", "΄22" with the Greek tonos, which folding drops): the year and the index
        after it."""
        t = self.t
        if t.text[k] == "'" and t.adjacent(k + 1):
            k += 1
        elif "\u0384" not in self.source[t.end[k - 1] : t.start[k]]:
            return None
        if len(t.text[k]) != 2 or not t.text[k].isdigit() or self._glued_number_after(k):
            return None
        if t.text[k + 1].isalpha() and t.adjacent(k + 1):
            return None  # "the '60s"
        return _full_year(t.text[k]), k + 1

    def _glued_number_after(self, k: int) -> bool:
        """True if a digit, or a numeric sign and a digit, is glued to the number at
        ``k`` ("20-21", "20.5"): the number is part of something longer; a full stop
        ends it ("28-Feb-20.")."""
        t = self.t
        nxt = t.text[k + 1]
        return t.adjacent(k + 1) and (
            nxt.isdigit()
            or (nxt in _NUMERIC_SEPARATORS and t.text[k + 2].isdigit() and t.adjacent(k + 2))
        )

    def _past_year_noun(self, k: int) -> int:
        """Past "of the year" between a month and its year ("del año 2024", "dell'anno
        2024", "do ano de 2024", "de l'any 2024", "des Jahres 2024", Maltese "tas-sena
        1998", Icelandic "8. apríl árið 1912", Czech "8. dubna roku 1912"), and past
        Maltese "of" and the article glued to the year itself ("7 ta’ Ġunju l-1919", "ta’
        l-1919"); ``k`` itself unless a year follows."""
        t = self.t
        text = t.text
        if text[k] in _YEAR_LINKS:
            return self._past_year_link(k)
        m = k
        while m < k + 4 and text[m] in _OF_THE_YEAR_LEADS:
            m += 1
        if text[m] not in _OF_THE_YEAR:
            glued = m - 2 >= k and text[m - 2] == "l" and text[m - 1] == "-"
            if glued and t.adjacent(m - 1) and t.adjacent(m) and self._year_at(m):
                return m
            return k
        m += 1 + (text[m + 1] == "de")
        return m if len(text[m]) == 4 and self._year_at(m) else k

    def _past_year_link(self, k: int) -> int:
        """Past a word alone between a month and its year, as written (see _YEAR_LINKS:
        "den 13 mars år 2016", "20. travnja A.D. 2015.", "25. november i 2023."); ``k``
        itself unless a year follows."""
        t = self.t
        words, spelling = _YEAR_LINKS[t.text[k]]
        m = k + len(words)
        if tuple(t.text[k:m]) != words or not self._year_at(m):
            return k
        written = self.source[t.start[k] : t.end[m - 1]]
        if written != spelling and not (spelling.islower() and written.lower() == spelling):
            return k
        if words == ("i",) and not (t.text[m + 1] in _YEAR_LINK_ENDS or self._ends_line(m)):
            return k
        return m

    def _past_aside(self, k: int) -> int:
        """Past a short aside at ``k`` that names whose the date is, in brackets or between
        dashes glued to it ("el 5 de marzo -Sacramental- y 26 de mayo -Cofradía- de
        1788, respectivamente", "26 de mayo (Cofradía) de 1788"): one to three words, no
        number, month or weekday; ``k`` itself unless such an aside closes there."""
        t = self.t
        text = t.text
        dashed = text[k] == "-"
        if dashed and (t.adjacent(k) or not t.adjacent(k + 1)):
            return k  # "marzo-abril", "marzo - Madrid -"
        m = k + 1
        while (
            m < k + 4
            and text[m].isalpha()
            and text[m] not in self.lex.months
            and text[m] not in self.lex.weekdays
        ):
            m += 1
        if m == k + 1 or text[m] != ("-" if dashed else ")") or (dashed and not t.adjacent(m)):
            return k
        return m + 1

    def _past_inclusive_aside(self, k: int) -> int:
        """Past an "inclusive" in brackets at ``k`` between a date and its year (Estonian
        "hiljemalt 28. maiks (k.a) 2021": kaasa arvatud; without its brackets "k.a." is
        also "of this year"); ``k`` itself unless a year follows."""
        text = self.t.text
        for words in _INCLUSIVE_ASIDES:
            m = k + len(words)
            if tuple(text[k:m]) == words and self._year_at(m):
                return m
        return k

    def _this_year(self, k: int) -> tuple[int, int] | None:
        """Past a "this year" abbreviation ("14 decembrie a.c.", "5 maja br.", "t.r.") or
        a "last/next/this year" phrase after the date, with its offset from the
        reference's year."""
        for words, offset in _THIS_YEAR_BY_WORD.get(self.t.text[k], ()):
            if tuple(self.t.text[k : k + len(words)]) == words:
                return k + len(words), offset
        return None

    def _year_word_before(self, it: Item) -> None:
        """A "last/next/this year" phrase ending right before the date ("tavaly október
        5-én", "joan zen urteko abenduaren 23an"): part of its span, with its offset."""
        t = self.t.text
        for words, offset in _YEAR_BEFORE_BY_LAST_WORD[t[it.first - 1]]:
            start = it.first - len(words)
            if start >= 0 and tuple(t[start : it.first]) == words:
                it.first, it.year_from_reference = start, offset
                return

    def _year_suffix(self, k: int) -> int:
        """Skip a Polish year word after a year ("2022 r.", "2011 roku"); Estonian "a"
        (aasta) only in lower case ("2022. a", not "2021. A reunião …", a new sentence)."""
        for suffix, _ in _YEAR_SUFFIXES_BY_WORD.get(self.t.text[k], ()):
            if tuple(self.t.text[k : k + len(suffix)]) == suffix:
                if suffix[1:2] == ("a",) and self.source[self.t.start[k + 1]] == "A":
                    continue
                return k + len(suffix)
        return k

    def _before_day(self, j: int) -> bool:
        """True if the month word at ``j`` may come before its day ("May 5")."""
        word = self.t.text[j]
        if word in self.lex.month_first_words:
            return True
        if word in self.lex.months:
            # Finnish formal "heinäkuun 2. päivänä" (July's 2nd day), "helmikuun 6 p:nä"
            k = j + 2  # past the day
            if self.t.text[k] in _ORDINAL_DAY_WORDS:
                return self._day_word_before_year(k) > k  # "maaliskuun 2 päivänä 1891"
            return self.t.text[k] in {".", "p"} and self._past_day_word(k) > k
        slip = self.lex.misspelt_month(word)
        return slip is not None and slip[1] in self.lex.month_first_words

    def month_first(self, j: int) -> Item | None:
        t = self.t
        text = t.text
        month = self._month_at(j, False, False)  # strict; positional, as in day_first
        if month is None and text[j] in self.lex.wordpress_months:
            month = self._wordpress_month(j)  # Finnish "syys 5, 2022"
            if month is None:
                return None  # "kesä 2022": the summer
        if month is None and text[j] in self.lex.case_months:
            return self._case_month_year(j)  # no misspelt month: "lipcu" is no "lipca"
        slip = None
        if month is None and text[j + 1].isdigit():
            slip = self.lex.misspelt_month(text[j])
            month = (slip[0], j + 1) if slip else None
        if month is None and text[j] not in self.lex.months:
            month = self._month_at(j)  # the loose reading (a strict miss stays a miss)
        range_end = False
        if month is None and text[j] in YEAR_FIRST_ABBREVIATIONS:
            if self._ends_year_first(j):
                month, range_end = self._year_first_abbreviation(j), True  # "2024 kov. 30 – bal. 2"
            elif self._wordpress_abbreviation(j):
                month = self._year_first_abbreviation(j)  # Lithuanian WordPress "Vas 28, 2018"
        if month is None:
            return None
        k = month[1]
        if text[k] in _MONTH_NOUNS:
            k = self._past_month_noun(k)  # "Gruodžio mėn. 10 d." (also year_first)
        elif text[k] == "the" and self._spoken_day(k + 1):
            k += 1  # "June the 10th, 2007", as "June 10th"
        tok = text[k]
        word = text[j]
        if tok in _HU_ORDINAL_DAYS and word in self.lex.months:
            return self._worded_month_first(j, k, month[0])  # "augusztus huszadika"
        # A glued ordinal also makes a month-first day: Irish "Márta 10ú", "March 10th";
        # so does a year after "del" ("Febrero 15 del 2026", as "F j, Y" is read), and
        # WordPress's default "F j, Y", which writes any language's month first ("март
        # 12, 2020"; "F jS, Y" with an English suffix: "septiembre 23rd, 2022").
        ordinal = text[k + 1] in _ORDINAL_SUFFIXES and t.adjacent(k + 1)
        linked = text[k + 1] in _DAY_YEAR_LINKS and self._year_at(k + 2)
        if (
            tok.isdigit()
            and len(tok) <= 2
            and (
                self._before_day(j)
                or range_end
                or ordinal
                or linked
                or self._wordpress_frame(k - 1)
                or self._month_first_pair(j, k)
                or (word in self.lex.year_month_first_words and self._closing_year(k + 1))
                or (text[k + 1] == "/" and self._day_slash_year(j, k))
                or (text[k + 1] == "." and self._dateline_month_day(j, k))
            )
        ):
            day = int(tok)
            if not 1 <= day <= 31:
                return None
            # "May 2, 3" and "June 24: This is…" are fine, "May 10:30" is not a day.
            if text[k + 1] == ":" and t.adjacent(k + 1) and text[k + 2].isdigit():
                return None
            it = Item(j, self._day_suffix(k + 1), day, month[0] or 1)
            it.month_first = True
            it.month_options = self._options(j, month[0])
            it.month_settled = month[0] != CONTESTED
            self._year_after(it)
            if slip and it.year is None and not self._weekday_before(j):
                # a slip counts only in a full date, or after its weekday, which the
                # reference's calendar checks ("On Monday, Ocotber 16")
                return None
            # "the city may 2 …", "march 20 km": as verbs these are lower-case, and
            # take no ordinal suffix ("registration opens may 1st").
            verb = word in _VERB_MONTHS and not ordinal and not self.source[t.start[j]].isupper()
            return None if verb and it.year is None else it
        probe = Item(j, k, None, month[0])
        self._year_after(probe)
        if probe.year is not None and not slip:
            probe.partial = True
            return probe
        return None

    def _day_slash_year(self, j: int, k: int) -> bool:
        """True if the day at ``k`` after the month name at ``j`` is glued by a slash to a
        19xx or 20xx year, as a dateline writes it month first in a day-first language
        too ("(elPeriódico – marzo 14/2018)", "Junho 3/2019"): a full name, and nothing
        numeric glued on past the year ("14/2018-2019", "14/2018/3" number a thing;
        "marzo 14/15" is a fraction's, "Ley 14/2018" an act's, with no month before)."""
        t = self.t
        text = t.text
        word = text[j]
        after = k + 3
        return (
            t.adjacent(k + 1)
            and t.adjacent(k + 2)
            and self._plain_year_at(k + 2)
            and word in self.lex.months
            and self._full_plain_name(word)
            and not (
                text[after] in _NUMERIC_SEPARATORS
                and text[after + 1].isdigit()
                and t.adjacent(after)
            )
        )

    def _dateline_month_day(self, j: int, k: int) -> bool:
        """True if the month name at ``j`` and its day at ``k`` are a press dateline's,
        written month first in a day-first language too: a capitalised place (its
        state's abbreviation after it) opening the line, a comma, the month's full name,
        the day and a dot-dash glued to it before the words (:meth:`_dot_dash_mark`):
        "OAXACA, OAX., mayo 13.- El pasado …", "Guadalajara, Jal., octubre 21.- La
        Secretaría …", "Ciudad de México, mayo 13.- Se …". Only in that shape: elsewhere
        "mayo 13" is no date where the day comes first."""
        t = self.t
        text = t.text
        if not (
            text[k + 2] == "-"
            and text[j - 1] == ","
            and self._dot_dash_mark(k + 1)
            and text[j] in self.lex.months
            and self._full_plain_name(text[j])
        ):
            return False
        for m in range(j - 2, max(j - 10, -1), -1):
            tok = text[m]
            if tok.isalpha():
                if not (self.source[t.start[m]].isupper() or tok in _PLACE_NAME_LINKS):
                    return False
            elif tok not in {",", "."}:
                return False
            if m == 0 or self._starts_line(m):
                return tok.isalpha() and self.source[t.start[m]].isupper()
        return False

    def _closing_year(self, k: int) -> bool:
        """True if a 19xx or 20xx year at ``k`` closes its date: the text, the line, a
        clause or an aside ends after it ("(Deireadh Fómhair 22 2014)"). A word or a
        number after it may be what it counts ("Samhain 5 2000 duine", 2000 people) or
        a clock ("1930 hrs")."""
        return self._plain_year_at(k) and self._closes_after(k)

    def _closes_after(self, k: int) -> bool:
        """True if the text, its line, a clause or an aside ends right after the token at
        ``k``: the end of a date whose last part might otherwise count what follows."""
        nxt = self.t.text[k + 1]
        return nxt in _YEAR_LINK_ENDS or nxt in _ASIDE_CLOSES or self._ends_line(k)

    def _month_first_pair(self, j: int, k: int) -> bool:
        """True if the month at ``j`` and its day at ``k`` are one end of a dashed range
        whose other end is written so too, in a language that writes its day first:
        "Mai 30 – Juni 14" (a calendar's German, under "Pfingstferien 2020"). Both ends
        month first make the order sure; not a third pair on the chain ("Mai 30 – Juni
        14 – Juli 2", figures by month)."""
        t = self.t.text
        months = self.lex.months
        if t[k + 1] == "-":  # the start: the end after the dash ("Juli 30 – Sep. 13")
            m = k + 3 + (t[k + 3] == ".")
            return (
                t[k + 2] in months
                and t[m].isdigit()
                and len(t[m]) <= 2
                and t[m + 1] != "-"
                and t[j - 1] != "-"
            )
        s = j - 3 - (t[j - 3] == ".")
        return (  # the end: the start before the dash ("Sep. 30 – Oktober 14")
            t[j - 1] == "-"
            and t[j - 2].isdigit()
            and len(t[j - 2]) <= 2
            and t[s] in months
            and t[s - 1] != "-"
            and t[k + 1] != "-"
        )

    def _past_month_noun(self, k: int) -> int:
        """Past a "month" word at ``k``, after a month's name and before its day:
        Lithuanian "mėn.", with or without its dot ("Gruodžio mėn. 10 d.", "2024 m.
        liepos mėn 6 d."), Hungarian "hó" ("december hó 5."); ``k`` itself unless a day
        follows."""
        m = k + 1 + (self.t.text[k + 1] == ".")
        return m if self.t.text[m].isdigit() else k

    def _worded_month_first(self, j: int, k: int, month: int) -> Item:
        """A month and its Hungarian ordinal day in words at ``k`` ("augusztus huszadika",
        "március tizenötödikén"), with any year after it."""
        it = Item(j, k + 1, _HU_ORDINAL_DAYS[self.t.text[k]], month or 1)
        it.month_first = True
        it.month_options = self._options(j, month)
        it.month_settled = month != CONTESTED
        self._year_after(it)
        return it

    # -- times and zones ----------------------------------------------------------

    def times_and_zone(self, it: Item) -> None:
        t = self.t
        text = t.text
        n = t.n
        if it.last >= n:
            return  # the date ends the text
        tok = text[it.last]
        if (
            tok in _TIME_START_SIGNS
            or (tok in {",", "/"} and text[it.last + 1] in _THAT_IS)
            or (tok in {".", ","} and text[it.last + 1] == "(")
        ):
            j = self._time_start(it)
        elif tok == "." and text[it.last + 1] == "-" and it.year is not None:
            j = it.last + 1  # the year's ordinal dot, then a dash: "29.07.2013. - 7:35"
        elif tok in _NEXT_OR_LAST_AFTER and it.year is None:
            j = self._past_next_or_last(it.last)  # "3. nóv n.k. frá kl 13 -18"
        else:
            j = it.last  # the common case: nothing to step past
        # Nothing a time starts with (a digit, a clock word) from here on: most dates
        # in prose have no time. Inline: it runs for every date.
        if (
            not self.in_words
            and _DIGIT_RE.search(t.folded, t.start[j]) is None
            and _CLOCK_FIRST_WORDS.isdisjoint(text[j:n])
        ):
            return
        strong = False
        # A dash before a clock joins it to the date ("23 May 2019 - 09:21, by …", "Mon,
        # 03/09/2020 - 14:15", Drupal's default); a time word after the dash is strong.
        dashed = bulleted = text[j] == "-"
        if dashed:
            # A bullet opening the next line is a list's, not a byline's dash: "Irailak
            # 28, larunbata\n- 16:30 Ume jolasak".
            dashed = not self._starts_line(j)
            bulleted = not dashed
            j += 1
            if not dashed and text[j] == "-" and t.adjacent(j):
                j += 1  # a doubled bullet: "ΣΑΒΒΑΤΟ 25 ΜΑΡΤΙΟΥ 2023\n\n--07.00 Χαρμόσυνες"
            strong = text[j] in _STRONG_TIME_PREFIXES or (text[j] == "h" and self._hour_sign(j))
        near = text[j + 1 : j + 4]
        if (
            (":" in near or "-" in near)  # first: a colon or dash this close is rare
            and text[j].isalpha()
            and (bulleted or self._starts_line(j))
        ):
            if text[j + 1] != ":" and (colon := self._time_label(j)):
                # a time label of more words, its value the date's time (past a lone
                # dash line: "Domingo, 5 de Febrero de 2017\n-\nHora de Salida: 9 am."),
                # strong with its strong word ("Godzina rozpoczęcia: 9"); also a list's
                # next field, its label closed by a dash ("– deň konania volieb –
                # 29.10.2022\n\n– čas konania volieb – 7.00 – 20.00 hod.")
                strong = strong or not _STRONG_TIME_PREFIXES.isdisjoint(text[j:colon])
                j = colon + (text[colon] == "-")  # a dash is no prefix: past it
            elif (
                ":" in near
                and (text[j] not in _TIME_PREFIXES or text[j + 1] != ":")
                and (label := self._start_label_colon(j))
            ):
                j = label  # "14.06.2011\n\nKoosoleku algus: 19.00\n\nKoosoleku lõpp: 20.35"
            elif ":" in near and text[j] not in _TIME_PREFIXES:
                j = self._past_label_lines(j)  # "Locatie: Raadzaal\nAanvang: 19:30"
        paren = False
        tok = text[j]
        if tok in _START_TIME_LABELS and tok not in _TIME_PREFIXES and self._start_label_line(j):
            j += 1  # "25.10.2017\n\nAlgus kell 16:00, lõpp kell 17:20": past the start label
            tok = text[j]
        if tok in _TIME_PREFIXES or tok >= "\u2000" or tok in _TIME_LABELS:  # else no call
            j, strong, paren = self._prefixes(j, strong)
        # ISO "…T10:00" has no prefix; the core already consumed the "T".
        iso = j == it.last and text[j - 1] == "t" and it.numeric
        comma = strong or (
            text[j + 1] == "," and (self._comma_clock(j) or self._comma_hours_line(j))
        )
        first = self.time(j, True, comma)  # allow_bare; positional: see day_first
        if first is not None and not first[0].marked and self._title_ordinal(j):
            first = None  # the day's title: "10. AUGUST 2019: 1. skoledag\n\nKl. 9.00"
        if first is not None and j == it.last and self._dotted_day_month_at(j):
            return  # the next date of a table row: "24.-30. oktoober 2022 01.09. – 30.11."
        if (
            first is not None
            and dashed
            and text[it.last - 1] == "."
            and self._next_calendar_day(it, j)
        ):
            # a day range's end, both ends with their final dots: "10.05. – 15.05." is
            # 10 to 15 May, never the 10th at 15:05 (whatever follows: "02.06. u
            # knjižnici", Croatian "in", is no Dutch hour's "u")
            return
        if first is not None and dashed and self._month_day_end(it, j) is not None:
            return  # a range's end, month first after a year-first start: "2023.10.30.-11.03."
        if (
            first is not None
            and j == it.last + 1
            and text[it.last] == "/"
            and text[it.last - 1] == "."
            and it.month is None
            and self._dotted_day_month_at(j, True)
        ):
            return  # the second of two days after a day's dot: "Sa 12./13.12. Markt", not 13:12
        if (
            first is not None
            and (text[j - 1] in _CALENDAR_LIST_SIGNS or text[j - 1] in self.lex.list_words)
            and self._next_calendar_day(it, j)
        ):
            # "23.1. | 27.3. | 13.11.", "20.5., 11.11.", "06.06. und 04.07.": the list's
            # next day, not 11:11 or 04:07
            return
        # A time after "and" that comes right before another date is that date's ("à 22
        # heures le 23 décembre et à 18 heures le 24 décembre"); the set test first, so
        # no call without an "and".
        if (
            first is not None
            and j > it.last
            and not _AND_NOT_AT.isdisjoint(text[it.last : j])
            and self._date_follows(first[1])
            and not self._hours_end(first[1])  # "και ώρες 09.00-11.00": its range's end
        ):
            return
        if first is not None and dashed and not self.peeking and text[first[1]].isalpha():
            # "Monday 2nd October - 5pm on Monday 30th October 2023": the range's end,
            # its clock written before it (see Parser.expression), not this date's time
            self.peeking = True
            ends = self._full_date_after(first[1], need_year=False)
            self.peeking = False
            if ends:
                return
        after_words = first is None and not dashed
        far = False
        f = it.first
        # (inline: most dates have nothing to step past before the words)
        if after_words and not (j > it.last and self._sentence_ends_between(it.last, j)):
            first, strong, paren, far = self._time_after_words(j, strong, paren, it)
            # Not after an "until" just before the date ("até o dia 7 de setembro"): that
            # date ends a period, whose hours are no time of that day. Inline: most ask.
            if first is None and not (
                text[f - 1] in _UNTIL or text[f - 2] in _UNTIL or text[f - 3] in _UNTIL
            ):
                first, strong = self._far_time_range(j, strong, it.last)
                if first is None and text[f - 1] not in _FROM_WORDS:
                    first = self._far_clock(j, it.last)  # not a period's start's hours
                if first is None and text[it.last] == ":":
                    first = self._colon_title_clock(it)
                far = first is not None
        elif (
            after_words
            and not _START_WORDS.isdisjoint(text[j : j + _START_LABEL_WORDS + 1])
            and text[f - 1] not in _FROM_WORDS
            and text[f - 1] not in _UNTIL
        ):
            # a start word opening the next sentence with its clock, which the far clock
            # reads past that sentence's end alone ("… 30 de janeiro de 2021. Terá
            # início pelas 09 horas", "… 30. ledna 2021. Začátek koncertu je v 18.00")
            first = self._far_clock(j, it.last)
            far = first is not None
        elif first is None and dashed:
            first, strong = self._time_after_place(j, strong)
            if first is None:  # "26 Decembrie 2018 – se asigură program … în intervalul
                first, strong = self._far_time_range(j, strong, it.last)  # 8:30 – 13:30"
            if first is None and (it.first == 0 or self._opens_line(it.first)):
                first = self._line_end_clock(j, it.last)
                far = first is not None
            elif first is None and self._dashed_aside(it.first, j):
                first = self._far_clock(j, it.last)
                far = first is not None
        if first is None:
            first = self._column_clock(it)
            far = first is not None
        if first is None:
            first = self._programme_clock(it)
            if first is None:
                return
        t1, k = first
        if not _UPDATE_LABELS.isdisjoint(text[it.last : k]) and self._updated_before(it.last, k):
            return  # "23.09.2019 / atualizado às 18:51": the update's clock
        # the day noun on both sides: "as 18h00 do dia 21 de fevereiro e as 05h00 do dia 22"
        both = self._day_noun_after(k) and self._day_noun_after(it.first - 2)
        if self._of_the_day(k) and self._full_date_after(k, need_year=not both):
            # "dalle ore 6,00 del 4 novembre 2024 alle ore 24,00 del 15 dicembre 2024",
            # "às 23h59min do dia 15 de outubro de 2021": the next date's time, also after
            # a start without its year ("dalle ore 00.01 del 21 ottobre alle ore 23.59 del
            # 31 ottobre 2021"); when "of the day" with its noun names both days, the next
            # one's day and month will do
            return
        times = [t1]
        second = None if iso else self._end_time(k, strong or t1.marked, strong)
        if second is not None and it.year is not None and self._full_date_after(second[1]):
            # "06.01.2024 з 22:00 до 07:00 09.01.2024": the end time is the next date's,
            # left for the range's end (not 07:00 on the 7th)
            second = None
        if second is not None:
            times.append(second[0])
            k = second[1]
        if self._and_then(it.last) and self._dated_at(k):
            return  # "18 січня та з 05:00 до 10:00 19 січня": the next date's hours
        if not t1.marked and len(times) == 1 and not strong:
            return
        if after_words and not (strong or t1.marked or times[-1].marked):
            return  # "9 May, pages 10 and 12": no clock sign anywhere
        if (
            after_words
            and len(times) == 2
            and not _FROM_WORDS.isdisjoint(text[max(it.first - 2, 0) : it.first])
        ):
            # hours words after a period's start are each day's: "από τη Δευτέρα 30
            # Μαρτίου, οι πολίτες θα εξυπηρετούνται μόνο τις ώρες 09:00-13:00"
            return
        if not t1.marked and len(times) == 2:
            # "von 11 bis 18 Uhr": the marker covers both.
            t1.marked = True
        if (
            text[it.first - 1] in _CITATION_LINKS or text[it.first - 1] == ","
        ) and self._citation_year(it.first) is not None:
            return  # an act's date has no hour: "Decreto n.º 8/2020, 8 de novembro, … às 12:45"
        date_end = it.last
        it.times = times
        it.last = k
        self.zone(it, paren)
        if self._weekday_span_at(it.last):
            it.times, it.last = [], date_end  # "das 07h às 11h (segunda a sexta-feira)"
            return
        if far:
            self.far_time = (it.last, date_end)

    def _sentence_ends_between(self, m: int, j: int) -> bool:
        """True if a full stop between the date's end ``m`` and the words at ``j`` ends
        the date's sentence: a capitalised word follows it on its line, after a year, a
        month, an abbreviation's or a bracket's close ("am 30. November 2018. Die
        Geschäfte öffnen bereits um 10:00 Uhr", "2018m. balandžio 22 d.. Atvykimas iki
        10.30val.", "kovo 21 dieną (šeštadienį ). Pradžia 10.00 valandą"). A clock in
        the next sentence is not the date's (the Policy's far-clock row); one that opens
        it is read before the words ("sábado, día 1 de marzo. A partir das 20:30
        horas"), and one on the next line is the line-under-a-date row's. Not a day's
        ordinal dot ("Søndag 24. Palmesøndag kl. 18:00": the day's name), nor a word in
        capitals ("PETAK 14.LIPNJA 2024. GOD OD 16.30H": capitals throughout)."""
        t = self.t
        for n in range(m, j):
            if t.text[n] != "." or not t.text[n + 1].isalpha() or self._starts_line(n + 1):
                continue
            day_dot = t.text[n - 1].isdigit() and len(t.text[n - 1]) <= 2
            capitals = len(t.text[n + 1]) > 1 and self._in_capitals(n + 1)
            if self._sentence_ends_after(n) and not capitals and not day_dot:
                return True
        return False

    def _range_start_time(self, it: Item) -> None:
        """The time of a range's bare first day after its opener, when the range's end
        follows it ("Del 23 a les 19.00 h al 24 de juny de 2022 a les 00.00 h", "from 23
        at 7pm to 24 June"): the end's day, with its month, right after the time."""
        date_end = it.last
        self.times_and_zone(it)
        if len(it.times) == 1 and it.last - date_end <= 6:
            sep = self.separator(it.last)
            k = sep[1] if sep is not None and sep[0] == "range" else 0
            text = self.t.text
            if (
                k
                and text[k].isdigit()
                and len(text[k]) <= 2
                and any(self._month_or_range(m, ranges=False) for m in range(k + 1, k + 4))
            ):
                return  # "24 de juny", "24. Juni", "24 d'octubre"
        it.times, it.last = (), date_end

    def _programme_clock(self, it: Item) -> tuple[Time, int] | None:
        """The first entry's clock of a day's programme under a date heading, past the
        day's title on the heading's line and at most one short line between (a place,
        a league, the day's saint): "13 aprile 2025 – Domenica delle Palme\nOre 10.00:
        Chiesa …", "Pátek 19. dubna\n\nI. A třída, skupina A\n19:00 Štěrboholy – …",
        "RUGSĖJO 20 D.\n\nPrienų kultūros ir laisvalaikio centre\n\n14.00 val. – …".
        The date opens its line, and the clock opens its own with its minutes or clock
        word; a number on the way (another date, a count) ends the search. A date after
        the heading's title ends its line, and the line between is a label's, ended by
        its colon ("Remembrance Parade, Sunday 9 November 2025\n\nThe programme is as
        follows (all times a.m.):-\n\n1030   Form up"), as the Policy's row on a time
        under a date has it."""
        t = self.t
        text = t.text
        label = bool(it.first) and not self._opens_line(it.first)
        # a date that opens its line's prose (past "on", "this" or an article), the line
        # ended by a colon or its sentence's full stop: the clock opening the very next
        # line ("Este venres 8 de marzo terán lugar … varios actos polo Día Internacional
        # da Muller:\n12.00h. concentración", "Le samedi 30 juin l’école organise sa
        # fête.\nA partir de 13h30, …"); not a date in a name further on ("Program
        # obchodów Święta Konstytucji 3 Maja nie odbiega …:\n9:30 – Msza")
        prose = label and not self._ends_line(it.last - 1)
        f = it.first
        if prose and (
            (f > 2 and not (self._starts_line(f - 1) or self._starts_line(f - 2)))
            or self.source.find("\n", t.end[it.last - 1]) < 0  # no next line (most texts)
        ):
            return None
        k = it.last
        line = 0
        while line < _PROGRAMME_LINES:
            m = k
            while m < t.n and not self._starts_line(m):
                if m - k >= _PROGRAMME_LINE_TOKENS and not prose:
                    return None  # (a prose line's length is its sentence's: no limit)
                if text[m].isdigit() and not self._title_ordinal(m):
                    return None
                m += 1
            if m >= t.n:
                return None
            end, ends = text[m - 1], text[m - 2 : m]  # how the line before ends
            # a line that only names the programme is no line between ("27 d.,
            # sekmadienis\n\nMARIJAMPOLĖ\n\nPROGRAMA\n\n9.45 Registracija"), also under a
            # label's date ("DATA: 7 d'octubre de 2018.\n\nPROGRAMA I HORARI\n • 8:00 h")
            m = self._past_programme_headings(m)
            if text[m] in _PLACE_FIELD_LABELS:
                m = self._past_place_field(m)
            if m >= t.n or self._period_entry(m):
                return None
            if label and line and not (end == ":" or ends == [":", "-"]):
                return None  # a title's or a sentence's line, no label's
            if prose and (line or end not in _PROSE_LINE_ENDS):
                return None
            # past a letter bullet and its prefixes: "Ore 10.00", "dalle ore 17.00 alle
            # ore 18.00", "a) Ore 10.00"; a dash bullet, doubled too, as "•" and "*"
            # are prefixes ("…, con los siguientes actos:\n- 12h Misa", "--07.00")
            c = self._past_letter_bullet(m) if len(text[m]) == 1 else m
            if text[c] == "-":
                c += 1 + (text[c + 1] == "-" and t.adjacent(c + 1))
            if text[c].isalpha() and (colon := self._time_label(c)):
                # a time field's label ("Начало на литургията – 9,00 часа", "Heure –
                # 18h30", "Hora de inicio: 20 h")
                c = colon + 1
            c = self._prefixes(c, False)[0] if text[c] in _TIME_PREFIXES else c
            if text[c].isdigit():
                # "Голяма сцена:\n10,30 – 12,00 часа: …": decimal-comma hours too
                got = self.time(c, True, text[c + 1] == "," and self._comma_clock(c))
                if got is None and c == m:
                    got = self._tabbed_four_digits(c)
                if got is None or not got[0].marked:
                    return None
                # in prose, not a clock before the next entry's own date ("…
                # fête.\n14h00 le 2 juillet : …")
                return None if prose and self._date_follows(got[1]) else got
            if prose:
                return None
            line += 1
            k = m + 1
        return None

    def _past_place_field(self, m: int) -> int:
        """The start of the line after an event card's place field opening at ``m``
        ("Local: Portuguese Support Services (746 Barton St. East, Hamilton)", "Lugar:
        Calle Mayor 12"), when that line is the card's time field ("Horário: 10 am – 4
        pm", "Time: 10:00"); ``m`` otherwise. The value is a field's, as
        :meth:`_card_lines` has it (a bracketed aside, an address, aside), and the card
        spaces its fields alike: blank lines before the time field only where they
        stand before the place field too."""
        t = self.t
        if t.text[m + 1] != ":":
            return m
        k = m + 2
        words = depth = 0
        while k < t.n and not self._starts_line(k):
            depth += (t.text[k] == "(") - (t.text[k] == ")")
            words += not depth and t.text[k] != ")"
            if words >= _MOST_LABEL_VALUE or k - m >= _PLACE_FIELD_TOKENS:
                return m
            k += 1
        if k >= t.n or not t.text[k].isalpha() or self._gap(k) != self._gap(m):
            return m
        colon = self._label_colon(k)
        if not colon or not (t.text[colon - 1] in _TIME_PREFIXES or t.text[k] in _TIME_NOUNS):
            return m
        return k

    def _gap(self, k: int) -> int:
        """The line breaks between the token at ``k`` and the one before it."""
        return self.source.count("\n", self.t.end[k - 1], self.t.start[k])

    def _period_entry(self, m: int) -> bool:
        """True if the line that opens at ``m`` is a programme's entry timed by a part of
        the day, its label and its colon or dash before the entry's words on that line
        ("Mañana: Taller de Teatro en el CEIP", "Por la tarde – Merienda", "Morning:
        Registration"): the day's first entry, with no clock, so a clock on a line
        after it is a later entry's. A label alone on its line ("Tarde:\n17:00 …")
        heads the entries under it, whose first clock the day's is."""
        text = self.t.text
        for p in range(m, m + 3):
            if text[p] in _PERIOD_LABELS:
                sign = p + 1
                return text[sign] in _LABEL_SIGNS and not self._ends_line(sign)
            if not text[p].isalpha():
                return False
        return False

    def _past_programme_headings(self, m: int) -> int:
        """Where the line after the heading lines from ``m`` opens, lines that only name
        the programme: programme and schedule words, joined by "and", a colon at most
        ("PROGRAMA", "PROGRAMA I HORARI", "Programm und Zeitplan:"); ``m`` if there are
        none."""
        t = self.t
        text = t.text
        while text[m] in _PROGRAMME_HEADING_WORDS:
            k = m + 1
            while k < t.n and not self._starts_line(k):
                tok = text[k]
                if tok not in _PROGRAMME_HEADING_WORDS and tok not in _PROGRAMME_HEADING_LINKS:
                    return m
                k += 1
            m = k
        return m

    def _title_ordinal(self, m: int) -> bool:
        """True if the number at ``m`` is an ordinal opening a day's title after the
        date's colon or dash ("LØRDAG DEN 10. AUGUST 2019: 1. skoledag", "Sonntag, 1.
        Dezember 2024 – 1. Advent"): its dot, then a word that names no month or
        weekday."""
        text = self.t.text
        word = text[m + 2]
        return (
            text[m - 1] in {":", "-"}
            and len(text[m]) <= 2
            and text[m + 1] == "."
            and word.isalpha()
            and word not in self.lex.months
            and word not in self.lex.weekdays
        )

    def _opens_line(self, i: int) -> bool:
        """True if the token at ``i`` opens its line, also behind a Maltese article glued
        to it ("Is-Sibt, 16 ta’ Settembru 2017") or a bracket that opens the line ("(15
        Aralık 2023, Cuma)\n\n9:30 Hoşgeldiniz": a programme's heading), or behind the
        word "day" that opens the line ("Dia 23 de Setembro – Domingo\n06:00 – Ofício"),
        or behind a programme day's numbered label ("1º. Dia: 6/10/2016 –
        Quinta-feira\n05h00 – Alvorada")."""
        if self._starts_line(i):
            return True
        text = self.t.text
        if text[i - 1] in _ASIDE_OPENS or text[i - 1] in _DAY_NOUNS:
            return i == 1 or self._starts_line(i - 1)
        if text[i - 1] in _LABEL_SIGNS and self._numbered_day_label(i - 1):
            return True
        return (
            text[i - 1] == "-"
            and text[i - 2] in _GLUED_ARTICLES
            and self.t.adjacent(i - 1)
            and self.t.adjacent(i)
            and (i == 2 or self._starts_line(i - 2))
        )

    def _numbered_day_label(self, k: int) -> bool:
        """True if a programme day's numbered label that opens its line ends with its
        colon or dash at ``k``: "Dia 1:", "Day 2 –", "Jour 1 :", the ordinal first too
        ("1º. Dia:", "2º Dia –", "1. Tag:")."""
        text = self.t.text
        k -= 1
        if text[k].isdigit():  # "Dia 1:"
            k -= 1
            if text[k] not in _DAY_LABEL_NOUNS:
                return False
        else:
            if text[k] not in _DAY_LABEL_NOUNS:
                return False
            k -= 1 + (text[k - 1] == ".")
            if text[k] in _ORDINAL_SUFFIXES and self.t.adjacent(k):
                k -= 1
            if not (text[k].isdigit() and len(text[k]) <= 2):
                return False
        return k == 0 or self._starts_line(k)

    def _past_letter_bullet(self, j: int) -> int:
        """Past a letter used as a list's bullet opening its line at ``j``, in any
        script, and its sign, before a programme's clock ("ΠΕΜΠΤΗ 28 ΟΚΤΩΒΡΙΟΥ
        2021\n\nΑ - Στις 10:30 π.μ. Επίσημη Δοξολογία", "a) 22.30 horas: pasacalles",
        "Б. 19:00 Концерт"), as a dash bullet is passed; ``j`` itself if there is none.
        Only at a line's start: in running text a lone letter is a word ("a las 10");
        nor Italian "h." (ore: "h. 10 Santa Messa"), a strong prefix of its own."""
        text = self.t.text
        if (
            len(text[j]) == 1
            and text[j + 1] in _LETTER_BULLET_SIGNS
            and text[j].isalpha()
            and self._starts_line(j)
            and not self._hour_sign(j)
        ):
            return j + 2
        return j

    def _tabbed_four_digits(self, j: int) -> tuple[Time, int] | None:
        """A programme's clock in four digits without a colon, opening the first line
        with a number under its date heading and set apart from its entry by a tab, two
        spaces or more, or a blank line ("ΤΕΤΑΡΤΗ 28 ΟΚΤΩΒΡΙΟΥ 2015\n\n0800    \n  •
        Έπαρση Σημαίας", "1030                    Form up"). Narrow on purpose, as four
        digits at a line's start are mostly a year or a code: never 1900–2099 (a year),
        and never with one space before its words, as a postcode and its town ("0150
        Oslo") or a year in a timeline ("1850 The town hall is built") are written."""
        t = self.t
        tok = t.text[j]
        if len(tok) != 4 or tok[:2] in _PLAIN_CENTURIES or j + 1 >= t.n or t.text[j + 1].isdigit():
            return None
        gap = self.source[t.end[j] : t.start[j + 1]]
        if len(gap) < 2 and "\t" not in gap:
            return None
        return self._four_digit_time(j)

    def _comma_clock(self, j: int) -> bool:
        """True if the decimal-comma number at ``j`` is a clock: a range of such hours
        ending with an hour word, or a programme line's opening time."""
        return self._marked_comma_range(j) or self._programme_entry(j)

    def _programme_entry(self, j: int) -> bool:
        """True if the comma time at ``j`` opens a programme's line, a dash and its
        entry's words after it ("JUEVES SANTO ( 24 MARZO)\n\n12,00 - CELEBRACIÓN …"):
        a clock, not a price."""
        text = self.t.text
        return (
            len(text[j + 2]) == 2
            and text[j + 3] == "-"
            and text[j + 4].isalpha()
            and self._starts_line(j)
        )

    def _comma_hours_line(self, j: int) -> bool:
        """True if the comma time at ``j`` opens the line right under its date and a
        dash and the end's comma time end that line ("ŠTVRTOK, 9.11.2023:\n16,00 – 17,00
        \nVýber …", as "16:00 – 17:00" there): the day's hours, not prices (which carry
        their currency). Not past a line between (a label's: "Vstupné\n10,00 - 12,00")."""
        text = self.t.text
        return (
            len(text[j + 2]) == 2
            and text[j + 3] == "-"
            and text[j + 5] == ","
            and text[j + 4].isdigit()
            and len(text[j + 6]) == 2
            and self._ends_line(j + 6)
            and self._starts_line(j)
        )

    def _past_label_lines(self, j: int) -> int:
        """Past at most two short "Label: value" lines of an event card to the time label
        line after them ("Datum: 7 april 2022\nLocatie: Raadzaal\nAanvang: 19:30",
        "Venue: Town Hall\nTime: 10:00", "Istungi kuupäev: 16.04.2020\nIstungi number:
        8\nIstungi aeg: 16:00 - 20:20"), to the label's last word; ``j`` itself if no time
        label line follows."""
        for k in self._card_lines(j):
            colon = self._label_colon(k)
            word = self.t.text[colon - 1]
            if colon and (word in _TIME_PREFIXES or word in _TIME_LABELS):
                return colon - 1
            if colon and self.t.text[k] in _TIME_NOUNS:
                return colon  # "Lugar: Plaza Mayor\nHora de Salida: 9 am"
        return j

    def _end_label_past_card(self, j: int) -> int:
        """The index after an end label that opens a line of the event card whose
        "Label: value" line is at ``j`` (see :meth:`_card_lines`), or 0."""
        for k in self._card_lines(j):
            if self.t.text[k] in _END_LABEL_WORDS and (label := self._end_label(k)):
                return label
        return 0

    def _card_lines(self, j: int) -> Iterator[int]:
        """The starts of the next lines of an event card after the "Label: value" line
        at ``j``, past at most two such lines; none after a long value, a blank line or
        the text's end."""
        t = self.t
        k = j
        for _ in range(2):
            colon = self._label_colon(k)
            if not colon:
                return
            m = colon + 1
            while m < colon + _MOST_LABEL_VALUE and m < t.n and not self._starts_line(m):
                m += 1
            if (
                m == t.n
                or not self._starts_line(m)
                or self.source.count("\n", t.end[m - 1], t.start[m]) > 1
            ):
                return  # a long value, the text's end or a blank line: no card
            yield m
            k = m

    def _time_label(self, k: int) -> int:
        """The colon after a label of one to three words at ``k`` whose first or last
        word names the time ("Hora de Salida:", "Heure de départ :", "Departure
        time:"), or the spaced dash that closes it instead ("– čas konania volieb –
        7.00", "Čas – 18.00 hod.": a dash-labelled list's field), before a clock with
        its minutes only, as a dash is no label's sign of its own ("– čas trvania – 2
        hodiny" is how long); 0 if there is none."""
        colon = self._label_colon(k, dash=True)
        text = self.t.text
        if not colon:
            return 0
        # a start noun opening a dash-closed label names the time as well ("Начало на
        # литургията – 9,00 часа", "Beginn der Messe – 18.30 Uhr")
        if not (
            text[k] in _TIME_NOUNS
            or text[colon - 1] in _TIME_NOUNS
            or (text[colon] == "-" and text[k] in _START_WORDS)
        ):
            return 0
        if text[colon] == "-" and not (
            text[colon + 1].isdigit()
            and len(text[colon + 3]) == 2
            and text[colon + 3].isdigit()
            and (
                text[colon + 2] in _CLOCK_SEPARATORS
                or text[colon + 2] == "h"  # "Début de la messe – 18h30"
                # a decimal-comma clock with its hour word ("9,00 часа", "18,30 Uhr")
                or (text[colon + 2] == "," and text[colon + 4] in _HOUR_MARKERS)
            )
        ):
            return 0
        return colon

    def _label_colon(self, k: int, dash: bool = False) -> int:
        """The colon after a label of one to three words at ``k`` ("Locatie:", "Istungi
        number:"), with ``dash`` also a spaced dash in its place; 0 if there is none."""
        t = self.t
        text = t.text
        for m in range(k, k + 3):
            if not text[m].isalpha():
                return 0
            if text[m + 1] == ":" or (dash and text[m + 1] == "-" and not t.adjacent(m + 1)):
                return m + 1
        return 0

    def _start_label_colon(self, j: int) -> int:
        """Past the colon of a start label of one to three words that opens the line at
        ``j`` under the date (past blank or whitespace-only lines), its object named
        before or after it ("Koosoleku algus:", "Meeting start:", "Beginn der Sitzung:",
        "Začátek schůze:"), when an end label opens a later line right after its clock
        ("14.06.2011\n\n \n\nKoosoleku algus: 19.00\n\n \n\nKoosoleku lõpp: 20.35"):
        the date's hours, as "Algus kell 16:00, lõpp kell 17:20" there (see
        :meth:`_start_label_line`); 0 otherwise. Narrow: a start label alone opens a
        paragraph of its own."""
        text = self.t.text
        colon = self._label_colon(j)
        if not colon or _START_TIME_LABELS.isdisjoint(text[j:colon]):
            return 0
        start = self.time(colon + 1, allow_bare=False)
        if start is None or not self._starts_line(k := start[1]):
            return 0
        ends = (text[k] in _END_TIME_LABELS and text[k + 1] == ":") or self._named_again_end_label(
            k
        )
        return colon + 1 if ends else 0

    def _named_again_end_label(self, k: int) -> bool:
        """True if an end label of two or three words opens the line at ``k`` after a
        start label's clock, the start's object named again ("Koosoleku algus: 19.00\n
        Koosoleku lõpp: 20.35", "Meeting start: 7:00 pm\nMeeting end: 9:00 pm"): one end
        word, its other words the start label's (at most eight tokens back)."""
        text = self.t.text
        colon = self._label_colon(k)
        if colon < k + 2 or not self._starts_line(k):
            return False
        label = text[k:colon]
        before = text[max(k - 8, 0) : k]
        ends = [w for w in label if w in _END_TIME_LABELS]
        return len(ends) == 1 and all(w in ends or w in before for w in label)

    def _label_ends(self, m: int) -> bool:
        """True if the label word at ``m`` ends with a colon or is a line of its own
        ("Eindtijd: 19:30", "Aanvang\n16:00\nEindtijd\n19:30")."""
        return self.t.text[m + 1] == ":" or (self._starts_line(m) and self._starts_line(m + 1))

    def _dotted_day_month_at(self, j: int, any_word: bool = False) -> bool:
        """True if a solid "d.m." with its final dot and a month number is at ``j``
        ("01.09."): a date, where "10.30." is a sentence's last clock; also before a
        word in lower case, after which that dot ends no sentence ("ab 10.06. gilt"), or
        before any word with ``any_word`` (where a day before it says it is a date)."""
        t = self.t
        text = t.text
        return (
            text[j + 1] == "."
            and text[j + 3] == "."
            and text[j + 2].isdigit()
            and 1 <= int(text[j + 2]) <= 12
            and all(t.adjacent(j + n) for n in (1, 2, 3))
            and text[j + 4] not in _HOUR_MARKERS
            and (
                any_word
                or not text[j + 4].isalpha()
                or self.source[t.start[j + 4] : t.end[j + 4]].islower()
            )
        )

    def _weekday_span_at(self, k: int) -> bool:
        """True if a span of weekdays follows hours at ``k`` ("07h às 11h (segunda a
        sexta-feira)", "9:00-13:00, Monday to Friday", "9-13 Uhr (Mo-Fr)"): the hours
        are daily opening hours, not the date's time."""
        text = self.t.text
        if text[k] in _WEEKDAY_SPAN_LEADS:
            k += 1
            if text[k] in _WEEKDAY_SPAN_LEADS:
                k += 1  # "(du lundi au vendredi)"
        if not self._weekday_name(k):
            return False
        k += 3 if text[k + 1] == "-" and text[k + 2] == "feira" else 1
        return text[k] in _DAY_RANGE_SIGNS and self._weekday_name(k + 1)

    def _weekday_name(self, k: int) -> bool:
        tok = self.t.text[k]
        return tok in self.lex.weekdays or tok in self.lex.short_weekdays

    def _next_calendar_day(self, it: Item, j: int) -> bool:
        """True if the "time" at ``j`` is the next year-less day of a calendar list of
        dotted days and months ("4.9. | 13.11. | 11.12."): "d.m." with its final dot."""
        t = self.t
        if not (it.numeric and it.year is None):
            return False
        day, month = t.text[j], t.text[j + 2]
        return (
            t.text[j + 1] == "."
            and t.text[j + 3] == "."
            and t.adjacent(j + 3)
            and month.isdigit()
            and 1 <= int(month) <= 12
            and 1 <= int(day) <= 31
        )

    def _prefixes(self, j: int, strong: bool) -> tuple[int, bool, bool]:
        """Past the words and signs before a time; whether one is strong ("kl. 10-12",
        "dalle 9 alle 13": bare hours are times after these) and one a bracket. Five
        steps cover ", a partire dalle ore 13.30" and "ab ca. 19 Uhr"."""
        t = self.t
        text = t.text
        paren = False
        steps = 0
        while (
            j < t.n
            and steps < 5
            and (
                text[j] in _TIME_PREFIXES
                or (text[j] >= "\u2000" and _pictograph(text[j]))
                or (text[j] in _TIME_LABELS and self._label_ends(j))  # "Laiks\n17:00"
                # a programme's bullet under a heading's colon: "Jueves 24 de agosto:\n-
                # 22.30 horas: pasacalles …" ("•" and "*" are prefixes already)
                or (text[j] == "-" and self._starts_line(j))
            )
        ):
            if text[j] == "h" and not (text[j + 1].isdigit() or text[j + 1] == "."):
                break  # "h. 17.00" is Italian "ore"; "h" before a word is no prefix
            if text[j + 1] in {"-", "'"} and t.adjacent(j + 1) and text[j].isalpha():
                j += 1  # a glued Maltese article or preposition: "fil-5.30pm", "f’nofsinhar"
            strong = (
                strong
                or text[j] in _STRONG_TIME_PREFIXES
                or (text[j] == "h" and self._hour_sign(j))
                or (text[j] == "a" and _hour_article(text, j, self._sentence_ends_after))
            )
            paren = paren or text[j] == "("
            j += 1
            steps += 1
        return j, strong, paren

    def _hour_sign(self, j: int) -> bool:
        """True for an Italian "h" (ore) before its hour: "h 21", "h. 21:00"; in lower
        case ("H 2" is a building)."""
        t = self.t.text
        if t[j] != "h" or self.source[self.t.start[j]] != "h":
            return False
        return t[j + 1].isdigit() or (t[j + 1] == "." and t[j + 2].isdigit())

    def _past_next_or_last(self, k: int) -> int:
        """Past an Icelandic "next" or "last" abbreviation at ``k`` (see
        :data:`_NEXT_OR_LAST_AFTER`); ``k`` itself when there is none."""
        text = self.t.text
        for words, _ in _NEXT_OR_LAST_AFTER[text[k]]:
            if tuple(text[k : k + len(words)]) == words:
                return k + len(words)
        return k

    def _time_start(self, it: Item) -> int:
        """Where a time after the date may start: past a bracketed aside ("1. Mai (Tag der
        Arbeit) von 9 bis 17 Uhr", a weekday after the year's dot), the bracket around
        the date ("(7-3) στις 7 το απόγευμα"), or a restated weekday ("10. mája, t.j. v
        piatok o 18,00 hod.")."""
        t = self.t
        j = it.last
        if (
            t.text[j] in {".", ","}
            and t.text[j + 1] == "("
            and (day := self.weekday(j + 2))
            and t.text[day[1]] == ")"
        ):
            # the year's ordinal dot: "17. srpnja 2023. (ponedjeljak) od 7:00"; a comma:
            # "do 6.02.2026 r.,(piątek) do godz. 15.00", "31 de março de 2025,
            # (segunda-feira), pelas 19h30" (a weekday of two words)
            if it.weekday is None or it.weekday == day[0]:
                it.weekday = day[0]  # checked against the date like any weekday
            j = day[1] + 1  # past its bracket ("(2ª feira)" is no aside of words)
        j = self._skip_aside(j) if t.text[j] == "(" else j
        if t.text[j] == ")" and t.text[it.first - 1] == "(":
            j += 1
        k = j + (t.text[j] in {",", "/"})  # "30. apríla 2021 /t.j. piatok/ o 16:00"
        past = self._past_that_is(k)
        if past > k:
            k = past + (t.text[past] in _WEEKDAY_PREPOSITIONS)
            k += t.text[k] in DIRECTION_BEFORE  # "október harmadikán, vagyis jövő hétfőn"
            day = self.weekday(k)
            if day is not None and (it.weekday is None or it.weekday == day[0]):
                it.weekday = day[0]  # checked against the date like any weekday
                return day[1]
        return j

    def _marked_comma_range(self, j: int) -> bool:
        """ "od 12,00 do 15,00 sati", "de 10,00 a 13,00 horas": decimal-comma hours are
        times when the range ends with an hour word."""
        t = self.t.text
        if not (t[j].isdigit() and t[j + 1] == "," and t[j + 2].isdigit()):
            return False
        m = j + 3
        while m < j + 6 and t[m] in _TIME_RANGE_WORDS:
            m += 1
        return (
            m > j + 3
            and t[m].isdigit()
            and t[m + 1] == ","
            and t[m + 2].isdigit()
            and t[m + 3] in _HOUR_MARKERS
        )

    def _time_after_place(self, j: int, strong: bool) -> tuple[tuple[Time, int] | None, bool]:
        """A programme's "date – place – time" ("VENERDI 5 Maggio – Duomo di Penne – dalle
        ore 15.30", "Samedi 5 mai – Salle des fêtes – 20h30", "1 юни - Деня на детето, от
        11:00 часа"): up to four words after a dash, then a dash or comma, then a time
        behind a strong prefix or with its clock word; a bare clock ("23 May 2019 -
        Brussels - 09:21") stays a byline's. Without the second dash, a span of marked
        hours behind a prefix ("Fredag 15. september - seks timer kultur fra 17.00 –
        23.00")."""
        t = self.t.text
        k = j
        while k < j + 4 and t[k].isalpha():
            k += 1
        if k == j:
            return None, strong
        if t[k] not in {"-", ","}:
            return self._span_after_title(j, strong)
        k, strong_here, _ = self._prefixes(k + 1, False)
        first = self.time(k, allow_bare=strong_here)
        if first is None or not (strong_here or first[0].worded or self._worded_end(first[1])):
            return None, strong
        return first, strong or strong_here

    def _dashed_aside(self, first: int, j: int) -> bool:
        """True if the words from ``j``, after the dash behind a date inside a sentence
        (a word in lower case or "on" before it), are an aside that a comma closes, its
        sentence going on after it: "честването на 2 юни – Ден на Ботев и на загиналите
        за свободата …, ще започне в 10:00 ч." reads on to its far clock as "на 2 юни,
        Ден на Ботев …, ще започне" does. A dateline's dash ("BRUSSELS, 12 March 2024 –
        The council …") has no such word before its date."""
        t = self.t
        text = t.text
        before = text[first - 1]
        if not before.isalpha() or not (
            before in _DAY_PREPOSITIONS or self.source[t.start[first - 1]].islower()
        ):
            return False
        k = j
        while k < j + _FAR_CLOCK_TOKENS and text[k].isalpha():
            k += 1
        return k > j and text[k] == ","

    def _worded_end(self, k: int) -> bool:
        """True if a time range's end after ``k`` has its clock word ("11.9.2020 – piatok
        – 10.00 – 20.00 h")."""
        end = self._end_time(k, False, False)
        return end is not None and end[0].worded

    def _span_after_title(self, j: int, strong: bool) -> tuple[tuple[Time, int] | None, bool]:
        """A span of hours after a dash and an entry's title, on the date's line: behind
        a prefix ("Fredag 15. september - seks timer kultur fra 17.00 – 23.00"), or right
        after the title with a clock word on either end ("22 March - Saturday morning Toy
        Swap 10.30am - 1pm", "27 March - stamps afternoon 2-4pm"; "- Room 12-14" is none)."""
        t = self.t
        k = j
        while k < j + _FAR_WORDS and t.text[k].isalpha():
            k += 1
        p = k
        while p > j + 1 and t.text[p - 1] in _TIME_PREFIXES:
            p -= 1  # the words' last ones are the hours' prefixes: "fra 17.00"
        m, strong_here, _ = self._prefixes(p, False)
        if "\n" in self.source[t.start[j] : t.start[m]]:
            return None, strong  # the next line is its own entry
        first = self.time(m, allow_bare=p == k and not self._title_number(m))
        end = None if first is None else self._end_time(first[1], False, strong_here)
        if first is None or end is None or (p == k and not (first[0].worded or end[0].worded)):
            return None, strong
        return first, strong or strong_here

    def _end_time(self, k: int, comma: bool, strong: bool) -> tuple[Time, int] | None:
        """The end of a time range after the start time ending at ``k``: past range words
        ("-", "bis", "til") and the end's own clock word ("til kl. 19.00", "bis ca. 21
        Uhr"); ``None`` when no end time follows."""
        t = self.t
        text = t.text
        m, steps = k, 0
        while steps < 3 and _time_range_word(text, m):
            m, steps = m + 1, steps + 1
        if (
            text[k] in _TIME_AND_WORDS
            and text[k + 1] in _END_VERBS
            and self._start_word_before_time(k)
        ):
            # a start verb with its hour, "and" an end verb with its own: the hours
            # ("iniciando às 14h e encerrando às 18h", "comienza a las 14h y termina a
            # las 18h", "iniziando alle 14 e terminando alle 18")
            m = self._end_time_at(k + 1)
            strong = not _STRONG_TIME_PREFIXES.isdisjoint(text[k + 2 : m]) or (
                text[k + 2] == "a" and _hour_article(text, k + 2)
            )
            end = self.time(m, allow_bare=strong, comma=comma, end=True)
            return end if end is not None and (strong or end[0].marked) else None
        if (
            ((steps == 1 or text[k + 1] in _AT_AFTER_AND) and text[k] in _TIME_AND_WORDS)
            or (text[k] in _AND_WORDS and _own_prefix_after_and(text, k))
        ) and not self._between_before(k):
            # "om 10.00 en 14.00 uur", "a les 9.30h i a les 16h", each with its own "at"
            # ("klo 16.00 ja klo 17.00", "στις 10:00 και στις 14:00"): two times;
            # "tussen 10.00 en 14.00" a span
            return None
        if text[m] == "u" and text[m + 1] in _GLUED_RANGE_WORDS:
            m += 1  # Maltese "mill-17:30 u sad-21:00" (and until), "u" not read as "uur"
        elif not steps and text[m] == "u" and self._between_before(k):
            # Maltese "bejn id-9.00am u l-11.00am" (between … and …), past the end's
            # glued article
            m, steps = m + 1, 1
            if text[m] in _GLUED_ARTICLES and text[m + 1] == "-" and t.adjacent(m + 1):
                m += 2
        if text[m] in _GLUED_RANGE_WORDS and text[m + 1] == "-" and t.adjacent(m + 1):
            m, steps = m + 2, steps + 1
        if not steps and text[m] in _END_TIME_LABELS and self._label_ends(m):
            # "Aanvang: 19:30\nEinde: 22:30", "Aanvang\n16:00\nEindtijd\n19:30"
            return self.time(m + 1 + (text[m + 1] == ":"), allow_bare=False, end=True)
        if (
            not steps
            and (text[m + 2] == ":" or text[m + 3] == ":")
            and self._named_again_end_label(m)
        ):
            # the start label's object named again: "Koosoleku algus: 19.00\n\nKoosoleku
            # lõpp: 20.35", "Beginn der Sitzung: 19 Uhr\nEnde der Sitzung: 21 Uhr"
            return self.time(self._label_colon(m) + 1, allow_bare=False, end=True)
        if not steps and (text[m] == "." or text[m] == ",") and (field := self._end_field(k, m)):
            # a card's line of labelled fields after the start's own: "Comienzo: 19:00
            # horas. Finalización: 20:10", "Début : 19h00. Fin : 20h10"
            return self.time(field, allow_bare=False, end=True)
        if not steps and text[m] == ",":
            c = m + 1
            if text[c + 1] in _END_TIME_LABELS and text[c].isalpha():
                # the start's object named again: "posėdžio pradžia 11.00 val., posėdžio
                # pabaiga 13.15 val." (the meeting's start, the meeting's end)
                c += text[c] in text[max(k - 8, 0) : k]
            if text[c] in _END_TIME_LABELS:
                # the end's label after a comma, then its clock: "Algus kell 9:30, lõpp
                # kell 12:30", "start 9:30, end 12:30", "završetak u 13.15 sati"
                return self._labelled_end_time(c)
        if (
            not steps
            and text[m] in _END_TIME_LABELS
            and self._start_word_before_time(k, _START_TIME_LABELS)
        ):
            # a start label's clock, then the end label's without a comma: "algus kell
            # 12.00 lõpp 13.45", "Beginn 10 Uhr Ende 12 Uhr", "début 10h fin 12h"
            return self._labelled_end_time(m)
        if (
            not steps
            and text[k - 1] in _FROM_HOUR_WORDS
            and (
                text[k + 1] in _HOUR_MARKERS
                or (text[k + 1] in _CLOCK_SEPARATORS and text[k + 3] in _HOUR_MARKERS)
            )
        ):
            return self.time(k, allow_bare=True, end=True)  # "14 órától 20 óráig", "15.00 óráig"
        if text[k + 1] in _HU_FROM_HOUR_ENDINGS and text[k] == "-" and t.adjacent(k + 1):
            return self._case_ending_end(k + 2)  # "9-től 16-ig"
        if not steps and (text[k - 1] == "etatik" or (text[k] == "etatik" and t.adjacent(k))):
            # Basque "from" and "to" glued to the hours: "10etatik 13etara", "10:00etatik"
            m = k + (text[k] == "etatik")
            if text[m].isdigit() and t.text[m + 1 + 2 * (text[m + 1] == ":")] == "etara":
                return self.time(m, allow_bare=True, end=True)
        if not steps:
            return None
        while steps < 6 and text[m] in _END_TIME_PREFIXES:
            strong = strong or text[m] in _STRONG_TIME_PREFIXES
            m, steps = m + 1 + (text[m + 1] == "."), steps + 1
        end = self.time(m, allow_bare=strong, comma=comma, end=True)
        if end is not None and not end[0].marked and self._day_of_a_date(end[1]):
            return None  # "@ 18:00 – 13/03/2021", "kell 8.00 kuni 20. märts": the next day
        return end

    def _end_field(self, k: int, m: int) -> int:
        """Where the end time's value starts after the full stop or comma at ``m``, when
        the start time ending at ``k`` is a start label's field and an end label's
        field follows on the card: both labels of one to three words closed by their
        colons ("Comienzo: 19:00 horas. Finalización: 20:10", "Hora de inicio: 19:00,
        hora de finalización: 20:10", "Início: 19h00. Término: 20h10", "Start: 7 pm.
        End: 8:10 pm"); 0 otherwise. A full stop ends a sentence elsewhere ("Inicio:
        19:00. Fin de fiesta con …"): the colons make the two fields."""
        text = self.t.text
        colon = self._label_colon(m + 1)
        if not colon or _END_TIME_LABELS.isdisjoint(text[m + 1 : colon]):
            return 0
        for c in range(k - 1, max(k - 8, 0), -1):
            if text[c] == ":" and text[c - 1].isalpha() and text[c - 1] not in _AFTER_HOUR:
                # the start label's colon, past the clock's own tokens: one to three
                # words before it, one of them a start word
                return 0 if _START_TIME_LABELS.isdisjoint(text[max(c - 3, 0) : c]) else colon + 1
            if not (text[c].isdigit() or text[c] in _AFTER_HOUR):
                return 0
        return 0

    def _labelled_end_time(self, c: int) -> tuple[Time, int] | None:
        """The clock after the end label at ``c`` ("lõpp kell 12:30", "end 12:30"), marked
        or a bare hour after a strong prefix ("loppu klo 12"; "Ende 14.6." is a day)."""
        c, strong, _ = self._prefixes(c + 1, False)
        return self.time(c, allow_bare=strong, end=True) if self.t.text[c].isdigit() else None

    def _start_word_before_time(self, k: int, words: frozenset[str] = _START_WORDS) -> bool:
        """True if a start word (of ``words``) stands right before the time that ends at
        ``k``, past the time's own tokens and prefixes only ("iniciando às 14h", "comienza
        a las 14"), where :meth:`_start_before` allows any words of the sentence between."""
        text = self.t.text
        for m in range(k - 1, k - 7, -1):
            tok = text[m]
            if tok in words:
                return True
            if not (tok.isdigit() or tok in _AFTER_HOUR or tok in _TIME_PREFIXES):
                return False
        return False

    def _case_ending_end(self, m: int) -> tuple[Time, int] | None:
        """The end hour at ``m`` of Hungarian hours marked by their case endings alone
        ("A múzeum 2017. október 23-án 9-től 16-ig nyitva tart"), "until" glued to it
        ("16-ig") or its hour word ("16 óráig"). A date's own day is read before its
        time, so after a month the pair stays a range of days ("október 9-től 16-ig")."""
        t = self.t
        end = self.time(m, allow_bare=True, end=True)
        if end is None:
            return None
        k = end[1]
        if t.text[k] == "-" and t.text[k + 1] == "ig" and t.adjacent(k) and t.adjacent(k + 1):
            end[0].marked = True  # "16-ig", "16.00-ig"
            return end[0], k + 2
        return end if end[0].marked else None

    def _between_before(self, k: int) -> bool:
        """True if "between" stands before the time that ends at ``k`` (a few tokens
        back: "bejn id-9.00am") or after the next one (Hungarian "10 és 12 óra között")."""
        text = self.t.text
        return any(text[m] in BETWEEN_WORDS for m in range(max(k - 8, 0), k)) or any(
            text[m] in _BETWEEN_AFTER for m in range(k + 2, k + 6)
        )

    def _day_of_a_date(self, k: int) -> bool:
        """True if the bare number before ``k`` is a date's day: a numeric date's month
        and year follow it, glued, or its ordinal dot or Romance "of" and a month name
        ("al 24 de juny", "fins al 3 d'octubre")."""
        text = self.t.text
        if text[k] in {"de", "d"}:
            return text[k + 1 + (text[k + 1] == "'")] in self.lex.months
        return self._numeric_date_rest(k) or (text[k] == "." and text[k + 1] in self.lex.months)

    def _numeric_date_rest(self, k: int) -> bool:
        """True if a numeric date's month and year follow, glued, the day number before
        ``k`` ("13/03/2021", "13.03.2021")."""
        t = self.t
        text = t.text
        return (
            text[k] in _NUMERIC_SEPARATORS
            and text[k + 2] == text[k]
            and text[k + 1].isdigit()
            and text[k + 3].isdigit()
            and all(t.adjacent(n) for n in range(k, k + 4))
        )

    def _time_after_words(
        self, j: int, strong: bool, paren: bool, it: Item
    ) -> tuple[tuple[Time, int] | None, bool, bool, bool]:
        """Words between the date and a time ("Montag, 11. November 2024, findet um
        11:11 Uhr", "1η Σεπτεμβρίου 2025, ημέρα Δευτέρα και ώρα 16.30", "en horario de 17
        a 19 horas"): up to two plain words, then time prefixes and a time (a bare hour
        only with its range's marked end or a strong prefix, see the caller), or a time
        with its clock word right after the words ("doors open 6.30pm", "Einlass 18
        Uhr"); with the prefixes' strength. Up to five words before a strong prefix, in
        the same clause ("sâmbătă, 16 mai, iar startul va fi dat la ora 12.00")."""
        t = self.t
        k = past = self._past_words(j, _MOST_WORDS_BEFORE_TIME)
        if t.text[k] == "(" and k > j:
            # a place's bracketed town: "in piazza Italia (Samarate) dalle ore 20.30"
            k = self._skip_aside(k)
        if k == j:
            return None, strong, paren, False
        paragraph = self.source.count("\n", t.end[it.last - 1], t.start[j]) > 1
        if paragraph and not self._next_field(it, j, k):
            # words opening the next paragraph are its own entry's ("Augusztus 17.
            # (csütörtök)\n\nPolgárdi, 18 óra: …", one place of a day's programme), also
            # behind a bullet ("Wednesday, Sept. 20\n\n  • City Clerks: 8:30-9:00 a.m.");
            # a heading's next line is not ("Donnerstag, 30. Mai:\nRummelplatz … ab 14 Uhr")
            return None, strong, paren, False
        words = k - j
        named = 0
        for m in range(j, k):
            named += t.text[m] in self.lex.weekdays or t.text[m] in _WEEKDAY_SPAN_CASES
            words -= 2 * (t.text[m] == "-")  # "vide-grenier" is one word
        if named > 1 or (
            named
            and (
                self._from_before(it.first)
                or (self._another_weekday(it, j, k) and self._other_day_named(it, j, k, words))
            )
        ):
            # "dal venerdì alla domenica (dalle 16.00 …)": their hours; after a period's
            # start, a weekday's ("Od 01. augusta 2020 nebudú sväté omše … v sobotu o
            # 18:00 hod": each Saturday's); further on, another day's, as the far-clock
            # row has it ("16 mai 2011Il a fermé ses portes dimanche à 13h30": 16 May
            # 2011 is a Monday)
            return None, strong, paren, False
        # Italian "towards the" hour: "verso le 18.30", a prefix as "verso le ore 18"
        steps = int(t.text[k - 1] == "le" and t.text[k - 2] == "verso" and t.text[k].isdigit())
        strong_here = starting = False
        plain = k  # the plain words' end
        while steps < 5 and t.text[k] in _TIME_PREFIXES:
            strong_here = (
                strong_here
                or t.text[k] in _STRONG_TIME_PREFIXES
                or (t.text[k] == "a" and _hour_article(t.text, k))
            )
            starting = starting or t.text[k] == "partir"
            paren = paren or t.text[k] == "("
            if t.text[k + 1] == "-" and t.adjacent(k + 1) and t.text[k].isalpha():
                k += 1  # a glued Maltese article: "Barbikju fit-8:00pm"
            k, steps = k + 1, steps + 1
        until = plain - 1 - (t.text[plain - 1] == "'")  # the last plain word ("jusqu'à")
        if (
            t.text[until] in _UNTIL_FAR_CLOCK
            and until - (t.text[until] == "dti") > j  # Irish "go dtí" is one word
            and _UNTIL.isdisjoint(t.text[max(it.first - 3, 0) : it.first])
        ):
            # "Παρασκευή 27 Φεβρουαρίου 2026, από την έναρξη της πρωινής βάρδιας έως τις
            # 11.00 π.μ.": after other words, a clock "until" is an end's, no time of the
            # date (the Policy's far-clock row: "at" an hour); right after the date, or
            # after a date that is itself "until" one, a deadline's ("12. ožujka 2021. do
            # 13:00 sati", "bis Freitag, 13. August 2021, spätestens bis 12 Uhr")
            return None, strong, paren, False
        if plain - it.last > _MOST_WORDS_ON_NEXT_LINE and self._words_on_next_line(
            it.last, plain, k
        ):
            # a clock in prose on the next line: that sentence's ("Domenica 28 Maggio
            # 2017\nA termine della Santa Messa delle ore 19:00, apertura …": the
            # far-clock row's line break)
            return None, strong, paren, False
        strong = strong or strong_here
        first = self.time(k, allow_bare=bool(steps), comma=strong_here)
        if (
            first is not None
            and t.text[k - 1] == ":"
            and it.year is not None
            and t.text[k - 2].isalpha()
            and t.text[k - 2] not in _SPACED_TIME_LABELS
            and self._dotted_day_month_at(k, True)
        ):
            # a label's day and month with the day's dot after a full date, no clock of
            # it: "Vyvěšeno: 01.09.2021 Sejmuto: 09.09." (see _start_end_label_pair)
            return None, strong, paren, False
        if (
            first is not None
            and k == plain + 1
            and t.text[plain] in {",", ";"}
            and self._dotted_day_month_at(k, True)
            and t.text[k + 4].isalpha()
        ):
            # a list's next dated entry after a comma, no clock of the entry before:
            # "11.10. internationella äggdagen, 6.12. vi äter tillsammans" (6 December)
            return None, strong, paren, False
        if (
            first is not None
            and (after := self._after_clock(k, first[1]))
            and after > self._meridiem(j)[1]
        ):
            # "1 december 2021: In alle … kerken … worden na 17.00 uur geen diensten meer
            # gehouden": after other words, a clock "after" is a rule's bound, no time of
            # the date, as an "until" one; right after the date (past its part of the
            # day), the time from which, as "from" ("04.08.2023, după ora 12:00", "6.
            # jūnija vakarā pēc plkst. 19")
            return None, strong, paren, False
        if (
            paragraph
            and first is not None
            and not (strong_here or first[0].worded or t.text[k + 1] == ":")
            and t.text[past] == ":"  # not a spaced time label's (see _spaced_time_field)
        ):
            first = None  # a field past a blank line: a clock ("ob 08.00"), no "Price: 10.00"
        # "a partir das 16h" with its clock word is a start time as after a strong
        # prefix; "a partir de 18 años" is an age.
        far = words > 2 and not strong_here and not (starting and first and first[0].worded)
        if far and not (
            first is not None
            and (
                self._clocked(k, first[1])
                or (self._clock_after(k) and self._marked_span(first, worded=True))
                # a span of colon clocks after a place: "hilaren 22an, larunbata,
                # kiroldegi kanpoaldean 14:30-15:00"
                or (t.text[k + 1] == ":" and self._marked_span(first, worded=False))
            )
        ):
            return None, strong, paren, False
        if first is not None and not steps and not first[0].worded:
            if not (
                self._marked_span(first, worded=False)
                or self._clocked(k, first[1])
                or (past == j + 1 and t.text[j] in _UNTIL_FAR_CLOCK and self._no_day_month(k))
            ):
                # "Room 12:30" is no time of the date; "doors open 6.30pm" is, and
                # Basque "arratsaldeko 20:15etan"; so is a deadline's clock after an
                # "until" right after the date, when no day and month reads there ("do
                # srede, 25.10. 2023 do 11.30.", "Freitag, 27. Februar 2026, bis 11.00";
                # "bis 11.10." may be a range's end)
                first = None
        elif first is not None and not steps and self.t.text[k + 1] in _DURATION_HOURS:
            first = None  # "9 de mayo, durará 2 horas", "тривалість 2 години": how long
        if first is not None and self._date_follows(first[1]) and not self._hours_end(first[1]):
            first = None  # "opened on 13 March and closed at 23:59 on 8 May"
        elif first is not None and paren and self._worded_day_digits(k):
            first = None  # "σήμερα στις δέκα (10) του μηνός Μαρτίου": the day, no hour
        if first is None or _TIME_PREFIXES.isdisjoint(t.text[j:past]):
            return first, strong, paren, False
        # Past a prefix word read as a plain one (see _past_words): only a clock with its
        # minutes or clock word, or a range ("stieg die Zahl von den Besuchern um 10
        # Prozent" is a count), and as far-off hours ("Lunedì 18, martedì 19 aprile, il
        # museo è aperto dalle 10 alle 13": opening hours, not the days' times).
        if not first[0].marked and self._end_time(first[1], False, True) is None:
            return None, strong, paren, False
        return first, strong, paren, True

    def _worded_day_digits(self, k: int) -> bool:
        """True if the digits at ``k`` stand in brackets after their number in words,
        then a month past its links: minutes' day ("στις δέκα (10) του μηνός Μαρτίου",
        "aos vinte (20) dias do mês de março"), no hour ("a las diez (10) de la
        mañana"). Greek numbers in words are no lexicon's: "of the month" marks them."""
        text = self.t.text
        if text[k - 1] != "(" or text[k + 1] != ")" or len(text[k]) > 2 or text[k - 2].isdigit():
            return False
        m = k + 2
        while m < k + 6 and (text[m] in _DAY_MONTH_LINKS or text[m] in _PLURAL_DAY_WORDS):
            m += 1
        return text[m] in self.lex.months and (
            _OF_THE_MONTH in text[k + 2 : m] or self._words_before_their_digits(k + 1) is not None
        )

    def _no_day_month(self, k: int) -> bool:
        """True if the clock at ``k`` has its minutes after a colon, or after a dot as
        no month is written ("11.30", "12.00"; "11.10" may be 11 October)."""
        text = self.t.text
        minutes = text[k + 2]
        return text[k + 1] == ":" or (
            text[k + 1] == "." and len(minutes) == 2 and (minutes == "00" or minutes > "12")
        )

    def _words_on_next_line(self, date_end: int, plain: int, clock: int) -> bool:
        """True if more than ``_MOST_WORDS_ON_NEXT_LINE`` words stand before ``plain``
        (where the clock's own prefixes start) on the line of the clock at ``clock``, a
        line after the date's, which ends at ``date_end``: a sentence of prose there,
        whose clock is no time of the date ("Domenica 28 Maggio 2017\nA termine della
        Santa Messa delle ore 19:00", "Samedi 12 mai 2018\nÀ la fin de la messe de
        10h30": prefix words before plain ones count). A programme entry's short
        subject and verb are the date's first entry's ("v soboto, 25. oktobra
        2014.\nZbirališče pohodnikov bo ob 8. uri", "Donnerstag, 30. Mai:\nRummelplatz
        eröffnet ab 14 Uhr"), as are words on a line above the clock's ("Kjøreplan 17.
        mai 2018 for alle enheter\n\nKl 06:45"; a label line: "Οι εκδηλώσεις
        περιλαμβάνουν:\nΏρα 08:00"). Narrow on purpose: the table's programme lines
        have three words at most before their clock; the far-clock row's line break is
        for prose."""
        t = self.t
        nl = self.source.rfind("\n", t.end[date_end - 1], t.start[clock])
        if nl < 0:
            return False
        first = bisect_left(t.start, nl, date_end, plain)
        return sum(tok.isalpha() for tok in t.text[first:plain]) > _MOST_WORDS_ON_NEXT_LINE

    def _another_weekday(self, it: Item, j: int, k: int) -> bool:
        """True if a weekday among the words from ``j`` to ``k`` names another day than
        the date's: another date word, as the far-clock row has it; the date's own
        weekday restated is none ("1η Σεπτεμβρίου 2025, ημέρα Δευτέρα και ώρα 16.30").
        Without the date's year or weekday, one behind two words or more, or behind a
        "last" or "next" word, is another day ("20 de junho, termina também nesta
        sexta-feira, às 19h"); a first word or one behind a preposition restates the
        date's ("bihar, asteazkena, 19:00etan", "Azaroaren 7an (asteazkena, 18:30ean)")."""
        own = it.weekday
        if own is None:
            own = _weekday_of(it.year or 0, it.month or 0, it.day or 0)
        text, weekdays = self.t.text, self.lex.weekdays
        if own is None:
            return any(
                text[m] in weekdays and (m - j >= 2 or text[m - 1] in DIRECTION_BEFORE)
                for m in range(j, k)
            )
        return any(weekdays.get(tok, own) != own for tok in text[j:k])

    def _other_day_named(self, it: Item, j: int, k: int, words: int) -> bool:
        """True if the words from ``j`` to ``k`` before a clock, among them a weekday
        other than the date's (:meth:`_another_weekday`), name that other day, the
        clock's: a weekday, not a saint's name (:meth:`_day_named_between`: "της Αγίας
        Παρασκευής"). Also one or two words on the date's line ("Sunday 25 July and on
        Friday at 7pm", "Κυριακή 25 Ιουλίου και την Παρασκευή στις 7 μ.μ."), but not as
        the first words of the line under it, which may be a range's day ("Van 23 t.e.m.
        26 september 2022:\nVrijdag vanaf 16 u.")."""
        t = self.t
        if words <= 2 and "\n" in self.source[t.end[it.last - 1] : t.start[j]]:
            return False
        return self._day_named_between(j, k)

    def _next_field(self, it: Item, j: int, k: int) -> bool:
        """True if the words from ``j`` to ``k`` are a field's label opening its line, up
        to its colon, and the date is a field's value too, its own label opening its line
        ("KDAJ: V nedeljo, 14. 3. 2021\n\nODHOD: ob 08.00 iz Postojne", "Date: 5 May
        2020\n\nDeparture: at 08:00"): an event card's fields, apart by blank lines. A
        heading's date is no field ("Augusztus 17. (csütörtök)\n\nPolgárdi: …"). The
        next field's label may be set apart from its value by a tab or a run of spaces
        instead of its colon when it names the time and its value is a clock with its
        minutes or am/pm (see :meth:`_spaced_time_field`)."""
        if self.t.text[k] == ":":
            if not self._starts_line(j) or self._label_colon(j) != k:
                return False
        elif not self._spaced_time_field(j, k):
            return False
        m = it.first
        while m > it.first - _MOST_LABEL_VALUE and m > 0 and not self._starts_line(m):
            m -= 1
        colon = self._label_colon(m) if m == 0 or self._starts_line(m) else 0
        return 0 < colon < it.first

    def _spaced_time_field(self, j: int, k: int) -> bool:
        """True if the words around ``j`` to ``k`` (where a time prefix of the label may
        have stopped the words: "Opening time", "Time of closure") are a label of one to
        three words that opens its line and names the time, its first or last word
        (:data:`_SPACED_TIME_LABELS`), set apart from its value by a tab or two spaces
        or more, as a table's or a card's columns are ("Hours of Closure
        4:00pm – 9:00pm"), and the value is a clock with its minutes or am/pm. Narrow
        on purpose: spaces are no label's sign of their own ("Room      12:30",
        "Price      10.00" are none)."""
        t = self.t
        text = t.text
        first, last = j, k
        while first > k - 3 and not self._starts_line(first) and text[first - 1].isalpha():
            first -= 1
        while last < first + 3 and text[last].isalpha():
            last += 1
        if (
            not self._starts_line(first)
            or not text[last].isdigit()
            or not all(tok.isalpha() for tok in text[first:last])
            or not (text[first] in _SPACED_TIME_LABELS or text[last - 1] in _SPACED_TIME_LABELS)
        ):
            return False
        gap = self.source[t.end[last - 1] : t.start[last]]
        if "\n" in gap or ("\t" not in gap and "  " not in gap):
            return False
        return self._clock_after(last) or (
            text[last + 1] in _MERIDIEM_STARTS and self._meridiem(last + 1)[0] is not None
        )

    def _marked_span(self, first: tuple[Time, int], *, worded: bool) -> bool:
        """True if ``first`` opens a span of hours whose end has its minutes (and, with
        ``worded``, its own clock word): "Valborgsmässoafton 10:00-16:00", "is de
        tentoonstelling open van 19.00 tot 21.00 uur"; a lone "Room 12:30" is none."""
        if not first[0].marked:
            return False
        end = self._end_time(first[1], False, False)
        return end is not None and end[0].marked and (end[0].worded or not worded)

    def _clocked(self, j: int, k: int) -> bool:
        """True if the time from ``j`` to ``k`` has its minutes and its own clock word
        ("7.30pm", "18:30 Uhr", Basque "22:00etan", Turkish "19.45'te"): the date's time
        up to five words after it, as after a strong prefix ("maiatzaren 11n, izanen da
        kontzertua, 22:00etan"); a bare "2 horas" may be a duration."""
        t = self.t
        if t.text[j + 1] not in _CLOCK_SEPARATORS:
            # "15h30", Flemish "09u40": the letter glued between hour and minutes
            return t.text[j + 1] in {"h", "u"} and k == j + 3 and t.adjacent(j + 2)
        end = t.text[k - 1]
        glued = t.text[k]
        return (
            end in _HOUR_MARKERS
            or end in _MERIDIEM_STARTS
            or end == "."  # "p.m."
            or (glued in _EU_TIME_ENDINGS and t.adjacent(k))
            or (glued == "'" and t.adjacent(k) and self._turkish_ending(k + 1))
        )

    def _turkish_ending(self, k: int) -> bool:
        """True if token ``k`` is a Turkish case ending glued after an apostrophe."""
        return self.t.text[k] in _TR_TIME_ENDINGS and self.t.adjacent(k)

    def _far_time_range(
        self, j: int, strong: bool, date_end: int
    ) -> tuple[tuple[Time, int] | None, bool]:
        """A range of hours further on in the date's clause: "quinta-feira (14), os
        feirantes estarão com as barracas montadas das 6h às 22h", "Domenica 24 liscio e
        latino-americano, dalle 17 alle 19": up to eight words, no other number, date
        word or sentence end before it; behind a prefix, with an end time, and a clock
        word or a strong prefix ("dalle") to mark it ("from 10 to 12 countries" is none)."""
        t = self.t
        words = 0
        k = j
        while k < j + _FAR_TOKENS:
            tok = t.text[k]
            if tok.isdigit():
                if t.text[k + 1] != "," or not self._house_number(k):  # the comma inline
                    break
                k += 1  # "alla biblioteca di via Montevecchio 29, dalle 10.30 alle 11.30"
                continue
            if (
                tok in self.lex.months
                or tok in self.lex.weekdays
                or tok in _SENTENCE_ENDS
                or tok in _WEEKDAY_SPAN_CASES
            ):
                return None, strong
            words += tok.isalpha()
            k += 1
        else:
            return None, strong
        before = t.text[k - 2] if t.text[k - 1] == "-" else t.text[k - 1]  # "bejn id-9.00am"
        if words > _FAR_WORDS or before not in _TIME_PREFIXES:
            return None, strong
        if "\n" in self.source[t.end[date_end - 1] : t.start[k]]:
            return None, strong  # the next line is its own entry
        # also a time label's colon: "… Otobüsleri saat: 08.00 – 22. 30 arası"
        marked_here = before in _STRONG_TIME_PREFIXES or (
            before == ":" and t.text[k - 2] in _STRONG_TIME_PREFIXES
        )
        first = self.time(k, allow_bare=True)
        if first is None:
            return None, strong
        end = self._end_time(first[1], True, marked_here)
        if end is None:
            return None, strong
        clocks = first[0].marked and end[0].marked and t.text[k + 1] == ":"  # "8:30"
        if not (marked_here or first[0].worded or end[0].worded or clocks):
            return None, strong
        if self._date_follows(end[1]) or not self._hours_end(first[1]):
            return None, strong  # "from 9 to 12 May" is a range of days
        return first, strong or marked_here

    def _house_number(self, k: int) -> bool:
        """True for the number at ``k`` after a street's name ("via Montevecchio 29,",
        "rue de la Paix 5,"), the caller having seen its comma: an address, no number of
        the date's."""
        text = self.t.text
        if len(text[k]) > 4 or not text[k - 1].isalpha():
            return False
        return any(text[m] in STREET_WORDS for m in range(k - 4, k - 1))

    def _street_after_number(self, k: int) -> bool:
        """True if a street's name starts at ``k``, right after a bare number: the
        number is a house number ("ag 9 Sráid Uí Chonaill", "au 9 rue de la Paix", "at 9
        O'Connell Street", "at 10 Downing St."), never a clock (see
        :data:`HOUSE_NUMBER_STREETS`). A capitalised "St." right after the number is
        a saint's ("at 9 St. Patrick's Church")."""
        t = self.t
        text, src = t.text, self.source
        if k >= t.n or not (src[t.start[k]].isupper() or text[k] in LOWER_CASE_HOUSE_STREETS):
            return False  # the common case: no capital after the number
        if text[k] in HOUSE_NUMBER_STREETS:
            return True
        m = k
        for _ in range(3):  # the name's words: "Sackville", "O'Connell", "North Main"
            if not (text[m].isalpha() and src[t.start[m]].isupper()):
                return False
            m += 1
            if text[m] == "'" and t.adjacent(m) and t.adjacent(m + 1):
                m += 2
            if text[m] in HOUSE_NUMBER_STREET_ENDS and src[t.start[m]].isupper():
                return True
        return False

    def _day_named_between(self, lo: int, hi: int) -> bool:
        """True if a weekday word between ``lo`` and ``hi`` names a day: not a saint's
        name, a church's or a place's ("στο εκκλησάκι της Αγίας Παρασκευής … στις 7
        μ.μ.", "Αγ. Κυριακής"), which another day would make the clock's."""
        text = self.t.text
        return any(
            text[m] in self.lex.weekdays
            and text[m - 1] not in _SAINT_TITLES
            and not (text[m - 1] == "." and text[m - 2] in _SAINT_TITLES)
            for m in range(lo, hi)
        )

    def _updated_before(self, lo: int, k: int) -> bool:
        """True if an update label stands between the date ending at ``lo`` and the
        clock ending at ``k``, on the date's line ("23.09.2019 / atualizado às 18:51", "5
        May 2024, updated at 10:15", "mis à jour à 18h51"); French "mis" only with "à
        jour" (Spanish "mis" is "my"). A label opening the next line under a page
        header's date is that day's field ("Sabato 04 Dicembre 2021\nAggiornato:
        16:45": the day of the update)."""
        t = self.t
        text = t.text
        return any(
            text[m] in _UPDATE_LABELS
            and (text[m] != "mis" or text[m + 2] == "jour")
            and "\n" not in self.source[t.end[lo - 1] : t.start[m]]
            for m in range(lo, k)
        )

    def _relative_day_clock(self, lo: int, k: int) -> bool:
        """True if a relative day word ("ayer", "hoje", "domani", "tomorrow", "heute")
        stands right before the clock at ``k``, past its prefixes (not before ``lo``):
        the clock is that day's ("… iba a desarrollarse ayer a las 17:00", "… será hoje,
        às 17h"), never an earlier date's far clock. Not a part of the day's noun
        behind its article ("por la mañana a las 10", "am Morgen um 10 Uhr")."""
        text = self.t.text
        m = k - 1
        while m > max(lo, k - 5) and text[m] in _TIME_PREFIXES:
            m -= 1  # "a las", "às", ", a partir das", "um"
        if text[m] not in self.lex.relative or text[m - 1] in _PART_OF_DAY_ARTICLES:
            return False
        day = self.relative(m)
        return day is not None and day[2] == m + 1

    def _far_clock(self, j: int, date_end: int) -> tuple[Time, int] | None:
        """A clock further on in the date's sentence ("venerdì 20 settembre 2019, nella
        Sala Giunta del Palazzo …, con inizio alle 11.30", "O 22 de decembro terá lugar
        unha Festa …, ás 17.00 horas"): past commas and quotes, with no number, date word,
        sentence end or line break before it (but the end of the sentence before the one
        that the clock opens as a start time: see :meth:`_clock_opens_sentence`, and a
        day.month's dot before a word in lower case is none: "Ab 10.06. gilt" is a
        date). At an hour, not from one ("changing the
        time of the Town Halls from 5:00 pm to 7:00 pm" is no time of the date; "od
        20:00 h", from an hour on, is its start), with its
        minutes and a clock word or a strong prefix, or with its clock word behind a
        strong prefix ("pelas 20 horas"; "aproximativ 10 ore" is how long), a Slavic
        "at" ("u 11 sati", "o 8:00") or "from" (a start: "от 11 ч."); a bare hour after
        the word "hour" itself ("începând cu ora 13"). Every labeller of the fresh sets
        gave such a time to the date."""
        t = self.t
        text, months = t.text, self.lex.months
        # the next number, found in C (the regex, then a bisection), not token by token
        digit = _DIGIT_RE.search(t.folded, t.end[date_end - 1])
        if digit is None:
            return None
        k = bisect_left(t.start, digit.start(), date_end, t.n)
        if self._in_a_name(k):  # "“Dimostrazione di stampa 3D” alle 15.00": past it
            digit = _DIGIT_RE.search(t.folded, t.end[k + 1])
            if digit is None:
                return None
            k = bisect_left(t.start, digit.start(), k + 2, t.n)
        before = text[k - 2] if text[k - 1] == "-" else text[k - 1]  # Maltese "fid-9.00am"
        if before not in _TIME_PREFIXES or k - j > _FAR_CLOCK_TOKENS or self._until_clock(k):
            return None  # the common case: the next number is no clock of the date; an
            # end's clock ("…, από την έναρξη της πρωινής βάρδιας έως τις 11.00 π.μ.")
        if "\n" in self.source[t.end[date_end - 1] : t.start[k]]:
            return None
        # from the date's end: "17 July 2023. (Photo: City) At 7:00" ends it; not a
        # year's ordinal dot before a lower-case word ("23.08.2023. je u kinu u 11,00")
        from_ = date_end
        if text[from_] == "." and len(text[from_ - 1]) == 4 and t.adjacent(from_):
            from_ += self.source[t.start[from_ + 1] : t.end[from_ + 1]].islower()
        between = text[from_:k]
        # a sentence end, but for the one before a next sentence that this clock opens,
        # behind its prefixes or a start label ("… unter Beweis. Ab 18.00 Uhr spielen",
        # "… для свого чада. Початок о 15.00.")
        ends = not _SENTENCE_ENDS.isdisjoint(between)
        opener = self._clock_opens_sentence(k) if ends else 0
        if (
            (not self.lex.weekdays.keys().isdisjoint(between) and self._day_named_between(from_, k))
            or not _WEEKDAY_SPAN_CASES.isdisjoint(between)
            or (ends and not self._only_title_dots(date_end, opener or k))
        ):
            return None
        if not months.keys().isdisjoint(between) and any(
            w in months and not _weak_word(text, date_end + n) for n, w in enumerate(between)
        ):
            return None  # another date's word; not "salle des fêtes"
        if self._relative_day_clock(from_, k):
            return None  # "…, que iba a desarrollarse ayer a las 17:00": yesterday's
        if self._dotted_day_month_at(k):
            return None  # a day and month: "… Beweis. Ab 10.06. gilt der Sommerplan"
        opening = text[opener + 1 : k] if opener else []  # the next sentence's, before it
        hour_word = before in _HOUR_WORD_PREFIXES
        # "con partenza alle 9,30": a comma's minutes after a strong prefix
        first = self.time(k, hour_word, before in _STRONG_TIME_PREFIXES)
        if first is None or self._date_follows(first[1]) or self._after_clock(k, first[1]):
            return None  # nor "after" one, a bound ("… worden na 17.00 uur geen diensten")
        if opener and self._hours_open_sentence(opener, k):
            return first  # "… du Tréport. De 10 h à 17 h": its hours open the next sentence
        if before in _FROM_WORDS and self._end_time(first[1], False, False) is not None:
            return None  # far-off hours from … to …: opening hours, not the date's time
        # Spanish and Catalan "a las", "a les": with the hour's period word as strong as
        # "at 7 pm" ("…, el pregón a las 7 de la tarde")
        article = text[k - 2] == "a" and before in _HOUR_ARTICLES_AFTER_A
        strong = (
            before in _FAR_HOUR_LEADS
            or (article and (_hour_article(text, k - 2) or first[0].meridiem is not None))
            or text[k - 2] in _STRONG_TIME_PREFIXES  # "s početkom u 21 sat", "kl. 19"
            # a start label or "a partir" opening the next sentence: "Початок о 15.00"
            or "partir" in opening
            or not _START_WORDS.isdisjoint(opening)
            or text[k - 3] == "partir"  # from the hour on, a start: "a partir de las 17:00"
        )
        # "18.30", "à 18h30", Catalan quarters ("a dos quarts de 7 de la tarda" is 18:30);
        # not "klo 18." ending the sentence
        after = text[k + 1]
        minutes = (
            (after in _LOOSE_CLOCK_SEPARATORS or after == "h") and text[k + 2].isdigit()
        ) or (before == "de" and text[k - 2] in _CATALAN_QUARTERS)
        if hour_word:
            if text[k - 2] in _UNTIL:
                return None  # "fram til klokken 18": an end of opening hours
            first[0].marked = True  # "începând cu ora 13": the hour word marks it
        if minutes and (strong or first[0].worded or self._clocked(k, first[1])):
            return first
        if minutes and before in _AT_BEFORE_HOUR_WORD and after in _CLOCK_SEPARATORS:
            return first  # a Slavic "at" and a clock: "… ráno sv. omšou o 8:00"
        if hour_word and _AND_WORDS.isdisjoint(between):
            return first  # not another clause's "5.8. saapuva ryhmä …, ja heille on … klo 18"
        # an hour word after it: "u 11 sati", and from the hour on, a start ("… от 11 ч.")
        leads = strong or before in _AT_BEFORE_HOUR_WORD or before in _FROM_WORDS
        return first if leads and first[0].worded else None

    def _line_end_clock(self, j: int, date_end: int) -> tuple[Time, int] | None:
        """A calendar line's clock: a date that opens its line, a dash, the entry's title
        and place past more dashes, and the clock that ends the line ("17.03.2015 г. –
        Кръг „Слово“ – представяне … – Камерната зала на читалището, 18.30 ч."), read
        as a far clock is (no number, date word or sentence end before it, a clock word
        or strong prefix). Only when the clock ends the line, past a last full stop: a
        clock in the title's words is that title's ("… – moved to 18.30 h from …")."""
        first = self._far_clock(j, date_end)
        if first is None:
            return self._title_clock(j, date_end)
        end = first[1] + (self.t.text[first[1]] == ".")
        return first if self._ends_line(end - 1) else None

    def _colon_title_clock(self, it: Item) -> tuple[Time, int] | None:
        """An entry's clock right after its title words behind the date's colon, read as
        behind a title dash (:meth:`_title_clock`), also where a full stop ends the
        entry's sentence ("Spy Wednesday, March 27: Mass of Chrism in the Cathedral
        7pm. Holy Thursday, …"): the date opens its line, or one or two words of the
        day's name before it do ("Spy Wednesday", "Holy Thursday, 28 March: …")."""
        f = it.first
        if not (f == 0 or self._opens_line(f)):
            m = f - 1 if f == 1 or self._starts_line(f - 1) else f - 2
            if not (m == 0 or self._starts_line(m)) or not all(
                w.isalpha() for w in self.t.text[m:f]
            ):
                return None
        return self._title_clock(it.last, it.last, sentence=True)

    def _title_clock(
        self, j: int, date_end: int, *, sentence: bool = False
    ) -> tuple[Time, int] | None:
        """A calendar line's clock right after the entry's title words, no prefix before
        it (:meth:`_far_clock` reads it behind one): with its clock word or am/pm and
        ending the line, its hours too ("Wednesday 4th July – Reception 2.15pm", "… –
        Камерната зала на читалището 18.30 ч."), also past a title's number closed by a
        dash ("Monday 2nd July – Key Stage 2 – 10:30am to 1pm"). No date word, weekday,
        sentence end or other number before it."""
        t = self.t
        text = t.text
        digit = _DIGIT_RE.search(t.folded, t.end[date_end - 1])
        if digit is None:
            return None
        k = bisect_left(t.start, digit.start(), date_end, t.n)
        if self._title_number(k):
            k += 2  # past "Key Stage 2 –"
        elif not text[k - 1].isalpha() or text[k - 1] in _TIME_PREFIXES:
            return None  # a prefix's clock is the far clock's, which refused it
        if k - j > _FAR_CLOCK_TOKENS or "\n" in self.source[t.end[date_end - 1] : t.start[k]]:
            return None
        between = text[date_end:k]
        if (
            not self.lex.weekdays.keys().isdisjoint(between)
            or not self.lex.months.keys().isdisjoint(between)
            or not (_SENTENCE_ENDS.isdisjoint(between) or self._only_title_dots(date_end, k))
        ):
            return None
        first = self.time(k, False, False)
        if first is None or not (first[0].worded or first[0].meridiem is not None):
            return None
        if sentence and text[first[1]] == ".":
            return first  # the entry's sentence ends with it (``sentence``: the colon's)
        return self._if_clock_ends_line(first, False)

    def _start_label_line(self, j: int) -> bool:
        """True if the start label at ``j`` opens the line under the date (past blank or
        whitespace-only lines) with its clock behind a prefix or with its minutes ("…
        25.10.2017\n\n \n\nAlgus kell 16:00, lõpp kell 17:20", "Alku klo 10"): the
        date's start time, its end label's clock after it read as on the date's line
        (:meth:`_end_time`). A label without a clock after it opens a line of prose."""
        text = self.t.text
        nxt = text[j + 1]
        return self._starts_line(j) and (
            nxt in _STRONG_TIME_PREFIXES
            or (nxt.isdigit() and text[j + 2] in _CLOCK_SEPARATORS and self.t.adjacent(j + 2))
        )

    def _title_number(self, k: int) -> bool:
        """True if the bare number at ``k`` ends an entry's title after its capitalised
        word, closed by a spaced dash before a clock ("– Key Stage 2 – 10:30am", "– Year
        6 – 9am"): the title's number, no start hour of the clock after it."""
        t = self.t
        text = t.text
        return (
            text[k + 1] == "-"
            and text[k + 2].isdigit()
            and text[k - 1].isalpha()
            and text[k - 1] not in _TIME_PREFIXES
            and self.source[t.start[k - 1]].isupper()
            and t.start[k + 1] > t.end[k]
            and t.start[k + 2] > t.end[k + 1]
        )

    def _column_clock(self, it: Item) -> tuple[Time, int] | None:
        """A listing's or table's time column: a date that opens its line, the entry's
        title and place, and a clock (or hours) set apart by a tab or a run of spaces
        that ends the line ("9 Dec 2006 (Sat!)   Social event, St. Andrew's Hall, Stoke
        Poges.  7:30pm - 10:00pm", "Söndag 28 februari 2021; Årsmöte       Ansvarig:
        Styrelsen             Kl 17.30."): the first number after the date, a real
        clock (a clock word, am/pm, a strong prefix or its minutes), no bare number
        ("12 May 2006  Emily's Diary - 1853     Ken Pearce")."""
        t = self.t
        text, src = t.text, self.source
        start = t.end[it.last - 1]
        line_end = src.find("\n", start)
        if line_end < 0:
            line_end = len(src)
        # the cheap test first: most lines have no column gap
        if src.find("  ", start, line_end) < 0 and src.find("\t", start, line_end) < 0:
            return None
        digit = _DIGIT_RE.search(t.folded, start, line_end)
        if digit is None or not (it.first == 0 or self._opens_line(it.first)):
            return None
        k = bisect_left(t.start, digit.start(), it.last, t.n)
        m = k
        while m > max(it.last, k - 3):
            prefix = text[m - 2] if text[m - 1] == "." else text[m - 1]
            if not (prefix.isalpha() and prefix in _TIME_PREFIXES):
                break
            m -= 1  # "Kl 17.30", "at 7.30pm", "kl. 19": past the prefixes and their dots
        gap = src[t.end[m - 1] : t.start[m]]
        if "\t" not in gap and "  " not in gap:
            return None
        strong = not _STRONG_TIME_PREFIXES.isdisjoint(text[m:k])
        first = self.time(k, False, strong)
        if first is None:
            return None
        clock = first[0]
        minutes = text[k + 1] in _CLOCK_SEPARATORS and t.adjacent(k + 1)
        if not (strong or minutes or clock.worded or clock.meridiem is not None):
            return None
        return self._if_clock_ends_line(first, strong)

    def _if_clock_ends_line(self, first: tuple[Time, int], strong: bool) -> tuple[Time, int] | None:
        """``first`` if the clock (with its range's end, if one follows, and an
        abbreviation's dot) ends its line: a listing's time column or a title's clock."""
        text = self.t.text
        second = self._end_time(first[1], True, strong)
        end = first[1] if second is None else second[1]
        end += text[end] == "."
        return first if self._ends_line(end - 1) else None

    def _until_clock(self, k: int) -> int:
        """Where an "until" word stands before the clock at ``k``, past its prefixes and
        an abbreviation's dot ("έως τις 11.00", "fino alle ore 12", "do godz. 15",
        "jusqu'à 11h", "bis um 11 Uhr"); 0 when none does."""
        text = self.t.text
        m = k - 1
        while m > k - 5 and (text[m] == "." or (text[m] in _TIME_PREFIXES and text[m].isalpha())):
            m -= 1
        m -= text[m] == "'"
        return m if text[m] in _UNTIL_FAR_CLOCK else 0

    def _after_clock(self, k: int, end: int) -> int:
        """Where an "after" word stands before the clock from ``k`` to ``end``, past its
        prefixes and an abbreviation's dot ("worden na 17.00 uur", "après 18h",
        "después de las 18:00", "dopo le ore 18", "po godz. 18"), or a postposition
        after it ("18 óra után", "klo 18 jälkeen", "18.00'den sonra"); 0 when none
        does. The clock is a bound, not "at" an hour (see the callers)."""
        text = self.t.text
        if (text[end + 2] if text[end] == "'" else text[end]) in _AFTER_POSTPOSITIONS:
            return end
        m = k - 1
        while m > k - 5:
            tok = text[m]
            if tok in _AFTER_WORDS or (tok == "na" and text[end - 1] in _DUTCH_HOUR_WORDS):
                return 0 if text[m - 1] in _SHORTLY_WORDS else m
            if tok != "." and tok != "le" and not (tok in _TIME_PREFIXES and tok.isalpha()):
                return 0
            m -= 1
        return 0

    def _in_a_name(self, k: int) -> bool:
        """True if the number at ``k`` has letters glued after it that make no clock,
        ordinal or day ending: a name's ("3D", "5G"), no date's or time's."""
        t = self.t
        glued = t.text[k + 1]
        return (
            glued.isalpha()
            and t.adjacent(k + 1)
            and glued not in _HOUR_MARKERS
            and glued not in _MERIDIEM_STARTS
            and glued not in _EU_TIME_ENDINGS
            and glued not in _ORDINAL_SUFFIXES
            and glued not in _HU_DAY_SUFFIXES
        )

    def _clock_opens_sentence(self, k: int) -> int:
        """Where the sentence end stands before the clock at ``k`` when the clock opens
        its sentence as a start time: behind its time prefixes (a strong one's dot too:
        "Kl. 18") with a start word (:data:`_START_WORDS`) or "from" among them ("… für
        ihr Kind. Beginn um 15 Uhr", "… для свого чада. Початок о 15.00", "… ihr Können
        unter Beweis. Ab 18.00 Uhr spielen …", "… Йордановден/. От 8.00 ч.", "… Mãe
        Soberana. A partir das 10h00"). That clock is the date's (the Policy's far-clock
        row: a clock that opens the next sentence still counts); a clock "at" an hour
        there is that sentence's ("… was sie gelernt haben. Um 15 Uhr gibt es Kaffee"),
        and one of a later sentence has another sentence end before this one (see
        :meth:`_only_title_dots`). Also a start noun that opens the sentence with its
        object or a copula before "at" the clock ("… v Moravských Budějovicích. Začátek
        koncertu je v 18.00 hod.", "Beginn des Konzerts ist um 18 Uhr", "Początek
        koncertu o godz. 18.00"): at most :data:`_START_LABEL_WORDS` words between,
        and "at" or a strong prefix before the clock; and a subject that is the start,
        its article before it ("O início será às 13h30") or the event's noun and its
        start verb ("Wydarzenie rozpocznie się o godzinie 11:00"; see
        :meth:`_start_subject_opens`). 0 otherwise."""
        text = self.t.text
        m = k - 1
        while m > k - 5 and (
            (text[m].isalpha() and (text[m] in _TIME_PREFIXES or text[m] in _START_WORDS))
            or (text[m] == "." and text[m - 1] in _STRONG_TIME_PREFIXES and text[m - 1].isalpha())
        ):
            m -= 1
        if text[m] not in _SENTENCE_ENDS:
            # the words between a start noun and the clock's prefixes, or the verb (and
            # its pronoun) before a Romance start noun right before them: "… 30 de
            # janeiro de 2021. Terá início pelas 09 horas", "Dará comienzo a las 20
            # horas", "Se dará inicio a las 20 horas" ("Program začne v 17 hodin", a
            # subject before a start verb that is not the event's, is that sentence's)
            s = m
            while s > m - _START_LABEL_WORDS and text[s].isalpha() and text[s] not in _START_WORDS:
                s -= 1
            if text[s] in _START_WORDS:
                s -= 1
            elif text[m + 1] not in _START_NOUNS_AFTER_VERB or m - s > _VERB_WORDS_BEFORE_START:
                return self._start_subject_opens(m, k)
            if text[s] not in _SENTENCE_ENDS or (
                _START_LABEL_AT.isdisjoint(text[m + 1 : k])
                and not (text[k - 2] == "a" and text[k - 1] in _HOUR_ARTICLES_AFTER_A)
            ):
                return self._start_subject_opens(m, k)
            return s
        opening = text[m + 1 : k]
        if _START_WORDS.isdisjoint(opening) and _FROM_WORDS.isdisjoint(opening):
            return m if self._hours_open_sentence(m, k) else 0
        return m

    def _start_subject_opens(self, m: int, k: int) -> int:
        """Where the sentence end stands before a sentence whose subject is the start
        (:data:`_START_ARTICLES`, :data:`_EVENT_NOUNS`): a start noun behind its article
        ("… Vista Alegre. O início será às 13h30", "The start is at 7.30 pm", "L'inizio
        è alle 10.30") or the event's noun with its start verb ("… całych rodzin.
        Wydarzenie rozpocznie się o godzinie 11:00", "La fiesta comenzará a las 13:30",
        "O evento terá início às 10h"); at most :data:`_START_LABEL_WORDS` words (a
        copula, a reflexive) before the clock's prefixes, which end at ``m`` + 1, "at"
        among them. That sentence states the dated event's start. 0 otherwise."""
        text = self.t.text
        s = m
        while s > m - _START_SUBJECT_TOKENS and text[s] not in _SENTENCE_ENDS:
            s -= 1
        i = s + 1
        if text[i] in _START_ARTICLES:
            i += 1 + (text[i + 1] == "'")  # past "L'" of "L'inizio"
        if text[i] in _EVENT_NOUNS:
            i += 1 + (text[i + 1] in _BEFORE_START_VERB)
            i += text[i] == "'"  # "s'ouvrira"
            if text[i] not in _START_WORDS:
                i += 1  # the verb before a start noun: "O evento terá início às 10h"
                if text[i] not in _START_NOUNS_AFTER_VERB:
                    return 0
        elif i == s + 1 or text[i] not in _START_WORDS:
            return 0  # no article: the start noun alone was read by the caller
        between = text[i + 1 : m + 1]
        if (
            text[s] not in _SENTENCE_ENDS
            or len(between) > _START_LABEL_WORDS
            or not all(w.isalpha() or w == "-" for w in between)
            or any(words == (w,) for w in between for words, _ in self.lex.relative.get(w, ()))
        ):
            return 0  # its own day: "O início será amanhã às 13h30" (not "será", "sera")
        # "at" among the prefixes, also a bare "à" ("Le début est à 13h30") or "a las"
        at = text[k - 1] == "a" or text[k - 1] in _HOUR_ARTICLES_AFTER_A
        return s if at or not _START_LABEL_AT.isdisjoint(text[m + 1 : k]) else 0

    def _hours_open_sentence(self, m: int, k: int) -> bool:
        """True if the sentence after the end at ``m`` opens with "from" and the hours
        from … to … at ``k``, marked as a far range of hours is (a clock word on either
        end, a strong prefix, or both ends' colon clocks): "… au collège du Tréport. De
        10 h à 17 h, pointage à 9 h 30", "… im Rathaus. Von 10 bis 17 Uhr …", "… Piazza
        Grande. Dalle 10 alle 18 …". Those are the date's hours, as a "from" clock
        opening the next sentence is its start (the Policy's far-clock row)."""
        text = self.t.text
        if text[m + 1] not in _FROM_OPENING_HOURS:
            return False
        first = self.time(k, allow_bare=True)
        if first is None:
            return False
        strong = text[k - 1] in _STRONG_TIME_PREFIXES
        end = self._end_time(first[1], True, strong)
        if end is None or self._date_follows(end[1]) or not self._hours_end(first[1]):
            return False  # "De 10 à 12 mai": days
        clocks = first[0].marked and end[0].marked and text[k + 1] == ":"
        return strong or first[0].worded or end[0].worded or clocks

    def _only_title_dots(self, start: int, end: int) -> bool:
        """True if every sentence sign from ``start`` to ``end`` is an abbreviation's own
        dot (the Policy's far-clock row): a short title or abbreviation in title case
        ("Largo Dr. Couto", "Sta. Maria"), an initial ("από Κ. Καραμανλή"), a longer one
        before a title ("Nábr. Dr. Aurela Stodolu"), a time prefix's ("od godz. 10.00"),
        a street's ("z ul. K. Wielkiego o godz. 22:00"), a saint's in lower case before
        the name ("v kostele sv. Jiljí v …", "w kościele św. Jana"), or a dot before a
        word in lower case ("ráno sv. omšou o 8:00"); "the EU. The …" ends a sentence.
        Nor does a dot inside brackets or guillemets closed before ``end``: the aside's
        own ("на стадіоні «ім. Б. Тропанця» (с. Зоря). Початок о 15.00")."""
        t = self.t
        text = t.text
        depth = 0
        for m in range(start, end):
            tok = text[m]
            depth += (tok in _ASIDE_OPENS) - (depth > 0 and tok in _ASIDE_CLOSES)
            if tok not in _SENTENCE_ENDS or (depth and not _ASIDE_CLOSES.isdisjoint(text[m:end])):
                continue
            if text[m] != "." or not (
                self._title_dot(m, 3)
                or (self._title_dot(m, 4) and text[m + 2] == "." and self._title_dot(m + 2, 3))
                or text[m - 1] in _STRONG_TIME_PREFIXES
                or text[m - 1] in STREET_ABBREVIATIONS
                or self.source[t.start[m + 1] : t.end[m + 1]].islower()
                or (
                    text[m - 1] in _SAINT_ABBREVIATIONS
                    and self.source[t.start[m - 1] : t.end[m - 1]].islower()
                )
            ):
                return False
        return True

    def _title_dot(self, m: int, longest: int) -> bool:
        """True if the dot at ``m`` closes a word in title case of at most ``longest``
        letters ("Dr.", "Sta.") or an initial ("Κ.")."""
        word = self.source[self.t.start[m - 1] : self.t.end[m - 1]]
        return (
            len(word) <= longest and word[:1].isupper() and (word[1:].islower() or len(word) == 1)
        )

    def _hours_end(self, k: int) -> bool:
        """True if an hour range's end, and no date, follows ``k`` ("tori klo 10-14"):
        the number after the dash is the end's hour, not a date's day."""
        end = self._end_time(k, False, True)
        return (
            end is not None
            and self.t.text[end[1]] not in self.lex.months
            and not (self.t.text[end[1]] == "." and self.t.text[end[1] + 1] in self.lex.months)
        )

    def _and_then(self, k: int) -> bool:
        """True if "and" (after a comma or not) opens what follows the date at ``k``."""
        t = self.t.text
        return (t[k + 1] if t[k] == "," else t[k]) in _AND_NOT_AT

    def _dated_at(self, k: int) -> bool:
        """True if a day and its month start at ``k`` or after linking words."""
        t = self.t.text
        return self._date_follows(k) or (
            t[k].isdigit() and self._month_or_range(k + 1, ranges=False)
        )

    def _date_follows(self, k: int) -> bool:
        """True if a date starts right after ``k`` (past linking words): the time
        before it is that date's."""
        for j in range(k, k + 3):
            tok = self.t.text[j]
            if tok.isdigit() or tok in self.lex.months or tok in self.lex.weekdays:
                return j > k
            if self.relative(j) is not None:
                return True
            if tok not in _TIME_DATE_LINKS:
                return False
        return False

    def _past_words(self, j: int, most: int) -> int:
        """Past at most ``most`` words that are no date words; ``j`` itself otherwise."""
        text, months = self.t.text, self.lex.months
        k = j
        # No date word: neither a month nor a time prefix (inline: a call per word). A
        # prefix word before a plain word is a word of the phrase ("vergadert de raad
        # vanaf 14.00 uur", "na freguesia de Santa Clara, às 15.00"): it stops only
        # before a number, another prefix, a clock word or a sign.
        while (
            k < j + most and text[k].isalpha() and (text[k] not in months or _plain_word(text, k))
        ):
            if text[k] in _TIME_PREFIXES:
                m = k + 1  # past a run of them: "sur la place de la Mairie, à 15h30"
                while m < k + 3 and text[m] in _TIME_PREFIXES and text[m].isalpha():
                    m += 1
                nxt = text[m]
                if (
                    not nxt.isalpha()
                    or nxt in _TIME_PREFIXES
                    or nxt in _CLOCK_FIRST_WORDS
                    or nxt in months
                    or nxt in NUMBER_WORDS  # "siendo las diecinueve horas"
                ):
                    break
                k = m
            k += 1
            if text[k] in {"-", "'"} and self.t.adjacent(k) and self.t.adjacent(k + 1):
                # one word: "o programa inicia-se às 10:00", Turkish "Salonu'nda saat 19.00"
                k += text[k + 1].isalpha()
        return k if k > j else j

    def _skip_aside(self, j: int) -> int:
        """Past a bracketed aside without digits between a date and its time ("1. Mai
        (Tag der Arbeit) von 9 bis 17 Uhr"); ``j`` itself when there is none."""
        t = self.t
        if t.text[j] != "(":
            return j
        for k in range(j + 1, min(j + 12, t.n)):
            tok = t.text[k]
            if tok == ")":
                return k + 1 if k > j + 1 else j
            if not tok.isalpha() and tok not in {"-", "'"}:  # "Lanfranchi-Ex Ospedale"
                return j
        return j

    def _plain_aside(self, j: int, end: int) -> bool:
        """True if the aside from ``j`` to ``end`` is a weekday (after a word for "day":
        "(ημέρα Κυριακή)") or words in lower case after the first ("(vasárnap)", "(Todo o
        día)"); a dateline's agency in capitals ("Praha 10. října 2023 (PROTEXT) – Dne
        22. – 23.11.2023") ends the date."""
        words = self.source[self.t.start[j + 1] : self.t.start[end - 1]]
        return (
            self._weekday_name(j + 1)
            or words[1:] == words[1:].lower()
            or (end - j == 4 and self._weekday_name(j + 2))
        )

    def _clock_word(self, j: int, *, end: bool) -> tuple[Time, int] | None:
        """Noon or midnight as a word (midnight that ends a span is the next 00:00), or
        an hour in words with its period of the day."""
        for words, hour in _CLOCK_PHRASES.get(self.t.text[j], ()):
            if tuple(self.t.text[j : j + len(words)]) == words:
                hour = 24 if end and hour == 0 else hour
                return Time(hour, 0, worded=True), j + len(words)
        tok = self.t.text[j]
        if tok in _HOURS_IN_WORDS or tok == HALF_BEFORE_HOUR or tok in ROMANCE_HOURS:
            return self._hour_in_words(j)  # no call for other words
        return None

    def _hour_in_words(self, j: int) -> tuple[Time, int] | None:
        """ "ob osmih zvečer" (20:00), "ob pol devetih zvečer" (20:30), "fl-għaxra ta'
        filgħodu" (10:00): the spoken twelve-hour clock, so only with the period of the
        day after it; "ob osmih" alone could be morning or evening."""
        text = self.t.text
        k, minute = j, 0
        if text[k] == HALF_BEFORE_HOUR and text[k + 1] in _HOURS_IN_WORDS:
            k, minute = k + 1, 30
        hour = _HOURS_IN_WORDS.get(text[k])
        if hour is None and text[k - 1] in _HOUR_ARTICLES:
            hour = ROMANCE_HOURS.get(text[k])  # "a la una del mediodía"
        if hour is None or text[k + 1] not in _MERIDIEM_STARTS:
            return None
        if minute:
            hour = hour - 1 or 12  # "pol enih" is half past twelve
        half, after = self._meridiem(k + 1)
        if half is None:
            return None
        half = _midday_twelve(text, k + 1, hour, half)  # "a las doce de la mañana": 12:00
        return Time(hour, minute, 0, half, worded=True), after

    def time(
        self, j: int, allow_bare: bool, comma: bool = False, end: bool = False
    ) -> tuple[Time, int] | None:
        t = self.t
        text = t.text
        tok = text[j]
        if not tok.isdigit():
            if self.in_words and tok in NUMBER_WORDS:
                return self._worded_time(j)
            if tok in _HOUR_FRACTIONS and text[j + 1].isdigit():
                return self.time(j + 1, True, comma, end)  # "kl. halv 9": the part marks it
            return self._clock_word(j, end=end) if tok.isalpha() else None
        if len(tok) > 2:
            clock_word = (
                text[j - 1] in _FOUR_DIGIT_CLOCK_WORDS
                or (text[j - 1] == "." and text[j - 2] in _FOUR_DIGIT_CLOCK_WORDS)
                or (text[j - 1] == "ora" and text[j - 2] == "la")  # Romanian "la ora 700"
                or (end and self._four_digit_range_end(j))
            )
            if (
                len(tok) == 4
                and text[j + 1] in _HOUR_MARKERS
                and (
                    text[j - 1] in _TIME_PREFIXES
                    or (text[j + 1] in _GLUED_HOURS and t.adjacent(j + 1))
                )
            ):  # also glued: "1527hr CET", Maltese "bejn il-1700h u s-1830h"
                four = self._four_digit_time(j)  # Bulgarian "от 1830 часа", "ab 1830 Uhr"
                return None if four is None else (four[0], j + 2)
            return self._four_digit_time(j) if len(tok) <= 4 and clock_word else None
        if t.adjacent(j) and len(text[j - 1]) == 1 and text[j - 1].isalpha() and text[j - 1] != "t":
            return None  # a code's digits: the postcode "Y21 H4CF", "A4"; not ISO's "T10"
        hour = int(tok)
        after = self._minutes_and_seconds(j + 1, comma)
        if after is None:
            return None
        minute, second, microsecond, marked, worded, k = after
        if text[k] == "." and t.adjacent(k) and not minute:
            nxt = text[k + 1]
            if nxt in _ORDINAL_HOUR_MARKERS or (nxt in _TIME_RANGE_WORDS and text[k + 2].isdigit()):
                k += 1  # an ordinal hour: Slovenian "ob 8. uri", "med 8. in 12. uro"
        if (
            text[k] == "-"
            and text[k + 1] in _HOUR_ORDINAL_ENDINGS
            and text[k + 2] in _HOUR_MARKERS
            and t.adjacent(k)
            and t.adjacent(k + 1)
        ):
            k += 2  # a Slovak ordinal hour: "o 19-tej hodine", "o 7-mej hod."
        elif text[k] == "a" and text[k + 1] == "chlog":
            k += 1  # Irish "ag a 7 a chlog" (at seven o'clock): "chlog" is the hour word
        if text[k] == "," and marked and self._comma_before_hour_word(k):
            k += 1  # "08.00, horas às 21.30": a stray comma before the range's hour word
        hour_word = text[k] in _HOUR_MARKERS and not (text[k] == "u" and self._ordinal_u(k))
        if text[k] == "-" and text[k + 1] == "kor" and t.adjacent(k) and t.adjacent(k + 1):
            marked = worded = True  # Hungarian "este 7-kor", "18.30-kor": "at" an hour
            k += 2
        elif text[k] == "-" and text[k + 1] in _HU_HOUR_ADJECTIVES and t.adjacent(k + 1):
            marked = worded = True  # Hungarian "17-órai kezdettel" (with a 17-hour start)
            k += 2
        elif k == j + 1 and text[k] in _EU_HOUR_ENDINGS and t.adjacent(k):
            marked = worded = True  # Basque "iluntzeko 8etan", "10etatik 13etara": hours
            k += 1
        if hour_word:
            marked = worded = True
            k += 1
            if text[k] == "." and text[k - 1] in _DOTTED_MARKERS:
                k += 1
            minutes = self._minutes_after(k) if not minute else None
            if minutes is not None:
                minute, k = minutes
        meridiem, k2 = self._meridiem(k) if text[k] in _MERIDIEM_STARTS else (None, k)
        if hour_word and text[k] == "am":
            meridiem = None  # German "am" after "Uhr" is "on the" ("um 14 Uhr am 5. Mai")
        elif meridiem is None and text[k] in _NIGHTS_AFTER_HOUR:
            night = self._night_after_hour(k, hour)
            if night is None:
                return None
            meridiem, k2 = night
        if meridiem is not None:
            meridiem = _midday_twelve(text, k, hour, meridiem)
            marked = worded = True
            k = k2
        elif hour == 12 and minute == 0 and (word := self._clock_word(k, end=end)):
            return Time(word[0].hour, 0, worded=True), word[1]  # "12 noon"
        if hour > 24 or minute > 59 or second > 59 or (hour == 24 and minute):
            return None
        if meridiem == "pm" and 13 <= hour <= 23:
            meridiem = None  # "18:30 pm": a 24-hour clock with a needless "pm"
        elif meridiem is not None and not 1 <= hour <= 12:
            return None
        if not marked and (
            not allow_bare or text[k] in self.lex.months or self._street_after_number(k)
        ):
            # a bare number before a month is a day ("ora 7.00 – 18 octombrie"), before
            # a street a house number ("ag 9 Sráid Uí Chonaill")
            return None
        if (
            end
            and (text[k] == "," or text[k] in _STRONG_TIME_PREFIXES)
            and self._short_date_before_time(k)
        ):
            # a range's next day: "12.06, ora 22.00 - 13.06, ora 6.00", "26.06 kell 8.00
            # kuni 04.07 kell 18.00"
            return None
        fraction = _HOUR_FRACTIONS.get(text[j - 1])
        if fraction is not None and not minute and meridiem is None:
            if not 2 <= hour <= 12:
                return None  # "fél 1": half past midnight or noon
            hour, minute, marked, worded = hour - 1, fraction, True, True
        if meridiem is None and 1 <= hour <= 11:
            # A period word before the hour gives its half ("délután 3 órakor", "este 7
            # órakor", "õhtul kell 7", past one clock word), for what reads as a time
            # already: the word never makes a number a time. Inline: most times ask.
            p = j - 1 - (fraction is not None)  # "este fél 8": 19:30
            if text[p] == ".":
                p -= 1  # "kl. 7"
            if text[p] in _CLOCK_WORDS:
                p -= 1
            meridiem = _PERIODS_BEFORE_HOUR.get(text[p])
            if meridiem is None and text[j - 1] in _AT_AFTER_PERIOD:
                meridiem = _period_before_at(text, j - 1, hour)  # "το απόγευμα στις 6.30"
            if meridiem is not None and _to_a_24_hour_end(text, k):
                meridiem = None
        if text[j - 1] == "de" and text[j - 2] in _CATALAN_QUARTERS and not minute and hour:
            # Catalan quarters count toward the hour: "dos quarts de 6" is 5:30
            hour, minute = hour - 1, 15 * _CATALAN_QUARTERS[text[j - 2]].get(text[j - 3], 1)
        if text[k] in _MINUTE_SIGNS and t.adjacent(k) and text[k - 2] == "h":
            k += 1  # the minutes' own sign: Portuguese "23h59min", "18h30m"
        return Time(hour, minute, second, meridiem, marked, worded, microsecond), k

    def _comma_before_hour_word(self, k: int) -> bool:
        """True if the comma at ``k`` after a clock with its minutes stands before the
        clock's hour word and "to" another clock ("08.00, horas às 21.30", "10.00, ore
        alle 12.00"): one hour range, the comma a slip; "10.00, ore 12.00" lists two."""
        text = self.t.text
        return (
            text[k + 1] in _HOUR_MARKERS
            and text[k + 2] in _TIME_RANGE_WORDS
            and text[k + 3].isdigit()
        )

    def _minutes_and_seconds(
        self, k: int, comma: bool
    ) -> tuple[int, int, int, bool, bool, int] | None:
        """What follows an hour at ``k - 1``: ``(minute, second, microsecond, marked,
        worded, next)``, or ``None`` when it makes the number no time ("15.10.2019" is a
        date)."""
        t = self.t
        text = t.text
        minute = second = microsecond = 0
        marked = worded = False
        sep = text[k]
        if (sep in _AND_WORDS or sep == _WITH_MINUTES) and (
            minutes := _and_minute_words(text, k)
        ) is not None:
            return minutes[0], 0, 0, True, True, minutes[1]  # "ora 20 și 30 de minute"
        if sep in _HOUR_AND_MINUTES and self._and_minutes(k, comma):
            return int(text[k + 1]), 0, 0, True, False, k + 2  # "u 17 i 30h"
        # "12,30" and "14´30" are times only where a time is expected ("dalle ore 10
        # alle 12,30") or with an hour word after them ("a las 14´30 horas").
        loose = comma or text[k + 2] in _HOUR_MARKERS
        seps = _LOOSE_CLOCK_SEPARATORS if loose else _CLOCK_SEPARATORS
        if (
            loose
            and sep == "-"
            and len(text[k + 1]) == 2
            and ("25" <= text[k + 1] <= "59" or text[k + 1] == "00")
        ):
            # "plkst. 9-30", "о 18-30", "от 18-30 часа": no hour is 30, minutes; "о 13-00
            # год.", "от 18-00 ч.": a range to midnight is written "18-24"
            sep = ":"
        # adjacency inline (every hour asks): "10:30" glued, not "10 : 30"
        if (
            sep in seps
            and t.start[k] == t.end[k - 1]
            and t.start[k + 1] == t.end[k]
            and text[k + 1].isdigit()
        ):
            mtok = text[k + 1]
            if mtok == "0" and sep == "." and self._am_pm(k + 2):
                mtok = "00"  # a single 0 for the minutes before am/pm: "7.0pm on Sunday"
            if len(mtok) != 2 or (sep == "," and text[k + 2] in _AMOUNT_NOUNS):
                return None  # a price or a measure: "um 12,50 Euro", "às 2,50 €"
            minute = int(mtok)
            if sep == "." and text[k + 2] == "." and (text[k + 3].isdigit()):
                # "15.10.2019" is a date; "14.30.00" (Danish, Finnish, Norwegian clocks
                # with seconds) is no date: no month is 30 or 0
                secs = text[k + 3]
                if 1 <= minute <= 12 or len(secs) != 2 or not t.adjacent(k + 3):
                    return None
                return minute, int(secs), 0, True, False, k + 4
            marked = True
            k += 2
            if text[k] == ":" and t.adjacent(k) and text[k + 1].isdigit() and t.adjacent(k + 1):
                second = int(text[k + 1])
                k += 2
                # fractional seconds in ISO stamps, to the microsecond: "22.981Z"
                if text[k] == "." and t.adjacent(k) and text[k + 1].isdigit():
                    microsecond = int(text[k + 1][:6].ljust(6, "0"))
                    k += 2
        elif (
            sep == "."
            and t.start[k] == t.end[k - 1]
            and t.start[k + 1] == t.end[k] + 1
            and len(text[k + 1]) == 2
            and text[k + 1].isdigit()
            and (
                (
                    (text[k - 2] in _STRONG_TIME_PREFIXES or text[k - 2] in _AT_BEFORE_HOUR_WORD)
                    and (
                        text[k + 1] == "00" or int(text[k + 1]) > 12 or text[k + 2] in _HOUR_MARKERS
                    )
                )
                or self._dotted_range_end(k)
            )
        ):
            # a clock spaced after its dot, after "at": Slovak "o 19. 00 hod.", "o 9. 00
            # bude"; minutes no month could be, or an hour word after them ("o 9. 05" may
            # be the 9th of May, "v 5. 12 2020" is a date); or a time range's end after a
            # start written with its dot (Turkish "saat: 08.00 – 22. 30 arası")
            minute = int(text[k + 1])
            marked = True
            k += 2
        elif (
            sep == ","
            and t.start[k] == t.end[k - 1]
            and t.start[k + 1] == t.end[k] + 1
            and text[k + 2] in _HOUR_MARKERS
            and len(text[k + 1]) == 2
            and text[k + 1].isdigit()
            and not int(text[k - 1]) < int(text[k + 1]) <= 24
        ):
            # a decimal-comma clock spaced after its comma, closed by its hour word
            # (Bulgarian "от 18, 30 ч.", "18, 30 часа", Czech "v 18, 30 hod."); without
            # the word "18, 30" is a list of numbers, and two hours may be listed ("v 9,
            # 11 hodin": minutes past the hour that a later hour could be, as
            # _and_minutes has it)
            minute = int(text[k + 1])
            marked = True
            k += 2
        elif (
            sep == "u"
            and t.adjacent(k)
            and t.adjacent(k + 1)
            and (text[k + 1].isdigit() or (text[k + 1] == "." and t.adjacent(k + 2)))
        ):
            # Flemish "09u40", "14u30", "19u.30": glued throughout, two-digit minutes.
            m = k + 1 + (text[k + 1] == ".")
            if len(text[m]) != 2 or not text[m].isdigit() or self.source[t.start[k]] not in "uU":
                return None
            minute = int(text[m])
            marked = worded = True
            k = m + 1
        elif sep == "h":
            # "18h30", "9 h 30", "18h 30min", "18h 30m"; a spaced "h" needs its minutes
            # or their sign ("14 h Ouverture" is 14:00).
            marked = worded = True
            k += 1
            if text[k] == ":" and t.adjacent(k) and t.adjacent(k + 1) and _minutes_at(text[k + 1]):
                k += 1  # a Brazilian byline's "13h:42", as "13h42"
            if text[k].isdigit() and len(text[k]) == 2:
                glued = t.adjacent(k)
                spaced_h = not t.adjacent(k - 1)
                if glued or spaced_h or text[k + 1] in _MINUTE_SIGNS:
                    minute = int(text[k])
                    k += 1
                    if not glued and text[k] in _MINUTE_SIGNS:
                        k += 1
            elif (minutes := _and_minute_words(text, k)) is not None:
                minute, k = minutes  # "20h e 30 minutos", "20 h et 30 minutes"
        elif sep.isdigit() and self._spaced_minutes(k):
            minute = int(sep)  # "w godz. 10 00 – 12 00"
            marked = True
            k += 1
        return minute, second, microsecond, marked, worded, k

    def _spaced_minutes(self, k: int) -> bool:
        """True if the two digits at ``k`` are the minutes of the hour before them, one
        space apart: a listing's raised minutes flattened in the copy ("godz. 10⁰⁰" as
        "godz. 10 00"), behind a Polish hour word or ending a range such a clock starts
        ("w godz. 9 30 – 13 00", "od godz. 8 00 do 15 45"). Minutes 00–59, not a day
        before its month or date ("o godz. 18 15 maja", "godz. 18 15.05.2020"), nor a
        year ("godz. 10 2021", four digits)."""
        t = self.t
        text = t.text
        if (
            len(text[k]) != 2
            or text[k] > "59"
            or len(text[k - 1]) > 2
            or self.source[t.end[k - 1] : t.start[k]] not in {" ", "\xa0"}
        ):
            return False
        after = text[k + 1]
        if after in self.lex.months or (
            after in {".", "/"}
            and t.adjacent(k + 1)
            and (text[k + 2].isdigit() or text[k + 2] in self.lex.months)
        ):
            return False
        lead = text[k - 2]
        if lead in _SPACED_MINUTES_WORDS or (lead == "." and text[k - 3] == "godz"):
            return True
        # the range's end: its start "9 30" before the dash or "do"
        return lead in {"-", "do"} and text[k - 3].isdigit() and self._spaced_minutes(k - 3)

    def _dotted_range_end(self, k: int) -> bool:
        """True if the hour before the dot at ``k`` and the two digits one space after it
        (checked by the caller) end a time range whose start is a clock written with its
        dot, glued or spaced after it, right before the range's dash or word: "08.00 –
        22. 30", "o 8. 30 - 12. 45 hod." (a slip of the keyboard). Minutes 00–59, on the
        same line, with no number or month after them, nor a dot after two digits that
        could be a month: "8.00 – 12. 05. 2021" ends on a date ("22. 30." ends a
        sentence). Not after "and": "10.30 i 12. 15" may list an hour and a day."""
        t = self.t
        text = t.text
        sign = text[k - 2]
        if sign != "-" and (sign not in _TIME_RANGE_WORDS or sign in _AND_WORDS):
            return False
        after = text[k + 2]
        minute = int(text[k + 1])
        return (
            minute <= 59
            and self.source[t.end[k]] == " "
            and "\n" not in self.source[t.end[k - 3] : t.start[k]]
            and len(text[k - 3]) == 2
            and text[k - 3].isdigit()
            and text[k - 4] == "."
            and len(text[k - 5]) <= 2
            and text[k - 5].isdigit()
            and t.adjacent(k - 4)
            and not (after == "." and minute <= 12 and t.adjacent(k + 2))
            and not after.isdigit()
            and after not in self.lex.months
        )

    def _and_minutes(self, k: int, comma: bool) -> bool:
        """True if the "i" or "in" at ``k`` joins the hour before it to its minutes
        ("s početkom u 17 i 30h", "u 19 i 30 sati", "od 9 i 30 do 12 i 30 sati", "ob 17 in
        30"), as "12,30" is read: where a time is expected (``comma``: behind a strong
        prefix, or a marked range's end) or with an hour word after the minutes or after
        the range's end. Two digits that no later hour could be: over 24, or not past
        the hour ("u 9 i 11 sati" lists two hours, and so may "u 9 i 15 h": left), and
        no day before its ordinal dot ("17 i 30. svibnja")."""
        text = self.t.text
        minutes = text[k + 1]
        if len(minutes) != 2 or not minutes.isdigit():
            return False
        minute = int(minutes)
        if minute > 59 or int(text[k - 1]) < minute <= 24:
            return False
        after = text[k + 2]
        if after == "." and (text[k + 3].isdigit() or text[k + 3] in self.lex.months):
            return False
        if comma or after in _HOUR_MARKERS:  # also Argentine "20 y 30 hs"
            return True
        if after not in _TIME_RANGE_WORDS or not text[k + 3].isdigit():
            return False
        m = k + 4 + 2 * (text[k + 4] in _HOUR_AND_MINUTES)  # the end's own minutes
        return text[m] in _HOUR_MARKERS

    def _ordinal_u(self, k: int) -> bool:
        """True if the "u" glued to the number before ``k`` is no Flemish hour ("14u",
        "om 20u"): Irish "ú" of an ordinal day ("Dé hAoine 21ú Meitheamh"), also
        unaccented before a month."""
        t = self.t
        if not t.adjacent(k):
            return False  # "om 20 u"
        return self.source[t.start[k]] not in "uU" or t.text[k + 1] in self.lex.months

    def _worded_time(self, j: int) -> tuple[Time, int] | None:
        """An hour in words before its hour word, minutes in words after it ("vingt et
        une heures", "vingt heures trente", "diecinueve horas", "dezoito horas", "veinte
        horas y media")."""
        t = self.t.text
        words, k = words_forward(t, j)
        hour = value_of(words)
        if hour is None or hour > 24 or t[k] not in _HOUR_MARKERS:
            return None
        if t[k + 1] in _HOUR_AND_MINUTES and t[k + 2] in _AND_A_HALF:
            return Time(hour, 30, worded=True), k + 3  # "a las veinte horas y media"
        minutes, after = words_forward(t, k + 1 + (t[k + 1] in {"et", "e", "y", "i"}))
        minute = value_of(minutes) if minutes else None
        if minute is not None and minute < 60:
            return Time(hour, minute, worded=True), after
        return Time(hour, 0, worded=True), k + 1

    def _four_digit_time(self, j: int) -> tuple[Time, int] | None:
        """ "klokken 1230", "kl. 0930": four digits right after a word for "o'clock"; three
        for a one-digit hour ("de la ora 700": raised minutes, "7⁰⁰", lost in the copy)."""
        digits = self.t.text[j]
        hour, minute = int(digits[:-2]), int(digits[-2:])
        if hour > 23 or minute > 59:
            return None
        return Time(hour, minute), j + 1

    def _minutes_after(self, k: int) -> tuple[int, int] | None:
        """Minutes after the hour word: "u 19 sati i 30 minuta", "à 20 heures 30"."""
        t = self.t
        if (minutes := _and_minute_words(t.text, k)) is not None:
            return minutes
        nxt = t.text[k + 1]
        if t.text[k - 1] in _FROM_HOUR_WORDS:
            return None  # "14 órától 20 fő": from 14 o'clock, then a count
        if t.text[k].isdigit() and len(t.text[k]) == 2 and int(t.text[k]) < 60:
            if nxt in _MINUTE_WORDS:
                return int(t.text[k]), k + 2
            # not an end's hour: "14 órától 20 óráig" (from 14 to 20 o'clock)
            if nxt not in self.lex.months and nxt not in _MINUTES_NOT_BEFORE:
                return int(t.text[k]), k + 1
        return None

    def _am_pm(self, k: int) -> bool:
        """True if "am" or "pm" is written at ``k`` ("pm", "p.m."), no period word; not
        German "am" before its date ("Firefox 7.0 am 27. September": a version's)."""
        text = self.t.text
        if text[k] == "am":
            nxt = text[k + 1]
            return not (nxt.isdigit() or nxt in self.lex.weekdays or nxt in self.lex.months)
        if text[k] in _MERIDIEMS:
            return True
        return text[k] in {"a", "p"} and text[k + 1] == "." and text[k + 2] == "m"

    def _night_after_hour(self, k: int, hour: int) -> tuple[str | None, int] | None:
        """The night written after the hour at ``k`` ("a las 10 de la noche", "às 10
        da noite"), as :data:`_NIGHTS_AFTER_HOUR` reads it: a 7-11 is pm, a 24-hour
        clock's hour stays, any other (12, 1-6) spans midnight and is no clock: ``None``.
        Not a night: ``(None, k)``."""
        for words, _ in _NIGHTS_AFTER_HOUR[self.t.text[k]]:
            if tuple(self.t.text[k : k + len(words)]) != words:
                continue
            if 13 <= hour <= 23:
                return None, k + len(words)  # "a las 22 horas de la noche"
            return ("pm", k + len(words)) if 7 <= hour <= 11 else None
        return None, k

    def _meridiem(self, k: int) -> tuple[str | None, int]:
        """ "am"/"pm", "a.m.", Greek "π.μ."/"μ.μ." and "πμ", Irish "i.n." and "4in"; a period of
        the day after a bare hour ("στις 7 το απόγευμα", "11 in the morning")."""
        t = self.t
        tok = t.text[k]
        if tok in _MERIDIEMS:
            if t.text[k + 1] == "na" and self._phrase(k) is not None:
                return None, k  # Irish "17:00 am na Bruiséile" (time): the zone's word
            if t.text[k + 1] == "." and t.text[k + 2] in _TIME_RANGE_WORDS and t.adjacent(k + 1):
                # its abbreviation's dot before the range's end: "από τις 11πμ. έως τις
                # 8μμ.", "11am. - 8pm."; a dot before other words may end a sentence
                return _MERIDIEMS[tok], k + 2
            return _MERIDIEMS[tok], k + 1
        if tok in _GLUED_MERIDIEMS:
            written = self.source[t.start[k] : t.end[k]]  # not Romanian "15.00în" (in)
            glued = t.adjacent(k) and t.text[k - 1].isdigit() and written.isascii()
            glued = glued and not written.istitle()  # "10:28In noaptea": a new sentence
            return (_GLUED_MERIDIEMS[tok], k + 1) if glued else (None, k)
        half = _DOTTED_MERIDIEMS.get((tok, t.text[k + 2])) if t.text[k + 1] == "." else None
        if half is not None:
            k2 = k + 3
            if t.text[k2] == "." and t.adjacent(k2):
                k2 += 1
            return half, k2
        for words, half in _DAY_PERIODS.get(tok, ()):
            if tuple(t.text[k : k + len(words)]) == words:
                return half, k + len(words)
        return None, k

    def zone(self, it: Item, paren: bool) -> None:
        t = self.t
        text = t.text
        j = it.last
        n = t.n
        opened = paren
        if text[j] == "(":
            opened = True
            j += 1
        elif text[j - 1] in _HOUR_ZONE_WORDS and self._zone_name(j - 1) is not None:
            j -= 1  # the time took "heure" of "14h00 heure de Bruxelles" as its own
        elif (
            text[j] in {",", "-"}
            and text[j + 1] in _ZONE_NAME_WORDS
            and self._zone_name(j + 1) is not None
        ):
            j += 1  # "14:00, Brussels time", "14 Uhr, Brüsseler Zeit", "14:00 – CET"
        found = False
        while j < n:
            tok = text[j]
            if tok == "z" and t.adjacent(j) and not found:
                it.zone = [*it.zone, "UTC"]
                j += 1
                found = True
                continue
            spaced_offset = len(text[j + 1]) == 4 or text[j + 2] == ":"
            if tok in {"+", "-"} and not found and (t.adjacent(j) or spaced_offset):
                off = self._offset(j, in_paren=opened)
                if off is None:
                    break
                it.offset_minutes, j = off
                found = True
                continue
            named = self._zone_name(j) if tok in _ZONE_NAME_WORDS else None  # else no call
            if named is not None:
                it.zone = [*it.zone, named[0]]
                j = named[1]
                found = True
                if tok in {"utc", "gmt"} and text[j] in {"+", "-"}:
                    off = self._offset(j, after_name=True)
                    if off is not None:
                        it.offset_minutes, j = off
                continue
            if found and tok in {",", "/"}:
                j += 1
                continue
            break
        if not found:
            if opened and text[j] == ")":
                it.last = j + 1
            return
        if text[j - 1] in {",", "/"}:
            self._second_zone(it, j)
            j -= 1
        if opened and text[j] == ")":
            j += 1
        it.last = j

    def _zone_name(self, j: int) -> tuple[str, int] | None:
        tok = self.t.text[j]
        if tok in _ZONE_WORDS:
            return _ZONE_WORDS[tok], j + 1
        named = self._phrase(j)  # before the words: "UK time" is one phrase
        if named is not None:
            return named
        if tok in _CAPITAL_ZONE_WORDS and self._in_capitals(j):
            return _CAPITAL_ZONE_WORDS[tok], j + 1
        if tok in _TZ_AREAS and self.t.text[j + 1] == "/":
            return self._tz_database_name(j)  # before the region: "Pacific/Auckland"
        region = tok in _REGION_ZONES and not self.t.text[j + 1].isalpha()
        if region and self.source[self.t.start[j]].isupper():
            return _REGION_ZONES[tok], j + 1
        return None

    def _tz_database_name(self, j: int) -> tuple[str, int] | None:
        """A zone's name in the tz database, written as such ("America/Porto_Velho",
        "America/Argentina/Buenos_Aires", "Europe/Brussels"): its parts glued by "/",
        "_" and "-", and a name the database knows, in the page's own case."""
        t = self.t
        k = j
        while t.text[k + 1] in {"/", "_", "-"} and t.adjacent(k + 1) and t.adjacent(k + 2):
            if not t.text[k + 2].isalnum():
                break
            k += 2
        name = self.source[t.start[j] : t.end[k]]
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            return None
        return name, k + 1

    def _second_zone(self, it: Item, j: int) -> None:
        """The same moment in a second zone after a slash ("15:00 Central European
        Time / 9am EDT"): kept to settle which offset the first zone meant."""
        first = self.time(j, allow_bare=True)
        if first is None:
            return
        times, k = [first[0]], first[1]
        if self.t.text[k] in _TIME_RANGE_WORDS and (end := self.time(k + 1, allow_bare=True)):
            times, k = [first[0], end[0]], end[1]
        if self.t.text[k].isalpha() and self._zone_name(k) is None:
            k += 1  # "/ 6.00-10.00am US EDT"
        named = self._zone_name(k) if k < self.t.n else None
        if named is not None and (times[0].marked or len(times) == 2):
            it.second_zone = (times[0], times[1] if len(times) == 2 else None, named[0])

    def _in_capitals(self, j: int) -> bool:
        return self.source[self.t.start[j] : self.t.end[j]].isupper()

    def _phrase(self, j: int) -> tuple[str, int] | None:
        text = self.t.text
        for words, name in _ZONE_PHRASES_BY_WORD.get(text[j], ()):
            if tuple(text[j : j + len(words)]) == words:
                return name, j + len(words)
        return None

    def _offset(
        self, j: int, *, after_name: bool = False, in_paren: bool = False
    ) -> tuple[int, int] | None:
        """``+0100``, ``+01:00``, ``+1`` after UTC/GMT, ``(-03)`` in brackets after a
        time; minutes east of UTC."""
        t = self.t
        sign = 1 if t.text[j] == "+" else -1
        tok = t.text[j + 1]
        if not tok.isdigit() or not t.adjacent(j + 1):
            return None
        if len(tok) == 4:
            hours, minutes, k = int(tok[:2]), int(tok[2:]), j + 2
        elif len(tok) <= 2 and (
            after_name or t.text[j + 2] == ":" or (in_paren and t.text[j + 2] == ")")
        ):
            # A bare "+1" is an offset only after UTC/GMT; "10-12" is an hour range.
            hours, minutes, k = int(tok), 0, j + 2
            if (
                t.text[k] == ":"
                and t.adjacent(k)
                and t.text[k + 1].isdigit()
                and len(t.text[k + 1]) == 2
            ):
                minutes = int(t.text[k + 1])
                k += 2
        else:
            return None
        if hours > 14 or minutes > 59:
            return None
        return sign * (hours * 60 + minutes), k


def _one_thing(start: Sequence[str], end: Sequence[str], end_words: frozenset[str]) -> bool:
    """True if the labels ``start`` and ``end`` name one thing as a period's start and
    end: word for word the same but where ``start`` has a start word and ``end`` one of
    ``end_words`` ("Registracijos pradžia" and "Registracijos pabaiga", "Start of
    registration" and "End of registration"), or a notice board's posting and taking
    down ("Vyvěšeno" and "Sejmuto")."""
    if len(start) != len(end):
        return False
    paired = False
    for s, e in zip(start, end, strict=True):
        if (e in end_words and s in _START_WORDS) or (s, e) in _POSTING_PAIRS:
            paired = True
        elif e != s:
            return False
    return paired


def _minutes_at(tok: str) -> bool:
    """True for two digits that are minutes, 00–59."""
    return len(tok) == 2 and tok.isdigit() and tok < "60"


def _weekday_of(year: int, month: int, day: int) -> int | None:
    """The weekday (Monday 0) of that day, or None when there is no such day."""
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


# The months' days, February's in a leap year (_restates_days takes its 28th too).
_MONTH_LENGTHS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _restates_days(words: list[Item], dates: list[Item]) -> bool:
    """True if the ``dates`` lie as many days apart as the relative ``words`` before them
    ("hoje e amanhã, dias 24 e 25 de janeiro": one day), month-less days in the month
    of the last, or across a month's end ("31 de janeiro e 1 de fevereiro")."""
    for (w0, w1), (d0, d1) in zip(pairwise(words), pairwise(dates), strict=True):
        gap = (w1.relative or 0) - (w0.relative or 0)
        if d0.day is None or d1.day is None or gap <= 0:
            return False
        if d0.month is None or d1.month is None or d0.month == d1.month:
            if d1.day - d0.day != gap:
                return False
        elif d1.month != d0.month % 12 + 1 or d0.day + gap - d1.day not in (
            (28, 29) if d0.month == 2 else (_MONTH_LENGTHS[d0.month - 1],)
        ):  # February in a common year or a leap year
            return False
    return True


def _days_of_this_month(items: list[Item]) -> None:
    """The bare days before a last day written with "of this month" are of that month
    too, the reference's ("De 22 a 25 deste mês", "nos dias 22 e 23 do corrente mês",
    "du 22 au 25 de ce mois"), as a month written after them would be theirs; not when
    one of them has its own ("del 5 de mayo al 17 del presente mes" keeps May)."""
    if all(_month_less_day(it) and not it.said_month for it in items[:-1]):
        for it in items[:-1]:
            it.this_month = True


def _month_less_day(it: Item) -> bool:
    """True for a day with no month, no year and no relative word: a day that a weekday
    and the reference may place (see Parser._weekday_days)."""
    return (
        it.day is not None
        and it.month is None
        and not it.numeric
        and it.year is None
        and not it.partial
        and it.relative is None
    )


def _ends_later(first: Item, end: Item) -> bool:
    """True if ``end`` falls after ``first`` as written, a year stated by one taken for
    both (see Parser._until_after_start)."""
    if end.month is None or first.month is None:
        return False
    year = first.year or end.year or 0
    return (end.year or year, end.month, end.day or 0) > (year, first.month, first.day or 0)


def _ends_within_a_year(first: Item, end: Item) -> bool:
    """True if ``end`` may end a period that starts at ``first``: after it and at most a
    year on when both state their years; with one year or none, always, as the end
    after a stated start, or the start before a stated end, takes the year that puts
    it so (note 4 of docs/dates.md)."""
    if first.year is None or end.year is None:
        return True
    start = (first.year, first.month or 0, first.day or 0)
    return start < (end.year, end.month or 0, end.day or 0) <= (start[0] + 1, *start[1:])


def _year_by_weekday(years: tuple[int, ...], month: int, it: Item) -> int | None:
    """The one of ``years`` (a stated year, or a school year's two) in which the named
    weekday of ``it`` falls on its day: two years in a row never share one for a day."""
    for year in years:
        if _weekday_of(year, month, it.day or 0) == it.weekday:
            return year
    return None


def _school_years(span: re.Match[str] | None, year: int | None) -> tuple[int, int] | None:
    """The two years of a school year "2022/23" or "2022/2023" (``span``) whose first is
    ``year``, when the second is the next one; else None."""
    if span is None or year is None:
        return None
    second = span[2]
    full = int(span[1][:2] + second) if len(second) == 2 else int(second)
    return (year, year + 1) if full == year + 1 else None


def _is_act_year(tok: str) -> bool:
    """True if ``tok`` is a 1900-2099 year, as an act's number writes it apart from its
    body's initials or before its count ("53/CNE/2013", "Nº 2017/9")."""
    return len(tok) == 4 and tok[:2] in ("19", "20") and tok.isdigit()


def _full_year(two_digits: str) -> int:
    """A two-digit year's century: 00-69 are 2000-2069, 70-99 are 1970-1999."""
    year = int(two_digits)
    return 2000 + year if year <= 69 else 1900 + year


def _give_half(times: Sequence[Time], half: str) -> None:
    """Give the half of the day of a part of the day ("stasera", "Freitagabend") to the
    bare hours after it: "alle 9" is 21:00 there."""
    for time in times:
        if time.meridiem is None and time.hour < 12:
            time.meridiem = half


def _time_range_word(text: list[str], k: int) -> bool:
    """True if the word at ``k`` joins a time range's start to its end: one of
    :data:`_TIME_RANGE_WORDS`, or Italian "sino" before an Italian "at" (see
    :data:`_SINO_AT_THE`)."""
    if text[k] in _TIME_RANGE_WORDS:
        return True
    if text[k] != "sino":
        return False
    nxt = text[k + 1]
    return nxt in _SINO_AT_THE or (nxt in {"a", "ad"} and text[k + 2] in _SINO_A_ENDS)


def _own_prefix_after_and(text: list[str], k: int) -> bool:
    """True if the "and" at ``k`` is followed by a time's own strong prefix ("ja klo
    17.00", "и в 14 часа", "și la ora 14", "i o godz. 14", "a v 14 hodin"): a second time,
    not a range's end. Czech and Slovak "a", also Romance "to", only before a Slavic
    "at"."""
    m = k + 1
    if text[m] in _AT_BEFORE_HOUR_WORD or (text[m] == "la" and text[k] != "a"):
        m += 1  # "o godz.", "la ora"; "v 14 hodin"
        if text[m].isdigit():
            return text[m + 1] in _HOUR_MARKERS
    return text[k] != "a" and text[m] in _STRONG_TIME_PREFIXES


def _period_before_at(text: list[str], p: int, hour: int) -> str | None:
    """ "pm" if a period of the day ends right before the "at" words that end at ``p``
    and moves ``hour`` ("το απόγευμα στις 6.30", "am Abend um 7 Uhr", "po południu o
    godz. 4"; see _PERIODS_BEFORE_AT)."""
    q = p
    while (
        q > p - 3
        and text[q] in _AT_AFTER_PERIOD
        and (text[q] != "." or text[q - 1] in _AT_AFTER_PERIOD)  # "kl. 7", not "evening. 7"
    ):
        q -= 1  # "a las", "o godz."
    for words, lowest in _PERIODS_BEFORE_AT.get(text[q], ()):
        if hour >= lowest and tuple(text[q - len(words) + 1 : q + 1]) == words:
            return "pm"
    return None


def _midday_twelve(text: list[str], k: int, hour: int, half: str) -> str:
    """The half of the day of ``hour`` before the period word at ``k``: a morning word's
    12 is midday, unlike "12.30 am", in digits and in words ("a las 12.30 de la mañana",
    "a partir de las doce de la mañana", "às 12h da manhã", "alle 12 del mattino", "à
    12h30 du matin", "στις δώδεκα το πρωί"); English "12 in the morning" stays."""
    if half == "am" and hour == 12 and text[k] in _DAY_PERIODS and text[k] != "in":
        return "pm"
    return half


def _to_a_24_hour_end(text: list[str], k: int) -> bool:
    """True if a range to an hour of the 24-hour clock follows the hour before ``k``
    ("8.00-16.00"): no period word before the start then ("orarul este 8.00-16.00" is
    Romanian "the hours are", not Hungarian "este", evening)."""
    return text[k] in _TIME_RANGE_WORDS and text[k + 1].isdigit() and 13 <= int(text[k + 1]) <= 24


def _and_minute_words(text: list[str], k: int) -> tuple[int, int] | None:
    """The minutes that "and" at ``k`` adds to an hour, with their minute word after
    them ("20h e 30 minutos", "a las 20 y 30 minutos", Romanian "ora 20 și 30 de
    minute", "u 19 sati i 30 minuta"): ``(minute, next)``, minutes 0–59; the word makes
    them minutes where bare ones may be a second hour ("a las 8 y 15")."""
    if not text[k + 1].isdigit() or len(text[k + 1]) > 2:
        return None
    if text[k] == _WITH_MINUTES:
        if text[k + 3] in _OF_A_DELAY:
            return None  # "a las 11 con 10 minutos de retraso"
    elif text[k] not in _AND_WORDS:
        return None
    m = k + 2 + (text[k + 2] == "de")  # Romanian "30 de minute"
    minute = int(text[k + 1])
    return (minute, m + 1) if text[m] in _MINUTE_WORDS and minute < 60 else None


def _hour_article(
    text: list[str], k: int, sentence_ends: Callable[[int], bool] | None = None
) -> bool:
    """True for Spanish and Catalan "a las", "a les" at ``k`` before a clock with its
    minutes or hour word: "at the" hour, as strong as Portuguese "às" ("en la plaza,
    a las 17.30", "a les 18 h"); "a las 17 personas" is a count. Also minutes after "y"
    that no hour could be, with no noun after them ("a las 20 y 30", "a las 20 y 30 de
    la noche"; "a las 20 y 30 personas" counts, "a las 8 y 15" may list two hours).
    With ``sentence_ends`` (right after a date: the parser's test whether a full stop
    ends its sentence) also a bare hour that a comma, a semicolon, the text's end or a
    full stop ending the sentence closes ("Hoy a las 12, con el chupinazo", "sábado 19
    a las 11; domingo 20 a las 12", "… de 2019 a las 19. Habrá …"; after the date's
    words, "llegó tarde a las 9" may be any nine). Spanish "a la hora" ("at the hour")
    is as strong as "a las"."""
    if text[k + 1] == "la" and text[k + 2] == "hora":
        k += 1  # "a la hora 19": the hour after "hora" as after "las"
    elif text[k + 1] not in _HOUR_ARTICLES_AFTER_A:
        return False
    if not text[k + 2].isdigit():
        return False
    after = text[k + 3]
    return (
        after in _HOUR_MARKERS
        or (after in _CLOCK_SEPARATORS and text[k + 4].isdigit())
        or (
            sentence_ends is not None
            and (after in _BARE_HOUR_CLOSES or (after == "." and sentence_ends(k + 3)))
            and len(text[k + 2]) <= 2
            and int(text[k + 2]) <= 24
        )
        # a decimal-comma clock, its minutes two digits ("a las 19,00 se celebrará"; not
        # "a las 2,5 km", and the clock reader stops "a las 12,50 euros")
        or (after == "," and len(text[k + 4]) == 2 and text[k + 4].isdigit())
        or _and_minute_words(text, k + 3) is not None  # "a las 20 y 30 minutos"
        or (
            after in _HOUR_AND_MINUTES
            and len(text[k + 4]) == 2
            and "25" <= text[k + 4] <= "59"
            and (
                not text[k + 5].isalpha()
                or text[k + 5] in _HOURISH
                or text[k + 5] in _MERIDIEM_STARTS
            )
        )
    )


def _weak_word(text: list[str], k: int) -> bool:
    """A weak month abbreviation used as a word ("się", "set"): no day after it."""
    return text[k] in WEAK_MONTH_WORDS and not text[k + 1].isdigit()


def _plain_word(text: list[str], k: int) -> bool:
    """A month name used as a word between a date and its clock: a weak abbreviation,
    or a name that is a common word ("the library may close at 14:00", Romanian "mai
    devreme, la ora 14.00": earlier) with no number on either side."""
    if text[k] in _MONTH_HOMOGRAPHS:
        return not text[k - 1].isdigit() and not text[k + 1].isdigit()
    return _weak_word(text, k)


def is_ambiguous_relative(words: tuple[str, ...] | None, times: Sequence[Time] = ()) -> bool:
    """True for relative words that count only as a whole field: ordinary words
    elsewhere ("hier", "morgen"; some not with a clock of their own: "sutra u 19
    sati"), and parts of today with no time after them ("ce soir")."""
    if words in AMBIGUOUS_RELATIVE:
        return not any(time.marked for time in times) or words not in TIME_SETTLED_RELATIVE
    return not times and words in TIMED_RELATIVE
