"""The incident's facts in every letter (SQLite and PostgreSQL): typed once, filled into the
exports and the merged letters of the English, the Spanish and a state variant; a change of a
fact leaves every approval stale, and a text that kept the old value is a blocking error."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import docx
import pytest
from pypdf import PdfReader

from clearnotice.accounts import Role
from clearnotice.approval_policy import ApprovalRefused
from clearnotice.approvals import approval_record, approve
from clearnotice.export.approved import choose_version, facts_not_typed
from clearnotice.export.customer_list import read_customer_list
from clearnotice.export.formats import export_letter
from clearnotice.export.mailmerge import merge
from clearnotice.export.merge_plan import MergeError, plan_merge, suggest_mapping
from clearnotice.facts import save_facts
from clearnotice.findings import latest_findings
from clearnotice.translate.fact_check import RULE, known_facts, text_findings
from clearnotice.translate.qa import changes_facts
from clearnotice.variant_letters import sync
from tests.accounts import add_accounts
from tests.approving import approve_newest

ENGLISH = (
    "# Notice\n\nDear {{ customer_name }},\n\n"
    "Call us at {{ phone }} or write to {{ email }} by {{ enrollment_deadline }}.\n\n"
    "Your code: {{ enrollment_code }}.\n"
)
SPANISH = (
    "# Aviso\n\nEstimado/a {{ customer_name }}:\n\n"
    "Llámenos al {{ phone }} o escríbanos a {{ email }} antes del {{ enrollment_deadline }}.\n\n"
    "Su código: {{ enrollment_code }}.\n"
)
FACTS = {
    "phone": "1-800-555-0100",
    "email": "privacy@example.com",
    "notice_date": "March 20, 2026",
    "enrollment_deadline": "June 30, 2026",
    "enrollment_code": "SHARED-1",  # one code for all, unless the customer list has their own
}
NEW_PHONE = "1-800-555-0199"


def _letter(store):
    """A master (CA, MA) with its Spanish and its state variant, facts typed once, all approved."""
    add_accounts(store, ed=Role.EDITOR, lawyer=Role.LEGAL)
    letter = store.create_letter("March incident", ENGLISH, actor="ed", jurisdictions=["CA", "MA"])
    english = store.latest_version(letter.id)
    store.save_version(
        letter.id,
        SPANISH,
        base_version_id=None,
        actor="ed",
        language="es",
        origin="human:Ana",
        source_version_id=english.id,
    )
    [variant] = sync(store, letter.id, actor="ed").variants
    save_facts(store, letter.id, FACTS, actor="ed")
    approve_newest(store, letter.id)
    approve_newest(store, letter.id, language="es")
    approve_newest(store, variant.letter.id)
    return letter.id, variant.letter.id


def _retranslate(store, letter_id: int, text: str) -> None:
    """A new draft of the Spanish, translating the newest English."""
    store.save_version(
        letter_id,
        text,
        base_version_id=store.latest_version(letter_id, "es").id,
        actor="ed",
        language="es",
        source_version_id=store.latest_version(letter_id, "en").id,
        new_draft=True,
    )


def _text(fmt: str, data: bytes) -> str:
    """The file's words, its line breaks read as spaces."""
    if fmt == "pdf":
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    elif fmt == "docx":
        text = " ".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    else:
        text = data.decode("utf-8")
    return " ".join(text.split())


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_facts_reach_every_export_of_the_english_spanish_and_variant(store, fmt):
    master, variant = _letter(store)
    for letter_id, language in ((master, "en"), (master, "es"), (variant, "en")):
        result = export_letter(
            store, letter_id, actor="ed", fmt=fmt, language=language, accept_exceptions=True
        )
        text = _text(fmt, result.data)
        assert result.draft_reason is None, (letter_id, language)
        deadline = {"en": "June 30, 2026", "es": "30 de junio de 2026"}[language]
        assert "1-800-555-0100" in text and deadline in text, (letter_id, language)
        assert "{{ phone }}" not in text
        # the customer's own name stays for the mail merge, and the file says so
        assert any("{{ customer_name }}" in note for note in result.notes)


def test_the_approval_record_gives_the_sha256_of_the_markdown_export_with_its_facts(store):
    """The record said its SHA-256 was the .md export's, but the export fills the facts in: a
    reader checking the file against the record found a mismatch on every letter with facts."""
    master, _variant = _letter(store)
    record = json.loads(export_letter(store, master, actor="ed", fmt="json").data)
    for row in record["approvals"]:
        exported = export_letter(
            store, master, actor="ed", fmt="md", language=row["language"], accept_exceptions=True
        )
        assert exported.draft_reason is None
        assert hashlib.sha256(exported.data).hexdigest() == row["md_export_sha256"]
        assert b"1-800-555-0100" in exported.data
    assert "md_export_sha256" in record["sha256_of"]


def test_merged_letters_carry_the_facts_and_a_personal_code_column_wins(store, tmp_path):
    master, _ = _letter(store)
    # TX has no state letter (the master's, in Spanish); MA and CA get the state letter, which
    # has no Spanish, so a Spanish reader in CA gets its English
    customers = read_customer_list(
        b"customer_name,enrollment_code,language,state\n"
        b"Ana Ruiz,ANA-77,es,TX\nBo Chen,BO-88,en,MA\nCy Diaz,CY-99,es,CA\n",
        "list.csv",
    )
    mapping = suggest_mapping(["customer_name", "enrollment_code"], customers.columns)
    plan = plan_merge(store, master, mapping, accept_exceptions=True)
    result = merge(plan, customers, tmp_path / "merged.zip")
    assert result.held == 0, [c.messages for c in result.held_rows]
    with zipfile.ZipFile(result.zip_path) as archive:
        texts = [_text("pdf", archive.read(n)) for n in archive.namelist() if ".pdf" in n]
    letters = {name: next(t for t in texts if name in t) for name in ("Ana", "Bo", "Cy")}
    assert "Llámenos al 1-800-555-0100" in letters["Ana"]  # the master's Spanish
    assert "Call us at 1-800-555-0100" in letters["Cy"]  # the state letter's English
    # the deadline fact, typed once in English, in each letter's own form of a date
    assert "antes del 30 de junio de 2026" in letters["Ana"]
    assert "by June 30, 2026" in letters["Cy"] and "by June 30, 2026" in letters["Bo"]
    for name, code in (("Ana", "ANA-77"), ("Bo", "BO-88"), ("Cy", "CY-99")):
        assert code in letters[name] and "SHARED-1" not in letters[name]
        assert "1-800-555-0100" in letters[name]


def test_a_column_for_a_fact_that_is_no_customers_own_value_stops_the_merge(store):
    master, _ = _letter(store)
    customers = read_customer_list(b"customer_name,phone\nAna Ruiz,1-900-555-0000\n", "l.csv")
    mapping = suggest_mapping(["customer_name", "phone"], customers.columns)
    with pytest.raises(MergeError, match="fills {{ phone }} from a column"):
        plan_merge(store, master, mapping, accept_exceptions=True)


def test_a_placeholder_neither_fact_nor_column_is_still_refused(store):
    master, _ = _letter(store)
    customers = read_customer_list(b"language\nes\n", "l.csv")
    with pytest.raises(MergeError, match="{{ customer_name }}"):
        plan_merge(store, master, suggest_mapping([], customers.columns), accept_exceptions=True)


def test_the_facts_typed_once_reach_english_spanish_and_a_variant_and_a_change_is_caught(store):
    """Issue 16's done-when: the facts appear correctly in the English, the Spanish and a state
    variant; changing the phone marks all three stale; QA catches a translation that kept the
    old phone."""
    master, variant = _letter(store)
    for letter_id, language in ((master, "en"), (master, "es"), (variant, "en")):
        html = export_letter(
            store, letter_id, actor="ed", fmt="html", language=language, accept_exceptions=True
        )
        assert "1-800-555-0100" in html.data.decode("utf-8"), (letter_id, language)

    save_facts(store, master, {**FACTS, "phone": NEW_PHONE}, actor="ed")
    rows = approval_record(store, master) + approval_record(store, variant)
    assert [r["language"] for r in rows] == ["en", "es", "en"]
    changed = (
        "The fact “Phone number for questions” changed since the approval: "
        f"1-800-555-0100 → {NEW_PHONE}."
    )
    assert all(r["stale"] and changed in r["stale_because"] for r in rows)
    # an export no longer passes the old approval off as approved
    assert export_letter(
        store, master, actor="ed", fmt="html", language="es", accept_exceptions=True
    ).draft_reason

    kept_old = SPANISH.replace("{{ phone }}", "1-800-555-0100")
    _retranslate(store, master, kept_old)
    faced = latest_findings(store, master, "es")
    [wrong] = [f for f in faced.open_errors if f.rule_id == RULE]
    assert wrong.match == "1-800-555-0100" and changes_facts(wrong)
    assert f"is not the incident's phone {NEW_PHONE}" in wrong.message
    assert "Phone number for questions" in wrong.message
    with pytest.raises(ApprovalRefused, match="1-800-555-0100"):
        approve(store, master, "es", store.latest_version(master, "es").id, "lawyer", reason="ok")


def test_a_written_out_fact_is_checked_and_other_numbers_are_left_alone():
    known = known_facts(
        {"phone": NEW_PHONE, "incident_url": "www.example.com/incident"},
        {"phone": ["1-800-555-0100"], "incident_url": ["www.example.com/old"]},
    )
    text = (
        "Call 1-800-555-0100 or Equifax at 1-800-685-1111. See www.example.com/old, "
        f"www.identitytheft.gov, or call {NEW_PHONE}."
    )
    found = text_findings(text, "en", known)
    assert [f.match for f in found] == ["1-800-555-0100", "www.example.com/old"]
    assert all(f.suggestions in (("{{ phone }}",), ("{{ incident_url }}",)) for f in found)


def test_a_translation_writing_another_phone_where_the_english_names_the_fact_is_an_error(store):
    master, _ = _letter(store)
    typo = SPANISH.replace("{{ phone }}", "1-800-555-0111")
    _retranslate(store, master, typo)
    wrong = [f for f in latest_findings(store, master, "es").open_errors if f.rule_id == RULE]
    assert [f.match for f in wrong] == ["1-800-555-0111"]
    assert "the English has {{ phone }} here" in wrong[0].message


def test_a_customers_own_email_column_never_becomes_the_address_for_questions(store):
    """The second walk through the app (2026-12-02): a letter from the US general template with
    no facts typed yet, merged with a CRM list whose "email" column is each customer's own
    address, wrote "Call us ... or email c0@example.com" to customer c0, "c1@example.com" to c1:
    the list's column filled the incident's e-mail address for questions. A column for a fact
    no customer has their own value of stops the merge whether or not the fact is typed yet."""
    add_accounts(store, ed=Role.EDITOR, lawyer=Role.LEGAL)
    letter = store.create_letter("Café incident", ENGLISH, actor="ed")
    approve_newest(store, letter.id)
    customers = read_customer_list(
        b"customer_name,email,enrollment_code,enrollment_deadline,phone\n"
        b'Ana Ruiz,ana@example.net,ANA-77,"June 30, 2026",1-900-555-0000\n',
        "l.csv",
    )
    names = ["customer_name", "phone", "email", "enrollment_deadline", "enrollment_code"]
    mapping = suggest_mapping(names, customers.columns)
    with pytest.raises(MergeError) as refused:
        plan_merge(store, letter.id, mapping, accept_exceptions=True)
    for name in ("phone", "email", "enrollment_deadline"):
        assert f"fills {{{{ {name} }}}} from a column" in str(refused.value)
    assert "enrollment_code" not in str(refused.value)  # a personal code is the customer's own


def test_an_export_before_the_facts_are_typed_names_each_fact_it_would_leave_as_a_placeholder(
    store,
):
    """An approved letter whose facts nobody typed went out as "Call us at {{ phone }}" with no
    word on the Export page (the second walk through the app, 2026-12-02); the page now names
    each such fact. A customer's own values and the per-row enrolment code are no fact to type."""
    add_accounts(store, ed=Role.EDITOR, lawyer=Role.LEGAL)
    letter = store.create_letter("No facts yet", ENGLISH, actor="ed")
    choice = choose_version(store, letter.id, "en")
    exported = export_letter(store, letter.id, actor="ed", fmt="md", language="en")
    assert "{{ phone }}" in exported.data.decode()
    assert facts_not_typed(store, letter, choice) == (
        "Phone number for questions",
        "E-mail address for questions",
        "Enrolment deadline",
    )
    save_facts(store, letter.id, {"phone": FACTS["phone"]}, actor="ed")
    assert facts_not_typed(store, letter, choice) == (
        "E-mail address for questions",
        "Enrolment deadline",
    )
    save_facts(store, letter.id, FACTS, actor="ed")
    assert facts_not_typed(store, letter, choice) == ()
