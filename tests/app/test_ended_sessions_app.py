"""A sign-in session that ended acts no more, on screen: a button's or a text box's callback runs
before the page's sign-in gate, and the core checks the account, not the session; so a person
signed out everywhere, given a new password by an admin or timed out, whose account stays
active, kept approving, commenting and saving from a tab left open. The click now does nothing
and the page asks for a sign-in."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.media_file_storage import MediaFileStorageError
from streamlit.testing.v1 import app_test

from clearnotice import approvals, audit, comments
from clearnotice.accounts import Role
from clearnotice.auth import set_active, set_password
from clearnotice.schema import SignInSession, WorkingDraft
from clearnotice.sessions import ENDED, end_sessions
from components.auth import PREPARED_FILES, SESSION
from components.comments_column import form_key
from tests.accounts import add_accounts
from tests.app.export_page import EXPORT, approved_letter
from tests.app.session import ROOT, open_as, session_for, signed_in_as

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


def _deactivated(store, username: str) -> None:
    set_active(store, username, False, actor="ida")


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


# files prepared on the Export page -----------------------------------------------------------
class _Recording(MediaFileManager):
    """Streamlit's own media file manager, kept where the test can reach it: AppTest makes one
    per run and drops it, and a download button's deferred file is registered there."""

    made: list[MediaFileManager] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _Recording.made.append(self)


def _download_at_click(at, name: str) -> str:
    """What a click on the download button ``name`` (its key, else its label) hands the
    browser: the URL of the file made by the button's deferred callable, as Streamlit's server
    makes it (MediaFileManager.execute_deferred); MediaFileStorageError when it refuses."""
    [button] = [b for b in at.get("download_button") if name in (b.key, b.proto.label)]
    assert button.proto.url == "", "the file's bytes were handed over when the page was drawn"
    return _Recording.made[-1].execute_deferred(button.proto.deferred_file_id)


@pytest.fixture
def recorded(monkeypatch):
    monkeypatch.setattr(app_test, "MediaFileManager", _Recording)
    _Recording.made.clear()


@pytest.mark.parametrize("ending", [*ENDINGS, _deactivated])
def test_a_file_prepared_before_the_session_ended_is_not_handed_over(database, recorded, ending):
    letter = approved_letter(database)
    add_accounts(database, ida=Role.ADMIN)
    at = open_as("ed", EXPORT, letter.id)
    at.button(key="export_prepare").click().run()
    assert _download_at_click(at, "export_download")  # handed over while signed in
    ending(database, "ed")
    with pytest.raises(MediaFileStorageError):  # the tab left open clicks Download
        _download_at_click(at, "export_download")
    with database.session() as s:
        [refused] = audit.events(s, action="refused")
    assert refused.actor == "ed" and refused.detail.endswith(ENDED)
    at.run()  # the next run asks for a sign-in and keeps no prepared file
    assert _asks_for_sign_in(at) and PREPARED_FILES not in at.session_state


def test_a_file_prepared_for_one_person_is_not_offered_to_the_next_in_that_tab(database):
    """On a shared computer the next person signs in in the same tab; the cookie of their
    session replaced the first one's without a run in between (``components.auth``)."""
    letter = approved_letter(database)
    add_accounts(database, bo=Role.EDITOR)
    at = open_as("ed", EXPORT, letter.id)
    at.button(key="export_prepare").click().run()
    assert [b for b in at.get("download_button") if b.key == "export_download"]
    at.session_state[SESSION] = session_for("bo")
    at.run()
    assert not at.exception
    assert not [b for b in at.get("download_button") if b.key == "export_download"]


@pytest.mark.parametrize(
    ("page", "label"),
    [
        ("pages/8_Send_log.py", "Download the send log as CSV"),
        ("pages/8_Audit_log.py", "Download these events as CSV"),
    ],
)
def test_a_log_drawn_before_a_sign_out_everywhere_is_not_handed_over(
    database, recorded, page, label
):
    add_accounts(database, ida=Role.ADMIN, lee=Role.LEGAL)
    at = open_as("lee", page)
    assert _download_at_click(at, label)
    _signed_out_everywhere(database, "lee")
    with pytest.raises(MediaFileStorageError):
        _download_at_click(at, label)
