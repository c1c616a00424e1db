"""A phone number, an e-mail address, a code or a number in an Arabic, Hebrew or Persian letter
reads in its own order in the exports that lay the letter out (PDF, DOCX, HTML). In a
right-to-left paragraph the spaces and brackets between a phone number's digit groups take the
paragraph's direction (UAX #9, N1: numbers count as right to left for the neutrals beside them),
so "+1 (800) 555-0100" was shown with its groups in reverse order. Plain text and Markdown hand
over the approved characters as typed, so translation QA warns of such a number there."""

from __future__ import annotations

import io

import docx
import pytest

from clearnotice.export.document import Document
from clearnotice.export.docx import render_docx
from clearnotice.export.html import render_html
from clearnotice.export.pdf import render_pdf
from clearnotice.export.plaintext import render_text
from clearnotice.model import Severity
from clearnotice.translate.qa import check_translation
from tests.core.test_export_pdf_rtl import visual_lines

PHONE, EMAIL = "+1 (800) 555-0100", "help@acme.com"
ARABIC = f"اتصل بنا على {PHONE} أو {EMAIL} اليوم."
HEBREW = f"התקשרו אלינו בטלפון {PHONE} היום."
ISOLATES = str.maketrans("", "", "\u2066\u2067\u2068\u2069\u200e")


def test_a_phone_and_an_email_in_an_arabic_html_letter_are_isolated():
    page = render_html(Document.from_markdown(ARABIC, "ar"))
    assert f'<bdi dir="ltr">{PHONE}</bdi>' in page
    assert f'<bdi dir="ltr">{EMAIL}</bdi>' in page


def test_an_english_html_letter_isolates_nothing():
    page = render_html(Document.from_markdown(f"Call us on {PHONE} today.", "en"))
    assert "<bdi" not in page


@pytest.mark.parametrize("language, markdown", [("ar", ARABIC), ("he", HEBREW)])
def test_a_phone_in_a_right_to_left_word_file_reads_left_to_right(language, markdown):
    out = docx.Document(io.BytesIO(render_docx(Document.from_markdown(markdown, language))))
    text = out.paragraphs[0].text
    # Word keeps the marks U+200E as text (ECMA-376 part 1, annex I.7)
    assert f"\u200e{PHONE}\u200e" in text
    assert text.translate(ISOLATES) == markdown


def test_a_phone_in_a_right_to_left_pdf_reads_in_its_own_order():
    lines = visual_lines(render_pdf(Document.from_markdown(HEBREW, "he")))
    assert PHONE in lines[0].translate(ISOLATES)


def test_plain_text_keeps_the_approved_characters():
    assert render_text(Document.from_markdown(ARABIC, "ar")).count("\u2066") == 0


def _warnings(translation: str, language: str) -> list[str]:
    report = check_translation(f"Call us on {PHONE} today.", translation, language)
    return [f.finding.rule_id for f in report.findings if f.finding.severity is Severity.WARNING]


@pytest.mark.parametrize(
    ("language", "translation", "warned"),
    [
        ("ar", f"اتصل بنا على {PHONE} اليوم.", True),
        ("ar", f"اتصل بنا على \u2066{PHONE}\u2069 اليوم.", False),
        ("ar", f"اتصل بنا على \u200e{PHONE} اليوم.", False),
        ("ar", "اتصل بنا على 1-800-555-0100 اليوم.", False),  # one run of digits (UAX #9, W4)
        ("he", f"התקשרו אלינו {PHONE} היום.", True),
        ("es", f"Llámenos hoy al {PHONE}.", False),
    ],
    ids=["ar-bare", "ar-isolated", "ar-marked", "ar-one-run", "he-bare", "es"],
)
def test_qa_warns_of_a_phone_a_right_to_left_text_may_show_reversed(language, translation, warned):
    assert ("translation.bidi-isolate" in _warnings(translation, language)) is warned
