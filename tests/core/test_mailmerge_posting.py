"""Merged letters ready to post (issue 16 item 2), read back from the PDFs: where the sender, the
recipient and the date are on the page, page numbers, a closing never stranded, and the rows
held or noted for their address or salutation. The window positions asserted here are the
envelopes' own measurements in inches and millimetres, not the module's constants."""

from __future__ import annotations

import csv
import datetime as dt
import email
import email.policy
import io
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from clearnotice.export import mailmerge
from clearnotice.export.customer_list import read_customer_list
from clearnotice.export.mailmerge import MANIFEST_NAME, merge
from clearnotice.export.merge_journal import JournalError
from clearnotice.export.merge_plan import MergeError, plan_merge, suggest_mapping
from clearnotice.export.merge_rows import HELD, MERGED
from clearnotice.export.posting import Sender, check_salutation
from clearnotice.letters import Store
from clearnotice.settings import set_sender

INCH, MM = 72.0, 72 / 25.4
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
HEADER = "customer_id,customer_name,language,street,street2,city,state,postal_code,country\n"
SENDER = Sender(
    "Example Outfitters Inc.",
    ("200 Harbor Way", "Portland, OR 97201"),
    "US",
    "1-800-555-0142",
    "privacy@example.com",
)
DAY = dt.date(2026, 4, 2)


@pytest.fixture
def store(sqlite_url: str, approved_letter_id: int) -> Store:
    store = Store(sqlite_url)
    set_sender(store, SENDER, "admin")
    return store


def posted(store, letter_id, rows: str, tmp_path, envelope="us10", **kwargs):
    customers = read_customer_list((HEADER + rows).encode("utf-8"), "list.csv")
    mapping = suggest_mapping(["customer_name"], customers.columns)
    plan = plan_merge(
        store, letter_id, mapping, envelope=envelope, letter_date=DAY, **kwargs
    )  # fmt: skip
    result = merge(plan, customers, tmp_path / "letters.zip")
    with zipfile.ZipFile(result.zip_path) as archive:
        manifest = list(csv.DictReader(io.StringIO(archive.read(MANIFEST_NAME).decode())))
        letters = {
            row["customer_id"]: archive.read(row["letter_file"])
            for row in manifest
            if row["letter_file"]
        }
    return {row["customer_id"]: row for row in manifest}, letters


def placed(data: bytes) -> list[tuple[int, str, float, float]]:
    """(page, text, x from the left, baseline from the top) of every line drawn, in points."""
    found = []
    for number, page in enumerate(PdfReader(io.BytesIO(data)).pages, start=1):
        height = float(page.mediabox.height)

        def visit(text, _cm, tm, _font, _size, number=number, height=height):
            if text.strip():
                found.append((number, text.strip(), tm[4], height - tm[5]))

        page.extract_text(visitor_text=visit)
    return found


def line(data: bytes, text: str) -> tuple[int, str, float, float]:
    return next(item for item in placed(data) if item[1] == text)


ROW = "C-1,James O'Neill,en,400 Lake St,,Chicago,IL,60601,US\n"


def test_the_recipient_is_inside_a_us10_window_with_the_usps_clearance(
    store, approved_letter_id, tmp_path
):
    _rows, letters = posted(store, approved_letter_id, ROW, tmp_path)
    data = letters["C-1"]
    # The #10 window: 4 1/2 x 1 1/8 in, 7/8 in from the left, 1/2 in from the bottom of a
    # 4 1/8 in envelope: 2 1/2 to 3 5/8 in from the top of the sheet. 1/4 in clear of its
    # left and bottom edges (USPS DMM 602.4.3); a baseline is at least one 10 pt line down.
    for text in ("James O'Neill", "400 Lake St", "Chicago, IL 60601"):
        page, _text, x, baseline = line(data, text)
        assert page == 1
        assert x >= (7 / 8 + 1 / 4) * INCH
        assert 2.5 * INCH + 10 <= baseline <= (3 + 5 / 8 - 1 / 4) * INCH
    assert PdfReader(io.BytesIO(data)).pages[0].mediabox.width == 612  # US Letter


def test_the_recipient_is_in_the_din_676_address_field_on_a4_for_dl(
    store, approved_letter_id, tmp_path
):
    row = "C-1,Zoë Brontë-Müller,de,Hauptstr. 5,,Berlin,,10115,DE\n"
    _rows, letters = posted(store, approved_letter_id, row, tmp_path, envelope="dl")
    data = letters["C-1"]
    assert round(float(PdfReader(io.BytesIO(data)).pages[0].mediabox.width)) == 595  # A4
    # DIN 676 form B: recipient zone 62.7 to 90 mm from the top, field 20 to 105 mm from the left
    for text in ("Zoë Brontë-Müller", "Hauptstr. 5", "10115 Berlin", "GERMANY"):
        _page, _text, x, baseline = line(data, text)
        assert 20 * MM <= x <= 105 * MM
        assert 62.7 * MM < baseline <= 90 * MM


def test_posted_letters_have_the_sender_the_date_and_numbered_pages(
    store, approved_letter_id, tmp_path
):
    rows = ROW + "C-2,Maria Gonzalez,es,12 Palm Ave,,San Diego,CA,92101,US\n"
    _rows, letters = posted(store, approved_letter_id, rows, tmp_path)
    english, spanish = placed(letters["C-1"]), placed(letters["C-2"])
    texts = {text: (page, y) for page, text, _x, y in english}
    assert texts["Example Outfitters Inc."][1] < 2 * INCH  # the sender block, above the window
    assert texts["April 2, 2026"][1] > 3.625 * INCH  # the date, below the window
    assert texts["April 2, 2026"][1] < texts["Notice of Data Breach"][1]
    pages = max(page for page, *_rest in english)
    assert pages == 2
    for number in (1, 2):
        page, y = texts[f"Page {number} of 2"]
        assert page == number and y > 10 * INCH  # at the foot of its page
    assert {text for _p, text, _x, _y in spanish} >= {"2 de abril de 2026", "Página 2 de 2"}


def test_the_signature_is_never_alone_at_the_top_of_a_page(store, approved_letter_id, tmp_path):
    """good-plain.md used to end with "Sincerely," at the foot of page 1 and the signer alone
    on page 2: now the last paragraph (with its heading) goes with them."""
    for envelope in (None, "us10"):
        _rows, letters = posted(store, approved_letter_id, ROW, tmp_path / str(envelope), envelope)
        lines = placed(letters["C-1"])
        page = next(p for p, text, _x, _y in lines if text == "Dana Whitfield")
        on_it = [text for p, text, _x, _y in lines if p == page]
        assert "Sincerely," in on_it
        assert any(text.startswith("Call us toll-free") for text in on_it)
        last = [text for p, text, _x, _y in lines if p == page - 1 and not text.startswith("Page")]
        assert last[-1] != "For more information"  # no heading stranded at the foot either


def test_rows_whose_address_would_not_arrive_are_held_and_odd_names_are_noted(
    store, approved_letter_id, tmp_path
):
    rows = (
        "C-1,James O'Neill,en,,,Chicago,IL,60601,US\n"
        "C-2,Pat Lee,en,400 Lake Street Building C Suite 1200 Attention Claims Office,,"
        "Chicago,IL,60601,US\n"
        "C-3,Ada King,en,1 Rue de Rivoli,Apt 4,Paris,,75001,FR\n"
        '"C-4","Chen, Wei",en,9 Clement St,,San Francisco,CA,94118,US\n'
        "C-5,J. K.,en,5 Elm St,,Boston,MA,02108,US\n"
        "C-6,Example Outfitters GmbH,en,Hauptstr. 5,,Berlin,,10115,DE\n"
        "C-7,Ana Ruiz,es,1 Main St,,Austin,TX,73301,Atlantis\n"
        "C-8,Ana Ruiz,es,1-1 Chiyoda,,Tokyo,,100-0001,JP\n"
    )
    manifest, letters = posted(store, approved_letter_id, rows, tmp_path)
    expected = {
        "C-1": (HELD, "the address has no street line"),
        "C-2": (HELD, "is too long for the window"),
        "C-3": (HELD, "the address has 5 lines; the US #10 window envelope (US Letter) window"),
        "C-4": (MERGED, "looks like 'Last, First'"),
        "C-5": (MERGED, "is only initials"),
        "C-6": (MERGED, "looks like a company"),
        "C-7": (HELD, "the country 'Atlantis' is not one we know"),
        "C-8": (MERGED, "the letter is in Spanish but the address is in Japan"),
    }
    for customer, (outcome, message) in expected.items():
        row = manifest[customer]
        assert row["outcome"] == outcome, customer
        assert message in row["problems"] + row["notes"], customer
    assert "Write it as Wei Chen" in manifest["C-4"]["notes"]
    assert set(letters) == {"C-4", "C-5", "C-6", "C-8"}


def test_posting_needs_a_sender_and_an_address_column(sqlite_url, approved_letter_id):
    store = Store(sqlite_url)
    customers = read_customer_list((HEADER + ROW).encode("utf-8"), "list.csv")
    mapping = suggest_mapping(["customer_name"], customers.columns)
    with pytest.raises(MergeError, match="sets it on the Settings page"):
        plan_merge(store, approved_letter_id, mapping, envelope="us10")
    set_sender(store, SENDER, "admin")
    bare = read_customer_list(b"customer_name\nAda\n", "list.csv")
    with pytest.raises(MergeError, match="choose its street column"):
        plan_merge(
            store, approved_letter_id, suggest_mapping(["customer_name"], bare.columns),
            envelope="us10",
        )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "noted"),
    [
        ("Chen, Wei", "looks like 'Last, First'"),
        ("J. K.", "only initials"),
        ("Acme Holdings LLC", "looks like a company"),
        ("Wei Chen, Jr.", None),
        ("Al Jones", None),
        ("Maria Sá", None),
    ],
)
def test_salutation_names_that_read_oddly_are_noted(name, noted):
    found = check_salutation(name)
    assert [c.hold for c in found] == ([False] if noted else [])
    assert noted is None or noted in found[0].message


# resuming a merge that stopped ----------------------------------------------------------------
class Stop(Exception):
    """What stops the merge below midway, as Ctrl-C would."""


def test_a_merge_stopped_midway_resumes_without_a_letter_twice_or_lost(
    store, approved_letter_id, tmp_path, monkeypatch
):
    monkeypatch.setattr(mailmerge, "CHUNK", 2)  # a chunk is what a stop can leave done
    rows = "".join(f"C-{n},Customer {n},en,{n} Main St,,Austin,TX,73301,US\n" for n in range(7))
    customers = read_customer_list((HEADER + rows).encode("utf-8"), "list.csv")
    plan = plan_merge(
        store, approved_letter_id, suggest_mapping(["customer_name"], customers.columns)
    )
    target = tmp_path / "letters.zip"
    seen: list[int] = []

    def stop_after_two_chunks(done: int, total: int, message: str) -> None:
        seen.append(done)
        if done >= 4:
            raise Stop

    with pytest.raises(Stop):
        merge(plan, customers, target, progress=stop_after_two_chunks)
    assert not target.exists()
    with pytest.raises(JournalError, match="resume it"):
        merge(plan, customers, target)
    progress: list[tuple[int, str]] = []
    result = merge(
        plan, customers, target, resume=True, progress=lambda d, t, m: progress.append((d, m))
    )
    assert progress[0] == (0, "Resuming: 4 rows were done")
    assert result.merged == 7
    with zipfile.ZipFile(target) as archive:
        names = [n for n in archive.namelist() if n != MANIFEST_NAME]
        manifest = list(csv.DictReader(io.StringIO(archive.read(MANIFEST_NAME).decode())))
    assert len(names) == len(set(names)) == 7
    assert sorted(names) == sorted(row["letter_file"] for row in manifest)
    assert not (tmp_path / "letters.zip.parts").exists()


def test_a_merge_does_not_resume_with_a_changed_list(store, approved_letter_id, tmp_path):
    rows = "C-1,Ada,en,1 Main St,,Austin,TX,73301,US\n"
    customers = read_customer_list((HEADER + rows).encode("utf-8"), "list.csv")
    plan = plan_merge(
        store, approved_letter_id, suggest_mapping(["customer_name"], customers.columns)
    )
    (tmp_path / "letters.zip.parts").mkdir()
    (tmp_path / "letters.zip.parts" / "merge.json").write_text("another merge")
    with pytest.raises(JournalError, match="changed since the merge"):
        merge(plan, customers, tmp_path / "letters.zip", resume=True)


# e-mail notices ---------------------------------------------------------------------------------
def test_email_notices_parse_back_with_a_plain_text_and_an_escaped_html_part(
    sqlite_url, approved_letter_id, tmp_path
):
    store = Store(sqlite_url)
    set_sender(store, SENDER, "admin")
    customers = read_customer_list(
        (
            b"customer_id,customer_name,email,language\n"
            b"C-1,Maria <b>Gonzalez</b>,maria@example.net,es\n"
            b"C-2,James O'Neill,,en\n"
        ),
        "list.csv",
    )
    mapping = suggest_mapping(["customer_name"], customers.columns)
    plan = plan_merge(store, approved_letter_id, mapping, fmt="eml", letter_date=DAY)
    result = merge(plan, customers, tmp_path / "mail.zip")
    assert (result.merged, result.held) == (1, 1)
    assert "email is empty: the notice cannot be e-mailed" in result.held_rows[0].problems[0]
    with zipfile.ZipFile(result.zip_path) as archive:
        [name] = [n for n in archive.namelist() if n.endswith(".eml")]
        message = email.message_from_bytes(archive.read(name), policy=email.policy.default)
    [to] = message["To"].addresses
    assert (to.display_name, to.addr_spec) == ("Maria <b>Gonzalez</b>", "maria@example.net")
    [sender] = message["From"].addresses
    assert (sender.display_name, sender.addr_spec) == (SENDER.organisation, "privacy@example.com")
    assert message["Subject"] == "Aviso de violación de datos"
    assert message["Date"].datetime.date() == DAY
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "Estimado/a Maria <b>Gonzalez</b>:" in plain
    assert "Maria &lt;b&gt;Gonzalez&lt;/b&gt;" in html and "<b>Gonzalez" not in html


def test_email_notices_need_the_senders_address(store, approved_letter_id):
    set_sender(store, replace(SENDER, email=""), "admin")
    customers = read_customer_list(b"customer_name,email\nAda,ada@example.net\n", "list.csv")
    mapping = suggest_mapping(["customer_name"], customers.columns)
    with pytest.raises(MergeError, match="need the sender's e-mail address"):
        plan_merge(store, approved_letter_id, mapping, fmt="eml")
