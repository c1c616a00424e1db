"""The Edit page takes a letter's jurisdictions from a customer list, in Streamlit's AppTest: the
states the list names are added to the letter, as the mail merge would read them, and a row whose
place cannot be read is named."""

from __future__ import annotations

from clearnotice.accounts import Role
from tests.accounts import add_accounts
from tests.app.session import open_as

CUSTOMERS = "name,state\nAna,Massachusetts\nBo,TX\nCy,Atlantis\n"


def test_a_customer_list_adds_the_states_its_customers_live_in(database):
    add_accounts(database, ed=Role.EDITOR)
    letter = database.create_letter(
        "March incident", "# Notice\n\nWe are sorry.\n", actor="ed", jurisdictions=["CA"]
    )
    at = open_as("ed", "pages/1_Edit.py", letter.id, tab="Guidance")
    upload = at.file_uploader(key=f"guidance-jurisdictions:{letter.id}:list")
    upload.set_value(("customers.csv", CUSTOMERS.encode(), "text/csv")).run()
    assert not at.exception
    assert database.get_letter(letter.id).jurisdictions == ["CA", "MA", "TX"]
    said = " ".join(c.value for c in at.caption)
    assert "Added MA, TX." in said
    assert "No place read for sure in 1 row" in said and "line 4" in said


def test_reading_the_list_shows_the_readers_progress_then_removes_it(database, monkeypatch):
    """A 50,000-row workbook takes about 10 s to read (components/export_view.py): the reader's
    progress is drawn while it reads, then removed."""
    from components import guidance_panel

    told = []
    read = guidance_panel.read_customer_list

    def reading(data, name, progress=None):
        assert progress is not None, "read with no progress shown"
        progress(0.5, "Read 2 of 3 rows")
        told.append(name)
        return read(data, name, progress=progress)

    monkeypatch.setattr(guidance_panel, "read_customer_list", reading)
    add_accounts(database, ed=Role.EDITOR)
    letter = database.create_letter("March incident", "# Notice\n\nWe are sorry.\n", actor="ed")
    at = open_as("ed", "pages/1_Edit.py", letter.id, tab="Guidance")
    upload = at.file_uploader(key=f"guidance-jurisdictions:{letter.id}:list")
    upload.set_value(("customers.csv", CUSTOMERS.encode(), "text/csv")).run()
    assert not at.exception, at.exception
    assert told, "the list was not read"
    assert database.get_letter(letter.id).jurisdictions == ["MA", "TX"]
    assert not at.get("progress")  # removed once read
