"""A paragraph moved whole reads as moved in the track changes, not as deleted and inserted:
its words are not counted as edits, and the review draws where it went."""

from __future__ import annotations

from clearnotice import diffing
from clearnotice.diffing import (
    DELETE,
    EQUAL,
    INSERT,
    MOVED,
    counts,
    interleaved,
    summary,
    word_diff,
)

OLD = (
    "# Notice\n\nWe found the breach on 3 March.\n\nCall us on 0800 123 456.\n\n"
    "Your card numbers were not taken.\n"
)
NEW = (
    "# Notice\n\nWe found the breach on 3 March.\n\nYour card numbers were not taken.\n\n"
    "Call us on 0800 123 456.\n"
)


def test_a_paragraph_moved_whole_is_marked_moved_both_ends():
    changes = word_diff(OLD, NEW)
    moved = [c for c in changes if c.moved]
    assert sorted(c.op for c in moved) == [DELETE, INSERT]
    assert {c.text.strip() for c in moved} == {"Call us on 0800 123 456."} or {
        c.text.strip() for c in moved
    } == {"Your card numbers were not taken."}
    assert counts(changes) == (0, 0)
    assert summary(changes) == "1 paragraph moved"


def test_the_texts_still_come_back_whole():
    changes = word_diff(OLD, NEW)
    assert "".join(c.text for c in changes if c.op != INSERT) == OLD
    assert "".join(c.text for c in changes if c.op != DELETE) == NEW


def test_the_new_place_is_drawn_as_moved_with_where_it_came_from():
    text, marks = interleaved(word_diff(OLD, NEW))
    [arrived] = [m for m in marks if m.kind == MOVED]
    [left] = [m for m in marks if m.kind == DELETE]
    assert left.note == "Moved from here to paragraph 3, unchanged"  # the card paragraph
    assert arrived.note == "Moved here from paragraph 4, unchanged"


def test_a_moved_paragraph_and_an_edit_elsewhere_are_told_apart():
    """(A paragraph moved next to one edited is one run of changed lines: it still reads as
    deleted and inserted.)"""
    edited = NEW.replace("# Notice", "# Breach")
    changes = word_diff(OLD, edited)
    assert counts(changes) == (1, 1)
    assert summary(changes) == "1 word inserted, 1 word deleted; 1 paragraph moved"


def test_a_paragraph_deleted_and_another_inserted_are_not_a_move():
    changes = word_diff(OLD, OLD.replace("Call us on 0800 123 456.", "Write to us."))
    assert not any(c.moved for c in changes)
    assert diffing.has_changes(changes) and all(c.op in (EQUAL, DELETE, INSERT) for c in changes)
