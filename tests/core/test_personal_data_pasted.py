"""Personal data in letters as they arrive: saved with Windows line ends (CR LF), as a .txt
written on Windows or text copied from Outlook or Word comes, and translated letters that greet
their reader by a German or French title. The names are found as in an English letter with LF."""

from __future__ import annotations

import pytest

from clearnotice import personal_data

LETTER = (
    "Dear Maria Lopez\n\nWe are writing about your account.\n\n"
    "Sincerely,\nDana Whitfield\nPrivacy Office\n"
)


@pytest.mark.parametrize("line_end", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_the_signer_and_the_reader_are_found_whatever_the_line_ends(line_end):
    letter = LETTER.replace("\n", line_end)
    assert personal_data.names_in(letter) == ("Maria Lopez", "Dana Whitfield")


def test_a_closing_with_crlf_leaves_the_signers_name_out_of_the_span():
    letter = LETTER.replace("\n", "\r\n")
    spans = [s for s in personal_data.find_personal_data(letter) if s.kind == personal_data.NAME]
    assert [s.text for s in spans] == ["Maria Lopez", "Dana Whitfield"]


@pytest.mark.parametrize(
    ("letter", "name"),
    [
        ("Guten Tag Frau Müller,\n\nWir schreiben Ihnen.\n", "Müller"),
        ("Sehr geehrter Herr Schmidt,\n\nWir schreiben Ihnen.\n", "Schmidt"),
        ("Bonjour Madame Dupont,\n\nNous vous écrivons.\n", "Dupont"),
        ("Cher Monsieur Martin,\n\nNous vous écrivons.\n", "Martin"),
    ],
)
def test_a_name_after_a_german_or_french_title_is_found(letter, name):
    """Translated letters greet with the reader's title and surname: the name stays here."""
    assert name in personal_data.names_in(letter)


def test_a_list_of_thousands_of_names_and_numbers_is_read_once():
    """Each piece found was checked against every one found before it (a pasted list of 3,000
    people took seconds, a 1 MB one many minutes): the list's pieces are those of its lines."""
    line = "Mr. Jan Smith, 617-555-0100, jan@example.com.\n"
    one = [(s.kind, s.text) for s in personal_data.find_personal_data(line)]
    many = [(s.kind, s.text) for s in personal_data.find_personal_data(line * 3000)]
    assert one and many == one * 3000
