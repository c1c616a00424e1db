"""How long a client waits after failed sign-ins: per client and name, per name from all
clients, per client at any names; kept in the database and cleared by a success or an admin."""

from __future__ import annotations

import contextlib
import threading
from datetime import timedelta

import pytest

from clearnotice import audit, passwords
from clearnotice.accounts import Role, SignInRefused
from clearnotice.auth import create_user, set_password, unlock
from clearnotice.letters import Store
from clearnotice.schema import SignInThrottle
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
from tests.accounts import ADMIN_PASSWORD as PASSWORD
from tests.accounts import sign_in
from tests.at_once import run_together


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


def test_an_admin_can_reset_a_password_and_that_clears_the_lock(store, admin):
    create_user(store, "ed", Role.EDITOR, actor="admin", password="editor password 1")
    for attempt in range(FREE_FAILURES + 1):
        with pytest.raises(SignInRefused):
            sign_in(store, "ed", f"guess {attempt}")
    set_password(store, "ed", "a brand new password", actor="admin")
    assert sign_in(store, "ed", "a brand new password").username == "ed"


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
    raised = run_together(
        lambda: sign_in(store, "admin", "guess one", now=now, client="ip:192.0.2.1"),
        lambda: sign_in(store, "admin", "guess two", now=now, client="ip:192.0.2.2"),
    )
    assert [str(r) for r in raised] == ["Wrong username or password."] * 2
    with store.session() as s:
        assert s.get(SignInThrottle, (ALL_CLIENTS, "admin")).failures == 2


def test_a_client_that_keeps_failing_past_the_cap_keeps_the_longest_wait():
    """Each failure after the wait doubled the wait before its cap: past about 40 of them the
    doubled wait no longer fit a timedelta, and the sign-in failed with an OverflowError."""
    from clearnotice.sign_in_limits import MAX_LOCK, _lock_for

    assert _lock_for(FREE_FAILURES + 200, FREE_FAILURES, MAX_LOCK) == MAX_LOCK
