"""A letter ready to render: its parts (title, headings, bullets, paragraphs) with bold runs.

Built from the letter's Markdown with ``clearnotice.text.blocks`` (the one segmenter) and
``clearnotice.inline_markup`` (the one inline reader), so every character of the approved text
that is not markup reaches the page as typed. Every renderer (PDF, DOCX, HTML, plain
text) draws from a Document, and mail merge fills placeholders into the parsed Document, so a
customer's value is always plain text: it can never turn into a heading or switch bold on.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from clearnotice import caches, inline_markup, placeholders, text
from clearnotice.export.posting import Posting
from clearnotice.languages import is_right_to_left
from clearnotice.model import Mark
from clearnotice.plain_layout import NUMBER_MARKER
from clearnotice.text import BULLET, COURTESY, HEADING, PARAGRAPH

__all__ = [
    "BULLET",
    "HEADING",
    "PARAGRAPH",
    "Document",
    "Part",
    "Run",
    "heading_ranks",
    "item_numbers",
    "language_direction",
    "marked_parts",
    "outline_ranks",
    "text_direction",
]

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# A backslash ending a line, unless escaped itself ("C:\\"), is Markdown's hard line break
# (CommonMark 0.31, 6.7), as pandoc writes an address's lines.
_HARD_BREAK = re.compile(r"(?<!\\)((?:\\\\)*)\\(?=\r|\n)")
# A vertical tab (Word's line break, copied out as text) or a form feed (a page break in text
# copied out of a PDF) is a line break; every other control character but the tab, and the
# noncharacters U+FFFE and U+FFFF, go: XML 1.0 (section 2.2, Char) forbids them, so Word refused
# the whole file, and PDF has no glyph for them.
_LINE_CONTROLS = str.maketrans("\x0b\x0c", "\n\n")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# White space a line may break at: every kind but the no-break spaces (U+00A0, the figure space
# U+2007, the narrow U+202F), which French writes before ":" and inside "10 000 €".
NO_BREAK_SPACES = "\u00a0\u2007\u202f"
BREAKING_SPACE = rf"[^\S{NO_BREAK_SPACES}]"
_SPACES = re.compile(BREAKING_SPACE + "+")
LTR, RTL = "ltr", "rtl"
# What stands before a numbered item's words on its line: "1. ", "2) ", "(3) " (the segmenter's
# own marker, clearnotice.plain_layout), its number the digits in it.
_NUMBERED_ITEM = re.compile(rf"[ \t]*{NUMBER_MARKER}[ \t]+")


def language_direction(language: str) -> str:
    """Which way a letter in ``language`` reads: a page in Arabic reads from the right even
    where a paragraph starts with a Latin name. No language given, left to right."""
    return RTL if is_right_to_left(language) else LTR


@caches.of_text(4096)  # a merge asks it of the same parts in every letter
def text_direction(text: str, default: str = LTR) -> str:
    """Which way ``text`` reads in a letter that reads ``default``: that way while it holds a
    letter of that direction ("ClearNotice هو ..." in an Arabic letter reads from the right),
    the other way when every letter it has reads the other way (a Hebrew line in an English
    letter). Unicode's rule for a paragraph (UAX #9, P2-P3: the first strong letter) would turn
    an Arabic sentence that starts with a Latin brand name left to right."""
    strong = {unicodedata.bidirectional(char) for char in text}
    if default == RTL:
        return RTL if strong & {"R", "AL"} or "L" not in strong else LTR
    return LTR if "L" in strong or not strong & {"R", "AL"} else RTL


@dataclass(frozen=True)
class Run:
    """A piece of one line. ``mark`` and ``note`` are set only in the review's views
    (``marked_parts``): a tracked change or a finding, which exports never carry."""

    text: str
    bold: bool = False
    mark: str = ""
    note: str = ""


@dataclass(frozen=True)
class Part:
    """One block of the letter. A paragraph keeps its line breaks (signature, address). A list
    item typed with a number ("1. Change your password.") keeps it in ``number``: the steps'
    order is part of what they say, and every format writes them as a numbered list."""

    kind: str
    lines: tuple[tuple[Run, ...], ...]
    level: int = 0
    number: int | None = None

    @cached_property  # a merge asks each row's letter for it: the parts never change
    def plain(self) -> str:
        return "\n".join("".join(run.text for run in line) for line in self.lines)

    def direction(self, default: str = LTR) -> str:
        """Which way the part reads in a letter that reads ``default`` (``text_direction``)."""
        return text_direction(self.plain, default)


@dataclass(frozen=True)
class Document:
    """A letter in one language. ``draft_reason`` is set when the text is not approved; every
    renderer then marks each page DRAFT and says why."""

    parts: tuple[Part, ...]
    language: str
    title: str = ""
    draft_reason: str | None = None
    label: str = ""
    # The Markdown it was read from, for the Markdown export (the approved bytes themselves);
    # None once placeholders are filled, since the values are not Markdown.
    markdown: str | None = field(default=None, repr=False, compare=False)
    # Sender, recipient and date of a letter ready to post (mail merge with an envelope).
    posting: Posting | None = None

    @classmethod
    def from_markdown(
        cls,
        markdown: str,
        language: str,
        *,
        title: str = "",
        draft_reason: str | None = None,
        label: str = "",
    ) -> Document:
        parts = tuple(
            _part(block, number=_item_number(markdown, block)) for block in text.blocks(markdown)
        )
        title = " ".join(printable(title).split())  # one line: an e-mail's subject, a file's title
        return cls(parts, language, title, draft_reason, label, markdown)

    @property
    def is_draft(self) -> bool:
        return self.draft_reason is not None

    @property
    def direction(self) -> str:
        """The letter's direction, from its language (``language_direction``)."""
        return language_direction(self.language)

    @cached_property
    def plain(self) -> str:
        return "\n\n".join(part.plain for part in self.parts)

    def placeholders(self) -> list[str]:
        return list(self._placeholders)

    @cached_property
    def _placeholders(self) -> tuple[str, ...]:
        return tuple(placeholders.find_placeholders(self.plain))

    def fill(self, values: dict[str, object]) -> Document:
        """This letter with every placeholder filled; raises ``UnfilledPlaceholderError``
        naming all the missing values at once."""
        placeholders.fill(self.plain, values)  # checks every placeholder before any is filled
        parts = tuple(
            _substituted(part, lambda found: printable(str(values[found.group(1)])))
            if "{{" in part.plain
            else part  # most parts have no placeholder: kept as they are, and cheap to compare
            for part in self.parts
        )
        return replace(self, parts=parts, markdown=None)

    def with_facts(self, kept: Mapping[str, str]) -> Document:
        """This letter with the placeholders that name a kept fact filled (clearnotice.facts);
        the others, a customer's own values, stay for the mail merge. The Markdown it keeps is
        filled the same way, so a Markdown export says what every other format says. A date
        fact is written the way the letter's language writes dates (``facts.written_in``)."""
        if not any(name in kept for name in self.placeholders()):
            return self
        # imported here: a mail-merge worker builds letters from Documents whose facts are
        # filled already, and facts' import (the database, the data files) cost each worker
        # about 20 MB
        from clearnotice import facts

        kept = facts.in_language(kept, self.language)
        parts = tuple(
            _substituted(part, lambda found: printable(kept.get(found.group(1), found.group())))
            for part in self.parts
        )
        markdown = None if self.markdown is None else _filled_markdown(self.markdown, kept)
        return replace(self, parts=parts, markdown=markdown)


def markdown_literal(value: str, at_line_start: bool = True) -> str:
    """``value`` written into Markdown so that it reads as the same text, never as markup: a
    fact typed as "*all* customers" or "[call us](javascript:...)" made emphasis or a link in
    the Markdown export alone, and one with a line break and "# " a heading. Each character that
    opens inline markup, HTML or an entity is backslash-escaped (CommonMark 0.31, 2.4: any ASCII
    punctuation may be), a line break is a hard break (6.7), and a line's first character that
    would open a block (heading, list, quote, setext underline, table) is escaped too: the
    value's own first line only ``at_line_start`` ("3. März" opens a list there, not mid-line)."""
    lines = _LINE_BREAK.split(_MARKDOWN_INLINE.sub(r"\\\g<0>", printable(value)))
    return "\\\n".join(
        _MARKDOWN_BLOCK.sub(r"\g<1>\\\g<2>", line) if at_line_start or n else line
        for n, line in enumerate(lines)
    )


def _filled_markdown(markdown: str, kept: Mapping[str, str]) -> str:
    """``markdown`` with each placeholder naming a kept fact replaced by it as literal text."""

    def literal(found: re.Match) -> str:
        if found.group(1) not in kept:
            return found.group(0)
        before = markdown[markdown.rfind("\n", 0, found.start()) + 1 : found.start()]
        return markdown_literal(kept[found.group(1)], at_line_start=not before.strip(" "))

    return placeholders.PLACEHOLDER.sub(literal, markdown)


# What opens inline markup anywhere in a line (emphasis, code, links, images, HTML, entities,
# strike-through), and what opens a block at a line's start (after up to 3 spaces, CommonMark
# 4.1-5.3), with an ordered list's "1." or "1)" after its digits.
_MARKDOWN_INLINE = re.compile(r"[\\`*_\[\]<>&~]")
_MARKDOWN_BLOCK = re.compile(r"^( {0,3}(?:\d{1,9}(?=[.)]))?)([#>+=|.)-])")


def printable(text: str) -> str:
    """``text`` as every format can hold it (see ``_CONTROLS``)."""
    return _CONTROLS.sub("", text.translate(_LINE_CONTROLS))


def _substituted(part: Part, value_of: Callable[[re.Match], str]) -> Part:
    """``part`` with each placeholder replaced by ``value_of`` its match, read over each whole
    line: bold that starts or ends inside one ("{{ customer_**name** }}") cuts it into runs,
    which, filled one by one, kept it as typed. The value takes the weight of the run the
    placeholder starts in; what is left of it in later runs goes."""
    return replace(part, lines=tuple(_substituted_line(line, value_of) for line in part.lines))


def _substituted_line(
    line: tuple[Run, ...], value_of: Callable[[re.Match], str]
) -> tuple[Run, ...]:
    text = "".join(run.text for run in line)
    found = list(placeholders.PLACEHOLDER.finditer(text))
    if not found:
        return line
    out: list[Run] = []
    start = 0
    for run in line:
        end = start + len(run.text)
        pieces, at = [], start
        for match in found:
            if match.end() <= at or match.start() >= end:
                continue
            pieces.append(text[at : max(at, match.start())])
            if match.start() >= start:
                pieces.append(value_of(match))
            at = min(match.end(), end)
        pieces.append(text[at:end])
        out.append(replace(run, text="".join(pieces)))
        start = end
    return tuple(run for run in out if run.text) or tuple(out[:1])


def heading_ranks(parts: Sequence[Part]) -> dict[int, int]:
    """Each heading level the letter uses below its title, as the rank HTML and Word give it:
    2 for the highest, then 3, ... up to 6 (HTML has no h7). Ranks follow each other, so a
    letter whose sections are "###" gets h2, never an h3 straight under its h1 (WCAG 2.2,
    technique G141: headings nest without skipping a level)."""
    levels = sorted({part.level for part in parts[1:] if part.kind == HEADING})
    if parts and parts[0].kind == HEADING and parts[0].level != 1:
        levels = sorted({*levels, parts[0].level})
    return {level: min(rank, 6) for rank, level in enumerate(levels, start=2)}


def outline_ranks(parts: Sequence[Part]) -> tuple[int, ...]:
    """Each part's heading rank in HTML and Word (0 for a part that is no heading): 1 for the
    title, else its level's ``heading_ranks``, never more than one below the heading before it.
    A letter whose first heading is "###" and a later one "#" had an h3 with no h2 above it
    (WCAG 2.1 SC 1.3.1, technique G141)."""
    ranks = heading_ranks(parts)
    out, above = [], 1
    for index, part in enumerate(parts):
        if part.kind != HEADING:
            out.append(0)
            continue
        rank = 1 if index == 0 and part.level == 1 else min(ranks.get(part.level, 2), above + 1)
        out.append(rank)
        above = rank
    return tuple(out)


def _item_number(markdown: str, block: text.Block) -> int | None:
    """The number a list item was typed with ("2. Call us." is 2), None for a bullet."""
    if block.kind != BULLET:
        return None
    marker = _NUMBERED_ITEM.fullmatch(
        markdown, markdown.rfind("\n", 0, block.start) + 1, block.start
    )
    return int(re.search(r"\d+", marker.group()).group()) if marker else None


def item_numbers(markdown: str, blocks: Sequence[text.Block]) -> tuple[int | None, ...]:
    """The number each of ``blocks`` (read from ``markdown``) was typed with, None for a block
    that is no numbered item: a block holds its words, not its list marker."""
    return tuple(_item_number(markdown, block) for block in blocks)


def marked_parts(
    blocks: Sequence[text.Block],
    marks: Sequence[Mark] = (),
    numbers: Sequence[int | None] = (),
) -> tuple[Part, ...]:
    """``blocks`` as parts, each run carrying the mark that covers it (``marks`` are offsets into
    the text the blocks were read from), each numbered item with its number (``numbers``, one
    per block: ``item_numbers``; none given, every item is a bullet). The review draws a letter,
    a diff or one row of the side-by-side this way, through the same reading as every export."""
    numbers = numbers or (None,) * len(blocks)
    return tuple(_part(block, marks, number) for block, number in zip(blocks, numbers, strict=True))


def _part(block: text.Block, marks: Sequence[Mark] = (), number: int | None = None) -> Part:
    """One block as lines of runs, without any inline markers, ``number`` a numbered item's.
    Italic and code read as plain text: letters set neither apart."""
    runs: list[Run] = []
    # a space in the backslash's place keeps every offset a mark points at
    source = _HARD_BREAK.sub(lambda found: found.group(1) + " ", block.text)
    for span in inline_markup.parse(source):
        for start, end, piece in _pieces(span, block.start, marks):
            covering = [m for m in marks if m.start <= start and end <= m.end]
            mark = covering[0].kind if covering else ""
            note = " | ".join(dict.fromkeys(m.note for m in covering if m.note))
            runs.append(Run(printable(piece), span.strong, mark, note))
    # A line break inside a paragraph is kept: letters put a name and a title on two lines; a
    # bullet's indented continuation lines, or a heading, read as one line.
    kept = block.kind in (PARAGRAPH, COURTESY)
    lines = _split_lines(runs) if kept else [_squeezed(runs)]
    return Part(block.kind, tuple(_joined(_stripped(line)) for line in lines), block.level, number)


def _pieces(span: inline_markup.Span, offset: int, marks: Sequence[Mark]):
    """The span cut wherever a mark starts or ends, as (start, end, text) in the letter. A span
    whose text is not its source character for character (``\\*``) is never cut."""
    start, end = offset + span.start, offset + span.end
    if len(span.text) != end - start:
        yield start, end, span.text
        return
    cuts = sorted({start, end, *(p for m in marks for p in (m.start, m.end) if start < p < end)})
    for a, b in zip(cuts, cuts[1:], strict=False):
        yield a, b, span.text[a - start : b - start]


def _split_lines(runs: list[Run]) -> list[list[Run]]:
    lines: list[list[Run]] = [[]]
    for run in runs:
        for index, piece in enumerate(_LINE_BREAK.split(run.text)):
            if index:
                lines.append([])
            lines[-1].append(replace(run, text=piece))
    return lines


def _squeezed(runs: list[Run]) -> list[Run]:
    """Every run of white space (line breaks too) one space, also where it spans two runs; a
    no-break space stays as typed."""
    out: list[Run] = []
    for run in runs:
        squeezed = _SPACES.sub(" ", run.text)
        if out and out[-1].text.endswith(" "):
            squeezed = squeezed.lstrip(" ")
        out.append(replace(run, text=squeezed))
    return out


def _stripped(line: list[Run]) -> list[Run]:
    """The line without white space at either end."""
    line = [run for run in line if run.text]
    while line and not line[0].text.strip():
        line.pop(0)
    while line and not line[-1].text.strip():
        line.pop()
    if line:
        line[0] = replace(line[0], text=line[0].text.lstrip())
        line[-1] = replace(line[-1], text=line[-1].text.rstrip())
    return line


def _joined(line: list[Run]) -> tuple[Run, ...]:
    """Neighbouring runs that look the same, as one."""
    out: list[Run] = []
    for run in line:
        if out and replace(out[-1], text="") == replace(run, text=""):
            out[-1] = replace(run, text=out[-1].text + run.text)
        else:
            out.append(run)
    return tuple(out)
