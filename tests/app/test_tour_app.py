"""Faults found walking through the app in a browser as a new team would (a bad day's tour),
each reproduced where the page draws it."""

from __future__ import annotations

from clearnotice.accounts import Role
from tests.accounts import add_accounts
from tests.app.session import open_as

TRANSLATIONS = "pages/2_Translations.py"
PASTED = "# What happened\n\nA former employee shared your account details.\n"


def _blank_letter(database):
    """A letter made blank (New letter, "Blank letter"), with a letter pasted into its editor
    and kept as ed's working draft: the browser was closed before it became a version."""
    add_accounts(database, ed=Role.EDITOR)
    letter = database.create_letter("Pasted", "", actor="ed")
    english = database.latest_version(letter.id)
    database.write_working_draft(letter.id, PASTED, base_version_id=english.id, actor="ed")
    return letter


def test_an_english_with_no_text_is_not_translated_and_the_page_says_what_to_do(database):
    letter = _blank_letter(database)
    at = open_as("ed", TRANSLATIONS, letter.id, language="es")
    assert not at.exception
    said = " ".join(m.value for m in [*at.info, *at.warning, *at.error])
    assert "English v1 has no text" in said
    assert "Save version" in said  # the typing kept as a working draft is what to save
    assert not [b for b in at.button if "Translate" in b.label]
    assert database.latest_version(letter.id, "es") is None


def test_typing_not_yet_a_version_is_named_above_the_translation_buttons(database):
    letter = _blank_letter(database)
    english = database.latest_version(letter.id)
    database.save_version(
        letter.id, "# Notice\n\nWe are sorry.\n", base_version_id=english.id, actor="ed"
    )
    newest = database.latest_version(letter.id)
    database.write_working_draft(letter.id, PASTED, base_version_id=newest.id, actor="ed")
    at = open_as("ed", TRANSLATIONS, letter.id, language="es")
    assert not at.exception
    said = " ".join(m.value for m in at.warning)
    assert "English v2" in said and "working draft" in said


def test_a_blank_letter_says_once_that_there_is_nothing_to_score(database):
    """The readability tab said "There is no text to score yet." twice: as the scores' message
    and again as the analysis's note."""
    add_accounts(database, ed=Role.EDITOR)
    letter = database.create_letter("Blank", "", actor="ed")
    at = open_as("ed", "pages/1_Edit.py", letter.id)
    assert not at.exception
    said = [c.value for c in at.caption if "no text to score" in c.value]
    assert said == ["There is no text to score yet."]
