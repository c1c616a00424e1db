"""Rule patterns are bounded at words (``regex.words.bounded``): a pattern whose branch must start
or end in white space would then never match next to a word, though a plain search for it finds
the words ("we (?:will|have) " in "We will notify you"). The loader refuses such a pattern,
naming the file and the key, rather than keep a wording that silently counts nothing."""

from __future__ import annotations

import re

import pytest

from clearnotice.checks.loader import RuleError, load_catalogue
from clearnotice.checks.patterns import PatternError, check_bounded, compile_pattern
from clearnotice.checks.scan import LetterScan
from clearnotice.regex.words import bounded


@pytest.mark.parametrize(
    ("source", "refused"),
    [
        ("we (?:will|have) ", "end"),
        ("tak(?:e|en) seriously ", "end"),
        ("as a precaution|out of caution ", "end"),
        ("limited number(?: of)? (?=people)", "end"),  # a look-ahead after the space
        ("(?:minor|small )", "end"),
        (" we will", "start"),
        ("(?:also| and) notify", "start"),
        ("take seriously", ""),
        ("a limited number \\d+", ""),
        ("caution(?: )?", ""),  # may end without the space
        ("we will(?= \\w)", ""),  # the word after it asked for by a look-ahead
        ("we (?:will|have) (?:notify|notified)", ""),  # a space inside, not at the edge
    ],
)
def test_a_branch_that_must_start_or_end_in_white_space_is_refused(source, refused) -> None:
    pattern = compile_pattern(source, {})
    if not refused:
        check_bounded(pattern)
        return
    with pytest.raises(PatternError, match=f"must {refused} in white space"):
        check_bounded(pattern)


def test_the_bound_is_why_such_a_pattern_never_counts() -> None:
    """What the refusal guards against: the words are there, the bounded pattern finds none."""
    source = "we (?:will|have) "
    assert compile_pattern(source, {}).search("We will notify you.")
    assert not compile_pattern(bounded(source), {}).search("We will notify you.")
    assert compile_pattern(bounded("we (?:will|have)(?= \\w)"), {}).search("We will notify you.")


RULE = """kind: {kind}
level: error
message: Say it.
source: test
examples:
  flag: [Nothing here.]
  pass: [We will notify you.]
"""


def _load(tmp_path, kind: str, body: str):
    folder = tmp_path / "content"
    folder.mkdir()
    text = RULE.format(kind=kind) + body
    (folder / "example.yml").write_text(text, encoding="utf-8")
    return load_catalogue(tmp_path)


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("evidence: ['we (?:will|have) ']", "evidence.any[0]"),
        ("evidence: [{all: ['notify'], near: ['we (?:will|have) ']}]", "evidence.any[0].near[0]"),
        ("evidence: [{all: ['notify'], none: [' not']}]", "evidence.any[0].none[0]"),
        ("evidence: {any: ['notify'], not: ['(?:do|did) not ']}", "evidence.not[0]"),
    ],
)
def test_the_loader_names_the_file_and_key_of_a_required_rule(tmp_path, body, key) -> None:
    required = "item: Example\nsuggestion: Say it.\n" + body + "\n"
    with pytest.raises(RuleError, match=re.escape(key)) as error:
        _load(tmp_path, "required", required)
    assert "example.yml" in str(error.value)
    assert "white space" in str(error.value)


def test_an_existence_rule_token_is_refused_only_when_it_is_bounded(tmp_path) -> None:
    with pytest.raises(RuleError, match=re.escape("tokens[1]")):
        _load(tmp_path, "existence", "tokens: ['notify', 'we will ']\n")
    free = tmp_path / "free"
    free.mkdir()
    rules = _load(free, "existence", "tokens: ['notify', 'we will ']\nboundaries: false\n")
    assert "content.example" in rules.rules


def test_a_substitution_rule_key_is_refused(tmp_path) -> None:
    """A swap's keys are bounded too, as one alternation (``existence.combine``)."""
    with pytest.raises(RuleError, match="must end in white space"):
        _load(tmp_path, "substitution", "swap: {'exfiltrated ': taken}\n")


def test_a_pattern_ending_on_the_word_counts(tmp_path) -> None:
    required = "item: Example\nsuggestion: Say it.\nevidence: ['we (?:will|have)(?= \\w)']\n"
    catalogue = _load(tmp_path, "required", required)
    matcher = catalogue.rules["content.example"].evidence
    scan = LetterScan("We will notify you by post.", catalogue.table)
    assert matcher.sentences(scan) == [0]
