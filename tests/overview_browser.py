"""The night's overview page in a real browser (Debian's headless ``chromium`` driven by
selenium through Debian's ``chromium-driver``), for tests and the docs' screenshot.

``python -m tests.overview_browser`` runs two nights over every network's bundled mirror
and saves the page's screenshot as ``docs/images/nightly-overview.png``, for a reviewer
to look at and commit deliberately.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from citycrawl.cli import LOOPBACK_SETTINGS, PROJECT_DIR
from citycrawl.mirror import bundled_mirror
from citycrawl.monitoring.overview import nights_dir
from citycrawl.sites import all_sites

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOT = PROJECT_DIR / "docs" / "images" / "nightly-overview.png"
#: Headless, no sandbox (containers), nothing fetched behind the page's back.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--no-first-run",
)


@contextmanager
def chromium(profile: Path, width: int = 1200, height: int = 900) -> Iterator[Any]:
    """A selenium driver of headless chromium with a new empty profile in ``profile``."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    try:
        yield driver
    finally:
        driver.quit()


def run_nights(workdir: Path, nights: int = 2) -> Path:
    """``citycrawl nightly --all`` ``nights`` times over every network's bundled mirror
    (served here); the overview page. Raises when a night fails."""
    with ExitStack() as stack:
        origins = {}
        for site in all_sites():
            server, _ = bundled_mirror(site.name)
            origins[site.name] = stack.enter_context(server).origin
        command = [sys.executable, "-m", "citycrawl.cli", "nightly", "--all"]
        command += ["--output", str(workdir / "output"), "--log-dir", str(workdir / "logs")]
        for name, origin in origins.items():
            command += ["-a", f"{name}:base_url={origin}"]
        for name, value in LOOPBACK_SETTINGS.items():
            command += ["-s", f"{name}={value}"]
        env = {**os.environ, "PYTHONPATH": str(PROJECT_DIR)}
        for _ in range(nights):
            done = subprocess.run(
                command, cwd=workdir, env=env, capture_output=True, text=True, check=False
            )
            if done.returncode != 0:
                raise RuntimeError(f"nightly --all exited {done.returncode}:\n{done.stderr}")
    return nights_dir(workdir / "output") / "latest.html"


def screenshot(page: Path, target: Path, profile: Path) -> None:
    """Save the whole page (its full height) as a PNG."""
    with chromium(profile) as driver:
        driver.get(page.as_uri())
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1200, int(height) + 40)
        target.write_bytes(driver.get_screenshot_as_png())


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        page = run_nights(Path(tmp))
        screenshot(page, SCREENSHOT, Path(tmp) / "profile")
    print(f"wrote {SCREENSHOT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
