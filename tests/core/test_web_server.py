"""The sign-in cookie's routes (serve.py), called over HTTP through Starlette's TestClient:
the cookie's flags, a ticket that works once, posts from other sites refused, sign-out."""

from __future__ import annotations

import re

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

import serve
from clearnotice import sessions
from clearnotice.accounts import Role
from tests.accounts import add_accounts

HERE = "http://testserver"
KEY = b"test key"


@pytest.fixture
def client(store):
    add_accounts(store, lee=Role.LEGAL)
    serve.app.state.update(store=store, cookie_key=KEY)
    with TestClient(Starlette(routes=serve.ROUTES), base_url=HERE) as client:
        yield client


def _post_ticket(client, ticket: str, origin: str = HERE):
    return client.post(sessions.SESSION_ROUTE, data={"ticket": ticket}, headers={"Origin": origin})


def test_a_ticket_buys_an_httponly_strict_cookie_for_the_session_once(client, store):
    opened = sessions.open_session(store, "lee")
    answer = _post_ticket(client, opened.ticket)
    assert answer.status_code == 204
    header = answer.headers["set-cookie"].lower()
    assert "httponly" in header and "samesite=strict" in header and "path=/" in header
    assert "secure" not in header  # plain http here; https requests get Secure
    max_age = int(re.search(r"max-age=(\d+)", header).group(1))
    assert 0 <= sessions.DEFAULT_ABSOLUTE.total_seconds() - max_age < 60
    token = sessions.unseal(client.cookies[sessions.COOKIE_NAME], KEY)
    assert sessions.resume(store, token).username == "lee"

    again = _post_ticket(client, opened.ticket)
    assert again.status_code == 400
    assert again.text == "This sign-in has expired or was already used. Sign in again."


def test_a_post_from_another_site_is_refused_and_its_ticket_stays_unused(client, store):
    opened = sessions.open_session(store, "lee")
    answer = _post_ticket(client, opened.ticket, origin="https://attacker.example")
    assert answer.status_code == 403
    assert "set-cookie" not in answer.headers
    assert _post_ticket(client, opened.ticket).status_code == 204


def test_an_oversized_post_is_no_sign_in(client, store):
    opened = sessions.open_session(store, "lee")
    answer = client.post(
        sessions.SESSION_ROUTE,
        data={"ticket": opened.ticket, "padding": "x" * serve.MAX_BODY},
        headers={"Origin": HERE},
    )
    assert answer.status_code == 400


def test_signing_out_ends_this_browsers_session_and_clears_the_cookie(client, store):
    _post_ticket(client, sessions.open_session(store, "lee").ticket)
    token = sessions.unseal(client.cookies[sessions.COOKIE_NAME], KEY)
    answer = client.post(sessions.SIGN_OUT_ROUTE, headers={"Origin": HERE})
    assert answer.status_code == 204
    assert sessions.COOKIE_NAME not in client.cookies
    assert sessions.resume(store, token) is None
