"""The Translations page's review, as a translator reads it: the back-translation column."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from clearnotice.auth import create_first_admin
from clearnotice.translate.apertium import Apertium
from clearnotice.translate.qa import UNTRANSLATED_BACK
from tests.app.session import open_as

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
ENGLISH = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
FLAWED_ES = (FIXTURES / "flawed-translation.es.md").read_text(encoding="utf-8")
SORRY = (
    "We are writing to tell you about a security incident that involved some of your personal "
    "information. We are sorry this happened, and we want you to know what we are doing about "
    "it and how we can help."
)
SPANISH_SORRY = FLAWED_ES.split("\n\n")[2]


@pytest.fixture
def letter(database):
    create_first_admin(database, "ada", "a long enough secret")
    return database.create_letter("March incident", ENGLISH, actor="ada")


def open_translations(letter_id: int, language: str = "es") -> AppTest:
    return open_as("ada", "pages/2_Translations.py", letter_id, language=language)


def _save_spanish(store, letter, text: str) -> None:
    english = store.latest_version(letter.id)
    store.save_version(
        letter.id, text, base_version_id=None, actor="ada", language="es",
        origin="human:Lucía", source_version_id=english.id, new_draft=True,
    )  # fmt: skip


def test_a_row_left_in_english_is_said_to_be_so_not_back_translated_into_nonsense(database, letter):
    if not Apertium().supports("es", "en"):
        pytest.skip("Apertium spa-eng is not installed")
    assert SPANISH_SORRY.startswith("Le escribimos")
    _save_spanish(database, letter, FLAWED_ES.replace(SPANISH_SORRY, SORRY))
    at = open_translations(letter.id)
    assert not at.exception, at.exception
    rough = [h.value for h in at.html if 'class="cn-letter rough"' in h.value]
    assert not any("Plough" in cell for cell in rough)  # spa->eng of English: "We Plough sorry"
    said = [c.value for c in at.caption]
    assert UNTRANSLATED_BACK in said, said


def test_the_side_by_side_shows_numbered_items_with_the_numbers_typed(database):
    create_first_admin(database, "ada", "a long enough secret")
    steps = database.create_letter("Steps", "Do this:\n\n1. Freeze your credit.\n", actor="ada")
    _save_spanish(database, steps, "Haga esto:\n\n1. Congele su crédito.\n")
    at = open_translations(steps.id)
    assert not at.exception, at.exception
    drawn = "\n".join(h.value for h in at.html)
    assert '<li value="1">Freeze your credit.</li>' in drawn, drawn
    assert '<li value="1">Congele su crédito.</li>' in drawn
    assert "<ul>" not in drawn


class _DroppingEngine:
    """An offline engine that answers every segment with one Spanish word, so it drops every
    protected item (an e-mail address) the English had."""

    name, label, sends_text_out, batch_size, max_bytes, version = (
        "apertium", "Apertium (offline)", False, 50, 10_000, "fake",
    )  # fmt: skip

    def available(self) -> bool:
        return True

    def supports(self, source: str, target: str) -> bool:
        return True

    def translate_batch(self, segments: list[str], source: str, target: str) -> list[str]:
        return ["Hola." for _ in segments]


def test_what_an_engine_dropped_is_named_as_typed_not_read_as_markdown(database, monkeypatch):
    from components import translation_view

    monkeypatch.setattr(translation_view, "Apertium", _DroppingEngine)
    create_first_admin(database, "ada", "a long enough secret")
    address = "ana_b_c@example.com"
    letter = database.create_letter("March", f"Write to {address} today.\n", actor="ada")
    at = open_translations(letter.id)
    next(b for b in at.button if b.label.startswith("Translate into Spanish")).click().run()
    assert not at.exception, at.exception
    [dropped] = [w.value for w in at.warning if "dropped" in w.value]
    assert "ana\\_b\\_c@example.com" in dropped, dropped  # not "ana<em>b</em>c"
