"""The audit log: who did what to which letter, and when. Written in the same transaction as
the change it records, so the log never claims an edit that was rolled back."""

from __future__ import annotations

import csv
import io

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearnotice.csv_safety import neutralise_formula
from clearnotice.schema import AuditEvent, now

ACTIONS = (
    "create",
    "edit",
    "new-draft",
    "merge",
    "import",
    "rename",
    "archive",
    "unarchive",
    "delete",
    "restore",
    "jurisdictions",
    "facts",
    "consent",
    "translate",
    "comment",
    "approve",
    "export",
    "discard-merge",  # a merge's letters removed from the server (clearnotice.export.merge_stopped)
    "sign-in",
    "sign-in-failed",
    "sign-out",
    "user",
    "settings",
    "refused",  # an action the acting account may not do now (clearnotice.permissions)
)


def record(
    session: Session, actor: str, action: str, letter_id: int | None = None, detail: str = ""
) -> AuditEvent:
    """Add an event to ``session``; the caller's commit makes it durable with the change."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    event = AuditEvent(
        actor=actor[:200], action=action, letter_id=letter_id, detail=detail, at=now()
    )
    session.add(event)
    return event


def events(
    session: Session,
    *,
    actor: str | None = None,
    action: str | None = None,
    letter_id: int | None = None,
    limit: int = 1000,
) -> list[AuditEvent]:
    query = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)
    if actor:
        query = query.where(AuditEvent.actor == actor)
    if action:
        query = query.where(AuditEvent.action == action)
    if letter_id is not None:
        query = query.where(AuditEvent.letter_id == letter_id)
    return list(session.scalars(query))


def actors(session: Session) -> list[str]:
    """Everyone the log names as having acted, sorted: the audit page's "Who" filter."""
    return list(session.scalars(select(AuditEvent.actor).distinct().order_by(AuditEvent.actor)))


def to_csv(rows: list[AuditEvent]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["at", "actor", "action", "letter_id", "detail"])
    for e in rows:
        writer.writerow(
            [
                e.at.isoformat(),
                neutralise_formula(e.actor),
                e.action,
                "" if e.letter_id is None else e.letter_id,
                neutralise_formula(e.detail),
            ]
        )
    return out.getvalue()
