"""Stock phrases of breach letters come in families: each is matched in all its usual wordings,
and never in sentences that only share its words. One table of paraphrases per family (issue 13,
item 4); the wordings come from real notices and from how people rephrase them."""

from __future__ import annotations

import pytest

from clearnotice.guidance import rule_fires
from tests.core.misread import misread
from tests.core.span_families import SPAN_FAMILIES

# family: (rule, wordings it must flag, sentences it must leave alone)
FAMILIES = {
    "take-seriously": (
        "tone.seriously",
        [
            "We take the security of your information very seriously.",
            "Acme takes the privacy and security of its patients' information extremely seriously.",
            "We take seriously our responsibility to safeguard your data.",
            "This matter is being taken incredibly seriously by our whole team.",
            "We cannot overemphasize how seriously we take this incident.",
            "We are very serious about protecting the personal information of our patients.",
            "We have always taken data protection seriously.",
            "We treat this matter very seriously.",
            "Acme handles the privacy of its patients extremely seriously.",
        ],
        [
            "Please take this letter seriously and freeze your credit.",
            "You should take any call asking for your password seriously.",
            "A criminal could seriously harm your credit.",
        ],
    ),
    "important-to-us": (
        "tone.seriously",
        [
            "The privacy of your information is of the utmost importance to us.",
            "The safety and security of our students' information is of the utmost importance.",
            "Safeguarding your personal information is important to us.",
            "Protecting your data is extremely important to us.",
            "Your trust remains paramount.",
        ],
        [
            "It is important to watch your bank statements.",
            "It is important that you change your password today.",
        ],
    ),
    "priority": (
        "tone.seriously",
        [
            "Your privacy is our top priority.",
            "Acme places the highest priority on the confidentiality of the data in its care.",
            "The protection of your personal information is our priority.",
            "Our priority is our customers, so we are calling each of you.",
            "Security remains our number one priority.",
            "The company has placed the highest priority on safeguarding member records.",
        ],
        [
            "We gave priority to calling the customers whose cards were taken.",
            # a priority given to the response's work, not the stock care line
            "The board placed the highest priority on finding the cause.",
            "We have placed top priority on restoring the phone lines.",
            "Send it by priority mail.",
        ],
    ),
    "abundance-of-caution": (
        "tone.minimising",
        [
            "Out of an abundance of caution, we are letting you know.",
            "In an abundance of caution we reset your password.",
            "Out of abundance of caution we are offering credit monitoring.",
            "We are writing out of an excess of caution.",
            "As a precaution, we have reset your password.",
            "Purely as a precautionary measure, we are notifying everyone.",
            "We are notifying you as an added precaution.",
            "We are sending this notice as a courtesy.",
            "Out of caution, we are notifying you.",
            "As a preventative measure, we are offering credit monitoring.",
        ],
        [
            "Use caution with e-mails that ask for your password.",
            "We took precautions such as encrypting every laptop.",
        ],
    ),
    "sophisticated": (
        "tone.minimising",
        [
            "The Company was the victim of a sophisticated cyberattack.",
            "We were the target of a highly sophisticated attack.",
            "This was a sophisticated and malicious cyber-attack.",
            "A sophisticated criminal group broke into our network.",
            "The intruders were highly sophisticated.",
        ],
        [
            "A criminal sent a fake e-mail to one of our staff.",
            "We use sophisticated software to protect your records.",
        ],
    ),
    "no-evidence": (
        "tone.minimising",
        [
            "We have no evidence that any information has been misused.",
            "There is no current evidence of any actual misuse of personal information.",
            "We have not found any evidence that your data was accessed.",
            "We are currently unaware of any actual misuse of your information.",
            "Acme is unaware of any evidence that anyone's information has been misused.",
            "To date, the City is not aware of any incidents of identity fraud.",
            "There is no indication that the files were taken.",
            "We have not seen any signs that your account was compromised.",
            "There is no early indication sensitive data was accessed.",
            "Although we are not aware that any attempt has been made to misuse your information.",
            "We are unaware of any actual or attempted misuse of any personal information.",
            "The clinic has no knowledge that anyone has accessed the information on the laptops.",
            "It has no evidence that any emails were subject to unauthorized access.",
            "The investigation found no malicious activities related to this intrusion.",
            "We have no reason to believe, or any evidence, that there was any use of the data.",
            "We do not have any evidence that your information was viewed.",
            "The investigation did not find any evidence that files were viewed.",
            "We do not believe that your information was misused.",
            "Nothing suggests that your information has been used.",
            "It does not appear that any of your details were used for fraud.",
            "No misuse of your information has been reported.",
            "We have not detected any misuse of your information.",
            "We have not identified any fraud related to this incident.",
        ],
        [
            "If you see evidence of fraud, call your bank.",
            "We have no record of your new address.",
            "We do not yet know whether anyone has used your information.",
            # how far the access went is a finding, not a play on misuse
            "We do not believe the former employee accessed your file.",
            "Nothing in the files was about your health.",
            "We have not yet identified everyone whose records were copied.",
        ],
    ),
    "inconvenience": (
        "tone.cliches",
        [
            "We regret any inconvenience this may cause.",
            "We sincerely apologize for any inconvenience or concern.",
            "We are deeply sorry for any inconvenience this has caused.",
            "We appreciate your patience and apologise for the inconvenience.",
            "We apologize for any confusion.",
            "We apologize for this intrusion and any inconvenience you experience.",
            "We sincerely regret any trouble this has caused.",
            "We are truly sorry for any frustration or confusion this causes you.",
            "We apologise profusely for the outage and the inconvenience it caused.",
            "The council apologises wholeheartedly for any inconvenience.",
        ],
        [
            "We are sorry this happened.",
            # sorry for the reader's feeling, said plainly, is no stock line
            "We apologize for the worry this may cause.",
            "We apologize for this mistake.",
        ],
    ),
    "patience": (
        "tone.cliches",
        [
            "Thank you for your patience.",
            "We would like to thank you for being patient while we investigate.",
            "We truly appreciate your understanding.",
            "Thank you again for your continued support.",
            "We express our ongoing gratitude for the continued patience and support.",
        ],
        [
            "Thank you for calling us about the letter.",
            "Please be patient if the phone line is busy.",
        ],
    ),
    "assured": (
        "tone.cliches",
        [
            "Please be assured that all necessary actions are being taken.",
            "Rest assured, our team is on it.",
            "You can be assured that we are fixing this.",
        ],
        [
            "We told the regulator on May 2 and will report to it every week.",
        ],
    ),
    "every-step": (
        "tone.cliches",
        [
            "We are taking every possible step to eliminate any potential harm.",
            "The company took every necessary measure to protect you.",
        ],
        [
            "Every step of the enrolment is explained below.",
            # the tune letters mark neither an organisation taking "all appropriate measures" nor
            # readers told to "take all precautions"
            "PowerSchool takes all appropriate measures to address this incident.",
            "We advise you to take all precautions possible to protect yourselves.",
            "We took precautions such as encrypting every laptop.",
            "We took three steps: we reset passwords, added sign-in codes and trained staff.",
        ],
    ),
    "values-privacy": (
        "tone.cliches",
        [
            "Acme values the privacy and confidentiality of our patients' information.",
            "We value the security of your information.",
        ],
        [
            "We value your feedback about this letter.",
            "The values of our clinic guide how we treat patients.",
        ],
    ),
    "vigilant": (
        "tone.cliches",
        [
            "We encourage you to remain vigilant.",
            "We recommend staying vigilant.",
            "Please stay extra vigilant over the coming months.",
            "We continue to advise you to be vigilant.",
            "Keep vigilant for calls that ask for your PIN.",
        ],
        [
            "Check your bank statements every week for a year.",
            "Our vigilance is why we caught it within an hour.",
        ],
    ),
    "assure-you": (
        "tone.cliches",
        [
            "We want to assure you that we are taking this seriously.",
            "The council wishes to assure you that action is being taken.",
            "I would like to reassure you that your card is safe.",
        ],
        [
            "We want to tell you what happened and what to do.",
            "To reassure customers, we have published the investigator's report.",
        ],
    ),
    "values-customers": (
        "tone.cliches",
        [
            "Retina Associates of Orange County values all our patients.",
            "We value each of our customers.",
            "The credit union appreciates its loyal members.",
        ],
        [
            "The values of our community guide us.",
            "We valued the claims our customers sent us.",
            "Our patients appreciate clear letters.",
        ],
    ),
    "around-the-clock": (
        "tone.cliches",
        [
            "Our team has been working around the clock.",
            "We are working round the clock to fix this.",
            "Our experts worked tirelessly around the clock.",
            "Thanks to round-the-clock efforts, the site is back.",
        ],
        [
            "Our phone line is open around the clock.",
        ],
    ),
    "data-incident": (
        "tone.minimising",
        [
            "We are writing about a data security incident.",
            "We are writing about a data security event.",
            "I am writing with an update on our cybercrime event.",
            "We recently identified a security issue involving your account.",
            "The City is providing notice of a data privacy incident.",
            "This notice concerns a data security matter.",
        ],
        [
            "A criminal broke into our data centre.",
            "Our data privacy officer can answer your questions.",
            "Read our data security policy at the link below.",
            "On May 12, the vendor learned of an issue impacting our practice.",
        ],
    ),
    "limited": (
        "tone.minimising",
        [
            "The incident involved a limited number of our members' information.",
            "For a limited number of individuals, Social Security numbers were involved.",
            "The files contained some limited patient information.",
            "Only a small subset of customers was affected.",
            "The file held very limited protected health information.",
            "The incident resulted in unauthorised access to data for a subset of our customers.",
            "The criminal removed a copy of a subset of data.",
            "A select number of customers were affected.",
            # GUIDE.md names "a subset of" and "a select few" with no exception for a count
            "For a subset of approximately 10 customers, more account details were exposed.",
            "A select few had longer passwords that were not cracked.",
        ],
        [
            "Our phone lines have limited hours on Sunday.",
            "There is a limit of one enrolment per person.",
            "Our phone lines have very limited hours on Sunday.",
            "We selected a number of customers to call first.",
        ],
    ),
    "minor-breach": (
        "tone.minimising",
        [
            "Unfortunately, a minor breach occurred when our vendor was attacked.",
            "This was a relatively small incident.",
            "It was a brief glitch in our mailing software.",
            "The bank called it a minor security lapse.",
        ],
        [
            "A major breach exposed the records of every patient.",
            "The files of minor children were included.",
            "We are a small business with six staff.",
        ],
    ),
    "like-many": (
        "tone.minimising",
        [
            "Like many cities and counties across the Country, the City was recently attacked.",
            "Like so many other organisations, we were targeted by this group.",
            "As with many other companies, our vendor's software was attacked.",
            "We join a long list of companies hit by this criminal gang.",
            "We are one of many organizations affected by the MOVEit attack.",
        ],
        [
            "Many customers have called us since Monday.",
            "Like you, we are angry that this happened.",
            "We are one of the largest credit unions in Texas.",
            "We serve many cities and counties in the region.",
        ],
    ),
    "harmless-aim": (
        "tone.minimising",
        [
            "The person's purpose was to commit financial fraud against us and not to obtain "
            "personal information about you.",
            "The criminal's goal was to redirect payments, not to steal customer data.",
            "Their intent appears to have been not to access patient records.",
        ],
        [
            "Our purpose is to tell you what happened.",
            "The criminal's goal was to steal customer data and sell it.",
        ],
    ),
    "feel-confident": (
        "tone.minimising",
        [
            "Customers can feel confident using payment cards at our hotels worldwide.",
            "You can continue to use your card with confidence.",
            "Members can rest easy knowing their savings are protected.",
            "Patients can be confident that the problem is fixed.",
        ],
        [
            "You can feel free to call us at any hour.",
            "We are not yet confident we know how the criminal got in.",
        ],
    ),
    "all-is-safe": (
        "tone.minimising",
        [
            "There was no loss of data and all sensitive information is secure.",
            "Your personal information remains safe.",
            "The Society has been the subject of potential cyber activity.",
            "Google told us there was nothing we could do to prevent the attack.",
            "Only about 5% of the domain was affected.",
            "Only a handful of customers were affected.",
            "Of those notified, only 25 individuals were associated with a local address.",
            "Receiving a letter does not mean that you are a victim of identity theft.",
            "Getting this notice doesn't indicate that your data was misused.",
            "The exposure was very limited.",
            "Our security team detected indications of a potential security incident.",
        ],
        [
            "Keep your information safe by using a strong password.",
            "There is nothing safe about reusing a password.",
            "Only you can see your password.",
            "It took only 2 days to restore our systems.",
            "Access to the portal is limited to staff.",
            "While access is limited, essential services remain available.",
            "We fixed the flaw on May 3 and then checked every account.",
            "We believe we have this issue resolved.",
            "We quickly resolved the issue.",
            "The issue has now been fixed.",
        ],
    ),
    "short-time": (
        "tone.minimising",
        [
            "Each page stayed online for a very limited time.",
            "The files could be reached for only a brief period.",
        ],
        [
            "It takes only a short time to enrol.",
            "The criminal could read the files from May 2 to May 9.",
            "An unknown individual accessed an employee's mailbox for a short period of time.",
            "The files could be reached for a brief period.",
        ],
    ),
    "feel-necessary": (
        "tone.minimising",
        [
            "Here are steps you may take, should you feel it is necessary to do so.",
            "Steps they may take, should affected individuals feel it is appropriate.",
            "You can freeze your credit if you feel it is necessary.",
            "Steps individuals can take, should they feel it appropriate to do so.",
        ],
        [
            "We feel terrible that this happened.",
            "Call us if you feel unsure about a message.",
        ],
    ),
    "unlikely-event": (
        "tone.minimising",
        [
            "We offer identity restoration in the unlikely event that your data is misused.",
            "In the highly unlikely case that you see a strange charge, call us.",
        ],
        [
            "Unlikely as it sounds, a criminal did get in.",
        ],
    ),
    "risk-is-low": (
        "tone.minimising",
        [
            "The risk to our customers in connection with this attack is low.",
            "Experts believe the risk remains very low.",
            "We believe this is a low risk to you.",
            "It is highly unlikely that your data will be misused.",
            "We believe the risk of harm is minimal.",
            "The likelihood of misuse is low.",
            "The chance that your data will be used is remote.",
        ],
        [
            "Criminals may use your details; the risk lasts for years.",
            "The risk of fraud is real, so please freeze your credit.",
            "Unlikely as it sounds, a criminal did get in.",
        ],
    ),
    "understand-concern": (
        "tone.cliches",
        [
            "We understand how concerning this news may be.",
            "We understand that this may cause you concern.",
            "I know this is frustrating and upsetting.",
            "We recognise the worry this may cause.",
        ],
        [
            "We understand that you may have questions.",
            "Please understand that we cannot reset your password for you.",
        ],
    ),
    "value-business": (
        "tone.cliches",
        [
            "We greatly value your business.",
            "We truly value our relationship with you.",
        ],
        [
            "We value feedback on how clear this letter is.",
            "The value of the stolen laptop was small.",
        ],
    ),
    "one-of-priorities": (
        "tone.seriously",
        [
            "The security of your information is one of our highest priorities.",
            "Data security is a priority for us.",
            "Privacy remains a top priority to us.",
            "Your privacy is extremely important to our practice.",
        ],
        [
            "We will give priority to calls from customers whose cards were taken.",
            "Send the form by priority mail.",
            "It is important to our investigators that you keep the letter.",
        ],
    ),
    "stress-that-none": (
        "tone.minimising",
        [
            "We want to stress that no credit card numbers were involved.",
            "We would like to emphasize that your password was not affected.",
            "We wish to make clear that there is no sign of misuse.",
        ],
        [
            "We want to make sure you can reach us.",
            "We would like to explain what happened.",
        ],
    ),
    "only-these-affected": (
        "tone.minimising",
        [
            "Only your name and email address were affected.",
            "Only the names of some patients were involved.",
            "Only a handful of records, mostly old, were accessed.",
        ],
        [
            "Only customers who bought in May need to act.",
            "Your name, address and card number were affected.",
        ],
    ),
    "small-share": (
        "tone.minimising",
        [
            "A small percentage of our customers were affected.",
            "A tiny fraction of accounts was accessed.",
            "Only a small proportion of records were involved.",
        ],
        [
            "We sent a small team to the office.",
            "About 2,300 customers, 4 percent of our members, were affected.",
        ],
    ),
    "no-further-risk": (
        "tone.minimising",
        [
            "There is no ongoing risk to our customers.",
            "There is no further risk to your information.",
            "We believe there is no continuing threat to your data.",
        ],
        [
            "There is a further risk: criminals may call you pretending to be us.",
            "No one should risk giving their password on the phone.",
        ],
    ),
    "security-jargon": (
        "plain.jargon",
        [
            "We hired an independent forensics firm.",
            "The criminal reached our cloud storage environment.",
            "It is separate from our production environments.",
            "The attack touched our network environment.",
            "They claimed to have OAuth login tokens.",
            "The tokens are encrypted with AES128.",
            "Passwords were hashed with bcrypt.",
            "The encryption keys are stored elsewhere.",
            "Account names and related metadata were taken.",
            "They found valid accounts by abusing the API.",
            "It started with an account enumeration attack.",
            "Teams using single sign-on (SSO) need not act.",
            "We launched Two Factor Authentication.",
            "We added advanced threat monitoring.",
            "Because of our Zero Knowledge platform, your vault is safe.",
            "An unknown actor could reach the backup server.",
            "An external party gained access to the servers.",
            "The unauthorized party obtained a list of e-mail addresses.",
            "An unauthorised third-party had accessed our network.",
            "The forensic work may take weeks.",
            "The forensic report is dated May 10.",
            "We engaged a leading forensic security firm.",
            "The criminal socially engineered a support employee by phone.",
            "Set up an authenticator app.",
            "A forensic investigator was hired.",
            "We asked outside forensic data privacy experts to help.",
            "The available forensic evidence shows how the criminal got in.",
            "We identified all personally identifying information in the account.",
            "Phishing scams often follow a breach.",
            "A malicious process collected card details at checkout.",
            "Please delete your cached files.",
            "The criminal reached our email environment.",
            "Data was copied from our self-hosted environment.",
            "We recently switched to a new platform that fits our tech stack.",
            "An unknown third party gained access to the application.",
            "In certain instances, CVV2s may have been exposed.",
            "The cause was configuration changes made by our IT provider.",
            "A misconfigured server left the files open.",
            "There has been remote access intrusion to its systems.",
        ],
        [
            "We hired outside investigators.",
            "Our office is a friendly environment.",
            "Please sign in with your usual password.",
            "We sent a fake e-mail test to our staff.",
            "The compromised data elements included your name.",  # GUIDE.md: not jargon
            "Analysis of the data sets is complete.",  # a word readers know, as GUIDE.md reads it
            "The cause is still unknown.",
            "A third party delivers our letters.",
        ],
    ),
}

ALL_FAMILIES = FAMILIES | SPAN_FAMILIES


# One test per family (tests.core.misread): a test per sentence, 2,803, cost pytest's own few
# milliseconds each, more than the rule's check.
@pytest.mark.parametrize("family", ALL_FAMILIES)
def test_phrase_family_matches_its_wordings_and_nothing_else(family):
    rule, flag, keep = ALL_FAMILIES[family]
    wrong = misread(lambda text: rule_fires(rule, text), flag, keep, took="flagged")
    assert not wrong, f"{family}: {rule} {wrong}"
