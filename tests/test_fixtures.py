"""Golden tests (R-25): every saved page parses, field by field equal to expected.json."""

from __future__ import annotations

import pytest

from tests.fixture_cases import FixtureCase, iter_cases

CASES = list(iter_cases())


def _field_params() -> list[object]:
    params = []
    for case in CASES:
        params.extend(
            pytest.param(case, field, id=f"{case.name}::{field}") for field in case.expected
        )
    return params


@pytest.fixture(scope="module")
def outputs() -> dict[str, dict[str, object]]:
    return {}


@pytest.mark.parametrize(("case", "field"), _field_params())
def test_fixture_field(
    case: FixtureCase, field: str, outputs: dict[str, dict[str, object]]
) -> None:
    if case.name not in outputs:
        outputs[case.name] = case.run()
    assert outputs[case.name][field] == case.expected[field]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fixture_has_no_unexpected_fields(case: FixtureCase) -> None:
    assert set(case.run()) == set(case.expected)
