"""The compiled build of the date grammar (setup.py, CITYCRAWL_COMPILE=1).

mypyc checks at run time what Python only annotates: a value whose type differs from its
declaration raises TypeError in the compiled build while the sources run on. The first
two tests catch, on the sources, the one way this code has produced such values
(``frozenset | dict.keys()`` is a set); CI builds the extensions and runs the date tests
on them (.ci/run), where the last test checks that they are what runs.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib.machinery
import os
import typing
from pathlib import Path

import pytest

from citycrawl.dates import SUPPORTED_LANGUAGES, _build, compiled
from citycrawl.dates._lexicon import Lexicon, lexicon_for

ROOT = Path(__file__).resolve().parent.parent


def _compiled_sources() -> list[str]:
    """setup.py's COMPILED: the source files that the compiled build compiles."""
    for node in ast.parse((ROOT / "setup.py").read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "COMPILED":
            return list(ast.literal_eval(node.value))
    raise AssertionError("setup.py has no COMPILED list")


COMPILED = [
    pytest.param(source.removesuffix(".py").replace("/", "."), id=Path(source).stem)
    for source in _compiled_sources()
]
EXTENSION = importlib.machinery.EXTENSION_SUFFIXES[0]


@pytest.mark.parametrize("module_name", COMPILED)
def test_compiled_modules_hold_no_module_level_set(module_name: str) -> None:
    # Their constants are frozensets; a set among them is "frozenset | keys()", which the
    # compiled build refuses where mypy inferred a frozenset.
    module = __import__(module_name, fromlist=["_"])
    sets = [name for name, value in vars(module).items() if type(value) is set]
    assert sets == []


@pytest.mark.parametrize(
    "languages", [None, tuple(sorted(SUPPORTED_LANGUAGES)), *[(code,) for code in ("en", "pl")]]
)
def test_lexicon_fields_hold_their_declared_types(languages: tuple[str, ...] | None) -> None:
    # The compiled grammar reads these fields with the declared types checked.
    hints = typing.get_type_hints(Lexicon)
    lexicon = lexicon_for(languages)
    wrong = []
    for field in dataclasses.fields(lexicon):
        declared = typing.get_origin(hints[field.name]) or hints[field.name]
        value = getattr(lexicon, field.name)
        if declared in (frozenset, set, dict, tuple, list) and type(value) is not declared:
            wrong.append((field.name, declared.__name__, type(value).__name__))
    assert wrong == []


def _extension_beside(tmp_path: Path, source_age: float) -> Path:
    """A compiled module's file and its source, the source ``source_age`` seconds newer."""
    extension = tmp_path / f"_grammar{EXTENSION}"
    source = tmp_path / "_grammar.py"
    extension.write_bytes(b"")
    source.write_text("")
    built = extension.stat().st_mtime
    os.utime(source, (built + source_age, built + source_age))
    return extension


@pytest.mark.parametrize(
    ("source_age", "refused"),
    [(0.0, False), (1.0, False), (600.0, True)],
    ids=["unpacked-together", "within-slack", "edited-after-build"],
)
def test_a_compiled_module_older_than_its_source_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source_age: float, refused: bool
) -> None:
    extension = _extension_beside(tmp_path, source_age)
    monkeypatch.setattr(_build, "_extensions", lambda: [extension])
    if refused:
        with pytest.raises(ImportError, match=r"compiled before _grammar\.py last changed"):
            _build.refuse_stale()
    else:
        _build.refuse_stale()


@pytest.mark.skipif(
    os.environ.get("CITYCRAWL_COMPILE") != "1", reason="runs where the build was compiled (CI)"
)
def test_a_compiled_build_runs_the_extensions() -> None:
    import citycrawl.dates._grammar as grammar

    assert compiled()
    assert str(grammar.__file__).endswith(EXTENSION)
