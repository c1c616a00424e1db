"""A letter pasted out of a PDF: the Guidance tab puts every broken word right with one click,
saved as one version, and one undo takes them all back."""

from __future__ import annotations

from clearnotice.wording import rule_label
from components.fix_undo import UNDO_LABEL
from tests.app.session import open_as

PASTED = (
    "# Notice of Data Breach\n\nDear Jordan,\n\nWe are writing about an in\u00adci\u00addent "
    "that may in-\nvolve your identi-\nty information. The \ufb01les held your contact "
    "details.\n\nSincerely,\nAcme\n"
)


def _kind(at, rule_id: str):
    return next(e for e in at.expander if e.label.startswith(f"{rule_label(rule_id)} ("))


def test_every_pasted_word_is_put_right_by_one_click_and_undone_by_one(people):
    letter = people.create_letter("Pasted", PASTED, actor="ed")
    at = open_as("ed", "pages/1_Edit.py", letter.id, tab="Guidance")
    typesetting = _kind(at, "plain.typesetting")
    assert typesetting.label.endswith("(4)")
    next(b for b in typesetting.button if b.label == "Fix all 4").click().run()
    assert not at.exception
    fixed = people.latest_version(letter.id)
    assert fixed.number == 2 and fixed.origin == "fix:plain.typesetting"
    assert "an incident that may involve your identity information. The files" in " ".join(
        fixed.text.split()
    )
    assert _kind(at, "plain.typesetting").label.endswith("(0)")  # kept open for its undo

    undo = next(b for b in _kind(at, "plain.typesetting").button if b.label == UNDO_LABEL)
    undo.click().run()
    assert people.latest_version(letter.id).text == PASTED


def test_kinds_whose_findings_offer_a_choice_have_no_fix_all(people):
    text = PASTED + "\nWe hired experts for the remediation. The remediation is done.\n"
    letter = people.create_letter("Pasted", text, actor="ed")
    at = open_as("ed", "pages/1_Edit.py", letter.id, tab="Guidance")
    jargon = _kind(at, "plain.jargon")  # "repairs" or "fixes": the writer chooses
    assert not [b for b in jargon.button if b.label.startswith("Fix all")]
