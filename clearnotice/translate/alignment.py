"""Pairing the blocks of a letter with the blocks of its translation, for side-by-side review.

Blocks come from clearnotice.text (headings, paragraphs, bullet items). A faithful translation
keeps them one for one; a translator may also drop, add, merge or split one. Pairs are found by
dynamic programming over both lists (as sentence aligners such as Gale and Church's do over
sentences): a pair costs more the more its kind, heading level, length and carried-over items
(numbers, codes, URLs...) differ, and leaving a block unpaired costs a fixed amount, so one
missing bullet shows as one missing row instead of shifting every row after it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from clearnotice.text import Block, blocks
from clearnotice.translate.entities import find_entities

_GAP = 2.2  # the cost of a block left without a partner
_KIND_MISMATCH = 2.5
_LEVEL_MISMATCH = 0.5
_BAND = 8


@dataclass(frozen=True)
class Segment:
    """One row of the review: a source block, its translation, or one of them alone."""

    index: int
    source: Block | None
    target: Block | None

    @property
    def paired(self) -> bool:
        return self.source is not None and self.target is not None


def _keys(block: Block, language: str) -> frozenset[str]:
    return frozenset(k for e in find_entities(block.text, language) for k in e.keys)


def _pair_cost(s: Block, t: Block, s_keys: frozenset[str], t_keys: frozenset[str]) -> float:
    cost = 0.0
    if s.kind != t.kind:
        cost += _KIND_MISMATCH
    elif s.level != t.level:
        cost += _LEVEL_MISMATCH
    cost += abs(math.log((len(t.text) + 20) / (len(s.text) + 20)))
    if s_keys or t_keys:
        cost += 1.5 * (1 - len(s_keys & t_keys) / len(s_keys | t_keys))
    return cost


@lru_cache(maxsize=64)
def align(source_text: str, target_text: str, target_language: str) -> tuple[Segment, ...]:
    """The rows of the side-by-side review, in letter order."""
    src = blocks(source_text)
    tgt = blocks(target_text)
    s_keys = [_keys(b, "en") for b in src]
    t_keys = [_keys(b, target_language) for b in tgt]
    n, m = len(src), len(tgt)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    move = [[""] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(1, n + 1):
        cost[i][0], move[i][0] = cost[i - 1][0] + _GAP, "s"
    for j in range(1, m + 1):
        cost[0][j], move[0][j] = cost[0][j - 1] + _GAP, "t"
    # Rows drift apart by at most the difference in block counts plus a few dropped-and-added
    # blocks; cells farther off the diagonal are never on a cheap path.
    band = abs(n - m) + _BAND
    for i in range(1, n + 1):
        for j in range(max(1, i - band), min(m, i + band) + 1):
            options = (
                (
                    cost[i - 1][j - 1]
                    + _pair_cost(src[i - 1], tgt[j - 1], s_keys[i - 1], t_keys[j - 1]),
                    "p",
                ),
                (cost[i - 1][j] + _GAP, "s"),
                (cost[i][j - 1] + _GAP, "t"),
            )
            cost[i][j], move[i][j] = min(options)
    rows: list[tuple[Block | None, Block | None]] = []
    i, j = n, m
    while i or j:
        step = move[i][j]
        if step == "p":
            rows.append((src[i - 1], tgt[j - 1]))
            i, j = i - 1, j - 1
        elif step == "s":
            rows.append((src[i - 1], None))
            i -= 1
        else:
            rows.append((None, tgt[j - 1]))
            j -= 1
    rows.reverse()
    return tuple(Segment(k, s, t) for k, (s, t) in enumerate(rows))
