"""Migrations on a bad day: one cut short leaves the schema as it was, to run again whole on
the next start, and two servers starting on a new database at once build it once."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from clearnotice import migrate
from clearnotice.letters import Store

ROOT = Path(__file__).resolve().parents[2]

NEWEST = migrate.newest()
NEXT = f"{int(NEWEST) + 1:04d}"
# A next migration that stops between its steps, as a crash or a full disk would stop it.
CUT_SHORT = '''"""A column and a table, then a stop before the revision is recorded.

Revision ID: NEXT
Revises: NEWEST
"""

import sqlalchemy as sa
from alembic import op

revision = "NEXT"
down_revision = "NEWEST"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("letters") as batch_op:
        batch_op.add_column(sa.Column("half_done", sa.Integer(), nullable=True))
    op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
    STOP


def downgrade() -> None:
    pass
'''


def _with_next_migration(tmp_path: Path, monkeypatch, stop: bool) -> None:
    """The migration scripts, with CUT_SHORT as the next (stopping half-way when ``stop``)."""
    folder = tmp_path / "migrations"
    if not folder.exists():
        shutil.copytree(migrate.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    stopping = 'raise RuntimeError("the power went")' if stop else "pass"
    script = CUT_SHORT.replace("STOP", stopping).replace("NEXT", NEXT).replace("NEWEST", NEWEST)
    (folder / "versions" / f"{NEXT}_half_done.py").write_text(script, encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS", folder)


def _schema(url: str) -> tuple[set[str], set[str], set[str]]:
    """The tables, the letters table's columns and the recorded revisions."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            found = inspect(connection)
            columns = {c["name"] for c in found.get_columns("letters")}
            revisions = set(connection.execute(text("SELECT version_num FROM alembic_version")))
            return set(found.get_table_names()), columns, {r[0] for r in revisions}
    finally:
        engine.dispose()


def test_a_migration_cut_short_leaves_the_schema_as_it_was(database_url, tmp_path, monkeypatch):
    Store(database_url).session_factory.kw["bind"].dispose()  # at the newest, as released
    before = _schema(database_url)
    _with_next_migration(tmp_path, monkeypatch, stop=True)
    with pytest.raises(RuntimeError, match="the power went"):
        Store(database_url)
    assert _schema(database_url) == before
    _with_next_migration(tmp_path, monkeypatch, stop=False)  # the next start: it runs whole
    Store(database_url).session_factory.kw["bind"].dispose()
    tables, columns, revisions = _schema(database_url)
    assert "half_done" in tables and "half_done" in columns and revisions == {NEXT}


# Each process waits for the same moment, then opens the database, as a server starting does.
STARTER = """
import sys, time
from clearnotice.letters import Store
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
Store(sys.argv[1])
print("opened")
"""


def test_two_servers_starting_on_a_new_database_at_once_build_it_once(database_url):
    start = time.time() + 4  # both interpreters have loaded SQLAlchemy by then
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    servers = [
        subprocess.Popen(
            [sys.executable, "-c", STARTER, database_url, str(start)],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for _ in range(2)
    ]
    results = [server.communicate(timeout=120) for server in servers]
    for server, (out, err) in zip(servers, results, strict=True):
        assert server.returncode == 0 and out.strip() == "opened", err
    tables, _columns, revisions = _schema(database_url)
    assert revisions == {migrate.newest()}
    with create_engine(database_url).connect() as connection:
        rows = connection.execute(text("SELECT count(*) FROM alembic_version")).scalar()
    assert rows == 1
    assert "letters" in tables
