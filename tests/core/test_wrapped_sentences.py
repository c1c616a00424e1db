"""A sentence wrapped over lines reads as the same sentence on one line.

Letters pasted from PDFs and e-mails break lines inside sentences ("...was hacked on" /
"September 26, 2017. The attack..."), inside list items and in the letter's first line. The
reader sees one sentence, so the checklist and the findings must be those of the sentence on one
line, at the same offsets (a line break and a space are one character each).
"""

from __future__ import annotations

import textwrap

import pytest

from clearnotice.guidance import review
from clearnotice.plain_layout import MIN_WRAPPED_LINE
from clearnotice.text import blocks

# Made-up letters in plain English, each saying several checklist items and tone findings.
LETTERS = (
    "We recently learned that our billing server was hacked on September 26, 2017. The "
    "attacker copied your name and card number. Call us at 1-800-555-0142 with questions.",
    "On or around January 12, 2020 an unauthorized third party gained access to a database. "
    "Our investigation indicates only a small percentage of customers were affected.",
    "We take the security of your information very seriously. On March 3, 2021 a criminal "
    "used a stolen password to get into our e-mail system and read customer records.",
)

# A made-up letter with a list and a footnote's mark glued to a sentence's end, as a PDF's text
# is pasted: each piece on a line of its own, the bullets typed with a marker.
BULLETED = (
    "We are writing about an incident that involved your information. On March 3, 2021 a "
    "criminal used a stolen password to get into our e-mail system and read customer records.1 "
    "The records held your name and card number.",
    "We have taken these steps:",
    "• We reset every employee password and now require a second step to sign in.",
    "• We reported the attack to the police and hired an outside firm to review our e-mail system.",
    "Call us at 1-800-555-0142 with questions.",
)


# A title above, as letters have: a letter's first line, however it wraps, may read as its title.
TITLE = "# Notice of Data Breach\n\n"


def _wrapped(text: str) -> list[str]:
    """``text`` with one of its spaces made a line break, for each of its spaces."""
    return [text[:i] + "\n" + text[i + 1 :] for i, ch in enumerate(text) if ch == " "]


def _reading(text: str) -> tuple:
    """What a review says of ``text``: its blocks' kinds, each item's status and evidence span,
    each finding's rule and span (the texts compared with line breaks read as spaces)."""
    report = review(text)
    items = tuple(
        (item.rule_id, item.status, tuple((e.start, e.end) for e in item.evidence))
        for item in report.checklist
    )
    findings = tuple(sorted((f.rule_id, f.start, f.end) for f in report.findings))
    return tuple(b.kind for b in blocks(text)), items, findings


@pytest.mark.parametrize("letter", LETTERS, ids=range(len(LETTERS)))
def test_a_sentence_wrapped_at_any_space_reads_as_on_one_line(letter):
    expected = _reading(TITLE + letter)
    for wrapped in _wrapped(letter):
        assert _reading(TITLE + wrapped) == expected, wrapped


def _joined(pieces) -> str:
    return "\n".join(pieces)


@pytest.mark.parametrize("index", range(len(BULLETED)))
def test_a_piece_of_a_letter_with_a_list_wrapped_at_any_space_reads_as_on_one_line(index):
    """At the space after the bullet's sign too: "•" alone on its line, as a PDF's text sets
    it, starts the item on the line below."""
    expected = _reading(TITLE + _joined(BULLETED))
    for wrapped in _wrapped(BULLETED[index]):
        pieces = (*BULLETED[:index], wrapped, *BULLETED[index + 1 :])
        assert _reading(TITLE + _joined(pieces)) == expected, wrapped


def _hard_wrapped(pieces, width: int) -> str:
    """Each piece broken into lines of at most ``width`` characters at its spaces, as a PDF or
    an e-mail sets a paragraph; a list item's lines go on without a marker or an indent."""
    lines = [
        "\n".join(textwrap.wrap(piece, width, break_long_words=False, break_on_hyphens=False))
        for piece in pieces
    ]
    return _joined(lines)


# Made-up first sentences that a hard wrap may cut before a name or a date, which a line of its
# own would read as the letter's title
FIRST_SENTENCES = (
    "We were notified by Contoso Payroll Corporation in a letter dated March 20, 2020, that an "
    "unknown person had offered to sell access to their client database.",
    "Please read this notice carefully because it explains what Contoso Bank is doing about the "
    "incident and what you can do. Our records show that your name and address were copied.",
    "This letter is to notify you that Northwind Traders experienced a data security incident "
    "in March 2021 that involved your name and address.",
)
LETTERS_IN_PIECES = [(letter,) for letter in LETTERS + FIRST_SENTENCES] + [BULLETED]


@pytest.mark.parametrize("pieces", LETTERS_IN_PIECES, ids=range(len(LETTERS_IN_PIECES)))
def test_a_letter_hard_wrapped_at_any_width_reads_as_on_one_line(pieces):
    """No title above: the letter's first line, wrapped mid-sentence, is no title nor heading."""
    expected = _reading(_joined(pieces))
    for width in range(24, 100):
        wrapped = _hard_wrapped(pieces, width)
        assert len(wrapped) == len(_joined(pieces))  # one space made one line break
        assert _reading(wrapped) == expected, wrapped


def test_a_footnote_mark_ends_its_sentence_so_the_next_one_is_read():
    report = review(_joined(BULLETED))
    involved = next(i for i in report.checklist if i.rule_id == "content.information-involved")
    start = _joined(BULLETED).index("The records held")
    assert [(e.start, e.end) for e in involved.evidence] == [(start, start + 43)]


# A made-up list whose items name bodies in capitals, typed with and without a full stop: a hard
# wrap may put the next word of a name under an item's line ("...to the Information" /
# "Commissioner's Office").
NAMED_ITEMS = (
    "We reported the attack to the Federal Bureau of Investigation and to the Information "
    "Commissioner's Office",
    "We hired Contoso Security Partners to review our e-mail system and Northwind Traders to "
    "watch the dark web",
)


@pytest.mark.parametrize("stop", ["", "."], ids=["no full stop", "full stop"])
def test_a_list_naming_bodies_hard_wrapped_at_any_width_reads_as_on_one_line(stop):
    """From MIN_WRAPPED_LINE on: a narrower column shows no width a wrap is told from, and its
    short lines over a capitalised word are read as they stand."""
    pieces = (
        "We have taken these steps:",
        *(f"• {item}{stop}" for item in NAMED_ITEMS),
        "Call us at 1-800-555-0142 with questions.",
    )
    expected = _reading(_joined(pieces))
    for width in range(MIN_WRAPPED_LINE + 1, 100):
        assert _reading(_hard_wrapped(pieces, width)) == expected, width
