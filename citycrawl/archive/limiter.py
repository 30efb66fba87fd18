"""The run-wide pace of requests to a web archive, and its ``Retry-After`` pauses.

The Wayback Machine's users report about 60 CDX requests a minute (averaged over five
minutes) before it answers 429, and an address that ignores 429s for a minute is blocked
for an hour, doubling on each repeat. So CDX requests are spaced evenly at
``per_minute`` a minute (default 24, as the maintained ``wayback`` client does), and a
429 pauses *every* request to the archive until its ``Retry-After`` has passed.
Pure: the clock is given, nothing sleeps here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from email.utils import parsedate_to_datetime


class ArchivePace:
    """When the next request to the archive may go.

    ``per_minute`` bounds CDX requests: consecutive ones are at least ``60 / per_minute``
    seconds apart, so no minute holds more. Raw captures have no pace of their own here
    (the crawl's download delay applies) but wait out a pause like CDX requests.
    """

    def __init__(self, per_minute: float, clock: Callable[[], float]) -> None:
        if per_minute <= 0:
            raise ValueError(f"CDX requests per minute must be positive, got {per_minute}")
        self.interval = 60.0 / per_minute
        self.clock = clock
        self.paused_until = float("-inf")
        self._last_cdx = float("-inf")

    def wait(self, cdx: bool) -> float:
        """Seconds to wait before a request (0: go now, and it is counted as sent)."""
        now = self.clock()
        ready = self.paused_until
        if cdx:
            ready = max(ready, self._last_cdx + self.interval)
        if ready > now:
            return ready - now
        if cdx:
            self._last_cdx = now
        return 0.0

    def pause(self, seconds: float) -> float:
        """Hold every request for ``seconds`` from now (never shortening a longer pause);
        returns the seconds until the pause ends."""
        now = self.clock()
        self.paused_until = max(self.paused_until, now + max(seconds, 0.0))
        return self.paused_until - now


def retry_after_seconds(value: str | None, now: dt.datetime) -> float | None:
    """The delay a ``Retry-After`` header asks for (seconds, or an HTTP date), ``None``
    when absent or unreadable. A date in the past asks for no delay."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max((when - now).total_seconds(), 0.0)
