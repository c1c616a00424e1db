"""Every rule file proves itself: its ``flag`` examples fire it and its ``pass`` examples do not,
and the data stays honest (a source and examples for every rule, ids equal to paths)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearnotice.checks.loader import RULES_DIR, load_catalogue, rule_id_for
from clearnotice.checks.substitution import Substitution
from clearnotice.guidance import rule_fires
from tests.core.misread import misread

CATALOGUE = load_catalogue()
RULES = CATALOGUE.rules.values()


# One test per rule (tests.core.misread): a test per example, about 700, cost pytest's own few
# milliseconds each, more than the rule's check.
@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.info.id)
def test_rule_examples(rule) -> None:
    rule_id, info = rule.info.id, rule.info
    wrong = misread(
        lambda text: rule_fires(rule_id, text),
        info.flag_examples,
        info.pass_examples,
        missed="false negative: did not fire on",
        took="false positive: fired on",
    )
    assert not wrong, f"{rule_id}: {wrong}"


def test_every_rule_file_is_loaded_under_the_id_of_its_path() -> None:
    paths = sorted(RULES_DIR.glob("*/*.yml"))
    assert sorted(rule_id_for(p, RULES_DIR) for p in paths) == sorted(CATALOGUE.rules)
    for rule in CATALOGUE.rules.values():
        assert rule.info.id == rule_id_for(Path(rule.info.path), RULES_DIR)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.info.id)
def test_every_rule_has_a_source_and_examples_both_ways(rule) -> None:
    assert len(rule.info.source.strip()) > 10, f"{rule.info.id} has no real source"
    assert rule.info.flag_examples and rule.info.pass_examples


def test_jurisdiction_rules_cite_a_statute_section() -> None:
    statute_words = ("Civ. Code", "CFR", "Art.", "Gen. Bus. Law", "ch. 93H", "ILCS", "Rev. Stat.")
    statute_words += ("NMSA", "Gen. Stat.", "D.C. Code", "Privacy Act 1988", "CQLR")
    statute_words += ("Md. Code", "R.I. Gen. Laws", "P.R. Laws")
    statute_words += ("Mich. Comp. Laws", "Iowa Code", "Fla. Stat.", "Ala. Code", "Del. Code")
    statute_words += ("RCW", "Va. Code", "V.S.A.", "Wyo. Stat.", "P.S.", "Wis. Stat.")
    for rule in CATALOGUE.rules.values():
        if rule.info.pack.startswith(("us_", "eu_", "hipaa", "au_", "qc_")):
            assert any(w in rule.info.source for w in statute_words), rule.info.id


def test_jargon_pack_has_at_least_sixty_security_terms_with_plain_replacements() -> None:
    jargon = CATALOGUE.rules["plain.jargon"]
    assert isinstance(jargon, Substitution)
    assert len(jargon.swaps) >= 60
    assert all(replacements for _, replacements in jargon.swaps)


def test_no_jargon_replacement_is_itself_jargon() -> None:
    jargon = CATALOGUE.rules["plain.jargon"]
    for _, replacements in jargon.swaps:
        for replacement in replacements:
            sentence = f"We found that {replacement} was involved."
            assert not rule_fires("plain.jargon", sentence), replacement


def test_a_pattern_compiled_again_after_many_others_is_the_same_object() -> None:
    """The checks find a pattern by identity; re's cache forgets after 512 patterns, so a rule
    compiled later must still get the object an earlier rule holds (a letter reviewed with
    California and Massachusetts once failed on a pattern the table did not know)."""
    from clearnotice.checks.patterns import compile_pattern

    first = compile_pattern("was not (?:involved|taken)", {})
    for n in range(600):
        compile_pattern(f"filler pattern number {n}", {})
    assert compile_pattern("was not (?:involved|taken)", {}) is first
