"""Exporting one letter: each format opened and read back, DRAFT marks, approvals, fonts."""

from __future__ import annotations

import hashlib
import io
import json
import os
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from clearnotice import audit
from clearnotice.approvals import approve
from clearnotice.export import fonts
from clearnotice.export.document import Document
from clearnotice.export.formats import ExportError, choose_version, export_letter, render
from clearnotice.export.layouts import CALIFORNIA, CALIFORNIA_HEADINGS, MIN_BODY_PT
from clearnotice.export.pdf import PdfScriptError, render_pdf
from clearnotice.letters import Store
from tests.accounts import add_writers

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ENGLISH = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
SPANISH = (FIXTURES / "good-plain.es.md").read_text(encoding="utf-8")
JARGON = (FIXTURES / "jargon-heavy.md").read_text(encoding="utf-8")
HEADINGS = (
    "What happened",
    "What information was involved",
    "What we are doing",
    "What you can do",
    "For more information",
)
LETTER_FORMATS = ("pdf", "docx", "html", "md", "txt")


@pytest.fixture
def store(sqlite_url: str) -> Store:
    store = Store(sqlite_url)
    add_writers(store, "ed", "editor")  # the names its letters are written as
    return store


@pytest.fixture
def approved(approved_letter_id: int) -> int:
    return approved_letter_id


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def pdf_spans(data: bytes) -> list[tuple[str, float, str]]:
    """(text, type size in points, font name) of every piece of text in the PDF."""
    spans: list[tuple[str, float, str]] = []

    def visit(text, _cm, _tm, font, size):
        if text.strip():
            spans.append((text.strip(), size, str(font.get("/BaseFont", "")) if font else ""))

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return spans


def docx_document(data: bytes):
    return docx.Document(io.BytesIO(data))


def filled(markdown: str, language: str = "en", **kwargs) -> Document:
    return Document.from_markdown(markdown, language, **kwargs).fill(
        {"customer_name": "Maria Gonzalez"}
    )


# PDF -------------------------------------------------------------------------------------------
def test_pdf_holds_the_letter_text_with_the_placeholder_filled():
    text = pdf_text(render_pdf(filled(ENGLISH)))
    assert "Dear Maria Gonzalez," in text
    assert "{{" not in text
    assert "reset every employee password" in text
    assert "1-800-555-0142" in text


def test_pdf_headings_are_bold_and_larger_than_body_text():
    spans = pdf_spans(render_pdf(filled(ENGLISH)))
    body_size = next(size for text, size, _ in spans if text.startswith("We are writing"))
    for heading in HEADINGS:
        text, size, font = next(s for s in spans if s[0] == heading)
        assert "Bold" in font, f"{heading!r} is drawn in {font}"
        assert size > body_size


def test_pdf_keeps_bullets_and_inline_bold():
    data = render_pdf(filled(ENGLISH))
    assert "• We reset every employee password" in pdf_text(data)
    bold = {text for text, _, font in pdf_spans(data) if "Bold" in font}
    assert "not" in bold and "K7M-4QX-22P" in bold


@pytest.mark.parametrize("layout", ["standard", CALIFORNIA])
def test_pdf_body_text_is_never_smaller_than_ten_point(layout):
    data = render_pdf(filled(ENGLISH), layout)
    sizes = [size for _, size, _ in pdf_spans(data)]
    assert sizes and min(sizes) >= MIN_BODY_PT


def test_long_letter_flows_onto_further_pages_without_losing_text():
    body = "\n\n".join(f"Paragraph {n}: " + "plain words " * 60 for n in range(40))
    data = render_pdf(Document.from_markdown(body, "en"))
    assert len(PdfReader(io.BytesIO(data)).pages) > 3
    text = pdf_text(data)
    assert "Paragraph 0:" in text and "Paragraph 39:" in text


def test_a_word_longer_than_the_line_is_cut_rather_than_run_off_the_page():
    url = "https://example.com/" + "z" * 300
    text = pdf_text(render_pdf(Document.from_markdown(f"Visit {url} today.", "en")))
    assert "".join(text.split()).count("z") == 300


SCRIPTS = [
    ("es", "Estimado/a señora Núñez: ¿Qué ocurrió? Año, niño, acción.", None),
    ("vi", "Kính gửi Nguyễn Thị Lan: chúng tôi rất tiếc về sự cố bảo mật này.", None),
    ("de", "Sehr geehrte Frau Brontë-Müller, Straße, Größe, Übermittlung.", None),
    ("ru", "Уважаемый клиент, мы сожалеем о случившемся.", None),
    ("el", "Αγαπητέ πελάτη, λυπούμαστε για το περιστατικό.", None),
    ("zh", "尊敬的陈伟先生：我们很遗憾地通知您，您的个人信息可能已被泄露。", "CJK"),
]


@pytest.mark.parametrize(("language", "sentence", "needs"), SCRIPTS, ids=[s[0] for s in SCRIPTS])
def test_every_script_the_translations_use_renders_in_pdf(language, sentence, needs):
    if needs and not fonts.fallback_faces() and os.environ.get("CI") != "true":
        pytest.skip("no CJK font installed (Debian: fonts-wqy-microhei)")
    data = render_pdf(Document.from_markdown(f"# Title\n\n{sentence}", language))
    assert "".join(sentence.split()) in "".join(pdf_text(data).split())
    assert fonts.missing_characters(sentence) == ""
    if needs:
        used = {font for _, _, font in pdf_spans(data)}
        assert any("DejaVu" not in font for font in used), "CJK text drawn without a CJK font"


def test_vietnamese_typed_with_combining_accents_is_drawn_with_composed_letters():
    decomposed = "Nguye\u0302\u0303n"  # e + circumflex + tilde, as some keyboards send it
    text = pdf_text(render_pdf(Document.from_markdown(decomposed, "vi")))
    assert "Nguyễn" in text


def test_pdf_refuses_a_script_it_cannot_break_into_lines_and_says_what_to_use():
    # Lao: DejaVu draws it, but it writes no spaces between words (see fonts.PDF_SHAPED)
    with pytest.raises(PdfScriptError, match="Lao.*DOCX or HTML"):
        render_pdf(Document.from_markdown("ສະບາຍດີ ລູກຄ້າ", "lo"))


def test_characters_no_font_has_are_refused_with_advice():
    with pytest.raises(ExportError, match="no installed font"):
        render("pdf", Document.from_markdown("Hello \U0001f600 \U00013000", "en"))


# California layout -------------------------------------------------------------------------------
def test_california_layout_adds_the_statutory_title_and_names_missing_headings(store):
    letter = store.create_letter("Jargon", JARGON, actor="editor")
    result = export_letter(store, letter.id, fmt="pdf", actor="sender", layout=CALIFORNIA)
    first = pdf_spans(result.data)
    title = next(span for span in first if not span[0].startswith("DRAFT"))
    assert title[0] == "Notice of Data Breach" and "Bold" in title[2]
    gaps = next(note for note in result.notes if "requires these headings" in note)
    for heading in CALIFORNIA_HEADINGS:
        assert heading in gaps


def test_california_layout_of_a_complete_letter_adds_nothing_and_bands_the_headings(
    approved, store
):
    result = export_letter(store, approved, fmt="pdf", actor="sender", layout=CALIFORNIA)
    assert not any("requires" in note or "Added" in note for note in result.notes)
    spans = pdf_spans(result.data)
    assert [s[0] for s in spans].count("Notice of Data Breach") == 1
    heading_sizes = {size for text, size, _ in spans if text in HEADINGS}
    assert heading_sizes == {14}  # larger than the standard layout's 13 pt: conspicuous


# DOCX -------------------------------------------------------------------------------------------
def test_docx_uses_heading_and_bullet_styles_with_bold_runs():
    document = docx_document(render("docx", filled(ENGLISH)))
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert styles[0] == ("Title", "Notice of Data Breach")
    assert ("Heading 2", "What happened") in styles
    assert ("List Bullet", "your email address") in styles
    assert ("Normal", "Dear Maria Gonzalez,") in styles
    bold = {run.text for p in document.paragraphs for run in p.runs if run.bold}
    assert {"not", "K7M-4QX-22P", "What happened"} <= bold


def test_docx_body_text_is_eleven_point_and_keeps_the_signature_lines():
    document = docx_document(render("docx", filled(ENGLISH)))
    assert document.styles["Normal"].font.size.pt >= MIN_BODY_PT
    signature = next(p for p in document.paragraphs if p.text.startswith("Dana Whitfield"))
    assert signature.text == "Dana Whitfield\nChief Executive Officer, Example Outfitters Inc."


# HTML -------------------------------------------------------------------------------------------
def test_html_escapes_letter_text_and_values():
    markdown = "# Notice <b>x</b>\n\nDear {{ customer_name }}, see <script>alert(1)</script> & co."
    page = render(
        "html",
        Document.from_markdown(markdown, "en").fill(
            {"customer_name": '<img src=x onerror="alert(2)">'}
        ),
    ).decode()
    assert "<script>alert" not in page and "<img" not in page and "<b>x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co." in page
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in page


def test_html_is_one_self_contained_page_in_the_letters_language():
    page = render("html", filled(SPANISH, "es")).decode()
    assert page.startswith("<!DOCTYPE html>") and '<html lang="es" dir="ltr">' in page
    for outside in ("<link", "<script", "src=", "url(", "@import", "http"):
        assert outside not in page, f"the page refers to something outside itself: {outside}"
    assert "<h2>Qué ocurrió</h2>" in page
    assert "<strong>no</strong>" in page
    assert "<li>su dirección de correo electrónico</li>" in page


# Markdown, plain text and the approval record ----------------------------------------------
def test_markdown_export_of_approved_text_matches_the_approved_sha256(approved, store):
    result = export_letter(store, approved, fmt="md", actor="sender", language="es")
    record = json.loads(export_letter(store, approved, fmt="json", actor="sender").data)
    spanish = next(row for row in record["approvals"] if row["language"] == "es")
    assert hashlib.sha256(result.data).hexdigest() == spanish["sha256"]
    assert result.draft_reason is None


def test_plain_text_has_no_markup_and_keeps_headings_and_bullets():
    text = render("txt", filled(ENGLISH)).decode()
    assert "**" not in text and "#" not in text
    assert "What happened\n-------------" in text
    assert "- your name and mailing address\n- your email address" in text


def test_approval_record_lists_version_reviewer_time_and_sha256_per_language(approved, store):
    result = export_letter(store, approved, fmt="json", actor="sender")
    record = json.loads(result.data)
    assert [row["language"] for row in record["approvals"]] == ["en", "es"]
    for row, text in zip(record["approvals"], (ENGLISH, SPANISH), strict=True):
        assert row["version"] == 1 and row["approved_by"] == "lawyer"
        assert row["approved_at"]
        assert row["sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert result.filename.endswith(".json")


# approvals and DRAFT marks ------------------------------------------------------------------------
def draft_is_visible(fmt: str, data: bytes) -> bool:
    if fmt == "pdf":
        return "DRAFT" in pdf_text(data)
    if fmt == "docx":
        document = docx_document(data)
        return "DRAFT" in document.sections[0].header.paragraphs[0].text
    return "DRAFT" in data.decode("utf-8")


@pytest.mark.parametrize("fmt", LETTER_FORMATS)
def test_unapproved_letter_exports_only_with_a_visible_draft_mark(store, fmt):
    letter = store.create_letter("Unreviewed", ENGLISH, actor="editor")
    result = export_letter(store, letter.id, fmt=fmt, actor="sender")
    assert result.draft_reason == "en v1 has not been approved."
    assert draft_is_visible(fmt, result.data)
    assert "DRAFT" in result.filename


@pytest.mark.parametrize("fmt", LETTER_FORMATS)
def test_approved_letter_exports_without_a_draft_mark(approved, store, fmt):
    result = export_letter(store, approved, fmt=fmt, actor="sender")
    assert result.draft_reason is None
    assert not draft_is_visible(fmt, result.data)


def test_newer_unapproved_edit_leaves_the_approved_version_as_the_export(approved, store):
    first = store.latest_version(approved)
    store.save_version(
        approved, ENGLISH + "\nP.S.\n", base_version_id=first.id, actor="editor", new_draft=True
    )
    result = export_letter(store, approved, fmt="md", actor="sender")
    assert result.version.id == first.id and result.draft_reason is None
    assert any("v2 was saved after v1" in note for note in result.notes)


def test_choosing_the_unapproved_newer_version_exports_it_as_draft(approved, store):
    first = store.latest_version(approved)
    newer = store.save_version(
        approved, ENGLISH + "\nP.S.\n", base_version_id=first.id, actor="editor", new_draft=True
    ).version
    result = export_letter(store, approved, fmt="txt", actor="sender", version_id=newer.id)
    assert result.draft_reason == "en v2 is not the approved version (v1 is)."
    assert result.data.decode().startswith("DRAFT")


def test_translation_of_an_older_english_text_is_no_longer_approved(approved, store):
    first = store.latest_version(approved)
    newer = store.save_version(
        approved,
        ENGLISH.replace("24 months", "36 months"),
        base_version_id=first.id,
        actor="ed",
        new_draft=True,
    ).version
    approve(store, approved, "en", newer.id, "lawyer")
    choice = choose_version(store, approved, "es")
    assert choice.version.language == "es"
    assert "translates en v1, but the approved en text is v2" in choice.draft_reason


def test_every_export_is_written_to_the_audit_log(approved, store):
    export_letter(store, approved, fmt="pdf", actor="sender", language="es")
    with store.session() as session:
        details = [
            e.detail for e in audit.events(session, letter_id=approved) if e.action == "export"
        ]
    assert details == ["pdf es v1 (approved)"]


def test_exporting_a_template_says_its_placeholders_are_still_open(approved, store):
    result = export_letter(store, approved, fmt="docx", actor="sender")
    assert any("{{ customer_name }}" in note for note in result.notes)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"fmt": "rtf"}, "unknown format"),
        ({"fmt": "pdf", "language": "fr"}, "has no fr text"),
        ({"fmt": "pdf", "version_id": 999}, "no version with id 999"),
        ({"fmt": "pdf", "layout": "tabloid"}, "unknown layout"),
    ],
    ids=["format", "language", "version", "layout"],
)
def test_bad_export_requests_get_a_clear_message(approved, store, kwargs, message):
    with pytest.raises(ValueError, match=message):
        export_letter(store, approved, actor="sender", **kwargs)
