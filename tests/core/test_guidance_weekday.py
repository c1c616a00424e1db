"""The letter review finds a day of the week that disagrees with the date it names: "On
Tuesday, March 3, 2025, we learned ..." when March 3, 2025 was a Monday reads as carelessness,
or misleads about when something happened."""

from __future__ import annotations

import datetime

from clearnotice.fixes import apply_suggestion
from clearnotice.guidance import review
from clearnotice.model import Severity

RULE = "content.weekday-date"


def _found(text: str) -> list:
    return [f for f in review(text).findings if f.rule_id == RULE]


def test_a_weekday_that_disagrees_with_its_date_is_an_error_on_those_words():
    text = (
        "# Notice of Data Breach\n\nDear Jordan,\n\nOn Tuesday, March 3, 2025, we learned that "
        "someone read our files. We are sorry.\n\nSincerely,\nAcme\n"
    )
    (finding,) = _found(text)
    assert text[finding.start : finding.end] == finding.match == "Tuesday, March 3, 2025"
    assert "March 3, 2025 falls on a Monday" in finding.message
    assert finding.severity is Severity.ERROR
    assert finding.suggestions == ("Monday, March 3, 2025",)
    fixed = apply_suggestion(text, finding, finding.suggestions[0])
    assert "On Monday, March 3, 2025, we learned" in fixed
    assert _found(fixed) == []


def test_a_dateline_and_a_bullet_are_read_as_well():
    text = (
        "Thursday, September 4, 2020\n\nDear Jordan,\n\nWhat we know:\n\n"
        "- **Saturday, July 10, 2020**: someone read our files.\n"
    )
    assert [f.match for f in _found(text)] == [
        "Thursday, September 4, 2020",
        "Saturday, July 10, 2020",
    ]


def test_a_weekday_that_agrees_or_a_date_without_its_year_gives_nothing():
    text = (
        "Dear Jordan,\n\nOn Monday, March 3, 2025, we learned that someone read our files. "
        "On Tuesday, March 4, we closed the gap. Call us on Friday with any questions, or by "
        "March 30, 2025.\n"
    )
    assert _found(text) == []


def test_a_long_letter_of_right_weekday_dates_gives_no_finding():
    days = [datetime.date(2025, 1, 6) + datetime.timedelta(days=n) for n in range(0, 300, 5)]
    events = [
        f"On {d:%A}, {d:%B} {d.day}, {d.year}, we checked server {n}." for n, d in enumerate(days)
    ]
    paragraphs = [" ".join(events[k : k + 4]) for k in range(0, len(events), 4)]
    text = "Dear Jordan,\n\n" + "\n\n".join(paragraphs) + "\n\nSincerely,\nAcme\n"
    assert _found(text) == []
