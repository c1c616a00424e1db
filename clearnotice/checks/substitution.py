"""Substitution: flag a word or phrase and offer the plain one to use instead (jargon, wordiness).

``swap`` maps a pattern to its replacement (or a list of them). The suggestion is written in
lower case in the rule file and gets a capital when it replaces the first word of a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from clearnotice.checks.existence import combine
from clearnotice.checks.outcome import Outcome, RuleInfo, fill_message, finding
from clearnotice.checks.scan import LetterScan
from clearnotice.checks.scopes import SCOPES, hits_in_scope
from clearnotice.model import Severity

KEYS = frozenset({"swap", "ignorecase", "scope"})


@dataclass(frozen=True)
class Substitution:
    # its findings in a block come from that block alone (clearnotice.checks.block_parts)
    blockwise: ClassVar[bool] = True
    info: RuleInfo
    pattern: re.Pattern[str]
    swaps: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]  # longest key first
    scope: str

    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return (self.pattern,)

    def replacements(self, plain: str) -> tuple[str, ...]:
        """The swaps for ``plain``, the matched words with their markup blanked."""
        plain = plain.strip()
        for key, replacements in self.swaps:
            if key.fullmatch(plain):
                return replacements
        return ()

    def run(self, scan: LetterScan, level: Severity) -> Outcome:
        found = []
        for hit, matched in hits_in_scope(scan, self.pattern, self.scope):
            suggestions = self.replacements(scan.read(hit.start, hit.end))
            if scan.at_sentence_start(hit):
                suggestions = tuple(s[:1].upper() + s[1:] for s in suggestions)
            message = fill_message(
                self.info.message,
                match=matched.strip("* "),
                suggestion=" or ".join(f"'{s}'" for s in suggestions),
            )
            found.append(
                finding(self.info, level, scan.text, hit.start, hit.end, message, suggestions)
            )
        return Outcome(tuple(found))


def build(info: RuleInfo, spec) -> Substitution:
    ignorecase = spec.get("ignorecase", bool, True)
    swap = spec.get("swap", dict)
    if not swap:
        raise spec.error("swap", "needs at least one 'pattern: replacement' entry")
    swaps = []
    for key, value in swap.items():
        replacements = [value] if isinstance(value, str) else value
        if not isinstance(replacements, list) or not all(
            isinstance(r, str) and r.strip() for r in replacements
        ):
            raise spec.error(f"swap.{key}", "the replacement must be a string or a list of them")
        compiled = spec.pattern(str(key), f"swap.{key}", ignorecase=ignorecase, bounded_later=True)
        swaps.append((compiled, tuple(replacements)))
    keys = [str(k) for k in swap]
    swaps.sort(key=lambda s: len(s[0].pattern), reverse=True)
    return Substitution(
        info,
        spec.pattern(combine(keys, True), "swap", ignorecase=ignorecase),
        tuple(swaps),
        spec.choice("scope", SCOPES, "text"),
    )
