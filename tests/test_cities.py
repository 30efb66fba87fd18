"""The cities column: the hard cases by name, and accuracy on hand-labelled sentences."""

from __future__ import annotations

import gzip
import json
import sys
from importlib import resources
from pathlib import Path

import pytest

from bench.bench_cities import SENTENCES, score
from citycrawl.enrich.cities import (
    _CANDIDATE_RE,
    CityFinder,
    _common_words,
    _SortedWords,
    cities_column,
)
from citycrawl.enrich.gazetteer import MemberList, network_members


@pytest.fixture(scope="module")
def finder() -> CityFinder:
    return CityFinder(members=network_members("eurocities"), stop_names=["EUROCITIES", "Roma"])


def names(finder: CityFinder, text: str, language: str | None = "en") -> list[str]:
    return [f"{m.city.name}|{m.city.country_code}" for m in finder.find(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Valencia hosts the mobility forum in May.", "en", ["Valencia|ES"]),
        ("It was a nice day in Brussels.", "en", ["Brussels|BE"]),
        ("Nice to meet you all in Ghent.", "en", ["Gent|BE"]),
        ("The mayor of Nice, Christian Estrosi, spoke.", "en", ["Nice|FR"]),
        ("Split the budget into two parts.", "en", []),
        ("The forum met in Split, Croatia.", "en", ["Split|HR"]),
        ("Reading the report, mayors agreed.", "en", []),
        ("A delegation from Reading visited Bath and Bristol.", "en",
         ["Reading|GB", "Bath|GB", "Bristol|GB"]),
        ("Bath is a spa town.", "en", []),
        ("Florence Gaub, director at the institute, said cities matter.", "en", []),
        ("Anna Lisa Boni, secretary general of Eurocities, concluded.", "en", []),
        ("Katharina Bamberg, Head of Policy, says so.", "en", []),
        ("Dario Nardella, Florence Mayor, opened the meeting.", "en", ["Florence|IT"]),
        ("EUROCITIES 2021 Leipzig", "en", ["Leipzig|DE"]),
        ("The office is on Warsaw Street near the station.", "en", []),
        ("Le bureau est rue de Paris à Lyon.", "fr", ["Lyon|FR"]),
        ("Via Roma 10, Torino", "it", ["Turin|IT"]),
        ("Mayor Ricardo Rio of Braga", "en", ["Braga|PT"]),
        ("Die Stadt Essen lädt ein, das Essen ist gut.", "de", ["Essen|DE"]),
        ("Webinars take place on Wednesday 18 March and the European Green Deal.", "en", []),
        ("The results were presented by DG REGIO in Porto.", "en", ["Porto|PT"]),
        ("She lives in County Durham and works in Newcastle.", "en", ["Newcastle upon Tyne|GB"]),
    ],
)  # fmt: skip
def test_hard_cases(finder: CityFinder, text: str, language: str, expected: list[str]) -> None:
    assert names(finder, text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [("Wien ist anders.", "de"), ("Vienne accueille le forum.", "fr"), ("Vienna votes.", "en")],
)
def test_one_city_under_its_names_vienna(finder: CityFinder, text: str, language: str) -> None:
    assert names(finder, text, language) == ["Vienna|AT"]


def test_historic_and_multilingual_names(finder: CityFinder) -> None:
    text = "Before 1945 Danzig, today Gdańsk. In Bruxelles, Brussel or Brussels alike."
    found = cities_column(finder, [text], "en")
    assert [c["name"] for c in found] == ["Gdańsk", "Brussels"]
    assert all(c["member"] for c in found)
    assert found[0]["country_code"] == "PL"
    assert isinstance(found[0]["geonames_id"], int)


def test_member_list_is_pluggable(tmp_path: Path) -> None:
    csv = tmp_path / "members.csv"
    csv.write_text("# a network of one\nname,country_code,geonames_id\nBath,GB,2656173\n")
    members = MemberList.from_csv("spa-towns", csv)
    finder = CityFinder(members=members)
    found = finder.find("The forum met in Bath and Vienna.", "en")
    assert [(m.city.name, m.member) for m in found] == [("Bath", True), ("Vienna", False)]


def test_eurocities_member_list_has_about_two_hundred_resolved_cities() -> None:
    members = network_members("eurocities")
    assert 180 <= len(members.geonames_ids) <= 230


def test_accuracy_on_labelled_sentences(finder: CityFinder) -> None:
    rows = json.loads(SENTENCES.read_text("utf-8"))
    assert len(rows) >= 200
    assert all(r["source"] for r in rows)
    tp, fp, fn, _ = score(finder, rows)
    assert tp / (tp + fp) >= 0.95
    assert tp / (tp + fn) >= 0.90


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Paris", "en", ["Paris|FR"]),  # a text of one word: nothing before, nothing after
        ("(Paris)", "en", ["Paris|FR"]),
        ("eParis and _Paris and 2024Paris met Paris2024.", "en", []),  # inside a word
        ("iPhone users met in Berlin", "en", ["Berlin|DE"]),
        ("La réunion a lieu à Nice.", "fr", ["Nice|FR"]),  # evidence before, not ASCII
        ("Wir treffen uns in München und Köln.", "de", ["Munich|DE", "Köln|DE"]),
        ("Frankfurt am Main hosts it.", "en", ["Frankfurt am Main|DE"]),
        ("Θεσσαλονίκη", "el", ["Thessaloníki|GR"]),
        ("ΑΘΗΝΑ and ATHENS", "en", ["Athens|GR"]),
    ],
)
def test_words_read_around_a_candidate(
    finder: CityFinder, text: str, language: str, expected: list[str]
) -> None:
    assert names(finder, text, language) == expected


def test_candidate_scan_misses_no_capital() -> None:
    # The scan's class lists what is never a capital; a character it wrongly left out
    # would make every word starting with it invisible to the finder.
    missed = [
        c
        for c in map(chr, range(sys.maxunicode + 1))
        if c.isupper() and (c.isalnum() or c == "_") and not _CANDIDATE_RE.match(c)
    ]
    assert missed == []


def test_sorted_words_answer_as_a_set_would() -> None:
    listed = sorted({"aachen", "bath", "bad", "bade", "genève", "zürich", "ärger", "łódź", "ω"})
    words = _SortedWords(("\n".join(listed) + "\n").encode("utf-8"))
    probes = [*listed, "", "a", "ba", "badd", "bat", "baths", "geneve", "zzz", "ärg", "ω" * 2]
    assert [p for p in probes if p in words] == listed


def test_shipped_common_words_are_one_sorted_word_a_line() -> None:
    data = (resources.files("citycrawl.enrich") / "data" / "common_words.txt.gz").read_bytes()
    text = gzip.decompress(data).decode("utf-8")
    lines = text.split("\n")
    assert lines.pop() == ""  # ends with a line break
    assert lines == sorted(set(lines))  # code point order is UTF-8 byte order
    assert all(line and line.split() == [line] for line in lines)
    common = _common_words()
    assert all(w in common for w in lines[:: len(lines) // 500])
    assert "gaub" not in common
    assert "director" in common
