"""Right-to-left letters (Arabic, Hebrew, ...) read from the right in every format: the HTML page
says its direction, Word's paragraphs are right-to-left paragraphs, and a PDF bullet stands at the
right margin, before its item as an Arabic reader reads it."""

from __future__ import annotations

from clearnotice.export.document import Document
from clearnotice.export.html import render_html

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
