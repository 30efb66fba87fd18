"""POLIS's page selectors (www.polisnetwork.eu, WordPress; markup unknown, docs/sites/polis.md).

Listings print day-first numeric dates ("04/10/2023"); events print "10 December 2009 –
11 December 2009 Brussels, Belgium" under the title; the 2018–2019 generation's lists
said "Added on 16 May 2019" with a "Read more" link.
"""

from __future__ import annotations

import dataclasses

from citycrawl.parsing import themed

LISTING = themed.ListingRules(
    cards=(
        "//*[contains(@class, 'news-item')][.//a]",
        *themed.WP_CARDS,
        "//ul[contains(@class, 'newslist')]/li",
    ),
    title=(".//*[contains(@class, 'news-item__title')]", ".//h2", ".//h3"),
    date=(
        ".//*[contains(@class, 'news-item__date')]",
        ".//*[contains(@class, 'added')]",
        *themed.WP_CARD_DATE,
    ),
    date_label=("Added on",),
    summary=(".//*[contains(@class, 'excerpt')]", *themed.WP_CARD_SUMMARY),
    categories=themed.WP_CARD_CATEGORIES,
    event_date=themed.TEC_CARD_DATE,
)

DOCUMENT = themed.DocumentRules(
    title=("//h1",),
    published=(
        "//*[contains(@class, 'single-news__date')]",
        "//*[contains(@class, 'document-date')]",
        *themed.WP_PUBLISHED,
    ),
    published_labels=("Added on",),
    body=(
        "//*[contains(@class, 'single-news__content')]",
        "//*[contains(@class, 'event-content')]",
        *themed.WP_BODY,
        *themed.TEC_DESCRIPTION,
    ),
    categories=themed.WP_CATEGORIES,
    themes=("//*[contains(@class, 'single-news__topics')]//a", "//a[contains(@href, '/topic/')]"),
    authors=themed.WP_AUTHORS,
    event_date=("//*[contains(@class, 'event-header__meta')]", *themed.TEC_SCHEDULE),
    location=("//*[contains(@class, 'event-header__place')]", *themed.TEC_VENUE),
)

#: The 2018-2019 generation's pages: "Added on …", the title, then the text.
CMSMS_DOCUMENT = dataclasses.replace(
    DOCUMENT, summary=("//h1/following-sibling::p[not(contains(@class, 'added'))][1]",)
)
