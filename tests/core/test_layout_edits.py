"""An edit's layout, read again only around its change (``text.keep_reading``), is exactly the
whole text's reading: every shared sample and every fifteenth corpus letter (all of them with
``CLEARNOTICE_EVERY_LETTER=1``, after changing ``text.blocks`` or ``plain_layout``), each line
edited in turn in many ways (a word changed, a line added, a heading or a list item typed, a
blank line added or removed, a lead-in's colon, a sign-off, a name), and edits of edits."""

from __future__ import annotations

import random

import pytest

from clearnotice import caches
from clearnotice import text as segment
from tests.core import review_snapshot

LETTERS = review_snapshot.letters()
CHECKED = review_snapshot.checked(every=15)


def _edits(text: str) -> list[str]:
    """``text`` with each line changed in turn, every way of change at every line."""
    lines = text.splitlines(keepends=True)
    edited = []
    for number, line in enumerate(lines):
        body = line.rstrip("\r\n")
        end = line[len(body) :]
        before, after = lines[:number], lines[number + 1 :]
        words = body.split(" ")
        changed = [
            [" ".join([*words[:-1], "changed"]) + end],  # a word changed
            [line, "A line typed under it.\n"],
            [line, "  an indented line\n"],  # goes on a bullet above, a gap or none between
            ["What Happened Next\n", line],  # a heading typed
            ["\n", "Questions\n", "\n", line],  # a section's name between blank lines
            ["- a list item\n", line],
            ["1. What should I do?\n", line],
            [body + ":" + end],  # a lead-in
            [body.rstrip(".?!:") + end],  # a sentence left open
            ["Sincerely,\n", line],
            ["Jane Smith\n", line],  # a speaker's name, or a signature
            [line, "\n"],  # a blank line added
            [],  # the line removed (a blank one: two paragraphs joined)
        ]
        edited.extend("".join([*before, *lines_now, *after]) for lines_now in changed)
    return edited


def _read_after(previous: str, text: str) -> segment._Reading | None:
    """``text``'s reading as an edit of ``previous``, or None when it is read as a new text."""
    return segment._edited_reading(previous, segment._whole_reading(previous), text)


@pytest.mark.parametrize("name", CHECKED)
def test_an_edit_reads_as_the_whole_text(name: str) -> None:
    """Blocks, layout headings and checkpoints (what the next edit reads on from) alike."""
    letter = LETTERS[name]
    edits = _edits(letter)
    read_around = 0
    for edited in edits:
        found = _read_after(letter, edited)
        if found is not None:
            read_around += 1
            assert found == segment._whole_reading(edited), (name, edited)
    assert read_around > len(edits) // 2  # most edits are read around their change


# Edits of edits tried per letter and per first edit: every seventh edit of a long letter
# (86 lines), each with every eleventh of its own, was 17,000 readings and a minute.
EDITS_OF_EACH = 40


def _some(edits: list[str], seed: str) -> list[str]:
    """At most ``EDITS_OF_EACH`` of ``edits``, the same ones for the same ``seed``."""
    if len(edits) <= EDITS_OF_EACH:
        return edits
    return random.Random(seed).sample(edits, EDITS_OF_EACH)


@pytest.mark.parametrize("name", CHECKED[::4])
def test_an_edit_of_an_edit_reads_as_the_whole_text(name: str) -> None:
    letter = LETTERS[name]
    for first in _some(_edits(letter)[::7], name):
        before = _read_after(letter, first)
        if before is None:
            continue
        for second in _some(_edits(first)[::11], name + first):
            found = segment._edited_reading(first, before, second)
            assert found is None or found == segment._whole_reading(second), (name, second)


# Edits whose effect reaches over a blank line, each way: the line above a gap says whether a
# name under it is a speaker's (a quotation), a one-word label heads what is past the gap when
# that is running text (past two blank lines), and a bullet goes on with an indented line
# under a gap, whether the edit is above or below; and the reading's states.
ACROSS_A_GAP = [
    (
        "Our statement follows.\n\n“We are sorry for this.”\n\nJane Smith\n\nWe will write.\n",
        "“We are sorry for this.”",
        "We are sorry for this",
    ),
    (
        "Dear customer,\n\nBackground\n\n\nWe found a problem with our systems last week.\n",
        "We found a problem with our systems last week.",
        "Our systems",
    ),
    (
        "We did three things:\n\n- We reset passwords.\n\nWe will write again.\n",
        "We will write again.",
        "  and we locked accounts.",
    ),
    (
        "We did three things:\n\n- We reset passwords\n  for all.\n\n  and we locked accounts.\n",
        "- We reset passwords",
        "- We reset all passwords",
    ),
    # a lead-in's items go on over short paragraphs; the first block read is the title
    (
        "The records held:\n\nyour name\nand address\n\nFull Name\n\nWe are sorry.\n",
        "The records held:",
        "The records held.",
    ),
    (
        "- Hello\n- \n\nNotice Of Data Breach\n\nWe found a problem.\n",
        "- Hello",
        "- ",
    ),
]


@pytest.mark.parametrize(("letter", "old", "new"), ACROSS_A_GAP)
def test_an_edit_read_with_its_neighbours_across_a_gap(letter: str, old: str, new: str) -> None:
    edited = letter.replace(old, new)
    for before, after in ((letter, edited), (edited, letter)):
        whole = segment._whole_reading(after)
        assert whole.blocks != segment._whole_reading(before).blocks  # the edit tells
        found = _read_after(before, after)
        assert found is not None  # read around the change
        assert found == whole


def test_blocks_after_an_edit_are_the_edited_texts() -> None:
    """The readings kept are the texts': a heading typed into a letter reviewed lately is a new
    block in ``blocks`` after ``keep_reading``, and the letter before it keeps its own."""
    letter = "Dear customer,\n\nWe found a problem.\n\nWe fixed it today.\n\nSincerely,\nAcme\n"
    edited = letter.replace("We fixed", "What We Are Doing\n\nWe fixed")
    caches.clear_all()
    segment.keep_reading(letter, None)
    before = segment.blocks(letter)
    segment.keep_reading(edited, letter)
    after = segment.blocks(edited)
    assert after != before
    assert [b.kind for b in after].count(segment.HEADING) == 1
    assert after == segment._whole_reading(edited).blocks
    assert segment.blocks(letter) == before


def test_a_text_read_as_new_when_most_of_it_changed() -> None:
    letter = "First paragraph.\n\nSecond paragraph.\n"
    other = "Another letter.\n\nWith other words.\n"
    assert _read_after(letter, other) is None
    segment._readings.clear()
    segment.keep_reading(letter, None)
    segment.keep_reading(other, letter)
    assert segment._readings.get(other) == segment._whole_reading(other)
