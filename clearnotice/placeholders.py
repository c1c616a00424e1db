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


class UnfilledPlaceholderError(ValueError):
    """Raised when a letter would keep placeholders that have no value."""

    def __init__(self, missing: list[str]):
        self.missing = missing
        names = ", ".join(f"{{{{ {name} }}}}" for name in missing)
        super().__init__(f"no value for {plural(len(missing), 'placeholder')}: {names}")


def find_placeholders(text: str) -> list[str]:
    """Names of the placeholders in ``text``, each once, in order of first appearance."""
    return list(dict.fromkeys(m.group(1) for m in PLACEHOLDER.finditer(text)))


def broken_placeholders(text: str) -> list[str]:
    """Each line of ``text`` holding a placeholder typed wrong, stripped, in order: mail merge
    refuses such a letter, since no value would fill it and the customer would read it."""
    blanked = PLACEHOLDER.sub(lambda m: "\x00" * len(m.group()), text)
    lines = text.split("\n")
    broken = {blanked.count("\n", 0, m.start()) for m in _BROKEN.finditer(blanked)}
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
