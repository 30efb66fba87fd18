"""The shared evaluation sets (``../shared/eval``): loading and the scoring their README
defines, for the CI gate (tests/test_eval_generic.py) and bench/eval_generic.py.

The sets are read in place, never copied: ``CITYCRAWL_EVAL_DIR`` or ``../shared/eval``
beside the repository.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from citycrawl import dates, extract_page
from citycrawl.parsing import generic
from citycrawl.parsing.html import parse_tree
from citycrawl.parsing.model import PageParseError
from pipelines.validate import InvalidItem

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = Path(os.environ.get("CITYCRAWL_EVAL_DIR") or ROOT.parent / "shared" / "eval")


@dataclass(frozen=True, slots=True)
class Page:
    key: str
    url: str
    html: bytes
    truth: str
    file: str

    @property
    def half(self) -> str:
        """``A`` or ``B``, fixed by a hash of the page's file name: tune on the misses
        of one half, check on the other that the change is not fitted to those pages."""
        return "AB"[hashlib.sha256(self.file.rsplit("/", 1)[-1].encode()).digest()[0] & 1]


def load_dates(eval_dir: Path) -> list[Page]:
    root = eval_dir / "htmldate-800"
    cases = json.loads((root / "cases.json").read_text())
    return [
        Page(
            c["file"],
            c["url"],
            gzip.decompress((root / c["file"]).read_bytes()),
            c["published"],
            c["file"],
        )
        for c in cases
    ]


def load_bodies(eval_dir: Path) -> list[Page]:
    root = eval_dir / "article-body-181"
    cases = json.loads((root / "cases.json").read_text())
    return [
        Page(
            c["id"],
            c["url"],
            gzip.decompress((root / c["file"]).read_bytes()),
            c["body"],
            c["file"],
        )
        for c in cases
    ]


def our_date(page: Page) -> str | None:
    """The day the dataset stores: ``extract_page(...)["published"]`` (a page that gives
    no row, no title for one, counts as no date)."""
    try:
        row = extract_page(page.html, page.url)
    except (PageParseError, InvalidItem):
        return None
    return row["published"].isoformat() if row["published"] else None


def our_date_signals(page: Page) -> str | None:
    """The same day from the part of the work a date needs: decoding, parsing and the
    generic signals (no main text, no row), read by citycrawl.dates as normalisation
    reads it: what is timed beside htmldate."""
    try:
        found = generic.signals(parse_tree(page.html, page.url), page.url)
    except PageParseError:
        return None
    value = dates.parse_date(found.published_text) if found.published_text else None
    if isinstance(value, dt.datetime):
        value = value.date()
    # Normalisation refuses implausible publication days (the parser reads history).
    if value is None or not dates.plausible(value, dt.datetime.now(dt.UTC).date()):
        return None
    return value.isoformat()


def our_body(page: Page) -> str | None:
    try:
        return generic.parse_document(page.html, page.url, "text/html; charset=utf-8").body
    except PageParseError:
        return None


def date_scores(predicted: dict[str, str | None], pages: Iterable[Page]) -> dict[str, float]:
    """htmldate's scoring: right day TP, wrong day FP, no day FN."""
    tp = fp = fn = 0
    for page in pages:
        got = predicted[page.key]
        if got is None:
            fn += 1
        elif got[:10] == page.truth:
            tp += 1
        else:
            fp += 1
    return _prf(tp, fp, fn)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {"precision": precision, "recall": recall, "f": f, "n": tp + fp + fn}


def shingles(text: str | None) -> Counter[tuple[str, ...]]:
    tokens = (text or "").split()
    return Counter(tuple(tokens[i : i + 4]) for i in range(max(len(tokens) - 3, 0)))


def body_scores(predicted: dict[str, str | None], pages: list[Page]) -> dict[str, float]:
    """The benchmark's measure: per-page shingle precision and recall, averaged, F of means."""
    precisions, recalls = [], []
    for page in pages:
        truth, got = shingles(page.truth), shingles(predicted[page.key])
        tp = sum((truth & got).values())
        fp, fn = sum(got.values()) - tp, sum(truth.values()) - tp
        precisions.append(tp / (tp + fp) if tp + fp else (1.0 if not truth else 0.0))
        recalls.append(tp / (tp + fn) if tp + fn else 1.0)
    p, r = sum(precisions) / len(pages), sum(recalls) / len(pages)
    return {"precision": p, "recall": r, "f": 2 * p * r / (p + r) if p + r else 0.0}
