"""The Review page's line above the track changes: what changed, also when no word did."""

from __future__ import annotations

import pytest

from clearnotice import approvals
from clearnotice.diffing import PUNCTUATION_ONLY, SPACING_ONLY
from tests.app.session import ROOT, open_as

LETTER = (ROOT / "tests" / "fixtures" / "good-plain.md").read_text(encoding="utf-8")
SORRY = "We are sorry this happened, and we want you to know"


@pytest.fixture
def letter(people):
    return people.create_letter("March incident", LETTER, actor="ed")


def _edit_and_open(people, letter, new_text: str):
    """Lee reads v1, Ed saves ``new_text`` as v2, and Lee opens the Review page again."""
    first = open_as("lee", "pages/3_Review.py", letter.id)
    next(b for b in first.button if b.label.startswith("I have read en v1")).click().run()
    v1 = people.latest_version(letter.id)
    people.save_version(letter.id, new_text, base_version_id=v1.id, actor="ed")
    return open_as("lee", "pages/3_Review.py", letter.id)


def _captions(at) -> list[str]:
    return [c.value for c in at.caption]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param("We are sorry this happened,", "We are sorry this happened;", id="comma"),
        pytest.param("Social Security number and", "Social Security number, and", id="comma+"),
    ],
)
def test_only_punctuation_changed_is_said_not_zero_words(people, letter, old, new):
    assert old in LETTER
    at = _edit_and_open(people, letter, LETTER.replace(old, new))
    assert not at.exception, at.exception
    said = _captions(at)
    assert f"Since v1: {PUNCTUATION_ONLY}." in said, said
    assert not any("0 words inserted, 0 words deleted" in c for c in said)


def test_rewrapped_lines_say_only_the_spacing_changed_and_draw_no_empty_marks(people, letter):
    assert SORRY in LETTER
    at = _edit_and_open(people, letter, LETTER.replace(SORRY, SORRY.replace(", and ", ",\nand ")))
    assert not at.exception, at.exception
    assert f"Since v1: {SPACING_ONLY}." in _captions(at)
    diff = [h.value for h in at.html if "cn-diff" in h.value][0]
    assert "<ins>" not in diff and "<del>" not in diff  # marks on a space or a line break


def test_a_translation_of_a_rewrapped_english_is_not_sent_back_to_be_translated(people, letter):
    """A rewrap leaves a translation current (clearnotice/translate/stale.py): the Review page
    says what the approval says, not "Translate again before approving"."""
    english = people.latest_version(letter.id)
    people.save_version(
        letter.id, "# Aviso\n\nLo sentimos.\n", base_version_id=None, actor="ed", language="es",
        source_version_id=english.id, new_draft=True,
    )  # fmt: skip
    rewrapped = LETTER.replace(SORRY, SORRY.replace(", and ", ",\nand "))
    people.save_version(letter.id, rewrapped, base_version_id=english.id, actor="ed")
    at = open_as("lee", "pages/3_Review.py", letter.id)
    assert not at.exception, at.exception
    warned = [w.value for w in at.warning]
    assert not any("Translate again before approving" in w for w in warned), warned
    assert not [e for e in at.expander if e.label.startswith("What changed in en")]


def test_a_double_clicked_approve_says_approved_not_approved_in_another_tab(people, letter):
    """The second click of a double click reaches approve() for the version the first click
    approved a moment ago: it is the same click, so the page says approved, as the first did."""
    at = open_as("lee", "pages/3_Review.py", letter.id)
    approve = next(b for b in at.button if b.label.startswith("Approve en v1"))
    approve.click().run()
    at = next(b for b in at.button if b.label.startswith("Approve en v1")).click().run()
    assert not at.exception, at.exception
    assert not [e.value for e in at.error if "another tab or window" in e.value]
    assert any(s.value.startswith("Approved") for s in at.success), [s.value for s in at.success]
    [row] = approvals.approval_record(people, letter.id)
    assert row["version"] == 1 and not row["stale"]
