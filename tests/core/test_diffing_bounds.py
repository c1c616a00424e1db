"""Track changes of long versions in bounded time, and a changed number that stands out."""

from __future__ import annotations

import time
from pathlib import Path

from clearnotice.diffing import DELETE, EQUAL, INSERT, Change, word_diff

README = Path(__file__).resolve().parents[2] / "README.md"


def _ten_thousand_words_in_one_paragraph() -> tuple[str, str]:
    """A 10,000-word paragraph of real English, and the same with every 333rd word changed."""
    words = README.read_text(encoding="utf-8").split()[:10_000]
    old = " ".join(words) + "\n"
    edited = ["CHANGED" if i % 333 == 0 else w for i, w in enumerate(words)]
    return old, " ".join(edited) + "\n"


def test_two_ten_thousand_word_versions_are_compared_in_bounded_time():
    old, new = _ten_thousand_words_in_one_paragraph()
    started = time.process_time()
    changes = word_diff(old, new)
    spent = time.process_time() - started
    # about 106 s of CPU before the bound (2026-11-30), 0.25 s after
    assert spent < 10, f"{spent:.1f} s of CPU"
    assert "".join(c.text for c in changes if c.op != INSERT) == old
    assert "".join(c.text for c in changes if c.op != DELETE) == new
    assert sum(c.text == "CHANGED" for c in changes if c.op == INSERT) == 31


def test_a_number_changed_inside_a_long_sentence_is_the_only_change_shown():
    sentence = (
        "If you do not reply within 30 days of the date of this letter, and you have not "
        "otherwise contacted our office by telephone or in writing, we will close the case.\n"
    )
    changes = word_diff(sentence, sentence.replace("30 days", "60 days"))
    assert [c for c in changes if c.op != EQUAL] == [Change(DELETE, "30"), Change(INSERT, "60")]
