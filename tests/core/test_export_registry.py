"""Export formats are one registry: every caller (export, the commands, mail merge) reads it, so a
format added by one line there is offered and written everywhere without another change."""

from __future__ import annotations

import argparse
import importlib
import zipfile
from pathlib import Path

import pytest

from clearnotice.commands import export as export_command
from clearnotice.commands import merge as merge_command
from clearnotice.export.customer_list import read_customer_list
from clearnotice.export.document import Document
from clearnotice.export.formats import export_letter
from clearnotice.export.mailmerge import merge
from clearnotice.export.merge_plan import plan_merge, suggest_mapping
from clearnotice.export.registry import FORMATS, ExportError, LetterFormat, render
from clearnotice.letters import Store
from tests.accounts import add_writers

CUSTOMERS = Path(__file__).resolve().parents[1] / "fixtures" / "customers.csv"


def render_shouting(document: Document, layout: str) -> str:
    """A letter format that exists only in this test: the letter's text in capitals."""
    return document.plain.upper()


SHOUTING = LetterFormat(
    "shout",
    "shout.txt",
    "text/plain; charset=utf-8",
    "Shouting (test)",
    f"{__name__}:render_shouting",
    mergeable=True,
)


@pytest.fixture
def shouting(monkeypatch):
    monkeypatch.setitem(FORMATS, SHOUTING.name, SHOUTING)


def run(command, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    return command.run(parser.parse_args(argv))


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_registered_format_names_a_renderer_that_exists(name):
    module, _, function = FORMATS[name].renderer.partition(":")
    assert callable(getattr(importlib.import_module(module), function))


def test_a_format_added_by_one_registry_line_is_exported_by_the_core(shouting, sqlite_url):
    store = Store(sqlite_url)
    add_writers(store, "editor")
    letter = store.create_letter("Notice", "# Notice\n\nWe are sorry.", actor="editor")
    result = export_letter(store, letter.id, fmt="shout", actor="tester")
    assert result.data.decode("utf-8") == "NOTICE\n\nWE ARE SORRY."
    assert result.filename == "notice-en-v1-DRAFT.shout.txt"
    assert result.media_type == "text/plain; charset=utf-8"


def test_a_format_added_by_one_registry_line_is_offered_by_the_export_command(
    shouting, sqlite_url, approved_letter_id, tmp_path
):
    out = tmp_path / "letter.txt"
    status = run(
        export_command, str(approved_letter_id), "--format", "shout", "--out", str(out),
        "--database", sqlite_url,
    )  # fmt: skip
    assert status == 0
    assert "NOTICE OF DATA BREACH" in out.read_text(encoding="utf-8")


def test_a_mergeable_format_added_by_one_registry_line_is_merged(
    shouting, sqlite_url, approved_letter_id, tmp_path
):
    store = Store(sqlite_url)
    customers = read_customer_list(CUSTOMERS)
    mapping = suggest_mapping(["customer_name"], customers.columns)
    plan = plan_merge(store, approved_letter_id, mapping, fmt="shout")
    result = merge(plan, customers, tmp_path / "letters.zip", workers=1)
    with zipfile.ZipFile(result.zip_path) as archive:
        letters = [name for name in archive.namelist() if name.startswith("letters/")]
        assert letters and all(name.endswith(".shout.txt") for name in letters)
        first = archive.read(letters[0]).decode("utf-8")
    assert "MARIA GONZALEZ" in first
    status = run(
        merge_command, str(approved_letter_id), str(CUSTOMERS), "--format", "shout",
        "--out", str(tmp_path / "cli"), "--database", sqlite_url,
    )  # fmt: skip
    assert status in (0, 1)  # 1: the sample list holds some rows back on purpose
    assert (tmp_path / "cli" / f"letter-{approved_letter_id}-shout.zip").exists()


def test_the_approval_record_is_not_a_letter_format():
    with pytest.raises(ExportError, match="'json' is not a letter format"):
        render("json", Document.from_markdown("Hello.", "en"))


def test_an_unknown_format_is_refused_with_the_choices_named():
    with pytest.raises(ExportError, match="unknown format 'rtf'; choose one of pdf, docx"):
        render("rtf", Document.from_markdown("Hello.", "en"))
