"""The size of an edit in words a reviewer reads: also when no word changed."""

from __future__ import annotations

import pytest

from clearnotice.diffing import NOTHING, PUNCTUATION_ONLY, SPACING_ONLY, summary, word_diff

SORRY = 'We are sorry. Call "Ana" at the number below.\n'


@pytest.mark.parametrize(
    ("new", "said"),
    [
        pytest.param(SORRY.replace("sorry.", "sorry,"), PUNCTUATION_ONLY, id="full-stop-to-comma"),
        pytest.param(SORRY.replace('"Ana"', "“Ana”"), PUNCTUATION_ONLY, id="curly-quotes"),
        pytest.param(SORRY.replace(". ", ".\n"), SPACING_ONLY, id="rewrapped"),
        pytest.param(SORRY.replace(" at", "  at"), SPACING_ONLY, id="double-space"),
        pytest.param(SORRY, NOTHING, id="same"),
        pytest.param(
            SORRY.replace("sorry", "very sorry"), "1 word inserted, 0 words deleted", id="a-word"
        ),
        pytest.param(SORRY.replace("Ana", "Eva."), "1 word inserted, 1 word deleted", id="words"),
    ],
)
def test_the_summary_names_what_changed_when_no_word_did(new, said):
    assert summary(word_diff(SORRY, new)) == said
