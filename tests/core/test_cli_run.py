"""``tests.cli_run.run_cli``, the command line in the test's own process, answers as the program
does and leaves the process as it found it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from clearnotice.letters import Store
from tests.cli_run import run_cli, run_program

CSV = ["deadlines", "--discovered", "2026-03-03", "-j", "CA,TX", "--today", "2026-04-05"]


def test_it_answers_as_the_program_does_line_endings_included():
    # The CSV's lines end in CRLF, which text=True reads from a pipe as "\n".
    argv = [*CSV, "--format", "csv"]
    program, here = run_program(*argv), run_cli(*argv)
    assert program.returncode == 0 and "\r" not in program.stdout
    assert (here.returncode, here.stdout, here.stderr) == (0, program.stdout, program.stderr)


def test_what_is_logged_is_on_standard_error_as_the_program_prints_it(sqlite_url):
    # Exporting a letter the database does not hold logs, today, that the refusal could not
    # be written to the audit log, with its traceback (the program prints it: no logging is
    # configured); in the test's process pytest's log capture took it from standard error.
    Store(sqlite_url)
    argv = ["export", "1", "--database", sqlite_url]
    program, here = run_program(*argv), run_cli(*argv)
    said, printed = here.stderr.splitlines(), program.stderr.splitlines()
    assert (here.returncode, len(said), said[0], said[-1]) == (
        program.returncode,
        len(printed),
        printed[0],
        printed[-1],
    )


def test_a_usage_error_is_exit_two_with_its_line_on_standard_error():
    done = run_cli("nosuchcommand")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("clearnotice: argument COMMAND: invalid choice: 'nosuchcommand'")


def test_help_is_exit_zero_on_standard_output():
    done = run_cli("--help")
    assert done.returncode == 0 and "jurisdictions" in done.stdout and done.stderr == ""


def test_standard_input_is_empty():
    done = run_cli("check", "-")
    assert done.returncode == 2 and "the letter is empty" in done.stderr


def test_the_folder_and_the_environment_are_put_back(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("CLEARNOTICE_DATA_DIR", "kept")
    monkeypatch.delenv("CLEARNOTICE_DATABASE_URL", raising=False)
    here = os.getcwd()
    url = f"sqlite:///{tmp_path / 'nowhere' / 'db.sqlite3'}"
    done = run_cli(
        "first-admin",
        cwd=tmp_path,
        env={"CLEARNOTICE_DATABASE_URL": url, "CLEARNOTICE_DATA_DIR": "x"},
    )
    assert done.returncode == 2 and "cannot open the database" in done.stderr
    assert os.getcwd() == here
    assert os.environ["CLEARNOTICE_DATA_DIR"] == "kept"
    assert "CLEARNOTICE_DATABASE_URL" not in os.environ


def test_an_exception_propagates_and_still_puts_everything_back(tmp_path: Path, monkeypatch):
    monkeypatch.delenv("CLEARNOTICE_DATABASE_URL", raising=False)
    here = os.getcwd()
    with pytest.raises(FileNotFoundError):
        run_cli("check", "-", cwd=tmp_path / "missing", env={"CLEARNOTICE_DATABASE_URL": "x"})
    assert os.getcwd() == here and "CLEARNOTICE_DATABASE_URL" not in os.environ
