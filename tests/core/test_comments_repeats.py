"""A double-clicked "Add comment" or "Reply" is one click: Streamlit sends the second click with
the text still in the box, and the core takes it as the first, returning the comment it made.
Saying something else, elsewhere, as someone else, or a while later is a new comment."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from clearnotice import audit
from clearnotice.accounts import Role
from clearnotice.comments import add_comment, reply
from clearnotice.double_clicks import REPEAT_WINDOW
from clearnotice.schema import Comment
from tests.accounts import add_accounts

LETTER = (
    "# Notice of Data Breach\n\n"
    "On 3 March someone copied files from our billing system.\n\n"
    "We offer 12 months of free credit monitoring.\n"
)


@pytest.fixture
def version(store):
    add_accounts(store, editor=Role.EDITOR, lawyer=Role.LEGAL, lee=Role.LEGAL)
    letter = store.create_letter("March", LETTER, actor="editor")
    return store.latest_version(letter.id)


def _count(store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(Comment))


def _comment_events(store) -> int:
    with store.session() as s:
        return len(audit.events(s, action="comment"))


def _age(store, comment_id: int, by: timedelta) -> None:
    """Make the comment ``by`` older, as if written that long ago."""
    with store.session() as s, s.begin():
        stamp = s.get(Comment, comment_id).created_at
        s.execute(update(Comment).where(Comment.id == comment_id).values(created_at=stamp - by))


def _add(store, version, *, block=2, body="Say 24 months.", actor="lawyer", quote="12 months"):
    return add_comment(store, version.letter_id, version.id, block, body, actor=actor, quote=quote)


def test_a_second_click_with_the_same_comment_returns_the_first_and_adds_nothing(store, version):
    first = _add(store, version)
    again = _add(store, version, body="  Say 24 months. ")  # the box's spaces are trimmed
    assert again.id == first.id
    assert _count(store) == 1 and _comment_events(store) == 1


@pytest.mark.parametrize(
    "changed",
    [
        pytest.param({"body": "Say 36 months."}, id="other-words"),
        pytest.param({"block": 1, "quote": ""}, id="other-paragraph"),
        pytest.param({"quote": "free credit"}, id="other-quote"),
        pytest.param({"quote": ""}, id="whole-paragraph"),
        pytest.param({"actor": "lee"}, id="other-reviewer"),
    ],
)
def test_a_comment_that_differs_in_anything_is_a_new_one(store, version, changed):
    first = _add(store, version)
    other = _add(store, version, **changed)
    assert other.id != first.id and _count(store) == 2


def test_the_same_comment_a_while_later_is_a_new_one(store, version):
    first = _add(store, version)
    _age(store, first.id, REPEAT_WINDOW + timedelta(seconds=1))
    assert _add(store, version).id != first.id and _count(store) == 2


def test_only_the_last_comment_counts_as_the_click_repeated(store, version):
    first = _add(store, version)
    _add(store, version, block=1, quote="", body="Which files?")
    assert _add(store, version).id != first.id and _count(store) == 3


def test_a_second_click_on_reply_adds_the_reply_once(store, version):
    thread = _add(store, version)
    answer = reply(store, thread.id, "Our contract says 12.", actor="editor")
    assert reply(store, thread.id, "Our contract says 12.", actor="editor").id == answer.id
    assert reply(store, answer.id, "Our contract says 12.", actor="editor").id == answer.id
    assert _count(store) == 2 and _comment_events(store) == 2


def test_a_reply_repeated_in_another_thread_or_a_while_later_is_a_new_one(store, version):
    thread = _add(store, version)
    other = _add(store, version, block=1, quote="", body="Which files?")
    answer = reply(store, thread.id, "Agreed.", actor="editor")
    assert reply(store, other.id, "Agreed.", actor="editor").id != answer.id
    _age(store, answer.id, REPEAT_WINDOW + timedelta(seconds=1))
    assert reply(store, thread.id, "Agreed.", actor="editor").id != answer.id
    assert _count(store) == 5


def test_a_reply_that_says_what_the_thread_opened_with_is_a_reply(store, version):
    thread = _add(store, version)
    assert reply(store, thread.id, "Say 24 months.", actor="lawyer").parent_id == thread.id
