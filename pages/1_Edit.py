"""Edit a letter, a writer's desk: the letter large on the left; on the right the score strip
and the tabs of what the text faces (readability, guidance, grammar), whose clicks put the
editor's caret on the words they are about (components/caret.py)."""

import streamlit as st

from components import (
    caret,
    comments_column,
    editor,
    facts_form,
    grammar_panel,
    guidance_panel,
    merge_view,
    readability_panel,
)
from components.auth import still_signed_in
from components.escaping import escape_markdown
from components.letter_picker import pick_letter
from components.services import get_store
from components.session import page_setup, selected_letter_id

# the letter large: about 23 lines of the live editor (1.6 x 16 px a line) on a 1280x800 screen
EDITOR_HEIGHT = 600

page_setup("Edit")
store = get_store()
letter = pick_letter(store)
if letter is None:
    editor.render_left_behind(selected_letter_id())  # typed on a letter deleted meanwhile
    st.stop()

st.title(escape_markdown(letter.title))
merge_view.render_presence(store, letter)  # "Also editing: …", before anyone forks the letter


@st.fragment
def edit_and_score() -> None:
    """The editor and everything scored from its text: a pause in typing reruns only this."""
    if not still_signed_in(store):  # a rerun of this alone passes no sign-in gate
        st.rerun(scope="app")  # the page's own run asks for a sign-in
    left, right = st.columns([3, 2], gap="large")
    with left:
        state = editor.render(store, letter, height=EDITOR_HEIGHT, reveal=caret.take(letter.id))
    with right:
        readability_panel.render_strip(store, state)
        # Only the open tab is drawn: a pause in typing reruns this, and the closed tabs' panels
        # were a third of each rerun's work. Switching tabs reruns it with the new one open.
        readability_tab, guidance_tab, grammar_tab, comments_tab, facts_tab = st.tabs(
            ["Readability", "Guidance", "Grammar", "Comments", "Facts"],
            key="edit-tab",  # tests/app/session.py EDIT_TABS
            on_change="rerun",
        )
        if comments_tab.open:
            with comments_tab:  # beside the text: the editor keeps the width a line needs
                comments_column.render(
                    store, letter, state.text, state.version.id, letter.source_language
                )
        if readability_tab.open:
            with readability_tab:
                readability_panel.render(
                    letter, state.text, state.findings.readability, state.version.language
                )
        if guidance_tab.open:
            with guidance_tab:
                guidance_panel.render(store, letter, state)
        if grammar_tab.open:
            with grammar_tab:
                grammar_panel.render(store, letter, state)
        if facts_tab.open:
            with facts_tab:
                facts_form.render(store, letter, state.text)
    with left:  # last: the scores of the text just typed go first, the history does not change
        editor.render_history(store, letter)


edit_and_score()
