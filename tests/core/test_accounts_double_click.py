"""A double-clicked "Add account" sends the form twice with the same details: the second was
refused with "There is already an account called ..." in place of the first's success. The
same account asked for again by the same admin a moment later is the one the first click made;
anything else of that name is still refused."""

from __future__ import annotations

import pytest

from clearnotice.accounts import AuthError, Role
from clearnotice.auth import create_user, list_users
from tests.accounts import add_accounts

PASSWORD = "a long enough secret for Fay"


def _add(store, **changes):
    details = {"actor": "boss", "password": PASSWORD, "display_name": "Fay", **changes}
    return create_user(store, "fay@firm.example", Role.LEGAL, **details)


def test_the_same_account_asked_for_twice_at_once_is_made_once(sqlite_url):
    from clearnotice.letters import Store

    store = Store(sqlite_url)
    add_accounts(store, boss=Role.ADMIN)
    first = _add(store)
    again = _add(store)
    assert again == first
    assert [u.username for u in list_users(store)].count("fay@firm.example") == 1


@pytest.mark.parametrize(
    "changes",
    [{"password": "another long enough secret"}, {"display_name": "Fay B"}, {"actor": "root"}],
)
def test_the_name_with_other_details_or_by_another_admin_is_refused(sqlite_url, changes):
    from clearnotice.letters import Store

    store = Store(sqlite_url)
    add_accounts(store, boss=Role.ADMIN, root=Role.ADMIN)
    _add(store)
    with pytest.raises(AuthError, match="already an account called fay@firm.example"):
        _add(store, **changes)
