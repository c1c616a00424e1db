"""Where a request comes from: the client's IP address and the scheme and host its browser used,
believed from the reverse proxies named in TRUSTED_PROXIES_ENV only, since anyone can write the
headers that say so. The sign-in rate limit counts failures per address (``sign_in_limits``),
and the sign-in cookie and Origin check need what the browser used (serve.py).
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass

from clearnotice.accounts import AuthError

# The reverse proxies whose X-Forwarded-For is believed (``client_address``); none by default.
TRUSTED_PROXIES_ENV = "CLEARNOTICE_TRUSTED_PROXIES"
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def trusted_proxies() -> tuple[IPNetwork, ...]:
    """The reverse proxies in front of this server (TRUSTED_PROXIES_ENV: addresses or networks,
    separated by commas); AuthError naming an entry that is neither."""
    networks = []
    for entry in os.environ.get(TRUSTED_PROXIES_ENV, "").replace(",", " ").split():
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            raise AuthError(
                f"{TRUSTED_PROXIES_ENV}: {entry!r} is no IP address or network (e.g. 10.0.0.5 "
                "or 10.0.0.0/24)."
            ) from None
    return tuple(networks)


def client_address(
    peer: str | None, forwarded_for: Iterable[str], proxies: Iterable[IPNetwork]
) -> str | None:
    """The address a request comes from: its connection's (``peer``), unless that is one of
    ``proxies``; then the right-most address of the X-Forwarded-For headers that is not one of
    them. Anyone can write the header, so only what our own proxies appended is believed (MDN
    Web Docs, "X-Forwarded-For", Selecting an IP address). An entry that is no address stops the
    walk at the last proxy. Streamlit reports a loopback peer as None (st.context.ip_address): it is
    taken for the loopback address when one is trusted, else stays unknown."""
    proxies = tuple(proxies)
    hop = _as_address(peer) if peer is not None else _trusted_loopback(proxies)
    if hop is None:
        return peer
    chain = [entry.strip() for header in forwarded_for for entry in header.split(",")]
    while chain and any(hop in proxy for proxy in proxies):
        forwarded = _as_address(chain.pop())
        if forwarded is None:
            break
        hop = forwarded
    return str(hop)


@dataclass(frozen=True)
class BrowserAddress:
    """Where the browser sent a request: its scheme and its host (with the port, if any), as
    its Origin names them; the Host header when no trusted proxy said otherwise."""

    scheme: str
    host: str | None


# A host as a Host header or an Origin gives it: a name or an address, with a port or not.
_HOST = re.compile(r"(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?")


def browser_address(
    peer: str | None,
    scheme: str,
    host: str | None,
    headers: Iterable[tuple[str, str]],
    proxies: Iterable[IPNetwork],
) -> BrowserAddress:
    """The scheme and host the browser used, for a request that came from ``peer`` over
    ``scheme`` with Host ``host``. Behind an HTTPS reverse proxy the request arrives over http,
    often with the Host rewritten to the server's own address: the proxy says what the browser
    used in X-Forwarded-Proto and X-Forwarded-Host, or Forwarded's proto= and host= (RFC 7239,
    section 5.3 and 5.4). That is believed only from a peer among ``proxies``, since anyone can
    write the headers; of several values the right-most, the one our own proxy wrote (one that
    appends keeps what the client claimed to its left). X-Forwarded-* come first: they are what
    common proxies set, and one that sets them may pass a client's Forwarded on untouched."""
    hop = _as_address(peer) if peer is not None else None
    if hop is None or not any(hop in proxy for proxy in proxies):
        return BrowserAddress(scheme, host)
    named: dict[str, list[str]] = {}
    for name, value in headers:
        named.setdefault(name.lower(), []).append(value)
    forwarded = _forwarded_pairs(named.get("forwarded", []))
    said_scheme = _last(named.get("x-forwarded-proto", [])) or forwarded.get("proto", "")
    said_host = _last(named.get("x-forwarded-host", [])) or forwarded.get("host", "")
    if said_scheme.lower() in ("http", "https"):
        scheme = said_scheme.lower()
    if _HOST.fullmatch(said_host):
        host = said_host
    return BrowserAddress(scheme, host)


def _last(values: list[str]) -> str:
    """The right-most entry of a comma-separated header given once or more."""
    entries = [entry.strip() for value in values for entry in value.split(",")]
    return entries[-1] if entries else ""


def _forwarded_pairs(values: list[str]) -> dict[str, str]:
    """The parameters of the right-most element of Forwarded headers (RFC 7239, section 4:
    elements separated by commas, pairs by semicolons, a value a token or a quoted string)."""
    elements = [element for value in values for element in value.split(",") if element.strip()]
    pairs = {}
    for pair in elements[-1].split(";") if elements else ():
        name, _, value = pair.partition("=")
        pairs[name.strip().lower()] = value.strip().strip('"')
    return pairs


def _as_address(text: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _trusted_loopback(proxies: tuple[IPNetwork, ...]) -> IPAddress | None:
    """The loopback address among ``proxies``, for a peer Streamlit reports as None."""
    loopbacks = (ipaddress.ip_address("127.0.0.1"), ipaddress.ip_address("::1"))
    return next((a for a in loopbacks for p in proxies if a in p), None)
