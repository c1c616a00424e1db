"""Readability per language: the formula made for each language, or an honest "none"."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearnotice.language_readability import (
    NO_FORMULA,
    german_syllables,
    readability_for,
    spanish_syllables,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize(
    ("word", "syllables"),
    [("computadoras", 5), ("información", 4), ("ocurrió", 3), ("día", 2), ("aéreo", 4),
     ("ciudad", 2), ("guerra", 2), ("pingüino", 3), ("hoy", 1), ("y", 1), ("leer", 2),
     ("país", 2), ("cuidado", 3), ("que", 1)],
    ids=lambda v: str(v),
)  # fmt: skip
def test_spanish_syllables_follow_the_diphthong_and_hiatus_rules(word, syllables):
    assert spanish_syllables(word) == syllables


@pytest.mark.parametrize(
    ("word", "syllables"),
    [("Verbraucherschutz", 4), ("Daten", 2), ("Sie", 1), ("Kreditüberwachung", 6)],
    ids=lambda v: str(v),
)
def test_german_syllables_count_vowel_groups(word, syllables):
    assert german_syllables(word) == syllables


def test_spanish_scores_come_from_the_counts_of_the_text():
    # 2 sentences, 7 words, 11 syllables: la ca-sa es ro-ja / el pe-rro co-me
    result = readability_for("La casa es roja. El perro come.", "es")
    scores = {s.formula: s.value for s in result.scores}
    assert result.counts.words == 7 and result.counts.sentences == 2
    assert result.counts.syllables == 11
    assert scores["Fernández-Huerta"] == round(206.84 - 60 * 11 / 7 - 1.02 * 7 / 2, 1)
    assert scores["Szigriszt-Pazos (INFLESZ scale)"] == round(206.835 - 62.3 * 11 / 7 - 7 / 2, 1)


def test_italian_gulpease_counts_letters_and_sentences():
    result = readability_for("Il gatto dorme. Il cane mangia.", "it")
    (score,) = result.scores
    # 6 words, 2 sentences, 24 letters
    assert score.value == round(89 + (300 * 2 - 10 * 24) / 6, 1)


def test_headings_and_bullets_are_sentences_of_their_own():
    with_structure = readability_for("# Qué ocurrió\n\n- su nombre\n- su dirección\n", "es")
    assert with_structure.counts.sentences == 3


def test_placeholders_are_not_counted_as_words():
    result = readability_for("Estimado {{ customer_name }}: gracias.", "es")
    assert result.counts.words == 2


@pytest.mark.parametrize("language", ["ca", "gl", "fr", "pt", "zh"])
def test_a_language_without_a_validated_formula_says_so(language):
    result = readability_for("Un text qualsevol. Amb dues frases.", language)
    assert result.scores == () and result.message == NO_FORMULA
    assert not result.has_formula


def test_the_spanish_sample_reads_as_normal_to_fairly_easy():
    text = (FIXTURES / "good-plain.es.md").read_text(encoding="utf-8")
    result = readability_for(text, "es")
    fh = next(s for s in result.scores if s.formula == "Fernández-Huerta")
    assert 60 <= fh.value <= 80, fh
    assert fh.meaning in ("normal for adults", "fairly easy")


def test_english_is_scored_with_the_english_formulas():
    text = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
    result = readability_for(text, "en")
    assert [s.formula for s in result.scores] == ["Flesch reading ease", "Flesch-Kincaid grade"]


def test_a_salutation_and_a_closing_are_no_sentences_in_spanish_either():
    body = "La casa es roja. El perro come."
    framed = readability_for(f"Estimado cliente:\n\n{body}\n\n*Atentamente,*\nAna Pérez\n", "es")
    assert framed.counts == readability_for(body, "es").counts
