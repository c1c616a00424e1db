"""Our readability counts are textstat's: the per-word facts we cache (syllables, Dale-Chall
difficulty) equal textstat's own on every word of the fixtures and on numbers, and the scores of
plain prose agree with textstat's formulas."""

from __future__ import annotations

from pathlib import Path

import pytest
from textstat.backend import metrics
from textstat.backend.counts import count_syllables
from textstat.backend.validations import is_difficult_word

from clearnotice import readability
from clearnotice import text as segment
from clearnotice.offline_data import ensure_cmudict

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
WORDS = sorted(
    {w.text for p in FIXTURES.glob("*.md") for w in segment.words(p.read_text(encoding="utf-8"))}
    | {"0", "7", "42", "2026", "0142", "40123", "1234567890", "٣", "3rd", "24-hour"}
)


def test_word_facts_are_textstats_own_for_every_word() -> None:
    ensure_cmudict()  # textstat's own count reads NLTK's copy of the dictionary
    differ = []
    for word in WORDS:
        syllables, difficult, letters, characters, long = readability._word_facts(word)
        lower = word.lower()
        expected = (
            count_syllables(lower, "en_US"),
            is_difficult_word(lower, 0, "en_US"),
            sum(ch.isalpha() for ch in word),
            sum(ch.isalnum() for ch in word),
        )
        if (syllables, difficult, letters, characters) != expected or long != (syllables >= 3):
            differ.append(word)
    assert not differ, f"differ from textstat: {differ[:10]}"


PROSE = [
    "We found that a criminal had broken into one of our billing computers. The criminal used a "
    "stolen employee password to get in. We shut off that access the same day.",
    "On 12 March 2026 we learned that 40123 records were copied. We are sorry. Call us on "
    "0142 any day between 9 and 5, and we will answer your questions.",
    "The investigation continued for several weeks, and we reviewed every affected record "
    "carefully before writing to you. Nothing suggests that anyone has misused the information.",
]


# each of our scores and textstat's function for it
FORMULAS = {
    "flesch_reading_ease": metrics.flesch_reading_ease,
    "flesch_kincaid_grade": metrics.flesch_kincaid_grade,
    "dale_chall": metrics.dale_chall_readability_score,
}


@pytest.mark.parametrize("text", PROSE, ids=["break-in", "numbers", "long-words"])
def test_prose_scores_agree_with_textstat(text) -> None:
    scores = readability.analyse(text).scores
    for ours, theirs in FORMULAS.items():
        assert getattr(scores, ours) == pytest.approx(theirs(text, "en_US"), abs=0.2), ours
