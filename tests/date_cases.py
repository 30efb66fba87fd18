# ruff: noqa: E501  (a case is its page's text on one line, as the page has it)
"""The corpus of real date forms, shared by tests/test_dates.py and bench/bench_dates.py.

Each case is text as it stands on a page, the expected result, and where the form was
seen. Sources: "site §x" is docs/sites/eurocities.md, "seed" is
fixtures/seed/eurocities-innovation-page-2019.txt, "issue" is the issue text, and a
URL is a stored public page of a city or city network (the numbers in a case are
sometimes changed to exercise edges, the wording and shape are the page's).

``start``/``end`` are ``isoformat()`` strings; ``issue`` is the expected
:func:`citycrawl.dates.why_unparsed` slug when no date is expected.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    text: str
    start: str | None = None
    end: str | None = None
    ref: dt.date | None = None
    lang: str = "en"
    form: str = "text"
    tz: str | None = None
    issue: str | None = None
    languages: tuple[str, ...] | None = None
    span: str | None = None
    """Expected ``.text`` when it is not the whole input."""


def c(text: str, start: str, end: str | None = None, **kw: object) -> Case:
    return Case(text, start, end, **kw)  # type: ignore[arg-type]


def x(text: str, issue: str, **kw: object) -> Case:
    return Case(text, issue=issue, **kw)  # type: ignore[arg-type]


R19 = dt.date(2019, 1, 9)  # seed page's first publication date
R21 = dt.date(2021, 4, 13)  # /latest/ snapshot, site §2.5
R23 = dt.date(2023, 9, 20)

CASES: list[Case] = [
    # --- English: old-site labels (site §1.3, §1.4, seed) ------------------------------
    c("publication date: 09-01-2019", "2019-01-09", form="label", span="09-01-2019"),
    c("publication date: 19-10-2017", "2017-10-19", form="label", span="19-10-2017"),
    c("publication date : 05-05-2017", "2017-05-05", form="label", span="05-05-2017"),
    c("start date: 12-10-2017", "2017-10-12", form="label", span="12-10-2017"),
    c("start date : 01-06-2017", "2017-06-01", form="label", span="01-06-2017"),
    c("end date: 24-10-2019", "2019-10-24", form="label", span="24-10-2019"),
    c("start date\n18-03-2020", "2020-03-18", form="label", span="18-03-2020"),
    c("- publication date\n- 21-05-2015", "2015-05-21", form="label", span="21-05-2015"),
    c("09-01-2019", "2019-01-09", form="numeric"),
    c("02-01-2019", "2019-01-02", form="numeric"),  # day first, always (seed)
    c("10-12-2018", "2018-12-10", form="numeric"),
    c("02/26/2019", "2019-02-26", form="numeric"),  # only month-first is possible
    c("12/31/2019", "2019-12-31", form="numeric"),
    c("15-12-18 06:00", "2018-12-15T06:00:00", form="numeric"),  # engineering.md table
    # --- English: new-site cards and articles (site §2.3, §2.4, §2.7) ---------------------
    c("9 April 2021", "2021-04-09", form="text"),
    c("14 April 2021", "2021-04-14", form="text"),
    c("13 July 2020", "2020-07-13", form="text"),
    c("5 November 2025", "2025-11-05", form="text", ref=R23),
    c("25 June 2026", "2026-06-25", form="text", ref=R23),
    c("Published: 30 September 2023", "2023-09-30", form="label", span="30 September 2023"),
    c("Events 14 April 2021", "2021-04-14", form="label", span="14 April 2021"),
    c(
        "News Press release 13 January 2021 – digital solutions",
        "2021-01-13",
        form="label",
        span="13 January 2021",
    ),
    c(
        "Policy papers / Paving the way for sustainable cities / 13 July 2020",
        "2020-07-13",
        form="label",
        span="13 July 2020",
    ),
    c("Brussels, 23 January 2018", "2018-01-23", form="label", span="23 January 2018"),
    c("Wednesday 21 March 2018", "2018-03-21", form="weekday"),
    c(
        "Today, Wednesday 14 December 2022",
        "2022-12-14",
        form="weekday",
        span="Wednesday 14 December 2022",
    ),
    c("Tuesday, 10 October 2023", "2023-10-10", form="weekday"),
    # --- English ranges (issue, site §2.5, §2.7, §4) -----------------------------------
    c("22-24 October 2019", "2019-10-22", "2019-10-24", form="range"),
    c(
        "on 22-24 October 2019 in Warsaw",
        "2019-10-22",
        "2019-10-24",
        form="range",
        span="22-24 October 2019",
    ),
    c("on 3-4 December 2018", "2018-12-03", "2018-12-04", form="range", span="3-4 December 2018"),
    c("12-14 June 2018", "2018-06-12", "2018-06-14", form="range"),
    c("9-10 April", "2019-04-09", "2019-04-10", ref=R19, form="missing_year"),
    c("16-17 November", "2017-11-16", "2017-11-17", ref=dt.date(2017, 10, 19), form="missing_year"),
    c("26-27 March", "2019-03-26", "2019-03-27", ref=R19, form="missing_year"),
    c("31 May – 2 June", "2022-05-31", "2022-06-02", ref=dt.date(2022, 4, 1), form="range_months"),
    c(
        "31 May – 2 June Eurocities Mobility Forum in Porto",
        "2022-05-31",
        "2022-06-02",
        ref=dt.date(2022, 4, 1),
        form="range_months",
        span="31 May – 2 June",
    ),
    c("From 9 to 12 June", "2021-06-09", "2021-06-12", ref=R21, form="range"),
    c(
        "taking place in Brussels from 9 – 12 October",
        "2023-10-09",
        "2023-10-12",
        ref=R23,
        form="range",
        span="from 9 – 12 October",
    ),
    c("from 5-22 October", "2020-10-05", "2020-10-22", ref=dt.date(2020, 9, 30), form="range"),
    c(
        "the event will take place in Katowice on 26-30 June",
        "2022-06-26",
        "2022-06-30",
        ref=dt.date(2022, 5, 2),
        form="range",
        span="26-30 June",
    ),
    # A sentence-ending "." after the month is punctuation, not part of the span
    # (fixtures/eurocities/wordpress/listing-events: "…will take place in Katowice on 26-30 June.").
    c(
        "the event will take place in Katowice on 26-30 June. Join us there.",
        "2022-06-26",
        "2022-06-30",
        ref=dt.date(2022, 5, 2),
        form="range",
        span="26-30 June",
    ),
    c(
        "Cities will gather in Brussels from 9 – 12 October.",
        "2023-10-09",
        "2023-10-12",
        ref=R23,
        form="range",
        span="from 9 – 12 October",
    ),
    c(
        "at the Social Affairs Forum from 11-13 May",
        "2022-05-11",
        "2022-05-13",
        ref=dt.date(2022, 3, 1),
        form="range",
        span="from 11-13 May",
    ),
    c(
        "Barcelona's Time Use Week event from 25 to 31 October",
        "2021-10-25",
        "2021-10-31",
        ref=dt.date(2021, 10, 1),
        form="range",
        span="from 25 to 31 October",
    ),
    c("28 December 2022 – 3 January 2023", "2022-12-28", "2023-01-03", form="range_years"),
    c("28 December – 3 January 2023", "2022-12-28", "2023-01-03", form="range_years"),
    c(
        "28 December – 3 January",
        "2022-12-28",
        "2023-01-03",
        ref=dt.date(2022, 12, 1),
        form="range_years",
    ),
    c("17 - 18 January 2019", "2019-01-17", "2019-01-18", form="range"),  # ICLEI, site §4
    c("13 - 28 September 2014", "2014-09-13", "2014-09-28", form="range"),
    c("From 4 to 5 April 2017", "2017-04-04", "2017-04-05", form="range"),  # Energy Cities
    c("From 26 to 27 May 2016", "2016-05-26", "2016-05-27", form="range"),  # Eurotowns
    c(
        "10 December 2009 – 11 December 2009 Brussels, Belgium",
        "2009-12-10",
        "2009-12-11",
        form="range",
        span="10 December 2009 – 11 December 2009",
    ),  # POLIS
    c("28 August to Wednesday 30 August 2023", "2023-08-28", "2023-08-30", form="range"),
    c(
        "Kraków, 8-9 April 2019", "2019-04-08", "2019-04-09", form="range", span="8-9 April 2019"
    ),  # forum-ekonomiczne.pl
    c(
        "SILESIA 18-21 MAY 2017", "2017-05-18", "2017-05-21", form="range", span="18-21 MAY 2017"
    ),  # kongresruchowmiejskich.pl
    c(
        "2 and 3 July 2019, Paris",
        "2019-07-02",
        "2019-07-03",
        form="list",
        span="2 and 3 July 2019",
    ),  # espaces-transfrontaliers.org
    c("8, 9 & 10 April 2025", "2025-04-08", "2025-04-10", form="list", ref=R23),
    c(
        "Dates: 4th-5th March, 2020",
        "2020-03-04",
        "2020-03-05",
        form="ordinal",
        span="4th-5th March, 2020",
    ),  # docomomo.com
    c(
        "on the 4th and 5th of March",
        "2020-03-04",
        "2020-03-05",
        ref=dt.date(2020, 2, 1),
        form="ordinal",
        span="4th and 5th of March",
    ),
    c(
        "from Thursday 1st to Friday 2nd June",
        "2017-06-01",
        "2017-06-02",
        ref=dt.date(2017, 5, 1),
        form="ordinal",
    ),  # site §2.7
    # --- English month first (C40, Lublin, Kongres; site §4) ------------------------------
    c("(September 28, 2015)", "2015-09-28", form="mdy", span="September 28, 2015"),
    c("march 20, 2018", "2018-03-20", form="mdy"),  # miasta2050.lublin.eu (a year follows)
    c("FRIDAY, MAY 19", "2017-05-19", ref=dt.date(2017, 5, 1), form="mdy"),
    c("October 9-11, 2019", "2019-10-09", "2019-10-11", form="mdy"),
    c("8 January, 2026", "2026-01-08", form="text", ref=R23),  # C40 dateline
    c(
        "Rio de Janeiro, Brazil (4 November 2025)",
        "2025-11-04",
        form="text",
        ref=R23,
        span="4 November 2025",
    ),
    c("Added on 03 August 2018", "2018-08-03", form="label", span="03 August 2018"),
    c("Added on 19 March 2019", "2019-03-19", form="label", span="19 March 2019"),
    # --- English times and zones (issue, site §1.3, §2.5, §4) -----------------------------
    c(
        "Thursday 17 January 2019, 15:00-16:00 (CET, Brussels time)",
        "2019-01-17T15:00:00+01:00",
        "2019-01-17T16:00:00+01:00",
        form="zone",
        tz="Europe/Brussels",
    ),
    c(
        "Thursday 11 July 2019, 15:00-16:00 (CET, Brussels time)",
        "2019-07-11T15:00:00+02:00",
        "2019-07-11T16:00:00+02:00",
        form="zone",
        tz="Europe/Brussels",
    ),
    c(
        "Tuesday 10 October, 17.00-18.00",
        "2023-10-10T17:00:00",
        "2023-10-10T18:00:00",
        ref=R23,
        form="time",
    ),
    c(
        "Tuesday 10 October, 17.00-18.00, Jacques Delors building, JDE 52",
        "2023-10-10T17:00:00",
        "2023-10-10T18:00:00",
        ref=R23,
        form="time",
        span="Tuesday 10 October, 17.00-18.00",
    ),
    c(
        "Wednesday 18 March @ 10.00 – 12.20",
        "2020-03-18T10:00:00",
        "2020-03-18T12:20:00",
        ref=dt.date(2020, 2, 20),
        form="time",
    ),
    c(
        "Monday 5 October 14:30 – 16:00",
        "2020-10-05T14:30:00",
        "2020-10-05T16:00:00",
        ref=dt.date(2020, 9, 30),
        form="time",
    ),
    c(
        "Thursday 8 October 11:30 – 13:00",
        "2020-10-08T11:30:00",
        "2020-10-08T13:00:00",
        ref=dt.date(2020, 9, 30),
        form="time",
    ),
    c(
        "Wednesday, 4 November, 10.00-11.30",
        "2020-11-04T10:00:00",
        "2020-11-04T11:30:00",
        ref=dt.date(2020, 10, 20),
        form="time",
    ),
    c(
        "Thursday, 5 November, 11.30-12.30",
        "2020-11-05T11:30:00",
        "2020-11-05T12:30:00",
        ref=dt.date(2020, 10, 20),
        form="time",
    ),
    c(
        "Friday, 5 November, 11:00-12:00: Eurocities General Assembly",
        "2021-11-05T11:00:00",
        "2021-11-05T12:00:00",
        ref=dt.date(2021, 11, 5),
        form="time",
        span="Friday, 5 November, 11:00-12:00",
    ),
    c(
        "When: 10 October, 09:00 – 11:00",
        "2023-10-10T09:00:00",
        "2023-10-10T11:00:00",
        ref=R23,
        form="time",
        span="10 October, 09:00 – 11:00",
    ),
    c(
        "12 October, 09:00 – 10:45",
        "2016-10-12T09:00:00",
        "2016-10-12T10:45:00",
        ref=dt.date(2016, 7, 28),
        form="time",
    ),  # Eurotowns, site §4
    c(
        "Wednesday 26 April 2017 09:00-15:00",
        "2017-04-26T09:00:00",
        "2017-04-26T15:00:00",
        form="time",
    ),  # Energy Cities, site §4
    c(
        "The 21 April 2021 from 14:30 until 16:00",
        "2021-04-21T14:30:00",
        "2021-04-21T16:00:00",
        form="time",
        span="21 April 2021 from 14:30 until 16:00",
    ),
    c(
        "23 May 2019 - 09:21, by Adrian Hiel",
        "2019-05-23T09:21:00",
        form="time",
        span="23 May 2019 - 09:21",
    ),  # SPIP byline: the clock after the dash is the publication time
    c(
        "Monday 5 October, 12.00-4.00 p.m.",
        "2020-10-05T12:00:00",
        "2020-10-05T16:00:00",
        ref=dt.date(2020, 9, 30),
        form="time",
    ),
    c(
        "Monday 5 October, 10-11 a.m.",
        "2020-10-05T10:00:00",
        "2020-10-05T11:00:00",
        ref=dt.date(2020, 9, 30),
        form="time",
    ),
    c(
        "Monday 5 October, 11 a.m. - 1 p.m.",
        "2020-10-05T11:00:00",
        "2020-10-05T13:00:00",
        ref=dt.date(2020, 9, 30),
        form="time",
    ),
    c("9 April 2019 @ 10.00", "2019-04-09T10:00:00", form="time"),
    # "25:00" is no time, so only the date is read.
    c("9 April 2019, 25:00", "2019-04-09", form="time", span="9 April 2019"),
    c(
        "9 April 2019, 14:30 – 16:00 CET",
        "2019-04-09T14:30:00+01:00",
        "2019-04-09T16:00:00+01:00",
        form="zone",
        tz="CET",
    ),
    c("9 April 2019, 14:30 CEST", "2019-04-09T14:30:00+02:00", form="zone", tz="CEST"),
    c(
        "On July 6, at 6 pm (GMT+1)",
        "2020-07-06T18:00:00+01:00",
        ref=dt.date(2020, 7, 1),
        form="zone",
        tz="UTC+01:00",
        span="July 6, at 6 pm (GMT+1)",
    ),  # docomomo.pt
    c(
        "Tuesday, 10 October 2023, 09:00 – 11:00, Brussels",
        "2023-10-10T09:00:00",
        "2023-10-10T11:00:00",
        form="time",
        span="Tuesday, 10 October 2023, 09:00 – 11:00",
    ),
    c("9 April 2019 10:00 UTC", "2019-04-09T10:00:00+00:00", form="zone", tz="UTC"),
    c("9 April 2019 10:00 +02:00", "2019-04-09T10:00:00+02:00", form="zone", tz="UTC+02:00"),
    c(
        "3 June 2019, 9 am – 5 pm CET",
        "2019-06-03T09:00:00+01:00",
        "2019-06-03T17:00:00+01:00",
        form="zone",
        tz="CET",
    ),
    c("5 June 2019 from 10am to 12pm", "2019-06-05T10:00:00", "2019-06-05T12:00:00", form="time"),
    c("vom 3. bis zum 5. Juni 2019", "2019-06-03", "2019-06-05", lang="de", form="range"),
    c("du lundi 3 au mercredi 5 juin 2019", "2019-06-03", "2019-06-05", lang="fr", form="range"),
    c("June 9-12", "2019-06-09", "2019-06-12", ref=dt.date(2019, 5, 1), form="mdy"),
    c("Sept. 5, 2019", "2019-09-05", form="mdy"),
    c(
        "Saturday 5 October 2019, 22:00-02:00",
        "2019-10-05T22:00:00",
        "2019-10-06T02:00:00",
        form="overnight",
    ),
    c("2019-01-09", "2019-01-09", form="iso"),
    c("2025-07-25", "2025-07-25", form="iso", ref=R23),  # CEMR, site §4
    c("2019-01-09T10:00:00+01:00", "2019-01-09T10:00:00+01:00", form="iso", tz="UTC+01:00"),
    c("2023-09-30T08:15:00Z", "2023-09-30T08:15:00+00:00", form="iso", tz="UTC"),
    c("Wed, 09 Jan 2019 10:00:00 +0100", "2019-01-09T10:00:00+01:00", form="iso", tz="UTC+01:00"),
    c("23/01/2026", "2026-01-23", ref=R23, form="numeric"),  # CEMR
    c("Cohesion policy - 31.01.2018", "2018-01-31", form="numeric", span="31.01.2018"),
    c("28/07/2016", "2016-07-28", form="numeric"),  # Eurotowns
    # --- relative words ------------------------------------------------------------------
    c("today", "2019-01-09", ref=R19, form="relative"),
    c("tomorrow", "2019-01-10", ref=R19, form="relative"),
    c("yesterday", "2019-01-08", ref=R19, form="relative"),
    c("tomorrow at 10:00", "2019-01-10T10:00:00", ref=R19, form="relative"),
    c(
        "Today, Braga became the 5th city to sign a pledge",
        "2019-01-09",
        ref=R19,
        form="relative",
        span="Today",
    ),  # seed
    c("3 days ago", "2019-01-06", ref=R19, form="relative"),  # dateparser fallback
    # --- French ----------------------------------------------------------------------
    c("du 22 au 24 octobre 2019", "2019-10-22", "2019-10-24", lang="fr", form="range"),
    c("Publié le : 09/05/2023", "2023-05-09", lang="fr", form="label", span="09/05/2023"),
    c(
        "mardi 16, mercredi 17 et jeudi 18 novembre 2021",
        "2021-11-16",
        "2021-11-18",
        lang="fr",
        form="list",
    ),
    c(
        "Les 14 et 15 septembre",
        "2017-09-14",
        "2017-09-15",
        ref=dt.date(2017, 8, 1),
        lang="fr",
        form="list",
        span="14 et 15 septembre",
    ),  # lylo.fr
    c(
        "le lundi 6 décembre à 18:30",
        "2021-12-06T18:30:00",
        ref=dt.date(2021, 11, 20),
        lang="fr",
        form="time",
        span="lundi 6 décembre à 18:30",
    ),  # unidivers.fr
    c(
        "le lundi 5 octobre (20H)",
        "2020-10-05T20:00:00",
        ref=dt.date(2020, 9, 1),
        lang="fr",
        form="time",
        span="lundi 5 octobre (20H)",
    ),  # up2v.org
    c(
        "Le vendredi 13 juin",
        "2025-06-13",
        ref=dt.date(2025, 5, 1),
        lang="fr",
        form="weekday",
        span="vendredi 13 juin",
    ),  # villesdefrance.fr
    c(
        "6 décembre 2021, Issy-les-Moulineaux",
        "2021-12-06",
        lang="fr",
        form="text",
        span="6 décembre 2021",
    ),
    c("le 1er mars 2022", "2022-03-01", lang="fr", form="ordinal", span="1er mars 2022"),
    c("du 28 février au 2 mars 2024", "2024-02-28", "2024-03-02", lang="fr", form="range_months"),
    c(
        "du 30 décembre 2019 au 2 janvier 2020",
        "2019-12-30",
        "2020-01-02",
        lang="fr",
        form="range_years",
    ),
    c("Publié le 3 août 2020", "2020-08-03", lang="fr", form="label", span="3 août 2020"),
    c(
        "jeudi 12 mars 2020 de 14h à 16h30",
        "2020-03-12T14:00:00",
        "2020-03-12T16:30:00",
        lang="fr",
        form="time",
    ),
    c("mercredi 18 mars 2020, 18h30", "2020-03-18T18:30:00", lang="fr", form="time"),
    c(
        "le 15 mai 2019 à 10h (heure de Bruxelles)",
        "2019-05-15T10:00:00+02:00",
        lang="fr",
        form="zone",
        tz="Europe/Brussels",
        span="15 mai 2019 à 10h (heure de Bruxelles)",
    ),
    c("demain", "2019-01-10", ref=R19, lang="fr", form="relative"),
    c("hier", "2019-01-08", ref=R19, lang="fr", form="relative"),
    c("aujourd'hui", "2019-01-09", ref=R19, lang="fr", form="relative"),
    c("demain à 14h", "2019-01-10T14:00:00", ref=R19, lang="fr", form="relative"),
    c("il y a 2 jours", "2019-01-07", ref=R19, lang="fr", form="relative"),
    # --- German ----------------------------------------------------------------------
    c("22.–24. Oktober 2019", "2019-10-22", "2019-10-24", lang="de", form="range"),
    c(
        "Do, 19. 1., 13 Uhr",
        "2023-01-19T13:00:00",
        ref=dt.date(2023, 1, 10),
        lang="de",
        form="weekday",
    ),
    c(
        "Samstag, 5. Oktober: 18.00 Uhr bis Sonntag, 6. Oktober, 1.00 Uhr",
        "2019-10-05T18:00:00",
        "2019-10-06T01:00:00",
        ref=dt.date(2019, 9, 1),
        lang="de",
        form="overnight",
    ),
    c(
        "Sa, 19.10., 17 Uhr",
        "2019-10-19T17:00:00",
        ref=dt.date(2019, 10, 1),
        lang="de",
        form="weekday",
    ),  # suedkurier.de
    c(
        "3. Oktober | 11:00 bis 16:30 Uhr",
        "2019-10-03T11:00:00",
        "2019-10-03T16:30:00",
        ref=dt.date(2019, 10, 1),
        lang="de",
        form="time",
    ),  # wuerzburgerleben.de
    c(
        "26. – 27. Oktober | 19:00 bis 00:00 Uhr",
        "2019-10-26T19:00:00",
        "2019-10-28T00:00:00",
        ref=dt.date(2019, 10, 1),
        lang="de",
        form="overnight",
    ),
    c(
        "26.10. – 27.10.2019", "2019-10-26", "2019-10-27", lang="de", form="numeric_range"
    ),  # befluegelt-von.de
    c("27.09. – 19.10.2019", "2019-09-27", "2019-10-19", lang="de", form="numeric_range"),
    c(
        "04.10.2019 – Einlass 19:00 Uhr", "2019-10-04T19:00:00", lang="de", form="time"
    ),  # doors open: the time a visitor needs
    c("21. September 2018, 10:49 Uhr", "2018-09-21T10:49:00", lang="de", form="time"),
    c(
        "vom 11. bis 21. Oktober",
        "2018-10-11",
        "2018-10-21",
        ref=dt.date(2018, 9, 1),
        lang="de",
        form="range",
    ),  # ebookers.ch
    c(
        "am 13./14. Oktober",
        "2018-10-13",
        "2018-10-14",
        ref=dt.date(2018, 9, 1),
        lang="de",
        form="list",
        span="13./14. Oktober",
    ),
    c(
        "Vom 25. bis 27. Oktober",
        "2018-10-25",
        "2018-10-27",
        ref=dt.date(2018, 9, 1),
        lang="de",
        form="range",
    ),
    c(
        "am 5. und 6. Oktober",
        "2019-10-05",
        "2019-10-06",
        ref=dt.date(2019, 10, 1),
        lang="de",
        form="list",
        span="5. und 6. Oktober",
    ),  # bnn.de
    c(
        "Sonntag, 6. Oktober, von 11 bis 18 Uhr",
        "2019-10-06T11:00:00",
        "2019-10-06T18:00:00",
        ref=dt.date(2019, 10, 1),
        lang="de",
        form="time",
    ),  # bnn.de
    c("Dienstag, 1. Oktober", "2019-10-01", ref=dt.date(2019, 10, 1), lang="de", form="weekday"),
    c(
        "Mittwoch, 2. Oktober 14:00 - 18:00 Uhr",
        "2019-10-02T14:00:00",
        "2019-10-02T18:00:00",
        ref=dt.date(2019, 10, 1),
        lang="de",
        form="time",
    ),
    c("15. März 2019", "2019-03-15", lang="de", form="text"),
    c("15. Maerz 2019", "2019-03-15", lang="de", form="text"),
    c("Datum: 14.05.2018", "2018-05-14", lang="de", form="label", span="14.05.2018"),
    c(
        "Montag, 14. Mai 2018, 19 Uhr (MESZ)",
        "2018-05-14T19:00:00+02:00",
        lang="de",
        form="zone",
        tz="CEST",
    ),
    c("morgen", "2019-01-10", ref=R19, lang="de", form="relative"),
    c("heute, 18 Uhr", "2019-01-09T18:00:00", ref=R19, lang="de", form="relative"),
    c("gestern", "2019-01-08", ref=R19, lang="de", form="relative"),
    c("vor 3 Tagen", "2019-01-06", ref=R19, lang="de", form="relative"),
    # --- Spanish ---------------------------------------------------------------------
    c("del 9 al 10 de abril de 2019", "2019-04-09", "2019-04-10", lang="es", form="range"),
    c(
        "Tierra Beat – 27 y 28 de abril",
        "2019-04-27",
        "2019-04-28",
        ref=dt.date(2019, 1, 28),
        lang="es",
        form="list",
        span="27 y 28 de abril",
    ),  # mosaicomx.com
    c(
        "México Ciudad que Baila – 29 de abril al 12 de mayo",
        "2019-04-29",
        "2019-05-12",
        ref=dt.date(2019, 1, 28),
        lang="es",
        form="range_months",
        span="29 de abril al 12 de mayo",
    ),
    c(
        "Diverso – 28, 29 y 30 de junio",
        "2019-06-28",
        "2019-06-30",
        ref=dt.date(2019, 1, 28),
        lang="es",
        form="list",
        span="28, 29 y 30 de junio",
    ),
    c(
        "Día de muertos – 1 al 17 de noviembre",
        "2019-11-01",
        "2019-11-17",
        ref=dt.date(2019, 5, 28),
        lang="es",
        form="range",
        span="1 al 17 de noviembre",
    ),
    c(
        "Alger González • 28 de enero de 2019",
        "2019-01-28",
        lang="es",
        form="text",
        span="28 de enero de 2019",
    ),
    c(
        "Día: 1 de mayo, 2019", "2019-05-01", lang="es", form="text", span="1 de mayo, 2019"
    ),  # chlavoz.com
    c(
        "Staff Pícale | 19 septiembre, 2019",
        "2019-09-19",
        lang="es",
        form="text",
        span="19 septiembre, 2019",
    ),  # picale.mx
    c(
        "este martes 9 de abril",
        "2019-04-09",
        ref=dt.date(2019, 4, 8),
        lang="es",
        form="weekday",
        span="martes 9 de abril",
    ),  # posta.com.mx
    c(
        "miércoles 9 de abril", "2025-04-09", ref=dt.date(2025, 4, 9), lang="es", form="weekday"
    ),  # publimetro.com.mx
    c(
        "el viernes 20 de septiembre a las 17:00 horas",
        "2019-09-20T17:00:00",
        ref=dt.date(2019, 9, 19),
        lang="es",
        form="time",
        span="viernes 20 de septiembre a las 17:00 horas",
    ),
    c("1º de mayo de 2019", "2019-05-01", lang="es", form="ordinal"),
    c("mañana", "2019-01-10", ref=R19, lang="es", form="relative"),
    c("ayer", "2019-01-08", ref=R19, lang="es", form="relative"),
    c("hace 2 días", "2019-01-07", ref=R19, lang="es", form="relative"),
    # --- Italian ---------------------------------------------------------------------
    c("dal 9 al 10 aprile", "2019-04-09", "2019-04-10", ref=R19, lang="it", form="range"),
    c(
        "Dal 2 al 4 ottobre si terrà la sesta edizione",
        "2024-10-02",
        "2024-10-04",
        ref=dt.date(2024, 10, 2),
        lang="it",
        form="range",
        span="Dal 2 al 4 ottobre",
    ),
    c(
        "Dal 17 al 19 novembre i temi",
        "2020-11-17",
        "2020-11-19",
        ref=dt.date(2020, 11, 10),
        lang="it",
        form="range",
        span="Dal 17 al 19 novembre",
    ),  # gdc.ancitel.it
    c(
        "Il 21 e 22 marzo avrà luogo l'Assemblea",
        "2024-03-21",
        "2024-03-22",
        ref=dt.date(2024, 2, 1),
        lang="it",
        form="list",
        span="21 e 22 marzo",
    ),
    c(
        "Sabato 7 dicembre alle 9.30",
        "2019-12-07T09:30:00",
        ref=dt.date(2019, 12, 1),
        lang="it",
        form="time",
    ),  # comune.bologna.it
    c(
        "venerdì 28 aprile alle ore 15.00",
        "2023-04-28T15:00:00",
        ref=dt.date(2023, 4, 20),
        lang="it",
        form="time",
    ),  # comune.taurianova.rc.it
    c(
        "martedì 23 ottobre", "2018-10-23", ref=dt.date(2018, 10, 20), lang="it", form="weekday"
    ),  # chiamamicitta.it
    c(
        "giovedì 3 ottobre alle 12.30",
        "2024-10-03T12:30:00",
        ref=dt.date(2024, 10, 2),
        lang="it",
        form="time",
    ),  # gualdonews.it
    c("15 marzo del 2019", "2019-03-15", lang="it", form="text"),
    c(
        "dal 3 al 5 giugno 2019 dalle 9 alle 13",
        "2019-06-03T09:00:00",
        "2019-06-05T13:00:00",
        lang="it",
        form="time",
    ),
    c(
        "lunedì 3 giugno 2019 dalle ore 9 alle ore 13",
        "2019-06-03T09:00:00",
        "2019-06-03T13:00:00",
        lang="it",
        form="time",
    ),
    c("1° gennaio 2020", "2020-01-01", lang="it", form="ordinal"),
    c("10 January, 2025", "2025-01-10", ref=R23, lang="en", form="text"),
    c("domani", "2019-01-10", ref=R19, lang="it", form="relative"),
    c("ieri", "2019-01-08", ref=R19, lang="it", form="relative"),
    # --- Dutch -----------------------------------------------------------------------
    c(
        "Datum 14-05-2018 Tijd 19:00 - 20:00",
        "2018-05-14T19:00:00",
        "2018-05-14T20:00:00",
        lang="nl",
        form="label",
        span="14-05-2018 Tijd 19:00 - 20:00",
    ),
    c(
        "23 maart 2018, van 20:00 tot 22:30, gemeentehuis",
        "2018-03-23T20:00:00",
        "2018-03-23T22:30:00",
        lang="nl",
        form="time",
        span="23 maart 2018, van 20:00 tot 22:30",
    ),  # papendrecht.pvda.nl
    c(
        "Donderdag 13 juni 2019, 13.30 uur (kadernota)",
        "2019-06-13T13:30:00",
        lang="nl",
        form="time",
        span="Donderdag 13 juni 2019, 13.30 uur",
    ),  # dewolden.nl
    c(
        "Donderdag 10 oktober, 19.00 (kindergemeenteraad)",
        "2019-10-10T19:00:00",
        ref=dt.date(2019, 1, 15),
        lang="nl",
        form="time",
        span="Donderdag 10 oktober, 19.00",
    ),
    c("Donderdag 31 januari 2019", "2019-01-31", lang="nl", form="weekday"),
    c(
        "op maandag 20 maart",
        "2017-03-20",
        ref=dt.date(2017, 3, 21),
        lang="nl",
        form="weekday",
        span="maandag 20 maart",
    ),  # gbmedemblik.nl
    c(
        "Op 20 maart om 20 u",
        "2017-03-20T20:00:00",
        ref=dt.date(2017, 2, 22),
        lang="nl",
        form="time",
        span="20 maart om 20 u",
    ),  # someren.pvda.nl
    c(
        "woensdag 10 september 2025 een informatieavond",
        "2025-09-10",
        lang="nl",
        ref=R23,
        form="weekday",
        span="woensdag 10 september 2025",
    ),  # echt-susteren.nl
    c("13 Mei 2008", "2008-05-13", lang="nl", form="text"),  # groenrotselaar.be
    c("van 3 tot 5 juni 2019", "2019-06-03", "2019-06-05", lang="nl", form="range"),
    c("3 t/m 5 juni 2019", "2019-06-03", "2019-06-05", lang="nl", form="range"),
    c("vandaag", "2019-01-09", ref=R19, lang="nl", form="relative"),
    c("gisteren", "2019-01-08", ref=R19, lang="nl", form="relative"),
    # --- Polish ----------------------------------------------------------------------
    c("9-10 kwietnia 2019", "2019-04-09", "2019-04-10", lang="pl", form="range"),
    c(
        "Od 14 do 16 listopada w Kielcach",
        "2019-11-14",
        "2019-11-16",
        ref=dt.date(2019, 10, 1),
        lang="pl",
        form="range",
        span="Od 14 do 16 listopada",
    ),
    c(
        "18 maja 2022 r. w godzinach 9:00-17:30",
        "2022-05-18T09:00:00",
        "2022-05-18T17:30:00",
        lang="pl",
        form="time",
    ),  # miasta.pl
    c("20 marca 2018", "2018-03-20", lang="pl", form="text"),  # miasta2050.lublin.eu
    c("w środę 15 maja 2019", "2019-05-15", lang="pl", form="weekday", span="środę 15 maja 2019"),
    c("piątek, 7 czerwca 2019, godz. 10:00", "2019-06-07T10:00:00", lang="pl", form="time"),
    c(
        "od 30 września do 2 października 2019",
        "2019-09-30",
        "2019-10-02",
        lang="pl",
        form="range_months",
    ),
    c("1 października 2019 r.", "2019-10-01", lang="pl", form="text"),
    c("jutro", "2019-01-10", ref=R19, lang="pl", form="relative"),
    c("wczoraj", "2019-01-08", ref=R19, lang="pl", form="relative"),
    # --- Portuguese ------------------------------------------------------------------
    c(
        "entre 13 e 14 de setembro de 2018", "2018-09-13", "2018-09-14", lang="pt", form="list"
    ),  # URBACT
    c(
        "Nos dias 15, 16 e 17 de março",
        "2022-03-15",
        "2022-03-17",
        ref=dt.date(2022, 2, 1),
        lang="pt",
        form="list",
        span="15, 16 e 17 de março",
    ),  # forumdascidades.pt
    c("15 Mar 2022 até 17 Mar 2022", "2022-03-15", "2022-03-17", lang="pt", form="range"),
    c(
        "entre 1 e 3 de abril do próximo ano",
        "2020-04-01",
        "2020-04-03",
        ref=dt.date(2019, 10, 31),
        lang="pt",
        form="list",
        span="entre 1 e 3 de abril",
    ),
    c(
        "9 de novembro, segunda-feira",
        "2020-11-09",
        ref=dt.date(2020, 10, 1),
        lang="pt",
        form="text",
    ),  # lisboa.pt
    c(
        "Terça-feira, 16 de setembro:",
        "2014-09-16",
        ref=dt.date(2014, 9, 12),
        lang="pt",
        form="weekday",
        span="Terça-feira, 16 de setembro",
    ),  # limeira.sp.leg.br
    c("de 9 a 12 de junho de 2019", "2019-06-09", "2019-06-12", lang="pt", form="range"),
    c("quinta-feira, 4 de setembro de 2014, às 20h", "2014-09-04T20:00:00", lang="pt", form="time"),
    c(
        "nos dias 27 a 29 de dezembro 2016",
        "2016-12-27",
        "2016-12-29",
        lang="pt",
        form="range",
        span="27 a 29 de dezembro 2016",
    ),  # jornaldiadia.com.br
    c("1º de janeiro de 2017", "2017-01-01", lang="pt", form="ordinal"),
    c("amanhã", "2019-01-10", ref=R19, lang="pt", form="relative"),
    c("ontem", "2019-01-08", ref=R19, lang="pt", form="relative"),
    # --- Swedish, Danish, Czech, Norwegian-like -----------------------------------------
    c(
        "den 3–5 juni",
        "2019-06-03",
        "2019-06-05",
        ref=R19,
        lang="sv",
        form="range",
        span="3–5 juni",
    ),
    c(
        "höstkonferensen den 20-21 oktober 2022",
        "2022-10-20",
        "2022-10-21",
        lang="sv",
        form="range",
        span="20-21 oktober 2022",
    ),  # delegia.com
    c(
        "Digital konferens 25-26 mars",
        "2021-03-25",
        "2021-03-26",
        ref=dt.date(2021, 1, 10),
        lang="sv",
        form="range",
        span="25-26 mars",
    ),
    c(
        "Kommunmarknaden 13-14 september 2017",
        "2017-09-13",
        "2017-09-14",
        lang="sv",
        form="range",
        span="13-14 september 2017",
    ),  # kuntamarkkinat.fi
    c(
        "Publicerad 20 oktober 2021", "2021-10-20", lang="sv", form="label", span="20 oktober 2021"
    ),  # skr.se
    c("idag", "2019-01-09", ref=R19, lang="sv", form="relative"),
    c(
        "Den 28. og 29. april afholder KL",
        "2019-04-28",
        "2019-04-29",
        ref=dt.date(2019, 3, 1),
        lang="da",
        form="list",
        span="28. og 29. april",
    ),  # klimatilpasning.dk
    c(
        "afholdes den 21.-22. marts 2019 i Aalborg",
        "2019-03-21",
        "2019-03-22",
        lang="da",
        form="range",
        span="21.-22. marts 2019",
    ),  # kl.dk
    c(
        "den 30. april 2019 kl. 17:00",
        "2019-04-30T17:00:00",
        lang="da",
        form="time",
        span="30. april 2019 kl. 17:00",
    ),  # mariagerfjord.dk
    c("i morgen", "2019-01-10", ref=R19, lang="da", form="relative"),
    c(
        "onsdag den 5. juni 2019 kl. 10-12",
        "2019-06-05T10:00:00",
        "2019-06-05T12:00:00",
        lang="da",
        form="time",
    ),  # "kl." makes bare hours times; "-12" is no UTC offset
    c(
        "fredag 7. juni kl. 13.00",
        "2019-06-07T13:00:00",
        ref=dt.date(2019, 5, 1),
        lang="da",
        form="time",
    ),
    c("18. června 2024", "2024-06-18", lang="cs", form="text"),  # portalobydleni.cz
    c(
        "11. června 2015 - VI. NÁRODNÍ SETKÁNÍ",
        "2015-06-11",
        lang="cs",
        form="text",
        span="11. června 2015",
    ),  # regionservis.cz
    c(
        "12.10.2004 — Rada hl.m. Prahy", "2004-10-12", lang="cs", form="numeric", span="12.10.2004"
    ),  # praha.eu
    c("15. 10. 2019", "2019-10-15", lang="cs", form="numeric"),
    c(
        "ve středu 16. října 2019 od 9:00 hodin",
        "2019-10-16T09:00:00",
        lang="cs",
        form="time",
        span="středu 16. října 2019 od 9:00 hodin",
    ),
    c("zítra", "2019-01-10", ref=R19, lang="cs", form="relative"),
    c(
        "12. - 13. juni",
        "2019-06-12",
        "2019-06-13",
        ref=R19,
        lang="da",
        form="range",
        span="12. - 13. juni",
    ),  # regjeringen.no (Norwegian, same words)
    # --- weekday disambiguation of missing years ------------------------------------------
    c("Tuesday 10 October", "2023-10-10", ref=dt.date(2024, 2, 1), form="weekday"),
    c("Tuesday 10 October", "2023-10-10", ref=dt.date(2022, 12, 1), form="weekday"),
    c("Saturday 12 March", "2022-03-12", ref=dt.date(2022, 3, 1), form="weekday"),
    c(
        "live on Saturday 12 March",
        "2022-03-12",
        ref=dt.date(2022, 5, 1),
        form="weekday",
        span="Saturday 12 March",
    ),
    # --- missing years forwards and backwards ---------------------------------------------
    c("10 January", "2020-01-10", ref=dt.date(2019, 12, 20), form="missing_year"),
    c("20 December", "2019-12-20", ref=dt.date(2020, 1, 10), form="missing_year"),
    c("5 June", "2019-06-05", ref=dt.date(2019, 3, 1), form="missing_year"),
    c("5 June", "2019-06-05", ref=dt.date(2019, 9, 1), form="missing_year"),
    c("29 February", "2024-02-29", ref=dt.date(2023, 6, 1), form="missing_year"),
    # --- several sessions in one body (find_date_ranges covers them; first here) --------
    c(
        "Day 1: 20 September, Day 2: 21 September",
        "2018-09-20",
        ref=dt.date(2018, 9, 1),
        form="text",
        span="20 September",
    ),
    # --- red-team batch: real city-network pages (URL above each case) --------------
    # https://staging.eurocities.eu/events/join-us-at-the-european-week-of-regions-and-cities-2023
    c(
        "Tuesday, 10 October 2023\nMayors’ Agenda for Cities and the EU",
        "2023-10-10",
        ref=dt.date(2023, 9, 20),
        lang="en",
        form="weekday",
        span="Tuesday, 10 October 2023",
    ),
    # https://eurocities.eu/?p=14438
    c(
        (
            "The event will take place in the European Parliament on Tuesday 10 October, from "
            "09:00 – 11:00, in Room ASP 3E2."
        ),
        "2023-10-10T09:00:00",
        "2023-10-10T11:00:00",
        ref=dt.date(2023, 9, 20),
        lang="en",
        form="time",
        span="Tuesday 10 October, from 09:00 – 11:00",
    ),
    # https://eurocities.eu/latest/eurocities-annual-conference-2020-4-5-november-online/
    c(
        (
            "Our very first online Eurocities annual conference and AGM will take place on 4 "
            "and 5 November."
        ),
        "2020-11-04",
        "2020-11-05",
        ref=dt.date(2020, 9, 23),
        lang="en",
        form="list",
        span="4 and 5 November",
    ),
    # https://eurocities.eu/latest/eurocities-annual-conference-2020-4-5-november-online/
    c(
        "(as of 27/10/2020)",
        "2020-10-27",
        ref=dt.date(2020, 10, 27),
        lang="en",
        form="numeric",
        span="27/10/2020",
    ),
    # https://eurocities.eu/latest/eurocities-annual-conference-2020-4-5-november-online/
    c(
        "Wednesday, 4 November\n10.00-11.30: Future cities",
        "2020-11-04T10:00:00",
        "2020-11-04T11:30:00",
        ref=dt.date(2020, 9, 23),
        lang="en",
        form="time",
        span="Wednesday, 4 November\n10.00-11.30",
    ),
    # https://eurocities.eu/latest/join-us-at-the-european-week-of-regions-and-cities/
    c(
        "Culture beyond borders – Monday 12 October 16:30 – 18:00",
        "2020-10-12T16:30:00",
        "2020-10-12T18:00:00",
        ref=dt.date(2020, 9, 30),
        lang="en",
        form="time",
        span="Monday 12 October 16:30 – 18:00",
    ),
    # https://eurocities.eu/latest/join-us-at-the-european-week-of-regions-and-cities/
    c(
        (
            "COVID-19 and Future Cohesion Policy: the role of local authorities – Tuesday 13 "
            "October 9:30 – 11:00"
        ),
        "2020-10-13T09:30:00",
        "2020-10-13T11:00:00",
        ref=dt.date(2020, 9, 30),
        lang="en",
        form="time",
        span="Tuesday 13 October 9:30 – 11:00",
    ),
    # https://staging.eurocities.eu/eurocities/calendar/events_list/POSTPONED-ONLINE-EUROCITIES-Environment-Forum-7-9-October-WSPO-BJ4PBJ
    c(
        "due to take place 18-20 March. By taking this decision",
        "2020-03-18",
        "2020-03-20",
        ref=dt.date(2020, 3, 10),
        lang="en",
        form="range",
        span="18-20 March",
    ),
    # https://staging.eurocities.eu/eurocities/calendar/events_list/POSTPONED-ONLINE-EUROCITIES-Environment-Forum-7-9-October-WSPO-BJ4PBJ
    c(
        (
            "Webinars will take place between Wednesday 18th March and Friday 20th March, in "
            "line with our planned forum meeting."
        ),
        "2020-03-18",
        "2020-03-20",
        ref=dt.date(2020, 3, 10),
        lang="en",
        form="range",
        span="between Wednesday 18th March and Friday 20th March",
    ),
    # https://staging.eurocities.eu/eurocities/calendar/events_list/POSTPONED-ONLINE-EUROCITIES-Environment-Forum-7-9-October-WSPO-BJ4PBJ
    c(
        "WG GAB: Wednesday 18 March @ 14.00 – 15.45",
        "2020-03-18T14:00:00",
        "2020-03-18T15:45:00",
        ref=dt.date(2020, 3, 10),
        lang="en",
        form="time",
        span="Wednesday 18 March @ 14.00 – 15.45",
    ),
    # https://staging.eurocities.eu/eurocities/calendar/events_list/POSTPONED-ONLINE-EUROCITIES-Environment-Forum-7-9-October-WSPO-BJ4PBJ
    c(
        "WG Waste: Thursday 19th March @ 10.00 – 11.30",
        "2020-03-19T10:00:00",
        "2020-03-19T11:30:00",
        ref=dt.date(2020, 3, 10),
        lang="en",
        form="ordinal",
        span="Thursday 19th March @ 10.00 – 11.30",
    ),
    # https://eurocities.eu/latest/
    c(
        "Spotlight Publications 20 January 2021",
        "2021-01-20",
        lang="en",
        form="label",
        span="20 January 2021",
    ),
    # https://eurocities.eu/latest/
    c(
        "Spotlight 25 January 2021\n\n    Cities: “Talk with us!”",
        "2021-01-25",
        lang="en",
        form="label",
        span="25 January 2021",
    ),
    # https://energy-cities.eu/energy-cities-live-chats-exchanging-views-on-energy-transition-topics/
    c(
        "Publication date\nMay 12, 2020",
        "2020-05-12",
        lang="en",
        form="mdy",
        span="May 12, 2020",
    ),
    # https://energy-cities.eu/energy-cities-live-chats-exchanging-views-on-energy-transition-topics/
    c(
        "14 May, 13:30-14:30 CEST:",
        "2020-05-14T13:30:00+02:00",
        "2020-05-14T14:30:00+02:00",
        ref=dt.date(2020, 5, 12),
        lang="en",
        form="zone",
        tz="CEST",
        span="14 May, 13:30-14:30 CEST",
    ),
    # https://energy-cities.eu/energy-cities-live-chats-exchanging-views-on-energy-transition-topics/
    c(
        "BONUS – Live Chat (in French/en français) 8 juin, 13h30 à 14h30 :",
        "2020-06-08T13:30:00",
        "2020-06-08T14:30:00",
        ref=dt.date(2020, 5, 12),
        lang="fr",
        form="time",
        span="8 juin, 13h30 à 14h30",
    ),
    # http://energie-cites.eu/-Events-66-?date=2017-04
    c(
        "From 26 to 28 April 2017\nStuttgart, Allemagne",
        "2017-04-26",
        "2017-04-28",
        lang="en",
        form="range",
        span="From 26 to 28 April 2017",
    ),
    # http://planum.bedita.net/events-news/eu-sustainable-energy-week-2009
    c(
        "Register now 9 to 13 february 2009 Energie-Cités is co-organising",
        "2009-02-09",
        "2009-02-13",
        lang="en",
        form="range",
        span="9 to 13 february 2009",
    ),
    # http://planum.bedita.net/events-news/eu-sustainable-energy-week-2009
    c(
        "10th February, 14h30-17h30 – European Parliament (Brussels)",
        "2009-02-10T14:30:00",
        "2009-02-10T17:30:00",
        ref=dt.date(2009, 2, 9),
        lang="en",
        form="time",
        span="10th February, 14h30-17h30",
    ),
    # https://pilsetumerupakts.eu/news-and-events/events/previous-events/2729-what-emergency-energy-saving-measures-should-my-city-take.html
    c(
        "15 Jun 2022\n    11:00 - 12:30",
        "2022-06-15T11:00:00",
        "2022-06-15T12:30:00",
        lang="en",
        form="time",
    ),
    # https://pilsetumerupakts.eu/news-and-events/events/previous-events/2729-what-emergency-energy-saving-measures-should-my-city-take.html
    c(
        "The first one will take place on 15 June 2022 from 11:00 – 12:30.",
        "2022-06-15T11:00:00",
        "2022-06-15T12:30:00",
        lang="en",
        form="time",
        span="15 June 2022 from 11:00 – 12:30",
    ),
    # https://www.connective-cities.net/infothek/publikationen/publikationen-details/sustainable-urban-energy-planning-road-to-energy-efficient-and-renewable-energy-powered-municipalities
    c(
        "2021 - Connective Cities virtual dialogue event in Southeast Europe, 17 —21 May 2021",
        "2021-05-17",
        "2021-05-21",
        lang="en",
        form="range",
        span="17 —21 May 2021",
    ),
    # http://stuttgart2017.energy-cities.eu/
    c(
        "11 September 2018 - 12:16, by Sara Giovannini | 299 visits",
        "2018-09-11T12:16:00",
        lang="en",
        form="time",
        span="11 September 2018 - 12:16",
    ),
    # https://past-conferences.sustainablecities.eu/mannheim2020/news-information/practical-information/
    c(
        "(taking place on 1 October at 11:30, and on 2 October at 9:30)",
        "2020-10-01T11:30:00",
        ref=dt.date(2020, 9, 1),
        lang="en",
        form="time",
        span="1 October at 11:30",
    ),
    # https://sdg.iisd.org/?p=66413
    c(
        "dates: 12-14 September 2011   location: Brussels, Belgium",
        "2011-09-12",
        "2011-09-14",
        lang="en",
        form="label",
        span="12-14 September 2011",
    ),
    # http://cid3299a1429.hd89.hosting.punkt.de/news-old/iclei-live/
    c(
        "during the 8th ECSCT, 27-29 April 2016",
        "2016-04-27",
        "2016-04-29",
        lang="en",
        form="range",
        span="27-29 April 2016",
    ),
    # https://urban-mobility-observatory.transport.ec.europa.eu/news-events/events/iclei-world-congress-2024-2024-06-18_en
    c(
        "Tuesday 18 June 2024, 09:00 - Friday 21 June 2024, 17:30 (-03)",
        "2024-06-18T09:00:00-03:00",
        "2024-06-21T17:30:00-03:00",
        ref=dt.date(2024, 3, 1),
        lang="en",
        form="zone",
        tz="UTC-03:00",
    ),
    # https://talkofthecities.iclei.org/top-10-advocacy-events-not-to-miss-in-2024
    c(
        "The 6th United Nations Environment Assembly | 26 February – 1 March | Nairobi, Kenya",
        "2024-02-26",
        "2024-03-01",
        ref=dt.date(2024, 1, 10),
        lang="en",
        form="range_months",
        span="26 February – 1 March",
    ),
    # https://urbact.eu/23-transfer-networks-embarking-second-phase-their-journey-1
    c(
        "Edited on\n\n18 December 2018",
        "2018-12-18",
        lang="en",
        form="label",
        span="18 December 2018",
    ),
    # https://urbact.eu/23-transfer-networks-embarking-second-phase-their-journey-1
    c(
        (
            "URBACT's Monitoring Committee approved 23 Transfer networks for Phase 2 on 4 "
            "December 2018."
        ),
        "2018-12-04",
        lang="en",
        form="text",
        span="4 December 2018",
    ),
    # https://euractiv.sk/section/all/press_release/urbact-iii-call-transfer-networks-now-open/
    c(
        "Deadline for online submission of applications: 10 January 2018 – 15.00 CET",
        "2018-01-10T15:00:00+01:00",
        ref=dt.date(2017, 9, 14),
        lang="en",
        form="zone",
        tz="CET",
        span="10 January 2018 – 15.00 CET",
    ),
    # https://euractiv.sk/section/all/press_release/urbact-iii-call-transfer-networks-now-open/
    c(
        "The URBACT City Festival 3-5 October 2017 in Tallinn will be",
        "2017-10-03",
        "2017-10-05",
        ref=dt.date(2017, 9, 14),
        lang="en",
        form="range",
        span="3-5 October 2017",
    ),
    # https://lifelogos4waters.bm.hu/en/hirek/urbact-for-action-planning-networks-webinar-on-17-january-2023/
    c(
        ("On 17 January 2023, at 10.00, the Secretariat of URBACT will organise an online webinar"),
        "2023-01-17T10:00:00",
        ref=dt.date(2023, 1, 5),
        lang="en",
        form="time",
        span="17 January 2023, at 10.00",
    ),
    # https://lifelogos4waters.bm.hu/en/hirek/urbact-for-action-planning-networks-webinar-on-17-january-2023/
    c(
        "which will run from 9 January to 31 March 2023.",
        "2023-01-09",
        "2023-03-31",
        ref=dt.date(2023, 1, 5),
        lang="en",
        form="range_months",
        span="from 9 January to 31 March 2023",
    ),
    # https://urbact.eu/taxonomy/term/1321
    c(
        "From 28-30 August, the URBACT University was held in Malmö (SE).",
        "2023-08-28",
        "2023-08-30",
        ref=dt.date(2023, 12, 20),
        lang="en",
        form="range",
        span="From 28-30 August",
    ),
    # https://urbact.eu/good-practice-call-urbact-ireland-online-info-session
    c(
        ("host an online info session on the afternoon of Tuesday 23rd April between 2pm and 4pm."),
        "2024-04-23T14:00:00",
        "2024-04-23T16:00:00",
        ref=dt.date(2024, 4, 1),
        lang="en",
        form="time",
        span="Tuesday 23rd April between 2pm and 4pm",
    ),
    # http://ec.europa.eu/environment/europeangreencapital/news/events/the-annual-polis-conference/
    c(
        (
            "The Annual Polis Conference will take place on 19th & 20th November 2015 in "
            "Brussels, Belgium."
        ),
        "2015-11-19",
        "2015-11-20",
        ref=dt.date(2015, 10, 1),
        lang="en",
        form="list",
        span="19th & 20th November 2015",
    ),
    # https://polisnetwork.eu/?p=135890
    c(
        (
            "join us on 29 and 30 November 2023 in Leuven for the upcoming Annual POLIS "
            "Conference 2023"
        ),
        "2023-11-29",
        "2023-11-30",
        ref=dt.date(2023, 11, 1),
        lang="en",
        form="list",
        span="29 and 30 November 2023",
    ),
    # https://polisnetwork.eu/?p=135890
    c(
        "Chris Bull — — (23/11/18) Annual POLIS Conference 2018",
        "2018-11-23",
        ref=dt.date(2023, 11, 1),
        lang="en",
        form="numeric",
        span="23/11/18",
    ),
    # https://poliss.eu/digital-project-review-meeting-between-poliss-and-eu/
    c(
        "Tuesday 2 February 2021 POLISS and the EU met",
        "2021-02-02",
        lang="en",
        form="weekday",
        span="Tuesday 2 February 2021",
    ),
    # http://eurotowns.org/report-of-the-general-assembly-2013/
    c(
        "On 17th October, the city of Hasselt hosted the General Assembly of Eurotowns",
        "2013-10-17",
        ref=dt.date(2013, 11, 1),
        lang="en",
        form="ordinal",
        span="17th October",
    ),
    # http://eurotowns.org/general-assembly-of-eurotowns/
    c(
        "Next October 17th in the city of Hasselt, Belgium.",
        "2013-10-17",
        ref=dt.date(2013, 9, 1),
        lang="en",
        form="mdy",
        span="October 17th",
    ),
    # http://eurotowns.org/general-assembly-of-eurotowns/
    c(
        "taking place from October 17th to 19th 2013.",
        "2013-10-17",
        "2013-10-19",
        ref=dt.date(2013, 9, 1),
        lang="en",
        form="mdy",
        span="from October 17th to 19th 2013",
    ),
    # http://eurotowns.org/general-assembly-of-eurotowns/
    c(
        "The conference takes place from 17th to 19th October in Hasselt, Belgium",
        "2013-10-17",
        "2013-10-19",
        ref=dt.date(2013, 9, 1),
        lang="en",
        form="ordinal",
        span="from 17th to 19th October",
    ),
    # https://www.mairesdeladrome.fr/2024/07/26/congres-des-maires-de-france/
    c(
        "se tiendra les 19, 20 et 21 novembre 2024, au Pavillon 5",
        "2024-11-19",
        "2024-11-21",
        ref=dt.date(2024, 7, 26),
        lang="fr",
        form="list",
        span="19, 20 et 21 novembre 2024",
    ),
    # https://mairesdefrance.com/m/article/print.php?id=28102
    c(
        "La réception des maires à l’hôtel de ville de Paris aura lieu le 19 novembre (19h00).",
        "2024-11-19T19:00:00",
        ref=dt.date(2024, 10, 1),
        lang="fr",
        form="time",
        span="19 novembre (19h00)",
    ),
    # https://www.syvicol.lu/fr/actualites/ficheactualites/2022-12-08/reunion-du-comite-directeur-du-ccre-a-paris
    c(
        "Les 5 et 6 décembre 2022, une délégation luxembourgeoise",
        "2022-12-05",
        "2022-12-06",
        lang="fr",
        form="list",
        span="5 et 6 décembre 2022",
    ),
    # https://pdfslide.fr/documents/conseil-des-communes-et-regions-deurope-mme-wolesa-association-des-villes.html
    c(
        "Belgrade, 7-8 avril 2011",
        "2011-04-07",
        "2011-04-08",
        lang="fr",
        form="range",
        span="7-8 avril 2011",
    ),
    # https://pdfslide.fr/documents/conseil-des-communes-et-regions-deurope-mme-wolesa-association-des-villes.html
    c(
        "Jeudi 7 avril 14 h Ouverture de la réunion 14 h - 15 h 30 Séance plénière",
        "2011-04-07T14:00:00",
        ref=dt.date(2011, 3, 30),
        lang="fr",
        form="time",
        span="Jeudi 7 avril 14 h",
    ),
    # https://pdfslide.fr/documents/conseil-des-communes-et-regions-deurope-mme-wolesa-association-des-villes.html
    c(
        "Vendredi 8 avril 9 h 30 Reprise de la réunion en séance plénière",
        "2011-04-08T09:30:00",
        ref=dt.date(2011, 3, 30),
        lang="fr",
        form="time",
        span="Vendredi 8 avril 9 h 30",
    ),
    # https://pdfslide.fr/documents/conseil-des-communes-et-regions-deurope-mme-wolesa-association-des-villes.html
    c(
        "Jeudi 7 avril 14 h - 15 h 30 Séance plénière",
        "2011-04-07T14:00:00",
        "2011-04-07T15:30:00",
        ref=dt.date(2011, 3, 30),
        lang="fr",
        form="time",
        span="Jeudi 7 avril 14 h - 15 h 30",
    ),
    # https://pdfslide.fr/documents/conseil-des-communes-et-regions-deurope-mme-wolesa-association-des-villes.html
    c(
        "30.3.2011",
        "2011-03-30",
        lang="fr",
        form="numeric",
    ),
    # https://www.haiger.de/leben-in-haiger/presse/presse-aktuell/stadtverordnetenversammlung/
    c(
        "Die für den 1. April terminierte Stadtverordnetenversammlung findet nicht statt.",
        "2020-04-01",
        ref=dt.date(2020, 3, 20),
        lang="de",
        form="text",
        span="1. April",
    ),
    # https://expydoc.com/doc/5149365/rede-der-oberb%C3%BCrgermeisterin-zur-stadtratssitzung-der-hanse
    c(
        "Salzwedel am 27.05.2015, 18:00 Uhr, im Foyer des Kulturhauses Salzwedel",
        "2015-05-27T18:00:00",
        lang="de",
        form="time",
        span="27.05.2015, 18:00 Uhr",
    ),
    # https://ris.komuna.net/Hilpoltstein/Meeting.mvc/ps/119828659
    c(
        "Datum: 15.04.2021\nStatus: Abgeschlossen",
        "2021-04-15",
        lang="de",
        form="label",
        span="15.04.2021",
    ),
    # https://neumarkt-tv.jimdo.com/2018/09/17/stadtverwaltung-geschlossen/
    c(
        "bereits am Donnerstag, 20.09.2018 ab 12 Uhr geschlossen.",
        "2018-09-20T12:00:00",
        lang="de",
        form="time",
        span="Donnerstag, 20.09.2018 ab 12 Uhr",
    ),
    # https://www.schaumburger-wochenblatt.de/artikel/2017-09-30-schliessung-stadtverwaltung
    c(
        "Am Montag, dem 2. Oktober, bleibt die Stadtverwaltung geschlossen.",
        "2017-10-02",
        ref=dt.date(2017, 9, 30),
        lang="de",
        form="weekday",
        span="Montag, dem 2. Oktober",
    ),
    # https://urbact.eu./articles/urbact-teilt-erfolgsrezepte-im-umgang-mit-den-grossen-stadtischen-herausforderungen
    c(
        "Wann? 15. Juni 2021 bis 17. Juni 2021.",
        "2021-06-15",
        "2021-06-17",
        lang="de",
        form="range",
        span="15. Juni 2021 bis 17. Juni 2021",
    ),
    # https://tribunaavila.com/noticias/351188/jornada-de-puertas-abiertas-en-el-ayuntamiento-de-avila-para-celebrar-la-constitucion
    c(
        "Tendrá lugar el lunes 4 de diciembre",
        "2023-12-04",
        ref=dt.date(2023, 11, 20),
        lang="es",
        form="weekday",
        span="lunes 4 de diciembre",
    ),
    # https://tribunaavila.com/noticias/351188/jornada-de-puertas-abiertas-en-el-ayuntamiento-de-avila-para-celebrar-la-constitucion
    c(
        "puede realizarse hasta el mismo día 4 de diciembre a las 10 horas",
        "2023-12-04T10:00:00",
        ref=dt.date(2023, 11, 20),
        lang="es",
        form="time",
        span="4 de diciembre a las 10 horas",
    ),
    # https://elmiradordemadrid.es/visita-libre-al-ayuntamiento-por-dentro-el-proximo-domingo-20-de-septiembre/?amp=1
    c(
        "Visita libre al Ayuntamiento por dentro, el próximo domingo 20 de septiembre",
        "2020-09-20",
        ref=dt.date(2020, 9, 15),
        lang="es",
        form="weekday",
        span="domingo 20 de septiembre",
    ),
    # https://avilared.com/archive/43404/visita-a-la-casa-consistorial-en-el-dia-de-la-constitucion
    c(
        "Día Domingo, 30 de Noviembre de 2025",
        "2025-11-30",
        ref=dt.date(2025, 11, 25),
        lang="es",
        form="weekday",
        span="Domingo, 30 de Noviembre de 2025",
    ),
    # https://avilared.com/archive/43404/visita-a-la-casa-consistorial-en-el-dia-de-la-constitucion
    c(
        "Del Martes, 02 de Diciembre de 2025 al Miércoles, 03 de Diciembre de 2025",
        "2025-12-02",
        "2025-12-03",
        ref=dt.date(2025, 11, 25),
        lang="es",
        form="range",
    ),
    # https://dukvitv.com/actualidad/los-concejales-bilbilitanos-realizaran-visitas-publicas-hoy-a-la-casa-consistorial-de-la-plaza-de-espana-para-conmemorar-el-dia-de-la-constitucion-2/
    c(
        "hoy miércoles 6 de diciembre de 2023 una jornada de puertas abiertas.",
        "2023-12-06",
        ref=dt.date(2023, 12, 6),
        lang="es",
        form="weekday",
        span="miércoles 6 de diciembre de 2023",
    ),
    # https://ayuntamiento.cuenca.es/portal/lang__es/det__el-ayuntamiento-aprueba-la-ampliacion-de-dos-horas-del-horario-de-cierre-de-los-establecimientos-durante-las-fiestas-de-san-mateo-2016,61488,UrlAmigable/tabid__26140/desktopdefault.aspx
    c(
        "entre los días 16 y 21 de septiembre, ambos incluidos, se ampliará",
        "2016-09-16",
        "2016-09-21",
        ref=dt.date(2016, 8, 31),
        lang="es",
        form="range",
        span="entre los días 16 y 21 de septiembre",
    ),
    # https://ayuntamiento.cuenca.es/portal/lang__es/det__el-ayuntamiento-aprueba-la-ampliacion-de-dos-horas-del-horario-de-cierre-de-los-establecimientos-durante-las-fiestas-de-san-mateo-2016,61488,UrlAmigable/tabid__26140/desktopdefault.aspx
    c(
        "orden de 4 de enero de 1996. Esta norma, en su artículo 10, faculta",
        "1996-01-04",
        ref=dt.date(2016, 8, 31),
        lang="es",
        form="text",
        span="4 de enero de 1996",
    ),
    # https://tribunaeconomica.com.mx/publicaciones/seccion/general/este-lunes-no-trabajaran-en-el-ayuntamiento-de-mexicali
    c(
        "este lunes 22 de septiembre suspenderá actividades",
        "2025-09-22",
        ref=dt.date(2025, 9, 15),
        lang="es",
        form="weekday",
        span="lunes 22 de septiembre",
    ),
    # http://www.strill.it/archivio/notizie-archivio/2018/06/crotone-convocato-il-consiglio-comunale-per-il-29-giugno-3/
    c(
        "che avrà luogo venerdì 29 giugno 2018, alle ore 17:30 nella sala consiliare",
        "2018-06-29T17:30:00",
        ref=dt.date(2018, 6, 20),
        lang="it",
        form="time",
        span="venerdì 29 giugno 2018, alle ore 17:30",
    ),
    # https://123dok.org/document/yj7rdjlp-consiglio-comunale-di-treviso.html
    c(
        "Processo verbale della seduta del 21 DICEMBRE 2020",
        "2020-12-21",
        lang="it",
        form="text",
        span="21 DICEMBRE 2020",
    ),
    # http://www.lombardiapress.it/lombardiapress/portale/index.php?com=1228
    c(
        "Il giorno 18 MARZO 2011 (venerdì) - ore 19:45, per la trattazione",
        "2011-03-18T19:45:00",
        ref=dt.date(2011, 3, 10),
        lang="it",
        form="time",
        span="18 MARZO 2011 (venerdì) - ore 19:45",
    ),
    # http://www.lombardiapress.it/lombardiapress/portale/index.php?com=1228
    c(
        "proseguiranno il 21 MARZO 2011 (lunedì) – ore 19:45.",
        "2011-03-21T19:45:00",
        ref=dt.date(2011, 3, 10),
        lang="it",
        form="time",
        span="21 MARZO 2011 (lunedì) – ore 19:45",
    ),
    # https://tuttoggi.info/foligno-convocato-il-consiglio-comunale/21874/amp
    c(
        (
            "convocato per giovedì 24 aprile nella sede municipale, in piazza della Repubblica, "
            "alle 16,30."
        ),
        "2014-04-24",
        ref=dt.date(2014, 4, 15),
        lang="it",
        form="weekday",
        span="giovedì 24 aprile",
    ),
    # https://www.comune.urbino.pu.it/novita/n/comunicato/convocazione-seduta-del-consiglio-comunale-593?cHash=40b87a3491ba4522d6e5d12b19e2e645
    c(
        "per il giorno Giovedì 20-11-2025 alle ore 17:00 presso la sala Serpieri",
        "2025-11-20T17:00:00",
        ref=dt.date(2025, 11, 15),
        lang="it",
        form="time",
        span="Giovedì 20-11-2025 alle ore 17:00",
    ),
    # https://www.coratoviva.it/notizie/in-programma-a-corato-l-incontro-il-dup-e-il-bilancio-di-previsione-2026-2028/
    c(
        "Lunedì 22 settembre, alle ore 18:00, al chiostro di Palazzo di Città",
        "2025-09-22T18:00:00",
        ref=dt.date(2025, 9, 10),
        lang="it",
        form="time",
        span="Lunedì 22 settembre, alle ore 18:00",
    ),
    # https://www.reportsardegna24.it/cagliari-uffici-comunali-temporaneamente-chiusi-il-2-e-il-5-gennaio
    c(
        (
            "Nelle giornate di venerdì 2 e lunedì 5 gennaio 2026 gli uffici comunali resteranno "
            "chiusi."
        ),
        "2026-01-02",
        ref=dt.date(2025, 12, 30),
        lang="it",
        form="list",
        span="venerdì 2 e lunedì 5 gennaio 2026",
    ),
    # https://www.gravinalive.it/news/attualita/899767/nei-giorni-di-vigilia-chiusura-pomeridiana-degli-uffici-comunali
    c(
        "non più il 24 ed il 31 Dicembre, ma il 23 ed il 30.",
        "2019-12-24",
        ref=dt.date(2019, 12, 15),
        lang="it",
        form="list",
        span="24 ed il 31 Dicembre",
    ),
    # https://comune.moncalieri.to.it/flex/cm/pages/ServeBLOB.php/L/IT/IDPagina/619
    c(
        "Da lunedì 21/11/2016 sono previsti i lavori di spicconatura",
        "2016-11-21",
        ref=dt.date(2016, 11, 15),
        lang="it",
        form="weekday",
        span="lunedì 21/11/2016",
    ),
    # https://www.strill.it/citta/catanzaro/2020/10/coronavirus-a-catanzaro-abramo-dispone-la-chiusura-del-palazzo-comunale/
    c(
        "per la giornata odierna, mercoledì 28 ottobre, a partire dalle ore 13.30.",
        "2020-10-28T13:30:00",
        ref=dt.date(2020, 10, 28),
        lang="it",
        form="time",
        span="mercoledì 28 ottobre, a partire dalle ore 13.30",
    ),
    # https://docplayer.it/amp/12802789-Comune-di-roseto-degli-abruzzi.html
    c(
        "La prima rata IMU da pagarsi entro il 17/6/2013 viene sospesa (sino al 16/9/2013) per:",
        "2013-06-17",
        ref=dt.date(2013, 6, 1),
        lang="it",
        form="numeric",
        span="17/6/2013",
    ),
    # https://www.echt-susteren.nl/informatieavond-voor-politieke-partijen
    c(
        "Aanmelden kan tot en met zondag 7 september via het aanmeldformulier.",
        "2025-09-07",
        ref=dt.date(2025, 6, 1),
        lang="nl",
        form="weekday",
        span="zondag 7 september",
    ),
    # https://www.echt-susteren.nl/informatieavond-voor-politieke-partijen
    c(
        "In aanloop naar de gemeenteraadsverkiezingen van 18 maart 2026 moet er",
        "2026-03-18",
        ref=dt.date(2025, 6, 1),
        lang="nl",
        form="text",
        span="18 maart 2026",
    ),
    # https://rm.bielsko-biala.pl/aktualnosci/xl-sesja-rady-miejskiej
    c(
        (
            "zwołał XL sesję Rady Miejskiej na 20 stycznia 2022 r. (czwartek). Sesja rozpoczyna "
            "się o godz. 10.00"
        ),
        "2022-01-20T10:00:00",  # the next sentence's time, as for "día 1 de marzo. A partir das 20:30"
        ref=dt.date(2022, 1, 15),
        lang="pl",
        form="weekday",
        span="20 stycznia 2022 r. (czwartek). Sesja rozpoczyna się o godz. 10.00",
    ),
    # https://budzet.krakow.pl/get_html.php?dok_id=254116
    c(
        (
            "Konferencja odbędzie się 29. października 2021 r. w Sali Portretowej budynku "
            "Urzędu Miasta Krakowa na pl. Wszystkich Świętych 3-4 w Krakowie o godz. 10:30."
        ),
        "2021-10-29",
        ref=dt.date(2021, 10, 25),
        lang="pl",
        form="text",
        span="29. października 2021 r.",
    ),
    # https://turystyczna.szklarskaporeba.pl/cs/2036-szklarskaporeba-spotkania-z-mieszkancami
    c(
        "02.10.2017 r. (poniedziałek) godz. 18:00 Szkoła Podstawowa nr 1, ul. 1 Maja 32",
        "2017-10-02T18:00:00",
        ref=dt.date(2017, 9, 25),
        lang="pl",
        form="time",
        span="02.10.2017 r. (poniedziałek) godz. 18:00",
    ),
    # https://krosnoodrzanskie.pl/9-aktualnosci/1237-xxvi-sesja-rady-miejskiej-w-krosnie-odrzanskim
    c(
        "w dniu 26 listopada 2020 r. o godz. 12.00 odbędzie się XXVI sesja Rady Miejskiej.",
        "2020-11-26T12:00:00",
        ref=dt.date(2020, 11, 20),
        lang="pl",
        form="time",
        span="26 listopada 2020 r. o godz. 12.00",
    ),
    # http://www.jastrzebie.pl/2011/07/01/trwaja-konsultacje-projektu-uchwaly/
    c(
        "Od 1 do 8 lipca trwać będą konsultacje projektu uchwały",
        "2011-07-01",
        "2011-07-08",
        ref=dt.date(2011, 7, 1),
        lang="pl",
        form="range",
        span="Od 1 do 8 lipca",
    ),
    # http://www.jastrzebie.pl/2011/07/01/trwaja-konsultacje-projektu-uchwaly/
    c(
        (
            "Opinie należy składać na piśmie do 8 lipca 2011 roku w kancelarii (pok. 020) "
            "Urzędu Miasta."
        ),
        "2011-07-08",
        ref=dt.date(2011, 7, 1),
        lang="pl",
        form="text",
        span="8 lipca 2011 roku",
    ),
    # https://www.poznan.pl/mim/info/news/xix-ogolnopolska-konferencja-wojtow-burmistrzow-prezydentow-starostow-i-marszalkow,15241.html
    c(
        "Jutro, 28 czerwca, samorządowcy z całej Polski",
        "2006-06-28",
        ref=dt.date(2006, 6, 27),
        lang="pl",
        form="relative",
        span="28 czerwca",
    ),
    # http://www.jastrzebie.pl/2010/02/26/zebrania-otwarte-z-mieszkancami-2/
    c(
        "– Sołectwo Bzie – 3 marca, godz. 17.00, OSP Bzie,",
        "2010-03-03T17:00:00",
        ref=dt.date(2010, 2, 26),
        lang="pl",
        form="time",
        span="3 marca, godz. 17.00",
    ),
    # https://kedzierzynkozle.pl/pl/aktualnosc/o-miescie-przez-pryzmat-osiedli?wersja=kontrast
    c(
        "02.10.20\nO mieście przez pryzmat osiedli",
        "2020-10-02",
        lang="pl",
        form="numeric",
        span="02.10.20",
    ),
    # https://camarasaoroque.sp.gov.br/?p=2698
    c(
        "para quinta-feira, dia 11 de fevereiro em virtude do ponto facultativo do dia 08.",
        "2016-02-11",
        ref=dt.date(2016, 2, 4),
        lang="pt",
        form="weekday",
        span="quinta-feira, dia 11 de fevereiro",
    ),
    # https://itaqui.rs.leg.br/noticia/camara-altera-dia-de-realizacao-das-sessoes-ordinarias
    c(
        "PUBLICADO EM 14/03/2013 - 13:23",
        "2013-03-14T13:23:00",
        lang="pt",
        form="label",
        span="14/03/2013 - 13:23",
    ),
    # http://www.almirantetamandare.pr.leg.br/institucional/noticias/sessoes-18-de-outubro
    c(
        "última modificação 18/10/2016 13h26",
        "2016-10-18T13:26:00",
        lang="pt",
        form="time",
        span="18/10/2016 13h26",
    ),
    # http://www.almirantetamandare.pr.leg.br/institucional/noticias/sessoes-18-de-outubro
    c(
        "Nesta terça feira, 18 de outubro, a Câmara Municipal realizará duas Sessões",
        "2016-10-18",
        ref=dt.date(2016, 10, 18),
        lang="pt",
        form="weekday",
        span="terça feira, 18 de outubro",
    ),
    # https://dre.tretas.org/dre/1289673
    c(
        "por deliberação da Câmara Municipal de Santa Comba Dão de 26 de Abril de 2011",
        "2011-04-26",
        ref=dt.date(2011, 7, 10),
        lang="pt",
        form="text",
        span="26 de Abril de 2011",
    ),
    # http://www.cm-penacova.pt/pt/pages/calendarioreunioescamara
    c(
        "realizada em 21/10/2020, foi deliberado",
        "2020-10-21",
        lang="pt",
        form="numeric",
        span="21/10/2020",
    ),
    # http://www.thurhammar.eu/UN/un060502.htm
    c(
        ("Justeringens plats och tid Utbildningsnämndens förvaltningskontor 2006-05-10, kl. 15.00"),
        "2006-05-10T15:00:00",
        lang="sv",
        form="time",
        span="2006-05-10, kl. 15.00",
    ),
    # https://lok.rjl.se/extern/activities/activitydetails_ext.aspx?inapp=1&id=3973&regionid=&cityid=&fromdate=&todate=
    c(
        "Ett digitalt utvecklingsprogram på fyra halvdagar med start tisdagen den 25 april.",
        "2023-04-25",
        ref=dt.date(2023, 4, 1),
        lang="sv",
        form="weekday",
        span="tisdagen den 25 april",
    ),
    # https://goteborgsregionen.se/kursochkonferens/utvecklingsprogramforkommunalanamndsekreterare.5.5f71d36417dc25fee1821544.html
    c(
        "Startdatum\n\n2 maj 2023",
        "2023-05-02",
        lang="sv",
        form="label",
        span="2 maj 2023",
    ),
    # https://app2.editnews.com/page/read.ashx?issueid=451772
    c(
        "Webb-tv sändning den 8 april kl. 13:00 – 14:00.",
        "2020-04-08T13:00:00",
        "2020-04-08T14:00:00",
        ref=dt.date(2020, 4, 1),
        lang="sv",
        form="time",
        span="8 april kl. 13:00 – 14:00",
    ),
    # https://app2.editnews.com/page/read.ashx?issueid=451772
    c(
        "Webb-tv sändning den 15 april kl. 13.00-14.00.",
        "2020-04-15T13:00:00",
        "2020-04-15T14:00:00",
        ref=dt.date(2020, 4, 1),
        lang="sv",
        form="time",
        span="15 april kl. 13.00-14.00",
    ),
    # https://turystyczna.szklarskaporeba.pl/cs/2036-szklarskaporeba-spotkania-z-mieszkancami
    c(
        "pondělí, 2. října 2017 16:00 - úterý, 10. října 2017 18:00",
        "2017-10-02T16:00:00",
        "2017-10-10T18:00:00",
        lang="cs",
        form="range",
    ),
    # https://www.seznam.cz/komentare/269077793-zmena-oteviraci-doby-magistratu
    c(
        "úřední hodiny 29. 12. 2025 – 7:30–17:00 30. 12. 2025 – 7:30–14:30",
        "2025-12-29T07:30:00",
        "2025-12-29T17:00:00",
        ref=dt.date(2025, 12, 1),
        lang="cs",
        form="time",
        span="29. 12. 2025 – 7:30–17:00",
    ),
    # https://www.portalobydleni.cz/konference-pro-obce-zrusena/
    c(
        "rušíme Konferenci pro obce, která se měla konat 23. března.",
        "2020-03-23",
        ref=dt.date(2020, 3, 13),
        lang="cs",
        form="missing_year",
        span="23. března",
    ),
    # https://www.blesk.cz/clanek/zpravy-koronavirus/632545/koronavirus-online-blatny-kyvl-na-otevreni-obchodu-a-v-cesku-dochazi-mista-na-jip.html
    c(
        "Zasedání zastupitelstva se od 15. 2. 2021 do 28. 2. 2021 (včetně) konají",
        "2021-02-15",
        "2021-02-28",
        ref=dt.date(2021, 2, 10),
        lang="cs",
        form="numeric_range",
        span="od 15. 2. 2021 do 28. 2. 2021",
    ),
    # https://www.informuji.cz/akce/l/134817-strom-prani-liberec/
    c(
        "v termínu od 1. do 22. prosince 2019 v úřední době magistrátu",
        "2019-12-01",
        "2019-12-22",
        ref=dt.date(2019, 11, 20),
        lang="cs",
        form="range",
        span="od 1. do 22. prosince 2019",
    ),
    # https://www.informuji.cz/akce/l/134817-strom-prani-liberec/
    c(
        "ale také v sobotu 7., 14. a 21. prosince od 8.00 do 14.00 hodin",
        "2019-12-07T08:00:00",
        "2019-12-07T14:00:00",
        ref=dt.date(2019, 11, 20),
        lang="cs",
        form="list",
        span="sobotu 7., 14. a 21. prosince od 8.00 do 14.00 hodin",
    ),
    # https://www.havirov-city.cz/odbor-skolstvi-kultury/odd-dotaci-volnocas-aktivit/harmonogram-vyznamnych-celomestskych-akci-v-roce
    c(
        "Dne učitelů (26. 3. 2020) a Dne Země (24. 4. 2020).",
        "2020-03-26",
        ref=dt.date(2020, 3, 20),
        lang="cs",
        form="numeric",
        span="26. 3. 2020",
    ),
    # https://cokdekdy.cz/zastupitelstvo-mesta-se-v-rijnu-konat-nebude
    c(
        "V původně plánovaném termínu 26. října se tedy zastupitelstvo nesejde",
        "2020-10-26",
        ref=dt.date(2020, 10, 5),
        lang="cs",
        form="missing_year",
        span="26. října",
    ),
]

# Failures: the parse gives None and why_unparsed gives the slug.
FAILURES: list[Case] = [
    x("30-02-2019", "impossible", form="impossible"),
    x("31 février", "impossible", ref=R19, lang="fr", form="impossible"),
    x("31 février 2024", "impossible", lang="fr", form="impossible"),
    x("2024-13-45", "impossible", form="impossible"),
    # A field whose year lost a digit is no year-less date to place near the reference.
    x("1 June 999", "implausible", ref=R19, form="impossible"),
    x("0000-00-00", "impossible", form="impossible"),
    x("30/02/2024", "impossible", form="impossible"),
    x("31.04.2019", "impossible", lang="de", form="impossible"),
    x("29 February 2023", "impossible", form="impossible"),
    x("31 de junio de 2019", "impossible", lang="es", form="impossible"),
    x("13/13/2019", "impossible", form="impossible"),
    x("Sunday 31 March 2024, 02:30 (Brussels time)", "impossible", form="dst"),
    x("Sunday 27 October 2024, 02:30 Brussels time", "ambiguous", form="dst"),
    x("24-22 October 2019", "end_before_start", form="end_before_start"),
    x("Saturday 5 October 2019, 16:00-15:00", "end_before_start", form="end_before_start"),
    x("du 24 au 22 octobre 2019", "end_before_start", lang="fr", form="end_before_start"),
    x("9-10 April", "missing_year", form="missing_year"),
    x("dal 9 al 10 aprile", "missing_year", lang="it", form="missing_year"),
    x("Tuesday 10 October, 17.00-18.00", "missing_year", form="missing_year"),
    x("tomorrow", "missing_reference", form="relative"),
    x("demain", "missing_reference", lang="fr", form="relative"),
    x("March 2024", "partial", form="partial"),
    x("octobre 2019", "partial", lang="fr", form="partial"),
    x("Tuesday 10 October", "weekday_mismatch", ref=R19, form="weekday"),
    x("Monday 17 January 2019", "weekday_mismatch", form="weekday"),
    x("12h30", "no_date", lang="fr", form="no_date"),
    x("14:30 – 16:00 CET", "no_date", form="no_date"),
    x("", "no_date", form="no_date"),
    x("No date at all in this teaser.", "no_date", form="no_date"),
    x("EUROCITIES strategic framework 2014-2020", "no_date", form="no_date"),
    x("principle 18 on long-term care", "no_date", form="no_date"),
    x("4 minutes read", "no_date", form="no_date"),
    x("Gothenburg is 3rd city to sign pledge", "no_date", form="no_date"),
    x("Er ist hier und morgen früh auch", "no_date", lang="de", form="no_date"),
    x("5 out of 10 cities", "no_date", form="no_date"),
    x("5 out of 10 cities may 3 times", "no_date", form="no_date"),
    x("version 1.2.3", "no_date", form="no_date"),
    x("News (779) · Opinion (187)", "no_date", form="no_date"),
    x("&newsstart=11&newscount=10", "no_date", form="no_date"),
    # --- red-team batch: numbers that are no dates, from real pages ---------------------
    # https://www.solarpowereurope.org/events/solar-cities-webinar-1
    x(
        (
            "The EU has recently agreed on reaching a minimum 42.5% (+ 2.5% indicative top-up) "
            "renewables share in final energy consumption by 2030"
        ),
        "no_date",
        lang="en",
        form="no_date",
    ),
    # https://talkofthecities.iclei.org/top-10-advocacy-events-not-to-miss-in-2024
    x(
        "cut global greenhouse gas emissions by 43% by 2030, compared to 2019 levels",
        "no_date",
        lang="en",
        form="no_date",
    ),
    # https://www.c40.org/news/c40-mayors-ask-g20-leaders-to-listen/
    x(
        (
            "Mayors of 52 of the world’s greatest cities representing more than 275 million "
            "citizens, have raised the pressure on G20 leaders"
        ),
        "no_date",
        lang="en",
        form="no_date",
    ),
    # https://www.c40.org/news/c40-mayors-ask-g20-leaders-to-listen/
    x(
        (
            "over 1.2 billion people, more than one-third of global economy and nearly 400 "
            "global investors with over $22 trillion in assets"
        ),
        "no_date",
        lang="en",
        form="no_date",
    ),
    # https://www.c40.org/news/c40-mayors-ask-g20-leaders-to-listen/
    x(
        "More than 40,000 people from around the world have now signed a petition",
        "no_date",
        lang="en",
        form="no_date",
    ),
    # https://peaceworker.org/tag/c40-cities/
    x(
        (
            "global greenhouse gas emissions must peak by 2020 in order to limit global "
            "temperature rise to 1.5°C."
        ),
        "no_date",
        lang="en",
        form="no_date",
    ),
    # http://resilience.io/category/campaigns/
    x(
        (
            "Currently 382 cities, representing 345,853,881 people worldwide and 4.7% of the "
            "total global population"
        ),
        "no_date",
        lang="en",
        form="no_date",
    ),
    # http://resilience.io/category/campaigns/
    x(
        "Implementing Paris, Sendai, SDG 2015 commitments – COP21",
        "no_date",
        lang="en",
        form="no_date",
    ),
    # http://eurotowns.org/network/
    x(
        "towns and cities with populations between 50.000 and 250.000.",
        "no_date",
        lang="en",
        form="no_date",
    ),
    # http://eurotowns.org/network/
    x(
        "The EXECUTIVE COUNCIL (2023-2026) is composed of:",
        "no_date",
        lang="en",
        form="no_date",
    ),
    # https://eurocities.eu/latest/
    x(
        "The COVID-19 pandemic has profoundly changed traditional waste generation patterns",
        "no_date",
        lang="en",
        form="no_date",
    ),
    # https://eurocities.eu/latest/
    x(
        "everything you need on a daily basis will be within 15 minutes of your home.",
        "no_date",
        lang="en",
        form="no_date",
    ),
    # https://eurocities.eu/latest/?_focus_area=european-elections-2024
    x(
        "3 minute readAs the European Commission marks its first 100 days",
        "no_date",
        lang="en",
        form="no_date",
    ),
    # https://cities-today.com/eurocities-announces-partnership-with-cities-today/amp/
    x(
        (
            "In 2012, EUROCITIES held 16 forum meetings, over 80 working group meetings and "
            "issued some 30 policy statements"
        ),
        "no_date",
        lang="en",
        form="no_date",
    ),
    # https://fundsforcompanies.fundsforngos.org/events/urbact-call-for-transfer-networks-programme/
    x(
        "6 – 8 Partners per network",
        "no_date",
        lang="en",
        form="no_date",
    ),
    # https://fundsforcompanies.fundsforngos.org/events/urbact-call-for-transfer-networks-programme/
    x(
        "EUR 750 000 for network activities",
        "no_date",
        lang="en",
        form="no_date",
    ),
    # https://expydoc.com/doc/5149365/rede-der-oberb%C3%BCrgermeisterin-zur-stadtratssitzung-der-hanse
    x(
        "Finanzplan für die Haushaltsjahre 2016 bis 2018 Überschüsse aus",
        "no_date",
        lang="de",
        form="no_date",
    ),
    # https://expydoc.com/doc/5149365/rede-der-oberb%C3%BCrgermeisterin-zur-stadtratssitzung-der-hanse
    x(
        "Liquiditätskredit in Höhe von 11 Mill. Euro genehmigt",
        "no_date",
        lang="de",
        form="no_date",
    ),
    # https://ris.komuna.net/Hilpoltstein/Meeting.mvc/ps/119828659
    x(
        "7.2 18. Änderung Flächennutzungsplan Stadt Hilpoltstein",
        "no_date",
        lang="de",
        form="no_date",
    ),
    # https://ris.komuna.net/Hilpoltstein/Meeting.mvc/ps/119828659
    x(
        "Öffentliche Sitzung, 19:00 Uhr bis 20:00 Uhr",
        "no_date",
        lang="de",
        form="no_date",
    ),
    # https://ris.komuna.net/heilsbronn/Meeting.mvc/ps/188050121
    x(
        "Dafür: 6, Dagegen: 0",
        "no_date",
        lang="de",
        form="no_date",
    ),
    # https://krosnoodrzanskie.pl/9-aktualnosci/1237-xxvi-sesja-rady-miejskiej-w-krosnie-odrzanskim
    x(
        "(Dz. U. z 2020 r. poz. 1842)",
        "no_date",
        lang="pl",
        form="no_date",
    ),
    # https://turystyczna.szklarskaporeba.pl/cs/2036-szklarskaporeba-spotkania-z-mieszkancami
    x(
        "Szkoła Podstawowa Nr 5, ul. 11 Listopada 2.",
        "no_date",
        lang="pl",
        form="no_date",
    ),
    # https://turystyczna.szklarskaporeba.pl/cs/2036-szklarskaporeba-spotkania-z-mieszkancami
    x(
        "Szkoła Podstawowa nr 1, ul. 1 Maja 32, sala na parterze",
        "no_date",
        lang="pl",
        form="no_date",
    ),
    # https://www.coratoviva.it/notizie/in-programma-a-corato-l-incontro-il-dup-e-il-bilancio-di-previsione-2026-2028/
    x(
        "Bilancio di previsione 2026-2028",
        "no_date",
        lang="it",
        form="no_date",
    ),
    # https://www.reportsardegna24.it/cagliari-uffici-comunali-temporaneamente-chiusi-il-2-e-il-5-gennaio
    x(
        "Così l’ordinanza sindacale n. 92/2025, per far fronte all’esigenza",
        "no_date",
        lang="it",
        form="no_date",
    ),
    # http://www.almirantetamandare.pr.leg.br/institucional/noticias/sessoes-18-de-outubro
    x(
        "os Projetos de Lei nº 017 e 018/2016.",
        "no_date",
        lang="pt",
        form="no_date",
    ),
    # https://www.bep.gov.pt/pages/oferta/Oferta_Detalhes.aspx?CodOferta=70830&d=noCookie
    x(
        "Remuneração:\n1.201,48 €",
        "no_date",
        lang="pt",
        form="no_date",
    ),
    # https://www.bep.gov.pt/pages/oferta/Oferta_Detalhes.aspx?CodOferta=70830&d=noCookie
    x(
        "Código da Oferta:\nOE201910/0474",
        "no_date",
        lang="pt",
        form="no_date",
    ),
    # https://itaqui.rs.leg.br/noticia/camara-altera-dia-de-realizacao-das-sessoes-ordinarias
    x(
        "Sessões serão realizadas às terças-feiras às 18h 30min.",
        "no_date",
        lang="pt",
        form="no_date",
    ),
    # https://www.cotiaecia.com.br/2024/12/ferias-vista-vereadores-de-cotia.html
    x(
        "de segunda a sexta-feira, das 8h às 17h.",
        "no_date",
        lang="pt",
        form="no_date",
    ),
    # https://tribunaavila.com/noticias/351188/jornada-de-puertas-abiertas-en-el-ayuntamiento-de-avila-para-celebrar-la-constitucion
    x(
        "o en el teléfono 920.211.011.",
        "no_date",
        lang="es",
        form="no_date",
    ),
    # https://www.blesk.cz/clanek/zpravy-koronavirus/632545/koronavirus-online-blatny-kyvl-na-otevreni-obchodu-a-v-cesku-dochazi-mista-na-jip.html
    x(
        "nemohou konat v době mezi 21:00 a 5:00 následujícího dne",
        "no_date",
        lang="cs",
        form="no_date",
    ),
    # http://www.thurhammar.eu/UN/un060502.htm
    x(
        "Kl. 08.30-09.00 Kaffe och smörgås",
        "no_date",
        lang="sv",
        form="no_date",
    ),
    # https://europa.eu/regions-and-cities/programme/sessions/647_en: its form with
    # another weekday, or no weekday
    x("Wed 8, October 2019", "weekday_mismatch", lang="en", form="weekday_mismatch"),
    x("pages 1-8, October 2019 edition", "partial", lang="en", form="partial"),
]


# === Issue 14: the classes it lists, and the member cities' languages ==================
# One case a line; each batch gives its page, then the non-dates of the same pages.
# fmt: off
# --- issue 14: the classes, each from the issue's own examples ------------------------
CASES.extend([
    # times inside phrases (issue)
    c("15 maja 2024 o godz. 18.00", "2024-05-15T18:00:00", lang="pl", form="time"),
    c("15 maja 2024 w godzinach 9-15", "2024-05-15T09:00:00", "2024-05-15T15:00:00", lang="pl", form="time"),
    c("12 aprile 2024 dalle ore 10 alle 12,30", "2024-04-12T10:00:00", "2024-04-12T12:30:00", lang="it", form="time"),
    c("1. Mai 2024 (Tag der Arbeit) ab ca. 19 Uhr", "2024-05-01T19:00:00", lang="de", form="time"),
    c("1. Mai 2024 (Tag der Arbeit) von 9 bis 17 Uhr", "2024-05-01T09:00:00", "2024-05-01T17:00:00", lang="de", form="time"),
    c("15 de marzo de 2024 a partir de las 20h", "2024-03-15T20:00:00", lang="es", form="time"),
    c("15 March 2024, 18:45 h", "2024-03-15T18:45:00", form="time"),
    c("from Friday 3 May 2024 noon to Saturday 4 May 2024 noon", "2024-05-03T12:00:00", "2024-05-04T12:00:00", form="time"),
    c("from Friday 3 May noon to Saturday 4 May noon", "2024-05-03T12:00:00", "2024-05-04T12:00:00", ref=dt.date(2024, 4, 2), form="time"),
    c("Saturday 16 March 2024, 12 noon", "2024-03-16T12:00:00", form="time"),
    c("Friday 15 March 2024, 20:00 until midnight", "2024-03-15T20:00:00", "2024-03-16T00:00:00", form="time"),
    c("Freitag, 15. März 2024, 12 Uhr Mittag", "2024-03-15T12:00:00", lang="de", form="time"),
    c("venerdì 15 marzo 2024 a mezzogiorno", "2024-03-15T12:00:00", lang="it", form="time"),
    c("vendredi 15 mars 2024 à midi", "2024-03-15T12:00:00", lang="fr", form="time"),
    # range words (issue)
    c("vom 3. bis einschließlich 5. Mai 2024", "2024-05-03", "2024-05-05", lang="de", form="range"),
    c("3. bis inkl. 5. Mai 2024", "2024-05-03", "2024-05-05", lang="de", form="range"),
    c("3 t/m 5 mei 2024", "2024-05-03", "2024-05-05", lang="nl", form="range"),
    c("3. til og med 5. maj 2024", "2024-05-03", "2024-05-05", lang="da", form="range"),
    c("3. t.o.m. 5. mai 2024", "2024-05-03", "2024-05-05", lang="no", form="range"),
    c("dal 3 fino al 5 maggio 2024", "2024-05-03", "2024-05-05", lang="it", form="range"),
    c("od 3 do 5 maja 2024", "2024-05-03", "2024-05-05", lang="pl", form="range"),
    c("entre los días 3 y 5 de mayo de 2024", "2024-05-03", "2024-05-05", lang="es", form="range"),
    c("del 3 al 5 del mes de mayo de 2024", "2024-05-03", "2024-05-05", lang="es", form="range"),
    c("fra d. 3. til d. 5. maj 2024", "2024-05-03", "2024-05-05", lang="da", form="range"),
    # zones (issue)
    c("Thursday 14 March 2024, 10:00 ET", "2024-03-14T10:00:00-04:00", form="zone", tz="America/New_York"),
    c("Thursday 14 March 2024, 10:00 EST", "2024-03-14T10:00:00-05:00", form="zone", tz="EST"),
    c("Thursday 14 March 2024, 10:00 EST/EDT", "2024-03-14T10:00:00-04:00", form="zone", tz="America/New_York"),
    c("Thursday 14 March 2024, 10:00 PT", "2024-03-14T10:00:00-07:00", form="zone", tz="America/Los_Angeles"),
    c("Thursday 14 March 2024, 10:00 GMT", "2024-03-14T10:00:00+00:00", form="zone", tz="UTC"),
    c("Thursday 18 July 2024, 10:00 BST", "2024-07-18T10:00:00+01:00", form="zone", tz="BST"),
    c("Thursday 14 March 2024, 10:00 UTC+2", "2024-03-14T10:00:00+02:00", form="zone", tz="UTC+02:00"),
    c("Thursday 14 March 2024, 10:00 Brussels time", "2024-03-14T10:00:00+01:00", form="zone", tz="Europe/Brussels"),
    c("Tuesday 16 July 2024, 15:00 Central European Time / 9am EDT", "2024-07-16T15:00:00+02:00", form="zone", tz="Europe/Brussels", span="Tuesday 16 July 2024, 15:00 Central European Time"),
    c("Tuesday 16 July 2024, 15:00 Central European Time", "2024-07-16T15:00:00+01:00", form="zone", tz="CET"),
    # machine forms (issue)
    c("Mon Mar  4 14:15:00 CET 2024", "2024-03-04T14:15:00+01:00", form="machine", tz="CET"),
    c("Wed, 09 Jan 2019 10:00:00 GMT", "2019-01-09T10:00:00+00:00", form="machine", tz="UTC"),
    c("Mon, 03/09/2020 - 14:15", "2020-03-09T14:15:00", form="machine"),
    c("05/11/2024 - 08:30 h", "2024-11-05T08:30:00", lang="es", form="machine"),
    # short forms with context (issue)
    c("tomorrow, 4.7.", "2024-07-04", ref=dt.date(2024, 7, 3), form="short", span="4.7."),
    c("(le 12/03)", "2024-03-12", ref=dt.date(2024, 3, 1), lang="fr", form="short", span="12/03"),
    c("NOTICE 5.6.:", "2024-06-05", ref=dt.date(2024, 6, 1), form="short", span="5.6."),
    c("Friday 3/15 2024", "2024-03-15", form="short"),
    # misspelt months (issue)
    c("15 Ocotber 2024", "2024-10-15", form="misspelt"),
    c("Febuary 3, 2024", "2024-02-03", form="misspelt"),
    # history is a date (issue)
    c("9 May 1950", "1950-05-09", form="text"),
])
FAILURES.extend([
    x("score 12/3", "no_date", form="no_date"),
    x("24/7 service for residents", "no_date", form="no_date"),
    x("Ocotber 5", "no_date", ref=R23, form="misspelt"),  # a slip counts only in a full date
    x("15 Jubio 2024", "no_date", lang="es", form="misspelt"),  # junio or julio: not guessed
])
# --- member-city pages, German ---------------------------------------------------------
CASES.extend([
    # https://www.moessingen.de/de/Stadt-Buerger/Aktuelles/Stadtnachrichten/Aktuell?view=publish&item=article&id=6307
    c("Rathaussturm am \"Schmotzigen Donnerstag\"\n05.02.2024\nDie Narren werden", "2024-02-05", lang="de", form="numeric", span="05.02.2024"),
    # https://www.wr.de/staedte/menden/rathaus-vor-narrensturm-rosenmontag-nur-bis-halb-1-offen-id228455865.html
    c("An Weiberfastnacht, 20. Februar, werden die Karnevalisten das Rathaus stürmen", "2020-02-20", ref=dt.date(2020, 2, 14), lang="de", form="missing_year", span="20. Februar"),
    # https://rastatt.de/rathaus-und-politik/stadtverwaltung/pressemitteilungen/banner-wirbt-fuer-tag-des-offenen-rathauses-am-19-juli
    c("Die Stadtverwaltung lädt am Freitag, 19. Juli, zum „Tag des offenen Rathauses“ ein.", "2024-07-19", ref=dt.date(2024, 5, 29), lang="de", form="weekday", span="Freitag, 19. Juli"),
    c("Von Freitag, 19. Juli, bis Sonntag, 21. Juli, locken Essenstände, Live-Musik", "2024-07-19", "2024-07-21", ref=dt.date(2024, 5, 29), lang="de", form="range", span="Von Freitag, 19. Juli, bis Sonntag, 21. Juli"),
    c("Ein Banner, das seit Mittwoch, 29. Mai, am Balkon des Historischen Rathauses befestigt ist", "2024-05-29", ref=dt.date(2024, 5, 29), lang="de", form="weekday", span="Mittwoch, 29. Mai"),
    # https://wochenblatt-reporter.de/tag/rathaus?tag=kultur
    c("Am Montag, 11. November 2024, findet um 11:11 Uhr im Bürgersaal des Durlacher Rathauses", "2024-11-11T11:11:00", lang="de", form="time", span="Montag, 11. November 2024, findet um 11:11 Uhr"),
    c("Am Dienstag, 11.07.2023 um 19 Uhr, findet im Ratssaal des Rathauses", "2023-07-11T19:00:00", lang="de", form="time", span="Dienstag, 11.07.2023 um 19 Uhr"),
    c("Am 11.11. Übergabe in Durlach", "2024-11-11", ref=dt.date(2024, 11, 4), lang="de", form="short", span="11.11."),
    # https://www.hadamar.de/stadtleben/aktueller-stand
    c("So, 14.1.2024: Festakt anlässlich des Jahrestags der Stadtrechteverleihung", "2024-01-14", lang="de", form="weekday", span="So, 14.1.2024"),
    # http://bz-duisburg.de/Brauchtum/2016_Brauchtum_DU.htm
    c("Sonntag, 7. Februar 2016 Auch am Sonntag haben Sie die Wahl", "2016-02-07", lang="de", form="weekday", span="Sonntag, 7. Februar 2016"),
    c("Nelkensamstag,\n6. Februar 2016 Auch in diesem Jahr", "2016-02-06", lang="de", form="text", span="6. Februar 2016"),
    c("Altweiber auf dem Burgplatz am\nDonnerstag, 4. Februar, findet unter dem Motto", "2016-02-04", ref=dt.date(2016, 1, 20), lang="de", form="weekday", span="Donnerstag, 4. Februar"),
])
FAILURES.extend([
    # https://www.moessingen.de/de/Stadt-Buerger/Aktuelles/Stadtnachrichten/Aktuell?view=publish&item=article&id=6307
    x("Das Rathaus ist bis 9 Uhr geöffnet – nach 9 Uhr und am Nachmittag bleibt das Rathaus geschlossen.", "no_date", lang="de", form="no_date"),
    # https://www.hadamar.de/stadtleben/aktueller-stand
    x("Ende Juni 2024: Festwoche (über 10 Tage inkl. 2 Wochenenden)", "partial", lang="de", form="partial"),
    # https://rastatt.de/rathaus-und-politik/stadtverwaltung/pressemitteilungen/banner-wirbt-fuer-tag-des-offenen-rathauses-am-19-juli
    x("von 13 bis 18 Uhr das Historische Rathaus am Marktplatz zu besuchen", "no_date", lang="de", form="no_date"),
])
# --- member-city pages, Polish ---------------------------------------------------------
CASES.extend([
    # https://budzet.krakow.pl/get_html.php?dok_id=254116
    c("Konferencja odbędzie się 29. października 2021 r. w Sali Portretowej budynku Urzędu Miasta Krakowa", "2021-10-29", lang="pl", form="text", span="29. października 2021 r."),
    # https://rm.bielsko-biala.pl/aktualnosci/xl-sesja-rady-miejskiej
    c("zwołał XL sesję Rady Miejskiej na 20 stycznia 2022 r. (czwartek). Sesja rozpoczyna się o godz. 10.00", "2022-01-20T10:00:00", lang="pl", form="weekday", span="20 stycznia 2022 r. (czwartek). Sesja rozpoczyna się o godz. 10.00"),
    # https://www.gazetaprawna.pl/konferencje/perlysamorzadu2024/program.html
    c("Program kongresu Perły Samorządu 2024\n\n23 maja 2024 r.\nMiejsce: Pomorski Park Naukowo-Technologiczny", "2024-05-23", lang="pl", form="text", span="23 maja 2024 r."),
    # https://kedzierzynkozle.pl/pl/aktualnosc/o-miescie-przez-pryzmat-osiedli
    c("O mieście przez pryzmat osiedli\n\n02.10.20\nO mieście", "2020-10-02", lang="pl", form="numeric", span="02.10.20"),
    c("Events of the day 1 lipiec 2024 (poniedziałek)", "2024-07-01", lang="pl", form="weekday", span="1 lipiec 2024 (poniedziałek)"),
    # a name that is Polish November and Croatian October: the weekday settles it
    c("Events of the day 2 Listopad 2024 (sobota)", "2024-11-02", lang="pl", form="weekday", span="2 Listopad 2024 (sobota)"),
    c("Events of the day 1 luty 2026 (niedziela)", "2026-02-01", lang="pl", form="weekday", span="1 luty 2026 (niedziela)"),
    # https://9lib.org/document/zgw9el77-projekt-zarz%C4%85dzenie-prezydenta-sosnowca-realizacji-bud%C5%BCetu-obywatelskiego-sosnowca.html
    c("Na podstawie art. 30 ust. 1 ustawy z dnia 8 marca 1990 r. o samorządzie gminnym", "1990-03-08", lang="pl", form="text", span="8 marca 1990 r."),
    c("w związku z Uchwałą Nr 120/V/2019 Rady Miejskiej w Sosnowcu z dnia 28 lutego 2019 r. w sprawie zasad", "2019-02-28", lang="pl", form="text", span="28 lutego 2019 r."),
    # https://iknurow.pl/knurow-plan-pracy-rady-miasta-knurow-na-2024-rok
    c("A są to następujące terminy:\n– 17.01.2024 rok\n– 21.02.2024 rok", "2024-01-17", lang="pl", form="numeric", span="17.01.2024 rok"),
])
FAILURES.extend([
    # https://9lib.org/document/zgw9el77-projekt-zarz%C4%85dzenie-prezydenta-sosnowca-realizacji-bud%C5%BCetu-obywatelskiego-sosnowca.html
    x("Uchwałą Nr 120/V/2019 Rady Miejskiej w Sosnowcu", "no_date", lang="pl", form="no_date"),
    x("(Dz.U.\n\n2020 poz. 713 z późn. zm.)", "no_date", lang="pl", form="no_date"),
    # a Polish/Czech nominative that is October in Croatian, and no weekday to settle it
    x("2 listopad 2024", "ambiguous", lang="pl", form="ambiguous"),
])
# --- member-city pages, Spanish --------------------------------------------------------
CASES.extend([
    # https://hcd.junin.gob.ar/servicio/hcd-cronograma-sesiones
    c("MARZO | 2 DE MARZO | APERTURA PERÍODO ORDINARIO DE SESIONES | 19,30 |", "2023-03-02", ref=dt.date(2023, 2, 20), lang="es", form="missing_year", span="2 DE MARZO"),
    # https://tribunaavila.com/noticias/351188/jornada-de-puertas-abiertas-en-el-ayuntamiento-de-avila-para-celebrar-la-constitucion
    c("con una jornada de puertas abiertas el lunes 4 de diciembre.", "2023-12-04", ref=dt.date(2023, 11, 28), lang="es", form="weekday", span="lunes 4 de diciembre"),
    c("puede realizarse hasta el mismo día 4 de diciembre a las 10 horas, a través del correo", "2023-12-04T10:00:00", ref=dt.date(2023, 11, 28), lang="es", form="time", span="4 de diciembre a las 10 horas"),
    # https://www.vanguardiadesevilla.com/tag/algaba?page=4
    c("permanecerá abierta hasta el 5 de marzo en horario de 10,00 a 13,00 horas", "2023-03-05", ref=dt.date(2023, 2, 10), lang="es", form="missing_year", span="5 de marzo"),
    # https://bocm.es/bocm-20220209-92
    c("Fecha del Boletín \n09-02-2022\n\nSección 3.10.20Z", "2022-02-09", lang="es", form="numeric", span="09-02-2022"),
    c("El Pleno del Ayuntamiento de Zarzalejo, en sesión ordinaria celebrada el día 6 de octubre de 2021, acordó", "2021-10-06", lang="es", form="text", span="6 de octubre de 2021"),
    # https://murcia.com/lorqui/noticias/2021/09/22-el-ayuntamiento-de-lorqui-celebra-sus-primeras-jornadas-participativas.asp
    c("ha organizado para los días del 27 de septiembre al 2 de octubre las primeras jornadas", "2021-09-27", "2021-10-02", ref=dt.date(2021, 9, 22), lang="es", form="range_months", span="del 27 de septiembre al 2 de octubre"),
    # https://elotrovalladolid.es/evento/5377
    c("sábado 15 de septiembre de 2018 - 12h", "2018-09-15T12:00:00", lang="es", form="time"),
    c("DÍA: sábado, 15 de Septiembre.\n\nLUGAR: Plaza de San Juan", "2018-09-15", ref=dt.date(2018, 9, 1), lang="es", form="weekday", span="sábado, 15 de Septiembre"),
])
FAILURES.extend([
    # https://elotrovalladolid.es/evento/5377
    x("HORA: DE 11 A 22 HORAS", "no_date", lang="es", form="no_date"),
    # https://tribunaavila.com/noticias/351188/jornada-de-puertas-abiertas-en-el-ayuntamiento-de-avila-para-celebrar-la-constitucion
    x("a las 16:15, las 17:30 y las 18:45 horas.", "no_date", lang="es", form="no_date"),
])
# --- member-city pages, Hungarian ------------------------------------------------------
CASES.extend([
    # https://docplayer.hu/amp/12224217-Jegyzokonyv-pusztazamor-kozseg-reszerol-jelen-vannak-patrovics-benedek-polgarmester-holinszkine-bachoffer-klara-kepviselo.html
    c("Pusztazámor Községi Önkormányzat Képviselő-testületének 2009. március 17-i Sóskút Község Képviselő-testületével közös testületi üléséről", "2009-03-17", lang="hu", form="year_first", span="2009. március 17-i"),
    # https://or.njt.hu/onkormanyzati-rendelet/102756
    c("a képviselő-testület szervezeti és működési szabályzatáról\n\nHatályos: 2014. 12. 23\n\nBuj Község", "2014-12-23", lang="hu", form="year_first", span="2014. 12. 23"),
    # http://njt.hu/njtonkorm.php?njtcp=eh8eg7ed8dr7eo0dt1ee2em3cj2cc9cf2by7bw4cc9k
    c("Hatályos:2014-11-03 - 2017-06-16\nAlacska Község", "2014-11-03", "2017-06-16", lang="hu", form="range_years", span="2014-11-03 - 2017-06-16"),
    # https://www.sajoszoged.hu/hu/jk_20130228.html
    c("Készült: Sajószöged Önkormányzat Képviselő-testületének 2013. február 28-án megtartott üléséről", "2013-02-28", lang="hu", form="year_first", span="2013. február 28-án"),
    # http://tirgumures.ro/index.php?view=article&catid=49%3Astiri-de-ultima-ora&id=6205%3Azilele-tirgumureeneq&lang=hu
    c("A 2017. május 22-28-a közötti időszakban Marosvásárhelyen XXI. alkalommal kerül sor a városnapokra.", "2017-05-22", "2017-05-28", lang="hu", form="range", span="2017. május 22-28-a"),
    c("A javaslatok benyújtásának határideje 2017. május 8-a.", "2017-05-08", lang="hu", form="year_first", span="2017. május 8-a"),
    # the same forms without the year, month first
    c("Önkormányzatunk március 26-án, kedden 10:00 órakor tartja következő ülését", "2024-03-26T10:00:00", ref=dt.date(2024, 3, 20), lang="hu", form="time", span="március 26-án, kedden 10:00 órakor"),
])
FAILURES.extend([
    # https://obudaitisza.hu/2024/09/23/szeptember-26-an-ulest-tart-az-onkormanyzat-kepviselo-testulete-dr-kiss-laszlo-polgarmester-szabadsaga-is-tema-lesz/
    x("Önkormányzatunk csütörtökön 10:00 órakor tartja következő ülését", "no_date", lang="hu", form="no_date"),
    # https://jaszkarajeno.asp.lgov.hu/meghivo-kepviselo-testuleti-ulesekre-2017
    x("a hónap utolsó hétfőjén 16.00 órai kezdettel ülésezik", "no_date", lang="hu", form="no_date"),
])
# --- member-city pages, Romanian -------------------------------------------------------
CASES.extend([
    # https://www.zi-de-zi.ro/2023/06/12/live-conferinta-de-presa-despre-zilele-targumuresene-2023/
    c("Așadar, vă invităm luni, 12 iunie 2023, ora 12.00, la Cetate, la o conferință de presă", "2023-06-12T12:00:00", lang="ro", form="time", span="luni, 12 iunie 2023, ora 12.00"),
    c("Zilelor Târgumureșene, care se vor desfășura în perioada 22 – 25 iunie 2023.", "2023-06-22", "2023-06-25", lang="ro", form="range", span="22 – 25 iunie 2023"),
    c("a informat vineri, 9 iunie, Serviciul Relații Interne și Internaționale", "2023-06-09", ref=dt.date(2023, 6, 12), lang="ro", form="weekday", span="vineri, 9 iunie"),
    # https://primariasector1.ro/precizari-in-legatura-cu-organizarea-evenimentului-balkanik-festival/
    c("Precizari in legatura cu organizarea evenimentului BalKanik Festival\n\nPublicat: 28.07.2017\n\nÎn legătură", "2017-07-28", lang="ro", form="numeric", span="28.07.2017"),
    c("s-a decis convocarea pentru luni, 31 iulie 2017, începând cu orele 12:00, a unei ședințe extraordinare", "2017-07-31T12:00:00", lang="ro", form="time", span="luni, 31 iulie 2017, începând cu orele 12:00"),
    c("la ședința din data de 26 iulie.", "2017-07-26", ref=dt.date(2017, 7, 28), lang="ro", form="missing_year", span="26 iulie"),
    # https://actualmm.ro/continua-audientele-in-cartiere-baimarenii-din-cartierul-vasile-alecsandri-sunt-asteptati-azi-de-la-ora-16-00-in-parcarea-lidl-de-pe-granicerilor-la-intalnirea-cu-primarul-interimar-si-sefii-de-serv
    c("Prima întâlnire a avut loc luni 22 ianuarie 2024, în fața Școlii Vasile Alecsandri", "2024-01-22", lang="ro", form="weekday", span="luni 22 ianuarie 2024"),
    c("Astăzi, marți 23 ianuarie 2024, de la ora 16.00, băimărenii sunt așteptați", "2024-01-23T16:00:00", ref=dt.date(2024, 1, 23), lang="ro", form="time", span="marți 23 ianuarie 2024, de la ora 16.00"),
    # https://www.abcnewsromania.ro/social/programul-manifestarilor-prilejuite-de-ziua-independentei-ziua-victoriei-si-ziua-europei-9-mai-la-campia-turzii/
    c("Primăria Municipiului Câmpia Turzii organizează în data de 9 Mai 2017 o serie de manifestări", "2017-05-09", lang="ro", form="text", span="9 Mai 2017"),
    c("publicată în Monitorul Oficial, Partea I nr.915 din 14 noiembrie 2016 a fost instituit", "2016-11-14", lang="ro", form="text", span="14 noiembrie 2016"),
    # https://radiomures.ro/stiri/palatul-administrativ-din-tg-mures-isi-deschide-portile-pentru-mureseni.html
    c("Publicat de Corina Muntean, 2 mai 2019, 15:35 / actualizat: 2 mai 2019, 19:24", "2019-05-02T15:35:00", lang="ro", form="time", span="2 mai 2019, 15:35"),
    c("Consiliul Județean Mureș organizează, în data de 16 mai ”Ziua Porților Deschise", "2019-05-16", ref=dt.date(2019, 5, 2), lang="ro", form="missing_year", span="16 mai"),
    c("Social sâmbătă, 19 aprilie 2025, 10:19", "2025-04-19T10:19:00", lang="ro", form="time", span="sâmbătă, 19 aprilie 2025, 10:19"),
])
FAILURES.extend([
    # https://www.zi-de-zi.ro/2023/06/12/live-conferinta-de-presa-despre-zilele-targumuresene-2023/ (the page's own slip: 12 May was no Monday)
    x("organizează luni, 12 mai, de la ora 12.00, o conferință de presă", "weekday_mismatch", ref=dt.date(2023, 6, 9), lang="ro", form="weekday"),
    # https://www.abcnewsromania.ro/social/programul-manifestarilor-prilejuite-de-ziua-independentei-ziua-victoriei-si-ziua-europei-9-mai-la-campia-turzii/
    x("– ora 11:55 – formarea coloanei şi deplasarea spre parcul Central", "no_date", lang="ro", form="no_date"),
    # https://www.baiamare.ro/ro/Servicii-publice/Declararea-Prealabila-a-Adunarilor-Publice/Cerere-pentru-Adunari-Publice/
    x("Luni-Miercuri 0815-1230 | 1300-1500\nJoi                     0815-1230 | 1300-1600", "no_date", lang="ro", form="no_date"),
    # https://radiomures.ro/stiri/palatul-administrativ-din-tg-mures-isi-deschide-portile-pentru-mureseni.html
    x("vizitele, programate între orele 9,00 și 17.00, vor putea fi audiate", "no_date", lang="ro", form="no_date"),
])
# --- member-city pages, Finnish --------------------------------------------------------
CASES.extend([
    # https://www.martanmatkassa.fi/p/minne-menna-tapahtumakalenteri.html
    c("Edit 4.6.2024\n\n\nTORIT JA MARKKINAT", "2024-06-04", lang="fi", form="numeric", span="4.6.2024"),
    # https://www.aamulehti.fi/kulttuuri/art-2000009464671.html
    c("40 vuotta yötä Nokia-areenassa 24. maaliskuuta.", "2023-03-24", ref=dt.date(2023, 3, 20), lang="fi", form="missing_year", span="24. maaliskuuta"),
    c("Tampere Kuplii 22.–26. maaliskuuta.", "2023-03-22", "2023-03-26", ref=dt.date(2023, 3, 20), lang="fi", form="range", span="22.–26. maaliskuuta"),
    c("Earth Hour 23. maaliskuuta kello 20.30–21.30.", "2023-03-23T20:30:00", "2023-03-23T21:30:00", ref=dt.date(2023, 3, 20), lang="fi", form="time", span="23. maaliskuuta kello 20.30–21.30"),
    # https://www.sttinfo.fi/tiedote/helsinkilaiset-tyoikaiset-ovat-koulutettua-vakea-varsinkin-nuoret-naiset-ovat-muuta-vaestoa-koulutetumpaa?publisherId=60590288&releaseId=69862082
    c("Kesäpäivä Töölönlahdella avaa Suomen EU-puheenjohtajakauden 4.7.2019 09:30:05 EEST | Tiedote", "2019-07-04T09:30:05+03:00", lang="fi", form="zone", tz="EEST", span="4.7.2019 09:30:05 EEST"),
    c("Kansalaistorilla avaavat Suomen EU-puheenjohtajakauden 8. heinäkuuta.", "2019-07-08", ref=dt.date(2019, 7, 4), lang="fi", form="missing_year", span="8. heinäkuuta"),
    # https://matkalla.online/onnea-474-vuotias-helsinki
    c("Helsinki viettää tänään,12.6.2024, 474 -vuotis syntymäpäivää!", "2024-06-12", ref=dt.date(2024, 6, 12), lang="fi", form="relative", span="12.6.2024"),
    # https://mikkelipuisto.fi/tapahtuma/kaupunkijuhannus/
    c("Kaupunkijuhannus\n24 kesäkuun, 2022 • 18:00 - 25 kesäkuun, 2022 • 00:00\nKoko kaupungin", "2022-06-24T18:00:00", "2022-06-25T00:00:00", lang="fi", form="time", span="24 kesäkuun, 2022 • 18:00 - 25 kesäkuun, 2022 • 00:00"),
    # https://www.riihimaki.fi/tiedotteet/riihimaen-kaupunki-juhlii-60-vuotista-kaupunkia-11-syyskuuta/
    c("Riihimäen kaupunki juhlii 60-vuotista kaupunkia 11. syyskuuta\n\n10.6.2021 Tiedotteet", "2021-09-11", ref=dt.date(2021, 6, 10), lang="fi", form="missing_year", span="11. syyskuuta"),
    c("Koko perheen kaupunkijuhlaa on tarkoitus viettää Riihimäki-päivän yhteydessä 11. syyskuuta 2021.", "2021-09-11", lang="fi", form="text", span="11. syyskuuta 2021"),
    c("Kaupunginhallitus käsittelee maanantain 14. kesäkuuta kokouksessa", "2021-06-14", ref=dt.date(2021, 6, 10), lang="fi", form="weekday", span="maanantain 14. kesäkuuta"),
])
FAILURES.extend([
    # https://www.martanmatkassa.fi/p/minne-menna-tapahtumakalenteri.html
    x("Leppävaara: Suurmarkkinat, kk. 1. la klo 9.00-17.00, Leppävaaranraitti ja Läkkitori", "no_date", lang="fi", form="no_date"),
    # https://matkalla.online/onnea-474-vuotias-helsinki
    x("Tapahtumista voisi mainita After Worksit Kluuvilla klo 16 lähtien.", "no_date", lang="fi", form="no_date"),
])
# --- member-city pages, Estonian (Tallinn's news, Estonian and English) ----------------
CASES.extend([
    # https://tallinnakeskhaigla.ee/et/otsing?page=%2C63&search_api_fulltext=+linnaosade+piirid
    c("Neljapäeval, 12. märtsil algusega 18.00 toimub Estonia Talveaias", "2020-03-12T18:00:00", ref=dt.date(2020, 3, 5), lang="et", form="time", span="Neljapäeval, 12. märtsil algusega 18.00"),
    c("Täna, 20. novembril algas Tallinna 2024. aasta kaasava eelarve rahvahääletus.", "2023-11-20", ref=dt.date(2023, 11, 20), lang="et", form="relative", span="20. novembril"),
    c("Kuni 3. detsembrini saavad kõik tallinlased anda oma hääle", "2023-12-03", ref=dt.date(2023, 11, 20), lang="et", form="missing_year", span="3. detsembrini"),
    # https://tallinnakeskhaigla.ee/et/otsing?page=%2C69&search_api_fulltext=koost%C3%B6%C3%B6leping+turvafirma+turvalisus+allakirjastamine+patrullauto+raekoja+plats
    c("1. veebruaril algusega kell 18 tähistatakse Tallinnas Raekoja platsil", "2022-02-01T18:00:00", ref=dt.date(2022, 1, 25), lang="et", form="time", span="1. veebruaril algusega kell 18"),
    c("Jõululaupäeval, 24. detsembril kell 12 kuulutab Tallinna linnapea", "2021-12-24T12:00:00", ref=dt.date(2021, 12, 20), lang="et", form="time", span="24. detsembril kell 12"),
    # https://www.tallinnakeskhaigla.ee/et/otsing?page=%2C359&search_api_fulltext=Suur-Ameerika+tn+35+hoone+I+korruse+%C3%A4riruumid
    c("Esmaspäev, 4. oktoober 14.00 Linnapea Mihhail Kõlvart osaleb", "2021-10-04T14:00:00", ref=dt.date(2021, 10, 1), lang="et", form="time", span="Esmaspäev, 4. oktoober 14.00"),
    c("Reedel, 1. oktoobril tähistatakse rahvusvahelist muusikapäeva", "2021-10-01", ref=dt.date(2021, 9, 28), lang="et", form="weekday", span="Reedel, 1. oktoobril"),
    c("Täna, 15. septembril avas oma uksed uus Põhja-Tallinna kogukonnamaja", "2021-09-15", ref=dt.date(2021, 9, 15), lang="et", form="relative", span="15. septembril"),
    c("Ideekavandeid oodatakse hiljemalt 1. oktoobriks.", "2021-10-01", ref=dt.date(2021, 9, 15), lang="et", form="missing_year", span="1. oktoobriks"),
    # https://tallinnakeskhaigla.ee/et/otsing?page=%2C248&search_api_fulltext=Talv%2C+graniits%C3%B5elmed%2C+tasuta%2C+jagamine
    c("Sel puhul toimub Euroopa päeval, 9. mail kell 18 Tallinnas Vabaduse väljakul", "2024-05-09T18:00:00", ref=dt.date(2024, 5, 1), lang="et", form="time", span="9. mail kell 18"),
    c("Järgmised nõustamispäevad on 16. mail kella 9-13 Mustamäe ning 30. mail kella 9-14 Lasnamäe", "2024-05-16T09:00:00", "2024-05-16T13:00:00", ref=dt.date(2024, 5, 1), lang="et", form="time", span="16. mail kella 9-13"),
    c("Kolmapäeval, 15. mail ja laupäeval, 18. mail on nii linlased kui ka linna külalised oodatud", "2024-05-15", ref=dt.date(2024, 5, 1), lang="et", form="list", span="Kolmapäeval, 15. mail ja laupäeval, 18. mail"),
    c("Tallinna kammerorkester esineb 26. mail Tartus", "2024-05-26", ref=dt.date(2024, 5, 1), lang="et", form="missing_year", span="26. mail"),
    # https://tallinnakeskhaigla.ee/et/otsing?page=%2C164&search_api_fulltext=rahvas+vabaduse+monument
    c("Vabaduse väljakul avatakse reedel, 10. märtsil kell 16.00 fotonäitus “Ma valin elu”", "2023-03-10T16:00:00", ref=dt.date(2023, 3, 5), lang="et", form="time", span="reedel, 10. märtsil kell 16.00"),
    c("Fotonäitus on üleval kuni 25. märtsini.", "2023-03-25", ref=dt.date(2023, 3, 5), lang="et", form="missing_year", span="25. märtsini"),
    c("Alates 1. märtsist saavad Tallinna lapsevanemad esitada taotlusi", "2023-03-01", ref=dt.date(2023, 2, 20), lang="et", form="missing_year", span="1. märtsist"),
    c("mil pühapäeval, 17. märtsil tähistataval Iirimaa rahvuspühal", "2024-03-17", ref=dt.date(2024, 3, 10), lang="et", form="weekday", span="pühapäeval, 17. märtsil"),
    c("Traditsioonilist Tallinna päeva etteütlust kirjutatakse esmaspäeval, 15. mail kell 12 Tallinna loomaaia", "2023-05-15T12:00:00", ref=dt.date(2023, 5, 2), lang="et", form="time", span="esmaspäeval, 15. mail kell 12"),
    # https://www.tallinnakeskhaigla.ee/et/otsing?page=%2C63&search_api_fulltext=Pargi+ja+reisi
    c("Teisipäeval, 6. aprillil kell 17 toimub Põhja-Tallinnas", "2021-04-06T17:00:00", ref=dt.date(2021, 3, 30), lang="et", form="time", span="Teisipäeval, 6. aprillil kell 17"),
    c("Esmaspäev, 22. märts 16.00 Kristiine linnaosa vanem Jaanus Riibe avab", "2021-03-22T16:00:00", ref=dt.date(2021, 3, 20), lang="et", form="time", span="Esmaspäev, 22. märts 16.00"),
    # https://tallinnakeskhaigla.ee/en/search?page=%2C16&search_api_fulltext=p%C3%B5hja-eesti+verekeskuse+doonoritelk+vabaduse+v%C3%A4ljak+tsahkna
    c("On 28 August at 9.00, fifteen teams will set off from the centre of Tallinn", "2022-08-28T09:00:00", ref=dt.date(2022, 8, 20), form="time", span="28 August at 9.00"),
    c("On the last day of the year, 31 December at 22:00, a grand free concert will start", "2022-12-31T22:00:00", ref=dt.date(2022, 12, 20), form="time", span="31 December at 22:00"),
    c("new traffic regulations will be put into force on Thursday 23 February, from 18:30 pm and Friday, 24 February from 8-17.", "2023-02-23T18:30:00", ref=dt.date(2023, 2, 20), form="list", span="Thursday 23 February, from 18:30 pm and Friday, 24 February"),
    c("On Friday, 10 March at 4 pm, the photo exhibition \"I choose life\" will open", "2023-03-10T16:00:00", ref=dt.date(2023, 3, 5), form="time", span="Friday, 10 March at 4 pm"),
])
FAILURES.extend([
    # https://tallinnakeskhaigla.ee/et/otsing?page=%2C69&search_api_fulltext=koost%C3%B6%C3%B6leping+turvafirma+turvalisus+allakirjastamine+patrullauto+raekoja+plats
    x("Raekoja platsil saab juba alates kella 12-st jälgida ka tiigriskulptuuri valmimist.", "no_date", lang="et", form="no_date"),
    x("Laupäeva õhtutundidel on soovitav teelolekut vältida.", "no_date", lang="et", form="no_date"),
])
# --- member-city pages, Latvian --------------------------------------------------------
CASES.extend([
    # https://radio1.lv/lv/Novados/1/33002/Sasauks-visu-pasvaldibu-deputatu-sapulci
    c("2024.gada 28. novembris\n\nOlita, Rita, Vita", "2024-11-28", lang="lv", form="year_first", span="2024.gada 28. novembris"),
    # https://www.vestnesis.lv/ta/id/31683
    c("Publicēts oficiālajā laikrakstā \"Latvijas Vēstnesis\", 25.03.1998., Nr. 79/80", "1998-03-25", lang="lv", form="numeric", span="25.03.1998"),
    c("Grieķijas Republikā Šodien, 25. martā, valsts svētki - Neatkarības diena", "1998-03-25", ref=dt.date(1998, 3, 25), lang="lv", form="relative", span="25. martā"),
    c("Turpinājums. Sākums \"LV\" nr.69/71., 17.03.98", "1998-03-17", lang="lv", form="numeric", span="17.03.98"),
    c("Likumprojekts\n\n1998.gada 4.marta redakcijā", "1998-03-04", lang="lv", form="year_first", span="1998.gada 4.marta"),
    # https://saeima.lv/en/transcripts/view/926
    c("rudens sesijas piecpadsmitā (svinīgā) sēde\n\n2005.gada 18.novembrī\n\nSēdi vada", "2005-11-18", lang="lv", form="year_first", span="2005.gada 18.novembrī"),
    c("Atklājam Saeimas 18.novembra svinīgo sēdi", "2005-11-18", ref=dt.date(2005, 11, 18), lang="lv", form="missing_year", span="18.novembra"),
    # https://arhivs.kekava.lv/pub/index.php?gid=1&id=150&lid=16619
    c("Ķekavas novada pašvaldība aicina iedzīvotājus 11.novembrī, par godu Lāčplēša dienai", "2021-11-11", ref=dt.date(2021, 11, 2), lang="lv", form="missing_year", span="11.novembrī"),
    c("Izglītības, kultūras un sporta pārvalde\n02.11.2021.", "2021-11-02", lang="lv", form="numeric", span="02.11.2021"),
    # http://m.aprinkis.lv/pieriga?start=3910
    c("Līdz 31. martam Ropažu kultūras centrā apskatāma latviešu multimākslinieka gleznu izstāde.", "2016-03-31", ref=dt.date(2016, 3, 10), lang="lv", form="missing_year", span="31. martam"),
    c("no pirmdienas, 14. marta tiks būtiski palielināts 16. autobusa reisu skaits", "2016-03-14", ref=dt.date(2016, 3, 10), lang="lv", form="weekday", span="pirmdienas, 14. marta"),
    c("No 9. marta līdz 8. aprīlim Jaunsargu pašpārvalde organizē fotokonkursu", "2016-03-09", "2016-04-08", ref=dt.date(2016, 3, 10), lang="lv", form="range_months", span="No 9. marta līdz 8. aprīlim"),
    # https://m.likumi.lv/ta/id/352576-par-adazu-novada-teritorijas-kopsanu-un-buvju-uzturesanu
    c("Attēlotā redakcija: 08.06.2024. - 07.11.2024. / Spēkā esošā", "2024-06-08", "2024-11-07", lang="lv", form="range_years", span="08.06.2024. - 07.11.2024"),
    c("Ādažu novada pašvaldības domes saistošie noteikumi Nr. 17/2024\n\nĀdažos 2024. gada 28. martā\nPar Ādažu", "2024-03-28", lang="lv", form="year_first", span="2024. gada 28. martā"),
    c("Ministru kabineta 2010. gada 28. septembra\nnoteikumu Nr. 906", "2010-09-28", lang="lv", form="year_first", span="2010. gada 28. septembra"),
])
FAILURES.extend([
    # http://m.aprinkis.lv/pieriga?start=3910
    x("Sestdien plkst. 20.15 Ķekavas novadā, Bauskas šosejas 15. kilometrā", "no_date", lang="lv", form="no_date"),
    # https://arhivs.kekava.lv/pub/index.php?gid=1&id=150&lid=16619
    x("Izvietošana sveču statīvos paredzēta laika posmā no plkst. 16.00-19.00", "no_date", lang="lv", form="no_date"),
    # https://www.dobele.lv/lv/jaunums/tiks-prezentets-budzets-iedzivotajiem
    x("Lai prezentētu budžetu 2024. gadam, domes priekšsēdētājs kopā ar pašvaldības speciālistiem", "no_date", lang="lv", form="no_date"),
])
# --- member-city pages, Lithuanian -----------------------------------------------------
CASES.extend([
    # https://www.zemaiciolaikrastis.lt/tag/emaitr-2
    c("Minint miesto gimtadienį – laiškas ateities kartoms\n- Redakcija\n- 2022-02-12\nViskas", "2022-02-12", lang="lt", form="iso", span="2022-02-12"),
    # https://etaplius.lt/naujiena/ruosiantis-renginiu-ciklui-miesto-jubiliejau-proga-susaukta-darbo-grupe
    c("Širvintų 545 metų sukaktį paminėsime ir iškilmingai. Jau liepos 21-25 dienomis.", "2020-07-21", "2020-07-25", ref=dt.date(2020, 6, 1), lang="lt", form="range", span="liepos 21-25"),
    # Vilnius city news (BNS), road works notice
    c("nuo sausio 30 d. (ketvirtadienio) 22 val. iki sausio 31 d. (penktadienio) 6 val. įvedami laikini eismo ribojimai", "2020-01-30T22:00:00", "2020-01-31T06:00:00", ref=dt.date(2020, 1, 29), lang="lt", form="overnight", span="nuo sausio 30 d. (ketvirtadienio) 22 val. iki sausio 31 d. (penktadienio) 6 val."),
    # https://plunge.lt/?p=52803
    c("Kovo 5 dieną Savivaldybės administracijoje nuo vieno iki kito kabineto durų vaikščiojo", "2019-03-05", ref=dt.date(2019, 3, 6), lang="lt", form="missing_year", span="Kovo 5 dieną"),
    # http://www.savzinios.lt/index.php?lang=lt&id=2&mag_id=350&art_id=1187&tech=print
    c("Archyvas\n\nNr. 13 (647), 2013-05-16\nLSA SUVAŽIAVIMAS", "2013-05-16", lang="lt", form="iso", span="2013-05-16"),
    c("LSA XIX SUVAŽIAVIME (2013-05-09) BIRŠTONE", "2013-05-09", lang="lt", form="iso", span="2013-05-09"),
    c("Nors 2012 m. liepos 1 d. padidinta minimali mėnesio alga", "2012-07-01", lang="lt", form="year_first", span="2012 m. liepos 1 d."),
    # https://www.pasvalys.lt/taryba/naujienos/1149/pasvalio-rajono-savivaldybes-atstovai-dalyvavo-savivaldos-sventeje-auksines-krivules-2025:10717
    c("Pasvalio rajono savivaldybės atstovai dalyvavo savivaldos šventėje „Auksinės krivūlės 2025“\n\n2025-10-20\nPasvalio", "2025-10-20", lang="lt", form="iso", span="2025-10-20"),
    # https://www.raseiniumenomokykla.lt/grojome-savivaldos-dienoje/
    c("Spalio 10 d. minima Vietos savivaldos diena", "2019-10-10", ref=dt.date(2019, 10, 12), lang="lt", form="missing_year", span="Spalio 10 d."),
])
FAILURES.extend([
    # https://www.savzinios.lt/ (LSA report)
    x("Nuo 2013 m. atsisakyta savivaldybių biudžetų savarankiškų pajamų augimo iki 0 procentų ribojimo, taikyto 2010–2012 m.", "no_date", lang="lt", form="no_date"),
])
# --- member-city pages, Catalan --------------------------------------------------------
CASES.extend([
    # http://vilobidonyar.cat/ple-municipal-ordinari-3-4/
    c("es fa públic que s’ha convocat sessió ordinària del Ple de la corporació, que es farà a Can Roscada, aquest proper dijous dia 24 de març a les 20 hores.", "2022-03-24T20:00:00", ref=dt.date(2022, 3, 20), lang="ca", form="time", span="dijous dia 24 de març a les 20 hores"),
    # a law cited with its year: the day belongs to that year, not to the page's
    c("aprovat pel Reial decret 2568/1986, de 28 de novembre, es fa públic", "1986-11-28", ref=dt.date(2022, 3, 20), lang="ca", form="citation", span="28 de novembre"),
    # https://elpalaudanglesola.com/plens-juntes/Calendari%20anual%20dels%20Plens.html
    c("darrer dijous de març, 31/03/2022", "2022-03-31", lang="ca", form="numeric", span="31/03/2022"),
    # https://vallirana.cat/actualitat/noticies/el-ple-de-marc-el-proper-dimecres-28.html
    c("El ple de març, el proper dimecres 28\n\nDivendres, 23 de març de 2012\nS’avança un dia", "2012-03-23", lang="ca", form="weekday", span="Divendres, 23 de març de 2012"),
    c("S’avança un dia per no coincidir amb el dia de la vaga general 23/03/2012.", "2012-03-23", lang="ca", form="numeric", span="23/03/2012"),
    c("Darrera actualització: 26.11.2018 | 16:42", "2018-11-26T16:42:00", lang="ca", form="time", span="26.11.2018 | 16:42"),
    # https://www.lafatarella.cat/ajuntament/ple-municipal-2/
    c("La primera sessió ordinària del Ple de l’Ajuntament, mandat 2023-2027, se celebrarà el dilluns 9 d’octubre de 2023.", "2023-10-09", lang="ca", form="weekday", span="dilluns 9 d’octubre de 2023"),
    # https://vilassar.cat/actualitat/noticies/ple-ordinari-de-marc-2024
    c("Ple ordinari de març 2024\n\nÚltima revisió 14-03-2024 09:08\n14/03/2024", "2024-03-14T09:08:00", lang="ca", form="time", span="14-03-2024 09:08"),
    c("Caràcter: Ordinària\n\nData: 19 de març 2024\n\nHora: 20.00 h\n\nLloc: sala de Plens", "2024-03-19T20:00:00", lang="ca", form="time", span="19 de març 2024\n\nHora: 20.00 h"),
    c("1.- Aprovació de l'acta de la sessió ordinària de 29 de febrer de 2024.", "2024-02-29", lang="ca", form="text", span="29 de febrer de 2024"),
])
FAILURES.extend([
    # https://elpalaudanglesola.com/plens-juntes/Calendari%20anual%20dels%20Plens.html
    x("L’hora d’acabament serà com a màxim, a les 24 hores del mateix dia.", "no_date", lang="ca", form="no_date"),
    # https://portbou.cat/lajuntament/sesions-del-ple-municipal/
    x("CELEBRACIÓ SESSIÓ ORDINÀRIA EL TERCER DIMECRES DEL SEGON MES DE CADA TRIMESTRE a les 18 hores", "no_date", lang="ca", form="no_date"),
    # https://vilassar.cat/actualitat/noticies/ple-ordinari-de-marc-2024
    x("Ple ordinari de març 2024", "partial", lang="ca", form="partial"),
])
# --- member-city pages, Galician -------------------------------------------------------
CASES.extend([
    # http://santiagodecompostela.gal/hoxe/previsions.php?anc=-14&id=2009-10-3&lg=cas&mnc=-9
    c("Previsións informativas para o sábado 3 de outubro\n\n11.00 a 14.00 e 17.00 a 20.00 h", "2009-10-03T11:00:00", "2009-10-03T14:00:00", ref=dt.date(2009, 10, 2), lang="gl", form="time", span="sábado 3 de outubro\n\n11.00 a 14.00"),
    # http://santiagodecompostela.gal/hoxe/previsions.php?anc=-15&id=2008-1-26&lg=gal&mnc=-18
    c("Previsións informativas para o sábado 26 de xaneiro\n\n11.00 h.\nEn Área Central", "2008-01-26T11:00:00", ref=dt.date(2008, 1, 25), lang="gl", form="time", span="sábado 26 de xaneiro\n\n11.00 h"),
    # http://santiagodecompostela.gal/hoxe/previsions.php?anc=-9&id=2015-6-18&lg=cas&mnc=-1
    c("Previsións informativas para o xoves 18 de xuño\n\n11.00 h\nNa Academia de Cine", "2015-06-18T11:00:00", ref=dt.date(2015, 6, 17), lang="gl", form="time", span="xoves 18 de xuño\n\n11.00 h"),
    # https://galiciaartabra.es/archivos/336042
    c("Sábado 11 de maio de 2024\n\nActividade: Maios Hora: De 11:00 a 20:00", "2024-05-11", lang="gl", form="weekday", span="Sábado 11 de maio de 2024"),
    c("Domingo 12 de maio de 2024\n\nActividade: Andaina á romaría", "2024-05-12", lang="gl", form="weekday", span="Domingo 12 de maio de 2024"),
    # https://www.faroocionorte.com/categoria-articulos/eventos?page=13
    c("o acto conmemorativo que terá lugar o día 7 de marzo, venres, no Edificio Multiusos ás 12:15 horas", "2025-03-07T12:15:00", ref=dt.date(2025, 3, 1), lang="gl", form="time", span="7 de marzo, venres, no Edificio Multiusos ás 12:15 horas"),
    c("Folgueiro, no concello do Vicedo, celebrará o Antroido este sábado, día 1 de marzo. A partir das 20:30 horas haberá degustación", "2025-03-01T20:30:00", ref=dt.date(2025, 2, 25), lang="gl", form="time", span="sábado, día 1 de marzo. A partir das 20:30 horas"),
    c("Este venres, día 28 de febreiro, dá comezo a programación da Feira do San Rosendo 2025", "2025-02-28", ref=dt.date(2025, 2, 25), lang="gl", form="weekday", span="venres, día 28 de febreiro"),
    # http://www.cronica3.com/2017/04/alumnos-do-colexio-de-cervo-e-de-intercambio-do-ies-marques-de-sargadelos-visitaron-hoxe-a-casa-consistorial/
    c("permanecerá aberto dende o luns 10 de abril ata o domingo 16 de abril en horario de 11.00 a 14.00", "2017-04-10T11:00:00", "2017-04-16T14:00:00", ref=dt.date(2017, 4, 5), lang="gl", form="range", span="dende o luns 10 de abril ata o domingo 16 de abril en horario de 11.00 a 14.00"),
    c("imprescindible anotarse en Gráficas Arfe antes do xoves día 6 de abril ás 20,00 h.", "2017-04-06T20:00:00", ref=dt.date(2017, 4, 5), lang="gl", form="time", span="xoves día 6 de abril ás 20,00 h"),
])
FAILURES.extend([
    # http://santiagodecompostela.gal/hoxe/previsions.php?anc=-14&id=2009-10-3&lg=cas&mnc=-9
    x("Desenvolvernase en horario de 11.00 a 14.00 e de 16.00 a 19.00h.", "no_date", lang="gl", form="no_date"),
])
# --- member-city pages, Basque ---------------------------------------------------------
CASES.extend([
    # https://eskoriatza.eus/?p=16604
    c("Martxoaren 8an deituta dauden mobilizazioekin bat egitea erabaki dute", "2018-03-08", ref=dt.date(2018, 3, 5), lang="eu", form="missing_year", span="Martxoaren 8an"),
    # https://goierri.hitza.eus/gaiak/aisia/orrialdea/3
    c("Maiatzaren 24an da. Olaberria, Zegama, Lazkao", "2018-05-24", ref=dt.date(2018, 5, 10), lang="eu", form="missing_year", span="Maiatzaren 24an"),
    c("Uztailaren 11tik 25era izango dira aurten, Errioxako Pipaona herrian.", "2018-07-11", "2018-07-25", ref=dt.date(2018, 5, 10), lang="eu", form="range", span="Uztailaren 11tik 25era"),
    c("Interesa dutenek maiatzaren 31ra arteko epea dute izena emateko.", "2018-05-31", ref=dt.date(2018, 5, 10), lang="eu", form="missing_year", span="maiatzaren 31ra"),
    c("Ekainaren 23tik uztailaren 18ra bitartean egingo dira udalekuak", "2018-06-23", "2018-07-18", ref=dt.date(2018, 5, 10), lang="eu", form="range_months", span="Ekainaren 23tik uztailaren 18ra"),
    c("Maiatzaren 12an eta 13an irekiko dute izen ematea", "2018-05-12", "2018-05-13", ref=dt.date(2018, 5, 10), lang="eu", form="list", span="Maiatzaren 12an eta 13an"),
    # https://issuu.com/ordiziako_udala/docs/hartu_hitza_piztu_ordizia_memoria
    c("HARTU HITZA, PIZTU ORDIZIA! EKIMENAREN MEMORIA 2011ko azaroaren 5a", "2011-11-05", lang="eu", form="year_first", span="2011ko azaroaren 5a"),
    # https://lea-artibaietamutriku.hitza.eus/2023/12/04
    c("Atzo [abenduak 3] Artibai 30 helbidean egin zieten omenaldia.", "2023-12-03", ref=dt.date(2023, 12, 4), lang="eu", form="relative", span="abenduak 3"),
    c("Lea-Artibaiko artistek abenduaren 6tik 10era artean egingo duten 58. Durangoko Azokan.", "2023-12-06", "2023-12-10", ref=dt.date(2023, 12, 4), lang="eu", form="range", span="abenduaren 6tik 10era"),
    # https://lea-artibaietamutriku.hitza.eus/2024/03
    c("Apirilaren 1etik 6ra artean egingo dute, Aulestin, XIX. Artedrama Euskal Laborategia.", "2024-04-01", "2024-04-06", ref=dt.date(2024, 3, 27), lang="eu", form="range", span="Apirilaren 1etik 6ra"),
    c("Apirilaren 13an ospatuko dute aurtengo jaialdia.", "2024-04-13", ref=dt.date(2024, 3, 27), lang="eu", form="missing_year", span="Apirilaren 13an"),
    c("zergak ordaintzeko epea apirilaren 4tik ekainaren 3ra izango da.", "2024-04-04", "2024-06-03", ref=dt.date(2024, 3, 27), lang="eu", form="range_months", span="apirilaren 4tik ekainaren 3ra"),
])
FAILURES.extend([
    # https://eskoriatza.eus/?p=16604
    x("ostegunean, beraz, 11:00etatik 15:00etara bitartean ez dute lanik egingo.", "no_date", lang="eu", form="no_date"),
    # https://lea-artibaietamutriku.hitza.eus/2024/03
    x("Bi eszenatokitan banatuta, 16:00etatik aurrera hamalau musika talde entzun ahalko dira.", "no_date", lang="eu", form="no_date"),
])
# --- member-city pages, Slovak ---------------------------------------------------------
CASES.extend([
    # https://partizanske.info/?ai1ec=action~agenda
    c("Oslavy sa konajú v sobotu 6. augusta na ihrisku", "2022-08-06", ref=dt.date(2022, 7, 1), lang="sk", form="weekday", span="sobotu 6. augusta"),
    # https://archiv.kulturneleto.eu/2016/aktualne/index-1.htm?show=primatorsky-den-zmena
    c("vzhľadom k nepriaznivej predpovedi počasia na piatok 7. októbra 2016, kedy sa bude konať Primátorský deň", "2016-10-07", lang="sk", form="weekday", span="piatok 7. októbra 2016"),
    # https://www.banskabystrica.sk/aktuality/2022/mesto-pocas-vikendu-ozije-mikulasskou-naladou/
    c("Aj keď má Mikuláš meniny až 6. decembra, jeho príchod s balíčkami sladkostí očakávajú deti", "2022-12-06", ref=dt.date(2022, 12, 1), lang="sk", form="missing_year", span="6. decembra"),
    c("Sobota 3.12.2022: Radvanská záhrada od 10:00 do 16:00 hod.", "2022-12-03T10:00:00", "2022-12-03T16:00:00", lang="sk", form="time", span="Sobota 3.12.2022: Radvanská záhrada od 10:00 do 16:00 hod."),
    c("Nedeľa 4.12.2022: Podlavice od 10:00 hod. a v rovnaký deň aj v Rudlovej", "2022-12-04T10:00:00", lang="sk", form="time", span="Nedeľa 4.12.2022: Podlavice od 10:00 hod."),
    c("Pondelok 5.12.2022: Fončorda – Kyjevské námestie o 17:00 hod.", "2022-12-05", lang="sk", form="weekday", span="Pondelok 5.12.2022"),
    # https://www.zilina.sk/udalosti-uradu/16-06-2022-stvrtok/
    c("Kalendár primátora\n\n16.06.2022 (ŠTVRTOK)\n\n  • 08.00 – 09.00 hod. interné pracovné stretnutia", "2022-06-16T08:00:00", "2022-06-16T09:00:00", lang="sk", form="time", span="16.06.2022 (ŠTVRTOK)\n\n  • 08.00 – 09.00 hod."),
    # https://infovolby.sk/clanok/aktualizovany-tyzdenny-prehlad-udalosti-v-sr-na-17-tyzden
    c("22. apríla - pondelok\n\n09.00 Slávnostné otvorenie Envirocentra v Martine", "2024-04-22", ref=dt.date(2024, 4, 20), lang="sk", form="missing_year", span="22. apríla"),
    c("Župné dni 2024 (22. apríla - 17. mája)", "2024-04-22", "2024-05-17", ref=dt.date(2024, 4, 20), lang="sk", form="range_months", span="22. apríla - 17. mája"),
])
FAILURES.extend([
    # https://archiv.kulturneleto.eu/2016/aktualne/index-1.htm?show=primatorsky-den-zmena
    x("• 9.00, 10.30 a 13.00 hod. – prehliadky radnice a mestského úradu pre verejnosť", "no_date", lang="sk", form="no_date"),
    # https://www.zilina.sk/udalosti-uradu/16-06-2022-stvrtok/
    x("  • 08.00 – 09.00 hod. interné pracovné stretnutia", "no_date", lang="sk", form="no_date"),
    # http://www.cssbanovce.sk/kulturno-spolocenske-zamerania.html?page_id=3367&month=3
    x("Predchádzajúci mesiac Marec 2024 Nasledujúci mesiac", "partial", lang="sk", form="partial"),
])
# --- member-city pages, Slovenian ------------------------------------------------------
CASES.extend([
    # https://divaca.si/objava/1060331
    c("s tradicionalnim obiskom kurentov s Ptuja, ki bodo v ponedeljek, 3. marca, dopoldan preganjali zimo", "2025-03-03", ref=dt.date(2025, 2, 28), lang="sl", form="weekday", span="ponedeljek, 3. marca"),
    c("Naslednji dan, 4. marca, bo v Famljah organizirano pustovanje za otroke", "2025-03-04", ref=dt.date(2025, 2, 28), lang="sl", form="missing_year", span="4. marca"),
    c("V sredo, 5. marca, bo v Senožečah v dvorani Rudolfa Cvetka podelitev priznanj", "2025-03-05", ref=dt.date(2025, 2, 28), lang="sl", form="weekday", span="sredo, 5. marca"),
    c("Za ljubitelje filma bo v soboto, 8. marca, v Muzeju slovenskih filmskih igralcev", "2025-03-08", ref=dt.date(2025, 2, 28), lang="sl", form="weekday", span="soboto, 8. marca"),
    c("V nedeljo, 16. marca, bo v Senožečah prireditev ob počastitvi dneva žena", "2025-03-16", ref=dt.date(2025, 2, 28), lang="sl", form="weekday", span="nedeljo, 16. marca"),
    c("V petek, 21. marca, bodo v Senožečah otroci vrtca Senožeče", "2025-03-21", ref=dt.date(2025, 2, 28), lang="sl", form="weekday", span="petek, 21. marca"),
    c("Mesec bomo zaključili s tradicionalnim Magajnovim pohodom, ki bo potekal v soboto, 22. marca, s pričetkom ob 8. uri v Famljah.", "2025-03-22T08:00:00", ref=dt.date(2025, 2, 28), lang="sl", form="time", span="soboto, 22. marca, s pričetkom ob 8. uri"),
    # https://radiokrka.svet24.si/clanek/novice/obcina-mirna-pec-praznuje-1066777
    c("Piše: R.K.\n\nČas objave:\n16.06.2023 08:32\n\nPraznik Občine Mirna Peč", "2023-06-16T08:32:00", lang="sl", form="time", span="16.06.2023 08:32"),
    c("Praznik Občine Mirna Peč je 21. junij.", "2023-06-21", ref=dt.date(2023, 6, 16), lang="sl", form="missing_year", span="21. junij"),
    c("Danes ob 8. uri se je pričel slikarski ex tempore z razstavo ob 17. uri.", "2023-06-16T08:00:00", ref=dt.date(2023, 6, 16), lang="sl", form="relative", span="Danes ob 8. uri"),
])
FAILURES.extend([
    # https://www.radio94.si/vse-novice/page/3516
    x("V Grčarevcu bodo v soboto pripravili dan kulure, prvi tak dogodek po treh desetletjih.", "no_date", lang="sl", form="no_date"),
    x("Danes ob 8. uri se je pričel slikarski ex tempore", "missing_reference", lang="sl", form="relative"),
])
# --- member-city pages, Croatian -------------------------------------------------------
CASES.extend([
    # https://dulist.hr/drugi-krug-sutra-zbor-gradana-povijesne-jezgre/179070/
    c("drugi po redu zbor građana održati u ponedjeljak 30. lipnja u 19 sati i 30 minuta.", "2025-06-30T19:30:00", ref=dt.date(2025, 6, 27), lang="hr", form="time", span="ponedjeljak 30. lipnja u 19 sati i 30 minuta"),
    # https://gradskovijece.sarajevo.ba/tema-pr/odluka-o-davanju-saglasnosti-na-program-obiljezavanja-6-aprila-dana-grada-sarajeva-u-2024-godini-prijedlog-skraceni-postupak/
    c("Tema programirana: 27.12.2023.\nTema realizirana:", "2023-12-27", lang="hr", form="numeric", span="27.12.2023"),
    # https://dulist.hr/izaslanstvo-grada-na-proslavi-dana-grada-vukovara/824729
    c("borave u Vukovaru od 2. do 4. svibnja povodom proslave Dana Grada", "2023-05-02", "2023-05-04", ref=dt.date(2023, 5, 3), lang="hr", form="range", span="od 2. do 4. svibnja"),
    c("Bogati program obilježavanja započeo je u subotu 29. travnja i trajat će do nedjelje", "2023-04-29", ref=dt.date(2023, 5, 3), lang="hr", form="weekday", span="subotu 29. travnja"),
    # https://novigrad.hr/dan-zalosti-u-subotu-26-travnja/
    c("Prema odluci Vlade RH, subota, 26. travnja 2025. godine proglašena je Danom žalosti", "2025-04-26", lang="hr", form="weekday", span="subota, 26. travnja 2025. godine"),
    c("otkazuju sve zabavne manifestacije na području Grada prethodno planirane za subotu, 26. travnja.", "2025-04-26", ref=dt.date(2025, 4, 24), lang="hr", form="weekday", span="subotu, 26. travnja"),
    # https://zagorje-international.hr/2017/04/12/uz-lokalne-izbore-odrzat-ce-se-izbori-za-clanove-mjesnih-odbora-a-pocinju-i-pripreme-za-proslavu-dana-opcine-13-svibnja
    c("donesena je jednoglasna odluka da se 21. svibnja, uz lokalne izbore, održe i izbori", "2017-05-21", ref=dt.date(2017, 4, 12), lang="hr", form="missing_year", span="21. svibnja"),
    c("Proslava bi počela u petak, 12. svibnja, tradicionalnim malonogometnim turnirom", "2017-05-12", ref=dt.date(2017, 4, 12), lang="hr", form="weekday", span="petak, 12. svibnja"),
    c("a središnja svečanost bila bi u subotu, 13. svibnja.", "2017-05-13", ref=dt.date(2017, 4, 12), lang="hr", form="weekday", span="subotu, 13. svibnja"),
    # https://jaskadanas.hr/grad/jastrebarsko-slavi-dan-grada/
    c("Jastrebarsko slavi Dan grada\n\n11.11.2015. / Nefertum IT", "2015-11-11", lang="hr", form="numeric", span="11.11.2015"),
    c("Dan grada Jastrebarskog koji se slavi 13. studenog, obilježit će se Svečanom sjednicom", "2015-11-13", ref=dt.date(2015, 11, 11), lang="hr", form="missing_year", span="13. studenog"),
    # the Croatian genitive that is Polish November: the ordinal dot reads it as October
    c("Sjednica Gradskog vijeća održat će se 15. listopada 2024. s početkom u 10 sati", "2024-10-15T10:00:00", lang="hr", form="time", span="15. listopada 2024. s početkom u 10 sati"),
])
FAILURES.extend([
    # https://jaskadanas.hr/grad/jastrebarsko-slavi-dan-grada/
    x("Svečanom sjednicom Gradskog vijeća koja će se održati u petak, u “Princess” centru s početkom u 14 sati.", "no_date", lang="hr", form="no_date"),
])
# --- member-city pages, Bulgarian ------------------------------------------------------
CASES.extend([
    # http://visit.elena.bg/en/news/item/1112-sabitiyata-v-obshtina-elena-prez-mesetz-mart
    c("15 март\n17:00 часа, зала 101 - Представяне на книгата", "2024-03-15T17:00:00", ref=dt.date(2024, 3, 1), lang="bg", form="time", span="15 март\n17:00 часа"),
    c("3 март\nЧестване на Трети март, национален празник на Република България", "2024-03-03", ref=dt.date(2024, 3, 1), lang="bg", form="missing_year", span="3 март"),
    # https://www.novjivot.info/2024/03/19/
    c("Общински детски комплекс в Крумовград организират на 21 март пролетен концерт.", "2024-03-21", ref=dt.date(2024, 3, 19), lang="bg", form="missing_year", span="21 март"),
    c("Тази година астрономическата пролет ще настъпи на 20 март в 5:06 часа.", "2024-03-20T05:06:00", ref=dt.date(2024, 3, 19), lang="bg", form="time", span="20 март в 5:06 часа"),
    c("Лятното часово време ще бъде въведено на 31 март, неделя, в 3.00 часа.", "2024-03-31T03:00:00", ref=dt.date(2024, 3, 19), lang="bg", form="time", span="31 март, неделя, в 3.00 часа"),
    # https://www.24chasa.bg/bulgaria/article/22379661
    c("Баба Марта ще пристигне с файтон във Велико Търново навръх 1 март.", "2026-03-01", ref=dt.date(2026, 2, 28), lang="bg", form="missing_year", span="1 март"),
    # https://infopleven.com/ (Долни Дъбник)
    c("Деня на българската община, който е на 12 октомври.", "2023-10-12", ref=dt.date(2023, 10, 5), lang="bg", form="missing_year", span="12 октомври"),
    # https://vestnikregion.com/category/obshtini/page/21 (WordPress "F j, Y" in Bulgarian)
    c("Тържествена заря – проверка за Освобождението\nмарт 12, 2020В навечерието", "2020-03-12", lang="bg", form="mdy", span="март 12, 2020"),
    c("на площад „Освобождение“ в с. Челопеч на 2 март бе проведена.", "2020-03-02", ref=dt.date(2020, 3, 12), lang="bg", form="missing_year", span="2 март"),
    # https://www.bozhurishte.bg/ (културен календар)
    c("гр. Божурище – „Празник на божура и цветята“ тридневен формат – 26, 27, 28 май 2023 г.", "2023-05-26", "2023-05-28", lang="bg", form="list", span="26, 27, 28 май 2023 г."),
    c("с. Хераково – 06 май 2023 г. /събота/", "2023-05-06", lang="bg", form="text", span="06 май 2023 г."),
    # https://plevenzapleven.bg/blog/2021/02/23/
    c("В Долни Дъбник ще отбележат Трети март с общоградско честване\n\n23.02.2021 14:20\n\nС общоградско", "2021-02-23T14:20:00", lang="bg", form="time", span="23.02.2021 14:20"),
    # https://bnr.bg/vidin/post/100801920/nasitena-sas-sabitia-sedmica-v-mezdra
    c("Днес от 10.00 часа на площад \"България\" ще се проведе детски празник", "2024-02-26T10:00:00", ref=dt.date(2024, 2, 26), lang="bg", form="relative", span="Днес от 10.00 часа"),
    c("На 1 март ще посрещнат баба Марта и ще изработват мартеници", "2024-03-01", ref=dt.date(2024, 2, 26), lang="bg", form="missing_year", span="1 март"),
])
FAILURES.extend([
    # https://plevenzapleven.bg/blog/2021/02/23/
    x("шествие, което ще започне в 10,30 часа от централния площад", "no_date", lang="bg", form="no_date"),
    # https://www.24chasa.bg/bulgaria/article/22379661
    x("ще дойде на площад „Велчова завера\" в 10:30 ч., откъдето ще премине през града", "no_date", lang="bg", form="no_date"),
])
# --- member-city pages, Greek ----------------------------------------------------------
CASES.extend([
    # https://enypografa.gr/ (Μαρούσι)
    c("Πέμπτη 7 Σεπτεμβρίου 2023: «24ο Φεστιβάλ Θεάτρου Σκιών Δήμου Αμαρουσίου", "2023-09-07", lang="el", form="weekday", span="Πέμπτη 7 Σεπτεμβρίου 2023"),
    c("Παρασκευή 8 Σεπτεμβρίου: «24ο Φεστιβάλ Θεάτρου Σκιών", "2023-09-08", ref=dt.date(2023, 9, 6), lang="el", form="weekday", span="Παρασκευή 8 Σεπτεμβρίου"),
    c("Κυριακή 10 Σεπτεμβρίου: Μουσική Βραδιά με την Φαμίλια Γαλάνη.", "2023-09-10", ref=dt.date(2023, 9, 6), lang="el", form="weekday", span="Κυριακή 10 Σεπτεμβρίου"),
    # https://pelop.gr/patra-anavalletai-i-christougenniatiki-eikastiki-drasi-stin-plateia-georgiou/
    c("που ήταν προγραμματισμένη να πραγματοποιηθεί σήμερα, Σάββατο 20 Δεκεμβρίου, στις 18:00, στην πλατεία Γεωργίου.", "2025-12-20T18:00:00", ref=dt.date(2025, 12, 20), lang="el", form="time", span="Σάββατο 20 Δεκεμβρίου, στις 18:00"),
    # https://truestoryradio.gr/ (Δήμος Εορδαίας)
    c("της επετείου απελευθέρωσης της πόλης της Πτολεμαΐδας (15 Οκτωβρίου 1912)", "1912-10-15", lang="el", form="text", span="15 Οκτωβρίου 1912"),
    c("συμπίπτει με τις αυτοδιοικητικές εκλογές της 8ης και 15ης Οκτωβρίου 2023.", "2023-10-08", lang="el", form="list", span="8ης και 15ης Οκτωβρίου 2023"),
    c("μετατίθεται το Σάββατο 28 Οκτωβρίου 2023 και θα συνεορταστεί", "2023-10-28", lang="el", form="weekday", span="Σάββατο 28 Οκτωβρίου 2023"),
    c("με τον εορτασμό της επετείου της 28ης Οκτωβρίου 1940.", "1940-10-28", lang="el", form="text", span="28ης Οκτωβρίου 1940"),
    # https://timeforgoodnews.gr/2024/03/
    c("Για πρώτη φορά αποκριάτικες εκδηλώσεις στο Δήμο Νέας Σμύρνης\n\n8/3/2024\n\nΓια πρώτη", "2024-03-08", lang="el", form="numeric", span="8/3/2024"),
    c("Οι εκδηλώσεις ξεκινούν το Σάββατο 9 & Κυριακή 10 Μαρτίου και ολοκληρώνονται", "2024-03-09", "2024-03-10", ref=dt.date(2024, 3, 8), lang="el", form="list", span="Σάββατο 9 & Κυριακή 10 Μαρτίου"),
    # https://dimoselassonas.gr/index.php/enimerosi-politwn/deltia-typou/5418-
    c("Δημιουργηθηκε στις Τετάρτη 13 Μαρτίου 2024 06:28", "2024-03-13T06:28:00", lang="el", form="time", span="Τετάρτη 13 Μαρτίου 2024 06:28"),
    c("Τρίτη 12 Μαρτίου και ώρα 18:30 στην Πλατεία Μικρασιατών", "2024-03-12T18:30:00", ref=dt.date(2024, 3, 13), lang="el", form="time", span="Τρίτη 12 Μαρτίου και ώρα 18:30"),
    # https://odigos-pierias.gr/
    c("ΠΡΟΓΡΑΜΜΑ ΕΟΡΤΑΣΜΟΥ ΤΩΝ ΘΕΟΦΑΝΕΙΩΝ ΤΟ ΣΑΒΒΑΤΟ 6 ΙΑΝΟΥΑΡΙΟΥ 2024", "2024-01-06", lang="el", form="weekday", span="ΣΑΒΒΑΤΟ 6 ΙΑΝΟΥΑΡΙΟΥ 2024"),
    # https://www.kosnews24.gr/koinwnika/item/270528-
    c("η υποχρεωτική αργία της 1ης Μαΐου 2024 μετατίθεται για την Τρίτη 7 Μαΐου 2024", "2024-05-01", lang="el", form="text", span="1ης Μαΐου 2024"),
    c("Την Τετάρτη 08.05.2024 επανέρχεται το κανονικό ωράριο", "2024-05-08", lang="el", form="weekday", span="Τετάρτη 08.05.2024"),
])
FAILURES.extend([
    # https://odigos-pierias.gr/
    x("Ώρα: 10:15΄: Καθαγιασμός των υδάτων στον Ιερό Ναό", "no_date", lang="el", form="no_date"),
])
# --- member-city pages, Ukrainian ------------------------------------------------------
CASES.extend([
    # https://pkrv.dp.gov.ua/news/rozporyadzhennya-miskogo-golovu-10571
    c("чергове пленарне засідання міської ради відбудеться 22 березня 2024 року у сесійній залі", "2024-03-22", lang="uk", form="text", span="22 березня 2024 року"),
    # https://pravdorub.live/ (Чигирин)
    c("Відповідно до розпорядження від 10.02.2025 №09-02-12, яке вносить зміни", "2025-02-10", lang="uk", form="numeric", span="10.02.2025"),
    c("засідання п’ятдесят восьмої сесії міської ради VIII скликання переноситься на 18 лютого 2025 року.", "2025-02-18", lang="uk", form="text", span="18 лютого 2025 року"),
    # https://rada.ekhmilnyk.gov.ua/uk/articles/item/695/
    c("не відбулася через відсутність кворуму депутатів міської ради о 10.00 годині 31.08.2017 року", "2017-08-31T10:00:00", lang="uk", form="time", span="10.00 годині 31.08.2017 року"),
    # http://www.smilamedia.org.ua/
    c("На 30 травня заплановано 70-у сесію міської ради.", "2019-05-30", ref=dt.date(2019, 5, 25), lang="uk", form="missing_year", span="30 травня"),
    # https://orda.in.ua/cherkasciv-zaproshyut-na-obgovorennia-miskogo-budjety-na-2024-rik/
    c("Завтра, 16 грудня, у Черкасах відбудуться громадські обговорення бюджету", "2023-12-16", ref=dt.date(2023, 12, 15), lang="uk", form="relative", span="16 грудня"),
    # https://slavutych.info/news/
    c("7 березня 2025 року о 16:00 у Кіноконцертному комплексі міський голова Славутича", "2025-03-07T16:00:00", lang="uk", form="time", span="7 березня 2025 року о 16:00"),
    # https://pravdorub.live/ (Миколаїв)
    c("🏫 23 листопада відбудеться чергова сесія Миколаївської міської ради", "2023-11-23", ref=dt.date(2023, 11, 20), lang="uk", form="missing_year", span="23 листопада"),
    c("Миколаївська міська рада готується до чергової сесії, яка відбудеться 23 листопада 2023 року.", "2023-11-23", lang="uk", form="text", span="23 листопада 2023 року"),
    c("Завтра", "2023-11-21", ref=dt.date(2023, 11, 20), lang="uk", form="relative"),
])
FAILURES.extend([
    # https://pkrv.dp.gov.ua/news/rozporyadzhennya-miskogo-golovu-10571
    x("реєстрація депутатів міської ради – з 12.30,\nпленарне засідання міської ради – о 13.00.", "no_date", lang="uk", form="no_date"),
    x("Завтра", "missing_reference", lang="uk", form="relative"),
])
# --- member-city pages, Danish and Norwegian -------------------------------------------
CASES.extend([
    # https://blovstroed.squarespace.com/blog-nyheder/2023/9/10/kom-til-bent-hus-p-rdhuset
    c("På lørdag den 23. september holder kommunen åbent hus for alle borgere.", "2023-09-23", ref=dt.date(2023, 9, 10), lang="da", form="weekday", span="lørdag den 23. september"),
    # http://blovstroed.dk/blog-nyheder/2018/2/19/velkomstmde-for-nye-borgere-14-april
    c("Lørdag, den 14. april åbner rådhuset for nye tilflyttere til kommunen", "2018-04-14", ref=dt.date(2018, 2, 19), lang="da", form="weekday", span="Lørdag, den 14. april"),
    # https://blovstroed.dk/blog-nyheder/2016/4/3/velkomstmde-p-rdhuset
    c("Det foregår lørdag, den 30. april på Allerød Rådhus.", "2016-04-30", ref=dt.date(2016, 4, 3), lang="da", form="weekday", span="lørdag, den 30. april"),
    # https://sn.dk/Fredensborg/Aflysning-AEldre-Sagen-faar-ikke-lov-til-at-holde-aarsmoede/artikel/922273
    c("Kommunen ønsker ikke at stille lokale til rådighed for Ældresagens arrangement i dag den 10.3.", "2020-03-10", ref=dt.date(2020, 3, 10), lang="da", form="relative", span="10.3."),
    # https://sn.dk/Koege/Politikerne-er-ogsaa-sendt-hjem-Byraadsmoedet-i-marts-aflyses/artikel/925381
    c("Det byrådsmøde, der var planlagt til den 24. marts, er aflyst.", "2020-03-24", ref=dt.date(2020, 3, 13), lang="da", form="missing_year", span="24. marts"),
    # https://sermersooq.gl/da/agenda_item/datosaetning-for-et-borgermoede/
    c("samt redegøre for valg til Lokaludvalget onsdag den 26. maj 2021.", "2021-05-26", lang="da", form="weekday", span="onsdag den 26. maj 2021"),
    c("Det er besluttet at borgermødet afholdes 12. maj 2021 kl. 19-21 i forsamlingshuset.", "2021-05-12T19:00:00", "2021-05-12T21:00:00", lang="da", form="time", span="12. maj 2021 kl. 19-21"),
    # https://www.ibestad.kommune.no/kulturhuset-markering-av-ettaarsdagen-for-invasjonen-av-ukraina.6586450-108408.html
    c("Arrangementet gjennomføres fredag 24. februar klokken 1230.", "2023-02-24T12:30:00", ref=dt.date(2023, 2, 20), lang="no", form="time", span="fredag 24. februar klokken 1230"),
    # https://heroyfjerdingen.no/aapent-hus-til-klokken-18.5203465-255536.html
    c("I dag er det åpent hus på rådhuset fram til klokken 18", "2021-09-01", ref=dt.date(2021, 9, 1), lang="no", form="relative", span="I dag"),
])
FAILURES.extend([
    # https://blovstroed.squarespace.com/blog-nyheder/2023/9/10/kom-til-bent-hus-p-rdhuset
    x("Arrangementet varer to timer fra kl. 13:00 til 15.00.", "no_date", lang="da", form="no_date"),
    # https://www.ibestad.kommune.no/kulturhuset-markering-av-ettaarsdagen-for-invasjonen-av-ukraina.6586450-108408.html
    x("1230 - Velkommen og appell ved ordfører.\n1235 - Appell ved ukrainsk flyktning.", "no_date", lang="no", form="no_date"),
])
# --- member-city pages, Icelandic ------------------------------------------------------
CASES.extend([
    # https://borgarbokasafn.is/vidburdir/spjall-og-umraedur/hverfadagar-borgarstjora-kaffi-og-spjall
    c("Hverfadagar borgarstjóra | Kaffi og spjall\nFimmtudagur 29. janúar 2026\nHverfadagar", "2026-01-29", lang="is", form="weekday", span="Fimmtudagur 29. janúar 2026"),
    c("Hverfadagar borgarstjóra verða í Háaleiti og Bústöðum dagana 26.-30. janúar 2026", "2026-01-26", "2026-01-30", lang="is", form="range", span="26.-30. janúar 2026"),
    c("Kaffi og spjall í Borgarbókasafninu í Kringlunni fimmtudaginn 29. janúar kl. 17", "2026-01-29T17:00:00", ref=dt.date(2026, 1, 20), lang="is", form="time", span="fimmtudaginn 29. janúar kl. 17"),
    # https://kgeysir.is/10-okt/
    c("by kgeysir · 9. október, 2017 Hátíðardagskrá 2017 Mæting við Ráðhús Reykjavíkur kl. 15:30", "2017-10-09", lang="is", form="text", span="9. október, 2017"),
    # https://reykjavik.is/frettir/reykjavik-brot-af-thvi-besta
    c("Opinn fundur verður haldinn í Ráðhúsi Reykjavíkur frá klukkan 9:00 til 12:30 föstudaginn 12. janúar næstkomandi.", "2024-01-12T09:00:00", "2024-01-12T12:30:00", ref=dt.date(2024, 1, 5), lang="is", form="time", span="9:00 til 12:30 föstudaginn 12. janúar"),
    # http://tungumalatorg.is/isa/2012/05/04/fjolmenningardagurinn/
    c("Laugardaginn 12. maí verður haldinn hátíðlegur í fjórða sinn Fjölmenningardagur Reykjavíkurborgar.", "2012-05-12", ref=dt.date(2012, 5, 4), lang="is", form="weekday", span="Laugardaginn 12. maí"),
    # https://midborgin.is/2017/06/
    c("N.k. laugardag, 10.júní er árlegur Fiskisúpudagur í miðborginni", "2017-06-10", ref=dt.date(2017, 6, 5), lang="is", form="missing_year", span="10.júní"),
    # https://www.reykjanesbaer.is/is/stjornsysla/stjornsyslan/fundargerdir/baejarstjorn/700-fundur
    c("700. fundur\n\n16.06.2025 17:00\n\n700. fundur bæjarstjórnar", "2025-06-16T17:00:00", lang="is", form="time", span="16.06.2025 17:00"),
    c("700. fundur bæjarstjórnar Reykjanesbæjar, haldinn í Stapa, Hljómahöll, 16. júní 2025, kl. 17:00", "2025-06-16T17:00:00", lang="is", form="time", span="16. júní 2025, kl. 17:00"),
    c("1. Fundargerðir bæjarráðs 5. og 12. júní 2025 (2025010003)", "2025-06-05", lang="is", form="list", span="5. og 12. júní 2025"),
])
FAILURES.extend([
    # https://hotelcabin.is/menningarnott
    x("Hvenær: 13:00 – 23:00\nHvar: miðborg Reykjavíkur", "no_date", lang="is", form="no_date"),
])
# --- member-city pages, Turkish --------------------------------------------------------
CASES.extend([
    # https://www.belediye365.com/haber/izmit-belediyesi-hidirellez-senlikleri-icin-servis-kaldiracak-59703.html
    c("İZMİT BELEDİYESİ HIDIRELLEZ ŞENLİKLERİ İÇİN SERVİS KALDIRACAK\n\nCHP 5.05.2023 21:17:15 0", "2023-05-05T21:17:15", lang="tr", form="time", span="5.05.2023 21:17:15"),
    c("Programların yapılacağı 5-6-7 Mayıs tarihlerinde vatandaşlar için saat 09.00’da Ncity arkasında", "2023-05-05", "2023-05-07", ref=dt.date(2023, 5, 5), lang="tr", form="range", span="5-6-7 Mayıs tarihlerinde vatandaşlar için saat 09.00"),
    c("Program kapsamında 5 Mayıs Cuma günü (Yarın) Mecidiye Köyü’nde", "2023-05-05", ref=dt.date(2023, 5, 4), lang="tr", form="weekday", span="5 Mayıs Cuma"),
    c("6 Mayıs Cumartesi günü Bayraktar Köyü’nde ve 7 Mayıs Pazar günü Balören Köyü’nde", "2023-05-06", ref=dt.date(2023, 5, 4), lang="tr", form="weekday", span="6 Mayıs Cumartesi"),
    # https://www.basakgazetesi.com/haber/kirsal-mahallelerde-senlik-havasi-basliyor-667662.html
    c("etkinliklerimizin ilki 26 Ağustos Cuma günü Gesi, Kayabağ Mahallesi Gesi Mesire Alanı’nda başlıyor.", "2022-08-26", ref=dt.date(2022, 8, 22), lang="tr", form="weekday", span="26 Ağustos Cuma"),
    c("Güncel 22.08.2022 16:25:40 0", "2022-08-22T16:25:40", lang="tr", form="time", span="22.08.2022 16:25:40"),
    # https://bayrampasagundem.com/haber/bayrampasa-bu-bahar-yine-feslegen-kokuyor-15630.html
    c("Cevatpaşa Mahallesi´nde başlayan fesleğen dağıtım etkinliği 15 Mayıs Salı gününe kadar sürecek.", "2018-05-15", ref=dt.date(2018, 5, 8), lang="tr", form="weekday", span="15 Mayıs Salı"),
    c("FESLEĞEN DAĞITIM PROGRAMI\n8 Mayıs Salı Kocatepe ve Vatan mahalleleri", "2018-05-08", ref=dt.date(2018, 5, 8), lang="tr", form="weekday", span="8 Mayıs Salı"),
    c("Muratpaşa Mahallesi\nİstanbul\n22.11.2024", "2024-11-22", lang="tr", form="numeric", span="22.11.2024"),
    # https://ilkses.com.tr/izmir/ot-bayrami-ile-bahara-merhaba-demeye-hazir-misiniz-393322
    c("- İzmir\n- 12.03.2025 16:52\nUrla Belediyesi tarafından", "2025-03-12T16:52:00", lang="tr", form="time", span="12.03.2025 16:52"),
    c("Bu yıl 22 Mart Cumartesi ve 23 Mart Pazar günleri düzenlenecek olan bayramda", "2025-03-22", "2025-03-23", ref=dt.date(2025, 3, 12), lang="tr", form="list", span='Bu yıl 22 Mart Cumartesi ve 23 Mart Pazar'),
])
FAILURES.extend([
    # https://ilkses.com.tr/izmir/ot-bayrami-ile-bahara-merhaba-demeye-hazir-misiniz-393322
    x("“Mart Dokuzu” geleneği 2010 yılından beri Urla Belediyesi öncülüğünde", "no_date", lang="tr", form="no_date"),
    # https://www.belediye365.com/haber/izmit-belediyesi-hidirellez-senlikleri-icin-servis-kaldiracak-59703.html
    x("Servisler köylerden saat 15.00’da dönüş için hareket edecek.", "no_date", lang="tr", form="no_date"),
])
# --- member-city pages, Irish and English (Dublin City Council) ------------------------
CASES.extend([
    # http://www.dublincity.ie/notification-annual-meeting
    c("Tionólfar cruinniú cinn bhliana Chomhairle Cathrach Bhaile Átha Cliath, Dé hAoine 7 Meitheamh, 2019, ar 5.00 p.m., i Halla na Cathrach", "2019-06-07T17:00:00", lang="ga", form="time", span="hAoine 7 Meitheamh, 2019, ar 5.00 p.m."),
    c("an chéad chruinniú den chomhairle nuathofa i ndiaidh na dtoghchán áitiúil ar an 24 Bealtaine 2019.", "2019-05-24", lang="ga", form="text", span="24 Bealtaine 2019"),
    c("The Annual Meeting of Dublin City Council will convene on Friday 7th June, 2019 at 5.00 p.m. in City Hall, Cork Street", "2019-06-07T17:00:00", form="time", span="Friday 7th June, 2019 at 5.00 p.m."),
    c("This meeting is the first meeting of the newly elected council following the local elections held on 24th May 2019.", "2019-05-24", form="ordinal", span="24th May 2019"),
    # https://dublincity.public-i.tv/core/portal/webcast_interactive/852980
    c("Monthly Council Meeting - Monday 4 March 2024, 6:15pm - Dublin City Council Webcasting", "2024-03-04T18:15:00", form="time", span="Monday 4 March 2024, 6:15pm"),
    c("Monthly Council Meeting\nMonday, 4th March 2024 at 6:15pm \n\nAgenda", "2024-03-04T18:15:00", form="time", span="Monday, 4th March 2024 at 6:15pm"),
    c("4 Miontuairiscí Chruinniú na Comhairle Cathrach a tionóladh ar an 12 Feabhra 2024 a dheimhniú.", "2024-02-12", lang="ga", form="text", span="12 Feabhra 2024"),
    c("To confirm the minutes of the City Council Meeting held on 12th February 2024.", "2024-02-12", form="ordinal", span="12th February 2024"),
    # https://councilmeetings.dublincity.ie/ieIssueDetails.aspx?IId=31937&Opt=3
    c("Issue - meetings\n\nMeeting: 02/10/2023 - Monthly Council Meeting (Item 1)", "2023-10-02", form="numeric", span="02/10/2023"),
])
FAILURES.extend([
    # https://councilmeetings.dublincity.ie/ieIssueDetails.aspx?IId=31937&Opt=3
    x("it was his intension to hold the March 2024 Council meeting in Irish", "partial", form="partial"),
    # http://www.clarecoco.ie/ga/your-council/meetings/how-meetings-work/conas-a-fheidhm-onn-cruinnithe-na-comhairle.html
    x("cuirtear tús leis na cruinnithe sin ar 3:45i.n. (nó am ar bith eile)", "no_date", lang="ga", form="no_date"),
    # https://waterfordcouncil.ie/ga/comhairle/cumeraigh.htm
    x("Eagraítear cruinnithe rialta ar an gceathrú Luan de gach mí (seachas Lúnasa).", "no_date", lang="ga", form="no_date"),
])
# --- member-city pages, Maltese --------------------------------------------------------
CASES.extend([
    # http://kercemgozo.com/news_details.asp?id=WVJB
    c("Nhar il-Gimgha 1 ta' Mejju 2015, beda jiffunzjona is-seba' Kunsill tal-lokalita' Ta' Kercem.", "2015-05-01", lang="mt", form="weekday", span="Gimgha 1 ta' Mejju 2015"),
    c("Dan wara li fl-1 ta' Gunju tal-1994 beda l-ewwel Kunsill fir-rahal Ta' Kercem.", "1994-06-01", lang="mt", form="text", span="1 ta' Gunju tal-1994"),
    # http://www.xaghra.com/article/2017/03/laqgha-tal-kunsill-lokali-marzu-2017/
    c("Ser issir laqgħa tal-Kunsill Lokali tax-Xagħra nhar it-Tnejn 13 ta’ Marzu 2017 fil-5.30pm fl-uffiċċju amministrattiv tal-Kunsill.", "2017-03-13T17:30:00", lang="mt", form="time", span="Tnejn 13 ta’ Marzu 2017 fil-5.30pm"),
    # http://eulocal.eu/mt/marsaskala-mt/
    c("May 15, 2018\n\nMarsaskala – Malta", "2018-05-15", lang="mt", form="mdy", span="May 15, 2018"),
    # http://www.fontanagozo.com/2017/03/02/avviz-01-2017/
    c("Wieħed jista’ japplika sa mhux iktar tard mit-30 t’April 2017 u din hija fuq bazi ta first come, first served.", "2017-04-30", lang="mt", form="text", span="30 t’April 2017"),
    c("Dan il-proġett se jsir fl-iskola primarja tax-Xagħra minn l-1 ta’ Marzu sa nofs Mejju.", "2017-03-01", ref=dt.date(2017, 3, 2), lang="mt", form="missing_year", span="1 ta’ Marzu"),
    # http://birgu.gov.mt/content/minuti-tal-laqgha-nru-0307
    c("ltaqa` ghall-Laqgha Numru 3 (07) fl-Ufficini Amministrattivi tal-Kunsill fil-Berga ta` Franza nhar it-Tnejn 18 ta’ Mejju, 2015 fis-sitta ta’ filghaxija (6:00pm)", "2015-05-18T18:00:00", lang="mt", form="weekday", span="Tnejn 18 ta’ Mejju, 2015 fis-sitta ta’ filghaxija"),
    c("Prezentazzjoni u Approvazzjoni tar-Rapport Finanzjarju Finali ghas-Sena li Nalghqet fil-31 ta’ Dicembru, 2014", "2014-12-31", lang="mt", form="text", span="31 ta’ Dicembru, 2014"),
])
FAILURES.extend([
    # http://birgu.gov.mt/content/minuti-tal-laqgha-nru-0307
    x("Qari u Approvazzjoni tal-Minuti tal-Laqgha  No 2(07)", "no_date", lang="mt", form="no_date"),
    # https://netnews.com.mt/2020/06/12/tissokta-l-hidma-fsan-lawrenz/
    x("Dan il-proġett jifforma parti minn wieħed aktar li l-Kunsill Lokali ilu jaħdem qatigħ ‘il fuq minn sena", "no_date", lang="mt", form="no_date"),
])
# --- more of the same pages: list and calendar forms -----------------------------------
CASES.extend([
    # https://kedzierzynkozle.pl/pl/aktualnosc/o-miescie-przez-pryzmat-osiedli
    c("Events of the day 5 lipiec 2024 (piątek)", "2024-07-05", lang="pl", form="weekday", span="5 lipiec 2024 (piątek)"),
    c("Events of the day 28 luty 2026 (sobota)", "2026-02-28", lang="pl", form="weekday", span="28 luty 2026 (sobota)"),
    # https://www.bozhurishte.bg/
    c("с. Пожарево – 24 май 2023 г. /сряда/", "2023-05-24", lang="bg", form="text", span="24 май 2023 г."),
    c("с. Храбърско – 02 септември 2023 г. /събота/", "2023-09-02", lang="bg", form="text", span="02 септември 2023 г."),
    # https://www.banskabystrica.sk/aktuality/2022/mesto-pocas-vikendu-ozije-mikulasskou-naladou/
    c("Utorok 6.12.2022: Námestie SNP o 17:00 hod.", "2022-12-06T17:00:00", lang="sk", form="time", span="Utorok 6.12.2022: Námestie SNP o 17:00 hod."),
    # https://bayrampasagundem.com/haber/bayrampasa-bu-bahar-yine-feslegen-kokuyor-15630.html
    c("10 Mayıs Perşembe Kartaltepe ve Orta Mahalle", "2018-05-10", ref=dt.date(2018, 5, 8), lang="tr", form="weekday", span="10 Mayıs Perşembe"),
    c("14 Mayıs Pazartesi Altıntepsi ve İsmetpaşa mahalleleri", "2018-05-14", ref=dt.date(2018, 5, 8), lang="tr", form="weekday", span="14 Mayıs Pazartesi"),
    # https://tallinnakeskhaigla.ee/en/search?page=%2C16
    c("On 10 March, the photo exhibition \"I Choose Life\" will open on Vabaduse Square.", "2023-03-10", ref=dt.date(2023, 3, 5), form="missing_year", span="10 March"),
    c("From 1 March, parents in Tallinn will be able to submit applications", "2023-03-01", ref=dt.date(2023, 2, 20), form="missing_year", span="1 March"),
    c("The exhibition will be open until 25 March.", "2023-03-25", ref=dt.date(2023, 3, 5), form="missing_year", span="25 March"),
    # https://www.kosnews24.gr/koinwnika/item/270528-
    c("Με την με αριθμό 15102/26-02-2024 (ΦΕΚ Β' 1406/04-03-2024) απόφαση της Υπουργού Εργασίας", "2024-02-26", lang="el", form="numeric", span="26-02-2024"),
])
# --- a fresh batch, read before any change: EUROCITIES, French and Italian councils ----
CASES.extend([
    # https://staging.eurocities.eu/events/join-us-at-the-european-week-of-regions-and-cities-2023
    c("the 21st European Week of Regions and Cities, taking place in Brussels from 9 – 12 October.", "2023-10-09", "2023-10-12", ref=dt.date(2023, 9, 20), form="range", span="from 9 – 12 October"),
    c("Tuesday, 10 October 2023\nMayors’ Agenda for Cities and the EU: Priorities and Challenges Moving Forward\n09:00 – 11:00, European Parliament", "2023-10-10", form="weekday", span="Tuesday, 10 October 2023"),
    c("Workshop: Towards long-term solutions for displaced people from Ukraine\nTuesday 10 October, 17.00-18.00, Jacques Delors building, JDE 52", "2023-10-10T17:00:00", "2023-10-10T18:00:00", ref=dt.date(2023, 9, 20), form="time", span="Tuesday 10 October, 17.00-18.00"),
    # https://eurocities.eu/?p=14438
    c("Where: Meeting of the Urban Intergroup in the European Parliament, Room ASP 3E2\nWhen: 10 October, 09:00 – 11:00", "2023-10-10T09:00:00", "2023-10-10T11:00:00", ref=dt.date(2023, 9, 20), form="time", span="10 October, 09:00 – 11:00"),
    c("The event will take place in the European Parliament on Tuesday 10 October, from 09:00 – 11:00, in Room ASP 3E2.", "2023-10-10T09:00:00", "2023-10-10T11:00:00", ref=dt.date(2023, 9, 20), form="time", span="Tuesday 10 October, from 09:00 – 11:00"),
    # https://www.trami5missions.eu/taxonomy/term/4
    c("\"Mission in Progress: Climate-Neutral and Smart Cities Conference 2023\" on 26-27 June.", "2023-06-26", "2023-06-27", ref=dt.date(2023, 5, 10), form="range", span="26-27 June"),
    c("We would kindly ask you to confirm your attendance to the Cities Mission Conference by 5 June 2023.", "2023-06-05", form="text", span="5 June 2023"),
    # https://docplayer.fr/amp/2962874-Proces-verbal-seance-du-conseil-municipal-du-26-mai-2014.html
    c("Procès Verbal Séance du Conseil Municipal du 26 mai 2014", "2014-05-26", lang="fr", form="text", span="26 mai 2014"),
    c("Commune de SENAN Séance du 8 septembre Séance du lundi 8 septembre A 20 h 30, Monsieur Gérard CHAT, Maire", "2014-09-08", ref=dt.date(2014, 9, 10), lang="fr", form="missing_year", span="8 septembre"),
    c("Nbre de membres en exercice : 53 Quorum : 27 Date de la convocation : 03/12/2013 Affichée le : 18/12/2013", "2013-12-03", lang="fr", form="numeric", span="03/12/2013"),
    c("RÉUNION DU CONSEIL MUNICIPAL DU JEUDI 20 DECEMBRE 2012", "2012-12-20", lang="fr", form="weekday", span="JEUDI 20 DECEMBRE 2012"),
    c("DECISIONS DU CONSEIL MUNICIPAL DU 21 OCTOBRE 2010 A 18 H 35", "2010-10-21T18:35:00", lang="fr", form="time", span="21 OCTOBRE 2010 A 18 H 35"),
    # https://menerval.blogspot.com
    c("lundi 12 octobre 2020\n\nRéunion de Conseil", "2020-10-12", lang="fr", form="weekday", span="lundi 12 octobre 2020"),
    c("le Conseil Municipal se réunira à la Mairie, en séance publique, le Jeudi 22 octobre 2020, à 20 heures 30", "2020-10-22T20:30:00", lang="fr", form="time", span="Jeudi 22 octobre 2020, à 20 heures 30"),
    c("Date de convocation : 9 Septembre 2020\n\nSecrétaire de séance : M. CORDIER", "2020-09-09", lang="fr", form="text", span="9 Septembre 2020"),
    # https://ecotaylolme.fr/fr/rp/518052/738532/conseil-municipal-du-6-novembre-2024
    c("17/01/2025\n\nLe Conseil Municipal s'est réuni mercredi 6 novembre 2024 en salle du conseil", "2025-01-17", lang="fr", form="numeric", span="17/01/2025"),
    c("Le Conseil Municipal s'est réuni mercredi 6 novembre 2024 en salle du conseil", "2024-11-06", lang="fr", form="weekday", span="mercredi 6 novembre 2024"),
    c("Considérant le décès de Monsieur Norbert Jean DUCLOS en date du 31 août 2024 ;", "2024-08-31", lang="fr", form="text", span="31 août 2024"),
    # https://saintjeansurreyssouze.fr/le-calendrier-des-seances/
    c("Calendrier 2023 :\n\n24 janvier 2023 à 20 h 30\n\n21 février 2023 à 20 h 30", "2023-01-24T20:30:00", lang="fr", form="time", span="24 janvier 2023 à 20 h 30"),
    # https://www.ville-cuincy.fr/mairie/conseil-municipal/ordre-du-jour-et-compte-rendu-des-seances-municipales/page-5
    c("Séance publique du Conseil Municipal : Lundi 1er décembre à 18h00 - Salle du conseil en mairie", "2025-12-01T18:00:00", ref=dt.date(2025, 11, 20), lang="fr", form="time", span="Lundi 1er décembre à 18h00"),
    # http://www.mairie-saclas.fr/pv12.htm
    c("Compte rendu du conseil municipal du 18 novembre 2008\n\nimprimer le texte", "2008-11-18", lang="fr", form="text", span="18 novembre 2008"),
    # https://www.comune.urbino.pu.it/novita/n/comunicato/convocazione-seduta-del-consiglio-comunale-593
    c("convoca in via D'urgenza il consiglio comunale in prima convocazione per il giorno Giovedì 20-11-2025 alle ore 17:00 presso la sala Serpieri", "2025-11-20T17:00:00", lang="it", form="time", span="Giovedì 20-11-2025 alle ore 17:00"),
    # http://www.salernotoday.it/politica/agropoli-rinvio-consiglio-comunale-16-dicembre-2019.html
    c("si è deciso di fare una nuova convocazione per il giorno 16 dicembre, alle 16.", "2019-12-16T16:00:00", ref=dt.date(2019, 12, 10), lang="it", form="time", span="16 dicembre, alle 16"),
    # http://www.strill.it/archivio/notizie-archivio/2018/06/crotone-convocato-il-consiglio-comunale-per-il-29-giugno-3/
    c("in sessione straordinaria – seduta pubblica, che avrà luogo venerdì 29 giugno 2018, alle ore 17:30 nella sala consiliare", "2018-06-29T17:30:00", lang="it", form="time", span="venerdì 29 giugno 2018, alle ore 17:30"),
    # https://cefalunews.org/2025/09/27/convocazione-consiglio-comunale-di-cefalu-in-sessione-straordinaria-ed-urgente-6/
    c("ha convocato il Consiglio Comunale in sessione straordinaria e urgente e in forma mista per Lunedì 29 settembre 2025 alle ore 20,00 presso la Sala delle Capriate", "2025-09-29T20:00:00", lang="it", form="time", span="Lunedì 29 settembre 2025 alle ore 20,00"),
    c("Proposta di Consiglio comunale n. 74 del 04.09.2025.", "2025-09-04", lang="it", form="numeric", span="04.09.2025"),
    # https://www.comunedicollepasso.le.it/servizi/atti-e-pubblicazioni/convocazione-consiglio-comunale/
    c("Il Consiglio Comunale è stato convocato, in sessione straordinaria , ed in prima convocazione, per lunedì 30 NOVEMBRE 2020, alle ore 16.30, con proseguio", "2020-11-30T16:30:00", lang="it", form="time", span="lunedì 30 NOVEMBRE 2020, alle ore 16.30"),
    c("con decisione assunta in sede di conferenza dei capigruppo del 24.11.2020, considerata l'attuale fase", "2020-11-24", lang="it", form="numeric", span="24.11.2020"),
    # https://www.comune.cinisello-balsamo.mi.it/sol/spip.php?connect=sito&id_article=40337&page=article
    c("Il Consiglio Comunale è convocato per i giorni 13 e 20 ottobre 2025, secondo il seguente calendario", "2025-10-13", lang="it", form="list", span="13 e 20 ottobre 2025"),
    c("lunedì 13 ottobre 2025 alle ore 20:45\nlunedì 20 ottobre 2025 alle ore 20:45.", "2025-10-13T20:45:00", lang="it", form="time", span="lunedì 13 ottobre 2025 alle ore 20:45"),
    c("il C.C. si terrà in seduta di 2ª convocazione il giorno giovedì 16 ottobre 2025 alle ore 20.45.", "2025-10-16T20:45:00", lang="it", form="time", span="giovedì 16 ottobre 2025 alle ore 20.45"),
])
FAILURES.extend([
    # https://darmannes.fr/ma-mairie/prochain-conseil
    x("Le prochain conseil aura lieu le :\n\nen décembre ,  à 20h00  à la salle du conseil à la mairie.", "no_date", lang="fr", form="no_date"),
    # http://www.mairie-saclas.fr/pv12.htm
    x("- 13/2008 : Bail SMG en vue de la location d’un hangar avenue Jean Jaurès – Loyer mensuel : 1.620,69 €,", "no_date", lang="fr", form="no_date"),
    # https://comuni-italiani.it/statuto/013/075/a45.html
    x("il Consiglio Comunale può essere convocato con un preavviso di almeno 24 ore.", "no_date", lang="it", form="no_date"),
])
# --- a fresh batch, read before any change: Dutch, Portuguese and Swedish councils -----
CASES.extend([
    # https://bestuur.gooisemeren.nl/gemeenteraad/vergaderschema
    c("Vergaderschema\nVergaderdataPolitieke AvondGemeenteraad\n11 december 2024Uitloop/verdieping 8", "2024-12-11", lang="nl", form="text", span="11 december 2024"),
    c("Dinsdag 27 mei 2025Plenair beeldvorming Jaarstukken en Voortgangsverslag 1", "2025-05-27", lang="nl", form="weekday", span="Dinsdag 27 mei 2025"),
    # https://www.smallingerland.nl/Nieuwsarchief/Installatie_nieuwe_raad_in_vergadering_op_30_maart
    c("De nieuwe gemeenteraad wordt in een bijzondere vergadering op woensdag 30 maart geïnstalleerd. De vergadering begint om 19.00 uur.", "2022-03-30", ref=dt.date(2022, 3, 20), lang="nl", form="weekday", span="woensdag 30 maart"),
    # https://www.groenrotselaar.be/nieuws?page=36
    c("13 Mei 2008\nIedereen welkom op de gemeenteraad", "2008-05-13", lang="nl", form="text", span="13 Mei 2008"),
    # https://www.geldrop-mierlo.nl/vergaderingen
    c("Op 7 april wordt besproken hoe we omgaan met de commissievergaderingen van april", "2020-04-07", ref=dt.date(2020, 3, 20), lang="nl", form="missing_year", span="7 april"),
    # http://www.cm-penacova.pt/pt/pages/calendarioreunioescamara
    c("Na primeira reunião da Câmara Municipal para o mandato de 2021-2025, realizada em 21/10/2020, foi deliberado", "2020-10-21", lang="pt", form="numeric", span="21/10/2020"),
    # https://camarasaoroque.sp.gov.br/?p=2698
    c("será transferida, na próxima semana, para quinta-feira, dia 11 de fevereiro em virtude do ponto facultativo", "2021-02-11", ref=dt.date(2021, 2, 5), lang="pt", form="weekday", span="quinta-feira, dia 11 de fevereiro"),
    # https://cotia.sp.leg.br/noticias/5a-sessao-ordinaria-e-nesta-sexta-feira-na-camara-municipal
    c("a alteração da data da 5ª Sessão Ordinária para próxima sexta-feira, dia 4 de março. A reunião inicia às 10 horas", "2022-03-04T10:00:00", ref=dt.date(2022, 2, 25), lang="pt", form="time", span="sexta-feira, dia 4 de março. A reunião inicia às 10 horas"),
    # https://noticiarioweb.com.br/noticias/ler/18359/
    c("as sessõe ordinárias acontecerão nesta terça-feira (13) e 27/05, às 19:00 horas.", "2025-05-13T19:00:00", ref=dt.date(2025, 5, 10), lang="pt", form="list", span="terça-feira (13) e 27/05, às 19:00 horas"),
    # https://www.cotiaecia.com.br/2024/12/ferias-vista-vereadores-de-cotia.html
    c("determina que a sessão legislativa anual seja realizada de 1º de fevereiro a 30 de junho, e de 1º de agosto a 15 de dezembro.", "2025-02-01", "2025-06-30", ref=dt.date(2024, 12, 20), lang="pt", form="range_months", span="de 1º de fevereiro a 30 de junho"),
    c("Os 17 vereadores eleitos em outubro tomarão posse em 1º de janeiro do ano que vem.", "2025-01-01", ref=dt.date(2024, 12, 20), lang="pt", form="missing_year", span="1º de janeiro"),
    # https://www.tvandradas.com.br/2023/01/31/
    c("A 1ª Sessão Ordinária deste ano está marcada para o dia 7 de fevereiro.", "2023-02-07", ref=dt.date(2023, 1, 31), lang="pt", form="missing_year", span="7 de fevereiro"),
    # https://moderaternalinkoping.se/det-hande-pa-fullmaktige-i-mars/
    c("27 mars, 2024\n\nDet hände på fullmäktige i mars", "2024-03-27", lang="sv", form="text", span="27 mars, 2024"),
    c("På kommunfullmäktiges sammanträde den 26 mars 2024 låg stort fokus på", "2024-03-26", lang="sv", form="text", span="26 mars 2024"),
    # https://www.lerum.se/Kommun-och-politik/kommunfullmaktiges-mote-den-17-mars-ar-installt/
    c("Publiceringsdatum : 2020-03-16\n\nKommunfullmäktiges presidium", "2020-03-16", lang="sv", form="iso", span="2020-03-16"),
    c("Kommunfullmäktiges presidium har beslutat att ställa in sammanträdet för kommunfullmäktige i morgon den 17 mars.", "2020-03-17", ref=dt.date(2020, 3, 16), lang="sv", form="relative", span="17 mars"),
    # https://malmo.se/ (Kommunfullmäktiges sammanträden)
    c(" • 21 juni (onsdag)\n • 31 augusti", "2023-06-21", ref=dt.date(2023, 1, 10), lang="sv", form="weekday", span="21 juni (onsdag)"),
    c(" • 1-2 november (onsdag-torsdag, heldagar, budget)", "2023-11-01", "2023-11-02", ref=dt.date(2023, 8, 1), lang="sv", form="range", span="1-2 november"),
    # https://www.soderhamn.se/sidor/arkiv/nyhetsarkiv/nyheter/2025-01-20-kommunfullmaktige-27-januari-stalls-in.html
    c("beslutat att ställa in kommunfullmäktiges sammanträde den 27 januari 2025 med anledning av", "2025-01-27", lang="sv", form="text", span="27 januari 2025"),
    # https://harnosand.se/
    c("Kommunfullmäktiges sammanträde 2020-03-30\n\nHär kan du se sammanträdet i eftersändning.", "2020-03-30", lang="sv", form="iso", span="2020-03-30"),
    # https://www.sundbyberg.se/
    c("Kommunfullmäktige sammanträder måndagen den 28 november. Du kan följa sammanträdet via webben.", "2022-11-28", ref=dt.date(2022, 11, 24), lang="sv", form="weekday", span="måndagen den 28 november"),
    # https://kungsmadskolan.se/
    c(" • 7 juni (startar 9.00)\n • 18 oktober, konstituerande", "2022-06-07T09:00:00", ref=dt.date(2022, 1, 10), lang="sv", form="time", span="7 juni (startar 9.00)"),
])
FAILURES.extend([
    # https://gemeenteraad.venlo.nl/hoe-werkt-de-raad
    x("De gemeenteraad vergadert op woensdag in het Stadhuis. De vergaderingen beginnen om 19.00 uur.", "no_date", lang="nl", form="no_date"),
    # https://haarlem.christenunie.nl/agenda
    x("De gemeenteraad vergadert doorgaans op donderdag 1x per vier weken van 19.30-23 uur.", "no_date", lang="nl", form="no_date"),
    x("Week 1: 17-23 uur Commissie Ontwikkeling en Commissie Samenleving", "no_date", lang="nl", form="no_date"),
    # https://www.cm-sabugal.pt/tipo-reuniao/reunioes-de-camara/
    x("As reuniões do Executivo realizam-se quinzenalmente, com início às 10h00", "no_date", lang="pt", form="no_date"),
    # https://www.sundbyberg.se/
    x("Interpellationer besvaras mellan klockan 17.00 och 18.00. Sammanträdet startar klockan 18.00.", "no_date", lang="sv", form="no_date"),
])
# --- a fresh batch, read before any change: English, German and Czech councils ---------
CASES.extend([
    # https://www.santa-ana.org/event/city-council-meeting-09-01-2020/
    c("Our next City Council meeting will take place on Tuesday, September 1 and will begin at 5:45 p.m.", "2020-09-01T17:45:00", ref=dt.date(2020, 8, 25), form="time", span="Tuesday, September 1 and will begin at 5:45 p.m."),
    # http://www.city.waltham.ma.us/city-council/pages/2024-meeting-schedule
    c("June 24: This is the last meeting before Summer session. It begins at 7:30pm", "2024-06-24", ref=dt.date(2024, 1, 5), form="mdy", span="June 24"),
    c("October 15 (Tuesday)October 21", "2024-10-15", ref=dt.date(2024, 6, 1), form="weekday", span="October 15 (Tuesday)"),
    c("when Monday falls on December 24, the meeting shall be held on December 26.", "2024-12-24", ref=dt.date(2024, 9, 1), form="mdy", span="December 24"),
    # https://nordstadtblogger.de/tag/atelier-fritschi-stahl
    c("Das Thema muss von Gewicht sein, ebenso eine gewisse Dringlichkeit vorliegen. – Am letzten Dienstag, 3. Mai, war dies der Fall.", "2022-05-03", ref=dt.date(2022, 5, 5), lang="de", form="weekday", span="Dienstag, 3. Mai"),
    # https://dors.today/collections-www.kaufbeuren.de/searchword-
    c("Die öffentliche Sitzung findet am 29. Januar 2026 um 17 Uhr im Alten Sitzungssaal im Altbau des Rathauses statt", "2026-01-29T17:00:00", lang="de", form="time", span="29. Januar 2026 um 17 Uhr"),
    # https://ris.komuna.net/Hilpoltstein/Meeting.mvc/ps/119828659
    c("Datum: 15.04.2021\nStatus: Abgeschlossen\nSitzungsort: Mehrzweckhalle Meckenhausen", "2021-04-15", lang="de", form="label", span="15.04.2021"),
    c(".In der Stadtratssitzung am 25.03.2021 wurden folgende Aufträge vergeben:", "2021-03-25", lang="de", form="numeric", span="25.03.2021"),
    # https://www.domino1.stuttgart.de/web/ksd/KSDRedSystem.nsf/
    c("Sitzungstermin: 09.05.2023\nSitzungsart: öffentlich", "2023-05-09", lang="de", form="label", span="09.05.2023"),
    c("- Antrag Nr. 112/2023 v. 21.04.2023 (SPD), - Antrag Nr. 120/2023 v. 26.04.2023 (90/GRÜNE)", "2023-04-21", lang="de", form="numeric", span="21.04.2023"),
    # https://www.muvrchlabi.cz/samosprava/zastupitelstvo-mesta/
    c("Předpokládaný termín nejbližšího zasedání zastupitelstva města je pondělí 3. března 2025.", "2025-03-03", lang="cs", form="weekday", span="pondělí 3. března 2025"),
    # https://www.tisnov.cz/terminy-zasedani-zastupitelstva-v-roce-2022
    c("Termíny zasedání zastupitelstva v roce 2022\n\n  • 21.2.2022\n  • 2.5.2022", "2022-02-21", lang="cs", form="numeric", span="21.2.2022"),
    # http://www.zlutice.cz/obcan/terminy-jednani-zastupitelstva-mesta.htm
    c("Předpokládané termíny pro rok 2018: 19. listopadu; 17. prosince", "2018-11-19", ref=dt.date(2018, 10, 1), lang="cs", form="missing_year", span="19. listopadu; 17. prosince"),
    # https://www.c-budejovice.cz/zastupitelstvo-mesta
    c("Termín zasedání zastupitelstva města v 2. pololetí 2022:\n\n  • 5. září", "2022-09-05", ref=dt.date(2022, 7, 1), lang="cs", form="missing_year", span="5. září"),
    # https://mmkv.cz/en/node/60796
    c("Last update: 7.9.2020\n\nAre you missing something on this page?", "2020-09-07", form="numeric", span="7.9.2020"),
    # http://www.cdub.cz/samosprava-1/zastupitelstvo-mesta/plan-zasedani/
    c("Datum konání\nČas konání\nMísto konání\n14. února 18.00 Městský úřad - zasedací místnost (1. patro)", "2017-02-14T18:00:00", ref=dt.date(2017, 1, 10), lang="cs", form="time", span="14. února 18.00"),
    # https://sezemice.cz/dokumenty/usneseni-zastupitelstva-mesta-2022-volebni-obdobi-2022-2026/
    c("Ustavující zasedání zastupitelstva města proběhlo dne 19.10.2022.", "2022-10-19", lang="cs", form="numeric", span="19.10.2022"),
    c("Další zasedání zastupitelstva města v letošním roce se bude konat v pondělí dne 06.12.2022 od 17:00 hodin.", "2022-12-06T17:00:00", lang="cs", form="time", span="06.12.2022 od 17:00 hodin"),
])
FAILURES.extend([
    # https://www.wvc-ut.gov/FAQ.aspx?QID=350
    x("City Council meetings are held on the first four Tuesdays of every month at 6:30 PM, unless otherwise posted.", "no_date", form="no_date"),
    # https://www.cityofbayard.net/2149/Agendas-Minutes
    x("The agenda may not be amended after 5 p.m. on the day preceding any regular meeting", "no_date", form="no_date"),
    # https://fuerstenauris.itebo.de/bi/to0050.asp?__ktonr=4556
    x("Der Vorsitzende eröffnet um 18.00 Uhr die Sitzung des Stadtrates.", "no_date", lang="de", form="no_date"),
    # https://ris.komuna.net/Hilpoltstein/Meeting.mvc/ps/119828659
    x("Öffentliche Sitzung, 19:00 Uhr bis 20:00 Uhr\nNichtöffentliche Sitzung, 20:00 Uhr bis 23:00 Uhr", "no_date", lang="de", form="no_date"),
    # https://chomutovsky.denik.cz/zpravy_region/jirkov-zasedani-zastupitelstva-20220621.html
    x("Veřejné zasedání začne v 15 hodin na radnici.", "no_date", lang="cs", form="no_date"),
    # https://www.c-budejovice.cz/zastupitelstvo-mesta
    x("Informace vycházejí ze zákona č. 128/2000 Sb., o obcích (obecní zřízení).", "no_date", lang="cs", form="no_date"),
])
# --- a fresh batch, read before any change: network events, Polish and Spanish councils -
CASES.extend([
    # https://irissmartcities.eu/line-event-can-we-deliver-green-deal
    c("Register for the event hosted as part of European Sustainable Energy Week 2020 – 10 June 2020 at 14:30-16:00 CET.", "2020-06-10T14:30:00+01:00", "2020-06-10T16:00:00+01:00", form="zone", tz="CET", span="10 June 2020 at 14:30-16:00 CET"),
    # https://cor.europa.eu/europcom/2022/Pages/Programme.aspx
    c("  • 28/10/2022, 09:45 - 10:00\n\n    Welcoming session", "2022-10-28T09:45:00", "2022-10-28T10:00:00", form="time", span="28/10/2022, 09:45 - 10:00"),
    c("The COP27 of the United Nations Framework Convention on Climate Change took place on 6-18 November in Sharm El-Sheikh.", "2022-11-06", "2022-11-18", ref=dt.date(2022, 12, 1), form="range", span="6-18 November"),
    # https://staging.eurocities.eu/eurocities/calendar/events_list/POSTPONED-ONLINE-EUROCITIES-Environment-Forum-7-9-October-WSPO-BJ4PBJ
    c("Webinars will take place between Wednesday 18th March and Friday 20th March, in line with our planned forum meeting.", "2020-03-18", "2020-03-20", ref=dt.date(2020, 3, 12), form="range", span="between Wednesday 18th March and Friday 20th March"),
    c("WG AQCCEE: Wednesday 18 March @ 10.00 – 12.20", "2020-03-18T10:00:00", "2020-03-18T12:20:00", ref=dt.date(2020, 3, 12), form="time", span="Wednesday 18 March @ 10.00 – 12.20"),
    # http://iclei-europe.org/calendar/?c=search&uid=qNoXnW07
    c("Accelerating Transition to Delivery of the Paris Agreement Through Multilevel Climate Action\n\n10 December 2018, 18:45 - 21:30\nKatowice, Poland", "2018-12-10T18:45:00", "2018-12-10T21:30:00", form="time", span="10 December 2018, 18:45 - 21:30"),
    # https://polishscience.pl/en/?p=183186
    c("Polish Academy of Sciences to hold webinar on climate neutrality of cities\n\n17.06.2021\n\nThe PolSCA office", "2021-06-17", form="numeric", span="17.06.2021"),
    c("are organizing the webinar on June 21, 2021″Mission of 100 climate neutral cities by 2030", "2021-06-21", form="mdy", span="June 21, 2021"),
    # http://www.uil.unesco.org/en/articles/unesco-global-network-learning-cities-webinar-how-climate-assemblies-can-support-greening
    c("Time\n\n17 April 2024, 13:00 to 14:00 (CEST)\n\nProgramme", "2024-04-17T13:00:00+02:00", "2024-04-17T14:00:00+02:00", form="zone", tz="CEST", span="17 April 2024, 13:00 to 14:00 (CEST)"),
    # https://climateonline.net/2020/09/15/week-of-14-20th-september-2020-climate-webinars/
    c("15 September, 9:00 AM – 3:00 PM CEST\n“Laying the foundations for responsible and sustainable investment in Europe”", "2020-09-15T09:00:00+02:00", "2020-09-15T15:00:00+02:00", ref=dt.date(2020, 9, 14), form="zone", tz="CEST", span="15 September, 9:00 AM – 3:00 PM CEST"),
    # https://leworld.org/tpost/2gt1su85j1-how-cities-are-responding-to-climate-cha
    c("Date And Time\nWed, Apr 14, 2021, 5:00 PM CEST\nOnline Event", "2021-04-14T17:00:00+02:00", form="zone", tz="CEST", span="Wed, Apr 14, 2021, 5:00 PM CEST"),
    # https://krosnoodrzanskie.pl/9-aktualnosci/1237-xxvi-sesja-rady-miejskiej-w-krosnie-odrzanskim
    c("Informujemy, że w dniu 26 listopada 2020 r. o godz. 12.00 odbędzie się XXVI sesja Rady Miejskiej.", "2020-11-26T12:00:00", lang="pl", form="time", span="26 listopada 2020 r. o godz. 12.00"),
    # http://twojmieroszow.pl/pierwsza-sesja-rady-miejskiej-viii-kadencji/
    c("Na piątek 23.11.2018. zwołano pierwszą  sesję Rady Miejskiej VIII kadencji.", "2018-11-23", lang="pl", form="weekday", span="piątek 23.11.2018"),
    # https://www.lubartowiak.com.pl/fakty/pierwsza-sesja-nowej-rady-miasta-23-listopada/
    c("pierwsza sesja nowej Rady Miasta  odbędzie się 23 listopada o godz. 16.00.", "2018-11-23T16:00:00", ref=dt.date(2018, 11, 15), lang="pl", form="time", span="23 listopada o godz. 16.00"),
    # https://kedzierzynkozle.pl/pl/aktualnosc/ustala-wydatki-na-caly-rok
    c("Początek obrad w najbliższy wtorek (20.12) o godzinie 10:00 w magistracie.", "2022-12-20T10:00:00", ref=dt.date(2022, 12, 15), lang="pl", form="short", span="wtorek (20.12) o godzinie 10:00"),
    # http://gorakalwaria.esesja.pl/wcag/posiedzenie.asp?k=49db43e7-ab8e-4
    c("protokołu z CV sesji Rady Miejskiej z dnia 29.11.2023 r. oraz CVI sesji Rady Miejskiej z dnia 20.12.2023 r.", "2023-11-29", lang="pl", form="numeric", span="29.11.2023 r."),
    # https://calasparra.org/2014/02/26/sesion-de-pleno-4/
    c("Este jueves, 27 de febrero a las 14´30 horas, se celebra en el salón de actos del Consistorio", "2014-02-27T14:30:00", ref=dt.date(2014, 2, 26), lang="es", form="time", span="jueves, 27 de febrero a las 14´30 horas"),
    # https://zaratan.es/sesiones-plenarias
    c("Sesión ordinaria del Pleno del 27 de febrero de 2024\n\n27-02-2024\n\nDescargar documento", "2024-02-27", lang="es", form="text", span="27 de febrero de 2024"),
    # https://www.viana.es/noticias/convocatoria-extraordinaria-a-pleno-el-viernes-23-de-abril-a-las-08-00-horas/
    c("CONVOCATORIA ORDINARIA A PLENO EL JUEVES 20 DE JUNIO, A LAS 20:00 HORAS", "2024-06-20T20:00:00", ref=dt.date(2024, 6, 14), lang="es", form="time", span="JUEVES 20 DE JUNIO, A LAS 20:00 HORAS"),
    c("La sesión se celebrará en el local sito en la Casa Consistorial, a las 20:00 del jueves 20 de junio de 2024.", "2024-06-20T20:00:00", lang="es", form="time", span="20:00 del jueves 20 de junio de 2024"),
    c("La Sesión se celebrará a través de videoconferencia, el día 23 de abril de 2021, a las 08:00 HORAS.", "2021-04-23T08:00:00", lang="es", form="time", span="23 de abril de 2021, a las 08:00 HORAS"),
    c("por el que se declara el estado de alarma: Real Decreto 463/2020, de 14 de marzo", "2020-03-14", ref=dt.date(2021, 4, 20), lang="es", form="citation", span="14 de marzo"),
    # http://castuera.es/ver.php?pag=5295
    c("El Ayuntamiento de Castuera celebrará el viernes 24 de noviembre el pleno ordinario correspondiente a este mes", "2023-11-24", ref=dt.date(2023, 11, 20), lang="es", form="weekday", span="viernes 24 de noviembre"),
    c("4º.- Expediente 1527/ 2023. Propuesta de acuerdo conforme a la ley 7/2023 de 28 de marzo, de protección de los derechos", "2023-03-28", ref=dt.date(2023, 11, 20), lang="es", form="citation", span="28 de marzo"),
    # https://www.foro-ciudad.com/huelva/villanueva-de-los-castillejos/mensaje-1671945.html
    c("el próximo Pleno Ordinario tendrá lugar el 29 de enero.", "2015-01-29", ref=dt.date(2015, 1, 20), lang="es", form="missing_year", span="29 de enero"),
])
FAILURES.extend([
    # http://twojmieroszow.pl/pierwsza-sesja-rady-miejskiej-viii-kadencji/
    x("Posiedzenie zaczyna się o godzinie 13:00.", "no_date", lang="pl", form="no_date"),
    # https://zaratan.es/sesiones-plenarias
    x("fijándose su inicio de convocatoria a las 17,00 horas.", "no_date", lang="es", form="no_date"),
])
# --- a fresh batch, read before any change: Finnish, Hungarian and Romanian councils ---
CASES.extend([
    # https://www.jyvaskylasinfonia.fi/uutinen/2020-11-23_jyvaskylan-kaupunginvaltuusto-hyvaksyi-ensi-vuoden-talousarvion-ja-hippos
    c("Hyppää pääsisältöön\n\n23.11.2020\n\nJyväskylän kaupunginvaltuusto hyväksyi", "2020-11-23", lang="fi", form="numeric", span="23.11.2020"),
    # https://pori.cloudnc.fi/fi-FI/content/109929/19129
    c("toimittamalla kokouskutsu kaupungin verkkosivuille 24.4.2024. Lisäksi kutsu esityslistoineen", "2024-04-24", lang="fi", form="numeric", span="24.4.2024"),
    # https://jamsa10.oncloudos.com/cgi/DREQUEST.PHP?page=meetingitem&id=2023337-4
    c("Kaupunginhallitus\nPöytäkirja 04.12.2023/Pykälä 303", "2023-12-04", lang="fi", form="numeric", span="04.12.2023"),
    c("Kunta-alan työmarkkinasopimukset ovat voimassa 1.5.2022-30.4.2025.", "2022-05-01", "2025-04-30", lang="fi", form="range_years", span="1.5.2022-30.4.2025"),
    # https://ah.turku.fi/kv/2009/0601008x/2112740.htm
    c("Johtava kaupunginsihteeri Reino Tiainen 26.5.2009:", "2009-05-26", lang="fi", form="numeric", span="26.5.2009"),
    c("syyskaudella 2009 pidetään seuraavasti:\n31.8.2009 klo 18.00\n28.9.2009 klo 18.00", "2009-08-31T18:00:00", lang="fi", form="time", span="31.8.2009 klo 18.00"),
    c("30.11.2009 klo 10.00 (talousarviokokous)", "2009-11-30T10:00:00", lang="fi", form="time", span="30.11.2009 klo 10.00"),
    # https://hyvinkaa.fi/kaupunki-ja-hallinto/paatoksenteko/toimielimet/kaupunginvaltuusto
    c("Kaupunginvaltuuston kokoonpano\n\nPäivitetty 25.3.2024", "2024-03-25", lang="fi", form="numeric", span="25.3.2024"),
    # https://uusikaupunki.fi/en/esityslistat-ja-poytakirjat
    c("The minutes are available starting from June 29, 2022, when the city's document management system was changed.", "2022-06-29", form="mdy", span="June 29, 2022"),
    # http://www.tveger.hu/2015/02/12/rendkivuli-kozgyules-12/ (URL date as the page shows it)
    c("meghívo 2024.10.16. - alakuló ülés(PDF)", "2024-10-16", lang="hu", form="numeric", span="2024.10.16"),
    # https://kulsovat.hu/index.php/koezerdek-adatok/meghivok-eloterjesztesek-ii-9.html
    c("meghívó 2024.08.29. (PDF) és mellékletei (ZIP)", "2024-08-29", lang="hu", form="numeric", span="2024.08.29"),
    c("2023\n2023.12.14. meghívó\n2023.11.21. meghívó", "2023-12-14", lang="hu", form="numeric", span="2023.12.14"),
    # https://micestiidecampie.ro/convocari_sedinte.html
    c("21.04.2022 Convocator ședință ordinară 29.04.2022 ora 10:00", "2022-04-21", lang="ro", form="numeric", span="21.04.2022"),
    c("Convocator ședință ordinară 29.04.2022 ora 10:00", "2022-04-29T10:00:00", lang="ro", form="time", span="29.04.2022 ora 10:00"),
    # https://focuspress.ro/consilierii-locali-municipali-convocati-in-sedinta-extraordinara-pentru-a-vota-o-noua-rectificare-a-bugetului-local/
    c("Consilierii locali municipali sunt convocați în ședință extraordinară, cu convocare de îndată, joi, 14 decembrie a.c., ora 15:00.", "2023-12-14T15:00:00", ref=dt.date(2023, 12, 13), lang="ro", form="time", span="joi, 14 decembrie a.c., ora 15:00"),
    # https://primariadumitra.ro/procese_verbale_sedinte.html
    c("DataDescriereFișier\n16.04.2021Proces verbal ședință ordinară", "2021-04-16", lang="ro", form="numeric", span="16.04.2021"),
    # https://news.yam.md/ro/story/18269236
    c(" date 2025-12-10 13:30\n\nConsilierii municipali s-au adunat, astăzi, în sala Primăriei", "2025-12-10T13:30:00", lang="ro", form="time", span="2025-12-10 13:30"),
])
FAILURES.extend([
    # https://www.outokummunkaupunki.fi/
    x("Kaupunginvaltuusto kokoontuu noin 10 kertaa vuodessa pääsääntöisesti kuukauden viimeisenä maanantaina kello 18.00 alkaen.", "no_date", lang="fi", form="no_date"),
    # https://hodpress.hu/holnap-rendkivuli-kozgyules
    x("Reggel 9 órától lesz a Városháza dísztermében, és hét napirendi pontot fognak tárgyalni.", "no_date", lang="hu", form="no_date"),
    # https://salciile.informare.ro/categorie/primaria/viceprimar-primaria/
    x("in conditiile prevazute de art. 70 din Legea nr. 215 / […]", "no_date", lang="ro", form="no_date"),
])
FAILURES.extend([
    # https://focuspress.ro/ ("a.c.", of this year, needs the page's year)
    x("joi, 14 decembrie a.c., ora 15:00", "missing_year", lang="ro", form="missing_year"),
])
# --- a fresh batch, read before any change: webinars with zones, Greek and Turkish councils
CASES.extend([
    # https://past-conferences.sustainablecities.eu/mannheim2020/news-information/practical-information/
    c("the parallel sessions (taking place on 1 October at 11:30, and on 2 October at 9:30) you are most interested in joining.", "2020-10-01T11:30:00", ref=dt.date(2020, 9, 20), form="time", span="1 October at 11:30"),
    # https://globalparliamentofmayors.org/gpm-webinar-rethinking-the-city-post-covid/
    c("This two-day webinar takes place on Thursday 12 November, 15.00-17.30 hrs CET and Thursday 19 November at the same time.", "2020-11-12T15:00:00+01:00", "2020-11-12T17:30:00+01:00", ref=dt.date(2020, 11, 1), form="zone", tz="CET", span="Thursday 12 November, 15.00-17.30 hrs CET and Thursday 19 November"),
    # https://www.polisnetwork.eu/event/intelligent-cities-challenge-covid-19-webinar/
    c("03/04/2020 Online\n\nIntelligent Cities Challenge COVID-19 webinar", "2020-04-03", form="numeric", span="03/04/2020"),
    c("The webinar takes place on 3 April at 16:00 CET. To register, please see here.", "2020-04-03T16:00:00+01:00", ref=dt.date(2020, 3, 30), form="zone", tz="CET", span="3 April at 16:00 CET"),
    # https://ec.europa.eu/newsroom/EURegionsWeek/items/685471/en
    c("Registration opens today!\n\ndate:  26/08/2020\n\nDear all,", "2020-08-26", form="label", span="26/08/2020"),
    c("The registration is open from 27 August to 27 September 2020.", "2020-08-27", "2020-09-27", form="range_months", span="from 27 August to 27 September 2020"),
    # https://themayor.eu/en/a/view/register-now-for-the-european-week-of-regions-and-cities-5744
    c("Over 500 digital working sessions will take place between 5-22 October covering various topics", "2020-10-05", "2020-10-22", ref=dt.date(2020, 8, 27), form="range", span="between 5-22 October"),
    # https://connect.icma.org/events/event-description?CalendarEventKey=ac069703-479f-4286-bf9c-97253550d762
    c("2021 European City Managers Meeting (Virtual)\n\nWhen:  Jun 24, 2021 from 06:00 AM to 10:00 AM (ET)", "2021-06-24T06:00:00-04:00", "2021-06-24T10:00:00-04:00", form="zone", tz="America/New_York", span="Jun 24, 2021 from 06:00 AM to 10:00 AM (ET)"),
    c("The summit will be held on June 24, 12.00-4.00 p.m. Central European Time / 6.00-10.00am US EDT and advance registration is required", "2021-06-24T12:00:00+02:00", "2021-06-24T16:00:00+02:00", ref=dt.date(2021, 6, 1), form="zone", tz="Europe/Brussels", span="June 24, 12.00-4.00 p.m. Central European Time"),
    # https://nextnews.gr/?p=4534
    c("Η προγραμματισμένη τακτική δια ζώσης συνεδρίαση του Δημ. Συμβουλίου την Πέμπτη 9 Ιανουαρίου 2025 και ώρα 15:00, αναβάλλεται", "2025-01-09T15:00:00", lang="el", form="time", span="Πέμπτη 9 Ιανουαρίου 2025 και ώρα 15:00"),
    c("Η συνεδρίαση θα πραγματοποιηθεί με τα ίδια θέματα της ημερήσιας διάταξης την Τετάρτη 15-1-2025 και ώρα 17:00, χωρίς νεότερη πρόσκληση.", "2025-01-15T17:00:00", lang="el", form="time", span="Τετάρτη 15-1-2025 και ώρα 17:00"),
    # https://www.aeginaportal.gr/aftodioikisi/dimotiko-simboulio/29504-
    c("Υπενθυμίζεται τόσο στην συνεδρίαση της 22ας Δεκεμβρίου, όσο και στη συνεδρίαση της 23ης Δεκεμβρίου 2020 του Δημοτικού Συμβουλίου", "2020-12-22", ref=dt.date(2020, 12, 28), lang="el", form="ordinal", span="22ας Δεκεμβρίου"),
    # https://www.thebest.gr/article/802559-treis-sunedriaseis-tou-dimotikou-sumbouliou-patras-ti-deutera-1i-septembriou
    c("Tη Δευτέρα 1η Σεπτεμβρίου 2025, θα πραγματοποιηθούν τρεις συνεδριάσεις του Δημοτικού Συμβουλίου", "2025-09-01", lang="el", form="weekday", span="Δευτέρα 1η Σεπτεμβρίου 2025"),
    c("σε δια ζώσης συνεδρίαση του Δημοτικού Συμβουλίου, την 1η Σεπτεμβρίου 2025, ημέρα Δευτέρα και ώρα 16.30, στην αίθουσα", "2025-09-01T16:30:00", lang="el", form="time", span="1η Σεπτεμβρίου 2025, ημέρα Δευτέρα και ώρα 16.30"),
    # https://keratsini-drapetsona.gr/
    c("με ΑΔΑ: Ω0Ν346ΜΤΛ6-ΙΘΛ την Παρασκευή 20 Νοεμβρίου 2020 (ώρα έναρξης: 18:30 και ώρα λήξης 24.00.)", "2020-11-20T18:30:00", lang="el", form="time", span="Παρασκευή 20 Νοεμβρίου 2020 (ώρα έναρξης: 18:30"),
    # https://edopieria.blogspot.com/
    c("ενόψει των βουλευτικών εκλογών της 25ης Ιουνίου 2023, πραγματοποιήθηκε σήμερα", "2023-06-25", lang="el", form="ordinal", span="25ης Ιουνίου 2023"),
    # https://www.beylikduzu.istanbul/duyurular/subat-ayi-meclis-gundemi-duyurusu-757
    c("06 Şubat 2023 tarihli Şubat ayı Meclis toplantısı 1 inci birleşiminde", "2023-02-06", lang="tr", form="text", span="06 Şubat 2023"),
    c("gündem maddelerinin görüşüleceği meclis toplantısı 09 Şubat 2023 Perşembe günü saat 10:00 da Belediye Meclis Salonunda yapılacaktır.", "2023-02-09T10:00:00", lang="tr", form="time", span="09 Şubat 2023 Perşembe günü saat 10:00"),
    # https://suleymanpasa.bel.tr/meclis-kararlari/2019-1
    c("2019 Yılı Ocak Ayı Meclis Karar Özetleri\n\n\nTARİH: 02.01.2019\nBİRLEŞİM NO: 1", "2019-01-02", lang="tr", form="label", span="02.01.2019"),
    # https://sakarya.bel.tr/tr/KararDetay/14072014-tarihli-meclis-toplantisi/806
    c("SAKARYA BÜYÜKŞEHİR BELEDİYE MECLİSİNİN 14/07/2014 PAZARTESİ GÜNÜ SAAT 14.00’te BÜYÜKŞEHİR BELEDİYESİ HİZMET BİNASININ", "2014-07-14T14:00:00", lang="tr", form="time", span="14/07/2014 PAZARTESİ GÜNÜ SAAT 14.00"),
    # Büyükşehir Belediye Meclisi Kasım Ayı Toplantısı
    c("Büyükşehir Belediye Meclisi Kasım ayı VIII. birleşiminin ise 21 Kasım Pazartesi günü saat 14.00’de yapılmasına karar verildi.", "2022-11-21T14:00:00", ref=dt.date(2022, 11, 15), lang="tr", form="time", span="21 Kasım Pazartesi günü saat 14.00"),
    # https://mevzuattakip.com.tr/mevzuat/soru/meclisin-ilk-toplantisinin-bayram-tatiline-rastlamasi
    c("31 Mart 2024 tarihli mahalli idareler seçimleri nedeniyle yeni seçilen belediye başkanı", "2024-03-31", lang="tr", form="text", span="31 Mart 2024"),
    # https://www.dilovasi.bel.tr/duyuru/3/36/06-11-2023-tarihli-olaganustu-meclis-toplantisi-ilani
    c("Belediye Meclisi Çalışma Yönetmeliğinin 6. Maddesine istinaden 06/11/2023 Pazartesi günü saat 14.00’de Belediyemiz Başkanlık Makamında", "2023-11-06T14:00:00", lang="tr", form="time", span="06/11/2023 Pazartesi günü saat 14.00"),
])
FAILURES.extend([
    # https://ec.europa.eu/newsroom/EURegionsWeek/items/685471/en (days without their month)
    x("This year, the #EURegionsWeek will spread over three consecutive weeks in October, from 5th to 22nd.", "no_date", ref=dt.date(2020, 8, 26), form="no_date"),
])
# --- a fresh batch, read before any change: EU city events, Lyon, German town events ---
CASES.extend([
    # https://globalparliamentofmayors.org/event/cities-forum
    c("Cities Forum\n30 January 2020 - 31 January 2020\nOrganised by the European Commission", "2020-01-30", "2020-01-31", form="range_years", span="30 January 2020 - 31 January 2020"),
    # https://ec.europa.eu/futurium/en/urban-agenda-eu/porto-will-host-cities-forum-2019.html
    c("Lea Scheurer\n    20 November 2018 - updated 1 year ago\n    Total votes: 6", "2018-11-20", form="text", span="20 November 2018"),
    c("Last update 5 September 2019.", "2019-09-05", form="text", span="5 September 2019"),
    c("The fourth edition of the CITIES Forum will take place in Porto on 30 and 31 January 2020 and will welcome 500 to 600 participants", "2020-01-30", "2020-01-31", form="list", span="30 and 31 January 2020"),
    # http://www.eurada.org/cities-and-regions-for-development-cooperation-2019/
    c("has been extended to next 15th of October.", "2018-10-15", ref=dt.date(2018, 10, 1), form="ordinal", span="15th of October"),
    c("this forum that will be held in Brussels (Belgium) on 4-5th February 2019.", "2019-02-04", "2019-02-05", form="range", span="4-5th February 2019"),
    # http://www.regiocitiesconf2019.eu/en/programme.html
    c("MONDAY 4 FEBRUARY 2019\n\n8:00 – 9:00\n\nRegistration and welcome coffee", "2019-02-04T08:00:00", "2019-02-04T09:00:00", form="time", span="MONDAY 4 FEBRUARY 2019\n\n8:00 – 9:00"),
    c("We really look forward to meeting you in Brussels on 4-5 February 2019!", "2019-02-04", "2019-02-05", form="range", span="4-5 February 2019"),
    # https://www.welcomeurope.com/en/2nd-european-cities-forum/
    c("The European Commission organises the 2nd European CITIES Forum on the 2nd of June to discuss", "2015-06-02", ref=dt.date(2015, 5, 10), form="ordinal", span="2nd of June"),
    # https://oppla.eu/node/19902
    c("The call for proposals for side events closes on 6 September.", "2019-09-06", ref=dt.date(2019, 8, 1), form="missing_year", span="6 September"),
    # https://mairie9.lyon.fr/actualite/international/la-ville-de-lyon-premiere-ville-francaise-participer-au-programme-shelter
    c("la Ville de Lyon propose des réunions publiques d’information dans chaque mairie d’arrondissement, du 19 janvier au 3 février 2026.", "2026-01-19", "2026-02-03", lang="fr", form="range_months", span="du 19 janvier au 3 février 2026"),
    c("Le prochain conseil d’arrondissement se tiendra mardi 13 janvier à 18h30.", "2026-01-13T18:30:00", ref=dt.date(2026, 1, 5), lang="fr", form="time", span="mardi 13 janvier à 18h30"),
    # https://rue89lyon.fr/2023/06/29/conseil-municipal-lyon-direct-29-juin
    c("C’est un long conseil municipal qui a occupé les élus municipaux, jeudi 29 juin à Lyon.", "2023-06-29", ref=dt.date(2023, 6, 29), lang="fr", form="weekday", span="jeudi 29 juin"),
    # https://mairie1.lyon.fr/actualite/vie-municipale/se-rencontre-et-vous-rend-compte
    c("- Le 10 octobre de 7h30 à 9h30 : Montée Saint-Sébastien / Place du Griffon", "2023-10-10T07:30:00", "2023-10-10T09:30:00", ref=dt.date(2023, 9, 20), lang="fr", form="time", span="10 octobre de 7h30 à 9h30"),
    c("- Le 13 octobre de 16h30 à 20h : Clos Jouve", "2023-10-13T16:30:00", "2023-10-13T20:00:00", ref=dt.date(2023, 9, 20), lang="fr", form="time", span="13 octobre de 16h30 à 20h"),
    # https://www.lyoncapitale.fr/actualite/les-lyonnais-convies-a-une-reunion-publique-sur-le-projet-rive-droite
    c("La Métropole de Lyon et la Ville de Lyon organisent ce 10 juillet une réunion publique et un forum d'information", "2024-07-10", ref=dt.date(2024, 7, 5), lang="fr", form="missing_year", span="10 juillet"),
    # https://www.europesays.com/fr/?p=157234
    c("Entre les murs du tribunal administratif de Lyon, ce vendredi 6 juin, la rapporteur s’est prononcée", "2025-06-06", ref=dt.date(2025, 6, 8), lang="fr", form="weekday", span="vendredi 6 juin"),
    # https://www.wn.de/muensterland/kreis-warendorf/telgte/markt-wird-zur-freilichtbuhne-2603003
    c("Die Gruppe „Kick la luna“ spielt am heutigen Samstag (23. Juli) ab 19 Uhr auf dem Marktplatz.", "2022-07-23T19:00:00", ref=dt.date(2022, 7, 23), lang="de", form="time", span="Samstag (23. Juli) ab 19 Uhr"),
    c("Der Trommelfloh tritt am Sonntag (24. Juli) um 15 Uhr auf.", "2022-07-24T15:00:00", ref=dt.date(2022, 7, 23), lang="de", form="time", span="Sonntag (24. Juli) um 15 Uhr"),
    # https://www.suedkurier.de/region/bodenseekreis/markdorf/tickets-fuers-markdorf-open-air-gewinnen;art372484,11145600
    c("Nach zwei Jahren coronabedingter Pause heißt es ab kommendem Mittwoch, 25. Mai, für vier Tage wieder „Bühne", "2022-05-25", ref=dt.date(2022, 5, 20), lang="de", form="weekday", span="Mittwoch, 25. Mai"),
    # https://badmuenstereifelaktiv.de/michaelsmarkt-2022/
    c("müssen wir die für Samstag 03. September 11 Uhr  geplante Markteröffnung", "2022-09-03T11:00:00", ref=dt.date(2022, 8, 25), lang="de", form="time", span="Samstag 03. September 11 Uhr"),
])
FAILURES.extend([
    # https://www.lyoncapitale.fr/actualite/les-lyonnais-convies-a-une-reunion-publique-sur-le-projet-rive-droite
    x("Un forum d’information est proposé à partir de 16 h sur la place des Terreaux", "no_date", lang="fr", form="no_date"),
    # https://www.verlagshaus-jaumann.de/inhalt.kandern-staedtlitag-findet-statt.978aac04-66bb-4012-9fb0-9740bba6d275.html
    x("In Verbindung mit dem Städtlitag findet am Samstag und am Sonntag, jeweils von 11 bis 18 Uhr, der Antikmarkt statt.", "no_date", lang="de", form="no_date"),
])
# --- a fresh batch, read before any change: Ukrainian, Croatian and Lithuanian events --
CASES.extend([
    # https://www.kashtan.news/festyval-kraina-mriy-zaproshuie-na-rodynne-sviato
    c("Він триватиме три дні, зокрема у вихідні, з 21 до 23 червня. Початок – о 12 годині", "2019-06-21", "2019-06-23", ref=dt.date(2019, 6, 10), lang="uk", form="range", span="з 21 до 23 червня"),
    # https://www.myvin.com.ua/ua/news/events/14555.html
    c("23 червня, з 12 год. до 18 години, на майдані Водограю працюватимуть виставки", "2019-06-23T12:00:00", "2019-06-23T18:00:00", ref=dt.date(2019, 6, 10), lang="uk", form="time", span="23 червня, з 12 год. до 18 години"),
    # https://kyiv24.news/news/10-lypnya-v-czentri-stolyczi-vidbudetsya-den-vulychnoyi-muzyky/amp
    c("проведення фестивалю в столиці попередньо заплановане на 10 липня та 2 жовтня.", "2021-07-10", ref=dt.date(2021, 7, 9), lang="uk", form="list", span="10 липня та 2 жовтня"),
    c("Завтра, 10 липня, виступи розпочнуться о 12:00 й триватимуть орієнтовно до 21:00.", "2021-07-10T12:00:00", ref=dt.date(2021, 7, 9), lang="uk", form="time", span="10 липня, виступи розпочнуться о 12:00"),
    # https://vikna.if.ua/news/category/all/2014/07/04/19254/view
    c("Нагадаємо, фестиваль традиційно проходитиме 5-7 липня на Пасічнянському озері.", "2014-07-05", "2014-07-07", ref=dt.date(2014, 7, 4), lang="uk", form="range", span="5-7 липня"),
    # https://www.tportal.hr/kultura/clanak/koncertima-diljem-hrvatske-obiljezen-svjetski-dan-glazbe-foto-20200621
    c("Koncertima diljem Hrvatske obilježen Svjetski dan glazbe\n\n21.06.2020 u 21:57\n\nBionic", "2020-06-21T21:57:00", lang="hr", form="time", span="21.06.2020 u 21:57"),
    # https://zmones.15min.lt/naujiena/aikste-prie-prezidenturos-vienai-dienai-virs-laisvalaikio-muzikos-ir-maisto-erdve-7y5yW8zAQ8O
    c("Šaltinis: Žmonės.lt\n2019-06-26 10:41\nAA", "2019-06-26T10:41:00", lang="lt", form="time", span="2019-06-26 10:41"),
    c("Šį penktadienį, birželio 28 d. Vilniuje, Simono Daukanto aikštėje prie Prezidentūros įvyks išskirtinis renginys.", "2019-06-28", ref=dt.date(2019, 6, 26), lang="lt", form="weekday", span="penktadienį, birželio 28 d."),
    # https://m.kauno.diena.lt/naujienos/vilnius/miesto-pulsas/vilniuje-suliepsnos-16-simboliniu-lauzu-314399
    c("Vasario 16-ąją Gedimino prospekte (nuo V. Kudirkos iki Katedros a.) bus uždegta 16 simbolinių laužų", "2020-02-16", ref=dt.date(2020, 2, 10), lang="lt", form="missing_year", span="Vasario 16-ąją"),
    # https://kmintys.lt/2010/06/05/po-menesio-surmuliuos-miesto-svente
    c("Liepos 3-4 dienomis vyks miesto šventė, todėl likus tik mėnesiui iki linksmybių", "2010-07-03", "2010-07-04", ref=dt.date(2010, 6, 5), lang="lt", form="range", span="Liepos 3-4"),
    # https://www.etaplius.lt/pakruojyje-organizuojamas-renginys-skirtas-valstybes-dienai
    c("SUSIJĘ STRAIPSNIAI\nKultūra2020 m. Birželio 30 d. 14:31\n\nPakruojyje", "2020-06-30T14:31:00", lang="lt", form="time", span="2020 m. Birželio 30 d. 14:31"),
    c("Liepos 6 d. minima Karaliaus Mindaugo karūnavimo – Valstybės diena.", "2020-07-06", ref=dt.date(2020, 6, 30), lang="lt", form="missing_year", span="Liepos 6 d."),
])
FAILURES.extend([
    # https://www.24sata.hr/show/
    x("održao se u nedjelju na Strossmayerovom trgu s početkom u 19.30 sati.", "no_date", lang="hr", form="no_date"),
    # https://kaunas.kasvyksta.lt/2022/02/23/renginiai/skelbiama-kaune-vyksiancios-ukrainos-palaikymo-akcijos-programa/
    x("detali renginio programa, kuri vyks ketvirtadienį 18 val. Vienybės aikštėje.", "no_date", lang="lt", form="no_date"),
    # https://beta.ve.lt/naujienos/lietuva/vakaru-lietuva/sventoji-atidarys-sezona-740326
    x("Vasaros sezono atidarymo Šventojoje programa prasidės jau penktadienį, 17.30 val., festivalio", "no_date", lang="lt", form="no_date"),
    # https://dancor.sumy.ua/news/newsline/389595
    x("Фестиваль розпочнеться об 11:00.", "no_date", lang="uk", form="no_date"),
])
# --- a fresh batch, read before any change: Slovenian, Estonian and Latvian events -----
CASES.extend([
    # https://vestnik.svet24.si/clanek/aktualno/prekmurski-glasbeniki-bodo-nastopili-na-sredini-proslavi-v-ljubljani-986647
    c("vestnik\n\nPrekmurski glasbeniki bodo nastopili na sredini proslavi v Ljubljani\n\nVestnik.si, 10. 8. 2022\nArhiv MOL", "2022-08-10", lang="sl", form="numeric", span="10. 8. 2022"),
    c("Na Prekmurskem trgu v Ljubljani, ki so ga odprli leta 2019, bo proslava 17. avgusta ob 20. uri.", "2022-08-17T20:00:00", ref=dt.date(2022, 8, 10), lang="sl", form="time", span="17. avgusta ob 20. uri"),
    # https://www.sta.si/1852009/preserni-protestival-s-kulturnim-pozivom-po-vrnitvi-drzave
    c("Ljubljana, 8. februarja - Tretjo vseslovensko ljudsko vstajo na Prešernov dan dopolnjuje kulturni program.", "2013-02-08", ref=dt.date(2013, 2, 8), lang="sl", form="missing_year", span="8. februarja"),
    # https://www.ljubljana.si/sl/aktualno/novice/8-februar-dan-kulture
    c("Oddelek za kulturo\n  • Aktualno\n\nčetrtek, 2. februar 2023\n\nPrešernov dan v Ljubljani", "2023-02-02", lang="sl", form="weekday", span="četrtek, 2. februar 2023"),
    # https://www.dnevnik.si/1042773696/lokalno/ljubljana/festival-junij-v-ljubljani-vec-kot-30-kulturnih-dogodkov-za-uvod-v-poletje
    c("V ponedeljek, 12. junija, si bodo zato obiskovalci festivala ob 10. uri lahko ogledali predstavo Muca Copatarica", "2017-06-12T10:00:00", ref=dt.date(2017, 5, 31), lang="sl", form="weekday", span="ponedeljek, 12. junija, si bodo zato obiskovalci festivala ob 10. uri"),  # five words on, behind a strong prefix (read since 5 Dec 2026)
    # https://www.sta.si/3433353/junija-v-ljubljani-pestro-dogajanje-podelili-bodo-tudi-zupanciceve-nagrade
    c("Ljubljana, 3. junija - V prestolnici se obeta pestro festivalsko dogajanje", "2024-06-03", ref=dt.date(2024, 6, 3), lang="sl", form="missing_year", span="3. junija"),
    # https://sakala.postimees.ee/6708442/puhapaeval-algab-suure-jaani-muusikafestival
    c("17. ja 18. juunil saab teoks Artur Kapi nimeline tšellistide konkurss", "2019-06-17", "2019-06-18", ref=dt.date(2019, 6, 10), lang="et", form="list", span="17. ja 18. juunil"),
    c("annab ta Suure-Jaanis teisegi kontserdi: 18. juunil kell 20 õigeusu kirikus.", "2019-06-18T20:00:00", ref=dt.date(2019, 6, 10), lang="et", form="time", span="18. juunil kell 20"),
    # http://www.pealinn.ee/newset/pohja-tallinna-valitsus-kutsub-eesti-vabariigi-aastapaevale-n236860
    c("kontsert toimub sel pühapäeval, 17. veebruaril, Pelgulinna rahvamajas (Telliskivi tn 56) algusega kell 15.00.", "2019-02-17", ref=dt.date(2019, 2, 12), lang="et", form="weekday", span="pühapäeval, 17. veebruaril"),
    # https://sejas.tvnet.lv/4516764/katru-tresdienu-fon-stricka-villas-darza-bezmaksas-koncerti
    c("Ar hiphopa mākslinieka Anša koncertu trešdienas, 6. jūnija vakarā pēc plkst. 19, K. K. fon Stricka villas dārzā", "2018-06-06T19:00:00", ref=dt.date(2018, 6, 1), lang="lv", form="time", span="trešdienas, 6. jūnija vakarā pēc plkst. 19"),
    c("Pēc nedēļas, 13. jūnijā, ar improvizētu džeza mūzikas programmu maģisku atmosfēru uzburs grupa", "2018-06-13", ref=dt.date(2018, 6, 1), lang="lv", form="missing_year", span="13. jūnijā"),
    c("festivālam «Piena svētki», kas šogad norisināsies 19. augustā.", "2018-08-19", ref=dt.date(2018, 6, 1), lang="lv", form="missing_year", span="19. augustā"),
    # https://svetkulaiks.lv/lv/articles/view/34/4669
    c("Ceturtdien, 3. maijā plkst. 21.15 Doma laukumā notiks Neatkarības atjaunošanas dienas ieskaņas koncerts", "2018-05-03T21:15:00", ref=dt.date(2018, 4, 25), lang="lv", form="time", span="Ceturtdien, 3. maijā plkst. 21.15"),
    # https://kultura.bauska.lv/event/4-maija-koncerts-latviesu-roka-balades
    c("Svinot Latvijas Republikas Neatkarības atjaunošanas dienu, 4. maijā plkst. 18:00 Bauskas rātslaukumā", "2024-05-04T18:00:00", ref=dt.date(2024, 4, 20), lang="lv", form="time", span="4. maijā plkst. 18:00"),
    # https://sejas.tvnet.lv/8275604/ar-baltijas-vakaru-riga-sakas-starptautiskais-folkloras-festivals-baltica
    c("27. jūnijā plkst. 10.00 ar piemiņas brīdi un pieminekļa atklāšanu Helmī un Dainim Staltiem Meža kapos sāksies Rīgas diena.", "2024-06-27T10:00:00", ref=dt.date(2024, 6, 20), lang="lv", form="time", span="27. jūnijā plkst. 10.00"),
])
FAILURES.extend([
    # https://www.ljubljana.si/sl/aktualno/novice/8-februar-dan-kulture (hours without a date)
    x("Osrednji dogodek, 37. recital Prešernove poezije, bo potekal na Prešernovem trgu med 12. in 14. uro.", "no_date", lang="sl", form="no_date"),
    # https://www.tvnet.lv/7801429/nezini-kur-svinet-janus-plasa-pasakumu-programma-visa-latvija
    x("Pāvilostas pilsētas Upesmuižas parka estrādē plkst.17 izskanēs projekta koncertprogramma", "no_date", lang="lv", form="no_date"),
    # https://tartu.postimees.ee/8062630/
    x("Kontsert algas autovabaduse puiesteel reede õhtul kell viis ning selleks ajaks oli lavaesine paksult rahvast täis.", "no_date", lang="et", form="no_date"),
])
# --- a fresh batch, read before any change: Spanish, Italian and Portuguese festivities --
CASES.extend([
    # https://www.bandomovil.com/web_widget.php?id=1427900&municipio=molinicos&sec=Bando
    c("EVENTOS OTOÑO 2025\n\nInfo General\n\n09-Octubre-2025 11:24\n\n\nℹ️ El Equipo de Gobierno informa", "2025-10-09T11:24:00", lang="es", form="time", span="09-Octubre-2025 11:24"),
    c("las Jornadas Micológicas, anunciadas para el sábado 8 de noviembre, NO se celebrarán", "2025-11-08", ref=dt.date(2025, 10, 9), lang="es", form="weekday", span="sábado 8 de noviembre"),
    c("Mataero Popular — 6 de diciembre. Con talleres, comida popular", "2025-12-06", ref=dt.date(2025, 10, 9), lang="es", form="missing_year", span="6 de diciembre"),
    # https://verpueblos.com/castilla+y+leon/soria/deza/foto-foro/57093
    c("Las Fiestas Mayores se celebraban los días 13,14,15 y 16 de septiembre, en honor del Santo Patrón", "2006-09-13", "2006-09-16", ref=dt.date(2006, 8, 1), lang="es", form="list", span="13,14,15 y 16 de septiembre"),
    # https://www.lne.es/sociedad/2025/09/16/agenda-asturias-martes-16-septiembre-121609650.html
    c("Hasta el 29 de septiembre se puede visitar en el centro social de Villa Magdalena la exposición", "2025-09-29", ref=dt.date(2025, 9, 16), lang="es", form="missing_year", span="29 de septiembre"),
    # (hoy.es) Villa fiestas patronales
    c("Martes, 13 de agosto 2024, 17:30\nNecesitas ser suscriptor", "2024-08-13T17:30:00", lang="es", form="time", span="Martes, 13 de agosto 2024, 17:30"),
    c("La Villa celebrará el día del niño el 16 de agosto, con cabezudos a partir de las 21.30 horas.", "2024-08-16T21:30:00", ref=dt.date(2024, 8, 13), lang="es", form="time", span="16 de agosto, con cabezudos a partir de las 21.30 horas"),
    c("Estas fiestas terminarán con una verbena el 17 de agosto, a partir de las 23.30 horas, en la plazuela de Los Moritos.", "2024-08-17T23:30:00", ref=dt.date(2024, 8, 13), lang="es", form="time", span="17 de agosto, a partir de las 23.30 horas"),
    # https://www.periodicosierramadrid.es/ (Valdemorillo)
    c("Valdemorillo | Este jueves 15 de enero, Rubén Amón presenta su libro", "2026-01-15", ref=dt.date(2026, 1, 12), lang="es", form="weekday", span="jueves 15 de enero"),
    # https://noticiasatiempo.es/20250916/
    c("las fiestas patronales en honor de San Miguel Arcángel que se celebrarán en la localidad del viernes 26 al lunes 29 de septiembre", "2025-09-26", "2025-09-29", ref=dt.date(2025, 9, 16), lang="es", form="range", span="del viernes 26 al lunes 29 de septiembre"),
    c("SÁBADO 27 DE SEPTIEMBRE\n-08:00 horas, III torneo de frontenis en el pabellón cubierto", "2025-09-27T08:00:00", ref=dt.date(2025, 9, 16), lang="es", form="time", span="SÁBADO 27 DE SEPTIEMBRE\n-08:00 horas"),
    # https://milano.notizie.it/cronaca-milano/2024/09/25/si-e-tutto-organizzato-per-il-festival-di-conclusione-dellestate/
    c("Il fine settimana del 28 e 29 settembre è previsto il ritorno della tanto attesa Sagra di fine estate", "2024-09-28", "2024-09-29", ref=dt.date(2024, 9, 25), lang="it", form="list", span="28 e 29 settembre"),
    # https://www.zazoom.it/2024-09-18/festa-fai-da-te-per-salutare-lestate/15397200/
    c("(Di mercoledì 18 settembre 2024) Dopo un’estate la cui programmazione ha subito variazioni", "2024-09-18", lang="it", form="weekday", span="mercoledì 18 settembre 2024"),
    # https://www.ilgiorno.it/milano/cronaca/tutto-pronto-per-la-sagra-di-fine-estate-ec4a504a
    c("Sabato 28 e domenica 29 settembre torna il tanto atteso appuntamento con la Sagra di fine estate", "2024-09-28", "2024-09-29", ref=dt.date(2024, 9, 20), lang="it", form="list", span="Sabato 28 e domenica 29 settembre"),
    # https://comune.soliera.mo.it/ufficio-stampa/notizie/8603-l-8-e-il-9-ottobre-due-giornate-di-festa-per-il-nuovo-centro-di-soliera
    c("L'ordinanza con le modifiche alla viabilità per domenica 9 ottobre.", "2022-10-09", ref=dt.date(2022, 10, 1), lang="it", form="weekday", span="domenica 9 ottobre"),
    # https://bresciasettegiorni.it/cultura-e-turismo/tutti-in-piazza-per-un-weekend-comunitario/
    c("Sabato 21 settembre e domenica 22 settembre a Comezzano-Cizzago si terrà l’evento “Tutti in piazza”", "2019-09-21", "2019-09-22", ref=dt.date(2019, 9, 15), lang="it", form="list", span="Sabato 21 settembre e domenica 22 settembre"),
    # https://cachoeiradosul.rs.leg.br/institucional/noticias/noticias-de-2014/sessao-solene-da-semana-da-patria-e-amanha
    # https://camarasap.rs.gov.br/?p=16153
    c("a data em que foi instalada oficialmente em 03 de abril de 1811 a Câmara de Vereadores do Município", "1811-04-03", lang="pt", form="text", span="03 de abril de 1811"),
    c("Pois na semana (1º a 7 de abril), ao comemorarmos os 213 anos", "2024-04-01", "2024-04-07", ref=dt.date(2024, 3, 27), lang="pt", form="range", span="1º a 7 de abril"),
    c("03/04 – 09h – Palestra com os Guardiões: Alunos do ensino médio", "2024-04-03T09:00:00", ref=dt.date(2024, 3, 27), lang="pt", form="short", span="03/04 – 09h"),
    c("Postado: 27/03/2024\nAtualização: 27/03/2024\nAcessos: 127", "2024-03-27", lang="pt", form="label", span="27/03/2024"),
    # https://www.limeira.sp.leg.br/noticias/view/2014-09-12_camara-divulga-agenda-para-a-proxima-semana
    c("Terça-feira, 16 de setembro:\n8h às 18h – Casa Aberta", "2014-09-16T08:00:00", "2014-09-16T18:00:00", ref=dt.date(2014, 9, 12), lang="pt", form="time", span="Terça-feira, 16 de setembro:\n8h às 18h"),
    # (Prefeitura) desfile de 7 de setembro
    c("No dia 07 de setembro, em que celebramos o Bicentenário da Independência do Brasil", "2022-09-07", ref=dt.date(2022, 9, 1), lang="pt", form="missing_year", span="07 de setembro"),
])
FAILURES.extend([
    # https://comune.soliera.mo.it/ (a day without its month)
    x("Nel pomeriggio di sabato 8, da piazza Lusvardi a via Grandi, dalle 15.30 in poi si svilupperà una passeggiata", "no_date", lang="it", form="no_date"),
    # https://cachoeiradosul.rs.leg.br/ (a day without its month)
    x("A Câmara de Vereadores irá realizar, nesta quinta-feira (4), sessão solene para marcar os 192 de independência", "no_date", lang="pt", form="no_date"),
])
# --- a fresh batch, read before any change: English council consultations and town events
CASES.extend([
    # https://yourvoicematters.waikatoregion.govt.nz/representation-review/widgets/435585/key_dates
    c("06 May → 07 June 2024\n\nConsultation period", "2024-05-06", "2024-06-07", form="range_months", span="06 May → 07 June 2024"),
    c("30 June 2024\n\nHearings\n\nEnd of June", "2024-06-30", form="text", span="30 June 2024"),
    # https://letstalk.cherwell.gov.uk/community-governance-2021/widgets/37225/key_dates
    c("22 November 2021 → 31 January 2022\n\nFirst public consultation", "2021-11-22", "2022-01-31", form="range_years", span="22 November 2021 → 31 January 2022"),
    c("04 July → 09 September 2022\n\nSecond public consultation", "2022-07-04", "2022-09-09", form="range_months", span="04 July → 09 September 2022"),
    # http://www.barryanddistrictnews.co.uk/news/11186535.Consultation_ends/?ref=nt
    c("THE deadline for the public consultation on Local Development Plan Alternative Sites is today. (May 1)", "2014-05-01", ref=dt.date(2014, 5, 1), form="relative", span="May 1"),
    c("Views have been invited since March 20 on the sites suggested by third parties", "2014-03-20", ref=dt.date(2014, 5, 1), form="mdy", span="March 20"),
    # https://dlrcoco.ie/dlr-events/attractions/how-did-my-ideas-and-views-inform-local-area-plan
    c("with minor amendments at a a Special Council Meeting on the 10th October 2023.", "2023-10-10", form="ordinal", span="10th October 2023"),
    # https://have-your-say.great-yarmouth.gov.uk:443/article/11694/Closed-First-draft-Local-Plan-consultation-13-March-8-May-2024
    c("Closed - First draft Local Plan consultation (13 March - 8 May 2024)", "2024-03-13", "2024-05-08", form="range_months", span="13 March - 8 May 2024"),
    c("Consultation on the first draft Local Plan opened on 13 March 2024 and closed at 23:59 on 08 May 2024.", "2024-03-13", form="text", span="13 March 2024"),
    # https://www.heraldbulletin.com/news/local_news/briefs/go-mad-june-17-18/
    # http://www.tucsonnewsnow.com/story/38331576/hot-time-in-the-city-at-2nd-saturdays-downtown
    c("2nd Saturdays sizzles with fun, food, music and fun from 5 p.m. to 10 p.m. on June 9 in downtown Tucson.", "2018-06-09T17:00:00", "2018-06-09T22:00:00", ref=dt.date(2018, 6, 2), form="time", span="5 p.m. to 10 p.m. on June 9"),
    # https://greensboro.com/community/rockingham_now/news/reidsville-prepares-for-new-normal/
    c("Concert dates are June 26, July 24, Aug. 28 and Sept. 25 from 7-9 p.m.", "2021-06-26T19:00:00", "2021-06-26T21:00:00", ref=dt.date(2021, 5, 6), form="list", span="June 26, July 24, Aug. 28 and Sept. 25 from 7-9 p.m."),
    c("We will be featuring two bands at the FAB festival set for Oct. 16 from 3-9 p.m.", "2021-10-16T15:00:00", "2021-10-16T21:00:00", ref=dt.date(2021, 5, 6), form="time", span="Oct. 16 from 3-9 p.m."),
    # https://www.newsbreak.com/news/2634118675569/
    c("Ages 10-14 will perform \"The Wizard of Oz,\" while ages 15-18 will present \"The Rehearsal,\" all on July 29, 30, and 31.", "2022-07-29", "2022-07-31", ref=dt.date(2022, 6, 12), form="list", span="July 29, 30, and 31"),
])
FAILURES.extend([
    # https://www.heraldbulletin.com/news/local_news/briefs/go-mad-june-17-18/ (a weekday heading, no date)
    x("SATURDAY\nAnderson\nFarmers Market 9 a.m. to noon at Anderson Farmers Market, 1102 Central Ave.", "no_date", form="no_date"),
    # https://community.portlandmetrochamber.com/directorpark/Search
    x("Downtown Ducky Drop\n3:00 PM - 6:00 PM\nWe are celebrating the opening of Teachers Fountain", "no_date", form="no_date"),
    # https://theroanoker.com/events/freedom-first-st-patrick-s-day-parade-and-shamrock-festival/
    x("Admission is FREE! From 12:00pm - 5:00pm in a new location, on Salem Avenue near Jefferson Street.", "no_date", form="no_date"),
    # https://omaha.com/lifestyles/
    x("Parade at 10 a.m. Saturday with Culture Fest to follow from noon to 5 p.m.", "no_date", form="no_date"),
])
# --- a fresh batch, read before any change: US and European city-network event pages ---
CASES.extend([
    # http://www.bu.edu/ioc/events/events-calendar/?eid=236320
    c("Keeping America’s Cities Moving: What Mayors Need Now\n\n  • Starts: 4:00 pm on Tuesday, January 21, 2020\n  • Ends: 6:00 pm on Tuesday, January 21, 2020", "2020-01-21T16:00:00", form="time", span="4:00 pm on Tuesday, January 21, 2020"),
    # https://mayorsinnovation.org/our-work/learning-peers/
    c("Update: The Winter Meeting has been re-scheduled for March 16 – 17! View new meeting details here.", "2022-03-16", "2022-03-17", ref=dt.date(2022, 1, 10), form="range", span="March 16 – 17"),
    c("Winter 2022 Meeting Friday, January 21 – Saturday, January 22, 2022 in Washington, DC", "2022-01-21", "2022-01-22", form="range", span="Friday, January 21 – Saturday, January 22, 2022"),
    # https://mayorsinnovation.org/meetings/
    c("Winter 2021 Policy Meeting\n\nJanuary 22 - 23, Washington, DC", "2021-01-22", "2021-01-23", ref=dt.date(2020, 11, 1), form="range", span="January 22 - 23"),
    # https://thehill.com/events/past/3806872-future-of-cities/
    c("The Hill Events - 01/11/23 1:44 PM ET\nAmerica’s cities are diverse", "2023-01-11T13:44:00-05:00", form="zone", tz="America/New_York", span="01/11/23 1:44 PM ET"),
    c("Thursday, January 19\n1:00 PM ET / 10:00 AM PT\n\nSpeakers:", "2023-01-19T13:00:00-05:00", ref=dt.date(2023, 1, 11), form="zone", tz="America/New_York", span="Thursday, January 19\n1:00 PM ET"),
    # https://www.urbansummit.brussels/page-programme.html
    # https://pascalsmet.prezly.com/invitation-press-conference-more-than-400-cities-will-shape-their-future-at-the-brussels-urban-summit
    c("Friday 2 June 2023 at 09.30 - Press Club Brussels Europe - Rue Froissart 95 - 1040 Brussels", "2023-06-02T09:30:00", form="time", span="Friday 2 June 2023 at 09.30"),
    c("the Capital of Europe will be buzzing during the Brussels Urban Summit on 12-15 June 2023.", "2023-06-12", "2023-06-15", form="range", span="12-15 June 2023"),
    # https://hoopproject.eu/european-week-of-regions-and-cities-2023/
    c("The 21st edition of the European Week of Regions and Cities will take place from 9 to 12 October 2023 in person in Brussels, Belgium.", "2023-10-09", "2023-10-12", form="range", span="from 9 to 12 October 2023"),
    # https://globalparliamentofmayors.org/join-the-gpm-at-the-brussels-urban-summit-2023/
    c("Wednesday, June 14\n8.15-10 a.m.\n\nNetworking Breakfast “City Diplomacy in Times of Crisis”", "2023-06-14T08:15:00", "2023-06-14T10:00:00", ref=dt.date(2023, 5, 20), form="time", span="Wednesday, June 14\n8.15-10 a.m."),
    c("Please note that this event is for politicians only. Deadline to register: June 1st.", "2023-06-01", ref=dt.date(2023, 5, 20), form="ordinal", span="June 1st"),
    # https://netzerocities.eu/cities-mission-conference-2023/
    c("Mission in Progress: Climate-Neutral and Smart Cities Conference 2023  will be held in Brussels 26-27 June 2023.", "2023-06-26", "2023-06-27", form="range", span="26-27 June 2023"),
    # https://bx1.be/categories/news/brussels-urban-summit-bruxelles-accueillera-le-congres-mondial-du-developpement-urbain-en-2023/
    c("Le congrès, qui rassemble politiques, experts et représentants de plus de 350 grandes villes, aura lieu du 12 au 15 juin au Mont des Arts.", "2023-06-12", "2023-06-15", ref=dt.date(2022, 12, 20), lang="fr", form="range", span="du 12 au 15 juin"),
    # https://abbflanders.be/greendeal
    c("15 March 2024\n\nBrussels, Belgium\n\nTranslating the EU green deal into local action", "2024-03-15", form="text", span="15 March 2024"),
])
FAILURES.extend([
    # https://www.urbansummit.brussels/page-programme.html (weekday tabs without a month)
    x("400 PARTICIPATING CITIES, 1500 PARTICIPANTS\n\nMonday 12\n\nTuesday 13\n\nWednesday 14", "no_date", form="no_date"),
])
# --- a fresh batch, read before any change: Dutch, Flemish and Danish town events ------
CASES.extend([
    # http://decentrale.regelgeving.overheid.nl/cvdr/XHTMLoutput/Actueel/Utrecht%20(Utr)/CVDR628868.html
    c("Regeling vervallen per 23-04-2020\n\nBeleidsregel Koningsdag gemeente Utrecht 2020", "2020-04-23", lang="nl", form="numeric", span="23-04-2020"),
    c("Geldend van 12-11-2019 t/m 22-04-2020\n\nIntitulé", "2019-11-12", "2020-04-22", lang="nl", form="range_years", span="van 12-11-2019 t/m 22-04-2020"),
    c("Stille periode: de periode van 01.00 uur tot 11.00 uur op Koningsdag, 27 april.", "2020-04-27", ref=dt.date(2019, 11, 12), lang="nl", form="missing_year", span="27 april"),
    # https://www.enschede.nl/warenmarkten/extra-markten
    c("Dit jaar zijn er extra markten gepland op:\n\n  • Vrijdag 19 april 2019\n  • Woensdag 1 mei 2019", "2019-04-19", lang="nl", form="weekday", span="Vrijdag 19 april 2019"),
    # https://www.pknhattem.nl/pagina/activiteit/algemeen/1625/oud-hollandse-markt
    c("Datum: \nzaterdag 10 juni 2017 - 9:30\nLocatie: \nKerkplein", "2017-06-10T09:30:00", lang="nl", form="label", span="zaterdag 10 juni 2017 - 9:30"),
    c("Zaterdag 10 juni werd er  op het Kerkplein aan de zuidzijde van de kerk van 9.30 tot 15.30 uur de \"kleine markt\" gehouden.", "2017-06-10", ref=dt.date(2017, 6, 12), lang="nl", form="weekday", span="Zaterdag 10 juni"),
    c("ook nog aanwezig met een kraam op de Langste Dag markt op 24 juni a.s. en wordt er hopelijk nog het nodige verkocht.", "2017-06-24", ref=dt.date(2017, 6, 12), lang="nl", form="missing_year", span="24 juni a.s."),
    # https://barendrechtbruist.nl/index.php/evenementdetail/456/9/kermis
    c("Kermis\nVan Dinsdag 22 april 2025\ntot Zaterdag 26 april 2025\ntot Zaterdag 26 april 2025", "2025-04-22", "2025-04-26", lang="nl", form="range", span="Van Dinsdag 22 april 2025\ntot Zaterdag 26 april 2025\ntot Zaterdag 26 april 2025"),
    c("Openingstijden\nDinsdag 22 april : 18.00 – 23.00 uur (overdag is de opbouw)", "2025-04-22T18:00:00", "2025-04-22T23:00:00", ref=dt.date(2025, 4, 10), lang="nl", form="time", span="Dinsdag 22 april : 18.00 – 23.00 uur"),
    # https://larengelderland.nl/agenda/koningsdag-2024/
    c("Koningsdag (10:00)\n\nzaterdag 27 april 2024 Jolien", "2024-04-27", lang="nl", form="weekday", span="zaterdag 27 april 2024"),
    # https://herk-de-stad.be/uit-herk-de-stad/maand-van-de-markt-2025
    c("- 2 april van 14 tot 17 uur: twee loze vissertjes, op eenzame hoogte", "2025-04-02T14:00:00", "2025-04-02T17:00:00", ref=dt.date(2025, 3, 25), lang="nl", form="time", span="2 april van 14 tot 17 uur"),
    # http://www.veflingeportalen.dk/begivenhed/grundlovsfest/
    c("Hvornår:\n    jun 5, 2024 kl. 14:00 – 17:00\n    2024-06-05T14:00:00+02:00", "2024-06-05T14:00:00", "2024-06-05T17:00:00", lang="da", form="time", span="jun 5, 2024 kl. 14:00 – 17:00"),
    c("    2024-06-05T14:00:00+02:00\n    2024-06-05T17:00:00+02:00", "2024-06-05T14:00:00+02:00", tz="UTC+02:00", lang="da", form="iso", span="2024-06-05T14:00:00+02:00"),
    # https://sn.dk/Taastrup/Kulturfest-og-aabent-hus-arrangement/artikel/750296
    c("Taastrup - 11. juni 2018 kl. 07:42 Kontakt redaktionen", "2018-06-11T07:42:00", lang="da", form="time", span="11. juni 2018 kl. 07:42"),
    c("Det er den 16. juni, og det hele starter klokken 12 og varer frem til klokken 16, hvor der er gratis adgang.", "2018-06-16T12:00:00", ref=dt.date(2018, 6, 11), lang="da", form="time", span="16. juni, og det hele starter klokken 12"),  # four words on, behind "klokken"; its end ("varer frem til klokken 16") is not read
    # https://sn.dk/Albertslund-Posten/Lukker-sommerfest-men-aabner-haven/artikel/1345768
    c("Torsdag 20. august kommer Gypsy Vendetta, og spiller haven op med en omgang sigøjnerjazz.", "2020-08-20", ref=dt.date(2020, 8, 12), lang="da", form="weekday", span="Torsdag 20. august"),
    # http://skovlunde.dk/?author=47
    c("Der indbydes til sankthansaften i Skovlunde Bypark fredag den 23. juni kl. 18-22.", "2017-06-23T18:00:00", "2017-06-23T22:00:00", ref=dt.date(2017, 6, 15), lang="da", form="time", span="fredag den 23. juni kl. 18-22"),
    # http://sparkaer.dk/NyhederSktHans2010.htm
    c("Lagt på nettet 14.06.2010 (22:30)", "2010-06-14T22:30:00", lang="da", form="time", span="14.06.2010 (22:30)"),
    # https://www.kulturbeholderen.dk/indvielse-af-bystaevnepladsen-24-4-2022/
    c("holder indvielse af den nyetablerede Bystævneplads ved nedkørslen fra Bygaden til Ved Gadekær vejen søndag den 24. april kl. 14.00.", "2022-04-24T14:00:00", ref=dt.date(2022, 4, 10), lang="da", form="time", span="søndag den 24. april kl. 14.00"),
    # https://lundehuskulturforsyning.dk/2017/06/05/paa-vej-mod-et-nyt-lundehustorv-event-loerdag-d-17-juni
    c("PÅ VEJ MOD ET NYT LUNDEHUSTORV – Event lørdag d. 17 juni", "2017-06-17", ref=dt.date(2017, 6, 5), lang="da", form="weekday", span="lørdag d. 17 juni"),
])
FAILURES.extend([
    # https://www.rtvridderkerk.nl/agenda/vrijmarkt-koningsdag-wat-zijn-de-spelregels/
    x("Tussen 12.00 en 17.00 uur staan twee vrachtwagens van Opnieuw & Co op het Sint Jorisplein.", "no_date", lang="nl", form="no_date"),
    # https://lundehuskulturforsyning.dk/
    x("09.30: Slagkraft trommer kvarteret sammen\n10.00: Velkomst ved Alex Heick", "no_date", lang="da", form="no_date"),
])
# --- a fresh batch, read before any change: EUROCITIES forum pages, old and new site ----
CASES.extend([
    # https://futurium.ec.europa.eu/pl/urban-agenda/urban-poverty/events/eurocities-social-affairs-forum-gothenburg-se
    c("EUROCITIES will hold its next Social Affairs Forum on 25-26 October in Gothenburg to discuss the role of cities", "2017-10-25", "2017-10-26", ref=dt.date(2017, 10, 1), form="range", span="25-26 October"),
    c("ahead of the EU Social Summit on 17 November.", "2017-11-17", ref=dt.date(2017, 10, 1), form="missing_year", span="17 November"),
    # https://designaturegr.wixsite.com/egd4cities/forum/city-calls/cities-forum-2023-call-for-hosting-cities
    c("can show their interest by submitting an application by 31 January 2022.", "2022-01-31", form="text", span="31 January 2022"),
    # https://staging.eurocities.eu/eurocities/allcontent/Join-our-Social-Affairs-Forum-meeting-online-on-27-May-WSPO-BPBKPX
    c("EUROCITIES is holding the spring meeting of the Social Affairs Forum online on 27 May.", "2020-05-27", ref=dt.date(2020, 5, 10), form="missing_year", span="27 May"),
    c("the physical SAF meeting in Zagreb is postponed to autumn (dates to be confirmed and announced on 27 May).", "2020-05-27", ref=dt.date(2020, 5, 10), form="missing_year", span="27 May"),
    # http://wsdomino.eurocities.eu/eurocities/allcontent/Social-Affairs-Forum-22-24-October-Warsaw-WSPO-B88PX2
    c("Social Affairs Forum - 22-24 October, Warsaw\n\nstart date\nend date", "2019-10-22", "2019-10-24", ref=dt.date(2019, 6, 1), form="range", span="22-24 October"),
    c("Save the Date for our autumn Social Affairs Forum meeting that will take place on 22-24 October 2019 in Warsaw.", "2019-10-22", "2019-10-24", form="range", span="22-24 October 2019"),
    # http://www.eurocities.eu/eurocities/events/Social-Affairs-Forum-adapting-services-to-demographic-change-in-cities-
    c("The next Social Affairs Forum (SAF) meeting will be held in Osmangazi, Turkey from 11-12 March, followed by meetings of working groups on 13 March 2015.", "2015-03-11", "2015-03-12", ref=dt.date(2015, 1, 20), form="range", span="from 11-12 March"),
    c("followed by meetings of working groups on 13 March 2015.", "2015-03-13", form="text", span="13 March 2015"),
    # https://www.northsweden.eu/kalendarium/konferenser/delta-paa-europeiska-toppmoetet-foer-regioner-och-staeder-2024/
    c("Den 18–19 mars går europeiska toppmötet för regioner och städer av stapeln.", "2024-03-18", "2024-03-19", ref=dt.date(2024, 2, 1), lang="sv", form="range", span="18–19 mars"),
    c("Plats: Mons, Belgien\n\nDatum/Tid: 2024-03-18 10:00 - 23:59\n\nKommande tillfällen", "2024-03-18T10:00:00", "2024-03-18T23:59:00", lang="sv", form="time", span="2024-03-18 10:00 - 23:59"),
])
# --- a fresh batch, read before any change: English town and parish councils -----------
CASES.extend([
    # https://www.devizes-tc.gov.uk/annual-towns-meeting-4th-april-2024/
    c("Home / News / Annual Town’s Meeting | 4th April 2024\n\nAnnual Town’s Meeting", "2024-04-04", form="ordinal", span="4th April 2024"),
    # https://connectgreyhighlands.ca/town-hall-forums
    c("At the March 15, 2023, Council meeting, the following resolution was passed:", "2023-03-15", form="mdy", span="March 15, 2023"),
    c("At the December 6, 2023 Council meeting, Council approved changing the time of the Town Halls from 5:00 pm to 7:00 pm", "2023-12-06", form="mdy", span="December 6, 2023"),
    c("Upcoming Town Halls\n\nAugust 20, 2024 - Kimberley Hall\n\nNovember 19, 2024 - Maxwell Hall", "2024-08-20", form="mdy", span="August 20, 2024"),
    # https://uslegalforms.com/forms-kit/us-0014-cr/franklin-meeting-of-directors-template
    c("A meeting of the Town Council was held on Wednesday, October 16, 2024, at the Municipal Building,.", "2024-10-16", form="weekday", span="Wednesday, October 16, 2024"),
    c("Return forms to your club leader before September 30th. Note: Project leaders", "2024-09-30", ref=dt.date(2024, 9, 1), form="ordinal", span="September 30th"),
    # https://barrowford.org.uk/parish-council/calendar-of-meetings/monthcalendar/2024/9/10
    c("Calendar of Meetings\n\n01 September 2024\nMonday\nTuesday", "2024-09-01", form="text", span="01 September 2024"),
    # https://hemsworthferret.com/2022/05/19/annual-town-meeting-19-may-2022/
    c("Mon. May 20th, 2024\n\nThe Annual Town Meeting is to be held tonight", "2024-05-20", form="weekday", span="Mon. May 20th, 2024"),
    c("To confirm the minutes of the annual town meeting held on 26 May 2021.", "2021-05-26", form="text", span="26 May 2021"),
])
FAILURES.extend([
    # https://andover-tc.gov.uk/meetings/details/annual-council2
    x("The Annual Council and Chairman Making Meeting will start at 7pm in the Upper Guildhall.", "no_date", form="no_date"),
    # http://www.lothersdaleparishcouncil.org.uk/category/uncategorized/
    x("The Council decided at the January meeting to switch the meetings from the second Thursday to the second Monday.", "no_date", form="no_date"),
    # http://www.whaleybridge.com/2020/04/town-council-meetings-postponed/
    x("In line with Government guidelines the April and May Town Council meetings have been postponed.", "no_date", form="no_date"),
])
# --- a fresh batch, read before any change: Polish and Czech town events ----------------
CASES.extend([
    # http://mzo.com.pl/2018/06/21/polska-w-kwiatach-z-mzo/
    c("17 czerwca br. na Rynku odbyło się spotkanie z Panem Witoldem Czuksanow.", "2018-06-17", ref=dt.date(2018, 6, 21), lang="pl", form="missing_year", span="17 czerwca br."),
    # https://infopiotrkow.pl/20230814567370/um-piotrkow-trybunalski-kolejny-rodzinny-festyn-w-czwartek1692048363
    c("Najbliższy piknik plenerowy rozpocznie się 18 sierpnia (czwartek) o godz. 15.00 i potrwa do godz. 17.00 na placu przy Zamku Królewskim", "2022-08-18T15:00:00", ref=dt.date(2022, 8, 14), lang="pl", form="time", span="18 sierpnia (czwartek) o godz. 15.00"),  # the end, after a verb, is not read
    # https://naszepiaseczno.pl/news/116813/lato-zaczyna-sie-w-gorze-kalwarii-radosnie-kolorowo-i-rodzinnie
    c("Już w niedzielę, 29 czerwca 2025 roku, Rynek Miejski w Górze Kalwarii zamieni się w tętniące życiem centrum", "2025-06-29", lang="pl", form="weekday", span="niedzielę, 29 czerwca 2025 roku"),
    # https://www.tarnobrzeg.info/2009/04/29/swieto-konstytucji-3-maja/
    c("Program obchodów Święta Konstytucji 3 Maja nie odbiega od propozycji z lat ubiegłych:\n9:30 – Msza Św.", "2009-05-03", ref=dt.date(2009, 4, 29), lang="pl", form="missing_year", span="3 Maja"),
    # https://rzeszow.naszemiasto.pl/1-czerwca-w-rzeszowie-szykuje-sie-swietna-zabawa-dla-dzieci/ar/c1-9340527
    # https://orlicky.denik.cz/zpravy_region/kraliky-maji-pred-sebou-rok-oslav-20180222.html
    c("Hlavní program oslav ovládne město v termínu 15. - 17. června, chystá se mimo jiné i setkání partnerských měst", "2018-06-15", "2018-06-17", ref=dt.date(2018, 2, 22), lang="cs", form="range", span="15. - 17. června"),
    # https://spolkovydum.cz/velikonocni-jarmark-2025
    c("sobota 5. dubna od 13 hodin na zahradě Spolkového domu", "2025-04-05T13:00:00", ref=dt.date(2025, 3, 20), lang="cs", form="time", span="sobota 5. dubna od 13 hodin"),
    # https://zlin.cz/zpravy/zlinske-namesti-miru-ozije-jarmarkem
    c("Kejklířský jarmark se koná od 17. do 19. září od 8.00 do 18.00 hodin.", "2020-09-17T08:00:00", "2020-09-19T18:00:00", ref=dt.date(2020, 9, 1), lang="cs", form="range", span="od 17. do 19. září od 8.00 do 18.00 hodin"),
    c("Ve čtvrtek 17. září se například lidé mohou těšit od 16.00 hodin na workshop Žonglérská show", "2020-09-17T16:00:00", ref=dt.date(2020, 9, 1), lang="cs", form="weekday", span="čtvrtek 17. září se například lidé mohou těšit od 16.00 hodin"),
    # https://opavsky.denik.cz/zpravy_region/ptacak-ve-stylu-afriky-se-kvuli-desti-presouva-20200709.html
    c("radnice rozhodla akce raději přesunout na jiný termín, a to na pátek 24. července.", "2020-07-24", ref=dt.date(2020, 7, 9), lang="cs", form="weekday", span="pátek 24. července"),
    c("Vernisáž je na programu v úterý 21. července ve 14 hodin, výstava téměř 150 návrhů", "2020-07-21T14:00:00", ref=dt.date(2020, 7, 9), lang="cs", form="time", span="úterý 21. července ve 14 hodin"),
])
FAILURES.extend([
    # https://infopiotrkow.pl/ (a schedule of bare day.month lines: no context makes them dates)
    x("Harmonogram pozostałych czwartkowych festynów wygląda następująco:\n24.08 – osiedle Wierzeje\n31.08 – Mediateka 800-lecia", "no_date", lang="pl", form="short"),
    # https://rzeszow.naszemiasto.pl/
    x("Wydarzenie rozpocznie się o godz. 10 i potrwa do godz. 19.", "no_date", lang="pl", form="no_date"),
])
CASES.extend([
    # A fresh batch from city and municipal pages in Ukrainian, Turkish, Greek, Romanian, Hungarian, Finnish, Latvian, Lithuanian, Bulgarian, Croatian and Slovak (63 of 81 right before changes; the misses are in docs/dates.md): Greek '& ώρα 15:30', 'π.μ.'/'μ.μ.', '(7-3) στις 7 το απόγευμα', genitive weekdays; Latvian 'no pulksten 9'; a time before its date across a slash ('15:38 / 15.05.2018')
    # https://map.zt.ua/uk/news/59208
    c('На наступний четвер, 28 квітня, міський голова Житомира скликає восьму сесію міської ради.', '2022-04-28', ref=dt.date(2022, 4, 21), lang='uk', form='weekday', span='четвер, 28 квітня'),
    # https://1.zt.ua/news/rizne/deputaty-zberutsya-na-perednovorichnu-sesiyu.html
    c('Наступна сесія Житомирської міської ради відбудеться 15 грудня. Депутати обговорять питання', '2022-12-15', ref=dt.date(2022, 12, 8), lang='uk', form='missing_year', span='15 грудня'),
    # https://18000.com.ua/strichka-novin/sesiya-cherkaskoї-miskradi-nazhivo
    c('Сьогодні о 10:00 мало розпочатися засідання Черкаської міської ради.', '2024-02-20T10:00:00', ref=dt.date(2024, 2, 20), lang='uk', form='relative', span='Сьогодні о 10:00'),
    # https://www.vgolos.zt.ua/deputaty-miskoyi-rady-na-cherhoviy-sesiyi-rozhlyanut-65-pytan/
    c('У Житомирі 28 вересня депутати міської ради зберуться на чергову сесію.', '2021-09-28', ref=dt.date(2021, 9, 20), lang='uk', form='missing_year', span='28 вересня'),
    c('Відповідне розпорядження про скликання сесії підписала секретар міської ради Наталія Чиж 18 вересня.', '2021-09-18', ref=dt.date(2021, 9, 20), lang='uk', form='missing_year', span='18 вересня'),
    # https://www.sonhavadis.org/haber/21-mart-nevruz-bayrami-coskuyla-kutlandi-26078.html
    c('Tarih : 21 Mart 2025\nErzincan Binali Yıldırım Üniversitesi', '2025-03-21', lang='tr', form='label', span='21 Mart 2025'),
    c('ATATÜRK ÇOCUKLARI DOĞAL YAŞAM PARKI VE HAYVANAT BAHÇESİ 6 EYLÜL CUMARTESİ GÜNÜ HALKA AÇILIYOR', '2025-09-06', ref=dt.date(2025, 8, 30), lang='tr', form='weekday', span='6 EYLÜL CUMARTESİ'),
    # https://www.cumhuriyet.com.tr/yerel-gundem/kirsehir-de-ramazan-etkinlikleri-suruyor-2481257
    c('ETKİNLİK PROGRAMI\n24 Şubat 2026 – Salı\nYer: Mermerler Parkı', '2026-02-24', lang='tr', form='weekday', span='24 Şubat 2026'),
    c('1 Mart 2026 – Pazar\nYer: Karaoğlan Bülent Ecevit Parkı', '2026-03-01', lang='tr', form='weekday', span='1 Mart 2026'),
    # https://sonhavadis.org/haber/suleymanpasali-cocuklar-kopuk-balon-gosterisiyle-costu-12340.html
    c('çocuklar için 11-15 Kasım tarihleri arasındaki ara tatil boyunca eğlence dolu bir program', '2024-11-11', '2024-11-15', ref=dt.date(2024, 11, 12), lang='tr', form='range', span='11-15 Kasım'),
    c('15 Kasım Cuma gününe kadar Yahya Kemal Beyatlı Kültür Merkezi’nde', '2024-11-15', ref=dt.date(2024, 11, 12), lang='tr', form='weekday', span='15 Kasım Cuma'),
    # https://xtypos.gr/κοινωνία/2013-03-06-11-09-1339f792b2
    c('-Την Τσικνοπέμπτη (7-3) στις 7 το απόγευμα στην Πλατεία Ελ. Βενιζέλου (ΜΕΤΡΟ)', '2013-03-07T19:00:00', ref=dt.date(2013, 3, 6), lang='el', form='time', span='7-3) στις 7 το απόγευμα'),
    c('-Την προτελευταία Κυριακή της Αποκριάς (10-3) στις 12 το μεσημέρι στην Πλατεία Ελ. Βενιζέλου', '2013-03-10T12:00:00', ref=dt.date(2013, 3, 6), lang='el', form='time', span='10-3) στις 12 το μεσημέρι'),
    c('-Την Καθαρά Δευτέρα (18-3) ώρα 11 το πρωί στο Άλσος Μπαρουτάδικο', '2013-03-18T11:00:00', ref=dt.date(2013, 3, 6), lang='el', form='time', span='Δευτέρα (18-3) ώρα 11 το πρωί'),
    c('Την Παρασκευή 8 Μαρτίου,  ο Δήμος Αιγάλεω, ο Σύλλογος Μικρασιατών', '2013-03-08', ref=dt.date(2013, 3, 6), lang='el', form='weekday', span='Παρασκευή 8 Μαρτίου'),
    # https://nlp-news.blogspot.com/2019/03/10_6.html
    c('διοργανώνει ο Δήμος Μάνδρας – Ειδυλλίας το πρωί της Κυριακής 10 Μαρτίου 2019.', '2019-03-10', lang='el', form='weekday', span='Κυριακής 10 Μαρτίου 2019'),
    # https://xylokastro-evrostini.gov.gr/el/zo-ston-dimo-services/enemeronomai/ta-nea-mas/ekdeloseis/3641-programma-apokriatikon-ekdeloseon-tou-demou-mas-2322
    c('Καρναβάλι: Κυριακή 2 Μαρτίου 2014 & ώρα 15:30.', '2014-03-02T15:30:00', lang='el', form='time', span='Κυριακή 2 Μαρτίου 2014 & ώρα 15:30'),
    c('Καρναβάλι: Δευτέρα 3 Μαρτίου 2014 & ώρα 12:00 μ.μ.', '2014-03-03T12:00:00', lang='el', form='time', span='Δευτέρα 3 Μαρτίου 2014 & ώρα 12:00 μ.μ.'),
    c('Κούλουμα: Δευτέρα 3 Μαρτίου 2014 & ώρα 10:00 π.μ. στη πλατεία του χωριού.', '2014-03-03T10:00:00', lang='el', form='time', span='Δευτέρα 3 Μαρτίου 2014 & ώρα 10:00 π.μ.'),
    c('Καρναβάλι: Σάββατο1 Μαρτίου 2014 & ώρα 15:30.', '2014-03-01T15:30:00', lang='el', form='time', span='Σάββατο1 Μαρτίου 2014 & ώρα 15:30'),
    c('Κούλουμα: Δευτέρα 3 Μαρτίου & ώρα 11:00 π.μ. στο Δημοτικό Σχολείο.', '2014-03-03T11:00:00', ref=dt.date(2014, 2, 25), lang='el', form='time', span='Δευτέρα 3 Μαρτίου & ώρα 11:00 π.μ.'),
    # https://jurnaluldearges.ro/filarmonica-pitesti-va-concerta-in-aer-liber-de-sf-maria-23711/
    c('Standurile vor fi deschise în Piața Milea între 10 şi 15 august.', '2023-08-10', '2023-08-15', ref=dt.date(2023, 8, 1), lang='ro', form='range', span='între 10 şi 15 august'),
    c('Pe 15 august, în fața Teatrului Davila, Filarmonica Pitești va susține un concert', '2023-08-15', ref=dt.date(2023, 8, 1), lang='ro', form='missing_year', span='15 august'),
    c('Ediția a XXV-a a Zilelor Municipiului Câmpulung se desfășoară începând de mâine, 14 iulie 2025,...', '2025-07-14', ref=dt.date(2025, 7, 13), lang='ro', form='relative', span='14 iulie 2025'),
    # https://www.newsbucovina.ro/actualitate/12988/primaria-falticeni-vrea-sa-organizeze-zilele-orasului-cu-50-de-milioane-de-lei
    c('un festival naTional de folclor destinat copiilor (19 iulie) Si o zi a tineretului', '2011-07-19', ref=dt.date(2011, 6, 1), lang='ro', form='missing_year', span='19 iulie'),
    # http://www.cugetliber.ro/stiri-politica-ziua-comunei-pestera-un-eveniment-asteptat-de-mii-de-constanteni-289316
    c('Evenimentul va avea loc, sâmbătă, 21 Mai, de la ora 15.00, când prezentatorii Romică Țociu', '2016-05-21T15:00:00', ref=dt.date(2016, 5, 15), lang='ro', form='time', span='sâmbătă, 21 Mai, de la ora 15.00'),
    # https://exclusivdb.ro/comuna-petresti-este-in-sarbatoare-pe-15-august-primarul-andrei-lucian-daniel-a-invitat-cei-mai-tari-artisti-la-eveniment/
    c('Cel mai mare eveniment al anului la Petrești va avea loc pe 15 august, când se sărbătorește Ziua Comunei!', '2023-08-15', ref=dt.date(2023, 8, 1), lang='ro', form='missing_year', span='15 august'),
    # https://m.botosaneanul.ro/primarul-promite-un-festival-al-verii-cu-surprize-in-luna-august
    c('din discuţiile preliminare, după data de 20 august, patru zile şi vă promit', '2011-08-20', ref=dt.date(2011, 7, 20), lang='ro', form='missing_year', span='20 august'),
    # http://www.sighet-online.ro/index.php?view=article&catid=44%3Acomunitate&id=5092
    c('Sâmbătă, 06 Iunie 2009 09:47\n\nCea de a XI-a ediţie', '2009-06-06T09:47:00', lang='ro', form='time', span='Sâmbătă, 06 Iunie 2009 09:47'),
    c('organizat de Primăria şi Consiliul Local Budeşti, se va desfăşura în zilele de 7 şi 8 iunie.', '2009-06-07', '2009-06-08', ref=dt.date(2009, 6, 6), lang='ro', form='list', span='7 şi 8 iunie'),
    # https://www.beol.hu/helyi-kozelet/2024/02/programokat-vazolt-fel-a-medgyesi-civil-kerekasztal
    c('rendezvénynaptárba, amit most június 30-ig beszéltek át a kerekasztal tagjai', '2024-06-30', ref=dt.date(2024, 2, 10), lang='hu', form='missing_year', span='június 30-ig'),
    # https://www.bama.hu/helyi-kozelet/2022/08/tuzijatek-es-langshow-zarja-a-varosnapot
    c('Szeptember 10-én, szombaton reggel kezdetét veszi a bográcsos kakaspörköltverseny', '2022-09-10', ref=dt.date(2022, 8, 25), lang='hu', form='weekday', span='Szeptember 10-én'),
    # https://www.kalohirek.hu/cimke/unnepi-kepviselo-testuleti-ules
    c('A város kitüntető díjait az augusztus 20-ai ünnepély keretében adják át', '2023-08-20', ref=dt.date(2023, 8, 1), lang='hu', form='missing_year', span='augusztus 20-ai'),
    c('ma, a március 15-ei nemzeti ünnep alkalmából tartott ünnepélyes testületi ülés', '2023-03-15', ref=dt.date(2023, 3, 10), lang='hu', form='missing_year', span='március 15-ei'),
    # https://www.vakka.fi/kulttuuri/naantalipaivana-torikirppista-kaupungintalon-kierroksia-ja-puistojuhlaa-6.221.140929.06ef0acd5f
    c('Kulttuuri\nNaantali\n20.8.2023 11.35\n\nNaantali-päivänä torikirppistä', '2023-08-20T11:35:00', lang='fi', form='time', span='20.8.2023 11.35'),
    c('Naantali täyttää 580 vuotta keskiviikkona 23.8. Juhlan aihetta antaa myös kaupungintalo', '2023-08-23', ref=dt.date(2023, 8, 20), lang='fi', form='weekday', span='keskiviikkona 23.8.'),
    # https://www.sttinfo.fi/tiedote/ (Kesäpäivä Töölönlahdella)
    c('Kaiken kansan puistojuhlat Töölönlahden puistossa ja Kansalaistorilla avaavat Suomen EU-puheenjohtajakauden 8. heinäkuuta.', '2019-07-08', ref=dt.date(2019, 7, 4), lang='fi', form='missing_year', span='8. heinäkuuta'),
    # https://www.is.fi/kotimaa/art-2000006577313.html
    c('22.–30.8. Hunajahulinat: Suomen hunajapääkaupungiksi julistautuneessa Akaassa', '2020-08-22', '2020-08-30', ref=dt.date(2020, 7, 20), lang='fi', form='range', span='22.–30.8.'),
    # https://ubc.net/event/turku-old-town-celebration
    c('Turku Old Town celebration\n\n2025-06-14 8:00 am - 5:00 pm\n\nTurku Old Town Celebration', '2025-06-14T08:00:00', '2025-06-14T17:00:00', lang='en', form='iso', span='2025-06-14 8:00 am - 5:00 pm'),
    # https://bauskasdzive.lv/?p=123086
    c('Sestdiena, 6. decembris\nNikolajs, Niklāvs, Niks, Nikola', '2025-12-06', ref=dt.date(2025, 12, 1), lang='lv', form='weekday', span='Sestdiena, 6. decembris'),
    c('Gatavojoties 20. jūnija svētkiem, Bauskā daudzviet izveidoti jauni apstādījumi.', '2009-06-20', ref=dt.date(2009, 6, 10), lang='lv', form='missing_year', span='20. jūnija'),
    # http://valmiera.pilseta24.lv/zina?slug=gaidami-zilakalna-pagasta-svetki-quot-rudens-punkti-quot-930e7aad89
    c('Sestdien, 5.septembrī, no plkst.11.00 notiks Zilākalna pagasta svētki "Rudens punkti"', '2015-09-05T11:00:00', ref=dt.date(2015, 8, 30), lang='lv', form='time', span='Sestdien, 5.septembrī, no plkst.11.00'),
    # https://www.ziemellatvija.lv/novados/bus-rudens-tirdzins-karku-pagasta-saimnieciba-rudzisi-150666
    c('Sandra Pilskalne aicina sestdien, 19. septembrī, no pulksten 9 līdz 11 uz zemnieku saimniecības “Rudzīši” rīkoto lauku labumu tirdziņu.', '2020-09-19T09:00:00', '2020-09-19T11:00:00', ref=dt.date(2020, 9, 10), lang='lv', form='time', span='sestdien, 19. septembrī, no pulksten 9 līdz 11'),
    c('Pieteikšanās līdz piektdienai, 18. septembrim, zvanot uz mobilo tālruni', '2020-09-18', ref=dt.date(2020, 9, 10), lang='lv', form='weekday', span='18. septembrim'),
    # https://www.rekurzeme.lv/vietejas-zinas/par-godu-dziesmu-un-deju-svetkiem-pacels-karogus-136861
    c('Dziesmu un deju svētki Rīgā notiks no 30. jūnija līdz 8. jūlijam.', '2018-06-30', '2018-07-08', ref=dt.date(2018, 6, 1), lang='lv', form='range_months', span='no 30. jūnija līdz 8. jūlijam'),
    # https://malta.lv/index.php/aktualitates/kultura/item/920-balta-galdauta-svetki
    c('Otrdiena, 23 Aprīlis 2024 12:41\n\nBaltā galdauta svētki', '2024-04-23T12:41:00', lang='lv', form='time', span='Otrdiena, 23 Aprīlis 2024 12:41'),
    c('4. maijā, Latvijas Republikas neatkarības atjaunošanas dienā, iedzīvotāji tiek aicināti', '2024-05-04', ref=dt.date(2024, 4, 23), lang='lv', form='missing_year', span='4. maijā'),
    # http://talsi.pilseta24.lv/zina?slug=talsos-svines-pilsetas-svetkus-6d223d6e07
    c('Sestdien, 2.jūlijā, Talsos notiks pilsētas svētki "Vasaras vidus svinēšana"', '2011-07-02', ref=dt.date(2011, 6, 25), lang='lv', form='weekday', span='Sestdien, 2.jūlijā'),
    # https://diena.lt/naujienos/kaunas/miesto-pulsas/svarbi-informacija-vykstantiems-i-kaledu-eglutes-iziebimo-svente-1729931
    c('Primename, kad lapkričio 22 d. Kaune, Rotušės aikštėje, bus įžiebta pagrindinė miesto žaliaskarė.', '2025-11-22', ref=dt.date(2025, 11, 21), lang='lt', form='missing_year', span='lapkričio 22 d.'),
    # https://www.respublika.lt/lt/naujienos/kultura/kulturos_naujienos/sirvintos_svencia_545asias_miesto_metines/
    c('Publikuota: 2020 liepos 24 09:04:25, Valentina Gudienė, Elta', '2020-07-24T09:04:25', lang='lt', form='time', span='2020 liepos 24 09:04:25'),
    c('Šventiniai renginiai – aktyvūs, linksmi, judrūs užsiėmimai – prasidėjo jau nuo liepos 21-osios.', '2020-07-21', ref=dt.date(2020, 7, 24), lang='lt', form='missing_year', span='liepos 21-osios'),
    # https://blagoevgrad.eu/navrshvat-se-114-godini-ot-rozhdenieto-na-nikola-vapczarov
    c('На 07 декември 2023 г. се навършват 114 години от рождението на Никола Вапцаров.', '2023-12-07', lang='bg', form='text', span='07 декември 2023 г.'),
    # https://plovdiv24.bg/novini//print/791257.html
    c('Автор: Мариана Панчева 15:38 / 15.05.2018Коментари ()4175', '2018-05-15T15:38:00', lang='bg', form='time', span='15:38 / 15.05.2018'),
    c('Лично кметът Димитър Колев покани пловдивчани и гостите на града на 16 май от 16,30 часа в парк "Ружа"', '2018-05-16T16:30:00', ref=dt.date(2018, 5, 15), lang='bg', form='time', span='16 май от 16,30 часа'),
    # https://shok-news.com/bg/obshtinski-proleten-praznik-sabra-22-chitalishta-vav-vratsa/
    c('Общински пролетен празник събра 22 читалища във Враца\n\n22-04-2024     0      89', '2024-04-22', lang='bg', form='numeric', span='22-04-2024'),
    # https://pirinsko.com/blagoevgrad-shte-otbeleji-denq-na-evropa-i-denq-v-pamet-na-jertvite-ot-vtorata-svetovna-vojna-139791
    c('08 Май 2024 | 09:55\n0 коментара\nКултура', '2024-05-08T09:55:00', lang='bg', form='time', span='08 Май 2024 | 09:55'),
    # https://www.kazanlak.bg/kazanlak-posreshta-24-may-s-valnuvashti-sabitiya
    c('21 май 2024 г.\n5\nКАЗАНЛЪК ПОСРЕЩА 24 МАЙ С ВЪЛНУВАЩИ СЪБИТИЯ', '2024-05-21', lang='bg', form='text', span='21 май 2024 г.'),
    c('По повод 24 май - Ден на светите братя Кирил и Методий, на българската азбука', '2024-05-24', ref=dt.date(2024, 5, 21), lang='bg', form='missing_year', span='24 май'),
    # https://tvzapad.bg/ (Дупница)
    c('Откриването им трябваше да е на 15 май, но предвид извънредната ситуация в страната', '2020-05-15', ref=dt.date(2020, 4, 20), lang='bg', form='missing_year', span='15 май'),
    # https://convert.topnovini.bg/novini/714486-s-bogata-programa-obshtina-kuklen-praznuva-15-godishninata-ot-uchredyavaneto-si
    c('Тържествата започват на 25 юни от 19 часа с театрална постановка', '2016-06-25T19:00:00', ref=dt.date(2016, 6, 25), lang='bg', form='time', span='25 юни от 19 часа'),
    c('На 2 юли от 13.30 до 15 часа пред парка на читалището ще се проведат кулинарна и занаятчийска изложби.', '2016-07-02T13:30:00', '2016-07-02T15:00:00', ref=dt.date(2016, 6, 25), lang='bg', form='time', span='2 юли от 13.30 до 15 часа'),
    # https://ogportal.com/2018/07/13/dan-grada-karlovca-2/
    c('Grad Karlovac prigodnim obilježavanjem u petak, 13. srpnja, svečano proslavlja 439. rođendan', '2018-07-13', ref=dt.date(2018, 7, 13), lang='hr', form='weekday', span='petak, 13. srpnja'),
    # https://www.tzosijek.hr/stranica.php?id=1027
    c('Četvrtak, 29. studenoga 2018.\n\nPetak, 30. studenoga 2018.', '2018-11-29', lang='hr', form='weekday', span='Četvrtak, 29. studenoga 2018'),
    # https://vrlika.hr/raspored-dogadanja-z-dan-grada/
    c('RASPORED DOGAĐANJA ZA DAN GRADA\n\nPETAK, 3. listopada\n\n10:30 Polaganje vijenaca', '2025-10-03T10:30:00', ref=dt.date(2025, 9, 25), lang='hr', form='time', span='PETAK, 3. listopada\n\n10:30'),
    c('SUBOTA, 4. listopada\n\n10:00 Vrlička dječja utrka', '2025-10-04T10:00:00', ref=dt.date(2025, 9, 25), lang='hr', form='time', span='SUBOTA, 4. listopada\n\n10:00'),
    # https://www.kulturamoldava.sk/sk/stavanie-maja-0
    c('Tradičné stavanie mája pripravilo vo štvrtok (30. apríla) Mestské kultúrne stredisko', '2020-04-30', ref=dt.date(2020, 5, 1), lang='sk', form='weekday', span='štvrtok (30. apríla)'),
    # https://mybystrica.sme.sk/c/20272925/caj-o-piatej-opat-ozivi-mestsky-park.html
    c('O dobrú náladu všetkých návštevníkov sa už túto nedeľu, 18. septembra o 17:00 hod. postarajú tanečníci', '2016-09-18T17:00:00', ref=dt.date(2016, 9, 12), lang='sk', form='time', span='nedeľu, 18. septembra o 17:00 hod.'),
])
FAILURES.extend([
    # The same batch's times without a date
    # https://map.zt.ua/uk/news/59208
    x('На порядку денному 50 питань. Засідання почнеться о 10 годині.', 'no_date', lang='uk', form='no_date'),
    # https://www.cumhuriyet.com.tr/yerel-gundem/kirsehir-de-ramazan-etkinlikleri-suruyor-2481257
    x('farklı mahallelerimizde saat 20.30’da başlayacak olan Ramazan ayı etkinliğine bekliyoruz', 'no_date', lang='tr', form='no_date'),
    # https://www.delmagyar.hu/szeged_hirek/pledes_piknik_petofitelepen/2601366/
    x('– 14 órától várjuk a családokat a játszótérre', 'no_date', lang='hu', form='no_date'),
    # https://www.vakka.fi/kulttuuri/naantalipaivana-torikirppista-kaupungintalon-kierroksia-ja-puistojuhlaa-6.221.140929.06ef0acd5f
    x('Naantali-päivän vietto alkaa klo 12 torilla', 'no_date', lang='fi', form='no_date'),
    # https://bauskasdzive.lv/?p=123086
    x('Tas pilskalna estrādē sāksies plkst. 14 ar jaundzimušo baušķenieku sveikšanu.', 'no_date', lang='lv', form='no_date'),
    # http://talsi.pilseta24.lv/zina?slug=talsos-svines-pilsetas-svetkus-6d223d6e07
    x('No plkst.11.00 līdz 12.30 kursēs deviņu pakalnu maršruta autobuss', 'no_date', lang='lv', form='no_date'),
])
CASES.extend([
    # A second fresh batch, read after this session's fixes: 15 of 18 right (Slovenian, Estonian, English, Polish, Portuguese; the misses are in docs/dates.md)
    # http://www.ozvvs-idrija-cerkno.si/2021/06/19/naj-tebi-pesem-pojem/
    c('Svečanost bo v petek, 25.6.2021 ob 20,30 uri v spominskem parku osamosvojitve Slovenije v Idriji', '2021-06-25T20:30:00', lang='sl', form='time', span='petek, 25.6.2021 ob 20,30 uri'),
    # https://tartufolk.ee/uudised/tartu-linna-paev-29-juuni/
    c('Tartu linna päev – 29. juuni\n\n29. juunil tähistatakse Tartu linna päeva.', '2022-06-29', ref=dt.date(2022, 6, 20), lang='et', form='missing_year', span='29. juuni'),
    c('29. juunil tähistatakse Tartu linna päeva. Päeva jooksul toimub mitmeid traditsioonilisi üritusi', '2022-06-29', ref=dt.date(2022, 6, 20), lang='et', form='missing_year', span='29. juunil'),
    c('Fotod: Helin Pihlap\n\n29. juuni 2022 | Uudised\nJaga postitust sotsiaalmeedias', '2022-06-29', lang='et', form='text', span='29. juuni 2022'),
    # https://virumaateataja.postimees.ee/7520367/juubelihongulised-rakvere-linna-paevad-toimuvad-juba-kuu-aja-parast
    c('Tänavused linnapäevad on juubelihõngulised, kuna 12. juunil möödub 720 aastat päevast', '2022-06-12', ref=dt.date(2022, 5, 12), lang='et', form='missing_year', span='12. juunil'),
    c('on rõõm, et saame 12. juuni õhtul piiranguteta kogunedes kutsuda linnarahva vallimäele kontserdile', '2022-06-12', ref=dt.date(2022, 5, 12), lang='et', form='missing_year', span='12. juuni'),
    # https://news.err.ee/1608212563/tallinn-day-celebrated-for-the-20th-time-on-saturday
    c('A parade, flower planting and concerts will be held across the capital city on Saturday (May 15) to mark the 20th Tallinn Day.', '2021-05-15', ref=dt.date(2021, 5, 14), lang='en', form='weekday', span='May 15'),
    # https://news.err.ee/1609381730/tartu-s-annual-city-day-takes-place-on-saturday
    c('On Saturday (June 29), Tartu hosts its annual celebration of the city.', '2024-06-29', ref=dt.date(2024, 6, 27), lang='en', form='weekday', span='June 29'),
    # http://parafiaswfranciszek.pl/2018/05/30/marsz-dla-zycia-i-rodziny/
    c('Moc atrakcji czeka naszych milusińskich już w najbliższą sobotę, 2 czerwca. Zapraszamy', '2018-06-02', ref=dt.date(2018, 5, 30), lang='pl', form='weekday', span='sobotę, 2 czerwca'),
    # http://wpowiecie.pl/chca-wzmacniac-wiezi-rodzinne-z-tej-okazji-organizuja-sasiedzkiego-grilla/
    c('Zabawa odbędzie się 21 lipca w Mazurach przy ulicy Kasprowicza. Jej początek zaplanowano na godz. 16.', '2018-07-21', ref=dt.date(2018, 7, 10), lang='pl', form='missing_year', span='21 lipca'),
    # https://echokatolickie.pl/majowe-swietowanie
    c('rozpoczną się tegoroczne obchody rocznicy uchwalenia Konstytucji 3 maja.', '2019-05-03', ref=dt.date(2019, 4, 30), lang='pl', form='missing_year', span='3 maja'),
])
FAILURES.extend([
    # The second batch's times without a date
    # https://parnu.postimees.ee/2833397/parnust-saab-19-korda-suvepealinn
    x('Laupäeval kell 13.51 algab kalendri järgi suvi ja Pärnu saab taas suvepealinna tiitli.', 'no_date', lang='et', form='no_date'),
    # https://news.err.ee/1609381730/tartu-s-annual-city-day-takes-place-on-saturday
    x('The eventful day begins at 9 a.m. by the market.', 'no_date', lang='en', form='no_date'),
    # https://bia24.pl/kategorie/wiadomosci/festyn-proekologiczny-na-targowisku-miejskim.html
    x('Festyn rodzinny odbywa się w godzinach 9.00-14.00 na terenie Targowiska Miejskiego', 'no_date', lang='pl', form='no_date'),
    # http://parafiaswfranciszek.pl/2018/05/30/marsz-dla-zycia-i-rodziny/
    x('Spotykamy się o godz. 13:15, a następnie ulicami Śródmieścia przejdziemy do Parku Miejskiego', 'no_date', lang='pl', form='no_date'),
])
CASES.extend([
    # Three cases once labelled no_date, read since the 5 Dec 2026 round: a weekday and a day
    # with no month, placed by the reference (see docs/dates.md, "A day named with its weekday")
    # http://www.cronica3.com/2017/04/alumnos-do-colexio-de-cervo-e-de-intercambio-do-ies-marques-de-sargadelos-visitaron-hoxe-a-casa-consistorial/
    c("o espectáculo que ofrecerá Sergio Pazos este venres, día 7, no auditorio municipal de Burela", "2017-04-07", ref=dt.date(2017, 4, 5), lang="gl", form="weekday_day", span="venres, día 7"),
    # https://camarasaoroque.sp.gov.br/?p=2698 (a day without its month; 11 March is a Thursday too, farther from the page)
    c("voltando a funcionar na quinta-feira, dia 11, a partir das 8h.", "2021-02-11T08:00:00", ref=dt.date(2021, 2, 5), lang="pt", form="weekday_day", span="quinta-feira, dia 11, a partir das 8h"),
    # https://alkonetara.org/foros/debate/pleno-ordinario-del-mes-de-noviembre/ (a day without its month)
    c("El próximo Jueves día 19, a las 19 horas tendrá lugar el Pleno ordinario correspondiente al mes de Noviembre.", "2015-11-19T19:00:00", ref=dt.date(2015, 11, 10), lang="es", form="weekday_day", span="Jueves día 19, a las 19 horas"),
])
CASES.extend([
    # An eighteenth batch (5 Dec 2026): 167 forms from pages not used before, read by the code
    # before the round: 143/167 (85.6 %); the 161 read after it are here (docs/dates.md)
    # https://pelop.gr/patra-anavalletai-i-christougenniatiki-eikastiki-drasi-stin-plateia-georgiou/
    c('Αναβάλλεται η εκδήλωση που ήταν προγραμματισμένη να πραγματοποιηθεί σήμερα, Σάββατο 20 Δεκεμβρίου, στις 18:00, στην πλατεία Γεωργίου.', '2025-12-20T18:00:00', ref=dt.date(2025, 12, 20), lang='el', form='time', span='Σάββατο 20 Δεκεμβρίου, στις 18:00'),
    # https://odigos-pierias.gr/ (πρόγραμμα εορτασμού των Θεοφανείων, Δήμος Πύδνας-Κολινδρού)
    c('ΠΡΟΓΡΑΜΜΑ ΕΟΡΤΑΣΜΟΥ ΤΩΝ ΘΕΟΦΑΝΕΙΩΝ ΤΟ ΣΑΒΒΑΤΟ 6 ΙΑΝΟΥΑΡΙΟΥ 2024', '2024-01-06', lang='el', form='text', span='ΣΑΒΒΑΤΟ 6 ΙΑΝΟΥΑΡΙΟΥ 2024'),
    # https://timeforgoodnews.gr/2022/12/ (παραμονή Πρωτοχρονιάς στο Βύρωνα)
    c('30/12/2022\nΤο Σάββατο 31 Δεκεμβρίου Παραμονή της Πρωτοχρονιάς', '2022-12-30', lang='el', form='text', span='30/12/2022'),
    c('Η προγραμματισμένη παιδική θεατρική παράσταση για τις 3 Ιανουαρίου δεν πραγματοποιηθεί', '2023-01-03', ref=dt.date(2022, 12, 30), lang='el', form='missing_year', span='3 Ιανουαρίου'),
    # https://eordaia.org/index.php/14-2016-dekemvrios/1610-eortastikes-thriskeftikes-paidikes-ekdiloseis-sto-dimo-servion-velventou
    c('ΠΑΡΑΣΚΕΥΗ  23 ΔΕΚΕΜΒΡΙΟΥ\n\n4μ.μ. - Τρανόβαλτο, Παιδικό πρόγραμμα', '2016-12-23T16:00:00', ref=dt.date(2016, 12, 15), lang='el', form='time', span='ΠΑΡΑΣΚΕΥΗ  23 ΔΕΚΕΜΒΡΙΟΥ\n\n4μ.μ.'),
    c('ΠΡΩΤΟΧΡΟΝΙΑ ΚΥΡΙΑΚΗ 1 ΙΑΝΟΥΑΡΙΟΥ\n\n10:15π.μ. Επίσημη Δοξολογία', '2017-01-01T10:15:00', ref=dt.date(2016, 12, 15), lang='el', form='time', span='ΚΥΡΙΑΚΗ 1 ΙΑΝΟΥΑΡΙΟΥ\n\n10:15π.μ.'),
    # http://www.kosmoslarissa.gr/blog/larisa/me-aslanidoy-to-anamma-toy-dentroy-sti-larisa-to-programma-ton-eortastikon-ekdiloseon
    c('Το άναμμα του χριστουγεννιάτικου δέντρου θα πραγματοποιηθεί στην κεντρική πλατεία της πόλης την Τετάρτη 28 Νοεμβρίου', '2018-11-28', ref=dt.date(2018, 11, 20), lang='el', form='missing_year', span='Τετάρτη 28 Νοεμβρίου'),
    c('ΤΕΤΑΡΤΗ 28.11.2018\n\n20:00 ΚΕΝΤΡΙΚΗ ΠΛΑΤΕΙΑ', '2018-11-28T20:00:00', lang='el', form='time', span='ΤΕΤΑΡΤΗ 28.11.2018\n\n20:00'),
    c('το Πάρκο των Ευχών που ανοίγει τις πύλες του στις 7 Δεκεμβρίου με σόου στον πάγο', '2018-12-07', ref=dt.date(2018, 11, 20), lang='el', form='missing_year', span='7 Δεκεμβρίου'),
    # http://www.pamebolta.gr/ (Εκδηλώσεις Δήμων: Φεστιβάλ Καλοκαιριού 2020, Θεσσαλονίκη)
    c('διοργανώνει από τις 15 Ιουλίου έως τις 5 Σεπτεμβρίου το Φεστιβάλ Καλοκαιριού 2020', '2020-07-15', '2020-09-05', ref=dt.date(2020, 7, 1), lang='el', form='range', span='15 Ιουλίου έως τις 5 Σεπτεμβρίου'),
    # https://novinata.bg/regiona/i-dnes-v-pesthera-koledni-istorii-magiq-i-muzika/
    c('Днес от 11:00 ч., на площад „България“ ще научим любопитни „Коледни истории край елхата“', '2025-12-18T11:00:00', ref=dt.date(2025, 12, 18), lang='bg', form='time', span='Днес от 11:00 ч.'),
    # https://bnr.bg/radiobulgaria/post/102080644/praznichna-magia-s-pesni-tanci-i-sreshti-s-dado-koleda-otkrivat-koledno-gradche-v-pleven
    c('Тазгодишната празнична програма на общината ще стартира на 2 декември с тържествено запалване на коледната елха', '2024-12-02', ref=dt.date(2024, 11, 25), lang='bg', form='missing_year', span='2 декември'),
    c('ледената пързалка на площад "Възраждане", която ще остане отворена до 2 януари', '2025-01-02', ref=dt.date(2024, 11, 25), lang='bg', form='missing_year', span='2 януари'),
    # http://arenamedia.net/news.php?newsandpromotion_id=35908
    c('13.08.2018  » Цяла седмица празници на община Сливо поле', '2018-08-13', lang='bg', form='text', span='13.08.2018'),
    c('Празници на община Сливо поле ще се проведат от 13-ти до 19 август.', '2018-08-13', '2018-08-19', ref=dt.date(2018, 8, 13), lang='bg', form='range', span='от 13-ти до 19 август'),
    c('Началото е днес, 13 август, от 9.30 часа, с официално откриване', '2018-08-13T09:30:00', ref=dt.date(2018, 8, 13), lang='bg', form='time', span='13 август, от 9.30 часа'),
    c('На следващия ден, 14 август, от 10.00 часа започва детски празник', '2018-08-14T10:00:00', ref=dt.date(2018, 8, 13), lang='bg', form='time', span='14 август, от 10.00 часа'),
    c('Традиционният панаир започва в събота, 18 август, с фермерски базар и битак', '2018-08-18', ref=dt.date(2018, 8, 13), lang='bg', form='missing_year', span='събота, 18 август'),
    # https://www.balkannews.bg/kocherinovo-shte-praznuva-dva-dni-s-muzika-i-tanci
    c('Община Кочериново организира тържествено честване на празника на града на 20 и 21 септември 2025 г.', '2025-09-20', '2025-09-21', lang='bg', form='range', span='20 и 21 септември 2025 г.'),
    c('Над 16 млн. лева са щетите след пожара в Пирин\n- 18 септември, 2025', '2025-09-18', lang='bg', form='text', span='18 септември, 2025'),
    # http://calendar.dir.bg/inner.php?d=1&month=10&year=2018&cid=0&sid=0&eid=75275
    c('1 Окт\n\nПрояви по повод празника на град Банско', '2018-10-01', ref=dt.date(2018, 9, 28), lang='bg', form='missing_year', span='1 Окт'),
    c('На 5 октомври в 9.00 ч. Празникът на града ще започне с тържествена света литургия', '2018-10-05T09:00:00', ref=dt.date(2018, 9, 28), lang='bg', form='time', span='5 октомври в 9.00 ч.'),
    # https://novinata.bg/regiona/stara-zagora-chestva-denq-na-narodnite-buditeli-s-bogata-programa/
    c('петък, октомври 24, 2025\nСтара Загора чества Деня на народните будители', '2025-10-24', lang='bg', form='text', span='петък, октомври 24, 2025'),
    c('Събитията, посветени на Деня на народните будители започват от 27 октомври 2025 г., а на 30 октомври', '2025-10-27', lang='bg', form='text', span='27 октомври 2025 г.'),
    c('На 1 ноември (събота) традиционно ще бъде отслужена заупокойна литургия', '2025-11-01', ref=dt.date(2025, 10, 24), lang='bg', form='missing_year', span='1 ноември (събота)'),
    # https://partizanske.info/?ai1ec=action~agenda|time_limit~1656626400
    c('Oslavy sa konajú v sobotu 6. augusta na ihrisku', '2022-08-06', ref=dt.date(2022, 7, 20), lang='sk', form='missing_year', span='sobotu 6. augusta'),
    # https://korzar.sme.sk/c/22990214/dni-mesta-trebisov-tip-na-vikend-27-a-28-augusta.html
    c('Vyvrcholením najväčšieho letného kultúrno-spoločenského podujatia bude víkendový program 27. a 28. augusta.', '2022-08-27', '2022-08-28', ref=dt.date(2022, 8, 22), lang='sk', form='range', span='27. a 28. augusta'),
    c('V piatok 26. a v sobotu 27. augusta je pripravený bohatý program', '2022-08-26', '2022-08-27', ref=dt.date(2022, 8, 22), lang='sk', form='range', span='piatok 26. a v sobotu 27. augusta'),
    # https://www.ajdnes.sk/den-mesta-2018/nove-mesto-nad-vahom/95410
    c('sa 8. júna 2018 uskutoční celodenné podujatie na námestí', '2018-06-08', lang='sk', form='text', span='8. júna 2018'),
    # https://partizanske.info/?ai1ec=action~agenda|time_limit~1682287200
    c('tradičné stavanie mája, ktoré sa uskutoční pred Kultúrnym domom vo Veľkých Bieliciach v sobotu 29. apríla so začiatkom o 17. hodine.', '2023-04-29T17:00:00', ref=dt.date(2023, 4, 24), lang='sk', form='time', span='sobotu 29. apríla so začiatkom o 17. hodine'),
    c('Májového kultúrneho festivalu, ktorý sa bude konať 30. apríla na Námestí SNP v Partizánskom.', '2023-04-30', ref=dt.date(2023, 4, 24), lang='sk', form='missing_year', span='30. apríla'),
    c('Stand-up komediálnu šou Silné Reči si máte príležitosť vychutnať v piatok 5. mája so začiatkom o 19.00 h.', '2023-05-05T19:00:00', ref=dt.date(2023, 4, 24), lang='sk', form='time', span='piatok 5. mája so začiatkom o 19.00 h'),
    # https://partizanske.info/?ai1ec=action~agenda|time_limit~1705014000
    c('Mobilný zber kuchynských olejov\njan 15 @ 14:30 – 15:45', '2024-01-15T14:30:00', '2024-01-15T15:45:00', ref=dt.date(2024, 1, 12), lang='sk', form='time', span='jan 15 @ 14:30 – 15:45'),
    c('V utorok 16. januára a v utorok 30. januára 2024 o 7.00 hod. sa na území mesta Partizánske uskutoční zber', '2024-01-16T07:00:00', lang='sk', form='time', span='utorok 16. januára a v utorok 30. januára 2024 o 7.00 hod.'),
    # https://infovolby.sk/clanok/predbezny-prehlad-udalosti-na-sobotu-9-septembra
    c('Predbežný prehľad udalostí na sobotu 9. septembra', '2023-09-09', ref=dt.date(2023, 9, 8), lang='sk', form='missing_year', span='sobotu 9. septembra'),
    c('Salamandrové dni (7. - 9. septembra)\n\nBanská Štiavnica', '2023-09-07', '2023-09-09', ref=dt.date(2023, 9, 8), lang='sk', form='range', span='7. - 9. septembra'),
    # https://teraz.sk/regiony/bude-veselo-v-dolnom-kubine-sa-chysta/816636-clanok.html
    c('Streda 21. máj 2025Meniny má Zina', '2025-05-21', lang='sk', form='text', span='Streda 21. máj 2025'),
    c('otvorenie Športových hier telesne znevýhodnenej mládeže, ktoré budú v Dolnom Kubíne od 12. do 15. septembra.', '2024-09-12', '2024-09-15', ref=dt.date(2024, 8, 19), lang='sk', form='range', span='od 12. do 15. septembra'),
    c('Počas piatka 13. septembra a soboty 14. septembra ponúknu program plný zábavy', '2024-09-13', '2024-09-14', ref=dt.date(2024, 8, 19), lang='sk', form='range', span='piatka 13. septembra a soboty 14. septembra'),
    # https://archiv.kulturneleto.eu/2016/aktualne/index-1.htm?show=primatorsky-den-zmena
    c('vzhľadom k nepriaznivej predpovedi počasia na piatok 7. októbra 2016, kedy sa bude konať Primátorský deň', '2016-10-07', lang='sk', form='text', span='piatok 7. októbra 2016'),
    # https://jienii.ro/targu-jiu-incep-zilele-orasului-evenimente-in-piata-prefecturii-duminica-seara
    c('Duminică seara, 15 mai, încep manifestările dedicate Zilelor Orașului.', '2022-05-15', ref=dt.date(2022, 5, 15), lang='ro', form='missing_year', span='15 mai'),
    # http://adevarul.ro/locale/satu-mare/zilele-orasului-editia-xxi-vor-loc-perioada-25-27-mai-1_5ae0688bdf52022f7537e88e/index.html
    c('Zilele Oraşului vor avea loc în acest an în perioada 25-27 mai', '2018-05-25', '2018-05-27', ref=dt.date(2018, 4, 25), lang='ro', form='range', span='25-27 mai'),
    # http://www.zi-de-zi.ro/2017/11/20/iluminatul-festiv-si-patinoarul-din-targu-mures-inaugurate-curand/
    c('a declarat vineri, 17 noiembrie, într-o conferinţă de presă, dr. Dorin Florea', '2017-11-17', ref=dt.date(2017, 11, 20), lang='ro', form='missing_year', span='vineri, 17 noiembrie'),
    c('Miercuri, 6 decembrie, va fi inaugurat iluminatul festiv', '2017-12-06', ref=dt.date(2017, 11, 20), lang='ro', form='missing_year', span='Miercuri, 6 decembrie'),
    c('Luni, 18 decembrie, va fi organizată o manifestare cultural-artistică dedicată Crăciunului, în data de 20 decembrie va avea loc concertul', '2017-12-18', ref=dt.date(2017, 11, 20), lang='ro', form='missing_year', span='Luni, 18 decembrie'),
    # https://albasat.md/program-cultural-pentru-31-august
    c('Cursul valutar oficial la 29.01.2026', '2026-01-29', lang='ro', form='text', span='29.01.2026'),
    # https://www.radiomures.ro/stiri/incep-zilele-targumuresene.html
    c('Publicat de APETRI MARGARETA, 22 iunie 2021, 12:48 / actualizat: 23 iunie 2021, 8:49', '2021-06-22T12:48:00', lang='ro', form='time', span='22 iunie 2021, 12:48'),
    c('Ediția a XXIV-a a Zilelor Târgumureșene ține doar două zile, 26 și 27 iunie, nu o săptămână', '2021-06-26', '2021-06-27', ref=dt.date(2021, 6, 22), lang='ro', form='range', span='26 și 27 iunie'),
    # https://sfantugheorgheinfo.ro/stiri/news-2850
    c('Vineri, 24. Ianuarie 2025.\n\nProgramul Zilelor Sfântu Gheorghe a prins contur', '2025-01-24', lang='ro', form='text', span='Vineri, 24. Ianuarie 2025'),
    c('concerte în aer liber, care va avea loc în perioada 1 – 3 mai, pe scena mare', '2015-05-01', '2015-05-03', ref=dt.date(2015, 1, 23), lang='ro', form='range', span='1 – 3 mai'),
    c('Ofertele pentru performanţele pe scena mare sunt aşteptate până cel târziu 31 ianuarie.', '2015-01-31', ref=dt.date(2015, 1, 23), lang='ro', form='missing_year', span='31 ianuarie'),
    # https://www.szon.hu/helyi-kozelet/2024/09/varosnap-lesz-baktaloranthazan
    c('a baktalórántházai városnapon szeptember 28-án, szombaton a Nyírkércsi úti Szabadidő Központban', '2024-09-28', ref=dt.date(2024, 9, 10), lang='hu', form='missing_year', span='szeptember 28-án'),
    # https://infostart.hu/kultura/2011/05/06/szines-programokkal-var-mindenki-szombaton-obuda-432072/amp
    c('Infostart\n2011. május 6. 18:15\nSzombaton hetedik alkalommal', '2011-05-06T18:15:00', lang='hu', form='time', span='2011. május 6. 18:15'),
    # https://kenderes.hu/traktoros-felvonulas-kenderesi-szakiskola-2023-majus-05/
    c('Augusztus 13-án a Horthy-ligetben ismét megrendezésre kerül az immár hosszú múltra visszatekintő Búcsú és Városnap.', '2023-08-13', ref=dt.date(2023, 8, 1), lang='hu', form='missing_year', span='Augusztus 13-án'),
    # https://www.martanmatkassa.fi/p/minne-menna-tapahtumakalenteri.html
    c('Edit 4.6.2024\n\nTORIT JA MARKKINAT', '2024-06-04', lang='fi', form='text', span='4.6.2024'),
    # https://www.kivijarvi.fi/tapahtumat/moottorisaha-soikoon-kulttuurifestivaali-29-306
    c('Moottorisaha soikoon kulttuurifestivaali 29.-30.6\nAlkaa\nSatamatorilla.', '2019-06-29', '2019-06-30', ref=dt.date(2019, 6, 1), lang='fi', form='range', span='29.-30.6'),
    c('Ti 8.7 klo 15.00\nOravanpyörä', '2025-07-08T15:00:00', ref=dt.date(2025, 7, 1), lang='fi', form='time', span='Ti 8.7 klo 15.00'),
    c('Ke 9.7 klo 19- 20 Kansanusko ja Nuijasota', '2025-07-09T19:00:00', '2025-07-09T20:00:00', ref=dt.date(2025, 7, 1), lang='fi', form='time', span='Ke 9.7 klo 19- 20'),
    c('La 12.07\nklo 12:30\nKeitto, leivät ja juomat', '2025-07-12T12:30:00', ref=dt.date(2025, 7, 1), lang='fi', form='time', span='La 12.07\nklo 12:30'),
    # http://www.vaasankaupunginorkesteri.fi/en/topical/news
    c('25.4.2016 - 10:55\nInternational cake exhibition', '2016-04-25T10:55:00', lang='fi', form='time', span='25.4.2016 - 10:55'),
    # a Finnish travel magazine on Tallinn Day, 15.5.2019 (Vapaa-aika)
    c('Tänään keskiviikkona 15. toukokuuta vietetään vuosittaista Tallinnan päivää.', '2019-05-15', ref=dt.date(2019, 5, 15), lang='fi', form='missing_year', span='keskiviikkona 15. toukokuuta'),
    c('Tallinnan vanhankaupungin luistelukenttä avataan tänä vuonna 16. marraskuuta.', '2024-11-16', ref=dt.date(2024, 11, 13), lang='fi', form='missing_year', span='16. marraskuuta'),
    # https://reisijuht.delfi.ee/artikkel/120291303/kuhu-minna-eesoleval-nadalavahetusel-vaata-mis-uritused-ule-eesti-toimuvad
    c('Selle tehakse Vabaduse väljakul algust juba 9. mai pärastlõunal.', '2024-05-09', ref=dt.date(2024, 5, 8), lang='et', form='missing_year', span='9. mai'),
    # https://tallinnakeskhaigla.ee/et/group/333/news?page=6
    c('Tallinna päev pakub 18. mail rohkesti tegevusi', '2024-05-18', ref=dt.date(2024, 5, 10), lang='et', form='missing_year', span='18. mail'),
    c('Kolmapäeval, 15. mail ja laupäeval, 18. mail on nii linlased kui ka linna külalised oodatud', '2024-05-15', ref=dt.date(2024, 5, 10), lang='et', form='missing_year', span='Kolmapäeval, 15. mail ja laupäeval, 18. mail'),
    c('Kuni 28. aprillini on avatud taotlusvoor 30. augustil aset leidva linnaruumifestivali', '2024-04-28', ref=dt.date(2024, 4, 10), lang='et', form='missing_year', span='28. aprillini'),
    # https://jelgava.lv/ (Pilsētas svētki: šodien pasākumiem piesātinātākā diena)
    c('27.05.2023.\n\nŠodien, 27. maijā, Pilsētas svētkus sākam svinēt', '2023-05-27', lang='lv', form='text', span='27.05.2023'),
    c('Šodien, 27. maijā, Pilsētas svētkus sākam svinēt', '2023-05-27', ref=dt.date(2023, 5, 27), lang='lv', form='missing_year', span='27. maijā'),
    # http://www.gorod.lv/novosti/232568-daugavpils-pilsetas-dome-pastastija-par-gaidamajiem-pilsetas-svetkiem
    c('Otrdien, 27.maijā, Daugavpils pilsētas domē notikušajā preses konferencē', '2014-05-27', ref=dt.date(2014, 5, 28), lang='lv', form='missing_year', span='Otrdien, 27.maijā'),
    c('piektdien, 6.jūnijā, kad tiks uzņemti Pilsētas svētku viesi', '2014-06-06', ref=dt.date(2014, 5, 28), lang='lv', form='missing_year', span='piektdien, 6.jūnijā'),
    c('6.jūnijā plkst.21:00 Vienības laukumā uzstāsies leģendārā latviešu grupa', '2014-06-06T21:00:00', ref=dt.date(2014, 5, 28), lang='lv', form='time', span='6.jūnijā plkst.21:00'),
    c('galvenā Pilsētas svētku svinēšanas diena būs sestdiena, 7.jūnijs, kad notiks vairāki interesanti pasākumi', '2014-06-07', ref=dt.date(2014, 5, 28), lang='lv', form='missing_year', span='sestdiena, 7.jūnijs'),
    # https://kultura.bauska.lv/event/bauskas-novada-svetki-zem-zelta-ozola-zariem
    c('2022-06-04 Visu dienu\n4. jūnijā ar spēcīgu devīzi', '2022-06-04', lang='lv', form='text', span='2022-06-04'),
    c('2025-12-31 23:30 - 2026-01-01 01:00\n\n31.decembrī no plkst. 23.30 pulcēsimies', '2025-12-31T23:30:00', '2026-01-01T01:00:00', lang='lv', form='time', span='2025-12-31 23:30 - 2026-01-01 01:00'),
    c('31.decembrī no plkst. 23.30 pulcēsimies Bauskas Rātslaukumā', '2025-12-31T23:30:00', ref=dt.date(2025, 12, 1), lang='lv', form='time', span='31.decembrī no plkst. 23.30'),
    # https://dzeltenais.lv/vecriga-notiks-grandiozs-rigas-dzimsanas-dienas-pikniks-apkaimju-svetkos-izskanes-grupas-perkons-koncerts
    c('Sestdien, 20. augustā, Rīgas iedzīvotāji un pilsētas viesi aicināti', '2022-08-20', ref=dt.date(2022, 8, 15), lang='lv', form='missing_year', span='Sestdien, 20. augustā'),
    # https://daugavpils.lv/pilseta/par-daugavpili/pilsetas-zinas/read-12686
    c('28.maijs, sestdiena\n\nVecajā forštatē (Vidzemes 41)', '2016-05-28', ref=dt.date(2016, 5, 20), lang='lv', form='weekday', span='28.maijs, sestdiena'),
    # https://kmintys.lt/2010/06/05/po-menesio-surmuliuos-miesto-svente
    c('Liepos 3-4 dienomis vyks miesto šventė', '2010-07-03', '2010-07-04', ref=dt.date(2010, 6, 5), lang='lt', form='range', span='Liepos 3-4'),
    c('Didžiausios linksmybės numatomos liepos 4-ąją, kai jau nuo ankstyvo ryto šurmuliuos mugė', '2010-07-04', ref=dt.date(2010, 6, 5), lang='lt', form='missing_year', span='liepos 4-ąją'),
    # Zarasų rajono savivaldybė, naujiena "Salako miestelio šventė" (2023-06-28)
    c('Salako miestelio šventėje, kuri vyks birželio 30–liepos 2 dienomis.', '2023-06-30', '2023-07-02', ref=dt.date(2023, 6, 28), lang='lt', form='range', span='birželio 30–liepos 2'),
    c('Birželio 30 diena\n19.00 val. – šokvakaris.', '2023-06-30T19:00:00', ref=dt.date(2023, 6, 28), lang='lt', form='time', span='Birželio 30 diena\n19.00 val.'),
    c('Zarasų rajono savivaldybė\n2023-06-28 13:15:35', '2023-06-28T13:15:35', lang='lt', form='time', span='2023-06-28 13:15:35'),
    # https://apkeliauk.lt/lietuva/pasvalys/pasvalio-miesto-svente-2024-programa/
    c('Birželio 21 d. (Penktadienis)\n\n15:00 Bernardo Brazdžionio literatūros premijos teikimas', '2024-06-21T15:00:00', ref=dt.date(2024, 6, 1), lang='lt', form='time', span='Birželio 21 d. (Penktadienis)\n\n15:00'),
    # https://www.tv3.lt/naujiena/zmones/zivile-pinskuviene-siuncia-zinia-kreipiasi-i-visus-n1438721
    c('Jau šį šeštadienį, liepos 26-ąją dieną, kviečiu į ypatingą šventę', '2025-07-26', ref=dt.date(2025, 7, 24), lang='lt', form='missing_year', span='šeštadienį, liepos 26-ąją'),
    # https://www.zkc.lt/lt/renginiai/vasario-16-osios-minėjimas-salake
    c('📅 Vasario 16 d.\n🕚 11.00 val. – Šv. Mišios', '2026-02-16T11:00:00', ref=dt.date(2026, 2, 1), lang='lt', form='time', span='Vasario 16 d.\n🕚 11.00 val.'),
    # https://www.bell-lloc.cat/noticies/disponible-el-programa-de-la-festa-major-de-maig
    c('finalitzarà amb la sessió llarga de ball el diumenge dia 8 de maig.', '2016-05-08', ref=dt.date(2016, 4, 28), lang='ca', form='missing_year', span='diumenge dia 8 de maig'),
    # https://mercatdelninot.com/festa-major/
    c('Dissabte dia 1 d’octubre de 11,30 h  a  12,30 h. (pl. Mallorca/Villarroel)', '2022-10-01T11:30:00', '2022-10-01T12:30:00', ref=dt.date(2022, 9, 20), lang='ca', form='time', span='Dissabte dia 1 d’octubre de 11,30 h  a  12,30 h'),
    c('Dimecres día 5 d’octubre de 17,00 h  a  21,00 h (interior del Mercat)', '2022-10-05T17:00:00', '2022-10-05T21:00:00', ref=dt.date(2022, 9, 20), lang='ca', form='time', span='Dimecres día 5 d’octubre de 17,00 h  a  21,00 h'),
    # https://www.santiscle.cat/ajuntament/calendari-de-festius
    c('al Ple Municipal, en sessió ordinària de 17 de juliol de 2023.', '2023-07-17', lang='ca', form='text', span='17 de juliol de 2023'),
    c('Darrera actualització: 16.08.2023 | 15:17', '2023-08-16T15:17:00', lang='ca', form='time', span='16.08.2023 | 15:17'),
    # https://gurb.cat/actualitat/agenda/acte-commemoratiu-1-doctubre.html
    c('Divendres, 1 d’octubre de 2021 de 19:30h a 22:00h', '2021-10-01T19:30:00', '2021-10-01T22:00:00', lang='ca', form='time'),
    # https://www.naciodigital.cat/osona/noticia/55685/tona/enceta/festa/major/hivern/aquest/cap/setmana
    c("el municipi omple d'activitats les properes setmanes fins al 8 de desembre.", '2017-12-08', ref=dt.date(2017, 11, 24), lang='ca', form='missing_year', span='8 de desembre'),
    # https://pontevedraviva.com/cultura/75051/mal-tiempo-obliga-trasladar-primeros-conciertos-fiesta-santa-rita-auditorio/
    c('As choivas previstas para a xornada do sábado, 22 de maio, día de Santa Rita', '2021-05-22', ref=dt.date(2021, 5, 21), lang='gl', form='missing_year', span='sábado, 22 de maio'),
    # https://terrachaxa.com/news/vilalba-celebrara-de-novo-o-ciclo-de-musica-na-praza-durante-o-veran/6555
    c('30 Maio 2019\n\nO Concello de Vilalba celebrará de novo este verán', '2019-05-30', lang='gl', form='text', span='30 Maio 2019'),
    # http://www.galiciaartabradigital.com/archivos/269421
    c('Lunes, día 15, comienzan las fiestas de Santa María en la parroquia de Cabalar, a las 13.30 horas', '2022-08-15', ref=dt.date(2022, 8, 10), lang='es', form='weekday_day', span='Lunes, día 15'),
    c('Martes 16, a las 13.00 horas se oficiará la misa solemne', '2022-08-16T13:00:00', ref=dt.date(2022, 8, 10), lang='es', form='weekday_day', span='Martes 16, a las 13.00 horas'),
    c('Hasta el domingo día 28 celebración de la Festa do Lago', '2022-08-28', ref=dt.date(2022, 8, 10), lang='es', form='weekday_day', span='domingo día 28'),
    c('El viernes 12 , a partir de las 16.30 horas se celebrará el Gravity', '2022-08-12T16:30:00', ref=dt.date(2022, 8, 10), lang='es', form='weekday_day', span='viernes 12 , a partir de las 16.30 horas'),
    c('En las jornadas del sábado 20 y domingo 21 se celebrará la Feira do Comercio Local', '2022-08-20', '2022-08-21', ref=dt.date(2022, 8, 10), lang='es', form='weekday_day', span='sábado 20 y domingo 21'),
    # https://turismoa.tolosa.eus/en/node/9866
    c('18/07/2023 |\n\nKultura Plazara', '2023-07-18', lang='eu', form='text', span='18/07/2023'),
    c('Jaialdia uztailaren 21etik 23ra ospatuko da Zumardi Txikian', '2023-07-21', '2023-07-23', ref=dt.date(2023, 7, 18), lang='eu', form='range', span='uztailaren 21etik 23ra'),
    c('Larunbatean, uztailak 22, Broken Brothers Brass Band kale-bandak', '2023-07-22', ref=dt.date(2023, 7, 18), lang='eu', form='missing_year', span='Larunbatean, uztailak 22'),
    # https://gipuzkoa.hitza.eus/2014/04/11/udaberriari-ongi-etorria-musikarekin
    c('Munoako karpatik askotariko musika taldeak igaroko dira bihar, 18:00etatik aurrera.', '2014-04-12T18:00:00', ref=dt.date(2014, 4, 11), lang='eu', form='time', span='bihar, 18:00'),
    # https://usurbildarrakaurrera.com/2019/03/12/martxoaren-30ean-usurbilgo-kantu-taldearen-10-urteurrena-ospatuko-da/
    c('egitarau berezia antolatu du martxoaren 30erako (larunbata).', '2019-03-30', ref=dt.date(2019, 3, 12), lang='eu', form='missing_year', span='martxoaren 30'),
    c('izen ematea zabalik martxoaren 14ra (osteguna) arte', '2019-03-14', ref=dt.date(2019, 3, 12), lang='eu', form='missing_year', span='martxoaren 14ra (osteguna)'),
    # https://www.oyposten.no/nyheter/i/kExLRv/ka-skjer-paa-finnoey-8-juli
    c('Ka skjer på Finnøy 8. juli?', '2017-07-08', ref=dt.date(2017, 7, 1), lang='no', form='missing_year', span='8. juli'),
    c('Laurdag 8. juli arrangerer foreininga Ka skjer på Finnøy for femte gong Sommartorg', '2017-07-08', ref=dt.date(2017, 7, 1), lang='no', form='missing_year', span='8. juli'),
    # https://midborgin.is/2017/06/
    c('Laugardagurinn 1.júlí er Langur laugardagur', '2017-07-01', ref=dt.date(2017, 6, 28), lang='is', form='missing_year', span='1.júlí'),
    c('N.k. laugardag, 10.júní er árlegur Fiskisúpudagur í miðborginni', '2017-06-10', ref=dt.date(2017, 6, 5), lang='is', form='missing_year', span='10.júní'),
    # https://kgeysir.is/10-okt/
    c('by kgeysir · 9. október, 2017 Hátíðardagskrá 2017', '2017-10-09', lang='is', form='text', span='9. október, 2017'),
    # https://www.reykjanesbaer.is/is/stjornsysla/stjornsyslan/fundargerdir/baejarstjorn/700-fundur
    c('16.06.2025 17:00\n\n700. fundur', '2025-06-16T17:00:00', lang='is', form='time', span='16.06.2025 17:00'),
    c('haldinn í Stapa, Hljómahöll, 16. júní 2025, kl. 17:00', '2025-06-16T17:00:00', lang='is', form='time', span='16. júní 2025, kl. 17:00'),
    c('1. Fundargerðir bæjarráðs 5. og 12. júní 2025 (2025010003)', '2025-06-05', lang='is', form='text', span='5. og 12. júní 2025'),
    # https://reykjavik.is/frettir/2023/lif-og-fjor-i-midborginni
    c('Á morgun föstudaginn 21. júlí hefjast sumartímar Kramhússins', '2023-07-21', ref=dt.date(2023, 7, 20), lang='is', form='missing_year', span='föstudaginn 21. júlí'),
    c('24. júlí kl. 14:00 ContaKids með Önnu Heru', '2023-07-24T14:00:00', ref=dt.date(2023, 7, 20), lang='is', form='time', span='24. júlí kl. 14:00'),
    c('Druslugangan fer fram laugardaginn 22. júlí 2023.', '2023-07-22', lang='is', form='text', span='laugardaginn 22. júlí 2023'),
    c('verður haldin í Hljómskálagarðinum 22 - 23 júlí í samstarfi við Reykjavíkurborg', '2023-07-22', '2023-07-23', ref=dt.date(2023, 7, 20), lang='is', form='range', span='22 - 23 júlí'),
    # http://old.mcc.is/frettir/nr/2904.html
    c('Fjölmenningardagur Reykjavíkurborgar 27. mai í Hörpu\n\n22.5.2017 Fréttir', '2017-05-27', ref=dt.date(2017, 5, 22), lang='is', form='missing_year', span='27. mai'),
    c('Laugardaginn 27. maí verður menningu hátíðlega fagnað', '2017-05-27', ref=dt.date(2017, 5, 22), lang='is', form='missing_year', span='Laugardaginn 27. maí'),
    # https://mnenie.dp.ua/svjatkova-afisha-na-24-serpnja
    c('24 серпня в парку Слави відбудуться урочистості та святковий концерт', '2019-08-24', ref=dt.date(2019, 8, 20), lang='uk', form='missing_year', span='24 серпня'),
    # https://rada.ekhmilnyk.gov.ua/uk/articles/item/2004/yak-vidznachaty-den-nezalezhnosti-vyrishuvav-orhkomitet
    c('планується провести 23 серпня урочисту церемонію підняття Державного Прапора України', '2019-08-23', ref=dt.date(2019, 8, 10), lang='uk', form='missing_year', span='23 серпня'),
    # https://mykyivregion.com.ua/news/eksmer-biloyi-cerkvi-zvernuvsya-do-mistyan-z-nagodi-dnya-mista
    c('16.09.2024 12:19\nЕксмер Білої Церкви звернувся до містян', '2024-09-16T12:19:00', lang='uk', form='time', span='16.09.2024 12:19'),
    c('У суботу, 14 вересня, Біла Церква відзначала 992 річницю від заснування', '2024-09-14', ref=dt.date(2024, 9, 16), lang='uk', form='missing_year', span='суботу, 14 вересня'),
    # http://rivne1.tv/Info/?id=70561
    c('23 серпня о 10:00 на майдані Незалежності відбудеться святкування', '2016-08-23T10:00:00', ref=dt.date(2016, 8, 20), lang='uk', form='time', span='23 серпня о 10:00'),
    # https://sonsoz.com.tr/keciorenliler-yaz-konserlerinde-bulusuyor
    c('27 Ağustos Çarşamba günü Mehmet Çakıroğlu Parkı’nda gerçekleşecek etkinlikte', '2025-08-27', ref=dt.date(2025, 8, 25), lang='tr', form='missing_year', span='27 Ağustos Çarşamba'),
    # https://haber.club/?p=126038
    c('19 Ağustos Cumartesi- Şehit Ahmet Oktay Günak Parkı (Süleymaniye Mahallesi)', '2023-08-19', ref=dt.date(2023, 8, 14), lang='tr', form='missing_year', span='19 Ağustos Cumartesi'),
    # https://www.medyakesan.com.tr/kultur-sanat/belediye-bandosu-konser-verdi-h13448.html
    c('15-19 Mayıs tarihilerinde kutlanan Gençlik Haftası etkinlikleri kapsamında', '2019-05-15', '2019-05-19', ref=dt.date(2019, 5, 20), lang='tr', form='range', span='15-19 Mayıs'),
    # http://www.gercekgundem.com/yurttan-haberler/26859/konakta-yaz-aksamlari-senleniyor
    c('her hafta bir mahallede eğlence dolu saatler yaşanacak 15 Ağustos’a kadar', '2018-08-15', ref=dt.date(2018, 7, 20), lang='tr', form='missing_year', span='15 Ağustos'),
    c('şenliklerin açılışı 25 Temmuz Çarşamba günü Çimentepe Başöğretmen İlkokulu bahçesinde yapılacak.', '2018-07-25', ref=dt.date(2018, 7, 20), lang='tr', form='missing_year', span='25 Temmuz Çarşamba'),
    # https://siverekgazeteleri.com/mobil/haber/yaz-konseri-etkinligi-devam-ediyor-16093652.html
    c('14-08-2023 16:39\n\nHaliliye Belediyesi', '2023-08-14T16:39:00', lang='tr', form='time', span='14-08-2023 16:39'),
    # http://www.malatyaguncel.com/golbasi-belediyesinden-arabali-acik-hava-konseri-1635608h.htm
    c('Yerel 28 Ekim 2020 - 10:33 Yorum: 0', '2020-10-28T10:33:00', lang='tr', form='time', span='28 Ekim 2020 - 10:33'),
    c("29 Ekim saat 21.00'de 15 Temmuz Şehitler Anıtı karşısında düzenlenecek konserde", '2020-10-29T21:00:00', ref=dt.date(2020, 10, 28), lang='tr', form='time', span='29 Ekim saat 21.00'),
    # https://globalparliamentofmayors.org/gpm-webinar-rethinking-the-city-post-covid/
    c('This two-day webinar takes place on Thursday 12 November, 15.00-17.30 hrs CET and Thursday 19 November at the same time.', '2020-11-12T15:00:00+01:00', '2020-11-12T17:30:00+01:00', ref=dt.date(2020, 11, 1), tz='CET', lang='en', form='zone', span='Thursday 12 November, 15.00-17.30 hrs CET and Thursday 19 November'),
    # https://capitalofdemocracy.eu/ecn-webinars/
    c('On Wednesday 31 July 2024, 10:30 – 12:00 (CEST)', '2024-07-31T10:30:00+02:00', '2024-07-31T12:00:00+02:00', tz='CEST', lang='en', form='zone', span='Wednesday 31 July 2024, 10:30 – 12:00 (CEST)'),
    # https://www.trami5missions.eu/taxonomy/term/4
    c('Mission in Progress: Climate-Neutral and Smart Cities Conference 2023" on 26-27 June.', '2023-06-26', '2023-06-27', ref=dt.date(2023, 5, 10), lang='en', form='range', span='26-27 June'),
    c('We would kindly ask you to confirm your attendance to the Cities Mission Conference by 5 June 2023.', '2023-06-05', lang='en', form='text', span='5 June 2023'),
    # https://themayor.eu/en/a/view/register-now-for-the-european-week-of-regions-and-cities-5744
    c('Over 500 digital working sessions will take place between 5-22 October covering various topics', '2020-10-05', '2020-10-22', ref=dt.date(2020, 9, 10), lang='en', form='range', span='between 5-22 October'),
    # https://globalparliamentofmayors.org/gpm-city-dialogue-putting-arts-culture-at-the-centre-of-the-urban-project-how-to-make-creative-cities
    c('will take place on Monday, 29 September 2025, from 17:00 to 18:00 CEST, online via Zoom.', '2025-09-29T17:00:00+02:00', '2025-09-29T18:00:00+02:00', tz='CEST', lang='en', form='zone', span='Monday, 29 September 2025, from 17:00 to 18:00 CEST'),
    c('28 August – The Global Parliament of Mayors (GPM) is delighted to announce', '2025-08-28', ref=dt.date(2025, 8, 28), lang='en', form='missing_year', span='28 August'),
    # https://www.infranken.de/lk/gem/stadtfest-ist-jetzt-auch-finanziell-gesichert-art-5464555
    c('Vom 8. bis 10. Juli steht die Stadt im Zeichen des Festes.', '2022-07-08', '2022-07-10', ref=dt.date(2022, 5, 20), lang='de', form='range', span='Vom 8. bis 10. Juli'),
    # http://www.schwarzwaelder-bote.de/inhalt.calw-stadtfest-findet-anfang-juli-statt.868a3d5e-dea1-40fd-b514-b7853e69e861.html
    c('Deswegen wird das Stadtfest allerdings nicht noch einmal verschoben und findet nun vom 7. bis 9. Juli statt.', '2017-07-07', '2017-07-09', ref=dt.date(2017, 1, 20), lang='de', form='range', span='vom 7. bis 9. Juli'),
    # https://www.hennigsdorf.de/Rathaus/Aktuelles/Stadtverwaltung-präsentiert-sich-beim-Tag-der-offenen-Tür.php
    c('Buntes Programm am 11. Mai/ Eröffnung des Gemeinschaftszentrums "Conradsberg"', '2019-05-11', ref=dt.date(2019, 4, 20), lang='de', form='missing_year', span='11. Mai'),
    c('Alle Bürgerinnen und Bürger sind am Samstag, den 11. Mai 2019 herzlich zum Tag der offenen Rathaustür eingeladen.', '2019-05-11', lang='de', form='text', span='Samstag, den 11. Mai 2019'),
    c('Am 20. Januar 2004 öffnete der neue Sitz der Stadtverwaltung seine Türen.', '2004-01-20', lang='de', form='text', span='20. Januar 2004'),
    # https://www.rheinpfalz.de/lokal/speyer_artikel,-hoffnung-für-bürgerschaftsempfang-das-wetter-hält-_arid,5664830.html
    c('Die Stadt will ihren Bürgerschaftsempfang am Samstag, 29. Juni, 14 bis 18 Uhr, trotz durchwachsener Wettervorhersage', '2024-06-29T14:00:00', '2024-06-29T18:00:00', ref=dt.date(2024, 6, 25), lang='de', form='time', span='Samstag, 29. Juni, 14 bis 18 Uhr'),
    # https://zwickau.de/de/aktuelles/pressemitteilungen/2023/07/283.php
    c('Vom 24. bis 27. August wird in Zwickau das 20. Stadtfest zelebriert\n\nveröffentlicht am: 05.07.2023', '2023-08-24', '2023-08-27', ref=dt.date(2023, 7, 5), lang='de', form='range', span='Vom 24. bis 27. August'),
    c('„20 Jahre Stadtfest Zwickau“ vom 24. bis 27. August 2023.', '2023-08-24', '2023-08-27', lang='de', form='range', span='vom 24. bis 27. August 2023'),
])
FAILURES.extend([
    # The eighteenth batch's times without a date, and a list of days with no month or weekday
    # https://odigos-pierias.gr/ (πρόγραμμα εορτασμού των Θεοφανείων, Δήμος Πύδνας-Κολινδρού)
    x('Ώρα: 10:15΄: Καθαγιασμός των υδάτων στον Ιερό Ναό Κοιμήσεως Θεοτόκου Αιγινίου.', 'no_date', lang='el', form='no_date'),
    # https://www.delmagyar.hu/szeged_hirek/pledes_piknik_petofitelepen/2601366/
    x('A nap koncerttel zárul, míg a szentmise vasárnap 10 órától a Jézus Szíve katolikus templomban lesz.', 'no_date', lang='hu', form='no_date'),
    # a Finnish travel magazine on Tallinn Day, 15.5.2019 (Vapaa-aika)
    x('Avajaispäivänä kenttä on avoinna kello 12.00–22.00 ja ensimmäisen tunnin aikana', 'no_date', lang='fi', form='no_date'),
    # https://www.apollo.lv/8276198/dalibnieku-gajiens-un-koncerti-piektdien-folkloras-festivala-baltica-notiks-virkne-pasakumu
    x('Tur no plkst.11 līdz 17 notiks folkloras kopu dienas koncerts', 'no_date', lang='lv', form='no_date'),
    # https://beta.ve.lt/naujienos/lietuva/vakaru-lietuva/sventoji-atidarys-sezona-740326
    x('programa prasidės jau penktadienį, 17.30 val., festivalio "Švarus pajūris" atidarymo koncertu.', 'no_date', lang='lt', form='no_date'),
    # http://www.santsadurni.cat/document.php?id=11424
    x('22.30h Castell de focs, al Pont Romà', 'no_date', lang='ca', form='no_date'),
    # http://www.galiciaartabradigital.com/archivos/269421
    x('La parroquia de Ribadeume, celebra los días 13, 14 y 15 las fiestas en honor de Santa María', 'no_date', ref=dt.date(2022, 8, 10), lang='es', form='no_date'),
    # https://www.berria.eus/bizigiro/gerizpean-non-zer_1133365_102.html
    x('Erraldoi eta buruhandien konpartsa, 19:00etan, portuan.', 'no_date', lang='eu', form='no_date'),
    # http://inarvik.org/2016/03/04/husk-apningen-av-vinterfestuka-i-kveld/
    x('Åpningen varer i 20 minutter, fra 19.56 til 20.16', 'no_date', lang='no', form='no_date'),
    # http://old.mcc.is/frettir/nr/2904.html
    x('Flóamarkaður í Hörpu 14.00 – 17.00', 'no_date', lang='is', form='no_date'),
    # https://semenivka-gromada.gov.ua/news/1631604723/
    x('17.30 год – виступ заслуженого майстра спорту України', 'no_date', lang='uk', form='no_date'),
    # https://mnenie.dp.ua/svjatkova-afisha-na-24-serpnja
    x('16.00 – 18.00: виступ групи «Дефіцит» (м.П’ятихатки)', 'no_date', lang='uk', form='no_date'),
    # https://sonsoz.com.tr/keciorenliler-yaz-konserlerinde-bulusuyor
    x('Saat 19.00’da başlayacak konserin, Keçiörenlilere müzik ve eğlence dolu bir akşam yaşatması bekleniyor.', 'no_date', lang='tr', form='no_date'),
    # https://www.hennigsdorf.de/Rathaus/Aktuelles/Stadtverwaltung-präsentiert-sich-beim-Tag-der-offenen-Tür.php
    x('Am Samstag um 13.00 Uhr wird dann ganz offiziell das Gemeinschaftszentrum eröffnet.', 'no_date', lang='de', form='no_date'),
])
CASES.extend([
    # A nineteenth batch (5 Dec 2026), read after the eighteenth's fixes: 89/93 before the
    # round that followed it (docs/dates.md); all 93 read after it
    # https://rudna.pl/kolejne-festyny-dla-mieszkancow-w-gminie-rudna
    c('Weekend 14-15 sierpnia to aż 3 letnie festyny w naszej gminie.', '2021-08-14', '2021-08-15', ref=dt.date(2021, 8, 10), lang='pl', form='range', span='14-15 sierpnia'),
    c('Gminne festyny – 14 sierpnia (sobota)\n\nNa sobotę zaplanowano', '2021-08-14', ref=dt.date(2021, 8, 10), lang='pl', form='missing_year', span='14 sierpnia (sobota)'),
    c('Festyn Parafialny w Rudnej – 15 sierpnia (niedziela)', '2021-08-15', ref=dt.date(2021, 8, 10), lang='pl', form='missing_year', span='15 sierpnia (niedziela)'),
    # Gmina Dobromierz, festyn rodzinny w Czernicy (20 czerwca 2020)
    c('serdecznie zaprasza wszystkich mieszkańców naszej gminy już dzisiaj 20 czerwca o godzinie 18.00 na festyn rodzinny.', '2020-06-20T18:00:00', ref=dt.date(2020, 6, 20), lang='pl', form='time', span='20 czerwca o godzinie 18.00'),
    # https://www.police.pl/wiadomosci/aktualnosci/663-soltysiada-i-biesiada-juz-w-sobote2.html
    c('Po raz pierwszy, w dniu 30 września 2017 r. od godziny 12.00, przy placu zabaw w Wieńkowie', '2017-09-30T12:00:00', lang='pl', form='time', span='30 września 2017 r. od godziny 12.00'),
    # https://ias24.eu/aktualnosci,krzywda-rodzinna-zabawa-w-nowym-miejscu,21494.html
    c('Czwartek, 01 Maja 2025\n\nKrzywda: Rodzinna zabawa w nowym miejscu', '2025-05-01', lang='pl', form='text', span='Czwartek, 01 Maja 2025'),
    c('Krzywda: Rodzinna zabawa w nowym miejscu\n\n2019-05-31 11:50:30', '2019-05-31T11:50:30', lang='pl', form='time', span='2019-05-31 11:50:30'),
    c('Tegoroczna odbędzie się w sobotę 1 czerwca w Hucie Dąbrowie', '2019-06-01', ref=dt.date(2019, 5, 31), lang='pl', form='missing_year', span='sobotę 1 czerwca'),
    # https://www.gminazorawina.pl/dozynki-2012-w-gminie-zorawina/ (the page's own mis-encoded "wrzeœnia")
    c('Gminne Dożynki, które odbędš się w dniu 1 wrzeœnia 2012r. w Żórawinie', '2012-09-01', lang='pl', form='text', span='1 wrzeœnia 2012r.'),
    # https://gminastezyca.pl/pl/198/109/sobotki-gminne.html
    c('Sobótki Gminne, które odbędą się 23 czerwca 2007 r. o godzinie 18:00 na Placu Przy Domu Sportowca.', '2007-06-23T18:00:00', lang='pl', form='time', span='23 czerwca 2007 r. o godzinie 18:00'),
    c('Przewidywane zakończenie godzina 2:00 - 24.06.2007 r.', '2007-06-24T02:00:00', lang='pl', form='time', span='2:00 - 24.06.2007 r.'),
    # https://milano.notizie.it/cronaca-milano/2024/09/25/si-e-tutto-organizzato-per-il-festival-di-conclusione-dellestate/
    c('Il fine settimana del 28 e 29 settembre è previsto il ritorno della tanto attesa Sagra', '2024-09-28', '2024-09-29', ref=dt.date(2024, 9, 25), lang='it', form='range', span='28 e 29 settembre'),
    # https://www.ilgiorno.it/milano/cronaca/tutto-pronto-per-la-sagra-di-fine-estate-ec4a504a
    c('Sabato 28 e domenica 29 settembre torna il tanto atteso appuntamento', '2024-09-28', '2024-09-29', ref=dt.date(2024, 9, 25), lang='it', form='range', span='Sabato 28 e domenica 29 settembre'),
    # https://primamerate.it/?p=192061
    c('ecco gli eventi del weekend dal dal 19 al 21 settembre 2025.', '2025-09-19', '2025-09-21', lang='it', form='range', span='dal 19 al 21 settembre 2025'),
    c('L’appuntamento è da venerdì 19 a lunedì 22 settembre a Brivio (Lc)', '2025-09-19', '2025-09-22', ref=dt.date(2025, 9, 17), lang='it', form='range', span='venerdì 19 a lunedì 22 settembre'),
    c('Venerdì 19 settembre alle ore 20:30 l’associazione Ute inaugurerà il nuovo anno accademico', '2025-09-19T20:30:00', ref=dt.date(2025, 9, 17), lang='it', form='time', span='Venerdì 19 settembre alle ore 20:30'),
    # https://www.ilrestodelcarlino.it/fermo/cronaca/ecco-un-mare-dautunno-iniziative-per-tutti-i-gusti-57f4e534
    c('domenica 22 ottobre alle ore 17 nel teatro comunale', '2017-10-22T17:00:00', ref=dt.date(2017, 9, 28), lang='it', form='time', span='domenica 22 ottobre alle ore 17'),
    c('“Beer Festival” 12-15 ottobre sul viale Buozzi dalle ore 16', '2017-10-12', '2017-10-15', ref=dt.date(2017, 9, 28), lang='it', form='range', span='12-15 ottobre sul viale Buozzi dalle ore 16'),  # the time is the last day's only: dates
    # https://bresciasettegiorni.it/cultura-e-turismo/tutti-in-piazza-per-un-weekend-comunitario/
    c('Sabato 21 settembre e domenica 22 settembre a Comezzano-Cizzago si terrà l’evento', '2019-09-21', '2019-09-22', ref=dt.date(2019, 9, 10), lang='it', form='range', span='Sabato 21 settembre e domenica 22 settembre'),
    # https://www.ilcittadino.it/cronaca/2017/08/31/quattordici-eventi-per-il-settembre-banino/0egNmLmWl05TbjHj05Rkx3/index.html
    c('Gran finale con la 60esima edizione della Sagra provinciale dell’Uva, in programma il 24 settembre', '2017-09-24', ref=dt.date(2017, 8, 31), lang='it', form='missing_year', span='24 settembre'),
    c('a partire dal concerto per i giovani sabato 2 settembre alle 21 in castello', '2017-09-02T21:00:00', ref=dt.date(2017, 8, 31), lang='it', form='time', span='sabato 2 settembre alle 21'),
    c('con il concerto del soprano Elisa Maffi domenica sera 10 settembre alle 21', '2017-09-10T21:00:00', ref=dt.date(2017, 8, 31), lang='it', form='time', span='10 settembre alle 21'),
    c('al teatro dei ragazzi del centro diurno disabili venerdì 15 alle 21', '2017-09-15T21:00:00', ref=dt.date(2017, 8, 31), lang='it', form='weekday_day', span='venerdì 15 alle 21'),
    # https://qdpnews.it/?p=20933
    c('Conegliano, tutto pronto per un autunno ricco di appuntamenti: dal 1 settembre fitto il calendario', '2019-09-01', ref=dt.date(2019, 8, 10), lang='it', form='missing_year', span='1 settembre'),
    c('sono confermati l’Expo nel weekend del 14 e 15 settembre (5 e 6 ottobre in caso di maltempo)', '2019-09-14', '2019-09-15', ref=dt.date(2019, 8, 10), lang='it', form='range', span='14 e 15 settembre'),
    # https://www.reggio2000.it/2007/08/19/il-36-settembre-formiginese/
    c('La trentaseiesima edizione del Settembre formiginese sarà inaugurato sabato 1 settembre alle 18 in piazza Calcagnini.', '2007-09-01T18:00:00', ref=dt.date(2007, 8, 19), lang='it', form='time', span='sabato 1 settembre alle 18'),
    c('dopo la suggestiva anteprima del 23 e 24 agosto con i Ludi di San Bartolomeo', '2007-08-23', '2007-08-24', ref=dt.date(2007, 8, 19), lang='it', form='range', span='23 e 24 agosto'),
    # https://www.mairie-blagnac.fr/actualites/actualite/la-fete-des-rues-est-reportee-au-vendredi-6-septembre-2024
    c('La fête des rues est reportée au vendredi 6 septembre 2024', '2024-09-06', lang='fr', form='text', span='vendredi 6 septembre 2024'),
    c('En raison des élections législatives anticipées qui se dérouleront les 30 juin et 7 juillet', '2024-06-30', ref=dt.date(2024, 6, 15), lang='fr', form='missing_year', span='30 juin et 7 juillet'),
    c('la ville n’est pas en mesure d’organiser la soirée de la fête des rues du vendredi 28 juin.', '2024-06-28', ref=dt.date(2024, 6, 15), lang='fr', form='missing_year', span='vendredi 28 juin'),
    # https://lemeridional.com/index.php/tagdiv-test/page/315
    c('vendredi 4 avril 2025\nAccueil Blog Page 315', '2025-04-04', lang='fr', form='text', span='vendredi 4 avril 2025'),
    # an agenda of French mairies (Vétraz-Monthoux, Tantonville), February 2026
    c('Cinéma\nVétraz-Monthoux - 74\nLe 24/02/2026\nLa mairie de Vétraz-Monthoux', '2026-02-24', lang='fr', form='text', span='24/02/2026'),
    c('la troisième soirée Ciné Santé mardi 24 février 2026 à 20h à la Mairie de Vétraz-Monthoux', '2026-02-24T20:00:00', lang='fr', form='time', span='mardi 24 février 2026 à 20h'),
    c('propose un prochain ciné-débat au cœur de l’actualité le mardi 3 mars à 20h à la salle des fêtes.', '2026-03-03T20:00:00', ref=dt.date(2026, 2, 20), lang='fr', form='time', span='mardi 3 mars à 20h'),
    # https://www.mauroux46.fr/single-post/cérémonie-de-la-sainte-barbe
    c('La cérémonie de la Sainte-Barbe se déroulera cette année à Mauroux\nLe Samedi 14 décembre 2024.', '2024-12-14', lang='fr', form='text', span='Samedi 14 décembre 2024'),
    # https://www.francebleu.fr/infos/culture-loisirs/mende-va-faire-la-fete-1503066356
    c('Les animations commenceront dès ce vendredi 18 août. À 18 h 30, le maire', '2017-08-18T18:30:00', ref=dt.date(2017, 8, 17), lang='fr', form='time', span='vendredi 18 août. À 18 h 30'),
    c('Vendredi 18\n\n18 h 30 : remise des clefs de la Ville au comité des fêtes de Mende', '2017-08-18T18:30:00', ref=dt.date(2017, 8, 17), lang='fr', form='weekday_day', span='Vendredi 18\n\n18 h 30'),
    c('Samedi 19\n\nAnimation du marché, de la ville et des cafés.', '2017-08-19', ref=dt.date(2017, 8, 17), lang='fr', form='weekday_day', span='Samedi 19'),
    # http://www.ville-marans.fr/actualites/pavoisement-de-lhotel-de-ville
    c('Du 6 au 10 mai, l’hôtel de ville sera pavoisé aux couleurs nationales', '2022-05-06', '2022-05-10', ref=dt.date(2022, 5, 2), lang='fr', form='range', span='Du 6 au 10 mai'),
    c('Anniversaire de la déclaration de Robert Schuman du 9 mai 1950', '1950-05-09', lang='fr', form='text', span='9 mai 1950'),
    # https://station.illiwap.com/fr/public/76046/actu/preparation-de-la-fete-du-15-aout-1
    c('Mardi 17 mai à 20 h 30 dans la salle du conseil : réunion de préparation du défilé.', '2022-05-17T20:30:00', ref=dt.date(2022, 5, 10), lang='fr', form='time', span='Mardi 17 mai à 20 h 30'),
    # http://decentrale.regelgeving.overheid.nl/cvdr/XHTMLoutput/Actueel/Utrecht%20(Utr)/CVDR628868.html
    c('Regeling vervallen per 23-04-2020\n\nBeleidsregel Koningsdag gemeente Utrecht 2020', '2020-04-23', lang='nl', form='text', span='23-04-2020'),
    c('Geldend van 12-11-2019 t/m 22-04-2020', '2019-11-12', '2020-04-22', lang='nl', form='range', span='van 12-11-2019 t/m 22-04-2020'),
    c('Koningsdag: nationale feestdag op 27 april ter viering van de verjaardag van koning Willem Alexander.', '2020-04-27', ref=dt.date(2019, 11, 12), lang='nl', form='missing_year', span='27 april'),
    # https://www.enschede.nl/warenmarkten/extra-markten
    c('Dit jaar zijn er extra markten gepland op:\n\n  • Vrijdag 19 april 2019\n  • Woensdag 1 mei 2019', '2019-04-19', lang='nl', form='text', span='Vrijdag 19 april 2019'),
    # https://www.hln.be/regio/roeselare/dinsdagmarkt-in-centrumstraten-door-kerstgebeuren~a74bc05f/
    c('Dinsdagmarkt in centrumstraten door kerstgebeuren 22 november 2018', '2018-11-22', lang='nl', form='text', span='22 november 2018'),
    c('Op zondag 25 november start men op de Grote Markt met de opbouw van het kerstdorp', '2018-11-25', ref=dt.date(2018, 11, 22), lang='nl', form='missing_year', span='zondag 25 november'),
    c('Op dinsdagen 27 november, 4, 11 en 18 december en 8 januari staan de marktkramen in de Ooststraat', '2018-11-27', ref=dt.date(2018, 11, 22), lang='nl', form='missing_year', span='27 november, 4, 11 en 18 december en 8 januari'),
    # https://www.hln.be/boechout/boechout-maakt-zich-op-voor-91ste-jaarmarkt~ad3726c3/
    c('Op dinsdag 4 oktober volgt dan het moment waar heel de gemeente een jaar lang naar heeft uitgekeken', '2022-10-04', ref=dt.date(2022, 9, 20), lang='nl', form='missing_year', span='dinsdag 4 oktober'),
    # https://barendrechtbruist.nl/index.php/evenementdetail/456/9/kermis
    c('Kermis\nVan Dinsdag 22 april 2025\ntot Zaterdag 26 april 2025', '2025-04-22', '2025-04-26', lang='nl', form='range', span='Van Dinsdag 22 april 2025\ntot Zaterdag 26 april 2025'),
    c('Dinsdag 22 april : 18.00 – 23.00 uur (overdag is de opbouw)', '2025-04-22T18:00:00', '2025-04-22T23:00:00', ref=dt.date(2025, 4, 1), lang='nl', form='time', span='Dinsdag 22 april : 18.00 – 23.00 uur'),
    c('Zaterdag 26 april: 10.00 – 23.00 (Koningsdag – omdat 27 april dit jaar op een zondag valt)', '2025-04-26T10:00:00', '2025-04-26T23:00:00', ref=dt.date(2025, 4, 1), lang='nl', form='time', span='Zaterdag 26 april: 10.00 – 23.00'),
    # http://www.nu.nl/etten-leur/4814259/programma-leurs-zomerfestival-pakt-10-jarig-jubileum.html
    c('Het feest wordt niet gevierd op de gebruikelijke zondag, maar op zaterdag. Om precies te zijn op zaterdag 8 juli.', '2017-07-08', ref=dt.date(2017, 7, 1), lang='nl', form='missing_year', span='zaterdag 8 juli'),
    # https://odia.ig.com.br/sao-pedro-da-aldeia/2024/05/6847064-sao-pedro-da-aldeia-comemora-407-aniversario-com-shows-e-desfile-civico.html
    c('Desfile Cívico - Divulgação\n\nPublicado 16/05/2024 16:14', '2024-05-16T16:14:00', lang='pt', form='time', span='16/05/2024 16:14'),
    c('A programação começou nesta quinta-feira (16), cedo, com o ritual oficial de hasteamento das bandeiras', '2024-05-16', ref=dt.date(2024, 5, 16), lang='pt', form='weekday_day', span='quinta-feira (16)'),
    c('As apresentações musicais terão início na sexta-feira (17), às 20h, com apresentação de Ju Feliciano.', '2024-05-17T20:00:00', ref=dt.date(2024, 5, 16), lang='pt', form='weekday_day', span='sexta-feira (17), às 20h'),
    c('Quarta-feira (15)\n\n19h – Sessão Solene – Câmara Municipal de Vereadores', '2024-05-15T19:00:00', ref=dt.date(2024, 5, 16), lang='pt', form='weekday_day', span='Quarta-feira (15)\n\n19h'),
    # https://www.pmp.patrocinio.mg.gov.br/category/secom/noticias/page/9
    c('Abertura Oficial do Sonhos de Natal acontece neste sábado (29)', '2025-11-29', ref=dt.date(2025, 11, 25), lang='pt', form='weekday_day', span='sábado (29)'),
    c('O Governo Municipal inicia, no dia 29 de novembro, a programação do Sonhos de Natal', '2025-11-29', ref=dt.date(2025, 11, 25), lang='pt', form='missing_year', span='29 de novembro'),
    # https://jornaldoalgarve.pt/olhao-celebra-festas-da-cidade-com-roadshow-nas-ruas/
    c('A Câmara Municipal de Olhão vai celebrar nos dias 15 e 16 de junho as Festas da Cidade', '2021-06-15', '2021-06-16', ref=dt.date(2021, 6, 10), lang='pt', form='range', span='15 e 16 de junho'),
    c('Na quarta-feira, 16 de junho, quando é assinalado o feriado municipal', '2021-06-16', ref=dt.date(2021, 6, 10), lang='pt', form='missing_year', span='quarta-feira, 16 de junho'),
    # http://congonoticias.blogspot.com/2013/05/programacao-oficial-da-festa-de.html
    c('Dia 12 de maio:\n08:00 horas:\nConferencia Nacional das Cidades.', '2013-05-12T08:00:00', ref=dt.date(2013, 5, 1), lang='pt', form='time', span='12 de maio:\n08:00 horas'),
    # https://jornaldesabado.net/sao-pedro-da-aldeia-comemora-407o-aniversario-com-shows-e-desfile-civico/
    c('As apresentações musicais terão início no dia 17 de maio, sexta-feira, às 20h, com apresentação de Ju Feliciano.', '2024-05-17T20:00:00', ref=dt.date(2024, 5, 10), lang='pt', form='time', span='17 de maio, sexta-feira, às 20h'),
    c('No sábado, 18 de maio, a festa será comandada pelo grupo Nosso Nome é Pagode', '2024-05-18', ref=dt.date(2024, 5, 10), lang='pt', form='missing_year', span='sábado, 18 de maio'),
    c('Quarta-feira (15 de maio)\n\n19h – Sessão Solene', '2024-05-15T19:00:00', ref=dt.date(2024, 5, 10), lang='pt', form='time', span='Quarta-feira (15 de maio)\n\n19h'),
    # http://www.oaltotaquari.com.br/portal/2017/12/natal-em-familia-acontece-na-praca/
    c('A Administração Municipal de Capitão realiza na noite desta sexta-feira, dia 22, a festa do Natal em Família.', '2017-12-22', ref=dt.date(2017, 12, 20), lang='pt', form='weekday_day', span='sexta-feira, dia 22'),
    # https://radioelvas.com/2025/01/14
    c('Já hoje, 14 de janeiro, partir das 18 horas, não será possível estacionar na Parada do Castelo', '2025-01-14T18:00:00', ref=dt.date(2025, 1, 14), lang='pt', form='time', span='14 de janeiro, partir das 18 horas'),
    c('Amanhã, quarta-feira, dia 15, não será possível circular na Rua das Beatas', '2025-01-15', ref=dt.date(2025, 1, 14), lang='pt', form='weekday_day', span='quarta-feira, dia 15'),
    # https://jornaldesabado.net/sao-pedro-da-aldeia-tera-shows-de-ferrugem-e-jota-quest-neste-fim-de-semana/
    c('No sábado (14), após show de abertura', '2022-05-14', ref=dt.date(2022, 5, 10), lang='pt', form='weekday_day', span='sábado (14)'),
    c('Na segunda-feira (16), feriado municipal, a programação conta com hasteamento de bandeiras', '2022-05-16', ref=dt.date(2022, 5, 10), lang='pt', form='weekday_day', span='segunda-feira (16)'),
    # https://www.landskronadirekt.com/2010/09/17/jubileumsflaggorna-fortsatter-att-hissas/
    c('På måndag den 20 september är det dags igen', '2010-09-20', ref=dt.date(2010, 9, 17), lang='sv', form='missing_year', span='måndag den 20 september'),
    # https://www.barometern.se/kalmar/fredag-det-hander-pa-stadsfesten
    c('Kalmar • Publicerad 8 augusti 2019 • Uppdaterad 9 augusti 2019', '2019-08-08', lang='sv', form='text', span='8 augusti 2019'),
    # http://www.mynewsdesk.com/se/pressroom/kungsbacka-kommun/pressrelease/view/nationaldagsfirande-med-saang-och-musik-2522612
    c('Nationaldagsfirande på Kungsbacka torg 6 juni klockan 13-15', '2017-06-06T13:00:00', '2017-06-06T15:00:00', ref=dt.date(2017, 5, 30), lang='sv', form='time', span='6 juni klockan 13-15'),
    c('Med tal, sång, musik, dans och aktiviteter bjuder vi på en trevlig dag på Kungsbacka torg den 6 juni klockan 13-15.', '2017-06-06T13:00:00', '2017-06-06T15:00:00', ref=dt.date(2017, 5, 30), lang='sv', form='time', span='6 juni klockan 13-15'),
    # https://orlicky.denik.cz/zpravy_region/kraliky-maji-pred-sebou-rok-oslav-20180222.html
    c('Hlavní program oslav ovládne město v termínu 15. - 17. června, chystá se mimo jiné', '2018-06-15', '2018-06-17', ref=dt.date(2018, 2, 22), lang='cs', form='range', span='15. - 17. června'),
    # https://jihlavsky.denik.cz/o-deniku/na-den-zabavy-a-pamatek-miri-denik-i-kondice-20210907.html
    c('Volby do Poslanecké sněmovny se konají ve dvou dnech, v pátek 8. října 2021 od 14.00 hodin do 22.00 hodin', '2021-10-08T14:00:00', '2021-10-08T22:00:00', lang='cs', form='time', span='pátek 8. října 2021 od 14.00 hodin do 22.00 hodin'),
    # https://nextnews.gr/?p=4534
    c('Η προγραμματισμένη τακτική δια ζώσης συνεδρίαση του Δημ. Συμβουλίου την Πέμπτη 9 Ιανουαρίου 2025 και ώρα 15:00, αναβάλλεται', '2025-01-09T15:00:00', lang='el', form='time', span='Πέμπτη 9 Ιανουαρίου 2025 και ώρα 15:00'),
    c('Η συνεδρίαση θα πραγματοποιηθεί με τα ίδια θέματα της ημερήσιας διάταξης την Τετάρτη 15-1-2025 και ώρα 17:00', '2025-01-15T17:00:00', lang='el', form='time', span='Τετάρτη 15-1-2025 και ώρα 17:00'),
    # https://www.kosnews24.gr/koinwnika/item/270528-to-orario-leitourgias-ton-emporikon-katastimaton-stin-ko-tin-megali-paraskevi-kai-to-megalo-savvato
    c('η υποχρεωτική αργία της 1ης Μαΐου 2024 μετατίθεται για την Τρίτη 7 Μαΐου 2024', '2024-05-01', lang='el', form='text', span='1ης Μαΐου 2024'),
    c('Την Τετάρτη 08.05.2024 επανέρχεται το κανονικό ωράριο λειτουργίας', '2024-05-08', lang='el', form='text', span='Τετάρτη 08.05.2024'),
    # https://enypografa.gr/ (Μαρούσι: Αναβάλλονται οι προγραμματισμένες εκδηλώσεις του Δήμου)
    c('Πέμπτη 7 Σεπτεμβρίου 2023: «24ο Φεστιβάλ Θεάτρου Σκιών Δήμου Αμαρουσίου', '2023-09-07', lang='el', form='text', span='Πέμπτη 7 Σεπτεμβρίου 2023'),
    c('Παρασκευή 8 Σεπτεμβρίου: «24ο Φεστιβάλ Θεάτρου Σκιών', '2023-09-08', ref=dt.date(2023, 9, 6), lang='el', form='missing_year', span='Παρασκευή 8 Σεπτεμβρίου'),
    # https://oncamera.gr/o-dimos-oropoy-fotise-to-christoygenniatiko-dentro-stin-paramythenia-plateia-tis-malakasas
    c('📌Δευτέρα 16 Δεκεμβρίου 2024:\n🕔17:00-19:00: Καπανδρίτι', '2024-12-16T17:00:00', '2024-12-16T19:00:00', lang='el', form='time', span='Δευτέρα 16 Δεκεμβρίου 2024:\n🕔17:00-19:00'),
    c('📌Τετάρτη 18 Δεκεμβρίου 2024\n🕕18:00: Πλατεία Ηρώων', '2024-12-18T18:00:00', lang='el', form='time', span='Τετάρτη 18 Δεκεμβρίου 2024\n🕕18:00'),
])
FAILURES.extend([
    # The nineteenth batch's times without a date
    # https://rudna.pl/kolejne-festyny-dla-mieszkancow-w-gminie-rudna
    x('Oba wydarzenia rozpoczną się o godzinie 16:00.', 'no_date', lang='pl', form='no_date'),
    # https://www.police.pl/wiadomosci/aktualnosci/663-soltysiada-i-biesiada-juz-w-sobote2.html
    x('Od godziny 20.00 do 2.00 odbędzie się „Biesiada” – zabawa taneczna.', 'no_date', lang='pl', form='no_date'),
    # https://milano.notizie.it/cronaca-milano/2024/09/25/si-e-tutto-organizzato-per-il-festival-di-conclusione-dellestate/
    x('Domenica, dalle 10:00 alle 18:00, i bambini saranno intrattenuti con letture animate', 'no_date', lang='it', form='no_date'),
    # https://www.mauroux46.fr/single-post/cérémonie-de-la-sainte-barbe
    x("16h45 : Défilé, exposition et présentation des véhicules de lutte contre l'incendie", 'no_date', lang='fr', form='no_date'),
    # http://www.lerepublicain.net/la-feria-des-assos-c-est-demain_60864/
    x('Samedi de 14h à 18h au jardin public et place Zoppola. Gratuit.', 'no_date', lang='fr', form='no_date'),
    # https://www.rtvridderkerk.nl/agenda/vrijmarkt-koningsdag-wat-zijn-de-spelregels/
    x('Traditiegetrouw is er van 7.00 tot 17.00 uur in het centrum een vrijmarkt', 'no_date', lang='nl', form='no_date'),
    # https://www.landskronadirekt.com/2010/09/17/jubileumsflaggorna-fortsatter-att-hissas/
    x('på rådhustrappan klockan 10.00. Som vanligt kommer också kommunfullmäktiges ordförande att tala.', 'no_date', lang='sv', form='no_date'),
    # https://www.barometern.se/kalmar/fredag-det-hander-pa-stadsfesten
    x('9–10: Morgonyoga (Stadsparken).', 'no_date', lang='sv', form='no_date'),
    # https://www.metro.cz/kraje/kraj-vysocina/vysocina-telc-svatovaclavske-slavnosti-kminovy-festival.A250925_120448_metro-jihlava-zpravy_epsal
    x('Svatý Václav s družinou vjede na náměstí ve 14 hodin.', 'no_date', lang='cs', form='no_date'),
])
CASES.extend([
    # A twentieth batch (5 Dec 2026) in the least-covered languages, read with every earlier
    # fix landed: 36/53 before the round that followed it (docs/dates.md); 49 read after it
    # https://radiokrka.svet24.si/clanek/novice/obcina-mirna-pec-praznuje-1066777
    c('Občina Mirna Peč praznuje\n\nPiše: R.K.\n\nČas objave:\n16.06.2023 08:32', '2023-06-16T08:32:00', lang='sl', form='time', span='16.06.2023 08:32'),
    c('Praznik Občine Mirna Peč je 21. junij. Na ta dan so se Mirnopečani z referendumom odločili', '2023-06-21', ref=dt.date(2023, 6, 16), lang='sl', form='missing_year', span='21. junij'),
    c('Danes ob 8. uri se je pričel slikarski ex tempore z razstavo ob 17. uri.', '2023-06-16T08:00:00', ref=dt.date(2023, 6, 16), lang='sl', form='time', span='Danes ob 8. uri'),
    # https://www.ptuj.si/objava/1116542
    c('vsako soboto od 7. junija do 27. septembra 2025, 10.00-12.00, staro mestno jedro', '2025-06-07T10:00:00', '2025-09-27T12:00:00', lang='sl', form='time', span='od 7. junija do 27. septembra 2025, 10.00-12.00'),
    c('Sobota, 14. 6. 2025\n[10.00-12.00, MKC Stara steklarska]', '2025-06-14T10:00:00', '2025-06-14T12:00:00', lang='sl', form='time', span='Sobota, 14. 6. 2025\n[10.00-12.00'),
    c('Sobota, 28. 6. 2025\n[10.00-22.00, Mestni trg]\nKARAVANA OKUSOV', '2025-06-28T10:00:00', '2025-06-28T22:00:00', lang='sl', form='time', span='Sobota, 28. 6. 2025\n[10.00-22.00'),
    # https://arhiv.gorenjskiglas.si/article/20100924/C/309249978/parada-na-trgu-svobode
    c('Tržič - Danes ob 16. uri bodo v Tržiču slovesno odprli obnovljeno glavno mestno ulico', '2010-09-24T16:00:00', ref=dt.date(2010, 9, 24), lang='sl', form='time', span='Danes ob 16. uri'),
    c('Tržič / sobota, 19. januar 2019 / 12:08\n\nTržič z dvema podžupanoma', '2019-01-19T12:08:00', lang='sl', form='time', span='sobota, 19. januar 2019 / 12:08'),
    c('Kranj / petek, 15. april 2016 / 07:00\n\nBrez psa vodnika', '2016-04-15T07:00:00', lang='sl', form='time', span='petek, 15. april 2016 / 07:00'),
    # https://www.pomurec.com/vsebina/36102/Z_Miklosovim_senjem_in_odprtjem_drsalisca_se_v_soboto_pricenja_praznicno_dogajanje_v_Murski_Soboti
    c('V Murski Soboti bodo praznični december pričeli v soboto, 5. decembra.', '2020-12-05', ref=dt.date(2020, 11, 30), lang='sl', form='missing_year', span='soboto, 5. decembra'),
    c('Božični sejem, ki bo na Slovenski ulici potekal od ponedeljka, 21. do srede 23. decembra.', '2020-12-21', '2020-12-23', ref=dt.date(2020, 11, 30), lang='sl', form='range', span='od ponedeljka, 21. do srede 23. decembra'),
    # https://www.uradni-list.si/glasilo-uradni-list-rs/vsebina/2017005900015/
    c('Uradni list RS, št. 59/2017 z dne 27. 10. 2017', '2017-10-27', lang='sl', form='text', span='27. 10. 2017'),
    # http://www.veflingeportalen.dk/begivenhed/grundlovsfest/
    c('Hvornår:\n    jun 5, 2024 kl. 14:00 – 17:00\n    2024-06-05T14:00:00+02:00', '2024-06-05T14:00:00', '2024-06-05T17:00:00', lang='da', form='time', span='jun 5, 2024 kl. 14:00 – 17:00'),
    # https://www.kulturbeholderen.dk/indvielse-af-bystaevnepladsen-24-4-2022/
    c('Indvielse af Bystævnepladsen 24/4 2022\n\nFORENINGEN KULTURBEHOLDEREN', '2022-04-24', lang='da', form='text', span='24/4 2022'),
    c('holder indvielse af den nyetablerede Bystævneplads søndag den 24. april kl. 14.00.', '2022-04-24T14:00:00', ref=dt.date(2022, 4, 10), lang='da', form='time', span='søndag den 24. april kl. 14.00'),
    # https://www.rnn.dk/node/64048
    c('Sæt allerede nu et stort kryds i kalenderen den 9. september, når den danske sanger giver gratis koncert', '2017-09-09', ref=dt.date(2017, 8, 25), lang='da', form='missing_year', span='9. september'),
    c('Den lokale folkefest varer i år fra klokken 14 til 23 den 9. september på rådhuspladsen', '2017-09-09T14:00:00', '2017-09-09T23:00:00', ref=dt.date(2017, 8, 25), lang='da', form='time', span='14 til 23 den 9. september'),
    # http://sparkaer.dk/NyhederSktHans2010.htm
    c('Ikke overraskende er det onsdag den 23. juni, og det hele starter med fakkeloptog', '2010-06-23', ref=dt.date(2010, 6, 14), lang='da', form='missing_year', span='onsdag den 23. juni'),
    c('Borgerforeningen håber på stort fremmøde.\n\n/hp\nLagt på nettet 14.06.2010 (22:30)', '2010-06-14T22:30:00', lang='da', form='time', span='14.06.2010 (22:30)'),
    # https://sn.dk/Hilleroed/Lokale-byfester-satser-paa-at-gennemfoere-men-en-er-allerede-blevet-aflyst/artikel/1422261
    c('Hillerød - 27. marts 2021 kl. 05:00 Af Martin Warming Kontakt redaktionen', '2021-03-27T05:00:00', lang='da', form='time', span='27. marts 2021 kl. 05:00'),
    # https://sn.dk/Hilleroed-Posten/Evaluering-Byfesten-er-paa-rette-vej/artikel/915279
    c('Evaluering: Byfesten er på rette vej\n\n20. februar 2020\n\nKendskabet til Hillerød Slotssø Byfest', '2020-02-20', lang='da', form='text', span='20. februar 2020'),
    # http://www.xaghra.com/article/attivitajiet-tal-kunsill/
    c('Cerimonja kommemorattiva li tfakkar l-Irvellijiet tas-7 ta’ Gunju 1919;', '1919-06-07', lang='mt', form='text', span='7 ta’ Gunju 1919'),
    # http://lc.gov.mt/Page.aspx?catid=56&pid=229
    c("Festa Tradizzjonali ta' Sant'Anton Abbati, il-Ħadd 15 ta' Jannar 2012, Ix-Xagħra - poster", '2012-01-15', lang='mt', form='text', span="Ħadd 15 ta' Jannar 2012"),
    c("Festival tat-Tin 8 ta' Ottubru 2011 għafas hawn biex tara l-poster", '2011-10-08', lang='mt', form='text', span="8 ta' Ottubru 2011"),
    c('"Pjazza Alive" nhar it-30 ta\' Lulju 2011  għafas hawn', '2011-07-30', lang='mt', form='text', span="30 ta' Lulju 2011"),
    c('Mill-Erbgħa 27 sas-Sibt 30 ta’ April 2011', '2011-04-27', '2011-04-30', lang='mt', form='range', span='Erbgħa 27 sas-Sibt 30 ta’ April 2011'),
    c('Il-Ħamis 28 ta’ April: Jum it-Tifkira tat-323 Anniversarju', '2011-04-28', ref=dt.date(2011, 4, 20), lang='mt', form='missing_year', span='Ħamis 28 ta’ April'),
    # http://www.xaghra.com/article/2008/04/17/jum-ix-xaghra-2008/
    c('Il-programm ser ikun imqassam bejn it-Tnejn 21 ta’ April u t-Tnejn 28 t’April 2008 kif inhu gej:', '2008-04-21', '2008-04-28', lang='mt', form='range', span='bejn it-Tnejn 21 ta’ April u t-Tnejn 28 t’April 2008'),
    # https://www.tvm.com.mt/mt/djarju247/milied-fis-siggiewi-ir-rahal-ta-santa-klaws/
    c('Milied fis-Siġġiewi se tkun qed issir nhar is-Sibt 14 ta’ Diċembru 2019 mill-16:00 ‘il quddiem', '2019-12-14T16:00:00', lang='mt', form='time', span='Sibt 14 ta’ Diċembru 2019 mill-16:00'),
    c('Dan il-Programm li jara l-bidu tiegħu nhar it-Tlieta, 21 ta’ Lulju 2020…', '2020-07-21', lang='mt', form='text', span='Tlieta, 21 ta’ Lulju 2020'),
    # https://www.regjunnofsinhar.org/tisjira-xlukkajra-2/
    c('Tisjira Xlukkajra\n\nJune 16, 2023\n\nWieħed mil-għanijiet', '2023-06-16', lang='mt', form='text', span='June 16, 2023'),
    # https://www.regjunnofsinhar.org/10955-2/
    c('Attivitajiet mużikali bis-sehem ta’ banda lokali f’Jum il-Lokalità nhar is-Sibt 26 ta’ Ottubru 2019.', '2019-10-26', lang='mt', form='text', span='Sibt 26 ta’ Ottubru 2019'),
    c('Kunsill Lokali Ħamrun Villaġġ tal-Milied fi Triq il-Ferrovija mis-6 sad-9 ta’ Diċembru 2019.', '2019-12-06', '2019-12-09', lang='mt', form='range', span='6 sad-9 ta’ Diċembru 2019'),
    c('Kirkop’s Local Christmas Market fis-7 u t-8 ta’ Diċembru 2019 bis-sehem ta’ kor', '2019-12-07', '2019-12-08', lang='mt', form='range', span='7 u t-8 ta’ Diċembru 2019'),
    c('Kunsill Lokali Ħal Safi Festa Familja fid-29 ta’ Diċembru 2019 bis-sehem tal-Banda San Pawl', '2019-12-29', lang='mt', form='text', span='29 ta’ Diċembru 2019'),
    # http://www.donegalcoco.ie/ie/cultur/oifigealaionanchontae/feilechuandhunnangallagusnagcruachgorm/
    c('Tá an 23ú Féile ar siúl ón Aoine 29 Meán Fómhair go dtí an Domhnach 15 Deireadh Fómhair.', '2023-09-29', '2023-10-15', ref=dt.date(2023, 9, 1), lang='ga', form='range', span='Aoine 29 Meán Fómhair go dtí an Domhnach 15 Deireadh Fómhair'),
    c('ag Ionad Ealíon Bhalor, Bealach Féich Déardaoin 12 Deireadh Fómhair.', '2023-10-12', ref=dt.date(2023, 9, 1), lang='ga', form='missing_year', span='Déardaoin 12 Deireadh Fómhair'),
    # https://antultach.com/pobal/feile-pheadair-joe/
    c('An lá ina dhiaidh sin, Déardaoin, an 27 Meán Fómhair, beidh lucht na féile ag tabhairt aghaidh', '2018-09-27', ref=dt.date(2018, 9, 10), lang='ga', form='missing_year', span='Déardaoin, an 27 Meán Fómhair'),
    c('Tá oíche bhreá thraidisiúnta geallta Dé hAoine, an 28 Meán Fómhair i dTeach Pheadair Joe arís.', '2018-09-28', ref=dt.date(2018, 9, 10), lang='ga', form='missing_year', span='hAoine, an 28 Meán Fómhair'),
    c('Beidh béim ar an fhoghlaim Dé Sathairn, an 29 Meán Fómhair, ag an dianchúrsa Gaeilge', '2018-09-29', ref=dt.date(2018, 9, 10), lang='ga', form='missing_year', span='Sathairn, an 29 Meán Fómhair'),
    # https://www.antoireachtas.ie/nuacht/ag-filleadh-ar-chill-airne-tar-eis-92-bliain.html
    c('ag ócáid eolais faoin Oireachtas in Óstán Gleneagle, Cill Airne, inniu (Dé Céadaoin, 15 Meán Fómhair 2010).', '2010-09-15', ref=dt.date(2010, 9, 15), lang='ga', form='missing_year', span='inniu'),
    # https://www.independent.ie/seachtain/oilean-agus-oilean-eile-ar-chlair-raidio-na-gaeltachta-don-nollaig/42236003.html
    c('Sna cláir Oíche an Oireachtais i Leitir Móir 2022 ar an 27 Nollaig ag a 3pm', '2022-12-27T15:00:00', ref=dt.date(2022, 12, 20), lang='ga', form='time', span='27 Nollaig ag a 3pm'),
    c('agus an 1 Eanáir ag a 5pm, tabharfar blaiseadh de chuid den saothar', '2023-01-01T17:00:00', ref=dt.date(2022, 12, 20), lang='ga', form='time', span='1 Eanáir ag a 5pm'),
    # http://www.cflt.ie/ga/feile-lughnasa/
    c('Féile Lughnasa 26.07.2019 – 29.07.2019\n\nFéile Lughnasa 2019', '2019-07-26', '2019-07-29', lang='ga', form='range', span='26.07.2019 – 29.07.2019'),
    # https://belfastmedia.com/grainne-ni-ghilin-fleadh-feirste-sa-cheathru-ghaeltachta
    c('Beidh ‘An Nollaig Dhraíochtúil’ á léiriú an Satharn beag seo, an 4 Nollaig.', '2021-12-04', ref=dt.date(2021, 12, 1), lang='ga', form='missing_year', span='4 Nollaig'),
    c('Bernadette Morris i mbun coirme in Áras Uí Chonghaile Dé hAoine, an 3 Nollaig, doirse ar 6.30pm', '2021-12-03T18:30:00', ref=dt.date(2021, 12, 1), lang='ga', form='time', span='hAoine, an 3 Nollaig, doirse ar 6.30pm'),
    c('Seolfar taispeántas nua ealaíne i nDánlann Dillon sa Chultúrlann Déardaoin, an 2 Nollaig ar 7pm.', '2021-12-02T19:00:00', ref=dt.date(2021, 12, 1), lang='ga', form='time', span='Déardaoin, an 2 Nollaig ar 7pm'),
])
FAILURES.extend([
    # The twentieth batch's times without a date
    # https://www.slovenskenovice.si/ona/praznicno/v-soboto-bo-zazivelo-velikonocno-podezelje-v-mestu/
    x('V soboto med 8. in 14. uro bo na ljubljanskem Pogačarjevem trgu zaživelo velikonočno Podeželje v mestu.', 'no_date', lang='sl', form='no_date'),
    # http://www.veflingeportalen.dk/begivenhed/grundlovsfest/
    x('kl. 14:15 Indvielse af ugle og bænke på pladsen', 'no_date', lang='da', form='no_date'),
])
CASES.extend([
    # A twenty-first batch (5 Dec 2026) in Hungarian, Catalan, Lithuanian, Romanian, Galician,
    # Spanish and Ukrainian: 57/64 before the round that followed it (docs/dates.md); 60 after
    # https://dunaujvaros.com/hirek/201509/nyarbucsuztato_a_varoshaza_teren
    c('Dunaújváros Hetilap\n2026. már. 05. Adorján, Adrián', '2026-03-05', lang='hu', form='text', span='2026. már. 05'),
    c('Brousil Csaba - 2015. szep. 03., 14:19\n\nA hétvégi Nyárbúcsúztató', '2015-09-03T14:19:00', lang='hu', form='time', span='2015. szep. 03., 14:19'),
    # https://www.vac.hu/hirek/kozelet/21536/0/Szent-Istvan-napi-unnepseg-Vacon---FRISSiTVE!.html
    c('VÁC A DUNAKANYAR KAPUJA\n2024. július 27. | szombat\nOlga és Liliána napja', '2024-07-27', lang='hu', form='text', span='2024. július 27.'),
    c('ünnepel városunk augusztus 20-án. A központi ünnepségre 18 órától a Konstantin téri Szent István-szobor környezetében kerül sor.', '2023-08-20T18:00:00', ref=dt.date(2023, 8, 10), lang='hu', form='time', span='augusztus 20-án. A központi ünnepségre 18 órától'),
    c('A váci rendezvény részeként augusztus 19-én szombaton este héttől a Ferences templomban', '2023-08-19', ref=dt.date(2023, 8, 10), lang='hu', form='missing_year', span='augusztus 19-én szombaton'),
    # https://www.okkfehervar.hu/index.php?pg=news_2_753
    c('2011.08.26. 13:08\nMEGHÍVÓ - 2011. augusztus 27-28. (szombat-vasárnap)', '2011-08-26T13:08:00', lang='hu', form='time', span='2011.08.26. 13:08'),
    c('MEGHÍVÓ - 2011. augusztus 27-28. (szombat-vasárnap)', '2011-08-27', '2011-08-28', lang='hu', form='range', span='2011. augusztus 27-28.'),
    c('2011. augusztus 27-én (szombaton) 10.00 órakor\ndr. Cser-Palkovics András polgármester', '2011-08-27T10:00:00', lang='hu', form='time', span='2011. augusztus 27-én (szombaton) 10.00 órakor'),
    # http://tirgumures.ro/index.php?view=article&catid=49&id=6205 (Hungarian page)
    c('A 2017. május 22-28-a közötti időszakban Marosvásárhelyen XXI. alkalommal kerül sor a városnapokra.', '2017-05-22', '2017-05-28', lang='hu', form='range', span='2017. május 22-28-a'),
    c('A javaslatok benyújtásának határideje 2017. május 8-a.', '2017-05-08', lang='hu', form='text', span='2017. május 8-a'),
    # https://szekelyhon.ro/aktualis/jubileumi-varosnapokra-keszulnek-marosvasarhelyen
    c('Idén, két éve kihagyás után június 23-26,. között szervezik meg a Marosvásárhelyi Városnapokat.', '2022-06-23', '2022-06-26', ref=dt.date(2022, 6, 16), lang='hu', form='range', span='június 23-26'),
    # http://seva.cat/turisme/que-fer/festes-i-tradicions/festa-de-l11-de-setembre.html
    c('Festa de l’11 de setembre\n\nDarrera actualització: 19.02.2021 | 16:42', '2021-02-19T16:42:00', lang='ca', form='time', span='19.02.2021 | 16:42'),
    # https://matadepera.cat/actualitat/noticies/ultima-sessio-dels-dissabtes-a-la-placa.html
    c('Última sessió dels "Dissabtes a la Plaça"\n\nDissabte, 28 de novembre de 2009', '2009-11-28', lang='ca', form='text', span='Dissabte, 28 de novembre de 2009'),
    # https://santpedor.cat/actualitat/noticies/el-primer-dissabtes-de-placa-de-lany-sera-el-13-de-gener.html
    c("El primer 'Dissabtes de plaça' de l'any serà el 13 de gener\nDimarts, 2 de gener de 2024", '2024-01-13', ref=dt.date(2024, 1, 2), lang='ca', form='missing_year', span='13 de gener'),
    c('Dimarts, 2 de gener de 2024\nEs fa una setmana més tard', '2024-01-02', lang='ca', form='text', span='Dimarts, 2 de gener de 2024'),
    c("El primer Dissabtes de plaça de l'any serà el 13 de gener, de 10 h a 14 h a la plaça Gran U d'Octubre", '2024-01-13T10:00:00', '2024-01-13T14:00:00', ref=dt.date(2024, 1, 2), lang='ca', form='time', span='13 de gener, de 10 h a 14 h'),
    # https://sabadell.cat/es/noticies-habitatge/item/concentracio-davant-de-l-ajuntament-en-commemoracio-de-l-1-d-octubre
    c('L’Ajuntament de Sabadell convoca tota la població a participar a una concentració, el proper dilluns 1 d’Octubre, a les 12 del migdia', '2018-10-01T12:00:00', ref=dt.date(2018, 9, 28), lang='ca', form='time', span='dilluns 1 d’Octubre, a les 12 del migdia'),
    c('HABITATGE\n28\nSeptiembre\n2018\n\nConcentració davant de l’Ajuntament', '2018-09-28', lang='ca', form='text', span='28\nSeptiembre\n2018'),
    # https://laldea.cat/node/10759
    c('Aquesta tarda de dissabte 23 de maig  l’Ajuntament de l’Aldea  ha tingut una reunió', '2020-05-23', ref=dt.date(2020, 5, 23), lang='ca', form='missing_year', span='dissabte 23 de maig'),
    # https://santsadurni.cat/document.php?id=19374
    c('DILLUNS 11 DE SETEMBRE\n11.30 h Cercavila de Cavalls', '2017-09-11T11:30:00', ref=dt.date(2017, 9, 1), lang='ca', form='time', span='DILLUNS 11 DE SETEMBRE\n11.30 h'),
    # https://www.etaplius.lt/pakruojyje-organizuojamas-renginys-skirtas-valstybes-dienai
    c('SUSIJĘ STRAIPSNIAI\nKultūra2020 m. Birželio 30 d. 14:31\n\nPakruojyje organizuojamas renginys', '2020-06-30T14:31:00', lang='lt', form='time', span='2020 m. Birželio 30 d. 14:31'),
    c('Liepos 6 d. minima Karaliaus Mindaugo karūnavimo – Valstybės diena.', '2020-07-06', ref=dt.date(2020, 6, 30), lang='lt', form='missing_year', span='Liepos 6 d.'),
    # https://www.pakruojis.lt/index.php?2717416753
    c('Kviečiame švęsti Liepos 6-ąją – Valstybės (Lietuvos karaliaus Mindaugo karūnavimo) ir Tautiškos giesmės dieną.', '2023-07-06', ref=dt.date(2023, 6, 28), lang='lt', form='missing_year', span='Liepos 6-ąją'),
    c('Liepos 6 d. renginiai:\n• 18 val. Linkuvos kultūros centro pašvitinio skyriuje', '2023-07-06T18:00:00', ref=dt.date(2023, 6, 28), lang='lt', form='time', span='Liepos 6 d. renginiai:\n• 18 val.'),
    # http://l24.lt/lt/renginiai/itemlist/tag/svente
    c('2018-10-01, 10:29\n\nButrimonys švenčia!', '2018-10-01T10:29:00', lang='lt', form='time', span='2018-10-01, 10:29'),
    c('Sekmadienį, rugsėjo 30 dieną, iškilmes, vykusias renginių salėje, pradėjo šv. mišios', '2018-09-30', ref=dt.date(2018, 10, 1), lang='lt', form='missing_year', span='Sekmadienį, rugsėjo 30 dieną'),
    # https://etaplius.lt/naujiena/ruosiantis-renginiu-ciklui-miesto-jubiliejau-proga-susaukta-darbo-grupe
    c('ypatingą Širvintų 545 metų sukaktį paminėsime ir iškilmingai. Jau liepos 21-25 dienomis.', '2020-07-21', '2020-07-25', ref=dt.date(2020, 6, 20), lang='lt', form='range', span='liepos 21-25'),
    # https://kultura.birzai.lt/lietuvos-valstybes-atkurimo-diena/
    c('Vasario 14 d. 18 val. – Papilio kultūros namuose Lietuvos valstybės atkūrimo dienos minėjimas', '2025-02-14T18:00:00', ref=dt.date(2025, 2, 1), lang='lt', form='time', span='Vasario 14 d. 18 val.'),
    c('Vasario 16 d. 11 val. 30 min. – Nemunėlio Radviliškio miestelyje, prie paminklo', '2025-02-16T11:30:00', ref=dt.date(2025, 2, 1), lang='lt', form='time', span='Vasario 16 d. 11 val. 30 min'),
    # https://m.kauno.diena.lt/naujienos/vilnius/miesto-pulsas/vilniuje-suliepsnos-16-simboliniu-lauzu-314399
    c('Vasario 16-ąją Gedimino prospekte (nuo V. Kudirkos iki Katedros a.) bus uždegta 16 simbolinių laužų', '2014-02-16', ref=dt.date(2014, 2, 10), lang='lt', form='missing_year', span='Vasario 16-ąją'),
    # https://actualitateacalarasi.eu/astazi-calarasenii-sunt-asteptati-la-un-meci-de-handbal-dar-si-sa-se-distreze-la-zilele-municipiului/
    c('28 aprilie 2025\n\nAstăzi, călărăşenii sunt aşteptaţi la un meci de handbal', '2025-04-28', lang='ro', form='text', span='28 aprilie 2025'),
    c('Astăzi, duminică, 21 septembrie, în cadrul manifestării Zilele Municipiului Călăraşi, au loc următoarele acţiuni:', '2025-09-21', ref=dt.date(2025, 9, 21), lang='ro', form='missing_year', span='duminică, 21 septembrie'),
    c('Luni, 22 septembrie, la ora 17.00, va fi aniversată ,,Ziua Pensionarului”.', '2025-09-22T17:00:00', ref=dt.date(2025, 9, 21), lang='ro', form='time', span='Luni, 22 septembrie, la ora 17.00'),
    # monitorulcj.ro (Mii de turdeni au participat la zilele oraşului)
    c('În perioada 30 august-1 septembrie la Turda s-a desfăşurat ediţia cu numărul XIII a zilelor municipiului.', '2019-08-30', '2019-09-01', ref=dt.date(2019, 9, 2), lang='ro', form='range', span='30 august-1 septembrie'),
    # https://iloveyoucluj.ro/prin-oras/joi-9-mai-2024-in-piata-unirii-incepand-cu-ora-1100-va-avea-loc-un-eveniment-dedicat-zilei-europei/36265/amp
    c('Vineri seara, 3 octombrie 2025, în jurul orei 20:30, un accident rutier s-a produs pe DN1C', '2025-10-03T20:30:00', lang='ro', form='time', span='3 octombrie 2025, în jurul orei 20:30'),
    # https://primariasector1.ro/precizari-in-legatura-cu-organizarea-evenimentului-balkanik-festival/
    c('Precizari in legatura cu organizarea evenimentului BalKanik Festival\n\nPublicat: 28.07.2017', '2017-07-28', lang='ro', form='text', span='28.07.2017'),
    c('s-a decis convocarea pentru luni, 31 iulie 2017, începând cu orele 12:00, a unei ședințe extraordinare de consiliu', '2017-07-31T12:00:00', lang='ro', form='time', span='luni, 31 iulie 2017, începând cu orele 12:00'),
    c('acest proiect cât și celelalte proiecte rămase nediscutate la ședința din data de 26 iulie.', '2017-07-26', ref=dt.date(2017, 7, 28), lang='ro', form='missing_year', span='26 iulie'),
    # http://www.galiciaartabradigital.com/archivos/270449
    c('EN A CAPELA Sábado 3 de Septiembre , comienzan las fiestas en honor a San Braulio', '2022-09-03', ref=dt.date(2022, 8, 30), lang='es', form='missing_year', span='Sábado 3 de Septiembre'),
    c('Domingo 4, por la mañana se oficiará la misa solemne', '2022-09-04', ref=dt.date(2022, 8, 30), lang='es', form='missing_year', span='Domingo 4'),
    # https://www.faroocionorte.com/etiquetas/festas?page=4
    c('Ourol celebrará as festas na honra á Nosa Señora os días 9, 10 e 15 de agosto.', '2025-08-09', '2025-08-10', ref=dt.date(2025, 8, 5), lang='gl', form='range', span='9, 10 e 15 de agosto'),
    c('As actividades comezarán este sábado, día 9 de agosto.', '2025-08-09', ref=dt.date(2025, 8, 5), lang='gl', form='missing_year', span='sábado, día 9 de agosto'),
    c('Do 8 ao 10 de agosto a parroquia de Vilameá (A Pontenova) converterase no epicentro da música', '2025-08-08', '2025-08-10', ref=dt.date(2025, 8, 5), lang='gl', form='range', span='Do 8 ao 10 de agosto'),
    c('O arranque será este venres, 8 de agosto, coa gran churrascada', '2025-08-08', ref=dt.date(2025, 8, 5), lang='gl', form='missing_year', span='venres, 8 de agosto'),
    c('o prazo para anotarse está aberto ata este mércores, día 6 de agosto, ás 13:00 horas no teléfono', '2025-08-06T13:00:00', ref=dt.date(2025, 8, 5), lang='gl', form='time', span='mércores, día 6 de agosto, ás 13:00 horas'),
    c('O Concello de Xove anuncia que “o vindeiro sábado 9 de agosto e o domingo día 10', '2025-08-09', '2025-08-10', ref=dt.date(2025, 8, 5), lang='gl', form='range', span='sábado 9 de agosto e o domingo día 10'),
    # https://terrachaxa.com/news/varias-localidades-da-comarca-celebran-desde-hoxe-o-san-pedro/75983
    c('Orquestra\n29 Xuño 2024\n\nOutras tres localidades da comarca', '2024-06-29', lang='gl', form='text', span='29 Xuño 2024'),
    # https://www.diariodeferrol.com/articulo/ferrol/25-fiestas-ferrolterra-pasarse-mes-julio-patron-patron-4922064
    c('La parroquia aresana de Redes celebra el Carmen el martes 16, con 21 bombas de palenque', '2024-07-16', ref=dt.date(2024, 7, 5), lang='es', form='missing_year', span='martes 16'),
    c('y el pregón, el viernes 19 a las 20.30 a cargo de la Agrupación Coral As Pontes', '2024-07-19T20:30:00', ref=dt.date(2024, 7, 5), lang='es', form='time', span='viernes 19 a las 20.30'),
    c('con certamen de bandas (12 julio, 20.00), el ciclo musical As Noites do Carme', '2024-07-12T20:00:00', ref=dt.date(2024, 7, 5), lang='es', form='time', span='12 julio, 20.00'),
    # https://kam.gov.ua/ua/share-news/pg/30423672303861_n
    c('Сьогодні, 1 квітня, Центральний та Лівобережний парки міста відкривають сезон 2023.', '2023-04-01', ref=dt.date(2023, 4, 1), lang='uk', form='missing_year', span='1 квітня'),
    c('опубліковано: 01 квітня 2023 оновлено: 01 квітня 2023', '2023-04-01', lang='uk', form='text', span='01 квітня 2023'),
    # http://mlt.gov.ua/?id=795&r=posts.client.view
    c('З 20 вересня стартували локальні розважальні програми у мікрорайонах.', '2021-09-20', ref=dt.date(2021, 9, 21), lang='uk', form='missing_year', span='20 вересня'),
    c('Сьогодні, 21 вересня, святкують у авіамістечку та Житломасиві, завтра — у мікрорайоні', '2021-09-21', ref=dt.date(2021, 9, 21), lang='uk', form='missing_year', span='21 вересня'),
    c('24 вересня лунатиме X-й Всеукраїнський фестиваль духової та естрадної музики', '2021-09-24', ref=dt.date(2021, 9, 21), lang='uk', form='missing_year', span='24 вересня'),
    c('головний концерт за участю українських зірок відбудеться у суботу, 25 вересня, на великій сцені', '2021-09-25', ref=dt.date(2021, 9, 21), lang='uk', form='missing_year', span='суботу, 25 вересня'),
    # http://sznz3biolog.blogspot.com/2016/08/blog-post_26.html
    c('Дата проведення – 27 серпня 2016 року.\nМісце проведення – парк «Залізничників».', '2016-08-27', lang='uk', form='text', span='27 серпня 2016 року'),
    # https://kyivvlada.com.ua/news/u-bilij-czerkvi-ne-bude-masovyh-gulyan-na-den-mista/
    c('У суботу, 14 вересня, Біла Церква відзначає 992 річницю від заснування.', '2024-09-14', ref=dt.date(2024, 9, 13), lang='uk', form='missing_year', span='суботу, 14 вересня'),
])
FAILURES.extend([
    # The twenty-first batch's time without a date, and days with neither month nor weekday
    # https://www.etaplius.lt/pakruojyje-organizuojamas-renginys-skirtas-valstybes-dienai
    x('10 val. Vaikų futbolo turnyre Pakruojo miesto stadione.', 'no_date', lang='lt', form='no_date'),
    # https://www.diariodeferrol.com/articulo/ferrol/25-fiestas-ferrolterra-pasarse-mes-julio-patron-patron-4922064
    x('As Pontes celebra del 12 al 25 sus fiestas del Carmen y A Fraga', 'no_date', ref=dt.date(2024, 7, 5), lang='es', form='no_date'),
])
CASES.extend([
    # Issue 14, the big languages (5 Dec 2026): fresh batches of event, council and network
    # pages in en/de/fr/it/es/pl/nl/pt/sv/da/cs, labelled by reading each page; see
    # docs/dates.md, "Fresh batches in the big languages".
    # http://bz-duisburg.de/Brauchtum/2016_Brauchtum_DU.htm
    c('Sonntag, 7. Februar 2016 Auch am Sonntag\nhaben Sie die Wahl', '2016-02-07', lang='de', form='text', span='Sonntag, 7. Februar 2016'),
    c('Karnevalsveranstaltung zu Altweiber am\nDonnerstag, 4. Februar, findet unter dem Motto', '2016-02-04', ref=dt.date(2016, 1, 20), lang='de', form='missing_year', span='Donnerstag, 4. Februar'),
    # https://www.moessingen.de/de/Stadt-Buerger/Aktuelles/Stadtnachrichten/Aktuell?view=publish&item=article&id=6307
    c('Rathaussturm am "Schmotzigen Donnerstag"\n05.02.2024\nDie Narren', '2024-02-05', lang='de', form='text', span='05.02.2024'),
    # https://rastatt.de/rathaus-und-politik/stadtverwaltung/pressemitteilungen/banner-wirbt-fuer-tag-des-offenen-rathauses-am-19-juli
    c('Nach den vielfältigen Feierlichkeiten am 9. Mai in Rastatt zum „Tag der Verbrüderung“', '2024-05-09', ref=dt.date(2024, 5, 30), lang='de', form='missing_year', span='9. Mai'),
    # https://hallobonn.info/category/bonn
    c('Das hat der Rat der Stadt Bonn am Dienstag, 14. Mai 2019, beschlossen.', '2019-05-14', lang='de', form='text', span='Dienstag, 14. Mai 2019'),
    c('Weisenborn starb am 26. März 1969.', '1969-03-26', lang='de', form='text', span='26. März 1969'),
    # https://tagesfunk.de/bayern/regensburg/stadtfreiheitstag-2024-festakt-mit-oberbuergermeisterin-und-auszeichnungen
    c('lädt am Samstag, 16. November 2024, um 19 Uhr in den Historischen Reichssaal des Alten Rathauses', '2024-11-16T19:00:00', lang='de', form='time', span='Samstag, 16. November 2024, um 19 Uhr'),
    c('Diese können am Dienstag, 12. November 2024, von 10 bis 18 Uhr in der Tourist Information', '2024-11-12T10:00:00', '2024-11-12T18:00:00', lang='de', form='time', span='Dienstag, 12. November 2024, von 10 bis 18 Uhr'),
    # https://docslib.org/doc/5430303/programme-convention
    c('mercredi 11 octobre\n\n16h30 Assemblée Générale* ordinaire des adhérents', '2006-10-11T16:30:00', ref=dt.date(2006, 9, 1), lang='fr', form='time', span='mercredi 11 octobre\n\n16h30'),
    c('jeudi 12 octobre 9h Accueil des participants 9h30 Allocutions', '2006-10-12T09:00:00', ref=dt.date(2006, 9, 1), lang='fr', form='time', span='jeudi 12 octobre 9h'),
    # a stored agenda page of French town events (atelier, Caen 14000; Trouville-sur-Mer 14360)
    c('Caen 14000\n\nLe 04/02/2026\n\nPrès de 3000 personnes', '2026-02-04', lang='fr', form='text', span='04/02/2026'),
    c('Le 15 août 2025 à 16h, rendez-vous à l’Hôtel de Ville de Trouville-sur-Mer', '2025-08-15T16:00:00', lang='fr', form='time', span='15 août 2025 à 16h'),
    c('se tiendra le vendredi 27 septembre 2024 à l’Espace Pierre Bachelet à Dammarie-les-Lys.', '2024-09-27', lang='fr', form='text', span='vendredi 27 septembre 2024'),
    # https://www.berreletang.fr/conferences-ubtl?categorie=269&periode=2019-05-31
    c('Mercredi 5 novembre - Le canal de Marseille et Roquefavour - Michel Métenier', '2025-11-05', ref=dt.date(2025, 9, 1), lang='fr', form='missing_year', span='Mercredi 5 novembre'),
    c('Lundi 8 décembre - L’effet Placebo/Nocebo - Alice Guyon', '2025-12-08', ref=dt.date(2025, 9, 1), lang='fr', form='missing_year', span='Lundi 8 décembre'),
    # https://www.folardeche.org/post/le-printemps-de-la-la%C3%AFcit%C3%A9
    c('Centre "Les Portes" à Meyras – Samedi 24 mars 2012 11h30 – Plantation d’un Arbre', '2012-03-24T11:30:00', lang='fr', form='time', span='Samedi 24 mars 2012 11h30'),
    # https://www.centrepresseaveyron.fr/2024/04/11/conques-lancement-de-huit-conferences-autour-de-la-culture-de-lenvironnement-et-des-nouvelles-technologies-11882214.php
    c('à partir du vendredi 12 avril, avec la participation de Raja Chatila', '2024-04-12', ref=dt.date(2024, 4, 11), lang='fr', form='missing_year', span='vendredi 12 avril'),
    c('Vendredi 12 avril, à 18 h 30, à l’auditorium de Conques', '2024-04-12T18:30:00', ref=dt.date(2024, 4, 11), lang='fr', form='time', span='Vendredi 12 avril, à 18 h 30'),
    # http://www.padovanews.it/2023/03/17/este-il-consiglio-comunale-e-convocato-il-22-marzo-2023-alle-ore-1900/
    c('Il Consiglio Comunale è convocato il 22 marzo 2023 alle ore 19:00.', '2023-03-22T19:00:00', lang='it', form='time', span='22 marzo 2023 alle ore 19:00'),
    c('si terrà in I convocazione il 22 marzo 2023 alle ore 19:00 e in II convocazione il 23 marzo 2023 alle ore 19:00.', '2023-03-22T19:00:00', lang='it', form='time', span='22 marzo 2023 alle ore 19:00'),
    # https://old.comune.castiglione-del-lago.pg.it/node/2439
    c('convocato in seduta ordinaria per il giorno 27 giugno 2023 alle ore 19:00 presso la "Sala delle gesta di Ascanio"', '2023-06-27T19:00:00', lang='it', form='time', span='27 giugno 2023 alle ore 19:00'),
    c('APPROVAZIONE VERBALE SEDUTA DI CONSIGLIO COMUNALE DEL 31.05.2023;', '2023-05-31', lang='it', form='text', span='31.05.2023'),
    # https://comune.buragodimolgora.mb.it/novita/notizie/aperto-lo-sportello-di-ascolto-al-cittadino
    c('Inaugurato sabato 14 settembre lo sportello di ascolto al cittadino', '2024-09-14', ref=dt.date(2024, 9, 20), lang='it', form='missing_year', span='sabato 14 settembre'),
    # https://www.comune.cinisello-balsamo.mi.it/sol/spip.php?connect=sito&id_article=40337&page=article
    c('lunedì 13 ottobre 2025 alle ore 20:45', '2025-10-13T20:45:00', lang='it', form='time'),
    # http://magnetofono.it/streaming/frontone/play.php?flv=FRO_110440_130795_001_20240729
    c('nella precedente seduta del 19 giugno 2024, dalla numero 17 alla numero 22.', '2024-06-19', lang='it', form='text', span='19 giugno 2024'),
    # http://docplayer.es/98819762-Seccion-iii-otras-disposiciones-y-actos-administrativos-ayuntamiento-de-calvia.html
    c('Aprobado inicialmente en el Pleno ordinario del Ayuntamiento de Calvià de fecha 27 de junio de 2013', '2013-06-27', lang='es', form='text', span='27 de junio de 2013'),
    c('al amparo del artículo 7.g) de la Ley 12/2006, de 20 de septiembre, se solicitó el informe', '2006-09-20', lang='es', form='text', span='20 de septiembre'),
    c('Es Castell, 30 de noviembre de 2020\n\nLa alcaldesa', '2020-11-30', lang='es', form='text', span='30 de noviembre de 2020'),
    # https://logrono.es/normativa-municipal?delta=10&start=2
    c('Normas de inscripción para los programas Ludotecas de curso y Ludoteca abierta 2022/2023\n\nDesde: 08/09/2022\nHasta: 23/06/2023', '2022-09-08', '2023-06-23', lang='es', form='range', span='08/09/2022\nHasta: 23/06/2023'),
    # https://mancomunidadcomarcadehuescar.blogspot.com/2020/02/?m=0
    c('Castril celebra su Carnaval mañana sábado 29 de febrero', '2020-02-29', ref=dt.date(2020, 2, 28), lang='es', form='missing_year', span='sábado 29 de febrero'),
    c('viernes, 28 de febrero de 2020\n\nCastril celebra', '2020-02-28', lang='es', form='text', span='viernes, 28 de febrero de 2020'),
    # https://calahorra.es/comienza-el-periodo-de-inscripcion-del-espacio-municipal-prejoven-del-curso-2021-2022/
    c('Inscripciones desde el día 3 al 31 de agosto, ambos incluidos', '2021-08-03', '2021-08-31', ref=dt.date(2021, 7, 30), lang='es', form='range', span='desde el día 3 al 31 de agosto'),
    c('Agenda para el sábado, 27 de abril, y el domingo, 28 de abril', '2024-04-27', '2024-04-28', ref=dt.date(2024, 4, 20), lang='es', form='range', span='sábado, 27 de abril, y el domingo, 28 de abril'),
    c('La XX Marcha Vía Verde del Cidacos, entre Arnedillo y Calahorra, se celebrará el 11 de mayo', '2024-05-11', ref=dt.date(2024, 4, 20), lang='es', form='missing_year', span='11 de mayo'),
    # https://www.coruna.gal/serviciossociales/es/detalle-contenido/inscripcion-en-las-actividades-socioculturales-de-los-centros-civicos-convocatoria-de-septiembre/suceso/1453771268976?argIdioma=es
    c('se realizará preferentemente online los días 2,3 y 4 de septiembre (jueves, viernes y sábado).', '2021-09-02', '2021-09-04', ref=dt.date(2021, 8, 26), lang='es', form='range', span='2,3 y 4 de septiembre'),
    # https://docplayer.es/41779183-Numero-29-lunes-13-de-febrero-de-2017-pag-1902.html
    c('Número 29 Lunes, 13 de Febrero de 2017 Pág. 1902', '2017-02-13', lang='es', form='text', span='Lunes, 13 de Febrero de 2017'),
    c('R.D. Legislativo 5/2015, de 30/10, por el que se aprueba el texto refundido', '2015-10-30', lang='es', form='text', span='30/10'),
    # https://swiebodzice.pl/miasto-i-gmina/aktualnosci/n,254802,co-nas-czeka-w-ten-weekend.html
    c('Opublikowano: 05-05-2022\nZakończył się długi, słoneczny weekend', '2022-05-05', lang='pl', form='text', span='05-05-2022'),
    c('7 maja zapraszamy na wiosenną odsłonę Giełdy Staroci Różności.', '2022-05-07', ref=dt.date(2022, 5, 5), lang='pl', form='missing_year', span='7 maja'),
    c('które zaplanowane jest na 8 maja, to Dzień Integracji Polsko-Ukraińskiej', '2022-05-08', ref=dt.date(2022, 5, 5), lang='pl', form='missing_year', span='8 maja'),
    # https://nowinyzabrzanskie.pl/spacer-z-historia-po-ratuszu-w-zabrzu-odkryj-tajemnice-miejskiej-siedziby-wladz-z-dariuszem-walerjanskim/
    c('Już w piątek, 13 czerwca 2025 roku, miłośnicy historii i architektury', '2025-06-13', lang='pl', form='text', span='piątek, 13 czerwca 2025 roku'),
    c('Data wydarzenia : piątek, 13 czerwca 2025 r.', '2025-06-13', lang='pl', form='text', span='piątek, 13 czerwca 2025 r.'),
    # https://moj.powiat.pl/za-kilka-dni-odbeda-sie-brylantowe-gody-nowej-huty-21743157.html
    c('W niedzielę, 22 września w godzinach od 15:30 do 18:00 zorganizowane zostaną', '2024-09-22T15:30:00', '2024-09-22T18:00:00', ref=dt.date(2024, 9, 17), lang='pl', form='time', span='niedzielę, 22 września w godzinach od 15:30 do 18:00'),
    # https://codziennypoznan.pl/artykul/2012-08-21/wycieczka-po-urzedzie-miasta-2/
    c('wycieczki po urzędzie miasta, którą zaplanowano na 28 sierpnia.', '2012-08-28', ref=dt.date(2012, 8, 21), lang='pl', form='missing_year', span='28 sierpnia'),
    c('We wtorek, 28 sierpnia, odpowiemy na wszystkie pytania', '2012-08-28', ref=dt.date(2012, 8, 21), lang='pl', form='missing_year', span='wtorek, 28 sierpnia'),
    # https://krosno.naszemiasto.pl/uroczysta-sesja-rady-miejskiej-w-kole/ar/c8-1475125
    c('18 lipca w samo południe w Miejskim Domu Kultury odbędzie się uroczysta Sesja', '2012-07-18T12:00:00', ref=dt.date(2012, 7, 10), lang='pl', form='time', span='18 lipca w samo południe'),
    # https://kedzierzynkozle.pl/pl/aktualnosc/rady-osiedli-preznie-dzialaja
    c('23.06.22\nRady osiedli prężnie działają', '2022-06-23', lang='pl', form='text', span='23.06.22'),
    # https://cec.vfairs.com/en/registration-form
    c('Participants may apply for financial assistance by completing and returning this request to the CEC by 17 June 2022.', '2022-06-17', lang='en', form='text', span='17 June 2022'),
    # https://buren.nieuws.nl/gemeente/laatste-raadsvergadering-van-het-seizoen-belangrijke-besluiten-en-zomerreces
    c('Op donderdag 6 juli 2023 vindt de laatste besluitvormende raadsvergadering plaats', '2023-07-06', lang='nl', form='text', span='donderdag 6 juli 2023'),
    c('Op 22 augustus staat de eerste vergadering van het nieuwe raadseizoen gepland.', '2023-08-22', ref=dt.date(2023, 7, 1), lang='nl', form='missing_year', span='22 augustus'),
    c('Het zomerreces begint op 7 juli en duurt tot en met 21 augustus.', '2023-07-07', '2023-08-21', ref=dt.date(2023, 7, 1), lang='nl', form='range', span='7 juli en duurt tot en met 21 augustus'),
    # https://www.malle.be/data%20zittingen
    c('donderdag 2 maart 2023 *\ndonderdag 30 maart 2023', '2023-03-02', lang='nl', form='text', span='donderdag 2 maart 2023'),
    # https://gorinchem.bestuurlijkeinformatie.nl/Agenda/Index/cb6a3895-fa5c-40b2-9c2d-b64a40bac7fe
    c('Raadsvergadering Februari 2023\n\ndonderdag 23 februari 2023\n\n19:30 - 23:00\nLocatie', '2023-02-23T19:30:00', '2023-02-23T23:00:00', lang='nl', form='time', span='donderdag 23 februari 2023\n\n19:30 - 23:00'),
    c('Start\ndonderdag 23 februari 2023 19:28\nEind\ndonderdag 23 februari 2023 23:19', '2023-02-23T19:28:00', '2023-02-23T23:19:00', lang='nl', form='time', span='donderdag 23 februari 2023 19:28\nEind\ndonderdag 23 februari 2023 23:19'),
    c('Dat kan tot uiterlijk woensdag 22 februari a.s. 12.00 uur via griffie@gorinchem.nl', '2023-02-22T12:00:00', ref=dt.date(2023, 2, 10), lang='nl', form='time', span='woensdag 22 februari a.s. 12.00 uur'),
    # https://www.smallingerland.nl/Nieuwsarchief/Installatie_nieuwe_raad_in_vergadering_op_30_maart
    c('De nieuwe gemeenteraad wordt in een bijzondere vergadering op woensdag 30 maart geïnstalleerd.', '2022-03-30', ref=dt.date(2022, 3, 20), lang='nl', form='missing_year', span='woensdag 30 maart'),
    # https://lokaleregelgeving.overheid.nl/CVDR697619/1 and http://decentrale.regelgeving.overheid.nl/cvdr/XHTMLoutput/Actueel/Terneuzen/CVDR29868.html
    c('Participatieverordening gemeente Baarn\n\nGeldend van 22-06-2023 t/m heden', '2023-06-22', lang='nl', form='text', span='22-06-2023'),
    c('Verordening op de raadscommissies 2006\n\nGeldend van 06-04-2006 t/m 28-12-2011', '2006-04-06', '2011-12-28', lang='nl', form='range', span='van 06-04-2006 t/m 28-12-2011'),
    c('gelezen het voorstel van het presidium d.d. 21 maart 2006 ;', '2006-03-21', lang='nl', form='text', span='21 maart 2006'),
    c('Regeling vervallen per 29-12-2011', '2011-12-29', lang='nl', form='text', span='29-12-2011'),
    # http://jornaldiadia.com.br/2016/?p=235480
    c('O funcionamento da Câmara Municipal nos dias 27 a 29 de dezembro 2016 será normal e haverá expediente.', '2016-12-27', '2016-12-29', lang='pt', form='range', span='27 a 29 de dezembro 2016'),
    c('No dia 1º de janeiro, quando ocorrerá a posse dos vereadores', '2017-01-01', ref=dt.date(2016, 12, 20), lang='pt', form='missing_year', span='1º de janeiro'),
    # https://dcvitti.com/tag/associacao-dos-municipios-do-medio-vale-do-itajai/
    c('participa em Brasília, de 28 a 30 de janeiro, do Encontro Nacional com Novos Prefeitos', '2013-01-28', '2013-01-30', ref=dt.date(2013, 1, 20), lang='pt', form='range', span='de 28 a 30 de janeiro'),
    # https://noticiarioweb.com.br/noticias/ler/18359/sessoes-ordinarias-da-camara-municipal-de-aguia-branca-irao-continuar-a-noite-ate-junho-deste-ano
    c('Em junho, o Calendário Anual das Sessões Ordinárias prevê reuniões para os dias 10 e 24/06, ambas, às 19:00h.', '2025-06-10T19:00:00', ref=dt.date(2025, 5, 12), lang='pt', form='time', span='10 e 24/06, ambas, às 19:00h'),
    # https://www.limeira.sp.leg.br/noticias/view/2014-09-12_camara-divulga-agenda-para-a-proxima-semana
    c('Quinta-feira, 18 de setembro:\n8h15 – Comissão Permanente de Saúde', '2014-09-18T08:15:00', ref=dt.date(2014, 9, 12), lang='pt', form='time', span='Quinta-feira, 18 de setembro:\n8h15'),
    # https://www.landskronadirekt.com/2010/09/17/jubileumsflaggorna-fortsatter-att-hissas/
    c('På måndag den 20 september är det dags igen och den här gången är det Rockadens förskolas tur', '2010-09-20', ref=dt.date(2010, 9, 17), lang='sv', form='missing_year', span='måndag den 20 september'),
    # https://www.salem.se/uppleva--gora/nationaldagen/
    c('Nationaldagen firas i Skönvikparken den 6 juni.', '2023-06-06', ref=dt.date(2023, 6, 5), lang='sv', form='missing_year', span='6 juni'),
    c('Senast uppdaterad 05 juni 2023', '2023-06-05', lang='sv', form='text', span='05 juni 2023'),
    # https://visitvilhelmina.com/evenemang/kategori/nybyggarveckan/musik/2023-06
    c('MIDSOMMARAFTON 23 JUNI 15.00 Midsommarstången kläds', '2023-06-23T15:00:00', ref=dt.date(2023, 6, 1), lang='sv', form='time', span='23 JUNI 15.00'),
    c('MIDSOMMARDAGEN 24 JUNI 12.30 Ekumenisk friluftsgudstjänst', '2023-06-24T12:30:00', ref=dt.date(2023, 6, 1), lang='sv', form='time', span='24 JUNI 12.30'),
    c('Söndag 25/6 • Auktion och tunnbrödsbakning vid Saxnäs Bagarstuga', '2023-06-25', ref=dt.date(2023, 6, 1), lang='sv', form='missing_year', span='Söndag 25/6'),
    c('Måndag 26/6 • 11.00 -15.00 "Slåtterängen och dess arter"', '2023-06-26T11:00:00', '2023-06-26T15:00:00', ref=dt.date(2023, 6, 1), lang='sv', form='time', span='Måndag 26/6 • 11.00 -15.00'),
    # http://www.veflingeportalen.dk/begivenhed/grundlovsfest/
    c('Hvornår:\n    jun 5, 2024 kl. 14:00 – 17:00', '2024-06-05T14:00:00', '2024-06-05T17:00:00', lang='da', form='time', span='jun 5, 2024 kl. 14:00 – 17:00'),
    c('2024-06-05T14:00:00+02:00', '2024-06-05T14:00:00+02:00', tz='UTC+02:00', lang='da', form='zone'),
    # https://www.kulturbeholderen.dk/indvielse-af-bystaevnepladsen-24-4-2022/
    c('Indvielse af Bystævnepladsen 24/4 2022', '2022-04-24', lang='da', form='text', span='24/4 2022'),
    c('søndag den 24. april kl. 14.00. Holbæks borgmester', '2022-04-24T14:00:00', ref=dt.date(2022, 4, 10), lang='da', form='time', span='søndag den 24. april kl. 14.00'),
    # https://events.spacepole.be/event/146/page/313-information-for-participants
    c('22–26 May 2023\nPalace of the Academies\nEurope/Brussels timezone', '2023-05-22', '2023-05-26', lang='en', form='range', span='22–26 May 2023'),
    c('There is a strike foreseen in Brussels on May 22 (Monday) which will impact public transportation', '2023-05-22', ref=dt.date(2023, 5, 10), lang='en', form='missing_year', span='May 22 (Monday)'),
    # https://www.i-com.it/en/2024/06/03/digital-sustainability-and-health-the-brussels-weekly-agenda-in-a-nutshell-10/
    c('European voters will be called upon to vote for the new Parliament from 6 to 9 June', '2024-06-06', '2024-06-09', ref=dt.date(2024, 6, 3), lang='en', form='range', span='from 6 to 9 June'),
    c('Tuesday 4-Wednesday 5 June. The Belgian Presidency', '2024-06-04', '2024-06-05', ref=dt.date(2024, 6, 3), lang='en', form='range', span='Tuesday 4-Wednesday 5 June'),
    c('From Monday 3 to Wednesday 5 June. The Forum', '2024-06-03', '2024-06-05', ref=dt.date(2024, 6, 3), lang='en', form='range', span='From Monday 3 to Wednesday 5 June'),
    # https://boardroom.global/never-at-a-standstill/
    c('Conference Design\n\nNever at a Standstill\n\n28th October 2021', '2021-10-28', lang='en', form='text', span='28th October 2021'),
    # http://brussels.setac.org/programme/closing-reception/
    c('Thursday 11 May,  12:45 pm – 2:45 pm, Exhibition Hall', '2017-05-11T12:45:00', '2017-05-11T14:45:00', ref=dt.date(2017, 4, 1), lang='en', form='time', span='Thursday 11 May,  12:45 pm – 2:45 pm'),
    # http://eac2.be/?q=program
    c('Tuesday 12/09 8:00-9:00 Registration desk open in building R42', '2017-09-12T08:00:00', '2017-09-12T09:00:00', ref=dt.date(2017, 8, 1), lang='en', form='time', span='Tuesday 12/09 8:00-9:00'),
    c('Wednesday 13/09 8:00-9:00 Registration desk open', '2017-09-13T08:00:00', '2017-09-13T09:00:00', ref=dt.date(2017, 8, 1), lang='en', form='time', span='Wednesday 13/09 8:00-9:00'),
    # https://citiesracing.bable-smartcities.eu/
    c('Wednesday, 23 September 2020 from 11:00 - 12:30 CEST\n\nRegister now', '2020-09-23T11:00:00+02:00', '2020-09-23T12:30:00+02:00', tz='CEST', lang='en', form='zone', span='Wednesday, 23 September 2020 from 11:00 - 12:30 CEST'),
    # https://resourcecentre.c40.org/webinars
    c('Kathryn Goldman, Climate Adviser, Sustainability, Office of Mayor Eric Garcetti, Los Angeles – 08/21/2019 17:00 UTC   Find your time zone', '2019-08-21T17:00:00+00:00', tz='UTC', lang='en', form='zone', span='08/21/2019 17:00 UTC'),
    c('Jen Guice, Senior Project Manager, Community Consultation City of Sydney – 10/30/2019 08:00 UTC   Find your time zone', '2019-10-30T08:00:00+00:00', tz='UTC', lang='en', form='zone', span='10/30/2019 08:00 UTC'),
    c('Molly Wang, Programme Manager C40 Climate Action Planning, China – 03/30/2021 14:00 UTC', '2021-03-30T14:00:00+00:00', tz='UTC', lang='en', form='zone', span='03/30/2021 14:00 UTC'),
    # https://climateonline.net/2020/09/15/week-of-14-20th-september-2020-climate-webinars/
    c('15 September, 9:00 AM – 3:00 PM CEST\n“Laying the foundations', '2020-09-15T09:00:00+02:00', '2020-09-15T15:00:00+02:00', ref=dt.date(2020, 9, 15), tz='CEST', lang='en', form='zone', span='15 September, 9:00 AM – 3:00 PM CEST'),
    c('14 – 18 September\n“Bloomberg Green Festival” (by Bloomberg)', '2020-09-14', '2020-09-18', ref=dt.date(2020, 9, 15), lang='en', form='range', span='14 – 18 September'),
    c('Week of 14 – 20th September 2020', '2020-09-14', '2020-09-20', lang='en', form='range', span='14 – 20th September 2020'),
    # https://irissmartcities.eu/line-event-can-we-deliver-green-deal
    c('hosted as part of European Sustainable Energy Week 2020 – 10 June 2020 at 14:30-16:00 CET.', '2020-06-10T14:30:00+01:00', '2020-06-10T16:00:00+01:00', tz='CET', lang='en', form='zone', span='10 June 2020 at 14:30-16:00 CET'),
    # https://www.santa-ana.org/event/city-council-meeting-09-01-2020/
    c('City Council Meeting\nSepSeptember 1 2020\nCity Council meetings are held', '2020-09-01', lang='en', form='text', span='SepSeptember 1 2020'),
    # https://corvallisoregon.gov/node/23693
    c('Calendar Date:\nMonday, April 20, 2020 - 6:00pm', '2020-04-20T18:00:00', lang='en', form='time', span='Monday, April 20, 2020 - 6:00pm'),
    c('Pursuant to Governor Brown’s Executive Order 20-16, item 2.a., issued on April 16, 2020 in response', '2020-04-16', lang='en', form='text', span='April 16, 2020'),
    # https://santaclarita.gov/city-council/city-council-agendas/council-meeting-recap/previous-council-meeting-recaps/2020-council-meeting-recaps
    c('The next regular meeting will be held on Tuesday, January 12, 2021, at 6:00 p.m. in Council Chambers at City Hall.', '2021-01-12T18:00:00', lang='en', form='time', span='Tuesday, January 12, 2021, at 6:00 p.m.'),
    # https://www.cityofsanrafael.org/event/city-council-meeting-8-2020-01-20/
    c('City Council Meeting\nJanJanuary 21 2020\n\nCity Council meetings take place', '2020-01-21', lang='en', form='text', span='JanJanuary 21 2020'),
    # https://rileybrockington.ca/recent-news/page/25
    c('City Council Summary May 13, 2020\nCouncil receives roadmap', '2020-05-13', lang='en', form='text', span='May 13, 2020'),
    # https://slcc.co.uk/consultation-webinar-on-the-lga-draft-model-member-code-of-conduct-free-event
    c('This session will take place Wednesday 26 August 2020, 11.00am – 12.00pm.', '2020-08-26T11:00:00', '2020-08-26T12:00:00', lang='en', form='time', span='Wednesday 26 August 2020, 11.00am – 12.00pm'),
    # https://esalc.co.uk/2021/11/18/personal-safety-webinars-for-councillors/
    c('The first personal safety webinar will take place from 10:30am – 12:00pm on 8 December. Sign-up:', '2021-12-08T10:30:00', '2021-12-08T12:00:00', ref=dt.date(2021, 11, 18), lang='en', form='time', span='10:30am – 12:00pm on 8 December'),
    # https://www.lalc.co.uk/blog/lalc-news-2/lalc-enews-31st-october-2022-8
    c('will take place on Monday 7th November at 6pm at the YMCA Lincolnshire.', '2022-11-07T18:00:00', ref=dt.date(2022, 10, 31), lang='en', form='time', span='Monday 7th November at 6pm'),
    # https://www.naco.uk.com/resources/news?start=15
    c('Posted on 10th September 2024\nPosted on 16th August 2024', '2024-09-10', lang='en', form='text', span='10th September 2024'),
    # https://content.govdelivery.com/accounts/UKLGA/bulletins/36a36a8
    c('a ‘weekender’ for the Independent Executive and LGA Board members, Council Leaders and Regional Lead Peers on the 20th – 21st October.', '2023-10-20', '2023-10-21', ref=dt.date(2023, 7, 20), lang='en', form='range', span='20th – 21st October'),
    c('our Independent Annual Conference will take place on 24th – 25th November which is open to all our members.', '2023-11-24', '2023-11-25', ref=dt.date(2023, 7, 20), lang='en', form='range', span='24th – 25th November'),
    # https://www.bevanbrittan.com/insights/articles/2021/local-authority-view-april-2021/
    c('26/04/2021\nLA Spotlight', '2021-04-26', lang='en', form='text', span='26/04/2021'),
    # https://jihlavsky.denik.cz/o-deniku/na-den-zabavy-a-pamatek-miri-denik-i-kondice-20210907.html
    c('Volby do Poslanecké sněmovny se konají ve dvou dnech, v pátek 8. října 2021 od 14.00 hodin do 22.00 hodin a v sobotu 9. října 2021 od 8.00 hodin do 14.00 hodin.', '2021-10-08T14:00:00', '2021-10-08T22:00:00', lang='cs', form='time', span='pátek 8. října 2021 od 14.00 hodin do 22.00 hodin a v sobotu 9. října 2021 od 8.00 hodin do 14.00 hodin'),
    # https://www.informuji.cz/akce/l/134817-strom-prani-liberec/
    c('Nádvoří radnice bude přístupné v termínu od 1. do 22. prosince 2019 v úřední době magistrátu', '2019-12-01', '2019-12-22', lang='cs', form='range', span='od 1. do 22. prosince 2019'),
    # https://jablonecky.denik.cz/tipy/radnice-slavi-85-let-309201.html
    c('Radnice letos slaví 85 let. V sobotu 15. září bude otevřená celý den.', '2018-09-15', ref=dt.date(2018, 9, 1), lang='cs', form='missing_year', span='sobotu 15. září'),
    # https://www.blesk.cz/clanek/zpravy-koronavirus/632545/koronavirus-online-blatny-kyvl-na-otevreni-obchodu-a-v-cesku-dochazi-mista-na-jip.html
    c('„Zasedání zastupitelstva se od 15. 2. 2021 do 28. 2. 2021 (včetně) konají za obvyklých podmínek', '2021-02-15', '2021-02-28', lang='cs', form='range', span='od 15. 2. 2021 do 28. 2. 2021'),
    # http://www.cdub.cz/samosprava-1/zastupitelstvo-mesta/plan-zasedani/
    c('26. září 17.00 Městský úřad - zasedací místnost (1. patro)', '2017-09-26T17:00:00', ref=dt.date(2017, 6, 30), lang='cs', form='time', span='26. září 17.00'),
    # https://mmkv.cz/en/node/60796
    c('TERMÍNY JEDNÁNÍ ZASTUPITELSTVA MĚSTA V ROCE 2020\n\n4. 2. | 31. 3. | 28. 4. | 7. 5.', '2020-02-04', ref=dt.date(2020, 1, 15), lang='cs', form='missing_year', span='4. 2. | 31. 3. | 28. 4. | 7. 5.'),
    c('Last update: 7.9.2020', '2020-09-07', lang='cs', form='text', span='7.9.2020'),
    # https://www.museiciviciloretoaprutino.it/2022/08/25/domenica-28-agosto-2022-chiusura-straordinaria-dei-musei-per-conferimento-premio-nazionale-irdi-destinazione-arte-2022-per-la-comunicazione-delle-arti-della-cultura-della-letteratura/
    c('Domenica 28 agosto 2022 chiusura straordinaria dei Musei per conferimento Premio Nazionale IRDI', '2022-08-28', lang='it', form='text', span='Domenica 28 agosto 2022'),
    # https://salesianipiemonte.info/tag/mostra/
    c('visitabile dal 22 gennaio al 1° febbraio presso l’Istituto Salesiano Valsalice di Torino (Viale Thovez 37 – ore 8-17)', '2023-01-22', '2023-02-01', ref=dt.date(2023, 1, 20), lang='it', form='range', span='dal 22 gennaio al 1° febbraio'),
    # https://cronacheancona.it/2017/10/03/capolavori-sibillini-prorogata-la-chiusura-della-mostra/55657
    c('E’ stata prorogata fino al prossimo 19 novembre la mostra “Capolavori Sibillini', '2017-11-19', ref=dt.date(2017, 10, 3), lang='it', form='missing_year', span='19 novembre'),
    c('inaugurata lo scorso 19 febbraio dal ministro Franceschini', '2017-02-19', ref=dt.date(2017, 10, 3), lang='it', form='missing_year', span='19 febbraio'),
    c('era stata prevista inizialmente per domenica 1 ottobre.', '2017-10-01', ref=dt.date(2017, 10, 3), lang='it', form='missing_year', span='domenica 1 ottobre'),
    c('Lunedì 30, martedì 31 ottobre, mercoledì 1 novembre l’orario di apertura è fissato sempre dalle 10 alle 13.00 e dalle 16 alle 19.', '2017-10-30', '2017-11-01', ref=dt.date(2017, 10, 3), lang='it', form='range', span='Lunedì 30, martedì 31 ottobre, mercoledì 1 novembre'),
    # http://sciadografie.blogspot.com/2015/03/
    c("Pagine\n\nmercoledì 18 marzo 2015\n\nCitazioni d'Arte", '2015-03-18', lang='it', form='text', span='mercoledì 18 marzo 2015'),
    # http://www.infovercelli24.it/2020/02/23/leggi-notizia/argomenti/arte-e-cultura/articolo/un-caffe-con-veronica-sfondrini-e-maria-grazia-ferrari.html
    c("Nuovi orari d'apertura Da sabato 1 febbraio 2020 il Museo osserva un nuovo orario di apertura", '2020-02-01', lang='it', form='text', span='sabato 1 febbraio 2020'),
    # https://www.terlizziviva.it/amp/notizie/festa-maggiore-apertura-straordinaria-del-museo-della-civilta-contadina
    c('Iniziativa in concomitanza con il tradizionale ‘spostamento’ del Carro dal ‘lamione’\ngiovedì 6 agosto 2015\n11.05\nIn occasione della Festa Maggiore', '2015-08-06T11:05:00', lang='it', form='time', span='giovedì 6 agosto 2015\n11.05'),
    # https://rathaus.rostock.de/de/rathaus/aktuelles_medien/ausstellung_zum_historischen_rathaus_und_zur_rathauserweiterung_bis_19_september_2024_verlaengert/357924
    c('Ausstellung zum historischen Rathaus und zur Rathauserweiterung bis 19. September 2024 verlängert', '2024-09-19', lang='de', form='text', span='19. September 2024'),
    c('Pressemitteilung vom 09.09.2024 - Rathaus / Kultur, Freizeit, Sport', '2024-09-09', lang='de', form='text', span='09.09.2024'),
    c('Anlässlich des Tages des offenen Denkmals am 8. September 2024 wurde hierzu eine Ausstellung erarbeitet', '2024-09-08', lang='de', form='text', span='8. September 2024'),
    # https://www.traunsteiner-tagblatt.de/region/landkreis-traunstein/traunstein_artikel,-rundgaenge-durch-die-ausstellung-untertanen-buergerinnen-und-buerger-in-der-staedtischen-galerie-traunst-_arid,652120.html
    c('bei geführten Ausstellungsrundgängen am Donnerstag, 9. September, um 19 Uhr und am Samstag, 25. September, um 16 Uhr.', '2021-09-09T19:00:00', ref=dt.date(2021, 9, 1), lang='de', form='time', span='Donnerstag, 9. September, um 19 Uhr und am Samstag, 25. September, um 16 Uhr'),
    # https://neumarkt-tv.jimdo.com/2018/09/17/stadtverwaltung-geschlossen/
    c('Wegen des Betriebsausfluges findet bei der Stadtverwaltung mit ihren Nebenstellen am Freitag, 21.09.2018 kein Parteiverkehr statt.', '2018-09-21', lang='de', form='text', span='Freitag, 21.09.2018'),
    c('Das Stadtarchiv ist wegen einer Fortbildungsmaßnahme bereits am Donnerstag, 20.09.2018 ab 12 Uhr geschlossen.', '2018-09-20T12:00:00', lang='de', form='time', span='Donnerstag, 20.09.2018 ab 12 Uhr'),
    # https://www.l-iz.de/melder/wortmelder/2016/05/ausstellung-leipzig-in-schwarz-25-jahre-wave-gotik-treffen-wird-verlaengert-bis-24-juli-137404
    c('die Laufzeit der Ausstellung bis Sonntag, d. 24.07. zu verlängern.', '2016-07-24', ref=dt.date(2016, 5, 10), lang='de', form='missing_year', span='Sonntag, d. 24.07.'),
    c('MEISTERFOTOGRAFIE. Günter Rössler & Michael Bader wird auf 16. August verschoben.', '2016-08-16', ref=dt.date(2016, 5, 10), lang='de', form='missing_year', span='16. August'),
    # https://atelier-zellhuber.de/die-ausstellung-im-rathausfoyer-landshut/
    c('Und die Anzahl der Besucher vom 01.-05. Mai kann sich durchaus sehen lassen.', '2019-05-01', '2019-05-05', ref=dt.date(2019, 5, 10), lang='de', form='range', span='vom 01.-05. Mai'),
    c('am 02. bis 04. Mai durchschnittlich 350 Besucher', '2019-05-02', '2019-05-04', ref=dt.date(2019, 5, 10), lang='de', form='range', span='02. bis 04. Mai'),
    # http://mamc.cordessurciel.fr/?p=15330
    c('œuvres de la collection du musée, du 17 mars au 29 mai 2023 dans la salle au sous-sol.', '2023-03-17', '2023-05-29', lang='fr', form='range', span='du 17 mars au 29 mai 2023'),
    # a stored agenda page of French town events (exposition, Le Chambon-sur-Lignon 43400)
    c('Exposition\n\nLe Chambon-sur-Lignon 43400\n\nDu 23/04/2025 au 02/05/2025\n\nCette exposition', '2025-04-23', '2025-05-02', lang='fr', form='range', span='Du 23/04/2025 au 02/05/2025'),
    # https://www.centrepresseaveyron.fr/2023/06/05/les-eleves-montent-leur-expo-en-noir-et-blanc-11242686.php
    c('Le lundi 12 juin aura lieu le vernissage de l’exposition "La vie en Noir et Blanc".', '2023-06-12', ref=dt.date(2023, 6, 5), lang='fr', form='missing_year', span='lundi 12 juin'),
    c('L’exposition se poursuivra les 13 et 15 juin, entre 17 h et 18 h, toujours avec les œuvres', '2023-06-13T17:00:00', '2023-06-13T18:00:00', ref=dt.date(2023, 6, 5), lang='fr', form='time', span='13 et 15 juin, entre 17 h et 18 h'),
    # https://docplayer.fr/amp/2962874-Proces-verbal-seance-du-conseil-municipal-du-26-mai-2014.html
    c('Commune de SENAN Séance du lundi 8 septembre A 20 h 30, Monsieur Gérard CHAT, Maire, déclare la séance ouverte.', '2014-09-08T20:30:00', ref=dt.date(2014, 9, 10), lang='fr', form='time', span='lundi 8 septembre A 20 h 30'),
    # https://docslib.org/doc/1124806/compte-rendu-conseil-municipal-du-19-mars-2018
    c('Le dix neuf mars deux mille dix huit à 20h30 s’est réuni le Conseil Municipal', '2018-03-19T20:30:00', lang='fr', form='time', span='dix neuf mars deux mille dix huit à 20h30'),
    c('Date de la convocation : 13 mars 2018\n\nDélibération N°2018-03-01', '2018-03-13', lang='fr', form='text', span='13 mars 2018'),
    # http://www.mairie-saclas.fr/pv12.htm
    c('L’an deux mille huit, le dix-huit novembre à 20 heures 30, le Conseil Municipal, régulièrement convoqué', '2008-11-18T20:30:00', lang='fr', form='time', span='dix-huit novembre à 20 heures 30'),
    # https://www.sille-le-philippe.fr/agenda/prochainconseilmunicipal
    c('Le vendredi 12 décembre 2025\n\n  • Horaires\n\n    À 20h00', '2025-12-12T20:00:00', lang='fr', form='time', span='vendredi 12 décembre 2025\n\n  • Horaires\n\n    À 20h00'),
    # https://zaratan.es/sesiones-plenarias
    c('Sesión Extraordinaria\n\n18-01-2024\n\nDescargar documento', '2024-01-18', lang='es', form='text', span='18-01-2024'),
    # https://www.ceclavin.es/plenos/-/asset_publisher/oTAw0Ue7htNG/content/id/14789581
    c('se anuncia que el próximo día 23/02/2023, a las 17:00 horas se celebrará en el Salón de Actos', '2023-02-23T17:00:00', lang='es', form='time', span='23/02/2023, a las 17:00 horas'),
    c('Convocatoria de Sesión ordinaria del Pleno del 23 de Febrero.', '2023-02-23', ref=dt.date(2023, 2, 17), lang='es', form='missing_year', span='23 de Febrero'),
    # https://ris.komuna.net/Hilpoltstein/Meeting.mvc/ps/119828659
    c('Stadtrat 13. Sitzung des Stadtrates 15.04.2021 ö 1', '2021-04-15', lang='de', form='text', span='15.04.2021'),
    # https://rm.bielsko-biala.pl/aktualnosci/xl-sesja-rady-miejskiej
    c('zwołał XL sesję Rady Miejskiej na 20 stycznia 2022 r. (czwartek). Sesja rozpoczyna się o godz. 10.00 i zostanie przeprowadzona', '2022-01-20T10:00:00', lang='pl', form='time', span='20 stycznia 2022 r. (czwartek). Sesja rozpoczyna się o godz. 10.00'),
    # https://krosnoodrzanskie.pl/9-aktualnosci/1237-xxvi-sesja-rady-miejskiej-w-krosnie-odrzanskim
    c('Zgodnie z art. 15zzx ust. 1 i 2 ustawy z dnia 2 marca 2020 r. o szczególnych rozwiązaniach', '2020-03-02', lang='pl', form='text', span='2 marca 2020 r.'),
    # https://bip.um.rybnik.eu/Default.aspx?Page=270&Id=1240
    c('Sesja\nXXXVII (Kadencja: 2014-2018)\nDnia\n25-05-2017 r. godz. 16:00\n\nPorządek spotkania:', '2017-05-25T16:00:00', lang='pl', form='time', span='25-05-2017 r. godz. 16:00'),
    # https://sokolowpodl.pl/2015/10/ix-nadzwyczajna-sesja-rady-miejskiej/
    c('zwołuję na dzień 19 października 2015r. (poniedziałek) na godz. 9.00 w sali konferencyjnej Urzędu Miasta', '2015-10-19T09:00:00', lang='pl', form='time', span='19 października 2015r. (poniedziałek) na godz. 9.00'),
    # https://townofsuperiormontana.org/town-council/agenda/
    c('Agenda December 9, 2019\n\nThe schedule for the Council meeting', '2019-12-09', lang='en', form='text', span='December 9, 2019'),
    # http://www.bomprincipio.rs.gov.br/noticia/view/6279/sabado-na-praca-e-novidade-e-promete-reunir-familias-e-a-comunidade
    c('Data de Publicação: 11 de fevereiro de 2026', '2026-02-11', lang='pt', form='text', span='11 de fevereiro de 2026'),
    c('No sábado, 21 de fevereiro, a partir das 18h, na Praça dos Ipês, será realizada', '2026-02-21T18:00:00', ref=dt.date(2026, 2, 11), lang='pt', form='time', span='sábado, 21 de fevereiro, a partir das 18h'),
    # https://fpn.jor.br/?p=6019
    c('Ela lembra a realização, entre 18 e 20/10, do Festival Canta Ponte Nova', '2023-10-18', '2023-10-20', ref=dt.date(2023, 10, 25), lang='pt', form='range', span='entre 18 e 20/10'),
    c('No domingo (29/10), às 10h, Encontro das Corporações Musicais', '2023-10-29T10:00:00', ref=dt.date(2023, 10, 25), lang='pt', form='time', span='domingo (29/10), às 10h'),
    # https://tvpenedo.com.br/noticia/1246091/itatiaia-festa-do-dia-dos-pais-acontece-neste-sabado-13-na-casa-da-cultura
    c('Neste sábado (13), a partir das 9h, a Prefeitura vai realizar uma comemoração especial', '2022-08-13T09:00:00', ref=dt.date(2022, 8, 10), lang='pt', form='time', span='sábado (13), a partir das 9h'),
    # https://odia.ig.com.br/sao-pedro-da-aldeia/2022/05/6401721-jota-quest-se-apresenta-neste-domingo-em-sao-pedro-da-aldeia.html
    c('Publicado 15/05/2022 15:44\n\nA comemoração do 405º aniversário', '2022-05-15T15:44:00', lang='pt', form='time', span='15/05/2022 15:44'),
    c('Na segunda-feira (16), feriado municipal, a programação segue', '2022-05-16', ref=dt.date(2022, 5, 15), lang='pt', form='missing_year', span='segunda-feira (16)'),
    # https://omunicipio.com.br/sabado-na-praca-em-botuvera-primeira-edicao-do-evento-acontecera-em-alusao-a-pascoa-neste-dia-12/
    c('No próximo dia 12 de abril, um sábado, a Prefeitura de Botuverá promove o Sábado na Praça', '2025-04-12', ref=dt.date(2025, 4, 5), lang='pt', form='missing_year', span='12 de abril'),
    # http://www.dichteren-central.nl/events/bewonersavond/
    c('Op 8 September is er een bewonersavond voor bewoners van de wijken Dichteren', '2016-09-08', ref=dt.date(2016, 8, 20), lang='nl', form='missing_year', span='8 September'),
    # http://zeeburg.video4all.nl/corp/index.php?itemid=2226&page=116&site=5&ln=nl and itemid=3719
    c('Op dinsdag 9 december van 20.00 tot 22.00 uur houdt de stadsdeelraad van Zeeburg weer een politieke avond.', '2008-12-09T20:00:00', '2008-12-09T22:00:00', ref=dt.date(2008, 11, 20), lang='nl', form='time', span='dinsdag 9 december van 20.00 tot 22.00 uur'),
    c("kijk voor een impressie van de politieke avond van 11 november jongstleden , kijk in de 'ZeeburgGids'", '2008-11-11', ref=dt.date(2008, 11, 20), lang='nl', form='missing_year', span='11 november jongstleden'),
    # https://wijkraadvijfhoek-haarlem.nl/bakkie-doen/
    c('De eerste mogelijkheid is op zaterdag 11 maart van 11-12 uur en de tweede mogelijkheid is op maandag 24 april van 19-20 uur.', '2023-03-11T11:00:00', '2023-03-11T12:00:00', ref=dt.date(2023, 2, 20), lang='nl', form='time', span='zaterdag 11 maart van 11-12 uur'),
    c('Wat: Politieke avond: Vernieuwing Indische Buurt\nWanneer: Dinsdag 8 september\nHoe laat:', '2009-09-08', ref=dt.date(2009, 8, 20), lang='nl', form='missing_year', span='Dinsdag 8 september'),
    # https://www.duinoord-denhaag.nl/bewonersbijeenkomst-op-15-november-2017/
    c('Bewonersbijeenkomst op 15 november 2017\n\nDe bewonersbijeenkomst van 15 november', '2017-11-15', lang='nl', form='text', span='15 november 2017'),
    # https://heldersweekblad.nl/lokaal/meedenken-en-praten-over-buurthuis-de-beuk-311573
    c('DE BEUK In buurthuis De Beuk is woensdag 13 december een bewonersbijeenkomst.', '2017-12-13', ref=dt.date(2017, 12, 5), lang='nl', form='missing_year', span='woensdag 13 december'),
])
FAILURES.extend([
    # The same batches' forms that are no date (times alone, years alone, a wrong weekday)
    # https://www.wr.de/staedte/menden/rathaus-vor-narrensturm-rosenmontag-nur-bis-halb-1-offen-id228455865.html
    x('An Rosenmontag ist das Rathaus dann nur halbtags bis 12.30 Uhr geöffnet.', 'no_date', lang='de', form='no_date'),
    # https://www.centrepresseaveyron.fr/2024/04/11/conques-lancement-de-huit-conferences-autour-de-la-culture-de-lenvironnement-et-des-nouvelles-technologies-11882214.php
    x('se sont réunis, mardi 10 avril, pour parler du lancement', 'weekday_mismatch', ref=dt.date(2024, 4, 11), lang='fr', form='weekday'),
    # https://comune.buragodimolgora.mb.it/novita/notizie/aperto-lo-sportello-di-ascolto-al-cittadino
    x('Tutti i sabati dalle ore 10.00 alle ore 12.00 un consigliere comunale', 'no_date', lang='it', form='no_date'),
    # https://swiebodzice.pl/miasto-i-gmina/aktualnosci/n,254802,co-nas-czeka-w-ten-weekend.html
    x('Giełda odbędzie się tradycyjnie w Rynku, obok Ratusza, w godz. 8:00-14:00.', 'no_date', lang='pl', form='no_date'),
    # https://moj.powiat.pl/za-kilka-dni-odbeda-sie-brylantowe-gody-nowej-huty-21743157.html
    x('historia Nowej Huty 1949 – 2024', 'no_date', lang='pl', form='no_date'),
    # https://kommun.laxa.se/
    x('Tid: 11.00–13.00\nPlats: Centrumtorget, Laxå', 'no_date', lang='sv', form='no_date'),
    # https://www.bevanbrittan.com/insights/articles/2021/local-authority-view-april-2021/
    x('Sir John Harman, Leader of Kirklees Council from 1986 to 1999 who brought a vision', 'no_date', lang='en', form='no_date'),
    # https://jihlavsky.denik.cz/o-deniku/na-den-zabavy-a-pamatek-miri-denik-i-kondice-20210907.html
    x('Program slavností bude trvat od 10 do 17 hodin.', 'no_date', lang='cs', form='no_date'),
    # https://rathaus.rostock.de/de/rathaus/aktuelles_medien/ausstellung_zum_historischen_rathaus_und_zur_rathauserweiterung_bis_19_september_2024_verlaengert/357924
    x('Die Rathaushalle ist montags bis freitags von 7 bis 18 Uhr für Besucherinnen und Besucher geöffnet.', 'no_date', lang='de', form='no_date'),
    # https://www.braunschweiger-zeitung.de/wolfsburg/article213999951/Blick-ins-Rathausherz.html
    x('feierte die Verwaltung am Mittwoch die Tatsache, dass das Rathaus im März 1958 eröffnet wurde.', 'partial', lang='de', form='partial'),
    # https://www.centrepresseaveyron.fr/2023/06/05/les-eleves-montent-leur-expo-en-noir-et-blanc-11242686.php
    x('Vous pouvez venir librement les jours d’ouverture de l’exposition : les mercredis, vendredis et samedis de 14h à 18h.', 'no_date', lang='fr', form='no_date'),
    # http://zarzalamayor.com/municipio/ayuntamiento/plenos.html
    x('en horario comprendido entre las 20:00 y las 22:00, en el Salón de Sesiones', 'no_date', lang='es', form='no_date'),
])
CASES.extend([
    # A twenty-second batch (5 Dec 2026) in Greek, Bulgarian, Basque and Croatian: 29/36
    # before the round that followed it (docs/dates.md); 35 after
    # https://pikrivenitsa.blogspot.com/2024/05/752024.html
    c('Πραγματοποιήθηκαν σήμερα Τρίτη 7 Μαΐου στο ξωκλήσι του Αγίου Αθανασίου', '2024-05-07', ref=dt.date(2024, 5, 7), lang='el', form='missing_year', span='Τρίτη 7 Μαΐου'),
    # https://old.anagnostis.org/2015/07/25/mia-paradosiaki-laiki-bradia-sto-lygoyrio
    c('Η εκδήλωση θα πραγματοποιηθεί την Κυριακή 9 Αυγούστου 2015 και ώρα 21:00, στο προαύλιο του Ιερού Ναού', '2015-08-09T21:00:00', lang='el', form='time', span='Κυριακή 9 Αυγούστου 2015 και ώρα 21:00'),
    # https://www.ertnews.gr/ert3/thessaloniki/diimero-panigyri-ston-finika-kalamarias-ton-dekapentavgousto
    c('Διήμερο Πανηγύρι στον Φοίνικα στις 13 και 14 Αυγούστου πραγματοποιεί όπως κάθε χρόνο', '2022-08-13', '2022-08-14', ref=dt.date(2022, 8, 10), lang='el', form='range', span='13 και 14 Αυγούστου'),
    c('Την πρώτη ημέρα Σάββατο 13 Αυγούστου, όσοι βρεθούν στις 9.30 το βράδυ, στην πλατεία του Φοίνικα', '2022-08-13T21:30:00', ref=dt.date(2022, 8, 10), lang='el', form='time', span='Σάββατο 13 Αυγούστου, όσοι βρεθούν στις 9.30 το βράδυ'),
    # https://www.kidonia.gr/ (ανακοίνωση της κοινότητας Κυδωνιάς)
    c('τη μεταφορά της παραδοσιακής μάζωξης για το βράδυ του Σαββάτου, 07 Αυγούστου 2021.', '2021-08-07', lang='el', form='text', span='Σαββάτου, 07 Αυγούστου 2021'),
    c('της παραδοσιακής μάζωξης που γίνεται κάθε χρόνο στις 06 Αυγούστου (του Σωτήρος)', '2021-08-06', ref=dt.date(2021, 7, 20), lang='el', form='missing_year', span='06 Αυγούστου'),
    # https://izagori.gr/index.php?option=com_content&view=article&id=1908
    c('Συνήθως το πανηγύρι διοργανώνεται το βράδυ της 14ης Αυγούστου και είναι μονοήμερο.', '2020-08-14', ref=dt.date(2020, 8, 1), lang='el', form='missing_year', span='14ης Αυγούστου'),
    # https://emprosnet.gr/emprosnet-archive/6e1870af-0ff1-4e7a-b996-5b3e07d35f8b
    c('ενώ έως τη Δευτέρα 16 Αυγούστου θα φιλοξενείται έκθεση έργων ζωγραφικής.', '2010-08-16', ref=dt.date(2010, 8, 13), lang='el', form='missing_year', span='Δευτέρα 16 Αυγούστου'),
    # http://alfarss.net/1590297556.html
    c('БНР | 24.05.2020 05:19:16 | 141\n\n24 май – празник на Благоевград', '2020-05-24T05:19:16', lang='bg', form='time', span='24.05.2020 05:19:16'),
    c('24 май – празник на Благоевград\n\nВ Деня на българската просвета', '2020-05-24', ref=dt.date(2020, 5, 24), lang='bg', form='missing_year', span='24 май'),
    # https://pirinsko.com/s-bogata-programa-blagoevgrad-otbelqzva-24-maj-62635
    c('С богата програма Благоевград отбелязва 24 май\n\n22 Май 2019 | 09:51', '2019-05-24', ref=dt.date(2019, 5, 22), lang='bg', form='missing_year', span='24 май'),
    c('22 Май 2019 | 09:51\n0 коментара\nКултура', '2019-05-22T09:51:00', lang='bg', form='time', span='22 Май 2019 | 09:51'),
    c('Както по традиция честванията започват на 23 май с тържествен парад на училищните знамена', '2019-05-23', ref=dt.date(2019, 5, 22), lang='bg', form='missing_year', span='23 май'),
    # https://pirinnews.com/novina/13440/praznichna-euforiya-za-24-maj-zavladyava-blagoevgrad-v-tri-poredni-dni
    c('Първият голям концерт на 23 май ще открият инструменталистите от Биг Бенд', '2024-05-23', ref=dt.date(2024, 5, 20), lang='bg', form='missing_year', span='23 май'),
    # https://oarsoaldea.hitza.eus/2018/01/19/madalenak-prestatzeko-lehenengo-bilera-deitu-dute
    c('Bilera Merkatuzarren izango da hilaren 25ean, osteguna, 19:00etan.', '2018-01-25T19:00:00', ref=dt.date(2018, 1, 19), lang='eu', form='time', span='hilaren 25ean, osteguna, 19:00'),
    # https://begitu.eus/dima/1753857509674-artaunen-auzoko-jaiak-ospatuko-ditue-zapatutik-astelehenera
    c('Artaungo jaiak\nAbuztuak 2, zapatua\n- 18:30ean, txupinazoa.', '2025-08-02T18:30:00', ref=dt.date(2025, 7, 29), lang='eu', form='time', span='Abuztuak 2, zapatua\n- 18:30'),
    c('Abuztuak 3, domekea\n- 12:00etan, umeentzako jolasak eta mozorro erakusketea.', '2025-08-03T12:00:00', ref=dt.date(2025, 7, 29), lang='eu', form='time', span='Abuztuak 3, domekea\n- 12:00'),
    # https://berriketan.eus/itziar/1753700962736-jai-giroan-murgilduko-da-itziar-abuztuaren-1etik-aurrera
    c('Jai giroan murgilduko da Itziar abuztuaren 1etik aurrera\n\nBerriketan 2025ko uzt. 29a, 09:36', '2025-08-01', ref=dt.date(2025, 7, 29), lang='eu', form='missing_year', span='abuztuaren 1'),
    c('Berriketan 2025ko uzt. 29a, 09:36\n\nKopraixak Marixiren jaitsierarekin hasiko dira', '2025-07-29T09:36:00', lang='eu', form='time', span='2025ko uzt. 29a, 09:36'),
    # https://28kanala.eus/agenda/eguna-2025-08-21
    c('Abuztuak 21 “Umen eune ta festan hasiera” - Goizean puzgarriak', '2025-08-21', ref=dt.date(2025, 8, 15), lang='eu', form='missing_year', span='Abuztuak 21'),
    # https://ataria.eus/larraul/1566462352332-festan-murgilduko-dira-berriz-larraulen
    c('Festan murgilduko dira berriz Larraulen\n\nAtaria 2019ko abuztuaren 22a', '2019-08-22', lang='eu', form='text', span='2019ko abuztuaren 22a'),
    # https://orioguka.eus/aia/1568971567799-laurgaingo-san-miel-jaiak-ospatuko-dira-irailaren-28tik-29ra
    c('Karkara 2019ko ira. 20a, 12:30\n\nAdin guztietako auzotarrentzat', '2019-09-20T12:30:00', lang='eu', form='time', span='2019ko ira. 20a, 12:30'),
    c('Aiako Laurgain Auzoko San Miel Jaiak ospatuko dira irailaren 28tik 29ra bitartean.', '2019-09-28', '2019-09-29', ref=dt.date(2019, 9, 20), lang='eu', form='range', span='irailaren 28tik 29ra'),
    c('Irailak 28, larunbata\n\n16:30 Ume jolasak eta txokolatada', '2019-09-28T16:30:00', ref=dt.date(2019, 9, 20), lang='eu', form='time', span='Irailak 28, larunbata\n\n16:30'),
    # https://goierri.hitza.eus/ekitaldiak/zaldibiako-festak-larunbata-mozorro-eguna
    c('Urriaren 5etik 8ra, Santa Fe jaiak ospatuko dituzte Zaldibian.', '2019-10-05', '2019-10-08', ref=dt.date(2019, 10, 1), lang='eu', form='range', span='Urriaren 5etik 8ra'),
    # https://www.rudinapress.hr/najava-petak-za-koncerte-feste-i-ulicnu-utrku
    c('Piše: Rudinapress\n4:33 pm, 17 kolovoza, 2018\nJezera pripremaju još jedan svoj Petak', '2018-08-17T16:33:00', lang='hr', form='time', span='4:33 pm, 17 kolovoza, 2018'),
    # https://stage.medjimurski.hr/?p=604007
    c('Odgoda koncerta Mirka Švenda Žige u Oporovcu – novi datum 8. kolovoza', '2025-08-08', ref=dt.date(2025, 7, 30), lang='hr', form='missing_year', span='8. kolovoza'),
    c('Prvotno zakazan za 2. kolovoza i otkazan zbog nepovoljnih vremenskih uvjeta', '2025-08-02', ref=dt.date(2025, 7, 30), lang='hr', form='missing_year', span='2. kolovoza'),
    c('koncert će se održati u novom terminu – u petak, 8. kolovoza 2025. godine, s početkom u 20 sati.', '2025-08-08T20:00:00', lang='hr', form='time', span='petak, 8. kolovoza 2025. godine, s početkom u 20 sati'),
    # https://bjelovar.live/za-vikend-dodite-u-cazmu-za-dan-grada-nastupaju-crvena-jabuka-lidija-bacic-i-kings
    c('proslave Dana Grada Čazme koji pada na 22. srpanj.', '2023-07-22', ref=dt.date(2023, 7, 18), lang='hr', form='missing_year', span='22. srpanj'),
    c('U petak 21. srpnja 22 sata na pozornicu će izaći Crvena Jabuka.', '2023-07-21T22:00:00', ref=dt.date(2023, 7, 18), lang='hr', form='time', span='petak 21. srpnja 22 sata'),
    # https://www.poslovni-savjetnik.com/aktualno/brend-zvan-zagreb-kumice-slageri-i-uzareni-asfalt
    c('Turistička zajednica Grada Zagreba u srijedu, 6. srpnja, u sklopu projekta Zagrebački vremeplov', '2016-07-06', ref=dt.date(2016, 6, 30), lang='hr', form='missing_year', span='srijedu, 6. srpnja'),
    c('Tako će svi posjetitelji, od 6. srpnja do 30. rujna,  svake srijede, četvrtka i petka', '2016-07-06', '2016-09-30', ref=dt.date(2016, 6, 30), lang='hr', form='range', span='od 6. srpnja do 30. rujna'),
    # https://suduvosgidas.lt/renginiai/sakiu-miesto-svente-as-myliu-sakius/ (eighteenth batch, read since the twenty-second round)
    c('Data\n\n2022 Lie 06\nĮvykęs!', '2022-07-06', lang='lt', form='year_first', span='2022 Lie 06'),
])
FAILURES.extend([
    # The twenty-second batch's times without a date
    # https://focus-news.net/novini/regioni/Nad-11-000-dushi-shte-se-vklyuchat-v-shestvieto-za-24-mai-v-Burgas-2125212
    x('Празничното 24-майско шествие ще потегли в 10.30 часа с маршрут', 'no_date', lang='bg', form='no_date'),
    # https://goierri.hitza.eus/ekitaldiak/zaldibiako-festak-larunbata-mozorro-eguna
    x('- 10:00. Goierriko xake lehiaketa.', 'no_date', lang='eu', form='no_date'),
])
CASES.extend([
    # A twenty-third batch (5 Dec 2026) in Icelandic, Norwegian, Estonian and Latvian, read with
    # every earlier round landed: 38/40 (docs/dates.md); the 38 read
    # https://www.visir.is/g/20222275984d/f/skodanir (Metnaðarfull 17. júní dagskrá hjá mörgum sveitarfélögum)
    c('Ellen Geirsdóttir Håkansson skrifar 15. júní 2022 16:31 Vísir/Friðrik Þór Haldórsson', '2022-06-15T16:31:00', lang='is', form='time', span='15. júní 2022 16:31'),
    c('Kort yfir götulokanir Reykjavíkurborgar þann 17. júní.', '2022-06-17', ref=dt.date(2022, 6, 15), lang='is', form='missing_year', span='17. júní'),
    # https://framsokn.is/is/nyjast/vidburdir/
    c('Fimmtudaginn 3. júlí klukkan 20:00 minnumst við Steingríms Hermannssonar', '2025-07-03T20:00:00', ref=dt.date(2025, 6, 20), lang='is', form='time', span='Fimmtudaginn 3. júlí klukkan 20:00'),
    # https://www.mbl.is/frettir/innlent/2019/06/17/hatidardagskra_17_juni_um_landid/
    c('Hátíðardagskrá 17. júní um landið\n\nSkrúðgangan á Akureyri', '2019-06-17', ref=dt.date(2019, 6, 17), lang='is', form='missing_year', span='17. júní'),
    # https://www.vogar.is/is/stjornsysla/stjornkerfi/fundargerdir/baejarstjorn-sveitarfelagsins-voga/1091
    c('32. fundur 06. maí 2008 kl. 18:00 - 20:30 Hafnargötu 17-19', '2008-05-06T18:00:00', '2008-05-06T20:30:00', lang='is', form='time', span='06. maí 2008 kl. 18:00 - 20:30'),
    c('Fundur haldinn í bæjarstjórn þriðjudaginn 6. maí 2008, kl. 18.00 að Hafnargötu', '2008-05-06T18:00:00', lang='is', form='time', span='þriðjudaginn 6. maí 2008, kl. 18.00'),
    # http://grindavik.is/v/22039
    c('490. fundur bæjarstjórnar Grindavíkur haldinn í bæjarstjórnarsal, þriðjudaginn 27. nóvember 2018 og hófst hann kl. 17:00.', '2018-11-27T17:00:00', lang='is', form='time', span='þriðjudaginn 27. nóvember 2018 og hófst hann kl. 17:00'),
    c('Gildistaka 1. janúar 2019, nema annað sé tekið fram', '2019-01-01', lang='is', form='text', span='1. janúar 2019'),
    # http://www.kongsberg.no/forside/17-mai-programmet/
    c('Program 17. mai 2018\n\nProgram for 17.mai Kongsberg 2018', '2018-05-17', lang='no', form='text', span='17. mai 2018'),
    # https://online.le.ee/2021/06/22/haapsalu-ja-ridala-avalikku-jaanituld-ei-korralda/
    c('Tänavu on jaanipäevaüritused enamasti toimumas 22. ja 23. juunil, kuid üritusi on 25. juunini.', '2021-06-22', '2021-06-23', ref=dt.date(2021, 6, 22), lang='et', form='range', span='22. ja 23. juunil'),
    c('Teisipäev, 22. juuni\n\nKl 20 Pürksi mõisa pargis kontsert', '2021-06-22T20:00:00', ref=dt.date(2021, 6, 20), lang='et', form='time', span='Teisipäev, 22. juuni\n\nKl 20'),
    # https://harjuelu.ee/mis-muudab-harjumaa-jaanituled-eriliseks/
    c('Anija valla Voose küla jaanituli toimub alati 23. juunil, nii nagu on seda juba 30 aastat tehtud.', '2023-06-23', ref=dt.date(2023, 6, 15), lang='et', form='missing_year', span='23. juunil'),
    c('23. juunil kell 17 jõuab Harku valda Tilgu sadamasse Harju maakaitsepäevalt võidutuli', '2023-06-23T17:00:00', ref=dt.date(2023, 6, 15), lang='et', form='time', span='23. juunil kell 17'),
    c('22. juunil kell 19 toimub Pirita jõeäärsel platsil Loo jaanituli', '2023-06-22T19:00:00', ref=dt.date(2023, 6, 15), lang='et', form='time', span='22. juunil kell 19'),
    # https://kylauudis.ee/tag/voistlused/page/2/
    c('Laupäeval, 21. mail tähistatakse Puka valla päeva.', '2011-05-21', ref=dt.date(2011, 5, 15), lang='et', form='missing_year', span='Laupäeval, 21. mail'),
    # https://kylauudis.ee/page/622
    c('Alates 16. juunist on kalapüügiloa omavatele kaluritele räimepüük peatatud.', '2011-06-16', ref=dt.date(2011, 6, 20), lang='et', form='missing_year', span='16. juunist'),
    # https://online.le.ee/2022/06/19/jaanilokked-suttivad-ule-kogu-laanemaa/
    c('Lääne-Nigula vallas on valida mitme jaanitule vahel, otsa teeb juba 18. juunil lahti Taebla.', '2022-06-18', ref=dt.date(2022, 6, 14), lang='et', form='missing_year', span='18. juunil'),
    # https://www.aloja.lv/2021/06/18/ligo-svetki-alojas-novada/
    c('Papildināts: 21.06.2021. Līgo svētki Alojas novadā', '2021-06-21', lang='lv', form='text', span='21.06.2021'),
    c('21. jūnijā, no plkst. 17.00, Saules laukumā, pie Alojas novada domes Dienas centra', '2021-06-21T17:00:00', ref=dt.date(2021, 6, 18), lang='lv', form='time', span='21. jūnijā, no plkst. 17.00'),
    c('22. jūnijā, no plkst. 20.00, Braslavas muižas parkā, norisināsies ielīgošanas pikniks.', '2021-06-22T20:00:00', ref=dt.date(2021, 6, 18), lang='lv', form='time', span='22. jūnijā, no plkst. 20.00'),
    # https://www.skrunda.lv/lv/parvalde/sabiedriba/sabiedribas-lidzdaliba-/ieligosanas-pasakumi-skrundas-novada/
    c('21. jūnijā no plkst. 20.00 Pie Nīkrāces saieta nama Vasaras saulgriežu ielīgošanas svētki', '2019-06-21T20:00:00', ref=dt.date(2019, 6, 15), lang='lv', form='time', span='21. jūnijā no plkst. 20.00'),
    c('23. jūnijā plkst.21.30 Rudbāržu sporta laukumā Ielīgosim Jāņus', '2019-06-23T21:30:00', ref=dt.date(2019, 6, 15), lang='lv', form='time', span='23. jūnijā plkst.21.30'),
    # http://www.ntz.lv/aktuali-2/saulgriezu-svinesana-tukuma-kandavas-jaunpils-un-engures-novados/
    c('Ceturtdien, 20.jūnijā jebkurš interesents tiks gaidīts Jaunpilī, uz Jaunpils pils saliņas', '2019-06-20', ref=dt.date(2019, 6, 15), lang='lv', form='missing_year', span='Ceturtdien, 20.jūnijā'),
    c('Ceturtdien, 20.jūnijā pulksten 21.00 uz Engures pludmali pie Robežstaba 1836', '2019-06-20T21:00:00', ref=dt.date(2019, 6, 15), lang='lv', form='time', span='Ceturtdien, 20.jūnijā pulksten 21.00'),
    # https://arhivs.kekava.lv/pub/index.php?gid=1&id=150&lid=16619
    c('Ķekavas novada pašvaldība aicina iedzīvotājus 11.novembrī, par godu Lāčplēša dienai', '2021-11-11', ref=dt.date(2021, 11, 2), lang='lv', form='missing_year', span='11.novembrī'),
    c('Izglītības, kultūras un sporta pārvalde\n02.11.2021.', '2021-11-02', lang='lv', form='text', span='02.11.2021'),
    # https://www.rekurzeme.lv/izklaide/kurp-doties-ligo-svetku-pasakumi-lejaskurzemes-novados-148075
    c('Svētdien, 21. jūnijā, pulksten 19 pie kultūras nama Saulgriežu ielīgošana kopā ar kapelu “Luste”.', '2020-06-21T19:00:00', ref=dt.date(2020, 6, 15), lang='lv', form='time', span='Svētdien, 21. jūnijā, pulksten 19'),
    c('Svētdien, 21. jūnijā, no pulksten 18 līdz 21 pie muzeja pilskalnā Vasaras saulgriežu tirdziņš.', '2020-06-21T18:00:00', '2020-06-21T21:00:00', ref=dt.date(2020, 6, 15), lang='lv', form='time', span='Svētdien, 21. jūnijā, no pulksten 18 līdz 21'),
    c('Otrdien, 23. jūnijā, no pulksten 11 būs “Muzikālā kustība Līgo noskaņās”', '2020-06-23T11:00:00', ref=dt.date(2020, 6, 15), lang='lv', form='time', span='Otrdien, 23. jūnijā, no pulksten 11'),
    c('Pirmdien, 22. jūnijā, pulksten 15 Joda dambī aktiera Andra Bērziņa koncerts.', '2020-06-22T15:00:00', ref=dt.date(2020, 6, 15), lang='lv', form='time', span='Pirmdien, 22. jūnijā, pulksten 15'),
    # http://jekabpilsnovads.lv/?m=20180629
    c('Daily Archives: 29/06/2018Jēkabpils novadu svētkos pārstāvēs 8 kolektīvi', '2018-06-29', lang='lv', form='text', span='29/06/2018'),
    c('Dziesmu un XVI deju svētkiem, kuri notiks no 30. jūnija līdz 8. jūlijam', '2018-06-30', '2018-07-08', ref=dt.date(2018, 6, 29), lang='lv', form='range', span='no 30. jūnija līdz 8. jūlijam'),
    c('Šogad 9. jūlijs Latvijā būs brīvdiena', '2018-07-09', ref=dt.date(2018, 6, 29), lang='lv', form='missing_year', span='9. jūlijs'),
    # https://www.ziemellatvija.lv/kultura-un-izklaide/smiltenes-novada-visi-ligo-pasakumi-notiks-brivdaba-149352
    c('Līgo svētku centrālais notikums Smiltenes novadā būs vasaras saulgriežos, 21. jūnijā, Smiltenes pagasta Līgo kalnā. Pulksten 19 notiks meistarklase', '2020-06-21T19:00:00', ref=dt.date(2020, 6, 15), lang='lv', form='time', span='21. jūnijā, Smiltenes pagasta Līgo kalnā. Pulksten 19'),
    # https://www.delfi.lv/kultura/news/culturenvironment/skroderdienas-brivdaba-un-tiessaiste-ka-ieligosim-un-svinesim-janus-sogad.d?id=53259963
    c('Tomēr no 15. jūnija ir daļēji ierobežojumu atvieglojumi tiem, kuri jau saņēmuši pilnu vakcinācijas kursu', '2021-06-15', ref=dt.date(2021, 6, 10), lang='lv', form='missing_year', span='15. jūnija'),
])
FAILURES.extend([
    # The twenty-third batch's times without a date
    # https://hvolsvollur.is/is/frettir/17-juni-hatidarhold-i-sveitarfelaginu
    x('Á Heimalandi verður skemmtileg dagskrá með hefðbundnu sniði og hefst hún kl. 14:00.', 'no_date', lang='is', form='no_date'),
    # http://www.trollheimsporten.no/17-mai-i-nedre-surnadal.6220252.html
    x('Det er gudsteneste i Øye kyrkje kl. 1200. Så blir det oppstilling og start for toget', 'no_date', lang='no', form='no_date'),
    # https://kylauudis.ee/tag/voistlused/page/2/
    x('kell 8  laat Puka rahvamaja juures', 'no_date', lang='et', form='no_date'),
])
CASES.extend([
    # Issue 14, the big languages: a sixth batch (festival programmes in it/de/fr/es/pl),
    # read after the first five batches' fixes; see docs/dates.md.
    # https://www.sannicandro.org/notizie/eventi/2864-ecco-il-nuovo-programma-della-festa-patronale-2014
    c('Confermato il concerto di Dodi Battaglia per oggi, 18 giugno, alle ore 21:30 in piazza IV Novembre.', '2014-06-18T21:30:00', ref=dt.date(2014, 6, 18), lang='it', form='time', span='18 giugno, alle ore 21:30'),
    c('Venerdì 20 giugno in piazza IV Novembre ci sarà la sfilata di moda', '2014-06-20', ref=dt.date(2014, 6, 18), lang='it', form='missing_year', span='Venerdì 20 giugno'),
    c('Sabato 21 giugno alle ore 17:30 ci sarà la Solenne Processione dei Santi Patroni', '2014-06-21T17:30:00', ref=dt.date(2014, 6, 18), lang='it', form='time', span='Sabato 21 giugno alle ore 17:30'),
    # http://www.sansalvo.net/notizie/attualita/30779/san-vitale-oggi-sfilata-e-processione-stasera-il-concerto-di-alessio-bernabei
    c('Domenica 28 aprile inizierà alle ore 8.30 la tradizionale sfilata dei trattori', '2019-04-28T08:30:00', ref=dt.date(2019, 4, 28), lang='it', form='time', span='Domenica 28 aprile inizierà alle ore 8.30'),
    # https://noibrugherio.it/wp/2017/10/06/sabato-7-e-domenica-8-la-festa-patronale-ecco-il-programma-con-la-fattoria-in-piazza
    c('Sabato 7 e domenica 8 la festa patronale: ecco il programma con la fattoria in piazza', '2017-10-07', '2017-10-08', ref=dt.date(2017, 10, 6), lang='it', form='range', span='Sabato 7 e domenica 8'),
    c('Inizia sabato 7 alle 15, nella Sala consiliare di piazza Battisti', '2017-10-07T15:00:00', ref=dt.date(2017, 10, 6), lang='it', form='time', span='sabato 7 alle 15'),
    c('Lunedì 9 alle 15, infine, in piazza Roma ci sarà l’albero della cuccagna.', '2017-10-09T15:00:00', ref=dt.date(2017, 10, 6), lang='it', form='time', span='Lunedì 9 alle 15'),
    # https://www.gosabina.com/eventi/2009/08/30/festa-di-san-nonnoso-1-2-3-settembre-2009-sant-oreste/1575/
    c('Altri eventi, FESTA DI SAN NONNOSO 1 – 2 - 3 Settembre 2009, Sant’Oreste', '2009-09-01', '2009-09-03', lang='it', form='range', span='1 – 2 - 3 Settembre 2009'),
    c("MARTEDI' 1 SETTEMBRE\n\nore 17,30 Passeggiata Musicale per le vie del paese", '2009-09-01T17:30:00', ref=dt.date(2009, 8, 30), lang='it', form='time', span='1 SETTEMBRE\n\nore 17,30'),
    # https://www.prolococittadipenne.it/festa-san-massimo-patrono-citta-penne-2017/
    c('Il gazebo sarà attivo già da questo sabato 22 ed il prossimo sabato 29 presso lo spazio', '2017-04-22', ref=dt.date(2017, 4, 20), lang='it', form='missing_year', span='sabato 22'),
    c('VENERDI 5 Maggio – Duomo di Penne – dalle ore 15.30 ; gli alunni delle scuole', '2017-05-05T15:30:00', ref=dt.date(2017, 4, 20), lang='it', form='time', span='VENERDI 5 Maggio – Duomo di Penne – dalle ore 15.30'),
    c('SABATO 6 Maggio – Per le vie cittadine – dalle 16:00 fino alle 22:00 ; si esibiranno', '2017-05-06T16:00:00', '2017-05-06T22:00:00', ref=dt.date(2017, 4, 20), lang='it', form='time', span='SABATO 6 Maggio – Per le vie cittadine – dalle 16:00 fino alle 22:00'),
    # https://risvegliopopolare.it/appuntamenti-di-sabato-14-dicembre
    c('prevede per sabato 14 dicembre, dalle 15 in piazza Ubertini, un torneo di scacchi', '2024-12-14T15:00:00', ref=dt.date(2024, 12, 10), lang='it', form='time', span='sabato 14 dicembre, dalle 15'),
    c('Domenica 15 dicembre è il giorno del trail autogestito sui sentieri collinari', '2024-12-15', ref=dt.date(2024, 12, 10), lang='it', form='missing_year', span='Domenica 15 dicembre'),
    c('La pista di pattinaggio su ghiaccio di piazza Ubertini sarà aperta fino al 19 gennaio.', '2025-01-19', ref=dt.date(2024, 12, 10), lang='it', form='missing_year', span='19 gennaio'),
    c('Sabato 14, dalle 9 alle 19 in piazza della Repubblica, banchetti Casa Telethon', '2024-12-14T09:00:00', '2024-12-14T19:00:00', ref=dt.date(2024, 12, 10), lang='it', form='time', span='Sabato 14, dalle 9 alle 19'),
    # https://www.mannheimer-morgen.de/orte/buerstadt_artikel,-buerstadt-buerstadt-freut-sich-aufs-stadtfest-_arid,2088449.html
    c('Nach Frühjahrsmarkt und Spargelwanderung steht nun vom 2. bis 4. Juni das Stadtfest als nächste große Open-Air-Veranstaltung', '2023-06-02', '2023-06-04', ref=dt.date(2023, 5, 25), lang='de', form='range', span='vom 2. bis 4. Juni'),
    c('Am Freitag, 2. Juni, um 19.30 Uhr wird die Festtagssause offiziell eröffnet.', '2023-06-02T19:30:00', ref=dt.date(2023, 5, 25), lang='de', form='time', span='Freitag, 2. Juni, um 19.30 Uhr'),
    c('Etwas ruhiger wird am Sonntag, 4. Juni, ab 11 Uhr mit einem ökumenischen Gottesdienst in den Tag gestartet.', '2023-06-04T11:00:00', ref=dt.date(2023, 5, 25), lang='de', form='time', span='Sonntag, 4. Juni, ab 11 Uhr'),
    # https://www.mannheimer-morgen.de/orte/buerstadt_artikel,-buerstadt-stadtfest-buerstadt-feiert-eine-party-fuer-die-ganze-familie-_arid,2210632.html
    c('Von Donnerstag an wird in Bürstadt Stadtfest gefeiert. Am Sonntag, 2. Juni, ist Familientag', '2024-06-02', ref=dt.date(2024, 5, 28), lang='de', form='missing_year', span='Sonntag, 2. Juni'),
    c('Donnerstag, 30. Mai:\nRummelplatz eröffnet ab 14 Uhr', '2024-05-30T14:00:00', ref=dt.date(2024, 5, 28), lang='de', form='time'),
    c('Freitag, 31. Mai:\n18.30 Uhr: Offizielle Eröffnung und Fassbieranstich', '2024-05-31T18:30:00', ref=dt.date(2024, 5, 28), lang='de', form='time', span='Freitag, 31. Mai:\n18.30 Uhr'),
    # https://frequence-sud.fr/art-62624-fete_de_la_musique_a_saint-chamas_saint-chamas
    c('Avenue Marx Dormoy et Champs de Mars\nVendredi 21 juin - 18h > 23h', '2024-06-21T18:00:00', '2024-06-21T23:00:00', ref=dt.date(2024, 6, 10), lang='fr', form='time', span='Vendredi 21 juin - 18h > 23h'),
    c('Rues du centre-ville\nvendredi 21 juin - 20h > 23h30', '2024-06-21T20:00:00', '2024-06-21T23:30:00', ref=dt.date(2024, 6, 10), lang='fr', form='time', span='vendredi 21 juin - 20h > 23h30'),
    # https://www.unidivers.fr/event/1001-lumieres-a-la-collegiale-saint-mexme-2022-06-23/
    c('2022-06-21 17:00:00 – 2022-06-23 00:00:00 Transformer la ville en scène ouverte', '2022-06-21T17:00:00', '2022-06-23T00:00:00', lang='fr', form='time', span='2022-06-21 17:00:00 – 2022-06-23 00:00:00'),
    # https://saintandredecorcy.fr/fete-de-la-musique-mardi-21-juin/
    c('Mardi 21 juin, l’EMSAC, Woodlark et la commune organisent la\nFÊTE DE LA MUSIQUE .', '2022-06-21', ref=dt.date(2022, 6, 10), lang='fr', form='missing_year', span='Mardi 21 juin'),
    # https://amicale-retraites-bretignolles-sur-mer.fr/?p=1045
    c('C’est sous une chaleur écrasante que débute la fête de la musique de ce 21 Juin 2025, heureusement', '2025-06-21', lang='fr', form='text', span='21 Juin 2025'),
    # https://policialocalenguera.blogspot.com/2012/09/empiezan-las-fiestas.html
    c('22 de septiembre de 2012\n\nEmpiezan las fiestas', '2012-09-22', lang='es', form='text', span='22 de septiembre de 2012'),
    # https://valverdedelmajano.com/noticia_det.php?id=2107
    c('(2012-06-14).- Mañana viernes 15 comienzan las fiestas patronales', '2012-06-14', lang='es', form='text', span='2012-06-14'),
    c('Mañana viernes 15 comienzan las fiestas patronales en honor a la Virgen de la Aparecida', '2012-06-15', ref=dt.date(2012, 6, 14), lang='es', form='missing_year', span='viernes 15'),
    c('El programa es el siguiente:\nViernes 15.\n13:30 h.: Copa del Mundo de Ciclismo Paralímpico 2012', '2012-06-15T13:30:00', ref=dt.date(2012, 6, 14), lang='es', form='time', span='Viernes 15.\n13:30 h'),
    c('Sabado 16.\n13:00 h: Misa solemne en la ermita de Ntra. Sra. de La Aparecida.', '2012-06-16T13:00:00', ref=dt.date(2012, 6, 14), lang='es', form='time', span='Sabado 16.\n13:00 h'),
    # a stored page of a Spanish regional newspaper (fiestas de la Virgen de la Asunción, La Villa, August 2024)
    c('Esta programación festiva comenzó el 6 de agosto con la novena y finalizará el sábado 17 con una verbena.', '2024-08-06', ref=dt.date(2024, 8, 13), lang='es', form='missing_year', span='6 de agosto'),
    # http://fiestasyjaranas.blogspot.com/2014/07/fiestas-mayores-de-verano-en-la.html
    c('Posted by : Unknown lunes, 21 de julio de 2014', '2014-07-21', lang='es', form='text', span='lunes, 21 de julio de 2014'),
    # https://losmontesinos.es/event/fiestas-patronales-2024-3
    c('Fiestas Patronales 2024\noctubre 5 @ 18:00 - 23:59\nA las 18h, X Concurso', '2024-10-05T18:00:00', '2024-10-05T23:59:00', ref=dt.date(2024, 9, 20), lang='es', form='time', span='2024\noctubre 5 @ 18:00 - 23:59'),
    # https://sp2mm.pl/swietujmy-razem-dni-miasta
    c('Opublikowano 15-05-2025 Dodał sp2mm', '2025-05-15', lang='pl', form='text', span='15-05-2025'),
    c('Podniosłym zwieńczeniem tegorocznych Dni Miasta będzie Uroczysta sesja Rady Miasta 29 maja, podczas której', '2025-05-29', ref=dt.date(2025, 5, 15), lang='pl', form='missing_year', span='29 maja'),
    c('Szczegółowy program:\n\n23/05\n\n19.00  "Nie całkiem CIHO" wystawa rysunku', '2025-05-23T19:00:00', ref=dt.date(2025, 5, 15), lang='pl', form='time', span='23/05\n\n19.00'),
    # https://pomorska.pl/huczne-rozpoczecie-urodzin-mroczy-cykl-imprez-potrwa-w-miescie-do-18-sierpnia-zdjecia/ga/13410956/zd/30568396
    c('Imprezy z tej okazji potrwają w Mroczy tydzień, aż do 18 bm., a rozpoczęły się w minioną sobotę.', '2023-08-18', ref=dt.date(2023, 8, 14), lang='pl', form='missing_year', span='18 bm.'),
    # https://www.jastrzebie.pl/dla-mieszkanca/aktualnosci/aktualnosc/default-35e0d84a3f21208e5d745e815f77ebe1-3?type=1
    c('Od 6 do 8 czerwca, to będą trzy dni pełne niezapomnianych wrażeń', '2025-06-06', '2025-06-08', ref=dt.date(2025, 5, 30), lang='pl', form='range', span='Od 6 do 8 czerwca'),
    # http://www.lzg24.pl/artykul/aktualnosci/3-maja-uroczystosci-przy-obelisku
    c('2 Maj 2017\nW środę, 3 maja, prezydent Janusz Kubicki zaprasza', '2017-05-02', lang='pl', form='text', span='2 Maj 2017'),
    c('W środę, 3 maja, prezydent Janusz Kubicki zaprasza na obchody Święta Narodowego Trzeciego Maja.', '2017-05-03', ref=dt.date(2017, 5, 2), lang='pl', form='missing_year', span='środę, 3 maja'),
])
FAILURES.extend([
    # https://www.sannicandro.org/notizie/eventi/2864-ecco-il-nuovo-programma-della-festa-patronale-2014
    x('In piazza IV Novembre alle ore 22:00 si esibirà la cover band dei Queen Regina.', 'no_date', ref=dt.date(2014, 6, 18), lang='it', form='no_date'),
    # https://bnn.de/mittelbaden/gaggenau/gernsbach/das-gernsbacher-altstadtfest-kehrt-zurueck-und-das-koennen-die-besucher-erleben
    x('Das Fest startet am Freitag um 19 Uhr.', 'no_date', lang='de', form='no_date'),
    # https://policialocalenguera.blogspot.com/2012/09/empiezan-las-fiestas.html
    x("A la 01'00 horas, desde el balcón del Ayuntamiento, tendrá lugar el tradicional PREGÓN", 'no_date', lang='es', form='no_date'),
])
CASES.extend([
    # Issue 14, the big languages: a seventh batch (network events, EU calls, summit
    # programmes; mostly English), read after all the rounds above; see docs/dates.md.
    # https://staging.eurocities.eu/events/what-cities-have-to-say-at-the-eu-regions-week-2022
    c('The EU Regions Week will take place in Brussels from 10 to 13 October 2022, bringing together European regions', '2022-10-10', '2022-10-13', lang='en', form='range', span='from 10 to 13 October 2022'),
    c('Tuesday, 11 October 2022\nYoung migrants and cities – new pathways for local participation', '2022-10-11', lang='en', form='text', span='Tuesday, 11 October 2022'),
    # https://staging.eurocities.eu/v2/events/OPEN-Urban-DAY-
    c("have teamed up to organise an 'OPEN Urban DAY' on 14 October.", '2015-10-14', ref=dt.date(2015, 9, 1), lang='en', form='missing_year', span='14 October'),
    # https://globalparliamentofmayors.org/join-the-gpm-at-the-brussels-urban-summit-2023/
    c('To register for the Breakfast event, please click here. Deadline to register: June 1st.', '2023-06-01', ref=dt.date(2023, 5, 20), lang='en', form='missing_year', span='June 1st'),
    c('Wednesday, June 14\n2-3.30 p.m.\n\nDebate on “Empowering Cities', '2023-06-14T14:00:00', '2023-06-14T15:30:00', ref=dt.date(2023, 5, 20), lang='en', form='time', span='Wednesday, June 14\n2-3.30 p.m.'),
    # http://eurocities2019.eu/jnp/en/programme/rolling_plenary/index.html
    c('the dates 20-22 November\n\nRolling plenary', '2019-11-20', '2019-11-22', ref=dt.date(2019, 6, 1), lang='en', form='range', span='20-22 November'),
    # https://globalparliamentofmayors.org/programme-summit-2021/
    c('Reset: Cities leading in a New Era\n\n21 October, Thursday\n\n12.00-17.00 hrs CEST', '2021-10-21T12:00:00+02:00', '2021-10-21T17:00:00+02:00', ref=dt.date(2021, 9, 1), tz='CEST', lang='en', form='zone', span='21 October, Thursday\n\n12.00-17.00 hrs CEST'),
    c('22 October, Friday\n\n09.00-10.30 hrs CEST \n\n  • Annual General Meeting GPM members', '2021-10-22T09:00:00+02:00', '2021-10-22T10:30:00+02:00', ref=dt.date(2021, 9, 1), tz='CEST', lang='en', form='zone', span='22 October, Friday\n\n09.00-10.30 hrs CEST'),
    # https://uccnbraga24.com/programme/cultural-programme/
    c('Mayor’s Forum\n\nWednesday, 03 July\n\n09:30 — 10:00\n\nRegistration in INL', '2024-07-03T09:30:00', '2024-07-03T10:00:00', ref=dt.date(2024, 6, 1), lang='en', form='time', span='Wednesday, 03 July\n\n09:30 — 10:00'),
    # https://docslib.org/doc/1287820/world-cities-summit-9th-mayors-forum
    c('124 Mayors and City Leaders participated in the 9th World Cities Summit Mayors Forum on 8 July 2018 in .', '2018-07-08', lang='en', form='text', span='8 July 2018'),
    # https://globalparliamentofmayors.org/program
    c('24 September\nFrom 14.00 | Registration Clarion Hotel Energy |', '2016-09-24T14:00:00', ref=dt.date(2016, 9, 1), lang='en', form='time', span='24 September\nFrom 14.00'),
    c('25 September\n8.30 | Registration Clarion Hotel Energy |', '2016-09-25T08:30:00', ref=dt.date(2016, 9, 1), lang='en', form='time', span='25 September\n8.30'),
    # https://icca2019.collaborative-climate-action.org/mayors-breakfast-23-mai
    c('Programm > Mayors Breakfast\nMayors Breakfast\n23. Mai\n07:30 - 08:45\n"Prinz Carl"', '2019-05-23T07:30:00', '2019-05-23T08:45:00', ref=dt.date(2019, 5, 1), lang='de', form='time', span='23. Mai\n07:30 - 08:45'),
    # https://www.informa-giovani.net/en/reti-di-citta-finanziamenti-per-6-milioni-di-euro-nellambito-del-programma-cerv/
    c('Select language:\n\nDecember 27 2023\n\nThe “City networks” call for tenders', '2023-12-27', lang='en', form='text', span='December 27 2023'),
    c('The deadline for submitting applications is April 18, 2024. For more information click here.', '2024-04-18', lang='en', form='text', span='April 18, 2024'),
    # https://www.up2europe.eu/calls/networks-of-towns-2019-round-2_3624.html
    c('Networks of Towns 2019 – Round 2\nDeadline: Sep 2, 2019', '2019-09-02', lang='en', form='text', span='Sep 2, 2019'),
    # https://platforma-dev.eu/es/new-deadlines-european-commission-call-city-city-partnerships
    c('has been postponed to 14 April at 4.00 pm (Brussels date and time), instead of 27 March 12.00 pm.', '2020-04-14T16:00:00+02:00', ref=dt.date(2020, 3, 18), tz='Europe/Brussels', lang='en', form='zone', span='14 April at 4.00 pm (Brussels date and time)'),
    c('There is a new opportunity to send written questions to before 24 March at 4:00 pm.', '2020-03-24T16:00:00', ref=dt.date(2020, 3, 18), lang='en', form='time', span='24 March at 4:00 pm'),
    c('New deadlines for the European Commission call on city-to-city partnerships!\n\n18 marzo 2020', '2020-03-18', lang='es', form='text', span='18 marzo 2020'),
    # https://www.developmentaid.org/grants/view/1062731/networks-of-towns
    c('Last update: Jan 11, 2024 Last update: 11 Jan, 2024', '2024-01-11', lang='en', form='text', span='Jan 11, 2024'),
    c("§ Deadline: 20 April 2023 17:00:00\n\n§ Call's budget: 6.000.000 EUR", '2023-04-20T17:00:00', lang='en', form='time', span='20 April 2023 17:00:00'),
    c('§ Publication date: 15 December 2022\n\n§ Type of action', '2022-12-15', lang='en', form='text', span='15 December 2022'),
    # https://euro-access.eu/en/calls/1141/Networks-of-Towns?font=6
    c('Deadline\n18.04.2024 17:00\nCall budget', '2024-04-18T17:00:00', lang='en', form='time', span='18.04.2024 17:00'),
    # https://indevjobs.org/funding-opportunity/european-commission-call-proposals-networks-towns-2020-%E2%80%93-round-2
    c('European Commission\nLast date: \nTuesday, September 1, 2020\n\nDetailed Description', '2020-09-01', lang='en', form='text', span='Tuesday, September 1, 2020'),
    # https://starterweb.it/en/first-urbact-iii-call-deadline-on-16th-june/
    c('On 30th March the first URBACT III call for the creation of 20 Action Planning Networks was published.', '2015-03-30', ref=dt.date(2015, 4, 10), lang='en', form='missing_year', span='30th March'),
    c('The deadline for the present call fro proposals is 16th June, at 03:00 p.m.', '2015-06-16T15:00:00', ref=dt.date(2015, 4, 10), lang='en', form='time', span='16th June, at 03:00 p.m.'),
])
FAILURES.extend([
    # https://staging.eurocities.eu/events/join-us-at-the-european-week-of-regions-and-cities-2023
    x('Ahead of the European elections in June 2024, it is crucial to prioritise the agenda of cities', 'partial', lang='en', form='partial'),
    # https://pascalsmet.prezly.com/invitation-press-conference-more-than-400-cities-will-shape-their-future-at-the-brussels-urban-summit
    x('10:25-10.30 Presentation by Laurent Brihay / Director of the Press Club Brussels Europe', 'no_date', lang='en', form='no_date'),
    # https://staging.eurocities.eu/events/what-cities-have-to-say-at-the-eu-regions-week-2022
    x('When – from 11:30 to 13:00\nRegister here.', 'no_date', lang='en', form='no_date'),
])
CASES.extend([
    # A twenty-fourth batch (5 Dec 2026), second passes in Maltese, Irish, Slovenian and Turkish:
    # 33/40 before the round that followed it (docs/dates.md); all 40 after
    # http://www.festakuncizzjonihamrun.com/festa2016.htm
    c('Is-Sibt 18 ta’ Ġunju:  Fit-8.00pm Lejla Maltija fi Pjazza Kappillan Muscat', '2016-06-18T20:00:00', ref=dt.date(2016, 6, 10), lang='mt', form='time', span='Sibt 18 ta’ Ġunju:  Fit-8.00pm'),
    c('L-Ħamis 23 ta’ Ġunju: Fis-6.00pm rużarju mmeditat u wara quddiesa', '2016-06-23T18:00:00', ref=dt.date(2016, 6, 10), lang='mt', form='time', span='Ħamis 23 ta’ Ġunju: Fis-6.00pm'),
    c('Is-Sibt 25  ta’ Ġunju: Fis-5.45pm ‘Kantata Marjana’ mill-kor parrokkjali', '2016-06-25T17:45:00', ref=dt.date(2016, 6, 10), lang='mt', form='time', span='Sibt 25  ta’ Ġunju: Fis-5.45pm'),
    # https://www.talgilju.com/dhul/il-festa/festa-2021/
    c('Il-Ħadd, 13 ta’ Ġunju\n\n10:45am – Ħruġ privat tal-vara tal-Madonna tal-Ġilju', '2021-06-13T10:45:00', ref=dt.date(2021, 6, 1), lang='mt', form='time', span='Ħadd, 13 ta’ Ġunju\n\n10:45am'),
    c('It-Tnejn, 14 ta’ Ġunju\n\n6:30pm – Quddiesa għat-tfal tal-Parroċċa', '2021-06-14T18:30:00', ref=dt.date(2021, 6, 1), lang='mt', form='time', span='Tnejn, 14 ta’ Ġunju\n\n6:30pm'),
    # https://www.talgilju.com/dhul/il-festa/festa-madonna-tal-gilju-2022/
    c('Il-Ġimgħa 10 ta’ Ġunju 2022\n\n8.00pm – Festa Gathering 2022.', '2022-06-10T20:00:00', lang='mt', form='time', span='Ġimgħa 10 ta’ Ġunju 2022\n\n8.00pm'),
    # https://www.talgilju.com/2023/programm-tal-festa-tal-immakulata-kuncizzjoni-fl-imqabba-2023/
    c('Il-Ħadd 3 ta’ Diċembru 2023\n\n10:45am: Ħruġ min-Niċċa tal-Vara', '2023-12-03T10:45:00', lang='mt', form='time', span='Ħadd 3 ta’ Diċembru 2023\n\n10:45am'),
    # https://www.talgilju.com/2023/programm-tal-festa-tal-immakulata-kuncizzjoni-fl-imqabba-2023/ (the page's own "Diċemrbu")
    c('It-Tnejn 4 ta’ Diċemrbu 2023\n\n8:30pm: Inawgurazzjoni tal-iskeda tar-Radju Komunitarju', '2023-12-04T20:30:00', lang='mt', form='time', span='Tnejn 4 ta’ Diċemrbu 2023\n\n8:30pm'),
    # https://www.talgilju.com/2023/programm-tal-festa-tal-immakulata-kuncizzjoni-fl-imqabba-2023/
    c('Il-Ħamis 7 ta’ Diċembru 2023\n\n7:45pm: Servizz Mużikali mill-Banda Madonna tal-Ġilju f’Bormla.', '2023-12-07T19:45:00', lang='mt', form='time', span='Ħamis 7 ta’ Diċembru 2023\n\n7:45pm'),
    c('li ser ikun qiegħed ixandar sal-Ħadd 10 ta’ Diċembru 2023.', '2023-12-10', lang='mt', form='text', span='Ħadd 10 ta’ Diċembru 2023'),
    # https://www.talgilju.com/2020/festa-ghaziza-ad-unur-il-madonna-tal-gilju/
    c('Illum, 21 ta’ Ġunju 2020, huwa Jum il-Festa għażiża ad Unur il-Madonna tal-Ġilju', '2020-06-21', ref=dt.date(2020, 6, 21), lang='mt', form='text', span='21 ta’ Ġunju 2020'),
    # https://sacrocuorsliema.com/ittnax-il-hadd-tas-sena-20-ta-gunju-2021/
    c('L-Erbgħa 23 ta’ Ġunju : L-aħħar Erbgħa tal-Madonna.', '2021-06-23', ref=dt.date(2021, 6, 20), lang='mt', form='missing_year', span='Erbgħa 23 ta’ Ġunju'),
    c('Il-Ħamis 1 ta’ Lulju : It-2 Jum tat-Tridu.', '2021-07-01', ref=dt.date(2021, 6, 20), lang='mt', form='missing_year', span='Ħamis 1 ta’ Lulju'),
    # http://sanguzepp.rabatmalta.com/?page_id=132
    c('L-1 ta’ Mejju 1956: kien propju f’ dan il-jum li l-Knisja f’ Malta iċċelebrat', '1956-05-01', lang='mt', form='text', span='1 ta’ Mejju 1956'),
    c('Għalhekk is-Sibt 28 t’ April 1956 l-istatwa ta’ San Ġużepp ix-Xiħ inħarġet', '1956-04-28', lang='mt', form='text', span='Sibt 28 t’ April 1956'),
    # https://www.donegaletb.ie/2013/06/20/la-naisiunta-ceoil-national-music-day/
    c('Mar pháirt do cheiliúradh Lá Náisiúnta Ceoil amárach Dé hAoine 21ú Meitheamh tá roinnt imeachtaí', '2013-06-21', ref=dt.date(2013, 6, 20), lang='ga', form='missing_year', span='amárach'),
    c('Tráthnóna Déardaoin 20 Meitheamh – Na rannpháirtithe a ghlac páirt sa Chúrsa Samhraidh', '2013-06-20', ref=dt.date(2013, 6, 20), lang='ga', form='missing_year', span='Déardaoin 20 Meitheamh'),
    # https://issuu.com/votemerrigan/docs/fleadh_bhaile___tha_cliath_-_gaeilg
    c('Fleadh Cheoil Chontae Átha Cliath le reáchtáil i nDeilginis, 10-15 Bealtaine 2016', '2016-05-10', '2016-05-15', lang='ga', form='range', span='10-15 Bealtaine 2016'),
    c('ag an bhFleadh Cheoil in Inis, 14-22 Lúnasa 2016.', '2016-08-14', '2016-08-22', lang='ga', form='range', span='14-22 Lúnasa 2016'),
    # https://www.glornangael.ie/la-cultuir-agus-gaeilge-inis-caoin-clg/
    c('Tá lá ollmhór eagraithe ag an bpobal agus ag an gclub CLG ar an Luan, an 6ú Bealtaine, ar an bpáirc CLG sa pharóiste.', '2024-05-06', ref=dt.date(2024, 4, 20), lang='ga', form='missing_year', span='Luan, an 6ú Bealtaine'),
    # https://galwaydaily.com/gaeilge/feasta-sraide-mhaigh-cuilinn-feile-rathuil/
    c('Reachtáileadh Féasta Sraide Mhaigh Cuilinn ar an Domhnach seo atá díreach imithe, an 10ú lá de Meitheamh', '2018-06-10', ref=dt.date(2018, 6, 12), lang='ga', form='missing_year', span='10ú lá de Meitheamh'),
    # https://dobrova-polhovgradec.si/objava/773604
    c('vas vljudno vabimo na proslavo, ki bo v petek, 23. junija 2023, ob 20. uri v parku Polhograjske graščine.', '2023-06-23T20:00:00', lang='sl', form='time', span='petek, 23. junija 2023, ob 20. uri'),
    # https://1zavse.si/2026-03-04/domzalec/skupaj-za-cisto-lukovico-pridruzite-se-obcinski-cistilni-akciji/1186137
    c('V soboto, 14. marca 2026, bo med 8. in 12. uro po občini Lukovica potekala tradicionalna čistilna akcija.', '2026-03-14T08:00:00', '2026-03-14T12:00:00', lang='sl', form='time', span='soboto, 14. marca 2026, bo med 8. in 12. uro'),
    # https://dolenjskilist.svet24.si/2024/10/30/295183/novice/novice_splosno/nazdravili_jeseni/
    c('Nazdravili jeseni\n\n30.10.2024 | 13:00 | Lidija Markelj', '2024-10-30T13:00:00', lang='sl', form='time', span='30.10.2024 | 13:00'),
    # https://itvhaber.com/?p=132005
    c('Ataşehir Belediyesi tarafından 27 Ekim Pazar günü yapılacak “Geleneksel Dağ Çileği Toplama Festivali”', '2024-10-27', ref=dt.date(2024, 10, 25), lang='tr', form='missing_year', span='27 Ekim Pazar'),
    c('“Dağ Çileği Toplama Festivali” 02 Kasım Cumartesi günü saat 09.00’a ertelendi.', '2024-11-02T09:00:00', ref=dt.date(2024, 10, 25), lang='tr', form='time', span='02 Kasım Cumartesi günü saat 09.00'),
    # Mamak Belediyesi, Lalahan Sonbahar Şenliği (haberler.com)
    c("sonbahara coşkulu bir merhaba demek için 21 Eylül günü saat 19.00'da gerçekleşecek şenlik ücretsiz izlenebilecek.", '2019-09-21T19:00:00', ref=dt.date(2019, 9, 15), lang='tr', form='time', span='21 Eylül günü saat 19.00'),
    # https://www.belediye365.com/haber/pendik-memleket-gunleri-millet-bahcesinde-basliyor-196207.html
    c('Pendik Memleket Günleri Millet Bahçesi\n\nAK PARTİ 14.10.2025 18:59:27 0', '2025-10-14T18:59:27', lang='tr', form='time', span='14.10.2025 18:59:27'),
    c("Etkinliğin açılışı 17 Ekim Cuma günü saat 15.00'te gerçekleştirilecek.", '2025-10-17T15:00:00', ref=dt.date(2025, 10, 14), lang='tr', form='time', span='17 Ekim Cuma günü saat 15.00'),
    c("program, 17 Ekim-9 Kasım tarihleri arasında Pendik Millet Bahçesi'nde yapılacak.", '2025-10-17', '2025-11-09', ref=dt.date(2025, 10, 14), lang='tr', form='range', span='17 Ekim-9 Kasım'),
    # https://www.izmirkenthaber.com.tr/belediyeden-senlik-icin-ilginc-cagri-ucurtmani-almadan-gel/68849
    c('İzmir Menderes’te geleneksel hale gelen uçurtma şenliği 15 Mayıs Pazar günü Özdere Orta Mahalle’de yapılacak.', '2022-05-15', ref=dt.date(2022, 5, 10), lang='tr', form='missing_year', span='15 Mayıs Pazar'),
    c('Yayınlanma :\n10.05.2022 10:16\nGüncelleme :\n10.05.2022 10:16', '2022-05-10T10:16:00', lang='tr', form='time', span='10.05.2022 10:16'),
    c('15 Mayıs Pazar günü saat 11.00 ile 18.00 saatleri arasında Özdere Orta Mahalle Gençlik Parkında', '2022-05-15T11:00:00', '2022-05-15T18:00:00', ref=dt.date(2022, 5, 10), lang='tr', form='time', span='15 Mayıs Pazar günü saat 11.00 ile 18.00'),
    # https://karamanhabercisi.com/nallihanda-festival-11339h.htm
    c('Nallıhan Belediyesi, 6-7 Eylül tarihlerinde 1. Nallıhan Çayırhan Mahallesi Üreten Eller Festivali', '2019-09-06', '2019-09-07', ref=dt.date(2019, 9, 1), lang='tr', form='range', span='6-7 Eylül'),
    # http://www.belediyehaberleri.com.tr/haber/mudanyanin-koylerinde-senlik-ruzgari/1666
    c('MUDANYA’NIN KÖYLERİNDE ŞENLİK RÜZGARI\n  • 23 Temmuz 2018, Pazartesi 0:00', '2018-07-23T00:00:00', lang='tr', form='time', span='23 Temmuz 2018, Pazartesi 0:00'),
    c('Başkan Türkyılmaz, 11 Ağustos’ta Eğerce’de, 2 Eylül’de Güzelyalı’da ve 20 Ekim’de Tirilye’de yapılacak şenliğe', '2018-08-11', ref=dt.date(2018, 7, 23), lang='tr', form='missing_year', span='11 Ağustos'),
    # https://artukluhaber.net/haber/mamakta_palamut_festivali_basliyor-64859.html
    c('16 Ekim Pazar günü saat 14:00’te, Ankara’nın ilk millet bahçesi Üreğil Millet Bahçesi’nde düzenlenecek festivalde', '2022-10-16T14:00:00', ref=dt.date(2022, 10, 10), lang='tr', form='time', span='16 Ekim Pazar günü saat 14:00'),
    # https://nazillihavadis.com/service/amp/aydin-ve-ilce-haberleri/aydinin-en-sakin-ilcesi-pazar-gunu-herkesi-bekliyor-116069h
    c('Milli Mücadele Kahramanı Yörük Ali Efe’nin 72. ölüm yıl dönümü sebebiyle 23 Eylül Cumartesi günü Yenipazar’da', '2023-09-23', ref=dt.date(2023, 9, 20), lang='tr', form='missing_year', span='23 Eylül Cumartesi'),
])
FAILURES.extend([
    # The twenty-fourth batch's times without a date
    # https://www.donegaletb.ie/2013/06/20/la-naisiunta-ceoil-national-music-day/
    x('10.00 r.n. – Scoil Náisiúnta Naomh Proinsias, An Bearnas Mór', 'no_date', lang='ga', form='no_date'),
    # http://www.nt-rc.si/novi-tednik/danes-je-praznicno/
    x('V Nazarjah bo ob 18. uri osrednja prireditev občinskega praznika.', 'no_date', lang='sl', form='no_date'),
])
CASES.extend([
    # Issue 14, the big languages: an eighth batch (council calendars and meetings in nl,
    # sv, cs), read after every round above with no change made; see docs/dates.md.
    # https://www.echt-susteren.nl/informatieavond-voor-politieke-partijen
    c('In aanloop naar de gemeenteraadsverkiezingen van 18 maart 2026 moet er het nodige worden geregeld.', '2026-03-18', lang='nl', form='text', span='18 maart 2026'),
    c('organiseert de gemeente op woensdag 10 september 2025 een informatieavond.', '2025-09-10', lang='nl', form='text', span='woensdag 10 september 2025'),
    # https://veluwefm.nl/?p=12552
    c('In verband met de nieuwe coronamaatregelen worden alle evenementen en bijeenkomsten afgelast tot en met 6 april.', '2020-04-06', ref=dt.date(2020, 3, 13), lang='nl', form='missing_year', span='6 april'),
    c('Kijkende naar evenementen van de gemeente, dan gaat het bijvoorbeeld om de Boomfeestdag op 18 maart, de Afvalopruimdag op 21 maart', '2020-03-18', ref=dt.date(2020, 3, 13), lang='nl', form='missing_year', span='18 maart'),
    # https://d66.nl/brummen/nieuws/nieuw-laagdrempelige-raadsontmoeting/
    c('Donderdagavond 25 mei start de gemeenteraad met een nieuw en bijzonder initiatief.', '2023-05-25', ref=dt.date(2023, 5, 15), lang='nl', form='missing_year', span='25 mei'),
    # https://www.bronckhorst.nl/kom-met-ons-buurtmaken-informatieavond-nieuwe-inwoners
    c('Op 16 april zijn nieuwe inwoners van harte welkom op de informatieavond in het gemeentehuis', '2024-04-16', ref=dt.date(2024, 3, 20), lang='nl', form='missing_year', span='16 april'),
    # https://olst-wijhe.nl/agenda-algemeen/2025/3/7/kernenbezoek-elshof-op-6-maart
    c('Op donderdag 6 maart is de gemeente op bezoek op de Elshof.', '2025-03-06', ref=dt.date(2025, 3, 1), lang='nl', form='missing_year', span='donderdag 6 maart'),
    # https://www.debilt.nl/nieuwsoverzicht/startbijeenkomst-wonen
    c('Dinsdagavond 28 januari pakken inwoners en gemeentebestuur de draad weer op', '2025-01-28', ref=dt.date(2025, 1, 15), lang='nl', form='missing_year', span='28 januari'),
    c('De bijeenkomst vindt plaats op dinsdag 28 januari van 20.00 tot 22.15 uur in de Mathildezaal', '2025-01-28T20:00:00', '2025-01-28T22:15:00', ref=dt.date(2025, 1, 15), lang='nl', form='time', span='dinsdag 28 januari van 20.00 tot 22.15 uur'),
    # https://www.sigtuna.se/evenemang/evenemang/kommunfullmaktige.5.17933b616ed54804712dbc.html
    c('På grund av det låga antalet ärenden till kommunfullmäktige den 23 mars, kommer detta sammanträde att ställas in', '2020-03-23', ref=dt.date(2020, 3, 10), lang='sv', form='missing_year', span='23 mars'),
    c('Nästa KF är planerat till den 27 april.', '2020-04-27', ref=dt.date(2020, 3, 10), lang='sv', form='missing_year', span='27 april'),
    # https://docplayer.se/amp/24389463-Eva-marklund-sekreterare-lars-backstrom-kommunstyrelsen-kommunkontoret-robertsfors.html
    c('Kommunkontoret onsdagen den 21 november 2018 kl. 08:30-14:00, ajournering för lunch 12:15-13:00', '2018-11-21T08:30:00', '2018-11-21T14:00:00', lang='sv', form='time', span='onsdagen den 21 november 2018 kl. 08:30-14:00'),
    # https://malmo.se/Om-Malmo-stad/Politik-beslut-och-paverkan/Politik-och-fortroendevalda/Kommunfullmaktige/Kommunfullmaktiges-sammantraden.html
    c(' • 23 juni kl. 09.00 (onsdag) (ek.prognos)', '2021-06-23T09:00:00', ref=dt.date(2021, 1, 10), lang='sv', form='time', span='23 juni kl. 09.00'),
    c(' • 31 mars (onsdag)\n • 29 april', '2021-03-31', ref=dt.date(2021, 1, 10), lang='sv', form='missing_year', span='31 mars (onsdag)'),
    # https://www.kungsbacka.se/Kommun-och-politik/Moten-handlingar-och-protokoll/Kommunfullmaktige/motesdatum-2019/
    c(' • 5 februari\n\n  +\n\n  Dagordning publiceras här en vecka innan mötet.', '2019-02-05', ref=dt.date(2019, 1, 10), lang='sv', form='missing_year', span='5 februari'),
    # https://www.drenice.cz/plan-zasedani-zastupitelstva-ou/plan-zasedani-na-rok-2010/
    c('Plán zasedání na rok 2017\n\n4.1. 2017\n\n29.3. 2017', '2017-01-04', lang='cs', form='text', span='4.1. 2017'),
    c('29.11. 2017\n\n20. 12. 2017\n\n vždy od 19 hodin.', '2017-11-29', lang='cs', form='text', span='29.11. 2017'),
    c('-\n27.1. 2021\n-\n10.3. 2021', '2021-01-27', lang='cs', form='text', span='27.1. 2021'),
    # http://www.strelicnik.cz/category/zastupitelstvo/
    c('Archiv rubriky: Zastupitelstvo\n\n14. 12. 2018 / / Zastupitelstvo', '2018-12-14', lang='cs', form='text', span='14. 12. 2018'),
    # http://obec-hory.cz/2021/02/pozvanka-na-zasedani-zastupitelstva-obce-hory-ktere-se-bude-konat-11-2-2021-od-16-hod/
    c('POZVÁNKA na zasedání Zastupitelstva obce HORY, které se bude konat 11.2.2021 od 16 hod.', '2021-02-11T16:00:00', lang='cs', form='time', span='11.2.2021 od 16 hod.'),
    c('Z důvodu vzdání se funkce člena Zastupitelstva obce Hory ke dni 29.1.2021 se tímto svolává zasedání', '2021-01-29', lang='cs', form='text', span='29.1.2021'),
    # https://www.vysokaupribrame.cz/news/pozvanka-zasedani-zastupitelstva-obce-1/
    c('POZVÁNKA: ZASEDÁNÍ ZASTUPITELSTVA OBCE - 16. září 2014 od 19:45 hodin', '2014-09-16T19:45:00', lang='cs', form='time', span='16. září 2014 od 19:45 hodin'),
    c('08.09.2014 23:13\n\nP O Z V Á N K A', '2014-09-08T23:13:00', lang='cs', form='time', span='08.09.2014 23:13'),
    # https://www.vysokaupribrame.cz/news/pozvanka-verejne-zasedani-zastupitelstva-obce-dne-02-04-2013/
    c('které se koná v v sále místního pohostinství v úterý\n\n 2. dubna 2013 od 20:30 hodin', '2013-04-02T20:30:00', lang='cs', form='time', span='úterý\n\n 2. dubna 2013 od 20:30 hodin'),
    c(' 2. dílčí informace o hospodaření v roce 2013, k 28. 2. 2013,', '2013-02-28', lang='cs', form='text', span='28. 2. 2013'),
    # https://michalnadzitavou.sk/p-o-z-v-a-n-k-a-na-spolocne-stavanie-maja/
    c('dňa 29. apríla 2022 t.j. v piatok o 18,00 hod.', '2022-04-29T18:00:00', lang='sk', form='time', span='29. apríla 2022 t.j. v piatok o 18,00 hod.'),
    # https://www.timoradza.sk/category/obecne-akcie/
    c('30.04.2020 – Stavanie mája –', '2020-04-30', lang='sk', form='text', span='30.04.2020'),
    c('nebude možné používať na verejné ani na súkromné akcie kultúrny dom od 02.03.2020 do 30.06.2020', '2020-03-02', '2020-06-30', lang='sk', form='range', span='od 02.03.2020 do 30.06.2020'),
    # https://ttkraj.sk/v-sobotu-zavodske-bezchleba-hody
    c('Prvú prázdninovú sobotu (1.7. 2023) otvoria miestne Závodské bezchleba hody', '2023-07-01', lang='sk', form='text', span='sobotu (1.7. 2023)'),
    # http://pobedim.sk/wp/stavanie-maja-2/
    c('Kultúrno -spoločenská akcia sa uskutočnila 30. apríla 2019 a samotné postavanie mája', '2019-04-30', lang='sk', form='text', span='30. apríla 2019'),
    # https://www.vysnykubin.sk/clanok/trojicne-slavnosti-106-1162017
    c('Trojičné slávnosti 10.6-11.6.2017', '2017-06-10', '2017-06-11', lang='sk', form='range', span='10.6-11.6.2017'),
    c('Tradičné trojičné slávnosti sa v našej obci konali v dňoch 10.6.-11.6.2017.', '2017-06-10', '2017-06-11', lang='sk', form='range', span='10.6.-11.6.2017'),
    c('V sobotu dňa 10.6.2017 prebiehala hasičská súťaž z rôznych okolitých obcí', '2017-06-10', lang='sk', form='text', span='10.6.2017'),
    # https://mykysuce.sme.sk/c/1639875/gurmani-si-dobre-omastia-brusko.html
    c('Podujatie sa začne v piatok 11. júna o 15.30 otvorením výstavy v kultúrnom dome', '2010-06-11T15:30:00', ref=dt.date(2010, 6, 1), lang='sk', form='time', span='piatok 11. júna o 15.30'),
    c('Slávnostnou hodovou svätou omšou v nedeľu 13. júna o 9.30 prejde oslava do tretieho dňa.', '2010-06-13T09:30:00', ref=dt.date(2010, 6, 1), lang='sk', form='time', span='nedeľu 13. júna o 9.30'),
    # https://radiong.hr/?p=403597
    c('Proslava se nastavlja i u ponedjeljak 12. kolovoza kada će se održati tradicionalni robni i stočni sajam', '2024-08-12', ref=dt.date(2024, 8, 10), lang='hr', form='missing_year', span='ponedjeljak 12. kolovoza'),
    # https://tzosvetanedelja.hr/en/?p=1012377
    c('Datum: 11.10.2024.', '2024-10-11', lang='hr', form='text', span='11.10.2024'),
    c('u SRIJEDU 16.10.2024.', '2024-10-16', lang='hr', form='text', span='SRIJEDU 16.10.2024'),
    # http://www.antenazadar.hr/clanak/2016/05/1000-cvjetova-za-posedarje-sestu-godinu-za-redom/
    c('Ove subote zato put pod noge i 21. svibnja s početkom u 10 sati budite u Posedarju', '2016-05-21T10:00:00', ref=dt.date(2016, 5, 18), lang='hr', form='time', span='21. svibnja s početkom u 10 sati'),
    # https://www.mojportal.hr/aktualno/iz-opcine-sirac-pozivaju-mjestane-na-povorku-sjecanja-turnir-ulica-i-besplatan-grah/
    c('Sutra, 05. kolovoza u 9 sati bit će okupljanje pred Hrvatskim domom u Siraču', '2023-08-05T09:00:00', ref=dt.date(2023, 8, 4), lang='hr', form='time', span='05. kolovoza u 9 sati'),
    c('Idućeg dana, 06. kolovoza održat će se Turnir siračkih ulica.', '2023-08-06', ref=dt.date(2023, 8, 4), lang='hr', form='missing_year', span='06. kolovoza'),
    # https://infopleven.com/ (Долни Дъбник, Деня на българската община)
    c('С празничен концерт ще отбележи Община Долни Дъбник Деня на българската община, който е на 12 октомври.', '2023-10-12', ref=dt.date(2023, 10, 5), lang='bg', form='missing_year', span='12 октомври'),
    # https://www.marica.bg/region/kuklen/otlagat-proverkata-zarq-v-kuklen-za-septemvri
    c('Община Куклен уведомява, че обявеното за 3 юли събитие с проверка- заря се отлага за месец септември.', '2021-07-03', ref=dt.date(2021, 6, 28), lang='bg', form='missing_year', span='3 юли'),
    c('На 01.07. Негово Високопреосвещенство Пловдивския Митрополит Николай ще отслужи молебен', '2021-07-01', ref=dt.date(2021, 6, 28), lang='bg', form='missing_year', span='01.07.'),
    c('В дните от 01.07.- 02.07.2021 г. киномания ще завладее Куклен', '2021-07-01', '2021-07-02', lang='bg', form='range', span='от 01.07.- 02.07.2021 г.'),
    c('На 03.07.2021 г. ще се проведе и крос под надслов', '2021-07-03', lang='bg', form='text', span='03.07.2021 г.'),
    c('На 08.07. от 17.30 Музикална школа“ Музичко“ ще поздрави гражданите', '2021-07-08T17:30:00', ref=dt.date(2021, 6, 28), lang='bg', form='time', span='08.07. от 17.30'),
    # https://bta.bg/bg/news/bulgaria/oficial-messages/regional/679919-obshtina-kavarna-rakovski-shte-otbelezhi-praznika-na-seloto-s-bogata-praznichna
    c('На 3 юни 2024г в село Раковски ще се проведе традиционния събор на селото.', '2024-06-03', lang='bg', form='text', span='3 юни 2024'),
    # https://www.bta.bg/bg/news/bulgaria/oficial-messages/900349-obshtina-stara-zagora-selo-kazanka-posreshta-gosti-za-traditsionniya-si-sabor
    c('Тържеството ще се състои на 8 юни 2025 г. от 11.00 ч. на централния площад на селото.', '2025-06-08T11:00:00', lang='bg', form='time', span='8 юни 2025 г. от 11.00 ч.'),
    c('Към 14:57 на 31.05.2025 Новините от днес', '2025-05-31T14:57:00', lang='bg', form='time', span='14:57 на 31.05.2025'),
    # https://dariknews.bg/regioni/pleven/praznichen-koncert-i-syzdavane-na-naj-dylgata-risunka-1-iuni-v-gradskata-gradina-2099651
    c('На 1 юни  - Деня на детето, от 11:00 часа в Градската градина в Плевен', '2015-06-01T11:00:00', ref=dt.date(2015, 5, 28), lang='bg', form='time', span='1 юни  - Деня на детето, от 11:00 часа'),
    # https://convert.topnovini.bg/novini/714486-s-bogata-programa-obshtina-kuklen-praznuva-15-godishninata-ot-uchredyavaneto-si
    c('10:56, 25 юни 16', '2016-06-25T10:56:00', lang='bg', form='time'),
    # https://www.novinite.bg/articles/163236/Lyatna-kulturna-programa-na-otkrito-v-Sofiya
    c('1 юли, неделя, 11.00 ч. – „Веселият Слънчолюбчо” – Детско шоу с актьора Дечко Чунтов', '2018-07-01T11:00:00', ref=dt.date(2018, 6, 25), lang='bg', form='time', span='1 юли, неделя, 11.00 ч.'),
    c('12 юли, четвъртък, 18.30 ч. – Концерт на Представителния духов оркестър при Академията на МВР', '2018-07-12T18:30:00', ref=dt.date(2018, 6, 25), lang='bg', form='time', span='12 юли, четвъртък, 18.30 ч.'),
    # https://stzagora.net/2021/07/26/ (Културен афиш 26 юли – 1 август 2021 г.)
    c('Културен афиш 26 юли – 1 август 2021 г., Община Стара Загора', '2021-07-26', '2021-08-01', lang='bg', form='range', span='26 юли – 1 август 2021 г.'),
    c('27 юли /вторник/ \n\nЛятна програма 2021 „Създай. Играй. Прочети. Научи”.', '2021-07-27', ref=dt.date(2021, 7, 26), lang='bg', form='missing_year', span='27 юли'),
    # https://387902.90bau.group/r/montana/832741-edin-mesets-otbelyazvat-vav-varshets-praznika-na-kurorta-mineralnata-voda-i-balkana
    c('19 юли /петък/ 21.00 ч. Лятно кино – прожекция на филма', '2019-07-19T21:00:00', ref=dt.date(2019, 7, 14), lang='bg', form='time', span='19 юли /петък/ 21.00 ч.'),
    c('13:30, 14 юли 19 / Култура 25 2519 Шрифт:', '2019-07-14T13:30:00', lang='bg', form='time', span='13:30, 14 юли 19'),
    c('В шест вечери, с начало 19 юли, ще има безплатно лятно кино на открито', '2019-07-19', ref=dt.date(2019, 7, 14), lang='bg', form='missing_year', span='19 юли'),
    c('предвидени конни състезания за купата на община Вършец (28 юли), пленер по живопис', '2019-07-28', ref=dt.date(2019, 7, 14), lang='bg', form='missing_year', span='28 юли'),
    # http://www.old.bta.bg/bg/c/BO/id/2052296
    c('BOBSTH 21:00:01 27-07-2019\nGI2025BO.013 21:00', '2019-07-27T21:00:01', lang='bg', form='time', span='21:00:01 27-07-2019'),
    c('Предстоящи събития на 28 юли:', '2019-07-28', ref=dt.date(2019, 7, 27), lang='bg', form='missing_year', span='28 юли'),
])
FAILURES.extend([
    # https://olst-wijhe.nl/agenda-algemeen/2025/3/7/kernenbezoek-elshof-op-6-maart
    x('Iedereen is van harte welkom om 20.00 in het buurthuis op de Elshof.', 'no_date', lang='nl', form='no_date'),
])
CASES.extend([
    # Issue 14, the big languages: a ninth batch (agendas and council calendars in pt, es,
    # fr), read with every earlier fix: 24/27 before its round; see docs/dates.md.
    # https://www.cm-santiagocacem.pt/calendario/categoria/cultura/2025-09
    c('A Feira do Monte, de 5 a 7 de setembro, volta a ser o grande destaque.', '2025-09-05', '2025-09-07', ref=dt.date(2025, 9, 1), lang='pt', form='range', span='de 5 a 7 de setembro'),
    c('Está patente de 5 a 20 de setembro, no Museu Municipal de Santiago do Cacém, a exposição de pintura', '2025-09-05', '2025-09-20', ref=dt.date(2025, 9, 1), lang='pt', form='range', span='de 5 a 20 de setembro'),
    c('Inauguração dia 5 de setembro às 16h30. Endre Bartos foi um artista húngaro', '2025-09-05T16:30:00', ref=dt.date(2025, 9, 1), lang='pt', form='time', span='5 de setembro às 16h30'),
    c('Realiza-se no dia 13 de setembro, às 16h00, na Biblioteca Municipal Manuel da Fonseca', '2025-09-13T16:00:00', ref=dt.date(2025, 9, 1), lang='pt', form='time', span='13 de setembro, às 16h00'),
    c('O tema escolhido para este ano do Alvalade Medieval é "As Lavadeiras" , que decorrerá entre os dias 19 e 21 de setembro, em Alvalade.', '2025-09-19', '2025-09-21', ref=dt.date(2025, 9, 1), lang='pt', form='range', span='entre os dias 19 e 21 de setembro'),
    # https://issuu.com/artesgraficascmsantarem/docs/santar_magenda_jan2019
    c('02 a 18 jan. | EXPOSIÇÕES\n\nExposições na Biblioteca 2018 em revista', '2019-01-02', '2019-01-18', ref=dt.date(2019, 1, 1), lang='pt', form='range', span='02 a 18 jan.'),
    c('com uma mostra de reservados e objetos contemporâneos do marketing literário pessoano e queirosiano. Até 08 de janeiro.', '2019-01-08', ref=dt.date(2019, 1, 1), lang='pt', form='missing_year', span='08 de janeiro'),
    # https://culturadeborla.blogs.sapo.pt/2022/05/16/
    c('No dia 18 de maio, às 20h00, participe na Visita Encenada “Pelas Gotas da Água”', '2022-05-18T20:00:00', ref=dt.date(2022, 5, 16), lang='pt', form='time', span='18 de maio, às 20h00'),
    c('As comemorações prosseguem no dia 21 de maio, com a Conferência', '2022-05-21', ref=dt.date(2022, 5, 16), lang='pt', form='missing_year', span='21 de maio'),
    # https://www.radioalenquer.pt/culturalmente-19/
    c('-Até 31 de Maio estará patente na Biblioteca Municipal de Alenquer a exposição “Paisagens Controladas”', '2022-05-31', ref=dt.date(2022, 5, 20), lang='pt', form='missing_year', span='31 de Maio'),
    # https://culturadeborla.blogs.sapo.pt/2024/11/26/
    c('É inaugurada na quinta-feira, 28 de novembro, a exposição ‘74 x Caldas Uma ideia clara?', '2024-11-28', ref=dt.date(2024, 11, 26), lang='pt', form='missing_year', span='quinta-feira, 28 de novembro'),
    c('A exposição, integrada na Agenda Cultural do IPLeiria, pode ser visitada até ao dia 3 de março de 2025', '2025-03-03', lang='pt', form='text', span='3 de março de 2025'),
    # https://jornaldemafra.pt/eventos-para-o-fim-de-semana-de-23-a-25-de-marco/
    c('Eventos para o Fim de Semana de 23 a 25 de Março nos concelhos de Mafra, Sintra', '2018-03-23', '2018-03-25', ref=dt.date(2018, 3, 20), lang='pt', form='range', span='de 23 a 25 de Março'),
    c('Palácio Nacional de Mafra\nPatente até 31 de Maio', '2018-05-31', ref=dt.date(2018, 3, 20), lang='pt', form='missing_year', span='31 de Maio'),
    # http://boacamaboamesa.expresso.sapo.pt/boa-vida/2017-06-30-Borlas-Comecar-julho-sem-gastar-um-centimo
    c('voltam a ser gratuitas a partir de domingo, dia 2 de julho, data em que estes espaços culturais', '2017-07-02', ref=dt.date(2017, 6, 30), lang='pt', form='missing_year', span='domingo, dia 2 de julho'),
    # https://alcazardesanjuan.com/el-consejo-municipal-de-integracion-celebra-el-dia-de-las-personas-con-discapacidad-con-un-acto-institucional-este-miercoles
    c('El municipio se prepara para un importante evento este miércoles 3 de diciembre a las 17:30 horas en el Museo de Paleontología', '2025-12-03T17:30:00', ref=dt.date(2025, 12, 1), lang='es', form='time', span='miércoles 3 de diciembre a las 17:30 horas'),
    # https://guiadecadiz.com/es/agenda/marzo/2023/jose-hinojo
    c('- Localidad: Prado del Rey\n- Fecha: 25/03/2023 - 23/04/2023\n- Horario:', '2023-03-25', '2023-04-23', lang='es', form='range', span='25/03/2023 - 23/04/2023'),
    # https://daimiel.es/es/tag/fotografias
    c('Podrá visitarse del 23 al 30 de agosto y también el 3 de septiembre de 10:00 a 14:00 horas.', '2023-08-23', '2023-08-30', ref=dt.date(2023, 8, 20), lang='es', form='range', span='del 23 al 30 de agosto'),
    # https://villadelrio.es/reapertura-de-la-exposiciones-en-el-museo-historico-municipal-casa-de-las-cadenas
    c("El Museo Histórico Municipal 'Casa de las Cadenas', desde hoy y hasta el próximo día 12 de febrero, vuelve a acoger", '2021-02-01', '2021-02-12', ref=dt.date(2021, 2, 1), lang='es', form='range', span='desde hoy y hasta el próximo día 12 de febrero'),
    # https://diversaonline.es/las-actividades-con-motivo-del-dia-de-los-museos-copan-la-actividad-cultural-de-la-proxima-semana/
    c('“Idas y venidas” del proyecto “Un barrio de tod@s”, que estará en el Museo Municipal hasta el 28 de este mes', '2021-05-28', ref=dt.date(2021, 5, 14), lang='es', form='missing_year', span='28 de este mes'),
    # https://saintjeansurreyssouze.fr/le-calendrier-des-seances/
    c('28 mars 2023 à 20 h 00\n\n25 avril 2023 à 20 h 30', '2023-03-28T20:00:00', lang='fr', form='time', span='28 mars 2023 à 20 h 00'),
    # http://www.lavilledieudutemple.fr/vie-de-la-commune/les-comptes-rendus-2019/seance-du-12-decembre/
    c('SEANCE DU 12 DECEMBRE 2019\n\nPrésents : Tous les Conseillers', '2019-12-12', lang='fr', form='text', span='12 DECEMBRE 2019'),
    c('L’assemblée décide, à l’unanimité de ses membres, d’appliquer les tarifs suivants à compter du 1er janvier 2020 :', '2020-01-01', lang='fr', form='text', span='1er janvier 2020'),
    # http://doczz.fr/doc/427337/proces-verbal-de-la-reunion-du-conseil-municipal
    c('PROCES VERBAL DE LA REUNION\nDU CONSEIL MUNICIPAL\nVENDREDI 2 OCTOBRE 2015 à 20 heures\nSalle du Conseil Municipal', '2015-10-02T20:00:00', lang='fr', form='time', span='VENDREDI 2 OCTOBRE 2015 à 20 heures'),
    c('Approuve par 27 Voix Pour le procès-verbal du Conseil Municipal du 4 septembre 2015 et\ndu 23 septembre 2015.', '2015-09-04', lang='fr', form='text', span='4 septembre 2015'),
    c('La fête de la Science, dont un des moments se déroulera à Saint Denis Lès Bourg le\nsamedi 3 octobre 2015, à 20h, avec une projection sur le mur de l’école.', '2015-10-03T20:00:00', lang='fr', form='time', span='samedi 3 octobre 2015, à 20h'),
    # https://bidasoa.hitza.eus/arloak/udatxao/
    c('Hilaren 21n Sarjia parkean egingo den jaialdiarekin itxiko da udako kultur agenda.', '2023-08-21', ref=dt.date(2023, 8, 10), lang='eu', form='missing_year', span='Hilaren 21n'),
    # https://xiberokobotza.org/berriak/kultura/4989-lakarri-neguebuerueko-sueak-urteko-eguenik-llabuerrenean
    c('Hebentik alkarteak ondoko asteazkenean, abentüaren 28 an ipuin kuntatze gaüaldi bat proposatzen deizüe.', '2022-12-28', ref=dt.date(2022, 12, 20), lang='eu', form='missing_year', span='asteazkenean, abentüaren 28'),
    # https://bidasoa.hitza.eus/2015/06/09/irungo-jaien-egitarauan-104-jarduera-ia-denak-kalean
    c('Orotara, hilaren 20tik uztailaren 1era 104 jarduera izango dira hirian', '2015-06-20', '2015-07-01', ref=dt.date(2015, 6, 9), lang='eu', form='range', span='hilaren 20tik uztailaren 1era'),
    c('Juanma Garate txirrindulari profesional ohiaren agurrarekin hilaren 23an hasi.', '2015-06-23', ref=dt.date(2015, 6, 9), lang='eu', form='missing_year', span='hilaren 23an'),
    # https://zubizahar.eus/eu/node/726
    c('URRIAK 31 ARIMEN GAUA Itzalitako kalabazak argitzeko sasoia\n17:00 / Gaztelekuan, makillaje tailerra', '2023-10-31', ref=dt.date(2023, 10, 20), lang='eu', form='missing_year', span='URRIAK 31'),
    # https://aiurri.eus/urnieta/1665424820753-kulturarteko-jaia-izango-da-larunbatean-etxeberri-plazan
    c('Aiurri 2022ko urr. 10a, 19:50', '2022-10-10T19:50:00', lang='eu', form='time', span='2022ko urr. 10a, 19:50'),
    c('kulturarteko jaia antolatu du Etxeberri auzo elkarteak, urriaren 15ean, larunbatarekin.', '2022-10-15', ref=dt.date(2022, 10, 10), lang='eu', form='missing_year', span='urriaren 15ean'),
    # https://radiollodio.com/2022/09/23/el-gune-ibiltaria-de-la-nueva-edicion-euskaraldia-estara-manana-en-llodio/
    c('Actualizada septiembre 23rd, 2022 a las 19:35', '2022-09-23T19:35:00', lang='es', form='time', span='septiembre 23rd, 2022 a las 19:35'),
    c('Saturday 27 de July del 2024', '2024-07-27', lang='es', form='text'),
    c('Hoy viernes 23, de 17:00 a 20:00 horas, estará instalado el “Gune Ibiltaria”', '2022-09-23T17:00:00', '2022-09-23T20:00:00', ref=dt.date(2022, 9, 23), lang='es', form='time', span='viernes 23, de 17:00 a 20:00 horas'),
    # https://edruva.lv/sabiedriba/valkas-pagasts-atzimes-105-gadu-jubileju/
    c('13. jūnijā Valkas pagasta saieta namā “Lugažu muiža” tiks atzīmēta Valkas pagasta 105.gadu jubileja', '2024-06-13', ref=dt.date(2024, 6, 5), lang='lv', form='missing_year', span='13. jūnijā'),
    # https://www.estars.lv/print/?mode=news&objID=44627
    c('LUBĀNAS novada iedzīvotāji un viesi 4. jūlijā tiek aicināti uz svētku dienu Aiviekstes krastos', '2020-07-04', ref=dt.date(2020, 6, 30), lang='lv', form='missing_year', span='4. jūlijā'),
    c('emocijām bagātus pasākumus.\n\n\n30.06.2020.', '2020-06-30', lang='lv', form='text', span='30.06.2020'),
    # https://old.aluksniesiem.lv/kultura-un-izklaide/rit-ziemera-pagasta-svetki-68266
    c('Vasarai aizejot, 31. augustā Māriņkalnā, tiks svinēti Ziemera pagasta svētki', '2019-08-31', ref=dt.date(2019, 8, 30), lang='lv', form='missing_year', span='31. augustā'),
    # http://n.jekabpilsnovads.lv/?paged=2&cat=11
    c('Stārķīša svētki Kaldabruņā – piektdien, 26. Augustā, pl. 12:00', '2016-08-26T12:00:00', ref=dt.date(2016, 8, 20), lang='lv', form='time', span='piektdien, 26. Augustā, pl. 12:00'),
    # https://old.aluksniesiem.lv/citas-zinas/alsviku-zeltinu-ilzenes-pagastu-draudzibas-svetki-mus-vieno-melnupe-6174
    c('9. jūlijā  Alsviķu, Zeltiņu, Ilzenes pagastu draudzības svētku „Mūs vieno Melnupe”.', '2016-07-09', ref=dt.date(2016, 7, 1), lang='lv', form='missing_year', span='9. jūlijā'),
    # https://www.skrunda.lv/lv/parvalde/sabiedriba/sabiedribas-lidzdaliba-/ieligosanas-pasakumi-skrundas-novada/
    c('Vasaras saulgriežus Skrundas novadā ielīgot varēs jau no 21. jūnija.', '2019-06-21', ref=dt.date(2019, 6, 10), lang='lv', form='missing_year', span='21. jūnija'),
    c('22. jūnijā no plkst. 10.00 Pie Skrundas muižas Mājražotāju tirdziņš.', '2019-06-22T10:00:00', ref=dt.date(2019, 6, 10), lang='lv', form='time', span='22. jūnijā no plkst. 10.00'),
    # https://sz.lv/kategorijas/zinas/raksti/4844-valsts-svetku-pasakumi-rajona
    c('SALDŪ 18. novembrī plkst. 14 kultūras centrā svētku koncerts (bez maksas).', '2008-11-18T14:00:00', ref=dt.date(2008, 11, 1), lang='lv', form='time', span='18. novembrī plkst. 14'),
    c('BROCĒNOS 16. novembrī plkst. 18 kultūras namā klubs "Kontakts".', '2008-11-16T18:00:00', ref=dt.date(2008, 11, 1), lang='lv', form='time', span='16. novembrī plkst. 18'),
    # https://www.etaplius.lt/pakruojyje-organizuojamas-renginys-skirtas-valstybes-dienai
    c('Kultūra2020 m. Birželio 30 d. 14:31', '2020-06-30T14:31:00', lang='lt', form='time', span='2020 m. Birželio 30 d. 14:31'),
    # https://etaplius.lt/naujiena/ruosiantis-renginiu-ciklui-miesto-jubiliejau-proga-susaukta-darbo-grupe
    c('Jau liepos 21-25 dienomis.', '2020-07-21', '2020-07-25', ref=dt.date(2020, 6, 15), lang='lt', form='range', span='liepos 21-25'),
    # https://new.etaplius.lt/naujiena/gargzdai-kviecia-mineti-baltijos-kelio-35iu-metu-sukakti-programa-314502
    c('Dieną prieš, rugpjūčio 22-ąją, Gargždų krašto muziejus pristatys fotomenininko parodą', '2024-08-22', ref=dt.date(2024, 8, 20), lang='lt', form='missing_year', span='rugpjūčio 22-ąją'),
    # https://beta.ve.lt/naujienos/kultura/renginiai/kurortas-kviecia-atvykti-i-senovine-ugnies-nakti-1732483
    c('Vienybės ir draugystės laužai bus įžiebti rugpjūčio 31 d. 20.30 val.', '2019-08-31T20:30:00', ref=dt.date(2019, 8, 28), lang='lt', form='time', span='rugpjūčio 31 d. 20.30 val.'),
    # https://www.estars.lv/print/?mode=news&objID=44627
    c('to var izdarīt līdz 1. jūlijam, pieteikumu brīvā formā sūtot uz e-pastu', '2020-07-01', ref=dt.date(2020, 6, 30), lang='lv', form='missing_year', span='1. jūlijam'),
    # http://n.jekabpilsnovads.lv/?paged=2&cat=11
    c('* No 30. jūlija var apskatīt fotogrāfiju izstādi', '2016-07-30', ref=dt.date(2016, 8, 20), lang='lv', form='missing_year', span='30. jūlija'),
    # https://new.etaplius.lt/naujiena/gargzdai-kviecia-mineti-baltijos-kelio-35iu-metu-sukakti-programa-314502
    c('Paroda bus eksponuojama iki rugpjūčio 31 d., o jos atidarymo metu bus galima pabendrauti', '2024-08-31', ref=dt.date(2024, 8, 20), lang='lt', form='missing_year', span='rugpjūčio 31 d.'),
    # http://www.saartehaal.ee/2017/06/27/uleskutse-saame-kokku-mustjalas/
    c('Mustjala küla II kokkutulek külaseltsi eestvedamisel toimub Mustjala kõlakoja platsil laupäeval, 15. juulil. Kokkutulek algab kell 16.', '2017-07-15T16:00:00', ref=dt.date(2017, 6, 27), lang='et', form='time', span='laupäeval, 15. juulil. Kokkutulek algab kell 16'),
    # https://sonumitooja.ee/kuusalu-valla-aastapaeva-korraldab-kolgakula-selts/
    c('Vallavalitsus otsustas 9. augusti istungil, et Kolgaküla Selts tunnistatakse konkursi võitjaks.', '2021-08-09', ref=dt.date(2021, 8, 20), lang='et', form='missing_year', span='9. augusti'),
    # https://kautjalapatika.ee/projektid/kuladepaev-2021-patikal
    c('Rae valla 18. küladepäev toimub 31. juulil 2021 Patikal Kure koplis.', '2021-07-31', lang='et', form='text', span='31. juulil 2021'),
    # https://sonumitooja.ee/arukulas-kais-maal-elamise-paeval-rahvastikuminister/
    c('Laupäeval, 26. septembril toimus Eesti Külaliikumise Kodukant algatusel teist aastat Maal Elamise Päev', '2020-09-26', ref=dt.date(2020, 9, 30), lang='et', form='missing_year', span='Laupäeval, 26. septembril'),
    # https://sonumitooja.ee/kuusalu-valla-aastapaevamatk/
    c('korraldavad Kuusalu valla traditsioonilise aastapäevapeo asemel tänavu aastapäevamatka, mis toimub pühapäeval, 10. oktoobril.', '2021-10-10', ref=dt.date(2021, 9, 30), lang='et', form='missing_year', span='pühapäeval, 10. oktoobril'),
    # https://www.kivijarvi.fi/tapahtumat/moottorisaha-soikoon-kulttuurifestivaali-29-306?page=2
    c('Moottorisaha soikoon kulttuurifestivaali 29.-30.6', '2019-06-29', '2019-06-30', ref=dt.date(2019, 6, 1), lang='fi', form='range', span='29.-30.6'),
    c('Ti 08.07\nklo 15:00\nTi 8.7 klo 15.00\nOravanpyörä', '2025-07-08T15:00:00', ref=dt.date(2025, 7, 1), lang='fi', form='time', span='Ti 08.07\nklo 15:00'),
    c('La 12.07\nklo 12:30\nKeitto, leivät ja juomat sekä pullakahvit.', '2025-07-12T12:30:00', ref=dt.date(2025, 7, 1), lang='fi', form='time', span='La 12.07\nklo 12:30'),
    # https://www.iitti.fi/blog/ajankohtaista/kesakausala-tuo-7-6-torille-ohjelmaa-ja-iloa-lauantaitori-tekee-tilaa-tapahtumalle
    c('Perinteistä KesäKausalaa vietetään Kausalan torilla (Torikatu 1, Kausala) lauantaina 7.6.2025 klo 10–14.', '2025-06-07T10:00:00', '2025-06-07T14:00:00', lang='fi', form='time', span='lauantaina 7.6.2025 klo 10–14'),
    # https://miapetra.fi/kalenteri/kesajuhla-ruissalon-kansanpuistossa/
    c('Ruissalon Kansanpuiston kesäjuhlassa su 19.5. klo 13. Kelin pakottaessa ollaan vanhassa tanssisalissa', '2019-05-19T13:00:00', ref=dt.date(2019, 5, 10), lang='fi', form='time', span='19.5. klo 13'),
    # http://www.lohjansaaristo.fi/tapahtumat/kesatorit-alkavat-la-8-6/
    c('Muutamia poikkeuksia sääntöön tekevät juhannustanssilauantai 22. kesäkuuta, jolloin huilataan kokonaan', '2024-06-22', ref=dt.date(2024, 5, 30), lang='fi', form='missing_year', span='22. kesäkuuta'),
    # the market of that day "lasts an hour longer than usual, that is 10-14": its hours
    c('sekä Saaristopäivien teematori 27. heinäkuuta, mikä kestää tunnin tavallista pidempään eli klo 10-14.', '2024-07-27T10:00:00', '2024-07-27T14:00:00', ref=dt.date(2024, 5, 30), lang='fi', form='time', span='27. heinäkuuta, mikä kestää tunnin tavallista pidempään eli klo 10-14'),
    c('Viimeinen kesätori on 10.8. ja tänä vuonna sadonkorjuutori pidetäänkin 14. syyskuuta', '2024-08-10', ref=dt.date(2024, 5, 30), lang='fi', form='missing_year', span='10.8.'),
    c('27.7. Saaristopäivien tori klo 10-14', '2024-07-27T10:00:00', '2024-07-27T14:00:00', ref=dt.date(2024, 5, 30), lang='fi', form='time'),
    # https://sastamala.fi/uutiset/vammalan-torin-avajaisia-juhlitaan-keskiviikkona-21-6-klo-9-11/
    c('Vammalan torin avajaisia juhlitaan keskiviikkona 21.6. klo 9 – 11', '2023-06-21T09:00:00', '2023-06-21T11:00:00', ref=dt.date(2023, 6, 10), lang='fi', form='time', span='keskiviikkona 21.6. klo 9 – 11'),
    # https://www.pielavesi-keitele.fi/torilauantaita-ja-maalaismarkkinoita-luvassa-viikonloppuna/
    c('Huomenna 1. elokuuta torilauantain vetovastuussa on Helluntaiseurakunta kello 9-13.', '2020-08-01T09:00:00', '2020-08-01T13:00:00', ref=dt.date(2020, 7, 31), lang='fi', form='time', span='1. elokuuta torilauantain vetovastuussa on Helluntaiseurakunta kello 9-13'),
    # https://www.iijokiseutu.fi/pudasjarven-torin-kesa-kaynnistyy-torille-on-pyyde/4669305
    c('Pudasjärven torin avajaisia vietetään torstaina 9. kesäkuuta.', '2022-06-09', ref=dt.date(2022, 6, 1), lang='fi', form='missing_year', span='torstaina 9. kesäkuuta'),
    # https://radiokrka.svet24.si/clanek/novice/obcina-mirna-pec-praznuje-1066777
    c('Čas objave:\n16.06.2023 08:32', '2023-06-16T08:32:00', lang='sl', form='time', span='16.06.2023 08:32'),
    # https://www.dlib.si/stream/URN:NBN:SI:doc-R4FQPALK/ed304728-6ca4-4c4a-9ce5-3cd7708d0bc6/TEXT
    c('Prireditve bodo: 23. junija ob 20. uri — Predavanji z diapozitivi', '1980-06-23T20:00:00', ref=dt.date(1980, 6, 1), lang='sl', form='time', span='23. junija ob 20. uri'),
    c('26. junija ob 19.30 uri — Mladost pred sodiščem', '1980-06-26T19:30:00', ref=dt.date(1980, 6, 1), lang='sl', form='time', span='26. junija ob 19.30 uri'),
    c('od 25. do 28. junija — Razstava likovnih in drugih izdelkov učencev', '1980-06-25', '1980-06-28', ref=dt.date(1980, 6, 1), lang='sl', form='range', span='od 25. do 28. junija'),
    # http://www.festakuncizzjonihamrun.com/festa2016.htm
    c('Il-Ġimgħa 24 ta’ Ġunju: Fis-6.00pm rużarju mmeditat u wara quddiesa minn Dun Charles Bugeja', '2016-06-24T18:00:00', ref=dt.date(2016, 6, 10), lang='mt', form='time', span='Ġimgħa 24 ta’ Ġunju: Fis-6.00pm'),
    c('It-Tnejn 27 ta’ Ġunju: Fis-6.00pm purċissjoni bl-istatwa tal-Madonna', '2016-06-27T18:00:00', ref=dt.date(2016, 6, 10), lang='mt', form='time', span='Tnejn 27 ta’ Ġunju: Fis-6.00pm'),
    c("It-Tlieta 28 ta' Ġunju: Fis-6.00pm rużarju mmeditat u wara quddiesa", '2016-06-28T18:00:00', ref=dt.date(2016, 6, 10), lang='mt', form='time', span="Tlieta 28 ta' Ġunju: Fis-6.00pm"),
    c('L-Erbgħa 29 ta’Ġunju: Fis-6.00pm rużarju mmeditat u wara quddiesa bis-sehem tal-għaqdiet', '2016-06-29T18:00:00', ref=dt.date(2016, 6, 10), lang='mt', form='time', span='Erbgħa 29 ta’Ġunju: Fis-6.00pm'),
    c('Il-Ħamis 30 ta’ Ġunju: Fis-6.00pm rużarju mmeditat u quddiesa', '2016-06-30T18:00:00', ref=dt.date(2016, 6, 10), lang='mt', form='time', span='Ħamis 30 ta’ Ġunju: Fis-6.00pm'),
    # http://www.xaghra.com/article/2017/04/programm-ta-attivitajiet-fl-okkazjoni-ta-jum-il-lokalita-2017/
    c('Il-Ġimgħa 28 ta’ April: Tifkira tat-329 Anniversarju mit-Twaqqif tal-Parroċċa.', '2017-04-28', ref=dt.date(2017, 4, 20), lang='mt', form='missing_year', span='Ġimgħa 28 ta’ April'),
    c('Il-Ħadd 30 ta’ April:\n\nMit-8.00am sal-11.30am: Tinżamm edizzjoni oħra tal-Maratona', '2017-04-30T08:00:00', '2017-04-30T11:30:00', ref=dt.date(2017, 4, 20), lang='mt', form='time', span='Ħadd 30 ta’ April:\n\nMit-8.00am sal-11.30am'),
    # https://www.tvm.com.mt/mt/djarju247/hal-luqa-jiccelebraw-il-festa-liturgika-tasal-lura-statwa-ta-santandrija-mill-awstralja/
    c('Il-qofol ta’ din l-festa liturġika jintlaħaq nhar il-Ġimgħa 30 ta’ Novembru. F’nofsinhar tinżam l-ikla', '2018-11-30', ref=dt.date(2018, 11, 20), lang='mt', form='missing_year', span='Ġimgħa 30 ta’ Novembru'),
    # http://kercemgozo.com/stlucy_details.asp?id=WFQ=
    c("Din is-sena bhal snin ohra, nhar il-Hadd  11 t'Ottubru 2015 giet iccellebrata l-festa", '2015-10-11', lang='mt', form='text', span="Hadd  11 t'Ottubru 2015"),
    # http://www.xaghra.com/article/2017/06/tifkira-tal-irvellijiet-tas-sette-giugno-3/
    c('Nhar l-Erbgħa 7 ta’ Ġunju 2017, Festa Nazzjonali tas-Sette Giugno', '2017-06-07', lang='mt', form='text', span='Erbgħa 7 ta’ Ġunju 2017'),
    # http://sanguzepp.rabatmalta.com/?page_id=132
    c('It-tlieta 1 ta’ Mejju sa minn kmieni wara nofsinhar il-Fosos tal-Furjana', '1956-05-01', ref=dt.date(1956, 4, 28), lang='mt', form='missing_year', span='tlieta 1 ta’ Mejju'),
    # https://www.housing.gov.ie/ga/taispeantas-ar-cead-bliain-fiche-de-dhaonlathas-aitiuil
    c('Comhairle Contae Chiarraí: 21 Deireadh Fómhair - 04 Samhain 2019', '2019-10-21', '2019-11-04', lang='ga', form='range', span='21 Deireadh Fómhair - 04 Samhain 2019'),
    c('Comhairle Cathrach Chorcaí: 04 Samhain - 18 Samhain 2019', '2019-11-04', '2019-11-18', lang='ga', form='range', span='04 Samhain - 18 Samhain 2019'),
    c('Comhairle Contae Uíbh Fhail: 01 Samhain - 02 Nollaig 2019', '2019-11-01', '2019-12-02', lang='ga', form='range', span='01 Samhain - 02 Nollaig 2019'),
    c('Comhairle Chontae Ros Comáin: 18 Samhain 2019 - 02 Nollaig 2019', '2019-11-18', '2019-12-02', lang='ga', form='range', span='18 Samhain 2019 - 02 Nollaig 2019'),
    c('Cathair Phort Láirge agus Comhairle Contae: 02 Nollaig 2019 - 31 Eanair 2020', '2019-12-02', '2020-01-31', lang='ga', form='range', span='02 Nollaig 2019 - 31 Eanair 2020'),
    c('fáiltiú ag Teach an Chustaim ar an 18ú Aibreán, 2019, chun comóradh 120 bliain', '2019-04-18', lang='ga', form='text', span='18ú Aibreán, 2019'),
    # https://www.szoljon.hu/helyi-kozelet/2023/03/szines-programokkal-varja-a-latogatokat-a-kunmadarasi-konyvtar
    c('a július 8-ra tervezett Hármas Kerületek Kézi Aratóversenye lesz.', '2023-07-08', ref=dt.date(2023, 3, 15), lang='hu', form='missing_year', span='július 8'),
    # https://www.beol.hu/helyi-kozelet/2024/02/programokat-vazolt-fel-a-medgyesi-civil-kerekasztal
    c('amit most június 30-ig beszéltek át a kerekasztal tagjai.', '2024-06-30', ref=dt.date(2024, 2, 10), lang='hu', form='missing_year', span='június 30-ig'),
    # https://www.feol.hu/helyi-kultura/2023/08/rengeteg-program-kozul-valogathatunk-az-unnepi-hetvegen-fejerben
    c('Ünnepi programok\n\nAugusztus 17. (csütörtök)\n\nPolgárdi, 18 óra: A díszpolgári cím', '2023-08-17', ref=dt.date(2023, 8, 10), lang='hu', form='missing_year', span='Augusztus 17. (csütörtök)'),
    c('Augusztus 18. (péntek)\n\nPákozd, 18 óra: Emlékparki nyár', '2023-08-18', ref=dt.date(2023, 8, 10), lang='hu', form='missing_year', span='Augusztus 18. (péntek)'),
    # https://www.delmagyar.hu/helyi-kozelet/2024/08/egyeztetes-a-falunapokrol
    c('Falunapi egyeztető fórumot tartanak augusztus 27-én, kedden 18.30-tól Balástyán', '2024-08-27T18:30:00', ref=dt.date(2024, 8, 20), lang='hu', form='time', span='augusztus 27-én, kedden 18.30'),
    c('a falunapokat idén szeptember 27-én és 28-án rendezik meg Balástyán', '2024-09-27', '2024-09-28', ref=dt.date(2024, 8, 20), lang='hu', form='range', span='idén szeptember 27-én és 28-án'),
    c('előtte, szeptember7-én megtartják a hagyományos szántóversenyt is.', '2024-09-07', ref=dt.date(2024, 8, 20), lang='hu', form='missing_year', span='szeptember7-én'),
    # https://www.feol.hu/helyi-eletstilus/2023/06/utat-tortek-a-hagyomanyok-del-fejerben
    c('a naptárakat elő, a bevésés kötelező: július 15., alapi sportpálya.', '2023-07-15', ref=dt.date(2023, 6, 10), lang='hu', form='missing_year', span='július 15.'),
    # https://www.duol.hu/kozelet/helyi-kozelet/hajnalig-tart-majd-a-mulatsag-2923091/
    c('Nagykarácsonyban ma, július 20-án lesz e nagy rendezvény', '2019-07-20', ref=dt.date(2019, 7, 20), lang='hu', form='missing_year', span='július 20-án'),
    # https://breakingnews.md/te-salut-chisinau-588-de-ani-de-la-prima-atestare-a-orasului-celebrati-cu-un-festival-grandios
    c('Astfel, vineri, 19 iulie, în prim-plan vor fi cultura și folclorul național, sâmbătă, 20 iulie, participanții', '2024-07-19', ref=dt.date(2024, 7, 10), lang='ro', form='missing_year', span='vineri, 19 iulie'),
    # https://linia1.ro/primaria-slatina-spectacol-cu-prilejul-zilei-nationale-a-romaniei/
    c('Spectacolul va avea loc vineri, 1 decembrie, în Parcul Tineretului din Slatina, între orele 17:30 și 20:00.', '2023-12-01T17:30:00', '2023-12-01T20:00:00', ref=dt.date(2023, 11, 25), lang='ro', form='time', span='vineri, 1 decembrie, în Parcul Tineretului din Slatina, între orele 17:30 și 20:00'),
    c('Târgul de Crăciun cu 30 de căsuțe, unde vor veni diverși comercianți, deschis până pe data de 7 ianuarie 2024.', '2024-01-07', lang='ro', form='text', span='7 ianuarie 2024'),
    # https://democracy.md/sarbatoare-in-piata-marii-adunari-nationale-pe-13-si-14-octombrie
    c('Sărbătoare în Piața Marii Adunări Naționale pe 13 și 14 octombrie', '2023-10-13', '2023-10-14', ref=dt.date(2023, 10, 10), lang='ro', form='range', span='13 și 14 octombrie'),
    c('Printre surprizele serii din 14 octombrie se numără renumita interpretă Laima Vaikule', '2023-10-14', ref=dt.date(2023, 10, 10), lang='ro', form='missing_year', span='14 octombrie'),
    # http://www.zi-de-zi.ro/2017/11/20/iluminatul-festiv-si-patinoarul-din-targu-mures-inaugurate-curand/
    c('Miercuri, 6 decembrie, va fi inaugurat iluminatul festiv, cu un program pregătit pe gustul copiilor', '2017-12-06', ref=dt.date(2017, 11, 20), lang='ro', form='missing_year', span='Miercuri, 6 decembrie'),
    c('Joi, 7 decembrie, va fi deschis publicului patinoarul', '2017-12-07', ref=dt.date(2017, 11, 20), lang='ro', form='missing_year', span='Joi, 7 decembrie'),
    c('Luni, 18 decembrie, va fi organizată o manifestare cultural-artistică dedicată Crăciunului', '2017-12-18', ref=dt.date(2017, 11, 20), lang='ro', form='missing_year', span='Luni, 18 decembrie'),
    c('în data de 20 decembrie va avea loc concertul lui Ștefan Hrușcă în Piața Teatrului', '2017-12-20', ref=dt.date(2017, 11, 20), lang='ro', form='missing_year', span='20 decembrie'),
    c('Ziua Naţională a României se va sărbători ca în fiecare an, în data de 1 decembrie.', '2017-12-01', ref=dt.date(2017, 11, 20), lang='ro', form='missing_year', span='1 decembrie'),
    # https://www.thebest.gr/article/815449-patra-akurosi-emfaniseon-orchistras-dimotikis-mousikis-kai-dimotikis-mpantas-logo-kairikon-sunthikon
    c('η προγραμματισμένη για σήμερα Τετάρτη 24 Δεκεμβρίου στις 11.00 το πρωί συναυλία της Ορχήστρας', '2025-12-24T11:00:00', ref=dt.date(2025, 12, 24), lang='el', form='time', span='Τετάρτη 24 Δεκεμβρίου στις 11.00 το πρωί'),
    # https://vimatisko.gr/katigoria/topika/synantisi-gia-tis-xeimerines-ekdiloseis-stin
    c('για τις χειμερινές πολιτιστικές εκδηλώσεις που θα γίνουν στο νησί μας από 1/12/24-31/5/25.', '2024-12-01', '2025-05-31', lang='el', form='range', span='από 1/12/24-31/5/25'),
    # http://dimoselassonas.gr/index.php/enimerosi-politwn/deltia-typou/5034-dimos-elassonas-anavoli-ekdiloseon-logo-triimerou-ethnikoy-penthous?tmpl=component&print=1&layout=default&page=
    c('Αναβάλλονται οι εκδηλώσεις του Δήμου Ελασσόνας που ήταν προγραμματισμένες την Παρασκευή 16 και το Σάββατο 17 Ιουνίου λόγω', '2023-06-16', '2023-06-17', ref=dt.date(2023, 6, 15), lang='el', form='range', span='Παρασκευή 16 και το Σάββατο 17 Ιουνίου'),
    c('που ήταν προγραμματισμένη για την Παρασκευή 16 Ιουνίου ( θα ανακοινωθεί νέα ημερομηνία', '2023-06-16', ref=dt.date(2023, 6, 15), lang='el', form='missing_year', span='Παρασκευή 16 Ιουνίου'),
    c('και μετατίθεται σε νέα ημερομηνία την ερχόμενη Τρίτη 20 Ιουνίου και ώρα 20:00 μ.μ. στην Πλατεία Λαού.', '2023-06-20T20:00:00', ref=dt.date(2023, 6, 15), lang='el', form='time', span='Τρίτη 20 Ιουνίου και ώρα 20:00 μ.μ.'),
    # https://apopsignomi.blogspot.com/2013/08/blog-post_2508.html
    c('ΣΑΒΒΑΤΟ\n24 ΑΥΓΟΥΣΤΟΥ, ώρα 21:00, περιοχή Μόρφα', '2013-08-24T21:00:00', ref=dt.date(2013, 8, 20), lang='el', form='time', span='ΣΑΒΒΑΤΟ\n24 ΑΥΓΟΥΣΤΟΥ, ώρα 21:00'),
    # https://ias24.eu/aktualnosci,krzywda-rodzinna-zabawa-w-nowym-miejscu,21494.html?p=1
    c('2019-05-31 11:50:30\n\nOrganizatorzy obchodów Dnia Dziecka', '2019-05-31T11:50:30', lang='pl', form='time', span='2019-05-31 11:50:30'),
    c('Tegoroczna odbędzie się w sobotę 1 czerwca w Hucie Dąbrowie i będzie połączona z Festynem Rodzinnym', '2019-06-01', ref=dt.date(2019, 5, 31), lang='pl', form='missing_year', span='sobotę 1 czerwca'),
    # https://gminaostroda.kopernik.tv/2473,na-gminne-dozynki
    c('Gminne Dożynki już w niedzielę 9 września. O 11:00 odbędzie się msza święta', '2018-09-09T11:00:00', ref=dt.date(2018, 9, 1), lang='pl', form='time', span='niedzielę 9 września. O 11:00'),
])
FAILURES.extend([
    # https://issuu.com/artesgraficascmsantarem/docs/santar_magenda_jan2019
    x('Horário: 08h30 às 18h30 Local: Biblioteca da Escola Sec. Sá da Bandeira', 'no_date', lang='pt', form='no_date'),
])
# Fifth session, added languages (docs/dates.md): batch 30, Slovenian, Finnish, Estonian,
# Maltese, Irish and Basque town, parish and festival pages.
CASES.extend([
    # https://mozirje.si/program-praznovanja-obcine-mozirje-jurjevo-2024/
    c('Sreda, 17. april 2024\n\n19.00 Literarni večer s pisateljem in založnikom Samom Rugljem v Galeriji Mozirje', '2024-04-17T19:00:00', lang='sl', form='time', span='Sreda, 17. april 2024\n\n19.00'),
    c('Nedelja, 5. maj 2024\n\n15.00 Narodopisna prireditev družinsko petje v dvorani kulturnega doma v Mozirju', '2024-05-05T15:00:00', lang='sl', form='time', span='Nedelja, 5. maj 2024\n\n15.00'),
    # https://tednik.svet24.si/novice/kronika/dogajanje-cez-celo-poletje-1401064
    c('Mojca Zemljarič\n25. 7. 2023, 00.22\nDeli članek', '2023-07-25T00:22:00', lang='sl', form='time', span='25. 7. 2023, 00.22'),
    c('Začeli so jih junija, končali bodo septembra. Osrednja slovesnost bo v soboto, 12. avgusta.', '2023-08-12', ref=dt.date(2023, 7, 25), lang='sl', form='missing_year', span='soboto, 12. avgusta'),
    c('V petek, 11. avgusta, bo slavnostna seja občinskega sveta.', '2023-08-11', ref=dt.date(2023, 7, 25), lang='sl', form='missing_year', span='petek, 11. avgusta'),
    c('Prva od prireditev je bila 10. junija, ko so organizirali dobrodelni tek in pohod', '2023-06-10', ref=dt.date(2023, 7, 25), lang='sl', form='missing_year', span='10. junija'),
    # https://koroskenovice.si/oznaka/drzavni-praznik
    c('Osrednja proslava ob Dnevu državnosti je na Ravnah na Koroškem potekala v četrtek, 22. junija 2023.', '2023-06-22', lang='sl', form='text', span='četrtek, 22. junija 2023'),
    # https://preberi.si/content/view/128515618-Lampioncki-2023-odpovedani.html
    c('Lampiončki 2023 odpovedani |\nLokalec.si\n|\nponedeljek, 5. junij 2023 ob 13:26 |', '2023-06-05T13:26:00', lang='sl', form='time', span='ponedeljek, 5. junij 2023 ob 13:26'),
    c('da se jutri, 6. 6. 2023 obetajo nevihte in večja količina padavin', '2023-06-06', ref=dt.date(2023, 6, 5), lang='sl', form='missing_year', span='6. 6. 2023'),
    # https://arhiv.gorenjskiglas.si/article/20190627/C/190629817/animated_favicon1.gif
    c('Gorenjski glas: glasilo osvobodilne fronte za Gorenjsko četrtek, 17. februar 1949', '1949-02-17', lang='sl', form='text', span='četrtek, 17. februar 1949'),
    c('V torek, 8. t. m., pa je bila tudi republiška proslava osredotočena na Kranj', '1949-02-08', ref=dt.date(1949, 2, 17), lang='sl', form='missing_year', span='torek, 8. t. m.'),
    c('Gorenjska / torek, 30. junij 2020 / 06:00', '2020-06-30T06:00:00', lang='sl', form='time', span='torek, 30. junij 2020 / 06:00'),
    # https://kupec.info/events/vabilo-na-obcinsko-proslavo-ob-slovenskem-kulturnem-prazniku_71314/
    c('Vabljeni na osrednjo občinsko proslavo, ki bo to soboto, 8. februarja, ob 19. uri v Kulturnem domu Postojna.', '2025-02-08T19:00:00', ref=dt.date(2025, 2, 3), lang='sl', form='time', span='soboto, 8. februarja, ob 19. uri'),
    # http://zelenacentrala.eu/blog/?p=83
    c('Pridite 4. marca ob 18. uri v kulturni dom Jurovski Dol!', '2011-03-04T18:00:00', ref=dt.date(2011, 2, 25), lang='sl', form='time', span='4. marca ob 18. uri'),
    # https://tic-sb.si/koledar-dogodkov/23.-spodnjepolskavsko-poletje-četrtek
    c('Zato pridite v četrtek 17.8.2023 ob 21. uri v naše Gledališče pod kostanji.', '2023-08-17T21:00:00', lang='sl', form='time', span='četrtek 17.8.2023 ob 21. uri'),
    c('23. SPODNJEPOLSKAVSKO POLETJE -četrtek\n17. 08. 2023\nob 21:00', '2023-08-17T21:00:00', lang='sl', form='time', span='četrtek\n17. 08. 2023\nob 21:00'),
    c('- 10.02.2026 Finančna pismenost\n- 11.02.2026 Ljubezen do besede in srca', '2026-02-10', lang='sl', form='text', span='10.02.2026'),
    # https://domzalec.si/events/14-druzenje-pod-lipami
    c('ki bo v soboto 19. maja 2018 od 9. do 17. ure pred Kulturnim domom Groblje', '2018-05-19T09:00:00', '2018-05-19T17:00:00', lang='sl', form='time', span='soboto 19. maja 2018 od 9. do 17. ure'),
    # https://www.obcina-sevnica.si/sl/o-obcini/novice-in-obvestila/2026012814442570/slovesna-pocastitev-slovenskega-kulturnega-praznika-
    c('28. 1. 2026 • Novice', '2026-01-28', lang='sl', form='text', span='28. 1. 2026'),
    c('bo v petek, 6. februarja 2026, ob 18. uri v Kulturni dvorani Sevnica.', '2026-02-06T18:00:00', lang='sl', form='time', span='petek, 6. februarja 2026, ob 18. uri'),
    # https://www.zkst-zalec.si/sl-si/objave/1642/osrednja-proslava-obcine-zalec-ob-slovenskem-kulturnem-prazniku
    c('ki bo v petek, 5. februarja 2016, ob 19. uri v Domu II. slovenskega tabora Žalec.', '2016-02-05T19:00:00', lang='sl', form='time', span='petek, 5. februarja 2016, ob 19. uri'),
    # https://rautalampi.cloudnc.fi/fi-FI/Toimielimet/Kunnanhallitus/Kokous_2762022/Metsasuomalaisvieraat_kesalla_2022(17696)
    c('Kunnanhallitus, kokous 27.6.2022\n\nPöytäkirja on tarkastettu', '2022-06-27', lang='fi', form='text', span='27.6.2022'),
    c('Torstaina 14.7. päivävierailulle saapuva ryhmä vierailee museo-oppaan johdolla', '2022-07-14', ref=dt.date(2022, 6, 27), lang='fi', form='missing_year', span='Torstaina 14.7.'),
    c('Iltapäivällä 5.8. saapuva ryhmä yöpyy Korholan kartanossa, ja heille on perinneillallinen Ropolassa klo 18.', '2022-08-05', ref=dt.date(2022, 6, 27), lang='fi', form='missing_year', span='5.8.'),
    # https://www.kuntaliitto.fi/kuntaliitto/kuntaliiton-webcastit/onneksi-on-kunnat
    c('Lähetysten aikataulut:\n- 27.1.2026 kello 9-10\n- 3.3.2026 kello 9-10', '2026-01-27T09:00:00', '2026-01-27T10:00:00', lang='fi', form='time', span='27.1.2026 kello 9-10'),
    # https://www.kuntaliitto.fi/ajankohtaista/2020/koronavirus-ja-kunnan-toimielinten-kokoontuminen
    c('Se on täydennetty ensimmäisen kappaleen osalta 4.12.2020 klo 11.', '2020-12-04T11:00:00', lang='fi', form='time', span='4.12.2020 klo 11'),
    # https://luhva-d10julk.oncloudos.com/cgi/DREQUEST.PHP?page=meetingitem&id=2023277-5
    c('Aluehallitus\nPöytäkirja 04.12.2023/Pykälä 198', '2023-12-04', lang='fi', form='text', span='04.12.2023'),
    c('yhteistoimintaneuvotteluja on käyty ajalla 23.10.2023 - 3.12.2023 ja yhteistoimintavelvoite on siten täytetty', '2023-10-23', '2023-12-03', lang='fi', form='range', span='23.10.2023 - 3.12.2023'),
    # https://jarvenpaa.cloudnc.fi/fi-FI/Toimielimet/Kaupunginhallitus/Kokous_1852020/Yhteistoimintamenettelyn_tulos_ja_henkil(14413)
    c('Kaupunginhallitus, kokous 18.5.2020\n\nPöytäkirja on tarkastettu', '2020-05-18', lang='fi', form='text', span='18.5.2020'),
    c('Valtioneuvosto linjasi 16.3.2020 toimenpiteistä koronavirustilanteen hoitamiseksi Suomessa.', '2020-03-16', lang='fi', form='text', span='16.3.2020'),
    # https://hellokuopio.fi/tapahtuma/matkuksen-joulujuhla
    c('Matkuksen joulujuhla\n2.12.2023 klo 12:00 - 17:00', '2023-12-02T12:00:00', '2023-12-02T17:00:00', lang='fi', form='time', span='2.12.2023 klo 12:00 - 17:00'),
    # https://sonumitooja.ee/lau%C2%ADrit%C2%ADsa%C2%ADpae%C2%ADva-pi%C2%ADdus%C2%ADtus%C2%ADte%C2%ADga-kut%C2%ADsu%C2%ADme-mar%C2%ADka%C2%ADma-ja-tun%C2%ADnus%C2%ADta%C2%ADma/
    c('tähistades seda üritustega 10., 11. ja 12. augustil.', '2018-08-10', '2018-08-12', ref=dt.date(2018, 8, 1), lang='et', form='range', span='10., 11. ja 12. augustil'),
    c('10. augusti, lauritsapäeva, oleme täitnud akadeemilisemate üritustega.', '2018-08-10', ref=dt.date(2018, 8, 1), lang='et', form='missing_year', span='10. augusti'),
    # https://sonumitooja.ee/mida-on-lauritsapaeva-tahistamisel-tanavu-uut-plaanis-ja-mida-teete-ka-seekord-traditsioonil/
    c('Lauritsapäeval, 10. augustil on Kuusalu kirikus traditsiooniline jumalateenistus.', '2022-08-10', ref=dt.date(2022, 8, 1), lang='et', form='missing_year', span='10. augustil'),
    c('Lauritsapäeva traditsioonilised rahvapidustused on Kuusalus laupäeval, 13. augustil.', '2022-08-13', ref=dt.date(2022, 8, 1), lang='et', form='missing_year', span='laupäeval, 13. augustil'),
    # https://kylauudis.ee/tag/aastapaev/page/2/
    c('Johan Pitka 140. sünniaastapäeva peetakse 26.veebruaril 2012 Kõue vallas Alansi külas', '2012-02-26', lang='et', form='text', span='26.veebruaril 2012'),
    # https://newsbook.com.mt/disa-lokalitajiet-b-attivitajiet-f-april-u-f-mejju/
    c('Buontempo spjega li bejn id-29 u 30 t’April se jsir l-Imdina Medieval Festival', '2017-04-29', '2017-04-30', ref=dt.date(2017, 3, 20), lang='mt', form='range', span='bejn id-29 u 30 t’April'),
    c('filwaqt li fid-29 ta’ April se jsir il-festival tan-nar tal-art', '2017-04-29', ref=dt.date(2017, 3, 20), lang='mt', form='missing_year', span='29 ta’ April'),
    # https://netnews.com.mt/2023/04/14/il-festa-tal-festi-briju-fil-palazz-verdala
    c('hekk kif bejn it-28 u 30 t’April fil-Palazz Verdala se tkun qed tittella’', '2023-04-28', '2023-04-30', ref=dt.date(2023, 4, 14), lang='mt', form='range', span='bejn it-28 u 30 t’April'),
    c('Cauchi saħaq li kollox jingħata bidu fl-għodwa tal-Ġimgħa 28 ta’ April', '2023-04-28', ref=dt.date(2023, 4, 14), lang='mt', form='missing_year', span='Ġimgħa 28 ta’ April'),
    # https://pmnewsmalta.com/titnieda-s-sbatax-il-edizzjoni-tal-birgufest/
    c('L-attività tal-Birgufest, li tittella’ mill-Kunsill Lokali tal-Birgu, se ssir bejn is-7 u d-9 ta’ Ottubru.', '2022-10-07', '2022-10-09', ref=dt.date(2022, 9, 20), lang='mt', form='range', span='bejn is-7 u d-9 ta’ Ottubru'),
    c('se ssir nhar is-Sibt, 8 ta’ Ottubru. Għal din l-attività', '2022-10-08', ref=dt.date(2022, 9, 20), lang='mt', form='missing_year', span='Sibt, 8 ta’ Ottubru'),
    # https://www.mellieha.gov.mt/christma-initiatives
    c("liema attività tibda llum, 22 ta' Diċembru 2015 fis-19:30 b'diversi attivitajiet", '2015-12-22T19:30:00', lang='mt', form='time', span="22 ta' Diċembru 2015 fis-19:30"),
    c("Din tiġi fi tmiemha nhar il-Ħamis. 24 ta' Diċembru 2015 fl-22:30.", '2015-12-24T22:30:00', lang='mt', form='time', span="Ħamis. 24 ta' Diċembru 2015 fl-22:30"),
    # https://www.coisfharraige.ie/cumann-forbartha/nuacht-chois-fharraige/cartlann-nuachta-9-samhain-2022/
    c('Cartlann Nuachta: 9 Samhain 2022\n\nOireachtas na Samhna', '2022-11-09', lang='ga', form='text', span='9 Samhain 2022'),
    # https://tuairisc.ie/an-clai%E1%B8%8Bea%E1%B9%81-soluis-cothrom-an-ama-seo-12-meitheamh-1915/
    c('An Claiḋeaṁ Soluis cothrom an ama seo (12 Meitheamh 1915)', '1915-06-12', lang='ga', form='text', span='12 Meitheamh 1915'),
    # http://www.gaelscoileanna.ie/2012/10/
    c('Nuachtlitir is déanaí ar fáil anois!\n\nDeireadh Fómhair 31, 2012', '2012-10-31', lang='ga', form='text', span='Deireadh Fómhair 31, 2012'),
    c('Beidh cúrsa deireadh seachtaine ar an mBuailtín ón 23-24ú Samhain 2012 ag díriú ar scileanna agallaimh', '2012-11-23', '2012-11-24', lang='ga', form='range', span='23-24ú Samhain 2012'),
    # https://cairdeteo.com/ga/2016/06/turas-gaeltachta-go-tir-chonaill-2/
    c('le linn na féile ‘Loinneog Lúnasa’ a bheas ar siúl idir 6 agus 10 Lúnasa.', '2016-08-06', '2016-08-10', ref=dt.date(2016, 6, 29), lang='ga', form='range', span='idir 6 agus 10 Lúnasa'),
    # http://www.raidiofailte.com/naisiunta/bliain-na-gaeilge-agus-an-tostail-a-cheiliuradh-i-maigh-eo/
    c('ag teacht ar chamchuairt ar Ghaeltachtaí Mhaigh Eo ón 20-25 Deireadh Fómhair.', '2013-10-20', '2013-10-25', ref=dt.date(2013, 10, 1), lang='ga', form='range', span='20-25 Deireadh Fómhair'),
    c('leanfaidh an ceiliúradh ar aghaidh ag oíche mhór scléipe ins an Welcome Inn ar an 24 Deireadh Fómhair', '2013-10-24', ref=dt.date(2013, 10, 1), lang='ga', form='missing_year', span='24 Deireadh Fómhair'),
    c('Tosnóidh an turas i dTuar Mhic Éadaigh ag 4.00pm ar an Domhnach, 20 Deireadh Fómhair le héigse drámaíochta', '2013-10-20T16:00:00', ref=dt.date(2013, 10, 1), lang='ga', form='time', span='4.00pm ar an Domhnach, 20 Deireadh Fómhair'),
    c('An mhaidin dár gcionn, 21 Deireadh Fómhair, tabharfaidh muintir Cheanada', '2013-10-21', ref=dt.date(2013, 10, 1), lang='ga', form='missing_year', span='21 Deireadh Fómhair'),
    # https://blog.dunchaoin.com/2013/02/10/dluthdhiosca-nua-ceoil-le-labhras-mac-sithigh-seolta/
    c('os comhair slua mór de ghaolta, chairde agus mhuintir an cheantair in Ionad an Bhlascaoid oíche Dé Sathairn 9 Feabhra 2013.', '2013-02-09', lang='ga', form='text', span='Sathairn 9 Feabhra 2013'),
    # https://guaixe.eus/irurtzun/1557390855706-ospakizun-gaua-benito-lertxundirekin
    c('Larunbatean, maiatzaren 11n, izanen da kontzertua, 22:00etan, Atakondoa kiroldegian.', '2019-05-11T22:00:00', ref=dt.date(2019, 5, 9), lang='eu', form='time', span='Larunbatean, maiatzaren 11n, izanen da kontzertua, 22:00'),
    # https://aikor.eus/larrabetzu/1477583150214-iluz-internai-kontzertua-irailean-egingo-dute
    c('Luz Interna saioa antolatuta zuten joan den uztailaren 4rako.', '2016-07-04', ref=dt.date(2016, 10, 27), lang='eu', form='missing_year', span='uztailaren 4'),
    c('kontzertua irailaren 26an, 21:30ean, izango da Larrabetzuko futbol-zelaian.', '2016-09-26T21:30:00', ref=dt.date(2016, 10, 27), lang='eu', form='time', span='irailaren 26an, 21:30'),
    # https://legazpi.eus/albisteak/item/5636-agorreko-santikutzetako-kontzertua-rude-ska-eta-john-dealer-the-coconuts
    c('Urriaren 3ra atzeratu zen, hasiera batean Irailaren 26rako aurreikusita zegoen kontzertu hau.', '2020-10-03', ref=dt.date(2020, 10, 1), lang='eu', form='missing_year', span='Urriaren 3ra'),
    c('hasiera batean Irailaren 26rako aurreikusita zegoen kontzertu hau.', '2020-09-26', ref=dt.date(2020, 10, 1), lang='eu', form='missing_year', span='Irailaren 26'),
    # https://goiena.eus/oinati/1648801826997-broken-legacy-taldeak-diskoa-aurkeztuko-du-bihar
    c('lehen kontzertua etxean emango dute bihar, zapatua.', '2022-04-02', ref=dt.date(2022, 4, 1), lang='eu', form='missing_year', span='bihar'),
    # https://issuu.com/guaixeastekaria/docs/969_osoa
    c('Janus Lester taldearen kontzertua izanen da azaroaren 8an, Iortia kultur gunean', '2025-11-08', ref=dt.date(2025, 10, 31), lang='eu', form='missing_year', span='azaroaren 8an'),
])
FAILURES.extend([
    # https://rautalampi.cloudnc.fi/fi-FI/Toimielimet/Kunnanhallitus/Kokous_2762022/Metsasuomalaisvieraat_kesalla_2022(17696)
    x('Vierailun arvioitu kesto on klo 11-16. Ryhmän koko on 48 henkilöä', 'no_date', ref=dt.date(2022, 6, 27), lang='fi', form='no_date'),
    # https://luhva-d10julk.oncloudos.com/cgi/DREQUEST.PHP?page=meetingitem&id=2023277-5
    x('Aluevaltuuston 1. varapuheenjohtaja Hyrkkö saapui kokoukseen tämän asian käsittelyn aikana klo 10.33.', 'no_date', lang='fi', form='no_date'),
    # https://elu24.postimees.ee/264689/seljametsa-peab-kulalaata
    x('Laupäeval toimub 17. Seljametsa külalaat, kuhu oodatakse nii kauplejaid', 'no_date', ref=dt.date(2010, 7, 1), lang='et', form='no_date'),
    # https://maaleht.delfi.ee/news/maaleht/uudised/maal-elamise-paev-elva-vallas-voib-uudistada-20-erinevat-asutust?id=87536935
    x('Vallavalitsuses on ajutiselt avatud kell 11–15 ka kohvik', 'no_date', ref=dt.date(2019, 9, 1), lang='et', form='no_date'),
    # https://netnews.com.mt/2014/04/03/il-festa-tal-halib-mill-gdid-fhal-gharghur
    x('Il-Kunsill Lokali ta’ Ħal Għargħur se jorganizza l-Festa tal-Ħalib bejn l-10 a.m. u l-5 p.m.', 'no_date', ref=dt.date(2014, 4, 3), lang='mt', form='no_date'),
])
# Fifth session, batch 31: Hungarian, Romanian, Bulgarian, Greek, Ukrainian, Turkish,
# Catalan, Galician, Norwegian, Icelandic, Latvian, Lithuanian and Slovak pages.
CASES.extend([
    # https://www.vaol.hu/helyi-kultura/2023/09/itt-a-nagy-hetvegi-programajanlo-vas-varmegyebol-asztalko-fesztivallal-vadasznappal-es-falunapokkal-bucsuzik-a-nyar
    c('SZOMBATHELY Szeptember 2., szombat 20 óra – Emlékmű-domb: „A dal ugyanaz marad” zenés kertmozi', '2023-09-02T20:00:00', ref=dt.date(2023, 8, 31), lang='hu', form='time', span='Szeptember 2., szombat 20 óra'),
    c('Szeptember 3., vasárnap 10–14 óra – Agora–Savaria Filmszínház: Nessaj on Tour.', '2023-09-03T10:00:00', '2023-09-03T14:00:00', ref=dt.date(2023, 8, 31), lang='hu', form='time', span='Szeptember 3., vasárnap 10–14 óra'),
    c('Szeptember 6., szerda 17 óra – Víztorony: A teljesítménytúrákról kezdőknek', '2023-09-06T17:00:00', ref=dt.date(2023, 8, 31), lang='hu', form='time', span='Szeptember 6., szerda 17 óra'),
    # https://www.beol.hu/programajanlo/2024/09/programok-bekes-varmegye-szeptember-20?utm_source=hirstart&utm_medium=referral&utm_campaign=hiraggregator
    c('KARDOSKÚT\n\nSzeptember 21., szombat\n\n9.00: Fehértó napja Kardoskút-Pusztaközponton', '2024-09-21T09:00:00', ref=dt.date(2024, 9, 20), lang='hu', form='time', span='Szeptember 21., szombat\n\n9.00'),
    c('MEZŐBERÉNY\n\nSzeptember 20., péntek-szeptember 22., vasárnap\n\nKözös nyelvünk a néptánc', '2024-09-20', '2024-09-22', ref=dt.date(2024, 9, 20), lang='hu', form='range', span='Szeptember 20., péntek-szeptember 22., vasárnap'),
    c('Szeptember 25., szerda\n\n16.30: Varázsceruza – képzőművészeti szakkör', '2024-09-25T16:30:00', ref=dt.date(2024, 9, 20), lang='hu', form='time', span='Szeptember 25., szerda\n\n16.30'),
    # https://szekelyhon.ro/aktualis/erdemes-vegigbongeszni-a-csikszeredai-varosnapok-programjat
    c('újdonságokkal is készülnek az idei Csíkszeredai Városnapokra augusztus 3-6. között.', '2023-08-03', '2023-08-06', ref=dt.date(2023, 8, 3), lang='hu', form='range', span='augusztus 3-6.'),
    # https://www.acatari.ro/primaria-acatari-ms/consiliul-local-1/documente-cl/p-r-o-i-e-c-t-d-e-h-o-t-a-r-a-r-e-privind-organizarea-manifestari-culturale-zilele-comunei-acatari_569
    c('16 iulie 2019\n\nROMANIA\n\nJUDEŢUL MUREŞ', '2019-07-16', lang='ro', form='text', span='16 iulie 2019'),
    c('Art.1.În perioada  16-18  august  2019, se organizează  manifestarea cultural artistică', '2019-08-16', '2019-08-18', lang='ro', form='range', span='16-18  august  2019'),
    c('În conformitate cu prevederile art.129 din Ordonanța de Urgență  nr. 57 din 3 iulie 2019, privind Codul administrativ', '2019-07-03', lang='ro', form='text', span='3 iulie 2019'),
    # https://gorjeanul.ro/filip-amana-petrecerea-de-zilele-orasului/
    c('ca urmare a faptului că Paştele de anul acesta are loc pe data de 5 mai 2013.', '2013-05-05', lang='ro', form='text', span='5 mai 2013'),
    c('autorităţile locale au hotărât să desfăşoare manifestarea în perioada 10 – 16 iunie 2013.', '2013-06-10', '2013-06-16', lang='ro', form='range', span='10 – 16 iunie 2013'),
    # https://newskeeper.ro/articol?data=2013-11-19&id=EA8F5082E467620F82BB360493AC5E8C
    c('Astfel, pe 1 Decembrie, incepand de la ora 09,00, in fata Monumentului Eroilor din Centrul Istoric', '2013-12-01T09:00:00', ref=dt.date(2013, 11, 19), lang='ro', form='time', span='1 Decembrie, incepand de la ora 09,00'),
    # https://primariarovinari.ro/2013/11/duminica-sarbatorim-ziua-nationala-alaturi-de-cetateni-in-centrul-orasului
    c('Primăria şi Consiliul Local Rovinari vă aşteaptă duminică 1 decembrie 2013, începând cu ora 10.30, pe Bulevardul Minerilor', '2013-12-01T10:30:00', lang='ro', form='time', span='duminică 1 decembrie 2013, începând cu ora 10.30'),
    c('Tot pe 1 decembrie, de la ora 17.00, va fi pornit şi iluminatul festiv', '2013-12-01T17:00:00', ref=dt.date(2013, 11, 28), lang='ro', form='time', span='1 decembrie, de la ora 17.00'),
    c('Cei 95 de ani de la unirea înfăptuită la Alba Iulia pe 1 decembrie 1918 vor fi marcaţi prin', '1918-12-01', lang='ro', form='text', span='1 decembrie 1918'),
    # https://new.bnr.bg/kardzhali/post/101909403/s-lazerno-shou-shte-greine-elhata-v-kirkovo
    c('Светлините на коледната елха в центъра на Кирково ще грейнат тържествено на 7 декември в 17 часа и 15 минути.', '2023-12-07T17:15:00', ref=dt.date(2023, 12, 4), lang='bg', form='time', span='7 декември в 17 часа и 15 минути'),
    # http://217.174.146.88/bulgaria/s-izlozhbata-magiiata-na-khliaba-zapochvat-praznitsite-na-kharmanli
    c('Мотористи от местния клуб "Чакалите" ще изнесат по традиция шоу и почетна обиколка на града на 27 май.', '2016-05-27', ref=dt.date(2016, 4, 28), lang='bg', form='missing_year', span='27 май'),
    # https://bnr.bg/plovdiv/post/101715989/lilkovo
    c('запознаващи ни със събитията, последвали 5 октомври 1912г.', '1912-10-05', lang='bg', form='text', span='5 октомври 1912г.'),
    c('като официалната част ще е в събота, 8 октомври, 2022г. и предвижда', '2022-10-08', lang='bg', form='text', span='събота, 8 октомври, 2022г.'),
    # https://24plovdiv.bg/amp/12461118
    c('Откриват обновения централен площад на Асеновград на 6 септември', '2022-09-06', ref=dt.date(2022, 9, 5), lang='bg', form='missing_year', span='6 септември'),
    c('Церемонията по откриването на обновеният площад "Акад. Николай Хайтов" в Асеновград ще се порведе от 19 часа утре.', '2022-09-06T19:00:00', ref=dt.date(2022, 9, 5), lang='bg', form='time', span='19 часа утре'),
    # https://zonanews.bg/regioni/obshtina-tvarditsa-posreshta-petkovden-sas-sporten-praznik-izlozhba-predstavlenie-i-obshtogradska-tseremoniya
    c('Празничната програмата започва на 12 октомври от 10:30 часа със спортен празник', '2024-10-12T10:30:00', ref=dt.date(2024, 10, 10), lang='bg', form='time', span='12 октомври от 10:30 часа'),
    c('На 13 октомври от 18:00 часа ще бъде открита хоби изложба във фоайето на читалище', '2024-10-13T18:00:00', ref=dt.date(2024, 10, 10), lang='bg', form='time', span='13 октомври от 18:00 часа'),
    # https://parliament140.bnr.bg/plovdiv/post/101491430/kuklen-praznuva-tri-dni-s-koncerti-kino-kros-i-zara
    c('На 1 и 2 юли централният площад в Куклен ще събере жителите и гостите си на кино под звездите.', '2025-07-01', '2025-07-02', ref=dt.date(2025, 6, 28), lang='bg', form='range', span='1 и 2 юли'),
    c('На 3 юли в местността Копривките ще се проведе крос', '2025-07-03', ref=dt.date(2025, 6, 28), lang='bg', form='missing_year', span='3 юли'),
    # https://timeforgoodnews.gr/2023/09/συναυλία-για-την-ημέρα-των-συλλόγων
    c('28/9/2023\nΟ Δήμος Παπάγου – Χολαργού διοργανώνει', '2023-09-28', lang='el', form='text', span='28/9/2023'),
    c('διοργανώνει την «Ημέρα των Συλλόγων» για 6η χρονιά, το Σάββατο 30 Σεπτεμβρίου από τις 17.00 έως 21.00 στο γήπεδο', '2023-09-30T17:00:00', '2023-09-30T21:00:00', ref=dt.date(2023, 9, 28), lang='el', form='time', span='Σάββατο 30 Σεπτεμβρίου από τις 17.00 έως 21.00'),
    # http://www.ekalamaria.gr/Article/pg/404/id/21790/title/%cf%87%cf%81%ce%b9%cf%83%cf%84%ce%bf%cf%8d%ce%b3%ce%b5%ce%bd%ce%bd%ce%b1-%cf%83%cf%84%ce%b7%ce%bd-%cf%80%cf%8c%ce%bb%ce%b7
    c('Χριστούγεννα στην Πόλη\n\n15/12/2023 18:39    8/12-7/01', '2023-12-15T18:39:00', lang='el', form='time', span='15/12/2023 18:39'),
    # http://www.smilamedia.org.ua/redaktsiya/na-deputatskyh-sluhannyah-predstavyly-zastupnykiv-miskoho-holovy-video.html
    c('На 30 травня заплановано 70-у сесію міської ради.', '2018-05-30', ref=dt.date(2018, 5, 25), lang='uk', form='missing_year', span='30 травня'),
    c('Проекти рішень попередньо обговорили на депутатських слуханнях 24 травня.', '2018-05-24', ref=dt.date(2018, 5, 25), lang='uk', form='missing_year', span='24 травня'),
    # https://sonhavadis.org/haber/cocuklar-bayramin-tadini-doyasiya-cikardi-29461.html
    c('Gazi Mustafa Kemal Atatürk’ün çocuklara armağanı olan 23 Nisan Ulusal Egemenlik ve Çocuk Bayramı Küçükçekmece’de coşkuyla kutlandı.', '2025-04-23', ref=dt.date(2025, 4, 23), lang='tr', form='missing_year', span='23 Nisan'),
    # https://www.sonhavadis.org/haber/manavgatta-zeytin-ve-zeytinyagi-festivali-duzenlendi-49574.html
    c('Manavgat Belediyesi tarafından 8-9 Kasım tarihlerinde ikincisi düzenlenen Zeytin ve Zeytinyağı Festivali', '2025-11-08', '2025-11-09', ref=dt.date(2025, 11, 10), lang='tr', form='range', span='8-9 Kasım'),
    # https://arsiv.batmandemokrathaber.com/haber/914/iftar-etkinliklerinden-onbinler-faydalaniyor
    c('İftar etkinliklerinden onbinler faydalanıyor\n08 Haziran 2017, 17:53 - Okunma: 1116', '2017-06-08T17:53:00', lang='tr', form='time', span='08 Haziran 2017, 17:53'),
    c('27 Mayıs 2017 Cumartesi akşamı verilen iftar yemeği ile başlayan iftar programının', '2017-05-27', lang='tr', form='text', span='27 Mayıs 2017 Cumartesi'),
    # https://www.regio7.cat/oci/agenda/2021/06/11/cinc-fires-i-festes-per-52874471.html
    c('Venda d’abonaments exclusivament per persones empadronades a Santpedor del 12 al 27 de juny.', '2021-06-12', '2021-06-27', ref=dt.date(2021, 6, 11), lang='ca', form='range', span='del 12 al 27 de juny'),
    c('A partir del 28 de juny, la venda d’abonaments serà oberta a tothom.', '2021-06-28', ref=dt.date(2021, 6, 11), lang='ca', form='missing_year', span='28 de juny'),
    # https://www.regio7.cat/agenda/2025/09/19/les-fires-festes-et-pots-121734218.html
    c('L’AMETLLA DE MEROLA\nFesta major. Actes fins al 22 de setembre.', '2025-09-22', ref=dt.date(2025, 9, 19), lang='ca', form='missing_year', span='22 de setembre'),
    # http://santiagodecompostela.gal/hoxe/previsions.php?anc=-9&id=2014-12-20&lg=gal&mnc=-6
    c('Previsións informativas para o sábado 20 de decembro\n\n11.00 h a 15.00 h\nCelebración do segundo dos Mercados de San Pedro.', '2014-12-20T11:00:00', '2014-12-20T15:00:00', ref=dt.date(2014, 12, 19), lang='gl', form='time', span='sábado 20 de decembro\n\n11.00 h a 15.00 h'),
    # https://www.faroocionorte.com/etiquetas/festa?page=27
    c('diversas actividades que comezarán o venres, día 10, coa obra de teatro Desconexión', '2023-11-10', ref=dt.date(2023, 11, 6), lang='gl', form='missing_year', span='venres, día 10'),
    c('Este martes, 31 de outubro, celebrarase no IES Vilar Ponte de Viveiro unha Festa Hinchalloween.', '2023-10-31', ref=dt.date(2023, 10, 28), lang='gl', form='missing_year', span='martes, 31 de outubro'),
    # http://www.pressreader.com/norway/faedrelandsvennen/20170624/281560880797554
    c('Det er de største trekkplastrene under åpningsfesten for det nye Torvet onsdag 16. august.', '2017-08-16', ref=dt.date(2017, 6, 24), lang='no', form='missing_year', span='onsdag 16. august'),
    c('Det foreløpige programmet for festen 16. august, samme dag som byens grunnskoler har skolestart', '2017-08-16', ref=dt.date(2017, 6, 24), lang='no', form='missing_year', span='16. august'),
    # https://www.fjallabyggd.is/is/frettir-og-tilkynningar/17-juni-2018-hatidardagskra-i-fjallabyggd
    c('17. júní 2018 Hátíđardagskrá í Fjallabyggđ', '2018-06-17', lang='is', form='text', span='17. júní 2018'),
    # https://www.fjallabyggd.is/is/frettir-og-tilkynningar/sildaraevintyri-dagskra-fostudags
    c('Eftifarandi dagskrá verđur á Síldarćvintýri föstudaginn 29. júlí:\n\n*Kl. 12:00 Síldar- og sjávarréttarhlađborđ', '2016-07-29T12:00:00', ref=dt.date(2016, 7, 20), lang='is', form='time', span='föstudaginn 29. júlí:\n\n*Kl. 12:00'),
    # https://www.ry.is/is/mannlif/vidburdir/todugjold/dagskra-todugjalda
    c('Föstudagur 18. ágúst\n\n14:00 – Folf Völlurinn í Nesi vígður.', '2017-08-18T14:00:00', ref=dt.date(2017, 8, 1), lang='is', form='time', span='Föstudagur 18. ágúst\n\n14:00'),
    c('Dagskrá\n\nFimmtudagur 17. ágúst\n\nRangárþing ytra býður í leikhús.', '2017-08-17', ref=dt.date(2017, 8, 1), lang='is', form='missing_year', span='Fimmtudagur 17. ágúst'),
    # http://185.21.17.248/g/20222275984d/f/skodanir
    c('Ellen Geirsdóttir Håkansson skrifar 15. júní 2022 16:31 Vísir/Friðrik Þór Haldórsson', '2022-06-15T16:31:00', lang='is', form='time', span='15. júní 2022 16:31'),
    # https://dalir.is/frettir/laxdaeluhatid
    c('Laugardaginn 7. september verður Laxdæluhátíð að Laugum í Sælingsdal', '2019-09-07', ref=dt.date(2019, 8, 25), lang='is', form='missing_year', span='Laugardaginn 7. september'),
    # https://gamla.fljotsdalsherad.is/is/frettir/heradsvaka-laser-life-og-baendahatid
    c('Föstudagurinn 21. ágúst býður m.a. upp á Héraðsvöku, útgáfutónleika og bændahátíð.', '2015-08-21', ref=dt.date(2015, 8, 15), lang='is', form='missing_year', span='21. ágúst'),
    # http://www.ventasbalss.lv/zinas/novada/30109-ventspils-novada-sakas-pagastu-svetki
    c('Ar pagasta svētkiem sestdien, 9. jūlijā, Ugālē Ventspils novadā sāksies šīs vasaras pagastu svētku tūre.', '2016-07-09', ref=dt.date(2016, 7, 1), lang='lv', form='missing_year', span='sestdien, 9. jūlijā'),
    c('Ancē svētki 23. jūlijā sāksies ar makšķerēšanas sacensībām', '2016-07-23', ref=dt.date(2016, 7, 1), lang='lv', form='missing_year', span='23. jūlijā'),
    # http://vidzeme.com/lv/notikumi/pagasta-svetki-burtniekos-un-evele.html
    c('Pagasta svētki Burtniekos un Ēvelē\n\nPapildināts 15.08.2013 15:06', '2013-08-15T15:06:00', lang='lv', form='time', span='15.08.2013 15:06'),
    c('16. un 17. augustā uz svētkiem aicina Burtnieku novada Ēveles un Burtnieku pagasti.', '2013-08-16', '2013-08-17', ref=dt.date(2013, 8, 15), lang='lv', form='range', span='16. un 17. augustā'),
    c('Burtnieku pagasta svētku programma\n\nSestdien, 17.augustā:\n\nPlkst. 11:00 Burtnieku estrādē', '2013-08-17T11:00:00', ref=dt.date(2013, 8, 15), lang='lv', form='time', span='Sestdien, 17.augustā:\n\nPlkst. 11:00'),
    # http://icelo.lv/lat/stasti-un-galerijas/ttstasti/74119/
    c('novada iedzīvotāji un viesi tiek aicināti laika posmā no 11.08. līdz 17.08. apmeklēt Novada svētkiem veltītos pasākumus', '2013-08-11', '2013-08-17', ref=dt.date(2013, 8, 1), lang='lv', form='range', span='no 11.08. līdz 17.08.'),
    # https://visit.balvi.lv/aktualitates/valsts-svetku-pasakumi-balvu-novada-11-12-novembri/
    c('Valsts svētku pasākumi Balvu novadā 11. – 12. novembrī', '2024-11-11', '2024-11-12', ref=dt.date(2024, 11, 5), lang='lv', form='range', span='11. – 12. novembrī'),
    c('No 7. līdz 18. novembrim Patriotiskā nedēļa- muzejpedagoģiskās programmas bērniem', '2024-11-07', '2024-11-18', ref=dt.date(2024, 11, 5), lang='lv', form='range', span='No 7. līdz 18. novembrim'),
    # http://www.liepajniekiem.lv/zinas/novados/plasi-atzimes-brivibas-dienu-201801
    c('Šogad 4. maijā notiks Latvijas valsts simtgades svinību atklāšana', '2017-05-04', ref=dt.date(2017, 5, 2), lang='lv', form='missing_year', span='4. maijā'),
    # http://www.seniunai.lt/naujienos/item/392
    c('Tradicinė Satkūnų seniūnijos šventė „Pabūkime kartu“\n\n2011-06-01\n\nGegužės 28', '2011-06-01', lang='lt', form='text', span='2011-06-01'),
    c('Gegužės 28 –sios dienos  popietę į Satkūnus rinkosi gausus būrys žmonių.', '2011-05-28', ref=dt.date(2011, 6, 1), lang='lt', form='missing_year', span='Gegužės 28'),
    # https://siauliuraj.lt/lit/Kulturine-veikla/1
    c('2019 m. rugsėjo 21 d., šeštadienis\nSpausdinti puslapio vidurį', '2019-09-21', lang='lt', form='text', span='2019 m. rugsėjo 21 d., šeštadienis'),
    # https://klaipeda.diena.lt/naujienos/miesto-pulsas/pasilaiciu-seniunija-svencia-tarptautine-vaiku-gynimo-diena-231031
    c('Pašilaičių seniūnija švenčia Tarptautinę vaikų gynimo dieną\n\n2010-05-27 12:54', '2010-05-27T12:54:00', lang='lt', form='time', span='2010-05-27 12:54'),
    # http://www.seirijai.com/2014/12/renginiai.html
    c('2014 m. gruodžio 8 d., pirmadienis\n\nRenginiai', '2014-12-08', lang='lt', form='text', span='2014 m. gruodžio 8 d., pirmadienis'),
    # https://www.seirijai.com/2014/10/
    c('Vos  nutilus Rudens šventės šurmuliui  spalio 7 d. Angelų sargų dienos proga', '2014-10-07', ref=dt.date(2014, 10, 24), lang='lt', form='missing_year', span='spalio 7 d.'),
    c('Spalio 23 d. Seirijų kultūros namų darbuotojai pakvietė vaikus pašėlti', '2014-10-23', ref=dt.date(2014, 10, 24), lang='lt', form='missing_year', span='Spalio 23 d.'),
    # https://www.obeczavod.sk/plan-obecnych-podujati-na-rok-2021/
    c('20.06.2021 nedeľa Prvé sv. prijímanie detí 4. ročník Kostol sv. Michala Farský úrad', '2021-06-20', lang='sk', form='text', span='20.06.2021 nedeľa'),
    # https://www.raznany.sk/spravodajstvo/3/3
    c('Stavanie mája\n\n[09.06.2023]      Svätodušné sviatky', '2023-06-09', lang='sk', form='text', span='09.06.2023'),
    c('Dňa 25.4.2023 sa dožil občan našej obce p. Juraj Tuleja sto rokov života.', '2023-04-25', lang='sk', form='text', span='25.4.2023'),
])
FAILURES.extend([
    # https://www.kemma.hu/helyi-kozelet/2024/02/szombati-programajanlo-5
    x('A házasság hete alkalmából szombaton 17 órától az ászári közösségi házban jubiláló házasokat köszöntenek.', 'no_date', ref=dt.date(2024, 2, 10), lang='hu', form='no_date'),
    # https://www.faroocionorte.com/etiquetas/festa?page=27
    x('Esta festa desenvolverase das 17:30 ás 20:30 horas no pavillón do IES Vilar Ponte.', 'no_date', ref=dt.date(2023, 10, 28), lang='gl', form='no_date'),
    # https://klaipeda.diena.lt/naujienos/miesto-pulsas/pasilaiciu-seniunija-svencia-tarptautine-vaiku-gynimo-diena-231031
    x('Ketvirtadienį 15 val. Pašilaičių seniūnija savo bendruomenei Ugnijos skvere rengia šventę', 'no_date', ref=dt.date(2010, 5, 27), lang='lt', form='no_date'),
    # https://www.seirijai.com/2014/10/
    x('penktadienį, 15 val., Seirijų bendruomenės socialinių paslaugų centre „Šilas“', 'no_date', ref=dt.date(2014, 10, 24), lang='lt', form='no_date'),
])
# fmt: on

# fmt: off
# Issue 14, fifth session, batch 1: exhibitions, opening hours and event listings (big languages)
CASES.extend([
    # https://www.nouvellesdefontenay.fr/author/jfb/page/2/
    c('Rentrée littéraire à la librairie Les Pêcheurs d’étoiles, samedi 9 octobre ,16 heures à la Médiathèque', '2021-10-09T16:00:00', ref=dt.date(2021, 9, 30), lang='fr', form='time', span='samedi 9 octobre ,16 heures'),
    c('Samedi 9 octobre à 16 heures,\n\nMédiathèque de Fontenay-aux-Roses', '2021-10-09T16:00:00', ref=dt.date(2021, 9, 30), lang='fr', form='time', span='Samedi 9 octobre à 16 heures'),
    c('C’est pour stopper cette bétonisation frénétique que des Marches des terres auront lieu les 9 et 10 octobre prochains.', '2021-10-09', '2021-10-10', ref=dt.date(2021, 9, 30), lang='fr', form='range', span='9 et 10 octobre'),
    c('Le lendemain, dimanche 10 octobre, les cortèges se regrouperont pour un pique-nique', '2021-10-10', ref=dt.date(2021, 9, 30), lang='fr', form='missing_year', span='dimanche 10 octobre'),
    # http://www.nouvellesdefontenay.fr/category/democratie-locale/comites-dhabitants-democratie-locale/
    c('Ce projet a été connu au Conseil municipal du 12 Novembre.', '2018-11-12', ref=dt.date(2018, 12, 10), lang='fr', form='missing_year', span='12 Novembre'),
    c('Il a été présenté également lors de la réunion publique du quartier Ormeaux-Renards du 21 Novembre.', '2018-11-21', ref=dt.date(2018, 12, 10), lang='fr', form='missing_year', span='21 Novembre'),
    # https://www.100torri.it/?p=384207
    c('DAL SABATO 30 AGOSTO A SABATO 13 SETTEMBRE 2025', '2025-08-30', '2025-09-13', lang='it', form='range'),
    c('INAUGURAZIONE SABATO 30 AGOSTO ORE 17,30\nORARIO 9,00-12,30/15,00-19,30', '2025-08-30T17:30:00', ref=dt.date(2025, 8, 20), lang='it', form='time', span='SABATO 30 AGOSTO ORE 17,30'),
    c('Giovedì 28 agosto 2025, alle ore 21,00 si terrà l’appuntamento conclusivo', '2025-08-28T21:00:00', lang='it', form='time', span='Giovedì 28 agosto 2025, alle ore 21,00'),
    c('Giovedì 28 la visita guidata speciale che conclude le proposte del Museo Civico per il mese di agosto', '2025-08-28', ref=dt.date(2025, 8, 20), lang='it', form='missing_year', span='Giovedì 28'),
    # https://100torri.it/?p=74868
    c('Imbiancheria del Vajro – Chieri\nApertura al pubblico 7 Ottobre – 11 Novembre 2018\nvenerdì, sabato e domenica dalle 16.00 alle 19.00', '2018-10-07', '2018-11-11', lang='it', form='range', span='7 Ottobre – 11 Novembre 2018'),
    c('Con il Vernissage sabato 6 ottobre alle 18.00 alla presenza del Sindaco Claudio Martano', '2018-10-06T18:00:00', ref=dt.date(2018, 9, 25), lang='it', form='time', span='sabato 6 ottobre alle 18.00'),
    c('La Mostra, a ingresso gratuito, sarà aperta al pubblico dal 7 ottobre all’ 11 novembre dal venerdì alla domenica (dalle 16.00 alle 19.00)', '2018-10-07', '2018-11-11', ref=dt.date(2018, 9, 25), lang='it', form='range', span='dal 7 ottobre all’ 11 novembre'),
    # https://www.targatocn.it/2023/05/17/leggi-notizia/argomenti/eventi/articolo/caraglio-salta-linaugurazione-ma-la-mostra-festina-in-tour-apre-al-pubblico.html
    c("L'esposizione, ad ingresso libero,,sarà comunque aperta al pubblico sabato 20 maggio alle ore 10 e sarà visitabile al Bioparco Acquaviva", '2023-05-20T10:00:00', ref=dt.date(2023, 5, 17), lang='it', form='time', span='sabato 20 maggio alle ore 10'),
    c('fino a domenica 25 giugno con i seguenti orari: dal lunedì al giovedì dalle 10 alle 20, il venerdì e sabato dalle 10 alle 24', '2023-06-25', ref=dt.date(2023, 5, 17), lang='it', form='missing_year', span='domenica 25 giugno'),
    # https://www.24emilia.com/?p=96020
    c('saranno ancora visitabili venerdì 10, sabato 11 e domenica 12 giugno dalle 10 alle 20 (con una sola eccezione', '2022-06-10T10:00:00', '2022-06-12T20:00:00', ref=dt.date(2022, 6, 7), lang='it', form='time', span='venerdì 10, sabato 11 e domenica 12 giugno dalle 10 alle 20'),
    c('sarà invece aperta al pubblico giovedì 9 giugno dalle 10 alle 13 e poi ancora', '2022-06-09T10:00:00', '2022-06-09T13:00:00', ref=dt.date(2022, 6, 7), lang='it', form='time', span='giovedì 9 giugno dalle 10 alle 13'),
    c('secondo gli orari del Palazzo dei Musei, essendo prevista fino all’8 gennaio 2023.', '2023-01-08', lang='it', form='text', span='8 gennaio 2023'),
    c('potrà essere visitata giovedì 9 e venerdì 10 giugno dalle 14.30 alle 18.30, sabato 11', '2022-06-09T14:30:00', '2022-06-10T18:30:00', ref=dt.date(2022, 6, 7), lang='it', form='time', span='giovedì 9 e venerdì 10 giugno dalle 14.30 alle 18.30, sabato 11'),
    # http://www.pittorica.it/provincia_palermo.htm
    c('Palermo 15 aprile 2011 -  Palermo ritrova un “suo” artista dimenticato.', '2011-04-15', lang='it', form='text', span='15 aprile 2011'),
    c('L’esposizione sarà inaugurata mercoledì 20 aprile alle 18,30 dal Presidente della Provincia', '2011-04-20T18:30:00', ref=dt.date(2011, 4, 15), lang='it', form='time', span='mercoledì 20 aprile alle 18,30'),
    c('Giovanni Lentini, nato a Palermo il 29 aprile 1882, si trasferì a ventisei anni a Milano', '1882-04-29', lang='it', form='text', span='29 aprile 1882'),
    # http://dev.consorcio-santiago.org/es/noticias/horarios-de-navidad-de-la-casa-del-cabildo
    c('Horarios de Navidad de la Casa del Cabildo\n\nMartes, 20 Diciembre, 2016\n\nCon motivo', '2016-12-20', lang='es', form='text', span='Martes, 20 Diciembre, 2016'),
    # https://elespanol.com/castilla-y-leon/region/valladolid/20220517/diputacion-valladolid-dia-museos-espanola-cynthia-curiel/673183012_0.amp.html
    c('La Diputación de Valladolid celebrará mañana 18 de mayo el Día Internacional de los Museos', '2022-05-18', ref=dt.date(2022, 5, 17), lang='es', form='missing_year', span='18 de mayo'),
    # https://www.madridesnoticia.es/2020/05/pozuelo-reabre-la-primera-exposicion-de-arte-en-la-comunidad-de-madrid/
    c('sábado, octubre 5, 2024\n15.8 C\nMadrid', '2024-10-05', lang='es', form='text', span='sábado, octubre 5, 2024'),
    c('El pasado 18 de marzo la Comunidad permaneció en la fase 0', '2020-03-18', ref=dt.date(2020, 5, 20), lang='es', form='missing_year', span='18 de marzo'),
    c('La muestra en principio acabaría el 31 de mayo, pero al haberse reanudado el pasado miércoles', '2020-05-31', ref=dt.date(2020, 5, 20), lang='es', form='missing_year', span='31 de mayo'),
    # https://www.lne.es/asturias/2025/12/03/agenda-hoy-3-diciembre-asturias-124373883.html
    c('Álvaro Neil presenta hoy su libro, a las 19.30 horas, en el Club LA NUEVA ESPAÑA.', '2025-12-03T19:30:00', ref=dt.date(2025, 12, 3), lang='es', form='time', span='hoy su libro, a las 19.30 horas'),
    c('Hoy, a las 19:45 horas, el Teatro Filarmónica ofrece una de las citas', '2025-12-03T19:45:00', ref=dt.date(2025, 12, 3), lang='es', form='time', span='Hoy, a las 19:45 horas'),
    c('Esta tarde a las 18:00 horas, se celebrará la última conferencia del ciclo', '2025-12-03T18:00:00', ref=dt.date(2025, 12, 3), lang='es', form='time', span='Esta tarde a las 18:00 horas'),
    # https://spin.siedlce.pl/?p=8664
    c('Muzeum Regionalne zaprasza 15 maja na nocne spotkanie z Jackiem', '2021-05-15', ref=dt.date(2021, 5, 10), lang='pl', form='missing_year', span='15 maja'),
    c('Dzień wcześniej (14 maja) od godziny 20 do 24 na placu Sikorskiego można będzie podziwiać wernisaż', '2021-05-14T20:00:00', '2021-05-15T00:00:00', ref=dt.date(2021, 5, 10), lang='pl', form='time', span='14 maja) od godziny 20 do 24'),
    # https://turturi.com/obiekt,19433,centrum-wystawiennicze-w-ratuszu---miejski-osrodek-kultury-i-sportu-w-pyskowicach,slaskie,pyskowice.html
    c('Władysław Macowicz, pedagog, historyk i społecznik, zmarł 13.10.2021r. w wieku 91 lat.', '2021-10-13', lang='pl', form='text', span='13.10.2021r.'),
    c('Święta | Godziny otwarcia |\n---|---|\n2024.12.25 (środa) | x |', '2024-12-25', lang='pl', form='text', span='2024.12.25 (środa)'),
    # https://front7.stg.dev.wroclaw.pl/proxy/go/wydarzenia/sztuka/1407792-wystawa-szalone-lata-90-w-galerii-miejskiej-we-wroclawiu
    c('- TERMINY: Czwartek 26.02 o 18:00\n- Miejsce: Galeria Miejska', '2026-02-26T18:00:00', ref=dt.date(2026, 2, 10), lang='pl', form='time', span='Czwartek 26.02 o 18:00'),
    c('Data: 26 lutego 2026 (czwartek)\nGodzina: 18:00\nMuzyka podczas otwarcia', '2026-02-26T18:00:00', lang='pl', form='time', span='26 lutego 2026 (czwartek)\nGodzina: 18:00'),
    c('Termin: 26 lutego – 26 marca 2026\nKurator: Mirosław Jasiński', '2026-02-26', '2026-03-26', lang='pl', form='range', span='26 lutego – 26 marca 2026'),
    # https://raciborz.com.pl/2019/04/24/otwarcie-galerii-muzeum-na-wodzislawskim-rynku.html
    c('Galeria Muzeum, która jest usytuowana na rynku, została uroczyście otwarta dziś 24 kwietnia.', '2019-04-24', ref=dt.date(2019, 4, 24), lang='pl', form='missing_year', span='24 kwietnia'),
    # https://tatrzanski.iap.pl/wiadomosci/zmiany-w-miejskiej-galerii-sztuki,ad67cc
    c('(ECZ) , "Dziennik Polski" 2007-06-14', '2007-06-14', lang='pl', form='text', span='2007-06-14'),
    # http://chrastava.cz/muinfo/akt08/vystava.htm
    c('V pátek 11. ledna 2008 byla v prostorách Infocentra a Městského muzea slavnostně zahájena výstava', '2008-01-11', lang='cs', form='text', span='pátek 11. ledna 2008'),
    # https://drentsmuseum.nl/nieuws/gewijzigde-openingstijden-4-2
    c('Op woensdag 4 februari hebben wij gewijzigde openingstijden in verband met het weer.', '2026-02-04', ref=dt.date(2026, 2, 2), lang='nl', form='missing_year', span='woensdag 4 februari'),
    c('We verwachten vanaf donderdag 5 februari onze gewone openingstijden weer te kunnen hanteren.', '2026-02-05', ref=dt.date(2026, 2, 2), lang='nl', form='missing_year', span='donderdag 5 februari'),
    # https://www.westlandsmuseum.nl/nl/over-ons/nieuws/museum-gesloten-t-m-20-april
    c('Heropening op zaterdag 5 juni\n\nna een half jaar verplichte sluiting', '2021-06-05', ref=dt.date(2021, 5, 25), lang='nl', form='missing_year', span='zaterdag 5 juni'),
    c("Verder is nog tot en met 4 juli de expositie 'Oorlog. Wat zou jij doen?' te bezichtigen", '2021-07-04', ref=dt.date(2021, 5, 25), lang='nl', form='missing_year', span='4 juli'),
    # https://www.maarkelsnieuws.nl/?p=107579
    c('Welnu: de expositie is geopend op zaterdagen en zondagen 14, 15, 21, 22, 28 en 29 mei 2022 steeds van 14.00 uur tot 16.30 uur.', '2022-05-14T14:00:00', '2022-05-15T16:30:00', lang='nl', form='time', span='14, 15, 21, 22, 28 en 29 mei 2022 steeds van 14.00 uur tot 16.30 uur'),
    # https://gilliottegelmuseum.be/2024/01/
    c('Het museum is namelijk gesloten op zondag 7 januari.', '2024-01-07', ref=dt.date(2024, 1, 2), lang='nl', form='missing_year', span='zondag 7 januari'),
    # https://kunsthal45.nl/author/kunsthal/page/20
    c('Kunsthal 45 is voorlopig gesloten tot donderdag 11 februari', '2021-02-11', ref=dt.date(2021, 1, 20), lang='nl', form='missing_year', span='donderdag 11 februari'),
    c('De tentoonstelling wordt nu op zondag 29 november geopend en zal duren tot 28 februari 2021.', '2020-11-29', '2021-02-28', ref=dt.date(2020, 11, 10), lang='nl', form='range', span='zondag 29 november geopend en zal duren tot 28 februari 2021'),
    # https://bergendal.wereldmuseum.nl/en/visit-wereldmuseum-berg-en-dal/opening-hours-and-admission
    c('- Christmas holiday: 26 December 2022 and 2 January 2023', '2022-12-26', lang='en', form='text', span='26 December 2022 and 2 January 2023'),
    c('- Spring holiday: 20 and 27 February 2023', '2023-02-20', lang='en', form='text', span='20 and 27 February 2023'),
    c('- May holiday: 24 April and 1 May 2023', '2023-04-24', lang='en', form='text', span='24 April and 1 May 2023'),
    c('- Summer holiday: 10, 17, 24 and 31 July and 7, 14, 21 en 28 August 2023', '2023-07-10', lang='en', form='text', span='10, 17, 24 and 31 July and 7, 14, 21 en 28 August 2023'),
    # http://www.pressreader.com/sweden/sk%C3%A4rholmendirekt/20180505/281560881419484
    c('Därefter kan du se utställningen lördagar och söndagar, klockan 13-17, med fritt inträde, fram till den 27 maj.', '2018-05-27', ref=dt.date(2018, 5, 5), lang='sv', form='missing_year', span='27 maj'),
    # http://teckningsmuseet.se/sv/evenemang/
    c('Vernissage: Tillstånd\n\n20 januari 12:00-16:00\nFritt inträde', '2018-01-20T12:00:00', '2018-01-20T16:00:00', ref=dt.date(2018, 1, 5), lang='sv', form='time', span='20 januari 12:00-16:00'),
    c('Sportlovsverkstad\n\n20-23 februari 10:00-16:00\nFritt inträde', '2018-02-20T10:00:00', '2018-02-23T16:00:00', ref=dt.date(2018, 1, 5), lang='sv', form='time', span='20-23 februari 10:00-16:00'),
    c('lördagar: 27 januari, 10 februari, 24 februari, 10 mars', '2018-01-27', ref=dt.date(2018, 1, 5), lang='sv', form='missing_year', span='27 januari, 10 februari, 24 februari, 10 mars'),
    # https://gostawerner.se/lars-vilks-portratt/
    c('Söndagen den 7 augusti 2022 bjöd vi in till medlemsdag med följande program:', '2022-08-07', lang='sv', form='text', span='Söndagen den 7 augusti 2022'),
    # https://koping.se/uppleva-och-gora/sevardheter-och-kultur/konst/utstallningshallen.html
    c('Kontakt för den här sidan:\n\nSenast uppdaterad: 09 oktober 2018', '2018-10-09', lang='sv', form='text', span='09 oktober 2018'),
    c('Utställningsersättning utgår enligt beslut av Kultur- och fritidsnämnden 2016-11-22 §86 - grundersättning', '2016-11-22', lang='sv', form='text', span='2016-11-22'),
    # https://www.fyens.dk/Fredericia/Udstilling-Fredericia-Kunstforening-i-enestaaende-samarbejde-med-Museum-Heerup-i-Roedovre/artikel/3319802
    c('Udstillingen har været længe undervejs frem til ferniseringen 1. februar.', '2019-02-01', ref=dt.date(2019, 1, 30), lang='da', form='missing_year', span='1. februar'),
    # http://www.genforeningsmuseet.dk/renovering-museets-1-sal/
    c('Renovering af museets 1. sal…\n\n    Udgivet den 20. april 2017', '2017-04-20', lang='da', form='text', span='20. april 2017'),
    # https://www.vembyephoto.dk/post/den-store-ferniserings-uge
    c('- Birthe Vembye\n- 10. okt. 2022\n- 2 min læsning', '2022-10-10', lang='da', form='text', span='10. okt. 2022'),
    c('Dette markeres onsdag d. 28.09.22, hvor Bricks som har doneret billederne', '2022-09-28', lang='da', form='text', span='onsdag d. 28.09.22'),
    c('Fredag d. 30.09.22 åbnes udstillingen med en fernisering', '2022-09-30', lang='da', form='text', span='Fredag d. 30.09.22'),
    # https://www.rnn.dk/2020/11/er-du-roedovres-bedste-kunstner/
    c('på dagen for den aflyste fernisering lørdag den 21. november klokken 11 på Rødovre Kommunes facebookside.', '2020-11-21T11:00:00', ref=dt.date(2020, 11, 5), lang='da', form='time', span='lørdag den 21. november klokken 11'),
    c('Indlevering af værker kan ske mandag den 16. november fra klokken 13 til 17 på Rødovre Bibliotek.', '2020-11-16T13:00:00', '2020-11-16T17:00:00', ref=dt.date(2020, 11, 5), lang='da', form='time', span='mandag den 16. november fra klokken 13 til 17'),
    c('Publikum kan stemme på deres favoritværk til og med lørdag den 5. december.', '2020-12-05', ref=dt.date(2020, 11, 5), lang='da', form='missing_year', span='lørdag den 5. december'),
    # https://detgroennemuseum.dk/de/zwei-ausstellungen-schliesen-fur-drei-tage/
    c('Vom 30. November bis voraussichtlich Anfang/Mitte Dezember sind die beiden Ausstellungen geschlossen', '2023-11-30', ref=dt.date(2023, 11, 20), lang='de', form='missing_year', span='30. November'),
    # https://g1.globo.com/sp/piracicaba-regiao/noticia/2022/09/12/mostra-primavera-reune-pinturas-premiadas-de-artistas-de-piracicaba-e-regiao.ghtml
    c('A exposição ficará disponível para visitação gratuita até o dia 7 de outubro, de terça a sexta-feira, das 13h às 17h.', '2022-10-07', ref=dt.date(2022, 9, 12), lang='pt', form='missing_year', span='7 de outubro'),
    # https://araras.sp.leg.br/noticias/camara-municipal-realiza-exposicao-sete-de-setembro,31-08-2015
    c('A Câmara Municipal de Araras inaugura nesta segunda-feira (31), em seu Espaço Artístico-Cultural', '2015-08-31', ref=dt.date(2015, 8, 31), lang='pt', form='missing_year', span='segunda-feira (31)'),
    c('O público visitante poderá conferir as exposições até o dia 7 de setembro durante o horário de funcionamento da Câmara, das 8h às 17h30', '2015-09-07', ref=dt.date(2015, 8, 31), lang='pt', form='missing_year', span='7 de setembro'),
    c('Publicado em: 31 de agosto de 2015\nPublicado por: Imprensa', '2015-08-31', lang='pt', form='text', span='31 de agosto de 2015'),
    c('O Espaço Artístico-Cultural foi criado por meio da resolução nº 6, de 21 de maio de 2013', '2013-05-21', lang='pt', form='text', span='21 de maio de 2013'),
    c('A primeira reunião da Procuradoria Especial da Mulher acontece no dia 5 de março, às 9 horas, na Câmara Munic', '2026-03-05T09:00:00', ref=dt.date(2026, 2, 20), lang='pt', form='time', span='5 de março, às 9 horas'),
    # https://cmmacae.rj.gov.br/museu-do-legislativo-mostra-a-casa-e-o-tempo-supera-25-mil-visitantes
    c('já recebeu 2.884 visitantes, desde a abertura, no dia 15 de maio, além de milhares', '2019-05-15', ref=dt.date(2019, 10, 20), lang='pt', form='missing_year', span='15 de maio'),
    c('A mostra termina em 29 de novembro e recebeu, além de visitantes individuais, 22 escolas.', '2019-11-29', ref=dt.date(2019, 10, 20), lang='pt', form='missing_year', span='29 de novembro'),
    c('Sessão\nA sessão ordinária desta quarta-feira (23) foi aberta e encerrada por falta de quórum.', '2019-10-23', ref=dt.date(2019, 10, 20), lang='pt', form='missing_year', span='quarta-feira (23)'),
    # http://navegandopelospensamentos.blogspot.com/2011/05/camara-comemora-188-anos-camara-dos.html
    c('terça-feira, 3 de maio de 2011\n\nCâmara comemora 188 anos', '2011-05-03', lang='pt', form='text', span='terça-feira, 3 de maio de 2011'),
    c('A exposição pode ser vista até sexta-feira - 6 de maio, das 9 às 18 horas.', '2011-05-06T09:00:00', '2011-05-06T18:00:00', ref=dt.date(2011, 5, 3), lang='pt', form='time', span='6 de maio, das 9 às 18 horas'),
    # https://camarapoa.rs.gov.br/noticias/camara-municipal-festeja-234-anos-nesta-quinta-feira
    c('encerra-se nesta quinta-feira (6/9), data em que o Legislativo da Capital foi instalado', '2007-09-06', ref=dt.date(2007, 9, 3), lang='pt', form='missing_year', span='quinta-feira (6/9)'),
    c('Visitação: de 6 de setembro (14 horas) a 5 de outubro\nLocal: Salão Adel Carvalho', '2007-09-06', '2007-10-05', ref=dt.date(2007, 9, 3), lang='pt', form='range', span='de 6 de setembro (14 horas) a 5 de outubro'),
    # https://limeira.sp.leg.br/noticias/view/2015-01-15_patio-limeira-shopping-sedia-exposicao-sobre-os-170-anos-da-camara-municipal-de-limeira
    c('Data de publicação: 15/01/2015 11:01 | Categoria: Do Gabinete', '2015-01-15T11:01:00', lang='pt', form='time', span='15/01/2015 11:01'),
    # https://limeira.sp.leg.br/noticias/view/2012-07-23_camara-abre-exposicao-que-comemora-seus-168-anos
    c('A exposição “Por dentro da Câmara” foi aberta nesta segunda-feira (23), no Espaço Cultural', '2012-07-23', ref=dt.date(2012, 7, 23), lang='pt', form='missing_year', span='segunda-feira (23)'),
    c('SERVIÇO: a exposição poderá ser visitada até sexta-feira (27), das 8 às 18 horas.', '2012-07-27T08:00:00', '2012-07-27T18:00:00', ref=dt.date(2012, 7, 23), lang='pt', form='time', span='sexta-feira (27), das 8 às 18 horas'),
])
FAILURES.extend([
    # http://www.nouvellesdefontenay.fr/category/democratie-locale/comites-dhabitants-democratie-locale/
    x('Ce bâtiment est fermé depuis Septembre 2016.', 'partial', lang='fr', form='partial'),
    # http://chrastava.cz/muinfo/akt08/vystava.htm
    x('Výstava je otevřena denně včetně soboty a neděle od 9:00 do 12:00 hodin a odpoledne od 13:00 do 16:00 hodin do konce měsíce února.', 'no_date', lang='cs', form='no_date'),
    # http://www.genforeningsmuseet.dk/renovering-museets-1-sal/
    x('….gik i gang mandag den 18. april. Arbejdet kommer til at vare omkring halvanden måned', 'weekday_mismatch', ref=dt.date(2017, 4, 20), lang='da', form='weekday_mismatch'),
])
# The lead's held-back sets A and B (5 Dec 2026): pages not read before, scored before
# the fixes they prompted (74/81 read; see docs/dates.md, "The lead's held-back sets").
CASES.extend([
    # https://fokus-oberursel.de/aktuelles/highlight
    c('Am Wochenende 9./10. November', '2024-11-09', '2024-11-10', ref=dt.date(2024, 10, 20), lang='de', form='range', span='9./10. November'),
    # https://www.nouvellesdefontenay.fr/author/jfb/page/2/
    c('Samedi 9 octobre à 16 heures,', '2021-10-09T16:00:00', ref=dt.date(2021, 9, 20), lang='fr', form='time', span='Samedi 9 octobre à 16 heures'),
    # https://info-flash.com/info-flash/actualites/france/hauts-de-france/nord/23269-faches-thumesnil/80038298-information.html
    c('Samedi 16 novembre\nDe 10h à 16h', '2024-11-16T10:00:00', '2024-11-16T16:00:00', ref=dt.date(2024, 11, 10), lang='fr', form='time'),
    # http://doczz.fr/doc/218068/compte-rendu---union-de-quartier-de-l-ile-verte-de-grenoble
    c('Compte Rendu de l’Assemblée Générale\nde l’Union de Quartier Île Verte – 12 Mars 2015', '2015-03-12', lang='fr', form='text', span='12 Mars 2015'),
    # https://www.varesenews.it/2020/07/samarate-torna-la-musica-dal-vivo-piazziamo-la-musica/946706/
    c('sabato 18 luglio in piazza Italia (Samarate) dalle ore 20.30', '2020-07-18T20:30:00', ref=dt.date(2020, 7, 10), lang='it', form='time'),
    c('Sabato 25 luglio (alle 20.30)', '2020-07-25T20:30:00', ref=dt.date(2020, 7, 10), lang='it', form='time'),
    # https://alcaladeguadaira.es/agenda/2023/diciembre/1119/gran-fiesta-del-alumbrado-de-navidad
    c('el jueves 14 de diciembre en la Plaza de la Almazara', '2023-12-14', ref=dt.date(2023, 12, 1), lang='es', form='missing_year', span='jueves 14 de diciembre'),
    # http://www.colladovillalba.es/es/actualidad/actividades/collado-villalba-rinde-homenaje-a-su-pasado-con-la-celebracion-este-sabado-de-la-jornada-historias-de-un-tiempo.html
    c('Plaza de la Constitución\n14 de mayo de 2022', '2022-05-14', lang='es', form='text', span='14 de mayo de 2022'),
    c('que se celebrará el próximo\nsábado, 14 de mayo, en la Plaza', '2022-05-14', ref=dt.date(2022, 5, 10), lang='es', form='missing_year', span='sábado, 14 de mayo'),
    # https://www.periodicosierramadrid.es/index.php/inicio/item/8576-villaviciosa-de-odon-varios-actos-del-programa-de-fiestas-previstos-para-hoy-sufren-cambios-debido-a-las-inclemencias-meteorologicas
    c('Este jueves 15 de enero, Rubén Amón presenta su libro', '2026-01-15', ref=dt.date(2026, 1, 12), lang='es', form='missing_year', span='jueves 15 de enero'),
    # http://www.gemeentebelangen-opmeer.nl/Achterban.aspx
    c(' maandag 21 januari 2019', '2019-01-21', lang='nl', form='text', span='maandag 21 januari 2019'),
    c(' mandag 4 maart 2019', '2019-03-04', lang='nl', form='text', span='mandag 4 maart 2019'),
    # https://kedzierzynkozle.pl/pl/aktualnosc/druga-i-trzecia-runda-spotkan-osiedlowych?mini=2025-05
    c('Dzisiaj, 9 lutego o swoich problemach mogą porozmawiać', '2016-02-09', ref=dt.date(2016, 2, 9), lang='pl', form='missing_year', span='9 lutego'),
    # https://zachod.pl/1413740/konsultacje-dot-planu-ogolnego-gorzowa-w-poniedzialek-spotkanie-otwarte/
    c('W poniedziałek (2 lutego) odbędzie się spotkanie otwarte', '2026-02-02', ref=dt.date(2026, 1, 30), lang='pl', form='missing_year', span='poniedziałek (2 lutego)'),
    # https://kedzierzynkozle.pl/pl/aktualnosc/druga-i-trzecia-runda-spotkan-osiedlowych?mini=2025-05
    c('16 lutego o godz. 17. z władzami miasta spotykają się', '2016-02-16T17:00:00', ref=dt.date(2016, 2, 9), lang='pl', form='time', span='16 lutego o godz. 17'),
    c('11 lutego, ale o godz. 17. w siedzibie rady osiedla', '2016-02-11T17:00:00', ref=dt.date(2016, 2, 9), lang='pl', form='time', span='11 lutego, ale o godz. 17'),
    # https://www.denik.cz/tipy-na-vikend/top-akce-vikendu-podle-deniku-podivejte-se-kam-muzete-vyrazit-20200917.html
    c('KDY: sobota 19. září od 10 hodin', '2020-09-19T10:00:00', ref=dt.date(2020, 9, 17), lang='cs', form='time', span='sobota 19. září od 10 hodin'),
    # https://www.tachovsko.com/oslavy-vzniku-republiky-28510.html
    c('Termín: začátek sobota 28. říjen 2023 od 16.00 hod', '2023-10-28T16:00:00', lang='cs', form='time', span='sobota 28. říjen 2023 od 16.00 hod'),
    # http://urbanicity.org/urbanicityalerts/NewsJune21.htm
    c('Wednesday 30 June 2021, 09:00 to 12:30', '2021-06-30T09:00:00', '2021-06-30T12:30:00', lang='en', form='time'),
    c('30/6/2021 - Creating attractive cities webinar', '2021-06-30', lang='en', form='text', span='30/6/2021'),
    # https://www.trami5missions.eu/how-strengthen-national-governance-achieving-cities-mission-good-practice-cases-austria-france
    c('join our first webinar on 20 March 2023 (2pm-4pm CET)', '2023-03-20T14:00:00+01:00', '2023-03-20T16:00:00+01:00', lang='en', form='zone', tz='CET', span='20 March 2023 (2pm-4pm CET)'),
    # https://citynet-ap.org/events/schedule/
    c('the visit from Dublin to Seoul that was held from 29 August-2 September 2022', '2022-08-29', '2022-09-02', lang='en', form='range', span='from 29 August-2 September 2022'),
    # http://urbanicity.org/urbanicityalerts/NewsJune21.htm
    c('Eurocities 2021 Leipzig will take place from 3 to 5 November.', '2021-11-03', '2021-11-05', ref=dt.date(2021, 6, 23), lang='en', form='range', span='from 3 to 5 November'),
    # http://sn.dk/Taastrup/Paa-loerdag-er-der-byfest/artikel/659197?rss
    c('På lørdag den 3. juni er der byfest i Hedehusene i tidsrummet kl. 10-15.', '2017-06-03T10:00:00', '2017-06-03T15:00:00', ref=dt.date(2017, 6, 1), lang='da', form='time', span='lørdag den 3. juni er der byfest i Hedehusene i tidsrummet kl. 10-15'),
    # https://sn.dk/Roskilde/Folkefest-udskudt-til-efteraaret/artikel/932563?rss
    c('I stedet er festen rykket til lørdag den 12. september.', '2020-09-12', ref=dt.date(2020, 4, 20), lang='da', form='missing_year', span='lørdag den 12. september'),
    # https://sn.dk/Albertslund-Posten/Lukker-sommerfest-men-aabner-haven/artikel/1345768?rss
    c('Torsdag 20. august kommer Gypsy Vendetta', '2020-08-20', ref=dt.date(2020, 8, 10), lang='da', form='missing_year', span='Torsdag 20. august'),
    # http://xn--voreshvals-9cb.dk//idebank/2014-1013.html
    c('Indsendelsesdato: 12.05.2014', '2014-05-12', lang='da', form='text', span='12.05.2014'),
    # https://www.beol.hu/programajanlo/2024/09/programok-bekes-varmegye-szeptember-20
    c('Szeptember 20., péntek-szeptember 22., vasárnap', '2024-09-20', '2024-09-22', ref=dt.date(2024, 9, 20), lang='hu', form='range'),
    # https://www.vaol.hu/helyi-kultura/2023/09/itt-a-nagy-hetvegi-programajanlo-vas-varmegyebol-asztalko-fesztivallal-vadasznappal-es-falunapokkal-bucsuzik-a-nyar
    c('SZOMBATHELY Szeptember 2., szombat 20 óra – Emlékmű-domb', '2023-09-02T20:00:00', ref=dt.date(2023, 9, 1), lang='hu', form='time', span='Szeptember 2., szombat 20 óra'),
    c('Szeptember 3., vasárnap 10–14 óra – Agora–Savaria Filmszínház', '2023-09-03T10:00:00', '2023-09-03T14:00:00', ref=dt.date(2023, 9, 1), lang='hu', form='time', span='Szeptember 3., vasárnap 10–14 óra'),
    # https://docplayer.hu/amp/4896427-E-l-o-t-e-r-j-e-s-z-t-e-s-kerekegyhaza-varosi-onkormanyzat-kepviselo-testuletenek-2010-majus-25-i-ulesere.html
    c('Kerekegyháza Városi Önkormányzat Képviselő-testületének 2010. május 25-i ülésére', '2010-05-25', lang='hu', form='text', span='2010. május 25-i'),
    # https://www.feol.hu/helyi-kozelet/2024/02/programok-minden-mennyisegben-kozel-s-tavol-alap-elmebajnoksag-ajanlo
    c('Elmebajnoksággal (február 23.) rúgják be', '2024-02-23', ref=dt.date(2024, 2, 10), lang='hu', form='missing_year', span='február 23'),
    # https://www.graiul.ro/2023/10/05/sarbatoarea-castanelor-organizata-cand-castanele-sunt-coapte/
    c('evenimentul se va derula în perioada 27-29 octombrie', '2023-10-27', '2023-10-29', ref=dt.date(2023, 10, 5), lang='ro', form='range', span='27-29 octombrie'),
    # https://turust.fi/turun-uuden-kauppatorin-avajaisia-juhlitaan-syyskuussa-viikon-ajan
    c('Pääjuhla on lauantaina 17.9. Kauppatorilla.', '2022-09-17', ref=dt.date(2022, 6, 1), lang='fi', form='missing_year', span='lauantaina 17.9.'),
    # https://turunseutusanomat.fi/?p=29980
    c('Vanhalla Suurtorilla Turku-aiheisen kirpputoritapahtuman 18. kesäkuuta kello 11–15.', '2022-06-18T11:00:00', '2022-06-18T15:00:00', ref=dt.date(2022, 6, 10), lang='fi', form='time', span='18. kesäkuuta kello 11–15'),
    # https://emakedonia.j.scaleforce.net/kalamaria-allagi-imerominias-sto-anamma-toy-dentroy-679061
    c('την Παρασκευή 8 Δεκεμβρίου 2023 και ώρα 18:00, στην Πλατεία', '2023-12-08T18:00:00', lang='el', form='time', span='Παρασκευή 8 Δεκεμβρίου 2023 και ώρα 18:00'),
    c('Αύριο Πέμπτη 7 Δεκεμβρίου 7:00 μ.μ., στην Πλατεία Σκρα', '2023-12-07T19:00:00', ref=dt.date(2023, 12, 6), lang='el', form='time', span='Πέμπτη 7 Δεκεμβρίου 7:00 μ.μ.'),
    # https://kastoria365.gr/2023/12/31/8me8-oi-eortastikes-ekdiloseis-toy-dimoy-kastorias-simera-kyriaki-teleytaia-imera-toy-chronoy-ploysio-programma
    c('Οι εκδηλώσεις του Δήμου Καστοριάς  31 Δεκεμβρίου 2023', '2023-12-31', lang='el', form='text', span='31 Δεκεμβρίου 2023'),
    # https://timeforgoodnews.gr/2023/09/συναυλία-για-την-ημέρα-των-συλλόγων
    c('το Σάββατο 30 Σεπτεμβρίου από τις 17.00 έως 21.00 στο γήπεδο', '2023-09-30T17:00:00', '2023-09-30T21:00:00', ref=dt.date(2023, 9, 28), lang='el', form='time', span='Σάββατο 30 Σεπτεμβρίου από τις 17.00 έως 21.00'),
    c('28/9/2023\nΟ Δήμος Παπάγου', '2023-09-28', lang='el', form='text', span='28/9/2023'),
    # http://gradacac.ba/naslovna/index.php/aktuelnosti/novosti/1851-program-obiljezavanja-22-oktobra-dana-grada-gradacac
    c('- Petak 18.10.2019. godine', '2019-10-18', lang='hr', form='text', span='Petak 18.10.2019. godine'),
    c('- Utorak 22. 10. 2019. godine', '2019-10-22', lang='hr', form='text', span='Utorak 22. 10. 2019. godine'),
    # https://www.raznany.sk/spravodajstvo/3/3
    c('[09.06.2023]      Svätodušné sviatky', '2023-06-09', lang='sk', form='text', span='09.06.2023'),
    c('Dňa 25.4.2023 sa dožil občan našej obce', '2023-04-25', lang='sk', form='text', span='25.4.2023'),
    # https://www.obecturie.eu/products/den-ucty-k-starsim/
    c('Dňa 18. 10. 2010 pozvalo obecné zastupiteľstvo', '2010-10-18', lang='sk', form='text', span='18. 10. 2010'),
    # http://www.trebostovo.sk/cms/?q=node/104
    c('budú pokračovať na budúcu sobotu 15.2. fašiangovou veselicou.', '2020-02-15', ref=dt.date(2020, 2, 8), lang='sk', form='missing_year', span='sobotu 15.2.'),
    # https://www.dolenjskilist.si/2022/07/12/263912/novice/dolenjska/Trski_dnevi_v_Zuzemberku_vrhunci_se_sledijo/
    c('12.7.2022 | 10:30', '2022-07-12T10:30:00', lang='sl', form='time'),
    # http://www.dolenjskilist.si/2017/05/27/176408/novice/posavje/Trzisce_v_zivo_in_na_filmu/
    c('27.5.2017 | 17:00', '2017-05-27T17:00:00', lang='sl', form='time'),
    # https://24plovdiv.bg/amp/12461118
    c('Откриват обновения централен площад на Асеновград на 6 септември', '2022-09-06', ref=dt.date(2022, 9, 5), lang='bg', form='missing_year', span='6 септември'),
    # https://bnr.bg./radiobulgaria/post/102080644/praznichna-magia-s-pesni-tanci-i-sreshti-s-dado-koleda-otkrivat-koledno-gradche-v-pleven
    c('програма на общината ще стартира на 2 декември с тържествено', '2024-12-02', ref=dt.date(2024, 11, 28), lang='bg', form='missing_year', span='2 декември'),
    # https://namrb.org/bg/byuletin?newsletter=383
    c('Брой 44 / 24-10-2025г.', '2025-10-24', lang='bg', form='text', span='24-10-2025г.'),
    c('който се проведе на 20 – 21 октомври 2025 г., в гр. Бургас', '2025-10-20', '2025-10-21', lang='bg', form='range', span='20 – 21 октомври 2025 г.'),
    # https://bnr.bg/plovdiv/post/101715989/lilkovo
    c('официалната част ще е в събота, 8 октомври, 2022г. и предвижда', '2022-10-08', lang='bg', form='text', span='събота, 8 октомври, 2022г.'),
    c('последвали 5 октомври 1912г.', '1912-10-05', lang='bg', form='text', span='5 октомври 1912г.'),
    # http://217.174.146.88/bulgaria/za-shesti-pt-obshchina-belitsa-praznuva-pod-nadslov-s-liubov-i-viara-v-obshchite-tsennosti
    c('е на 23 септември, събота, от 15:00 часа на площада', '2023-09-23T15:00:00', ref=dt.date(2023, 9, 10), lang='bg', form='time', span='23 септември, събота, от 15:00 часа'),
    # https://www.lzinios.lt/amp/lietuva/nepriklausomybes-atkurimo-dienos-minejimo-renginiai/197924
    c('Vasario 10 d., antradienis\n\n13.00 val.', '2015-02-10T13:00:00', ref=dt.date(2015, 1, 20), lang='lt', form='time'),
    c('Kovo 4 d., trečiadienis\n\n18.30 val.', '2015-03-04T18:30:00', ref=dt.date(2015, 1, 20), lang='lt', form='time'),
    # https://993420.cz968.group/naujiena_salako-miestelio-svente_14528
    c('šventėje, kuri vyks birželio 30–liepos 2 dienomis.', '2023-06-30', '2023-07-02', ref=dt.date(2023, 6, 28), lang='lt', form='range', span='birželio 30–liepos 2'),
    c('2023-06-28 13:15:35', '2023-06-28T13:15:35', lang='lt', form='time'),
    # https://apkeliauk.lt/lietuva/sirvintos/sirvintu-miesto-svente-2024-programa
    c('Širvintų miesto šventė vyks 2024 m. liepos 27 d. ir žada', '2024-07-27', lang='lt', form='text', span='2024 m. liepos 27 d.'),
    # http://dev.alkas.lt/2016/02/13/kviecia-vasario-16-osios-sventiniai-renginiai/
    c('renginiai, prasidėję vasario 8 d. pirmadienį,', '2016-02-08', ref=dt.date(2016, 2, 13), lang='lt', form='missing_year', span='vasario 8 d. pirmadienį'),
    # https://www.regio7.cat/agenda/2025/09/12/idees-per-sortir-casa-cap-121491624.html
    c('Dijous 18 de setembre, a les 20.30 h, a l’envelat', '2025-09-18T20:30:00', ref=dt.date(2025, 9, 12), lang='ca', form='time', span='Dijous 18 de setembre, a les 20.30 h'),
    # https://www.regio7.cat/oci/agenda/2021/06/11/cinc-fires-i-festes-per-52874471.html
    c('Venda d’abonaments exclusivament per persones empadronades a Santpedor del 12 al 27 de juny.', '2021-06-12', '2021-06-27', ref=dt.date(2021, 6, 11), lang='ca', form='range', span='del 12 al 27 de juny'),
    # https://parnu.postimees.ee/8196151/ev-107-uritused-parnumaal-kohvitamine-kinoseansid-tuurid-aktused-ja-kuulsuste-kontserdid
    c('Põhja-Pärnumaal toimub 24. veebruaril pidulik lipuheiskamine kell 10 Vändra kirikumäel.', '2025-02-24T10:00:00', ref=dt.date(2025, 2, 15), lang='et', form='time', span='24. veebruaril pidulik lipuheiskamine kell 10'),
    c('algab laupäeval, 22. veebruaril kell 17 Kilingi-Nõmme klubis.', '2025-02-22T17:00:00', ref=dt.date(2025, 2, 15), lang='et', form='time', span='laupäeval, 22. veebruaril kell 17'),
    c('Surju rahvamajas tähistatakse Eesti sünnipäeva 23. veebruaril kell 15, mil esineb', '2025-02-23T15:00:00', ref=dt.date(2025, 2, 15), lang='et', form='time', span='23. veebruaril kell 15'),
    # https://kylauudis.ee/tag/aastapaev/page/2/
    c('peetakse 26.veebruaril 2012 Kõue vallas Alansi külas', '2012-02-26', lang='et', form='text', span='26.veebruaril 2012'),
    # http://karlaklubi.blogspot.com/2010/03/valla-eakad-pidutsesid.html
    c('neljapäev, 25. märts 2010', '2010-03-25', lang='et', form='text'),
    c('Kolmapäeval, 24. märtsil toimus traditsiooniline', '2010-03-24', ref=dt.date(2010, 3, 25), lang='et', form='missing_year', span='Kolmapäeval, 24. märtsil'),
    # https://sonumitooja.ee/mida-on-lauritsapaeva-tahistamisel-tanavu-uut-plaanis-ja-mida-teete-ka-seekord-traditsioonil/
    c('Lauritsapäeval, 10. augustil on Kuusalu kirikus', '2022-08-10', ref=dt.date(2022, 8, 5), lang='et', form='missing_year', span='10. augustil'),
    c('rahvapidustused on Kuusalus laupäeval, 13. augustil.', '2022-08-13', ref=dt.date(2022, 8, 5), lang='et', form='missing_year', span='laupäeval, 13. augustil'),
    # https://unia.news/15/02/2022/meshkanciv-sadgori-kli
    c('17 лютого в культурно-мистецькому центрі', '2022-02-17', ref=dt.date(2022, 2, 15), lang='uk', form='missing_year', span='17 лютого'),
])
# Fifth session, batch 32: second passes in Slovenian, Finnish, Maltese, Irish, Basque
# and Estonian.
CASES.extend([
    # https://www.ljubljana.si/sl/aktualno/ta-veseli-dan-kulture/
    c('ponedeljek, 30. 11. 2015\n\nTa veseli dan kulture', '2015-11-30', lang='sl', form='text', span='ponedeljek, 30. 11. 2015'),
    # https://www.koroskenovice.si/oznaka/dogodki
    c('Ta častitljivi jubilej bodo obeležili z velikim glasbenim praznikom, v petek, 28. novembra 2025, ob 19. uri v Rdeči dvorani Velenje.', '2025-11-28T19:00:00', lang='sl', form='time', span='petek, 28. novembra 2025, ob 19. uri'),
    c('Začenjajo se drevi s projekcijo filma Koroški diptih, vse do 2. decembra pa prinašajo še razstavi', '2025-12-02', ref=dt.date(2025, 11, 11), lang='sl', form='missing_year', span='2. decembra'),
    # https://stayhappening.com/e/kirjava-viikko-pasilan-kirjaston-kirppispäivä-E2ISY13RBEA
    c('Tule tekemään löytöjä lauantaina 22.11. klo 11-14!', '2025-11-22T11:00:00', '2025-11-22T14:00:00', ref=dt.date(2025, 11, 10), lang='fi', form='time', span='lauantaina 22.11. klo 11-14'),
    c('Kirjavaa keskiviikkoa juhlistetaan parhaimmillaan koko viikon (17.–23.11.) ajan Kirjava viikko -hengessä.', '2025-11-17', '2025-11-23', ref=dt.date(2025, 11, 10), lang='fi', form='range', span='17.–23.11.'),
    # https://alasatakunta.fi/paakirjoitukset/kirja-avartaa-mielta-6.2.105804.69a720f66e
    c('11.1.2019 8.00\nPääkirjoitukset\n \nLiisa Nykänen', '2019-01-11T08:00:00', lang='fi', form='time', span='11.1.2019 8.00'),
    # https://laikosblog.org/2019/09/11/
    c('ser jiċċelebraw il-festa ta’ dan il-qaddis nhar it-Tnejn 23 ta’ Settembru 2019 fil-Parroċċa tat-Trinita Qaddisa l-Marsa', '2019-09-23', lang='mt', form='text', span='Tnejn 23 ta’ Settembru 2019'),
    # https://sacrocuorsliema.com/festa-tas-sultana-tahna-tal-qalb-helwa-ta-gesu-il-hadd-26-ta-gunju-2022/
    c('2. Is-Sibt 25 ta’ Ġunju : 6.30pm Quddiesa bil-Mandat lir-Reffiegħa tal-Istatwa tas-Sultana tagħna.', '2022-06-25T18:30:00', ref=dt.date(2022, 6, 20), lang='mt', form='time', span='Sibt 25 ta’ Ġunju : 6.30pm'),
    c('4. It-Tnejn 27 ta’ Ġunju :\n7.30pm Programm Mużikali tal-Festa mill-Banda “Sliema”.', '2022-06-27T19:30:00', ref=dt.date(2022, 6, 20), lang='mt', form='time', span='Tnejn 27 ta’ Ġunju :\n7.30pm'),
    # https://www.mellieha.gov.mt/news/Camping%20and%20BBQ%20Permits
    c('fosthom dik tal-75 persuna, b’effett mit-30 ta’ Ġunju 2020, il-Kunsill unanimament qabel', '2020-06-30', lang='mt', form='text', span='30 ta’ Ġunju 2020'),
    # https://www.one.com.mt/news/category/kultura/page/59/
    c('Il-Ħadd 22 t’Ottubru se tkun qed issir mixja bl-annimali f’Ħal Qormi.', '2017-10-22', ref=dt.date(2017, 10, 10), lang='mt', form='missing_year', span='Ħadd 22 t’Ottubru'),
    # https://ga.kilkennycoco.ie/eng/news/press_releases/press-release-heritage-week-2022-at-kilkenny-libraries.html
    c('Ar siúl ón 15ú go dtí an 19ú Lúnasa.', '2022-08-15', '2022-08-19', ref=dt.date(2022, 8, 1), lang='ga', form='range', span='15ú go dtí an 19ú Lúnasa'),
    c('do Sheachtain na hOidhreachta 2022, a bheidh ar siúl ón 15 go dtí an 19 Lúnasa.', '2022-08-15', '2022-08-19', ref=dt.date(2022, 8, 1), lang='ga', form='range', span='15 go dtí an 19 Lúnasa'),
    # https://www.independent.ie/seachtain/gaeil-ar-fud-an-domhain-pairteach-le-cheile-i-seachtain-na-gaeilge-2023/42363175.html
    c('Beidh féile bhliantúil Sheachtain na Gaeilge le Energia ar siúl go dtí an 17 Márta agus beidh na céadta imeachtaí ann.', '2023-03-17', ref=dt.date(2023, 3, 4), lang='ga', form='missing_year', span='17 Márta'),
    # http://dkitimes.dkit.ie/volume-6/issue-19/seachtain-na-gaeilge
    c('Beidh Lá Fhéile Pádraig á chéiliúradh ag Éireannaigh ar fud an domhain ar an Sathairn, 17ú Márta, mar is gnáth gach bliain.', '2012-03-17', ref=dt.date(2012, 3, 5), lang='ga', form='missing_year', span='Sathairn, 17ú Márta'),
    c('Ceolchoirm "Radharc ó na Sléibhte", Máirt 13ú, in Amharclann Mhic Anna ag 19.00.', '2012-03-13T19:00:00', ref=dt.date(2012, 3, 5), lang='ga', form='time', span='Máirt 13ú, in Amharclann Mhic Anna ag 19.00'),
    c('ciorcal comhrá = conversation circle\n\nMurt Ó Séaghdha, 05/03/2012', '2012-03-05', lang='ga', form='text', span='05/03/2012'),
    # https://cairdeteo.com/ga/2017/03/clar-lan-dimeachtai-sheachtain-na-gaeilge/
    c('Beidh grúpa cnocadóireachta Ard Mhacha, Siúil, ag eagrú siúlóide speisialta Dé Sathairn 4 Márta le tús a chur leis an cheiliúradh', '2017-03-04', ref=dt.date(2017, 3, 2), lang='ga', form='missing_year', span='Sathairn 4 Márta'),
    c('Ar an Mháirt 7 Márta, beidh an grúpa Comhrá & Craic ag eagrú ceiliúrtha speisialta', '2017-03-07', ref=dt.date(2017, 3, 2), lang='ga', form='missing_year', span='Mháirt 7 Márta'),
    c('Beidh tráth na gceist Gaeilge á réachtáil ag Comhairle Uladh den CLG sa Pháirc Lúthchleasa in Ard Mhacha Dé hAoine 10 Márta ar 7.30pm.', '2017-03-10T19:30:00', ref=dt.date(2017, 3, 2), lang='ga', form='time', span='hAoine 10 Márta ar 7.30pm'),
    # https://www.derrystrabane.com/Council/News/Clar-Sheachtain-na-Gaeilge-2020-seolta-i-nDoire-ag
    c('Ón 1ú – 17ú Márta beidh pobail ar fud fad oileán na hÉireann', '2020-03-01', '2020-03-17', ref=dt.date(2020, 2, 27), lang='ga', form='range', span='1ú – 17ú Márta'),
    # https://www.meoneile.ie/cultur-agus-ealain/seachtain-na-gaeilge-faoi-l%C3%A1n-seoil
    c('le páirt a ghlacadh sa spraoi ó 4 – 17 Márta 2013, áit a mbeidh imeachtaí spraíúla', '2013-03-04', '2013-03-17', lang='ga', form='range', span='4 – 17 Márta 2013'),
    # https://www.thecollegeview.com/2017/03/08/seachtain-na-gaeilge-dcu/
    c('Beidh rudaí ar siúil i ngach cúinne den tír, go háirithe DCU. Beimid á ceiliúradh idir an 6ú – 9ú Márta!', '2017-03-06', '2017-03-09', ref=dt.date(2017, 3, 8), lang='ga', form='range', span='6ú – 9ú Márta'),
    c('!\n\n4ú Márta – Spraoi na Seachtaine\n\nBeidh Spraoi na Seachtaine', '2017-03-04', ref=dt.date(2017, 3, 8), lang='ga', form='missing_year', span='4ú Márta'),
    # https://guaixe.eus/lizarraga/1676372079393-lizarragako-mozorraldia
    c('Bazkarirako tiketa otsailaren 13ra arte, astelehen, eros daitezke 25 eurotan helduak', '2023-02-13', ref=dt.date(2023, 2, 14), lang='eu', form='missing_year', span='otsailaren 13ra'),
    # https://oarsoaldea.hitza.eus/2018/01/23/igandean-irtengo-dira-trintxerpeko-kaldereroak
    c('Entsegua bihar (hilak 24, asteazkena) egingo dute, alkateordetzako sotoan.', '2018-01-24', ref=dt.date(2018, 1, 23), lang='eu', form='missing_year', span='bihar'),
    # https://www.berria.eus/paperekoa/1500/033/001/2013-08-13/donibane-garaziren-aldi.htm
    c('Joanes Etxebarria.\nMaule\n2013ko abuztuaren 13a\n00:00\nEntzun', '2013-08-13T00:00:00', lang='eu', form='time', span='2013ko abuztuaren 13a\n00:00'),
    # https://www.meiemaa.ee/index.php?content=artiklid&sub=54&artid=73610
    c('NÄDALALÕPP\n\n“Et las hüüda hella pilli...”\n\nReede, 25. november 2016.', '2016-11-25', lang='et', form='text', span='Reede, 25. november 2016'),
    c('Laupäeval, 26. novembril toimub juba kümnendat korda Saare maakonna rahvamuusikapäev', '2016-11-26', ref=dt.date(2016, 11, 25), lang='et', form='missing_year', span='Laupäeval, 26. novembril'),
    # https://pohjarannik.postimees.ee/7611658/suve-saadavad-ara-pooripaeva-kontserdid
    c('23. septembril algusega kell 18 on rahvas oodatud suve ära saatma Väike-Pungerja postijaama hoovi.', '2022-09-23T18:00:00', ref=dt.date(2022, 9, 15), lang='et', form='time', span='23. septembril algusega kell 18'),
    # https://antslakultuur.ee/?p=1349
    c('17. Külapillimeeste päev\n9. sept. 2023 18:00 - 21:00\n10€Oodatud', '2023-09-09T18:00:00', '2023-09-09T21:00:00', lang='et', form='time', span='9. sept. 2023 18:00 - 21:00'),
    # https://wp.saartehaal.ee/2014/10/30/puhabe-oo-liival-kontsert/
    c('31. oktoobri õhta oo Orisare kultuurimajas kontsert.', '2014-10-31', ref=dt.date(2014, 10, 30), lang='et', form='missing_year', span='31. oktoobri'),
])
FAILURES.extend([
    # https://www.one.com.mt/news/category/kultura/page/59/
    x('b’attivitajiet li se jsiru fi Triq Ġorġ Borg Olivier u Misraħ il-Parroċċa mis-7 ta’ filgħaxija.', 'no_date', ref=dt.date(2017, 10, 10), lang='mt', form='no_date'),
    # https://pohjarannik.postimees.ee/7605170/posti-piknikulava-hooaja-lopetab-ullatusesineja
    x('Viimati, septembri esimesel pühapäeval oli lava Tõuni ja Stasi päralt.', 'no_date', ref=dt.date(2022, 9, 10), lang='et', form='no_date'),
    # https://www.meiemaa.ee/index.php?content=artiklid&sub=54&artid=73610
    x('Päev algab kell 11, kontsert kõigile huvilistele kell 13.30.', 'no_date', ref=dt.date(2016, 11, 25), lang='et', form='no_date'),
])
# fmt: on

# fmt: off
# Issue 14, fifth session, batch 2: consultations, council minutes and calendars, news stamps, event tips (big languages)
CASES.extend([
    # https://citynet-ap.org/events/schedule/
    c('36th CityNet-Kuala Lumpur Regional Training Center Session24 April – 12 May\n\nCityNet and Kuala Lumpur', '2024-04-24', '2024-05-12', ref=dt.date(2024, 1, 15), lang='en', form='range', span='24 April – 12 May'),
    c('This study visit continues the work established through the visit from Dublin to Seoul that was held from 29 August-2 September 2022.', '2022-08-29', '2022-09-02', lang='en', form='range', span='from 29 August-2 September 2022'),
    # https://haveyoursay.wagga.nsw.gov.au/past-planning-amendments/LEP180012/how-can-the-community-be-involved-at-the-council-meeting
    c('When will Council consider this proposal?\n\n19 December 2019\n\nThe planning proposal', '2019-12-19', lang='en', form='text', span='19 December 2019'),
    # http://clonburris.ie/Make-a-Submission/
    c('Public Consultation of the Draft Planning Scheme ended on 3rd November 2017.', '2017-11-03', lang='en', form='text', span='3rd November 2017'),
    # https://connectstonnington.vic.gov.au/chapelrevision/make-a-submission
    c('News\n\nMake a submission\n\n8 May 2018\n\nAny person who may be affected', '2018-05-08', lang='en', form='text', span='8 May 2018'),
    c('Submissions are open until Monday 18 June 2018\n\nTo make a submission', '2018-06-18', lang='en', form='text', span='Monday 18 June 2018'),
    # https://taupodc.govt.nz/council/consultation/zclosed-consultations/2024/draft-long-term-plan-2024-34/zmake-a-submission
    c('Submissions on the draft Long-term Plan closed at 4.30pm Monday 8 July 2024. Thank you', '2024-07-08T16:30:00', lang='en', form='time', span='4.30pm Monday 8 July 2024'),
    c('Hearings and deliberations are scheduled for Monday 29 July to Friday 2 August 2024.', '2024-07-29', '2024-08-02', lang='en', form='range', span='Monday 29 July to Friday 2 August 2024'),
    c('- Submission period closes: 4.30pm Friday 5 July 2024\n- Hearings', '2024-07-05T16:30:00', lang='en', form='time', span='4.30pm Friday 5 July 2024'),
    # https://yoursay.dubbo.nsw.gov.au/draft-Budget-Delivery-Program-and-Operational-Plan/form-submission-draft-budget-and-operational-plan-23-24
    c('Feedback is welcome until 5.00pm Monday 29 May 2023.', '2023-05-29T17:00:00', lang='en', form='time', span='5.00pm Monday 29 May 2023'),
    # https://citysummit.nlc.org/program/schedule-at-a-glance
    c('2025 City Summit in Salt Lake City, UT\nNovember 20-22, 2024 (Pre-conference Nov. 19) | salt palace', '2024-11-20', '2024-11-22', lang='en', form='range', span='November 20-22, 2024'),
    c('TUE\nNOV 18\n3–5 PM\nRegistration & Ask NLC Open', '2025-11-18T15:00:00', '2025-11-18T17:00:00', ref=dt.date(2025, 11, 1), lang='en', form='time', span='TUE\nNOV 18\n3–5 PM'),
    c('WED\nNOV 19\n7 AM–6:30 PM\nRegistration & Ask NLC Open', '2025-11-19T07:00:00', '2025-11-19T18:30:00', ref=dt.date(2025, 11, 1), lang='en', form='time', span='WED\nNOV 19\n7 AM–6:30 PM'),
    # https://www.calcities.org/news/post/2022/03/09/registration-now-open-for-city-leaders-summit-make-your-voice-heard
    c('Registration now open for City Leaders Summit. Make your voice heard!\n\nMar 9, 2022\n\nScheduled', '2022-03-09', lang='en', form='text', span='Mar 9, 2022'),
    c('Scheduled for May 11-13, the City Leaders Summit is a brand-new League of California Cities event', '2022-05-11', '2022-05-13', ref=dt.date(2022, 3, 9), lang='en', form='range', span='May 11-13'),
    c('The City Leaders Summit begins on May 11 with a full day of legislative advocacy.', '2022-05-11', ref=dt.date(2022, 3, 9), lang='en', form='missing_year', span='May 11'),
    # https://citiesunited.org/2025-convening
    c('2025\nConvening\n\nOctober 28-31, 2025\nLouisville, KY', '2025-10-28', '2025-10-31', lang='en', form='range', span='October 28-31, 2025'),
    c('Louisville, KY\n\nregistration opens may 1st\n\nJoin Us This Year', '2025-05-01', ref=dt.date(2025, 3, 1), lang='en', form='missing_year', span='may 1st'),
    # https://calcities.org/home/post/2023/06/21/discuss-common-issues-and-connect-with-peers-during-department-meetings-at-the-2023-annual-conference-and-expo
    c('Find your department meeting and add it to your calendar.\n\nWednesday, Sept. 20\n\n  • City Clerks: 8:30-9:00 a.m.', '2023-09-20', ref=dt.date(2023, 6, 21), lang='en', form='missing_year', span='Wednesday, Sept. 20'),
    c('Before July 27, registration for all three days starts at $650 for city officials', '2023-07-27', ref=dt.date(2023, 6, 21), lang='en', form='missing_year', span='July 27'),
    # https://calcities.org/home/post/2023/06/07/run-don-t-walk-for-the-cal-cities-annual-conference-and-expo-in-sacramento
    c('Scheduled for Sept. 20-22, the annual conference is an opportunity to find solutions', '2023-09-20', '2023-09-22', ref=dt.date(2023, 6, 7), lang='en', form='range', span='Sept. 20-22'),
    # https://www.calcities.org/news/post/2024/03/20/marquee-advocacy-event-includes-lobbying-member-rally-education-sessions-and-more
    c('The summit begins on April 17 with a full day of lobbying, including a member rally', '2024-04-17', ref=dt.date(2024, 3, 20), lang='en', form='missing_year', span='April 17'),
    c('April 18 starts with keynote speaker Vincent Phipps, a communication specialist.', '2024-04-18', ref=dt.date(2024, 3, 20), lang='en', form='missing_year', span='April 18'),
    # https://www.eurocommpr.at/de/News-Corner/City-News
    c('Entlassungen angekündigt.\n\n29.9.2020\n\nCoronavirus: Massenhafte Entlassungen', '2020-09-29', lang='de', form='text', span='29.9.2020'),
    c('Noch bis zum 5. Oktober 2020 dürfen die KrakauerInnen entscheiden', '2020-10-05', lang='de', form='text', span='5. Oktober 2020'),
    # http://www.erfurt.de/ef/de/service/aktuelles/am/index.itl?jahr=2009&subject=Verwaltung
    c('An der (Rathaus-)Uhr wird gedreht: Umstellung auf die Sommerzeit\n\n27.03.2009 16:07\n\nIn der Nacht', '2009-03-27T16:07:00', lang='de', form='time', span='27.03.2009 16:07'),
    c('In der Nacht vom 28. auf den 29. März werden die Uhren im ganzen Land um eine Stunde vorgestellt.', '2009-03-28', '2009-03-29', ref=dt.date(2009, 3, 27), lang='de', form='range', span='vom 28. auf den 29. März'),
    # https://nachtschichten.eu/2019/08/01/
    c('1. August 2019 Archiv\n\nDie Stadtmöbel sind da!', '2019-08-01', lang='de', form='text', span='1. August 2019'),
    # https://fr.readkong.com/page/compte-rendu-de-la-seance-du-conseil-municipal-de-villiers-3024630
    c('COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DE VILLIERS SUR MORIN DU 03 JUILLET 2019\n←', '2019-07-03', lang='fr', form='text', span='03 JUILLET 2019'),
    c('Compte rendu du Conseil Municipal du 5 juin 2019 Modification demandée par Michel THIEBAULT', '2019-06-05', lang='fr', form='text', span='5 juin 2019'),
    # https://docplayer.fr/amp/15385684-Compte-rendu-reunion-de-conseil-municipal-18-janvier-2016.html
    c('Réunion du 20 février Le vingt février deux mil quatorze à 20h30 s est réuni le Conseil Municipal', '2014-02-20', ref=dt.date(2014, 2, 25), lang='fr', form='missing_year', span='20 février'),
    c('Le vingt février deux mil quatorze à 20h30 s est réuni le Conseil Municipal sous la présidence', '2014-02-20T20:30:00', lang='fr', form='time', span='vingt février deux mil quatorze à 20h30'),
    # https://fr.readkong.com/page/conseil-municipal-du-26-mars-2021-3166128
    c('L’an deux mille vingt et un, le vendredi vingt-six mars à 19 h 30, le Conseil Municipal de Pornic', '2021-03-26T19:30:00', lang='fr', form='time', span='vendredi vingt-six mars à 19 h 30'),
    c('Par délibérations du 4 juin 2020 et du 10 juillet 2020, le conseil municipal a fixé la composition', '2020-06-04', lang='fr', form='text', span='4 juin 2020'),
    # https://bop.dipucordoba.es/show/20150930/announcement/5675/full
    c('Boletín nº 189 (30-09-2015)\n\nVI. Administración Local', '2015-09-30', lang='es', form='text', span='30-09-2015'),
    c('Expuesto al público el acuerdo plenario de fecha 19 de junio de 2015, por el que se acordó', '2015-06-19', lang='es', form='text', span='19 de junio de 2015'),
    # https://bop.dipucordoba.es/show/20180706/announcement/2189/full?calendar=20190730&number=2189&action=show_full&bop=20180706&controller=index
    c('Boletín nº 129 (06-07-2018)\n\nVI. Administración Local', '2018-07-06', lang='es', form='text', span='06-07-2018'),
    c('Reglamento Orgánico Municipal del Ayuntamiento de El Carpio de fecha 26 de abril de 2018, cuyo texto íntegro', '2018-04-26', lang='es', form='text', span='26 de abril de 2018'),
    # https://bip.miejska-gorka.pl/pl/526/713/protokol-nr-xlvi-22-z-sesji-rady-miejskiej-w-miejskiej-gorce-z-dnia-2-wrzesnia-222-r-.html
    c('z Sesji Rady Miejskiej w Miejskiej Górce\n\nodbytej w dniu 20 września 2022 roku\n\no godz. 8.00 w Sali Ośrodka Kultury', '2022-09-20T08:00:00', lang='pl', form='time', span='20 września 2022 roku\n\no godz. 8.00'),
    # http://doczz.pl/doc/3936005/protok%C3%B3%C5%82-z-sesji---biuletyn-informacji-publicznej-miasta-...
    c('Protokół nr XXIII/12\nz sesji Rady Miasta Otwocka\n14 września 2012 r.\nXXIII nadzwyczajna sesja', '2012-09-14', lang='pl', form='text', span='14 września 2012 r.'),
    c('na okres od dnia 01 listopada 2012 r. do dnia 31 października 2013 r.\nradni otrzymali', '2012-11-01', '2013-10-31', lang='pl', form='range', span='od dnia 01 listopada 2012 r. do dnia 31 października 2013 r.'),
    # https://grudziadz.pl/news/content/17140
    c('Beata Adwent\nRzecznik Prasowy\nData dodania 09 października 2020', '2020-10-09', lang='pl', form='text', span='09 października 2020'),
    # https://siedlce.pl/aktualnosci/2022/aktualnosci-08-2022/odkomarzanie-w-siedlcach
    c('Informujemy, że w czwartek 4 sierpnia 2022 r. pod warunkiem sprzyjających warunków atmosferycznych,\n\nod godziny 19:30 zostanie przeprowadzone odkomarzanie', '2022-08-04T19:30:00', lang='pl', form='time', span='czwartek 4 sierpnia 2022 r. pod warunkiem sprzyjających warunków atmosferycznych,\n\nod godziny 19:30'),
    # https://mlawapress.pl/raport-z-dnia-27-04-2020/
    c('RAPORT Z DNIA 27.04.2020\n\nWedług podanych informacji', '2020-04-27', lang='pl', form='text', span='27.04.2020'),
    # https://lievegem-echo.cipalschaubroeck.be/raadpleegomgeving/zittingen/795597c1-a0e7-48ec-956c-372855c82664/agendapunten/40b42fce-7c32-4e1d-afbd-b899ffd2b5a4
    c('Decreet lokaal bestuur van 22 december 2017, artikel 38', '2017-12-22', lang='nl', form='text', span='22 december 2017'),
    c('Gemeenteraadsbesluit van 14 september 2022 over de vaststelling van het huishoudelijk reglement', '2022-09-14', lang='nl', form='text', span='14 september 2022'),
    # https://heusden-zolder.meetingburger.net/gr/4e09cd1e-d34f-41a2-8b1c-ce847e1bc8b2/notulen
    c('besluit van de Vlaamse Regering van 30 juni 2023 tot wijziging van art. 14, 15, 53, 54, 56 en 58', '2023-06-30', lang='nl', form='text', span='30 juni 2023'),
    # https://francescobartoletti.net/2021/09/19/la-vigna-del-re
    c('Tratto dalla conferenza stampa del 15/09/2021', '2021-09-15', lang='it', form='text', span='15/09/2021'),
    # https://canalefederagione.org/2021/10/08/pnrr-a-palazzo-chigi-la-prima-riunione-della-cabina-di-regia-con-il-presidente-draghi/
    c('Si è svolta ieri mattina, giovedì 7 Ottobre 2021 a Palazzo Chigi la prima riunione', '2021-10-07', ref=dt.date(2021, 10, 8), lang='it', form='missing_year', span='ieri'),
    # https://middelfart.dk/politik/byrad/forretningsorden
    c('Luk alle\nÅben alle\nForretningsorden - gældende fra 1. september 2023\nLæs byrådets', '2023-09-01', lang='da', form='text', span='1. september 2023'),
    # https://gribskov.dk/politik-og-indflydelse/byraad-og-udvalg/byraadets-forretningsorden
    c('Byrådets gældende forretningsorden blev vedtaget den 12. marts 2018.', '2018-03-12', lang='da', form='text', span='12. marts 2018'),
    # https://sapl.armacaodosbuzios.rj.leg.br/norma/1864
    c('Resolução nº 914, de 06 de abril de 2017\nArt. 1º.', '2017-04-06', lang='pt', form='text', span='06 de abril de 2017'),
    # https://benesovsky.denik.cz/tipy-na-vikend/tipy-deniku-3-az-5-cervna-20220602.html
    c('Na kontrolních stanovištích pochodu povypráví o historii bitvy\n\nKdy: 4. června, 8:00\n\nKde: Náměstí, Jankov', '2022-06-04T08:00:00', ref=dt.date(2022, 6, 2), lang='cs', form='time', span='4. června, 8:00'),
    c('Přijďte se v sobotu 4. června projít nebo projet 10 nebo 15 kilometrů pěšky', '2022-06-04', ref=dt.date(2022, 6, 2), lang='cs', form='missing_year', span='sobotu 4. června'),
    c('Kdy: 5. června, 14:00\n\nKde: Fotbalové hřiště, Čechtice', '2022-06-05T14:00:00', ref=dt.date(2022, 6, 2), lang='cs', form='time', span='5. června, 14:00'),
    # https://praktickazena.kafe.cz/tagy/koncert-367.html?strana=20
    c('Ve středu 19. března 2025 od 19 hodin se v Koncertním sále Fakulty umění uskuteční třetí z koncertů', '2025-03-19T19:00:00', lang='cs', form='time', span='středu 19. března 2025 od 19 hodin'),
    # https://benesovsky.denik.cz/tipy-na-vikend/tipy-deniku-16-az-18-zari-20220915.html
    c('Kdy: 18. září, 19:00\n\nKde: Gymnázium, Benešov', '2022-09-18T19:00:00', ref=dt.date(2022, 9, 15), lang='cs', form='time', span='18. září, 19:00'),
    c('Kdy: 17.–18. září, 8:00–17:00\n\nKde: Chovatelský areál Načeradec', '2022-09-17T08:00:00', '2022-09-18T17:00:00', ref=dt.date(2022, 9, 15), lang='cs', form='time', span='17.–18. září, 8:00–17:00'),
    c('pořádá o víkendu 17. a 18. září v rámci Načeradského posvícení Podblanickou výstavu', '2022-09-17', '2022-09-18', ref=dt.date(2022, 9, 15), lang='cs', form='range', span='17. a 18. září'),
    c('Kdy: 17. září, 7:00\n\nKdy: Bystřice', '2022-09-17T07:00:00', ref=dt.date(2022, 9, 15), lang='cs', form='time', span='17. září, 7:00'),
    # https://www.denik.cz/tipy-na-vikend/top-akce-vikendu-podle-deniku-podivejte-se-kam-muzete-vyrazit-20200612.html
    c('KDY: sobota 13. a neděle 14. června, vždy od 10 hodin\n\nKDE: zámek Zelená Hora', '2020-06-13', '2020-06-14', ref=dt.date(2020, 6, 12), lang='cs', form='range', span='sobota 13. a neděle 14. června, vždy od 10 hodin'),
    # https://swen-reklama.cz/kulturni-prehled
    c('Sex pro pokročilé 2 aneb Vzhůru do divočiny\n22. 1. 2026 19:00\nKD Hronovická, Pardubice', '2026-01-22T19:00:00', lang='cs', form='time', span='22. 1. 2026 19:00'),
    c('NIKDY NENÍ POZDĚ\n25. 2. 2026 19:00\nKD Hronovická', '2026-02-25T19:00:00', lang='cs', form='time', span='25. 2. 2026 19:00'),
    # https://www.mfc-hlinsko.cz/kalendar-akci?akce=2838
    c('Nejbližší akce\nPálení čarodějnic\n30.4.2025\nČERT A KÁČA', '2025-04-30', lang='cs', form='text', span='30.4.2025'),
    c('Petr Hapka, Recitál\nDatum konání akce: 7.11.2025 - od 19 hodin\nMísto / lokalita', '2025-11-07T19:00:00', lang='cs', form='time', span='7.11.2025 - od 19 hodin'),
    c('Pátek 7. listopadu od 19 hodin\nMultifunkční centrum Hlinsko', '2025-11-07T19:00:00', ref=dt.date(2025, 10, 1), lang='cs', form='time', span='Pátek 7. listopadu od 19 hodin'),
    c('Prodej vstupenek: od 26.3. 2025 - pokladny Turistického informačního centra', '2025-03-26', lang='cs', form='text', span='26.3. 2025'),
    # https://benesovsky.denik.cz/tipy-na-vikend/tipy-deniku-23-az-25-zari-20220922.html
    c('Keltský večer zakončí sezonu týneckého hradu\n\nKdy: 24. září\n\nKde: Týnec nad Sázavou', '2022-09-24', ref=dt.date(2022, 9, 22), lang='cs', form='missing_year', span='24. září'),
    c('Kdy: 23.–30. září\n\nKde: Ekocentrum Vlašim', '2022-09-23', '2022-09-30', ref=dt.date(2022, 9, 22), lang='cs', form='range', span='23.–30. září'),
    c('Výstavu můžete zhlédnout od 23. do 30. září vždy od 9.–16. hodin a akci pořádá', '2022-09-23T09:00:00', '2022-09-30T16:00:00', ref=dt.date(2022, 9, 22), lang='cs', form='time', span='od 23. do 30. září vždy od 9.–16. hodin'),
    c('Kdy: 25. září, 5:00–17:00\n\nKde: Kulturní dům Karlov Benešov', '2022-09-25T05:00:00', '2022-09-25T17:00:00', ref=dt.date(2022, 9, 22), lang='cs', form='time', span='25. září, 5:00–17:00'),
    c('v Kulturním domě Karlov v neděli 25. září od 15 do 17 hodin. Děti mají vstup zdarma.', '2022-09-25T15:00:00', '2022-09-25T17:00:00', ref=dt.date(2022, 9, 22), lang='cs', form='time', span='neděli 25. září od 15 do 17 hodin'),
    c('Slavnosti města Hořovice se budou konat v sobotu 24. a v neděli 25. září, a to v areálu', '2022-09-24', '2022-09-25', ref=dt.date(2022, 9, 22), lang='cs', form='range', span='sobotu 24. a v neděli 25. září'),
    # https://sn.dk/Albertslund-Posten/Inden-lukketid-Gratis-dobbeltkoncert-paa-Birkelundgaard/artikel/1463060?rss
    c('inviterer man til Kulturcafé-arrangement på søndag den 22. august. Og der bliver hele to koncerter', '2021-08-22', ref=dt.date(2021, 8, 15), lang='da', form='missing_year', span='søndag den 22. august'),
    # https://www.sn.dk/hoersholm-kommune/fredagsbar-og-koncert-med-grand-prix-vinder-i-trommen/
    c('Det sker første gang fredag 10. februar fra klokken 16.00 til 19.00, og der er gratis adgang.', '2023-02-10T16:00:00', '2023-02-10T19:00:00', ref=dt.date(2023, 2, 1), lang='da', form='time', span='fredag 10. februar fra klokken 16.00 til 19.00'),
    # https://sn.dk/Sydkysten/Ishoej-bedst-til-test-beloennes-med-rockkoncert/artikel/1434611?rss
    c('The Sandmen med Allan Vegenfeldt i front spiller i koncert i Ishøj 19. juni. Arkivfoto: Jens Wollesen', '2021-06-19', ref=dt.date(2021, 5, 6), lang='da', form='missing_year', span='19. juni'),
    c('Sydkysten - 06. maj 2021 kl. 14:13 Kontakt redaktionen', '2021-05-06T14:13:00', lang='da', form='time', span='06. maj 2021 kl. 14:13'),
    # https://sn.dk/Roskilde/Ny-forening-arrangerer-koncerter-med-plads-til-500-Publikum-skal-sidde-i-felter/artikel/1347007?rss
    c('Roskilde - 18. august 2020 kl. 17:48 Af Lars Ahn Pedersen Kontakt redaktionen', '2020-08-18T17:48:00', lang='da', form='time', span='18. august 2020 kl. 17:48'),
    c('Foreningen har sit første arrangement på fredag 21. august, hvor der er koncert med Mathilde Falch Band', '2020-08-21', ref=dt.date(2020, 8, 18), lang='da', form='missing_year', span='fredag 21. august'),
    c('Fredag 28. august er der koncert med Alberte Winding og Andreas Fuglebæk', '2020-08-28', ref=dt.date(2020, 8, 18), lang='da', form='missing_year', span='Fredag 28. august'),
    # https://sn.dk/Vestegnen/En-hel-uge-med-musik-og-kultur/artikel/748898?rss
    c('Vestegnen - 01. juni 2018 kl. 16:48 Af Peter Erlitz Kontakt redaktionen', '2018-06-01T16:48:00', lang='da', form='time', span='01. juni 2018 kl. 16:48'),
    c("Kul'tour-ugen fra den 2.-9. juni starter med en gratis udendørs koncert med Hardinger Band", '2018-06-02', '2018-06-09', ref=dt.date(2018, 6, 1), lang='da', form='range', span='fra den 2.-9. juni'),
    c("Det er lørdag den 2. juni kl. 15.00 lige efter, at borgmester Michael Ziegler har åbnet Kul'tour.", '2018-06-02T15:00:00', ref=dt.date(2018, 6, 1), lang='da', form='time', span='lørdag den 2. juni kl. 15.00'),
    c('Det sker torsdag den 7. juni kl. 19.30.', '2018-06-07T19:30:00', ref=dt.date(2018, 6, 1), lang='da', form='time', span='torsdag den 7. juni kl. 19.30'),
    # https://www.yumpu.com/da/document/view/18514409/solist-john-storgards-dr
    c('STORgåRdS<br />\n\nLørdag 6. februar 2010 kl. 16.00<br />\n\nKoncerthuset, Koncertsalen<br />', '2010-02-06T16:00:00', lang='da', form='time', span='Lørdag 6. februar 2010 kl. 16.00'),
    c('29.07.2013 Views\n\nSolist John Storgårds - DR', '2013-07-29', lang='da', form='text', span='29.07.2013'),
    # https://roldskovbladet.dk/nyheder/saa-er-det-nye-koncertprogram-i-kulturhuset-klar/d09b1ba7-f4c5-46d9-94e2-5db608c796b1?utm_source=roldskovbladet&utm_medium=rss&utm_campaign=feed
    c('Mike Andersen, som indleder sæsonen d. 23.september, har spillet mere end 1200 koncerter', '2020-09-23', ref=dt.date(2020, 6, 20), lang='da', form='missing_year', span='23.september'),
    c('Den corona-aflyste Eagles-aften afvikles lørdag d. 3.oktober – med samme program som i foråret.', '2020-10-03', ref=dt.date(2020, 6, 20), lang='da', form='missing_year', span='lørdag d. 3.oktober'),
    # https://oregional.net/concerto-musical-reuni-grande-publico-no-auditorio-da-escola-paulo-freire-145764
    c('Seguindo o cronograma de audições especiais da Escola Municipal\n\nde Música, aconteceu no sábado (13), mais um concerto', '2023-05-13', ref=dt.date(2023, 5, 15), lang='pt', form='missing_year', span='sábado (13)'),
    # https://professorwalmir.blogspot.com/2013/09/video-orquestra-popular-de-camacari.html
    c('Onde? Teatro Cidade do Saber\nQuando? 25/09, às 19 horas\nQuanto? R$ 1,00', '2013-09-25T19:00:00', ref=dt.date(2013, 9, 20), lang='pt', form='time', span='25/09, às 19 horas'),
    c('os interessados devem entrar em contanto com o Núcleo de Produção até as 16 horas de sexta-feira (20), através do telefone', '2013-09-20T16:00:00', ref=dt.date(2013, 9, 18), lang='pt', form='time', span='16 horas de sexta-feira (20)'),
    # https://aratuon.com.br/cultura/em-comemoracao-de-um-ano-cidade-da-musica-traz-programacao-especial-e-meia-entrada-para-todos
    c('Até o próximo domingo (25/9), o equipamento está com meia-entrada (R$ 10) para todos os visitantes.', '2022-09-25', ref=dt.date(2022, 9, 21), lang='pt', form='missing_year', span='domingo (25/9)'),
    c('O show acontece na sexta-feira (23/9) e a entrada é gratuita.', '2022-09-23', ref=dt.date(2022, 9, 21), lang='pt', form='missing_year', span='sexta-feira (23/9)'),
    c('Já no sábado (24/9), o projeto Música Viva acontece a partir das 16h, com as presenças do cantor', '2022-09-24T16:00:00', ref=dt.date(2022, 9, 21), lang='pt', form='time', span='sábado (24/9), o projeto Música Viva acontece a partir das 16h'),
    c('No domingo (25/9) o local sedia, às 14h, uma oficina de instrumentos de sucata.', '2022-09-25T14:00:00', ref=dt.date(2022, 9, 21), lang='pt', form='time', span='domingo (25/9) o local sedia, às 14h'),
    # https://jornaldesabado.net/orquestra-sons-da-aldeia-realiza-concerto-nesta-quarta-feira/
    c('A Orquestra Municipal Sons da Aldeia irá realizar, nesta quarta-feira (01/11), um novo concerto aberto ao público.', '2023-11-01', ref=dt.date(2023, 10, 30), lang='pt', form='missing_year', span='quarta-feira (01/11)'),
    # https://www.santos.sp.gov.br/?q=noticia%2Fcomemoracao-do-aniversario-da-cidade-comeca-domingo
    c('a Orquestra Sinfônica Municipal de Santos (OSMS)se apresenta neste domingo (20), às 20h, no Teatro Coliseu', '2008-01-20T20:00:00', ref=dt.date(2008, 1, 18), lang='pt', form='time', span='domingo (20), às 20h'),
    c('de acordo com os decretos nº 4923 e 4924, publicados na edição de 16 de outubro de 2007, no Diário Oficial de Santos.', '2007-10-16', lang='pt', form='text', span='16 de outubro de 2007'),
    c('Os ingressos podem ser retirados gratuitamente neste sábado (19), das 14h às 19h, na bilheteria', '2008-01-19T14:00:00', '2008-01-19T19:00:00', ref=dt.date(2008, 1, 18), lang='pt', form='time', span='sábado (19), das 14h às 19h'),
    # https://oestadoonline.com.br/arte-e-lazer/orquestra-municipal-realiza-concerto-especial-de-dia-das-criancas/
    c('será realizado um concerto especial pela Orquestra Municipal em homenagem aos pequenos nesta segunda-feira (17), às 20h no Teatro Glauce Rocha', '2022-10-17T20:00:00', ref=dt.date(2022, 10, 14), lang='pt', form='time', span='segunda-feira (17), às 20h'),
    c('A apresentação começa às 20h desta segunda-feira (17).', '2022-10-17T20:00:00', ref=dt.date(2022, 10, 14), lang='pt', form='time', span='20h desta segunda-feira (17)'),
])
FAILURES.extend([
    # https://build-up.ec.europa.eu/en/resources-and-tools/links/life23-cet-cetac-project
    x('Start date: October 2024 - End date: October 2027', 'partial', lang='en', form='partial'),
    # https://haveyoursay.wagga.nsw.gov.au/past-planning-amendments/LEP180012/how-can-the-community-be-involved-at-the-council-meeting
    x('a Public Address Form must be returned to Council by 2.00pm on the day of the meeting.', 'no_date', lang='en', form='no_date'),
    # https://taupodc.govt.nz/council/consultation/zclosed-consultations/2024/draft-long-term-plan-2024-34/zmake-a-submission
    x('- Long-term Plan adopted: End of September 2024', 'partial', lang='en', form='partial'),
    # https://citiesunited.org/2025-convening
    x("This year's convening will be held from Wednesday, October 28th-31st in Louisville.", 'weekday_mismatch', ref=dt.date(2025, 3, 1), lang='en', form='weekday_mismatch'),
    # https://www.eurocommpr.at/de/News-Corner/City-News
    x('Zwischen Jänner und August 2019 hatten sie Einnahmen in Höhe von rund zwölf Milliarden Forint', 'partial', lang='de', form='partial'),
    # https://siedlce.pl/aktualnosci/2022/aktualnosci-08-2022/odkomarzanie-w-siedlcach
    x('We wtorek 5 sierpnia 2022 r. pod warunkiem sprzyjających warunków atmosferycznych, od godziny 19:30 zostanie', 'weekday_mismatch', lang='pl', form='weekday_mismatch'),
    # https://benesovsky.denik.cz/tipy-na-vikend/tipy-deniku-16-az-18-zari-20220915.html
    x('vystoupí v neděli 18. srpna v aule Gymnázia Benešov od 19 hodin.', 'weekday_mismatch', ref=dt.date(2022, 9, 15), lang='cs', form='weekday_mismatch'),
])
# Fifth session, batch 33: council session notices and town news in Croatian, Greek,
# Bulgarian, Turkish, Ukrainian, Slovak and Catalan.
CASES.extend([
    # https://icv.hr/virovitica/sjednica-gradskog-vijeca-odrzat-ce-se-u-ponedjeljak-20-prosinca
    c('U ponedjeljak, 20. prosinca, u gradskoj vijećnici, održat će se 6. sjednica Gradskog vijeća Grada Virovitice.', '2021-12-20', ref=dt.date(2021, 12, 15), lang='hr', form='missing_year', span='ponedjeljak, 20. prosinca'),
    # https://www.kronikevg.com/odrzat-ce-se-sjednica-gradskog-vijeca-temu-izgradnje-asfaltne-baze/
    c('Održat će se u četvrtak, 16. studenog u 15 sati u Vijećnici Pučkog otvorenog učilišta Velika Gorica.', '2017-11-16T15:00:00', ref=dt.date(2017, 11, 10), lang='hr', form='time', span='četvrtak, 16. studenog u 15 sati'),
    # https://lika-online.hr/u-petak-sljedeca-sjednica-gradskog-vijeca-grada-gospica
    c('Sjednica će se održati u petak, 14. travnja u Gradskoj vijećnici s početkom od 17 sati.', '2023-04-14T17:00:00', ref=dt.date(2023, 4, 10), lang='hr', form='time', span='petak, 14. travnja u Gradskoj vijećnici s početkom od 17 sati'),
    # https://press032.com/prekinuta-sjednica-gradskoga-vijeca-vukovara-biti-ce-nastavljena-u-ponedjeljak/
    c('prekinuta sjednica Gradskoga vijeća Vukovara biti će nastavljena u ponedjeljak, 27. prosinca, s početkom u 09.00 sati.', '2021-12-27T09:00:00', ref=dt.date(2021, 12, 22), lang='hr', form='time', span='ponedjeljak, 27. prosinca, s početkom u 09.00 sati'),
    # https://dionysospost.gr/2020/08/12/%CF%84%CE%B5%CE%BB%CE%BF%CF%83-%CE%B1%CF%85%CE%B3%CE%BF%CF%85%CF%83%CF%84%CE%BF%CF%85-%CE%BE%CE%B1%CE%BD%CE%B1-%CE%B4%CE%B7%CE%BC%CE%BF%CF%84%CE%B9%CE%BA%CE%BF-%CF%83%CF%85%CE%BC%CE%B2%CE%BF%CF%85/
    c('Μετά τις 24 Αυγούστου προγραμματίζεται λοιπόν το επόμενο Δημοτικό Συμβούλιο', '2020-08-24', ref=dt.date(2020, 8, 12), lang='el', form='missing_year', span='24 Αυγούστου'),
    c('θα ληφθούν οι τελικές αποφάσεις για τα «Διονύσια» (2-13 Σεπτεμβρίου) και τα σχολεία.', '2020-09-02', '2020-09-13', ref=dt.date(2020, 8, 12), lang='el', form='range', span='2-13 Σεπτεμβρίου'),
    # https://www.proininews.gr/i-synedriasi-tin-tetarti-toy-dimotikoy-symvoylioy-nestoy-einai-eidisi/
    c('• 24 Απριλίου 2024,\n\nΗ συνεδρίαση την Τετάρτη του Δημοτικού Συμβουλίου Νέστου είναι είδηση', '2024-04-24', lang='el', form='text', span='24 Απριλίου 2024'),
    # https://www.filadelfia-xalkidona.gr/2021/03/%CE%B1%CE%BD%CE%B1%CE%B2%CE%BB%CE%AE%CE%B8%CE%B7%CE%BA%CE%B5-%CF%84%CE%BF-%CF%83%CE%B7%CE%BC%CE%B5%CF%81%CE%B9%CE%BD%CF%8C-31-03-%CE%B4%CE%B7%CE%BC%CE%BF%CF%84%CE%B9%CE%BA%CF%8C-%CF%83%CF%85%CE%BC/embed/
    c('Αναβλήθηκε η συνεδρίαση του Δημοτικού συμβουλίου που ήταν προγραμματισμένη για την Τετάρτη (31/03).', '2021-03-31', ref=dt.date(2021, 3, 31), lang='el', form='missing_year', span='Τετάρτη (31/03)'),
    # https://proininews.gr/argi-i-synedriasi-tou-dimotikou-symvouliou
    c('Την ερχόμενη εβδομάδα, ειδικότερα την ερχόμενη Παρασκευή 5 Μάη, πρόκειται να συνεδριάσει', '2023-05-05', ref=dt.date(2023, 4, 27), lang='el', form='missing_year', span='Παρασκευή 5'),
    c('προκειμένου αυτό να συνεδριάσει νωρίτερα από την 5η Μαΐου.', '2023-05-05', ref=dt.date(2023, 4, 27), lang='el', form='missing_year', span='5η Μαΐου'),
    # https://obs.pleven.bg/bg/saobshteniya/zasedanie-na-obshtinski-savet-pleven-na-12112020-g
    c('Заседание на Общински съвет - Плевен на 12.11.2020 г.\n\n512', '2020-11-12', lang='bg', form='text', span='12.11.2020 г.'),
    c('насрочено за 29.10.2020 г., ще се проведе на 12 ноември 2020 г. (четвъртък) от 09,00 часа в зала "Плевен"', '2020-10-29', lang='bg', form='text', span='29.10.2020 г.'),
    c('ще се проведе на 12 ноември 2020 г. (четвъртък) от 09,00 часа в зала "Плевен" в сградата на Областна администрация', '2020-11-12T09:00:00', lang='bg', form='time', span='12 ноември 2020 г. (четвъртък) от 09,00 часа'),
    # https://obs.septemvri.org/index.php/nachalo/24-aktualno/376-pokana-za-osmo-izvanredno-zasedanie-na-obshtinski-savet-na-8-yuni-2021
    c('ПОКАНА ЗА ОСМО ИЗВЪНРЕДНО ЗАСЕДАНИЕ НА ОБЩИНСКИ СЪВЕТ НА 8 ЮНИ 2021', '2021-06-08', lang='bg', form='text', span='8 ЮНИ 2021'),
    c('което ще се проведе на\n\n08.06.2021 г. /вторник/ от 17:30 часа в Народно Читалище', '2021-06-08T17:30:00', lang='bg', form='time', span='08.06.2021 г. /вторник/ от 17:30 часа'),
    # https://burgascouncil.org/novini/1495
    c('ВАЖНО СЪОБЩЕНИЕ\n\nРенета Райкова на Пон., 30.11.2020 - 12:53', '2020-11-30T12:53:00', lang='bg', form='time', span='Пон., 30.11.2020 - 12:53'),
    c('след взето решение на Председателския съвет към Общински съвет – Бургас на  01.12.2020 год. (вторник) от 14:00 часа ще се проведе ИЗВЪНРЕДНО ЗАСЕДАНИЕ', '2020-12-01T14:00:00', lang='bg', form='time', span='01.12.2020 год. (вторник) от 14:00 часа'),
    # http://vestnikpriatel.com/%D1%81%D0%B5%D1%81%D0%B8%D1%8F%D1%82%D0%B0-%D0%BD%D0%B0-%D0%BE%D0%B1%D1%89%D0%B8%D0%BD%D1%81%D0%BA%D0%B8%D1%8F-%D1%81%D1%8A%D0%B2%D0%B5%D1%82-%D1%81%D0%B5-%D0%BE%D1%82%D0%BB%D0%BE%D0%B6%D0%B8/
    c('Насроченото за четвъртък, 25 юни, заседание на Общинския съвет, бе отложено', '2020-06-25', ref=dt.date(2020, 6, 26), lang='bg', form='missing_year', span='четвъртък, 25 юни'),
    # https://vestnikpriatel.com/%D1%81%D0%B5%D1%81%D0%B8%D1%8F%D1%82%D0%B0-%D1%89%D0%B5-%D0%B1%D1%8A%D0%B4%D0%B5-%D0%B2-%D1%81%D1%80%D1%8F%D0%B4%D0%B0/
    c('ще се състои по изключение не в четвъртък, както обикновено, а в сряда, на 25 април, от 9 ч. в заседателната зала', '2018-04-25T09:00:00', ref=dt.date(2018, 4, 20), lang='bg', form='time', span='25 април, от 9 ч.'),
    # https://burgascouncil.org/novini/2363?language_content_entity=bg
    c('Гергана Чанакова на Пон., 18.10.2021 - 15:16', '2021-10-18T15:16:00', lang='bg', form='time', span='Пон., 18.10.2021 - 15:16'),
    c('Двадесет и шесто заседание на Общински съвет – Бургас ще се проведе на 26.10.2021 г. от 09:00 часа, онлайн', '2021-10-26T09:00:00', lang='bg', form='time', span='26.10.2021 г. от 09:00 часа'),
    # https://www.safranbolu.bel.tr/duyurular/belediye-meclis-uyelerine
    c("16 Mayıs 2022 tarihinde saat 18.00'da Safranbolu Belediyesi Leyla Dizdar Kültür Merkezi", '2022-05-16T18:00:00', lang='tr', form='time', span='16 Mayıs 2022 tarihinde saat 18.00'),
    c('BELEDİYE MECLİS ÜYELERİNE\n\n2022-05-12\n\n16 Mayıs 2022', '2022-05-12', lang='tr', form='text', span='2022-05-12'),
    # https://www.0542.ua/amp/news/3099373/zavtra-sumski-deputati-zberutsa-na-sesiu
    c('12 травня відбудеться засідання VІ сесії Сумської міської ради VІІІ скликання.', '2021-05-12', ref=dt.date(2021, 5, 11), lang='uk', form='missing_year', span='12 травня'),
    c('Початок – 9:00.\n\n12:23, Сьогодні', '2021-05-11T12:23:00', ref=dt.date(2021, 5, 11), lang='uk', form='time', span='12:23, Сьогодні'),
    # https://www.turcianskydur.sk/?paged=3
    c('sa v našej obci uskutočnilo zasadnutie Obecného zastupiteľstva 8.5.2020.', '2020-05-08', lang='sk', form='text', span='8.5.2020'),
    # https://lipovec2023.till.sk/tabula/uznesenia-z-40-zasadnutia-ocz-zo-dna-25-4-2018-pre-nedostatocny-pocet-poslancov-neuznasaniaschopne/
    c('Uznesenia z 40. zasadnutia OcZ zo dňa 25.4.2018 – pre nedostatočný počet poslancov', '2018-04-25', lang='sk', form='text', span='25.4.2018'),
    c('sa presúvajú na následné plánované rokovanie. \n\nDátum zverejnenia: 26.04.2018', '2018-04-26', lang='sk', form='text', span='26.04.2018'),
    # https://lendak.sk/samosprava/obecne-zastupitelstvo/zasadnutia/01-04-2019-zapisnica-z-5-riadneho-zasadania-ocz
    c('z 5. riadneho zasadania OcZ konaného dňa 01.04.2019 o 16.00 h.\n\nv zasadačke OcÚ v Lendaku', '2019-04-01T16:00:00', lang='sk', form='time', span='01.04.2019 o 16.00 h'),
    # https://www.ochodnica.sk/sk/uradne-oznamy/2021/pozvanka-na-zasadnutie-obecneho-zastupitelstva-30-4-2021.html
    c('Zvolávam   zasadnutie obecného zastupiteľstva na deň 30. apríla  2021  /t.j. piatok/  o 16:00  hod. do zasadačky obecného úradu.', '2021-04-30T16:00:00', lang='sk', form='time', span='30. apríla  2021  /t.j. piatok/  o 16:00  hod.'),
    # https://www.velkycepcin.sk/-terminy-zasadnuti-oz
    c('na zasadnutie Obecného zastupiteľstva, ktoré sa bude konať dňa  21.februára  2020 (piatok) so začiatkom o 18,00 hod.', '2020-02-21T18:00:00', lang='sk', form='time', span='21.februára  2020 (piatok) so začiatkom o 18,00 hod.'),
    c('Jana Boďová\n\nstarostka obce\n\nZverejnené na informačnej tabuli obce: 18.02.2020', '2020-02-18', lang='sk', form='text', span='18.02.2020'),
    # https://www.velkevozokany.sk/novinky/samosprava/pozvanka-na-21-zasadnutie-obecneho-zastupitelstva-2022-07/
    c('Pozvánka na 21. zasadnutie Obecného zastupiteľstva\n\n13. júla 2022\n\nNa základe', '2022-07-13', lang='sk', form='text', span='13. júla 2022'),
    c('zvolávam 21. zasadnutie obecného zastupiteľstva, ktoré sa uskutoční dňa:\n\n18. júla 2022 o 19.00 hodine v kancelárií starostky obce.', '2022-07-18T19:00:00', lang='sk', form='time', span='18. júla 2022 o 19.00 hodine'),
    # http://www.orrius.cat/ajuntament/186-organs-de-govern/ple-municipal/
    c('Convocatòria ordinària de Ple municipal\n\nDijous 29 d’octubre 2020 a les 19:30h', '2020-10-29T19:30:00', lang='ca', form='time', span='Dijous 29 d’octubre 2020 a les 19:30h'),
    c('Darrera actualització: 26.10.2020 | 17:10', '2020-10-26T17:10:00', lang='ca', form='time', span='26.10.2020 | 17:10'),
])
FAILURES.extend([
    # https://www.radio-djakovo.hr/2017/12/sjednica-gradskog-vijeca-3/
    x('Sjednica će početi u 10 sati aktualnim satom, odnosno pitanjima i prijedlozima vijećnika.', 'no_date', ref=dt.date(2017, 12, 12), lang='hr', form='no_date'),
    # https://www.ajuntamentvalldeboi.cat/ajuntament/accio-de-govern/ple
    x('com a dia regular el darrer dijous dels mesos de març, juny, setembre i desembre a les 19:00 hores.', 'no_date', ref=dt.date(2024, 1, 1), lang='ca', form='no_date'),
])
# Fifth session, batch 34: Latvian, Lithuanian and Icelandic concert, festival and
# culture-centre pages.
CASES.extend([
    # https://visitdaugavpils.lv/daugavpils-kulturas-pils-50-gadu-jubilejas-koncerts-no-mocarta-lidz-gangstas-paradise
    c('Š.g. 22. oktobrī plkst. 18.00 Daugavpils Kultūras pilī (Smilšu ielā 92), notiks Kultūras pils piecdesmitgades jubilejas koncerts.', '2022-10-22T18:00:00', ref=dt.date(2022, 10, 10), lang='lv', form='time', span='22. oktobrī plkst. 18.00'),
    # https://easyget.lv/muzika/read/29089
    c('Pirmdiena, 23.Septembris 2024. » Vārdadienas svin: Vanda, Veneranda, Venija;', '2024-09-23', lang='lv', form='text', span='Pirmdiena, 23.Septembris 2024'),
    c('Rinta Bružēvica, 26.08.2010. 16:52\n\nSpīķeru festivāla koncerts', '2010-08-26T16:52:00', lang='lv', form='time', span='26.08.2010. 16:52'),
    c('džeza orķestris „City Jazz Big Band", piektdien, 27. augustā plkst. 22.00 no Spīķeru koncertzāles pagalma tiek pārcelts', '2010-08-27T22:00:00', ref=dt.date(2010, 8, 26), lang='lv', form='time', span='piektdien, 27. augustā plkst. 22.00'),
    # https://edruva.lv/sabiedriba/nakamnedel-koncertsezonu-atsaks-nbs-bigbends
    c('11.oktobrī plkst.19 koncerts plānots Limbažu novada pašvaldības administratīvajā ēkā', '2018-10-11T19:00:00', ref=dt.date(2018, 10, 5), lang='lv', form='time', span='11.oktobrī plkst.19'),
    c('12.oktobrī plkst.19 – Rūjienas kultūras namā, bet 13.oktobrī plkst.17 – Gulbenes kultūras centrā.', '2018-10-12T19:00:00', ref=dt.date(2018, 10, 5), lang='lv', form='time', span='12.oktobrī plkst.19'),
    # https://nra.lv./latvija/riga/110763-kulturas-pili-ziemelblazma-notiks-koncerts-uz-meteni-talu-braucu.htm
    c('6.februārī plkst. 19.00 visi interesenti tiek aicināti uz Folkloras kopu KOKLE un LAIKSNE koncertu', '2015-02-06T19:00:00', ref=dt.date(2015, 1, 30), lang='lv', form='time', span='6.februārī plkst. 19.00'),
    # https://www.la.lv/ari-grupa-instrumenti-sestdienas-koncertu-parcel-uz-otrdienu
    c('nolēmusi rītvakar, 23.novembrī, koncertzālē “Palladium” plānoto koncertu pārcelt uz otrdienu, 26.novembri', '2013-11-23', ref=dt.date(2013, 11, 22), lang='lv', form='missing_year', span='23.novembrī'),
    c('Toties tie, kas būs iegādājušies biļetes uz rītdienas koncertu, varēs nākt uz koncertu 26.novembrī', '2013-11-26', ref=dt.date(2013, 11, 22), lang='lv', form='missing_year', span='26.novembrī'),
    # https://la.lv/vasara-kora-dziesmas-un-deju-rakstos-sakusies?p=2
    c('Kā vidusceļa pieturvietu var iezīmēt šī gada 4. jūniju, kad Krustpils brīvdabas estrādē norisināsies', '2016-06-04', ref=dt.date(2016, 5, 20), lang='lv', form='missing_year', span='šī gada 4. jūniju'),
    # https://santaka.info/index.php/2007/02/08/kas-kur-kada-1958
    c('• Šiandien 16 val. Alvito bibliotekoje vyks poeto kraštiečio Kazio Bradūno jubiliejui skirta popietė', '2007-02-08T16:00:00', ref=dt.date(2007, 2, 8), lang='lt', form='time', span='Šiandien 16 val.'),
    c('• Rytoj, vasario 9 d., 16 val. Vilkaviškio viešojoje bibliotekoje vyks', '2007-02-09T16:00:00', ref=dt.date(2007, 2, 8), lang='lt', form='time', span='vasario 9 d., 16 val.'),
    c('• Vasario 9–11 d. Vaikų ir jaunimo centro kino salėje bus rodomas amerikiečių siaubo filmas', '2007-02-09', '2007-02-11', ref=dt.date(2007, 2, 8), lang='lt', form='range', span='Vasario 9–11 d.'),
    c('• Vasario 12 d., pirmadienį, 11 val. Vištyčio kultūros namuose įvyks gyventojų sueiga.', '2007-02-12T11:00:00', ref=dt.date(2007, 2, 8), lang='lt', form='time', span='Vasario 12 d., pirmadienį, 11 val.'),
    c('• Vasario 13 – kovo 13 d. Vilkaviškio kultūros rūmų II aukšto fojė veiks', '2007-02-13', '2007-03-13', ref=dt.date(2007, 2, 8), lang='lt', form='range', span='Vasario 13 – kovo 13 d.'),
    # https://rokiskiosirena.lt/naujiena/rengini-anonsai/vasario-23-d-ugavni-vent?page=479&per-page=5
    c('Vasario 23 d. Užgavėnių šventė (7)\nPublikuota: 2020-02-21', '2020-02-23', ref=dt.date(2020, 2, 21), lang='lt', form='missing_year', span='Vasario 23 d.'),
    c('Kviečiame visus, didelius ir mažus vasario 23 dieną, 14 valandą, Rokiškio kultūros centro kieme:', '2020-02-23T14:00:00', ref=dt.date(2020, 2, 21), lang='lt', form='time', span='vasario 23 dieną, 14 valandą'),
    c('Devintąjį kartą 2019 m. balandžio 25 d. 11 val. Rokiškio kultūros centro mažojoje salėje vyks', '2019-04-25T11:00:00', lang='lt', form='time', span='2019 m. balandžio 25 d. 11 val.'),
    # https://vilkmerge.lt/padainuosim-susieje
    c('Gruodžio 1 d., 12.00 val.\nUkmergės kultūros centre', '2018-12-01T12:00:00', ref=dt.date(2018, 11, 20), lang='lt', form='time', span='Gruodžio 1 d., 12.00 val.'),
    # http://danielius.net/straipsniai/kovo-5-aja-kvieciame-i-uzgavenes-alytaus-kulturos-ir-komunikacijos-centro-amfiteatre/
    c('Kovo 5-ąją kviečiame į Užgavėnes Alytaus kultūros ir komunikacijos centro amfiteatre', '2019-03-05', ref=dt.date(2019, 2, 25), lang='lt', form='missing_year', span='Kovo 5-ąją'),
    c('Kovo 5 d. 18 val. Alytaus kultūros ir komunikacijos centro amfiteatre linksmoje Užgavėnių šventėje!', '2019-03-05T18:00:00', ref=dt.date(2019, 2, 25), lang='lt', form='time', span='Kovo 5 d. 18 val.'),
    c('Iki kovo 4 d. jūsų pagamintos Morės lauksime Kultūros ir komunikacijos centre.', '2019-03-04', ref=dt.date(2019, 2, 25), lang='lt', form='missing_year', span='kovo 4 d.'),
    # https://silales-artojas.lt/naujienos/kultura-renginiai/5474-prasideda-surmulingos-sventes
    c('Užgavėnių kaukių gaminimas vyks ir Šilalės kultūros centre (vasario 5 d., 17.30 val.) bei Laukuvos kultūros namuose', '2024-02-05T17:30:00', ref=dt.date(2024, 1, 30), lang='lt', form='time', span='vasario 5 d., 17.30 val.'),
    c('Artimiausios – Užgavėnės, šiemet minimos vasario 13 d. O iki jų', '2024-02-13', ref=dt.date(2024, 1, 30), lang='lt', form='missing_year', span='vasario 13 d.'),
    # https://renginiai.kasvyksta.lt/77427/spektaklis-visai-seimai-menulio-gele
    c('Gruodžio 21 d. 13 val. Šiaulių kultūros centro Rėkyvos kultūros namuose (Energetikų g. 7) bus rodomos', '2019-12-21T13:00:00', ref=dt.date(2019, 12, 10), lang='lt', form='time', span='Gruodžio 21 d. 13 val.'),
    c('Vyriausybė pratęsė visuotinį karantiną Lietuvoje iki balandžio 27 dienos imtinai.', '2020-04-27', ref=dt.date(2020, 4, 20), lang='lt', form='missing_year', span='balandžio 27 dienos'),
    # https://beta.mbl.is/greinasafn/grein/1658182/?dags=2017-10-18&item_num=48
    c('Boðið verður upp á ókeypis menningardagskrá í Fella- og Hólakirkju í kvöld kl. 20.', '2017-10-18T20:00:00', ref=dt.date(2017, 10, 18), lang='is', form='time', span='í kvöld kl. 20'),
    # https://beta.mbl.is/greinasafn/grein/1722048/?dags=2019-05-11&item_num=49
    c('Tónleikaröð til styrktar Hallgrímskirkju í Saurbæ í Hvalfirði hefst á morgun kl. 16 með tónleikum í kirkjunni', '2019-05-12T16:00:00', ref=dt.date(2019, 5, 11), lang='is', form='time', span='á morgun kl. 16'),
    # http://talknafjordur.is/frettir/Margret_og_Gudrun_med_tonleika_a_Talknarfirdi/
    c('Laugardaginn 22. september munu þær Guðrún Jónsdóttir sópransöngkona og Margrét Gunnarsdóttir píanóleikari, halda tónleika', '2012-09-22', ref=dt.date(2012, 9, 10), lang='is', form='missing_year', span='Laugardaginn 22. september'),
    # https://www.blaskogabyggd.is/tonleikar-i-skalholtsdomkirkju-22-oktober-kl-20-30/
    c('Tónleikar í Skálholtsdómkirkju 22. október kl 20.30\n\nOrgelið „rokkar“', '2014-10-22T20:30:00', ref=dt.date(2014, 10, 10), lang='is', form='time', span='22. október kl 20.30'),
    c('Tónleikar í Skálholtsdómkirkju miðvikudagskvöldið 22. október kl.20:30 Fjölskyldutónleikar', '2014-10-22T20:30:00', ref=dt.date(2014, 10, 10), lang='is', form='time', span='22. október kl.20:30'),
    # https://www.frettabladid.is/lifid/diddu-i-saurb/
    c('Sumartónleikar Hallgrímskirkju í Saurbæ, Hvalfirði, hefjast á sunnudaginn 20. júní.', '2021-06-20', ref=dt.date(2021, 6, 15), lang='is', form='missing_year', span='sunnudaginn 20. júní'),
    c('Alls verða níu tónleikar í sumar hvern sunnudag kl. 16 frá 20. júní til 15. ágúst.', '2021-06-20', '2021-08-15', ref=dt.date(2021, 6, 15), lang='is', form='range', span='frá 20. júní til 15. ágúst'),
    c('Tónleikaröðin hefst sunnudaginn 20. júní kl. 16.00 þegar Diddú og drengirnir', '2021-06-20T16:00:00', ref=dt.date(2021, 6, 15), lang='is', form='time', span='sunnudaginn 20. júní kl. 16.00'),
])
# fmt: on

# fmt: off
# Issue 14, fifth session, batch 3: news stamps, minutes, EU project events, course sign-ups, fêtes, libraries (big languages)
CASES.extend([
    # https://www.maire-info.com/_print2.php?date=20251202
    c('Édition du mardi 2 décembre 2025\n\nÉlections\nÉlections municipales', '2025-12-02', lang='fr', form='text', span='mardi 2 décembre 2025'),
    c('Il faut donc connaître celui-ci, dans sa « dernière version authentifiée ». Les chiffres seront connus au plus tard le 18 décembre. Explications.', '2025-12-18', ref=dt.date(2025, 12, 2), lang='fr', form='missing_year', span='18 décembre'),
    # https://www.maire-info.com/_print2.php?date=20221108
    c('Édition du mardi 8 novembre 2022\n\nÉnergies renouvelables', '2022-11-08', lang='fr', form='text', span='mardi 8 novembre 2022'),
    # http://www.tracy-le-mont.org/municipalite/conseils-municipaux/comptes-rendus/2017-07-07,c-r-du-29-06-2017.xhtml
    c('C.R. du 29/06/2017\n\n» Téléchargez le CR au format PDF', '2017-06-29', lang='fr', form='text', span='29/06/2017'),
    c('Le Conseil municipal légalement convoqué, s’est réuni en séance ordinaire 29 juin 2017 à 20 heures 30 sous la présidence de Mme Sylvie VALENTE-LE HIR, Maire.', '2017-06-29T20:30:00', lang='fr', form='time', span='29 juin 2017 à 20 heures 30'),
    c('Modification de la délibération prise le 26 février 2010', '2010-02-26', lang='fr', form='text', span='26 février 2010'),
    c('Vu l’avis favorable du Comité technique paritaire en date du 22 juin 2017.', '2017-06-22', lang='fr', form='text', span='22 juin 2017'),
    # https://www.service.bremen.de/dienstleistungen/sich-bei-der-erstellung-eines-bebauungsplans-beteiligen-197406?reg=verfahren
    c('Es gibt keine Hinweise oder Besonderheiten.\nAktualisiert am 14.04.2025', '2025-04-14', lang='de', form='text', span='14.04.2025'),
    # https://stadt-meissen.de/de/buergerbeteiligung/buergerbeteiligungsleitlinie.html
    c('Die letzte Sitzung erfolgte öffentlich am 05.09.2023. Hier wurde der entstandene Entwurf anschaulich präsentiert', '2023-09-05', lang='de', form='text', span='05.09.2023'),
    c('Leitlinie für Bürgerbeteiligung gefasst und vom Stadtrat in seiner Sitzung am 27.09.2023 einstimmig beschlossen.', '2023-09-27', lang='de', form='text', span='27.09.2023'),
    # https://programme2014-20.interreg-central.eu/Content.Node/SubNodes/Kick-off-meeting8.html
    c('Kick-off meeting\n\n27 September 2017, Milan, Italy\n\nThe nine partners met', '2017-09-27', lang='en', form='text', span='27 September 2017'),
    # https://medcities.org/agenda/lead-partners-seminar-for-governance-project-of-the-new-interreg-euro-med-programme/
    c('On 18th January 2023, the Joint Secretariat is pleased to invite all Lead Partners', '2023-01-18', lang='en', form='text', span='18th January 2023'),
    c('Date and place\nMarseille, 18 and 19 January 2023\n\nDo you want to be up to date', '2023-01-18', '2023-01-19', lang='en', form='range', span='18 and 19 January 2023'),
    # https://projects2014-2020.interregeurope.eu/eure/events/event/2900/eure-kick-off-meeting-in-santiago-de-compostela
    c('On 11 July 2019, the official launch of the Interreg Europe EURE project took place', '2019-07-11', lang='en', form='text', span='11 July 2019'),
    # https://danube-archive.dev.webecon.hu/news-and-events/programme-news-and-events/498
    c('AgriGo4Cities - AgriGo4Cities kicked-off successfully!\n\n13-04-2017\n\nAltogether, 59 participants', '2017-04-13', lang='en', form='text', span='13-04-2017'),
    c('hosted by the project partner the Municipality of Velenje in Vila Bianca in Velenje from 13th to 16th February 2017.', '2017-02-13', '2017-02-16', lang='en', form='range', span='from 13th to 16th February 2017'),
    # https://interreg-central.eu/news/cirevalc-kick-off-meeting-in-dresden-lets-get-started
    c('CIREVALC Kick-off meeting in Dresden – Let’s get started!\n\nDate: 10.05.2023\nRKW Sachsen hosted', '2023-05-10', lang='en', form='text', span='10.05.2023'),
    c('RKW Sachsen hosted the CIREVALC kick-off meeting on 8-10 May 2023 in Dresden.', '2023-05-08', '2023-05-10', lang='en', form='range', span='8-10 May 2023'),
    # https://interregeurope.eu/news-and-events/events/cooperation-actions-how-to-bring-down-barriers-to-build-sustainable-partnerships
    c('to take place in Palermo, Italy, on 02-03 July 2024. The event is dedicated to Managing authorities', '2024-07-02', '2024-07-03', lang='en', form='range', span='02-03 July 2024'),
    # http://www.interreg4c.eu/news/article/index-post=788-interreg-europe-what-to-expect-from-the-launch-event&.html
    c('INTERREG EUROPE: what to expect from the launch event\n\nPosted on 20th November 2014 | Category: Programme', '2014-11-20', lang='en', form='text', span='20th November 2014'),
    c('interregional cooperation forum, which takes place in Bologna on 2 and 3 December. The forum will present', '2014-12-02', '2014-12-03', ref=dt.date(2014, 11, 20), lang='en', form='range', span='2 and 3 December'),
    c('As of 31 December 2015, this website is no longer updated.', '2015-12-31', lang='en', form='text', span='31 December 2015'),
    # https://www.cacities.org/Top/News/News-Articles/2015/January/City-Officials-Can-Attend-the-Sold-Out-New-Mayors
    c('News Feed\n\nCity Officials Can Attend the Sold-Out New Mayors and Council Members’ Academy Via Webcast\n\nJanuary 9, 2015\nNext Week’s', '2015-01-09', lang='en', form='text', span='January 9, 2015'),
    c('Each session during the Jan. 14-15 event will be individually broadcast', '2015-01-14', '2015-01-15', ref=dt.date(2015, 1, 9), lang='en', form='range', span='Jan. 14-15'),
    # https://www.calcities.org/news/news/2021/11/03/register-now-for-the-2022-new-mayors-and-council-members-academy
    c('at the 2022 New Mayors and Council Members Academy, taking place January 20, 21, 27, and 28, 2022!', '2022-01-20', '2022-01-21', lang='en', form='range', span='January 20, 21, 27, and 28, 2022'),
    c('Registration closes January 14. Visit the online event page for more information', '2022-01-14', ref=dt.date(2021, 11, 3), lang='en', form='missing_year', span='January 14'),
    # https://www.surpriseaz.gov/3528/City-Academy
    c('The 2021 City Academy will be held via weekly virtual meetings beginning on February 22 and running through April 26.', '2021-02-22', '2021-04-26', ref=dt.date(2021, 1, 15), lang='en', form='range', span='February 22 and running through April 26'),
    # https://www.elespanol.com/sevilla/20250903/adiestramiento-canino-restauracion-muebles-talleres-socioculturales-pueden-optar-sevillanos/1003743908967_0.html
    c('El periodo estará activo del 9 al 19 de septiembre, tras el cual se celebrará un sorteo público el próximo día 29.', '2025-09-09', '2025-09-19', ref=dt.date(2025, 9, 3), lang='es', form='range', span='del 9 al 19 de septiembre'),
    c('Posteriormente, el 6 de octubre se publicarán las listas de admitidos en los tablones de cada distrito', '2025-10-06', ref=dt.date(2025, 9, 3), lang='es', form='missing_year', span='6 de octubre'),
    c('y del 9 al 22 de octubre se abrirá el plazo de matriculación.', '2025-10-09', '2025-10-22', ref=dt.date(2025, 9, 3), lang='es', form='range', span='del 9 al 22 de octubre'),
    # https://www.diariosur.es/malaga-capital/talleres-ayuntamiento-malaga-solicitudes-20250905170254-nt.html
    c('El plazo de solicitudes se abrirá el próximo miércoles, 10 de septiembre. Se ofrecerán 32 temáticas', '2025-09-10', ref=dt.date(2025, 9, 5), lang='es', form='missing_year', span='miércoles, 10 de septiembre'),
    c('la primera fase se desarrollará del 29 de septiembre al 19 de diciembre y la segunda, del 19 de enero al 19 de junio de 2026', '2025-09-29', '2025-12-19', ref=dt.date(2025, 9, 5), lang='es', form='range', span='del 29 de septiembre al 19 de diciembre'),
    c('Las inscripciones para la primera fase comenzarán el próximo miércoles, 10 de septiembre, a las 10.00 horas y terminarán el viernes 12.', '2025-09-10T10:00:00', ref=dt.date(2025, 9, 5), lang='es', form='time', span='miércoles, 10 de septiembre, a las 10.00 horas'),
    c('Posteriormente, del 1 al 14 de diciembre estará abierto el plazo de renovación de la plaza.', '2025-12-01', '2025-12-14', ref=dt.date(2025, 9, 5), lang='es', form='range', span='del 1 al 14 de diciembre'),
    c('para aquellos talleres que dispongan de plazas libres en la segunda fase, el periodo de inscripción será del 8 al 9 de enero.', '2026-01-08', '2026-01-09', ref=dt.date(2025, 9, 5), lang='es', form='range', span='del 8 al 9 de enero'),
    # https://www.eldiariopba.com/noticias/moreno/moreno-abre-las-preinscripciones-a-los-talleres-culturales-2026
    c('Las preinscripciones estarán abiertas hasta el 13 de marzo inclusive, mientras que las clases comenzarán el 16 de marzo.', '2026-03-13', ref=dt.date(2026, 3, 1), lang='es', form='missing_year', span='13 de marzo'),
    c('Quienes se registren en línea deberán completar el trámite entre el 9 y el 13 de marzo, acercándose con su DNI a la sede', '2026-03-09', '2026-03-13', ref=dt.date(2026, 3, 1), lang='es', form='range', span='entre el 9 y el 13 de marzo'),
    # https://www.diariodesevilla.es/vivirensevilla/talleres-socioculturales-distritos-2025-ayuntamiento-sevilla_0_2004680144.html
    c('El Ayuntamiento de Sevilla abrirá el plazo, el próximo martes, 9 de septiembre, para inscribirse a los diferentes talleres', '2025-09-09', ref=dt.date(2025, 9, 2), lang='es', form='missing_year', span='martes, 9 de septiembre'),
    c('El plazo de solicitud a estos talleres permanecerá operativo hasta el 19 de septiembre.', '2025-09-19', ref=dt.date(2025, 9, 2), lang='es', form='missing_year', span='19 de septiembre'),
    # https://www.elperiodicoextremadura.com/caceres-local/2026/03/12/caceres-talleres-universidad-popular-inscripcion-127846002.html
    c('Las solicitudes podrán presentarse únicamente durante dos días, jueves 12 y viernes 13 de marzo, según ha informado el Ayuntamiento', '2026-03-12', '2026-03-13', ref=dt.date(2026, 3, 12), lang='es', form='range', span='jueves 12 y viernes 13 de marzo'),
    c('el consistorio realizará un sorteo público el 18 de marzo para adjudicar los puestos.', '2026-03-18', ref=dt.date(2026, 3, 12), lang='es', form='missing_year', span='18 de marzo'),
    c('La incorporación a los grupos se realizará a partir de la semana del 23 de marzo, integrándose', '2026-03-23', ref=dt.date(2026, 3, 12), lang='es', form='missing_year', span='23 de marzo'),
    # https://vivahuelva.es/?a=247294&i=35
    c('Entre los días 12 y 13 de septiembre los cursos que abren su matrícula son los de sonido', '2012-09-12', '2012-09-13', ref=dt.date(2012, 9, 10), lang='es', form='range', span='Entre los días 12 y 13 de septiembre'),
    c('El plazo de matriculación queda abierto hasta el 25 de este mes.', '2012-09-25', ref=dt.date(2012, 9, 10), lang='es', form='missing_year', span='25 de este mes'),
    c('Del 1 al 10 de octubre se podrá acceder a las plazas que hayan quedado vacantes', '2012-10-01', '2012-10-10', ref=dt.date(2012, 9, 10), lang='es', form='range', span='Del 1 al 10 de octubre'),
    # https://lagone.it/2024/03/09/cupinoro-assemblea-rinviata
    c('L’assemblea pubblica del 9 marzo è stata annullata.', '2024-03-09', ref=dt.date(2024, 3, 9), lang='it', form='missing_year', span='9 marzo'),
    c('L’incontro e’ stato rinviato a sabato 16 marzo sempre alle 16, sempre in Aula Consiliare.', '2024-03-16T16:00:00', ref=dt.date(2024, 3, 9), lang='it', form='time', span='sabato 16 marzo sempre alle 16'),
    # https://www.wijkmolenhoek.nl/bij-bomansopbrengst-open-huis-en-buurtavondenopen-huis-7-oktober/
    c('Open Huis, 7 oktober 2015\n\nHet Open Huis is druk bezocht.', '2015-10-07', lang='nl', form='text', span='7 oktober 2015'),
    # https://www.wijkplatformzhgb.nl/vrije-tijd/activiteiten-evenementen/wijkcafe-2
    c('De eerste editie vond plaats op dinsdagavond 10 oktober. Het thema was', '2023-10-10', ref=dt.date(2023, 10, 20), lang='nl', form='missing_year', span='10 oktober'),
    c('De volgende edities waren dinsdag 14 november en dinsdag 12 december.', '2023-11-14', ref=dt.date(2023, 12, 20), lang='nl', form='missing_year', span='dinsdag 14 november en dinsdag 12 december'),
    c('De 1e editie in het nieuwe jaar wordt op dinsdag 6 februari georganiseerd in combinatie met het Bewonersoverleg.', '2024-02-06', ref=dt.date(2023, 12, 20), lang='nl', form='missing_year', span='dinsdag 6 februari'),
    # https://www.pen.nl/artikel/thema-wijkcafe-in-de-groote-hond
    c('Op dinsdag 12 december organiseert het Wijkplatform Zuilenstein, Huis de Geer, Blokhoeve (ZHGB) voor de derde keer', '2023-12-12', ref=dt.date(2023, 12, 5), lang='nl', form='missing_year', span='dinsdag 12 december'),
    c('In die omgeving vinden vanaf 15 december veel activiteiten plaats', '2023-12-15', ref=dt.date(2023, 12, 5), lang='nl', form='missing_year', span='15 december'),
    c('Het volgende Wijkcafé is op dinsdag dinsdag 6 februari 2024.', '2024-02-06', lang='nl', form='text', span='dinsdag 6 februari 2024'),
    # http://www.gmina.tarnow.pl/nowastrona/index.php/441-zapraszamy-mieszkancow-na-zebrania-wiejskie-2
    c('Zebrania wiejskie rozpoczną się 2 marca i potrwają do 20 marca. {Play}', '2020-03-02', '2020-03-20', ref=dt.date(2020, 2, 20), lang='pl', form='range', span='2 marca i potrwają do 20 marca.'),
    # https://agronowiny.pl/egazeta/nowiny-wodzislawskie/2010-03-02/56465-spotkania-z-mieszkancami-co-niedziele.html
    c('Zebranie wiejskie odbędzie się tutaj w niedzielę, 14 marca, wyjątkowo w połomskiej szkole', '2010-03-14', ref=dt.date(2010, 3, 2), lang='pl', form='missing_year', span='niedzielę, 14 marca'),
    c('Zebranie odbędzie się tutaj 28 marca, o godz. 14.00 w Zespole Szkół.', '2010-03-28T14:00:00', ref=dt.date(2010, 3, 2), lang='pl', form='time', span='28 marca, o godz. 14.00'),
    # https://bytnica.pl/wiadomosci/1/print/51037/rozpoczely_sie_zebrania_wiejskie
    c('25 września 2012 14:00 | Aktualności\nOd dnia 24.09.2012r.', '2012-09-25T14:00:00', lang='pl', form='time', span='25 września 2012 14:00'),
    c('Od dnia 24.09.2012r. w Drzewicy rozpoczęły się spotkania wiejskie z wójtem.', '2012-09-24', lang='pl', form='text', span='24.09.2012r.'),
    c('Harmonogram zebrań wiejskich:\n24.09.2012 r. Drzewica godz. 1800\n25.09.2012 r.', '2012-09-24T18:00:00', lang='pl', form='time', span='24.09.2012 r. Drzewica godz. 1800'),
    c('28.09.2012 r. Struga godz. 1730\n28.09.2012 r. Grabin godz. 1900', '2012-09-28T17:30:00', lang='pl', form='time', span='28.09.2012 r. Struga godz. 1730'),
    # https://www.hudiksvall.se/Arkiv/Nyheter/Nyheter-2019/2019-04-15-Smyginvigning-av-det-nya-mobila-biblioteket.html
    c('Smyginvigning av det nya mobila biblioteket!\n\n29 april kl.11-15, Svågagården.', '2019-04-29T11:00:00', '2019-04-29T15:00:00', ref=dt.date(2019, 4, 15), lang='sv', form='time', span='29 april kl.11-15'),
    # https://jubileum.eskilstuna.se/besokswebbar/teatern-och-biblioteket-100-ar/jubileumshelg-pa-stadsbiblioteket
    c('Jubileumsveckorna avslutas med en helg av aktiviteter för små och stora 17-19 oktober, exakt 100 år sedan', '2025-10-17', '2025-10-19', ref=dt.date(2025, 10, 1), lang='sv', form='range', span='17-19 oktober'),
    c('Firarfredag - 17 oktober\nVi firar bibliotekets födelsedag med ballonger', '2025-10-17', ref=dt.date(2025, 10, 1), lang='sv', form='missing_year', span='17 oktober'),
    # https://www.turku.fi/sv/nyhet/2018-05-17_oppettider-kring-pingstdagen
    c('Lördagen 19.5. alla bibliotek har normala öppettider. Söndagen 20.5. alla bibliotek är stängda.', '2018-05-19', ref=dt.date(2018, 5, 17), lang='sv', form='missing_year', span='Lördagen 19.5.'),
    c('Sö 20.5  \nAlla bibliotek är stängda.*', '2018-05-20', ref=dt.date(2018, 5, 17), lang='sv', form='missing_year', span='Sö 20.5'),
    # http://upplandsnyheter.se/2018/04/biblioteket-bjuder-in-till-en-stangningsfest/
    c('Lördagen den 28 april är nämligen sista öppetdagen innan man stänger biblioteket i fyra månader', '2018-04-28', ref=dt.date(2018, 4, 20), lang='sv', form='missing_year', span='Lördagen den 28 april'),
    c('Den 23 april firas Världsbokdagen över hela världen', '2018-04-23', ref=dt.date(2018, 4, 20), lang='sv', form='missing_year', span='23 april'),
    c('– Man får ha böckerna ända till dess att det nya biblioteket öppnar den 3 september, berättar Barbro Gräähs.', '2018-09-03', ref=dt.date(2018, 4, 20), lang='sv', form='missing_year', span='3 september'),
    # https://ugeavisen.dk/viborgnyt/bibliotekerne-holder-laenge-aabent
    c('Skals: Mandag 2. juni bliver bibliotekerne i Houlkær, Karup og Skals til Åbne Biblioteker', '2025-06-02', ref=dt.date(2025, 5, 25), lang='da', form='missing_year', span='Mandag 2. juni'),
    # http://notiziefabbriani.blogspot.com/2011/07/feste-e-sagre-in-appennino.html?m=1
    c('venerdì 29 luglio 2011\n\nFeste e sagre in Appennino.', '2011-07-29', lang='it', form='text', span='venerdì 29 luglio 2011'),
    c('Festa della Riva del Setta oggi, venerdì 29 luglio, domani e domenica in località Allocco di Val di Setta.', '2011-07-29', ref=dt.date(2011, 7, 29), lang='it', form='missing_year', span='venerdì 29 luglio'),
    # https://www.ilsettempedano.it/2017/09/22/sagra-della-porchetta-stand-aperti-fin-da-sabato-a-pranzo/
    c('Dall’ora di pranzo di sabato 23 settembre sono aperti gli stand della terza edizione', '2017-09-23', ref=dt.date(2017, 9, 22), lang='it', form='missing_year', span='sabato 23 settembre'),
    c('Sabato 23 e domenica 24 settembre agli stand gastronomici si accompagneranno spazi', '2017-09-23', '2017-09-24', ref=dt.date(2017, 9, 22), lang='it', form='range', span='Sabato 23 e domenica 24 settembre'),
    c('Sul palco sabato 23 settembre, alle ore 21.30, saliranno i “Recidivi”', '2017-09-23T21:30:00', ref=dt.date(2017, 9, 22), lang='it', form='time', span='sabato 23 settembre, alle ore 21.30'),
    c('Domenica 24 liscio e latino-americano, dalle 17 alle 19, con Baila Morena', '2017-09-24T17:00:00', '2017-09-24T19:00:00', ref=dt.date(2017, 9, 22), lang='it', form='time', span='Domenica 24 liscio e latino-americano, dalle 17 alle 19'),
    # https://oestadoonline.com.br/cidades/confira-o-horario-de-funcionamento-da-feira-municipal-em-dourados/
    c('os feirantes irão atender na segunda e terça-feira, dias 23 e 24 de dezembro, véspera de Natal', '2024-12-23', '2024-12-24', ref=dt.date(2024, 12, 20), lang='pt', form='range', span='23 e 24 de dezembro'),
    # https://g1.globo.com/rj/regiao-serrana/noticia/2022/04/13/tradicional-feira-do-pescado-comeca-nesta-quarta-feira-em-petropolis-no-rj.ghtml
    c('Já na quinta-feira (14), os feirantes estarão com as barracas montadas das 6h às 22h', '2022-04-14T06:00:00', '2022-04-14T22:00:00', ref=dt.date(2022, 4, 13), lang='pt', form='time', span='quinta-feira (14), os feirantes estarão com as barracas montadas das 6h às 22h'),
    c('e na sexta-feira (15), último dia, os produtos poderão ser adquiridos entre 6h e 13h.', '2022-04-15T06:00:00', '2022-04-15T13:00:00', ref=dt.date(2022, 4, 13), lang='pt', form='time', span='sexta-feira (15), último dia, os produtos poderão ser adquiridos entre 6h e 13h'),
    # https://boainformacao.com.br/2022/09/feirinha-do-barro-duro-e-antecipada-para-sabado-01-vespera-da-eleicao/
    c('A medida é necessária por motivo da eleição geral marcada para domingo, 02 de outubro.', '2022-10-02', ref=dt.date(2022, 9, 25), lang='pt', form='missing_year', span='domingo, 02 de outubro'),
    c('a feira terá início à tarde, prosseguindo até a noite de sábado, 01.', '2022-10-01', ref=dt.date(2022, 9, 25), lang='pt', form='missing_year', span='sábado, 01'),
    # https://correiodacidade.com.br/noticia/3935/em-novo-decreto-prefeito-autoriza-feira-livre-de-segunda-a-sexta-em-santo-estevao
    c('Conforme o decreto municipal nº 114/2020, publicado nesta terça-feira (21), o prefeito Rogério Costa autorizou', '2020-04-21', ref=dt.date(2020, 4, 21), lang='pt', form='missing_year', span='terça-feira (21)'),
])
FAILURES.extend([
    # https://stadt-meissen.de/de/buergerbeteiligung/buergerbeteiligungsleitlinie.html
    x('Der Stadtrat beauftragte per Antrag (A 20/20) die Verwaltung fraktionsübergreifend', 'no_date', lang='de', form='no_date'),
    x('Dieses Gremium tagte seit Januar 2023 und legte die Kerninhalte der Leitlinie fest.', 'partial', lang='de', form='partial'),
    # https://www.stadtentwicklungsmanager-im-dialog.de/node/4006
    x('Bürgerbeteiligung\n\nFebruar bis Mai 2021\n\nAufgrund der aktuellen Infektionslage', 'partial', lang='de', form='partial'),
    # http://www.gmina.tarnow.pl/nowastrona/index.php/441-zapraszamy-mieszkancow-na-zebrania-wiejskie-2
    x('Zebrania wiejskie marzec 2020 r.', 'partial', lang='pl', form='partial'),
])
# Fifth session, batch 35: third passes in Finnish, Estonian, Slovenian, Maltese,
# Basque and Irish (concerts, parish and culture pages).
CASES.extend([
    # http://lvs.fi/2017/11/10/harmonian-virsikonsertti-vesilahden-kirkossa/
    c('Vesilahden kirkossa järjestetään saksofoniyhtye Harmonian virsikonsertti sunnuntai-iltana 19. marraskuuta.', '2017-11-19', ref=dt.date(2017, 11, 10), lang='fi', form='missing_year', span='19. marraskuuta'),
    # https://rotary.fi/mikkeli/events/mikkelin-rk-05-12-2025-klo-1800-itsenainen-suomi-joulukonsertti-avec-pitajankirkko-2
    c('Päiväys ja aika\n05.12.2025\n18:00 - 20:00\n\n\nItsenäinen Suomi-Joulukonsertti', '2025-12-05T18:00:00', '2025-12-05T20:00:00', lang='fi', form='time', span='05.12.2025\n18:00 - 20:00'),
    c('Aika: 05.12.2025 klo 18:00\n\nPaikka: Pitäjänkirkko, Mikkeli', '2025-12-05T18:00:00', lang='fi', form='time', span='05.12.2025 klo 18:00'),
    # https://issuu.com./kirkkojakaupunki/docs/kirkko_ja_kaupunki_2023_06_espoo/4
    c('HYVÄN TÄHDEN.\n6\n30.3.2023 kirkkojakaupunki.fi\n\nPääkirjoitus', '2023-03-30', lang='fi', form='text', span='30.3.2023'),
    # http://www.saartehaal.ee/2017/05/19/kuhu-minna-1217/
    c('Reede, 19. mai\n\n\n\nÜRITUS\n\n* Laulame koos Mariniga tuntud laule kl 13 Kuressaare päevakeskuses.', '2017-05-19', ref=dt.date(2017, 5, 15), lang='et', form='missing_year', span='Reede, 19. mai'),
    c('* Kuressaare ametikooli disaini õppesuuna õpilaste tööde näitus Kuressaare kultuurikeskuse saalis. Avatud 31. maini.', '2017-05-31', ref=dt.date(2017, 5, 15), lang='et', form='missing_year', span='31. maini'),
    c('* Uimes DJ Jimmy.\n\nLaupäev, 20. mai\n\n\n\nÜRITUS', '2017-05-20', ref=dt.date(2017, 5, 15), lang='et', form='missing_year', span='Laupäev, 20. mai'),
    # https://hiiuleht.ee/laura-poldvere-laulab-kardlas/
    c('Kontsert algab kolmapäeval, 2.oktoobril kl 18 Kärdla kultuurikeskuses ja kestab tund aega.', '2019-10-02T18:00:00', ref=dt.date(2019, 9, 30), lang='et', form='time', span='kolmapäeval, 2.oktoobril kl 18'),
    # https://avdio.ognjisce.si/index_cikel.php?oddaja=pv_2020_02_07_koncert_MJAV
    c('Mateja Feltrin Novljan\n\nglasbaMJAV\n\n7. 2. 2020\nKoncert skupine MJAV', '2020-02-07', lang='sl', form='text', span='7. 2. 2020'),
    # http://www.gorenjskiglas.si/apps/pbcs.dll/article?AID=/20171124/C/171129856/1018&template=printart
    c('ki bo nastopil v soboto, 25. novembra, ob 19. uri v cerkvi sv. Jurija v Šenčurju.', '2017-11-25T19:00:00', ref=dt.date(2017, 11, 24), lang='sl', form='time', span='soboto, 25. novembra, ob 19. uri'),
    # https://www.novice.at/zabava/od-dunaja-preko-smihela-do-sentilja-ob-dravi-adventni-koncerti-za-konec-tedna/
    c('kjer bo v Karlovi cerkvi v četrtek, 14. decembra, ob 19.00 nastopil Komorni zbor Hugo Wolf.', '2023-12-14T19:00:00', ref=dt.date(2023, 12, 12), lang='sl', form='time', span='četrtek, 14. decembra, ob 19.00'),
    c('V soboto, 16. decembra, ob 18.00 lahko v Slovenjem Plajberku po maši v farni cerkvi prisluhnete', '2023-12-16T18:00:00', ref=dt.date(2023, 12, 12), lang='sl', form='time', span='soboto, 16. decembra, ob 18.00'),
    c('V nedeljo, 17. decembra, je na sporedu kar šest adventnih koncertov.', '2023-12-17', ref=dt.date(2023, 12, 12), lang='sl', form='missing_year', span='nedeljo, 17. decembra'),
    # https://www.novice.at/kultura/glasba/solidarnostni-koncert-v-sentprimozu/
    c('Pod geslom »solidarni« je v nedeljo, 13. marca, v farni cerkvi v Šentprimožu potekal solidarnostni koncert za Ukrajino.', '2022-03-13', ref=dt.date(2022, 3, 15), lang='sl', form='missing_year', span='nedeljo, 13. marca'),
    # https://svet24.si/lokalno/posavje/novice/kultura/avsenikove-melodije-napolnile-cerkev-na-mostecu-69413-1686500
    c('Besedilo in foto: D. A. L.\n26. 10. 2011, 08.15\nPosodobljeno\n10:06', '2011-10-26T08:15:00', lang='sl', form='time', span='26. 10. 2011, 08.15'),
    # https://sv.ubook.com/chapter/129348341
    c('v župnijski cerkvi svetega Janeza Krstnika v Preski pri Medvodah, to nedeljo, 30. marca ob 19h.', '2025-03-30T19:00:00', ref=dt.date(2025, 3, 25), lang='sl', form='time', span='nedeljo, 30. marca ob 19h'),
    # https://www.tvm.com.mt/mt/djarju247/kuncert-biex-jitfakkar-il-100-sena-anniversarju-mit-twaqqif-tal-kumitat-festi-esterni-san-gorg-martri/
    c('MUŻA regolarment joħloq attivitajiet differenti li jwasslu għarfien ġdid filwaqt li joħolqu interess fil-viżitaturi ġodda. Nhar is-Sibt, 1 t’Awwissu, Heritage Malta qiegħda tistieden studenti…', '2020-08-01', ref=dt.date(2020, 7, 20), lang='mt', form='missing_year', span='Sibt, 1 t’Awwissu'),
    c('Dan il-Programm li jara l-bidu tiegħu nhar it-Tlieta, 21 ta’ Lulju 2020…', '2020-07-21', lang='mt', form='text', span='Tlieta, 21 ta’ Lulju 2020'),
    # https://www.tvm.com.mt/mt/djarju247/50-sena-anniversarju-mill-konsagrazzjoni-tal-knisja-parrokkjali-ta-mxlokk/
    c('Il-knisja Parrokkjali ta’ marsaxlokk ser tagħlaq 50 sena kkonsagrata fis-17 ta’ Settembru 2017.', '2017-09-17', lang='mt', form='text', span='17 ta’ Settembru 2017'),
    # http://bandasangirgor.org/news.asp?mon=WVc=&yea=WlcDBQ==
    c("News - October 2016\n\n18-Oct-2016  |  Noghzzu l-jum tad-19 ta'Ottubru", '2016-10-18', lang='mt', form='text', span='18-Oct-2016'),
    c('Kien il-Hadd 19 ta’ Ottubru 1997, grupp ta’ rgiel u zghazagh iltaqghu fic-Centru Parrokkjali ta’ Kercem', '1997-10-19', lang='mt', form='text', span='Hadd 19 ta’ Ottubru 1997'),
    # https://newsbook.com.mt/kuncert-ghand-ta-giezu-ghajnsielem/
    c('Nhar is-Sibt 4 ta’ Jannar, il-Fondazzjoni Papa Ġwanni Pawlu t-Tieni', '2020-01-04', ref=dt.date(2020, 1, 10), lang='mt', form='missing_year', span='Sibt 4 ta’ Jannar'),
    # https://aikor.eus/sondika/1542885069581-sondikako-taldeek-ongintzazko-kontzertua-eskainiko-dute-zapatuan
    c('Sondikako taldeek ongintzazko kontzertua eskainiko dute zapatuan\n\nAikor aldizkaria 2018ko aza. 23a, 10:47', '2018-11-23T10:47:00', lang='eu', form='time', span='2018ko aza. 23a, 10:47'),
    c('Kontzertua zapatuan, azaroaren 24an, izango da San Joan elizan.', '2018-11-24', ref=dt.date(2018, 11, 23), lang='eu', form='missing_year', span='zapatuan, azaroaren 24an'),
    # https://busturialdea.hitza.eus/2021/05/31/ekaina-kontzertuz-beteko-dute-musika-eskolako-musikariek
    c('- Bihar (ekainak 2). Txistu eta Soka Txiki, 19:00etan, Santa Eufemia elizan.', '2021-06-02T19:00:00', ref=dt.date(2021, 6, 1), lang='eu', form='time', span='ekainak 2). Txistu eta Soka Txiki, 19:00'),
    c('- Ekainak 8 (martitzena). Konboen kontzertua, 19:30ean, Musika eskolako karpan, aulkietan jesarrita.', '2021-06-08T19:30:00', ref=dt.date(2021, 6, 1), lang='eu', form='time', span='Ekainak 8 (martitzena). Konboen kontzertua, 19:30'),
    # http://galbahea.blogspot.com/2010/11/nazioarteko-trikitixa-jaialdia.html
    c('Bi emanaldi eskainiko dira Jaialdiaren barruan. Bata bihar, Tolosako Leidor antzokian izango da, 22:00etan.', '2010-11-26T22:00:00', ref=dt.date(2010, 11, 25), lang='eu', form='time', span='bihar, Tolosako Leidor antzokian izango da, 22:00'),
    # https://oarsoaldea.hitza.eus/2015/10/16/txileko-eta-euskal-herriko-musikak-soinuenea-hartuko-du
    c('Udazkeneko kontzertua izango da bihar eta ohi bezala bi talde hurbilduko dira Ergoiengo Auzokalte elkartera', '2015-10-17', ref=dt.date(2015, 10, 16), lang='eu', form='missing_year', span='bihar'),
    # https://christchurchcathedral.ie/an-eocairist-as-gaeilge/
    c('Irish-language Eucharist\n\n27 Deireadh Fómhair, 27 October, 11:30', '2019-10-27T11:30:00', ref=dt.date(2019, 10, 1), lang='ga', form='time', span='27 Deireadh Fómhair, 27 October, 11:30'),
    c('Ar 27 Deireadh Fómhair i mbliana, don chéad uair i stair na hArdeaglaise', '2019-10-27', ref=dt.date(2019, 10, 1), lang='ga', form='missing_year', span='27 Deireadh Fómhair i mbliana'),
    # https://tuairisc.ie/tunes-in-the-church-seolta-areir-i-seipeal-san-nioclas-gaillimh/
    c('I gCorcaigh, Dé hAoine 1 Bealtaine a chuirfear tús leis an chéad chamchuairt náisiúnta', '2015-05-01', ref=dt.date(2015, 4, 20), lang='ga', form='missing_year', span='hAoine 1 Bealtaine'),
    # https://issuu.com./votemerrigan/docs/fleadh_bhaile___tha_cliath_-_gaeilg
    c('Fleadh Cheoil Chontae Átha Cliath le reáchtáil i nDeilginis, 10-15 Bealtaine 2016', '2016-05-10', '2016-05-15', lang='ga', form='range', span='10-15 Bealtaine 2016'),
    c('ag an bhFleadh Cheoil in Inis, 14-22 Lúnasa 2016.', '2016-08-14', '2016-08-22', lang='ga', form='range', span='14-22 Lúnasa 2016'),
    # https://aonghus.blogspot.com/2019/02/cor-chuil-aodha.html
    c('Píosaí liom in áiteanna eile:\n\n2019-02-19\n\nCór Chúil Aodha', '2019-02-19', lang='ga', form='text', span='2019-02-19'),
    # https://belfastmedia.com/ceiliuradh-phobal-an-aifrinn-ar-aifreann-feirste
    c('Pobal an Aifrinn ag séipéal Naomh Muire ar an 22 Deireadh Fómhair 2023', '2023-10-22', lang='ga', form='text', span='22 Deireadh Fómhair 2023'),
    c('Ar an 5 Samhain, ar a 5.00 tráthnóna, beidh ócáid ar leith ar siúl.', '2023-11-05T17:00:00', ref=dt.date(2023, 10, 25), lang='ga', form='time', span='5 Samhain, ar a 5.00 tráthnóna'),
    c('a léigh an chéad Aifreann Gaeilge sa séipéal céanna, ar an Domhnach, an 7 Márta, 1965', '1965-03-07', lang='ga', form='text', span='Domhnach, an 7 Márta, 1965'),
])
FAILURES.extend([
    # https://newsbook.com.mt/aktar-attivitajiet-biex-ifakkru-z-zjara-tal-papa-gwanni-pawlu-ii-f-malta/
    x('Il-kunċert se jsir nhar il-Ħamis li ġej fit-8pm, fil-Kappella tal-Madonna tal-Medalja Mirakoluża', 'no_date', ref=dt.date(2015, 5, 10), lang='mt', form='no_date'),
])
# fmt: on

# fmt: off
# Issue 14, fifth session, batch 4: EU regions' events with zones, exhibitions and vernissages, council and course notices (big languages)
CASES.extend([
    # https://ec.europa.eu/newsroom/EURegionsWeek/newsletter-archives/26095
    c('Taking place from 12 to 16 October, this week includes the Citizen’s Dialogue', '2020-10-12', '2020-10-16', ref=dt.date(2020, 10, 9), lang='en', form='range', span='from 12 to 16 October'),
    c('On Monday 12 October - 11:00 (CET), the President of the European Committee of the Regions', '2020-10-12T11:00:00+01:00', ref=dt.date(2020, 10, 9), lang='en', form='time', tz='CET', span='Monday 12 October - 11:00 (CET)'),
    c('during the Opening session of the #EURegionsWeek 2020 on 12 October - 14:30 (CET).', '2020-10-12T14:30:00+01:00', ref=dt.date(2020, 10, 9), lang='en', form='time', tz='CET', span='12 October - 14:30 (CET)'),
    c("at the European Committee of the Regions' plenary session on Tuesday 13 October - 14:30 (CET).", '2020-10-13T14:30:00+01:00', ref=dt.date(2020, 10, 9), lang='en', form='time', tz='CET', span='Tuesday 13 October - 14:30 (CET)'),
    # https://www.themayor.eu/en/the-european-committee-of-the-regions-invites-you-to-a-conference-on-the-future-of-the-eu-and-the-role-of-the-regions-on-10-april-in-brussels
    c('Registration deadline: Monday, 9 April, 12 am\n\n  • April 06, 2018 18:30', '2018-04-09T00:00:00', ref=dt.date(2018, 4, 6), lang='en', form='time', span='Monday, 9 April, 12 am'),
    c('  • April 06, 2018 18:30\n  • Author Monika Dimitrova', '2018-04-06T18:30:00', lang='en', form='time', span='April 06, 2018 18:30'),
    c('invites you to a conference on the future of the EU and the role of the regions on 10 April in Brussels', '2018-04-10', ref=dt.date(2018, 4, 6), lang='en', form='missing_year', span='10 April'),
    # https://projectandfund.wordpress.com/tag/regions-and-cities/
    c('Registration for Brussels-based seminars is open until 30 September.', '2017-09-30', ref=dt.date(2017, 7, 1), lang='en', form='missing_year', span='30 September'),
    # https://www.adriaticionianeuroregion.eu/news/registration-to-euregionsweek-2020-is-now-open/?lang=it
    c('offering to participants around 500 digital working sessions over three consecutive weeks from 5-22 October.', '2020-10-05', '2020-10-22', ref=dt.date(2020, 7, 1), lang='en', form='range', span='from 5-22 October'),
    c('such as:\nWednesday 14 October 2020\nMobilizing ESI and IPA funds', '2020-10-14', lang='en', form='text', span='Wednesday 14 October 2020'),
    c('Thusday 15 October 2020\nA more horizontal EU accession process', '2020-10-15', lang='en', form='text', span='15 October 2020'),
    c('The fully digital registration is open until 27 September 2020.', '2020-09-27', lang='en', form='text', span='27 September 2020'),
    # https://errin.eu/events/regions-and-cities-vital-europes-recovery
    c("09/05/2020 - 10:00\n\nRegions and Cities: Vital for Europe's recovery", '2020-05-09T10:00:00', lang='en', form='time', span='09/05/2020 - 10:00'),
    c('This Saturday, 9th May, is Europe Day, when the Committee of the Regions would usually open its doors', '2020-05-09', ref=dt.date(2020, 5, 5), lang='en', form='missing_year', span='Saturday, 9th May'),
    # https://regions-and-cities.europa.eu/about/faqs
    c('Successful partners will be invited to the “partners’ meeting” that will take place on 22 May.', '2024-05-22', ref=dt.date(2024, 3, 1), lang='en', form='missing_year', span='22 May'),
    # https://p5tv.cz/archiv/kultura/soukromy-azyl/
    c('On Monday, 6. October in the Gallery Portheimka, TV 5 was part of the ceremonial opening', '2014-10-06', ref=dt.date(2014, 10, 7), lang='en', form='missing_year', span='Monday, 6. October'),
    # https://www.nl-prov.eu/events/europese-top-van-regios-en-steden/
    c('Europese Top van regio’s en steden | 18 - 19 maart 2024\n\nWanneer', '2024-03-18', '2024-03-19', lang='nl', form='range', span='18 - 19 maart 2024'),
    c('Wanneer\n\n18 maart 2024 - 19 maart 2024    \n9:00 - 17:00\n\nEuropese Top', '2024-03-18T09:00:00', '2024-03-19T17:00:00', lang='nl', form='time', span='18 maart 2024 - 19 maart 2024    \n9:00 - 17:00'),
    c('Op 18 en 19 maart 2024 komen duizenden lokale en regionale politici en Europese beleidsmakers samen', '2024-03-18', '2024-03-19', lang='nl', form='range', span='18 en 19 maart 2024'),
    # https://denederlandsegrondwet.nl/id/vhwnl4m483xt/nieuws/registratie_open_voor_europese_week_van
    c("Met dank overgenomen van Comité van de Regio's (CvdR) i, gepubliceerd op woensdag 9 juli 2008.", '2008-07-09', lang='nl', form='text', span='woensdag 9 juli 2008'),
    c('Participation is free, with 143 specialist seminars to choose from and a total of 15 000 seats available from 6-9 October.', '2008-10-06', '2008-10-09', ref=dt.date(2008, 7, 9), lang='en', form='range', span='from 6-9 October'),
    c('will address the opening session at the Charlemagne Building on 6 October, alongside CoR President', '2008-10-06', ref=dt.date(2008, 7, 9), lang='en', form='missing_year', span='6 October'),
    # http://www.ortenberg.de/de/Freizeit-Kultur-Tourismus/kunst-im-rathaus.php
    c('Die nächste Ausstellung wird mit der Vernissage am 29. Februar 2024 um 19:30 Uhr eröffnet und dauert bis zum\n31. Mai 2024.', '2024-02-29', '2024-05-31', lang='de', form='range', span='29. Februar 2024 um 19:30 Uhr eröffnet und dauert bis zum\n31. Mai 2024'),
    c('Hier finden Sie ein Video der Vernissage vom 29. Februar 2024\n\nhttps://youtu.be/x2NIn5wfEZw', '2024-02-29', lang='de', form='text', span='29. Februar 2024'),
    # http://www.erdmannhausen1200.de/aktuelles/aktuelles-detail/vernissage-zur-ausstellung-verborgene-schaetze-1/
    c('Die Ausstellung kann noch bis 4. Mai zu den bekannten Öffnungszeiten des Rathauses besichtigt werden.', '2016-05-04', ref=dt.date(2016, 3, 8), lang='de', form='missing_year', span='4. Mai'),
    # https://www.schwarzwaelder-bote.de/inhalt.huefingen-keramik-als-ausstellungsobjekt-auf-traditionellem-toepfermarkt.62c62a7d-a580-4aee-8a78-ed35cddc7367.html
    c('Zur Eröffnung der Ausstellung am Freitag, 7. September, 19 Uhr, im Rathaus hält Walter H. Lokau eine Einführung.', '2018-09-07T19:00:00', ref=dt.date(2018, 8, 20), lang='de', form='time', span='Freitag, 7. September, 19 Uhr'),
    c('Am Töpfermarktwochenende 8./9. September, sind die Keramikwerke am Samstag von 9 bis 18 Uhr', '2018-09-08', '2018-09-09', ref=dt.date(2018, 8, 20), lang='de', form='range', span='8./9. September'),
    # https://www.luckenwalde.de/index.php?ModID=255&FID=2625.2008.1&object=tx%2C2625.5
    c('Seiteninhalt\n23.11.2017\n\nRathausGalerie zeigt »Landschaften« - Ausstellung eröffnet', '2017-11-23', lang='de', form='text', span='23.11.2017'),
    c('Am 22. November eröffnete Bürgermeisterin Elisabeth Herzog-von der Heide die 1. Ausstellung', '2017-11-22', ref=dt.date(2017, 11, 23), lang='de', form='missing_year', span='22. November'),
    c('Noch bis 15. Dezember können die Landschaftsbilder in der RathausGalerie zu folgenden Zeiten besichtigt werden:', '2017-12-15', ref=dt.date(2017, 11, 23), lang='de', form='missing_year', span='15. Dezember'),
    c('Freitag 08.00 - 12.00 Uhr\n\nSamstag, 2. Dezember, 09.00 - 11.00 Uhr\n\nAusführliche', '2017-12-02T09:00:00', '2017-12-02T11:00:00', ref=dt.date(2017, 11, 23), lang='de', form='time', span='Samstag, 2. Dezember, 09.00 - 11.00 Uhr'),
    c('Seite drucken | Autor: Britta Jähner | zuletzt geändert am: 23.11.2017', '2017-11-23', lang='de', form='text', span='23.11.2017'),
    # https://heimat-info.de/beitraege/144ffb67-ef31-4556-bd5a-4ec3a0e13593
    c('zeigt das KulturEck die Ausstellung "Das Antlitz der Opfer" vom 5. bis 21. April 25 im Alten Rathaus', '2025-04-05', '2025-04-21', ref=dt.date(2025, 3, 20), lang='de', form='range', span='vom 5. bis 21. April'),
    c('Bitte beachten Sie, dass es am 5. April wegen des Frühlingslaufes zu Behinderungen kommen kann.', '2025-04-05', ref=dt.date(2025, 3, 20), lang='de', form='missing_year', span='5. April'),
    # https://evenea.pl/pl/wydarzenie/721239-49
    c('calendar icon\nOd 26 lut 18:00 do 26 mar 18:00\nticket icon', '2026-02-26T18:00:00', '2026-03-26T18:00:00', ref=dt.date(2026, 2, 10), lang='pl', form='time', span='Od 26 lut 18:00 do 26 mar 18:00'),
    c('Wernisaż odbędzie się 26 lutego (czwartek) o godzinie 18:00.', '2026-02-26T18:00:00', ref=dt.date(2026, 2, 10), lang='pl', form='time', span='26 lutego (czwartek) o godzinie 18:00'),
    c('Wystawa potrwa do 26 marca 2026.\n\nKurator: Mirosław Jasiński', '2026-03-26', lang='pl', form='text', span='26 marca 2026'),
    c('Rodzaj Bilety dostępne do Liczba\n  wstęp wolny\n26 Marca 2026, 18:00', '2026-03-26T18:00:00', lang='pl', form='time', span='26 Marca 2026, 18:00'),
    # https://spkleka.edupage.org/news/?eqa=d2lkPW5ld3NfUGFnaW5hdG9yXzEmbmV3c2FyY2hpdmVmPSZvZmZzZXRfbmV3c19QYWdpbmF0b3JfMT0xNzQwJm5tPW5ld3M%3D
    c('Wernisaż odbędzie się 25 marca 2022 roku o godz. 18.00 w Galerii Miejskiej, Stary Rynek 16', '2022-03-25T18:00:00', lang='pl', form='time', span='25 marca 2022 roku o godz. 18.00'),
    c('urodziła się w Środzie Wielkopolskiej 14 maja 1931 roku. Życie zakończyła 2 stycznia 2022 roku', '1931-05-14', lang='pl', form='text', span='14 maja 1931 roku'),
    c('Wystawa czynna do 24.04.2022 r.\nGaleria Miejska czynna od wtorku do piątku od 10 do 16', '2022-04-24', lang='pl', form='text', span='24.04.2022 r.'),
    # https://visitzielonagora.pl/wydarzenia/wernisaz-wystawy-baletnica-po-drugiej-stronie
    c('Wydarzenie odbędzie się 7 lutego 2026 roku o godz. 16:00 w Centrum Przyrodniczym.', '2026-02-07T16:00:00', lang='pl', form='time', span='7 lutego 2026 roku o godz. 16:00'),
    # https://tarnowskieinfo.pl/news/7139,wigilia-srodowisk-tworczych.html
    c('Spotkanie połączone z wernisażem wystawy odbędzie się 20 grudnia o godzinie 18.30 w siedzibie galerii', '2011-12-20T18:30:00', ref=dt.date(2011, 12, 10), lang='pl', form='time', span='20 grudnia o godzinie 18.30'),
    c('Wystawa czynna będzie do 15 stycznia 2012 roku.', '2012-01-15', lang='pl', form='text', span='15 stycznia 2012 roku'),
    # http://galeria.zakopane.pl/pl/news/180,645
    c('22 czerwca 2017 r. o godz. 17:00 odbył się finisaż wystawy Marka Szali', '2017-06-22T17:00:00', lang='pl', form='time', span='22 czerwca 2017 r. o godz. 17:00'),
    # https://zatecky.denik.cz/ctenar-reporter/vystava-priblizi-davne-veky-na-zatecku-a-jeho-okoli-20210910.html
    c('Vernisáž výstavy proběhne ve čtvrtek 16. září od 17 hodin. „Autorská výstava', '2021-09-16T17:00:00', ref=dt.date(2021, 9, 10), lang='cs', form='time', span='čtvrtek 16. září od 17 hodin'),
    c('Výstava potrvá do 11. prosince letošího roku. (mm)', '2021-12-11', ref=dt.date(2021, 9, 10), lang='cs', form='missing_year', span='11. prosince'),
    c('Volby do Poslanecké sněmovny se konají ve dvou dnech, v pátek 8. října 2021 od 14.00 hodin do 22.00 hodin a v sobotu 9. října 2021 od 8.00 hodin do 14.00 hodin.', '2021-10-08T14:00:00', '2021-10-08T22:00:00', lang='cs', form='time', span='pátek 8. října 2021 od 14.00 hodin do 22.00 hodin a v sobotu 9. října 2021 od 8.00 hodin do 14.00 hodin'),
    # http://zkoklabava.cz/vystava-no-17-10-2020/
    c('Výstava NO – 17. 10. 2020\n\nVýstava byla zrušena', '2020-10-17', lang='cs', form='text', span='17. 10. 2020'),
    c('Výstava byla zrušena kvůli usnesení vlády č. 958 ze dne 30. 09. 2020', '2020-09-30', lang='cs', form='text', span='30. 09. 2020'),
    c('Vláda s účinností ode dne 5. října 2020 od 00:00 hod. do dne 18. října 2020 do 23:59 hod zakazuje hromadné akce', '2020-10-05T00:00:00', '2020-10-18T23:59:00', lang='cs', form='time', span='5. října 2020 od 00:00 hod. do dne 18. října 2020 do 23:59 hod'),
    # https://www.morice.cz/aktuality/probehla-vernisaz-vystavy-strasburk?mainSection-dataAggregatorCalendar-7622234-date=202403&do=mainSection-dataAggregatorCalendar-7622234-reload
    c('Proběhla vernisáž výstavy Štrasburk\n\n\n\nDatum konání:\n20.3.2022\n\nVernisáž', '2022-03-20', lang='cs', form='text', span='20.3.2022'),
    c('Vernisáž výstavy fotografií Jiřího Vosičky na téma Štrasburk proběhla v neděli 20. března 2022 v Zámecké knihovně Mořice.', '2022-03-20', lang='cs', form='text', span='neděli 20. března 2022'),
    # https://taborsky.denik.cz/tipy-archiv/vystava-obrazu-josef-sarman-daniela-mlynaric-a-viera-rackova-373327.html
    c('Slavnostní vernisáž výstavy se koná v pátek 30. srpna v 18 hodin v Muzeu a galerii Fara', '2019-08-30T18:00:00', ref=dt.date(2019, 8, 25), lang='cs', form='time', span='pátek 30. srpna v 18 hodin'),
    c('Výstava bude veřejnosti přístupná do 1. listopadu. Otevřeno je od úterý do pátku od 10 do 12', '2019-11-01', ref=dt.date(2019, 8, 25), lang='cs', form='missing_year', span='1. listopadu'),
    # https://www.artistes-occitanie.fr/total_evenement/evenement_expo/tresors-eclectiques-entrees-recentes-dans-la-collection-municipale/
    c('\nDu 12 février 2025 au 19 avril 2025\nDix ans après la sortie d’un premier catalogue', '2025-02-12', '2025-04-19', lang='fr', form='range', span='Du 12 février 2025 au 19 avril 2025'),
    # https://cap-dail.fr/vernissage-expo-ninon-histoire-immediate/
    c('Jeudi 25 avril avait lieu le vernissage de l’exposition de Jean-Jacques Ninon au Château des Terrasses', '2024-04-25', ref=dt.date(2024, 4, 28), lang='fr', form='missing_year', span='Jeudi 25 avril'),
    c('Venez vous faire votre propre idée. Vous avez jusqu’au 17 mai !', '2024-05-17', ref=dt.date(2024, 4, 28), lang='fr', form='missing_year', span='17 mai'),
    c('ATTENTION : L’EXPOSITION SERA EXCEPTIONNELLEMENT FERMÉE AU PUBLIC LES MERCREDI 1er, VENDREDI 3 ET MERCREDI 8 MAI.', '2024-05-01', ref=dt.date(2024, 4, 28), lang='fr', form='missing_year', span='MERCREDI 1er, VENDREDI 3 ET MERCREDI 8 MAI'),
    # https://www.unidivers.fr/event/hotel-de-ville-marquette-lez-lille-2023-09-15t0830000200/
    c('Exposition : Dans les coulisse de notre nouvelle géante 15 – 17 septembre hôtel de Ville Entrée libre', '2023-09-15', '2023-09-17', ref=dt.date(2023, 7, 15), lang='fr', form='range', span='15 – 17 septembre'),
    c('Dates et horaires de début et de fin (année – mois – jour – heure) :\n\n2023-09-15T08:30:00+02:00 – 2023-09-15T12:00:00+02:00', '2023-09-15T08:30:00+02:00', '2023-09-15T12:00:00+02:00', lang='fr', form='time', tz='UTC+02:00', span='2023-09-15T08:30:00+02:00 – 2023-09-15T12:00:00+02:00'),
    # https://vivaayamonte.es/rota/1021121/el-foro-plural-torre-de-la-merced-presenta-su-programacion-del-primer-semestre-de-2022
    c('El tiempo en: Ayamonte\nJueves 14/11/2024\n \n\nRota', '2024-11-14', lang='es', form='text', span='Jueves 14/11/2024'),
    c('La primera de ellas tendrá lugar el próximo 11 de febrero, en el que se colocará el octavo azulejo', '2022-02-11', ref=dt.date(2022, 1, 10), lang='es', form='missing_year', span='11 de febrero'),
    c('mientras que el 13 de mayo se llevará a cabo la colocación de un nuevo azulejo', '2022-05-13', ref=dt.date(2022, 1, 10), lang='es', form='missing_year', span='13 de mayo'),
    c('Este calendario de actividades correspondientes al primer semestre del año se cerrará el 10 de junio, con una conferencia', '2022-06-10', ref=dt.date(2022, 1, 10), lang='es', form='missing_year', span='10 de junio'),
    # https://www.salamanca24horas.com/cultura/casa-conchas-programa-semana-cultural_1_2886997.html
    c('Del 28 de octubre al 3 de noviembre la programación incluye formación contra la desinformación', '2025-10-28', '2025-11-03', ref=dt.date(2025, 10, 25), lang='es', form='range', span='Del 28 de octubre al 3 de noviembre'),
    c('La Casa de las Conchas inicia el martes 28 de octubre una intensa semana cultural', '2025-10-28', ref=dt.date(2025, 10, 25), lang='es', form='missing_year', span='martes 28 de octubre'),
    c('El miércoles 29 de octubre a las 17:30 horas continuarán las Tertulias Unamunianas', '2025-10-29T17:30:00', ref=dt.date(2025, 10, 25), lang='es', form='time', span='miércoles 29 de octubre a las 17:30 horas'),
    c('la programación continuará hasta el lunes 3 de noviembre, cuando regresarán las Jornadas de Ecología Social', '2025-11-03', ref=dt.date(2025, 10, 25), lang='es', form='missing_year', span='lunes 3 de noviembre'),
    # https://hemeroteca.ahoraclm.com/?p=138898
    c('El salón de actos de la biblioteca José Hierro acoge este jueves 20 de febrero la cuarta conferencia', '2020-02-20', ref=dt.date(2020, 2, 18), lang='es', form='missing_year', span='jueves 20 de febrero'),
    c('Esta conferencia estaba prevista para el 19 de noviembre, pero que finalmente fue aplazada.', '2019-11-19', ref=dt.date(2020, 2, 18), lang='es', form='missing_year', span='19 de noviembre'),
])
FAILURES.extend([
    # https://regions-and-cities.europa.eu/about/faqs
    x('The results of the selection process will be published at the end of April 2024.', 'partial', lang='en', form='partial'),
])
# fmt: on

# fmt: off
# Issue 14, fifth session, batch 5: press pages and notices (sv nl it cs fr), read after every round above
CASES.extend([
    # https://vannas.se/nyheter/nyhetsarkiv/2020-05-08-2020-05-08-kommuntidningen-harnu-nr-2-utgar
    c('Artikeln publicerades 8 maj 2020\n\n2020-05-08 Kommuntidningen Här&Nu nr 2 utgår', '2020-05-08', lang='sv', form='text', span='8 maj 2020'),
    c('Sommarnumret av kommuntidningen Här&Nu som var planerad till 16 juni kommer inte att skickas ut.', '2020-06-16', ref=dt.date(2020, 5, 8), lang='sv', form='missing_year', span='16 juni'),
    # https://www.kommunforbundet.fi/pressrum?news_topics=All&news_municipality=All&news_keywords=All&created=&created_1=&page=1
    c('Från och med den 21 januari ökas den högsta tillåtna längden för fordonskombinationer i vägtrafiken', '2019-01-21', ref=dt.date(2019, 1, 15), lang='sv', form='missing_year', span='21 januari'),
    # http://www.mynewsdesk.com/se/tag/subject?tag_name=kommunal-service&type_of_media=pressreleases
    c('Linköping får Wall of Fame\n\n2015-10-10 09:00 CEST Linköpings kommun Två medborgarförslag', '2015-10-10T09:00:00+02:00', lang='sv', form='time', tz='CEST', span='2015-10-10 09:00 CEST'),
    c('Fler platser för elever i ett växande Växjö\n\n2015-10-09 16:25 CEST Växjö kommun Växjö växer', '2015-10-09T16:25:00+02:00', lang='sv', form='time', tz='CEST', span='2015-10-09 16:25 CEST'),
    # http://www.kasteelgemert.nl/cms2/nieuws/2009/190-open-brief-aan-college-over-verklaringen-procedure
    c('de verklaringen van wethouder H. Verkampen aan de orde gesteld die hij op 3 september 2009 heeft afgelegd', '2009-09-03', lang='nl', form='text', span='3 september 2009'),
    c('waarom heeft hij ons daar op maandagochtend 17 augustus 2009 niet direct op aangesproken', '2009-08-17', lang='nl', form='text', span='17 augustus 2009'),
    # https://www.blikopnoordwijkerhout.nl/nieuws/archief/item/5852-persconferenties-door-het-college-in-ere-hersteld
    c("Datum: 14-08-2020 - 18:41\n27\nme\n'14\n\nPersconferentie door het college in ere hersteld", '2020-08-14T18:41:00', lang='nl', form='time', span='14-08-2020 - 18:41'),
    # https://son-en-breugel.begrotingsapp.nl/meerjarenbegroting-2020-2023/project/06actieve-pers--en-publieksvoorlichting-actieve-openbaarheid
    c('Meer\nPublicatiedatum: 19-11-2019\n\nInhoud', '2019-11-19', lang='nl', form='text', span='19-11-2019'),
    # https://www.leiderdorpsweekblad.nl/nieuws/algemeen/66863/gemeente-blijft-bekendmakingen-toch-publiceren-in-leiderdorps-w
    c('Het college van burgemeester en wethouder wilde met ingang van 1 juli stoppen met de rubriek', '2021-07-01', ref=dt.date(2021, 4, 1), lang='nl', form='missing_year', span='1 juli'),
    c('Maar de gemeenteraad nam maandag 29 maart unaniem een motie aan waarin werd gevraagd', '2021-03-29', ref=dt.date(2021, 4, 1), lang='nl', form='missing_year', span='maandag 29 maart'),
    # https://www.defryskemarren.nl/bestuur-en-organisatie/weblog-burgemeester_43076/item/ingezonden-stukken-en-communicatie_41761.html
    c('Ingezonden stukken en communicatie (09-06-2017)\n\nDit item is verlopen op 09-06-2018.', '2017-06-09', lang='nl', form='text', span='09-06-2017'),
    c('Dit item is verlopen op 09-06-2018.\nFoto burgemeester Fred Veenstra', '2018-06-09', lang='nl', form='text', span='09-06-2018'),
    # https://www.strettoweb.com/2025/03/villa-san-giovanni-amministrazione-risponde-forza-italia/1880118/
    c('che però si terrà il giorno dopo, domenica, a differenza di quella di Sindaco e Giunta, sabato 8 marzo.', '2025-03-08', ref=dt.date(2025, 3, 7), lang='it', form='missing_year', span='sabato 8 marzo'),
    # https://www.castelbuonolive.com/il-6-gennaio-comizio-del-presidente-del-consiglio-piscitello-e-del-sindaco-cicero/
    c('A tal proposito venerdì 06.01.2023 alle ore 12:00 si terrà un comizio in Piazza Margherita.', '2023-01-06T12:00:00', lang='it', form='time', span='venerdì 06.01.2023 alle ore 12:00'),
    # https://corrieredisciacca.it/domani-conferenza-stampa-dei-partiti-della-minoranza-consiliare-si-chiude-con-i-botti
    c('I gruppi di minoranza in consiglio comunale hanno convocato per domani mattina alle ore 10.30 una conferenza stampa.', '2014-12-31T10:30:00', ref=dt.date(2014, 12, 30), lang='it', form='time', span='domani mattina alle ore 10.30'),
    # https://giuseppenicosia.com/?p=4534
    c('Ho convocato per lunedì 23 maggio alle ore 10:30, nella Sala degli Specchi di Palazzo Iacono, una conferenza stampa', '2016-05-23T10:30:00', ref=dt.date(2016, 5, 20), lang='it', form='time', span='lunedì 23 maggio alle ore 10:30'),
    # https://vittoriadaily.net/notizie/comunicati-stampa/4293/emergenza-rifiuti-conferenza-stampa-del-sindaco
    c('Il sindaco, Giovanni Moscato, ha convocato per domani, mercoledì 27 luglio alle ore 11, nella Sala degli Specchi', '2016-07-27T11:00:00', ref=dt.date(2016, 7, 26), lang='it', form='time', span='mercoledì 27 luglio alle ore 11'),
    # https://station.illiwap.com/fr/public/42213/actu/rdv-sur-le-perron-de-la-mairie-ce-lundi-a-12h00
    c("nous organisons aujourd'hui lundi 3 juillet à 12h15 sur le perron de la mairie un rassemblement", '2023-07-03T12:15:00', ref=dt.date(2023, 7, 3), lang='fr', form='time', span='lundi 3 juillet à 12h15'),
    c("déclenchera l'ensemble des sirènes du système d'alerte et d'information des populations (SAIP) du département ce lundi 3 juillet 2023 à midi.", '2023-07-03T12:00:00', lang='fr', form='time', span='lundi 3 juillet 2023 à midi'),
    # https://www.martineglise.fr/communique-installation-des-gens-du-voyage/?cid=mc_mini_widget-2&month=5&yr=2033
    c('Cérémonie des voeux 2018\n\nMardi 9 janvier, à la salle des fêtes, s’est déroulée la cérémonie des vœux', '2018-01-09', ref=dt.date(2018, 1, 10), lang='fr', form='missing_year', span='Mardi 9 janvier'),
    c('Une centaine d’enfants a repris le chemin de l’école le Mardi 1er Septembre 2015 à l’école élémentaire', '2015-09-01', lang='fr', form='text', span='Mardi 1er Septembre 2015'),
    c('COVID 19 : Un nouveau confinement jusqu’au 1er décembre 2020\n\nPendant la période de confinement', '2020-12-01', lang='fr', form='text', span='1er décembre 2020'),
    # https://castillonlabataille.fr/?p=8137
    c('le Chef de l’Etat a souhaité faire du 9 décembre 2020 une journée de deuil national.', '2020-12-09', lang='fr', form='text', span='9 décembre 2020'),
    c('Ce 9 décembre, il est donc possible de déposer des messages d’hommage à la mairie', '2020-12-09', ref=dt.date(2020, 12, 5), lang='fr', form='missing_year', span='9 décembre'),
])
FAILURES.extend([
    # https://www.kommunforbundet.fi/pressrum?news_topics=All&news_municipality=All&news_keywords=All&created=&created_1=&page=1
    x('Journalister kan också ringa till  numret 050 340 9977 (vardagar kl 9-15).', 'no_date', lang='sv', form='no_date'),
    # https://www.strettoweb.com/2025/03/villa-san-giovanni-amministrazione-risponde-forza-italia/1880118/
    x('alla conferenza stampa che si terrà sabato 8 marzo 2024 alle ore 10:30 presso i locali del movimento', 'weekday_mismatch', lang='it', form='weekday_mismatch'),
])
# fmt: on

# fmt: off
# Issue 14, fifth session, batch 6: festival programmes and council agenda listings (de es en)
CASES.extend([
    # http://arroyodelaluz.hoy.es/noticias/201601/22/este-semana-celebraran-fiestas-20160122203838.html
    c('Loli Higuero\nViernes, 22 de enero 2016, 19:48\nEste fin de semana se celebran las fiestas', '2016-01-22T19:48:00', lang='es', form='time', span='Viernes, 22 de enero 2016, 19:48'),
    # https://turismosevilla.org/it/node/23095
    c('PROGRAMACIÓN\n\nVIERNES 7 DE OCTUBRE\n\n  • 8:30 HORAS. DIANA FLOREADA.', '2022-10-07T08:30:00', ref=dt.date(2022, 10, 1), lang='es', form='time', span='VIERNES 7 DE OCTUBRE\n\n  • 8:30 HORAS'),
    c('  • 02:00 HORAS. SEGUIMOS CON LA ORQUESTA "CAL Y CANTO ".Caseta.\n\nSABADO 8 DE OCTUBRE\n\n', '2022-10-08', ref=dt.date(2022, 10, 1), lang='es', form='missing_year', span='SABADO 8 DE OCTUBRE'),
    # https://www.fountainhillsaz.gov/673/Meeting-Agendas
    c('Beginning with the September 3, 2019, Town Council Meeting, the Town began using AgendaQuick', '2019-09-03', lang='en', form='text', span='September 3, 2019'),
    c('To access these items prior to September 3, 2019, please visit our Archive page here.', '2019-09-03', lang='en', form='text', span='September 3, 2019'),
    # https://wolfville.ca/town-hall/town-council/minutes-agendas-and-records?category=145
    c('Town Hall will be closed to the public on Tuesday, May 12 from 1 - 4:30pm. Thank you for your understanding.', '2026-05-12T13:00:00', '2026-05-12T16:30:00', ref=dt.date(2026, 5, 6), lang='en', form='time', span='Tuesday, May 12 from 1 - 4:30pm'),
    c('7 Results\n|\nDate:\n|\nMay 06, 2026\n|\n|\nType:', '2026-05-06', lang='en', form='text', span='May 06, 2026'),
    c('Title:\n|\n1. 2026-05-13_Special Town Council_Agenda (MPS_LUB Review)\n|', '2026-05-13', lang='en', form='text', span='2026-05-13'),
    c('|\n2026-04-07 Special Town Council Meeting_Minutes\n|', '2026-04-07', lang='en', form='text', span='2026-04-07'),
    c('Title:\n|\n2026_05_05 COW Agenda Package for Public\n|', '2026-05-05', lang='en', form='text', span='2026_05_05'),
])
FAILURES.extend([
    # https://www.swp.de/suedwesten/staedte/metzingen/christen-feiern-grenzenlos-27126090.html
    x('Das Stadt- und Heimatfest beginnt am Freitag um 18 Uhr. Die Eröffnung mit Fassanstich ist auf der Festbühne', 'no_date', ref=dt.date(2018, 7, 10), lang='de', form='no_date'),
    # https://www.fountainhillsaz.gov/673/Meeting-Agendas
    x('complete a Public Comment Form online by 3:00 PM on the day of the meeting.', 'no_date', lang='en', form='no_date'),
])
# fmt: on

# fmt: off
# Issue 14, fifth session, batch 7: municipal holidays and fleamarkets (pt sv)
CASES.extend([
    # https://ekuriren.se/nyheter/ovrigt/artikel/sista-rycket-for-bakluckeloppisarna-pa-heden/jv8pezyr
    c('Foto:\n\nÖvrigt2017-08-01 16:25\n\nSedan slutet av 90-talet', '2017-08-01T16:25:00', lang='sv', form='time', span='2017-08-01 16:25'),
    c('Hittills i år har de haft elva stycken loppisar och nu den 2 och 9 september hålls de två sista för sommaren.', '2017-09-02', ref=dt.date(2017, 8, 1), lang='sv', form='missing_year', span='2 och 9 september'),
    # https://vimmerbytidning.se/nyheter/vimmerby/artikel/rekord-for-loppis-i-parken-fullt-av-fyndjagare/r3xkvo2r
    c('Foto: Johannes Widergren\n\nVimmerby2023-03-06 06:00\n\nPå söndagen arrangerade Carita Thörn', '2023-03-06T06:00:00', lang='sv', form='time', span='2023-03-06 06:00'),
    # https://www.cm-moura.pt/events/comemoracoes-do-feriado-municipal/
    c('12.2 C\nMoura\nDomingo, 19 Janeiro, 2025\n\nJunho, 2018', '2025-01-19', lang='pt', form='text', span='Domingo, 19 Janeiro, 2025'),
    c('O Feriado Municipal do concelho de Moura, celebrado a 24 de junho, vai ser assinalado com várias iniciativas, de 22 a 24 de junho, em todo o concelho.', '2018-06-24', ref=dt.date(2018, 6, 1), lang='pt', form='missing_year', span='24 de junho'),
    c('vai ser assinalado com várias iniciativas, de 22 a 24 de junho, em todo o concelho.', '2018-06-22', '2018-06-24', ref=dt.date(2018, 6, 1), lang='pt', form='range', span='de 22 a 24 de junho'),
    c('No sábado, 23, a partir das 09:00, na Praça Sacadura Cabral, haverá um Mercado de Verão', '2018-06-23T09:00:00', ref=dt.date(2018, 6, 1), lang='pt', form='time', span='sábado, 23, a partir das 09:00'),
    c('No dia feriado, domingo, 24 de junho, o programa inicia-se às 10:00, com uma visita às ruas floridas.', '2018-06-24T10:00:00', ref=dt.date(2018, 6, 1), lang='pt', form='time', span='domingo, 24 de junho, o programa inicia-se às 10:00'),
    c('Hora\n\n22 (Sexta) 1:00 am - 24 (Domingo) 12:59 pm\n\nLocalização', '2018-06-22T01:00:00', '2018-06-24T12:59:00', ref=dt.date(2018, 6, 1), lang='pt', form='time', span='22 (Sexta) 1:00 am - 24 (Domingo) 12:59 pm'),
    # http://nossoalgarve.blogspot.com/2011/06/camara-municipal-de-castro-marim.html
    c('quinta-feira, 23 de junho de 2011\n\nCastro Marim comemora feriado municipal', '2011-06-23', lang='pt', form='text', span='quinta-feira, 23 de junho de 2011'),
    c('O programa de comemorações do Dia do Município, que decorre de 22 a 25 de Junho, tem início com uma deliciosa peça de teatro', '2011-06-22', '2011-06-25', ref=dt.date(2011, 6, 23), lang='pt', form='range', span='de 22 a 25 de Junho'),
    # https://jornaldoalgarve.pt/tavira-comemora-dia-da-cidade-com-vitorino-e-ze-francisco/
    c('O município de Tavira vai celebrar mais um Dia da Cidade, a 24 de junho, que terminará com um concerto de Vitorino Salomé', '2021-06-24', ref=dt.date(2021, 6, 20), lang='pt', form='missing_year', span='24 de junho'),
    # https://www.jn.pt/local/noticias/coimbra/penacova/penacova-leva-espetaculos-musicais-a-todas-as-freguesias-14862010.html
    c('"Há festa na aldeia" vai passar pelas localidades de Fornos da Cal (29 de maio), Agrêlo (5 de junho), Roxo (19 de junho)', '2022-05-29', ref=dt.date(2022, 5, 20), lang='pt', form='missing_year', span='29 de maio'),
    c('Cerquedo (24 de julho), Vale da Vinha (11 de setembro) e Cácemes, a 18 de setembro.', '2022-07-24', ref=dt.date(2022, 5, 20), lang='pt', form='missing_year', span='24 de julho'),
    # https://www.noticiasdevilareal.com/chaves-em-festa-para-comemorar-o-dia-do-municipio/
    c('lembrando uma data importante da sua história, quando a 8 de Julho de 1912 a cidade de Chaves foi palco', '1912-07-08', lang='pt', form='text', span='8 de Julho de 1912'),
    c('Este ano, o programa municipal contempla dia 4 de julho (quinta-feira) a atuação da Orquestra Infantil', '2019-07-04', ref=dt.date(2019, 6, 20), lang='pt', form='missing_year', span='4 de julho (quinta-feira)'),
    c('Dia 05 de julho (sexta-feira) a cidade recebe os DAMA, em concerto.', '2019-07-05', ref=dt.date(2019, 6, 20), lang='pt', form='missing_year', span='05 de julho (sexta-feira)'),
    c('No dia 06 (sábado), sobe ao palco a conceituada fadista Marisa', '2019-07-06', ref=dt.date(2019, 6, 20), lang='pt', form='missing_year', span='06 (sábado)'),
])
# Fifth session, batch 36: library, museum and council-culture pages in Croatian,
# Hungarian, Romanian and Slovenian.
CASES.extend([
    # https://www.kgz.hr/hr/dogadjanja/10?datumod=01.01.2010&page=63&tip=20
    c('23.10.2017.\nMjesec hrvatske knjige', '2017-10-23', lang='hr', form='text', span='23.10.2017'),
    # https://www.pou.hr/novosti/novosti/petak-13-koji-donosi-srecu
    c('Petak 13. koji donosi sreću! 📚\n\nNovosti 11.02.2026.', '2026-02-11', lang='hr', form='text', span='11.02.2026'),
    c('Ovog petka 13. (subotom smo zatvoreni) navratite do Ulice grada Vukovara 68', '2026-02-13', ref=dt.date(2026, 2, 11), lang='hr', form='missing_year', span='petka 13.'),
    c('Za one praznovjernije među nama tu je ipak i ponedjeljak, 16. veljače.', '2026-02-16', ref=dt.date(2026, 2, 11), lang='hr', form='missing_year', span='ponedjeljak, 16. veljače'),
    # http://skdprosvjeta.com/news.php?id=1058
    c('SRIJEDA, 25. 11. 09. u 18,00 sati Milena Pavlović Barili', '2009-11-25T18:00:00', lang='hr', form='time', span='SRIJEDA, 25. 11. 09. u 18,00 sati'),
    c('S prijateljskim pozdravom,\nZagreb, 12. novembra 2009. Velimir Sekulić, voditelj |', '2009-11-12', lang='hr', form='text', span='12. novembra 2009'),
    # http://m.057info.hr/vijest/za-dan-gradske-knjiznice-zadar-stizu-julijana-matanovic-i-pavao-pavlicic/119872.html
    c('U petak, 4. listopada je Dan Gradske knjižnice Zadar.', '2019-10-04', ref=dt.date(2019, 9, 28), lang='hr', form='missing_year', span='petak, 4. listopada'),
    # https://www.krizevci.info/2025/10/16/poceo-mjesec-hrvatske-knjige-pripremljen-bogat-program-u-gradskoj-knjiznici-franjo-markovic/
    c('program događanja u knjižnici u ovogodišnjem Mjesecu hrvatske knjige, koji se održava od 15. listopada do 15. studenoga 2025.', '2025-10-15', '2025-11-15', lang='hr', form='range', span='od 15. listopada do 15. studenoga 2025'),
    # https://www.uh.ro/bekebeli-oszi-program-a-muzeumban/
    c('a nagy érdeklődésre való tekintettel az előzetesen betervezettől eltérően nem október 4-ig, hanem október 21-ig lesz látogatható', '2019-10-04', ref=dt.date(2019, 10, 1), lang='hu', form='missing_year', span='október 4-ig'),
    # https://munkacsy.hu/2023/03/28
    c('Intézményünk 2023. március 27-én, hétfőn ünnepi rendezvénnyel adta a látogatóközönség tudtára', '2023-03-27', lang='hu', form='text', span='2023. március 27-én'),
    # https://demokrata.hu/magyarorszag/ujra-megnyilik-a-fobejarat-56739
    c('valamint zajlik a február 24-én nyíló Moholy-Nagy- és Kozma-ösztöndíjasok beszámoló kiállításának előkészítése', '2020-02-24', ref=dt.date(2020, 2, 10), lang='hu', form='missing_year', span='február 24-én'),
    # https://www.szekesfehervar.hu/ingyenesen-latogathatoak-a-muzeumi-kiallitohelyek-oktober-23-an
    c('Ingyenesen látogatható a Szent István Király Múzeum legtöbb kiállítóhelye október 23-án, pénteken.', '2020-10-23', ref=dt.date(2020, 10, 20), lang='hu', form='missing_year', span='október 23-án'),
    c('a járványügyi óvintézkedések betartásával.\n2020.10.23. 08:40 |\nIngyenesen', '2020-10-23T08:40:00', lang='hu', form='time', span='2020.10.23. 08:40'),
    # https://szegedma.hu/kultura/2012/08/hetfon-is-var-munkacsy-a-mora-muzeumban
    c('Hétfőn is vár Munkácsy a Móra-múzeumban\n\n2012. augusztus 28., kedd', '2012-08-28', lang='hu', form='text', span='2012. augusztus 28., kedd'),
    c('A nagy érdeklődésre való tekintettel szeptember 3-tól hétfőnként is láthatóak Munkácsy remekművei', '2012-09-03', ref=dt.date(2012, 8, 28), lang='hu', form='missing_year', span='szeptember 3'),
    # https://www.desteptarea.ro/?p=1300
    c('editia de primavara a Expozitiei Nationale de Carte „Humanitas”, care se desfasoara an perioada 20-23 mai.', '2009-05-20', '2009-05-23', ref=dt.date(2009, 5, 18), lang='ro', form='range', span='20-23 mai'),
    # https://www.bibliotecamm.ro/?s=19&f=1
    c('Rodica Brad Păuna la ceas aniversar – 65 de ani de la nașterea poetei băimărene (9 februarie 1960)', '1960-02-09', lang='ro', form='text', span='9 februarie 1960'),
    c('In memoriam Marin Diaconu (19 decembrie 1937 – 18 ianuarie 2025) – vitrină de carte', '1937-12-19', '2025-01-18', lang='ro', form='range', span='19 decembrie 1937 – 18 ianuarie 2025'),
    c('Citatul de duminică – 19 ianuarie 2025\n\nCitatul de Duminică', '2025-01-19', lang='ro', form='text', span='19 ianuarie 2025'),
    # https://alba24.ro/zilele-bibliotecii-judetene-lucian-blaga-alba-expozitii-lansari-de-carte-si-alte-evenimente-in-perioada-26-28-noiembrie-1109012.html
    c('Zilele Bibliotecii Județene „Lucian Blaga” Alba sunt organizate în perioada 26-28 noiembrie 2025.', '2025-11-26', '2025-11-28', lang='ro', form='range', span='26-28 noiembrie 2025'),
    c('Miercuri 26 noiembrie 2025\n\n  • orele 8.00-21.00 „Publicațiile Bibliotecii Județene', '2025-11-26T08:00:00', '2025-11-26T21:00:00', lang='ro', form='time', span='Miercuri 26 noiembrie 2025\n\n  • orele 8.00-21.00'),
    c('În 26 noiembrie 1991, Biblioteca Județeană Alba a primit numele academicianului', '1991-11-26', lang='ro', form='text', span='26 noiembrie 1991'),
    # https://armoniiculturale.ro/alexandru-mironov-vine-la-saptamana-bibliotecii-adjudene-23-septembrie-ora-11-00/
    c('Alexandru Mironov se va întalni cu cititorii Bibliotecii Adjud miercuri, 23 septembrie, începand cu ora 11,00.', '2015-09-23T11:00:00', ref=dt.date(2015, 9, 18), lang='ro', form='time', span='miercuri, 23 septembrie, începand cu ora 11,00'),
    c('Zilele Bibliotecii Adjudene debutează astăzi, 18 septembrie, şi se va încheia joi, 24 septembrie.', '2015-09-18', ref=dt.date(2015, 9, 18), lang='ro', form='missing_year', span='18 septembrie'),
    c('Iată programul complet al manifestării:\nVINERI, 18 SEPTEMBRIE\nora 11,00 – Deschiderea Săptămânii', '2015-09-18T11:00:00', ref=dt.date(2015, 9, 18), lang='ro', form='time', span='VINERI, 18 SEPTEMBRIE\nora 11,00'),
    # https://funzine.hu/sl/2025/05/19/kult/vrt-madzarskega-narodnega-muzeja-bo-maja-pozivel-z-brezplacnimi-programi/
    c('28. muzejski festival bo potekal od 24. do 25. maja.', '2025-05-24', '2025-05-25', ref=dt.date(2025, 5, 19), lang='sl', form='range', span='od 24. do 25. maja'),
    c('Festival se začne v soboto, 24. maja, ob 10.45 s slovesnim odprtjem in podelitvijo nagrade Muzej leta', '2025-05-24T10:45:00', ref=dt.date(2025, 5, 19), lang='sl', form='time', span='soboto, 24. maja, ob 10.45'),
])
FAILURES.extend([
    # http://m.057info.hr/vijest/za-dan-gradske-knjiznice-zadar-stizu-julijana-matanovic-i-pavao-pavlicic/119872.html
    x('U ulaznom dijelu u 12 sati otvorit će se izložba "70 godina Gradske knjižnice Zadar"', 'no_date', ref=dt.date(2019, 9, 28), lang='hr', form='no_date'),
    # https://www.desteptarea.ro/?p=1300
    x('Miercuri, la ora 10, la sediul Bibliotecii Judetene „C. Sturdza”, se deschide oficial', 'no_date', ref=dt.date(2009, 5, 18), lang='ro', form='no_date'),
])
# fmt: on

# fmt: off
# Issue 14, fifth session, batch 8: library programmes, council minutes, Christmas markets (en de fr)
CASES.extend([
    # http://bcpl.lib.ut.us/story-time-11946
    c('February 27 & 28—The big bad wolf\n\nMarch 5 & 6—Princes & Princesses', '2024-02-27', '2024-02-28', ref=dt.date(2024, 2, 20), lang='en', form='range', span='February 27 & 28'),
    c('March 26 & 27—Dragons\n\nApril 2 & 3—Spring Break, no program', '2024-03-26', '2024-03-27', ref=dt.date(2024, 2, 20), lang='en', form='range', span='March 26 & 27'),
    c('April 23 & 24—Bugs, worms, caterpillars\n\nApril 30 & May 1—Plants, seeds', '2024-04-23', '2024-04-24', ref=dt.date(2024, 2, 20), lang='en', form='range', span='April 23 & 24'),
    c('April 30 & May 1—Plants, seeds\n\nStay and Play', '2024-04-30', '2024-05-01', ref=dt.date(2024, 2, 20), lang='en', form='range', span='April 30 & May 1'),
    # https://eugenescene.org/?p=8322
    c('Kids and families can sing and dance their way into the weekend with a different performer every week. On October 6, Bryan Reed makes learning rock.', '2018-10-06', ref=dt.date(2018, 10, 1), lang='en', form='missing_year', span='October 6'),
    c('October 20 features music educator Jodie St. Clair of Eugene Suzuki Music Academy.', '2018-10-20', ref=dt.date(2018, 10, 1), lang='en', form='missing_year', span='October 20'),
    # https://www.vigo.lib.in.us/kids?qt-ys_kids_books=0&page=1
    c('Main Library\nYouth Services Program Room\nSaturday, December 7 10:00 am to 10:30 am\nAges 0-5', '2019-12-07T10:00:00', '2019-12-07T10:30:00', ref=dt.date(2019, 12, 1), lang='en', form='time', span='Saturday, December 7 10:00 am to 10:30 am'),
    c('Haute Create\nMonday, December 9 3:30 pm to 4:30 pm\nAges 5-11', '2019-12-09T15:30:00', '2019-12-09T16:30:00', ref=dt.date(2019, 12, 1), lang='en', form='time', span='Monday, December 9 3:30 pm to 4:30 pm'),
    c('LifeLong Learning Center\nSaturday, December 7 12:00 pm to 4:00 pm\nAll Ages', '2019-12-07T12:00:00', '2019-12-07T16:00:00', ref=dt.date(2019, 12, 1), lang='en', form='time', span='Saturday, December 7 12:00 pm to 4:00 pm'),
    # https://www.internationalfallslibrary.us/2023/03/03/library-column-for-march-3-2023/
    c('The monthly Friends of the Library book sale will be Monday, March 6 from 4 – 6 pm in the basement book room.', '2023-03-06T16:00:00', '2023-03-06T18:00:00', ref=dt.date(2023, 3, 3), lang='en', form='time', span='Monday, March 6 from 4 – 6 pm'),
    c('We will meet on March 9th and 23rd. We’d love to hear you share what you are reading', '2023-03-09', ref=dt.date(2023, 3, 3), lang='en', form='missing_year', span='March 9th and 23rd'),
    c('The March dates are Monday, March 13 and 27 from 6 – 8 pm and Wednesday March 15 and 29 from 10am – noon.', '2023-03-13T18:00:00', '2023-03-13T20:00:00', ref=dt.date(2023, 3, 3), lang='en', form='time', span='Monday, March 13 and 27 from 6 – 8 pm and Wednesday March 15 and 29 from 10am – noon'),
    # https://hubbardlibrary.org/events/event-archive.html?day=20220504
    c('05/04/2022\n\n(Wednesday)\n\nOutdoor/indoor preschool storytime', '2022-05-04', lang='en', form='text', span='05/04/2022\n\n(Wednesday)'),
    # https://twinfallspubliclibrary.org/calendar/events/2023/12/28
    c('Library Programs on Thursday, December 28th 2023\nToddler Play Date\n10 a.m. - noon', '2023-12-28', lang='en', form='text', span='Thursday, December 28th 2023'),
    # https://www.gemeinde-waldburg.de/buerger/rathaus-info/gemeinderat/gemeinderat-archiv?tx_hwnews_hwnews[action]=show&tx_hwnews_hwnews[controller]=Newsartikel&tx_hwnews_hwnews[currentPage]=6&tx_hwnews_hwnews[newsartikelId]=160&cHash=743ed4cccbc04f04c65251dd3153f52f&type=98
    c('Autor: Gemeinde Waldburg\nArtikel vom 19.12.2014\n\nAus der Gemeinderatssitzung', '2014-12-19', lang='de', form='text', span='19.12.2014'),
    c('Aus der Gemeinderatssitzung vom 6. November 2014\n\n1. Baugesuche', '2014-11-06', lang='de', form='text', span='6. November 2014'),
    c('während der förmlichen Beteiligung der Träger öffentlicher Belange (30.06.2014 bis einschließlich 10.08.2014) und der förmlichen', '2014-06-30', '2014-08-10', lang='de', form='range', span='30.06.2014 bis einschließlich 10.08.2014'),
    # https://www.altdorf-boeblingen.de/de/rathaus/gemeinderat/tagesordnungen-und-gemeinderatsprotokolle.php
    c('Sitzungstermine im Jahr 2024\n\n  • Dienstag 23. Januar 2024: Einwohnerfrageviertelstunde/Einbringung Haushalt  2024', '2024-01-23', lang='de', form='text', span='Dienstag 23. Januar 2024'),
    # https://www.ruprechtshofen.gv.at/Protokoll_der_28_ordentlichen_Sitzung_1
    c('Protokoll der 28. ordentlichen Sitzung\n\n18.08.2008\n\nN i e d e r s c h r i f t', '2008-08-18', lang='de', form='text', span='18.08.2008'),
    c('des Gemeinderates der Marktgemeinde Ruprechtshofen am Montag, dem 18. August 2008, im Gemeindesaal (Bahnhofstraße 11) Ruprechtshofen.', '2008-08-18', lang='de', form='text', span='Montag, dem 18. August 2008'),
    c('Die Einladung ist am 13.08.2008 durch Kurrende an sämtliche Mitglieder des Gemeinderates ergangen.', '2008-08-13', lang='de', form='text', span='13.08.2008'),
    # https://www.dunkerque-tourisme.fr/offres/marche-de-noel-de-gravelines-gravelines-fr-3394056
    c('Les temps forts du Marché de Noël 2025\nSamedi 6 décembre 17h30 : inauguration avec la présence exceptionnelle de Liane Foly', '2025-12-06T17:30:00', ref=dt.date(2025, 11, 20), lang='fr', form='time', span='Samedi 6 décembre 17h30'),
    c('Dimanche 7 décembre 15h30 : chorale des enfants, 17h30 : spectacle de danse de Noël', '2025-12-07T15:30:00', ref=dt.date(2025, 11, 20), lang='fr', form='time', span='Dimanche 7 décembre 15h30'),
    c('Mercredi 10 décembre 16h30, 17h30 et 18h30 : déambulation des mascottes Labubu', '2025-12-10T16:30:00', ref=dt.date(2025, 11, 20), lang='fr', form='time', span='Mercredi 10 décembre 16h30'),
    c('Samedi 13 décembre : De 15h à 19h : plateau Delta FM, en direct du Marché de Noël', '2025-12-13T15:00:00', '2025-12-13T19:00:00', ref=dt.date(2025, 11, 20), lang='fr', form='time', span='Samedi 13 décembre : De 15h à 19h'),
    c('Lundi 15 décembre : 18h : Noël des sportifs (reconnaissance du parcours du trail nocturne)', '2025-12-15T18:00:00', ref=dt.date(2025, 11, 20), lang='fr', form='time', span='Lundi 15 décembre : 18h'),
    # https://www.macommune.info/le-marche-de-noel-de-pontarlier-est-ouvert/
    c("au cœur d'une parade de Noël féérique et musicale qui émerveillera petits et grands le dimanche 18 décembre à 18h30.", '2022-12-18T18:30:00', ref=dt.date(2022, 12, 1), lang='fr', form='time', span='dimanche 18 décembre à 18h30'),
    # https://www.tendanceouest.com/actualite-391195-normandie-decouvrez-ou-ont-lieu-les-marches-de-noel-dans-la-region
    c("Vendredi 3 décembre, l'essentiel des marchés de Noël va ouvrir dans la région !", '2021-12-03', ref=dt.date(2021, 12, 1), lang='fr', form='missing_year', span='Vendredi 3 décembre'),
    c('À Saint-Lô, le marché de Noël a lieu du vendredi 3 au mercredi 29 décembre, place du Général de Gaulle', '2021-12-03', '2021-12-29', ref=dt.date(2021, 12, 1), lang='fr', form='range', span='du vendredi 3 au mercredi 29 décembre'),
    c('(fermeture à 22 heures le 23 décembre et à 18 heures le 24 décembre)', '2021-12-23T22:00:00', ref=dt.date(2021, 12, 1), lang='fr', form='time', span='22 heures le 23 décembre'),
    c('Les samedi 4 et dimanche 5 décembre, un marché est aussi organisé par le Comité des fêtes', '2021-12-04', '2021-12-05', ref=dt.date(2021, 12, 1), lang='fr', form='range', span='samedi 4 et dimanche 5 décembre'),
    c('À Caen, le marché de Noël a lieu du 26 novembre au 31 décembre, place de la République', '2021-11-26', '2021-12-31', ref=dt.date(2021, 12, 1), lang='fr', form='range', span='du 26 novembre au 31 décembre'),
    c('dimanche de 11 h 30 à 19 h 30. Fermeture le samedi 25 décembre.', '2021-12-25', ref=dt.date(2021, 12, 1), lang='fr', form='missing_year', span='samedi 25 décembre'),
    c('À Alençon, le marché se tient les vendredi 10, samedi 11, dimanche 12, puis du 17 au 24 décembre', '2021-12-10', '2021-12-12', ref=dt.date(2021, 12, 1), lang='fr', form='range', span='vendredi 10, samedi 11, dimanche 12'),
    # https://www.vdl.lu/visiter/loisirs-et-divertissement/marches-et-brocantes/marches-de-noel
    c("Dates\nOuvert tous les jours du 23 novembre jusqu'au 24 décembre\nHoraires", '2019-11-23', '2019-12-24', ref=dt.date(2019, 11, 1), lang='fr', form='range', span="du 23 novembre jusqu'au 24 décembre"),
    c('se tient sur la place de Paris, et le cortége de St Nicolas aura lieu le 2 décembre.', '2019-12-02', ref=dt.date(2019, 11, 1), lang='fr', form='missing_year', span='2 décembre'),
    # https://ideactiv.com/act/3341058/a95354ab
    c('Vendredi 13 décembre de 14h à 20h, samedi 14 décembre de 10h à 20h et dimanche 15 décembre de 10h à 19h', '2024-12-13T14:00:00', '2024-12-13T20:00:00', ref=dt.date(2024, 12, 1), lang='fr', form='time'),
    c('le marché de Noël investi la ville fortifiée du 13 au 15 décembre.', '2024-12-13', '2024-12-15', ref=dt.date(2024, 12, 1), lang='fr', form='range', span='du 13 au 15 décembre'),
    c("le Père Noël fera son apparition au balcon de l'hôtel de ville samedi 14 décembre à 18h.", '2024-12-14T18:00:00', ref=dt.date(2024, 12, 1), lang='fr', form='time', span='samedi 14 décembre à 18h'),
])
FAILURES.extend([
    # https://www.tendanceouest.com/actualite-391195-normandie-decouvrez-ou-ont-lieu-les-marches-de-noel-dans-la-region
    x("À Rouen, le marché se tient jusqu'au dimanche 26 novembre (fermeture le 25)", 'weekday_mismatch', ref=dt.date(2021, 12, 1), lang='fr', form='weekday_mismatch'),
])
# Fifth session, batch 37: Galician, Catalan and Norwegian town and festival pages.
CASES.extend([
    # https://www.surnadal.kommune.no/aktuelt/jubileumsprogram-3-desember-kulturhuset-feirar-20-ar.15200.aspx
    c('Jubileumsprogram 3. desember: Kulturhuset feirar 20 år!', '2015-12-03', ref=dt.date(2015, 11, 20), lang='no', form='missing_year', span='3. desember'),
    # https://www.elcorreogallego.es/concellos/2024/08/10/feirina-da-serra-outes-acollera-106853708.html
    c('A rúa da Capela da Serra de Outes acollerá o vindeiro sábado 17, de 11.00 a 21.00 horas, a quinta edición da Feiriña', '2024-08-17T11:00:00', '2024-08-17T21:00:00', ref=dt.date(2024, 8, 10), lang='gl', form='time', span='sábado 17, de 11.00 a 21.00 horas'),
    # http://concellodelugo.gal/gl/novas/actividades-infantis-na-praza-maior-e-un-desfile-de-animas-pola-muralla-festexan-este-sabado-o
    c('Martes, 27 de outubro de 2015\nFonte: \nGabinete de Prensa', '2015-10-27', lang='gl', form='text', span='Martes, 27 de outubro de 2015'),
    c('Este sábado 31 de outubro celebraranse na cidade diversas actividades con motivo do Samaín', '2015-10-31', ref=dt.date(2015, 10, 27), lang='gl', form='missing_year', span='sábado 31 de outubro'),
    # https://www.diariandorra.ad/noticies/parroquies/2023/07/19/jocs_aigua_concert_musiques_del_mon_224826_1126.html
    c('Actualitzada 19/07/2023 a les 06:46\n\nEl comú va iniciar', '2023-07-19T06:46:00', lang='ca', form='time', span='19/07/2023 a les 06:46'),
    c('El comú també oferirà la ruta literària Herois perseguits per la Gestapo els dies 29 de juliol i 13 d’agost.', '2023-07-29', ref=dt.date(2023, 7, 19), lang='ca', form='missing_year', span='29 de juliol i 13 d’agost'),
    # https://www.ampafontdenfargas.cat/acte-reivindicatiu-recuperem-la-placa-font-den-fargas/
    c('El proper dissabte 17 de novembre de 12h a 14h se celebrarà la festa reivindicativa', '2018-11-17T12:00:00', '2018-11-17T14:00:00', ref=dt.date(2018, 11, 10), lang='ca', form='time', span='dissabte 17 de novembre de 12h a 14h'),
    # https://www.elprat.cat/la-ciutat/guia-agenda/toc-dinici-3
    c('Setmana de la mobilitat sostenible: Pedala i respira\n\nTipus: Proposta\nQuan: 18/09/2025 - 10:30 h\nOn: Plaça de la Vila', '2025-09-18T10:30:00', lang='ca', form='time', span='18/09/2025 - 10:30 h'),
])
# Fifth session: batch 30's Basque "last year's" form, read once "last/next year" words
# set the year.
CASES.extend([
    # https://issuu.com/guaixeastekaria/docs/969_osoa
    c('joan zen urteko abenduaren 23an jubilatu zinen.', '2024-12-23', ref=dt.date(2025, 10, 31), lang='eu', form='missing_year', span='joan zen urteko abenduaren 23an'),
])
# The lead's held-back sets C and D (5 Dec 2026): pages not read before, scored before
# the fixes (C 65/72, D 48/55 with the session-start code; see docs/dates.md).
CASES.extend([
    # https://www.urban-initiative.eu/news/meet-us-euregionsweek
    c('EURegionsWeek 2024\n17 June 2024\n\nMeet us at #EURegionsWeek!', '2024-06-17', lang='en', form='text', span='17 June 2024'),
    c('The 22nd edition of the European Week of Regions and Cities (#EURegionsWeek) takes place on 7-10 October 2024.', '2024-10-07', '2024-10-10', lang='en', form='range', span='7-10 October 2024'),
    c('๐Ÿ“… 8 October 2024, 9:30am - 11:00am\nFunctional Urban Areas', '2024-10-08T09:30:00', '2024-10-08T11:00:00', lang='en', form='time', span='8 October 2024, 9:30am - 11:00am'),
    c('๐Ÿ“…9 October 2024, 9:00am - 2:00pm\n\nHow City-Region Cooperation', '2024-10-09T09:00:00', '2024-10-09T14:00:00', lang='en', form='time', span='9 October 2024, 9:00am - 2:00pm'),
    c('๐Ÿ“… 8 October 2024, 14:30-14:45\nDriving Sustainable Tourism', '2024-10-08T14:30:00', '2024-10-08T14:45:00', lang='en', form='time', span='8 October 2024, 14:30-14:45'),
    # https://h2territory.eu/mark-your-calendars-european-week-of-regions-and-cities-returns-to-brussels/
    c('will take place in Brussels, Belgium from October 7th to 10th, 2024.', '2024-10-07', '2024-10-10', lang='en', form='range', span='from October 7th to 10th, 2024'),
    c('The kick-off meeting on February 22nd saw co-organizers', '2024-02-22', ref=dt.date(2024, 5, 10), lang='en', form='missing_year', span='February 22nd'),
    c('The deadline to apply as a partner for EURegionsWeek 2024 is April 2nd, 2024.', '2024-04-02', lang='en', form='text', span='April 2nd, 2024'),
    # https://globalparliamentofmayors.org/events/list/page/3/
    c('EUROCITIES will hold its second mayors summit next 20-21 March 2019 in Brussels', '2019-03-20', '2019-03-21', lang='en', form='range', span='20-21 March 2019'),
    c('The Working Group Migration & Integration will meet from 8 to 10 April 2019 and is hosted by the City of Toulouse.', '2019-04-08', '2019-04-10', lang='en', form='range', span='from 8 to 10 April 2019'),
    # https://www.eiturbanmobility.eu/events/annual-conference-eurocities-2024/
    c('in the panel discussion titled “Innovation driving urban transformations” on 30 May from 14.00 to 15.30 CET.', '2024-05-30T14:00:00+01:00', '2024-05-30T15:30:00+01:00', ref=dt.date(2024, 5, 1), lang='en', form='zone', tz='CET', span='30 May from 14.00 to 15.30 CET'),
    c('the awards ceremony will take place on 30 May 2024.', '2024-05-30', lang='en', form='text', span='30 May 2024'),
    # https://eurocities.idloom.events/Eurocities_Annual_Conference_2025_Braga/pages/participation_fees
    c('Substitutions can be made by 28 May 2025.', '2025-05-28', lang='en', form='text', span='28 May 2025'),
    # https://ol.wittich.de/titel/0737/ausgabe/46/2023/artikel/00000000000039376440-OL-737-2023-46-46-0
    c('Am kommenden Dienstag, 21. November, findet die diesjährige Bürgerversammlung um 19 Uhr im Fritz-Treutel-Haus statt.', '2023-11-21T19:00:00', ref=dt.date(2023, 11, 15), lang='de', form='time', span='Dienstag, 21. November, findet die diesjährige Bürgerversammlung um 19 Uhr'),
    # https://www.stadt-buedingen.de/B%C3%BCrgerservice/Anliegen-A-Z/Aktuelles-zum-Coronavirus/Absage-von-Sitzungen.php
    c('Sprungziele\nInhalt\n16.03.2020\n\nAbsage von Sitzungen', '2020-03-16', lang='de', form='text', span='16.03.2020'),
    # http://fyrwimdzzebsgfv.musikschule-brandenburg.de/presse/stadtverordnetenversammlung-findet-nicht-statt/
    c('Presseinformation\n\n23.03.2020\n\nStadtverordnetenversammlung findet nicht statt', '2020-03-23', lang='de', form='text', span='23.03.2020'),
    # https://www.infranken.de/lk/gem/der-buerger-hat-das-wort-art-5085161
    c('Die Bürgerversammlung der Stadt Kulmbach findet am Donnerstag, 22. Oktober, um 18 Uhr im Veranstaltungssaal der Dr.-Stammberger-Halle, Sutte 2, statt.', '2020-10-22T18:00:00', ref=dt.date(2020, 10, 15), lang='de', form='time', span='Donnerstag, 22. Oktober, um 18 Uhr'),
    # https://calameo.com/books/0060090758f3cdd5940de
    c('Inauguration Mairie 24 Août 2019 Civilités, Mesdames et messieurs', '2019-08-24', lang='fr', form='text', span='24 Août 2019'),
    # https://www.echodescommunes.fr/actualite_3371_Gestion-de-crise-du-Covid-19-Fran-ois-Rebsamen-fait-le-point-sur-les-actions-de-Dijon-et-de-la-m-tropole.html
    c("21 mai 2020\n\nA l'occasion de sa 9ème allocution", '2020-05-21', lang='fr', form='text', span='21 mai 2020'),
    c('Allocution n°9 de François Rebsamen : Gestion de crise du Covid-19\n\nMecredi 20 mai 2020', '2020-05-20', lang='fr', form='text', span='20 mai 2020'),
    # https://www.echodescommunes.fr/actualite_1269_ConfA-rence-A-conomique-rA-gionale-la-RA-gion-prend-de-la-hauteur-pour-orienter-les-acteurs-publics-et-privA-s-dans-une-nouvelle-A-tape-de-la-mondialisation.html
    c('ont eu à coeur, le jeudi 30 juillet dernier, de lui rendre un hommage', '2015-07-30', ref=dt.date(2016, 1, 10), lang='fr', form='missing_year', span='jeudi 30 juillet dernier'),
    c('Sa disparition, le 27 juillet, a laissé un grand vide.', '2015-07-27', ref=dt.date(2016, 1, 10), lang='fr', form='missing_year', span='27 juillet'),
    # https://www.midilibre.fr/2012/09/25/matinee-d-inaugurations,568060.php
    c('Plusieurs inaugurations au programme de samedi 29 septembre.', '2012-09-29', ref=dt.date(2012, 9, 25), lang='fr', form='missing_year', span='samedi 29 septembre'),
    # https://marne34.rssing.com/chan-22433034/article3457.html
    c('dans La République de lundi 11 janvier, en vente en kiosque', '2016-01-11', ref=dt.date(2016, 1, 9), lang='fr', form='missing_year', span='lundi 11 janvier'),
    # https://codelibrary.amlegal.com/codes/mexicobeach/latest/mexicobeach_fl/0-0-0-2820
    c('(Ord. 144, passed 12-13-1983)', '1983-12-13', lang='en', form='text', span='12-13-1983'),
    # https://www.elperiodicoextremadura.com/noticias/plasencia/pleno-marzo-retrasa-8-abril_501259.html
    c('ha decidido retrasar el pleno ordinario de marzo para después de la Semana Santa --para el 8 de abril a mediodía--', '2013-04-08T12:00:00', ref=dt.date(2013, 3, 20), lang='es', form='time', span='8 de abril a mediodía'),
    # https://oporrino.org/pleno-municipal-ordinario-da-corporacion-de-porrino-para-o-vindeiro-mercores-25/
    c('que a Corporación Municipal celebrará o vindeiro mércores día 25, as 18 horas, do que adxuntamos a orde do día.', '2019-09-25T18:00:00', ref=dt.date(2019, 9, 20), lang='gl', form='time', span='mércores día 25, as 18 horas'),
    c('Tratase de determinar os festivos locais para o ano 2020 que serán 11 de xullo, San Benito, e 28 de setembro, Luns do Cristo.', '2020-07-11', ref=dt.date(2019, 9, 20), lang='gl', form='missing_year', span='11 de xullo'),
    # https://tegenwindzijderveld.nl/laatste-nieuws/2133477_lokaal-bestuur-wind
    c('Op dinsdag 5 november houdt gemeente Vijfheerenlanden in De Krooshof een informatieavond', '2019-11-05', ref=dt.date(2019, 10, 20), lang='nl', form='missing_year', span='dinsdag 5 november'),
    # https://papendrecht.pvda.nl/agenda/openbaar-debat-verkiezingsuitslag/
    c('Openbaar debat verkiezingsuitslag\n\n23 maart 2018, van 20:00 tot 22:30, gemeentehuis | gemeentehuis', '2018-03-23T20:00:00', '2018-03-23T22:30:00', lang='nl', form='time', span='23 maart 2018, van 20:00 tot 22:30'),
    # https://www.hervormdhuizen.nl/index.php?id=269&tx_ttnews%5Btt_news%5D=86
    c('CHOG - uitkomst centrale gemeenteavond\nwoensdag 09 juli\nOp 7 mei jl. is de centrale gemeenteavond geweest', '2014-07-09', ref=dt.date(2014, 7, 9), lang='nl', form='missing_year', span='woensdag 09 juli'),
    c('Op 7 mei jl. is de centrale gemeenteavond geweest', '2014-05-07', ref=dt.date(2014, 7, 9), lang='nl', form='missing_year', span='7 mei jl.'),
    # https://bip.gminadabrowa.pl/2711/2469/protokol-nr-ii2018-z-sesji-rady-gminy-dabrowa-z-dnia-22-listopada-2018-r.html
    c('Protokół Nr II/2018 z sesji Rady Gminy Dąbrowa z dnia 22 listopada 2018 r.', '2018-11-22', lang='pl', form='text', span='22 listopada 2018 r.'),
    # http://policzna.ugm.pl/aktualnosci/zawiadomienie-o-terminie-sesji-rady-gminy-policzna/
    c('Dnia 27 listopada 2015 r. /piatek/godz. 09.00 w Urzędzie Gminy w Policznie odbędzie się sesja', '2015-11-27T09:00:00', lang='pl', form='time', span='27 listopada 2015 r. /piatek/godz. 09.00'),
    # http://www.rozdrazew.pl/komunikaty-wasne/258-termin-i-porzadek-obrad-i-sesji-rady-gminy.html
    c('Inauguracyjna sesja Rady Gminy VI kadencji zwołana została na dzień 27 listopada 2010r. (sobota) godz. 15.00.', '2010-11-27T15:00:00', lang='pl', form='time', span='27 listopada 2010r. (sobota) godz. 15.00'),
    # http://stara-kamienica.bipgmina.pl/wiadomosci/474/wiadomosc/60812/protokol_nr_xviii07_z_sesji_rady_gminy_stara_kamienica_odbytej_w
    c('z sesji Rady Gminy Stara Kamienica odbytej w dniu 28 grudnia 2007 roku w sali konferencyjnej', '2007-12-28', lang='pl', form='text', span='28 grudnia 2007 roku'),
    # https://policzna.ugm.pl/aktualnosci/zawiadomienie-o-zwolaniu-sesji-rady-gminy-policzna-3/
    c('zwołuję sesję Rady Gminy Policzna na dzień 30 sierpnia 2022r./wtorek/godz.09:00 w Świetlicy Gminnej', '2022-08-30T09:00:00', lang='pl', form='time', span='30 sierpnia 2022r./wtorek/godz.09:00'),
    # https://www.rzekun.pl/rada-gminy/sesje-rady.html
    c('zwołuję LI zwyczajną sesję Rady Gminy Rzekuń, która odbędzie się w dniu 28 czerwca 2022 r. (wtorek) o godz. 16:00.', '2022-06-28T16:00:00', lang='pl', form='time', span='28 czerwca 2022 r. (wtorek) o godz. 16:00'),
    c('która odbędzie się w dniu 14 czerwca 2022 r. (wtorek) o godz. 15:30 .', '2022-06-14T15:30:00', lang='pl', form='time', span='14 czerwca 2022 r. (wtorek) o godz. 15:30'),
    c('Zgodnie z art. 28 aa ustawy z dnia 8 marca 1990 r. o samorządzie gminnym', '1990-03-08', lang='pl', form='text', span='8 marca 1990 r.'),
    # http://bip.rogowo.pl/?cid=54&bip_id=184
    c('z obrad XVII sesji IV kadencji Rady Gminy w Rogowie odbytej w dniu\n01 grudnia 2004r pod przewodnictwem', '2004-12-01', lang='pl', form='text', span='01 grudnia 2004'),
    c('zmieniająca uchwałę Nr XII/3/04 Rady Gminy w Rogowie z dnia 19.02.2004r w sprawie uchwalenia budżetu', '2004-02-19', lang='pl', form='text', span='19.02.2004'),
    # https://camaradeipuiuna.mg.gov.br/documentos/atas/ata-18-2020-06-10-2020/
    c('Ata 18/2020 – 06/10/2020\n\nATA da Décima Oitava Reunião Ordinária', '2020-10-06', lang='pt', form='text', span='06/10/2020'),
    c('Aos seis dias do mês de outubro do ano de dois mil e vinte, às dezenove horas, os membros do Legislativo', '2020-10-06T19:00:00', lang='pt', form='time', span='seis dias do mês de outubro do ano de dois mil e vinte, às dezenove horas'),
    # https://staffanstorp.se/2017/11/13/kommunfullmaktige-installt-27-november/
    c('Kommunfullmäktiges sammanträde måndagen den 27 november kl. 18 är inställt på grund av för få ärenden.', '2017-11-27T18:00:00', ref=dt.date(2017, 11, 13), lang='sv', form='time', span='måndagen den 27 november kl. 18'),
    c('Nästa möte hålls måndagen den 18 december kl. 16.', '2017-12-18T16:00:00', ref=dt.date(2017, 11, 13), lang='sv', form='time', span='måndagen den 18 december kl. 16'),
    # https://staffanstorp.se/2018/09/26/installt-kommunfullmaktige-den-1-oktober/
    c('Kommunfullmäktiges sammanträde måndagen den 1 oktober kl. 18.00 är inställt på grund av få ärenden.', '2018-10-01T18:00:00', ref=dt.date(2018, 9, 26), lang='sv', form='time', span='måndagen den 1 oktober kl. 18.00'),
    # https://enkoping.se/kommun-och-politik/nyheter/lista/2019-06-04-kommunfullmaktige-sammantrader.html
    c('Kommunfullmäktige sammanträder\n\nPublicerad 2019-06-04\n\nMåndag den 10 juni', '2019-06-04', lang='sv', form='text', span='2019-06-04'),
    c('Måndag den 10 juni klockan 09.00 sammanträder kommunfullmäktige.', '2019-06-10T09:00:00', ref=dt.date(2019, 6, 4), lang='sv', form='time', span='Måndag den 10 juni klockan 09.00'),
    # https://mmkv.cz/cs/zastupitelstvo-mesta
    c('TERMÍNY JEDNÁNÍ ZASTUPITELSTVA MĚSTA V ROCE 2018\n\n23.1. | 27.3. | 22.5. | 26.6. | 4.9. | 13.11.  | 11.12.', '2018-01-23', lang='cs', form='text', span='23.1. | 27.3. | 22.5. | 26.6. | 4.9. | 13.11.  | 11.12.'),
    c('Za tuto stránku je zodpovědný/á: Irena Preislerová\nPoslední aktualizace: 13.11.2018', '2018-11-13', lang='cs', form='text', span='13.11.2018'),
    # https://www.skrunda.lv/lv/parvalde/sabiedriba/sabiedribas-lidzdaliba-/skrundas-novada-pasvaldibas-planoto-notikumu-kalendars-no-4-lidz-10-novembrim/
    c('Skrundas novada pašvaldības plānoto notikumu kalendārs no 4. līdz 10. novembrim', '2019-11-04', '2019-11-10', ref=dt.date(2019, 11, 1), lang='lv', form='range', span='no 4. līdz 10. novembrim'),
    c('5. novembris, otrdiena\n • 15.00 Nīkrāces saieta namā ”Gardēžu klubiņa” tikšanās.', '2019-11-05T15:00:00', ref=dt.date(2019, 11, 1), lang='lv', form='time', span='5. novembris, otrdiena\n • 15.00'),
    # https://www.skrunda.lv/lv/parvalde/sabiedriba/sabiedribas-lidzdaliba-/skrundas-novada-planoto-pasakumu-kalendars-no-12-lidz-18-novembrim/
    c('15. novembris, ceturtdiena\n\n • Skrundas pilsētas bibliotēka slēgta', '2018-11-15', ref=dt.date(2018, 11, 10), lang='lv', form='missing_year', span='15. novembris, ceturtdiena'),
    c('Solidaritātes dienu ietvaros no 5.-15. novembrim norisinās bērnu un jauniešu zīmējumu konkurss', '2018-11-05', '2018-11-15', ref=dt.date(2018, 11, 10), lang='lv', form='range', span='no 5.-15. novembrim'),
    c('14. novembris, trešdiena\n\n • Plkst. 8.30 Nīkrāces Veselības punktā pieņems dr. Āboliņš.', '2018-11-14T08:30:00', ref=dt.date(2018, 11, 10), lang='lv', form='time', span='14. novembris, trešdiena\n\n • Plkst. 8.30'),
    # https://www.time.kommune.no/aktuelt/kommunestyremote-og-ekstra-formannskapsmote-24-mars-vert-flytta.5530.aspx
    c('Kommunestyremøte og ekstra formannskapsmøte 24. mars vert flytta', '2020-03-24', ref=dt.date(2020, 3, 15), lang='no', form='missing_year', span='24. mars'),
    c('Kommunestyremøte 24. mars vert inntil vidare flytta ei veke fram til 31. mars.', '2020-03-24', ref=dt.date(2020, 3, 15), lang='no', form='missing_year', span='24. mars'),
    # https://www.hole.kommune.no/kunngjoering-kommunestyrets-moete-27-april-blir-ikke-avholdt.6299956-562471.html
    c('Det er besluttet å ikke avholde møte i Kommunestyret den 27. april.', '2020-04-27', ref=dt.date(2020, 4, 10), lang='no', form='missing_year', span='27. april'),
    # https://www.folldal.kommune.no/aktuelt/kommunestyremote-05-11-20.4171.aspx
    c('Kommunestyremøte 05.11.20\n\nUt fra større smittetrykk', '2020-11-05', lang='no', form='text', span='05.11.20'),
    # https://www.amli.kommune.no/politikk-og-organisasjon/kunngjeringar-og-hoyringar/kunngjoring-novembermotene-i-de-politiske-utvalgene-er-avlyst.28327.aspx
    c('  • Ungdomrsrådet 26. oktober', '2021-10-26', ref=dt.date(2021, 10, 15), lang='no', form='missing_year', span='26. oktober'),
    # https://frogn.kommune.no/driftsmeldinger/radhuset-og-politiske-moter/
    c('Neste møterunde starter med møter i rådene i uke 41. (11. – 12. oktober).', '2021-10-11', '2021-10-12', ref=dt.date(2021, 10, 1), lang='no', form='range', span='11. – 12. oktober'),
    c('Deretter følger hovedutvalg og formannskap i uke 42. (18.-20. oktober) før møterunden avsluttes', '2021-10-18', '2021-10-20', ref=dt.date(2021, 10, 1), lang='no', form='range', span='18.-20. oktober'),
    # http://www.polgar.hu/index.php?view=article&catid=108%3A2021ktules&id=1653%3Aktules20211125
    c('Polgár Város Önkormányzatának Képviselő-testülete 2021. november 25-én (csütörtökön) 14.00 órai kezdettel, a Polgármesteri Hivatal', '2021-11-25T14:00:00', lang='hu', form='time', span='2021. november 25-én (csütörtökön) 14.00'),
    c('3./Javaslat a helyi adókról szóló 1/2014. (I. 31.) rendelet módosítására', '2014-01-31', lang='hu', form='text', span='1/2014. (I. 31.)'),
    # https://primariabarnova.ro/consiliul-local-2/consiliul-local/
    c('Consiliul Local Bârnova a fost constituit pe data de 23 octombrie 2020 și are următoarea componență:', '2020-10-23', lang='ro', form='text', span='23 octombrie 2020'),
    c('15.DĂSCĂLESCU CONSTANTIN    PNL -din data de 2 noiembrie 2020', '2020-11-02', lang='ro', form='text', span='2 noiembrie 2020'),
    # https://radiogracanica.ba/gradsko-vijece-zasjeda-u-cetvrtak-23-maja-sa-pocetkom-1400-sati/
    c('Prva konstituirajuća  sjednica Gradskog vijeća najavljena je za četvrtak, 23.maja sa početkom u 14,00 sati.', '2019-05-23T14:00:00', ref=dt.date(2019, 5, 20), lang='hr', form='time', span='četvrtak, 23.maja sa početkom u 14,00 sati'),
    # https://energy-cities.eu/from-renewables-to-circular-economy-so-much-to-learn-and-debate-at-our-annual-forum
    c('For our 2025 Annual Forum (8, 9 & 10 April 2025), we will bring participants', '2025-04-08', '2025-04-10', lang='en', form='range', span='8, 9 & 10 April 2025'),
    # https://energy-cities.eu/energy-cities-annual-forum-2025-celebrating-the-power-of-connections
    c('In the five thematic journeys which took place on Wednesday 9th of April, participants', '2025-04-09', ref=dt.date(2025, 4, 16), lang='en', form='missing_year', span='Wednesday 9th of April'),
    # http://www.annualconference.energy-cities.eu/2019/03/11/programme/
    c('Wednesday, May 22nd\n\n\nEnergizing Cities', '2019-05-22', ref=dt.date(2019, 3, 11), lang='en', form='missing_year', span='Wednesday, May 22nd'),
    c('WHEN: Wednesday May 22nd, from 14:00 to 17:30\nWHERE: Heidelberg Convention Centre', '2019-05-22T14:00:00', '2019-05-22T17:30:00', ref=dt.date(2019, 3, 11), lang='en', form='time', span='Wednesday May 22nd, from 14:00 to 17:30'),
    # https://europa.eu/regions-and-cities/programme/sessions/647_en
    c('European Week of Regions and Cities\n7-10 OCTOBER 2019 Brussels', '2019-10-07', '2019-10-10', lang='en', form='range', span='7-10 OCTOBER 2019'),
    c('Tue 8, October 2019\n16:30 - 19:00\nPlease sign in', '2019-10-08T16:30:00', '2019-10-08T19:00:00', lang='en', form='time', span='Tue 8, October 2019\n16:30 - 19:00'),
    # http://www.levantenews.it/index.php/2020/10/19/rapallo-stasera-consiglio-da-remoto-visibile-sul-canale-71/
    c('In riferimento al Consiglio Comunale convocato per le 21 di oggi, lunedì19 ottobre 2020, si comunica', '2020-10-19T21:00:00', ref=dt.date(2020, 10, 19), lang='it', form='time', span='21 di oggi, lunedì19 ottobre 2020'),
    # https://www.vera.mt.leg.br/1f4e2-atencao-alteracao-temporaria-de-horario-de-atendimento
    c('Período: 14 de julho a 01 de agosto de 2025\nNovo horário: das 07h às 11h (segunda a sexta-feira)', '2025-07-14', '2025-08-01', lang='pt', form='range', span='14 de julho a 01 de agosto de 2025'),
    # http://energy-cities.eu/conference/sessions/
    c('Grafting Cities – Energy Cities Annual Conference\n\nValencia, Spain - 26-27 June 2024', '2024-06-26', '2024-06-27', lang='en', form='range', span='26-27 June 2024'),
    # http://www.schwarzwaelder-bote.de/inhalt.balingen-finale-tage-fuer-die-kirchner-schau.bd5c1cbf-b742-4a0a-b933-4c42faa14f6d.html
    c('Zudem öffnet am Sonntag, 2. Oktober, das Kunstzelt der Jugendkunstschule zum letzten Mal.', '2016-10-02', ref=dt.date(2016, 9, 28), lang='de', form='missing_year', span='Sonntag, 2. Oktober'),
    # https://www.ville-pabu.fr/category/informations/page/4
    c('Exposition : l’école d’autrefois\nDu 1er au 20 septembre 2025, aux horaires d’ouverture de la mairie', '2025-09-01', '2025-09-20', lang='fr', form='range', span='Du 1er au 20 septembre 2025'),
    # https://dallet-jd.blogspot.com/2012/04/les-vijots-nouvelle-galerie-peintures.html
    c('Les artistes reviennent plus longuement samedi 21 et dimanche 22 avril avec des oeuvres supplémentaires', '2012-04-21', '2012-04-22', ref=dt.date(2012, 4, 18), lang='fr', form='range', span='samedi 21 et dimanche 22 avril'),
    # https://www.mairie-sadirac.fr/default.asp?iID=GEKDEJ&item=GGEHHJ
    c('Procès-verbal des délibérations du CONSEIL MUNICIPAL\n\nSEANCE du 26 septembre 2008', '2008-09-26', lang='fr', form='text', span='26 septembre 2008'),
    c("L'AN DEUX MILLE huit et le 26 septembre à vingt heures, les membres du Conseil Municipal", '2008-09-26T20:00:00', lang='fr', form='time', span='26 septembre à vingt heures'),
    c('I – Approbation procès-verbal de la séance du 27 juin 2008', '2008-06-27', lang='fr', form='text', span='27 juin 2008'),
    # https://lemans.maville.com/actu/actudet_-mamers.-samedi-vernissage-a-la-galerie-d-art-_-7114703_actu.Htm
    c('Le vernissage est prévu samedi 20 décembre, à 11 h, à la galerie d’art', '2025-12-20T11:00:00', ref=dt.date(2025, 12, 10), lang='fr', form='time', span='samedi 20 décembre, à 11 h'),
    c('La galerie restera fermée le jeudi 25 décembre.', '2025-12-25', ref=dt.date(2025, 12, 10), lang='fr', form='missing_year', span='jeudi 25 décembre'),
    # https://foglidarte.blogspot.com/search?max-results=3
    c('foglidarte@gmail.com\n\nmercoledì 30 luglio 2025\n\nDa Caravaggio a Maiorca', '2025-07-30', lang='it', form='text', span='mercoledì 30 luglio 2025'),
    c('ISSN 1974-4455 (codice International Standard Serial Number attribuito il 7 marzo 2008)', '2008-03-07', lang='it', form='text', span='7 marzo 2008'),
    # https://www.museonazionaledimatera.it/domenica-al-museo-2-novembre-2025/in-evidenza/
    c('Vi aspettiamo domenica 2 novembre presso le nostre sedi (Palazzo Lanfranchi-Ex Ospedale San Rocco) dalle 9.00 alle 20.00', '2025-11-02T09:00:00', '2025-11-02T20:00:00', ref=dt.date(2025, 10, 25), lang='it', form='time', span='domenica 2 novembre presso le nostre sedi (Palazzo Lanfranchi-Ex Ospedale San Rocco) dalle 9.00 alle 20.00'),
    # https://ideawebtv.it/2021/04/28/riapre-sabato-1-maggio-il-museo-civico-saviglianese-nel-rispetto-dei-protocolli-di-sicurezza/amp
    c('Ripartiranno sabato 1 maggio, le visite guidate al museo civico saviglianese.', '2021-05-01', ref=dt.date(2021, 4, 28), lang='it', form='missing_year', span='sabato 1 maggio'),
    # https://www.vierklank.nl/nieuws/algemeen/23699/kernen-en-tentoonstellingen
    c('Zaterdag 1 juli wordt in het Dorpshuis van Hollandsche Rading de tentoonstelling geopend', '2023-07-01', ref=dt.date(2023, 6, 25), lang='nl', form='missing_year', span='Zaterdag 1 juli'),
    c('dinsdag 4 juli van 13.00 tot 16.00 uur.', '2023-07-04T13:00:00', '2023-07-04T16:00:00', ref=dt.date(2023, 6, 25), lang='nl', form='time', span='dinsdag 4 juli van 13.00 tot 16.00 uur'),
    c('Op woensdag 5 juli (van 10.00 tot 12.00 uur) tijdens de bijeenkomst van Leut', '2023-07-05T10:00:00', '2023-07-05T12:00:00', ref=dt.date(2023, 6, 25), lang='nl', form='time', span='woensdag 5 juli (van 10.00 tot 12.00 uur)'),
    c('Daarna in de Mathildezaal van het gemeentehuis vanaf 11 juli tot 11 augustus.', '2023-07-11', '2023-08-11', ref=dt.date(2023, 6, 25), lang='nl', form='range', span='11 juli tot 11 augustus'),
    c('te zien zijn van dinsdag 29 augustus t/m zaterdag 2 september bij Schutsmantel', '2023-08-29', '2023-09-02', ref=dt.date(2023, 6, 25), lang='nl', form='range', span='van dinsdag 29 augustus t/m zaterdag 2 september'),
    c('en daarna nog van zondag 17 september t/m zondag 15 oktober in de Centrumkerk', '2023-09-17', '2023-10-15', ref=dt.date(2023, 6, 25), lang='nl', form='range', span='van zondag 17 september t/m zondag 15 oktober'),
    # https://radiogorzow.pl/180153/2-maja-urzad-miasta-bedzie-nieczynny/amp
    c('2 maja Urząd Miasta będzie zamknięty.', '2019-05-02', ref=dt.date(2019, 4, 25), lang='pl', form='missing_year', span='2 maja'),
    # https://www.bydgoszcz.pl/aktualnosci/tresc/jak-urzad-pracuje-w-majowke/
    c('Zamknięte będzie także we wtorek, 4 maja, za Święto Pracy przypadające w sobotę.', '2021-05-04', ref=dt.date(2021, 4, 28), lang='pl', form='missing_year', span='wtorek, 4 maja'),
    c('Od 5 maja wszystkie sprawy urzędowe będzie można załatwiać w normalnym trybie', '2021-05-05', ref=dt.date(2021, 4, 28), lang='pl', form='missing_year', span='5 maja'),
    # http://www.bydgoszcz.pl/kategoria/tresc/urzad-miasta-przed-i-po-swietach/
    c('dzień przed Wigilią, czyli 23 grudnia, wszystkie wydziały Urzędu Miasta pracują', '2022-12-23', ref=dt.date(2022, 12, 20), lang='pl', form='missing_year', span='23 grudnia'),
    c('Z kolei bezpośrednio po świętach, 27 grudnia, wtorkowym zwyczajem', '2022-12-27', ref=dt.date(2022, 12, 20), lang='pl', form='missing_year', span='27 grudnia'),
    # https://inforlex.pl/dok/tresc,WSA.2023.004.016016750,Wyrok-WSA-we-Wroclawiu-z-dnia-20-kwietnia-2023-r-sygn-II-SA-Wr-738-22.html
    c('Wyrok WSA we Wrocławiu z dnia 20 kwietnia 2023 r., sygn. II SA/Wr 738/22', '2023-04-20', lang='pl', form='text', span='20 kwietnia 2023 r.'),
    # https://camaraitaporanga.pb.gov.br/noticia/comunicado-de-carnaval
    c('Comunicado de Carnaval\nEm 01/03/2025\nEm virtude das festividades', '2025-03-01', lang='pt', form='text', span='01/03/2025'),
    c('Em virtude das festividades de carnaval nos dias 3,4 e 5 de março, não haverá expediente', '2025-03-03', '2025-03-05', ref=dt.date(2025, 3, 1), lang='pt', form='range', span='3,4 e 5 de março'),
    c('conforme o decretro n° 011/2025 de 27 de fevereiro de 2025 Governo Municipal', '2025-02-27', lang='pt', form='text', span='27 de fevereiro de 2025'),
    c('Estamos de recesso, retornaremos a programação normal no dia 05 de março de 2025.', '2025-03-05', lang='pt', form='text', span='05 de março de 2025'),
    # https://www.orust.se/uppleva-och-gora/bibliotek/avvikande-oppettider
    c('  • Torsdag 30 april Valborgsmässoafton 10:00-16:00', '2026-04-30T10:00:00', '2026-04-30T16:00:00', ref=dt.date(2026, 1, 1), lang='sv', form='time', span='Torsdag 30 april Valborgsmässoafton 10:00-16:00'),
    c('  • Torsdag 1 januari 2026 Nyårsafton', '2026-01-01', lang='sv', form='text', span='Torsdag 1 januari 2026'),
    # https://bibliotek.vallentuna.se/information-om-%C3%B6ppettider
    c('Sommaröppet på biblioteken \n\n27 juni – 21 augusti\n\nVallentuna bibliotek', '2022-06-27', '2022-08-21', ref=dt.date(2022, 6, 1), lang='sv', form='range', span='27 juni – 21 augusti'),
    c('Torsdag 14 april, Skärtorsdag kl. 10-16.', '2022-04-14T10:00:00', '2022-04-14T16:00:00', ref=dt.date(2022, 1, 1), lang='sv', form='time', span='Torsdag 14 april, Skärtorsdag kl. 10-16'),
    c('Fredag 15 april – måndag 18 april, påskhelgen, stängt.', '2022-04-15', '2022-04-18', ref=dt.date(2022, 1, 1), lang='sv', form='range', span='Fredag 15 april – måndag 18 april'),
    c('Lördag 31 december - söndag 1 januari 2023 stängt.', '2022-12-31', '2023-01-01', ref=dt.date(2022, 1, 1), lang='sv', form='range', span='Lördag 31 december - söndag 1 januari 2023'),
    # https://www.loviisa.fi/sv/nyheter/oppettider-for-det-meroppna-biblioteket-i-liljendal-fran-1-6-2020/
    c('Öppettider för det meröppna biblioteket i Liljendal från 1.6.2020', '2020-06-01', lang='sv', form='text', span='1.6.2020'),
    # https://www.lapinjarvi.fi/sv/i-enlighet-med-regeringens-beslut-oppnas-biblioteken-1-6-2020/
    c('I enlighet med regeringens beslut öppnas biblioteken 1.6.2020', '2020-06-01', lang='sv', form='text', span='1.6.2020'),
    # https://holbaekonline.dk/2021/06/11/bibliotekerne-er-tilbage-med-normal-aabningstid-og-uden-coronapas-og-mundbind
    c('Fra på mandag, d. 14. juni, vil bibliotekerne her i kommunen vende tilbage til normal åbningstid', '2021-06-14', ref=dt.date(2021, 6, 11), lang='da', form='missing_year', span='mandag, d. 14. juni'),
    # https://dpress.gr/me-neo-dievrymeno-orario-leitourgei-i-dimotiki-vivliothiki-oraiokastrou
    c('Το νέο ωράριο λειτουργίας ισχύει από την Δευτέρα, 3 Νοεμβρίου 2025.', '2025-11-03', lang='el', form='text', span='Δευτέρα, 3 Νοεμβρίου 2025'),
    # http://www.prlogos.gr/
    c('Σύμφωνα με το ΦΕΚ τεύχος Β’ 89/16-01-2021 αναστέλλεται εκ νέου η λειτουργία', '2021-01-16', lang='el', form='text', span='16-01-2021'),
    # https://www.ilion.gr/
    c('σύμφωνα με τη νέα ΚΥΑ Δ1α/Γ.Π.οικ. 71342/06.11.2020 (ΦΕΚ 4899/06.11.2020 τεύχος Β΄)', '2020-11-06', lang='el', form='text', span='06.11.2020'),
    # https://nownews.gr/1kavala/
    c('αναστέλλει όλες τις υπηρεσίες της για το αναγνωστικό κοινό από τη Δευτέρα 9 Νοεμβρίου έως και τη Δευτέρα 30 Νοεμβρίου 2020.', '2020-11-09', '2020-11-30', lang='el', form='range', span='Δευτέρα 9 Νοεμβρίου έως και τη Δευτέρα 30 Νοεμβρίου 2020'),
    # https://www.inewsgr.com/333/d-kordeliou---evosmou-Anoigoun-oi-dimotikes-vivliothikes.htm
    c('Από αύριο, Τετάρτη 3 Ιουνίου, ανοίγουν για το κοινό, οι Δημοτικές Βιβλιοθήκες', '2020-06-03', ref=dt.date(2020, 6, 2), lang='el', form='missing_year', span='Τετάρτη 3 Ιουνίου'),
    # https://www.vivliothiki-pirgou.gr/anastoli-leitoyrgias-tis-vivliothikis/
    c('αναστέλλει τη λειτουργία της για το κοινό κατά το χρονικό διάστημα από 7/11/2020 έως και 30/11/2020, σύμφωνα', '2020-11-07', '2020-11-30', lang='el', form='range', span='από 7/11/2020 έως και 30/11/2020'),
    # https://www.myxalandri.gr/politismos/19482-epanaleitourgoyn-oi-dimotikes-vivliothikes-xalandriou-mono-os-daneistikes-katopin-rantevoy
    c('Παρασκευή, 26 Απριλίου 2024 14:09\n\nΕπαναλειτουργούν οι Δημοτικές Βιβλιοθήκες', '2024-04-26T14:09:00', lang='el', form='time', span='Παρασκευή, 26 Απριλίου 2024 14:09'),
    c('επαναλειτουργούν, από την Πέμπτη 3 Ιουνίου 2021, ΜΟΝΟ ως δανειστικές', '2021-06-03', lang='el', form='text', span='Πέμπτη 3 Ιουνίου 2021'),
])
# Held-back set E (5 Dec 2026): pages not read before, collected by a helper and scored
# before the fixes they prompted (68/81; see docs/dates.md, "Set E").
CASES.extend([
    # https://comune.jesolo.ve.it/flex/cm/pages/ServeBLOB.php/L/IT/IDPagina/1385
    c('Lunedì 7 marzo 2011 alle ore 20.30 il Consiglio comunale è convocato in seduta pubblica STRAORDINARIA', '2011-03-07T20:30:00', lang='it', form='time', span='Lunedì 7 marzo 2011 alle ore 20.30'),
    # https://www.comune.prato.it/it/amministrazione/uffici/biblioteca-lazzerini/archivio61_0_5.html
    c('Nel giorno prefestivo di sabato 4 aprile 2026 chiude alle ore 14.00.', '2026-04-04T14:00:00', lang='it', form='time', span='sabato 4 aprile 2026 chiude alle ore 14.00'),
    # https://sassuoloonline.it/2004/11/06/inaugura-oggi-a-modena-la-nuova-biblioteca-rotonda
    c('Traini sarà, peraltro, alla Rotonda venerdì 26 novembre alle ore 17, e sabato 27 alle 10.30, con un laboratorio per giovani matite', '2004-11-26T17:00:00', ref=dt.date(2004, 11, 6), lang='it', form='time', span='venerdì 26 novembre alle ore 17, e sabato 27 alle 10.30'),
    c('Le novità più significative riguardano sicuramente l’ampliamento della fascia oraria d’apertura della biblioteca che da lunedì 8 novembre riprende i servizi di prestito e consultazione', '2004-11-08', ref=dt.date(2004, 11, 6), lang='it', form='missing_year', span='lunedì 8 novembre'),
    # https://www.newsbiella.it/2022/06/15/leggi-notizia/argomenti/attualita-1/articolo/biella-con-larrivo-dellestate-cambiano-gli-orari-delle-biblioteche.html
    c('In virtù di queste situazioni, dal 4 luglio al 3 settembre 2022, la Biblioteca sezione Ragazzi sarà aperta nei seguenti giorni ed orari: lunedì, martedì, giovedì e venerdì dalle ore 9.00 alle 14.30;', '2022-07-04', '2022-09-03', lang='it', form='range', span='dal 4 luglio al 3 settembre 2022'),
    c('Biblioteca Civica dall’1 al 20 agosto, riapertura il 22 agosto', '2022-08-01', '2022-08-20', ref=dt.date(2022, 6, 15), lang='it', form='range', span='1 al 20 agosto'),
    # https://www.rivasciudad.es/noticias/cultura/2012/11/21/el-garcia-lorca-se-inunda-de-notas-seis-horas/862600035296/
    c('- JUEVES 22 / 16.00-22.00. Centro cultural García Lorca', '2012-11-22T16:00:00', '2012-11-22T22:00:00', ref=dt.date(2012, 11, 21), lang='es', form='time', span='JUEVES 22 / 16.00-22.00'),
    # https://europatropical.net/2016/11/16/concierto-de-zarzuela-para-celebrar-a-la-patrona-de-la-musica-santa-cecilia
    c('con un concierto en la Plaza del Ayuntamiento el domingo, 20 de noviembre, a la una del mediodía.', '2016-11-20T13:00:00', ref=dt.date(2016, 11, 16), lang='es', form='time', span='domingo, 20 de noviembre, a la una del mediodía'),
    # https://elespanol.com/castilla-y-leon/region/salamanca/20171113/ciudad-rodrigo-celebra-conciertos-honor-santa-cecilia/261725218_0.html
    c('Día 18, sábado, 20:00 h.\nBanda Municipal de Música', '2017-11-18T20:00:00', ref=dt.date(2017, 11, 13), lang='es', form='time', span='18, sábado, 20:00 h'),
    # https://www.crozon.bzh/conseil-municipal/deliberations
    c('Prochain conseil municipal le Samedi 28 mars 2026 à 10h00 (installation du nouveau conseil municipal)', '2026-03-28T10:00:00', lang='fr', form='time', span='Samedi 28 mars 2026 à 10h00'),
    # https://www.ville-lagarde.fr/ma-mairie/conseil-municipal/
    c('Année 2023 :\nDu 27 Novembre\nDu 18 septembre', '2023-11-27', lang='fr', form='text', span='27 Novembre'),
    # http://levernet.fr/index.php/levernet/exposition/808
    c('le 29/06/2019\nA l’occasion du 100ème anniversaire de la Paix de 1919', '2019-06-29', lang='fr', form='text', span='29/06/2019'),
    c('Le vernissage aura lieu le vendredi 28 juin à partir de 19h30, salle Robert Devaux.', '2019-06-28T19:30:00', ref=dt.date(2019, 6, 29), lang='fr', form='time', span='vendredi 28 juin à partir de 19h30'),
    # https://www.amtlandschaftsylt.de/protlastchance/37-protokolle/prowenbra/179-gemeindevertretung.html
    c('Der 25. Sylt-Lauf startet am 25.03.2006', '2006-03-25', lang='de', form='text', span='25.03.2006'),
    # https://ris-sg-gl-migration.edv-helmstedt.de/index.php?id=349&no_cache=1&tx_cronmmratsinfo_pi%5Bview%5D=sitzung&tx_cronmmratsinfo_pi%5Bsitzung%5D=1141&tx_cronmmratsinfo_pi%5Breturn_url%5D=index.php%3Fid%3D349%26no_cache%3D1%26tx_cronmmratsinfo_pi%255Bview%255D%3Dsitzungen%26tx_cronmmratsinfo_pi%255Bmode%255D%3Dall%26tx_cronmmratsinfo_pi%255BshowTops%255D%3D1%26tx_cronmmratsinfo_pi%255Bortsfilter%255D%3D&cHash=060e9a0db7d69203abcfb9007fa1d10c
    c('Montag, 09. September 2019 , 18:00 Uhr', '2019-09-09T18:00:00', lang='de', form='time'),
    # https://ol.wittich.de/titel/2035/ausgabe/47/2022/artikel/00000000000034130229-OL-2035-2022-47-47-0
    c('Niederschrift über die Sitzung des Gemeinderates Karsbach Nr. 11/2022 vom 09.11.2022', '2022-11-09', lang='de', form='text', span='09.11.2022'),
    # https://doczz.net/doc/5759873/19.-sitzung-der-gemeindevertretung
    c('Protokoll 19. Sitzung der Gemeindevertretung Donnertag, den 29.1.2009, 20 Uhr Rathaus Nenzing', '2009-01-29T20:00:00', lang='de', form='time', span='29.1.2009, 20 Uhr'),
    # https://www.bibliotheek-zoetermeer.nl/nieuws/per-1-juli-aanpassing-openingstijden-van-wijkbibliotheken.html
    c('Met ingang 1 juli zijn de wijkbibliotheken in Rokkeveen en Oosterheem niet meer op vrijdagavond open. De bibliotheken sluiten om 18.00 uur.', '2016-07-01', ref=dt.date(2016, 7, 5), lang='nl', form='missing_year', span='1 juli'),
    # https://www.hln.be/in-de-buurt/aalter/bib-knesselare-verhuist-naar-oud-gemeentehuis-en-blijft-langer-open~aaa784d5/
    c('De bibliotheek van Knesselare heropent morgen, op dinsdag 16 juni, in het oud gemeentehuis', '2020-06-16', ref=dt.date(2020, 6, 15), lang='nl', form='missing_year', span='dinsdag 16 juni'),
    # https://www.dekrantnieuws.nl/bibliotheek-roden-viert-heropening/
    c('is er op zaterdag 9 september een feestelijke Open Dag van 11.00 tot 17.00 uur met muziek en activiteiten.', '2023-09-09T11:00:00', '2023-09-09T17:00:00', ref=dt.date(2023, 9, 1), lang='nl', form='time', span='zaterdag 9 september een feestelijke Open Dag van 11.00 tot 17.00 uur'),
    # http://www.leidschdagblad.nl/regionaal/leidenenregio/article28759775.ece/Bibliotheek-Voorschoten-tijdelijk-dicht-voor-opknapbeurt
    c('De bieb is daarom tussen 28 november en 16 december gesloten.', '2016-11-28', '2016-12-16', ref=dt.date(2016, 11, 16), lang='nl', form='range', span='tussen 28 november en 16 december'),
    # https://www.hln.be/regio/geel/bibliotheek-blaast-40-kaarsjes-uit-en-iedereen-mag-meevieren~a59e6f56/
    c('De bibliotheek bestaat op zaterdag 1 december exact 40 jaar.', '2018-12-01', ref=dt.date(2018, 11, 17), lang='nl', form='missing_year', span='zaterdag 1 december'),
    # https://www.um.jaworzno.pl/pl/aktualnosci/4973/pierwsza_sesja_nowej_rady_miejskiej.html
    c('14 listopada 2018, 13:25\n\nPierwsza sesja nowej Rady Miejskiej', '2018-11-14T13:25:00', lang='pl', form='time', span='14 listopada 2018, 13:25'),
    c('W czwartek, 22 listopada o godz. 9.00 odbędzie się pierwsza sesja Rady Miejskiej nowej kadencji.', '2018-11-22T09:00:00', ref=dt.date(2018, 11, 14), lang='pl', form='time', span='czwartek, 22 listopada o godz. 9.00'),
    # http://umkolobrzeg.esp.parseta.pl/index.php?id=75708
    c('Zaopiniowanie projektów uchwał będących w porządku obrad XIV sesji Rady, która odbędzie się w dniu 5 grudnia 2011 r. – skierowanych do Komisji.', '2011-12-05', lang='pl', form='text', span='5 grudnia 2011 r.'),
    # https://www.bahiaja.com.br/politica/noticia/2013/06/07/camra-de-salvador-comemora-464-anos-de-existencia-no-proximo-dia-13,60868,0.html
    c('A Câmara de Salvador vai comemorar 464 anos de existência no próximo dia 13, às 14h30min, com uma programação especial, no Centro de Cultura.', '2013-06-13T14:30:00', ref=dt.date(2013, 6, 7), lang='pt', form='time', span='próximo dia 13, às 14h30'),
    # http://docplayer.com.br/33272352-Ata-da-sessao-ordinaria-da-assembleia-municipal-de-viseu-realizada-no-dia-vinte-e-oito-de-fevereiro-de-dois-mil-e-catorze.html
    c('No vinte e oito de fevereiro de dois mil e catorze, teve lugar no Solar dos Peixotos, a Sessão Ordinária da Assembleia Municipal', '2014-02-28', lang='pt', form='text', span='vinte e oito de fevereiro de dois mil e catorze'),
    # http://docplayer.com.br/113966818-Ata-da-sessao-ordinaria-da-assembleia-municipal-de-viseu-realizada-no-dia-vinte-e-nove-de-junho-de-dois-mil-e-quinze.html
    c('No dia vinte e nove de junho de dois mil e quinze, teve lugar no Solar dos Peixotos, a Sessão Ordinária da Assembleia Municipal', '2015-06-29', lang='pt', form='text', span='vinte e nove de junho de dois mil e quinze'),
    # http://obec-hory.cz/obec-hory/zastupitelstvo-obce/
    c('9.11.2020 – přeloženo na 26.10.2020', '2020-11-09', lang='cs', form='text', span='9.11.2020'),
    # https://www.mesto-horovice.eu/mestsky-urad/dokumenty/zapisy-usneseni-zastupitelstva/archiv-2018-/usneseni-zastupitelstva-c-5-2018-ze-dne-31-10-2018/
    c('konaného dne 31. října 2018 v sále radnice, od 16:00 hodin.', '2018-10-31T16:00:00', lang='cs', form='time', span='31. října 2018 v sále radnice, od 16:00 hodin'),
    # http://pezincan.pezinok.sk/index.php?yggid=article&cat=2003-12&article=2831&print=true
    c('Prvé pracovné zasadnutie MsZ sa uskutoční 13. februára.', '2004-02-13', ref=dt.date(2003, 12, 15), lang='sk', form='missing_year', span='13. februára'),
    # https://www.kremnica.sk/2013/04/18/zapisnica-c-032013-z-mimoriadneho-mestskeho-zastupitelstva/
    c('Zápisnica č. 03/2013 z mimoriadneho Mestského zastupiteľstva v Kremnici, ktoré sa konalo dňa 04.04.2013 v radnej sieni Mestského domu v Kremnici', '2013-04-04', lang='sk', form='text', span='04.04.2013'),
    # http://www.seredskenovinky.sk/clanok/2020-12-09-harmonogram-zasadnuti-mestskeho-zastupitelstva-v-seredi-v-roku-202
    c('Po dvojmesačných prázdninách sa poslanci zídu 16.9. 2021.', '2021-09-16', lang='sk', form='text', span='16.9. 2021'),
    # https://or.njt.hu/eli/412551/r/2015/1/2021-05-01
    c('Hatályos: 2021. 05. 01- 2023. 05. 31', '2021-05-01', '2023-05-31', lang='hu', form='range', span='2021. 05. 01- 2023. 05. 31'),
    # https://or.njt.hu/onkormanyzati-rendelet/2012-4-SP-4143
    c('2012.05.01.\nSárszentlőrinc Község Önkormányzatának Képviselő-testülete', '2012-05-01', lang='hu', form='text', span='2012.05.01'),
    # https://e-tar.lt/rs/legalact/SAV.512285
    c('2008 m. gruodžio 4 d. Nr. T1-284\n\nDruskininkai', '2008-12-04', lang='lt', form='text', span='2008 m. gruodžio 4 d.'),
    # https://www.e-tar.lt/rs/actualedition/SAV.497133/ANfLLjOjdu/
    c('Suvestinė redakcija nuo 2015-04-14 iki 2015-09-11', '2015-04-14', '2015-09-11', lang='lt', form='range', span='nuo 2015-04-14 iki 2015-09-11'),
    # https://krastozinios.lt/2022/08/30/paskutinis-vasaros-tarybos-posedis
    c('Rugpjūčio 30-ąją vyko paskutinis Širvintų rajono savivaldybės tarybos posėdis.', '2022-08-30', ref=dt.date(2022, 8, 30), lang='lt', form='missing_year', span='Rugpjūčio 30-ąją'),
    # https://e-tar.lt/rs/legalact/SAV.510845
    c('Pripažinti netekusiu galios rajono savivaldybės tarybos 2001-03-29 sprendimą Nr. 278', '2001-03-29', lang='lt', form='text', span='2001-03-29'),
    # https://www.ilukste.lv/pasvaldiba/zinas-par-iestadi/domes-sedes/
    c('Domes sēžu grafiks 2020. gadā\n\n23. janvārī plkst. 15.30', '2020-01-23T15:30:00', lang='lv', form='time', span='2020. gadā\n\n23. janvārī plkst. 15.30'),
    # http://lielvardietis.lv/?p=1358
    c('Rītdien, 29.12.2016., paredzēta šī gada pēdējā domes sēde.', '2016-12-29', lang='lv', form='text', span='29.12.2016'),
    c('Pagaidām, 28.12.2016. 15.13 izskatās šādi:', '2016-12-28T15:13:00', lang='lv', form='time', span='28.12.2016. 15.13'),
    # https://www.ogrenet.lv/aktuali/notiks-jaunieveletas-ogres-novada-pasvaldibas-domes-pirma-sede-1266
    c('Ogres novada pašvaldības vēlēšanu komisija 2021. gada 1. jūlijā plkst.10.00 sasauc jaunievēlētās Ogres novada pašvaldības domes sēdi.', '2021-07-01T10:00:00', lang='lv', form='time', span='2021. gada 1. jūlijā plkst.10.00'),
    # https://www.viljandivald.ee/et/vallavolikogu/istungid
    c('mille palume saata digitaalselt allkirjastatult vallavolikogu@viljandivald.ee hiljemalt 08.04.2020 kell 12.00.', '2020-04-08T12:00:00', lang='et', form='time', span='08.04.2020 kell 12.00'),
    # https://www.viljandivald.ee/vallavolikogu/paevakordade-arhiiv/-/asset_publisher/qxbGjYlZOf6d/content/viljandi-vallavolikogu-ii-kooseisu-xxxi-istung-toimub-elektrooniliselt-ajavahemikul-18-03-2020-kuni-28-03-2020-kella-00-00-ni-
    c('keelas alates 13. märtsist 2020 kõik avalikud kogunemised kuni 1. maini 2020.', '2020-03-13', '2020-05-01', lang='et', form='range', span='13. märtsist 2020 kõik avalikud kogunemised kuni 1. maini 2020'),
    # https://ah.turku.fi/kh/2011/0523014x/2522686.htm
    c('29.8.2011 | klo 18.00\n|\n19.9.2011 | klo 18.00', '2011-08-29T18:00:00', lang='fi', form='time'),
    # http://ah.turku.fi/kv/2016/0509005x/3389004.htm
    c('26.9.2016 klo 12.00-16.00 (seminaari)', '2016-09-26T12:00:00', '2016-09-26T16:00:00', lang='fi', form='time', span='26.9.2016 klo 12.00-16.00'),
    # https://www.ouka.fi/oulu/paatoksenteko-ja-hallinto/kokouspaivat-kaupunginvaltuusto
    c('Kokoukset vuonna 2021\n- 25.1. klo 17.00', '2021-01-25T17:00:00', lang='fi', form='time', span='25.1. klo 17.00'),
    # https://abcdocz.com/doc/5031878/avaa---tallenna
    c('Osavuosikatsaus 1.1. – 31.8.2016', '2016-01-01', '2016-08-31', lang='fi', form='range', span='1.1. – 31.8.2016'),
    # https://muonio.cloudnc.fi/fi-FI/Toimielimet/Elinvoimalautakunta/Kokous_2982022/Kokouksen_laillisuus_ja_paatosvaltaisuus(6194)
    c('Kokouskutsu on lähetetty 22.8.2022 ja esityslista 24.8.2022 sähköisesti.', '2022-08-22', lang='fi', form='text', span='22.8.2022'),
    # https://kungsmadskolan.se/sidor/politik-och-demokrati/organisation-och-politik/kommunfullmaktige/sammantradesdagar.html
    c('7 juni (startar 9.00)', '2022-06-07T09:00:00', ref=dt.date(2022, 11, 9), lang='sv', form='time'),
    c('Sammanträdesdagar 2022\n\n(Observera att tidigare inplanerat sammanträde 30 augusti är inställt)', '2022-08-30', lang='sv', form='text', span='30 augusti'),
    # https://www.sundbyberg.se/kommun-politik/aktuellt-och-evenemang/nyhetsarkiv/nyheter/2022-11-24-folj-kommunfullmaktiges-sammantrade.html
    c('Kommunfullmäktige sammanträder måndagen den 28 november. Du kan följa sammanträdet via webben.', '2022-11-28', ref=dt.date(2022, 11, 24), lang='sv', form='missing_year', span='måndagen den 28 november'),
    # https://www.hvidovre.dk/Politik/dagsordener-og-referater-fra-kommunalbestyrelsen-og-udvalg/politiske-udvalg/politiske-udvalg-2014-17/63/744?agendaid=899
    c('Dato: Tirsdag den 28. oktober 2014\nMødetidspunkt: Kl. 18:00\nMødested: KB-Salen', '2014-10-28T18:00:00', lang='da', form='time', span='Tirsdag den 28. oktober 2014\nMødetidspunkt: Kl. 18:00'),
    # https://stevns.dk/dagsorden/kommunalbestyrelsen-22-01-2020
    c('herunder at strategien sendes i 8 ugers offentlig høring fra mandag den 3. februar 2020.', '2020-02-03', lang='da', form='text', span='mandag den 3. februar 2020'),
    # http://docplayer.dk/4018936-2-ny-styrelsesvedtaegt-for-ballerup-kommune-2-behandling-endelig-vedtagelse-3.html
    c('Møde i Kommunalbestyrelsen mandag den 28. november 2005, Kl i Kommunalbestyrelsens mødesal REFERAT', '2005-11-28', lang='da', form='text', span='mandag den 28. november 2005'),
    # https://www.andalsnes-avis.no/nyheter/i/B3lprG/folg-kommunestyret-direkte
    c('28/2015 Protokoll - Kommunestyret - 08.09.2015', '2015-09-08', lang='no', form='text', span='08.09.2015'),
    # https://primariajibou.ro/site/hotararea-nr-68-din-28-iulie-2017/
    c('Având  raportul nr.8031 din 07.07.2017 al secretarului orașului Jibou', '2017-07-07', lang='ro', form='text', span='07.07.2017'),
    # https://docslib.org/doc/6757131/ob%C4%8Dinski-svet
    c('Številka: 032-7/2015-3 Datum: 22. 10. 2015', '2015-10-22', lang='sl', form='text', span='22. 10. 2015'),
    # https://www.uradni-list.si/glasilo-uradni-list-rs/vsebina/2022-01-2116/odlok-o-plovbnem-rezimu-na-obmocju-mestne-obcine-celje
    c('Uradni list RS, št. 88/2022 z dne 30. 6. 2022', '2022-06-30', lang='sl', form='text', span='30. 6. 2022'),
    # https://www.obcina-sevnica.si/index.php?mact=News,mae4e2,default,1&mae4e2number=5&mae4e2detailpage=news&mae4e2pagenumber=2&mae4e2returnid=2065&page=2065
    c('Člani občinskega sveta so na 9. redni seji, 25. septembra, podali soglasje k sistemizaciji delovnih mest v vrtcih', '2019-09-25', ref=dt.date(2019, 9, 27), lang='sl', form='missing_year', span='25. septembra'),
    # https://razlog.bg/wps/portal/municipality-razlog/municipal-council/protocols-and-decisions/
    c('Дата на публикуване: 09.02.2021\nПоследна актуализация: 02.06.2022', '2021-02-09', lang='bg', form='text', span='09.02.2021'),
    # https://www.salonicanews.com/2018/12/2017_20.html
    c('θα πραγματοποιηθεί σήμερα, Πέμπτη 20 Δεκεμβρίου 2018, στις 15.00, στην Αίθουσα Συνεδριάσεων', '2018-12-20T15:00:00', lang='el', form='time', span='Πέμπτη 20 Δεκεμβρίου 2018, στις 15.00'),
    # https://driffieldtowncouncil.gov.uk/town-council-information/council-meetings/
    c('Full Town Council December 6th 2022\nFull Town Council November 1st 2022', '2022-12-06', lang='en', form='text', span='December 6th 2022'),
    # http://www.benthamtowncouncil.co.uk/council-meetings/
    c('A Council meeting will be held on Monday 16 January 2017 at 7.00pm in the Lower Town Hall.', '2017-01-16T19:00:00', lang='en', form='time', span='Monday 16 January 2017 at 7.00pm'),
    # https://houselist.bowerypresents.com/tag/town-hall/
    c('Lucius Soar at Town Hall on Thursday Night\n\nMarch 23rd, 2018', '2018-03-23', lang='en', form='text', span='March 23rd, 2018'),
    # https://issuu.com/thetownhallnyc/docs/an_evening_with_t_bone_burnett
    c('SATURDAY, APRIL 5 2025 • 8PM', '2025-04-05T20:00:00', lang='en', form='time'),
    # http://top40-charts.com/news.php?nid=135186&string=Thursday
    c("On Thursday, May 24, 2018 - Bob Dylan's 77th birthday - The Town Hall will present", '2018-05-24', lang='en', form='text', span='Thursday, May 24, 2018'),
    # https://www.moradebre.cat/ajuntament/institucio/ple-municipal/convocatories-de-plens/
    c('Convocatòries 2024\n\n01. 29 de gener\n02. 29 de febrer', '2024-01-29', lang='ca', form='text', span='29 de gener'),
    # https://castelloli.cat/ajuntament/ple-municipal/ple-ordinari-09112023.html
    c('convoco els membres del Ple a la sessió ordinària que tindrà lloc dijous 9 de novembre de 2023 a les 20:00 hores, al Saló de Plens de la Casa de la Vila', '2023-11-09T20:00:00', lang='ca', form='time', span='dijous 9 de novembre de 2023 a les 20:00 hores'),
    # https://www.folgueroles.cat/ajuntament/ple-municipal/ple-extraordinari-de-constitucio-del-17-de-juny-de-2023.html
    c('s’ha convocat sessió extraordinària de constitució del Ple municipal, que es durà a terme el dia 17 de juny de 2023 a les 12’00 hores.', '2023-06-17T12:00:00', lang='ca', form='time', span='17 de juny de 2023 a les 12’00 hores'),
])
FAILURES.extend([
    # https://plataformasanantonio.blogspot.com/2013/03/pleno-jueves-28-de-marzo-las-18-h.html
    x('Hemos sido convocados al Pleno Ordinario que se celebra cada dos meses. Será este jueves a las 18 h. en el Salón de Plenos del Ayuntamiento.', 'no_date', lang='es', form='no_date'),
    # http://old.radiolotte.de/nachricht/11107
    x('Höhepunkt ist am Freitag nächster Woche der Auftritt des deutsch-türkischen Schriftstellers Feridun Zaimoglu', 'no_date', ref=dt.date(2008, 11, 19), lang='de', form='no_date'),
    # http://www.risor.kommune.no/politikk/moteinnkalling-protokoll/
    x('Møtene er ordinært på torsdager med møtestart kl. 17:00.', 'no_date', lang='no', form='no_date'),
    # https://www.radio-djakovo.hr/2012/09/umjesto-tematske-redovna-sjednica-gradskog-vijeca/
    x('Prva sjednica Gradskog vijeća nakon ljetne stanke održat će se u ponedjeljak s početkom u 9 sati,', 'no_date', lang='hr', form='no_date'),
])
# Held-back set F (5 Dec 2026): pages not read before, collected by a helper and scored
# after set E's fixes and before its own (97/103; see docs/dates.md, "Set F").
CASES.extend([
    # http://www.wspa2024.co.uk/key-dates
    c('EARLY BIRD & PRESENTER REGISTRATION ENDS\n\nFriday 29th March 2024 - 5pm GMT', '2024-03-29T17:00:00+00:00', lang='en', form='zone', tz='UTC', span='Friday 29th March 2024 - 5pm GMT'),
    # https://www.pcsi2024.si/important-dates/
    c('28 — 31 May 2024 Conference', '2024-05-28', '2024-05-31', lang='en', form='range', span='28 — 31 May 2024'),
    # https://iapnm24.ubi.pt/?p=1352
    c('PROGRAMME\n| 03.07.2024 (Wednesday) | ||', '2024-07-03', lang='en', form='text', span='03.07.2024 (Wednesday)'),
    # https://ecsbm2024.p.lodz.pl/information/important-dates
    c('| Early Registration Deadline | April 30, 2024 extended until May 26 |', '2024-04-30', lang='en', form='text', span='April 30, 2024'),
    # http://www.uclg-culturesummit2019.org/en/informacion-inscripcion
    c('Registration\n(from 21 February to 25 March 2019)', '2019-02-21', '2019-03-25', lang='en', form='range', span='from 21 February to 25 March 2019'),
    # https://eip-pediatrics-conference.ineip.org/cancellation_policy
    c("  • Cancel before 1 September 2024: 80% registration fee and 100% hotel booking refund (if booked via EIP's system).", '2024-09-01', lang='en', form='text', span='1 September 2024'),
    # https://ecoc2030.be/register
    c('Program of the day\n\nWhen? Friday 1 december 2023\nWhere? Auditorium, Royal Library of Belgium', '2023-12-01', lang='en', form='text', span='Friday 1 december 2023'),
    # https://50001seaps.eu/media/events-archive/?id=42&c=show&year=2014&month=9&p=1
    c('13 - 28 September 2014\n\n\nCommunity Energy Fortnight 2014\n\nUnited Kingdom', '2014-09-13', '2014-09-28', lang='en', form='range', span='13 - 28 September 2014'),
    # https://climate.brussels/the-2024-cities-mission-conference/
    c('The 2024 edition, ‘Empowering Cities – the Climate Neutral and Smart Cities Mission in Action’,  will be held in Valencia on 25-26 June 2024.', '2024-06-25', '2024-06-26', lang='en', form='range', span='25-26 June 2024'),
    # https://innovationinpolitics.eu/actnow/mayors-network/webinars
    c('Jan Gehl\n5 March 2021\nRead More »', '2021-03-05', lang='en', form='text', span='5 March 2021'),
    # https://ccre-cemr.org/?p=16367
    c('Small and medium sized cities and scaling up the digital transformation\nMonday 11 October 2021 | Registration', '2021-10-11', lang='en', form='text', span='Monday 11 October 2021'),
    # https://ec.europa.eu/regional_policy/hu/policy/communication/regional-offices/
    c('Meetings\n\nDate\n\nTopic\n\nSpeaker(s)\n\nVenue\n\n2-3/07/2019\n\nThe Commission’s cohesion policy proposals for 2021-2027 & state of negotiations', '2019-07-02', '2019-07-03', lang='en', form='range', span='2-3/07/2019'),
    # https://www.olln.be/fr/loisirs/culture/centre-culturel/notre-agenda/la-fete-des-voisins
    c('\nLa fête des voisins\n22 au 31 mai 2022\nLa fête des voisins, c’est un moment privilégié', '2022-05-22', '2022-05-31', lang='fr', form='range', span='22 au 31 mai 2022'),
    # https://www.ville-colombiers.fr/vie-pratique/mes-demarches/listes-electorales/?xml=N546
    c("Vérifié le 26/01/2023 - Direction de l'information légale et administrative (Première ministre)", '2023-01-26', lang='fr', form='text', span='26/01/2023'),
    # http://docplayer.fr/1406575-Secretaire-de-seance-mathieu-barbe.html
    c('1 194 SEANCE DU JEUDI 30 MARS 2006 A 19 HEURES PRESIDENT : M. Etienne PINTE, Maire', '2006-03-30T19:00:00', lang='fr', form='time', span='JEUDI 30 MARS 2006 A 19 HEURES'),
    # http://bougivalensemble.over-blog.com/page/20
    c('Conseil municipal de Bougival\nProchain : jeudi 27 juin 2019 à 20 heures 30\nDernier : jeudi 11 avril 2019', '2019-06-27T20:30:00', lang='fr', form='time', span='jeudi 27 juin 2019 à 20 heures 30'),
    # https://www.ville-rivery.fr/2025/10/07/report-de-la-reunion-publique-du-9-octobre
    c('La réunion publique initialement prévue le jeudi 9 octobre concernant le projet d’aménagement du parc municipal est reportée à une date ultérieure.', '2025-10-09', ref=dt.date(2025, 10, 7), lang='fr', form='missing_year', span='jeudi 9 octobre'),
    # https://platforma-dev.eu/fr/event/online-mayors-conference-local-governments-post-covid-19-socio-economic-recovery-south-east-europe
    c('Le 16 septembre 2020\n\nConférence des maires en ligne sur les gouvernements locaux dans la relance socio-économique post COVID-19 en Europe du Sud-Est', '2020-09-16', lang='fr', form='text', span='16 septembre 2020'),
    # http://enjoygotta.site/die-stadt-hat-per-allgemeinverfugung-alle-veranstaltungen/
    c('Die Stadt hat per Allgemeinverfügung alle Veranstaltungen ab 500 Pers. untersagt. Vorgabe gilt zunächst bis einschl. 19.04.2020.', '2020-04-19', lang='de', form='text', span='19.04.2020'),
    # https://www.heidelberg.de/7071_34581_34997_35029_214063_344861_345387.html
    c('Bitte beachten Sie die Ferienöffnungszeiten der städtischen Ämter und Dienststellen von 23. Dezember 2019 bis 3. Januar 2020Geschlossen sind die Ämter in jedem Fall', '2019-12-23', '2020-01-03', lang='de', form='range', span='von 23. Dezember 2019 bis 3. Januar 2020'),
    # https://www.muehldorf.de/1-Home.html?page=119
    c('Pressemitteilung vom 06.11.14\n\nim großen Sitzungssaal des Rathauses', '2014-11-06', lang='de', form='text', span='06.11.14'),
    c('dann könnt Ihr es erfahren am Donnerstag, 13. November um 15 Uhr. Susanne freut sich auf Euch!', '2014-11-13T15:00:00', ref=dt.date(2014, 11, 6), lang='de', form='time', span='Donnerstag, 13. November um 15 Uhr'),
    # https://www.bo-alternativ.de/2021/10/29/hinter-der-kiste-2/
    c('Freitag 29.10.21, 11:45 Uhr\nAnmeldung zur Begehung und Versammlung nur erwünscht aber nicht notwendig', '2021-10-29T11:45:00', lang='de', form='time', span='Freitag 29.10.21, 11:45 Uhr'),
    c('geschrieben, dass für die Teilnahme an der Bürgerversammlung am 3. 11. eine Anmeldung „nötig“ sei.', '2021-11-03', ref=dt.date(2021, 10, 29), lang='de', form='missing_year', span='3. 11.'),
    # https://www.torvizcon.es/municipio/noticias/CONVOCATORIA-Y-BASES-PARA-LA-CREACION-DE-UNA-BOLSA-DE-TRABAJO-DE-AUXILIARES-DE-AYUDA-A-DOMICILIO
    c('viernes 02 de mayo 2025\n\nBases de la convocatoria.', '2025-05-02', lang='es', form='text', span='viernes 02 de mayo 2025'),
    c('El lunes 5 de mayo comienza el plazo de presentación para la bolsa de Ayuda Domicilio de Torvizcón.', '2025-05-05', ref=dt.date(2025, 5, 2), lang='es', form='missing_year', span='lunes 5 de mayo'),
    # https://pdfslide.tips/documents/ayuntamientos-2021-7-2-bop-boletn-oficial-de-la-provincia-de-guadalajara.html
    c('B.O.P. DE GUADALAJARA, N.º 125 fecha: viernes, 02 de Julio de 2021 1', '2021-07-02', lang='es', form='text', span='viernes, 02 de Julio de 2021'),
    # http://docplayer.es/14445977-Boletin-oficial-de-la-provincia-de-huesca-martes-1-de-marzo-de-2011-numero-41-sumario-diputacion-provincial-de-huesca.html
    c('Boletín Oficial de la Provincia de Huesca. Martes, 1 de marzo de 2011 Número 41 SUMARIO', '2011-03-01', lang='es', form='text', span='Martes, 1 de marzo de 2011'),
    # http://aytoalgete.es/index.php?option=com_k2&view=item&id=604:bases-especificas-proveer-plaza-tecnico-recursos-humanos&Itemid=455
    c('  • Viernes, 30 Abril 2021 19:07\n\nANUNCIO', '2021-04-30T19:07:00', lang='es', form='time', span='Viernes, 30 Abril 2021 19:07'),
    # http://www.bocm.es/bocm-20200323-46
    c('Fecha del Boletín \n23-03-2020\n\nSección 3.10.20S: III. ADMINISTRACIÓN LOCAL AYUNTAMIENTOS', '2020-03-23', lang='es', form='text', span='23-03-2020'),
    # https://vdocuments.co/n-103-mircoles-27-agosto-de-2014-1-boletn-oficial-2016-12-5-por-los.html
    c('N.º 103 MIÉRCOLES, 27 AGOSTO DE 2014 1 Edita: DIPUTACIÓN PROVINCIAL', '2014-08-27', lang='es', form='text', span='MIÉRCOLES, 27 AGOSTO DE 2014'),
    # https://studylib.es/doc/7201003/ayuntamiento-de-montijo
    c('En Montijo (Badajoz), siendo las veinte horas del día veintiocho de Abril de dos mil\ndieciséis, se reúnen en el Salón de Sesiones de esta Casa Consistorial', '2016-04-28T20:00:00', lang='es', form='time', span='veinte horas del día veintiocho de Abril de dos mil\ndieciséis'),
    # https://www.dmf.unisalento.it/~fisica/riu/971127ver.html
    c("Il CCLF si e` riunito in data 27/11/97, nell'aula F1 del Dipartimento di Fisica alle ore hh.mm, per discutere il seguente O.d.G.", '1997-11-27', lang='it', form='text', span='27/11/97'),
    # https://uiciechi.it/documentazione/verbali/Testoverb.asp?id=237
    c('Data: 06/12/2017\nISTRUZIONE E FORMAZIONE', '2017-12-06', lang='it', form='text', span='06/12/2017'),
    c('si sono incontrati, come da programma, dalle 15:00 alle 17:00 del 12 dicembre 2017.', '2017-12-12T15:00:00', '2017-12-12T17:00:00', lang='it', form='time', span='15:00 alle 17:00 del 12 dicembre 2017'),
    # https://docplayer.it/124130535-Prima-giornata-nazionale-della-prevenzione-sismica-30-settembre-2018.html
    c('PRIMA GIORNATA NAZIONALE DELLA PREVENZIONE SISMICA 30 SETTEMBRE 2018', '2018-09-30', lang='it', form='text', span='30 SETTEMBRE 2018'),
    # https://123dok.org/document/q057pmol-quinquennio-scolastico.html
    c("All. B Det. 110/EPS del 08/10/2014 CAPITOLATO SPECIALE PER L'AFFIDAMENTO IN CONCESSIONE", '2014-10-08', lang='it', form='text', span='08/10/2014'),
    # http://docplayer.it/4321193-Verbale-della-riunione-del-22-gennaio-2014.html
    c("L'anno 2014, il giorno 22 del mese di Gennaio, alle ore 9.00 in Roma, nella sala dei Medaglioni", '2014-01-22T09:00:00', lang='it', form='time', span='22 del mese di Gennaio, alle ore 9.00'),
    # https://docplayer.pl/amp/163870793-Regulamin-rowerowego-rajdu-na-orientacje-organizowanego-w-dn-28-wrzesnia-2019-r-w-lakach-kolo-radzymina.html
    c('Regulamin ROWEROWEGO RAJDU NA ORIENTACJĘ organizowanego w dn. 28 września 2019 r. w Łąkach koło Radzymina', '2019-09-28', lang='pl', form='text', span='28 września 2019 r.'),
    # https://funduszenorweskie.rck.pila.pl/kultura-i-energia-na-wynos-harmonogram-wydarzen-2023/
    c('  1. „Kwieciste spotkanie ze sztuką” – 22.04.2023, Park na Wyspie, koncerty, pokazy', '2023-04-22', lang='pl', form='text', span='22.04.2023'),
    # https://www.radiopik.pl/?idp=2&idx=113358
    c('2023-09-29, 10:23 Redakcja\n\nParkrun w Grudziądzu to tylko jedna z wielu atrakcji w regionie/Fot. Archiwum', '2023-09-29T10:23:00', lang='pl', form='time', span='2023-09-29, 10:23'),
    c('Muzealnictwo medyczne – ogólnopolska konferencja\n\npiątek i sobota, 29-30 września, Muzeum Apteka „Pod Łabędziem”, ul. Gdańska 5', '2023-09-29', '2023-09-30', ref=dt.date(2023, 9, 29), lang='pl', form='range', span='piątek i sobota, 29-30 września'),
    c('piątek, 29 września, godz. 17:00, Muzeum Okręgowe, ul. Gdańska 4', '2023-09-29T17:00:00', ref=dt.date(2023, 9, 29), lang='pl', form='time', span='piątek, 29 września, godz. 17:00'),
    # https://radiopik.pl/2,106728,region&dtx=&szukaj=&s=3
    c('W sobotę i niedzielę (21–22 stycznia) Inowrocław będzie świętował rocznicę pierwszej pisanej wzmianki o mieście.', '2023-01-21', '2023-01-22', ref=dt.date(2023, 1, 20), lang='pl', form='range', span='21–22 stycznia'),
    # https://gorzow.eska.pl/tak-bawiliscie-sie-rok-temu-podczas-urodzin-gorzowa-zobaczcie-te-zdjecia-aa-W19B-ri2u-AeVd.html
    c('2023-06-30 11:23\n\nJuż w sobotę początek 766. urodzin Gorzowa Wielkopolskiego.', '2023-06-30T11:23:00', lang='pl', form='time', span='2023-06-30 11:23'),
    c('W sobotę (1 lipca) odbędzie się piknik, który zakończy się dyskoteką, a w niedzielę (2 lipca) będą koncerty', '2023-07-01', ref=dt.date(2023, 6, 30), lang='pl', form='missing_year', span='sobotę (1 lipca)'),
    # https://nvrr.nl/author/niels/page/23
    c('In aanloop naar Wet Open Overheid die per 1 mei 2022 in werking treedt, is er dus nog het nodige werk te verzetten.', '2022-05-01', lang='nl', form='text', span='1 mei 2022'),
    # https://repository.officiele-overheidspublicaties.nl/cvdr/CVDR696899/1/html/CVDR696899_1.html
    c('Datum ondertekening\n\nBron bekendmaking\n\nKenmerk voorstel\n\n08-06-2023nieuwe regeling\n\n30-05-2023', '2023-06-08', lang='nl', form='text', span='08-06-2023'),
    # https://www.gelderlander.nl/overbetuwe/samen-aan-zet-in-overbetuwe-feestelijke-ondertekening-coalitieprogramma~a2580d98/
    c('Dit coalitieprogramma is op 20 april 2022 besproken in de gemeenteraad.', '2022-04-20', lang='nl', form='text', span='20 april 2022'),
    # https://lexboost.com/rechtspraak/ECLI:NL:RBMNE:2024:6615
    c('Rechtbank Midden-Nederland\n\nDatum uitspraak\n25 november 2024\nPublicatiedatum\n4 december 2024', '2024-11-25', lang='nl', form='text', span='25 november 2024'),
    # https://lokaleregelgeving.overheid.nl/CVDR670659/
    c('Verordening op de heffing en de invordering van parkeerbelastingen Dordrecht\n\nGeldend van 01-07-2023 t/m 31-12-2023', '2023-07-01', '2023-12-31', lang='nl', form='range', span='van 01-07-2023 t/m 31-12-2023'),
    # https://zoek.officielebekendmakingen.nl/gmb-2026-90712.html
    c('Omgevingswet\n\n \n\n6 januari 2026\n\n \n\nInhoudsopgave', '2026-01-06', lang='nl', form='text', span='6 januari 2026'),
    # https://giro.matanorte.com/regioes/zona-da-mata/carpina/camara-de-carpina-publica-edital-para-eleicao-da-mesa/
    c('A eleição para escolha da presidência da Câmara de Carpina acontecerá, no próximo dia 01 de janeiro de 2021, ás 09hs, durante cerimônia de posse', '2021-01-01T09:00:00', lang='pt', form='time', span='01 de janeiro de 2021, ás 09'),
    # http://foconanoticia.com.br/noticia/1884/encontro-ira-debater-o-papel-dos-conselhos-municipais-em-congonhas
    c('Encontro irá debater o papel dos conselhos municipais em Congonhas\n\n23/08/2017\n\nA Casa dos Conselhos', '2017-08-23', lang='pt', form='text', span='23/08/2017'),
    c('A Casa dos Conselhos em Congonhas promove o II Encontro dos Conselhos nesta quarta-feira, 23, das 13h às 17h.', '2017-08-23T13:00:00', '2017-08-23T17:00:00', ref=dt.date(2017, 8, 23), lang='pt', form='time', span='quarta-feira, 23, das 13h às 17h'),
    # https://portalsamita.com/noticias/2022-01-06/6602/camara-de-sao-miguel-do-tapuio-divulga-calendario-das-sessoes-ordinarias-de-2022.html
    c('Publicada em 06/01/2022 - 13h32\nPor Da Redação', '2022-01-06T13:32:00', lang='pt', form='time', span='06/01/2022 - 13h32'),
    c('De acordo com o calendário, a abertura do ano Legislativo será dia 15 de fevereiro e as primeiras Sessões Ordinárias', '2022-02-15', ref=dt.date(2022, 1, 6), lang='pt', form='missing_year', span='15 de fevereiro'),
    c('Distribuição de cestas básicas | 18/04/2025, 08:52h', '2025-04-18T08:52:00', lang='pt', form='time', span='18/04/2025, 08:52h'),
    # http://www.clarecoco.ie/ga/your-council/voting/council-elections/
    c('Tionóladh na Toghcháin Áitiúla ar an 5 Meitheamh 2009 chun na 32 suíochán i gComhairle Contae an Chláir a líonadh.', '2009-06-05', lang='ga', form='text', span='5 Meitheamh 2009'),
    # https://www.chg.gov.ie/ga/gaeltacht/islands/public-consultation-airstrips/
    c('Ba é 19 Bealtaine 2017 an spriocdháta d’ aighneachtaí a fháil.', '2017-05-19', lang='ga', form='text', span='19 Bealtaine 2017'),
    # https://www.mostalocalcouncil.com/events/read/19/
    c('Il-Kunsill Lokali tal-Mosta sejjer iżomm il-laqgħa annwali tal-lokalita nhar il-Ħamis 5 ta’ Diċembru 2019 fis-6.00pm fil-boardroom tal-Kunsill Lokali', '2019-12-05T18:00:00', lang='mt', form='time', span='Ħamis 5 ta’ Diċembru 2019 fis-6.00pm'),
    # http://www.xaghra.com/article/2017/02/laqgha-tal-kunsill-lokali-frar-2017/
    c('Ser issir laqgħa tal-Kunsill Lokali tax-Xagħra nhar it-Tlieta 14 ta’ Frar 2017 fl-4.30pm fl-uffiċċju amministrattiv tal-Kunsill.', '2017-02-14T16:30:00', lang='mt', form='time', span='Tlieta 14 ta’ Frar 2017 fl-4.30pm'),
    # https://www.florianalocalcouncil.com/2018/04/19/laqgha-informattiva-it-tnejn-23-ta-april-2018-fis-7-00pm/
    c('Il-laqgħa ser tinżamm fil-Kunsill Lokali tal-Floriana nhar it-Tnejn, 23 ta’ April 2018 fis-7.00pm\n\nIr-residenti huma mħeġġa li jattendu', '2018-04-23T19:00:00', lang='mt', form='time', span='Tnejn, 23 ta’ April 2018 fis-7.00pm'),
    # http://www.xaghra.com/article/2008/05/02/avviz-dwar-is-separazzjoni-ta-l-iskart/
    c('Il-Kunsill Lokali Xaghra javza li ninn nhar it-Tnejn 5 ta’ Mejju 2008 se jibda jsir il-gbir ta’ skart separat minn Ghawdex.', '2008-05-05', lang='mt', form='text', span='Tnejn 5 ta’ Mejju 2008'),
    # https://www.hunathing.is/is/stjornsysla/stjornir-og-rad/fundargerdir/sveitarstjorn/194
    c('Sveitarstjórn\n\n394. fundur 09. október 2025 kl. 15:00 - 16:04 í Ráðhúsinu', '2025-10-09T15:00:00', '2025-10-09T16:04:00', lang='is', form='time', span='09. október 2025 kl. 15:00 - 16:04'),
    # https://www.skeidgnup.is/is/stjornsysla/fundargerdir/sveitarstjorn/256
    c('               Fundur í sveitarstjórn Skeiða-og Gnúpverjahrepps í Árnesi miðvikudaginn 7. desember  2016  kl. 14:00.', '2016-12-07T14:00:00', lang='is', form='time', span='miðvikudaginn 7. desember  2016  kl. 14:00'),
    # https://www.ry.is/is/stjornsysla/stjornsysla/fundargerdir/hreppsnefnd-rangarthings-ytra/1299
    c('- fundur hreppsnefndar Rangárþings ytra, haldinn að Suðurlandsvegi 1, Hellu,\nfimmtudaginn 10. febrúar 2011, kl. 13.00', '2011-02-10T13:00:00', lang='is', form='time', span='fimmtudaginn 10. febrúar 2011, kl. 13.00'),
    c('Fyrir liggur tillaga leikskólastjóra um sumarlokun beggja leikskóla frá 5. júlí – 8. ágúst.', '2011-07-05', '2011-08-08', ref=dt.date(2011, 2, 10), lang='is', form='range', span='frá 5. júlí – 8. ágúst'),
    # https://www.arborg.is/stjornsysla/stjornkerfi/fundargerdir/DisplayMeeting.aspx?id=keRaGeoy4USHgJcCcenOhw1&text=
    c('Haldinn í Grænumörk 5, Selfossi,\n27.04.2022 og hófst hann kl. 17:00', '2022-04-27T17:00:00', lang='is', form='time', span='27.04.2022 og hófst hann kl. 17:00'),
    # https://www.stykkisholmur.is/is/stjornsyslan/stjornun/fundargerdir/baejarstjorn/35
    c('407. fundur 25. janúar 2022 kl. 17:00 í bæjarstjórnarsal', '2022-01-25T17:00:00', lang='is', form='time', span='25. janúar 2022 kl. 17:00'),
    # https://www.vakfikebir.bel.tr/Guncel_Meclis-Kararlari_ARALIK-2022-2-BIRLESIM-TR.html
    c('BİRLEŞİM TARİH VE SAATİ : 08.12.2022 – 11.00\n\nBELEDİYE BAŞKANI : Muhammet BALTA', '2022-12-08T11:00:00', lang='tr', form='time', span='08.12.2022 – 11.00'),
    c('Vakfıkebir Belediyesi Aralık 2022 meclis toplantısı ikinci birleşimi 08.12.2022 Perşembe günü saat 11.00’de belediye meclis toplantı salonunda', '2022-12-08T11:00:00', lang='tr', form='time', span='08.12.2022 Perşembe günü saat 11.00'),
    # https://haberdar.com.tr/silivri/silivri-belediyesinin-2023-yili-yaz-sezonu-festivaller-programi-belirlendi-h73535.html
    c('21-22-23 Temmuz 2023 61. Silivri Yoğurt Festivali Kültür ve Sanat Şenlikleri', '2023-07-21', '2023-07-23', lang='tr', form='range', span='21-22-23 Temmuz 2023'),
    # https://bursahevadis.com/geleneksel-ihlamur-festivali-basliyor
    c('Geleneksel Ihlamur Festivali başlıyor\n24 Temmuz 2024 12:27\n71\nA+\nA-', '2024-07-24T12:27:00', lang='tr', form='time', span='24 Temmuz 2024 12:27'),
    # https://gazetetrakya.com/Haber/Kaynarca_Geleneksel_Su_Festivali_20_Agustosta_basliyor/734626.html
    c('Kaynarca Belediyesi’nce geleneksel olarak düzenlenen Su Festivali bu yıl 20-21 Ağustos 2022 tarihlerinde gerçekleştirilecek.', '2022-08-20', '2022-08-21', lang='tr', form='range', span='20-21 Ağustos 2022'),
    # https://plantdergisi.com/haber-cicegin-festivali-basliyor-742.html
    c('15 Mayıs 2013 Çarşamba günü saat 19.00’da Narlıdere Belediyesi tarafından düzenlenen okullar', '2013-05-15T19:00:00', lang='tr', form='time', span='15 Mayıs 2013 Çarşamba günü saat 19.00'),
    # https://nov-rada.gov.ua/2022/01/20/21-sichnia-vidbudetsia-kontsert-do-dnia-sobornosti-ukrainy/
    c('З нагоди Дня Соборності України, 21 січня о 15:00 у малій концертній залі міського Палацу культури відбудеться захід «Ми – це Україна».', '2022-01-21T15:00:00', ref=dt.date(2022, 1, 20), lang='uk', form='time', span='21 січня о 15:00'),
    # http://topnews.zt.ua/culture/2020/08/05/152707.html
    c('Тож, вже у цю п’ятницю 07 серпня о 18:00 запрошуємо відвідати мистецький захід.', '2020-08-07T18:00:00', ref=dt.date(2020, 8, 5), lang='uk', form='time', span='07 серпня о 18:00'),
    # https://olgopil.osv.org.ua/news/1626869127
    c('Людмила Люлько ознайомила із Указом Президента України від 21.10.2020 №459/2020 "Про відзначення 30-ї річниці незалежності України"', '2020-10-21', lang='uk', form='text', span='21.10.2020'),
    # https://zp.gov.ua/uk/articles/item/3096/svyato-ivana-kupala-bilya-palacu-kulturi-zavodskij
    c('Свято «Івана Купала» біля палацу культури «Заводський»\n\n04.07.2018 17:30\n\n7 липня управління культури', '2018-07-04T17:30:00', lang='uk', form='time', span='04.07.2018 17:30'),
    # https://zhidachiv-miskrada.gov.ua/news/1762519591/
    c('Дата: 07.11.2025 14:39\nКількість переглядів: 94', '2025-11-07T14:39:00', lang='uk', form='time', span='07.11.2025 14:39'),
    # https://fdocuments.ec/document/badatoz-2011ko-otxomaioak-162-2-aurkibidea-aldizkari-hau-ingurugiroa-errespetatzen.html
    c('SAHARAKO UMEAK HARTZEKO KANPAINA\n\n13.or Epea maiatzaren 16an bukatuko da', '2011-05-16', ref=dt.date(2011, 5, 1), lang='eu', form='missing_year', span='maiatzaren 16an'),
    # https://noaua.eus/usurbil/1543485316669-kilometroak-15-eko-aurkezpen-ekitaldirako-sarrerak-agortu-dira
    c('Baina are jende gehiago beharko da, bai urtean zehar ospatuko diren ekimenetarako, edota 2015ko urriaren 4rako. Une honetan', '2015-10-04', lang='eu', form='text', span='2015ko urriaren 4'),
    # https://goierri.hitza.eus/2025/12/10
    c('Gizarte Zentroak tradizioz, musikaz eta elkartasunez betetako egitaraua prestatu du abenduaren 21etik 31ra, komunitatea batzeko.', '2025-12-21', '2025-12-31', ref=dt.date(2025, 12, 10), lang='eu', form='range', span='du abenduaren 21etik 31ra'),
    # http://www.cambre.es/destacados-es/xv-xornadas-castrexas/?lang=es
    c('As XV Xornadas Castrexas terán lugar os días 14 e 15 de outubro de 2017 coas seguintes condicións:', '2017-10-14', '2017-10-15', lang='gl', form='range', span='14 e 15 de outubro de 2017'),
    c('  • Prazo de inscrición: desde o 26 de setembro ata o 6 de outubro de 2017.', '2017-09-26', '2017-10-06', lang='gl', form='range', span='desde o 26 de setembro ata o 6 de outubro de 2017'),
    # https://www.coruna.gal/web/gl/actualidade/axenda/axenda-eventos/evento/programa-de-lecer-outono-2021/suceso/1453772996901
    c('Cando:\n\nDende o 01/10/2021 ata o 23/12/2021\n\nPreinscrición: do 8 ao 11 de setembro de 2021.', '2021-10-01', '2021-12-23', lang='gl', form='range', span='Dende o 01/10/2021 ata o 23/12/2021'),
    # https://www.aeginaportal.gr/aftodioikisi/anakoinoseis-dimou/5786-2011-05-09-09-47-25.html
    c('Κατόπιν τούτου παρακαλούμε όλους τους Συλλόγους , Φορείς , Οργανώσεις και ομάδες πολιτών που επιθυμούν να καταχωρίσουν την εκδήλωσή τους στο ενιαίο αυτό πρόγραμμα εκδηλώσεων να μας ενημερώσουν έως και την 31η Μαΐου 2011 .', '2011-05-31', lang='el', form='text', span='31η Μαΐου 2011'),
    # https://old.anagnostis.org/2020/02/27/akyrothike-lygoyriatiko-karnabali/
    c('αποφασίστηκε η μη συμμετοχή του Δήμου στις καρναβαλικες εκδηλώσεις σύμφωνα με την ΚΥΑ της 27/02/2020.', '2020-02-27', lang='el', form='text', span='27/02/2020'),
    # https://atnews.gr/%CE%BB%CE%BF%CF%85%CF%84%CF%81%CE%B1%CE%BA%CE%B9-%CF%83%CF%85%CE%BD%CE%B5%CE%B4%CF%81%CE%B9%CE%AC%CE%B6%CE%B5%CE%B9-%CF%84%CE%BF-%CE%B4-%CF%83-%CF%84%CE%BF%CF%85-%CE%B4%CE%AE%CE%BC%CE%BF%CF%85-7/
    c('Τακτική συνεδρίαση του Δημοτικού Συμβουλίου θα πραγματοποιηθεί την 1η Φεβρουαρίου 2021, ημέρα Δευτέρα και ώρα 19:00, για συζήτηση και λήψη Απόφασης', '2021-02-01T19:00:00', lang='el', form='time', span='1η Φεβρουαρίου 2021, ημέρα Δευτέρα και ώρα 19:00'),
    # https://bihorstiri.ro/primaria-oradea-isi-asteapta-colindatorii
    c('Moş Crăciun se va întâlni cu colindătorii la Primărie în perioada 17 – 21 decembrie, între orele 10:00 – 13:00.', '2018-12-17T10:00:00', '2018-12-21T13:00:00', ref=dt.date(2018, 11, 28), lang='ro', form='time', span='17 – 21 decembrie, între orele 10:00 – 13:00'),
    # https://hcl.usr.ro/ct/2011/h306
    c('Consiliul Local al Municipiului Constanța, întrunit în ședința ordinara din data de    15.12.2011_■', '2011-12-15', lang='ro', form='text', span='15.12.2011'),
    # https://desinic.hr/obavijest-o-otvorenom-savjetovanju-sa-zainteresiranom-javnoscu/
    c('2024-02-27\n\nObavještavaju se svi zainteresirani da je sukladno Zakonu o pravu na pristup informacijama (NN 25/13, 85/15, 69/22) otvoreno savjetovanje', '2024-02-27', lang='hr', form='text', span='2024-02-27'),
    # https://www.zakon.hr/c/podzakonski-propis/671347/nn-127-2025-%288.10.2025.%29%2C-uredba-o-nacinu-i-uvjetima-obavljanja-traganja-i-spasavanja-na-unutarnjim-vodama
    c('Baza je ažurirana 12.02.2026. zaključno sa NN 133/25 EU 2024/2679', '2026-02-12', lang='hr', form='text', span='12.02.2026'),
    # https://www.viskovci.hr/category/izbori/
    c('Za dan održavanja izbora određena je  nedjelja, 07. svibnja 2023. godine. … Read more', '2023-05-07', lang='hr', form='text', span='nedjelja, 07. svibnja 2023. godine'),
])
FAILURES.extend([
    # https://www.waadhoeke.nl/meldenbijeenkomst
    x('Sportkantines mogen maximaal acht dagen per jaar een activiteit organiseren om de clubkas te spekken. Dit mogen ook commerciële activiteiten en evenementen zijn. De eindtijd voor de activiteit is uiterlijk 01.00 uur.', 'no_date', lang='nl', form='no_date'),
    # https://www.beekdaelen.nl/klein-evenement-organiseren
    x(' 2. het evenement tussen 9.00 en 24.00 uur plaats vindt;\n 3. geen muziek ten gehore wordt gebracht vóór 10.00 uur of na 23.00 uur;', 'no_date', lang='nl', form='no_date'),
    # https://ciarrai.ie/cruinnithecomhairle/
    x('Reachtáltar Cruinnithe Comhairle ar an tríú Luan de gach mí, seachas mí Mheán Fómhair nuair a reáchtáltar ar an dara Luan é', 'no_date', lang='ga', form='no_date'),
    # https://busturialdea.hitza.eus/2020/03/11
    x('Haitz Biribilek antolatutako hitzaldia 18:00etan hasiko da, zapatuan. Ondoren, Amaren Alabak taldeak kontzertua eskainiko du.', 'no_date', ref=dt.date(2020, 3, 11), lang='eu', form='no_date'),
    # https://campiaturzii.ro/serviciul-public-comunitar-local-de-evidenta-a-persoanelor/
    x('*ALOCAREA NUMERELOR DE ORDINE PENTRU ELIBERAREA CĂRȚILOR DE IDENTITATE SE FACE ÎN FIECARE ZI DE LUNI, PENTRU ÎNTREAGA SĂPTĂMÂNĂ, ÎNCEPÂND CU ORA 08:30', 'no_date', lang='ro', form='no_date'),
    # https://www.dalmacijadanas.hr/grad-zagreb-nije-osigurao-prikljucke-za-struju-potrebnu-za-odrzavanje-programa-i-prijenos/
    x('Uoči dočeka rukometaša na Trgu bana Josipa Jelačića koji se treba održati u ponedjeljak u 18 sati, iz Gradske uprave se doznaje', 'no_date', ref=dt.date(2026, 2, 2), lang='hr', form='no_date'),
])
# Held-back set G (5 Dec 2026): pages not read before, collected by a helper and scored
# after set F's fixes and before its own (97/110; see docs/dates.md, "Set G").
CASES.extend([
    # https://buergerverein-burgkunstadt.de/index.php?direction=next&oldid=17470&title=Stadtratssitzung-2015-05-12
    c('zur: Sitzung des Stadtrates\n\nam: Dienstag, 12.05.2015 um 19:30 Uhr\n\nim: Sitzungssaal des Rathauses', '2015-05-12T19:30:00', lang='de', form='time', span='Dienstag, 12.05.2015 um 19:30 Uhr'),
    # https://schloss-waldegg.so.ch/startseite/oeffnungszeiten/
    c('Am 12. und 13. September 2023 ist das Museum aufgrund des Aufbaus einer neuen Ausstellung geschlossen.', '2023-09-12', '2023-09-13', lang='de', form='range', span='12. und 13. September 2023'),
    c('Das Museum bleibt vom 12. Dezember 2022 bis am 31. März 2023 während der Winterpause geschlossen. Wiedereröffnung: 1. April 2023.', '2022-12-12', '2023-03-31', lang='de', form='range', span='vom 12. Dezember 2022 bis am 31. März 2023'),
    # https://dachauer-galerien-museen.de/events/internationaler-museumstag
    c('Wann\n\n18. Mai 2025    \n13:00 - 17:00\n\nVeranstaltungstyp', '2025-05-18T13:00:00', '2025-05-18T17:00:00', lang='de', form='time', span='18. Mai 2025    \n13:00 - 17:00'),
    # http://ditmarsium.de/
    c('Wir\nhoffen, ab 1.Mai 2021 wieder (unter\n"Corona-Bedingungen") öffnen zu können', '2021-05-01', lang='de', form='text', span='1.Mai 2021'),
    # https://guermantes.fr/fr/actualites/5eme-vague-allegement-progressif-des-mesures-sanitaires
    c('Fermeture estivale de la mairie\nLa mairie sera fermée tous les samedis du 12 juillet au 23 août 2025.', '2025-07-12', '2025-08-23', lang='fr', form='range', span='du 12 juillet au 23 août 2025'),
    # http://mairie-bouloc.fr/vie-municipale/actualite/1460-fermeture-exceptionnelle-des-ecoles-et-services-enfances-les-1er-et-2-juillet-2025-en-raison-de-la-canicule
    c('le service de restauration seront entièrement fermés les mardi 1er et mercredi 02 juillet 2025.', '2025-07-01', '2025-07-02', lang='fr', form='range', span='mardi 1er et mercredi 02 juillet 2025'),
    # https://www.kauniainen.fi/sv/kultur-och-fritid/biblioteket/oppettider/
    c('Registrera dig som meröppetanvändare\n\nFrån och med 1.11.2023 kan de meröppna biblioteken användas av bibliotekskunder', '2023-11-01', lang='sv', form='text', span='1.11.2023'),
    # https://sn.dk/Fredensborg/Tre-biblioteker-har-aabent-for-selvbetjening-tre-af-julens-dage/artikel/1390551?rss
    c('Har man fri i juleugen og mangler læsestof, er der nu godt nyt. Den 28., 29. og 30. december vil Fredensborg og Humlebæk Bibliotek være åbne for selvbetjening.', '2020-12-28', '2020-12-30', ref=dt.date(2020, 12, 1), lang='da', form='range', span='28., 29. og 30. december'),
    # http://docplayer.dk/1357731-Byraadet-referat-moededato-torsdag-den-27-03-2008.html
    c('Download "Byrådet REFERAT. Mødedato: Torsdag den 27-03-2008"', '2008-03-27', lang='da', form='text', span='Torsdag den 27-03-2008'),
    # http://docplayer.dk/2007834-Egebjerg-kommune-kommunalbestyrelsen-referat.html
    c('Mødested: Udsendelsesdato: Afbud fra: Onsdag den 15-maj-2002 Kommunalbestyrelsens mødelokaler', '2002-05-15', lang='da', form='text', span='Onsdag den 15-maj-2002'),
    # https://www.hyvinkaa.fi/kulttuuri-ja-vapaa-aika/kirjasto/aukioloajat-ja-yhteystiedot/poikkeukselliset-aukioloajat
    c('24.-28.12. Joulu suljettu\n31.12. Uudenvuoden aatto 9-16', '2025-12-24', '2025-12-28', ref=dt.date(2025, 12, 8), lang='fi', form='range', span='24.-28.12.'),
    c('Hakalan kirjasto\n\n2025\n19.12.-6.1. Joulun ja uudenvuoden aika suljettu', '2025-12-19', '2026-01-06', ref=dt.date(2025, 12, 8), lang='fi', form='range', span='19.12.-6.1.'),
    # https://www.tampere.fi/ajankohtaista/2024/03/25/kirjastojen-paasiaisen-aukioloajat
    c('Kiirastorstaina 28.3. kirjastot suljetaan kello 17 tai normaalien aukioloaikojen mukaan, jos se on tätä aikaisempi.', '2024-03-28T17:00:00', ref=dt.date(2024, 3, 25), lang='fi', form='time', span='28.3. kirjastot suljetaan kello 17'),
    # https://nokiankaupunki.fi/ajankohtaista/kirjaston-aukioloajat-kevaalla-2025
    c('Pääkirjasto\nAukioloajat kevätkaudella (1.1.-31.5.2025)\nma 8.30-19 (omatoimi 8.30-12)', '2025-01-01', '2025-05-31', lang='fi', form='range', span='1.1.-31.5.2025'),
    c('Kirjastoauto\nAattopäivinä kirjastoauto kulkee klo 13 asti.\nKevätkauden reitit alkavat to 2.1.2025', '2025-01-02', lang='fi', form='text', span='2.1.2025'),
    # https://www.kkdvyskov.cz/prazdninova-provozni-doba-knihovny-1
    c('Provoz Knihovny Karla Dvořáčka v období letních prázdnin od 1. 7. do 1. 9. 2019\n\nOtevřeno: pondělky a pátky od 9.00 do 17.00 h.', '2019-07-01', '2019-09-01', lang='cs', form='range', span='od 1. 7. do 1. 9. 2019'),
    # https://mesto-senov.cz/knihovna-senovske-muzeum/
    c('Vláda s účinností ode dne 27. prosince 2020 do 10. ledna2021', '2020-12-27', '2021-01-10', lang='cs', form='range', span='27. prosince 2020 do 10. ledna2021'),
    # https://knihovnavidce.cz/2020/10/knihovna-hlasi-zavreno/
    c('Vám oznamujeme, že s účinností od čtvrtka 22.10.2020 od 06:00 hodin bude Místní knihovna Vidče  uzavřena.', '2020-10-22T06:00:00', lang='cs', form='time', span='čtvrtka 22.10.2020 od 06:00 hodin'),
    # http://www.kmol.cz/8308-otevreni-knihovny/
    c('Kdy: 27. dubna 2020 08:00 -\n\nKde: Hlavní budova, Pobočky knihovny\n\nCo: upozornění', '2020-04-27T08:00:00', lang='cs', form='time', span='27. dubna 2020 08:00'),
    c('Výpůjčky půjčené před uzavřením knihovny jsou automaticky prodlouženy do 29. května 2020.', '2020-05-29', lang='cs', form='text', span='29. května 2020'),
    # https://www.obecnice.cz/uprava-urednich-hodin-na-ou-obecnice/
    c('Na základě usnesení vlády České republiky ze dne 8. října 2020 číslo 994 dochází po dobu trvání nouzového stavu', '2020-10-08', lang='cs', form='text', span='8. října 2020'),
    # https://www.troubky-zdislavice.cz/aktualne/hlaseni/uprava-oteviraci-doby-ou-pro-verejnost-529cs.html
    c('Poslední aktualizace: 16. 3. 2020 9:04\nAutor: Ondřej Varaďa', '2020-03-16T09:04:00', lang='cs', form='time', span='16. 3. 2020 9:04'),
    # http://www.cikhaj.cz/oznameni-o-zruseni-urednich-hodin/
    c('o dočasném omezení provozu Obecního úřadu Cikháj spočívajícím v úplném zrušení úředních hodin v termínu od 16. března 2020 12:00 hodin až do zrušení tohoto mimořádného opatření.', '2020-03-16T12:00:00', lang='cs', form='time', span='16. března 2020 12:00 hodin'),
    # https://www.obecnovosad.sk/--23-206-oznam
    c('OZNAM\n\n 13.03.2020\n\nO Z N A M', '2020-03-13', lang='sk', form='text', span='13.03.2020'),
    c('prijíma od pondelka 16.03.2020 až do odvolania nasledujúce opatrenia:', '2020-03-16', lang='sk', form='text', span='pondelka 16.03.2020'),
    # https://archiv.spisskanovaves.eu/index.php?id=1175&type=98&tx_ttnews%5Btt_news%5D=
    c('Zasadnutie konané 22. 12. 2009\n\n13. mimoriadne zasadnutie mestského zastupiteľstva', '2009-12-22', lang='sk', form='text', span='22. 12. 2009'),
    # https://www.szeretgom.hu/content/53457-ismet-rendkivuli
    c('Ismét rendkívüli\n\n2009. 05. 19. 11:53\n\nA képviselőket jelenleg próbálja elérni az önkormányzat', '2009-05-19T11:53:00', lang='hu', form='time', span='2009. 05. 19. 11:53'),
    # https://szegedinap.hu/helyi/2024/12/27/egy-par-napig-zarva-tart-a-somogyi-konyvtar
    c('A központi könyvtár (Dóm tér 1–4.) 2024. december 22. és 2025. január 1-je között zárva tart.', '2024-12-22', '2025-01-01', lang='hu', form='range', span='2024. december 22. és 2025. január 1-je között'),
    c('Az újév első nyitvatartási napja 2025. január 2. (csütörtök) 13.00.', '2025-01-02T13:00:00', lang='hu', form='time', span='2025. január 2. (csütörtök) 13.00'),
    c('Valamennyi közülük 2025. január 6-án 10 órakor nyitja meg kapuit.', '2025-01-06T10:00:00', lang='hu', form='time', span='2025. január 6-án 10 órakor'),
    # https://zirovnica.si/obvestila-obcina/2-izredna-seja-obcinskega-sveta-obcine-zirovnica-13-10-2017/
    c('2. IZREDNO SEJO OBČINSKEGA SVETA OBČINE ŽIROVNICA,  ki bo v PETEK, dne 13. OKTOBRA 2017, ob 18.00 uri,  NA OBČINI ŽIROVNICA, BREZNICA 3', '2017-10-13T18:00:00', lang='sl', form='time', span='13. OKTOBRA 2017, ob 18.00 uri'),
    # https://zirovnica.si/obvestila-obcina/1-konstitutivna-seja-obcinskega-sveta-mandat-2018-2022/
    c('Številka: 900-0001/2018 – 1 konstitutivna\nDatum: 22.11.2018', '2018-11-22', lang='sl', form='text', span='22.11.2018'),
    # https://uradni-list.si/glasilo-uradni-list-rs/vsebina/2022-01-1318/poslovnik-obcinskega-sveta-obcine-postojna-uradno-precisceno-besedilo---upb1
    c('Št. 007-1/2015\nPostojna, dne 13. aprila 2022\nŽupan', '2022-04-13', lang='sl', form='text', span='13. aprila 2022'),
    # https://knjiznica-sevnica.si/o-knjiznici/odpiralni-casi.html
    c('POLETNI DELOVNI ČAS\nIzposojevališče bo ZAPRTO od 16. julija do 15. avgusta 2019.', '2019-07-16', '2019-08-15', lang='sl', form='range', span='od 16. julija do 15. avgusta 2019'),
    # https://www.knjiznica-medvode.si/obratovalni-cas-knjiznica-medvode/
    c('Obratovalni čas od 1. 1. 2024 do 25. 6. 2024 in od 1. 9. 2024 do 31. 12. 2024:', '2024-01-01', '2024-06-25', lang='sl', form='range', span='od 1. 1. 2024 do 25. 6. 2024'),
    c('  • 6.6. – 8. 6. 2024 inventura knjižničnega gradiva,', '2024-06-06', '2024-06-08', lang='sl', form='range', span='6.6. – 8. 6. 2024'),
    # https://savus.si/knjiznica-bo-odprla-svoja-vrata/
    c('Zamudnine za izposojo knjig ne bodo zaračunavali za obdobje od 16. marca do 10. maja 2020.', '2020-03-16', '2020-05-10', lang='sl', form='range', span='od 16. marca do 10. maja 2020'),
    # https://knjiznica-dravograd.si/obvestilo-o-odprtju-knjiznice/
    c('Od 4. 5. 2020 do 8. 5. 2020 bomo omogočili samo vračanje izposojenega gradiva od 7.00 do 15.00 ure.', '2020-05-04T07:00:00', '2020-05-08T15:00:00', lang='sl', form='time', span='Od 4. 5. 2020 do 8. 5. 2020 bomo omogočili samo vračanje izposojenega gradiva od 7.00 do 15.00 ure'),
    # http://os-sozopol.org/?x=more&article=protokoli&id=38
    c('ПРОТОКОЛ №28/17.11.2005 г\n\n\nПРОТОКОЛ №28', '2005-11-17', lang='bg', form='text', span='17.11.2005'),
    c('Днес, 17.11.2005 г.от 9.30 ч., Общински съвет Созопол проведе двадесет и осмото /извънредно/ заседание', '2005-11-17T09:30:00', lang='bg', form='time', span='17.11.2005 г.от 9.30 ч.'),
    # https://saulkrasti.lv/jaunumi/pasvaldiba-un-sabiedriba/domes-priekssedetaja-vietnieks-sasauc-domes-arkartas-sedi/
    c('pamatojoties uz domes deputātu pieprasījumu, 2018.gada 27.decembrī plkst. 18:20 sasauc domes ārkārtas sēdi.', '2018-12-27T18:20:00', lang='lv', form='time', span='2018.gada 27.decembrī plkst. 18:20'),
    # https://jelgava.lv/jaunumi/no-1-junija-bibliotekas-pariet-uz-vasaras-darba-laiku
    c('No 1. jūnija bibliotēkas pāriet uz vasaras darba laiku\n29/05/2024\n\nVasaras periodā', '2024-05-29', lang='lv', form='text', span='29/05/2024'),
    c('Vasaras periodā, no 1. jūnija līdz 31. augustam, Jelgavas Pilsētas bibliotēka un tās filiāles', '2024-06-01', '2024-08-31', ref=dt.date(2024, 5, 29), lang='lv', form='range', span='no 1. jūnija līdz 31. augustam'),
    # https://www.zz.lv/kultura-un-izklaide/no-1-septembra-jelgavas-bibliotekas-stradas-pec-ziemas-darba-laika-260427
    c('No 1. septembra līdz 31. maijam Jelgavas pilsētas bibliotēka un tās filiāles strādās pēc ziemas darba laika', '2021-09-01', '2022-05-31', ref=dt.date(2021, 8, 1), lang='lv', form='range', span='No 1. septembra līdz 31. maijam'),
    # https://jelgavasbiblioteka.lv/aktualitates/jaunumi/jelgavas-pilsetas-bibliotekam-svetkos-mainits-darba-laiks-1499
    c('Jelgavas pilsētas bibliotēkām svētkos mainīts darba laiks\n2022. gada 14. novembris\n17. novembrī', '2022-11-14', lang='lv', form='text', span='2022. gada 14. novembris'),
    # https://silale.lt/2023/04/del-pirmojo-naujai-isrinktos-silales-rajono-savivaldybes-tarybos-posedzio/
    c('š a u k i u  pirmąjį naujai išrinktos Šilalės rajono savivaldybės tarybos posėdį 2023 m. balandžio 27 d. 10.00 val. Šilalės rajono savivaldybės posėdžių salėje', '2023-04-27T10:00:00', lang='lt', form='time', span='2023 m. balandžio 27 d. 10.00 val.'),
    # https://silales-artojas.lt/aktualijos/naujienos?start=1160
    c('- Perskaitė: 1463 kartai\n- Atnaujinta Penktadienis, 13 sausio 2017 09:17', '2017-01-13T09:17:00', lang='lt', form='time', span='Penktadienis, 13 sausio 2017 09:17'),
    # https://abiblioteka.lt/lt/struktura-ir-kontaktai/filialu-darbo-laikas
    c('N u s t a t a u darbo laiką nuo 2021 metų gegužės 1 dienos iki  gegužės 31 dienos Akmenės rajono savivaldybės viešojoje bibliotekoje', '2021-05-01', '2021-05-31', lang='lt', form='range', span='nuo 2021 metų gegužės 1 dienos iki  gegužės 31 dienos'),
    # https://www.birstonasvb.lt/struktura-ir-kontaktai-darbo-laikas/
    c('Pietų pertrauka 12.00–13.00 val.\n\nPaskutinį kartą redaguota: 2024-05-02', '2024-05-02', lang='lt', form='text', span='2024-05-02'),
    c('2024 m. švaros dienos bibliotekoje:\n\n  • Vasario 29 d. (ketvirtadienis);', '2024-02-29', lang='lt', form='text', span='Vasario 29 d. (ketvirtadienis)'),
    # https://anyksciuvb.lt/lt/naujienos/5373-bibliotekos-lankytojams
    c('NUTARIMAS DĖL LIETUVOS RESPUBLIKOS VYRIAUSYBĖS 2020 M. LAPKRIČIO 4 D. NUTARIMO NR. 1226', '2020-11-04', lang='lt', form='text', span='2020 M. LAPKRIČIO 4 D.'),
    # https://www.tallinn.ee/et/linnavolikogu-istungid
    c('Linnavolikogu annab üldaktidena määrusi ning võtab üksikaktidena vastu otsuseid.\n\nViimati muudetud 09.02.2022', '2022-02-09', lang='et', form='text', span='09.02.2022'),
    # https://saarde.kovtp.ee/et/uudised-ja-teated/-/asset_publisher/xdikigP1bz1P/content/saarde-vallavolikogu-istu-5?redirect=https%3A%2F%2Fsaarde.kovtp.ee%2Fet%2Fuudised-ja-teated
    c('toimub volikogu istung kolmapäeval, 01. juulil 2020. a algusega kell 10.00 Tihemetsa Huvi- ja Spordikeskuses aadressil Valga mnt 21', '2020-07-01T10:00:00', lang='et', form='time', span='kolmapäeval, 01. juulil 2020. a algusega kell 10.00'),
    # https://www.elvl.ee/15/02/06-tallinn-
    c('Tallinn, Viru Konverentsikeskus, 15. veebruar 2006 10:00-14:00.', '2006-02-15T10:00:00', '2006-02-15T14:00:00', lang='et', form='time', span='15. veebruar 2006 10:00-14:00'),
    c('15/02/06 (Tallinn)\n\n22.08.19', '2006-02-15', lang='et', form='text', span='15/02/06'),
    # https://www.riigiteataja.ee/akt/404012018005
    c('Valga Vallavolikogu töökord\n\nVastu võetud 22.12.2017 nr 13\n, rakendatakse 1.01.2018.', '2017-12-22', lang='et', form='text', span='22.12.2017'),
    # https://www.riigiteataja.ee/akt/429092017021
    c('Teksti liik:algtekst-terviktekst\nRedaktsiooni jõustumise kp:02.10.2017\nRedaktsiooni kehtivuse lõpp:30.06.2022', '2017-10-02', lang='et', form='text', span='02.10.2017'),
    # https://hiiuleht.ee/edukas-katseaeg-kardla-raamatukogu-jaab-avatuks-oopaevaringselt/
    c('Tulles vastu lugejate soovile, võimaldas raamatukogu 1. maist kuni 1. oktoobrini kasutada Kärdla raamatukogu teenuseid ööpäev läbi', '2025-05-01', '2025-10-01', ref=dt.date(2025, 10, 14), lang='et', form='range', span='1. maist kuni 1. oktoobrini'),
    # https://lokaleregelgeving.overheid.nl/CVDR734398/1
    c('Verordening voor de raadscommissies Hendrik-Ido-Ambacht 2022\n\nGeldend van 21-01-2025 t/m heden', '2025-01-21', lang='nl', form='text', span='21-01-2025'),
    # https://www.bibliotheekzuidkennemerland.nl/over-ons/nieuwsoverzicht/zomerrooster.html
    c('Zomerrooster bij alle bibliotheekvestigingen\n\nGepubliceerd op: 19 juli 2023 12:15', '2023-07-19T12:15:00', lang='nl', form='time', span='19 juli 2023 12:15'),
    c('Om dit mogelijk te maken zijn een aantal vestigingen van 22 juli tot en met 3 september een dag in de week gesloten, of eerder dicht.', '2023-07-22', '2023-09-03', ref=dt.date(2023, 7, 19), lang='nl', form='range', span='van 22 juli tot en met 3 september'),
    # https://boomer-log.blogspot.com/2008/05/eten-uitgaan-gids-de-leukste-festivals.html
    c('Gids: de leukste festivals in juni\n\ndonderdag 29 mei 2008 15:39', '2008-05-29T15:39:00', lang='nl', form='time', span='donderdag 29 mei 2008 15:39'),
    c('Pinkpop\nLandgraaf 30 mei – 1 juni\nGoed nieuws voor late beslissers', '2008-05-30', '2008-06-01', ref=dt.date(2008, 5, 29), lang='nl', form='range', span='30 mei – 1 juni'),
    c('Mooi Weer Spelen\nDelft 6 t/m 8 juni', '2008-06-06', '2008-06-08', ref=dt.date(2008, 5, 29), lang='nl', form='range', span='6 t/m 8 juni'),
    # https://www.nu.nl/uit/5251583/festivals-in-mei-bezoeken-waard.html
    c('Breda Jazz Wanneer: 10 tot 14 mei\n\nWaar: Centrum Breda', '2018-05-10', '2018-05-14', ref=dt.date(2018, 5, 1), lang='nl', form='range', span='10 tot 14 mei'),
    # http://www.pzc.nl/maikel-harte/t-haot-deu~a18e2c8f/
    c('Zaterdag 8 juli gaan we ouderwets knallen met de Lamaketta’s en daar heb ik verschrikkelijk veel zin in.', '2017-07-08', ref=dt.date(2017, 4, 1), lang='nl', form='missing_year', span='Zaterdag 8 juli'),
    # https://www.volkskrant.nl/cultuur-media/piepende-gitaren-of-kleinkunst-in-de-tuin-bij-dirk-en-carla-elk-klein-festival-heeft-zijn-eigen-charme~b68aeb02/
    c('MadNes\n\nWaar: Ameland\n\nWanneer: 30 juni-2 juli\n\nEntreeprijs: € 174,50 (uitverkocht)', '2023-06-30', '2023-07-02', ref=dt.date(2023, 6, 1), lang='nl', form='range', span='30 juni-2 juli'),
    # http://vennesla.kommune.no/Kunngjoringer/Planer-til-horingoffentlig-ettersyn/
    c('Frist for å gi uttalelse og eventuelt fremme innsigelse skal være minst seks uker.\n\nPublisert\n10.12.2010\nSist endret\n25.10.2012', '2010-12-10', lang='no', form='text', span='10.12.2010'),
    # https://www.vestfoldfylke.no/no/planportalen/meny/roller-og-samhandling/horingsfrister/
    c('Publisert: 02.05.2018 Oppdatert: 15.02.2021 kl.17:11', '2018-05-02', lang='no', form='text', span='02.05.2018'),
    c('Oppdatert: 15.02.2021 kl.17:11', '2021-02-15T17:11:00', lang='no', form='time', span='15.02.2021 kl.17:11'),
    # https://sn.dk/Koege-Onsdag/AAbent-kulturhus-og-koncert-med-Lune-Carlsen/artikel/884301?rss
    c('Åbent kulturhus og koncert med Lune Carlsen\n\nKøge Onsdag - 31. oktober 2019 kl. 13:08\n\nBorup Kulturhus holder åbent hus', '2019-10-31T13:08:00', lang='da', form='time', span='31. oktober 2019 kl. 13:08'),
    c('Borup Kulturhus holder åbent hus og holder koncert med Lune Carlsen søndag den 17. november.', '2019-11-17', ref=dt.date(2019, 10, 31), lang='da', form='missing_year', span='søndag den 17. november'),
    # https://lokalplaner.holbaek.dk/for-udvidelse-af-lokalcenter-ved-kalundborgvej/formaal-og-indhold/borgerinddragelse/
    c('Forfase\nDer er gennemført en offentlig høringsperiode fra fra den 11. marts 2019 til den 9. april 2019.', '2019-03-11', '2019-04-09', lang='da', form='range', span='fra den 11. marts 2019 til den 9. april 2019'),
    # http://www.vindlov.se/sv/steg-for-steg/medelstora-anlaggningar/provningsprocessen/miljobalksanmalan/remiss-och-yttrande/
    c('Anmälaren ska beredas tillfälle att bemöta inkomna synpunkter.\n\nPublicerad: 2015-11-23\nÄndrad: 2015-11-24', '2015-11-23', lang='sv', form='text', span='2015-11-23'),
    # https://kultunaut.dk/perl/arrmore/type-nynaut/version-musikskole?ArrNr=17762870
    c('Torsdag den 5. september 2024, kl. 19.\n\nArrangør: Viborg Bibliotekerne', '2024-09-05T19:00:00', lang='da', form='time', span='Torsdag den 5. september 2024, kl. 19'),
    # https://sommarunderhallningen.se/
    c('Kulturförvaltningen följer myndigheternas rekommendationer för att förhindra smittspridning av det nya coronaviruset.\nSenast uppdaterad 2020-04-30.', '2020-04-30', lang='sv', form='text', span='2020-04-30'),
    # https://bollebygd.se/upplevaochgora/nyheter/upplevaochgora/bokningavkommunenslokaler.5.3747c7a9179e57b3c70177e3.html
    c('Förbudet gäller preliminärt till och med 15 augusti 2021.', '2021-08-15', lang='sv', form='text', span='15 augusti 2021'),
    # https://info-flash.com/info-flash/actualites/france/pays-de-la-loire/maine-et-loire/18304-ecouflant/76857993-enquete-publique-de-voirie-declassement-rue-des-belles-rives.html
    c('Cette enquête se déroulera du lundi 26 août au lundi 9 septembre 2024 inclus, à la Mairie d’Ecouflant, aux heures d’ouvertures.', '2024-08-26', '2024-09-09', lang='fr', form='range', span='du lundi 26 août au lundi 9 septembre 2024'),
    # https://www.midilibre.fr/2012/04/08/enquetes-publiques,483456.php
    c('Les pièces des dossiers, ainsi que les registres d’enquêtes cotés et paraphés par le Commissaire-Enquêteur seront déposés à la Mairie du mercredi 11 avril au vendredi 27 avril 2012 inclus.', '2012-04-11', '2012-04-27', lang='fr', form='range', span='du mercredi 11 avril au vendredi 27 avril 2012'),
    c('Celui-ci recevra en personne le public, en Mairie lors des permanences qui se dérouleront : le mercredi 11 avril de 10h à 12h et le vendredi 27 avril 2012, de 15h à 17h.', '2012-04-11T10:00:00', '2012-04-11T12:00:00', ref=dt.date(2012, 4, 8), lang='fr', form='time', span='mercredi 11 avril de 10h à 12h et le vendredi 27 avril 2012, de 15h à 17h'),
    # https://www.skn.sk/novinky/oznam-pre-citatelov-a-navstevnikov-kniznice-2
    c('Oznam pre čitateľov a návštevníkov knižnice\n\n  • Od 19. 1. 2022 sa menia podmienky vstupu do knižnice.', '2022-01-19', lang='sk', form='text', span='19. 1. 2022'),
    # https://www.svkpo.sk/novinky/75/zatvorenie-kniznice-pre-verejnost
    c('bude knižnica v dňoch 26.-30. októbra 2020 pre verejnosť zatvorená.', '2020-10-26', '2020-10-30', lang='sk', form='range', span='26.-30. októbra 2020'),
    c('nebude žiadať sankčné poplatky za nevrátenie dokumentov, ktorým uplynie lehota vrátenia v dňoch 24.10.-1.11.2020 a nebude možné ich predĺžiť.', '2020-10-24', '2020-11-01', lang='sk', form='range', span='24.10.-1.11.2020'),
    # https://ospomorie.bg/rshenija-ot-dvadeset-i-chetvarto-izvanredno-zasedanie-provedeno-na-05-08-2021g/
    c('ОТ 24-ТО/ИЗВЪНРЕДНО/ ЗАСЕДАНИЕ\n\nПРОВЕДЕНО НА 05.08.2021г.\n\n/мандат 2019-2023г./', '2021-08-05', lang='bg', form='text', span='05.08.2021г.'),
    c('По т.1. от дневния ред:„ ОС-512/02.08.2021г.- Докладна записка от Иван Алексиев – Кмет на Община Поморие', '2021-08-02', lang='bg', form='text', span='02.08.2021г.'),
    # https://sandanski.bg/%D0%BD%D0%BE%D1%80%D0%BC%D0%B0%D1%82%D0%B8%D0%B2%D0%BD%D0%B8-%D0%B4%D0%BE%D0%BA%D1%83%D0%BC%D0%B5%D0%BD%D1%82%D0%B8/%D0%BD%D0%B0%D1%80%D0%B5%D0%B4%D0%B1%D0%B8/%D0%BD%D0%B0%D1%80%D0%B5%D0%B4%D0%B1%D0%B0-%D0%B7%D0%B0-%D0%BE%D0%BF%D1%80%D0%B5%D0%B4%D0%B5%D0%BB%D1%8F%D0%BD%D0%B5%D1%82%D0%BE-%D0%B8-%D0%B0%D0%B4%D0%BC%D0%B8%D0%BD%D0%B8%D1%81%D1%82%D1%80%D0%B8/
    c('понеделник, 17.03.2014\n\n \n\nНАРЕДБА ЗА ОПРЕДЕЛЯНЕТО И АДМИНИСТРИРАНЕТО НА МЕСТНИТЕ ТАКСИ', '2014-03-17', lang='bg', form='text', span='понеделник, 17.03.2014'),
    # http://icc-hofmann.eu/cgi-bin/docorder?FM_ND=2025070900361967836
    c('Anforderung der Unterlagen bis :\n15.03.2027\nAngebotsabgabe bis :\n14.08.2025\nDokumententyp : Ausschreibung', '2027-03-15', lang='de', form='text', span='15.03.2027'),
    c('OJ S 129/2025 09/07/2025\nAuftrags- oder Konzessionsbekanntmachung Standardregelung', '2025-07-09', lang='de', form='text', span='09/07/2025'),
    # http://icchofmann.de/cgi-bin/docorder?FM_ND=2021011109073907502
    c('Dokument-Nr. ( ID / ND ) : 2021011109073907502 / 9489-2021\nVeröffentlicht :\n11.01.2021\nAngebotsabgabe bis :\n08.02.2021', '2021-01-11', lang='de', form='text', span='11.01.2021'),
    # https://www.augsburger-allgemeine.de/augsburg-land/stadtbergen-am-mittwoch-ist-bieranstich-zum-stadtberger-stadtfest-id70622241.html
    c('Vom 8. bis zum 12. Mai verwandelt sich die Stadtbergener Sportanlage wieder zu einem Festplatz mit buntem Programm.', '2024-05-08', '2024-05-12', ref=dt.date(2024, 5, 1), lang='de', form='range', span='Vom 8. bis zum 12. Mai'),
    # https://www.delmagyar.hu/helyi-gazdasag/2022/11/energiavalsag-bezarhat-a-szegedi-polgarmesteri-hivatal
    c('Takarékossági okokból, január 2-a és 6-a között igazgatási szünet lehet a Polgármesteri Hivatalban.', '2023-01-02', '2023-01-06', ref=dt.date(2022, 11, 1), lang='hu', form='range', span='január 2-a és 6-a között'),
    # https://fehervarihirek.hu/?p=54498
    c('Igazgatási szünetet rendelnek el a székesfehérvári Polgármesteri Hivatalban 2025. december 22. és 2026. január 4. között.', '2025-12-22', '2026-01-04', lang='hu', form='range', span='2025. december 22. és 2026. január 4. között'),
    # https://dunaujvaros.com/hirek/202311/tajekoztato_a_teli_igazgatasi_szunetrol?page=1
    c('Dunaújváros közgyűlése úgy határozott, hogy a Polgármesteri Hivatal idei munkarendjében 2023. december 27. napjától 2024. január 1. napjáig 3 munkanap igazgatási szünetet rendel el.', '2023-12-27', '2024-01-01', lang='hu', form='range', span='2023. december 27. napjától 2024. január 1.'),
    c('– december 27. (szerda) 8-10 óra között\n– december 28. (csütörtök) 8-10 óra között', '2023-12-27T08:00:00', '2023-12-27T10:00:00', ref=dt.date(2023, 11, 15), lang='hu', form='time', span='december 27. (szerda) 8-10 óra'),
    # https://www.salem.se/kommun--politik/moten-handlingar-och-protokoll/oppna-sammantraden/
    c('Kommunens nämndsammanträden är öppna för allmänheten, efter beslut som fattades i kommunfullmäktige 1998-06-11 § 48.', '1998-06-11', lang='sv', form='text', span='1998-06-11'),
    c('Sammanträdena börjar i regel kl 19 och ärendelistor finns i kommunens reception samt på biblioteket.\n\nSenast uppdaterad 26 april 2019', '2019-04-26', lang='sv', form='text', span='26 april 2019'),
    # https://astorp.se/kommun-och-politik/kommunens-organisation/moten-handlingar-och-protokoll/kommunstyrelsens-protokoll-och-kallelser.html
    c('Det justerade protokollet finns att tillgå på kommunkansliet.\n\nTidigare års handlingar från kommunstyrelsen\n\nKontakt\n\nSenast ändrad • 2020-05-04', '2020-05-04', lang='sv', form='text', span='2020-05-04'),
    # https://www.musee-moyenage.fr/le-musee/actualites/musee-de-cluny-en-mutations/travaux-au-musee-de-cluny.html
    c("Le frigidarium (salle 1) et la salle Notre-Dame (salle 5) seront fermés du 14 octobre au 19 novembre 2024 pour le montage de l'exposition", '2024-10-14', '2024-11-19', lang='fr', form='range', span='du 14 octobre au 19 novembre 2024'),
])
FAILURES.extend([
    # http://www.eigersund.kommune.no/saksdokumenter-til-hovedarbeidsmiljoeutvalgets-moete-13-11-2017.6052385-156272.html
    x('Møtet holdes i formannskapssalen med møtestart kl. 08:00.', 'no_date', lang='no', form='no_date'),
    # https://kajaani.cloudnc.fi/fi-FI/Toimielimet/Kaupunginvaltuusto/Kokous_2342024/Kokouksen_laillisuus_ja_paatosvaltaisuus(41251)
    x('Iltakouluasiana käsiteltiin talouden sopeuttamissuunnitelman päivityksen tilannekatsaus klo 17.30 alkaen.', 'no_date', lang='fi', form='no_date'),
    # http://www.libvar.bg/index.php/openhours/
    x('Книгозаемане\n\nПонеделник – петък: 8.30 – 19.30 ч.\n\nСъбота: 9.00-18.00 ч.', 'no_date', lang='bg', form='no_date'),
    # https://srsvb.lt/biblioteku-darbo-laikas
    x('  • pirmadieniais–penktadieniais biblioteka dirba 10.00–18.30 val.\n  • šeštadieniais biblioteka dirba 9.00–17.30 val.', 'no_date', lang='lt', form='no_date'),
    # https://www.tallinn.ee/et/linnavolikogu-istungid
    x('  • Linnavolikogu korralised istungid toimuvad paarisnädala neljapäeval algusega kell 16.00.', 'no_date', lang='et', form='no_date'),
    # http://docplayer.me/1299957-Motei-kalli-g-kommunestyret.html
    x('Møte nr. 5/2009 Kommunestyret holder møte torsdag kl på Rådhuset.', 'no_date', lang='no', form='no_date'),
])
# Held-back set H (5 Dec 2026): pages not read before, collected by a helper and scored
# after set G's fixes and before its own (91/94; see docs/dates.md, "Set H").
CASES.extend([
    # https://byron.infocouncil.biz/RedirectToInvalidFileName.aspx?FileName=MBAC_11042024_AGN_1850.HTM%2A%24PDF2_ReportName_12161
    c('Date |\nThursday, 11 April 2024 |\nTime |\n1.00pm |', '2024-04-11T13:00:00', lang='en', form='time', span='Thursday, 11 April 2024 |\nTime |\n1.00pm'),
    # http://www.waikatodistrict.govt.nz/getdoc/f9072f40-ecee-4ca2-b154-bcb9abcf7778/Public-consultation.aspx
    c('Open from 16/02/2015 to 16/03/2015', '2015-02-16', '2015-03-16', lang='en', form='range', span='from 16/02/2015 to 16/03/2015'),
    # https://jelia2023.inf.tu-dresden.de/registration
    c('Standard\nAug 7th until Sep 6th, 2023', '2023-08-07', '2023-09-06', lang='en', form='range', span='Aug 7th until Sep 6th, 2023'),
    c('For each accepted paper at least one author needs to be registered by 3rd August 2023.', '2023-08-03', lang='en', form='text', span='3rd August 2023'),
    # http://eurocities.eu/eurocities/documents/Press-release-Mayors-urge-EU-and-national-leaders-to-rethink-Europe-with-cities-WSPO-AFPLXC
    c('inviting them to a Summit of Mayors in Brussels on 7 March 2017 to discuss how to work together.', '2017-03-07', lang='en', form='text', span='7 March 2017'),
    # https://www.pragueshibari.com/2018/workshops-registration-process-2018/
    c('Online registration is open till 24.9.2018. Link to registration form:', '2018-09-24', lang='en', form='text', span='24.9.2018'),
    # https://jelia2023.inf.tu-dresden.de/registration
    c('public transport during the event 20-22 September 2023.', '2023-09-20', '2023-09-22', lang='en', form='range', span='20-22 September 2023'),
    # https://science.lpnu.ua/eot-2023/important-dates
    c('09.11.2023 Registration of participants, opening of the conference, plenary lectures, sessions.', '2023-11-09', lang='en', form='text', span='09.11.2023'),
    # https://icactw.blogspot.com/2022/12/organising-side-events-at-66th-cnd-in.html
    c('needs to send a final list of ‘supporters’ via email to copying all ‘supporters/co-sponsors’ no later than 15 February 2022.', '2022-02-15', lang='en', form='text', span='15 February 2022'),
    # https://eurocities.eu/latest/brussels-declaration-calls-for-ambitious-eu-urban-policy/
    c('Brussels declaration calls for ambitious EU urban policy\n\n25 January 2024\n\nWith the European elections just months away', '2024-01-25', lang='en', form='text', span='25 January 2024'),
    # https://international.brussels/2024/03/summit-of-regions-and-cities-brussels-presents-the-european-mayors-declaration/?lang=en
    c('On 18 and 19 March, the tenth European Summit of Regions and Cities, organised by the European Committee of the Regions, took place in Mons.', '2024-03-18', '2024-03-19', ref=dt.date(2024, 3, 1), lang='en', form='range', span='18 and 19 March'),
    # https://salle421.eu/2025/11/28/dans-les-coulisses-de-la-communication-parisienne-immersion-a-la-dicom-de-la-ville-de-paris
    c('Le vendredi 3 octobre, les services de la direction de la communication (DiCom) de la Ville de Paris ont ouvert leurs portes', '2025-10-03', ref=dt.date(2025, 11, 28), lang='fr', form='missing_year', span='vendredi 3 octobre'),
    # http://static.lyon.fr/pdf/200009/cr/20005697.htm
    c('EXTRAITS DES DEBATS DE LA SEANCE DU 18/09/2000', '2000-09-18', lang='fr', form='text', span='18/09/2000'),
    # https://dokumen.tips/documents/proces-verbal-seance-du-26-mars-2018-lyonfr-a-main-levee-madame-mina-hajri.html
    c('Le lundi 26 mars 2018 à 14 heures 30, Mesdames et Messieurs les Membres du Conseil municipal, dûment convoqués le 19 mars 2018 en séance publique', '2018-03-26T14:30:00', lang='fr', form='time', span='lundi 26 mars 2018 à 14 heures 30'),
    # https://ensemblepourustaritz.com/49-cm-du-28-09-2024/
    c('Il informe que par courrier daté du 13 septembre 2023, Monsieur DeniS ROUAULT a exprimé le souhait de se démettre de ses fonctions', '2023-09-13', lang='fr', form='text', span='13 septembre 2023'),
    # https://pdfslide.fr/documents/le-moulin-aux-nouvelles-novembre-2018-3-dito-chres-mardsiennes-chers.html
    c('Le 11 novembre 1918 est une date clé dans l’histoire de la France, de l’Europe et du monde.', '1918-11-11', lang='fr', form='text', span='11 novembre 1918'),
    # https://www.centrepresseaveyron.fr/2024/05/24/la-fete-votive-de-juillet-se-prepare-11972362.php
    c('Le week-end de la fête des 5, 6 et 7 juillet approche et les réunions se multiplient pour le préparer.', '2024-07-05', '2024-07-07', ref=dt.date(2024, 5, 24), lang='fr', form='range', span='5, 6 et 7 juillet'),
    # http://www.ladepeche.fr/article/2014/08/19/1936132-la-saint-julien-le-prochain-week-end.html
    c('Infos Pratiques\n\nDate : 22 août au 25 août', '2014-08-22', '2014-08-25', ref=dt.date(2014, 8, 19), lang='fr', form='range', span='22 août au 25 août'),
    # http://www.muelheim-ruhr.de/cms/pressekonferenzen-mitteilungen1.html
    c('Kontakt\n\n\nStand: 19.03.2013\n\n[schließen]', '2013-03-19', lang='de', form='text', span='19.03.2013'),
    # http://www.guenter-baechle.de/blog/index.php?/categories/5-Enzkreis/P3.html
    c('Das dazu beschlossene Gesetz wirkt seit dem 1. Januar 1973.', '1973-01-01', lang='de', form='text', span='1. Januar 1973'),
    # https://stadt-bobingen.de/buergerversammlung-am-mittwoch-den-14.-november-um-20.00-uhr
    c('Themen, die besonders angesprochen werden sollen, sind bis spätestens 2. November 2018 bei der Stadtverwaltung einzureichen.', '2018-11-02', lang='de', form='text', span='2. November 2018'),
    # https://www.mannheim.de/de/stadt-gestalten/politik/gemeinderat
    c('(Stand: 21.02.2018) entnommen werden. Beachten Sie bitte, dass sich auch kurzfristig Änderungen ergeben können.', '2018-02-21', lang='de', form='text', span='21.02.2018'),
    # https://amt-schlei-ostsee.de/sitzungstermine/sitzungstermine/09/001/n-111.htm
    c('über die öffentliche Sitzung der Gemeindevertretung der Gemeinde Güby vom 12.12.2012.', '2012-12-12', lang='de', form='text', span='12.12.2012'),
    # https://www.ayto-villacanada.es/tu-ayuntamiento/comunicacion/notas-de-prensa/page/169
    c('12 noviembre, 2020|\n\nEl Ayuntamiento renueva con la Fundación Ayuda a los Animales el acuerdo para gestionar las colonias felinas', '2020-11-12', lang='es', form='text', span='12 noviembre, 2020'),
    # https://diario.madrid.es/blog/notas-de-prensa/page/110
    c('El Comité de Crisis Diana Marisol Vázquez Rojas, constituido tras su asesinato el pasado 30 de diciembre de 2024 en el distrito de Usera, presuntamente a manos de su pareja', '2024-12-30', lang='es', form='text', span='30 de diciembre de 2024'),
    # https://intranet.caib.es/eboibfront/es/2024/11980/690902/convocatoria-de-subvenciones-por-concurrencia-comp
    c('Por acuerdo de la Junta de Gobierno Local de fecha 6 de septiembre de 2024, se aprobó la convocatoria de subvenciones por concurrencia competitiva', '2024-09-06', lang='es', form='text', span='6 de septiembre de 2024'),
    # https://www.bocm.es/2014-10-15-245031020140030
    c('Fecha del Boletín \n15-10-2014', '2014-10-15', lang='es', form='text', span='15-10-2014'),
    c('En la sesión de Pleno celebrada por este Ayuntamiento el día 26 de septiembre de 2014, se acordó la aprobación inicial de las bases reguladoras', '2014-09-26', lang='es', form='text', span='26 de septiembre de 2014'),
    # http://docplayer.es/34386724-Pliego-general-de-condiciones-de-adjudicacion-de-las-viviendas-municipales-destinadas-a-alquiler.html
    c('Expediente 06-GC / Fecha de calificación definitiva 20 de Junio de 1997 Este expediente afecta a 8 viviendas.', '1997-06-20', lang='es', form='text', span='20 de Junio de 1997'),
    # http://capoversi.it/tag/comunicato/
    c('Genova, 4 agosto 1854.\n\nGiuseppe Garibaldi', '1854-08-04', lang='it', form='text', span='4 agosto 1854'),
    c('(Italia del Popolo, 7 agosto 1854.)', '1854-08-07', lang='it', form='text', span='7 agosto 1854'),
    # http://qualitapa.gov.it/sitoarcheologico/www.urp.it/sito-storico/www.urp.it/Sezione.jsp-titolo=Chi+firma+i+comunicati+stampa_&idSezione=1094.html
    c('2/12/2005 - URP INPDAP ANCONA - Andrea Fiordelmondo -', '2005-12-02', lang='it', form='text', span='2/12/2005'),
    # https://www.gazzettadiparma.it/il-mio-comune/provincia/2019/08/23/news/polenta_tiro_con_la_slitta_e_feste_country_la_lunga_agenda_della_domenica-1607148/
    c('23 agosto 2019, 10:37\n\nPolenta, tiro con la slitta e feste country: la lunga agenda della domenica', '2019-08-23T10:37:00', lang='it', form='time', span='23 agosto 2019, 10:37'),
    # https://www.unitipersottoilmonte.it/blog/2020/08/31/week-end-in-famiglia/
    c('Si comincia VENERDÌ 4 settembre, con una serata informativa a tema medico “La memoria e i suoi problemi“', '2020-09-04', ref=dt.date(2020, 8, 31), lang='it', form='missing_year', span='VENERDÌ 4 settembre'),
    # https://concorsi.it/scheda/73181-concorso-pubblico-per-titoli-ed-esami-ad-un-posto-dellarea-b-posizione-economica-b1-profilo-operatore-gestionale
    c('Fonte: Gazzetta Ufficiale Repubblica Italiana N. 94 del 27-11-2007', '2007-11-27', lang='it', form='text', span='27-11-2007'),
    c('AUTOMOBILE CLUB DI ALESSANDRIA\nCONCORSO   (scad.  27 dicembre 2007)', '2007-12-27', lang='it', form='text', span='27 dicembre 2007'),
    # https://123dok.org/document/zlglvvdl-comune-di-castiglion-fiorentino-provincia-di-arezzo.html
    c('Vista la Deliberazione della Giunta Comunale n. 24/2020 del 03/02/2020 con la quale si delibera di approvare il progetto', '2020-02-03', lang='it', form='text', span='03/02/2020'),
    # https://123dok.org/document/yngn8dep-programmazione-territoriale-progetti-speciali-servizio-rigenerazione-urbana-emilia.html
    c('Richiamata la deliberazione dell’Assemblea Legislativa della Regione Emilia-Romagna del 20 dicembre 2018, n. 186', '2018-12-20', lang='it', form='text', span='20 dicembre 2018'),
    # https://lawinsider.com/it/contracts/eSShtrIkUzD
    c('RETTIFICATO CON LA DETERMINAZIONE N.. 120 GEN DEL 11/12/2018', '2018-12-11', lang='it', form='text', span='11/12/2018'),
    # https://www.comune.bari.it/-/avviso-pubblico-per-la-rigenerazione-creativa-di-aree-in-abbandono-poc-ba-i-3-1-e
    c('Data di pubblicazione: 19 aprile 2019', '2019-04-19', lang='it', form='text', span='19 aprile 2019'),
    # https://gminawschowa.pl/event/konsultacje-spo%C5%82eczne-w-sprawie-statut%C3%B3w-so%C5%82ectw
    c('Data: \n14.10.2019 15:00 do 19:00', '2019-10-14T15:00:00', '2019-10-14T19:00:00', lang='pl', form='time', span='14.10.2019 15:00 do 19:00'),
    c('Termin zgłaszania opinii za pomocą formularza ustalony zostaje w dniach 11-14 października  2019 r.', '2019-10-11', '2019-10-14', lang='pl', form='range', span='11-14 października  2019 r.'),
    # https://bibliotekakolbiel.pl/konsultacje-spoleczne/
    c('Konsultacje społeczne w sprawie wniosku o nadanie statusu miasta miejscowości Kołbiel zostaną przeprowadzone w terminie od dnia 28 lutego 2023 r. do dnia 14 marca 2023 r.', '2023-02-28', '2023-03-14', lang='pl', form='range', span='od dnia 28 lutego 2023 r. do dnia 14 marca 2023 r.'),
    # http://www.pobiedziska.pl/konsultacje-spoleczne-projekty-statutow-solectw-gminy-pobiedziska/
    c('W dniach od 15-29 września 2023 r. odbędą się konsultacje społeczne dotyczące projektów Statutów Sołectw Gminy Pobiedziska.', '2023-09-15', '2023-09-29', lang='pl', form='range', span='od 15-29 września 2023 r.'),
    # https://prochowice.com/konsultacje-spoleczne-prochowice-28-10-2021/
    c('(spotkanie konsultacyjne odbędzie się w dniu 28.10.2021 r. o godz. 16:00 w Urzędzie Miasta i Gminy Prochowice (Rynek 1, Prochowice – Sala narad).', '2021-10-28T16:00:00', lang='pl', form='time', span='28.10.2021 r. o godz. 16:00'),
    # https://lomianki.pl/pl/kalendarium-wydarzen/4306,23-kwietnia.html
    c('organizacja spotkania z mieszkańcami Łomianek w dniu 23 kwietnia 2013 r. godz. 18.00\nw siedzibie firmy Polsound w Łomiankach', '2013-04-23T18:00:00', lang='pl', form='time', span='23 kwietnia 2013 r. godz. 18.00'),
    # https://malomice.pl/aktualnosci/konsultacje-spoleczne-projektu-uchwaly-rady-miejskiej-w-malomicach-w-sprawie-uchwalenia
    c('Konsultacje prowadzone będą  w okresie od 1 marca, do 18 marca br. poprzez zbieranie uwag i wniosków', '2024-03-01', '2024-03-18', ref=dt.date(2024, 2, 28), lang='pl', form='range', span='od 1 marca, do 18 marca br.'),
    # https://stepnica.pl/aktualnosci/pokaz/4093_konsultacje_spoleczne
    c('aktualizacja: 2019-01-10 08:36:22', '2019-01-10T08:36:22', lang='pl', form='time', span='2019-01-10 08:36:22'),
    c('podaje do wiadomości publicznej, że w okresie od 24 do 31 stycznia 2019 r. odbędą się konsultacje społeczne', '2019-01-24', '2019-01-31', lang='pl', form='range', span='od 24 do 31 stycznia 2019 r.'),
    # https://adoc.pub/9-datum-nota-11-februari-2016.html
    c('datum nota: 11 februari 2016', '2016-02-11', lang='nl', form='text', span='11 februari 2016'),
    # https://www.geertruidenberg.nl/nieuws/asfalteringswerkzaamheden-20-oktober
    c('Op 20 oktober 2025 worden op de volgende plaatsen in onze gemeente asfalteringswerkzaamheden uitgevoerd.', '2025-10-20', lang='nl', form='text', span='20 oktober 2025'),
    # https://www.noticiasdafronteira.com.br/9a-sessao-ordinaria-do-1o-ano-legislativo-da-16a-legislatura/
    c('A próxima sessão ordinária está prevista para 08 de Abril de 2025, quando novos debates e votações serão realizados.', '2025-04-08', lang='pt', form='text', span='08 de Abril de 2025'),
    # https://www.legislador.com.br/LegisladorWEB.ASP?WCI=Estatuto&ID=301&tpEstatuto=2
    c('RESOLUÇÃO N. 190, DE 05 DE DEZEMBRO DE 2017.', '2017-12-05', lang='pt', form='text', span='05 DE DEZEMBRO DE 2017'),
    # https://sapl.birigui.sp.leg.br/ta/590/text
    c('Revogado(a) parcialmente pelo(a)  Resolução nº 235A, de 25 de março de 2003', '2003-03-25', lang='pt', form='text', span='25 de março de 2003'),
    # https://saojoaodamata.mg.leg.br/institucional/noticias/comunicado-importante-19
    c('por Administrativo publicado 29/11/2018 15h10, última modificação 29/11/2018 15h17', '2018-11-29T15:10:00', lang='pt', form='time', span='29/11/2018 15h10'),
    # https://docplayer.com.br/77901292-A-s-s-e-m-b-l-e-i-a-m-u-n-i-c-i-p-a-l-d-e-l-a-g-o-s-ata-n-o-2-2018.html
    c('No dia 27 de fevereiro de 2018, no Salão Nobre do Edifício dos Antigos Paços do Concelho de Lagos', '2018-02-27', lang='pt', form='text', span='27 de fevereiro de 2018'),
    # https://dokumen.tips/documents/b-o-l-e-t-i-m-municipal-2020-06-19-ano-xxvi-no-1355-6-q-u-i-n-ta-f-e-i-r-a.html
    c('97.ª Reunião - 62.ª Sessão Extraordinária - Realizada em 2020/01/28 - Deliberação n.º 18/AML/2020', '2020-01-28', lang='pt', form='text', span='2020/01/28'),
    # https://acidadevotuporanga.com.br/anote-ai/2014/11/anote-ai-n22643
    c('Será neste 15 de novembro, às 8 da manhã, na Concha Acústica.', '2014-11-15T08:00:00', ref=dt.date(2014, 11, 1), lang='pt', form='time', span='15 de novembro, às 8 da manhã'),
    # https://www.legislacao.camaraacopiara.ce.gov.br/proxy/269
    c('REGIMENTO INTERNO nº 1, de 01 de fevereiro de 1983', '1983-02-01', lang='pt', form='text', span='01 de fevereiro de 1983'),
    # https://djurdjevac.hr/gradska-uprava/sigurno-unatoc-snijegu/
    c('Sigurno unatoč snijegu\n\n\nNedjelja, 26. siječnja 2014.\n\nGradske komunalne službe', '2014-01-26', lang='hr', form='text', span='Nedjelja, 26. siječnja 2014'),
    # https://opatija.hr/jos-par-dana-za-predlaganje-kandidata/
    c('Podsjecamo zainteresirane ovlaštene predlagatelje kandidata za dodjelu javnih priznanja Grada Opatije da je rok za dostavu kandidatura 28. veljace 2019. godine.', '2019-02-28', lang='hr', form='text', span='28. veljace 2019. godine'),
    c('Pozivni natjecaj objavljen je 11.sijecnja 2019. i to za dodjelu sljedecih javnih priznanja', '2019-01-11', lang='hr', form='text', span='11.sijecnja 2019'),
    # https://delnice.hr/index.php/javni-poziv-za-odabir-teksta-i-glazbe-svecane-pjesme-grada-delnica/
    c('Gradonačelnik Grada Delnica, dana 24. srpnja 2020. godine, raspisuje', '2020-07-24', lang='hr', form='text', span='24. srpnja 2020. godine'),
    # https://www.prelog.hr/javni-natjecaj-za-imenovanje-procelnika-grada-preloga-poziv-na-intervju/a8539
    c('Prelog, 16. veljače 2024. godine', '2024-02-16', lang='hr', form='text', span='16. veljače 2024. godine'),
    # https://djurdjevac.hr/javna-nabava-i-natjecaji/prijedlog-liste-prvenstva-za-dodjelu-gradskog-prostora-na-koristenje-udrugama-2/
    c('Utorak, 20. lipnja 2017.\n\nObavještavamo Vas da je Povjerenstvo za dodjelu gradskih prostora', '2017-06-20', lang='hr', form='text', span='Utorak, 20. lipnja 2017'),
    # https://perusic.hr/wpfd_file/pravilnik-o-ocjenjivanju-sluzbenika-i-namjestenika-29-12-2017-2/
    c('pravilnik o ocjenjivanju službenika i namještenika - 29.12.2017.', '2017-12-29', lang='hr', form='text', span='29.12.2017'),
    # http://logatec.si/index.php/novice-a-prireditve/novice/3348-pojasnila-k-novinarskim-prispevkom-iz-logakih-novic
    c('Med 11. in 16. julijem 2013 ste občanke in občani v svoje poštne predalčnike prejeli občinsko glasilo Logaške novice', '2013-07-11', '2013-07-16', lang='sl', form='range', span='Med 11. in 16. julijem 2013'),
    # https://skupnostobcin.si/tedenske-novice/tedenske-novice-sos-st-3-11-1-2019-18-1-2019/
    c('Dne, 15.1.2019,  je v Mariboru potekala 25. seja predsedstva Skupnosti občin Slovenije.', '2019-01-15', lang='sl', form='text', span='15.1.2019'),
    # https://podlehnik.si/objava/701103
    c('Obvestilo občankam in občanom glede publikacije "Podlehniški glas"\n17. 11. 2022\nNina L. (Uprava)', '2022-11-17', lang='sl', form='text', span='17. 11. 2022'),
    # http://ls.lex-localis.info/KatalogInformacij/TiskDokumenta.aspx?SectionID=c1bcbf9b-2d1c-4dd1-974d-60136b972b33
    c('Občinski svet Občine Destrnik je na 2. seji, dne 28.01.1999, sprejel', '1999-01-28', lang='sl', form='text', span='28.01.1999'),
    # https://skupnostobcin.si/tedenske-novice/tedenske-novice-sos-st-41-7-10-2022-14-10-2022/
    c('Vlada in sindikati javnega sektorja so dne 13. 10. 2022 podpisali Dogovor o ukrepih na področju plač', '2022-10-13', lang='sl', form='text', span='13. 10. 2022'),
    # http://tecuceni.ro/comunicat-de-presa-primaria-tecuci-16-decembrie-2016/
    c('Comunicat de Presă – Primăria Tecuci – 16 decembrie 2016', '2016-12-16', lang='ro', form='text', span='16 decembrie 2016'),
    # https://telegrafonline.ro/un-nou-sediu-administrativ-pentru-locuitori
    c('26 Noiembrie 2024, 22:00\nPrimăria comunei Limanu va inaugura astăzi încă un sediu administratriv.', '2024-11-26T22:00:00', lang='ro', form='time', span='26 Noiembrie 2024, 22:00'),
    # https://primariamea.md/news/transcriere-sedinta-primariei-din-7-octombrie-2024
    c('(Transcriere) Ședința primăriei din 7 octombrie 2024 Image\n08 oct. 2024', '2024-10-07', lang='ro', form='text', span='7 octombrie 2024'),
    # https://primariatarnaveni.ro/blog/2009/01/21/comunicate224/
    c('Începând cu data de 20 ianuarie 2009 primarul Adrian Matei este disponibil ºi online pentru locuitorii din Târnãveni.', '2009-01-20', lang='ro', form='text', span='20 ianuarie 2009'),
    c('PRIMÃRIA   21  ianuarie 2009', '2009-01-21', lang='ro', form='text', span='21  ianuarie 2009'),
    # https://opalmos.gr/ag-varvara/13572-psevdis-katigoria-apo-ton-k-kaplani-oti-o-dimarxos-spatala-ta-xrimata-tou-dimou-gia-imerologia-apanta-o-dimos-agias-varvaras
    c('Δελτίο τύπου απέστειλε το Αυτοτελές Τμήμα Δημάρχου στις 20/3/2021 για να αποκρούσει την ανακοίνωση', '2021-03-20', lang='el', form='text', span='20/3/2021'),
    # https://www.dimosdelta.gr/%CE%B4%CE%B5%CE%BB%CF%84%CE%AF%CE%B1-%CF%84%CF%8D%CF%80%CE%BF%CF%85/
    c('Δελτία Τύπου\n\n19 Οκτωβρίου 2024\n\nΣτα Κέντρα Υγείας Χαλάστρας και Διαβατών', '2024-10-19', lang='el', form='text', span='19 Οκτωβρίου 2024'),
    # https://agkidapress.gr/2022/02/23/a%ce%ba%cf%8d%cf%81%cf%89%cf%83%ce%b7-%ce%b1%cf%80%ce%bf%ce%ba%cf%81%ce%b9%ce%ac%cf%84%ce%b9%ce%ba%cf%89%ce%bd-%ce%b5%ce%ba%ce%b4%ce%b7%ce%bb%cf%8e%cf%83%ce%b5%cf%89%ce%bd-%cf%84%ce%bf%cf%85-%ce%b4
    c('βάσει του ΦΕΚ 766/τΒ’ 18-2-2022 για τα έκτακτα μέτρα προστασίας της δημόσιας υγείας', '2022-02-18', lang='el', form='text', span='18-2-2022'),
    # https://peloponnhsostv.gr/%ce%b1%ce%bd%ce%b1%ce%b2%ce%bf%ce%bb%ce%ae-%ce%b5%ce%bf%cf%81%cf%84%ce%b1%cf%83%cf%84%ce%b9%ce%ba%cf%8e%ce%bd-%ce%b5%ce%ba%ce%b4%ce%b7%ce%bb%cf%8e%cf%83%ce%b5%cf%89%ce%bd-25%ce%b7%cf%82-%ce%bc%ce%b1
    c('προχώρησε σε σημαντικές αποφάσεις σχετικά με τις εορταστικές εκδηλώσεις της 25ης Μαρτίου 2025.', '2025-03-25', lang='el', form='text', span='25ης Μαρτίου 2025'),
    # https://deltanews.gr/tag/dimotikes-ypiresies/
    c('για το χρονικό διάστημα έως τις 24/3/2020, οπότε και θα επανεξεταστούν τα μέτρα.', '2020-03-24', lang='el', form='text', span='24/3/2020'),
    # https://bgonair.bg/t/%d0%bc%d0%b5%d1%81%d1%82%d0%bd%d0%b0%20%d0%b2%d0%bb%d0%b0%d1%81%d1%82?page=3
    c('Жители на наводнените села: Дъждът не е виновен, виновни са хората, всичко се ликвидира 21:23 | 05.09.2022', '2022-09-05T21:23:00', lang='bg', form='time', span='21:23 | 05.09.2022'),
    # https://www.namrb.org/medii-tekushti
    c('НОВИНИ ЗА ОБЩИНИТЕ\n13 СЕПТЕМВРИ 2019', '2019-09-13', lang='bg', form='text', span='13 СЕПТЕМВРИ 2019'),
    # http://www.gornamalina.eu/newsite/?p=2269
    c('Обсъждането ще се проведе на 06.10.2020 г. (вторник) от 10:30 часа в  зала  № 9, етаж  2', '2020-10-06T10:30:00', lang='bg', form='time', span='06.10.2020 г. (вторник) от 10:30 часа'),
    # http://www.svoge.bg/?p=25553
    c('Общественото обсъждане ще се проведе на 19.12.2019 г. (четвъртък) от 10.00 часа в сградата на Община Своге', '2019-12-19T10:00:00', lang='bg', form='time', span='19.12.2019 г. (четвъртък) от 10.00 часа'),
    # https://obs.mezdra.bg/?p=1361
    c('на заседание Общински съвет Мездра на 11.09.2018г. (вторник) от 17:30 часа, което ще се проведе в заседателната зала на община Мездра', '2018-09-11T17:30:00', lang='bg', form='time', span='11.09.2018г. (вторник) от 17:30 часа'),
    # https://bregovo.bg/3919-%D0%BF%D0%BE%D0%BA%D0%B0%D0%BD%D0%B0-%D0%B7%D0%B0-%D0%BE%D0%B1%D1%89%D0%B5%D1%81%D1%82%D0%B2%D0%B5%D0%BD%D0%BE-%D0%BE%D0%B1%D1%81%D1%8A%D0%B6%D0%B4%D0%B0%D0%BD%D0%B5-%D0%BD%D0%B0-%D0%BF%D1%80%D0%BE-5
    c('Обсъждането ще се проведе на 27 май 2020 г. от 11:00 часа в салона на общинска администрация, гр.Брегово', '2020-05-27T11:00:00', lang='bg', form='time', span='27 май 2020 г. от 11:00 часа'),
    # https://pzdnes.com/2016/03/10/%D0%BC%D0%B0%D1%80%D0%B8%D0%BD-%D1%80%D0%B0%D1%87%D0%B5%D0%B2-%D0%BE%D0%B1%D1%8F%D0%B2%D0%B8-%D0%B3%D1%80%D0%B0%D1%84%D0%B8%D0%BA%D0%B0-%D0%B7%D0%B0-%D0%BC%D0%B0%D1%80%D1%82%D0%B5%D0%BD%D1%81%D0%BA/
    c('10.03./четвъртък/ 18:30 Септември кв.“Калимана“ в магазина на главната', '2016-03-10T18:30:00', ref=dt.date(2016, 3, 10), lang='bg', form='time', span='10.03./четвъртък/ 18:30'),
    # https://opava-city.cz/cz/nabidka-temat/media
    c('Hláska\n28.11.2023\nHláska 12/2023', '2023-11-28', lang='cs', form='text', span='28.11.2023'),
    # https://taxi.praha.eu/web/praha/vyhledavani?delta=60&q=nov%C3%A1+z%C3%A1kladny&start=120
    c('19.4.2011 — Radní dnes schválili udělení grantů hl. m. Prahy v sociální oblasti', '2011-04-19', lang='cs', form='text', span='19.4.2011'),
    c('Středoškolští žáci a učitelé se od 2. do 13. srpna v', '2021-08-02', '2021-08-13', ref=dt.date(2021, 8, 5), lang='cs', form='range', span='od 2. do 13. srpna'),
    c('Nabídky je možné podávat do 27. listopadu, poté o vítězi rozhodne komise', '2014-11-27', ref=dt.date(2014, 11, 4), lang='cs', form='missing_year', span='27. listopadu'),
    # https://www.mckralovice.cz/474/
    c('15.12.2011\n\nVeřejná zasedání zastupitelstva MČ se budou konat v těchto termínech:', '2011-12-15', lang='cs', form='text', span='15.12.2011'),
])
FAILURES.extend([

])
# fmt: on
