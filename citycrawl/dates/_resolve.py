"""From raw expressions to checked dates: years, validity, times, zones, plausibility."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from citycrawl.dates._grammar import Expression, Item, Time, is_ambiguous_relative

MIN_DATE = dt.date(1990, 1, 1)
"""Nothing the site or its members publish predates the network's web presence."""
HORIZON_YEARS = 10
"""Dates more than this many years after the reference are rejected, not clamped."""
OVERNIGHT_LIMIT = dt.timedelta(hours=12)
"""A time range whose end is earlier than its start crosses midnight if it lasts at most
this long ("22:00-02:00"); longer ("16:00-15:00") is an end before the start."""

_BRUSSELS = ZoneInfo("Europe/Brussels")
_FIXED_ZONES = {
    "UTC": dt.UTC,
    "CET": dt.timezone(dt.timedelta(hours=1), "CET"),
    "CEST": dt.timezone(dt.timedelta(hours=2), "CEST"),
    "WET": dt.timezone(dt.timedelta(hours=0), "WET"),
    "WEST": dt.timezone(dt.timedelta(hours=1), "WEST"),
    "EET": dt.timezone(dt.timedelta(hours=2), "EET"),
    "EEST": dt.timezone(dt.timedelta(hours=3), "EEST"),
}

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
    """Before 1990 or more than ten years after the reference (today if none)."""
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


@dataclass(frozen=True, slots=True)
class Failure:
    """An expression that was recognised but gives no date, and why."""

    issue: DateIssue
    text: str


@dataclass(frozen=True, slots=True)
class _Run:
    start: dt.date
    end: dt.date
    first: Item
    last: Item
    ranged: bool


def plausible(day: dt.date, reference: dt.date) -> bool:
    """Within ``[MIN_DATE, reference + HORIZON_YEARS]``."""
    try:
        limit = reference.replace(year=reference.year + HORIZON_YEARS)
    except ValueError:  # 29 February
        limit = reference.replace(year=reference.year + HORIZON_YEARS, day=28)
    return MIN_DATE <= day <= limit


def _inherit_months(items: list[Item]) -> None:
    for k, it in enumerate(items):
        if it.month is not None:
            continue
        right = next((x for x in items[k + 1 :] if x.month is not None), None)
        if right is not None and not right.month_first:
            it.month = right.month
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
    if all(y is None for y in stated):
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
    return all(
        it.weekday is None or it.weekday == d.weekday() for it, d in zip(items, dates, strict=True)
    )


def _distance(dates: list[dt.date], reference: dt.date) -> int:
    lo, hi = dates[0], max(dates)
    if lo <= reference <= hi:
        return 0
    return min(abs((lo - reference).days), abs((hi - reference).days))


def _item_dates(items: list[Item], reference: dt.date | None) -> list[dt.date] | DateIssue:
    mds: list[MonthDay] = []
    for it in items:
        if it.impossible:
            return DateIssue.IMPOSSIBLE
        if it.day is None or it.month is None:
            return DateIssue.NO_DATE
        mds.append((it.month, it.day))
    years = _explicit_years(mds, [it.year for it in items])
    if years is not None:
        try:
            dates = [dt.date(y, m, d) for y, (m, d) in zip(years, mds, strict=True)]
        except ValueError:
            return DateIssue.IMPOSSIBLE
        if not _weekdays_agree(items, dates):
            return DateIssue.WEEKDAY_MISMATCH
        return dates
    if reference is None:
        return DateIssue.MISSING_YEAR
    best: tuple[int, int, list[dt.date]] | None = None
    saw_valid = False
    for year in (reference.year - 1, reference.year, reference.year + 1):
        candidate = _dates_for(mds, year)
        if candidate is None:
            continue
        saw_valid = True
        if not _weekdays_agree(items, candidate):
            continue
        # Nearest to the reference; a tie goes to the later year (pages announce).
        key = (_distance(candidate, reference), -year)
        if best is None or key < best[:2]:
            best = (key[0], key[1], candidate)
    if best is None:
        return DateIssue.WEEKDAY_MISMATCH if saw_valid else DateIssue.IMPOSSIBLE
    return best[2]


def _runs(items: list[Item], joins: list[str], dates: list[dt.date]) -> list[_Run] | DateIssue:
    """Group items: a range join always links; a list links consecutive days only."""
    runs: list[_Run] = []
    cur = _Run(dates[0], dates[0], items[0], items[0], False)
    for k in range(1, len(items)):
        d, it = dates[k], items[k]
        if joins[k - 1] == "range":
            if d < cur.end:
                return DateIssue.END_BEFORE_START
            cur = _Run(cur.start, d, cur.first, it, True)
        elif d == cur.end + dt.timedelta(days=1):
            cur = _Run(cur.start, d, cur.first, it, True)
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
    """Start and end clock times; the flag is True when the end is 24:00."""
    t1, t2 = times
    m1 = t1.meridiem
    if t2 is not None and m1 is None and t2.meridiem is not None:
        # "12.00-4.00 p.m.": the start shares the end's half of the day if that keeps
        # it before the end ("10-11 a.m."), else it is the morning ("11-1 p.m.").
        same = _hour24(t1, t2.meridiem)
        m1 = t2.meridiem if same <= _hour24(t2, t2.meridiem) else "am"
    h1 = _hour24(t1, m1)
    if h1 == 24:
        return None, None, False
    start = dt.time(h1, t1.minute, t1.second)
    if t2 is None:
        return start, None, False
    h2 = _hour24(t2, t2.meridiem)
    if h2 == 24:
        return start, dt.time(0, 0), True
    return start, dt.time(h2, t2.minute, t2.second), False


def _run_times(run: _Run, shared: list[Time]) -> tuple[Time | None, Time | None, bool]:
    """Start and end times of a run; the flag is True when both come from one written
    time range ("19:00 bis 00:00 Uhr"), which may run past midnight. ``shared`` is the
    time written once after a list of separate days, which holds for each of them
    ("v sobotu 7., 14. a 21. prosince od 8.00 do 14.00 hodin")."""
    first, last = run.first, run.last
    if not run.ranged and not last.times and shared:
        return shared[0], (shared[1] if len(shared) == 2 else None), len(shared) == 2
    if first is not last and first.times:
        return first.times[0], (last.times[-1] if last.times else None), False
    if len(last.times) == 2:
        return last.times[0], last.times[1], True
    return (last.times[0] if last.times else None), None, False


def _zone_of(items: list[Item]) -> tuple[dt.tzinfo | None, str | None]:
    names: list[str] = [z for it in items for z in it.zone]
    offset = next((it.offset_minutes for it in items if it.offset_minutes is not None), None)
    if "Europe/Brussels" in names or ("CET" in names and "CEST" in names):
        return _BRUSSELS, "Europe/Brussels"
    if offset is not None:
        sign = "+" if offset >= 0 else "-"
        label = f"UTC{sign}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}"
        if offset == 0:
            return dt.UTC, "UTC"
        return dt.timezone(dt.timedelta(minutes=offset)), label
    if names:
        return _FIXED_ZONES[names[0]], names[0]
    return None, None


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


def _build(run: _Run, items: list[Item], text: str, shared: list[Time]) -> DateRange | DateIssue:
    t1, t2, one_range = _run_times(run, shared)
    if t1 is None:
        end = run.end if run.ranged else None
        return DateRange(run.start, end, text)
    start_clock, end_clock, end_is_midnight = _clock((t1, t2))
    if start_clock is None:
        return DateIssue.IMPOSSIBLE
    tz, tz_name = _zone_of(items)
    start_naive = dt.datetime.combine(run.start, start_clock)
    end_naive: dt.datetime | None = None
    if end_clock is not None:
        end_naive = dt.datetime.combine(run.end, end_clock)
        if end_is_midnight:
            end_naive += dt.timedelta(days=1)
        elif one_range and end_clock < start_clock:
            # One written time range that ends "earlier" crosses midnight on its last
            # day ("22:00-02:00"), if it stays short; "16:00-15:00" is a mistake.
            if (
                dt.datetime.combine(run.start, end_clock) + dt.timedelta(days=1) - (start_naive)
                > OVERNIGHT_LIMIT
            ):
                return DateIssue.END_BEFORE_START
            end_naive += dt.timedelta(days=1)
        if end_naive < start_naive:
            return DateIssue.END_BEFORE_START
    elif run.ranged:
        # "9-10 April, 10:00": a time on one end only; dates are what we know for sure.
        return DateRange(run.start, run.end, text)
    start = _localise(start_naive, tz)
    if isinstance(start, DateIssue):
        return start
    if end_naive is None:
        return DateRange(start, None, text, tz_name)
    end = _localise(end_naive, tz)
    if isinstance(end, DateIssue):
        return end
    return DateRange(start, end, text, tz_name)


def resolve(
    expr: Expression, source: str, reference: dt.date | None, today: dt.date, whole: bool
) -> list[DateRange] | Failure | None:
    """Turn one expression into date ranges (one per run of a list), a failure, or
    ``None`` when it turns out not to be a date expression after all."""
    text = source[expr.start : expr.end]
    items = expr.items
    if items[0].partial:
        return Failure(DateIssue.PARTIAL, text)
    if items[0].relative is not None:
        if is_ambiguous_relative(items[0].relative_words) and not whole:
            return None
        if reference is None:
            return Failure(DateIssue.MISSING_REFERENCE, text)
        day = reference + dt.timedelta(days=items[0].relative)
        dates_or_issue: list[dt.date] | DateIssue = [day]
    else:
        _inherit_months(items)
        dates_or_issue = _item_dates(items, reference)
    if isinstance(dates_or_issue, DateIssue):
        return Failure(dates_or_issue, text)
    runs = _runs(items, expr.joins, dates_or_issue)
    if isinstance(runs, DateIssue):
        return Failure(runs, text)
    horizon_base = reference or today
    if not all(plausible(d, horizon_base) for d in dates_or_issue):
        return Failure(DateIssue.IMPLAUSIBLE, text)
    out: list[DateRange] = []
    # A time after the last of several separate days holds for each of them, unless
    # the last run is itself a range of days ("2. und 4.–5. Oktober, 10 Uhr" stays
    # dates-only on the range, as for any range with a time on one end).
    last_run = runs[-1]
    shared = items[-1].times if len(runs) > 1 and not last_run.ranged else []
    for run in runs:
        built = _build(run, items, text, shared)
        if isinstance(built, DateIssue):
            return Failure(built, text)
        out.append(built)
    return out
