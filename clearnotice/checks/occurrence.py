"""Occurrence: count words or matches per sentence or in the whole letter against a limit.

Per sentence it finds over-long sentences (``count: words``) or piled-up marks; over the whole
letter it finds something said too often, or never (``min: 1``: no apology anywhere).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clearnotice.checks.outcome import Outcome, RuleInfo, fill_message, finding, letter_finding
from clearnotice.checks.scan import LetterScan
from clearnotice.checks.scopes import SCOPES, in_scope
from clearnotice.model import Severity

KEYS = frozenset({"count", "per", "max", "min", "scope"})
WORDS = "words"


@dataclass(frozen=True)
class Occurrence:
    info: RuleInfo
    pattern: re.Pattern[str] | None  # None: count words
    per: str  # "sentence" or "letter"
    maximum: int | None
    minimum: int | None
    scope: str

    @property
    def blockwise(self) -> bool:
        """A count per sentence comes from the sentence's block alone (a count over the letter
        does not): clearnotice.checks.block_parts."""
        return self.per == "sentence"

    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return (self.pattern,) if self.pattern else ()

    def _counts(self, scan: LetterScan) -> dict[int, int]:
        if self.pattern is None:
            return {i: s.words for i, s in enumerate(scan.sentences)}
        counts: dict[int, int] = {}
        for hit in scan.hits(self.pattern):
            counts[hit.sentence] = counts.get(hit.sentence, 0) + 1
        return counts

    def _breaks(self, count: int) -> int | None:
        if self.maximum is not None and count > self.maximum:
            return self.maximum
        if self.minimum is not None and count < self.minimum:
            return self.minimum
        return None

    def run(self, scan: LetterScan, level: Severity) -> Outcome:
        counts = {i: n for i, n in self._counts(scan).items() if in_scope(scan, i, self.scope)}
        if self.per == "letter":
            total = sum(counts.values())
            limit = self._breaks(total)
            if limit is None:
                return Outcome()
            message = fill_message(self.info.message, count=total, limit=limit)
            return Outcome((letter_finding(self.info, level, message),))
        found = []
        for index, count in sorted(counts.items()):
            limit = self._breaks(count)
            if limit is not None:
                s = scan.sentences[index]
                message = fill_message(self.info.message, count=count, limit=limit)
                found.append(finding(self.info, level, scan.text, s.start, s.end, message))
        return Outcome(tuple(found))


def build(info: RuleInfo, spec) -> Occurrence:
    count = spec.get("count")
    maximum = spec.get("max", int, None)
    minimum = spec.get("min", int, None)
    if maximum is None and minimum is None:
        raise spec.error("max", "give a 'max' or a 'min'")
    per = spec.choice("per", ("sentence", "letter"), "sentence")
    if per == "sentence" and minimum is not None:
        raise spec.error("min", "a minimum per sentence would flag every other sentence")
    return Occurrence(
        info,
        None if count == WORDS else spec.pattern(count, "count"),
        per,
        maximum,
        minimum,
        spec.choice("scope", SCOPES, "body"),
    )
