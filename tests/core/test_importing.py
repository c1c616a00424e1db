"""Importing drafts: real .md/.txt/.docx files built here, and every kind of bad upload."""

from __future__ import annotations

import io
import re
import struct
import zlib
from pathlib import Path

import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from clearnotice.importing import (
    LIMITS,
    MAX_CHARACTERS,
    MAX_DOCX_BYTES,
    MAX_PARAGRAPHS,
    MAX_TABLE_CELLS,
    MAX_TEXT_BYTES,
    ImportProblem,
    import_draft,
)
from clearnotice.text import BULLET, COURTESY, HEADING, PARAGRAPH, blocks
from tests.hostile.documents import docx_with, zip_of

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _png() -> bytes:
    """A valid 1x1 PNG, built by hand so the test needs no image file."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _docx_bytes(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _add_hyperlink(paragraph, text: str, url: str) -> None:
    rel = paragraph.part.relate_to(
        url,
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
        is_external=True,
    )
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def _breach_docx() -> bytes:
    """A letter the way comms staff write one in Word."""
    doc = Document()
    doc.add_paragraph("Notice of Data Breach", style="Title")
    doc.add_paragraph("Dear customer,")
    doc.add_heading("What happened", level=1)
    p = doc.add_paragraph("On March 3 we found that ")
    p.add_run("a criminal").bold = True
    p.add_run(" had copied files.")
    doc.add_heading("What information was involved", level=1)
    doc.add_paragraph("your name", style="List Bullet")
    doc.add_paragraph("your address", style="List Bullet")
    doc.add_paragraph("the street only", style="List Bullet 2")
    doc.add_paragraph("Reset your password.", style="List Number")
    doc.add_heading("Details", level=2)
    doc.add_picture(io.BytesIO(_png()))
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Equifax"
    table.cell(0, 1).text = "1-800-555-0100"
    table.cell(1, 0).text = "Experian"
    table.cell(1, 1).text = "1-800-555-0101"
    p = doc.add_paragraph("Call us at ")
    p.add_run("1-800-555-0142").bold = True
    p.add_run(" or visit ")
    _add_hyperlink(p, "our help page", "https://www.example.com/help")
    p.add_run(".")
    return _docx_bytes(doc)


@pytest.fixture(scope="module")
def breach_draft():
    return import_draft(_breach_docx(), "Breach letter v3.docx")


# .docx ---------------------------------------------------------------------------------------
def test_docx_becomes_markdown_in_paragraph_order(breach_draft):
    assert breach_draft.text == (
        "# Notice of Data Breach\n\n"
        "Dear customer,\n\n"
        "## What happened\n\n"
        "On March 3 we found that **a criminal** had copied files.\n\n"
        "## What information was involved\n\n"
        "- your name\n\n"
        "- your address\n\n"
        "  - the street only\n\n"
        "1. Reset your password.\n\n"
        "### Details\n\n"
        "Equifax | 1-800-555-0100\n\n"
        "Experian | 1-800-555-0101\n\n"
        "Call us at **1-800-555-0142** or visit our help page "
        "(https://www.example.com/help).\n"
    )


def test_docx_structure_is_understood_by_the_segmenter(breach_draft):
    kinds = [(b.kind, b.text) for b in blocks(breach_draft.text)]
    assert kinds[:5] == [
        (HEADING, "Notice of Data Breach"),
        (COURTESY, "Dear customer,"),
        (HEADING, "What happened"),
        (PARAGRAPH, "On March 3 we found that **a criminal** had copied files."),
        (HEADING, "What information was involved"),
    ]
    assert [k for k, _ in kinds[5:9]] == [BULLET] * 4


def test_docx_title_comes_from_its_first_heading(breach_draft):
    assert breach_draft.title == "Notice of Data Breach"
    assert breach_draft.origin == "import:Breach letter v3.docx"


def test_docx_pictures_are_left_out_with_a_warning(breach_draft):
    assert "PNG" not in breach_draft.text
    assert any("Left out: 1 picture;" in w for w in breach_draft.warnings)
    assert any("Turned into plain lines: 1 table," in w for w in breach_draft.warnings)


def test_docx_bold_split_over_runs_is_one_bold_span_with_spaces_outside():
    doc = Document()
    p = doc.add_paragraph("Your ")
    for piece in ("Social ", "Security", " number "):
        p.add_run(piece).bold = True
    p.add_run("was involved.")
    text = import_draft(_docx_bytes(doc), "x.docx").text
    assert text == "Your **Social Security number** was involved.\n"


def test_docx_paragraph_in_bold_only_becomes_a_heading_for_the_segmenter():
    doc = Document()
    doc.add_paragraph().add_run("What You Can Do").bold = True
    doc.add_paragraph("Call us.")
    draft = import_draft(_docx_bytes(doc), "x.docx")
    assert draft.text == "**What You Can Do**\n\nCall us.\n"
    assert blocks(draft.text)[0].kind == HEADING
    assert draft.title == "What You Can Do"


def test_docx_custom_heading_styles_and_outline_levels_become_headings():
    doc = Document()
    based = doc.styles.add_style("Letter Section", WD_STYLE_TYPE.PARAGRAPH)
    based.base_style = doc.styles["Heading 1"]
    doc.add_paragraph("What Happened", style="Letter Section")
    doc.add_paragraph("On March 3 we found a problem.")
    outlined = doc.add_paragraph("What you can do")
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "1")
    outlined._p.get_or_add_pPr().append(level)
    doc.add_paragraph("Call us.")
    text = import_draft(_docx_bytes(doc), "x.docx").text
    assert text == (
        "## What Happened\n\nOn March 3 we found a problem.\n\n### What you can do\n\nCall us.\n"
    )


def test_docx_plain_paragraph_that_reads_as_a_heading_is_one():
    doc = Document()
    doc.add_paragraph("We are writing about a problem.")
    doc.add_paragraph("What Information Was Involved")
    doc.add_paragraph("Your name and address.")
    draft = import_draft(_docx_bytes(doc), "x.docx")
    assert [b.kind for b in blocks(draft.text)] == [PARAGRAPH, HEADING, PARAGRAPH]


def test_docx_bold_from_a_character_style_counts_as_bold():
    doc = Document()
    p = doc.add_paragraph("Act ")
    p.add_run("now", style="Strong")
    text = import_draft(_docx_bytes(doc), "x.docx").text
    assert text == "Act **now**\n"


def test_docx_numbering_properties_without_a_list_style_make_a_bullet():
    doc = Document()
    p = doc.add_paragraph("Freeze your credit.")
    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 1
    num_pr.get_or_add_numId().val = 1
    doc.add_paragraph("Plain text again.")
    text = import_draft(_docx_bytes(doc), "x.docx").text
    assert text == "  - Freeze your credit.\n\nPlain text again.\n"


def test_docx_line_break_inside_a_heading_stays_one_heading():
    doc = Document()
    heading = doc.add_heading("What", level=1)
    heading.runs[0].add_break()
    heading.add_run("Happened")
    doc.add_paragraph("Text.")
    assert import_draft(_docx_bytes(doc), "x.docx").text == "## What Happened\n\nText.\n"


def test_docx_without_a_heading_takes_its_title_from_the_file_name():
    doc = Document()
    doc.add_paragraph("We are writing to tell you about an incident.")
    draft = import_draft(_docx_bytes(doc), "C:\\Users\\ana\\breach_notice-draft.docx")
    assert draft.title == "breach notice draft"
    assert draft.origin == "import:breach_notice-draft.docx"


def test_docx_with_only_a_picture_is_refused_as_having_no_text():
    doc = Document()
    doc.add_picture(io.BytesIO(_png()))
    doc.add_paragraph("   ").runs[0].font.size = Pt(12)
    with pytest.raises(ImportProblem, match="has no text"):
        import_draft(_docx_bytes(doc), "logo.docx")


def test_docx_text_boxes_are_reported_as_left_out():
    doc = Document()
    doc.add_paragraph("Body text.")
    box = OxmlElement("w:txbxContent")
    doc.element.body.findall(qn("w:p"))[0].append(box)
    draft = import_draft(_docx_bytes(doc), "x.docx")
    assert any("text box" in w for w in draft.warnings)


def test_docx_page_header_and_footer_text_is_named_in_a_warning():
    """A letterhead's phone number in the footer was left out without a word."""
    doc = Document()
    doc.add_paragraph("Body text.")
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Acme Health, 1 Main St, Springfield"
    section.footer.paragraphs[0].text = "Questions? Call 1-800-555-0142."
    draft = import_draft(_docx_bytes(doc), "x.docx")
    assert draft.text.strip() == "Body text."
    [warning] = [w for w in draft.warnings if "header" in w]
    assert "“Acme Health, 1 Main St, Springfield”" in warning
    assert "“Questions? Call 1-800-555-0142.”" in warning


def test_docx_empty_header_and_footer_are_not_worth_a_word():
    doc = Document()
    doc.add_paragraph("Body text.")
    doc.sections[0].header.is_linked_to_previous = False  # an empty header part
    assert import_draft(_docx_bytes(doc), "x.docx").warnings == ()


def test_docx_table_inside_a_table_cell_is_read():
    """The inner table's text (the bureaus' numbers) was left out without a word."""
    doc = Document()
    doc.add_paragraph("Call a bureau:")
    outer = doc.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Bureaus"
    inner = outer.cell(0, 1).add_table(rows=2, cols=2)
    inner.cell(0, 0).text = "Equifax"
    inner.cell(0, 1).text = "1-800-555-0100"
    inner.cell(1, 0).text = "Experian"
    inner.cell(1, 1).text = "1-800-555-0101"
    draft = import_draft(_docx_bytes(doc), "x.docx")
    assert draft.text.splitlines()[-1] == (
        "Bureaus | Equifax, 1-800-555-0100; Experian, 1-800-555-0101"
    )
    assert any("Turned into plain lines: 2 tables" in w for w in draft.warnings)


# plain text and Markdown -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "name", sorted(p.name for p in FIXTURES.glob("*.md")), ids=lambda name: name
)
def test_sample_markdown_letters_import_unchanged(name):
    raw = (FIXTURES / name).read_text(encoding="utf-8")
    draft = import_draft(raw.encode("utf-8"), name)
    assert draft.text == raw.strip("\n") + "\n"
    assert draft.warnings == ()


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("NOTICE OF DATA BREACH", "Notice of data breach"),
        ("# IMPORTANT: YOUR SSN AND HHS", "Important: your SSN and HHS"),
        ("Notice of Data Breach at ACME", "Notice of Data Breach at ACME"),
    ],
    ids=["shouted", "abbreviations-kept", "mixed-case-as-typed"],
)
def test_a_first_line_in_capitals_becomes_a_title_in_sentence_case(first_line, title):
    draft = import_draft(f"{first_line}\n\nWe are sorry.\n".encode(), "draft.txt")
    assert draft.title == title
    assert draft.text.startswith(first_line)  # the letter's own words are left as they were


def test_a_file_name_in_capitals_becomes_a_title_in_sentence_case():
    assert import_draft(b"We are sorry.", "BREACH_NOTICE_2026.txt").title == "Breach notice 2026"


def test_markdown_title_comes_from_the_first_heading_without_bold_markers():
    draft = import_draft(b"Intro line.\n\n## **Notice** of Breach\n\nText.", "a.markdown")
    assert draft.title == "Notice of Breach"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("\ufeff# Aviso\n\n¿Qué pasó?".encode(), "# Aviso\n\n¿Qué pasó?\n"),
        (b"\xff\xfe" + "# Aviso\r\n\r\n¿Qué pasó?".encode("utf-16-le"), "# Aviso\n\n¿Qué pasó?\n"),
        (b"\xfe\xff" + "Señor Núñez".encode("utf-16-be"), "Señor Núñez\n"),
    ],
    ids=["utf8-bom", "utf16-le-bom", "utf16-be-bom"],
)
def test_byte_order_marks_select_the_encoding_and_are_dropped(data, expected):
    draft = import_draft(data, "aviso.txt")
    assert draft.text == expected
    assert draft.warnings == ()


def test_windows_1252_text_is_read_with_a_warning_naming_the_encoding():
    data = "Estimado cliente: lamentamos lo ocurrido en la cafetería “Ñandú”.".encode("cp1252")
    draft = import_draft(data, "carta.txt")
    assert draft.text == "Estimado cliente: lamentamos lo ocurrido en la cafetería “Ñandú”.\n"
    assert len(draft.warnings) == 1
    assert "Windows-1252" in draft.warnings[0] and "carta.txt" in draft.warnings[0]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("# A\r\n\r\nB\r\nC\r\n", "# A\n\nB\nC\n"),
        ("# A\r\rB\rC", "# A\n\nB\nC\n"),
        ("A\u2028B\fC", "A\nB\nC\n"),
        ("\n\n\nText\n\n\n\n", "Text\n"),
    ],
    ids=["crlf", "old-mac-cr", "unicode-and-form-feed", "surrounding-blank-lines"],
)
def test_line_endings_are_normalised(raw, expected):
    assert import_draft(raw.encode(), "a.md").text == expected


def test_html_in_markdown_is_kept_verbatim_as_text():
    raw = '# Notice\n\n<script>alert("x")</script> <img src=x onerror=alert(1)>\n'
    assert import_draft(raw.encode(), "evil.md").text == raw


@pytest.mark.parametrize("name", ["LETTER.TXT", "Letter.Md", "draft.markdown"], ids=str)
def test_extensions_are_matched_without_regard_to_case(name):
    assert import_draft(b"Hello.", name).text == "Hello.\n"


# bad uploads ----------------------------------------------------------------------------------
BAD_UPLOADS = [
    ("empty-txt", b"", "a.txt", "is empty"),
    ("empty-docx", b"", "a.docx", "is empty"),
    ("whitespace-only", b"  \r\n\t\n ", "a.md", "is empty"),
    ("bom-only", b"\xef\xbb\xbf\n", "a.md", "has no text"),
    ("utf16-whitespace", b"\xff\xfe" + " \n".encode("utf-16-le"), "a.txt", "has no text"),
    ("huge-text", b"word " * (MAX_TEXT_BYTES // 5 + 1), "a.txt", "at most 1.0 MB"),
    ("huge-docx", b"PK\x03\x04" + b"\x00" * MAX_DOCX_BYTES, "a.docx", "at most 5.0 MB"),
    ("nul-bytes", b"Dear customer\x00\x01\x02", "a.txt", "NUL bytes"),
    ("utf16-without-bom", "Dear customer".encode("utf-16-le"), "a.txt", "NUL bytes"),
    ("png-renamed-txt", _png(), "photo.txt", "is a PNG image"),
    ("jpeg-renamed-md", b"\xff\xd8\xff\xe0\x00\x10JFIF", "scan.md", "is a JPEG image"),
    ("pdf-renamed-md", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "letter.md", "is a PDF document"),
    ("docx-renamed-txt", b"PK\x03\x04rest", "letter.txt", "was it renamed"),
    ("png-renamed-docx", _png(), "photo.docx", "is a PNG image, not a .docx"),
    ("old-doc-renamed-docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 8, "a.docx", ".doc"),
    ("text-renamed-docx", b"Dear customer, we are sorry.", "a.docx", "not a Word .docx"),
    ("zip-not-docx", zip_of({"notes.txt": b"hello"}), "a.docx", "zip archive, not a Word"),
    (
        "xlsx-renamed-docx",
        zip_of({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}),
        "a.docx",
        "could not be read as a Word document",
    ),
    (
        "zip-bomb-docx",
        zip_of({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * 51_000_000}),
        "a.docx",
        "would unpack to",
    ),
    ("escape-character", b"Dear customer\x1b[31m", "a.txt", "U+001B on line 1"),
    ("c1-control-in-utf8", "line one\nbad \u0090".encode(), "a.txt", "U+0090 on line 2"),
    ("neither-utf8-nor-1252", b"caf\xe9 \x81\x8d", "a.txt", "neither UTF-8 nor Windows-1252"),
    ("broken-utf16", b"\xff\xfe" + b"\x00\xd8", "a.txt", "not valid UTF-16"),
    ("pdf-extension", b"%PDF-1.7", "letter.pdf", "PDF files cannot be read"),
    ("doc-extension", b"\xd0\xcf\x11\xe0", "letter.doc", "save it as .docx"),
    ("exe-extension", b"MZ\x90\x00", "setup.exe", "is a .exe file. Import accepts"),
    ("no-extension", b"Hello", "README", "a file without an extension"),
]


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [case[1:] for case in BAD_UPLOADS],
    ids=[case[0] for case in BAD_UPLOADS],
)
def test_bad_uploads_are_refused_with_a_message_naming_the_file(data, name, message):
    with pytest.raises(ImportProblem, match="(?i)" + re.escape(message)) as caught:
        import_draft(data, name)
    assert f"“{name}”" in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_text_at_the_character_limit_is_accepted_and_one_more_is_refused():
    assert len(import_draft(b"a" * MAX_CHARACTERS, "long.txt").text) == MAX_CHARACTERS + 1
    with pytest.raises(ImportProblem, match=f"more than {MAX_CHARACTERS:,} characters"):
        import_draft(b"a" * (MAX_CHARACTERS + 1), "long.txt")


@pytest.mark.parametrize(
    ("data", "name", "limit"),
    [
        (docx_with(20_000), "20k.docx", f"{MAX_PARAGRAPHS:,} paragraphs"),
        (docx_with(MAX_PARAGRAPHS + 1), "one-more.docx", f"{MAX_PARAGRAPHS:,} paragraphs"),
        (docx_with(cells=MAX_TABLE_CELLS + 1), "cells.docx", f"{MAX_TABLE_CELLS:,} table cells"),
        (docx_with(2, text="x" * 60_000), "long.docx", f"{MAX_CHARACTERS:,} characters"),
        (b"Line.\n\n" * (MAX_PARAGRAPHS + 1), "many.md", f"{MAX_PARAGRAPHS:,} paragraphs"),
    ],
    ids=["20,000 paragraphs", "one paragraph too many", "table cells", "characters", "markdown"],
)
def test_a_draft_past_a_limit_is_refused_with_every_limit_stated(data, name, limit):
    with pytest.raises(ImportProblem) as caught:
        import_draft(data, name)
    assert f"“{name}” holds more than {limit}" in str(caught.value)
    assert LIMITS in str(caught.value)


def test_a_docx_at_the_limits_is_accepted():
    draft = import_draft(docx_with(MAX_PARAGRAPHS - 1, cells=MAX_TABLE_CELLS), "big.docx")
    assert len(blocks(draft.text)) == MAX_PARAGRAPHS  # the table became one line


def test_folders_and_control_characters_in_the_file_name_are_dropped():
    draft = import_draft(b"Hello.", "../../etc/\x07bell.md")
    assert draft.file_name == "bell.md"
    assert draft.title == "bell"
