"""Sign-in sessions on screen: the ticket a sign-in hands the browser, "Sign out" ending every
tab of that person, and an admin's "Sign out everywhere" on the Users page."""

from __future__ import annotations

import re

import pytest

from clearnotice import audit
from clearnotice.accounts import Role
from clearnotice.sessions import COOKIE_ROUTES_ENV, exchange_ticket, resume
from tests.accounts import PASSWORD, add_accounts
from tests.app.session import open_as, signed_in_as


@pytest.fixture
def people(database):
    add_accounts(database, ida=Role.ADMIN, lee=Role.LEGAL)
    return database


def _sign_in_form(at) -> bool:
    return [t.label for t in at.text_input] == ["Username", "Password"]


def test_signing_in_hands_the_browser_a_ticket_for_its_cookie_session(people, monkeypatch):
    monkeypatch.setenv(COOKIE_ROUTES_ENV, "1")  # as serve.py, which answers the ticket, sets
    at = open_as(None, "app.py")
    at.text_input[0].input("lee")
    at.text_input[1].input(PASSWORD)
    at.button[0].click().run()
    assert signed_in_as(at) == "lee"
    [script] = [h.value for h in at.get("html") if "/auth/session" in h.value]
    ticket = re.search(r'"ticket": "([^"]+)"', script).group(1)

    cookie = exchange_ticket(people, ticket)
    assert resume(people, cookie.token).username == "lee"
    at.run()  # the page's own token was renewed into the cookie: it reloads on the cookie
    assert signed_in_as(at) is None
    assert not any("/auth/session" in h.value for h in at.get("html")), "a ticket works once"


def test_without_a_server_for_the_cookie_a_sign_in_draws_the_page_at_once(people, monkeypatch):
    """``streamlit run app.py``: no route takes a ticket, so none is handed out and the page
    does not wait on a reload that would never come; the sign-in lasts this tab."""
    monkeypatch.delenv(COOKIE_ROUTES_ENV, raising=False)
    at = open_as(None, "app.py")
    at.text_input[0].input("lee")
    at.text_input[1].input(PASSWORD)
    at.button[0].click().run()
    assert signed_in_as(at) == "lee"
    assert not any("/auth/session" in h.value for h in at.get("html"))
    assert "Signing in…" not in [c.value for c in at.caption]
    assert any(t.value == "ClearNotice" for t in at.title)  # the letters screen itself
    at.run()
    assert signed_in_as(at) == "lee"


def test_sign_out_in_one_tab_signs_every_tab_of_that_person_out(people):
    first, second = open_as("lee", "app.py"), open_as("lee", "app.py")
    other = open_as("ida", "app.py")
    first.button(key="sign-out").click().run()
    assert _sign_in_form(first)
    assert any("/auth/sign-out" in h.value for h in first.get("html")), "the cookie is dropped"
    second.run()
    assert _sign_in_form(second) and signed_in_as(second) is None
    other.run()
    assert signed_in_as(other) == "ida"


def test_an_admin_signs_someone_out_everywhere_from_the_users_page(people):
    reviewer = open_as("lee", "app.py")
    admin = open_as("ida", "pages/7_Users.py")
    table = admin.dataframe[0].value
    assert table.loc[table["Username"] == "lee", "Open sessions"].item() == 1
    admin.selectbox(key="admin-user").select("lee").run()
    admin.button(key="admin-end-sessions:lee").click().run()
    assert [s.value for s in admin.success] == ["lee is signed out (1 session ended)."]

    reviewer.run()
    assert _sign_in_form(reviewer) and signed_in_as(reviewer) is None
    with people.session() as s:
        [event] = [e for e in audit.events(s, action="user") if "signed lee out" in e.detail]
    assert event.actor == "ida"
