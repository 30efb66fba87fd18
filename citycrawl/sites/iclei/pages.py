"""ICLEI Europe's page selectors (iclei-europe.org; TYPO3-like, markup unknown).

News and the calendar are search lists ("Search Result ( 64 - 72 from 89 )", nine per
page) whose items print "24 January 2022" or "17 - 18 January 2019"; events print
"19 May 2017, 18:00 - 19:30" and a place line. docs/sites/iclei.md has the evidence.
"""

from __future__ import annotations

from citycrawl.parsing import themed

LISTING = themed.ListingRules(
    cards=(
        "//*[contains(@class, 'news-list-item')]",
        "//*[contains(@class, 'event-list-item')]",
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' teaser ')]",
    ),
    title=(".//*[contains(@class, 'teaser__title')]",),
    date=(
        ".//*[contains(@class, 'news-list-date')]",
        ".//*[contains(@class, 'teaser__date')]",
        ".//time",
    ),
    # A calendar item's date is the event's day(s) ("17 - 18 January 2019").
    event_date=(".//*[contains(@class, 'event-list-date')]",),
    summary=(".//*[contains(@class, 'teaser__text')]", ".//p"),
    next_page=(
        "//*[contains(@class, 'pagebrowser')]//*[contains(@class, 'act')]"
        "/following-sibling::a[1]/@href",
    ),
)

DOCUMENT = themed.DocumentRules(
    title=("//h1",),
    published=(
        "//*[contains(@class, 'news-single')]//*[contains(@class, 'news-list-date')]",
        "//*[contains(@class, 'news-single')]//time",
    ),
    summary=("//*[contains(@class, 'teaser-text')]", "//*[contains(@class, 'subtitle')]"),
    body=(
        "//*[contains(@class, 'news-text-wrap')]",
        "//*[contains(@class, 'event-text')]",
        "//*[contains(@class, 'event__text')]",
    ),
    themes=("//*[contains(@class, 'news-related-wrap')]/a",),
    event_date=("//*[contains(@class, 'event-date')]",),
    event_labels=("Date", "When"),
    location=("//*[contains(@class, 'event-place')]",),
    location_labels=("Location", "Venue", "Where"),
)
