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
"""

from __future__ import annotations

import re
from collections.abc import Mapping

MACRO = re.compile(r"\{:([a-z0-9_]+):\}")
# One compiled object per pattern, for the life of the process: the checks look patterns up by
# identity (clearnotice.checks.scan.PatternTable), and re's own cache forgets after 512 patterns,
# so two rules sharing a pattern could otherwise hold two objects and one would be unknown.
_COMPILED: dict[tuple[str, int], re.Pattern[str]] = {}
_MAX_MACRO_DEPTH = 5


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


def loosen(source: str) -> str:
    """Make spaces match any white space and straight apostrophes match curly ones.

    Character classes and escaped characters are left alone, except that a class holding a
    straight apostrophe also gets the curly one. A space followed by a quantifier (``cyber
    ?attack``) becomes a single optional white-space character, as the author meant.
    """
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\" and i + 1 < len(source):
            out.append(source[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
            out.append("'’" if ch == "'" else ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
            if source[i + 1 : i + 2] == "^":
                out.append("^")
                i += 1
            if source[i + 1 : i + 2] == "]":  # a leading ] is literal inside a class
                out.append("]")
                i += 1
        elif ch == " ":
            quantified = source[i + 1 : i + 2] in ("?", "*", "+", "{")
            out.append(r"\s" if quantified else r"\s+")
        elif ch == "'":
            out.append("['’]")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def compile_pattern(
    source: str, macros: Mapping[str, str], *, ignorecase: bool = True
) -> re.Pattern[str]:
    """Compile one rule pattern; a bad pattern raises PatternError saying why."""
    if not isinstance(source, str) or not source.strip():
        raise PatternError("a pattern must be a non-empty string")
    try:
        expanded = loosen(expand_macros(source, macros))
        key = (expanded, re.IGNORECASE if ignorecase else 0)
        if key not in _COMPILED:
            _COMPILED[key] = re.compile(*key)
        return _COMPILED[key]
    except re.error as exc:
        raise PatternError(f"bad pattern {source!r}: {exc}") from exc


def bounded(source: str) -> str:
    """``source`` kept from matching inside a longer word ("free" never matches "freeze")."""
    return rf"(?<![\w-])(?:{source})(?![\w-])"


def word_pattern(term: str) -> str:
    """A pattern for a literal word or phrase, bounded so it never matches inside a word."""
    return bounded(re.escape(term).replace(r"\ ", " "))
