"""Must not say: a statement a jurisdiction forbids in the notice (Massachusetts: the nature of
the breach, the number of residents affected). Every sentence that makes it is flagged."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from clearnotice.checks.matcher import Matcher
from clearnotice.checks.outcome import Outcome, RuleInfo, fill_message, finding
from clearnotice.checks.required import body_sentences
from clearnotice.checks.scan import LetterScan
from clearnotice.model import Severity

KEYS = frozenset({"forbids"})


@dataclass(frozen=True)
class MustNotSay:
    # its findings in a block come from that block alone (clearnotice.checks.block_parts)
    blockwise: ClassVar[bool] = True
    info: RuleInfo
    forbids: Matcher

    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return self.forbids.patterns()

    def sentences(self, scan: LetterScan) -> list[int]:
        return body_sentences(scan, self.forbids)

    def run(self, scan: LetterScan, level: Severity) -> Outcome:
        found = []
        for index in self.sentences(scan):
            s = scan.sentences[index]
            message = fill_message(self.info.message, match=scan.text[s.start : s.end])
            found.append(finding(self.info, level, scan.text, s.start, s.end, message))
        return Outcome(tuple(found))


def build(info: RuleInfo, spec) -> MustNotSay:
    return MustNotSay(info, spec.matcher("forbids"))
