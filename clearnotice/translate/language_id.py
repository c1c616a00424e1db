"""Telling which language a sentence is in, from its function words, offline and at once.

Enough to catch English left in a translation: a sentence of a Spanish letter with "your",
"and", "about" and no Spanish function word was not translated. Each language counts only the
words of its list that no other language here shares (stopwords.yml).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from clearnotice.datafiles import load
from clearnotice.text import words

_STOPWORDS = Path(__file__).with_name("stopwords.yml")
# A sentence is judged only with at least this many function words of the winning language;
# below it, names and numbers can decide nothing.
MIN_EVIDENCE = 3


@lru_cache(maxsize=1)
def _exclusive_words() -> dict[str, frozenset[str]]:
    lists = {
        lang: frozenset(str(w).lower() for w in ws)
        for lang, ws in load(_STOPWORDS, dict[str, tuple[str, ...]]).items()
    }
    return {
        lang: ws - frozenset().union(*(other for o, other in lists.items() if o != lang))
        for lang, ws in lists.items()
    }


def known_languages() -> frozenset[str]:
    return frozenset(_exclusive_words())


@lru_cache(maxsize=1)
def _language_of_word() -> dict[str, str]:
    # each word is in one language's exclusive list at most
    return {w: lang for lang, ws in _exclusive_words().items() for w in ws}


def scores(text: str) -> dict[str, int]:
    """How many of each language's own function words ``text`` holds."""
    counts = dict.fromkeys(_exclusive_words(), 0)
    language_of = _language_of_word()
    for w in words(text):
        lang = language_of.get(w.text.lower())
        if lang:
            counts[lang] += 1
    return counts


def reads_as(text: str, expected: str) -> str | None:
    """The language ``text`` plainly reads as when that is not ``expected``; else None.

    Plainly: at least MIN_EVIDENCE function words of that language, and more than twice as
    many as of ``expected``.
    """
    counts = scores(text)
    best = max(counts, key=counts.get)
    if best == expected or counts[best] < MIN_EVIDENCE:
        return None
    if counts[best] <= 2 * counts.get(expected, 0):
        return None
    return best
