"""The Users page's changes, made one after another as an admin makes them: after each click the
accounts table shows what the database now holds, not what it held before the click (it was drawn
before the button acted, so "ed is now Legal reviewer." stood over a table still saying Editor,
and a second change showed the first one's role)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from clearnotice.accounts import Role
from clearnotice.auth import list_users
from tests.app.session import open_as


def _table(at: AppTest, username: str, column: str):
    table = at.dataframe[0].value
    return table.loc[table["Username"] == username, column].item()


def _held(store, username: str) -> Role:
    return next(Role(u.role) for u in list_users(store) if u.username == username)


def _save_role(at: AppTest, username: str, role: Role) -> None:
    at.selectbox(key="admin-user").select(username).run()
    at.selectbox(key=f"admin-role:{username}").select(role).run()
    at.button(key=f"admin-save-role:{username}").click().run()


def test_one_account_changed_three_times_shows_each_new_role_at_once(people):
    at = open_as("ada", "pages/7_Users.py")
    for role in (Role.LEGAL, Role.EDITOR, Role.ADMIN):
        _save_role(at, "ed", role)
        assert _held(people, "ed") == role
        assert _table(at, "ed", "Role") == role.label
        assert [s.value for s in at.success] == [f"ed is now {role.label}."]
        assert at.selectbox(key="admin-role:ed").value == role


def test_two_accounts_changed_one_after_the_other(people):
    at = open_as("ada", "pages/7_Users.py")
    _save_role(at, "ed", Role.LEGAL)
    _save_role(at, "lee", Role.EDITOR)
    assert (_held(people, "ed"), _held(people, "lee")) == (Role.LEGAL, Role.EDITOR)
    assert (_table(at, "ed", "Role"), _table(at, "lee", "Role")) == ("Legal reviewer", "Editor")
    assert [s.value for s in at.success] == ["lee is now Editor."]


def test_signing_someone_out_everywhere_shows_no_open_session_left(people):
    open_as("lee", "app.py")
    at = open_as("ada", "pages/7_Users.py")
    assert _table(at, "lee", "Open sessions") == 1
    at.selectbox(key="admin-user").select("lee").run()
    at.button(key="admin-end-sessions:lee").click().run()
    assert [s.value for s in at.success] == ["lee is signed out (1 session ended)."]
    assert _table(at, "lee", "Open sessions") == 0


def test_deactivated_then_reactivated(people):
    at = open_as("ada", "pages/7_Users.py")
    at.selectbox(key="admin-user").select("ed").run()
    at.button(key="admin-active:ed").click().run()
    assert not _table(at, "ed", "Active")
    assert at.button(key="admin-active:ed").label == "Reactivate"
    at.button(key="admin-active:ed").click().run()
    assert _table(at, "ed", "Active")
    assert at.button(key="admin-active:ed").label == "Deactivate"


def test_a_refused_change_is_said_and_the_table_keeps_the_role(people):
    at = open_as("ada", "pages/7_Users.py")
    _save_role(at, "ada", Role.EDITOR)
    [refusal] = [e.value for e in at.error]
    assert refusal.startswith("This is the last active admin")  # Markdown-escaped ":"
    assert not at.success
    assert _held(people, "ada") == Role.ADMIN
    assert _table(at, "ada", "Role") == "Admin"


def test_a_password_set_leaves_the_box_empty(people):
    at = open_as("ada", "pages/7_Users.py")
    at.selectbox(key="admin-user").select("ed").run()
    at.text_input(key="admin-password:ed").input("a long new password 42").run()
    at.button(key="admin-set-password:ed").click().run()
    assert [s.value for s in at.success][0].startswith("New password set for ed")
    assert at.text_input(key="admin-password:ed").value == ""
