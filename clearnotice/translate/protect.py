"""Keeping placeholders, e-mails, URLs, phone numbers and codes away from translation engines.

Before a segment goes to an engine each such span becomes a token of plain letters, which every
engine here passes through as an unknown word: Apertium split tokens that held digits
("ZPH2Z" came back from en-gl as "ZPH querido2Z") and read braces as words
("{{ customer_name }}" became "{{ de_cliente querido }}"). After translation the tokens are put
back. A token the engine lost is reported, and QA then flags the missing placeholder or code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clearnotice.translate.entities import PROTECTED_KINDS, find_entities

_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_PREFIXES = ("Xqzj", "Xqzk", "Xqzv", "Xjqz")


@dataclass(frozen=True)
class Protected:
    """A segment with its protected spans replaced by tokens, and what to put back."""

    text: str
    prefix: str
    originals: tuple[str, ...]


def _token(prefix: str, index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = _ALPHABET[rest] + letters
    return prefix + letters


def protect(segment: str, language: str = "en") -> Protected:
    """``segment`` with every placeholder, e-mail, URL, phone number and code as a token."""
    prefix = next((p for p in _PREFIXES if p.lower() not in segment.lower()), _PREFIXES[0])
    pieces: list[str] = []
    originals: list[str] = []
    position = 0
    for entity in find_entities(segment, language):
        if entity.kind not in PROTECTED_KINDS:
            continue
        pieces.append(segment[position : entity.start])
        pieces.append(_token(prefix, len(originals)))
        originals.append(entity.text)
        position = entity.end
    pieces.append(segment[position:])
    return Protected("".join(pieces), prefix, tuple(originals))


def restore(translated: str, protected: Protected) -> tuple[str, tuple[str, ...]]:
    """The translation with the original spans back, and the originals the engine lost."""
    if not protected.originals:
        return translated, ()
    seen: set[int] = set()
    by_token = {_token(protected.prefix, i).lower(): i for i in range(len(protected.originals))}

    def put_back(m: re.Match[str]) -> str:
        index = by_token.get(m.group().lower())
        if index is None:
            return m.group()
        seen.add(index)
        return protected.originals[index]

    pattern = re.compile(rf"{re.escape(protected.prefix)}[a-z]+", re.IGNORECASE)
    text = pattern.sub(put_back, translated)
    lost = tuple(o for i, o in enumerate(protected.originals) if i not in seen)
    return text, lost
