"""Which parts of a letter a rule looks at: all of it, the running text, or only headings."""

from __future__ import annotations

from clearnotice.checks.scan import LetterScan

SCOPES = ("text", "body", "headings")


def in_scope(scan: LetterScan, sentence: int, scope: str) -> bool:
    """``body`` leaves out headings (and the title); ``headings`` is only them."""
    if scope == "text":
        return True
    is_heading = scan.blocks[scan.sentences[sentence].block].is_heading
    return is_heading if scope == "headings" else not is_heading
