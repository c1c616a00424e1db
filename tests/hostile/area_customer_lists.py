"""Customer lists for the mail merge: broken quoting, delimiters, encodings, binary files,
duplicates and oversized values, each merged for real into a small approved letter.

For every row that merges, the letter must hold that row's own name and reference and no other
row's, and every customer of the input must be in the manifest: otherwise the outcome is
``wrong``, however calm the merge looked.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from pypdf import PdfReader

from clearnotice.accounts import Role
from clearnotice.export.customer_list import (
    MAX_ROWS,
    MAX_VALUE_CHARS,
    MAX_VALUE_LINES,
    ListError,
    read_customer_list,
)
from clearnotice.export.mailmerge import MANIFEST_NAME, merge
from clearnotice.export.merge_plan import MergeError, plan_merge, suggest_mapping
from clearnotice.export.merge_rows import HELD, MERGED
from clearnotice.letters import Store
from tests.accounts import add_accounts
from tests.approving import approve_newest
from tests.hostile.documents import zip_of
from tests.hostile.harness import ACCEPTED, REFUSED, WARNED, WRONG, Case, Outcome

NAME = "customer lists"
LETTER = (
    "Dear {{ customer_name }},\n\nYour reference is {{ customer_id }}. We write about a breach."
)
HEADER = "customer_id,customer_name,email\n"


@dataclass(frozen=True)
class ListInput:
    """The file (bytes, or made in the work folder), its name, and the customer ids it holds."""

    data: bytes | Callable[[Path], bytes]
    ids: tuple[str, ...] = ()
    filename: str = "customers.csv"


def rows(*lines: str, header: str = HEADER, end: str = "\n") -> bytes:
    return (header + end.join(lines) + end).encode("utf-8")


def workbook(*table: list[str]) -> Callable[[Path], bytes]:
    def make(workdir: Path) -> bytes:
        book = openpyxl.Workbook()
        for row in table:
            book.active.append(row)
        path = workdir / "customers.xlsx"
        book.save(path)
        return path.read_bytes()

    return make


def workbook_declaring(part: str, dtd: str, name: str = "Ann Archer") -> Callable[[Path], bytes]:
    """Ann's row in a workbook whose XML ``part`` opens with the document type declaration
    ``dtd``, her name written as ``name`` (an entity reference, say). Excel never writes one;
    openpyxl reads a sheet through defusedxml, which refuses it, and other parts through lxml
    without resolving entities."""
    make_plain = workbook(["customer_id", "customer_name"], ["C-101", "Ann Archer"])

    def make(workdir: Path) -> bytes:
        source = zipfile.ZipFile(io.BytesIO(make_plain(workdir)))
        members = {item.filename: source.read(item) for item in source.infolist()}
        xml = members[part].decode("utf-8").replace("Ann Archer", name)
        declaration_end = xml.index("?>") + 2 if xml.startswith("<?xml") else 0
        members[part] = (xml[:declaration_end] + dtd + xml[declaration_end:]).encode("utf-8")
        return zip_of(members)

    return make


# An external entity reads a file of the server into the list (XXE, OWASP XXE Prevention Cheat
# Sheet); nested entities grow a few hundred bytes into gigabytes ("billion laughs").
_SECRET = '<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
_LAUGHS = (
    '<!DOCTYPE worksheet [<!ENTITY a0 "haha">'
    + "".join(f'<!ENTITY a{n} "{f"&a{n - 1};" * 10}">' for n in range(1, 10))
    + "]>"
)


SHEET = "xl/worksheets/sheet1.xml"


def zip_of_text() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("customers.txt", "customer_id,customer_name\n")
    return buffer.getvalue()


ANN = "C-101,Ann Archer,ann@example.net"
BO = "C-102,Bo Brandt,bo@example.net"
CY = "C-103,Cy Carter,cy@example.net"
THREE = ("C-101", "C-102", "C-103")
UNICODE_TAB = "customer_id\tcustomer_name\nC-101\tNguyễn Thị Lan\nC-102\tНина Петрова\n"

CASES = (
    # taken as they are ------------------------------------------------------------------------
    Case("plain", ACCEPTED, ListInput(rows(ANN, BO, CY), THREE)),
    Case("crlf", ACCEPTED, ListInput(rows(ANN, BO, CY, end="\r\n"), THREE)),
    Case("cr-only", ACCEPTED, ListInput(rows(ANN, BO, CY, end="\r"), THREE), "old Mac files"),
    Case("no-final-newline", ACCEPTED, ListInput(rows(ANN, BO).rstrip(), THREE[:2])),
    Case("utf8-bom", ACCEPTED, ListInput(codecs.BOM_UTF8 + rows(ANN, BO), THREE[:2])),
    Case(
        "utf16-le-bom-tabs",
        ACCEPTED,
        ListInput(UNICODE_TAB.encode("utf-16"), THREE[:2], "customers.txt"),
        "Excel's 'Unicode text'",
    ),
    Case(
        "utf16-be-bom",
        ACCEPTED,
        ListInput(codecs.BOM_UTF16_BE + UNICODE_TAB.encode("utf-16-be"), THREE[:2]),
    ),
    Case(
        "semicolons",
        ACCEPTED,
        ListInput(rows(ANN, BO, header=HEADER).replace(b",", b";"), THREE[:2]),
    ),
    Case("tabs", ACCEPTED, ListInput(rows(ANN, BO).replace(b",", b"\t"), THREE[:2])),
    Case("pipes", ACCEPTED, ListInput(rows(ANN, BO).replace(b",", b"|"), THREE[:2])),
    Case(
        "quoted-comma",
        WARNED,
        ListInput(rows('C-101,"Chen, Wei",w@example.net', BO), THREE[:2]),
        "read as one value; 'Dear Chen, Wei,' is then noted as a 'Last, First' name",
    ),
    Case(
        "escaped-quotes",
        ACCEPTED,
        ListInput(rows('C-101,"Robert ""Bob"" Smith",r@example.net', BO), THREE[:2]),
    ),
    Case(
        "quote-inside-unquoted",
        ACCEPTED,
        ListInput(rows('C-101,Robert "Bob" Smith,r@example.net', BO), THREE[:2]),
        "kept as typed, as spreadsheets read it",
    ),
    Case(
        "two-line-name-in-quotes",
        ACCEPTED,
        ListInput(rows('C-101,"Ada\nLovelace",ada@example.net', BO), THREE[:2]),
        "legal CSV; the letter puts it on one line",
    ),
    Case("blank-lines", ACCEPTED, ListInput(rows(ANN, "", ",,", BO), THREE[:2])),
    Case(
        "unicode-names",
        ACCEPTED,
        ListInput(
            rows("C-101,Nguyễn Thị Lan,lan@example.net", "C-102,Zoë Brontë,z@example.net"),
            THREE[:2],
        ),
    ),
    Case(
        "name-at-the-length-limit",
        ACCEPTED,
        ListInput(
            rows(f"C-101,{('Ann ' * MAX_VALUE_CHARS)[: MAX_VALUE_CHARS - 1]}z,a@example.net", BO),
            THREE[:2],
        ),
    ),
    Case(
        "spaced-header",
        ACCEPTED,
        ListInput(rows(ANN, BO, header="Customer ID, Customer Name ,E-mail\n"), THREE[:2]),
    ),
    Case(
        "formula-in-an-unused-column",
        ACCEPTED,
        ListInput(
            rows(ANN + ",=1+1", BO + ",x", header="customer_id,customer_name,email,note\n"),
            THREE[:2],
        ),
        "never used in a letter; neutralised in the manifest",
    ),
    Case(
        "xlsx",
        ACCEPTED,
        ListInput(
            workbook(["customer_id", "customer_name"], ["C-101", "Ann Archer"]),
            ("C-101",),
            "customers.xlsx",
        ),
    ),
    # taken, with a warning ---------------------------------------------------------------------
    Case(
        "windows-1252",
        WARNED,
        ListInput(rows("C-101,Zoë Müller,z@example.net").decode().encode("cp1252"), ("C-101",)),
    ),
    Case(
        "language-without-approved-text",
        WARNED,
        ListInput(
            rows(ANN + ",es", BO + ",en", header="customer_id,customer_name,email,language\n"),
            THREE[:2],
        ),
    ),
    Case("empty-email", WARNED, ListInput(rows("C-101,Ann Archer,", BO), THREE[:2])),
    # rows held back ----------------------------------------------------------------------------
    Case(
        "quote-swallows-the-next-row",
        HELD,
        ListInput(
            rows('C-101,"Ann Archer,ann@example.net\nC-102,Bo Brandt",bo@example.net', CY),
            ("C-101", "C-103"),
        ),
    ),
    Case(
        "quote-closes-mid-value",
        HELD,
        ListInput(rows('C-101,"Ann"Archer,ann@example.net', BO), THREE[:2]),
    ),
    Case(
        "unquoted-comma", HELD, ListInput(rows("C-101,Archer,Ann,ann@example.net", BO), THREE[:2])
    ),
    Case("missing-value", HELD, ListInput(rows("C-101,Ann Archer", BO), THREE[:2])),
    Case(
        "row-with-other-delimiter",
        HELD,
        ListInput(rows(ANN.replace(",", ";"), BO, CY), (ANN.replace(",", ";"), *THREE[1:])),
        "the whole row lands in the first column, and is held",
    ),
    Case(
        "duplicate-id",
        HELD,
        ListInput(rows(ANN, BO, "C-101,Cy Carter,cy@example.net"), ("C-101", "C-102", "C-101")),
    ),
    Case(
        "duplicate-id-case-and-space",
        HELD,
        ListInput(rows(ANN, " c-101 ,Cy Carter,cy@example.net"), ("C-101", "c-101")),
    ),
    Case(
        "name-of-10000-characters",
        HELD,
        ListInput(rows(f"C-101,{'A' * 10_000},a@example.net", BO), THREE[:2]),
    ),
    Case(
        "field-of-10000-lines",
        HELD,
        ListInput(rows('C-101,"' + "Ann\n" * 10_000 + '",a@example.net', BO), THREE[:2]),
    ),
    Case(
        "field-just-over-the-line-limit",
        HELD,
        ListInput(rows('C-101,"' + "Ann\n" * MAX_VALUE_LINES + 'z",a@example.net', BO), THREE[:2]),
    ),
    Case(
        "formula-name",
        HELD,
        ListInput(rows('C-101,=HYPERLINK("http://evil.example/x"),ann@example.net', BO), THREE[:2]),
    ),
    Case("at-formula-name", HELD, ListInput(rows("C-101,@SUM(A1),ann@example.net", BO), THREE[:2])),
    Case("empty-name", HELD, ListInput(rows("C-101,,ann@example.net", BO), THREE[:2])),
    Case(
        "placeholder-name",
        HELD,
        ListInput(rows("C-101,{{ customer_id }},ann@example.net", BO), THREE[:2]),
    ),
    Case("invalid-email", HELD, ListInput(rows("C-101,Ann Archer,not-an-email", BO), THREE[:2])),
    Case(
        "xlsx-cell-of-10000-characters",
        HELD,
        ListInput(
            workbook(
                ["customer_id", "customer_name"], ["C-101", "B" * 10_000], ["C-102", "Bo Brandt"]
            ),
            THREE[:2],
            "customers.xlsx",
        ),
    ),
    # refused whole -----------------------------------------------------------------------------
    Case(
        "quote-never-closes",
        REFUSED,
        ListInput(
            b'id,customer_name,email,language\n1,"Ann,a@example.com,en\n2,Bo,b@example.com,es\n'
        ),
        "issue 11's list",
    ),
    Case(
        "header-and-rows-differ",
        REFUSED,
        ListInput(rows(ANN, BO, header="customer_id;customer_name;email\n")),
    ),
    Case(
        "duplicate-columns",
        REFUSED,
        ListInput(rows(ANN + ",x", header="customer_id,customer_name,email,Email\n")),
    ),
    Case(
        "xlsx-duplicate-columns",
        REFUSED,
        ListInput(
            workbook(["customer_id", "customer_name", "customer_name"], ["C-101", "A", "B"]),
            filename="customers.xlsx",
        ),
    ),
    Case("nul-byte", REFUSED, ListInput(rows(ANN, "C-102,Bo\x00Brandt,bo@example.net"))),
    Case("utf16-without-bom", REFUSED, ListInput((HEADER + ANN + "\n").encode("utf-16-le"))),
    Case(
        "damaged-utf8",
        REFUSED,
        ListInput(rows("C-101,Zoë Brontë,z@example.net") + b"C-102,Zo\xeb,b@example.net\n"),
    ),
    Case(
        "png",
        REFUSED,
        ListInput(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01", filename="customers.png"),
    ),
    Case("zip-not-a-workbook", REFUSED, ListInput(zip_of_text())),
    Case(
        "xlsx-external-entity",
        REFUSED,
        ListInput(workbook_declaring(SHEET, _SECRET, "&x;"), filename="customers.xlsx"),
    ),
    Case(
        "xlsx-entity-expansion",
        REFUSED,
        ListInput(workbook_declaring(SHEET, _LAUGHS, "&a9;"), filename="customers.xlsx"),
    ),
    Case(
        "xlsx-workbook-part-declaring-entities",
        REFUSED,
        ListInput(
            workbook_declaring("xl/workbook.xml", _SECRET.replace("worksheet", "workbook")),
            ("C-101",),
            "customers.xlsx",
        ),
        "a package may hold no document type declaration (ECMA-376 Part 2, M1.18)",
    ),
    Case("binary-bytes", REFUSED, ListInput(bytes(range(256)) * 4)),
    Case(
        "old-xls", REFUSED, ListInput(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", filename="customers.xls")
    ),
    Case("empty-file", REFUSED, ListInput(b"")),
    Case("header-only", REFUSED, ListInput(HEADER.encode())),
    Case(
        "too-many-rows",
        REFUSED,
        ListInput(HEADER.encode() + b"C-1,A,a@example.net\n" * (MAX_ROWS + 1)),
    ),
    Case(
        "no-name-column",
        REFUSED,
        ListInput(rows("C-101,ann@example.net", header="customer_id,email\n")),
        "the letter needs a name",
    ),
)


def attempt(case: Case, workdir: Path) -> Outcome:
    payload: ListInput = case.payload
    data = payload.data(workdir) if callable(payload.data) else payload.data
    store = Store(f"sqlite:///{workdir / 'lists.sqlite3'}")
    add_accounts(store, lawyer=Role.LEGAL, editor=Role.EDITOR)
    letter = store.create_letter("Notice", LETTER, actor="editor")
    approve_newest(store, letter.id)
    try:
        customers = read_customer_list(data, payload.filename)
        mapping = suggest_mapping(["customer_name", "customer_id"], customers.columns)
        # the letter is a fragment, approved with a reason for its missing items
        plan = plan_merge(store, letter.id, mapping, accept_exceptions=True)
    except (ListError, MergeError) as exc:
        return Outcome(REFUSED, str(exc))
    result = merge(plan, customers, workdir / "letters.zip")
    with zipfile.ZipFile(result.zip_path) as archive:
        manifest = list(csv.DictReader(io.StringIO(archive.read(MANIFEST_NAME).decode("utf-8"))))
        letters = {
            n: _flat(r["letter_file"] and _pdf_text(archive.read(r["letter_file"])))
            for n, r in enumerate(manifest)
        }
    columns = (mapping.columns["customer_name"], mapping.columns["customer_id"])
    problem = _wrong(payload.ids, columns, manifest, letters)
    if problem:
        return Outcome(WRONG, problem)
    held = [f"row {r['row']}: {r['problems']}" for r in manifest if r["outcome"] == HELD]
    if held:
        return Outcome(HELD, "; ".join(held), tuple(held))
    noted = [
        *customers.warnings,
        *(f"row {r['row']}: {r['notes']}" for r in manifest if r["notes"]),
    ]
    if noted:
        return Outcome(WARNED, "; ".join(noted), tuple(noted))
    return Outcome(ACCEPTED)


def _wrong(
    ids: tuple[str, ...],
    columns: tuple[str, str],
    manifest: list[dict[str, str]],
    letters: dict[int, str],
) -> str:
    """Why the merge is wrong: a customer missing from the manifest, or a letter with another
    customer's data in it; "" when it is right. ``columns``: the name and id columns."""
    name, ident = columns
    listed = tuple(r[ident].strip() for r in manifest)
    if listed != ids:
        return f"the manifest lists {listed}, the list holds {ids}"
    for n, row in enumerate(manifest):
        if row["outcome"] != MERGED:
            continue
        own = f"Dear {_flat(row[name])}, Your reference is {_flat(row[ident])}."
        if own not in letters[n]:
            return f"row {row['row']}'s letter does not say {own[:80]!r}"
        for other in manifest:
            for column in columns:
                value = _flat(other[column])
                if value and value not in own and value in letters[n]:
                    return f"row {row['row']}'s letter holds row {other['row']}'s {value[:40]!r}"
    return ""


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _flat(text: str) -> str:
    return " ".join(text.split())
