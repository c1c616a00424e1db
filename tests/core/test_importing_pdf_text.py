"""Text copied out of a PDF and imported: the typesetting it carries (soft hyphens, ligatures,
words hyphenated at a line's end) is undone, so what is saved reads as the writer meant it and
the jargon, vocabulary, readability and checklist see whole words."""

from __future__ import annotations

import pytest

from clearnotice.guidance import rule_fires
from clearnotice.importing import import_draft, undo_typesetting
from clearnotice.text import words


def _imported(text: str) -> str:
    return import_draft(text.encode(), "notice.txt").text


@pytest.mark.parametrize(
    ("copied", "meant"),
    [
        ("The attackers exﬁltrated ﬁles.", "The attackers exfiltrated files."),
        ("Our staﬀ ﬂagged an eﬃcient ﬁx.", "Our staff flagged an efficient fix."),
        ("The attackers exfil\u00adtrated files.", "The attackers exfiltrated files."),
        (
            "Someone may have used your identi-\nty to open accounts.",
            "Someone may have used your identity\nto open accounts.",
        ),
        (
            "We hold in-\nformation about you.",
            "We hold information\nabout you.",
        ),
        ("They stole your identi-\nty.\nNext line.", "They stole your identity.\nNext line."),
        ("La infor-\nmación de su cuenta.", "La información\nde su cuenta."),
    ],
    ids=["fi", "ff-fl-ffi", "soft-hyphen", "line-end", "in-formation", "last-word", "spanish"],
)
def test_pdf_typesetting_is_undone_on_import(copied, meant):
    assert _imported(copied) == meant + "\n"


@pytest.mark.parametrize(
    ("copied", "meant"),
    [
        ("Please expect a follow-\nup call from us.", "Please expect a follow-up\ncall from us."),
        ("Write to us by e-\nmail at any time.", "Write to us by e-mail\nat any time."),
        ("Cases of COVID-\n19 were not involved.", "Cases of COVID-19\nwere not involved."),
        ("Turn on two-\nfactor sign-in now.", "Turn on two-factor\nsign-in now."),
        ("Ask Smith-\nJones at the desk.", "Ask Smith-Jones\nat the desk."),
    ],
    ids=["follow-up", "e-mail", "covid-19", "two-factor", "double-barrelled-name"],
)
def test_a_real_hyphen_at_a_line_end_is_kept(copied, meant):
    assert _imported(copied) == meant + "\n"


@pytest.mark.parametrize(
    ("copied", "meant"),
    [
        ("We told our customers-\nWe are sorry.", "We told our customers- We\nare sorry."),
        ("It was the staff-\nNot you.", "It was the staff- Not\nyou."),
        ("Since mid-\nMarch we have known.", "Since mid-March\nwe have known."),
        ("Write to our non-\nEnglish desk.", "Write to our non-English\ndesk."),
    ],
    ids=["dash-before-we", "dash-before-not", "mid-march", "non-english"],
)
def test_a_dash_between_two_clauses_keeps_a_space_a_prefix_keeps_its_word(copied, meant):
    """A lower-case word, a hyphen at the line's end and a capital: a dash between two clauses,
    whose line break reads as a space; a prefix before a name stays one word with it."""
    assert _imported(copied) == meant + "\n"


def test_an_imported_pdf_copy_has_its_jargon_found():
    for copied in ("They exﬁltrated files.", "We keep tele-\nmetry.", "It was ransom-\nware."):
        assert not rule_fires("plain.jargon", copied)
        assert rule_fires("plain.jargon", _imported(copied))


def test_a_soft_hyphen_at_a_line_end_joins_the_word():
    assert undo_typesetting("your identi\u00ad\nty is safe") == "your identity\nis safe"


@pytest.mark.parametrize(
    ("copied", "meant"),
    [
        ("Call us\u00ad\nToday if you can.", "Call us\nToday if you can."),
        ("Your\u00ad\n10 days start now.", "Your\n10 days start now."),
        ("Your\u00ad\f10 days start now.", "Your\n10 days start now."),
        ("Your IDENTI\u00ad\nTY is safe.", "Your IDENTITY\nis safe."),
    ],
    ids=["before-a-capital", "before-a-number", "before-a-form-feed", "in-capitals"],
)
def test_a_soft_hyphen_before_a_new_word_joins_nothing(copied, meant):
    """A word broken at a soft hyphen goes on in the same case (shrunk from fuzz seeds 1194
    and 1180 of tests/core/fuzz_letters.py: "us" and "Happened" were imported as one word)."""
    assert _imported(copied) == meant + "\n"


def test_text_without_typesetting_is_left_as_it_is():
    text = "A well-known fact -\nsee below.\n- item\n-\nword\nWe re-\n\nset it."
    assert undo_typesetting(text) == text
    assert [w.text for w in words(undo_typesetting("identi-\nty"))] == ["identity"]


@pytest.mark.parametrize(
    ("copied", "meant"),
    [
        ("Turn on multi\u2011factor authentication.", "Turn on multi-factor authentication."),
        ("Cases of COVID\u201019 were not involved.", "Cases of COVID-19 were not involved."),
        ("Your identi\u200bty is safe.", "Your identity is safe."),
        ("Your identi\u2060ty is safe.", "Your identity is safe."),
    ],
    ids=["non-breaking-hyphen", "hyphen", "zero-width-space", "word-joiner"],
)
def test_a_web_pages_invisible_typesetting_is_undone_on_import(copied, meant):
    """Web pages set a hyphen that does not break (U+2011) or the hyphen character (U+2010)
    where a writer typed "-", and zero-width characters inside words: the words split there."""
    imported = _imported(copied)
    assert imported == meant + "\n"
    assert len(words(imported)) == len(words(meant))


def test_an_imported_web_copy_has_its_jargon_found():
    copied = "Turn on multi\u2011factor authentication."
    assert not rule_fires("plain.jargon", copied)
    assert rule_fires("plain.jargon", _imported(copied))
