"""The pieces of a right-to-left line that must read left to right (phone numbers, e-mail and web
addresses, codes, amounts, numbers), which each renderer that lays a letter out sets apart in
its own way: PDF with the isolates U+2066 and U+2069, HTML with ``<bdi dir="ltr">``, Word with
the marks U+200E. All three find the pieces over a whole line, however bold or the review's
marks cut it into runs (``isolated``).

Why: in a right-to-left paragraph the spaces and brackets between a number's digit groups take
the paragraph's direction (Unicode Standard Annex #9, "Unicode Bidirectional Algorithm", rule
N1: European and Arabic numbers count as right to left for the neutrals beside them), so "+1
(800) 555-0100" in an Arabic or Hebrew sentence was shown as "555-0100 (800) +1". Set apart, a
piece is laid out on its own, left to right (UAX #9, 2.4 and 2.6: an isolate; rule W7: after a
left-to-right mark the digits count as left to right), and the sentence around it is not
disturbed. A piece that holds a right-to-left letter ("١٠٠ دولار", a date with an Arabic month)
already reads in the sentence's order and is left as it is. Plain text and Markdown keep the
approved characters as typed (translation QA warns of a phone number there:
translation.bidi-isolate in clearnotice.translate.qa.bidi).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from clearnotice import caches
from clearnotice.export.document import Run
from clearnotice.translate import entities as ent

# What reads left to right whatever the language around it: what translation QA carries over.
_KINDS = frozenset(
    {ent.PHONE, ent.EMAIL, ent.URL, ent.CODE, ent.AMOUNT, ent.PERCENT, ent.NUMBER, ent.DATE,
     ent.TIME}
)  # fmt: skip
_RIGHT_TO_LEFT = frozenset({"R", "AL"})


def _reads_left_to_right(text: str) -> bool:
    return not any(unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT for ch in text)


@caches.of_text(4096)  # a merge draws the same lines in every letter
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


def isolated(line: Sequence[Run], language: str) -> list[tuple[list[Run], bool]]:
    """The line's runs cut at the edges of each piece that must read left to right, grouped by
    piece. The pieces are read from the whole line's text (``ltr_pieces``), so a mark or bold on
    part of a phone number leaves it one isolate, its runs drawn inside it: read run by run,
    "+1 (800)" and a bold or marked "555-0100" were two isolates, drawn in the opposite order."""
    left = list(line)
    groups: list[tuple[list[Run], bool]] = []
    for piece, ltr in ltr_pieces("".join(run.text for run in line), language):
        runs, wanted = [], len(piece)
        while wanted:
            run = left.pop(0)
            if len(run.text) > wanted:
                left.insert(0, replace(run, text=run.text[wanted:]))
                run = replace(run, text=run.text[:wanted])
            runs.append(run)
            wanted -= len(run.text)
        groups.append((runs, ltr))
    return groups


def set_apart(line: Sequence[Run], language: str, before: str, after: str) -> tuple[Run, ...]:
    """The line's runs with ``before`` and ``after`` around each piece that must read left to
    right (``isolated``), each in the run at that edge, so a part-bold phone keeps its bold
    where it was. Runs the cuts left side by side in one look are joined again: two bold runs
    met in fpdf2's markers as "****", which it drew as asterisks."""
    out: list[Run] = []
    for runs, ltr in isolated(line, language):
        if ltr:
            runs[0] = replace(runs[0], text=before + runs[0].text)
            runs[-1] = replace(runs[-1], text=runs[-1].text + after)
        for run in runs:
            if out and replace(out[-1], text="") == replace(run, text=""):
                run = replace(run, text=out.pop().text + run.text)
            out.append(run)
    return tuple(out)
