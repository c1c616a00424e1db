"""Reading a customer list (CSV or XLSX) into a table of text cells, with a note on every
malformed row instead of losing it.

CSV is split with Python's csv module and then handed to pandas: pandas' own CSV readers,
given the sample list's unquoted ``=HYPERLINK("...","Click")``, either refused the whole file
(C engine) or dropped that row without a word (python engine with ``on_bad_lines``). Here a row
with more values than the header has is kept and held back with a message; a shorter row is
padded and noted.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

MAX_FILE_BYTES = 50 * 1024 * 1024
_DELIMITERS = (",", ";", "\t", "|")


class ListError(ValueError):
    """A list that cannot be read at all; the message says what to do."""


@dataclass(frozen=True)
class RowNote:
    message: str
    hold: bool  # True: the row must not merge until it is fixed


@dataclass(frozen=True)
class CustomerList:
    """Rows as text, indexed by their position in the file (0 = the first row under the header);
    ``notes`` says what was wrong with a row's shape; ``blank_rows`` were empty and skipped."""

    table: pd.DataFrame
    notes: dict[int, RowNote] = field(default_factory=dict)
    blank_rows: int = 0

    @property
    def columns(self) -> list[str]:
        return list(self.table.columns)

    def __len__(self) -> int:
        return len(self.table)


def read_customer_list(source: str | Path | bytes, filename: str | None = None) -> CustomerList:
    """Every cell as text, exactly as typed: "02108" keeps its zero and "NA" stays a name."""
    if isinstance(source, bytes):
        data, name = source, (filename or "")
    else:
        data, name = Path(source).read_bytes(), (filename or str(source))
    if len(data) > MAX_FILE_BYTES:
        raise ListError(f"the list is larger than {MAX_FILE_BYTES // 2**20} MB; split it up")
    if not data.strip():
        raise ListError("the customer list is empty")
    lower = name.lower()
    if lower.endswith(".xls"):
        raise ListError("old .xls files are not supported: save the list as .xlsx or .csv")
    if lower.endswith((".xlsx", ".xlsm")) or data[:4] == b"PK\x03\x04":
        header, rows = _read_xlsx(data)
    else:
        header, rows = _read_csv(data)
    return _build(header, rows)


def _read_xlsx(data: bytes) -> tuple[list[str], list[list[str]]]:
    try:
        # openpyxl returns the values a spreadsheet last computed; it never runs a formula
        sheet = pd.read_excel(
            io.BytesIO(data), dtype=str, header=None, keep_default_na=False, engine="openpyxl"
        )
    except (ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise ListError(f"could not read the spreadsheet: {exc}") from exc
    rows = [["" if pd.isna(v) else str(v) for v in row] for row in sheet.itertuples(index=False)]
    if not rows:
        raise ListError("the spreadsheet's first sheet is empty")
    return rows[0], rows[1:]


def _read_csv(data: bytes) -> tuple[list[str], list[list[str]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # Excel on Windows saves "CSV" this way
    first_line = text.split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=first_line.count)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise ListError(f"could not read the CSV file: {exc}") from exc
    if not rows:
        raise ListError("the customer list is empty")
    return rows[0], rows[1:]


def _build(header: list[str], rows: list[list[str]]) -> CustomerList:
    columns = _unique_columns(header)
    width = len(columns)
    kept: list[list[str]] = []
    index: list[int] = []
    notes: dict[int, RowNote] = {}
    blank = 0
    for position, row in enumerate(rows):
        if not any(cell.strip() for cell in row):
            blank += 1
            continue
        if len(row) > width:
            extra = ", ".join(repr(v) for v in row[width:])
            notes[position] = RowNote(
                f"this row has {len(row)} values but the header has {width} columns, so its "
                f"values may be in the wrong columns (a comma inside a value that is not in "
                f"quotes?); extra values: {extra}. Fix the row in the list.",
                hold=True,
            )
            row = row[:width]
        elif len(row) < width:
            notes[position] = RowNote(
                f"this row has {len(row)} values for {width} columns; the last ones are empty.",
                hold=False,
            )
            row = row + [""] * (width - len(row))
        kept.append(row)
        index.append(position)
    if not kept:
        raise ListError("the customer list has a header but no rows")
    table = pd.DataFrame(kept, columns=columns, index=index, dtype=str)
    return CustomerList(table, notes, blank)


def _unique_columns(header: list[str]) -> list[str]:
    columns: list[str] = []
    for number, raw in enumerate(header, start=1):
        name = raw.strip() or f"column {number}"
        candidate, suffix = name, 2
        while candidate in columns:
            candidate, suffix = f"{name} ({suffix})", suffix + 1
        columns.append(candidate)
    return columns
