"""Stock phrases of breach letters come in families: each is matched in all its usual wordings,
and never in sentences that only share its words. One table of paraphrases per family (issue 13,
item 4); the wordings come from real notices and from how people rephrase them."""

from __future__ import annotations

import pytest

from clearnotice.guidance import rule_fires

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
        ],
        [
            "We gave priority to calling the customers whose cards were taken.",
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
        ],
        [
            "If you see evidence of fraud, call your bank.",
            "We have no record of your new address.",
            "We do not yet know whether anyone has used your information.",
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
        ],
        [
            "We are sorry this happened.",
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
        ],
        [
            "Thank you for calling us about the letter.",
            "Please be patient if the phone line is busy.",
        ],
    ),
    "vigilant": (
        "tone.cliches",
        [
            "We encourage you to remain vigilant.",
            "We recommend staying vigilant.",
            "Please stay extra vigilant over the coming months.",
        ],
        [
            "Check your bank statements every week for a year.",
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
        ],
        [
            "A criminal broke into our data centre.",
        ],
    ),
    "limited": (
        "tone.minimising",
        [
            "The incident involved a limited number of our members' information.",
            "For a limited number of individuals, Social Security numbers were involved.",
            "The files contained some limited patient information.",
            "Only a small subset of customers was affected.",
        ],
        [
            "Our phone lines have limited hours on Sunday.",
            "There is a limit of one enrolment per person.",
        ],
    ),
    "risk-is-low": (
        "tone.minimising",
        [
            "The risk to our customers in connection with this attack is low.",
            "Experts believe the risk remains very low.",
            "We believe this is a low risk to you.",
            "It is highly unlikely that your data will be misused.",
        ],
        [
            "Criminals may use your details; the risk lasts for years.",
            "Unlikely as it sounds, a criminal did get in.",
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
        ],
        [
            "We hired outside investigators.",
            "Our office is a friendly environment.",
            "Please sign in with your usual password.",
            "We sent a fake e-mail test to our staff.",
        ],
    ),
}

CASES = [
    (family, rule, text, should)
    for family, (rule, flag, keep) in FAMILIES.items()
    for should, texts in ((True, flag), (False, keep))
    for text in texts
]


@pytest.mark.parametrize(
    ("family", "rule", "text", "should"),
    CASES,
    ids=[f"{c[0]}-{'flag' if c[3] else 'pass'}{i}" for i, c in enumerate(CASES)],
)
def test_phrase_family_matches_its_wordings_and_nothing_else(family, rule, text, should):
    fired = rule_fires(rule, text)
    assert fired == should, f"{family}: {rule} {'missed' if should else 'flagged'} {text!r}"
