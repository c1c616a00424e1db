"""A sign-in session that ended acts no more, on screen: a button's or a text box's callback runs
before the page's sign-in gate, and the core checks the account, not the session; so a person
signed out everywhere, given a new password by an admin or timed out, whose account stays
active, kept approving, commenting and saving from a tab left open. The click now does nothing
and the page asks for a sign-in."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from clearnotice import approvals, audit, comments
from clearnotice.auth import Role, set_password
from clearnotice.schema import SignInSession, WorkingDraft
from clearnotice.sessions import ENDED, end_sessions
from components.comments_column import form_key
from tests.accounts import add_accounts
from tests.app.session import ROOT, open_as, signed_in_as

# A letter with everything the guidance requires, so approving it needs no reason.
LETTER = (ROOT / "tests" / "fixtures" / "good-plain.md").read_text(encoding="utf-8")


def _signed_out_everywhere(store, username: str) -> None:
    end_sessions(store, username, actor="ida")


def _new_password(store, username: str) -> None:
    set_password(store, username, "a brand new password for them", actor="ida")


def _timed_out(store, username: str) -> None:
    """Idle past the 30-minute default time-out (clearnotice.sessions.DEFAULT_IDLE)."""
    long_ago = audit.now() - timedelta(hours=2)
    with store.session() as s, s.begin():
        s.execute(
            update(SignInSession)
            .where(SignInSession.username == username)
            .values(last_seen_at=long_ago)
        )


ENDINGS = [_signed_out_everywhere, _new_password, _timed_out]


@pytest.fixture
def letter(database):
    add_accounts(database, ida=Role.ADMIN, ed=Role.EDITOR, lee=Role.LEGAL)
    return database.create_letter("March incident", LETTER, actor="ed")


def _asks_for_sign_in(at) -> bool:
    return [t.label for t in at.text_input] == ["Username", "Password"]


@pytest.mark.parametrize("ending", ENDINGS)
def test_an_approval_clicked_after_the_session_ended_approves_nothing(database, letter, ending):
    at = open_as("lee", "pages/3_Review.py", letter.id)
    approve = next(b for b in at.button if b.label.startswith("Approve en v1"))
    ending(database, "lee")
    approve.click().run()
    assert not at.exception
    assert approvals.approvals(database, letter.id) == []
    assert signed_in_as(at) is None and _asks_for_sign_in(at)
    with database.session() as s:  # and the attempt is in the audit log
        [refused] = audit.events(s, action="refused")
    assert (refused.actor, refused.detail) == ("lee", f"approve: {ENDED}")


@pytest.mark.parametrize("ending", ENDINGS)
def test_typing_sent_after_the_session_ended_is_not_saved(database, letter, ending):
    at = open_as("ed", "pages/1_Edit.py", letter.id)
    ending(database, "ed")
    at.text_area(key=f"editor:{letter.id}").input(LETTER + "Typed after.\n").run()
    assert not at.exception
    assert [v.text for v in database.versions(letter.id)] == [LETTER]
    with database.session() as s:
        assert list(s.scalars(select(WorkingDraft.text))) == []
    assert _asks_for_sign_in(at)


def test_a_comment_sent_after_the_session_ended_is_not_written(database, letter):
    at = open_as("lee", "pages/1_Edit.py", letter.id, tab="Comments")
    _signed_out_everywhere(database, "lee")
    key = form_key(letter.id, "en")
    at.text_area(key=f"{key}:body").input("Wrong date.")
    at.button(key=f"{key}:add").click().run()
    assert not at.exception
    assert comments.comments(database, letter.id) == []
    assert _asks_for_sign_in(at)
