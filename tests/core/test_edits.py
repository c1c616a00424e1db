"""A fix, a suggested paragraph or an older version, applied and saved by the core, with undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearnotice import edits, fixes
from clearnotice.accounts import Role
from clearnotice.auth import set_active
from clearnotice.guidance import review
from clearnotice.model import Finding, Severity
from tests.accounts import FIRST_ADMIN, add_accounts

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
JARGON = (FIXTURES / "jargon-heavy.md").read_text(encoding="utf-8")
EVASIVE = (FIXTURES / "evasive-missing.md").read_text(encoding="utf-8")


@pytest.fixture
def letter(store):
    add_accounts(store, ed=Role.EDITOR, other=Role.EDITOR)
    return store.create_letter("March incident", JARGON, actor="ed")


def _jargon(text: str) -> Finding:
    return next(f for f in review(text).findings if f.rule_id == "plain.jargon" and f.suggestions)


def test_a_fix_is_saved_as_its_own_version_and_undone_by_saving_the_one_before(store, letter):
    before = store.latest_version(letter.id)
    finding = _jargon(JARGON)
    edit = edits.apply_fix(store, letter.id, before, JARGON, finding, finding.suggestions[0], "ed")
    fixed = store.latest_version(letter.id)
    assert edit.saved.version.id == fixed.id and fixed.origin == f"fix:{finding.rule_id}"
    assert fixed.text == (JARGON[: finding.start] + finding.suggestions[0] + JARGON[finding.end :])
    assert (edit.undo_to.id, edit.label) == (before.id, finding.rule_id)
    assert f"version {before.number}" in edit.undo_help

    undone = edits.restore(store, letter.id, edit.undo_to, fixed.id, "ed")
    latest = store.latest_version(letter.id)
    assert latest.text == JARGON and latest.origin == f"restore:v{before.number}"
    assert undone.undo_to.id == fixed.id  # and the restore can be undone in turn


def test_unsaved_typing_is_saved_first_so_undoing_the_fix_keeps_it(store, letter):
    version = store.latest_version(letter.id)
    typed = JARGON + "\nWe are sorry.\n"
    finding = _jargon(typed)
    edit = edits.apply_fix(store, letter.id, version, typed, finding, "use", "ed")
    history = store.versions(letter.id)
    assert [v.origin for v in history[-2:]] == ["typed", f"fix:{finding.rule_id}"]
    assert edit.undo_to.text == typed


def test_a_fix_whose_words_changed_is_refused_and_nothing_is_saved(store, letter):
    version = store.latest_version(letter.id)
    finding = _jargon(JARGON)
    moved = Finding(
        finding.rule_id, Severity.WARNING, "", finding.start + 1, finding.end + 1, finding.match
    )
    with pytest.raises(edits.EditRefused, match="the text changed under it"):
        edits.apply_fix(store, letter.id, version, JARGON, moved, "x", "ed")
    assert store.latest_version(letter.id).id == version.id


def test_a_missing_items_paragraph_is_inserted_as_a_fix(store):
    add_accounts(store, ed=Role.EDITOR)
    letter = store.create_letter("Evasive", EVASIVE, actor="ed")
    version = store.latest_version(letter.id)
    item = next(i for i in review(EVASIVE).checklist if i.rule_id == "content.contact")
    edit = edits.insert_item(store, letter.id, version, EVASIVE, item, "ed")
    assert edit.saved.version.origin == "fix:content.contact"
    assert item.suggestion.strip() in edit.saved.version.text
    assert edit.undo_to.id == version.id


def test_an_account_no_longer_active_cannot_fix_and_is_told_so(store, letter):
    version = store.latest_version(letter.id)
    set_active(store, "ed", False, actor=FIRST_ADMIN)
    finding = _jargon(JARGON)
    with pytest.raises(edits.EditRefused, match="^Not saved: "):
        edits.apply_fix(store, letter.id, version, JARGON, finding, "use", "ed")
    with pytest.raises(edits.EditRefused, match="^Not saved: "):
        edits.restore(store, letter.id, version, version.id, "ed")
    assert store.latest_version(letter.id).id == version.id


def test_typing_merged_with_another_edit_is_kept_but_the_fix_is_not_applied(store, letter):
    version = store.latest_version(letter.id)
    theirs = "We are sorry.\n\n" + JARGON
    store.save_version(letter.id, theirs, base_version_id=version.id, actor="other")
    typed = JARGON + "\nCall us.\n"
    finding = _jargon(typed)
    with pytest.raises(edits.EditRefused, match="not applied") as refused:
        edits.apply_fix(store, letter.id, version, typed, finding, "use", "ed")
    merged = refused.value.typed.version
    assert merged.id == store.latest_version(letter.id).id
    assert merged.text.startswith("We are sorry.") and "Call us." in merged.text
    assert not merged.origin.startswith("fix:")


def test_a_missing_items_paragraph_goes_before_the_closing_of_a_text_with_crlf_breaks():
    """A browser's text box sends CR LF: the closing was not found, and the paragraph went
    under the signature, with LF breaks among the CR LF ones."""
    text = "Dear Ana,\r\n\r\nSomething happened.\r\n\r\nSincerely,\r\n\r\nDana\r\n"
    assert fixes.insert_paragraph(text, "Call us.") == (
        "Dear Ana,\r\n\r\nSomething happened.\r\n\r\nCall us.\r\n\r\nSincerely,\r\n\r\nDana\r\n"
    )
    assert fixes.insert_paragraph("No closing.\r\n", "Added.") == "No closing.\r\n\r\nAdded.\r\n"


def test_restoring_another_letters_version_is_refused_and_nothing_is_saved(store, letter):
    """A version is picked by id: another customer's letter must never land in this one."""
    other = store.create_letter("April incident", "Dear Bob,\n\nOnly Bob's facts.\n", actor="ed")
    version = store.latest_version(letter.id)
    with pytest.raises(edits.EditRefused, match="not a version of this letter"):
        edits.restore(store, letter.id, store.latest_version(other.id), version.id, "ed")
    assert store.latest_version(letter.id).id == version.id


def test_an_older_translation_is_restored_in_its_own_language_not_over_the_english(store, letter):
    english = store.latest_version(letter.id)
    first = store.save_version(
        letter.id, "Hola.\n", base_version_id=None, actor="ed", language="es", origin="human:Ana"
    ).version
    second = store.save_version(
        letter.id, "Hola otra vez.\n", base_version_id=first.id, actor="ed", language="es"
    ).version
    edit = edits.restore(store, letter.id, first, second.id, "ed")
    assert store.latest_version(letter.id).id == english.id
    assert (edit.saved.version.language, edit.saved.version.text) == ("es", "Hola.\n")
    assert edit.undo_to.id == second.id


def test_restoring_a_translation_over_the_english_base_is_refused(store, letter):
    english = store.latest_version(letter.id)
    spanish = store.save_version(
        letter.id, "Hola.\n", base_version_id=None, actor="ed", language="es", origin="human:Ana"
    ).version
    with pytest.raises(edits.EditRefused, match="es text"):
        edits.restore(store, letter.id, spanish, english.id, "ed")
    assert store.latest_version(letter.id).id == english.id


@pytest.fixture
def other_letter(store, letter):
    return store.create_letter("April incident", "Dear Bob,\n\nOnly Bob's facts.\n", actor="ed")


def test_a_fix_on_another_letters_version_is_refused_and_nothing_is_saved(
    store, letter, other_letter
):
    """The version a fix is typed on comes from the screen's state: a version of another
    letter would save its text into this one (or start a language this letter lacks)."""
    bobs = store.latest_version(other_letter.id)
    finding = _jargon(JARGON)
    with pytest.raises(edits.EditRefused, match="not a version of this letter"):
        edits.apply_fix(store, letter.id, bobs, JARGON, finding, "use", "ed")
    item = next(i for i in review(EVASIVE).checklist if i.rule_id == "content.contact")
    with pytest.raises(edits.EditRefused, match="not a version of this letter"):
        edits.insert_item(store, letter.id, bobs, bobs.text, item, "ed")
    assert [v.text for v in store.versions(letter.id)] == [JARGON]
    assert [v.id for v in store.versions(other_letter.id)] == [bobs.id]


def test_a_restore_typed_on_another_letters_version_is_refused(store, letter, other_letter):
    """The base is the screen's too: the typing saved first, and the undo, would be Bob's."""
    first = store.latest_version(letter.id)
    bobs = store.latest_version(other_letter.id)
    with pytest.raises(edits.EditRefused, match="not a version of this letter"):
        edits.restore(store, letter.id, first, bobs.id, "ed", text=bobs.text + "\nP.S.\n")
    assert [v.id for v in store.versions(letter.id)] == [first.id]
