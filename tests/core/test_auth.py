"""Accounts, roles and sign-in: no default account, the last active admin kept, single sign-on,
the first admin asked at the terminal, and changes to accounts made at the same moment."""

from __future__ import annotations

import contextlib
import io
import threading

import pytest

from clearnotice import audit, passwords
from clearnotice.accounts import AuthError, Role, SignInRefused
from clearnotice.auth import (
    UNKNOWN_ACCOUNT,
    create_first_admin,
    create_user,
    find_account,
    has_users,
    list_users,
    prompt_first_admin,
    role_for_email,
    set_active,
    set_role,
    sso_sign_in,
)
from clearnotice.schema import MAX_USERNAME, SignInThrottle
from tests.accounts import ADMIN_PASSWORD as PASSWORD
from tests.accounts import sign_in
from tests.at_once import run_together


def test_a_fresh_installation_has_no_account_at_all(store):
    assert not has_users(store)
    with pytest.raises(SignInRefused):
        sign_in(store, "admin", "admin")


def test_the_first_admin_can_be_created_once_only(store, admin):
    assert admin.username == "admin" and admin.role is Role.ADMIN
    with pytest.raises(AuthError, match="already exists"):
        create_first_admin(store, "intruder", "another long password")


def test_the_right_password_signs_in_and_is_audited(store, admin):
    account = sign_in(store, " ADMIN ", PASSWORD)
    assert account.username == "admin" and account.can_manage_users
    with store.session() as s:
        assert [e.actor for e in audit.events(s, action="sign-in")] == ["admin"]


@pytest.mark.parametrize(
    ("username", "password"),
    [
        pytest.param("admin", "wrong password!!", id="wrong-password"),
        pytest.param("nobody", PASSWORD, id="unknown-user"),
    ],
)
def test_a_wrong_username_or_password_gets_the_same_answer(store, admin, username, password):
    with pytest.raises(SignInRefused, match="^Wrong username or password.$"):
        sign_in(store, username, password)
    with store.session() as s:
        [event] = audit.events(s, action="sign-in-failed")
    assert event.actor == (username if username == "admin" else UNKNOWN_ACCOUNT)


def test_failures_with_unknown_names_add_no_one_to_the_audit_log(store, admin):
    typed = ["nobody", "admin's password 9", "=cmd|x", "z" * (MAX_USERNAME + 50), "admin\x00"]
    for name in typed:
        with pytest.raises(SignInRefused, match="^Wrong username or password.$"):
            sign_in(store, name, "a wrong password", client="ip:192.0.2.7")
    with store.session() as s:
        failed = audit.events(s, action="sign-in-failed")
        stored = [row.username for row in s.query(SignInThrottle)]
    assert {e.actor for e in failed} == {UNKNOWN_ACCOUNT} and len(failed) == len(typed)
    # What was typed (perhaps a password in the wrong box) is kept nowhere in clear.
    for name in typed:
        assert not any(name in e.detail for e in failed)
        assert name not in stored


def test_a_deactivated_account_cannot_sign_in_and_the_last_admin_cannot_go(store, admin):
    create_user(store, "lee", Role.LEGAL, actor="admin", password="a long enough secret")
    set_active(store, "lee", False, actor="admin")
    with pytest.raises(SignInRefused):
        sign_in(store, "lee", "a long enough secret")
    assert find_account(store, "lee") is None
    with pytest.raises(AuthError, match="last active admin"):
        set_role(store, "admin", Role.EDITOR, actor="admin")
    with pytest.raises(AuthError, match="last active admin"):
        set_active(store, "admin", False, actor="admin")


def test_roles_decide_who_approves_and_who_manages_users(store, admin):
    editor = create_user(store, "ed", Role.EDITOR, actor="admin", password="editor password 1")
    legal = create_user(store, "lee", "legal", actor="admin", password="lawyer password 1")
    assert (editor.can_approve, legal.can_approve, admin.can_approve) == (False, True, False)
    assert (editor.can_manage_users, legal.can_manage_users) == (False, False)


@pytest.mark.parametrize(
    ("email", "role"),
    [
        pytest.param("Lee@Firm.example", Role.LEGAL, id="exact-entry-any-case"),
        pytest.param("sam@corp.example", Role.EDITOR, id="domain-wildcard"),
        pytest.param("eve@elsewhere.example", None, id="unmapped"),
        pytest.param("not-an-email", None, id="no-at-sign"),
    ],
)
def test_single_sign_on_e_mails_map_to_roles(email, role):
    mapping = {"lee@firm.example": "legal", "*@corp.example": "editor"}
    assert role_for_email(email, mapping) is role


def test_single_sign_on_creates_the_account_without_a_password(store):
    account = sso_sign_in(store, "Lee@Firm.example", "Lee Law", {"lee@firm.example": "legal"})
    assert (account.username, account.name, account.role) == (
        "lee@firm.example",
        "Lee Law",
        "legal",
    )
    with pytest.raises(SignInRefused):
        sign_in(store, "lee@firm.example", "")
    with pytest.raises(SignInRefused, match="has no role"):
        sso_sign_in(store, "eve@elsewhere.example", "Eve", {"lee@firm.example": "legal"})
    with store.session() as s:
        assert [e.actor for e in audit.events(s, action="sign-in-failed")] == [
            "eve@elsewhere.example"
        ]


def test_a_single_sign_on_mapping_does_not_demote_the_last_admin(store, admin):
    """The mapping decides the role at each sign-in, but the last active admin stays one, as
    on the Users page: otherwise nobody could manage accounts or settings any more."""
    sso_sign_in(store, "boss@firm.example", "Boss", {"boss@firm.example": "admin"})
    set_active(store, "admin", False, actor="boss@firm.example")
    account = sso_sign_in(store, "boss@firm.example", "Boss", {"*@firm.example": "editor"})
    assert account.role == Role.ADMIN
    assert _active_admins(store) == ["boss@firm.example"]
    with store.session() as s:
        [signed_in] = audit.events(s, action="sign-in", limit=1)
    assert "the last active admin stays admin" in signed_in.detail
    create_user(store, "ada", Role.ADMIN, actor="boss@firm.example", password="another admin pw")
    account = sso_sign_in(store, "boss@firm.example", "Boss", {"*@firm.example": "editor"})
    assert account.role == Role.EDITOR


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_make_run_without_a_terminal_creates_no_account(store, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert prompt_first_admin(store) == 0
    assert not has_users(store)
    assert "ask for the first admin in the browser" in capsys.readouterr().out


def test_make_run_on_a_terminal_asks_until_the_password_is_acceptable(store, monkeypatch):
    # A person at the terminal: the first password is too short, the second one is fine.
    monkeypatch.setattr("sys.stdin", _Terminal())
    answers = iter(["Boss", "Boss"])
    typed = iter(["short", "short", "a long enough secret", "a long enough secret"])
    monkeypatch.setattr("builtins.input", lambda _prompt: next(answers))
    monkeypatch.setattr("getpass.getpass", lambda _prompt: next(typed))
    assert prompt_first_admin(store) == 0
    assert sign_in(store, "boss", "a long enough secret").role is Role.ADMIN


def _at_the_same_moment(monkeypatch, *acts) -> list[Exception | None]:
    """Run ``acts`` in threads, each made to wait, once it has counted the admins, until the
    others have counted too (or two seconds have passed): without a lock both counts see two
    admins. What each act raised, in order."""
    from clearnotice import auth

    counted = threading.Barrier(len(acts), timeout=2)
    check = auth._refuse_losing_last_admin

    def slow_check(s, user):
        check(s, user)
        with contextlib.suppress(threading.BrokenBarrierError):
            counted.wait()

    monkeypatch.setattr(auth, "_refuse_losing_last_admin", slow_check)
    return run_together(*acts)


def test_two_first_runs_at_the_same_moment_make_one_admin(store, monkeypatch):
    """A fresh installation's first-run page makes whoever fills it in admin, once: two people
    (or a person and an intruder) submitting at once each counted no account, and both became
    admins."""
    from clearnotice import auth

    counted = threading.Barrier(2, timeout=2)
    add = auth._add_user

    def add_once_both_counted(*args):
        with contextlib.suppress(threading.BrokenBarrierError):
            counted.wait()
        return add(*args)

    monkeypatch.setattr(auth, "_add_user", add_once_both_counted)
    raised = run_together(
        lambda: create_first_admin(store, "ana", "a long first admin password"),
        lambda: create_first_admin(store, "eve", "another long admin password"),
    )
    assert len(list_users(store)) == 1
    assert [type(r) for r in raised if r is not None] == [AuthError]


def _active_admins(store) -> list[str]:
    return [u.username for u in list_users(store) if u.role == Role.ADMIN and u.active]


@pytest.mark.parametrize("leave", ["demote", "deactivate"])
def test_two_admins_leaving_at_the_same_moment_keep_one_admin(store, admin, monkeypatch, leave):
    create_user(store, "ada", Role.ADMIN, actor="admin", password="another admin password")

    def leaving(name: str):
        if leave == "demote":
            return lambda: set_role(store, name, Role.EDITOR, actor=name)
        return lambda: set_active(store, name, False, actor=name)

    raised = _at_the_same_moment(monkeypatch, leaving("admin"), leaving("ada"))
    assert len(_active_admins(store)) == 1
    refusals = [r for r in raised if r is not None]
    assert len(refusals) == 1 and "last active admin" in str(refusals[0])


def test_two_admins_creating_one_username_at_the_same_moment_get_a_plain_refusal(
    store, admin, monkeypatch
):
    """Both counted no account of that name before either saved it: the second got the
    database's unique-constraint error, not a refusal the Users page can show."""
    checked = threading.Barrier(2, timeout=2)
    rules = passwords.check_password_rules

    def slow_rules(*args):
        rules(*args)
        with contextlib.suppress(threading.BrokenBarrierError):
            checked.wait()

    create_user(store, "ada", Role.ADMIN, actor="admin", password="another admin password")
    # patched after ada is made: her creation alone at the barrier would break it for good
    monkeypatch.setattr(passwords, "check_password_rules", slow_rules)

    def add(actor: str):
        return lambda: create_user(
            store, "sam", Role.EDITOR, actor=actor, password="a long editor password"
        )

    raised = run_together(add("admin"), add("ada"))
    assert [u.username for u in list_users(store)].count("sam") == 1
    refusals = [r for r in raised if r is not None]
    assert len(refusals) == 1 and isinstance(refusals[0], AuthError), refusals
    assert "already an account called sam" in str(refusals[0])
