"""The incident facts sheet: each kind of field checked, dates in order, kept once per letter with
the change in the audit log, and filled into any language's text."""

from __future__ import annotations

import pytest

from clearnotice import audit
from clearnotice.accounts import Role
from clearnotice.approvals import approval_record
from clearnotice.auth import set_active
from clearnotice.export.document import Document
from clearnotice.facts import (
    FactError,
    check,
    facts_of,
    fields,
    merge_values,
    save_facts,
)
from clearnotice.permissions import PermissionRefused
from clearnotice.placeholders import find_placeholders
from clearnotice.templates import read_templates
from tests.accounts import add_accounts
from tests.approving import approve_newest

GOOD = {
    "company_name": "Example Outfitters Inc.",
    "discovery_date": "March 3, 2026",
    "breach_start": "January 28, 2026",
    "breach_end": "2026-03-03",
    "notice_date": "March 20, 2026",
    "phone": "1-800-555-0142",
    "email": "privacy@example.com",
    "incident_url": "www.example.com/incident",
    "enrollment_code": "K7M-4QX-22P",
    "enrollment_deadline": "June 30, 2026",
    "monitoring_months": "24",
    "number_affected": "12,480",
}


def test_good_facts_are_kept_trimmed_and_blanks_left_out():
    kept = check({**GOOD, "hours": "  ", "signer_name": "  Dana Whitfield "})
    assert kept["signer_name"] == "Dana Whitfield"
    assert "hours" not in kept
    assert kept["phone"] == "1-800-555-0142"


@pytest.mark.parametrize("address", ["Acme.CA", "ACME.CO.ZA", "www.acme.ie/Help", "acme.com.au"])
def test_a_web_address_fact_is_taken_in_any_case(address):
    assert check({**GOOD, "incident_url": address})["incident_url"] == address


@pytest.mark.parametrize(
    ("name", "value", "why"),
    [
        ("discovery_date", "Marcha 3, 2026", "not a whole date"),
        ("discovery_date", "March 2026", "not a whole date"),
        ("discovery_date", "February 30, 2026", "not a whole date"),
        ("discovery_date", "December 30, 2205", "year 2205 is not one of 1900-2099"),
        ("discovery_date", "3 March 1889", "year 1889 is not one of 1900-2099"),
        ("phone", "call us", "not a phone number"),
        ("phone", "555-01", "not a phone number"),
        ("phone", "+1 800 555 0142 1234 5678", "not a phone number"),
        ("email", "privacy at example.com", "not an e-mail address"),
        ("incident_url", "see our site", "not a web address"),
        ("monitoring_months", "two years", "from 1 to 120"),
        ("monitoring_months", "0", "from 1 to 120"),
        ("number_affected", "-5", "whole number above 0"),
        ("enrollment_code", "K7M 4QX", "letters, digits and hyphens"),
        ("what_happened", "a line\nand another", "one line"),
        ("signer_name", "{{ customer_name }}", "placeholder"),
        ("favourite_colour", "blue", "not a field"),
    ],
)
def test_each_wrong_fact_is_named_with_why(name, value, why):
    with pytest.raises(FactError) as refused:
        check({**GOOD, name: value})
    assert list(refused.value.problems) == [name]
    assert why in refused.value.problems[name]


@pytest.mark.parametrize(
    ("later", "value", "earlier"),
    [
        ("breach_end", "January 1, 2026", "breach_start"),
        ("notice_date", "March 1, 2026", "discovery_date"),
        ("enrollment_deadline", "March 19, 2026", "notice_date"),
    ],
)
def test_dates_out_of_order_are_refused_naming_the_other_date(later, value, earlier):
    with pytest.raises(FactError) as refused:
        check({**GOOD, later: value})
    assert list(refused.value.problems) == [later]
    assert GOOD[earlier] in refused.value.problems[later]


def test_every_template_placeholder_is_a_fact_or_a_customers_own_value():
    own = {"customer_name", "customer_address", "first_name", "last_name"}
    names = {f.name for f in fields()}
    for template in read_templates().templates:
        unknown = set(find_placeholders(template.body)) - names - own
        assert not unknown, (template.slug, unknown)


def test_facts_are_kept_per_letter_and_each_change_is_audited(store):
    add_accounts(store, ed=Role.EDITOR)
    letter = store.create_letter("March incident", "Call {{ phone }}.", actor="ed")
    assert save_facts(store, letter.id, GOOD, actor="ed") == tuple(
        f.name for f in fields() if f.name in GOOD
    )
    changed = save_facts(store, letter.id, {**GOOD, "phone": "1-888-555-0199"}, actor="ed")
    assert changed == ("phone",)
    assert facts_of(store, letter.id)["phone"] == "1-888-555-0199"
    assert save_facts(store, letter.id, {**GOOD, "phone": "1-888-555-0199"}, actor="ed") == ()
    with store.session() as s:
        newest = audit.events(s, action="facts", letter_id=letter.id)[0]
    assert newest.detail == "phone: 1-800-555-0142 → 1-888-555-0199"


def test_a_refused_sheet_keeps_nothing_and_a_deactivated_editor_saves_nothing(store):
    add_accounts(store, ed=Role.EDITOR)
    letter = store.create_letter("March incident", "Call {{ phone }}.", actor="ed")
    save_facts(store, letter.id, GOOD, actor="ed")
    with pytest.raises(FactError):
        save_facts(store, letter.id, {**GOOD, "phone": "nope", "email": "x@y.org"}, actor="ed")
    assert facts_of(store, letter.id) == check(GOOD)
    set_active(store, "ed", False, actor="admin")
    with pytest.raises(PermissionRefused):
        save_facts(store, letter.id, {**GOOD, "email": "x@y.org"}, actor="ed")
    assert facts_of(store, letter.id)["email"] == GOOD["email"]


def test_facts_fill_every_language_and_leave_the_customers_own_values():
    facts = check(GOOD)
    english = "Dear {{ customer_name }}, call {{ phone }} by {{ enrollment_deadline }}."
    spanish = "Estimado/a {{ customer_name }}: llame al {{phone}} antes del {{ notice_date }}."
    # Document.with_facts is how exports and the facts preview fill a letter
    filled = Document.from_markdown(english, "en").with_facts(facts).plain
    assert filled == "Dear {{ customer_name }}, call 1-800-555-0142 by June 30, 2026."
    filled = Document.from_markdown(spanish, "es").with_facts(facts).plain
    assert "llame al 1-800-555-0142" in filled


def test_a_column_wins_over_a_fact_only_for_a_per_row_field():
    facts = check(GOOD)
    # the customer's own enrolment code comes from their row; the incident's phone from the sheet
    values = merge_values(facts, ["customer_name", "enrollment_code"], {})
    assert values["phone"] == GOOD["phone"]
    assert "enrollment_code" not in values and "customer_name" not in values
    with pytest.raises(FactError, match="fills {{ phone }} from a column"):
        merge_values(facts, ["customer_name", "phone"], {})
    with pytest.raises(FactError, match="not the incident's fact"):
        merge_values(facts, [], {"phone": "1-900-555-0000"})
    assert merge_values(facts, [], {"phone": GOOD["phone"], "hours": "9 to 5"})["hours"] == "9 to 5"


def test_a_changed_fact_makes_the_approval_of_every_text_naming_it_stale(store):
    add_accounts(store, ed=Role.EDITOR, lawyer=Role.LEGAL)
    letter = store.create_letter("March incident", "Call {{ phone }} with questions.", actor="ed")
    save_facts(store, letter.id, GOOD, actor="ed")
    approve_newest(store, letter.id)
    [row] = approval_record(store, letter.id)
    assert not row["stale"]

    save_facts(store, letter.id, {**GOOD, "email": "other@example.com"}, actor="ed")
    [row] = approval_record(store, letter.id)
    assert not row["stale"], "the letter does not name the e-mail fact"

    save_facts(store, letter.id, {**GOOD, "phone": "1-888-555-0199"}, actor="ed")
    [row] = approval_record(store, letter.id)
    assert row["stale"]
    assert row["stale_because"] == [
        "The fact “Phone number for questions” changed since the approval: "
        "1-800-555-0142 → 1-888-555-0199."
    ]
