"""What the tests of the jurisdictions' rule packs share: their tables of sentences, and the
checklist item the app's review gives a sentence, with only that jurisdiction selected (as the
Edit page reviews a letter)."""

from __future__ import annotations

import pytest

from clearnotice.checks.outcome import FOUND, MISSING, PARTIAL
from clearnotice.guidance import jurisdictions, review

# (jurisdiction, rule) -> [(a sentence, whether it says what the rule asks), ...]
Tables = dict[tuple[str, str], list[tuple[str, bool]]]


def rows(tables: Tables) -> list:
    """One test case per sentence of ``tables``, named by its jurisdiction, rule and place."""
    return [
        pytest.param(code, rule_id, text, found, id=f"{code}-{rule_id}-{n}")
        for (code, rule_id), sentences in tables.items()
        for n, (text, found) in enumerate(sentences)
    ]


def checklist_item(code: str, rule_id: str, text: str, listed_under: str = ""):
    """``rule_id``'s checklist item for ``code`` in the app's review of ``text``, as listed under
    ``listed_under`` (the jurisdiction itself unless told: the general items are "guidance")."""
    report = review(text, jurisdictions=(code,))
    items = [i for i in report.items_for(listed_under or code) if i.rule_id == rule_id]
    assert items, f"{code} has no checklist item {rule_id}"
    return items[0]


def assert_read_as_labelled(code: str, rule_id: str, text: str, found: bool) -> None:
    """The item is found exactly when ``text`` says it; a letter lacking one part of a many-part
    item is "partial": not found either way."""
    status = checklist_item(code, rule_id, text).status
    assert (status == FOUND) == found, f"{rule_id} on {text!r}: {status}"
    assert found or status in (MISSING, PARTIAL), status


def assert_on_checklist(code: str, rule_id: str) -> None:
    """``rule_id`` is on ``code``'s checklist, so the Edit page lists it for that jurisdiction."""
    profile = next(p for p in jurisdictions() if p.code == code)
    assert rule_id in profile.order
