"""A learned fallback for the checklist: a small sentence model per item, for a letter that says
an item in words no rule's wording foresaw.

Hand-written wordings fit the letters they were written from and miss wordings nobody has seen
(`docs/accuracy.md`). For an item whose rule evidence and
section cues find nothing, the item's model scores every body sentence by its overall wording;
the best sentence at or above the item's threshold carries the item, and is shown as its
evidence, so the user still sees the words it is about.

The model is naive Bayes over a sentence's word unigrams and bigrams (lower-cased; numbers,
years, months and sums of money read as one token each) and the words of the heading it sits
under: per item, the log-odds of each feature seen in enough training sentences, a bias and a
threshold, in ``rules/content/sentence-model.json``. It is trained on the corpus's tune letters
only, and each threshold chosen by cross-validation on them, by
``bench/train_sentence_model.py`` (which says how); an item it could not make precise enough has
no model and no fallback.

Loading is lazy and happens once per process; per review the work is a dictionary lookup per
token of each body sentence, only for an item the rules missed.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from clearnotice import text as segment
from clearnotice.checks.scan import LetterScan
from clearnotice.translate.dates import MONTHS

MODEL_PATH = Path(__file__).resolve().parents[1] / "rules" / "content" / "sentence-model.json"

# What the checklist shows beside a sentence the model, not a rule, took as evidence.
WORDING_PART = "read from the sentence's overall wording"

_TOKEN = re.compile(r"[$£€]?\d[\d,.:/]*\d|[$£€]?\d|[a-z]+(?:['’][a-z]+)*")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Full month names only: "may" and "mar" are also words.
_MONTH_NAMES = frozenset(names[0] for names in MONTHS["en"]) - {"may"}


def _normalised(token: str) -> str:
    if token[0] in "$£€":
        return "<money>"
    if token[0].isdigit():
        return "<year>" if _YEAR.fullmatch(token) else "<num>"
    return "<month>" if token in _MONTH_NAMES else token.replace("’", "'")


def words(sentence: str) -> list[str]:
    """A sentence's tokens in order, lower-cased and normalised."""
    return [_normalised(t) for t in _TOKEN.findall(sentence.lower())]


def features(sentence: str, heading: str = "") -> frozenset[str]:
    """What the model reads of a sentence: its words and word pairs, and the words of the
    heading it sits under (marked ``h:``, so "what happened" as a heading is not the words)."""
    tokens = words(sentence)
    found = set(tokens)
    found.update(f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False))
    found.update(f"h:{w}" for w in words(heading))
    return frozenset(found)


def candidates(scan: LetterScan) -> list[int]:
    """The sentences that may carry an item: running text in English, not a heading, not a
    salutation, sign-off or signature."""
    return [
        i
        for i, s in enumerate(scan.sentences)
        if scan.blocks[s.block].kind in (segment.PARAGRAPH, segment.BULLET)
        and not scan.foreign[s.block]
    ]


def sentence_features(scan: LetterScan, sentence: int) -> frozenset[str]:
    """``features`` of one of the letter's sentences, with the heading its block sits under."""
    s = scan.sentences[sentence]
    heading = scan.heading_of[s.block]
    above = scan.blocks[heading].text if heading is not None else ""
    return features(scan.text[s.start : s.end], above)


@dataclass(frozen=True)
class ItemModel:
    """One item's naive Bayes log-odds: a sentence's score is the bias plus the weight of each
    of its features the model knows (an unknown feature says nothing either way)."""

    bias: float
    weights: dict[str, float]
    threshold: float

    def score(self, found: Iterable[str]) -> float:
        get = self.weights.get
        return math.fsum([self.bias, *(get(f, 0.0) for f in found)])

    def best(
        self, scan: LetterScan, exclude: Iterable[re.Pattern[str]] = ()
    ) -> tuple[int, float] | None:
        """The highest-scoring candidate sentence (the earliest of equals) and its score, leaving
        out sentences an ``exclude`` pattern matches (a denial is never evidence).

        The sentences are judged by the exclusions from the best down, and the first that none
        matches is the one: the exclusions are matched only in the blocks of the sentences
        judged, mostly the best one's, not in every block of the letter (a dozen patterns per
        item, several of them tried at every place of a block)."""
        read = scan.memo("sentence-model features", dict)
        ranked = []
        for sentence in candidates(scan):
            if sentence not in read:
                read[sentence] = sentence_features(scan, sentence)
            ranked.append((-self.score(read[sentence]), sentence))
        exclude = tuple(exclude)
        for negated, sentence in sorted(ranked):
            if not any(scan.narrow(pattern, (sentence,)) for pattern in exclude):
                return sentence, -negated
        return None

    def carrier(self, scan: LetterScan, exclude: Iterable[re.Pattern[str]] = ()) -> int | None:
        """The sentence that carries the item by its wording: the best one, if it reaches the
        threshold."""
        best = self.best(scan, exclude)
        return best[0] if best is not None and best[1] >= self.threshold else None


def from_data(data: dict) -> dict[str, ItemModel]:
    """The item models of a model file's contents."""
    return {
        item: ItemModel(float(m["bias"]), dict(m["weights"]), float(m["threshold"]))
        for item, m in data["items"].items()
    }


@cache
def models() -> dict[str, ItemModel]:
    """Every item's model, read once per process (an item without one is absent)."""
    return from_data(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


def carrier(item: str, scan: LetterScan, exclude: Iterable[re.Pattern[str]] = ()) -> int | None:
    """The sentence ``item``'s model reads as carrying it, or None (also for an item without a
    model)."""
    model = models().get(item)
    return model.carrier(scan, exclude) if model is not None else None
