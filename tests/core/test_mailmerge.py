"""Mail merge: the sample customer list's outcomes, the ZIP and manifest read back, and the
rules that keep a wrong letter from going out."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from clearnotice.accounts import Role
from clearnotice.approvals import approve
from clearnotice.export import batch
from clearnotice.export.batch import Setup
from clearnotice.export.customer_list import ListError, read_customer_list
from clearnotice.export.document import Document
from clearnotice.export.mailmerge import MANIFEST_NAME, merge
from clearnotice.export.merge_journal import Journal
from clearnotice.export.merge_plan import Mapping, MergeError, plan_merge, suggest_mapping
from clearnotice.export.merge_rows import HELD, MERGED, check_rows, preview
from clearnotice.letters import Store
from tests.accounts import add_accounts, add_writers
from tests.approving import approve_newest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CUSTOMERS = FIXTURES / "customers.csv"
ENGLISH = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
SPANISH = (FIXTURES / "good-plain.es.md").read_text(encoding="utf-8")
HEADER = "customer_id,customer_name,email,language\n"


@pytest.fixture
def store(sqlite_url: str) -> Store:
    store = Store(sqlite_url)
    add_writers(store, "e")  # the names its letters are written as
    return store


@pytest.fixture
def letter_id(approved_letter_id: int) -> int:
    """English and Spanish, both approved; no other translation."""
    return approved_letter_id


def sample_plan(store, letter_id, fmt="pdf", **kwargs):
    customers = read_customer_list(CUSTOMERS)
    mapping = suggest_mapping(["customer_name"], customers.columns)
    return plan_merge(store, letter_id, mapping, fmt=fmt, **kwargs), customers


def csv_list(text: str):
    return read_customer_list(text.encode("utf-8"), "list.csv")


def manifest_rows(zip_path: Path) -> list[dict[str, str]]:
    with zipfile.ZipFile(zip_path) as archive:
        text = archive.read(MANIFEST_NAME).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


# the sample list -------------------------------------------------------------------------------
SAMPLE_OUTCOMES = [
    ("C-1001", MERGED, "es", None),
    ("C-1002", MERGED, "en", None),
    ("C-1003", MERGED, "en", "no approved Vietnamese (vi) text"),
    ("C-1004", MERGED, "en", "no approved Chinese (zh) text"),
    ("C-1005", HELD, "", "customer_name starts like a spreadsheet formula"),
    ("C-1006", HELD, "", "customer_name is empty"),
    ("C-1007", MERGED, "en", "no approved German (de) text"),
    ("C-1008", HELD, "", "'not-an-email' is not a valid e-mail address"),
]


@pytest.fixture
def sample_merge(store, letter_id, tmp_path):
    plan, customers = sample_plan(store, letter_id)
    result = merge(plan, customers, tmp_path / "letters.zip")
    return result, {row["customer_id"]: row for row in manifest_rows(result.zip_path)}


@pytest.mark.parametrize(
    ("customer", "outcome", "language", "message"),
    SAMPLE_OUTCOMES,
    ids=[o[0] for o in SAMPLE_OUTCOMES],
)
def test_sample_list_gives_each_row_its_outcome_and_message(
    sample_merge, customer, outcome, language, message
):
    _result, rows = sample_merge
    row = rows[customer]
    assert row["outcome"] == outcome
    assert row["letter_language"] == language
    said = row["problems"] + " " + row["notes"]
    if message is None:
        assert said.strip() == ""
    else:
        assert message in said
    if language and language != row["requested_language"]:
        assert "the letter is in English (en), its source language" in row["notes"]


def test_unknown_language_code_is_named_and_falls_back_to_the_source_language(sample_merge):
    row = sample_merge[1]["C-1008"]
    assert "unknown language 'xx'; the letter is in English (en)" in row["notes"]


@pytest.mark.parametrize("language", ["Deutsch", "Français", "Русский"])
def test_a_language_named_in_itself_the_letter_lacks_is_named_not_called_unknown(
    store, letter_id, language
):
    """ "Deutsch" for a letter in English and Spanish was an "unknown language"."""
    customers = csv_list(HEADER + f"C-1,Ada,a@example.net,{language}\n")
    plan = plan_merge(store, letter_id, suggest_mapping(["customer_name"], customers.columns))
    [check] = check_rows(plan, customers)
    assert check.outcome == MERGED and check.language == "en"
    assert check.notes[0].startswith("no approved ")
    assert "unknown" not in check.notes[0]


def test_row_with_an_unquoted_comma_is_held_with_the_reason(sample_merge):
    row = sample_merge[1]["C-1005"]
    assert "has 10 values but the header has 9 columns" in row["problems"]


def test_sample_zip_holds_one_letter_per_merged_row_and_the_manifest(sample_merge):
    result, rows = sample_merge
    assert (result.total, result.merged, result.held) == (8, 5, 3)
    with zipfile.ZipFile(result.zip_path) as archive:
        names = sorted(archive.namelist())
    expected = sorted(r["letter_file"] for r in rows.values() if r["outcome"] == MERGED)
    assert names == sorted([*expected, MANIFEST_NAME])
    assert all(r["letter_file"] == "" for r in rows.values() if r["outcome"] == HELD)


def test_each_merged_letter_is_in_the_customers_language_with_their_name(sample_merge):
    result, rows = sample_merge
    with zipfile.ZipFile(result.zip_path) as archive:
        spanish = pdf_text(archive.read(rows["C-1001"]["letter_file"]))
        vietnamese = pdf_text(archive.read(rows["C-1003"]["letter_file"]))
        chinese_name = pdf_text(archive.read(rows["C-1004"]["letter_file"]))
    assert "Estimado/a Maria Gonzalez:" in spanish and "Qué ocurrió" in spanish
    assert "Dear Nguyễn Thị Lan," in vietnamese and "What happened" in vietnamese
    assert "Dear Chen, Wei," in chinese_name
    for text in (spanish, vietnamese, chinese_name):
        assert "{{" not in text and "DRAFT" not in text


def test_manifest_lists_every_row_and_neutralises_formula_cells(sample_merge):
    result, rows = sample_merge
    assert list(rows) == [f"C-{n}" for n in range(1001, 1009)]
    assert rows["C-1005"]["customer_name"] == '\'=HYPERLINK("http://evil.example/x"'
    for row in rows.values():
        for value in row.values():
            assert not value.startswith(("=", "+", "@")), f"formula-like cell {value!r}"
    assert [r["row"] for r in rows.values()] == [str(n) for n in range(2, 10)]


def test_progress_is_reported_up_to_every_row(store, letter_id, tmp_path):
    plan, customers = sample_plan(store, letter_id)
    seen: list[tuple[int, int]] = []
    merge(plan, customers, tmp_path / "out.zip", progress=lambda d, t, _m: seen.append((d, t)))
    assert seen[0] == (0, 8) and seen[-1] == (8, 8)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_docx_merge_writes_word_letters_with_the_names(store, letter_id, tmp_path):
    plan, customers = sample_plan(store, letter_id, fmt="docx")
    result = merge(plan, customers, tmp_path / "out.zip")
    rows = {r["customer_id"]: r for r in manifest_rows(result.zip_path)}
    with zipfile.ZipFile(result.zip_path) as archive:
        letter = docx.Document(io.BytesIO(archive.read(rows["C-1001"]["letter_file"])))
    texts = [p.text for p in letter.paragraphs]
    assert "Estimado/a Maria Gonzalez:" in texts
    assert rows["C-1001"]["letter_file"].endswith(".docx") and result.merged == 5


def test_preview_shows_a_rows_letter_before_merging(store, letter_id):
    plan, customers = sample_plan(store, letter_id)
    check, document = preview(plan, customers, 0)
    assert check.outcome == MERGED and document.language == "es"
    assert "Estimado/a Maria Gonzalez:" in document.plain
    held, nothing = preview(plan, customers, 5)
    assert held.outcome == HELD and nothing is None


# checks that stop a wrong letter ---------------------------------------------------------------
def test_a_placeholder_without_a_column_stops_the_merge_before_any_letter(store):
    add_accounts(store, lawyer=Role.LEGAL)
    letter = store.create_letter("X", "Dear {{ customer_name }}, code {{ code }}.", actor="e")
    approve_newest(store, letter.id)
    mapping = suggest_mapping(["customer_name", "code"], ["customer_name"])
    with pytest.raises(MergeError, match=r"no column and no value: \{\{ code \}\}"):
        plan_merge(store, letter.id, mapping, accept_exceptions=True)  # its gaps


@pytest.mark.parametrize(
    "salutation",
    [
        "Dear {{ customer-name }},",
        "Dear {{ customer_name },",
        "Dear {{{ customer_name }}},",
        "Dear {customer_name},",
        "Dear {{ customer_name | upper }},",
        "Dear «FirstName»,",
        "Dear <<First Name>>,",
        "Dear [First Name],",
        "Dear {First Name},",
    ],
    ids=[
        "hyphen",
        "one-closing-brace",
        "triple-braces",
        "single-braces",
        "filter",
        "word-chevrons",
        "angle-brackets",
        "square-brackets",
        "braces-with-a-space",
    ],
)
def test_a_placeholder_typed_wrong_in_the_approved_text_stops_the_merge(store, salutation):
    """Every customer would get "Dear {{ customer-name }}," or "Dear {Ada},"."""
    add_accounts(store, lawyer=Role.LEGAL)
    letter = store.create_letter("X", f"{salutation}\n\nWe are sorry.", actor="e")
    approve_newest(store, letter.id)
    mapping = Mapping(columns={"customer_name": "customer_name"})
    with pytest.raises(MergeError, match="placeholder typed wrong") as refused:
        plan_merge(store, letter.id, mapping, accept_exceptions=True)
    assert salutation in str(refused.value)


def test_a_fixed_value_fills_a_placeholder_for_everyone(store, tmp_path):
    add_accounts(store, lawyer=Role.LEGAL)
    letter = store.create_letter("X", "Dear {{ name }}, call {{ phone }}.", actor="e")
    approve_newest(store, letter.id)
    customers = csv_list("name\nAda\n")
    mapping = Mapping(columns={"name": "name"}, values={"phone": "+1 800 555 0142"})
    plan = plan_merge(store, letter.id, mapping, accept_exceptions=True)  # its gaps
    result = merge(plan, customers, tmp_path / "o.zip")
    with zipfile.ZipFile(result.zip_path) as archive:
        [name] = [n for n in archive.namelist() if n.endswith(".pdf")]
        assert "Dear Ada, call +1 800 555 0142." in pdf_text(archive.read(name))


def test_unapproved_letter_does_not_merge_unless_drafts_are_asked_for(store, tmp_path):
    letter = store.create_letter("X", ENGLISH, actor="e")
    customers = read_customer_list(CUSTOMERS)
    mapping = suggest_mapping(["customer_name"], customers.columns)
    with pytest.raises(MergeError, match="en v1 has not been approved"):
        plan_merge(store, letter.id, mapping)
    plan = plan_merge(store, letter.id, mapping, allow_drafts=True)
    result = merge(plan, customers, tmp_path / "proof.zip")
    rows = manifest_rows(result.zip_path)
    with zipfile.ZipFile(result.zip_path) as archive:
        assert "DRAFT" in pdf_text(archive.read(rows[0]["letter_file"]))


def test_a_stale_translation_is_not_used(store, letter_id):
    english = store.latest_version(letter_id)
    newer = store.save_version(
        letter_id,
        ENGLISH.replace("24 months", "36 months"),
        base_version_id=english.id,
        actor="e",
        new_draft=True,
    ).version
    approve(store, letter_id, "en", newer.id, "lawyer")
    plan, customers = sample_plan(store, letter_id)
    maria = next(check_rows(plan, customers))
    assert maria.language == "en"
    assert "translates en v1, but the approved en text is v2" in maria.notes[0]


@pytest.mark.parametrize(
    ("value", "outcome"),
    [
        ("=1+1", HELD),
        ("@SUM(A1)", HELD),
        ("\t=cmd", HELD),
        ("+HYPERLINK(1)", HELD),
        ("-2+3", HELD),
        ("+1 (800) 555-0142", MERGED),
        ("Ann-Marie", MERGED),
        ("Нина Петрова", MERGED),
        ("陈伟", MERGED),
    ],
    ids=[
        "equals",
        "at",
        "tab",
        "plus-formula",
        "minus-formula",
        "phone",
        "hyphen",
        "cyrillic",
        "cjk",
    ],
)
def test_formula_like_values_are_held_and_plain_text_in_any_script_merges(
    store, letter_id, value, outcome
):
    customers = csv_list(HEADER + f'C-1,"{value}",a@example.net,en\n')
    plan = plan_merge(store, letter_id, suggest_mapping(["customer_name"], customers.columns))
    [check] = check_rows(plan, customers)
    assert check.outcome == outcome, check.messages


def test_arabic_name_merges_into_pdf_and_a_script_it_cannot_set_is_held_with_a_pointer_to_docx(
    store, letter_id
):
    customers = csv_list(HEADER + "C-1,محمد,a@example.net,en\nC-2,ສົມສັກ,b@example.net,en\n")
    plan = plan_merge(store, letter_id, suggest_mapping(["customer_name"], customers.columns))
    arabic, lao = check_rows(plan, customers)
    assert arabic.outcome == MERGED, arabic.messages
    assert lao.outcome == HELD and "Lao script" in lao.problems[0]
    assert "merge as DOCX instead" in lao.problems[0]


def test_line_breaks_and_control_characters_in_a_value_become_single_spaces(
    store, letter_id, tmp_path
):
    customers = csv_list(HEADER + 'C-1,"Ada\r\n  Lovelace\x07",a@example.net,en\n')
    plan = plan_merge(store, letter_id, suggest_mapping(["customer_name"], customers.columns))
    [check] = check_rows(plan, customers)
    assert check.values["customer_name"] == "Ada Lovelace"


def test_a_value_that_looks_like_a_placeholder_is_held(store, letter_id):
    customers = csv_list(HEADER + "C-1,{{ customer_name }},a@example.net,en\n")
    plan = plan_merge(store, letter_id, suggest_mapping(["customer_name"], customers.columns))
    [check] = check_rows(plan, customers)
    assert check.outcome == HELD and "looks like a placeholder" in check.problems[0]


@pytest.mark.parametrize(
    ("language", "used"),
    [
        ("ES", "es"),
        ("es-MX", "es"),
        ("es_MX", "es"),
        ("Spanish", "es"),
        ("", "en"),
        ("español", "es"),
        ("Español (México)", "es"),
        ("ESPAÑOL", "es"),
        ("Spanish (Mexico)", "es"),
        ("spa", "es"),
    ],
    ids=[
        "upper",
        "region",
        "underscore",
        "name",
        "empty",
        "own-name",
        "own-name-region",
        "own-name-shouted",
        "name-region",
        "iso-639-2",
    ],
)
def test_language_values_are_read_the_way_people_write_them(store, letter_id, language, used):
    customers = csv_list(HEADER + f"C-1,Ada,a@example.net,{language}\n")
    plan = plan_merge(store, letter_id, suggest_mapping(["customer_name"], customers.columns))
    [check] = check_rows(plan, customers)
    assert check.outcome == MERGED and check.language == used


@pytest.mark.parametrize(
    ("column", "kind"),
    [
        ("Language Preference", "language"),
        ("Preferred Lang", "language"),
        ("Idioma", "language"),
        ("Langue", "language"),
        ("Sprache", "language"),
        ("E-mail Address", "email"),
        ("EmailAddress", "email"),
        ("Correo electrónico", "email"),
        ("Courriel", "email"),
    ],
)
def test_language_and_email_columns_are_found_by_the_names_lists_give_them(column, kind):
    """A "Language Preference" column was not taken for the language: every customer got the
    source language, and no row said why."""
    mapping = suggest_mapping([], ["customer_name", column])
    found = mapping.language_column if kind == "language" else mapping.email_column
    assert found == column


def test_without_a_language_column_each_row_says_it_gets_the_source_language(store, letter_id):
    customers = csv_list("customer_id,customer_name,Lingo\nC-1,Ada,es\n")
    plan = plan_merge(store, letter_id, suggest_mapping(["customer_name"], customers.columns))
    [check] = check_rows(plan, customers)
    assert check.outcome == MERGED and check.language == "en"
    assert check.notes == [
        "no language column was chosen, though the letter is approved in es too; the letter is "
        "in English (en), its source language."
    ]


# reading lists ------------------------------------------------------------------------------
def test_xlsx_list_is_read_as_text_and_a_formula_string_is_never_run(store, letter_id, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["customer_id", "customer_name", "email", "language", "postal_code"])
    sheet.append(["C-1", "Ada Lovelace", "ada@example.net", "es", "02108"])
    sheet.append(["C-2", None, "b@example.net", "en", "10115"])
    sheet.append(["C-3", "x", "c@example.net", "en", "1"])
    sheet["B4"].value = '=HYPERLINK("http://evil.example/x","Click")'
    sheet["B4"].data_type = "s"  # stored as text, the way a pasted attack arrives
    path = tmp_path / "list.xlsx"
    book.save(path)
    customers = read_customer_list(path)
    assert customers.table.iloc[0]["postal_code"] == "02108"
    plan = plan_merge(store, letter_id, suggest_mapping(["customer_name"], customers.columns))
    outcomes = [(c.outcome, c.language) for c in check_rows(plan, customers)]
    assert outcomes == [(MERGED, "es"), (HELD, "en"), (HELD, "en")]


def test_semicolon_separated_windows_csv_is_read(tmp_path):
    data = "customer_id;customer_name;email\nC-1;Zoë Müller;z@example.net\n".encode("cp1252")
    customers = read_customer_list(data, "export.csv")
    assert customers.columns == ["customer_id", "customer_name", "email"]
    assert customers.table.iloc[0]["customer_name"] == "Zoë Müller"


def test_blank_lines_are_skipped_and_counted_and_short_rows_held():
    customers = csv_list(HEADER + "C-1,Ada,a@example.net,en\n\n,,,\nC-2,Bob\n")
    assert len(customers) == 2 and customers.blank_rows == 2
    [[note]] = customers.notes.values()
    assert note.hold and "2 values for 4 columns" in note.message
    assert customers.line_label(3) == "5"  # the physical line, blank lines counted


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "a.csv", "empty"),
        (b"customer_id,customer_name\n", "a.csv", "no rows"),
        (b"not a workbook", "a.xlsx", "could not read the spreadsheet"),
        (b"\xd0\xcf\x11\xe0", "a.xls", "save the list as .xlsx or .csv"),
    ],
    ids=["empty", "header-only", "broken-xlsx", "old-xls"],
)
def test_unreadable_lists_get_a_clear_message(data, name, message):
    with pytest.raises(ListError, match=message):
        read_customer_list(data, name)


def test_suggested_mapping_finds_columns_by_name():
    mapping = suggest_mapping(
        ["customer_name", "postal_code"], ["Customer Name", "E-mail", "Lang", "Postal-Code", "ID"]
    )
    assert mapping.columns == {"customer_name": "Customer Name", "postal_code": "Postal-Code"}
    assert (mapping.email_column, mapping.language_column, mapping.id_column) == (
        "E-mail",
        "Lang",
        "ID",
    )


def test_long_list_merges_in_worker_processes_with_every_row_accounted_for(
    store, letter_id, tmp_path
):
    rows = "".join(
        f"C-{n},Customer {n},c{n}@example.net,{'es' if n % 3 else 'en'}\n" for n in range(450)
    )
    customers = csv_list(HEADER + rows + "C-bad,,x@example.net,en\n")
    plan = plan_merge(store, letter_id, suggest_mapping(["customer_name"], customers.columns))
    result = merge(plan, customers, tmp_path / "many.zip", workers=2)
    assert (result.merged, result.held) == (450, 1)
    manifest = manifest_rows(result.zip_path)
    with zipfile.ZipFile(result.zip_path) as archive:
        assert len(archive.namelist()) == 451
        last = next(r for r in manifest if r["customer_id"] == "C-449")
        assert "Customer 449" in pdf_text(archive.read(last["letter_file"]))


def test_a_list_column_named_like_an_outcome_column_is_kept_apart(store, letter_id, tmp_path):
    customers = csv_list("customer_name,notes,outcome\nAda,call after 5,VIP\n")
    plan = plan_merge(store, letter_id, suggest_mapping(["customer_name"], customers.columns))
    result = merge(plan, customers, tmp_path / "o.zip")
    [row] = manifest_rows(result.zip_path)
    assert row["outcome"] == MERGED and "call after 5" not in row["notes"]
    assert row["notes (list)"] == "call after 5" and row["outcome (list)"] == "VIP"


def embedded_fonts(data: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(data))
    return {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }


def test_letters_needing_a_cjk_font_are_batched_apart_from_the_rest(store, letter_id, tmp_path):
    customers = csv_list(HEADER + "C-1,陈伟,a@example.net,en\nC-2,Ada,b@example.net,en\n")
    plan = plan_merge(store, letter_id, suggest_mapping(["customer_name"], customers.columns))
    result = merge(plan, customers, tmp_path / "o.zip")
    files = {r["customer_id"]: r["letter_file"] for r in manifest_rows(result.zip_path)}
    with zipfile.ZipFile(result.zip_path) as archive:
        chinese = embedded_fonts(archive.read(files["C-1"]))
        latin = embedded_fonts(archive.read(files["C-2"]))
    assert any("DejaVu" not in name for name in chinese)
    assert all("DejaVu" in name for name in latin)


def test_chunks_of_a_worker_that_died_are_rendered_here_in_order(tmp_path):
    setup = Setup({"en": Document.from_markdown("Dear {{ n }}.", "en")}, "pdf", "standard")
    journal = Journal.open(tmp_path / "o.zip.parts", "merge", resume=False)
    worker = batch._Worker.start(setup, journal)
    worker.process.kill()
    worker.process.wait()
    chunks = [
        (1, [(0, "a.pdf", ("en", {"n": "Ada"}, ()))]),
        (2, [(1, "b.pdf", ("en", {"n": "Bob"}, ())), (2, "c.pdf", ("en", {"n": "Cy"}, ()))]),
    ]
    try:
        errors = list(batch._round_robin(setup, journal, [worker], iter(chunks)))
    finally:
        worker.stop()
    assert errors == [[""], ["", ""]]
    with zipfile.ZipFile(journal.assemble(MANIFEST_NAME, b"")) as archive:
        texts = [pdf_text(archive.read(name)) for name in ("a.pdf", "b.pdf", "c.pdf")]
    assert texts == ["Dear Ada.", "Dear Bob.", "Dear Cy."]


def test_a_worker_writes_its_chunk_to_the_journal_and_answers_only_the_errors(tmp_path):
    setup = Setup({"en": Document.from_markdown("Dear {{ n }}.", "en")}, "pdf", "standard")
    journal = Journal.open(tmp_path / "o.zip.parts", "merge", resume=False)
    worker = batch._Worker.start(setup, journal)
    try:
        answer = worker.send((7, [(0, "a.pdf", ("en", {"n": "Ada"}, ()))])).receive()
    finally:
        worker.stop()
    assert answer == [""]
    assert journal.numbers() == {7} and journal.done() == {0: ("a.pdf", "")}
