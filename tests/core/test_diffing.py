"""Track changes: word-level, lossless in both directions, readable as phrases."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearnotice.diffing import (
    DELETE,
    EQUAL,
    INSERT,
    Change,
    changed_lines,
    counts,
    has_changes,
    tokens,
    word_diff,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _old(changes):
    return "".join(c.text for c in changes if c.op != INSERT)


def _new(changes):
    return "".join(c.text for c in changes if c.op != DELETE)


CASES = [
    pytest.param("", "", id="both-empty"),
    pytest.param("", "# Notice\n\nWe are sorry.\n", id="from-nothing"),
    pytest.param("We are sorry.", "", id="to-nothing"),
    pytest.param("We are sorry.", "We are very sorry.", id="one-word-added"),
    pytest.param("Call us at 555-0100.\n", "Call us at 555-0199.\r\n", id="number-and-crlf"),
    pytest.param("Lo sentimos.\n\nAño 2026.", "Lo sentimos mucho.\n\nAño 2025.", id="spanish"),
    pytest.param("a\nb\nc\n", "c\nb\na\n", id="lines-reordered"),
    pytest.param("**Bold** and _it_", "**Bolder** and _it_ too", id="markdown-marks"),
]


@pytest.mark.parametrize(("old", "new"), CASES)
def test_the_diff_gives_back_both_texts_exactly(old, new):
    changes = word_diff(old, new)
    assert _old(changes) == old
    assert _new(changes) == new


def test_the_diff_of_two_real_letters_is_lossless():
    old = (FIXTURES / "jargon-heavy.md").read_text(encoding="utf-8")
    new = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
    changes = word_diff(old, new)
    assert (_old(changes), _new(changes)) == (old, new)


@pytest.mark.parametrize(("old", "new"), CASES)
def test_tokens_join_back_to_the_text(old, new):
    assert "".join(tokens(old)) == old and "".join(tokens(new)) == new


def test_a_changed_word_shows_as_that_word_deleted_and_its_replacement_inserted():
    changes = word_diff(
        "We found the breach on 3 March.\nCall us.\n", "We found the breach on 5 March.\nCall us.\n"
    )
    assert [c for c in changes if c.op != EQUAL] == [Change(DELETE, "3"), Change(INSERT, "5")]


def test_a_replaced_phrase_reads_as_one_deletion_and_one_insertion():
    changes = word_diff(
        "Out of an abundance of caution we write.", "Because your data was copied we write."
    )
    edits = [c for c in changes if c.op != EQUAL]
    assert edits == [
        Change(DELETE, "Out of an abundance of caution"),
        Change(INSERT, "Because your data was copied"),
    ]


def test_unchanged_paragraphs_stay_whole_and_untouched():
    old = "# Notice\n\nFirst paragraph stays.\n\nSecond one changes here.\n"
    new = "# Notice\n\nFirst paragraph stays.\n\nSecond one changed here.\n"
    changes = word_diff(old, new)
    assert changes[0] == Change(EQUAL, "# Notice\n\nFirst paragraph stays.\n\nSecond one ")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param("Same text.", "Same text.", (0, 0), id="identical"),
        pytest.param("We are sorry.", "We are truly very sorry.", (2, 0), id="two-added"),
        pytest.param("Please call us now.", "Call us.", (1, 3), id="mixed"),
    ],
)
def test_counts_say_how_many_words_were_inserted_and_deleted(old, new, expected):
    changes = word_diff(old, new)
    assert counts(changes) == expected
    assert has_changes(changes) is (expected != (0, 0))


def test_changed_lines_keep_only_the_edited_lines_with_gaps_marked():
    old = "# Notice\n\nSame one.\n\nChange me here.\n\nSame two.\n\nSame three.\n"
    new = "# Notice\n\nSame one.\n\nChanged here.\n\nSame two.\n\nSame three.\nAdded line.\n"
    lines = changed_lines(word_diff(old, new))
    assert lines == [
        None,
        (Change(DELETE, "Change me"), Change(INSERT, "Changed"), Change(EQUAL, " here.\n")),
        None,
        (Change(INSERT, "Added line.\n"),),
    ]


def test_changed_lines_of_an_unchanged_text_is_one_gap():
    assert changed_lines(word_diff("Same.\n\nText.\n", "Same.\n\nText.\n")) == [None]
