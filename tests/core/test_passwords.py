"""Passwords: the rules a new one must pass, its Argon2id hash and the cost of hashing."""

from __future__ import annotations

import pytest
from argon2 import Parameters, extract_parameters, profiles

from clearnotice import passwords
from clearnotice.accounts import AuthError, Role, SignInRefused
from clearnotice.auth import create_first_admin, create_user, has_users
from clearnotice.passwords import PASSWORD_HASHING_ENV, TEST_RUN_ENV
from clearnotice.schema import User
from tests.accounts import ADMIN_PASSWORD as PASSWORD
from tests.accounts import sign_in


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


def test_an_overlong_password_is_a_failed_sign_in_not_a_long_hash(store, admin):
    with pytest.raises(SignInRefused, match="Wrong username or password"):
        sign_in(store, "admin", PASSWORD + "x" * 2000)
