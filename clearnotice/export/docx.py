"""DOCX letters with python-docx: real Heading and List Bullet and List Number styles, bold runs,
11 pt text.

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

from clearnotice.export import isolates
from clearnotice.export.document import (
    BULLET,
    HEADING,
    RTL,
    Document,
    Part,
    outline_ranks,
    text_direction,
)
from clearnotice.export.layouts import STANDARD, Style, apply_layout, document_title, style_for

BLACK = RGBColor(0, 0, 0)
DRAFT_RED = RGBColor(190, 20, 20)
BAND_FILL = "E4E8F0"
_EAST_ASIAN = ("zh", "ja", "ko")
_LRM = "\u200e"  # the mark set each side of a phone or a number in a right-to-left paragraph
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
    out.core_properties.title = document_title(document)
    out.core_properties.language = document.language
    if document.is_draft:
        _draft_header(out, document.draft_reason or "")
    ranks = outline_ranks(document.parts)
    numbering = None  # the numbering of the numbered list being written
    for index, part in enumerate(document.parts):
        style_name = "Title" if ranks[index] == 1 else f"Heading {ranks[index]}"
        if part.number is None:
            numbering = None
        elif numbering is None:
            numbering = _new_numbering(out, part.number)
        direction = part.direction(document.direction)
        paragraph = _add_part(out, part, direction, style_name, document.language)
        if numbering is not None:
            _number(paragraph, numbering)
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
    _outline_level(title_ppr, 0)


def _outline_level(ppr, level: int) -> None:
    """``level`` (0 is the top) as the paragraph style's outline level (ECMA-376 part 1,
    17.3.1.20 outlineLvl): Word's navigation pane and screen readers list a paragraph as a
    heading by it. Word's Title style has none, so the headings began at Heading 2."""
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), str(level))
    ppr.append(outline)


def _new_numbering(out: docx.document.Document, start: int) -> str:
    """A numbering of its own for one numbered list, counting from ``start`` (the number its
    first item was typed with): the List Number style's numbering, restarted (ECMA-376 part 1,
    17.9.16 num, 17.9.27 startOverride). Without it a second list went on from the first's."""
    numbering = out.part.numbering_part.element
    style_ppr = out.styles["List Number"].element.pPr
    style_num = style_ppr.find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
    [abstract] = numbering.xpath(f'w:num[@w:numId="{style_num}"]/w:abstractNumId/@w:val')
    num_id = str(max(int(n) for n in numbering.xpath("w:num/@w:numId")) + 1)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), num_id)
    abstract_id = OxmlElement("w:abstractNumId")
    abstract_id.set(qn("w:val"), abstract)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start_at = OxmlElement("w:startOverride")
    start_at.set(qn("w:val"), str(start))
    override.append(start_at)
    num.extend((abstract_id, override))
    numbering.append(num)
    return num_id


def _number(paragraph, num_id: str) -> None:
    """The paragraph counted in numbering ``num_id`` at its first level."""
    num_pr = OxmlElement("w:numPr")
    level = OxmlElement("w:ilvl")
    level.set(qn("w:val"), "0")
    number = OxmlElement("w:numId")
    number.set(qn("w:val"), num_id)
    num_pr.extend((level, number))
    paragraph._p.get_or_add_pPr().insert(1, num_pr)  # after w:pStyle, as the schema orders it


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


def _add_part(
    out: docx.document.Document, part: Part, direction: str, heading_style: str, language: str
):
    """``part`` as a paragraph, returned; ``heading_style`` is the style it takes if it is a
    heading. A list item takes Word's list style, whose numbering draws its bullet or number.
    In a right-to-left paragraph a phone, an address or a number is put between two marks
    U+200E, so it reads in its own order (clearnotice.export.isolates)."""
    if part.kind == HEADING:
        paragraph = out.add_paragraph(style=heading_style)
    elif part.kind == BULLET:
        paragraph = out.add_paragraph(style="List Bullet" if part.number is None else "List Number")
    else:
        paragraph = out.add_paragraph()
    if direction == RTL:
        paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
    for index, line in enumerate(part.lines):
        if index:
            paragraph.add_run().add_break(WD_BREAK.LINE)
        if direction == RTL:  # Word keeps the marks as text (ECMA-376 part 1, annex I.7)
            line = isolates.set_apart(line, language, _LRM, _LRM)
        for run in line:
            added = paragraph.add_run(run.text)
            if run.bold or part.kind == HEADING:
                added.bold = added.font.cs_bold = True
            # the run's own words say which way it reads, not the marks set around a phone in it
            if text_direction(run.text.replace(_LRM, ""), direction) == RTL:
                added.font.rtl = True
    return paragraph
