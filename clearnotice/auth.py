"""Who may use ClearNotice and as what: local accounts, roles, sign-in and its rate limit.

Passwords are hashed with Argon2id (argon2-cffi's defaults, the RFC 9106 low-memory profile);
no password is ever stored or shipped in clear, and there is no default account: the first
admin is created by whoever starts a fresh installation. Accounts signed in through single
sign-on have no password here; their role comes from an e-mail-to-role mapping.

Failed sign-ins slow down the client that makes them, per name: a flood of guesses at the
admin's name from one browser makes that browser wait, not the admin at their own. Past
ACCOUNT_FREE_FAILURES failures at one name from all clients together, every client waits; past
ADDRESS_FREE_FAILURES failures from one client at any names (password spraying), that client
waits a while.
"""

from __future__ import annotations

import getpass
import hashlib
import ipaddress
import os
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError
from email_validator import EmailNotValidError, validate_email
from sqlalchemy import delete, func, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from zxcvbn import zxcvbn
from zxcvbn.frequency_lists import FREQUENCY_LISTS

from clearnotice import audit
from clearnotice.accounts import AuthError, Role, display_names_in, normalise_username
from clearnotice.double_clicks import just_made
from clearnotice.permissions import Action, allows, hold_writes, require
from clearnotice.schema import (
    MAX_CLIENT,
    MAX_USERNAME,
    EditorPresence,
    SignInSession,
    SignInThrottle,
    User,
    aware,
)

if TYPE_CHECKING:
    from clearnotice.letters import Store

MAX_DISPLAY_NAME = 200
# RFC 5321 §4.5.3.1: a local part of 64 octets, "@" and a domain of 255 make 320 at most.
MAX_EMAIL = 320
# NIST SP 800-63B §5.1.1.2 asks for at least 8 characters and at least 64 allowed; we ask for
# 12 because these accounts guard legal sign-off, and cap at 1024 so hashing stays cheap.
MIN_PASSWORD = 12
MAX_PASSWORD = 1024
# NIST SP 800-63B §5.1.1.2 also asks to refuse passwords found in lists of common or breached
# ones and context-specific words. zxcvbn (Wheeler, "zxcvbn: Low-Budget Password Strength
# Estimation", USENIX Security 2016) does that and more: score 3 means at least 10^8 guesses,
# "safely unguessable" against an online attack, and still refuses repeats and keyboard walks.
MIN_STRENGTH = 3
# zxcvbn's time grows with the square of the length and it refuses more than 72 characters by
# default: a longer password is judged by its first 72, which must be strong on their own.
STRENGTH_CHECKED = 72
PASSWORD_ADVICE = (
    "A few unrelated words make a strong password that is easy to remember, "
    "e.g. a short sentence only you would write."
)
# NIST SP 800-63B §5.2.2: limit consecutive failed attempts. After FREE_FAILURES failures in a
# row from one client for one name, that client waits before each further try, the delay
# doubling up to MAX_LOCK; a success clears the count. Kept in the database, so a restart or a
# second server process does not reset it; forgotten FORGET_AFTER after the last failure.
FREE_FAILURES = 5
FIRST_LOCK = timedelta(seconds=30)
MAX_LOCK = timedelta(minutes=15)
FORGET_AFTER = timedelta(days=1)
# NIST SP 800-63B §5.2.2 caps consecutive failures on one account at 100, wherever they come
# from. A client is an IP address only where the server knows one, else a browser session,
# which a script renews at will: five free guesses per session were guesses without end. So
# the failures at one name are also counted from all clients together, in the row of client
# ALL_CLIENTS (no client_key makes it), and past ACCOUNT_FREE_FAILURES every client waits as
# above, the account's owner too: the trade NIST accepts, and an admin can ``unlock`` it.
ACCOUNT_FREE_FAILURES = 100
ALL_CLIENTS = "*"
# Password spraying, one common password tried at many names (OWASP Authentication Cheat Sheet,
# "Protect Against Automated Attacks"), makes one failure per name, which the limits above
# never count twice. So a client's failures at any names are also counted together, in its row
# for ALL_NAMES, and past ADDRESS_FREE_FAILURES in a row it waits as above, but at most
# ADDRESS_MAX_LOCK: NIST SP 800-63B 5.2.2 offers a wait that grows with the failures as a way
# to limit guessing without locking the legitimate claimant out, and an office behind one
# address shares it (a success there starts the count anew). Where the server knows no address
# (``client_key``) the client is a browser session, which a script renews at will: then only
# the limits per name hold, which is why a reverse proxy belongs in TRUSTED_PROXIES_ENV.
ADDRESS_FREE_FAILURES = 20
ADDRESS_MAX_LOCK = timedelta(minutes=5)
# Who the audit log names for a failed sign-in with a name that is no account: the typed name
# may be a password typed into the wrong box, and it must not become an entry of "Who".
UNKNOWN_ACCOUNT = "unknown account"
# The reverse proxies whose X-Forwarded-For is believed (``client_address``); none by default.
TRUSTED_PROXIES_ENV = "CLEARNOTICE_TRUSTED_PROXIES"
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
# The client of a caller that did not say who it is (a script, a test).
UNIDENTIFIED = "unidentified"
# Unicode Technical Standard #39 (Security Mechanisms), 5.2 "Restriction-Level Detection": a
# name is "Highly Restrictive" when its letters are of one script, or Latin with the scripts
# one East Asian language writes together. "аdmin" (a Cyrillic "а") mixes Cyrillic and Latin
# and reads as "admin". A letter's script is the first word of its Unicode name (LATIN,
# CYRILLIC, GREEK, CJK...): Python's unicodedata has no Script property.
_EAST_ASIAN_SETS = (
    frozenset({"LATIN", "CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA"}),  # Japanese
    frozenset({"LATIN", "CJK", "BOPOMOFO"}),  # Chinese
    frozenset({"LATIN", "CJK", "HANGUL"}),  # Korean
)
# Letters of other scripts drawn like a Latin one, for a name written wholly in one of them
# ("ѕсоре" in Cyrillic reads as "scope"): Cyrillic and Greek lower-case letters that UTS #39's
# confusables.txt maps to Latin ones, picked by hand (not checked against the file here: it
# is not shipped, and the whole table is a fuller fix).
_LOOKS_LATIN = str.maketrans("аеорсухѕіјԁһӏαονρ", "aeopcyxsijdhlaovp")
# The audit log names a command-line action "cli:<login>" (commands/invocation.cli_actor); an
# account called so would take those entries for its own, under its display name.
COMMAND_LINE_PREFIX = "cli:"


class SignInRefused(AuthError):
    def __init__(self, message: str, retry_after: timedelta | None = None):
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class Account:
    """A signed-in person as pages see them: detached from the database, safe to keep."""

    username: str
    name: str
    role: Role

    @property
    def can_approve(self) -> bool:
        """For drawing the Approve button; approve() itself checks the database again."""
        return allows(self.role, Action.APPROVE)

    @property
    def can_manage_users(self) -> bool:
        """For drawing the Users page; every change to an account checks the database again."""
        return allows(self.role, Action.MANAGE_USERS)


# How hard each password hash is to compute (argon2.profiles; RFC 9106 section 4 recommends
# its low-memory choice, 3 passes over 64 MiB, for machines that cannot spare 2 GiB per
# sign-in). An installation picks another in CLEARNOTICE_PASSWORD_HASHING; hashes made under
# an older choice are redone at the next sign-in (check_needs_rehash). "cheapest" is Argon2's
# minimum, which argon2-cffi offers for test suites only: never for real accounts.
PASSWORD_HASHING_ENV = "CLEARNOTICE_PASSWORD_HASHING"
PASSWORD_HASHING = {
    "rfc9106-low-memory": profiles.RFC_9106_LOW_MEMORY,
    "rfc9106-high-memory": profiles.RFC_9106_HIGH_MEMORY,
    "cheapest": profiles.CHEAPEST,
}
# Choices refused outside a test run. pytest (8.2 and later) sets PYTEST_VERSION in the
# environment for the whole session, and the servers the end-to-end tests start inherit it
# (pytest's "Environment Variables" reference); a server started by hand has no reason to.
TEST_ONLY_HASHING = frozenset({"cheapest"})
TEST_RUN_ENV = "PYTEST_VERSION"


@cache
def _hasher() -> PasswordHasher:
    chosen = os.environ.get(PASSWORD_HASHING_ENV) or "rfc9106-low-memory"
    if chosen not in PASSWORD_HASHING:
        raise AuthError(
            f"{PASSWORD_HASHING_ENV}={chosen!r} is no password hashing ClearNotice knows; "
            f"choose one of {', '.join(PASSWORD_HASHING)}."
        )
    if chosen in TEST_ONLY_HASHING and not os.environ.get(TEST_RUN_ENV):
        raise AuthError(
            f"{PASSWORD_HASHING_ENV}={chosen!r} makes passwords quick to guess from a leaked "
            "database and is for the test suite only; unset it to hash as RFC 9106 recommends."
        )
    return PasswordHasher.from_parameters(PASSWORD_HASHING[chosen])


@cache
def _decoy_hash() -> str:
    """A hash of a random string, verified when the username is unknown so that a wrong
    username takes as long as a wrong password and timing does not reveal who has an account."""
    import secrets

    return _hasher().hash(secrets.token_urlsafe(32))


def client_key(ip_address: str | None, session_token: str) -> str:
    """Who makes a sign-in attempt, for its rate limit: the client's IP address when the server
    knows it (``client_address``), else the browser session."""
    try:
        return f"ip:{ipaddress.ip_address(ip_address or '')}"
    except ValueError:
        return f"session:{session_token}"[:MAX_CLIENT]


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


def check_password_rules(password: str, username: str, *personal: str) -> None:
    """Raise AuthError naming the rule a new password breaks and how to make a better one.

    ``personal`` are other words about the person (display name, e-mail) a guesser would try.
    """
    if len(password) < MIN_PASSWORD:
        raise AuthError(f"A password needs at least {MIN_PASSWORD} characters. {PASSWORD_ADVICE}")
    if len(password) > MAX_PASSWORD:
        raise AuthError(f"A password can have at most {MAX_PASSWORD} characters.")
    # Short names ("ed") occur inside ordinary words; only a real name inside is a giveaway.
    name = normalise_username(username)
    if len(name) >= 4 and name in password.lower():
        raise AuthError("A password must not contain the username.")
    if password.strip().lower() in _common_passwords():
        raise AuthError(f"This is one of the most common passwords. {PASSWORD_ADVICE}")
    # Whole names and their parts: "Lee Lawson" makes "lee" and "lawson" guesses too.
    texts = [t.lower() for t in (name, *personal, "clearnotice") if t]
    words = texts + [w for t in texts for w in re.split(r"[\W_]+", t) if len(w) >= 3]
    estimate = zxcvbn(password[:STRENGTH_CHECKED], user_inputs=words)
    if estimate["score"] < MIN_STRENGTH:
        why = estimate["feedback"]["warning"] or "It follows a pattern that is quick to guess."
        raise AuthError(f"This password is too easy to guess. {why} {PASSWORD_ADVICE}")


@cache
def _common_passwords() -> frozenset[str]:
    """The 30,000 most common passwords of leaked lists, as zxcvbn ships them."""
    return frozenset(FREQUENCY_LISTS["passwords"])


def has_users(store: Store) -> bool:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(User)) > 0


def create_first_admin(
    store: Store, username: str, password: str, display_name: str = ""
) -> Account:
    """The first account of a fresh installation; refused once any account exists."""
    with store.session() as s, s.begin():
        _lock_accounts(s)
        if s.scalar(select(func.count()).select_from(User)):
            raise AuthError("An admin already exists: sign in, or ask an admin for an account.")
        user = _add_user(s, username, password, Role.ADMIN, display_name, "", "first run")
        audit.record(s, user.username, "user", None, f"first admin {user.username} created")
        return account_of(user)


def create_user(
    store: Store,
    username: str,
    role: Role | str,
    *,
    actor: str,
    password: str | None = None,
    display_name: str = "",
    email: str = "",
) -> Account:
    """A new account. Without a password it can only sign in through single sign-on. The
    same account asked for again by the same admin within the repeat window is the one the
    first click made (``_just_added``)."""
    with store.session() as s, s.begin():
        _require_admin(s, actor)
        repeated = _just_added(s, username, Role(role), display_name, email, password, actor)
        if repeated is not None:
            return account_of(repeated)
        user = _add_user(s, username, password, Role(role), display_name, email, actor)
        audit.record(s, actor, "user", None, f"created {user.username} as {user.role}")
        return account_of(user)


def set_role(store: Store, username: str, role: Role | str, *, actor: str) -> None:
    role = Role(role)
    with store.session() as s, s.begin():
        _lock_admins(s)
        _require_admin(s, actor)
        user = _user(s, username)
        if user.role == Role.ADMIN and role != Role.ADMIN:
            _refuse_losing_last_admin(s, user)
        user.role = role.value
        audit.record(s, actor, "user", None, f"{user.username} is now {role}")


def set_active(store: Store, username: str, active: bool, *, actor: str) -> None:
    with store.session() as s, s.begin():
        _lock_admins(s)
        _require_admin(s, actor)
        user = _user(s, username)
        if not active and user.role == Role.ADMIN:
            _refuse_losing_last_admin(s, user)
        user.active = active
        if not active:  # signed out everywhere, so a later reactivation revives no session
            end_all_in(s, user.username)
        state = "reactivated" if active else "deactivated"
        audit.record(s, actor, "user", None, f"{user.username} {state}")


def end_all_in(s: Session, username: str) -> int:
    """End every sign-in session and ticket of ``username`` (clearnotice.sessions) inside the
    caller's transaction: when they sign out everywhere, are deactivated or get a new password.
    Their open editors' reports end with them (clearnotice.presence): a tab signed out edits
    nothing, and would otherwise be listed as editing for another minute. Returns how many
    sessions were open."""
    name = normalise_username(username)
    s.execute(delete(EditorPresence).where(EditorPresence.username == name))
    return s.execute(delete(SignInSession).where(SignInSession.username == name)).rowcount


def set_password(store: Store, username: str, password: str, *, actor: str) -> None:
    with store.session() as s, s.begin():
        _require_admin(s, actor)
        user = _user(s, username)
        check_password_rules(password, user.username)
        user.password_hash = _hasher().hash(password)
        s.execute(SignInThrottle.__table__.delete().where(SignInThrottle.username == user.username))
        # A reset usually follows a leaked or forgotten password: a session opened with the old
        # one is ended.
        end_all_in(s, user.username)
        audit.record(s, actor, "user", None, f"password of {user.username} set")


def locked_accounts(store: Store, now: datetime | None = None) -> dict[str, datetime]:
    """Accounts some client must wait to try again after failed sign-ins, with the time the
    longest wait ends (the account's owner, at another client, can still sign in unless the
    failures from all clients together passed ACCOUNT_FREE_FAILURES)."""
    now = now or audit.now()
    locked: dict[str, datetime] = {}
    with store.session() as s:
        rows = s.scalars(select(SignInThrottle).where(SignInThrottle.locked_until.is_not(None)))
        for row in rows:
            until = aware(row.locked_until)
            if until > now and not row.username.startswith(_DIGEST_MARK):
                locked[row.username] = max(until, locked.get(row.username, until))
    return locked


def unlock(store: Store, username: str, *, actor: str) -> None:
    """Clear the failed sign-ins of ``username``, for someone an admin has spoken to."""
    name = normalise_username(username)
    with store.session() as s, s.begin():
        _require_admin(s, actor)
        s.execute(SignInThrottle.__table__.delete().where(SignInThrottle.username == name))
        audit.record(s, actor, "user", None, f"sign-in lock of {name} cleared")


def list_users(store: Store) -> list[User]:
    with store.session() as s:
        return list(s.scalars(select(User).order_by(User.username)))


def find_account(store: Store, username: str) -> Account | None:
    """The active account called ``username``, or None: what a session may act as."""
    with store.session() as s:
        user = _find_user(s, username)
        return account_of(user) if user is not None and user.active else None


def display_names(store: Store, usernames: Iterable[str]) -> dict[str, str]:
    """What a screen shows for each author in ``usernames``: the account's display name.

    Usernames are often e-mail addresses, and an address shown as an author reads as a link to
    write to rather than a person; an account without a display name shows the address's part
    before the "@". A name that is no account (``cli:<login>``) shows as it is.
    """
    with store.session() as s:
        return display_names_in(s, usernames)


def sign_in_in(
    s: Session,
    username: str,
    password: str,
    now: datetime,
    *,
    client: str = UNIDENTIFIED,
    hold: bool = False,
) -> Account | SignInRefused:
    """In the caller's transaction, the account if ``password`` is right; otherwise the refusal,
    counted against this ``client`` (see ``client_key``) and this name, and returned rather than
    raised so that the caller commits the count.

    Every attempt, good or bad, is in the audit log; failures with a name that is no account
    under UNKNOWN_ACCOUNT. A client that must wait is refused without even checking the
    password, so guessing meanwhile teaches nothing. An unknown name is counted and answered
    exactly like a known one, so neither the message nor the delays tell which names exist.

    ``hold`` keeps the account's row locked until the transaction ends (FOR UPDATE: the sign-in
    writes the row anyway), so that a password reset or a deactivation waits for whatever the
    caller does with the sign-in, such as opening a session, and then ends it.
    """
    name = normalise_username(username)
    if not name or not password:
        return SignInRefused("Enter your username and password.")
    client = client[:MAX_CLIENT]
    user = _find_user(s, name, hold=hold)
    who = user.username if user is not None else UNKNOWN_ACCOUNT
    key = user.username if user is not None else _DIGEST_MARK + _digest(name)
    s.execute(
        SignInThrottle.__table__.delete().where(SignInThrottle.last_failure_at < now - FORGET_AFTER)
    )
    counted = ((client, key), (ALL_CLIENTS, key), (client, ALL_NAMES))
    rows = [s.get(SignInThrottle, row_key) for row_key in counted]
    waits = [_waiting(row, now) for row in rows]
    if any(waits):
        audit.record(s, who, "sign-in-failed", None, f"refused: {client} waits after failures")
        return _refusal(*waits)
    if _password_matches(user, password):
        for row in rows:
            if row is not None:
                s.delete(row)
        if _hasher().check_needs_rehash(user.password_hash):
            user.password_hash = _hasher().hash(password)
        user.last_sign_in_at = now
        audit.record(s, name, "sign-in", None, "password")
        return account_of(user)
    mine = _count_failure(s, client, key, now, FREE_FAILURES)
    everyone = _count_failure(s, ALL_CLIENTS, key, now, ACCOUNT_FREE_FAILURES)
    anywhere = _count_failure(s, client, ALL_NAMES, now, ADDRESS_FREE_FAILURES, ADDRESS_MAX_LOCK)
    detail = f"failure {mine.count} in a row from {client}"
    audit.record(s, who, "sign-in-failed", None, detail)
    return _refusal(mine.wait, everyone.wait, anywhere.wait)


def role_for_email(email: str, mapping: dict[str, str]) -> Role | None:
    """The role a single-sign-on e-mail gets: an exact entry, else a ``*@domain`` entry."""
    email = (email or "").strip().lower()
    if "@" not in email:
        return None
    lowered = {key.strip().lower(): value for key, value in mapping.items()}
    role = lowered.get(email) or lowered.get("*@" + email.rsplit("@", 1)[1])
    return Role(role) if role in set(Role) else None


def sso_sign_in(store: Store, email: str, name: str, mapping: dict[str, str]) -> Account:
    """The account of someone the identity provider vouched for, created on first sign-in.

    The mapping decides the role each time, so changing it takes effect at the next sign-in;
    an admin can still deactivate the account here. The last active admin stays admin whatever
    the mapping says, as on the Users page: nobody could manage accounts or settings otherwise.
    """
    role = role_for_email(email, mapping)
    username = normalise_username(email)
    if len(username) > MAX_USERNAME:
        raise SignInRefused(
            f"This e-mail address is longer than the {MAX_USERNAME} characters ClearNotice "
            "accepts as a name. Ask an admin."
        )
    with store.session() as s, s.begin():
        user = s.scalars(select(User).where(User.username == username)).first()
        if role is None:
            audit.record(s, username or "?", "sign-in-failed", None, "sso: e-mail has no role")
            refusal = SignInRefused(
                f"{email} signed in, but has no role in ClearNotice. Ask an admin to add it."
            )
        elif user is not None and not user.active:
            audit.record(s, username, "sign-in-failed", None, "sso: account deactivated")
            refusal = SignInRefused("This account is deactivated. Ask an admin.")
        elif user is None and (problem := _new_username_problem(s, username)):
            audit.record(s, UNKNOWN_ACCOUNT, "sign-in-failed", None, f"sso: {problem}")
            refusal = SignInRefused(f"{problem} Ask an admin to add your account.")
        else:
            if user is None:
                user = User(
                    username=username,
                    display_name=(name or "")[:200],
                    email=username,
                    role=role.value,
                    password_hash=None,
                    active=True,
                    created_by="single sign-on",
                    created_at=audit.now(),
                )
                s.add(user)
            detail = f"single sign-on as {role}"
            if user.role == Role.ADMIN and role != Role.ADMIN:
                _lock_admins(s)
                if _is_last_admin(s, user):
                    detail = (
                        f"single sign-on as admin: the mapping says {role}, but the last active "
                        "admin stays admin"
                    )
                    role = Role.ADMIN
            user.role = role.value
            user.last_sign_in_at = audit.now()
            audit.record(s, username, "sign-in", None, detail)
            return account_of(user)
    raise refusal


def _new_username_problem(s: Session, name: str) -> str | None:
    """Why ``name`` cannot be a new account (``_check_new_username``), or None when it can."""
    try:
        _check_new_username(s, name)
    except AuthError as problem:
        return str(problem)
    return None


def _password_matches(user: User | None, password: str) -> bool:
    if len(password) > MAX_PASSWORD:  # no account has one; and hashing megabytes costs time
        return False
    stored = user.password_hash if user is not None and user.active else None
    try:
        return _hasher().verify(stored or _decoy_hash(), password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


_DIGEST_MARK = "?"  # no username has it: it marks the throttle row of a name that is no account
ALL_NAMES = _DIGEST_MARK + "*"  # the name of a client's row counting its failures at any name


def _digest(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def _waiting(row: SignInThrottle | None, now: datetime) -> timedelta | None:
    """How long the client (or all clients) of ``row`` must still wait; None when it need not."""
    until = aware(row.locked_until) if row is not None and row.locked_until else None
    return until - now if until is not None and until > now else None


def _count_failure(
    s: Session, client: str, key: str, now: datetime, free: int, longest: timedelta = MAX_LOCK
) -> _Failures:
    """One more failure of ``client`` at ``key``, locked once it has more than ``free``, for
    at most ``longest``.

    Added and counted in one statement (an upsert): two failures at one name at the same
    moment, from two clients, both found no row counting them from all clients, both added
    one, and PostgreSQL refused the second with a unique-key error instead of its answer."""
    table = SignInThrottle.__table__
    insert = postgresql.insert if s.get_bind().dialect.name == "postgresql" else sqlite.insert
    counted = s.execute(
        insert(table)
        .values(client=client, username=key, failures=1, last_failure_at=now)
        .on_conflict_do_update(
            index_elements=[table.c.client, table.c.username],
            set_={"failures": table.c.failures + 1, "last_failure_at": now},
        )
        .returning(table.c.failures)
    ).scalar_one()
    wait = _lock_for(counted, free, longest)
    mine = (table.c.client == client) & (table.c.username == key)
    s.execute(table.update().where(mine).values(locked_until=now + wait if wait else None))
    return _Failures(counted, wait)


@dataclass(frozen=True)
class _Failures:
    """A client's failures in a row at one name, and how long it must now wait (None: not)."""

    count: int
    wait: timedelta | None


def _lock_for(failures: int, free: int, longest: timedelta) -> timedelta | None:
    if failures <= free:
        return None
    # past the cap the exponent only grows: stop it before the wait overflows a timedelta
    doublings = min(failures - free - 1, 32)
    return min(FIRST_LOCK * 2**doublings, longest)


def _refusal(
    mine: timedelta | None, everyone: timedelta | None, anywhere: timedelta | None = None
) -> SignInRefused:
    """The answer to a failed or refused attempt, given how long this client at this name
    (``mine``), all clients at it (``everyone``) and this client at any name (``anywhere``)
    must now wait. The same for a name that is no account."""
    wait = max((w for w in (mine, everyone, anywhere) if w), default=None)
    if wait is None:
        return SignInRefused("Wrong username or password.")
    seconds = max(1, round(wait.total_seconds()))
    when = f"{seconds} seconds" if seconds < 120 else f"{round(seconds / 60)} minutes"
    if wait == anywhere and wait not in (mine, everyone):
        return SignInRefused(f"Too many failed sign-ins from here. Try again in {when}.", wait)
    where = "" if wait == everyone else " from here"
    return SignInRefused(
        f"Too many failed sign-ins for this username{where}. Try again in {when}.", wait
    )


def _add_user(
    s: Session,
    username: str,
    password: str | None,
    role: Role,
    display_name: str,
    email: str,
    actor: str,
) -> User:
    name = normalise_username(username)
    _check_new_username(s, name)
    display_name = (display_name or "").strip()
    _check_length("A display name", display_name, MAX_DISPLAY_NAME)
    if not display_name.isprintable():
        raise AuthError("A display name must be one line of printable characters.")
    email = _checked_email(email)
    if s.scalars(select(User.id).where(User.username == name)).first() is not None:
        raise AuthError(f"There is already an account called {name}.")
    if password is not None:
        check_password_rules(password, name, display_name, email)
    user = User(
        username=name,
        display_name=display_name,
        email=email,
        role=role.value,
        password_hash=_hasher().hash(password) if password is not None else None,
        active=True,
        created_by=actor[:200],
        created_at=audit.now(),
    )
    s.add(user)
    try:
        s.flush()
    except IntegrityError:
        # another admin saved this name after the look above (the unique index is the lock)
        raise AuthError(f"There is already an account called {name}.") from None
    return user


def _just_added(
    s: Session,
    username: str,
    role: Role,
    display_name: str,
    email: str,
    password: str | None,
    actor: str,
) -> User | None:
    """The account ``actor`` added a moment ago (``double_clicks``) with exactly these details,
    its password included: a double-clicked "Add account" sends the form twice, and the second
    was refused as "already an account" in place of the first's success. None otherwise."""
    user = _find_user(s, username)
    if user is None or user.created_by != actor[:200] or not just_made(user.created_at):
        return None
    asked = (role.value, (display_name or "").strip(), _checked_email(email))
    if (user.role, user.display_name, user.email) != asked:
        return None
    if password is None:
        return user if user.password_hash is None else None
    return user if _password_matches(user, password) else None


def _check_new_username(s: Session, name: str) -> None:
    """Refuse (AuthError) ``name`` for a new account, whoever makes it: an admin on the Users
    page or a first single sign-on, since an identity provider vouches that someone owns an
    address, not that it reads as nobody else's."""
    if not name or any(c.isspace() or not c.isprintable() for c in name):
        raise AuthError("A username must be one word (an e-mail address works).")
    _check_length("A username", name, MAX_USERNAME)
    if name.startswith(COMMAND_LINE_PREFIX):
        raise AuthError(
            f"A username must not start with {COMMAND_LINE_PREFIX!r}: the audit log names the "
            "command line's actions so."
        )
    _refuse_look_alike(s, name)


def _refuse_look_alike(s: Session, name: str) -> None:
    """Refuse a new username a reader could take for another: one written with compatibility
    characters (full-width "ａｄｍｉｎ", the ligature "ﬁ"), one mixing scripts (``_scripts``), or
    one drawn like an existing account's name. An approval or an audit entry names its author
    by username, so a look-alike account could pass for the real one there."""
    plain = unicodedata.normalize("NFKC", name).lower()
    if plain != name:
        raise AuthError(f"Write the username with ordinary characters: {plain}.")
    scripts = _scripts(name)
    if len(scripts) > 1 and not any(scripts <= allowed for allowed in _EAST_ASIAN_SETS):
        listed = ", ".join(sorted(script.title() for script in scripts))
        raise AuthError(
            f"A username must not mix alphabets ({listed}): it could pass for another name."
        )
    drawn = _drawn_as(name)
    for other in s.scalars(select(User.username)):
        if other != name and _drawn_as(other) == drawn:
            raise AuthError(f"This username looks like the account {other}: choose another.")


def _scripts(name: str) -> set[str]:
    """The scripts of the letters of ``name`` (digits and punctuation have none)."""
    return {
        unicodedata.name(c, "UNKNOWN").split()[0]
        for c in name
        if unicodedata.category(c).startswith("L")
    }


def _drawn_as(name: str) -> str:
    """What ``name`` looks like on screen: its look-alike letters as the Latin ones."""
    return unicodedata.normalize("NFKC", name).lower().translate(_LOOKS_LATIN)


def _check_length(what: str, value: str, limit: int) -> None:
    if len(value) > limit:
        raise AuthError(f"{what} can have at most {limit} characters; this one has {len(value)}.")


def _checked_email(email: str) -> str:
    """The address in its usual form, or "" for none; AuthError saying what is wrong with it.
    Only its form is checked: nothing is looked up on the network."""
    email = (email or "").strip()
    if not email:
        return ""
    _check_length("An e-mail address", email, MAX_EMAIL)
    try:
        checked = validate_email(email, check_deliverability=False)
    except EmailNotValidError as problem:
        raise AuthError(f"That e-mail address cannot be used: {problem}") from None
    return checked.normalized.lower()


def _find_user(s: Session, username: str, *, hold: bool = False) -> User | None:
    """The account called ``username`` (its row locked FOR UPDATE until ``s`` commits when
    ``hold``); None, without asking the database, for a name no account can have (PostgreSQL
    refuses to even compare text holding a NUL)."""
    name = normalise_username(username)
    if len(name) > MAX_USERNAME or not name.isprintable():
        return None
    found = select(User).where(User.username == name)
    return s.scalars(found.with_for_update() if hold else found).first()


def _user(s: Session, username: str) -> User:
    user = _find_user(s, username)
    if user is None:
        raise AuthError(f"There is no account called {username}.")
    return user


def _require_admin(s: Session, actor: str) -> None:
    """Refuse a change to accounts unless ``actor`` is an active admin at this moment."""
    require(s, actor, Action.MANAGE_USERS)


def _lock_accounts(s: Session) -> None:
    """Make this transaction the only one adding accounts until it ends, so that two first
    runs at once do not both count no account and both make an admin. An empty table has no
    row to lock: PostgreSQL locks the table in a mode that conflicts with itself and with
    writes, not with reads (PostgreSQL manual 13.3.1, SHARE ROW EXCLUSIVE); SQLite takes the
    database's write lock (``hold_writes``)."""
    hold_writes(s)
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text(f"LOCK TABLE {User.__tablename__} IN SHARE ROW EXCLUSIVE MODE"))


def _lock_admins(s: Session) -> None:
    """Make this transaction the only one that may demote or deactivate an admin until it ends,
    so that ``_refuse_losing_last_admin`` counts admins nobody else is taking away meanwhile:
    two admins leaving at the same moment each counted two, and both went.

    Called first in the transaction, before ``require`` reads the actor's row for share: two
    admins each holding their own row for share would otherwise wait on each other. PostgreSQL
    locks the active admins' rows, in id order; a row another transaction changed is read again
    when it commits (READ COMMITTED, PostgreSQL manual 13.2.1), so a count made after the wait
    sees the admin that left. SQLite ignores FOR UPDATE, and ran the count outside any
    transaction: there the transaction takes the database's write lock (``hold_writes``).
    """
    hold_writes(s)
    s.execute(
        select(User.id)
        .where(User.role == Role.ADMIN, User.active)
        .order_by(User.id)
        .with_for_update()
    )


def _refuse_losing_last_admin(s: Session, user: User) -> None:
    """Refuse to take away the last active admin; the caller holds ``_lock_admins``."""
    if _is_last_admin(s, user):
        raise AuthError("This is the last active admin: make someone else admin first.")


def _is_last_admin(s: Session, user: User) -> bool:
    """Whether ``user`` is the only active admin; the caller holds ``_lock_admins``."""
    admins = s.scalar(
        select(func.count()).select_from(User).where(User.role == Role.ADMIN, User.active)
    )
    return user.active and admins <= 1


def account_of(user: User) -> Account:
    """What a session may act as: the row detached from the database."""
    return Account(username=user.username, name=user.name, role=Role(user.role))


def prompt_first_admin(store: Store) -> int:
    """On a terminal, ask for the first admin when there is none (for ``make run``, through the
    command line: not ``python -m clearnotice.auth``, which would declare the tables twice).

    Without a terminal it does nothing: the app then asks in the browser.
    """
    if has_users(store):
        return 0
    if not sys.stdin.isatty():
        print("No accounts yet: the app will ask for the first admin in the browser.")
        return 0
    print("No accounts yet. Create the first admin (Ctrl+C to do it in the browser instead).")
    try:
        while True:
            username = input("Admin username: ")
            password = getpass.getpass(f"Password (at least {MIN_PASSWORD} characters): ")
            if password != getpass.getpass("Password again: "):
                print("The two passwords differ; try again.")
                continue
            try:
                account = create_first_admin(store, username, password)
            except AuthError as problem:
                print(problem)
                continue
            print(f"Admin {account.username} created. Sign in with it in the browser.")
            return 0
    except (KeyboardInterrupt, EOFError):
        print("\nSkipped: the app will ask for the first admin in the browser.")
        return 0
