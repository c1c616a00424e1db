"""Three-way merge of a letter's paragraphs: two edits made from one version, joined into one.

Two people who start from the same version (the base) and save different texts have forked the
letter. A paragraph changed on one side only is taken from that side; the same change made on
both sides is taken once; a paragraph changed differently on both sides (or deleted on one and
edited on the other, or two new paragraphs put at the same place) is a conflict that only a
person can settle: the result then lists it, with the base, ours and theirs, instead of picking
one and dropping the other's words.

Paragraphs are the core's blocks (``text.block_pieces``), compared without the line breaks
around them; an unchanged paragraph keeps its exact characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

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
    """One side's change: base pieces ``start:end`` replaced by ``pieces``."""

    start: int
    end: int
    side: str
    pieces: tuple[str, ...]


def merge(base: str, ours: str, theirs: str) -> MergeResult:
    """Join the edits that turned ``base`` into ``ours`` and into ``theirs``."""
    b = block_pieces(base)
    sides = {OURS: block_pieces(ours), THEIRS: block_pieces(theirs)}
    hunks, same = [], {}
    for side, pieces in sides.items():
        side_hunks, same[side] = _changes(b, pieces, side)
        hunks.extend(side_hunks)
    hunks.sort(key=lambda h: (h.start, h.end))

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
        elif _keys(mine) == _keys(yours):
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
    matcher = SequenceMatcher(None, _keys(base), _keys(pieces), autojunk=False)
    hunks, same = [], {}
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            same.update(zip(range(a1, a2), pieces[b1:b2], strict=True))
        elif op == "replace" and a2 - a1 == b2 - b1:
            # n paragraphs edited in place: n changes, so an edit next to the other side's
            # edit of the neighbouring paragraph does not clash with it
            hunks += [_Hunk(a1 + i, a1 + i + 1, side, (pieces[b1 + i],)) for i in range(a2 - a1)]
        else:
            hunks.append(_Hunk(a1, a2, side, tuple(pieces[b1:b2])))
    return hunks, same


def _clusters(hunks: list[_Hunk]) -> list[list[_Hunk]]:
    """Changes grouped where they touch the same base paragraphs. Two insertions at the same
    place clash (which goes first is a choice); an insertion next to another side's change does
    not."""
    clusters: list[list[_Hunk]] = []
    for hunk in hunks:
        if clusters:
            cluster = clusters[-1]
            lo, hi = cluster[0].start, max(h.end for h in cluster)
            both_insert_here = lo == hi == hunk.start == hunk.end
            if hunk.start < hi or both_insert_here:
                cluster.append(hunk)
                continue
        clusters.append([hunk])
    return clusters


def _keys(pieces: Sequence[str]) -> list[str]:
    """What is compared: a paragraph without the line breaks around it, in one line-break style,
    so that appending a paragraph after the last one does not count as changing it."""
    return [_lf(p).strip("\n") for p in pieces]


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _join(parts: Sequence[str], newline: str) -> str:
    """Pieces joined so that a piece that ended a text without a line break, and is now
    followed by another, gets one: the next paragraph never glues onto it."""
    out = ""
    for part in parts:
        if out and part and not out.endswith(("\n", "\r")):
            out += newline
        out += part
    return out
