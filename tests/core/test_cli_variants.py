"""``clearnotice variants`` run as a command: one file per variant and a JSON map of each
jurisdiction to its letter with the reasons.

The command runs in the test's process (tests.cli_run): a fresh process for each call re-read
and re-compiled the rules, most of this file's time in the suite."""

from __future__ import annotations

import json
from pathlib import Path

from clearnotice import audit
from clearnotice.commands.invocation import cli_actor
from clearnotice.letter_lifecycle import delete
from clearnotice.letters import Store
from tests.accounts import add_writers
from tests.cli_run import run_cli

MASTER = (Path(__file__).resolve().parents[1] / "fixtures" / "master-six-states.md").read_text()


def _master(database_url: str):
    """The master letter, written by the editor account ``editor``."""
    store = Store(database_url)
    add_writers(store, "editor")
    return store.create_letter("March incident", MASTER, actor="editor")


def test_variants_writes_one_file_per_variant_and_the_map_with_reasons(sqlite_url, tmp_path):
    letter = _master(sqlite_url)
    out = tmp_path / "variants"
    codes = "CA,MA,IL,NY,MD"
    argv = ("variants", str(letter.id), "--jurisdictions", codes, "--out", str(out))
    result = run_cli(*argv, "--database", sqlite_url)
    assert result.returncode == 0, result.stderr
    mapping = json.loads((out / "variants.json").read_text())
    assert set(mapping["jurisdictions"]) == set(codes.split(","))
    assert mapping["jurisdictions"]["MA"]["variant"] == "MA"
    assert any("93H, section 3(b)" in r for r in mapping["jurisdictions"]["MA"]["reasons"])
    files = sorted(p.name for p in out.glob("*.md"))
    assert files == [f"letter-{letter.id}-CA-IL-MD-NY.md", f"letter-{letter.id}-MA.md"]
    assert all(v["passes"] for v in mapping["variants"])
    assert "The breach affected" not in (out / files[1]).read_text()
    # run again: nothing is replaced without --force
    again = run_cli(*argv, "--database", sqlite_url)
    assert again.returncode == 2 and "add --force" in again.stderr


def test_an_unknown_jurisdiction_or_letter_is_one_line_and_exit_2(sqlite_url, tmp_path):
    letter = _master(sqlite_url)
    out = tmp_path / "out"
    bad = run_cli(
        "variants", str(letter.id), "--jurisdictions", "CA,ZZ", "--out", str(out),
        "--database", sqlite_url,
    )  # fmt: skip
    assert bad.returncode == 2 and "unknown jurisdiction 'ZZ'" in bad.stderr
    assert "Traceback" not in bad.stderr and not out.exists()
    missing = run_cli("variants", "999", "--out", str(tmp_path), "--database", sqlite_url)
    assert missing.returncode == 2 and "there is no letter 999" in missing.stderr


def test_variants_from_a_customer_list_serve_the_states_its_customers_live_in(sqlite_url, tmp_path):
    letter = _master(sqlite_url)
    customers = tmp_path / "customers.csv"
    customers.write_text(
        "name,state,country\n"
        "Ana,Massachusetts,US\nBo,MA,\nCy,ca,\nDee,Illinois,\nEd,New York,\nFay,Atlantis,\n",
        encoding="utf-8",
    )
    out = tmp_path / "variants"
    result = run_cli(
        "variants", str(letter.id), "--from-list", str(customers), "--out", str(out),
        "--database", sqlite_url,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    mapping = json.loads((out / "variants.json").read_text())
    assert set(mapping["jurisdictions"]) == {"MA", "CA", "IL", "NY"}
    assert mapping["jurisdictions"]["MA"]["variant"] == "MA"
    assert "the list names 4 jurisdictions: MA (2 rows), " in result.stderr
    assert "no place read for sure in 1 row" in result.stderr and "line 7: " in result.stderr
    nowhere = tmp_path / "nowhere.csv"
    nowhere.write_text("name,country\nGus,Japan\n", encoding="utf-8")
    refused = run_cli(
        "variants", str(letter.id), "--from-list", str(nowhere),
        "--out", str(tmp_path / "none"), "--database", sqlite_url,
    )  # fmt: skip
    assert refused.returncode == 2 and "names no state or country" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_the_files_written_are_in_the_audit_log_under_the_command_line(sqlite_url, tmp_path):
    """Every other way a letter's text leaves the database is logged with who took it (an
    export, a merge); ``variants`` wrote a letter's text to files and logged nothing."""
    letter = _master(sqlite_url)
    out = tmp_path / "variants"
    result = run_cli(
        "variants", str(letter.id), "--jurisdictions", "CA,MA", "--out", str(out),
        "--database", sqlite_url, "--actor", "Dana",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with Store(sqlite_url).session() as s:
        [event] = audit.events(s, action="export", letter_id=letter.id)
    assert event.actor == cli_actor()
    assert event.detail == f"variants CA, MA of en v1 to {out} [--actor claims: Dana]"


def test_a_deleted_letter_gives_no_variants(sqlite_url, tmp_path):
    """Export refuses a deleted letter until an admin restores it; ``variants`` wrote it out."""
    letter = _master(sqlite_url)
    delete(Store(sqlite_url), letter.id, actor="editor")
    out = tmp_path / "variants"
    result = run_cli(
        "variants", str(letter.id), "--jurisdictions", "CA,MA", "--out", str(out),
        "--database", sqlite_url,
    )  # fmt: skip
    assert result.returncode == 2 and "was deleted" in result.stderr
    assert not out.exists()
