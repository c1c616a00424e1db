"""Translation QA on a pasted run of one short unit: each value, row and heading is checked
against indexes built once per segment or letter, not by reading every other value or row
again, so a run of thousands gets the findings a short run gets, one per unit; and where an
index could choose otherwise than reading in order (ties, repeated values, dates whose day and
month changed places, rows repeated), it chooses as reading in order does."""

from __future__ import annotations

from clearnotice.text import PARAGRAPH, Block
from clearnotice.translate.qa.values import compare_entities


def _run(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


def _paragraph(text: str) -> Block:
    return Block(PARAGRAPH, 0, len(text), text, 0)


def _values(english: str, translation: str, language: str = "es") -> list[tuple]:
    findings = compare_entities(_paragraph(english), _paragraph(translation), language, translation)
    return [(f.rule_id, f.severity.name, f.match, f.start, f.message) for f in findings]


def _per_unit(findings: list[tuple], units: int) -> list[tuple]:
    """The finding of a short run's first unit, told of every unit: a run's findings are its
    unit's, one after another, so they differ only in where they stand."""
    return [finding for finding in findings[:1] for _ in range(units)]


def test_a_pasted_run_of_changed_numbers_reports_each_as_a_short_run_does():
    # each lost number looked among all the extra ones for a swapped date, then removed the
    # first from a list: 20,000 characters took 12.6 s
    short = _values(_run("1 ", 6), _run("2 ", 6))
    assert [message for *_, message in short] == ["The number 1 became 2."] * 3
    english, translation = _run("1 ", 20000), _run("2 ", 20000)
    found = _values(english, translation)
    assert [f[:3] + f[4:] for f in found] == [f[:3] + f[4:] for f in _per_unit(short, 10000)]
    assert [f[3] for f in found] == list(range(0, 20000, 2))


def test_identical_runs_of_numbers_match_each_number_with_its_twin():
    assert _values(_run("1 ", 40000), _run("1 ", 40000)) == _values("1 1 1", "1 1 1") == []


def test_each_english_value_takes_the_earliest_translation_value_it_may_be():
    # "1.000" may be a thousand or one: the English's 1 takes it, as the first that may be 1,
    # and the 1000 is then told as the 1 left over
    assert _values("1 1000", "1.000 1") == [
        ("translation.number", "ERROR", "1", 6, "The number 1000 became 1.")
    ]
    # of repeated values, the earliest twin is taken and the last one left is the extra
    assert _values("1 2 1", "2 1 2") == [
        ("translation.number", "ERROR", "2", 4, "The number 1 became 2.")
    ]
    assert _values("1 2 3", "2 2 2") == [
        ("translation.number", "ERROR", "2", 2, "The number 1 became 2."),
        ("translation.number", "ERROR", "2", 4, "The number 3 became 2."),
    ]


def test_a_lost_date_takes_the_earliest_extra_date_with_its_day_and_month_swapped():
    english = "We found it on March 4, 2026 and June 7, 2026."
    translation = (
        "Lo encontramos el 1 de enero de 2026, el 3 de abril de 2026 y el 3 de abril de 2026."
    )
    found = _values(english, translation)
    assert [(rule, match, start) for rule, _, match, start, _ in found] == [
        ("translation.date-swapped", "3 de abril de 2026", 41),
        ("translation.date", "1 de enero de 2026", 18),
        ("translation.date", "3 de abril de 2026", 65),
    ]
    assert found[1][4] == "The date June 7, 2026 became 1 de enero de 2026 (January 1, 2026)."
    assert found[2][4] == "The date 3 de abril de 2026 is not in the English."


def test_a_pasted_run_of_dates_swapped_reports_each_as_a_short_run_does():
    short = _values(_run("March 4, 2026; ", 45), _run("3 de abril de 2026; ", 60))
    assert [rule for rule, *_ in short] == ["translation.date-swapped"] * 3
    found = _values(_run("March 4, 2026; ", 15000), _run("3 de abril de 2026; ", 20000))
    assert [f[:3] + f[4:] for f in found] == [f[:3] + f[4:] for f in _per_unit(short, 1000)]
    assert [f[3] for f in found] == list(range(0, 20000, 20))
