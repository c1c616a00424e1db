"""The labelling tools: a short reading becomes whole sentences and spans as GUIDE.md says, and
two readings that are the same agree fully."""

import subprocess

import pytest

from tests.corpus.agreement import agreement
from tests.corpus.corpus import LABELS
from tests.corpus.reading import _sentence, _spans

LETTER = """Notice of Data Security Incident
Dear Customer,
On Nov. 27 an unauthorized third party got into Roper St. Francis systems
and copied files. We take your privacy very seriously.
What Happened
An unauthorized third party used a stolen password. The data security incident is over.
"""
HEADINGS = {"Notice of Data Security Incident", "What Happened"}


def test_an_item_becomes_the_sentence_around_its_quote_across_line_breaks() -> None:
    assert _sentence(LETTER, "got into Roper", "x", HEADINGS) == (
        "On Nov. 27 an unauthorized third party got into Roper St. Francis systems\n"
        "and copied files."
    )


def test_a_sentence_starts_after_a_heading_line() -> None:
    assert _sentence(LETTER, "used a stolen password", "x", HEADINGS) == (
        "An unauthorized third party used a stolen password."
    )


def test_a_quote_that_is_not_in_the_letter_is_refused() -> None:
    with pytest.raises(SystemExit, match="not in the letter"):
        _sentence(LETTER, "a phishing e-mail", "x", HEADINGS)


def test_every_occurrence_outside_headings_is_a_span_and_the_longer_phrase_wins() -> None:
    reading = {
        "id": "x",
        "jargon": ["unauthorized third party", "third party"],
        "minimising": ["data security incident"],
        "cliche": ["We take your privacy very seriously"],
    }
    spans = [(s["kind"], s["text"]) for s in _spans(LETTER, reading, HEADINGS)]
    assert spans == [
        ("jargon", "unauthorized third party"),
        ("cliche", "We take your privacy very seriously"),
        ("jargon", "unauthorized third party"),
        ("minimising", "data security incident"),
    ]


def test_labels_compared_with_themselves_agree_fully() -> None:
    edited = subprocess.run(["git", "diff", "--quiet", "HEAD", "--", "."], cwd=LABELS, check=False)
    if edited.returncode:
        pytest.skip("the labels differ from HEAD while a reader relabels")
    assert {value for _, value in agreement("HEAD")} == {"1.00"}
