"""An exported letter's file name comes from its title: every title must give a name that is
safe on any disk (no folder, no reserved name) and still says which letter it is, in any
script."""

from __future__ import annotations

import unicodedata

import pytest

from clearnotice.export.formats import export_letter
from clearnotice.letters import Store
from tests.accounts import add_writers


@pytest.fixture
def store(sqlite_url: str) -> Store:
    store = Store(sqlite_url)
    add_writers(store, "editor")
    return store


def _name(store: Store, title: str, language: str = "en") -> str:
    letter = store.create_letter(title, "We are sorry.", actor="editor", source_language=language)
    return export_letter(store, letter.id, fmt="txt", actor="tester").filename


@pytest.mark.parametrize(
    ("title", "language", "stem"),
    [
        ("Aviso de violación de datos", "es", "aviso-de-violación-de-datos"),
        ("Уведомление об утечке данных", "ru", "уведомление-об-утечке-данных"),
        ("数据泄露通知", "zh", "数据泄露通知"),
        ("إشعار اختراق البيانات", "ar", "إشعار-اختراق-البيانات"),
    ],
)
def test_a_title_in_any_script_names_its_file(store, title, language, stem):
    # every one of these was "letter-...": two letters in Russian could not be told apart, and
    # "violación" lost its word to "violaci-n"
    assert _name(store, title, language) == f"{stem}-{language}-v1-DRAFT.txt"


def test_a_file_name_is_composed_the_same_however_the_title_was_typed(store):
    decomposed = unicodedata.normalize("NFD", "Notificação")
    assert _name(store, decomposed, "pt") == "notificação-pt-v1-DRAFT.txt"


@pytest.mark.parametrize("title", ["../../etc/passwd", 'a\\b:c*?"<>|', "CON", " . ", "_" * 3])
def test_a_title_never_makes_a_path_or_a_reserved_name(store, title):
    name = _name(store, title)
    assert "/" not in name and "\\" not in name and ".." not in name
    assert not set(name) & set(':*?"<>|')
    assert not name.startswith((".", "-", "_")) and name.endswith("-en-v1-DRAFT.txt")


def test_a_very_long_title_gives_a_short_name(store):
    assert len(_name(store, "Ünïcödé " * 60)) <= 80
