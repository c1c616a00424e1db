"""Where the data lives: the database URL and the engine (the tables are in schema.py).

SQLite in a local data folder by default, so a laptop needs no server; any SQLAlchemy URL in
``CLEARNOTICE_DATABASE_URL`` (for example ``postgresql+psycopg://user@host/clearnotice``)
selects another database with the same code.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import sessionmaker

DATABASE_URL_ENV = "CLEARNOTICE_DATABASE_URL"
DATA_DIR_ENV = "CLEARNOTICE_DATA_DIR"


def data_dir() -> Path:
    """The folder for the embedded database and local caches (``./data`` unless configured)."""
    return Path(os.environ.get(DATA_DIR_ENV, "data")).resolve()


def database_url() -> str:
    url = os.environ.get(DATABASE_URL_ENV)
    if url:
        return url
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'clearnotice.sqlite3'}"


def make_engine(url: str | None = None) -> Engine:
    """An engine for ``url``; SQLite gets WAL and a busy timeout so two tabs can save at once."""
    url = url or database_url()
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 15, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            if ":memory:" not in url and url != "sqlite://":
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def make_session_factory(engine: Engine) -> sessionmaker:
    """Sessions on ``engine``, once its database holds the current schema."""
    from clearnotice import migrate

    migrate.upgrade(engine)
    return sessionmaker(engine, expire_on_commit=False)
