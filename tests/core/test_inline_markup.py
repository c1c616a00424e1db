"""The inline Markdown reader: which characters are markup and which are the letter's text.

Expected results follow CommonMark 0.31.2 (spec examples 350-480 cover the same rules).
"""

from __future__ import annotations

import pytest

from clearnotice import inline_markup
from clearnotice.text import strip_inline_markup

# id, markdown, what the reader sees, the bold text, the italic text
CASES = [
    ("lone star before a number", "Call *611 now", "Call *611 now", [], []),
    ("star between spaces", "5 * 3 = 15", "5 * 3 = 15", [], []),
    ("star inside a number", "2*3 = 6", "2*3 = 6", [], []),
    ("two opening stars, no closer", "Dial *611 or *612", "Dial *611 or *612", [], []),
    ("footnote star", "monitoring* is free.\n*For 24 months.", None, [], []),
    ("snake_case", "your account_id and user_name", None, [], []),
    ("double underscore in a word", "a__b__c", None, [], []),
    ("unclosed bold", "**unclosed bold", None, [], []),
    ("bold", "We **reset** it", "We reset it", ["reset"], []),
    ("underscore bold", "__Important:__ read", "Important: read", ["Important:"], []),
    ("italic", "on *March 3* and _then_", "on March 3 and then", [], ["March 3", "then"]),
    ("bold and italic", "***all***", "all", ["all"], ["all"]),
    ("italic inside bold", "**a *b* c**", "a b c", ["a ", "b", " c"], ["b"]),
    ("star inside a word opens", "foo*bar*", "foobar", [], ["bar"]),
    ("escaped markers", r"\*not\* and \_this\_", "*not* and _this_", [], []),
    ("escaped backslash", r"a \\ b", "a \\ b", [], []),
    ("backslash before a letter", r"C:\Users\x", None, [], []),
    ("code span", "type `*x*` here", "type *x* here", [], []),
    ("lone backtick", "a ` b", None, [], []),
    ("placeholder with underscores", "{{ _name_ }} and {{ customer_name }}", None, [], []),
    (
        "web address",
        "see https://example.com/_faq_/ and *x*",
        "see https://example.com/_faq_/ and x",
        [],
        ["x"],
    ),
    (
        "bold web address",
        "**www.example.com/a_b**.",
        "www.example.com/a_b.",
        ["www.example.com/a_b"],
        [],
    ),
    ("punctuation flanking", "*(*foo*)*", "(foo)", [], ["(", "foo", ")"]),
]


@pytest.mark.parametrize(
    ("markdown", "reads", "bold", "italic"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_inline_markup_follows_commonmark(markdown, reads, bold, italic):
    spans = inline_markup.parse(markdown)
    assert inline_markup.plain(markdown) == (markdown if reads is None else reads)
    assert [s.text for s in spans if s.strong] == bold
    assert [s.text for s in spans if s.emphasis] == italic


def test_strip_inline_markup_is_the_same_reader():
    assert strip_inline_markup("**Not** `code` __it__ *em*, 5 * 3") == "Not code it em, 5 * 3"


def test_mask_blanks_only_markup_and_keeps_offsets():
    markdown = r"were **not** involved, \*7 and 5 * 3"
    masked = inline_markup.mask(markdown)
    assert len(masked) == len(markdown)
    assert masked == r"were   not   involved,  *7 and 5 * 3"


def test_a_bold_run_with_italic_inside_is_one_run_spanning_its_source():
    markdown = "Call **now *please* today** ok"
    (run,) = inline_markup.strong_runs(markdown)
    assert run.text == "now please today"
    assert markdown[run.start : run.end] == "now *please* today"
