"""A letter must not tell a US reader that a security freeze may cost money: since 2018 the
bureaus place and lift one free of charge (content.freeze-fee). Each wording is reviewed as the
Edit page reviews a letter; ClearNotice's own suggested paragraphs and state addenda are held to
the same rule, since a letter built from them is what users send."""

from __future__ import annotations

import pytest

from clearnotice.guidance import load_catalogue, load_profiles, review

RULE = "content.freeze-fee"

SAYS_A_FEE = [
    "The credit bureaus may charge a fee of up to $10 to place a security freeze.",
    "There may be a charge of $5 for each freeze, unless you are 65 or older.",
    "Each consumer reporting agency may charge you a fee to place, lift or remove a credit freeze.",
    "To place a freeze, each bureau may require a fee.",
    "A security freeze costs $10 per bureau.",
]
SAYS_IT_IS_FREE_OR_SOMETHING_ELSE = [
    "Placing and lifting a security freeze is free.",
    "A freeze is available at no charge.",
    "You will not be charged for a security freeze.",
    "The bureaus cannot charge a fee to place or lift a credit freeze.",
    "By law, the fee for a security freeze is waived.",
    # near misses: a fee for something else; a freeze with no price in the sentence
    "Equifax may charge a fee for its premium monitoring service.",
    "You can place a security freeze by calling each bureau.",
    "We froze the affected accounts and charged nothing to your card.",
]


def _flagged(text: str) -> bool:
    return any(f.rule_id == RULE for f in review(text).findings)


@pytest.mark.parametrize("text", SAYS_A_FEE)
def test_a_fee_for_a_freeze_is_questioned(text):
    assert _flagged(text), text


@pytest.mark.parametrize("text", SAYS_IT_IS_FREE_OR_SOMETHING_ELSE)
def test_a_free_freeze_or_another_fee_is_let_be(text):
    assert not _flagged(text), text


def test_no_suggested_paragraph_or_state_addendum_tells_the_reader_a_freeze_costs_money():
    rules = load_catalogue().rules.values()
    texts = [r.suggestion for r in rules if getattr(r, "suggestion", "")]
    texts += [
        p.facts.addendum.text
        for p in load_profiles().values()
        if p.facts is not None and p.facts.addendum is not None
    ]
    assert len(texts) > 50  # the catalogue's suggestions and the states' addenda were read
    assert [t for t in texts if _flagged(t)] == []
