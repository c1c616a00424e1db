"""How long a client waits after failed sign-ins: the failures counted per client and name, per
name from all clients, and per client at any names, and the refusal that says how long is left.

Failed sign-ins slow down the client that makes them, per name: a flood of guesses at the
admin's name from one browser makes that browser wait, not the admin at their own. Past
ACCOUNT_FREE_FAILURES failures at one name from all clients together, every client waits; past
ADDRESS_FREE_FAILURES failures from one client at any names (password spraying), that client
waits a while.
"""

from __future__ import annotations

import hashlib
import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from clearnotice import audit
from clearnotice.accounts import SignInRefused
from clearnotice.schema import MAX_CLIENT, SignInThrottle, aware

if TYPE_CHECKING:
    from clearnotice.letters import Store

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
# the limits per name hold, which is why a reverse proxy belongs in TRUSTED_PROXIES_ENV
# (``client_address``).
ADDRESS_FREE_FAILURES = 20
ADDRESS_MAX_LOCK = timedelta(minutes=5)
# The client of a caller that did not say who it is (a script, a test).
UNIDENTIFIED = "unidentified"
_DIGEST_MARK = "?"  # no username has it: it marks the throttle row of a name that is no account
ALL_NAMES = _DIGEST_MARK + "*"  # the name of a client's row counting its failures at any name


def client_key(ip_address: str | None, session_token: str) -> str:
    """Who makes a sign-in attempt, for its rate limit: the client's IP address when the server
    knows it (``client_address``), else the browser session."""
    try:
        return f"ip:{ipaddress.ip_address(ip_address or '')}"
    except ValueError:
        return f"session:{session_token}"[:MAX_CLIENT]


def unknown_name_key(name: str) -> str:
    """Under which name the failures at ``name``, which is no account, are counted (an account's
    are under its username): its digest, under a mark no username has."""
    return _DIGEST_MARK + _digest(name)


def counting_rows(s: Session, client: str, key: str, now: datetime) -> list[SignInThrottle | None]:
    """The rows counting the failures of ``client`` at ``key``, of all clients at ``key`` and of
    ``client`` at any name (None for a count not begun), once failures older than FORGET_AFTER
    are forgotten."""
    s.execute(
        SignInThrottle.__table__.delete().where(SignInThrottle.last_failure_at < now - FORGET_AFTER)
    )
    counted = ((client, key), (ALL_CLIENTS, key), (client, ALL_NAMES))
    return [s.get(SignInThrottle, row_key) for row_key in counted]


def refusal_while_waiting(
    rows: Iterable[SignInThrottle | None], now: datetime
) -> SignInRefused | None:
    """The refusal for a client that must still wait by any of ``rows`` (``counting_rows``);
    None when it need not."""
    waits = [_waiting(row, now) for row in rows]
    return _refusal(*waits) if any(waits) else None


def count_failure(s: Session, client: str, key: str, now: datetime) -> tuple[int, SignInRefused]:
    """Count a failure of ``client`` at ``key`` in all three counts: how many failures in a row
    this client has now made at this name, and the refusal to answer with."""
    mine = _add_failure(s, client, key, now, FREE_FAILURES)
    everyone = _add_failure(s, ALL_CLIENTS, key, now, ACCOUNT_FREE_FAILURES)
    anywhere = _add_failure(s, client, ALL_NAMES, now, ADDRESS_FREE_FAILURES, ADDRESS_MAX_LOCK)
    return mine.count, _refusal(mine.wait, everyone.wait, anywhere.wait)


def clear_after_success(s: Session, rows: Iterable[SignInThrottle | None]) -> None:
    """A success starts the counts of ``rows`` (``counting_rows``) anew."""
    for row in rows:
        if row is not None:
            s.delete(row)


def forget_failures(s: Session, username: str) -> None:
    """Clear every count of failures at ``username``: an admin unlocked it or set a new
    password."""
    s.execute(SignInThrottle.__table__.delete().where(SignInThrottle.username == username))


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


def _digest(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def _waiting(row: SignInThrottle | None, now: datetime) -> timedelta | None:
    """How long the client (or all clients) of ``row`` must still wait; None when it need not."""
    until = aware(row.locked_until) if row is not None and row.locked_until else None
    return until - now if until is not None and until > now else None


def _add_failure(
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
