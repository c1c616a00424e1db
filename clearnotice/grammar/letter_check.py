"""The grammar check of one letter's text, as every screen runs it: the configured checker
(offline when the setting cannot be used), the organisation's protected words, the letter's
consent to the public API and the gate any text sent out goes through.

The live editor marks these findings and the grammar tab lists them; both call
:func:`check_letter`, so they cannot disagree about what a letter faces, and the service's
paragraph cache makes the second call nearly free.
"""

from __future__ import annotations

from dataclasses import dataclass

from clearnotice import vocabulary as organisation_vocabulary
from clearnotice.grammar.choice import OFFLINE, PUBLIC_CONSENT, CheckerChoice, choose_checker
from clearnotice.grammar.service import GrammarReport, GrammarService
from clearnotice.letters import Letter, Store
from clearnotice.outbound import OutboundGate
from clearnotice.schema import Version


@dataclass(frozen=True)
class LetterGrammar:
    report: GrammarReport
    choice: CheckerChoice
    problems: tuple[str, ...]  # settings that could not be used, each in words a person reads


def configured_choice(store: Store) -> tuple[CheckerChoice, str]:
    """The configured checker, and a message when the setting is unusable (then: offline)."""
    try:
        return choose_checker(store), ""
    except ValueError as wrong:
        return CheckerChoice(OFFLINE), f"The grammar checker setting is not usable: {wrong}"


def protected_terms() -> tuple[list[str], str]:
    """The organisation's names and the statutes' terms, never flagged; and a message when the
    organisation's vocabulary cannot be read (then it is not applied)."""
    try:
        words = organisation_vocabulary.load()
    except organisation_vocabulary.VocabularyError as wrong:
        return [], f"The organisation's vocabulary could not be read, so it is not applied: {wrong}"
    return [t.term for t in words.protected] + list(words.accept), ""


def check_letter(
    service: GrammarService, store: Store, letter: Letter, version: Version, text: str, actor: str
) -> LetterGrammar:
    """Check ``text`` (``actor``'s edit of ``version`` of ``letter``)."""
    choice, choice_problem = configured_choice(store)
    terms, vocabulary_problem = protected_terms()
    language = version.language or letter.source_language
    gate = OutboundGate(
        store, actor=actor, letter_id=letter.id, version_id=version.id, text=text, language=language
    )
    report = service.check(
        text,
        language,
        choice,
        vocabulary=terms,
        consented=PUBLIC_CONSENT in (letter.consents or {}),
        gate=gate,
    )
    problems = tuple(p for p in (choice_problem, vocabulary_problem) if p)
    return LetterGrammar(report, choice, problems)
