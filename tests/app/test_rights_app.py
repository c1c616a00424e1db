"""Rights end when revoked, on screen: a page drawn for an account whose role is taken away or
which is deactivated afterwards cannot act through its buttons, and says why."""

from __future__ import annotations

import pytest

from clearnotice import approvals, audit, comments
from clearnotice.accounts import Role
from clearnotice.auth import find_account, list_users, set_active, set_role
from clearnotice.settings import SELF_APPROVAL, get_setting
from tests.accounts import FIRST_ADMIN, add_accounts
from tests.app.session import ROOT, open_as, signed_in_as

# A letter with everything the guidance requires, so approving it needs no reason.
LETTER = (ROOT / "tests" / "fixtures" / "good-plain.md").read_text(encoding="utf-8")


@pytest.fixture
def people(database):
    add_accounts(database, ida=Role.ADMIN, ed=Role.EDITOR, lee=Role.LEGAL)
    return database


@pytest.fixture
def letter(people):
    return people.create_letter("March incident", LETTER, actor="ed")


def _button(at, label_start: str):
    return next(b for b in at.button if b.label.startswith(label_start))


def test_a_reviewer_demoted_while_the_page_is_open_cannot_approve_and_is_told(people, letter):
    at = open_as("lee", "pages/3_Review.py", letter.id)
    approve = _button(at, "Approve en v1")
    set_role(people, "lee", Role.EDITOR, actor=FIRST_ADMIN)
    approve.click().run()
    assert not at.exception
    assert approvals.approvals(people, letter.id) == []
    with people.session() as s:
        assert audit.events(s, action="approve") == []
    assert "Only a legal reviewer can approve; lee is editor now." in [e.value for e in at.error]
    assert not any(b.label.startswith("Approve") for b in at.button)


def test_a_reviewer_deactivated_while_the_page_is_open_approves_nothing(people, letter):
    at = open_as("lee", "pages/3_Review.py", letter.id)
    approve = _button(at, "Approve en v1")
    set_active(people, "lee", False, actor=FIRST_ADMIN)
    approve.click().run()
    assert not at.exception
    assert approvals.approvals(people, letter.id) == []
    assert signed_in_as(at) is None  # and the page is the sign-in form again
    assert [t.label for t in at.text_input] == ["Username", "Password"]


def test_an_author_cannot_approve_their_own_version_on_the_review_page(people):
    own = people.create_letter("Own words", LETTER, actor="lee")
    at = open_as("lee", "pages/3_Review.py", own.id)
    _button(at, "Approve en v1").click().run()
    assert not at.exception
    assert approvals.approvals(people, own.id) == []
    assert any("You saved en v1 yourself" in e.value for e in at.error)


@pytest.mark.parametrize("how", ["deactivated", "demoted"])
def test_an_admin_whose_right_was_revoked_cannot_add_an_account_from_an_open_page(people, how):
    at = open_as("ida", "pages/7_Users.py")
    at.text_input(key="admin-new-username").input("mallory")
    next(s for s in at.selectbox if s.label == "Role").select(Role.ADMIN)
    at.text_input(key="admin-new-password").input("mallory's long password")
    at.text_input(key="admin-new-again").input("mallory's long password")
    if how == "deactivated":
        set_active(people, "ida", False, actor=FIRST_ADMIN)
    else:
        set_role(people, "ida", Role.EDITOR, actor=FIRST_ADMIN)
    next(b for b in at.button if b.label == "Add account").click().run()
    assert not at.exception
    assert find_account(people, "mallory") is None
    assert "mallory" not in [u.username for u in list_users(people)]
    if how == "demoted":
        assert [e.value for e in at.error][0].startswith("Only an admin manages accounts")


def test_an_editor_cannot_resolve_a_reviewers_comment_and_is_told(people, letter):
    version = people.latest_version(letter.id)
    comment = comments.add_comment(people, letter.id, version.id, 1, "Which files?", actor="lee")
    at = open_as("ed", "pages/3_Review.py", letter.id)
    _button(at, "Resolve").click().run()
    assert not at.exception
    assert [c.id for c in comments.open_comments(people, letter.id)] == [comment.id]
    assert any("resolve or reopen another person's comment" in e.value for e in at.error)


def test_an_admin_allows_self_approval_on_the_settings_page_and_the_log_says_who(people):
    at = open_as("ida", "pages/9_Settings.py")
    at.toggle(key="settings-self-approval").set_value(True).run()
    assert not at.exception
    assert get_setting(people, SELF_APPROVAL) is True
    with people.session() as s:
        [event] = audit.events(s, action="settings")
    assert (event.actor, event.detail) == ("ida", f"{SELF_APPROVAL} = True")


def test_a_reviewer_sees_the_self_approval_switch_but_cannot_use_it(people):
    at = open_as("lee", "pages/9_Settings.py")
    assert at.toggle(key="settings-self-approval").disabled
    assert "Only an admin can change this." in [c.value for c in at.caption]


def test_an_admin_demoted_while_the_settings_page_is_open_changes_nothing(people):
    at = open_as("ida", "pages/9_Settings.py")
    set_role(people, "ida", Role.EDITOR, actor=FIRST_ADMIN)
    at.toggle(key="settings-self-approval").set_value(True).run()
    assert not at.exception
    assert get_setting(people, SELF_APPROVAL) is None
    assert "Only an admin can change settings; ida is editor now." in [e.value for e in at.error]
    assert at.toggle(key="settings-self-approval").value is False
