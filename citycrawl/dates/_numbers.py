"""Numbers written in words, as French, Spanish, Portuguese, Galician, Italian and Catalan
council minutes write their dates ("L'an deux mille huit, le dix-huit novembre", "a veintisiete
de junio de dos mil trece", "aos quinze dias do mês de março", "il giorno quindici del mese di
marzo dell'anno duemilaventi", "vint-i-vuit de juliol de dos mil setze"). Folded token texts
in, a value out; the grammar decides where such numbers may stand."""

from __future__ import annotations

from functools import lru_cache

_UNITS = ("", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove")
_IT_TEENS = (
    "dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici",
    "diciassette", "diciotto", "diciannove",
)  # fmt: skip
_IT_TENS = ("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta",
            "novanta")  # fmt: skip


def _italian() -> dict[str, int]:
    """1-99 as Italian writes them in one word ("ventitré", "trentuno", "ventotto")."""
    out = {word: n for n, word in enumerate(_UNITS) if word}
    out.update({word: 10 + n for n, word in enumerate(_IT_TEENS)})
    for k, tens in enumerate(_IT_TENS):
        value = 20 + 10 * k
        out[tens] = value
        for n, unit in enumerate(_UNITS[1:], start=1):
            # the tens' final vowel goes before "uno" and "otto": "ventuno", "ventotto"
            out[(tens[:-1] if n in (1, 8) else tens) + unit] = value + n
    return out


_ADDED: dict[str, int] = {
    # French
    "premier": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60,
    # Spanish
    "primero": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
    "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18,
    "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiun": 21, "veintidos": 22,
    # the feminine the hours take ("siendo las veintiuna horas")
    "veintiuna": 21,
    "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26,
    "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30,
    "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
    "noventa": 90, "novecientos": 900,
    # Portuguese
    "primeiro": 1, "dois": 2, "duas": 2, "quatro": 4, "sete": 7, "oito": 8, "dez": 10,
    "doze": 12, "treze": 13, "catorze": 14, "dezasseis": 16, "dezesseis": 16,
    "dezassete": 17, "dezessete": 17, "dezoito": 18,
    "dezanove": 19, "dezenove": 19, "vinte": 20, "trinta": 30, "quarenta": 40,
    "cinquenta": 50, "sessenta": 60, "oitenta": 80, "novecentos": 900,
    # Galician (the rest as Portuguese or Spanish): "o vintaseis de xullo de mil novecentos
    # noventa e seis"; the twenties in one word both as written ("vinteseis") and as
    # spoken ("vintaseis")
    "dous": 2, "catro": 4, "dezaseis": 16, "dezasete": 17, "dezaoito": 18, "corenta": 40,
    "oitocentos": 800,
    # Italian
    "primo": 1,
    # the hundreds of the years written in words after their month ("de mil y
    # quinientos y ochenta y siete", "de mil oitocentos e noventa e cinco"): Spanish,
    # Portuguese, Galician; "cien"/"cem" stand alone, "ciento"/"cento" before a ten
    "cien": 100, "ciento": 100, "doscientos": 200, "trescientos": 300,
    "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600, "setecientos": 700,
    "ochocientos": 800,
    "cem": 100, "cento": 100, "duzentos": 200, "trezentos": 300, "quatrocentos": 400,
    "quinhentos": 500, "seiscentos": 600, "setecentos": 700,
    "douscentos": 200, "trescentos": 300, "catrocentos": 400, "quinentos": 500,
}  # fmt: skip
# Catalan (the rest as French, Spanish or Italian: "tres", "quatre", "onze", "catorze",
# "quinze", "trenta"), Valencian spellings too ("dèsset", "dihuit", "dènou"); its
# compounds are split by the tokenizer ("vint-i-vuit", "noranta-sis", "nou-cents") and
# joined by "-" and "i". "set", "nou" and "deu" are also everyday words ("thirst", "new",
# "owes"): the grammar reads these words only before a Catalan month.
CATALAN_NUMBER_WORDS: dict[str, int] = {
    "dues": 2, "cinc": 5, "sis": 6, "set": 7, "vuit": 8, "nou": 9, "deu": 10, "dotze": 12,
    "tretze": 13, "setze": 16, "disset": 17, "desset": 17, "divuit": 18, "dihuit": 18,
    "dinou": 19, "denou": 19, "vint": 20, "seixanta": 60, "setanta": 70, "vuitanta": 80,
    "huitanta": 80, "noranta": 90,
}  # fmt: skip
_ADDED.update(CATALAN_NUMBER_WORDS)
_GL_TWENTIES = ("un", "dous", "tres", "catro", "cinco", "seis", "sete", "oito", "nove")
_ADDED.update(
    {head + unit: 21 + n for n, unit in enumerate(_GL_TWENTIES) for head in ("vinte", "vinta")}
)
NUMBER_WORDS: dict[str, int] = {**_italian(), **_ADDED}
"""Folded number words; "un"/"uno"/"um" are left out: "un mars pluvieux" is no 1 March."""
del NUMBER_WORDS["uno"]
_THOUSANDS = frozenset({"mille", "mil"})
_JOINERS = frozenset({"-", "et", "y", "e", "i"})
_ONES = frozenset({"un", "une", "uno", "um", "uma", "unha", "u", "una"})
"""One, read only at the end of a compound ("vingt et un", "treinta y uno", "vint-i-u")."""
# "Hundred" multiplies what stands before it: French "cent", Catalan "nou-cents",
# "dues-centes".
_HUNDRED_WORDS = frozenset({"cent", "cents", "centes"})


@lru_cache(maxsize=4096)
def italian_compound(word: str) -> int | None:
    """A year Italian writes as one word: "duemilaventi", "millenovecentonovantanove"."""
    for thousand in ("mila", "mille"):
        head, sep, tail = word.partition(thousand)
        if sep:
            times = 1 if not head else NUMBER_WORDS.get(head)
            rest = 0 if not tail else _hundreds(tail)
            return None if times is None or rest is None else times * 1000 + rest
    return None


# The hundreds as Italian glues them before the rest: "cent", "duecent", … "novecent".
_IT_HUNDREDS = {unit + "cent": 100 * max(n, 1) for n, unit in enumerate(_UNITS) if n != 1}


def _hundreds(word: str) -> int | None:
    """A number below 1000 in one Italian word ("novecentonovantanove", "ottocento"),
    the hundred's final "o" dropped before "otto" and "ottanta" ("novecentottanta")."""
    head, sep, rest = word.partition("cent")
    hundreds = _IT_HUNDREDS.get(head + sep) if sep else None
    if hundreds is None or not rest:
        return NUMBER_WORDS.get(word)
    if rest == "o":
        return hundreds
    # past "cento"'s "o" ("novecentonovanta"), else the rest whole: its "o" is that of
    # "otto", "ottanta" ("novecentottanta")
    tail = NUMBER_WORDS.get(rest[1:]) if rest[0] == "o" else None
    tail = NUMBER_WORDS.get(rest) if tail is None else tail
    return None if tail is None else hundreds + tail


def value_of(words: list[str]) -> int | None:
    """The number the words spell, in text order ("dix", "huit" -> 18; "deux", "mille",
    "huit" -> 2008; "quatre", "vingt", "dix", "neuf" -> 99; "dos", "mil", "trece")."""
    total = current = 0
    for word in words:
        if word in _THOUSANDS:
            total, current = total + (current or 1) * 1000, 0
        elif word in _HUNDRED_WORDS:
            current = (current or 1) * 100
        elif word == "vingt" and current % 100 == 4:
            current += 76  # "quatre-vingt(s)": 80
        elif word == "vingts" and current % 100 == 4:
            current += 76
        elif word in NUMBER_WORDS:
            if not _adds_to(current % 100, NUMBER_WORDS[word]):
                return None  # two numbers, no compound: "doce y trece", "dotze i tretze"
            current += NUMBER_WORDS[word]
        elif word in _ONES:
            current += 1
        else:
            compound = italian_compound(word)
            if compound is None:
                return None
            current += compound
    return total + current


def _adds_to(tens: int, value: int) -> bool:
    """True if ``value`` may follow a number whose last two digits are ``tens`` in one
    compound: after a hundred or thousand anything, after a ten a unit ("vint-i-vuit",
    "dix-huit"), after French 60 and 80 a teen too ("soixante et onze")."""
    if not tens or value >= 100:
        return True
    return tens % 10 == 0 and (value < 10 or (tens in (60, 80) and value < 20))


def is_number_word(word: str) -> bool:
    return (
        word in NUMBER_WORDS
        or word in _THOUSANDS
        or word in _HUNDRED_WORDS
        or word == "vingts"
        or (len(word) > 6 and italian_compound(word) is not None)
    )


def _joined(text: list[str], k: int, step: int) -> int:
    """Past joiners from ``k`` in direction ``step``: the next index to read."""
    while text[k] in _JOINERS:
        k += step
    return k


def words_back(text: list[str], end: int) -> tuple[list[str], int]:
    """The number words ending right before token ``end`` (joiners between them allowed;
    "un" only after one: "vingt et un"), in text order, and the index of the first."""
    k = end - 1
    found: list[str] = []
    if text[k] in _ONES and text[k - 1] in _JOINERS:
        before = _joined(text, k - 1, -1)
        if before >= 0 and is_number_word(text[before]):
            found.append(text[k])
            k = before
    first = k + 1
    while k >= 0 and is_number_word(text[k]):
        found.append(text[k])
        first = k
        k = _joined(text, k - 1, -1)
    found.reverse()
    return found, first


def words_forward(text: list[str], start: int) -> tuple[list[str], int]:
    """The number words from token ``start`` on, and the index after the last; "one"
    ends them, but for a year's "one thousand" ("de um mil novecentos e quarenta")."""
    k = start
    found: list[str] = []
    after = start
    while is_number_word(text[k]) or (text[k] in _ONES and (found or text[k + 1] in _THOUSANDS)):
        found.append(text[k])
        after = k + 1
        if text[k] in _ONES and len(found) > 1:
            break
        k = _joined(text, k + 1, 1)
        if k == after and not is_number_word(text[k]):
            break
    return found, after


def unfinished(text: list[str], words: list[str], after: int) -> bool:
    """True if number words stop at a thousand before a joiner ("dois mil e catroze"):
    the number goes on in a word not known, so its value is no year."""
    return bool(words) and words[-1] in _THOUSANDS and text[after] in _JOINERS


# Hungarian ordinal days after their month ("augusztus huszadika", "március
# tizenötödikén"): the ordinal of each unit, and of each ten alone and as a prefix.
_HU_UNIT_ORDINALS = (
    "", "egyedike", "kettedike", "harmadika", "negyedike", "ötödike", "hatodika",
    "hetedike", "nyolcadika", "kilencedike",
)  # fmt: skip
_HU_TENS = ((10, "tizedike", "tizen"), (20, "huszadika", "huszon"), (30, "harmincadika", "harminc"))
# The case endings a day takes: on (-án/-én), until (-áig/-éig), from (-ától/-étől).
_HU_ENDINGS = {"a": ("a", "án", "áig", "ától"), "e": ("e", "én", "éig", "étől")}


def _hungarian_ordinal_days() -> dict[str, int]:
    days = {"elseje": 1, "másodika": 2}
    days.update((word, n) for n, word in enumerate(_HU_UNIT_ORDINALS) if n > 2)
    for ten, alone, prefix in _HU_TENS:
        days[alone] = ten
        for n in range(1, 10 if ten < 30 else 2):
            days[prefix + _HU_UNIT_ORDINALS[n]] = ten + n
    return {
        stem[:-1] + ending: day for stem, day in days.items() for ending in _HU_ENDINGS[stem[-1]]
    }


HUNGARIAN_ORDINAL_DAYS = _hungarian_ordinal_days()
"""Hungarian ordinal days with their case endings (unfolded: the grammar folds them)."""


# Ordinal days before "dia"/"día" in Portuguese, Spanish and Galician council minutes
# ("ao vigésimo dia do mês de novembro", "al primer día del mes de mayo"), folded: the
# units, and the tens alone, before a unit as their own word ("vigésimo primeiro") or
# glued to it (Spanish "vigesimoprimero", "decimotercer").
_ORDINAL_UNITS = {
    "primeiro": 1, "primero": 1, "primer": 1, "segundo": 2, "terceiro": 3, "tercero": 3,
    "tercer": 3, "quarto": 4, "cuarto": 4, "quinto": 5, "sexto": 6, "setimo": 7,
    "septimo": 7, "oitavo": 8, "octavo": 8, "nono": 9, "noveno": 9,
}  # fmt: skip
_ORDINAL_TENS = {
    "decimo": 10, "vigesimo": 20, "vixesimo": 20, "trigesimo": 30, "trixesimo": 30
}  # fmt: skip
ORDINAL_DAY_WORDS: dict[str, int] = {
    **_ORDINAL_UNITS,
    **_ORDINAL_TENS,
    **{t + u: tv + uv for t, tv in _ORDINAL_TENS.items() for u, uv in _ORDINAL_UNITS.items()},
    "undecimo": 11, "duodecimo": 12,
}  # fmt: skip


def ordinal_day(text: list[str], k: int) -> tuple[int, int] | None:
    """The ordinal day that ends at token ``k`` ("vigesimo", "vigesimo primeiro",
    "decimotercer") and the index of its first word, if it is a day of a month."""
    day = ORDINAL_DAY_WORDS.get(text[k])
    if day is None:
        return None
    first = k
    if day < 10 and k > 0 and text[k - 1] in _ORDINAL_TENS:
        first, day = k - 1, day + _ORDINAL_TENS[text[k - 1]]
    return (day, first) if day <= 31 else None
