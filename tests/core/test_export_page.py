"""The Export page in Streamlit's AppTest: approved or DRAFT state, and preparing a file.

(AppTest cannot upload files, so the mail-merge part is driven through mailmerge in
test_mailmerge.py and the command line in test_export_cli.py.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from clearnotice import audit
from clearnotice.accounts import Role
from clearnotice.approvals import approve
from clearnotice.auth import create_first_admin, create_user
from clearnotice.letters import Store
from components.auth import SESSION
from components.escaping import escape_markdown
from tests.app.session import TIMEOUT, session_for

ROOT = Path(__file__).resolve().parents[2]
LETTER = (ROOT / "tests" / "fixtures" / "good-plain.md").read_text(encoding="utf-8")
PASSWORD = "a long enough secret"


@pytest.fixture
def store(tmp_path, monkeypatch) -> Store:
    url = f"sqlite:///{tmp_path / 'app.sqlite3'}"
    monkeypatch.setenv("CLEARNOTICE_DATABASE_URL", url)
    monkeypatch.setenv("CLEARNOTICE_DATA_DIR", str(tmp_path))
    monkeypatch.chdir(ROOT)
    store = Store(url)
    create_first_admin(store, "ada", PASSWORD)
    create_user(store, "sam", Role.EDITOR, actor="ada", password=PASSWORD)
    create_user(store, "lee", Role.LEGAL, actor="ada", password=PASSWORD)
    return store


def open_export(letter_id: int) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.session_state[SESSION] = session_for("sam")
    at.query_params["letter"] = str(letter_id)
    at.switch_page("pages/4_Export.py")
    return at.run()


def test_an_unapproved_letter_is_flagged_draft_before_anything_is_exported(store):
    letter = store.create_letter("March incident", LETTER, actor="sam")
    at = open_export(letter.id)
    assert not at.exception
    assert any("marked DRAFT" in w.value for w in at.warning)
    with store.session() as s:
        assert audit.events(s, action="export") == []


def test_preparing_the_approved_text_logs_the_export_and_offers_the_download(store):
    letter = store.create_letter("March incident", LETTER, actor="sam")
    approve(store, letter.id, "en", store.latest_version(letter.id).id, "lee")
    at = open_export(letter.id)
    assert any("en v1 is the approved text" in s.value for s in at.success)
    at.selectbox(key="export_format").select("txt").run()
    at.button(key="export_prepare").click().run()
    assert not at.exception
    # still a template; the note is Markdown, so what the user typed is escaped in it
    assert any(escape_markdown("{{ customer_name }}") in i.value for i in at.info)
    with store.session() as s:
        [event] = audit.events(s, action="export")
    assert (event.actor, event.detail) == ("sam", "txt en v1 (approved)")
