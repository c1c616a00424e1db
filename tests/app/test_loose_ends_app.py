"""Loose ends a tour of a bad day left on the pages: each as a person met it."""

from __future__ import annotations

from tests.app.export_page import approved_letter, with_list

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
