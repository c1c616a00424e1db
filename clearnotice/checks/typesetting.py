"""Typesetting: flag what a PDF's or a web page's typesetting left in text pasted into the
editor (a soft hyphen, a ligature, a word broken at a line's end, an unseen space), and offer the
word as the writer typed it.

An imported draft is tidied on import (``importing.undo_typesetting``); text pasted into the
editor is kept as it came, so that the caret and every finding's offsets stay on the characters
on screen. There a broken word reads as two ("identi-" / "ty"), a soft hyphen hides a word from
the vocabulary, and the letters print "identi- ty": each occurrence is a finding whose suggestion
is the same tidying, so one click puts the word right and undo takes it back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from clearnotice.checks.outcome import Outcome, RuleInfo, fill_message, finding
from clearnotice.checks.scan import LetterScan
from clearnotice.checks.scopes import hits_in_scope
from clearnotice.importing import TYPESET_CHARACTERS, undo_typesetting
from clearnotice.model import Severity

KEYS = frozenset()

_TYPESET = f"[{re.escape(TYPESET_CHARACTERS)}]"
# A word broken at a line's end by a hyphen (a line break inside a paragraph: Markdown reads it
# as a space, so the letters print "identi- ty"), or a word holding a typeset character. Each
# alternative is tried once per word, so a letter's scan stays linear in its length.
PATTERN = re.compile(
    r"(?<![\w-])[^\W\d_]+[-\u00ad]\n[ \t]*[^\W_]+"
    rf"|(?<![^\W_])(?=[^\W_]*{_TYPESET})(?:[^\W_]|{_TYPESET})+"
)

# What the message names, by what the pasted word holds (The Unicode Standard 15.0: 23.2 for the
# soft hyphen, 6.2 for the hyphens, 23.2 for the zero-width characters; ligatures U+FB00-FB06).
_WHAT = (
    (re.compile(r"[-\u00ad]\n"), "broken at a line's end"),
    (re.compile("\u00ad"), "with soft hyphens"),
    (re.compile("[\ufb00-\ufb06]"), "with a ligature"),
    (re.compile("[\u2010\u2011]"), "with a web page's hyphen"),
)


def _what(matched: str) -> str:
    """How the pasted word differs from the typed one, in the user's words."""
    return next((what for found, what in _WHAT if found.search(matched)), "with unseen spaces")


def _capital_after_break(matched: str) -> bool:
    """Whether the line after a hyphen at a line's end starts with a capital: a name
    ("Smith-" / "Jones") or a dash between two sentences ("our customers-" / "We"), which no
    rule can tell apart, so neither is flagged."""
    _, broken, after = matched.partition("\n")
    return bool(broken) and after.lstrip(" \t")[:1].isupper()


@dataclass(frozen=True)
class Typesetting:
    # its findings in a block come from that block alone (clearnotice.checks.block_parts)
    blockwise: ClassVar[bool] = True
    info: RuleInfo

    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return (PATTERN,)

    def run(self, scan: LetterScan, level: Severity) -> Outcome:
        found = []
        for hit, matched in hits_in_scope(scan, PATTERN, "text"):
            typed = undo_typesetting(matched)
            if typed == matched or _capital_after_break(matched):
                continue
            message = fill_message(self.info.message, what=_what(matched), suggestion=typed)
            found.append(
                finding(self.info, level, scan.text, hit.start, hit.end, message, (typed,))
            )
        return Outcome(tuple(found))


def build(info: RuleInfo, spec) -> Typesetting:
    return Typesetting(info)
