"""The page a person sees when the database cannot be opened: the core's message
(clearnotice.db.DatabaseProblem says what is wrong and what to do), not an incident reference.

Called before the sign-in gate, which is the first thing to read the database: without a
database nobody can sign in, and the message is all the page can show. Once the database
answers again, the next run opens it (a failed open is not cached: components.services).
"""

from __future__ import annotations

import logging

import streamlit as st

from clearnotice.db import DatabaseProblem
from components.escaping import escape_markdown
from components.services import get_store

_LOG = logging.getLogger("clearnotice.database")


def require_database() -> None:
    """Stop the page with the database's problem when the store cannot be opened."""
    try:
        get_store()
    except DatabaseProblem as problem:
        _LOG.warning("the database cannot be opened: %s", problem)  # the URL is never in it
        st.title("ClearNotice")
        st.error(escape_markdown(str(problem)))
        st.caption("Reload the page once the administrator has fixed it.")
        st.stop()
