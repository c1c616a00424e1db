"""How a rule's pattern text is loosened before it is compiled (clearnotice/checks/patterns.py,
``loosen``): a space matches any white space, a straight apostrophe a curly one too, and what is
escaped or in a character class is left as written."""

from __future__ import annotations

import re

import pytest

from clearnotice.checks.patterns import loosen


@pytest.mark.parametrize(
    ("written", "loosened"),
    [
        ("data breach", r"data\s+breach"),
        ("cyber ?attack", r"cyber\s?attack"),  # a quantified space: one optional character
        ("a *b +c {1,2}d", r"a\s*b\s+c\s{1,2}d"),
        ("we're", "we['’]re"),
        (r"we\'re", r"we\'re"),  # escaped: as written
        (r"a\ b", r"a\ b"),
        ("[a' ]b", "[a'’ ]b"),  # in a class: the curly one added, the space kept
        (r"[\' ]", r"[\' ]"),
        ("[]' ] x", r"[]'’ ]\s+x"),  # a leading ] is in the class
        ("[^]'] x", r"[^]'’]\s+x"),
        (r"[\]'] x", r"[\]'’]\s+x"),  # an escaped ] does not end the class
        ("[a' b", "[a'’ b"),  # a class never closed runs to the end
        ("a b\\", r"a\s+b" + "\\"),  # a lone backslash at the end is kept
        ("[a\\", "[a\\"),
        ("\\\n' x", "\\\n['’]\\s+x"),  # an escaped line break is one escape
        ("", ""),
    ],
)
def test_a_pattern_is_loosened_outside_escapes_and_classes(written: str, loosened: str) -> None:
    assert loosen(written) == loosened


def test_a_loosened_pattern_matches_how_a_letter_is_typed() -> None:
    pattern = re.compile(loosen("we're not sure [a-z' ]+ happened"), re.IGNORECASE)
    assert pattern.search("We’re\nnot  sure what’s happened")
    assert pattern.search("we're not sure who' happened")
