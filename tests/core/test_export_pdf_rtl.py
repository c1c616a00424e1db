"""Hebrew and Arabic in PDF letters: shaped (Arabic letters joined) and in visual order.

How the test reads the page: pypdf's ``extract_text`` guesses the reading order of right-to-left
text itself (it moved the full stop of "שלום עולם." to the run's far side), so it cannot say
whether the PDF put the letters in the right places. Instead every drawn string is read with the
x and y it is drawn at, decoded through its font's ToUnicode map, and each line is read left to
right, as the eye sees it. In a left-to-right paragraph a Hebrew or Arabic run then reads
backwards (``[::-1]`` below); in a right-to-left paragraph the whole line does, and it is set
against the right margin. ToUnicode maps each joined Arabic form back to its base letter, so the
letters are compared as written; that they are joined is checked on the glyphs themselves.
"""

from __future__ import annotations

import io
import re
from collections import defaultdict

from pypdf import PdfReader
from pypdf.generic import ContentStream

from clearnotice.export.document import Document
from clearnotice.export.pdf import MARGIN_X, render_pdf

HEBREW, ARABIC = "שלום עולם", "مرحبا بالعالم"


def _to_unicode(font) -> dict[int, str]:
    cmap = font["/ToUnicode"].get_data().decode("latin-1")
    pairs = re.findall(r"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]+)>", cmap.split("beginbfchar", 1)[1])
    return {int(code, 16): bytes.fromhex(text).decode("utf-16-be") for code, text in pairs}


def drawn(data: bytes, page: int = 0) -> list[tuple[float, float, list[int], str]]:
    """Every string drawn on the page: (x, y, its glyph codes, its text), in stream order."""
    pdf_page = PdfReader(io.BytesIO(data)).pages[page]
    fonts = {name: ref.get_object() for name, ref in pdf_page["/Resources"]["/Font"].items()}
    maps = {name: _to_unicode(font) for name, font in fonts.items()}
    out = []
    x = y = 0.0
    font = None
    for operands, operator in ContentStream(pdf_page.get_contents(), None).operations:
        if operator == b"Tf":
            font = operands[0]
        elif operator == b"Td":
            x, y = float(operands[0]), float(operands[1])
        elif operator == b"Tm":
            x, y = float(operands[4]), float(operands[5])
        elif operator == b"Tj":
            # pypdf reads the two-byte glyph codes as UTF-16 and hands them back with a BOM
            raw = operands[0].get_original_bytes().removeprefix(b"\xfe\xff")
            codes = [int.from_bytes(raw[i : i + 2], "big") for i in range(0, len(raw), 2)]
            out.append((x, y, codes, "".join(maps[font].get(c, "?") for c in codes)))
    return out


def visual_lines(data: bytes) -> list[str]:
    """Each line's text as drawn from left to right, top line first."""
    rows: dict[float, list[tuple[float, str]]] = defaultdict(list)
    for x, y, _codes, text in drawn(data):
        rows[round(y)].append((x, text))
    return ["".join(t for _, t in sorted(row)) for _, row in sorted(rows.items(), reverse=True)]


def test_a_left_to_right_line_keeps_hebrew_and_arabic_runs_in_visual_order():
    data = render_pdf(Document.from_markdown(f"Hebrew: {HEBREW}. Arabic: {ARABIC}.", "en"))
    assert visual_lines(data) == [f"Hebrew: {HEBREW[::-1]}. Arabic: {ARABIC[::-1]}."]


def test_a_right_to_left_paragraph_reads_from_the_right_margin():
    data = render_pdf(Document.from_markdown(f"# {HEBREW}\n\n{ARABIC} 2024.", "ar"))
    # the year is isolated, to read in its own order (export.isolates); isolates draw nothing
    assert _without_isolates(visual_lines(data)) == [HEBREW[::-1], f".2024 {ARABIC[::-1]}"]
    page_right = PdfReader(io.BytesIO(data)).pages[0].mediabox.width - MARGIN_X
    right_ends = {}
    for x, y, _codes, _text in drawn(data):
        right_ends[round(y)] = max(right_ends.get(round(y), 0), x)
    # the last glyph of each line starts within a letter's width of the right margin
    assert all(page_right - 15 < end < page_right for end in right_ends.values())


def test_arabic_letters_are_joined_not_drawn_in_isolated_form():
    data = render_pdf(Document.from_markdown(ARABIC, "ar"))
    meem = [codes[0] for _x, _y, codes, text in drawn(data) if text == "م"]
    # مرحبا starts with meem (its initial form), بالعالم ends with it (its final form)
    assert len(meem) == 2 and meem[0] != meem[1]


def test_a_long_hebrew_paragraph_breaks_into_lines_that_keep_every_word():
    words = [f"מילה{a}{b}" for a in "אבג" for b in "דהוזחטיכלמנסעפצקרשת"]  # 57 different
    data = render_pdf(Document.from_markdown(" ".join(words), "he"))
    lines = visual_lines(data)
    assert len(lines) > 2
    # each line read from the right margin holds the next words, in order
    assert [word for line in lines for word in line[::-1].split()] == words


# Bidi isolates as a translator's tool or a merge puts them round a name or a number in an
# Arabic, Hebrew or Persian letter (UAX #9, 2.4-2.6: LRI U+2066, RLI U+2067, FSI U+2068, PDI
# U+2069). DejaVu has no glyph for them: they must order the line and draw nothing.
ISOLATED = "اتصل بشركة \u2068ACME Corp\u2069 اليوم."
ISOLATES = re.compile("[\u2066-\u2069]")


def _without_isolates(lines: list[str]) -> list[str]:
    return [ISOLATES.sub("", line) for line in lines]


def _rendered_quietly(markdown: str, language: str, caplog) -> bytes:
    """The PDF of ``markdown``, failing if fpdf2 warned of a glyph its font lacks."""
    with caplog.at_level("WARNING", logger="fpdf"):
        data = render_pdf(Document.from_markdown(markdown, language))
    assert [r.getMessage() for r in caplog.records if "missing" in r.getMessage()] == []
    return data


def test_isolates_in_a_right_to_left_letter_order_its_words_and_draw_nothing(caplog):
    phone = "- اتصل على \u20661-800-555-0142\u2069"
    data = _rendered_quietly(f"# \u2068ACME\u2069\n\n{ISOLATED}\n\n{phone}", "ar", caplog)
    call, today, company = "اتصل بشركة"[::-1], "اليوم"[::-1], "ACME Corp"
    assert _without_isolates(visual_lines(data)) == [
        "ACME",
        f".{today} {company} {call}",
        f"1-800-555-0142 {'اتصل على'[::-1]}•",
    ]


def test_isolates_in_a_hebrew_or_persian_letter_draw_nothing(caplog):
    for markdown, language in (
        ("התקשרו אל \u2068ACME\u2069 היום.", "he"),
        ("با \u2068ACME\u2069 تماس بگیرید.", "fa"),
        ("# \u2067ACME\u2069", "he"),
    ):
        data = _rendered_quietly(markdown, language, caplog)
        assert "ACME" in "".join(_without_isolates(visual_lines(data)))


def test_an_isolate_in_a_left_to_right_letter_draws_nothing(caplog):
    data = _rendered_quietly("Call \u2068ACME Corp\u2069 today.", "en", caplog)
    assert _without_isolates(visual_lines(data)) == ["Call ACME Corp today."]
