"""Deadline clocks: due dates from the discovery date (or the event a law counts from), business
days, thresholds, days left and overdue, and the CSV and iCalendar files read back."""

from __future__ import annotations

import csv
import datetime
import io

import icalendar
import pytest

from clearnotice import deadlines

D = datetime.date
DISCOVERED = D(2026, 3, 3)  # a Tuesday


def _clock(code: str, to: str, rows) -> deadlines.Clock:
    return next(r for r in rows if r.jurisdiction == code and r.to == to)


@pytest.mark.parametrize(
    ("code", "to", "due"),
    [
        ("CA", "individuals", D(2026, 4, 2)),  # 30 calendar days, Cal. Civ. Code 1798.82(a)(2)
        ("TX", "individuals", D(2026, 5, 2)),  # 60 days, 521.053(b)
        ("TX", "regulator", D(2026, 4, 2)),  # 30 days, 521.053(i)
        ("CO", "individuals", D(2026, 4, 2)),
        ("AL", "individuals", D(2026, 4, 17)),  # 45 days
        ("CT", "individuals", D(2026, 5, 2)),  # 60 days from discovery
        ("GDPR", "regulator", D(2026, 3, 6)),  # 72 hours
    ],
    ids=lambda v: str(v),
)
def test_due_dates_from_the_discovery_date(code, to, due):
    rows = deadlines.clocks([code], DISCOVERED, today=DISCOVERED)
    assert _clock(code, to, rows).due == due


def test_business_days_skip_weekends():
    # Friday + 5 business days is the next Friday; + 1 is Monday
    assert deadlines.add_days(D(2026, 3, 6), 5, "business") == D(2026, 3, 13)
    assert deadlines.add_days(D(2026, 3, 6), 1, "business") == D(2026, 3, 9)
    assert deadlines.add_days(D(2026, 3, 6), 5, "calendar") == D(2026, 3, 11)


def test_a_law_counting_from_notice_to_individuals_uses_that_date_when_given():
    events = {"notice_to_individuals": D(2026, 3, 20)}  # a Friday
    rows = deadlines.clocks(["IA", "CA"], DISCOVERED, today=DISCOVERED, events=events)
    assert _clock("IA", "regulator", rows).due == D(2026, 3, 27)  # 5 business days
    assert _clock("CA", "regulator", rows).due == D(2026, 4, 4)  # 15 calendar days
    assert not _clock("CA", "regulator", rows).assumed


def test_without_the_events_date_the_discovery_date_stands_in_and_says_so():
    row = _clock("TX", "individuals", deadlines.clocks(["TX"], DISCOVERED, today=DISCOVERED))
    assert row.assumed and "counted from discovery" in row.counted_from


def test_a_determination_date_moves_the_clock():
    rows = deadlines.clocks(
        ["TX"], DISCOVERED, today=DISCOVERED, events={"determination": D(2026, 3, 10)}
    )
    assert _clock("TX", "individuals", rows).due == D(2026, 5, 9)


@pytest.mark.parametrize(
    ("affected", "applies"), [(None, None), (249, False), (250, True)], ids=str
)
def test_a_regulator_threshold_applies_from_its_number_of_residents(affected, applies):
    rows = deadlines.clocks(["TX"], DISCOVERED, today=DISCOVERED, affected=affected)
    row = _clock("TX", "regulator", rows)
    assert row.applies is applies
    assert (row.status == deadlines.BELOW_THRESHOLD) is (applies is False)


def test_days_left_and_overdue():
    rows = deadlines.clocks(["CA"], DISCOVERED, today=D(2026, 4, 5))
    row = _clock("CA", "individuals", rows)
    assert row.days_left == -3 and row.overdue and row.when == "overdue by 3 days"
    row = _clock("CA", "individuals", deadlines.clocks(["CA"], DISCOVERED, today=DISCOVERED))
    assert row.when == "due in 30 days" and not row.overdue


def test_a_deadline_without_a_number_of_days_has_no_date():
    row = _clock("AK", "individuals", deadlines.clocks(["AK"], DISCOVERED, today=DISCOVERED))
    assert row.due is None and row.status == deadlines.NO_FIXED_DATE


def test_hipaa_small_breaches_count_from_the_end_of_the_year():
    rows = deadlines.clocks(["HIPAA"], DISCOVERED, today=DISCOVERED)
    assert rows[-1].due == D(2027, 3, 1)


def test_every_row_says_confirm_with_counsel_and_names_its_source():
    rows = deadlines.clocks(["CA", "TX", "AU"], DISCOVERED, today=DISCOVERED)
    assert rows and all(r.caution == "confirm with counsel" for r in rows)
    assert all(r.cite and r.url.startswith("http") for r in rows)


def test_unknown_jurisdictions_and_events_are_named():
    with pytest.raises(ValueError, match="unknown jurisdiction 'ZZ'"):
        deadlines.clocks(["ZZ"], DISCOVERED, today=DISCOVERED)
    with pytest.raises(ValueError, match="unknown event 'moon'"):
        deadlines.clocks(["CA"], DISCOVERED, today=DISCOVERED, events={"moon": DISCOVERED})


def test_the_csv_reads_back_with_one_row_per_deadline():
    rows = deadlines.clocks(["CA", "TX"], DISCOVERED, today=DISCOVERED)
    read = list(csv.DictReader(io.StringIO(deadlines.to_csv(rows))))
    assert len(read) == len(rows)
    assert read[0]["due"] == "2026-04-02" and read[0]["caution"] == "confirm with counsel"


def test_the_icalendar_file_parses_back_with_all_day_dates_and_folded_lines():
    rows = deadlines.clocks(["CA", "TX", "AK"], DISCOVERED, today=DISCOVERED, affected=300)
    stamp = datetime.datetime(2026, 3, 3, 9, 0, tzinfo=datetime.UTC)
    text = deadlines.to_icalendar(rows, stamp=stamp)
    lines = text.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert any(line.startswith(" ") for line in lines)  # long descriptions were folded
    calendar = icalendar.Calendar.from_ical(text)
    events = calendar.walk("VEVENT")
    # Alaska has no date, and California's attorney general is not due below 501 residents
    assert len(events) == sum(r.due is not None and r.applies is not False for r in rows)
    assert len(events) < len(rows)
    starts = sorted(e.decoded("DTSTART") for e in events)
    assert starts[0] == D(2026, 4, 2) and not isinstance(starts[0], datetime.datetime)
    description = str(events[0].get("DESCRIPTION"))
    assert "Cal. Civ. Code 1798.82" in description and "Confirm with counsel" in description


def test_icalendar_text_is_escaped_and_never_folded_inside_a_character():
    assert deadlines._text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    folded = deadlines._fold("X:" + "é" * 80)
    for line in folded.split("\r\n"):
        line.encode("utf-8").decode("utf-8")  # each physical line is whole UTF-8
        assert len(line.encode("utf-8")) <= 75


@pytest.mark.parametrize("code", ["CA", "TX"])
def test_a_deadline_past_the_calendar_s_last_day_is_refused_in_words(code):
    """A discovery date typed as 9999-12-31 put the due date past what a date can hold: an
    OverflowError and a traceback, on the command line and the page alike."""
    with pytest.raises(ValueError, match="after the year 9999"):
        deadlines.clocks([code], D(9999, 12, 31), today=DISCOVERED)
    last = deadlines.clocks([code], D(9999, 10, 1), today=DISCOVERED)
    assert all(r.due is None or r.due.year == 9999 for r in last)
