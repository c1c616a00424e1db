"""Opening the app in AppTest as a signed-in person, as every page requires."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from components.auth import SIGNED_IN

ROOT = Path(__file__).resolve().parents[2]
# A bound on one script run, not a speed target: two test workers share two cores.
TIMEOUT = 90
PASSWORD = "a long enough test password"


def open_as(username: str | None, script: str, letter_id: int | None = None) -> AppTest:
    """A fresh session of the app (entry point app.py) signed in as ``username``, on ``script``.

    The navigation needs app.py as the entry point, so other pages are reached by switching.
    """
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    if username is not None:
        at.session_state[SIGNED_IN] = username
    if letter_id is not None:
        at.query_params["letter"] = str(letter_id)
    if script != "app.py":
        at.switch_page(script)
    return at.run()
