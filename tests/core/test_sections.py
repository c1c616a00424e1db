"""Checklist items read from the section a sentence sits under (clearnotice/checks/sections.py):
a sentence under a heading that names the item counts when it says the thing in some words,
as tests/corpus/GUIDE.md defines each item. A heading alone, over an empty or off-topic section,
never counts. Every example is a general wording of the kind notices use, none a corpus sentence;
each sentence that must count is missed by the item's own words (the last test proves it), so
each row tests the section cue."""

from __future__ import annotations

import pytest

from clearnotice.checks.loader import RuleError, load_catalogue
from clearnotice.checks.outcome import FOUND, PARTIAL
from clearnotice.checks.scan import LetterScan, PatternTable
from clearnotice.guidance import review

WHAT = "content.what-happened"
HOW = "content.how-it-happened"
PREVENTION = "content.prevention"

# item: (sections that carry it, sections that do not); a section is (heading, body)
SECTIONS = {
    # GUIDE.md, what happened: "someone got into a system or an account, malware struck a named
    # system"; not "an incident" with no kind of event, nor a possibility or a denial
    WHAT: (
        [
            ("What Happened?", "On March 3, our e-mail system came under attack."),
            ("What happened", "Late last month, an outside party got hold of our order database."),
            ("1. What happened?", "We found that an unknown party had been in our payroll portal."),
            ("Details of the incident", "Our network was hit with a cyberattack in early May."),
            ("ABOUT THE DATA SECURITY INCIDENT", "It involved ransomware on our booking software."),
            ("Q: What happened?", "A staff member mistakenly attached the wrong spreadsheet."),
            ("What we have learned", "The phishing campaign reached our billing mailbox."),
        ],
        [
            ("What happened", "We recently learned of a data security incident."),
            ("What Happened?", "An incident may have exposed some of your information."),
            ("What happened", "We are still working out how the attack began."),
            ("What happened", "No patient records were accessed."),
            ("What You Can Do", "On March 3, our e-mail system came under attack."),
            ("What happened", ""),
        ],
    ),
    # GUIDE.md, how it happened: "the route in or the cause, not the event"
    HOW: (
        [
            ("How did this happen?", "Someone on staff opened an attachment that seemed a bill."),
            ("How it happened", "They came in through a link in a message to our front desk."),
            ("Root cause", "A setting on the storage folder was wrong."),
            ("Why did this happen?", "It was a mistake made while copying the mailing list."),
        ],
        [
            ("How did this happen?", "We are still looking into this."),
            ("How did this happen?", "Our investigation into the cause is ongoing."),
            ("How did this happen?", "We have added a second sign-in step for every account."),
            ("How did this happen?", ""),
            ("What You Can Do", "Someone on staff opened an attachment that seemed a bill."),
        ],
    ),
    # GUIDE.md, prevention: "a lasting change to systems, rules, training, staff or vendors";
    # not stopping this attack, investigating, notifying, or an offer to the reader
    PREVENTION: (
        [
            ("What We Are Doing", "We have strengthened how we work."),
            ("What are we doing to protect you?", "We are upgrading how we work."),
            ("Steps we have taken", "Our IT team has rolled out changes for everyone."),
            ("What has been done?", "We have tightened our handling of patient files."),
            ("Our response", "We have introduced a second pair of eyes for every mailing."),
        ],
        [
            ("What We Are Doing", "We are notifying everyone whose details were involved."),
            ("What We Are Doing", "We hired a firm to investigate and contain the incident."),
            ("What We Are Doing", "We are offering two years of identity protection."),
            ("What We Are Doing", "We took the affected server offline."),
            ("What We Are Doing", "We will keep you updated on this page."),
            ("What We Are Doing", ""),
            ("What happened", "We have strengthened how we work."),
        ],
    ),
}

CASES = [
    (item, heading, body, should)
    for item, (said, not_said) in SECTIONS.items()
    for should, sections in ((True, said), (False, not_said))
    for heading, body in sections
]


def letter(heading: str, body: str) -> str:
    """A plain-text letter with the section between an opening line and a closing section."""
    parts = ["Notice of Data Breach", "Dear Customer,", heading]
    if body:
        parts.append(body)
    parts += ["For More Information", "Please write to us if you have questions."]
    return "\n\n".join(parts)


def status(item: str, text: str) -> str:
    return {i.rule_id: i.status for i in review(text).checklist}[item]


@pytest.mark.parametrize(
    ("item", "heading", "body", "should"),
    CASES,
    ids=[f"{c[0].split('.')[1]}-{'said' if c[3] else 'not'}{i}" for i, c in enumerate(CASES)],
)
def test_a_section_carries_its_item_only_when_a_sentence_says_it(item, heading, body, should):
    found = status(item, letter(heading, body)) in (FOUND, PARTIAL)
    verb = "missed" if should else "took"
    assert found == should, f"{item} {verb} {body!r} under {heading!r}"


@pytest.mark.parametrize(
    ("item", "heading", "body"),
    [(item, h, b) for item, h, b, should in CASES if should],
)
def test_the_sentence_alone_does_not_carry_it(item, heading, body):
    """Each sentence that counts under its heading is missed without it: the section cue, not
    the item's own words, finds it (a row that stops doing so tests nothing new). Asked of the
    rule's wordings alone: the sentence model's fallback may well read such a sentence."""
    rule = load_catalogue().rules[item]
    scan = LetterScan(body, PatternTable.of(rule.patterns()))
    assert rule.rule_sentence(scan, rule.evidence) is None


def test_the_evidence_is_the_body_sentence_never_the_heading():
    text = letter("What We Are Doing", "We have strengthened how we work.")
    item = next(i for i in review(text).checklist if i.rule_id == PREVENTION)
    assert [e.text for e in item.evidence] == ["We have strengthened how we work."]


RULE = """kind: required
level: error
item: Example
message: Say it.
source: test
evidence: ['said in words']
suggestion: Say it.
examples:
  flag: [Nothing here.]
  pass: [It is said in words.]
"""


@pytest.mark.parametrize(
    ("sections", "complaint"),
    [
        ("sections: []", "needs at least one section cue"),
        ("sections: ['what happened']", "a section cue is a mapping"),
        ("sections: [{heading: 'what happened'}]", "a heading is never evidence"),
        ("sections: [{heading: 'what happened', says: [x], near: [y]}]", "unknown key"),
        ("sections: [{heading: 'what (happened', says: [x]}]", "sections[0].heading"),
        ("sections: [{heading: 'what happened', says: [{a: 1}]}]", "expected a pattern"),
    ],
)
def test_a_bad_section_cue_is_named_with_its_file_and_key(tmp_path, sections, complaint):
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "example.yml").write_text(RULE + sections + "\n", encoding="utf-8")
    with pytest.raises(RuleError, match="example.yml") as error:
        load_catalogue(tmp_path)
    assert complaint in str(error.value)
