"""Ratio: compare how often two things are said (the reader addressed as "you" against the
writer's "we") and flag the letter when one falls short of the other."""

from __future__ import annotations

import re
from dataclasses import dataclass

from clearnotice.checks.outcome import Outcome, RuleInfo, fill_message, letter_finding
from clearnotice.checks.scan import LetterScan
from clearnotice.checks.scopes import count_in_scope
from clearnotice.model import Severity

KEYS = frozenset({"numerator", "denominator", "min", "min_count"})


@dataclass(frozen=True)
class Ratio:
    info: RuleInfo
    numerator: re.Pattern[str]
    denominator: re.Pattern[str]
    minimum: float
    min_count: int  # below this many denominator hits the letter is too short to judge

    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return (self.numerator, self.denominator)

    def _count(self, scan: LetterScan, pattern: re.Pattern[str]) -> int:
        return count_in_scope(scan, pattern, "body")

    def run(self, scan: LetterScan, level: Severity) -> Outcome:
        top = self._count(scan, self.numerator)
        bottom = self._count(scan, self.denominator)
        if bottom < self.min_count or top >= self.minimum * bottom:
            return Outcome()
        message = fill_message(
            self.info.message, numerator=top, denominator=bottom, ratio=f"{top / bottom:.1f}"
        )
        return Outcome((letter_finding(self.info, level, message),))


def build(info: RuleInfo, spec) -> Ratio:
    minimum = spec.get("min", (int, float))
    if minimum <= 0:
        raise spec.error("min", "must be above zero")
    return Ratio(
        info,
        spec.pattern(spec.get("numerator"), "numerator"),
        spec.pattern(spec.get("denominator"), "denominator"),
        float(minimum),
        spec.get("min_count", int, 1),
    )
