"""The Review and Export pages' note of typing on the letter that no version holds yet
(clearnotice.working_draft.unsaved_typing): it warns, and blocks nothing."""

from __future__ import annotations

import streamlit as st

from clearnotice.letters import Letter, Store
from clearnotice.working_draft import unsaved_notice, unsaved_typing
from components.escaping import escape_markdown
from components.session import author_names


def render(store: Store, letter: Letter) -> None:
    """A warning naming who is typing on which version, since when; nothing when nobody is."""
    typings = unsaved_typing(store, letter.id)
    said = unsaved_notice(typings, author_names(t.author for t in typings))
    if said is not None:
        st.warning(escape_markdown(said))
