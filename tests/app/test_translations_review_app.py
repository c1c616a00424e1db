"""The Translations page's review, as a translator reads it: the back-translation column."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from clearnotice.auth import create_first_admin
from clearnotice.translate.apertium import Apertium
from clearnotice.translate.qa import UNTRANSLATED_BACK
from components.auth import SESSION
from tests.app.session import TIMEOUT, session_for

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
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.session_state[SESSION] = session_for("ada")
    at.query_params["letter"] = str(letter_id)
    at.query_params["lang"] = language
    at.switch_page("pages/2_Translations.py")
    return at.run()


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
