"""Sign-in sessions on the server: one-time tickets, time-outs, sign-out everywhere, revocation,
and the sealed cookie value; on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import threading
from datetime import UTC, datetime, timedelta

import pytest

from clearnotice import audit, sessions
from clearnotice.accounts import Role, SignInRefused
from clearnotice.auth import create_first_admin, create_user, set_active, set_password
from clearnotice.auth import set_role as change_role
from clearnotice.permissions import PermissionRefused
from clearnotice.schema import SignInSession
from clearnotice.sessions import (
    DEFAULT_ABSOLUTE,
    DEFAULT_IDLE,
    ENDED,
    IDLE_MINUTES,
    TICKET_LIFETIME,
    SessionRefused,
    end_sessions,
    exchange_ticket,
    hand_over,
    open_session,
    resume,
)
from clearnotice.settings import set_setting

PASSWORD = "correct horse battery"
T0 = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


@pytest.fixture
def people(store):
    create_first_admin(store, "ada", PASSWORD)
    create_user(store, "ed", Role.EDITOR, actor="ada", password=PASSWORD)
    create_user(store, "lee", Role.LEGAL, actor="ada", password=PASSWORD)
    return store


def _open(store, username: str, at: datetime = T0) -> str:
    """The cookie's token of a session of ``username`` opened at ``at``, as a browser opens one."""
    ticket = open_session(store, username, now=at).ticket
    return exchange_ticket(store, ticket, now=at + timedelta(seconds=2)).token


def test_a_session_resumes_as_its_account_and_its_ticket_renews_the_token(people):
    opened = open_session(people, "lee", now=T0)
    account = resume(people, opened.token, now=T0 + timedelta(seconds=1))
    assert (account.username, account.role) == ("lee", Role.LEGAL)
    cookie = exchange_ticket(people, opened.ticket, now=T0 + timedelta(seconds=2))
    assert cookie.expires_at == T0 + DEFAULT_ABSOLUTE
    assert resume(people, cookie.token, now=T0 + timedelta(minutes=5)).username == "lee"
    assert resume(people, opened.token, now=T0 + timedelta(minutes=5)) is None  # renewed
    assert resume(people, "some other token", now=T0) is None


def test_only_digests_are_kept(people):
    opened = open_session(people, "lee", now=T0)
    with people.session() as s:
        [row] = s.query(SignInSession).all()
    assert {len(row.token_hash), len(row.ticket_hash)} == {64}
    assert opened.token not in row.token_hash and opened.ticket not in row.ticket_hash


def test_a_ticket_works_once(people):
    ticket = open_session(people, "lee", now=T0).ticket
    exchange_ticket(people, ticket, now=T0)
    for later in (timedelta(seconds=1), TICKET_LIFETIME + timedelta(seconds=1)):
        with pytest.raises(SessionRefused, match="already used"):
            exchange_ticket(people, ticket, now=T0 + later)


def test_a_ticket_not_exchanged_within_a_minute_is_refused(people):
    ticket = open_session(people, "lee", now=T0).ticket
    with pytest.raises(SessionRefused, match="expired"):
        exchange_ticket(people, ticket, now=T0 + TICKET_LIFETIME + timedelta(seconds=1))


def test_a_ticket_never_issued_is_refused(people):
    open_session(people, "lee", now=T0)
    for ticket in ("", "made-up", "x" * 5000):
        with pytest.raises(SessionRefused):
            exchange_ticket(people, ticket, now=T0)


def test_a_ticket_of_an_account_deactivated_meanwhile_is_refused(people):
    ticket = open_session(people, "lee", now=T0).ticket
    set_active(people, "lee", False, actor="ada")
    with pytest.raises(SessionRefused):
        exchange_ticket(people, ticket, now=T0)
    with pytest.raises(SessionRefused, match="not active"):
        open_session(people, "lee", now=T0)


def test_a_session_left_idle_too_long_ends_and_use_keeps_it_alive(people):
    idle = _open(people, "lee")
    used = _open(people, "ed")
    for minutes in (20, 40, 60):  # ed clicks every 20 minutes, lee never
        assert resume(people, used, now=T0 + timedelta(minutes=minutes)) is not None
    assert resume(people, idle, now=T0 + DEFAULT_IDLE + timedelta(minutes=1)) is None
    # forgotten, not just refused: it does not come back
    assert resume(people, idle, now=T0 + timedelta(minutes=1)) is None


def test_a_session_in_use_still_ends_after_the_absolute_time_out(people):
    token = _open(people, "lee")
    moment = T0
    while moment < T0 + DEFAULT_ABSOLUTE - timedelta(minutes=20):
        moment += timedelta(minutes=20)
        assert resume(people, token, now=moment) is not None
    assert resume(people, token, now=T0 + DEFAULT_ABSOLUTE + timedelta(minutes=1)) is None


def test_an_admin_may_shorten_the_idle_time_out(people):
    set_setting(people, IDLE_MINUTES, 5, actor="ada")
    token = _open(people, "lee")
    assert resume(people, token, now=T0 + timedelta(minutes=6)) is None


def test_signing_out_ends_every_session_of_that_person_only(people):
    first, second, other = _open(people, "lee"), _open(people, "lee"), _open(people, "ed")
    assert end_sessions(people, "lee", actor="lee") == 2
    assert resume(people, first, now=T0) is None
    assert resume(people, second, now=T0) is None
    assert resume(people, other, now=T0).username == "ed"
    with people.session() as s:
        [event] = audit.events(s, action="sign-out")
    assert (event.actor, event.detail) == ("lee", "signed out everywhere (2 sessions)")


def test_an_admin_revokes_someones_sessions_and_the_log_names_the_admin(people):
    token = _open(people, "lee")
    assert sessions.open_sessions(people, now=T0) == {"lee": 1}
    assert end_sessions(people, "lee", actor="ada") == 1
    assert resume(people, token, now=T0) is None
    assert sessions.open_sessions(people, now=T0) == {}
    with people.session() as s:
        event = audit.events(s, action="user")[0]
    assert (event.actor, event.detail) == ("ada", "signed lee out everywhere (1 sessions)")


def test_only_an_admin_may_sign_another_person_out(people):
    token = _open(people, "lee")
    with pytest.raises(PermissionRefused, match="Only an admin can sign another person out"):
        end_sessions(people, "lee", actor="ed")
    assert resume(people, token, now=T0) is not None


def test_a_deactivated_account_is_signed_out_at_once_and_stays_out(people):
    token = _open(people, "lee")
    set_active(people, "lee", False, actor="ada")
    assert resume(people, token, now=T0) is None
    set_active(people, "lee", True, actor="ada")
    assert resume(people, token, now=T0) is None  # reactivating revives no old session


def test_a_demotion_applies_to_the_next_run_of_an_open_session(people):
    token = _open(people, "lee")
    change_role(people, "lee", Role.EDITOR, actor="ada")
    assert resume(people, token, now=T0).role is Role.EDITOR


def test_a_password_reset_ends_the_sessions_opened_with_the_old_one(people):
    token = _open(people, "lee")
    set_password(people, "lee", "another long passphrase here", actor="ada")
    assert resume(people, token, now=T0) is None


def test_ending_one_session_leaves_the_others(people):
    mine, elsewhere = _open(people, "lee"), _open(people, "lee")
    sessions.end_session(people, mine)
    assert resume(people, mine, now=T0) is None
    assert resume(people, elsewhere, now=T0) is not None


KEY = b"k" * 32


def test_a_sealed_cookie_gives_back_its_token_until_it_expires():
    value = sessions.seal("tok_en-1", T0 + timedelta(hours=1), KEY)
    assert sessions.unseal(value, KEY, now=T0) == "tok_en-1"
    assert sessions.unseal(value, KEY, now=T0 + timedelta(hours=2)) is None


def _later(value: str) -> str:
    token, expires, signature = value.split(".")
    return f"{token}.{int(expires) + 3600}.{signature}"


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda v: "other" + v[5:], id="token-changed"),
        pytest.param(lambda v: _later(v), id="expiry-extended"),
        pytest.param(lambda v: v[:-2], id="signature-cut"),
        pytest.param(lambda v: "no dots at all", id="malformed"),
        pytest.param(lambda v: "", id="empty"),
    ],
)
def test_a_forged_or_altered_cookie_is_refused(change):
    value = sessions.seal("token", datetime(2030, 1, 1, tzinfo=UTC), KEY)
    assert sessions.unseal(value, KEY, now=T0) == "token"
    assert sessions.unseal(change(value), KEY, now=T0) is None


def test_a_cookie_signed_with_another_key_is_refused():
    value = sessions.seal("token", T0 + timedelta(hours=1), KEY)
    assert sessions.unseal(value, b"another key", now=T0) is None


def test_the_cookie_key_is_made_once_and_readable_by_its_owner_only(tmp_path, monkeypatch):
    monkeypatch.delenv(sessions.KEY_ENV, raising=False)
    monkeypatch.setenv("CLEARNOTICE_DATA_DIR", str(tmp_path))
    key = sessions.cookie_key()
    assert len(key) == 64 and sessions.cookie_key() == key
    assert os.stat(tmp_path / sessions.KEY_FILE).st_mode & 0o777 == 0o600
    monkeypatch.setenv(sessions.KEY_ENV, "configured")
    assert sessions.cookie_key() == b"configured"


def test_a_session_opened_while_the_account_is_deactivated_is_ended_with_the_others(
    people, monkeypatch
):
    """A sign-in checked the account, then a deactivation ended every session, then the
    sign-in wrote its own: the deactivated account kept a session, revived by a reactivation
    (set_active ends them so that a reactivation revives none)."""
    checked, go = threading.Event(), threading.Event()
    check = sessions._active

    def slow_check(s, username):
        active = check(s, username)
        checked.set()
        go.wait(timeout=3)
        return active

    monkeypatch.setattr(sessions, "_active", slow_check)
    opened: list[sessions.NewSession] = []
    signing_in = threading.Thread(target=lambda: opened.append(open_session(people, "lee")))
    signing_in.start()
    assert checked.wait(timeout=10)
    deactivating = threading.Thread(
        target=set_active, args=(people, "lee", False), kwargs={"actor": "ada"}
    )
    deactivating.start()
    deactivating.join(timeout=1)  # it ends lee's sessions now unless it waits for the sign-in
    go.set()
    signing_in.join(timeout=20)
    deactivating.join(timeout=20)
    set_active(people, "lee", True, actor="ada")
    assert resume(people, opened[0].token) is None


@pytest.mark.parametrize("change", ["password reset", "deactivation"])
def test_a_change_landing_between_the_password_check_and_the_session_ends_it(
    people, monkeypatch, change
):
    """The sign-in form checked the password (one transaction), then opened a session (another):
    a reset or deactivation committed between the two ended no session, and the new one opened
    with the old password. Now both are one transaction holding the account's row."""
    from clearnotice import auth, passwords

    checked, go = threading.Event(), threading.Event()
    matches = passwords.password_matches

    def slow_match(user, password):
        right = matches(user, password)
        checked.set()
        go.wait(timeout=3)
        return right

    monkeypatch.setattr(passwords, "password_matches", slow_match)
    signed_in: list[tuple[auth.Account, sessions.NewSession]] = []
    signing_in = threading.Thread(
        target=lambda: signed_in.append(
            sessions.sign_in_session(people, "lee", PASSWORD, client="test")
        )
    )
    signing_in.start()
    assert checked.wait(timeout=10)
    if change == "password reset":
        changing = threading.Thread(
            target=set_password,
            args=(people, "lee", "another long passphrase here"),
            kwargs={"actor": "ada"},
        )
    else:
        changing = threading.Thread(
            target=set_active, args=(people, "lee", False), kwargs={"actor": "ada"}
        )
    changing.start()
    changing.join(timeout=1)  # it lands now unless it waits for the sign-in
    go.set()
    signing_in.join(timeout=20)
    changing.join(timeout=20)
    set_active(people, "lee", True, actor="ada")
    [(account, opened)] = signed_in
    assert account.username == "lee"
    assert resume(people, opened.token) is None


def test_a_sign_in_opens_a_session_only_with_the_right_password(people):
    account, opened = sessions.sign_in_session(people, " LEE ", PASSWORD, client="test")
    assert resume(people, opened.token) == account
    with pytest.raises(SignInRefused, match="Wrong username or password"):
        sessions.sign_in_session(people, "lee", "not the password at all", client="test")
    assert sessions.open_sessions(people) == {"lee": 1}


# files handed over at the click ------------------------------------------------------------------
def _made() -> bytes:
    return b"%PDF the letter"


def test_a_prepared_file_is_handed_over_while_the_session_lives(people):
    token = open_session(people, "ed").token
    assert hand_over(people, token, "ed", "download a file", _made) == b"%PDF the letter"


@pytest.mark.parametrize("ending", ["signed out", "deactivated", "another account"])
def test_a_prepared_file_is_not_handed_over_once_the_session_ended(people, ending):
    """The Export page kept a file prepared before a sign-out everywhere or a deactivation,
    and its download button served it to the tab left open."""
    token = open_session(people, "ed" if ending != "another account" else "lee").token
    if ending == "signed out":
        end_sessions(people, "ed", actor="ada")
    elif ending == "deactivated":
        set_active(people, "ed", False, actor="ada")
    with pytest.raises(SessionRefused, match="sign in again"):
        hand_over(people, token, "ed", "download a file", _made)
    with people.session() as s:
        [refused] = audit.events(s, action="refused")
    assert (refused.actor, refused.detail) == ("ed", f"download a file: {ENDED}")
