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

# Where a PDF's or web page's typesetting shows: a hyphen at a line's end (a line break inside a
# paragraph: Markdown reads it as a space, so the letters print "identi- ty") or a typeset
# character. Rare characters, so a letter's scan is a quick search; the word around each is
# read off the text (``_word_around``).
PATTERN = re.compile(rf"[-\u00ad]\n|[{re.escape(TYPESET_CHARACTERS)}]")

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


def _part_of_word(character: str) -> bool:
    return character.isalnum() or character in TYPESET_CHARACTERS


def _word_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the pasted word whose mark ``text[start:end]`` is: the word holding a typeset
    character, or both halves of a word broken at a line's end. None for a hyphen at a line's
    end that breaks no word: after a number ("555-" / "0199"), in a run of hyphens, before a
    new list item, or before a capital, which may be a name ("Smith-" / "Jones") or a dash
    between two sentences ("our customers-" / "We") and no rule can tell them apart."""
    first = start
    while first > 0 and _part_of_word(text[first - 1]):
        first -= 1
    last = end
    broken = text[end - 1] == "\n"
    if broken:
        while last < len(text) and text[last] in " \t":
            last += 1
        if not (text[first:start].isalpha() and text[last : last + 1].islower()):
            return None
        if first > 0 and text[first - 1] == "-":
            return None
    while last < len(text) and _part_of_word(text[last]):
        last += 1
    return first, last


@dataclass(frozen=True)
class Typesetting:
    # its findings in a block come from that block alone (clearnotice.checks.block_parts)
    blockwise: ClassVar[bool] = True
    info: RuleInfo

    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return (PATTERN,)

    def run(self, scan: LetterScan, level: Severity) -> Outcome:
        found = []
        spans = {
            _word_around(scan.text, hit.start, hit.end)
            for hit, _ in hits_in_scope(scan, PATTERN, "text")
        }
        for start, end in sorted(span for span in spans if span is not None):
            pasted = scan.text[start:end]
            typed = undo_typesetting(pasted)
            if typed == pasted:
                continue
            message = fill_message(self.info.message, what=_what(pasted), suggestion=typed)
            found.append(finding(self.info, level, scan.text, start, end, message, (typed,)))
        return Outcome(tuple(found))


def build(info: RuleInfo, spec) -> Typesetting:
    return Typesetting(info)
