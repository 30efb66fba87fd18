"""Decoding page bytes when the declared charset may lie.

The declared decoding (BOM, then Content-Type, then the page's own ``<meta>``, then
inference, through w3lib as Scrapy does) is kept whenever it reads cleanly, which costs
nothing beyond the decoding itself for the pages that declare their charset right. It
is overruled in three cases, each reported as :attr:`Decoded.fallback` so the crawl can
count them:

``invalid_utf8``
    UTF-8 declared, bytes not UTF-8 (a windows-1250 page behind a server default);
``utf8_declared_legacy``
    a legacy charset declared, bytes valid UTF-8 with non-ASCII characters (a CMS
    upgraded to UTF-8 whose template kept ``charset=iso-8859-1``): cp1252 text is
    practically never valid UTF-8 by accident;
``mojibake``
    a legacy charset declared whose text shows the signs of the wrong code page
    (``£ódŸ``, ``Wroc³aw``, C1 controls, undefined bytes).

The replacement is chosen among legacy code pages (the page's language first, from
``<html lang>``) by the fewest mojibake signs. bs4's ``UnicodeDammit`` and
charset-normalizer were measured for this job and left out: on a Polish windows-1250
page both chose windows-1252 (``£ódŸ``), on a Czech ISO-8859-2 page cp775 or cp1250.
"""

from __future__ import annotations

import codecs
import itertools
import re
from dataclasses import dataclass

from w3lib.encoding import html_to_unicode

#: Legacy code pages by script family, most common on the web first. ISO-8859-2 comes
#: before windows-1250 because the reverse mistake leaves no sign (``š`` read as ``ą``),
#: while windows-1250 bytes read as ISO-8859-2 become C1 controls (``š`` = 0x9A).
_FAMILIES: dict[str, tuple[str, ...]] = {
    "western": ("cp1252", "iso8859_15"),
    "central": ("iso8859_2", "cp1250"),
    "cyrillic": ("cp1251", "koi8_r", "koi8_u", "iso8859_5"),
    "greek": ("cp1253", "iso8859_7"),
    "turkish": ("cp1254", "iso8859_9"),
    "baltic": ("cp1257", "iso8859_13"),
    "japanese": ("cp932", "euc_jp"),
    "chinese": ("gb18030", "big5"),
    "korean": ("cp949",),
}
# Declared charsets that the first code pages of a family extend.
_SUBSETS = {
    "japanese": ("shift_jis", "iso2022_jp"),
    "chinese": ("gbk", "gb2312", "big5hkscs"),
    "korean": ("euc_kr",),
    "cyrillic": ("koi8_t",),
}
_LANGUAGE_FAMILY = {
    **dict.fromkeys(("pl", "cs", "sk", "hu", "sl", "hr", "ro", "bs", "sq", "sr-latn"), "central"),
    **dict.fromkeys(("ru", "uk", "bg", "mk", "be", "sr"), "cyrillic"),
    **dict.fromkeys(("el",), "greek"),
    **dict.fromkeys(("tr", "az"), "turkish"),
    **dict.fromkeys(("lt", "lv", "et"), "baltic"),
    **dict.fromkeys(("ja",), "japanese"),
    **dict.fromkeys(("zh",), "chinese"),
    **dict.fromkeys(("ko",), "korean"),
}
# Where <html lang> sits: the first kilobytes (the tag opens the document).
_LANG_RE = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
_LANG_WINDOW = 8192
# Latin-1 symbols that a wrong code page puts where letters were (0xA1-0xBF in
# cp1252/latin-1 are letters in cp1250, ISO-8859-2, cp1251, ...); the degree sign, the
# middle dot (Catalan "l·l"), guillemets and ©/® ("©istock") have honest letter
# neighbours and are out.
_SYMBOLS = "¡¢£¤¥¦§¨ª¬¯±²³´µ¶¸¹º¼½¾¿"
#: One mojibake sign: a C1 control or U+FFFD; a symbol between letters or opening a word
#: before a lowercase letter ("Wroc³aw", "£ód"); four non-ASCII Latin letters in a row
#: (Cyrillic read as cp1252: "Ìîñêâà"); an ASCII letter glued to a Cyrillic or Greek
#: one; a Cyrillic capital right after a small letter.
_SIGN_RE = re.compile(
    rf"[\x80-\x9f\ufffd]"
    rf"|(?<=[^\W\d_])[{_SYMBOLS}](?=[^\W\d_])"
    rf"|(?<!\S)[{_SYMBOLS}](?=[a-zß-öø-ÿ])"
    r"|[À-ÖØ-öø-ÿ]{4,}"
    r"|[A-Za-z][\u0370-\u04ff]|[\u0370-\u04ff][A-Za-z]"
    # Cyrillic read with the wrong Cyrillic code page swaps case: "нПУЛЧБ" (KOI8-R as
    # windows-1251); a capital after a small letter inside a word is rare in real text.
    r"|[а-яё][А-ЯЁ]"
)
#: Runs of non-ASCII characters: signs are only ever in them or next to them.
_NON_ASCII_RUN_RE = re.compile(r"[\x80-\U0010ffff]+")
_MAX_RUNS = 5000
#: Signs in the declared decoding before another code page is tried (one can be honest).
MOJIBAKE_THRESHOLD = 3


@dataclass(frozen=True, slots=True)
class Decoded:
    """A page's text, the codec that produced it, and why the declaration was overruled."""

    text: str
    encoding: str
    """Python codec name (``utf-8``, ``cp1250``, ...)."""
    fallback: str | None = None
    """``None`` when the declared charset was used; otherwise the reason (module doc)."""
    exact_utf8: bool = False
    """``text`` is the strict UTF-8 decoding of the bytes (after one BOM)."""


def decode_page(body: bytes, content_type: str | None = None) -> Decoded:
    """Decode ``body`` by its declared charset unless the bytes prove it wrong.

    The declared decoding is the one Scrapy applies (``w3lib.encoding.html_to_unicode``);
    see the module documentation for when and how it is overruled.
    """
    encoding, text = html_to_unicode(content_type, body)
    if encoding.replace("-", "").replace("_", "").lower() == "utf8":
        if "\ufffd" not in text:
            return Decoded(text, "utf-8", exact_utf8=True)
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            best = _best_legacy(body, _language(body), None)
            if best is not None:
                return Decoded(best[2], best[1], "invalid_utf8")
            return Decoded(body.decode("cp1252", errors="replace"), "cp1252", "invalid_utf8")
        return Decoded(text, "utf-8")  # a real U+FFFD in valid UTF-8
    if body.isascii():
        return Decoded(text, encoding)
    try:
        utf8 = body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return Decoded(utf8, "utf-8", "utf8_declared_legacy", exact_utf8=True)
    declared_signs = mojibake_signs(text)
    language = _language(body)
    if declared_signs >= MOJIBAKE_THRESHOLD:
        best = _best_legacy(body, language, declared_signs)
        if best is not None:
            return Decoded(best[2], best[1], "mojibake")
    family = _LANGUAGE_FAMILY.get(language or "")
    if family is not None and _codec(encoding) not in _family_codecs(family):
        # A Czech page in windows-1252 is a contradiction (no ř, ě, ů there), and its
        # misreading leaves no sign ("pøíští"): the language's own code pages decide.
        for codec in _FAMILIES[family]:
            try:
                candidate = body.decode(codec)
            except UnicodeDecodeError:
                continue
            if mojibake_signs(candidate) <= declared_signs:
                return Decoded(candidate, codec, "mojibake")
    return Decoded(text, encoding)


def _codec(encoding: str) -> str:
    """The canonical Python codec name (``windows-1250`` and ``cp1250`` are one)."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding


def _family_codecs(family: str) -> set[str]:
    """Every codec of a family, its supersets' subsets included (``shift_jis`` for
    ``cp932``): a page declaring any of them is written in the family's script."""
    return {_codec(name) for name in (*_FAMILIES[family], *_SUBSETS.get(family, ()))}


def mojibake_signs(text: str) -> int:
    """How many places in ``text`` look like bytes read with the wrong code page."""
    # The sign pattern's lookarounds make the regex engine try every position; scanning
    # for non-ASCII runs first and matching only them (one neighbour each side, which
    # is all the pattern looks at) is ~10x faster on a long page.
    # A sample is enough to judge a decoding, and bounds the cost on binary junk.
    runs = itertools.islice(_NON_ASCII_RUN_RE.finditer(text), _MAX_RUNS)
    windows = [text[max(run.start() - 1, 0) : run.end() + 1] for run in runs]
    return len(_SIGN_RE.findall("\n".join(windows)))


def _language(body: bytes) -> str | None:
    found = _LANG_RE.search(body, 0, _LANG_WINDOW)
    return found.group(1).decode("ascii").lower() if found else None


def _candidates(language: str | None) -> list[str]:
    first = _LANGUAGE_FAMILY.get(language or "", "western")
    order = [first, *(family for family in _FAMILIES if family != first)]
    return [codec for family in order for codec in _FAMILIES[family]]


def _best_legacy(
    body: bytes, language: str | None, to_beat: int | None
) -> tuple[int, str, str] | None:
    """``(signs, codec, text)`` of the first code page with the fewest signs, below
    ``to_beat`` when given; ``None`` if none decodes the bytes or beats it."""
    best: tuple[int, str, str] | None = None
    for codec in _candidates(language):
        try:
            text = body.decode(codec)
        except UnicodeDecodeError:
            continue
        signs = mojibake_signs(text)
        if (to_beat is None or signs < to_beat) and (best is None or signs < best[0]):
            best = (signs, codec, text)
            if signs == 0:
                break
    return best
