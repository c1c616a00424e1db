"""PDF letters: lines broken here, drawn with fpdf2, many letters per fpdf2 document.

Why not fpdf2's ``multi_cell``: its line breaker took about 12 ms a letter here, and a font
loaded per document about 60 ms (design.md §3), while mail merge needs 10,000 letters in 20 s
(issue 16). So words are measured from the font's width table (``fonts.Face``, cached per word),
lines are broken here and drawn with ``FPDF.text``. A ``PdfBook`` holds a batch of letters in one
fpdf2 document, so the fonts are read and subset once per batch, and the book is split into one
small PDF per letter (``PdfBook.split``: pypdf writes the first letter of each shape, the others
are rebuilt from it).

Characters DejaVu lacks (Chinese, ...) are drawn from the first installed fallback font that
has them, glyph by glyph. A line holding Hebrew or Arabic, and every line of a part that reads
right to left (``Part.direction``: the way HTML and Word set it too), is laid out by fpdf2 itself
with HarfBuzz (``_shaped_lines``): it picks each Arabic letter's joined form and orders the line
by the Unicode bidirectional algorithm, which glyph-by-glyph drawing cannot do; other lines never
pay for it. A right-to-left bullet stands at the right margin. Other scripts that need shaping
(Indic, Thai, ...) are refused with a message rather than printed wrong (``fonts.PDF_SHAPED``
says why).
"""

from __future__ import annotations

import io
import math
import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.prefs import ViewerPreferences
from pypdf import PdfReader, PdfWriter
from pypdf.generic import BooleanObject, DictionaryObject, NameObject, TextStringObject

from clearnotice import caches
from clearnotice.export import fonts, isolates
from clearnotice.export.document import (
    BREAKING_SPACE,
    BULLET,
    HEADING,
    LTR,
    NO_BREAK_SPACES,
    RTL,
    Document,
    Part,
    Run,
    text_direction,
)
from clearnotice.export.layouts import STANDARD, Style, apply_layout, document_title, style_for
from clearnotice.export.posting import (
    ADDRESS_PT,
    LINE,
    RETURN_PT,
    SENDER_PT,
    Posting,
    envelope_for,
    page_label,
)
from clearnotice.text import COURTESY

PAGE_FORMAT = "letter"  # US Letter: these notices go to US residents first
MARGIN_X = 72.0  # points; one inch
MARGIN_TOP = 64.0
MARGIN_BOTTOM = 64.0
LEADING = 1.32  # line height as a multiple of the type size
BULLET_INDENT = 18.0
DRAFT_RED = (190, 20, 20)

ADDRESS_LINE = LINE  # the address block's leading: the window is only so tall
# The smallest type a return line is set in to show whole in the window; below it, it is cut.
# The return line is read by hand, by the post office returning mail it could not deliver.
MIN_RETURN_PT = 4.0
_BODY, _FALLBACK = "body", "fallback"
# A line must not start with these: they stay on the line of the word before them.
# Japanese adds the small kana, the long vowel mark and the iteration marks (JIS X 4051 8.2,
# "gyoto kinsoku"); a line must not end on an opening bracket either.
_NO_BREAK_BEFORE = frozenset(
    ",.;:!?)]}%、。，．！？；：）」』】》〉"
    "ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々ゝゞヽヾ・"
)
_NO_BREAK_AFTER = frozenset("([{（「『【《〈“‘")
_CJK = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff"
# white space a line breaks at | a CJK character | a word (its no-break spaces inside it)
_PIECES = re.compile(rf"({BREAKING_SPACE}+)|([{_CJK}])|((?:[^\s{_CJK}]|[{NO_BREAK_SPACES}])+)")
_CJK_CHAR = 2


class _Head(NamedTuple):
    """What a letter's file says about it besides its pages: its title and its language."""

    title: str
    language: str


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
def _faces() -> tuple[fonts.Face, fonts.Face]:
    """DejaVu, regular and bold. The fallback fonts (``fonts.fallback_faces``) are read only
    when a character DejaVu lacks comes: a CJK font's tables took about 150 MB of each mail
    merge worker, most of whose letters never need them."""
    return fonts.load(fonts.BODY), fonts.load(fonts.BODY_BOLD)


@caches.of_text(20_000)
def _segments(text: str, bold: bool) -> tuple[_Piece, ...]:
    """``text`` cut where the font changes: DejaVu where it has the glyph, else a fallback."""
    main = _faces()[bold]
    out: list[_Piece] = []
    current, start = None, 0
    for index, char in enumerate(text):
        font = _BODY
        if not main.has(char) and not char.isspace():
            for number, face in enumerate(fonts.fallback_faces()):
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
    face = _faces()[bold] if font == _BODY else fonts.fallback_faces()[int(font[8:])]
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
                    (joinable and not is_cjk)
                    or piece.text[0] in _NO_BREAK_BEFORE
                    or bool(words and words[-1].pieces[-1].text[-1] in _NO_BREAK_AFTER)
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
        # the window's title bar, and so a screen reader, names the letter by its title rather
        # than by its file's name (ISO 32000-1 12.2, /DisplayDocTitle; PDF/UA-1 7.1)
        self.pdf.viewer_preferences = ViewerPreferences(display_doc_title=True)
        self.pdf.c_margin = 0  # shaped lines are drawn with cell(): no padding, like text()
        self.pdf.add_font(_BODY, "", str(fonts.BODY.path))
        self.pdf.add_font(_BODY, "B", str(fonts.BODY_BOLD.path))
        self._fallbacks_added: set[str] = set()
        self.letter_pages: list[tuple[int, int]] = []
        self.heads: list[_Head] = []
        self._font: tuple[str, bool, float] | None = None
        self._document: Document | None = None
        self._direction = LTR  # the letter's: each part reads this way unless it says otherwise
        self._drawn: dict[tuple, bytes] = {}  # what FPDF.text wrote, see _text
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
        self._direction = document.direction
        first = self.pdf.page + 1
        self._new_page()
        if document.posting is not None:
            self._posting_head(document.posting)
        keep_from = _kept_with_closing(document.parts)
        for index, part in enumerate(document.parts):
            if index == keep_from:
                self._keep_together(document.parts[index:])
            self._part(part, is_title=index == 0 and part.kind == HEADING and part.level == 1)
        self.letter_pages.append((first, self.pdf.page))
        if document.posting is not None:
            self._page_numbers(document.language, first, self.pdf.page)
        title = document_title(document)
        self.heads.append(_Head(title, document.language))
        if len(self.letter_pages) == 1:
            self.pdf.set_title(title)
            self.pdf.set_lang(document.language)

    def output(self) -> bytes:
        return bytes(self.pdf.output())

    def split(self, *, every_page: bool = False) -> Iterator[bytes]:
        """One PDF per letter, in the order they were added.

        Letters of one shape (title, language, page sizes, the fonts each page uses) differ only
        in their pages' content streams. So fpdf2 writes, and pypdf reads and splits, only the
        first letter of each shape (fpdf2 writing a 200-letter book and pypdf reading it back
        took longer than laying the letters out); each other letter is that file with its own
        pages' streams, compressed as fpdf2 compresses them. ``every_page`` writes them all through
        pypdf: for a shape this does not rebuild byte for byte (``_SplitShape.exact``)."""
        pdf = self.pdf
        streams = [zlib.compress(bytes(pdf.pages[n].contents)) for n in range(1, pdf.page + 1)]
        shapes = [self._shape_key(first, last, h) for (first, last), h in self._letters()]
        firsts = {key: index for index, key in reversed(list(enumerate(shapes)))}
        chosen = range(len(shapes)) if every_page else sorted(firsts.values())
        reader = PdfReader(io.BytesIO(self._output_letters(chosen)))
        read_pages = iter(reader.pages)
        pages_of = {
            index: [next(read_pages) for _ in range(self._page_count(index))] for index in chosen
        }
        written: dict[tuple, _SplitShape] = {}
        letters = zip(self._letters(), shapes, strict=True)
        for index, (((first, last), head), key) in enumerate(letters):
            own = streams[first - 1 : last]
            if key not in written:
                written[key], data = _SplitShape.first(pages_of[index], head, own)
                if not (written[key].exact or every_page):
                    raise _NotRebuilt(head.title)
                yield data
            else:
                yield written[key].letter(own, pages_of.get(index), head)

    def _letters(self) -> list[tuple[tuple[int, int], _Head]]:
        return list(zip(self.letter_pages, self.heads, strict=True))

    def _page_count(self, index: int) -> int:
        first, last = self.letter_pages[index]
        return last - first + 1

    def _shape_key(self, first: int, last: int, head: _Head) -> tuple:
        """What a letter's file holds besides its pages' content: its title and language, each
        page's size and the resources (fonts, ...) each page uses."""
        used: dict[int, list] = {}
        for (number, kind), names in self.pdf._resource_catalog.resources_per_page.items():
            if first <= number <= last and names:
                used.setdefault(number, []).append((str(kind), tuple(sorted(map(str, names)))))
        return (
            head,
            tuple(
                (self.pdf.pages[n].dimensions(), tuple(sorted(used.get(n, []))))
                for n in range(first, last + 1)
            ),
        )

    def _output_letters(self, chosen: Iterable[int]) -> bytes:
        """The book as fpdf2 writes it, holding only the letters at ``chosen`` (their pages
        renumbered from 1), with the fonts subset for every letter; the book is spent after."""
        pdf = self.pdf
        numbers = [
            n
            for index in chosen
            for n in range(self.letter_pages[index][0], self.letter_pages[index][1] + 1)
        ]
        renumbered = {old: new for new, old in enumerate(numbers, start=1)}
        catalog = pdf._resource_catalog
        catalog.resources_per_page = defaultdict(
            set,
            {
                (renumbered[number], kind): names
                for (number, kind), names in catalog.resources_per_page.items()
                if number in renumbered
            },
        )
        pdf.pages = {new: pdf.pages[old] for old, new in renumbered.items()}
        for new, page in pdf.pages.items():
            page.set_index(new)
        pdf.page = len(pdf.pages)
        return bytes(pdf.output())

    # a letter ready to post ------------------------------------------------------------------
    def _posting_head(self, posting: Posting) -> None:
        """The sender block at the top, the return line and the recipient in the envelope's
        window, the date under them; the letter's text starts below (posting.py says where)."""
        envelope = envelope_for(posting.envelope)
        for index, line in enumerate(posting.sender):
            self._plain_line(line, SENDER_PT, MARGIN_X, bold=index == 0)
        self.y = envelope.return_line.y
        window = envelope.return_line
        size = _fitting_size(posting.return_line, RETURN_PT, window.width)
        self._plain_line(posting.return_line, size, window.x, width=window.width)
        self.y = envelope.recipient.y
        for line in posting.recipient:
            self._plain_line(line, ADDRESS_PT, envelope.recipient.x, leading=ADDRESS_LINE)
        self.y = envelope.body_top
        self._plain_line(posting.date, self.style.body_pt, MARGIN_X)
        self.y += self.style.body_pt * LEADING

    def _plain_line(
        self,
        text: str,
        size: float,
        x: float,
        *,
        bold: bool = False,
        leading: float = LEADING,
        width: float | None = None,
    ) -> None:
        """One line, cut to ``width`` (else the page's), at the current height; a line holding
        Hebrew or Arabic (a customer's name or street) shaped and in visual order, set at ``x``
        like the others: an address block is flush left in the window, whatever its script."""
        width = width or self.pdf.w - MARGIN_X - x
        if fonts.laid_out_by_fpdf(text):
            with self._shaping(text, text_direction(text)):
                self._set_font(_BODY, bold, size)
                rows = self.pdf.multi_cell(width, size, text, dry_run=True, output="LINES")
                self.pdf.set_xy(x, self.y)
                self.pdf.cell(width, size * LEADING, rows[0] if rows else "")
        else:
            self._draw(_laid_out((Run(text, bold),), width / size, size)[0], size, x)
        self.y += size * leading

    def _page_numbers(self, language: str, first: int, last: int) -> None:
        """ "Page 1 of 2" at the foot of every page of the letter just laid out."""
        pdf, size = self.pdf, 8.0
        for number in range(first, last + 1):
            pdf.page = number
            pdf.current_font_is_set_on_page = False  # this page's last font is not ours
            self._font = None
            label = page_label(language, number - first + 1, last - first + 1)
            self._set_font(_BODY, False, size)
            width = _faces()[0].width(label) / 1000 * size
            pdf.text((pdf.w - width) / 2, pdf.h - MARGIN_BOTTOM / 2, label)
        self._font = None

    def _keep_together(self, parts: tuple[Part, ...]) -> None:
        """Start a new page here when ``parts`` (the end of the letter: its last paragraph, with
        its heading, the sign-off and the signature) would not fit on this one: a signature is
        never left alone at the top of a page, nor a heading at the bottom."""
        height = sum(self._height(part) for part in parts)
        if height < (self.pdf.h - MARGIN_TOP - MARGIN_BOTTOM) / 2:
            self._ensure(height)

    def _height(self, part: Part) -> float:
        """The height ``_part`` gives ``part`` (a heading counted as if it were not the title)."""
        style = self.style
        if part.kind == HEADING:
            return style.body_pt * 0.9 + style.heading_pt * LEADING + style.body_pt * 0.35
        size = style.body_pt
        x0 = MARGIN_X + (BULLET_INDENT if part.kind == BULLET else 0)
        width = (self.pdf.w - MARGIN_X - x0) / size
        lines = sum(len(_laid_out(line, width, size)) for line in part.lines)
        return lines * size * LEADING + size * (0.3 if part.kind == BULLET else 0.7)

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
            band = style.banded_headings and not is_title
            self._lines(bold_lines, size, MARGIN_X, band, part.direction(self._direction))
            self.y += style.body_pt * 0.35
            return
        size = style.body_pt
        direction = part.direction(self._direction)
        if part.kind == BULLET:
            self._ensure(size * LEADING)
            self._set_font(_BODY, False, size)
            # a numbered item's number, as typed, ends where a bullet would: "10." reaches into
            # the margin rather than into the item's words
            sign = "•" if part.number is None else f"{part.number}."
            sign_width = _faces()[0].width(sign) / 1000 * size
            if direction == RTL:  # the sign before the item, as its reader reads: at the right
                sign_x = self.pdf.w - MARGIN_X - 4 - sign_width
                self._text(sign_x, self._baseline(size), sign)
                self._lines(part.lines, size, MARGIN_X, direction=RTL, indent=BULLET_INDENT)
            else:
                sign_x = MARGIN_X + 4 if part.number is None else MARGIN_X + 14 - sign_width
                self._text(sign_x, self._baseline(size), sign)
                self._lines(part.lines, size, MARGIN_X + BULLET_INDENT)
            self.y += size * 0.3
        else:
            self._lines(part.lines, size, MARGIN_X, direction=direction)
            self.y += size * 0.7

    def _lines(
        self,
        lines: Iterable[tuple[Run, ...]],
        size: float,
        x0: float,
        band: bool = False,
        direction: str = LTR,
        indent: float = 0,
    ) -> None:
        """``lines`` from ``x0`` to the right margin less ``indent`` (a right-to-left bullet's)."""
        width = self.pdf.w - MARGIN_X - x0
        height = size * LEADING
        for line in lines:
            if direction == RTL or fonts.laid_out_by_fpdf("".join(run.text for run in line)):
                self._shaped_lines(line, size, x0, band, direction, indent)
                continue
            for runs in _laid_out(line, width / size, size):
                self._start_line(height, x0, band)
                self._draw(runs, size, x0)
                self.y += height

    def _start_line(self, height: float, x0: float, band: bool) -> None:
        """Room for one more line (a new page if need be), on a band when asked."""
        self._ensure(height)
        if band:
            width = self.pdf.w - MARGIN_X - x0
            self.pdf.set_fill_color(228, 232, 240)
            self.pdf.rect(x0 - 4, self.y - 1, width + 8, height + 2, style="F")

    def _shaped_lines(
        self,
        line: tuple[Run, ...],
        size: float,
        x0: float,
        band: bool,
        direction: str,
        indent: float = 0,
    ) -> None:
        """``line`` broken, shaped and ordered by fpdf2 with HarfBuzz in its part's
        ``direction``, right-aligned when that is right to left; bold passes through fpdf2's
        own markers, escaped everywhere else. Characters DejaVu lacks come from the fallback
        fonts, as on every other line."""
        pdf, height = self.pdf, size * LEADING
        width = pdf.w - MARGIN_X - x0 - indent
        if direction == RTL:  # a phone or a number reads in its own order (export.isolates)
            line = isolates.set_apart(line, self._document.language, "\u2066", "\u2069")
        weights = {run.bold for run in line}
        # A marker character at a bold edge ("***") would unbalance fpdf2's markers: such a
        # line is drawn in one weight rather than with stray asterisks.
        markdown = len(weights) > 1 and not any(
            edge in _MARKER_CHARS for run in line for edge in (run.text[:1], run.text[-1:])
        )
        text = "".join(_marked(run) if markdown else run.text for run in line)
        align = "R" if direction == RTL else "L"
        with self._shaping(text, direction):
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

    @contextmanager
    def _shaping(self, text: str, direction: str) -> Iterator[None]:
        """fpdf2's HarfBuzz shaping on for ``text`` in ``direction``, with the fallback fonts
        when DejaVu lacks a character of it; off again after, for the lines drawn here."""
        pdf = self.pdf
        if fonts.needs_fallback(text):
            names = [self._add_fallback(n) for n in range(len(fonts.fallback_faces()))]
            pdf.set_fallback_fonts(names, exact_match=False)  # a bold line too: they have no bold
        pdf.set_text_shaping(True, direction=direction)
        try:
            yield
        finally:
            pdf.set_text_shaping(False)
            pdf.set_fallback_fonts([])

    def _draw(self, runs: tuple[_Drawn, ...], size: float, x: float) -> None:
        baseline = self._baseline(size)
        for font, bold, text, width in runs:
            self._set_font(font, bold, size)
            self._text(x, baseline, text)
            x += width

    def _text(self, x: float, baseline: float, text: str) -> None:
        """``FPDF.text``, replayed from this book's earlier letters when the same text was drawn
        at the same place in the same font: most of a merged letter is the same in every copy.
        What fpdf2 wrote the first time is copied, so the page is byte for byte what it would
        have written (its font subset already holds those glyphs)."""
        pdf = self.pdf
        if not pdf.current_font_is_set_on_page:  # as FPDF.text does: name the font on the page
            pdf._out(pdf._set_font_for_page(pdf.current_font, pdf.font_size_pt))
        key = (self._font, x, baseline, text, pdf.text_color, pdf.fill_color)
        contents = pdf.pages[pdf.page].contents
        drawn = self._drawn.get(key)
        if drawn is None:
            start = len(contents)
            pdf.text(x, baseline, text)
            self._drawn[key] = bytes(contents[start:])
        else:
            contents.extend(drawn)

    def _set_font(self, font: str, bold: bool, size: float) -> None:
        if self._font == (font, bold, size):
            return
        if font != _BODY:
            self._add_fallback(int(font[8:]))
        self.pdf.set_font(font, "B" if bold else "", size)
        self._font = (font, bold, size)

    def _add_fallback(self, number: int) -> str:
        """The name of fallback font ``number`` in this book, added the first time it is used."""
        font = f"{_FALLBACK}{number}"
        if font not in self._fallbacks_added:
            file = fonts.fallback_faces()[number].file
            self.pdf.add_font(font, "", str(file.path), collection_font_number=file.index)
            self._fallbacks_added.add(font)
        return font

    def _baseline(self, size: float) -> float:
        return self.y + size * 0.95

    def _ensure(self, height: float) -> None:
        if self.y + height > self.pdf.h - MARGIN_BOTTOM:
            self._new_page()

    def _new_page(self) -> None:
        posting = self._document.posting if self._document is not None else None
        if posting is None:
            self.pdf.add_page()
        else:
            self.pdf.add_page(format=envelope_for(posting.envelope).page)
        self._font = None  # a new page needs its font set again
        self.y = MARGIN_TOP
        if self._document is not None and self._document.is_draft:
            self._draft_mark(self._document.draft_reason or "")

    def _draft_mark(self, reason: str) -> None:
        """A large diagonal DRAFT behind the text and a red line at the top of every page. The
        diagonal word is drawn as the outlines of its letters, not as text: as text, its five
        letters were read one by one between the letter's lines (pdftotext put "FT", "A", "R"
        and "D" among them), and the red line says DRAFT in words already."""
        pdf = self.pdf
        angle = math.radians(45)
        cos, sin = math.cos(angle), math.sin(angle)
        size = 110
        # the word's centre at the page's, its baseline 40 pt below (PDF space counts upwards)
        x, y = -_draft_outline().width * size / 2, -40
        matrix = (size * cos, size * sin, -size * sin, size * cos)
        left = pdf.w / 2 + x * cos + y * -sin
        bottom = pdf.h / 2 + x * sin + y * cos
        pdf._out(
            "q 0.949 0.784 0.784 rg "  # rgb(242, 200, 200)
            + " ".join(f"{n:.4f}" for n in (*matrix, left, bottom))
            + f" cm {_draft_outline().path} f Q"
        )
        pdf.set_text_color(*DRAFT_RED)
        size = 10
        banner = f"DRAFT - not approved for sending. {reason}".strip()
        for runs in _laid_out((Run(banner, True),), self.width / size, size):
            self._draw(runs, size, MARGIN_X)
            self.y += size * LEADING
        pdf.set_text_color(0, 0, 0)
        self.y += size


class _Outline(NamedTuple):
    """A word's letters as one PDF path (in em, from its baseline's start) and its width."""

    path: str
    width: float


class _PathPen(BasePen):
    """PDF path operators (ISO 32000-1 8.5.2) for the glyphs drawn with it, in em; TrueType's
    quadratic curves become the cubic ones PDF draws (the control points at 2/3)."""

    def __init__(self, glyphs, units: float, x: float):
        super().__init__(glyphs)
        self.ops: list[str] = []
        self.units, self.x = units, x

    def _point(self, point) -> str:
        return f"{(point[0] + self.x) / self.units:.4f} {point[1] / self.units:.4f}"

    def _moveTo(self, point):
        self.ops.append(f"{self._point(point)} m")

    def _lineTo(self, point):
        self.ops.append(f"{self._point(point)} l")

    def _curveToOne(self, one, two, three):
        self.ops.append(" ".join(map(self._point, (one, two, three))) + " c")

    def _qCurveToOne(self, control, end):
        start = self._getCurrentPoint()
        one = [s + 2 / 3 * (c - s) for s, c in zip(start, control, strict=True)]
        two = [e + 2 / 3 * (c - e) for e, c in zip(end, control, strict=True)]
        self._curveToOne(one, two, end)

    def _closePath(self):
        self.ops.append("h")


@lru_cache(maxsize=1)
def _draft_outline() -> _Outline:
    return _word_outline("DRAFT", fonts.BODY_BOLD)


def _word_outline(word: str, file: fonts.FontFile) -> _Outline:
    """``word`` set in ``file``'s font as outlines, for a mark no text extraction reads."""
    font = TTFont(file.path, fontNumber=file.index)
    glyphs, names = font.getGlyphSet(), font.getBestCmap()
    units = font["head"].unitsPerEm
    pen, x = _PathPen(glyphs, units, 0), 0
    for char in word:
        glyph = glyphs[names[ord(char)]]
        pen.x = x
        glyph.draw(pen)
        x += glyph.width
    return _Outline(" ".join(pen.ops), x / units)


class _SplitShape:
    """The file pypdf writes for one letter of a book, kept to write the book's other letters
    of the same shape (``PdfBook._shape_key``): their files differ only in the pages' content
    streams, so those are put in and the cross-reference table counted again. Writing each
    letter with pypdf took longer than laying it out; the bytes are pypdf's either way."""

    def __init__(self, head: bytes, objects: list[bytes], contents: list[int], trailer: bytes):
        self.exact = True  # False: pypdf wrote something this class does not rebuild
        self.head = head  # the header, before the first object
        self.objects = objects  # "n 0 obj ... endobj" of each object, in order
        self.contents = contents  # the index in ``objects`` of each page's content stream
        self.trailer = trailer  # "trailer ... " up to the "startxref" line
        # each content stream object's words before and after its length
        self.stream_heads: list[tuple[bytes, bytes]] = []

    @classmethod
    def first(cls, pages: list, head: _Head, streams: list[bytes]) -> tuple[_SplitShape, bytes]:
        """The shape of this letter, and its file as pypdf writes it; ``streams`` are its
        pages' content streams as fpdf2 compressed them."""
        data, contents = _write_letter(pages, head)
        xref = int(data[data.rindex(b"startxref") :].split()[1])
        offsets = [int(line[:10]) for line in data[xref:].split(b"\n")[3:] if line[17:18] == b"n"]
        ends = [*offsets[1:], xref]
        objects = [data[start:end] for start, end in zip(offsets, ends, strict=True)]
        trailer = data[data.index(b"trailer\n", xref) : data.rindex(b"startxref")]
        shape = cls(data[: offsets[0]], objects, [n - 1 for n in contents], trailer)
        for index, stream in zip(shape.contents, streams, strict=True):
            head = objects[index][: objects[index].find(b"\nstream\n")]
            parts = head.split(b"/Length %d" % len(stream))
            if len(parts) != 2:
                shape.exact = False
                return shape, data
            shape.stream_heads.append((parts[0], parts[1]))
        # e.g. a free object in the table: then every letter of the shape is written by pypdf
        shape.exact = shape.letter(streams) == data
        return shape, data

    def letter(
        self, streams: list[bytes], pages: list | None = None, head: _Head | None = None
    ) -> bytes:
        """The file of a letter of this shape whose pages' content streams are ``streams``;
        ``pages`` (read by pypdf) are needed only when the shape is not ``exact``."""
        if not self.exact:
            return _write_letter(pages, head)[0]
        objects = list(self.objects)
        for index, (before, after), stream in zip(
            self.contents, self.stream_heads, streams, strict=True
        ):
            objects[index] = b"%s/Length %d%s\nstream\n%s\nendstream\nendobj\n" % (
                before,
                len(stream),
                after,
                stream,
            )
        out = [self.head]
        offsets, position = [], len(self.head)
        for chunk in objects:
            offsets.append(position)
            position += len(chunk)
        out += objects
        out.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
        out += [b"%010d 00000 n \n" % offset for offset in offsets]
        out.append(self.trailer + b"startxref\n%d\n%%%%EOF\n" % position)
        return b"".join(out)


class _NotRebuilt(Exception):
    """A letter's file that ``_SplitShape`` cannot rebuild: its book is written again with
    every letter through pypdf."""


def _write_letter(pages: list, head: _Head) -> tuple[bytes, list[int]]:
    """The letter's file as pypdf writes it, and the object number of each page's content.
    The language goes in the catalog's /Lang (PDF 1.7, ISO 32000-1 14.9.2), where screen
    readers look for it, and the title is shown rather than the file's name (/DisplayDocTitle,
    12.2): pypdf keeps only the pages of the book fpdf2 wrote."""
    writer = PdfWriter()
    for page in pages:
        writer.add_page(page)
    writer.add_metadata({"/Title": head.title, "/Creator": "ClearNotice"})
    writer._root_object[NameObject("/Lang")] = TextStringObject(head.language)
    writer._root_object[NameObject("/ViewerPreferences")] = DictionaryObject(
        {NameObject("/DisplayDocTitle"): BooleanObject(True)}  # as PdfBook's own (__init__)
    )
    out = io.BytesIO()
    writer.write(out)
    contents = [page["/Contents"].indirect_reference.idnum for page in writer.pages]
    return out.getvalue(), contents


def _fitting_size(text: str, size: float, width: float) -> float:
    """``size``, or the smaller size at which ``text`` fits ``width`` (not below
    ``MIN_RETURN_PT``): a long sender's return line ran past the envelope's window at 7 pt,
    its end hidden behind the envelope."""
    natural = sum(piece.width for piece in _segments(fonts.prepare(text), False)) * size
    if natural <= width:
        return size
    return max(MIN_RETURN_PT, size * width / natural * 0.999)


def _kept_with_closing(parts: tuple[Part, ...]) -> int | None:
    """Where the block that must stay on one page starts: the paragraph before the sign-off,
    with its heading when it is the only paragraph under one; None when the letter has no
    sign-off (``COURTESY`` parts at its end)."""
    start = len(parts)
    while start > 1 and parts[start - 1].kind == COURTESY:
        start -= 1
    if start == len(parts) or start < 2:
        return None
    start -= 1
    return start - 1 if start > 1 and parts[start - 1].kind == HEADING else start


_Drawn = tuple[str, bool, str, float]  # font, bold, text, width in points


@caches.of_text(4096)
def _laid_out(
    line: tuple[Run, ...], width_em: float, size: float
) -> tuple[tuple[_Drawn, ...], ...]:
    """``line`` broken to ``width_em`` and cut into runs of one font each: what ``_draw``
    draws. Cached: a merged letter's lines are the same in every copy but the customer's."""
    space = _faces()[0].width(" ") / 1000 * size
    laid_out = []
    for words in _break(_words(line), width_em):
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
        laid_out.append(tuple(tuple(run) for run in runs))
    return tuple(laid_out)


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
    try:
        return list(_book(documents, layout).split())
    except _NotRebuilt:
        return list(_book(documents, layout).split(every_page=True))


def _book(documents: list[Document], layout: str) -> PdfBook:
    book = PdfBook(layout)
    for document in documents:
        book.add(document)
    return book
