"""Keeping placeholders, other tools' merge fields («FirstName», <<name>>), links' addresses,
e-mails, URLs, phone numbers, codes, section references ("3(a)(ii)"), social handles
("@acme_help", "#StaySafe") and inline `code` away from translation engines.

Before a segment goes to an engine each such span becomes a token of plain letters, which every
engine here passes through as an unknown word: Apertium split tokens that held digits
("ZPH2Z" came back from en-gl as "ZPH querido2Z") and read braces as words
("{{ customer_name }}" became "{{ de_cliente querido }}"). After translation the tokens are put
back. A token the engine lost is reported, and QA then flags the missing placeholder or code.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from clearnotice import placeholders
from clearnotice.placeholders import foreign_fields
from clearnotice.translate import entities
from clearnotice.translate.entities import PROTECTED_KINDS, find_entities

_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_PREFIXES = ("Xqzj", "Xqzk", "Xqzv", "Xjqz")


@dataclass(frozen=True)
class Protected:
    """A segment with its protected spans replaced by tokens, and what to put back.

    ``spans`` are where each original stood in the segment, so an offset in ``text`` (a
    grammar finding) can be carried back to the segment (``clearnotice.outbound``)."""

    text: str
    prefix: str
    originals: tuple[str, ...]
    spans: tuple[tuple[int, int], ...] = ()


@cache
def fingerprint() -> str:
    """A digest of the code that decides what is kept from the engine (this module, the
    entities it finds, the merge fields): a translation cached before that changed was made
    from other text (a merge field sent as words, "<<nombre>>"), and must not be served."""
    digest = hashlib.sha256()
    for module in (placeholders, entities):
        digest.update(Path(module.__file__).read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()


def token(prefix: str, index: int) -> str:
    """The ``index``-th token: the prefix and letters only (a, b, ..., z, aa, ab, ...)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = _ALPHABET[rest] + letters
    return prefix + letters


_ANY_TOKEN = re.compile("(?:" + "|".join(_PREFIXES) + ")[a-z]+", re.IGNORECASE)


def is_token(text: str) -> bool:
    """Whether ``text`` is one of our tokens (already standing in for something)."""
    return _ANY_TOKEN.fullmatch(text) is not None


def replace_spans(segment: str, spans: Iterable[tuple[int, int]]) -> Protected:
    """``segment`` with each of the sorted, disjoint ``spans`` replaced by a token, under a
    prefix the segment does not already hold (so a word of the text is never read as one)."""
    prefix = next((p for p in _PREFIXES if p.lower() not in segment.lower()), _PREFIXES[0])
    pieces: list[str] = []
    kept: list[tuple[int, int]] = []
    position = 0
    for start, end in spans:
        pieces.append(segment[position:start])
        pieces.append(token(prefix, len(kept)))
        kept.append((start, end))
        position = end
    pieces.append(segment[position:])
    originals = tuple(segment[s:e] for s, e in kept)
    return Protected("".join(pieces), prefix, originals, tuple(kept))


# A Markdown link's or image's address, with its title if any: "[words](/privacy-policy)",
# "![logo](images/logo.png)", "[words](<a b.html>)" (CommonMark 0.31, "Links": a destination
# in angle brackets, or without spaces and with balanced parentheses; a quoted title after it).
# Apertium made "(/privacy-policy)" into "(/intimidad-póliza)": a broken link. The words of the
# link, between the brackets, are translated.
_LINK_ADDRESS = re.compile(
    r"\]\((<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*"
    r"""(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?)\)"""
)
# A reference link's label, "[words][label]", and its definition, "[label]: address" (CommonMark
# "Link reference definitions"): translated on one side and not the other, they no longer match.
_LINK_LABEL = re.compile(r"\]\[([^\]\n]+)\]")
_LINK_DEFINITION = re.compile(r"^[ \t]{0,3}\[([^\]\n]+)\]:[ \t]*(\S+)", re.MULTILINE)


# A law's section or a list's item, as lawyers write them: "3(a)(ii)", "Civ. Code § 1798.82(a)",
# "(b)(1)", "(iv)". Apertium read the letter as a word: "3(un)(ii)", "1798.82(un)".
_REFERENCE = re.compile(
    r"(?<![\w(])(?:\d+(?:\.\d+)*)?(?:\((?:[a-z]|[ivx]{1,5}|\d{1,3})\))+(?![\w)])"
)


# A social media handle or hashtag, "@acme_help", "#StaySafe": Apertium translated its word and
# moved the sign ("Visit @home now." came back "Casa @de visita ahora"). Not an e-mail's "@"
# (a word before it) nor "#1" or "C#".
_HANDLE = re.compile(r"(?<![\w@#])[@#][A-Za-z_]\w*")


# Inline code, what the reader types as written: a run of backticks, the code, the same run
# (CommonMark 0.31, "Code spans"). Apertium made "Use `reset-password` now." into
# "Reinicialización `de uso-contraseña` ahora".
_CODE = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)")


def _link_spans(segment: str) -> list[tuple[int, int]]:
    """Where ``segment``'s links name their address or reference (``_LINK_ADDRESS`` ...)."""
    spans = [m.span(1) for m in _LINK_ADDRESS.finditer(segment) if m.group(1)]
    spans += [m.span(1) for m in _LINK_LABEL.finditer(segment)]
    for m in _LINK_DEFINITION.finditer(segment):
        # a footnote's ("[^1]: The source ...") is text to translate, not an address
        spans += [m.span(1)] if m.group(1).startswith("^") else [m.span(1), m.span(2)]
    return spans


def protect(segment: str, language: str = "en") -> Protected:
    """``segment`` with every placeholder, another tool's merge field, link address, e-mail,
    URL, phone number, code, section reference, social handle, inline code and keyword to
    type or text ("Text HELP to 12345") as a token."""
    spans = [
        (e.start, e.end) for e in find_entities(segment, language) if e.kind in PROTECTED_KINDS
    ]
    spans += foreign_fields(segment) + _link_spans(segment)
    spans += [m.span() for m in _REFERENCE.finditer(segment)]
    spans += [m.span() for m in _HANDLE.finditer(segment)]
    spans += [m.span() for m in _CODE.finditer(segment)]
    spans += entities.keyword_spans(segment) if language == "en" else []
    return replace_spans(segment, _disjoint(spans))


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, each kept unless it overlaps one kept before it (the longer first)."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def restore(translated: str, protected: Protected) -> tuple[str, tuple[str, ...]]:
    """The translation with the original spans back, and the originals the engine lost."""
    if not protected.originals:
        return translated, ()
    seen: set[int] = set()
    by_token = {token(protected.prefix, i).lower(): i for i in range(len(protected.originals))}

    def put_back(m: re.Match[str]) -> str:
        index = by_token[m.group().lower()]
        seen.add(index)
        return protected.originals[index]

    # the tokens themselves, the longest first: a token may reach the engine inside a longer
    # word, beside another token ("{{ first_name }}{{ last_name }}") or before letters of the
    # text ("your {{ card_type }}s"), and read as the whole word it was none
    tokens = sorted(by_token, key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, tokens)), re.IGNORECASE)
    text = pattern.sub(put_back, translated)
    lost = tuple(o for i, o in enumerate(protected.originals) if i not in seen)
    return text, lost
