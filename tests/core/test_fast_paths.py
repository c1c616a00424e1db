"""The shortcuts readability takes for speed (issue 17) give what the general path gives: over
every block and line of every letter we keep (tests/core/review_snapshot.py), and lines made up
to reach the cases the letters lack, each shortcut is compared with the path it skips."""

from __future__ import annotations

import dataclasses
import json
import re
from re import _parser
from typing import NamedTuple

import pytest

from clearnotice import inline_markup, readability
from clearnotice import plain_layout as layout
from clearnotice import text as segment
from clearnotice.translate.language_id import first_evidence, passage_language
from clearnotice.translate.languages import SOURCE_LANGUAGE
from tests.core import review_snapshot
from tests.core.test_inline_markup import CASES

LETTERS = review_snapshot.letters()
BLOCKS = sorted({(b.kind, b.text) for text in LETTERS.values() for b in segment.blocks(text)})
LINES = sorted({line for text in LETTERS.values() for line in text.splitlines()})

MARKUP = [
    "See www.example.com/_faq_/ and _this_ too",
    "at https://example.com/a_b_c_ or *here*",
    "a_www.example.com_ and (www.x.org/_y_)",
    r"\*not\* and `code_span` and {{ customer_name }} with *stars*",
    *(case[1] for case in CASES),
]
FRAME_LINES = [
    "Dear valued customers,",
    "Sincerely,",
    "Yours faithfully",
    "On behalf of " + "x" * 60 + ".",
    "Dear " + "y" * 60 + ",",
    "Thursday, September 3, 2020",
    "3 October 2019.",
    "Oak Ridge, TN, July 1, 2024",
    "Springfield Heights Community Services Office, IL, March 4th, 2024",
    "July 1, 2024\n",
    "July 1, 24",
    "Sincerely,\n",
]
FOREIGN = [
    "Para obtener esta carta en español, llame al número gratuito.",
    "Le escribimos para informarle de un incidente que afectó a sus datos personales.",
    "Wir schreiben Ihnen, weil wir einen Vorfall mit Ihren Daten festgestellt haben.",
    "Nous vous écrivons au sujet d'un incident qui concerne vos données.",
    "Call us: para ayuda, llame al 1-800-555-0142 de lunes a viernes.",
    "Olá, Bom dia, Obrigado",
]


def test_inline_markup_read_from_token_start_to_token_start_is_read_as_character_by_character():
    every_character = re.compile(r"[\s\S]")
    texts = [text for _, text in BLOCKS] + LINES + MARKUP
    differ = [
        text
        for text in texts
        if inline_markup._tokenize(text) != inline_markup._tokenize(text, every_character)
    ]
    assert not differ
    # the comparison can fail: without the web address's start, an address's "_" is emphasis
    no_address = re.compile(r"[\\`{*_]")
    assert any(
        inline_markup._tokenize(text) != inline_markup._tokenize(text, no_address)
        for text in MARKUP
    )


def test_no_salutation_or_sign_off_is_longer_than_the_line_tried() -> None:
    for pattern in (layout.SALUTATION, layout.SIGN_OFF):
        longest = _parser.parse(pattern.pattern, pattern.flags).getwidth()[1]
        assert longest + 1 <= layout.FRAME_LINE_MAX  # and the line break ``$`` leaves


@pytest.mark.parametrize(
    ("test", "pattern"),
    [
        (layout.is_salutation, layout.SALUTATION),
        (layout.is_sign_off, layout.SIGN_OFF),
        (layout.is_dateline, layout.DATELINE),
    ],
    ids=["salutation", "sign-off", "dateline"],
)
def test_a_frame_line_is_read_as_its_pattern_alone_reads_it(test, pattern) -> None:
    lines = [*LINES, *(line.strip() for line in LINES), *FRAME_LINES]
    differ = [line for line in lines if test(line) != bool(pattern.match(line))]
    assert not differ
    assert any(test(line) for line in FRAME_LINES)


def test_a_blocks_words_are_its_sentences_words() -> None:
    """What lets the language test read the words the sentences' counts looked up."""
    differ = [
        text
        for _, text in BLOCKS
        if segment.word_texts(text)
        != [w for s in segment.split_sentences(text) for w in segment.word_texts(s.text)]
    ]
    assert not differ


def test_the_words_settle_a_blocks_language_only_where_the_language_test_agrees() -> None:
    foreign, own = first_evidence(SOURCE_LANGUAGE)
    texts = [text for _, text in BLOCKS] + FOREIGN
    settled = []
    for text in texts:
        lowered = [word.lower() for word in segment.word_texts(text)]
        if foreign.isdisjoint(lowered) and not own.isdisjoint(lowered):
            settled.append(text)
            assert passage_language(text, SOURCE_LANGUAGE) is None, text
    assert len(settled) > len(BLOCKS) / 2  # most blocks take the shortcut
    assert not set(FOREIGN) & set(settled)


@pytest.mark.parametrize("kind", [segment.PARAGRAPH, segment.HEADING, segment.BULLET])
def test_a_block_counts_exactly_when_it_counts_toward_the_grade(kind: str) -> None:
    texts = [text for _, text in BLOCKS] + FOREIGN
    differ = []
    for text in texts:
        counted = readability._analyse_block(kind, text) != readability._UNCOUNTED
        expected = readability.counts_toward_grade(kind, text) and bool(segment.word_texts(text))
        if counted != expected:
            differ.append(text)
    assert not differ
    assert not any(readability._analyse_block(kind, text)[2] for text in FOREIGN[:4])


@dataclasses.dataclass(frozen=True)
class _AsDataclass:
    start: int
    spans: tuple[tuple[int, int], ...]
    inner: tuple[object, ...]


class _AsNamedTuple(NamedTuple):
    start: int
    spans: tuple[tuple[int, int], ...]
    inner: tuple[object, ...]


def test_the_snapshot_reads_a_named_tuple_as_the_dataclass_it_was() -> None:
    inner = _AsDataclass(1, ((2, 3),), ())
    dataclass = _AsDataclass(0, ((4, 5), (6, 7)), (inner,))
    named = _AsNamedTuple(0, ((4, 5), (6, 7)), (_AsNamedTuple(1, ((2, 3),), ()),))
    expected = json.dumps(dataclasses.asdict(dataclass), sort_keys=True)
    assert json.dumps(review_snapshot.plain_data(dataclass), sort_keys=True) == expected
    assert json.dumps(review_snapshot.plain_data(named), sort_keys=True) == expected


def test_a_sentences_packed_row_reads_back_as_its_words_facts_summed() -> None:
    """A sentence's counts are one sum of its words' packed rows, read back in one unpacking:
    each field must come back as the words' own facts summed one by one, for every sentence of
    every kept letter (the fields are in ``Counts``' order, then the language test's two)."""
    foreign, own = first_evidence(SOURCE_LANGUAGE)
    differ = []
    for _, text in BLOCKS:
        for sentence in segment.split_sentences(text):
            found = segment.word_texts(sentence.text)
            facts = [readability._word_facts(word) for word in found]
            expected = readability.Counts(
                1,
                len(found),
                sum(f[0] for f in facts),
                sum(f[2] for f in facts),
                sum(f[3] for f in facts),
                sum(f[4] for f in facts),
                sum(f[1] for f in facts),
            )
            row = sum(map(readability._word_row, found), readability._SENTENCE)
            *counts, foreign_words, own_words = readability._unpacked(row)
            language = (
                sum(w.lower() in foreign for w in found),
                sum(w.lower() in own for w in found),
            )
            read_back = (readability._counts_of(row), tuple(counts), (foreign_words, own_words))
            if read_back != (expected, expected, language):
                differ.append(sentence.text)
    assert not differ
    assert any(readability._word_facts(w)[4] for _, text in BLOCKS for w in text.split())
    # the syllables of one word are read from the same row
    words = {w for _, text in BLOCKS for w in segment.word_texts(text)}
    assert all(readability.word_syllables(w) == readability._word_facts(w)[0] for w in words)


def test_a_sentences_words_read_from_its_blocks_parts_are_its_own_at_their_places() -> None:
    """``_analyse_block`` finds a block's words once (``text.word_parts``) and gives each
    sentence the words before its end: each sentence's word count and long words' spans must
    be what its own words, found in the sentence alone, give."""
    differ = []
    for _, text in BLOCKS:
        counts, _, figures = readability._analyse_block(segment.PARAGRAPH, text)
        if not counts.words:
            continue
        expected = []
        for start, end, sentence, _ in segment.split_sentences(text):
            found = list(segment._WORD.finditer(sentence))
            long_words = tuple(
                (start + m.start(), start + m.end())
                for m in found
                if readability._word_facts(m.group())[4]
            )
            expected.append((start, end, len(found), long_words))
        if [(f[0], f[1], f[2], f[6]) for f in figures] != expected:
            differ.append(text)
    assert not differ
    parts = segment.word_parts("Call us (toll-free) now:  it's free.")
    assert parts[1::2] == ["Call", "us", "toll-free", "now", "it's", "free"]
    assert "".join(parts) == "Call us (toll-free) now:  it's free."


def test_an_ascii_texts_words_are_found_as_any_texts_are() -> None:
    """``text.word_parts`` reads ASCII text with a pattern of ASCII letters and digits."""
    made_up = ["snake_case x-_y a--b 'quoted' it's 9-1-1 _x_ a'-b", "\t\x00\x7f-'a'-"]
    texts = [text for _, text in BLOCKS] + LINES + made_up
    ascii_texts = [text for text in texts if text.isascii()]
    assert len(ascii_texts) > len(texts) / 2
    differ = [t for t in ascii_texts if segment.word_parts(t) != segment._WORD_PARTS.split(t)]
    assert not differ


def test_a_line_too_long_for_a_heading_would_not_read_as_one() -> None:
    """``text.blocks`` asks ``reads_as_heading`` only of a line short enough to be a heading
    (``_may_read_as_heading``): every line it does not ask would have been answered no."""
    lines = {line.strip() for line in LINES if line.strip()}
    below = [None, "We found the problem on March 3.", "and the rest of the sentence."]
    skipped = [line for line in lines if not segment._may_read_as_heading(line)]
    assert len(skipped) > len(lines) / 4  # most paragraphs' first lines are not asked
    differ = [line for line in skipped if any(layout.reads_as_heading(line, b) for b in below)]
    assert not differ
    # the bound is tight: a lead's word, and a title's date's three, may come off a heading
    question = (
        "Q: What should you do now if you think that someone has used your card or your "
        "account without asking you?"
    )
    dated = (
        "Subject: Notice Of The Security Incident At Our Springfield Office And Our Offices "
        "– March 3, 2020"
    )
    for line in (question, dated):
        assert layout.reads_as_heading(line, None) and segment._may_read_as_heading(line)
        longer = line.replace(" ", " and ", 1)  # one word more
        assert not layout.reads_as_heading(longer, None)
        assert not segment._may_read_as_heading(longer)


def test_a_marked_line_read_as_running_text_without_its_markup_is_so_as_its_reader_reads_it():
    """``is_running_text`` takes a one-line block with emphasis for running text without
    reading its markup (``_running_however_marked``) only when the line its reader reads is one
    line, no salutation, sign-off or dateline, and ends in no comma: what makes the general
    path say so, for a heading and a paragraph alike."""
    frames = [
        "Springfield Heights Community Services Office of the Northern District, IL, "
        "**March** 4th, 2024",  # a dateline, however long
        "With *thanks*",
        "Yours *sincerely*",
    ]
    closing = (
        "Thank you again for your patience and for being a **valued** customer of ours for "
        "many, many years,"
    )
    texts = [text for _, text in BLOCKS] + MARKUP + LINES + frames + [closing]
    taken = [text for text in texts if readability._running_however_marked(text)]
    assert len(taken) > 20
    differ = []
    for text in taken:
        read = inline_markup.plain(text).strip()
        if not read or "\n" in read or layout.is_frame_line(read) or read.endswith(","):
            differ.append(text)
    assert not differ
    # each of its tests is needed: without any one, one of these would be taken for running text
    assert all(layout.is_frame_line(inline_markup.plain(text)) for text in frames)
    assert not any(readability.is_running_text(segment.PARAGRAPH, t) for t in [*frames, closing])
    assert not set(taken) & {*frames, closing}


def test_a_row_or_dateline_alone_between_blank_lines_is_a_paragraph_of_its_own_untried():
    """``text.blocks`` tries a line as a row or a dateline only where that can change its block:
    a line alone between blank lines is a paragraph of its own either way. Every kept line that
    reads as one, and is not taken for a heading or the letter's frame first, gives the same
    block alone as inside a paragraph's lines, where it is tried."""
    rows = [
        line.strip()
        for line in LINES
        if line.strip() and (layout.is_row(line) or layout.is_dateline(line.strip()))
    ]
    rows += ["Oct 21, 2019 20:15 (BST) Attack detected", "Equifax | 1-800-685-1111"]
    differ, compared = [], 0
    for line in rows:
        alone = segment.blocks(f"We wrote to you.\n\n{line}\n\nWe are sorry.")
        if alone[1].kind != segment.PARAGRAPH:
            continue  # a heading or the frame, read before the row and dateline tests
        # (a line ending mid-phrase, "...to you and", would go on into a row: it wraps)
        tried = segment.blocks(f"We wrote to you all\n{line}\nwe are sorry.")
        compared += 1
        if alone[1][:-1] != (segment.PARAGRAPH, 18, 18 + len(line), line) or tried[1][1:4] != (
            20,
            20 + len(line),
            line,
        ):
            differ.append(line)
    assert compared > 5
    assert not differ
