"""Existence: flag every occurrence of any of a list of words or phrases (clichés, hedges)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from clearnotice.checks.outcome import Outcome, RuleInfo, fill_message, finding
from clearnotice.checks.scan import LetterScan
from clearnotice.checks.scopes import SCOPES, hits_in_scope
from clearnotice.model import Severity
from clearnotice.regex.words import bounded

KEYS = frozenset({"tokens", "exceptions", "ignorecase", "boundaries", "scope"})


@dataclass(frozen=True)
class Existence:
    # its findings in a block come from that block alone (clearnotice.checks.block_parts)
    blockwise: ClassVar[bool] = True
    info: RuleInfo
    pattern: re.Pattern[str]
    exceptions: tuple[re.Pattern[str], ...]
    scope: str

    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return (self.pattern,)

    def run(self, scan: LetterScan, level: Severity) -> Outcome:
        found = []
        for hit, matched in hits_in_scope(scan, self.pattern, self.scope):
            if any(e.search(matched) for e in self.exceptions):
                continue
            message = fill_message(self.info.message, match=matched.strip("* "))
            found.append(finding(self.info, level, scan.text, hit.start, hit.end, message))
        return Outcome(tuple(found))


def combine(tokens: list[str], boundaries: bool) -> str:
    """One alternation of ``tokens``, longest first so "threat actors" wins over "threat actor",
    each bounded so it never matches inside a longer word unless ``boundaries`` is false."""
    ordered = sorted(tokens, key=len, reverse=True)
    body = "|".join(f"(?:{t})" for t in ordered)
    return bounded(body) if boundaries else body


def build(info: RuleInfo, spec) -> Existence:
    ignorecase = spec.get("ignorecase", bool, True)
    boundaries = spec.get("boundaries", bool, True)
    tokens = spec.get("tokens", list)
    if not tokens:
        raise spec.error("tokens", "needs at least one pattern")
    for i, token in enumerate(tokens):  # each one alone first, so an error names its index
        spec.pattern(token, f"tokens[{i}]", ignorecase=ignorecase, bounded_later=boundaries)
    return Existence(
        info,
        spec.pattern(combine(tokens, boundaries), "tokens", ignorecase=ignorecase),
        spec.patterns("exceptions", required=False),
        spec.choice("scope", SCOPES, "text"),
    )
