"""The app on a bad day for the database: the page says what is wrong and what to do (the core's
message), never an incident reference nor the URL's password, and a save the database refuses
keeps the typed text on screen and says it was not saved."""

from __future__ import annotations

import logging
import sqlite3

from streamlit.testing.v1 import AppTest

from clearnotice import db
from clearnotice.accounts import Role
from tests.accounts import PASSWORD as ACCOUNT_PASSWORD
from tests.accounts import add_accounts
from tests.app.session import ROOT, TIMEOUT, open_as

PASSWORD = "s3cret-pa55"
LETTER = "# Notice\n\nWe are sorry.\n"


def _home(monkeypatch, url: str) -> AppTest:
    monkeypatch.setenv(db.DATABASE_URL_ENV, url)
    monkeypatch.chdir(ROOT)
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()


def _said(at: AppTest) -> list[str]:
    """The page's error messages as read on screen (drawn Markdown-escaped)."""
    return [e.value.replace("\\", "") for e in at.error]


def test_a_damaged_database_file_is_told_on_the_first_page(tmp_path, monkeypatch):
    path = tmp_path / "clearnotice.sqlite3"
    path.write_text("not a database\n" * 100, encoding="utf-8")
    at = _home(monkeypatch, f"sqlite:///{path}")
    assert not at.exception
    assert _said(at) == [db.DAMAGED]


def test_a_malformed_url_is_told_without_its_password(monkeypatch, caplog):
    with caplog.at_level(logging.DEBUG):
        at = _home(monkeypatch, f"postgresql+psycopg://cn:{PASSWORD}@host:port/clearnotice")
    assert not at.exception
    [said] = _said(at)
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
    said = _said(at)
    assert said == [f"Not saved: {db.BUSY.format(seconds=0.3)} Your text is still here."]
    assert at.text_area(key=f"editor:{letter.id}").value == typed
    assert len(database.versions(letter.id)) == 1
    at.text_area(key=f"editor:{letter.id}").input(typed + "\n").run()  # the database is back
    assert not at.error
    assert database.latest_version(letter.id).text.strip() == typed.strip()


def test_a_damaged_database_is_told_on_every_page_not_only_the_first(tmp_path, monkeypatch):
    """The check ran in app.py alone: another page, opened by a link, met the damaged file at
    the sign-in gate and showed an incident reference."""
    path = tmp_path / "clearnotice.sqlite3"
    path.write_text("not a database\n" * 100, encoding="utf-8")
    monkeypatch.setenv(db.DATABASE_URL_ENV, f"sqlite:///{path}")
    monkeypatch.chdir(ROOT)
    at = open_as(None, "pages/1_Edit.py")
    assert not at.exception
    assert _said(at) == [db.DAMAGED]


def test_a_sign_in_the_database_cannot_record_says_why(database, monkeypatch):
    """A read-only database answered the sign-in form with an incident reference."""
    add_accounts(database, lee=Role.LEGAL)
    path = database.session_factory.kw["bind"].url.database
    monkeypatch.setenv(db.DATABASE_URL_ENV, f"sqlite:///file:{path}?mode=ro&uri=true")
    at = open_as(None, "app.py")
    at.text_input[0].input("lee")
    at.text_input[1].input(ACCOUNT_PASSWORD)
    at.button[0].click().run()
    assert not at.exception
    assert _said(at) == [db.READ_ONLY]
    assert [t.label for t in at.text_input] == ["Username", "Password"]  # to try again


def test_a_read_the_database_fails_after_the_page_opened_is_told_in_its_words(database):
    """A page whose reading failed after the store opened (the file damaged meanwhile, by a disk
    or a tool) showed "Something went wrong (ref ...)", which says nothing to act on."""
    add_accounts(database, ed=Role.EDITOR)
    letter = database.create_letter("March incident", LETTER, actor="ed")
    at = open_as("ed", "pages/1_Edit.py", letter.id)
    assert not at.exception and not at.error
    path = database.session_factory.kw["bind"].url.database
    with open(path, "r+b") as damaged:  # the same file the app holds open, overwritten
        damaged.write(b"not a database\n" * 1000)
    for side in ("-wal", "-shm"):
        with open(path + side, "r+b") as damaged:
            damaged.write(b"\0" * 4096)
    at.run()
    assert not at.exception
    assert _said(at) == [db.DAMAGED]
