"""The one escaping of user text (titles, names, letter words, comments) shown through Markdown.

Streamlit renders Markdown in st.markdown, captions, alerts, titles, expander and tab labels and
help tooltips, including images: ``![x](http://host/pixel)`` in a letter title would make every
viewer's browser fetch that address, a read receipt from a tool that promises nothing leaves the
machine. Escaped, the text shows exactly as typed and no markup, link, image, HTML or ``$`` maths
in it takes effect.
"""

from __future__ import annotations

import re

# CommonMark lets a backslash escape any ASCII punctuation character and shows it literally
# (spec 0.31, section 2.4 "Backslash escapes"). These start markup anywhere in a line: emphasis,
# code, links and images (``!`` and ``(`` do nothing without ``[``), HTML and entities, headings,
# tables, strikethrough, and Streamlit's ``$`` maths and ``:red[...]`` colours. Others stay as
# they are, so names, addresses and messages read as typed.
_MARKUP = re.compile(r"([\\`*_{}\[\]<>#|~$:&])")
# These start markup only at the start of a line: a list item ("- ", "+ ", "1. ", "2) ") or a
# heading underline ("===", "---").
_LINE_START = re.compile(r"^(\s*)(\d+(?=[.)])|)([-+=.)])", re.M)
_SPACES = re.compile(r"[^\S\n]+")


def escape_markdown(text: str, *, keep_lines: bool = False) -> str:
    """``text`` as Markdown that renders literally, on one line unless ``keep_lines``.

    One line suits titles, labels and quotes inside a sentence; ``keep_lines`` keeps each line
    break of a multi-line text (a review comment) as a Markdown hard break.
    """
    escaped = _LINE_START.sub(r"\1\2\\\3", _MARKUP.sub(r"\\\1", text))
    if not keep_lines:
        return " ".join(escaped.split())
    lines = (_SPACES.sub(" ", line).strip() for line in escaped.splitlines())
    return "  \n".join(lines)
