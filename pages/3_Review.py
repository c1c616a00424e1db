"""Legal review: what changed since you last read each language, comments, and approval."""

import streamlit as st

from components import review_view, typing_notice, variants_view
from components.auth import current_account
from components.escaping import escape_markdown
from components.letter_picker import pick_letter
from components.services import get_store
from components.session import page_setup

page_setup("Review")
store = get_store()
letter = pick_letter(store)
if letter is None:
    st.stop()

st.title(f"Review: {escape_markdown(letter.title)}")
typing_notice.render(store, letter)  # newer words typed, not yet a version
review_view.render_review(store, letter, current_account())
variants_view.render(store, letter, current_account())
