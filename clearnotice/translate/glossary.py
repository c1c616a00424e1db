"""Approved translations of key terms, one data file per language (glossary/<language>.yml).

"security freeze", "fraud alert" and "credit monitoring" name things the reader must act on and
search for; a translation must use the organisation's approved term for each. Adding a term is
a data edit. The loader refuses unknown keys, naming the file and the key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

GLOSSARY_DIR = Path(__file__).with_name("glossary")
_FILE_KEYS = {"language", "terms"}
_TERM_KEYS = {"term", "approved", "source", "examples"}


class GlossaryError(ValueError):
    """A glossary file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Term:
    term: str
    approved: tuple[str, ...]
    source: str
    examples_pass: tuple[tuple[str, str], ...]
    examples_flag: tuple[tuple[str, str], ...]
    pattern: re.Pattern[str]
    approved_pattern: re.Pattern[str]

    def in_source(self, text: str) -> bool:
        return self.pattern.search(text) is not None

    def approved_in(self, text: str) -> bool:
        return self.approved_pattern.search(text) is not None


@dataclass(frozen=True)
class Glossary:
    language: str
    terms: tuple[Term, ...]
    path: str


def _phrase(words: str) -> str:
    # any run of spaces between words; both straight and curly apostrophes
    parts = [re.escape(w).replace("'", "['’]") for w in words.split()]
    return r"\s+".join(parts)


def _term(entry: object, path: Path) -> Term:
    if not isinstance(entry, dict):
        raise GlossaryError(f"{path.name}: each term must be a mapping, not {entry!r}")
    unknown = set(entry) - _TERM_KEYS
    if unknown:
        raise GlossaryError(f"{path.name}: unknown key {sorted(unknown)[0]!r} in a term")
    missing = {"term", "approved", "source"} - set(entry)
    if missing:
        raise GlossaryError(f"{path.name}: term {entry.get('term')!r} lacks {sorted(missing)}")
    approved = entry["approved"]
    if isinstance(approved, str):
        approved = [approved]
    examples = entry.get("examples") or {}
    term = str(entry["term"]).strip()
    return Term(
        term=term,
        approved=tuple(str(a) for a in approved),
        source=str(entry["source"]),
        examples_pass=tuple(tuple(p) for p in examples.get("pass", ())),
        examples_flag=tuple(tuple(p) for p in examples.get("flag", ())),
        # English plurals: "security freezes", "fraud alerts"
        pattern=re.compile(rf"\b{_phrase(term)}(?:s|es)?\b", re.IGNORECASE),
        approved_pattern=re.compile(
            r"\b(?:" + "|".join(_phrase(a) for a in approved) + r")\b", re.IGNORECASE
        ),
    )


def load_file(path: Path) -> Glossary:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise GlossaryError(f"{path.name}: expected a mapping with 'language' and 'terms'")
    unknown = set(data) - _FILE_KEYS
    if unknown:
        raise GlossaryError(f"{path.name}: unknown key {sorted(unknown)[0]!r}")
    language = str(data.get("language", ""))
    if language != path.stem:
        raise GlossaryError(f"{path.name}: language {language!r} does not match the file name")
    return Glossary(language, tuple(_term(t, path) for t in data.get("terms") or ()), str(path))


@lru_cache(maxsize=16)
def glossary_for(language: str) -> Glossary | None:
    """The approved terms for ``language``, or None when there is no glossary for it."""
    path = GLOSSARY_DIR / f"{language}.yml"
    return load_file(path) if path.exists() else None


def glossary_files() -> list[Path]:
    return sorted(GLOSSARY_DIR.glob("*.yml"))
