"""What leaves the machine: personal data replaced before, put back after, every call logged."""

from __future__ import annotations

import hashlib

import pytest

from clearnotice.accounts import Role
from clearnotice.auth import set_active
from clearnotice.letter_lifecycle import delete
from clearnotice.model import Finding, Severity
from clearnotice.outbound import (
    OutboundGate,
    SendRefused,
    original_span,
    preview,
    redact,
    restore_findings,
)
from clearnotice.permissions import PermissionRefused
from clearnotice.personal_data import iban_valid, luhn_valid
from clearnotice.send_log import read, sends, to_csv
from clearnotice.translate.protect import restore
from tests.accounts import add_accounts

# (id, text, the personal data in it)
CASES = [
    ("salutation", "Dear Maria Lopez,\nThank you.", ["Maria Lopez"]),
    ("salutation-title", "Dear Ms. Okafor: we are sorry.", ["Okafor"]),
    ("spanish-salutation", "Estimada María José Pérez:\nLe escribimos.", ["María José Pérez"]),
    ("title-in-text", "Our officer, Dr. Ann Smith, will call.", ["Ann Smith"]),
    ("signature", "Thank you.\n\nSincerely,\n\n**Jane Roe**\nPrivacy Officer\n", ["Jane Roe"]),
    ("merge-field", "Dear {{ customer_name }}, your {{ account_id }}.", ["{{ customer_name }}"]),
    ("us-street", "We wrote to 742 Evergreen Terrace, Apt 3B last week.", ["742 Evergreen"]),
    ("us-city-zip", "Mail it to Springfield, IL 62704-1234 today.", ["Springfield, IL 62704"]),
    ("po-box", "Write to P.O. Box 1234 instead.", ["Box 1234"]),
    ("uk-postcode", "Our office at 10 Downing Street, London SW1A 2AA.", ["Downing", "SW1A 2AA"]),
    ("es-street", "Vive en Calle de Alcalá 45, 3º B, 28013 Madrid.", ["Alcalá 45", "28013"]),
    ("email", "Write to maria.lopez@example.com with questions.", ["maria.lopez@example.com"]),
    ("phone", "Call (800) 555-0142 or +34 900 123 456.", ["555-0142", "900 123 456"]),
    ("card", "Card 4111 1111 1111 1111 was affected.", ["4111 1111 1111 1111"]),
    ("card-hyphens", "Card 5500-0000-0000-0004 was affected.", ["5500-0000-0000-0004"]),
    ("iban", "IBAN ES91 2100 0418 4502 0005 1332 was seen.", ["ES91 2100", "0005 1332"]),
    ("account-digits", "Account 12345678 and member 0042424242.", ["12345678", "0042424242"]),
    ("code", "Use enrolment code K7M-4QX-22P at the site.", ["K7M-4QX-22P"]),
]


@pytest.mark.parametrize(("text", "personal"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_personal_data_is_replaced_and_put_back(text, personal):
    redaction = redact(text)
    assert [p for p in personal if p in redaction.text] == [], redaction.text
    assert restore(redaction.text, redaction) == (text, ())
    # a "translation" of the redacted text comes back with the originals in it
    answer, lost = restore("[es] " + redaction.text.upper().replace("XQZ", "Xqz"), redaction)
    assert lost == () and all(p in answer for p in personal)


@pytest.mark.parametrize(
    "text",
    [
        "We found the problem on March 3, 2026 and fixed it within 48 hours.",
        "About 12,000 customers were affected; we paid $1,500.",
        "Dear Customer,\nVisit https://birchfern.example/help for help.",
        "Sincerely,\n\nThe Birch & Fern team\n",
    ],
    ids=["dates-and-counts", "amounts", "generic-greeting-and-url", "team-signature"],
)
def test_what_is_not_personal_goes_unchanged(text):
    assert redact(text).text == text


def test_checksums_tell_card_and_bank_numbers_from_other_digits():
    assert luhn_valid("4111 1111 1111 1111") and not luhn_valid("4111 1111 1111 1112")
    assert iban_valid("GB82 WEST 1234 5698 7654 32") and not iban_valid(
        "GB82 WEST 1234 5698 7654 33"
    )


def test_a_name_from_the_greeting_is_replaced_in_every_paragraph_sent_alone():
    letter = "Dear Maria Lopez,\n\nMaria Lopez, we are sorry.\n\nSincerely,\n\nJane Roe\n"
    shown = preview(["Maria Lopez, we are sorry.", "Jane Roe"], letter)
    assert "Maria" not in shown.text and "Jane" not in shown.text
    assert shown.summary == "Replaced by placeholders before sending: 3 names."


def test_offsets_after_a_placeholder_map_back_to_the_original():
    text = "Dear Maria Lopez, we will recieve your reply."
    redaction = redact(text)
    start = redaction.text.index("recieve")
    finding = Finding("lt.TYPO", Severity.ERROR, "Typo", start, start + 7, "recieve")
    on_token = Finding("lt.NAME", Severity.ERROR, "Unknown", 5, 10, redaction.text[5:10])
    [moved] = restore_findings([finding, on_token], redaction)
    assert (moved.start, moved.end, moved.match) == (
        text.index("recieve"),
        text.index("recieve") + 7,
        "recieve",
    )
    assert original_span(redaction, 0, 4) == (0, 4)  # before the token: unchanged


def _gate(store, text, consent: str | None = "deepl") -> OutboundGate:
    add_accounts(store, ed=Role.EDITOR)
    letter = store.create_letter("March incident", text, actor="ed")
    if consent:
        store.record_consent(letter.id, consent, actor="ed")
    version = store.latest_version(letter.id)
    return OutboundGate(store, actor="ed", letter_id=letter.id, version_id=version.id, text=text)


def test_the_gate_logs_the_call_and_hands_the_service_only_redacted_text(store):
    text = "Dear Maria Lopez, call 1-800-555-0142."
    gate = _gate(store, text)
    seen = []

    def service(sent):
        seen.extend(sent)
        return [s.upper() for s in sent]

    answers = gate.send("deepl", [text], "en", service, lambda a, r: restore(a, r)[0])
    assert "Maria" not in seen[0] and "555" not in seen[0]
    assert answers == ["DEAR Maria Lopez, CALL 1-800-555-0142."]
    [row] = sends(store)
    assert (row.actor, row.service, row.letter_id, row.version_id) == (
        "ed", "deepl", gate.letter_id, gate.version_id
    )  # fmt: skip
    assert row.characters == len(seen[0])
    assert row.sha256 == hashlib.sha256(seen[0].encode("utf-8")).hexdigest()


def test_the_gate_refuses_a_letter_without_consent_and_calls_nothing(store):
    gate = _gate(store, "Dear Maria Lopez,", consent=None)
    with pytest.raises(SendRefused, match="Nobody has agreed"):
        gate.send("deepl", ["Dear Maria Lopez,"], "en", pytest.fail, lambda a, r: a)
    assert sends(store) == []


@pytest.mark.parametrize("revoked", ["deactivated", "deleted"])
def test_the_gate_sends_nothing_for_a_deactivated_account_or_a_deleted_letter(store, revoked):
    """The Edit page's grammar check reruns without the sign-in gate, and a consent recorded
    earlier stays on the letter: a deactivated person's open tab kept sending the letter's text
    to the public API, as did a letter set aside."""
    gate = _gate(store, "Dear Maria Lopez,")
    if revoked == "deactivated":
        set_active(store, "ed", False, actor="admin")
    else:
        delete(store, gate.letter_id, actor="ed")
    with pytest.raises(SendRefused, match="^Nothing was sent: .*(deactivated|deleted)"):
        gate.send("deepl", ["Dear Maria Lopez,"], "en", pytest.fail, lambda a, r: a)
    assert sends(store) == []


def test_send_log_csv_is_formula_safe_and_only_legal_and_admins_may_read_it(store):
    gate = _gate(store, "Hello.", consent="=HYPERLINK()")
    gate.send("=HYPERLINK()", ["Hello."], "en", lambda sent: sent, lambda a, r: a)
    csv_text = to_csv(sends(store))
    assert csv_text.splitlines()[0] == "at,actor,service,letter_id,version_id,characters,sha256"
    assert ",'=HYPERLINK()," in csv_text
    add_accounts(store, lee=Role.LEGAL)
    assert [r.service for r in read(store, "lee")] == ["=HYPERLINK()"]
    assert [r.service for r in read(store, "admin")] == ["=HYPERLINK()"]
    with pytest.raises(PermissionRefused, match="Only a legal reviewer or admin"):
        read(store, "ed")
    set_active(store, "lee", False, actor="admin")
    with pytest.raises(PermissionRefused, match="deactivated"):
        read(store, "lee")


def test_a_gate_that_sends_nothing_reads_no_names_and_one_that_sends_replaces_them(store):
    """The grammar check makes a gate on every edit; only a call off this machine pays for
    reading the whole letter for names, and that call still has every name replaced."""
    text = "Dear Maria Lopez,\n\nJane Roe will call you.\n\nSincerely,\n\nJane Roe\n"
    gate = _gate(store, text)
    assert "names" not in vars(gate)
    seen: list[str] = []

    def service(sent):
        seen.extend(sent)
        return sent

    gate.send("deepl", ["Jane Roe will call you."], "en", service, lambda a, r: a)
    assert "Jane" not in seen[0] and seen[0].endswith(" will call you.")
    assert gate.names == ("Maria Lopez", "Jane Roe")
