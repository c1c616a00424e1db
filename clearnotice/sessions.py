"""Sign-in sessions kept on the server: what lets a reload or a new tab stay signed in, and what
a sign-out or an admin ends everywhere at once.

A sign-in opens a session (``open_session``) whose token the page keeps for its own websocket
session, with a one-time ticket. The page talks to the browser over that websocket and cannot
set a cookie, so the browser posts the ticket to the web server (``serve.py``), which exchanges
it (``exchange_ticket``) for a new token in an HttpOnly cookie; the token the page held is then
void (the session id is renewed as it moves into the cookie), and the page reloads on the
cookie. Where nothing can post the ticket (Streamlit's AppTest, ``streamlit run app.py``), the
page keeps working on the token it holds, until the tab closes.

Every run of every page resumes the session (``resume``), reading the session and the account
again: an expired, ended or revoked session, or an account deactivated or demoted since, takes
effect on the next click.

Only SHA-256 digests of tickets and tokens are stored. Both are 256 random bits, so a digest
needs no salt or slow hash; every comparison is constant-time.

Time-outs follow the OWASP Session Management Cheat Sheet ("Session Expiration": an idle
time-out of 15-30 minutes for applications handling sensitive data, and an absolute time-out
of 4-8 hours for office workers; we allow a working day of 12 hours, since a legal review can
run long). Admins may change both in the settings table (``IDLE_MINUTES``, ``ABSOLUTE_HOURS``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from clearnotice import audit
from clearnotice.accounts import AuthError, normalise_username
from clearnotice.auth import Account, account_of, end_all_in, sign_in_in
from clearnotice.db import data_dir
from clearnotice.permissions import Action, hold_writes, record_refusal, require
from clearnotice.schema import SignInSession, User, aware
from clearnotice.settings import setting_in

if TYPE_CHECKING:
    from clearnotice.letters import Store

IDLE_MINUTES = "sessions.idle_minutes"
ABSOLUTE_HOURS = "sessions.absolute_hours"
DEFAULT_IDLE = timedelta(minutes=30)
DEFAULT_ABSOLUTE = timedelta(hours=12)
# A ticket only has to survive the browser's immediate post of it.
TICKET_LIFETIME = timedelta(minutes=1)
# How stale last_seen_at may grow before a run writes it again: one write a minute per session
# instead of one per click, at the cost of an idle time-out up to a minute late.
TOUCH_EVERY = timedelta(minutes=1)

COOKIE_NAME = "clearnotice_session"
# The web server's routes (serve.py) the browser posts to: the ticket for the cookie, and the
# sign-out that clears it.
SESSION_ROUTE = "/auth/session"
SIGN_OUT_ROUTE = "/auth/sign-out"
# Set by serve.py, whose web server answers the two routes above; without them (``streamlit run
# app.py``) a ticket handed to the browser could never become its cookie.
COOKIE_ROUTES_ENV = "CLEARNOTICE_COOKIE_ROUTES"


def cookie_routes_served() -> bool:
    """Whether this process's web server answers SESSION_ROUTE and SIGN_OUT_ROUTE."""
    return os.environ.get(COOKIE_ROUTES_ENV) == "1"


# The key that signs cookies: this variable, else a random key kept in the data folder (made
# on first use, readable by its owner only). Several servers on one database need the same key.
KEY_ENV = "CLEARNOTICE_SESSION_KEY"
KEY_FILE = "session.key"


class SessionRefused(AuthError):
    """A ticket that is unknown, used or expired; the message can be shown as it is."""


@dataclass(frozen=True)
class Timeouts:
    idle: timedelta
    absolute: timedelta


@dataclass(frozen=True)
class NewSession:
    """A session just opened: the token its page holds, and the ticket its browser exchanges."""

    token: str
    ticket: str


@dataclass(frozen=True)
class CookieSession:
    """A session moved into a cookie: its renewed token and when the cookie must expire."""

    token: str
    expires_at: datetime


def timeouts(s: Session) -> Timeouts:
    """The idle and absolute time-outs in force (settings, else the defaults above)."""
    return Timeouts(
        idle=_positive(setting_in(s, IDLE_MINUTES), timedelta(minutes=1), DEFAULT_IDLE),
        absolute=_positive(setting_in(s, ABSOLUTE_HOURS), timedelta(hours=1), DEFAULT_ABSOLUTE),
    )


def open_session(store: Store, username: str, now: datetime | None = None) -> NewSession:
    """A session for ``username``, who has just proved who they are (single sign-on, the
    first admin's form; a password is checked in the session's own transaction,
    ``sign_in_session``); its ticket can
    be exchanged within TICKET_LIFETIME, once (SessionRefused if not active)."""
    now = now or audit.now()
    name = normalise_username(username)
    with store.session() as s, s.begin():
        if not _active(s, name):
            raise SessionRefused("This account is not active. Ask an admin.")
        return _add_session(s, name, now)


def sign_in_session(
    store: Store, username: str, password: str, *, client: str, now: datetime | None = None
) -> tuple[Account, NewSession]:
    """Check ``password`` (``auth.sign_in_in``) and open a session for its account in the same
    transaction, holding the account's row: a password reset or a deactivation then lands
    before (the password or the account is refused) or after (it ends this session), never
    between the check and the session. SignInRefused, after the failure is counted, if not."""
    now = now or audit.now()
    with store.session() as s, s.begin():
        hold_writes(s)
        outcome = sign_in_in(s, username, password, now, client=client, hold=True)
        if isinstance(outcome, Account):
            return outcome, _add_session(s, outcome.username, now)
    raise outcome


def _add_session(s: Session, username: str, now: datetime) -> NewSession:
    """A new session of ``username`` in the caller's transaction, which has checked the account."""
    token, ticket = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    _forget_expired(s, now)
    s.add(
        SignInSession(
            username=username,
            token_hash=_digest(token),
            ticket_hash=_digest(ticket),
            created_at=now,
            last_seen_at=now,
        )
    )
    return NewSession(token, ticket)


def exchange_ticket(store: Store, ticket: str, now: datetime | None = None) -> CookieSession:
    """Move the session ``ticket`` belongs to into a cookie, under a new token; SessionRefused
    when the ticket is unknown, already exchanged or older than TICKET_LIFETIME, or the session
    or its account has ended meanwhile."""
    now = now or audit.now()
    refused = SessionRefused("This sign-in has expired or was already used. Sign in again.")
    digest = _digest(ticket or "")
    with store.session() as s, s.begin():
        row = s.scalars(select(SignInSession).where(SignInSession.ticket_hash == digest)).first()
        if row is None or not hmac.compare_digest(row.ticket_hash or "", digest):
            raise refused
        if now - aware(row.created_at) > TICKET_LIFETIME or not _active(s, row.username):
            raise refused
        token = secrets.token_urlsafe(32)
        # Guarded by the ticket's digest, so of two exchanges at once only one changes the row.
        changed = s.execute(
            update(SignInSession)
            .where(SignInSession.id == row.id, SignInSession.ticket_hash == digest)
            .values(ticket_hash=None, token_hash=_digest(token), last_seen_at=now)
            .execution_options(synchronize_session=False)
        ).rowcount
        if changed != 1:
            raise refused
        return CookieSession(token, aware(row.created_at) + timeouts(s).absolute)


def resume(store: Store, token: str, now: datetime | None = None) -> Account | None:
    """The account a live session acts as, read now; None when the session is unknown, ended,
    idle too long or too old (it is then forgotten), or its account is deactivated."""
    now = now or audit.now()
    digest = _digest(token or "")
    with store.session() as s, s.begin():
        found = s.execute(
            select(SignInSession, User)
            .join(User, User.username == SignInSession.username)
            .where(SignInSession.token_hash == digest)
        ).first()
        if found is None:
            return None
        row, user = found
        if not hmac.compare_digest(row.token_hash or "", digest):
            return None
        if _expired(row, timeouts(s), now):
            s.delete(row)
            return None
        if not user.active:
            return None
        if now - aware(row.last_seen_at) >= TOUCH_EVERY:
            row.last_seen_at = now
        return account_of(user)


# Why an act from a page was not done, when the page's sign-in session had ended meanwhile.
ENDED = "not done, the sign-in session had ended (signed out, timed out or a new password)"


def record_ended_attempt(store: Store, username: str, what: str) -> None:
    """Write to the audit log that a page drawn for ``username`` tried ``what`` after its
    sign-in session had ended, as a refused attempt: nothing was done (the page asks for a
    sign-in), and an admin who signed a person out sees their open tab still trying."""
    record_refusal(store, username, None, f"{what}: {ENDED}")


def hand_over(
    store: Store, token: str | None, username: str, what: str, data: Callable[[], bytes]
) -> bytes:
    """``data()``, a file made for ``username`` (a prepared export), handed to the browser at
    the moment of the click only while the session ``token`` is live and still ``username``'s
    (``resume``); else SessionRefused, and the attempt to do ``what`` is in the audit log as
    refused (``record_ended_attempt``). A page keeps a prepared file across reruns, and a
    download button served it whenever clicked: after a sign-out everywhere or a deactivation,
    the tab left open still handed over customers' letters."""
    account = resume(store, token) if token else None
    if account is None or account.username != normalise_username(username):
        record_ended_attempt(store, username, what)
        raise SessionRefused("This sign-in has ended: sign in again to download the file.")
    return data()


def end_session(store: Store, token: str) -> None:
    """End the one session ``token`` names, if it is still open (a browser clearing its
    cookie); the sign-out is in the audit log."""
    with store.session() as s, s.begin():
        row = s.scalars(
            select(SignInSession).where(SignInSession.token_hash == _digest(token or ""))
        ).first()
        if row is not None:
            s.delete(row)
            audit.record(s, row.username, "sign-out", None, "signed out in one browser")


def end_sessions(store: Store, username: str, *, actor: str) -> int:
    """End every session of ``username``, in every browser and tab: their own sign-out, or an
    admin's revocation (PermissionRefused for anyone else). Returns how many were open."""
    name = normalise_username(username)
    with store.session() as s, s.begin():
        require(s, actor, Action.END_SESSIONS, owner=name)
        ended = end_all_in(s, name)
        if normalise_username(actor) == name:
            audit.record(s, name, "sign-out", None, f"signed out everywhere ({ended} sessions)")
        else:
            audit.record(s, actor, "user", None, f"signed {name} out everywhere ({ended} sessions)")
        return ended


def open_sessions(store: Store, now: datetime | None = None) -> dict[str, int]:
    """How many live sessions each account has, for the admin's table of accounts."""
    now = now or audit.now()
    with store.session() as s:
        limits = timeouts(s)
        rows = s.scalars(select(SignInSession).where(SignInSession.token_hash.is_not(None)))
        counts: dict[str, int] = {}
        for row in rows:
            if not _expired(row, limits, now):
                counts[row.username] = counts.get(row.username, 0) + 1
        return counts


def seal(token: str, expires_at: datetime, key: bytes) -> str:
    """The cookie value for ``token``: the token, its expiry and an HMAC-SHA256 over both."""
    body = f"{token}.{int(expires_at.timestamp())}"
    return f"{body}.{_sign(body, key)}"


def unseal(value: str, key: bytes, now: datetime | None = None) -> str | None:
    """The token a cookie value carries, or None when it is malformed, forged or expired."""
    now = now or audit.now()
    parts = (value or "").rsplit(".", 2)
    if len(parts) != 3 or not parts[1].isdigit():
        return None
    token, expires, signature = parts
    if not hmac.compare_digest(signature, _sign(f"{token}.{expires}", key)):
        return None
    return token if int(expires) > now.timestamp() else None


def cookie_key() -> bytes:
    """The key cookies are signed with (``KEY_ENV``, else ``KEY_FILE`` in the data folder)."""
    configured = os.environ.get(KEY_ENV)
    if configured:
        return configured.encode("utf-8")
    path = data_dir() / KEY_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    try:  # O_EXCL: of two servers starting at once, one writes the key and both read it
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes().strip()
    with os.fdopen(handle, "w") as out:
        out.write(secrets.token_hex(32))
    return path.read_bytes().strip()


def _forget_expired(s: Session, now: datetime) -> None:
    """Delete sessions past a time-out (compared in the database: one statement whatever the
    table holds)."""
    limits = timeouts(s)
    s.execute(
        delete(SignInSession)
        .where(
            or_(
                SignInSession.created_at < now - limits.absolute,
                SignInSession.last_seen_at < now - limits.idle,
            )
        )
        .execution_options(synchronize_session=False)
    )


def _expired(row: SignInSession, limits: Timeouts, now: datetime) -> bool:
    return (
        now - aware(row.last_seen_at) > limits.idle or now - aware(row.created_at) > limits.absolute
    )


def _active(s: Session, username: str) -> bool:
    """Whether ``username`` is an active account, held so until ``s`` commits (the row read
    FOR SHARE, as ``permissions.require`` does): a deactivation arriving meanwhile waits, then
    ends the session this transaction opens, instead of leaving it for a reactivation."""
    hold_writes(s)
    found = select(User.id).where(User.username == username, User.active)
    return s.scalars(found.with_for_update(read=True)).first() is not None


def _positive(value: object, unit: timedelta, default: timedelta) -> timedelta:
    """``value`` units of ``unit`` when it is a positive number, else ``default``."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return unit * value
    return default


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _sign(body: str, key: bytes) -> str:
    mac = hmac.new(key, body.encode("utf-8"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode("ascii").rstrip("=")
