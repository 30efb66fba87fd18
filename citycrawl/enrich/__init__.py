"""Enrichment: cities, language, themes and event links read from what the crawl fetched."""
