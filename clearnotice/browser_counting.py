"""What the browser needs to grade a letter as clearnotice.readability does, at every keystroke.

The live editor recomputes the grade and the hard and very hard sentences in the browser
(components/live_editor/grade.js, a port of the counting) while the server's full findings
follow the pause in typing. Counting rests on facts only the server has: which blocks count (a
salutation or a signature is the letter's frame, a passage in another language is not English;
a heading counts but is never judged hard), each word's syllables from the CMU dictionary, and
the thresholds and sentence rules of clearnotice.readability and clearnotice.text. They are sent
from here, so the two never disagree on them.
"""

from __future__ import annotations

from clearnotice import readability
from clearnotice import text as segment
from clearnotice.offsets import to_browser


def payload(text: str) -> dict[str, object]:
    """The counting facts of ``text`` as the browser reads them: block offsets in UTF-16 code
    units into the text as a text box holds it (line breaks as LF), every word's syllables
    (lower case), and the rules."""
    shown = to_browser(text)
    blocks = [
        {
            "start": shown(b.start),
            "end": shown(b.end),
            "counted": readability.counts_toward_grade(b.kind, b.text),
            "judged": b.kind != segment.HEADING,
        }
        for b in segment.blocks(text)
    ]
    words = {w.lower() for w in segment.word_texts(text)}
    return {
        "blocks": blocks,
        "syllables": {w: readability.word_syllables(w) for w in sorted(words)},
        "rules": {
            "min_words": readability.MIN_WORDS_TO_JUDGE,
            "hard": readability.HARD_GRADE,
            "very_hard": readability.VERY_HARD_GRADE,
            "abbreviations": sorted(segment.ABBREVIATIONS),
            "number_abbreviations": sorted(segment.NUMBER_ABBREVIATIONS),
            "clock_abbreviations": sorted(segment.CLOCK_ABBREVIATIONS),
            "clock_followers": sorted(segment.CLOCK_FOLLOWERS),
            "ordinal_months": sorted(name.casefold() for name in segment.GERMAN_MONTHS),
        },
    }
