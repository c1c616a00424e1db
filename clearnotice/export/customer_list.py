"""Reading a customer list (CSV or XLSX) into a table of text cells, refusing a list that cannot
be read with certainty and holding back, with a reason, every row whose shape is wrong.

CSV goes through ``csv_text``'s strict reader, not pandas or the csv module: both let a quote
that never closes merge the following customers into one value without a word. A row with more
or fewer values than the header has columns, wrong quoting, or a value beyond the limits below
is held; it stays in the table so the manifest lists it.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

import pandas as pd
from lxml import etree
from openpyxl.utils.cell import column_index_from_string, get_column_letter, range_boundaries
from openpyxl.utils.datetime import MAC_EPOCH

from clearnotice import office_packages
from clearnotice.export.csv_text import (
    DELIMITERS,
    CsvError,
    Record,
    decode,
    delimiter_name,
    excel_separator,
    header_delimiter,
    records,
    split_lines,
)
from clearnotice.file_signatures import ZIP, what_file

# The limits of a customer list, all here. A mail-merge value is a name, an address line, a
# code: 1,000 characters is ten times any real one, and five lines covers an address written
# in one cell. 100,000 rows and 50 MB are far above a breach mailing we merge in one go.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
MAX_VALUE_CHARS = 1_000
MAX_VALUE_LINES = 5
# the namespace of a workbook's sheet XML (ECMA-376 Part 1, SpreadsheetML)
_SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"

Progress = Callable[[float, str], None]
"""Told how far a reading has got (0 to 1) and what it is doing: a 50,000-row workbook takes
about 10 s, and a page draws it as a progress bar (components/export_view.py)."""
READ_SHARE = 0.75  # of the progress, the pass through the file; checking its rows is the rest
OPEN_SHARE = 0.2  # of a workbook's, opening it (its shared strings)
CHECKING = "Checking the rows…"


class ListError(ValueError):
    """A list that cannot be read at all; the message says what to do."""


@dataclass(frozen=True)
class RowNote:
    message: str
    hold: bool  # True: the row must not merge until it is fixed


@dataclass(frozen=True)
class CustomerList:
    """Rows as text, indexed by their position in the file (0 = the first row under the header);
    ``notes`` says what was wrong with a row's shape; ``lines`` are the physical lines each row
    spans in a CSV file (the sheet row in a workbook); ``blank_rows`` were empty and skipped;
    ``warnings`` concern the whole list."""

    table: pd.DataFrame
    notes: dict[int, tuple[RowNote, ...]] = field(default_factory=dict)
    blank_rows: int = 0
    lines: dict[int, tuple[int, int]] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    date_system: int | None = None  # a workbook's (1900 or 1904); a CSV file does not say

    @property
    def columns(self) -> list[str]:
        return list(self.table.columns)

    def __len__(self) -> int:
        return len(self.table)

    def line_label(self, index: int) -> str:
        first, last = self.lines.get(index, (index + 2, index + 2))
        return str(first) if first == last else f"{first}-{last}"


def read_customer_list(
    source: str | Path | bytes, filename: str | None = None, progress: Progress | None = None
) -> CustomerList:
    """Every cell as text, exactly as typed: "02108" keeps its zero and "NA" stays a name.
    ``progress`` is told how far the reading has got, once per percent at most."""
    steps = _Steps(progress)
    if isinstance(source, bytes):
        data, name = source, (filename or "")
    else:
        data, name = _file_bytes(Path(source)), (filename or str(source))
    if len(data) > MAX_FILE_BYTES:
        raise ListError(f"the list is larger than {MAX_FILE_BYTES // 2**20} MB; split it up")
    if not data.strip():
        raise ListError("the customer list is empty")
    lower = name.lower()
    if lower.endswith(".xls"):
        raise ListError("old .xls files are not supported: save the list as .xlsx or .csv")
    if lower.endswith((".xlsx", ".xlsm")) or data.startswith(ZIP):
        header, rows, warnings, marks = _read_xlsx(data, steps)
        records_ = [Record(r, n, n) for n, r in enumerate(rows, start=2)]
        _refuse_title_rows(header, records_, "sheet row")
        _refuse_merged_header(marks.merged)
        return _build(header, records_, None, warnings, steps, marks)
    kind = what_file(data)
    if kind:
        raise ListError(f"this file is {kind}, not a customer list: choose a .csv or .xlsx")
    try:
        decoded = decode(data)
        named, skipped = excel_separator(decoded.text)
        text = decoded.text[skipped:]
        if not text.strip():
            raise ListError("the customer list is empty")
        delimiter = named or header_delimiter(text)
        found = records(text, delimiter, first_line=2 if skipped else 1)
        header = next(found)
        rows = list(_capped(_reporting(found, text.count("\n") + 1, steps)))
    except CsvError as exc:
        raise ListError(str(exc)) from exc
    if header.problems:
        raise ListError(f"the header row: {header.problems[0]}")
    _refuse_mixed_delimiters(header, rows, delimiter)
    _refuse_title_rows(header.values, rows, "line")
    warnings = (decoded.warning,) if decoded.warning else ()
    return _build(header.values, rows, delimiter, warnings, steps)


class _Steps:
    """``progress`` told at most once per percent, and only forward: a page redraws its bar
    on each call, and a reading makes hundreds of thousands of small steps."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self._shown = -1

    def __call__(self, share: float, message: str) -> None:
        percent = int(share * 100)
        if self._progress is not None and percent > self._shown:
            self._shown = percent
            self._progress(percent / 100, message)


class _Counted(io.BytesIO):
    """A workbook's bytes that tell ``steps`` how far a stage of its reading has got, by the
    bytes it has read of what the stage reads. openpyxl streams each part out of the ZIP as it
    parses it, and pandas, which drives it, has no hook of its own."""

    def __init__(self, data: bytes, steps: _Steps) -> None:
        super().__init__(data)
        self._steps = steps
        self._read = 0
        self._stage: tuple[float, float, int, int, str] | None = None

    def stage(self, start: float, end: float, size: int, message: str) -> None:
        """From now on, ``size`` bytes read take the progress from ``start`` to ``end``."""
        self._stage = (start, end, self._read, max(size, 1), message)

    def done(self) -> None:
        self._stage = None

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self._read += len(chunk)
        if self._stage is not None:
            start, end, read_before, stage_size, message = self._stage
            share = min((self._read - read_before) / stage_size, 1.0)
            self._steps(start + (end - start) * share, message)
        return chunk


def _reporting(found: Iterable[Record], lines: int, steps: _Steps) -> Iterator[Record]:
    """``found``'s records, telling ``steps`` how many of the file's ``lines`` are read."""
    for record in found:
        steps(READ_SHARE * min(record.last_line / lines, 1.0), "Reading the list…")
        yield record


def _file_bytes(path: Path) -> bytes:
    """The file's bytes, read no further than one past the size limit; a folder or a missing
    file is named as such (a folder gave "[Errno 21] Is a directory")."""
    try:
        with path.open("rb") as stream:
            return stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ListError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ListError(f"{path} is a folder; give the customer list's file") from None
    except OSError as exc:
        raise ListError(f"{path}: cannot be read ({exc.strerror})") from None


def _read_xlsx(
    data: bytes, steps: _Steps
) -> tuple[list[str], list[list[str]], tuple[str, ...], SheetMarks]:
    """The first sheet's header and rows, a warning naming the other sheets that hold
    anything (their customers get no letter), and the first sheet's hidden rows and merged
    cells."""
    why = office_packages.refusal(data)
    if why:
        raise ListError(f"the workbook {why}: open it in Excel, save it and choose it again")
    counted = _Counted(data, steps)
    counted.stage(0.0, OPEN_SHARE, len(data), "Opening the workbook…")
    try:
        # openpyxl returns the values a spreadsheet last computed; it never runs a formula
        with pd.ExcelFile(counted, engine="openpyxl") as workbook:
            first = workbook.sheet_names[0]
            rows_size = _part_size(workbook, first)
            counted.stage(OPEN_SHARE, READ_SHARE, rows_size, "Reading the rows…")
            sheet = pd.read_excel(workbook, dtype=object, header=None, keep_default_na=False)
            counted.done()  # what follows reads parts again, briefly
            steps(READ_SHARE, CHECKING)
            others = [name for name in workbook.sheet_names[1:] if _holds_values(workbook, name)]
            if workbook.book[first].sheet_state != "visible":
                raise ListError(
                    f"the workbook's first sheet, {first!r}, is hidden in Excel, and only the "
                    "first sheet is read. Delete that sheet or move the customers' sheet first."
                )
            marks = replace(
                _sheet_marks(workbook.book[first]), date_system=_date_system(workbook.book)
            )
    except ListError:
        raise
    except (ValueError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        raise ListError(
            f"could not read the spreadsheet (is it an .xlsx workbook?): {exc}"
        ) from exc
    rows = [[_cell_text(v) for v in row] for row in sheet.itertuples(index=False)]
    if sum(1 for row in rows[1:] if any(value.strip() for value in row)) > MAX_ROWS:
        raise ListError(_too_many_rows())  # empty rows under the list aside, as in a CSV file
    if not rows:
        raise ListError("the spreadsheet's first sheet is empty")
    warnings = ()
    if others:
        named = ", ".join(repr(name) for name in others)
        warnings = (
            f"the workbook has {len(others) + 1} sheets with values, and only its first sheet, "
            f"{first!r}, was read: the customers on {named} get no letter. Put every customer "
            "on the first sheet.",
        )
    return rows[0], rows[1:], warnings, marks


@dataclass(frozen=True)
class SheetMarks:
    """What a workbook's sheet shows other than its values: the rows it hides, and its merged
    cells ("C2:C3")."""

    hidden: frozenset[int] = frozenset()
    merged: tuple[str, ...] = ()
    uncomputed: tuple[tuple[int, str, str], ...] = ()  # (sheet row, cell, formula)
    hidden_columns: frozenset[int] = frozenset()  # 1 for column A
    date_system: int | None = None  # the workbook's (``_date_system``); None for a CSV file


def _date_system(book) -> int:
    """The date system the workbook counts its dates in: 1904 when saved with ``date1904``
    (ECMA-376 Part 1, 18.2.28 workbookPr: older Excel for Mac's default, days since 1 January
    1904), else 1900. openpyxl reads the flag as the workbook's ``epoch``, and converts date
    cells by it; a date that lost its cell format is a bare number in that system."""
    return 1904 if book.epoch == MAC_EPOCH else 1900


def _sheet_marks(sheet) -> SheetMarks:
    """The sheet rows Excel does not show, filtered out or hidden by hand (the ``row`` element's
    ``hidden`` attribute, ECMA-376 Part 1, 18.3.1.73), and its merged cells (``mergeCell``,
    18.3.1.55). The read-only sheet pandas opens keeps neither, so the sheet's XML is read as it
    streams, through openpyxl's own handle on it."""
    hidden, merged, uncomputed, hidden_columns = set(), [], [], set()
    number = 0
    with sheet._get_source() as source:
        tags = (f"{_SHEET}row", f"{_SHEET}mergeCell", f"{_SHEET}col")
        for _, element in etree.iterparse(source, tag=tags, resolve_entities=False):
            if element.tag == tags[1]:
                merged.append(element.get("ref", ""))
                continue
            if element.tag == tags[2]:  # columns min to max, hidden or not (18.3.1.13 col)
                if element.get("hidden") in ("1", "true"):
                    first, last = int(element.get("min", 0)), int(element.get("max", 0))
                    hidden_columns.update(range(first, min(last, first + 16_384) + 1))
                continue
            number = int(element.get("r") or number + 1)  # "r" may be left out: the next row
            if element.get("hidden") in ("1", "true"):
                hidden.add(number)
            uncomputed += [(number, *cell) for cell in _uncomputed(element)]
            element.clear()
    merged = [ref for ref in merged if ":" in ref]
    return SheetMarks(
        frozenset(hidden), tuple(merged), tuple(uncomputed), frozenset(hidden_columns)
    )


def _uncomputed(row) -> list[tuple[str, str]]:
    """The cells of ``row`` holding a formula with no value: a workbook a script wrote keeps
    the formula (``f``) and leaves its value (``v``) for a spreadsheet to compute (ECMA-376
    Part 1, 18.3.1.4 c), and openpyxl, which never runs a formula, reads the cell as empty."""
    found = []
    for cell in row.iterfind(f"{_SHEET}c"):
        formula = cell.find(f"{_SHEET}f")
        value = cell.find(f"{_SHEET}v")
        if formula is not None and (value is None or not (value.text or "").strip()):
            found.append((cell.get("r", ""), formula.text or ""))
    return found


def _part_size(workbook: pd.ExcelFile, name: str) -> int:
    """The bytes of the sheet ``name`` in the workbook's ZIP: what reading its rows reads."""
    path = workbook.book[name]._worksheet_path  # the read-only sheet's part (openpyxl)
    return workbook.book._archive.getinfo(path).compress_size


def _holds_values(workbook: pd.ExcelFile, name: str) -> bool:
    """Whether the sheet has any value, read up to its first one."""
    rows = workbook.book[name].iter_rows(values_only=True)
    return any(value not in (None, "") for row in rows for value in row)


def _cell_text(value: object) -> str:
    """A workbook cell as its sheet shows it with the default formats: a date without its
    midnight ("2026-06-30", not "2026-06-30 00:00:00", which went into letters), a time to the
    minute, a whole number without ".0", TRUE and FALSE in capitals as Excel writes them."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return _fifteen_digits(value)
    return str(value)


def _fifteen_digits(value: float) -> str:
    """``value`` to the 15 significant digits an Excel number holds ("Excel specifications and
    limits", Microsoft Support: number precision, 15 digits), written out in full: a formula's
    0.1 + 0.2 is stored as 0.30000000000000004 and the sheet shows 0.3; 0.00001, not 1e-05."""
    return format(Decimal(f"{value:.15g}"), "f")


def _capped(found: Iterable[Record]) -> Iterator[Record]:
    """``found``'s records, refused past ``MAX_ROWS`` of them that hold a value: the empty
    rows a spreadsheet saves under a list (",,") are skipped later, so a list of exactly the
    limit's customers was refused for them."""
    count = 0
    for record in found:
        count += bool("".join(record.values).strip())
        if count > MAX_ROWS:
            raise ListError(_too_many_rows())
        yield record


def _too_many_rows() -> str:
    return f"the list has more than {MAX_ROWS:,} rows; split it up"


def _refuse_title_rows(header: list[str], rows: list[Record], unit: str) -> None:
    """A title or a blank row above a workbook's header ("Customer list, March 2026") became
    the only column's name, and the real header a customer; so did a CSV file's, which a
    spreadsheet saves with a delimiter for each empty cell ("Customer list,,"). A first row
    with at most one name over two rows of two or more values each is refused, naming the row
    (``unit``: "sheet row", "line") that looks like the header; a one-column list's rows hold
    one value each, so it is never refused here."""
    if sum(1 for value in header if value.strip()) > 1:
        return
    filled = [[v for v in r.values if v.strip()] for r in rows[:10]]
    found = [(r, values) for r, values in zip(rows, filled, strict=False) if values]
    for (record, values), (_, after) in zip(found, found[1:], strict=False):
        if len(values) >= 2 and len(after) >= 2:
            title = next((value.strip() for value in header if value.strip()), "")
            first = f"its only value is {title[:60]!r}" if title else "it is empty"
            shown = ", ".join(repr(value[:30]) for value in values[:4])
            raise ListError(
                f"the first {unit} is not the header ({first}), and {unit} "
                f"{record.first_line} looks like the header: {shown}. Delete the rows above "
                "the header, so that it is the first row, and load the list again."
            )


def _refuse_merged_header(merged: tuple[str, ...]) -> None:
    """A header cell merged across columns ("Address" over B1:C1, "street" and "city" in the
    row below) leaves every column after its first without a name, and a row of sub-headers
    under it would merge as a customer. Merged down over rows, it names one column: the rows
    under it are held or skipped as blank (``_under_merges``)."""
    for ref in merged:
        try:
            first_column, first_row, last_column, _last_row = range_boundaries(ref)
        except ValueError:
            continue  # a reference that names no cells covers no column
        if first_row == 1 and last_column > first_column:
            unnamed = get_column_letter(first_column + 1)
            raise ListError(
                f"the header's cell {ref} is merged across columns, so column {unnamed} has no "
                "name of its own (a header of two rows?). Unmerge it, give every column its "
                "own name in the first row, and delete any row of sub-headers below it."
            )


def _refuse_mixed_delimiters(header: Record, rows: list[Record], delimiter: str | None) -> None:
    """A header split by one delimiter over rows split by another: no row would fit. A header
    of one value over such rows may be a title line above the real header, so the message says
    that too."""
    filled = [r.values[0] for r in rows if len(r.values) == 1 and r.values[0].strip()]
    if not filled or len(filled) < sum(1 for r in rows if any(v.strip() for v in r.values)):
        return
    for other in DELIMITERS:
        if other != delimiter and all(other in value for value in filled):
            header_says = f"by {delimiter_name(delimiter)}" if delimiter else "into one column"
            title = (
                f" If line {header.first_line} is a title or blank line above the header, "
                "delete it."
                if len(header.values) == 1
                else ""
            )
            raise ListError(
                f"the header is split {header_says} but the rows by {delimiter_name(other)}: "
                f"save the list again with one delimiter.{title}"
            )


def _build(
    header: list[str],
    rows: list[Record],
    delimiter: str | None,
    warnings: tuple[str, ...],
    steps: _Steps,
    marks: SheetMarks = SheetMarks(),
) -> CustomerList:
    columns = _columns(header)
    width = len(columns)
    hidden = marks.hidden
    sheet_notes = _under_merges(marks.merged, columns)
    for row, note in _uncomputed_notes(marks.uncomputed, columns):
        sheet_notes.setdefault(row, []).append(note)
    kept: list[list[str]] = []
    index: list[int] = []
    notes: dict[int, tuple[RowNote, ...]] = {}
    lines: dict[int, tuple[int, int]] = {}
    blank = 0
    for position, record in enumerate(rows):
        steps(READ_SHARE + (1 - READ_SHARE) * position / len(rows), CHECKING)
        if not record.problems and not any(v.strip() for v in record.values):
            blank += 1
            continue
        found = [RowNote(p + " Fix the row in the list.", hold=True) for p in record.problems]
        found += _shape(record, width, delimiter)
        found += _limits(record, columns, delimiter)
        found += _garbled(record, columns)
        if record.first_line in hidden:
            found.append(RowNote(HIDDEN_ROW, hold=False))
        found += sheet_notes.get(record.first_line, [])
        row = (record.values + [""] * width)[:width]
        if found:
            notes[position] = tuple(found)
        kept.append(row)
        index.append(position)
        lines[position] = (record.first_line, record.last_line)
    if not kept:
        raise ListError("the customer list has a header but no rows")
    table = pd.DataFrame(kept, columns=columns, index=index, dtype=str)
    shown_hidden = sorted(lines[i][0] for i in index if lines[i][0] in hidden)
    if shown_hidden:
        warnings = (*warnings, _hidden_warning(shown_hidden))
    hidden_columns = [c for n, c in enumerate(columns, start=1) if n in marks.hidden_columns]
    if hidden_columns:
        warnings = (*warnings, _hidden_columns_warning(hidden_columns))
    steps(1.0, f"Read {len(table):,} row{'' if len(table) == 1 else 's'}.")
    return CustomerList(table, notes, blank, lines, warnings, marks.date_system)


# Hidden rows are merged, not left out: a customer dropped where nobody looks is the worse
# mistake, and a row hidden by hand or by an old filter is no decision to send no letter.
HIDDEN_ROW = (
    "this row is hidden in the workbook (filtered out or hidden); it is merged all the same."
)


def _under_merges(merged: tuple[str, ...], columns: list[str]) -> dict[int, list[RowNote]]:
    """A hold on each sheet row a merged cell covers below its first: Excel shows the cell's
    value across all its rows, yet only the first holds it, so the rows under it read empty
    (a customer's language read as empty, the letter sent in the source language)."""
    notes: dict[int, list[RowNote]] = {}
    for ref in merged:
        try:
            first_column, first_row, last_column, last_row = range_boundaries(ref)
        except ValueError:
            continue  # a reference that names no cells covers no row
        named = ", ".join(
            columns[c - 1] for c in range(first_column, last_column + 1) if c <= len(columns)
        )
        for row in range(max(first_row + 1, 2), last_row + 1):
            notes.setdefault(row, []).append(
                RowNote(
                    f"{named or 'a column'} is in the merged cell {ref}, whose value only sheet "
                    f"row {first_row} holds. Unmerge the cells and give each row its own value.",
                    hold=True,
                )
            )
    return notes


def _uncomputed_notes(
    cells: tuple[tuple[int, str, str], ...], columns: list[str]
) -> list[tuple[int, RowNote]]:
    """A hold for each formula the workbook never computed, naming its column, cell and
    formula: its value would be read as empty."""
    notes = []
    for row, cell, formula in cells:
        try:
            column = columns[column_index_from_string(cell.rstrip("0123456789")) - 1]
        except (ValueError, IndexError):
            column = "a column"
        notes.append(
            (
                row,
                RowNote(
                    f"{column} (cell {cell}) holds a formula, ={formula[:60]}, that the "
                    "workbook never computed, so its value is unknown. Open the list in Excel "
                    "or LibreOffice and save it, or paste the values over the formulas.",
                    hold=True,
                ),
            )
        )
    return notes


def _hidden_columns_warning(columns: list[str]) -> str:
    """Hidden columns are read like the others; the user is told which, since the merge may
    take one for a placeholder, the language or the e-mail address."""
    named = ", ".join(repr(column) for column in columns)
    the = "the column" if len(columns) == 1 else "the columns"
    are = "is" if len(columns) == 1 else "are"
    return (
        f"{the} {named} {are} hidden in the workbook and read like the others: check that the "
        "merge takes the columns you mean."
    )


def _hidden_warning(rows: list[int]) -> str:
    """How many rows the workbook hides, and which (the first twenty)."""
    shown = [str(r) for r in rows[:20]]
    if len(rows) > 20:
        named = ", ".join(shown) + f" and {len(rows) - 20:,} more"
    else:
        named = " and ".join([", ".join(shown[:-1]), shown[-1]] if len(shown) > 1 else shown)
    rows_are = "1 row is" if len(rows) == 1 else f"{len(rows):,} rows are"
    return (
        f"{rows_are} hidden in the workbook (filtered out or hidden in Excel): sheet "
        f"{'row' if len(rows) == 1 else 'rows'} {named}. They are merged like the others; "
        "delete from the list every customer who should get no letter, then load it again."
    )


def _shape(record: Record, width: int, delimiter: str | None) -> list[RowNote]:
    count = len(record.values)
    if count > width:
        extra = ", ".join(repr(v[:40]) for v in record.values[width:][:5])
        return [
            RowNote(
                f"this row has {_values(count)} but the header has {width} columns, so its "
                f"values may be in the wrong columns (a {delimiter_name(delimiter)} inside a "
                f"value that is not in quotes?); extra values: {extra}. Fix the row in the list.",
                hold=True,
            )
        ]
    if count < width:
        others = [d for d in DELIMITERS if d != delimiter and d in "".join(record.values)]
        hint = f" (it looks split by {delimiter_name(others[0])})" if count == 1 and others else ""
        return [
            RowNote(
                f"this row has {_values(count)} for {width} columns{hint}: a value may be in the "
                "wrong column. Fix the row in the list.",
                hold=True,
            )
        ]
    return []


def _values(count: int) -> str:
    return "1 value" if count == 1 else f"{count} values"


def _limits(record: Record, columns: list[str], delimiter: str | None) -> list[RowNote]:
    found: list[RowNote] = []
    for column, value in zip(columns, record.values, strict=False):
        if len(value) > MAX_VALUE_CHARS:
            found.append(
                RowNote(
                    f"{column} has {len(value):,} characters; a list value may have at most "
                    f"{MAX_VALUE_CHARS:,}. Fix the row in the list.",
                    hold=True,
                )
            )
    spans = {position: (first, last) for position, first, last in record.multiline}
    for position, (column, value) in enumerate(zip(columns, record.values, strict=False)):
        inner = split_lines(value)
        if len(inner) > MAX_VALUE_LINES:
            why = f"a list value may have at most {MAX_VALUE_LINES} lines"
        elif len(inner) > 1 and delimiter and any(delimiter in part for part in inner[1:]):
            why = f"a line inside it holds {delimiter_name(delimiter)} like a row of its own"
        else:
            continue
        first, last = spans.get(position, (record.first_line, record.last_line))
        where = f"lines {first}-{last}" if first != last else f"line {first}"
        found.append(
            RowNote(
                f"{column} runs over {len(inner):,} lines ({where} of the file) and {why}: "
                "a closing quote may be missing. Fix the row in the list.",
                hold=True,
            )
        )
    return found


def _garbled(record: Record, columns: list[str]) -> list[RowNote]:
    """A value that was UTF-8 read as Windows-1252 before it reached the list ("ZoÃ«" for
    "Zoë", a list saved through two programs): it is valid text of its own, so only its round
    trip gives it away, as ftfy detects mojibake (https://ftfy.readthedocs.io/en/latest/). A
    real name never survives the round trip changed: "Zoë" is not UTF-8 as Windows-1252 bytes."""
    found = []
    for column, value in zip(columns, record.values, strict=False):
        meant = _utf8_read_as_cp1252(value)
        if meant is not None:
            found.append(
                RowNote(
                    f"{column} {value[:60]!r} reads as {meant[:60]!r}: the list was saved as UTF-8 "
                    "and read as Windows-1252 on its way here. Fix the value in the list.",
                    hold=True,
                )
            )
    return found


def _utf8_read_as_cp1252(value: str) -> str | None:
    """What ``value`` meant when it is UTF-8 read as Windows-1252, else None."""
    if value.isascii():
        return None
    try:
        meant = value.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return None
    return meant if meant != value else None


def _columns(header: list[str]) -> list[str]:
    """The header's names; two columns with one name are refused, since a mapping or a reader
    of the manifest could not tell them apart."""
    columns: list[str] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(header, start=1):
        name = raw.strip() or f"column {number}"
        key = name.casefold()
        if key in seen:
            raise ListError(
                f"columns {seen[key]} and {number} are both named {name!r}: rename one of them."
            )
        seen[key] = number
        columns.append(name)
    return columns
