"""An exported letter's file name comes from its title: every title must give a name that is
safe on any disk (no folder, no reserved name) and still says which letter it is, in any
script."""

from __future__ import annotations

import unicodedata

import pytest

from clearnotice.export.customer_list import read_customer_list
from clearnotice.export.file_names import MAX_CHARACTERS, file_stem, merge_zip_name
from clearnotice.export.formats import export_letter
from clearnotice.export.merge_plan import plan_merge, suggest_mapping
from clearnotice.export.merge_rows import check_rows
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


@pytest.mark.parametrize(
    ("title", "stem"),
    [
        ("<b>2023</b> notice", "2023-notice"),
        ("<span style='x'>Data</span> <i>breach</i>", "data-breach"),
        ("Smith &amp; Jones &#8211; notice", "smith-jones-notice"),
        ("&lt;b&gt; is a tag", "b-is-a-tag"),  # an escaped tag is what a reader sees
        ("Costs < 5 and > 2", "costs-5-and-2"),  # no tag: nothing between < and > is dropped
    ],
    ids=["tags", "attributes", "entities", "escaped-tag", "no-tag"],
)
def test_a_file_name_holds_the_title_as_a_reader_sees_it(store, title, stem):
    # "<b>2023</b> notice" was "b-2023-b-notice": the tag's letters read as words
    assert _name(store, title) == f"{stem}-en-v1-DRAFT.txt"


@pytest.mark.parametrize(
    ("word", "language"),
    [("notificación", "es"), ("नमस्ते", "hi"), ("𠀀𠀁𠀂", "zh")],
    ids=["latin", "devanagari-marks", "four-byte-letters"],
)
def test_a_long_title_is_cut_between_words_and_fits_any_disk(store, word, language):
    name = _name(store, " ".join([word] * 40), language)
    stem = name.removesuffix(f"-{language}-v1-DRAFT.txt")
    # a cut inside a word left "notificac", or a consonant without its vowel sign
    assert set(stem.split("-")) == {word}
    assert len(name.encode("utf-8")) <= 200  # 255 bytes is ext4's and NTFS's limit


def test_a_merge_names_each_letter_by_its_customer_id_as_typed_in_any_script(
    approved_letter_id, sqlite_url
):
    store = Store(sqlite_url)
    customers = read_customer_list(
        "customer_id,customer_name,email,language\n"
        "José-7,Ada,a@example.net,en\n"
        "<b>Ж-8</b>,Bo,b@example.net,en\n".encode(),
        "list.csv",
    )
    mapping = suggest_mapping(["customer_name"], customers.columns)
    plan = plan_merge(store, approved_letter_id, mapping)
    names = [check.file for check in check_rows(plan, customers)]
    # the ASCII-only name made "Jos_-7" and "b_8_b"
    assert names == ["letters/000002-José-7-en.pdf", "letters/000003-Ж-8-en.pdf"]


def test_the_page_and_the_command_line_name_a_merge_zip_alike():
    assert merge_zip_name(12, "pdf") == "letter-12-pdf.zip"


def test_one_word_longer_than_a_name_is_cut_before_a_letter_not_its_vowel_sign():
    word = "क" + "नमस्ते" * 20  # 121 characters, no space: the first 60 end before a vowel sign
    stem = file_stem(word)
    assert 0 < len(stem) <= MAX_CHARACTERS and word.startswith(stem)
    assert unicodedata.category(word[len(stem)]) != "M"
