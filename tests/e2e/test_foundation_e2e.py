"""In a real browser: create a letter from a template, edit it, watch the grade move, reload."""

import re

from tests.e2e.conftest import (
    POLL_MS,
    STRIP_GRADE_JS,
    choose,
    held_texts,
    open_signed_in,
    shown_grade,
    wait_for_app,
)

HARD_TEXT = (
    "Notwithstanding the aforementioned considerations, the organisation's comprehensive "
    "forensic investigation subsequently determined that unauthorized exfiltration of personally "
    "identifiable information had unquestionably occurred."
)


def test_template_letter_edit_changes_grade_and_survives_reload(app_server, page):
    open_signed_in(app_server, page)
    page.get_by_role("tab", name="New letter").click()
    page.get_by_label("Title").fill("Browser test letter")
    choose(page, "Start from", re.compile("General US notice"))
    page.get_by_role("button", name="Create letter").click()

    page.wait_for_url(re.compile(r"/Edit\?letter=\d+"))
    wait_for_app(page)
    editor = page.get_by_role("textbox", name=re.compile("Letter text"))
    assert "Notice of Data Breach" in editor.input_value()
    grade_before = shown_grade(page)

    editor.fill(HARD_TEXT)
    page.get_by_role("heading", name="Browser test letter").click()  # blur: the text is sent
    page.wait_for_function(
        f"(before) => {{ const v = ({STRIP_GRADE_JS})(); return v && parseFloat(v) !== before; }}",
        arg=grade_before,
        polling=POLL_MS,
    )
    assert shown_grade(page) > grade_before + 5

    page.reload()  # a new Streamlit session, still signed in through the cookie
    open_signed_in(app_server, page, path=page.url.removeprefix(app_server.url))
    assert page.get_by_role("textbox", name=re.compile("Letter text")).input_value() == HARD_TEXT
    letter_id = int(re.search(r"letter=(\d+)", page.url).group(1))
    assert HARD_TEXT in held_texts(app_server.store(), letter_id)  # a working draft, or a version


def test_importing_a_draft_creates_a_letter_and_an_empty_file_is_refused(app_server, page):
    open_signed_in(app_server, page)
    page.get_by_role("tab", name="Import a draft").click()
    chooser = page.locator("[data-testid='stFileUploaderDropzoneInput']")
    chooser.set_input_files(
        files=[{"name": "empty.md", "mimeType": "text/markdown", "buffer": b"  \n"}]
    )
    # the Letters tab, hidden behind this one, may hold an alert of its own ("No letters in use")
    alert = page.locator("[data-testid='stAlert']:visible").first
    alert.wait_for()
    assert "empty" in alert.inner_text().lower()

    draft = "# Imported notice\n\nWe are sorry. <script>window.pwned = 1</script>\n"
    chooser.set_input_files(
        files=[{"name": "draft.md", "mimeType": "text/markdown", "buffer": draft.encode()}]
    )
    page.get_by_role("button", name="Create letter from this draft").click()
    page.wait_for_url(re.compile(r"/Edit\?letter=\d+"))
    wait_for_app(page)
    assert page.evaluate("() => window.pwned === undefined")
    letter_id = int(re.search(r"letter=(\d+)", page.url).group(1))
    latest = app_server.store().latest_version(letter_id)
    assert latest.text.strip() == draft.strip()
    assert latest.origin == "import:draft.md"
