"""Every hostile input gets the outcome its case names, with a message, and never a traceback."""

from __future__ import annotations

import pytest

from tests.hostile.harness import ACCEPTED, OUTCOMES, areas

CASES = [(area, case) for area in areas() for case in area.cases]


def test_cases_are_well_formed():
    ids = [f"{area.name}/{case.id}" for area, case in CASES]
    assert len(ids) == len(set(ids)), "case ids repeat within an area"
    assert all(case.expect in OUTCOMES for _, case in CASES)


@pytest.mark.parametrize(
    ("area", "case"), CASES, ids=[f"{area.name}/{case.id}" for area, case in CASES]
)
def test_hostile_input_gets_its_outcome(area, case, tmp_path):
    outcome = area.attempt(case, tmp_path)
    assert outcome.kind == case.expect, (
        f"{area.name}/{case.id}: expected {case.expect}, got {outcome.kind}: {outcome.message}"
    )
    if outcome.kind != ACCEPTED:
        assert outcome.message.strip(), f"{area.name}/{case.id}: {outcome.kind} with no message"
