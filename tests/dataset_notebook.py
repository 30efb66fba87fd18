"""Executing ``notebooks/explore.ipynb`` against a dataset: for its test and the README image.

    python -m tests.dataset_notebook    # crawl the bundled mirror, execute, refresh the image

The README shows ``docs/images/items-per-month.png``, the notebook's first chart drawn
from a crawl of the bundled mirror. ``tests/test_notebook.py`` draws it again the same
way and fails when it no longer matches, so the image cannot drift from the notebook.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from citycrawl.cli import PROJECT_DIR, crawl_environment, demo
from citycrawl.mirror import MirrorServer
from tests.crawl_helpers import run_crawl

NOTEBOOK = PROJECT_DIR / "notebooks" / "explore.ipynb"
README_IMAGE = PROJECT_DIR / "docs" / "images" / "items-per-month.png"
#: The figures the notebook saves (as <name>.png) when CITYCRAWL_FIGURES_DIR is set.
FIGURES = (
    "items-per-month",
    "events-per-theme",
    "top-themes",
    "mentions-by-country",
    "city-map",
    "items-per-month-by-network",
)


def crawl_mirror(output_dir: Path) -> None:
    """Crawl the bundled mirror into ``output_dir`` with the real ``scrapy crawl``."""
    with MirrorServer() as mirror:
        run = run_crawl(mirror.origin, output_dir)
    if run.returncode != 0:
        raise RuntimeError(f"crawl of the mirror failed ({run.returncode}):\n{run.log[-3000:]}")


def crawl_every_mirror(output_dir: Path) -> None:
    """Crawl every network's bundled mirror into ``output_dir`` as ``citycrawl demo`` does
    (one crawl per core at a time)."""
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        status = demo(output_dir)
    if status != 0:
        raise RuntimeError(f"citycrawl demo failed ({status}):\n{printed.getvalue()[-3000:]}")


def execute(
    output_dir: Path, figures_dir: Path, *, probe: str | None = None, timeout: int = 120
) -> nbformat.NotebookNode:
    """Run every cell against the dataset in ``output_dir``; raise on any cell's error.

    The kernel runs in ``notebooks/`` as Jupyter would, with the two environment
    variables the notebook reads. ``probe`` is code run after the last cell, in the same
    kernel, so a test can read the notebook's variables. Returns the executed notebook.
    """
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    if probe is not None:
        notebook.cells.append(nbformat.v4.new_code_cell(probe))
    env = crawl_environment()  # the project importable from any folder
    env["CITYCRAWL_OUTPUT_DIR"] = str(output_dir)
    env["CITYCRAWL_FIGURES_DIR"] = str(figures_dir)
    env["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
    env["JUPYTER_PLATFORM_DIRS"] = "1"  # jupyter_core's path-migration warning otherwise
    client = NotebookClient(
        notebook,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute(env=env)
    return notebook


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        crawl_mirror(Path(tmp) / "output")
        execute(Path(tmp) / "output", Path(tmp) / "figures")
        README_IMAGE.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(tmp) / "figures" / f"{README_IMAGE.stem}.png", README_IMAGE)
    print(f"wrote {README_IMAGE.relative_to(PROJECT_DIR)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    os.chdir(PROJECT_DIR)
    sys.exit(main())
