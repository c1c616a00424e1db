"""The database on a bad day: every way it fails is told in words a person can act on (what is
wrong, what to do), never a traceback nor the password of the database URL, and a save that
fails changes nothing, so the typing it carried can be saved again once the database is back.

The user running the tests may be root, whom file permissions do not stop: a read-only file is
opened read-only (SQLite's ``mode=ro``, what SQLite falls back to for a file it may not write),
and a file SQLite cannot create is a folder in its place."""

from __future__ import annotations

import sqlite3
import traceback
import uuid

import pytest
from sqlalchemy import event, func, select

from clearnotice import db, working_draft
from clearnotice.db import DatabaseProblem
from clearnotice.letters import Store
from clearnotice.schema import Version
from clearnotice.working_draft import Event
from tests.accounts import add_writers
from tests.core.test_cli_errors import closed_port

PASSWORD = "s3cret-pa55"
TEXT = "# Notice\n\nWe are sorry.\n"


def _told(problem: pytest.ExceptionInfo[DatabaseProblem], message: str) -> None:
    """``problem`` says ``message`` (one of clearnotice.db's), and nothing in its whole chain,
    as a log would print it, holds the URL's password."""
    assert str(problem.value) == message
    assert PASSWORD not in "".join(traceback.format_exception(problem.value))


def _file_store(path) -> Store:
    store = Store(f"sqlite:///{path}")
    add_writers(store, "ed")
    store.create_letter("March incident", TEXT, actor="ed")
    store.session_factory.kw["bind"].dispose()  # closed, as by a server that stopped
    return store


def _versions(url: str) -> int:
    with Store(url).session() as s:
        return s.scalar(select(func.count()).select_from(Version))


# --- the SQLite file -------------------------------------------------------------------------


def _not_a_database(path) -> None:
    path.write_text("name,email\nBo,bo@example.com\n" * 200, encoding="utf-8")


def _truncated(path) -> None:
    _file_store(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _overwritten_page(path) -> None:
    _file_store(path)
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # the second page: a table's root
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_not_a_database, _truncated, _overwritten_page])
def test_a_file_that_is_no_database_is_told_as_damaged(tmp_path, damage):
    path = tmp_path / "clearnotice.sqlite3"
    damage(path)
    with pytest.raises(DatabaseProblem) as problem:
        Store(f"sqlite:///{path}").list_letters()
    _told(problem, db.DAMAGED)


def test_a_missing_folder_is_told(tmp_path):
    with pytest.raises(DatabaseProblem) as problem:
        Store(f"sqlite:///{tmp_path / 'gone' / 'clearnotice.sqlite3'}")
    _told(problem, db.CANNOT_OPEN)


def test_a_data_folder_that_cannot_be_made_is_told(tmp_path, monkeypatch):
    (tmp_path / "data").write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.delenv(db.DATABASE_URL_ENV, raising=False)
    monkeypatch.setenv(db.DATA_DIR_ENV, str(tmp_path / "data" / "clearnotice"))
    with pytest.raises(DatabaseProblem, match="cannot make its data folder"):
        db.database_url()


def test_a_write_lock_file_that_cannot_be_made_is_told(tmp_path):
    path = tmp_path / "clearnotice.sqlite3"
    _file_store(path)
    (tmp_path / "clearnotice.sqlite3-wal").mkdir()  # SQLite cannot open its write-ahead log
    with pytest.raises(DatabaseProblem) as problem:
        Store(f"sqlite:///{path}")
    _told(problem, db.CANNOT_OPEN)


def test_a_read_only_file_refuses_the_save_and_says_why(tmp_path):
    path = tmp_path / "clearnotice.sqlite3"
    _file_store(path)
    store = Store(f"sqlite:///file:{path}?mode=ro&uri=true")
    [summary] = store.list_letters()  # reading still works
    with pytest.raises(DatabaseProblem) as problem:
        store.save_version(summary.letter.id, TEXT + "More.\n", base_version_id=None, actor="ed")
    _told(problem, db.READ_ONLY)


def _full_disk(store: Store) -> None:
    """New connections of ``store`` may not grow the file: SQLite then fails as on a full disk
    (SQLITE_FULL; https://sqlite.org/pragma.html#pragma_max_page_count)."""
    engine = store.session_factory.kw["bind"]
    engine.dispose()

    @event.listens_for(engine, "connect")
    def _no_more_pages(dbapi_connection, _record) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_refuses_a_typed_save_whole_and_says_why(tmp_path):
    path = tmp_path / "clearnotice.sqlite3"
    store = _file_store(path)
    [summary] = store.list_letters()
    _full_disk(store)
    typed = TEXT + "Call us on 0800 123 456.\n" * 400  # more than the pages left
    with pytest.raises(ValueError) as problem:  # as the editor catches a refused save
        working_draft.keep(
            store, summary.letter.id, typed, base_version_id=summary.latest.id, actor="ed",
            event=Event.SAVED,
        )  # fmt: skip
    _told(problem, db.FULL)
    assert _versions(f"sqlite:///{path}") == 1  # nothing half written


def test_a_database_locked_beyond_the_busy_timeout_is_told(tmp_path, monkeypatch):
    monkeypatch.setattr(db, "BUSY_TIMEOUT_SECONDS", 0.2)
    path = tmp_path / "clearnotice.sqlite3"
    store = Store(f"sqlite:///{path}")
    add_writers(store, "ed")
    letter = store.create_letter("March incident", TEXT, actor="ed")
    other = sqlite3.connect(path, isolation_level=None)  # a backup or a database tool
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseProblem) as problem:
            store.save_version(letter.id, TEXT + "More.\n", base_version_id=None, actor="ed")
    finally:
        other.execute("ROLLBACK")
        other.close()
    _told(problem, db.BUSY.format(seconds=0.2))
    assert store.save_version(letter.id, TEXT + "More.\n", base_version_id=None, actor="ed")


def test_a_database_from_a_newer_clearnotice_is_refused_unchanged(tmp_path):
    path = tmp_path / "clearnotice.sqlite3"
    _file_store(path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.execute("CREATE TABLE from_the_future (id INTEGER PRIMARY KEY)")
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem, match="newer ClearNotice") as problem:
        Store(f"sqlite:///{path}")
    assert "revision 9999" in str(problem.value)
    assert path.read_bytes() == before


# --- the URL ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "message"),
    [
        pytest.param(f"postgresql+psycopg://u:{PASSWORD}@host:port/db", "not one", id="bad-port"),
        pytest.param(f"postgres ql://u:{PASSWORD}@host/db", "not one", id="unparseable"),
        pytest.param(f"nosuch://u:{PASSWORD}@host/db", "not one", id="unknown-driver"),
        pytest.param(f"mysql+nosuchdriver://u:{PASSWORD}@h/db", "not one", id="unknown-dbapi"),
        pytest.param(f"mysql+pymysql://u:{PASSWORD}@h/db", "not installed", id="missing-driver"),
    ],
)
def test_a_url_no_database_answers_is_told_without_its_password(url, message):
    with pytest.raises(DatabaseProblem, match=message) as problem:
        Store(url)
    assert db.DATABASE_URL_ENV in str(problem.value)  # what to correct
    assert PASSWORD not in "".join(traceback.format_exception(problem.value))


def test_a_postgresql_server_that_is_down_is_told_without_the_password():
    with pytest.raises(DatabaseProblem) as problem:
        Store(f"postgresql+psycopg://clearnotice:{PASSWORD}@127.0.0.1:{closed_port()}/db")
    _told(problem, db.UNREACHABLE)


@pytest.mark.postgres
def test_a_postgresql_server_refusing_the_user_is_told(postgres_cluster):
    url = f"postgresql+psycopg://nobody_here:{PASSWORD}@127.0.0.1:{postgres_cluster.port}/x"
    with pytest.raises(DatabaseProblem) as problem:
        Store(url)
    _told(problem, db.SIGN_IN_REFUSED)


@pytest.mark.postgres
def test_a_postgresql_database_that_does_not_exist_is_told(postgres_cluster):
    with pytest.raises(DatabaseProblem) as problem:
        Store(postgres_cluster.url("no_such_database"))
    _told(problem, db.NO_DATABASE)


@pytest.mark.postgres
def test_a_connection_dropped_during_a_save_saves_nothing_and_the_next_save_works(
    postgres_cluster, postgres_url
):
    store = Store(postgres_url)
    add_writers(store, "ed")
    letter = store.create_letter("March incident", TEXT, actor="ed")
    engine = store.session_factory.kw["bind"]

    def _drop_at_the_insert(connection, _cursor, statement, *_args) -> None:
        if statement.startswith("INSERT INTO versions"):
            pid = connection.connection.dbapi_connection.info.backend_pid
            postgres_cluster.admin(f"SELECT pg_terminate_backend({pid})")

    event.listen(engine, "before_cursor_execute", _drop_at_the_insert)
    typed = TEXT + "Call us.\n"
    with pytest.raises(DatabaseProblem) as problem:
        store.save_version(letter.id, typed, base_version_id=None, actor="ed")
    _told(problem, db.DROPPED)
    event.remove(engine, "before_cursor_execute", _drop_at_the_insert)
    assert len(store.versions(letter.id)) == 1
    assert store.save_version(letter.id, typed, base_version_id=None, actor="ed").version


def test_a_broken_constraint_is_no_database_problem(store):
    """A bug or a race the Store handles (IntegrityError) keeps its own exception."""
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), store.session() as s, s.begin():
        s.add(Version(letter_id=123456, language="en", number=1, text="x", sha256="0" * 64))
        s.flush()


def test_a_working_draft_kept_before_the_fault_is_still_there_after(tmp_path, monkeypatch):
    """The typing already kept survives a refused save: the working draft stays."""
    monkeypatch.setattr(db, "BUSY_TIMEOUT_SECONDS", 0.2)
    path = tmp_path / "clearnotice.sqlite3"
    store = _file_store(path)
    [summary] = store.list_letters()
    base = summary.latest.id
    typed = TEXT + "Draft words.\n"
    working_draft.keep(
        store, summary.letter.id, typed, base_version_id=base, actor="ed", event=Event.TYPED
    )
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(ValueError, match="busy"):
            working_draft.keep(
                store, summary.letter.id, typed + "More.\n", base_version_id=base, actor="ed",
                event=Event.SAVED,
            )  # fmt: skip
    finally:
        other.execute("ROLLBACK")
        other.close()
    kept = store.working_draft(summary.letter.id, base, actor="ed")
    assert kept is not None and kept.text == typed


@pytest.mark.parametrize(
    ("said", "message"),
    [
        ('FATAL:  password authentication failed for user "cn"', db.SIGN_IN_REFUSED),
        ('FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "cn"', db.SIGN_IN_REFUSED),
        ("fe_sendauth: no password supplied", db.SIGN_IN_REFUSED),
        ('FATAL:  database "clearnotice" does not exist', db.NO_DATABASE),
        ("timeout expired", db.UNREACHABLE),
        ('could not translate host name "db.payroles.example" to address', db.UNREACHABLE),
    ],
)
def test_the_words_of_a_refused_postgresql_connection_pick_the_message(said, message):
    """A password the server refuses (the test cluster trusts every user, so it is told here
    with libpq's own words): psycopg gives no SQLSTATE for a connection that never opened."""
    import psycopg

    error = psycopg.OperationalError(
        f'connection failed: connection to server at "h" failed: {said}'
    )
    assert db.explain(error) == message


@pytest.mark.postgres
def test_a_postgresql_server_gone_after_opening_is_told_and_the_store_recovers(postgres_cluster):
    """The pool's pre-ping finds the dead connection and reconnects; the reconnection is what
    fails, and is told; once the server answers again the same store works."""
    name = f"gone_{uuid.uuid4().hex[:8]}"
    postgres_cluster.admin(f"CREATE DATABASE {name}")
    store = Store(postgres_cluster.url(name))
    add_writers(store, "ed")
    letter = store.create_letter("March incident", TEXT, actor="ed")
    postgres_cluster.admin(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
    postgres_cluster.admin(
        f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
    )
    try:
        with pytest.raises(DatabaseProblem) as problem:
            store.save_version(letter.id, TEXT + "More.\n", base_version_id=None, actor="ed")
        _told(problem, db.UNREACHABLE)
        postgres_cluster.admin(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")
        assert store.save_version(letter.id, TEXT + "More.\n", base_version_id=None, actor="ed")
    finally:
        store.session_factory.kw["bind"].dispose()
        postgres_cluster.admin(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")
        postgres_cluster.admin(f"DROP DATABASE {name} WITH (FORCE)")
