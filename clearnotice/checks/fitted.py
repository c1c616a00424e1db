"""A substitution's replacement fitted to the words around it, so that applying a fix leaves a
sentence that reads: a pronoun agreeing with the verb after it and owning with its own form
("The Company has" -> "We have", "the company's" -> "our"), no word said twice ("our incident
response plan" with "our response" was "our our response"), and the capital of a line it opens
kept ("Assistance Hotline:" -> "Help Hotline:" in a block of contact lines that holds no
sentence end). Found applying each suggestion to tune letters of the corpus (the second walk
through the app, 2026-12-02). The article before the words is ``substitution.agreeing``'s."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from clearnotice import datafiles

FORMS_FILE = Path(__file__).with_name("pronoun_forms.yml")


class _Forms(datafiles.Shape):
    possessive: datafiles.Text
    object: datafiles.Text
    object_after: list[datafiles.Text]
    verbs: dict[str, datafiles.Text]


@lru_cache(maxsize=1)
def _forms() -> dict[str, _Forms]:
    return datafiles.load(FORMS_FILE, dict[str, _Forms])


@lru_cache(maxsize=1)
def _after_pronoun() -> re.Pattern[str]:
    """What may follow the replaced words and change with a pronoun: an "'s" (straight or
    curly apostrophe), or a listed verb after spaces on the same line."""
    verbs = sorted({verb for forms in _forms().values() for verb in forms.verbs}, key=len)
    alternatives = "|".join(re.escape(v).replace("'", "['’]") for v in reversed(verbs))
    return re.compile(rf"(['’]s)\b|[ \t]+({alternatives})\b", re.IGNORECASE)


def _plain_apostrophe(word: str) -> str:
    return word.replace("’", "'").lower()


def pronoun_forms(text: str, end: int, suggestions: tuple[str, ...]) -> tuple[int, tuple[str, ...]]:
    """Where a finding ending at ``end`` ends, and its ``suggestions``, with a pronoun among them
    in the form the words after it need: the finding takes in the "'s" or the verb, and the
    suggestion brings the pronoun's possessive or its verb ("we have" for "has"). Unchanged
    when no suggestion is such a pronoun or nothing after it changes with one."""
    forms = _forms()
    if not any(s.lower() in forms for s in suggestions):
        return end, suggestions
    after = _after_pronoun().match(text, end)
    if after is None:
        return end, suggestions
    fitted = []
    for suggestion in suggestions:
        own = forms.get(suggestion.lower())
        if own is None:
            fitted.append(suggestion + text[end : after.end()])
        elif after.group(1):
            fitted.append(_same_case(own.possessive, suggestion))
        else:
            verb = after.group(2)
            plural = own.verbs[_plain_apostrophe(verb)].replace("'", "’" if "’" in verb else "'")
            fitted.append(suggestion + text[after.start() : after.start(2)] + plural)
    return after.end(), tuple(fitted)


def object_form(text: str, start: int, suggestions: tuple[str, ...]) -> tuple[str, ...]:
    """``suggestions`` with a pronoun among them in its object form when the word right before
    the words at ``start`` is a preposition or a verb it is the object of ("by the Company" ->
    "by us", not "by we"); unchanged otherwise."""
    forms = _forms()
    if not any(s.lower() in forms for s in suggestions):
        return suggestions
    before = _word_before(text, start)
    if before is None:
        return suggestions
    word = _plain_apostrophe(before.group(1))
    return tuple(
        own.object if (own := forms.get(s.lower())) is not None and word in own.object_after else s
        for s in suggestions
    )


def _same_case(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


# Before a word opening a line: white space, a list's marker, a heading's or a quote's signs.
_LINE_OPENING = re.compile(r"[ \t]*(?:[#>]+[ \t]*|[-*+•][ \t]+|\d{1,3}[.)][ \t]+)?\Z")


def opens_line(text: str, start: int, matched: str) -> bool:
    """Whether the words at ``start`` open their line with a capital (``matched`` is them as
    written): a replacement there takes the capital, as a sentence's first word does, in a
    block of lines that holds no sentence end (an address, a list of contact lines)."""
    first = next((c for c in matched if c.isalpha()), "")
    line_start = text.rfind("\n", 0, start) + 1
    return first.isupper() and bool(_LINE_OPENING.match(text, line_start, start))


# The word right before a finding: letters, with spaces (not a line break) between it and it.
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]+)[ \t]+\Z")


def _word_before(text: str, start: int) -> re.Match[str] | None:
    """The word right before the words at ``start``, looked for in the 40 characters before."""
    return _WORD_BEFORE.search(text, max(0, start - 40), start)


def without_echo(
    text: str, start: int, suggestions: tuple[str, ...]
) -> tuple[int, tuple[str, ...]]:
    """Where a finding on words at ``start`` begins, and its ``suggestions``, when a suggestion
    starts with the word right before the words: the finding takes that word in, so applying
    it does not say it twice ("started our incident response plan" -> "started our response
    plan", not "our our response"), and the other suggestions keep it before them ("an outside
    forensic vendor": "outside investigators" or "outside security experts"). The word keeps
    its own letters' case."""
    before = _word_before(text, start)
    if before is None or not suggestions:
        return start, suggestions
    word, gap = before.group(1), text[before.end(1) : start]
    heads = [s.split(" ", 1) for s in suggestions]
    echoes = [len(h) == 2 and h[0].lower() == word.lower() for h in heads]
    if not any(echoes):
        return start, suggestions
    return before.start(), tuple(
        word + gap + (h[1] if echo else s)
        for h, echo, s in zip(heads, echoes, suggestions, strict=True)
    )
