"""Saved-page fixtures: loading, running the named parser, and re-running on purpose.

A case is a folder ``fixtures/<network>/<layout>/<case>/`` holding

* ``page.html``: the page's raw bytes (never re-encoded: charset handling is under test);
* ``meta.json``: ``url``, ``content_type`` (the Content-Type header as served), the
  parser as ``site`` (a registered network), ``layout`` (one of its layouts) and
  ``kind`` (``listing`` or ``document``), ``source`` (what the page was reconstructed
  from) and ``fetched_at`` (the day the page stands for, ISO 8601 UTC: the reference
  date when a test normalises the page, as the crawl time is for a crawled page);
* ``expected.json``: the parser's output, field by field.

``python -m tests.fixture_cases rerun fixtures/<network>/<layout>/<case> [--write]`` prints the
parser's current output (and with ``--write`` stores it as expected.json) so a reviewer
updates expectations deliberately, never by hand-editing to make a test pass.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from citycrawl import sites

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@dataclasses.dataclass(frozen=True)
class FixtureCase:
    path: Path
    meta: dict[str, Any]

    @property
    def name(self) -> str:
        return f"{self.path.parent.parent.name}/{self.path.parent.name}/{self.path.name}"

    @property
    def body(self) -> bytes:
        return (self.path / "page.html").read_bytes()

    @property
    def expected(self) -> dict[str, Any]:
        return json.loads((self.path / "expected.json").read_text(encoding="utf-8"))

    @property
    def fetched_at(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.meta["fetched_at"])

    @property
    def layout(self) -> str:
        return str(self.meta["layout"])

    def parser(self) -> Callable[..., Any]:
        """The layout's parser as the crawl calls it (bad links counted, bugs caught)."""
        layout = sites.get(self.meta["site"]).layout(self.layout)
        return layout.read_listing if self.meta["kind"] == "listing" else layout.read_document

    def run(self) -> dict[str, Any]:
        """Parse the page with its parser; the result as JSON-compatible data."""
        result = self.parser()(self.body, self.meta["url"], self.meta.get("content_type"))
        return json.loads(json.dumps(dataclasses.asdict(result), default=str))


def iter_cases(site: str | None = None) -> Iterator[FixtureCase]:
    """Every saved-page case (of one network's, with ``site``), in path order."""
    for meta_path in sorted(FIXTURES.glob("*/*/*/meta.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if "site" in meta and site in (None, meta["site"]):
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
