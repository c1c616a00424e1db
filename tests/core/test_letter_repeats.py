"""A double-clicked "Create letter" makes one letter: Streamlit runs the form's act twice with
the same title and text, and the core returns the letter the first click made. Another title,
text, language or person, a letter made a while ago, or one deleted since, is a new letter."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from clearnotice import letter_lifecycle
from clearnotice.accounts import Role
from clearnotice.double_clicks import REPEAT_WINDOW
from clearnotice.schema import Letter
from tests.accounts import add_accounts

TEXT = "# Notice of Data Breach\n\nOn 3 March someone copied files from our billing system.\n"


@pytest.fixture
def people(store):
    add_accounts(store, ed=Role.EDITOR, bo=Role.EDITOR, ida=Role.ADMIN)
    return store


def _age(store, letter_id: int) -> None:
    """Make the letter older than the repeat window, as if made that long ago."""
    with store.session() as s, s.begin():
        stamp = s.get(Letter, letter_id).created_at
        older = stamp - REPEAT_WINDOW - timedelta(seconds=1)
        s.execute(update(Letter).where(Letter.id == letter_id).values(created_at=older))


def test_the_same_letter_asked_for_twice_at_once_is_made_once(people):
    first = people.create_letter("March incident", TEXT, actor="ed", origin="template:breach")
    second = people.create_letter("March incident", TEXT, actor="ed", origin="template:breach")
    assert second.id == first.id
    assert [each.letter.id for each in people.list_letters()] == [first.id]
    assert len(people.versions(first.id)) == 1


@pytest.mark.parametrize(
    ("title", "text", "actor", "language"),
    [
        ("April incident", TEXT, "ed", "en"),
        ("March incident", TEXT + "\nWe are sorry.\n", "ed", "en"),
        ("March incident", TEXT, "bo", "en"),
        ("March incident", TEXT, "ed", "es"),
    ],
)
def test_a_letter_that_differs_is_a_new_letter(people, title, text, actor, language):
    first = people.create_letter("March incident", TEXT, actor="ed")
    other = people.create_letter(title, text, actor=actor, source_language=language)
    assert other.id != first.id


def test_the_same_letter_for_other_jurisdictions_is_a_new_letter(people):
    first = people.create_letter("March incident", TEXT, actor="ed", jurisdictions=["CA"])
    assert people.create_letter("March incident", TEXT, actor="ed").id != first.id


def test_the_same_letter_a_while_later_is_a_new_letter(people):
    first = people.create_letter("March incident", TEXT, actor="ed")
    _age(people, first.id)
    assert people.create_letter("March incident", TEXT, actor="ed").id != first.id


def test_a_letter_deleted_meanwhile_is_not_handed_back(people):
    first = people.create_letter("March incident", TEXT, actor="ed")
    letter_lifecycle.delete(people, first.id, actor="ida")
    again = people.create_letter("March incident", TEXT, actor="ed")
    assert again.id != first.id and again.deleted_at is None
