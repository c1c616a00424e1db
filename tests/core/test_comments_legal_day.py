"""Review comments on a lawyer's real day: the words a comment is about are deleted while the
same words stand elsewhere in the letter (they are not the comment's words)."""

from __future__ import annotations

import unicodedata

import pytest

from clearnotice.accounts import Role
from clearnotice.comments import add_comment, threads
from tests.accounts import add_accounts

pytestmark = pytest.mark.writers("t")

LETTER = (
    "# Notice\n\n"
    "We offer 12 months of free credit monitoring.\n\n"
    "Enrol by 30 June to receive 12 months of free credit monitoring.\n"
)
QUOTE = "12 months of free credit monitoring"


@pytest.fixture
def letter(store):
    add_accounts(store, lawyer=Role.LEGAL)
    return store.create_letter("March", LETTER, actor="lawyer")


def test_deleted_words_are_removed_even_when_the_same_words_stand_in_another_paragraph(
    store, letter
):
    version = store.latest_version(letter.id)
    add_comment(store, letter.id, version.id, 1, "Say 24.", actor="lawyer", quote=QUOTE)
    without = LETTER.replace("We offer 12 months of free credit monitoring.\n\n", "")
    [thread] = threads(store, letter.id, "en", without)
    assert thread.place.removed, "the comment moved onto the enrolment paragraph's words"


def test_words_moved_with_their_paragraph_are_found_where_they_went(store, letter):
    version = store.latest_version(letter.id)
    add_comment(store, letter.id, version.id, 1, "Say 24.", actor="lawyer", quote=QUOTE)
    first = "We offer 12 months of free credit monitoring.\n\n"
    moved = LETTER.replace(first, "") + "\n" + first.strip() + "\n"
    [thread] = threads(store, letter.id, "en", moved)
    assert thread.place.block == 2 and thread.place.words == QUOTE


@pytest.mark.parametrize(
    ("text_form", "quote_form"), [("NFD", "NFC"), ("NFC", "NFD")], ids=["nfd-text", "nfc-text"]
)
def test_a_quote_is_found_however_its_accents_were_composed(store, text_form, quote_form):
    """A letter imported from a Mac's file can spell "é" as e and a combining accent (NFD); the
    reviewer's copied or typed quote spells it as one character (NFC), or the other way."""
    add_accounts(store, lawyer=Role.LEGAL)
    text = unicodedata.normalize(text_form, "# Aviso\n\nLe ofrecemos 12 meses de protección.\n")
    letter = store.create_letter("Aviso", text, actor="lawyer")
    version = store.latest_version(letter.id)
    quote = unicodedata.normalize(quote_form, "meses de protección")
    comment = add_comment(store, letter.id, version.id, 1, "¿24?", actor="lawyer", quote=quote)
    # kept as the letter spells it, so its place is found again word for word
    assert text[comment.quote_start : comment.quote_end] == comment.quote
    assert unicodedata.normalize("NFC", comment.quote) == unicodedata.normalize("NFC", quote)
    [thread] = threads(store, letter.id, comment.language, text)
    assert thread.place.words == comment.quote and not thread.place.edited


@pytest.mark.parametrize(
    ("paragraph", "quote", "kept"),
    [
        pytest.param(
            "You **must** call us within 30 days.",
            "must call us",
            "must** call us",
            id="bold-inside",
        ),
        pytest.param(
            "Call _our_ team on 555-0100.", "Call our team", "Call _our_ team", id="italic-inside"
        ),
        pytest.param("Call **us** today.", "us", "us", id="bold-around"),
    ],
)
def test_a_quote_copied_from_the_letter_as_shown_is_found_in_its_markdown(
    store, paragraph, quote, kept
):
    """The review shows the letter drawn, its bold as bold: the words a reviewer copies from it
    have no asterisks where the letter's Markdown has them."""
    add_accounts(store, lawyer=Role.LEGAL)
    text = f"# Notice\n\n{paragraph}\n"
    letter = store.create_letter("Marks", text, actor="lawyer")
    version = store.latest_version(letter.id)
    comment = add_comment(store, letter.id, version.id, 1, "Hm.", actor="lawyer", quote=quote)
    assert comment.quote == kept
    assert text[comment.quote_start : comment.quote_end] == kept


@pytest.mark.parametrize("quote", ["🙂", "§", "—", "東京都"])
def test_a_quote_of_no_word_is_found_while_the_edits_keep_it(store, quote):
    """An emoji, a section sign or a dash is no word (clearnotice.text.words): kept by the
    edits, it is where it was; the edits around it change nothing."""
    add_accounts(store, lawyer=Role.LEGAL)
    text = "# Notice\n\nWrite to our 東京都 office 🙂 — see § 3.\n\nCall us.\n"
    letter = store.create_letter("Marks", text, actor="lawyer")
    version = store.latest_version(letter.id)
    comment = add_comment(store, letter.id, version.id, 1, "Hm.", actor="lawyer", quote=quote)
    edited = text.replace("Call us.", "Call us today.")
    [thread] = threads(store, letter.id, comment.language, edited)
    assert thread.place.words == quote and not thread.place.removed
    assert edited[thread.place.start : thread.place.end] == quote
    gone = edited.replace(quote, "")
    [thread] = threads(store, letter.id, comment.language, gone)
    assert thread.place.removed
