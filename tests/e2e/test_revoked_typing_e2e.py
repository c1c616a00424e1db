"""Rights end when revoked, while typing: an editor deactivated with the letter open keeps typing
into the tab (the editor reruns without the sign-in gate), and nothing more reaches the
database; the screen says why, and the words stay in the editor and in the browser's copy."""

from __future__ import annotations

from playwright.sync_api import expect
from sqlalchemy import select

from clearnotice.auth import Role, set_active
from clearnotice.schema import Version, WorkingDraft
from tests.e2e.conftest import ensure_account, sign_in
from tests.e2e.test_live_editor_e2e import EDITOR_NAME, _put_caret, _wait_saved

START = "# Notice\n\nWe are sorry. Call us."
EDITOR = "e2e-revoked"  # an account of its own: deactivating it leaves other tests' alone
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


def test_typing_after_the_account_is_deactivated_is_not_saved_and_not_lost(app_server, page):
    store = app_server.store()
    ensure_account(store, EDITOR, Role.EDITOR)
    letter = store.create_letter("Revoked mid-letter", START, actor=EDITOR)
    sign_in(app_server, page, EDITOR, path=f"Edit?letter={letter.id}")
    editor = page.get_by_role("textbox", name=EDITOR_NAME)
    editor.wait_for()
    _put_caret(editor, len(START))
    page.keyboard.type(" Before.", delay=10)
    _wait_saved(app_server, page, letter.id, START + " Before.")

    set_active(store, EDITOR, False, actor=ADMIN)  # an admin, on the Users page meanwhile
    kept = _stored(store, letter.id)
    page.keyboard.type(" After.", delay=10)

    refusal = page.locator("[data-testid='stAlert']", has_text="Not saved")
    expect(refusal).to_contain_text(  # after the pause the editor waits for, on a busy machine
        f"The account {EDITOR} is deactivated: it can no longer change a letter.", timeout=60_000
    )
    expect(refusal).to_contain_text("Your text is still here.")
    expect(page.locator(".cn-save")).to_contain_text("Not saved")
    assert _stored(store, letter.id) == kept
    assert editor.input_value() == START + " Before. After."
    assert START + " Before. After." in page.evaluate(UNCONFIRMED_JS)
