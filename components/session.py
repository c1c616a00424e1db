"""Per-browser-session state: who is working, which letter is open, and the page frame.

The database is the source of truth; session state only remembers which letter is open (also in
the URL, so a reload keeps it) and what the user is typing.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Iterable
from pathlib import Path

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from clearnotice.auth import display_names
from clearnotice.db import DatabaseProblem
from clearnotice.permissions import may_open
from components.auth import current_account, require_sign_in
from components.database_status import require_database
from components.escaping import escape_markdown
from components.services import get_store

LETTER_PARAM = "letter"
LANGUAGE_PARAM = "lang"  # the language in view on the Translations and Review pages
SELECTED_LETTER = "selected_letter_id"
TYPED = "typing-boxes"  # {key: letter id or None} of the boxes typing_box keeps
LEAVING = "on-leaving"  # {key: (page title, callback)}: run when the user goes to another page

PAGES_DIR = Path(__file__).resolve().parents[1] / "pages"

_LOG = logging.getLogger("clearnotice.incidents")


def page_setup(title: str) -> None:
    """Every page calls this first: page title, layout, the sign-in gate and the navigation.

    Nothing below the gate runs until someone is signed in (see components/auth.py).
    """
    st.set_page_config(page_title=f"{title} · ClearNotice", layout="wide")
    _report_unexpected_errors()
    require_database()  # before the sign-in gate, the first to read it
    require_sign_in(get_store())
    _run_leaving(title)
    _navigation()


def typing_box(key: str, letter_id: int | None = None, start: str | None = None) -> dict[str, str]:
    """The widget arguments (``key``, ``persist_state``) of a box whose typing must outlive a run
    that does not draw it (a closed tab, another page, another language): pass them to the
    widget as ``**typing_box(...)``. Streamlit then keeps its value for the whole session
    (``persist_state="session"``, documented with st.text_input). Copying each value into
    session state at the start of every run did not: after a presence heartbeat's run, a visit
    to another page lost every fact typed (tests/e2e/test_facts_kept_e2e.py). ``letter_id``: the
    letter it is typed on, whose pages show what it holds should the letter be deleted meanwhile.
    ``start``: what the box holds until something is typed (what was typed stays as typed)."""
    st.session_state.setdefault(TYPED, {})[key] = letter_id
    if start is not None and key not in st.session_state:
        st.session_state[key] = start
    return {"key": key, "persist_state": "session"}


def typed_on(letter: str) -> list[str]:
    """What the boxes typed on ``letter`` (its id as a link holds it) hold, and no act took."""
    boxes = st.session_state.get(TYPED, {})
    held = [st.session_state.get(key) for key, owner in boxes.items() if str(owner) == letter]
    return [text for text in held if isinstance(text, str) and text.strip()]


def when_leaving(page: str, key: str, callback: Callable[[], None]) -> None:
    """Run ``callback`` once, when the user next opens a page other than ``page`` (the title
    given to page_setup): how a page keeps what the user did there as they go (the editor
    makes a version of the typing). A later call with the same ``key`` replaces it."""
    st.session_state.setdefault(LEAVING, {})[key] = (page, callback)


def _run_leaving(title: str) -> None:
    waiting = st.session_state.get(LEAVING, {})
    for key, (page, callback) in list(waiting.items()):
        if page != title:
            del waiting[key]
            callback()


def _report_unexpected_errors() -> None:
    """Show an unexpected exception on this page as a short message with an incident id, and
    log it in full under that id, instead of Streamlit's error box (a traceback with the
    server's paths).

    Streamlit calls a run's ``on_script_error`` handler for exceptions the page did not catch
    (the hook ``st.App(on_script_error=...)`` sets); ``st.stop()`` and ``st.rerun()`` are no
    exceptions of that kind and never reach it. Errors raised before this line still get
    Streamlit's box, without details (``client.showErrorDetails`` in .streamlit/config.toml).
    """
    context = get_script_run_ctx()
    if context is not None:
        context.on_script_error = _incident


def _incident(error: Exception) -> bool:
    if isinstance(error, DatabaseProblem):  # a read that failed: what is wrong and what to do
        st.error(escape_markdown(str(error)))
        return True
    reference = secrets.token_hex(3).upper()
    _LOG.error("incident %s on a page", reference, exc_info=error)
    st.error(
        f"Something went wrong (ref {reference}). Reload the page; if it happens again, give "
        "the administrator this reference."
    )
    return True  # shown: Streamlit draws no error box of its own


def _navigation() -> None:
    """Links to the pages this account's role may use, carrying the open letter so a page
    switch keeps it."""
    letter = st.session_state.get(SELECTED_LETTER)
    params = {LETTER_PARAM: str(letter)} if letter is not None else None
    role = current_account().role
    with st.sidebar:
        st.page_link("app.py", label="Letters")
        for script in sorted(PAGES_DIR.glob("*.py")):
            label = _menu_name(script)
            if may_open(role, label):
                st.page_link(f"pages/{script.name}", label=label, query_params=params)


def _menu_name(script: Path) -> str:
    """ "Audit log" for pages/8_Audit_log.py: the file name without its order and underscores."""
    return script.stem.split("_", 1)[-1].replace("_", " ")


def page_of(screen: str) -> str:
    """The script of the page the menu calls ``screen`` ("Review" -> "pages/3_Review.py")."""
    for script in PAGES_DIR.glob("*.py"):
        if _menu_name(script) == screen:
            return f"pages/{script.name}"
    raise KeyError(f"no page called {screen!r}")


def current_actor() -> str:
    """The name recorded in versions and the audit log: the signed-in account's username."""
    return current_account().username


def author_names(usernames: Iterable[str | None]) -> dict[str | None, str]:
    """How each of these authors is shown: display names (clearnotice/auth.py display_names),
    "unknown" for a version without an author. Not escaped: pass through escape_markdown."""
    wanted = [u for u in usernames if u]
    return {None: "unknown", "": "unknown", **display_names(get_store(), wanted)}


def author_name(username: str | None) -> str:
    return author_names([username])[username]


def selected_letter_id() -> int | None:
    """The open letter: from the URL first (reload-proof), else from this session."""
    raw = st.query_params.get(LETTER_PARAM)
    if raw is not None:
        try:
            letter_id = int(raw)
        except ValueError:
            return None
        st.session_state[SELECTED_LETTER] = letter_id
        return letter_id
    return st.session_state.get(SELECTED_LETTER)


def select_letter(letter_id: int) -> None:
    st.session_state[SELECTED_LETTER] = letter_id
    st.query_params[LETTER_PARAM] = str(letter_id)


def open_letter(letter_id: int, page: str = "pages/1_Edit.py", language: str | None = None) -> None:
    """Remember ``letter_id`` and go to ``page`` with it (and ``language``) in the URL."""
    st.session_state[SELECTED_LETTER] = letter_id
    params = {LETTER_PARAM: str(letter_id)}
    if language is not None:
        params[LANGUAGE_PARAM] = language
    st.switch_page(page, query_params=params)
