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
from collections.abc import Callable, Iterable
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

    def matches(
        self, scan: LetterScan, groups: Iterable[int] | None = None, block: int | None = None
    ) -> dict[int, int]:
        """Each satisfying sentence with the first group it satisfies (groups are listed from
        the clearest way of saying it to the loosest). ``groups``: only these may be satisfied
        in the sentences the caller wants (the others could not be: see block_parts). ``block``:
        only that block's sentences are wanted (a window's); each sentence's groups are tried
        alone, so leaving out the others changes none of its sentences' results."""
        matched: dict[int, int] = {}
        for index in range(len(self.groups)) if groups is None else groups:
            group = self.groups[index]
            # Each pattern narrows the candidates, matched only in the blocks they are in; once
            # none are left, the rest are not asked for at all. Over a whole letter the pattern
            # that may match the fewest blocks goes first (the order changes no result): it is
            # the likeliest to leave few, and matching is most of a new letter's review. Over a
            # block's window (``groups`` given) there are too few blocks to gain by sorting.
            ordered = group.all if groups is not None else sorted(group.all, key=scan.spread)
            found = (
                scan.sentences_with(ordered[0])
                if block is None
                else scan.sentences_in(ordered[0], block)
            )
            if not found:  # as for most groups: nothing more to ask
                continue
            candidates: set[int] = found - matched.keys()
            for pattern in ordered[1:]:
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

    def ranked(self, scan: LetterScan) -> dict[int, tuple[int, int]]:
        """Each satisfying sentence with its rank as evidence: the clearest group first, then
        the sentence that says the most (a list of data types beats a passing mention). A scan
        that keeps these per block (``clearnotice.checks.block_parts``) answers from there (a
        block's window: with the sentences of its block only)."""
        per_block = getattr(scan, "ranked_per_block", None)
        return per_block(self) if per_block is not None else self.rank_in(scan)

    def rank_in(
        self, scan: LetterScan, groups: Iterable[int] | None = None, block: int | None = None
    ) -> dict[int, tuple[int, int]]:
        """``ranked``, worked out from ``scan``'s matches (``groups`` and ``block`` as in
        ``matches``)."""
        return {
            sentence: (group, -sum(scan.hit_count(p, sentence) for p in self.groups[group].all))
            for sentence, group in self.matches(scan, groups, block).items()
        }

    def sentences(self, scan: LetterScan) -> list[int]:
        """Indices of the sentences that satisfy the matcher, in reading order."""
        return sorted(self.ranked(scan))


def best_of(ranks: dict[int, tuple[int, int]], allowed: Callable[[int], bool]) -> int | None:
    """The sentence to show as evidence: of those ``ranks`` holds (``Matcher.ranked``), the
    best ranked ``allowed`` one, then the earliest."""
    ranked = [(*rank, sentence) for sentence, rank in ranks.items() if allowed(sentence)]
    return min(ranked)[2] if ranked else None
