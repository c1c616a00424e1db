"""Tone scores of a letter (plainness, warmth, directness, calm), each 0-100 with the words that
moved it.

General sentiment lexicons misread breach letters (VADER scored "An unauthorized person gained
access to your records" as positive; design notes §3), so the scores come from our own rules:
each finding of a rule with a ``tone:`` weight lowers its dimensions, and the signals in
``rules/tone_signals.yml`` (an apology, "you", an offer of help) raise them. Every point is
traceable to the words in the letter that earned or cost it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from clearnotice.checks.loader import RULES_DIR, TONE_DIMENSIONS, Rule, RuleError
from clearnotice.checks.patterns import compile_pattern
from clearnotice.checks.scan import LetterScan
from clearnotice.datafiles import Shape, Text, load, problem
from clearnotice.model import Finding
from clearnotice.regex.words import bounded

SIGNALS_FILE = RULES_DIR / "tone_signals.yml"
DESCRIPTIONS = {
    "plainness": "short sentences and everyday words, no jargon",
    "warmth": "apologises, speaks to the reader, offers help; no stock phrases",
    "directness": "says what happened and who did it, without hedging",
    "calm": "no capitals, exclamation marks or scare words",
}


@dataclass(frozen=True)
class ToneMove:
    """Words in the letter that moved a score, and by how many points in all."""

    words: str
    delta: int
    count: int


@dataclass(frozen=True)
class ToneScore:
    name: str
    score: int
    moved_by: tuple[ToneMove, ...]

    @property
    def description(self) -> str:
        return DESCRIPTIONS[self.name]

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "score": self.score,
            "moved_by": [
                {"words": m.words, "delta": m.delta, "count": m.count} for m in self.moved_by
            ],
        }


@dataclass(frozen=True)
class Signal:
    dimension: str
    label: str
    pattern: object  # re.Pattern
    points: int
    max_hits: int


@dataclass(frozen=True)
class Signals:
    base: Mapping[str, int]
    signals: tuple[Signal, ...]

    def patterns(self) -> tuple:
        return tuple(s.pattern for s in self.signals)


class _SignalEntry(Shape):
    dimension: Literal[TONE_DIMENSIONS]
    label: Text
    pattern: Text
    points: int
    max_hits: int = 1
    source: str = ""


class _SignalsFile(Shape):
    base: dict[str, int]
    signals: tuple[_SignalEntry, ...] = ()


@lru_cache(maxsize=4)
def load_signals(path: Path = SIGNALS_FILE) -> Signals:
    data = load(path, _SignalsFile, RuleError)
    if set(data.base) != set(TONE_DIMENSIONS):
        raise problem(
            path, "base", f"give a starting score for {', '.join(TONE_DIMENSIONS)}", RuleError
        )
    signals = tuple(
        Signal(
            entry.dimension,
            entry.label,
            compile_pattern(bounded(entry.pattern), {}),
            entry.points,
            entry.max_hits,
        )
        for entry in data.signals
    )
    return Signals(dict(data.base), signals)


def _label(finding: Finding) -> str:
    """The words a finding is about; a letter-wide finding is named by its message."""
    if finding.match:
        return " ".join(finding.match.replace("*", "").split()).lower()
    return finding.message.split(".")[0]


def scores(
    scan: LetterScan, findings: Iterable[Finding], rules: Mapping[str, Rule], signals: Signals
) -> tuple[ToneScore, ...]:
    """The four tone scores of the scanned letter, given the findings kept for it."""
    moves: dict[str, dict[str, list[int]]] = {d: {} for d in TONE_DIMENSIONS}
    for f in findings:
        rule = rules.get(f.rule_id)
        for dimension, points in rule.info.tone if rule else ():
            moves[dimension].setdefault(_label(f), []).append(points)
    for signal in signals.signals:
        hits = [h for h in scan.hits(signal.pattern)][: signal.max_hits]
        for hit in hits:
            word = scan.text[hit.start : hit.end].lower()
            moves[signal.dimension].setdefault(word, []).append(signal.points)
    result = []
    for dimension in TONE_DIMENSIONS:
        moved = tuple(
            sorted(
                (
                    ToneMove(words, sum(points), len(points))
                    for words, points in moves[dimension].items()
                ),
                key=lambda m: (m.delta > 0, -abs(m.delta), m.words),
            )
        )
        total = signals.base[dimension] + sum(m.delta for m in moved)
        result.append(ToneScore(dimension, max(0, min(100, total)), moved))
    return tuple(result)
