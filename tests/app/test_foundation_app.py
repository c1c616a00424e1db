"""The home and Edit pages in Streamlit's AppTest: they run, edits save and scores follow."""

import pytest
from streamlit.testing.v1 import AppTest

from clearnotice import importing
from clearnotice.auth import create_first_admin
from tests.app.session import PASSWORD, ROOT, open_as
from tests.hostile.documents import docx_with

EDITOR = "ed"


@pytest.fixture
def database(database):
    """The app's database with a real account to sign in as."""
    create_first_admin(database, EDITOR, PASSWORD)
    return database


def open_page(script: str, letter_id: int | None = None) -> AppTest:
    return open_as(EDITOR, script, letter_id)


def _edit_page(letter_id: int) -> AppTest:
    return open_page("pages/1_Edit.py", letter_id)


def _grade(at: AppTest) -> float:
    strip = next(m.value for m in at.markdown if m.value.startswith("**Grade "))  # score strip
    return float(strip.removeprefix("**Grade ").split("**")[0])


@pytest.mark.parametrize(
    "script",
    sorted(p.relative_to(ROOT).as_posix() for p in [ROOT / "app.py", *ROOT.glob("pages/*.py")]),
)
def test_every_page_runs_without_an_exception(database, script):
    letter = database.create_letter("Smoke", "# Notice\n\nWe are sorry.", actor=EDITOR)
    at = open_page(script, letter.id)
    assert not at.exception, [e.message for e in at.exception]


def test_creating_a_letter_from_a_template_stores_its_text(database):
    at = open_page("app.py")
    at.text_input[0].input("March incident")
    at.selectbox[0].select("General US notice (follows the guidance)")
    next(b for b in at.button if b.label == "Create letter").click().run()
    [summary] = database.list_letters()
    assert summary.letter.title == "March incident"
    assert "{{ customer_name }}" in summary.latest.text
    assert summary.latest.origin == "template:us-general"


def test_editing_the_letter_saves_a_version_and_updates_the_grade(database):
    letter = database.create_letter("Plain", "We are sorry. Call us.", actor=EDITOR)
    at = _edit_page(letter.id)
    easy = _grade(at)
    hard = (
        "Notwithstanding the aforementioned considerations, the organisation's comprehensive "
        "investigation determined that unauthorized exfiltration of personally identifiable "
        "information subsequently occurred."
    )
    at.text_area(key=f"editor:{letter.id}").input(hard).run()
    assert _grade(at) > easy + 5
    latest = database.latest_version(letter.id)
    assert latest.text == hard and latest.number == 2


def test_the_text_survives_a_page_switch_and_a_new_session(database):
    letter = database.create_letter("Keep", "First text.", actor=EDITOR)
    at = _edit_page(letter.id)
    at.text_area(key=f"editor:{letter.id}").input("Second text, typed by the user.").run()
    at.switch_page("app.py").run()  # the user goes home
    reloaded = _edit_page(letter.id)  # a reload: a fresh session reading the database
    assert reloaded.text_area(key=f"editor:{letter.id}").value == "Second text, typed by the user."


def test_a_second_session_saving_the_same_letter_keeps_both_texts(database):
    letter = database.create_letter("Shared", "Original.", actor=EDITOR)
    first, second = _edit_page(letter.id), _edit_page(letter.id)
    first.text_area(key=f"editor:{letter.id}").input("Text from the first tab.").run()
    second.text_area(key=f"editor:{letter.id}").input("Text from the second tab.").run()
    texts = [v.text for v in database.versions(letter.id)]
    assert texts == ["Original.", "Text from the first tab.", "Text from the second tab."]
    assert any("both are kept" in w.value for w in second.warning)


def test_the_letters_list_shows_each_letter_with_its_status(database):
    database.create_letter("Spring notice", "We are sorry.", actor=EDITOR)
    at = open_page("app.py")
    shown = [m.value for m in at.markdown]
    assert "**Spring notice**" in shown
    assert "English v1 · **draft**" in shown


def test_the_readability_tab_lists_hard_sentences_and_per_paragraph_figures(database):
    hard = (
        "The forensic investigation determined that an unauthorized threat actor leveraged "
        "compromised credentials to achieve lateral movement within the environment."
    )
    letter = database.create_letter("Figures", f"We are sorry.\n\n{hard}", actor=EDITOR)
    at = _edit_page(letter.id)
    assert any(e.label == "Hard sentences: 0 hard, 1 very hard" for e in at.expander)
    assert any(
        "The forensic investigation" in m.value and "Very hard" in m.value for m in at.markdown
    )
    table = next(d.value for d in at.dataframe if "grade" in d.value.columns)
    assert list(table["words"]) == [3, 19]
    assert table["grade"].iloc[1] > table["grade"].iloc[0]


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_an_imported_docx_is_previewed_and_becomes_a_letter(database):
    at = open_page("app.py")
    at = at.file_uploader[0].set_value(("draft.docx", docx_with(3), DOCX_TYPE)).run()
    assert not at.exception, at.exception
    assert any("9 words" in m.value for m in at.markdown)
    at = next(b for b in at.button if b.label.startswith("Create letter from")).click().run()
    [summary] = database.list_letters()
    assert summary.latest.text == "We are sorry.\n\n" * 2 + "We are sorry.\n"
    assert summary.latest.origin == "import:draft.docx"


def test_a_draft_too_slow_to_read_is_refused_with_one_message(database, monkeypatch):
    monkeypatch.setattr(importing, "MAX_READ_SECONDS", 0.001)  # any file is too slow for it
    at = open_page("app.py")
    at = at.file_uploader[0].set_value(("draft.docx", docx_with(3), DOCX_TYPE)).run()
    assert not at.exception, at.exception
    [error] = at.error
    assert "took too long to read" in error.value and "draft.docx" in error.value
    assert not any(b.label.startswith("Create letter from") for b in at.button)
    assert database.list_letters() == []


def test_a_letter_written_in_spanish_is_scored_by_spanish_formulas_not_an_english_grade(database):
    spanish = (
        "Le escribimos para informarle de un incidente. El 3 de marzo alguien entró en un "
        "servidor. Puede llamarnos al 900 123 456 de lunes a viernes."
    )
    letter = database.create_letter("Incidente", spanish, actor=EDITOR, source_language="es")
    at = _edit_page(letter.id)
    assert not at.exception, [e.message for e in at.exception]
    labels = [m.label for m in at.metric]
    assert "Fernández-Huerta" in labels, labels
    assert not any(label.startswith("Grade") for label in labels)
    assert not any(m.value.startswith("**Grade") for m in at.markdown)
