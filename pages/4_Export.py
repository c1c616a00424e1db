"""Export: the approved letter in every format people send, and the mail merge of a customer
list into one letter per customer in their language."""

import streamlit as st

from components import export_view, typing_notice
from components.escaping import escape_markdown
from components.letter_picker import pick_letter
from components.services import get_store
from components.session import current_actor, page_setup

page_setup("Export")
store = get_store()
letter = pick_letter(store)
if letter is None:
    st.stop()

st.title(f"Export: {escape_markdown(letter.title)}")
typing_notice.render(store, letter)  # newer words typed, not yet a version
one_letter, mail_merge = st.tabs(["The letter", "Mail merge"])
with one_letter:
    export_view.render_export(store, letter, current_actor())
with mail_merge:
    export_view.render_merge(store, letter, current_actor())
