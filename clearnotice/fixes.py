"""Applying the guidance's suggestions to a letter's text: a replacement at a finding's span, or
a missing checklist item's suggested paragraph.

A finding points at character offsets of the text it was computed from. If the text has changed
since (another tab saved, the user typed), those offsets may point at different words, so a fix
is applied only when the span still holds exactly the words the finding matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from operator import attrgetter

from clearnotice import plain_layout
from clearnotice.model import Finding
from clearnotice.text import BULLET, COURTESY, PARAGRAPH, blocks


class StaleFindingError(ValueError):
    """The text no longer holds what the finding matched at its span; review the text again."""


@lru_cache(maxsize=1)
def _closing_line() -> re.Pattern[str]:
    """A closing of any language (``plain_layout.closings``) on a line of its own. A browser's
    text box ends its lines with CR LF (the HTML standard's textarea element, its value on
    submission: https://html.spec.whatwg.org/multipage/form-elements.html#the-textarea-element),
    and "$" stops before the LF only."""
    alternatives = plain_layout.closing_alternatives(r"\ ", r"\r\n")
    return re.compile(rf"^[ \t]*(?:{alternatives})[,.!]?[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)


def _signing_off(text: str) -> re.Match[str] | None:
    """The closing line that starts the letter's signing off: the first closing in the last run
    of frame blocks (``text.COURTESY``: sign-off, signature) after running text (a paragraph or
    a list; a title over a letterhead is none) that holds one. The layout reads the signature,
    however long a signer's title, so an "On behalf of Acme" under the name is not the closing,
    nor a "thank you" earlier in the letter, nor the one over a letterhead's address
    (la-county-public-health-2014 of the corpus), and a P.S. under the signature does not move
    the paragraph below it."""
    runs: list[list[int]] = []  # [start, end] of each run of frame blocks after running text
    running = framed = False
    for block in blocks(text):
        if block.kind in (PARAGRAPH, BULLET):
            running, framed = True, False
        elif block.kind != COURTESY:
            framed = False  # a heading: no running text of its own, nor part of a signature
        elif running and framed:
            runs[-1][1] = block.end
        elif running:
            runs.append([text.rfind("\n", 0, block.start) + 1, block.end])
            framed = True
    closing = _closing_line()
    found = (next(closing.finditer(text, start, end), None) for start, end in reversed(runs))
    return next((match for match in found if match is not None), None)


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


def one_way(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Of ``findings``, those a "fix them all" click may apply: each points at words (as a
    single fix's button asks), offers exactly one replacement (where a writer must choose
    between several, none is chosen for them) and overlaps no other (two fixes on one word
    would each undo part of the other)."""
    single = sorted(
        (f for f in findings if len(f.suggestions) == 1 and f.end > f.start),
        key=attrgetter("start"),
    )
    clear = []
    for i, finding in enumerate(single):
        before = single[i - 1].end if i else -1
        after = single[i + 1].start if i + 1 < len(single) else finding.end
        if before <= finding.start and finding.end <= after:
            clear.append(finding)
    return tuple(clear)


def apply_all(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with each of ``findings`` (``one_way``: one replacement each, none overlapping)
    replaced by its replacement, last first so each span's offsets still hold; StaleFindingError
    when any span no longer holds its words, so nothing is half applied."""
    for finding in sorted(findings, key=attrgetter("start"), reverse=True):
        text = apply_suggestion(text, finding, finding.suggestions[0])
    return text


def insert_paragraph(text: str, paragraph: str) -> str:
    """``text`` with ``paragraph`` added as a block of its own, before the closing its signing
    off starts with if the letter has one, else at the end (after a P.S. too)."""
    newline = "\r\n" if "\r\n" in text else "\n"  # the letter's own line breaks, not a mix
    paragraph = paragraph.strip().replace("\r\n", "\n").replace("\n", newline)
    closing = _signing_off(text)
    if closing is None:
        return text.rstrip() + newline * 2 + paragraph + newline
    head = text[: closing.start()].rstrip()
    return head + newline * 2 + paragraph + newline * 2 + text[closing.start() :]
