"""The commands on a bad day for the database: one line on standard error saying what is wrong
and what to do, exit status 2, no traceback, and never the password of the database URL.

The commands run in the test's process (tests.cli_run), the configured URL in its environment
for the call: a fresh process for each call re-read and re-compiled the rules."""

from __future__ import annotations

import sqlite3

from clearnotice import db
from tests.cli_run import run_cli
from tests.core.test_cli_errors import closed_port, refused

PASSWORD = "s3cret-pa55"


def test_a_file_that_is_no_database_is_one_line(tmp_path):
    path = tmp_path / "clearnotice.sqlite3"
    path.write_text("not a database\n" * 100, encoding="utf-8")
    result = run_cli("export", "1", "--database", f"sqlite:///{path}")
    assert refused(result, db.DAMAGED), result.stderr


def test_a_database_from_a_newer_clearnotice_is_one_line(sqlite_url, approved_letter_id):
    with sqlite3.connect(sqlite_url.removeprefix("sqlite:///")) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    result = run_cli("export", str(approved_letter_id), "--database", sqlite_url)
    assert refused(result, "a newer ClearNotice"), result.stderr


def test_a_read_only_database_refusing_the_export_log_is_one_line(
    sqlite_url, approved_letter_id, tmp_path
):
    read_only = f"sqlite:///file:{sqlite_url.removeprefix('sqlite:///')}?mode=ro&uri=true"
    argv = ["export", str(approved_letter_id), "--format", "txt", "--database", read_only]
    out = tmp_path / "notice.txt"
    result = run_cli(*argv, "--out", str(out))
    # The export is logged before the file is handed over (clearnotice.commands.export): a
    # refused log is the one line, and no file is left, whole or partial.
    [said] = result.stderr.strip().splitlines()
    assert said == f"clearnotice export: not exported, the audit log refused it: {db.READ_ONLY}"
    assert result.returncode == 2 and list(tmp_path.glob("*notice.txt*")) == []


def test_the_configured_url_of_a_server_that_is_down_is_shown_without_its_password(tmp_path):
    url = f"postgresql+psycopg://clearnotice:{PASSWORD}@127.0.0.1:{closed_port()}/clearnotice"
    result = run_cli("first-admin", cwd=tmp_path, env={db.DATABASE_URL_ENV: url})
    assert refused(result, "postgresql+psycopg://clearnotice:***@127.0.0.1"), result.stderr
    assert db.UNREACHABLE in result.stderr
    assert PASSWORD not in result.stderr + result.stdout
