"""Rule patterns compiled with their long alternations grouped by first character, so that
``re`` enters only the alternatives the next character of the text allows.

``re`` tries an alternation's alternatives one by one at each place. It passes over one whose
first step is a case-sensitive literal or a character class the next character fails, without
entering it; but a case-insensitive letter, as every rule pattern starts its wordings with, is
entered and fails inside, at a cost of its own. A rule's alternation of 100-250 wordings, tried
at every character of a sentence (the look-ahead of a pattern that opens a sentence), or at
every place the prefilter gives, was about half of a new letter's ``re``.

Alternatives whose first characters differ can never both match at one place, so their order
among themselves changes no result: alternatives that start with the same step are gathered,
in their order, behind that step, and what follows it is gathered the same way (a trie of the
wordings, applied recursively). An alternative is moved ahead of the ones before it only when
none of those can start with a character it can start with (their first characters read as
``clearnotice.regex.parse_literals`` reads them, a coarser folding than ``re``'s; one that may
match nothing, or start with anything, moves nothing past it). Each gathered group that starts
with a letter then opens with a case-sensitive class of every character ``re`` matches that
letter with, which ``re`` tests without entering the group. The result matches exactly as the
pattern as written (tests/core/test_alternations.py compares every rule pattern on the corpus)
and keeps its source: ``pattern.pattern`` is what the rule wrote.
"""

from __future__ import annotations

import _sre
import re
from collections.abc import Sequence
from re import _compiler, _parser
from re import _constants as sre  # the parse tree's opcodes (private: see compile)

from clearnotice.regex import parse_literals

# An alternation of fewer alternatives is left as written: gathering pays for itself when
# ``re`` would otherwise enter many wordings at each place.
_FEW = 4
# The ASCII letters ``re`` matches, ignoring case, with characters besides their two cases, and
# those characters (İ ı, the Kelvin sign, ſ): the prefilter's fold table read the other way.
_OTHER_CASES = {
    letter: "".join(c for c, to in parse_literals.NON_ASCII_CASES.items() if to == letter)
    for letter in set(parse_literals.NON_ASCII_CASES.values())
}
_IGNORECASE = int(re.IGNORECASE)  # as an int: flags are tested at every step of the gathering
_UNREAD = object()  # a group's first characters, not read yet
_LOWER = [ord(chr(code).lower()) for code in range(128)]
# the first characters an information block names (``_code``): folded digits and white space
# stand for many characters, and any other for characters beyond ASCII
_NAMED = frozenset(c for c in map(chr, range(33, 127)) if not c.isdigit() and not c.isupper())
_FOLDED = [frozenset(parse_literals.fold(chr(code))) for code in range(128)]
# the steps that hold parse sequences of their own
_HOLDING = frozenset(
    [sre.BRANCH, sre.SUBPATTERN, sre.ATOMIC_GROUP, sre.GROUPREF_EXISTS, sre.ASSERT, sre.ASSERT_NOT]
    + [sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT]
)


def compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, its alternations gathered by first character. ``re``'s
    parser and compiler are private: on a Python where they differ, the pattern is compiled
    as written."""
    try:
        tree = _parser.parse(source, flags)
        if not _gather_in(tree.data, int(tree.state.flags | flags)):
            return re.compile(source, flags)
        code = _code(tree, flags)
        names = tree.state.groupdict
        by_number: list[str | None] = [None] * tree.state.groups
        for name, number in names.items():
            by_number[number] = name
        return _sre.compile(
            source, flags | tree.state.flags, code, tree.state.groups - 1, names, tuple(by_number)
        )
    except Exception:  # re's private parse tree or compiler differs: compile as written
        return re.compile(source, flags)


def _code(tree: _parser.SubPattern, flags: int) -> list[int]:
    """``re``'s code for ``tree`` (``_compiler._code``), its information block naming the
    characters a match may start with when ``re`` finds none of its own.

    ``re`` skips, without trying the pattern, the places of a text whose character no match
    can start with, when the pattern starts with a literal or a class; a rule pattern starts
    with a look-behind (its bound), so ``re`` tried it at every place, which was most of the
    time a pattern run over a whole block takes. Read past the look-behind, its gathered
    alternations start with a few letters: only ASCII letters and punctuation are named, each
    letter with every character ``re`` matches it with ignoring case, a superset of what the
    pattern may start with (tests/core/test_alternations.py compares the results with ``re``'s
    own on every rule pattern)."""
    flags = tree.state.flags | flags
    code: list[int] = []
    _compiler._compile_info(code, tree, flags)
    lower, _upper = tree.getwidth()
    starts = parse_literals.first_characters(tree.data)
    if code[2] == 0 and lower > 0 and starts is not None and starts <= _NAMED:
        code = []
        named = _parser.SubPattern(tree.state, [(sre.IN, _charset(starts))])
        named.width = tree.getwidth()  # the pattern's widths, not the class's
        _compiler._compile_info(code, named, flags & ~(_IGNORECASE | re.LOCALE))
    _compiler._compile(code, tree.data, flags)
    code.append(sre.SUCCESS)
    return code


def _charset(starts: frozenset[str]) -> list[tuple]:
    """A class of every character whose fold is one of ``starts`` (ASCII letters and
    punctuation): a letter's two cases and ``re``'s other characters for it."""
    chars = "".join(c + c.upper() + _OTHER_CASES.get(c, "") for c in sorted(starts))
    return [(sre.LITERAL, ord(c)) for c in sorted(set(chars))]


def _gather_in(items: list, flags: int) -> bool:
    """Gather every alternation in parse sequence ``items`` (in place); whether any changed."""
    changed = False
    for at, (op, av) in enumerate(items):
        if op not in _HOLDING:  # a literal, a class, an anchor: most steps
            continue
        if op is sre.BRANCH:
            for alternative in av[1]:
                changed |= _gather_in(alternative.data, flags)
            gathered = _gathered(av[1], flags)
            if gathered is not None:
                items[at] = (sre.BRANCH, (None, gathered))
                changed = True
        elif op is sre.SUBPATTERN:
            _group, add, remove, inner = av
            changed |= _gather_in(inner.data, (flags | add) & ~remove)
        elif op is sre.ATOMIC_GROUP:
            changed |= _gather_in(av.data, flags)
        elif op is sre.GROUPREF_EXISTS:
            changed |= _gather_in(av[1].data, flags)
            if av[2] is not None:
                changed |= _gather_in(av[2].data, flags)
        else:  # a repeat or a look-around: what it holds is its last part
            changed |= _gather_in(av[-1].data, flags)
    return changed


def _gathered(alternatives: Sequence, flags: int) -> list | None:
    """``alternatives`` (parse sequences) with those that start with the same step gathered
    behind it, each group's rest gathered again; None when there are too few to gain."""
    if len(alternatives) < _FEW:
        return None
    # each group: the step its members start with (None: not shared), its members, and the
    # characters they may start with (None: any; read only when an alternative would move
    # ahead of the group, as reading them is most of the gathering's cost)
    groups: list[list] = []
    for alternative in alternatives:
        step = _step(alternative.data, flags)
        joined = _group_taking(groups, step, alternative) if step is not None else None
        if joined is not None:
            joined[1].append(alternative)
            if joined[2] is not _UNREAD and _starts_with(step) is None:
                starts = parse_literals.first_characters(alternative.data)
                joined[2] = None if joined[2] is None or starts is None else joined[2] | starts
        else:
            groups.append([step, [alternative], _starts_with(step) or _UNREAD])
    if len(groups) == len(alternatives):
        return None
    # a class costs compiling (and code) of its own: it pays where re would enter many groups
    opened = len(groups) >= _FEW
    return [_behind_first_step(members, flags, opened) for _key, members, _starts in groups]


def _group_taking(groups: list[list], step: object, alternative: object) -> list | None:
    """The last group whose members start with ``step``, when ``alternative`` can join it:
    when no group after it may start as the alternative may."""
    passed: set[str] = set()  # what the groups it would move ahead of may start with
    for at in range(len(groups) - 1, -1, -1):
        group = groups[at]
        if group[0] == step:
            if at == len(groups) - 1:
                return group
            starts = _starts_with(step) or parse_literals.first_characters(alternative.data)
            return group if starts is not None and not passed & starts else None
        if group[2] is _UNREAD:
            group[2] = _starts_of(group[1])
        if group[2] is None:
            return None
        passed |= group[2]
    return None


def _starts_of(members: list) -> frozenset[str] | None:
    """The characters any of ``members`` may start with; None: any."""
    found = [parse_literals.first_characters(m.data) for m in members]
    return None if None in found else frozenset().union(*found)


def _step(items: Sequence, flags: int) -> object | None:
    """What the first step of ``items`` is, as a key equal for steps that match alike: a
    character by its code (a letter ignoring case by its lower case's), a class or an anchor
    by itself; None for any other."""
    if not items:
        return None
    op, av = items[0]
    if op is sre.LITERAL:
        return _LOWER[av] if av < 128 and flags & _IGNORECASE else av
    if op is sre.IN and all(isinstance(x, tuple | int) for _op, x in av):
        return (op, tuple(av))
    if op is sre.AT:
        return (op, av)
    return None


def _starts_with(step: object) -> frozenset[str] | None:
    """The characters (as ``parse_literals.first_characters`` reads them) a step's group starts
    with, when the step is an ASCII character; None: read them off the members."""
    return _FOLDED[step] if type(step) is int and step < 128 else None


def _behind_first_step(members: list, flags: int, opened: bool) -> _parser.SubPattern:
    """One alternative for a group: its members' first step, then their rests as an
    alternation (gathered in turn); a group of one is its member. ``opened``: its first step
    a class ``re`` tests before entering it (``_opened``)."""
    first = members[0]
    if len(members) == 1:
        return _opened(first, flags) if opened else first
    rests = [_parser.SubPattern(first.state, list(m.data[1:])) for m in members]
    data = [first.data[0]]
    gathered = _gathered(rests, flags) or rests
    if all(len(r.data) == 1 and r.data[0][0] is sre.LITERAL for r in gathered):
        data.append((sre.IN, [r.data[0] for r in gathered]))  # as re's parser makes of a|b
    else:
        data.append((sre.BRANCH, (None, gathered)))
    alternative = _parser.SubPattern(first.state, data)
    return _opened(alternative, flags) if opened else alternative


def _opened(alternative: _parser.SubPattern, flags: int) -> _parser.SubPattern:
    """``alternative``, its first step a letter ignoring case written as a case-sensitive class
    of the letter's two cases, which ``re`` tests before entering it. Not a letter matching a
    character beyond them ("k" matches the Kelvin sign): ``re`` compiles that class to a table
    of every code point, much slower to compile and larger."""
    op, av = alternative.data[0] if alternative.data else (None, None)
    if op is not sre.LITERAL or not flags & _IGNORECASE:
        return alternative
    letter = chr(av).lower()
    if not (letter.isascii() and letter.isalpha()) or letter in _OTHER_CASES:
        return alternative
    return _parser.SubPattern(alternative.state, [_CASES[letter], *alternative.data[1:]])


def _exactly(letter: str) -> tuple:
    """A step matching ``letter``'s two cases, ignoring case or not: a case-sensitive class."""
    cases = _parser.SubPattern(
        _parser.State(),
        [(sre.IN, [(sre.LITERAL, ord(letter)), (sre.LITERAL, ord(letter.upper()))])],
    )
    return (sre.SUBPATTERN, (None, 0, _IGNORECASE, cases))


# one for each letter, shared by every pattern (re's compiler only reads it)
_CASES = {letter: _exactly(letter) for letter in "abcdefghijklmnopqrstuvwxyz"}
