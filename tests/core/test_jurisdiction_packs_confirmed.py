"""The content rules whose items were read in the law's own text, or in two summaries that agree
(session 42): the policy of README "What the jurisdictions ask" makes them errors, not the
warnings a rule read in one summary is, and a profile with nothing left resting on one summary no
longer asks for review. Each item is taken from the review the app runs, with only its
jurisdiction selected."""

from __future__ import annotations

import pytest

from clearnotice.guidance import jurisdictions
from clearnotice.model import Severity
from tests.core.jurisdiction_packs import checklist_item

# jurisdiction -> the rules whose item its law's text, or two agreeing summaries, list (each rule's
# source names what was read)
CONFIRMED_ITEMS = {
    "CAN": (  # Breach of Security Safeguards Regulations, SOR/2018-64, s. 3(a) to (f)
        "ca_pipeda.circumstances",
        "ca_pipeda.date",
        "ca_pipeda.information",
        "ca_pipeda.steps-taken",
        "ca_pipeda.reader-steps",
        "ca_pipeda.contact",
    ),
    "NC": (  # N.C. Gen. Stat. 75-65(d)(1) to (3) and (7)
        "us_nc.general-description",
        "us_nc.information-types",
        "us_nc.protective-acts",
        "us_nc.identity-theft-agencies",
    ),
    "FL": (  # Fla. Stat. 501.171(4)(e), in two agreeing summaries
        "us_fl.breach-date",
        "us_fl.information-types",
        "us_fl.contact",
    ),
    "OR": (  # Or. Rev. Stat. 646A.604(5)(a) to (f), in two agreeing summaries
        "us_or.general-description",
        "us_or.breach-date",
        "us_or.information-types",
        "us_or.business-contact",
        "us_or.credit-bureaus",
        "us_or.report-identity-theft",
    ),
    "AL": (  # Ala. Code 8-38-5(d), in two agreeing summaries
        "us_al.breach-date",
        "us_al.information-types",
        "us_al.remedial-actions",
        "us_al.reader-steps",
        "us_al.contact",
    ),
    "CO": (  # 24-73-103(2)(b), the public bodies' twin, and a summary of 6-1-716 itself
        "us_co.breach-date",
        "us_co.information-types",
        "us_co.contact",
        "us_co.credit-bureaus",
        "us_co.ftc",
        "us_co.fraud-alerts-freezes",
    ),
    "VT": (  # 9 V.S.A. 2435(b)(5), in two agreeing summaries
        "us_vt.general-description",
        "us_vt.information-types",
        "us_vt.protective-acts",
    ),
    "WI": ("us_wi.knows-of-acquisition",),  # Wis. Stat. 134.98(3), in two agreeing summaries
    "AZ": (  # Ariz. Rev. Stat. 18-552, in two agreeing summaries
        "us_az.breach-date",
        "us_az.information-types",
    ),
}

# every fact of these profiles now rests on the law's text or on two agreeing sources
CONFIRMED = ("CAN", "NC", "IN", "OR", "AL", "VT")


@pytest.mark.parametrize(
    ("code", "rule_id"),
    [(code, rule_id) for code, rules in CONFIRMED_ITEMS.items() for rule_id in rules],
)
def test_an_item_the_law_or_two_agreeing_summaries_list_is_an_error(code, rule_id):
    item = checklist_item(code, rule_id, "Dear customer,\n\nWe are writing to you.")
    assert item.level == Severity.ERROR, f"{rule_id}: {item.level}"


@pytest.mark.parametrize("code", CONFIRMED)
def test_a_profile_confirmed_from_the_laws_text_no_longer_asks_for_review(code):
    profile = next(p for p in jurisdictions() if p.code == code)
    assert not profile.facts.needs_review
