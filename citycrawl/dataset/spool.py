"""The spool: a run's items as JSON lines, appended as they arrive.

JSON lines survive SIGKILL line by line: after a crash, everything up to the last
newline is a complete item and a torn last line is cut off (:func:`repair`). Items are
type-checked on the way in, so a spool never holds a row that the commit cannot convert
to the schema: a bad item fails its own ``append``, not every later commit.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import orjson
import pyarrow as pa

from citycrawl.schema import ITEM_COLUMN_NAMES, ITEM_COLUMNS, Column

_INT16 = (-(2**15), 2**15 - 1)


def _check_str(v: object) -> bool:
    return isinstance(v, str)


def _check_str_list(v: object) -> bool:
    if not isinstance(v, list):
        return False
    try:
        # One C call instead of a Python-level loop: join accepts exactly str elements
        # (subclasses too, as isinstance does) and raises TypeError for anything else.
        "".join(v)
    except TypeError:
        return False
    return True


def _check_date(v: object) -> bool:
    # datetime is a subclass of date; a datetime in a date column is a bug upstream.
    return isinstance(v, dt.date) and not isinstance(v, dt.datetime)


def _check_utc_datetime(v: object) -> bool:
    return isinstance(v, dt.datetime) and v.utcoffset() == dt.timedelta(0)


def _check_bool(v: object) -> bool:
    return isinstance(v, bool)


def _check_int16(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and _INT16[0] <= v <= _INT16[1]


def _struct_list_check(names: frozenset[str]) -> Callable[[object], bool]:
    # Enrichment columns (theme_sources, cities): lists of flat records. Values are
    # checked by validate; here the shape, so the JSON reader's schema always applies.
    def check(v: object) -> bool:
        return isinstance(v, list) and all(isinstance(x, dict) and x.keys() == names for x in v)

    return check


def _checker(column: Column) -> tuple[type | None, Callable[[object], bool]]:
    """(exact type that needs no further check, or None; the full check) of a column."""
    t = column.type
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return str, _check_str
    if pa.types.is_list(t) and pa.types.is_string(t.value_type):
        return None, _check_str_list
    if pa.types.is_list(t) and pa.types.is_struct(t.value_type):
        return None, _struct_list_check(frozenset(f.name for f in t.value_type))
    if pa.types.is_date32(t):
        return dt.date, _check_date
    if pa.types.is_timestamp(t) and t.tz == "UTC":
        return None, _check_utc_datetime
    if pa.types.is_boolean(t):
        return bool, _check_bool
    if pa.types.is_int16(t):
        return None, _check_int16
    raise TypeError(f"no spool encoding for column {column.name!r} of type {t}")


_CHECKS: tuple[tuple[str, bool, type | None, Callable[[object], bool]], ...] = tuple(
    (c.name, c.nullable, *_checker(c)) for c in ITEM_COLUMNS
)
_KEYS = frozenset(ITEM_COLUMN_NAMES)


def check_item(item: Mapping[str, Any]) -> None:
    """Raise ``TypeError`` unless ``item`` has exactly the item columns with their types."""
    if item.keys() != _KEYS:
        missing = sorted(_KEYS - item.keys())
        extra = sorted(item.keys() - _KEYS)
        raise TypeError(f"item keys differ from the schema: missing {missing}, unexpected {extra}")
    # Runs for every item of a crawl: the exact-type test settles most values without a
    # function call; subclasses and the columns with value checks take the full check.
    for name, nullable, exact, check in _CHECKS:
        value = item[name]
        if value is None:
            if not nullable:
                raise TypeError(f"column {name!r} is not nullable (item {item.get('item_id')!r})")
        elif type(value) is not exact and not check(value):
            item_id = item.get("item_id")
            raise TypeError(
                f"column {name!r} has a wrongly typed value {value!r} (item {item_id!r})"
            )


def _json_default(value: object) -> str:
    # orjson writes date and datetime itself; this catches their subclasses it leaves out.
    if isinstance(value, dt.date):  # date and (UTC) datetime alike
        return value.isoformat()
    raise TypeError(f"cannot spool {type(value).__name__}")


def encode_item(item: Mapping[str, Any]) -> bytes:
    """One spool line for ``item`` (checked with :func:`check_item` first).

    orjson writes the same JSON as ``json.dumps(..., ensure_ascii=False)`` with ISO
    dates (``2026-03-03``, ``2026-03-03T12:00:00+00:00``), three times faster.
    """
    check_item(item)
    return orjson.dumps(
        item if type(item) is dict else dict(item),
        default=_json_default,
        option=orjson.OPT_APPEND_NEWLINE,
    )


class SpoolWriter:
    """Appends items to a spool file, fsyncing every ``fsync_every`` items.

    Items between two fsyncs may be lost on a crash; they were not committed, so the
    ledger does not list them and the next crawl fetches them again.
    """

    def __init__(self, path: Path, fsync_every: int = 1000) -> None:
        if fsync_every < 1:
            raise ValueError("fsync_every must be >= 1")
        self.path = path
        self.fsync_every = fsync_every
        self.count = 0
        self._file = path.open("ab", buffering=1 << 20)

    def append(self, item: Mapping[str, Any]) -> None:
        """Check and append one item; fsync every ``fsync_every`` items."""
        self._file.write(encode_item(item))
        self.count += 1
        if self.count % self.fsync_every == 0:
            self.sync()

    def sync(self) -> None:
        """Make every appended item durable."""
        self._file.flush()
        os.fsync(self._file.fileno())

    def close(self) -> None:
        """Sync and close; appending afterwards is an error."""
        if not self._file.closed:
            self.sync()
            self._file.close()


def repair(path: Path) -> None:
    """Cut a torn last line (a crash mid-write) so that every line is a whole item."""
    with path.open("r+b") as f:
        size = f.seek(0, os.SEEK_END)
        end = size
        chunk = 1 << 16
        while end > 0:
            start = max(0, end - chunk)
            f.seek(start)
            block = f.read(end - start)
            newline = block.rfind(b"\n")
            if newline >= 0:
                end = start + newline + 1
                break
            end = start
        if end != size:
            f.truncate(end)
            f.flush()
            os.fsync(f.fileno())
