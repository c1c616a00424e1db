"""A comment's quote found more than once in its paragraph is anchored where the reviewer chose,
not on the first; a quote has a length cap, said in plain words."""

from __future__ import annotations

import pytest

from clearnotice import comments
from clearnotice.accounts import Role
from clearnotice.comments import MAX_QUOTE, add_comment, quote_places
from tests.accounts import add_accounts

TEXT = "# Notice\n\nYou must call us, and you must call your bank today.\n"


@pytest.fixture
def letter(store):
    add_accounts(store, ed=Role.EDITOR, lee=Role.LEGAL)
    return store.create_letter("March incident", TEXT, actor="ed")


def test_a_quote_found_twice_anchors_on_the_one_chosen(store, letter):
    version = store.latest_version(letter.id)
    paragraph = TEXT.split("\n\n")[1].strip()
    assert quote_places(paragraph, "must call") == [
        "You »must call« us, and you must …",
        "… call us, and you »must call« your bank today.",
    ]
    comment = add_comment(
        store, letter.id, version.id, 1, "Only the bank.", actor="lee", quote="must call",
        occurrence=1,
    )  # fmt: skip
    assert TEXT[comment.quote_start : comment.quote_end] == "must call"
    assert comment.quote_start == TEXT.index("must call", TEXT.index("must call") + 1)
    edited = TEXT.replace("Notice", "Notice of a breach")
    store.save_version(letter.id, edited, base_version_id=version.id, actor="ed")
    [thread] = comments.threads(store, letter.id, "en", edited)
    assert thread.place.start == edited.index("must call", edited.index("must call") + 1)


def test_a_quote_found_twice_without_a_choice_is_refused_saying_so(store, letter):
    version = store.latest_version(letter.id)
    with pytest.raises(ValueError, match="appears 2 times in paragraph 2: choose which"):
        add_comment(store, letter.id, version.id, 1, "Which?", actor="lee", quote="must call")


def test_a_quote_past_the_cap_is_refused_in_plain_words(store, letter):
    version = store.latest_version(letter.id)
    with pytest.raises(ValueError, match=f"at most {MAX_QUOTE} characters"):
        add_comment(store, letter.id, version.id, 1, "Long.", actor="lee", quote="x" * 501)


@pytest.mark.parametrize("quote", ["", "   "])
def test_no_words_typed_are_in_no_place(quote):
    """The second walk through the app (2026-12-02): with the words box empty, the Review page
    asked "These words are in the paragraph more than once: which one?" over a radio button
    for every character of the paragraph (an empty string is found everywhere)."""
    assert quote_places("**NOTICE OF DATA SECURITY INCIDENT**", quote) == []
    assert quote_places("You must call us.", quote) == []
