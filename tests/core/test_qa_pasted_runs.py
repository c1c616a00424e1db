"""Translation QA on a pasted run of one short unit: each value, row and heading is checked
against indexes built once per segment or letter, not by reading every other value or row
again, so a run of thousands gets the findings a short run gets, one per unit; and where an
index could choose otherwise than reading in order (ties, repeated values, dates whose day and
month changed places, rows repeated), it chooses as reading in order does."""

from __future__ import annotations

import re

import pytest

from clearnotice.text import PARAGRAPH, Block
from clearnotice.translate import entities, unknown_words
from clearnotice.translate.entities import number_words
from clearnotice.translate.qa import check_translation
from clearnotice.translate.qa.values import compare_entities


def _run(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


def _paragraph(text: str) -> Block:
    return Block(PARAGRAPH, 0, len(text), text, 0)


def _values(english: str, translation: str, language: str = "es") -> list[tuple]:
    findings = compare_entities(_paragraph(english), _paragraph(translation), language, translation)
    return [(f.rule_id, f.severity.name, f.match, f.start, f.message) for f in findings]


def _rows(english: str, translation: str) -> list[tuple[int, str, str, str]]:
    report = check_translation(english, translation, "es")
    return [
        (f.segment, f.finding.rule_id, f.finding.match, f.finding.message) for f in report.findings
    ]


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


def test_a_pasted_run_of_digits_written_as_other_numbers_in_words_reports_each():
    # each digit looked through the translation's number words and removed the one it took,
    # and each changed one was popped from the front of a list
    short = _values(_run("3 ", 6), _run("cuatro ", 21))
    assert [message for *_, message in short] == ["The number 3 became cuatro (4)."] * 3
    found = _values(_run("3 ", 4000), _run("cuatro ", 14000))
    assert [f[:3] + f[4:] for f in found] == [f[:3] + f[4:] for f in _per_unit(short, 2000)]
    assert [f[3] for f in found] == list(range(0, 14000, 7))


def test_digits_and_number_words_take_their_earliest_twins_and_the_rest_in_order():
    # the first 3 is "tres", the 5 is "cinco", and the second 3 becomes the "cuatro" left
    assert _values("3 3 5", "tres cinco cuatro") == [
        ("translation.number", "ERROR", "cuatro", 11, "The number 3 became cuatro (4).")
    ]
    assert _values(
        "We have 3 offices and 3 phones.", "Tenemos cuatro oficinas y tres teléfonos."
    ) == [("translation.number", "ERROR", "cuatro", 8, "The number 3 became cuatro (4).")]
    assert _values("three ten", "4 cinco") == [
        ("translation.number", "ERROR", "cinco", 2, "The number three became cinco (5)."),
        ("translation.number", "ERROR", "4", 0, "The number ten became 4."),
    ]


def test_a_pasted_run_of_percentages_in_words_is_read_once_and_each_answers_its_own():
    # the translation's number words were read again for each percentage lost
    assert _values(_run("12% ", 8), _run("doce por ciento ", 32)) == []
    assert _values(_run("12% ", 8000), _run("doce por ciento ", 32000)) == []
    # a percentage in words answers only its own value
    translation = "doce por ciento y seis por ciento"
    assert _values("12% and 5%", translation) == [
        (
            "translation.percent",
            "ERROR",
            translation,
            0,
            "The percentage 5% is missing from the translation.",
        )
    ]


BARE_FIVE = (
    "The time 5 p.m. is written as a bare 5, which reads as the morning's: give the hour on the "
    "24-hour clock or say afternoon."
)


def test_a_pasted_run_of_afternoon_hours_as_bare_numbers_reports_each_as_a_short_run_does():
    # each lost time read every number of the translation again, consumed or not: 20,000
    # characters took 33 s
    short = _values(_run("5 p.m. ", 21), _run("5 ", 6))
    assert [message for *_, message in short] == [BARE_FIVE] * 3
    found = _values(_run("5 p.m. ", 14000), _run("5 ", 4000))
    assert [f[:3] + f[4:] for f in found] == [f[:3] + f[4:] for f in _per_unit(short, 2000)]
    assert [f[3] for f in found] == list(range(0, 4000, 2))


def test_a_lost_hour_takes_the_first_number_it_may_be_and_the_afternoons_only_as_such():
    # the first 5 p.m. is the "5 de la tarde", though a bare 5 stands before it; the second
    # is then that bare 5, told as the morning's
    assert _values("Call 5 p.m. or 5 p.m.", "Llame a las 5 o a las 5 de la tarde.") == [
        ("translation.time", "ERROR", "5", 12, BARE_FIVE)
    ]
    assert _values(
        "Call us from 9 a.m. to 5 p.m. or at 5 p.m.", "Llámenos de 9 a 17 h o a las 5."
    ) == [("translation.time", "ERROR", "5", 29, BARE_FIVE)]
    # a percentage takes the first bare number that is its value
    assert _values("12% and 12%", "12 y 12 %") == [
        (
            "translation.percent",
            "ERROR",
            "12",
            0,
            "The percentage 12% became the number 12: the translation no longer says it is a "
            "percentage.",
        )
    ]


def test_a_pasted_run_of_one_line_paragraphs_kept_as_they_are_gets_a_short_runs_findings():
    # each row left as it was looked through every row for its line translated elsewhere:
    # 10,000 characters (3,334 rows) took 10-17 s
    short = _run("a\n\n", 12)
    assert _rows(short, short) == []
    pasted = _run("a\n\n", 10000)
    assert _rows(pasted, pasted) == []


def test_rows_repeated_are_untranslated_where_the_same_line_is_translated_elsewhere():
    english = "\n\n".join(["Step One Here", "We are sorry.", "Step One Here", "Step One Here"])
    kept = "\n\n".join(["Step One Here", "Lo sentimos.", "Step One Here", "Paso uno aquí"])
    assert [(row, rule) for row, rule, *_ in _rows(english, kept)] == [
        (0, "translation.untranslated"),
        (2, "translation.untranslated"),
    ]
    # a line the translation keeps in every row is a name kept as it is
    kept_everywhere = kept.replace("Paso uno aquí", "Step One Here")
    assert _rows(english, kept_everywhere) == []
    # and so is a line kept in one row whose repeat is itself kept
    assert _rows("Acme Health\n\nAcme Health", "Acme Health\n\nAcme Health") == []


def test_a_pasted_run_of_one_line_paragraphs_translated_once_flags_every_other_row():
    short = _run("a\n\n", 12)
    found = _rows(short, "b" + short[1:])
    assert [row for row, *_ in found] == [1, 2, 3]
    pasted = _run("a\n\n", 10000)
    found = _rows(pasted, "b" + pasted[1:])
    assert [row for row, *_ in found] == list(range(1, 3334))
    assert {f[1:] for f in found} == {f[1:] for f in _rows(short, "b" + short[1:])}


def test_a_pasted_run_of_headings_kept_gets_a_short_runs_findings():
    # each heading-like row read the words of both whole texts again: 10,000 characters of
    # "WHAT HAPPENED" took 4.7 s
    for unit in ("WHAT HAPPENED\n\n", "Step One Here\n\n"):
        short = _run(unit, 3 * len(unit))
        assert _rows(short, short) == []
        pasted = _run(unit, 10000)
        assert _rows(pasted, pasted) == []


def test_a_heading_kept_counts_its_words_elsewhere_but_not_in_itself():
    english = "# Guard Guard Your Information\n\nWe will guard your information for you."
    translation = "# Guard Guard Your Information\n\nProtegeremos su información."
    # "Guard" twice in the heading and nowhere else in the translation is absent elsewhere
    assert [(row, rule) for row, rule, *_ in _rows(english, translation)] == [
        (0, "translation.untranslated")
    ]
    # one of its words written again elsewhere in the translation is there
    again = translation.replace("Protegeremos", "Guard Your Information: protegeremos")
    assert "translation.untranslated" not in {rule for _, rule, *_ in _rows(english, again)}


def test_a_pasted_run_of_number_words_is_read_once_not_from_the_start_for_each_word():
    # each number word looked for a word before it that names it ("thứ", 第) from the text's
    # start: "3 " against "cuatro " of 20,000 characters took 22 s, and 400,000 take minutes
    short = number_words(_run("cuatro ", 21), "es")
    assert [(w.text, w.keys) for w in short] == [("cuatro", frozenset({"4"}))] * 3
    found = number_words(_run("cuatro ", 400000), "es")
    assert [(w.text, w.keys) for w in found] == [(w.text, w.keys) for w in short[:1]] * 57143
    assert [w.start for w in found] == list(range(0, 400000, 7))


def test_a_pasted_run_of_named_number_words_reads_each_word_before_as_a_short_run_does():
    # "Thứ Hai" (Monday) names a day, "ba tháng" (three months) counts: each number word's
    # word before it is read where the white space before the number word begins
    short = number_words(_run("thứ  hai ba \ttháng ", 38), "vi")
    assert [(w.text, w.start) for w in short] == [("ba", 9), ("ba", 28)]
    found = number_words(_run("thứ  hai ba \ttháng ", 380000), "vi")
    assert [(w.text, w.start) for w in found] == [("ba", 9 + 19 * k) for k in range(20000)]
    assert number_words(_run("第三", 200000), "zh") == ()


def test_a_pasted_run_glued_into_one_word_is_not_tried_as_two_at_each_letter():
    # digits as number words with no space between ("cuatrocuatro..."): the one word, unknown
    # to the dictionary, was tried as two words at every one of its 60,000 letters (minutes)
    english, translation = _run("3", 10000), _run("cuatro", 60000)
    short = unknown_words.findings(
        _paragraph("3 3"), _paragraph("cuatrocuatro"), "es", "cuatrocuatro"
    )
    if unknown_words.spelling.speller_for("es") is not None:
        assert [(f.rule_id, f.match) for f in short] == [
            (unknown_words.RUN_TOGETHER, "cuatrocuatro")
        ]
    found = unknown_words.findings(_paragraph(english), _paragraph(translation), "es", translation)
    assert found == []


def test_a_pasted_run_of_dates_lost_is_not_searched_for_from_the_start_for_each_date():
    # each date the translation lost looked for its day and year from the text's start:
    # "March 3, " against "March cuatro, " of 40,000 characters took 195 s in QA, and the
    # residues found ("Marcha 3, 2026") were passed over again by each next date
    for english, translation in (
        ("March 3, ", "March cuatro, "),
        ("March 3, ", "Marcha 3, "),
        ("March 3, 2026; ", "Marcha 3, 2026; "),
    ):
        short = _values(_run(english, 3 * len(english)), _run(translation, 3 * len(translation)))
        assert len(short) == 3
        units = 60000 // len(english)
        long = _run(translation, units * len(translation))
        found = _values(_run(english, units * len(english)), long)
        assert [f[:2] + f[4:] for f in found] == [f[:2] + f[4:] for f in _per_unit(short, units)]
        if short[1][3]:  # each residue where its own unit stands
            assert [f[3] for f in found] == list(range(0, len(long), len(translation)))
            assert {f[2] for f in found} == {short[0][2]}
        else:  # missing from the whole translation
            assert {f[2:4] for f in found} == {(long, 0)}


def test_a_pasted_run_of_values_missing_from_a_segment_shares_one_copy_of_the_segment():
    # each amount missing ("$1, " as "$dos, ") is told on the whole segment, whose text each
    # finding copied: 160,000 characters held 9.6 GB
    english, translation = _run("$1, ", 20000), _run("$dos, ", 30000)
    short = _rows(_run("$1, ", 12), _run("$dos, ", 18))
    assert [message for *_, message in short] == [
        "The amount $1 is missing from the translation."
    ] * 3
    missing = [
        f.finding.match
        for f in check_translation(english, translation, "es").findings
        if f.finding.message == short[0][3]
    ]
    assert len(missing) == 5000
    assert {(len(m), m[:6]) for m in missing} == {(len(translation.rstrip()), "$dos, ")}
    assert len({id(m) for m in missing}) == 1


def test_a_letter_of_thousands_of_different_dates_lost_reads_each_where_it_stands():
    # each different date lost looked for the first day of a range and for its day and year
    # from the text's start, and each residue found looked through every value of the
    # segment: 5,000 dates took 38 s, 20,000 take minutes
    months = "January February March April May June July August September October November"
    dates = [
        (month, day, year)
        for year in range(1950, 2010)
        for month in (*months.split(), "December")
        for day in range(1, 29)
    ][:20000]
    english = " ".join(f"{month} {day}, {year};" for month, day, year in dates)
    translation = " ".join(f"Mes {day}, {year};" for _, day, year in dates)
    found = _values(english, translation)
    assert [(rule, match, message) for rule, _, match, _, message in found] == [
        (
            "translation.date",
            f"Mes {day}, {year}",
            f"The date {month} {day}, {year} is not written as a Spanish date here.",
        )
        for month, day, year in dates
    ]
    assert [f[3] for f in found] == [m.start() for m in re.finditer(r"Mes \d+, \d+", translation)]
    # a few of them alone, as the letter tells them
    for k in (0, 1, 9999, 19999):
        month, day, year = dates[k]
        alone = _values(f"{month} {day}, {year};", f"Mes {day}, {year};")
        assert [f[:3] + f[4:] for f in alone] == [found[k][:3] + found[k][4:]]


# Numbers with the words before or after them that give each its role: a bound, an end, a part
# of a legal text (white space of any length between), and one with none.
_ROLES = (
    ("at least {}", "menos de {}"),
    ("Article {}", "apartado {}"),
    ("the last {}", "los últimos {}"),
    ("{} or more", "{} o menos"),
    ("up to \t {}", "hasta \t {}"),
    ("paragraph  {}", "artículo  {}"),
    ("until {}", "hasta {}"),
)


def _roles(text: str, entity: entities.Entity) -> tuple[str | None, ...]:
    return tuple(
        role(text, entity, "en") for role in (entities.bound, entities.end_of, entities.cited_part)
    )


@pytest.mark.timeout(60)
def test_a_sentence_of_thousands_of_different_numbers_reads_the_words_beside_each_in_place():
    # each number's bound ("at least 5"), end ("the last 4") and cited part ("Article 33") was
    # read by searching the whole sentence before it, and each number's place in the
    # translation and its reference word by reading every other number: 4,000 numbers in one
    # sentence took minutes
    units = [_ROLES[n % len(_ROLES)] for n in range(4000)]
    english = "We keep " + ", ".join(e.format(n) for n, (e, _) in enumerate(units)) + "."
    numbers = [e for e in entities.find_entities(english, "en") if e.kind == entities.NUMBER]
    assert [e.text for e in numbers] == [str(n) for n in range(4000)]
    alone = []
    for n, (unit, _) in enumerate(units[: len(_ROLES)]):
        text = f"We keep {unit.format(n)}."
        (number,) = [e for e in entities.find_entities(text, "en") if e.text == str(n)]
        alone.append(_roles(text, number))
    assert len(set(alone)) == 6
    assert [_roles(english, e) for e in numbers] == [alone[n % len(_ROLES)] for n in range(4000)]
    # and in QA of the sentence's translation, each number tells what it tells alone
    translation = "Guardamos " + ", ".join(t.format(n) for n, (_, t) in enumerate(units)) + "."
    short = [
        _rows(f"We keep {e.format(n)}.", f"Guardamos {t.format(n)}.")
        for n, (e, t) in enumerate(units[: len(_ROLES)])
    ]
    assert sum(map(len, short)) >= 3
    found = _rows(english, translation)
    told = [(n, rule, message) for n in range(4000) for _, rule, _, message in short[n % 7]]
    assert [(rule, re.sub(r"\d+", "#", message)) for _, rule, _, message in found] == [
        (rule, re.sub(r"\d+", "#", message)) for _, rule, message in told
    ]
    assert [set(re.findall(r"\d+", f[3])) for f in found] == [{str(n)} for n, *_ in told]
