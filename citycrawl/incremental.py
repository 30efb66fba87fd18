"""Incremental crawling: which documents a nightly run fetches, decided from the dataset.

The state of an incremental crawl *is* the dataset: the committed current view (the
ledger's ``item_id``/``url``/``content_hash`` plus the columns a decision needs: title,
summary, date text, event dates, ``last_seen``). Nothing is kept elsewhere, so the state
cannot drift from the data; a run whose commit failed simply leaves the previous state.

Decisions (pure functions, ``today`` is an input, see engineering practice 3):

* :func:`decide_card`: a listing card. Unknown document -> fetch; known document whose
  card no longer agrees with what is stored (title, date, teaser) -> fetch; known
  **upcoming event** (its last day is today or later, or it has no date at all) ->
  fetch conditionally (``If-Modified-Since``: the last fetch); a withdrawn document
  listed again -> fetch; otherwise skip.
* :func:`decide_listed_url`: a URL from a sitemap or feed with its ``lastmod``.
* :func:`keep_paging`: stop following a listing's pages after a run of known,
  unchanged cards (``CITYCRAWL_INCREMENTAL_STOP_AFTER``, one listing page by default,
  so a reordered listing does not stop too early).

The card fingerprint is derived from stored columns, because the dataset does not
store the card itself: the card's date text must occur in the stored ``date_text``
(which keeps the raw text), and its title and teaser must occur in the stored title,
summary or the beginning of the body. A card whose text differs from its page's text
(a shortened title, a teaser written for the card) therefore looks "changed" on every
run and costs one fetch a night; a ``card_hash`` column in the dataset would remove
that (see docs/operations.md).

:class:`IncrementalPlan` binds the decisions to a crawl: it reads the state at spider
start, counts every decision in the crawl stats (``citycrawl/incremental/<reason>``)
and builds the request headers and meta the spider attaches.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pyarrow.compute as pc
import pyarrow.dataset as ds

from citycrawl.dataset.columns import CURRENT_SCHEMA, STATUS_WITHDRAWN
from citycrawl.dataset.layout import Layout, published_version
from citycrawl.parsing.model import ListingEntry
from citycrawl.urls import item_id

#: Characters of the stored body kept in memory for matching card teasers: a teaser is
#: the lead or the first lines, and the state must stay small for a large site.
BODY_PREFIX_CHARS = 1500
#: Default number of consecutive known, unchanged cards after which a listing's
#: further pages are not fetched: one full listing page of the new site.
DEFAULT_STOP_AFTER = 20
#: Meta key marking a conditional request; its 304 answer reaches the spider.
CONDITIONAL_META = "citycrawl_conditional"
_STATE_COLUMNS = (
    "item_id",
    "url",
    "status",
    "item_type",
    "title",
    "summary",
    "body",
    "date_text",
    "categories",
    "theme_labels",
    "reading_minutes",
    "event_start",
    "event_end",
    "event_starts_at",
    "event_ends_at",
    "last_seen",
    "content_hash",
)
# "date: 14 April 2021", "publication date: 19-10-2017", "event date: 9 June 2026".
_DATE_SEGMENT_RE = re.compile(r"^\s*(?P<label>[a-z ]+):\s*(?P<value>.+?)\s*$")


class Reason(enum.StrEnum):
    """Why a document is fetched or skipped (the stats key suffix)."""

    NEW = "new"
    CARD_CHANGED = "card_changed"
    UPCOMING_EVENT = "upcoming_event"
    WITHDRAWN_LISTED = "withdrawn_listed"
    MODIFIED = "modified"
    UNCHANGED = "unchanged"
    FULL = "full"


@dataclass(frozen=True, slots=True)
class Decision:
    """Whether to fetch a document, and how."""

    fetch: bool
    reason: Reason
    known: bool
    #: Send ``If-Modified-Since``: the stored copy is probably current.
    conditional: bool = False

    @property
    def known_unchanged(self) -> bool:
        """A known document whose card agrees with the dataset (counts toward the stop)."""
        return self.known and self.reason in {Reason.UNCHANGED, Reason.UPCOMING_EVENT}


@dataclass(frozen=True, slots=True)
class KnownDocument:
    """What the dataset holds about one document, as far as decisions need it."""

    item_id: str
    url: str
    status: str
    item_type: str
    title: str | None
    summary: str | None
    body_start: str | None
    date_text: str | None
    last_seen: dt.datetime
    last_day: dt.date | None
    """The event's last day (end, else start); ``None`` for non-events or no date."""
    categories: tuple[str, ...] = ()
    theme_labels: tuple[str, ...] = ()
    reading_minutes: int | None = None

    def is_upcoming_event(self, today: dt.date) -> bool:
        """An event not yet past: it may still be postponed, moved online or cancelled.

        An event without any parsed date counts as upcoming: nothing says it is past.
        """
        if self.item_type != "event" or self.status == STATUS_WITHDRAWN:
            return False
        return self.last_day is None or self.last_day >= today


def fold(text: str | None) -> str:
    """Text compared loosely: NFKC, case-folded, whitespace collapsed, no trailing dots."""
    if not text:
        return ""
    folded = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()
    return folded.rstrip(" .…[]").strip()


def card_agrees(doc: KnownDocument, entry: ListingEntry) -> bool:
    """True when every field of the card is consistent with the stored document."""
    stored_dates = fold(doc.date_text)
    card_dates = [
        t for t in (entry.date_text, entry.published_text, entry.start_text, entry.end_text) if t
    ]
    if not card_dates and stored_dates:
        # The card's date vanished: a postponement "to be confirmed", or a layout change
        # that the run report must get to see (so the page is parsed again).
        return False
    for text in card_dates:
        if fold(text) not in stored_dates:
            return False
    stored_text = " ".join(fold(t) for t in (doc.title, doc.summary, doc.body_start) if t)
    return all(not text or fold(text) in stored_text for text in (entry.title, entry.summary))


def decide_card(
    doc: KnownDocument | None, entry: ListingEntry, today: dt.date, *, full: bool = False
) -> Decision:
    """What to do with the document a listing card links to (see the module doc)."""
    if full:
        return Decision(True, Reason.FULL, doc is not None)
    if doc is None:
        return Decision(True, Reason.NEW, False)
    if doc.status == STATUS_WITHDRAWN:
        return Decision(True, Reason.WITHDRAWN_LISTED, True)
    if not card_agrees(doc, entry):
        return Decision(True, Reason.CARD_CHANGED, True)
    if doc.is_upcoming_event(today):
        return Decision(True, Reason.UPCOMING_EVENT, True, conditional=True)
    return Decision(False, Reason.UNCHANGED, True)


def decide_listed_url(
    doc: KnownDocument | None,
    lastmod: dt.datetime | dt.date | None,
    today: dt.date,
    *,
    full: bool = False,
) -> Decision:
    """What to do with a document a sitemap or feed lists, modified at ``lastmod``.

    A date-only ``lastmod`` on the day of the last fetch counts as modified: the change
    may have come after the fetch. No ``lastmod`` tells nothing; the listings decide.
    """
    if full:
        return Decision(True, Reason.FULL, doc is not None)
    if doc is None:
        return Decision(True, Reason.NEW, False)
    if doc.status == STATUS_WITHDRAWN:
        return Decision(True, Reason.WITHDRAWN_LISTED, True)
    if isinstance(lastmod, dt.datetime):
        if lastmod.tzinfo is None:
            lastmod = lastmod.replace(tzinfo=dt.UTC)
        if lastmod > doc.last_seen:
            return Decision(True, Reason.MODIFIED, True)
    elif isinstance(lastmod, dt.date) and lastmod >= doc.last_seen.astimezone(dt.UTC).date():
        return Decision(True, Reason.MODIFIED, True)
    if doc.is_upcoming_event(today):
        return Decision(True, Reason.UPCOMING_EVENT, True, conditional=True)
    return Decision(False, Reason.UNCHANGED, True)


def keep_paging(known_run: int, stop_after: int, *, full: bool = False) -> bool:
    """Follow a listing's next page unless the last ``stop_after`` cards were all known."""
    return full or known_run < stop_after


def conditional_headers(doc: KnownDocument) -> dict[str, str]:
    """``If-Modified-Since`` for a document: the time the stored copy was fetched.

    No ``If-None-Match``: the dataset keeps no ETag (docs/operations.md asks for one).
    """
    return {"If-Modified-Since": format_datetime(doc.last_seen.astimezone(dt.UTC), usegmt=True)}


def stored_card(doc: KnownDocument) -> ListingEntry:
    """A card rebuilt from the stored row, for a document reached without a listing.

    A sitemap or feed gives no card, but the stored row keeps what the card added
    (categories, theme bullets, reading time, the date text): passing it on keeps a
    refetch from losing those fields and counting as a change.
    """
    entry = ListingEntry(
        url=doc.url,
        categories=list(doc.categories),
        theme_labels=list(doc.theme_labels),
        reading_minutes=doc.reading_minutes,
    )
    for segment in (doc.date_text or "").split(";"):
        match = _DATE_SEGMENT_RE.match(segment)
        if not match:
            continue
        label, value = match.group("label").strip(), match.group("value")
        if label in {"date", "event date"} and entry.date_text is None:
            entry.date_text = value
        elif label == "publication date" and entry.published_text is None:
            entry.published_text = value
        elif label == "start date" and entry.start_text is None:
            entry.start_text = value
        elif label == "end date" and entry.end_text is None:
            entry.end_text = value
    return entry


# --------------------------------------------------------------------------- state


@dataclass
class IncrementalState:
    """Every committed document of a dataset, keyed by ``item_id``."""

    documents: dict[str, KnownDocument] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.documents)

    def lookup(self, url: str) -> KnownDocument | None:
        """The stored document at ``url`` (any alias that maps to the same item_id)."""
        return self.documents.get(item_id(url))

    @property
    def last_run_at(self) -> dt.datetime | None:
        """The latest fetch the dataset records: when the previous run last wrote."""
        return max((d.last_seen for d in self.documents.values()), default=None)

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, Any]]) -> IncrementalState:
        """Build from current-view rows (dicts with the state columns)."""
        documents = {}
        for row in rows:
            last_day = None
            for name in ("event_end", "event_start", "event_ends_at", "event_starts_at"):
                value = row.get(name)
                if value is not None:
                    last_day = value.date() if isinstance(value, dt.datetime) else value
                    break
            doc = KnownDocument(
                item_id=row["item_id"],
                url=row["url"],
                status=row["status"],
                item_type=row["item_type"],
                title=row.get("title"),
                summary=row.get("summary"),
                body_start=row.get("body"),
                date_text=row.get("date_text"),
                last_seen=row["last_seen"],
                last_day=last_day,
                categories=tuple(row.get("categories") or ()),
                theme_labels=tuple(row.get("theme_labels") or ()),
                reading_minutes=row.get("reading_minutes"),
            )
            documents[doc.item_id] = doc
        return cls(documents)

    @classmethod
    def load(cls, output_dir: str | Path, name: str) -> IncrementalState:
        """Read the committed current view of dataset ``name`` (empty before a commit)."""
        version = published_version(Layout(Path(output_dir), name))
        if version is None:
            return cls()
        files = [str(f) for f in version.item_files()]
        dataset = ds.dataset(files, schema=CURRENT_SCHEMA, format="parquet")
        documents: dict[str, KnownDocument] = {}
        for batch in dataset.to_batches(columns=list(_STATE_COLUMNS)):
            body = pc.utf8_slice_codeunits(batch.column("body"), 0, BODY_PREFIX_CHARS)
            batch = batch.set_column(batch.schema.get_field_index("body"), "body", body)
            documents.update(cls.from_rows(batch.to_pylist()).documents)
        return cls(documents)


# --------------------------------------------------------------------------- plan


@dataclass
class IncrementalPlan:
    """The decisions of one crawl, counted in its stats.

    ``full``: a forced full recrawl (``-a full=1``): every card is fetched, nothing is
    conditional, and the dataset commit may withdraw vanished upcoming events.
    """

    state: IncrementalState
    today: dt.date
    full: bool = False
    stop_after: int = DEFAULT_STOP_AFTER
    stats: Any = None

    @property
    def incremental(self) -> bool:
        """Decisions can skip documents: not a full crawl, and the dataset has a ledger."""
        return not self.full and len(self.state) > 0

    def _count(self, decision: Decision) -> Decision:
        if self.stats is not None:
            verb = "fetch" if decision.fetch else "skip"
            self.stats.inc_value(f"citycrawl/incremental/{verb}/{decision.reason}")
        return decision

    def for_card(self, entry: ListingEntry) -> Decision:
        """The decision for a card's document (counted)."""
        doc = self.state.lookup(entry.url)
        return self._count(decide_card(doc, entry, self.today, full=self.full))

    def for_listed_url(self, url: str, lastmod: dt.datetime | dt.date | None) -> Decision:
        """The decision for a sitemap or feed URL (counted)."""
        doc = self.state.lookup(url)
        return self._count(decide_listed_url(doc, lastmod, self.today, full=self.full))

    def keep_paging(self, known_run: int) -> bool:
        """Whether to follow the listing's next page after ``known_run`` known cards."""
        keep = keep_paging(known_run, self.stop_after, full=self.full)
        if not keep and self.stats is not None:
            self.stats.inc_value("citycrawl/incremental/listing_stopped")
        return keep

    def request_options(self, url: str, decision: Decision) -> dict[str, Any]:
        """``headers`` and ``meta`` for the document request (conditional or not)."""
        doc = self.state.lookup(url)
        if not decision.conditional or doc is None:
            return {}
        return {
            "headers": conditional_headers(doc),
            # 304 is not an error here: it says the stored copy is current.
            "meta": {CONDITIONAL_META: True, "handle_httpstatus_list": [304]},
        }

    def not_modified(self, status: int, meta: Mapping[str, Any]) -> bool:
        """True (and counted) when a conditional request came back 304 Not Modified."""
        if status == 304 and meta.get(CONDITIONAL_META):
            if self.stats is not None:
                self.stats.inc_value("citycrawl/incremental/not_modified")
            return True
        return False

    @classmethod
    def from_settings(
        cls, settings: Any, name: str, *, full: bool, stats: Any = None
    ) -> IncrementalPlan:
        """Build from crawl settings: ``CITYCRAWL_OUTPUT_DIR``, ``CITYCRAWL_TODAY`` (ISO
        date, default today in UTC), ``CITYCRAWL_INCREMENTAL_STOP_AFTER``."""
        today_text = settings.get("CITYCRAWL_TODAY")
        today = (
            dt.date.fromisoformat(str(today_text)) if today_text else dt.datetime.now(dt.UTC).date()
        )
        state = (
            IncrementalState()
            if full
            else IncrementalState.load(settings.get("CITYCRAWL_OUTPUT_DIR", "output"), name)
        )
        return cls(
            state=state,
            today=today,
            full=full,
            stop_after=settings.getint("CITYCRAWL_INCREMENTAL_STOP_AFTER", DEFAULT_STOP_AFTER),
            stats=stats,
        )
