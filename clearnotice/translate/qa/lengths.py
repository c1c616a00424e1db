"""How long a translation's segments are against their English: the letter's own ratio, and
the segments far from it."""

from __future__ import annotations

import statistics
import unicodedata

from clearnotice.model import Severity
from clearnotice.translate.alignment import Segment
from clearnotice.translate.qa.rules import SegmentFinding, finding

# Length: the ratio of a segment's length to its English is compared with the median ratio of
# the letter; below half or above double is questioned, for segments of 40 characters or more
# (short headings vary too much to judge).
LENGTH_MIN_SOURCE = 40
LENGTH_FACTOR = 2.0


def segment_ratios(segments: tuple[Segment, ...]) -> dict[int, float]:
    """The length of each paired segment's translation against its English, for segments long
    enough to judge (LENGTH_MIN_SOURCE)."""
    return {
        seg.index: len(seg.target.text) / len(seg.source.text)
        for seg in segments
        if seg.paired and len(seg.source.text) >= LENGTH_MIN_SOURCE
    }


# The fewest segments whose median length ratio is trusted as the letter's own: with fewer, a
# dropped or added sentence moves the ratio it is then measured against (one paragraph missing a
# third of its sentences would read as a translation two thirds as long, and the drop as a merge).
RATIO_MIN_SEGMENTS = 3


def letter_ratio(ratios: dict[int, float]) -> float | None:
    """How many characters of the translation an English character becomes in this letter: the
    median of its segments' ``ratios`` (segment_ratios), which one segment with a sentence
    dropped or added does not move; None for a letter with too few segments to tell."""
    if len(ratios) < RATIO_MIN_SEGMENTS:
        return None
    return statistics.median(ratios.values())


# Gale and Church's c, how many characters of a translation an English character becomes, is 1
# for the English, French and German they measured ("A Program for Aligning Sentences in
# Bilingual Corpora", Computational Linguistics 19:1, 1993), and QA takes it so for a letter too
# short to measure its own. Chinese, Japanese and Korean write a syllable or a word in one
# character (The Unicode Standard, ch. 18 "East Asia": Han ideographs, kana and Hangul
# syllables), so theirs is far below 1: 0.28 and 0.39 in the two Chinese tune pairs of
# tests/corpus/translations, 0.49 in the Korean one (Japanese, with no pair yet, is given the
# Han figure). A segment whose translation is mostly in those scripts is measured against them.
_HAN_RATIO = 0.33
_HANGUL_RATIO = 0.49
_SYLLABIC = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")


def unmeasured_ratio(seg: Segment) -> float:
    """Gale and Church's c for a segment of a letter whose own ratio is unknown: 1, or the
    figure of Han or Hangul where most of its translation's letters are in those scripts."""
    names = (
        [unicodedata.name(ch, "") for ch in seg.target.text if ch.isalpha()] if seg.target else []
    )
    syllabic = [n for n in names if n.startswith(_SYLLABIC)]
    if not names or len(syllabic) * 2 <= len(names):
        return 1.0
    hangul = sum(n.startswith("HANGUL") for n in syllabic)
    return _HANGUL_RATIO if hangul * 2 > len(syllabic) else _HAN_RATIO


def length_findings(
    segments: tuple[Segment, ...], ratios: dict[int, float], norm: float | None, target_text: str
) -> list[SegmentFinding]:
    """Segments much longer or shorter than the letter's ``norm`` (letter_ratio) would have
    them; nothing is told without a norm."""
    if norm is None:
        return []
    out = []
    for seg in segments:
        ratio = ratios.get(seg.index)
        if ratio is None or norm / LENGTH_FACTOR <= ratio <= norm * LENGTH_FACTOR:
            continue
        what = "much shorter" if ratio < norm else "much longer"
        out.append(
            SegmentFinding(
                seg.index,
                finding(
                    "translation.length",
                    f"This segment is {what} than the English compared with the rest of the "
                    f"letter ({ratio:.1f}× the English; the letter's norm is {norm:.1f}×). "
                    "Check that nothing was left out or added.",
                    seg.target.start,
                    seg.target.end,
                    target_text,
                    severity=Severity.WARNING,
                ),
            )
        )
    return out
