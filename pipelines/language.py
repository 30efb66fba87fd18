"""Language: the row's ``language`` and ``language_source`` from declaration and text."""

from __future__ import annotations

from typing import Any

from citycrawl.enrich.language import choose_language
from pipelines.normalise import content_hash


def text_of(row: dict[str, Any]) -> str:
    """Title, summary and body of a row, as one text."""
    return "\n\n".join(row[k] for k in ("title", "summary", "body") if row.get(k))


class LanguagePipeline:
    """Keeps the declared language when the text agrees, else the detected one."""

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, dict) or "language_source" not in item:
            return item
        item["language"], item["language_source"] = choose_language(item["language"], text_of(item))
        item["content_hash"] = content_hash(item)
        return item
