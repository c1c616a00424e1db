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

from clearnotice import text as segment
from clearnotice.checks.matcher import Matcher
from clearnotice.checks.scan import LetterScan, PatternTable

TITLE, HEADING, BOLD, FIRST_SENTENCE = "title", "heading", "bold", "first sentence"
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
# A salutation or a date line opens a section without telling the skimmer anything.
_NOT_CONTENT = re.compile(
    r"^(?:(?:dear|hello|hi|to)\b[^.!?]{0,60}[,:]?|\{\{[^}]*\}\}"
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
    """Title, headings, bold text and the first sentence of each section, in reading order."""
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
        if section_open and not _NOT_CONTENT.match(block.text.strip()):
            sentences = segment.split_sentences(block.text, block.start)
            if sentences:
                first = sentences[0]
                lines.append(SkimLine(FIRST_SENTENCE, first.text, first.start, first.end))
                section_open = False
        for m in _BOLD.finditer(block.text):
            start = block.start + m.start()
            end = block.start + m.end()
            if first is None or not (first.start <= start and end <= first.end):
                lines.append(SkimLine(BOLD, m.group(1) or m.group(2), start, end))
    return tuple(sorted(lines, key=lambda line: line.start))


def _as_markdown(lines: tuple[SkimLine, ...]) -> tuple[str, list[tuple[int, SkimLine]]]:
    """The skimmed pieces as a little letter of their own, with where each piece starts."""
    parts, starts, pos = [], [], 0
    for line in lines:
        prefix = "## " if line.kind in (TITLE, HEADING) else ""
        chunk = prefix + " ".join(line.text.split()) + "\n\n"
        starts.append((pos + len(prefix), line))
        parts.append(chunk)
        pos += len(chunk)
    return "".join(parts), starts


def preview(
    text: str, essentials: tuple[tuple[str, Matcher], ...], table: PatternTable
) -> SkimPreview:
    lines = skim_lines(text)
    skim_text, starts = _as_markdown(lines)
    scan = LetterScan(skim_text, table)
    result = []
    for label, matcher in essentials:
        found = matcher.best(scan, lambda sentence: not scan.is_heading(sentence))
        line = None
        if found is not None:
            at = scan.sentences[found].start
            line = max((s for s in starts if s[0] <= at), key=lambda s: s[0])[1]
        result.append(Essential(label, line is not None, line))
    return SkimPreview(lines, tuple(result))
