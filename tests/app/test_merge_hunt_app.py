"""The mail merge hunted as a bad day would run it, on the Export page: what was shown is what
is merged, or nothing is."""

from __future__ import annotations

import io

import openpyxl
from openpyxl.utils.datetime import MAC_EPOCH

from clearnotice import audit, db
from tests.app.export_page import EXPORT, approved_letter, with_list
from tests.app.session import open_as
from tests.approving import approve_newest

CUSTOMERS = "name,email,language\nBo,bo@example.com,es\nCy,cy@example.com,en\n"
SPANISH = "Estimado {{ name }}:\n\nLo sentimos.\n"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _spanish_merge_page(database, tmp_path, monkeypatch):
    """The Export page of a letter approved in English and Spanish, with a list of one Spanish
    and one English customer uploaded; the merges go under ``tmp_path``."""
    letter = approved_letter(database)
    english = database.latest_version(letter.id)
    database.save_version(
        letter.id, SPANISH, base_version_id=None, actor="ed", language="es",
        origin="human:Ana", source_version_id=english.id,
    )  # fmt: skip
    approve_newest(database, letter.id, language="es")
    return with_list(letter.id, CUSTOMERS, tmp_path, monkeypatch), letter


def _approve_new_english(database, letter) -> None:
    """Legal approves a newer English text: the Spanish, a translation of the old one, no
    longer holds."""
    english = database.latest_version(letter.id)
    database.start_new_draft(letter.id, "en", actor="ed")
    database.save_version(
        letter.id, "Dear {{ name }},\n\nWe are sorry.\n", base_version_id=english.id, actor="ed"
    )
    approve_newest(database, letter.id)


def test_a_text_approved_anew_after_the_page_showed_it_is_not_merged_unseen(
    database, tmp_path, monkeypatch
):
    """Legal approved a newer Spanish text while the page showed v1: the click merged v2,
    which nobody on this page had seen. The merge is refused, saying what changed, and the
    page shows the new text for a second click."""
    at, letter = _spanish_merge_page(database, tmp_path, monkeypatch)
    spanish = database.latest_version(letter.id, "es")
    database.start_new_draft(letter.id, "es", actor="ed")
    database.save_version(
        letter.id, SPANISH.replace("Lo sentimos", "Lo sentimos mucho"),
        base_version_id=spanish.id, actor="ed", language="es",
        origin="human:Ana", source_version_id=spanish.source_version_id,
    )  # fmt: skip
    approve_newest(database, letter.id, language="es")
    at.button(key="merge_go").click().run()
    assert not at.exception
    assert not (tmp_path / "merges").exists() or not list((tmp_path / "merges").iterdir())
    said = [w.value for w in at.warning]
    assert any("Not merged" in s and "v1" in s and "v2" in s for s in said), said
    with database.session() as s:  # the refused click is in the audit log, as ed's
        [refused] = audit.events(s, action="refused")
    assert (refused.actor, refused.letter_id) == ("ed", letter.id)
    assert refused.detail.startswith("merge: refused, the approved texts changed")
    at.button(key="merge_go").click().run()
    assert [z.name for z in (tmp_path / "merges").glob("*.zip")]


def test_a_translation_whose_approval_went_after_the_page_showed_it_is_not_merged(
    database, tmp_path, monkeypatch
):
    """Legal approved a new English text after the page showed the Spanish ready: the Spanish
    approval, of a translation of the old English, no longer holds, and the click sent the
    Spanish customer the English letter without a word on the page."""
    at, letter = _spanish_merge_page(database, tmp_path, monkeypatch)
    _approve_new_english(database, letter)
    at.button(key="merge_go").click().run()
    assert not at.exception
    assert not (tmp_path / "merges").exists() or not list((tmp_path / "merges").iterdir())
    said = [w.value for w in at.warning]
    assert any("Not merged" in s and "Spanish (es)" in s and "none now" in s for s in said), said


def test_the_page_says_who_gets_the_source_language_instead_before_the_merge(
    database, tmp_path, monkeypatch
):
    """A Vietnamese customer's row merged "with a note", one row in a table among others: the
    page never said in so many words that they would be sent English."""
    letter = approved_letter(database)
    listed = "name,email,language\nBo,bo@example.com,vi\nCy,cy@example.com,Vietnamese\n"
    at = with_list(letter.id, listed, tmp_path, monkeypatch)
    assert not at.exception
    said = [w.value for w in at.warning]
    assert any(
        s.startswith("2 customers get English (en)") and "Vietnamese (vi) 2" in s for s in said
    ), said


def test_one_rows_file_of_a_text_approved_anew_since_the_preview_is_not_made(
    database, tmp_path, monkeypatch
):
    """The preview showed v1 of the row's letter; the click made the file of v2."""
    at, letter = _spanish_merge_page(database, tmp_path, monkeypatch)
    _approve_new_english(database, letter)
    at.button(key="merge_preview_make").click().run()
    assert not at.exception
    said = [w.value for w in at.warning]
    assert any(s.startswith("Not made") and "English (en)" in s for s in said), said
    assert not [b for b in at.get("download_button") if b.key == "merge_preview_download"]


def test_a_1904_workbooks_serial_date_is_named_in_its_own_date_system(
    database, tmp_path, monkeypatch
):
    """A workbook saved with the 1904 date system (older Excel for Mac) stores 1 January 2024
    as 43830; the page said it was 31 December 2019, four years and a day off."""
    monkeypatch.setenv(db.DATA_DIR_ENV, str(tmp_path))
    letter = approved_letter(database, "Dear {{ name }},\n\nExposed on {{ exposure_date }}.\n")
    book = openpyxl.Workbook()
    book.epoch = MAC_EPOCH
    book.active.append(["name", "exposure_date"])
    book.active.append(["Bo", 43830])
    saved = io.BytesIO()
    book.save(saved)
    at = open_as("ed", EXPORT, letter.id)
    at.file_uploader(key=f"merge_upload:{letter.id}").set_value(
        ("customers.xlsx", saved.getvalue(), XLSX)
    ).run()
    assert not at.exception
    [table] = [d.value for d in at.dataframe if "Problems" in d.value.columns]
    [problem] = table["Problems"]
    assert "January 1, 2024 (in this workbook's 1904 date system)" in problem
