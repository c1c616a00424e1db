"""Every st.cache_* wrapper of the app, so the caching policy is visible in one place."""

from __future__ import annotations

import streamlit as st

from clearnotice import sessions
from clearnotice.db import database_url
from clearnotice.grammar import GrammarService
from clearnotice.letters import Store


def get_store() -> Store:
    """The store for the configured database, shared by every session of this server."""
    return _store_for(database_url())


@st.cache_resource(show_spinner=False)
def _store_for(url: str) -> Store:
    """One engine and connection pool per database URL and server process."""
    return Store(url)


@st.cache_resource(show_spinner=False)
def get_cookie_key() -> bytes:
    """The key sign-in cookies are sealed with, read once per server process."""
    return sessions.cookie_key()


@st.cache_resource(show_spinner=False)
def get_grammar_service() -> GrammarService:
    """One per server process: its paragraph cache, LanguageTool clients with their back-off
    state and the local LanguageTool server serve every session."""
    return GrammarService()
