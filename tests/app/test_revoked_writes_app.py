"""Rights end when revoked, on the Edit page in Streamlit's AppTest: a widget's callback runs
before the page's sign-in gate, so the typing or the jurisdictions sent by a person deactivated
since the page was drawn reach the core, which refuses them; the page then asks for a sign-in,
with no error, and nothing was written."""

from __future__ import annotations

from sqlalchemy import select

from clearnotice.accounts import Role
from clearnotice.auth import set_active
from clearnotice.schema import WorkingDraft
from tests.accounts import FIRST_ADMIN, add_accounts
from tests.app.session import open_as

LETTER = "# Notice\n\nWe are sorry.\n"
EDIT = "pages/1_Edit.py"


def _letter(database):
    add_accounts(database, ed=Role.EDITOR)
    return database.create_letter("March incident", LETTER, actor="ed", jurisdictions=["CA"])


def _asks_for_sign_in(at) -> bool:
    return any(t.label == "Username" for t in at.text_input)


def test_typing_sent_after_a_deactivation_is_not_kept(database):
    letter = _letter(database)
    at = open_as("ed", EDIT, letter.id)
    set_active(database, "ed", False, actor=FIRST_ADMIN)
    at.text_area(key=f"editor:{letter.id}").input(LETTER + "Typed after.\n").run()
    assert not at.exception
    assert _asks_for_sign_in(at)
    with database.session() as s:
        assert list(s.scalars(select(WorkingDraft.text))) == []
    assert [v.text for v in database.versions(letter.id)] == [LETTER]


def test_jurisdictions_chosen_after_a_deactivation_are_not_saved(database):
    letter = _letter(database)
    at = open_as("ed", EDIT, letter.id, tab="Guidance")
    set_active(database, "ed", False, actor=FIRST_ADMIN)
    upload = at.file_uploader(key=f"guidance-jurisdictions:{letter.id}:list")
    upload.set_value(("customers.csv", b"name,state\nBo,TX\n", "text/csv")).run()
    assert not at.exception
    assert _asks_for_sign_in(at)
    assert database.get_letter(letter.id).jurisdictions == ["CA"]
