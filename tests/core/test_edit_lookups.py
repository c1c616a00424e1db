"""The lookups an edit's review takes shortcuts through give what the long way gives: a review
window's sentences with a pattern, read off its blocks' own, a narrowed alternation's source,
written out once per pattern and kept alternatives, a count in a scope made block by block, and
the checklist's evidence read off ranks an edit carried over."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clearnotice import guidance
from clearnotice import text as segment
from clearnotice.checks import block_parts
from clearnotice.checks.block_parts import BlockwiseScan
from clearnotice.checks.scan import LetterScan
from clearnotice.checks.scopes import SCOPES, count_in_scope, hits_in_scope
from clearnotice.guidance import _setup
from clearnotice.regex import prefilter
from clearnotice.regex.prefilter import Prefilter
from clearnotice.vocabulary import load
from tests.core import review_snapshot

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TABLE = _setup(load()).table
LETTERS = review_snapshot.letters()
# the samples and every 80th corpus letter: each is reviewed twice per paragraph
EDITED = [n for n in LETTERS if n.startswith("fixtures/")] + sorted(
    n for n in LETTERS if not n.startswith("fixtures/")
)[::80]
CODES = tuple(p.code for p in guidance.jurisdictions())


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


def test_a_count_in_a_scope_is_the_number_of_hits_in_it() -> None:
    """Counted block by block, as a ratio counts, or hit by hit: every pattern the prefilter
    lets match in a sample letter, in every scope."""
    counted = 0
    for path in sorted(FIXTURES.glob("*.md")):
        scan = LetterScan(path.read_text(encoding="utf-8"), TABLE)
        asked = set().union(*(scan.may_match(b) for b in range(len(scan.blocks))))
        for index in sorted(asked):
            pattern = TABLE.patterns[index]
            for scope in SCOPES:
                expected = sum(1 for _ in hits_in_scope(scan, pattern, scope))
                assert count_in_scope(scan, pattern, scope) == expected
                counted += expected
    assert counted > 1000


def _words_added(text: str) -> list[str]:
    """``text`` with a word added inside each paragraph's first sentence in turn: every
    sentence numbered as before, as while typing in one."""
    edited = []
    for block in segment.blocks(text):
        if block.kind == segment.PARAGRAPH and " " in block.text:
            at = block.start + block.text.index(" ")
            edited.append(text[:at] + " also" + text[at:])
    return edited


@pytest.mark.parametrize("name", EDITED)
def test_an_edit_within_a_sentence_gives_the_checklist_of_a_letter_never_seen(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit that leaves every sentence numbered as before hands most matchers' ranks on, and
    what the checklist read off them (``LetterScan.from_ranks``) with them: the review is that
    of the edited letter never seen."""
    text = LETTERS[name]
    monkeypatch.setattr(guidance, "_recent", guidance.Recent("reports", 8))
    edited = carried = 0
    for after in _words_added(text):
        guidance._recent.clear()  # the letter reviewed again, so the next review is its edit
        guidance.review(text, CODES)
        warm = guidance.review(after, CODES)
        edit = block_parts._last[0]._edit  # None when the edit changed more than a window or two
        if edit is not None:
            edited += 1
            kept = block_parts._last[0]._read.items()
            carried += sum(
                isinstance(value[0], dict) and value is edit.read.get(key) for key, value in kept
            )
        with monkeypatch.context() as fresh:  # no window, report nor review kept from before
            fresh.setattr(block_parts, "_windows", block_parts.Recent("fresh windows", 8192))
            fresh.setattr(block_parts, "_last", [None])
            fresh.setattr(guidance, "_recent", guidance.Recent("fresh reports", 8))
            assert guidance.review(after, CODES).as_dict() == warm.as_dict()
    assert carried or not edited  # the shortcut was taken


def _replaced(text: str, block: segment.Block, new: str) -> str:
    return text[: block.start] + new + text[block.end :]


def _structure_edits(text: str) -> list[str]:
    """``text`` edited where the structure rules look: the title and the last block made other
    headings or none, many words added to the first paragraph (the first screen then ends
    earlier) and two steps opening the last paragraph (steps not in a list)."""
    blocks = segment.blocks(text)
    edits = [
        _replaced(text, blocks[0], "Dear Customer,"),
        _replaced(text, blocks[0], "Notice of Data Breach"),
        _replaced(text, blocks[-1], "What You Can Do"),
    ]
    paragraphs = [b for b in blocks if b.kind == segment.PARAGRAPH]
    if paragraphs:
        first, last = paragraphs[0], paragraphs[-1]
        edits.append(_replaced(text, first, first.text + " and so on" * 150))
        edits.append(_replaced(text, last, "Call us today. Check your statements. " + last.text))
    return edits


@pytest.mark.parametrize("name", EDITED)
def test_an_edit_where_the_structure_rules_look_gives_the_review_of_a_letter_never_seen(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The structure rules start an edit's review from the review before it: the headings'
    texts and what a rule read off them, the steps not in a list block by block, and the
    sentences that conveyed each essential within the first screen, where the edit left
    their windows as they were. Edited where those rules look, and in the very blocks of the
    sentences noted, the review is that of the edited letter never seen."""
    text = LETTERS[name]
    monkeypatch.setattr(guidance, "_recent", guidance.Recent("reports", 8))
    carried = []
    carry = BlockwiseScan.carried_sentence

    def counted(scan: BlockwiseScan, owner: object, which: int) -> int | None:
        carried.append(carry(scan, owner, which))
        return carried[-1]

    monkeypatch.setattr(BlockwiseScan, "carried_sentence", counted)
    guidance.review(text, CODES)
    noted = block_parts._last[0]
    conveying = {noted.sentences[sentence].block for _owner, sentence in noted._noted.values()}
    blocks = noted.blocks
    edits = _structure_edits(text)
    edits += [_replaced(text, blocks[block], "Thank you.") for block in sorted(conveying)]
    edited = kept_headings = 0
    for after in edits:
        guidance._recent.clear()  # the letter reviewed again, so the next review is its edit
        guidance.review(text, CODES)
        warm = guidance.review(after, CODES)
        edit = block_parts._last[0]._edit
        if edit is not None:
            edited += 1
            kept_headings += edit.heading_texts is not None
        with monkeypatch.context() as fresh:  # no window, report nor review kept from before
            fresh.setattr(block_parts, "_windows", block_parts.Recent("fresh windows", 8192))
            fresh.setattr(block_parts, "_last", [None])
            fresh.setattr(guidance, "_recent", guidance.Recent("fresh reports", 8))
            assert guidance.review(after, CODES).as_dict() == warm.as_dict()
    # the shortcuts were taken where an edit allowed them
    assert not edited or kept_headings
    assert not edited or not conveying or any(s is not None for s in carried)
