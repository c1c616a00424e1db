"""Control characters in a letter or a customer's value (a form feed in text copied out of a
PDF, Word's vertical tab for a line break, a stray escape) export in every format: Word refused
the whole file ("All strings must be XML compatible") and PDF drew nothing for them with a
warning. A vertical tab or form feed is a line break; any other control character goes."""

from __future__ import annotations

import pytest

from clearnotice.export.document import Document
from clearnotice.export.registry import render
from tests.core.test_export_fidelity import normalised, visible_text

TEXT = "Dear {{ name }},\n\nWe copied this\x0cfrom a PDF\x0band a\x1b[0m terminal\x07."


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html", "txt"])
def test_a_letter_with_control_characters_exports_the_same_text_in_every_format(fmt):
    document = Document.from_markdown(TEXT, "en").fill({"name": "Ana\x0bGómez\x00"})
    seen = normalised(visible_text(fmt, render(fmt, document)))
    assert seen == "Dear Ana Gómez, We copied this from a PDF and a[0m terminal."


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html", "txt", "eml"])
def test_a_title_with_control_characters_exports_as_one_line(fmt):
    # Word refused the file, and the e-mail its subject ("may not contain linefeed")
    document = Document.from_markdown("Hello there.", "en", title="Notice\x0b2026\x1b")
    assert document.title == "Notice 2026"
    assert render(fmt, document)
