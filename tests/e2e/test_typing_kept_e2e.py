"""A comment half typed beside the letter in Chromium survives a look at another tab of the Edit
page: the tabs rerun only the editor's fragment, which dropped the value of the closed tab's box
(tests/app/test_bad_day_app.py shows the same for full reruns)."""

from __future__ import annotations

import re

from tests.e2e.conftest import START_TIMEOUT, open_signed_in, wait_for_app, writer

LETTER = "# Notice\n\nWe are sorry.\n"
TYPED = "Say when it happened."


def _tab(page, name: str) -> None:
    page.get_by_role("tab", name=name).click()
    wait_for_app(page)


def _comment_box(page):
    page.get_by_text("Add a comment").click()
    return page.get_by_role("textbox", name="Comment", exact=True)


def test_a_comment_being_typed_survives_a_look_at_the_guidance(app_server, page):
    store = app_server.store()
    letter = store.create_letter("Kept", LETTER, actor=writer(store))
    open_signed_in(app_server, page, path=f"Edit?letter={letter.id}")
    page.get_by_role("textbox", name=re.compile("Letter text")).wait_for(
        timeout=START_TIMEOUT * 1000
    )
    _tab(page, "Comments")
    _comment_box(page).fill(TYPED)
    _tab(page, "Guidance")  # the click takes the focus: the box sends what it holds
    _tab(page, "Comments")
    box = page.get_by_role("textbox", name="Comment", exact=True)
    if not box.is_visible():
        box = _comment_box(page)
    assert box.input_value() == TYPED
