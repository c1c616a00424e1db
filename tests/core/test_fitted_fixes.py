"""A finding's fix reads right where it lands (the second walk through the app, 2026-12-02:
tune letters of the corpus pasted as plain text, each suggestion applied). "the Company" became
"we" before a verb made for it ("we has", "we is continuing") and before its "'s" ("we’s
workstations"); a jargon fix repeated the word before it ("our incident response plan" gave
"our our response", "an outside forensic vendor" "an outside outside investigators"); and a
replacement opening a line of a block lost the line's capital ("Assistance Hotline:" gave
"help Hotline:"). Each case is a tune letter's own words (named by the corpus file)."""

from __future__ import annotations

import pytest

from clearnotice import fixes, guidance


def _fixed(text: str, words: str) -> str:
    """``text`` with the first suggestion of the finding on ``words`` applied."""
    finding = next(f for f in guidance.review(text).findings if words in f.match)
    return fixes.apply_suggestion(text, finding, finding.suggestions[0])


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # fast-retailing-access-deficiencies-2024: a heading, then the paragraph
        (
            "1. Background\n\nThe Company has an information system for its stores.\n",
            "Company",
            "\n\nWe have an information system",
        ),
        # bell-canada-2005
        (
            "We are sorry. The Company is continuing to investigate the matter.\n",
            "Company",
            "We are sorry. We are continuing to investigate",
        ),
        # bell-canada-2005
        (
            "On May 3 the Company was made aware of the theft.\n",
            "Company",
            "On May 3 we were made aware of the theft.",
        ),
        # family-medicine-shady-grove-2022
        (
            "The company’s workstations and servers were locked.\n",
            "company",
            "Our workstations and servers were locked.",
        ),
        # service-systems-zoo-shops-ag-2015
        (
            "Someone reached the company's point-of-sale system.\n",
            "company",
            "Someone reached our point-of-sale system.",
        ),
    ],
)
def test_we_for_the_company_agrees_with_its_verb_and_owns_with_our(text, words, expected):
    assert expected in _fixed(text, words)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # nspower-update-may-1-2025
        (
            "We found the intruder and immediately started our incident response plan.\n",
            "incident response",
            "immediately started our response.",
        ),
        # el-centro-rmc-jobscience-ag-2018
        (
            "We are working with an outside forensic vendor to find out what happened.\n",
            "forensic",
            " outside investigators to find",
        ),
    ],
)
def test_a_fix_does_not_repeat_the_word_before_it(text, words, expected):
    fixed = _fixed(text, words)
    assert expected in fixed and "outside outside" not in fixed and "our our" not in fixed


def test_a_fix_opening_a_line_keeps_the_line_capital():
    """avmed-laptop-letter-2010: a block of contact lines, none ending a sentence."""
    text = (
        "Call us with questions.\n\nEnrollment URL: www.debix.com/safe\n"
        "Assistance Hotline: 877-263-7998\n"
    )
    fixed = _fixed(text, "Assistance")
    assert "\nHelp Hotline: 877-263-7998" in fixed, fixed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The files were copied from a laptop used by the Company.\n", "used by us."),
        ("Please contact the Company with any questions.\n", "Please contact us with"),
        ("Customers told the Company about the emails.\n", "Customers told us about"),
        # the subject keeps "we", after a word that takes no object
        ("On May 3 the Company found the theft.\n", "On May 3 we found"),
        ("After that the Company changed every password.\n", "After that we changed"),
    ],
)
def test_we_for_the_company_takes_its_object_form_after_a_preposition_or_its_verb(text, expected):
    """The tour's 'by the Company' became 'by we' (Chicago 5.40: the object of a preposition or
    of a verb takes the objective case)."""
    fixed = _fixed(text, "Company")
    assert expected in fixed, fixed
