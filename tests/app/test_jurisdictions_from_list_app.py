"""The Edit page takes a letter's jurisdictions from a customer list, in Streamlit's AppTest: the
states the list names are added to the letter, as the mail merge would read them, and a row whose
place cannot be read is named."""

from __future__ import annotations

from clearnotice.auth import Role
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
