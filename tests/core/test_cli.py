"""The installed ``clearnotice`` command dispatches to each subcommand."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from clearnotice import cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_check_passes_a_complete_letter_and_fails_an_evasive_one():
    assert cli.main(["check", str(FIXTURES / "good-plain.md")]) == 0
    assert cli.main(["check", str(FIXTURES / "evasive-missing.md")]) == 1


def test_help_lists_every_subcommand(capsys):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert all(name in out for name in cli.COMMANDS)


def test_the_module_runs_as_a_program_and_reports_usage_errors():
    result = subprocess.run(
        [sys.executable, "-m", "clearnotice.cli", "nosuchcommand"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_first_admin_without_a_terminal_leaves_it_to_the_browser(tmp_path):
    env = {**os.environ, "CLEARNOTICE_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}"}
    result = subprocess.run(
        [sys.executable, "-m", "clearnotice.cli", "first-admin"],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    assert result.returncode == 0
    assert "ask for the first admin in the browser" in result.stdout
