"""A pattern kept to whole words: the bounds every rule pattern and vocabulary term is written
in, and which the prefilter reads back to split a rule's alternation into its wordings, so they
are written in one place."""

from __future__ import annotations

import re

# Not inside a longer word: no letter, digit or hyphen on either side.
BOUNDED = (r"(?<![\w-])(?:", r")(?![\w-])")


def bounded(source: str) -> str:
    """``source`` kept from matching inside a longer word ("free" never matches "freeze")."""
    head, tail = BOUNDED
    return head + source + tail


def word_pattern(term: str) -> str:
    """A pattern for a literal word or phrase, bounded so it never matches inside a word."""
    return bounded(re.escape(term).replace(r"\ ", " "))
