"""Two sessions typing into one letter (AppTest, plain editor): merged where they can be,
settled by a person where they clash, and never approved with one person's words missing."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from clearnotice import approvals
from clearnotice.accounts import Role
from clearnotice.auth import create_first_admin, create_user
from tests.app.session import PASSWORD, open_as

START = "# Notice\n\nOn March 3 we found it.\n\nWe are sorry.\n\nCall us.\n"
EDIT = "pages/1_Edit.py"


@pytest.fixture
def people(database):
    create_first_admin(database, "ada", PASSWORD)
    for username, role in [("ana", Role.EDITOR), ("bea", Role.EDITOR), ("lee", Role.LEGAL)]:
        create_user(database, username, role, actor="ada", password=PASSWORD)
    return database


def _type(at: AppTest, letter_id: int, text: str) -> AppTest:
    return at.text_area(key=f"editor:{letter_id}").input(text).run()


def _two_tabs(people):
    letter = people.create_letter("Shared", START, actor="ana")
    return letter, open_as("ana", EDIT, letter.id), open_as("bea", EDIT, letter.id)


def test_each_session_sees_who_else_has_the_letter_open(people):
    letter, ana, _bea = _two_tabs(people)
    ana.run()
    assert any(c.value.startswith("Also editing: bea") for c in ana.caption)


def test_edits_to_different_paragraphs_are_merged_and_both_kept(people):
    letter, ana, bea = _two_tabs(people)
    _type(ana, letter.id, START.replace("March 3", "March 4"))
    _type(bea, letter.id, START.replace("Call us.", "Call us at 555-0100."))
    merged = START.replace("March 3", "March 4").replace("Call us.", "Call us at 555-0100.")
    assert people.latest_version(letter.id).text == merged
    assert bea.text_area(key=f"editor:{letter.id}").value == merged  # bea now sees ana's words
    assert any("both are kept" in i.value for i in bea.info)
    assert people.open_forks(letter.id) == []


def test_a_clash_shows_both_texts_and_the_persons_resolution_becomes_the_letter(people):
    letter, ana, bea = _two_tabs(people)
    _type(ana, letter.id, START.replace("March 3", "March 4"))
    ana_version = people.latest_version(letter.id)
    _type(bea, letter.id, START.replace("March 3", "early March"))
    assert people.latest_version(letter.id).id == ana_version.id  # bea's text is kept aside
    assert bea.text_area(key=f"editor:{letter.id}").value == START.replace("March 3", "early March")
    shown = [c.value for c in bea.code]  # the guidance tab shows its suggestions after them
    assert shown[:2] == ["On early March we found it.", "On March 4 we found it."]
    assert any("both are kept" in w.value for w in bea.warning)
    [fork] = people.open_forks(letter.id)
    bea.radio(key=f"fork:{fork.fork.id}:choice:0").set_value("typed").run()
    bea.text_area(key=f"fork:{fork.fork.id}:typed:0").input(
        "On March 4 (early in March) we found it."
    ).run()
    next(b for b in bea.button if b.label == "Save the merged letter").click().run()
    resolved = START.replace("March 3", "March 4 (early in March)")
    assert people.latest_version(letter.id).text == resolved
    assert people.open_forks(letter.id) == []
    assert bea.text_area(key=f"editor:{letter.id}").value == resolved
    assert "On early March we found it." not in [c.value for c in bea.code]  # view gone
    ana.run()
    assert ana.text_area(key=f"editor:{letter.id}").value == resolved  # ana follows


def test_a_combined_text_typed_and_not_saved_outlives_a_visit_to_another_page(people):
    """The choice and the text typed, both kept through a look at the Review page."""
    letter, ana, bea = _two_tabs(people)
    _type(ana, letter.id, START.replace("March 3", "March 4"))
    _type(bea, letter.id, START.replace("March 3", "early March"))
    [fork] = people.open_forks(letter.id)
    choice, typed = f"fork:{fork.fork.id}:choice:0", f"fork:{fork.fork.id}:typed:0"
    bea.radio(key=choice).set_value("typed").run()
    assert bea.text_area(key=typed).value == "On early March we found it."  # begun from hers
    bea.text_area(key=typed).input("On March 4 (early in March) we found it.").run()
    bea.switch_page("pages/3_Review.py").run()
    bea.switch_page(EDIT).run()
    assert bea.radio(key=choice).value == "typed"  # the choice is kept too
    assert bea.text_area(key=typed).value == "On March 4 (early in March) we found it."
    next(b for b in bea.button if b.label == "Save the merged letter").click().run()
    assert people.latest_version(letter.id).text == START.replace(
        "March 3", "March 4 (early in March)"
    )


def test_approving_while_a_clash_is_open_is_refused_with_a_reason(people):
    letter, ana, bea = _two_tabs(people)
    _type(ana, letter.id, START.replace("March 3", "March 4"))
    _type(bea, letter.id, START.replace("March 3", "early March"))
    lee = open_as("lee", "pages/3_Review.py", letter.id)
    reason = next(t for t in lee.text_area if t.label.startswith("Why approve"))
    reason.input("Counsel accepts the short text.")  # the short letter lacks required items
    next(b for b in lee.button if b.label.startswith("Approve en")).click().run()
    assert any("bea's edit" in e.value and "not merged yet" in e.value for e in lee.error)
    assert approvals.approvals(people, letter.id) == []
