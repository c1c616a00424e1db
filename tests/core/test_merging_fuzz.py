"""Fuzz of the three-way merge over letters whose paragraphs repeat: never a silent wrong merge.

Each case builds a base letter from a small alphabet of paragraphs (so twins are common: two
"Sincerely," lines, the same bullet twice), then edits it twice at random (delete, insert, edit,
move), tracking every paragraph's identity. The right result is the merge's documented rules
(a change on one side is taken, the same change on both once, changes that touch the same base
paragraphs or insert at the same place clash) applied to the *true* pairing of each side with the
base, known from the identities, never from a diff. A merge must then either be clean with
exactly that text, or report a conflict whose settled text around it is right.

A side's text does not always tell its pairing: deleting one of two "Sincerely," lines leaves
the same text whichever was deleted. Cases whose true pairing keeps fewer paragraphs than the
longest one the texts allow (a paragraph deleted and the same text typed back) are not judged:
no merge can see that edit.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from clearnotice.merging import Conflict, merge
from clearnotice.text import block_pieces

ALPHABET = ("Sincerely,", "Call us at 1-800-555-0100.", "- Same bullet", "##", "We are sorry.")
CASES = 3000


@dataclass(frozen=True)
class Para:
    """A paragraph with who it is: ``ident`` survives edits and is new for each insertion."""

    ident: int
    text: str


@dataclass(frozen=True)
class Case:
    base: tuple[Para, ...]
    ours: tuple[Para, ...]
    theirs: tuple[Para, ...]


def _letter(paras: tuple[Para, ...]) -> str:
    return "".join(f"{p.text}\n\n" for p in paras).removesuffix("\n")


def _edited(rng: random.Random, paras: list[Para], fresh) -> list[Para]:
    """One to three random edits; a move is a deletion and an insertion of the same text."""
    paras = list(paras)
    for _ in range(rng.randint(1, 3)):
        op = rng.choice(("delete", "insert", "edit", "move") if paras else ("insert",))
        if op == "insert":
            paras.insert(rng.randint(0, len(paras)), Para(next(fresh), rng.choice(ALPHABET)))
            continue
        i = rng.randrange(len(paras))
        if op == "delete":
            del paras[i]
        elif op == "edit":  # a small choice of edits, so both sides sometimes make the same one
            paras[i] = Para(paras[i].ident, f"{paras[i].text} (edit {rng.randint(1, 2)})")
        else:
            moved = paras.pop(i)
            where = rng.choice([k for k in range(len(paras) + 1) if k != i] or [i])
            paras.insert(where, Para(next(fresh), moved.text))
    return paras


def make_case(seed: int) -> Case:
    rng = random.Random(seed)
    fresh = iter(range(1000, 10**6))
    base = tuple(Para(n, rng.choice(ALPHABET)) for n in range(rng.randint(1, 7)))
    return Case(base, tuple(_edited(rng, base, fresh)), tuple(_edited(rng, base, fresh)))


# the right result: the merge's rules over the true pairing ------------------------------------


def _true_hunks(base: tuple[Para, ...], side: tuple[Para, ...]) -> list[tuple[int, int, tuple]]:
    """(start, end, texts): base ``start:end`` replaced, between paragraphs the side kept as
    they were; n paragraphs replaced by n are n one-paragraph changes (the merge's rule)."""
    where = {p.ident: i for i, p in enumerate(base)}
    anchors = [
        (where[p.ident], j)
        for j, p in enumerate(side)
        if p.ident in where and base[where[p.ident]].text == p.text
    ]
    hunks, a, b = [], 0, 0
    for i, j in [*anchors, (len(base), len(side))]:
        texts = tuple(p.text for p in side[b:j])
        if i - a == j - b:
            hunks += [(a + k, a + k + 1, (texts[k],)) for k in range(i - a)]
        elif (a, b) != (i, j):
            hunks.append((a, i, texts))
        a, b = i + 1, j + 1
    return hunks


def expected(case: Case) -> tuple[str, ...] | None:
    """The merged paragraphs, or None where the true changes clash."""
    hunks = sorted(
        [(*h, "o") for h in _true_hunks(case.base, case.ours)]
        + [(*h, "t") for h in _true_hunks(case.base, case.theirs)]
    )
    clusters: list[list] = []
    for h in hunks:
        if clusters:
            lo, hi = clusters[-1][0][0], max(x[1] for x in clusters[-1])
            if h[0] < hi or lo == hi == h[0] == h[1]:
                clusters[-1].append(h)
                continue
        clusters.append([h])
    base = [p.text for p in case.base]
    out, position = [], 0
    for cluster in clusters:
        lo, hi = cluster[0][0], max(h[1] for h in cluster)
        texts = {side: _apply(base, lo, hi, [h for h in cluster if h[3] == side]) for side in "ot"}
        sides = {h[3] for h in cluster}
        if len(sides) == 2 and texts["o"] != texts["t"]:
            return None
        out += base[position:lo] + texts[sides.pop()]
        position = hi
    return tuple(out + base[position:])


def _apply(base: list[str], lo: int, hi: int, hunks: list) -> list[str]:
    out, position = [], lo
    for start, end, texts, _ in hunks:
        out += base[position:start] + list(texts)
        position = end
    return out + base[position:hi]


def _longest_pairing(a: list[str], b: list[str]) -> int:
    row = [0] * (len(b) + 1)
    for x in a:
        prev, row = row, [0]
        for j, y in enumerate(b):
            row.append(prev[j] + 1 if x == y else max(prev[j + 1], row[j]))
    return row[-1]


def judged(case: Case) -> bool:
    """Whether each side's true pairing is one its text allows: as long as the longest."""
    for side in (case.ours, case.theirs):
        ids = {p.ident: p.text for p in case.base}
        kept = sum(ids.get(p.ident) == p.text for p in side)
        if kept < _longest_pairing([p.text for p in case.base], [p.text for p in side]):
            return False
    return True


# the check ------------------------------------------------------------------------------------


def _paragraphs(text: str) -> list[str]:
    return [piece.strip("\n") for piece in block_pieces(text)]


def _fits(parts: list, want: list[str]) -> bool:
    """Whether the settled paragraphs, with any paragraphs in place of the conflicts, give
    ``want``."""
    if not parts:
        return not want
    head, rest = parts[0], parts[1:]
    if head is Conflict:
        return any(_fits(rest, want[k:]) for k in range(len(want) + 1))
    return bool(want) and want[0] == head and _fits(rest, want[1:])


def verdict(seed: int) -> str:
    """'right', 'conflict' (a merge that asks a person), 'unjudged', or what went wrong."""
    case = make_case(seed)
    if not judged(case):
        return "unjudged"
    want = expected(case)
    result = merge(_letter(case.base), _letter(case.ours), _letter(case.theirs))
    if result.clean:
        if want is None:
            return "clean where the changes clash"
        return "right" if _paragraphs(result.text) == list(want) else "wrong text"
    settled = [Conflict if isinstance(p, Conflict) else p.strip("\n") for p in result.parts]
    if want is not None and not _fits(settled, list(want)):
        return "wrong text around the conflict"
    return "conflict"


def _pairings(a: list[str], b: list[str]) -> list[dict[int, int]]:
    """Every longest pairing of ``a`` with ``b`` (j -> i), by brute force: the cases are small."""
    longest = _longest_pairing(a, b)
    found: list[dict[int, int]] = []

    def extend(i: int, j: int, pairs: dict[int, int]) -> None:
        if len(pairs) == longest:
            found.append(dict(pairs))
            return
        for x in range(i, len(a)):
            for y in range(j, len(b)):
                if a[x] == b[y]:
                    extend(x + 1, y + 1, {**pairs, y: x})

    extend(0, 0, {})
    return found


def _read_as(base: tuple[Para, ...], side: tuple[Para, ...], pairs: dict[int, int]):
    """``side`` with identities as ``pairs`` would have them: a paired paragraph is the base's."""
    return tuple(
        Para(base[pairs[j]].ident, p.text) if j in pairs else Para(-1 - j, p.text)
        for j, p in enumerate(side)
    )


def readings(case: Case) -> set[tuple[str, ...] | None]:
    """The right results under every pairing the texts allow: more than one, and no merge of
    the texts alone can know which is meant."""
    base = [p.text for p in case.base]
    sides = [(side, _pairings(base, [p.text for p in side])) for side in (case.ours, case.theirs)]
    (ours, ours_pairings), (theirs, theirs_pairings) = sides
    return {
        expected(Case(case.base, _read_as(case.base, ours, o), _read_as(case.base, theirs, t)))
        for o in ours_pairings
        for t in theirs_pairings
    }


# Seeds the merge got silently wrong before (the fault the row's name says), merged by hand:
# its pairing of a side with the base guessed which of two identical paragraphs was deleted,
# moved or written next to (or it ran a paragraph written above the first into it).
FAILED_BEFORE = [
    *(pytest.param(s, id=f"wrong-text-{s}") for s in (40, 77, 81, 99)),
    *(pytest.param(s, id=f"wrong-text-around-a-conflict-{s}") for s in (13, 17, 36, 53)),
    *(pytest.param(s, id=f"clean-where-the-changes-clash-{s}") for s in (41, 143, 194)),
    *(pytest.param(s, id=f"paragraphs-run-together-{s}") for s in (132, 203)),
]


@pytest.mark.parametrize("seed", FAILED_BEFORE)
def test_seeds_once_merged_wrongly_are_right_or_conflicts(seed):
    assert verdict(seed) in ("right", "conflict")


def test_no_random_case_merges_wrongly():
    verdicts = [verdict(seed) for seed in range(CASES)]
    wrong = {s: v for s, v in enumerate(verdicts) if v not in ("right", "conflict", "unjudged")}
    assert not wrong, wrong
    # the fuzz still judges most of its cases (2,134 of 3,000 when this was written)
    assert verdicts.count("unjudged") < CASES // 3


def test_a_conflict_where_the_changes_do_not_clash_is_one_the_twins_leave_open():
    """The price of never guessing stays where a guess could be wrong: a judged case whose true
    changes merge cleanly conflicts only if another pairing of the same texts merges to
    another text (or clashes)."""
    needless = [
        seed
        for seed in range(CASES)
        if verdict(seed) == "conflict"
        and expected(make_case(seed)) is not None
        and len(readings(make_case(seed))) == 1
    ]
    assert not needless
