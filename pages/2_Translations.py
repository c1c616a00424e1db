"""Translations: make one (offline, online by choice, or a human translator's) and review it
side by side with the English, QA, a rough back-translation and per-segment marks."""

import streamlit as st

from components import translation_view
from components.escaping import escape_markdown
from components.letter_picker import pick_letter
from components.services import get_store
from components.session import page_setup

page_setup("Translations")
store = get_store()
letter = pick_letter(store)
if letter is None:
    st.stop()
st.title(f"{escape_markdown(letter.title)}: translations")
language = translation_view.pick_language(store, letter)
with st.expander("Make a translation", expanded=not store.versions(letter.id, language)):
    translation_view.render_make(store, letter, language)
translation_view.render_review(store, letter, language)
