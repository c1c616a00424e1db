"""PDF letters: lines broken here, drawn with fpdf2, many letters per fpdf2 document.

Why not fpdf2's ``multi_cell``: its line breaker took about 12 ms a letter here, and a font
loaded per document about 60 ms (design.md §3), while mail merge needs 10,000 letters in a
minute. So words are measured from the font's width table (``fonts.Face``, cached per word), lines
are broken here and drawn with ``FPDF.text``. A ``PdfBook`` holds a batch of letters in one
fpdf2 document, so the fonts are read and subset once per batch, and pypdf splits the book into
one small PDF per letter (under 1 ms a letter).

Characters DejaVu lacks (Chinese, ...) are drawn from the first installed fallback font that
has them, glyph by glyph. A line holding Hebrew or Arabic is laid out by fpdf2 itself with
HarfBuzz (``_shaped_lines``): it picks each Arabic letter's joined form and orders the line by
the Unicode bidirectional algorithm, which glyph-by-glyph drawing cannot do; other lines never
pay for it. Other scripts that need shaping (Indic, Thai, ...) are refused with a message
rather than printed wrong (``fonts.PDF_SHAPED`` says why).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from fpdf import FPDF
from fpdf.bidi import auto_detect_base_direction
from fpdf.enums import TextDirection
from pypdf import PdfReader, PdfWriter

from clearnotice.export import fonts
from clearnotice.export.document import BULLET, HEADING, Document, Part, Run
from clearnotice.export.layouts import STANDARD, Style, apply_layout, style_for

PAGE_FORMAT = "letter"  # US Letter: these notices go to US residents first
MARGIN_X = 72.0  # points; one inch
MARGIN_TOP = 64.0
MARGIN_BOTTOM = 64.0
LEADING = 1.32  # line height as a multiple of the type size
BULLET_INDENT = 18.0
DRAFT_RED = (190, 20, 20)

_BODY, _FALLBACK = "body", "fallback"
# A line must not start with these: they stay on the line of the word before them.
_NO_BREAK_BEFORE = frozenset(",.;:!?)]}%、。，．！？；：）」』】》〉")
_CJK = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_PIECES = re.compile(rf"(\s+)|([{_CJK}])|([^\s{_CJK}]+)")
_CJK_CHAR = 2


class PdfScriptError(ValueError):
    """The text uses a script this PDF renderer cannot lay out correctly."""


@dataclass(frozen=True)
class _Piece:
    text: str
    font: str  # "body" or "fallback<n>"
    bold: bool
    width: float  # at 1 pt; multiply by the type size


@dataclass
class _Word:
    pieces: list[_Piece]
    space_before: bool

    @property
    def width(self) -> float:
        return sum(p.width for p in self.pieces)


@lru_cache(maxsize=1)
def _faces() -> tuple[fonts.Face, fonts.Face, tuple[fonts.Face, ...]]:
    return fonts.load(fonts.BODY), fonts.load(fonts.BODY_BOLD), fonts.fallback_faces()


@lru_cache(maxsize=20_000)
def _segments(text: str, bold: bool) -> tuple[_Piece, ...]:
    """``text`` cut where the font changes: DejaVu where it has the glyph, else a fallback."""
    body, body_bold, fallbacks = _faces()
    main = body_bold if bold else body
    out: list[_Piece] = []
    current, start = None, 0
    for index, char in enumerate(text):
        font = _BODY
        if not main.has(char) and not char.isspace():
            for number, face in enumerate(fallbacks):
                if face.has(char):
                    font = f"{_FALLBACK}{number}"
                    break
        if font != current and index > start:
            out.append(_piece(text[start:index], current, bold))
            start = index
        current = font
    if len(text) > start:
        out.append(_piece(text[start:], current, bold))
    return tuple(out)


def _piece(text: str, font: str, bold: bool) -> _Piece:
    body, body_bold, fallbacks = _faces()
    face = (body_bold if bold else body) if font == _BODY else fallbacks[int(font[8:])]
    return _Piece(text, font, bold, face.width(text) / 1000)


def _words(line: tuple[Run, ...]) -> list[_Word]:
    """The line as unbreakable words; each CJK character is a word of its own."""
    words: list[_Word] = []
    pending_space = False
    joinable = False  # whether text that follows without a space continues the last word
    for run in line:
        for segment in _segments(fonts.prepare(run.text), run.bold):
            for match in _PIECES.finditer(segment.text):
                if match.group(1):
                    pending_space, joinable = True, False
                    continue
                piece = _piece_like(segment, match.group())
                is_cjk = match.lastindex == _CJK_CHAR
                glue = not pending_space and (
                    (joinable and not is_cjk) or piece.text[0] in _NO_BREAK_BEFORE
                )
                if words and glue:
                    words[-1].pieces.append(piece)
                else:
                    words.append(_Word([piece], pending_space))
                pending_space, joinable = False, not is_cjk
    return words


def _piece_like(segment: _Piece, text: str) -> _Piece:
    if text == segment.text:
        return segment
    return _piece(text, segment.font, segment.bold)


class PdfBook:
    """One fpdf2 document holding one or more letters, each starting on a new page."""

    def __init__(self, layout: str = STANDARD):
        self.layout = layout
        self.style: Style = style_for(layout)
        self.pdf = FPDF(unit="pt", format=PAGE_FORMAT)
        self.pdf.set_auto_page_break(False)
        self.pdf.set_creator("ClearNotice")
        self.pdf.c_margin = 0  # shaped lines are drawn with cell(): no padding, like text()
        self.pdf.add_font(_BODY, "", str(fonts.BODY.path))
        self.pdf.add_font(_BODY, "B", str(fonts.BODY_BOLD.path))
        self._fallbacks_added: set[str] = set()
        self.letter_pages: list[tuple[int, int]] = []
        self.titles: list[str] = []
        self._font: tuple[str, bool, float] | None = None
        self._document: Document | None = None
        self.y = 0.0

    @property
    def width(self) -> float:
        return self.pdf.w - 2 * MARGIN_X

    def add(self, document: Document) -> None:
        """Lay out ``document`` on new pages at the end of the book."""
        scripts = fonts.unshaped_in_pdf(document.plain)
        if scripts:
            raise PdfScriptError(
                f"PDF export cannot yet lay out {', '.join(scripts)} script correctly; "
                "export DOCX or HTML for this letter instead"
            )
        document, _notes = apply_layout(document, self.layout)
        self._document = document
        first = self.pdf.page + 1
        self._new_page()
        for index, part in enumerate(document.parts):
            self._part(part, is_title=index == 0 and part.kind == HEADING and part.level == 1)
        self.letter_pages.append((first, self.pdf.page))
        self.titles.append(document.title)
        if len(self.letter_pages) == 1:
            self.pdf.set_title(document.title or "Letter")
            self.pdf.set_lang(document.language)

    def output(self) -> bytes:
        return bytes(self.pdf.output())

    def split(self) -> Iterator[bytes]:
        """One PDF per letter, in the order they were added."""
        reader = PdfReader(io.BytesIO(self.output()))
        for (first, last), title in zip(self.letter_pages, self.titles, strict=True):
            writer = PdfWriter()
            for number in range(first - 1, last):
                writer.add_page(reader.pages[number])
            writer.add_metadata({"/Title": title or "Letter", "/Creator": "ClearNotice"})
            out = io.BytesIO()
            writer.write(out)
            yield out.getvalue()

    # layout ----------------------------------------------------------------------------------
    def _part(self, part: Part, *, is_title: bool) -> None:
        style = self.style
        if part.kind == HEADING:
            size = style.title_pt if is_title else style.heading_pt
            space_before = 0 if is_title else style.body_pt * 0.9
            # keep a heading with at least two lines of what follows it
            self._ensure(space_before + size * LEADING + 2 * style.body_pt * LEADING)
            self.y += space_before if self.y > MARGIN_TOP else 0
            bold_lines = [tuple(Run(r.text, True) for r in line) for line in part.lines]
            self._lines(bold_lines, size, MARGIN_X, band=style.banded_headings and not is_title)
            self.y += style.body_pt * 0.35
            return
        size = style.body_pt
        if part.kind == BULLET:
            self._ensure(size * LEADING)
            self._set_font(_BODY, False, size)
            self.pdf.text(MARGIN_X + 4, self._baseline(size), "•")
            self._lines(part.lines, size, MARGIN_X + BULLET_INDENT)
            self.y += size * 0.3
        else:
            self._lines(part.lines, size, MARGIN_X)
            self.y += size * 0.7

    def _lines(self, lines: Iterable[tuple[Run, ...]], size: float, x0: float, band=False) -> None:
        width = self.pdf.w - MARGIN_X - x0
        height = size * LEADING
        for line in lines:
            if fonts.needs_shaping("".join(run.text for run in line)):
                self._shaped_lines(line, size, x0, band)
                continue
            for words in _break(_words(line), width / size):
                self._start_line(height, x0, band)
                self._draw(words, size, x0)
                self.y += height

    def _start_line(self, height: float, x0: float, band: bool) -> None:
        """Room for one more line (a new page if need be), on a band when asked."""
        self._ensure(height)
        if band:
            width = self.pdf.w - MARGIN_X - x0
            self.pdf.set_fill_color(228, 232, 240)
            self.pdf.rect(x0 - 4, self.y - 1, width + 8, height + 2, style="F")

    def _shaped_lines(self, line: tuple[Run, ...], size: float, x0: float, band: bool) -> None:
        """``line`` broken, shaped and ordered by fpdf2 with HarfBuzz: right-aligned when its
        first strong letter is right-to-left (Unicode bidi rules P2-P3), like a Hebrew or Arabic
        paragraph; bold passes through fpdf2's own markers, escaped everywhere else."""
        pdf, width, height = self.pdf, self.pdf.w - MARGIN_X - x0, size * LEADING
        weights = {run.bold for run in line}
        # A marker character at a bold edge ("***") would unbalance fpdf2's markers: such a
        # line is drawn in one weight rather than with stray asterisks.
        markdown = len(weights) > 1 and not any(
            edge in _MARKER_CHARS for run in line for edge in (run.text[:1], run.text[-1:])
        )
        text = "".join(_marked(run) if markdown else run.text for run in line)
        plain = "".join(run.text for run in line)
        align = "R" if auto_detect_base_direction(plain) == TextDirection.RTL else "L"
        pdf.set_text_shaping(True)
        try:
            self._set_font(_BODY, weights == {True}, size)
            rows = pdf.multi_cell(
                width, height, text, markdown=markdown, dry_run=True, output="LINES"
            )
            for row in rows:
                self._start_line(height, x0, band)
                self._set_font(_BODY, weights == {True}, size)  # a new page forgets it
                pdf.set_xy(x0, self.y)
                pdf.cell(width, height, row, align=align, markdown=markdown)
                self.y += height
        finally:
            pdf.set_text_shaping(False)

    def _draw(self, words: list[_Word], size: float, x: float) -> None:
        baseline = self._baseline(size)
        space = _faces()[0].width(" ") / 1000 * size
        runs: list[list] = []  # [font, bold, text, width]
        for index, word in enumerate(words):
            if word.space_before and index:
                if runs and runs[-1][0] == _BODY:
                    runs[-1][2] += " "
                    runs[-1][3] += space
                else:
                    runs.append([_BODY, False, " ", space])
            for piece in word.pieces:
                bold = piece.bold and piece.font == _BODY
                if runs and runs[-1][0] == piece.font and runs[-1][1] == bold:
                    runs[-1][2] += piece.text
                    runs[-1][3] += piece.width * size
                else:
                    runs.append([piece.font, bold, piece.text, piece.width * size])
        for font, bold, text, width in runs:
            self._set_font(font, bold, size)
            self.pdf.text(x, baseline, text)
            x += width

    def _set_font(self, font: str, bold: bool, size: float) -> None:
        if self._font == (font, bold, size):
            return
        if font != _BODY and font not in self._fallbacks_added:
            file = _faces()[2][int(font[8:])].file
            self.pdf.add_font(font, "", str(file.path), collection_font_number=file.index)
            self._fallbacks_added.add(font)
        self.pdf.set_font(font, "B" if bold else "", size)
        self._font = (font, bold, size)

    def _baseline(self, size: float) -> float:
        return self.y + size * 0.95

    def _ensure(self, height: float) -> None:
        if self.y + height > self.pdf.h - MARGIN_BOTTOM:
            self._new_page()

    def _new_page(self) -> None:
        self.pdf.add_page()
        self._font = None  # a new page needs its font set again
        self.y = MARGIN_TOP
        if self._document is not None and self._document.is_draft:
            self._draft_mark(self._document.draft_reason or "")

    def _draft_mark(self, reason: str) -> None:
        """A large diagonal DRAFT behind the text and a red line at the top of every page."""
        pdf = self.pdf
        pdf.set_text_color(242, 200, 200)
        self._set_font(_BODY, True, 110)
        with pdf.rotation(angle=45, x=pdf.w / 2, y=pdf.h / 2):
            pdf.text(pdf.w / 2 - pdf.get_string_width("DRAFT") / 2, pdf.h / 2 + 40, "DRAFT")
        pdf.set_text_color(*DRAFT_RED)
        size = 10
        banner = f"DRAFT - not approved for sending. {reason}".strip()
        for words in _break(_words((Run(banner, True),)), self.width / size):
            self._draw(words, size, MARGIN_X)
            self.y += size * LEADING
        pdf.set_text_color(0, 0, 0)
        self.y += size


def _break(words: list[_Word], width_em: float) -> list[list[_Word]]:
    """Greedy line breaking; ``width_em`` is the line width in units of the type size."""
    space = _faces()[0].width(" ") / 1000
    lines: list[list[_Word]] = []
    line: list[_Word] = []
    used = 0.0
    for word in words:
        if word.width > width_em:
            # a word wider than the line (a long URL): cut it character by character
            for chunk in _cut(word, width_em):
                if line:
                    lines.append(line)
                line, used = [chunk], chunk.width
            continue
        extra = (space if word.space_before and line else 0) + word.width
        if line and used + extra > width_em:
            lines.append(line)
            line, used = [word], word.width
        else:
            line.append(word)
            used += extra
    if line or not lines:
        lines.append(line)
    return lines


def _cut(word: _Word, width_em: float) -> list[_Word]:
    chunks: list[_Word] = [_Word([], word.space_before)]
    for piece in word.pieces:
        for char in piece.text:
            char_piece = _piece(char, piece.font, piece.bold)
            if chunks[-1].pieces and chunks[-1].width + char_piece.width > width_em:
                chunks.append(_Word([], False))
            chunks[-1].pieces.append(char_piece)
    return chunks


# fpdf2's inline markers (bold, italics, strike-through, underline) and its escape character
_FPDF_MARKERS = re.compile(r"\\|\*\*|__|~~|--")
_MARKER_CHARS = frozenset("*_~-\\")


def _marked(run: Run) -> str:
    """``run`` in fpdf2's markdown: its text escaped, bold between ``**``. A "](" gets an empty
    strike-through and underline between its brackets, so that no text can become a link."""
    text = _FPDF_MARKERS.sub(lambda m: "\\" + m.group(), run.text)
    text = text.replace("](", "]~~--~~--(")
    return f"**{text}**" if run.bold else text


def render_pdf(document: Document, layout: str = STANDARD) -> bytes:
    """One letter as a PDF."""
    book = PdfBook(layout)
    book.add(document)
    return book.output()


def render_book(documents: list[Document], layout: str = STANDARD) -> list[bytes]:
    """One PDF per document, from one fpdf2 document (fonts read and subset once); raises when
    any letter cannot be laid out."""
    book = PdfBook(layout)
    for document in documents:
        book.add(document)
    return list(book.split())
