"""The Export page's mail merge of a master with per-state letters, in Streamlit's AppTest: how
many rows go to each letter, as the core counts them, before anything is merged."""

from __future__ import annotations

from clearnotice.accounts import Role
from clearnotice.export.merge_rows import UNCLEAR
from tests.accounts import add_accounts
from tests.app.session import open_as
from tests.state_letters import CUSTOMERS, state_letters


def test_the_export_page_shows_how_many_rows_go_to_each_letter(database):
    add_accounts(database, lawyer=Role.LEGAL)
    letters = state_letters(database)
    at = open_as("lawyer", "pages/4_Export.py", letters.master)
    upload = at.file_uploader(key=f"merge_upload:{letters.master}")
    upload.set_value(("customers.csv", CUSTOMERS.encode(), "text/csv")).run()
    assert not at.exception
    [table] = [d.value for d in at.dataframe if "Letter" in d.value.columns]
    assert table.to_dict("records") == [
        {"Letter": "the master letter", "Rows": 1, "Held back": 0},
        {"Letter": "the letter for CA, IL, TX", "Rows": 1, "Held back": 1},
        {"Letter": "the letter for MA", "Rows": 1, "Held back": 0},
        {"Letter": UNCLEAR, "Rows": 1, "Held back": 1},
    ]
