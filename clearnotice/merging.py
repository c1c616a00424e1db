"""Three-way merge of a letter's paragraphs: two edits made from one version, joined into one.

Two people who start from the same version (the base) and save different texts have forked the
letter. A paragraph changed on one side only is taken from that side; the same change made on
both sides is taken once; a paragraph changed differently on both sides (or deleted on one and
edited on the other, or two new paragraphs put at the same place) is a conflict that only a
person can settle: the result then lists it, with the base, ours and theirs, instead of picking
one and dropping the other's words.

Paragraphs are the core's blocks (``text.block_pieces``), compared without the line breaks
around them; an unchanged paragraph keeps its exact characters.

Each side is paired with the base by a longest common run of paragraphs. A letter repeats
paragraphs (two "Sincerely," lines, the same bullet twice), and then a side's text does not say
which twin it deleted, moved or wrote next to. Only the pairs found in every longest pairing are
taken as sure; a stretch between sure pairs that other pairings could split differently is one
change. Taken alone it is that side's text whatever the pairing. Where it meets the other side's
change (or the other side writes at its ends), every pairing of both sides is tried: the merge is
clean if all give the same text, and a conflict otherwise, never a guess that could bring back
a deleted sentence or put a new one next to the wrong twin (``tests/core/test_merging_fuzz.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import product
from math import prod

from clearnotice.text import block_pieces

OURS, THEIRS = "ours", "theirs"
_BREAKS = "\r\n"


@dataclass(frozen=True)
class Conflict:
    """Paragraphs both sides changed differently. ``paragraph`` is where the clash starts in the
    base text (1 for its first paragraph); each text keeps the line breaks around it."""

    paragraph: int
    base: str
    ours: str
    theirs: str

    def framed(self, edited: str, newline: str = "\n") -> str:
        """``edited`` (typed in a text box, without the blank lines around the paragraphs) put
        back between the line breaks the conflicting text had, so it stays its own paragraph."""
        model = next((t for t in (self.ours, self.theirs, self.base) if t.strip()), "")
        body = _lf(edited).strip(_BREAKS).replace("\n", newline)
        if not body.strip():
            return ""
        lead = model[: len(model) - len(model.lstrip(_BREAKS))]
        trail = model[len(model.rstrip(_BREAKS)) :] or newline
        return lead + body + trail


@dataclass(frozen=True)
class MergeResult:
    """The merged letter in order: settled text and, where a person must choose, conflicts."""

    parts: tuple[str | Conflict, ...]
    newline: str = "\n"

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        return tuple(p for p in self.parts if isinstance(p, Conflict))

    @property
    def clean(self) -> bool:
        return not self.conflicts

    @property
    def text(self) -> str:
        """The merged text; only a clean merge has one."""
        if not self.clean:
            raise ValueError(f"{len(self.conflicts)} paragraphs conflict: choose for each first.")
        return _join(self.parts, self.newline)

    def resolve(self, choices: Sequence[str]) -> str:
        """The text with each conflict, in order, replaced by the chosen text: one side's text as
        it is, or a text the person edited (framed as its own paragraph)."""
        conflicts = self.conflicts
        if len(choices) != len(conflicts):
            raise ValueError(
                f"Choose a text for each of the {len(conflicts)} conflicting paragraphs "
                f"({len(choices)} chosen)."
            )
        chosen = iter(choices)
        parts = []
        for part in self.parts:
            if isinstance(part, Conflict):
                choice = next(chosen)
                exact = choice in (part.ours, part.theirs, part.base)
                part = choice if exact else part.framed(choice, self.newline)
            parts.append(part)
        return _join(parts, self.newline)


# How many ways of pairing both sides with the base are tried where changes among twins meet:
# past it the place is a conflict. A paragraph deleted from five twins has five.
_MOST_READINGS = 64

_Kept = tuple[tuple[int, str], ...]  # base piece index -> the side's own text of it


@dataclass(frozen=True)
class _Hunk:
    """One side's change: base pieces ``start:end`` replaced by ``pieces``. Among twins (the
    side can be paired with the base there in more than one way) ``readings`` holds each
    pairing's changes and kept pieces, empty if there are too many to try."""

    start: int
    end: int
    side: str
    pieces: tuple[str, ...]
    twins: bool = False
    readings: tuple[tuple[tuple[_Hunk, ...], _Kept], ...] = ()

    @property
    def reach(self) -> tuple[int, int]:
        """The stretch of the base the change holds, on a line where base paragraph i is at
        2i + 1 and the place before it at 2i: an insertion holds its place, a change its
        paragraphs and the places between them, a change among twins also the places at its
        ends (what the other side writes there could go on either side of a twin)."""
        if self.twins:
            return 2 * self.start, 2 * self.end
        if self.start == self.end:
            return 2 * self.start, 2 * self.start
        return 2 * self.start + 1, 2 * self.end - 1


def merge(base: str, ours: str, theirs: str) -> MergeResult:
    """Join the edits that turned ``base`` into ``ours`` and into ``theirs``."""
    b = _pieces(base)
    sides = {OURS: _pieces(ours), THEIRS: _pieces(theirs)}
    hunks, same = [], {}
    for side, pieces in sides.items():
        side_hunks, same[side] = _changes(b, pieces, side)
        hunks.extend(side_hunks)
    parts = _Merger(b, same).parts(hunks, 0, len(b))
    newline = "\r\n" if "\r\n" in base + ours + theirs else "\n"
    return MergeResult(tuple(p for p in parts if p != ""), newline)


@dataclass(frozen=True)
class _Merger:
    """The base's pieces and each side's own text of the pieces it kept."""

    base: tuple[str, ...]
    same: dict[str, dict[int, str]]

    def parts(self, hunks: list[_Hunk], lo: int, hi: int) -> list[str | Conflict]:
        """Base pieces ``lo:hi`` with both sides' changes there: settled text and conflicts."""
        parts: list[str | Conflict] = []
        position = lo
        for cluster in _clusters(sorted(hunks, key=lambda h: h.reach)):
            start, end = cluster[0].start, max(h.end for h in cluster)
            parts += self.unchanged(position, start)
            parts += self.settle(cluster, start, end)
            position = end
        return parts + self.unchanged(position, hi)

    def settle(self, cluster: list[_Hunk], lo: int, hi: int) -> list[str | Conflict]:
        mine, yours = self.side_text(cluster, lo, hi, OURS), self.side_text(cluster, lo, hi, THEIRS)
        if len({h.side for h in cluster}) == 1:
            return mine if cluster[0].side == OURS else yours
        if any(h.twins for h in cluster):
            agreed = self.agreed(cluster, lo, hi)
            if agreed is not None:
                return agreed
        elif _keys(mine) == _keys(yours):
            return mine  # the same change made twice is taken once
        return [Conflict(lo + 1, "".join(self.base[lo:hi]), "".join(mine), "".join(yours))]

    def agreed(self, cluster: list[_Hunk], lo: int, hi: int) -> list[str | Conflict] | None:
        """The merge of ``lo:hi`` if every way of pairing the twins there gives the same clean
        text (then it is right whichever twin each person meant), else None."""
        twins = [h for h in cluster if h.twins]
        if any(not h.readings for h in twins) or prod(len(h.readings) for h in twins) > (
            _MOST_READINGS
        ):
            return None
        outcomes: list[list[str]] = []
        for readings in product(*(h.readings for h in twins)):
            same = {side: dict(kept) for side, kept in self.same.items()}
            hunks = [h for h in cluster if not h.twins]
            for twin, (changes, kept) in zip(twins, readings, strict=True):
                same[twin.side].update(kept)
                hunks += changes
            parts = _Merger(self.base, same).parts(hunks, lo, hi)
            texts = [p for p in parts if isinstance(p, str)]
            if len(texts) < len(parts):
                return None
            outcomes.append(texts)
        if any(_keys(o) != _keys(outcomes[0]) for o in outcomes):
            return None
        return list(outcomes[0])

    def unchanged(self, lo: int, hi: int, side: str | None = None) -> list[str]:
        """Base pieces ``lo:hi``, as ``side`` has them (or as whichever side retouched them:
        a line break added at the end of the text is still an edit to keep)."""
        out = []
        for i in range(lo, hi):
            kept = [self.same[s][i] for s in ((side,) if side else (OURS, THEIRS))]
            out.append(next((k for k in kept if k != self.base[i]), self.base[i]))
        return out

    def side_text(self, cluster: list[_Hunk], lo: int, hi: int, side: str) -> list[str]:
        out, position = [], lo
        for hunk in (h for h in cluster if h.side == side):
            out += self.unchanged(position, hunk.start, side) + list(hunk.pieces)
            position = hunk.end
        return out + self.unchanged(position, hi, side)


def _changes(
    base: tuple[str, ...], pieces: tuple[str, ...], side: str
) -> tuple[list[_Hunk], dict[int, str]]:
    """One side's changes to the base, and its own text of each base piece it left unchanged."""
    a, b = _keys(base), _keys(pieces)
    hunks, same = [], {}
    i0 = j0 = 0
    for i, j in [*_sure_pairs(a, b), (len(a), len(b))]:
        if set(a[i0:i]) & set(b[j0:j]):  # twins: more than one longest pairing here
            readings = tuple(
                _paired(pieces, side, pairing, (i0, i, j0, j))
                for pairing in _pairings(a[i0:i], b[j0:j], _MOST_READINGS)
            )
            hunks.append(_Hunk(i0, i, side, tuple(pieces[j0:j]), True, readings))
        else:
            hunks += _paired(pieces, side, (), (i0, i, j0, j))[0]
        if i < len(a):
            same[i] = pieces[j]
        i0, j0 = i + 1, j + 1
    return hunks, same


def _paired(
    pieces: tuple[str, ...],
    side: str,
    pairs: Sequence[tuple[int, int]],
    window: tuple[int, int, int, int],
) -> tuple[tuple[_Hunk, ...], _Kept]:
    """The changes in ``base[i0:i]`` -> ``pieces[j0:j]`` (``window``) when the pieces are
    paired as ``pairs`` (offsets in the window) and nothing else is: what lies between two
    pairs is replaced."""
    i0, i1, j0, j1 = window
    hunks: list[_Hunk] = []
    a, b = i0, j0
    for i, j in [*((i0 + x, j0 + y) for x, y in pairs), (i1, j1)]:
        if i - a == j - b:
            # n paragraphs edited in place: n changes, so an edit next to the other side's
            # edit of the neighbouring paragraph does not clash with it
            hunks += [_Hunk(a + k, a + k + 1, side, (pieces[b + k],)) for k in range(i - a)]
        elif (a, b) != (i, j):
            hunks.append(_Hunk(a, i, side, tuple(pieces[b:j])))
        a, b = i + 1, j + 1
    return tuple(hunks), tuple((i0 + x, pieces[j0 + y]) for x, y in pairs)


def _pairings(a: list[str], b: list[str], most: int) -> list[tuple[tuple[int, int], ...]]:
    """Every longest pairing of ``a`` with ``b`` (none if there are more than ``most``)."""
    length, count = _tables(a, b)
    if count[len(a)][len(b)] > most:
        return []

    @cache
    def walk(i: int, j: int) -> frozenset[tuple[tuple[int, int], ...]]:
        if length[i][j] == 0:
            return frozenset({()})
        found: set[tuple[tuple[int, int], ...]] = set()
        if a[i - 1] == b[j - 1] and length[i - 1][j - 1] + 1 == length[i][j]:
            found |= {p + ((i - 1, j - 1),) for p in walk(i - 1, j - 1)}
        if length[i - 1][j] == length[i][j]:
            found |= walk(i - 1, j)
        if length[i][j - 1] == length[i][j]:
            found |= walk(i, j - 1)
        return frozenset(found)

    return sorted(walk(len(a), len(b)))


def _sure_pairs(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """The pairs (i, j), ``a[i] == b[j]``, found in every longest pairing of ``a`` with ``b``:
    in each stretch between cuts, those through which run as many longest pairings as there
    are in all (tables of lengths and counts read from both ends)."""
    pairs = []
    for i0, i1, j0, j1 in _stretches(a, b):
        x, y = a[i0:i1], b[j0:j1]
        length, count = _tables(x, y)
        back_length, back_count = _tables(x[::-1], y[::-1])
        n, m = len(x), len(y)
        pairs += [
            (i0 + i, j0 + j)
            for i in range(n)
            for j in range(m)
            if x[i] == y[j]
            and length[i][j] + 1 + back_length[n - i - 1][m - j - 1] == length[n][m]
            and count[i][j] * back_count[n - i - 1][m - j - 1] == count[n][m]
        ]
    return pairs


def _stretches(a: list[str], b: list[str]) -> list[tuple[int, int, int, int]]:
    """``a`` and ``b`` cut where every paragraph found in both lies wholly before the cut in
    both or wholly after it: no pairing crosses a cut, so each stretch is paired on its own
    (a letter's paragraphs are mostly one of a kind, and its stretches short)."""
    common = set(a) & set(b)
    last_a = {key: i for i, key in enumerate(a) if key in common}
    last_b = {key: j for j, key in enumerate(b) if key in common}
    first_b: dict[str, int] = {}
    for j, key in enumerate(b):
        first_b.setdefault(key, j)
    after = [len(b)] * (len(a) + 1)  # the first place in b of what comes at i or later in a
    for i in range(len(a) - 1, -1, -1):
        after[i] = min(after[i + 1], first_b[a[i]] if a[i] in common else len(b))
    cuts, reach_a, reach_b = [(0, 0)], -1, 0
    for i, key in enumerate(a, start=1):
        if key in common:
            reach_a, reach_b = max(reach_a, last_a[key]), max(reach_b, last_b[key] + 1)
        if reach_a < i and reach_b <= after[i] and cuts[-1] != (i, reach_b):
            cuts.append((i, reach_b))
    if cuts[-1] != (len(a), len(b)):
        cuts.append((len(a), len(b)))
    return [(i0, i1, j0, j1) for (i0, j0), (i1, j1) in zip(cuts, cuts[1:], strict=False)]


def _tables(a: list[str], b: list[str]) -> tuple[list[list[int]], list[list[int]]]:
    """For each ``i, j``: the longest pairing of ``a[:i]`` with ``b[:j]`` and how many there are
    (distinct sets of pairs: those without the last pair are those of the two shorter
    prefixes, less the ones both count)."""
    length = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    count = [[1] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            pair = a[i - 1] == b[j - 1]
            best = length[i - 1][j - 1] + 1 if pair else max(length[i - 1][j], length[i][j - 1])
            ways = (length[i - 1][j] == best) * count[i - 1][j]
            ways += (length[i][j - 1] == best) * count[i][j - 1]
            ways -= (length[i - 1][j - 1] == best) * count[i - 1][j - 1]
            ways += pair * count[i - 1][j - 1]
            length[i][j], count[i][j] = best, ways
    return length, count


def _clusters(hunks: list[_Hunk]) -> list[list[_Hunk]]:
    """Changes (sorted by reach) grouped where their reaches meet. Two insertions at the same
    place clash (which goes first is a choice); an insertion next to another side's change does
    not, unless that change is among twins."""
    clusters: list[list[_Hunk]] = []
    for hunk in hunks:
        if clusters and hunk.reach[0] <= max(h.reach[1] for h in clusters[-1]):
            clusters[-1].append(hunk)
        else:
            clusters.append([hunk])
    return clusters


def _keys(pieces: Sequence[str]) -> list[str]:
    """What is compared: a paragraph without the line breaks around it, in one line-break style,
    so that appending a paragraph after the last one does not count as changing it."""
    return [_lf(p).strip("\n") for p in pieces]


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _join(parts: Sequence[str], newline: str) -> str:
    """Pieces joined so that each stays a paragraph of its own: a piece that ended a text
    without a line break, and is now followed by another, gets one; a piece that began a text
    (no blank line before it) and now follows another gets a blank line (a paragraph inserted
    above the first one would otherwise run into it)."""
    out = ""
    for part in parts:
        if out and part:
            if not out.endswith(("\n", "\r")):
                out += newline
            if isinstance(part, _Opening) and not part.startswith(("\n", "\r")):
                out += newline
        out += part
    return out


class _Opening(str):
    """A text's first piece, which has no line break before it to keep it apart from what the
    merge may put above it."""

    __slots__ = ()


def _pieces(text: str) -> tuple[str, ...]:
    """``text.block_pieces``, the first marked as the text's opening."""
    pieces = block_pieces(text)
    return (_Opening(pieces[0]), *pieces[1:]) if pieces else ()
