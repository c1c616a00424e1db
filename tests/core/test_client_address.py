"""Where a request comes from: X-Forwarded-For believed from trusted proxies only, so that
clients behind one proxy are counted apart."""

from __future__ import annotations

import pytest

from clearnotice.accounts import AuthError, SignInRefused
from clearnotice.client_address import TRUSTED_PROXIES_ENV, client_address, trusted_proxies
from clearnotice.sign_in_limits import FREE_FAILURES, client_key
from tests.accounts import ADMIN_PASSWORD as PASSWORD
from tests.accounts import sign_in

PROXY = "10.0.0.5"


@pytest.mark.parametrize(
    ("peer", "forwarded_for", "client"),
    [
        pytest.param(PROXY, ["203.0.113.7"], "203.0.113.7", id="through-the-proxy"),
        pytest.param(PROXY, ["1.1.1.1, 203.0.113.7"], "203.0.113.7", id="forged-entry"),
        pytest.param(PROXY, ["1.1.1.1", "10.0.0.9, 203.0.113.7, 10.0.0.6"], "203.0.113.7",
                     id="right-most-untrusted"),
        pytest.param("198.51.100.2", ["203.0.113.7"], "198.51.100.2", id="untrusted-peer"),
        pytest.param(PROXY, ["203.0.113.7, not-an-address"], PROXY, id="garbage-after-the-proxy"),
        pytest.param(PROXY, [], PROXY, id="no-header"),
        pytest.param(None, ["203.0.113.7"], "203.0.113.7", id="loopback-proxy"),
    ],
)  # fmt: skip
def test_a_trusted_proxy_s_x_forwarded_for_names_the_client(
    monkeypatch, peer, forwarded_for, client
):
    """Trust only your own proxies and take the right-most address none of them is (MDN Web
    Docs, "X-Forwarded-For", Selecting an IP address); Streamlit reports a loopback peer as None."""
    monkeypatch.setenv(TRUSTED_PROXIES_ENV, "10.0.0.0/24, 127.0.0.1")
    assert client_address(peer, forwarded_for, trusted_proxies()) == client


def test_without_trusted_proxies_the_header_is_ignored(monkeypatch):
    monkeypatch.delenv(TRUSTED_PROXIES_ENV, raising=False)
    assert client_address(PROXY, ["203.0.113.7"], trusted_proxies()) == PROXY
    assert client_address(None, ["203.0.113.7"], trusted_proxies()) is None


def test_a_malformed_trusted_proxy_is_a_clear_message(monkeypatch):
    monkeypatch.setenv(TRUSTED_PROXIES_ENV, "10.0.0.0/24, proxy.example")
    with pytest.raises(AuthError, match="'proxy.example' is no IP address or network"):
        trusted_proxies()


def test_behind_a_proxy_guesses_from_one_client_do_not_lock_another(store, admin, monkeypatch):
    """Every sign-in through a reverse proxy came from the proxy's address: six wrong guesses
    from anywhere made everyone wait for the admin's name."""
    monkeypatch.setenv(TRUSTED_PROXIES_ENV, PROXY)

    def through_proxy(address: str) -> str:
        return client_key(client_address(PROXY, [address], trusted_proxies()), "token")

    for _ in range(FREE_FAILURES + 1):
        with pytest.raises(SignInRefused):
            sign_in(store, "admin", "wrong guess", client=through_proxy("198.51.100.66"))
    assert sign_in(store, "admin", PASSWORD, client=through_proxy("203.0.113.7"))
