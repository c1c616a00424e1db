"""Rights end when revoked: every action reads the acting account again when it runs, so a role
taken away or an account deactivated after the page was drawn stops the next click."""

from __future__ import annotations

import threading

import pytest

from clearnotice import audit
from clearnotice.accounts import Role
from clearnotice.auth import (
    create_user,
    find_account,
    list_users,
    set_active,
    set_password,
    set_role,
    unlock,
)
from clearnotice.permissions import ALLOWED, Action, PermissionRefused, allows, require
from clearnotice.settings import SELF_APPROVAL, get_setting, set_setting
from tests.accounts import FIRST_ADMIN, PASSWORD, add_accounts

LETTER = "# Notice\n\nSomeone copied your records on 3 March.\n\nCall us on 555-0100.\n"


@pytest.fixture
def people(store):
    """An admin (the first one), a second admin, an editor and a legal reviewer."""
    add_accounts(store, ida=Role.ADMIN, ed=Role.EDITOR, lee=Role.LEGAL)
    return store


def _revoke(store, username: str, how: str) -> None:
    if how == "deactivated":
        set_active(store, username, False, actor=FIRST_ADMIN)
    else:
        set_role(store, username, Role.EDITOR, actor=FIRST_ADMIN)


def _events(store, action: str) -> list[str]:
    with store.session() as s:
        return [e.detail for e in audit.events(s, action=action)]


# accounts ----------------------------------------------------------------------------------------
ACCOUNT_CHANGES = {
    "create": lambda store, actor: create_user(
        store, "mallory", Role.ADMIN, actor=actor, password=PASSWORD
    ),
    "set-role": lambda store, actor: set_role(store, "ed", Role.ADMIN, actor=actor),
    "deactivate": lambda store, actor: set_active(store, "lee", False, actor=actor),
    "set-password": lambda store, actor: set_password(
        store, "lee", "another long password", actor=actor
    ),
    "unlock": lambda store, actor: unlock(store, "lee", actor=actor),
}


@pytest.mark.parametrize("change", ACCOUNT_CHANGES)
@pytest.mark.parametrize("how", ["deactivated", "demoted"])
def test_an_admin_whose_right_was_revoked_changes_no_account(people, change, how):
    store = people
    _revoke(store, "ida", how)
    before = [(u.username, u.role, u.active, u.password_hash) for u in list_users(store)]
    with pytest.raises(PermissionRefused, match="ida is deactivated|ida is editor now"):
        ACCOUNT_CHANGES[change](store, "ida")
    assert [(u.username, u.role, u.active, u.password_hash) for u in list_users(store)] == before
    assert not any(e.actor == "ida" for e in _audit(store))


@pytest.mark.parametrize("change", ACCOUNT_CHANGES)
@pytest.mark.parametrize("actor", ["ed", "lee", "nobody"])
def test_only_an_admin_changes_accounts(people, change, actor):
    with pytest.raises(PermissionRefused, match="manage accounts"):
        ACCOUNT_CHANGES[change](people, actor)
    assert find_account(people, "mallory") is None


@pytest.mark.parametrize("change", ACCOUNT_CHANGES)
def test_an_active_admin_changes_accounts(people, change):
    ACCOUNT_CHANGES[change](people, "ida")
    assert any(e.actor == "ida" for e in _audit(people))


def _audit(store) -> list[audit.AuditEvent]:
    with store.session() as s:
        return audit.events(s, action="user")


# settings ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("how", ["deactivated", "demoted"])
def test_an_admin_whose_right_was_revoked_changes_no_setting(people, how):
    _revoke(people, "ida", how)
    with pytest.raises(PermissionRefused, match="change settings"):
        set_setting(people, SELF_APPROVAL, True, actor="ida")
    assert get_setting(people, SELF_APPROVAL) is None
    assert _events(people, "settings") == []


# consent, fixes and restores ---------------------------------------------------------------------
@pytest.fixture
def letter(people):
    return people.create_letter("March", LETTER, actor="ed")


def _consent(store, letter_id, actor):
    store.record_consent(letter_id, "libretranslate", actor=actor)


def _fix(store, letter_id, actor):
    base = store.latest_version(letter_id)
    store.save_version(
        letter_id, LETTER.replace("Someone", "A criminal"), base_version_id=base.id,
        actor=actor, origin="fix:plain.jargon",
    )  # fmt: skip


def _restore(store, letter_id, actor):
    first = store.versions(letter_id)[0]
    store.save_version(
        letter_id, first.text + "\nP.S.\n", base_version_id=first.id,
        actor=actor, origin="restore:v1",
    )  # fmt: skip


LETTER_ACTIONS = {"consent": _consent, "fix": _fix, "restore": _restore}


@pytest.mark.parametrize("act", LETTER_ACTIONS)
@pytest.mark.parametrize("actor", ["ed", "lee", "ida"])
def test_every_active_account_consents_fixes_and_restores(people, letter, act, actor):
    LETTER_ACTIONS[act](people, letter.id, actor)
    if act == "consent":
        assert people.get_letter(letter.id).consents["libretranslate"]["by"] == actor
    else:
        assert people.latest_version(letter.id).author == actor


@pytest.mark.parametrize("act", LETTER_ACTIONS)
@pytest.mark.parametrize("actor", ["ed", "nobody"])
def test_a_deactivated_account_or_a_stranger_cannot_consent_fix_or_restore(
    people, letter, act, actor
):
    if actor == "ed":
        set_active(people, "ed", False, actor=FIRST_ADMIN)
    with pytest.raises(PermissionRefused, match=actor):
        LETTER_ACTIONS[act](people, letter.id, actor)
    assert people.get_letter(letter.id).consents == {}
    assert [v.number for v in people.versions(letter.id)] == [1]


# the table itself --------------------------------------------------------------------------------
def test_every_action_has_a_rule_and_only_legal_reviewers_approve():
    assert set(ALLOWED) == set(Action)
    assert [r for r in Role if allows(r, Action.APPROVE)] == [Role.LEGAL]
    assert [r for r in Role if allows(r, Action.MANAGE_USERS)] == [Role.ADMIN]
    assert [r for r in Role if allows(r, Action.CHANGE_SETTINGS)] == [Role.ADMIN]


# a revocation while an action runs ---------------------------------------------------------------
def test_a_deactivation_arriving_while_an_action_runs_waits_for_it(people, letter, monkeypatch):
    """``require`` promises that a deactivation committed after the check waits until the
    action has committed: the action is then the account's last, and the log says so in that
    order. On SQLite the check's read ran outside any transaction, so the deactivation
    committed first and the comment went in afterwards, by a deactivated account."""
    from clearnotice import comments

    checked, go = threading.Event(), threading.Event()

    def slow_require(s, username, action, **owner):
        user = require(s, username, action, **owner)
        checked.set()
        go.wait(timeout=3)
        return user

    monkeypatch.setattr(comments, "require", slow_require)
    first = people.latest_version(letter.id)
    commenting = threading.Thread(
        target=comments.add_comment, args=(people, letter.id, first.id, 0, "Which day?"),
        kwargs={"actor": "lee"},
    )  # fmt: skip
    commenting.start()
    assert checked.wait(timeout=10)
    deactivating = threading.Thread(
        target=set_active, args=(people, "lee", False), kwargs={"actor": FIRST_ADMIN}
    )
    deactivating.start()
    deactivating.join(timeout=1)  # it commits now unless it waits for the comment
    go.set()
    commenting.join(timeout=20)
    deactivating.join(timeout=20)
    with people.session() as s:
        order = [(e.action, e.actor) for e in reversed(audit.events(s)) if e.action != "create"]
    assert order[-2:] == [("comment", "lee"), ("user", FIRST_ADMIN)]


# refused attempts in the audit log -------------------------------------------------------------
def _refusals(store) -> list[tuple[str, int | None, str]]:
    with store.session() as s:
        return [(e.actor, e.letter_id, e.detail) for e in audit.events(s, action="refused")]


def test_a_refused_approval_is_in_the_audit_log_with_who_and_what(people, letter):
    """The refused action's transaction was rolled back, its refusal with it: the log showed no
    trace of a demoted reviewer's attempt to approve."""
    from clearnotice.approvals import approve

    _revoke(people, "lee", "demoted")
    with pytest.raises(PermissionRefused) as refused:
        approve(people, letter.id, "en", people.latest_version(letter.id).id, "lee")
    assert _refusals(people) == [("lee", letter.id, f"approve: {refused.value}")]
    assert _events(people, "approve") == []


def test_a_refused_comment_is_logged_without_its_words(people, letter):
    from clearnotice.comments import add_comment

    _revoke(people, "ed", "deactivated")
    version = people.latest_version(letter.id)
    with pytest.raises(PermissionRefused):
        add_comment(people, letter.id, version.id, 0, "Our secret plan for 555-0100", actor="ed")
    [(actor, letter_id, detail)] = _refusals(people)
    assert (actor, letter_id) == ("ed", letter.id)
    assert detail.startswith("comment: The account ed is deactivated")
    assert "secret" not in detail and "555-0100" not in detail


@pytest.mark.parametrize("actor", ["ed", "nobody"])
def test_a_refused_read_of_the_audit_log_or_account_change_is_logged(people, actor):
    from clearnotice import audit_log

    with pytest.raises(PermissionRefused):
        audit_log.read(people, actor)
    with pytest.raises(PermissionRefused):
        set_role(people, "ed", Role.ADMIN, actor=actor)
    assert [(a, what.split(":")[0]) for a, _, what in _refusals(people)] == [
        (actor, "manage accounts"),
        (actor, "read the audit log"),
    ]


def test_a_refusal_the_log_cannot_keep_still_reaches_the_person(tmp_path, caplog):
    """On a read-only database the refusal's log line cannot be written: the person is told
    the refusal, not the database's trouble, and the server's log keeps who was refused."""
    from clearnotice import audit_log
    from clearnotice.letters import Store

    path = tmp_path / "clearnotice.sqlite3"
    add_accounts(Store(f"sqlite:///{path}"), ed=Role.EDITOR)
    read_only = Store(f"sqlite:///file:{path}?mode=ro&uri=true")
    with pytest.raises(PermissionRefused, match="Only a legal reviewer or admin can read"):
        audit_log.read(read_only, "ed")
    assert "could not be written to the audit log" in caplog.text and "'ed'" in caplog.text
