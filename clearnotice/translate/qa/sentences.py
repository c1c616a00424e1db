"""Sentence by sentence inside one segment: the sentences paired, then each pair's checks
(pairing, denials, order, roles) and the bold of the whole segment."""

from __future__ import annotations

import re
import unicodedata

from clearnotice.model import Finding
from clearnotice.text import Block, split_sentences
from clearnotice.translate.alignment import SentencePair, align_sentences
from clearnotice.translate.qa.denials import condition_findings, negation_findings, price_findings
from clearnotice.translate.qa.emphasis import emphasis_findings
from clearnotice.translate.qa.order import order_findings
from clearnotice.translate.qa.pairs import pairing
from clearnotice.translate.qa.roles import (
    bound_findings,
    end_findings,
    part_findings,
    unit_findings,
)


def sentence_findings(
    s_block: Block, t_block: Block, language: str, target_text: str, ratio: float = 1.0
) -> list[Finding]:
    """Sentence by sentence inside one segment: what was dropped, added, merged or split, and
    the negations and bold that did not carry over. ``ratio`` is the letter's length ratio
    (letter_ratio), against which the sentences' lengths are compared."""
    unstopped = _unstopped(s_block, t_block)
    pairs = unstopped or align_sentences(s_block, t_block, ratio)
    findings: list[Finding] = []
    for k, pair in enumerate(pairs):
        if not unstopped:
            findings.extend(pairing(pair, pairs[:k], t_block, target_text))
        if pair.source and pair.target:
            findings.extend(negation_findings(pair, language, target_text))
            findings.extend(price_findings(pair, language, target_text))
            findings.extend(order_findings(pair, language, target_text))
            findings.extend(condition_findings(pair, language, target_text))
            findings.extend(bound_findings(pair, language, target_text))
            findings.extend(part_findings(pair, language, target_text))
            findings.extend(unit_findings(pair, language, target_text))
            findings.extend(end_findings(pair, language, target_text))
    findings.extend(emphasis_findings(pairs, s_block, t_block, language, target_text))
    return findings


# Thai and Lao end a sentence with a space, not a stop, and put one between phrases as well
# (The Unicode Standard, ch. 16, "Thai": no space between words, a space where a phrase or a
# sentence ends), so their sentences cannot be told from the text: such a block is compared
# with its English whole, and neither a merge nor a split is told.
_UNSTOPPED_SCRIPTS = ("THAI", "LAO")
# Where every letter of those scripts stands (their blocks in The Unicode Standard's code
# charts: Thai U+0E00-U+0E7F, Lao U+0E80-U+0EFF): a text with nothing there has none of them,
# and its letters are not named one by one.
_UNSTOPPED_BLOCKS = re.compile("[\u0e00-\u0eff]")


def _unstopped(s_block: Block, t_block: Block) -> tuple[SentencePair, ...]:
    """The block pair as one sentence pair where the translation is written in Thai or Lao
    with no stop in it (_UNSTOPPED_SCRIPTS), or () for any other."""
    if _UNSTOPPED_BLOCKS.search(t_block.text) is None:
        return ()
    letters = [ch for ch in t_block.text if ch.isalpha()]
    written = sum(unicodedata.name(ch, "").startswith(_UNSTOPPED_SCRIPTS) for ch in letters)
    target = split_sentences(t_block.text, t_block.start)
    if not letters or written * 2 <= len(letters) or len(target) != 1:
        return ()
    return (SentencePair(split_sentences(s_block.text, s_block.start), target),)
