"""The send log: one row for each call that sent a letter's text to an online service.

Who sent it, when, to which service, from which letter and version, how many characters and
the SHA-256 of exactly what was sent (after personal data was replaced: clearnotice.outbound),
so legal can later prove what left the machine, and what did not. Written before the request
goes out: a row may stand for a call the service never answered, never the other way round.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, select
from sqlalchemy.orm import Mapped, mapped_column

from clearnotice import audit
from clearnotice.auth import Account, Role
from clearnotice.csv_safety import neutralise_formula
from clearnotice.db import Base
from clearnotice.letters import Store, fingerprint

COLUMNS = ("at", "actor", "service", "letter_id", "version_id", "characters", "sha256")


class SendRecord(Base):
    __tablename__ = "send_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=audit.now, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    service: Mapped[str] = mapped_column(String(80))
    letter_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("letters.id", ondelete="SET NULL"), nullable=True, index=True
    )
    version_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    characters: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))


def may_view(account: Account) -> bool:
    """Legal reviewers and admins read what left the machine; editors do not."""
    return account.role in (Role.LEGAL, Role.ADMIN)


def record_send(
    store: Store,
    *,
    actor: str,
    service: str,
    letter_id: int | None,
    version_id: int | None,
    sent: str,
) -> SendRecord:
    """Write the row for ``sent``, the exact text about to go to ``service``."""
    with store.session() as s, s.begin():
        row = SendRecord(
            at=audit.now(),
            actor=actor[:200],
            service=service[:80],
            letter_id=letter_id,
            version_id=version_id,
            characters=len(sent),
            sha256=fingerprint(sent),
        )
        s.add(row)
    return row


def sends(store: Store, letter_id: int | None = None, limit: int = 100_000) -> list[SendRecord]:
    """The newest rows first, for one letter or all."""
    query = select(SendRecord).order_by(SendRecord.at.desc(), SendRecord.id.desc()).limit(limit)
    if letter_id is not None:
        query = query.where(SendRecord.letter_id == letter_id)
    with store.session() as s:
        return list(s.scalars(query))


def to_csv(rows: list[SendRecord]) -> str:
    """The rows as CSV; text cells a spreadsheet would run as formulas are made inert."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow(
            [
                r.at.isoformat(),
                neutralise_formula(r.actor),
                neutralise_formula(r.service),
                "" if r.letter_id is None else r.letter_id,
                "" if r.version_id is None else r.version_id,
                r.characters,
                r.sha256,
            ]
        )
    return out.getvalue()
