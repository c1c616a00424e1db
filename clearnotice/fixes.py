"""Applying the guidance's suggestions to a letter's text: a replacement at a finding's span, or
a missing checklist item's suggested paragraph.

A finding points at character offsets of the text it was computed from. If the text has changed
since (another tab saved, the user typed), those offsets may point at different words, so a fix
is applied only when the span still holds exactly the words the finding matched.
"""

from __future__ import annotations

import re
from functools import lru_cache

from clearnotice import datafiles
from clearnotice.checks.loader import RULES_DIR
from clearnotice.model import Finding

CLOSINGS_FILE = RULES_DIR / "closings.yml"


class StaleFindingError(ValueError):
    """The text no longer holds what the finding matched at its span; review the text again."""


@lru_cache(maxsize=1)
def closings() -> dict[str, tuple[str, ...]]:
    """The closings of a letter by language, from ``CLOSINGS_FILE``: data, so that a language's
    closings are added without touching the code (a Spanish letter's paragraph went after its
    "Atentamente," and the signature when only English closings were known)."""
    return datafiles.load(CLOSINGS_FILE, dict[str, datafiles.TextList])


@lru_cache(maxsize=1)
def _closing_line() -> re.Pattern[str]:
    """A closing of any language on a line of its own. A letter's language is not needed: no
    closing of one language is a line of a letter in another. A browser's text box ends its lines
    with CR LF (the HTML standard's textarea element, its value on submission:
    https://html.spec.whatwg.org/multipage/form-elements.html#the-textarea-element), and "$"
    stops before the LF only."""
    phrases = sorted({c for found in closings().values() for c in found}, key=len, reverse=True)
    alternatives = "|".join(
        re.escape(c[:-1].rstrip()) + r"[^\r\n]*" if c.endswith("…") else re.escape(c)
        for c in phrases
    )
    return re.compile(rf"^[ \t]*(?:{alternatives})[,.!]?[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)


def apply_suggestion(text: str, finding: Finding, replacement: str) -> str:
    """``text`` with the span of ``finding`` replaced by ``replacement``."""
    if not (0 <= finding.start <= finding.end <= len(text)):
        raise StaleFindingError(
            f"{finding.rule_id}: the text is shorter than when it was reviewed; review it again"
        )
    if text[finding.start : finding.end] != finding.match:
        raise StaleFindingError(
            f"{finding.rule_id}: the text at this place no longer reads {finding.match!r}; "
            "review it again"
        )
    return text[: finding.start] + replacement + text[finding.end :]


def insert_paragraph(text: str, paragraph: str) -> str:
    """``text`` with ``paragraph`` added as a block of its own, before the closing if the letter
    has one, else at the end."""
    newline = "\r\n" if "\r\n" in text else "\n"  # the letter's own line breaks, not a mix
    paragraph = paragraph.strip().replace("\r\n", "\n").replace("\n", newline)
    # the last closing line: a "thank you" earlier in the letter is not the closing
    closing = next(reversed(list(_closing_line().finditer(text))), None)
    if closing is None:
        return text.rstrip() + newline * 2 + paragraph + newline
    head = text[: closing.start()].rstrip()
    return head + newline * 2 + paragraph + newline * 2 + text[closing.start() :]
