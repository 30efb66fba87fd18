"""The dataset's plain-text promise, checked over every string of a table.

No string column (nor list-of-string column) may hold markup (a tag-shaped run),
``<script``, the replacement character U+FFFD, C0 control characters, or the classic
UTF-8-read-as-Latin-1 mojibake sequences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pyarrow as pa

_TAG_RE = re.compile(r"<[A-Za-z/!?][^<>]*>")
# UTF-8 bytes of é, ’, “, ü... read as windows-1252/Latin-1.
_MOJIBAKE = ("Ã©", "Ã¨", "Ã¼", "Ã¶", "Ã¤", "Ã ", "â€™", "â€œ", "â€", "Â ")
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def why_bad(text: str) -> str | None:
    """Why ``text`` breaks the plain-text promise, or ``None``."""
    if "<script" in text.lower():
        return "<script"
    if _TAG_RE.search(text):
        return "markup"
    if "\ufffd" in text:
        return "U+FFFD"
    if any(m in text for m in _MOJIBAKE):
        return "mojibake"
    if _CONTROL_RE.search(text):
        return "control character"
    return None


def _strings(table: pa.Table) -> Iterator[tuple[str, str]]:
    for name in table.column_names:
        kind = table.schema.field(name).type
        if pa.types.is_string(kind) or pa.types.is_large_string(kind):
            for value in table.column(name).to_pylist():
                if value is not None:
                    yield name, value
        elif pa.types.is_list(kind) and pa.types.is_string(kind.value_type):
            for values in table.column(name).to_pylist():
                for value in values or ():
                    yield name, value


def bad_strings(table: pa.Table) -> list[tuple[str, str, str]]:
    """Every (column, reason, excerpt) that breaks the promise; empty when clean."""
    found = []
    for column, text in _strings(table):
        reason = why_bad(text)
        if reason:
            found.append((column, reason, text[:80]))
    return found
