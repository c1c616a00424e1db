"""Whether a pattern that ends at the end of a text (``...\\s*$``: "at least" right before a
number) matches the text before a point, reading only the stretch a match could reach.

``pattern.search(text[:point])`` copies the text up to the point and tries the pattern at every
position of it, so asking it for each of a sentence's numbers reads the sentence once per
number: a sentence of 4,000 different numbers took a minute. A match ends at the point (or
before a last line break), and the parse tree tells the most characters other than white space
it can hold (``reach``: white space repeated without bound, "\\s*", is free); so a match starts
after the last ``reach + 1`` such characters before the point, and the pattern is searched there
alone, the text before still seen by its look-behinds as in the whole text. A pattern whose
other parts repeat without bound is searched over the whole text, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as sre
from re import _parser

# What "\s" parses to: a class of the one category of white space.
_SPACE_CATEGORIES = (sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _only_white_space(items: Sequence) -> bool:
    """Whether ``items`` (a parsed piece) matches one character of white space and nothing else."""
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is sre.LITERAL:
        return chr(av).isspace()
    return op is sre.IN and all(
        (o is sre.CATEGORY and a in _SPACE_CATEGORIES) or (o is sre.LITERAL and chr(a).isspace())
        for o, a in av
    )


def _reach(items: Sequence) -> int | None:
    """The most characters other than white space a match of ``items`` holds, None when
    unbounded."""
    total = 0
    for op, av in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
            total += 1
        elif op in _REPEATS:
            low, high, item = av
            if _only_white_space(item):
                continue
            inner = _reach(item)
            if inner is None or (high == sre.MAXREPEAT and inner):
                return None
            total += inner * high
        elif op is sre.SUBPATTERN:
            inner = _reach(av[-1])
            if inner is None:
                return None
            total += inner
        elif op is sre.ATOMIC_GROUP:
            inner = _reach(av)
            if inner is None:
                return None
            total += inner
        elif op is sre.BRANCH:
            widths = [_reach(branch) for branch in av[1]]
            if None in widths:
                return None
            total += max(widths)
        elif op not in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return None  # a back-reference, a conditional: read the whole text
    return total


def _white_space_free_reach(pattern: re.Pattern[str]) -> int | None:
    try:
        return _reach(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # re's parser is private: on another Python, read the whole text
        return None


class Ending:
    """A pattern ending in ``$``, asked whether it matches the text before a point."""

    def __init__(self, pattern: re.Pattern[str]):
        if not pattern.pattern.endswith("$"):
            raise ValueError(f"not anchored at the end: {pattern.pattern!r}")
        self.pattern = pattern
        self.reach = _white_space_free_reach(pattern)

    def search(self, text: str, point: int) -> re.Match[str] | None:
        """What ``self.pattern.search(text[:point])`` finds: the same match, as no match can
        start before ``_start``, and the positions it tries from there are the same."""
        return self.pattern.search(text, self._start(text, point), point)

    def before(self, text: str, point: int) -> bool:
        """Whether ``self.pattern.search(text[:point])`` finds a match."""
        return self.search(text, point) is not None

    def _start(self, text: str, point: int) -> int:
        """A position no match ending at ``point`` starts before: one with more than ``reach``
        characters other than white space between it and ``point`` (0 if there is none)."""
        if self.reach is None:
            return 0
        width = 2 * (self.reach + 1)
        while True:
            start = max(0, point - width)
            if start == 0 or len("".join(text[start:point].split())) > self.reach:
                return start
            width *= 2
