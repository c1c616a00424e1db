"""Bringing a database to the current schema with Alembic, so a new column reaches a database
that already exists (``create_all`` only ever adds missing tables).

A database already at the newest revision, what nearly every open meets, is told by reading its
version row, without loading Alembic (about a second of a command's start). Otherwise, three
cases, checked every time a Store opens its engine:
- an empty database is built with ``create_all`` and stamped with the newest revision (Alembic's
  "building an up-to-date database from scratch" recipe: fast, and the same tables);
- a database made before migrations existed (it has our tables but no ``alembic_version``) is
  stamped with the baseline, the schema those releases made, then upgraded;
- any other database is upgraded to the newest revision.
A test checks that the migrations and the table declarations describe the same schema.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, MetaData, create_engine, inspect, text
from sqlalchemy.orm import sessionmaker

from clearnotice.db import DatabaseProblem
from clearnotice.schema import Base

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
BASELINE = "0001"
VERSION_TABLE = "alembic_version"
# Any fixed number names the advisory lock; this one is "CN" and "schema" in ASCII, for reading.
SCHEMA_LOCK = 0x434E_736368656D61


def target_metadata() -> MetaData:
    """The metadata of every table (all declared in clearnotice/schema.py)."""
    return Base.metadata


def _config(connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def heads() -> tuple[str, ...]:
    """The newest revision(s) of the migration scripts (one, unless two branches meet)."""
    from alembic.script import ScriptDirectory

    return tuple(ScriptDirectory.from_config(_config(None)).get_heads())


def newest() -> str:
    """The newest revision, read from the scripts' names alone: revisions are numbered in
    order (``write_revision``), so it is the highest number (a test checks it is Alembic's
    head)."""
    return max(_known())


def session_factory(engine: Engine) -> sessionmaker:
    """Sessions on ``engine``, once its database holds the current schema."""
    upgrade(engine)
    return sessionmaker(engine, expire_on_commit=False)


def upgrade(engine: Engine) -> None:
    """Bring the database behind ``engine`` to the newest revision (see the module's note).

    The check and the migration run in one transaction that holds the schema lock
    (``_lock_schema``): two servers starting on a new database at once build it once, and a
    migration cut short (a crash, a full disk, a killed process) leaves the schema as it was,
    to be migrated again on the next start. DatabaseProblem for a database that a newer
    ClearNotice has migrated further than this one knows."""
    with engine.connect() as connection:  # the usual case, without taking any lock
        if _up_to_date(connection):
            return
    with engine.begin() as connection:
        _lock_schema(connection)
        if not _up_to_date(connection):  # another server may have migrated it meanwhile
            _migrate(connection)


def _up_to_date(connection: Connection) -> bool:
    """Whether the database is at the newest revision; DatabaseProblem when it is at one these
    migration scripts do not know."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return False
    current = _current(connection)
    unknown = current - _known()
    if unknown:
        raise DatabaseProblem(
            f"This database was last opened by a newer ClearNotice (its schema is at revision "
            f"{', '.join(sorted(unknown))}; this one knows up to {newest()}): run the newer "
            "ClearNotice, or ask the administrator to upgrade this one. Nothing was changed."
        )
    return current == {newest()}


def _lock_schema(connection: Connection) -> None:
    """Hold the database's schema for this transaction, until it commits or rolls back.

    SQLite: ``BEGIN IMMEDIATE`` takes the write lock now (another server waits for it, up to
    the busy timeout), and makes every statement after it, CREATE and ALTER too, part of the
    transaction: Python's sqlite3 begins one by itself only before INSERT, UPDATE, DELETE and
    REPLACE, so each DDL statement committed on its own (Python docs, sqlite3, "Transaction
    control via the isolation_level attribute"). PostgreSQL: a transaction-level advisory lock
    (PostgreSQL manual, 9.27.10 "Advisory Lock Functions"); its DDL is transactional already."""
    dialect = connection.dialect.name
    if dialect == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif dialect == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})


def _migrate(connection: Connection) -> None:
    from alembic import command

    config = _config(connection)
    tables = set(inspect(connection).get_table_names())
    if not tables - {VERSION_TABLE}:
        target_metadata().create_all(connection)
        command.stamp(config, "head")
        return
    if VERSION_TABLE not in tables:
        command.stamp(config, BASELINE)
    command.upgrade(config, "head")


def _current(connection: Connection) -> set[str]:
    return set(connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars())


def _known() -> set[str]:
    """Every revision these migration scripts name (numbered like ``newest``)."""
    return {path.name[:4] for path in (MIGRATIONS / "versions").glob("[0-9]" * 4 + "_*.py")}


def write_revision(message: str) -> None:
    """Write a new migration script for what the table declarations add to the newest
    revision, by upgrading a scratch SQLite database and comparing. Review the script (and
    run ``ruff format``) before committing it."""
    from alembic import command

    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite:///{Path(folder) / 'scratch.sqlite3'}")
        with engine.begin() as connection:
            config = _config(connection)
            command.upgrade(config, "head")
            (head,) = heads()
            number = f"{int(head) + 1:04d}"  # revisions are numbered in order: 0001, 0002...
            command.revision(config, message=message, autogenerate=True, rev_id=number)
        engine.dispose()


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "revision":
        raise SystemExit('usage: python -m clearnotice.migrate revision "what changes"')
    write_revision(sys.argv[2])
