"""Rights end when revoked, while typing: an editor deactivated, or signed out everywhere by an
admin, with the letter open keeps typing into the tab (the editor reruns as a fragment, without
the page's sign-in gate), and nothing more reaches the database; the page asks for a sign-in,
and the words stay in the browser's copy, which the editor puts back once its person is signed
in again."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from clearnotice.accounts import Role
from clearnotice.auth import set_active
from clearnotice.schema import Version, WorkingDraft
from clearnotice.sessions import end_sessions
from tests.e2e.conftest import ensure_account, sign_in
from tests.e2e.test_live_editor_e2e import EDITOR_NAME, _put_caret, _wait_saved

START = "# Notice\n\nWe are sorry. Call us."
ADMIN = "e2e-admin"  # the first admin tests.e2e.conftest.ensure_account makes
UNCONFIRMED_JS = """
() => Object.keys(localStorage)
  .filter((key) => key.startsWith("clearnotice:unconfirmed:"))
  .map((key) => JSON.parse(localStorage.getItem(key)).text)
"""


def _stored(store, letter_id: int) -> tuple[list, list]:
    """The letter's versions and working drafts, as the database holds them."""
    with store.session() as s:
        versions = s.execute(
            select(Version.id, Version.text).where(Version.letter_id == letter_id)
        ).all()
        drafts = s.execute(
            select(WorkingDraft.id, WorkingDraft.text, WorkingDraft.updated_at).where(
                WorkingDraft.letter_id == letter_id
            )
        ).all()
    return sorted(versions), sorted(drafts)


def _deactivated(store, username: str) -> None:
    set_active(store, username, False, actor=ADMIN)  # an admin, on the Users page meanwhile


def _signed_out_everywhere(store, username: str) -> None:
    end_sessions(store, username, actor=ADMIN)  # the account stays active


@pytest.mark.parametrize(
    ("ending", "editor_name"),
    [(_deactivated, "e2e-revoked"), (_signed_out_everywhere, "e2e-ended")],
    ids=["deactivated", "signed-out-everywhere"],
)
def test_typing_after_the_sign_in_ended_is_not_saved_and_not_lost(
    app_server, page, ending, editor_name
):
    """Signed out everywhere, the account active, the typing was saved: the core checks the
    account, and the editor's fragment reruns passed no check of the session."""
    store = app_server.store()
    ensure_account(store, editor_name, Role.EDITOR)  # its own: ending it leaves others' alone
    letter = store.create_letter("Revoked mid-letter", START, actor=editor_name)
    sign_in(app_server, page, editor_name, path=f"Edit?letter={letter.id}")
    editor = page.get_by_role("textbox", name=EDITOR_NAME)
    editor.wait_for()
    _put_caret(editor, len(START))
    page.keyboard.type(" Before.", delay=10)
    _wait_saved(app_server, page, letter.id, START + " Before.")

    ending(store, editor_name)
    kept = _stored(store, letter.id)
    # one input event: typed key by key, a loaded machine's pause between two keys let the
    # editor send " After" and the sign-in form take its place before the "." came, so
    # the "." was typed into no editor at all (CI, 2026-12-01)
    page.keyboard.insert_text(" After.")

    # after the pause the editor waits for, on a busy machine
    page.get_by_role("textbox", name="Username").wait_for(timeout=60_000)
    assert _stored(store, letter.id) == kept
    assert START + " Before. After." in page.evaluate(UNCONFIRMED_JS)
    if ending is _signed_out_everywhere:  # signed in again, the editor puts the words back
        sign_in(app_server, page, editor_name, path=f"Edit?letter={letter.id}")
        _wait_saved(app_server, page, letter.id, START + " Before. After.")
