"""Validation: the schema contract is checked, never coerced (R-23), dates kept sane."""

from __future__ import annotations

import datetime as dt

import pytest

from pipelines.validate import InvalidItem, validate_row
from tests.rows import make_row


def test_a_valid_row_passes_unchanged() -> None:
    row = make_row()
    assert validate_row(dict(row)) == row


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"title": None}, "missing_title"),
        ({"title": ""}, "missing_title"),
        ({"item_type": "blog"}, "invalid_item_type"),
        ({"published": "2021-04-09"}, "invalid_type"),
        ({"published": dt.datetime(2021, 4, 9, tzinfo=dt.UTC)}, "invalid_type"),
        ({"event_starts_at": dt.datetime(2021, 4, 9, 10)}, "invalid_type"),  # naive
        ({"categories": "News"}, "invalid_type"),
        ({"categories": ["News", 3]}, "invalid_type"),
        ({"reading_minutes": "4"}, "invalid_type"),
        ({"reading_minutes": True}, "invalid_type"),
        ({"is_online": "yes"}, "invalid_type"),
    ],
)
def test_rows_breaking_the_contract_are_rejected(overrides: dict, reason: str) -> None:
    row = make_row()
    row.update(overrides)
    with pytest.raises(InvalidItem) as caught:
        validate_row(row)
    assert caught.value.reason == reason


def test_missing_column_is_rejected() -> None:
    row = make_row()
    del row["language"]
    with pytest.raises(InvalidItem, match="wrong_columns"):
        validate_row(row)


def test_publication_in_the_future_is_nulled_and_explained() -> None:
    row = validate_row(make_row(published=dt.date(2026, 12, 25)))
    assert row["published"] is None
    assert row["date_issues"] == ["published:in_future"]
    assert validate_row(make_row(published=dt.date(2026, 11, 21)))["published"] is not None


def test_event_ending_before_it_starts_loses_its_dates_not_the_item() -> None:
    row = validate_row(
        make_row(
            item_type="event",
            event_start=dt.date(2019, 10, 24),
            event_end=dt.date(2019, 10, 22),
            event_starts_at=dt.datetime(2019, 10, 24, 8, tzinfo=dt.UTC),
        )
    )
    assert (row["event_start"], row["event_end"], row["event_starts_at"]) == (None, None, None)
    assert row["date_issues"] == ["event:end_before_start"]


def test_end_time_before_start_time_is_nulled() -> None:
    row = validate_row(
        make_row(
            item_type="event",
            event_start=dt.date(2019, 1, 17),
            event_end=dt.date(2019, 1, 17),
            event_starts_at=dt.datetime(2019, 1, 17, 15, tzinfo=dt.UTC),
            event_ends_at=dt.datetime(2019, 1, 17, 14, tzinfo=dt.UTC),
        )
    )
    assert row["event_starts_at"] is not None
    assert row["event_ends_at"] is None
    assert row["date_issues"] == ["event_time:end_before_start"]
