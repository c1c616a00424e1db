"""Three-way merge of paragraphs: one-sided changes taken, the same change once, clashes listed."""

from __future__ import annotations

import pytest

from clearnotice.merging import Conflict, merge

BASE = "# Notice\n\nOn March 3 we found it.\n\nWe are sorry.\n\nCall us.\n"


def _edit(old: str, new: str) -> str:
    assert old in BASE
    return BASE.replace(old, new)


CLEAN = [
    pytest.param(
        BASE,
        _edit("We are sorry.\n\n", "New first.\n\nWe are sorry.\n\n"),
        _edit("Call us.\n", "Call us.\n\nNew last.\n"),
        "# Notice\n\nOn March 3 we found it.\n\nNew first.\n\nWe are sorry.\n\nCall us.\n\n"
        "New last.\n",
        id="insertions-on-both-sides-at-different-places",
    ),
    pytest.param(
        BASE,
        _edit("March 3", "March 4"),
        _edit("Call us.", "Call us at 555-0100."),
        "# Notice\n\nOn March 4 we found it.\n\nWe are sorry.\n\nCall us at 555-0100.\n",
        id="edits-to-different-paragraphs",
    ),
    pytest.param(
        BASE,
        _edit("March 3", "March 4"),
        _edit("March 3", "March 4"),
        _edit("March 3", "March 4"),
        id="identical-edits-taken-once",
    ),
    pytest.param(
        BASE,
        _edit("\nWe are sorry.\n", ""),
        _edit("Call us.", "Call us today."),
        "# Notice\n\nOn March 3 we found it.\n\nCall us today.\n",
        id="deletion-and-an-edit-elsewhere",
    ),
    pytest.param(
        BASE,
        BASE + "\nP.S. Thank you.\n",
        _edit("Call us.", "Call us now."),
        "# Notice\n\nOn March 3 we found it.\n\nWe are sorry.\n\nCall us now.\n\nP.S. Thank you.\n",
        id="appending-after-a-paragraph-the-other-side-edited",
    ),
    pytest.param(
        "A\r\n\r\nB\r\n",
        "A, edited\r\n\r\nB\r\n",
        "A\r\n\r\nB\r\n\r\nC\r\n",
        "A, edited\r\n\r\nB\r\n\r\nC\r\n",
        id="crlf-text-keeps-its-line-breaks",
    ),
    pytest.param(
        "A\n\nB",
        "A\n\nB\n\nC",
        "A\n\nB, edited",
        "A\n\nB, edited\n\nC",
        id="no-final-line-break-and-an-appended-paragraph",
    ),
    pytest.param("", "We are sorry.\n", "", "We are sorry.\n", id="empty-base-one-side-wrote"),
    pytest.param(BASE, BASE, BASE, BASE, id="nothing-changed"),
    pytest.param(
        "- one\n- two\n- three\n",
        "- one\n- 2\n- three\n",
        "- one\n- two\n- three\n- four\n",
        "- one\n- 2\n- three\n- four\n",
        id="bullets-are-paragraphs-of-their-own",
    ),
]


@pytest.mark.parametrize(("base", "ours", "theirs", "expected"), CLEAN)
def test_clean_merges_keep_both_sides_changes(base, ours, theirs, expected):
    result = merge(base, ours, theirs)
    assert result.clean, result.conflicts
    assert result.text == expected


@pytest.mark.parametrize(("base", "ours", "theirs", "expected"), CLEAN)
def test_a_clean_merge_is_the_same_either_way_round(base, ours, theirs, expected):
    assert merge(base, theirs, ours).text == expected


CONFLICTS = [
    pytest.param(
        BASE,
        _edit("March 3", "March 4"),
        _edit("March 3", "early March"),
        Conflict(
            2,
            "\nOn March 3 we found it.\n",
            "\nOn March 4 we found it.\n",
            "\nOn early March we found it.\n",
        ),
        id="both-edit-the-same-paragraph",
    ),
    pytest.param(
        BASE,
        _edit("\nWe are sorry.\n", ""),
        _edit("We are sorry.", "We are very sorry."),
        Conflict(3, "\nWe are sorry.\n", "", "\nWe are very sorry.\n"),
        id="deletion-against-an-edit",
    ),
    pytest.param(
        BASE,
        BASE + "\nOurs.\n",
        BASE + "\nTheirs.\n",
        Conflict(5, "", "\nOurs.\n", "\nTheirs.\n"),
        id="two-new-paragraphs-at-the-same-place",
    ),
    pytest.param(
        "", "Ours.\n", "Theirs.\n", Conflict(1, "", "Ours.\n", "Theirs.\n"), id="empty-base"
    ),
]


@pytest.mark.parametrize(("base", "ours", "theirs", "conflict"), CONFLICTS)
def test_paragraphs_changed_differently_on_both_sides_are_conflicts(base, ours, theirs, conflict):
    result = merge(base, ours, theirs)
    assert result.conflicts == (conflict,)
    with pytest.raises(ValueError, match="conflict"):
        result.text  # noqa: B018


def test_the_settled_paragraphs_around_a_conflict_are_merged():
    ours = _edit("March 3", "March 4").replace("Call us.", "Call us now.")
    theirs = _edit("March 3", "early March").replace("# Notice", "# Notice of a breach")
    result = merge(BASE, ours, theirs)
    [conflict] = result.conflicts
    assert result.resolve([conflict.ours]) == (
        "# Notice of a breach\n\nOn March 4 we found it.\n\nWe are sorry.\n\nCall us now.\n"
    )
    assert result.resolve([conflict.theirs]).startswith(
        "# Notice of a breach\n\nOn early March we found it.\n"
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("On March 4 (early March) we found it.", "On March 4 (early March) we found it."),
        ("\n\nOn March 4.\nSecond line.\n\n", "On March 4.\nSecond line."),
        ("   ", None),
    ],
    ids=["one-line", "line-breaks-around-are-trimmed", "blank-deletes-the-paragraph"],
)
def test_an_edited_resolution_stays_a_paragraph_of_its_own(typed, expected):
    result = merge(BASE, _edit("March 3", "March 4"), _edit("March 3", "early March"))
    merged = result.resolve([typed])
    if expected is None:
        assert merged == "# Notice\n\nWe are sorry.\n\nCall us.\n"
    else:
        assert merged == f"# Notice\n\n{expected}\n\nWe are sorry.\n\nCall us.\n"


def test_an_edited_resolution_of_a_crlf_text_gets_crlf_line_breaks():
    result = merge("A\r\n\r\nB\r\n", "A\r\n\r\nB1\r\n", "A\r\n\r\nB2\r\n")
    assert result.resolve(["B1\nB2"]) == "A\r\n\r\nB1\r\nB2\r\n"


def test_resolving_needs_one_choice_per_conflict():
    result = merge(BASE, _edit("March 3", "March 4"), _edit("March 3", "early March"))
    with pytest.raises(ValueError, match="each of the 1 conflicting"):
        result.resolve([])


# Repeated paragraphs ("twins"): a side's text does not always say which twin it changed.
LETTER = "Dear Jane,\n\nCall us.\n\nCall us.\n\nSincerely,\n"


def _twins(old: str, new: str) -> str:
    assert old in LETTER
    return LETTER.replace(old, new, 1)


TWINS_CLEAN = [
    pytest.param(
        "Dear Jane,\n\nCall us.\n\nWe are sorry.\n\nCall us.\n\nSincerely,\n",
        "Dear Jane,\n\nCall us.\n\nWe are sorry.\n\nSincerely,\n",
        "Dear Jane,\n\nCall us.\n\nWe are very sorry.\n\nCall us.\n\nSincerely,\n",
        "Dear Jane,\n\nCall us.\n\nWe are very sorry.\n\nSincerely,\n",
        id="which-twin-was-deleted-is-sure-when-a-paragraph-stands-between",
    ),
    pytest.param(
        LETTER,
        _twins("Call us.", "Call us today."),
        _twins("Sincerely,", "Yours,"),
        "Dear Jane,\n\nCall us today.\n\nCall us.\n\nYours,\n",
        id="a-twin-edited-and-the-paragraph-after-them-edited",
    ),
    pytest.param(
        LETTER,
        _twins("\nCall us.\n", ""),
        _twins("Dear Jane,", "Dear Ms Doe,"),
        "Dear Ms Doe,\n\nCall us.\n\nSincerely,\n",
        id="a-twin-deleted-and-the-paragraph-before-them-edited",
    ),
]


@pytest.mark.parametrize(("base", "ours", "theirs", "expected"), TWINS_CLEAN)
def test_a_change_among_twins_merges_cleanly_when_every_pairing_agrees(
    base, ours, theirs, expected
):
    assert merge(base, ours, theirs).text == expected
    assert merge(base, theirs, ours).text == expected


TWINS_CONFLICTS = [
    pytest.param(
        _twins("\nCall us.\n", ""),
        _twins("Call us.\n\nCall us.", "Call us.\n\nSee our FAQ.\n\nCall us."),
        # before: clean, "See our FAQ." after the one "Call us." left, though the deleted twin
        # may have been the first (then the right text has it before)
        id="one-side-deletes-a-twin-the-other-writes-between-them",
    ),
    pytest.param(
        _twins("\nCall us.\n", ""),
        _twins("\nCall us.\n", ""),
        # both deleted "a" twin: the same one (one is left) or each its own (none is)
        id="both-delete-a-twin",
    ),
    pytest.param(
        _twins("Call us.\n\nCall us.", "Call us."),
        _twins("Call us.\n\nCall us.", "Call us now.\n\nCall us."),
        # deleting the first and editing the first clash; deleting the second does not
        id="one-side-deletes-a-twin-the-other-edits-one",
    ),
]


@pytest.mark.parametrize(("ours", "theirs"), TWINS_CONFLICTS)
def test_a_change_among_twins_that_could_mean_two_merges_is_a_conflict(ours, theirs):
    for result in (merge(LETTER, ours, theirs), merge(LETTER, theirs, ours)):
        [conflict] = result.conflicts
        assert "Call us." in conflict.base
