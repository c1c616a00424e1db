"""Bold of the English lost, moved, or stressing something else in the translation."""

from __future__ import annotations

from clearnotice import inline_markup
from clearnotice.model import Finding, Severity
from clearnotice.text import Block, Sentence
from clearnotice.translate import entities as ent
from clearnotice.translate.alignment import SentencePair
from clearnotice.translate.languages import SOURCE_LANGUAGE
from clearnotice.translate.negation import polarity
from clearnotice.translate.qa.pairs import joined, span
from clearnotice.translate.qa.rules import finding


def _bold_runs(block: Block, sentences: tuple[Sentence, ...]) -> list[inline_markup.Span]:
    """The bold runs of ``block`` that start in ``sentences``, with offsets into the letter."""
    runs = [
        inline_markup.Span(block.start + r.start, block.start + r.end, r.text, strong=True)
        for r in inline_markup.strong_runs(block.text)
    ]
    return [r for r in runs if any(s.start <= r.start < s.end for s in sentences)]


def _same_emphasis(
    s_run: inline_markup.Span, t_run: inline_markup.Span, t_block: Block, language: str
) -> bool:
    """Whether two bold runs stress the same thing: the numbers, codes and negation the English
    bold holds are in the translation's bold too. A bold part of a negation of two words
    stresses that negation: French bolds the "pas" of "n'était **pas**" for "was **not**"."""
    if not _keys(s_run.text, SOURCE_LANGUAGE) <= _keys(t_run.text, language):
        return False
    said, heard = polarity(s_run.text, SOURCE_LANGUAGE), polarity(t_run.text, language)
    if said is None or heard is None or not said.negated or heard.denies:
        return True
    start, end = t_run.start - t_block.start, t_run.end - t_block.start
    around = polarity(t_block.text, language)
    return any(a <= start and end <= b for a, b in around.negations)


def _keys(text: str, language: str) -> frozenset[str]:
    """The values of what ``text`` holds to carry over, numbers in words included."""
    found = (*ent.find_entities(text, language), *ent.number_words(text, language))
    return frozenset(k for e in found for k in e.keys)


def emphasis_findings(
    pairs: tuple[SentencePair, ...], s_block: Block, t_block: Block, language: str, target_text: str
) -> list[Finding]:
    both = [p for p in pairs if p.source and p.target]
    runs = [(p, _bold_runs(s_block, p.source), _bold_runs(t_block, p.target)) for p in both]
    lost_somewhere = any(len(s) > len(t) for _, s, t in runs)
    gained_somewhere = any(len(t) > len(s) for _, s, t in runs)
    findings = []
    target_keys = _keys(t_block.text, language)
    for pair, s_runs, t_runs in runs:
        # bold around a number or code the translation lost is reported with that loss
        lost = [r for r in s_runs[len(t_runs) :] if _keys(r.text, SOURCE_LANGUAGE) <= target_keys]
        if lost and not gained_somewhere:
            shown = ", ".join(f"'{r.text}'" for r in lost)
            findings.append(
                finding(
                    "translation.emphasis",
                    f"The English puts {shown} in bold; the translation lost that bold here.",
                    *span(pair.target),
                    target_text,
                    severity=Severity.WARNING,
                    source_sentence=joined(pair.source),
                )
            )
        for r in t_runs[len(s_runs) :]:
            where = "in another sentence" if lost_somewhere else "nowhere"
            findings.append(
                finding(
                    "translation.emphasis",
                    f"This bold moved: the English has it {where} here.",
                    r.start,
                    r.end,
                    target_text,
                    severity=Severity.WARNING,
                )
            )
        for s_run, t_run in zip(s_runs, t_runs, strict=False):
            if not _same_emphasis(s_run, t_run, t_block, language):
                findings.append(
                    finding(
                        "translation.emphasis",
                        f"The English puts '{s_run.text}' in bold; here the bold moved to "
                        f"'{t_run.text}'.",
                        t_run.start,
                        t_run.end,
                        target_text,
                        severity=Severity.WARNING,
                        source_sentence=joined(pair.source),
                    )
                )
    return findings
