"""What has no partner, or a doubtful one: a segment missing or extra, a sentence dropped,
added, merged or split, a row whose translation may be a missing block's."""

from __future__ import annotations

from clearnotice.model import Finding, Severity
from clearnotice.text import Block, Sentence
from clearnotice.translate.alignment import Segment, SentencePair, doubtful_neighbours
from clearnotice.translate.qa.rules import SegmentFinding, finding


def joined(sentences: tuple[Sentence, ...]) -> str:
    return " ".join(s.text for s in sentences)


def span(sentences: tuple[Sentence, ...]) -> tuple[int, int]:
    return sentences[0].start, sentences[-1].end


_COUNTED = {2: "Two", 3: "Three", 4: "Four"}


def pairing(
    pair: SentencePair, before: tuple[SentencePair, ...], t_block: Block, target_text: str
) -> list[Finding]:
    english = joined(pair.source)
    shown = _shorten(english)
    if not pair.target:
        # point just after the translation's previous sentence, where the missing one belongs
        ends = [p.target[-1].end for p in before if p.target]
        at = ends[-1] if ends else t_block.start
        return [
            finding(
                "translation.sentence-dropped",
                f"The English sentence '{shown}' is not in the translation.",
                at,
                at,
                target_text,
                source_sentence=english,
            )
        ]
    if not pair.source:
        return [
            finding(
                "translation.sentence-added",
                "This sentence has no counterpart in the English: check what it adds.",
                *span(pair.target),
                target_text,
            )
        ]
    if len(pair.source) > 1:
        return [
            finding(
                "translation.sentence-merged",
                f"{_COUNTED[len(pair.source)]} English sentences became one here ('{shown}'): "
                "check that nothing of any was lost.",
                *span(pair.target),
                target_text,
                severity=Severity.WARNING,
                source_sentence=english,
            )
        ]
    if len(pair.target) > 1:
        return [
            finding(
                "translation.sentence-split",
                f"One English sentence became {_COUNTED[len(pair.target)].lower()} here "
                f"('{shown}'): check that the others add nothing.",
                *span(pair.target),
                target_text,
                severity=Severity.WARNING,
                source_sentence=english,
            )
        ]
    return []


def unpaired(seg: Segment, segments: tuple[Segment, ...], target_text: str) -> Finding:
    if seg.target is not None:
        return finding(
            "translation.extra-segment",
            "This segment has no counterpart in the English.",
            seg.target.start,
            seg.target.end,
            target_text,
        )
    # point just after the translation's previous segment, where the missing one belongs
    before = [s.target.end for s in segments[: seg.index] if s.target is not None]
    at = before[-1] if before else 0
    return finding(
        "translation.missing-segment",
        f"Not translated at all: the English {seg.source.kind} "
        f"'{_shorten(seg.source.text)}' has no counterpart.",
        at,
        at,
        target_text,
    )


def doubtful_pairings(
    source_text: str, target_text: str, language: str, segments: tuple[Segment, ...]
) -> list[SegmentFinding]:
    """Rows beside a missing block whose translation may be the missing block's
    (alignment.doubtful_neighbours): the block missing may be this row's, not the one shown."""
    out = []
    for k, missing in doubtful_neighbours(source_text, target_text, language).items():
        seg = segments[k]
        out.append(
            SegmentFinding(
                k,
                finding(
                    "translation.pairing",
                    "This translation may belong to the English "
                    f"'{_shorten(segments[missing].source.text)}' instead, which has none: the "
                    "block missing from the translation may be this row's. Check that this "
                    "translation says what its English says.",
                    seg.target.start,
                    seg.target.end,
                    target_text,
                    severity=Severity.WARNING,
                ),
            )
        )
    return out


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
