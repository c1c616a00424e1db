"""The pieces of a right-to-left line that must read left to right (phone numbers, e-mail and web
addresses, codes, amounts, numbers), which each renderer that lays a letter out sets apart in
its own way: PDF with the isolates U+2066 and U+2069, HTML with ``<bdi dir="ltr">``, Word with
the marks U+200E.

Why: in a right-to-left paragraph the spaces and brackets between a number's digit groups take
the paragraph's direction (Unicode Standard Annex #9, "Unicode Bidirectional Algorithm", rule
N1: European and Arabic numbers count as right to left for the neutrals beside them), so "+1
(800) 555-0100" in an Arabic or Hebrew sentence was shown as "555-0100 (800) +1". Set apart, a
piece is laid out on its own, left to right (UAX #9, 2.4 and 2.6: an isolate; rule W7: after a
left-to-right mark the digits count as left to right), and the sentence around it is not
disturbed. A piece that holds a right-to-left letter ("١٠٠ دولار", a date with an Arabic month)
already reads in the sentence's order and is left as it is. Plain text and Markdown keep the
approved characters as typed (translation QA warns of a phone number there:
translation.bidi-isolate in clearnotice.translate.qa).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from clearnotice.translate import entities as ent

# What reads left to right whatever the language around it: what translation QA carries over.
_KINDS = frozenset(
    {ent.PHONE, ent.EMAIL, ent.URL, ent.CODE, ent.AMOUNT, ent.PERCENT, ent.NUMBER, ent.DATE,
     ent.TIME}
)  # fmt: skip
_RIGHT_TO_LEFT = frozenset({"R", "AL"})


def _reads_left_to_right(text: str) -> bool:
    return not any(unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT for ch in text)


@lru_cache(maxsize=4096)  # a merge draws the same lines in every letter
def ltr_pieces(text: str, language: str) -> tuple[tuple[str, bool], ...]:
    """``text`` cut into pieces, each with whether it must read left to right when the line
    reads right to left. The pieces joined are ``text``."""
    pieces: list[tuple[str, bool]] = []
    at = 0
    for e in ent.find_entities(text, language):
        if e.kind not in _KINDS or e.start < at or not _reads_left_to_right(e.text):
            continue
        if e.start > at:
            pieces.append((text[at : e.start], False))
        pieces.append((text[e.start : e.end], True))
        at = e.end
    if at < len(text):
        pieces.append((text[at:], False))
    return tuple(pieces)


def wrapped(text: str, language: str, before: str, after: str) -> str:
    """``text`` with ``before`` and ``after`` around each piece that must read left to right."""
    return "".join(
        f"{before}{piece}{after}" if ltr else piece for piece, ltr in ltr_pieces(text, language)
    )
