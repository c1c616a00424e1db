"""Whether a sentence denies something, per language, so translation QA can see a negation that
a translation dropped or added ("We will **not** share it" must not become "Lo compartiremos").

The words are data (negation.yml, with their grammar sources). Denials are counted in meaning,
not in words, so that one removed beside another is seen ("not ... never" as a single "no"):
"neither ... nor", "ni ... ni", French "ne ... pas ... ni" and Spanish "no ... nada" are one
denial each. Weaker denials ("without", "sin") are counted: a translation that renders "not
possible" as "imposible" has one more of them than its English. "Free" and a denied cost say the
same ("at no cost" and "gratuito", "is free" and "no tienes que pagar nada"):
``free_as_negated_cost`` tells QA when a negation on one side may stand for "free" on the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from clearnotice import caches, inline_markup
from clearnotice.datafiles import Shape, TextList, load

_DATA = Path(__file__).with_name("negation.yml")


class _Markers(Shape):
    strong: TextList
    weak: TextList = ()
    neutral: TextList = ()
    free: TextList = ()
    costs: TextList = ()
    concord: TextList = ()
    coordinators: TextList = ()
    clauses: TextList = ()
    unless: TextList = ()
    conditions: TextList = ()


_NEVER = re.compile(r"(?!)")


@dataclass(frozen=True)
class _Language:
    """One language's compiled markers (negation.yml)."""

    strong: re.Pattern[str]
    weak: re.Pattern[str]
    neutral: re.Pattern[str]
    free: re.Pattern[str]
    costs: re.Pattern[str]
    concord: re.Pattern[str]
    coordinators: re.Pattern[str]
    clauses: re.Pattern[str]
    unless: re.Pattern[str]
    conditions: re.Pattern[str]


@dataclass(frozen=True)
class Polarity:
    """What denies in a text: the spans of its negation words, how many denials they make in
    meaning (``denials``: "no ... nada" is one), how many weaker denials ("without", "unless",
    "sin") stand there, which a translation may use for a negation, and how many times it names
    something free."""

    negations: tuple[tuple[int, int], ...]
    weak: int
    denials: int = 0
    free: int = 0

    @property
    def negated(self) -> bool:
        return self.denials > 0

    @property
    def denies(self) -> bool:
        """Denies anything at all, strongly or weakly."""
        return self.negated or self.weak


# Chinese and Japanese write no space between words (The Unicode Standard, ch. 18 "East Asia"),
# so their markers are read wherever they stand, not as whole words.
_UNSPACED = frozenset({"zh", "ja"})


def _alternation(patterns: tuple[str, ...], spaced: bool = True) -> re.Pattern[str]:
    """Any of ``patterns`` as a whole word (anywhere, if not ``spaced``), case-insensitively;
    never matching when empty."""
    if not patterns:
        return _NEVER
    body = "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
    if not spaced:
        return re.compile(body, re.IGNORECASE)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _languages() -> dict[str, _Language]:
    data = load(_DATA, dict[str, _Markers])
    kinds = [f.name for f in fields(_Language)]  # each compiled from the marker list so named
    return {
        lang: _Language(
            **{kind: _alternation(getattr(m, kind), lang not in _UNSPACED) for kind in kinds}
        )
        for lang, m in data.items()
    }


def known(language: str) -> bool:
    return language in _languages()


@caches.of_text(4096)
def _unmarked(text: str, language: str) -> str:
    """``text`` with its markup and ``language``'s neutral phrases blanked, offsets kept: what
    polarity and denied_conditions read, kept per text as QA asks both of each sentence."""
    markers = _languages()[language]
    return markers.neutral.sub(lambda m: " " * len(m.group()), inline_markup.mask(text))


@caches.of_text(4096)
def polarity(text: str, language: str) -> Polarity | None:
    """The negations of ``text`` (offsets into it), or None for a language negation.yml lacks.

    Markup is blanked first, so ``**not**`` is read as "not" and offsets still hold. Cached
    per text: QA reads a one-sentence translation's polarity as the sentence and as the whole.
    """
    markers = _languages().get(language)
    if markers is None:
        return None
    plain = _unmarked(text, language)
    spans = tuple((m.start(), m.end()) for m in markers.strong.finditer(plain))
    return Polarity(
        spans,
        len(markers.weak.findall(plain)),
        _denials(plain, spans, markers),
        len(markers.free.findall(plain)),
    )


# Where a sentence ends, and where a clause does (a conjunction of negation.yml's ``clauses``
# starts one too).
_SENTENCE_END = re.compile(r"[.!?]")
_CLAUSE_END = re.compile(r"[.!?,;:()]")


def _denials(plain: str, spans: tuple[tuple[int, int], ...], markers: _Language) -> int:
    """How many denials the negation words at ``spans`` make in meaning, not in words.

    A negative-concord word after a denial in its clause repeats that denial ("no ... nada",
    "ne ... jamais", "non ... mai"), and a coordinator ("nor", "ni", "né") after a denial in
    its sentence continues it ("ne ... pas ... ni", "not ... nor"): neither counts again. A
    coordinator with no denial before it denies when it opens its clause ("Ni siquiera", "Nor
    will we") or the first of a pair ("ni ... ni"); elsewhere it is left without the denial it
    belongs to ("qui contient votre nom ... ni votre numéro") and denies nothing.
    """
    count = 0
    last = None  # where the previous denial ended
    for k, (a, b) in enumerate(spans):
        word = plain[a:b]
        if markers.coordinators.fullmatch(word):
            if last is not None and not _SENTENCE_END.search(plain, last, a):
                last = b
            elif _opens_clause(plain[:a], markers) or any(
                markers.coordinators.fullmatch(plain[c:d]) for c, d in spans[k + 1 :]
            ):
                count, last = count + 1, b
            continue
        if markers.concord.fullmatch(word) and last is not None:
            between = plain[last:a]
            if not _CLAUSE_END.search(between) and not markers.clauses.search(between):
                last = b
                continue
        count, last = count + 1, b
    return count


def _opens_clause(before: str, markers: _Language) -> bool:
    """Whether a word after ``before`` starts its sentence or clause."""
    tail = before.rstrip()
    if not tail or _CLAUSE_END.fullmatch(tail[-1]):
        return True
    last_word = re.search(r"\w+$", tail)
    return bool(last_word and markers.clauses.fullmatch(last_word.group()))


def denied_conditions(text: str, language: str) -> tuple[int, int] | None:
    """How many conditions of ``text`` deny (negation.yml, ``unless`` and ``conditions``): as
    (its "unless" words, its "if" words with a negation in their clause). None for a language
    negation.yml lacks."""
    markers = _languages().get(language)
    if markers is None:
        return None
    plain = _unmarked(text, language)
    negations = [m.start() for m in markers.strong.finditer(plain)]
    denied_ifs = 0
    for m in markers.conditions.finditer(plain):
        end = _CLAUSE_END.search(plain, m.end())
        stop = end.start() if end else len(plain)
        denied_ifs += any(m.end() <= at < stop for at in negations)
    return len(markers.unless.findall(plain)), denied_ifs


def free_as_negated_cost(english: str, translated: str, language: str) -> bool:
    """Whether one side may deny a cost where the other says "free" ("is free" as "no tienes
    que pagar nada", "at no cost" as "gratuito"): one names something free, the other a cost."""
    source, target = _languages().get("en"), _languages().get(language)
    if source is None or target is None:
        return False
    return bool(
        (source.free.search(english) and target.costs.search(translated))
        or (source.costs.search(english) and target.free.search(translated))
    )


def price_lost(english: str, translated: str, language: str) -> bool:
    """Whether the English names something free and the translation says nothing of the
    kind: no "free" of its own, and no denial beside a cost ("sin costo", "sans frais"), as
    when "free credit monitoring" becomes "monitoreo de crédito libre" (free as unrestricted)."""
    source, target = _languages().get("en"), _languages().get(language)
    if source is None or target is None or not source.free.search(english):
        return False
    if target.free.search(translated):
        return False
    heard = polarity(translated, language)
    return not (heard.denies and target.costs.search(translated))
