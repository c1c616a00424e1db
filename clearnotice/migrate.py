"""Bringing a database to the current schema with Alembic, so a new column reaches a database
that already exists (``create_all`` only ever adds missing tables).

Three cases, checked every time a Store opens its engine:
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

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, MetaData, create_engine, inspect

from clearnotice.schema import Base

MIGRATIONS = Path(__file__).with_name("migrations")
BASELINE = "0001"
VERSION_TABLE = "alembic_version"


def target_metadata() -> MetaData:
    """The metadata of every table (all declared in clearnotice/schema.py)."""
    return Base.metadata


def _config(connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def heads() -> tuple[str, ...]:
    """The newest revision(s) of the migration scripts (one, unless two branches meet)."""
    return tuple(ScriptDirectory.from_config(_config(None)).get_heads())


def upgrade(engine: Engine) -> None:
    """Bring the database behind ``engine`` to the newest revision (see the module's note)."""
    metadata = target_metadata()
    with engine.begin() as connection:
        tables = set(inspect(connection).get_table_names())
        config = _config(connection)
        if not tables - {VERSION_TABLE}:
            metadata.create_all(connection)
            command.stamp(config, "head")
            return
        if VERSION_TABLE not in tables:
            command.stamp(config, BASELINE)
        command.upgrade(config, "head")


def write_revision(message: str) -> None:
    """Write a new migration script for what the table declarations add to the newest
    revision, by upgrading a scratch SQLite database and comparing. Review the script (and
    run ``ruff format``) before committing it."""
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
