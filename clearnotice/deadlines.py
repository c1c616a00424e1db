"""Deadline clocks: from the discovery date (and any other event a law counts from), the date each
chosen jurisdiction's notices to individuals and regulators fall due, the days left, and the same
table as CSV and as an iCalendar file (RFC 5545).

The deadlines are the profiles' data (clearnotice/profile_facts.py). Every row says "confirm with
counsel": a law's clock can start later than discovery (a determination, the end of a law
enforcement delay), and business days here skip weekends but not public holidays.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from clearnotice.csv_safety import neutralise_formula
from clearnotice.guidance import load_profiles, normalise_jurisdictions
from clearnotice.profile_facts import EVENTS, Deadline

CAUTION = "confirm with counsel"
NO_FIXED_DATE = "no fixed date"
BELOW_THRESHOLD = "not required"
OVERDUE = "overdue"
DUE = "due"


@dataclass(frozen=True)
class Clock:
    """One notice's deadline for one jurisdiction, as of ``today``."""

    jurisdiction: str
    name: str
    to: str  # individuals | regulator
    recipient: str
    timing: str
    counted_from: str  # the event, in words
    start: datetime.date
    assumed: bool  # the event's date was not given, so the discovery date stands in for it
    due: datetime.date | None
    days_left: int | None
    threshold: int | None
    applies: bool | None  # None: the number affected was not given
    unclear: bool
    cite: str
    url: str
    caution: str = CAUTION

    @property
    def status(self) -> str:
        if self.applies is False:
            return BELOW_THRESHOLD
        if self.due is None:
            return NO_FIXED_DATE
        return OVERDUE if self.days_left < 0 else DUE

    @property
    def overdue(self) -> bool:
        return self.status == OVERDUE

    @property
    def when(self) -> str:
        """The row's state in words: "overdue by 3 days", "due in 12 days", "not required"."""
        if self.status == BELOW_THRESHOLD:
            return f"not required below {self.threshold:,} residents"
        if self.status == NO_FIXED_DATE:
            return f"no fixed date: {self.timing}"
        if self.days_left < 0:
            return f"overdue by {-self.days_left} day{'s' if self.days_left != -1 else ''}"
        if self.days_left == 0:
            return "due today"
        return f"due in {self.days_left} day{'s' if self.days_left != 1 else ''}"

    def as_dict(self) -> dict:
        out = dataclasses.asdict(self)
        out.update(
            start=self.start.isoformat(),
            due=self.due.isoformat() if self.due else None,
            status=self.status,
            when=self.when,
        )
        return out


def add_days(start: datetime.date, days: int, counting: str) -> datetime.date:
    """``days`` after ``start``: calendar days, or business days (Monday to Friday; public
    holidays are not known here, hence "confirm with counsel")."""
    if counting == "calendar":
        return start + datetime.timedelta(days=days)
    day, left = start, days
    while left:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


def _start(
    event: str, discovered: datetime.date, given: Mapping[str, datetime.date]
) -> tuple[datetime.date, bool]:
    if event == "discovery":
        return discovered, False
    if event == "end_of_year":
        return datetime.date(discovered.year, 12, 31), False
    if event in given:
        return given[event], False
    return discovered, True


def clocks(
    codes: Iterable[str],
    discovered: datetime.date,
    *,
    today: datetime.date,
    events: Mapping[str, datetime.date] | None = None,
    affected: int | None = None,
) -> tuple[Clock, ...]:
    """Every deadline of the jurisdictions ``codes``, in the order of the codes and the profile.

    ``events`` gives the dates of the other events a law counts from (``determination``,
    ``notice_to_individuals``); ``affected`` is the number of residents affected, which decides
    whether a deadline with a threshold applies. An unknown code raises ValueError.
    """
    given = dict(events or {})
    unknown = sorted(set(given) - set(EVENTS))
    if unknown:
        raise ValueError(f"unknown event {unknown[0]!r}; known: {', '.join(EVENTS)}")
    profiles = load_profiles()
    rows = []
    for code in normalise_jurisdictions(codes):
        profile = profiles[code]
        url = str(profile.facts.sources[0].url) if profile.facts.sources else ""
        for deadline in profile.facts.deadlines:
            rows.append(
                _clock(code, profile.name, deadline, url, discovered, given, today, affected)
            )
    return tuple(rows)


def _clock(
    code: str,
    name: str,
    deadline: Deadline,
    url: str,
    discovered: datetime.date,
    given: Mapping[str, datetime.date],
    today: datetime.date,
    affected: int | None,
) -> Clock:
    start, assumed = _start(deadline.start, discovered, given)
    try:
        due = None if deadline.days is None else add_days(start, deadline.days, deadline.counting)
    except OverflowError:  # datetime.date ends on 9999-12-31: a mistyped year, most likely
        raise ValueError(
            f"{name}'s deadline counted from {start.isoformat()} falls after the year 9999: "
            "check the dates given"
        ) from None
    applies = None
    if deadline.threshold is not None and affected is not None:
        applies = affected >= deadline.threshold
    counted = EVENTS[deadline.start]
    if assumed:
        counted += " (its date not given: counted from discovery)"
    return Clock(
        jurisdiction=code,
        name=name,
        to=deadline.to,
        recipient=deadline.recipient,
        timing=deadline.timing,
        counted_from=counted,
        start=start,
        assumed=assumed,
        due=due,
        days_left=(due - today).days if due else None,
        threshold=deadline.threshold,
        applies=applies,
        unclear=deadline.unclear,
        cite=deadline.cite,
        url=url,
    )


# --- CSV ----------------------------------------------------------------------------------

CSV_COLUMNS = (
    "jurisdiction",
    "name",
    "to",
    "recipient",
    "timing",
    "counted_from",
    "start",
    "due",
    "days_left",
    "when",
    "threshold",
    "cite",
    "url",
    "caution",
)


def to_csv(rows: Iterable[Clock]) -> str:
    """The table as CSV, every cell safe to open in a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        values = row.as_dict()
        writer.writerow(
            neutralise_formula("" if values[c] is None else str(values[c])) for c in CSV_COLUMNS
        )
    return out.getvalue()


# --- iCalendar (RFC 5545) -----------------------------------------------------------------

_LINE_OCTETS = 75  # RFC 5545 section 3.1: lines longer than 75 octets are folded


def _text(value: str) -> str:
    """A TEXT value escaped as RFC 5545 section 3.3.11 says."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """One content line folded at 75 octets (section 3.1), never inside a UTF-8 character; each
    continuation starts with a space."""
    parts, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = _LINE_OCTETS if not parts else _LINE_OCTETS - 1
        if size + width > limit:
            parts.append(current)
            current, size = "", 0
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def to_icalendar(rows: Iterable[Clock], *, stamp: datetime.datetime) -> str:
    """One all-day event per dated deadline (rows without a date or below a threshold have
    none). ``stamp`` is the DTSTAMP, in UTC."""
    utc = stamp.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//ClearNotice//Deadline clocks//EN",
        "CALSCALE:GREGORIAN",
    ]
    for n, row in enumerate(rows):
        if row.due is None or row.applies is False:
            continue
        threshold = f" Applies from {row.threshold:,} residents." if row.threshold else ""
        description = (
            f"{row.timing}, counted from {row.counted_from} ({row.start.isoformat()}).{threshold}"
            f"\nSource: {row.cite} {row.url}\nConfirm with counsel."
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{row.jurisdiction}-{row.to}-{n}-{row.due:%Y%m%d}@clearnotice",
            f"DTSTAMP:{utc}",
            f"DTSTART;VALUE=DATE:{row.due:%Y%m%d}",
            f"DTEND;VALUE=DATE:{row.due + datetime.timedelta(days=1):%Y%m%d}",
            "SUMMARY:" + _text(f"{row.name}: notice to {row.recipient} due ({CAUTION})"),
            "DESCRIPTION:" + _text(description),
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
