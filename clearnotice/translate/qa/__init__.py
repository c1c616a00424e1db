"""Translation QA: every segment of a translation checked against its English, as Xbench does.

Per aligned segment: placeholders, e-mails, URLs, phone numbers, codes, amounts, percentages,
numbers, dates, times and days of the week must carry over (dates by value, in the target
language's own form: "3 de marzo de 2026" is March 3, 2026; times by the minute: "11:59 p.m." is
"23 h 59"); a keyword the reader must type ("Text HELP to 12345") must stay as it is; text must
not be left untranslated or in the wrong language; glossary terms must use the approved
translation; a segment far longer or shorter than the letter's norm is questioned; a segment
with no partner is missing or extra. Inside each segment, sentence by sentence: a sentence
dropped, added, merged or split; a negation dropped or added, or fewer denials than the English;
a "free" not said; bold moved or lost; a name the English gives not written as it is
(clearnotice.translate.names); two close numbers that changed places ("3 of our 12" as
"12 de nuestras 3"). Numbers written as words ("three", "tres") count as the digits they name.
A weekday of the translation must agree with the full date it names ("martes 4 de marzo de 2025").
Each finding is a clearnotice.model.Finding whose span points into the translation's text, with
the index of its segment (the row of the side-by-side review).

Each concept's checks live in a module of this package (values, numbers, dates, terms, bidi,
language, pairs, sentences and the sentence pair's order, denials, roles and emphasis, lengths;
rules makes their findings); this module runs them segment by segment and holds the report.
"""

from __future__ import annotations

from dataclasses import dataclass

from clearnotice import caches
from clearnotice.model import Finding, Severity, sort_findings
from clearnotice.text import Block
from clearnotice.translate import fact_check, names, unknown_words
from clearnotice.translate.alignment import Segment, align
from clearnotice.translate.glossary import Glossary, glossary_for
from clearnotice.translate.qa.bidi import OVERRIDE, isolate_findings, override_findings
from clearnotice.translate.qa.dates import weekday_findings
from clearnotice.translate.qa.language import UNTRANSLATED, WholeLetter, language_findings
from clearnotice.translate.qa.lengths import (
    length_findings,
    letter_ratio,
    segment_ratios,
    unmeasured_ratio,
)
from clearnotice.translate.qa.pairs import doubtful_pairings, unpaired
from clearnotice.translate.qa.rules import KIND_LABEL, SegmentFinding
from clearnotice.translate.qa.sentences import sentence_findings
from clearnotice.translate.qa.terms import glossary_findings, keyword_findings
from clearnotice.translate.qa.values import compare_entities

# Findings that change what the letter says (a number, a date, a way to reach us, a sentence, a
# denial): a later approval step refuses a translation that still has one.
CHANGES_FACTS = frozenset(
    {rule for _, rule in KIND_LABEL.values()}
    | {
        "translation.date-swapped",
        "translation.missing-segment",
        "translation.extra-segment",
        "translation.sentence-dropped",
        "translation.sentence-added",
        UNTRANSLATED,
        "translation.wrong-language",
        "translation.negation",
        "translation.keyword",
        "translation.condition",
        OVERRIDE,
        fact_check.RULE,
        names.RULE,
    }
)


def changes_facts(finding: Finding) -> bool:
    """Whether ``finding`` says the translation changed a fact of the English."""
    return finding.rule_id in CHANGES_FACTS


# What a back-translation column says of such a row in place of a machine's reading of it.
UNTRANSLATED_BACK = "Still in English: no back-translation."


@dataclass(frozen=True)
class QAReport:
    segments: tuple[Segment, ...]
    findings: tuple[SegmentFinding, ...]
    language: str

    def for_segment(self, index: int) -> list[Finding]:
        return [f.finding for f in self.findings if f.segment == index]

    @property
    def errors(self) -> int:
        return sum(f.finding.severity is Severity.ERROR for f in self.findings)

    @property
    def untranslated(self) -> frozenset[int]:
        """The rows still in English: a back-translation of English as if it were the target
        language garbles it ("We are sorry" through Apertium spa->en reads "We Plough sorry"),
        so a page says what they are instead."""
        return frozenset(f.segment for f in self.findings if f.finding.rule_id == UNTRANSLATED)


def check_translation(
    source_text: str,
    target_text: str,
    language: str,
    facts: tuple[fact_check.KnownFact, ...] = (),
) -> QAReport:
    """QA of ``target_text`` (in ``language``) against the English ``source_text`` and, when
    given, the incident's ``facts`` (clearnotice.translate.fact_check), by the language's
    glossary as its file says it now (glossary_for).

    Cached by its arguments and that glossary: a second view of the same translation costs
    nothing, and an edited glossary term is judged by at once.
    """
    return _checked(source_text, target_text, language, facts, glossary_for(language))


@caches.of_text(128)
def _checked(
    source_text: str,
    target_text: str,
    language: str,
    facts: tuple[fact_check.KnownFact, ...],
    glossary: Glossary | None,
) -> QAReport:
    """check_translation's work, by ``glossary``."""
    segments = align(source_text, target_text, language)
    ratios = segment_ratios(segments)
    norm = letter_ratio(ratios)
    letter = WholeLetter(segments, source_text, target_text)
    given = names.names_given(source_text)
    # the facts sheet's names are fact_check's to judge
    judged = frozenset(k.value for k in facts if k.kind == fact_check.NAME)
    found: list[SegmentFinding] = []
    for seg in segments:
        if seg.target is not None and facts:
            english = seg.source or Block("", 0, 0, "")
            found.extend(
                SegmentFinding(seg.index, f)
                for f in fact_check.segment_findings(
                    english, seg.target, language, facts, target_text
                )
            )
        if not seg.paired:
            found.append(SegmentFinding(seg.index, unpaired(seg, segments, target_text)))
            continue
        by_language = language_findings(seg, letter, language)
        # a row still in English is to be translated: its glossary terms, and its weekdays read
        # as the other language's, are no further faults (the engine's "unchanged" letter)
        untranslated = any(f.rule_id == UNTRANSLATED for f in by_language)
        per_segment = by_language + (
            []
            if untranslated
            else compare_entities(seg.source, seg.target, language, target_text)
            + keyword_findings(seg.source, seg.target, target_text)
            + weekday_findings(seg.source, seg.target, language, target_text)
            + override_findings(seg.target, target_text)
            + isolate_findings(seg.target, language, target_text)
            + glossary_findings(seg.source, seg.target, glossary, target_text)
            + sentence_findings(
                seg.source,
                seg.target,
                language,
                target_text,
                unmeasured_ratio(seg) if norm is None else norm,
            )
            + unknown_words.findings(seg.source, seg.target, language, target_text)
            + names.findings(seg.source, seg.target, language, given, target_text, glossary, judged)
        )
        found.extend(SegmentFinding(seg.index, f) for f in sort_findings(per_segment))
    found.extend(length_findings(segments, ratios, norm, target_text))
    found.extend(doubtful_pairings(source_text, target_text, language, segments))
    found.sort(key=lambda f: (f.segment, f.finding.start, f.finding.severity.rank))
    return QAReport(segments, tuple(found), language)
