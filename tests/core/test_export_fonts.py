"""A PDF letter whose characters no installed font can draw is refused, and the message says
what would draw them: the script PDF cannot lay out and the formats that can, or the Debian
package of a font that has them."""

from __future__ import annotations

import pytest

from clearnotice.export import fonts
from clearnotice.export.document import Document
from clearnotice.export.registry import ExportError, render


@pytest.mark.parametrize(
    ("text", "language", "script"),
    [("प्रिय ग्राहक, आपका डेटा सुरक्षित है।", "hi", "Devanagari"), ("เรียนลูกค้า", "th", "Thai")],
)
def test_a_hindi_or_thai_pdf_is_refused_naming_the_script_and_the_formats_that_work(
    text, language, script
):
    # it said "no font known to ClearNotice covers them", as if nothing could be done
    with pytest.raises(ExportError, match=f"no installed font.*{script}.*DOCX or HTML"):
        render("pdf", Document.from_markdown(text, language))


def test_a_rare_chinese_character_in_a_name_is_counted_as_chinese():
    # U+20BB7, the "tsuchi-yoshi" of Japanese family names, is in CJK Extension B
    advice = fonts.font_advice("\U00020bb7")
    if fonts.fallback_faces():
        assert "CJK font installed" in advice and "DOCX or HTML" in advice
    else:
        assert "fonts-wqy-microhei" in advice


def test_the_advice_for_chinese_names_the_small_font_when_no_cjk_font_is_installed(
    monkeypatch,
):
    monkeypatch.setattr(fonts, "fallback_faces", lambda: ())
    assert "fonts-wqy-microhei" in fonts.font_advice("中")


def test_the_advice_for_an_unknown_character_points_to_the_formats_without_fonts():
    assert "DOCX or HTML" in fonts.font_advice("\U00013000")  # an Egyptian hieroglyph
