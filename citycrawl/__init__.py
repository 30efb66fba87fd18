"""citycrawl: European city-network websites as clean, typed Parquet datasets."""

__version__ = "0.1.0"
