"""A weekday that disagrees with the date it names, in the English letter ("On Tuesday, March
3, 2025, we learned ..." when March 3, 2025 was a Monday): each is an error on those words, with
the day the date falls on as the suggestion. The reading is translation QA's
(clearnotice.translate.weekday_dates), so the letter and its translations are judged alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from clearnotice.checks.outcome import Outcome, RuleInfo, fill_message, finding
from clearnotice.checks.scan import LetterScan
from clearnotice.checks.scopes import hits_in_scope
from clearnotice.model import Severity
from clearnotice.translate.entities import weekday_pattern
from clearnotice.translate.languages import SOURCE_LANGUAGE
from clearnotice.translate.weekday_dates import calendar_says, corrected, wrong_weekdays

KEYS = frozenset()

# A day of the week named in English: only a block that names one is read for dates.
PATTERN = weekday_pattern(SOURCE_LANGUAGE)


@dataclass(frozen=True)
class WeekdayDate:
    # its findings in a block come from that block alone (clearnotice.checks.block_parts)
    blockwise: ClassVar[bool] = True
    info: RuleInfo

    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return (PATTERN,)

    def run(self, scan: LetterScan, level: Severity) -> Outcome:
        named = sorted(
            {scan.block_at(hit.start) for hit, _ in hits_in_scope(scan, PATTERN, "text")}
        )
        found = []
        for index in named:
            block = scan.blocks[index]
            for wrong in wrong_weekdays(block.text, SOURCE_LANGUAGE):
                message = fill_message(self.info.message, calendar=calendar_says(wrong))
                fix = corrected(block.text, wrong, SOURCE_LANGUAGE)
                start, end = block.start + wrong.start, block.start + wrong.end
                found.append(finding(self.info, level, scan.text, start, end, message, (fix,)))
        return Outcome(tuple(found))


def build(info: RuleInfo, spec) -> WeekdayDate:
    return WeekdayDate(info)
