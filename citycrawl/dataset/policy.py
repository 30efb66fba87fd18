"""What a complete crawl concludes about documents it did not see: a policy it is given.

The dataset knows no item types. Whoever writes it (the pipeline, from the site's
profile or settings) says which stored documents a complete crawl that no longer found
them marks ``withdrawn``: those whose first set ``day_columns`` value lies on or after the
run's start day, such as an upcoming event that left the site.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pyarrow as pa

from citycrawl.dataset.sql import ident, sql_str
from citycrawl.schema import ITEM_COLUMNS

_DAY_TYPES = {c.name: c.type for c in ITEM_COLUMNS}


@dataclass(frozen=True, slots=True)
class WithdrawalPolicy:
    """Withdraw unseen documents dated (by ``day_columns``, first set one) today or later.

    ``day_columns``: date or UTC-timestamp item columns, most telling first (a timestamp
    counts by its UTC day). Empty: never withdraw anything. Documents with none of the
    columns set are never withdrawn: nothing says they lie ahead.
    """

    day_columns: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name in self.day_columns:
            t = _DAY_TYPES.get(name)
            if t is None or not (pa.types.is_date32(t) or pa.types.is_timestamp(t)):
                raise ValueError(f"withdrawal column {name!r} is not a date or timestamp column")

    def sql(self, alias: str, run_day: dt.date) -> str:
        """The condition, over table alias ``alias``, that a stored row may be withdrawn."""
        if not self.day_columns:
            return "false"
        days = ", ".join(f"CAST({alias}.{ident(c)} AS DATE)" for c in self.day_columns)
        return f"coalesce({days}) >= DATE {sql_str(run_day.isoformat())}"


#: The default: the dataset withdraws nothing unless its writer says what may go.
NEVER_WITHDRAW = WithdrawalPolicy()
