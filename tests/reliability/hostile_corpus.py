"""The hostile-HTML corpus (R-12): how each file of ``fixtures/hostile/`` is made.

The files are committed as bytes so a test reads exactly what a server could send;
``python -m tests.reliability.hostile_corpus`` rewrites them from the recipes here
(deterministic: the random junk is seeded).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "hostile"

_HEAD = '<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>{t}</title></head>'


def _article(title: str, body: str = "<p>Body.</p>", extra: str = "") -> bytes:
    return (
        _HEAD.format(t=title)
        + f'<body><main><article>{extra}<span class="meta-cat">News</span><h1>{title}</h1>'
        + f'<span class="date">5 November 2025</span><div class="entry-content">{body}</div>'
        + "</article></main></body></html>"
    ).encode("utf-8")


def _deep_nesting() -> bytes:
    depth = 100_000
    return (
        _HEAD.format(t="deep")
        + "<body><main>"
        + "<div>" * depth
        + "<h1>Deep title</h1><p>Deep body.</p>"
        + "</div>" * depth
        + "</main></body></html>"
    ).encode()


def _many_times() -> bytes:
    times = "".join(f'<time datetime="2024-01-{i % 28 + 1:02d}">{i}</time>' for i in range(10_000))
    cards = "".join(
        f'<li><span class="date">{i % 28 + 1} March 2024</span>'
        f'<h2><a href="/latest/t{i}/">T{i}</a></h2>{times if i == 0 else ""}</li>'
        for i in range(3)
    )
    return (
        _HEAD.format(t="times")
        + f'<body><main><h1>Times</h1>{times}<ul class="other-story-list">{cards}</ul>'
        + "</main></body></html>"
    ).encode()


def _huge_attribute() -> bytes:
    value = "a" * (1024 * 1024)
    return _article(
        "Huge attribute",
        f'<p class="{value}">Body with a 1 MiB attribute.</p>',
        extra=f'<ul class="other-story-list"><li><h2><a href="/latest/{value}/"'
        ">Card</a></h2></li></ul>",
    )


def _binary_junk() -> bytes:
    rng = random.Random(20261127)
    return bytes(rng.randrange(256) for _ in range(64 * 1024))


RECIPES: dict[str, Callable[[], bytes]] = {
    "deep-nesting.html": _deep_nesting,
    "lt-run.html": lambda: _article("<" * 100 + " title", "<p>" + "<" * 100 + "</p>"),
    "control-chars.html": lambda: _article(
        "Con\x08trol\x1f chars\uffff here\x00", "<p>Body\x0b with \x7f controls\ufffe.</p>"
    ),
    "huge-attribute.html": _huge_attribute,
    "many-time-elements.html": _many_times,
    "script-in-title.html": lambda: _article(
        "<script>alert(1)</script>Real &lt;script&gt;alert(2)&lt;/script&gt; title",
        "<p>Text <script>document.write('<h1>injected</h1>')</script>after.</p>"
        "<p>&lt;b&gt;escaped bold&lt;/b&gt; and &lt;img src=x onerror=alert(3)&gt;</p>",
    ),
    "unclosed-tags.html": lambda: (
        b"<html><head><title>Unclosed<body><main><h1>Unclosed <b><i>title"
        b'<div class="entry-content"><p>one<p>two<ul><li><a href="/latest/u/">card'
    ),
    "empty.html": lambda: b"",
    "bom-only.html": lambda: b"\xef\xbb\xbf",
    "whitespace-only.html": lambda: b" \r\n\t \n",
    "binary-junk.html": _binary_junk,
    "nul-bytes.html": lambda: _article("Nul\x00title", "<p>a\x00b</p>").replace(
        b"<main>", b"\x00" * 64 + b"<main>"
    ),
    "mojibake-trap.html": lambda: (
        _article("Caf\u00e9 \u2019quoted\u2019").decode().encode("cp1252", "replace")
    ),
    "utf16-no-bom.html": lambda: _article("UTF-16 page").decode().encode("utf-16-le"),
    "only-tags.html": lambda: (
        b"<html><body><h1></h1><h1>   </h1>"
        b"<ul class='other-story-list'><li></li></ul></body></html>"
    ),
    "comment-bomb.html": lambda: _article("Comments", "<!--" * 10_000 + "<p>after</p>"),
    "entity-flood.html": lambda: _article(
        "Entities &amp;&amp;&#0;&#xD800;&#x110000;", "&nbsp;" * 20_000
    ),
    "table-flood.html": lambda: _article(
        "Tables", "<table>" + "<tr><td>x</td>" * 20_000 + "</table>"
    ),
}


def write(directory: Path = CORPUS_DIR) -> None:
    """(Re)write every corpus file."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, make in RECIPES.items():
        (directory / name).write_bytes(make())


if __name__ == "__main__":
    write()
    sys.exit(0)
