"""Template placeholders: finding ``{{ name }}`` in a letter and filling them in.

A letter must never go out with a placeholder left in it, so ``fill`` refuses (and names every
missing value) rather than leave one behind.
"""

from __future__ import annotations

import re

from clearnotice.wording import plural

# ``{{ customer_name }}``; spaces inside the braces are optional.
PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
# What is left of a placeholder typed wrong once the well-formed ones are blanked out (to NULs,
# so offsets stay): double braces that open or close none ("{{ customer-name }}", "{{ name }"),
# a brace against one ("{{{ name }}}", Mustache's unescaped form), one brace around a name
# ("{name}", Python's format style). Filled, such a letter would greet "Dear {Ana},".
_BROKEN = re.compile(r"\{\{|\}\}|\{\x00|\x00\}|\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}")
# Merge fields in other tools' styles, which no value here fills either. Word shows a merge field
# in chevrons, "Dear «FirstName»" (Microsoft's "Use mail merge for mass mailings", Fields
# inserted into a Word document:
# http://office.microsoft.com/en-us/training/use-mail-merge-for-mass-mailings-and-more-RZ001120568.aspx),
# and templates typed by hand write <<First Name>>, [First Name] or {First Name}. In quotes,
# brackets and braces only names that look like a field are taken, so ordinary text is left
# alone: a word in Spanish quotes («phishing») starts in lower case, a footnote "[1]" with a
# digit, an editor's "[sic]" or "[emphasis added]" in lower case, a Markdown link "[the site](…)"
# is followed by "(", and "[X]" is one letter. Words between "<<" and ">>" are always a field.
_FIELD_NAME = r"(?:[A-Z]\w+|[a-z]+(?:_\w+|\d\w*|[A-Z]\w*))"
_TITLE_WORDS = r"[A-Z]\w+(?:[ \t][A-Z0-9]\w*){0,4}"
_NAME = rf"(?:{_TITLE_WORDS}|{_FIELD_NAME})"
_FOREIGN = re.compile(
    rf"«{_FIELD_NAME}»"
    r"|<<[ \t]*[^\W\d_]\w+(?:[ \t]+\w+){0,4}[ \t]*>>"
    rf"|\[[ \t]*{_NAME}[ \t]*\](?![(\[:])"
    rf"|\{{[ \t]*{_TITLE_WORDS}[ \t]*\}}"
)


class UnfilledPlaceholderError(ValueError):
    """Raised when a letter would keep placeholders that have no value."""

    def __init__(self, missing: list[str]):
        self.missing = missing
        names = ", ".join(f"{{{{ {name} }}}}" for name in missing)
        super().__init__(f"no value for {plural(len(missing), 'placeholder')}: {names}")


def find_placeholders(text: str) -> list[str]:
    """Names of the placeholders in ``text``, each once, in order of first appearance."""
    return list(dict.fromkeys(m.group(1) for m in PLACEHOLDER.finditer(text)))


def foreign_fields(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds another tool's merge field ("«FirstName»", "<<name>>", "[First
    Name]", "{First Name}"), as (start, end) offsets, in order: translation keeps them as they
    are, since the tool that fills them knows them only by their name."""
    blanked = PLACEHOLDER.sub(lambda m: "\x00" * len(m.group()), text)
    return [m.span() for m in _FOREIGN.finditer(blanked)]


def broken_placeholders(text: str) -> list[str]:
    """Each line of ``text`` holding a placeholder typed wrong or another tool's merge field
    ("«FirstName»", "[First Name]"), stripped, in order: mail merge refuses such a letter, since
    no value would fill it and every customer would read it as it stands."""
    blanked = PLACEHOLDER.sub(lambda m: "\x00" * len(m.group()), text)
    lines = text.split("\n")
    found = [*_BROKEN.finditer(blanked), *_FOREIGN.finditer(blanked)]
    broken = {blanked.count("\n", 0, m.start()) for m in found}
    return [lines[number].strip() for number in sorted(broken)]


def fill(text: str, values: dict[str, object]) -> str:
    """``text`` with every placeholder replaced by its value.

    A value that is missing, None or blank counts as unfilled: an empty name in "Dear ," is as
    wrong as a left-over ``{{ customer_name }}``. A value that itself looks like a placeholder is
    refused too: the reader could not tell it from one left unfilled.
    """
    names = find_placeholders(text)
    missing = [n for n in names if values.get(n) is None or not str(values[n]).strip()]
    if missing:
        raise UnfilledPlaceholderError(missing)
    for name in names:
        if PLACEHOLDER.search(str(values[name])):
            raise ValueError(f"the value for {{{{ {name} }}}} looks like a placeholder itself")
    return PLACEHOLDER.sub(lambda m: str(values[m.group(1)]), text)
