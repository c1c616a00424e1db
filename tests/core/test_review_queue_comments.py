"""The review queue says what waits on open review comments: an approved text a reviewer has
objected to since, a version waiting with comments still open, and no more once resolved."""

from __future__ import annotations

from clearnotice.accounts import Role
from clearnotice.approvals import approve
from clearnotice.comments import add_comment, resolve
from clearnotice.review_queue import APPROVED, WAITING, review_queue
from tests.accounts import add_accounts
from tests.approving import FRAGMENT

ENGLISH = "# Notice\n\nWe found it on March 3, 2026.\n"


def test_open_comments_are_counted_in_why_until_they_are_resolved(store):
    add_accounts(store, editor=Role.EDITOR, lawyer=Role.LEGAL)
    letter = store.create_letter("March", ENGLISH, actor="editor")
    version = store.latest_version(letter.id)
    first = add_comment(store, letter.id, version.id, 1, "Which date?", actor="lawyer")
    add_comment(store, letter.id, version.id, 0, "Title?", actor="lawyer")
    [row] = review_queue(store)
    assert (row.state, row.why) == (
        WAITING,
        "v1 saved by editor, not approved yet. 2 open review comments.",
    )
    resolve(store, first.id, actor="lawyer")
    assert review_queue(store)[0].why.endswith("1 open review comment.")


def test_an_approved_text_commented_on_since_says_so(store):
    add_accounts(store, editor=Role.EDITOR, lawyer=Role.LEGAL)
    letter = store.create_letter("March", ENGLISH, actor="editor")
    version = store.latest_version(letter.id)
    approve(store, letter.id, "en", version.id, "lawyer", reason=FRAGMENT)
    comment = add_comment(store, letter.id, version.id, 1, "Which date?", actor="lawyer")
    [row] = review_queue(store)
    assert (row.state, row.why) == (APPROVED, "v1 approved by lawyer. 1 open review comment.")
    resolve(store, comment.id, actor="lawyer")
    assert review_queue(store)[0].why == "v1 approved by lawyer."
