"""Saved-page fixtures: loading, running the named parser, and re-running on purpose.

A case is a folder ``fixtures/<layout>/<case>/`` holding

* ``page.html``: the page's raw bytes (never re-encoded: charset handling is under test);
* ``meta.json``: ``url``, ``content_type`` (the Content-Type header as served),
  ``parser`` (``"wordpress.parse_listing"`` and so on), ``source`` (what the page was
  reconstructed from) and optionally ``fetched_at``;
* ``expected.json``: the parser's output, field by field.

``python -m tests.fixture_cases rerun fixtures/<layout>/<case> [--write]`` prints the
parser's current output (and with ``--write`` stores it as expected.json) so a reviewer
updates expectations deliberately, never by hand-editing to make a test pass.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LAYOUT_DIRS = ("wordpress", "domino")


@dataclasses.dataclass(frozen=True)
class FixtureCase:
    path: Path
    meta: dict[str, Any]

    @property
    def name(self) -> str:
        return f"{self.path.parent.name}/{self.path.name}"

    @property
    def body(self) -> bytes:
        return (self.path / "page.html").read_bytes()

    @property
    def expected(self) -> dict[str, Any]:
        return json.loads((self.path / "expected.json").read_text(encoding="utf-8"))

    def parser(self) -> Callable[..., Any]:
        module_name, func_name = self.meta["parser"].rsplit(".", 1)
        module = importlib.import_module(f"citycrawl.parsing.{module_name}")
        return getattr(module, func_name)

    def run(self) -> dict[str, Any]:
        """Parse the page with its parser; the result as JSON-compatible data."""
        result = self.parser()(self.body, self.meta["url"], self.meta.get("content_type"))
        return json.loads(json.dumps(dataclasses.asdict(result), default=str))


def iter_cases() -> Iterator[FixtureCase]:
    for layout in LAYOUT_DIRS:
        for meta_path in sorted((FIXTURES / layout).glob("*/meta.json")):
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            yield FixtureCase(meta_path.parent, meta)


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] != "rerun":
        print(__doc__)
        return 2
    for folder in argv[1:]:
        if folder == "--write":
            continue
        meta = json.loads((Path(folder) / "meta.json").read_text(encoding="utf-8"))
        case = FixtureCase(Path(folder).resolve(), meta)
        output = json.dumps(case.run(), indent=2, ensure_ascii=False) + "\n"
        print(f"== {case.name}\n{output}")
        if "--write" in argv:
            (case.path / "expected.json").write_text(output, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
