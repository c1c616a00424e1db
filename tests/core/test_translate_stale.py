"""When a translation is stale: after its English is edited, reverted, or only re-spaced."""

from __future__ import annotations

import pytest

from clearnotice.translate.stale import staleness
from tests.core.test_translate_review import ENGLISH, _letter_with_translation

pytestmark = pytest.mark.writers("ana")


def _edit(store, letter, text):
    base = store.latest_version(letter.id)
    store.save_version(letter.id, text, base_version_id=base.id, actor="ana")


def test_an_english_edited_then_put_back_leaves_the_translation_current(store):
    letter, _, spanish = _letter_with_translation(store)
    _edit(store, letter, ENGLISH.replace("March 3", "March 4"))
    assert staleness(store, spanish).stale
    _edit(store, letter, ENGLISH)
    assert not staleness(store, spanish).stale


@pytest.mark.parametrize(
    "respaced",
    [
        ENGLISH.replace("We found it", "We  found it"),  # a double space
        ENGLISH.replace("2026.\n", "2026.   \n"),  # spaces at a line's end
        ENGLISH.replace("\n\n", "\n\n\n"),  # another blank line between blocks
        ENGLISH.replace("\n", "\r\n"),  # Windows line ends, from a pasted file
        ENGLISH.replace("found it on", "found it\non"),  # a paragraph wrapped otherwise
        ENGLISH + "\n",
    ],
    ids=["double-space", "trailing", "blank-line", "crlf", "rewrapped", "final-newline"],
)
def test_an_english_changed_only_in_its_spacing_leaves_the_translation_current(store, respaced):
    """Nothing to translate changed, and the track changes show nothing; yet "stale" blocked
    the approval of every language as translated from an outdated English."""
    letter, _, spanish = _letter_with_translation(store)
    _edit(store, letter, respaced)
    assert not staleness(store, spanish).stale


def test_a_paragraph_split_in_two_makes_the_translation_stale(store):
    letter, _, spanish = _letter_with_translation(store)
    _edit(store, letter, ENGLISH.replace("found it on", "found it.\n\nOn"))
    assert staleness(store, spanish).stale
