"""The CMS interfaces' answers read into records (citycrawl.parsing.cms), and normalised.

Bodies follow the public documentation of the WordPress REST API (wp/v2 posts with
``_embed``), The Events Calendar's REST API (tribe/events/v1) and Drupal's JSON:API.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from citycrawl.items import ParsedPage
from citycrawl.parsing.cms import (
    ApiError,
    ApiRecord,
    TaxonomyRoles,
    parse_drupal_nodes,
    parse_tribe_events,
    parse_wp_posts,
    parse_wp_types,
)
from citycrawl.parsing.model import DocumentPage
from pipelines.normalise import normalise_page

FETCHED = dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC)


def _post(**fields: object) -> dict[str, object]:
    post: dict[str, object] = {
        "id": 83755,
        "date": "2025-01-21T10:30:00",
        "date_gmt": "2025-01-21T09:30:00",
        "modified_gmt": "2025-01-22T08:00:00",
        "link": "https://energy-cities.eu/news-energy-cities-at-the-eusew/",
        "title": {"rendered": "Energy Cities at the EUSEW &#8211; <em>join us</em>"},
        "_embedded": {
            "wp:term": [
                [{"id": 3, "name": "News", "slug": "news", "taxonomy": "category"}],
                [{"id": 9, "name": "Renovation", "slug": "renovation", "taxonomy": "post_tag"}],
                [{"id": 12, "name": "Energy &amp; climate", "taxonomy": "thematic"}],
                [{"id": 1, "name": "Standard", "taxonomy": "post_format"}],
            ]
        },
    }
    post.update(fields)
    return post


def test_wordpress_posts_give_titles_dates_and_terms_by_role() -> None:
    [record] = parse_wp_posts(json.dumps([_post()]).replace("/", "\\/").encode())
    assert record.url == "https://energy-cities.eu/news-energy-cities-at-the-eusew/"
    assert record.title == "Energy Cities at the EUSEW – join us"
    assert record.published == "2025-01-21T10:30:00"  # local: the day the site prints
    assert record.modified == "2025-01-22T08:00:00+00:00"
    assert (record.categories, record.tags, record.themes) == (
        ["News"],
        ["Renovation"],
        ["Energy & climate"],
    )


@pytest.mark.parametrize(
    ("taxonomy", "role"),
    [
        ("category", "categories"),
        ("latest_categories", "categories"),
        ("resources_type", "categories"),
        ("tribe_events_cat", "categories"),
        ("post_tag", "tags"),
        ("focus_area", "themes"),
        ("topic", "themes"),
        ("post_format", None),
    ],
)
def test_taxonomy_roles(taxonomy: str, role: str | None) -> None:
    assert TaxonomyRoles().role(taxonomy) == role


@pytest.mark.parametrize(
    "body",
    [b"", b"<!DOCTYPE html><html><body>Not found</body></html>", b'{"code": "rest_no_route"}'],
)
def test_what_is_not_the_interface_is_an_api_error(body: bytes) -> None:
    with pytest.raises(ApiError):
        parse_wp_posts(body)


def test_posts_without_a_link_and_junk_entries_are_skipped() -> None:
    body = json.dumps([_post(link=None), "junk", 7, _post()]).encode()
    assert len(parse_wp_posts(body)) == 1


def test_types_keep_document_types_only() -> None:
    body = json.dumps(
        {
            "post": {"rest_base": "posts", "taxonomies": ["category", "post_tag"]},
            "page": {"rest_base": "pages"},
            "attachment": {"rest_base": "media"},
            "latest": {"rest_base": "latest", "taxonomies": ["latest_categories"]},
            "evil": {"rest_base": "../../etc"},
        }
    ).encode()
    assert [t.rest_base for t in parse_wp_types(body)] == ["posts", "latest"]


def test_tribe_events_give_local_times_zone_and_venue() -> None:
    body = json.dumps(
        {
            "events": [
                {
                    "url": "https://www.polisnetwork.eu/event/annual-polis-conference-2025/",
                    "title": "Annual POLIS Conference 2025",
                    "date": "2025-06-01 12:00:00",
                    "start_date": "2025-11-26 09:00:00",
                    "end_date": "2025-11-27 17:30:00",
                    "all_day": False,
                    "timezone": "Europe/Brussels",
                    "venue": {"venue": "SQUARE", "city": "Brussels", "country": "Belgium"},
                    "categories": [{"name": "Conference"}],
                }
            ],
            "next_rest_url": "https://www.polisnetwork.eu/wp-json/tribe/events/v1/events?page=2",
        }
    ).encode()
    [event], next_url = parse_tribe_events(body)
    assert (event.event_start, event.event_end, event.timezone) == (
        "2025-11-26 09:00:00",
        "2025-11-27 17:30:00",
        "Europe/Brussels",
    )
    assert event.location == "SQUARE, Brussels, Belgium"
    assert next_url is not None
    assert next_url.endswith("page=2")


def test_drupal_nodes_use_path_aliases_and_next_links() -> None:
    body = json.dumps(
        {
            "data": [
                {
                    "type": "node--article",
                    "attributes": {
                        "drupal_internal__nid": 1234,
                        "title": "URBACT Cities at the Festival",
                        "created": "2024-07-02T10:15:00+00:00",
                        "path": {"alias": "/en/urbact-cities-festival"},
                    },
                },
                {"type": "node--page", "attributes": {"drupal_internal__nid": 7, "path": {}}},
            ],
            "links": {
                "next": {"href": "https://urbact.eu/jsonapi/node/article?page%5Boffset%5D=50"}
            },
        }
    ).encode()
    records, next_url = parse_drupal_nodes(body, "https://urbact.eu")
    assert [r.url for r in records] == [
        "https://urbact.eu/en/urbact-cities-festival",
        "https://urbact.eu/node/7",
    ]
    assert next_url is not None


def test_an_event_with_structured_dates_keeps_its_own_zone() -> None:
    url = "https://eurocities.eu/latest/a-forum/"
    document = DocumentPage(url, "wordpress", title="A forum", categories=["Events"])
    api = ApiRecord(
        url,
        event_start="2025-06-26 09:00:00",
        event_end="2025-06-26 17:00:00",
        timezone="Europe/Lisbon",
        location="Porto, Portugal",
    )
    row = normalise_page(ParsedPage("eurocities", url, document, FETCHED, api=api))
    assert (row["event_start"], row["event_end"]) == (dt.date(2025, 6, 26), dt.date(2025, 6, 26))
    assert row["event_timezone"] == "Europe/Lisbon"
    assert row["event_starts_at"] == dt.datetime(2025, 6, 26, 8, tzinfo=dt.UTC)
    assert row["location"] == "Porto, Portugal"
    assert "event start (cms): 2025-06-26 09:00:00" in row["date_text"]


def test_an_all_day_event_has_days_only_and_a_bad_zone_falls_back_home() -> None:
    url = "https://eurocities.eu/latest/a-day/"
    document = DocumentPage(url, "wordpress", title="A day", categories=["Events"])
    api = ApiRecord(url, event_start="2025-06-26 00:00:00", all_day=True, timezone="Mars/Olympus")
    row = normalise_page(ParsedPage("eurocities", url, document, FETCHED, api=api))
    assert row["event_start"] == row["event_end"] == dt.date(2025, 6, 26)
    assert row["event_starts_at"] is None
    assert row["event_timezone"] is None
