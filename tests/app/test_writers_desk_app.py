"""The Edit page as a writer's desk: one score strip that says each number in words, the
guidance findings grouped by kind with their counts, and a fix's undo beside the fix."""

from __future__ import annotations

import pytest

from clearnotice import guidance
from clearnotice.accounts import Role
from clearnotice.findings import by_kind
from clearnotice.readability import analyse
from clearnotice.wording import rule_label
from components.fix_undo import UNDO_LABEL
from tests.accounts import add_accounts
from tests.app.session import ROOT, open_as

JARGON = (ROOT / "tests" / "fixtures" / "jargon-heavy.md").read_text(encoding="utf-8")
PLAIN = "We found the problem on March 3. We fixed it the same day.\n"
HARDER = (  # about grade 10: above the default target of 8, below a target of 12
    "On March 3 we discovered that an unknown person had opened a number of customer accounts. "
    "We started an investigation with outside security experts the same day.\n"
)


@pytest.fixture
def people(database):
    add_accounts(database, ed=Role.EDITOR)
    return database


def _strip_lines(at) -> list[str]:
    return [
        m.value
        for m in at.markdown
        if m.value.startswith("**Grade ")  # the strip's first part
    ]


def test_the_strip_labels_the_grade_its_change_and_its_distance_in_words(people):
    letter = people.create_letter("March incident", PLAIN, actor="ed")
    first = people.latest_version(letter.id)
    people.save_version(letter.id, HARDER, base_version_id=first.id, actor="ed")
    grade, before = analyse(HARDER).grade, analyse(PLAIN).grade
    at = open_as("ed", "pages/1_Edit.py", letter.id)
    assert not at.exception
    assert _strip_lines(at) == [
        f"**Grade {grade:g}** · :orange[up {round(grade - before, 1):g} since v1] · "
        f":orange[{round(grade - 8, 1):g} above the target of 8]"
    ]
    assert not [m for m in at.metric if m.label == "Grade"]  # no unlabelled "↓ -0.3" badge

    at.number_input(key="target_grade").set_value(12.0).run()
    assert _strip_lines(at)[0].endswith(f":green[{round(12 - grade, 1):g} below the target of 12]")


def test_the_smog_note_is_said_beside_smog_only(people):
    letter = people.create_letter("March incident", JARGON, actor="ed")
    at = open_as("ed", "pages/1_Edit.py", letter.id)
    scores = next(e for e in at.expander if e.label == "All scores and counts")
    assert any("SMOG needs at least 30 sentences" in c.value for c in scores.caption)
    outside = [c.value for c in at.caption if c not in list(scores.caption)]
    assert not any("SMOG" in value for value in outside)


def test_findings_are_grouped_by_kind_with_their_counts(people):
    letter = people.create_letter("March incident", JARGON, actor="ed")
    at = open_as("ed", "pages/1_Edit.py", letter.id, tab="Guidance")
    assert not at.exception
    groups = by_kind(guidance.review_letter(JARGON, ()).findings)
    assert len(groups) > 3
    labels = [e.label for e in at.expander]
    for group in groups:
        assert f"{rule_label(group.rule_id)} ({len(group.findings)})" in labels


def test_a_fix_and_its_undo_sit_together_in_its_kind(people):
    letter = people.create_letter("March incident", JARGON, actor="ed")
    at = open_as("ed", "pages/1_Edit.py", letter.id, tab="Guidance")
    jargon = next(e for e in at.expander if e.label.startswith(f"{rule_label('plain.jargon')} ("))
    fix = next(b for b in jargon.button if b.label.startswith("Use “"))
    fix.click().run()
    assert not at.exception
    assert people.latest_version(letter.id).number == 2
    holding = [e for e in at.expander if UNDO_LABEL in [b.label for b in e.button]]
    assert [e.label.split(" (")[0] for e in holding] == [rule_label("plain.jargon")]
    assert holding[0].proto.expanded  # opened where the fix was clicked

    next(b for b in holding[0].button if b.label == UNDO_LABEL).click().run()
    assert people.latest_version(letter.id).text == JARGON
    assert UNDO_LABEL not in [b.label for b in at.button]


def test_spelling_is_grouped_and_a_correction_has_its_undo_beside_it(people):
    misspelt = "We are sory for the inconvenence. We are sory.\n"
    letter = people.create_letter("Sorry", misspelt, actor="ed")
    at = open_as("ed", "pages/1_Edit.py", letter.id, tab="Grammar")

    def spelling():
        return next(e for e in at.expander if e.label.startswith("Spelling ("))

    assert spelling().label == "Spelling (3)"  # "sory" twice, "inconvenence" once
    next(b for b in spelling().button if b.label == "Suggest corrections").click().run()
    use = next(b for b in spelling().button if b.label.startswith("Use “"))
    word = use.label.removeprefix("Use “").removesuffix("”")
    use.click().run()
    assert people.latest_version(letter.id).text == misspelt.replace("sory", word, 1)
    assert spelling().label == "Spelling (2)"
    assert spelling().proto.expanded
    next(b for b in spelling().button if b.label == UNDO_LABEL).click().run()
    assert people.latest_version(letter.id).text == misspelt
