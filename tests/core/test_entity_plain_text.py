"""A text the entity recogniser need not make plain is read as it is written: one holding no
bidi control or invisible character, no digit beyond ASCII, no Arabic sign or typeset hyphen,
no full-width form and no East Asian script (entities._UNPLAIN, EAST_ASIAN_SCRIPT). The test of
which characters those are goes through every code point, so a character _plain changes that
the shortcut misses fails it."""

from __future__ import annotations

import sys

import pytest

from clearnotice.translate import entities
from clearnotice.translate.dates import EAST_ASIAN_SCRIPT


def test_the_shortcut_knows_every_character_plain_reading_changes() -> None:
    missed, extra = [], []
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue  # surrogates stand in no text
        changed = ch in entities._UNSEEN or entities._plain_character(ch) != ch
        flagged = entities._UNPLAIN.search(ch) is not None
        if changed and not flagged:
            missed.append(hex(code))
        elif flagged and not changed:
            extra.append(hex(code))
    assert not missed and not extra, (missed[:5], extra[:5])


def _read_plain(text: str, language: str) -> tuple[entities.Entity, ...]:
    """The long way: the plain form, its East Asian script blanked, each span placed back."""
    plain, where = entities._plain(text)
    spaced = EAST_ASIAN_SCRIPT.sub(" ", plain)
    finder = entities._scanner(language).finder
    found = entities._entities(plain, spaced, language, finder)
    return tuple(entities._placed(e, text, where) for e in found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El 3 de marzo de 2026 a las 5 p. m., llame al (800) 555-0142 o escriba a "
            "ayuda@acme.com: un 20 % más, 1.200 €, el miércoles, código K7M-4QX"
            ", {{ nombre }}, 1,2 millones.",
            "es",
        ),
        ("Le 3 mars 2026 à 17 h, appelez le 01 23 45 67 89 ; 20 % de plus, 1 200 €, lundi.", "fr"),
        ("Am 3. März 2026 um 17 Uhr: 1.200 € für Müller, 20 % mehr, www.bücher.de/straße.", "de"),
        ("Ngày 3 tháng 3 năm 2026, lúc 5 giờ chiều, gọi 1-800-555-0142; 20% dữ liệu.", "vi"),
        ("3 марта 2024 в 17:00 позвоните по номеру +7 495 123-45-67, 20 % и 1 200 ₽.", "ru"),
        # East Asian script is blanked: the shortcut is not taken
        ("请于2024-06-30前写信至help@acme.com或致电800-555-0142、下午5点", "zh"),
        ("help@acme.com으로 연락하거나 2024년 3월 3일 오후 5시에 1-800-555-0142", "ko"),
    ],
)
def test_a_text_without_what_plain_reading_changes_reads_as_its_plain_form(text, language) -> None:
    assert not entities._UNPLAIN.search(text)
    found = entities.find_entities.__wrapped__(text, language)
    assert found  # there is something to compare
    assert found == _read_plain(text, language)
