"""Shows, at a consent step, exactly the text an online service would receive."""

from __future__ import annotations

import streamlit as st

from clearnotice.outbound import Preview

LABEL = "Exactly what will be sent"


def show_outbound(preview: Preview) -> None:
    """The redacted text as a code block: shown verbatim, never read as Markdown or HTML."""
    with st.expander(LABEL):
        st.caption(preview.summary)
        st.code(preview.text, language=None, wrap_lines=True)
