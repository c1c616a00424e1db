"""Edit a letter: the editor beside its readability, guidance and grammar."""

import streamlit as st

from components import (
    comments_column,
    editor,
    facts_form,
    grammar_panel,
    guidance_panel,
    merge_view,
    readability_panel,
)
from components.escaping import escape_markdown
from components.letter_picker import pick_letter
from components.services import get_store
from components.session import page_setup

page_setup("Edit")
store = get_store()
letter = pick_letter(store)
if letter is None:
    st.stop()

st.title(escape_markdown(letter.title))
merge_view.render_presence(store, letter)  # "Also editing: …", before anyone forks the letter


@st.fragment
def edit_and_score() -> None:
    """The editor and everything scored from its text: a pause in typing reruns only this."""
    left, right = st.columns([3, 2], gap="large")
    with left:
        state = editor.render(store, letter)
        editor.render_history(store, letter)
    with right:
        readability_tab, guidance_tab, grammar_tab, comments_tab, facts_tab = st.tabs(
            ["Readability", "Guidance", "Grammar", "Comments", "Facts"]
        )
        with comments_tab:  # beside the text: the editor keeps the width a line needs
            comments_column.render(
                store, letter, state.text, state.version.id, letter.source_language
            )
        with readability_tab:
            readability_panel.render(state.text, state.findings.readability, state.version.language)
        with guidance_tab:
            guidance_panel.render(store, letter, state)
        with grammar_tab:
            grammar_panel.render(store, letter, state)
        with facts_tab:
            facts_form.render(store, letter, state.text)


edit_and_score()
