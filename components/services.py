"""Every st.cache_* wrapper of the app, so the caching policy is visible in one place."""

from __future__ import annotations

import streamlit as st

from clearnotice.letters import Store


@st.cache_resource(show_spinner=False)
def get_store() -> Store:
    """One store (engine and connection pool) per server process, shared by all sessions."""
    return Store()
