"""A human translation in a language Apertium here does not translate into (Chinese,
Vietnamese, Tagalog...): the Translations page takes it by code or name, saves it, reviews it
with QA and keeps offering it."""

from __future__ import annotations

import pytest

from clearnotice.accounts import Role
from tests.accounts import add_accounts
from tests.app.session import open_as

TRANSLATIONS = "pages/2_Translations.py"
ENGLISH = "# Notice\n\nOn March 3, 2026, we found the problem. We are sorry.\n"


@pytest.fixture
def letter(database):
    add_accounts(database, ed=Role.EDITOR)
    return database.create_letter("March incident", ENGLISH, actor="ed")


def _picker(at):
    return at.selectbox[0]


def test_a_language_typed_by_name_takes_a_human_translation_and_its_qa(database, letter):
    at = open_as("ed", TRANSLATIONS, letter.id)
    _picker(at).set_value("other").run()
    at.text_input[0].input("Chinese").run()
    assert not at.exception
    key = f"human:{letter.id}:zh"
    at.text_input(key=f"{key}:name").input("Li Wei")
    at.text_area(key=f"{key}:text").input(
        "# 通知\n\n2026年3月4日，我们发现了这个问题。我们很抱歉。\n"
    )
    at.button(key=f"{key}:save").click().run()
    assert not at.exception
    saved = database.latest_version(letter.id, "zh")
    assert saved is not None and saved.text.startswith("# 通知")
    assert "QA: 1 error, 0 warnings in 2 rows." in [e.value for e in at.error]
    assert any("The date March 3, 2026 became 2026年3月4日" in m.value for m in at.markdown)

    at = open_as("ed", TRANSLATIONS, letter.id)  # the language stays offered
    assert _picker(at).value == "zh" and "Chinese  (translated)" in _picker(at).options


@pytest.mark.parametrize("typed", ["Klingon", "English"])
def test_a_name_of_no_language_or_english_is_refused_and_the_page_waits(letter, typed):
    at = open_as("ed", TRANSLATIONS, letter.id)
    _picker(at).set_value("other").run()
    at.text_input[0].input(typed).run()
    assert not at.exception
    assert any("names no language" in e.value for e in at.error)
    assert not [t for t in at.text_area if t.key and t.key.startswith("human:")]
