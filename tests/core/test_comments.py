"""Review comments: anchored to a paragraph or to words in it, found again after edits, replied
to, resolved and reopened as a thread, counted per letter."""

from __future__ import annotations

import pytest

from clearnotice import audit
from clearnotice.accounts import Role
from clearnotice.auth import set_active, set_role
from clearnotice.comments import (
    OPEN,
    RESOLVED,
    add_comment,
    comments,
    locate,
    open_comments,
    open_counts,
    reopen,
    reply,
    resolve,
    threads,
)
from clearnotice.permissions import PermissionRefused
from clearnotice.text import blocks
from tests.accounts import FIRST_ADMIN, add_accounts

# Every write of text checks its actor: the names these tests write as, as editors.
pytestmark = pytest.mark.writers("t")

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


# anchored words, kept in place across edits ------------------------------------------------------
QUOTE = "12 months of free credit"


@pytest.mark.parametrize(
    ("new_text", "words", "edited"),
    [
        pytest.param(LETTER, QUOTE, False, id="unchanged"),
        pytest.param(
            LETTER.replace("# Notice of Data Breach\n\n", "# Notice of Data Breach\n\nHello.\n\n"),
            QUOTE,
            False,
            id="paragraph-inserted-above",
        ),
        pytest.param(
            LETTER.replace("We offer", "Today we offer you"), QUOTE, False, id="words-added-before"
        ),
        pytest.param(
            LETTER.replace("12 months", "24 months"),
            "24 months of free credit",
            True,
            id="quoted-words-edited",
        ),  # fmt: skip
        pytest.param(
            LETTER.replace("We offer 12 months of free credit monitoring.\n\n", "")
            + "\nWe offer 12 months of free credit monitoring.\n",
            QUOTE,
            False,
            id="paragraph-moved-to-the-end",
        ),
    ],
)
def test_quoted_words_are_followed_through_later_edits(store, letter, version, new_text, words,
                                                        edited):  # fmt: skip
    add_comment(store, letter.id, version.id, 2, "Say 24.", actor="lawyer", quote=QUOTE)
    [thread] = threads(store, letter.id, "en", new_text)
    place = thread.place
    assert new_text[place.start : place.end] == place.words == words
    assert place.edited is edited and not place.removed
    assert blocks(new_text)[place.block].text.startswith(("We offer", "Today we offer"))


def test_a_comment_whose_words_were_deleted_says_so_instead_of_pointing_elsewhere(
    store, letter, version
):
    add_comment(store, letter.id, version.id, 2, "Say 24.", actor="lawyer", quote=QUOTE)
    without = LETTER.replace("12 months of free credit monitoring", "help")
    [thread] = threads(store, letter.id, "en", without)
    assert thread.place.removed and thread.place.words == ""


def test_the_quote_must_be_in_the_paragraph_and_is_stored_with_its_offsets(store, letter, version):
    with pytest.raises(ValueError, match="does not contain “555-0100”"):
        add_comment(store, letter.id, version.id, 2, "Hm.", actor="lawyer", quote="555-0100")
    comment = add_comment(store, letter.id, version.id, 3, "Hm.", actor="lawyer", quote="555-0100")
    assert LETTER[comment.quote_start : comment.quote_end] == comment.quote == "555-0100"


def test_threads_follow_the_order_of_the_text_and_removed_ones_come_last(store, letter, version):
    add_comment(store, letter.id, version.id, 3, "Number?", actor="lawyer", quote="555-0100")
    add_comment(store, letter.id, version.id, 1, "Which?", actor="lawyer", quote="billing system")
    add_comment(store, letter.id, version.id, 2, "Whole paragraph.", actor="lee")
    text = LETTER.replace("On 3 March someone copied files from our billing system.\n\n", "")
    found = [t.comment.body for t in threads(store, letter.id, "en", text)]
    assert found == ["Whole paragraph.", "Number?", "Which?"]


# replies -----------------------------------------------------------------------------------------
def test_replies_join_one_thread_which_is_resolved_and_counted_as_one(store, letter, version):
    first = add_comment(store, letter.id, version.id, 2, "Say 24.", actor="lawyer", quote=QUOTE)
    answer = reply(store, first.id, "Our contract says 12.", actor="editor")
    again = reply(store, answer.id, "Then keep 12.", actor="lawyer")  # joins the same thread
    assert again.parent_id == answer.parent_id == first.id
    assert [c.id for c in open_comments(store, letter.id)] == [first.id]
    [thread] = threads(store, letter.id, "en", LETTER)
    assert [r.body for r in thread.replies] == ["Our contract says 12.", "Then keep 12."]
    assert open_counts(store) == {letter.id: 1}

    resolve(store, answer.id, actor="lawyer")  # resolving from a reply closes the thread
    assert threads(store, letter.id, "en", LETTER) == [] and open_counts(store) == {}
    with store.session() as s:
        details = [e.detail for e in audit.events(s, action="comment")]
    assert f"#{answer.id} replies to #{first.id}: Our contract says 12." in details


def test_an_editor_may_reply_but_not_resolve_the_reviewers_thread(store, letter, version):
    first = add_comment(store, letter.id, version.id, 2, "Say 24.", actor="lawyer")
    answer = reply(store, first.id, "Done.", actor="editor")
    with pytest.raises(PermissionRefused, match="resolve or reopen another person's comment"):
        resolve(store, answer.id, actor="editor")  # their own reply does not make it theirs
    assert [c.id for c in open_comments(store, letter.id)] == [first.id]


@pytest.mark.parametrize("body", ["  ", "x" * 5001], ids=["empty", "too-long"])
def test_a_bad_reply_is_refused_and_nothing_is_added(store, letter, version, body):
    first = add_comment(store, letter.id, version.id, 2, "Say 24.", actor="lawyer")
    with pytest.raises(ValueError, match="Write the comment first|at most 5000"):
        reply(store, first.id, body, actor="editor")
    [thread] = threads(store, letter.id, "en", LETTER)
    assert thread.replies == ()


def test_open_counts_are_per_letter(store, letter, version):
    other = store.create_letter("April", LETTER, actor="editor")
    add_comment(store, letter.id, version.id, 1, "One.", actor="lawyer")
    add_comment(store, letter.id, version.id, 2, "Two.", actor="lawyer")
    done = add_comment(store, other.id, store.latest_version(other.id).id, 1, "X.", actor="lee")
    resolve(store, done.id, actor="lee")
    assert open_counts(store) == {letter.id: 2}
