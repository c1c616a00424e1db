"""Protected spans, segment limits and putting translated blocks back in place."""

from __future__ import annotations

import pytest

from clearnotice.translate.engine import FAILED, _chunks, translate_letter
from clearnotice.translate.protect import protect, restore


def test_protected_spans_become_plain_letter_tokens_and_come_back():
    segment = "Dear {{ customer_name }}, call 1-800-555-0142 or use K7M-4QX-22P at www.example.com."
    protected = protect(segment)
    for original in ("{{ customer_name }}", "1-800-555-0142", "K7M-4QX-22P", "www.example.com"):
        assert original not in protected.text
    assert all(ch.isalpha() for ch in protected.text.split()[1].rstrip(","))
    # an engine that translates the words, moves a token and changes a token's case
    translated = protected.text.replace("Dear", "Estimado").replace("Xqzjb", "xqzjb")
    restored, lost = restore(translated, protected)
    assert restored.startswith("Estimado {{ customer_name }}, call 1-800-555-0142")
    assert lost == ()


def test_a_token_the_engine_dropped_is_reported():
    protected = protect("Use the code K7M-4QX-22P today.")
    restored, lost = restore("Use el código hoy.", protected)
    assert lost == ("K7M-4QX-22P",)
    assert restored == "Use el código hoy."


def test_tokens_never_collide_with_the_letters_own_words():
    protected = protect("Xqzja is a word here; code K7M-4QX-22P.")
    assert not protected.text.count("Xqzja") > 1
    restored, _ = restore(protected.text, protected)
    assert restored == "Xqzja is a word here; code K7M-4QX-22P."


@pytest.mark.parametrize("limit", [120, 499, 4999], ids=lambda n: f"{n}-bytes")
def test_a_long_segment_is_cut_between_sentences_within_the_limit(limit):
    segment = " ".join(f"Sentence number {n} tells the reader one plain fact." for n in range(200))
    pieces = _chunks(segment, limit)
    assert all(len(p.encode()) <= limit for p in pieces)
    assert " ".join(pieces) == segment
    assert all(p.endswith(".") for p in pieces)


def test_a_word_longer_than_the_limit_is_split_not_dropped():
    segment = "Ñ" * 300  # 600 bytes
    pieces = _chunks(segment, 100)
    assert "".join(pieces) == segment
    assert all(len(p.encode()) <= 100 for p in pieces)


class _ShortEngine:
    """An engine answering one translation fewer than it was asked for (its last is lost)."""

    name, label, sends_text_out, batch_size, max_bytes = "short", "Short", False, 10, 5000

    def translate_batch(self, segments: list[str], source: str, target: str) -> list[str]:
        return [f"[{target}] {s}" for s in segments][:-1]


def test_an_engine_answering_fewer_segments_than_asked_translates_nothing():
    """Its answers no longer line up with the paragraphs: one would go out missing."""
    outcome = translate_letter("# Notice\n\nWe are sorry.\n", _ShortEngine(), "en", "es")
    assert outcome.text is None
    assert outcome.segments.error.kind == FAILED
    assert "Short answered 1 of the 2 texts sent" in str(outcome.segments.error)


class _EchoEngine:
    """An engine giving every text back as it was sent, but for the words in ``translates``."""

    name, label, sends_text_out, batch_size, max_bytes = "echo", "Echo", False, 1, 5000

    def __init__(self, translates: dict[str, str] | None = None):
        self.translates = translates or {}

    def translate_batch(self, segments: list[str], source: str, target: str) -> list[str]:
        return [self.translates.get(s, s) for s in segments]


def test_a_name_or_a_code_alone_comes_back_as_it_went_and_is_its_translation():
    outcome = translate_letter("Jane Roe\n\nACME-2024-001\n", _EchoEngine(), "en", "es")
    assert outcome.text == "Jane Roe\n\nACME-2024-001\n"


def test_a_paragraph_left_as_it_was_beside_translated_ones_is_kept():
    """A company's name line among translated paragraphs is no sign of an engine not working."""
    engine = _EchoEngine({"We are sorry.": "Lo sentimos."})
    outcome = translate_letter("We are sorry.\n\nAcme Customer Care Team\n", engine, "en", "es")
    assert outcome.text == "Lo sentimos.\n\nAcme Customer Care Team\n"


def test_a_whole_letter_given_back_unchanged_is_an_error_and_nothing_is_kept():
    outcome = translate_letter("We are sorry.\n\nWe fixed it.\n", _EchoEngine(), "en", "es")
    assert outcome.text is None
    assert outcome.segments.error.kind == "unchanged"
    assert outcome.segments.translations == (None, None)
    said = outcome.segments.why_stopped()
    assert "Nothing was saved" in said
    assert "Try again" not in said and "Translated and kept" not in said  # it would not help


def test_an_engine_that_failed_part_way_says_how_much_is_kept_for_the_next_try():
    said = translate_letter("# Notice\n\nWe are sorry.\n", _ShortEngine(), "en", "es").segments
    assert "Translated and kept: 0 of 2 segments" in said.why_stopped()
    assert said.why_stopped().endswith("Try again to continue where it stopped.")


class _UpperEngine:
    """An engine that upper-cases what it is sent, and records it."""

    name, label, sends_text_out, batch_size, max_bytes = "upper", "Upper", False, 50, 5000

    def __init__(self):
        self.sent: list[str] = []

    def translate_batch(self, segments: list[str], source: str, target: str) -> list[str]:
        self.sent.extend(segments)
        return [s.upper() for s in segments]


TABLE = (
    "# What was exposed\n\n| Item | Status |\n|:---|---:|\n| Your name | Exposed |\n| 2 | 10 |\n"
)


def test_a_table_row_goes_to_the_engine_cell_by_cell_and_comes_back_in_its_columns():
    engine = _UpperEngine()
    outcome = translate_letter(TABLE, engine, "en", "es")
    assert outcome.text == TABLE.upper()  # the separator row and the numbers as they were
    assert not [s for s in engine.sent if "|" in s or "---" in s]


def test_a_long_paragraphs_line_breaks_stay_where_they_were_when_it_is_cut():
    """Cut to fit a provider's limit, the pieces came back joined by spaces: a paragraph's
    lines ran into one, and a word cut in two for its length got a space in its middle."""
    lines = [f"Line {n} of the notice says one plain fact to the reader." for n in range(30)]
    letter = "\n".join(lines) + "\n\n" + "Ñ" * 300 + "\n"
    engine = _UpperEngine()
    engine.max_bytes = 120
    outcome = translate_letter(letter, engine, "en", "es")
    assert outcome.text == letter.upper()
    assert all(len(s.encode()) <= 120 for s in engine.sent)


def test_a_table_without_outer_pipes_goes_cell_by_cell_too():
    """GitHub's tables may leave out the outer pipes ("Item | Status"): such rows went whole."""
    letter = "Item | Status\n--- | ---\nYour name | Exposed\n\nWe are sorry | truly.\n"
    engine = _UpperEngine()
    outcome = translate_letter(letter, engine, "en", "es")
    assert outcome.text == letter.upper()
    assert "ITEM" not in engine.sent and "Item | Status" not in engine.sent
    assert "We are sorry | truly." in engine.sent  # a pipe in a paragraph is no table


def test_blank_lines_spaces_emoji_and_right_to_left_text_stay_where_they_were():
    letter = (
        "# Notice\n\n   \n\nWe are sorry 😔.\n\u00a0\nمرحبا بكم today.\n\n\n- one\n  - two\n"
        "1. first\n"
    )
    outcome = translate_letter(letter, _UpperEngine(), "en", "es")
    assert outcome.text == letter.upper()


def test_a_fenced_code_block_is_kept_as_written():
    """Apertium translated a command the reader was to type ("code here" -> "Código aquí")."""
    letter = (
        "Type this:\n\n```\nreset password now\n\nand this\n```\n\nThen stop.\n\n~~~\nkeep\n~~~\n"
    )
    engine = _UpperEngine()
    outcome = translate_letter(letter, engine, "en", "es")
    assert outcome.text == (
        "TYPE THIS:\n\n```\nreset password now\n\nand this\n```\n\nTHEN STOP.\n\n~~~\nkeep\n~~~\n"
    )
    assert engine.sent == ["Type this:", "Then stop."]
