"""Parts of a letter no spelling or grammar check may flag: placeholders, URLs, e-mail
addresses, inline code, and words holding digits (codes, phone numbers, dates, amounts).

These are data, not prose: ``{{ customer_name }}`` is filled at mail-merge time, and a
"misspelt" enrolment code or web address would be corrected into a wrong one.
"""

from __future__ import annotations

import re

from clearnotice.disjoint_spans import DisjointSpans
from clearnotice.placeholders import PLACEHOLDER
from clearnotice.translate.entities import ADDRESS_TRAILING, EMAIL_ADDRESS, WEB_ADDRESS

# E-mail and web addresses are recognised as translation QA recognises them (one recogniser).
_PROTECTED = re.compile(
    "|".join(
        (
            PLACEHOLDER.pattern,
            WEB_ADDRESS.pattern,
            EMAIL_ADDRESS.pattern,
            r"`[^`\n]+`",
        )
    ),
    re.IGNORECASE,
)


def protected_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Sorted, non-overlapping ``(start, end)`` spans of ``text`` that are data, not prose."""
    spans = []
    for m in _PROTECTED.finditer(text):
        end = m.end()
        while (
            end > m.start() + 1
            and text[end - 1] in ADDRESS_TRAILING
            and not m.group().startswith(("{{", "`"))
        ):
            end -= 1
        spans.append((m.start(), end))
    return tuple(spans)


def holds_digit(word: str) -> bool:
    """Codes (K7M-4QX-22P), phone numbers and dates are never words to spell-check."""
    return any(c.isdigit() for c in word)


class Protected:
    """Answers "does this span touch protected text?" quickly for one piece of text."""

    def __init__(self, text: str):
        self._spans = DisjointSpans(protected_spans(text))

    def overlaps(self, start: int, end: int) -> bool:
        return self._spans.overlaps(start, end)
