"""Approved versions are locked: no save makes a version over them until a new draft is started,
which is recorded and makes the approval need renewing."""

from __future__ import annotations

import pytest

from clearnotice import audit, edits
from clearnotice.accounts import Role
from clearnotice.approvals import approval_record
from clearnotice.auth import set_active
from clearnotice.drafts import VersionLocked
from clearnotice.model import Finding, Severity
from clearnotice.permissions import PermissionRefused
from tests.accounts import FIRST_ADMIN, add_accounts
from tests.approving import approve_newest

ENGLISH = "# Notice of Data Breach\n\nSomeone copied your records on 3 March.\n"
SPANISH = "# Aviso\n\nAlguien copió sus datos el 3 de marzo.\n"


@pytest.fixture
def letter(store):
    add_accounts(store, ed=Role.EDITOR, lawyer=Role.LEGAL)
    letter = store.create_letter("March incident", ENGLISH, actor="ed")
    approve_newest(store, letter.id)
    return letter


def _save(store, letter_id, text, **kwargs):
    base = store.latest_version(letter_id, kwargs.get("language"))
    return store.save_version(letter_id, text, base_version_id=base.id, actor="ed", **kwargs)


def test_a_letter_never_approved_is_not_locked(store):
    add_accounts(store, ed=Role.EDITOR)
    letter = store.create_letter("Draft", ENGLISH, actor="ed")
    assert store.lock(letter.id) is None
    assert _save(store, letter.id, ENGLISH + "More.\n").created
    with pytest.raises(ValueError, match="never approved"):
        store.start_new_draft(letter.id, "en", actor="ed")


@pytest.mark.parametrize("origin", ["typed", "restored", "fix:plain.jargon", "machine:apertium"])
def test_no_save_of_any_origin_makes_a_version_over_an_approved_one(store, letter, origin):
    approved = store.latest_version(letter.id)
    with pytest.raises(VersionLocked, match=r"approved by lawyer .* Start a new draft"):
        _save(store, letter.id, ENGLISH + "A stray keystroke", origin=origin)
    assert [v.id for v in store.versions(letter.id)] == [approved.id]
    assert store.lock(letter.id).locked


def test_saving_the_same_text_again_is_no_edit_and_is_not_refused(store, letter):
    result = _save(store, letter.id, ENGLISH)
    assert not result.created


def test_fixes_and_restores_obey_the_lock(store, letter):
    first = store.latest_version(letter.id)
    store.start_new_draft(letter.id, "en", actor="ed")
    approved = _save(store, letter.id, ENGLISH + "Changed.\n").version
    approve_newest(store, letter.id)
    with pytest.raises(edits.EditRefused, match="is locked: nothing was saved"):
        edits.restore(store, letter.id, first, approved.id, "ed")
    start = ENGLISH.index("copied")
    finding = Finding("plain.jargon", Severity.WARNING, "", start, start + 6, "copied")
    with pytest.raises(edits.EditRefused, match="is locked"):
        edits.apply_fix(store, letter.id, approved, approved.text, finding, "took", "ed")
    assert [v.id for v in store.versions(letter.id)] == [first.id, approved.id]


def test_a_new_draft_unlocks_is_audited_and_the_next_version_needs_approving(store, letter):
    approved = store.latest_version(letter.id)
    lock = store.start_new_draft(letter.id, "en", actor="ed")
    assert not lock.locked and lock.draft.started_by == "ed"
    # starting a draft makes no version
    assert [v.id for v in store.versions(letter.id)] == [approved.id]
    with store.session() as s:
        [event] = audit.events(s, action="new-draft")
    assert event.actor == "ed" and "v1, approved by lawyer" in event.detail

    assert _save(store, letter.id, ENGLISH + "Changed.\n").created
    [record] = approval_record(store, letter.id)
    assert record["stale"] and record["version"] == 1
    assert store.lock(letter.id) is None  # the newest version was never approved


def test_approving_the_newest_version_again_locks_it_again(store, letter):
    store.start_new_draft(letter.id, "en", actor="ed")
    approve_newest(store, letter.id)
    assert store.lock(letter.id).locked
    with pytest.raises(VersionLocked):
        _save(store, letter.id, ENGLISH + "Changed.\n")


def test_starting_a_draft_twice_records_it_once(store, letter):
    first = store.start_new_draft(letter.id, "en", actor="ed")
    again = store.start_new_draft(letter.id, None, actor="lawyer")
    assert again.draft.id == first.draft.id
    with store.session() as s:
        assert len(audit.events(s, action="new-draft")) == 1


def test_an_account_that_may_no_longer_edit_cannot_start_a_draft(store, letter):
    set_active(store, "ed", False, actor=FIRST_ADMIN)
    with pytest.raises(PermissionRefused, match="deactivated"):
        store.start_new_draft(letter.id, "en", actor="ed")
    assert store.lock(letter.id).locked


def test_each_language_is_locked_on_its_own_and_a_new_translation_asked_for_starts_a_draft(
    store, letter
):
    english = store.latest_version(letter.id)
    spanish = store.save_version(
        letter.id, SPANISH, base_version_id=None, actor="ed", language="es",
        origin="human:Ana", source_version_id=english.id,
    ).version  # fmt: skip
    approve_newest(store, letter.id, language="es")
    with pytest.raises(VersionLocked, match="es v1"):
        _save(store, letter.id, SPANISH + "Hola.\n", language="es", origin="human:Ana")
    result = _save(
        store, letter.id, SPANISH + "Hola.\n", language="es", origin="machine:apertium",
        new_draft=True,
    )  # fmt: skip
    assert result.created and result.version.number == spanish.number + 1
    assert store.lock(letter.id).locked  # English stays locked
    with store.session() as s:
        [event] = audit.events(s, action="new-draft")
    assert "es v1" in event.detail
