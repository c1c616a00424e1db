"""A merge's summary in plain words (a walk through the app, 2026-12-01)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearnotice.export.mailmerge import MergeResult
from clearnotice.export.merge_rows import RowCheck, instead_lines


def test_one_customer_given_the_source_language_is_one_customer_who_gets_it():
    """The Export page said "1 customer get English (en)" for the one French row of a list."""
    rows = [RowCheck(0, language="en", instead_of="French (fr)")]
    [line] = instead_lines(rows)
    assert line.startswith("1 customer gets English (en), the letter's source language")
    assert "instead of the language the row asks for" in line


@pytest.mark.parametrize(
    ("merged", "held", "total", "said"),
    [
        (1, 1, 2, "1 letter, 1 row held, of 2 rows"),
        (5, 3, 8, "5 letters, 3 rows held, of 8 rows"),
        (0, 1, 1, "0 letters, 1 row held, of 1 row"),
    ],
)
def test_a_merge_counts_its_letters_and_rows_in_words_that_agree(merged, held, total, said):
    """The Export page said "1 letters written, 1 rows held back"; the page, the command and
    the audit log now say it alike."""
    result = MergeResult(Path("merge.zip"), "", total, merged, held, 0.5)
    assert result.counted() == said
