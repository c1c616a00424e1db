"""Translation QA: every segment of a translation checked against its English, as Xbench does.

Per aligned segment: placeholders, e-mails, URLs, phone numbers, codes, amounts, numbers and
dates must carry over (dates by value, in the target language's own form: "3 de marzo de 2026"
is March 3, 2026); text must not be left untranslated or in the wrong language; glossary terms
must use the approved translation; a segment far longer or shorter than the letter's norm is
questioned; a segment with no partner is missing or extra. Each finding is a
clearnotice.model.Finding whose span points into the translation's text, with the index of
its segment (the row of the side-by-side review).
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from clearnotice.languages import language_name
from clearnotice.model import Finding, Severity, sort_findings
from clearnotice.text import Block, split_sentences, words
from clearnotice.translate import entities as ent
from clearnotice.translate.alignment import Segment, align
from clearnotice.translate.dates import DateValue, residue_of
from clearnotice.translate.glossary import Glossary, glossary_for
from clearnotice.translate.language_id import reads_as
from clearnotice.translate.languages import SOURCE_LANGUAGE

SOURCE = "translation QA: what the English says must reach the reader unchanged"
GLOSSARY_SOURCE = "approved glossary"
LANGUAGE_SOURCE = "guidance: write to customers in their own language"
# Length: the ratio of a segment's length to its English is compared with the median ratio of
# the letter; below half or above double is questioned, for segments of 40 characters or more
# (short headings vary too much to judge).
LENGTH_MIN_SOURCE = 40
LENGTH_FACTOR = 2.0
# Text left as it was: at least this many words, so names and signatures are not flagged.
UNTRANSLATED_MIN_WORDS = 3

_KIND_LABEL = {
    ent.PLACEHOLDER_KIND: ("placeholder", "translation.placeholder"),
    ent.EMAIL: ("e-mail address", "translation.email"),
    ent.URL: ("web address", "translation.url"),
    ent.PHONE: ("phone number", "translation.phone"),
    ent.CODE: ("code", "translation.code"),
    ent.AMOUNT: ("amount", "translation.amount"),
    ent.NUMBER: ("number", "translation.number"),
    ent.DATE: ("date", "translation.date"),
}
_COMPARED = (
    ent.PLACEHOLDER_KIND,
    ent.EMAIL,
    ent.URL,
    ent.PHONE,
    ent.CODE,
    ent.DATE,
    ent.AMOUNT,
    ent.NUMBER,
)


@dataclass(frozen=True)
class SegmentFinding:
    segment: int
    finding: Finding


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


def _finding(
    rule_id: str,
    message: str,
    start: int,
    end: int,
    text: str,
    severity: Severity = Severity.ERROR,
    source: str = SOURCE,
    suggestions: tuple[str, ...] = (),
) -> Finding:
    return Finding(rule_id, severity, message, start, end, text[start:end], suggestions, source)


def _date_words(entity: ent.Entity) -> str:
    year, month, day = (int(p) for p in next(iter(entity.keys)).split("-"))
    return DateValue(year, month, day).english()


def _compare_entities(
    s_block: Block, t_block: Block, language: str, target_text: str
) -> list[Finding]:
    """Findings for what the English segment holds and its translation lost or changed."""
    s_all = ent.find_entities(s_block.text, SOURCE_LANGUAGE)
    t_all = ent.find_entities(t_block.text, language)
    offset = t_block.start
    whole = (t_block.start, t_block.end)
    findings: list[Finding] = []
    consumed: set[int] = set()  # target entities explained by an earlier finding
    # where target dates stand, and date residues already explained
    date_spans = [(t.start, t.end) for t in t_all if t.kind == ent.DATE]
    for kind in _COMPARED:
        noun, rule = _KIND_LABEL[kind]
        sources = [e for e in s_all if e.kind == kind]
        targets = [e for e in t_all if e.kind == kind and id(e) not in consumed]
        lost = []
        for s in sources:
            match = next((t for t in targets if t.keys & s.keys), None)
            if match is None:
                lost.append(s)
            else:
                targets.remove(match)
        extra = list(targets)
        for s in lost:
            shown = _date_words(s) if kind == ent.DATE else s.text
            if extra:
                t = extra.pop(0)
                said = f"{t.text} ({_date_words(t)})" if kind == ent.DATE else t.text
                findings.append(
                    _finding(
                        rule,
                        f"The {noun} {shown} became {said}.",
                        offset + t.start,
                        offset + t.end,
                        target_text,
                        suggestions=(s.text,) if kind != ent.DATE else (),
                    )
                )
                continue
            if kind == ent.DATE:
                where = residue_of(_value(s), t_block.text, date_spans)
                if where is not None:
                    a, b = where
                    date_spans.append(where)
                    for t in t_all:  # the day and year standing there are this date, not extras
                        if t.kind == ent.NUMBER and a <= t.start and t.end <= b:
                            consumed.add(id(t))
                    findings.append(
                        _finding(
                            rule,
                            f"The date {shown} is not written as a "
                            f"{language_name(language)} date here.",
                            offset + a,
                            offset + b,
                            target_text,
                        )
                    )
                    continue
            findings.append(
                _finding(
                    rule,
                    f"The {noun} {shown} is missing from the translation.",
                    *whole,
                    target_text,
                    suggestions=(s.text,) if kind != ent.DATE else (),
                )
            )
        for t in extra:
            findings.append(
                _finding(
                    rule,
                    f"The {noun} {t.text} is not in the English.",
                    offset + t.start,
                    offset + t.end,
                    target_text,
                )
            )
    return findings


def _value(entity: ent.Entity) -> DateValue:
    year, month, day = (int(p) for p in next(iter(entity.keys)).split("-"))
    return DateValue(year, month, day)


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


def _language_findings(
    s_block: Block, t_block: Block, language: str, target_text: str
) -> list[Finding]:
    """English left as it was, or sentences that read as another language."""
    if _normalised(s_block.text) == _normalised(t_block.text):
        if len(words(t_block.text)) >= UNTRANSLATED_MIN_WORDS and reads_as(t_block.text, language):
            return [
                _finding(
                    "translation.untranslated",
                    "This segment is still in English: it was not translated.",
                    t_block.start,
                    t_block.end,
                    target_text,
                    source=LANGUAGE_SOURCE,
                )
            ]
        return []
    findings = []
    for sentence in split_sentences(t_block.text, t_block.start):
        found = reads_as(sentence.text, language)
        if found:
            findings.append(
                _finding(
                    "translation.wrong-language",
                    f"This sentence reads as {language_name(found)}, not "
                    f"{language_name(language)}.",
                    sentence.start,
                    sentence.end,
                    target_text,
                    source=LANGUAGE_SOURCE,
                )
            )
    return findings


def _glossary_findings(
    s_block: Block, t_block: Block, glossary: Glossary | None, target_text: str
) -> list[Finding]:
    if glossary is None:
        return []
    findings = []
    for term in glossary.terms:
        if term.in_source(s_block.text) and not term.approved_in(t_block.text):
            findings.append(
                _finding(
                    "translation.glossary",
                    f"'{term.term}' must be translated as '{term.approved[0]}' "
                    "(approved glossary).",
                    t_block.start,
                    t_block.end,
                    target_text,
                    source=f"{GLOSSARY_SOURCE}: {term.source}",
                    suggestions=(term.approved[0],),
                )
            )
    return findings


def _length_findings(segments: tuple[Segment, ...], target_text: str) -> list[SegmentFinding]:
    ratios = {
        seg.index: len(seg.target.text) / len(seg.source.text)
        for seg in segments
        if seg.paired and len(seg.source.text) >= LENGTH_MIN_SOURCE
    }
    if len(ratios) < 3:
        return []
    norm = statistics.median(ratios.values())
    out = []
    for seg in segments:
        ratio = ratios.get(seg.index)
        if ratio is None or norm / LENGTH_FACTOR <= ratio <= norm * LENGTH_FACTOR:
            continue
        what = "much shorter" if ratio < norm else "much longer"
        out.append(
            SegmentFinding(
                seg.index,
                _finding(
                    "translation.length",
                    f"This segment is {what} than the English compared with the rest of the "
                    f"letter ({ratio:.1f}× the English; the letter's norm is {norm:.1f}×). "
                    "Check that nothing was left out or added.",
                    seg.target.start,
                    seg.target.end,
                    target_text,
                    severity=Severity.WARNING,
                ),
            )
        )
    return out


def _unpaired(seg: Segment, segments: tuple[Segment, ...], target_text: str) -> Finding:
    if seg.target is not None:
        return _finding(
            "translation.extra-segment",
            "This segment has no counterpart in the English.",
            seg.target.start,
            seg.target.end,
            target_text,
        )
    # point just after the translation's previous segment, where the missing one belongs
    before = [s.target.end for s in segments[: seg.index] if s.target is not None]
    at = before[-1] if before else 0
    return _finding(
        "translation.missing-segment",
        f"Not translated at all: the English {seg.source.kind} "
        f"'{_shorten(seg.source.text)}' has no counterpart.",
        at,
        at,
        target_text,
    )


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


SegmentCheck = Callable[[Block, Block, str, str], list[Finding]]


@lru_cache(maxsize=128)
def check_translation(source_text: str, target_text: str, language: str) -> QAReport:
    """QA of ``target_text`` (in ``language``) against the English ``source_text``.

    Cached by the two texts: a second view of the same translation costs nothing.
    """
    segments = align(source_text, target_text, language)
    glossary = glossary_for(language)
    found: list[SegmentFinding] = []
    for seg in segments:
        if not seg.paired:
            found.append(SegmentFinding(seg.index, _unpaired(seg, segments, target_text)))
            continue
        per_segment = (
            _compare_entities(seg.source, seg.target, language, target_text)
            + _language_findings(seg.source, seg.target, language, target_text)
            + _glossary_findings(seg.source, seg.target, glossary, target_text)
        )
        found.extend(SegmentFinding(seg.index, f) for f in sort_findings(per_segment))
    found.extend(_length_findings(segments, target_text))
    found.sort(key=lambda f: (f.segment, f.finding.start, f.finding.severity.rank))
    return QAReport(segments, tuple(found), language)
