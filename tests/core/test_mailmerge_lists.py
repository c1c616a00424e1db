"""Reading customer lists strictly: a list that cannot be read with certainty is refused with the
line to fix, a row of the wrong shape is held with its reason, and no customer's values ever
reach another customer's letter (issue 11, point 2)."""

from __future__ import annotations

import argparse
import codecs
import csv
import datetime as dt
import io
import zipfile

import openpyxl
import pytest
from pypdf import PdfReader

from clearnotice.commands import merge as merge_command
from clearnotice.export.customer_list import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    MAX_VALUE_CHARS,
    MAX_VALUE_LINES,
    ListError,
    read_customer_list,
)
from clearnotice.export.mailmerge import MANIFEST_NAME, merge
from clearnotice.export.merge_plan import Mapping, plan_merge, suggest_mapping
from clearnotice.export.merge_rows import HELD, MERGED, check_rows, preview
from clearnotice.export.posting import Sender
from clearnotice.letters import Store
from clearnotice.settings import set_sender

HEADER = "customer_id,customer_name,email,language\n"


@pytest.fixture
def store(sqlite_url: str) -> Store:
    return Store(sqlite_url)


def merged(store, letter_id, data: bytes, tmp_path, name="list.csv"):
    """Merge ``data`` into the approved letter: the manifest rows and each letter's text."""
    customers = read_customer_list(data, name)
    plan = plan_merge(store, letter_id, suggest_mapping(["customer_name"], customers.columns))
    result = merge(plan, customers, tmp_path / "out.zip")
    with zipfile.ZipFile(result.zip_path) as archive:
        rows = list(csv.DictReader(io.StringIO(archive.read(MANIFEST_NAME).decode("utf-8"))))
        letters = {
            r["customer_id"]: "\n".join(
                p.extract_text()
                for p in PdfReader(io.BytesIO(archive.read(r["letter_file"]))).pages
            )
            for r in rows
            if r["outcome"] == MERGED
        }
    return {r["customer_id"]: r for r in rows}, letters


# the issue's list -------------------------------------------------------------------------------
def test_a_quote_that_never_closes_refuses_the_list_naming_its_line():
    data = b'id,name,email,language\n1,"Ann,a@example.com,en\n2,Bo,b@example.com,es\n'
    with pytest.raises(ListError, match=r"line 2: the quote before 'Ann,a@example.com,en'"):
        read_customer_list(data, "list.csv")


def test_a_quote_that_swallows_a_row_holds_it_and_the_next_customer_gets_only_his_letter(
    approved_letter_id, store, tmp_path
):
    data = (
        HEADER + 'C-1,"Ann,a@example.com,en\nC-2,Bo",b@example.com,es\nC-3,Cy,c@example.com,en\n'
    ).encode()
    rows, letters = merged(store, approved_letter_id, data, tmp_path)
    assert rows["C-1"]["outcome"] == HELD and rows["C-1"]["lines"] == "2-3"
    assert "runs over 2 lines (lines 2-3 of the file)" in rows["C-1"]["problems"]
    assert "a closing quote may be missing" in rows["C-1"]["problems"]
    assert rows["C-3"]["outcome"] == MERGED and rows["C-3"]["lines"] == "4"
    assert "Dear Cy," in letters["C-3"]
    assert "Ann" not in letters["C-3"] and "Bo" not in letters["C-3"]


def test_every_row_is_in_the_manifest_with_the_file_lines_it_came_from(
    approved_letter_id, store, tmp_path
):
    data = (HEADER + 'C-1,"Ada\nLovelace",a@example.net,en\nC-2,Bob,b@example.net\n').encode()
    rows, letters = merged(store, approved_letter_id, data, tmp_path)
    assert [(r["row"], r["lines"], r["outcome"]) for r in rows.values()] == [
        ("2", "2-3", MERGED),
        ("3", "4", HELD),
    ]
    assert "Dear Ada Lovelace," in letters["C-1"]
    assert "3 values for 4 columns" in rows["C-2"]["problems"]


# lists that are refused ------------------------------------------------------------------------
def _zip_without_workbook() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "not a workbook")
    return buffer.getvalue()


REFUSED = [
    ("mixed-delimiters", b"id;name;email\n1,Ann,a@x.net\n2,Bo,b@x.net\n", "split by ';' but"),
    ("one-column-header", b"name\nAnn,a@x.net\nBo,b@x.net\n", "into one column but the rows"),
    ("duplicate-column", b"id,name,Name\n1,Ann,Ann\n", "columns 2 and 3 are both named"),
    ("nul-byte", b"id,name\n1,Ann\n2,B\x00o\n", "line 3 holds a NUL byte"),
    ("utf16-without-bom", "id,name\n1,Ann\n".encode("utf-16-le"), "NUL byte"),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image, not a customer list"),
    ("zip", _zip_without_workbook(), "is it an .xlsx workbook?"),
    ("damaged-utf8", "id,name\n1,Zoë\n2,Zo".encode() + b"\xeb\n", "line 3 is not valid UTF-8"),
    ("bad-utf16", codecs.BOM_UTF16_LE + b"i\x00d\x00\n\x00\x00\xdc", "as UTF-16 text"),
    ("header-quote", b'"id"x,name\n1,Ann\n', "the header row: line 1: a quoted value"),
    ("too-many-rows", b"id\n" + b"1\n" * (MAX_ROWS + 1), "more than 100,000 rows"),
    ("too-large", b"id\n" + b"1" * MAX_FILE_BYTES, "larger than 50 MB"),
]


@pytest.mark.parametrize(("data", "message"), [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_a_list_that_cannot_be_read_with_certainty_is_refused_with_one_message(data, message):
    with pytest.raises(ListError, match=message):
        read_customer_list(data, "list.csv")


def test_a_workbook_with_two_columns_of_one_name_is_refused(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["customer_id", "email", "Email"])
    book.active.append(["C-1", "a@example.net", "b@example.net"])
    book.save(tmp_path / "list.xlsx")
    with pytest.raises(ListError, match="columns 2 and 3 are both named 'Email'"):
        read_customer_list(tmp_path / "list.xlsx")


# rows that are held ----------------------------------------------------------------------------
HELD_ROWS = [
    ("long-name", f"C-1,{'A' * (MAX_VALUE_CHARS + 1)},a@x.net,en", "at most 1,000"),
    ("many-lines", 'C-1,"' + "Ann\n" * 10_000 + '",a@x.net,en', f"at most {MAX_VALUE_LINES} lines"),
    ("quote-mid-value", 'C-1,"Ann"x,a@x.net,en', "a quoted value is followed by 'x'"),
    ("extra-value", "C-1,Ann,Lee,a@x.net,en", "5 values but the header has 4"),
    ("missing-value", "C-1,Ann,a@x.net", "3 values for 4 columns"),
    ("other-delimiter", "C-1;Ann;a@x.net;en", "(it looks split by ';')"),
]


@pytest.mark.parametrize(
    ("row", "message"), [r[1:] for r in HELD_ROWS], ids=[r[0] for r in HELD_ROWS]
)
def test_a_row_of_the_wrong_shape_is_held_with_its_reason_and_the_others_merge(
    approved_letter_id, store, row, message
):
    customers = read_customer_list((HEADER + row + "\nC-2,Bo,b@x.net,en\n").encode(), "l.csv")
    plan = plan_merge(
        store, approved_letter_id, suggest_mapping(["customer_name"], customers.columns)
    )
    first, second = check_rows(plan, customers)
    assert first.outcome == HELD and message in " ".join(first.problems)
    assert second.outcome == MERGED and second.values["customer_name"] == "Bo"


def test_an_overlong_spreadsheet_cell_is_held(approved_letter_id, store, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["customer_id", "customer_name"])
    book.active.append(["C-1", "B" * 10_000])
    book.save(tmp_path / "list.xlsx")
    customers = read_customer_list(tmp_path / "list.xlsx")
    plan = plan_merge(
        store, approved_letter_id, suggest_mapping(["customer_name"], customers.columns)
    )
    [check] = check_rows(plan, customers)
    assert check.outcome == HELD and "10,000 characters" in check.problems[0]


def test_spreadsheet_dates_numbers_and_booleans_read_as_the_sheet_shows_them(tmp_path):
    """A date cell read as "2026-06-30 00:00:00" went into the customer's letter so."""
    book = openpyxl.Workbook()
    book.active.append(["customer_id", "accessed", "at", "count", "share", "opted_in", "zip"])
    book.active.append(
        [1001, dt.date(2026, 6, 30), dt.datetime(2026, 3, 3, 14, 5), 3.0, 12.5, True, "02108"]
    )
    book.active.append([1002.0, dt.datetime(2026, 7, 1), dt.time(9, 30), 0, 0.1, False, None])
    book.save(tmp_path / "list.xlsx")
    rows = read_customer_list(tmp_path / "list.xlsx").table.to_dict("records")
    assert rows == [
        {
            "customer_id": "1001",
            "accessed": "2026-06-30",
            "at": "2026-03-03 14:05",
            "count": "3",
            "share": "12.5",
            "opted_in": "TRUE",
            "zip": "02108",
        },
        {
            "customer_id": "1002",
            "accessed": "2026-07-01",
            "at": "09:30",
            "count": "0",
            "share": "0.1",
            "opted_in": "FALSE",
            "zip": "",
        },
    ]


def test_a_computed_number_reads_to_excels_fifteen_digits(tmp_path):
    """A cell a formula filled (a balance of 0.1 + 0.2, a refund times 1.1) keeps the binary
    float's last digits in the file, "0.30000000000000004", which the letter printed; Excel
    shows 0.3, its numbers holding 15 significant digits."""
    book = openpyxl.Workbook()
    book.active.append(["customer_id", "balance", "refund", "tiny", "big"])
    book.active.append([1, 0.1 + 0.2, 1235.5 * 1.1, 0.1 * 0.0001, 123456789.25 * 3])
    book.save(tmp_path / "list.xlsx")
    [row] = read_customer_list(tmp_path / "list.xlsx").table.to_dict("records")
    assert row == {
        "customer_id": "1",
        "balance": "0.3",
        "refund": "1359.05",
        "tiny": "0.00001",
        "big": "370370367.75",
    }


def test_customers_on_a_workbooks_other_sheets_are_named_in_a_warning(tmp_path):
    """Only the first sheet is read: the customers on a second sheet got no letter, and
    nothing said so. An empty sheet is not worth a word."""
    book = openpyxl.Workbook()
    book.active.title = "US"
    book.active.append(["customer_id", "customer_name"])
    book.active.append(["C-1", "Ada"])
    canada = book.create_sheet("Canada")
    canada.append(["customer_id", "customer_name"])
    canada.append(["C-2", "Bo"])
    book.create_sheet("Empty")
    book.save(tmp_path / "list.xlsx")
    customers = read_customer_list(tmp_path / "list.xlsx")
    assert len(customers) == 1
    [warning] = customers.warnings
    assert "only its first sheet, 'US', was read" in warning
    assert "'Canada'" in warning and "Empty" not in warning


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_first_sheet_is_refused(tmp_path, state):
    """Excel shows the second sheet, yet the first, hidden one was read: its old customers got
    letters, and the warning spoke of the shown sheet's customers as if they were another list."""
    book = openpyxl.Workbook()
    book.active.title = "Old"
    book.active.append(["customer_id", "customer_name"])
    book.active.append(["X-1", "Old customer"])
    current = book.create_sheet("Current")
    current.append(["customer_id", "customer_name"])
    current.append(["C-1", "Ada"])
    book.active.sheet_state = state
    book.active = 1
    book.save(tmp_path / "list.xlsx")
    with pytest.raises(ListError, match="^the workbook's first sheet, 'Old', is hidden"):
        read_customer_list(tmp_path / "list.xlsx")


def test_a_workbook_with_one_sheet_has_no_warning(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["customer_id", "customer_name"])
    book.active.append(["C-1", "Ada"])
    book.save(tmp_path / "list.xlsx")
    assert read_customer_list(tmp_path / "list.xlsx").warnings == ()


def _workbook_with_hidden_rows(tmp_path, hide=(3, 5), blank_hidden=False):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["customer_id", "customer_name"])
    for number in range(1, 6):
        sheet.append(["", ""] if blank_hidden and number + 1 in hide else [f"C-{number}", "Ada"])
    sheet.auto_filter.ref = "A1:B6"
    for row in hide:
        sheet.row_dimensions[row].hidden = True  # as a filter in Excel hides the rows it leaves out
    book.save(tmp_path / "list.xlsx")
    return tmp_path / "list.xlsx"


def test_rows_hidden_in_the_workbook_are_kept_and_named(tmp_path):
    """A filtered sheet's hidden rows were merged like the others without a word. They are
    still merged (dropping a customer unseen is worse), but the list says how many and which,
    and each one's row carries a note for the manifest."""
    customers = read_customer_list(_workbook_with_hidden_rows(tmp_path))
    assert len(customers) == 5
    [warning] = customers.warnings
    assert "2 rows are hidden" in warning and "sheet rows 3 and 5" in warning
    hidden = {customers.line_label(i) for i, notes in customers.notes.items() if notes}
    assert hidden == {"3", "5"}
    assert not any(note.hold for notes in customers.notes.values() for note in notes)


def test_columns_hidden_in_the_workbook_are_named_in_a_warning(tmp_path):
    """A hidden column was read like a shown one: an old e-mail column Excel no longer shows
    could be the one the merge takes."""
    book = openpyxl.Workbook()
    book.active.append(["customer_id", "email", "customer_name", "Email Address"])
    book.active.append(["C-1", "old@x.net", "Ada", "ada@x.net"])
    book.active.column_dimensions["B"].hidden = True
    book.save(tmp_path / "list.xlsx")
    [warning] = read_customer_list(tmp_path / "list.xlsx").warnings
    assert warning.startswith("the column 'email' is hidden in the workbook")


def test_hidden_blank_rows_are_not_worth_a_word(tmp_path):
    customers = read_customer_list(_workbook_with_hidden_rows(tmp_path, blank_hidden=True))
    assert customers.warnings == () and customers.notes == {}


def test_every_row_sharing_a_customer_id_is_held_and_named(approved_letter_id, store, tmp_path):
    data = (
        HEADER + "C-1,Ann,a@x.net,en\nC-2,Bo,b@x.net,en\n c-1 ,Cy,c@x.net,en\nC-3,Di,d@x.net,en\n"
    ).encode()
    customers = read_customer_list(data, "l.csv")
    plan = plan_merge(
        store, approved_letter_id, suggest_mapping(["customer_name"], customers.columns)
    )
    outcomes = [(c.outcome, c.problems) for c in check_rows(plan, customers)]
    assert [o for o, _ in outcomes] == [HELD, MERGED, HELD, MERGED]
    assert "customer_id 'C-1' is on rows 2, 4" in outcomes[0][1][0]
    assert outcomes[0][1] == outcomes[2][1]
    check, document = preview(plan, customers, 2)
    assert check.outcome == HELD and document is None


def test_rows_sharing_a_customer_id_are_named_by_their_lines_in_the_file(approved_letter_id, store):
    """A quoted line break moves every later row down a line: the message said "rows 2, 4"
    for customers on lines 2-3 and 5."""
    data = (HEADER + 'C-1,"Ann\nLee",a@x.net,en\nC-2,Bo,b@x.net,en\nC-1,Cy,c@x.net,en\n').encode()
    customers = read_customer_list(data, "l.csv")
    plan = plan_merge(
        store, approved_letter_id, suggest_mapping(["customer_name"], customers.columns)
    )
    problems = [c.problems for c in check_rows(plan, customers)]
    assert "customer_id 'C-1' is on rows 2-3, 5" in problems[0][0]


def test_a_customer_id_shared_by_ten_thousand_rows_names_a_few_of_them(approved_letter_id, store):
    """Each held row's message named every row sharing the id: 10,000 rows of one id made
    10,000 messages of 59,000 characters, in the page's table and the manifest."""
    rows = "".join(f"BR-1,Name {n},n{n}@x.net,en\n" for n in range(10_000))
    customers = read_customer_list((HEADER + rows).encode(), "l.csv")
    plan = plan_merge(
        store, approved_letter_id, suggest_mapping(["customer_name"], customers.columns)
    )
    [problem] = next(iter(check_rows(plan, customers))).problems
    assert "customer_id 'BR-1' is on rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 9,990 more" in problem
    assert len(problem) < 300


def test_a_row_repeated_in_every_column_gets_one_letter(approved_letter_id, store):
    """Without a customer id column, a customer listed twice got two letters."""
    data = b"customer_name,email\nAda,a@x.net\nBo,b@x.net\n ada , A@x.net\n"
    customers = read_customer_list(data, "l.csv")
    plan = plan_merge(
        store, approved_letter_id, suggest_mapping(["customer_name"], customers.columns)
    )
    checks = list(check_rows(plan, customers))
    assert [c.outcome for c in checks] == [MERGED, MERGED, HELD]
    assert "the same as row 2 in every column" in checks[2].problems[0]


def _same_customer_checks(store, letter_id, rows: str, fmt: str = "pdf"):
    if fmt == "eml":
        set_sender(store, Sender("Example Inc.", ("1 Way",), "US", email="n@x.net"), "admin")
    customers = read_customer_list((HEADER + rows).encode(), "l.csv")
    plan = plan_merge(
        store, letter_id, suggest_mapping(["customer_name"], customers.columns), fmt=fmt
    )
    return list(check_rows(plan, customers))


def test_one_customer_under_two_ids_is_told_and_still_merged(approved_letter_id, store):
    """Two rows for one person under two customer ids (an account each, or a record made twice)
    sent that person two letters without a word: both still merge, each says so."""
    rows = "C-1,Ann Lee,ann@x.net,en\nC-2,Bo,b@x.net,en\nC-9, ann  lee ,ANN@x.net,en\n"
    checks = _same_customer_checks(store, approved_letter_id, rows)
    assert [c.outcome for c in checks] == [MERGED, MERGED, MERGED]
    note = "rows 2, 4 have the same customer_name and email under different customer_id values"
    assert any(note in n for n in checks[0].notes)
    assert checks[0].notes == checks[2].notes
    assert checks[1].notes == []


@pytest.mark.parametrize(
    "rows",
    [
        # the same name at another address: two people
        "C-1,Ann Lee,ann@x.net,en\nC-2,Ann Lee,ann.lee@y.org,en\n",
        # the same address under another name: a household
        "C-1,Ann Lee,home@x.net,en\nC-2,Bo Lee,home@x.net,en\n",
        # no name to compare
        "C-1,,ann@x.net,en\nC-2,,ann@x.net,en\n",
        # no address to compare
        "C-1,Ann Lee,,en\nC-2,Ann Lee,,en\n",
    ],
)
def test_rows_that_are_not_one_customer_get_no_such_note(approved_letter_id, store, rows):
    for check in _same_customer_checks(store, approved_letter_id, rows):
        assert not any("same customer_name" in n for n in check.notes), check.notes


@pytest.mark.parametrize(
    ("rows", "fmt"),
    [
        # one id twice: held for the id
        ("C-1,Ann Lee,ann@x.net,en\nC-1,Ann Lee,ann@x.net,fr\n", "pdf"),
        # a row repeated whole: held as a copy
        ("C-1,Ann Lee,ann@x.net,en\nC-1,Ann Lee,ann@x.net,en\n", "pdf"),
        # an e-mail merge: rows sharing an address are held for it
        ("C-1,Ann Lee,ann@x.net,en\nC-2,Ann Lee,ann@x.net,en\n", "eml"),
    ],
)
def test_rows_held_already_are_not_told_again(approved_letter_id, store, rows, fmt):
    checks = _same_customer_checks(store, approved_letter_id, rows, fmt)
    assert checks[-1].outcome == HELD
    assert not any("same customer_name" in m for c in checks for m in c.messages)


def test_a_salutation_filled_by_one_value_for_everyone_compares_no_names(approved_letter_id, store):
    """ "Dear Customer" for all: the name column is no column, and no row is one customer."""
    customers = read_customer_list((HEADER + "C-1,Ann,a@x.net,en\nC-2,Ann,a@x.net,en\n").encode())
    mapping = Mapping(values={"customer_name": "Customer"}, id_column="customer_id")
    checks = list(check_rows(plan_merge(store, approved_letter_id, mapping), customers))
    assert [c.outcome for c in checks] == [MERGED, MERGED]
    assert not any("same" in n for c in checks for n in c.notes)


def test_one_customer_at_one_postal_address_under_two_ids_is_told(approved_letter_id, store):
    data = (
        b"customer_id,customer_name,street,city,postcode\n"
        b"C-1,Ann Lee,1 Main St,Springfield,12345\n"
        b"C-2,Ann Lee,9 Elm St,Springfield,12345\n"
        b"C-3,Ann Lee,1 Main St.,Springfield,12345\n"
        b"C-4,ANN LEE,1 main st,Springfield,12345\n"
    )
    customers = read_customer_list(data, "l.csv")
    mapping = suggest_mapping(["customer_name"], customers.columns)
    assert mapping.address_columns  # the address is what two rows are compared by
    checks = list(check_rows(plan_merge(store, approved_letter_id, mapping), customers))
    # "1 Main St." is "1 Main St": the comparison reads letters and digits only
    told = [any("same customer_name" in n for n in c.notes) for c in checks]
    assert told == [True, False, True, True], [c.notes for c in checks]
    same = "rows 2, 4, 5 have the same customer_name and street, city, postcode"
    assert same in checks[0].notes[0]


def _workbook(rows, merge=None) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    if merge:
        book.active.merge_cells(merge)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_row_under_a_merged_cell_is_held_naming_the_cell():
    """Excel shows a merged cell's value across its rows, but only its first row holds it: the
    second customer's language was read as empty and the letter went in the source language."""
    data = _workbook(
        [
            ["customer_id", "customer_name", "language"],
            ["C-1", "Ana", "es"],
            ["C-2", "Bo", ""],
            ["C-3", "Cy", "en"],
        ],
        merge="C2:C3",
    )
    customers = read_customer_list(data, "l.xlsx")
    [[note]] = customers.notes.values()
    assert customers.line_label(next(iter(customers.notes))) == "3"
    assert note.hold and "merged cell C2:C3" in note.message and "language" in note.message


def test_a_formula_the_workbook_never_computed_is_held_naming_it():
    """A list written by a script keeps formulas with no value: the cell read as empty, so the
    row was held as "customer_name is empty", or merged without the value if no placeholder
    needed it."""
    data = _workbook(
        [
            ["customer_id", "customer_name", "language"],
            ["C-1", '=UPPER("ada")', "es"],
            ["C-2", "Bo", '=IF(TRUE,"es","en")'],
            ["C-3", "Cy", "en"],
        ]
    )
    customers = read_customer_list(data, "l.xlsx")
    notes = {customers.line_label(i): n for i, n in customers.notes.items()}
    assert set(notes) == {"2", "3"}
    [[name], [language]] = notes["2"], notes["3"]
    assert name.hold and "customer_name (cell B2) holds a formula" in name.message
    assert 'UPPER("ada")' in name.message
    assert language.hold and "language (cell C3)" in language.message


@pytest.mark.parametrize(
    ("rows", "line"),
    [
        ([["Customer list, March 2026"], [], ["customer_id", "customer_name"], ["C-1", "Ana"]], 3),
        ([[], ["customer_id", "customer_name"], ["C-1", "Ana"]], 2),
    ],
    ids=["title-row", "blank-first-row"],
)
def test_a_header_below_the_first_row_is_refused_naming_its_row(rows, line):
    """The title became the only column name and the real header a customer."""
    with pytest.raises(ListError, match=rf"row {line} looks like the header"):
        read_customer_list(_workbook(rows), "l.xlsx")


def test_a_title_line_above_a_csv_header_is_named_in_the_refusal():
    """It was refused as a header split "into one column", with no word of a title."""
    data = b"Customer list March 2026\ncustomer_id,customer_name\nC-1,Ana\n"
    with pytest.raises(ListError, match="If line 1 is a title or blank line above the header"):
        read_customer_list(data, "l.csv")


def test_a_one_column_list_is_no_title_row():
    assert read_customer_list(b"email\na@x.net\nb@x.net\n", "l.csv").columns == ["email"]


@pytest.mark.parametrize(
    ("make", "message"),
    [("folder", "is a folder"), ("missing", "no such file")],
)
def test_a_list_path_that_is_no_file_is_named_for_what_it_is(tmp_path, make, message):
    """A folder gave "[Errno 21] Is a directory"."""
    path = tmp_path if make == "folder" else tmp_path / "nowhere.csv"
    with pytest.raises(ListError, match=message):
        read_customer_list(path)


# encodings -------------------------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_unicode_with_a_byte_order_mark_is_decoded(encoding):
    text = "customer_id\tcustomer_name\nC-1\tNguyễn Thị Lan\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    customers = read_customer_list(data, "unicode.txt")
    assert customers.columns == ["customer_id", "customer_name"]
    assert customers.table.iloc[0]["customer_name"] == "Nguyễn Thị Lan"
    assert not customers.warnings


def test_a_list_with_no_utf8_is_read_as_windows_1252_with_a_warning():
    customers = read_customer_list("id,name\n1,Zoë Müller\n".encode("cp1252"), "l.csv")
    assert customers.table.iloc[0]["name"] == "Zoë Müller"
    [warning] = customers.warnings
    assert "read as Windows-1252" in warning


def test_a_name_saved_as_utf8_and_read_back_as_windows_1252_is_held():
    """'ZoÃ« MÃ¼ller' is valid UTF-8 of its own, so the list was read without a word, and the
    letter greeted the customer so. Names that only look alike are left alone."""
    text = "id,name\n1,ZoÃ« MÃ¼ller\n2,Zoë Müller\n3,SÃO PAULO\n4,Ana\n"
    customers = read_customer_list(text.encode("utf-8"), "l.csv")
    assert [index for index, notes in customers.notes.items() if notes] == [0]
    [note] = customers.notes[0]
    assert note.hold and "'ZoÃ« MÃ¼ller' reads as 'Zoë Müller'" in note.message


@pytest.mark.parametrize(
    "separator", [";", ",", "\t", "|"], ids=["semicolon", "comma", "tab", "bar"]
)
def test_excels_separator_line_names_the_delimiter_and_is_no_row(separator):
    """Excel writes and reads a first line "sep=;": it was read as the header, and the real
    header became a customer."""
    header = separator.join(["customer_id", "customer_name"])
    data = f"sep={separator}\r\n{header}\r\nC-1{separator}Ann\r\n".encode()
    customers = read_customer_list(data, "l.csv")
    assert customers.columns == ["customer_id", "customer_name"]
    assert customers.table.to_dict("records") == [{"customer_id": "C-1", "customer_name": "Ann"}]
    assert customers.line_label(customers.table.index[0]) == "3"
    with pytest.raises(ListError, match="is empty"):
        read_customer_list(f"sep={separator}\n".encode(), "l.csv")


# the command line ------------------------------------------------------------------------------
def merge_command_run(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    merge_command.add_arguments(parser)
    return merge_command.run(parser.parse_args(argv))


def test_the_merge_command_refuses_the_issue_list_and_writes_nothing(
    approved_letter_id, sqlite_url, tmp_path, capsys
):
    path = tmp_path / "list.csv"
    path.write_bytes(b'customer_id,customer_name\nC-1,"Ann\nC-2,Bo\n')
    status = merge_command_run(
        str(approved_letter_id), str(path), "--out", str(tmp_path / "out"),
        "--database", sqlite_url,
    )  # fmt: skip
    assert status == 2
    assert "line 2: the quote before 'Ann' never closes" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_the_merge_command_says_when_it_guessed_the_encoding(
    approved_letter_id, sqlite_url, tmp_path, capsys
):
    path = tmp_path / "list.csv"
    path.write_bytes("customer_id,customer_name\nC-1,Zoë\n".encode("cp1252"))
    status = merge_command_run(
        str(approved_letter_id), str(path), "--out", str(tmp_path), "--database", sqlite_url
    )
    assert status == 0
    assert "warning: the list is not UTF-8, so it was read as Windows-1252" in (
        capsys.readouterr().err
    )


def test_a_placeholder_without_a_column_is_refused_naming_the_columns_no_placeholder_uses(
    approved_letter_id, sqlite_url, tmp_path, capsys
):
    """The list's "Nombre completo" column was meant for {{ customer_name }}: the refusal
    named the placeholder only, not the column that could fill it nor how to map it."""
    path = tmp_path / "list.csv"
    path.write_bytes(b"customer_id,Nombre completo,email\nC-1,Ada,a@x.net\n")
    status = merge_command_run(
        str(approved_letter_id), str(path), "--out", str(tmp_path / "out"),
        "--database", sqlite_url,
    )  # fmt: skip
    assert status == 2
    err = capsys.readouterr().err
    assert "{{ customer_name }}" in err
    assert "columns no placeholder uses: 'Nombre completo'" in err
    assert "--map customer_name=COLUMN" in err


@pytest.mark.parametrize("name", ["list.xlsx", "list.csv"])
def test_reading_a_long_list_reports_its_progress_as_it_goes(name):
    """A 50,000-row workbook took about 10 s to read with nothing on screen: the reader tells
    its caller how far it has got, from nothing to all, with what it is doing."""
    rows = [["customer_id", "customer_name"], *([f"C-{n}", f"Name {n}"] for n in range(3_000))]
    if name.endswith(".xlsx"):
        data = _workbook(rows)
    else:
        data = "".join(f"{a},{b}\n" for a, b in rows).encode()
    seen: list[tuple[float, str]] = []
    customers = read_customer_list(data, name, progress=lambda *said: seen.append(said))
    assert len(customers) == 3_000
    shares = [share for share, _ in seen]
    assert shares == sorted(shares) and shares[-1] == 1.0
    assert len({round(s, 2) for s in shares if 0 < s < 1}) >= 5  # steps between, not two jumps
    assert seen[-1][1] == "Read 3,000 rows."
    assert len(seen) <= 110  # each step at least 1 %: a page draws every one
