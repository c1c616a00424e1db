"""How a rule file's pattern text becomes a compiled regular expression, the same for every kind.

Rule authors write patterns the way the words appear in a letter. Three conveniences keep the
rule files short and the matching robust to how a letter happens to be typed:

- a space matches any run of white space (a phrase can wrap onto the next line, and bold or
  italic markers are blanked out before matching, so "were **not** involved" still reads as
  "were not involved");
- a straight apostrophe also matches a curly one (word processors turn one into the other);
- ``{:name:}`` inserts a shared pattern from ``rules/patterns.yml`` (dates, phone numbers, the
  kinds of personal information...), so a fact is written once and every rule uses it.

Patterns are case-insensitive unless a rule says ``ignorecase: false``.

A review of one letter runs about a sixth of the catalogue's 850 patterns (the prefilter rules
the others out), yet compiling all of them was most of a new process's first review. So a
pattern already known to compile (:class:`LazyPattern`) is compiled when it is first matched.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from pathlib import Path
from re import _constants as sre  # re's parse tree (private, as clearnotice.regex.parse_literals)
from re import _parser
from typing import Any

from clearnotice import caches
from clearnotice.regex import alternations
from clearnotice.regex.parse_literals import REPEATS, ZERO_WIDTH

MACRO = re.compile(r"\{:([a-z0-9_]+):\}")
# One compiled object per pattern, for the life of the process: the checks look patterns up by
# identity (clearnotice.checks.scan.PatternTable), and re's own cache forgets after 512 patterns,
# so two rules sharing a pattern could otherwise hold two objects and one would be unknown.
_COMPILED: dict[tuple[str, int], LazyPattern] = {}
_MAX_MACRO_DEPTH = 5
# Part of the key of what ``check_bounded`` keeps on disk: changed code never reads an older
# reading.
_CODE = Path(__file__).read_bytes()


class PatternError(ValueError):
    """A pattern that cannot be used; the message says what is wrong with it."""


def expand_macros(source: str, macros: Mapping[str, str]) -> str:
    """``source`` with every ``{:name:}`` replaced by its shared pattern (which may use others)."""
    for _ in range(_MAX_MACRO_DEPTH):
        if not MACRO.search(source):
            return source

        def replace(match: re.Match) -> str:
            name = match.group(1)
            if name not in macros:
                known = ", ".join(sorted(macros))
                raise PatternError(f"unknown shared pattern {{:{name}:}} (known: {known})")
            return f"(?:{macros[name]})"

        source = MACRO.sub(replace, source)
    raise PatternError("shared patterns nest too deeply (a shared pattern refers to itself?)")


# What ``loosen`` rewrites, in the order a left-to-right reading meets it: an escaped character
# (kept), a character class (kept, a straight apostrophe in it also given the curly one; a
# leading ``]`` or ``^]`` is part of it; unclosed, it runs to the end), a space before a
# quantifier, a space, a straight apostrophe. One ``re`` pass instead of a Python step per
# character: that loop was a third of loading the catalogue (0.5 of 1.6 s of CPU, 2026-12-01),
# paid by every process that loads it (each test worker, server start and command run).
_LOOSENED_PARTS = re.compile(
    r"(\\.)|(\[\^?\]?(?:\\.|[^\]\\])*\\?\]?)|( (?=[?*+{]))|( )|(')", re.DOTALL
)
_QUOTE_IN_CLASS = re.compile(r"(\\.)|'", re.DOTALL)


def loosen(source: str) -> str:
    """Make spaces match any white space and straight apostrophes match curly ones.

    Character classes and escaped characters are left alone, except that a class holding a
    straight apostrophe also gets the curly one. A space followed by a quantifier (``cyber
    ?attack``) becomes a single optional white-space character, as the author meant.
    """
    return _LOOSENED_PARTS.sub(_loosened, source)


def _loosened(part: re.Match[str]) -> str:
    which, text = part.lastindex, part.group()
    if which == 1:  # an escaped character
        return text
    if which == 2:  # a class
        return _QUOTE_IN_CLASS.sub(_curly_too, text) if "'" in text else text
    return (r"\s", r"\s+", "['’]")[which - 3]


def _curly_too(found: re.Match[str]) -> str:
    return found.group(1) or "'’"


class LazyPattern:
    """A compiled pattern that compiles itself when it is first matched.

    It is made only for a pattern known to compile (``_known``), whose flags and number of
    groups are known too, so a rule reads them and a bad pattern is still refused when the rule
    file is loaded. The first use of any other attribute compiles the pattern and keeps its
    methods on the object, so every later call goes straight to ``re``.
    """

    _METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split")

    def __init__(self, pattern: str, flags: int, groups: int):
        self.pattern, self.flags, self.groups = pattern, flags, groups

    def use(self, compiled: re.Pattern[str]) -> LazyPattern:
        """Keep ``compiled``'s methods (two threads may both compile: the results are equal)."""
        for name in self._METHODS:
            setattr(self, name, getattr(compiled, name))
        return self

    def __getattr__(self, name: str) -> Any:  # only for what the object does not hold yet
        if name.startswith("__"):  # copy and pickle look for hooks: no reason to compile
            raise AttributeError(name)
        return getattr(self.use(alternations.compile(self.pattern, self.flags)), name)

    def __reduce__(self) -> tuple:
        return LazyPattern, (self.pattern, self.flags, self.groups)

    def __copy__(self) -> LazyPattern:  # as a compiled pattern: the checks go by identity
        return self

    def __deepcopy__(self, memo: dict) -> LazyPattern:
        return self

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags})"


def _known() -> caches.DiskMap:
    """Patterns known to compile with this Python, each "flags:source" -> [its flags, its
    groups]: facts of Python's ``re`` alone, so Python's version (and this layout) is the key."""
    key = caches.fingerprint([sys.version, "flags:source -> [flags, groups]"])
    return caches.disk_map("compiled-patterns", key)


def remember() -> None:
    """Keep on disk every pattern this process compiled, so the next one need not compile
    them before they are used, and what ``check_bounded`` read of them."""
    _known().save()
    _white_space_edges().save()


def _pattern(source: str, flags: int) -> LazyPattern:
    compiled: list[re.Pattern[str]] = []

    def compile_now() -> list[int]:  # never compiled here before: compile it now
        compiled.append(alternations.compile(source, flags))
        return [compiled[0].flags, compiled[0].groups]

    pattern = LazyPattern(source, *_known().get_or_make(f"{flags}:{source}", compile_now))
    return pattern.use(compiled[0]) if compiled else pattern


def compile_pattern(
    source: str, macros: Mapping[str, str], *, ignorecase: bool = True
) -> LazyPattern:
    """Compile one rule pattern (or know it compiles: ``LazyPattern``); a bad pattern raises
    PatternError saying why."""
    if not isinstance(source, str) or not source.strip():
        raise PatternError("a pattern must be a non-empty string")
    try:
        expanded = loosen(expand_macros(source, macros))
        key = (expanded, re.IGNORECASE if ignorecase else 0)
        if key not in _COMPILED:
            _COMPILED[key] = _pattern(*key)
        return _COMPILED[key]
    except re.error as exc:
        raise PatternError(f"bad pattern {source!r}: {exc}") from exc


def check_bounded(pattern: re.Pattern[str]) -> None:
    """Refuse ``pattern`` (compiled before ``bounded``) when a branch of it must start or end in
    white space: the bounds then fail next to every word, so "we (?:will|have) " is found by a
    plain search of "we will notify you" yet never by the rule. A bound already ends a pattern
    on a whole word, so the space adds nothing: end the pattern on the word (a look-ahead, as in
    "we will(?= \\w)", asks for a word after it)."""
    edge = _white_space_edges().get_or_make(
        f"{pattern.flags}:{pattern.pattern}", lambda: _white_space_edge(pattern)
    )
    if edge:
        side = "before" if edge == "end" else "after"
        raise PatternError(
            f"bad pattern {pattern.pattern[:80]!r}: a branch of it must {edge} in white space, "
            f"so it never matches {side} a word (patterns are bounded at words): "
            f"{edge} it on a word instead"
        )


def _white_space_edges() -> caches.DiskMap:
    """What ``_white_space_edge`` read of each pattern, "flags:source" -> "start", "end" or "":
    parsing every rule pattern again was a second of each new process's start (as for
    clearnotice.regex.prefilter.literals_of_all), so it is kept on disk, keyed by this code."""
    key = caches.fingerprint([sys.version, _CODE])
    return caches.disk_map("white-space-edges", key)


def _white_space_edge(pattern: re.Pattern[str]) -> str:
    """ "start" or "end" when a branch of ``pattern`` must start or end in white space, else ""."""
    try:
        parsed = list(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # re's parser is private: on another Python, refuse nothing
        return ""
    for edge, backwards in (("end", True), ("start", False)):
        if _must_edge_in_space(parsed, backwards):
            return edge
    return ""


def _must_edge_in_space(items: list, backwards: bool) -> bool:
    """Whether every match of ``items`` (a parsed sequence, or one branch of a branch in it)
    ends (``backwards``) or starts in white space; a repeat that may match nothing, and any
    other element, is read as not."""
    for op, value in reversed(items) if backwards else items:
        if op in ZERO_WIDTH:
            continue  # a look-around or anchor at the edge: the character beside it decides
        if op is sre.LITERAL:
            return chr(value).isspace()
        if op is sre.IN:
            members = [m for m in value if m[0] is not sre.NEGATE]
            return len(members) == len(value) and all(map(_is_space, members))
        if op in REPEATS:
            return value[0] >= 1 and _must_edge_in_space(list(value[2]), backwards)
        if op is sre.SUBPATTERN:
            return _must_edge_in_space(list(value[-1]), backwards)
        if op is sre.ATOMIC_GROUP:
            return _must_edge_in_space(list(value), backwards)
        if op is sre.BRANCH:
            return any(_must_edge_in_space(list(b), backwards) for b in value[1])
        return False
    return False


def _is_space(member: tuple) -> bool:
    """Whether a member of a character class is white space (a space, or ``\\s``)."""
    op, value = member
    if op is sre.LITERAL:
        return chr(value).isspace()
    return op is sre.CATEGORY and value is sre.CATEGORY_SPACE
