"""English readability of a letter: the classic formulas, per letter, paragraph and sentence.

This is the only module that imports textstat. textstat supplies the per-word facts (syllables
as it counts them, from the CMU dictionary (read from our compact copy: clearnotice.syllables)
and Pyphen, the Dale-Chall easy-word list); the formulas are applied here to counts
summed over our own segmentation (clearnotice.text), so a heading or a bullet is a sentence of
its own rather than glued to the next one. Each block is analysed once and cached by its text,
so after an edit to one paragraph only that paragraph is analysed again.

The language is always passed explicitly: ``textstat.set_lang`` changes a process-wide global
and Streamlit serves every session from one process.
"""

from __future__ import annotations

import math
import re
import struct
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate, compress
from typing import NamedTuple

from textstat.backend.selections import list_words
from textstat.backend.utils import get_lang_easy_words, get_pyphen

from clearnotice import caches
from clearnotice import plain_layout as layout
from clearnotice import text as segment
from clearnotice.model import Finding, Severity
from clearnotice.syllables import cmu_syllables
from clearnotice.translate.language_id import first_evidence, passage_language
from clearnotice.translate.languages import SOURCE_LANGUAGE

LANG = "en_US"
DEFAULT_TARGET_GRADE = 8.0
# Adults read English silently at about 238 words a minute (Brysbaert 2019, "How many words
# do we read per minute?", Journal of Memory and Language 109).
WORDS_PER_MINUTE = 238
# SMOG was normed on samples of 30 sentences (McLaughlin 1969); below that it means little, so
# it is withheld (``Scores.smog`` is None) and said only where SMOG is shown (``smog_note``).
SMOG_MIN_SENTENCES = 30
# Hard and very hard sentences as Hemingway Editor marks them (the rule its web app's script
# applies): a sentence of 14 words or more whose Automated Readability Index is 10 or more is
# hard, 14 or more very hard; shorter sentences are never marked.
MIN_WORDS_TO_JUDGE = 14
HARD_GRADE, VERY_HARD_GRADE = 10.0, 14.0
LONG_SENTENCE_WORDS = 25
POLYSYLLABLE = 3  # Gunning's "complex word": three or more syllables


class Counts(NamedTuple):
    """Additive counts: the counts of a text are the sums of the counts of its parts. A named
    tuple, made for every sentence and block of a new letter (a frozen dataclass took four
    times as long to make)."""

    sentences: int = 0
    words: int = 0
    syllables: int = 0
    letters: int = 0
    characters: int = 0
    polysyllables: int = 0
    difficult: int = 0

    @classmethod
    def total(cls, parts: Iterable[Counts]) -> Counts:
        """The counts of a text made of ``parts``, summed field by field in one pass (a letter
        has hundreds of sentences: adding them two at a time made as many objects)."""
        return cls(*map(sum, zip(*parts, strict=True)))


@dataclass(frozen=True)
class Scores:
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    smog: float | None  # None when the text has too few sentences for SMOG
    coleman_liau: float
    automated_readability: float
    dale_chall: float


class SentenceReadability(NamedTuple):
    """One sentence's figures. A named tuple, not a frozen dataclass: one is made for every
    sentence of every analysis, and a named tuple is made several times faster (issue 17)."""

    start: int
    end: int
    words: int
    grade: float  # Automated Readability Index of the sentence, as Hemingway uses
    level: str  # "ok", "hard" or "very hard"
    reasons: tuple[str, ...]
    long_words: tuple[tuple[int, int], ...]  # spans of the words of three or more syllables


class BlockReadability(NamedTuple):
    """One block's figures; a named tuple for the same reason as ``SentenceReadability``."""

    index: int
    kind: str
    start: int
    end: int
    counts: Counts
    grade: float
    sentences: tuple[SentenceReadability, ...]


@dataclass(frozen=True)
class Readability:
    counts: Counts
    paragraphs: int
    scores: Scores
    grade: float
    target_grade: float
    reading_minutes: float
    blocks: tuple[BlockReadability, ...]
    notes: tuple[str, ...]

    @property
    def distance_from_target(self) -> float:
        """Grades above (positive) or below (negative) the target."""
        return round(self.grade - self.target_grade, 1)

    @property
    def sentences(self) -> tuple[SentenceReadability, ...]:
        return tuple(s for b in self.blocks for s in b.sentences)


# --- formulas ------------------------------------------------------------------------------
# Each takes counts so that letter, paragraph and sentence share one implementation.


def flesch_reading_ease(c: Counts) -> float:
    """Flesch (1948), "A new readability yardstick", J. Applied Psychology 32(3):221-233."""
    return 206.835 - 1.015 * c.words / c.sentences - 84.6 * c.syllables / c.words


def flesch_kincaid_grade(c: Counts) -> float:
    """Kincaid, Fishburne, Rogers & Chissom (1975), Naval Technical Training Command RBR 8-75."""
    return 0.39 * c.words / c.sentences + 11.8 * c.syllables / c.words - 15.59


def gunning_fog(c: Counts) -> float:
    """Gunning (1952), The Technique of Clear Writing: 0.4 (ASL + % words of 3+ syllables).

    Every word of three or more syllables counts, as Gunning defined it; textstat instead skips
    those on the Dale-Chall easy list, so its Fog reads lower on the same text.
    """
    return 0.4 * (c.words / c.sentences + 100 * c.polysyllables / c.words)


def smog(c: Counts) -> float:
    """McLaughlin (1969), "SMOG Grading", J. Reading 12(8):639-646."""
    return 1.0430 * math.sqrt(c.polysyllables * 30 / c.sentences) + 3.1291


def coleman_liau(c: Counts) -> float:
    """Coleman & Liau (1975), J. Applied Psychology 60(2):283-284: letters and sentences per
    100 words."""
    return 0.0588 * (100 * c.letters / c.words) - 0.296 * (100 * c.sentences / c.words) - 15.8


def automated_readability(c: Counts) -> float:
    """Smith & Senter (1967), Automated Readability Index, AMRL-TR-66-220."""
    return 4.71 * c.characters / c.words + 0.5 * c.words / c.sentences - 21.43


def dale_chall(c: Counts) -> float:
    """Dale & Chall (1948), "A formula for predicting readability", Educational Research
    Bulletin 27: 0.1579 PDW + 0.0496 ASL, plus 3.6365 when over 5 % of words are difficult."""
    percent_difficult = 100 * c.difficult / c.words
    score = 0.1579 * percent_difficult + 0.0496 * c.words / c.sentences
    return score + 3.6365 if percent_difficult > 5 else score


def smog_note(c: Counts) -> str:
    """Why SMOG is withheld, or "" when it is reliable: said beside SMOG, not on every letter
    (the grade shown is Flesch-Kincaid, which has no such floor)."""
    if not c.words or c.sentences >= SMOG_MIN_SENTENCES:
        return ""
    return (
        f"SMOG needs at least {SMOG_MIN_SENTENCES} sentences to mean anything (McLaughlin "
        f"1969); this letter has {c.sentences}."
    )


def scores(c: Counts) -> Scores:
    if c.words == 0 or c.sentences == 0:
        return Scores(0.0, 0.0, 0.0, None, 0.0, 0.0, 0.0)
    return Scores(
        flesch_reading_ease=round(flesch_reading_ease(c), 1),
        flesch_kincaid_grade=round(flesch_kincaid_grade(c), 1),
        gunning_fog=round(gunning_fog(c), 1),
        smog=round(smog(c), 1) if c.sentences >= SMOG_MIN_SENTENCES else None,
        coleman_liau=round(coleman_liau(c), 1),
        automated_readability=round(automated_readability(c), 1),
        dale_chall=round(dale_chall(c), 1),
    )


# --- counting ------------------------------------------------------------------------------


def _word_facts(word: str) -> tuple[int, bool, int, int, bool]:
    """(syllables, is a Dale-Chall difficult word, letters, letters and digits, is a long word)
    for one word. Worked out once per word and kept packed by ``_word_row``, cached across
    letters: a letter's words are mostly words every letter uses."""
    lower = word.lower()
    if lower.isascii() and lower.isdigit():
        # A number is not in the CMU dictionary and Pyphen finds no break in it, so textstat
        # counts one syllable: said here without asking Pyphen (test_readability checks it);
        # no digit is a letter, every one is a letter or digit.
        return (1, lower not in get_lang_easy_words(LANG), 0, len(word), False)
    syllables = _syllables(lower)
    return (
        syllables,
        # textstat's is_difficult_word with no syllable threshold, as its Dale-Chall score
        # calls it: any one word not on the easy list (asked here without counting syllables)
        lower not in get_lang_easy_words(LANG),
        sum(map(str.isalpha, word)),
        sum(map(str.isalnum, word)),
        syllables >= POLYSYLLABLE,
    )


# A word's row (``_word_row``) is one integer holding each figure in a field of _ROW_BITS bits,
# in the order of ``Counts`` (its sentences field is 0 for a word, 1 for a sentence's
# ``_SENTENCE``) and then the language test's two, so that a sentence's and a block's counts are
# each one sum() of integers, read back in one unpacking (``_ROW_FIELDS``). No field's sum
# reaches 2**32 short of a block of a billion characters (each figure is at most a few per
# character).
_ROW_BITS = 32
_FIELDS = len(Counts._fields) + 2  # and whether only another language uses the word, or English
_ROW_FIELDS = struct.Struct(f"<{_FIELDS}I")  # the fields, lowest first, as little-endian bytes
_ROW_BYTES = _ROW_FIELDS.size
_COUNT_FIELDS = struct.Struct(f"<{len(Counts._fields)}I")  # the first fields alone
_ROW_MASK = (1 << _ROW_BITS) - 1
(
    _AT_SENTENCES,
    _AT_WORDS,
    _AT_SYLLABLES,
    _AT_LETTERS,
    _AT_CHARACTERS,
    _AT_POLYSYLLABLES,
    _AT_DIFFICULT,
    _AT_FOREIGN,
    _AT_OWN,
) = range(0, _FIELDS * _ROW_BITS, _ROW_BITS)
_SENTENCE = 1 << _AT_SENTENCES  # added to a sentence's words: it is one sentence
_LONG_BIT = 1 << _AT_POLYSYLLABLES  # a word's field "is a long word"


@caches.of_text(100_000)
def _word_row(word: str) -> int:
    """``_word_facts`` of one word and what the language test first asks of it
    (``language_id.first_evidence``): whether only another language uses it, and whether it is
    one of English's own function words, packed (_ROW_BITS). Looked up with the facts, so a
    block's language is known without a pass of its own over its words."""
    lower = word.lower()  # as passage_language lowers each word
    foreign, own = first_evidence(SOURCE_LANGUAGE)
    syllables, difficult, letters, characters, long = _word_facts(word)
    return (
        1 << _AT_WORDS
        | syllables << _AT_SYLLABLES
        | letters << _AT_LETTERS
        | characters << _AT_CHARACTERS
        | long << _AT_POLYSYLLABLES
        | difficult << _AT_DIFFICULT
        | (lower in foreign) << _AT_FOREIGN
        | (lower in own) << _AT_OWN
    )


def _unpacked(row: int) -> tuple[int, ...]:
    """The fields of a sum of rows, ``Counts``' first, in one C call rather than a shift each."""
    return _ROW_FIELDS.unpack(row.to_bytes(_ROW_BYTES, "little"))


def _counts_of(row: int) -> Counts:
    """The ``Counts`` of a sum of rows: its first fields, read without the language test's."""
    return Counts._make(_COUNT_FIELDS.unpack_from(row.to_bytes(_ROW_BYTES, "little")))


def _syllables(text: str) -> int:
    """textstat's ``count_syllables(text, LANG)``, its dictionary read from our compact copy
    (clearnotice.syllables): each word's first pronunciation in the CMU dictionary, else
    Pyphen's hyphenation points plus one (test_readability_textstat compares the two). Pyphen's
    dictionary (a quarter of a second to load) is loaded only for a word the CMU one lacks."""
    known = cmu_syllables()
    return sum(
        known[word] if word in known else len(get_pyphen(LANG).positions(word)) + 1
        for word in list_words(text, lowercase=True)
    )


def _grade_of(c: Counts) -> float:
    return round(flesch_kincaid_grade(c), 1) if c.words and c.sentences else 0.0


_OK: tuple[str, tuple[str, ...]] = ("ok", ())  # a sentence's level and reasons when not hard


def _judge(words: int, grade: float, long_words: int) -> tuple[str, tuple[str, ...]]:
    if words < MIN_WORDS_TO_JUDGE or grade < HARD_GRADE:
        return _OK
    reasons = []
    if words >= LONG_SENTENCE_WORDS:
        reasons.append(f"{words} words long; split it in two")
    if long_words >= 2:
        reasons.append(f"{long_words} words of three or more syllables; use shorter words")
    if not reasons:
        reasons.append("long words in a long sentence; use shorter sentences and words")
    return ("very hard" if grade >= VERY_HARD_GRADE else "hard"), tuple(reasons)


def counts_toward_grade(kind: str, content: str) -> bool:
    """Whether a block's words count: running text only (``is_running_text``), not a passage
    in another language."""
    return is_running_text(kind, content) and passage_language(content, SOURCE_LANGUAGE) is None


def is_running_text(kind: str, content: str) -> bool:
    """Whether a block is running text, the only text a readability formula is fitted to.

    Flesch's instructions for his formula (Flesch-Kincaid weighs the same two counts): "count
    as a sentence each full unit of speech marked off by a period, colon, semicolon, dash,
    question mark or exclamation point", and "test only the running text ...
    skip titles, headings, ... date lines and signature lines" (Flesch 1979, How to Write Plain
    English, ch. 2). So the letter's frame (``COURTESY``) never counts, nor does a paragraph that
    holds no sentence: a closing the layout did not recognise ("*Sincerely,*", "Warmly,"), an
    address block or a signature of short lines, a date line, a table's rows. A lone
    "Sincerely," read as a sentence of one three-syllable word is grade 20 and would top the
    chart. Headings other
    than a closing still count, as sentences of their own like bullet items (clearnotice.text):
    a letter's headings are questions and statements its reader reads.
    """
    if kind == segment.COURTESY:
        return False
    if kind == segment.BULLET:
        return True
    if _LINE_OR_MARKUP.search(content):
        if _running_however_marked(content):
            return True
        lines = [segment.strip_inline_markup(line).strip() for line in content.splitlines()]
        lines = [line for line in lines if line]
    else:  # one line without markup, as most blocks are: it reads as it is written
        lines = [content.strip()] if content.strip() else []
    if not lines:
        return False
    if len(lines) == 1 and layout.is_frame_line(lines[0]):
        return False  # "**Sincerely,**" is a bold line, so read as a heading
    if kind != segment.PARAGRAPH:
        return True
    if all(map(layout.is_table_row, lines)):
        return False  # a table's rows: "Social Security number | No" is no sentence
    if _holds_a_sentence_end("\n".join(lines)):
        return True
    # no sentence ends here: several short lines (an address, a signature) or a closing's comma
    return not (len(lines) > 1 or lines[0].endswith(","))


# A character that ends a line (as str.splitlines splits) or may start inline markup
# (inline_markup's escape, code span or emphasis): a block with neither is one plain line.
_LINE_OR_MARKUP = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029\\`*_]")


# What inline markup may take off a line as its reader reads it, code spans aside (their
# backticks, and a space inside them): emphasis markers and escapes' backslashes
# (clearnotice.inline_markup).
_EMPHASIS_AND_ESCAPES = str.maketrans("", "", "*_\\")
_LINE_END = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")  # as str.splitlines splits


def _running_however_marked(content: str) -> bool:
    """Whether one line with emphasis or escapes but no code span is running text whatever its
    markup, told without reading the markup (CommonMark's emphasis rules cost as much as the
    rest of the block's analysis). The line its reader reads keeps every other character, so
    it is no shorter than the line without any marker, and it ends as the line does where the
    line's last characters are no marker. Longer than any salutation or sign-off, ending
    neither in a year (as a dateline does) nor in a comma (as a closing the layout missed), it
    is running text (test_fast_paths compares this with reading the markup)."""
    if "`" in content or _LINE_END.search(content):
        return False
    ending = content.rstrip()[-6:]  # as far back as a dateline's test looks: " 2024."
    return (
        ending.translate(_EMPHASIS_AND_ESCAPES) == ending
        and not ending.endswith(",")
        and not layout.ends_in_a_year(ending)
        and len(content.translate(_EMPHASIS_AND_ESCAPES).strip()) > layout.FRAME_LINE_MAX
    )


def _holds_a_sentence_end(text: str) -> bool:
    found = segment.split_sentences(text)
    if len(found) > 1:
        return True
    last = found[-1].text if found else ""
    return layout.ends_sentence(last) and not segment.ends_with_abbreviation(last)


def word_syllables(word: str) -> int:
    """The syllables of one word, as every formula here counts them (textstat's)."""
    return _word_row(word) >> _AT_SYLLABLES & _ROW_MASK


# A sentence's figures as ``_analyse_block`` keeps them: the fields of ``SentenceReadability``,
# which ``analyse`` makes once, at the block's place; the spans of the sentence and of its long
# words are relative to its block.
_Figures = tuple[int, int, int, float, str, tuple[str, ...], tuple[tuple[int, int], ...]]


# What a block that counts for nothing gives: no counts, grade 0, no sentences.
_UNCOUNTED: tuple[Counts, float, tuple[_Figures, ...]] = (Counts(), 0.0, ())


@caches.of_text(4096)
def _analyse_block(kind: str, content: str) -> tuple[Counts, float, tuple[_Figures, ...]]:
    """Counts, grade and sentence figures of one block, with offsets relative to the block.

    What is not running text counts for nothing (``is_running_text``): the salutation, the
    sign-off and signature, an address block; "Yours sincerely, Jane Doe, Chief Executive
    Officer" would only skew the grade. Nor does a passage in another language: these formulas
    are English. Together, ``counts_toward_grade``; its language test is answered from the
    words as they are counted when they settle it (an English function word, no other
    language's own word: ``language_id.first_evidence``), as in most blocks.
    """
    if not is_running_text(kind, content):
        return _UNCOUNTED
    # The inner loop of every readability score: the block's words are found in one pass and
    # looked up and summed by built-ins (map, sum) over their cached rows, with no Python step
    # per word. A block's words are its sentences' words, in order (test_fast_paths).
    parts = segment.word_parts(content)
    rows = list(map(_word_row, parts[1::2]))
    sentences = segment.split_sentences(content)
    *block, foreign, own = _unpacked(sum(rows, len(sentences) * _SENTENCE))
    if (foreign or not own) and passage_language(content, SOURCE_LANGUAGE) is not None:
        return _UNCOUNTED
    counts = Counts._make(block)
    judged = kind != segment.HEADING
    if len(sentences) == 1:  # a heading, a bullet item, a short paragraph: the block's counts
        start, end, _, _ = sentences[0]
        long_words = _long_words(rows, *_word_spans(parts)) if counts.polysyllables else ()
        return counts, _grade_of(counts), (_figures(start, end, counts, judged, long_words),)
    starts, ends = _word_spans(parts)
    result, first = [], 0
    for start, end, _, _ in sentences:
        last = bisect_left(starts, end, first)  # the words before the sentence's end are its own
        sentence_rows = rows[first:last]
        sentence = _counts_of(sum(sentence_rows, _SENTENCE))
        long_words = (
            _long_words(sentence_rows, starts[first:last], ends[first:last])
            if sentence.polysyllables
            else ()
        )
        result.append(_figures(start, end, sentence, judged, long_words))
        first = last
    return counts, _grade_of(counts), tuple(result)


def _word_spans(parts: list[str]) -> tuple[list[int], list[int]]:
    """Where each word of ``parts`` (``text.word_parts``) starts and where it ends: the lengths
    of the parts before it, summed by built-ins."""
    edges = list(accumulate(map(len, parts)))
    return edges[0:-1:2], edges[1::2]


def _long_words(rows: list[int], starts: list[int], ends: list[int]) -> tuple[tuple[int, int], ...]:
    """The spans of the words of three or more syllables among the words of ``rows``."""
    return tuple(compress(zip(starts, ends, strict=True), map(_LONG_BIT.__and__, rows)))


def _figures(
    start: int, end: int, counts: Counts, judged: bool, long_words: tuple[tuple[int, int], ...]
) -> _Figures:
    """A sentence's figures from its counts."""
    grade = round(automated_readability(counts), 1)
    level, reasons = _judge(counts.words, grade, counts.polysyllables) if judged else _OK
    return start, end, counts.words, grade, level, reasons, long_words


def _placed(figures: _Figures, offset: int) -> SentenceReadability:
    """A sentence's figures at its block's place in the letter."""
    start, end, words, grade, level, reasons, long_words = figures
    if long_words:
        long_words = tuple([(a + offset, b + offset) for a, b in long_words])
    return SentenceReadability(
        start + offset, end + offset, words, grade, level, reasons, long_words
    )


@caches.of_text(4096)
def _placed_block(index: int, kind: str, start: int, end: int, content: str) -> BlockReadability:
    """A block's figures at its place in the letter. Kept by that place and the block's text:
    an edit's letter has every block but the edited ones where it was, and placing each
    sentence's figures again was most of the letter's analysis after an edit."""
    counts, grade, sentences = _analyse_block(kind, content)
    placed = tuple([_placed(s, start) for s in sentences])
    return BlockReadability(index, kind, start, end, counts, grade, placed)


def analyse(text: str, target_grade: float = DEFAULT_TARGET_GRADE) -> Readability:
    """The readability of a whole letter, with per-block and per-sentence figures."""
    block_results = []
    paragraphs = 0
    for index, (kind, start, end, content, _) in enumerate(segment.blocks(text)):
        if kind != segment.HEADING and kind != segment.COURTESY:
            paragraphs += 1
        block_results.append(_placed_block(index, kind, start, end, content))
    total = Counts.total(b.counts for b in block_results)
    notes = []
    if total.words == 0:
        notes.append("There is no text to score yet.")
    if 0 < total.words < 100:
        notes.append("Under 100 words, every formula is a rough guide only.")
    result_scores = scores(total)
    return Readability(
        counts=total,
        paragraphs=paragraphs,
        scores=result_scores,
        grade=result_scores.flesch_kincaid_grade,
        target_grade=target_grade,
        reading_minutes=round(total.words / WORDS_PER_MINUTE, 1),
        blocks=tuple(block_results),
        notes=tuple(notes),
    )


def hard_sentence_findings(result: Readability, text: str) -> list[Finding]:
    """Hard and very hard sentences as findings, Hemingway-style, with the reason."""
    findings = []
    for s in result.sentences:
        if s.level == "ok":
            continue
        very = s.level == "very hard"
        findings.append(
            Finding(
                rule_id="readability.very-hard-sentence" if very else "readability.hard-sentence",
                severity=Severity.WARNING if very else Severity.SUGGESTION,
                message=f"{'Very hard' if very else 'Hard'} to read (grade {s.grade:g}): "
                + "; ".join(s.reasons)
                + ".",
                start=s.start,
                end=s.end,
                match=text[s.start : s.end],
                source="guidance: keep the letter easy to read and understand; no techno-jargon",
            )
        )
    return findings
