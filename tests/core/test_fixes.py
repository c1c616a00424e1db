"""A missing item's paragraph goes before the letter's closing in every language the letters
are written in, not after the signature."""

from __future__ import annotations

import pytest

from clearnotice import fixes
from clearnotice import plain_layout as layout

ADDED = "Llame al 1-800-555-0100."


@pytest.mark.parametrize(
    "closing",
    [
        "Atentamente,",
        "Muy atentamente,",
        "Le saluda atentamente,",
        "Saludos cordiales,",
        "Cordialement,",
        "Bien cordialement,",
        "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
        "Mit freundlichen Grüßen",
        "Freundliche Grüße",
        "Hochachtungsvoll",
        "Atenciosamente,",
        "Cordiali saluti,",
        "Sincerely,",
        "SINCERELY,",
    ],
)
def test_a_missing_items_paragraph_goes_before_a_closing_in_any_letter_language(closing):
    """A Spanish, French or German letter got the paragraph after its signature."""
    text = f"Hola Ana:\n\nAlgo pasó.\n\n{closing}\n\nDana Ruiz"
    expected = f"Hola Ana:\n\nAlgo pasó.\n\n{ADDED}\n\n{closing}\n\nDana Ruiz"
    assert fixes.insert_paragraph(text, ADDED) == expected


def test_a_closing_word_inside_a_sentence_is_not_the_closing():
    text = "Hola Ana:\n\nLe saludamos atentamente y le pedimos perdón.\n\nDana Ruiz"
    assert fixes.insert_paragraph(text, ADDED) == text + "\n\n" + ADDED + "\n"


def test_the_closings_file_is_read_and_holds_each_letter_language():
    closings = layout.closings()
    assert {"en", "es", "fr", "de"} <= set(closings)
    assert "Mit freundlichen Grüßen" in closings["de"]
