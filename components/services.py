"""Every st.cache_* wrapper of the app, so the caching policy is visible in one place."""

from __future__ import annotations

import streamlit as st

from clearnotice.db import database_url
from clearnotice.letters import Store


def get_store() -> Store:
    """The store for the configured database, shared by every session of this server."""
    return _store_for(database_url())


@st.cache_resource(show_spinner=False)
def _store_for(url: str) -> Store:
    """One engine and connection pool per database URL and server process."""
    return Store(url)
