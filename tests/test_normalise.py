"""Normalise: card + page merged into one typed row (issue 7's schema and date rules)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from citycrawl.items import ParsedPage, card_hash
from citycrawl.parsing.model import DocumentPage, ListingEntry
from citycrawl.schema import ITEM_COLUMN_NAMES
from citycrawl.sites import get
from pipelines.normalise import http_date, item_type_for, normalise_page, plain_text, slugify
from pipelines.validate import validate_row

SITE = get("eurocities")

FETCHED = dt.datetime(2026, 11, 20, 2, 0, tzinfo=dt.UTC)
SEED = "http://www.eurocities.eu/eurocities/issues/innovation-issue"
WEBINAR_URL = (
    "http://www.eurocities.eu/eurocities/calendar/events_list/"
    "Webinar-on-active-involvement-of-citizens-for-energy-saving-WSPO-B7VR2K"
)
WEBINAR_TEASER = (
    "The Sharing Cities programme will host a webinar on the Digital Social Market (DSM) in "
    "Lisbon, an online engagement platform on Thursday 17 January 2019, 15:00-16:00 "
    "(CET, Brussels time)."
)


def _page(document: DocumentPage, entry: ListingEntry | None = None, **kw: object) -> ParsedPage:
    return ParsedPage(
        site="eurocities",
        url=document.url,
        document=document,
        fetched_at=FETCHED,
        entry=entry,
        **kw,
    )


def test_seed_webinar_combines_labelled_days_with_the_teaser_time() -> None:
    """Issue 7: event_starts_at 2019-01-17 14:00 UTC for the webinar in the seed."""
    entry = ListingEntry(
        url=WEBINAR_URL,
        title="Webinar on active involvement of citizens for energy saving",
        summary=WEBINAR_TEASER,
        start_text="17-01-2019",
        end_text="17-01-2019",
    )
    document = DocumentPage(
        url=WEBINAR_URL,
        layout="domino",
        title="Webinar on active involvement of citizens for energy saving",
        theme_labels=["knowledge society"],
    )
    row = validate_row(normalise_page(_page(document, entry, listing_url=SEED)))
    assert row["item_type"] == "event"
    assert row["event_start"] == row["event_end"] == dt.date(2019, 1, 17)
    assert row["event_starts_at"] == dt.datetime(2019, 1, 17, 14, 0, tzinfo=dt.UTC)
    assert row["event_ends_at"] == dt.datetime(2019, 1, 17, 15, 0, tzinfo=dt.UTC)
    assert row["event_timezone"] in {"Europe/Brussels", "CET"}
    assert row["is_online"] is True
    # Listed on the innovation issue page: the listing adds its theme (issue 15).
    assert row["themes"] == ["knowledge-society", "innovation"]
    assert row["theme_labels"] == ["knowledge society", "innovation"]
    assert row["published"] is None
    assert "start date: 17-01-2019" in row["date_text"]
    assert "Thursday 17 January 2019, 15:00-16:00 (CET, Brussels time)" in row["date_text"]
    assert row["date_issues"] == []
    assert list(row) == list(ITEM_COLUMN_NAMES)


def test_teaser_time_on_another_day_is_not_combined() -> None:
    entry = ListingEntry(
        url=WEBINAR_URL, title="Webinar", summary=WEBINAR_TEASER, start_text="18-01-2019"
    )
    document = DocumentPage(url=WEBINAR_URL, layout="domino", title="Webinar")
    row = normalise_page(_page(document, entry))
    assert row["event_start"] == row["event_end"] == dt.date(2019, 1, 18)
    assert row["event_starts_at"] is None


def test_new_site_event_card_date_is_the_event_day_and_teaser_gives_the_end() -> None:
    url = "https://eurocities.eu/latest/eurocities-at-the-world-urban-forum/"
    entry = ListingEntry(
        url=url,
        title="Eurocities at the World Urban Forum",
        summary="The event will take place in Katowice on 26-30 June.",
        categories=["Events"],
        date_text="26 June 2022",
        reading_minutes=1,
    )
    document = DocumentPage(
        url=url, layout="wordpress", title="Eurocities at the World Urban Forum"
    )
    row = normalise_page(_page(document, entry))
    assert row["item_type"] == "event"
    assert (row["event_start"], row["event_end"]) == (dt.date(2022, 6, 26), dt.date(2022, 6, 30))
    assert row["published"] is None
    assert row["location"] == "Katowice"
    assert row["is_online"] is False
    assert row["reading_minutes"] == 1
    assert row["categories"] == ["Events"]


def test_naive_time_takes_the_zone_of_the_stated_place() -> None:
    url = "https://eurocities.eu/latest/eurocities-mobility-forum-porto/"
    document = DocumentPage(
        url=url,
        layout="wordpress",
        title="Eurocities Mobility Forum",
        categories=["Events"],
        date_text="31 May 2027",
        summary="The forum will take place in Porto, Monday 31 May, 14:30 – 16:00.",
    )
    row = normalise_page(_page(document))
    assert row["event_timezone"] == "Europe/Lisbon"
    assert row["event_starts_at"] == dt.datetime(2027, 5, 31, 13, 30, tzinfo=dt.UTC)


def test_card_fills_what_the_article_lacks_and_the_article_wins() -> None:
    url = "https://eurocities.eu/latest/cities-and-regions-demand-national-action-on-nature/"
    entry = ListingEntry(
        url=url + "?utm_source=newsletter",
        title="Card title",
        summary="Card teaser",
        categories=["News", "Press release"],
        date_text="11 June 2024",
        reading_minutes=3,
    )
    document = DocumentPage(
        url=url,
        layout="wordpress",
        title="Cities and regions demand national action on nature",
        body="Body text.",
        language="en-GB",
    )
    row = normalise_page(_page(document, entry))
    assert row["title"] == "Cities and regions demand national action on nature"
    assert row["summary"] == "Card teaser"
    assert row["item_type"] == "press_release"
    assert row["published"] == dt.date(2024, 6, 11)
    assert row["language"] == "en"
    assert row["url"] == url


def test_shortlink_served_without_redirect_takes_the_canonical_url() -> None:
    canonical = "https://eurocities.eu/latest/cities-call-for-action/"
    document = DocumentPage(
        url="https://eurocities.eu/?p=20761",
        layout="wordpress",
        title="Cities call for action",
        canonical_url=canonical,
    )
    row = normalise_page(_page(document))
    assert row["url"] == canonical
    foreign = DocumentPage(
        url="https://eurocities.eu/latest/x/",
        layout="wordpress",
        title="X",
        canonical_url="https://elsewhere.example/x/",
    )
    assert normalise_page(_page(foreign))["url"] == "https://eurocities.eu/latest/x/"


def test_impossible_date_stays_null_with_its_text_and_reason() -> None:
    url = "http://www.eurocities.eu/eurocities/news/Some-news-WSPO-ABC123"
    document = DocumentPage(url=url, layout="domino", title="News", published_text="30-02-2019")
    row = normalise_page(_page(document))
    assert row["published"] is None
    assert row["date_text"] == "publication date: 30-02-2019"
    assert row["date_issues"] == ["publication date:impossible"]


def test_historic_date_is_read_but_no_publication_or_event_date() -> None:
    """Issue 14: the parser reads "9 May 1950"; the fields keep refusing it, with reason."""
    url = "http://www.eurocities.eu/eurocities/news/Some-news-WSPO-ABC124"
    document = DocumentPage(url=url, layout="domino", title="News", published_text="9 May 1950")
    row = normalise_page(_page(document))
    assert row["published"] is None
    assert row["date_issues"] == ["publication date:implausible"]
    teaser = "Europe Day recalls the declaration of 9 May 1950; the debate is on 12 May 2026."
    event = DocumentPage(url=WEBINAR_URL, layout="domino", title="Europe Day", summary=teaser)
    row = normalise_page(_page(event, ListingEntry(url=WEBINAR_URL, title="Europe Day")))
    assert row["event_start"] == dt.date(2026, 5, 12)


def test_hash_ignores_fetch_time_and_follows_content() -> None:
    url = "https://eurocities.eu/latest/a/"
    document = DocumentPage(url=url, layout="wordpress", title="A", categories=["News"])
    first = normalise_page(_page(document))
    later = normalise_page(
        ParsedPage(
            site="eurocities", url=url, document=document, fetched_at=FETCHED + dt.timedelta(days=1)
        )
    )
    assert first["content_hash"] == later["content_hash"]
    document.title = "A, revised"
    assert normalise_page(_page(document))["content_hash"] != first["content_hash"]


@pytest.mark.parametrize(
    ("categories", "item_type"),
    [
        (["News"], "news"),
        (["News", "Press release"], "press_release"),
        (["Opinion", "News"], "opinion"),
        (["Spotlight", "Publications"], "publication"),
        (["Policy papers"], "policy_paper"),
        (["Events"], "event"),
        (["Stories"], "story"),
        ([], "other"),
    ],
)
def test_item_type_from_categories(categories: list[str], item_type: str) -> None:
    document = DocumentPage("https://eurocities.eu/latest/x/", "wordpress")
    assert item_type_for(SITE, SITE.layout("wordpress"), document, categories, False) == item_type


@pytest.mark.parametrize(
    ("path", "item_type"),
    [
        ("/eurocities/news/X-WSPO-ALEJ3G", "news"),
        ("/eurocities/calendar/events_list/X-WSPO-BJ4PBJ", "event"),
        ("/eurocities/documents/X-WSPO-9T2CS9", "publication"),
        ("/eurocities/publications/X-WSPO-BJHN8Q", "publication"),
        ("/eurocities/allcontent/X-WSPO-BAGUE3", "other"),
    ],
)
def test_item_type_from_old_site_path(path: str, item_type: str) -> None:
    document = DocumentPage("http://www.eurocities.eu" + path, "domino")
    assert item_type_for(SITE, SITE.layout("domino"), document, [], False) == item_type


def test_slugify_and_plain_text() -> None:
    assert slugify("knowledge society") == "knowledge-society"
    assert slugify("Migration & integration") == "migration-integration"
    assert slugify("Économie sociale") == "economie-sociale"
    assert plain_text("  <script>alert(1)</script>Title \ufffd ") == "alert(1)Title"
    assert plain_text("3 < 4 and 5 > 2") == "3 < 4 and 5 > 2"
    assert plain_text("<b></b>") is None


def test_crawl_state_columns_come_from_the_card_and_the_response() -> None:
    url = "https://eurocities.eu/latest/a-story/"
    entry = ListingEntry(url=url, title="A story", categories=["News"], date_text="5 May 2025")
    document = DocumentPage(url=url, layout="wordpress", title="A story", body="Text.")
    plain = validate_row(normalise_page(_page(document, entry)))
    assert (plain["card_hash"], plain["etag"], plain["last_modified"]) == (None, None, None)
    row = validate_row(
        normalise_page(
            _page(
                document,
                entry,
                card_hash=card_hash(entry),
                etag='W/"5f2-abc"',
                last_modified="Wed, 01 Jan 2025 10:00:00 GMT",
            )
        )
    )
    assert row["card_hash"] == card_hash(entry)
    assert row["etag"] == 'W/"5f2-abc"'
    assert row["last_modified"] == dt.datetime(2025, 1, 1, 10, 0, tzinfo=dt.UTC)
    # Crawl state is no content: a new ETag or card never makes a new version.
    assert row["content_hash"] == plain["content_hash"]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Wed, 01 Jan 2025 10:00:00 GMT", dt.datetime(2025, 1, 1, 10, tzinfo=dt.UTC)),
        ("Sunday, 06-Nov-94 08:49:37 GMT", dt.datetime(1994, 11, 6, 8, 49, 37, tzinfo=dt.UTC)),
        ("Wed, 01 Jan 2025 02:00:00 +0200", dt.datetime(2025, 1, 1, 0, tzinfo=dt.UTC)),
        ("yesterday", None),
        ("Wed, 99 Jan 2025 00:00:00 GMT", None),
        (None, None),
    ],
)
def test_last_modified_header_is_read_as_utc(header: str | None, expected: object) -> None:
    assert http_date(header) == expected


def test_card_hash_sees_every_card_field_but_not_spacing_or_the_url() -> None:
    entry = ListingEntry(
        url="https://eurocities.eu/latest/a/",
        title="A story",
        summary="Teaser",
        categories=["News"],
        date_text="5 May 2025",
        reading_minutes=3,
    )
    same = ListingEntry(
        url="https://eurocities.eu/latest/a-alias/",
        title=" A  story\n",
        summary="Teaser",
        categories=["News"],
        date_text="5 May 2025",
        reading_minutes=3,
    )
    assert card_hash(same) == card_hash(entry)
    for change in (
        {"title": "A Story"},
        {"summary": "Another teaser"},
        {"categories": ["News", "Spotlight"]},
        {"date_text": "6 May 2025"},
        {"reading_minutes": 4},
        {"theme_labels": ["economy"]},
    ):
        changed = dataclasses.replace(entry, **change)  # type: ignore[arg-type]
        assert card_hash(changed) != card_hash(entry), change
