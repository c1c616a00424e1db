"""The lookups an edit's review takes shortcuts through give what the long way gives: a review
window's sentences with a pattern, read off its blocks' own, and a narrowed alternation's
source, written out once per pattern and kept alternatives."""

from __future__ import annotations

import re
from pathlib import Path

from clearnotice.checks import prefilter
from clearnotice.checks.block_parts import BlockwiseScan
from clearnotice.checks.prefilter import Prefilter
from clearnotice.checks.scan import LetterScan
from clearnotice.guidance import _setup
from clearnotice.vocabulary import load

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TABLE = _setup(load()).table


def test_a_windows_sentences_with_a_pattern_are_those_of_its_hits() -> None:
    """Every window of every sample letter (a block under its heading and lead-in), every
    pattern the prefilter lets match in it: the sets read off the blocks are the sets of the
    window's own hits."""
    compared = matched = 0
    for path in sorted(FIXTURES.glob("*.md")):
        letter = BlockwiseScan(path.read_text(encoding="utf-8"), TABLE)
        for window in letter.windows:
            scan = window.scan
            asked = set().union(*(scan.may_match(b) for b in range(len(scan.blocks))))
            for index in sorted(asked):
                pattern = TABLE.patterns[index]
                found = scan.sentences_with(pattern)
                assert found == frozenset(hit.sentence for hit in LetterScan.hits(scan, pattern))
                compared += 1
                matched += bool(found)
    assert compared > 1000 and matched > 100  # the comparison covered real matches


def test_a_narrowing_is_written_for_the_alternatives_the_block_holds() -> None:
    """Another block's literals give another narrowing; the same ones give the same source,
    written once (the one string, whose hash is kept)."""
    pattern = re.compile(
        r"(?<![\w-])(?:(?:free\s+credit)|(?:\w+ly\s+minor)|(?:identity\s+theft))(?![\w-])", re.I
    )
    table = Prefilter([pattern])
    prefilter._NARROWED.clear()

    def narrowed(text: str) -> str:
        literals = table.plan(text).literals
        table.narrowing(0, pattern, literals)  # the first ask gets the whole alternation
        return table.narrowing(0, pattern, literals)[0].pattern

    credit = narrowed("We offer FREE credit monitoring.")
    assert credit == r"(?<![\w-])(?:free\s+credit)(?![\w-])"
    theft = narrowed("Identity theft protection is free.")
    assert theft == r"(?<![\w-])(?:identity\s+theft)(?![\w-])"
    both = narrowed("Free credit and identity theft protection.")
    assert both == r"(?<![\w-])(?:free\s+credit|identity\s+theft)(?![\w-])"
    assert narrowed("free credit, again") is credit
