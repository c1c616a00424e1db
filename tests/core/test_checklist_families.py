"""Checklist items said in all the ways breach letters say them, as tests/corpus/GUIDE.md defines
each item (issue 13, item 5): one table per family of wordings, with sentences that only share its
words and must not count. The wordings are how notices are commonly written, not quotes of a
corpus letter, so no rule is tuned to one letter.

An item counts as found when its checklist status is found or partial, as the accuracy bench
counts it (an offer of credit monitoring without the way to enrol is still the offer)."""

from __future__ import annotations

import pytest

from clearnotice.checks.outcome import FOUND, PARTIAL
from clearnotice.guidance import review

# family: (item, sentences that carry it, sentences that do not)
FAMILIES = {
    # GUIDE.md, severity and scope: "which systems, files or kinds of information it reached or
    # did not reach"
    "scope-not-reached": (
        "content.severity-scope",
        [
            "No Social Security numbers or financial information were accessed.",
            "Your Social Security number and bank details were not included.",
            "Patient medical records were not involved in the incident.",
            "The laptop did not include any credit or debit card numbers.",
            "Importantly, no financial information or passwords have been accessed.",
            "Credit card numbers were not stored in the affected system.",
            "The affected server is separate from our payment systems.",
            "The cloud storage is kept separate from our production environment.",
            "Our electronic health record system was not affected.",
            "The incident did not affect our patient records system.",
            "The attack did not reach our customer database.",
            "Your card number was not in the file.",
            "Neither card numbers nor passwords were stored in the system.",
            "The attacker did not access any financial information.",
            "Our core banking systems were not impacted.",
        ],
        [
            "We have no evidence that your information was accessed.",
            "There is no indication that any data was taken.",
            "We do not know whether your records were affected.",
            "We will never ask for your password by e-mail.",
            "This notice was not delayed by law enforcement.",
            "Your information may have been affected.",
        ],
    ),
    # GUIDE.md: "the size told vaguely ('a small number of customers', 'a subset of our
    # customers', 'one employee's mailbox')"
    "scope-vague-size": (
        "content.severity-scope",
        [
            "The incident affected a subset of our customers.",
            "A limited number of patient files were accessed.",
            "The incident involved a small number of our members' personal information.",
            "A proportion of the email addresses were misused.",
            "A portion of our customer records were copied.",
            "Only one employee's email account was accessed.",
            "An unauthorized person accessed one employee's email account.",
            "A few email accounts were accessed.",
            "The hackers accessed a single server.",
            "The incident impacted numerous school districts across the country.",
            "The breach affected several of our clinics.",
            "Only customers who shopped at our Main Street store were affected.",
            "The incident was limited to our billing system.",
            "We believe the risk to you is low.",
        ],
        [
            "Like many cities and counties, we were the victim of a ransomware attack.",
            "A small number of staff work at our Main Street office.",
            "One employee's laptop is used for training.",
            "Many companies offer credit monitoring.",
            "Only you can decide whether to place a freeze.",
            "We are still working out how far it went.",
        ],
    ),
}

CASES = [
    (family, item, text, should)
    for family, (item, said, not_said) in FAMILIES.items()
    for should, texts in ((True, said), (False, not_said))
    for text in texts
]


def found(item: str, text: str) -> bool:
    """Whether the review takes ``text`` to carry ``item`` (found or partial, as the bench)."""
    status = {i.rule_id: i.status for i in review(text).checklist}
    return status[item] in (FOUND, PARTIAL)


@pytest.mark.parametrize(
    ("family", "item", "text", "should"),
    CASES,
    ids=[f"{c[0]}-{'said' if c[3] else 'not'}{i}" for i, c in enumerate(CASES)],
)
def test_checklist_family_finds_its_wordings_and_nothing_else(family, item, text, should):
    verb = "missed" if should else "took"
    assert found(item, text) == should, f"{family}: {item} {verb} {text!r}"
