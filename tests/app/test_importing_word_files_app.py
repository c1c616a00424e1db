"""The start page's import takes every Word file the import reads: its file picker's types are
clearnotice.importing.UPLOAD_TYPES, so a .docm the import reads is no longer refused by the
picker before it reaches the import."""

from __future__ import annotations

import pytest

from clearnotice.auth import create_first_admin
from clearnotice.importing import UPLOAD_TYPES
from tests.app.session import PASSWORD, open_as
from tests.core.word_packages import package, paragraph, run

EDITOR = "ed"
_MACRO_ENABLED = "application/vnd.ms-word.document.macroEnabled.main+xml"


@pytest.fixture
def database(database):
    create_first_admin(database, EDITOR, PASSWORD)
    return database


def test_the_picker_takes_what_the_import_reads_and_a_docm_becomes_a_letter(database):
    at = open_as(EDITOR, "app.py")
    [picker] = at.file_uploader
    assert list(picker.proto.type) == [f".{extension}" for extension in UPLOAD_TYPES]
    assert ".docm" in picker.label
    data = package(paragraph(run("We are sorry.")), main_type=_MACRO_ENABLED)
    at = picker.set_value(("draft.docm", data, _MACRO_ENABLED)).run()
    assert not at.exception, at.exception
    assert any("its macros left out" in w.value for w in at.warning)
    at = next(b for b in at.button if b.label.startswith("Create letter from")).click().run()
    [summary] = database.list_letters()
    assert summary.latest.text == "We are sorry.\n"
    assert summary.latest.origin == "import:draft.docm"
