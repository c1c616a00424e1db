"""What the English segment holds that must carry over to its translation unchanged
(placeholders, e-mails, web addresses, phones, codes, dates, times, weekdays, percentages,
amounts, numbers), compared kind by kind: each lost, changed or added one is a finding."""

from __future__ import annotations

from bisect import bisect_left
from collections import deque

from clearnotice.model import Finding, Severity
from clearnotice.text import Block
from clearnotice.translate import entities as ent
from clearnotice.translate.dates import Residues
from clearnotice.translate.languages import SOURCE_LANGUAGE
from clearnotice.translate.qa.dates import (
    RangeStarts,
    date_residue,
    date_value,
    date_words,
    english_dates,
    swapped,
    swapped_date,
)
from clearnotice.translate.qa.matching import earliest_twins
from clearnotice.translate.qa.numbers import (
    BareNumbers,
    bare_afternoon,
    bare_percent,
    english_grouping,
    hour_of_range,
    percents_in_words,
    spelled_numbers,
)
from clearnotice.translate.qa.rules import KIND_LABEL, finding

_COMPARED = (
    ent.PLACEHOLDER_KIND,
    ent.EMAIL,
    ent.URL,
    ent.PHONE,
    ent.CODE,
    ent.DATE,
    ent.TIME,
    ent.TIMEZONE,
    ent.WEEKDAY,
    ent.PERCENT,
    ent.AMOUNT,
    ent.NUMBER,
)

# Kinds a translation may say in words QA does not read, so one missing is only questioned.
_SAID_OTHERWISE = (ent.WEEKDAY, ent.TIMEZONE)


def compare_entities(
    s_block: Block, t_block: Block, language: str, target_text: str
) -> list[Finding]:
    """Findings for what the English segment holds and its translation lost or changed."""
    s_all = ent.find_entities(s_block.text, SOURCE_LANGUAGE)
    t_all = ent.find_entities(t_block.text, language)
    offset = t_block.start
    whole = (t_block.start, t_block.end)
    whole_text = target_text[t_block.start : t_block.end]  # one copy for every missing value
    findings: list[Finding] = []
    consumed: set[int] = set()  # target entities explained by an earlier finding
    # lost dates' days and years, outside where target dates stand
    residues = Residues(t_block.text, ((t.start, t.end) for t in t_all if t.kind == ent.DATE))
    starts = [t.start for t in t_all]  # to find the values a residue holds
    ranges = RangeStarts(t_block.text, t_all)
    numbers = BareNumbers(t_all, t_block.text, language)
    for kind in _COMPARED:
        noun, rule = KIND_LABEL[kind]
        sources = [e for e in s_all if e.kind == kind]
        targets = [e for e in t_all if e.kind == kind and id(e) not in consumed]
        if not sources and not targets and kind != ent.NUMBER:
            continue  # nothing of the kind on either side (numbers in words may still be)
        lost, extra = earliest_twins(sources, targets)
        if kind == ent.NUMBER:
            lost, extra, changed = spelled_numbers(lost, extra, s_block.text, t_block, language)
            findings.extend(
                finding(
                    rule,
                    f"The number {s.text} became {t.text} ({next(iter(t.keys))}).",
                    offset + t.start,
                    offset + t.end,
                    target_text,
                    suggestions=(s.text,),
                )
                for s, t in changed
            )
        unexplained = _Extra(extra)
        in_words = (
            percents_in_words(t_block.text, language)
            if kind == ent.PERCENT and lost
            else frozenset()
        )
        for s in lost:
            shown = date_words(s) if kind == ent.DATE else s.text
            if kind == ent.DATE and ranges.first_of_range(s, consumed):
                continue
            if kind == ent.TIME and hour_of_range(s, numbers, consumed):
                continue
            morning = bare_afternoon(s, numbers, consumed) if kind == ent.TIME else None
            if morning is not None:
                findings.append(
                    finding(
                        rule,
                        f"The time {s.text} is written as a bare {morning.text}, which reads "
                        "as the morning's: give the hour on the 24-hour clock or say "
                        "afternoon.",
                        offset + morning.start,
                        offset + morning.end,
                        target_text,
                        suggestions=(s.text,),
                    )
                )
                continue
            if s.keys & in_words:
                continue
            bare = bare_percent(s, numbers, consumed) if kind == ent.PERCENT else None
            if bare is not None:
                findings.append(
                    finding(
                        rule,
                        f"The percentage {s.text} became the number {bare.text}: the "
                        "translation no longer says it is a percentage.",
                        offset + bare.start,
                        offset + bare.end,
                        target_text,
                        suggestions=(s.text,),
                    )
                )
                continue
            if unexplained:
                t = unexplained.take(s)
                said = f"{t.text} ({date_words(t)})" if kind == ent.DATE else t.text
                if kind == ent.DATE and swapped(s, t):
                    findings.append(swapped_date(s, t, offset, language, target_text))
                    continue
                findings.append(
                    finding(
                        rule,
                        f"The {noun} {shown} became {said}.",
                        offset + t.start,
                        offset + t.end,
                        target_text,
                        suggestions=(s.text,) if kind != ent.DATE else (),
                    )
                )
                continue
            if kind == ent.DATE:
                where = residues.take(date_value(s))
                if where is not None:
                    a, b = where
                    # the day and year standing there are this date, not extras: the entities
                    # are disjoint and in reading order, so those starting from ``a`` to ``b``
                    for i in range(bisect_left(starts, a), bisect_left(starts, b)):
                        if t_all[i].kind == ent.NUMBER and t_all[i].end <= b:
                            consumed.add(id(t_all[i]))
                    findings.append(
                        date_residue(shown, offset + a, offset + b, language, target_text)
                    )
                    continue
            findings.append(
                finding(
                    rule,
                    f"The {noun} {shown} is missing from the translation.",
                    *whole,
                    target_text,
                    # days may stand as a span of days ("Monday to Friday" as "días hábiles"),
                    # and a zone in a language's words QA does not know
                    severity=Severity.WARNING if kind in _SAID_OTHERWISE else Severity.ERROR,
                    suggestions=(s.text,) if kind != ent.DATE else (),
                    match=whole_text,
                )
            )
        for t in unexplained.left():
            findings.append(
                finding(
                    rule,
                    f"The {noun} {t.text} is not in the English.",
                    offset + t.start,
                    offset + t.end,
                    target_text,
                )
            )
    findings.extend(english_dates(t_all, t_block, language, target_text))
    findings.extend(english_grouping(t_all, t_block, language, target_text))
    return findings


class _Extra:
    """The translation's values no English value took, in order, as the lost English values
    take them for a "became" finding: a date the one whose day and month changed places
    (swapped), else the first left. The first left is kept by a pointer and a swapped date is
    found by its value: looking through the list for each lost value and removing the one
    taken grew as the square of a pasted run."""

    def __init__(self, values: list[ent.Entity]) -> None:
        self._values = values
        self._taken = [False] * len(values)
        self._first = 0
        self._dates: dict[tuple[int, int, int], deque[int]] | None = None

    def __bool__(self) -> bool:
        return self._first_left() < len(self._values)

    def _first_left(self) -> int:
        while self._first < len(self._values) and self._taken[self._first]:
            self._first += 1
        return self._first

    def take(self, lost: ent.Entity) -> ent.Entity:
        """The value ``lost`` became: the first left whose date is ``lost``'s swapped, else the
        first left (there must be one)."""
        i = self._swapped(lost) if lost.kind == ent.DATE else None
        if i is None:
            i = self._first_left()
        self._taken[i] = True
        return self._values[i]

    def _swapped(self, date: ent.Entity) -> int | None:
        a = date_value(date)
        if a.day == a.month:
            return None
        if self._dates is None:  # (year, month, day) as the English wrote them when swapped
            self._dates = {}
            for i, t in enumerate(self._values):
                if t.kind == ent.DATE:
                    b = date_value(t)
                    self._dates.setdefault((b.year, b.day, b.month), deque()).append(i)
        waiting = self._dates.get((a.year, a.month, a.day))
        while waiting and self._taken[waiting[0]]:
            waiting.popleft()
        return waiting[0] if waiting else None

    def left(self) -> list[ent.Entity]:
        return [t for t, used in zip(self._values, self._taken, strict=True) if not used]
