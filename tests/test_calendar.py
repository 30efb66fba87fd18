"""Events as RFC 5545 calendars: the writer, the ``ics`` feed format, ``citycrawl export ics``.

Every calendar is read back by a real parser (the ``icalendar`` package) and compared
with the rows it came from.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from citycrawl.calendar import escape_text, fold, write_calendar
from citycrawl.cli import main
from citycrawl.dataset import DatasetWriter, load
from citycrawl.exporters import IcsItemExporter
from citycrawl.mirror import MirrorServer
from tests.crawl_helpers import run_crawl
from tests.dataset_support import make_item
from tests.rows import make_row

BRUSSELS = ZoneInfo("Europe/Brussels")


def _event(**overrides: object) -> dict[str, object]:
    return make_row(item_type="event", categories=["Events"], **overrides)


ROWS = [
    # Three days, no time: all-day, DTEND the day after the last day.
    _event(
        url="https://eurocities.eu/latest/forum-porto/",
        title="Mobility Forum; Porto, Guimarães",
        summary="Two cities\nhost the forum, with a long text: " + "Ω çà " * 30,
        event_start=dt.date(2026, 10, 7),
        event_end=dt.date(2026, 10, 9),
        location="Porto/Guimaraes, Portugal",
        theme_labels=["Mobility"],
    ),
    # A time across the autumn change in Brussels: the zone's own rules must apply.
    _event(
        url="https://eurocities.eu/latest/webinar/",
        title="Webinar on energy saving",
        event_start=dt.date(2026, 10, 30),
        event_end=dt.date(2026, 10, 30),
        event_starts_at=dt.datetime(2026, 10, 30, 14, tzinfo=BRUSSELS).astimezone(dt.UTC),
        event_ends_at=dt.datetime(2026, 10, 30, 15, 30, tzinfo=BRUSSELS).astimezone(dt.UTC),
        event_timezone="Europe/Brussels",
    ),
    # A zone printed as an abbreviation: written in UTC.
    _event(
        url="https://eurocities.eu/latest/cet-call/",
        title="Call at 15:00 CET",
        event_start=dt.date(2026, 1, 15),
        event_end=dt.date(2026, 1, 15),
        event_starts_at=dt.datetime(2026, 1, 15, 14, tzinfo=dt.UTC),
        event_timezone="CET",
    ),
    make_row(url="https://eurocities.eu/latest/a-news-item/", title="Not an event"),
]


def _parse(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text.encode("utf-8"))


def _calendar(rows: list[dict[str, object]]) -> str:
    out = io.StringIO(newline="")
    write_calendar(rows, out, "eurocities events")
    return out.getvalue()


def test_calendar_round_trips_through_a_real_parser() -> None:
    text = _calendar(ROWS)
    calendar = _parse(text)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == 3
    forum = events[f"{ROWS[0]['item_id']}@citycrawl"]
    assert forum.decoded("DTSTART") == dt.date(2026, 10, 7)
    assert forum.decoded("DTEND") == dt.date(2026, 10, 10)
    assert str(forum["SUMMARY"]) == ROWS[0]["title"]
    assert str(forum["DESCRIPTION"]) == ROWS[0]["summary"]
    assert str(forum["LOCATION"]) == "Porto/Guimaraes, Portugal"
    assert str(forum["URL"]) == ROWS[0]["url"]
    assert [str(c) for c in forum["CATEGORIES"].cats] == ["Events", "Mobility"]
    webinar = events[f"{ROWS[1]['item_id']}@citycrawl"]
    assert webinar.decoded("DTSTART") == ROWS[1]["event_starts_at"]
    assert webinar.decoded("DTEND") == ROWS[1]["event_ends_at"]
    assert webinar["DTSTART"].params["TZID"] == "Europe/Brussels"
    call = events[f"{ROWS[2]['item_id']}@citycrawl"]
    assert call.decoded("DTSTART") == dt.datetime(2026, 1, 15, 14, tzinfo=dt.UTC)
    # Re-serialised by the parser and read again: the same events.
    again = _parse(calendar.to_ical().decode("utf-8"))
    assert {str(e["UID"]) for e in again.walk("VEVENT")} == set(events)


def test_vtimezone_gives_the_zone_offsets_on_both_sides_of_the_change() -> None:
    calendar = _parse(_calendar(ROWS))
    (component,) = calendar.walk("VTIMEZONE")
    assert str(component["TZID"]) == "Europe/Brussels"
    tz = component.to_tz()
    for instant in (
        dt.datetime(2026, 3, 29, 0, 59, tzinfo=dt.UTC),
        dt.datetime(2026, 3, 29, 1, 0, tzinfo=dt.UTC),
        dt.datetime(2026, 10, 25, 0, 59, tzinfo=dt.UTC),
        dt.datetime(2026, 10, 25, 1, 0, tzinfo=dt.UTC),
        dt.datetime(2026, 7, 1, tzinfo=dt.UTC),
    ):
        assert instant.astimezone(tz).utcoffset() == instant.astimezone(BRUSSELS).utcoffset()


def test_lines_are_folded_at_75_octets_with_crlf() -> None:
    text = _calendar(ROWS)
    assert text.endswith("END:VCALENDAR\r\n")
    lines = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert any(line.startswith(" ") for line in lines)  # the long summary was folded
    assert "\n" not in text.replace("\r\n", "")


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [("a,b;c", "a\\,b\\;c"), ("back\\slash", "back\\\\slash"), ("two\nlines", "two\\nlines")],
)
def test_text_escaping(raw: str, escaped: str) -> None:
    assert escape_text(raw) == escaped


def test_folding_never_splits_a_character() -> None:
    folded = fold("SUMMARY:" + "€" * 60)
    for line in folded.split("\r\n")[:-1]:
        line.encode("utf-8").decode("utf-8")  # a split character would not decode
        assert len(line.encode("utf-8")) <= 75


def test_feed_exporter_writes_the_events_only() -> None:
    stream = io.BytesIO()
    exporter = IcsItemExporter(stream)
    exporter.start_exporting()
    for row in ROWS:
        exporter.export_item(row)
    exporter.finish_exporting()
    calendar = icalendar.Calendar.from_ical(stream.getvalue())
    assert len(calendar.walk("VEVENT")) == 3


def test_empty_feed_is_a_valid_empty_calendar() -> None:
    stream = io.BytesIO()
    exporter = IcsItemExporter(stream)
    exporter.start_exporting()
    exporter.finish_exporting()
    assert icalendar.Calendar.from_ical(stream.getvalue()).walk("VEVENT") == []


def test_export_command_writes_upcoming_events(tmp_path: Path) -> None:
    today = dt.datetime.now(dt.UTC).date()
    with DatasetWriter(tmp_path / "output", "eurocities") as writer:
        for i in range(30):
            item = make_item(i)
            if item["item_type"] == "event":
                item["event_start"] = today + dt.timedelta(days=i - 15)
                item["event_end"] = item["event_start"]
                item["event_starts_at"] = None
            writer.write(item)
        writer.commit(finish_reason="finished")
    target = tmp_path / "events.ics"
    argv = ["export", "ics", "--output", str(tmp_path / "output"), "-o", str(target)]
    assert main([*argv, "--upcoming"]) == 0
    upcoming = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert upcoming
    assert all(e.decoded("DTSTART") >= today for e in upcoming)
    assert main([*argv, "--network", "eurocities"]) == 0
    every = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(every) == 10 > len(upcoming)


def test_export_command_fails_for_a_missing_dataset(tmp_path: Path) -> None:
    argv = ["export", "ics", "--network", "nowhere", "--output", str(tmp_path)]
    assert main(argv) == 1


@pytest.mark.slow
def test_scrapy_feed_export_of_a_mirror_crawl(tmp_path: Path) -> None:
    """``scrapy crawl eurocities -O events.ics``: one VEVENT per event row of the crawl."""
    target = tmp_path / "events.ics"
    with MirrorServer() as mirror:
        feeds = json.dumps({str(target): {"format": "ics", "overwrite": True}})
        run = run_crawl(mirror.origin, tmp_path / "crawl", settings={"FEEDS": feeds})
    assert run.returncode == 0, run.log[-2000:]
    events = load("eurocities", item_type="event", output_dir=run.output_dir)
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    uids = {str(e["UID"]) for e in calendar.walk("VEVENT")}
    dated = events[events["event_start"].notna()]
    assert uids == {f"{i}@citycrawl" for i in dated["item_id"]}
