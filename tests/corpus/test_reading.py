"""The labelling tools: a short reading becomes whole sentences and spans as GUIDE.md says, and
two readings that are the same agree fully."""

import subprocess
from pathlib import Path

import pytest
import yaml

from tests.corpus.agreement import agreement
from tests.corpus.corpus import LABELS
from tests.corpus.reading import _sentence, _spans, apply_all

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


def _one_letter(folder: Path) -> tuple[Path, Path]:
    """A letters folder and a labels folder holding one letter and its blank label."""
    letters, labels = folder / "letters", folder / "labels"
    letters.mkdir()
    labels.mkdir()
    (letters / "x.txt").write_text(LETTER, encoding="utf-8")
    blank = {"id": "x", "items": {"content.what-happened": None, "content.how-it-happened": None}}
    (labels / "x.yml").write_text(yaml.safe_dump(blank), encoding="utf-8")
    return letters, labels


@pytest.mark.parametrize(
    "second",
    [
        "id: x\nitems: {how-it-happened: a phishing e-mail}",  # a quote not in the letter
        "id: x\nitems: {who-did-it: an unauthorized third party}",  # an unknown item
        "id: x\nheadings: [What Happened?: x",  # not YAML
        "id: x\nnote: read again\nitems: {what-happened: got into Roper}",  # the letter twice
    ],
    ids=["quote-not-in-letter", "unknown-item", "bad-yaml", "letter-read-twice"],
)
def test_a_mistake_anywhere_in_a_reading_file_writes_no_label(tmp_path, second) -> None:
    letters, labels = _one_letter(tmp_path)
    before = (labels / "x.yml").read_text(encoding="utf-8")
    readings = f"id: x\nitems: {{what-happened: got into Roper}}\n---\n{second}\n"
    with pytest.raises((SystemExit, yaml.YAMLError)):
        apply_all(readings, letters, labels)
    assert (labels / "x.yml").read_text(encoding="utf-8") == before


def test_a_reading_file_without_mistakes_writes_its_labels(tmp_path) -> None:
    letters, labels = _one_letter(tmp_path)
    written = apply_all("id: x\nitems: {what-happened: got into Roper}\n", letters, labels)
    label = yaml.safe_load((labels / "x.yml").read_text(encoding="utf-8"))
    assert written == ["x"]
    assert label["items"]["content.what-happened"].startswith("On Nov. 27")
