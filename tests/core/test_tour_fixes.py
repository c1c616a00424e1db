"""A finding's fix keeps the article before it right (a walk through the app, 2026-12-01): the
wordy finding on Bank of America's "As an additional measure of protection" (a tune letter of
the corpus, bank-of-america-former-employee-ag-2023) offered "more", and applying it wrote
"As an more measure of protection"."""

from __future__ import annotations

import re

import pytest

from clearnotice import fixes, guidance
from clearnotice.checks.loader import load_catalogue
from clearnotice.checks.substitution import Substitution

LETTER = (
    "We are sorry. As an additional measure of protection, Bank of America has arranged for "
    "two years of credit monitoring.\n"
)
# A word read with "an" before it, or "a": its first letter, save for a vowel letter read as a
# consonant ("a user", "a one-time") and a silent h ("an hour"), as a dictionary says them.
_AN = re.compile(r"(?i)(?!u[sn]i|use|one)[aeiou]|h(?:our|onest|onor|eir)")


def _fixed(text: str, words: str) -> str:
    finding = next(f for f in guidance.review(text).findings if words in f.match)
    return fixes.apply_suggestion(text, finding, finding.suggestions[0])


def test_an_additional_measure_becomes_another_measure():
    assert "As another measure of protection, Bank" in _fixed(LETTER, "additional")


SWAPS = [
    (rule.info.id, key.pattern, replacements[0])
    for rule in load_catalogue().rules.values()
    if isinstance(rule, Substitution)
    for key, replacements in rule.swaps
    if re.fullmatch(r"[a-z]+", key.pattern) and re.fullmatch(r"[a-z][a-z ]*", replacements[0])
]


@pytest.mark.parametrize(("rule_id", "word", "replacement"), SWAPS)
def test_the_article_before_a_replaced_word_agrees_with_the_replacement(rule_id, word, replacement):
    article = "an" if _AN.match(word) else "a"
    text = f"We are sorry. We saw {article} {word} thing in the report on May 3.\n"
    findings = [f for f in guidance.review(text).findings if f.rule_id == rule_id]
    if not findings:
        pytest.skip(f"{rule_id} does not flag {word!r} in this sentence")
    fixed = fixes.apply_suggestion(text, findings[0], findings[0].suggestions[0])
    for found in re.finditer(r"\b(an?|the) (\w+)", fixed):
        assert found[2] not in ("a", "an", "the"), fixed
        assert found[1] == "the" or (found[1] == "an") == bool(_AN.match(found[2])), fixed


def test_a_letter_with_one_heading_is_said_to_have_one_heading():
    """Bank of America's notice read "The letter has 1 headings." on the Guidance tab."""
    text = (
        "# Notice\n\n## What happened\n\n"
        + "We are sorry that a criminal saw your name and card number. " * 12
    )
    [finding] = [f for f in guidance.review(text).findings if f.rule_id == "structure.headings"]
    assert finding.message.startswith("The letter has 1 heading. Use at least 2 bold headings")


def test_an_article_at_the_end_of_the_line_before_is_not_doubled():
    """A hand-wrapped letter (BANK of test_guidance_letters) read "leveraged a" and, on the next
    line, "zero-day vulnerability": its fix wrote "a\\na flaw no one knew about"."""
    text = "We are sorry. A criminal leveraged a\nzero-day vulnerability in our server.\n"
    fixed = _fixed(text, "zero-day")
    assert "leveraged a\nflaw no one knew about in our server" in fixed
