"""Energy Cities' page selectors: the WordPress theme since 2020 and the SPIP site before.

Both markups are unknown (docs/sites/energy-cities.md): the rules name the current theme's
plausible classes first, then stock WordPress and The Events Calendar; everything else
falls back on the generic signals field by field (:mod:`citycrawl.parsing.themed`).
"""

from __future__ import annotations

from citycrawl.parsing import themed

WORDPRESS_LISTING = themed.ListingRules(
    cards=("//article[contains(@class, 'card')]", *themed.WP_CARDS, "//main//article"),
    title=(".//*[contains(@class, 'card__title')]",),
    date=(*themed.WP_CARD_DATE, ".//*[contains(@class, 'date')]"),
    summary=(".//*[contains(@class, 'card__excerpt')]", *themed.WP_CARD_SUMMARY),
    categories=themed.WP_CARD_CATEGORIES,
    event_date=themed.TEC_CARD_DATE,
)

WORDPRESS_DOCUMENT = themed.DocumentRules(
    title=("//h1",),
    published=themed.WP_PUBLISHED,
    published_labels=("Publication date",),
    summary=("//*[contains(@class, 'hero__subtitle')]",),
    body=(
        "//*[contains(@class, 'wysiwyg')]",
        *themed.WP_BODY,
        *themed.TEC_DESCRIPTION,
    ),
    categories=(
        *themed.WP_CATEGORIES,
        "//*[contains(@class, 'hero__kicker')]",
        "//*[contains(@class, 'tribe-events-event-categories')]/a",
    ),
    themes=("//a[contains(@href, '/topic/')]",),
    authors=(*themed.WP_AUTHORS, "//*[contains(@class, 'post-author')]"),
    event_date=(*themed.TEC_SCHEDULE, "//*[contains(@class, 'event-infos__item--date')]"),
    location=("//*[contains(@class, 'event-infos__item--place')]", *themed.TEC_VENUE),
)

#: SPIP: blog lists grouped under day headers, events by month, offset paging.
SPIP_LISTING = themed.ListingRules(
    cards=(
        "//*[contains(@class, 'article-blog')]",
        "//li[contains(@class, 'evenement')]",
        "//*[contains(@class, 'liste-articles')]//li",
    ),
    date=(".//*[contains(@class, 'date')][not(contains(@class, 'dates'))]",),
    summary=(".//*[contains(@class, 'chapo')]", ".//*[contains(@class, 'texte')]"),
    event_date=(".//*[contains(@class, 'dates')]",),
    location=(".//*[contains(@class, 'lieu')]",),
    next_page=(
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' pagination ')]"
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' on ')]"
        "/following::a[contains(@class, 'lien_pagination')][1]/@href",
        "//*[contains(@class, 'calendrier-nav')]/a/@href",
    ),
)

SPIP_DOCUMENT = themed.DocumentRules(
    title=("//h1[contains(@class, 'titre')]", "//h1"),
    published=("//*[contains(@class, 'info-publi')]",),
    summary=("//*[contains(@class, 'chapo')]",),
    body=("//*[contains(@class, 'texte')]",),
    # The breadcrumb's rubrique ("Home > Blog > …") is the article's category.
    categories=("//*[contains(@class, 'arbo')]/a[position() > 1]",),
    themes=("//*[contains(@class, 'mots')]//a",),
    authors=("//*[contains(@class, 'info-publi')]//*[contains(@class, 'auteur')]",),
    event_date=("//*[contains(@class, 'dates')]",),
    location=("//*[contains(@class, 'lieu')]",),
)
