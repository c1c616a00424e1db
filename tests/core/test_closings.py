"""A letter's closings are known in one place, clearnotice/rules/closings.yml: a closing listed
there is a sign-off to the layout (not graded as a sentence), the closing a missing item's
paragraph goes before, and the line the signer's name is found under."""

from __future__ import annotations

import pytest

from clearnotice import fixes, personal_data
from clearnotice import plain_layout as layout
from clearnotice import text as segment

ADDED = "Call 1-800-555-0100."


def _lines() -> list[str]:
    """Each closing of the file as a letter writes it: a line start with the rest of its line."""
    return sorted(
        closing.removesuffix("…") + ", Madame, Monsieur, Acme" if closing.endswith("…") else closing
        for found in layout.closings().values()
        for closing in found
    )


@pytest.mark.parametrize("closing", _lines())
def test_every_closing_of_the_file_is_known_to_the_layout_the_fixes_and_personal_data(closing):
    letter = f"We found a flaw.\n\n{closing},\nDana Whitfield\n"
    assert layout.is_sign_off(f"{closing},")
    assert fixes.insert_paragraph(letter, ADDED) == letter.replace(
        f"{closing},", f"{ADDED}\n\n{closing},"
    )
    assert personal_data.names_in(letter) == ("Dana Whitfield",)


@pytest.mark.parametrize(
    "line", ["Com os melhores cumprimentos,", "Hochachtungsvoll", "Saludos cordiales,", "Merci,"]
)
def test_a_closing_the_layout_did_not_know_is_courtesy_not_a_sentence(line):
    """Portuguese, German, Spanish and French closings of closings.yml were graded as sentences."""
    assert [b.kind for b in segment.blocks(f"{line}\nDana Whitfield")] == [segment.COURTESY]


def test_the_signers_name_under_a_french_closing_is_found():
    letter = "Nous avons trouvé une faille.\n\nCordialement,\n\nDana Whitfield\n"
    assert personal_data.names_in(letter, "fr") == ("Dana Whitfield",)


def test_a_closing_under_a_closing_is_not_the_signers_name():
    letter = "We are sorry.\n\nThank you.\n\nSincerely,\n\nJane Roe\n"
    assert personal_data.names_in(letter) == ("Jane Roe",)


def test_the_paragraph_goes_before_the_sign_off_not_before_a_closing_under_the_signature():
    letter = "We found a flaw.\n\nSincerely,\n\nJane Roe\nChief Executive\nOn behalf of Acme Bank\n"
    expected = letter.replace("Sincerely,", f"{ADDED}\n\nSincerely,")
    assert fixes.insert_paragraph(letter, ADDED) == expected


def test_a_letter_opened_on_behalf_of_its_sender_gets_the_paragraph_at_its_end():
    """An "On behalf of" over a letterhead's address, or opening a long first sentence, is no
    closing (la-county-public-health-2014, adobe-order-information-ag-2013 of the corpus)."""
    for head in ("On behalf of Acme Bank\nPO Box 6336", "On behalf of Acme Bank, " + "we " * 90):
        letter = f"{head}\n\nWe found a flaw in the system that keeps your account details."
        assert fixes.insert_paragraph(letter, ADDED) == f"{letter}\n\n{ADDED}\n"
