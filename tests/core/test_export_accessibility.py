"""Exported letters read by everyone: screen readers, magnifiers, reading software.

What is checked, and where the rule comes from:
- HTML: the page's language and direction (WCAG 2.1 SC 3.1.1), a title from the letter (2.4.2),
  headings nested without a skipped level and lists marked up as lists (1.3.1), and every text
  colour at least 4.5:1 against its background (1.4.3), computed from the CSS itself.
- DOCX: Word's own heading styles with an outline level, list numbering rather than typed signs,
  the document's language and title (Microsoft's accessibility checker asks for all four).
- PDF: /Lang (ISO 32000-1 14.9.2), a /Title shown in the window's title bar (/DisplayDocTitle,
  12.2), every font embedded, and text that extracts in reading order (PDF/UA-1 7.1: what a
  screen reader reads of an untagged page is its text in content order).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from html.parser import HTMLParser

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from clearnotice.export.document import Document
from clearnotice.export.docx import render_docx
from clearnotice.export.html import render_html
from clearnotice.export.layouts import CALIFORNIA, LAYOUTS
from clearnotice.export.pdf import render_book, render_pdf
from clearnotice.export.plaintext import render_text
from components.highlight import _STYLE as HIGHLIGHT_STYLE
from components.letter_html import STYLE as REVIEW_STYLE

LETTER = (
    "# Notice of Data Breach\n\nDear customer,\n\n## What Happened\n\n"
    "On **March 3** we found that someone had copied part of our customer records.\n\n"
    "### What Information Was Involved\n\n- Your name\n- Your postal address\n\n"
    "## What You Can Do\n\n1. Change your password.\n2. Watch your bank statements.\n"
    "3. Call us with any question.\n\nSincerely,\n\nAnn Lee"
)


def _letter(**extra) -> Document:
    return Document.from_markdown(LETTER, "en", title="Notice of Data Breach", **extra)


# HTML --------------------------------------------------------------------------------------------
class _Outline(HTMLParser):
    """The page's headings' ranks, its lists' tags, its <title> and its <html> attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[int] = []
        self.lists: list[str] = []
        self.items: list[str] = []
        self.title = ""
        self.root: dict[str, str | None] = {}
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.root = dict(attrs)
        elif re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        elif tag in ("ul", "ol"):
            self.lists.append(tag)
        elif tag == "li":
            self.items.append(dict(attrs).get("value") or "")
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def _outline(page: str) -> _Outline:
    parser = _Outline()
    parser.feed(page)
    return parser


@pytest.mark.parametrize("layout", LAYOUTS)
def test_html_page_says_its_language_direction_and_title(layout):
    outline = _outline(render_html(_letter(), layout))
    assert outline.root == {"lang": "en", "dir": "ltr"}
    assert outline.title == "Notice of Data Breach"
    arabic = _outline(render_html(Document.from_markdown("# إشعار\n\nنص.", "ar", title="إشعار")))
    assert arabic.root == {"lang": "ar", "dir": "rtl"}


def test_html_title_is_the_letters_own_heading_when_it_was_given_none():
    # a letter exported without a title was announced as "Letter" by every screen reader
    untitled = Document.from_markdown(LETTER, "en")
    assert _outline(render_html(untitled)).title == "Notice of Data Breach"
    assert _outline(render_html(Document.from_markdown("Text only.", "en"))).title == "Letter"


@pytest.mark.parametrize(
    "markdown",
    [
        LETTER,
        "# Notice\n\n### Part\n\nText.\n\n##### Detail\n\nMore.",
        "Dear customer,\n\n### What happened\n\nText.\n\n# Help\n\nCall.",
    ],
)
def test_html_headings_never_skip_a_level(markdown):
    ranks = _outline(render_html(Document.from_markdown(markdown, "en"))).headings
    assert ranks, markdown
    for before, after in zip([1, *ranks], ranks, strict=False):
        assert after <= before + 1, ranks


def test_html_numbered_items_are_an_ordered_list_and_keep_their_numbers():
    # "1. Change your password." came out as a bullet of a <ul>: the steps' order and their
    # numbers were lost to every reader
    outline = _outline(render_html(_letter()))
    assert outline.lists == ["ul", "ol"]
    assert outline.items == ["", "", "1", "2", "3"]


def _luminance(rgb: tuple[float, float, float]) -> float:
    """Relative luminance (WCAG 2.1, definition "relative luminance")."""

    def channel(value: float) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a, b) -> float:
    """Contrast ratio (WCAG 2.1, definition "contrast ratio"): (L1 + 0.05) / (L2 + 0.05)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _colour(value: str, under=(255, 255, 255)) -> tuple[float, float, float]:
    """A CSS #rgb, #rrggbb or rgb()/rgba() colour, a see-through one laid over ``under``."""
    value = value.strip()
    if value.startswith("#"):
        digits = value[1:] if len(value) == 7 else "".join(c * 2 for c in value[1:])
        return tuple(int(digits[i : i + 2], 16) for i in (0, 2, 4))
    numbers = [float(n) for n in re.findall(r"[\d.]+", value)]
    alpha = numbers[3] if len(numbers) == 4 else 1
    return tuple(alpha * n + (1 - alpha) * u for n, u in zip(numbers[:3], under, strict=True))


_COLOUR = re.compile(r"#[0-9a-fA-F]{3,6}\b|rgba?\([^)]*\)")


def _rules(css: str) -> dict[str, dict[str, str]]:
    """Each rule's selector and its declarations."""
    out = {}
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        declarations = dict(
            (name.strip(), value.strip())
            for name, value in (d.split(":", 1) for d in body.split(";") if ":" in d)
        )
        out[" ".join(selector.split())] = declarations
    return out


def _low_contrast(css: str, page_text="#111", page=(255, 255, 255)) -> list[tuple]:
    """Rules whose text colour is under 4.5:1 against their own background (else the page's);
    a rule hidden from assistive technology and sight alike (a watermark) is skipped."""
    low = []
    for selector, rule in _rules(css).items():
        if "color" not in rule and "background" not in rule or "pointer-events" in rule:
            continue
        back = _COLOUR.match(rule.get("background", rule.get("background-color", "")))
        background = _colour(back.group(), page) if back else page
        text = rule.get("color", page_text)
        if text in ("inherit", "transparent"):
            text = page_text
        ratio = _contrast(_colour(text, background), background)
        if ratio < 4.5:
            low.append((selector, round(ratio, 2)))
    return low


@pytest.mark.parametrize("layout", LAYOUTS)
def test_html_text_colours_contrast_at_least_4_5_to_1(layout):
    page = render_html(_letter(draft_reason="Waiting for legal."), layout)
    css = page[page.index("<style>") + 7 : page.index("</style>")]
    assert "color:" in css and _low_contrast(css) == []


@pytest.mark.parametrize("style", [REVIEW_STYLE, HIGHLIGHT_STYLE], ids=["letter", "highlight"])
def test_letter_views_colours_contrast_at_least_4_5_to_1(style):
    # the review's "⋯ unchanged ⋯" gap was #888 on white: 3.5:1; Streamlit's text is #31333f
    css = style[style.index("<style>") + 7 : style.index("</style>")]
    assert _low_contrast(css, page_text="#31333f") == []


def test_review_styles_survive_the_sanitiser_of_st_html():
    # DOMPurify, which st.html runs, drops a <style> whose text holds "<" and a letter or "/":
    # a comment naming "<ins>" took every colour and screen-reader note of the letter views
    for style in (REVIEW_STYLE, HIGHLIGHT_STYLE):
        css = style[style.index("<style>") + 7 : style.index("</style>")]
        assert re.search(r"<[/\w!]", css) is None


def test_html_draft_says_draft_in_words_not_only_in_red():
    page = render_html(_letter(draft_reason="Waiting for legal."))
    assert "DRAFT - not approved for sending. Waiting for legal." in page
    assert '<div class="draft-mark" aria-hidden="true">' in page  # the watermark is not read


# DOCX --------------------------------------------------------------------------------------------
def _docx(document: Document, layout: str = "standard") -> docx.document.Document:
    return docx.Document(io.BytesIO(render_docx(document, layout)))


def _outline_level(out, paragraph) -> int | None:
    """The paragraph's outline level as Word reads it: its own, else its style's."""
    style = out.styles[paragraph.style.name].element
    for ppr in (paragraph._p.pPr, style.pPr):
        level = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
        if level is not None:
            return int(level.get(qn("w:val")))
    return None


@pytest.mark.parametrize("layout", LAYOUTS)
def test_docx_headings_have_outline_levels_from_1_without_a_gap(layout):
    # the title was in Word's Title style, which has no outline level: the navigation pane and a
    # screen reader's heading list started at a Heading 2
    out = _docx(_letter(), layout)
    levels = [
        _outline_level(out, p) for p in out.paragraphs if p.style.name.startswith(("Title", "Head"))
    ]
    assert levels[0] == 0 and None not in levels
    for before, after in zip(levels, levels[1:], strict=False):
        assert after <= before + 1, levels


def _numbering(out, paragraph) -> tuple[str, str] | None:
    """(numId, the number format of its first level) of the paragraph's list numbering."""
    for ppr in (paragraph._p.pPr, out.styles[paragraph.style.name].element.pPr):
        num = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num is not None and num.find(qn("w:numId")) is not None:
            num_id = num.find(qn("w:numId")).get(qn("w:val"))
            numbering = out.part.numbering_part.element
            [abstract_id] = numbering.xpath(f'w:num[@w:numId="{num_id}"]/w:abstractNumId/@w:val')
            [fmt] = numbering.xpath(
                f'w:abstractNum[@w:abstractNumId="{abstract_id}"]/w:lvl[@w:ilvl="0"]/w:numFmt/@w:val'
            )
            return num_id, fmt
    return None


def test_docx_lists_use_word_numbering_not_typed_signs():
    out = _docx(_letter())
    items = [p for p in out.paragraphs if p.style.name.startswith("List")]
    assert [p.text for p in items] == [
        "Your name",
        "Your postal address",
        "Change your password.",
        "Watch your bank statements.",
        "Call us with any question.",
    ]
    formats = [_numbering(out, p)[1] for p in items]
    assert formats == ["bullet", "bullet", "decimal", "decimal", "decimal"]


def test_docx_numbered_list_starts_at_the_letters_own_number():
    two = "# Notice\n\n1. One.\n2. Two.\n\nBetween.\n\n3. Three.\n4. Four."
    out = _docx(Document.from_markdown(two, "en"))
    items = [p for p in out.paragraphs if p.style.name == "List Number"]
    ids = [_numbering(out, p)[0] for p in items]
    assert ids[0] == ids[1] and ids[2] == ids[3] and ids[0] != ids[2]
    numbering = out.part.numbering_part.element
    starts = [
        numbering.xpath(f'w:num[@w:numId="{i}"]/w:lvlOverride/w:startOverride/@w:val')
        for i in (ids[0], ids[2])
    ]
    assert starts == [["1"], ["3"]]


def test_docx_sets_its_language_and_title():
    out = _docx(Document.from_markdown(LETTER, "es", title="Aviso"))
    assert out.core_properties.title == "Aviso"
    assert out.core_properties.language == "es"
    normal = out.styles["Normal"].element.rPr
    assert normal.find(qn("w:lang")).get(qn("w:val")) == "es"


# PDF ---------------------------------------------------------------------------------------------
def _pdfs(document: Document) -> list[bytes]:
    """The letter as render_pdf writes it and as mail merge's book splits it."""
    return [render_pdf(document), *render_book([document, document])]


def test_pdf_sets_language_and_a_title_shown_in_the_title_bar():
    for data in _pdfs(Document.from_markdown(LETTER, "es", title="Aviso")):
        reader = PdfReader(io.BytesIO(data))
        root = reader.trailer["/Root"]
        assert root["/Lang"] == "es"
        assert reader.metadata.title == "Aviso"
        assert root["/ViewerPreferences"]["/DisplayDocTitle"].value is True


def test_pdf_embeds_every_font():
    for data in _pdfs(_letter(draft_reason="Waiting.")):
        for page in PdfReader(io.BytesIO(data)).pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                descriptor = (
                    font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                    if "/DescendantFonts" in font
                    else font["/FontDescriptor"]
                )
                assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font


def _reading_order_ok(text: str) -> None:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    wanted = [
        "Notice of Data Breach",
        "Dear customer,",
        "What Happened",
        "What Information Was Involved",
        "What You Can Do",
        "Sincerely,",
        "Ann Lee",
    ]
    at = [lines.index(line) for line in wanted]
    assert at == sorted(at), lines
    # nothing else stands between the lines of the letter (a watermark's letters did)
    assert all(len(line) > 2 for line in lines), lines


@pytest.mark.parametrize("draft", [None, "Waiting for legal."])
def test_pdf_text_extracts_in_reading_order_with_whole_headings(draft):
    for data in _pdfs(_letter(draft_reason=draft)):
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
        _reading_order_ok(text)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize("draft", [None, "Waiting for legal."])
def test_pdf_reads_in_order_in_pdftotext_too(draft):
    # poppler's reading of the page, as many screen readers' PDF plug-ins read it: the diagonal
    # DRAFT's letters came out one by one between the letter's lines
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=render_pdf(_letter(draft_reason=draft)), capture_output=True
    ).stdout.decode()
    _reading_order_ok(text)
    if draft:
        assert "DRAFT - not approved for sending. Waiting for legal." in text


def test_pdf_and_text_keep_the_numbers_of_numbered_items():
    for data in _pdfs(_letter()):
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
        assert "1. Change your password." in text and "3. Call us" in text
        assert "• Your name" in text
    plain = render_text(_letter(), CALIFORNIA)
    assert "1. Change your password.\n2. Watch" in plain and "- Your name" in plain
