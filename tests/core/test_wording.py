"""Words a person reads instead of ids: rule names, how a version came to be, plurals, and
authors by their display names (issue 18, item 4)."""

from __future__ import annotations

import re

import pytest

from clearnotice.accounts import Role
from clearnotice.auth import create_first_admin, create_user, display_names
from clearnotice.checks.loader import load_catalogue
from clearnotice.wording import origin_label, plural, rule_label

PASSWORD = "correct horse battery"
# A rule id as the code spells it: "plain.jargon", "tone.minimising", "translation.code".
RULE_ID = re.compile(r"\b[a-z_]+\.[a-z_-]+\b")


@pytest.mark.parametrize(
    ("rule_id", "label"),
    [
        ("plain.jargon", "Jargon"),
        ("plain.wordy", "Wordy"),
        ("readability.very-hard-sentence", "Very hard sentence"),
        ("translation.code", "Code"),
        ("translation.url", "Web address"),
        ("grammar.a-an", "A or an"),
        ("languagetool.EN_A_VS_AN", "Grammar (LanguageTool)"),
    ],
)
def test_a_rule_is_named_in_words(rule_id, label):
    assert rule_label(rule_id) == label


def test_every_rule_in_the_catalogue_has_a_name_without_its_id():
    for rule_id in load_catalogue().rules:
        label = rule_label(rule_id)
        assert label and not RULE_ID.search(label), f"{rule_id} is named {label!r}"


@pytest.mark.parametrize(
    ("origin", "label"),
    [
        ("typed", "typed"),
        ("fix:plain.wordy", "fix: Wordy"),
        ("restore:v3", "restored from version 3"),
        ("resolve:v3+v4", "versions 3 and 4 merged by hand"),
        ("merge:fix:plain.jargon", "fix: Jargon, merged with an edit saved meanwhile"),
        ("template:california", "from the template california"),
        ("import:draft.docx", "imported from draft.docx"),
        ("machine:apertium", "machine translation (apertium)"),
        ("human:Ana Ruiz", "human translation by Ana Ruiz"),
    ],
)
def test_a_versions_origin_reads_as_words(origin, label):
    assert origin_label(origin) == label


@pytest.mark.parametrize(
    ("count", "noun", "nouns", "words"),
    [
        (0, "error", None, "0 errors"),
        (1, "error", None, "1 error"),
        (2, "error", None, "2 errors"),
        (1, "text box", "text boxes", "1 text box"),
        (3, "text box", "text boxes", "3 text boxes"),
    ],
)
def test_a_count_takes_the_noun_that_agrees(count, noun, nouns, words):
    assert plural(count, noun, nouns) == words


def test_authors_show_their_display_name_never_their_address(store):
    create_first_admin(store, "admin", PASSWORD, display_name="Ada Admin")
    create_user(
        store, "lee@firm.example", Role.LEGAL, actor="admin", password=PASSWORD,
        display_name="Lee Park",
    )  # fmt: skip
    create_user(store, "ed@firm.example", Role.EDITOR, actor="admin", password=PASSWORD)
    names = display_names(store, ["Lee@Firm.Example", "ed@firm.example", "admin", "cli:ops"])
    assert names == {
        "Lee@Firm.Example": "Lee Park",
        "ed@firm.example": "ed",  # no display name: the address's part before the "@"
        "admin": "Ada Admin",
        "cli:ops": "cli:ops",  # the command line is no account
    }
