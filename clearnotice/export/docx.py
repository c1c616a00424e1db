"""DOCX letters with python-docx: real Heading and List Bullet styles, bold runs, 11 pt text.

Headings use Word's own heading styles (restyled black and bold) so that screen readers and the
navigation pane see the structure; a draft carries a red DRAFT line in every page header.

Word sets Arabic, Hebrew and the other complex scripts with their own run properties (ECMA-376
part 1, 17.3.2: ``w:bCs`` bold, ``w:szCs`` size, ``w:rtl`` a right-to-left run, ``w:lang``'s
``w:bidi`` their language) and lays a paragraph out right to left only under ``w:bidi``
(17.3.1.6): without them an Arabic letter came out left-aligned, its bold not bold, at Word's
default size.
"""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from clearnotice.export.document import (
    BULLET,
    HEADING,
    RTL,
    Document,
    Part,
    heading_ranks,
    text_direction,
)
from clearnotice.export.layouts import STANDARD, Style, apply_layout, style_for

BLACK = RGBColor(0, 0, 0)
DRAFT_RED = RGBColor(190, 20, 20)
BAND_FILL = "E4E8F0"
_EAST_ASIAN = ("zh", "ja", "ko")
# Languages Word sets as complex script (ECMA-376 part 1, 17.3.2.20 lang: w:bidi), besides the
# right-to-left ones: the Indic scripts, Sinhala, Thai, Lao, Khmer, Myanmar and Tibetan. Unless
# w:bidi names the letter's language, Word's default (ar-SA) spell-checks them as Arabic.
_COMPLEX = frozenset(
    ("as", "bn", "bo", "gu", "hi", "km", "kn", "lo", "ml", "mr", "my", "ne", "or", "pa", "si")
    + ("ta", "te", "th")
)


def render_docx(document: Document, layout: str = STANDARD) -> bytes:
    """One letter as a .docx file."""
    style = style_for(layout)
    document, _notes = apply_layout(document, layout)
    out = docx.Document()
    _set_up_styles(out, style, document.language, document.direction)
    out.core_properties.title = document.title or "Letter"
    out.core_properties.language = document.language
    if document.is_draft:
        _draft_header(out, document.draft_reason or "")
    ranks = heading_ranks(document.parts)
    for index, part in enumerate(document.parts):
        if index == 0 and part.kind == HEADING and part.level == 1:
            style_name = "Title"
        else:
            style_name = f"Heading {ranks.get(part.level, 2)}"
        _add_part(out, part, part.direction(document.direction), style_name)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def _set_up_styles(
    out: docx.document.Document, style: Style, language: str, direction: str
) -> None:
    normal = out.styles["Normal"]
    normal.font.size = Pt(style.body_pt)
    _set_complex_size(normal.element.get_or_add_rPr(), style.body_pt)
    _set_language(normal.element.get_or_add_rPr(), language, direction)
    headings = [(f"Heading {rank}", style.heading_pt) for rank in range(2, 7)]
    for name, size in (("Title", style.title_pt), *headings):
        heading = out.styles[name]
        heading.font.size = Pt(size)
        _set_complex_size(heading.element.get_or_add_rPr(), size)
        heading.font.bold = heading.font.cs_bold = True
        heading.font.italic = False  # Word's Heading 4 and 6 are italic; the PDF's are not
        heading.font.color.rgb = BLACK
        if name != "Title" and style.banded_headings:
            _shade(heading.element.get_or_add_pPr())
    title_ppr = out.styles["Title"].element.get_or_add_pPr()
    border = title_ppr.find(qn("w:pBdr"))
    if border is not None:  # the default Title has a blue rule under it
        title_ppr.remove(border)


def _set_language(rpr, language: str, direction: str) -> None:
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), language)
    if language.split("-")[0] in _EAST_ASIAN:
        lang.set(qn("w:eastAsia"), language)
    if direction == RTL or language.split("-")[0] in _COMPLEX:
        lang.set(qn("w:bidi"), language)
    rpr.append(lang)


def _set_complex_size(rpr, size: float) -> None:
    """The size of complex-script text (Arabic, Hebrew, ...), which ``w:sz`` does not set (the
    default Title's was 26 pt); put right after ``w:sz``, where the schema's order wants it."""
    for old in rpr.findall(qn("w:szCs")):
        rpr.remove(old)
    size_cs = OxmlElement("w:szCs")
    size_cs.set(qn("w:val"), str(round(size * 2)))  # in half-points
    rpr.find(qn("w:sz")).addnext(size_cs)


def _shade(ppr) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), BAND_FILL)
    ppr.append(shading)


def _draft_header(out: docx.document.Document, reason: str) -> None:
    header = out.sections[0].header.paragraphs[0]
    run = header.add_run(f"DRAFT - not approved for sending. {reason}".strip())
    run.bold = True
    run.font.color.rgb = DRAFT_RED


def _add_part(out: docx.document.Document, part: Part, direction: str, heading_style: str) -> None:
    """``part`` as a paragraph; ``heading_style`` is the style it takes if it is a heading."""
    if part.kind == HEADING:
        paragraph = out.add_paragraph(style=heading_style)
    elif part.kind == BULLET:
        paragraph = out.add_paragraph(style="List Bullet")
    else:
        paragraph = out.add_paragraph()
    if direction == RTL:
        paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
    for index, line in enumerate(part.lines):
        if index:
            paragraph.add_run().add_break(WD_BREAK.LINE)
        for run in line:
            added = paragraph.add_run(run.text)
            if run.bold or part.kind == HEADING:
                added.bold = added.font.cs_bold = True
            if text_direction(run.text, direction) == RTL:
                added.font.rtl = True
