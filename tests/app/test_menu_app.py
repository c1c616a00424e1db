"""The menu per role (issue 18, item 5): each role sees only the screens it may use."""

from __future__ import annotations

import pytest

from clearnotice.accounts import Role
from tests.accounts import add_accounts
from tests.app.session import open_as

EVERYONE = ["Letters", "Edit", "Translations", "Review", "Export"]


@pytest.fixture
def people(database):
    add_accounts(database, ida=Role.ADMIN, ed=Role.EDITOR, lee=Role.LEGAL)
    return database


def _menu(at) -> list[str]:
    return [link.proto.label for link in at.sidebar.get("page_link")]


@pytest.mark.parametrize(
    ("username", "menu"),
    [
        ("ed", EVERYONE),
        ("lee", [*EVERYONE, "Audit log", "Send log"]),
        ("ida", [*EVERYONE, "Users", "Audit log", "Send log", "Settings"]),
    ],
    ids=["editor", "legal", "admin"],
)
def test_the_menu_offers_a_role_only_the_screens_it_may_use(people, username, menu):
    at = open_as(username, "app.py")
    assert not at.exception
    assert _menu(at) == menu


def test_a_screen_left_out_of_the_menu_still_refuses_when_opened_by_its_address(people):
    at = open_as("ed", "pages/8_Audit_log.py")
    assert "Audit log" not in _menu(at)
    assert "The audit log is open to legal reviewers and admins." in [e.value for e in at.error]
