"""The Settings page's sender of posted letters: an admin saves it, a bad one is refused with
one message and what was typed stays in the form, and only admins may change it."""

from __future__ import annotations

import pytest

from clearnotice.accounts import Role
from clearnotice.settings import get_sender
from tests.accounts import add_accounts
from tests.app.session import open_as


@pytest.fixture
def people(database):
    add_accounts(database, ida=Role.ADMIN, lee=Role.LEGAL)
    return database


def field(at, label: str):
    return next(w for w in [*at.text_input, *at.text_area] if w.label.startswith(label))


def save(at):
    return next(b for b in at.button if b.label == "Save the sender").click().run()


def test_an_admin_saves_the_sender_posted_letters_carry(people):
    at = open_as("ida", "pages/9_Settings.py")
    field(at, "Organisation").input("Example Outfitters Inc.")
    field(at, "Return address").input("200 Harbor Way\nPortland, OR 97201")
    field(at, "Country").input("US")
    save(at)
    assert not at.exception
    sender = get_sender(people)
    assert sender.organisation == "Example Outfitters Inc."
    assert sender.address == ("200 Harbor Way", "Portland, OR 97201")
    assert "Saved the sender." in [s.value for s in at.success]


def test_a_sender_without_an_address_is_refused_and_the_typing_is_kept(people):
    at = open_as("ida", "pages/9_Settings.py")
    field(at, "Organisation").input("Example Outfitters Inc.")
    field(at, "Country").input("Atlantis")
    save(at)
    assert not at.exception
    [error] = [e.value for e in at.error]
    assert "the return address is empty" in error and "'Atlantis' is not a country" in error
    assert field(at, "Organisation").value == "Example Outfitters Inc."
    assert get_sender(people).organisation == ""


def test_a_reviewer_sees_the_sender_but_cannot_save_it(people):
    at = open_as("lee", "pages/9_Settings.py")
    assert field(at, "Organisation").disabled
    assert next(b for b in at.button if b.label == "Save the sender").disabled
