"""Renaming, archiving, deleting and restoring a letter (clearnotice.letter_lifecycle): soft,
audited, and checked against the acting account's role when it acts."""

from __future__ import annotations

import pytest

from clearnotice import audit
from clearnotice.accounts import Role
from clearnotice.approval_policy import ApprovalRefused
from clearnotice.approvals import approve, mark_seen, was_read
from clearnotice.auth import set_active
from clearnotice.comments import add_comment, comments, reply, resolve
from clearnotice.export.formats import export_letter
from clearnotice.export.merge_plan import Mapping, MergeError, plan_merge
from clearnotice.export.registry import ExportError
from clearnotice.facts import facts_of, save_facts
from clearnotice.letter_lifecycle import (
    LifecycleRefused,
    Shelf,
    archive,
    delete,
    letters_on,
    rename,
    restore,
    unarchive,
)
from clearnotice.permissions import PermissionRefused
from clearnotice.review_queue import review_queue
from tests.accounts import FIRST_ADMIN, add_accounts
from tests.approving import FRAGMENT


@pytest.fixture
def people(store):
    add_accounts(store, ed=Role.EDITOR, lee=Role.LEGAL)
    return store


def _titles(store, shelf: Shelf) -> list[str]:
    return [summary.letter.title for summary in letters_on(store, shelf)]


def _events(store, letter_id: int) -> list[tuple[str, str, str]]:
    with store.session() as s:
        rows = audit.events(s, letter_id=letter_id)
    return [(e.actor, e.action, e.detail) for e in reversed(rows)]


def test_an_editor_renames_a_letter_and_the_audit_log_keeps_both_titles(people):
    letter = people.create_letter("DRAFT", "We are sorry.", actor="ed")
    rename(people, letter.id, "  March   incident ", actor="ed")
    assert people.get_letter(letter.id).title == "March incident"
    assert _events(people, letter.id)[-1] == ("ed", "rename", "DRAFT -> March incident")


def test_an_empty_title_is_refused_and_the_letter_keeps_its_own(people):
    letter = people.create_letter("Kept", "We are sorry.", actor="ed")
    with pytest.raises(LifecycleRefused, match="needs a title"):
        rename(people, letter.id, "   ", actor="ed")
    assert people.get_letter(letter.id).title == "Kept"


def test_archiving_takes_a_letter_off_the_list_and_out_of_the_review_queue(people):
    kept = people.create_letter("Kept", "We are sorry.", actor="ed")
    old = people.create_letter("Old", "We were sorry.", actor="ed")
    archive(people, old.id, actor="ed")
    assert _titles(people, Shelf.IN_USE) == ["Kept"]
    assert _titles(people, Shelf.ARCHIVED) == ["Old"]
    assert [row.letter_id for row in review_queue(people)] == [kept.id]
    unarchive(people, old.id, actor="ed")
    assert _titles(people, Shelf.IN_USE) == ["Old", "Kept"]
    assert [e[1] for e in _events(people, old.id)] == ["create", "archive", "unarchive"]


def test_a_deleted_letter_keeps_its_versions_and_only_an_admin_restores_it(people):
    letter = people.create_letter("Gone", "We are sorry.", actor="ed")
    archive(people, letter.id, actor="ed")
    delete(people, letter.id, actor="ed")
    assert _titles(people, Shelf.DELETED) == ["Gone"]
    assert _titles(people, Shelf.IN_USE) == _titles(people, Shelf.ARCHIVED) == []
    assert [v.text for v in people.versions(letter.id)] == ["We are sorry."]
    for who in ("ed", "lee"):
        with pytest.raises(PermissionRefused, match="Only an admin can restore a deleted letter"):
            restore(people, letter.id, actor=who)
    restore(people, letter.id, actor=FIRST_ADMIN)
    assert _titles(people, Shelf.ARCHIVED) == ["Gone"]  # back where it was deleted from
    acts = [e for e in _events(people, letter.id) if e[1] != "refused"]  # refusals: below
    assert acts[-2:] == [("ed", "delete", "Gone"), (FIRST_ADMIN, "restore", "Gone")]
    assert [e[:2] for e in _events(people, letter.id) if e[1] == "refused"] == [
        ("ed", "refused"),
        ("lee", "refused"),
    ]


@pytest.mark.parametrize("act", [rename, archive, delete], ids=["rename", "archive", "delete"])
def test_a_legal_reviewer_may_not_rename_archive_or_delete(people, act):
    letter = people.create_letter("Theirs", "We are sorry.", actor="ed")
    values = {"title": "Mine"} if act is rename else {}
    with pytest.raises(PermissionRefused, match="Only an editor or admin can"):
        act(people, letter.id, actor="lee", **values)
    assert _titles(people, Shelf.IN_USE) == ["Theirs"]
    assert [e[1] for e in _events(people, letter.id)] == ["create", "refused"]


def test_a_deactivated_editor_is_refused_when_the_click_arrives(people):
    letter = people.create_letter("Late", "We are sorry.", actor="ed")
    set_active(people, "ed", False, actor=FIRST_ADMIN)
    with pytest.raises(PermissionRefused, match="deactivated"):
        archive(people, letter.id, actor="ed")
    assert _titles(people, Shelf.IN_USE) == ["Late"]


@pytest.mark.parametrize(
    ("act", "message"),
    [
        (unarchive, "is in use, so it cannot be brought back from the archive"),
        (restore, "is in use, so it cannot be restored"),
    ],
    ids=["unarchive", "restore"],
)
def test_an_act_on_the_wrong_shelf_is_refused_with_one_message(people, act, message):
    letter = people.create_letter("Here", "We are sorry.", actor="ed")
    with pytest.raises(LifecycleRefused, match=message):
        act(people, letter.id, actor=FIRST_ADMIN)


def test_a_deleted_letter_cannot_be_renamed_or_archived(people):
    letter = people.create_letter("Gone", "We are sorry.", actor="ed")
    delete(people, letter.id, actor="ed")
    with pytest.raises(LifecycleRefused, match="is deleted, so it cannot be renamed"):
        rename(people, letter.id, "New", actor="ed")
    with pytest.raises(LifecycleRefused, match="is deleted, so it cannot be archived"):
        archive(people, letter.id, actor="ed")
    assert people.get_letter(letter.id).title == "Gone"


def test_a_deleted_letter_takes_no_new_text_until_it_is_restored(people):
    letter = people.create_letter("Gone", "We are sorry.", actor="ed")
    first = people.latest_version(letter.id)
    delete(people, letter.id, actor="ed")
    with pytest.raises(ValueError, match="“Gone” was deleted, so nothing was saved"):
        people.save_version(letter.id, "We are very sorry.", base_version_id=first.id, actor="ed")
    with pytest.raises(ValueError, match="was deleted"):  # a tab still open keeps typing
        people.write_working_draft(letter.id, "We are", base_version_id=first.id, actor="ed")
    assert [v.text for v in people.versions(letter.id)] == ["We are sorry."]
    restore(people, letter.id, actor=FIRST_ADMIN)
    saved = people.save_version(
        letter.id, "We are very sorry.", base_version_id=first.id, actor="ed"
    )
    assert saved.version.number == 2


def test_a_deleted_letter_takes_no_jurisdictions_so_its_variants_are_not_rebuilt(people):
    """Setting them rebuilds a master's per-state variants, letters still in use."""
    letter = people.create_letter("Gone", "We are sorry.", actor="ed")
    delete(people, letter.id, actor="ed")
    with pytest.raises(ValueError, match="“Gone” was deleted, so nothing was saved"):
        people.set_jurisdictions(letter.id, ["CA", "NY"], actor="ed")
    assert not people.get_letter(letter.id).jurisdictions


def test_a_deleted_letter_is_not_approved_exported_or_merged(people):
    """Its tab may still be open, or its id typed at the command line: a letter set aside
    must not be approved, nor go out, until an admin restores it."""
    letter = people.create_letter("Gone", "We are sorry.", actor="ed")
    first = people.latest_version(letter.id)
    delete(people, letter.id, actor="ed")
    with pytest.raises(ApprovalRefused, match="“Gone” was deleted, so nothing was approved"):
        approve(people, letter.id, "en", first.id, "lee", reason=FRAGMENT)
    with pytest.raises(ExportError, match="“Gone” was deleted, so it is not exported"):
        export_letter(people, letter.id, fmt="pdf", actor="ed")
    with pytest.raises(MergeError, match="“Gone” was deleted, so it is not merged"):
        plan_merge(people, letter.id, Mapping(), allow_drafts=True)
    restore(people, letter.id, actor=FIRST_ADMIN)
    approve(people, letter.id, "en", first.id, "lee", reason=FRAGMENT)
    assert export_letter(people, letter.id, fmt="pdf", actor="ed", accept_exceptions=True).data


def test_a_deleted_letter_takes_no_comments_consents_or_reading_marks(people):
    """An open tab keeps its comment box, its consent checkbox and its "I have read" button
    after the letter is deleted: none of them writes to a letter nobody but an admin sees."""
    letter = people.create_letter("Gone", "We are sorry.", actor="ed")
    first = people.latest_version(letter.id)
    thread = add_comment(people, letter.id, first.id, 0, "Too short.", actor="lee")
    delete(people, letter.id, actor="ed")
    gone = "“Gone” was deleted, so nothing was saved"
    with pytest.raises(ValueError, match=gone):
        add_comment(people, letter.id, first.id, 0, "Say more.", actor="lee")
    with pytest.raises(ValueError, match=gone):
        reply(people, thread.id, "Will do.", actor="ed")
    with pytest.raises(ValueError, match=gone):
        resolve(people, thread.id, actor="lee")
    with pytest.raises(ValueError, match=gone):
        people.record_consent(letter.id, "deepl", actor="ed")
    with pytest.raises(ValueError, match=gone):
        mark_seen(people, letter.id, "en", "lee", first.id)
    assert [c.status for c in comments(people, letter.id)] == ["open"]
    assert not people.get_letter(letter.id).consents
    assert not was_read(people, letter.id)
    # the refused comment, reply, resolve and consent are in the log on the letter, without
    # its title (a reply's and a resolve's letter is found from their comment)
    assert _events(people, letter.id)[3:] == [
        ("lee", "refused", "comment: refused (ValueError)"),
        ("ed", "refused", "reply to a comment: refused (ValueError)"),
        ("lee", "refused", "resolve or reopen a comment: refused (ValueError)"),
        ("ed", "refused", "agree to send the text to a service: refused (ValueError)"),
    ]
    assert [e[1] for e in _events(people, letter.id)[:3]] == ["create", "comment", "delete"]


def test_a_deleted_approved_letter_is_not_unlocked_for_a_new_draft(people):
    """Starting a new draft marks the approval as needing renewal: not for a letter set aside."""
    letter = people.create_letter("Gone", "We are sorry.", actor="ed")
    approve(people, letter.id, "en", people.latest_version(letter.id).id, "lee", reason=FRAGMENT)
    delete(people, letter.id, actor="ed")
    with pytest.raises(ValueError, match="“Gone” was deleted"):
        people.start_new_draft(letter.id, None, actor="ed")
    assert people.lock(letter.id).locked
    assert "new-draft" not in [e[1] for e in _events(people, letter.id)]


def test_a_deleted_letter_takes_no_facts(people):
    """Its facts fill every export and mail merge once it is restored: an open Facts tab must
    not change them meanwhile."""
    letter = people.create_letter("Gone", "Call {{ phone }}.", actor="ed")
    delete(people, letter.id, actor="ed")
    with pytest.raises(ValueError, match="“Gone” was deleted, so nothing was saved"):
        save_facts(people, letter.id, {"phone": "1-800-555-0142"}, actor="ed")
    assert facts_of(people, letter.id) == {}
