"""Per-state letters from one master: the fewest variants, each passing its own jurisdictions,
each difference from the master explained by the rule and the statute behind it."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearnotice import guidance
from clearnotice.variants import ADDED, REMOVED, plan, with_paragraphs, without

MASTER = (Path(__file__).resolve().parents[1] / "fixtures" / "master-six-states.md").read_text()
SIX = ["CA", "MA", "IL", "NY", "MD", "TX"]
COUNT = "The breach affected 1,250 customers."
NATURE = "A criminal had broken into one of our billing computers."


def test_six_states_need_two_letters_each_passing_its_own_jurisdictions():
    result = plan(MASTER, SIX)
    assert [v.jurisdictions for v in result.variants] == [("CA", "IL", "MD", "NY", "TX"), ("MA",)]
    for variant in result.variants:
        report = guidance.review(variant.text, variant.jurisdictions)
        assert report.passes, (variant.key, [f.rule_id for f in report.errors])
    # the master itself fails Massachusetts, Illinois and New York: the variants are needed
    assert not any(guidance.review(MASTER, [c]).passes for c in ("MA", "IL", "NY"))


def test_massachusetts_loses_the_nature_and_the_count_and_keeps_the_dates():
    massachusetts = plan(MASTER, SIX).variant_for("MA")
    assert NATURE not in massachusetts.text and COUNT not in massachusetts.text
    assert "We found the problem on March 3, 2026." in massachusetts.text
    assert "For residents of" not in massachusetts.text
    removed = {d.text: d for d in massachusetts.differences if d.change == REMOVED}
    assert removed[NATURE].rule_id == "us_ma.no-nature"
    assert removed[NATURE].cite == "Mass. Gen. Laws ch. 93H, section 3(b)"
    assert removed[COUNT].because == ("IL", "MA")


def test_the_shared_letter_loses_the_count_and_carries_the_state_addenda_before_the_sign_off():
    shared = plan(MASTER, SIX).variant_for("CA")
    assert COUNT not in shared.text and NATURE in shared.text
    maryland = shared.text.index("For residents of Maryland:")
    new_york = shared.text.index("For residents of New York:")
    assert maryland < new_york < shared.text.index("Sincerely,")
    added = [d for d in shared.differences if d.change == ADDED]
    assert [(d.rule_id, d.cite) for d in added] == [
        ("MD.addendum", "Md. Code, Com. Law 14-3504(g)(4)"),
        ("NY.addendum", "N.Y. Gen. Bus. Law 899-aa(7)"),
    ]


def test_every_jurisdiction_is_mapped_to_its_letter_with_reasons_citing_the_statute():
    mapping = plan(MASTER, SIX).as_dict()["jurisdictions"]
    assert set(mapping) == set(SIX)
    assert mapping["MA"]["variant"] == "MA"
    assert any("93H, section 3(b)" in r for r in mapping["MA"]["reasons"])
    illinois = mapping["IL"]["reasons"]
    assert any(
        r.startswith("Left out for Illinois, Massachusetts") and "815 ILCS" in r for r in illinois
    )
    texas = mapping["TX"]["reasons"]
    assert any("Texas shares this letter" in r for r in texas)
    assert any("(confirm with counsel)" in r for r in mapping["MD"]["reasons"])


def test_rhode_island_keeps_the_count_that_illinois_and_massachusetts_forbid():
    result = plan(MASTER, ["RI", "IL", "MA"])
    assert len(result.variants) == 3
    rhode_island = result.variant_for("RI")
    assert COUNT in rhode_island.text
    assert "For residents of Rhode Island:" in rhode_island.text
    assert guidance.review(rhode_island.text, ["RI"]).passes
    assert COUNT not in result.variant_for("IL").text


def test_a_state_with_nothing_to_change_gets_the_master_as_written():
    (texas,) = plan(MASTER, ["TX"]).variants
    assert texas.text == MASTER and texas.differences == ()
    assert texas.reasons("TX") == [
        "The master letter as written: nothing in it conflicts with this law."
    ]


def test_an_unknown_jurisdiction_is_refused():
    with pytest.raises(ValueError, match="unknown jurisdiction 'ZZ'"):
        plan(MASTER, ["CA", "ZZ"])


def test_leaving_sentences_out_drops_an_emptied_section_and_its_heading():
    one, two = "We found the problem on Monday.", "A criminal got into a computer."
    three, four = "We reset every password that day.", "We now ask for a second step."
    text = f"# Notice\n\n## What happened\n\n{one} {two}\n\n## Next\n\n{three} {four}\n"

    def span(sentence):
        return text.index(sentence), text.index(sentence) + len(sentence)

    assert without(text, {span(one), span(two)}) == f"# Notice\n\n## Next\n\n{three} {four}\n"
    assert without(text, {span(three)}) == text.replace(f"{three} ", "")
    assert without(text, {span(four)}) == text.replace(f" {four}", "")


def test_added_paragraphs_go_before_the_sign_off_or_at_the_end():
    signed = "Dear Ana,\n\nWe are sorry.\n\nSincerely,\n\nDana Whitfield\n"
    added = "For residents of Iowa: call us."
    assert with_paragraphs(signed, [added]) == signed.replace("Sincerely", f"{added}\n\nSincerely")
    assert with_paragraphs("We are sorry.", ["Added."]) == "We are sorry.\n\nAdded.\n"
