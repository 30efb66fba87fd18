"""Hooks for the whole test session."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Process-level (``slow``) tests first. pytest-xdist hands out whole modules
    (``--dist loadscope``, ``--no-loadscope-reorder``) in this order: the long modules
    start at once on every worker and the many short ones fill in at the end. Ordered
    by their number of tests instead (xdist's default), the longest modules, which hold
    one to eight tests, started last, one worker running them alone."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
