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

from clearnotice import inline_markup
from clearnotice import text as segment
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
        if block.is_heading:
            kind = TITLE if index == 0 and block.level == 1 else HEADING
            lines.append(
                SkimLine(kind, segment.strip_inline_markup(block.text), block.start, block.end)
            )
            section_open = True
            continue
        first = None
        if block.kind == segment.COURTESY:
            continue
        if section_open and not _NOT_CONTENT.match(block.text.strip()):
            sentences = segment.split_sentences(block.text, block.start)
            if sentences:
                first = sentences[0]
                lines.append(SkimLine(FIRST_SENTENCE, first.text, first.start, first.end))
                section_open = False
        for run in inline_markup.strong_runs(block.text):
            start = block.start + run.start
            end = block.start + run.end
            if first is None or not (first.start <= start and end <= first.end):
                lines.append(SkimLine(BOLD, run.text, start, end))
    return tuple(sorted((x for x in lines if segment.words(x.text)), key=lambda x: x.start))


class _SkimView:
    """The letter's scan as a skimmer sees it: each skimmed piece is a unit, and only words
    inside a piece count. Matchers query it as they query a scan, so the essentials are judged
    by the same rules as the checklist without matching the letter a second time."""

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


def preview(scan: LetterScan, essentials: tuple[tuple[str, Matcher], ...]) -> SkimPreview:
    """The skim preview of the scanned letter."""
    lines = skim_lines(scan.text)
    view = _SkimView(scan, lines)
    result = []
    for label, matcher in essentials:
        found = matcher.best(view, lambda unit: lines[unit].kind not in (TITLE, HEADING))
        result.append(
            Essential(label, found is not None, lines[found] if found is not None else None)
        )
    return SkimPreview(lines, tuple(result))
