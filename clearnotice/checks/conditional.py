"""Conditional: a term used must be explained somewhere in the letter (an acronym spelled out
the first time, "Endpoint Detection and Response (EDR)").

``first`` finds the term (its first capture group), ``second`` finds where a term is explained
(its first capture group names the term). The first unexplained use of each term is flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clearnotice.checks.outcome import Outcome, RuleInfo, fill_message, finding
from clearnotice.checks.scan import LetterScan
from clearnotice.checks.scopes import SCOPES, in_scope
from clearnotice.model import Severity

KEYS = frozenset({"first", "second", "exceptions", "ignorecase", "scope"})


@dataclass(frozen=True)
class Conditional:
    info: RuleInfo
    first: re.Pattern[str]
    second: re.Pattern[str]
    exceptions: frozenset[str]
    scope: str

    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return (self.first, self.second)

    def run(self, scan: LetterScan, level: Severity) -> Outcome:
        explained = {h.group for h in scan.hits(self.second)}
        seen = set()
        found = []
        for hit in scan.hits(self.first):
            term = hit.group or scan.text[hit.start : hit.end]
            if term in explained or term in self.exceptions or term in seen:
                continue
            if not in_scope(scan, hit.sentence, self.scope):
                continue
            seen.add(term)
            message = fill_message(self.info.message, match=term)
            found.append(finding(self.info, level, scan.text, hit.start, hit.end, message))
        return Outcome(tuple(found))


def build(info: RuleInfo, spec) -> Conditional:
    ignorecase = spec.get("ignorecase", bool, True)
    first = spec.pattern(spec.get("first"), "first", ignorecase=ignorecase)
    second = spec.pattern(spec.get("second"), "second", ignorecase=ignorecase)
    for key, pattern in (("first", first), ("second", second)):
        if pattern.groups < 1:
            raise spec.error(key, "needs a capture group ( ... ) around the term")
    return Conditional(
        info,
        first,
        second,
        frozenset(spec.strings("exceptions")),
        spec.choice("scope", SCOPES, "body"),
    )
