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
    # a range's first day written as a bare number beside the numbers that swapped
    ("beside-a-range", "A person accessed 3 of our 12 servers between February 1 and "
     "February 9, 2026.", "Una persona accedió a 12 de nuestros 3 servidores entre el 1 y el 9 "
     "de febrero de 2026.", "es"),
    ("count-in-words", "Two of the 5 bureaus answered.",
     "5 des deux agences ont répondu.", "fr"),
    # two numbers of one part of a reference are listed in the English's order
    ("paragraphs-of-one-article", "It applies under Article 26 paragraph 1 letter b or "
     "paragraph 2 letter b.", "Il s'applique au sens de l'art. 26, al. 2, let. b, ou 1, let. b.",
     "fr"),
    # a number that names another part of the text: an article became a paragraph
    ("article-became-paragraph", "It holds the measures referred to in Article 33(3).",
     "Contiene las medidas a que se refiere el artículo 3, apartado 33.", "es"),
    ("article-became-capoverso", "It applies under Article 26 paragraph 1 letter b.",
     "Si applica ai sensi dell'articolo 1 capoverso 26 lettera b.", "it"),
]
KEPT_ORDER = [
    ("count-and-total", "3 of our 12 offices were affected.",
     "3 de nuestras 12 oficinas se vieron afectadas.", "es"),
    ("hours-as-24-hour-range", "Call us from 9 a.m. to 5 p.m.",
     "Rufen Sie uns von 9 bis 17 Uhr an.", "de"),
    # a reference's parts are ordered as each language cites them
    ("paragraph-of-article", "See paragraph 1 of Article 33.", "Siehe Art. 33 Abs. 1.", "de"),
    ("article-and-apartado", "It holds the measures referred to in Article 33(3).",
     "Contiene las medidas a que se refiere el artículo 33, apartado 3.", "es"),
    ("paragraphs-in-order", "It applies under Article 26 paragraph 1 letter b or paragraph 2.",
     "Il s'applique au sens de l'art. 26, al. 1, let. b, ou 2.", "fr"),
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


# fmt: off
KEYWORD_TRANSLATED = [
    ("text-help", "Text HELP to 12345 for help.", "Envíe AYUDA al 12345 para obtener ayuda.",
     "es", "HELP"),
    ("reply-stop", "Reply STOP to cancel.", "Responda PARAR para cancelar.", "es", "STOP"),
    ("apertium-reply-stop", "Reply STOP to cancel.", "PARÓN de respuesta para anular.", "es",
     "STOP"),
    ("quoted-keyword", 'Type "YES" to confirm.', "Tapez « OUI » pour confirmer.", "fr", "YES"),
    ("the-word-keyword", "Text the word JOIN to 12345.", "Senden Sie BEITRETEN an 12345.", "de",
     "JOIN"),
]
KEYWORD_KEPT = [
    ("text-help", "Text HELP to 12345 for help.", "Envíe HELP al 12345 para obtener ayuda.", "es"),
    ("quoted-in-guillemets", 'Reply "STOP" to cancel.', "Répondez « STOP » pour annuler.", "fr"),
    # capitals that are no keyword: an acronym the reader is told about, not told to type
    ("acronym-not-typed", "Send your SSN only by mail.", "Envíe su número de Seguro Social solo "
     "por correo.", "es"),
    ("verb-of-another-sense", "We will send IRS forms by mail.",
     "Le enviaremos los formularios del IRS por correo.", "es"),
]
# fmt: on


@pytest.mark.parametrize(
    ("english", "translation", "language", "keyword"),
    [c[1:] for c in KEYWORD_TRANSLATED],
    ids=[c[0] for c in KEYWORD_TRANSLATED],
)
def test_a_keyword_the_reader_must_type_is_kept_as_it_is(english, translation, language, keyword):
    report = check_translation(english, translation, language)
    found = [f.finding for f in report.findings if f.finding.rule_id == "translation.keyword"]
    assert found and keyword in found[0].message
    assert found[0].suggestions == (keyword,)


@pytest.mark.parametrize(
    ("english", "translation", "language"),
    [c[1:] for c in KEYWORD_KEPT],
    ids=[c[0] for c in KEYWORD_KEPT],
)
def test_a_kept_keyword_or_capitals_nobody_types_pass(english, translation, language):
    assert "translation.keyword" not in _rules(english, translation, language)


@pytest.mark.parametrize("run", ["1 ", "1, ", "2026 "])
def test_a_sentence_of_many_numbers_is_read_once_and_the_change_before_it_is_found(run):
    """Each number of a sentence was compared with every other to find its one twin (a pasted
    run of 3,000 numbers took seconds, a 1 MB pair many minutes); the role a number plays in
    its sentence is found the same beside a long run as beside a short one."""
    english = "It holds the measures referred to in Article 33(3). The codes are {}."
    translation = (
        "Contiene las medidas a que se refiere el artículo 3, apartado 33. Los códigos son {}."
    )

    def rules(count: int) -> list[str]:
        numbers = (run * count).strip(" ,")
        return _rules(english.format(numbers), translation.format(numbers))

    assert "translation.number" in rules(3)
    assert rules(3000) == rules(3)
