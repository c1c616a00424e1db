"""Hunspell dictionaries on this machine, read by spylls (pure-Python Hunspell).

Debian's ``hunspell-en-us`` and ``hunspell-es`` (and any other ``hunspell-*`` package) install
``.aff``/``.dic`` pairs under /usr/share/hunspell. Loading one takes about 0.6 s (English) to
1.2 s (Spanish), so each is loaded once per process; looking a word up is fast and memoised.
Suggestions are slow (200-320 ms a word, design notes §3), so they are computed only when the
user asks for them, one word at a time.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from spylls.hunspell import Dictionary

from clearnotice import caches

DICTIONARY_PATH_ENV = "CLEARNOTICE_HUNSPELL_PATH"
_SYSTEM_DIRS = ("/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell")
# The variant used when a letter's language names no region ("en", "es").
_DEFAULT_REGION = {
    "en": "en_US",
    "es": "es_ES",
    "ca": "ca_ES",
    "gl": "gl_ES",
    "fr": "fr_FR",
    "de": "de_DE",
    "pt": "pt_PT",
    "it": "it_IT",
}
# Which Debian package to install for a language, for the "no dictionary" message.
_DEBIAN_PACKAGE = {"en": "hunspell-en-us", "es": "hunspell-es", "fr": "hunspell-fr"}
MAX_SUGGESTIONS = 5


def _search_dirs() -> list[Path]:
    extra = os.environ.get(DICTIONARY_PATH_ENV, "")
    return [Path(p) for p in extra.split(os.pathsep) if p] + [Path(p) for p in _SYSTEM_DIRS]


def dictionary_name(language: str) -> str | None:
    """The installed dictionary for ``language`` ("en", "en-GB", "es"), e.g. ``en_US``."""
    code = language.replace("-", "_")
    base = code.split("_")[0].lower()
    wanted = [code, _DEFAULT_REGION.get(base, ""), base]
    installed = available_dictionaries()
    for name in wanted:
        if name and name in installed:
            return name
    regional = sorted(n for n in installed if n.split("_")[0].lower() == base)
    return regional[0] if regional else None


@lru_cache(maxsize=1)
def available_dictionaries() -> dict[str, Path]:
    """Installed dictionaries by name (``en_US``), each the path without its extension."""
    found: dict[str, Path] = {}
    for folder in _search_dirs():
        if not folder.is_dir():
            continue
        for aff in sorted(folder.glob("*.aff")):
            if aff.with_suffix(".dic").exists():
                found.setdefault(aff.stem, aff.with_suffix(""))
    return found


def install_hint(language: str) -> str:
    base = language.split("-")[0].lower()
    package = _DEBIAN_PACKAGE.get(base, f"hunspell-{base}")
    return f"install the Debian package {package} to check its spelling"


@lru_cache(maxsize=8)
def _load(name: str) -> Dictionary:
    return Dictionary.from_files(str(available_dictionaries()[name]))


# Hunspell reads a word with hyphens as its parts in every way it may be broken at them (its
# BREAK): twice the ways for each hyphen, so a pasted "a-a-a-..." of 50 characters took seconds
# and one of 100 never ended. A word has a few ("state-of-the-art" three); one with more than
# MAX_HYPHENS is known when each of its parts is.
MAX_HYPHENS = 8


class Speller:
    """Spelling for one dictionary: ``knows(word)`` fast, ``suggest(word)`` on request."""

    def __init__(self, name: str):
        self.name = name
        self._dictionary = _load(name)
        self._looked_up = caches.of_text(50_000)(self._dictionary.lookup)

    def knows(self, word: str) -> bool:
        if word.count("-") > MAX_HYPHENS:
            return all(part and self._looked_up(part) for part in word.split("-"))
        return self._looked_up(word)

    def suggest(self, word: str) -> tuple[str, ...]:
        return _suggest(self.name, word)


@caches.of_text(2048)
def _suggest(name: str, word: str) -> tuple[str, ...]:
    suggestions = []
    for suggestion in _load(name).suggest(word):
        suggestions.append(suggestion)
        if len(suggestions) == MAX_SUGGESTIONS:
            break
    return tuple(suggestions)


@lru_cache(maxsize=16)
def speller_for(language: str) -> Speller | None:
    """The speller for ``language``, or None when no dictionary for it is installed."""
    name = dictionary_name(language)
    return Speller(name) if name else None


def suggest(word: str, language: str) -> tuple[str, ...]:
    """Up to five corrections for ``word``; slow (a few hundred ms), so only call on request."""
    speller = speller_for(language)
    return speller.suggest(word) if speller else ()
