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


@pytest.mark.parametrize(
    "signature",
    [
        "Jane Doe\nVice President of Customer Privacy and Data Protection, Acme Bank",
        "Jane Doe\nChief Executive Officer of Acme Bank Holdings Inc.",
        "Jane Doe, Director\nOn behalf of Acme Bank",
    ],
    ids=["long title", "title with a full stop", "on behalf of under the name"],
)
def test_a_long_signature_line_is_not_running_text(signature):
    """A signer's title may run to many words: the paragraph still goes above the closing, not
    under the signature (the signature is the layout's, whatever its lines' length)."""
    letter = f"Dear customer,\n\nWe are sorry.\n\nSincerely,\n\n{signature}\n"
    fixed = fixes.insert_paragraph(letter, "Call us on 555-0100.")
    assert fixed.index("Call us") < fixed.index("Sincerely,") < fixed.index("Jane Doe")


def test_a_ps_after_the_signature_keeps_the_paragraph_above_the_closing():
    letter = (
        "Dear customer,\n\nWe are sorry.\n\nSincerely,\n\nJane Doe\n\n"
        "P.S. Please change your password before Friday this week.\n"
    )
    fixed = fixes.insert_paragraph(letter, "Call us on 555-0100.")
    assert fixed.index("Call us") < fixed.index("Sincerely,")
