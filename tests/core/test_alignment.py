"""Pairing a paragraph's sentences (clearnotice.translate.alignment): the cheapest path found
in a window of the table that provably holds it is the one the whole table gives, and a pasted
run of thousands of sentences is paired as a short one is, without weighing every sentence
against every other."""

from __future__ import annotations

import random

from clearnotice.text import PARAGRAPH, Block
from clearnotice.translate.alignment import (
    _SENTENCE_PRIOR,
    _sentences,
    align,
    align_sentences,
    best_path,
    cheapest_path,
)
from clearnotice.translate.qa import check_translation

MOVES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (3, 1), (1, 3))


def _paragraph(text: str) -> Block:
    return Block(PARAGRAPH, 0, len(text), text, 0)


def _run(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length].strip()


def _shapes(pairs) -> list[tuple[int, int]]:
    return [(len(p.source), len(p.target)) for p in pairs]


def test_a_pasted_run_of_numbered_sentences_pairs_one_for_one_as_a_short_one_does():
    short, pasted = _run("1. ", 9), _run("1. ", 6000)  # 3 sentences, and 2,000
    for text in (short, pasted):
        pairs = align_sentences(_paragraph(text), _paragraph(text))
        assert _shapes(pairs) == [(1, 1)] * len(text.split())
    findings = [f.finding.rule_id for f in check_translation(short, short, "es").findings]
    assert [f.finding.rule_id for f in check_translation(pasted, pasted, "es").findings] == findings


def test_a_pasted_run_against_a_translation_half_as_long_still_pairs_every_sentence():
    english, translation = _run("1. ", 3000), _run("1. 1, ", 3000)  # 1,000 and 500 sentences
    source, target = _paragraph(english), _paragraph(translation)
    pairs = align_sentences(source, target)
    assert len(_sentences(target)) > 400
    assert [s for p in pairs for s in p.source] == list(_sentences(source))
    assert [t for p in pairs for t in p.target] == list(_sentences(target))


def test_a_pasted_run_against_one_long_sentence_reads_that_sentence_once():
    # no cognate tells here, so each merge into the translation's one sentence counts its
    # commas: read again at every merge, 10,000 sentences took seconds per 10,000 characters
    english, translation = _run("1. ", 30000), _run("1, ", 30000) + "."
    source, target = _paragraph(english), _paragraph(translation)
    assert len(_sentences(target)) == 1
    pairs = align_sentences(source, target)
    assert [s for p in pairs for s in p.source] == list(_sentences(source))
    assert [t for p in pairs for t in p.target] == list(_sentences(target))


def test_a_pasted_run_of_one_line_paragraphs_pairs_them_one_for_one_as_a_short_one_does():
    # the translation keeps the English's lines, so each block's line is looked up, now by
    # bisection; counted from the text's start for each block, 53,000 paragraphs took 25 s,
    # 7 s now (bench_pasted_runs measures it; this test checks the answer at length)
    for length in (12, 30000):
        english = _run("a\n\n", length)
        segments = align(english, english.replace("a", "b"), "es")
        assert len(segments) == len(english.split())
        assert all(seg.source.text == "a" and seg.target.text == "b" for seg in segments)


def _costs(rng: random.Random, prior: bool):
    """Step costs at least ``floor`` of their move, and most often exactly it, so that many
    paths cost as little as the floors allow (they run along the window's edge) and paths of
    equal cost abound (the order of moves must pick between them). The floors are either the
    sentences' priors, or 0.25 per item and 1 per item one side takes more, to the last digit."""
    floor = (
        {move: _SENTENCE_PRIOR[move] for move in MOVES}
        if prior
        else {move: 0.25 * (move[0] + move[1]) + abs(move[0] - move[1]) for move in MOVES}
    )
    table = {}

    def step_cost(i: int, j: int, move: tuple[int, int]) -> float:
        if (i, j, move) not in table:
            dearer = (0, 0, 1, 2, 3) if move == (1, 1) else (0, 0, 0, 0.5)
            table[i, j, move] = floor[move] + rng.choice(dearer)
        return table[i, j, move]

    return step_cost, floor


def test_the_window_proved_to_hold_the_cheapest_path_gives_the_whole_tables_path():
    rng = random.Random(7)
    for trial in range(600):
        n, m = rng.randint(0, 30), rng.randint(0, 30)
        step_cost, floor = _costs(rng, prior=trial % 3 == 0)
        whole = best_path(n, m, step_cost, MOVES)
        assert cheapest_path(n, m, step_cost, MOVES, floor) == whole


def test_a_path_priced_on_the_diagonal_is_found_in_the_narrowest_band():
    # every step but one-to-one costs its floor and one-to-one costs exactly its own: the
    # diagonal is the cheapest path, and no other cell can be on one as cheap
    visited = []

    def step_cost(i: int, j: int, move: tuple[int, int]) -> float:
        visited.append((i, j))
        return 1.0 if move == (1, 1) else 5.0 * (move[0] + move[1])

    floor = {move: 5.0 * (move[0] + move[1]) if move != (1, 1) else 1.0 for move in MOVES}
    steps = cheapest_path(500, 500, step_cost, MOVES, floor)
    assert [move for _, _, move in steps] == [(1, 1)] * 500
    assert max(abs(i - j) for i, j in visited) <= 2
