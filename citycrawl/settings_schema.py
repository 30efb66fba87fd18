"""The settings citycrawl owns (``CITYCRAWL_*``), typed and checked before a crawl starts.

A value given with ``-s NAME=value`` reaches Scrapy as a string; read later with
``settings.getint`` inside the running crawl, nonsense would be a traceback after the
reactor started. :func:`check_settings` reads every known ``CITYCRAWL_*`` value first
(``scrapy crawl`` and ``citycrawl nightly`` call it) and names the first bad one in one
line; the crawl command turns that into exit status 2. Settings of other code
(``CITYCRAWL_TEST_*`` of the test suite) are left alone.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


class SettingError(ValueError):
    """A ``CITYCRAWL_*`` setting with a value it cannot take; the message is one line."""


@dataclass(frozen=True, slots=True)
class Spec:
    """What a setting accepts: a parser from its value, and the words for the error."""

    parse: Callable[[Any], Any]
    expected: str


def _number(
    kind: type[int] | type[float], low: float, high: float = math.inf
) -> Callable[[Any], Any]:
    def parse(value: Any) -> int | float:
        if isinstance(value, bool):
            raise ValueError(value)
        number = kind(str(value).strip()) if isinstance(value, str) else kind(value)
        if isinstance(value, float) and kind is int and value != number:
            raise ValueError(value)  # 2.5 is no count
        if not (math.isfinite(number) and low <= number <= high):
            raise ValueError(value)
        return number

    return parse


def _boolean(value: Any) -> bool:
    text = str(value).strip().lower()
    if text in {"1", "true", "yes", "on"}:
        return True
    if text in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError(value)


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip() or "\x00" in value:
        raise ValueError(value)
    return value


def _text_or_empty(value: Any) -> str:
    if value in ("", None):
        return ""
    return _text(value)


def _iso_date_or_empty(value: Any) -> dt.date | None:
    if value in ("", None):
        return None
    return dt.date.fromisoformat(str(value).strip())


_COUNT = Spec(_number(int, 1), "a whole number ≥ 1")
_SECONDS = Spec(_number(float, 0), "a number of seconds ≥ 0")
_SHARE = Spec(_number(float, 0, 1), "a number between 0 and 1")

#: Every CITYCRAWL_* setting the code reads (defaults and reasons in citycrawl/settings.py).
SCHEMA: Mapping[str, Spec] = {
    "CITYCRAWL_CONTACT": Spec(_text, "a URL or address (not empty)"),
    "CITYCRAWL_OUTPUT_DIR": Spec(_text, "a folder path (not empty)"),
    "CITYCRAWL_FULL_CRAWL": Spec(_boolean, "1 or 0"),
    "CITYCRAWL_REPORT_ENABLED": Spec(_boolean, "1 or 0"),
    "CITYCRAWL_TODAY": Spec(_iso_date_or_empty, "a date YYYY-MM-DD (or empty for today)"),
    "CITYCRAWL_ROBOTSTXT_ATTEMPTS": _COUNT,
    "CITYCRAWL_ROBOTSTXT_RETRY_DELAY": _SECONDS,
    "CITYCRAWL_INCREMENTAL_STOP_AFTER": _COUNT,
    "CITYCRAWL_SPOOL_FSYNC_EVERY": _COUNT,
    "CITYCRAWL_PARSE_WORKERS": Spec(_number(int, 0, 64), "a whole number from 0 to 64"),
    "CITYCRAWL_PROGRESS_INTERVAL": Spec(_number(float, 0.1), "a number of seconds ≥ 0.1"),
    "CITYCRAWL_MONITOR_COVERAGE_DROP": _SHARE,
    "CITYCRAWL_MONITOR_BASELINE_RUNS": _COUNT,
    "CITYCRAWL_MONITOR_MIN_SAMPLE": _COUNT,
    "CITYCRAWL_MONITOR_NO_NEW_RUNS": _COUNT,
    "CITYCRAWL_MONITOR_MAX_ERROR_RATE": _SHARE,
    "CITYCRAWL_MONITOR_MIN_REQUESTS": Spec(_number(int, 0), "a whole number ≥ 0"),
    "CITYCRAWL_MAX_LISTING_PAGES": _COUNT,
    "CITYCRAWL_SITEMAP_MAX_DEPTH": Spec(_number(int, 0), "a whole number ≥ 0"),
    "CITYCRAWL_SITEMAP_MAX_CHILDREN": _COUNT,
    "CITYCRAWL_SITEMAP_MAX_FILES": _COUNT,
    "CITYCRAWL_SITEMAP_MAX_BYTES": _COUNT,
    "CITYCRAWL_MAX_CRAWL_DELAY": _SECONDS,
    "CITYCRAWL_WARC_DIR": Spec(_text_or_empty, "a folder path (or empty for none)"),
    "CITYCRAWL_USE_APIS": Spec(_boolean, "1 or 0"),
    "CITYCRAWL_API_MAX_PAGES": _COUNT,
    "CITYCRAWL_ARCHIVE_CDX_PER_MINUTE": _COUNT,
    "CITYCRAWL_ARCHIVE_CDX_PAGE_ROWS": _COUNT,
    "CITYCRAWL_ARCHIVE_RETRY_AFTER": _SECONDS,
    "CITYCRAWL_ARCHIVE_MAX_PAUSE": _SECONDS,
    "CITYCRAWL_ARCHIVE_MAX_429": _COUNT,
    "CITYCRAWL_ARCHIVE_MAX_DRIFT_DAYS": Spec(_number(float, 0), "a number of days ≥ 0"),
}


def check_setting(name: str, value: Any) -> Any:
    """``value`` of setting ``name`` parsed; :class:`SettingError` says what was expected."""
    spec = SCHEMA[name]
    try:
        return spec.parse(value)
    except (TypeError, ValueError, OverflowError):
        raise SettingError(f"{name}: expected {spec.expected}, got {value!r}") from None


def check_settings(values: Mapping[str, Any]) -> None:
    """Check every known ``CITYCRAWL_*`` setting in ``values`` (a Scrapy ``Settings`` or a
    dict of ``-s`` pairs); raise :class:`SettingError` for the first bad one."""
    for name in SCHEMA:
        if name in values and values[name] is not None:
            check_setting(name, values[name])
