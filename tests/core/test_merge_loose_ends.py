"""The mail merge's loose ends on real customer files: the language labels CRM exports write,
dates a spreadsheet stored as numbers, and characters dropped from a name. Each fault a user
would meet is a row of a table here."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import openpyxl
import pytest
from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH

from clearnotice.accounts import Role
from clearnotice.export.customer_list import read_customer_list
from clearnotice.export.merge_plan import plan_merge, suggest_mapping
from clearnotice.export.merge_rows import MERGED, RowCheck, check_rows
from clearnotice.export.posting import Sender
from clearnotice.letters import Store
from clearnotice.settings import set_sender
from tests.accounts import add_accounts, add_writers
from tests.approving import approve_newest

ENGLISH = "Dear {{ customer_name }},\n\nWe are sorry.\n"
TRANSLATIONS = {
    "zh-Hans": "{{ customer_name }}您好：\n\n我们很抱歉。\n",
    "zh-Hant": "{{ customer_name }}您好：\n\n我們很抱歉。\n",
    "es": "Estimado/a {{ customer_name }}:\n\nLo sentimos.\n",
    "pt": "Prezado(a) {{ customer_name }},\n\nLamentamos.\n",
    "fr": "Madame, Monsieur {{ customer_name }},\n\nNous sommes désolés.\n",
}
DATED = {
    "en": "Dear {{ customer_name }},\n\nYour data was exposed on {{ exposure_date }}.\n",
    "es": "Estimado/a {{ customer_name }}:\n\nSus datos se expusieron el {{ exposure_date }}.\n",
}
# The letters a row is merged against: each approved in English and in these languages.
LETTERS = {
    "simplified": {"en": ENGLISH, **{k: TRANSLATIONS[k] for k in ("zh-Hans", "es", "pt", "fr")}},
    "traditional": {"en": ENGLISH, "zh-Hant": TRANSLATIONS["zh-Hant"]},
    "dated": DATED,
    "when": {"en": "Dear {{ customer_name }},\n\nYour data was exposed on {{ exposed_on }}.\n"},
}


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('db') / 'clearnotice.sqlite3'}")
    add_accounts(store, lawyer=Role.LEGAL)
    add_writers(store, "ed")
    return store


@pytest.fixture(scope="module")
def letters(store) -> dict[str, int]:
    """The letter id of each of ``LETTERS``."""
    made = {}
    for name, texts in LETTERS.items():
        letter = store.create_letter(name, texts["en"], actor="ed")
        english = store.latest_version(letter.id)
        approve_newest(store, letter.id)
        for language, text in texts.items():
            if language == "en":
                continue
            store.save_version(
                letter.id, text, base_version_id=None, actor="ed", language=language,
                origin="human:Li", source_version_id=english.id,
            )  # fmt: skip
            approve_newest(store, letter.id, language=language)
        made[name] = letter.id
    return made


def check(store: Store, letter_id: int, header: str, row: str) -> RowCheck:
    """The check of the one customer of a list ``header`` over ``row``."""
    [found] = checks(store, letter_id, f"{header}\n{row}\n".encode(), "list.csv")
    return found


def checks(store: Store, letter_id: int, data: bytes, name: str) -> list[RowCheck]:
    """The checks of every row of the list ``data`` (a file called ``name``), its columns
    mapped by name."""
    customers = read_customer_list(data, name)
    names = ["customer_name", "exposure_date", "exposed_on"]
    mapping = suggest_mapping(names, customers.columns)
    plan = plan_merge(store, letter_id, mapping, accept_exceptions=True, fmt="docx")
    return list(check_rows(plan, customers))


# languages -------------------------------------------------------------------------------------
# A reader of Traditional Chinese is never sent the Simplified letter as theirs: the Traditional
# one, or the source language with a note. A region names the script as a tag's region does
# (CLDR's likely subtags: zh_TW, zh_HK and zh_MO are Hant, zh_SG Hans).
TRADITIONAL = [
    "Chinese (Taiwan)",
    "zh-TW",
    "zh-Hant",
    "zh_HK",
    "Chinese (Hong Kong)",
    "繁體中文",
    "中文（台灣）",  # full-width parentheses, as a Chinese keyboard types them
    "中文 (香港)",
    "Chinese (Macau)",
    "Mandarin (Taiwan)",
    "Chinese - Taiwan",
    "Cantonese",  # yue: CLDR's likely subtags write it yue_Hant_HK
]


@pytest.mark.parametrize("asked", TRADITIONAL)
def test_a_reader_of_traditional_chinese_is_never_sent_simplified_as_theirs(store, letters, asked):
    only_simplified = check(store, letters["simplified"], "customer_name,language", f"Li,{asked}")
    assert only_simplified.language == "en", only_simplified.notes
    assert any("no approved Chinese" in note for note in only_simplified.notes)
    traditional = check(store, letters["traditional"], "customer_name,language", f"Li,{asked}")
    assert traditional.language == "zh-Hant", traditional.notes


@pytest.mark.parametrize(
    ("asked", "language"),
    [
        ("Chinese (China)", "zh-Hans"),
        ("Chinese (Singapore)", "zh-Hans"),
        ("Chinese", "zh-Hans"),
        ("Português (Brasil)", "pt"),
        ("pt_BR", "pt"),
        ("Portuguese - Brazil", "pt"),
        ("es-419", "es"),
        ("Español (Latinoamérica)", "es"),
        ("Spanish - Latin America", "es"),
        ("español latinoamericano", "es"),  # es_419's own name (CLDR)
        ("français canadien", "fr"),  # fr_CA's own name (CLDR)
        ("French (Canada)", "fr"),
        ("Canadian French", "fr"),
    ],
)
def test_language_labels_crm_exports_write_get_the_letter_in_that_language(
    store, letters, asked, language
):
    found = check(store, letters["simplified"], "customer_name,language", f"Li,{asked}")
    assert (found.outcome, found.language) == (MERGED, language), found.notes
    assert not found.instead_of


# dates -----------------------------------------------------------------------------------------
# A date the reader recognises, in the letter's language as a date fact is written
# (facts.written_in), or the row held saying why: a spreadsheet stores a date as the days since
# 1900 (45292 is 2024-01-01), and a list saved from a date-time column carries midnight.
@pytest.mark.parametrize(
    ("language", "exposed", "written"),
    [
        ("en", "2024-01-01", "January 1, 2024"),
        ("es", "2024-01-01", "1 de enero de 2024"),
        ("en", "2024-01-01 00:00:00", "January 1, 2024"),  # pandas' to_csv of a datetime
        ("en", "2024-01-01T00:00:00", "January 1, 2024"),
        ("en", "1/1/2024 0:00", "1/1/2024"),  # Excel's CSV of a date-time cell
        ("en", "1/1/2024 12:00:00 AM", "1/1/2024"),  # .NET's and SQL Server's exports
        ("en", "1/1/2024", "1/1/2024"),  # as typed: 1/2/2024 is 1 February in most countries
        ("en", "2024-01-01 14:05", "2024-01-01 14:05"),  # a time of day is kept
    ],
)
def test_a_date_is_filled_as_the_reader_recognises_it(store, letters, language, exposed, written):
    found = check(
        store, letters["dated"], "customer_name,exposure_date,language", f"Li,{exposed},{language}"
    )
    assert found.outcome == MERGED, found.problems
    assert found.values["exposure_date"] == written


SERIAL_HELD = "is how a spreadsheet stores the date January 1, 2024"


@pytest.mark.parametrize(
    ("letter", "header", "rows", "held"),
    [
        # a placeholder or a column named as a date
        ("dated", "customer_name,exposure_date", ["Li,45292"], [True]),
        ("dated", "customer_name,Exposure Date", ["Li,45292.0"], [True]),
        # a column whose other values are dates
        ("when", "customer_name,exposed_on", ["Li,2024-02-01", "Bo,45292"], [False, True]),
        # a number in a column of numbers is a number
        ("when", "customer_name,exposed_on", ["Li,45292", "Bo,45293"], [False, False]),
    ],
)
def test_a_date_a_spreadsheet_wrote_as_its_serial_number_holds_its_row(
    store, letters, letter, header, rows, held
):
    data = "\n".join([header, *rows]).encode()
    found = checks(store, letters[letter], data, "list.csv")
    assert [c.outcome != MERGED for c in found] == held, [c.problems for c in found]
    for row_check in (c for c in found if c.outcome != MERGED):
        assert any(SERIAL_HELD in p for p in row_check.problems), row_check.problems


def test_a_workbook_date_cell_is_written_out_and_its_serial_number_held(store, letters):
    """A date cell reads as a date; the same date pasted as a value into a General cell reads
    as the number Excel stores (45292), which went into the letter."""
    book = openpyxl.Workbook()
    book.active.append(["customer_name", "exposure_date"])
    book.active.append(["Li", dt.datetime(2024, 1, 1)])
    book.active.append(["Bo", 45292])
    saved = io.BytesIO()
    book.save(saved)
    dated, serial = checks(store, letters["dated"], saved.getvalue(), "list.xlsx")
    assert dated.values["exposure_date"] == "January 1, 2024"
    assert serial.outcome != MERGED and any(SERIAL_HELD in p for p in serial.problems)


@pytest.mark.parametrize(
    ("epoch", "serial", "system"),
    [
        (WINDOWS_EPOCH, 45292, "1900"),  # Excel for Windows, and for Mac since 2011
        (MAC_EPOCH, 43830, "1904"),  # older Excel for Mac: days since 1 January 1904
    ],
)
def test_a_workbooks_serial_date_is_read_in_its_own_date_system(
    store, letters, epoch, serial, system
):
    """A workbook saved with the 1904 date system stores 2024-01-01 as 43830; it was named as
    the 1900 system's date, 31 December 2019: four years and a day off. Its date cells (which
    openpyxl converts by the workbook's epoch) were right already."""
    book = openpyxl.Workbook()
    book.epoch = epoch
    book.active.append(["customer_name", "exposure_date"])
    book.active.append(["Li", dt.datetime(2024, 1, 1)])
    book.active.append(["Bo", serial])
    saved = io.BytesIO()
    book.save(saved)
    with zipfile.ZipFile(saved) as package:  # saved as Excel marks it (ECMA-376 18.2.28)
        assert ('date1904="1"' in package.read("xl/workbook.xml").decode()) == (system == "1904")
    dated, held = checks(store, letters["dated"], saved.getvalue(), "list.xlsx")
    assert dated.values["exposure_date"] == "January 1, 2024"
    assert held.outcome != MERGED
    [problem] = [p for p in held.problems if SERIAL_HELD in p]
    assert f"in this workbook's {system} date system" in problem


# direction marks ---------------------------------------------------------------------------------
# A bidi control (UAX #9's marks, embeddings, overrides, isolates) changes the order a value's
# characters show in; it is dropped from the letter, and the row's notes say so, naming it.
@pytest.mark.parametrize(
    ("name", "dropped"),
    [
        ("Ann\u202eevil", "U+202E RIGHT-TO-LEFT OVERRIDE"),  # shown "Annlive" in the list
        ("\u200fשרה כהן", "U+200F RIGHT-TO-LEFT MARK"),
        ("Ana \u2067Díaz\u2069", "U+2067 RIGHT-TO-LEFT ISOLATE"),
        ("\u202bמשה\u202c", "U+202B RIGHT-TO-LEFT EMBEDDING"),
        ("Zohre\u200cSadat", None),  # a joiner spells the name: kept, nothing to say
        ("Ann\u200b", None),  # invisible, and no direction: dropped unsaid
    ],
)
def test_direction_marks_dropped_from_a_name_are_noted_on_its_row(store, letters, name, dropped):
    found = check(store, letters["simplified"], "customer_name", name)
    said = [note for note in found.notes if "direction" in note]
    assert found.outcome == MERGED
    if dropped is None:
        assert said == []
        return
    [note] = said
    assert dropped in note and repr(found.values["customer_name"]) in note


def test_direction_marks_dropped_from_an_address_are_noted_on_its_row(store, letters):
    set_sender(
        store, Sender("Example Inc.", ("200 Harbor Way", "Portland, OR 97201"), "US"), "admin"
    )
    data = (
        "customer_name,street,city,state,postal_code,country\n"
        "Ana Diaz,\u200f12 Palm Ave,San Diego,CA,92101,US\n"
    ).encode()
    customers = read_customer_list(data, "list.csv")
    mapping = suggest_mapping(["customer_name"], customers.columns)
    plan = plan_merge(
        store, letters["simplified"], mapping, accept_exceptions=True, envelope="us10"
    )
    [found] = check_rows(plan, customers)
    assert any("street" in n and "U+200F" in n for n in found.notes), found.notes


# a list's file ---------------------------------------------------------------------------------
ROWS = [["customer_id", "customer_name"], ["C-1", "Ana"], ["C-2", "Bo"]]


def _saved(delimiter: str, first: str = "") -> str:
    return first + "".join(delimiter.join(row) + "\r\n" for row in ROWS)


@pytest.mark.parametrize(
    "data",
    [
        # Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated
        _saved("\t").encode("utf-16"),
        # Excel's delimiter hint on the first line, in UTF-8 with a BOM and in UTF-16
        _saved(";", "sep=;\r\n").encode("utf-8-sig"),
        _saved(";", "sep=;\r\n").encode("utf-16"),
        # the hint saved again by a spreadsheet that read it as a value (LibreOffice shows it
        # as a cell): the delimiter of each empty cell after it, or the value in quotes
        _saved(";", "sep=;;\r\n").encode(),
        _saved(",", '"sep=,",\r\n').encode(),
    ],
    ids=["utf-16-tabs", "sep-utf-8", "sep-utf-16", "sep-resaved", "sep-quoted"],
)
def test_a_list_as_spreadsheets_save_it_is_read(data):
    customers = read_customer_list(data, "list.csv")
    assert customers.columns == ROWS[0]
    assert customers.table.values.tolist() == ROWS[1:] and not customers.notes


@pytest.mark.parametrize("asked", ["es\u200b", "\u200fes", "\ufeffSpanish", "es\u00a0"])
def test_a_language_with_an_invisible_character_around_it_is_read(store, letters, asked):
    """A zero-width space or a direction mark copied from a web CRM with the language: the
    customer got English, and the note named the language as unknown, 'es'."""
    found = check(store, letters["simplified"], "customer_name,language", f"Li,{asked}")
    assert found.language == "es", found.notes


@pytest.mark.parametrize("filler", ["(", "(a", "( "])
def test_a_long_language_cell_of_open_brackets_is_read_once(store, letters, filler):
    """A region in brackets at a language's end ("Chinese (Taiwan)") was looked for from every
    "(" to the cell's end (12,000 of them took seconds, a longer cell minutes): a long cell
    gets the language a short one does."""

    def language(count: int) -> str:
        asked = f"Li,Chinese ({filler * count}Taiwan"
        return check(store, letters["traditional"], "customer_name,language", asked).language

    assert language(12_000) == language(1)
