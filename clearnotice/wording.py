"""The words a person reads for what the code names tersely: a rule's name instead of its id
(``plain.jargon`` -> "Jargon"), how a version came to be instead of its origin tag
(``restore:v3`` -> "restored from version 3"), and counts with the right plural ("1 version",
not "1 versions" or "error(s)"), and a long text quoted by its start.

Ids and tags stay what the code and the audit log keep; only what a screen shows goes through
here, so every page says the same thing the same way.
"""

from __future__ import annotations

import re

# Rule ids whose last part alone would read wrong as a name; every other id is named by its last
# part ("tone.minimising" -> "Minimising").
_NAMES = {
    "translation.url": "Web address",
    "translation.email": "E-mail address",
    "translation.phone": "Phone number",
    "translation.date-swapped": "Day and month swapped",
    "translation.weekday-date": "Weekday and date disagree",
    "content.weekday-date": "Weekday and date disagree",
    "translation.emphasis": "Bold or italics",
    "grammar.a-an": "A or an",
    "grammar.spelling-name": "Spelling of a name",
    "grammar.checker": "Grammar checker",
    "vocabulary.reject": "Word to avoid",
}
# Packs whose rule ids come from elsewhere (LanguageTool's own ids, in capitals): named by the
# checker, the message says the rest.
_PACK_NAMES = {"languagetool": "Grammar (LanguageTool)"}
_VERSION_TAG = re.compile(r"v(\d+)")
# Origin tags with a detail after the colon (a version number, a file, a name), and their words.
_ORIGINS = {
    "restore": "restored from {}",
    "resolve": "{} merged by hand",
    "template": "from the template {}",
    "import": "imported from {}",
    "machine": "machine translation ({})",
    "human": "human translation by {}",
}


def rule_label(rule_id: str) -> str:
    """A rule's name as a person says it: ``plain.jargon`` -> "Jargon"."""
    if rule_id in _NAMES:
        return _NAMES[rule_id]
    pack, _, name = rule_id.rpartition(".")
    if pack in _PACK_NAMES:
        return _PACK_NAMES[pack]
    return name.replace("-", " ").replace("_", " ").strip().capitalize() or rule_id


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """``count`` and the noun that agrees with it: "1 error", "2 errors", "0 errors"."""
    return f"{count} {singular if count == 1 else plural_form or singular + 's'}"


def origin_label(origin: str) -> str:
    """How a version came to be, from its origin tag (clearnotice/schema.py Version.origin)."""
    kind, _, detail = origin.partition(":")
    if kind == "merge":
        return f"{origin_label(detail)}, merged with an edit saved meanwhile"
    if kind == "fix":
        return f"fix: {rule_label(detail)}"
    if kind in ("restore", "resolve"):
        return _ORIGINS[kind].format(_versions(detail))
    return _ORIGINS[kind].format(detail) if kind in _ORIGINS else origin  # "typed", "restored"


def _versions(tags: str) -> str:
    """``v3`` -> "version 3"; ``v3+v4`` -> "versions 3 and 4"."""
    numbers = _VERSION_TAG.findall(tags)
    if len(numbers) == 1:
        return f"version {numbers[0]}"
    if numbers:
        return f"versions {', '.join(numbers[:-1])} and {numbers[-1]}"
    return tags


def one_line(text: str) -> str:
    """``text`` with each run of spaces and line breaks as one space: a line read out of a
    file, or a cell's several paragraphs, as one line."""
    return " ".join(text.split())


def excerpt(text: str, length: int = 80) -> str:
    """The start of ``text`` on one line, at most ``length`` characters, cut with an ellipsis:
    how a comment, a paragraph or a finding's words are quoted in a message or a menu."""
    text = one_line(text)
    return text if len(text) <= length else text[: length - 1] + "…"
