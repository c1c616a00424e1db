"""Whether a sentence denies something, per language, so translation QA can see a negation that
a translation dropped or added ("We will **not** share it" must not become "Lo compartiremos").

The words are data (negation.yml, with their grammar sources). Negations are compared by
presence, not counts: "neither ... nor" and "ni ... ni", or French "ne ... pas", are one negation
however many words carry it. Weaker denials ("without", "sin") are counted: a translation that
renders "not possible" as "imposible" has one more of them than its English. "Free" and a denied
cost say the same ("at no cost" and "gratuito", "is free" and "no tienes que pagar nada"):
``free_as_negated_cost`` tells QA when a negation on one side stands for "free" on the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from clearnotice import inline_markup
from clearnotice.datafiles import Shape, TextList, load

_DATA = Path(__file__).with_name("negation.yml")


class _Markers(Shape):
    strong: TextList
    weak: TextList = ()
    neutral: TextList = ()
    free: TextList = ()
    costs: TextList = ()


_NEVER = re.compile(r"(?!)")


@dataclass(frozen=True)
class _Language:
    """One language's compiled markers (negation.yml)."""

    strong: re.Pattern[str]
    weak: re.Pattern[str]
    neutral: re.Pattern[str]
    free: re.Pattern[str]
    costs: re.Pattern[str]


@dataclass(frozen=True)
class Polarity:
    """What denies in a text: the spans of its negations, and how many weaker denials
    ("without", "unless", "sin") stand there, which a translation may use for a negation."""

    negations: tuple[tuple[int, int], ...]
    weak: int

    @property
    def negated(self) -> bool:
        return bool(self.negations)

    @property
    def denies(self) -> bool:
        """Denies anything at all, strongly or weakly."""
        return self.negated or self.weak


def _alternation(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``patterns`` as a whole word, case-insensitively; never matching when empty."""
    if not patterns:
        return _NEVER
    body = "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _languages() -> dict[str, _Language]:
    data = load(_DATA, dict[str, _Markers])
    return {
        lang: _Language(*(_alternation(p) for p in (m.strong, m.weak, m.neutral, m.free, m.costs)))
        for lang, m in data.items()
    }


def known(language: str) -> bool:
    return language in _languages()


def polarity(text: str, language: str) -> Polarity | None:
    """The negations of ``text`` (offsets into it), or None for a language negation.yml lacks.

    Markup is blanked first, so ``**not**`` is read as "not" and offsets still hold.
    """
    markers = _languages().get(language)
    if markers is None:
        return None
    plain = markers.neutral.sub(lambda m: " " * len(m.group()), inline_markup.mask(text))
    spans = tuple((m.start(), m.end()) for m in markers.strong.finditer(plain))
    return Polarity(spans, len(markers.weak.findall(plain)))


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
