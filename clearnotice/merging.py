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
which twin it deleted, moved or wrote next to: only the pairs found in every longest pairing are
taken as sure, and a stretch between sure pairs that other pairings could split differently is
one change. Taken alone it is that side's text whatever the pairing; next to the other side's
change (or where the other side writes at its ends) it is a conflict, never a guess that could
bring back a deleted sentence or drop the other side's words (``tests/core/test_merging_fuzz.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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


@dataclass(frozen=True)
class _Hunk:
    """One side's change: base pieces ``start:end`` replaced by ``pieces``. ``twins``: the side
    could be paired with the base there in more than one way (repeated paragraphs)."""

    start: int
    end: int
    side: str
    pieces: tuple[str, ...]
    twins: bool = False

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
    b = block_pieces(base)
    sides = {OURS: block_pieces(ours), THEIRS: block_pieces(theirs)}
    hunks, same = [], {}
    for side, pieces in sides.items():
        side_hunks, same[side] = _changes(b, pieces, side)
        hunks.extend(side_hunks)
    hunks.sort(key=lambda h: h.reach)

    def unchanged(lo: int, hi: int, side: str | None = None) -> list[str]:
        """Base pieces ``lo:hi``, as ``side`` has them (or as whichever side retouched them:
        a line break added at the end of the text is still an edit to keep)."""
        out = []
        for i in range(lo, hi):
            kept = [same[s][i] for s in ((side,) if side else (OURS, THEIRS))]
            out.append(next((k for k in kept if k != b[i]), b[i]))
        return out

    def side_text(cluster: list[_Hunk], lo: int, hi: int, side: str) -> list[str]:
        out, position = [], lo
        for hunk in (h for h in cluster if h.side == side):
            out += unchanged(position, hunk.start, side) + list(hunk.pieces)
            position = hunk.end
        return out + unchanged(position, hi, side)

    parts: list[str | Conflict] = []
    position = 0
    for cluster in _clusters(hunks):
        lo, hi = cluster[0].start, max(h.end for h in cluster)
        parts += unchanged(position, lo)
        mine, yours = side_text(cluster, lo, hi, OURS), side_text(cluster, lo, hi, THEIRS)
        if len({h.side for h in cluster}) == 1:
            parts += mine if cluster[0].side == OURS else yours
        elif _keys(mine) == _keys(yours) and not any(h.twins for h in cluster):
            parts += mine  # the same change made twice is taken once
        else:
            parts.append(Conflict(lo + 1, "".join(b[lo:hi]), "".join(mine), "".join(yours)))
        position = hi
    parts += unchanged(position, len(b))
    newline = "\r\n" if "\r\n" in base + ours + theirs else "\n"
    return MergeResult(tuple(p for p in parts if p != ""), newline)


def _changes(
    base: tuple[str, ...], pieces: tuple[str, ...], side: str
) -> tuple[list[_Hunk], dict[int, str]]:
    """One side's changes to the base, and its own text of each base piece it left unchanged."""
    a, b = _keys(base), _keys(pieces)
    hunks, same = [], {}
    i0 = j0 = 0
    for i, j in [*_sure_pairs(a, b), (len(a), len(b))]:
        if set(a[i0:i]) & set(b[j0:j]):  # twins: more than one longest pairing here
            hunks.append(_Hunk(i0, i, side, tuple(pieces[j0:j]), twins=True))
        elif i - i0 == j - j0:
            # n paragraphs edited in place: n changes, so an edit next to the other side's
            # edit of the neighbouring paragraph does not clash with it
            hunks += [_Hunk(i0 + k, i0 + k + 1, side, (pieces[j0 + k],)) for k in range(i - i0)]
        elif (i0, j0) != (i, j):
            hunks.append(_Hunk(i0, i, side, tuple(pieces[j0:j])))
        if i < len(a):
            same[i] = pieces[j]
        i0, j0 = i + 1, j + 1
    return hunks, same


def _sure_pairs(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """The pairs (i, j), ``a[i] == b[j]``, found in every longest pairing of ``a`` with ``b``.

    A common start and end are sure as long as none of their paragraphs comes again after
    (before) them: no pairing can then cross into them. Between, a pair is sure when the number
    of longest pairings through it is the number of all of them (counted both ways, Hirschberg
    style tables of lengths and counts).
    """
    head = _sure_head(a, b)
    tail = _sure_head(a[head:][::-1], b[head:][::-1])
    mid_a, mid_b = a[head : len(a) - tail], b[head : len(b) - tail]
    length, count = _tables(mid_a, mid_b)
    back_length, back_count = _tables(mid_a[::-1], mid_b[::-1])
    n, m = len(mid_a), len(mid_b)
    middle = [
        (head + i, head + j)
        for i in range(n)
        for j in range(m)
        if mid_a[i] == mid_b[j]
        and length[i][j] + 1 + back_length[n - i - 1][m - j - 1] == length[n][m]
        and count[i][j] * back_count[n - i - 1][m - j - 1] == count[n][m]
    ]
    start = [(k, k) for k in range(head)]
    end = [(len(a) - tail + k, len(b) - tail + k) for k in range(tail)]
    return start + middle + end


def _sure_head(a: list[str], b: list[str]) -> int:
    """How long a common start is sure: its paragraphs come nowhere after it in either text."""
    last = {key: index for index, key in enumerate(a)}
    last.update({key: max(index, last.get(key, -1)) for index, key in enumerate(b)})
    sure, reach = 0, -1
    for index, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            break
        reach = max(reach, last[x])
        if reach <= index:
            sure = index + 1
    return sure


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
    (no blank line before it) and now follows another gets a blank line where the two lines
    would otherwise read as one paragraph (a paragraph inserted above the first one)."""
    out, last = "", ""
    for part in parts:
        if out and part:
            if not out.endswith(("\n", "\r")):
                out, last = out + newline, last + newline
            if not part.startswith(("\n", "\r")) and len(block_pieces(last + part)) < 2:
                out += newline
        out += part
        last = part or last
    return out
