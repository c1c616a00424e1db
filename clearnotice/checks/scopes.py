"""Which parts of a letter a rule looks at: all of it, the running text, or only headings.

The running text (``body``) is paragraphs and bullets: neither headings nor the salutation,
sign-off and signature (``text.COURTESY``), which frame the letter and are not graded as
sentences, though a rule on words ("Dear Valued Customer") still reads them. A passage in another
language (a Spanish line offering help) is outside every scope: the rules are English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from clearnotice import text as segment
from clearnotice.checks.scan import Hit, LetterScan

SCOPES = ("text", "body", "headings")


def in_scope(scan: LetterScan, sentence: int, scope: str) -> bool:
    """``body`` leaves out headings (and the title) and the courtesy lines; ``headings`` is
    only headings."""
    return block_in_scope(scan, scan.sentences[sentence].block, scope)


def block_in_scope(scan: LetterScan, index: int, scope: str) -> bool:
    """Whether block ``index``'s sentences are inside ``scope``: a sentence's scope is its
    block's."""
    if scan.foreign[index]:
        return False
    if scope == "text":
        return True
    block = scan.blocks[index]
    if scope == "headings":
        return block.is_heading
    return block.kind in (segment.PARAGRAPH, segment.BULLET)


def count_in_scope(scan: LetterScan, pattern: re.Pattern[str], scope: str) -> int:
    """How many matches of ``pattern`` are inside ``scope`` (as many as ``hits_in_scope``
    yields), counted block by block: a sentence's scope is its block's."""
    return sum(
        count for block, count in scan.hit_counts(pattern) if block_in_scope(scan, block, scope)
    )


def hits_in_scope(
    scan: LetterScan, pattern: re.Pattern[str], scope: str
) -> Iterator[tuple[Hit, str]]:
    """Each match of ``pattern`` inside ``scope``, with the words it matched as written. Judged
    by the block the match is in: a block without words (a pasted line of a zero-width space)
    has no sentence of its own, and its match's sentence number is that of the sentence after
    it, which a letter or an edited block's window ending there does not have."""
    for hit in scan.hits(pattern):
        if block_in_scope(scan, scan.block_at(hit.start), scope):
            yield hit, scan.text[hit.start : hit.end]
