"""In a real browser: Enter, Enter, ``## `` and a pause in the live editor (a heading about to be
written) is saved like any text; the page keeps its editor, history and scores, and what is typed
next is saved too. It used to show a traceback and lose the editor."""

from __future__ import annotations

from tests.e2e.test_live_editor_e2e import _open, _put_caret, _wait_saved

START = "# Notice\n\nWe are sorry. Call us."


def test_a_bare_heading_marker_is_saved_and_the_editor_stays(app_server, page):
    letter, editor = _open(app_server, page, "Heading marker", START)
    _put_caret(editor, len(START))
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    page.keyboard.insert_text("## ")
    _wait_saved(app_server, page, letter.id, START + "\n\n## ")

    assert page.locator("[data-testid='stException']").count() == 0
    assert page.get_by_text("Something went wrong").count() == 0
    page.get_by_text("History (").first.wait_for()  # the editor's history is still drawn
    page.get_by_role("tab", name="Guidance").click()
    page.get_by_text("essentials").first.wait_for()  # the skim preview ran on the new text

    _put_caret(editor, len(START) + 5)
    page.keyboard.insert_text("Next steps")
    _wait_saved(app_server, page, letter.id, START + "\n\n## Next steps")
    assert page.locator("[data-testid='stException']").count() == 0
