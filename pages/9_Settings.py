"""Settings for everyone on this installation: which grammar checker runs."""

import streamlit as st

from components import grammar_panel
from components.services import get_store
from components.session import page_setup

page_setup("Settings")
st.title("Settings")
grammar_panel.render_settings(get_store())
