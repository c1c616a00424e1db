"""Reading the audit log: the filters the Audit log page offers and the CSV it hands out, for
the accounts allowed to read it at the moment they read.

Writing the log is clearnotice.audit (every change records itself there); this module is the
other side. The right to read is checked here, inside the reading transaction, like every other
right (clearnotice.permissions): an account demoted while its page was open reads nothing more,
and a CSV handed out is itself logged, with the number of events it held.

The CSV is made, and its log line written, in one transaction when the download is asked for
(``csv_handed_out``; the page's button runs it on the click): a database that refuses the line
gives no CSV, so no download goes unlogged, and no line is written for a download nobody asked
for. Logged in the button's click handler, the file was already in the browser when the line
was written, or refused. Only a file the browser fails to save after it got it is logged
without being kept: the server cannot know that.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date
from typing import TYPE_CHECKING

from clearnotice import audit
from clearnotice.permissions import Action, require, require_to_read
from clearnotice.schema import AuditEvent

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from clearnotice.letters import Store

MAX_EVENTS = 100_000


@dataclass(frozen=True)
class AuditFilter:
    """What the reader asked for; ``None`` and "" mean "any". Days are UTC calendar days."""

    actor: str | None = None
    action: str | None = None
    letter_id: int | None = None
    since: date | None = None
    until: date | None = None
    contains: str = ""


def read(store: Store, reader: str, wanted: AuditFilter = AuditFilter()) -> list[AuditEvent]:
    """The events ``wanted`` names, newest first, if ``reader`` may read the log now."""
    with store.session() as s:
        require_to_read(s, reader, Action.READ_AUDIT_LOG)
        return _matching(s, wanted)


def _matching(s: Session, wanted: AuditFilter) -> list[AuditEvent]:
    """The events ``wanted`` names, newest first."""
    rows = audit.events(
        s,
        actor=wanted.actor,
        action=wanted.action,
        letter_id=wanted.letter_id,
        limit=MAX_EVENTS,
    )
    needle = wanted.contains.casefold()
    return [
        e
        for e in rows
        if (wanted.since is None or _day(e) >= wanted.since)
        and (wanted.until is None or _day(e) <= wanted.until)
        and (not needle or needle in e.detail.casefold())
    ]


def actors(store: Store, reader: str) -> list[str]:
    """Everyone the log names as having acted: the choices of the "Who" filter."""
    with store.session() as s:
        require_to_read(s, reader, Action.READ_AUDIT_LOG)
        return audit.actors(s)


def csv_handed_out(store: Store, reader: str, wanted: AuditFilter = AuditFilter()) -> str:
    """The events ``wanted`` names as CSV (``audit.to_csv``), logged as handed out to
    ``reader`` with their number, if ``reader`` may read the log now. Raised, when the log
    line cannot be written (``DatabaseProblem``) or the reader may not read: no CSV."""
    with store.session() as s, s.begin():
        require(s, reader, Action.READ_AUDIT_LOG)
        rows = _matching(s, wanted)
        audit.record(s, reader, "export", None, f"audit log CSV, {len(rows)} events")
        text = audit.to_csv(rows)
    return text


def _day(event: AuditEvent) -> date:
    # SQLite returns the stored UTC time without its zone; PostgreSQL returns it with one.
    at = event.at if event.at.tzinfo else event.at.replace(tzinfo=UTC)
    return at.astimezone(UTC).date()
