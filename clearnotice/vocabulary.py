"""The vocabulary the rules must respect: statutory terms never touched, an organisation's own
names never flagged, and words it wants flagged every time.

The shipped list is ``rules/vocabulary.yml``; an organisation adds its own in a YAML file named
by the environment variable CLEARNOTICE_VOCABULARY (the same keys; its lists add to the shipped
ones, and it cannot unprotect a statutory term).
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Annotated

from pydantic import BeforeValidator

from clearnotice.caches import Recent
from clearnotice.checks.loader import RULES_DIR
from clearnotice.checks.patterns import compile_pattern
from clearnotice.datafiles import DataFileError, Shape, Text, TextList
from clearnotice.datafiles import load as load_file
from clearnotice.regex.words import bounded, word_pattern

VOCABULARY_ENV = "CLEARNOTICE_VOCABULARY"
SHIPPED = RULES_DIR / "vocabulary.yml"


class VocabularyError(DataFileError):
    """A vocabulary file that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class Term:
    term: str
    message: str = ""
    suggestions: tuple[str, ...] = ()
    source: str = ""


@dataclass(frozen=True)
class Vocabulary:
    protected: tuple[Term, ...] = ()
    accept: tuple[str, ...] = ()
    reject: tuple[Term, ...] = ()
    origin: str = ""  # the files it was read from, for the source of a rejected-word finding

    @cached_property
    def fingerprint(self) -> str:
        raw = repr((self.protected, self.accept, self.reject))
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]

    @cached_property
    def keep_pattern(self) -> re.Pattern[str] | None:
        """Every protected or accepted term: a finding inside one of them is dropped."""
        terms = [t.term for t in self.protected] + list(self.accept)
        return _alternation(terms)

    @cached_property
    def protected_pattern(self) -> re.Pattern[str] | None:
        return _alternation([t.term for t in self.protected])

    @cached_property
    def reject_patterns(self) -> tuple[tuple[Term, re.Pattern[str]], ...]:
        return tuple((t, compile_pattern(word_pattern(t.term), {})) for t in self.reject)

    def merged(self, other: Vocabulary) -> Vocabulary:
        return Vocabulary(
            protected=self.protected + other.protected,
            accept=tuple(dict.fromkeys(self.accept + other.accept)),
            reject=self.reject + other.reject,
            origin=" + ".join(filter(None, (self.origin, other.origin))),
        )


def _alternation(terms: list[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    ordered = sorted(set(terms), key=len, reverse=True)
    body = "|".join(re.escape(t).replace(r"\ ", " ") for t in ordered)
    return compile_pattern(bounded(body), {})


def _as_term(value: object) -> object:
    return {"term": value} if isinstance(value, str) else value


class _TermEntry(Shape):
    term: Text
    message: str = ""
    suggest: TextList = ()
    source: str = ""


# A bare word is a term with nothing else to say.
_Entry = Annotated[_TermEntry, BeforeValidator(_as_term)]


class _VocabularyFile(Shape):
    protected: tuple[_Entry, ...] = ()
    accept: tuple[_Entry, ...] = ()
    reject: tuple[_Entry, ...] = ()


def _term(entry: _TermEntry) -> Term:
    return Term(entry.term, entry.message, entry.suggest, entry.source)


def read(path: Path) -> Vocabulary:
    """One vocabulary file; a missing or malformed file raises VocabularyError naming it."""
    data = load_file(path, _VocabularyFile, VocabularyError)
    return Vocabulary(
        protected=tuple(_term(t) for t in data.protected),
        accept=tuple(t.term for t in data.accept),
        reject=tuple(_term(t) for t in data.reject),
        origin=str(path),
    )


def load(override: str | Path | None = None) -> Vocabulary:
    """The shipped vocabulary plus the organisation's (``override`` or $CLEARNOTICE_VOCABULARY)."""
    vocabulary = _shipped()
    extra = override or os.environ.get(VOCABULARY_ENV)
    if extra:
        vocabulary = vocabulary.merged(_read_cached(str(extra), _mtime(Path(extra))))
    return vocabulary


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return -1.0


_files: Recent[tuple[str, float], Vocabulary] = Recent("vocabulary files", 16, of_text=False)


def _read_cached(path: str, mtime: float) -> Vocabulary:
    """Re-read an organisation's file only when it changes on disk."""
    return _files.get_or_make((path, mtime), lambda: read(Path(path)))


def _shipped() -> Vocabulary:
    return _read_cached(str(SHIPPED), _mtime(SHIPPED))
