"""Log lines for dropped items that name the document, not its whole content."""

from __future__ import annotations

from typing import Any

from scrapy import Spider
from scrapy.http import Response
from scrapy.logformatter import LogFormatter, LogFormatterResult
from twisted.python.failure import Failure


class DroppedItemLogFormatter(LogFormatter):
    """Scrapy logs a dropped item's full repr, a whole article body per line; our drop
    messages already name the URL and the reason (``duplicate item … (url)``,
    ``invalid_type: …``), so the item itself is left out of the log."""

    def dropped(
        self,
        item: Any,
        exception: BaseException,
        response: Response | Failure | None,
        spider: Spider,
    ) -> LogFormatterResult:
        result = super().dropped(item, exception, response, spider)
        result["msg"] = "Dropped: %(exception)s"
        result["args"] = {"exception": exception}
        return result
