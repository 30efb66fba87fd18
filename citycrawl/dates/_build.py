"""Which build of the date grammar runs: compiled by mypyc (``setup.py``) or pure Python.

A compiled module sits beside its source and wins the import. In an editable checkout
that is a trap: the source changes, the old extension keeps running, and tests pass on
code that is no longer there. :func:`refuse_stale` turns that into an ImportError that
says what to do; it runs when this module is imported, which ``citycrawl.dates`` does
before it imports the grammar (isort puts ``_build`` first).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
from pathlib import Path

# An extension unpacked by pip in the same second as its source is not older than it;
# an edit after a build is minutes later.
_MTIME_SLACK_SECONDS = 2.0


def _is_extension(path: Path) -> bool:
    return path.name.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


def _extensions() -> list[Path]:
    """The extension modules in this package's folder (none in the pure build)."""
    folder = Path(__file__).parent
    if not folder.is_dir():  # inside a zipped egg (Scrapyd), which imports no extension
        return []
    return [path for path in folder.iterdir() if _is_extension(path)]


def compiled() -> bool:
    """True when the grammar runs from mypyc's extensions, False for the pure sources."""
    spec = importlib.util.find_spec(f"{__package__}._grammar")
    return spec is not None and spec.origin is not None and _is_extension(Path(spec.origin))


def refuse_stale() -> None:
    """Raise ImportError if a compiled module is older than the source beside it."""
    for extension in _extensions():
        source = extension.with_name(f"{extension.name.split('.')[0]}.py")
        if source.exists() and source.stat().st_mtime > extension.stat().st_mtime + (
            _MTIME_SLACK_SECONDS
        ):
            raise ImportError(
                f"citycrawl.dates: {extension.name} was compiled before {source.name} last "
                "changed; rebuild it (CITYCRAWL_COMPILE=1 pip install -e .) or delete "
                f"the compiled files ({extension.parent}/*.so) to run the sources"
            )


refuse_stale()
