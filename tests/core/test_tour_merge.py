"""A merge's summary in plain words (a walk through the app, 2026-12-01)."""

from __future__ import annotations

from clearnotice.export.merge_rows import RowCheck, instead_lines


def test_one_customer_given_the_source_language_is_one_customer_who_gets_it():
    """The Export page said "1 customer get English (en)" for the one French row of a list."""
    rows = [RowCheck(0, language="en", instead_of="French (fr)")]
    [line] = instead_lines(rows)
    assert line.startswith("1 customer gets English (en), the letter's source language")
    assert "instead of the language the row asks for" in line
