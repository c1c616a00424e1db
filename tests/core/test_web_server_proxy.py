"""The sign-in cookie's routes (serve.py) behind an HTTPS reverse proxy: the browser speaks
https to the proxy, the proxy plain http to the server, often with the Host rewritten to the
server's own address. What the proxy says in X-Forwarded-Proto / X-Forwarded-Host (or
Forwarded, RFC 7239) is believed only when the request comes from a proxy named in
CLEARNOTICE_TRUSTED_PROXIES; a request from anyone else is taken as it arrived."""

from __future__ import annotations

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

import serve
from clearnotice import sessions
from clearnotice.accounts import Role
from clearnotice.client_address import TRUSTED_PROXIES_ENV
from clearnotice.letters import Store
from tests.accounts import add_accounts

PROXY = "10.0.0.5"
INSIDE = "http://127.0.0.1:8501"  # where the proxy sends the request, Host and all
PUBLIC = "https://notices.example.com"  # what the browser shows, and sends as Origin
KEY = b"test key"


@pytest.fixture
def store(sqlite_url, monkeypatch):
    store = Store(sqlite_url)
    add_accounts(store, lee=Role.LEGAL)
    serve.app.state.update(store=store, cookie_key=KEY)
    monkeypatch.setenv(TRUSTED_PROXIES_ENV, f"{PROXY}/32")
    return store


def _client(peer: str) -> TestClient:
    return TestClient(Starlette(routes=serve.ROUTES), base_url=INSIDE, client=(peer, 50000))


def _sign_in(store, peer: str, headers: dict[str, str]):
    ticket = sessions.open_session(store, "lee").ticket
    with _client(peer) as client:
        return client.post(
            sessions.SESSION_ROUTE, data={"ticket": ticket}, headers={"Origin": PUBLIC, **headers}
        )


FORWARDED_HEADERS = [
    {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "notices.example.com"},
    {"Forwarded": 'for=203.0.113.7;proto=https;host="notices.example.com"'},
    # a proxy that appends: what the client claimed is to the left of what the proxy saw
    {"X-Forwarded-Proto": "http, https", "X-Forwarded-Host": "evil.example, notices.example.com"},
]


@pytest.mark.parametrize("headers", FORWARDED_HEADERS)
def test_behind_a_trusted_https_proxy_the_cookie_is_secure_and_the_origin_matches(store, headers):
    answer = _sign_in(store, PROXY, headers)
    assert answer.status_code == 204, answer.text
    assert "secure" in answer.headers["set-cookie"].lower()


@pytest.mark.parametrize("headers", FORWARDED_HEADERS)
def test_the_same_headers_from_anyone_else_are_not_believed(store, headers):
    assert _sign_in(store, "203.0.113.7", headers).status_code == 403


def test_a_trusted_proxy_forwarding_another_sites_origin_is_refused(store):
    answer = _sign_in(store, PROXY, {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "x.example"})
    assert answer.status_code == 403
    assert "set-cookie" not in answer.headers


def test_a_proxy_saying_nothing_leaves_the_request_as_it_came(store):
    """No forwarded headers: the Host compared is the request's own, the cookie not Secure."""
    ticket = sessions.open_session(store, "lee").ticket
    with _client(PROXY) as client:
        answer = client.post(
            sessions.SESSION_ROUTE, data={"ticket": ticket}, headers={"Origin": INSIDE}
        )
    assert answer.status_code == 204
    assert "secure" not in answer.headers["set-cookie"].lower()
