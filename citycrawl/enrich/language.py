"""The language of a document: what the page declares when the text agrees, else detected.

Detection is py3langid's offline model (shipped in its package), limited to the
languages European city networks write in, so a short English title is never taken for
Malay. A declaration is trusted when the detector agrees, or when the text is too short
or the detector too unsure to contradict it; a page declaring ``en`` over French text is
French, ``detected``.
"""

from __future__ import annotations

from functools import cache
from itertools import islice
from typing import Literal

from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
from py3langid.modelio import load_model

from citycrawl.enrich.gazetteer import words

#: ISO 639-1 codes the detector may answer: EU official languages and those of the
#: networks' other members (Norwegian, Icelandic, Balkan, Ukrainian, Turkish, ...).
LANGUAGES = sorted(
    words(
        "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv no nn is "
        "sq sr bs mk uk tr ca eu gl lb ru hy ka az"
    )
)
#: Below this many letters the text cannot overrule a declaration.
MIN_LETTERS = 40
#: The detector's probability needed to overrule a declaration.
OVERRULE_PROBABILITY = 0.9
#: Enough text to decide: the head of the text says as much as the whole. The detector's
#: tokeniser is a Python loop over the sample's bytes, so its cost grows with this: on the
#: 949 real bodies of the evaluation sets 1,000 characters take 0.42 CPU ms against 0.94
#: for 3,000 and name another language on 4 pages, none in a network's language (a
#: Chinese page, Indonesian ones, an English archive notice over a German article).
SAMPLE_CHARS = 1000
#: Codes a detector answers and a page declares differently for one language.
_SAME = {"nb": "no", "nn": "no", "bs": "hr", "sr": "hr"}

LanguageSource = Literal["declared", "detected"]


@cache
def _identifier() -> LanguageIdentifier:
    """The detector over :data:`LANGUAGES` only. Built from the model's arrays rather
    than with ``set_languages``, which keeps the full model (all 97 languages' feature
    weights, 27 MiB) beside the subset for a later reset this module never asks for."""
    weights, priors, classes, nextmove, rows, outputs = load_model(MODEL_DIR / MODEL_FILE)
    keep = [i for i, code in enumerate(classes) if code in LANGUAGES]
    return LanguageIdentifier(
        weights[:, keep].copy(order="C"),
        priors[keep],
        [classes[i] for i in keep],
        nextmove,
        outputs,
        norm_probs=True,
        tk_row=rows,
    )


def normalise_code(declared: str | None) -> str | None:
    """``en-GB`` / ``fr_BE`` / ``EN`` → ``en``; ``None`` for an empty or odd value."""
    if not declared:
        return None
    code = declared.strip().replace("_", "-").split("-", 1)[0].lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else None


def detect(text: str) -> tuple[str, float]:
    """The most likely language of ``text`` and its probability."""
    lang, probability = _identifier().classify(text[:SAMPLE_CHARS])
    return str(lang), float(probability)


def _has_letters(text: str, count: int) -> bool:
    """Whether ``text`` has ``count`` letters; stops at the ``count``-th."""
    return next(islice(filter(str.isalpha, text), count - 1, None), None) is not None


def choose_language(
    declared: str | None, text: str | None
) -> tuple[str | None, LanguageSource | None]:
    """``(language, language_source)`` of a document from its declaration and its text."""
    code = normalise_code(declared)
    sample = (text or "")[:SAMPLE_CHARS]
    if not _has_letters(sample, MIN_LETTERS):
        return (code, "declared") if code else (None, None)
    detected, probability = detect(sample)
    if code is None:
        return detected, "detected"
    if _SAME.get(detected, detected) == _SAME.get(code, code):
        return code, "declared"
    if probability >= OVERRULE_PROBABILITY:
        return detected, "detected"
    return code, "declared"
