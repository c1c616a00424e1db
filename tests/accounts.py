"""Real accounts for the names a test acts as: every action that changes a letter, a setting or
an account, and every write of a letter's text, checks the acting account in the database
(clearnotice.permissions)."""

from __future__ import annotations

from datetime import datetime

from clearnotice.accounts import Role
from clearnotice.auth import Account, create_first_admin, create_user, find_account, has_users
from clearnotice.letters import Store
from clearnotice.sessions import sign_in_session
from clearnotice.sign_in_limits import UNIDENTIFIED

PASSWORD = "a long enough test password"
FIRST_ADMIN = "admin"
# The first admin's password in the tests of accounts and signing in (the ``admin`` fixture of
# tests/core/conftest.py), which those tests give the other accounts they make too.
ADMIN_PASSWORD = "correct horse battery"


def add_accounts(store: Store, **roles: Role) -> None:
    """Create an account per keyword (``add_accounts(store, lawyer=Role.LEGAL)``), added by a
    first admin called ``admin`` that is created too when the installation has no account."""
    if not has_users(store):
        create_first_admin(store, FIRST_ADMIN, PASSWORD)
    for username, role in roles.items():
        create_user(store, username, role, actor=FIRST_ADMIN, password=PASSWORD)


def add_writers(store: Store, *usernames: str) -> None:
    """Editor accounts for the names a test only writes letters as, so its setup reads as before
    (``create_letter(..., actor="ed")``); a name that is an account already stays as it is."""
    add_accounts(store, **{n: Role.EDITOR for n in usernames if find_account(store, n) is None})


def sign_in(
    store: Store,
    username: str,
    password: str,
    now: datetime | None = None,
    *,
    client: str = UNIDENTIFIED,
) -> Account:
    """A sign-in as the form makes it (``sessions.sign_in_session``, which opens a session too):
    the account, or SignInRefused after the failure is counted."""
    return sign_in_session(store, username, password, client=client, now=now)[0]
