"""clearnotice.regex.ending: a pattern ending in $ asked at a point of a text finds what it
finds in the text cut there, reading back only as far as a match can reach."""

from __future__ import annotations

import random
import re

import pytest

from clearnotice.regex.ending import Ending

_PATTERNS = (
    r"(?<!\w)(?:at least|more than|(?<!non )oltre|más del?)(?:\s+(?:the|l[oa]s))?\s*$",
    r"(?:\b(?:articles?|art|no)\.?|§)\s*\(?$",
    r"(?<!\w)(?:abs|art)\.?\s*$",
    r"(?:a{2,3}|b)[ \t]*$",
    r"x.*$",  # unbounded: the whole text is read
)
_PIECES = (
    "at",
    "least",
    "the",
    "los",
    "non",
    "oltre",
    "más",
    "de",
    "del",
    "art",
    "Art.",
    "§",
    "(",
    "no",
    "aa",
    "aaa",
    "b",
    "x",
    " ",
    "  ",
    "\t",
    "\n",
    "\u00a0",
    "1",
    "22",
    ",",
)


def _text(rnd: random.Random) -> str:
    return "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 40)))


def test_each_point_finds_what_the_text_cut_there_finds():
    rnd = random.Random(7)
    endings = [Ending(re.compile(p, re.IGNORECASE)) for p in _PATTERNS]
    found = 0
    for _ in range(400):
        text = _text(rnd)
        for ending in endings:
            for point in range(len(text) + 1):
                expected = ending.pattern.search(text[:point])
                got = ending.search(text, point)
                assert (got and (got.span(), got.group())) == (
                    expected and (expected.span(), expected.group())
                ), (ending.pattern.pattern, text, point)
                found += expected is not None
    assert found > 1000


def test_a_match_is_read_back_over_white_space_of_any_length():
    ending = Ending(re.compile(r"(?<!\w)at least\s*$"))
    text = "at least" + " " * 5000 + "\n" * 5000
    assert ending.before(text, len(text))
    assert not ending.before("that least" + " " * 5000, 5010)


def test_the_reach_is_what_a_match_holds_other_than_white_space():
    assert Ending(re.compile(r"(?<!\w)(?:at least|over)(?:\s+(?:the|your))?\s*$")).reach == 8 + 4
    assert Ending(re.compile(r"x.*$")).reach is None


def test_a_pattern_not_ending_the_text_is_refused():
    with pytest.raises(ValueError):
        Ending(re.compile(r"at least"))
