"""Events as an RFC 5545 calendar: one VEVENT per event row, streamed.

Used by ``citycrawl export ics`` and the ``ics`` feed format (``-O events.ics``). Pure:
rows in, text out, no Scrapy. The rules:

* ``UID`` is ``<item_id>@citycrawl``: a re-export updates the same event in a
  subscribed calendar instead of adding a copy;
* an event without a stated time is all-day: ``DTSTART;VALUE=DATE`` and ``DTEND`` the
  day after its last day (RFC 5545 §3.6.1: DTEND is exclusive);
* a timed event is written in its zone (``DTSTART;TZID=Europe/Brussels:...``) with a
  VTIMEZONE for every zone used, its transitions computed from the tz database for the
  years the events span; a zone the database does not know (``CET`` as printed) is
  written in UTC instead;
* text is escaped (``\\``, ``;``, ``,``, newlines) and lines folded at 75 octets,
  never inside a UTF-8 character; lines end in CRLF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

PRODID = "-//citycrawl//city network events//EN"
_MAX_OCTETS = 75


def escape_text(value: str) -> str:
    """A TEXT value escaped as RFC 5545 §3.3.11 says."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """One content line folded to 75 octets per physical line, CRLF-terminated."""
    out: list[str] = []
    current = ""
    size = 0
    limit = _MAX_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, _MAX_OCTETS
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out) + "\r\n"


def _zone(name: str | None) -> ZoneInfo | None:
    if not name or "/" not in name:
        return None  # an abbreviation as printed ("CET") names no tz database zone
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _utc(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _local(value: dt.datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")


def is_event(row: Mapping[str, Any]) -> bool:
    """Whether a row goes into a calendar: an event with a first day."""
    return row.get("item_type") == "event" and row.get("event_start") is not None


def vevent(row: Mapping[str, Any], zones_used: set[str]) -> Iterator[str]:
    """The content lines of one event row; adds the zones it uses to ``zones_used``."""
    yield "BEGIN:VEVENT"
    yield f"UID:{row['item_id']}@citycrawl"
    stamp = row.get("crawled_at") or dt.datetime.now(dt.UTC)
    yield f"DTSTAMP:{_utc(stamp)}"
    starts_at: dt.datetime | None = row.get("event_starts_at")
    if starts_at is not None:
        ends_at: dt.datetime | None = row.get("event_ends_at")
        zone = _zone(row.get("event_timezone"))
        if zone is not None:
            name = str(row["event_timezone"])
            zones_used.add(name)
            yield f"DTSTART;TZID={name}:{_local(starts_at.astimezone(zone))}"
            if ends_at is not None and ends_at >= starts_at:
                yield f"DTEND;TZID={name}:{_local(ends_at.astimezone(zone))}"
        else:
            yield f"DTSTART:{_utc(starts_at)}"
            if ends_at is not None and ends_at >= starts_at:
                yield f"DTEND:{_utc(ends_at)}"
    else:
        start: dt.date = row["event_start"]
        end: dt.date = max(row.get("event_end") or start, start)
        yield f"DTSTART;VALUE=DATE:{start:%Y%m%d}"
        yield f"DTEND;VALUE=DATE:{end + dt.timedelta(days=1):%Y%m%d}"
    yield f"SUMMARY:{escape_text(row['title'])}"
    if row.get("summary"):
        yield f"DESCRIPTION:{escape_text(row['summary'])}"
    if row.get("location"):
        yield f"LOCATION:{escape_text(row['location'])}"
    yield f"URL:{row['url']}"
    labels = [*(row.get("categories") or []), *(row.get("theme_labels") or [])]
    if labels:
        yield "CATEGORIES:" + ",".join(escape_text(x) for x in dict.fromkeys(labels))
    yield "END:VEVENT"


def _transitions(zone: ZoneInfo, year: int) -> Iterator[tuple[dt.datetime, dt.timedelta]]:
    """(UTC instant, offset before) of each change of ``zone``'s UTC offset in ``year``."""
    hour = dt.timedelta(hours=1)
    t = dt.datetime(year, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(year + 1, 1, 1, tzinfo=dt.UTC)
    day = dt.timedelta(days=1)
    before = t.astimezone(zone).utcoffset()
    while t < end:
        after = (t + day).astimezone(zone).utcoffset()
        if after != before:
            # Within this day: find the hour (zones change on the hour or half hour;
            # the tz database's instants are what a calendar needs to reproduce).
            u = t
            while (u + hour).astimezone(zone).utcoffset() == before:
                u += hour
            u += hour
            while (u - dt.timedelta(minutes=15)).astimezone(zone).utcoffset() != before:
                u -= dt.timedelta(minutes=15)
            assert before is not None
            yield u, before
            before = after
        t += day


def _offset(value: dt.timedelta) -> str:
    minutes = int(value.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def vtimezone(name: str, years: range) -> Iterator[str]:
    """A VTIMEZONE for tz database zone ``name``, its transitions in ``years`` spelled out."""
    zone = ZoneInfo(name)
    yield "BEGIN:VTIMEZONE"
    yield f"TZID:{name}"
    observances = 0
    for year in years:
        for instant, before in _transitions(zone, year):
            after = instant.astimezone(zone)
            kind = "DAYLIGHT" if after.dst() else "STANDARD"
            yield f"BEGIN:{kind}"
            yield f"DTSTART:{_local((instant + before).replace(tzinfo=None))}"
            yield f"TZOFFSETFROM:{_offset(before)}"
            yield f"TZOFFSETTO:{_offset(after.utcoffset() or dt.timedelta(0))}"
            if after.tzname():
                yield f"TZNAME:{after.tzname()}"
            yield f"END:{kind}"
            observances += 1
    if not observances:  # a zone without changes in those years: one fixed observance
        first = dt.datetime(years.start, 1, 1, tzinfo=zone)
        offset = _offset(first.utcoffset() or dt.timedelta(0))
        yield "BEGIN:STANDARD"
        yield f"DTSTART:{years.start}0101T000000"
        yield f"TZOFFSETFROM:{offset}"
        yield f"TZOFFSETTO:{offset}"
        yield "END:STANDARD"
    yield "END:VTIMEZONE"


class CalendarWriter:
    """Writes a VCALENDAR to a text stream, one event at a time (bounded memory)."""

    def __init__(self, out: TextIO, name: str = "citycrawl events") -> None:
        self.out = out
        self.name = name
        self.zones: set[str] = set()
        self.years: set[int] = set()
        self.events = 0

    def _write(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.out.write(fold(line))

    def start(self) -> None:
        """The calendar's header."""
        self._write(
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                f"PRODID:{PRODID}",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                f"X-WR-CALNAME:{escape_text(self.name)}",
            ]
        )

    def add(self, row: Mapping[str, Any]) -> bool:
        """Write ``row`` as a VEVENT if it is an event; whether it was."""
        if not is_event(row):
            return False
        self._write(vevent(row, self.zones))
        for key in ("event_starts_at", "event_ends_at"):
            if row.get(key) is not None:
                self.years.add(row[key].year)
        self.events += 1
        return True

    def finish(self) -> None:
        """The VTIMEZONEs of the zones used (RFC 5545 allows them after the events)."""
        if self.zones:
            years = range(min(self.years) - 1, max(self.years) + 2)
            for name in sorted(self.zones):
                self._write(vtimezone(name, years))
        self._write(["END:VCALENDAR"])


def write_calendar(rows: Iterable[Mapping[str, Any]], out: TextIO, name: str) -> int:
    """Write the events among ``rows`` as one calendar to ``out``; the number written."""
    writer = CalendarWriter(out, name)
    writer.start()
    for row in rows:
        writer.add(row)
    writer.finish()
    return writer.events
