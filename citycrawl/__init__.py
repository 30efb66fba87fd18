"""citycrawl: European city-network websites as clean, typed Parquet datasets.

>>> import citycrawl
>>> items = citycrawl.load("eurocities", item_type="event")   # pandas, tz-aware dtypes
>>> con = citycrawl.duckdb("eurocities")                      # views `items`, `history`
>>> row = citycrawl.extract_page(html_bytes, url)   # one page in, one row out, no Scrapy
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from citycrawl.dataset.loader import connect as duckdb
    from citycrawl.dataset.loader import load
    from citycrawl.extract import extract_page

__all__ = ["__version__", "duckdb", "extract_page", "load"]


def __getattr__(name: str) -> Any:
    # Lazy: `import citycrawl` (Scrapy imports it for the settings) stays free of
    # pandas and DuckDB until a reader asks for them.
    if name == "load":
        from citycrawl.dataset.loader import load

        return load
    if name == "extract_page":
        from citycrawl.extract import extract_page

        return extract_page
    if name == "duckdb":
        from citycrawl.dataset.loader import connect

        return connect
    raise AttributeError(f"module 'citycrawl' has no attribute {name!r}")
