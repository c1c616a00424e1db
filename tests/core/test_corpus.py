"""The corpus of real breach notices is well-formed: every letter has a label, every label names
known checklist items, quotes sentences that are in the letter and spans whose offsets hold the
quoted text. Accuracy is the benchmark's to measure (bench/bench_accuracy.py), never asserted."""

from __future__ import annotations

from functools import cache

import pytest

from tests.corpus import corpus


@cache
def _letters() -> dict[str, corpus.Letter]:
    """Every letter by id, read when a test first asks, not at import: every worker imports
    this file to collect it, and only one runs it."""
    return {letter.id: letter for letter in corpus.load()}


def test_every_letter_has_a_label_and_every_label_a_letter():
    assert corpus.unpaired() == []


def test_the_corpus_is_not_empty():
    assert len(_letters()) >= 40


# One test for every label, each problem naming its letter: a test per letter (2,413) cost
# pytest's own few milliseconds each, six times the checks.
def test_every_label_is_well_formed():
    assert [p for letter in _letters().values() for p in corpus.problems(letter)] == []


def test_a_quoted_paragraph_is_told_apart_from_a_whole_letter_by_its_source():
    """The bench reports quoted paragraphs apart: each one's note says the list quotes it."""
    letters = _letters().values()
    quoted = {x.id for x in letters if x.quoted_paragraph}
    said = {
        x.id for x in letters if (x.label.get("note") or "").startswith("The repository quotes")
    }
    assert quoted == said
    assert 0 < len(quoted) < len(letters)


def test_every_kind_with_three_letters_is_in_both_splits():
    by_kind: dict[str, set[str]] = {}
    letters = _letters().values()
    for letter in letters:
        by_kind.setdefault(letter.kind, set()).add(letter.split)
    counts = {k: sum(1 for x in letters if x.kind == k) for k in by_kind}
    unsplit = [k for k, splits in by_kind.items() if counts[k] >= 3 and len(splits) < 2]
    assert unsplit == []


def _label(**changes) -> dict:
    label = {
        "source_url": "https://example.org/notice",
        "retrieved": "2026-01-01",
        "kind": "web",
        "country": "US",
        "year": 2024,
        "sector": "retail",
        "split": "tune",
        "headings": ["What Happened"],
        "bullets": False,
        "items": dict.fromkeys(corpus.checklist_items()),
        "spans": [],
    }
    label.update(changes)
    return label


TEXT = "What Happened\nA threat actor copied our files.\n"


@pytest.mark.parametrize(
    ("changes", "complaint"),
    [
        ({"spans": [{"kind": "jargon", "start": 0, "end": 12, "text": "threat actor"}]}, "reads"),
        ({"spans": [{"kind": "slang", "start": 16, "end": 28, "text": "threat actor"}]}, "kind"),
        ({"items": {"content.what-happened": "A criminal copied our files."}}, "not labelled"),
        ({"split": "train"}, "split"),
        ({"source_url": "example.org"}, "web address"),
        ({"headings": ["What We Are Doing"]}, "not a line"),
        ({"colour": "red"}, "unknown key"),
    ],
    ids=["span-offsets", "span-kind", "items", "split", "url", "heading", "key"],
)
def test_a_bad_label_is_reported_by_name(changes, complaint):
    letter = corpus.Letter("sample", TEXT, _label(**changes))
    found = corpus.problems(letter)
    assert any(complaint in p and p.startswith("sample:") for p in found), found


def test_a_good_label_has_no_problems():
    span = {"kind": "jargon", "start": 16, "end": 28, "text": "threat actor"}
    assert corpus.problems(corpus.Letter("sample", TEXT, _label(spans=[span]))) == []
