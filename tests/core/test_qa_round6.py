"""Translation faults the fifth round left (the sixth round): each reproduced on a hand-made
translation QA passed as clean, and the faithful form of the same sentence, which must stay
clean."""

from __future__ import annotations

import pytest

from clearnotice.translate.qa import check_translation


def _rules(english: str, translation: str, language: str) -> list[str]:
    return [f.finding.rule_id for f in check_translation(english, translation, language).findings]


# (id, English, faulty translation, language, the rule that must report it)
# fmt: off
FAULTS = [
    # a bound with words between it and its number ("the first")
    ("after-the-first-as-antes-de-los-primeros", "The fee is waived after the first 2 payments.",
     "La tarifa se anula antes de los primeros 2 pagos.", "es", "translation.number"),
    ("after-the-first-as-vor-den-ersten", "The fee is waived after the first 2 payments.",
     "Die Gebühr entfällt vor den ersten 2 Zahlungen.", "de", "translation.number"),
    # a bound on a date named by "that date", with no number at all
    ("after-that-date-as-prima-di-tale-data",
     "Enroll by June 30, 2026. After that date, the code will not work.",
     "Si iscriva entro il 30 giugno 2026. Prima di tale data, il codice non funzionerà.", "it",
     "translation.date"),
    ("before-that-date-as-apres-cette-date",
     "Enroll by June 30, 2026. Call us before that date.",
     "Inscrivez-vous d'ici le 30 juin 2026. Appelez-nous après cette date.", "fr",
     "translation.date"),
]
FAITHFUL = [
    ("after-the-first-as-despues-de-los-primeros",
     "The fee is waived after the first 2 payments.",
     "La tarifa se anula después de los primeros 2 pagos.", "es"),
    ("after-the-first-as-nach-den-ersten", "The fee is waived after the first 2 payments.",
     "Die Gebühr entfällt nach den ersten 2 Zahlungen.", "de"),
    ("after-that-date-as-dopo-tale-data",
     "Enroll by June 30, 2026. After that date, the code will not work.",
     "Si iscriva entro il 30 giugno 2026. Dopo tale data, il codice non funzionerà.", "it"),
    ("before-that-date-as-avant-cette-date",
     "Enroll by June 30, 2026. Call us before that date.",
     "Inscrivez-vous d'ici le 30 juin 2026. Appelez-nous avant cette date.", "fr"),
    ("after-that-date-as-despues-de-esa-fecha",
     "Enroll by June 30, 2026. After that date, the code will not work.",
     "Inscríbase antes del 30 de junio de 2026. Después de esa fecha, el código no funcionará.",
     "es"),
]
# fmt: on


@pytest.mark.parametrize(
    ("english", "translation", "language", "rule"),
    [c[1:] for c in FAULTS],
    ids=[c[0] for c in FAULTS],
)
def test_a_fault_the_fifth_round_left_is_reported(english, translation, language, rule):
    assert rule in _rules(english, translation, language)


@pytest.mark.parametrize(
    ("english", "translation", "language"),
    [c[1:] for c in FAITHFUL],
    ids=[c[0] for c in FAITHFUL],
)
def test_its_faithful_form_passes(english, translation, language):
    assert _rules(english, translation, language) == []
