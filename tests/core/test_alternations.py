"""Alternations gathered by first character match exactly as the patterns as written: every rule
pattern, and narrowings of the long ones, on the rule examples, the sample letters and part of
the corpus, each also typed in other cases."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from re import _constants as sre
from re import _parser

from clearnotice.checks.loader import load_catalogue
from clearnotice.guidance import _setup
from clearnotice.regex import alternations
from clearnotice.regex.prefilter import alternatives
from clearnotice.regex.words import BOUNDED
from clearnotice.vocabulary import load
from tests.core.typed_variants import each_in_turn

TESTS = Path(__file__).resolve().parents[1]


def _patterns() -> tuple[re.Pattern[str], ...]:
    """Every rule pattern, as the review's table holds them."""
    return _setup(load()).table.patterns


def _texts() -> list[str]:
    """Each rule example and sample letter in two variants (``typed_variants.each_in_turn``)
    and every hundredth corpus letter, each text once: a text met again (an example two rules
    share, a capitalised one shouted) is matched as it was the first time. Every variant of
    every example and every 25th letter made 212,000 characters and the test three minutes
    long. Read by the test, not at import: every worker imports this file to collect it, and
    only one runs it."""
    examples = [
        text
        for rule in load_catalogue().rules.values()
        for text in (*rule.info.flag_examples, *rule.info.pass_examples)
    ]
    letters = [p.read_text(encoding="utf-8") for p in sorted((TESTS / "fixtures").glob("*.md"))]
    corpus = [
        p.read_text(encoding="utf-8")
        for p in sorted((TESTS / "corpus" / "letters").glob("*.txt"))[::100]
    ]
    return list(dict.fromkeys([*each_in_turn([*examples, *letters]), *corpus]))


def _matches(pattern: re.Pattern[str], texts: list[str]) -> list:
    return [(m.span(), m.groups(), m.lastindex) for t in texts for m in pattern.finditer(t)]


def _narrowings(pattern: re.Pattern[str]) -> list[str]:
    """Sources of two narrowings of a bounded alternation, as the prefilter writes them."""
    found = alternatives(pattern) or []
    head, tail = BOUNDED
    return [head + "|".join(found[start::2]) + tail for start in (0, 1) if len(found) > 3]


def _sources() -> list[tuple[str, int]]:
    """Every rule pattern's source and its narrowings', with the pattern's flags, each once:
    rules sharing a wording, or a narrowing, compile it to the same pattern."""
    return list(
        dict.fromkeys((s, p.flags) for p in _patterns() for s in [p.pattern, *_narrowings(p)])
    )


def test_every_rule_pattern_and_narrowing_matches_as_written() -> None:
    differences, gathered = [], 0
    texts = "\n\n".join(_texts())  # one text: far fewer calls, the same places matched
    for source, flags in _sources():
        written = re.compile(source, flags)
        ours = alternations.compile(source, flags)
        assert ours.pattern == source and ours.flags == written.flags
        if ours == written:  # the same compiled code: it matches as written
            continue
        gathered += 1
        if _matches(ours, [texts]) != _matches(written, [texts]):
            differences.append(source[:80])
    assert not differences, f"{len(differences)} differ, e.g. {differences[:3]}"
    assert gathered > len(_patterns()) // 2  # it does gather: most rule patterns hold wordings


def test_an_alternative_never_moves_ahead_of_one_that_may_start_as_it_does() -> None:
    # "ab" would match "abc" before "\w+" if it joined "ax": \w+ may start with "a"
    pattern = alternations.compile(r"(?:ax|\w+|ab|q|r)", re.IGNORECASE)
    assert pattern.match("abc").group() == "abc"
    # "ab" joins "ax" over "q": no "q" starts with "a", so the order changes no result
    gathered = alternations.compile(r"(?:ax|q|ab|r|s)", re.IGNORECASE)
    assert gathered != re.compile(r"(?:ax|q|ab|r|s)", re.IGNORECASE)
    assert [m.group() for m in gathered.finditer("AB q ax")] == ["AB", "q", "ax"]


def test_groups_and_their_names_are_kept() -> None:
    source = r"(?P<what>cat|car|cab|dog|doe)s?(?:\s+(?P<more>and|or|nor|as))?"
    ours, written = alternations.compile(source, re.I), re.compile(source, re.I)
    for text in ("cats and dogs", "Doe or cab", "cars", "dog nor"):
        a, b = ours.match(text), written.match(text)
        assert (
            a.groupdict() == b.groupdict() and a.span() == b.span() and a.lastindex == b.lastindex
        )
    assert ours.groupindex == written.groupindex


def test_a_letter_s_class_holds_every_character_re_matches_it_with() -> None:
    # a gathered group opens with a case-sensitive class of its letter's two cases but for these
    letters = "abcdefghijklmnopqrstuvwxyz"
    which = re.compile("|".join(f"({letter})" for letter in letters), re.IGNORECASE)
    matched: dict[str, set[str]] = {letter: set() for letter in letters}
    for code in range(sys.maxunicode + 1):
        found = which.fullmatch(chr(code))
        if found is not None:
            matched[letters[found.lastindex - 1]].add(chr(code))
    for letter in letters:
        cases = letter + letter.upper() + alternations._OTHER_CASES.get(letter, "")
        assert matched[letter] == set(cases), letter


def test_a_gathered_pattern_names_the_characters_its_matches_may_start_with() -> None:
    """``re`` then tries it only where one of them is (a rule pattern starts with a look-behind,
    which ``re`` does not read past), and each character ``re`` matches a first letter with,
    ignoring case, is one of them."""
    source = r"(?<![\w-])(?:sa|se|so|ka|ki|ko|i1|i2|-x)(?![\w-])"
    tree = _parser.parse(source, re.IGNORECASE)
    assert alternations._gather_in(tree.data, re.IGNORECASE)
    assert alternations._code(tree, re.IGNORECASE)[2] == sre.SRE_INFO_CHARSET
    firsts = "sSſkK\u212aiIİı-"
    text = " ".join(first + rest for first in firsts for rest in "aoi1x")
    ours = alternations.compile(source, re.IGNORECASE)
    written = re.compile(source, re.IGNORECASE)
    found = [m.span() for m in written.finditer(text)]
    assert {text[start] for start, _end in found} == set(firsts)
    assert [m.span() for m in ours.finditer(text)] == found
