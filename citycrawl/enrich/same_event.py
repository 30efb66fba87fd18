"""The same event announced twice: by two networks, in two languages, in two categories.

Two rows announce one event when their days overlap and their titles and places agree
beyond :data:`THRESHOLD`, a score calibrated on the labelled pairs of
``fixtures/same_event/pairs.json`` (``bench/bench_same_event.py`` prints precision and
recall). Pure: rows in, item ids out; nothing is merged or deleted.

The score weighs three agreements (weights and threshold chosen on the pairs, for the
best F1):

* titles: the share of the shorter title's content words found in the other (folded,
  numbers kept; stop words of the network languages and the place's own name dropped,
  so that "Forum in Warsaw" and "Summit in Warsaw" share nothing);
* places: the cities each row names (the ``cities`` column), else its ``location``; the
  same city is 1, two different cities 0, no place on one side ½;
* days: the same first and last day is 1, merely overlapping 0.

Across languages titles share few words: the same place on the same days then carries
the match, which is also why two different meetings in one city on one day are the
typical wrong link (see the misses the bench prints).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from citycrawl.dates._lexicon import unaccented_lower
from citycrawl.enrich.gazetteer import words

#: Linked at or above this score (calibrated on the labelled pairs; see the module doc).
THRESHOLD = 0.6
TITLE_WEIGHT = 0.4
PLACE_WEIGHT = 0.5
SAME_DAYS_WEIGHT = 0.1
_WORD_RE = re.compile(r"\w+")
#: Words that say nothing about which event it is, in the networks' languages.
STOP_WORDS = words(
    "the and for with from into our their this that will are was its how what why who "
    "event events meeting conference forum webinar online save date join register news "
    "les des pour avec dans une sur aux par est "
    "der die das und fur mit von zum zur den dem des ein eine "
    "del los las con para por una que "
    "della delle degli per con una che nel "
    "van het een voor met "
    "dos das com para uma "
    "och med for til "
    "oraz dla "
)


@dataclass(frozen=True, slots=True)
class Announcement:
    """What the comparison needs of one row."""

    item_id: str
    start: dt.date
    end: dt.date
    title_words: frozenset[str]
    places: frozenset[str]


def title_words(title: str | None) -> frozenset[str]:
    """The content words of a title, folded: ``Mobility Forum in Porto`` → mobility, porto."""
    folded = unaccented_lower(title or "")
    return frozenset(
        w for w in _WORD_RE.findall(folded) if (len(w) >= 3 or w.isdigit()) and w not in STOP_WORDS
    )


def announcement(row: Mapping[str, Any]) -> Announcement | None:
    """The row as an :class:`Announcement`; ``None`` when it states no event day."""
    start = row.get("event_start")
    if start is None:
        return None
    end = row.get("event_end") or start
    cities = row.get("cities") or ()
    places = {str(c["geonames_id"]) for c in cities if c.get("geonames_id")}
    location = unaccented_lower(str(row.get("location") or ""))
    if not places and location:
        places = {location.split(",")[0].strip()}
    place_words = set(_WORD_RE.findall(location))
    for city in cities:
        place_words |= set(_WORD_RE.findall(unaccented_lower(str(city.get("name") or ""))))
    return Announcement(
        item_id=str(row["item_id"]),
        start=start,
        end=max(end, start),
        title_words=title_words(row.get("title")) - place_words,
        places=frozenset(places),
    )


def _title_agreement(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _place_agreement(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.5
    return 1.0 if a & b else 0.0


def score(a: Announcement, b: Announcement) -> float:
    """How far two announcements agree, 0 to 1; 0 when their days do not overlap."""
    if a.start > b.end or b.start > a.end:
        return 0.0
    title = _title_agreement(a.title_words, b.title_words)
    place = _place_agreement(a.places, b.places)
    same_days = 1.0 if (a.start, a.end) == (b.start, b.end) else 0.0
    return TITLE_WEIGHT * title + PLACE_WEIGHT * place + SAME_DAYS_WEIGHT * same_days


class EventIndex:
    """Announcements by day, to find a new row's matches among those already seen."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._by_day: dict[dt.date, list[Announcement]] = {}

    def add(self, item: Announcement) -> None:
        """Remember ``item`` under each of its days (long events: first and last week)."""
        for day in _days(item):
            self._by_day.setdefault(day, []).append(item)

    def matches(self, item: Announcement) -> list[str]:
        """Item ids of known announcements of the same event, best first."""
        seen: dict[str, float] = {}
        for day in _days(item):
            for other in self._by_day.get(day, ()):
                if other.item_id != item.item_id and other.item_id not in seen:
                    seen[other.item_id] = score(item, other)
        hits = [(s, i) for i, s in seen.items() if s >= self.threshold]
        return [i for _, i in sorted(hits, key=lambda h: (-h[0], h[1]))]


def _days(item: Announcement) -> Iterable[dt.date]:
    # Every day of a short event; a long one (a year-long festival) by its first and
    # last seven days, which bounds the index and still meets any overlapping event
    # that starts or ends near it.
    length = (item.end - item.start).days
    if length <= 14:
        return [item.start + dt.timedelta(days=i) for i in range(length + 1)]
    head = [item.start + dt.timedelta(days=i) for i in range(7)]
    return head + [item.end - dt.timedelta(days=i) for i in range(7)]


def link_all(
    rows: Iterable[Mapping[str, Any]], threshold: float = THRESHOLD
) -> dict[str, list[str]]:
    """``same_event_as`` for every row among ``rows`` (both directions)."""
    items = [a for a in (announcement(r) for r in rows) if a is not None]
    index = EventIndex(threshold)
    for item in items:
        index.add(item)
    return {item.item_id: index.matches(item) for item in items}
