"""Settings for everyone on this installation: which grammar checker runs, whether authors
may approve their own text, and the sender of posted letters."""

import streamlit as st

from components import grammar_panel, review_view, sender_settings
from components.auth import current_account
from components.services import get_store
from components.session import page_setup

page_setup("Settings")
st.title("Settings")
grammar_panel.render_settings(get_store())
review_view.render_approval_settings(get_store(), current_account())
sender_settings.render_sender_settings(get_store(), current_account())
