"""A day of the week that disagrees with the date it names: "On Tuesday, March 3, 2025, we
learned ..." when March 3, 2025 was a Monday. A reader takes such a slip for carelessness, or is
misled about when something happened; a translation that changed the date and not its weekday
says it too.

Read in any language whose dates and weekdays the one recogniser reads
(clearnotice.translate.entities): a weekday is judged when it stands right beside a full date,
with its day and year, that it qualifies, before it ("Tuesday, March 3, 2025", "mardi 3 mars
2025", "Dienstag, den 3. März 2025") or after it where the language writes it so (Korean,
Chinese and Japanese: "2025년 3월 3일 화요일") or in brackets ("3 March 2025 (Tuesday)"). A
date without its year, or a weekday alone ("on Monday we will call"), is not judged. The day a
date falls on is the proleptic Gregorian calendar's (Python's ``datetime.date.weekday``), the
civil calendar of every country the letters go to.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from clearnotice.datafiles import TextList, load
from clearnotice.translate import entities as ent
from clearnotice.translate.dates import DateValue

_BETWEEN_WORDS = Path(__file__).with_name("weekday_dates.yml")
# What stands between a weekday and its date besides a listed word: spaces, a comma (the
# Arabic comma U+060C too: CLDR's ar full date "EEEE، d MMMM y") and the marks of bold or
# italics around either ("**Monday**, March 3, 2025").
_SEPARATORS = r"[\s,\u060c*_]*"
# A weekday after its date in brackets, in any language: "3 March 2025 (Monday)", "2025年3月3日
# （星期一）" (full-width brackets, U+FF08).
_BRACKETED = re.compile(r"[\s*_]*[(（]\s*")


@dataclass(frozen=True)
class WrongWeekday:
    """A weekday and the full date it names, which falls on another day. ``start`` and ``end``
    span both, as written; ``name_start`` and ``name_end`` the weekday's name alone."""

    start: int
    end: int
    name_start: int
    name_end: int
    written: int  # the day named, Monday 0
    date: datetime.date

    @property
    def actual(self) -> int:
        """The day ``date`` falls on, Monday 0."""
        return self.date.weekday()


@cache
def _between(language: str) -> re.Pattern[str]:
    """What may stand between a weekday and the date after it in ``language``
    (weekday_dates.yml)."""
    words = load(_BETWEEN_WORDS, dict[str, TextList]).get(language.split("-")[0], ())
    word = "|".join(re.escape(w) for w in words)
    listed = rf"(?:(?:{word})\s+)?" if word else ""
    return re.compile(_SEPARATORS + listed, re.IGNORECASE)


@cache
def _weekday_last(language: str) -> bool:
    """Whether ``language`` names the weekday after the date, unbracketed: CLDR's full date
    pattern ends with it (ko "y년 MMMM d일 EEEE", zh and ja "y年M月d日EEEE")."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_date_format

    try:
        pattern = get_date_format("full", locale=language.replace("-", "_")).pattern
    except (UnknownLocaleError, ValueError):
        return False
    return pattern.rstrip().endswith("EEEE")


def _full_date(entity: ent.Entity) -> datetime.date | None:
    """The calendar date a DATE entity names, when it names its day and year."""
    year, month, day = (int(p) for p in next(iter(entity.keys)).split("-"))
    if not (year and day):
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:  # "February 30, 2025" names no day at all
        return None


def _day(entity: ent.Entity) -> int:
    return int(next(iter(entity.keys)).removeprefix("weekday "))


def _beside(text: str, first: ent.Entity, second: ent.Entity, language: str) -> bool:
    """Whether a weekday and a date, ``first`` right before ``second`` in ``text``, are one
    weekday-and-date: only what _between, or _BRACKETED (or a space, where the language puts
    the weekday last) lets stand between them stands there."""
    gap = text[first.end : second.start]
    if first.kind == ent.WEEKDAY:
        return _between(language).fullmatch(gap) is not None
    return _BRACKETED.fullmatch(gap) is not None or (
        _weekday_last(language) and not gap.strip(" \u3000")
    )


# What joins the two weekdays of a range of days ("Monday to Friday", "de lunes a viernes",
# "Montag bis Freitag", "lun.-ven."): a few words at most, no sentence's end.
_RANGE_GAP = re.compile(r"[^.!?。\n]{1,12}")


def _range_of_days(text: str, before: ent.Entity, weekday: ent.Entity) -> bool:
    """Whether ``weekday`` ends a range of days that ``before`` starts: opening hours name no
    date, so the date after them ("Monday to Friday, March 3, 2025 onwards") is not its day."""
    gap = text[before.end : weekday.start]
    return before.kind == ent.WEEKDAY and _RANGE_GAP.fullmatch(gap) is not None


def wrong_weekdays(text: str, language: str) -> tuple[WrongWeekday, ...]:
    """Each weekday of ``text`` (in ``language``) named right beside a full date that falls on
    another day of the week, in reading order."""
    found = [e for e in ent.find_entities(text, language) if e.kind in (ent.DATE, ent.WEEKDAY)]
    wrong = []
    for at, (first, second) in enumerate(zip(found, found[1:], strict=False)):
        if {first.kind, second.kind} != {ent.DATE, ent.WEEKDAY}:
            continue
        if first.kind == ent.WEEKDAY and at and _range_of_days(text, found[at - 1], first):
            continue
        weekday, date = (first, second) if first.kind == ent.WEEKDAY else (second, first)
        day = _full_date(date)
        if (
            day is None
            or day.weekday() == _day(weekday)
            or not _beside(text, first, second, language)
        ):
            continue
        wrong.append(
            WrongWeekday(first.start, second.end, weekday.start, weekday.end, _day(weekday), day)
        )
    return tuple(wrong)


def calendar_says(wrong: WrongWeekday) -> str:
    """What the calendar says of ``wrong``, in English: "March 3, 2025 falls on a Monday, not a
    Tuesday". Timeless, so a review says the same whatever day it is made (reviews are kept)."""
    names = ent.day_names("en")
    date = DateValue(wrong.date.year, wrong.date.month, wrong.date.day).english()
    return f"{date} falls on a {names[wrong.actual]}, not a {names[wrong.written]}"


def corrected(text: str, wrong: WrongWeekday, language: str) -> str:
    """The words of ``wrong`` in ``text`` with the day its date falls on named instead, in
    ``language`` and capitalised as written: "Monday, March 3, 2025"."""
    name = ent.day_names(language)[wrong.actual]
    if text[wrong.name_start : wrong.name_end][:1].isupper():
        name = name[:1].upper() + name[1:]
    return text[wrong.start : wrong.name_start] + name + text[wrong.name_end : wrong.end]
