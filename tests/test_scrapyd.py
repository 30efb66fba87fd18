"""Scrapyd round trip: a real scrapyd on 127.0.0.1, the project deployed as an egg through
``deploy/scrapyd-deploy.sh`` and ``addversion.json``, ``eurocities`` scheduled against the
local mirror through ``schedule.json``, and the dataset (with its run report) checked."""

from __future__ import annotations

import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from citycrawl.cli import LOOPBACK_SETTINGS, PROJECT_DIR
from citycrawl.dataset import load
from citycrawl.mirror import MirrorServer
from citycrawl.monitoring.report import load_history, reports_dir
from citycrawl.sites import all_sites
from tests.scrapyd_nodes import scrapyd_node

requests = pytest.importorskip("requests", reason="scrapyd-client (group ops) brings requests")

pytestmark = pytest.mark.slow


@pytest.fixture
def scrapyd(tmp_path: Path) -> Iterator[str]:
    with scrapyd_node(tmp_path / "scrapyd") as node:
        yield node.url


def _api(method: str, url: str, **kwargs: Any) -> dict[str, Any]:
    response = requests.request(method, url, timeout=30, **kwargs)
    response.raise_for_status()
    answer = response.json()
    assert answer["status"] == "ok", answer
    return answer


def test_deploy_schedule_and_check_the_dataset(scrapyd: str, tmp_path: Path) -> None:
    egg = tmp_path / "citycrawl.egg"
    setup_py = (PROJECT_DIR / "setup.py").read_bytes()
    subprocess.run(
        [str(PROJECT_DIR / "deploy" / "scrapyd-deploy.sh"), "local", "--build-egg", str(egg)],
        check=True,
        capture_output=True,
        env={"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"},
        timeout=120,
    )
    # the working tree stays clean: scrapyd-deploy writes its setup.py in a copy
    assert (PROJECT_DIR / "setup.py").read_bytes() == setup_py
    with zipfile.ZipFile(egg) as built:  # the city finder's data travels with the code
        data = {n for n in built.namelist() if n.startswith("citycrawl/enrich/data/")}
    assert {"gazetteer.tsv", "common_words.txt.gz"} <= {n.rsplit("/", 1)[1] for n in data}
    with egg.open("rb") as handle:
        added = _api(
            "POST",
            f"{scrapyd}/addversion.json",
            data={"project": "citycrawl", "version": "r1"},
            files={"egg": handle},
        )
    networks = [site.name for site in all_sites()]
    assert added["spiders"] == len(networks)
    assert _api("GET", f"{scrapyd}/listspiders.json", params={"project": "citycrawl"})[
        "spiders"
    ] == sorted(networks)

    output = tmp_path / "output"
    with MirrorServer() as mirror:
        settings = {**LOOPBACK_SETTINGS, "CITYCRAWL_OUTPUT_DIR": str(output)}
        job = _api(
            "POST",
            f"{scrapyd}/schedule.json",
            data={
                "project": "citycrawl",
                "spider": "eurocities",
                "base_url": mirror.origin,
                "sections": "policy-papers,events",
                "setting": [f"{k}={v}" for k, v in settings.items()],
            },
        )["jobid"]
        deadline = time.monotonic() + 90
        while True:
            jobs = _api("GET", f"{scrapyd}/listjobs.json", params={"project": "citycrawl"})
            finished = [j for j in jobs["finished"] if j["id"] == job]
            if finished:
                break
            assert time.monotonic() < deadline, jobs
            time.sleep(0.5)
        assert mirror.hits["/latest_categories/events/"] == 1
    frame = load("eurocities", output_dir=output)
    assert sorted(frame["item_type"].value_counts().to_dict().items()) == [
        ("event", 5),
        ("policy_paper", 2),
    ]
    [report] = load_history(reports_dir(output, "eurocities"))
    assert report["checks"]["passed"], report["checks"]
    assert report["items"] == 7
