"""The state packs of branch s34-am (Alaska to Montana, and DC): each requirement said in the
words letters use is found by the review the app runs, and a letter that lacks it, or says
something close to it that is not it, leaves the item open.

Each row is one rule of one jurisdiction: sentences that say it (two wordings at least), and
sentences that do not (a lack, a near miss). Every sentence is reviewed alone, with only its
jurisdiction selected, as the Edit page reviews a letter."""

from __future__ import annotations

import pytest

from tests.core.jurisdiction_packs import checklist_item

BUREAUS = (
    "- Equifax, P.O. Box 740241, Atlanta, GA 30374, 1-800-685-1111, www.equifax.com\n"
    "- Experian, P.O. Box 9554, Allen, TX 75013, 1-888-397-3742, www.experian.com\n"
    "- TransUnion, P.O. Box 2000, Chester, PA 19016, 1-888-909-8872, www.transunion.com"
)

# (jurisdiction, rule, sentences that say it, sentences that do not)
ROWS = [
    (
        "MI",
        "us_mi.general-description",
        [
            "A criminal got into our billing system and copied customer records.",
            "On May 2 an employee's laptop was stolen from her car.",
        ],
        ["An incident occurred.", "We are investigating a matter involving your account."],
    ),
    (
        "MI",
        "us_mi.information-types",
        [
            "The records included your name and driver's license number.",
            "The files held names, addresses and Social Security numbers.",
        ],
        ["Some of your information was involved.", "Your data may have been affected."],
    ),
    (
        "MI",
        "us_mi.protection-steps",
        [
            "We have reset every employee password and now require a second sign-in step.",
            "We are training staff to spot fake emails so this does not happen again.",
        ],
        ["We are looking into what happened.", "We hired a forensic firm to investigate."],
    ),
    (
        "MI",
        "us_mi.telephone",
        [
            "If you have questions, call us at 1-800-555-0142.",
            "Our help line is (313) 555-0199, Monday to Friday.",
            "Questions? Phone {{ support_phone }}.",
        ],
        [
            "Contact us with any questions at help@example.com.",
            "You can call Equifax at 1-800-685-1111.",
            "Call the Federal Trade Commission at 1-877-438-4338.",
        ],
    ),
    (
        "MI",
        "us_mi.vigilance",
        [
            "Please remain vigilant for incidents of fraud and identity theft.",
            "We encourage you to stay alert for signs of identity theft.",
            "Watch your bank accounts closely for unauthorized transactions.",
            "Watch your bank and card statements for any charge you do not recognise.",
        ],
        [
            "We remain vigilant against fraud on our systems.",
            "We are monitoring our network for suspicious activity.",
            "Please keep your password safe.",
            "We are offering you 24 months of free credit monitoring and identity theft"
            " protection.",
        ],
    ),
    (
        "HI",
        "us_hi.incident-description",
        [
            "A criminal got into our billing system and copied customer records.",
            "We mistakenly emailed a spreadsheet with your details to another customer.",
        ],
        ["An incident occurred.", "We are writing to tell you about a security matter."],
    ),
    (
        "HI",
        "us_hi.information-types",
        [
            "The records included your name and driver's license number.",
            "The files held names, addresses and bank account numbers.",
        ],
        ["Some of your information was involved."],
    ),
    (
        "HI",
        "us_hi.protection-acts",
        [
            "We now encrypt every company laptop.",
            "We added a second sign-in step for all staff accounts.",
        ],
        ["We are looking into what happened.", "We take security seriously."],
    ),
    (
        "HI",
        "us_hi.telephone",
        ["Call our help line at 808-555-0142 with any questions.", "Phone us on 1-800-555-0142."],
        ["Write to us at help@example.com.", "Call Experian at 1-888-397-3742."],
    ),
    (
        "HI",
        "us_hi.review-statements",
        [
            "Please review your account statements for any charge you do not recognise.",
            "Keep a close eye on your bank and credit card statements.",
            "Check your monthly statements carefully.",
        ],
        [
            "We reviewed our account records.",
            "We will review our statements of policy.",
            "Please keep your password safe.",
        ],
    ),
    (
        "HI",
        "us_hi.free-credit-reports",
        [
            "You can get a free credit report from each bureau at www.annualcreditreport.com.",
            "Monitor your credit reports. They are free: call 1-877-322-8228.",
            "Order your credit report at no cost and check it for accounts you did not open.",
        ],
        [
            "Please review your credit reports.",
            "We offer free credit monitoring.",
            "You can place a fraud alert or a security freeze on your credit file. Both are free.",
        ],
    ),
    (
        "IA",
        "us_ia.breach-description",
        [
            "A criminal got into our billing system and copied customer records.",
            "An employee mistakenly mailed your statement to another customer.",
        ],
        ["An incident occurred.", "We are writing about a security matter."],
    ),
    (
        "IA",
        "us_ia.breach-date",
        [
            "The breach happened between May 1 and May 9, 2026.",
            "On or about March 3, 2026, a criminal got into our system.",
        ],
        ["A criminal got into our system.", "We will send you more details soon."],
    ),
    (
        "IA",
        "us_ia.information-types",
        [
            "The records included your name and driver's license number.",
            "Your name, card number and expiration date were taken.",
        ],
        ["Some of your information was involved."],
    ),
    (
        "IA",
        "us_ia.credit-bureaus",
        [
            BUREAUS,
            "Equifax (www.equifax.com), Experian (www.experian.com) and TransUnion"
            " (www.transunion.com) can place a fraud alert.",
        ],
        [
            "You can contact the credit bureaus.",
            "Contact Equifax, Experian or TransUnion to place a fraud alert.",
        ],
    ),
    (
        "IA",
        "us_ia.report-identity-theft",
        [
            "If you suspect identity theft, report it to your local police or to the Iowa"
            " Attorney General.",
            "You can file a police report if you think someone is misusing your information.",
            "Tell local law enforcement about any fraud you find.",
        ],
        [
            "We reported the incident to the police.",
            "If you suspect identity theft, tell your bank.",
            "Please keep your password safe.",
        ],
    ),
    (
        "MO",
        "us_mo.general-description",
        [
            "A criminal got into our billing system and copied customer records.",
            "Ransomware locked the files on two of our office computers.",
        ],
        ["An incident occurred."],
    ),
    (
        "MO",
        "us_mo.information-types",
        [
            "The records included your name and driver's license number.",
            "The files held names and health insurance numbers.",
        ],
        ["Some of your information was involved."],
    ),
    (
        "MO",
        "us_mo.telephone",
        ["If you have questions, call us at 1-800-555-0142.", "Our help line: 314-555-0199."],
        ["Contact us with any questions at help@example.com."],
    ),
    (
        "MO",
        "us_mo.credit-bureaus",
        [
            BUREAUS,
            "Equifax (1-800-685-1111), Experian (1-888-397-3742) and TransUnion"
            " (1-888-909-8872) can place a fraud alert.",
        ],
        ["You can contact the credit bureaus.", "Ask Equifax for a fraud alert."],
    ),
    (
        "MO",
        "us_vigilance.statements-and-credit-reports",
        [
            "Stay alert: review your account statements and check your free credit reports.",
            "Please keep an eye on your bank statements, and order a free credit report to look"
            " for accounts you did not open.",
        ],
        [
            "Please review your account statements for charges you do not recognise.",
            "We are reviewing our billing statements and credit reports.",
        ],
    ),
    (
        "CO",
        "us_co.breach-date",
        [
            "The breach happened between May 1 and May 9, 2026.",
            "We believe the breach began in early March 2026.",
        ],
        ["A criminal got into our system."],
    ),
    (
        "CO",
        "us_co.information-types",
        [
            "The records included your name and driver's license number.",
            "The files held usernames and passwords for our online store.",
        ],
        ["Some of your information was involved."],
    ),
    (
        "CO",
        "us_co.contact",
        [
            "If you have questions, call us at 1-800-555-0142.",
            "For more information, write to privacy@example.com.",
        ],
        ["Contact us with any questions.", "Equifax can be reached at 1-800-685-1111."],
    ),
    (
        "CO",
        "us_co.credit-bureaus",
        [
            BUREAUS,
            "Equifax: 1-800-685-1111, P.O. Box 740241, Atlanta, GA 30374, equifax.com.\n"
            "Experian: 1-888-397-3742, P.O. Box 9554, Allen, TX 75013, experian.com.\n"
            "TransUnion: 1-888-909-8872, P.O. Box 2000, Chester, PA 19016, transunion.com.",
        ],
        [
            "You can contact the credit bureaus.",
            "- Equifax: 1-800-685-1111\n- Experian: 1-888-397-3742\n- TransUnion: 1-888-909-8872",
        ],
    ),
    (
        "CO",
        "us_co.ftc",
        [
            "Federal Trade Commission, 600 Pennsylvania Avenue NW, Washington, DC 20580,"
            " 1-877-438-4338, www.identitytheft.gov",
            "The FTC: www.ftc.gov, 1-877-438-4338, 600 Pennsylvania Avenue NW, Washington,"
            " DC 20580.",
        ],
        ["You can report identity theft to the FTC.", "Visit www.identitytheft.gov."],
    ),
    (
        "CO",
        "us_co.fraud-alerts-freezes",
        [
            "The FTC and the credit bureaus can tell you about fraud alerts and security freezes.",
            "Learn about fraud alerts and credit freezes from the credit bureaus or the Federal"
            " Trade Commission.",
        ],
        ["You can place a fraud alert.", "A security freeze is free."],
    ),
    (
        "MD",
        "us_md.information-categories",
        [
            "The records included your name and driver's license number.",
            "The files held names, dates of birth and health insurance numbers.",
        ],
        ["Some of your information was involved."],
    ),
    (
        "MD",
        "us_md.business-contact",
        [
            "Call us at 1-800-555-0142 or write to Example Outfitters, 12 Main Street,"
            " Baltimore, MD 21201.",
            "Questions? Phone 410-555-0100.\n\nExample Outfitters, P.O. Box 1200,"
            " Annapolis, MD 21401",
        ],
        [
            "If you have questions, call us at 1-800-555-0142.",
            "Equifax, P.O. Box 740241, Atlanta, GA 30374, 1-800-685-1111",
        ],
    ),
    (
        "MD",
        "us_md.credit-bureaus",
        [
            BUREAUS,
            "Equifax: 1-800-685-1111, P.O. Box 740241, Atlanta, GA 30374. Experian:"
            " 1-888-397-3742, P.O. Box 9554, Allen, TX 75013. TransUnion: 1-888-909-8872,"
            " P.O. Box 2000, Chester, PA 19016.",
        ],
        [
            "You can contact the credit bureaus.",
            "- Equifax: www.equifax.com\n- Experian: www.experian.com\n- TransUnion:"
            " www.transunion.com",
        ],
    ),
    (
        "MD",
        "us_md.identity-theft-agencies",
        [
            "You can get information about avoiding identity theft from the Federal Trade"
            " Commission (1-877-438-4338, www.identitytheft.gov) and from the Maryland Office of"
            " the Attorney General (200 St. Paul Place, Baltimore, MD 21202).",
            "To learn how to prevent identity theft, contact the FTC at www.identitytheft.gov or"
            " the Maryland Attorney General at www.marylandattorneygeneral.gov.",
        ],
        [
            "You can report identity theft to the FTC.",
            "Contact the Maryland Attorney General if you have concerns.",
        ],
    ),
    (
        "FL",
        "us_fl.breach-date",
        [
            "The breach happened between May 1 and May 9, 2026.",
            "On or about March 3, 2026, a criminal got into our system.",
        ],
        ["A criminal got into our system."],
    ),
    (
        "FL",
        "us_fl.information-types",
        [
            "The records included your name and driver's license number.",
            "The files held names and health insurance policy numbers.",
        ],
        ["Some of your information was involved."],
    ),
    (
        "FL",
        "us_fl.contact",
        [
            "If you have questions, call us at 1-800-555-0142.",
            "For more information, write to privacy@example.com.",
        ],
        ["Contact us with any questions.", "You can call Equifax at 1-800-685-1111."],
    ),
    (
        "AL",
        "us_al.breach-date",
        [
            "The breach happened between May 1 and May 9, 2026.",
            "On or about March 3, 2026, a criminal got into our system.",
        ],
        ["A criminal got into our system."],
    ),
    (
        "AL",
        "us_al.information-types",
        [
            "The records included your name and driver's license number.",
            "The files held names and health insurance policy numbers.",
        ],
        ["Some of your information was involved."],
    ),
    (
        "AL",
        "us_al.remedial-actions",
        [
            "We now encrypt every company laptop.",
            "We have reset every employee password and now require a second sign-in step.",
        ],
        ["We are looking into what happened."],
    ),
    (
        "AL",
        "us_al.reader-steps",
        [
            "Please change your password and turn on two-step sign-in.",
            "You can place a free security freeze with each credit bureau.",
        ],
        ["We are sorry this happened."],
    ),
    (
        "AL",
        "us_al.contact",
        [
            "If you have questions, call us at 1-800-555-0142.",
            "For more information, write to privacy@example.com.",
        ],
        ["Contact us with any questions."],
    ),
    (
        "DE",
        "us_de.credit-monitoring",
        [
            "Your Social Security number was copied. We are offering 12 months of free credit"
            " monitoring.",
            "Your Social Security number was copied. We will pay for one year of credit"
            " monitoring from Experian IdentityWorks.",
        ],
        [
            "Your Social Security number was copied. We are offering six months of free credit"
            " monitoring.",
            "Your Social Security number was copied. Monitor your credit reports.",
        ],
    ),
    (
        "DC",
        "us_dc.identity-theft-services",
        [
            "Your Social Security number was copied. We are offering 24 months of free credit"
            " monitoring. Enroll at www.example.com/protect with code Q7.",
            "Your taxpayer identification number was exposed. We will pay for two years of"
            " identity theft protection; to sign up, call 1-800-555-0142.",
        ],
        [
            "Your Social Security number was copied. We are offering 12 months of free credit"
            " monitoring.",
            "Your Social Security number was copied. We are offering 24 months of free credit"
            " monitoring.",
        ],
    ),
    (
        "CO",
        "us_co.change-password",
        [
            "Your username and password were taken. Please change your password and security"
            " question now.",
            "Your login credentials were exposed. Choose a new password for every account that"
            " used the old one.",
        ],
        [
            "Your username and password were taken. Keep your password safe.",
            "Your email address and password were exposed. We reset every employee password.",
        ],
    ),
    (
        "IL",
        "us_il.change-password",
        [
            "Your username and password were taken. Please change your password and security"
            " question now.",
            "Your email address and password were exposed. Reset your password on any site"
            " where you use the same one.",
        ],
        [
            "Your username and password were taken. Keep your password safe.",
            "Your email address and password were exposed. We reset every employee password.",
        ],
    ),
    (
        "IL",
        "us_bureaus.toll-free-and-addresses",
        [
            BUREAUS,
            "Equifax: 1-800-685-1111, P.O. Box 740241, Atlanta, GA 30374. Experian:"
            " 1-888-397-3742, P.O. Box 9554, Allen, TX 75013. TransUnion: 1-888-909-8872,"
            " P.O. Box 2000, Chester, PA 19016.",
        ],
        ["You can contact the credit bureaus."],
    ),
    (
        "IL",
        "us_il.ftc",
        [
            "Federal Trade Commission, 600 Pennsylvania Avenue NW, Washington, DC 20580,"
            " 1-877-438-4338, www.identitytheft.gov",
            "The FTC: www.ftc.gov, 1-877-438-4338, 600 Pennsylvania Avenue NW, Washington,"
            " DC 20580.",
        ],
        ["You can report identity theft to the FTC."],
    ),
    (
        "IL",
        "us_il.fraud-alerts-freezes",
        [
            "The FTC and the credit bureaus can tell you about fraud alerts and security freezes.",
            "Learn about fraud alerts and credit freezes from the credit bureaus or the Federal"
            " Trade Commission.",
        ],
        ["You can place a fraud alert."],
    ),
    (
        "AZ",
        "us_az.breach-date",
        [
            "The breach happened between May 1 and May 9, 2026.",
            "On or about March 3, 2026, a criminal got into our system.",
        ],
        ["A criminal got into our system."],
    ),
    (
        "AZ",
        "us_az.information-types",
        [
            "The records included your name and driver's license number.",
            "The files held names and taxpayer identification numbers.",
        ],
        ["Some of your information was involved."],
    ),
    (
        "AZ",
        "us_bureaus.toll-free-and-addresses",
        [
            BUREAUS,
            "Equifax: 1-800-685-1111, P.O. Box 740241, Atlanta, GA 30374. Experian:"
            " 1-888-397-3742, P.O. Box 9554, Allen, TX 75013. TransUnion: 1-888-909-8872,"
            " P.O. Box 2000, Chester, PA 19016.",
        ],
        ["You can contact the credit bureaus."],
    ),
    (
        "AZ",
        "us_az.ftc",
        [
            "Federal Trade Commission, 600 Pennsylvania Avenue NW, Washington, DC 20580,"
            " 1-877-438-4338, www.identitytheft.gov",
            "The FTC: www.ftc.gov, 1-877-438-4338, 600 Pennsylvania Avenue NW, Washington,"
            " DC 20580.",
        ],
        ["You can report identity theft to the FTC."],
    ),
]


SAYS = [
    pytest.param(code, rule, text, id=f"{rule}-says{n}")
    for code, rule, says, _ in ROWS
    for n, text in enumerate(says)
]
LACKS = [
    pytest.param(code, rule, text, id=f"{rule}-lacks{n}")
    for code, rule, _, lacks in ROWS
    for n, text in enumerate(lacks)
]


@pytest.mark.parametrize(("code", "rule", "text"), SAYS)
def test_a_sentence_that_says_it_satisfies_the_item(code, rule, text):
    item = checklist_item(code, rule, text)
    assert item.status == "found", f"{rule} missed: {text!r}"


@pytest.mark.parametrize(("code", "rule", "text"), LACKS)
def test_a_sentence_that_lacks_it_or_nearly_says_it_leaves_the_item_open(code, rule, text):
    item = checklist_item(code, rule, text)
    assert item.status in ("missing", "partial"), f"{rule} took: {text!r}"


def test_every_new_rule_has_a_row_and_at_least_two_wordings():
    from clearnotice.guidance import load_profiles

    profiles = load_profiles()
    rows = {rule: len(says) for _, rule, says, _ in ROWS}
    for code in {code for code, *_ in ROWS}:
        for rule_id in profiles[code].order:
            assert rows.get(rule_id, 0) >= 2, f"{rule_id}: no paraphrase row"
