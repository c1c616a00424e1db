"""The review's letter HTML (clearnotice.export.html.letter_fragment, changes_fragment): the
letter reads as it will be sent, user text never becomes markup, and marks sit on exact words."""

from __future__ import annotations

import re

import pytest

from clearnotice.diffing import word_diff
from clearnotice.export.document import item_numbers
from clearnotice.export.html import changes_fragment, letter_fragment
from clearnotice.model import Mark
from clearnotice.text import blocks

TRACKER = "http://198.51.100.7/pixel.png"  # TEST-NET-2 (RFC 5737): documentation only


def test_headings_bold_and_bullets_are_drawn_as_such_without_their_markers():
    html = letter_fragment(
        blocks("# Notice\n\n## What happened\n\nIt was **not** your bank.\n\n- name\n- address\n")
    )
    assert html == (
        "<h1>Notice</h1>\n<h2>What happened</h2>\n<p>It was <strong>not</strong> your bank.</p>"
        "\n<ul>\n<li>name</li>\n<li>address</li>\n</ul>"
    )


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        pytest.param(
            "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;", id="script"
        ),
        pytest.param(f"![x]({TRACKER})", f"![x]({TRACKER})", id="markdown-image"),
        pytest.param(
            '<img src="http://198.51.100.7/p.png">',
            "&lt;img src=&quot;http://198.51.100.7/p.png&quot;&gt;",
            id="raw-html-image",
        ),
        pytest.param("[call us](javascript:alert(1))", "[call us](javascript:alert(1))", id="link"),
        pytest.param("**not closed", "**not closed", id="unbalanced-bold"),
        pytest.param("&amp; &lt;b&gt;", "&amp;amp; &amp;lt;b&amp;gt;", id="entities"),
    ],
)
def test_user_text_is_shown_as_typed_never_as_markup(typed, shown):
    html = letter_fragment(blocks(f"## Call {typed}\n\nWe said {typed} here.\n\n- {typed}\n"))
    assert html.count(shown) == 3
    tags = set(re.findall(r"</?([a-z0-9]+)", html))
    assert tags <= {"h1", "h2", "p", "ul", "li", "strong"}


def test_a_mark_wraps_exactly_the_words_it_points_at():
    text = "## Más información\n\nLlámenos al 1-800-555-0124, de lunes a viernes.\n"
    start = text.index("1-800")
    mark = Mark(start, start + len("1-800-555-0124"), "error", 'The phone "0142" became 0124.')
    assert letter_fragment(blocks(text), [mark]) == (
        "<h2>Más información</h2>\n<p>Llámenos al "
        '<mark class="error" title="The phone &quot;0142&quot; became 0124.">1-800-555-0124</mark>'
        ", de lunes a viernes.</p>"
    )


def test_a_mark_across_bold_keeps_the_bold_and_the_first_mark_given_wins_an_overlap():
    text = "Your card was **not** copied.\n"
    word = text.index("not")
    marks = [
        Mark(word, word + 3, "error", "negation dropped"),
        Mark(text.index("card"), text.index("copied"), "warning", "odd wording"),
    ]
    html = letter_fragment(blocks(text), marks)
    assert html == (
        '<p>Your <mark class="warning" title="odd wording">card was </mark>'
        '<mark class="error" title="negation dropped | odd wording"><strong>not</strong></mark>'
        '<mark class="warning" title="odd wording"> </mark>copied.</p>'
    )


def test_track_changes_read_as_the_letter_with_only_the_changed_words_marked():
    old = "# Notice\n\nOn March 3 we found it.\n\n- your name\n- your card\n"
    new = "# Notice\n\nOn March 5 we found it.\n\n- your name\n- your address\n"
    assert changes_fragment(word_diff(old, new)) == (
        "<h1>Notice</h1>\n<p>On March <del>3</del><ins>5</ins> we found it.</p>\n"
        "<ul>\n<li>your name</li>\n<li>your <del>card</del><ins>address</ins></li>\n</ul>"
    )


def test_inserted_markup_in_a_diff_is_escaped():
    html = changes_fragment(word_diff("Hello.\n", "Hello <img src=x onerror=alert(1)>.\n"))
    assert "<img" not in html
    assert "<ins> &lt;img src=x onerror=alert(1)&gt;</ins>" in html


NUMBERED = "Do this now:\n\n3. Freeze your credit.\n4. Call us.\n\n- or write to us\n"


def test_numbered_items_show_the_numbers_they_were_typed_with():
    read = blocks(NUMBERED)
    assert letter_fragment(read, numbers=item_numbers(NUMBERED, read)) == (
        '<p>Do this now:</p>\n<ol>\n<li value="3">Freeze your credit.</li>\n'
        '<li value="4">Call us.</li>\n</ol>\n<ul>\n<li>or write to us</li>\n</ul>'
    )


def test_a_diff_shows_numbered_items_with_their_numbers():
    html = changes_fragment(word_diff(NUMBERED, NUMBERED.replace("Call us", "Call us today")))
    assert '<ol>\n<li value="3">Freeze your credit.</li>\n<li value="4">Call us' in html
