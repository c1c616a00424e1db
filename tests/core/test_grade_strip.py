"""The Edit page's score strip: each number labelled in words, the change measured against the
version before, the distance against the target."""

from clearnotice.accounts import Role
from clearnotice.grade_strip import BAD, GOOD, earlier_version, grade_strip
from clearnotice.readability import analyse
from clearnotice.schema import Version
from tests.accounts import add_accounts

PLAIN = "We found the problem on March 3. We fixed it the same day."
HARDER = (
    "On March 3 we identified unauthorized activity affecting a limited number of accounts. "
    "We immediately launched a comprehensive investigation with outside specialists."
)


def _version(number: int, text: str) -> Version:
    return Version(number=number, text=text, language="en")


def test_the_strip_says_grade_change_and_distance_in_words():
    grade, before = analyse(HARDER).grade, analyse(PLAIN).grade
    strip = grade_strip(HARDER, "en", 8.0, _version(3, PLAIN))
    assert strip.grade.label == f"Grade {grade:g}"
    assert strip.change.label == f"up {round(grade - before, 1):g} since v3"
    assert strip.change.tone == BAD
    assert strip.target.label == f"{round(grade - 8, 1):g} above the target of 8"
    assert strip.target.tone == BAD
    assert str(strip) == " · ".join(p.label for p in strip.parts)


def test_a_grade_that_falls_below_the_target_reads_down_and_below():
    grade, before = analyse(PLAIN).grade, analyse(HARDER).grade
    strip = grade_strip(PLAIN, "en", 8.0, _version(7, HARDER))
    assert strip.change.label == f"down {round(before - grade, 1):g} since v7"
    assert strip.change.tone == GOOD
    assert strip.target.label == f"{round(8 - grade, 1):g} below the target of 8"
    assert strip.target.tone == GOOD


def test_a_first_version_has_no_change_and_an_unchanged_grade_says_same():
    assert grade_strip(PLAIN, "en", 8.0, None).change is None
    assert grade_strip(PLAIN, "en", 8.0, _version(2, PLAIN)).change.label == "same as v2"


def test_no_strip_without_an_english_grade():
    assert grade_strip("La casa es roja. El perro come.", "es", 8.0, None) is None
    assert grade_strip("   ", "en", 8.0, None) is None


def test_typing_is_measured_against_the_saved_version_and_a_saved_text_against_the_one_before(
    store,
):
    add_accounts(store, writer=Role.EDITOR)
    letter = store.create_letter("Notice", PLAIN, actor="writer")
    first = store.latest_version(letter.id)
    store.save_version(letter.id, HARDER, base_version_id=first.id, actor="writer")
    second = store.latest_version(letter.id)
    assert earlier_version(store, second, HARDER).number == first.number
    assert earlier_version(store, second, HARDER + " More.") is second
    assert earlier_version(store, first, PLAIN) is None
