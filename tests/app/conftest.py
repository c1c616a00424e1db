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
