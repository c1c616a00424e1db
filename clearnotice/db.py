"""Where the data lives: the database URL and the engine (the tables are in schema.py), and what
a person is told when the database cannot be used.

SQLite in a local data folder by default, so a laptop needs no server; any SQLAlchemy URL in
``CLEARNOTICE_DATABASE_URL`` (for example ``postgresql+psycopg://user@host/clearnotice``)
selects another database with the same code.

A database that fails (a read-only or full disk, a damaged file, a server that is down or
refuses the password, a connection that drops during a save) raises ``DatabaseProblem``, whose
message says what is wrong and what to do, and never holds the URL (its password) nor a
traceback. The engine turns the driver's errors into it as they happen (``_explain``), so every
read and save of the Store, whoever calls it, reports the same way.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DatabaseError,
    InterfaceError,
    NoSuchModuleError,
    OperationalError,
)

DATABASE_URL_ENV = "CLEARNOTICE_DATABASE_URL"
DATA_DIR_ENV = "CLEARNOTICE_DATA_DIR"
# How long a save waits for another program's write to the SQLite file to end before it fails
# as busy: long enough for two tabs saving at once, short enough to tell the person.
BUSY_TIMEOUT_SECONDS = 15.0
EXAMPLES = "sqlite:///data/clearnotice.sqlite3 or postgresql+psycopg://user@host/clearnotice"


class DatabaseProblem(ValueError):
    """The database cannot be used now; the message says what is wrong and what to do.

    A ValueError, as every save the Store refuses is (a locked version, a deleted letter): the
    pages that save already keep what was typed on screen and show the message after "Not
    saved:", and the commands print it on one line."""


def data_dir() -> Path:
    """The folder for the embedded database and local caches (``./data`` unless configured)."""
    return Path(os.environ.get(DATA_DIR_ENV, "data")).resolve()


def database_url() -> str:
    """The configured URL; the default SQLite file's folder is made when missing."""
    url = os.environ.get(DATABASE_URL_ENV)
    if url:
        return url
    folder = data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as problem:
        raise DatabaseProblem(
            f"ClearNotice cannot make its data folder ({problem.strerror}): ask the "
            f"administrator to create it, or to point {DATA_DIR_ENV} at a folder it may write."
        ) from None
    return f"sqlite:///{folder / 'clearnotice.sqlite3'}"


def make_engine(url: str | None = None) -> Engine:
    """An engine for ``url``; SQLite gets WAL and a busy timeout so two tabs can save at once.
    DatabaseProblem for a URL that names no usable database (malformed, an unknown driver)."""
    url = url or database_url()
    engine = _sqlite_engine(url) if url.startswith("sqlite") else _server_engine(url)
    event.listen(engine, "handle_error", _explain)
    return engine


def _sqlite_engine(url: str) -> Engine:
    connect_args = {"timeout": BUSY_TIMEOUT_SECONDS, "check_same_thread": False}
    engine = _create(url, connect_args=connect_args)

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if ":memory:" not in url and url != "sqlite://":
            _use_wal(cursor)
        cursor.close()

    return engine


def _use_wal(cursor: sqlite3.Cursor) -> None:
    """Put the file in WAL mode (readers and a writer at once), once: the mode is the file's.
    Switching needs the file to itself, and SQLite refuses at once, without waiting out the busy
    timeout, while another process holds it: two servers starting on a new database failed one
    start in three here. So the mode is read first, and the switch is tried again within the
    busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as refused:
            if "locked" not in str(refused) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _server_engine(url: str) -> Engine:
    return _create(url, pool_pre_ping=True)


def _create(url: str, **options) -> Engine:
    """``create_engine``, with a URL it cannot use told in words an administrator can act on
    (SQLAlchemy's own, "Could not parse SQLAlchemy URL", "invalid literal for int()" for a
    port, "Can't load plugin", are not), and without the URL, whose password no page may show."""
    try:
        return create_engine(make_url(url), **options)
    except (ArgumentError, NoSuchModuleError, ValueError):
        problem = f"The database address is not one ClearNotice can use (e.g. {EXAMPLES})"
    except ModuleNotFoundError as missing:
        problem = f"The database address needs a driver that is not installed ({missing.name})"
    raise DatabaseProblem(f"{problem}: ask the administrator to correct {DATABASE_URL_ENV}.")


# What each failure is told; the SQLite result codes are from https://sqlite.org/rescode.html,
# the PostgreSQL SQLSTATE classes from its manual, Appendix A "PostgreSQL Error Codes".
BUSY = (
    "The database is busy: another program has held it for over {seconds:g} seconds. Try again "
    "in a minute; if it stays busy, ask the administrator what holds it (a backup, a database "
    "tool)."
)
READ_ONLY = (
    "The database is read-only, so nothing can be saved: ask the administrator to let "
    "ClearNotice write to its data folder and the database files in it (the file and the -wal "
    "and -shm files beside it)."
)
FULL = (
    "The disk that holds the database is full, so nothing can be saved: ask the administrator "
    "to free some space, then try again."
)
DAMAGED = (
    "The database file is damaged or is not a ClearNotice database: ask the administrator to "
    "restore the last backup of it."
)
CANNOT_OPEN = (
    "ClearNotice cannot open its database file or the -wal and -shm files beside it: the folder "
    "is missing or may not be written. Ask the administrator to check the data folder "
    f"({DATA_DIR_ENV} or {DATABASE_URL_ENV})."
)
DISK = (
    "The disk that holds the database failed to read or write, or a file beside the database "
    "(its -wal or -shm file) may not be written: ask the administrator to check the data folder."
)
UNREACHABLE = (
    "ClearNotice cannot reach its database server: try again in a minute; if it persists, ask "
    f"the administrator to check that the server is running and that {DATABASE_URL_ENV} names it."
)
SIGN_IN_REFUSED = (
    "The database server refused ClearNotice's user name or password: ask the administrator to "
    f"check {DATABASE_URL_ENV}."
)
NO_DATABASE = (
    f"The database named in {DATABASE_URL_ENV} does not exist on its server: ask the "
    "administrator to create it or to correct the setting."
)
DROPPED = (
    "The connection to the database server broke off: try again; if it keeps happening, ask "
    "the administrator to check the server and the network."
)
FAILED = (
    "The database failed ({gist}): try again; if it keeps failing, give the administrator "
    "this message."
)
SQLITE_MESSAGES = {  # by the primary result code, the name's first part
    "SQLITE_BUSY": BUSY,
    "SQLITE_LOCKED": BUSY,
    "SQLITE_READONLY": READ_ONLY,
    "SQLITE_FULL": FULL,
    "SQLITE_NOTADB": DAMAGED,
    "SQLITE_CORRUPT": DAMAGED,
    "SQLITE_CANTOPEN": CANNOT_OPEN,
    "SQLITE_IOERR": DISK,
    "SQLITE_PERM": READ_ONLY,
}
# The server's and libpq's words for a refused sign-in and a missing database (PostgreSQL's
# sources: src/backend/libpq/auth.c, src/backend/utils/init/miscinit.c and postinit.c,
# src/interfaces/libpq/fe-auth.c).
SIGN_IN_MARKS = (
    "authentication failed for user",  # password, md5, scram, peer, ident...
    "no pg_hba.conf entry",
    "no password supplied",
    'FATAL:  role "',
)
NO_DATABASE_MARK = re.compile(r'FATAL:  database ".*" does not exist')
SQLSTATE_MESSAGES = {  # by SQLSTATE: the full code, else its two-character class
    "08": UNREACHABLE,  # connection exception
    "28": SIGN_IN_REFUSED,  # invalid authorization specification (28P01: invalid password)
    "3D000": NO_DATABASE,  # invalid catalog name
    "53100": FULL,  # disk full
    "25006": READ_ONLY,  # read-only SQL transaction
    "57P01": DROPPED,  # admin shutdown
    "57P02": DROPPED,  # crash shutdown
    "57P03": UNREACHABLE,  # cannot connect now (starting up, shutting down)
}


def _explain(context: ExceptionContext) -> None:
    """The engine's handler of a driver's error: a failing database (not a bug such as a
    broken constraint, which the Store handles) is raised as DatabaseProblem instead. A
    pre-ping's error is left to the pool, which reconnects."""
    error = context.sqlalchemy_exception
    if context.is_pre_ping or error is None:
        return
    failing = isinstance(error, OperationalError | InterfaceError) or type(error) is DatabaseError
    if not (failing or context.is_disconnect):
        return
    raise DatabaseProblem(explain(context.original_exception, context.is_disconnect)) from None


def explain(driver_error: BaseException, dropped: bool = False) -> str:
    """What to tell the person about ``driver_error`` (a DB-API error): SQLite's result code or
    PostgreSQL's SQLSTATE picks the message, else a short one with the driver's first line."""
    sqlite_name = getattr(driver_error, "sqlite_errorname", None)  # Python 3.11's sqlite3
    if sqlite_name:
        message = SQLITE_MESSAGES.get("_".join(sqlite_name.split("_")[:2]))
        if message:
            return message.format(seconds=BUSY_TIMEOUT_SECONDS)
    sqlstate = getattr(driver_error, "sqlstate", None) or ""
    message = SQLSTATE_MESSAGES.get(sqlstate) or SQLSTATE_MESSAGES.get(sqlstate[:2])
    if message:
        return message
    if dropped:
        return DROPPED
    if type(driver_error).__module__.startswith("psycopg") and not sqlstate:
        return _psycopg_connection_failure(str(driver_error))
    return FAILED.format(gist=_first_line(driver_error))


def _psycopg_connection_failure(text: str) -> str:
    """psycopg's errors from opening a connection carry no SQLSTATE, only the words of the
    server or libpq, read here in English (a server set to another lc_messages is told as
    unreachable, still with what to check)."""
    if any(mark in text for mark in SIGN_IN_MARKS):
        return SIGN_IN_REFUSED
    if NO_DATABASE_MARK.search(text):
        return NO_DATABASE
    return UNREACHABLE


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
