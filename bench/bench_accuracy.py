"""How well the guidance engine reads real letters: the corpus of public breach notices in
tests/corpus/, reviewed with no jurisdiction, against a reader's hand labels.

Prints, for the tune split and the held-out split separately:
- per checklist item, precision, recall and F1 of "the engine finds the item" (status found or
  partial) against "a reader found a sentence that carries it", and their macro-F1;
- per span kind (jargon, cliche, minimising), recall (a labelled span counts as found when a
  finding of that kind overlaps it) and precision (a finding counts as right when it overlaps a
  labelled span of its kind);
- heading precision, recall and F1 (the lines the engine reads as headings against the labelled
  ones) and how often it agrees on whether the letter has bullets.
- the same split by form: each item's F1 and each span kind's recall and precision over its
  whole letters and over its quoted paragraphs (``corpus.Letter.quoted_paragraph``), since a
  one-paragraph quote holds few of the items and the share of each moves the totals.

Rules are tuned on the tune split only; the held-out split says whether a change generalises.
A measurement, never a pass/fail test.

    .venv/bin/python bench/bench_accuracy.py
    .venv/bin/python bench/bench_accuracy.py --tune-errors

    .venv/bin/python bench/bench_accuracy.py --tune-half A

``--tune-errors`` prints, letter by letter, what the engine missed and what it flagged that the
reader did not, for the tune letters of half A only: the errors rules are written from. It has no
way to print a held-out letter's errors, nor a half-B letter's, so reading them cannot happen by
accident.

``--tune-half A`` (or ``B``) prints the tables for one half of the tune letters only. Every tune
letter was once read to write rules, so tune scores stopped saying whether a rule generalises
(tune 0.96 macro-F1, held-out 0.88, round s35). The halves split tune by a stable hash of the
letter id (``tune_half``): rules are written from half A's errors alone, and a change is kept
only if half B's F1 for its item rises or holds, B being read by its numbers only.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clearnotice import text as letter_text  # noqa: E402
from clearnotice.checks.outcome import FOUND, PARTIAL  # noqa: E402
from clearnotice.guidance import GuidanceReport, review  # noqa: E402
from tests.corpus import corpus  # noqa: E402

# Which engine rules speak for each labelled span kind.
SPAN_RULES = {
    "jargon": ("plain.jargon",),
    "cliche": ("tone.cliches", "tone.seriously"),
    "minimising": ("tone.minimising",),
}


HALVES = ("A", "B")
# The half whose errors rules are written from; the other is measured by its numbers only.
WRITING_HALF = "A"


def tune_half(letter_id: str) -> str:
    """The half of the tune split a letter is in, by the first bit of its id's SHA-256: stable
    across runs, machines and letters added later (a new letter never moves an old one)."""
    return HALVES[hashlib.sha256(letter_id.encode("utf-8")).digest()[0] & 1]


@dataclass
class Tally:
    """True positives, false positives and false negatives of one measured thing."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def add(self, predicted: bool, actual: bool) -> None:
        self.tp += predicted and actual
        self.fp += predicted and not actual
        self.fn += actual and not predicted

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


def _cell(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.2f}"


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _detected(report: GuidanceReport) -> set[str]:
    return {i.rule_id for i in report.checklist if i.status in (FOUND, PARTIAL)}


def _spans_found(report: GuidanceReport, kind: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in report.findings if f.rule_id in SPAN_RULES[kind]]


def _headings(text: str) -> set[str]:
    return {b.text.strip() for b in letter_text.blocks(text) if b.is_heading}


def _has_bullets(text: str) -> bool:
    return any(b.kind == letter_text.BULLET for b in letter_text.blocks(text))


def measure(letters: Iterable[corpus.Letter]) -> dict:
    """Every tally for one split."""
    items = {item: Tally() for item in corpus.checklist_items()}
    recall = {kind: Tally() for kind in corpus.SPAN_KINDS}
    precision = {kind: Tally() for kind in corpus.SPAN_KINDS}
    headings, bullets_agree, count = Tally(), 0, 0
    for letter in letters:
        count += 1
        report = review(letter.text)
        detected = _detected(report)
        for item, tally in items.items():
            tally.add(item in detected, item in letter.present)
        for kind in corpus.SPAN_KINDS:
            found = _spans_found(report, kind)
            labelled = [(s.start, s.end) for s in letter.spans if s.kind == kind]
            for span in labelled:
                recall[kind].add(any(_overlaps(span, f) for f in found), True)
            for f in found:
                precision[kind].add(True, any(_overlaps(f, span) for span in labelled))
        read = _headings(letter.text)
        for line in read | set(letter.headings):
            headings.add(line in read, line in letter.headings)
        bullets_agree += _has_bullets(letter.text) == letter.label["bullets"]
    return {
        "letters": count,
        "items": items,
        "recall": recall,
        "precision": precision,
        "headings": headings,
        "bullets": bullets_agree,
    }


def combined(a: dict, b: dict) -> dict:
    """The tallies of two disjoint sets of letters as one set's."""
    return {
        key: {k: a[key][k] + b[key][k] for k in a[key]}
        if isinstance(a[key], dict)
        else a[key] + b[key]
        for key in a
    }


def letter_errors(letter: corpus.Letter) -> list[str]:
    """What the engine got wrong on one letter, one line each: items missed and falsely found,
    labelled spans it missed and findings no label covers, headings missed and misread."""
    report = review(letter.text)
    detected = _detected(report)
    lines = [f"missed item {i}: {letter.items[i]!r}" for i in sorted(letter.present - detected)]
    lines += [f"false item {i}" for i in sorted(detected - letter.present)]
    for kind in corpus.SPAN_KINDS:
        found = _spans_found(report, kind)
        labelled = [s for s in letter.spans if s.kind == kind]
        lines += [
            f"missed {kind}: {s.text!r}"
            for s in labelled
            if not any(_overlaps((s.start, s.end), f) for f in found)
        ]
        lines += [
            f"false {kind}: {letter.text[f[0] : f[1]]!r}"
            for f in found
            if not any(_overlaps(f, (s.start, s.end)) for s in labelled)
        ]
    read = _headings(letter.text)
    lines += [f"missed heading: {h!r}" for h in sorted(set(letter.headings) - read)]
    lines += [f"false heading: {h!r}" for h in sorted(read - set(letter.headings))]
    return lines


def print_tune_errors(letters: Iterable[corpus.Letter]) -> None:
    """The errors of every tune letter of the writing half; held-out letters and the other
    half's are skipped by construction."""
    for letter in letters:
        if letter.split != "tune" or tune_half(letter.id) != WRITING_HALF:
            continue
        errors = letter_errors(letter)
        if errors:
            print(f"\n### {letter.id}")
            print("\n".join(f"- {e}" for e in errors))


def _macro(m: dict) -> float | None:
    """Mean F1 of the items some letter has: an item no letter has cannot be scored."""
    scores = [t.f1 or 0.0 for t in m["items"].values() if t.tp + t.fn]
    return sum(scores) / len(scores) if scores else None


def _print(split: str, m: dict) -> None:
    """One split's tables, with the counts behind each rate: a change written from half A that
    moves one or two of half B's letters shows in B's counts long before in its two decimals
    (round s35: three such changes moved none)."""
    print(f"\n## {split}: {m['letters']} letters\n")
    print("| item | letters with it | precision | recall | F1 | right / false / missed |")
    print("|---|---:|---:|---:|---:|---:|")
    for item, t in m["items"].items():
        cells = (
            f"{_cell(t.precision)} | {_cell(t.recall)} | {_cell(t.f1)} | {t.tp} / {t.fp} / {t.fn}"
        )
        print(f"| {item} | {t.tp + t.fn} | {cells} |")
    print(f"| **macro-F1** (items some letter has) | | | | {_cell(_macro(m))} | |")
    print("\n| spans | labelled (found) | recall | engine findings (right) | precision |")
    print("|---|---:|---:|---:|---:|")
    for kind in corpus.SPAN_KINDS:
        r, p = m["recall"][kind], m["precision"][kind]
        cells = (
            f"{r.tp + r.fn} ({r.tp}) | {_cell(r.recall)} | {p.tp + p.fp} ({p.tp}) "
            f"| {_cell(p.precision)}"
        )
        print(f"| {kind} | {cells} |")
    h = m["headings"]
    print(
        f"\nheadings: precision {_cell(h.precision)}, recall {_cell(h.recall)}, F1 {_cell(h.f1)}"
        f" ({h.tp + h.fn} labelled); bullets agree on {m['bullets']} of {m['letters']} letters"
    )


def _print_by_form(split: str, whole: dict, quoted: dict) -> None:
    """Each item's F1 over whole letters and over quoted paragraphs of one split."""
    counts = f"{whole['letters']} whole letters, {quoted['letters']} quoted paragraphs"
    print(f"\n{split} by form: {counts}")
    print("\n| item | whole: with it | whole: F1 | quoted: with it | quoted: F1 |")
    print("|---|---:|---:|---:|---:|")
    for item, t in whole["items"].items():
        q = quoted["items"][item]
        print(f"| {item} | {t.tp + t.fn} | {_cell(t.f1)} | {q.tp + q.fn} | {_cell(q.f1)} |")
    print(f"| **macro-F1** | | {_cell(_macro(whole))} | | {_cell(_macro(quoted))} |")
    for kind in corpus.SPAN_KINDS:
        cells = [
            f"{_cell(m['recall'][kind].recall)} / {_cell(m['precision'][kind].precision)}"
            for m in (whole, quoted)
        ]
        print(f"| {kind} recall / precision | | {cells[0]} | | {cells[1]} |")


def _asked_half(args: list[str]) -> str | None:
    """The half ``--tune-half`` names, or None without the option; anything else is refused."""
    if "--tune-half" not in args:
        return None
    at = args.index("--tune-half") + 1
    half = args[at].upper() if at < len(args) else ""
    if half not in HALVES:
        raise SystemExit(f"--tune-half takes one of {', '.join(HALVES)}")
    return half


def _groups(letters: list[corpus.Letter], half: str | None) -> list[tuple[str, list]]:
    """The named sets of letters to print tables for: both splits, or one half of tune."""
    if half is not None:
        return [
            (
                f"tune half {half}",
                [x for x in letters if x.split == "tune" and tune_half(x.id) == half],
            )
        ]
    return [(split, [x for x in letters if x.split == split]) for split in corpus.SPLITS]


def main() -> int:
    args = sys.argv[1:]
    half = _asked_half(args)
    letters = corpus.load()
    if "--tune-errors" in args:
        print_tune_errors(letters)
        return 0
    print("# Guidance accuracy on real breach notices (tests/corpus)")
    print("An item counts as detected when its checklist status is found or partial.")
    for name, of_group in _groups(letters, half):
        whole = measure(x for x in of_group if not x.quoted_paragraph)
        quoted = measure(x for x in of_group if x.quoted_paragraph)
        _print(name, combined(whole, quoted))
        _print_by_form(name, whole, quoted)
    return 0


if __name__ == "__main__":
    sys.exit(main())
