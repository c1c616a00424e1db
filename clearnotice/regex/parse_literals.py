"""The text a pattern's matches need, read off ``re``'s parse tree: literals every match contains
one of, literals every match starts with one of, and the characters every match starts with.

Two readers use it: the prefilter (clearnotice.regex.prefilter), which scans a block once for
all patterns' literals, and the alternation compiler (clearnotice.regex.alternations), which
gathers wordings by their first characters. Everything is folded as ``fold`` folds the text, so
a literal read here is looked for in folded text.
"""

from __future__ import annotations

import re
from _sre import unicode_iscased  # re's test of a character having case (private: as below)
from collections.abc import Callable, Sequence
from re import _constants as sre  # the parse tree's opcodes (private: see prefilter._parse)

# The characters outside ASCII that a case-insensitive pattern matches with an ASCII letter
# (Python's re folds these as Unicode's simple case mappings do). Folding maps them to that
# letter, so "SOCİAL" still contains "social". tests/core/test_prefilter.py checks this table
# against every code point (and tests/core/test_alternations.py, letter by letter).
NON_ASCII_CASES = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}  # İ ı ſ, Kelvin
_ASCII_FOLDS = str.maketrans(NON_ASCII_CASES)
# Every character ``\s`` matches (Unicode's white space: tests/core/test_prefilter.py checks
# the list against every code point) is read as a space, so that ``\s`` is a literal: "a "
# rather than "a" starts "a\s+new", and such a pattern is not tried at every "a" in a word.
_ASCII_WHITE_SPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"
_OTHER_WHITE_SPACE = "\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000" + "".join(
    map(chr, range(0x2000, 0x200B))
)
# Every digit reads as "0", so that ``\d{3}`` is the literal "000": a phone number's pattern
# needs a run of digits, not any one digit (a year or a count in a paragraph), to be tried.
_ASCII_SPACE_AND_DIGIT_FOLDS = str.maketrans(
    {**dict.fromkeys(_ASCII_WHITE_SPACE, " "), **dict.fromkeys("123456789", "0")}
)
_FOLDS = {
    **_ASCII_FOLDS,
    **_ASCII_SPACE_AND_DIGIT_FOLDS,
    **str.maketrans(dict.fromkeys(_OTHER_WHITE_SPACE, " ")),
}
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # \d matches every Unicode decimal digit
# A repeat of one character at least this many times is read as a literal of as many of it
# ("000" of \d{3}); a longer one as this many (a longer literal rules out few more blocks).
_RUN = 4
# re's parse-tree operators of a repeat, and of what matches no character (anchors and
# look-arounds); tests/core/test_rules.py reads parse trees with them too
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_MAX_CLASS = 10  # a larger character class (letters, \w) rules nothing out


def fold(text: str) -> str:
    """``text`` as literals are looked for in it: lower case, with the folds above, every digit
    "0", all white space a space. Each character stays one character, so positions hold."""
    if not text.isascii():
        text = _OTHER_DIGIT.sub("0", text.translate(_FOLDS))
    else:
        text = text.translate(_ASCII_SPACE_AND_DIGIT_FOLDS)
    return text.lower()


_FOLDED_ASCII = [fold(chr(code)) for code in range(128)]


def _char(code: int) -> str:
    """A character of a pattern as it is looked for (``_in_literal``): folded as the text is."""
    return fold(chr(code))


def _in_literal(code: int) -> bool:
    """Whether a pattern's character ``code`` is read into literals: any ASCII character
    (folded), and beyond ASCII one without case ("€", "’", "東", "٣"), which ``re`` matches
    only as itself even ignoring case (re._compiler emits a case-sensitive literal for a
    character ``unicode_iscased`` denies) and which ``fold`` maps alone, wherever it stands
    (as its white space, its digit, or unchanged). A letter with case ("é") is left out: it
    matches its other case too, and Greek's final sigma folds by its place in the word."""
    return code < 128 or not unicode_iscased(code)


def _class(items: Sequence) -> frozenset[str] | None:
    """The folded characters a small character class matches, as one-letter literals."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL and av < 128:
            chars.add(_char(av))
        elif op is sre.RANGE and av[1] < 128 and av[1] - av[0] < _MAX_CLASS:
            chars.update(_char(c) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            chars.add("0")
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            chars.add(" ")
        else:  # a negated class, a wide range, \w, a character beyond ASCII
            return None
    return frozenset(chars) if len(chars) <= _MAX_CLASS else None


def better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two sets of literals a match needs one of, the one likelier to rule a block out: not
    one holding white space alone (every block has a space), then the longer, then the fewer."""
    if a is None or b is None:
        return a if b is None else b
    return max(a, b, key=lambda s: (not any(map(str.isspace, s)), min(map(len, s)), -len(s)))


def _union(sets: Sequence[frozenset[str] | None]) -> frozenset[str] | None:
    return None if None in sets else frozenset().union(*sets)


def _inside(op: object, av: object, read: Callable) -> frozenset[str] | None:
    """What ``read`` finds in a group, an alternation or a repeat done at least once, or the
    characters of a small class; None for anything else (any character, anchors,
    look-arounds, back references, an optional repeat)."""
    if op is sre.SUBPATTERN:
        return read(av[3])
    if op is sre.ATOMIC_GROUP:
        return read(av)
    if op is sre.BRANCH:
        return _union([read(branch) for branch in av[1]])
    if op in REPEATS and av[0] >= 1:
        found = read(av[2])
        if av[0] > 1 and found is not None and len(found) == 1 and _one_character(av[2]):
            (char,) = found  # a run of it: "000" of \d{3}
            return frozenset([char * min(av[0], _RUN)])
        return found
    if op is sre.IN:
        return _class(av)
    return None


def _one_character(items: Sequence) -> bool:
    """Whether this parse sequence matches exactly one character (a literal or a class)."""
    return len(items) == 1 and items[0][0] in (sre.LITERAL, sre.IN)


def needs(items: Sequence) -> frozenset[str] | None:
    """Literals at least one of which every match of this parse sequence contains, or None.
    Read for a block: a match's look-arounds read the block beyond the match, so what they
    must find counts as well (a block holding none of it has no match)."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:  # a final sentinel closes the last literal run
        if op is sre.LITERAL and _in_literal(av):
            run.append(_char(av))
            continue
        if run:
            literal = "".join(run)
            best = better(best, frozenset([literal]))
            # the run and how what follows it starts: ".com" or ".org" rather than "." alone
            follow = starts([(op, av)]) if op is not None else None
            if follow:
                best = better(best, frozenset(literal + start for start in follow))
            run = []
        if op is sre.ASSERT:  # what a look-ahead or look-behind asserts is in the block too
            best = better(best, needs(av[1]))
            continue
        best = better(best, _inside(op, av, needs))
    return best


def starts(items: Sequence) -> frozenset[str] | None:
    """Literals one of which every match of this parse sequence starts with, or None."""
    found: set[str] = set()
    run: list[str] = []
    for at, (op, av) in enumerate(items):
        if op is sre.LITERAL and _in_literal(av):
            run.append(_char(av))
            continue
        if run:
            # the run and how what follows it starts: re's parser writes "email|e-mail" as
            # "e(?:mail|-mail)", and "e" alone would place the pattern at every "e"
            follow = starts(items[at:])
            literal = "".join(run)
            return frozenset(found | ({literal + f for f in follow} if follow else {literal}))
        if _zero_width(op, av):  # a sentence opener's "^ or after a full stop": read past it
            continue
        if op in REPEATS and av[0] == 0:  # optional: the match starts with it or what follows
            optional = starts(av[2])
            if optional is None:
                return None
            found |= optional
            continue
        first = _inside(op, av, starts)
        return None if first is None else frozenset(found | first)
    return frozenset(found | {"".join(run)}) if run else None  # else it may match empty


def _zero_width(op: object, av: object) -> bool:
    """Whether this parse item never matches a character: an anchor, a look-around, or a group
    or alternation of nothing else (a sentence opener's "start of text or after a full stop",
    the "after 'be' or 'been'" before "contacted"). Read through it, such a pattern is tried only
    where the words after it are, instead of at every place of a block."""
    if op in ZERO_WIDTH:
        return True
    if op is sre.SUBPATTERN:
        return all(_zero_width(*item) for item in av[3])
    if op is sre.ATOMIC_GROUP:
        return all(_zero_width(*item) for item in av)
    if op is sre.BRANCH:
        return all(_zero_width(*item) for branch in av[1] for item in branch)
    return False


def first_characters(items: Sequence) -> frozenset[str] | None:
    """The folded characters (as ``fold`` reads the text) one of which every match of this
    parse sequence starts with, or None (it may match nothing, or start with anything): the
    first characters of ``starts``, read without building its literals."""
    found: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            return frozenset(found | {_FOLDED_ASCII[av]}) if av < 128 else None
        if op in ZERO_WIDTH:
            continue
        if op in REPEATS and av[0] == 0:  # optional: the match starts with it or what follows
            optional = first_characters(av[2])
            if optional is None:
                return None
            found |= optional
            continue
        first = _inside(op, av, first_characters)
        return None if first is None else frozenset(found.union(lit[0] for lit in first))
    return None  # it may match nothing
