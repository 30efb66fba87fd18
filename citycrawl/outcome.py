"""How a run ended: the close reasons that count as success, and shared exit statuses.

``scrapy crawl`` (``citycrawl/commands/crawl.py``), the run report's checks and
``citycrawl nightly`` judge a run by the same close reasons; the exit statuses that
several commands share are defined once here (docs/reliability.md, "Exit status").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: Close reasons after which a crawl counts as complete enough to judge its data:
#: ``finished``, or ``shutdown`` (one SIGTERM: in-flight pages finished, spool committed).
OK_FINISH_REASONS = frozenset({"finished", "shutdown"})

#: Exit status of a command that refused to write a dataset written by newer code (a
#: higher schema version): writing it would drop the columns this code does not know.
EXIT_DATASET_NEWER = 4


def fetched_nothing(stats: Mapping[str, Any]) -> bool:
    """True when the crawl had start pages, read none of them and saved no item (stats
    ``citycrawl/seeds``, ``citycrawl/seeds_fetched``, ``citycrawl/dataset/spooled``):
    a failed run, whose dataset commit is skipped rather than publishing an empty
    version. A run whose CMS interface or sitemap still gave documents is judged by
    the rest of the policy."""
    return (
        bool(stats.get("citycrawl/seeds"))
        and not stats.get("citycrawl/seeds_fetched")
        and not stats.get("citycrawl/dataset/spooled")
    )
