"""CI gate: the generic layer's accuracy on real pages nobody here wrote.

Both shared sets are scored whole (about 15 s together on a calm machine, a minute on
a loaded one), as ``bench/eval_generic.py`` scores them; a floor a little under the
measured figure fails the build when a change makes extraction worse
(docs/performance.md has the figures). Skipped, with the reason,
when the sets are not beside the clone (``../shared/eval`` or ``CITYCRAWL_EVAL_DIR``).
"""

from __future__ import annotations

import pytest

from tests.eval_sets import (
    EVAL_DIR,
    body_scores,
    date_scores,
    load_bodies,
    load_dates,
    our_body,
    our_date,
)

#: Measured 0.9604 (P 0.955, R 0.966) on htmldate-800, ``extract_page(...)["published"]``.
DATE_F_FLOOR = 0.955
#: Measured 0.9616 (P 0.959, R 0.964) on article-body-181.
BODY_F_FLOOR = 0.955

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (EVAL_DIR / "htmldate-800" / "cases.json").is_file(),
        reason=f"evaluation sets not found at {EVAL_DIR} (clone with ../shared beside it)",
    ),
]


def test_publication_date_f_stays_above_its_floor() -> None:
    pages = load_dates(EVAL_DIR)
    score = date_scores({page.key: our_date(page) for page in pages}, pages)
    assert score["n"] == 800
    assert score["f"] >= DATE_F_FLOOR, score


def test_body_f_stays_above_its_floor() -> None:
    pages = load_bodies(EVAL_DIR)
    score = body_scores({page.key: our_body(page) for page in pages}, pages)
    assert score["f"] >= BODY_F_FLOOR, score
