"""What a sentence pair denies (negation.py): a negation dropped or added, fewer denials
than the English, a condition turned round ("unless" as "if"), a "free" not said."""

from __future__ import annotations

from clearnotice.model import Finding, Severity
from clearnotice.translate.alignment import SentencePair
from clearnotice.translate.language_id import reads_as
from clearnotice.translate.languages import SOURCE_LANGUAGE
from clearnotice.translate.negation import (
    denied_conditions,
    free_as_negated_cost,
    polarity,
    price_lost,
)
from clearnotice.translate.qa.pairs import joined, span
from clearnotice.translate.qa.rules import finding


def negation_findings(pair: SentencePair, language: str, target_text: str) -> list[Finding]:
    english = joined(pair.source)
    said = polarity(english, SOURCE_LANGUAGE)
    heard = [(t, polarity(t.text, language)) for t in pair.target]
    if said is None or any(p is None for _, p in heard):
        return []  # no negation words for this language
    if any(reads_as(t.text, language) for t in pair.target):
        return []  # a sentence in another language is reported as such
    translated = joined(pair.target)
    whole = polarity(translated, language)
    # A weaker denial the English lacks may stand for one of its negations ("not possible ...
    # without delay" as "imposible ... sin dilación", not "posible ... sin dilación"), and so may
    # a denied cost for a "free" the translation does not repeat ("at no cost" as "gratuito").
    stand_ins = max(0, whole.weak - said.weak)
    if free_as_negated_cost(english, translated, language):
        stand_ins += max(0, whole.free - said.free)
    if said.negated and not whole.negated and stand_ins == 0:
        a, b = said.negations[0]
        return [
            finding(
                "translation.negation",
                f"The English says '{english[a:b]}' here; the translation has no negation, so "
                "it may say the opposite.",
                *span(pair.target),
                target_text,
                source_sentence=english,
            )
        ]
    if whole.negated and whole.denials + stand_ins < said.denials:
        return [_fewer_denials(said.denials, whole.denials, pair, target_text, english)]
    # Added: a negation where the English denies nothing, unless it denies a cost for a "free"
    # the English says and the translation does not ("is free" as "no tienes que pagar nada");
    # "gratuito, pero no debe pagar el envío" keeps its "free" and adds a denial.
    free_denied = free_as_negated_cost(english, translated, language) and said.free > whole.free
    if not said.denies and not free_denied:
        for sentence, p in heard:
            if p.negated:
                a, b = p.negations[0]
                return [
                    finding(
                        "translation.negation",
                        "The translation denies something here that the English does not: it "
                        "may say the opposite.",
                        sentence.start + a,
                        sentence.start + b,
                        target_text,
                        source_sentence=english,
                    )
                ]
    return []


def condition_findings(pair: SentencePair, language: str, target_text: str) -> list[Finding]:
    """A condition turned round: the English has an "unless" (or an "if ... not") and the
    translation a plain "if" ("Unless you enroll" as "Si vous vous inscrivez"), or the other
    way round. Only where one side says "unless": an "if ... not" the other side lost is a
    negation QA reports as such (negation.denied_conditions)."""
    english, translated = joined(pair.source), joined(pair.target)
    said = denied_conditions(english, SOURCE_LANGUAGE)
    heard = denied_conditions(translated, language)
    if said is None or heard is None or not (said[0] or heard[0]):
        return []
    if sum(said) == sum(heard) or any(reads_as(t.text, language) for t in pair.target):
        return []
    if sum(said) > sum(heard):
        message = (
            "The English's condition here denies ('unless', or 'if ... not'); the "
            "translation's denies nothing, so it may say the opposite."
        )
    else:
        message = (
            "The translation's condition here denies ('unless', or 'if ... not') where the "
            "English's does not: it may say the opposite."
        )
    return [
        finding(
            "translation.condition",
            message,
            *span(pair.target),
            target_text,
            source_sentence=english,
        )
    ]


def price_findings(pair: SentencePair, language: str, target_text: str) -> list[Finding]:
    """A "free" of the English that the translation does not say ("crédito libre"): a warning,
    as a translator may say it in words QA does not know."""
    english = joined(pair.source)
    if any(reads_as(t.text, language) for t in pair.target):
        return []  # a sentence in another language is reported as such
    if not price_lost(english, joined(pair.target), language):
        return []
    return [
        finding(
            "translation.free",
            "The English says this is free; the translation has no word for free of charge "
            "here (a word for free as in unrestricted, such as 'libre', says nothing of the "
            "price): check that it still says there is no cost.",
            *span(pair.target),
            target_text,
            severity=Severity.WARNING,
            source_sentence=english,
        )
    ]


def _fewer_denials(
    said: int, heard: int, pair: SentencePair, target_text: str, english: str
) -> Finding:
    """A translation that still denies, but fewer things than its English ("not ... never" as
    one "no"): a warning, as a translator may say one of them in other words ("Don't make it
    easy" as "Compliquez la tâche")."""
    return finding(
        "translation.fewer-negations",
        f"The English denies {said} things here and the translation only {heard}: check that no "
        "negation was lost.",
        *span(pair.target),
        target_text,
        severity=Severity.WARNING,
        source_sentence=english,
    )
