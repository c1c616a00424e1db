"""Every finding one version of a letter faces, in its language, under the letter's
jurisdictions: the one report the live editor, the Edit page's tabs, the review and approval
all read, so they cannot disagree about what a letter faces. Every text is also read against
the incident's facts sheet (clearnotice.translate.fact_check).

Which kinds apply: the source text gets the readability's hard sentences and, when it is
English, the guidance for the letter's stored jurisdictions (the rules are written for English
letters); a translation gets the translation QA against the source version it translates. The
grammar check runs when the caller hands over its grammar service (the app does; approval does
not: a spelling slip never blocks an approval). Each part is cached in the core already
(guidance per text, readability per paragraph, grammar per paragraph, QA per pair of texts), so
building the report again on every rerun costs next to nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from clearnotice import guidance, readability
from clearnotice.checks.loader import RuleError
from clearnotice.checks.outcome import ChecklistItem
from clearnotice.grammar import spelling
from clearnotice.grammar.letter_check import LetterGrammar, check_letter
from clearnotice.grammar.offline import SUGGEST_ON_REQUEST
from clearnotice.grammar.service import GrammarService
from clearnotice.language_readability import readability_for
from clearnotice.languages import language_name
from clearnotice.letters import Letter, Store, Version
from clearnotice.model import Finding, Severity
from clearnotice.translate import fact_check
from clearnotice.translate.qa import QAReport, check_translation
from clearnotice.translate.stale import staleness
from clearnotice.vocabulary import VocabularyError

GUIDANCE_LANGUAGE = "en"  # the guidance rules are written for English letters
GUIDANCE_NOT_RUN_RULE = "guidance.not-run"


@dataclass(frozen=True)
class FindingGroup:
    """The findings of one kind (one rule): a list of hundreds reads as "Jargon (12)"."""

    rule_id: str
    severity: Severity  # the most serious of the group
    findings: tuple[Finding, ...]


def by_kind(findings: Iterable[Finding]) -> tuple[FindingGroup, ...]:
    """``findings`` grouped by rule, each in the letter's order: the most serious kinds first,
    then the most frequent, so what matters most is at the top of a short list."""
    groups: dict[str, list[Finding]] = {}
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        groups.setdefault(f.rule_id, []).append(f)
    made = [
        FindingGroup(rule_id, min((f.severity for f in found), key=lambda s: s.rank), tuple(found))
        for rule_id, found in groups.items()
    ]
    return tuple(sorted(made, key=lambda g: (g.severity.rank, -len(g.findings), g.rule_id)))


@dataclass(frozen=True)
class LetterFindings:
    """What ``text`` (version ``version_id`` in ``language``, or an edit of it) faces, by kind.

    A kind that does not apply is empty (None for the reports). ``guidance_problem`` says why
    the guidance could not run on the letter's own text (a bad rule or vocabulary file, a letter
    not written in English); the text then has not been checked against the law, which is an
    open error of its own.
    """

    letter_id: int
    version_id: int
    language: str
    text: str
    readability: tuple[Finding, ...]
    guidance: guidance.GuidanceReport | None
    guidance_problem: str
    grammar: LetterGrammar | None
    translation: QAReport | None
    # The source text's values that a fact of the incident had before it changed (a
    # translation's are in its QA report, by segment): clearnotice.translate.fact_check.
    facts: tuple[Finding, ...] = ()

    @property
    def checklist(self) -> tuple[ChecklistItem, ...]:
        return self.guidance.checklist if self.guidance else ()

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every finding of every kind, in one shape."""
        return self.marked() + self._translation_findings()

    def marked(self, asked: Iterable[str] = ()) -> tuple[Finding, ...]:
        """What the live editor marks in the source text: hard sentences, the guidance's
        findings and spelling and grammar; misspelt words in ``asked`` (the user asked for
        their corrections) come with them, looked up per word (slow, so only when asked)."""
        guided = self.guidance.findings if self.guidance else ()
        checked = self.grammar.report.findings if self.grammar else ()
        return (
            self.readability + self.facts + guided + _looked_up(checked, set(asked), self.language)
        )

    @property
    def missing_required(self) -> tuple[ChecklistItem, ...]:
        return self.guidance.missing_required if self.guidance else ()

    @property
    def open_errors(self) -> tuple[Finding, ...]:
        """The error-level findings an approval must face: the guidance's and the translation
        QA's (a guidance that could not run among them); grammar and readability never block."""
        guided = self.guidance.errors if self.guidance else ()
        translated = tuple(f for f in self._translation_findings() if f.severity is Severity.ERROR)
        return self._not_run() + self.facts + guided + translated

    @property
    def blocks_approval(self) -> bool:
        """An approval of this text needs a written reason."""
        return bool(self.open_errors or self.missing_required)

    def _translation_findings(self) -> tuple[Finding, ...]:
        return tuple(f.finding for f in self.translation.findings) if self.translation else ()

    def _not_run(self) -> tuple[Finding, ...]:
        if not self.guidance_problem:
            return ()
        why = f"The guidance could not run, so this text was not checked: {self.guidance_problem}"
        return (Finding(GUIDANCE_NOT_RUN_RULE, Severity.ERROR, why, 0, 0, ""),)


def letter_findings(
    store: Store,
    letter_id: int,
    version: Version,
    text: str | None = None,
    *,
    grammar: GrammarService | None = None,
    actor: str = "",
) -> LetterFindings:
    """Everything ``text`` faces: ``actor``'s edit of ``version`` (its own text by default).

    The letter is read again from the store: a tab may have changed its jurisdictions or
    consents since the page was drawn.
    """
    text = version.text if text is None else text
    letter = store.get_letter(letter_id)
    source = version.language == letter.source_language
    report, problem = _guidance(letter, version.language, text) if source else (None, "")
    known = fact_check.known_for(store, letter_id)
    return LetterFindings(
        letter_id=letter_id,
        version_id=version.id,
        language=version.language,
        text=text,
        readability=_hard_sentences(text, version.language) if source else (),
        guidance=report,
        guidance_problem=problem,
        grammar=_grammar(grammar, store, letter, version, text, actor) if source else None,
        translation=None if source else _translation(store, version, text, known),
        facts=fact_check.text_findings(text, version.language, known) if source else (),
    )


# A short letter in the words real notices use, so warming up walks every rule's path.
_WARM_UP_LETTER = (
    "What happened\n\nOn 3 March 2025 someone broke into our email system and read your name "
    "and address. We have told the police. Call us on 0800 123 456 with questions.\n"
)


def warm_up() -> None:
    """Build what the first report after a start needs (the rule catalogue and its prefilter,
    the jurisdictions, the syllable dictionary), so the first person to open a letter does not
    wait seconds for it. The server runs this in a thread as it starts; a broken rule file is
    left for the page that reads it to explain."""
    try:
        guidance.review(_WARM_UP_LETTER, [p.code for p in guidance.jurisdictions()])
    except (ValueError, RuleError, VocabularyError):
        return
    _hard_sentences(_WARM_UP_LETTER, GUIDANCE_LANGUAGE)


def latest_findings(store: Store, letter_id: int, language: str) -> LetterFindings:
    """What the newest version of ``language`` faces: what a reviewer approves."""
    return letter_findings(store, letter_id, store.latest_version(letter_id, language))


def _hard_sentences(text: str, language: str) -> tuple[Finding, ...]:
    """Hemingway's hard sentences, where the language has a sentence grade (English)."""
    detail = readability_for(text, language).detail
    return () if detail is None else tuple(readability.hard_sentence_findings(detail, text))


def _guidance(
    letter: Letter, language: str, text: str
) -> tuple[guidance.GuidanceReport | None, str]:
    if language != GUIDANCE_LANGUAGE:  # not checked, so not clean: an approval says why
        name = language_name(language)
        return None, (
            f"its rules read English only, and this letter is written in {name}. Have a reader "
            f"who knows {name} and the law check it against the checklist (say so when "
            "approving), or write the letter in English and translate it."
        )
    try:
        return guidance.review_letter(text, letter.jurisdictions or ()), ""
    except (ValueError, RuleError, VocabularyError) as problem:
        return None, str(problem)


def _grammar(
    service: GrammarService | None,
    store: Store,
    letter: Letter,
    version: Version,
    text: str,
    actor: str,
) -> LetterGrammar | None:
    if service is None:
        return None
    return check_letter(service, store, letter, version, text, actor)


def _translation(
    store: Store, version: Version, text: str, known: tuple[fact_check.KnownFact, ...]
) -> QAReport:
    """The QA of a translation against the source version it translates (the newest source
    when it does not say which) and the incident's facts."""
    state = staleness(store, version)
    source = state.translated_from or state.latest_source
    return check_translation(source.text, text, version.language, known)


def _looked_up(findings: Iterable[Finding], asked: set[str], language: str) -> tuple[Finding, ...]:
    """Findings whose corrections the user asked for, with them (cached per word)."""
    result = []
    for f in findings:
        if SUGGEST_ON_REQUEST in f.extra and f.match in asked:
            found = spelling.suggest(f.match, language)
            message = f.message if found else f"{f.message} The dictionary has no suggestion."
            extra = tuple(e for e in f.extra if e != SUGGEST_ON_REQUEST)
            f = dataclasses.replace(f, suggestions=found, message=message, extra=extra)
        result.append(f)
    return tuple(result)
