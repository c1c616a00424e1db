"""Approvals: who approved which exact text, and when an approval no longer covers the letter."""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
from pathlib import Path

import pytest

from clearnotice import audit, edits
from clearnotice.accounts import Role
from clearnotice.approval_policy import NEEDS_REASON
from clearnotice.approvals import (
    ApprovalRefused,
    approval_record,
    approve,
    approved_version,
    last_seen,
    letter_status,
    mark_seen,
)
from clearnotice.auth import set_active, set_role
from clearnotice.permissions import PermissionRefused
from clearnotice.settings import SELF_APPROVAL, set_setting
from tests.accounts import FIRST_ADMIN, add_accounts
from tests.approving import FRAGMENT

# Every write of text checks its actor: the names these tests write as, as editors.
pytestmark = pytest.mark.writers("ana", "bea", "e", "ed", "t", "translator")

ENGLISH = "# Notice of Data Breach\n\nWe are sorry. Someone copied your records on 3 March.\n"
SPANISH = "# Aviso de violación de datos\n\nLo sentimos. Alguien copió sus datos el 3 de marzo.\n"


@pytest.fixture
def letter(store):
    add_accounts(store, editor=Role.EDITOR, lawyer=Role.LEGAL, lee=Role.LEGAL)
    return store.create_letter("March incident", ENGLISH, actor="editor")


def test_approval_stores_who_which_version_and_the_sha256_of_its_exact_bytes(store, letter):
    version = store.latest_version(letter.id)
    approval = approve(store, letter.id, "en", version.id, "lawyer", reason=FRAGMENT)
    assert approval.approved_by == "lawyer"
    assert approval.version_id == version.id
    assert approval.sha256 == hashlib.sha256(ENGLISH.encode("utf-8")).hexdigest()
    assert approved_version(store, letter.id, "en").text == ENGLISH


def test_no_approval_means_no_approved_version(store, letter):
    assert approved_version(store, letter.id, "en") is None
    assert approval_record(store, letter.id) == []


def test_an_edit_after_approval_leaves_the_approval_on_the_older_version(store, letter):
    first = store.latest_version(letter.id)
    approve(store, letter.id, "en", first.id, "lawyer", reason=FRAGMENT)
    store.save_version(
        letter.id, ENGLISH + "\nCall us.\n", base_version_id=first.id, actor="ed", new_draft=True
    )
    assert approved_version(store, letter.id, "en").id == first.id
    [row] = approval_record(store, letter.id)
    assert row["version"] == 1 and row["latest_version"] == 2
    assert row["stale"] is True
    assert "v2 was saved since" in row["stale_because"][0]
    assert letter_status(store, letter.id) == "approved (older version)"


def test_an_older_version_is_not_approved_over_a_newer_approved_one(store, letter):
    """A click on a tab left open on v1 put v1 back as the text that goes out, over the v2
    another reviewer had approved, and broke every translation approved against v2."""
    first = store.latest_version(letter.id)
    approve(store, letter.id, "en", first.id, "lawyer", reason=FRAGMENT)
    second = store.save_version(
        letter.id, ENGLISH + "\nCall us.\n", base_version_id=first.id, actor="ed", new_draft=True
    ).version
    approve(store, letter.id, "en", second.id, "lawyer", reason=FRAGMENT)
    with pytest.raises(ApprovalRefused, match="en v2 is approved already") as refused:
        approve(store, letter.id, "en", first.id, "lee", reason=FRAGMENT)
    assert "restore" in str(refused.value)
    assert approved_version(store, letter.id, "en").id == second.id
    approve(store, letter.id, "en", second.id, "lee", reason=FRAGMENT)  # the same one again: fine


def test_a_translation_approved_against_an_older_english_is_stale(store, letter):
    english_v1 = store.latest_version(letter.id)
    spanish = store.save_version(
        letter.id,
        SPANISH,
        base_version_id=None,
        actor="translator",
        language="es",
        origin="human:Ana",
        source_version_id=english_v1.id,
    ).version
    approve(store, letter.id, "en", english_v1.id, "lawyer", reason=FRAGMENT)
    approve(store, letter.id, "es", spanish.id, "lawyer", reason=FRAGMENT)
    assert letter_status(store, letter.id) == "approved"
    store.save_version(
        letter.id,
        ENGLISH + "\nNew fact.\n",
        base_version_id=english_v1.id,
        actor="e",
        new_draft=True,
    )
    rows = {row["language"]: row for row in approval_record(store, letter.id)}
    assert rows["es"]["stale"] is True
    assert rows["es"]["stale_because"] == ["It translates en v1; the en text is now v2."]


@pytest.mark.parametrize(
    ("language", "wrong_letter", "message"),
    [
        pytest.param("es", False, "is the en text, not es", id="wrong-language"),
        pytest.param("en", True, "is not a version of letter", id="other-letter"),
    ],
)
def test_approving_a_version_of_another_language_or_letter_is_refused(
    store, letter, language, wrong_letter, message
):
    version = store.latest_version(letter.id)
    target = letter.id
    if wrong_letter:
        target = store.create_letter("Other", "Other text.", actor="editor").id
    with pytest.raises(ApprovalRefused, match=message):
        approve(store, target, language, version.id, "lawyer")


def _clashing_edits(store, letter):
    """Two people edited the first sentence from v1 at once: the second is kept aside."""
    first = store.latest_version(letter.id)
    newest = store.save_version(
        letter.id, ENGLISH.replace("3 March", "4 March"), base_version_id=first.id, actor="ana"
    ).version
    aside = store.save_version(
        letter.id, ENGLISH.replace("We are sorry.", "We apologise."), base_version_id=first.id,
        actor="bea",
    )  # fmt: skip
    return newest, aside


def test_approval_is_refused_while_two_edits_wait_to_be_merged(store, letter):
    newest, aside = _clashing_edits(store, letter)
    assert aside.conflict_with.id == newest.id
    with pytest.raises(ApprovalRefused, match="bea's edit .en v3. clashes"):
        approve(store, letter.id, "en", newest.id, "lawyer", reason=FRAGMENT)
    with pytest.raises(ApprovalRefused, match="one side of two edits"):
        approve(store, letter.id, "en", aside.version.id, "lawyer", reason=FRAGMENT)
    assert approved_version(store, letter.id, "en") is None


def test_the_merged_version_can_be_approved_once_a_person_settled_the_clash(store, letter):
    _newest, aside = _clashing_edits(store, letter)
    [fork] = store.open_forks(letter.id)
    assert len(fork.merged.conflicts) == 1
    merged = store.resolve_fork(
        aside.fork_id, ["We apologise. Someone copied your records on 4 March."], actor="editor"
    ).version
    assert "We apologise" in merged.text and "4 March" in merged.text
    approve(store, letter.id, "en", merged.id, "lawyer", reason=FRAGMENT)
    assert approved_version(store, letter.id, "en").id == merged.id


def test_a_text_changed_behind_the_apps_back_cannot_be_approved(store, letter):
    from clearnotice.letters import Version

    version = store.latest_version(letter.id)
    with store.session() as s, s.begin():
        s.get(Version, version.id).text = ENGLISH.replace("sorry", "not sorry")
    with pytest.raises(ApprovalRefused, match="changed outside ClearNotice"):
        approve(store, letter.id, "en", version.id, "lawyer", reason=FRAGMENT)


def test_approval_with_a_reason_is_recorded_in_the_audit_log(store, letter):
    version = store.latest_version(letter.id)
    approve(store, letter.id, "en", version.id, "lawyer", reason="Counsel accepts the wording.")
    with store.session() as s:
        [event] = audit.events(s, action="approve")
    assert event.actor == "lawyer"
    assert "Counsel accepts the wording." in event.detail
    assert version.sha256 in event.detail


@pytest.mark.parametrize(
    ("steps", "status"),
    [
        pytest.param([], "draft", id="untouched"),
        pytest.param(["seen"], "in review", id="read-by-reviewer"),
        pytest.param(["approve"], "approved", id="approved"),
        pytest.param(["approve", "translate"], "in review", id="translation-not-approved"),
        pytest.param(["approve", "edit"], "approved (older version)", id="edited-after"),
    ],
)
def test_letter_status_follows_the_review(store, letter, steps, status):
    english = store.latest_version(letter.id)
    for step in steps:
        if step == "seen":
            mark_seen(store, letter.id, "en", "lawyer", english.id)
        elif step == "approve":
            approve(store, letter.id, "en", english.id, "lawyer", reason=FRAGMENT)
        elif step == "translate":
            store.save_version(
                letter.id, SPANISH, base_version_id=None, actor="t", language="es",
                source_version_id=english.id,
            )  # fmt: skip
        elif step == "edit":
            store.save_version(
                letter.id, "Changed.", base_version_id=english.id, actor="editor",
                new_draft=True,
            )  # fmt: skip
    assert letter_status(store, letter.id) == status


def test_reading_an_older_version_does_not_move_the_diff_base_back(store, letter):
    first = store.latest_version(letter.id)
    second = store.save_version(letter.id, "Two.", base_version_id=first.id, actor="e").version
    mark_seen(store, letter.id, "en", "lawyer", second.id)
    mark_seen(store, letter.id, "en", "lawyer", first.id)
    assert last_seen(store, letter.id, "en", "lawyer").id == second.id
    assert last_seen(store, letter.id, "en", "someone else") is None


@pytest.mark.parametrize(
    ("actor", "revoke", "message"),
    [
        pytest.param("editor", None, "Only a legal reviewer can mark a version read", id="editor"),
        pytest.param(FIRST_ADMIN, None, "admin is admin now", id="admin"),
        pytest.param("nobody", None, "nobody is not an account here", id="no-account"),
        pytest.param(
            "lawyer",
            lambda store: set_active(store, "lawyer", False, actor=FIRST_ADMIN),
            "lawyer is deactivated: it can no longer mark a version read",
            id="deactivated",
        ),
        pytest.param(
            "lawyer",
            lambda store: set_role(store, "lawyer", Role.EDITOR, actor=FIRST_ADMIN),
            "lawyer is editor now",
            id="demoted",
        ),
    ],
)
def test_only_a_legal_reviewer_marks_a_version_read(store, letter, actor, revoke, message):
    """A reading mark moves the letter from draft to "in review" and sets the reviewer's next
    diff: the page offers it to reviewers only, and the core refuses anyone else, even a
    reviewer whose page was drawn before they were demoted or deactivated."""
    version = store.latest_version(letter.id)
    if revoke is not None:
        revoke(store)
    with pytest.raises(PermissionRefused, match=message):
        mark_seen(store, letter.id, "en", actor, version.id)
    assert letter_status(store, letter.id) == "draft"
    assert last_seen(store, letter.id, "en", actor) is None


# who may approve, at the moment they click ------------------------------------------------------
def _approvals_recorded(store) -> int:
    with store.session() as s:
        return len(audit.events(s, action="approve"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param(
            lambda store: set_role(store, "lawyer", Role.EDITOR, actor=FIRST_ADMIN),
            "Only a legal reviewer can approve; lawyer is editor now",
            id="demoted-to-editor",
        ),
        pytest.param(
            lambda store: set_role(store, "lawyer", Role.ADMIN, actor=FIRST_ADMIN),
            "Only a legal reviewer can approve; lawyer is admin now",
            id="made-admin",
        ),
        pytest.param(
            lambda store: set_active(store, "lawyer", False, actor=FIRST_ADMIN),
            "lawyer is deactivated: it can no longer approve",
            id="deactivated",
        ),
    ],
)
def test_a_reviewer_whose_right_was_revoked_cannot_approve(store, letter, change, message):
    version = store.latest_version(letter.id)
    change(store)
    with pytest.raises(PermissionRefused, match=message):
        approve(store, letter.id, "en", version.id, "lawyer", reason=FRAGMENT)
    assert approved_version(store, letter.id, "en") is None
    assert _approvals_recorded(store) == 0


@pytest.mark.parametrize("actor", ["editor", "nobody", "cli:root"])
def test_an_editor_or_a_name_without_an_account_cannot_approve(store, letter, actor):
    version = store.latest_version(letter.id)
    with pytest.raises(PermissionRefused, match="approve"):
        approve(store, letter.id, "en", version.id, actor, reason=FRAGMENT)
    assert _approvals_recorded(store) == 0


def test_a_reviewer_cannot_approve_a_version_they_saved(store, letter):
    first = store.latest_version(letter.id)
    mine = store.save_version(
        letter.id, ENGLISH + "\nCall us.\n", base_version_id=first.id, actor="lawyer"
    ).version
    with pytest.raises(ApprovalRefused, match="You saved en v2 yourself, so another legal"):
        approve(store, letter.id, "en", mine.id, "lawyer", reason=FRAGMENT)
    assert _approvals_recorded(store) == 0
    # the first may approve the version someone else wrote, and a second reviewer theirs
    assert (
        approve(store, letter.id, "en", first.id, "lawyer", reason=FRAGMENT).approved_by == "lawyer"
    )
    assert approve(store, letter.id, "en", mine.id, "lee", reason=FRAGMENT).approved_by == "lee"


def _lawyers_words_then(store, letter, then):
    """The lawyer's own paragraph saved as v2, then ``then``'s version by someone else that
    keeps it (the version the lawyer is asked to approve)."""
    first = store.latest_version(letter.id)
    mine = store.save_version(
        letter.id, ENGLISH + "\nCall us.\n", base_version_id=first.id, actor="lawyer"
    ).version
    return then(store, letter, first, mine)


def _touched_up(store, letter, first, mine):
    """An editor's one-character change over the lawyer's text."""
    text = mine.text.replace("Call us.", "Call us!")
    return store.save_version(letter.id, text, base_version_id=mine.id, actor="editor").version


def _restored(store, letter, first, mine):
    """An editor's edit, then the editor's restore of the lawyer's version."""
    edited = store.save_version(
        letter.id, ENGLISH + "\nWrite to us.\n", base_version_id=mine.id, actor="editor"
    ).version
    return edits.restore(store, letter.id, mine, edited.id, "editor").saved.version


def _merged(store, letter, first, mine):
    """An editor's edit of v1 made at the same time, merged with the lawyer's by the save."""
    text = ENGLISH.replace("We are sorry.", "We are very sorry.")
    saved = store.save_version(letter.id, text, base_version_id=first.id, actor="editor")
    assert saved.merged_with is not None and "Call us." in saved.version.text
    return saved.version


@pytest.mark.parametrize("then", [_touched_up, _restored, _merged])
def test_a_reviewer_cannot_approve_their_own_words_saved_again_by_someone_else(store, letter, then):
    """Four eyes: the version's author was the only one checked, so the lawyer's own words,
    touched up, restored or merged by an editor, were the lawyer's to approve alone."""
    version = _lawyers_words_then(store, letter, then)
    assert version.author == "editor"
    with pytest.raises(ApprovalRefused, match="You wrote en v2, whose words are in v"):
        approve(store, letter.id, "en", version.id, "lawyer", reason=FRAGMENT)
    assert _approvals_recorded(store) == 0
    assert approve(store, letter.id, "en", version.id, "lee", reason=FRAGMENT).approved_by == "lee"


def test_a_translation_a_reviewer_edited_is_not_theirs_to_approve_after_another_save(store, letter):
    english = store.latest_version(letter.id)
    approve(store, letter.id, "en", english.id, "lee", reason=FRAGMENT)
    made = store.save_version(
        letter.id, SPANISH, base_version_id=None, actor="translator", language="es",
        origin="machine:apertium", source_version_id=english.id,
    ).version  # fmt: skip
    edited = store.save_version(
        letter.id, SPANISH.replace("Lo sentimos.", "Lo sentimos mucho."), base_version_id=made.id,
        actor="lawyer", language="es", source_version_id=english.id,
    ).version  # fmt: skip
    again = store.save_version(
        letter.id, edited.text.replace("mucho", "muchísimo"), base_version_id=edited.id,
        actor="translator", language="es", source_version_id=english.id,
    ).version  # fmt: skip
    with pytest.raises(ApprovalRefused, match="You wrote es v2, whose words are in v3"):
        approve(store, letter.id, "es", again.id, "lawyer", reason=FRAGMENT)


def test_words_another_reviewer_approved_are_no_longer_the_authors_alone(store, letter):
    """Once someone else approved the lawyer's text, the lawyer may approve an editor's next
    version: the four eyes saw the lawyer's words already."""
    version = _lawyers_words_then(store, letter, _touched_up)
    mine = store.versions(letter.id, "en")[1]
    approve(store, letter.id, "en", mine.id, "lee", reason=FRAGMENT)
    assert (
        approve(store, letter.id, "en", version.id, "lawyer", reason=FRAGMENT).approved_by
        == "lawyer"
    )


def test_the_self_approval_setting_lets_an_author_approve_and_the_log_says_so(store, letter):
    first = store.latest_version(letter.id)
    mine = store.save_version(
        letter.id, ENGLISH + "\nCall us.\n", base_version_id=first.id, actor="lawyer"
    ).version
    set_setting(store, SELF_APPROVAL, True, actor=FIRST_ADMIN)
    assert (
        approve(store, letter.id, "en", mine.id, "lawyer", reason=FRAGMENT).approved_by == "lawyer"
    )
    set_setting(store, SELF_APPROVAL, False, actor=FIRST_ADMIN)
    with pytest.raises(ApprovalRefused, match="yourself"):
        approve(store, letter.id, "en", mine.id, "lawyer", reason=FRAGMENT)
    with store.session() as s:
        [approval] = audit.events(s, action="approve")
        changes = [e.detail for e in audit.events(s, action="settings")]
    assert "approved by its own author, as the self-approval setting allows" in approval.detail
    assert changes == [f"{SELF_APPROVAL} = False", f"{SELF_APPROVAL} = True"]


@pytest.mark.parametrize("actor", ["lawyer", "editor"])
def test_only_an_admin_changes_the_self_approval_setting(store, letter, actor):
    with pytest.raises(PermissionRefused, match="Only an admin can change settings"):
        set_setting(store, SELF_APPROVAL, True, actor=actor)


# open errors need a written reason, whoever calls approve() --------------------------------------
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOOD = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")


def test_open_errors_without_a_reason_are_refused_when_called_directly(store, letter):
    version = store.latest_version(letter.id)  # misses required content
    for reason in ("", "   "):
        with pytest.raises(ApprovalRefused, match=NEEDS_REASON):
            approve(store, letter.id, "en", version.id, "lawyer", reason)
    assert approved_version(store, letter.id, "en") is None
    assert _approvals_recorded(store) == 0
    approve(store, letter.id, "en", version.id, "lawyer", "Holding notice; the full one follows.")
    [row] = approval_record(store, letter.id)
    assert row["reason"] == "Holding notice; the full one follows."


def test_the_version_approved_is_checked_not_the_newest(store, letter):
    thin = store.latest_version(letter.id)
    good = store.save_version(letter.id, GOOD, base_version_id=thin.id, actor="editor").version
    assert approve(store, letter.id, "en", good.id, "lawyer").reason == ""
    with pytest.raises(ApprovalRefused, match=NEEDS_REASON):
        approve(store, letter.id, "en", thin.id, "lee")


def test_two_reviewers_approving_two_versions_at_once_leave_the_newer_approved(
    store, letter, monkeypatch
):
    """An older version is never approved over a newer approved one: two reviewers each
    checked that before either had committed, and the older text, approved a moment later,
    became the approved one."""
    from clearnotice import approvals

    first = store.latest_version(letter.id)
    second = store.save_version(letter.id, "Two.", base_version_id=first.id, actor="ed").version
    third = store.save_version(letter.id, "Three.", base_version_id=second.id, actor="ed").version
    checked = threading.Barrier(2, timeout=2)
    check = approvals._refuse_older_than_approved

    def check_then_wait(s, version):
        check(s, version)
        with contextlib.suppress(threading.BrokenBarrierError):
            checked.wait()
        if version.id == second.id:  # the older one commits last
            time.sleep(0.3)

    monkeypatch.setattr(approvals, "_refuse_older_than_approved", check_then_wait)
    refused: list[Exception] = []

    def approving(version_id, reviewer):
        try:
            approve(store, letter.id, "en", version_id, reviewer, reason=FRAGMENT)
        except ApprovalRefused as problem:
            refused.append(problem)

    reviewers = [
        threading.Thread(target=approving, args=(third.id, "lawyer")),
        threading.Thread(target=approving, args=(second.id, "lee")),
    ]
    for reviewer in reviewers:
        reviewer.start()
    for reviewer in reviewers:
        reviewer.join(timeout=60)
    assert approved_version(store, letter.id, "en").id == third.id
    # v2 went first and v3 over it, or v3 went first and v2 was refused
    assert all("a newer text than v2: nothing was approved" in str(r) for r in refused)


def test_a_restore_of_a_reviewers_never_approved_version_is_theirs(store, letter):
    """The approved floor is passed, but the restore puts the lawyer's unapproved v2 back."""
    version = _lawyers_words_then(store, letter, _touched_up)
    approve(store, letter.id, "en", version.id, "lee", reason=FRAGMENT)
    mine = store.versions(letter.id, "en")[1]
    store.start_new_draft(letter.id, "en", actor="editor")
    again = edits.restore(store, letter.id, mine, version.id, "editor").saved.version
    with pytest.raises(ApprovalRefused, match="You wrote en v2, whose words are in v4"):
        approve(store, letter.id, "en", again.id, "lawyer", reason=FRAGMENT)


def _refusals(store) -> list[tuple[str, int | None, str]]:
    with store.session() as s:
        return [(e.actor, e.letter_id, e.detail) for e in audit.events(s, action="refused")]


def test_an_approval_of_ones_own_words_refused_is_in_the_audit_log(store, letter):
    """A reviewer trying to approve their own text left no trace: the refusal rolled back with
    the approval's transaction."""
    version = _lawyers_words_then(store, letter, _touched_up)
    with pytest.raises(ApprovalRefused):
        approve(store, letter.id, "en", version.id, "lawyer", reason=FRAGMENT)
    assert _refusals(store) == [
        ("lawyer", letter.id, "approve en v3: four eyes, the approver wrote en v2")
    ]


def test_a_refused_approval_is_logged_without_the_letters_words(store, letter):
    """What blocks an approval is said with the words it is about (the reviewer must find
    them); the audit log keeps which rules and comments, never the letter's or a comment's
    words."""
    from clearnotice.comments import add_comment

    english = store.latest_version(letter.id)
    comment = add_comment(store, letter.id, english.id, 0, "Is 3 March right?", actor="lee")
    with pytest.raises(ApprovalRefused, match="Is 3 March right"):
        approve(store, letter.id, "en", english.id, "lawyer", reason=FRAGMENT)
    [(actor, letter_id, detail)] = _refusals(store)
    assert (actor, letter_id) == ("lawyer", letter.id)
    assert (
        detail == f"approve en v1: open review comments neither resolved nor carried: #{comment.id}"
    )


def test_a_reviewers_own_approval_of_their_words_is_no_second_pair_of_eyes(store, letter):
    """Approved by themselves while self-approval was allowed, the lawyer's words were never
    read by anyone else: an editor's touch-up over them is not the lawyer's to approve once
    self-approval is off again."""
    first = store.latest_version(letter.id)
    mine = store.save_version(
        letter.id, ENGLISH + "\nCall us.\n", base_version_id=first.id, actor="lawyer"
    ).version
    set_setting(store, SELF_APPROVAL, True, actor=FIRST_ADMIN)
    approve(store, letter.id, "en", mine.id, "lawyer", reason=FRAGMENT)
    set_setting(store, SELF_APPROVAL, False, actor=FIRST_ADMIN)
    store.start_new_draft(letter.id, "en", actor="editor")
    version = _touched_up(store, letter, first, mine)
    with pytest.raises(ApprovalRefused, match="You wrote en v2, whose words are in v3"):
        approve(store, letter.id, "en", version.id, "lawyer", reason=FRAGMENT)


def test_an_approval_names_the_account_as_it_is_stored_whatever_the_caller_typed(store, letter):
    """The check reads the account by its normalised name; the approval kept the name as the
    caller wrote it ("Lawyer "), which is no account, so four eyes took the lawyer's own
    approval for someone else's and the record named nobody."""
    version = store.latest_version(letter.id)
    approval = approve(store, letter.id, "en", version.id, " Lawyer ", reason=FRAGMENT)
    assert approval.approved_by == "lawyer"
    assert approval_record(store, letter.id)[0]["approved_by"] == "lawyer"
    with store.session() as s:
        assert [e.actor for e in audit.events(s, action="approve")] == ["lawyer"]
    assert last_seen(store, letter.id, "en", "lawyer").id == version.id
