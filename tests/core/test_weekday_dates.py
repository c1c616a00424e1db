"""A day of the week that disagrees with the date it names ("Tuesday, March 3, 2025", a
Monday): found in a text in any language whose dates QA reads, and reported by translation QA
in the translation that says it. Dates without a year and weekdays on their own are not
judged. The calendar in these tests is CLDR's full date form through Babel, read by a reader
that never formats dates."""

from __future__ import annotations

import datetime

import pytest
from babel.dates import format_date, get_day_names

from clearnotice.model import Severity
from clearnotice.translate.qa import CHANGES_FACTS, check_translation
from clearnotice.translate.weekday_dates import wrong_weekdays

RULE = "translation.weekday-date"


def _spans(text: str, language: str) -> list[str]:
    return [text[w.start : w.end] for w in wrong_weekdays(text, language)]


# (language, a weekday that agrees with its date, the same with the day before's name)
# fmt: off
WRITTEN = [
    ("en", "On Monday, March 3, 2025, we learned of the attack.",
     "On Tuesday, March 3, 2025, we learned of the attack.", "Tuesday, March 3, 2025"),
    ("en", "On Monday 3 March 2025 we learned of the attack.",
     "On Sunday 3 March 2025 we learned of the attack.", "Sunday 3 March 2025"),
    ("en", "On Monday, the 3rd of March 2025, we learned of the attack.",
     "On Friday, the 3rd of March 2025, we learned of the attack.",
     "Friday, the 3rd of March 2025"),
    ("es", "El lunes 3 de marzo de 2025 supimos del ataque.",
     "El martes 3 de marzo de 2025 supimos del ataque.", "martes 3 de marzo de 2025"),
    ("es", "El lunes, día 3 de marzo de 2025, supimos del ataque.",
     "El jueves, día 3 de marzo de 2025, supimos del ataque.",
     "jueves, día 3 de marzo de 2025"),
    ("es", "Inscríbase antes del viernes, junio 30, 2028.",
     "Inscríbase antes del jueves, junio 30, 2028.", "jueves, junio 30, 2028"),
    ("fr", "Le lundi 3 mars 2025, nous avons appris l'attaque.",
     "Le mardi 3 mars 2025, nous avons appris l'attaque.", "mardi 3 mars 2025"),
    ("de", "Am Montag, dem 3. März 2025 erfuhren wir von dem Angriff.",
     "Am Dienstag, dem 3. März 2025 erfuhren wir von dem Angriff.",
     "Dienstag, dem 3. März 2025"),
    ("de", "Am Montag, 3. März 2025 erfuhren wir davon.",
     "Am Mittwoch, 3. März 2025 erfuhren wir davon.", "Mittwoch, 3. März 2025"),
    ("it", "Lunedì 3 marzo 2025 abbiamo saputo dell'attacco.",
     "Martedì 3 marzo 2025 abbiamo saputo dell'attacco.", "Martedì 3 marzo 2025"),
    ("pt", "Na segunda-feira, dia 3 de março de 2025, soubemos do ataque.",
     "Na terça-feira, dia 3 de março de 2025, soubemos do ataque.",
     "terça-feira, dia 3 de março de 2025"),
    ("ko", "2025년 3월 3일 월요일에 공격을 알게 되었습니다.",
     "2025년 3월 3일 화요일에 공격을 알게 되었습니다.", "2025년 3월 3일 화요일"),
    ("zh", "我们于2025年3月3日（星期一）得知此次攻击。",
     "我们于2025年3月3日（星期二）得知此次攻击。", "2025年3月3日（星期二"),
]
# fmt: on


@pytest.mark.parametrize(("language", "right", "wrong", "span"), WRITTEN)
def test_a_weekday_beside_its_full_date_is_judged_by_the_calendar(language, right, wrong, span):
    assert wrong_weekdays(right, language) == ()
    (found,) = wrong_weekdays(wrong, language)
    assert wrong[found.start : found.end] == span
    assert found.date == datetime.date(*found.date.timetuple()[:3])
    assert found.actual == found.date.weekday() != found.written


def test_the_finding_says_which_day_was_written_and_which_the_date_is():
    (found,) = wrong_weekdays("On Tuesday, March 3, 2025, we learned of it.", "en")
    assert (found.written, found.actual, found.date) == (1, 0, datetime.date(2025, 3, 3))


# fmt: off
NOT_JUDGED = [
    ("en", "On Tuesday, March 3, we learned of the attack."),  # no year
    ("en", "On Tuesday we will call you. This letter is dated March 3, 2025."),  # no date beside
    ("en", "We will call you on Tuesday and write on March 3, 2025."),
    ("en", "Call us Tuesday. March 3, 2025 is the last day to enroll."),
    ("en", "On Tuesday, March 2025, we learned of the attack."),  # no day
    ("es", "El martes 3 de marzo supimos del ataque."),
    ("es", "El martes le llamaremos; la carta es del 3 de marzo de 2025."),
    ("fr", "Le mardi 3 mars, nous avons appris l'attaque."),
    ("de", "Am Dienstag, dem 3. März erfuhren wir davon."),
    # a weekday that ends a range of days names no date: call-centre hours, then a deadline
    ("en", "Call us Monday to Friday, March 3, 2025 to June 30, 2025, from 9 a.m."),
    ("en", "Lines are open Monday through Friday, 3 March 2025 onwards."),
    ("es", "Llámenos de lunes a viernes, 3 de marzo de 2025 en adelante."),
    ("de", "Rufen Sie uns Montag bis Freitag, 3. März 2025 bis 30. Juni an."),
]
# fmt: on


@pytest.mark.parametrize(("language", "text"), NOT_JUDGED)
def test_a_date_without_its_year_or_a_weekday_on_its_own_is_not_judged(language, text):
    assert wrong_weekdays(text, language) == ()


# The languages whose dates QA reads and whose CLDR full date names the weekday beside them.
FULL_DATE_LANGUAGES = ["en", "es", "fr", "de", "it", "pt", "ca", "gl", "ko", "zh", "ja", "ru"]
FULL_DATE_LANGUAGES += ["pl", "uk", "vi", "tl", "ar", "he", "hi"]
# Every ninth day of 2024 to 2027, leap days included.
DAYS = [datetime.date(2024, 1, 1) + datetime.timedelta(days=n) for n in range(0, 4 * 365, 9)]


def _letter(language: str, shift: int) -> str:
    """A long text of every day of DAYS in ``language``'s full date form, each weekday named
    ``shift`` days off its date."""
    names = get_day_names("wide", locale=language)
    lines = []
    for day in DAYS:
        full = format_date(day, format="full", locale=language)
        right = str(names[day.weekday()])
        wrong = str(names[(day.weekday() + shift) % 7])
        lines.append(f"{full.replace(right, wrong, 1)} .")
    return "\n\n".join(lines)


@pytest.mark.parametrize("language", FULL_DATE_LANGUAGES)
def test_a_long_text_of_right_weekday_dates_gives_no_finding(language):
    assert wrong_weekdays(_letter(language, 0), language) == ()


@pytest.mark.parametrize("language", FULL_DATE_LANGUAGES)
def test_every_weekday_a_day_off_its_date_is_found(language):
    found = wrong_weekdays(_letter(language, 1), language)
    assert [w.date for w in found] == DAYS
    assert all(w.written == (w.actual + 1) % 7 for w in found)


# --- translation QA -------------------------------------------------------------------------

ENGLISH = "On Monday, March 3, 2025, we learned of the attack."
# (language, the faithful translation, one whose date changed and whose weekday did not)
# fmt: off
TRANSLATED = [
    ("es", "El lunes 3 de marzo de 2025 supimos del ataque.",
     "El lunes 4 de marzo de 2025 supimos del ataque.", "lunes 4 de marzo de 2025",
     "martes 4 de marzo de 2025"),
    ("fr", "Le lundi 3 mars 2025, nous avons appris l'attaque.",
     "Le lundi 4 mars 2025, nous avons appris l'attaque.", "lundi 4 mars 2025",
     "mardi 4 mars 2025"),
    ("de", "Am Montag, dem 3. März 2025 erfuhren wir von dem Angriff.",
     "Am Montag, dem 4. März 2025 erfuhren wir von dem Angriff.", "Montag, dem 4. März 2025",
     "Dienstag, dem 4. März 2025"),
    ("it", "Lunedì 3 marzo 2025 abbiamo saputo dell'attacco.",
     "Lunedì 4 marzo 2025 abbiamo saputo dell'attacco.", "Lunedì 4 marzo 2025",
     "Martedì 4 marzo 2025"),
]
# fmt: on


def _rules(english: str, translation: str, language: str) -> dict[str, list]:
    found: dict[str, list] = {}
    for item in check_translation(english, translation, language).findings:
        found.setdefault(item.finding.rule_id, []).append(item.finding)
    return found


@pytest.mark.parametrize(("language", "faithful", "changed", "span", "fixed"), TRANSLATED)
def test_qa_finds_a_translated_weekday_that_disagrees_with_its_own_date(
    language, faithful, changed, span, fixed
):
    assert RULE not in _rules(ENGLISH, faithful, language)
    found = _rules(ENGLISH, changed, language)
    (finding,) = found[RULE]
    assert changed[finding.start : finding.end] == finding.match == span
    assert finding.severity is Severity.ERROR
    assert "March 4, 2025 falls on a Tuesday" in finding.message
    assert finding.suggestions == (fixed,)
    assert "translation.date" in found  # the changed date is told as well, as before


def test_a_translation_that_keeps_the_englishs_wrong_weekday_says_the_english_has_it_too():
    english = "On Tuesday, March 3, 2025, we learned of the attack."
    (finding,) = _rules(english, "El martes 3 de marzo de 2025 supimos del ataque.", "es")[RULE]
    assert "March 3, 2025 falls on a Monday" in finding.message
    assert "English" in finding.message
    # the translation said what its English says: the fix is the English's, so it may be
    # approved with a reason as the English may
    assert RULE not in CHANGES_FACTS


def test_a_translation_without_the_year_or_with_a_lone_weekday_is_not_judged():
    english = "On Monday, March 3, we learned of the attack. We will call you on Friday."
    translation = "El martes 3 de marzo supimos del ataque. Le llamaremos el viernes."
    assert RULE not in _rules(english, translation, "es")


@pytest.fixture(scope="module")
def apertium():
    from clearnotice.translate.apertium import Apertium

    engine = Apertium()
    if not engine.supports("en", "es"):
        pytest.skip("Apertium with the eng-spa pair is not installed")
    return engine


@pytest.mark.parametrize(
    ("english", "judged"),
    [
        ("Enroll by Friday, June 30, 2028. Call us on Monday with questions.", False),
        ("Enroll by Thursday, June 30, 2028. Call us on Monday with questions.", True),
    ],
)
def test_apertiums_spanish_is_judged_by_its_own_date(apertium, english, judged):
    from clearnotice.translate.engine import translate_letter

    spanish = translate_letter(english, apertium, "en", "es").text
    found = _rules(english, spanish, "es").get(RULE, [])
    assert [f.match for f in found] == (["jueves, junio 30, 2028"] if judged else [])
