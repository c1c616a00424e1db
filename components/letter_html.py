"""A letter drawn as it reads (headings, bold, bullets) on the review's screens, with its track
changes and findings marked. The HTML comes from the core (``clearnotice.export.html``), which
escapes every character of the letter and, given a right-to-left letter's language, draws it
from the right with its numbers isolated; this module only adds the one style and shows it."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from clearnotice import diffing
from clearnotice.export.html import changes_fragment, letter_fragment, text_fragment
from clearnotice.model import Mark
from clearnotice.text import Block

# Long words and addresses wrap instead of pushing the page sideways. Every text colour is at
# least 4.5:1 on white (WCAG 2.1 SC 1.4.3): the gap's grey was #888, 3.5:1.
STYLE = """<style>
.cn-letter { line-height: 1.55; overflow-wrap: anywhere; }
.cn-letter.boxed { border: 1px solid rgba(128,128,128,.3); border-radius: .5rem;
                   padding: .75rem 1rem; }
.cn-letter h1 { font-size: 1.3rem; margin: .2rem 0 .6rem; padding: 0; }
.cn-letter h2 { font-size: 1.08rem; margin: .8rem 0 .3rem; padding: 0; }
.cn-letter p { margin: 0 0 .6rem; }
.cn-letter ul, .cn-letter ol { margin: 0 0 .6rem; padding-inline-start: 1.4rem; }
.cn-letter ins { background: #d7f5dd; color: #05400a; text-decoration: underline; }
.cn-letter del { background: #fde2e1; color: #7a0b0b; text-decoration: line-through; }
.cn-letter mark { border-radius: .2rem; padding: 0 .1rem; cursor: help; color: inherit; }
.cn-letter mark.error { background: #f6c1c1; border-bottom: 2px solid #b00020; }
.cn-letter mark.warning { background: #ffd7a8; border-bottom: 2px solid #b35c00; }
.cn-letter mark.suggestion { background: #fdf1a8; border-bottom: 2px dotted #7a6a00; }
.cn-letter.rough { color: #555; font-style: italic; }
.cn-gap { display: block; color: #595959; margin: .4rem 0; }
/* What the colours and lines say, said to a screen reader too (WCAG 2.1 SC 1.3.1 and 1.4.1:
   not by colour alone): a mark's kind and its note after its words, an insertion's and a
   deletion's edges; drawn nowhere, as the usual visually-hidden text is. Neither an insertion,
   a deletion nor a mark's title is read out by default. (No angle bracket in this style: the
   sanitiser of st.html drops a style element whose text holds one.) */
.cn-letter mark::after { content: " (" attr(class) ": " attr(title) ")"; }
.cn-letter ins::before { content: " [added: "; }
.cn-letter del::before { content: " [deleted: "; }
.cn-letter ins::after, .cn-letter del::after { content: "] "; }
.cn-letter mark::after, .cn-letter ins::before, .cn-letter del::before, .cn-letter ins::after,
.cn-letter del::after { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; }
</style>"""
_GAP = '<span class="cn-gap">⋯ unchanged ⋯</span>'  # where unchanged lines were left out


def letter_html(
    blocks: Sequence[Block],
    marks: Sequence[Mark] = (),
    kind: str = "",
    numbers: Sequence[int | None] = (),
    language: str = "",
) -> str:
    """The blocks of a letter in ``language`` in a ``cn-letter`` box; ``kind`` adds classes
    (``boxed``, ``rough``); ``numbers``, the typed number of each numbered item
    (``document.item_numbers``)."""
    fragment = letter_fragment(blocks, marks, numbers, language)
    return f'<div class="cn-letter {kind}">{fragment}</div>'


def text_html(text: str, marks: Sequence[Mark] = (), kind: str = "", language: str = "") -> str:
    """A whole letter's ``text`` in ``language`` in a ``cn-letter`` box, its items numbered as
    typed."""
    return f'<div class="cn-letter {kind}">{text_fragment(text, marks, language)}</div>'


def changes_html(
    changes: tuple[diffing.Change, ...], only_changed: bool = False, language: str = ""
) -> str:
    """Track changes as the letter in ``language`` reads; ``only_changed`` keeps only the lines
    that changed."""
    if only_changed:
        lines = diffing.changed_lines(changes)
        body = "".join(
            _GAP if line is None else changes_fragment(line, language=language) for line in lines
        )
    else:
        body = changes_fragment(changes, language=language)
    return f'<div class="cn-letter cn-diff boxed">{body}</div>'


def show(html: str) -> None:
    st.html(STYLE + html)
