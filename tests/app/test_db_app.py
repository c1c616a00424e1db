"""The app on a bad day for the database: the page says what is wrong and what to do (the core's
message), never an incident reference nor the URL's password, and a save the database refuses
keeps the typed text on screen and says it was not saved."""

from __future__ import annotations

import logging
import sqlite3

from streamlit.testing.v1 import AppTest

from clearnotice import db
from clearnotice.auth import Role
from tests.accounts import add_accounts
from tests.app.session import ROOT, TIMEOUT, open_as

PASSWORD = "s3cret-pa55"
LETTER = "# Notice\n\nWe are sorry.\n"


def _home(monkeypatch, url: str) -> AppTest:
    monkeypatch.setenv(db.DATABASE_URL_ENV, url)
    monkeypatch.chdir(ROOT)
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()


def test_a_damaged_database_file_is_told_on_the_first_page(tmp_path, monkeypatch):
    path = tmp_path / "clearnotice.sqlite3"
    path.write_text("not a database\n" * 100, encoding="utf-8")
    at = _home(monkeypatch, f"sqlite:///{path}")
    assert not at.exception
    assert [e.value for e in at.error] == [db.DAMAGED]


def test_a_malformed_url_is_told_without_its_password(monkeypatch, caplog):
    with caplog.at_level(logging.DEBUG):
        at = _home(monkeypatch, f"postgresql+psycopg://cn:{PASSWORD}@host:port/clearnotice")
    assert not at.exception
    [said] = [e.value for e in at.error]
    assert "not one ClearNotice can use" in said and db.DATABASE_URL_ENV in said
    assert PASSWORD not in said + caplog.text


def test_a_save_the_database_refuses_keeps_the_text_on_screen(database, monkeypatch):
    monkeypatch.setattr(db, "BUSY_TIMEOUT_SECONDS", 0.3)  # before the app opens its store
    add_accounts(database, ed=Role.EDITOR)
    letter = database.create_letter("March incident", LETTER, actor="ed")
    at = open_as("ed", "pages/1_Edit.py", letter.id)
    other = sqlite3.connect(database.session_factory.kw["bind"].url.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a backup or a database tool holds it
    typed = LETTER + "Call us on 0800 123 456.\n"
    try:
        at.text_area(key=f"editor:{letter.id}").input(typed).run()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not at.exception
    said = [e.value.replace("\\", "") for e in at.error]  # Markdown-escaped, as typed
    assert said == [f"Not saved: {db.BUSY.format(seconds=0.3)} Your text is still here."]
    assert at.text_area(key=f"editor:{letter.id}").value == typed
    assert len(database.versions(letter.id)) == 1
    at.text_area(key=f"editor:{letter.id}").input(typed + "\n").run()  # the database is back
    assert not at.error
    assert database.latest_version(letter.id).text.strip() == typed.strip()
