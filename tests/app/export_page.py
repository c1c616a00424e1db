"""The Export page with a customer list uploaded, as the mail-merge app tests open it: an
editor's letter, approved, and the list in the merge's uploader; merges go under ``tmp_path``."""

from __future__ import annotations

from clearnotice import db
from clearnotice.accounts import Role
from tests.accounts import add_accounts
from tests.app.session import open_as
from tests.approving import approve_newest

EXPORT = "pages/4_Export.py"


def approved_letter(database, text: str = "Dear {{ name }},\n\nSorry.\n"):
    """An editor's letter (ed), approved by legal (lawyer)."""
    add_accounts(database, ed=Role.EDITOR, lawyer=Role.LEGAL)
    letter = database.create_letter("March incident", text, actor="ed")
    approve_newest(database, letter.id)
    return letter


def with_list(letter_id: int, customers: str, tmp_path, monkeypatch):
    """The Export page of ``letter_id`` as ed sees it, ``customers`` (CSV text) uploaded."""
    monkeypatch.setenv(db.DATA_DIR_ENV, str(tmp_path))
    at = open_as("ed", EXPORT, letter_id)
    upload = at.file_uploader(key=f"merge_upload:{letter_id}")
    upload.set_value(("customers.csv", customers.encode(), "text/csv")).run()
    return at
