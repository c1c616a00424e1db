"""The guidance on letters written for these tests, in wordings the rules were not written
from: a clinic's stolen laptop, a shop's card skimmer (British spelling and phone numbers), a
school's misdirected e-mail, a bank's jargon, a software firm's non-answer and a dental
practice's ransomware. The sample letters alone would let rules be tuned to their wording."""

from __future__ import annotations

import pytest

from clearnotice.guidance import review, rule_fires

ALL_ITEMS = {
    "content.what-happened",
    "content.how-it-happened",
    "content.breach-date",
    "content.discovery-date",
    "content.information-involved",
    "content.severity-scope",
    "content.prevention",
    "content.law-enforcement",
    "content.credit-monitoring",
    "content.reader-actions",
    "content.contact",
}

CLINIC = """\
**Important information about your health records**

Dear Mr. Okafor,

I am writing because a laptop belonging to Riverside Family Clinic was stolen, and it held some
of your health information. I apologize for the worry this may cause you.

**What happened**
On the evening of February 11, 2026, a thief broke into a staff member's car and took a clinic
laptop. She reported the theft to the city police that night, and our privacy officer learned
about it the next morning, February 12, 2026. The laptop was protected by a password but the files
on it were not scrambled.

**What was on the laptop**
A spreadsheet on the laptop listed patients seen in January 2026. For you, it showed your name,
date of birth, the date of your visit and the reason for the visit. It did not contain Social
Security numbers or bank details.

**What we are doing**
We are working with the police and have hired a security company to look into the theft. We
have since changed every clinic laptop so its files are scrambled, and staff may no longer
keep patient lists on laptops. We are offering you one year of free identity protection
through Harbor ID Services; to enroll, call 1-877-555-0134 and give the code RFC-2291 before
May 31, 2026.

**What you can do**
- Read the statements your health plan sends you, and call them if they list care you did not
  receive.
- Ask us for a copy of your records if you want to check them.

If you have questions, call our privacy officer, Lena Park, toll-free at 1-877-555-0133 on
weekdays from 9 to 5, or write to 40 Mill Street, Riverside, OR 97000.

Sincerely,
Lena Park, Privacy Officer
"""

SHOP = """\
# Notice of Data Breach

Dear {{ customer_name }},

Someone planted harmful code on the checkout page of our online shop, Birch & Fern, and it
captured the card details that some customers typed in. Your order was one of them. We are
truly sorry.

## What happened

Between 2 September and 19 September 2025, the code copied what shoppers entered on the payment
page. Our card processor told us about unusual charges on 18 September, and we found and
removed the code the next day.

## What information was involved

The code captured your name, billing address, card number, expiry date and security code. It
did not capture passwords.

## What we are doing

We have moved our payment page to our card processor's own secure page, so card numbers no
longer pass through our website. We reported the crime to the police and to Action Fraud, and
we are working with a specialist investigator. We will pay for two years of credit monitoring
for you, at no cost to you.

## What you can do

- Ask your bank to cancel your card and send you a new one.
- Check your card statements for payments you did not make.
- Activate your free monitoring at www.birchfern.example/monitor with the code BF-7721.

## For more information

Email us at help@birchfern.example or phone 0161 555 0172 (Monday to Saturday, 9am to 6pm).

Yours sincerely,
Ada Birch, Founder
"""

SCHOOL = """\
Dear Parent or Guardian,

On Tuesday, October 14, 2025, a staff member in our transportation office sent an e-mail with
an attached spreadsheet to the wrong mailing list. The file listed student names, home
addresses and bus stop times for 212 families. We realized the mistake within the hour, asked
everyone who received it to delete it, and turned off the mailing list.

We are sorry. This should not have happened. Staff must now use a second person to check any
file with student information before it is sent, and we have retrained the transportation
office.

Your child's information was in the file. No grades, health details or Social Security numbers
were in it.

What you can do: be careful if anyone you do not know contacts you about your child's bus
route, and tell the school office.

Questions? Call the district office at 555-301-2200 or email privacy@district.example.org.

Maple Valley School District
"""

BANK = """\
SECURITY INCIDENT NOTIFICATION

Dear Valued Client:

First Harbor Bank takes the security of client data extremely seriously. We are writing to
inform you of an incident that may have impacted certain of your personally identifiable
information.

On or about July 9, 2025, our security operations center identified anomalous activity on a
legacy file server. A forensic investigation determined that a threat actor leveraged a
zero-day vulnerability in third-party file transfer software to exfiltrate data between July 1,
2025 and July 9, 2025. The impacted files contained names, account numbers and Social Security
numbers of certain clients.

Upon discovery, we contained the incident, applied vendor patches, and notified federal law
enforcement. We have no evidence of fraudulent activity related to this incident.

As a precaution, we are offering complimentary credit monitoring for 24 months. To enroll,
visit www.firstharbor.example/protect and enter activation code FHB-3321 by December 31, 2025.

We recommend that you remain vigilant by reviewing your account statements. Should you have any
questions, please contact our dedicated call center at 1-888-555-0190.

We regret any inconvenience this may cause.

Sincerely,
First Harbor Bank
"""

SAAS = """\
Subject: An update on your account

Hi there,

We wanted to let you know about a recent issue affecting a limited number of our customers. Our
team identified the issue promptly and it has been resolved. Your trust means everything to us,
and your security is our top priority.

We continue to monitor the situation closely and have implemented additional safeguards. As a
best practice, we recommend keeping your software up to date.

Thanks for being a loyal customer!

The Cloudly Team
"""

DENTIST = """\
# Notice of a data breach at Smile Studio

Dear patient,

We are sorry to tell you that criminals attacked our practice computers on 3 March
2026 with a program that locks files until a ransom is paid. The attack locked our
appointment system for two days. Before locking it, the
criminals copied some files, which included your name, address, telephone number and the dates
of your appointments. Your bank details were not in those files.

The criminals got in through a remote access program that one of our suppliers used to support
our computers. We have removed that program, changed every password and added a second sign-in
step.

We reported the attack to the police and to the Information Commissioner's Office, and an
independent security firm is helping us. We first noticed the problem when staff could not open
the system on the morning of 3 March 2026.

You may receive calls or e-mails pretending to be from us. We will never ask for payment
details by e-mail. If you are unsure, hang up and call us on 020 7946 0321.

To help protect you, we have arranged free identity monitoring for 12 months. To enrol, go to
www.smilestudio.example/protect and use code SMILE-26.

If you have any questions, our data protection officer, Priya Shah, can be reached at
dpo@smilestudio.example.
"""

NOT_INVOLVED = (
    "No Social Security numbers, driver's license numbers, bank details or passwords were involved."
)
NEGATED = f"""\
# Notice of Data Breach

On May 5, 2026, we found that a criminal had used a stolen password to get into our loyalty
program website and viewed member names and e-mail addresses.
{NOT_INVOLVED}
"""


def _found(report) -> set[str]:
    return {i.rule_id for i in report.checklist if i.status == "found"}


def _evidence(report, rule_id: str) -> str:
    item = next(i for i in report.checklist if i.rule_id == rule_id)
    return " ".join(" ".join(e.text.split()) for e in item.evidence)


LETTERS = [
    pytest.param(CLINIC, ALL_ITEMS - {"content.severity-scope"}, set(), id="clinic-stolen-laptop"),
    # Harmful code planted on the checkout page is what happened, not the route in: GUIDE.md, how
    # it happened, "does not count: ... 'malicious code on our checkout page'"
    pytest.param(
        SHOP,
        ALL_ITEMS - {"content.how-it-happened"},
        {"content.how-it-happened"},
        id="shop-card-skimmer",
    ),
    pytest.param(
        SCHOOL,
        ALL_ITEMS - {"content.law-enforcement", "content.credit-monitoring"},
        {"content.law-enforcement", "content.credit-monitoring"},
        id="school-misdirected-email",
    ),
    pytest.param(BANK, ALL_ITEMS, set(), id="bank-jargon"),
    # It says nothing else, but "have implemented additional safeguards" is a change made, as
    # GUIDE.md's "we have enhanced our security measures" is; the monitoring beside it adds none
    pytest.param(
        SAAS,
        {"content.prevention"},
        ALL_ITEMS - {"content.prevention"},
        id="software-firm-non-answer",
    ),
    pytest.param(DENTIST, ALL_ITEMS, set(), id="dentist-ransomware"),
]


@pytest.mark.parametrize(("text", "found", "missing"), LETTERS)
def test_checklist_finds_what_each_letter_says_and_nothing_it_does_not(text, found, missing):
    report = review(text)
    assert found <= _found(report), sorted(found - _found(report))
    statuses = {i.rule_id: i.status for i in report.checklist}
    assert {r for r in missing if statuses[r] == "missing"} == missing


@pytest.mark.parametrize(
    ("text", "rule_id", "words"),
    [
        pytest.param(CLINIC, "content.breach-date", "February 11, 2026", id="clinic-theft-date"),
        pytest.param(CLINIC, "content.discovery-date", "February 12, 2026", id="clinic-found"),
        pytest.param(CLINIC, "content.how-it-happened", "was stolen", id="clinic-how"),
        pytest.param(SHOP, "content.breach-date", "Between 2 September", id="shop-day-month"),
        pytest.param(SHOP, "content.contact", "0161 555 0172", id="shop-uk-phone"),
        pytest.param(SHOP, "content.prevention", "no longer pass", id="shop-prevention"),
        pytest.param(SCHOOL, "content.how-it-happened", "wrong mailing list", id="school-how"),
        pytest.param(SCHOOL, "content.severity-scope", "212 families", id="school-scope"),
        pytest.param(BANK, "content.what-happened", "threat actor", id="bank-jargon-counts"),
        pytest.param(DENTIST, "content.reader-actions", "hang up", id="dentist-action"),
        pytest.param(
            DENTIST, "content.information-involved", "telephone number", id="dentist-data"
        ),
    ],
)
def test_evidence_is_the_sentence_that_says_it(text, rule_id, words):
    assert words in _evidence(review(text), rule_id)


def test_bank_letter_has_its_jargon_named_with_plain_replacements():
    report = review(BANK)
    jargon = {
        f.match.lower(): f.suggestions for f in report.findings if f.rule_id == "plain.jargon"
    }
    assert jargon["a threat actor"] == ("a criminal", "an attacker")  # "an" before "attacker"
    assert "exfiltrate" in jargon and "zero-day vulnerability" in jargon
    assert "security operations center" in jargon
    assert {"tone.seriously", "tone.cliches", "tone.apology"} <= {
        f.rule_id for f in report.findings
    }


def test_software_firm_letter_is_called_out_for_playing_it_down():
    report = review(SAAS)
    hits = {f.rule_id: f.match.lower() for f in report.findings}
    assert "limited number of our customers" in hits["tone.minimising"] or any(
        "limited number" in f.match for f in report.findings if f.rule_id == "tone.minimising"
    )
    assert "top priority" in hits["tone.seriously"]
    assert hits["tone.alarm-exclamation"] == "!"
    assert not report.passes


def test_good_letters_in_other_words_have_no_jargon_or_stock_phrases():
    for text in (CLINIC, SHOP, SCHOOL, DENTIST):
        report = review(text)
        flagged = [f for f in report.findings if f.rule_id in ("plain.jargon", "tone.cliches")]
        assert not flagged, [f.match for f in flagged]


def test_a_sentence_saying_what_was_not_involved_triggers_no_conditional_requirement():
    report = review(NEGATED, ["CA", "MA"])
    status = {i.rule_id: i.status for i in report.checklist}
    assert status["us_ca.credit-bureaus"] == "not applicable"
    assert status["us_ca.identity-theft-services"] == "not applicable"
    assert status["us_ma.credit-monitoring"] == "not applicable"
    assert "member names and e-mail addresses" in _evidence(report, "content.information-involved")


def test_the_same_letter_saying_ssns_were_taken_needs_the_credit_bureaus_in_california():
    exposed = NEGATED.replace(NOT_INVOLVED, "The criminal also copied Social Security numbers.")
    assert exposed != NEGATED
    report = review(exposed, ["CA"])
    item = next(i for i in report.checklist if i.rule_id == "us_ca.credit-bureaus")
    assert item.status == "missing"
    assert item.missing_parts == ("Equifax", "Experian", "TransUnion")
    assert not report.passes


# One statement, said many ways: the checklist recognises each (or, for the vague ones, none).
SAID = {
    "content.what-happened": [
        "An error in our website let other customers see your order details for two hours.",
        "A criminal sent a fake e-mail to one of our staff and got her password.",
        "No one noticed that a criminal had accessed the server for three weeks.",
        "Someone broke into our office over the weekend and took two computers.",
        "Hackers gained access to our patient portal.",
        "Our former employee downloaded customer files before leaving the company.",
        "A box of patient records was left in a public recycling bin.",
        "We accidentally published a list of donors on our website.",
        "Ransomware locked our billing system on June 3.",
        "Your medical records were sent to the wrong address.",
        "An unauthorized party accessed one employee's e-mail account.",
        "A vendor's employee mistakenly shared a spreadsheet containing your information.",
        "Thieves stole a backup drive from our car park.",
        "An external party temporarily gained access to the City's servers.",
        "This data breach allowed an unauthorized party to access customer payment information.",
        "We recently detected and responded to a ransomware attack on our computer network.",
        "The email addresses of some customers were inadvertently shared with other recipients.",
        "Your details were visible to all the other parents on the list.",
        "Hyatt recently identified malware on computers that operate its payment systems.",
        "We found a card skimmer installed on two of our petrol pumps.",
        "Patient information appeared on a social media site early this week.",
        "Customer records turned up on the dark web.",
        "Some of your personal data was found on a hacker forum.",
        # the ways letters commonly tell it: a target, what an attack did, what was noticed,
        # a person's slip, code planted, a message intercepted (issue 13)
        "We were the target of a ransomware attack that encrypted some of our systems.",
        "Our network was targeted by a cyberattack on March 3.",
        "A ransomware attack disrupted access to some of our computer systems.",
        "We discovered suspicious activity in an employee's email account.",
        "We detected unusual activity on our network.",
        "An unauthorized individual gained remote access to our network.",
        "An unknown third party was able to log in to the account.",
        "An employee inadvertently attached a spreadsheet containing your information to an email.",
        "An employee mistakenly included your information in a mailing to another patient.",
        "A file containing your information was inadvertently made available on our website.",
        "A criminal group deployed ransomware on our servers.",
        "Someone intercepted emails between us and our customers.",
        "Malicious code was inserted into our checkout page.",
        "We were notified that a letter containing your information was misdirected.",
        "A technical error caused some customers' statements to be sent to other customers.",
        "A glitch in our app displayed other customers' account details.",
        "Attackers exploited a vulnerability in our file transfer software.",
        "The attackers demanded a ransom.",
        "A cybercriminal group claimed responsibility for the attack.",
        "Our email system was used to send spam messages.",
        "Documents with patient information were found in a public trash bin.",
        "Your payment card details were captured by malicious software on our website.",
        # a denial in a clause of its own leaves the account standing
        "On May 3, we found that an unauthorized individual accessed an employee's email account; "
        "however, there is no evidence that your information was misused.",
        "An unauthorized party accessed our network, but we have no indication that your data "
        "was viewed.",
        "Although your Social Security number was not involved, an unauthorized party accessed "
        "your name and address.",
        "Criminals accessed our billing system; card numbers were not affected.",
        "If you shopped with us between May 1 and May 9, a criminal may have copied your card.",
        "We have been the subject of a cyber attack.",
        "A cyberattack has occurred at one of our suppliers.",
        "Criminals targeted our IT systems over the weekend.",
        "We have been impacted by a cyber incident at our software supplier.",
        "A member of staff sent an email to the wrong distribution list.",
        "Our online shop was hacked.",
        "The attack was carried out by a criminal group known as LockBit.",
        "A USB stick containing personal information was lost.",
        "An individual impersonating a customer obtained account information from our call centre.",
    ],
    "content.how-it-happened": [
        "An attacker used a stolen password to sign in to our e-mail system.",
        "The unauthorized party socially engineered a support employee by phone.",
        "A vendor removed the security protections from a server, resulting in its exposure.",
        "A staff member had accessed patient records outside of her job duties.",
        "Someone filled out a fake web form that gave the attackers access to their account.",
        "A student searching the portal for his own record found student data files on a "
        "departmental site.",
        "The spreadsheet had been posted on a publicly accessible web page.",
        "The vendor put an unencrypted USB memory chip in an envelope sent through the U.S. mail.",
        "The criminal entered names obtained elsewhere, and our quote form's prefill process "
        "populated their driver's license numbers.",
        "An employee responded to a phishing email that appeared to come from a trusted sender.",
        "The attackers gained access through a compromised vendor account.",
        "The unauthorized access was the result of a phishing attack.",
        "Our vendor's server was not properly secured.",
        "A server was configured incorrectly, so that files could be viewed without a password.",
        "An employee opened an attachment that contained malware.",
        "Someone guessed the password to an administrator account.",
        "A password was reused from another site that had been breached.",
        "The server was left without a password.",
        "The cloud storage folder had been left publicly accessible.",
        "The ransomware was deployed after the attackers gained access through our VPN.",
    ],
    "content.breach-date": [
        "Late in the evening of November 3, we experienced a data security incident.",
        "We determined that on or about March 14, 2024, an unauthorized individual gained access.",
        "At 6:22 a.m. on Wednesday, Sept. 25, an external party gained access to our servers.",
        "On Friday 24th May 2019, we detected an attack, which we stopped as it was occurring.",
        "Early Wednesday morning our systems were impacted by a cyber incident.",
        "Over the weekend, thieves broke into our office and took two laptops.",
        "Last night a criminal got into our e-mail system.",
        "Patient information appeared on a social media site early this week.",
    ],
    "content.severity-scope": [
        "An unknown individual accessed one employee's mailbox for a short period of time.",
        "Our security systems responded, containing the impact to a small number of files.",
        "The attack was stopped within minutes.",
        "It affected one e-mail system, not our payment systems.",
        "The e-mail accounts of four of its employees had been subject to unauthorized access.",
        "Less than 1.2 million customer email addresses, names and phone numbers were accessed.",
        "Less than 28,000 obscured credit and debit card details were taken.",
        "About 21,000 unique bank account numbers were copied.",
        "The intrusion began in approximately February 2016 and ended in approximately May 2016.",
        "The attack started on May 3, 2024 and continued until May 9, 2024.",
    ],
    "content.information-involved": [
        "The spreadsheet listed your name and date of birth.",
        "Information exposed: full names, e-mail addresses and phone numbers.",
        "The thieves took forms with your Social Security number.",
        "Your bank account number was visible to other users.",
    ],
    "content.contact": [
        "Questions? Phone (555) 201-3344.",
        "Write to us at help@clinic.example.org.",
        "Updates are posted at https://example.org/notice.",
        "We have set up a dedicated helpline for affected customers: 0800 123 4567.",
    ],
    "content.law-enforcement": [
        "We told the police.",
        "The Secret Service is investigating.",
        "We have reported the theft to the district attorney.",
    ],
    "content.prevention": [
        "We took measures, including removing the ability to view licence numbers online.",
        "Hyatt has taken steps to strengthen the security of its systems.",
        "The council is taking further measures to improve its e-mail procedures.",
        "The hospital took additional steps to bolster its e-mail security.",
    ],
    "content.reader-actions": [
        "Keep an eye on your bank statements.",
        "Watch for suspicious emails, texts or phone calls that claim to be from us.",
        "Update your security questions and answers.",
        "Do not respond to messages asking for your personal details.",
        "Keep a close eye on your statements.",
        "Notify your financial institution immediately if you see unauthorised transactions.",
        "Please stay alert to scam messages.",
        "Change the password you use for our site.",
        "Ask the credit bureaus for a free credit freeze.",
        "Do not reply to e-mails asking for your account number.",
        "We encourage you to enable two-factor authentication (2FA) on your account.",
        "Turn on 2-step verification for your account.",
        "Clear your browser's cookies and cached files.",
        "Run a virus scan on your computer.",
    ],
    "content.discovery-date": [
        "We learned of this on 12 May 2026.",
        "Our bank alerted us on May 12.",
        "On September 1, 2018, our IT vendor made us aware of an issue.",
        "On July 7, 2020, we confirmed that the mailbox held member information.",
        "We noticed the problem on 5/12/2026.",
    ],
}
VAGUE = {
    "content.what-happened": [
        "We are writing to let you know about an incident.",
        "An issue with one of our systems may have affected your information.",
        "We have no evidence that your information was misused.",
        "If someone calls asking for your password, hang up.",
        "Criminals could use this information to send you fake e-mails.",
        "We scan for malware on our computers every day.",
        "We have no evidence that an unauthorized party accessed your file.",
        "No one outside our company accessed the server.",
        "Nobody outside the school saw the list.",
        "No unauthorised person has accessed your records.",
        "Criminals could use stolen details to send you fake e-mails.",
        "If a criminal got your password, they could use it to send e-mails as you.",
        "We are writing to customers who may have been affected by the breach.",
        "Our new checks stop a breach from happening again.",
        "We removed the file from our network the same day.",
        "The error caused a delay in sending this letter.",
        "We have fixed the bug that showed an error message at checkout.",
        "Patches protect against criminals who exploit a weakness in old software.",
        "Our newsletter is shared with other members each month.",
        "Information about the incident appeared on our website.",
        "We are notifying you because of the possibility that someone had access to your data.",
        "Receiving this letter does not mean that you are a victim of identity theft.",
        # a breach with no kind of event (tests/corpus/GUIDE.md)
        "A data breach has occurred at one of our suppliers.",
        "The breach happened between May 1 and May 9.",
    ],
    "content.information-involved": [
        "Some of your information may have been affected.",
        "Your password and card number were not involved.",
        "We will never ask for your password by e-mail.",
        "We investigated the activity and changed the user's password.",
        "Most accounts were created before our enhanced password security policies.",
        "Experian will send you a phone number to answer questions about your account.",
        "Customers can keep using payment cards at our hotels.",
    ],
    "content.contact": ["Please reach out to our team with any questions."],
    "content.law-enforcement": [
        "This notice was not delayed by a law enforcement investigation.",
        "If you see fraud, call your local law enforcement and file a police report.",
        "Police, Fire, DPW, Library, and Council on Aging will maintain their typical schedules.",
        "The police and fire departments remain open as usual.",
        # regulators and unnamed authorities are not law enforcement (tests/corpus/GUIDE.md)
        "We have informed the state attorney general.",
        "We reported the matter to the appropriate authorities.",
    ],
    "content.prevention": [
        "We took immediate steps to secure the account.",
        "You can take steps to better protect your information.",
    ],
    "content.reader-actions": [
        "Acme notified law enforcement and alerted the banks.",
        "The company informed the card issuers the same day.",
        "We encourage you to remain vigilant.",
        "We changed our passwords.",
        "We have enabled multi-factor authentication for all staff.",
        "The theft has been reported to the police.",
        "The forensic investigator reviewed all four email accounts.",
    ],
    # ransomware or malware is what happened, not how the criminal got in
    "content.how-it-happened": [
        "The files on our server had been encrypted by malware as the result of a cyber-attack.",
        "We found a copy of the notice on our public website.",
        "Our laptops are unencrypted at the moment.",
        "The form will prefill your address when you sign in.",
        "Ransomware had infected the vendor's systems, resulting in a disruption.",
        "Every laptop we use is encrypted and properly secured.",
        "Please do not reuse your password on other sites.",
        "The report is publicly available on our website.",
        "You can sign in through our login portal.",
    ],
    # a date bound to the finding, not to the breach
    "content.breach-date": [
        "On October 30, 2020, we determined that the files on our server had been encrypted.",
        "On July 7, 2020, we confirmed that member information was in the mailbox.",
        "We detected the attack while it was in progress.",
        "Please call us on Monday morning if you have questions.",
        "We will write to you again over the weekend.",
        "We will write to you again later this week.",
        "Earlier this week, I emailed you to let you know the criminal has taken data.",
    ],
    "content.severity-scope": [
        "We are still working out how far it went.",
        "We will reply within two days.",
        "On October 23, 2019 we began auditing user accounts.",
        "Following our review, we found on December 30, 2024, that stolen files held names.",
        "We scan for malware on our computers every day.",
    ],
    "content.discovery-date": ["We recently became aware of the incident."],
}


@pytest.mark.parametrize(
    ("rule_id", "sentence"),
    [pytest.param(r, s, id=f"{r}:{s[:40]}") for r, said in SAID.items() for s in said],
)
def test_a_statement_is_recognised_however_it_is_worded(rule_id, sentence):
    assert not rule_fires(rule_id, sentence)


@pytest.mark.parametrize(
    ("rule_id", "sentence"),
    [pytest.param(r, s, id=f"{r}:{s[:40]}") for r, said in VAGUE.items() for s in said],
)
def test_a_vague_or_negated_sentence_does_not_count(rule_id, sentence):
    assert rule_fires(rule_id, sentence)
