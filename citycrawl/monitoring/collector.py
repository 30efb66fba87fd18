"""What a run's items say about extraction quality: coverage of key fields, date failures.

Pure (no Scrapy): :class:`RunCollector` is fed every written row and keeps counters and a
few example URLs, never the rows, so memory does not grow with the crawl.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

#: Example URLs kept per missing field and per kind of date failure.
MAX_EXAMPLES = 5


@dataclass(frozen=True, slots=True)
class KeyField:
    """A field whose coverage is watched: which items count, and when it is filled."""

    name: str
    applies: Callable[[Mapping[str, Any]], bool]
    filled: Callable[[Mapping[str, Any]], bool]
    description: str


def _is_event(row: Mapping[str, Any]) -> bool:
    return row.get("item_type") == "event"


#: The fields the run report covers; a layout change shows up as one of them emptying.
KEY_FIELDS: tuple[KeyField, ...] = (
    KeyField("title", lambda r: True, lambda r: bool(r.get("title")), "items with a title"),
    KeyField(
        "published",
        lambda r: not _is_event(r),
        lambda r: r.get("published") is not None,
        "non-event items with a publication date",
    ),
    KeyField("themes", lambda r: True, lambda r: bool(r.get("themes")), "items with themes"),
    KeyField(
        "event_dates",
        _is_event,
        lambda r: r.get("event_start") is not None,
        "events with a parsed event date",
    ),
    KeyField("body", lambda r: True, lambda r: bool(r.get("body")), "items with a body text"),
)


@dataclass
class FieldCoverage:
    """Counts of one key field over a run's items."""

    filled: int = 0
    total: int = 0
    missing_examples: list[str] = field(default_factory=list)

    @property
    def share(self) -> float | None:
        """Filled / total, or ``None`` when no item applies."""
        return self.filled / self.total if self.total else None


@dataclass
class RunCollector:
    """Accumulates the quality figures of the items one run wrote."""

    items_by_type: Counter[str] = field(default_factory=Counter)
    coverage: dict[str, FieldCoverage] = field(
        default_factory=lambda: {f.name: FieldCoverage() for f in KEY_FIELDS}
    )
    date_failures: int = 0
    date_failure_reasons: Counter[str] = field(default_factory=Counter)
    date_failure_examples: list[dict[str, Any]] = field(default_factory=list)
    #: Items whose processing raised (a pipeline bug, a parser crash): never written.
    item_errors: int = 0
    item_error_examples: list[str] = field(default_factory=list)

    def add_error(self, url: str | None) -> None:
        """Count an item that a pipeline failed on."""
        self.item_errors += 1
        if url and len(self.item_error_examples) < MAX_EXAMPLES:
            self.item_error_examples.append(url)

    def add(self, row: Mapping[str, Any]) -> None:
        """Count one written row (a dict of the item schema)."""
        self.items_by_type[str(row.get("item_type"))] += 1
        url = str(row.get("url"))
        for key in KEY_FIELDS:
            if not key.applies(row):
                continue
            coverage = self.coverage[key.name]
            coverage.total += 1
            if key.filled(row):
                coverage.filled += 1
            elif len(coverage.missing_examples) < MAX_EXAMPLES:
                coverage.missing_examples.append(url)
        issues = list(row.get("date_issues") or [])
        if issues:
            self.date_failures += 1
            for issue in issues:
                self.date_failure_reasons[issue.split(":", 1)[-1]] += 1
            if len(self.date_failure_examples) < MAX_EXAMPLES * 2:
                self.date_failure_examples.append(
                    {"url": url, "issues": issues, "date_text": row.get("date_text")}
                )

    @property
    def items(self) -> int:
        """Rows counted."""
        return sum(self.items_by_type.values())

    def as_dict(self) -> dict[str, Any]:
        """The collector's figures, JSON-ready."""
        return {
            "items": self.items,
            "items_by_type": dict(sorted(self.items_by_type.items())),
            "coverage": {
                name: {
                    "filled": c.filled,
                    "total": c.total,
                    "share": c.share,
                    "missing_examples": c.missing_examples,
                }
                for name, c in self.coverage.items()
            },
            "item_errors": {"count": self.item_errors, "examples": self.item_error_examples},
            "date_parse_failures": {
                "items": self.date_failures,
                "reasons": dict(sorted(self.date_failure_reasons.items())),
                "examples": self.date_failure_examples,
            },
        }
