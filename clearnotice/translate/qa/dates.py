"""The dates of a translated segment: written the English way, a day and month that changed
places, a day and year left without a month QA reads, the first day of a range, and a weekday
that disagrees with its own date."""

from __future__ import annotations

import datetime

from clearnotice.languages import language_name
from clearnotice.model import Finding, Severity
from clearnotice.text import Block
from clearnotice.translate import entities as ent
from clearnotice.translate.dates import (
    DateValue,
    FoundDate,
    RangeFirstDays,
    month_names,
    written_date,
    written_in,
)
from clearnotice.translate.language_id import reads_as
from clearnotice.translate.languages import SOURCE_LANGUAGE
from clearnotice.translate.qa.rules import finding
from clearnotice.translate.weekday_dates import calendar_says, corrected, wrong_weekdays


def date_words(entity: ent.Entity) -> str:
    year, month, day = (int(p) for p in next(iter(entity.keys)).split("-"))
    return DateValue(year, month, day).english()


def date_value(entity: ent.Entity) -> DateValue:
    year, month, day = (int(p) for p in next(iter(entity.keys)).split("-"))
    return DateValue(year, month, day)


def english_dates(
    t_all: tuple[ent.Entity, ...], t_block: Block, language: str, target_text: str
) -> list[Finding]:
    """Dates a translated segment keeps in their English form ("Mar. 3, 2026" in Spanish, where
    "mar." is also Tuesday): the value is right, the reader may not read it so. A segment left
    in English is reported as such instead."""
    if language == SOURCE_LANGUAGE or reads_as(t_block.text, language):
        return []
    return [
        finding(
            "translation.date",
            f"The date {t.text} is written the English way: write it as a "
            f"{language_name(language)} date.",
            t_block.start + t.start,
            t_block.start + t.end,
            target_text,
            severity=Severity.WARNING,
            suggestions=_written(date_value(t), language),
        )
        for t in t_all
        if t.kind == ent.DATE and not written_in(t.text, language)
    ]


def _written(value: DateValue, language: str) -> tuple[str, ...]:
    """``value`` as ``language`` writes a full date, when the date names its day and year."""
    if not (value.day and value.year):
        return ()
    return (written_date(datetime.date(value.year, value.month, value.day), language),)


def date_residue(shown: str, start: int, end: int, language: str, target_text: str) -> Finding:
    """A date whose day and year stand at ``start``-``end`` with no month QA reads: an error in
    a language whose month names it knows ("Marcha 3, 2026" is no Spanish date); only
    questioned in one it knows none of (CLDR has none for Haitian Creole: "3 mas 2024")."""
    if month_names(language):
        return finding(
            "translation.date",
            f"The date {shown} is not written as a {language_name(language)} date here.",
            start,
            end,
            target_text,
        )
    return finding(
        "translation.date",
        f"QA does not know the {language_name(language)} names of the months: check that this "
        f"is the date {shown}.",
        start,
        end,
        target_text,
        severity=Severity.WARNING,
    )


class RangeStarts:
    """Which of a translated segment's lost dates it writes as the first day of a range that
    names the month and year once ("entre el 14 y el 20 de febrero de 2026" for "between
    February 14 and February 20, 2026"). The segment's dates and bare numbers are listed once
    and each date's answer kept, and the days that begin a range are read once
    (RangeFirstDays): a pasted run of one date, listed and looked for again for each of its
    thousands, grew as the square of the run."""

    def __init__(self, text: str, t_all: tuple[ent.Entity, ...]) -> None:
        self._text = text
        self._dates = [
            FoundDate(t.start, t.end, t.text, date_value(t)) for t in t_all if t.kind == ent.DATE
        ]
        self._firsts: RangeFirstDays | None = None  # read when a date is first lost
        self._numbers: dict[tuple[int, int], list[ent.Entity]] = {}
        for t in t_all:
            if t.kind == ent.NUMBER:
                self._numbers.setdefault((t.start, t.end), []).append(t)
        self._where: dict[DateValue, tuple[int, int] | None] = {}

    def first_of_range(self, date: ent.Entity, consumed: set[int]) -> bool:
        """Whether ``date`` is written as a range's first day; the day standing there is then
        this date, not an extra number (added to ``consumed``)."""
        value = date_value(date)
        if value not in self._where:
            if self._firsts is None:
                self._firsts = RangeFirstDays(self._text, self._dates)
            self._where[value] = self._firsts.where(value)
        where = self._where[value]
        if where is None:
            return False
        consumed.update(id(t) for t in self._numbers.get(where, ()))
        return True


def swapped(s: ent.Entity, t: ent.Entity) -> bool:
    """A date whose day and month changed places (March 4 read as April 3)."""
    if s.kind != ent.DATE or t.kind != ent.DATE:
        return False
    a, b = date_value(s), date_value(t)
    return a.day != a.month and (a.year, a.month, a.day) == (b.year, b.day, b.month)


def swapped_date(
    s: ent.Entity, t: ent.Entity, offset: int, language: str, target_text: str
) -> Finding:
    return finding(
        "translation.date-swapped",
        f"The date {date_words(s)} reads as {date_words(t)} to a {language_name(language)} "
        "reader: its day and month changed places. Write the month as a word.",
        offset + t.start,
        offset + t.end,
        target_text,
    )


# A weekday of the translation that disagrees with its own full date (weekday_dates): a
# machine that changed the date and not its weekday, or a translator who put one right and not
# the other. An error, as a date's are; not one that changes the English's facts by itself (a
# changed date or weekday is told as such already), since the English may say the same.
WEEKDAY_DATE = "translation.weekday-date"


def weekday_findings(
    s_block: Block, t_block: Block, language: str, target_text: str
) -> list[Finding]:
    """The weekdays of a translated segment that disagree with the date beside them, each with
    the day that date falls on in their place."""
    english = {(w.written, w.date) for w in wrong_weekdays(s_block.text, SOURCE_LANGUAGE)}
    findings = []
    for wrong in wrong_weekdays(t_block.text, language):
        same = (wrong.written, wrong.date) in english
        findings.append(
            finding(
                WEEKDAY_DATE,
                f"{calendar_says(wrong)}: this day of the week and its date disagree. "
                + (
                    "The English says the same: correct it there, then here."
                    if same
                    else "Check which of the two the English means."
                ),
                t_block.start + wrong.start,
                t_block.start + wrong.end,
                target_text,
                suggestions=(corrected(t_block.text, wrong, language),),
            )
        )
    return findings
