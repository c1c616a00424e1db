"""Headings keep their hierarchy in HTML and Word: a screen reader's list of headings, and
Word's navigation pane, show a sub-heading under its section, not beside it."""

from __future__ import annotations

import io

import docx

from clearnotice.export.document import Document
from clearnotice.export.docx import render_docx
from clearnotice.export.html import render_html

NESTED = (
    "# Notice\n\n## What happened\n\n### On March 3\n\nText.\n\n#### Details\n\nMore.\n\n"
    "## Help\n\nCall."
)


def test_html_headings_nest_as_the_letter_nests_them():
    page = render_html(Document.from_markdown(NESTED, "en"))
    for tag in ("<h1>Notice</h1>", "<h2>What happened</h2>", "<h3>On March 3</h3>"):
        assert tag in page
    assert "<h4>Details</h4>" in page and "<h2>Help</h2>" in page


def test_html_heading_levels_never_skip_one():
    page = render_html(
        Document.from_markdown("# Notice\n\n### Part\n\nText.\n\n#### Sub\n\nMore.", "en")
    )
    assert "<h2>Part</h2>" in page and "<h3>Sub</h3>" in page  # no h3 straight under the h1


def test_word_headings_use_the_heading_style_of_their_rank():
    out = docx.Document(io.BytesIO(render_docx(Document.from_markdown(NESTED, "en"))))
    styles = [(p.style.name, p.text) for p in out.paragraphs if p.style.name != "Normal"]
    assert styles == [
        ("Title", "Notice"),
        ("Heading 2", "What happened"),
        ("Heading 3", "On March 3"),
        ("Heading 4", "Details"),
        ("Heading 2", "Help"),
    ]
    for name in ("Heading 3", "Heading 4"):  # set like Heading 2: black, bold, the layout's size
        assert out.styles[name].font.size == out.styles["Heading 2"].font.size
        assert out.styles[name].font.bold


def test_every_html_heading_rank_is_set_at_the_layouts_heading_size():
    # h5 and h6 fell to the browser's .83em and .67em: 9 pt and 7 pt, under California's 10 pt
    page = render_html(Document.from_markdown(NESTED, "en"))
    assert "h2, h3, h4, h5, h6 { font-size: 13pt;" in page
