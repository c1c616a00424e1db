"""User and letter text shown inside Markdown (labels, captions, messages) as the words it is."""

from __future__ import annotations


def inline(text: str) -> str:
    """``text`` for one line of Markdown: its own markup (emphasis, links, HTML, Streamlit's
    ``:icon:`` and ``$math$``) must not render or run, and its line breaks become spaces."""
    escaped = text.replace("\\", "\\\\")
    for char in "*_`[]<>#|~$:":
        escaped = escaped.replace(char, "\\" + char)
    return " ".join(escaped.split())
