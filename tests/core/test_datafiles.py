"""Every kind of data file reports a problem in one format: ``<file>: key '<where>': <what>``."""

from __future__ import annotations

import re

import pytest

from clearnotice.checks.loader import RuleError
from clearnotice.datafiles import DataFileError, load
from clearnotice.tone import load_signals
from clearnotice.translate.glossary import load_file as load_glossary
from clearnotice.vocabulary import read as read_vocabulary

CASES = [
    (
        "tone_signals.yml",
        load_signals,
        "base: {plainness: 1, warmth: 1, directness: 1, calm: 1}\n"
        "signals: [{dimension: kindness, label: x, pattern: x, points: 1}]\n",
        "signals[0].dimension",
    ),
    (
        "tone_signals.yml",
        load_signals,
        "base: {plainness: 1, warmth: 1, directness: 1, calm: 1}\n"
        "signals: [{dimension: calm, label: x, pattern: x, points: many}]\n",
        "signals[0].points",
    ),
    ("tone_signals.yml", load_signals, "base: {plainness: 1}\n", "base"),
    ("vocabulary.yml", read_vocabulary, "accept: [Acme, {term: ''}]\n", "accept[1].term"),
    ("vocabulary.yml", read_vocabulary, "reject: Acme\n", "reject"),
    ("vocabulary.yml", read_vocabulary, "rejected: [x]\n", "rejected"),
    (
        "es.yml",
        load_glossary,
        "language: es\nterms: [{term: x, approved: [y]}]\n",
        "terms[0].source",
    ),
    ("es.yml", load_glossary, "language: ca\n", "language"),
]


@pytest.mark.parametrize(
    ("name", "reader", "content", "key"), CASES, ids=[f"{c[0]}:{c[3]}" for c in CASES]
)
def test_a_bad_data_file_names_the_file_and_the_key(tmp_path, name, reader, content, key):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError, match=rf"^{re.escape(str(path))}: key '{re.escape(key)}': "):
        reader(path)


def test_yaml_booleans_are_not_taken_for_words(tmp_path):
    # YAML 1.1 reads a bare no / yes / off as a boolean: a word list must quote them
    path = tmp_path / "stopwords.yml"
    path.write_text("gl: [non, no, nos]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"key 'gl\[1\]': expected text"):
        load(path, dict[str, tuple[str, ...]])


def test_a_rule_file_error_is_a_data_file_error():
    assert issubclass(RuleError, DataFileError)


def test_bad_yaml_and_a_missing_file_are_named(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("a: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"broken.yml: not valid YAML"):
        load(broken, dict[str, str])
    with pytest.raises(DataFileError, match=r"missing.yml: cannot read the file"):
        load(tmp_path / "missing.yml", dict[str, str])
