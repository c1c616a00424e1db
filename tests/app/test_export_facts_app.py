"""The Export page says which of the incident's facts a file would still show as placeholders."""

from __future__ import annotations

from clearnotice.facts import save_facts
from tests.app.export_page import EXPORT, approved_letter
from tests.app.session import open_as


def test_the_export_page_names_the_facts_nobody_has_typed_yet(database):
    letter = approved_letter(database, "Dear {{ name }},\n\nCall us at {{ phone }}.\n")
    at = open_as("ed", EXPORT, letter.id)
    warnings = " ".join(w.value for w in at.warning)
    assert "Phone number for questions" in warnings and "Facts tab" in warnings
    save_facts(database, letter.id, {"phone": "1-800-555-0100"}, actor="ed")
    at = open_as("ed", EXPORT, letter.id)
    assert not any("Facts tab" in w.value for w in at.warning)
