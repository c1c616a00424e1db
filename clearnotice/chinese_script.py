"""Which of Chinese's two scripts a text is written in, read from its characters.

A translation saved as plain "zh" says nothing of its script, yet a reader of Traditional
Chinese (Taiwan, Hong Kong) asked for it: the mail merge tells whoever runs it when a customer
who asked for one script gets a text written in the other (clearnotice.export.merge_rows). The
characters that differ between the scripts are many and common (們/们, 會/会, 資/资), so a few
of them decide: a text holding at least ``MIN_MARKS`` of one script's and ``RATIO`` times as
many as of the other's is in that script; a text with too few, or both alike (a quotation in
the other script), is in neither as far as this can tell.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from clearnotice.datafiles import Shape, TextList, load

SIMPLIFIED = "Hans"  # ISO 15924 codes, as language tags write them ("zh-Hans")
TRADITIONAL = "Hant"
SCRIPT_NAMES = {SIMPLIFIED: "Simplified", TRADITIONAL: "Traditional"}
PAIRS = Path(__file__).with_suffix(".yml")
MIN_MARKS = 3
RATIO = 4


class _PairsFile(Shape):
    pairs: TextList


@cache
def _marks() -> dict[str, str]:
    """Each character of the pairs file -> the script it is written in."""
    marks = {}
    for pair in load(PAIRS, _PairsFile).pairs:
        traditional, simplified = pair
        marks[traditional], marks[simplified] = TRADITIONAL, SIMPLIFIED
    return marks


def chinese_script(text: str) -> str | None:
    """``SIMPLIFIED`` or ``TRADITIONAL`` when ``text``'s characters say which, else None."""
    marks = _marks()
    counts = {SIMPLIFIED: 0, TRADITIONAL: 0}
    for character in text:
        script = marks.get(character)
        if script is not None:
            counts[script] += 1
    for script, other in ((SIMPLIFIED, TRADITIONAL), (TRADITIONAL, SIMPLIFIED)):
        if counts[script] >= MIN_MARKS and counts[script] >= RATIO * counts[other]:
            return script
    return None
