"""Accounts, roles and sign-in: hashed passwords, no default account, a persisted rate limit."""

from __future__ import annotations

import contextlib
import io
import threading
from datetime import timedelta

import pytest
from argon2 import Parameters, extract_parameters, profiles

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
    set_password,
    set_role,
    sso_sign_in,
    unlock,
)
from clearnotice.client_address import TRUSTED_PROXIES_ENV, client_address, trusted_proxies
from clearnotice.letters import Store
from clearnotice.passwords import PASSWORD_HASHING_ENV, TEST_RUN_ENV
from clearnotice.schema import MAX_USERNAME, SignInThrottle, User
from clearnotice.sign_in_limits import (
    ACCOUNT_FREE_FAILURES,
    ADDRESS_FREE_FAILURES,
    ADDRESS_MAX_LOCK,
    ALL_CLIENTS,
    ALL_NAMES,
    FORGET_AFTER,
    FREE_FAILURES,
    UNIDENTIFIED,
    client_key,
    locked_accounts,
)
from tests.accounts import sign_in

PASSWORD = "correct horse battery"


@pytest.fixture
def admin(store):
    return create_first_admin(store, "Admin", PASSWORD)


def test_a_fresh_installation_has_no_account_at_all(store):
    assert not has_users(store)
    with pytest.raises(SignInRefused):
        sign_in(store, "admin", "admin")


def test_the_first_admin_can_be_created_once_only(store, admin):
    assert admin.username == "admin" and admin.role is Role.ADMIN
    with pytest.raises(AuthError, match="already exists"):
        create_first_admin(store, "intruder", "another long password")


def test_passwords_are_stored_as_argon2id_hashes_never_in_clear(store, admin):
    with store.session() as s:
        [user] = s.query(User).all()
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash


@pytest.fixture
def hashing(monkeypatch):
    """Choose the password hashing in CLEARNOTICE_PASSWORD_HASHING for this test only."""

    def choose(profile: str | None) -> None:
        if profile is None:
            monkeypatch.delenv(PASSWORD_HASHING_ENV, raising=False)
        else:
            monkeypatch.setenv(PASSWORD_HASHING_ENV, profile)
        passwords.hasher.cache_clear()

    yield choose
    passwords.hasher.cache_clear()  # monkeypatch puts the suite's choice back after this


def _parameters(store, username: str) -> Parameters:
    with store.session() as s:
        return extract_parameters(s.query(User).filter_by(username=username).one().password_hash)


def test_without_a_choice_passwords_are_hashed_as_rfc_9106_recommends(store, hashing):
    hashing(None)
    create_first_admin(store, "Admin", PASSWORD)
    assert _parameters(store, "admin") == profiles.RFC_9106_LOW_MEMORY


def test_a_hash_made_at_a_lower_cost_is_redone_at_the_next_sign_in(store, hashing):
    hashing("cheapest")
    create_first_admin(store, "Admin", PASSWORD)
    assert _parameters(store, "admin") == profiles.CHEAPEST
    hashing("rfc9106-low-memory")
    sign_in(store, "admin", PASSWORD)
    assert _parameters(store, "admin") == profiles.RFC_9106_LOW_MEMORY
    sign_in(store, "admin", PASSWORD)  # the new hash checks the same password


def test_an_unknown_hashing_choice_is_a_clear_message(store, hashing):
    hashing("md5")
    with pytest.raises(AuthError, match="CLEARNOTICE_PASSWORD_HASHING='md5'.*rfc9106-low-memory"):
        create_first_admin(store, "Admin", PASSWORD)


def test_the_cheapest_hashing_is_refused_outside_a_test_run(store, hashing, monkeypatch):
    """A server started with the test suite's speed-up would store passwords a leaked
    database gives away in hours; pytest's own variable is what marks a test run."""
    monkeypatch.delenv(TEST_RUN_ENV)
    hashing("cheapest")
    with pytest.raises(AuthError, match="for the test suite only"):
        create_first_admin(store, "Admin", PASSWORD)
    assert not has_users(store)


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


def test_an_unknown_name_is_slowed_down_exactly_like_a_known_one(store, admin):
    now = audit.now()
    answers = {}
    for name in ("admin", "nobody"):
        answers[name] = []
        for attempt in range(FREE_FAILURES + 2):
            try:
                sign_in(store, name, f"guess {attempt}", now=now)
            except SignInRefused as refused:
                answers[name].append((str(refused), refused.retry_after))
    assert answers["admin"] == answers["nobody"]
    assert answers["admin"][-1][1] == timedelta(seconds=30)


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        pytest.param("short", "at least 12", id="too-short"),
        pytest.param("x" * 1025, "at most 1024", id="too-long"),
        pytest.param("my name is legal-lee", "username", id="contains-username"),
        pytest.param(" " * 12, "too easy to guess", id="twelve-spaces"),
        pytest.param("password1234", "most common passwords", id="common"),
        pytest.param("Password1234", "most common passwords", id="common-capitalised"),
        pytest.param("123456789012", "too easy to guess", id="digits"),
        pytest.param("qwertyuiopasdf", "too easy to guess", id="keyboard-row"),
        pytest.param("zaq1zaq1zaq1", "too easy to guess", id="repeated"),
        pytest.param("margarethelindqvist", "too easy to guess", id="display-name"),
    ],
)
def test_weak_passwords_are_refused_with_the_rule_they_break(store, admin, password, problem):
    with pytest.raises(AuthError, match=problem) as refused:
        create_user(
            store,
            "legal-lee",
            Role.LEGAL,
            actor="admin",
            password=password,
            display_name="Margarethe Lindqvist",
        )
    if problem in ("at least 12", "too easy to guess", "most common passwords"):
        assert "A few unrelated words make a strong password" in str(refused.value)


def test_the_first_admin_gets_the_same_password_rules(store):
    with pytest.raises(AuthError, match="most common passwords"):
        create_first_admin(store, "boss", "password1234")
    assert not has_users(store)


TOO_LONG = "at most 200 characters; this one has 201"


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        pytest.param("username", "u" * (MAX_USERNAME + 1), TOO_LONG, id="long-username"),
        pytest.param("username", "lee\x00", "one word", id="control-character"),
        pytest.param("display_name", "D" * 201, TOO_LONG, id="long-display-name"),
        pytest.param("display_name", "Lee\nLaw", "one line", id="two-line-display-name"),
        pytest.param("email", "not an address", "must have an @-sign", id="no-at-sign"),
        pytest.param("email", "lee@firm", "after the @-sign is not valid", id="no-domain"),
        pytest.param("email", "lee@@firm.example", "cannot be used", id="two-at-signs"),
        pytest.param("email", "a" * 330 + "@firm.example", "at most 320", id="long-email"),
    ],
)  # fmt: skip
def test_account_fields_are_checked_not_cut(store, admin, field, value, problem):
    fields = {"username": "lee", "display_name": "Lee", "email": "", field: value}
    with pytest.raises(AuthError, match=problem):
        create_user(store, role=Role.LEGAL, actor="admin", password=PASSWORD, **fields)
    assert find_account(store, fields["username"]) is None


def test_a_valid_e_mail_is_kept_in_its_usual_form(store, admin):
    create_user(
        store, "lee", Role.LEGAL, actor="admin", password=PASSWORD, email=" Lee@Firm.Example "
    )
    with store.session() as s:
        assert s.query(User).filter_by(username="lee").one().email == "lee@firm.example"


def test_after_repeated_failures_even_the_right_password_waits(store, admin):
    start = audit.now()
    for attempt in range(FREE_FAILURES):
        with pytest.raises(SignInRefused, match="Wrong username"):
            sign_in(store, "admin", f"guess number {attempt}", now=start)
    with pytest.raises(SignInRefused, match="Try again in 30 seconds") as locked:
        sign_in(store, "admin", "one guess too many", now=start)
    assert locked.value.retry_after == timedelta(seconds=30)
    with pytest.raises(SignInRefused, match="Too many failed"):
        sign_in(store, "admin", PASSWORD, now=start + timedelta(seconds=10))
    assert sign_in(store, "admin", PASSWORD, now=start + timedelta(seconds=31)).username == "admin"


def test_a_flood_against_the_admin_from_one_client_does_not_stop_the_admin_at_another(store, admin):
    now = audit.now()
    attacker, office = client_key("203.0.113.9", "t1"), client_key("198.51.100.4", "t2")
    for attempt in range(FREE_FAILURES + 6):
        with pytest.raises(SignInRefused):
            sign_in(store, "admin", f"guess {attempt}", now=now, client=attacker)
    with pytest.raises(SignInRefused, match="Too many failed"):
        sign_in(store, "admin", PASSWORD, now=now, client=attacker)
    assert sign_in(store, "admin", PASSWORD, now=now, client=office).username == "admin"
    # The admin's success clears nothing for the attacker, who still waits.
    with pytest.raises(SignInRefused, match="Too many failed"):
        sign_in(store, "admin", PASSWORD, now=now, client=attacker)


@pytest.mark.parametrize(
    ("ip_address", "expected"),
    [
        pytest.param("203.0.113.9", "ip:203.0.113.9", id="ipv4"),
        pytest.param("2001:DB8::1", "ip:2001:db8::1", id="ipv6-canonical"),
        pytest.param(None, "session:tok", id="localhost"),
        pytest.param("not an ip", "session:tok", id="garbage"),
    ],
)
def test_a_client_is_its_ip_address_else_its_session(ip_address, expected):
    assert client_key(ip_address, "tok") == expected


@pytest.mark.parametrize("username", ["admin", "nobody"])
def test_guesses_spread_over_many_clients_are_limited_per_name(store, admin, username):
    # NIST SP 800-63B 5.2.2: at most 100 consecutive failures on one account, from anywhere. A
    # script that opened a fresh browser session (a new client) every five guesses guessed
    # without end; a name that is no account is answered the same.
    start = audit.now()
    for attempt in range(ACCOUNT_FREE_FAILURES):
        client = f"session:{attempt // FREE_FAILURES}"
        with pytest.raises(SignInRefused, match="Wrong username"):
            sign_in(store, username, f"guess number {attempt}", now=start, client=client)
    with pytest.raises(SignInRefused, match="this username. Try again in 30 seconds"):
        sign_in(store, username, "one guess too many", now=start, client="session:new")
    later = start + timedelta(seconds=10)
    with pytest.raises(SignInRefused, match="Too many failed sign-ins for this username. Try"):
        sign_in(store, username, PASSWORD, now=later, client="session:newer")
    if username == "admin":
        after = start + timedelta(seconds=31)
        assert sign_in(store, "admin", PASSWORD, now=after, client="session:x").username == "admin"
        with pytest.raises(
            SignInRefused, match="Wrong username"
        ):  # a success starts the count anew
            sign_in(store, "admin", "a new guess", now=after, client="session:y")


def _spray(store, client: str, names: int, now) -> None:
    """One password tried at ``names`` names from ``client``: each a first failure at its name."""
    for number in range(names):
        with pytest.raises(SignInRefused, match="Wrong username"):
            sign_in(store, f"person{number}", "Summer2026!", now=now, client=client)


def test_one_address_spraying_a_password_over_many_names_is_slowed(store, admin):
    """Password spraying: one guess at each of many names. The limit per name never counted
    more than one failure, so one address tried one password at every name without end."""
    now = audit.now()
    sprayer, office = client_key("203.0.113.9", "t1"), client_key("198.51.100.4", "t2")
    _spray(store, sprayer, ADDRESS_FREE_FAILURES, now)
    with pytest.raises(SignInRefused, match="from here. Try again in 30 seconds") as slowed:
        sign_in(store, "one-more-name", "Summer2026!", now=now, client=sprayer)
    assert slowed.value.retry_after == timedelta(seconds=30)
    with pytest.raises(SignInRefused, match="Too many failed sign-ins from here"):
        sign_in(store, "admin", PASSWORD, now=now + timedelta(seconds=10), client=sprayer)
    # slowed, not locked out: the wait ends, and another address was never slowed
    assert sign_in(store, "admin", PASSWORD, now=now, client=office).username == "admin"
    later = now + timedelta(seconds=31)
    assert sign_in(store, "admin", PASSWORD, now=later, client=sprayer).username == "admin"


def test_the_wait_of_a_spraying_address_grows_and_stays_short(store, admin):
    """An office behind one address shares it: its waits stay at most ADDRESS_MAX_LOCK."""
    now = audit.now()
    waits = []
    for attempt in range(ADDRESS_FREE_FAILURES + 6):
        try:
            sign_in(store, f"name{attempt}", "Summer2026!", now=now, client="ip:203.0.113.9")
        except SignInRefused as refused:
            waits.append(refused.retry_after)
        now += waits[-1] or timedelta(0)  # past each wait, so every guess is counted
    locks = [w.total_seconds() for w in waits if w]
    assert locks == [30, 60, 120, 240, 300, 300] and max(locks) == ADDRESS_MAX_LOCK.seconds


def test_failures_are_forgotten_a_day_after_the_last_one(store, admin):
    now = audit.now()
    for attempt in range(FREE_FAILURES):
        with pytest.raises(SignInRefused):
            sign_in(store, "nobody", f"guess {attempt}", now=now)
    later = now + FORGET_AFTER + timedelta(seconds=1)
    with pytest.raises(SignInRefused, match="Wrong username"):
        sign_in(store, "admin", "a different guess", now=later)
    with store.session() as s:
        rows = {(r.client, r.username, r.failures) for r in s.query(SignInThrottle)}
    assert rows == {
        (UNIDENTIFIED, "admin", 1),
        (ALL_CLIENTS, "admin", 1),
        (UNIDENTIFIED, ALL_NAMES, 1),
    }


def test_the_lock_survives_a_restart_because_it_lives_in_the_database(database_url, admin, store):
    now = audit.now()
    for attempt in range(FREE_FAILURES + 1):
        with pytest.raises(SignInRefused):
            sign_in(store, "admin", f"guess {attempt}", now=now)
    restarted = Store(database_url)
    with pytest.raises(SignInRefused, match="Too many failed"):
        sign_in(restarted, "admin", PASSWORD, now=now + timedelta(seconds=1))
    restarted.session_factory.kw["bind"].dispose()


def test_the_lock_doubles_with_each_further_failure_up_to_fifteen_minutes(store, admin):
    now = audit.now()
    waits = []
    for attempt in range(FREE_FAILURES + 8):
        try:
            sign_in(store, "admin", f"guess {attempt}", now=now)
        except SignInRefused as refused:
            waits.append(refused.retry_after)
        # Jump past each lock so every guess is a real, counted failure.
        now += waits[-1] if waits[-1] else timedelta(0)
    locks = [w.total_seconds() for w in waits if w]
    assert locks == [30, 60, 120, 240, 480, 900, 900, 900]


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


def test_an_admin_can_reset_a_password_and_that_clears_the_lock(store, admin):
    create_user(store, "ed", Role.EDITOR, actor="admin", password="editor password 1")
    for attempt in range(FREE_FAILURES + 1):
        with pytest.raises(SignInRefused):
            sign_in(store, "ed", f"guess {attempt}")
    set_password(store, "ed", "a brand new password", actor="admin")
    assert sign_in(store, "ed", "a brand new password").username == "ed"


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
    passwords = iter(["short", "short", "a long enough secret", "a long enough secret"])
    monkeypatch.setattr("builtins.input", lambda _prompt: next(answers))
    monkeypatch.setattr("getpass.getpass", lambda _prompt: next(passwords))
    assert prompt_first_admin(store) == 0
    assert sign_in(store, "boss", "a long enough secret").role is Role.ADMIN


def test_an_overlong_password_is_a_failed_sign_in_not_a_long_hash(store, admin):
    with pytest.raises(SignInRefused, match="Wrong username or password"):
        sign_in(store, "admin", PASSWORD + "x" * 2000)


def test_an_admin_sees_and_clears_a_sign_in_lock(store, admin):
    now = audit.now()
    for attempt in range(FREE_FAILURES + 1):
        with pytest.raises(SignInRefused):
            sign_in(store, "admin", f"guess {attempt}", now=now)
    assert set(locked_accounts(store, now=now)) == {"admin"}
    assert locked_accounts(store, now=now + timedelta(minutes=1)) == {}
    unlock(store, "admin", actor="admin")
    assert locked_accounts(store, now=now) == {}
    assert sign_in(store, "admin", PASSWORD, now=now).username == "admin"


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
    return _run_together(*acts)


def _run_together(*acts) -> list[Exception | None]:
    """Run ``acts`` in threads at once; what each raised, in order."""
    raised: list[Exception | None] = [None] * len(acts)

    def run(index: int) -> None:
        try:
            acts[index]()
        except Exception as problem:  # each act's refusal is what the test checks
            raised[index] = problem

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(acts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return raised


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
    raised = _run_together(
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

    monkeypatch.setattr(passwords, "check_password_rules", slow_rules)
    create_user(store, "ada", Role.ADMIN, actor="admin", password="another admin password")

    def add(actor: str):
        return lambda: create_user(
            store, "sam", Role.EDITOR, actor=actor, password="a long editor password"
        )

    raised = _run_together(add("admin"), add("ada"))
    assert [u.username for u in list_users(store)].count("sam") == 1
    refusals = [r for r in raised if r is not None]
    assert len(refusals) == 1 and isinstance(refusals[0], AuthError), refusals
    assert "already an account called sam" in str(refusals[0])


@pytest.mark.parametrize(
    ("username", "problem"),
    [
        pytest.param("\u0430dmin", "must not mix alphabets \\(Cyrillic, Latin\\)", id="cyrillic-a"),
        pytest.param("\u03bfps", "must not mix alphabets \\(Greek, Latin\\)", id="greek-o"),
        pytest.param("\uff41dmin", "ordinary characters: admin", id="full-width-a"),
        pytest.param("\u0455\u0441\u043e\u0440\u0435", "looks like the account", id="cyrillic"),
    ],
)  # fmt: skip
def test_a_username_that_could_pass_for_another_is_refused(store, admin, username, problem):
    create_user(store, "scope", Role.EDITOR, actor="admin", password=PASSWORD)
    with pytest.raises(AuthError, match=problem):
        create_user(store, username, Role.ADMIN, actor="admin", password=PASSWORD)
    assert find_account(store, username) is None


def test_a_username_cannot_take_the_command_line_s_entries_in_the_audit_log(store, admin):
    with pytest.raises(AuthError, match="must not start with 'cli:'"):
        create_user(store, "CLI:root", Role.ADMIN, actor="admin", password=PASSWORD)


@pytest.mark.parametrize("username", ["lee.lawson@firm.example", "山田たろう", "müller", "ηλίας"])
def test_a_username_in_one_script_is_taken(store, admin, username):
    assert create_user(store, username, Role.EDITOR, actor="admin", password=PASSWORD)


def test_two_failures_at_one_name_at_the_same_moment_from_two_clients_both_count(
    store, admin, monkeypatch
):
    """Both found no row counting the name's failures from all clients, and both added one:
    the second got the database's unique-constraint error instead of its refusal."""
    checked = threading.Barrier(2, timeout=2)

    def slow_mismatch(user, password):
        with contextlib.suppress(threading.BrokenBarrierError):
            checked.wait()
        return False

    monkeypatch.setattr(passwords, "password_matches", slow_mismatch)
    now = audit.now()
    raised = _run_together(
        lambda: sign_in(store, "admin", "guess one", now=now, client="ip:192.0.2.1"),
        lambda: sign_in(store, "admin", "guess two", now=now, client="ip:192.0.2.2"),
    )
    assert [str(r) for r in raised] == ["Wrong username or password."] * 2
    with store.session() as s:
        assert s.get(SignInThrottle, (ALL_CLIENTS, "admin")).failures == 2


@pytest.mark.parametrize(
    ("email", "problem"),
    [
        pytest.param("\u0430dmin@firm.example", "must not mix alphabets", id="cyrillic-a"),
        pytest.param("\uff41dmin@firm.example", "ordinary characters", id="full-width-a"),
        pytest.param("\u0455\u0441\u043e\u0440\u0435@firm.example", "mix alphabets", id="cyrillic"),
        pytest.param("cli:root@firm.example", "must not start with 'cli:'", id="cli-prefix"),
    ],
)  # fmt: skip
def test_single_sign_on_makes_no_account_that_could_pass_for_another(store, admin, email, problem):
    """An identity provider vouches that someone owns an address, not that its name reads as
    no one else's: a new account from single sign-on passes the checks the Users page makes."""
    create_user(store, "scope@firm.example", Role.EDITOR, actor="admin", password=PASSWORD)
    with pytest.raises(SignInRefused, match=problem):
        sso_sign_in(store, email, "Mallory", {"*@firm.example": "admin"})
    assert find_account(store, email) is None
    with store.session() as s:
        [refused] = audit.events(s, action="sign-in-failed", limit=1)
    assert "sso:" in refused.detail


PROXY = "10.0.0.5"


@pytest.mark.parametrize(
    ("peer", "forwarded_for", "client"),
    [
        pytest.param(PROXY, ["203.0.113.7"], "203.0.113.7", id="through-the-proxy"),
        pytest.param(PROXY, ["1.1.1.1, 203.0.113.7"], "203.0.113.7", id="forged-entry"),
        pytest.param(PROXY, ["1.1.1.1", "10.0.0.9, 203.0.113.7, 10.0.0.6"], "203.0.113.7",
                     id="right-most-untrusted"),
        pytest.param("198.51.100.2", ["203.0.113.7"], "198.51.100.2", id="untrusted-peer"),
        pytest.param(PROXY, ["203.0.113.7, not-an-address"], PROXY, id="garbage-after-the-proxy"),
        pytest.param(PROXY, [], PROXY, id="no-header"),
        pytest.param(None, ["203.0.113.7"], "203.0.113.7", id="loopback-proxy"),
    ],
)  # fmt: skip
def test_a_trusted_proxy_s_x_forwarded_for_names_the_client(
    monkeypatch, peer, forwarded_for, client
):
    """Trust only your own proxies and take the right-most address none of them is (MDN Web
    Docs, "X-Forwarded-For", Selecting an IP address); Streamlit reports a loopback peer as None."""
    monkeypatch.setenv(TRUSTED_PROXIES_ENV, "10.0.0.0/24, 127.0.0.1")
    assert client_address(peer, forwarded_for, trusted_proxies()) == client


def test_without_trusted_proxies_the_header_is_ignored(monkeypatch):
    monkeypatch.delenv(TRUSTED_PROXIES_ENV, raising=False)
    assert client_address(PROXY, ["203.0.113.7"], trusted_proxies()) == PROXY
    assert client_address(None, ["203.0.113.7"], trusted_proxies()) is None


def test_a_malformed_trusted_proxy_is_a_clear_message(monkeypatch):
    monkeypatch.setenv(TRUSTED_PROXIES_ENV, "10.0.0.0/24, proxy.example")
    with pytest.raises(AuthError, match="'proxy.example' is no IP address or network"):
        trusted_proxies()


def test_behind_a_proxy_guesses_from_one_client_do_not_lock_another(store, admin, monkeypatch):
    """Every sign-in through a reverse proxy came from the proxy's address: six wrong guesses
    from anywhere made everyone wait for the admin's name."""
    monkeypatch.setenv(TRUSTED_PROXIES_ENV, PROXY)

    def through_proxy(address: str) -> str:
        return client_key(client_address(PROXY, [address], trusted_proxies()), "token")

    for _ in range(FREE_FAILURES + 1):
        with pytest.raises(SignInRefused):
            sign_in(store, "admin", "wrong guess", client=through_proxy("198.51.100.66"))
    assert sign_in(store, "admin", PASSWORD, client=through_proxy("203.0.113.7"))


def test_a_client_that_keeps_failing_past_the_cap_keeps_the_longest_wait():
    """Each failure after the wait doubled the wait before its cap: past about 40 of them the
    doubled wait no longer fit a timedelta, and the sign-in failed with an OverflowError."""
    from clearnotice.sign_in_limits import MAX_LOCK, _lock_for

    assert _lock_for(FREE_FAILURES + 200, FREE_FAILURES, MAX_LOCK) == MAX_LOCK
