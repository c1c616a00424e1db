"""The Markdown export fills the incident's facts into the approved text: a fact is text there
as in every other format. Typed as "*all* customers", "[call us](javascript:...)" or "<b>",
it made emphasis, a link or HTML in the .md alone; with a line break and "# ", a heading."""

from __future__ import annotations

import pytest

from clearnotice.export.document import Document, markdown_literal
from clearnotice.export.plaintext import render_markdown

LETTER = "# Notice\n\nWe wrote to {{ who }} on the day we learned of it.\n"


def _markdown_with(value: str) -> str:
    return render_markdown(Document.from_markdown(LETTER, "en").with_facts({"who": value}))


@pytest.mark.parametrize(
    ("value", "written"),
    [
        pytest.param("*all* customers", "\\*all\\* customers", id="emphasis"),
        pytest.param("[us](javascript:alert(1))", "\\[us\\](javascript:alert(1))", id="link"),
        pytest.param("![x](data:image/png;base64,AA)", "!\\[x\\](data:image/png;base64,AA)",
                     id="image"),
        pytest.param("<script>x</script>", "\\<script\\>x\\</script\\>", id="html"),
        pytest.param("&lt; `code` ~~gone~~", "\\&lt; \\`code\\` \\~\\~gone\\~\\~", id="entity"),
        pytest.param("a_b@example.com", "a\\_b@example.com", id="underscore"),
        pytest.param("one\n# two\n- three\n1. four\n> five", "one\\\n\\# two\\\n\\- three\\\n"
                     "1\\. four\\\n\\> five", id="blocks-after-line-breaks"),
        pytest.param("-5", "\\-5", id="list-at-the-start"),
    ],
)  # fmt: skip
def test_a_fact_is_written_as_literal_markdown(value, written):
    assert markdown_literal(value) == written
    mid_line = markdown_literal(value, at_line_start=False)
    assert f"We wrote to {mid_line} on the day" in _markdown_with(value)


def test_a_fact_opens_a_block_only_at_the_start_of_a_line():
    letter = Document.from_markdown("# Notice\n\n{{ day }} is the day.\n\nBy {{ day }}.\n", "de")
    markdown = render_markdown(letter.with_facts({"day": "3. März 2026"}))
    assert markdown == "# Notice\n\n3\\. März 2026 is the day.\n\nBy 3. März 2026.\n"


@pytest.mark.parametrize("value", ["1-800-555-0100", "June 30, 2026", "Dec. 1", "SHARED-1"])
def test_an_ordinary_fact_is_written_as_typed(value):
    assert markdown_literal(value) == value


@pytest.mark.parametrize("value", ["*all* customers", "**every** customer", "`x` [a](b) <i>"])
def test_the_markdown_export_reads_back_as_the_other_formats_read(value):
    filled = Document.from_markdown(LETTER, "en").with_facts({"who": value})
    read_back = Document.from_markdown(_markdown_with(value), "en")
    assert read_back.plain == filled.plain
    assert not [run for part in read_back.parts[1:] for line in part.lines for run in line if
                run.bold]  # fmt: skip
