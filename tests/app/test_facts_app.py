"""The Facts tab of the Edit page in AppTest: a wrong fact is refused under its field with what
was typed kept; a good sheet is saved for the letter; the deadline clocks start from its
discovery date; the preview shows the letter with the facts filled."""

from __future__ import annotations

import datetime

from clearnotice.auth import create_first_admin
from clearnotice.facts import facts_of
from tests.app.session import EDIT_TABS, PASSWORD, open_as

EDITOR = "ed"
TEXT = "# Notice\n\nCall us at {{ phone }} or write to {{ email }}. Dear {{ customer_name }}."


def _field(at, label: str):
    return next(t for t in at.text_input if t.label == label)


def _save(at):
    next(b for b in at.button if b.label == "Save facts").click().run()
    return at


def test_a_wrong_fact_is_refused_under_its_field_and_a_good_one_is_kept(database):
    create_first_admin(database, EDITOR, PASSWORD)
    letter = database.create_letter("March incident", TEXT, actor=EDITOR)
    at = open_as(EDITOR, "pages/1_Edit.py", letter.id, tab="Facts")
    assert not at.exception, at.exception
    assert any("{{ phone }}, {{ email }}" in i.value for i in at.info)
    assert not any("customer_name" in i.value for i in at.info)  # a customer's own value
    _field(at, "Phone number for questions").input("call us anytime")
    _field(at, "E-mail address for questions").input("privacy@example.com")
    _save(at)
    assert not at.exception, at.exception
    assert any("is not a phone number" in e.value for e in at.error)
    assert _field(at, "Phone number for questions").value == "call us anytime"
    assert facts_of(database, letter.id) == {}

    _field(at, "Phone number for questions").input("1-800-555-0142")
    _save(at)
    assert not any("phone" in e.value for e in at.error), [e.value for e in at.error]
    assert any(s.value.startswith("Saved. Changed:") for s in at.success)
    assert facts_of(database, letter.id) == {
        "phone": "1-800-555-0142",
        "email": "privacy@example.com",
    }


def test_the_deadline_clocks_start_from_the_facts_discovery_date(database):
    create_first_admin(database, EDITOR, PASSWORD)
    letter = database.create_letter("March incident", TEXT, actor=EDITOR, jurisdictions=["CA"])
    at = open_as(EDITOR, "pages/1_Edit.py", letter.id, tab="Facts")
    _field(at, "Date the breach was discovered").input("March 3, 2026")
    _save(at)
    at = open_as(EDITOR, "pages/1_Edit.py", letter.id, tab="Guidance")
    picker = next(d for d in at.date_input if d.label == "Date the breach was discovered")
    assert picker.value == datetime.date(2026, 3, 3)


def test_the_preview_shows_the_letter_with_the_facts_filled(database):
    create_first_admin(database, EDITOR, PASSWORD)
    letter = database.create_letter("March incident", TEXT, actor=EDITOR)
    at = open_as(EDITOR, "pages/1_Edit.py", letter.id, tab="Facts")
    _field(at, "Phone number for questions").input("1-800-555-0142")
    _save(at)
    assert not at.exception, at.exception
    drawn = [h.proto.body for h in at.get("html")]
    assert any("Call us at 1-800-555-0142 or write to {{ email }}" in body for body in drawn)


def test_the_edit_page_draws_only_its_open_tab(database):
    create_first_admin(database, EDITOR, PASSWORD)
    letter = database.create_letter("March incident", TEXT, actor=EDITOR)
    at = open_as(EDITOR, "pages/1_Edit.py", letter.id)
    assert [t.label for t in at.number_input] == ["Target grade"]  # Readability, the first
    assert not [b for b in at.button if b.label == "Save facts"]
    at.session_state[EDIT_TABS] = "Facts"  # as a click on the tab does
    at.run()
    assert [b for b in at.button if b.label == "Save facts"]
    assert not at.number_input


def test_facts_typed_but_not_saved_survive_a_look_at_another_tab(database):
    create_first_admin(database, EDITOR, PASSWORD)
    letter = database.create_letter("March incident", TEXT, actor=EDITOR)
    at = open_as(EDITOR, "pages/1_Edit.py", letter.id, tab="Facts")
    _field(at, "Phone number for questions").input("1-800-555-0142").run()
    for tab in ("Guidance", "Facts"):
        at.session_state[EDIT_TABS] = tab
        at.run()
    assert not at.exception
    assert _field(at, "Phone number for questions").value == "1-800-555-0142"
    assert facts_of(database, letter.id) == {}  # kept on the page, saved only by the button


def test_a_double_clicked_save_says_the_facts_are_saved(database):
    """The second click of a double click found nothing to change and said "Nothing changed.",
    read as the save not taking."""
    create_first_admin(database, EDITOR, PASSWORD)
    letter = database.create_letter("March incident", TEXT, actor=EDITOR)
    at = open_as(EDITOR, "pages/1_Edit.py", letter.id, tab="Facts")
    _field(at, "Phone number for questions").input("1-800-555-0142")
    _save(_save(at))
    assert not at.exception
    assert [s.value for s in at.success] == ["Saved: these facts were saved already."]
