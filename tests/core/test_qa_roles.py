"""Translation QA on what each fact does in its sentence, not only whether it is there: two
numbers that changed places, a keyword the reader must type, a condition turned round."""

from __future__ import annotations

import pytest

from clearnotice.translate.qa import check_translation


def _rules(english: str, translation: str, language: str = "es") -> list[str]:
    return [f.finding.rule_id for f in check_translation(english, translation, language).findings]


# fmt: off
SWAPPED_NUMBERS = [
    ("count-and-total", "3 of our 12 offices were affected.",
     "12 de nuestras 3 oficinas se vieron afectadas.", "es"),
    ("hours-of-a-range", "Call us between 8 and 5, Monday to Friday.",
     "Llámenos entre las 5 y las 8, de lunes a viernes.", "es"),
    ("times-of-a-range", "Call us between 8 a.m. and 5 p.m.",
     "Llámenos entre las 5 p. m. y las 8 a. m.", "es"),
    ("count-in-words", "Two of the 5 bureaus answered.",
     "5 des deux agences ont répondu.", "fr"),
]
KEPT_ORDER = [
    ("count-and-total", "3 of our 12 offices were affected.",
     "3 de nuestras 12 oficinas se vieron afectadas.", "es"),
    ("hours-as-24-hour-range", "Call us from 9 a.m. to 5 p.m.",
     "Rufen Sie uns von 9 bis 17 Uhr an.", "de"),
    # a reference's parts are ordered as each language cites them
    ("paragraph-of-article", "See paragraph 1 of Article 33.", "Siehe Art. 33 Abs. 1.", "de"),
    ("regulation-number", "Under Regulation (EU) 1725/2018 it applies.",
     "En vertu du règlement (UE) 2018/1725, il s'applique.", "fr"),
    # far apart in the English, a phrase and its number may move as a whole
    ("phrase-moved", "Notify within 72 hours, unless it is unlikely to harm anyone, the authority "
     "competent in accordance with Article 55.",
     "Notifique a la autoridad competente de conformidad con el artículo 55 en un plazo de 72 "
     "horas, salvo que sea improbable que perjudique a nadie.", "es"),
]
# fmt: on


@pytest.mark.parametrize(
    ("english", "translation", "language"),
    [c[1:] for c in SWAPPED_NUMBERS],
    ids=[c[0] for c in SWAPPED_NUMBERS],
)
def test_numbers_that_changed_places_are_an_error(english, translation, language):
    assert "translation.number" in _rules(english, translation, language)


@pytest.mark.parametrize(
    ("english", "translation", "language"),
    [c[1:] for c in KEPT_ORDER],
    ids=[c[0] for c in KEPT_ORDER],
)
def test_numbers_in_their_order_or_a_references_own_order_pass(english, translation, language):
    assert "translation.number" not in _rules(english, translation, language)
