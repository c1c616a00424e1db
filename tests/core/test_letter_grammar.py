"""One grammar check of a letter for every screen: the live editor and the grammar tab."""

from __future__ import annotations

import pytest

from clearnotice.grammar import GrammarService
from clearnotice.grammar.letter_check import check_letter
from clearnotice.vocabulary import VOCABULARY_ENV

# Every write of text checks its actor: the names these tests write as, as editors.
pytestmark = pytest.mark.writers("ed")


def _letter(store, text):
    letter = store.create_letter("March incident", text, actor="ed")
    return letter, store.latest_version(letter.id)


def test_the_typo_is_found_offline_without_consent(store):
    text = "We will recieve your letter.\n"
    letter, version = _letter(store, text)
    checked = check_letter(GrammarService(), store, letter, version, text, "ed")
    assert [f.match for f in checked.report.findings] == ["recieve"]
    assert checked.problems == ()


def test_an_unreadable_vocabulary_is_said_and_the_check_still_runs(store, tmp_path, monkeypatch):
    broken = tmp_path / "vocabulary.yml"
    broken.write_text("reject: [{word: x}]\n", encoding="utf-8")
    monkeypatch.setenv(VOCABULARY_ENV, str(broken))
    text = "We will recieve your letter.\n"
    letter, version = _letter(store, text)
    checked = check_letter(GrammarService(), store, letter, version, text, "ed")
    assert [f.match for f in checked.report.findings] == ["recieve"]
    assert len(checked.problems) == 1 and "vocabulary could not be read" in checked.problems[0]
