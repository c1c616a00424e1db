"""The content rules of branch s35-rest (the territories, the other countries, the states NJ, NV,
NE, OH, RI, SC, UT, and the packs they share) read through the review the app runs: each rule's
item is found when a letter says it in any of several wordings, missing when the letter lacks it,
and missing on a near miss (the words of the item used for something else). One table per rule:
(text, found?). Every text is reviewed alone, with only its jurisdiction selected, as the Edit
page reviews a letter."""

from __future__ import annotations

import pytest

from clearnotice.checks.outcome import FOUND, MISSING
from clearnotice.checks.sentence_model import WORDING_PART
from tests.core.jurisdiction_packs import (
    Tables,
    assert_on_checklist,
    assert_read_as_labelled,
    checklist_item,
    rows,
)

TABLES: Tables = {
    ("CAN", "ca_pipeda.circumstances"): [
        ("A criminal used a stolen password to get into our billing system.", True),
        ("On May 3 someone broke into our office and took a laptop holding your file.", True),
        ("An incident occurred.", False),
        ("We take the security of your information seriously.", False),
    ],
    ("CAN", "ca_pipeda.date"): [
        ("The breach happened between May 1 and May 9, 2026.", True),
        ("On or about March 3, 2026, a criminal got into our system.", True),
        ("A criminal got into our system.", False),
        ("This letter was sent on June 1, 2026.", False),
    ],
    ("CAN", "ca_pipeda.information"): [
        ("The records included your name and social insurance number.", True),
        ("The files held names, addresses and dates of birth.", True),
        ("We are sorry this happened.", False),
        ("Some of your information was involved.", False),
    ],
    ("CAN", "ca_pipeda.steps-taken"): [
        ("We have added two-factor log-in for every staff account.", True),
        ("Since the breach, we have encrypted every company laptop.", True),
        ("We are looking into what happened.", False),
        ("We take the protection of your information seriously.", False),
    ],
    ("CAN", "ca_pipeda.reader-steps"): [
        ("Check your bank statements for charges you do not recognize.", True),
        ("Be careful with phone calls that ask for your account details.", True),
        ("We encourage you to remain vigilant.", False),
        ("We reset all staff passwords.", False),
    ],
    ("CAN", "ca_pipeda.contact"): [
        ("If you have questions, call us at 1-800-555-0142.", True),
        ("For more information about the breach, write to privacy@example.com.", True),
        ("Contact us with any questions.", False),
        ("Equifax can be reached at 1-800-685-1111.", False),
    ],
    ("RI", "us_ri.number-affected"): [
        ("The breach affected 1,250 people.", True),
        ("About 3,400 customers were affected.", True),
        ("Your name and address were involved.", False),
    ],
    ("RI", "us_ri.remediation-contacts"): [
        (
            "Equifax: 1-800-685-1111, www.equifax.com. Rhode Island Attorney General: "
            "(401) 274-4400, www.riag.ri.gov.",
            True,
        ),
        (
            "Call TransUnion toll-free at 1-888-909-8872. You may also contact the Office of the "
            "Attorney General at riag.ri.gov or (401) 274-4400.",
            True,
        ),
        (
            "- Equifax, 1-800-685-1111, www.equifax.com\n- Experian, 1-888-397-3742\n\n"
            "The Rhode Island Attorney General can help: 401-274-4400.",
            True,
        ),
        ("You can contact the credit bureaus or the Attorney General.", False),
        # near misses: the bureaus without the Attorney General, another state's attorney general
        ("Equifax: 1-800-685-1111, www.equifax.com.", False),
        (
            "Equifax: 1-800-685-1111, www.equifax.com. New York Attorney General: "
            "1-800-771-7755, ag.ny.gov.",
            False,
        ),
    ],
    ("RI", "us_ri.police-report-freeze"): [
        (
            "You have the right to obtain a police report. To place a security freeze, contact "
            "each credit bureau and give your full name, address, date of birth and Social "
            "Security number; a bureau may charge a fee.",
            True,
        ),
        (
            "You may file a police report. You can ask each credit bureau to freeze your credit "
            "file online or by phone; you will need to provide your name, date of birth and proof "
            "of address. A freeze is free.",
            True,
        ),
        ("We are sorry this happened.", False),
        # near miss: our own report to the police, and a freeze named with no how-to
        ("We reported the incident to the police. A security freeze is one option.", False),
    ],
    ("QC", "qc_law25.information"): [
        ("The records included your name and driver's licence number.", True),
        ("The files held names, addresses and dates of birth.", True),
        ("We are sorry this happened.", False),
        ("Some of your information was involved.", False),
    ],
    ("QC", "qc_law25.circumstances"): [
        ("A criminal used a stolen password to get into our billing system.", True),
        ("On May 3 someone broke into our office and took a laptop holding your file.", True),
        ("We are writing to you about your information.", False),
        ("We take the security of your information seriously.", False),
    ],
    ("QC", "qc_law25.date"): [
        ("The incident happened between May 1 and May 9, 2026.", True),
        ("On or about March 3, 2026, a criminal got into our system.", True),
        ("A criminal got into our system.", False),
        # near miss: the letter's own date is not the incident's
        ("This letter was sent on June 1, 2026.", False),
    ],
    ("QC", "qc_law25.measures-taken"): [
        ("We have added two-factor log-in for every staff account.", True),
        ("Since the incident, we have encrypted every company laptop.", True),
        ("We are looking into what happened.", False),
        # near miss: a commitment with no measure named
        ("We take the protection of your information seriously.", False),
    ],
    ("QC", "qc_law25.suggested-measures"): [
        ("Check your bank statements for charges you do not recognize.", True),
        (
            "We suggest that you change your password and watch for e-mails asking for your "
            "details.",
            True,
        ),
        ("We encourage you to remain vigilant.", False),
        # near miss: a measure of ours, not one suggested to the reader
        ("We reset all staff passwords.", False),
    ],
    ("QC", "qc_law25.contact"): [
        ("If you have questions, call us at 1-800-555-0142.", True),
        ("For more information about the incident, write to privacy@example.com.", True),
        ("Contact us with any questions.", False),
        # near miss: a credit bureau's number is not where to learn about the incident
        ("Equifax can be reached at 1-800-685-1111.", False),
    ],
}

ROWS = rows(TABLES)


@pytest.mark.parametrize(("code", "rule_id", "text", "found"), ROWS)
def test_each_rule_finds_its_item_in_any_wording_and_not_in_a_near_miss(code, rule_id, text, found):
    assert_read_as_labelled(code, rule_id, text, found)


@pytest.mark.parametrize(("code", "rule_id"), list(TABLES))
def test_each_rule_is_on_its_jurisdictions_checklist(code, rule_id):
    assert_on_checklist(code, rule_id)


# A sentence the rules' wordings of the information involved miss and the general item's sentence
# model reads as carrying it (two kinds of information named by the words "... information").
MODEL_ONLY = "Dear customer,\n\nThe files held reservation information and clinical information."


def test_a_states_borrowed_item_is_not_met_by_the_general_items_model_alone():
    """A state's requirement is the law's: the general checklist's guess from a sentence's
    overall wording does not meet it (the model read "We discovered it on March 3, 2026." as
    what happened in the Massachusetts template); the general item still shows its guess."""
    general = checklist_item(
        "AZ", "content.information-involved", MODEL_ONLY, listed_under="guidance"
    )
    assert general.status == FOUND and general.evidence[0].part == WORDING_PART  # the premise
    # Arizona's item borrows the general one ('like: content.information-involved')
    assert checklist_item("AZ", "us_az.information-types", MODEL_ONLY).status == MISSING


# A sentence only the general item's section cue reads as what happened: it says so by sitting
# under the heading "What Happened?" (the case tests/core/test_sections.py holds for the item).
SECTION_ONLY = (
    "Notice of Data Breach\n\nDear Customer,\n\nWhat Happened?\n\n"
    "On March 3, our e-mail system came under attack.\n\nFor More Information\n\nCall us."
)


def test_a_states_borrowed_item_agrees_with_the_general_item_found_only_by_its_section_cue():
    general = checklist_item("VA", "content.what-happened", SECTION_ONLY, listed_under="guidance")
    assert general.status == FOUND
    # Virginia's general description borrows it ('like: content.what-happened')
    virginia = checklist_item("VA", "us_va.general-description", SECTION_ONLY)
    assert virginia.status == FOUND
    assert virginia.evidence == general.evidence
