"""Review comments: anchored to a paragraph, found again after edits, resolved and reopened."""

from __future__ import annotations

import pytest

from clearnotice import audit
from clearnotice.auth import Role, set_active, set_role
from clearnotice.comments import (
    OPEN,
    RESOLVED,
    add_comment,
    comments,
    locate,
    open_comments,
    reopen,
    resolve,
)
from clearnotice.permissions import PermissionRefused
from tests.accounts import FIRST_ADMIN, add_accounts

LETTER = (
    "# Notice of Data Breach\n\n"
    "On 3 March someone copied files from our billing system.\n\n"
    "We offer 12 months of free credit monitoring.\n\n"
    "Call us on 555-0100.\n"
)


@pytest.fixture
def letter(store):
    add_accounts(store, editor=Role.EDITOR, lawyer=Role.LEGAL, lee=Role.LEGAL)
    return store.create_letter("March", LETTER, actor="editor")


@pytest.fixture
def version(store, letter):
    return store.latest_version(letter.id)


def test_a_comment_keeps_its_paragraph_and_is_open(store, letter, version):
    comment = add_comment(store, letter.id, version.id, 2, "Say 24 months.", actor="lawyer")
    assert comment.anchor == "We offer 12 months of free credit monitoring."
    assert comment.status == OPEN and comment.language == "en"
    assert [c.id for c in open_comments(store, letter.id)] == [comment.id]


def test_resolving_and_reopening_are_recorded_with_who_did_it(store, letter, version):
    comment = add_comment(store, letter.id, version.id, 1, "Which files?", actor="lawyer")
    resolve(store, comment.id, actor="lee")
    [stored] = comments(store, letter.id, status=RESOLVED)
    assert stored.resolved_by == "lee" and stored.resolved_at is not None
    assert open_comments(store, letter.id) == []
    reopen(store, comment.id, actor="lawyer")
    assert [c.id for c in open_comments(store, letter.id)] == [comment.id]
    with store.session() as s:
        details = [e.detail for e in audit.events(s, action="comment")]
    assert details[:2] == [f"#{comment.id} reopened", f"#{comment.id} resolved"]


@pytest.mark.parametrize(
    ("new_text", "expected"),
    [
        pytest.param(LETTER, 2, id="unchanged"),
        pytest.param(
            LETTER.replace("# Notice of Data Breach\n\n", "# Notice of Data Breach\n\nHello.\n\n"),
            3,
            id="paragraph-inserted-above",
        ),
        pytest.param(
            LETTER.replace("12 months of free", "24 months of free"), 2, id="paragraph-edited"
        ),
        pytest.param(
            LETTER.replace("We offer 12 months of free credit monitoring.\n\n", ""),
            None,
            id="paragraph-removed",
        ),
    ],
)
def test_a_comment_is_found_again_in_a_later_version(store, letter, version, new_text, expected):
    comment = add_comment(store, letter.id, version.id, 2, "Say 24 months.", actor="lawyer")
    assert locate(comment, new_text) == expected


@pytest.mark.parametrize(
    ("block", "body", "message"),
    [
        pytest.param(1, "   ", "Write the comment first", id="empty"),
        pytest.param(9, "Fine.", "has no paragraph 10", id="no-such-paragraph"),
        pytest.param(1, "x" * 5001, "at most 5000", id="too-long"),
    ],
)
def test_bad_comments_are_refused_with_a_clear_message(
    store, letter, version, block, body, message
):
    with pytest.raises(ValueError, match=message):
        add_comment(store, letter.id, version.id, block, body, actor="lawyer")


def test_comments_are_kept_per_language(store, letter, version):
    spanish = store.save_version(
        letter.id, "# Aviso\n\nLo sentimos.\n", base_version_id=None, actor="t", language="es"
    ).version
    add_comment(store, letter.id, version.id, 1, "English note.", actor="lawyer")
    add_comment(store, letter.id, spanish.id, 1, "Nota.", actor="lawyer")
    assert [c.body for c in open_comments(store, letter.id, "es")] == ["Nota."]
    assert len(open_comments(store, letter.id)) == 2


# who may close a comment -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("commenter", "closer", "allowed"),
    [
        pytest.param("lawyer", "editor", False, id="editor-closes-reviewers-comment"),
        pytest.param("lawyer", "lawyer", True, id="reviewer-closes-own-comment"),
        pytest.param("lawyer", "lee", True, id="another-reviewer-closes-it"),
        pytest.param("lawyer", FIRST_ADMIN, True, id="admin-closes-it"),
        pytest.param("editor", "editor", True, id="editor-closes-own-comment"),
        pytest.param("editor", "lawyer", True, id="reviewer-closes-editors-comment"),
        pytest.param("lawyer", "nobody", False, id="name-without-account"),
    ],
)
def test_only_the_commenter_or_a_reviewer_or_admin_resolves_or_reopens(
    store, letter, version, commenter, closer, allowed
):
    comment = add_comment(store, letter.id, version.id, 1, "Which files?", actor=commenter)
    if not allowed:
        with pytest.raises(PermissionRefused, match="resolve or reopen another person's comment"):
            resolve(store, comment.id, actor=closer)
        assert [c.id for c in open_comments(store, letter.id)] == [comment.id]
        return
    resolve(store, comment.id, actor=closer)
    assert open_comments(store, letter.id) == []
    reopen(store, comment.id, actor=closer)
    assert [c.id for c in open_comments(store, letter.id)] == [comment.id]


def test_an_editor_cannot_reopen_a_comment_a_reviewer_resolved(store, letter, version):
    comment = add_comment(store, letter.id, version.id, 1, "Which files?", actor="lawyer")
    resolve(store, comment.id, actor="lawyer")
    with pytest.raises(PermissionRefused, match="editor now"):
        reopen(store, comment.id, actor="editor")
    assert open_comments(store, letter.id) == []


def test_a_reviewer_demoted_to_editor_no_longer_closes_others_comments(store, letter, version):
    comment = add_comment(store, letter.id, version.id, 1, "Which files?", actor="lee")
    mine = add_comment(store, letter.id, version.id, 2, "Say 24 months.", actor="lawyer")
    set_role(store, "lawyer", Role.EDITOR, actor=FIRST_ADMIN)
    with pytest.raises(PermissionRefused, match="lawyer is editor now"):
        resolve(store, comment.id, actor="lawyer")
    resolve(store, mine.id, actor="lawyer")  # still their own comment
    assert [c.id for c in open_comments(store, letter.id)] == [comment.id]


@pytest.mark.parametrize("act", ["comment", "resolve own"])
def test_a_deactivated_account_can_neither_comment_nor_close_its_comments(
    store, letter, version, act
):
    comment = add_comment(store, letter.id, version.id, 1, "Which files?", actor="lawyer")
    set_active(store, "lawyer", False, actor=FIRST_ADMIN)
    with pytest.raises(PermissionRefused, match="lawyer is deactivated"):
        if act == "comment":
            add_comment(store, letter.id, version.id, 2, "Another.", actor="lawyer")
        else:
            resolve(store, comment.id, actor="lawyer")
    assert [c.id for c in open_comments(store, letter.id)] == [comment.id]
