"""Python indices and UTF-16 offsets (clearnotice/offsets.py), as LanguageTool's Java and the
browser's JavaScript count them, and the browser text box's view of CR LF.

The reference is the UTF-16 encoding itself: a JavaScript string is that array of code units, so
slicing the encoded bytes is what ``text.slice(a, b)`` does in the browser."""

from __future__ import annotations

import pytest

from clearnotice.model import Finding, Severity
from clearnotice.offsets import Utf16Offsets, normalise_newlines, to_browser, utf16_length

TEXTS = [
    ("empty", ""),
    ("ascii", "We are sorry."),
    ("emoji", "🔒 Your data 😔 matters."),
    ("emoji-at-end", "Sorry 😔"),
    ("skin-tone-and-zwj", "👍🏽 and 👩‍💻 and 🇪🇸 flags"),
    ("astral-ideograph", "𠀋 is one character, two units."),
    ("accents-composed", "Café, años y niños."),
    ("accents-decomposed", "Cafe\u0301, an\u0303os y nin\u0303os."),
    ("crlf", "# Notice\r\n\r\nWe are sorry.\r\nCall us."),
    ("lone-cr", "Line one.\rLine two."),
    ("crlf-and-emoji", "😔 Sorry.\r\n\r\n🔒 We re\u0301sume\u0301 🎉 work.\r\n"),
]
IDS = [name for name, _ in TEXTS]
ALL = [text for _, text in TEXTS]


def _browser_slice(shown: str, start: int, end: int) -> str:
    """``shown.slice(start, end)`` in JavaScript, whose offsets count UTF-16 code units."""
    return shown.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


@pytest.mark.parametrize(
    ("text", "units"),
    [("😔", 2), ("é", 1), ("e\u0301", 2), ("👍🏽", 4), ("𠀋a", 3), ("a\r\nb", 4)],
    ids=["emoji", "composed", "decomposed", "skin-tone", "ideograph", "crlf"],
)
def test_utf16_length_counts_as_java_and_javascript_do(text, units):
    assert utf16_length(text) == units


@pytest.mark.parametrize("text", ALL, ids=IDS)
def test_every_python_index_maps_to_its_utf16_offset_and_back(text):
    offsets = Utf16Offsets(text)
    for index in range(len(text) + 1):
        unit = offsets.to_utf16(index)
        assert unit == utf16_length(text[:index]), index
        assert offsets.to_python(unit) == index, index


@pytest.mark.parametrize("text", ALL, ids=IDS)
def test_an_offset_inside_a_character_or_outside_the_text_is_none(text):
    offsets = Utf16Offsets(text)
    starts = {offsets.to_utf16(i) for i in range(len(text) + 1)}
    halves = set(range(utf16_length(text) + 1)) - starts
    assert len(halves) == sum(1 for c in text if ord(c) > 0xFFFF)
    for unit in halves | {-1, utf16_length(text) + 1}:
        assert offsets.to_python(unit) is None, unit


@pytest.mark.parametrize("text", ALL, ids=IDS)
def test_every_span_shows_the_same_words_in_the_browser_text(text):
    shown, browser = normalise_newlines(text), to_browser(text)
    boundaries = [i for i in range(len(text) + 1) if text[i - 1 : i + 1] != "\r\n"]
    for start in boundaries:
        for end in (e for e in boundaries if e >= start):
            expected = normalise_newlines(text[start:end])
            assert _browser_slice(shown, browser(start), browser(end)) == expected, (start, end)


def test_the_browser_text_box_turns_cr_lf_and_lone_cr_into_lf():
    assert normalise_newlines("a\r\nb\rc\n\r\nd") == "a\nb\nc\n\nd"


def test_live_editor_marks_point_at_the_words_the_browser_shows():
    from components.live_editor import finding_payload

    text = "😔 We are sorry.\r\n\r\n🔒 We will leverage 🎉 our re\u0301sume\u0301.\r\n"
    spans = [
        (text.index(word), text.index(word) + len(word)) for word in ("leverage", "sume\u0301")
    ]
    findings = [
        Finding("plain.jargon", Severity.WARNING, "Jargon.", start, end, text[start:end])
        for start, end in spans
    ]
    marks, _ = finding_payload(text, findings)
    shown = normalise_newlines(text)
    assert [_browser_slice(shown, m["start"], m["end"]) for m in marks] == [
        "leverage",
        "sume\u0301",
    ]
