"""URBACT's page selectors (urbact.eu, Drupal; markup unknown, docs/sites/urbact.md).

One mixed feed ("What's new") whose cards carry a type label ("Event") but no date;
detail pages print "Edited on 09/07/2024" (day first); events state their days only in
the running text.
"""

from __future__ import annotations

from citycrawl.parsing import themed

LISTING = themed.ListingRules(
    cards=(
        "//li[contains(concat(' ', normalize-space(@class), ' '), ' card ')]",
        "//*[contains(@class, 'views-row')]",
        "//*[contains(@class, 'view-content')]//article",
    ),
    summary=(".//*[contains(@class, 'card__teaser')]", ".//*[contains(@class, 'summary')]"),
    categories=(
        ".//*[contains(@class, 'card__label')]",
        ".//*[contains(@class, 'field--name-field-type')]",
    ),
    day_headers=False,
)

DOCUMENT = themed.DocumentRules(
    title=("//h1",),
    published_labels=("Edited on", "Submitted by URBACT on"),
    summary=(
        "//*[contains(@class, 'field--name-field-summary')]",
        "//*[contains(@class, 'story-header__lead')]",
    ),
    body=(
        "//*[contains(@class, 'field--name-body')]",
        "//*[contains(@class, 'field-name-body')]",
        "//*[contains(@class, 'story-body')]",
        "//*[contains(@class, 'node__content')]",
    ),
    categories=(
        "//*[contains(@class, 'field--name-field-type')]",
        "//article//*[@class='label']",
    ),
    themes=("//*[contains(@class, 'field--name-field-topics')]//a",),
    location=("//*[contains(@class, 'field--name-field-place')]",),
)
