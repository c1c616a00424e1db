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

import yaml

from clearnotice.checks.loader import RULES_DIR
from clearnotice.checks.patterns import bounded, compile_pattern, word_pattern

VOCABULARY_ENV = "CLEARNOTICE_VOCABULARY"
SHIPPED = RULES_DIR / "vocabulary.yml"
_KEYS = {"protected", "accept", "reject"}
_TERM_KEYS = {"term", "source", "message", "suggest"}


class VocabularyError(ValueError):
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


def _term(entry: object, where: str, index: int, key: str) -> Term:
    if isinstance(entry, str) and entry.strip():
        return Term(entry.strip())
    if not isinstance(entry, dict):
        raise VocabularyError(f"{where}: {key}[{index}]: expected a word or a mapping with 'term'")
    unknown = set(entry) - _TERM_KEYS
    if unknown:
        raise VocabularyError(f"{where}: {key}[{index}]: unknown key '{sorted(unknown)[0]}'")
    term = entry.get("term")
    if not isinstance(term, str) or not term.strip():
        raise VocabularyError(f"{where}: {key}[{index}]: 'term' must be a non-empty string")
    suggest = entry.get("suggest") or []
    suggest = [suggest] if isinstance(suggest, str) else suggest
    return Term(
        term.strip(),
        str(entry.get("message") or ""),
        tuple(str(s) for s in suggest),
        str(entry.get("source") or ""),
    )


def read(path: Path) -> Vocabulary:
    """One vocabulary file; a missing or malformed file raises VocabularyError naming it."""
    where = str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise VocabularyError(
            f"{where}: cannot read the vocabulary file ({exc.strerror})"
        ) from None
    except yaml.YAMLError as exc:
        raise VocabularyError(f"{where}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise VocabularyError(f"{where}: expected a mapping with accept / reject")
    unknown = set(data) - _KEYS
    if unknown:
        raise VocabularyError(
            f"{where}: unknown key '{sorted(unknown)[0]}' (allowed: accept, reject, protected)"
        )
    lists = {}
    for key in _KEYS:
        value = data.get(key) or []
        if not isinstance(value, list):
            raise VocabularyError(f"{where}: '{key}' must be a list")
        lists[key] = [_term(entry, where, i, key) for i, entry in enumerate(value)]
    return Vocabulary(
        protected=tuple(lists["protected"]),
        accept=tuple(t.term for t in lists["accept"]),
        reject=tuple(lists["reject"]),
        origin=where,
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


_cache: dict[tuple[str, float], Vocabulary] = {}


def _read_cached(path: str, mtime: float) -> Vocabulary:
    """Re-read an organisation's file only when it changes on disk."""
    key = (path, mtime)
    if key not in _cache:
        _cache[key] = read(Path(path))
    return _cache[key]


def _shipped() -> Vocabulary:
    return _read_cached(str(SHIPPED), _mtime(SHIPPED))
