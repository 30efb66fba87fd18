"""CEMR's page selectors: ccre-cemr.org (WordPress-like) and the old www.ccre.org list.

Markup unknown for both (docs/sites/cemr.md). The new site prints "2025-07-25" in one
snapshot and "23/01/2026" in another; the old list prints "Cohesion policy - 31.01.2018"
(topic, hyphen, day-first date).
"""

from __future__ import annotations

from citycrawl.parsing import themed

LISTING = themed.ListingRules(
    cards=("//article[contains(@class, 'elementor-post')]", *themed.WP_CARDS),
    title=(
        ".//*[contains(@class, 'elementor-post__title')]",
        ".//*[contains(@class, 'wp-block-post-title')]",
    ),
    date=(".//*[contains(@class, 'post-date')]", *themed.WP_CARD_DATE),
    summary=(".//*[contains(@class, 'elementor-post__excerpt')]", *themed.WP_CARD_SUMMARY),
    categories=(".//*[contains(@class, 'wp-block-post-terms')]/a", *themed.WP_CARD_CATEGORIES),
)

DOCUMENT = themed.DocumentRules(
    title=("//h1",),
    published=("//*[contains(@class, 'post-info__item--type-date')]", *themed.WP_PUBLISHED),
    body=("//*[contains(@class, 'theme-post-content')]", *themed.WP_BODY),
    categories=(
        "//*[contains(@class, 'post-info__terms-list')]/a",
        "//*[contains(@class, 'wp-block-post-terms')]/a",
        *themed.WP_CATEGORIES,
    ),
    authors=themed.WP_AUTHORS,
)

#: The old site's lists: one item per brief, "Topic - DD.MM.YYYY" above its title.
CAKEPHP_LISTING = themed.ListingRules(
    cards=(
        "//ul[contains(@class, 'breves')]/li",
        "//dl[contains(@class, 'actu')]/dd",
        "//*[@id='content']//li",
    ),
    labelled_date=(
        ".//*[contains(@class, 'breve-info')]",
        "preceding-sibling::dt[1]",
    ),
    summary=(".//p[not(contains(@class, 'breve-info'))]",),
)

CAKEPHP_DOCUMENT = themed.DocumentRules(
    title=("//h1", "//h2"),
    published=("//*[contains(@class, 'breve-date')]",),
    categories=("//*[contains(@class, 'breve-theme')]",),
    body=("//*[@id='content']",),
)
