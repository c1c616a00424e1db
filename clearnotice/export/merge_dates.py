"""Dates in a customer list as spreadsheets and CRM exports leave them, filled into a letter as
its reader recognises a date, or the row held saying why.

A list saved from a date-time column carries midnight ("2024-01-01 00:00:00", "1/1/2024
12:00:00 AM"), which went into letters as typed; an ISO date ("2024-01-01", as a workbook's date
cell reads) is written in the letter's language, as a date fact is (``facts.written_in``). A
spreadsheet stores a date as the number of days since 1900 and shows that number wherever the
cell lost its date format (pasted as a value, a General column saved to CSV): "45292" for 1
January 2024. In a column that holds dates such a number is held: which calendar it counts in
(the 1900 or the 1904 system) only the workbook it came from knows: a workbook says (its
``date1904`` flag, ``CustomerList.date_system``), a CSV file does not.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from itertools import islice

from clearnotice.facts import as_date
from clearnotice.translate.dates import written_date

# A date followed by midnight, as exports write a date-time column: "2024-01-01 00:00:00",
# "2024-01-01T00:00", "1/1/2024 0:00" (Excel's CSV), "1/1/2024 12:00:00 AM" (.NET and SQL
# Server's default US format).
_MIDNIGHT = re.compile(
    r"(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})[ T](?:0?0:00(?::00(?:\.0+)?)?|12:00(?::00)? ?AM)",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A date as a spreadsheet stores it: five digits of days (1927 to 2173), a fraction for a time.
_SERIAL = re.compile(r"\d{5}(?:\.\d+)?")
# Day 0 of Excel's 1900 date system: 1900-01-01 is day 1, and Excel counts a 29 February 1900
# that never was, so from March 1900 on the days count from 1899-12-30
# (https://learn.microsoft.com/en-us/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year).
_EXCEL_DAY_ZERO = dt.date(1899, 12, 30)
# Day 0 of the 1904 date system, which counts 1904-01-01 as day 0
# (https://learn.microsoft.com/en-us/office/troubleshoot/excel/1900-and-1904-date-system).
_DAY_ZERO = {1900: _EXCEL_DAY_ZERO, 1904: dt.date(1904, 1, 1)}
# A column or placeholder named as a date: "exposure_date", "Date of birth", "DOB".
_DATE_WORDS = frozenset({"date", "dob", "birthdate"})
SAMPLE = 200  # of a column's values, read to tell whether it holds dates


def as_written(value: str, language: str) -> str:
    """``value`` without a midnight after its date, and an ISO date in ``language``'s own
    form ("January 1, 2024", "1 de enero de 2024"); any other value as it is."""
    value = _without_midnight(value)
    day = _iso_date(value)
    return written_date(day, language) if day else value


def _iso_date(value: str) -> dt.date | None:
    """The date ``value`` is, written as ISO 8601's calendar date ("2024-01-01"), else None."""
    if not _ISO_DATE.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:  # "2024-02-30"
        return None


def named_as_date(*names: str) -> bool:
    """Whether a column's or placeholder's name says it holds a date."""
    for name in names:
        spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", name).casefold()
        if _DATE_WORDS & set(re.findall(r"[a-z]+", spaced)):
            return True
    return False


def holds_dates(values: Iterable[str]) -> bool:
    """Whether a column's values (the first ``SAMPLE`` that are not empty) are dates more
    often than numbers a spreadsheet stores dates as."""
    filled = islice((v for v in values if v), SAMPLE)
    dates = serials = 0
    for value in filled:
        serials += bool(_SERIAL.fullmatch(value))
        dates += as_date(_without_midnight(value)) is not None
    return dates > 0 and dates >= serials


def serial_problem(column: str, value: str, date_system: int | None = None) -> str | None:
    """Why ``value``, in a column that holds dates, cannot fill a letter: it is a date as a
    spreadsheet stores it, counted in ``date_system`` (a workbook's 1900 or 1904; None for a
    CSV file, which does not say: Excel's usual 1900 is named). None for any other value."""
    if not _SERIAL.fullmatch(value):
        return None
    day = _DAY_ZERO[date_system or 1900] + dt.timedelta(days=int(float(value)))
    system = (
        f"in this workbook's {date_system} date system"
        if date_system
        else "in Excel's usual 1900 date system"
    )
    return (
        f"{column} {value} is how a spreadsheet stores the date {written_date(day, 'en')} "
        f"({system}), not a date a reader knows: format the column as a date in the "
        "spreadsheet, or type the date, and save the list again."
    )


def _without_midnight(value: str) -> str:
    midnight = _MIDNIGHT.fullmatch(value)
    return midnight.group(1) if midnight else value
