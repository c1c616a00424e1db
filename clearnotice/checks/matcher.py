"""Finding the sentences that say something: the content matcher behind required content,
must-not-say rules, conditions and the skim preview.

A statement is recognised by words that carry its meaning, not by one fixed wording. A matcher
is a list of alternative groups; a sentence satisfies a group when every ``all`` pattern matches
in that one sentence, every ``near`` pattern matches close by (the same paragraph or bullet,
the heading it sits under, or the lead-in of its list: "The records included:" then the list)
and no ``none`` pattern matches in the sentence. Sentences matching a matcher-wide ``not``
pattern never count ("were **not** involved").

In a rule file::

    evidence:
      any:
        - all: ['{:personal_data:}']
          near: ['includ|involv|contain|exposed|copied|taken']
        - 'a single pattern is a group of one'
      not: ['(?:were|was) not (?:involved|affected)']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from clearnotice.checks.scan import LetterScan


@dataclass(frozen=True)
class Group:
    all: tuple[re.Pattern[str], ...]
    near: tuple[re.Pattern[str], ...] = ()
    none: tuple[re.Pattern[str], ...] = ()  # words that must not be in the sentence


@dataclass(frozen=True)
class Matcher:
    groups: tuple[Group, ...]
    exclude: tuple[re.Pattern[str], ...] = ()

    def patterns(self) -> tuple[re.Pattern[str], ...]:
        found = [p for g in self.groups for p in (*g.all, *g.near, *g.none)]
        return (*found, *self.exclude)

    def matches(self, scan: LetterScan) -> dict[int, int]:
        """Each satisfying sentence with the first group it satisfies (groups are listed from
        the clearest way of saying it to the loosest)."""
        matched: dict[int, int] = {}
        for index, group in enumerate(self.groups):
            # Each pattern narrows the candidates, matched only in the blocks they are in; once
            # none are left, the rest are not asked for at all. The pattern that may match the
            # fewest blocks goes first (the order changes no result): it is the likeliest to
            # leave few, and matching is most of a new letter's review.
            first, *rest = sorted(group.all, key=scan.spread)
            candidates: set[int] = set(scan.sentences_with(first)) - matched.keys()
            for pattern in rest:
                if not candidates:
                    break
                candidates = scan.narrow(pattern, candidates)
            for pattern in (*self.exclude, *group.none):
                if not candidates:
                    break
                candidates -= scan.narrow(pattern, candidates)
            for sentence in candidates:
                if all(scan.narrow(p, scan.context(sentence)) for p in group.near):
                    matched[sentence] = index
        return matched

    def sentences(self, scan: LetterScan) -> list[int]:
        """Indices of the sentences that satisfy the matcher, in reading order."""
        return sorted(self.matches(scan))

    def best(self, scan: LetterScan, allowed: Callable[[int], bool]) -> int | None:
        """The sentence to show as evidence: the clearest group first, then the sentence that
        says the most (a list of data types beats a passing mention), then the earliest."""
        ranked = [
            (group, -sum(scan.hit_count(p, sentence) for p in self.groups[group].all), sentence)
            for sentence, group in self.matches(scan).items()
            if allowed(sentence)
        ]
        return min(ranked)[2] if ranked else None
