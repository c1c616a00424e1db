"""AppTest runs pages in this process against a fresh database per test."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def database(tmp_path, monkeypatch):
    """A fresh SQLite database for the app under test; returns a Store on it."""
    from clearnotice.letters import Store

    url = f"sqlite:///{tmp_path / 'app.sqlite3'}"
    monkeypatch.setenv("CLEARNOTICE_DATABASE_URL", url)
    monkeypatch.chdir(ROOT)
    # AppTest cannot drive a custom component; the live editor is tested in a real browser.
    monkeypatch.setenv("CLEARNOTICE_PLAIN_EDITOR", "1")
    return Store(url)


@pytest.fixture
def people(database):
    """An admin, an editor and a legal reviewer, as real accounts in the app's database (a test
    module may define its own ``people``)."""
    from clearnotice.accounts import Role
    from clearnotice.auth import create_first_admin, create_user, has_users
    from tests.app.session import PASSWORD

    if has_users(database):  # the shared fixture may already have made its own admin
        create_user(database, "ada", Role.ADMIN, actor="test", password=PASSWORD)
    else:
        create_first_admin(database, "ada", PASSWORD)
    create_user(database, "ed", Role.EDITOR, actor="ada", password=PASSWORD)
    create_user(database, "lee", Role.LEGAL, actor="ada", password=PASSWORD)
    return database
