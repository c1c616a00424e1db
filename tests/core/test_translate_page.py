"""The Translations page in Streamlit's AppTest: making, saving and reviewing translations."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from clearnotice import importing
from clearnotice.auth import create_first_admin
from clearnotice.letters import Store
from clearnotice.translate.apertium import Apertium
from clearnotice.translate.review import current_marks
from tests.app.session import open_as
from tests.hostile.documents import docx_with

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
ENGLISH = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
FLAWED_ES = (FIXTURES / "flawed-translation.es.md").read_text(encoding="utf-8")
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture
def app_store(tmp_path, monkeypatch) -> Store:
    url = f"sqlite:///{tmp_path / 'app.sqlite3'}"
    monkeypatch.setenv("CLEARNOTICE_DATABASE_URL", url)
    monkeypatch.delenv("DEEPL_API_KEY", raising=False)
    monkeypatch.chdir(ROOT)
    store = Store(url)
    create_first_admin(store, "ada", "a long enough secret")
    return store


@pytest.fixture
def letter(app_store):
    return app_store.create_letter("March incident", ENGLISH, actor="ada")


def open_page(letter_id: int, language: str = "es") -> AppTest:
    return open_as("ada", "pages/2_Translations.py", letter_id, language=language)


def _button(at: AppTest, label_start: str):
    return next(b for b in at.button if b.label.startswith(label_start))


def _texts(at: AppTest) -> str:
    parts = [e.value for kind in ("markdown", "caption", "error", "warning", "success", "info")
             for e in getattr(at, kind)]  # fmt: skip
    return "\n".join(str(p) for p in parts)


def _save_human(at: AppTest, name: str, text: str) -> AppTest:
    at.text_input[0].set_value(name)
    next(t for t in at.text_area if t.label.startswith("Or paste")).set_value(text)
    return _button(at, "Save human translation").click().run()


def test_apertium_translation_is_saved_as_a_machine_preview_of_the_english(app_store, letter):
    if not Apertium().supports("en", "es"):
        pytest.skip("Apertium eng-spa is not installed (test_translate_apertium fails under CI)")
    at = open_page(letter.id)
    assert not at.exception
    at = _button(at, "Translate into Spanish with Apertium").click().run()
    assert not at.exception, at.exception
    spanish = app_store.latest_version(letter.id, "es")
    english = app_store.latest_version(letter.id)
    assert spanish.origin == "machine:apertium" and spanish.source_version_id == english.id
    texts = _texts(at)
    assert "a preview only" in texts
    assert "not written as a Spanish date" in texts  # Apertium's "Marcha 3, 2026"


def test_a_human_translation_is_saved_with_the_translators_name_and_reviewed(app_store, letter):
    at = open_page(letter.id)
    at = _save_human(at, "Lucía Pérez", FLAWED_ES)
    assert not at.exception, at.exception
    spanish = app_store.latest_version(letter.id, "es")
    assert spanish.origin == "human:Lucía Pérez" and spanish.text == FLAWED_ES
    texts = _texts(at)
    assert "QA: 4 errors" in texts
    assert "1-800-555-0142 became 1-800-555-0124" in texts


def test_side_by_side_rows_are_numbered_as_qa_names_them_and_mark_only_the_wrong_words(
    app_store, letter
):
    at = _save_human(open_page(letter.id), "Lucía Pérez", FLAWED_ES)
    phone = "The phone number 1-800-555-0142 became 1-800-555-0124."
    assert f"**Error**, row 21: {phone}" in _texts(at)  # QA names the row...
    numbers = [m.value for m in at.markdown if re.fullmatch(r"\*\*\d+\*\*", m.value)]
    assert numbers == [f"**{n}**" for n in range(1, 24)]  # ...and every row shows its number
    assert "in 23 rows" in _texts(at)
    # the cells drawn as the letter reads (the back-translation's are "rough")
    cells = [h.value for h in at.html if h.value.startswith('<div class="cn-letter ')]
    [spanish] = [c for c in cells if "1-800-555-0124" in c and "rough" not in c]
    wrong = rf'<mark class="error" title="{re.escape(phone)}">1-800-555-0124</mark>'
    assert re.search(wrong, spanish)
    assert "Llámenos gratis al <mark" in spanish
    assert any("<h2>Qué ocurrió</h2>" in cell for cell in cells)  # a heading, not "## "
    assert any("<strong>no</strong> se vieron afectados" in cell for cell in cells)


def test_a_human_translation_without_a_name_is_refused_and_the_text_kept(app_store, letter):
    at = open_page(letter.id)
    at = _save_human(at, "  ", FLAWED_ES)
    assert "Give the translator's name" in _texts(at)
    assert app_store.latest_version(letter.id, "es") is None
    assert next(t for t in at.text_area if t.label.startswith("Or paste")).value == FLAWED_ES


def test_an_online_service_needs_consent_and_a_failure_keeps_the_translation(app_store, letter):
    at = open_page(letter.id)
    at = _save_human(at, "Lucía Pérez", FLAWED_ES)
    before = app_store.latest_version(letter.id, "es")
    at = at.selectbox(key="provider").set_value("deepl").run()
    assert _button(at, "Translate with DeepL").disabled
    next(c for c in at.checkbox if "DeepL" in c.label).check().run()
    at = _button(at, "Translate with DeepL").click().run()
    assert not at.exception, at.exception
    texts = _texts(at)
    assert "No API key for DeepL API" in texts
    assert "translation you had is unchanged" in texts
    assert "deepl" in app_store.get_letter(letter.id).consents
    assert app_store.latest_version(letter.id, "es").id == before.id


def test_a_translation_of_an_older_english_shows_stale_with_the_diff(app_store, letter):
    at = open_page(letter.id)
    _save_human(at, "Lucía Pérez", FLAWED_ES)
    english = app_store.latest_version(letter.id)
    app_store.save_version(
        letter.id,
        ENGLISH.replace("24 months", "36 months"),
        base_version_id=english.id,
        actor="ada",
    )
    at = open_page(letter.id)
    assert "Stale: made from English v1; the English is now v2" in _texts(at)
    changed = next(h.value for h in at.html if 'class="cn-letter cn-diff' in h.value)
    assert "<li>We are offering you <del>24</del><ins>36</ins> months" in changed
    assert not [c for c in at.code if c.language == "diff"]  # no unified diff, cut off at the edge


def test_a_reviewer_marks_a_segment_ok(app_store, letter):
    at = open_page(letter.id)
    at = _save_human(at, "Lucía Pérez", FLAWED_ES)
    ok_buttons = [b for b in at.button if b.label == "OK"]
    ok_buttons[0].click().run()
    marks = current_marks(app_store, letter.id, "es")
    assert [m.status for m in marks.values()] == ["ok"]


def test_the_consent_step_shows_exactly_the_redacted_text_before_anything_is_sent(app_store):
    from clearnotice.outbound import preview
    from clearnotice.send_log import sends
    from clearnotice.translate.engine import outgoing_calls
    from clearnotice.translate.providers import OnlineProvider

    text = "Dear Maria Lopez,\n\nYour card 4111 1111 1111 1111 was seen. <b>Bold</b> *not*.\n"
    letter = app_store.create_letter("Personal", text, actor="ada")
    at = open_page(letter.id)
    at = at.selectbox(key="provider").set_value("deepl").run()
    assert not at.exception, at.exception
    [shown] = [c.value for c in at.code]
    engine = OnlineProvider("deepl", gate=None)
    assert shown == preview(outgoing_calls(text, engine, "en"), text).text
    assert "Maria" not in shown and "4111" not in shown and "<b>Bold</b> *not*" in shown
    assert "placeholders before sending: 1 account or card number, 1 name." in _texts(at)
    assert sends(app_store) == []


def test_an_uploaded_translation_is_read_into_the_box(app_store, letter):
    at = open_page(letter.id)
    upload = at.file_uploader(key=f"human:{letter.id}:es:file")
    at = upload.set_value(("traduccion.md", FLAWED_ES.encode(), "text/markdown")).run()
    assert not at.exception, at.exception
    assert next(t for t in at.text_area if t.label.startswith("Or paste")).value == FLAWED_ES


def test_an_upload_too_slow_to_read_is_one_message_and_the_pasted_text_stays(
    app_store, letter, monkeypatch
):
    at = open_page(letter.id)
    box = next(t for t in at.text_area if t.label.startswith("Or paste"))
    at = box.set_value(FLAWED_ES).run()
    monkeypatch.setattr(importing, "MAX_READ_SECONDS", 0.001)  # any file is too slow for it
    upload = at.file_uploader(key=f"human:{letter.id}:es:file")
    at = upload.set_value(("grande.docx", docx_with(50), DOCX_TYPE)).run()
    assert not at.exception, at.exception
    [error] = at.error
    assert "took too long to read" in error.value and "grande.docx" in error.value
    assert next(t for t in at.text_area if t.label.startswith("Or paste")).value == FLAWED_ES
    assert app_store.latest_version(letter.id, "es") is None


def test_the_translation_language_is_picked_on_the_page_not_in_the_sidebar(letter):
    at = open_page(letter.id, "ca")
    assert not at.exception
    assert "Translation language" not in [s.label for s in at.sidebar.selectbox]
    picker = next(s for s in at.main.selectbox if s.label == "Translation language")
    assert picker.value == "ca"
    picker.set_value("es").run()
    assert at.query_params["lang"] == "es"  # the URL keeps the choice over a reload
