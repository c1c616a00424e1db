"""The command line: usage and environment problems are one line and exit 2, files are replaced
only with --force, exports are logged only once written, and the audit log names the operating
system's user whatever --actor claims.

The commands run in the test's process (tests.cli_run): a fresh process for each call re-read
and re-compiled the rules, most of this file's time in the suite. The audit log's test runs the
real program as a subprocess: the user it names is the one the process runs as."""

from __future__ import annotations

import getpass
import socket
import subprocess
from pathlib import Path

import pytest

from clearnotice import audit
from clearnotice.letters import Store
from tests.cli_run import run_cli, run_program

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def refused(result: subprocess.CompletedProcess, message: str) -> bool:
    """Exit 2 with ``message`` on one line of standard error and no traceback."""
    lines = result.stderr.strip().splitlines()
    return (
        result.returncode == 2
        and len(lines) == 1
        and message in lines[0]
        and "Traceback" not in result.stderr
    )


def exports(database: str, letter_id: int) -> list[audit.AuditEvent]:
    store = Store(database)
    with store.session() as session:
        found = audit.events(session, action="export", letter_id=letter_id)
    store.session_factory.kw["bind"].dispose()
    return found


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(
            ["export", "1", "--database", "not a url"], "not one ClearNotice can use", id="bad-url"
        ),
        pytest.param(
            ["export", "1", "--database", "nosuchdialect://host/db"],
            "not one ClearNotice can use",
            id="unknown-dialect",
        ),
        pytest.param(
            ["merge", "1", "x.csv", "--database", "postgresql+psycopg://u:secret@127.0.0.1:{port}/db"],
            "cannot open the database postgresql+psycopg://u:***@127.0.0.1",
            id="unreachable-postgresql",
        ),
        pytest.param(
            ["export", "99999999999999999999", "--database", "{sqlite}"],
            "is not a number from 1 to 2147483647",
            id="id-too-large",
        ),
        pytest.param(
            ["export", "1", "--database", "sqlite:////nonexistent/folder/db.sqlite3"],
            "cannot open the database",
            id="sqlite-folder-missing",
        ),
    ],
)  # fmt: skip
def test_usage_and_environment_errors_are_one_line_and_exit_2(tmp_path, argv, message):
    sqlite = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    argv = [a.format(port=closed_port(), sqlite=sqlite) for a in argv]
    result = run_cli(*argv, cwd=tmp_path)
    assert refused(result, message), result.stderr
    assert "secret" not in result.stderr


def test_export_refuses_to_overwrite_a_file_without_force(sqlite_url, approved_letter_id, tmp_path):
    out = tmp_path / "notice.txt"
    out.write_text("someone's notes", encoding="utf-8")
    argv = ["export", str(approved_letter_id), "--format", "txt", "--database", sqlite_url]
    result = run_cli(*argv, "--out", str(out))
    assert refused(result, "exists; add --force to replace it"), result.stderr
    assert out.read_text(encoding="utf-8") == "someone's notes"
    assert exports(sqlite_url, approved_letter_id) == []

    assert run_cli(*argv, "--out", str(out), "--force").returncode == 0
    assert "Notice of Data Breach" in out.read_text(encoding="utf-8")
    assert len(exports(sqlite_url, approved_letter_id)) == 1


def test_export_into_a_folder_refuses_to_replace_the_file_there(
    sqlite_url, approved_letter_id, tmp_path
):
    argv = ["export", str(approved_letter_id), "--format", "md", "--database", sqlite_url]
    assert run_cli(*argv, "--out", str(tmp_path)).returncode == 0
    [written] = tmp_path.glob("*.md")
    written.write_text("edited by hand", encoding="utf-8")
    assert refused(run_cli(*argv, "--out", str(tmp_path)), "exists; add --force")
    assert written.read_text(encoding="utf-8") == "edited by hand"


def test_a_failed_write_is_not_logged_as_an_export(sqlite_url, approved_letter_id):
    result = run_cli(
        "export", str(approved_letter_id), "--format", "txt", "--database", sqlite_url,
        "--out", "/dev/full",
    )  # fmt: skip
    assert refused(result, "No space left on device"), result.stderr
    assert exports(sqlite_url, approved_letter_id) == []


@pytest.mark.parametrize("existing", ["zip", "manifest", "out-is-a-file"])
def test_merge_refuses_to_overwrite_without_force(
    sqlite_url, approved_letter_id, tmp_path, existing
):
    out = tmp_path / "merged"
    out.mkdir()
    victim = {
        "zip": out / f"letter-{approved_letter_id}-pdf.zip",
        "manifest": out / "manifest.csv",
        "out-is-a-file": tmp_path / "merged.txt",
    }[existing]
    victim.write_text("keep me", encoding="utf-8")
    target = victim if existing == "out-is-a-file" else out
    result = run_cli(
        "merge", str(approved_letter_id), str(FIXTURES / "customers.csv"),
        "--database", sqlite_url, "--out", str(target),
    )  # fmt: skip
    message = "is a file; give a folder" if existing == "out-is-a-file" else "add --force"
    assert refused(result, message), result.stderr
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert exports(sqlite_url, approved_letter_id) == []


def test_the_audit_log_names_the_login_and_keeps_actor_only_as_a_claim(
    sqlite_url, approved_letter_id, tmp_path
):
    result = run_program(
        "export", str(approved_letter_id), "--format", "txt", "--database", sqlite_url,
        "--out", str(tmp_path / "n.txt"), "--actor", "the chief counsel",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [event] = exports(sqlite_url, approved_letter_id)
    assert event.actor == f"cli:{getpass.getuser()}"
    assert event.detail.endswith("[--actor claims: the chief counsel]")
