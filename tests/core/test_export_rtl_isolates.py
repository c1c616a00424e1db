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
from pypdf import PdfReader
from pypdf.generic import ContentStream

from clearnotice.export.document import Document
from clearnotice.export.docx import render_docx
from clearnotice.export.html import render_html
from clearnotice.export.pdf import render_pdf
from clearnotice.export.plaintext import render_text
from clearnotice.model import Severity
from clearnotice.translate.qa import check_translation
from tests.core.test_export_pdf_rtl import drawn, visual_lines

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


# A phone number partly bold: read run by run, "+1 (800)" and "555-0100" were set apart each on
# its own (its digit groups even one by one), and a right-to-left line drew them in the opposite
# order, "555-0100 +1 (800)". The pieces are read over the whole line
# (clearnotice.export.isolates.isolated), as the HTML export reads them.
PART_BOLD = ["**+1 (800)** 555-0100", "+1 (800) **555-0100**", "+1 **(800)** 555-0100"]
SAID = {"ar": "اتصل بنا على {} اليوم.", "he": "התקשרו אלינו בטלפון {} היום."}


def _bold(typed: str) -> str:
    return typed.split("**")[1]


def _bold_drawn(data: bytes) -> str:
    """The characters the PDF draws in a bold font, left to right, less the spaces at the ends
    (a left-to-right line draws a word with the space after it)."""
    page = PdfReader(io.BytesIO(data)).pages[0]
    bold = {n for n, f in page["/Resources"]["/Font"].items() if "Bold" in f["/BaseFont"]}
    strings = zip(drawn(data), _fonts_of(page), strict=True)
    return "".join(text for (_x, _y, _codes, text), font in strings if font in bold).strip()


def _fonts_of(page) -> list[str]:
    """The font each drawn string is drawn in, in stream order (as ``drawn`` lists them)."""
    out, font = [], None
    for operands, operator in ContentStream(page.get_contents(), None).operations:
        if operator == b"Tf":
            font = operands[0]
        elif operator == b"Tj":
            out.append(font)
    return out


@pytest.mark.parametrize("language", sorted(SAID))
@pytest.mark.parametrize("typed", PART_BOLD)
def test_a_part_bold_phone_in_a_right_to_left_pdf_is_one_isolate(language, typed):
    data = render_pdf(Document.from_markdown(SAID[language].format(typed), language))
    [line] = visual_lines(data)
    assert (line.count("\u2066"), line.count("\u2069")) == (1, 1)
    assert PHONE in line.translate(ISOLATES)
    assert _bold_drawn(data).translate(ISOLATES) == _bold(typed)


@pytest.mark.parametrize("language", sorted(SAID))
@pytest.mark.parametrize("typed", PART_BOLD)
def test_a_part_bold_phone_in_a_right_to_left_word_file_is_between_two_marks(language, typed):
    markdown = SAID[language].format(typed)
    out = docx.Document(io.BytesIO(render_docx(Document.from_markdown(markdown, language))))
    paragraph = out.paragraphs[0]
    assert paragraph.text.count("\u200e") == 2
    assert f"\u200e{PHONE}\u200e" in paragraph.text
    assert paragraph.text.translate(ISOLATES) == markdown.replace("**", "")
    bold = "".join(run.text for run in paragraph.runs if run.bold)
    assert bold.translate(ISOLATES) == _bold(typed)


def test_a_bold_word_before_a_phone_in_a_right_to_left_pdf_draws_no_markers():
    """Cut at the phone's edge, "אלינו +1 (800)" is two bold runs: drawn each between fpdf2's
    markers they met as "****", which fpdf2 drew as four asterisks."""
    markdown = f"התקשרו **אלינו {PHONE[:8]}**{PHONE[8:]} היום."
    data = render_pdf(Document.from_markdown(markdown, "he"))
    [line] = visual_lines(data)
    assert "*" not in line
    assert PHONE in line.translate(ISOLATES)


def test_an_english_letter_with_a_part_bold_phone_is_unchanged():
    markdown = f"Call us on {PART_BOLD[0]} today."
    data = render_pdf(Document.from_markdown(markdown, "en"))
    assert visual_lines(data) == [markdown.replace("**", "")]
    assert _bold_drawn(data) == _bold(PART_BOLD[0])
    out = docx.Document(io.BytesIO(render_docx(Document.from_markdown(markdown, "en"))))
    runs = [(run.text, bool(run.bold)) for run in out.paragraphs[0].runs]
    assert runs == [("Call us on ", False), ("+1 (800)", True), (" 555-0100 today.", False)]
