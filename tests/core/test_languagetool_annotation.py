"""The markup LanguageTool's annotation marks in a paragraph (``languagetool._markup``): code
spans and placeholders read as a word, the rest of the markup as nothing, and a link's brackets
unless other markup covers them. Each markup range and link is looked up among the spans taken
(``DisjointSpans``), not compared with each, so a pasted paragraph of thousands of code spans or
links is read in linear time (4,000 links, 28,000 characters, took 4.9 s)."""

from __future__ import annotations

import itertools

import pytest

from clearnotice import inline_markup
from clearnotice.grammar.languagetool import _LINK_MARKUP, PLACEHOLDER, _markup, annotation

TOKENS = ("`a`", "``b`", "{{ x }}", "[a](b)", "*a*", "**b", "\\*", "[", "](", ")", "_", " w ")


def _compared_with_each(piece: str) -> list[tuple[int, int, bool]]:
    """The same markup found by comparing each range and link with every span taken."""
    words = [
        (span.start, span.end, True)
        for span in inline_markup.parse(piece)
        if span.code or PLACEHOLDER.fullmatch(span.text)
    ]
    found = words + [
        (start, end, False)
        for start, end in inline_markup.markup_ranges(piece)
        if not any(s <= start and end <= e for s, e, _ in words)
    ]
    for link in _LINK_MARKUP.finditer(piece):
        if not any(s < link.end() and link.start() < e for s, e, _ in found):
            found.append((link.start(), link.end(), False))
    return sorted(found)


@pytest.mark.parametrize("length", [1, 2, 3, 4])
def test_the_markup_found_is_what_comparing_with_each_span_finds(length):
    for tokens in itertools.product(TOKENS, repeat=length):
        piece = "".join(tokens)
        assert _markup(piece) == _compared_with_each(piece), piece


@pytest.mark.parametrize(
    ("run", "markup_per_run"),
    [("`a` b ", 1), ("[a](b) ", 2), ("{{ x }} *a* ", 3)],
)
def test_a_paragraph_of_thousands_of_code_spans_or_links_is_annotated_as_a_short_one(
    run, markup_per_run
):
    short, pasted = annotation([run * 3]), annotation([run * 4000])
    assert sum("markup" in part for part in short[0]) == 3 * markup_per_run
    assert sum("markup" in part for part in pasted[0]) == 4000 * markup_per_run
    assert short[0][: 2 * markup_per_run] == pasted[0][: 2 * markup_per_run]
