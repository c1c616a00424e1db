"""What the review must not flag in real letters (issue 13, item 6): headings in capitals, states
described with a past participle, passives that name the actor, abbreviations every reader
knows, and a paragraph in another language."""

from __future__ import annotations

import pytest

from clearnotice import readability
from clearnotice.guidance import review, rule_fires

SPANISH = (
    "Si usted prefiere recibir esta carta en español, llame a nuestra línea gratuita de lunes a "
    "viernes, de nueve de la mañana a cinco de la tarde, y con gusto le enviaremos una copia "
    "traducida por correo postal a su domicilio."
)


def _rules_in(report, start: int, end: int) -> set[str]:
    return {f.rule_id for f in report.findings if f.start < end and start < f.end}


def test_a_heading_in_capitals_is_not_shouting():
    letter = "We are writing to you.\nWHAT YOU CAN DO NOW\nCall your bank today."
    report = review(letter)
    assert "tone.alarm-caps" not in {f.rule_id for f in report.findings}
    assert rule_fires("tone.alarm-caps", "Call us today. You MUST ACT NOW to protect your account.")


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("It was determined that data was accessed.", True),
        ("Emails were delivered to the wrong people.", True),
        ("Your card details are unaffected.", False),
        ("The files were unencrypted.", False),
        ("The laptop was stolen from our office by a former employee.", False),
        ("The files were copied by a criminal.", False),
        ("The letters were sent by mail to the wrong people.", True),
        ("Your records were copied by March 3.", True),
    ],
)
def test_passive_voice_is_flagged_only_where_the_actor_is_hidden(sentence, flagged):
    assert rule_fires("plain.passive", sentence) == flagged


@pytest.mark.parametrize("term", ["FBI", "FTC", "IT", "RE", "EST", "HR"])
def test_abbreviations_every_reader_knows_are_not_flagged(term):
    assert not rule_fires("plain.acronyms", f"We told {term} about it on Monday.")


def test_an_unknown_abbreviation_is_still_flagged():
    assert rule_fires("plain.acronyms", "We added EDR to every laptop.")


def test_a_paragraph_in_another_language_is_not_judged_by_english_rules():
    letter = (
        "On March 3 a criminal copied files from our billing system.\n\n"
        f"{SPANISH}\n\n"
        "Call us at 1-800-555-0142 if you have questions."
    )
    start = letter.index(SPANISH)
    assert not _rules_in(review(letter), start, start + len(SPANISH))
    english = letter.replace(SPANISH, "")
    assert readability.analyse(letter).counts == readability.analyse(english).counts


def test_the_same_paragraph_in_english_is_judged():
    said = (
        "If you would prefer to receive this letter in another language, call our free line from "
        "Monday to Friday, from nine in the morning to five in the afternoon, and we will gladly "
        "send you a translated copy by post to your home."
    )
    report = review(f"On March 3 a criminal copied files.\n\n{said}")
    assert "plain.long-sentence" in {f.rule_id for f in report.findings}
