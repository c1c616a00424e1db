"""Opening the app in AppTest as a signed-in person, as every page requires."""

from __future__ import annotations

import os
from pathlib import Path

from streamlit.testing.v1 import AppTest

from clearnotice.db import DATABASE_URL_ENV
from clearnotice.letters import Store
from clearnotice.sessions import open_session, resume
from components.auth import SESSION
from components.session import LANGUAGE_PARAM

ROOT = Path(__file__).resolve().parents[2]
# A bound on one script run, not a speed target: two test workers share two cores.
TIMEOUT = 90
PASSWORD = "a long enough test password"


# The key of the Edit page's tabs (pages/1_Edit.py): only the open one is drawn.
EDIT_TABS = "edit-tab"


def open_as(
    username: str | None,
    script: str,
    letter_id: int | None = None,
    tab: str | None = None,
    language: str | None = None,
) -> AppTest:
    """A fresh session of the app (entry point app.py) signed in as ``username``, on ``script``,
    with the Edit page's ``tab`` open (its first, Readability, by default) and, on the
    Translations page, ``language`` in view.

    The navigation needs app.py as the entry point, so other pages are reached by switching.
    """
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    if username is not None:
        at.session_state[SESSION] = session_for(username)
    if letter_id is not None:
        at.query_params["letter"] = str(letter_id)
    if tab is not None:
        at.session_state[EDIT_TABS] = tab
    if language is not None:
        at.query_params[LANGUAGE_PARAM] = language
    if script != "app.py":
        at.switch_page(script)
    return at.run()


def session_for(username: str) -> str:
    """The token of a real sign-in session of ``username`` on the app's database (the one the
    test put in CLEARNOTICE_DATABASE_URL), as the sign-in form opens one. AppTest has no
    cookies, so the page keeps it in its session state."""
    return open_session(Store(os.environ[DATABASE_URL_ENV]), username).token


def signed_in_as(at: AppTest) -> str | None:
    """Who the page's sign-in session acts as now, or None when it has none or it ended."""
    # AppTest's session state has no get()
    token = at.session_state[SESSION] if SESSION in at.session_state else None  # noqa: SIM401
    account = resume(Store(os.environ[DATABASE_URL_ENV]), token) if token else None
    return account.username if account else None
