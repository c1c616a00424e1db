"""A sentence wrapped over lines reads as the same sentence on one line.

Letters pasted from PDFs and e-mails break lines inside sentences ("...was hacked on" /
"September 26, 2017. The attack..."). The reader sees one sentence, so the checklist and the
findings must be those of the sentence on one line, at the same offsets (a line break and a
space are one character each).
"""

from __future__ import annotations

import pytest

from clearnotice.guidance import review

# Made-up letters in plain English, each saying several checklist items and tone findings.
LETTERS = (
    "We recently learned that our billing server was hacked on September 26, 2017. The "
    "attacker copied your name and card number. Call us at 1-800-555-0142 with questions.",
    "On or around January 12, 2020 an unauthorized third party gained access to a database. "
    "Our investigation indicates only a small percentage of customers were affected.",
    "We take the security of your information very seriously. On March 3, 2021 a criminal "
    "used a stolen password to get into our e-mail system and read customer records.",
)


# A title above, as letters have: a letter's first line, however it wraps, may read as its title.
TITLE = "# Notice of Data Breach\n\n"


def _wrapped(text: str) -> list[str]:
    """``text`` with one of its spaces made a line break, for each of its spaces."""
    return [text[:i] + "\n" + text[i + 1 :] for i, ch in enumerate(text) if ch == " "]


def _reading(text: str) -> tuple:
    """What a review says of ``text``: each item's status and evidence span, each finding's
    rule and span (the texts compared with line breaks read as spaces)."""
    report = review(text)
    items = tuple(
        (item.rule_id, item.status, tuple((e.start, e.end) for e in item.evidence))
        for item in report.checklist
    )
    findings = tuple(sorted((f.rule_id, f.start, f.end) for f in report.findings))
    return items, findings


@pytest.mark.parametrize("letter", LETTERS, ids=range(len(LETTERS)))
def test_a_sentence_wrapped_at_any_space_reads_as_on_one_line(letter):
    expected = _reading(TITLE + letter)
    for wrapped in _wrapped(letter):
        assert _reading(TITLE + wrapped) == expected, wrapped
