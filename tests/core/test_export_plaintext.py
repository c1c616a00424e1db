"""Plain-text letters (and e-mail bodies) in every script: a heading's underline is as wide as
the heading looks in a fixed-width font."""

from __future__ import annotations

import unicodedata

from clearnotice.export.document import Document
from clearnotice.export.plaintext import render_text


def _underline(markdown: str, language: str) -> tuple[str, str]:
    heading, rule = render_text(Document.from_markdown(markdown, language)).split("\n")[:2]
    return heading, rule


def test_a_chinese_heading_is_underlined_across_its_whole_width():
    heading, rule = _underline("# 数据泄露通知\n\n您的数据已泄露。", "zh")
    assert heading == "数据泄露通知"
    assert rule == "=" * 12  # each character is two columns wide; the rule stopped halfway


def test_combining_accents_take_no_column_of_the_underline():
    title = unicodedata.normalize("NFD", "Thông báo")  # as some keyboards type Vietnamese
    _heading, rule = _underline(f"# {title}\n\nXin chào.", "vi")
    assert rule == "=" * 9
