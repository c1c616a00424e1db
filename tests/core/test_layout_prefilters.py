"""The quick tests put in front of the layout's patterns for speed (issue 17) change no reading:
over every line of every letter we keep, and greetings made up for the purpose, each pattern
matches exactly what it matched without its prefilter."""

from __future__ import annotations

import re

from clearnotice import plain_layout as layout
from tests.core import review_snapshot

GREETINGS = [
    "Dear valued customers,",
    "To all our valued customers:",
    "Valued members,",
    "Friends and families,\n",
    "Our patients:",
    "Hello team,",
    "Dear Customer",
    "A note to our community,",
    "We wrote to our customers.",
    "What Information Was Involved",
]


def _lines() -> list[str]:
    found = [line for text in review_snapshot.letters().values() for line in text.splitlines()]
    return [*found, *(line.strip() for line in found), *GREETINGS]


def _matched(pattern: re.Pattern[str], line: str) -> str | None:
    found = pattern.match(line)
    return found.group() if found else None


def test_a_greeting_to_a_group_is_read_as_without_its_prefilter() -> None:
    pattern = layout.SALUTATION
    without = re.compile(pattern.pattern.replace(layout._ENDS_GREETING, "", 1), pattern.flags)
    assert without.pattern != pattern.pattern
    lines = _lines()
    differ = [line for line in lines if _matched(pattern, line) != _matched(without, line)]
    assert not differ
    assert sum(1 for line in GREETINGS if pattern.match(line)) >= 6  # the greetings are read so
