"""Approved translations of key terms, one data file per language (glossary/<language>.yml).

"security freeze", "fraud alert" and "credit monitoring" name things the reader must act on and
search for; a translation must use the organisation's approved term for each. Adding a term is
a data edit, seen by the next check without a restart. A bad file is refused with a message
naming the file and the key.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import Field

from clearnotice.caches import Recent
from clearnotice.datafiles import (
    DataFileError,
    Shape,
    Text,
    TextList,
    parse_yaml,
    problem,
    read_yaml,
    validate,
)

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
    return _glossary(path, read_yaml(path, GlossaryError))


def _glossary(path: Path, data: object) -> Glossary:
    """The glossary of ``path`` from its parsed YAML ``data``; a bad one raises GlossaryError."""
    shaped = validate(_GlossaryFile, data, path, GlossaryError)
    if shaped.language != path.stem:
        raise problem(
            path, "language", f"{shaped.language!r} does not match the file name", GlossaryError
        )
    return Glossary(shaped.language, tuple(_term(t) for t in shaped.terms), str(path))


# Keyed on the file's path and content: an admin's edit is a new key, read at the next check.
_files: Recent[tuple[str, str], Glossary] = Recent("glossary files", 16, of_text=False)


def glossary_for(language: str) -> Glossary | None:
    """The approved terms for ``language`` as its file says them now, or None when there is no
    glossary for it. The file (a few kilobytes) is read at each call and parsed again only when
    its content changed, so an edited term is judged by at once, not after a restart (a
    modification time can stay the same over two quick saves: the content cannot)."""
    path = GLOSSARY_DIR / f"{language}.yml"
    try:
        content = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise GlossaryError(f"{path}: cannot read the file ({exc.strerror})") from None
    key = (str(path), hashlib.sha256(content).hexdigest())
    return _files.get_or_make(key, lambda: _glossary(path, _parsed(path, content)))


def _parsed(path: Path, content: bytes) -> object:
    """The YAML of ``content``, read from ``path``, as read_yaml reads a file."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        raise GlossaryError(f"{path}: not UTF-8 text; save it as UTF-8") from None
    return parse_yaml(text, path, GlossaryError)


def glossary_files() -> list[Path]:
    return sorted(GLOSSARY_DIR.glob("*.yml"))
