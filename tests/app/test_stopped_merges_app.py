"""The Export page lists the letter's stopped merges, until when each is kept for resuming, and
offers to discard one to who started it (the core decides: clearnotice.export.merge_stopped)."""

from __future__ import annotations

import pytest

from clearnotice import audit, db
from clearnotice.accounts import Role
from clearnotice.export.customer_list import read_customer_list
from clearnotice.export.mailmerge import merge
from clearnotice.export.merge_plan import plan_merge, suggest_mapping
from clearnotice.export.merge_stopped import merges_folder
from tests.accounts import add_accounts
from tests.app.export_page import EXPORT, approved_letter
from tests.app.session import open_as

NAME = "letter-stopped.zip"


class Stopped(BaseException):
    """The merge stopped where its ZIP was about to be handed over."""


def _stop(result) -> None:
    raise Stopped


@pytest.fixture
def stopped(database, tmp_path, monkeypatch):
    """Ed's letter, and a merge of it ed started that stopped, in the page's merges folder."""
    monkeypatch.setenv(db.DATA_DIR_ENV, str(tmp_path))
    letter = approved_letter(database)
    add_accounts(database, bo=Role.EDITOR)
    customers = read_customer_list(b"customer_id,name\nC-1,Ana\nC-2,Bo\n", "list.csv")
    mapping = suggest_mapping(["name"], customers.columns)
    plan = plan_merge(database, letter.id, mapping, accept_exceptions=True)
    with pytest.raises(Stopped):
        merge(plan, customers, merges_folder() / NAME, workers=1, record=_stop, started_by="ed")
    return letter


def test_who_started_a_stopped_merge_sees_it_and_discards_it(database, stopped):
    at = open_as("ed", EXPORT, stopped.id)
    [said] = [c.value for c in at.caption if NAME in c.value]
    assert "2 rows done, started by ed" in said and "resumes it until" in said
    at.button(key=f"merge_discard:{NAME}").click().run()
    assert not at.exception and not list(merges_folder().iterdir())
    assert not [c.value for c in at.caption if NAME in c.value]
    with database.session() as session:
        [event] = audit.events(session, actor="ed", action="discard-merge")
    assert event.detail.startswith(f"stopped mail merge discarded: {NAME}")


def test_another_editor_sees_a_stopped_merge_but_may_not_discard_it(stopped):
    at = open_as("bo", EXPORT, stopped.id)
    assert [c.value for c in at.caption if NAME in c.value]
    assert not [b for b in at.button if b.key == f"merge_discard:{NAME}"]
