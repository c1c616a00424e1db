"""The mail merge hunted as a bad day would run it: lists as real programs and people write
them, and values that would put a wrong letter in the post."""

from __future__ import annotations

import argparse
import io
import threading
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from clearnotice.accounts import Role
from clearnotice.commands import merge as merge_command
from clearnotice.export import customer_list
from clearnotice.export.customer_list import ListError, read_customer_list
from clearnotice.export.mailmerge import merge
from clearnotice.export.merge_journal import JournalError
from clearnotice.export.merge_plan import plan_merge, suggest_mapping
from clearnotice.export.merge_rows import HELD, MERGED, RowCheck, check_rows
from clearnotice.export.posting import Sender
from clearnotice.letters import Store
from clearnotice.settings import set_sender
from tests.accounts import add_accounts, add_writers
from tests.approving import approve_newest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


# a list's shape --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "data",
    [
        b'"Customer list, March 2026",,\n,,\ncustomer_id,customer_name,language\nC-1,Ana,es\n'
        b"C-2,Bo,en\n",
        b"Customer list March 2026;;\r\n;;\r\ncustomer_id;customer_name;language\r\nC-1;Ana;es\r\n",
    ],
    ids=["comma", "semicolon"],
)
def test_a_title_above_a_csv_header_saved_by_a_spreadsheet_is_refused_naming_the_header(data):
    """Excel saves a title typed in A1 of a three-column sheet as "title,,": the header then
    had the title as its only name, and the real header merged as a customer."""
    with pytest.raises(ListError, match="line 3 looks like the header"):
        read_customer_list(data, "l.csv")


# values a spreadsheet changed ------------------------------------------------------------------
SENDER = Sender("Example Outfitters Inc.", ("200 Harbor Way", "Portland, OR 97201"), "US")
ADDRESSED = "customer_id,customer_name,street,city,state,postal_code,country\n"


def _checks(store: Store, letter_id: int, text: str, **options) -> dict[str, RowCheck]:
    customers = read_customer_list(text.encode("utf-8"), "list.csv")
    mapping = suggest_mapping(["customer_name", "account_number"], customers.columns)
    plan = plan_merge(store, letter_id, mapping, **options)
    return {customers.table.at[c.index, "customer_id"]: c for c in check_rows(plan, customers)}


def test_a_postal_code_that_lost_its_leading_zero_is_held(sqlite_url, approved_letter_id):
    """Excel reads "02134" as the number 2134; the letter went to "Boston, MA 2134", which no
    post office routes."""
    store = Store(sqlite_url)
    set_sender(store, SENDER, "admin")
    checks = _checks(
        store,
        approved_letter_id,
        ADDRESSED
        + "C-1,Ana Diaz,1 Elm St,Boston,MA,2134,US\n"
        + "C-2,Bo Lee,1 Elm St,Boston,MA,02134,US\n"
        + "C-3,Cy Ray,1 Elm St,Boston,MA,2134-1234,\n"  # no country: the sender's
        + "C-4,Di Roth,Hauptstr. 5,Dresden,,1067,DE\n"
        + "C-5,Ed Cole,10 Downing St,London,,SW1A 2AA,GB\n"
        + "C-6,Flo Hart,1 Elm St,Boston,MA,02134-1234,US\n",
        envelope="us10",
    )
    held = {ident: c.problems for ident, c in checks.items() if c.outcome == HELD}
    assert sorted(held) == ["C-1", "C-3", "C-4"], held
    assert any("'2134'" in p and "leading zero" in p and "02134" in p for p in held["C-1"])
    assert any("'1067'" in p and "01067" in p for p in held["C-4"])


def test_a_number_a_spreadsheet_wrote_in_scientific_notation_is_held(sqlite_url):
    """Excel saves an account number of 12 digits or more as "1.23457E+15" in a CSV file: its
    last digits are gone, and the letter printed them so."""
    store = Store(sqlite_url)
    add_accounts(store, lawyer=Role.LEGAL)
    add_writers(store, "ed")
    letter = store.create_letter(
        "March incident", "Dear {{ customer_name }},\n\nYour account {{ account_number }}.\n",
        actor="ed",
    )  # fmt: skip
    approve_newest(store, letter.id)
    checks = _checks(
        store,
        letter.id,
        "customer_id,customer_name,account_number\n"
        "C-1,Ana Diaz,1.23457E+15\n"
        "C-2,Bo Lee,4.1e+09\n"
        "C-3,Cy Ray,1234567890123456\n",
        accept_exceptions=True,
    )
    assert [checks[i].outcome for i in ("C-1", "C-2", "C-3")] == [HELD, HELD, MERGED]
    assert any("'1.23457E+15'" in p and "scientific" in p for p in checks["C-1"].problems)


# languages -------------------------------------------------------------------------------------
def _chinese_row(sqlite_url: str, english: str, chinese: str, language: str, asked: str):
    """The check of one customer asking for ``asked`` in a merge of a letter whose English
    body is ``english``, approved with ``chinese`` saved as ``language``."""
    store = Store(sqlite_url)
    add_accounts(store, lawyer=Role.LEGAL)
    add_writers(store, "ed")
    letter = store.create_letter(
        "March incident", f"Dear {{{{ customer_name }}}},\n\n{english}\n", actor="ed"
    )
    source = store.latest_version(letter.id)
    store.save_version(
        letter.id, chinese, base_version_id=None, actor="ed", language=language,
        origin="human:Li", source_version_id=source.id,
    )  # fmt: skip
    approve_newest(store, letter.id)
    approve_newest(store, letter.id, language=language)
    return _checks(
        store,
        letter.id,
        f"customer_id,customer_name,language\nC-1,Li Wei,{asked}\n",
        fmt="docx",
        accept_exceptions=True,
    )["C-1"]


CHINESE = "{{ customer_name }}您好：\n\n我们很抱歉。\n"


@pytest.mark.parametrize(
    ("asked", "language"),
    [
        ("zh-Hant", "en"),
        ("zh-TW", "en"),
        ("zh_HK", "en"),
        ("Traditional Chinese", "en"),
        ("Chinese (Traditional)", "en"),
        ("繁體中文", "en"),
        ("zh-Hans", "zh-Hans"),
        ("zh-CN", "zh-Hans"),
        ("Chinese", "zh-Hans"),
        ("Simplified Chinese", "zh-Hans"),
        ("简体中文", "zh-Hans"),
    ],
)
def test_a_customer_who_reads_the_other_chinese_script_is_not_sent_it_unsaid(
    sqlite_url, asked, language
):
    """Only the Simplified Chinese text is approved: a customer whose list says Traditional
    Chinese ("zh-TW", "繁體中文") got it without a word, as if it were the language asked for.
    They get the source language, told, as for any language with no approved text."""
    check = _chinese_row(sqlite_url, "Oops.", CHINESE, "zh-Hans", asked)
    assert (check.outcome, check.language) == (MERGED, language), check.notes
    if language == "en":
        assert any("no approved Chinese" in note and "Hant" in note for note in check.notes)


SIMPLIFIED = "{{ customer_name }}您好：\n\n我们很抱歉。我们的系统发现了问题，请联系我们。\n"
TRADITIONAL = "{{ customer_name }}您好：\n\n我們很抱歉。我們的系統發現了問題，請聯繫我們。\n"


@pytest.mark.parametrize(
    ("text", "asked", "said"),
    [
        (SIMPLIFIED, "zh-Hant", "asks for Traditional characters, but the letter's"),
        (SIMPLIFIED, "繁體中文", "written in Simplified ones"),
        (TRADITIONAL, "zh-CN", "asks for Simplified characters"),
        (SIMPLIFIED, "zh-Hans", None),
        (TRADITIONAL, "zh-TW", None),
        (SIMPLIFIED, "Chinese", None),  # no script asked for
        ("{{ customer_name }}您好：\n\n我们很抱歉。请放心。\n", "zh-Hant", None),  # two: too few
    ],
)
def test_a_plain_chinese_text_in_the_other_script_goes_out_with_a_word(
    sqlite_url, text, asked, said
):
    """A translation saved as plain "zh" names no script: a customer who asked for Traditional
    Chinese got a Simplified text without a word. It still goes out (the nearest the letter
    has), and the row says which script its characters are in."""
    english = "We are very sorry. Our systems found a problem, call us."
    check = _chinese_row(sqlite_url, english, text, "zh", asked)
    assert (check.outcome, check.language) == (MERGED, "zh"), check.notes
    told = [note for note in check.notes if "characters" in note]
    assert bool(told) == (said is not None), check.notes
    if said:
        assert said in told[0] and "zh-" in told[0]


# two at once -------------------------------------------------------------------------------------
def test_a_list_being_merged_is_not_merged_again_beside_it(
    sqlite_url, approved_letter_id, tmp_path
):
    """Two people merging one list with the same options share its ZIP and journal (the page
    names them by what they merge): the second click resumed the running merge's journal, and
    the first to finish removed it under the other, which stopped on a missing file."""
    store = Store(sqlite_url)
    customers = read_customer_list(FIXTURES / "customers.csv")
    mapping = suggest_mapping(["customer_name"], customers.columns)
    plan = plan_merge(store, approved_letter_id, mapping)
    target = tmp_path / "merge.zip"
    midway, go_on = threading.Event(), threading.Event()

    def first_progress(done: int, total: int, message: str) -> None:
        if done == 0:  # its journal is open, and no letter made yet
            midway.set()
            go_on.wait(60)

    first: dict[str, object] = {}

    def run_first() -> None:
        first["result"] = merge(
            plan, customers, target, progress=first_progress, workers=1, resume=False
        )

    thread = threading.Thread(target=run_first)
    thread.start()
    try:
        assert midway.wait(60)
        with pytest.raises(JournalError, match="being merged now"):
            merge(plan, customers, target, workers=1, resume=True)
    finally:
        go_on.set()
        thread.join(60)
    assert first["result"].merged == 5 and target.exists()


# mapping columns ---------------------------------------------------------------------------------
def test_a_column_named_without_spaces_or_underscores_fills_its_placeholder():
    """A CRM's export writes "FIRSTNAME" and "PREFERREDLANGUAGE": they filled nothing, and the
    merge asked for columns the list had."""
    columns = ["CUSTOMERID", "FIRSTNAME", "Last Name", "PREFERREDLANGUAGE", "EMAILADDRESS"]
    mapping = suggest_mapping(["first_name", "last_name", "firstname"], columns)
    assert mapping.columns == {
        "first_name": "FIRSTNAME",
        "last_name": "Last Name",
        "firstname": "FIRSTNAME",
    }
    assert mapping.language_column == "PREFERREDLANGUAGE"
    assert mapping.email_column == "EMAILADDRESS"
    assert mapping.id_column == "CUSTOMERID"


@pytest.mark.parametrize(
    "columns", [["First Name", "first_name"], ["FIRSTNAME", "FirstName"], ["E-mail", "E_mail"]]
)
def test_a_name_two_columns_share_fills_nothing(columns):
    """Columns "First Name" and "first_name" name one placeholder: the second silently took
    it. Which one is meant is for a person to say."""
    mapping = suggest_mapping(["first_name", "email"], columns)
    assert (mapping.columns, mapping.email_column) == ({}, None)


# e-mail notices ----------------------------------------------------------------------------------
def test_an_address_two_customers_have_holds_their_e_mail_notices(sqlite_url, approved_letter_id):
    """Row 3's address copied from row 2 sent Bo's notice, with his personal data, to Ana's
    mailbox. A notice goes to an address one row has; repeated rows keep their own rule."""
    store = Store(sqlite_url)
    set_sender(store, replace(SENDER, email="privacy@example.com"), "admin")
    checks = _checks(
        store,
        approved_letter_id,
        "customer_id,customer_name,email\n"
        "C-1,Ana Diaz,ana@example.net\n"
        "C-2,Bo Lee, Ana@Example.net\n"
        "C-3,Cy Ray,cy@example.net\n"
        "C-4,Di Roth,di@example.net\n"
        "C-4,Di Roth,di@example.net\n",
        fmt="eml",
    )
    outcomes = {ident: check.outcome for ident, check in checks.items()}
    assert outcomes == {"C-1": HELD, "C-2": HELD, "C-3": MERGED, "C-4": HELD}
    assert any("ana@example.net" in p and "rows 2, 3" in p for p in checks["C-1"].problems)


def _workbook(rows: list[list[object]], merged: tuple[str, ...] = ()) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    for cells in merged:
        book.active.merge_cells(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_header_cell_merged_across_columns_is_refused_naming_it():
    """A header "Address" merged over B1:C1 above "street" and "city": column C had no name ("column
    3"), and the row of sub-headers under it merged as a customer."""
    rows = [
        ["customer_name", "Address", None, "language"],
        [None, "street", "city", None],
        ["Ana Diaz", "1 Elm St", "Boston", "es"],
    ]
    with pytest.raises(ListError, match=r"B1:C1.*column C has no name"):
        read_customer_list(_workbook(rows, ("B1:C1",)), "l.xlsx")


def test_a_header_cell_merged_down_over_an_empty_row_is_read():
    rows = [["customer_name", "language"], [None, None], ["Ana Diaz", "es"]]
    customers = read_customer_list(_workbook(rows, ("A1:A2", "B1:B2")), "l.xlsx")
    assert customers.columns == ["customer_name", "language"] and len(customers) == 1


# the source language in place of the one asked -------------------------------------------------
def test_the_merge_command_says_how_many_customers_get_the_source_language_instead(
    approved_letter_id, sqlite_url, tmp_path, capsys
):
    """The sample list asks for Vietnamese, Chinese and German, which the letter has no
    approved text in: the command said "5 letters, 3 rows held" and nothing of the three
    customers sent English; only the manifest's notes did."""
    parser = argparse.ArgumentParser()
    merge_command.add_arguments(parser)
    argv = [str(approved_letter_id), str(FIXTURES / "customers.csv"), "--out", str(tmp_path)]
    assert merge_command.run(parser.parse_args([*argv, "--database", sqlite_url])) == 1
    [line] = [line for line in capsys.readouterr().err.splitlines() if "instead" in line]
    assert line.startswith("3 customers get English (en), the letter's source language, instead")
    assert "Chinese (zh) 1" in line and "German (de) 1" in line and "Vietnamese (vi) 1" in line


# formulas --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name",
    [
        '\u200b=HYPERLINK("http://evil.example")',  # a zero-width space before it
        "\u2060+cmd|' /C calc'!A0",  # a word joiner
        "\ufeff@SUM(1+1)*cmd",  # a byte-order mark typed inside the cell
        "\u00ad-2+3+cmd|' /C calc'!A0",  # a soft hyphen
    ],
)
def test_a_formula_behind_an_invisible_character_is_held(sqlite_url, approved_letter_id, name):
    """The invisible character hid the formula from the check, then was dropped from the
    value: the letter carried "=HYPERLINK(...)" as the customer's name."""
    store = Store(sqlite_url)
    checks = _checks(store, approved_letter_id, f"customer_id,customer_name\nC-1,{name}\n")
    assert checks["C-1"].outcome == HELD
    assert any("formula" in p for p in checks["C-1"].problems)


# the limits ------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_empty_rows_after_the_last_customer_do_not_count_against_the_row_limit(monkeypatch, kind):
    """Excel saves the empty but formatted rows under a list (",,\\n" each, or empty rows in
    a workbook): a list of exactly the limit's customers was refused as "more than" it."""
    monkeypatch.setattr(customer_list, "MAX_ROWS", 3)
    rows = [["customer_id", "customer_name"], ["C-1", "Ana"], ["C-2", "Bo"], ["C-3", "Cy"]]
    blank = [["", ""], ["", ""]]
    if kind == "csv":
        data = "".join(",".join(row) + "\r\n" for row in [*rows, *blank]).encode()
    else:
        data = _workbook([*rows, *([None, None] for _ in blank)], ())
    assert len(read_customer_list(data, f"l.{kind}")) == 3
    with pytest.raises(ListError, match="more than 3 rows"):
        read_customer_list(
            data.replace(b"C-3,Cy", b"C-3,Cy\r\nC-4,Di")
            if kind == "csv"
            else _workbook([*rows, ["C-4", "Di"]], ()),
            f"l.{kind}",
        )


# invisible characters --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Zohre\u200cSadat Ahmadi", "Zohre\u200cSadat Ahmadi"),  # Persian's ZWNJ inside a name
        ("\u0632\u0647\u0631\u0647\u200c\u0633\u0627\u062f\u0627\u062a", None),
        ("Ann\u202eevil", "Ann evil"),  # a right-to-left override is dropped
        ("\u200dAnn\u200c", "Ann"),  # a joiner with nothing to join
    ],
)
def test_a_joiner_inside_a_name_is_kept_and_other_invisible_characters_dropped(
    sqlite_url, approved_letter_id, typed, written
):
    """A zero-width non-joiner is how Persian (and Hindi, and Kurdish) spell many names: it
    was replaced by a space, so the letter split the name in two."""
    store = Store(sqlite_url)
    checks = _checks(
        store, approved_letter_id, f"customer_id,customer_name\nC-1,{typed}\n", fmt="docx"
    )
    assert checks["C-1"].values["customer_name"] == (written or typed)
