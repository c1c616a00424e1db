"""What a new account may be called: one word in one script, no look-alike of another, no
``cli:`` name, a display name on one line and an e-mail address of the usual form."""

from __future__ import annotations

import pytest

from clearnotice import audit
from clearnotice.accounts import AuthError, Role, SignInRefused
from clearnotice.auth import create_user, find_account, sso_sign_in
from clearnotice.schema import MAX_USERNAME, User
from tests.accounts import ADMIN_PASSWORD as PASSWORD

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
