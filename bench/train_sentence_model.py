"""Trains the checklist's sentence model (clearnotice/checks/sentence_model.py) on the corpus's
tune letters, chooses each item's threshold by cross-validation on them, and prints what the
cross-validation measured.

    .venv/bin/python bench/train_sentence_model.py           # print the table only
    .venv/bin/python bench/train_sentence_model.py --write   # and write the model file
    .venv/bin/python bench/train_sentence_model.py --train-half A   # measure on unseen letters

Retrain with ``--write`` after adding or relabelling tune letters, or after a change to the
sentence splitter or to a content rule (the thresholds depend on what the rules miss), then
run ``tests/core/test_sentence_model.py``: it fails while the stored model differs from a fresh
training.

Training data, per single-part checklist item: in each tune letter, the body sentences
(clearnotice's own split) that the label's sentence overlaps are positives; the others are
negatives. A label gives the *first* sentence that carries the item (tests/corpus/GUIDE.md), so
a sentence before it is a sure negative, but one after it may carry the item again: those count
``LATER_WEIGHT`` of a sentence. Held-out letters are never read: their labels are opened only to
learn their split.

Thresholds: leave-one-letter-out. Each tune letter is scored by a model trained on the other
tune letters. The fallback only decides for a letter whose rule wordings and section cues found
nothing, so its decisions are those letters; they are ranked by their best sentence's score,
and the threshold lets through as many as keeps the precision of those decisions at least
the item's target precision (``target_precision``) with at least ``MIN_CAUGHT`` right. An item
that cannot gets no model.
The rules were written from these same letters, so the letters they miss are the hardest ones
here: the estimate is, if anything, pessimistic.

``--train-half A`` (or ``B``) writes nothing: it trains on that half of the tune letters
(bench/bench_accuracy.py's ``tune_half``), thresholds chosen as above on it alone, and prints, on
the other half, the rules' P / R / F1, the rules with the fallback's, and the model's alone
(every letter decided by its best sentence, at the threshold of best F1 on the training half,
cross-validated): whether what the model learnt carries to letters it never saw.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_accuracy import tune_half  # noqa: E402
from clearnotice.checks import sentence_model  # noqa: E402
from clearnotice.checks.loader import load_catalogue  # noqa: E402
from clearnotice.checks.required import Required  # noqa: E402
from clearnotice.checks.scan import LetterScan, PatternTable  # noqa: E402
from tests.corpus import corpus  # noqa: E402

SPLIT = "tune"
MIN_COUNT = 2  # a feature in fewer training sentences than this is left out (mostly names)
ALPHA = 1.0  # Laplace smoothing of each feature's count
LATER_WEIGHT = 0.2  # a negative after the labelled sentence: it may carry the item too
# Of the fallback's own decisions, cross-validated: four in five right. A decision right with
# probability p raises an item's F1 (issue 13's measure) whenever p is above half that F1, and the
# checklist shows the sentence it took marked as read from the overall wording, so the writer can
# judge it. It was 0.90 (the bar for spans) while the fallback was a rare last resort;
# when severity and scope came to be read by the guide's words (a named system or account the
# event reached counts), the rules missed 221 tune letters that state it; at 0.90 the model took
# about 50 of them (10-fold: scope's F1 0.85), at 0.80 it takes 153 (0.91; 0.91 at 0.75 too).
TARGET_PRECISION = 0.80
# Except what happened: the rules find it in nearly every letter that states it, so the letters
# they miss are mostly the vague ones the guide names as not stating it ("We recently learned of
# a data security incident."). At 0.80 its model took 63 of the 112 what-happened near-misses in
# tests/core/item_families.py, that very sentence among them; at 0.90, 10. Trained on 1,317 tune
# letters, at 0.90 it took four of the vague sentences tests/core/test_guidance_letters.py holds
# to the guide ("The breach happened between May 1 and May 9."), and a letter that says nothing
# of what happened; at 0.95 none (cross-validated F1 0.98 -> 0.96).
STRICTER = {"content.what-happened": 0.95}

# Right decisions the fallback must make to be worth having. Two of two was too little
# evidence: an information-involved model trusted on that took "Review your payment card account
# statements closely." (a reader step) as the information involved.
MIN_CAUGHT = 3
DIGITS = 4  # weights and thresholds are rounded to this many decimals in the file


def training_letters() -> list[corpus.Letter]:
    """The tune letters in id order. A held-out letter's text is never opened."""
    letters = []
    for path in sorted(corpus.LABELS.glob("*.yml")):
        label = corpus.parse_label(path.read_text(encoding="utf-8"))
        if label["split"] == SPLIT:
            text = (corpus.LETTERS / f"{path.stem}.txt").read_text(encoding="utf-8")
            letters.append(corpus.Letter(path.stem, text, label))
    return letters


@dataclass
class Counts:
    """Weighted counts of features in positive and negative sentences, and in how many
    sentences each feature is (unweighted: what ``MIN_COUNT`` is judged by). ``seen`` is the
    same for every item: a letter's items share one, counted once (``read``)."""

    seen: Counter = field(default_factory=Counter)
    pos: Counter = field(default_factory=Counter)
    neg: Counter = field(default_factory=Counter)
    pos_sentences: float = 0.0
    neg_sentences: float = 0.0
    _kept: tuple[set[str], float, float] | None = field(default=None, repr=False, compare=False)

    def add(self, found: frozenset[str], positive: bool, weight: float) -> None:
        """Weigh one sentence's features on its side (``seen`` is counted by the caller)."""
        self._kept = None
        side = self.pos if positive else self.neg
        get = side.get
        # set, not added: ``Counter.update`` would add the sums to the counts again; and one
        # comprehension, not a Counter's ``+=`` per feature (a Python call for each one new)
        dict.update(side, {f: get(f, 0) + weight for f in found})
        if positive:
            self.pos_sentences += weight
        else:
            self.neg_sentences += weight

    def kept(self) -> tuple[set[str], float, float]:
        """The features seen often enough to keep, and the summed counts of each class over them
        (worked out once per item, not once per letter left out). Kept on the counts themselves:
        a table keyed by ``id()`` could hand a later item the features of an earlier one whose
        counts had been freed and their address reused."""
        if self._kept is None:
            kept = {f for f, n in self.seen.items() if n >= MIN_COUNT}
            ordered = sorted(kept)
            self._kept = (
                kept,
                math.fsum(self.pos[f] for f in ordered),
                math.fsum(self.neg[f] for f in ordered),
            )
        return self._kept


@dataclass(frozen=True)
class LeftOut:
    """Which kept features leaving one letter out drops or keeps. It depends only on which
    features are in which sentences, the same for every item: worked out once per letter
    (``left_out``), not once per item."""

    kept_size: int  # how many features stay kept without the letter
    wanted: list[str]  # the letter's own features still kept, sorted: those it is scored by
    left_kept: list[str]  # the letter's features among the kept ones, sorted
    dropped: list[str]  # the kept features too rare without the letter, sorted


def left_out(total: Counts, less: Counter | None = None) -> LeftOut:
    """``LeftOut`` from ``total`` of the letter whose features ``less`` counts (its ``seen``;
    None: no letter is left out)."""
    kept = total.kept()[0]
    if not less:
        return LeftOut(len(kept), sorted(kept), [], [])
    seen = total.seen
    dropped = {f for f, n in less.items() if f in kept and seen[f] - n < MIN_COUNT}
    # Only the left-out letter's own features, picked from its few: ``kept - dropped`` copied
    # every kept feature once per letter left out, most of cross-validation's time.
    left_kept = [f for f in sorted(less) if f in kept]
    wanted = [f for f in left_kept if f not in dropped]
    return LeftOut(len(kept) - len(dropped), wanted, left_kept, sorted(dropped))


def fit(
    total: Counts, less: Counts | None = None, left: LeftOut | None = None
) -> tuple[float, dict[str, float]]:
    """Naive Bayes log-odds of ``total`` minus ``less`` (one letter left out): the bias and each
    kept feature's weight. Left out, only that letter's features are weighed (it is scored with
    nothing else), by the exact counts the other letters give. ``left``: ``left_out(total,
    less.seen)``, when the caller has it already (it is the same for every item)."""
    left = left_out(total, less and less.seen) if left is None else left
    less = less or Counts()
    _kept, kept_pos, kept_neg = total.kept()

    def tokens(whole: Counter, part: Counter, kept_sum: float) -> float:
        # ``get``, not a Counter's lookup: most features are missing from one side, and a
        # Counter's missing key costs a Python call (``__missing__``) where ``get`` gives the
        # same 0 at once.
        whole_get, part_get = whole.get, part.get
        return math.fsum(
            [kept_sum]
            + [-part_get(f, 0) for f in left.left_kept]
            + [-(whole_get(f, 0) - part_get(f, 0)) for f in left.dropped]
        )

    pos_tokens = tokens(total.pos, less.pos, kept_pos) + ALPHA * left.kept_size
    neg_tokens = tokens(total.neg, less.neg, kept_neg) + ALPHA * left.kept_size
    pos, less_pos, neg, less_neg = total.pos.get, less.pos.get, total.neg.get, less.neg.get
    weights = {
        f: math.log(
            (pos(f, 0) - less_pos(f, 0) + ALPHA)
            / pos_tokens
            * neg_tokens
            / (neg(f, 0) - less_neg(f, 0) + ALPHA)
        )
        for f in left.wanted
    }
    bias = math.log(
        (total.pos_sentences - less.pos_sentences) / (total.neg_sentences - less.neg_sentences)
    )
    return bias, weights


@dataclass
class Letter:
    """One tune letter as the trainer reads it."""

    id: str
    scan: LetterScan
    present: frozenset[str]
    seen: Counter  # in how many of its candidate sentences each feature is
    counts: dict[str, Counts]  # per item, each with ``seen`` as its own
    rules_found: dict[str, bool]  # per item: did the wordings or section cues find it?


def single_part_items() -> dict[str, Required]:
    catalogue = load_catalogue()
    rules = {item: catalogue.rules[item] for item in corpus.checklist_items()}
    return {i: r for i, r in rules.items() if isinstance(r, Required) and r.evidence is not None}


def read(letter: corpus.Letter, items: dict[str, Required], table: PatternTable) -> Letter:
    scan = LetterScan(letter.text, table)
    body = sentence_model.candidates(scan)
    found = {i: sentence_model.sentence_features(scan, i) for i in body}
    seen = Counter()  # the same for every item: shared by their counts
    for i in body:
        seen.update(found[i])
    counts, rules_found = {}, {}
    for item, rule in items.items():
        rules_found[item] = rule.rule_sentence(scan, rule.evidence) is not None
        carrying = set()
        labelled = letter.items[item]
        if labelled:
            start = letter.text.find(labelled)
            end = start + len(labelled)
            carrying = {
                i for i in body if scan.sentences[i].start < end and start < scan.sentences[i].end
            }
        first = min(carrying, default=None)
        counts[item] = Counts(seen)
        for i in body:
            later = first is not None and i > first and i not in carrying
            counts[item].add(found[i], i in carrying, LATER_WEIGHT if later else 1.0)
    return Letter(letter.id, scan, letter.present, seen, counts, rules_found)


def total_seen(letters: list[Letter]) -> Counter:
    """In how many of ``letters``' sentences each feature is: the same for every item."""
    seen = Counter()
    for letter in letters:
        seen.update(letter.seen)
    return seen


def total_counts(letters: list[Letter], item: str, seen: Counter | None = None) -> Counts:
    """The counts of ``item`` over ``letters``; ``seen``: ``total_seen(letters)``, when the
    caller has it already."""
    total = Counts(total_seen(letters) if seen is None else seen)
    for letter in letters:
        part = letter.counts[item]
        total.pos.update(part.pos)
        total.neg.update(part.neg)
        total.pos_sentences += part.pos_sentences
        total.neg_sentences += part.neg_sentences
    return total


def cross_validated(
    letters: list[Letter],
    item: str,
    rule: Required,
    total: Counts | None = None,
    left: dict[str, LeftOut] | None = None,
) -> dict[str, float | None]:
    """Each letter's best sentence score under a model trained without it (None: no candidate
    sentence); ``total``: ``total_counts`` of ``letters``, and ``left``: ``lefts_out`` of them,
    when the caller has them already."""
    total = total_counts(letters, item) if total is None else total
    left = lefts_out(letters, total) if left is None else left
    scores = {}
    for letter in letters:
        bias, weights = fit(total, letter.counts[item], left[letter.id])
        best = sentence_model.ItemModel(bias, weights, 0.0).best(letter.scan, rule.evidence.exclude)
        scores[letter.id] = best[1] if best is not None else None
    return scores


def lefts_out(letters: list[Letter], total: Counts) -> dict[str, LeftOut]:
    """``left_out`` of each of ``letters`` from ``total`` (any item's: they share ``seen``)."""
    return {x.id: left_out(total, x.seen) for x in letters}


def target_precision(item: str) -> float:
    """The precision the fallback's decisions on ``item`` must reach in cross-validation."""
    return STRICTER.get(item, TARGET_PRECISION)


def choose_threshold(letters: list[Letter], item: str, scores: dict) -> float | None:
    """The threshold that lets through the most of the fallback's decisions (letters the rules
    missed) at the item's target precision, with at least ``MIN_CAUGHT`` right; None if none
    does."""
    decisions = sorted(
        (
            (scores[x.id], x.id, item in x.present)
            for x in letters
            if not x.rules_found[item] and scores[x.id] is not None
        ),
        reverse=True,
    )
    chosen, right = None, 0
    for taken, (_score, _id, present) in enumerate(decisions, 1):
        right += present
        if right >= MIN_CAUGHT and right / taken >= target_precision(item):
            chosen = taken
    if chosen is None:
        return None
    last = decisions[chosen - 1][0]
    below = decisions[chosen][0] if chosen < len(decisions) else last
    return (last + below) / 2


def tally(letters: list[Letter], item: str, said: set[str]) -> tuple[int, int, int]:
    """True positives, false positives, false negatives of the letters ``said`` to have
    ``item`` against the labels."""
    tp = sum(1 for x in letters if x.id in said and item in x.present)
    fp = sum(1 for x in letters if x.id in said and item not in x.present)
    fn = sum(1 for x in letters if x.id not in said and item in x.present)
    return tp, fp, fn


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * p * r / (p + r) if p and r else 0.0 if p is not None and r is not None else None
    return " | ".join("  n/a" if v is None else f"{v:5.2f}" for v in (p, r, f))


def read_tune() -> list[Letter]:
    """The tune letters, each read for every single-part item: what training fits (the slow
    part, reviewing each letter; a caller training twice reads once)."""
    items = single_part_items()
    # the catalogue's own table: a copy of it built its prefilter again, a second or so
    table = load_catalogue().table
    return [read(letter, items, table) for letter in training_letters()]


def train(letters: list[Letter] | None = None) -> tuple[dict, list[str]]:
    """The model file's contents and the table of what cross-validation measured, from
    ``letters`` as ``read_tune`` gives them (read now when not given)."""
    items = single_part_items()
    letters = read_tune() if letters is None else letters
    models, without, lines = {}, {}, []
    seen, left = total_seen(letters), None  # the same for every item: worked out once
    lines.append(
        "| item | rules missed (with it) | fallback decisions (right) | rules P / R / F1 "
        "| rules + fallback P / R / F1 |"
    )
    lines.append("|---|---:|---:|---|---|")
    for item, rule in items.items():
        total = total_counts(letters, item, seen)  # for cross-validation and the model alike
        left = lefts_out(letters, total) if left is None else left
        scores = cross_validated(letters, item, rule, total, left)
        threshold = choose_threshold(letters, item, scores)
        missed = [x for x in letters if not x.rules_found[item]]
        with_it = sum(item in x.present for x in missed)

        fired = {
            x.id
            for x in letters
            if threshold is not None and scores[x.id] is not None and scores[x.id] >= threshold
        }
        found = {x.id for x in letters if x.rules_found[item]}
        decided = [x for x in missed if x.id in fired]
        rules = tally(letters, item, found)
        both = tally(letters, item, found | fired)
        right = sum(item in x.present for x in decided)
        lines.append(
            f"| {item} | {len(missed)} ({with_it}) | {len(decided)} ({right}) "
            f"| {_prf(*rules)} | {_prf(*both)} |"
        )
        if threshold is None:
            without[item] = (
                f"no threshold reaches precision {target_precision(item)} with {MIN_CAUGHT} right "
                f"among the {len(missed)} tune letters the rules miss ({with_it} with the item)"
            )
            continue
        bias, weights = fit(total)
        models[item] = {
            "bias": round(bias, DIGITS),
            "threshold": round(threshold, DIGITS),
            "weights": {f: round(w, DIGITS) for f, w in sorted(weights.items())},
            "cross_validated": {"decisions": len(decided), "right": right},
        }
    data = {
        "about": "Per checklist item, naive Bayes log-odds of a sentence's features "
        "(clearnotice/checks/sentence_model.py), written by bench/train_sentence_model.py.",
        "trained_on": {
            "corpus": "tests/corpus",
            "split": SPLIT,
            "letters": len(letters),
            "sentences": sum(len(sentence_model.candidates(x.scan)) for x in letters),
        },
        "method": {
            "min_count": MIN_COUNT,
            "alpha": ALPHA,
            "later_weight": LATER_WEIGHT,
            "target_precision": {"default": TARGET_PRECISION, **STRICTER},
            "min_caught": MIN_CAUGHT,
            "thresholds": "leave one letter out, over the letters the rules miss",
        },
        "items": models,
        "without_model": without,
    }
    return data, lines


def serialise(data: dict) -> str:
    """The model file's text: the same model always gives the same bytes."""
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def best_f1_threshold(letters: list[Letter], item: str, scores: dict) -> float | None:
    """The threshold at which deciding every letter by its best sentence alone has the best F1
    over ``letters`` (None: no letter has the item)."""
    ranked = sorted(
        ((s, item in x.present) for x in letters if (s := scores[x.id]) is not None),
        reverse=True,
    )
    having = sum(item in x.present for x in letters)
    best, chosen, right = 0.0, None, 0
    for taken, (score, present) in enumerate(ranked, 1):
        right += present
        f1 = 2 * right / (taken + having) if having else 0.0
        if f1 > best:
            best, chosen = f1, score
    return chosen


def _best_scores(letters: list[Letter], item: str, rule: Required, model) -> dict:
    """Each letter's best sentence score under one fitted model."""
    scores = {}
    for letter in letters:
        best = model.best(letter.scan, rule.evidence.exclude)
        scores[letter.id] = best[1] if best is not None else None
    return scores


def _reaching(scores: dict, threshold: float | None) -> set[str]:
    if threshold is None:
        return set()
    return {i for i, s in scores.items() if s is not None and s >= threshold}


def across_halves(train_half: str) -> list[str]:
    """The table of a model trained on one half of tune and measured on the other."""
    items = single_part_items()
    letters = read_tune()
    train = [x for x in letters if tune_half(x.id) == train_half]
    test = [x for x in letters if tune_half(x.id) != train_half]
    lines = [
        f"# Trained on tune half {train_half} ({len(train)} letters), "
        f"measured on the other ({len(test)})",
        "| item | rules P / R / F1 | rules + fallback P / R / F1 | model alone P / R / F1 |",
        "|---|---|---|---|",
    ]
    for item, rule in items.items():
        cross = cross_validated(train, item, rule)
        bias, weights = fit(total_counts(train, item))
        model = sentence_model.ItemModel(bias, weights, 0.0)
        scores = _best_scores(test, item, rule, model)
        found = {x.id for x in test if x.rules_found[item]}
        fired = _reaching(scores, choose_threshold(train, item, cross))
        alone = _reaching(scores, best_f1_threshold(train, item, cross))
        cells = [_prf(*tally(test, item, said)) for said in (found, found | fired, alone)]
        lines.append(f"| {item} | " + " | ".join(cells) + " |")
    return lines


def main() -> int:
    args = sys.argv[1:]
    if "--train-half" in args:
        at = args.index("--train-half") + 1
        half = args[at].upper() if at < len(args) else ""
        if half not in ("A", "B"):
            raise SystemExit("--train-half takes A or B")
        print("\n".join(across_halves(half)))
        return 0
    data, lines = train()
    print(f"# Sentence model, cross-validated on the {data['trained_on']['letters']} tune letters")
    print("\n".join(lines))
    if "--write" in sys.argv[1:]:
        sentence_model.MODEL_PATH.write_text(serialise(data), encoding="utf-8")
        print(f"\nwrote {sentence_model.MODEL_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
