"""The prefilter never drops a match: every rule pattern, run only where the prefilter says it
can match, finds exactly what ``finditer`` over the whole block finds."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from clearnotice import inline_markup
from clearnotice import text as segment
from clearnotice.checks.loader import load_catalogue
from clearnotice.checks.scan import LetterScan
from clearnotice.guidance import _setup
from clearnotice.regex import parse_literals, prefilter
from clearnotice.regex.parse_literals import fold
from clearnotice.regex.prefilter import (
    Prefilter,
    alternatives,
    required_literals,
    start_literals,
)
from clearnotice.vocabulary import load
from tests.core.typed_variants import each_in_turn, variants

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TABLE = _setup(load()).table
EXAMPLES = [
    text
    for rule in load_catalogue().rules.values()
    for text in (*rule.info.flag_examples, *rule.info.pass_examples)
]
LETTERS = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.md"))]


def _texts() -> list[str]:
    """The sample letters in every variant and each rule example in two
    (``typed_variants.each_in_turn``), each text once: a text met again (an example two rules
    share, a shout of a text already in capitals) was scanned from the blocks the first scan
    kept (clearnotice.checks.scan._scan_block), asking the prefilter nothing new, and compared
    with the same plain matches."""
    letters = [v for text in LETTERS for v in variants(text)]
    return list(dict.fromkeys([*each_in_turn(EXAMPLES), *letters]))


TEXTS = _texts()


@cache
def _plain_matches(text: str) -> tuple[tuple[segment.Block, str, dict[int, list]], ...]:
    """Each block of ``text``, its masked text and, by pattern index, the spans of
    that pattern's non-empty matches found the straightforward way (``finditer``; a pattern
    matching nowhere in the block is left out). The two corpus-wide tests below compare with
    the same matches, most of their time: found once, not once per test."""
    read = []
    for block in segment.blocks(text):
        masked = inline_markup.mask(block.text)
        read.append((block, masked, _block_matches(masked)))
    return tuple(read)


@cache
def _block_matches(masked: str) -> dict[int, list]:
    """By pattern index, the spans of its non-empty matches in one masked block, found once
    per block text: a fifth of the texts' blocks are another's (a heading already in title
    case, a paragraph without digits in the letter whose digits are Arabic-Indic)."""
    spans = {}
    for index, pattern in enumerate(TABLE.patterns):
        found = [m.span() for m in pattern.finditer(masked) if m.end() > m.start()]
        if found:
            spans[index] = found
    return spans


def _plain_hits(text: str, index: int) -> list[tuple[int, int]]:
    """Every match of the ``index``-th pattern in every block of ``text``, in text offsets."""
    return [
        (block.start + s, block.start + e)
        for block, _masked, spans in _plain_matches(text)
        for s, e in spans.get(index, ())
    ]


def test_the_scan_finds_what_finditer_finds_for_every_pattern_on_every_text() -> None:
    differences = []
    for text in TEXTS:
        scan = LetterScan(text, TABLE)
        for index, pattern in enumerate(TABLE.patterns):
            got = [(h.start, h.end) for h in scan.hits(pattern)]
            if got != _plain_hits(text, index):
                differences.append((pattern.pattern[:60], text[:60]))
    assert not differences, f"{len(differences)} differ, e.g. {differences[:3]}"


def test_the_prefilter_rules_out_most_patterns_on_a_letter() -> None:
    """It does work: on a real letter most (pattern, block) pairs are ruled out at once."""
    letter = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
    blocks = [inline_markup.mask(b.text) for b in segment.blocks(letter)]
    plans = [TABLE.prefilter.plan(b) for b in blocks]
    kept = sum(len(p.possible) for p in plans)
    assert kept < 0.5 * len(blocks) * len(TABLE.patterns)


@pytest.mark.parametrize(
    ("source", "needs", "starts"),
    [
        (r"(?<![\w-])(?:free|gratis)\s+credit", {"credit"}, {"free", "gratis"}),
        (r"colou?r", {"colo"}, {"colou", "color"}),
        (r"(?:the\s+)?criminals?", {"criminal"}, {"the ", "criminal"}),
        # every digit reads as "0", and a run of digits as a run of "0"s
        (r"\d{3}-\d{4}", {"-0000"}, {"000"}),
        (r"\w+\.(?:com|org)", {".com", ".org"}, None),
        (r"\d{3}[-. ]\d{4}", {"0000"}, {"000"}),
        (r"a?", None, None),
        (r"[\w.]+@example", {"@example"}, None),
        (r"(?:IT|network)\s+environment", {"environment"}, {"it", "network"}),
        # re's parser writes this "e(?:mail|-mail)": the "e" is followed on, not placed alone
        (r"(?:email|e-mail)\s+address", {"address"}, {"email", "e-mail"}),
        (r"e-?mail", {"mail"}, {"e-", "email"}),
        (r"s(?:ecurity|oftware)?\s+patch", {"patch"}, {"security", "software", "s "}),
        # white space is read as a space: "a " is no "a" inside a word
        (r"(?:a\s+new|an)\s+exploit", {"exploit"}, {"a ", "an"}),
        # what a look-ahead must find is in the block: a sentence asserting "no evidence"
        (r"(?:^|(?<=\.\s))(?=[^.]*?\bno\s+evidence)\w+", {"evidence"}, None),
        (r"(?<=\bdear\s)[A-Z]\w+", {"dear "}, None),
        (r"(?![^.]*\bnot\b)\w+", None, None),  # what one must not find is no literal
        # a group of nothing but anchors and look-behinds matches no character: a match starts
        # with what follows it
        (r"(?:^|(?<=[.!?]\s))(?!no\b)(?:we|our)\s+team", {"team"}, {"we", "our"}),
        (
            r"(?:(?<=\bbe\s)|(?<=\bbeen\s))(?:contacted|reached)",
            {"contacted", "reached"},
            {"contacted", "reached"},
        ),
        (r"(?:^|\b)(?:|(?=x))call", {"call"}, {"call"}),
        # a group that may match a character is not read past
        (r"(?:^|\s)call", {"call"}, None),
        # a character without case beyond ASCII matches only itself: it is a literal
        (r"(?:US\$|€|£)\s?\d+", {"0"}, {"us$", "€", "£"}),
        (r"(?:東部|동부)\s?時間", {"時間"}, {"東部", "동부"}),
        (r"don’t\s+worry", {"don’t "}, {"don’t "}),
        # a letter with case beyond ASCII is none: ignoring case, "á" matches "Á" too
        (r"sábados?", {"bado"}, {"s"}),
        (r"ΣΑΣ", None, None),
    ],
    ids=[
        "alternatives",
        "optional-letter",
        "optional-word",
        "digits",
        "run-then-alternatives",
        "never-a-space",
        "empty",
        "class",
        "case",
        "factored-prefix",
        "optional-inside",
        "run-then-optional",
        "white-space",
        "look-ahead",
        "look-behind",
        "negative-look-ahead",
        "opener-then-words",
        "look-behinds-then-words",
        "empty-groups",
        "group-with-a-character",
        "uncased-symbols",
        "uncased-scripts",
        "uncased-punctuation",
        "cased-beyond-ascii",
        "greek",
    ],
)
def test_literals_read_off_a_pattern(source, needs, starts) -> None:
    pattern = re.compile(source, re.IGNORECASE)
    assert required_literals(pattern) == (frozenset(needs) if needs is not None else None)
    assert start_literals(pattern) == (frozenset(starts) if starts is not None else None)


def test_a_pattern_needing_a_missing_word_is_ruled_out_and_one_present_is_placed() -> None:
    patterns = [re.compile(r"(?<![\w-])credit\s+monitoring", re.I), re.compile(r"\bfree\b", re.I)]
    plan = Prefilter(patterns).plan("We offer FREE credit checks.")
    assert plan.possible == {1}
    assert plan.where(1) == [9]


def test_a_character_without_case_is_looked_for_as_fold_leaves_it() -> None:
    """Every character beyond ASCII that ``re`` matches only as itself (ignoring case or not)
    and that ``parse_literals`` so reads into literals is, in folded text, still itself or
    what the literal was folded to: its place in a folded text holds the literal."""
    for code in range(128, 0x30000):
        char = chr(code)
        if parse_literals._in_literal(code):
            assert fold(f"a{char}b")[1] == parse_literals._char(code), hex(code)


def test_a_sentence_opener_is_placed_at_its_words_and_finds_what_finditer_finds() -> None:
    """Read past its "start of text or after a full stop", an opener is tried only where its
    words are, and its look-behind still reads the text before each place."""
    opener = re.compile(r"(?:^|(?<=[.!?]\s))(?!we\s+never)(?:we|our)\s+\w+", re.I)
    text = "We sent it. Then we wrote. We never called. Our team will. Ours? our staff"
    plan = Prefilter([opener]).plan(text)
    places = plan.where(0)
    assert places is not None and len(places) < len(text) // 4
    found = [(m.start(), m.end()) for m in prefilter.matches_at(opener, text, places)]
    assert found == [(m.start(), m.end()) for m in opener.finditer(text)]
    assert found == [(0, 7), (44, 52), (65, 74)]  # "We sent", "Our team", "our staff"


def test_a_pattern_starting_with_one_character_is_placed_at_each_of_them_once() -> None:
    """One-character literals are found without the scan: a pattern starting with "e" or a
    longer literal is tried at every "e" and where the longer one starts, each place once."""
    patterns = [re.compile(r"e\w+", re.I), re.compile(r"exp\w*", re.I), re.compile("n", re.I)]
    plan = Prefilter(patterns).plan("Expect extra expenses")
    assert plan.where(0) == [0, 3, 7, 13, 16, 19]
    assert plan.where(1) == [0, 13]
    assert plan.where(2) == [17]
    assert plan.possible == {0, 1, 2}
    assert Prefilter(patterns).plan("a short quiz").possible == set()


def test_every_match_starts_where_the_prefilter_places_the_pattern_and_no_place_twice() -> None:
    """On every text: each anchored pattern's matches start at places ``where`` gives, listed
    once each in order (a place given twice would find a match twice)."""
    missed = []
    for text in TEXTS:
        for block, masked, spans in _plain_matches(text):
            plan = TABLE.prefilter.plan(masked)
            for index, found in spans.items():  # the patterns with a match in the block
                starts = [s for s, _e in found]
                places = plan.where(index) if index in plan.possible else []
                if places is None:
                    continue
                if sorted(set(places)) != places or not set(starts) <= set(places):
                    missed.append((TABLE.patterns[index].pattern[:60], block.text[:60]))
    assert not missed, f"{len(missed)} misplaced, e.g. {missed[:3]}"


def test_folding_keeps_positions_and_covers_every_character_matched_as_an_ascii_letter() -> None:
    """Python's re matches a few non-ASCII characters case-insensitively with ASCII letters
    (the Kelvin sign with k, the long s with s...): folding must turn each into that letter,
    and every white-space character, and no other, into a space."""
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    white_space = re.compile(r"\s")
    for code in range(0x110000):
        ch = chr(code)
        folded = fold(ch)
        assert len(folded) == 1, f"U+{code:04X} folds to {len(folded)} characters"
        is_space = bool(white_space.fullmatch(ch))
        assert (folded == " ") == is_space, f"U+{code:04X}: white space is folded to a space"
        if ascii_letter.fullmatch(ch):
            assert re.fullmatch(re.escape(folded), ch, re.IGNORECASE), f"U+{code:04X}"
            assert folded.isascii(), f"U+{code:04X} is matched as a letter but not folded to one"


def test_white_space_of_any_kind_is_found_as_a_space_and_never_places_a_pattern() -> None:
    """A tab, a line break or a no-break space is each read as a space, in a text and in a
    pattern's literal; a pattern that may start with white space would be tried at every space,
    so it is run over the block instead."""
    patterns = [
        re.compile(r"a\s+new", re.I),
        re.compile("two\nlines", re.I),
        re.compile(r"(?<![\w-])(?:,?\s+not\s+ours|through\s+no\s+fault)(?![\w-])", re.I),
    ]
    assert [fold(ch) for ch in "\t\n\x0b\x1f\xa0\u2028\u3000"] == [" "] * 7
    plan = Prefilter(patterns).plan("Data a\tnew one, a\xa0new two\nlines, not ours")
    assert plan.possible == {0, 1, 2}
    assert plan.where(0) == [3, 5, 16]  # "Data a"
    assert plan.where(2) is None


@pytest.mark.parametrize(
    ("source", "parts"),
    [
        (r"(?<![\w-])(?:(?:a|b)|[|x]|c\|d)(?![\w-])", ["a", "b", "[|x]", r"c\|d"]),
        (r"(?<![\w-])(?:(?:(?:a|(?:b|c)d)))(?![\w-])", ["a", "(?:b|c)d"]),
        (r"(?<![\w-])(?:(?:a|b)+|(?:c))(?![\w-])", ["(?:a|b)+", "c"]),
        (r"(?<![\w-])(?:[]|]|e)(?![\w-])", ["[]|]", "e"]),
        (r"free|credit", None),
        (r"(?<![\w-])(?:(a)|b)(?![\w-])", None),
        (r"(?<![\w-])(?:a)|(?:b)(?![\w-])", None),
        (r"(?<![\w-])(?:(?:abc))(?![\w-])", None),
    ],
    ids=[
        "groups-classes-escapes",
        "groups-around-alternatives",
        "repeated-group",
        "leading-bracket",
        "unbounded",
        "capture-group",
        "two-groups",
        "one-alternative",
    ],
)
def test_the_alternatives_of_a_bounded_alternation(source, parts) -> None:
    assert alternatives(re.compile(source, re.IGNORECASE)) == parts


def test_an_alternation_tried_everywhere_keeps_only_the_alternatives_a_block_holds() -> None:
    """Its other alternatives match nowhere in the block, so leaving them out changes no match
    (the comparison over every rule pattern above checks that on every text)."""
    pattern = re.compile(
        r"(?<![\w-])(?:(?:free\s+credit)|(?:\w+ly\s+minor)|(?:identity\s+theft))(?![\w-])", re.I
    )
    text = "We offer FREE credit monitoring."
    prefilter._NARROWED.clear()
    plan = Prefilter([pattern]).plan(text)
    # the first ask gets the whole alternation: compiling a narrowing costs more than it saves
    # on one block, and most of a new letter's narrowings are asked for once
    assert plan.narrowed_where(0, pattern)[0] is pattern
    # asked again: compiled
    narrowed = Prefilter([pattern]).plan(text).narrowed_where(0, pattern)[0]
    assert narrowed.pattern == r"(?<![\w-])(?:free\s+credit)(?![\w-])"
    assert [m.span() for m in narrowed.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert plan.narrowed_where(0, pattern)[0] is narrowed  # and kept


def test_narrowings_are_bounded_and_the_oldest_go_first() -> None:
    narrowings = prefilter._Narrowed(size=2)
    sources = [f"(?:a{n})" for n in range(3)]
    for source in sources:
        assert narrowings.get(source, 0) is None  # the first ask of each
    assert narrowings.get(sources[0], 0) is None  # forgotten: the two asked after it are kept
    kept = narrowings.get(sources[2], 0)
    assert kept is not None and kept.pattern == sources[2]
    assert narrowings.get(sources[2], 0) is kept


def test_an_alternation_is_tried_only_where_its_kept_alternatives_start() -> None:
    """When every alternative a block may hold starts with a literal, the alternation is tried
    at those literals alone; when one of them may start with white space it is tried
    everywhere (the comparison over every rule pattern above checks the matches are the same)."""
    pattern = re.compile(
        r"(?<![\w-])(?:(?:free\s+credit)|(?:,?\s+not\s+ours)|(?:identity\s+theft))(?![\w-])", re.I
    )
    table = Prefilter([pattern])
    text = "Free credit, and free CREDIT monitoring."
    narrowed, where = table.plan(text).narrowed_where(0, pattern)
    assert where == [0, 17]  # each "free"; "credit" starts no alternative
    assert [m.span() for m in prefilter.matches_at(narrowed, text, where)] == [
        m.span() for m in pattern.finditer(text)
    ]
    assert table.plan("Free credit, not ours.").narrowed_where(0, pattern)[1] is None
    assert table.plan("A short quiz.").narrowed_where(0, pattern) == (None, None)


def test_an_anchored_alternation_at_many_places_is_placed_by_what_it_may_hold() -> None:
    """An alternation every match of which starts with a literal, placed by the block at
    ``FEW_PLACES`` or more, is tried only where the alternatives the block may hold start,
    as it is (never compiled narrowed); at fewer places, where its own literals are (issue
    17)."""
    pattern = re.compile(
        r"(?<![\w-])(?:(?:cookies?\s+\w+)|(?:the\s+\w+\s+trust))(?![\w-])", re.IGNORECASE
    )
    text = "Cookies help. " + "The cat and the dog. " * 4 + "A cookie jar."
    prefilter._NARROWED.clear()
    for _ in range(2):  # asked again, it is still the whole pattern
        plan = Prefilter([pattern]).plan(text)
        assert len(plan.where(0)) >= prefilter.FEW_PLACES  # each "cookie" and "the"
        assert plan.narrowed_where(0, pattern) == (pattern, [0, 100])  # no "trust": "cookie"
    assert [m.span() for m in prefilter.matches_at(pattern, text, [0, 100])] == [
        m.span() for m in pattern.finditer(text)
    ]
    assert Prefilter([pattern]).plan(text.replace("ookie", "ake")).narrowed_where(0, pattern) == (
        None,
        None,
    )
    few = Prefilter([pattern]).plan("The cookie jar and the cat.")
    assert few.narrowed_where(0, pattern) == (pattern, few.where(0))


def test_matches_at_gives_finditer_s_non_empty_matches() -> None:
    """Tried at every place, it finds what ``finditer`` finds, less the empty matches, each
    looked for from where the last one ended."""
    text = "aa b aaa"
    for source in (r"a*", r"a+", r"(?<=a)", r"aa"):
        pattern = re.compile(source)
        expected = [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
        got = [m.span() for m in prefilter.matches_at(pattern, text, range(len(text) + 1))]
        assert got == expected, source


def _scanned(pattern: re.Pattern[str], folded: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(1)) for m in pattern.finditer(folded)]


def test_the_literal_scan_finds_the_longest_literal_at_each_place_of_corpus_blocks() -> None:
    """The scan's one pattern (a trie, an ending written ``(?:X|)``: issue 17) finds at each
    place of a block the longest literal that starts there, as a plain search would."""
    literals = sorted(
        {lit for read in prefilter.literals_of_all(TABLE.patterns) for found in read if found
         for lit in found if len(lit) > 1}
    )  # fmt: skip
    scan = re.compile(f"(?=({prefilter._trie(literals)}))")
    letters = sorted((FIXTURES.parent / "corpus" / "letters").glob("*.txt"))
    blocks = [
        fold(inline_markup.mask(block.text))
        for path in letters[::4]
        for block in segment.blocks(path.read_text(encoding="utf-8"))
    ]
    assert len(blocks) > 1000
    wrong = [text[:60] for text in blocks if _scanned(scan, text) != _longest(literals, text)]
    assert not wrong, f"{len(wrong)} of {len(blocks)} blocks differ, e.g. {wrong[:3]}"


def _longest(literals: list[str], text: str) -> list[tuple[int, str]]:
    """The longest of ``literals`` starting at each place of ``text``, by plain lookups."""
    known = set(literals)
    lengths = sorted({len(lit) for lit in known}, reverse=True)
    found = []
    for at in range(len(text)):
        hit = next((text[at : at + n] for n in lengths if text[at : at + n] in known), None)
        if hit is not None:
            found.append((at, hit))
    return found
