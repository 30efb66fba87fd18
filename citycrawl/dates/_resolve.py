"""From raw expressions to checked dates: years, validity, times, zones, plausibility."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import cast
from zoneinfo import ZoneInfo

from citycrawl.dates._grammar import Expression, Item, Time, is_ambiguous_relative

MIN_DATE = dt.date(1990, 1, 1)
"""Nothing the site or its members publish predates the network's web presence: the
earliest publication or event date a field takes (see :func:`plausible`)."""
HORIZON_YEARS = 10
"""Field dates more than this many years after the reference are rejected, not clamped."""
EARLIEST_YEAR = 1000
"""A year of three digits ("1 June 999") is a field that lost a digit, not a date."""
OVERNIGHT_LIMIT = dt.timedelta(hours=16)
"""A time range whose end is earlier than its start crosses midnight if it lasts at most
this long ("22:00-02:00", night works "kl 17.00 – 06.00", a festival day "10:00 - 01:00");
longer ("16:00-15:00") is an end before the start."""

_BRUSSELS = ZoneInfo("Europe/Brussels")
_FIXED_ZONES = {
    "UTC": dt.UTC,
    "CET": dt.timezone(dt.timedelta(hours=1), "CET"),
    "CEST": dt.timezone(dt.timedelta(hours=2), "CEST"),
    "WET": dt.timezone(dt.timedelta(hours=0), "WET"),
    "WEST": dt.timezone(dt.timedelta(hours=1), "WEST"),
    "EET": dt.timezone(dt.timedelta(hours=2), "EET"),
    "EEST": dt.timezone(dt.timedelta(hours=3), "EEST"),
    "EST": dt.timezone(dt.timedelta(hours=-5), "EST"),
    "EDT": dt.timezone(dt.timedelta(hours=-4), "EDT"),
    "PST": dt.timezone(dt.timedelta(hours=-8), "PST"),
    "PDT": dt.timezone(dt.timedelta(hours=-7), "PDT"),
    "CDT": dt.timezone(dt.timedelta(hours=-5), "CDT"),
    "BST": dt.timezone(dt.timedelta(hours=1), "BST"),
}
# A standard and a summer abbreviation written together ("CET/CEST", "EST/EDT") mean
# the place's local time, whichever applies that day.
_SEASON_PAIRS = (("CET", "CEST", "Europe/Brussels"), ("EST", "EDT", "America/New_York"),
                 ("PST", "PDT", "America/Los_Angeles"))  # fmt: skip

DateValue = dt.date | dt.datetime


class DateIssue(StrEnum):
    """Why a text gave no date; the values are stable slugs for the ``date_issues`` column."""

    NO_DATE = "no_date"
    """No date expression at all (a bare time such as ``12h30`` included)."""
    IMPOSSIBLE = "impossible"
    """A date or time that does not exist: ``30-02-2019``, ``2024-13-45``, ``25:00``,
    a local time inside the spring-forward gap."""
    AMBIGUOUS = "ambiguous"
    """Two readings and nothing to choose: a local time in the autumn overlap hour."""
    IMPLAUSIBLE = "implausible"
    """A year of three digits; for a publication or event field (the pipelines' check,
    :func:`plausible`), also before 1990 or more than ten years after the reference."""
    END_BEFORE_START = "end_before_start"
    """A range whose end precedes its start (``24-22 October 2019``)."""
    MISSING_YEAR = "missing_year"
    """A year-less date (``9-10 April``) and no ``reference`` to place it."""
    MISSING_REFERENCE = "missing_reference"
    """A relative word (``tomorrow``, ``demain``) and no ``reference``."""
    PARTIAL = "partial"
    """Month and year only (``March 2024``): no day is ever made up."""
    WEEKDAY_MISMATCH = "weekday_mismatch"
    """The named weekday disagrees with the date, or (year-less) with every year within
    one of the reference's."""
    UNREAD_START = "unread_start"
    """The end of a range whose start is not read (``po 15. 1. – st 17. 1. 2024``, two
    Czech weekdays without their dot): alone it would pass for the start."""
    NOT_SINGLE_DATE = "not_single_date"
    """Only from :func:`parse_date`: the text states a range over several days."""


@dataclass(frozen=True, slots=True)
class DateRange:
    """One date or date range found in a text.

    ``start`` and ``end`` are :class:`datetime.date` when the text states no time, and
    :class:`datetime.datetime` when it does (tz-aware when it states a zone, naive
    otherwise); both ends always have the same type. ``end`` is ``None`` unless the text
    states an end, and is never before ``start``. ``text`` is the span the expression
    was read from; ``timezone`` names the stated zone (``"CET"``, ``"CEST"``, ``"UTC"``,
    ``"Europe/Brussels"``, ``"UTC+01:00"``), ``None`` when none is stated.
    """

    start: DateValue
    end: DateValue | None
    text: str
    timezone: str | None = None


@dataclass(slots=True)
class Failure:
    """An expression that was recognised but gives no date, and why (internal: not
    frozen, whose per-field ``object.__setattr__`` would double its cost)."""

    issue: DateIssue
    text: str


def _date_range(
    start: DateValue, end: DateValue | None, text: str, timezone: str | None = None
) -> DateRange:
    """``DateRange(start, end, text, timezone)``; a range whose ends are one day is that
    day ("Πέμπτη 7 Απριλίου 2016 – Thursday, April 7th 2016": the date, translated)."""
    return DateRange(start, None if end == start else end, text, timezone)


@dataclass(slots=True)
class _Run:
    start: dt.date
    end: dt.date
    first: Item
    last: Item
    ranged: bool


def plausible(day: dt.date, reference: dt.date) -> bool:
    """Within ``[MIN_DATE, reference + HORIZON_YEARS]``: a plausible publication or event
    date. The parser itself returns any date (history included); fields check this."""
    try:
        limit = reference.replace(year=reference.year + HORIZON_YEARS)
    except ValueError:  # 29 February
        limit = reference.replace(year=reference.year + HORIZON_YEARS, day=28)
    return MIN_DATE <= day <= limit


_LATE_IN_MONTH, _EARLY_IN_MONTH = 15, 7
"""A month-less day from this one on, before a day up to that one of a named month,
lies in the month before it (see _inherit_months)."""


def _inherit_months(items: list[Item]) -> None:
    for k, it in enumerate(items):
        if it.month is not None:
            continue
        right = None  # the nearest item to the right with a month (a loop: no generator)
        for x in items[k + 1 :]:
            if x.month is not None:
                right = x
                break
        if right is not None and right.month is not None and not right.month_first:
            it.month = right.month
            if (
                it.day is not None
                and right.day is not None
                and it.day >= _LATE_IN_MONTH
                and right.day <= _EARLY_IN_MONTH
                and right.month > 1
            ):
                # "del 28 al 3 de marzo", "28, 29 y 1 de marzo": late days before the
                # first days of a month lie in the month before; "24-22 October" is an
                # end before its start (and a January end's December stays unread)
                it.month = right.month - 1
            elif (
                it.weekday is not None
                and it.day is not None
                and right.day is not None
                and it.day > right.day
            ):
                # "domingo 21 e vão até 4 de janeiro de 2015", "sábado 13 al 10 de enero":
                # a start later in the month than its end is in the month before when
                # its weekday says so (settled as a contested month name is)
                it.month_options = (right.month, right.month - 1 if right.month > 1 else 12)
            continue
        left = next((x for x in reversed(items[:k]) if x.month is not None), None)
        if left is not None:
            it.month = left.month


MonthDay = tuple[int, int]


def _dates_for(mds: list[MonthDay], first_year: int) -> list[dt.date] | None:
    """Dates for year-less items, starting in ``first_year`` and rolling over the new
    year whenever the month goes backwards ("28 December – 3 January")."""
    year = first_year
    out: list[dt.date] = []
    prev: int | None = None
    for month, day in mds:
        # Only a month going backwards turns the year; "24-22 October" stays reversed.
        if prev is not None and month < prev:
            year += 1
        prev = month
        try:
            out.append(dt.date(year, month, day))
        except ValueError:
            return None
    return out


def _explicit_years(mds: list[MonthDay], stated: list[int | None]) -> list[int] | None:
    """Fill missing years from the nearest item that states one (right first)."""
    if None not in stated:
        return cast(list[int], stated)  # every item states its year: the common case
    if stated.count(None) == len(stated):
        return None
    out: list[int] = []
    for k, (month, _day) in enumerate(mds):
        year = stated[k]
        if year is None:
            right = next((j for j in range(k + 1, len(mds)) if stated[j] is not None), None)
            if right is not None:
                year = stated[right]
                # "28 December – 3 January 2023": the start is in the year before.
                year = year - 1 if year is not None and month > mds[right][0] else year
            else:
                left = next(j for j in range(k - 1, -1, -1) if stated[j] is not None)
                year = stated[left]
                year = year + 1 if year is not None and month < mds[left][0] else year
        if year is None:  # unreachable: some item states a year
            return None
        out.append(year)
    return out


def _weekdays_agree(items: list[Item], dates: list[dt.date]) -> bool:
    # Indexed, not zip(strict=True): its keyword costs more than the loop (hot path).
    for k, it in enumerate(items):
        if it.weekday is not None and it.weekday != dates[k].weekday():
            return False
    return True


def _swapped(items: list[Item], years: list[int], mds: list[MonthDay]) -> list[dt.date] | DateIssue:
    """The month-first reading of numeric dates whose weekday disagrees with the
    day-first one, when that reading agrees ("Mon, 03/09/2020" is 9 March)."""
    if not any(it.swappable and it.weekday is not None for it in items):
        return DateIssue.WEEKDAY_MISMATCH
    swapped = [(d, m) if it.swappable else (m, d) for it, (m, d) in zip(items, mds, strict=True)]
    try:
        dates = [dt.date(y, m, d) for y, (m, d) in zip(years, swapped, strict=True)]
    except ValueError:
        return DateIssue.WEEKDAY_MISMATCH
    return dates if _weekdays_agree(items, dates) else DateIssue.WEEKDAY_MISMATCH


def _distance(dates: list[dt.date], reference: dt.date) -> int:
    lo, hi = dates[0], max(dates)
    if lo <= reference <= hi:
        return 0
    return min(abs((lo - reference).days), abs((hi - reference).days))


def _item_dates(items: list[Item], reference: dt.date | None) -> list[dt.date] | DateIssue:
    """The items' dates; a month name that means two months here counts only when the
    stated weekday fits exactly one of them."""
    if items[0].month is None:  # the grammar lets such a chain through only if
        return _weekday_dates(items, reference)  # every item names its weekday
    contested: list[Item] = []
    for it in items:
        if it.zone:  # before reading any date: a US zone turns a two-way date
            _us_month_first(items)
        if it.weekday is None:
            if not it.month_settled:
                return DateIssue.AMBIGUOUS
        elif it.month_options:
            contested.append(it)
        elif it.weekday_options and reference is not None:
            _weekday_by_nearest(it, reference)
    if not contested:
        return _one_date(items, reference) if len(items) == 1 else _plain_dates(items, reference)
    readings: list[tuple[tuple[int, ...], list[dt.date]]] = []
    missing_year = False
    for combo in itertools.product(*(it.month_options for it in contested)):
        for it, month in zip(contested, combo, strict=True):
            it.month = month
        found = _plain_dates(items, reference)
        if not isinstance(found, DateIssue):
            readings.append((combo, found))
        else:
            missing_year = missing_year or found is DateIssue.MISSING_YEAR
    if len(readings) != 1:
        if readings:
            return DateIssue.AMBIGUOUS
        # no year and no reference: the weekday met no date to disagree with
        # ("1 listopada (wtorek)")
        return DateIssue.MISSING_YEAR if missing_year else DateIssue.WEEKDAY_MISMATCH
    for it, month in zip(contested, readings[0][0], strict=True):
        it.month = month
    return readings[0][1]


def _weekday_by_nearest(it: Item, reference: dt.date) -> None:
    """A short weekday that names several days in the languages read, before a date
    without its year ("SO 10.10.": Czech and Slovak Saturday, German Sunday), is the one
    its date falls on in the year the reference gives it, the nearest (on a page of 4
    October 2020, Saturday 10 October 2020), if any; else it stays its first reading,
    and disagrees. As a stated year settles it (Parser._weekday_by_date)."""
    if it.month is None or it.day is None:
        return
    named, it.weekday = it.weekday, None  # the year as if no weekday were named
    found = _one_date([it], reference)
    it.weekday = named
    if not isinstance(found, DateIssue) and found[0].weekday() in it.weekday_options:
        it.weekday = found[0].weekday()


def _weekday_dates(items: list[Item], reference: dt.date | None) -> list[dt.date] | DateIssue:
    """Days named with a weekday and no month ("el viernes 12", "nesta terça-feira
    (14)"): each is the day of that number in the reference's month or a month on
    either side that falls on that weekday. Day N falls on the same weekday in two
    neighbouring months only across a 28-day February: the one nearer the reference
    is meant, and an exact tie is ``ambiguous``. Without a reference nothing places
    it, as before: ``no_date``."""
    if reference is None:
        return DateIssue.NO_DATE
    out: list[dt.date] = []
    base = reference.year * 12 + reference.month - 1
    for it in items:
        fits: list[dt.date] = []
        for shift in (-1, 0, 1):
            year, month = divmod(base + shift, 12)
            try:
                day = dt.date(year, month + 1, it.day or 0)
            except ValueError:
                continue
            if day.weekday() == it.weekday:
                fits.append(day)
        if not fits:
            return DateIssue.WEEKDAY_MISMATCH
        fits.sort(key=lambda day: abs((day - reference).days))
        if len(fits) > 1 and abs((fits[0] - reference).days) == abs((fits[1] - reference).days):
            return DateIssue.AMBIGUOUS
        out.append(fits[0])
    return out


# Zones a US writer gives: with one, a numeric date that reads both ways is month first
# ("01/11/23 1:44 PM ET" is 11 January).
_US_ZONES = frozenset(
    {"EST", "EDT", "PST", "PDT", "CDT", "America/New_York", "America/Los_Angeles",
     "America/Chicago"}
)  # fmt: skip


def _us_month_first(items: list[Item]) -> None:
    if all(_US_ZONES.isdisjoint(it.zone) for it in items):
        return
    for it in items:
        if it.swappable and it.day is not None and it.month is not None:
            it.day, it.month, it.swappable = it.month, it.day, False


def _plain_dates(items: list[Item], reference: dt.date | None) -> list[dt.date] | DateIssue:
    if len(items) == 1:
        return _one_date(items, reference)
    mds: list[MonthDay] = []
    stated: list[int | None] = []
    for it in items:
        if it.impossible:
            return DateIssue.IMPOSSIBLE
        if it.day is None or it.month is None:
            return DateIssue.NO_DATE
        mds.append((it.month, it.day))
        stated.append(it.year)
    # Every item states its year (the common case): no call to fill any in.
    years = cast(list[int], stated) if None not in stated else _explicit_years(mds, stated)
    if years is not None:
        # A loop, not a comprehension: in 3.11 its frame costs more than the appends.
        dates: list[dt.date] = []
        try:
            for k, (month, day) in enumerate(mds):
                dates.append(dt.date(years[k], month, day))
        except ValueError:
            return DateIssue.IMPOSSIBLE
        if not _weekdays_agree(items, dates):
            return _swapped(items, years, mds)
        return dates
    if reference is None:
        return DateIssue.MISSING_YEAR
    # "lo scorso 19 febbraio" is the last one before the reference, "le 5 mai prochain"
    # the next one after it; otherwise the nearest. (A loop: generators cost more.)
    named = False
    direction = 0
    for it in items:
        named = named or it.weekday is not None
        direction = direction or it.direction
    best: tuple[int, list[dt.date]] | None = None
    saw_valid = False
    skip = _farther_year(mds[0], reference)
    for year in (reference.year - 1, reference.year, reference.year + 1):
        candidate = _dates_for(mds, year) if year != skip else None
        if candidate is None:
            saw_valid = saw_valid or year == skip
            continue
        saw_valid = True
        if named and not _weekdays_agree(items, candidate):
            continue
        if direction and (candidate[0] - reference).days * direction < 0:
            continue
        # Nearest to the reference; a tie goes to the later year (pages announce).
        distance = _distance(candidate, reference)
        if best is None or distance <= best[0]:
            best = (distance, candidate)
    if best is None:
        return DateIssue.WEEKDAY_MISMATCH if saw_valid else DateIssue.IMPOSSIBLE
    return best[1]


def _one_date(items: list[Item], reference: dt.date | None) -> list[dt.date] | DateIssue:
    """:func:`_plain_dates` for one item (the common case), without its lists."""
    it = items[0]
    if it.impossible:
        return DateIssue.IMPOSSIBLE
    if it.day is None or it.month is None:
        return DateIssue.NO_DATE
    if it.year is None:
        if reference is None:
            return DateIssue.MISSING_YEAR
        return _nearest_one(it, (it.month, it.day), reference)
    try:
        day = dt.date(it.year, it.month, it.day)
    except ValueError:
        return DateIssue.IMPOSSIBLE
    if it.weekday is not None and it.weekday != day.weekday():
        return _swapped(items, [it.year], [(it.month, it.day)])
    return [day]


def _farther_year(md: MonthDay, reference: dt.date) -> int | None:
    """The year whose occurrence of ``md`` is not the nearest on its side of the
    reference, so no weekday may choose it: on 20 April 2017, "Monday 18 April" is
    18 April 2017 (a Tuesday: a mismatch), never 18 April 2016, a year and two days
    back behind the nearer 18 April 2017. ``None`` when the reference's year has no
    such day (29 February)."""
    try:
        this_year = dt.date(reference.year, *md)
    except ValueError:
        return None
    return reference.year - 1 if this_year <= reference else reference.year + 1


def _nearest_one(it: Item, md: MonthDay, reference: dt.date) -> list[dt.date] | DateIssue:
    """The loop of :func:`_plain_dates` for a single year-less date (the most common
    case), without its lists and calls per candidate year: same rules, same result."""
    month, day = md
    best: dt.date | None = None
    best_distance = 0
    saw_valid = False
    skip = _farther_year(md, reference)
    for year in (reference.year - 1, reference.year, reference.year + 1):
        if year == skip:
            saw_valid = True
            continue
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        saw_valid = True
        if it.weekday is not None and it.weekday != candidate.weekday():
            continue
        days = (candidate - reference).days
        if it.direction and days * it.direction < 0:
            continue
        if best is None or abs(days) <= best_distance:  # a tie goes to the later year
            best, best_distance = candidate, abs(days)
    if best is None:
        return DateIssue.WEEKDAY_MISMATCH if saw_valid else DateIssue.IMPOSSIBLE
    return [best]


def _runs(items: list[Item], joins: list[str], dates: list[dt.date]) -> list[_Run] | DateIssue:
    """Group items: a range join always links; a list links consecutive days only, and
    never two written ranges ("1 luglio – 30 settembre 2018 e 1 ottobre – 31 dicembre
    2018": two periods). Days joined by "or" are alternatives: only the first is the
    date (with its range, if written one), the others lend it their month and year."""
    runs: list[_Run] = []
    cur = _Run(dates[0], dates[0], items[0], items[0], False)
    last = len(joins)
    alternatives = "or" in joins
    for k in range(1, len(items)):
        d, it = dates[k], items[k]
        join = joins[k - 1]
        if join == "range":
            if d < cur.end:
                return DateIssue.END_BEFORE_START
            cur.end, cur.last, cur.ranged = d, it, True  # in place: no run built per day
        elif alternatives:
            return [cur]  # "kas 15. või 29.septembril", "5, 6 o 7 maggio": the first
        elif (
            d == cur.end + dt.timedelta(days=1)
            and not cur.last.times
            and not (k > 1 and k < last and joins[k - 2] == joins[k] == "range")
        ):
            # Consecutive days make one range, unless a day has its own time: then they
            # are sessions ("Thursday 23 February, from 18:30 and Friday, 24 February");
            # nor do a range's end and the next range's start (two periods).
            cur.end, cur.last, cur.ranged = d, it, True
        else:
            runs.append(cur)
            cur = _Run(d, d, it, it, False)
    runs.append(cur)
    return runs


def _hour24(t: Time, meridiem: str | None) -> int:
    if meridiem is None:
        return t.hour
    return t.hour % 12 + (12 if meridiem == "pm" else 0)


def _clock(times: tuple[Time, Time | None]) -> tuple[dt.time | None, dt.time | None, bool]:
    """Start and end clock times; the flag is True when the end is 24:00. A start at
    24:00 is None (its day is the next one: see _build)."""
    t1, t2 = times
    m1 = t1.meridiem
    if t2 is not None and m1 is None and t2.meridiem is not None:
        # "12.00-4.00 p.m.": the start shares the end's half of the day if that keeps
        # it before the end ("10-11 a.m."), else it is the morning ("11-1 p.m.").
        same = _hour24(t1, t2.meridiem)
        m1 = t2.meridiem if same <= _hour24(t2, t2.meridiem) else "am"
    h1 = _hour24(t1, m1)
    start = None if h1 == 24 else dt.time(h1, t1.minute, t1.second, t1.microsecond)
    if t2 is None:
        return start, None, False
    m2 = t2.meridiem
    if m2 is None and m1 is not None and t2.hour < 12 and _hour24(t2, m1) > h1:
        m2 = m1  # "este 8 órától 10 óráig", "7pm-10": the end in the start's half of the day
    h2 = _hour24(t2, m2)
    if h2 == 24:
        return start, dt.time(0, 0), True
    return start, dt.time(h2, t2.minute, t2.second, t2.microsecond), False


def _run_times(run: _Run, shared: Sequence[Time]) -> tuple[Time | None, Time | None, bool]:
    """Start and end times of a run; the flag is True when both come from one written
    time range ("19:00 bis 00:00 Uhr"), which may run past midnight. ``shared`` is the
    time written once after a list of separate days, which holds for each of them
    ("v sobotu 7., 14. a 21. prosince od 8.00 do 14.00 hodin")."""
    first, last = run.first, run.last
    if not last.times and shared and (not run.ranged or (len(shared) == 2 and not first.times)):
        # a time range also holds for a run of days, from the first day's start to the
        # last day's end, as after one range ("9-10 April 2019, 10:00-12:00")
        return shared[0], (shared[1] if len(shared) == 2 else None), len(shared) == 2
    if first is not last and first.times:
        return first.times[0], (last.times[-1] if last.times else None), False
    if len(last.times) == 2:
        start, end = last.times
        if _hour24(start, start.meridiem) == _hour24(end, end.meridiem) and (
            start.minute,
            start.second,
            start.microsecond,
        ) == (end.minute, end.second, end.microsecond):
            return start, None, False  # the hour restated: "til kl. 12 á hádegi" (noon)
        return start, end, True
    return (last.times[0] if last.times else None), None, False


def _zone_of(items: list[Item]) -> tuple[dt.tzinfo | None, str | None]:
    names: list[str] = []
    offset: int | None = None
    for it in items:
        names += it.zone
        if offset is None:
            offset = it.offset_minutes
    if not names and offset is None:
        return None, None  # the common case: no zone stated
    for standard, summer, place in _SEASON_PAIRS:
        if standard in names and summer in names:
            return ZoneInfo(place), place
    # A place's zone ("Brussels time", "ET") follows daylight saving.
    local = next((name for name in names if "/" in name), None)
    if local is not None:
        return ZoneInfo(local), local
    if offset is not None:
        sign = "+" if offset >= 0 else "-"
        label = f"UTC{sign}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}"
        if offset == 0:
            return dt.UTC, "UTC"
        return dt.timezone(dt.timedelta(minutes=offset)), label
    if names:
        return _FIXED_ZONES[names[0]], names[0]
    return None, None


def _settled(
    items: list[Item], start: dt.datetime, tz: dt.tzinfo | None, name: str | None
) -> tuple[dt.tzinfo | None, str | None]:
    """ "Central European Time" written in summer by someone giving Brussels local time:
    the same moment in a second zone ("/ 9am EDT") shows which offset was meant. Only
    the written zone or Brussels' offset that day are accepted; anything else keeps the
    zone as written."""
    if name not in {"CET", "CEST"}:
        return tz, name
    second = next((it.second_zone for it in items if it.second_zone is not None), None)
    if second is None:
        return tz, name
    other_tz, _ = _zone_of([Item(0, 0, zone=[second[2]])])
    clock, _, _ = _clock((second[0], second[1]))
    if other_tz is None or clock is None:
        return tz, name
    other = dt.datetime.combine(start.date(), clock, tzinfo=other_tz)
    offset = start - other.astimezone(dt.UTC).replace(tzinfo=None)
    brussels = start.replace(tzinfo=_BRUSSELS).utcoffset()
    if offset == brussels and offset != (tz.utcoffset(start) if tz else None):
        return _BRUSSELS, "Europe/Brussels"
    return tz, name


def _localise(moment: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime | DateIssue:
    if tz is None:
        return moment
    aware = moment.replace(tzinfo=tz)
    if isinstance(tz, ZoneInfo):
        roundtrip = aware.astimezone(dt.UTC).astimezone(tz).replace(tzinfo=None)
        if roundtrip != moment:
            return DateIssue.IMPOSSIBLE  # in the spring-forward gap
        if aware.utcoffset() != moment.replace(tzinfo=tz, fold=1).utcoffset():
            return DateIssue.AMBIGUOUS  # the autumn hour that happens twice
    return aware


def _build(
    run: _Run, items: list[Item], text: str, shared: Sequence[Time]
) -> DateRange | DateIssue:
    if not shared and not run.first.times and not run.last.times:
        # No time anywhere (the common case): what _run_times would find out.
        return _date_range(run.start, run.end if run.ranged else None, text)
    t1, t2, one_range = _run_times(run, shared)
    if t1 is None or (one_range and run.ranged):
        # Also one time range written after several days ("7-20 October, 15:00-19:00",
        # "dal 3 al 5 giugno dalle 9 alle 13"): each day's hours, so the dates are what
        # is sure; every labeller of the fresh sets read it so.
        end = run.end if run.ranged else None
        return _date_range(run.start, end, text)
    start_clock, end_clock, end_is_midnight = _clock((t1, t2))
    if start_clock is None and run.ranged and t2 is None:
        # a 24:00 on one end only ("urtarrilaren 28tik otsailaren 7ko 24:00etara
        # arte"): the dates, as for any time on one end only
        return _date_range(run.start, run.end, text)
    start_day = run.start
    if start_clock is None:
        # a 24:00 start ends its day, the next midnight as a range's end does: a lone
        # one (a deadline's "maanantaina 19.1.2026 klo 24 mennessä"), or before its end
        # ("dalle ore 24:00 di venerdì 23.09.2022 fino alle ore 03:00 di sabato 24.09.22",
        # "am 6.10.2023 von 24:00 bis 4:00 Uhr")
        start_clock, start_day = dt.time(0), run.start + dt.timedelta(days=1)
    start_naive = dt.datetime.combine(start_day, start_clock)
    tz, tz_name = _zone_of(items)
    if tz_name in {"CET", "CEST"}:  # the only zones a second one may settle
        tz, tz_name = _settled(items, start_naive, tz, tz_name)
    end_naive: dt.datetime | None = None
    if end_clock is not None:
        # one written time range keeps to its start's day ("von 24:00 bis 4:00 Uhr")
        end_naive = dt.datetime.combine(start_day if one_range else run.end, end_clock)
        if end_is_midnight:
            end_naive += dt.timedelta(days=1)
        elif one_range and end_clock < start_clock:
            # One written time range that ends "earlier" crosses midnight on its last
            # day ("22:00-02:00"), if it stays short; "16:00-15:00" is a mistake. An end
            # at 00:00 is the next midnight however long the span ("10:00 - 00:00").
            if end_clock != dt.time(0) and (
                dt.datetime.combine(run.start, end_clock) + dt.timedelta(days=1) - (start_naive)
                > OVERNIGHT_LIMIT
            ):
                return DateIssue.END_BEFORE_START
            end_naive += dt.timedelta(days=1)
        if end_naive < start_naive:
            return DateIssue.END_BEFORE_START
    elif run.ranged:
        # "9-10 April, 10:00": a time on one end only; dates are what we know for sure.
        return _date_range(run.start, run.end, text)
    if tz is None:  # no zone stated (the common case): naive times, nothing to check
        return _date_range(start_naive, end_naive, text)
    start_at = _localise(start_naive, tz)
    if isinstance(start_at, DateIssue):
        return start_at
    if end_naive is None:
        return _date_range(start_at, None, text, tz_name)
    end_at = _localise(end_naive, tz)
    if isinstance(end_at, DateIssue):
        return end_at
    return _date_range(start_at, end_at, text, tz_name)


def _one_run(items: list[Item], day: dt.date, text: str) -> list[DateRange] | Failure:
    """The end of :func:`resolve` for one item (the common case): one run, no grouping."""
    if day.year < EARLIEST_YEAR:
        return Failure(DateIssue.IMPLAUSIBLE, text)
    it = items[0]
    if not it.times:  # a day alone: what _build gives it, without the run
        return [_date_range(day, None, text)]
    built = _build(_Run(day, day, it, it, False), items, text, ())
    return Failure(built, text) if isinstance(built, DateIssue) else [built]


def _relative_days(it: Item, reference: dt.date) -> int:
    """Days from the reference: the relative word's, or for "next"/"last" and a weekday
    the nearest such day after (before) it, never the reference's own day."""
    if it.weekday is None or not it.direction:
        return it.relative or 0
    if it.direction > 0:
        return (it.weekday - reference.weekday()) % 7 or 7
    return -((reference.weekday() - it.weekday) % 7 or 7)


def _relative_date(it: Item, reference: dt.date) -> dt.date:
    """The day a relative word (or "next"/"last" and a weekday) names."""
    return reference + dt.timedelta(days=_relative_days(it, reference))


def resolve(
    expr: Expression, source: str, reference: dt.date | None, whole: bool
) -> list[DateRange] | Failure | None:
    """Turn one expression into date ranges (one per run of a list), a failure, or
    ``None`` when it turns out not to be a date expression after all."""
    text = source[expr.start : expr.end]
    items = expr.items
    if expr.unread_start:
        return Failure(DateIssue.UNREAD_START, text)
    if items[0].partial:
        return Failure(DateIssue.PARTIAL, text)
    if items[0].relative is not None:
        named = items[0].weekday if not items[0].direction else None  # "Gaur, osteguna"
        if (
            named is None
            and not whole
            and is_ambiguous_relative(items[0].relative_words, items[0].times)
        ):
            return None
        if reference is None:
            return Failure(DateIssue.MISSING_REFERENCE, text)
        day = _relative_date(items[0], reference)
        if named is not None and day.weekday() != named:
            return Failure(DateIssue.WEEKDAY_MISMATCH, text)
        if items[0].day is not None and day.day != items[0].day:
            return Failure(DateIssue.WEEKDAY_MISMATCH, text)  # "amanhã dia 30" on the 5th
        dates_or_issue: list[dt.date] | DateIssue = [day]
        if len(items) == 2 and items[1].relative is not None:  # "hoje e amanhã"
            dates_or_issue = [day, _relative_date(items[1], reference)]
        elif len(items) > 1:  # "desde hoy hasta el 12 de febrero": the end as written
            end = _item_dates(items[1:], reference)
            dates_or_issue = end if isinstance(end, DateIssue) else [day, *end]
    else:
        if len(items) > 1:
            _inherit_months(items)
        lead: Item | None = None  # "nos próximos dias 20 e 21": the first day's month
        for it in items:
            if it.this_month and it.month is None:
                if reference is None:
                    return Failure(DateIssue.MISSING_YEAR, text)
                if lead is not None:
                    if lead.day == reference.day:
                        # "los próximos días 11 y 12" written on the 11th: from that day
                        # on, or next month's; the singular's rule would say next month
                        return Failure(DateIssue.AMBIGUOUS, text)
                    it.month, it.year = lead.month, lead.year
                    continue
                it.month, it.year = reference.month, reference.year  # "do 18 bm."
                if it.direction > 0 and it.day is not None and it.day <= reference.day:
                    # "no próximo dia 3" written on the 20th: next month's
                    it.month, it.year = (
                        (1, it.year + 1) if it.month == 12 else (it.month + 1, it.year)
                    )
                if it.direction > 0:
                    lead = it
            if it.year_from_reference is not None and it.year is None:
                if reference is None:
                    return Failure(DateIssue.MISSING_YEAR, text)
                it.year = reference.year + it.year_from_reference
        dates_or_issue = _item_dates(items, reference)
    if isinstance(dates_or_issue, DateIssue):
        return Failure(dates_or_issue, text)
    if len(items) == 1:
        return _one_run(items, dates_or_issue[0], text)
    if not items[0].times and "or" in expr.joins:
        items[0].times = items[-1].times  # "on 5 or 6 May at 18:00": either day's hour
    runs = _runs(items, expr.joins, dates_or_issue)
    if isinstance(runs, DateIssue):
        return Failure(runs, text)
    # Plausibility belongs to the field ("9 May 1950" is a date; the pipelines reject it
    # as a publication date): the parser only refuses years no page writes in full.
    if min(dates_or_issue).year < EARLIEST_YEAR:
        return Failure(DateIssue.IMPLAUSIBLE, text)
    out: list[DateRange] = []
    # A time after the last of several separate days holds for each of them, unless
    # the last run is itself a range of days and the time a single one ("2. und 4.–5.
    # Oktober, 10 Uhr" stays dates-only on the range, as for any range with a time on
    # one end); a time range holds for each run ("14, 15, 21 en 22 mei 2022 steeds van
    # 14.00 uur tot 16.30 uur").
    # The same holds within the list: days before a day with its own time take that
    # time ("Monday, March 13 and 27 from 6 – 8 pm and Wednesday March 15 and 29 from
    # 10am – noon": 13 and 27 at 6–8 pm, 15 and 29 at 10–12).
    shared_by_run: list[Sequence[Time]] = []
    shared: Sequence[Time] = ()
    for run in reversed(runs):
        times = run.last.times
        if times:
            shared = times if len(times) == 2 or not run.ranged else ()
        shared_by_run.append(shared if len(runs) > 1 else ())
    for run, run_shared in zip(runs, reversed(shared_by_run), strict=True):
        built = _build(run, items, text, run_shared)
        if isinstance(built, DateIssue):
            return Failure(built, text)
        out.append(built)
    return out
