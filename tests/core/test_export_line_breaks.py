"""A backslash at a line's end is Markdown's hard line break (CommonMark 0.31, 6.7: "a backslash
at the end of the line"), as pandoc and many editors write an address: every format showed the
backslash itself at the end of each line of the address."""

from __future__ import annotations

import pytest

from clearnotice.export.document import Document
from clearnotice.export.registry import render
from tests.core.test_export_fidelity import visible_text


def _lines(markdown: str) -> list[str]:
    part = Document.from_markdown("Dear customer, hello.\n\n" + markdown, "en").parts[1]
    return part.plain.split("\n")


def test_a_backslash_ending_an_address_line_is_a_line_break_not_shown():
    assert _lines("Jane Doe\\\n1 Main St\\\nSpringfield") == [
        "Jane Doe",
        "1 Main St",
        "Springfield",
    ]


def test_an_escaped_backslash_at_a_lines_end_stays_a_backslash():
    assert _lines("Files in C:\\\\\nwere copied.") == ["Files in C:\\", "were copied."]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_no_format_shows_the_hard_break_backslash(fmt):
    address = "Jane Doe\\\n1 Main St\\\nSpringfield"
    document = Document.from_markdown("Dear customer, hello.\n\n" + address, "en")
    assert "\\" not in visible_text(fmt, render(fmt, document))
