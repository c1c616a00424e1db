"""Typing in bursts makes one working draft, not a version per pause (issue 18, point 3): ten
bursts separated by short pauses leave the letter with one draft and at most a couple of
versions, a reload shows the typed text, and "Save version" makes it a named version."""

from __future__ import annotations

import re

from sqlalchemy import select

from clearnotice.schema import WorkingDraft
from tests.e2e.conftest import open_signed_in, writer
from tests.e2e.test_live_editor_e2e import EDITOR_NAME, _editor, _put_caret, _wait_saved

START = "# Notice\n\nWe are sorry. Call us."
BURSTS = 10
# The first Edit page of a fresh server on a busy 2-core machine can take long to draw: a budget
# for waiting, not a speed the test asserts.
FIRST_DRAW_MS = 120_000


def _drafts(store, letter_id: int) -> list[WorkingDraft]:
    with store.session() as s:
        return list(s.scalars(select(WorkingDraft).where(WorkingDraft.letter_id == letter_id)))


def test_ten_bursts_of_typing_make_one_working_draft_and_a_reload_brings_them_back(
    app_server, page
):
    store = app_server.store()
    letter = store.create_letter("Bursts", START, actor=writer(store))
    open_signed_in(app_server, page, path=f"Edit?letter={letter.id}")
    editor = page.get_by_role("textbox", name=EDITOR_NAME)
    editor.wait_for(timeout=FIRST_DRAW_MS)
    expected = START
    for burst in range(BURSTS):
        _put_caret(editor, len(expected))
        words = f" Burst {burst} of typing."
        page.keyboard.type(words, delay=15)
        expected += words
        # a short pause: longer than the editor's pause before it sends, far below a minute
        _wait_saved(app_server, page, letter.id, expected)
        page.wait_for_timeout(400)

    [draft] = _drafts(store, letter.id)
    assert draft.text == expected
    versions = store.versions(letter.id)
    assert len(versions) <= 3, f"{len(versions)} versions for {BURSTS} pauses in typing"

    page.reload()
    editor = _editor(app_server, page, f"Edit?letter={letter.id}")
    assert editor.input_value() == expected
    page.get_by_text(re.compile("kept as a working draft")).wait_for()

    page.get_by_role("button", name="Save version").click()
    for _ in range(50):
        if not _drafts(store, letter.id):
            break
        page.wait_for_timeout(100)
    assert store.latest_version(letter.id).text == expected
    assert _drafts(store, letter.id) == []
