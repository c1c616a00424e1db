"""Letter text with findings marked inline, escaped so letter text can never run as HTML."""

from __future__ import annotations

import html
from collections.abc import Iterable

import streamlit as st

from clearnotice.model import Finding

_STYLE = """
<style>
.cn-text { white-space: pre-wrap; font-family: inherit; line-height: 1.6;
           border: 1px solid rgba(128,128,128,.3); border-radius: .5rem; padding: .75rem 1rem; }
.cn-text mark { border-radius: .2rem; padding: 0 .1rem; cursor: help; color: inherit; }
/* see-through tints, as in the live editor: the text keeps the theme's colour, light or dark */
.cn-text mark.error { background: rgba(239,68,68,.25); border-bottom: 2px solid #dc2626; }
.cn-text mark.warning { background: rgba(251,146,60,.3); border-bottom: 2px solid #ea580c; }
.cn-text mark.suggestion { background: rgba(250,204,21,.35); border-bottom: 2px dotted #ca8a04; }
.cn-text mark.hard { background: rgba(250,204,21,.35); }
.cn-text mark.very-hard { background: rgba(239,68,68,.25); }
/* the finding's kind and message after its words, for a screen reader, drawn nowhere: the
   colour and the title (which no screen reader reads by default) said it to sighted mouse users
   alone (WCAG 2.1 SC 1.3.1 and 1.4.1) */
.cn-text mark::after { content: " (" attr(class) ": " attr(title) ")"; position: absolute;
  width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
</style>
"""


def _segments(text: str, findings: list[Finding]) -> list[tuple[int, int, list[Finding]]]:
    """Cut ``text`` at every finding edge: pieces with the findings that cover each."""
    cuts = {0, len(text)}
    for f in findings:
        cuts.update((max(0, f.start), min(len(text), f.end)))
    points = sorted(cuts)
    pieces = []
    for a, b in zip(points, points[1:], strict=False):
        if a < b:
            pieces.append((a, b, [f for f in findings if f.start <= a and f.end >= b]))
    return pieces


def highlighted_html(text: str, findings: Iterable[Finding], css_class=None) -> str:
    """HTML of ``text`` with each finding's span wrapped in a titled ``<mark>``.

    ``css_class(finding)`` picks the class (severity by default). Overlapping findings take the
    most severe class and list every message in the tooltip.
    """
    css_class = css_class or (lambda f: f.severity.value)
    relevant = [f for f in findings if 0 <= f.start < f.end <= len(text)]
    out = []
    for a, b, covering in _segments(text, relevant):
        piece = html.escape(text[a:b])
        if not covering:
            out.append(piece)
            continue
        worst = min(covering, key=lambda f: f.severity.rank)
        title = html.escape(" | ".join(f.message for f in covering), quote=True)
        out.append(f'<mark class="{css_class(worst)}" title="{title}">{piece}</mark>')
    return f'<div class="cn-text">{"".join(out)}</div>'


def render_highlighted(text: str, findings: Iterable[Finding], css_class=None) -> None:
    st.html(_STYLE + highlighted_html(text, findings, css_class))
