"""The export and merge commands, driven through their own argument parsers."""

from __future__ import annotations

import argparse
import csv
import getpass
import io
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from clearnotice import audit
from clearnotice.accounts import Role
from clearnotice.commands import export as export_command
from clearnotice.commands import merge as merge_command
from clearnotice.letters import Store
from tests.accounts import add_accounts
from tests.approving import approve_newest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ENGLISH = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
SPANISH = (FIXTURES / "good-plain.es.md").read_text(encoding="utf-8")


def run(command, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    return command.run(parser.parse_args(argv))


@pytest.fixture
def database(sqlite_url: str) -> str:
    return sqlite_url


@pytest.fixture
def letter_id(approved_letter_id: int) -> int:
    return approved_letter_id


def test_export_writes_the_approved_spanish_pdf(database, letter_id, tmp_path, capsys):
    out = tmp_path / "aviso.pdf"
    status = run(
        export_command, str(letter_id), "--language", "es", "--format", "pdf",
        "--out", str(out), "--database", database,
    )  # fmt: skip
    assert status == 0
    text = PdfReader(out).pages[0].extract_text()
    assert "Aviso de violación de datos" in text and "DRAFT" not in text
    assert "placeholders" in capsys.readouterr().err


def test_export_of_an_unapproved_version_says_draft_and_can_fail_the_build(
    database, letter_id, tmp_path, capsys
):
    store = Store(database)
    add_accounts(store, ed=Role.EDITOR)
    first = store.latest_version(letter_id)
    store.save_version(
        letter_id, ENGLISH + "\nP.S.\n", base_version_id=first.id, actor="ed", new_draft=True
    )
    status = run(
        export_command, str(letter_id), "--version", "2", "--format", "txt",
        "--out", str(tmp_path), "--require-approved", "--database", database,
    )  # fmt: skip
    assert status == 1
    written = tmp_path / "march-incident-en-v2-DRAFT.txt"
    assert written.read_text(encoding="utf-8").startswith("DRAFT")
    assert "DRAFT: en v2 is not the approved version (v1 is)." in capsys.readouterr().err


def test_export_to_standard_output(database, letter_id, capsysbinary):
    status = run(
        export_command, str(letter_id), "--format", "md", "--out", "-", "--database", database
    )
    assert status == 0
    assert capsysbinary.readouterr().out.decode("utf-8") == ENGLISH


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["999"], "there is no letter 999"),
        (["{id}", "--language", "fr"], "has no fr text"),
        (["{id}", "--version", "7"], "has no en version 7"),
    ],
    ids=["letter", "language", "version"],
)
def test_export_errors_exit_2_with_a_message(database, letter_id, capsys, argv, message):
    argv = [a.format(id=letter_id) for a in argv]
    assert run(export_command, *argv, "--database", database) == 2
    assert message in capsys.readouterr().err


def test_merge_of_the_sample_list_writes_zip_and_manifest_and_exits_1_for_held_rows(
    database, letter_id, tmp_path, capsys
):
    status = run(
        merge_command, str(letter_id), str(FIXTURES / "customers.csv"), "--format", "pdf",
        "--out", str(tmp_path), "--database", database, "--actor", "sender",
    )  # fmt: skip
    assert status == 1
    err = capsys.readouterr().err
    assert "5 letters, 3 rows held, of 8 rows" in err
    assert "row 7: held: customer_name is empty" in err
    manifest = list(csv.DictReader((tmp_path / "manifest.csv").open(encoding="utf-8")))
    assert [r["outcome"] for r in manifest].count("merged") == 5
    with zipfile.ZipFile(tmp_path / f"letter-{letter_id}-pdf.zip") as archive:
        assert len([n for n in archive.namelist() if n.endswith(".pdf")]) == 5
    with Store(database).session() as session:
        [event] = audit.events(session, action="export", letter_id=letter_id)
    assert event.actor == f"cli:{getpass.getuser()}" and "5 letters, 3 rows held" in event.detail
    assert event.detail.endswith("[--actor claims: sender]")


def test_merge_preview_prints_one_rows_letter(database, letter_id, capsys):
    status = run(
        merge_command, str(letter_id), str(FIXTURES / "customers.csv"), "--preview", "2",
        "--database", database,
    )  # fmt: skip
    out = capsys.readouterr().out
    assert status == 0 and "Estimado/a Maria Gonzalez:" in out


def test_merge_preview_takes_the_rows_line_after_a_quoted_line_break(
    database, letter_id, tmp_path, capsys
):
    """Maria's street is two lines inside quotes, so James's row starts on line 4 of the file,
    as the merge's own messages and the manifest's "lines" column number it."""
    lines = (FIXTURES / "customers.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    customers = tmp_path / "customers.csv"
    customers.write_text(
        "".join([lines[0], lines[1].replace("12 Palm Ave", '"12 Palm Ave\nApt 4"'), lines[2]]),
        encoding="utf-8",
    )
    for line, name in (("4", "James O'Neill"), ("3", "Maria Gonzalez")):
        status = run(
            merge_command, str(letter_id), str(customers), "--preview", line,
            "--database", database,
        )  # fmt: skip
        assert status == 0 and name in capsys.readouterr().out, line


def test_a_held_row_after_a_quoted_line_break_is_named_by_its_line_too(
    database, letter_id, tmp_path, capsys
):
    """The held row was named "row 3", as a spreadsheet counts it; ``--preview 3`` takes lines,
    and line 3 is the second line of the row above it."""
    lines = (FIXTURES / "customers.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    customers = tmp_path / "customers.csv"
    maria = lines[1].replace("12 Palm Ave", '"12 Palm Ave\nApt 4"')
    customers.write_text("".join([lines[0], maria, lines[6]]), encoding="utf-8")  # no name
    status = run(
        merge_command, str(letter_id), str(customers), "--out", str(tmp_path / "out"),
        "--database", database,
    )  # fmt: skip
    assert status == 1
    assert "row 3 (line 4): held: customer_name is empty" in capsys.readouterr().err


def test_merge_map_and_set_options_fill_placeholders(database, tmp_path):
    store = Store(database)
    add_accounts(store, lawyer=Role.LEGAL, e=Role.EDITOR)
    letter = store.create_letter("Short", "Dear {{ who }}, call {{ phone }}.", actor="e")
    approve_newest(store, letter.id)
    customers = tmp_path / "list.csv"
    customers.write_text("full name\nAda Lovelace\n", encoding="utf-8")
    status = run(
        merge_command, str(letter.id), str(customers), "--map", "who=full name",
        "--set", "phone=1-800-555-0142", "--out", str(tmp_path), "--database", database,
        "--accept-exceptions",  # a fragment, approved for FRAGMENT despite its missing items
    )  # fmt: skip
    assert status == 0
    with zipfile.ZipFile(tmp_path / f"letter-{letter.id}-pdf.zip") as archive:
        [name] = [n for n in archive.namelist() if n.endswith(".pdf")]
        text = PdfReader(io.BytesIO(archive.read(name))).pages[0].extract_text()
    assert "Dear Ada Lovelace, call 1-800-555-0142." in text


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--map", "customer_name=nope"], "the list has no column 'nope'"),
        (["--map", "oops"], "write it as placeholder=value"),
        (["--language-column", "idioma"], "--language-column idioma"),
    ],
    ids=["unknown-column", "malformed", "unknown-language-column"],
)
def test_merge_option_errors_exit_2(database, letter_id, tmp_path, capsys, extra, message):
    status = run(
        merge_command, str(letter_id), str(FIXTURES / "customers.csv"), *extra,
        "--out", str(tmp_path), "--database", database,
    )  # fmt: skip
    assert status == 2 and message in capsys.readouterr().err


def _read_only(url: str) -> str:
    """``url``'s SQLite file opened read-only (what SQLite falls back to for a file it may not
    write; root, whom file permissions do not stop, may run the tests)."""
    return f"sqlite:///file:{url.removeprefix('sqlite:///')}?mode=ro&uri=true"


def test_an_export_the_audit_log_refuses_writes_no_file(database, letter_id, tmp_path, capsys):
    out = tmp_path / "aviso.pdf"
    status = run(
        export_command, str(letter_id), "--format", "pdf", "--out", str(out),
        "--database", _read_only(database),
    )  # fmt: skip
    assert status == 2
    assert list(tmp_path.glob("aviso*")) == []  # nor a partial file beside it
    err = capsys.readouterr().err
    assert "not exported" in err and "read-only" in err and "wrote" not in err


def test_an_export_to_standard_output_the_log_refuses_prints_nothing(
    database, letter_id, capsysbinary
):
    status = run(
        export_command, str(letter_id), "--format", "txt", "--out", "-",
        "--database", _read_only(database),
    )  # fmt: skip
    assert status == 2
    captured = capsysbinary.readouterr()
    assert captured.out == b"" and b"read-only" in captured.err
