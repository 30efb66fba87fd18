"""Themes from the listing a document was found on; the language column (issue 15)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from citycrawl.enrich.language import choose_language
from citycrawl.enrich.themes import listing_theme
from citycrawl.items import ParsedPage
from citycrawl.parsing.model import DocumentPage
from citycrawl.sites.eurocities import domino, wordpress
from pipelines.language import LanguagePipeline
from pipelines.normalise import normalise_page
from pipelines.validate import validate_row

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = "http://www.eurocities.eu/eurocities/issues/innovation-issue"
FETCHED = dt.datetime(2026, 11, 20, 2, 0, tzinfo=dt.UTC)


def _rows_from_listing(parse, fixture: str, url: str) -> list[dict]:
    body = (FIXTURES / "eurocities" / fixture / "page.html").read_bytes()
    listing = parse(body, url)
    rows = []
    for entry in listing.entries:
        layout = "domino" if parse is domino.parse_listing else "wordpress"
        document = DocumentPage(url=entry.url, layout=layout, title=entry.title)
        page = ParsedPage(
            site="eurocities",
            url=entry.url,
            document=document,
            fetched_at=FETCHED,
            entry=entry,
            listing_url=url,
            listing_heading=listing.heading,
        )
        rows.append(validate_row(normalise_page(page)))
    return rows


def test_every_item_on_the_innovation_issue_page_carries_innovation() -> None:
    rows = _rows_from_listing(domino.parse_listing, "domino/innovation-issue", SEED)
    assert len(rows) >= 6
    for row in rows:
        assert "innovation" in row["themes"], row["title"]
        assert {"theme": "innovation", "source": "listing", "listing_url": SEED} in row[
            "theme_sources"
        ]
    # A bullet stays, with its own source: the union of both.
    braga = next(r for r in rows if r["title"].startswith("Braga"))
    assert braga["themes"] == ["economy", "innovation"]
    assert {"theme": "economy", "source": "card", "listing_url": None} in braga["theme_sources"]


def test_new_site_topic_listing_gives_its_theme() -> None:
    url = "https://eurocities.eu/topics/climate-environment/"
    rows = _rows_from_listing(wordpress.parse_listing, "wordpress/listing-topic", url)
    assert rows
    assert all("climate-environment" in r["themes"] for r in rows)


@pytest.mark.parametrize(
    ("url", "heading", "expected"),
    [
        (SEED, "innovation", ("innovation", "innovation")),
        ("https://eurocities.eu/latest/?_focus_area=covid-19-and-recovery", None,
         ("covid-19-and-recovery", "covid 19 and recovery")),
        ("https://eurocities.eu/goals/climate-change-and-energy-transition/", None,
         ("climate-change-and-energy-transition", "climate change and energy transition")),
        ("http://www.eurocities.eu/eurocities/news&sector=x", "news for Migration and integration",
         None),
        ("https://eurocities.eu/latest_categories/news/", "News", None),
        (None, "innovation", None),
    ],
)  # fmt: skip
def test_listing_theme(url: str | None, heading: str | None, expected: object) -> None:
    assert listing_theme(url, heading) == expected


# One paragraph per language, in the register of city networks' news.
TEXTS = {
    "en": "The city council approved a new plan for public transport and cleaner air.",
    "fr": "Le conseil municipal a adopté un nouveau plan pour les transports publics et l'air.",
    "de": "Der Stadtrat hat einen neuen Plan für den öffentlichen Verkehr und saubere Luft.",
    "es": "El ayuntamiento aprobó un nuevo plan para el transporte público y un aire más limpio.",
    "it": "Il consiglio comunale ha approvato un nuovo piano per il trasporto pubblico e l'aria.",
    "nl": "De gemeenteraad heeft een nieuw plan goedgekeurd voor het openbaar vervoer en lucht.",
    "pl": "Rada miasta przyjęła nowy plan dotyczący transportu publicznego i czystego powietrza.",
    "pt": "A câmara municipal aprovou um novo plano para os transportes públicos e o ar limpo.",
    "sv": "Kommunfullmäktige har antagit en ny plan för kollektivtrafik och renare luft i staden.",
    "cs": "Zastupitelstvo města schválilo nový plán pro veřejnou dopravu a čistší ovzduší.",
    "el": "Το δημοτικό συμβούλιο ενέκρινε ένα νέο σχέδιο για τις δημόσιες συγκοινωνίες.",
    "fi": "Kaupunginvaltuusto hyväksyi uuden suunnitelman joukkoliikenteelle ja ilmalle.",
    "ro": "Consiliul local a aprobat un nou plan pentru transportul public și un aer mai curat.",
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_language_detected_in_each_language(language: str) -> None:
    assert choose_language(None, TEXTS[language]) == (language, "detected")
    assert choose_language(f"{language}-XX", TEXTS[language]) == (language, "declared")


def test_declared_english_over_french_text_is_french() -> None:
    assert choose_language("en-GB", TEXTS["fr"]) == ("fr", "detected")


def test_short_text_keeps_the_declaration() -> None:
    assert choose_language("de", "Leipzig 2021") == ("de", "declared")
    assert choose_language(None, "Leipzig 2021") == (None, None)


def test_og_locale_and_in_language_are_declarations() -> None:
    html = (
        b'<html><head><meta property="og:locale" content="fr_FR"><title>Lyon</title></head>'
        b"<body><article><h1>La ville de Lyon</h1><p>" + TEXTS["fr"].encode() + b"</p>"
        b"</article></body></html>"
    )
    page = wordpress.parse_article(html, "https://eurocities.eu/latest/lyon/")
    assert page.language == "fr_FR"


def test_language_pipeline_sets_both_columns() -> None:
    document = DocumentPage(
        url="https://eurocities.eu/latest/x/", layout="wordpress", title="Lyon", language="en",
        body=TEXTS["fr"],
    )  # fmt: skip
    page = ParsedPage(site="eurocities", url=document.url, document=document, fetched_at=FETCHED)
    row = normalise_page(page)
    row = LanguagePipeline().process_item(row)
    assert (row["language"], row["language_source"]) == ("fr", "detected")


def test_the_listing_that_led_to_a_page_makes_no_new_version() -> None:
    document = DocumentPage(
        url="http://www.eurocities.eu/eurocities/documents/Statement-WSPO-AJEFNB",
        layout="domino",
        title="EUROCITIES statement on the European Pillar of Social Rights",
        theme_labels=["social affairs"],
    )
    rows = [
        normalise_page(
            ParsedPage(
                site="eurocities",
                url=document.url,
                document=document,
                fetched_at=FETCHED,
                listing_url=listing,
            )
        )
        for listing in (SEED, "http://www.eurocities.eu/eurocities/documents", None)
    ]
    assert rows[0]["themes"] == ["social-affairs", "innovation"]
    assert rows[1]["themes"] == rows[2]["themes"] == ["social-affairs"]
    assert len({r["content_hash"] for r in rows}) == 1


def _article(lang: str, text: str) -> bytes:
    return (
        f'<html lang="{lang}"><head><title>City news</title></head><body><article>'
        f"<h1>City news</h1><p>{text}</p><p>{text}</p></article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("declared", "written", "expected"),
    [
        *((lang, lang, (lang, "declared")) for lang in sorted(TEXTS)),
        ("en", "fr", ("fr", "detected")),
    ],
)
def test_pages_through_parser_normaliser_and_pipeline(
    declared: str, written: str, expected: tuple[str, str]
) -> None:
    """From page bytes to the two columns, as a crawl does, in 13 languages."""
    url = f"https://eurocities.eu/latest/city-news-{declared}-{written}/"
    document = wordpress.parse_article(_article(declared, TEXTS[written]), url)
    page = ParsedPage(site="eurocities", url=url, document=document, fetched_at=FETCHED)
    row = LanguagePipeline().process_item(normalise_page(page))
    assert (row["language"], row["language_source"]) == expected
