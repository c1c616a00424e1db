"""Track changes of long versions in bounded time, and a changed number that stands out."""

from __future__ import annotations

from pathlib import Path

from clearnotice.diffing import DELETE, EQUAL, INSERT, Change, _too_many_pairs, tokens, word_diff

# Long real English prose of our own: the accuracy rounds' account (about 13,000 words).
PROSE = Path(__file__).resolve().parents[2] / "docs" / "accuracy.md"


def _ten_thousand_words_in_one_paragraph() -> tuple[str, str]:
    """A 10,000-word paragraph of real English, and the same with every 333rd word changed."""
    words = PROSE.read_text(encoding="utf-8").split()[:10_000]
    assert len(words) == 10_000
    old = " ".join(words) + "\n"
    edited = ["CHANGED" if i % 333 == 0 else w for i, w in enumerate(words)]
    return old, " ".join(edited) + "\n"


def test_two_ten_thousand_word_versions_are_compared_by_the_bounded_search_and_stay_whole():
    """Compared pair by pair, these two took about 106 s of CPU (2026-11-30); the bounded search
    0.25 s. Its time is a benchmark's business: here, that such a pair takes the bounded way and
    that the diff still gives back both texts and every change."""
    old, new = _ten_thousand_words_in_one_paragraph()
    assert _too_many_pairs(tokens(old), tokens(new))
    changes = word_diff(old, new)
    assert "".join(c.text for c in changes if c.op != INSERT) == old
    assert "".join(c.text for c in changes if c.op != DELETE) == new
    # every changed word is inserted, alone or with words next to it that an equally short
    # diff redoes (a table row "0.96 | 0.86" repeated nearby)
    assert sum(c.text.split().count("CHANGED") for c in changes if c.op == INSERT) == 31


def test_a_number_changed_inside_a_long_sentence_is_the_only_change_shown():
    sentence = (
        "If you do not reply within 30 days of the date of this letter, and you have not "
        "otherwise contacted our office by telephone or in writing, we will close the case.\n"
    )
    changes = word_diff(sentence, sentence.replace("30 days", "60 days"))
    assert [c for c in changes if c.op != EQUAL] == [Change(DELETE, "30"), Change(INSERT, "60")]
