"""Loose ends a tour of a bad day left on the pages: each as a person met it."""

from __future__ import annotations

import pytest

from clearnotice.accounts import Role
from clearnotice.auth import create_user
from tests.accounts import FIRST_ADMIN, PASSWORD, add_accounts
from tests.app.export_page import EXPORT, approved_letter, with_list
from tests.app.session import open_as

CUSTOMERS = "name,email\nBo,bo@example.com\n"


def test_the_page_hands_a_merge_zip_over_under_the_command_lines_name(
    database, tmp_path, monkeypatch
):
    """It was handed over as the server's file, "letter-1-pdf-<16 hex digits>.zip"."""
    letter = approved_letter(database)
    at = with_list(letter.id, CUSTOMERS, tmp_path, monkeypatch)
    at.button(key="merge_go").click().run()
    assert not at.exception
    [offered] = [b for b in at.get("download_button") if b.key == "merge_zip"]
    assert offered.label.startswith(f"Download letter-{letter.id}-pdf.zip (")


@pytest.mark.parametrize("page", ["pages/3_Review.py", EXPORT])
def test_review_and_export_say_whose_typing_is_not_yet_a_version(database, page):
    """Legal could approve, and anyone export, an older version while newer words were being
    typed, and neither page said so. The typist's name is theirs to choose: shown as typed."""
    add_accounts(database, lawyer=Role.LEGAL)
    create_user(
        database, "ed", Role.EDITOR, actor=FIRST_ADMIN, password=PASSWORD, display_name="Ed *Bo*"
    )
    letter = database.create_letter("March incident", "# Notice\n\nSorry.\n", actor="ed")
    english = database.latest_version(letter.id)
    database.write_working_draft(
        letter.id, "# Notice\n\nWe are sorry.\n", base_version_id=english.id, actor="ed"
    )
    at = open_as("lawyer", page, letter.id)
    assert not at.exception
    [said] = [w.value for w in at.warning if "not saved as a version" in w.value]
    assert "Ed \\*Bo\\*" in said  # escaped: Markdown would have shown "Ed Bo" in italics
    assert "English v1" in said
    if page == EXPORT:  # nothing is blocked: the approved or draft text is still offered
        assert [b for b in at.button if b.key == "export_prepare"]
