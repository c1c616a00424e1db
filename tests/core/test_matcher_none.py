"""A group's ``none`` patterns read the whole sentence, not the clause that holds the match:
scoping them to the clause changed no tune letter's result, and to a window of words around the
match it lowered tune macro-F1 (RULES.md, "How a content matcher reads a letter")."""

from __future__ import annotations

import pytest

from clearnotice.checks.loader import load_catalogue
from clearnotice.checks.scan import LetterScan

RULE = """kind: required
level: error
item: Example
message: Say it.
source: test
suggestion: Say it.
evidence:
  - all: ['(?:added|introduced) (?:[\\w-]+ )?(?:two|multi)-factor']
    none: ['not seen']
examples:
  flag: [Nothing here.]
  pass: [We have added two-factor log-in.]
"""


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("We have added two-factor log-in to all accounts.", True),
        ("We have not seen any misuse, but we have added two-factor log-in.", False),
        ("We have not seen any misuse; we have added multi-factor log-in.", False),
        ("We have added two-factor log-in. We have not seen any misuse.", True),
    ],
)
def test_none_rules_out_the_whole_sentence(tmp_path, sentence: str, found: bool) -> None:
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "example.yml").write_text(RULE, encoding="utf-8")
    catalogue = load_catalogue(tmp_path)
    matcher = catalogue.rules["content.example"].evidence
    assert bool(matcher.sentences(LetterScan(sentence, catalogue.table))) is found
