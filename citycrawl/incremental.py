"""Incremental crawling: which documents a nightly run fetches, decided from the dataset.

The state of an incremental crawl *is* the dataset: the committed current view (the
ledger's ``item_id``/``url``/``content_hash`` plus the columns a decision needs: the
crawl-state columns ``card_hash``, ``etag``, ``last_modified``, and title, summary,
date text, event dates, ``last_seen``) and the newest run manifest's ``gone`` list
(documents that answered 404/410, with the card that led to them). Both are published
in one atomic step; nothing is kept elsewhere, so the state cannot drift from the data,
and a run whose commit failed simply leaves the previous state.

Decisions (pure functions, ``today`` is an input, see engineering practice 3):

* :func:`decide_card`: a listing card. A card whose URL answered 404/410 last time
  with the same card -> skip; unknown document -> fetch; known document whose card
  changed (its ``card_hash`` differs from the stored one) -> fetch; known **upcoming
  event** (its last day is today or later, or it has no date at all) -> fetch
  conditionally (``If-None-Match``/``If-Modified-Since`` from the stored validators);
  a withdrawn document listed again -> fetch; otherwise skip.
* :func:`decide_listed_url`: a URL from a sitemap or feed with its ``lastmod``.
* :func:`keep_paging`: stop following a listing's pages after a run of known,
  unchanged cards (``CITYCRAWL_INCREMENTAL_STOP_AFTER``, one listing page by default,
  so a reordered listing does not stop too early).

Rows written before the dataset stored ``card_hash`` (schema version 1) have none; for
them the card is compared with the stored text (:func:`card_agrees`: its date text must
occur in ``date_text``, its title and teaser in the title, summary or body start) until
their next fetch stores the hash.

:class:`IncrementalPlan` binds the decisions to a crawl: it reads the state at spider
start, counts every decision in the crawl stats (``citycrawl/incremental/<reason>``)
and builds the request headers and meta the spider attaches.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from citycrawl.dataset.columns import CURRENT_COLUMNS, STATUS_WITHDRAWN
from citycrawl.dataset.loader import pinned_version
from citycrawl.dataset.manifest import last_gone, read_manifest
from citycrawl.dataset.paths import Version
from citycrawl.dataset.sql import projected_select
from citycrawl.items import card_hash
from citycrawl.parsing.model import ListingEntry
from citycrawl.sites import Site

#: Characters of the stored body kept in memory for matching card teasers: a teaser is
#: the lead or the first lines, and the state must stay small for a large site.
BODY_PREFIX_CHARS = 1500
#: Default number of consecutive known, unchanged cards after which a listing's
#: further pages are not fetched: one full listing page of the new site.
DEFAULT_STOP_AFTER = 20
#: Meta key marking a conditional request; its 304 answer reaches the spider.
CONDITIONAL_META = "citycrawl_conditional"
#: Statuses that say a document is gone (not a passing failure): remembered in the run
#: manifest, so that its unchanged card is not followed again every night.
GONE_STATUSES = frozenset({404, 410})
_STATE_COLUMNS = (
    "item_id",
    "url",
    "status",
    "item_type",
    "title",
    "summary",
    "body",
    "date_text",
    "date_texts",
    "categories",
    "theme_labels",
    "reading_minutes",
    "event_start",
    "event_end",
    "event_starts_at",
    "event_ends_at",
    "last_seen",
    "content_hash",
    "card_hash",
    "etag",
    "last_modified",
)


class Reason(enum.StrEnum):
    """Why a document is fetched or skipped (the stats key suffix)."""

    NEW = "new"
    CARD_CHANGED = "card_changed"
    UPCOMING_EVENT = "upcoming_event"
    WITHDRAWN_LISTED = "withdrawn_listed"
    MODIFIED = "modified"
    UNCHANGED = "unchanged"
    GONE = "gone"
    FULL = "full"
    CLOCK_AHEAD = "clock_ahead"


@dataclass(frozen=True, slots=True)
class Decision:
    """Whether to fetch a document, and how."""

    fetch: bool
    reason: Reason
    known: bool
    #: Send the stored validators (``If-None-Match``, ``If-Modified-Since``): the stored
    #: copy is probably current.
    conditional: bool = False
    #: The card hash the fetched row is to store: the card's own, or for a document
    #: reached without a card (sitemap, feed) the stored one; ``None`` if unknown.
    card_hash: str | None = None

    @property
    def known_unchanged(self) -> bool:
        """A known document whose card agrees with the dataset (counts toward the stop)."""
        return self.known and self.reason in {
            Reason.UNCHANGED,
            Reason.UPCOMING_EVENT,
            Reason.GONE,
        }


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
    card_hash: str | None = None
    """The card the stored row was fetched from; ``None`` for rows without one."""
    etag: str | None = None
    last_modified: dt.datetime | None = None
    date_texts: tuple[tuple[str | None, str], ...] = ()
    """(label, raw text) of each date text the stored row came from (``date_texts``)."""

    def is_upcoming_event(self, today: dt.date) -> bool:
        """An event not yet past: it may still be postponed, moved online or cancelled.

        An event without any parsed date counts as upcoming: nothing says it is past.
        """
        if self.item_type != "event" or self.status == STATUS_WITHDRAWN:
            return False
        return self.last_day is None or self.last_day >= today


def _ahead(instant: dt.datetime, now: dt.datetime | None) -> bool:
    """``instant`` lies after this run's clock ``now``: written by a clock that ran ahead."""
    return now is not None and instant > now


def loose_text(text: str | None) -> str:
    """Text compared loosely: NFKC, case-folded, whitespace collapsed, no trailing dots."""
    if not text:
        return ""
    folded = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()
    return folded.rstrip(" .…[]").strip()


def card_agrees(doc: KnownDocument, entry: ListingEntry) -> bool:
    """True when every field of the card is consistent with the stored document."""
    stored_dates = loose_text(doc.date_text)
    card_dates = [
        t for t in (entry.date_text, entry.published_text, entry.start_text, entry.end_text) if t
    ]
    if not card_dates and stored_dates:
        # The card's date vanished: a postponement "to be confirmed", or a layout change
        # that the run report must get to see (so the page is parsed again).
        return False
    for text in card_dates:
        if loose_text(text) not in stored_dates:
            return False
    stored_text = " ".join(loose_text(t) for t in (doc.title, doc.summary, doc.body_start) if t)
    return all(not text or loose_text(text) in stored_text for text in (entry.title, entry.summary))


def card_unchanged(doc: KnownDocument, entry: ListingEntry, hashed: str) -> bool:
    """The card is the one the stored row was fetched from.

    Exact when the row stores a card hash; for a row without one (written before the
    column existed) the card must agree with the stored text (:func:`card_agrees`).
    """
    if doc.card_hash is not None:
        return doc.card_hash == hashed
    return card_agrees(doc, entry)


def decide_card(
    doc: KnownDocument | None,
    entry: ListingEntry,
    today: dt.date,
    *,
    full: bool = False,
    gone_card_hash: str | None = None,
) -> Decision:
    """What to do with the document a listing card links to (see the module doc).

    ``gone_card_hash``: the card hash recorded when the card's URL last answered
    404/410 (``None``: not gone, or gone without a card). A full crawl ignores it.
    """
    hashed = card_hash(entry)
    if full:
        return Decision(True, Reason.FULL, doc is not None, card_hash=hashed)
    if gone_card_hash == hashed:
        # Asking again would get the same 404 until the site changes the card.
        return Decision(False, Reason.GONE, True, card_hash=hashed)
    if doc is None:
        return Decision(True, Reason.NEW, False, card_hash=hashed)
    if doc.status == STATUS_WITHDRAWN:
        return Decision(True, Reason.WITHDRAWN_LISTED, True, card_hash=hashed)
    if not card_unchanged(doc, entry, hashed):
        return Decision(True, Reason.CARD_CHANGED, True, card_hash=hashed)
    if doc.is_upcoming_event(today):
        return Decision(True, Reason.UPCOMING_EVENT, True, conditional=True, card_hash=hashed)
    return Decision(False, Reason.UNCHANGED, True, card_hash=hashed)


def decide_listed_url(
    doc: KnownDocument | None,
    lastmod: dt.datetime | dt.date | None,
    today: dt.date,
    *,
    full: bool = False,
    now: dt.datetime | None = None,
) -> Decision:
    """What to do with a document a sitemap or feed lists, modified at ``lastmod``.

    A date-only ``lastmod`` on the day of the last fetch counts as modified: the change
    may have come after the fetch. No ``lastmod`` tells nothing; the listings decide.
    A refetch keeps the stored card hash: no card was seen, and the listing's card is
    still the one the row was read from. ``now``: this run's clock; a stored fetch time
    after it (a clock that ran ahead) cannot be compared with, so the page is fetched.
    """
    if doc is None:
        return Decision(True, Reason.FULL if full else Reason.NEW, False)
    stored = doc.card_hash
    if full:
        return Decision(True, Reason.FULL, True, card_hash=stored)
    if doc.status == STATUS_WITHDRAWN:
        return Decision(True, Reason.WITHDRAWN_LISTED, True, card_hash=stored)
    if _ahead(doc.last_seen, now):
        # The stored fetch time is in the future: no lastmod can be compared with it.
        return Decision(True, Reason.CLOCK_AHEAD, True, card_hash=stored)
    if isinstance(lastmod, dt.datetime):
        if lastmod.tzinfo is None:
            lastmod = lastmod.replace(tzinfo=dt.UTC)
        if lastmod > doc.last_seen:
            return Decision(True, Reason.MODIFIED, True, card_hash=stored)
    elif isinstance(lastmod, dt.date) and lastmod >= doc.last_seen.astimezone(dt.UTC).date():
        return Decision(True, Reason.MODIFIED, True, card_hash=stored)
    if doc.is_upcoming_event(today):
        return Decision(True, Reason.UPCOMING_EVENT, True, conditional=True, card_hash=stored)
    return Decision(False, Reason.UNCHANGED, True, card_hash=stored)


def keep_paging(known_run: int, stop_after: int, *, full: bool = False) -> bool:
    """Follow a listing's next page unless the last ``stop_after`` cards were all known."""
    return full or known_run < stop_after


def conditional_headers(doc: KnownDocument, now: dt.datetime | None) -> dict[str, str]:
    """The stored copy's validators as request headers (RFC 9110 §13.1).

    ``If-None-Match`` when the stored row has an ``ETag`` (a server that knows it
    decides on it alone); ``If-Modified-Since`` with the stored ``Last-Modified``, else
    the time the stored copy was fetched (the server's clock, not ours, is then
    compared, which is less exact but never misses a change made after the fetch). A
    fetch time after this run's clock ``now`` (a clock that ran ahead) is not sent: it
    would make every later change look older than the copy.
    """
    headers = {}
    if doc.etag:
        headers["If-None-Match"] = doc.etag
    since = doc.last_modified or doc.last_seen
    if not _ahead(since, now):
        headers["If-Modified-Since"] = format_datetime(since.astimezone(dt.UTC), usegmt=True)
    return headers


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
    for label, value in doc.date_texts:
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
    """Every committed document of a dataset, keyed by ``item_id``, and the gone URLs.

    ``gone``: canonical URL -> card hash (``None`` when reached without a card) of each
    document that answered 404/410, from the newest run manifest.
    ``walk_complete``: the newest run finished normally, so it walked the listings as far
    as they held unknown documents; after a shutdown or a crash the dataset may hold
    the newest documents but miss older ones, and the stop rule must not trust it.
    """

    documents: dict[str, KnownDocument] = field(default_factory=dict)
    gone: dict[str, str | None] = field(default_factory=dict)
    walk_complete: bool = True

    def __len__(self) -> int:
        return len(self.documents)

    def last_run_before(self, now: dt.datetime) -> dt.datetime | None:
        """The latest fetch the dataset records, not after this run's clock ``now``.

        A later fetch time came from a clock that ran ahead: trusting it would skip
        every sitemap entry modified since the real last run.
        """
        return max(
            (d.last_seen for d in self.documents.values() if not _ahead(d.last_seen, now)),
            default=None,
        )

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
                card_hash=row.get("card_hash"),
                etag=row.get("etag"),
                last_modified=row.get("last_modified"),
                date_texts=tuple((d["label"], d["text"]) for d in row.get("date_texts") or ()),
            )
            documents[doc.item_id] = doc
        return cls(documents)

    @classmethod
    def load(cls, output_dir: str | Path, name: str) -> IncrementalState:
        """Read the committed current view of dataset ``name`` (empty before a commit)."""
        try:
            version = pinned_version(name, output_dir)
        except FileNotFoundError:
            return cls()
        documents: dict[str, KnownDocument] = {}
        for batch in _state_batches(version):
            body = pc.utf8_slice_codeunits(batch.column("body"), 0, BODY_PREFIX_CHARS)
            batch = batch.set_column(batch.schema.get_field_index("body"), "body", body)
            documents.update(cls.from_rows(batch.to_pylist()).documents)
        # A lost newest manifest is no proof the last run walked every listing.
        newest = read_manifest(version, version.runs[-1]) if version.runs else None
        finished = newest is not None and newest.get("finish_reason") == "finished"
        return cls(documents, last_gone(version), finished)


def _state_batches(version: Version) -> Iterator[pa.RecordBatch]:
    """The state columns of ``version``'s current view, batch by batch.

    Read as the dataset commit reads it (by name, through the migrations), so a dataset
    of an older schema gives the same state as after its migration.
    """
    columns = tuple(c for c in CURRENT_COLUMNS if c.name in _STATE_COLUMNS)
    con = duckdb.connect()
    try:
        con.execute("SET TimeZone = 'UTC'")
        query = projected_select(version.item_files(), columns)
        yield from con.sql(query).to_arrow_reader(10_000)
    finally:
        con.close()


# --------------------------------------------------------------------------- plan


@dataclass
class IncrementalPlan:
    """The decisions of one crawl, counted in its stats.

    ``full``: a forced full recrawl (``-a full=1``): every card is fetched, nothing is
    conditional, and the dataset commit may withdraw vanished upcoming events.

    ``gone`` is this run's list of gone documents, which the dataset pipeline hands to
    the commit (``DatasetWriter.commit(gone=...)``) for the run manifest: the previous
    list, minus the URLs this run fetched again, plus those that
    answered 404/410 now. A full run starts from an empty list (it loads no state), so
    URLs whose card left the site do not stay forever.
    """

    site: Site
    state: IncrementalState
    today: dt.date
    full: bool = False
    stop_after: int = DEFAULT_STOP_AFTER
    stats: Any = None
    #: This run's clock, against which stored fetch times are checked (a clock that ran
    #: ahead on an earlier run leaves fetch times in the future).
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    gone: dict[str, str | None] = field(init=False)
    decided: set[str] = field(init=False, default_factory=set)
    """``item_id`` of every document a card, sitemap or feed led to this run."""

    def __post_init__(self) -> None:
        self.gone = dict(self.state.gone)

    def attach(self, stats: Any) -> None:
        """Count decisions in ``stats`` (the crawl's stats collector)."""
        self.stats = stats

    @property
    def incremental(self) -> bool:
        """Decisions can skip documents: not a full crawl, and the dataset has a ledger."""
        return not self.full and len(self.state) > 0

    def _count(self, decision: Decision) -> Decision:
        if self.stats is not None:
            verb = "fetch" if decision.fetch else "skip"
            self.stats.inc_value(f"citycrawl/incremental/{verb}/{decision.reason}")
        return decision

    def lookup(self, url: str) -> KnownDocument | None:
        """The stored document at ``url`` (any alias that maps to the same item_id)."""
        return self.state.documents.get(self.site.item_id(url))

    def for_card(self, entry: ListingEntry) -> Decision:
        """The decision for a card's document (counted)."""
        url = self.site.canonical_url(entry.url)
        decision = decide_card(
            self.lookup(url),
            entry,
            self.today,
            full=self.full,
            gone_card_hash=self.gone.get(url),
        )
        return self._fetching(url, self._count(decision))

    def for_listed_url(self, url: str, lastmod: dt.datetime | dt.date | None) -> Decision:
        """The decision for a sitemap or feed URL (counted)."""
        doc = self.lookup(url)
        decision = decide_listed_url(doc, lastmod, self.today, full=self.full, now=self.now)
        url = self.site.canonical_url(url)
        gone_card = self.gone.get(url)
        if doc is None and gone_card is not None:
            # The card that leads to a gone URL stands in for the stored row's: a 404
            # keeps it on the list unchanged, a page that is back stores it.
            decision = dataclasses.replace(decision, card_hash=gone_card)
        return self._fetching(url, self._count(decision))

    def _fetching(self, url: str, decision: Decision) -> Decision:
        self.decided.add(self.site.item_id(url))
        # A URL fetched again leaves the gone list; the answer decides whether it
        # comes back (document_failed).
        if decision.fetch and url in self.gone:
            del self.gone[url]
        return decision

    def document_failed(self, url: str, status: int | None, card_hash: str | None) -> bool:
        """Record a document request that failed for good; True if it is gone (404/410).

        ``url``: the URL the card or sitemap named (before redirects); ``card_hash``:
        the one its request carried.
        """
        if status not in GONE_STATUSES:
            return False
        self.gone[self.site.canonical_url(url)] = card_hash
        return True

    def keep_paging(self, known_run: int) -> bool:
        """Whether to follow the listing's next page after ``known_run`` known cards.

        Always after a run that did not finish (``walk_complete``): its documents are
        the newest, and the older ones it never reached lie beyond them.
        """
        walk_all = self.full or not self.state.walk_complete
        keep = keep_paging(known_run, self.stop_after, full=walk_all)
        if not keep and self.stats is not None:
            self.stats.inc_value("citycrawl/incremental/listing_stopped")
        return keep

    def request_options(self, url: str, decision: Decision) -> dict[str, Any]:
        """``headers`` and ``meta`` for the document request (conditional or not)."""
        doc = self.lookup(url)
        if not decision.conditional or doc is None:
            return {}
        return {
            "headers": conditional_headers(doc, self.now),
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
        cls, settings: Any, site: Site, *, full: bool, stats: Any = None
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
            else IncrementalState.load(settings.get("CITYCRAWL_OUTPUT_DIR", "output"), site.name)
        )
        return cls(
            site=site,
            state=state,
            today=today,
            full=full,
            stop_after=settings.getint("CITYCRAWL_INCREMENTAL_STOP_AFTER", DEFAULT_STOP_AFTER),
            stats=stats,
        )
