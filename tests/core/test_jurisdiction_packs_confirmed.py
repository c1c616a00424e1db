"""The content rules whose items were read in the law's own text, or in two summaries that agree
(session 42): the policy of README "What the jurisdictions ask" makes them errors, not the
warnings a rule read in one summary is, and a profile with nothing left resting on one summary no
longer asks for review. Each item is taken from the review the app runs, with only its
jurisdiction selected."""

from __future__ import annotations

import pytest

from clearnotice.guidance import jurisdictions
from clearnotice.model import Severity
from tests.core.jurisdiction_packs import Tables, assert_read_as_labelled, checklist_item, rows

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
    "CT": (  # Conn. Gen. Stat. 36a-701b(b)(2)(B), the AG's page and three agreeing summaries
        "us_ct.identity-theft-services",
        "us_ct.credit-freeze",
    ),
    "MO": (  # Mo. Rev. Stat. 407.1500.2(4), in two agreeing summaries (vigilance: two state charts)
        "us_mo.general-description",
        "us_mo.information-types",
        "us_mo.credit-bureaus",
        "us_vigilance.statements-and-credit-reports",
    ),
    "QC": (  # Regulation respecting confidentiality incidents, CQLR c., r. 3.1, s. 5(1)-(6)
        "qc_law25.information",
        "qc_law25.circumstances",
        "qc_law25.date",
        "qc_law25.measures-taken",
        "qc_law25.suggested-measures",
        "qc_law25.contact",
    ),
    "UK": (  # UK GDPR Art. 34(2) (its text on legislation.gov.uk) with Art. 33(3)(b) to (d)
        "eu_gdpr.nature",
        "eu_gdpr.contact-point",
        "eu_gdpr.consequences",
        "eu_gdpr.measures",
    ),
}

# a confirmed item added this round, read through the review: (text, found?)
TABLES: Tables = {
    ("CT", "us_ct.credit-freeze"): [
        (
            "Your Social Security number was copied. You can place a security freeze on your"
            " credit file for free by contacting each credit bureau online or by phone.",
            True,
        ),
        (
            "Your Social Security number was involved. To freeze your credit, call Equifax,"
            " Experian and TransUnion at the numbers below.",
            True,
        ),
        ("Your Social Security number was copied. We are sorry this happened.", False),
        (
            "Your Social Security number was copied. We have frozen the affected accounts.",
            False,
        ),
    ],
}

# every fact of these profiles now rests on the law's text or on two agreeing sources
CONFIRMED = ("CAN", "NC", "IN", "OR", "AL", "VT", "QC", "UK", "MO", "ID", "KY", "MS", "MT", "FL")

# two agreeing summaries say the law sets no content for the notice: the general guidance applies
NO_CONTENT = ("ID", "KY", "MS", "MT")

# jurisdiction -> (the notice, words of its deadline and of its cite) read in the law's own text
DEADLINES_READ_IN_THE_TEXT = {
    "UK": ("individuals", "without undue delay", "Art. 34(1)"),  # legislation.gov.uk
    "AK": ("individuals", "most expeditious time possible", "45.48.010(b)"),  # justia, 2019
}

# jurisdiction -> (the notice, from how many residents) read in the law's own words
THRESHOLDS_READ_IN_THE_TEXT = {
    "FL": ("regulator", 500),  # 501.171(3)(a): "affecting 500 or more individuals in this state"
}


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


@pytest.mark.parametrize("code", NO_CONTENT)
def test_a_law_that_sets_no_content_applies_the_general_guidance(code):
    profile = next(p for p in jurisdictions() if p.code == code)
    assert profile.facts.no_content_rules
    assert not profile.packs


@pytest.mark.parametrize("code", DEADLINES_READ_IN_THE_TEXT)
def test_a_deadline_read_in_the_laws_text_keeps_its_words(code):
    to, words, cite = DEADLINES_READ_IN_THE_TEXT[code]
    profile = next(p for p in jurisdictions() if p.code == code)
    [deadline] = [d for d in profile.facts.deadlines if d.to == to]
    assert words in deadline.timing, deadline.timing
    assert cite in deadline.cite, deadline.cite


@pytest.mark.parametrize(("code", "rule_id", "text", "found"), rows(TABLES))
def test_a_confirmed_item_is_found_when_said_and_missing_when_not(code, rule_id, text, found):
    assert_read_as_labelled(code, rule_id, text, found)


@pytest.mark.parametrize("code", THRESHOLDS_READ_IN_THE_TEXT)
def test_a_threshold_read_in_the_laws_words_is_kept(code):
    to, threshold = THRESHOLDS_READ_IN_THE_TEXT[code]
    profile = next(p for p in jurisdictions() if p.code == code)
    [deadline] = [d for d in profile.facts.deadlines if d.to == to]
    assert deadline.threshold == threshold
