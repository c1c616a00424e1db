"""Readability: flag a letter or a paragraph whose Flesch-Kincaid grade is above a limit.

The grade comes from clearnotice.readability (the one module that scores readability), which
caches each block, so this check costs nothing extra after an edit.
"""

from __future__ import annotations

from dataclasses import dataclass

from clearnotice import readability
from clearnotice.checks.outcome import Outcome, RuleInfo, fill_message, finding, letter_finding
from clearnotice.checks.scan import LetterScan
from clearnotice.model import Severity
from clearnotice.text import HEADING

KEYS = frozenset({"max_grade", "per", "min_words"})


def analysis(scan: LetterScan) -> readability.Readability:
    return scan.memo("readability", lambda: readability.analyse(scan.text))


@dataclass(frozen=True)
class Readability:
    info: RuleInfo
    max_grade: float
    per: str  # "letter" or "paragraph"
    min_words: int  # shorter texts give meaningless grades

    def patterns(self) -> tuple:
        return ()

    def run(self, scan: LetterScan, level: Severity) -> Outcome:
        result = analysis(scan)
        if self.per == "letter":
            if result.counts.words < self.min_words or result.grade <= self.max_grade:
                return Outcome()
            message = fill_message(
                self.info.message, grade=f"{result.grade:g}", limit=f"{self.max_grade:g}"
            )
            return Outcome((letter_finding(self.info, level, message),))
        found = []
        for block in result.blocks:
            if block.kind == HEADING or block.counts.words < self.min_words:
                continue
            if block.grade > self.max_grade:
                message = fill_message(
                    self.info.message, grade=f"{block.grade:g}", limit=f"{self.max_grade:g}"
                )
                found.append(finding(self.info, level, scan.text, block.start, block.end, message))
        return Outcome(tuple(found))


def build(info: RuleInfo, spec) -> Readability:
    return Readability(
        info,
        float(spec.get("max_grade", (int, float))),
        spec.choice("per", ("letter", "paragraph"), "letter"),
        spec.get("min_words", int, 0),
    )
