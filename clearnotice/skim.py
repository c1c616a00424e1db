"""The skim preview: what a reader who only skims takes away from the letter.

A skimmer reads the title, the headings, bold text and the first sentence of each section (the
seed: customers "normally just skim it at first", so the gravity must come across then). The
preview lists those pieces and says which of the four essentials (what happened, what
information, what to do, whom to call) they convey, judged by the same content rules as the
checklist, run over the skimmed text alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clearnotice import caches, inline_markup
from clearnotice import text as segment
from clearnotice.checks.block_parts import FEW, BlockwiseScan, Window
from clearnotice.checks.matcher import Matcher
from clearnotice.checks.scan import LetterScan

TITLE, HEADING, BOLD, FIRST_SENTENCE = "title", "heading", "bold", "first sentence"
# A date line or a lone placeholder opens a section without telling the skimmer anything (nor
# does a salutation: a courtesy block, see clearnotice.text).
_NOT_CONTENT = re.compile(
    r"^(?:\{\{[^}]*\}\}"
    r"|(?:date:?\s*)?(?:[a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [a-z]+ \d{4}|\d{1,2}/\d{1,2}/\d{2,4}"
    r"|\d{4}-\d{2}-\d{2}|\{\{[^}]*\}\}))$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SkimLine:
    kind: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Essential:
    label: str
    got: bool
    line: SkimLine | None  # the skimmed piece that conveys it


@dataclass(frozen=True)
class SkimPreview:
    lines: tuple[SkimLine, ...]
    essentials: tuple[Essential, ...]

    @property
    def got(self) -> int:
        return sum(e.got for e in self.essentials)

    def as_dict(self) -> dict:
        return {
            "lines": [
                {"kind": x.kind, "text": x.text, "start": x.start, "end": x.end} for x in self.lines
            ],
            "essentials": [
                {"label": e.label, "got": e.got, "from": e.line.text if e.line else None}
                for e in self.essentials
            ],
        }


def skim_lines(text: str) -> tuple[SkimLine, ...]:
    """Title, headings, bold text and the first sentence of each section, in reading order.

    A piece without a word (a heading of only markup, a bold emoji) tells the skimmer nothing
    and is left out, so every piece lies in one of the letter's sentences.
    """
    lines: list[SkimLine] = []
    section_open = True  # the part before the first heading is a section too
    for index, block in enumerate(segment.blocks(text)):
        found, section_open = _block_lines(block, index == 0, section_open)
        lines.extend(found)
    return tuple(lines)


def _block_lines(
    block: segment.Block, first: bool, section_open: bool
) -> tuple[tuple[SkimLine, ...], bool]:
    """The pieces of ``skim_lines`` in ``block`` (the letter's first block when ``first``,
    after a heading and no first sentence yet when ``section_open``), and whether a section is
    still open after it. Blocks do not overlap, so the pieces of each block in turn are the
    letter's in reading order."""
    found, still_open = _pieces(block.kind, block.level, block.text, first, section_open)
    if block.start:
        found = tuple(
            SkimLine(x.kind, x.text, x.start + block.start, x.end + block.start) for x in found
        )
    return found, still_open


@caches.of_text(8192)
def _pieces(
    kind: str, level: int, content: str, first: bool, section_open: bool
) -> tuple[tuple[SkimLine, ...], bool]:
    """``_block_lines`` of a block at the start of the text: the same block anywhere reads the
    same (only what the arguments name), so it is worked out once."""
    block = segment.Block(kind, 0, len(content), content, level)
    lines: list[SkimLine] = []
    if block.is_heading:
        kind = TITLE if first and block.level == 1 else HEADING
        lines.append(SkimLine(kind, segment.strip_inline_markup(content), 0, len(content)))
        return _readable(lines), True
    if block.kind == segment.COURTESY:
        return (), section_open
    opening = None
    if section_open and not _NOT_CONTENT.match(content.strip()):
        sentences = segment.split_sentences(content)
        if sentences:
            opening = sentences[0]
            lines.append(SkimLine(FIRST_SENTENCE, opening.text, opening.start, opening.end))
            section_open = False
    for run in inline_markup.strong_runs(content):
        if opening is None or not (opening.start <= run.start and run.end <= opening.end):
            lines.append(SkimLine(BOLD, run.text, run.start, run.end))
    return _readable(lines), section_open


def _readable(lines: list[SkimLine]) -> tuple[SkimLine, ...]:
    """The pieces holding a word, in reading order."""
    return tuple(sorted((x for x in lines if segment.words(x.text)), key=lambda x: x.start))


class _SkimView:
    """A block's window (its scan) as a skimmer sees it: each skimmed piece is a unit, and only
    words inside a piece count. Matchers query it as they query a scan, so the essentials are
    judged by the same rules as the checklist without matching the letter a second time."""

    def __init__(self, scan: LetterScan, lines: tuple[SkimLine, ...]):
        self.scan = scan
        self.lines = lines
        self._by_sentence: dict[int, list[int]] = {}
        self._block_of: list[int] = []
        for unit, line in enumerate(lines):
            # The sentence holding the piece's first word: its first characters may be markup
            # or punctuation that no sentence covers ("# ?! Next steps"), but every word lies in
            # a sentence, and skim_lines keeps only pieces with a word.
            first_word = segment.words(scan.text[line.start : line.end], line.start)[0]
            sentence = next(
                i for i, s in enumerate(scan.sentences) if s.start <= first_word.start < s.end
            )
            self._by_sentence.setdefault(sentence, []).append(unit)
            self._block_of.append(scan.sentences[sentence].block)
        self._sets: dict[int, frozenset[int]] = {}

    def _units_of(self, start: int, end: int, sentence: int) -> list[int]:
        return [
            u
            for u in self._by_sentence.get(sentence, ())
            if self.lines[u].start <= start and end <= self.lines[u].end
        ]

    def spread(self, pattern) -> int:
        return self.scan.spread(pattern)

    def sentences_with(self, pattern) -> frozenset[int]:
        key = id(pattern)
        if key not in self._sets:
            self._sets[key] = frozenset(
                u
                for h in self.scan.hits(pattern)
                for u in self._units_of(h.start, h.end, h.sentence)
            )
        return self._sets[key]

    def narrow(self, pattern, units) -> set[int]:
        """Those of ``units`` that ``pattern`` matches in (as ``LetterScan.narrow``)."""
        return set(self.sentences_with(pattern).intersection(units))

    def hit_count(self, pattern, unit: int) -> int:
        line = self.lines[unit]
        return sum(
            1 for h in self.scan.hits(pattern) if line.start <= h.start and h.end <= line.end
        )

    def context(self, unit: int) -> frozenset[int]:
        """The pieces of the same paragraph and the heading above it."""
        block = self._block_of[unit]
        heading = self.scan.heading_of[block]
        return frozenset(
            u
            for u, b in enumerate(self._block_of)
            if b == block or (heading is not None and b == heading)
        )


def preview(scan: BlockwiseScan, essentials: tuple[tuple[str, Matcher], ...]) -> SkimPreview:
    """The skim preview of the scanned letter, put together block by block: what a block's
    pieces convey depends on the block, the heading above it and whether a section is open
    (``_window_ranks``), kept with the block's window. A new letter (more than a few blocks not
    seen in their context) is read as a whole, and what each block's pieces convey kept."""
    lines: list[SkimLine] = []
    pieces = []  # per block: its window, the key of its part, its first piece, its pieces
    section_open = True
    for index, (block, window) in enumerate(zip(scan.blocks, scan.windows, strict=True)):
        found, opened = _block_lines(block, index == 0, section_open)
        if found:
            pieces.append((window, ("skim", id(essentials), section_open), len(lines), found))
            lines.extend(found)
        section_open = opened
    missing = [p for p in pieces if not p[0].knows(p[1])]
    if len(missing) > FEW:
        view = _SkimView(scan, tuple(lines))
        ranks = [matcher.rank_in(view) for _label, matcher in essentials]
        for window, key, first, own in missing:
            window.memo(
                key, lambda first=first, own=own: (essentials, _own(ranks, lines, first, own))
            )
    ranked: list[tuple[int, int, int, int]] = []  # essential, group, -count, piece
    for window, key, first, _own_lines in pieces:
        section_open = key[2]
        kept = window.memo(
            key,
            lambda window=window, section_open=section_open: (
                essentials,
                _window_ranks(window, section_open, essentials),
            ),
        )
        ranked.extend(
            (which, *rank, first + piece)
            for which, ranks_of in enumerate(kept[1])
            for piece, rank in ranks_of
        )
    best: dict[int, int] = {}
    for which, *_rank, piece in sorted(ranked, reverse=True):
        best[which] = piece  # the lowest rank, then the earliest piece, is written last
    result = [
        Essential(label, which in best, lines[best[which]] if which in best else None)
        for which, (label, _matcher) in enumerate(essentials)
    ]
    return SkimPreview(tuple(lines), tuple(result))


def _own(
    ranks: list[dict[int, tuple[int, int]]], lines: list[SkimLine], first: int, own: tuple
) -> tuple[tuple[tuple[int, tuple[int, int]], ...], ...]:
    """Of each essential's ranked pieces in the whole letter, those of one block (numbered
    from 0 in the block) that may convey it: as ``_window_ranks`` gives them."""
    return tuple(
        tuple(
            (unit - first, rank)
            for unit, rank in sorted(found.items())
            if first <= unit < first + len(own) and lines[unit].kind not in (TITLE, HEADING)
        )
        for found in ranks
    )


def _window_ranks(
    window: Window, section_open: bool, essentials: tuple[tuple[str, Matcher], ...]
) -> tuple[tuple[tuple[int, tuple[int, int]], ...], ...]:
    """For each essential, the pieces of the window's block (numbered from 0 in the block) that
    convey it, with their ranks: a matcher reads a piece with the block's other pieces and the
    heading above it, the whole context a skimmer has."""
    wscan = window.scan
    last = len(wscan.blocks) - 1
    lines: list[SkimLine] = []
    if wscan.heading_of[last] is not None:
        lines.extend(_block_lines(wscan.blocks[wscan.heading_of[last]], False, True)[0])
    own = len(lines)
    lines.extend(_block_lines(window.block, False, section_open)[0])
    view = _SkimView(wscan, tuple(lines))
    return tuple(
        tuple(
            (unit - own, rank)
            for unit, rank in sorted(matcher.rank_in(view, window.groups(matcher)).items())
            if unit >= own and lines[unit].kind not in (TITLE, HEADING)
        )
        for _label, matcher in essentials
    )
