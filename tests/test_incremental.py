"""Unit tests of the incremental decisions (citycrawl.incremental): pure, time frozen."""

from __future__ import annotations

import datetime as dt
from email.utils import parsedate_to_datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from citycrawl.dataset import DatasetWriter
from citycrawl.incremental import (
    IncrementalPlan,
    IncrementalState,
    KnownDocument,
    Reason,
    card_agrees,
    conditional_headers,
    decide_card,
    decide_listed_url,
    keep_paging,
    stored_card,
)
from citycrawl.items import card_hash
from citycrawl.parsing.model import ListingEntry
from citycrawl.sites import get
from tests.rows import make_row

TODAY = dt.date(2026, 5, 20)
FETCHED = dt.datetime(2026, 5, 19, 3, 0, tzinfo=dt.UTC)
NOW = dt.datetime(2026, 5, 20, 3, 0, tzinfo=dt.UTC)
SITE = get("eurocities")
URL = "https://eurocities.eu/latest/a-story/"


def doc(**changes: object) -> KnownDocument:
    values: dict[str, object] = {
        "item_id": SITE.item_id(URL),
        "url": URL,
        "status": "active",
        "item_type": "news",
        "title": "Cities call for action",
        "summary": "No one should be without a home in Europe.",
        "body_start": "Cities are urging the EU to safeguard funding. More text.",
        "date_text": "date: 5 November 2025",
        "date_texts": (("date", "5 November 2025"),),
        "last_seen": FETCHED,
        "last_day": None,
    }
    values.update(changes)
    return KnownDocument(**values)  # type: ignore[arg-type]


def card(**changes: object) -> ListingEntry:
    values: dict[str, object] = {
        "url": URL,
        "title": "Cities call for action",
        "summary": "Cities are urging the EU to safeguard funding…",
        "date_text": "5 November 2025",
    }
    values.update(changes)
    return ListingEntry(**values)  # type: ignore[arg-type]


def test_unknown_document_is_fetched_as_new() -> None:
    decision = decide_card(None, card(), TODAY)
    assert (decision.fetch, decision.reason, decision.known) == (True, Reason.NEW, False)


def test_known_document_with_the_same_card_is_skipped() -> None:
    decision = decide_card(doc(), card(), TODAY)
    assert (decision.fetch, decision.reason) == (False, Reason.UNCHANGED)
    assert decision.known_unchanged


@pytest.mark.parametrize(
    "change",
    [
        {"title": "POSTPONED - Cities call for action"},
        {"date_text": "6 November 2025"},
        {"summary": "A different teaser written later."},
        {"date_text": None},  # the date vanished from the card
    ],
)
def test_a_changed_card_refetches_the_document(change: dict[str, str]) -> None:
    decision = decide_card(doc(), card(**change), TODAY)
    assert (decision.fetch, decision.reason, decision.conditional) == (
        True,
        Reason.CARD_CHANGED,
        False,
    )
    assert not decision.known_unchanged


def test_card_comparison_ignores_case_spacing_and_ellipsis() -> None:
    assert card_agrees(
        doc(), card(title="  cities CALL for\n action ", summary="Cities are urging…")
    )
    # Old-layout labels: the raw value must occur in the stored date text.
    old = doc(date_text="publication date: 19-10-2017")
    assert card_agrees(old, card(date_text=None, published_text="19-10-2017"))
    assert not card_agrees(old, card(date_text=None, published_text="20-10-2017"))


def test_upcoming_event_is_refetched_conditionally_until_it_is_past() -> None:
    event = doc(item_type="event", last_day=TODAY)
    decision = decide_card(event, card(), TODAY)
    assert (decision.fetch, decision.reason, decision.conditional) == (
        True,
        Reason.UPCOMING_EVENT,
        True,
    )
    past = decide_card(event, card(), TODAY + dt.timedelta(days=1))
    assert (past.fetch, past.reason) == (False, Reason.UNCHANGED)
    # An event without any date cannot be known to be past.
    assert decide_card(doc(item_type="event", last_day=None), card(), TODAY).fetch


def test_withdrawn_document_listed_again_is_fetched() -> None:
    decision = decide_card(doc(status="withdrawn", item_type="event"), card(), TODAY)
    assert (decision.fetch, decision.reason) == (True, Reason.WITHDRAWN_LISTED)


def test_full_fetches_everything_unconditionally() -> None:
    decision = decide_card(doc(), card(), TODAY, full=True)
    assert (decision.fetch, decision.reason, decision.conditional) == (True, Reason.FULL, False)
    assert decide_listed_url(doc(), None, TODAY, full=True).fetch


@pytest.mark.parametrize(
    ("lastmod", "fetch"),
    [
        (None, False),
        (FETCHED - dt.timedelta(days=3), False),
        (FETCHED + dt.timedelta(minutes=1), True),
        (dt.datetime(2026, 5, 19, 4, 0), True),  # naive: read as UTC
        (dt.date(2026, 5, 18), False),
        (dt.date(2026, 5, 19), True),  # same day as the fetch: may be later
    ],
)
def test_sitemap_lastmod_decides_known_documents(
    lastmod: dt.datetime | dt.date | None, fetch: bool
) -> None:
    decision = decide_listed_url(doc(), lastmod, TODAY)
    assert decision.fetch is fetch
    assert decision.reason == (Reason.MODIFIED if fetch else Reason.UNCHANGED)


def test_sitemap_unknown_and_upcoming() -> None:
    assert decide_listed_url(None, None, TODAY).reason == Reason.NEW
    upcoming = decide_listed_url(doc(item_type="event", last_day=TODAY), None, TODAY)
    assert (upcoming.fetch, upcoming.conditional) == (True, True)


def test_paging_stops_after_a_run_of_known_cards() -> None:
    assert keep_paging(19, 20)
    assert not keep_paging(20, 20)
    assert keep_paging(500, 20, full=True)


def test_conditional_headers_carry_the_last_fetch() -> None:
    headers = conditional_headers(doc(), NOW)
    assert parsedate_to_datetime(headers["If-Modified-Since"]) == FETCHED
    assert headers["If-Modified-Since"].endswith("GMT")


def test_stored_card_rebuilds_what_the_card_added() -> None:
    stored = doc(
        date_text="start date: 22-10-2019; end date: 24-10-2019",
        date_texts=(("start date", "22-10-2019"), ("end date", "24-10-2019")),
        categories=("Events",),
        theme_labels=("social affairs",),
        reading_minutes=3,
    )
    entry = stored_card(stored)
    assert (entry.start_text, entry.end_text, entry.date_text) == ("22-10-2019", "24-10-2019", None)
    assert (entry.categories, entry.theme_labels, entry.reading_minutes) == (
        ["Events"],
        ["social affairs"],
        3,
    )
    assert stored_card(doc()).date_text == "5 November 2025"


def test_plan_counts_decisions_and_builds_conditional_requests() -> None:
    class Stats(dict):
        def inc_value(self, key: str, count: int = 1) -> None:
            self[key] = self.get(key, 0) + count

    event = doc(item_type="event", last_day=TODAY)
    stats = Stats()
    plan = IncrementalPlan(SITE, IncrementalState({event.item_id: event}), TODAY, stats=stats)
    assert plan.incremental
    decision = plan.for_card(card())
    options = plan.request_options(URL, decision)
    assert options["meta"]["handle_httpstatus_list"] == [304]
    assert "If-Modified-Since" in options["headers"]
    assert plan.request_options(URL, decide_card(None, card(), TODAY)) == {}
    assert plan.not_modified(304, options["meta"])
    assert not plan.not_modified(304, {})
    assert not plan.keep_paging(25)
    assert stats == {
        "citycrawl/incremental/fetch/upcoming_event": 1,
        "citycrawl/incremental/not_modified": 1,
        "citycrawl/incremental/listing_stopped": 1,
    }
    # No ledger yet: nothing can be skipped, the run is not incremental.
    assert not IncrementalPlan(SITE, IncrementalState(), TODAY).incremental


def test_state_is_read_from_the_committed_dataset(tmp_path: Path) -> None:
    assert len(IncrementalState.load(tmp_path, "eurocities")) == 0
    row = make_row()
    with DatasetWriter(tmp_path, "eurocities") as writer:
        writer.write(row)
        writer.commit(finish_reason="finished")
    state = IncrementalState.load(tmp_path, "eurocities")
    known = IncrementalPlan(SITE, state, TODAY).lookup(row["url"])
    assert known is not None
    assert known.item_id == row["item_id"]
    assert known.last_seen == row["crawled_at"]
    assert state.last_run_before(row["crawled_at"]) == row["crawled_at"]
    # Seen from a clock behind the fetch, the fetch came from a clock that ran ahead.
    assert state.last_run_before(row["crawled_at"] - dt.timedelta(seconds=1)) is None
    # A spooled but uncommitted run is not state: the ledger is what was published.
    with DatasetWriter(tmp_path, "eurocities") as writer:
        writer.write(make_row(url="https://eurocities.eu/latest/another/"))
    assert len(IncrementalState.load(tmp_path, "eurocities")) == 1


def test_state_keeps_only_the_start_of_long_bodies(tmp_path: Path) -> None:
    row = make_row(body="x" * 10_000)
    with DatasetWriter(tmp_path, "eurocities") as writer:
        writer.write(row)
        writer.commit(finish_reason="finished")
    state = IncrementalState.load(tmp_path, "eurocities")
    known = IncrementalPlan(SITE, state, TODAY).lookup(row["url"])
    assert known is not None
    assert known.body_start is not None
    assert len(known.body_start) == 1500
    files = list(tmp_path.rglob("*.parquet"))
    assert pq.read_table(files[0]).schema.field("body").type == pa.large_string()


# -- crawl state: card hash, validators, gone documents ---------------------------------


def test_a_stored_card_hash_decides_exactly() -> None:
    # The card's teaser is not the page's text: without a stored hash it looks changed.
    written_for_the_card = card(summary="A teaser written for the listing only.")
    assert decide_card(doc(), written_for_the_card, TODAY).reason == Reason.CARD_CHANGED
    stored = doc(card_hash=card_hash(written_for_the_card))
    decision = decide_card(stored, written_for_the_card, TODAY)
    assert (decision.fetch, decision.reason) == (False, Reason.UNCHANGED)
    assert decision.card_hash == card_hash(written_for_the_card)
    # Any change of the card refetches, even one the text comparison would let pass.
    recased = card(summary="A teaser written for the listing only.", title="CITIES call for action")
    assert card_agrees(doc(), card(title="CITIES call for action"))
    assert decide_card(stored, recased, TODAY).reason == Reason.CARD_CHANGED


def test_conditional_headers_send_the_stored_validators() -> None:
    modified = dt.datetime(2025, 1, 1, 8, 0, tzinfo=dt.UTC)
    headers = conditional_headers(doc(etag='W/"5f2"', last_modified=modified), NOW)
    assert headers["If-None-Match"] == 'W/"5f2"'
    assert parsedate_to_datetime(headers["If-Modified-Since"]) == modified
    assert "If-None-Match" not in conditional_headers(doc(), NOW)


def test_a_gone_url_with_the_same_card_is_skipped_until_the_card_changes() -> None:
    hashed = card_hash(card())
    gone = decide_card(None, card(), TODAY, gone_card_hash=hashed)
    assert (gone.fetch, gone.reason) == (False, Reason.GONE)
    assert gone.known_unchanged  # counts toward the listing's stop rule
    # A gone URL that is in the ledger (a deleted upcoming event): not asked again either.
    event = doc(item_type="event", last_day=TODAY)
    assert decide_card(event, card(), TODAY, gone_card_hash=hashed).reason == Reason.GONE
    changed = decide_card(None, card(title="Back online"), TODAY, gone_card_hash=hashed)
    assert (changed.fetch, changed.reason) == (True, Reason.NEW)
    assert decide_card(None, card(), TODAY, full=True, gone_card_hash=hashed).fetch
    # Gone without a card (reached through a sitemap): the card decides as usual.
    assert decide_card(None, card(), TODAY, gone_card_hash=None).fetch


@pytest.mark.parametrize("ahead", [dt.timedelta(days=2), dt.timedelta(days=366)])
def test_a_fetch_time_from_a_clock_that_ran_ahead_never_makes_a_page_unchanged(
    ahead: dt.timedelta,
) -> None:
    # The stored copy says it was fetched in the future: every lastmod looks older.
    stored = doc(last_seen=FETCHED + ahead)
    for lastmod in (None, FETCHED, FETCHED.date(), FETCHED + dt.timedelta(days=1)):
        decision = decide_listed_url(stored, lastmod, TODAY, now=NOW)
        assert (decision.fetch, decision.reason) == (True, Reason.CLOCK_AHEAD)
    assert "If-Modified-Since" not in conditional_headers(stored, NOW)
    assert "If-Modified-Since" in conditional_headers(doc(), NOW)


@pytest.mark.parametrize(
    "text", ["9 June 2026", "9 June 2026; 10:00-12:00", "Tuesday; 9; June", " 9 June ", "9: June"]
)
def test_a_stored_card_gives_back_each_date_text_whatever_it_holds(text: str) -> None:
    stored = doc(
        date_text=f"event date: {text}; start date: {text}",
        date_texts=(("event date", text), ("start date", text), (None, "found in the body")),
    )
    entry = stored_card(stored)
    assert (entry.date_text, entry.start_text, entry.end_text) == (text, text, None)


def test_a_sitemap_refetch_keeps_the_stored_card_hash() -> None:
    stored = doc(card_hash="c" * 64)
    decision = decide_listed_url(stored, FETCHED + dt.timedelta(hours=1), TODAY)
    assert (decision.reason, decision.card_hash) == (Reason.MODIFIED, "c" * 64)
    assert decide_listed_url(None, None, TODAY).card_hash is None


def test_plan_carries_gone_urls_forward_and_records_new_ones() -> None:
    class Stats(dict):
        def inc_value(self, key: str, count: int = 1) -> None:
            self[key] = self.get(key, 0) + count

    other = "https://eurocities.eu/latest/other/"
    state = IncrementalState(
        {doc().item_id: doc()},
        gone={URL: card_hash(card()), other: card_hash(card(url=other))},
    )
    plan = IncrementalPlan(SITE, state, TODAY)
    stats = Stats()
    plan.attach(stats)
    assert plan.gone == state.gone  # carried forward even if nothing happens
    assert plan.for_card(card()).reason == Reason.GONE
    # The other card changed: its URL is asked again and leaves the list...
    decision = plan.for_card(card(url=other, title="New title"))
    assert decision.fetch
    assert plan.gone == {URL: card_hash(card())}
    # ...and comes back with the new card if it is still gone.
    assert plan.document_failed(other, 410, decision.card_hash)
    assert plan.gone[other] == card_hash(card(url=other, title="New title"))
    assert not plan.document_failed(URL + "x", 503, None)  # a passing failure
    assert stats["citycrawl/incremental/skip/gone"] == 1
    assert state.gone[other] != plan.gone[other]  # the loaded state is untouched


def test_state_reads_gone_urls_from_the_newest_crawl_manifest(tmp_path: Path) -> None:
    gone = {URL: "c" * 64}
    with DatasetWriter(tmp_path, "eurocities") as writer:
        writer.write(make_row())
        writer.commit(finish_reason="finished", gone=gone)
    assert IncrementalState.load(tmp_path, "eurocities").gone == gone
    # A crashed run's spool, committed by the next writer, has no crawl stats: the
    # list of the last run that could tell stays in force.
    crashed = DatasetWriter(tmp_path, "eurocities")
    crashed.write(make_row(url="https://eurocities.eu/latest/another/"))
    crashed.close()  # as if killed: no commit
    DatasetWriter(tmp_path, "eurocities").close()  # recovers it, then dies too
    state = IncrementalState.load(tmp_path, "eurocities")
    assert len(state) == 2
    assert state.gone == gone
    with DatasetWriter(tmp_path, "eurocities") as writer:
        writer.commit(finish_reason="finished", gone={})
    assert IncrementalState.load(tmp_path, "eurocities").gone == {}


def test_a_sitemap_fetch_of_a_gone_url_keeps_its_card_hash() -> None:
    gone_url = "https://eurocities.eu/latest/gone/"
    plan = IncrementalPlan(
        SITE, IncrementalState({doc().item_id: doc()}, gone={gone_url: "g"}), TODAY
    )
    decision = plan.for_listed_url(gone_url, None)
    assert (decision.fetch, decision.card_hash) == (True, "g")
    assert plan.gone == {}
    plan.document_failed(gone_url, 404, decision.card_hash)
    assert plan.gone == {gone_url: "g"}


def test_the_stop_rule_is_off_after_a_run_that_did_not_finish(tmp_path: Path) -> None:
    with DatasetWriter(tmp_path, "eurocities") as writer:
        writer.write(make_row())
        writer.commit(finish_reason="shutdown")
    state = IncrementalState.load(tmp_path, "eurocities")
    assert not state.walk_complete
    assert IncrementalPlan(SITE, state, TODAY).keep_paging(500)  # the walk must reach the rest
    with DatasetWriter(tmp_path, "eurocities") as writer:
        writer.commit(finish_reason="finished")
    state = IncrementalState.load(tmp_path, "eurocities")
    assert state.walk_complete
    assert not IncrementalPlan(SITE, state, TODAY).keep_paging(500)
