"""Text pasted into the editor out of a PDF or a web page: what its typesetting left is found,
each word with the words as typed to put in its place, saved as a fix and undone like any other.
An imported file is tidied on import (``importing.undo_typesetting``), so it is never flagged."""

from __future__ import annotations

from dataclasses import replace

import pytest

from clearnotice import edits, fixes, importing
from clearnotice.accounts import Role
from clearnotice.guidance import review
from tests.accounts import add_accounts

RULE = "plain.typesetting"
PASTED = (
    "# Notice of Data Breach\n\nDear Jordan,\n\nWe are writing about an in\u00adci\u00addent "
    "that may in-\nvolve your identi-\nty information. The \ufb01les held your con\u00adtact "
    "details and your So\u2010cial Security number. We hired a \ufb01rm of ninety-\neight "
    "investigators.\n\nSincerely,\nAcme\n"
)


def _found(text: str) -> dict[str, str]:
    """Each flagged stretch of ``text`` and the words the finding offers in its place."""
    return {
        text[f.start : f.end]: f.suggestions[0] for f in review(text).findings if f.rule_id == RULE
    }


def test_each_typeset_word_is_found_with_the_word_as_typed():
    assert _found(PASTED) == {
        "in\u00adci\u00addent": "incident",
        "in-\nvolve": "involve",
        "identi-\nty": "identity",
        "\ufb01les": "files",
        "con\u00adtact": "contact",
        "So\u2010cial": "So-cial",
        "\ufb01rm": "firm",
        "ninety-\neight": "ninety-eight",
    }


@pytest.mark.parametrize(
    "typed",
    [
        "Your follow-up letter is on its way.",
        "We will call you on 555-0100 or\n555-0199.",
        "Your card ending 1234 was used.\nWe are sorry.",
        "Ask Mary Smith-\nJones, our privacy officer.",  # a name or a dash: not told apart
        "We wrote to our customers -\nwe are sorry.",
        "\u0645\u0631\u062d\u0628\u0627 \u200c\u0634\u0645\u0627",  # a zero-width non-joiner shapes
    ],
)
def test_typed_text_is_not_flagged(typed):
    assert _found(f"Dear Jordan,\n\n{typed}\n") == {}


def test_the_words_fixed_one_by_one_read_as_the_imported_file_does():
    """Import keeps a line break after the mended word, a fix joins the two lines: a line break
    inside a paragraph reads as a space, so both read alike."""
    text = PASTED
    while found := [f for f in review(text).findings if f.rule_id == RULE]:
        first = found[0]
        text = text[: first.start] + first.suggestions[0] + text[first.end :]
    imported = importing.import_draft(PASTED.encode(), "pasted.txt").text
    assert text.split() == imported.split()
    assert _found(imported) == {}


@pytest.fixture
def pasted(store):
    """A letter saved as pasted, and its first version."""
    add_accounts(store, ed=Role.EDITOR)
    letter = store.create_letter("Pasted", PASTED, actor="ed")
    return letter, store.latest_version(letter.id)


def test_a_fix_is_saved_as_a_version_and_undone(store, pasted):
    letter, before = pasted
    finding = next(f for f in review(PASTED).findings if f.match == "identi-\nty")
    edit = edits.apply_fix(store, letter.id, before, PASTED, finding, finding.suggestions[0], "ed")
    assert "your identity information" in edit.saved.version.text
    assert edit.saved.version.origin == f"fix:{RULE}"
    edits.restore(store, letter.id, edit.undo_to, edit.saved.version.id, "ed")
    assert store.latest_version(letter.id).text == PASTED


def test_every_word_is_put_right_by_one_click_and_undone_by_one(store, pasted):
    letter, before = pasted
    found = tuple(f for f in review(PASTED).findings if f.rule_id == RULE)
    edit = edits.apply_all(store, letter.id, before, PASTED, found, "ed")
    assert _found(edit.saved.version.text) == {}
    assert edit.saved.version.text.split() == importing.undo_typesetting(PASTED).split()
    edits.restore(store, letter.id, edit.undo_to, edit.saved.version.id, "ed")
    assert store.latest_version(letter.id).text == PASTED


def test_one_click_is_refused_whole_when_a_word_changed_meanwhile(store, pasted):
    letter, before = pasted
    found = tuple(f for f in review(PASTED).findings if f.rule_id == RULE)
    typed = PASTED.replace("\ufb01rm", "company")  # the last word put right by hand meanwhile
    with pytest.raises(edits.EditRefused, match="text changed"):
        edits.apply_all(store, letter.id, before, typed, found, "ed")
    assert store.latest_version(letter.id).id == before.id


def test_findings_of_two_rules_or_overlapping_are_not_fixed_by_one_click(store):
    add_accounts(store, ed=Role.EDITOR)
    text = PASTED.replace("We hired", "We hired for the remediation")
    letter = store.create_letter("Pasted", text, actor="ed")
    before = store.latest_version(letter.id)
    findings = review(text).findings
    mixed = tuple(f for f in findings if f.rule_id in (RULE, "plain.jargon") and f.suggestions)
    assert {f.rule_id for f in mixed} == {RULE, "plain.jargon"}
    with pytest.raises(edits.EditRefused, match="one click"):
        edits.apply_all(store, letter.id, before, text, mixed, "ed")
    choice = tuple(f for f in findings if f.rule_id == "plain.jargon" and f.suggestions)
    assert len(choice[0].suggestions) > 1  # "repairs" or "fixes": the writer chooses
    with pytest.raises(edits.EditRefused, match="one click"):
        edits.apply_all(store, letter.id, before, text, choice, "ed")
    overlapping = tuple(f for f in findings if f.rule_id == RULE)[:1] * 2
    with pytest.raises(edits.EditRefused, match="one click"):
        edits.apply_all(store, letter.id, before, text, overlapping, "ed")


def test_a_finding_that_points_at_no_words_is_not_fixed_by_one_click():
    found = tuple(f for f in review(PASTED).findings if f.rule_id == RULE)
    nowhere = replace(found[0], start=found[0].start, end=found[0].start, match="")
    assert fixes.one_way((*found, nowhere)) == found
