"""The mail merge's loose ends on real customer files: the language labels CRM exports write,
dates a spreadsheet stored as numbers, and characters dropped from a name. Each fault a user
would meet is a row of a table here."""

from __future__ import annotations

import pytest

from clearnotice.auth import Role
from clearnotice.export.customer_list import read_customer_list
from clearnotice.export.merge_plan import plan_merge, suggest_mapping
from clearnotice.export.merge_rows import MERGED, RowCheck, check_rows
from clearnotice.letters import Store
from tests.accounts import add_accounts, add_writers
from tests.approving import approve_newest

ENGLISH = "Dear {{ customer_name }},\n\nWe are sorry.\n"
TRANSLATIONS = {
    "zh-Hans": "{{ customer_name }}您好：\n\n我们很抱歉。\n",
    "zh-Hant": "{{ customer_name }}您好：\n\n我們很抱歉。\n",
    "es": "Estimado/a {{ customer_name }}:\n\nLo sentimos.\n",
    "pt": "Prezado(a) {{ customer_name }},\n\nLamentamos.\n",
    "fr": "Madame, Monsieur {{ customer_name }},\n\nNous sommes désolés.\n",
}
# The letters a row is merged against: each approved in English and in these languages.
LETTERS = {"simplified": ("zh-Hans", "es", "pt", "fr"), "traditional": ("zh-Hant",)}


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('db') / 'clearnotice.sqlite3'}")
    add_accounts(store, lawyer=Role.LEGAL)
    add_writers(store, "ed")
    return store


@pytest.fixture(scope="module")
def letters(store) -> dict[str, int]:
    """The letter id of each of ``LETTERS``."""
    made = {}
    for name, languages in LETTERS.items():
        letter = store.create_letter(name, ENGLISH, actor="ed")
        english = store.latest_version(letter.id)
        approve_newest(store, letter.id)
        for language in languages:
            store.save_version(
                letter.id, TRANSLATIONS[language], base_version_id=None, actor="ed",
                language=language, origin="human:Li", source_version_id=english.id,
            )  # fmt: skip
            approve_newest(store, letter.id, language=language)
        made[name] = letter.id
    return made


def check(store: Store, letter_id: int, header: str, row: str, **options) -> RowCheck:
    """The check of the one customer of a list ``header`` over ``row``."""
    customers = read_customer_list(f"{header}\n{row}\n".encode(), "list.csv")
    mapping = suggest_mapping(["customer_name"], customers.columns)
    plan = plan_merge(store, letter_id, mapping, accept_exceptions=True, fmt="docx", **options)
    [found] = check_rows(plan, customers)
    return found


# languages -------------------------------------------------------------------------------------
# A reader of Traditional Chinese is never sent the Simplified letter as theirs: the Traditional
# one, or the source language with a note. A region names the script as a tag's region does
# (CLDR's likely subtags: zh_TW, zh_HK and zh_MO are Hant, zh_SG Hans).
TRADITIONAL = [
    "Chinese (Taiwan)",
    "zh-TW",
    "zh-Hant",
    "zh_HK",
    "Chinese (Hong Kong)",
    "繁體中文",
    "中文（台灣）",  # full-width parentheses, as a Chinese keyboard types them
    "中文 (香港)",
    "Chinese (Macau)",
    "Mandarin (Taiwan)",
    "Chinese - Taiwan",
    "Cantonese",  # yue: CLDR's likely subtags write it yue_Hant_HK
]


@pytest.mark.parametrize("asked", TRADITIONAL)
def test_a_reader_of_traditional_chinese_is_never_sent_simplified_as_theirs(store, letters, asked):
    only_simplified = check(store, letters["simplified"], "customer_name,language", f"Li,{asked}")
    assert only_simplified.language == "en", only_simplified.notes
    assert any("no approved Chinese" in note for note in only_simplified.notes)
    traditional = check(store, letters["traditional"], "customer_name,language", f"Li,{asked}")
    assert traditional.language == "zh-Hant", traditional.notes


@pytest.mark.parametrize(
    ("asked", "language"),
    [
        ("Chinese (China)", "zh-Hans"),
        ("Chinese (Singapore)", "zh-Hans"),
        ("Chinese", "zh-Hans"),
        ("Português (Brasil)", "pt"),
        ("pt_BR", "pt"),
        ("Portuguese - Brazil", "pt"),
        ("es-419", "es"),
        ("Español (Latinoamérica)", "es"),
        ("Spanish - Latin America", "es"),
        ("español latinoamericano", "es"),  # es_419's own name (CLDR)
        ("français canadien", "fr"),  # fr_CA's own name (CLDR)
        ("French (Canada)", "fr"),
        ("Canadian French", "fr"),
    ],
)
def test_language_labels_crm_exports_write_get_the_letter_in_that_language(
    store, letters, asked, language
):
    found = check(store, letters["simplified"], "customer_name,language", f"Li,{asked}")
    assert (found.outcome, found.language) == (MERGED, language), found.notes
    assert not found.instead_of
