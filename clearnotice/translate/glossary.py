"""Approved translations of key terms, one data file per language (glossary/<language>.yml).

"security freeze", "fraud alert" and "credit monitoring" name things the reader must act on and
search for; a translation must use the organisation's approved term for each. Adding a term is
a data edit. A bad file is refused with a message naming the file and the key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import Field

from clearnotice.datafiles import DataFileError, Shape, Text, TextList, load, problem

GLOSSARY_DIR = Path(__file__).with_name("glossary")


class GlossaryError(DataFileError):
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


class _Examples(Shape):
    # "pass" is a Python keyword: the field is named pass_ and read from "pass"
    pass_: tuple[tuple[str, str], ...] = Field((), alias="pass")
    flag: tuple[tuple[str, str], ...] = ()


class _TermEntry(Shape):
    term: Text
    approved: TextList
    source: Text
    examples: _Examples = _Examples()


class _GlossaryFile(Shape):
    language: Text
    terms: tuple[_TermEntry, ...] = ()


def _term(entry: _TermEntry) -> Term:
    return Term(
        term=entry.term,
        approved=entry.approved,
        source=entry.source,
        examples_pass=entry.examples.pass_,
        examples_flag=entry.examples.flag,
        # English plurals: "security freezes", "fraud alerts"
        pattern=re.compile(rf"\b{_phrase(entry.term)}(?:s|es)?\b", re.IGNORECASE),
        approved_pattern=re.compile(
            r"\b(?:" + "|".join(_phrase(a) for a in entry.approved) + r")\b", re.IGNORECASE
        ),
    )


def load_file(path: Path) -> Glossary:
    data = load(path, _GlossaryFile, GlossaryError)
    if data.language != path.stem:
        raise problem(
            path, "language", f"{data.language!r} does not match the file name", GlossaryError
        )
    return Glossary(data.language, tuple(_term(t) for t in data.terms), str(path))


@lru_cache(maxsize=16)
def glossary_for(language: str) -> Glossary | None:
    """The approved terms for ``language``, or None when there is no glossary for it."""
    path = GLOSSARY_DIR / f"{language}.yml"
    return load_file(path) if path.exists() else None


def glossary_files() -> list[Path]:
    return sorted(GLOSSARY_DIR.glob("*.yml"))
