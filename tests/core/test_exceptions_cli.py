"""`clearnotice export` and `clearnotice merge` refuse text approved with exceptions unless given
--accept-exceptions, and list the exceptions when they refuse.

The export's test runs the real program as a subprocess: it writes the letter's bytes to the
process's standard output (--out -). The merge runs in the test's process (tests.cli_run): a
fresh process re-read and re-compiled the rules, most of its time in the suite."""

from __future__ import annotations

import csv
import json

import pytest

from clearnotice.accounts import Role
from clearnotice.letters import Store
from tests.accounts import add_accounts
from tests.approving import EXCEPTION_REASON, letter_approved_with_exceptions
from tests.cli_run import run_cli, run_program
from tests.core.test_cli_errors import refused

CUSTOMERS = "customer_id,customer_name,language\nC-1,Maria Gonzalez,es\nC-2,James O'Neill,en\n"


@pytest.fixture
def letter_id(sqlite_url: str) -> int:
    store = Store(sqlite_url)
    add_accounts(store, lawyer=Role.LEGAL)
    return letter_approved_with_exceptions(store)


def test_export_refuses_text_approved_with_exceptions_unless_they_are_accepted(
    sqlite_url, letter_id, tmp_path
):
    argv = ("export", str(letter_id), "--language", "es", "--format", "md")
    result = run_program(*argv, "--out", str(tmp_path), "--database", sqlite_url)
    assert refused(result, "es v1 was approved with exceptions (Glossary “")
    assert EXCEPTION_REASON in result.stderr and "--accept-exceptions" in result.stderr
    assert list(tmp_path.glob("*.md")) == []
    accepted = run_program(*argv, "--out", "-", "--database", sqlite_url, "--accept-exceptions")
    assert accepted.returncode == 0
    assert "vigilancia de crédito" in accepted.stdout
    record = run_program(
        "export", str(letter_id), "--format", "json", "--out", "-", "--database", sqlite_url
    )
    spanish = {row["language"]: row for row in json.loads(record.stdout)["approvals"]}["es"]
    assert {e["reason"] for e in spanish["exceptions"]} == {EXCEPTION_REASON}


def _manifest(folder) -> dict[str, dict]:
    with (folder / "manifest.csv").open(encoding="utf-8") as handle:
        return {row["customer_id"]: row for row in csv.DictReader(handle)}


def test_merge_uses_text_with_exceptions_only_when_accepted_and_lists_them(
    sqlite_url, letter_id, tmp_path
):
    customers = tmp_path / "customers.csv"
    customers.write_text(CUSTOMERS, encoding="utf-8")
    plain, accepted = tmp_path / "plain", tmp_path / "accepted"
    argv = ("merge", str(letter_id), str(customers), "--format", "docx", "--database", sqlite_url)
    left_out = run_cli(*argv, "--out", str(plain))
    assert left_out.returncode == 0, left_out.stderr
    assert "es v1 was approved with exceptions" in left_out.stderr
    assert "--accept-exceptions" in left_out.stderr
    rows = _manifest(plain)
    assert rows["C-1"]["letter_language"] == "en"
    assert rows["C-1"]["approval_exceptions"] == ""
    merged = run_cli(*argv, "--out", str(accepted), "--accept-exceptions")
    assert merged.returncode == 0, merged.stderr
    rows = _manifest(accepted)
    assert rows["C-1"]["letter_language"] == "es"
    assert "Glossary “" in rows["C-1"]["approval_exceptions"]
    assert EXCEPTION_REASON in rows["C-1"]["approval_exceptions"]
    assert rows["C-2"]["approval_exceptions"] == ""
