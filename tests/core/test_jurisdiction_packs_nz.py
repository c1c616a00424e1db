"""The content rules of the state packs N to Z (and the packs they share) read through the review
the app runs: each rule's item is found when a letter says it in any of several wordings, missing
when the letter lacks it, and missing on a near miss (the words of the item used for something
else). One table per rule: (text, found?)."""

from __future__ import annotations

import pytest

from tests.core.jurisdiction_packs import (
    Tables,
    assert_on_checklist,
    assert_read_as_labelled,
    rows,
)

BUREAUS = (
    "- Equifax, P.O. Box 740241, Atlanta, GA 30374, 1-800-685-1111\n"
    "- Experian, P.O. Box 9554, Allen, TX 75013, 1-888-397-3742\n"
    "- TransUnion, P.O. Box 2000, Chester, PA 19016, 1-888-909-8872"
)

TABLES: Tables = {
    ("WA", "us_bureaus.toll-free-and-addresses"): [
        (BUREAUS, True),
        (
            "Equifax: call 800-685-1111 or write to P.O. Box 740241, Atlanta, GA 30374.\n\n"
            "Experian: call (888) 397-3742 or write to P.O. Box 9554, Allen, TX 75013.\n\n"
            "TransUnion: call 888.909.8872 or write to P.O. Box 2000, Chester, PA 19016.",
            True,
        ),
        ("We are sorry this happened.", False),
        # near miss: the bureaus named with no number or address
        ("You can contact Equifax, Experian and TransUnion to ask for a free report.", False),
    ],
    ("WA", "us_wa.business-contact"): [
        ("If you have questions, call us at 1-800-555-0142.", True),
        ("Questions? E-mail privacy@example.com.", True),
        ("We are sorry this happened.", False),
        # near miss: another body's number is not the business's
        ("The FTC's number is 1-877-438-4338.", False),
    ],
    ("WA", "us_wa.information-types"): [
        ("The files held your name and Social Security number.", True),
        ("The information involved: your name, address and date of birth.", True),
        ("We are sorry this happened.", False),
        ("Some of your information may have been involved.", False),
    ],
    ("WA", "us_wa.exposure-time-frame"): [
        ("The breach ran from May 1 to May 9, 2026. We discovered it on May 12, 2026.", True),
        ("On March 3, 2026, an intruder copied the files. We found out on March 10, 2026.", True),
        ("A criminal got into our system.", False),
        # near miss: the date of the breach without the date it was discovered
        ("The breach happened between May 1 and May 9, 2026.", False),
    ],
    ("VA", "us_va.general-description"): [
        ("A criminal used a stolen password to get into our billing system.", True),
        ("On May 3 an unknown person broke into our office and took a laptop.", True),
        ("We are writing to you about your information.", False),
        ("We take the security of your information seriously.", False),
    ],
    ("VA", "us_va.information-types"): [
        ("The files held your name and Social Security number.", True),
        ("The information involved: your name and driver's license number.", True),
        ("We are sorry this happened.", False),
        ("Some of your information may have been involved.", False),
    ],
    ("VA", "us_va.protective-acts"): [
        ("We have added two-factor log-in for every account.", True),
        ("To stop this happening again, we now encrypt every laptop.", True),
        ("A criminal got into our system.", False),
        # near miss: a commitment with no act named
        ("We take the security of your information seriously.", False),
    ],
    ("VA", "us_phone.number-to-call"): [
        ("If you have questions, call us at 1-800-555-0142, Monday to Friday.", True),
        ("Our helpline is open from 9 a.m. to 5 p.m. on (804) 555-0199.", True),
        ("Questions? 800-555-0199.", True),
        ("If you have questions, write to us at help@example.com.", False),
        # near miss: only the bureaus' and the FTC's lines
        ("Equifax: 1-800-685-1111. The FTC: 1-877-438-4338.", False),
    ],
    ("VA", "us_vigilance.statements-and-credit-reports"): [
        ("Please review your account statements and credit reports for anything unusual.", True),
        (
            "Keep a close eye on your bank statements. You can also order a free credit report "
            "at www.annualcreditreport.com and look it over.",
            True,
        ),
        (
            "You should remain vigilant for incidents of fraud by reviewing account statements "
            "and monitoring free credit reports.",
            True,
        ),
        (
            "We recommend that you regularly review statements from your accounts and "
            "periodically obtain your credit report.",
            True,
        ),
        ("We are sorry this happened.", False),
        # near misses: the sender's own review, statements without credit reports, another sense
        ("This statement explains what happened. Credit reports are kept by the bureaus.", False),
        ("We are reviewing our account statements and credit reports.", False),
        ("Please review your account statements.", False),
    ],
    ("NH", "us_nh.general-description"): [
        ("A criminal used a stolen password to get into our billing system.", True),
        ("On May 3 someone broke into our office and took a laptop holding your file.", True),
        ("We are writing to you about your information.", False),
        ("We take the security of your information seriously.", False),
    ],
    ("NH", "us_nh.breach-date"): [
        ("The breach happened between May 1 and May 9, 2026.", True),
        ("On or about March 3, 2026, an intruder copied the files.", True),
        ("A criminal got into our system.", False),
        # near miss: the letter's own date is not the breach's
        ("This letter was sent on June 1, 2026.", False),
    ],
    ("NH", "us_nh.information-types"): [
        ("The files held your name and Social Security number.", True),
        ("The information involved: your name and bank account number.", True),
        ("We are sorry this happened.", False),
        ("Some of your information may have been involved.", False),
    ],
    ("NH", "us_phone.number-to-call"): [
        ("Please call our response line at 603-555-0100 with any questions.", True),
        ("You can reach us by telephone on 1-800-555-0142.", True),
        ("We are sorry this happened.", False),
        ("Visit www.identitytheft.gov or call the FTC at 1-877-438-4338.", False),
    ],
    ("WY", "us_wy.toll-free-number"): [
        ("If you have questions, call us toll-free at 1-888-555-0142.", True),
        ("Our call center, (833) 555-0100, can also give you the credit bureaus' numbers.", True),
        ("We are sorry this happened.", False),
        # near misses: a number that is not toll-free, and a bureau's toll-free line
        ("If you have questions, call us at (307) 555-0142.", False),
        ("Call Equifax at 1-800-685-1111.", False),
    ],
    ("WY", "us_wy.information-types"): [
        ("The files held your name and Social Security number.", True),
        ("The information involved: your name, address and date of birth.", True),
        ("Some of your information may have been involved.", False),
    ],
    ("WY", "us_wy.general-description"): [
        ("A criminal used a stolen password to get into our billing system.", True),
        ("Someone sent a fake e-mail to our staff and got into a mailbox.", True),
        ("We take the security of your information seriously.", False),
    ],
    ("WY", "us_wy.breach-date"): [
        ("The breach happened between May 1 and May 9, 2026.", True),
        ("On or about March 3, 2026, an intruder copied the files.", True),
        ("This letter was sent on June 1, 2026.", False),
    ],
    ("WY", "us_wy.actions-taken"): [
        ("We have added two-factor log-in for every account.", True),
        ("To stop this happening again, we now encrypt every laptop.", True),
        ("We take the security of your information seriously.", False),
    ],
    ("PA", "us_pa.credit-monitoring"): [
        ("Your SSN was copied. We offer 12 months of free credit monitoring.", True),
        ("Your bank account number was seen. We pay for 2 years of Experian IdentityWorks.", True),
        # lacking it, and near misses: too short an offer, or an offer that is not free
        ("Your driver's license number was involved. Please watch your statements.", False),
        ("Your SSN was copied. We offer 6 months of free credit monitoring.", False),
        ("Your SSN was copied. You can buy 12 months of credit monitoring.", False),
    ],
    ("VT", "us_vt.breach-date"): [
        ("The breach happened between May 1 and May 9, 2026.", True),
        ("On or about March 3, 2026, an intruder copied the files.", True),
        ("A criminal got into our system.", False),
        ("This letter was sent on June 1, 2026.", False),
    ],
    ("VT", "us_vt.general-description"): [
        ("A criminal used a stolen password to get into our billing system.", True),
        ("On May 3 an unknown person broke into our office and took a laptop.", True),
        ("We are writing to you about your information.", False),
    ],
    ("VT", "us_vt.information-types"): [
        ("The files held your name and Social Security number.", True),
        ("Some of your information may have been involved.", False),
    ],
    ("VT", "us_vt.protective-acts"): [
        ("To stop this happening again, we now encrypt every laptop.", True),
        # near miss: a commitment with no act named
        ("We take the security of your information seriously.", False),
    ],
    ("VT", "us_phone.number-to-call"): [
        ("If you have questions, call us toll-free at 1-800-555-0142.", True),
        ("Equifax: 1-800-685-1111. Experian: 1-888-397-3742.", False),
    ],
    ("VT", "us_vigilance.statements-and-credit-reports"): [
        ("Stay alert: review your account statements and check your free credit reports.", True),
        ("Please review your account statements.", False),
    ],
    ("NC", "us_nc.general-description"): [
        ("On May 3 an unknown person broke into our office and took a laptop.", True),
        ("We take the security of your information seriously.", False),
    ],
    ("NC", "us_nc.information-types"): [
        ("The information involved: your name and driver's license number.", True),
        ("Some of your information may have been involved.", False),
    ],
    ("NC", "us_nc.protective-acts"): [
        ("We have added two-factor log-in for every account.", True),
        ("A criminal got into our system.", False),
    ],
    ("NC", "us_phone.number-to-call"): [
        ("Questions? Call our helpline on 1-800-555-0142.", True),
        ("If you have questions, write to us at help@example.com.", False),
    ],
    ("NC", "us_vigilance.statements-and-credit-reports"): [
        ("Review your bank statements and order your free credit reports.", True),
        ("We are reviewing our billing statements.", False),
    ],
    ("NC", "us_bureaus.toll-free-and-addresses"): [(BUREAUS, True), ("Call the bureaus.", False)],
    ("NC", "us_nc.identity-theft-agencies"): [
        (
            "You can get information about preventing identity theft from the Federal Trade "
            "Commission (1-877-438-4338, www.identitytheft.gov, 600 Pennsylvania Avenue NW, "
            "Washington, DC 20580) and the North Carolina Attorney General's Office "
            "(1-877-566-7226, www.ncdoj.gov, 9001 Mail Service Center, Raleigh, NC 27699).",
            True,
        ),
        (
            "To learn how to prevent identity theft, contact the FTC at www.ftc.gov or "
            "1-877-438-4338, or the N.C. Department of Justice at ncdoj.gov or 1-877-566-7226.",
            True,
        ),
        # near misses: the agencies named without how to reach them; another state's office
        ("You can report identity theft to the FTC or the North Carolina Attorney General.", False),
        (
            "Federal Trade Commission: 1-877-438-4338, www.identitytheft.gov. Maryland Attorney "
            "General: www.marylandattorneygeneral.gov. Both can tell you how to prevent identity "
            "theft.",
            False,
        ),
    ],
    ("OR", "us_or.general-description"): [
        ("A criminal used a stolen password to get into our billing system.", True),
        ("We are writing to you about your information.", False),
    ],
    ("OR", "us_or.breach-date"): [
        ("On or about March 3, 2026, an intruder copied the files.", True),
        ("This letter was sent on June 1, 2026.", False),
    ],
    ("OR", "us_or.information-types"): [
        ("The files held your name and Social Security number.", True),
        ("Some of your information may have been involved.", False),
    ],
    ("OR", "us_or.business-contact"): [
        ("If you have questions, call us at 1-800-555-0142.", True),
        ("Questions? E-mail privacy@example.com.", True),
        # near miss: another body's number is not the sender's
        ("The FTC's number is 1-877-438-4338.", False),
    ],
    ("OR", "us_or.credit-bureaus"): [
        (BUREAUS, True),
        (
            "Equifax (www.equifax.com), Experian (www.experian.com) and TransUnion "
            "(www.transunion.com) can place a fraud alert.",
            True,
        ),
        ("Contact Equifax, Experian or TransUnion.", False),
    ],
    ("OR", "us_or.report-identity-theft"): [
        (
            "If you suspect identity theft, report it to your local police and to the Federal "
            "Trade Commission at www.identitytheft.gov.",
            True,
        ),
        (
            "Should you believe someone is using your information, you can file a report with "
            "law enforcement, the Oregon Attorney General or the FTC.",
            True,
        ),
        # near misses: the sender's own report; advice with no one to report to
        ("We reported the incident to the police and the FTC.", False),
        ("If you suspect identity theft, report it.", False),
    ],
    ("WI", "us_wi.knows-of-acquisition"): [
        ("A criminal used a stolen password to get into our system and copied your records.", True),
        ("On May 3 someone broke into our office and took a laptop holding your file.", True),
        ("We are writing to you about your information.", False),
        ("We take the security of your information seriously.", False),
    ],
    ("WV", "us_wv.information-categories"): [
        ("The files held your name and Social Security number.", True),
        ("The information involved: your name and driver's license number.", True),
        ("Some of your information may have been involved.", False),
    ],
    ("NM", "us_bureaus.toll-free-and-addresses"): [(BUREAUS, True), ("Call the bureaus.", False)],
    ("NM", "us_vigilance.statements-and-credit-reports"): [
        ("Review your card statements and check your credit report.", True),
        ("We are sorry this happened.", False),
    ],
}

ROWS = rows(TABLES)


@pytest.mark.parametrize(("code", "rule_id", "text", "found"), ROWS)
def test_each_rule_finds_its_item_in_any_wording_and_not_in_a_near_miss(code, rule_id, text, found):
    assert_read_as_labelled(code, rule_id, text, found)


@pytest.mark.parametrize(("code", "rule_id"), list(TABLES))
def test_each_rule_is_on_its_jurisdictions_checklist(code, rule_id):
    assert_on_checklist(code, rule_id)
