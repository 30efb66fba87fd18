"""C40's page selectors (www.c40.org, WordPress; markup unknown, docs/sites/c40.md).

Cards carry no date; articles print "November 30, 2021" (month first) and press
releases open with a dateline. Events follow The Events Calendar where the site uses
it, or a custom event header.
"""

from __future__ import annotations

from citycrawl.parsing import themed

LISTING = themed.ListingRules(
    cards=("//*[contains(@class, 'post-card')]", *themed.WP_CARDS),
    title=(".//*[contains(@class, 'post-card__title')]",),
    date=themed.WP_CARD_DATE,
    summary=(".//*[contains(@class, 'post-card__excerpt')]", *themed.WP_CARD_SUMMARY),
    categories=themed.WP_CARD_CATEGORIES,
    event_date=themed.TEC_CARD_DATE,
)

DOCUMENT = themed.DocumentRules(
    title=("//h1",),
    published=("//*[contains(@class, 'article__date')]", *themed.WP_PUBLISHED),
    body=(
        "//*[contains(@class, 'article__content')]",
        *themed.WP_BODY,
        *themed.TEC_DESCRIPTION,
        "//*[contains(@class, 'event-body')]",
    ),
    categories=("//*[contains(@class, 'article__category')]", *themed.WP_CATEGORIES),
    themes=("//*[contains(@class, 'article__tags')]//a", "//*[contains(@class, 'tags-links')]//a"),
    authors=themed.WP_AUTHORS,
    event_date=(*themed.TEC_SCHEDULE, "//*[contains(@class, 'event-hero__date')]"),
    location=("//*[contains(@class, 'event-hero__location')]", *themed.TEC_VENUE),
)
