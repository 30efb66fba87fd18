"""The build's one step beyond pyproject.toml: the date grammar, compiled on request.

``citycrawl.dates`` reads every date of every crawled page, and its grammar is plain,
fully typed Python. With ``CITYCRAWL_COMPILE=1``, mypyc compiles ``_grammar``,
``_resolve`` and ``_numbers`` to C extensions beside their sources, which read dates
about twice as fast (figures: docs/dates.md, "A compiled build"). It costs about five
minutes of a C compiler at each install, so the default build stays pure Python; the
sources are the reference either way, and ``citycrawl.dates`` refuses a compiled module
older than its source (``citycrawl/dates/_build.py``).
"""

import os
import sys

from setuptools import Extension, setup

COMPILE = os.environ.get("CITYCRAWL_COMPILE") == "1"
# pip runs this file three times: for the build requirements (setuptools' egg_info, before
# mypy is installed: setup_requires below), for the metadata (dist_info), and to build.
# Only the build needs mypyc's analysis and code generation, a minute or two each time.
METADATA_ONLY = {"egg_info", "dist_info"}

COMPILED = [
    "citycrawl/dates/_grammar.py",
    "citycrawl/dates/_resolve.py",
    "citycrawl/dates/_numbers.py",
]
# mypyc ships in mypy's wheel; the compiled modules need no runtime package of its own.
# One minor release: the C it generates is what was measured and tested.
MYPYC = "mypy>=2.4,<2.5"
# The project's [tool.mypy] checks every package against installed stubs, which the build
# environment lacks (CI runs that check); the compiled modules use only the standard library.
MYPYC_OPTIONS = ["--config-file=", "--follow-imports=silent"]


def compiled_extensions() -> list[Extension]:
    """The compiled modules when CITYCRAWL_COMPILE=1, else none."""
    if not COMPILE or METADATA_ONLY & set(sys.argv[1:]):
        return []
    from mypyc.build import mypycify

    # One shared library inside the package, not at the top level where an editable
    # install's finder would not look.
    return mypycify(
        [*MYPYC_OPTIONS, *COMPILED], opt_level="3", group_name="citycrawl.dates._native"
    )


setup(
    setup_requires=[MYPYC] if COMPILE else [],
    ext_modules=compiled_extensions(),
)
