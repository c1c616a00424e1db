"""Versions on the Edit page (issue 18, point 3): the working draft the live editor kept comes
back on screen, "Save version" and leaving the page make it a version, and the history shows a
version as it reads and its changes to the text on screen.

AppTest drives only the plain text area (which saves a version on blur), so the draft is typed
here through the core, as the live editor's pause in typing keeps it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clearnotice import audit
from clearnotice.working_draft import Event, keep
from tests.app.session import open_as

START = "# Notice\n\nOn March 3 we found it.\n\nWe are sorry.\n"
TYPED = START + "\nCall us at 555-0100.\n"
EDIT = "pages/1_Edit.py"


@pytest.fixture
def letter(people):
    letter = people.create_letter("March incident", START, actor="ed")
    v1 = people.latest_version(letter.id)
    # typed in the live editor a moment ago: kept as the working draft, no version
    assert (
        keep(people, letter.id, TYPED, base_version_id=v1.id, actor="ed", event=Event.TYPED) is None
    )
    return letter


def _button(at, label):
    return next(b for b in at.button if b.label == label)


def test_the_working_draft_comes_back_and_save_version_makes_it_a_version(people, letter):
    at = open_as("ed", EDIT, letter.id)
    assert at.text_area(key=f"editor:{letter.id}").value == TYPED
    assert any("kept as a working draft" in c.value for c in at.caption)
    assert len(people.versions(letter.id)) == 1

    _button(at, "Save version").click().run()
    latest = people.latest_version(letter.id)
    assert (latest.number, latest.text, latest.author) == (2, TYPED, "ed")
    assert people.working_drafts(letter.id, actor="ed") == []
    assert _button(at, "Save version").disabled, "nothing typed since"


def test_leaving_the_page_makes_the_working_draft_a_version(people, letter):
    at = open_as("ed", EDIT, letter.id)
    assert len(people.versions(letter.id)) == 1
    at.switch_page("pages/3_Review.py").run()
    assert people.latest_version(letter.id).text == TYPED
    assert people.working_drafts(letter.id, actor="ed") == []


def test_history_previews_a_version_and_its_changes_to_the_text_on_screen(people, letter):
    at = open_as("ed", EDIT, letter.id)
    v1 = people.latest_version(letter.id)
    at.selectbox(key=f"history-look:{letter.id}").select(v1.id).run()
    html = [h.value for h in at.html]
    assert any("On March 3 we found it." in h and "cn-diff" not in h for h in html), "preview"
    [diff] = [h for h in html if "cn-diff" in h]
    assert "<ins>" in diff and "555-0100" in diff, "the typing is what changed since v1"
    assert "<del>" not in diff


def test_a_working_draft_a_minute_old_becomes_a_version_when_typing_resumes(people, letter):
    v1 = people.latest_version(letter.id)
    later = audit.now() + timedelta(minutes=2)
    resumed = TYPED + "\nWrite to us.\n"
    saved = keep(people, letter.id, resumed, base_version_id=v1.id, actor="ed",
                 event=Event.TYPED, now=later)  # fmt: skip
    assert saved.version.text == resumed
    at = open_as("ed", EDIT, letter.id)
    assert at.text_area(key=f"editor:{letter.id}").value == resumed


def test_history_preview_numbers_items_as_typed(people):
    """A numbered list starting at 3 previews as 3 and 4, as the exports and the Review page draw
    it, not as bullets."""
    letter = people.create_letter(
        "Steps", "# Steps\n\n3. Call us.\n4. Watch your bank.\n", actor="ed"
    )
    at = open_as("ed", EDIT, letter.id)
    v1 = people.latest_version(letter.id)
    at.selectbox(key=f"history-look:{letter.id}").select(v1.id).run()
    [preview] = [h.value for h in at.html if "Call us." in h.value and "cn-diff" not in h.value]
    assert '<li value="3">' in preview and '<li value="4">' in preview, preview
