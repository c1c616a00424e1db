"""An exception no page expected shows one short message with an incident id that the server
log records with the traceback; never Streamlit's error box with server paths. st.stop() and
st.rerun() are not errors and pass through untouched."""

from __future__ import annotations

import logging
import re

from streamlit.testing.v1 import AppTest

from clearnotice.auth import create_first_admin
from components.auth import SESSION
from tests.app.session import PASSWORD, ROOT, TIMEOUT, session_for

# A page that signs in like every page, then does what the test asks (ACTION is set below).
_PAGE = """
import streamlit as st

from components.session import page_setup

page_setup("Test")
st.session_state["runs"] = st.session_state.get("runs", 0) + 1
if ACTION == "crash":
    raise RuntimeError("secret detail /srv/clearnotice/data")
if ACTION == "stop":
    st.write("before the stop")
    st.stop()
if ACTION == "rerun" and st.session_state["runs"] == 1:
    st.rerun()
st.write("page finished")
"""


def _run(database, tmp_path, action: str) -> AppTest:
    """Run the page as the app's entry point, beside the app's pages/ that the navigation links."""
    create_first_admin(database, "ada", PASSWORD)
    (tmp_path / "pages").symlink_to(ROOT / "pages")
    script = tmp_path / "app.py"
    script.write_text(f"ACTION = {action!r}\n" + _PAGE, encoding="utf-8")
    at = AppTest.from_file(str(script), default_timeout=TIMEOUT)
    at.session_state[SESSION] = session_for("ada")
    return at.run()


def test_an_unexpected_error_shows_a_reference_the_log_also_holds(database, tmp_path, caplog):
    with caplog.at_level(logging.ERROR, logger="clearnotice.incidents"):
        at = _run(database, tmp_path, "crash")
    assert not at.exception, "Streamlit's own error box was shown"
    [message] = [e.value for e in at.error]
    reference = re.search(r"Something went wrong \(ref ([0-9A-F]{6})\)", message).group(1)
    assert "secret detail" not in message and "/srv" not in message
    [record] = [r for r in caplog.records if r.name == "clearnotice.incidents"]
    assert reference in record.getMessage()
    assert "secret detail /srv/clearnotice/data" in str(record.exc_info[1])


def test_st_stop_is_no_incident(database, tmp_path):
    at = _run(database, tmp_path, "stop")
    assert not at.error and not at.exception
    assert [m.value for m in at.markdown] == ["before the stop"]


def test_st_rerun_is_no_incident(database, tmp_path):
    at = _run(database, tmp_path, "rerun")
    assert not at.error and not at.exception
    assert at.session_state["runs"] == 2
    assert "page finished" in [m.value for m in at.markdown]
