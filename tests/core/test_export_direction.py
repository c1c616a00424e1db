"""Right-to-left letters (Arabic, Hebrew, ...) read from the right in every format: the HTML page
says its direction, Word's paragraphs are right-to-left paragraphs, and a PDF bullet stands at the
right margin, before its item as an Arabic reader reads it."""

from __future__ import annotations

import datetime as dt
import io

import docx
from docx.oxml.ns import qn
from pypdf import PdfReader

from clearnotice.export import fonts
from clearnotice.export.document import Document
from clearnotice.export.docx import render_docx
from clearnotice.export.html import render_html
from clearnotice.export.pdf import BULLET_INDENT, MARGIN_X, render_pdf
from clearnotice.export.posting import Sender, envelope_for, post
from tests.core.test_export_pdf_rtl import drawn, visual_lines

ARABIC_LETTER = "# إشعار\n\nمرحبا بالعالم. هذا خطاب.\n\n- بند واحد"
HEBREW = "שלום עולם"


def test_an_arabic_html_page_is_right_to_left_and_an_english_one_left_to_right():
    arabic = render_html(Document.from_markdown(ARABIC_LETTER, "ar"))
    english = render_html(Document.from_markdown("Dear customer, hello.", "en"))
    assert '<html lang="ar" dir="rtl">' in arabic
    assert '<html lang="en" dir="ltr">' in english


def test_a_hebrew_paragraph_in_an_english_html_page_reads_from_the_right():
    page = render_html(Document.from_markdown(f"Dear customer, hello.\n\n{HEBREW}.", "en"))
    assert f'<p dir="rtl">{HEBREW}.</p>' in page
    assert "<p>Dear customer, hello.</p>" in page


def test_html_breaks_a_long_web_address_and_indents_a_list_on_the_reading_side():
    page = render_html(Document.from_markdown("See https://example.com/" + "a" * 300, "en"))
    # a word wider than the page breaks rather than running off a phone's screen
    assert "overflow-wrap: anywhere" in page
    # the bullets' indent is at the right in an Arabic page, at the left in an English one
    assert "padding-inline-start" in page and "padding-left" not in page


def _docx(markdown: str, language: str):
    return docx.Document(io.BytesIO(render_docx(Document.from_markdown(markdown, language))))


def test_an_arabic_word_file_has_right_to_left_paragraphs_and_runs_in_arabic():
    out = _docx("# إشعار\n\nمرحبا **بالعالم**.\n\n- بند واحد\n\nClearNotice هو البرنامج.", "ar")
    paragraphs = out.paragraphs
    # every paragraph of an Arabic letter is a right-to-left paragraph, even one that starts with
    # a Latin name; Word then puts its first word at the right and its bullet there too
    assert [p._p.pPr.find(qn("w:bidi")) is not None for p in paragraphs] == [True] * 4
    runs = [run for p in paragraphs for run in p.runs]
    assert all(run.font.rtl for run in runs)  # the full stop too: it ends an Arabic sentence
    bold = next(run for run in runs if run.text == "بالعالم")
    assert bold.bold and bold.font.cs_bold  # Word draws Arabic in bold only by w:bCs
    lang = out.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:bidi")) == "ar"  # spell-check and screen readers read it as Arabic


def test_arabic_in_a_word_file_is_set_at_the_sizes_latin_is():
    out = _docx("# إشعار\n\nمرحبا بالعالم.", "ar")
    for name in ("Normal", "Title", "Heading 2"):  # Word's own Title set Arabic at 26 pt
        rpr = out.styles[name].element.rPr
        assert rpr.find(qn("w:szCs")).get(qn("w:val")) == rpr.find(qn("w:sz")).get(qn("w:val"))


def test_a_hebrew_line_in_an_english_word_file_is_its_own_right_to_left_paragraph():
    out = _docx(f"Dear customer, hello.\n\n{HEBREW}.", "en")
    english, hebrew = out.paragraphs
    assert english._p.pPr is None or english._p.pPr.find(qn("w:bidi")) is None
    assert hebrew._p.pPr.find(qn("w:bidi")) is not None


def _right_margin(data: bytes) -> float:
    return PdfReader(io.BytesIO(data)).pages[0].mediabox.width - MARGIN_X


def test_a_pdf_bullet_of_an_arabic_letter_stands_at_the_right_margin_before_its_item():
    data = render_pdf(Document.from_markdown("مرحبا بالعالم.\n\n- بند واحد", "ar"))
    right = _right_margin(data)
    bullet_x = next(x for x, _y, _codes, text in drawn(data) if text == "•")
    assert right - 15 < bullet_x < right  # was at the left margin, the item at the right
    item_ends = [x for x, _y, _codes, text in drawn(data) if text in "بند واحد" and text.strip()]
    # the item's last glyph (its first letter, at the right) stays clear of the bullet
    assert max(item_ends) < right - BULLET_INDENT + 1


def test_an_arabic_sentence_starting_with_a_latin_name_reads_from_the_right_in_pdf():
    data = render_pdf(Document.from_markdown("مرحبا.\n\nClearNotice هو البرنامج.", "ar"))
    ends = {}
    for x, y, _codes, _text in drawn(data):
        ends[round(y)] = max(ends.get(round(y), 0), x)
    right = _right_margin(data)
    assert all(right - 60 < end < right for end in ends.values())  # as in HTML and Word
    assert visual_lines(data)[1].startswith(".")  # its full stop at the left, where it ends


def test_chinese_on_a_hebrew_line_is_drawn_not_left_blank():
    data = render_pdf(Document.from_markdown("שלום 中文 עולם", "he"))
    assert "中文" in "".join(text for _x, _y, _codes, text in drawn(data))


def test_an_arabic_name_in_the_envelope_window_is_shaped_and_in_visual_order():
    sender = Sender("Example Inc", ("1 Main St", "Portland, OR 97201"), "US", email="a@b.c")
    name, street = "محمد علي", "שדרות רוטשילד 5"
    letter = Document.from_markdown("Dear customer,\n\nHello.", "en")
    recipient = (name, street, "Tel Aviv 6688101")
    data = render_pdf(post(letter, "us10", sender, dt.date(2026, 1, 5), recipient))
    lines = visual_lines(data)
    # it was drawn letter by letter in typed order: backwards, and every Arabic letter apart
    assert name[::-1] in lines and "5 " + street[:-2][::-1] in lines
    meem = [codes[0] for _x, _y, codes, text in drawn(data) if text == "م"]
    assert len(meem) == 2 and meem[0] != meem[1]  # initial and final forms: joined


def test_word_spell_checks_hebrew_hindi_and_thai_in_their_own_language_not_arabic():
    # Word's default sets complex-script text (these three too) in Saudi Arabic, ar-SA
    for text, language in (("שלום עולם", "he"), ("नमस्ते दुनिया", "hi"), ("สวัสดี", "th")):
        lang = _docx(text, language).styles["Normal"].element.rPr.find(qn("w:lang"))
        assert lang.get(qn("w:bidi")) == language


def test_a_long_return_line_is_set_small_enough_to_show_whole_in_a_dl_window():
    sender = Sender(
        "Example Outfitters Incorporated",
        ("1234 Long Street Name, Suite 500", "Portland, OR 97201-1234"),
        "US",
    )
    letter = Document.from_markdown("Dear customer,\n\nHello.", "en")
    recipient = ("Ana Gómez", "1 Main St", "Springfield")
    data = render_pdf(post(letter, "dl", sender, dt.date(2026, 1, 5), recipient))
    window = envelope_for("dl").return_line
    spans = []

    def visit(text, _cm, tm, font, size):
        if " · " in text:
            spans.append((text.strip(), tm[4], size, font))

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    ((text, x, size, _font),) = spans
    # it ran past the window's right edge at 7 pt, hidden behind the envelope
    assert text == sender.return_line
    width = fonts.load(fonts.BODY).width(text) / 1000 * size
    assert x + width <= window.x + window.width + 0.5
