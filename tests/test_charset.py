"""Decoding pages whose declared charset lies (issue 11), and text cleaning of invisible
bidi and zero-width characters.

Each page is written in its real charset with the text of a real language, then served
with a wrong declaration in the header and the ``<meta>``; the decoder must return the
text a reader sees and say why it overruled the declaration.
"""

from __future__ import annotations

import pytest
from w3lib.encoding import html_to_unicode

from citycrawl.parsing.charset import decode_page, mojibake_signs
from citycrawl.parsing.html import clean_text, element_text, parse_tree

# Real sentences of the kind city-network pages carry, one per script family.
TEXTS = {
    "pl": "Spotkanie miast w Łodzi i Gdańsku: Łódź, Gdańsk, Kraków, Wrocław, Poznań, "
    "Białystok. Rada miejska ogłosiła nowy program dla mieszkańców i przedsiębiorców.",
    "cs": "Praha, Brno, Ostrava, Plzeň, Ústí nad Labem a České Budějovice. Městská rada "
    "schválila nový plán rozvoje dopravy; příští zasedání bude ve středu.",
    "fr": "Réunion des villes européennes à Besançon, Orléans et Nîmes : l’économie "
    "circulaire au cœur des débats, « une priorité » selon la maire.",
    "ru": "Москва, Санкт-Петербург, Новосибирск. Городской совет утвердил новый план "
    "развития общественного транспорта на ближайшие годы.",
    "ja": "東京都、大阪市、横浜市。市議会は新しい交通開発計画を承認しました。",
}


def page(lang: str, text: str, meta_charset: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="{meta_charset}">'
        f"<title>{text[:30]}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{text[:30]}</h1><p>{text}</p><p>{text}</p></article></body></html>"
    )


LIARS = [
    # (language, real charset): declared UTF-8 in the header and the meta.
    ("pl", "cp1250"),
    ("pl", "iso-8859-2"),
    ("cs", "cp1250"),
    ("cs", "iso-8859-2"),
    ("fr", "cp1252"),
    ("ru", "koi8-r"),
    ("ru", "cp1251"),
    ("ja", "shift_jis"),
    ("ja", "euc-jp"),
]


@pytest.mark.parametrize(("lang", "charset"), LIARS)
def test_utf8_declared_legacy_bytes_decode_right(lang: str, charset: str) -> None:
    body = page(lang, TEXTS[lang], "utf-8").encode(charset)
    decoded = decode_page(body, "text/html; charset=UTF-8")
    assert TEXTS[lang] in decoded.text
    assert decoded.fallback == "invalid_utf8"


def test_polish_page_of_issue_11_reads_lodz_gdansk() -> None:
    body = page("pl", TEXTS["pl"], "utf-8").encode("cp1250")
    tree = parse_tree(body, "https://example.pl/news", "text/html; charset=utf-8")
    assert "Łódź, Gdańsk" in (element_text(tree.find(".//p")) or "")
    assert "£ódŸ" not in (element_text(tree) or "")


def test_polish_page_without_language_still_reads_right() -> None:
    body = page("pl", TEXTS["pl"], "utf-8").replace(' lang="pl"', "").encode("cp1250")
    assert "Łódź, Gdańsk" in decode_page(body, "text/html; charset=utf-8").text


@pytest.mark.parametrize(("lang", "charset"), [("pl", "cp1250"), ("cs", "cp1250")])
def test_wrong_legacy_declaration_with_mojibake_is_overruled(lang: str, charset: str) -> None:
    body = page(lang, TEXTS[lang], "iso-8859-1").encode(charset)
    decoded = decode_page(body, "text/html; charset=iso-8859-1")
    assert decoded.fallback == "mojibake"
    assert TEXTS[lang] in decoded.text


def test_utf8_bytes_declared_latin1_decode_as_utf8() -> None:
    body = page("fr", TEXTS["fr"], "iso-8859-1").encode("utf-8")
    decoded = decode_page(body, "text/html; charset=iso-8859-1")
    assert decoded.fallback == "utf8_declared_legacy"
    assert TEXTS["fr"] in decoded.text


HONEST = [
    ("pl", "cp1250"),
    ("pl", "iso-8859-2"),
    ("cs", "iso-8859-2"),
    ("fr", "cp1252"),
    ("cs", "cp1250"),
    ("ru", "koi8-r"),
    ("ru", "cp1251"),
    ("ja", "shift_jis"),
    ("ja", "utf-8"),
]


@pytest.mark.parametrize(("lang", "charset"), HONEST)
def test_honest_declarations_are_kept(lang: str, charset: str) -> None:
    body = page(lang, TEXTS[lang], charset).encode(charset)
    decoded = decode_page(body, f"text/html; charset={charset}")
    assert decoded.fallback is None
    assert decoded.text == html_to_unicode(f"text/html; charset={charset}", body)[1]
    assert TEXTS[lang] in decoded.text


@pytest.mark.parametrize(
    "text",
    [
        "Photo ©Reuters, 20°C in Lleida: la col·lecció «Bonjour» ¿Qué tal? ¡Hola!",
        "Prix : 12,50 € — 3½ kg, n° 7, 1er étage ; « déjà vu » ² ³",
        "Ökonomie, Straße, Größe: für Äpfel, Öl und Übermaß",
    ],
)
def test_honest_western_text_shows_no_mojibake_signs(text: str) -> None:
    assert mojibake_signs(text) == 0


@pytest.mark.parametrize(
    "mojibake",
    ["£ódŸ, Gdañsk, Wroc³aw, Bia³ystok", "KÃ¶ln, MÃ¼nchen, DÃ¼sseldorf", "Ìîñêâà, Êèåâ"],
)
def test_mojibake_shows_its_signs(mojibake: str) -> None:
    assert mojibake_signs(mojibake) >= 2


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Invoice\u202egpj.exe", "Invoicegpj.exe"),
        ("\u2066Berlin\u2069 and \u2067Wien\u2069", "Berlin and Wien"),
        ("Zero\u200bwidth\u200c join\u200d\u200e\u200f", "Zerowidth join"),
        ("\ufeffTitle with a stray BOM\u202a\u202b\u202c\u202d", "Title with a stray BOM"),
    ],
)
def test_bidi_and_zero_width_characters_are_stripped(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_title_element_loses_bidi_override() -> None:
    body = "<html><head><title>Gdańsk \u202eabc\u202c news</title></head><body></body></html>"
    tree = parse_tree(body.encode(), "https://example.org/", "text/html; charset=utf-8")
    assert element_text(tree.find(".//title")) == "Gdańsk abc news"


def test_a_lying_charset_is_noted_for_the_crawls_stats() -> None:
    from citycrawl.parsing.html import collect_charset_fixes, parse_tree

    text = "<html lang='pl'><head><title>Łódź</title></head><body><p>Łódź, Gdańsk, Kraków i "
    text += "Wrocław: miasta członkowskie sieci spotkały się w Poznaniu.</p></body></html>"
    lying = text.encode("cp1250")
    honest = text.encode("utf-8")
    with collect_charset_fixes() as fixes:
        tree = parse_tree(lying, "https://example.org/", "text/html; charset=utf-8")
    assert fixes  # a reason, such as invalid_utf8
    assert "Łódź" in "".join(tree.itertext())
    with collect_charset_fixes() as fixes:
        parse_tree(honest, "https://example.org/", "text/html; charset=utf-8")
    assert fixes == []
