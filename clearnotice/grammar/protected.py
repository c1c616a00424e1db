"""Parts of a letter no spelling or grammar check may flag: placeholders, URLs, e-mail
addresses, inline code, and words holding digits (codes, phone numbers, dates, amounts).

These are data, not prose: ``{{ customer_name }}`` is filled at mail-merge time, and a
"misspelt" enrolment code or web address would be corrected into a wrong one.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from clearnotice.placeholders import PLACEHOLDER

# Top-level domains a bare address ("example.com/protect") may end in. A fixed list, so that a
# missing space after a full stop ("happened.We") is still read as prose and can be flagged.
_TLDS = (
    "com|org|net|gov|edu|mil|int|info|biz|io|co|us|uk|ca|au|ie|nz|eu|es|mx|ar|cl|pe|fr|de|it|"
    "pt|br|nl|be|ch|at|cat|gal|app|dev"
)
_PROTECTED = re.compile(
    "|".join(
        (
            PLACEHOLDER.pattern,
            r"\b(?:https?|ftp)://[^\s<>\"]+",
            r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
            rf"\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:{_TLDS})\b(?:/[^\s<>\"]*)?",
            r"`[^`\n]+`",
        )
    ),
    re.IGNORECASE,
)
# Punctuation that ends the sentence around an address, not the address itself.
_TRAILING = ".,;:!?)]}\"'”’»"


def protected_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Sorted, non-overlapping ``(start, end)`` spans of ``text`` that are data, not prose."""
    spans = []
    for m in _PROTECTED.finditer(text):
        end = m.end()
        while (
            end > m.start() + 1
            and text[end - 1] in _TRAILING
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
        self.spans = protected_spans(text)
        self._starts = [s for s, _ in self.spans]

    def overlaps(self, start: int, end: int) -> bool:
        # Spans are sorted and disjoint: only the last one starting before ``end`` can overlap.
        i = bisect_left(self._starts, end) - 1
        return i >= 0 and self.spans[i][1] > start
