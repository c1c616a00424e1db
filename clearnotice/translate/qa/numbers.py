"""The numbers of a translated segment: numbers in words that answer digits ("tres" for
"3"), thousands grouped the English way where a comma is the decimal sign, and a bare number
that stands for a time or a percentage of the English."""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Iterable
from functools import cached_property

from clearnotice.languages import language_name
from clearnotice.model import Finding, Severity
from clearnotice.text import Block
from clearnotice.translate import entities as ent
from clearnotice.translate.languages import REVIEWED_LANGUAGES, SOURCE_LANGUAGE
from clearnotice.translate.qa.matching import earliest_twins
from clearnotice.translate.qa.rules import finding

# A number grouped in thousands by commas ("1,000", "25,000", "1,250.50") reads in
# French, German, Italian, Portuguese, Catalan and Galician as a decimal ("1,000" is one): their
# decimal sign is the comma (Imprimerie nationale, Lexique des règles typographiques; DIN 5008;
# Treccani, "virgola"; Academia das Ciências de Lisboa; Institut d'Estudis Catalans; Real
# Academia Galega). Spanish is left alone: it is written with the decimal point in Mexico,
# Central America and the United States, the letters' readers (RAE and ASALE, Ortografía de la
# lengua española, 2010, on the decimal sign, which accepts both). A decimal part after a point
# changes nothing: the first comma is still read as the decimal sign.
_COMMA_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]|\.\d)")
_COMMA_MISREAD = frozenset({"fr", "de", "it", "pt", "ca", "gl"})


def _group_sign(language: str) -> str | None:
    """What ``language`` groups thousands with when its reader takes a comma for the decimal
    sign (_COMMA_MISREAD, and any other language whose decimal sign is the comma in the
    Unicode CLDR: Russian, Polish, Ukrainian, Vietnamese), as CLDR writes it ("12 000",
    "12.000"); None for a language that reads "1,000" as a thousand."""
    if language in _COMMA_MISREAD:
        return "\u202f" if language == "fr" else "."
    if language in REVIEWED_LANGUAGES or not ent.decimal_comma(language):
        return None
    from babel.numbers import get_group_symbol

    return get_group_symbol(language.replace("-", "_"))


def _own_grouping(number: str, group: str) -> str:
    """``number``, grouped the English way, with ``group`` between its thousands and a comma
    before its decimals ("1,250.50" as "1.250,50")."""
    whole, _, decimals = number.partition(".")
    return whole.replace(",", group) + ("," + decimals if decimals else "")


def english_grouping(
    t_all: tuple[ent.Entity, ...], t_block: Block, language: str, target_text: str
) -> list[Finding]:
    """Numbers and amounts of a translation grouped the English way, where its reader takes
    the comma for a decimal sign (_COMMA_GROUPED): a warning, with the language's own form."""
    group = _group_sign(language)
    if group is None:
        return []
    found = []
    for t in t_all:
        if t.kind not in (ent.NUMBER, ent.AMOUNT):
            continue
        for m in _COMMA_GROUPED.finditer(t.text):
            start = t_block.start + t.start + m.start()
            found.append(
                finding(
                    "translation.number",
                    f"{m.group()} is grouped the English way: a {language_name(language)} "
                    "reader takes its comma for a decimal sign. Group the thousands as "
                    f"{language_name(language)} does.",
                    start,
                    start + len(m.group()),
                    target_text,
                    severity=Severity.WARNING,
                    suggestions=(_own_grouping(m.group(), group),),
                )
            )
    return found


def spelled_numbers(
    lost: list[ent.Entity], extra: list[ent.Entity], s_text: str, t_block: Block, language: str
) -> tuple[list[ent.Entity], list[ent.Entity], list[tuple[ent.Entity, ent.Entity]]]:
    """Digits on one side that the other side writes in words ("3" and "tres") are the same
    number. Returns the digits still lost, those still extra, and the numbers the translation
    writes as a different number in words, as (English, translation) pairs. A word that is also
    something else ("un" is "a") explains a number but is never called a changed one."""
    s_words = list(ent.number_words(s_text, SOURCE_LANGUAGE))
    t_words = list(ent.number_words(t_block.text, language))

    lost, t_words = earliest_twins(lost, t_words)
    extra, s_words = earliest_twins(extra, s_words)
    s_words, t_words = earliest_twins(s_words, t_words)
    s_clear = {w.start for w in ent.number_words(s_text, SOURCE_LANGUAGE, ambiguous=False)}
    t_clear = {w.start for w in ent.number_words(t_block.text, language, ambiguous=False)}
    spare = [w for w in t_words if w.start in t_clear]
    # each still lost (beyond those an extra number may answer) takes the next spare word
    waiting = [*lost[len(extra) :], *(w for w in s_words if w.start in s_clear)]
    changed = list(zip(waiting, spare, strict=False))
    lost = _less(lost, Counter(s for s, _ in changed))
    said = {s.start for s, _ in changed}
    lost += [w for w in s_words if w.start in s_clear and w.start not in said and _counts(w)]
    return lost, extra, changed


def _less(values: list[ent.Entity], gone: Counter[ent.Entity]) -> list[ent.Entity]:
    """``values`` without the first of each value as many times as ``gone`` counts it, in
    order (list.remove for each, which grew as the square of a pasted run)."""
    gone = gone.copy()
    kept = []
    for value in values:
        if gone[value]:
            gone[value] -= 1
        else:
            kept.append(value)
    return kept


# A number in words from ten up ("ninety days") names a deadline or a count that a translation
# keeps, in words or digits; the small ones ("two ways", "both") a translator may fold into the
# sentence ("tanto ... como"), so only these are missed when nothing stands for them.
SPELLED_MISSED_FROM = 10


def _counts(word: ent.Entity) -> bool:
    return any(int(k) >= SPELLED_MISSED_FROM for k in word.keys)


class BareNumbers:
    """The translation's numbers (kind NUMBER) of a segment, in order and by key, for the lost
    times and percentages that may stand as bare numbers: each asks for the first not yet
    consumed having one of its keys. Each key's list is read once, front to back (consumed
    numbers stay consumed), where reading every number again for each lost value grew as the
    square of a pasted run."""

    def __init__(self, t_all: tuple[ent.Entity, ...], text: str, language: str) -> None:
        self._numbers = [t for t in t_all if t.kind == ent.NUMBER]
        self._text = text
        self._language = language

    @cached_property
    def _by_key(self) -> dict[str, deque[int]]:
        return _positions(self._numbers, range(len(self._numbers)))

    @cached_property
    def _afternoon(self) -> dict[str, deque[int]]:
        """The numbers that words for the afternoon follow ("5 de la tarde"), by key."""
        after = (
            i
            for i, t in enumerate(self._numbers)
            if ent.afternoon_at(self._text, t.end, self._language)
        )
        return _positions(self._numbers, after)

    def take(
        self, keys: set[str], consumed: set[int], afternoon_keys: set[str] | None = None
    ) -> ent.Entity | None:
        """The first number not in ``consumed`` having one of ``keys``, or one of
        ``afternoon_keys`` with words for the afternoon after it; added to ``consumed``."""
        best = _first(self._by_key, keys, self._numbers, consumed)
        if afternoon_keys:
            late = _first(self._afternoon, afternoon_keys, self._numbers, consumed)
            if late is not None and (best is None or late < best):
                best = late
        if best is None:
            return None
        consumed.add(id(self._numbers[best]))
        return self._numbers[best]


def _positions(numbers: list[ent.Entity], among: Iterable[int]) -> dict[str, deque[int]]:
    positions: dict[str, deque[int]] = {}
    for i in among:
        for key in numbers[i].keys:
            positions.setdefault(key, deque()).append(i)
    return positions


def _first(
    positions: dict[str, deque[int]],
    keys: set[str],
    numbers: list[ent.Entity],
    consumed: set[int],
) -> int | None:
    """The first position of ``keys``' lists whose number is not consumed; each list loses
    the consumed ones at its front for good."""
    best = None
    for key in keys & positions.keys():
        row = positions[key]
        while row and id(numbers[row[0]]) in consumed:
            row.popleft()
        if row and (best is None or row[0] < best):
            best = row[0]
    return best


def hour_of_range(time: ent.Entity, numbers: BareNumbers, consumed: set[int]) -> bool:
    """Whether the translation writes ``time``, a full hour, as a bare number: beside a time
    that carries the unit for both ("de 9 a 17 h", "von 9 bis 17 Uhr" for "from 9 a.m. to 5
    p.m."), or with words for the half of the day ("las 9 de la mañana", "5 de la tarde"). The
    number standing there is then this time, not an extra number. It is read on the 24-hour
    clock: a bare "5" for "5 p.m." ("de 9 a. m. a 5") is five in the morning, unless words for
    the afternoon follow it (entities.afternoon_at)."""
    if any(not key.endswith(":00") for key in time.keys):
        return False
    hours = {int(key[:2]) for key in time.keys}
    twelve = {str(h - 12) for h in hours if h > 12}
    return numbers.take({str(h) for h in hours}, consumed, twelve) is not None


def bare_afternoon(time: ent.Entity, numbers: BareNumbers, consumed: set[int]) -> ent.Entity | None:
    """The bare number of the translation that is ``time``, an afternoon's full hour, on the
    12-hour clock without its "p.m." ("5" for "5 p.m."), taken from the extra numbers; None if
    none is. hour_of_range has already taken one the words around it make right."""
    hours = {str(int(key[:2]) - 12) for key in time.keys if key.endswith(":00") and key > "12"}
    return numbers.take(hours, consumed)


def bare_percent(
    percent: ent.Entity, numbers: BareNumbers, consumed: set[int]
) -> ent.Entity | None:
    """The number of the translation that is ``percent`` without its "%" ("12 de nuestros
    clientes" for "12% of our customers"), taken from the extra numbers; None if none is."""
    return numbers.take({k.removesuffix("%") for k in percent.keys}, consumed)


def percents_in_words(text: str, language: str) -> frozenset[str]:
    """The percentages the translation writes with their number in words ("doce por ciento"
    for "12%"), as the keys of the percentages they are ("12%"): read once per segment, not
    again for each percentage lost, which grew as the square of a pasted run."""
    after = re.compile(ent.PERCENT_AFTER, re.IGNORECASE)
    return frozenset(
        f"{value}%"
        for w in ent.number_words(text, language)
        if after.match(text, w.end)
        for value in w.keys
    )
