"""Review comments: anchored to a paragraph, found again after edits, resolved and reopened."""

from __future__ import annotations

import pytest

from clearnotice import audit
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

LETTER = (
    "# Notice of Data Breach\n\n"
    "On 3 March someone copied files from our billing system.\n\n"
    "We offer 12 months of free credit monitoring.\n\n"
    "Call us on 555-0100.\n"
)


@pytest.fixture
def letter(store):
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
    resolve(store, comment.id, actor="editor")
    [stored] = comments(store, letter.id, status=RESOLVED)
    assert stored.resolved_by == "editor" and stored.resolved_at is not None
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
