"""Run manifests and ``version.json``: what a version holds and which runs made it.

``runs/<run_id>.json`` records one run (counts, finish reason, the crawl's gone list);
``version.json``, written last, lists the version's files and its runs in commit order
(the run sequence). Both can be rebuilt from the version's own files when lost
(:func:`rebuild_version_info`, :func:`stand_in_manifest`).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from citycrawl.dataset.columns import CURRENT_SCHEMA, DATASET_FORMAT_VERSION, HISTORY_SCHEMA
from citycrawl.dataset.errors import DatasetNewerError
from citycrawl.dataset.paths import Version, parse_version_name
from citycrawl.fsutil import fsync_dir, write_json_atomic
from citycrawl.schema import SCHEMA_VERSION

logger = logging.getLogger(__name__)

#: Stats keys the crawl counts drops under; reported per reason in the run manifest.
DROPPED_STAT_PREFIX = "citycrawl/dropped/"


@dataclass(frozen=True)
class RunInfo:
    """What the manifest says about a run besides the commit's counts.

    ``gone``: documents that answered 404/410, each with the hash of the card that led
    to it (see ``citycrawl.incremental``); carried from run to run in the manifests.
    """

    run_id: str
    started_at: dt.datetime
    finish_reason: str
    complete: bool
    recovered: bool
    dropped: Mapping[str, int] = field(default_factory=dict)
    gone: Mapping[str, str | None] = field(default_factory=dict)


def dropped_counts(stats: Mapping[str, Any]) -> dict[str, int]:
    """``citycrawl/dropped/<reason>`` counts of the crawl stats, by reason."""
    return {
        k.removeprefix(DROPPED_STAT_PREFIX): v
        for k, v in sorted(stats.items())
        if k.startswith(DROPPED_STAT_PREFIX) and isinstance(v, int)
    }


def run_manifest(
    run: RunInfo, number: int, counts: Mapping[str, int], *, migrated: bool
) -> dict[str, Any]:
    """The manifest of ``run``, committed as version ``number``."""
    return {
        "run_id": run.run_id,
        "dataset_version": number,
        "started_at": run.started_at.isoformat(),
        "ended_at": dt.datetime.now(dt.UTC).isoformat(),
        "finish_reason": run.finish_reason,
        "complete": run.complete,
        "recovered": run.recovered,
        "pid": os.getpid(),
        "schema_version": SCHEMA_VERSION,
        "dataset_format_version": DATASET_FORMAT_VERSION,
        "migrated": migrated,
        "counts": dict(counts),
        "dropped": dict(run.dropped),
        "gone": {str(u): c if isinstance(c, str) else None for u, c in sorted(run.gone.items())},
    }


def finish_version(
    tmp: Path,
    prev: Version | None,
    manifest: Mapping[str, Any],
    items: dict[str, list[str]],
    history: list[str],
    rows: int,
) -> None:
    """Write the run's manifest and, last, ``version.json`` into ``tmp``; fsync it all."""
    run_id = manifest["run_id"]
    (tmp / "runs").mkdir(exist_ok=True)
    if prev:
        for old in (prev.path / "runs").iterdir():
            if old.name.endswith(".json") and not old.name.startswith(".tmp-"):
                os.link(old, tmp / "runs" / old.name)
    write_json_atomic(tmp / "runs" / f"{run_id}.json", manifest)
    info = {
        "version": manifest["dataset_version"],
        "schema_version": SCHEMA_VERSION,
        "dataset_format_version": DATASET_FORMAT_VERSION,
        "runs": (prev.runs if prev else []) + [run_id],
        "items": items,
        "history": history,
        "rows": rows,
    }
    write_json_atomic(tmp / "version.json", info)
    for d in [tmp / "items", *(p for p in (tmp / "items").rglob("*") if p.is_dir())]:
        fsync_dir(d)
    for d in (tmp / "history", tmp / "runs", tmp):
        fsync_dir(d)


def read_manifest(version: Version, run_id: str) -> dict[str, Any] | None:
    """The manifest of ``run_id`` in ``version``; None (logged) if missing or unreadable."""
    try:
        data = json.loads(version.manifest_path(run_id).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        logger.warning("run manifest %s of %s unreadable: %s", run_id, version.path, exc)
        return None
    return data if isinstance(data, dict) else None


def manifests(version: Version) -> Iterator[dict[str, Any]]:
    """The readable run manifests of ``version``, newest (by run sequence) first."""
    for run_id in reversed(version.runs):
        manifest = read_manifest(version, run_id)
        if manifest is not None:
            yield manifest


def last_gone(version: Version) -> dict[str, str | None]:
    """The ``gone`` list of the newest crawl manifest of ``version``.

    Each run carries the list forward, so the newest one is complete. Recovered runs
    are passed over: their crawl died before it could tell (their commit has no crawl
    stats). Manifests from before the list existed have none.
    """
    for manifest in manifests(version):
        if not manifest.get("recovered"):
            return dict(manifest.get("gone") or {})
    return {}


def check_not_newer(info: Mapping[str, Any], where: str) -> None:
    """Raise :class:`DatasetNewerError` if ``info`` (``version.json``) is newer than the code."""
    schema, layout = info.get("schema_version"), info.get("dataset_format_version")
    if (isinstance(schema, int) and schema > SCHEMA_VERSION) or (
        isinstance(layout, int) and layout > DATASET_FORMAT_VERSION
    ):
        raise DatasetNewerError(
            f"dataset {where} has schema version {schema} (format {layout}), newer than this "
            f"code's {SCHEMA_VERSION} (format {DATASET_FORMAT_VERSION}): refusing to write it, "
            "which would drop the columns this code does not know; upgrade citycrawl"
        )


def has_code_schema(version: Version) -> bool:
    """Whether every file of ``version`` has exactly the code's schemas (no migration)."""
    if (
        version.info.get("schema_version") != SCHEMA_VERSION
        or version.info.get("dataset_format_version") != DATASET_FORMAT_VERSION
    ):
        return False
    # Every file of a version shares its table's schema; the first one stands for all.
    return all(
        pq.read_schema(files[0]).equals(schema, check_metadata=True)
        for files, schema in (
            (version.item_files(), CURRENT_SCHEMA),
            (version.history_files(), HISTORY_SCHEMA),
        )
        if files
    )


def _file_version(path: Path, key: str) -> int | None:
    value = (pq.read_schema(path).metadata or {}).get(f"citycrawl.{key}".encode())
    return int(value) if value is not None and value.isdigit() else None


def rebuild_version_info(path: Path) -> dict[str, Any] | None:
    """``version.json`` of version directory ``path`` rebuilt from its files; None if unsure.

    Items and history are the Parquet files present; runs come from the manifests, in
    the order of the version that committed each (the run sequence). Versions are
    renamed into place complete, so the files present are the files it had.
    """
    number = parse_version_name(path.name)
    runs_dir = path / "runs"
    if number is None or not runs_dir.is_dir():
        return None
    order: list[tuple[int, str]] = []
    for f in runs_dir.glob("*.json"):
        try:
            order.append((int(json.loads(f.read_text("utf-8"))["dataset_version"]), f.stem))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # a manifest without its sequence: the run order is unknown
    items: dict[str, list[str]] = {}
    for f in sorted((path / "items").rglob("*.parquet")):
        part = f.parent.relative_to(path / "items").as_posix()
        items.setdefault("" if part == "." else part, []).append(f.relative_to(path).as_posix())
    history = sorted(f.relative_to(path).as_posix() for f in (path / "history").glob("*.parquet"))
    files = [path / f for fs in items.values() for f in fs]
    return {
        "version": number,
        # The files say which code wrote them; an empty version has no files to ask.
        "schema_version": _file_version(files[0], "schema_version") if files else SCHEMA_VERSION,
        "dataset_format_version": (
            _file_version(files[0], "dataset_format_version") if files else DATASET_FORMAT_VERSION
        ),
        "runs": [run_id for _n, run_id in sorted(order)],
        "items": items,
        "history": history,
        "rows": sum(pq.ParquetFile(f).metadata.num_rows for f in files),
        "rebuilt": True,
    }


def stand_in_manifest(version: Version, run_id: str) -> dict[str, Any]:
    """A manifest for a run whose manifest was lost: what the version still tells.

    Its finish reason is ``unknown``, so an incremental crawl does not trust it to have
    walked every listing; its gone list is carried over from the run before it.
    """
    index = version.runs.index(run_id)
    gone = last_gone(Version(version.path, {**version.info, "runs": version.runs[:index]}))
    return {
        "run_id": run_id,
        # Each commit adds one run: counting back from the version keeps the run order.
        "dataset_version": version.number - (len(version.runs) - 1 - index),
        "finish_reason": "unknown",
        "complete": False,
        "recovered": False,
        "reconstructed": True,
        "schema_version": version.info.get("schema_version"),
        "dataset_format_version": version.info.get("dataset_format_version"),
        "counts": {},
        "dropped": {},
        "gone": gone,
    }
