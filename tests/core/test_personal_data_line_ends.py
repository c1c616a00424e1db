"""Personal data in a letter saved with Windows line ends (CR LF), as a .txt written on Windows
or text copied from Outlook or Word arrives: the names are found as in the same letter with LF."""

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
